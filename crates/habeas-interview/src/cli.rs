//! `habeas interview [CASE.json] [-o OUT.json] [--lang en|es] [--plain]`.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use habeas_i18n::{Lang, t};
use habeas_law::Law;

use crate::prompt::{LinePrompter, Prompter, TermPrompter};
use crate::session::{Interview, empty_case};

/// The arguments of `habeas interview`.
#[derive(clap::Args, Debug, Clone)]
pub struct InterviewArgs {
    /// A partial `habeas.case/1` file to continue (default: start from nothing).
    pub case: Option<PathBuf>,
    /// Where to save the case built.
    #[arg(short, long, value_name = "FILE", default_value = "interview.json")]
    pub output: PathBuf,
    /// The interview's language (default: from the locale, LANG).
    #[arg(long, value_parser = ["en", "es"])]
    pub lang: Option<String>,
    /// Plain lines even on a terminal (screen readers); the default when
    /// standard input is not a terminal.
    #[arg(long)]
    pub plain: bool,
}

/// What the command produced (the interview itself talks to the terminal).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CliOutput {
    /// Exit code: 0 when the case was saved, 2 for invalid input, 1 for
    /// errors while asking or saving.
    pub code: i32,
    /// Standard error.
    pub stderr: String,
}

fn fail(code: i32, msg: String) -> CliOutput {
    CliOutput {
        code,
        stderr: format!("error: {msg}\n"),
    }
}

/// Runs `habeas interview` with the law in `law_dir` (default: the law
/// built into habeas).
pub fn run(law_dir: Option<&Path>, args: &InterviewArgs) -> CliOutput {
    let lang = args
        .lang
        .as_deref()
        .map_or_else(Lang::from_env, Lang::parse);
    let law = match law_dir.map_or_else(Law::embedded, Law::from_dir) {
        Ok(l) => l,
        Err(e) => return fail(2, e.to_string()),
    };
    let start = match &args.case {
        None => empty_case(&habeas_lang::dates::fmt_day(habeas_case::facts::today())),
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => return fail(2, format!("cannot read `{}`: {e}", path.display())),
            };
            match serde_json::from_str(&text) {
                Ok(v) => v,
                Err(e) => return fail(2, format!("`{}` is not JSON: {e}", path.display())),
            }
        }
    };
    let mut interview = match Interview::new(&law, start, lang) {
        Ok(i) => i,
        Err(e) => return fail(2, e.to_string()),
    };
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut term = TermPrompter;
    let mut lines = LinePrompter::new(std::io::stdin().lock(), std::io::stdout());
    let p: &mut dyn Prompter = if terminal && !args.plain {
        &mut term
    } else {
        &mut lines
    };
    let summary = match interview.run(p) {
        Ok(s) => s,
        Err(e) => return fail(1, format!("the interview stopped: {e}")),
    };
    let text = match serde_json::to_string_pretty(&summary.case) {
        Ok(s) => s,
        Err(e) => return fail(1, e.to_string()),
    };
    if let Err(e) = std::fs::write(&args.output, format!("{text}\n")) {
        return fail(1, format!("cannot write `{}`: {e}", args.output.display()));
    }
    let n = summary.questions.to_string();
    let path = args.output.display().to_string();
    let _ = p.say(&t(lang, "iv-questions-asked", &[("n", &n)]));
    let _ = p.say(&t(lang, "iv-saved", &[("path", &path)]));
    CliOutput::default()
}

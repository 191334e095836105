//! The `habeas screen` and `habeas gen-roster` commands (the CLI crate
//! only forwards its arguments here).

use std::path::{Path, PathBuf};

use habeas_law::Law;

use crate::mapping::Mapping;
use crate::run::{Format, Input, Options, run};

/// What a command produced: its exit code and what to show on standard
/// error (the rows themselves are streamed to the output as they are
/// screened).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// 0 when the roster was screened (whatever the rows say, and even
    /// with bad rows); 2 for an unusable input, mapping or law; 1 when the
    /// output could not be written.
    pub code: i32,
    /// Summary or error text.
    pub stderr: String,
}

/// `habeas screen`: screen every row of a roster.
#[derive(Clone, Debug, clap::Args)]
pub struct ScreenArgs {
    /// The roster: JSON Lines of `habeas.case/1` (`.jsonl`), a
    /// `habeas.roster/1` CSV (`.csv`) or Parquet file (`.parquet`), or any
    /// table with --mapping. `-` reads standard input.
    pub input: PathBuf,
    /// Where to write the results (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A TOML mapping file for tables that are not `habeas.roster/1`
    /// (columns, value translations, date formats: see docs/mapping.md).
    #[arg(long, value_name = "MAP.toml")]
    pub mapping: Option<PathBuf>,
    /// Output format: csv, jsonl or parquet (default: from the output
    /// file's extension, else csv).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Input format, when the file's extension does not say it.
    #[arg(long, value_name = "FORMAT")]
    pub input_format: Option<String>,
    /// Rows per chunk (memory use grows with it; the default suits any
    /// roster size).
    #[arg(long, default_value_t = 8192, hide = true)]
    pub chunk_rows: usize,
    /// No progress bar and no summary (the one-line notice that no output
    /// is a finding of lawfulness or legal advice is still printed).
    #[arg(long, short)]
    pub quiet: bool,
}

/// `habeas gen-roster`: write a synthetic roster.
#[derive(Clone, Debug, clap::Args)]
pub struct GenRosterArgs {
    /// How many rows.
    #[arg(long, default_value_t = 1000)]
    pub rows: u64,
    /// The seed: the same seed gives the same roster.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where to write it (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn fail(code: i32, message: impl std::fmt::Display, help: Option<&str>) -> Outcome {
    let mut stderr = format!("error: {message}\n");
    if let Some(h) = help {
        stderr.push_str(&format!("  help: {h}\n"));
    }
    Outcome { code, stderr }
}

fn load_law(dir: Option<&Path>) -> Result<Law, habeas_law::LoadError> {
    match dir {
        Some(d) => Law::from_dir(d),
        None => Law::embedded(),
    }
}

/// Runs `habeas screen`.
pub fn screen(law_dir: Option<&Path>, args: &ScreenArgs) -> Outcome {
    let law = match load_law(law_dir) {
        Ok(l) => l,
        Err(e) => return fail(2, e, None),
    };
    screen_with(&law, args)
}

/// Runs `habeas screen` with a law already loaded.
pub fn screen_with(law: &Law, args: &ScreenArgs) -> Outcome {
    let input_format = match &args.input_format {
        Some(f) => match Format::parse(f) {
            Some(f) => f,
            None => {
                return fail(
                    2,
                    format!("unknown input format `{f}`"),
                    Some("use csv, jsonl or parquet"),
                );
            }
        },
        None => match Format::of_path(&args.input) {
            Some(f) => f,
            None if args.mapping.is_some() => Format::Csv,
            None => {
                return fail(
                    2,
                    format!("cannot tell the format of `{}`", args.input.display()),
                    Some("name the file .jsonl, .csv or .parquet, or give --input-format"),
                );
            }
        },
    };
    let format = match &args.format {
        Some(f) => match Format::parse(f) {
            Some(f) => f,
            None => {
                return fail(
                    2,
                    format!("unknown output format `{f}`"),
                    Some("use csv, jsonl or parquet"),
                );
            }
        },
        None => args
            .output
            .as_deref()
            .and_then(Format::of_path)
            .unwrap_or(Format::Csv),
    };
    // JSON Lines rows are cases: a mapping would be silently unused
    // (review of 2026-11-30, eleventh session).
    if args.mapping.is_some() && input_format == Format::Jsonl {
        return fail(
            2,
            "--mapping applies to CSV and Parquet input; JSON Lines rows are habeas.case/1 cases",
            Some("drop --mapping, or give the table as .csv or .parquet (docs/mapping.md)"),
        );
    }
    let mapping = match &args.mapping {
        None => None,
        Some(p) => {
            let text = match std::fs::read_to_string(p) {
                Ok(t) => t,
                Err(e) => return fail(2, format!("cannot read `{}`: {e}", p.display()), None),
            };
            match Mapping::parse(&p.display().to_string(), &text) {
                Ok(m) => Some(m),
                Err(e) => return fail(2, &e, e.help.as_deref()),
            }
        }
    };
    let input = Input {
        path: args.input.clone(),
        format: input_format,
        mapping,
    };
    let options = Options {
        chunk_rows: args.chunk_rows,
        progress: !args.quiet,
    };
    match run(law, input, args.output.as_deref(), format, &options) {
        Ok(summary) => Outcome {
            code: 0,
            // Quiet drops the summary, never the notice: the output may show
            // `no_bar_found`, and every output that does must say what it is
            // not (review of 2026-11-29).
            stderr: if args.quiet {
                format!("{}\n", habeas_law::NOT_LEGAL_ADVICE)
            } else {
                summary.text()
            },
        },
        Err(e @ crate::run::RunError::Output(_)) => fail(1, e, None),
        Err(e) => fail(2, e, None),
    }
}

/// Runs `habeas gen-roster`.
pub fn gen_roster(args: &GenRosterArgs) -> Outcome {
    // It writes CSV only: a `.parquet` or `.jsonl` name would hold CSV text
    // (review of 2026-11-29: `screen` then failed on a "corrupt footer").
    if let Some(ext) = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .filter(|e| !e.eq_ignore_ascii_case("csv"))
    {
        return fail(
            2,
            format!("`gen-roster` writes a `habeas.roster/1` CSV, not `.{ext}`"),
            Some("name the file `….csv`"),
        );
    }
    let result = match &args.output {
        Some(p) if p != Path::new("-") => match std::fs::File::create(p) {
            Ok(f) => crate::generate::write_roster(f, args.rows, args.seed),
            Err(e) => return fail(1, format!("cannot write `{}`: {e}", p.display()), None),
        },
        _ => crate::generate::write_roster(std::io::stdout().lock(), args.rows, args.seed),
    };
    match result {
        Ok(()) => Outcome::default(),
        Err(e) => fail(1, format!("cannot write the roster: {e}"), None),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cmd {
        #[command(flatten)]
        args: ScreenArgs,
    }

    /// A mapping with JSON Lines input would be unused: said, not ignored.
    #[test]
    fn a_mapping_with_json_lines_input_is_an_error() {
        let dir = std::env::temp_dir().join(format!("habeas-cli-map-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let map = dir.join("m.toml");
        std::fs::write(&map, "[columns]\na = \"id\"\n").unwrap();
        let input = dir.join("x.jsonl");
        std::fs::write(&input, "").unwrap();
        let cmd = Cmd::try_parse_from([
            "screen",
            "--mapping",
            map.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .unwrap();
        let law = Law::embedded().unwrap();
        let o = screen_with(&law, &cmd.args);
        assert_eq!(o.code, 2, "{}", o.stderr);
        assert!(
            o.stderr.contains("--mapping applies to CSV and Parquet"),
            "{}",
            o.stderr
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

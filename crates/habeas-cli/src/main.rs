//! The `habeas` binary: parses arguments and calls [`habeas_cli`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use habeas_cli::{Format, Output};

/// habeas: is this person a U.S. citizen, and is this removal barred?
///
/// Every answer cites the law. habeas only looks for reasons an action is
/// barred: "no bar found" is never a finding that an action is lawful, and
/// nothing habeas prints is legal advice.
/// The exit codes, shown by `--help` (review of 2026-11-30: they were not
/// documented).
const EXIT_CODES: &str = "Exit codes:
  0  done (for `check`: the case was decided, whatever the answer; for
     `screen`: the roster was read to its end, rows with errors included:
     the summary counts them)
  1  the output could not be written, or a law test failed
  2  the input or the command line is not valid: a case that does not
     follow habeas.case/1 (every error is listed with its field), a file
     that cannot be read, an unknown option or value";

#[derive(Parser)]
#[command(name = "habeas", version, about, long_about = None, after_help = EXIT_CODES)]
struct Cli {
    /// Use the law in this folder instead of the law built into habeas.
    #[arg(long, global = true, value_name = "DIR")]
    law: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Decide a case: citizenship, bars to the proposed action, open questions.
    Check {
        /// A `habeas.case/1` JSON file, or `-` for standard input.
        case: String,
        /// Print `habeas.determination/1` JSON.
        #[arg(long)]
        json: bool,
        /// Include the explanation trees (with --json), or print the
        /// explanation (as `habeas explain` does).
        #[arg(long)]
        explain: bool,
        /// How many open questions to show in text output.
        #[arg(long, default_value_t = 3)]
        questions: usize,
        /// The language of the questions and the notice, in text or JSON (default: English).
        #[arg(long, value_parser = ["en", "es"])]
        lang: Option<String>,
    },
    /// Print the explanation tree of a case's determination, with citations.
    Explain {
        /// A `habeas.case/1` JSON file, or `-` for standard input.
        case: String,
    },
    /// Work with the law files.
    Law {
        #[command(subcommand)]
        command: LawCommand,
    },
    /// Print the JSON Schema of `habeas.case/1`.
    Schema,
    #[command(flatten)]
    Server(habeas_server::cli::ServerCommand),
    /// Write the determination memo (HTML or PDF, by the output's extension).
    Report {
        /// A `habeas.case/1` JSON file, or `-` for standard input.
        case: String,
        /// The output file: `memo.html`, `memo.pdf` (or `timeline.svg`).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The memo's language.
        #[arg(long, default_value = "en", value_parser = ["en", "es"])]
        lang: String,
    },
    /// Screen a whole roster (JSON Lines, CSV, Parquet): one answer per row.
    Screen(habeas_batch::cli::ScreenArgs),
    /// Write a synthetic `habeas.roster/1` CSV roster (deterministic per seed).
    GenRoster(habeas_batch::cli::GenRosterArgs),
    /// Ask only the questions that decide the case; save the case file built.
    Interview(habeas_interview::cli::InterviewArgs),
}

#[derive(Subcommand)]
enum LawCommand {
    /// Parse and check the law; report every error with its place.
    Check {
        /// A law folder (default: the law built into habeas).
        dir: Option<PathBuf>,
    },
    /// Run the test cases that live beside the law.
    Test {
        /// Folders of tests (default: the law folder).
        dirs: Vec<PathBuf>,
        /// Only tests whose name or path contains this.
        #[arg(long)]
        filter: Option<String>,
        /// List passing tests too.
        #[arg(long, short)]
        verbose: bool,
        /// Report which rules and version windows the tests exercised; fail
        /// when a rule has no test.
        #[arg(long)]
        coverage: bool,
    },
    /// Write the law as a static site for legal review.
    Doc {
        /// The output folder.
        #[arg(short, long, value_name = "DIR", default_value = "site")]
        output: PathBuf,
    },
    /// List what changes when in the law's dated data (TPS designations,
    /// court orders postponing terminations).
    Data {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// mimalloc instead of the system allocator: the evaluator makes many small,
/// short-lived allocations (values, fact sources, explanation nodes), and
/// glibc's malloc took about a third of an explaining determination's
/// instructions. See docs/performance.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let law = cli.law.as_deref();
    let out: Output = match cli.command {
        Command::Check {
            case,
            json,
            explain,
            questions,
            lang,
        } => {
            if explain && !json {
                // `check --explain` without `--json` means the explanation
                // (it was silently ignored: review of 2026-11-30).
                habeas_cli::check(law, &case, Format::Explain, questions)
            } else if let Some(lang) = lang {
                let format = match (json, explain) {
                    (false, _) => Format::Text,
                    (true, false) => Format::Json,
                    (true, true) => Format::JsonExplain,
                };
                habeas_cli::check_lang(
                    law,
                    &case,
                    format,
                    questions,
                    habeas_i18n::Lang::parse(&lang),
                )
            } else if json && explain {
                habeas_cli::check(law, &case, Format::JsonExplain, questions)
            } else {
                habeas_cli::check(
                    law,
                    &case,
                    if json { Format::Json } else { Format::Text },
                    questions,
                )
            }
        }
        Command::Explain { case } => habeas_cli::check(law, &case, Format::Explain, 3),
        Command::Law {
            command: LawCommand::Check { dir },
        } => habeas_cli::law_check(dir.as_deref().or(law)),
        Command::Law {
            command:
                LawCommand::Test {
                    dirs,
                    filter,
                    verbose,
                    coverage,
                },
        } => habeas_cli::law_test_with(law, &dirs, filter.as_deref(), verbose, coverage),
        Command::Law {
            command: LawCommand::Data { json },
        } => habeas_cli::law_data(law, json),
        Command::Law {
            command: LawCommand::Doc { output },
        } => habeas_cli::law_doc(law, &output),
        Command::Schema => habeas_cli::schema(),
        Command::Server(cmd) => {
            let o = habeas_server::cli::run(cmd, law);
            Output {
                code: o.code,
                stdout: o.stdout,
                stderr: o.stderr,
            }
        }
        Command::Report { case, output, lang } => {
            match (habeas_cli::load_law(law), habeas_cli::read_input(&case)) {
                (Ok(l), Ok(text)) => {
                    let o = habeas_report::command::report(&l, &text, &output, &lang);
                    Output {
                        code: o.code,
                        stdout: o.stdout,
                        stderr: o.stderr,
                    }
                }
                (Err(e), _) => Output {
                    code: 2,
                    stderr: format!("error: {e}\n"),
                    ..Output::default()
                },
                (_, Err(e)) => Output {
                    code: 2,
                    stderr: format!("error: {e}\n"),
                    ..Output::default()
                },
            }
        }
        Command::Screen(args) => {
            let o = habeas_batch::cli::screen(law, &args);
            Output {
                code: o.code,
                stderr: o.stderr,
                ..Output::default()
            }
        }
        Command::Interview(args) => {
            let o = habeas_interview::cli::run(law, &args);
            Output {
                code: o.code,
                stderr: o.stderr,
                ..Output::default()
            }
        }
        Command::GenRoster(args) => {
            let o = habeas_batch::cli::gen_roster(&args);
            Output {
                code: o.code,
                stderr: o.stderr,
                ..Output::default()
            }
        }
    };
    // A reader that stops early (`habeas explain case.json | head`) closes
    // the pipe: that is no error of habeas, and `print!` would panic on it.
    // Any other failure to write (a full disk) is one: the answer was not
    // delivered (review of 2026-11-30: `check > /dev/full` exited 0).
    use std::io::Write;
    let written = {
        let mut o = std::io::stdout().lock();
        o.write_all(out.stdout.as_bytes()).and_then(|()| o.flush())
    };
    let _ = std::io::stderr().lock().write_all(out.stderr.as_bytes());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(
                std::io::stderr(),
                "error: the output could not be written: {e}"
            );
            std::process::exit(if out.code == 0 { 1 } else { out.code });
        }
        _ => std::process::exit(out.code),
    }
}

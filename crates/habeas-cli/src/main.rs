//! The `habeas` binary: parses arguments and calls [`habeas_cli`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use habeas_cli::{Format, Output};

/// habeas: is this person a U.S. citizen, and is this removal barred?
///
/// Every answer cites the law. habeas only looks for reasons an action is
/// barred: "no bar found" is never a finding that an action is lawful, and
/// nothing habeas prints is legal advice.
#[derive(Parser)]
#[command(name = "habeas", version, about, long_about = None)]
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
        /// With --json: include the explanation trees.
        #[arg(long)]
        explain: bool,
        /// How many open questions to show in text output.
        #[arg(long, default_value_t = 3)]
        questions: usize,
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
    },
}

fn main() {
    let cli = Cli::parse();
    let law = cli.law.as_deref();
    let out: Output = match cli.command {
        Command::Check {
            case,
            json,
            explain,
            questions,
        } => {
            if json && explain {
                match habeas_cli::load_law(law) {
                    Ok(l) => match habeas_cli::read_input(&case) {
                        Ok(text) => match habeas_case::parse_case(&text) {
                            Ok(c) => {
                                let d = l.determine(&c, habeas_lang::Mode::Explain);
                                Output {
                                    code: 0,
                                    stdout: format!(
                                        "{}\n",
                                        serde_json::to_string_pretty(&d).unwrap_or_default()
                                    ),
                                    stderr: String::new(),
                                }
                            }
                            Err(e) => Output {
                                code: 2,
                                stdout: String::new(),
                                stderr: format!("error: {e}\n"),
                            },
                        },
                        Err(e) => Output {
                            code: 2,
                            stdout: String::new(),
                            stderr: format!("error: {e}\n"),
                        },
                    },
                    Err(e) => Output {
                        code: 2,
                        stdout: String::new(),
                        stderr: format!("error: {e}\n"),
                    },
                }
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
                },
        } => habeas_cli::law_test(law, &dirs, filter.as_deref(), verbose),
        Command::Schema => habeas_cli::schema(),
    };
    print!("{}", out.stdout);
    eprint!("{}", out.stderr);
    std::process::exit(out.code);
}

//! `habeas screen` and `habeas gen-roster` without the rest of the CLI
//! (same code path: [`habeas_batch::cli`]), for profiling and for
//! benchmarking while the full binary is being rebuilt.
//!
//! `cargo run --release -p habeas-batch --example screen -- screen IN.csv -o OUT.csv`

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// As `habeas screen`.
    Screen(habeas_batch::cli::ScreenArgs),
    /// As `habeas gen-roster`.
    GenRoster(habeas_batch::cli::GenRosterArgs),
}

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let o = match Cli::parse().command {
        Command::Screen(a) => habeas_batch::cli::screen(None, &a),
        Command::GenRoster(a) => habeas_batch::cli::gen_roster(&a),
    };
    eprint!("{}", o.stderr);
    std::process::exit(o.code);
}

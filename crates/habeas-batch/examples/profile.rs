//! A profiling driver: determines one example case N times in a mode.
//!
//! `valgrind --tool=callgrind target/release/examples/profile cases/derivation-ina320.json fast 200`

use habeas_lang::Mode;
use habeas_law::Law;

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .map_or("cases/derivation-ina320.json", String::as_str);
    let mode = match args.get(2).map(String::as_str) {
        Some("explain") => Mode::Explain,
        Some("missing") => Mode::Missing,
        _ => Mode::Fast,
    };
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(100);
    let law = Law::embedded()?;
    let case = habeas_case::parse_case(&std::fs::read_to_string(path)?)?;
    let mut bars = 0;
    for _ in 0..n {
        let d = law.determine(&case, mode);
        bars += d.action.map_or(0, |a| a.bars.len());
    }
    println!("{n} determinations, {bars} bars");
    Ok(())
}

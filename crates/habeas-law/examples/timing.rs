//! Rough timing of `Law::determine` over the example corpus, case by case,
//! with the evaluator's work counts (a quick check while optimising; the
//! benchmarks proper are in `habeas-law/benches` and `habeas-batch/benches`).
//!
//! `cargo run --release -p habeas-law --example timing`

use habeas_lang::Mode;
use habeas_law::Law;

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let law = Law::embedded().expect("law");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../cases");
    let mut cases = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("cases")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        if name.ends_with(".json")
            && !name.ends_with(".expect.json")
            && let Ok(c) = habeas_case::parse_case(&text)
        {
            cases.push((name, c));
        }
    }
    for mode in [Mode::Fast, Mode::Missing, Mode::Explain] {
        let n = 200;
        let mut total = 0.0;
        for (name, c) in &cases {
            let t = std::time::Instant::now();
            let mut work = Default::default();
            for _ in 0..n {
                work = std::hint::black_box(law.determine(c, mode)).work;
            }
            let per = t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
            total += per;
            println!(
                "{mode:?} {name:40} {per:8.1} µs  nodes {:6}  calls {:5}  remembered {:5}",
                work.nodes, work.calls, work.remembered
            );
        }
        println!(
            "{mode:?}: mean {:.1} µs per case",
            total / cases.len() as f64
        );
    }
}

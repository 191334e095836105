//! Rough timing of `Law::determine` over the example corpus (a quick check
//! while optimising; the benchmarks proper are in habeas-batch/benches).

use habeas_lang::Mode;
use habeas_law::Law;

fn main() {
    let law = Law::embedded().expect("law");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../cases");
    let mut cases = Vec::new();
    for e in std::fs::read_dir(dir).expect("cases").flatten() {
        let p = e.path();
        let name = p.to_string_lossy().to_string();
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        if name.ends_with(".json")
            && !name.ends_with(".expect.json")
            && let Ok(c) = habeas_case::parse_case(&text)
        {
            cases.push(c);
        }
    }
    for mode in [Mode::Fast, Mode::Explain] {
        let n = 50;
        let t = std::time::Instant::now();
        for _ in 0..n {
            for c in &cases {
                std::hint::black_box(law.determine(c, mode));
            }
        }
        let per = t.elapsed().as_micros() as f64 / (n * cases.len()) as f64;
        println!("{mode:?}: {per:.0} µs per case ({} cases)", cases.len());
    }
}

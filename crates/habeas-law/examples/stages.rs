//! What one stateless determination costs, stage by stage (the work of
//! `POST /v1/determine` and `habeas check --json`, without HTTP).
//!
//! `cargo run --release -p habeas-law --example stages -- cases/born-in-texas.json`

use habeas_lang::Mode;
use habeas_law::Law;

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let law = Law::embedded().expect("law");
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "cases/born-in-texas.json".into());
    let text = std::fs::read_to_string(&path).expect("case file");
    let n = 2000;
    let time = |what: &str, f: &mut dyn FnMut()| {
        let t = std::time::Instant::now();
        for _ in 0..n {
            f();
        }
        println!(
            "{what:40} {:8.1} µs",
            t.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        );
    };
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let case = habeas_case::parse_case_value(value.clone()).expect("case");
    time("JSON text → value", &mut || {
        std::hint::black_box(serde_json::from_str::<serde_json::Value>(&text).ok());
    });
    time("value → validated case", &mut || {
        std::hint::black_box(habeas_case::parse_case_value(value.clone()).ok());
    });
    time("determine, fast", &mut || {
        std::hint::black_box(law.determine(&case, Mode::Fast));
    });
    time("determine, explaining", &mut || {
        std::hint::black_box(law.determine(&case, Mode::Explain));
    });
    time("determine, missing facts", &mut || {
        std::hint::black_box(law.determine(&case, Mode::Missing));
    });
    time("determine_answer (missing mode)", &mut || {
        std::hint::black_box(law.determine_answer(&case));
    });
    let d = law.determine(&case, Mode::Explain);
    time("determination → JSON value (no trees)", &mut || {
        std::hint::black_box(d.to_json(false));
    });
    time("determination → JSON text, through a value", &mut || {
        std::hint::black_box(serde_json::to_string(&d.to_json(true)).ok());
    });
    time("determination → JSON text (what is served)", &mut || {
        std::hint::black_box(d.to_json_string(true));
    });
    time("determination → JSON text, no trees", &mut || {
        std::hint::black_box(d.to_json_string(false));
    });
    let j = d.to_json(false);
    time("JSON value → bytes", &mut || {
        std::hint::black_box(serde_json::to_vec(&j).ok());
    });
}

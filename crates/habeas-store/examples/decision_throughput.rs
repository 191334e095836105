//! How many durable decision records per second the SQLite store appends
//! (group commit), with N threads appending at once.
//!
//! `cargo run --release -p habeas-store --example decision_throughput -- [THREADS] [SECONDS] [DIR]`

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use habeas_store::{CaseInput, NewDecision, SqliteStore, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let threads: usize = args.next().map_or(Ok(64), |a| a.parse())?;
    let seconds: u64 = args.next().map_or(Ok(5), |a| a.parse())?;
    let dir = args
        .next()
        .map_or_else(std::env::temp_dir, std::path::PathBuf::from)
        .join(format!("habeas-throughput-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let store = SqliteStore::open(&dir.join("t.db"))?;
    let org = store.create_org("bench")?.id;
    let case = store.create_case(
        org,
        &CaseInput {
            case_json: "{}".into(),
            ..CaseInput::default()
        },
    )?;
    // A realistic record: a real explanation (23 KB of JSON, from
    // `habeas check --json --explain cases/born-in-texas.json`; it is stored
    // compressed, so its content matters), and a 2 KB result.
    let explanation = include_str!("explanation.json").to_string();
    let result = "r".repeat(2_000);
    let done = AtomicBool::new(false);
    let count = AtomicU64::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                while !done.load(Ordering::Relaxed) {
                    let d = NewDecision {
                        case_id: case.id.clone(),
                        case_version: 1,
                        as_of: "2025-04-15".into(),
                        law_hash: "0".repeat(64),
                        engine: "bench".into(),
                        result: result.clone(),
                        explanation: explanation.clone(),
                    };
                    if store.record_decision(org, &d).is_ok() {
                        count.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
        std::thread::sleep(Duration::from_secs(seconds));
        done.store(true, Ordering::Relaxed);
    });
    let n = count.load(Ordering::Relaxed);
    let secs = start.elapsed().as_secs_f64();
    let ok = store.verify(Some(org))?.iter().all(|r| r.ok);
    println!(
        "decision records: {n} in {secs:.1} s with {threads} threads = {:.0} durable records/s (chain verifies: {ok})",
        n as f64 / secs
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

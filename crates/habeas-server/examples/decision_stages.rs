//! What one decision record costs, stage by stage, in process (the work of
//! `POST /v1/cases/{id}/determine` without HTTP), on a SQLite store in a
//! temporary folder.
//!
//! `cargo run --release -p habeas-server --example decision_stages -- [N]`

use std::sync::Arc;
use std::time::Instant;

use habeas_law::Law;
use habeas_store::{CaseInput, Role, SqliteStore, Store};

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let dir = std::env::temp_dir().join(format!("habeas-decision-stages-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir.join("d.db")).expect("the store opens"));
    let law = Law::embedded().expect("law");
    let org = store.create_org("Bench").expect("org").id;
    let _ = store.create_token(org, Role::Admin);
    let case_json = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../cases/born-in-texas.json"),
    )
    .expect("case");
    let c = store
        .create_case(
            org,
            &CaseInput {
                case_json,
                subject_name: None,
                a_number: None,
            },
        )
        .expect("case stored");
    let (mut t_get, mut t_decide, mut t_record, mut t_answer) = (0.0, 0.0, 0.0, 0.0);
    let mut bytes = 0;
    for _ in 0..n {
        let t = Instant::now();
        let case = store.get_case(org, &c.id).expect("read").expect("the case");
        t_get += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let d = habeas_server::decide_stored(&law, &case).expect("decided");
        t_decide += t.elapsed().as_secs_f64();
        bytes = d.result.len() + d.explanation.len();
        let t = Instant::now();
        let r = store.record_decision(org, &d).expect("recorded");
        t_record += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let v: serde_json::Value = serde_json::from_str(&r.result).expect("json");
        std::hint::black_box(serde_json::to_vec(&v).ok());
        t_answer += t.elapsed().as_secs_f64();
    }
    let us = |x: f64| x * 1e6 / f64::from(n);
    println!("record of {bytes} bytes, {n} decisions, one at a time:");
    println!("  read the case            {:8.1} µs", us(t_get));
    println!("  decide (explain + JSON)  {:8.1} µs", us(t_decide));
    println!("  record (durable)         {:8.1} µs", us(t_record));
    println!("  answer (re-read result)  {:8.1} µs", us(t_answer));
    let _ = std::fs::remove_dir_all(&dir);
}

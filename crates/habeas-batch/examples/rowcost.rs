//! Where a generated roster's screening time goes: the fast determination
//! of every row and the missing-facts determination of open rows, with the evaluator's work counts.
//!
//! `cargo run --release -p habeas-batch --example rowcost -- [ROWS]`

use habeas_batch::mapping::Mapping;
use habeas_lang::Mode;
use habeas_law::Law;

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let rows: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let law = Law::embedded().expect("law");
    let mut text = Vec::new();
    habeas_batch::generate::write_roster(&mut text, rows, 1).expect("roster");
    let mut r = csv::Reader::from_reader(text.as_slice());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let layout = Mapping::roster_layout(&header).expect("layout");
    let cases: Vec<habeas_case::Case> = r
        .records()
        .filter_map(|rec| {
            let rec = rec.ok()?;
            layout.row(|i| rec.get(i)).ok()?.to_case().ok()
        })
        .collect();
    let mut open = 0;
    let (mut tf, mut te, mut nf, mut ne) = (0.0, 0.0, 0u64, 0u64);
    let (mut tfo, mut nfo) = (0.0, 0u64);
    for c in &cases {
        let t = std::time::Instant::now();
        let d = law.determine(c, Mode::Fast);
        let dt = t.elapsed().as_secs_f64();
        tf += dt;
        nf += d.work.nodes;
        let is_open = d.citizenship.status == "undetermined"
            || d.action
                .as_ref()
                .is_some_and(|a| a.verdict == "possibly_barred");
        if is_open {
            open += 1;
            tfo += dt;
            nfo += d.work.nodes;
            let t = std::time::Instant::now();
            let e = law.determine(c, Mode::Missing);
            te += t.elapsed().as_secs_f64();
            ne += e.work.nodes;
        }
    }
    let n = cases.len() as f64;
    println!(
        "{} rows, {} open; fast {:.1} µs/row ({:.0} nodes); missing facts (open rows) {:.1} µs/row ({:.0} nodes)",
        cases.len(),
        open,
        tf * 1e6 / n,
        nf as f64 / n,
        te * 1e6 / f64::from(open.max(1)),
        ne as f64 / f64::from(open.max(1))
    );
    println!(
        "open rows alone: fast {:.1} µs/row ({:.0} nodes)",
        tfo * 1e6 / f64::from(open.max(1)),
        nfo as f64 / f64::from(open.max(1))
    );
}

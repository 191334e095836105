//! Benchmarks: single-case evaluation (every fully known example case, in
//! fast and explaining mode; a partially known one, with ranked missing
//! facts) and the roster path (CSV row → case → screened row), one thread.
//!
//! Run: `cargo bench -p habeas-batch --bench screen`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use habeas_batch::mapping::Mapping;
use habeas_batch::{Record, screen_record};
use habeas_lang::Mode;
use habeas_law::Law;

// The allocator of the shipped `habeas` binary (see src/main.rs of
// habeas-cli), so the figures measured here are the ones users get.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn case(name: &str) -> habeas_case::Case {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../cases")
        .join(name);
    let text = std::fs::read_to_string(p).expect("the example case exists");
    habeas_case::parse_case(&text).expect("the example case is valid")
}

/// The example cases whose facts are fully known (no missing fact in the
/// answer): the "fully known case" of issue 7's targets.
const KNOWN: &[&str] = &[
    "born-in-texas.json",
    "naturalized-later-crime.json",
    "withholding-same-country.json",
    "tps-in-effect.json",
    "american-samoa-national.json",
    "abroad-father-301g.json",
    "derivation-ina320.json",
];

fn single_case(c: &mut Criterion) {
    let law = Law::embedded().expect("the law loads");
    let mut g = c.benchmark_group("determine");
    for name in KNOWN {
        let known = case(name);
        let short = name.trim_end_matches(".json");
        g.bench_function(format!("known/fast/{short}"), |b| {
            b.iter(|| black_box(law.determine(black_box(&known), Mode::Fast)))
        });
        g.bench_function(format!("known/explain/{short}"), |b| {
            b.iter(|| black_box(law.determine(black_box(&known), Mode::Explain)))
        });
    }
    // Partially known: the mother's presence is unknown.
    let partial = case("abroad-mother-presence-unknown.json");
    g.bench_function("partial/fast", |b| {
        b.iter(|| black_box(law.determine(black_box(&partial), Mode::Fast)))
    });
    g.bench_function("partial/answer (missing mode)", |b| {
        b.iter(|| {
            let d = law.determine_answer(black_box(&partial));
            black_box(d.citizenship.missing.first().map(|m| m.question.len()))
        })
    });
    g.bench_function("partial/explain+missing", |b| {
        b.iter(|| {
            let d = law.determine(black_box(&partial), Mode::Explain);
            black_box(d.citizenship.missing.first().map(|m| m.question.len()))
        })
    });
    g.finish();
}

fn roster_path(c: &mut Criterion) {
    let law = Law::embedded().expect("the law loads");
    let mut csv_text = Vec::new();
    habeas_batch::generate::write_roster(&mut csv_text, 1000, 1).expect("the roster is written");
    let mut r = csv::Reader::from_reader(csv_text.as_slice());
    let header: Vec<String> = r
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    let layout = Mapping::roster_layout(&header).expect("a roster header");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("a record")).collect();
    let mut g = c.benchmark_group("roster");
    g.throughput(criterion::Throughput::Elements(rows.len() as u64));
    g.sample_size(10);
    g.bench_function("1000 rows: cells → case (validated)", |b| {
        b.iter(|| {
            for rec in &rows {
                if let Ok(row) = layout.row(|i| rec.get(i)) {
                    black_box(row.to_case().is_ok());
                }
            }
        })
    });
    g.bench_function("1000 rows: cells → screened row", |b| {
        b.iter(|| {
            for rec in &rows {
                let record = match layout.row(|i| rec.get(i)) {
                    Ok(row) => Record::Roster(row),
                    Err((id, error)) => Record::Failed { id, error },
                };
                black_box(screen_record(&law, &record));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, single_case, roster_path);
criterion_main!(benches);

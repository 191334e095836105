//! End-to-end tests of `habeas screen`: the same answer as `check`, round
//! trips in every format, bad rows, mapping files.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use arrow::array::{ArrayRef, RecordBatch, StringArray};
use arrow::datatypes::{DataType, Field, Schema};
use habeas_batch::columnar::{batch_to_rows, screen_record_batch};
use habeas_batch::mapping::Mapping;
use habeas_batch::run::{Format, Input, Options, Summary, run};
use habeas_batch::{Record, RosterRow, ScreenRow, check_row};
use habeas_law::Law;

fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| Law::embedded().expect("the embedded law loads"))
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("habeas-batch-test-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn screen_file(
    input: &Path,
    format: Format,
    mapping: Option<Mapping>,
    out: &Path,
    out_format: Format,
) -> Summary {
    let input = Input {
        path: input.to_path_buf(),
        format,
        mapping,
    };
    let options = Options {
        chunk_rows: 1000,
        progress: false,
    };
    run(law(), input, Some(out), out_format, &options).expect("the run succeeds")
}

fn read_csv_rows(p: &Path) -> Vec<ScreenRow> {
    let mut r = csv::Reader::from_path(p).unwrap();
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        habeas_batch::OUTPUT_COLUMNS
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            ScreenRow::from_cells(std::array::from_fn(|i| rec.get(i).map(str::to_string)))
        })
        .collect()
}

fn read_jsonl_rows(p: &Path) -> Vec<ScreenRow> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn read_parquet_rows(p: &Path) -> Vec<ScreenRow> {
    let f = std::fs::File::open(p).unwrap();
    let r = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f)
        .unwrap()
        .build()
        .unwrap();
    r.flat_map(|b| batch_to_rows(&b.unwrap()).unwrap())
        .collect()
}

/// The roster rows of a `habeas.roster/1` CSV, read as `screen` reads them.
fn roster_rows(p: &Path) -> Vec<Result<RosterRow, String>> {
    let mut r = csv::Reader::from_path(p).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let layout = Mapping::roster_layout(&header).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            layout.row(|i| rec.get(i)).map_err(|(_, e)| e.to_string())
        })
        .collect()
}

/// What `check` answers for a roster row.
fn expected(row: &Result<RosterRow, String>) -> ScreenRow {
    match row {
        Ok(r) => match r.to_case() {
            Ok(case) => check_row(law(), &case),
            Err(e) => ScreenRow::failed(r.id().map(str::to_string), &e),
        },
        Err(e) => panic!("the generator wrote an unreadable row: {e}"),
    }
}

#[test]
fn the_example_corpus_gets_the_same_answers_as_check() {
    let dir = repo().join("cases");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.to_string_lossy().ends_with(".expect.json")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the example corpus is there");
    let mut lines = String::new();
    for f in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        lines.push_str(&serde_json::to_string(&v).unwrap());
        lines.push('\n');
    }
    let input = tmp("corpus.jsonl");
    std::fs::write(&input, lines).unwrap();
    let out = tmp("corpus-out.jsonl");
    let summary = screen_file(&input, Format::Jsonl, None, &out, Format::Jsonl);
    let rows = read_jsonl_rows(&out);
    assert_eq!(rows.len(), files.len());
    assert_eq!(summary.rows as usize, files.len());
    for (f, row) in files.iter().zip(&rows) {
        let text = std::fs::read_to_string(f).unwrap();
        match habeas_case::parse_case(&text) {
            Ok(case) => assert_eq!(row, &check_row(law(), &case), "{}", f.display()),
            Err(e) => {
                let err = row.error.as_deref().unwrap_or_default();
                assert!(
                    err.contains(&e.errors[0].path),
                    "{}: the error `{err}` names `{}`",
                    f.display(),
                    e.errors[0].path
                );
            }
        }
        // The expectations of the corpus hold through `screen` too.
        let exp = f.with_extension("expect.json");
        if let Ok(t) = std::fs::read_to_string(&exp) {
            let e: serde_json::Value = serde_json::from_str(&t).unwrap();
            if let Some(s) = e.pointer("/citizenship/status").and_then(|v| v.as_str()) {
                assert_eq!(
                    row.citizenship_status.as_deref(),
                    Some(s),
                    "{}",
                    f.display()
                );
            }
            if let Some(s) = e.pointer("/action/verdict").and_then(|v| v.as_str()) {
                assert_eq!(row.verdict.as_deref(), Some(s), "{}", f.display());
            }
        }
    }
    assert_eq!(summary.errors, 1, "only the invalid leap day is rejected");
}

/// Generated rosters: every row's answer equals `check`'s, in order.
/// 100,000 rows when `HABEAS_BIG_TESTS` is set; 10,000 by default, which
/// keeps a debug test run under a minute on two cores.
#[test]
fn a_generated_roster_gets_the_same_answers_as_check_row_by_row() {
    let n: u64 = if std::env::var_os("HABEAS_BIG_TESTS").is_some() {
        100_000
    } else {
        10_000
    };
    let input = tmp("gen.csv");
    habeas_batch::generate::write_roster(std::fs::File::create(&input).unwrap(), n, 42).unwrap();
    let out = tmp("gen-out.csv");
    let summary = screen_file(&input, Format::Csv, None, &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(rows.len() as u64, n);
    assert_eq!(summary.rows, n);
    let inputs = roster_rows(&input);
    let expect: Vec<ScreenRow> = {
        use rayon::prelude::*;
        inputs.par_iter().map(expected).collect()
    };
    for (i, (got, want)) in rows.iter().zip(&expect).enumerate() {
        assert_eq!(got, want, "row {}", i + 1);
    }
    // A realistic mix: every status and verdict occurs.
    for s in ["citizen", "national", "not_citizen", "undetermined"] {
        assert!(
            summary.by_status.get(s).copied().unwrap_or(0) > 0,
            "{s}: {:?}",
            summary.by_status
        );
    }
    for v in ["barred", "possibly_barred", "no_bar_found"] {
        assert!(
            summary.by_verdict.get(v).copied().unwrap_or(0) > 0,
            "{v}: {:?}",
            summary.by_verdict
        );
    }
    assert!(!summary.top_missing(3).is_empty());
}

#[test]
fn every_format_round_trips() {
    let input = tmp("rt.csv");
    habeas_batch::generate::write_roster(std::fs::File::create(&input).unwrap(), 1500, 3).unwrap();
    let csv_out = tmp("rt-out.csv");
    screen_file(&input, Format::Csv, None, &csv_out, Format::Csv);
    let base = read_csv_rows(&csv_out);
    assert_eq!(base.len(), 1500);

    let jsonl_out = tmp("rt-out.jsonl");
    screen_file(&input, Format::Csv, None, &jsonl_out, Format::Jsonl);
    assert_eq!(read_jsonl_rows(&jsonl_out), base);

    let pq_out = tmp("rt-out.parquet");
    screen_file(&input, Format::Csv, None, &pq_out, Format::Parquet);
    assert_eq!(read_parquet_rows(&pq_out), base);

    // The same roster as Parquet in, CSV out.
    let pq_in = tmp("rt-in.parquet");
    write_roster_parquet(&input, &pq_in);
    let out = tmp("rt-from-parquet.csv");
    screen_file(&pq_in, Format::Parquet, None, &out, Format::Csv);
    assert_eq!(read_csv_rows(&out), base);

    // The same rows as JSON Lines of cases.
    let jl = tmp("rt-cases.jsonl");
    let mut text = String::new();
    for r in roster_rows(&input) {
        let (v, _) = r.unwrap().to_case_value().unwrap();
        text.push_str(&serde_json::to_string(&v).unwrap());
        text.push('\n');
    }
    std::fs::write(&jl, text).unwrap();
    let out = tmp("rt-from-jsonl.csv");
    screen_file(&jl, Format::Jsonl, None, &out, Format::Csv);
    let from_jsonl = read_csv_rows(&out);
    for (a, b) in from_jsonl.iter().zip(&base) {
        // Errors name JSON paths for JSON Lines and columns for rosters.
        if b.error.is_none() {
            assert_eq!(a, b);
        } else {
            assert!(a.error.is_some());
        }
    }
}

fn write_roster_parquet(csv_path: &Path, out: &Path) {
    let mut r = csv::Reader::from_path(csv_path).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let mut cols: Vec<Vec<Option<String>>> = vec![Vec::new(); header.len()];
    for rec in r.records() {
        let rec = rec.unwrap();
        for (i, c) in cols.iter_mut().enumerate() {
            c.push(rec.get(i).filter(|s| !s.is_empty()).map(String::from));
        }
    }
    let schema = Arc::new(Schema::new(
        header
            .iter()
            .map(|h| Field::new(h, DataType::Utf8, true))
            .collect::<Vec<_>>(),
    ));
    let arrays: Vec<ArrayRef> = cols
        .into_iter()
        .map(|c| Arc::new(StringArray::from(c)) as ArrayRef)
        .collect();
    let batch = RecordBatch::try_new(schema.clone(), arrays).unwrap();
    let f = std::fs::File::create(out).unwrap();
    let mut w = parquet::arrow::ArrowWriter::try_new(f, schema, None).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

#[test]
fn the_arrow_entry_point_matches_the_cli_path() {
    let input = tmp("arrow.csv");
    habeas_batch::generate::write_roster(std::fs::File::create(&input).unwrap(), 300, 11).unwrap();
    let pq = tmp("arrow.parquet");
    write_roster_parquet(&input, &pq);
    let f = std::fs::File::open(&pq).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(f)
        .unwrap()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    for b in reader {
        let out = screen_record_batch(law(), &b.unwrap()).unwrap();
        assert_eq!(out.schema(), habeas_batch::columnar::output_schema());
        rows.extend(batch_to_rows(&out).unwrap());
    }
    let expect: Vec<ScreenRow> = roster_rows(&input).iter().map(expected).collect();
    assert_eq!(rows, expect);
}

#[test]
fn bad_rows_get_an_error_naming_the_column_and_the_rest_is_screened() {
    let input = tmp("bad.csv");
    habeas_batch::generate::write_roster(std::fs::File::create(&input).unwrap(), 2000, 5).unwrap();
    let text = std::fs::read_to_string(&input).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let header: Vec<String> = lines[0].split(',').map(String::from).collect();
    let col = |c: &str| header.iter().position(|h| *h == c).unwrap();
    let corruptions: [(&str, &str, &str); 5] = [
        ("born_date", "2023-02-29", "born_date"),
        ("born_country", "XX", "born_country"),
        ("custody", "grandmother", "custody"),
        ("mother_presence", "1990-01-01", "mother_presence"),
        ("final_order", "maybe", "final_order"),
    ];
    let mut bad = Vec::new();
    for (k, line) in lines.iter_mut().enumerate().skip(1) {
        if k % 20 != 0 {
            continue;
        }
        let (c, v, named) = corruptions[(k / 20) % corruptions.len()];
        let mut cells: Vec<String> = line.split(',').map(String::from).collect();
        cells[col(c)] = v.to_string();
        *line = cells.join(",");
        bad.push((k, named));
    }
    // One record that is not text at all: invalid UTF-8 is an error of
    // that record only.
    let mut bytes = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        if k == 7 {
            // As many cells as the header (a short or long row is an error
            // of its own), one of them not text.
            let mut cells: Vec<Vec<u8>> = line.split(',').map(|c| c.as_bytes().to_vec()).collect();
            cells[1] = b"\xff\xfe".to_vec();
            bytes.extend_from_slice(&cells.join(&b","[..]));
            bytes.push(b'\n');
        } else {
            bytes.extend_from_slice(line.as_bytes());
            bytes.push(b'\n');
        }
    }
    std::fs::write(&input, bytes).unwrap();
    let out = tmp("bad-out.csv");
    let summary = screen_file(&input, Format::Csv, None, &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(rows.len(), 2000, "one output row per input row");
    let e7 = rows[6].error.as_deref().unwrap_or_default();
    assert!(e7.contains("line 8") && e7.contains("UTF-8"), "{e7}");
    assert_eq!(summary.rows as usize, rows.len());
    assert!(summary.errors as usize > bad.len());
    assert!(bad.len() * 100 / 2000 >= 5, "5 % of the rows are malformed");
    for (k, named) in &bad {
        let row = &rows[k - 1];
        let e = row.error.as_deref().unwrap_or_default();
        assert!(e.starts_with(named), "row {k}: `{e}` names `{named}`");
        assert!(row.citizenship_status.is_none());
        assert_eq!(
            row.id.as_deref(),
            Some(format!("R{k:08}").as_str()),
            "order is kept"
        );
    }
    let good = rows.iter().filter(|r| r.error.is_none()).count();
    assert_eq!(good as u64, summary.rows - summary.errors);
}

#[test]
fn a_mapping_file_reads_another_table() {
    let map = tmp("map.toml");
    std::fs::write(
        &map,
        r#"date_format = ["MM/DD/YYYY", "YYYY"]

[columns]
"A-Number" = "id"
"Date of Birth" = "born_date"
"Country of Birth" = "born_country"
"Citizenship" = "nationality"
"Removal To" = "action_to"

[values.born_country]
"UNITED STATES" = "US"
"EL SALVADOR" = "SV"

[values.nationality]
"EL SALVADOR" = "SV"

[values.action_to]
"EL SALVADOR" = "SV"

[constants]
action_kind = "removal"
as_of = "2025-06-01"
"#,
    )
    .unwrap();
    let input = tmp("ice.csv");
    std::fs::write(
        &input,
        "A-Number,Date of Birth,Country of Birth,Citizenship,Removal To,Facility\n\
         A1,03/15/1990,UNITED STATES,EL SALVADOR,EL SALVADOR,X\n\
         A2,1990-03-15,EL SALVADOR,EL SALVADOR,EL SALVADOR,X\n\
         A3,1985,EL SALVADOR,EL SALVADOR,EL SALVADOR,X\n",
    )
    .unwrap();
    let m = Mapping::parse("map.toml", &std::fs::read_to_string(&map).unwrap()).unwrap();
    let out = tmp("ice-out.csv");
    let summary = screen_file(&input, Format::Csv, Some(m), &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].citizenship_status.as_deref(), Some("citizen"));
    assert_eq!(rows[0].verdict.as_deref(), Some("barred"));
    assert_eq!(
        rows[1].error.as_deref(),
        Some("Date of Birth: `1990-03-15` is not a date in the format MM/DD/YYYY or YYYY")
    );
    assert_eq!(rows[2].citizenship_status.as_deref(), Some("undetermined"));
    assert_eq!(summary.errors, 1);
}

#[test]
fn mapping_file_errors_name_the_line() {
    let cases = [
        (
            "unknown-column",
            "[columns]\nDOB = \"born_date\"\nCOB = \"born_contry\"\n",
        ),
        ("bad-toml", "[columns]\nDOB = born_date\n"),
        (
            "unknown-table",
            "[columns]\nID = \"id\"\n\n[colums]\nDOB = \"born_date\"\n",
        ),
        (
            "bad-date-format",
            "date_format = \"DD/MM/YY\"\n[columns]\nID = \"id\"\n",
        ),
        (
            "two-sources",
            "[columns]\nID = \"id\"\nA = \"born_date\"\nB = \"born_date\"\n",
        ),
        ("no-id", "[columns]\nDOB = \"born_date\"\n"),
        (
            "not-a-date-column",
            "[columns]\nID = \"id\"\n[date_formats]\nsex = \"YYYY\"\n",
        ),
    ];
    let mut out = String::new();
    for (name, text) in cases {
        let e = Mapping::parse("map.toml", text).unwrap_err();
        out.push_str(&format!(
            "{name}: {e}\n  help: {}\n",
            e.help.as_deref().unwrap_or("-")
        ));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn a_header_that_is_not_a_roster_stops_the_run_before_any_output() {
    let input = tmp("notroster.csv");
    std::fs::write(&input, "id,born_dat\nA,1990\n").unwrap();
    let r = run(
        law(),
        Input {
            path: input,
            format: Format::Csv,
            mapping: None,
        },
        Some(&tmp("notroster-out.csv")),
        Format::Csv,
        &Options::default(),
    );
    let e = r.expect_err("an error").to_string();
    assert!(e.contains("`born_dat`") && e.contains("--mapping"), "{e}");
}

#[test]
fn screen_and_check_agree_on_a_record() {
    let mut r = RosterRow::empty();
    r.set("id", "x");
    r.set("as_of", "2025-06-01");
    r.set("born_date", "1999-04-01");
    r.set("born_country", "MX");
    r.set("mother_citizen", "yes");
    r.set("action_kind", "removal");
    r.set("action_to", "MX");
    let case = r.to_case().unwrap();
    let got = habeas_batch::screen_record(law(), &Record::Roster(r)).row;
    assert_eq!(got, check_row(law(), &case));
    assert_eq!(got.citizenship_status.as_deref(), Some("undetermined"));
    assert!(got.first_question.is_some());
}

/// Review of 2026-11-29, sixth session: a JSON Lines record with a key
/// written twice was screened with the last value ("citizen" for a birth
/// written "MX" then "US"), where `check` rejects it.
#[test]
fn a_json_record_with_a_key_written_twice_is_an_error_as_in_check() {
    let text = r#"{"format":"habeas.case/1","id":"d","subject":"p","people":{"p":{"born":{"date":"1990-01-01","country":"MX","country":"US"}}}}"#;
    assert!(habeas_case::parse_case(text).is_err());
    let got = habeas_batch::screen_record(
        law(),
        &Record::Json {
            line: 3,
            text: text.to_string(),
        },
    )
    .row;
    assert_eq!(got.citizenship_status, None);
    let error = got.error.expect("an error");
    assert!(
        error.contains("line 3") && error.contains("people.p.born.country"),
        "{error}"
    );
    // The row keeps its id (review of the sixteenth session: it had none).
    assert_eq!(got.id.as_deref(), Some("d"));
}

/// Review of 2026-11-29 (roster R5): a row with a cell too many (an
/// unquoted comma) and a row without an id are errors of their own rows;
/// the others are screened.
#[test]
fn a_row_of_the_wrong_width_or_without_an_id_is_an_error() {
    let input = tmp("width.csv");
    std::fs::write(
        &input,
        "id,as_of,born_date,born_country\n\
         A1,2025-01-01,1990-01-01,US\n\
         A2,2025-01-01,1990-01-01,US,extra\n\
         ,2025-01-01,1990-01-01,US\n\
         A4,2025-01-01,1990-01-01,US\n",
    )
    .unwrap();
    let out = tmp("width-out.csv");
    let summary = screen_file(&input, Format::Csv, None, &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(rows.len(), 4);
    assert_eq!(summary.errors, 2);
    assert!(rows[0].error.is_none());
    assert!(
        rows[1]
            .error
            .as_deref()
            .unwrap_or_default()
            .contains("fields"),
        "{:?}",
        rows[1].error
    );
    assert!(
        rows[2]
            .error
            .as_deref()
            .unwrap_or_default()
            .starts_with("id"),
        "{:?}",
        rows[2].error
    );
    assert_eq!(rows[3].citizenship_status.as_deref(), Some("citizen"));
}

/// Review of 2026-11-30: a JSON Lines line that is not UTF-8 stopped the
/// whole run (the header, then exit 2); it is now that row's error, and the
/// rows after it are screened.
#[test]
fn a_json_line_that_is_not_utf8_is_an_error_of_its_row() {
    let input = tmp("bad-utf8.jsonl");
    let good = r#"{"format":"habeas.case/1","id":"g","as_of":"2025-01-01","subject":"p","people":{"p":{"born":{"date":"1990-01-01","country":"US"}}}}"#;
    let mut bytes = Vec::new();
    bytes.extend_from_slice(good.as_bytes());
    bytes.extend_from_slice(b"\n{\"format\":\"habeas.case/1\",\"id\":\"b\xff\"}\r\n");
    bytes.extend_from_slice(good.replace("\"g\"", "\"h\"").as_bytes());
    bytes.push(b'\n');
    std::fs::write(&input, bytes).unwrap();
    let out = tmp("bad-utf8-out.csv");
    let summary = screen_file(&input, Format::Jsonl, None, &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(summary.errors, 1);
    assert_eq!(rows[0].citizenship_status.as_deref(), Some("citizen"));
    let error = rows[1].error.as_deref().unwrap_or_default();
    assert!(
        error.contains("line 2") && error.contains("UTF-8"),
        "{error}"
    );
    assert_eq!(rows[2].id.as_deref(), Some("h"));
    assert_eq!(rows[2].citizenship_status.as_deref(), Some("citizen"));
}

/// Review of 2026-11-30: a CSV cell whose quote is never closed swallowed
/// the rows after it without a word; the row is now an error that says so.
#[test]
fn an_unclosed_quote_is_named_in_the_row_error() {
    let input = tmp("quote.csv");
    std::fs::write(
        &input,
        "id,as_of,born_date,born_country\n\
         A1,2025-01-01,1990-01-01,US\n\
         A2,\"2025-01-01,1990-01-01,US\n\
         A3,2025-01-01,1990-01-01,US\n",
    )
    .unwrap();
    let out = tmp("quote-out.csv");
    let summary = screen_file(&input, Format::Csv, None, &out, Format::Csv);
    let rows = read_csv_rows(&out);
    assert_eq!(summary.errors, 1);
    assert_eq!(rows.len(), 2);
    assert!(rows[0].error.is_none());
    let error = rows[1].error.as_deref().unwrap_or_default();
    assert!(error.contains("closing quote"), "{error}");
}

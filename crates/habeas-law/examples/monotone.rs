//! Information monotonicity over the law's test corpus: forgetting a fact
//! (a field made unknown, a date made partial, a list of periods made
//! "at least these") may only make an answer less definite, never change
//! it. Each violation is a soundness bug in the law or the engine: with
//! less known, the engine said something different (a wrong definite
//! answer on one side).
//!
//! `cargo run --release -p habeas-law --example monotone -- [DIR_OR_FILE...]`
//! (default: `law` and the published examples). Prints one line per
//! violation and a count; exits 1 when there is one.

use std::path::{Path, PathBuf};

use habeas_lang::Mode;
use habeas_law::Law;
use serde_json::Value;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The answer compared: status, `since`, verdict.
struct Answer {
    status: String,
    since: Option<String>,
    verdict: Option<String>,
}

fn answer(law: &Law, v: &Value) -> Option<Answer> {
    let case = habeas_case::parse_case_value(v.clone()).ok()?;
    let d = law.determine(&case, Mode::Fast);
    Some(Answer {
        status: d.citizenship.status.to_string(),
        since: d.citizenship.since.clone(),
        verdict: d.action.as_ref().map(|a| a.verdict.to_string()),
    })
}

/// Keys whose value is structure, not a fact.
const STRUCTURAL: &[&str] = &[
    "format", "id", "subject", "as_of", "kind", "parent", "child", "a", "b", "person",
];

/// Every way of forgetting one fact of `v`: (description, new case).
fn forgettings(v: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    collect(
        v,
        String::new(),
        "",
        false,
        &mut |ptr, x, key, list_item| {
            let top = ptr.split('/').nth(1).unwrap_or("");
            if !matches!(top, "people" | "relations" | "immigration" | "action") {
                return;
            }
            // A person's own key, or a relation as a whole: structure.
            let depth = ptr.matches('/').count();
            if depth <= 2 {
                return;
            }
            if STRUCTURAL.contains(&key) {
                return;
            }
            // Forget the value (null = unknown), except where null means
            // something else: the bounds of a period (`to` = null is
            // ongoing), list items.
            let period_bound = key == "from" || key == "to";
            if !list_item && !period_bound && !x.is_null() {
                let mut c = v.clone();
                if let Some(slot) = c.pointer_mut(ptr) {
                    *slot = Value::Null;
                    out.push((format!("{ptr} = null"), c));
                }
            }
            // A day made partial: its month, its year.
            if let Some(s) = x.as_str()
                && s.len() == 10
                && habeas_case::PDate::parse(s).is_ok()
            {
                for cut in [7, 4] {
                    let mut c = v.clone();
                    if let Some(slot) = c.pointer_mut(ptr) {
                        *slot = Value::String(s[..cut].to_string());
                        out.push((format!("{ptr} = {}", &s[..cut]), c));
                    }
                }
            }
            // A complete list of periods made "at least these".
            if matches!(key, "presence" | "residence")
                && let Some(list) = x.as_array()
            {
                let mut c = v.clone();
                if let Some(slot) = c.pointer_mut(ptr) {
                    *slot = serde_json::json!({"known": list, "complete": false});
                    out.push((format!("{ptr} = at least these"), c));
                }
            }
        },
    );
    out
}

fn collect(
    x: &Value,
    ptr: String,
    key: &str,
    list_item: bool,
    f: &mut dyn FnMut(&str, &Value, &str, bool),
) {
    f(&ptr, x, key, list_item);
    match x {
        Value::Object(m) => {
            for (k, y) in m {
                let p = format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1"));
                collect(y, p, k, false, f);
            }
        }
        Value::Array(a) => {
            for (i, y) in a.iter().enumerate() {
                collect(y, format!("{ptr}/{i}"), key, true, f);
            }
        }
        _ => {}
    }
}

fn rank(status: &str) -> bool {
    status != "undetermined"
}

/// Whether `less` (the answer with a fact forgotten) is a sound weakening
/// of `more`.
fn violation(more: &Answer, less: &Answer) -> Option<String> {
    if rank(&less.status) && less.status != more.status {
        return Some(format!(
            "status {} with the fact, {} without",
            more.status, less.status
        ));
    }
    if let (Some(a), Some(b)) = (more.since.as_deref(), less.since.as_deref())
        && rank(&more.status)
        && less.status == more.status
        && a != b
    {
        // A partial `since` may widen; a different day is wrong.
        let widened = a.starts_with(b) || b.contains("..");
        if !widened {
            return Some(format!("since {a} with the fact, {b} without"));
        }
    }
    match (more.verdict.as_deref(), less.verdict.as_deref()) {
        (Some(m), Some("no_bar_found")) if m != "no_bar_found" => {
            Some(format!("verdict {m} with the fact, no_bar_found without"))
        }
        _ => None,
    }
}

fn case_files(args: &[String]) -> Vec<PathBuf> {
    let roots: Vec<PathBuf> = if args.is_empty() {
        vec![PathBuf::from("law"), PathBuf::from("../shared/cases")]
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    let mut out = Vec::new();
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(p) {
                let mut v: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                v.sort();
                for x in v {
                    walk(&x, out);
                }
            }
        } else if p.extension().is_some_and(|e| e == "json")
            && !p.to_string_lossy().ends_with(".expect.json")
        {
            out.push(p.to_path_buf());
        }
    }
    for r in &roots {
        walk(r, &mut out);
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let law = Law::embedded()?;
    let files = case_files(&args);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<Vec<PathBuf>> = (0..threads)
        .map(|t| files.iter().skip(t).step_by(threads).cloned().collect())
        .collect();
    let results: Vec<(usize, Vec<String>)> = std::thread::scope(|s| {
        let hs: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let law = &law;
                s.spawn(move || {
                    let mut tried = 0;
                    let mut bad = Vec::new();
                    for f in chunk {
                        let Ok(text) = std::fs::read_to_string(f) else {
                            continue;
                        };
                        let Ok(v) = serde_json::from_str::<Value>(&text) else {
                            continue;
                        };
                        let case = v.get("case").cloned().unwrap_or(v);
                        let Some(full) = answer(law, &case) else {
                            continue;
                        };
                        for (what, c) in forgettings(&case) {
                            let Some(less) = answer(law, &c) else {
                                continue;
                            };
                            tried += 1;
                            if let Some(why) = violation(&full, &less) {
                                bad.push(format!("{}: {what}: {why}", f.display()));
                            }
                        }
                    }
                    (tried, bad)
                })
            })
            .collect();
        hs.into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut tried = 0;
    let mut bad = 0;
    for (t, b) in results {
        tried += t;
        bad += b.len();
        for line in b {
            println!("{line}");
        }
    }
    println!(
        "{} cases, {tried} facts forgotten, {bad} violations",
        files.len()
    );
    if bad > 0 {
        std::process::exit(1);
    }
    Ok(())
}

//! Law test cases: a case with the answer the law must give, tagged with
//! its source. Used by `habeas law test` and by the test suites.

use std::path::{Path, PathBuf};

use habeas_lang::Mode;
use serde::Deserialize;
use serde_json::Value;

use crate::{Determination, Law};

/// What a test expects. Every field is optional; the expectation is a
/// subset of the determination.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// `status`, `since`.
    #[serde(default)]
    pub citizenship: Option<ExpectCitizenship>,
    /// `verdict`, `bars`, `bars_absent`.
    #[serde(default)]
    pub action: Option<ExpectAction>,
    /// Fact paths that must be among the missing facts.
    #[serde(default)]
    pub missing_includes: Vec<String>,
    /// The case must be rejected at this path.
    #[serde(default)]
    pub error: Option<ExpectError>,
    /// Rules that must be in the basis.
    #[serde(default)]
    pub basis_includes: Vec<String>,
    /// Legal-review flags must (true) or must not (false) be raised.
    #[serde(default)]
    pub flagged: Option<bool>,
}

/// Expected citizenship.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectCitizenship {
    /// Status.
    #[serde(default)]
    pub status: Option<String>,
    /// Since.
    #[serde(default)]
    pub since: Option<String>,
}

/// Expected action part.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectAction {
    /// Verdict.
    #[serde(default)]
    pub verdict: Option<String>,
    /// Bars that must hold.
    #[serde(default)]
    pub bars: Vec<String>,
    /// Bars that must not hold.
    #[serde(default)]
    pub bars_absent: Vec<String>,
}

/// Expected error.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectError {
    /// JSON path.
    pub path: String,
}

/// One test.
#[derive(Clone, Debug)]
pub struct LawTest {
    /// Its name.
    pub name: String,
    /// Where it came from.
    pub file: PathBuf,
    /// Its source (authority).
    pub source: String,
    /// The case JSON.
    pub case: Value,
    /// The expectation.
    pub expect: Expect,
    /// A key written twice in the case: (path, key). The CLI and the server
    /// refuse such a case; so does the runner (review of the sixteenth
    /// session: `law test` found "the case is valid" where `check` refused
    /// it).
    pub duplicate: Option<(String, String)>,
}

#[derive(Deserialize)]
struct TestFile {
    name: Option<String>,
    source: String,
    #[serde(default)]
    #[expect(dead_code, reason = "read by people, not by the runner")]
    description: Option<String>,
    case: Value,
    expect: Expect,
}

/// Reads one test file: either the law-test format
/// (`{name, source, description, case, expect}`) or a case `NAME.json`
/// with `NAME.expect.json` beside it (the shared example format).
pub fn read_test(path: &Path) -> Result<LawTest, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let stem = path
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .trim_end_matches(".json")
        .to_string();
    // The CLI's reader first: a key written twice is the case's error (the
    // test may expect it), read leniently to go on.
    let mut duplicate = match habeas_case::parse_json(text.as_bytes()) {
        Err(habeas_case::JsonError::Duplicate { path: at, key }) => Some((at, key)),
        _ => None,
    };
    let value: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if value.get("expect").is_some() && value.get("case").is_some() {
        if let Some((at, key)) = duplicate.take() {
            match at.strip_prefix("case") {
                Some(rest) if rest.is_empty() || rest.starts_with(['.', '[']) => {
                    duplicate = Some((rest.trim_start_matches('.').to_string(), key));
                }
                _ => {
                    return Err(format!(
                        "{}: `{at}`: {}",
                        path.display(),
                        habeas_case::JsonError::duplicate_message(&key)
                    ));
                }
            }
        }
        let t: TestFile =
            serde_json::from_value(value).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(LawTest {
            name: t.name.unwrap_or(stem),
            file: path.to_path_buf(),
            source: t.source,
            case: t.case,
            expect: t.expect,
            duplicate,
        });
    }
    let exp_path = path.with_file_name(format!("{stem}.expect.json"));
    let exp_text =
        std::fs::read_to_string(&exp_path).map_err(|e| format!("{}: {e}", exp_path.display()))?;
    let expect: Expect =
        serde_json::from_str(&exp_text).map_err(|e| format!("{}: {e}", exp_path.display()))?;
    Ok(LawTest {
        name: stem,
        file: path.to_path_buf(),
        source: "example".into(),
        case: value,
        expect,
        duplicate,
    })
}

/// Finds test files under a folder (every `*.json` that is not an
/// `*.expect.json`), sorted. In a law folder (one with `law.toml`), whose
/// data files are JSON too, only those under a `tests` or `cases` folder.
pub fn find_tests(dir: &Path) -> Vec<PathBuf> {
    let law_folder = dir.join("law.toml").exists();
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "json")
                && !p.to_string_lossy().ends_with(".expect.json")
                && (!law_folder
                    || p.components()
                        .any(|c| c.as_os_str() == "tests" || c.as_os_str() == "cases"))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The result of running one test.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The differences between expected and actual (empty: passed).
    pub failures: Vec<String>,
    /// The determination, when the case was valid.
    pub determination: Option<Determination>,
}

/// Runs one test against a law.
pub fn run_test(law: &Law, t: &LawTest) -> Outcome {
    run_test_inner(law, t, None)
}

/// Runs one test, adding what it exercised to `coverage`.
pub fn run_test_with_coverage(
    law: &Law,
    t: &LawTest,
    coverage: &mut habeas_lang::Coverage,
) -> Outcome {
    run_test_inner(law, t, Some(coverage))
}

fn run_test_inner(law: &Law, t: &LawTest, coverage: Option<&mut habeas_lang::Coverage>) -> Outcome {
    let mut failures = Vec::new();
    let case = match &t.duplicate {
        Some((at, key)) => Err(habeas_case::CaseErrors {
            errors: vec![habeas_case::CaseError {
                path: at.clone(),
                message: habeas_case::JsonError::duplicate_message(key),
            }],
        }),
        None => habeas_case::parse_case_value(t.case.clone()),
    };
    let case = match (case, &t.expect.error) {
        (Err(e), Some(want)) => {
            if !e.errors.iter().any(|x| x.path == want.path) {
                failures.push(format!(
                    "error path: expected `{}`, got {}",
                    want.path,
                    e.errors
                        .iter()
                        .map(|x| format!("`{}`", x.path))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            return Outcome {
                failures,
                determination: None,
            };
        }
        (Err(e), None) => {
            failures.push(format!("the case is invalid: {e}"));
            return Outcome {
                failures,
                determination: None,
            };
        }
        (Ok(_), Some(want)) => {
            failures.push(format!(
                "expected an error at `{}`, but the case is valid",
                want.path
            ));
            return Outcome {
                failures,
                determination: None,
            };
        }
        (Ok(c), None) => c,
    };
    let d = match coverage {
        Some(c) => law.determine_with_coverage(&case, Mode::Explain, c),
        None => law.determine(&case, Mode::Explain),
    };
    if let Some(c) = &t.expect.citizenship {
        if let Some(s) = &c.status
            && d.citizenship.status != s
        {
            failures.push(format!(
                "citizenship.status: expected `{s}`, got `{}`",
                d.citizenship.status
            ));
        }
        if let Some(s) = &c.since
            && d.citizenship.since.as_deref() != Some(s.as_str())
        {
            failures.push(format!(
                "citizenship.since: expected `{s}`, got {}",
                d.citizenship
                    .since
                    .as_deref()
                    .map_or("none".into(), |x| format!("`{x}`"))
            ));
        }
    }
    if let Some(a) = &t.expect.action {
        match &d.action {
            None => {
                failures.push("action: expected an action part, but the case has no action".into())
            }
            Some(got) => {
                if let Some(v) = &a.verdict
                    && got.verdict != v
                {
                    failures.push(format!(
                        "action.verdict: expected `{v}`, got `{}`",
                        got.verdict
                    ));
                }
                let held: Vec<&str> = got.bars.iter().map(|b| b.kind.as_str()).collect();
                for b in &a.bars {
                    if !held.contains(&b.as_str()) {
                        failures.push(format!(
                            "action.bars: expected `{b}` to hold; holding: [{}]",
                            held.join(", ")
                        ));
                    }
                }
                for b in &a.bars_absent {
                    if held.contains(&b.as_str()) {
                        failures.push(format!(
                            "action.bars: expected `{b}` not to hold, but it does"
                        ));
                    }
                }
            }
        }
    }
    let all_missing: Vec<&str> = d
        .citizenship
        .missing
        .iter()
        .chain(d.action.iter().flat_map(|a| a.missing.iter()))
        .map(|m| m.fact.as_str())
        .collect();
    for m in &t.expect.missing_includes {
        let found = all_missing
            .iter()
            .any(|f| *f == m || f.starts_with(&format!("{m}.")) || f.starts_with(&format!("{m}[")));
        if !found {
            failures.push(format!(
                "missing: expected `{m}` among [{}]",
                all_missing.join(", ")
            ));
        }
    }
    for b in &t.expect.basis_includes {
        if !d.citizenship.basis.iter().any(|x| &x.rule == b) {
            failures.push(format!("basis: expected rule `{b}`"));
        }
    }
    if let Some(f) = t.expect.flagged {
        let any = !d.citizenship.flags.is_empty()
            || d.action.as_ref().is_some_and(|a| !a.flags.is_empty());
        if any != f {
            failures.push(format!(
                "flags: expected {}legal-review flag",
                if f { "a " } else { "no " }
            ));
        }
    }
    Outcome {
        failures,
        determination: Some(d),
    }
}

/// A coverage report: which rules and version windows the tests exercised.
pub fn coverage_report(law: &Law, cov: &habeas_lang::Coverage) -> (String, usize) {
    let prog = law.program();
    let mut out = String::new();
    let mut untested = 0;
    let mut by_file: std::collections::BTreeMap<String, Vec<String>> =
        std::collections::BTreeMap::new();
    let (mut rules, mut hit, mut windows, mut windows_hit) = (0, 0, 0, 0);
    for (i, r) in prog.rules.iter().enumerate() {
        if r.is_def {
            continue;
        }
        rules += 1;
        let file = prog
            .files
            .get(r.file)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        let res = cov.results.get(&i).copied().unwrap_or_default();
        let total: u32 = res.iter().sum();
        let mut line = if total == 0 {
            untested += 1;
            format!("  UNTESTED {}", r.name)
        } else {
            hit += 1;
            let mut seen = Vec::new();
            if r.ret == habeas_lang::Type::Bool {
                for (k, name) in [(2, "yes"), (0, "no"), (1, "unknown")] {
                    if res[k] > 0 {
                        seen.push(name);
                    }
                }
            }
            format!(
                "  ok       {} ({} evaluations{})",
                r.name,
                total,
                if seen.is_empty() {
                    String::new()
                } else {
                    format!("; results seen: {}", seen.join(", "))
                }
            )
        };
        if let Some(vs) = &r.versions {
            let missing: Vec<String> = (0..vs.entries.len())
                .filter(|w| !cov.windows.contains(&(i, *w)))
                .map(|w| {
                    let e = &vs.entries[w];
                    format!(
                        "{}..{}",
                        habeas_lang::dates::fmt_day(e.from),
                        habeas_lang::dates::fmt_day(e.to)
                    )
                })
                .collect();
            windows += vs.entries.len();
            windows_hit += vs.entries.len() - missing.len();
            if !missing.is_empty() {
                line.push_str(&format!("; windows never applied: {}", missing.join(", ")));
            }
        }
        by_file.entry(file).or_default().push(line);
    }
    for (f, lines) in by_file {
        out.push_str(&format!("{f}\n"));
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out.push_str(&format!("coverage: {hit} of {rules} rules evaluated by the tests; {windows_hit} of {windows} version windows applied\n"));
    (out, untested)
}

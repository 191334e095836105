//! # habeas-cli: the `habeas` command
//!
//! Glue only: reads input, calls the law, prints. Every command is a
//! function from arguments to an [`Output`] (exit code, standard output,
//! standard error), so tests run the commands without a process.
//!
//! Exit codes: 0 whenever a determination (or report) is printed, whatever
//! it says; 2 for invalid input (a case, a law folder); 1 for internal
//! errors.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use habeas_lang::Mode;
use habeas_law::testing::{find_tests, read_test, run_test};
use habeas_law::{Law, LoadError};

/// What a command produced.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Output {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Output {
    fn ok(stdout: String) -> Output {
        Output {
            code: 0,
            stdout,
            stderr: String::new(),
        }
    }
    fn fail(code: i32, stderr: String) -> Output {
        Output {
            code,
            stdout: String::new(),
            stderr,
        }
    }
}

/// Loads the law: the embedded one, or an override folder.
pub fn load_law(dir: Option<&Path>) -> Result<Law, LoadError> {
    match dir {
        Some(d) => Law::from_dir(d),
        None => Law::embedded(),
    }
}

fn law_error(e: &LoadError) -> Output {
    let text = match e {
        LoadError::Law(l) => format!("error: {l}\n{}\n", l.plain()),
        other => format!("error: {other}\n"),
    };
    Output::fail(2, text)
}

/// Reads a file, or standard input for `-`.
pub fn read_input(path: &str) -> Result<String, String> {
    let (name, bytes) = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_string(), b)
    } else {
        let b = std::fs::read(path).map_err(|e| format!("cannot read `{path}`: {e}"))?;
        (format!("`{path}`"), b)
    };
    // Say where the text stops being UTF-8 (review of 2026-11-30: the
    // error named no place).
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = good.len() - good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
        format!(
            "{name} is not UTF-8 text: an invalid byte at line {line}, column {column} (byte {}); save the file as UTF-8",
            good.len()
        )
    })
}

/// How to print a determination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Text for people.
    Text,
    /// `habeas.determination/1` JSON.
    Json,
    /// `habeas.determination/1` JSON with the explanation trees
    /// (`check --json --explain`).
    JsonExplain,
    /// The explanation tree.
    Explain,
}

impl Format {
    /// Whether the output is JSON (input errors are then `habeas.error/1`).
    fn is_json(self) -> bool {
        matches!(self, Format::Json | Format::JsonExplain)
    }
}

/// `habeas check` / `habeas explain` on case text.
pub fn check_text(law: &Law, text: &str, format: Format, questions: usize) -> Output {
    check_text_in(law, text, format, questions, None)
}

/// `habeas check` on case text with the questions, the documents that
/// answer them and (in JSON) the notice in `lang`.
fn check_text_in(
    law: &Law,
    text: &str,
    format: Format,
    questions: usize,
    lang: Option<habeas_i18n::Lang>,
) -> Output {
    let case = match habeas_case::parse_case(text) {
        Ok(c) => c,
        Err(e) => {
            return if format.is_json() {
                json_errors(serde_json::json!(e.errors), &e)
            } else {
                Output::fail(2, format!("error: {e}\n"))
            };
        }
    };
    // The trees are read only by the explaining format; the others need the
    // answer alone (the same statuses, flags and questions).
    let mut d = match format {
        Format::Explain | Format::JsonExplain => law.determine(&case, Mode::Explain),
        Format::Json | Format::Text => law.determine_answer(&case),
    };
    if let Some(lang) = lang {
        d.localize(&case, lang);
    }
    let out = match format {
        // The explanation trees are for `explain` and `--explain`.
        Format::Json | Format::JsonExplain => {
            let mut v = d.to_json(format == Format::JsonExplain);
            if let Some(lang) = lang {
                let notice = habeas_i18n::t(lang, "notice", &[]);
                for at in ["/notice", "/action/notice"] {
                    if let Some(n) = v.pointer_mut(at).filter(|n| n.is_string()) {
                        *n = serde_json::Value::String(notice.clone());
                    }
                }
            }
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Text => match lang {
            Some(lang) => habeas_report::text_in(&d, questions, lang),
            None => habeas_report::text(&d, questions),
        },
        Format::Explain => habeas_report::explanation(&d),
    };
    Output::ok(out)
}

/// Input errors with `--json`: a `habeas.error/1` on standard output, the
/// message on standard error, exit code 2.
fn json_errors(errors: serde_json::Value, message: &dyn std::fmt::Display) -> Output {
    let body = serde_json::json!({"format": "habeas.error/1", "errors": errors});
    Output {
        code: 2,
        stdout: format!(
            "{}\n",
            serde_json::to_string_pretty(&body).unwrap_or_default()
        ),
        stderr: format!("error: {message}\n"),
    }
}

/// `habeas check FILE`.
pub fn check(law_dir: Option<&Path>, path: &str, format: Format, questions: usize) -> Output {
    check_in(law_dir, path, format, questions, None)
}

/// `habeas check [--json] --lang LANG FILE`: the determination with every
/// question (and the document that answers it) in `lang`, and in JSON the
/// notice too (review of the sixteenth session: `--lang es` was ignored
/// with `--json`, so a Spanish page built on the JSON had no Spanish
/// notice).
pub fn check_lang(
    law_dir: Option<&Path>,
    path: &str,
    format: Format,
    questions: usize,
    lang: habeas_i18n::Lang,
) -> Output {
    check_in(law_dir, path, format, questions, Some(lang))
}

fn check_in(
    law_dir: Option<&Path>,
    path: &str,
    format: Format,
    questions: usize,
    lang: Option<habeas_i18n::Lang>,
) -> Output {
    let law = match load_law(law_dir) {
        Ok(l) => l,
        Err(e) => return law_error(&e),
    };
    match read_input(path) {
        Ok(text) => check_text_in(&law, &text, format, questions, lang),
        // With `--json`, every input error is a `habeas.error/1` on standard
        // output, as an invalid case's (review of 2026-11-30: a file that is
        // not UTF-8 gave nothing there).
        Err(e) if format.is_json() => {
            json_errors(serde_json::json!([{"path": "", "message": e}]), &e)
        }
        Err(e) => Output::fail(2, format!("error: {e}\n")),
    }
}

/// `habeas law check [DIR]`.
pub fn law_check(dir: Option<&Path>) -> Output {
    match load_law(dir) {
        Ok(l) => {
            let findings = l.safety_findings();
            if !findings.is_empty() {
                let mut err = format!(
                    "error: {} use(s) of `shown(...)` can turn an unknown fact into a harmful answer (not a citizen, no bar):\n",
                    findings.len()
                );
                for f in &findings {
                    err.push_str(&format!(
                        "{}: in `{}`: `{}`\n  reached from: {}\n",
                        f.location,
                        f.rule,
                        f.expr,
                        f.path.join(" -> ")
                    ));
                }
                err.push_str("  help: `shown` models a burden of proof on the other side; if this use was reviewed, tag the rule `\"safety:reviewed\"` and say why in a comment\n");
                return Output::fail(2, err);
            }
            let p = l.program();
            let rules = p.rules.iter().filter(|r| !r.is_def).count();
            Output::ok(format!(
                "the law is valid: {} files, {rules} rules, {} definitions; current as of {}; sha256 {}\n",
                l.files().iter().filter(|(f, _)| f.ends_with(".hb")).count(),
                p.rules.len() - rules,
                l.version().current_as_of,
                l.version().hash
            ))
        }
        Err(e) => law_error(&e),
    }
}

/// `habeas law test [DIR...] [--coverage]`: runs every test beside the law (and any other
/// folders given); with coverage, also report which rules and version
/// windows the tests exercised; fails when a rule is never evaluated.
pub fn law_test_with(
    law_dir: Option<&Path>,
    test_dirs: &[PathBuf],
    filter: Option<&str>,
    verbose: bool,
    coverage: bool,
) -> Output {
    let law = match load_law(law_dir) {
        Ok(l) => l,
        Err(e) => return law_error(&e),
    };
    let mut dirs: Vec<PathBuf> = test_dirs.to_vec();
    if dirs.is_empty() {
        dirs.push(law_dir.map_or_else(default_law_dir, Path::to_path_buf));
    }
    // A mistyped folder is an error, not "0 passed" (review of 2026-11-30,
    // eleventh session).
    if let Some(d) = dirs.iter().find(|d| !d.exists()) {
        return Output::fail(
            2,
            format!(
                "error: `{}`: no such folder or file (expected a folder of law tests, `*.json`)\n",
                d.display()
            ),
        );
    }
    let mut cov = habeas_lang::Coverage::default();
    let mut files = Vec::new();
    for d in &dirs {
        files.extend(find_tests(d));
    }
    if files.is_empty() {
        return Output::fail(
            2,
            format!(
                "error: no law test (`*.json`) found in {}\n",
                dirs.iter()
                    .map(|d| format!("`{}`", d.display()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let mut out = String::new();
    let (mut passed, mut failed) = (0, 0);
    for f in files {
        let t = match read_test(&f) {
            Ok(t) => t,
            Err(e) => {
                failed += 1;
                out.push_str(&format!(
                    "FAIL {}: cannot read the test: {e}\n",
                    f.display()
                ));
                continue;
            }
        };
        if filter.is_some_and(|flt| !t.name.contains(flt) && !f.to_string_lossy().contains(flt)) {
            continue;
        }
        let o = if coverage {
            habeas_law::testing::run_test_with_coverage(&law, &t, &mut cov)
        } else {
            run_test(&law, &t)
        };
        if o.failures.is_empty() {
            passed += 1;
            if verbose {
                out.push_str(&format!("ok   {}\n", t.name));
            }
        } else {
            failed += 1;
            out.push_str(&format!(
                "FAIL {} ({})\n  source: {}\n",
                t.name,
                t.file.display(),
                t.source
            ));
            for x in &o.failures {
                out.push_str(&format!("  - {x}\n"));
            }
        }
    }
    let mut untested = 0;
    if coverage {
        let (report, n) = habeas_law::testing::coverage_report(&law, &cov);
        untested = n;
        out.push_str(&report);
        if n > 0 {
            out.push_str(&format!(
                "{n} rule(s) have no test: every rule must be exercised by a test case\n"
            ));
        }
    }
    out.push_str(&format!("{passed} passed, {failed} failed\n"));
    Output {
        code: if failed == 0 && untested == 0 { 0 } else { 1 },
        stdout: out,
        stderr: String::new(),
    }
}

/// The `law/` folder of this source tree (for `law test` without a folder).
pub fn default_law_dir() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../law");
    if here.is_dir() {
        here
    } else {
        PathBuf::from("law")
    }
}

/// `habeas law doc -o DIR`: the law as a static site for review.
pub fn law_doc(law_dir: Option<&Path>, out: &Path) -> Output {
    let law = match load_law(law_dir) {
        Ok(l) => l,
        Err(e) => return law_error(&e),
    };
    let tests_dir = law_dir.map_or_else(default_law_dir, Path::to_path_buf);
    match habeas_lawdoc::write_site(&law, &[tests_dir.as_path()], out) {
        Ok(pages) => Output::ok(format!(
            "wrote {} pages to {} (open {}/index.html)\n",
            pages.len(),
            out.display(),
            out.display()
        )),
        Err(e) => Output::fail(1, format!("error: {e}\n")),
    }
}

/// `habeas law data`: what changes when in the law's dated data.
pub fn law_data(dir: Option<&Path>, json: bool) -> Output {
    match load_law(dir) {
        Ok(l) => {
            let changes = l.data_changes();
            if json {
                return Output::ok(format!(
                    "{}\n",
                    serde_json::to_string_pretty(&changes).unwrap_or_default()
                ));
            }
            let mut out = String::new();
            for c in &changes {
                out.push_str(&format!(
                    "{}  {}\n            [{}]\n",
                    c.date, c.what, c.source
                ));
            }
            out.push_str(&format!("{} dated changes\n", changes.len()));
            Output::ok(out)
        }
        Err(e) => law_error(&e),
    }
}

/// `habeas schema`: the JSON Schema of `habeas.case/1`.
pub fn schema() -> Output {
    Output::ok(format!(
        "{}\n",
        serde_json::to_string_pretty(&habeas_case::json_schema()).unwrap_or_default()
    ))
}

//! The `habeas` command, end to end: the example corpus through the
//! library entry point, the real binary's exit codes, and snapshots of what
//! people read.

use std::path::PathBuf;
use std::process::Command;

use habeas_cli::{Format, check_text, load_law};
use habeas_law::testing::{find_tests, read_test, run_test};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn habeas(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run habeas");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// Every example in `cases/` (the shared examples and our own) gives the
/// expected answer.
#[test]
fn example_corpus() {
    let law = load_law(None).expect("the embedded law loads");
    let files = find_tests(&root().join("cases"));
    assert!(files.len() >= 9, "the corpus is missing");
    let mut failures = Vec::new();
    for f in &files {
        let t = read_test(f).expect("readable test");
        let o = run_test(&law, &t);
        if !o.failures.is_empty() {
            failures.push(format!("{}:\n  {}", t.name, o.failures.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn exit_codes() {
    let (code, out, _) = habeas(&["check", "cases/born-in-texas.json"]);
    assert_eq!(code, 0);
    assert!(out.contains("U.S. CITIZEN"));
    let (code, _, err) = habeas(&["check", "cases/invalid-leap-day.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("people.p.born.date"), "{err}");
    let (code, out, _) = habeas(&["check", "--json", "cases/invalid-leap-day.json"]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json errors");
    assert_eq!(v["errors"][0]["path"], "people.p.born.date");
    // `--json --explain` writes its input errors the same way (review of
    // 2026-11-30: it had its own path, with the message on stderr only).
    for file in ["cases/invalid-leap-day.json", "no-such-file.json"] {
        let (code, out, err) = habeas(&["check", "--json", "--explain", file]);
        assert_eq!(code, 2, "{file}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json errors");
        assert_eq!(v["format"], "habeas.error/1", "{file}");
        assert!(err.starts_with("error: "), "{file}: {err}");
    }
    let (code, _, err) = habeas(&["check", "no-such-file.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"));
    let (code, _, _) = habeas(&["law", "check"]);
    assert_eq!(code, 0);
}

#[test]
fn json_output_is_the_determination_format() {
    let (code, out, _) = habeas(&["check", "--json", "cases/born-in-texas.json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["format"], "habeas.determination/1");
    assert_eq!(v["citizenship"]["status"], "citizen");
    assert_eq!(v["citizenship"]["since"], "1991-07-04");
    assert_eq!(v["action"]["verdict"], "barred");
    assert_eq!(v["action"]["bars"][0]["kind"], "citizen");
    assert!(v["citizenship"].get("explanation").is_none());
    let (_, out, _) = habeas(&["check", "--json", "--explain", "cases/born-in-texas.json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(v["citizenship"]["explanation"].is_object());
}

/// `--lang es` with `--json`: the same determination, with the questions
/// and the notice in Spanish (review of the sixteenth session: the
/// language was ignored with `--json`).
#[test]
fn json_output_in_spanish_says_the_notice_in_spanish() {
    let test: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join(
            "law/removal/tests/review16/naturalized-denaturalized-for-concealment-final-order.json",
        ))
        .expect("test file"),
    )
    .expect("json");
    let path = std::env::temp_dir().join(format!("habeas-es-{}.json", std::process::id()));
    std::fs::write(&path, test["case"].to_string()).expect("write");
    let p = path.to_str().expect("utf-8 path");
    let (code, en, _) = habeas(&["check", "--json", p]);
    assert_eq!(code, 0);
    let (code, es, _) = habeas(&["check", "--json", "--lang", "es", p]);
    assert_eq!(code, 0);
    let (en, es): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(&en).expect("json"),
        serde_json::from_str(&es).expect("json"),
    );
    assert_eq!(es["action"]["verdict"], "no_bar_found");
    assert_eq!(es["action"]["verdict"], en["action"]["verdict"]);
    assert_eq!(es["citizenship"]["status"], en["citizenship"]["status"]);
    for notice in [&es["notice"], &es["action"]["notice"]] {
        let n = notice.as_str().expect("a notice");
        assert!(n.contains("no es asesoría legal"), "{n}");
    }
    assert!(
        en["action"]["notice"]
            .as_str()
            .is_some_and(|n| n.contains("not legal advice"))
    );
    let _ = std::fs::remove_file(&path);
}

#[test]
fn stdin_is_read_for_dash() {
    let text = std::fs::read_to_string(root().join("cases/born-in-texas.json")).expect("example");
    let mut child = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["check", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write as _;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("U.S. CITIZEN"));
}

/// A reader that closes the pipe early (`habeas explain ... | head`) is no
/// error: no panic, the usual exit code.
#[test]
fn a_closed_pipe_is_not_a_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["explain", "cases/derivation-ina320.json"])
        .current_dir(root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Close the reading end before habeas writes anything.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// Review of 2026-11-30: a failed write (a full disk) exited 0 with no
/// word; input that is empty, not UTF-8 or starts with a byte-order mark
/// gets a plain message (or is read); `check --explain` prints the
/// explanation; `--help` lists the exit codes.
#[test]
fn write_failures_and_awkward_input() {
    if std::path::Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
            .args(["check", "cases/born-in-texas.json"])
            .current_dir(root())
            .stdout(full)
            .output()
            .expect("run habeas");
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("could not be written"));
    }
    let dir = std::env::temp_dir().join(format!("habeas-cli-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary file");
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "  \n").expect("a temporary file");
    let (code, _, err) = habeas(&["check", empty.to_str().expect("a UTF-8 path")]);
    assert_eq!(code, 2);
    assert!(err.contains("the input is empty"), "{err}");
    let latin1 = dir.join("latin1.json");
    std::fs::write(
        &latin1,
        b"{\"format\": \"habeas.case/1\",\n \"id\": \"Jos\xe9\"}",
    )
    .expect("a temporary file");
    let (code, _, err) = habeas(&["check", latin1.to_str().expect("a UTF-8 path")]);
    assert_eq!(code, 2);
    assert!(err.contains("line 2, column 12"), "{err}");
    let bom = dir.join("bom.json");
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(std::fs::read(root().join("cases/born-in-texas.json")).expect("the example"));
    std::fs::write(&bom, text).expect("a temporary file");
    let (code, out, _) = habeas(&["check", bom.to_str().expect("a UTF-8 path")]);
    assert_eq!(code, 0);
    assert!(out.contains("U.S. CITIZEN"));
    let (code, out, _) = habeas(&["check", "--explain", "cases/born-in-texas.json"]);
    assert_eq!(code, 0);
    assert!(out.contains("=> YES"), "{out}");
    let (_, out, _) = habeas(&["--help"]);
    assert!(out.contains("Exit codes:"), "{out}");
}

/// The text people read, for a few representative cases.
#[test]
fn text_snapshots() {
    let law = load_law(None).expect("law");
    for name in [
        "born-in-texas",
        "naturalized-later-crime",
        "american-samoa-national",
        "invalid-leap-day",
    ] {
        let text =
            std::fs::read_to_string(root().join(format!("cases/{name}.json"))).expect("example");
        let out = check_text(&law, &text, Format::Text, 3);
        let shown = format!("exit {}\n{}{}", out.code, out.stdout, out.stderr);
        // The law's hash changes with every edit of the law; hide it.
        let shown = shown
            .lines()
            .map(|l| {
                if l.starts_with("Law current as of") {
                    "Law current as of [...]"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        insta::assert_snapshot!(format!("text_{name}"), shown);
    }
}

#[test]
fn explanation_snapshots() {
    let law = load_law(None).expect("law");
    for name in ["born-in-texas", "naturalized-later-crime"] {
        let text =
            std::fs::read_to_string(root().join(format!("cases/{name}.json"))).expect("example");
        let out = check_text(&law, &text, Format::Explain, 3);
        insta::assert_snapshot!(format!("explain_{name}"), out.stdout);
    }
}

/// `check --lang es`: the text for a Spanish-speaking family, labels and
/// questions in Spanish.
#[test]
fn spanish_text_snapshot() {
    let (code, out, _) = habeas(&[
        "check",
        "--lang",
        "es",
        "cases/abroad-mother-presence-unknown.json",
    ]);
    assert_eq!(code, 0);
    let shown = out
        .lines()
        .map(|l| {
            if l.starts_with("Ley vigente a") {
                "Ley vigente a [...]"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        shown.contains("Ciudadanía:") && shown.contains("Preguntas abiertas"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);
}

//! `habeas interview` driven through a pseudo-terminal, as a person would
//! use it: the real binary, the real prompt (inquire), answers typed key
//! by key.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use expectrl::Session;
use serde_json::Value;

fn out_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("habeas-interview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn spawn(args: &[&str]) -> Session {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_habeas"));
    cmd.arg("interview")
        .args(args)
        .env("LANG", "C")
        .env("TERM", "xterm");
    let mut s = Session::spawn(cmd).unwrap();
    // Generous: a debug build on a busy machine. Not a timing assertion.
    s.set_expect_timeout(Some(Duration::from_secs(180)));
    s
}

/// Waits for `prompt` (a text unique to the prompt), then types `answer`
/// and Enter.
fn answer(s: &mut Session, prompt: &str, answer: &str) {
    s.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    s.send(answer).unwrap();
    s.send("\r").unwrap();
}

fn check_json(path: &PathBuf) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(["check", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A child born abroad, a lawful permanent resident living with the mother,
/// who naturalized while the child was under 18 (INA 320): settled from an
/// empty start in 7 questions (9 prompts: birth date and country are one
/// question, the family is one question of three prompts; the person's own
/// U.S. documents are asked first).
#[test]
fn derivation_from_nothing_in_seven_questions() {
    let out = out_file("derivation.json");
    let o = out.to_str().unwrap();
    let mut s = spawn(&["--lang", "en", "-o", o]);
    answer(&mut s, "When was the person born", "1995-01-01");
    answer(&mut s, "Where was the person born", "ph");
    s.expect("Current answer").unwrap();
    // The person's own U.S. documents: none.
    answer(&mut s, "U.S. document that shows", "no");
    // A correction: "back" undoes the document question, then the birth,
    // which is asked again.
    answer(&mut s, "married to each other", "back");
    answer(&mut s, "U.S. document that shows", "back");
    answer(&mut s, "When was the person born", "soon");
    s.expect("Write a date as YYYY-MM-DD").unwrap();
    // Clear the invalid answer (inquire keeps it on screen) and retype.
    for _ in 0.."soon".len() {
        s.send("\x7f").unwrap();
    }
    s.send("1994-03-10\r").unwrap();
    answer(&mut s, "Where was the person born", "PH");
    s.expect("Current answer").unwrap();
    answer(&mut s, "U.S. document that shows", "none");
    answer(&mut s, "married to each other", "yes");
    answer(
        &mut s,
        "When did the mother and the father marry",
        "1992-01-20",
    );
    answer(
        &mut s,
        "Did the mother have legal and physical custody",
        "1998-07-01",
    );
    // Asked too (custody is often joint); "no" records nothing.
    answer(
        &mut s,
        "Did the father have legal and physical custody",
        "no",
    );
    s.expect("Current answer").unwrap();
    answer(
        &mut s,
        "Did the mother become a U.S. citizen by naturalization",
        "2003-09-15",
    );
    s.expect("Current answer").unwrap();
    // Then the person's own conditions, in the order the law ranks them,
    // until the answer is settled (a child under 14 is not asked whether
    // they married).
    let mut asked = 4;
    loop {
        let c = s
            .expect(expectrl::Regex(
                "Where did the person live|Has the person ever married|lawful permanent resident",
            ))
            .unwrap();
        let reply = match c.get(0).unwrap_or_default() {
            b"Where did the person live" => "1999-05-01..",
            b"Has the person ever married" => "no",
            _ => "1999-05-01",
        };
        asked += 1;
        assert!(
            asked <= 7,
            "more questions than the seven this case needs (before the action)"
        );
        s.send(reply).unwrap();
        s.send("\r").unwrap();
        let after = s
            .expect(expectrl::Regex(
                "Current answer: U.S. citizen, since 2003-09-15|Current answer",
            ))
            .unwrap();
        if after
            .get(0)
            .unwrap_or_default()
            .starts_with(b"Current answer: U.S.")
        {
            break;
        }
    }
    // Citizenship settled: what is proposed is asked last.
    answer(&mut s, "What is proposed for the person", "nothing yet");
    asked += 1;
    s.expect(format!("{asked} questions asked").as_str())
        .unwrap();
    s.expect("Saved the case").unwrap();
    let saved = check_json(&out);
    assert_eq!(saved["citizenship"]["status"], "citizen");
    assert_eq!(saved["citizenship"]["since"], "2003-09-15");
    assert_eq!(
        saved["citizenship"]["basis"][0]["rule"],
        "derived_from_parent"
    );
}

/// Every question answered "no sé" (plain mode, Spanish): the interview
/// asks each question once, ends when nothing more can be asked, and the
/// saved case re-checks to the same undetermined answer, whose open
/// questions are the ones the person could not answer.
#[test]
fn dont_know_ends_undetermined_with_the_remaining_questions() {
    let out = out_file("dont-know.json");
    let o = out.to_str().unwrap();
    let mut s = spawn(&["--lang", "es", "--plain", "-o", o]);
    answer(&mut s, "¿Cuándo nació la persona", "1994-03-10");
    answer(&mut s, "¿Dónde nació la persona", "PH");
    // One prompt at a time (line mode waits for each answer); a prompt
    // that opens a question has "Pregunta N" and the question before it.
    let mut questions: Vec<String> = Vec::new();
    loop {
        let c = s
            .expect(expectrl::Regex(r"\) > |no puede preguntar nada más"))
            .unwrap();
        if c.get(0) != Some(&b") > "[..]) {
            break;
        }
        let before = String::from_utf8_lossy(c.before()).to_string();
        if let Some(rest) = before.split("Pregunta ").nth(1) {
            let q = rest.lines().nth(1).unwrap_or_default().trim().to_string();
            assert!(!questions.contains(&q), "asked twice: {q}");
            questions.push(q);
        }
        s.send("no sé\r").unwrap();
    }
    s.expect("Preguntas abiertas").unwrap();
    s.expect("Se guardó el caso").unwrap();
    assert!(questions.len() > 5, "{questions:#?}");
    let saved = check_json(&out);
    assert_eq!(saved["citizenship"]["status"], "undetermined");
    let facts: Vec<&str> = saved["citizenship"]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["fact"].as_str().unwrap())
        .collect();
    // The parents' facts the person did not know are still open (a fact
    // may be named more precisely: `people.mother.born.date`).
    for f in [
        "people.mother.born",
        "people.mother.naturalized",
        "people.father.naturalized",
    ] {
        assert!(
            facts.iter().any(|x| *x == f
                || x.starts_with(&format!("{f}."))
                || x.starts_with(&format!("{f}["))),
            "{f} not in {facts:?}"
        );
    }
}

/// `habeas check --lang es`: the open questions in Spanish.
#[test]
fn check_in_spanish_asks_in_spanish() {
    let case = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../cases/abroad-mother-presence-unknown.json"
    );
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
            .args(["check", "--lang", lang, case])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let es = run("es");
    assert!(es.contains("¿"), "{es}");
    let en = run("en");
    assert!(!en.contains("¿") && en.contains("?"), "{en}");
}

/// A partial case that is not valid is refused before any question, with
/// the JSON path of the problem.
#[test]
fn an_invalid_partial_case_is_refused() {
    let bad = out_file("bad.json");
    std::fs::write(
        &bad,
        r#"{"format": "habeas.case/1", "subject": "p", "people": {"p": {"born": {"date": "2023-02-29"}}}}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_habeas"))
        .arg("interview")
        .arg(&bad)
        .args(["--plain", "-o", out_file("never.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("people.p.born.date"), "{err}");
}

//! The interview over plain lines (no terminal): the same logic the
//! terminal prompt runs.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]

use std::collections::BTreeSet;

use habeas_case::parse_case_value;
use habeas_i18n::Lang;
use habeas_interview::answer::control;
use habeas_interview::{Ask, Check, End, Interview, LinePrompter, Prompter, Reply, empty_case};
use habeas_lang::Mode;
use habeas_law::Law;

fn run(lang: Lang, input: &str) -> (habeas_interview::Summary, BTreeSet<String>, String) {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), lang).unwrap();
    let mut out = Vec::new();
    let summary = iv
        .run(&mut LinePrompter::new(input.as_bytes(), &mut out))
        .unwrap();
    let dk = iv.dont_know().clone();
    (summary, dk, String::from_utf8(out).unwrap())
}

/// Answers by the question asked (a person reading the question), in
/// order of the script: the first entry whose text the question contains.
struct Person {
    script: Vec<(&'static str, &'static str)>,
    asked: Vec<String>,
}

impl Prompter for Person {
    fn say(&mut self, _: &str) -> std::io::Result<()> {
        Ok(())
    }
    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply> {
        self.asked.push(question.to_string());
        let i = self
            .script
            .iter()
            .position(|(q, _)| question.contains(q))
            .unwrap_or_else(|| panic!("unexpected question: {question}"));
        let (_, a) = self.script.remove(i);
        Ok(match control(a) {
            Some(c) => Reply::Control(c),
            None => Reply::Value(check.parse(a, lang).unwrap()),
        })
    }
}

#[test]
fn derivation_in_seven_questions_with_a_correction() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut person = Person {
        script: vec![
            ("When was the person born", "1995-01-01"),
            ("Where was the person born", "PH"),
            // Right after the birth: a U.S. document would settle it.
            ("U.S. document that shows", "no"),
            // A correction: back to the document question, then the birth.
            ("married to each other", "back"),
            ("U.S. document that shows", "back"),
            ("When was the person born", "1994-03-10"),
            ("Where was the person born", "PH"),
            ("U.S. document that shows", "no"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "1992-01-20"),
            (
                "Did the mother have legal and physical custody",
                "1998-07-01",
            ),
            // Asked too: custody is often joint (a "no" records nothing).
            ("Did the father have legal and physical custody", "no"),
            (
                "Did the mother become a U.S. citizen by naturalization",
                "2003-09-15",
            ),
            ("Where did the person live", "1999-05-01.."),
            // Not asked since 2026-11-29: the child was 9 at the mother's
            // oath, and a child under 14 is taken to be unmarried.
            ("lawful permanent resident", "1999-05-01"),
            // Citizenship settled, the proposed action is asked.
            ("What is proposed for the person", "nothing yet"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut person).unwrap();
    assert_eq!(s.end, End::Settled, "{:#?}", person.asked);
    assert!(person.script.is_empty(), "{:#?}", person.script);
    assert_eq!(s.questions, 7);
    assert!(s.case.get("action").is_none(), "{:#}", s.case);
    assert_eq!(s.determination.citizenship.status, "citizen");
    assert_eq!(
        s.determination.citizenship.since.as_deref(),
        Some("2003-09-15")
    );
    // The case saved re-checks to the same determination.
    let again = law.determine(&parse_case_value(s.case.clone()).unwrap(), Mode::Explain);
    assert_eq!(
        again.to_json(false)["citizenship"],
        s.determination.to_json(false)["citizenship"]
    );
    assert_eq!(s.case["people"]["person"]["born"]["date"], "1994-03-10");
}

/// Born abroad, in wedlock, to a mother born in the United States with
/// enough presence there and an alien father (INA 301(g)): 10 questions (the father's "never a citizen" is testimony).
#[test]
fn acquisition_through_a_us_born_mother_in_ten_questions() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut person = Person {
        script: vec![
            ("When was the person born", "2000-05-05"),
            ("Where was the person born", "MX"),
            ("U.S. document that shows", "don't know"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "1998-01-01"),
            (
                "Did the mother have legal and physical custody",
                "2000-05-05",
            ),
            ("Did the father have legal and physical custody", "no"),
            (
                "Did the mother become a U.S. citizen by naturalization",
                "no",
            ),
            (
                "Did the father become a U.S. citizen by naturalization",
                "no",
            ),
            ("When was the mother born", "1975-01-01"),
            ("Where was the mother born", "US"),
            ("Has the father ever been a U.S. citizen", "no"),
            (
                "When was the mother physically in the United States",
                "1975-01-01..2000-01-01",
            ),
            // "No" is the family's word (testimony), a claim to investigate
            // that leaves the father's routes open (spec, Person.citizenship),
            // so § 301(c) through both parents is still open and the
            // mother's residence is asked first.
            ("Where did the mother live", "1975-01-01..2000-01-01"),
            ("What is proposed for the person", "Deportation"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut person).unwrap();
    assert_eq!(s.end, End::Settled, "{:#?}", person.asked);
    assert!(person.script.is_empty(), "{:#?}", person.script);
    assert_eq!(s.questions, 10, "{:#?}", person.asked);
    assert_eq!(s.determination.action.as_ref().unwrap().verdict, "barred");
    assert_eq!(s.determination.citizenship.status, "citizen");
    assert_eq!(
        s.determination.citizenship.since.as_deref(),
        Some("2000-05-05")
    );
    assert_eq!(
        s.case["people"]["father"]["citizenship"]["status"],
        "not_citizen"
    );
}

#[test]
fn line_mode_shows_the_answer_after_every_step() {
    let input = "2001-07-04\nPH\nno\nyes\n1999-01-01\n2001-07-04\nno\n2003-01-01\n";
    let (s, _, out) = run(Lang::En, input);
    assert_eq!(s.questions, 4, "{out}");
    assert_eq!(out.matches("Current answer:").count(), 5, "{out}");
}

/// One question settles the citizenship; the second asks what is
/// proposed (a citizen may still face an extradition).
#[test]
fn born_in_the_united_states_in_one_question() {
    // (No document is asked: the birth settles it.)
    let (s, _, out) = run(Lang::En, "2001-07-04\nUS\nnone\n");
    assert_eq!(s.end, End::Settled, "{out}");
    assert_eq!(s.questions, 2, "{out}");
    assert_eq!(s.determination.citizenship.status, "citizen");
    assert!(s.determination.action.is_none());
    assert!(out.contains("What is proposed for the person"), "{out}");
}

/// Answers the questions whose text contains one of the keys, and
/// "don't know" to every other; records what was asked.
struct ByText {
    answers: Vec<(&'static str, &'static str)>,
    asked: Vec<String>,
}

impl Prompter for ByText {
    fn say(&mut self, _: &str) -> std::io::Result<()> {
        Ok(())
    }
    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply> {
        self.asked.push(question.to_string());
        Ok(
            match self.answers.iter().find(|(q, _)| question.contains(q)) {
                Some((_, a)) => Reply::Value(check.parse(a, lang).unwrap()),
                None => Reply::Control(habeas_interview::Control::DontKnow),
            },
        )
    }
}

/// Citizenship left open: once nothing more about it can be asked, the
/// action is asked, then what it turns on (its country first), in the
/// person's words: a country's name (review of the fourteenth session:
/// the interview never asked the action, and refused "El Salvador").
#[test]
fn the_proposed_action_is_asked_and_decided() {
    let law = Law::embedded().unwrap();
    let mut start = empty_case("2025-04-15");
    start["people"]["person"] =
        serde_json::json!({"born": {"date": "1990-03-03", "country": "SV"}});
    let mut iv = Interview::new(&law, start, Lang::Es).unwrap();
    let mut p = ByText {
        answers: vec![
            ("¿Qué se propone para la persona", "deportación"),
            ("¿A qué país", "El Salvador"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut p).unwrap();
    assert_eq!(s.case["action"]["kind"], "removal", "{:#?}", p.asked);
    assert_eq!(s.case["action"]["to"], "SV", "{:#?}", p.asked);
    let a = s.determination.action.as_ref().unwrap();
    assert_eq!(a.verdict, "possibly_barred");
    let first_action = p.asked.iter().position(|q| q.contains("¿Qué se propone"));
    assert!(first_action.is_some_and(|i| i > 0), "{:#?}", p.asked);
}

/// Answers one question (by a part of its text) and "don't know" to
/// every other; counts how often that question was asked.
struct OneAnswer {
    question: &'static str,
    answer: &'static str,
    times: usize,
}

impl Prompter for OneAnswer {
    fn say(&mut self, _: &str) -> std::io::Result<()> {
        Ok(())
    }
    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply> {
        if question.contains(self.question) {
            self.times += 1;
            return Ok(Reply::Value(check.parse(self.answer, lang).unwrap()));
        }
        Ok(Reply::Control(habeas_interview::Control::DontKnow))
    }
}

/// An answer that contradicts the case is asked once more, then set aside,
/// not asked again and again (review of the fourteenth session: "has the
/// mother ever married?" looped on "no").
#[test]
fn a_contradicting_answer_is_set_aside() {
    let law = Law::embedded().unwrap();
    let mut start = empty_case("2025-04-15");
    start["people"]["person"] =
        serde_json::json!({"born": {"date": "1990-03-03", "country": "SV"}});
    let mut iv = Interview::new(&law, start, Lang::En).unwrap();
    // A naturalization before the birth is refused by validation.
    let mut p = OneAnswer {
        question: "Did the person become a U.S. citizen by naturalization",
        answer: "1980-01-01",
        times: 0,
    };
    let s = iv.run(&mut p).unwrap();
    // Asked once more, then set aside.
    assert_eq!(p.times, 2);
    assert!(s.case["people"]["person"].get("naturalized").is_none());
    assert_eq!(s.end, End::NothingMore);
}

#[test]
fn dont_know_leaves_exactly_the_unanswered_questions_open() {
    let mut input = String::from("1994-03-10\nPH\n");
    input.push_str(&"no sé\n".repeat(300));
    let (s, dk, out) = run(Lang::Es, &input);
    assert_eq!(s.end, End::NothingMore, "{out}");
    assert_eq!(s.determination.citizenship.status, "undetermined");
    // Each question once.
    let asked: Vec<&str> = out
        .lines()
        .zip(out.lines().skip(1))
        .filter(|(a, _)| a.starts_with("Pregunta "))
        .map(|(_, q)| q)
        .collect();
    let distinct: BTreeSet<&str> = asked.iter().copied().collect();
    assert_eq!(asked.len(), distinct.len(), "{out}");
    assert_eq!(asked.len(), s.questions);
    // Every question still open was answered "no sé" or cannot be asked
    // here.
    for m in &s.determination.citizenship.missing {
        if let Some(a) = Ask::for_path(&m.fact) {
            assert!(
                dk.iter()
                    .any(|k| a.key().starts_with(k.as_str()) || k.starts_with(&a.key())),
                "{} was not asked",
                m.fact
            );
        }
    }
    // The closing list is the top of the remaining questions, in Spanish.
    let first = &s.determination.citizenship.missing[0].question;
    assert!(
        out.contains(&format!("Preguntas abiertas\n  - {first}")),
        "{out}"
    );
}

#[test]
fn quit_saves_what_was_answered() {
    let (s, _, _) = run(Lang::En, "1994-03-10\nPH\nquit\n");
    assert_eq!(s.end, End::Quit);
    assert_eq!(s.case["people"]["person"]["born"]["country"], "PH");
    assert!(parse_case_value(s.case).is_ok());
}

#[test]
fn a_partial_case_is_continued() {
    let law = Law::embedded().unwrap();
    let start = serde_json::json!({
        "format": "habeas.case/1", "as_of": "2025-04-15", "subject": "child",
        "people": {"child": {"born": {"date": "2010-05-05", "country": "GU"}}},
    });
    let mut iv = Interview::new(&law, start, Lang::En).unwrap();
    let mut out = Vec::new();
    let s = iv.run(&mut LinePrompter::new(&b""[..], &mut out)).unwrap();
    assert_eq!(s.questions, 0, "{}", String::from_utf8_lossy(&out));
    assert_eq!(s.determination.citizenship.status, "citizen");
}

/// Review of 2026-11-30: "back" in the second part of a question (after
/// "yes, they were married", at "when did they marry?") undid the previous
/// question as well and lost every answer given; it now asks the current
/// question again from its first part, and the earlier answers stay.
#[test]
fn back_inside_a_question_asks_it_again() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut person = Person {
        script: vec![
            ("When was the person born", "1994-03-10"),
            ("Where was the person born", "PH"),
            ("U.S. document that shows", "none"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "back"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "1992-01-20"),
            ("Did the mother have legal and physical custody", "quit"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut person).unwrap();
    assert!(person.script.is_empty(), "{:#?}", person.asked);
    assert_eq!(s.end, End::Quit);
    // The birth, answered before, is kept; it was asked once.
    assert_eq!(s.case["people"]["person"]["born"]["date"], "1994-03-10");
    assert_eq!(
        person
            .asked
            .iter()
            .filter(|q| q.contains("When was the person born"))
            .count(),
        1
    );
    // The birth and the document question.
    assert_eq!(s.questions, 2);
}

/// Review of 2026-11-30, eleventh session: "yes, married when the person
/// was born", then a wedding date after the birth, was saved as a marriage
/// after the birth (the opposite of the answer). The contradiction is said
/// and the date asked again.
#[test]
fn a_wedding_after_the_birth_is_asked_again() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut person = Person {
        script: vec![
            ("When was the person born", "1996-08-08"),
            ("Where was the person born", "HN"),
            ("U.S. document that shows", "no"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "1998-07-01"),
            ("When did the mother and the father marry", "1995-02-01"),
            (
                "Did the mother have legal and physical custody",
                "don't know",
            ),
            (
                "Did the father have legal and physical custody",
                "don't know",
            ),
            // Whatever comes next ends the interview.
            ("", "quit"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut person).unwrap();
    assert!(person.script.is_empty(), "{:#?}", person.asked);
    let rels = s.case["relations"].as_array().unwrap();
    let m = rels.iter().find(|r| r["kind"] == "marriage").unwrap();
    assert_eq!(m["from"], "1995-02-01");
}

/// Derivation through the father in joint custody, told in words (review
/// of the fifteenth session: after the mother's custody the father's was
/// never asked, so this stayed undetermined).
#[test]
fn derivation_through_the_father_in_joint_custody_in_words() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut p = ByText {
        answers: vec![
            ("When was the person born", "June 1, 2005"),
            ("Where was the person born", "Mexico"),
            ("married to each other", "yes"),
            ("When did the mother and the father marry", "2003"),
            (
                "Did the mother have legal and physical custody",
                "2005-06-01",
            ),
            (
                "Did the father have legal and physical custody",
                "2005-06-01",
            ),
            (
                "Did the father become a U.S. citizen by naturalization",
                "May 1, 2012",
            ),
            (
                "Did the mother become a U.S. citizen by naturalization",
                "no",
            ),
            ("lawful permanent resident", "January 2010"),
            ("Where did the person live", "since 2010-01-01"),
            ("Has the person ever married", "no"),
            ("What is proposed for the person", "none"),
        ],
        asked: vec![],
    };
    let s = iv.run(&mut p).unwrap();
    assert_eq!(
        s.determination.citizenship.status, "citizen",
        "{:#?}",
        p.asked
    );
    assert_eq!(
        s.determination.citizenship.since.as_deref(),
        Some("2012-05-01"),
        "{:#?}",
        p.asked
    );
}

/// The engine's first question, the person's own proof of citizenship, is
/// asked right after the birth (review of the fifteenth session: the
/// interview never asked it); a U.S. passport settles the answer; "no"
/// records nothing (having no document proves nothing); a bare "birth
/// certificate" is asked again (it may be a foreign one).
#[test]
fn a_us_document_is_asked_after_the_birth() {
    let law = Law::embedded().unwrap();
    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::Es).unwrap();
    let mut out = Vec::new();
    let input = "1990-03-03\nMéxico\nacta de nacimiento\npasaporte de EE. UU.\nninguna\n";
    let s = iv
        .run(&mut LinePrompter::new(input.as_bytes(), &mut out))
        .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("¿Tiene la persona un documento de EE. UU."),
        "{out}"
    );
    assert!(
        out.contains("¿La expidió un estado o territorio de EE. UU.?"),
        "{out}"
    );
    assert_eq!(
        s.case["people"]["person"]["citizenship"],
        serde_json::json!({"status": "citizen", "evidence": "us_passport"})
    );
    assert_eq!(s.determination.citizenship.status, "citizen");

    let mut iv = Interview::new(&law, empty_case("2025-04-15"), Lang::En).unwrap();
    let mut out = Vec::new();
    let s = iv
        .run(&mut LinePrompter::new(
            "1990-03-03\nMexico\nno\nquit\n".as_bytes(),
            &mut out,
        ))
        .unwrap();
    assert!(
        s.case["people"]["person"].get("citizenship").is_none(),
        "{:#}",
        s.case
    );
    assert_eq!(s.determination.citizenship.status, "undetermined");
}

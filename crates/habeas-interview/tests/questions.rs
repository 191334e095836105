//! The questions people read, in English and Spanish, for a fixed set of
//! missing facts (snapshots).

#![allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]

use habeas_case::parse_case_value;
use habeas_i18n::{Lang, t};
use habeas_interview::{Ask, Check, check_of};
use habeas_law::questions::{question_for, render};
use serde_json::json;

const FACTS: &[(&str, Option<&str>)] = &[
    ("people.person.born", Some("1994-03-10")),
    ("people.person.born.country", None),
    ("people.mother.naturalized", Some("2001-02-27")),
    ("people.person.lpr", None),
    ("people.person.married", Some("2012-03-10")),
    ("people.person.residence", None),
    ("people.mother.presence", Some("1994-03-10")),
    ("people.father.died", None),
    ("relations", None),
    ("immigration.orders", None),
    ("immigration.protections", None),
    ("immigration.unaccompanied_child", None),
    ("action.to", None),
    ("action.fear_inquiry", None),
    ("forum.circuit", None),
];

#[test]
fn questions_in_both_languages() {
    let case = parse_case_value(json!({
        "format": "habeas.case/1", "subject": "person",
        "people": {"person": {}, "mother": {"name": "Ana"}, "father": {}},
    }))
    .unwrap();
    let mut out = String::new();
    for (path, boundary) in FACTS {
        out.push_str(&format!("## {path}"));
        if let Some(b) = boundary {
            out.push_str(&format!(" (boundary {b})"));
        }
        out.push('\n');
        // The family and the orders are small dialogues (below).
        let check = match Ask::for_path(path) {
            _ if path.ends_with("country") => Some(Check::Country),
            Some(Ask::Relations | Ask::Orders) => None,
            a => a.map(|a| check_of(&a)),
        };
        for lang in [Lang::En, Lang::Es] {
            let (q, doc) = render(&case, &question_for(path, *boundary), lang);
            out.push_str(&format!("{}: {q}\n    {doc}\n", lang.code()));
            if let Some(c) = check {
                out.push_str(&format!("    ({})\n", c.hint(lang)));
            }
        }
    }
    out.push_str("## the dialogues\n");
    for (key, role) in [
        ("iv-ask-married", None),
        ("iv-ask-marriage-date", None),
        ("iv-ask-custody", Some("role-mother")),
        ("iv-ask-custody", Some("role-father")),
        ("iv-ask-order", None),
        ("iv-ask-order-final", None),
        ("iv-ask-order-date", None),
        ("iv-ask-order-country", None),
        ("iv-ask-consent-given", None),
        ("iv-ask-consent-judge", None),
        ("iv-ask-parent-citizen", Some("role-father")),
        ("iv-ask-rel-legitimated", Some("role-father")),
        (
            "iv-ask-rel-paternity_acknowledged_under_oath",
            Some("role-father"),
        ),
        ("iv-ask-rel-paternity_adjudicated", Some("role-father")),
        ("iv-ask-rel-legal_separation", None),
        ("iv-ask-action", None),
    ] {
        for lang in [Lang::En, Lang::Es] {
            let r = role.map(|r| t(lang, r, &[])).unwrap_or_default();
            let who = t(lang, "who-role", &[("role", &r)]);
            let text = t(lang, key, &[("role", &r), ("who", &who)]);
            out.push_str(&format!("{}: {text}\n", lang.code()));
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn invalid_answers_say_what_is_expected_in_both_languages() {
    let mut out = String::new();
    for (check, input) in [
        (Check::Date, "2023-02-29"),
        (Check::DateOrNever, "soon"),
        (Check::Periods, "2000..1990"),
        (Check::YesNo, "maybe"),
        (Check::Country, "Narnia"),
        (Check::Country, "Samoa"),
        (Check::Date, "03/04/1995"),
        (Check::Date, "3/4/95"),
        (Check::Action, "maybe"),
        (Check::District, " "),
        (Check::Circuit, "12th"),
    ] {
        for lang in [Lang::En, Lang::Es] {
            let e = check.parse(input, lang).unwrap_err();
            out.push_str(&format!("{check:?} {input:?} {}: {e}\n", lang.code()));
        }
    }
    insta::assert_snapshot!(out);
}

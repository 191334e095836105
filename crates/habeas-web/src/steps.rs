//! One step of the interview over a page state: the next question as form
//! fields, and the posted answer written into the case (with the helpers of
//! habeas-interview, as the terminal interview writes them).

use std::collections::HashMap;

use habeas_case::{Case, CaseErrors, parse_case_value};
use habeas_i18n::{Lang, t};
use habeas_interview::plan::{self, Ask, Next};
use habeas_interview::{Check, Family, Interview, Parent, apply, check_of, family};
use habeas_law::questions::phrase;
use habeas_law::{Determination, Law};
use serde::Serialize;
use serde_json::{Value, json};

use crate::page::PageState;

/// One input of a question's form.
#[derive(Debug, Serialize)]
pub(crate) struct Field {
    /// The form field's name.
    name: &'static str,
    /// Its label (a question).
    label: String,
    /// `text` or `radio`.
    kind: &'static str,
    /// The form of the answer, for text fields.
    hint: Option<String>,
    /// The choices of a radio group: (value, label).
    options: Vec<(&'static str, String)>,
}

fn text(name: &'static str, label: String, check: Check, lang: Lang) -> Field {
    Field {
        name,
        label,
        kind: "text",
        hint: Some(check.hint(lang)),
        options: vec![],
    }
}

fn yes_no(name: &'static str, label: String, lang: Lang) -> Field {
    Field {
        name,
        label,
        kind: "radio",
        hint: None,
        options: vec![
            ("yes", t(lang, "web-yes", &[])),
            ("no", t(lang, "web-no", &[])),
        ],
    }
}

fn get<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    let mut cur = v;
    for k in path {
        cur = cur.get(*k)?;
    }
    (!cur.is_null()).then_some(cur)
}

/// Which parts of the birth question are still open: (date, country).
fn birth_parts(st: &PageState, person: &str) -> (bool, bool) {
    let k = format!("people.{person}.born");
    let date = get(&st.case, &["people", person, "born", "date"])
        .is_none_or(|d| d.as_str().is_some_and(|s| s.len() < 10))
        && !st.skip.contains(&format!("{k}.date"));
    let country = get(&st.case, &["people", person, "born", "country"]).is_none()
        && !st.skip.contains(&format!("{k}.country"));
    (date, country)
}

/// Decides the state's case and picks the next question.
pub(crate) fn next_of(
    law: &Law,
    st: &PageState,
    lang: Lang,
) -> Result<(Case, Determination, Option<Next>), CaseErrors> {
    let iv = Interview::new(law, st.case.clone(), lang)?;
    let (case, d) = iv.determine();
    let next = plan::next(&case, &d, lang, |a| {
        !st.skip.contains(&a.key())
            && match a {
                Ask::Birth { person } => {
                    let (date, country) = birth_parts(st, person);
                    date || country
                }
                _ => iv.askable(a),
            }
    });
    Ok((case, d, next))
}

fn rel_who(st: &PageState, index: usize, lang: Lang) -> String {
    let parent = st.case["relations"][index]["parent"]
        .as_str()
        .unwrap_or_default();
    habeas_interview::session::role_name(parent, lang)
}

/// The form fields of a question.
pub(crate) fn fields(st: &PageState, case: &Case, next: &Next, lang: Lang) -> Vec<Field> {
    let ask = &next.ask;
    match ask {
        Ask::Birth { person } => {
            let k = ask.key();
            let (date, country) = birth_parts(st, person);
            let b = next.missing.boundary.as_deref().filter(|_| {
                next.missing.fact.ends_with("born") || next.missing.fact.ends_with("born.date")
            });
            let mut out = vec![];
            if date {
                let label = phrase(case, &format!("{k}.date"), b, lang).0;
                out.push(text("born_date", label, Check::Date, lang));
            }
            if country {
                let label = phrase(case, &format!("{k}.country"), None, lang).0;
                out.push(text("born_country", label, Check::Country, lang));
            }
            out
        }
        Ask::Relations => vec![
            yes_no("married", t(lang, "iv-ask-married", &[]), lang),
            text(
                "wedding",
                t(lang, "iv-ask-marriage-date", &[]),
                Check::Date,
                lang,
            ),
            Field {
                name: "custody",
                label: t(lang, "web-custody-who", &[]),
                kind: "radio",
                hint: None,
                options: vec![
                    ("mother", capital(&t(lang, "role-mother", &[]))),
                    ("father", capital(&t(lang, "role-father", &[]))),
                    ("both", t(lang, "web-both-parents", &[])),
                    ("none", t(lang, "web-neither", &[])),
                ],
            },
            text(
                "custody_from",
                t(lang, "web-custody-from", &[]),
                Check::Date,
                lang,
            ),
        ],
        Ask::Orders => vec![
            yes_no("order", t(lang, "web-has-order", &[]), lang),
            yes_no("order_final", t(lang, "iv-ask-order-final", &[]), lang),
            text(
                "order_date",
                t(lang, "iv-ask-order-date", &[]),
                Check::Date,
                lang,
            ),
            text(
                "order_country",
                t(lang, "iv-ask-order-country", &[]),
                Check::Country,
                lang,
            ),
        ],
        Ask::Consent => vec![
            yes_no("consent_given", t(lang, "iv-ask-consent-given", &[]), lang),
            yes_no("consent_judge", t(lang, "iv-ask-consent-judge", &[]), lang),
        ],
        Ask::RelationDate { index, field } => {
            let who = rel_who(st, *index, lang);
            let label = t(lang, &format!("iv-ask-rel-{field}"), &[("who", &who)]);
            vec![text("answer", label, Check::DateOrNever, lang)]
        }
        // The page asked this with the engine's question for the parent's
        // citizenship fact, which may be the question about the whole family
        // ("who are the parents, were they married ..."): a "no" meant for
        // the marriage was saved as the parent's not being a citizen
        // (review of the fourteenth session). The terminal's words, here too.
        Ask::ParentCitizen { person } => {
            let label = habeas_interview::session::parent_citizen_question(person, lang);
            vec![yes_no("answer", label, lang)]
        }
        // The documents by name, as radio buttons (the terminal's words).
        Ask::Document { .. } => vec![Field {
            name: "answer",
            label: habeas_interview::session::document_question(lang),
            kind: "radio",
            hint: None,
            options: habeas_interview::answer::DOCUMENTS
                .iter()
                .map(|(code, _)| (*code, t(lang, &format!("web-document-{code}"), &[])))
                .chain([("none", t(lang, "web-document-none", &[]))])
                .collect(),
        }],
        Ask::Action => vec![Field {
            name: "answer",
            label: next.missing.question.clone(),
            kind: "radio",
            hint: None,
            options: vec![
                ("removal", capital(&t(lang, "action-kind-removal", &[]))),
                (
                    "transfer",
                    capital(&t(lang, "action-kind-foreign_custody_transfer", &[])),
                ),
                (
                    "extradition",
                    capital(&t(lang, "action-kind-extradition", &[])),
                ),
                ("detention", capital(&t(lang, "action-kind-detention", &[]))),
                ("none", t(lang, "web-action-none", &[])),
            ],
        }],
        Ask::Sex { .. } => vec![Field {
            name: "answer",
            label: next.missing.question.clone(),
            kind: "radio",
            hint: None,
            options: vec![
                ("female", t(lang, "web-female", &[])),
                ("male", t(lang, "web-male", &[])),
            ],
        }],
        _ => match check_of(ask) {
            Check::YesNo => vec![yes_no("answer", next.missing.question.clone(), lang)],
            c => vec![text("answer", next.missing.question.clone(), c, lang)],
        },
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Why an answer was not taken.
#[derive(Debug)]
pub(crate) struct Refused {
    /// A catalogue key.
    pub key: String,
    /// Or a message already in the page's language.
    pub message: Option<String>,
}

fn refused(key: &str) -> Refused {
    Refused {
        key: key.into(),
        message: None,
    }
}

fn said(m: String) -> Refused {
    Refused {
        key: "iv-error".into(),
        message: Some(m),
    }
}

/// The posted value of a field, trimmed; `None` when empty.
fn field<'f>(form: &'f HashMap<String, String>, name: &str) -> Option<&'f str> {
    form.get(name).map(|s| s.trim()).filter(|s| !s.is_empty())
}

fn yes(form: &HashMap<String, String>, name: &str) -> Option<bool> {
    match field(form, name) {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

fn parse(check: Check, s: &str, lang: Lang) -> Result<Value, Refused> {
    check.parse(s, lang).map_err(said)
}

/// Writes the posted answer to the current question into the state.
pub(crate) fn answer(
    law: &Law,
    st: &mut PageState,
    lang: Lang,
    form: &HashMap<String, String>,
) -> Result<(), Refused> {
    let (case, _, next) = next_of(law, st, lang).map_err(|_| refused("web-bad-state"))?;
    let Some(next) = next else {
        return Ok(());
    };
    let ask = &next.ask;
    let mut dk: Vec<String> = vec![];
    let new = match ask {
        Ask::Birth { person } => {
            let k = ask.key();
            let (date_open, country_open) = birth_parts(st, person);
            let mut born = json!({});
            let date = field(form, "born_date").filter(|_| date_open);
            let country = field(form, "born_country").filter(|_| country_open);
            if date.is_none() && country.is_none() {
                return Err(refused("web-answer-required"));
            }
            match date {
                Some(s) => born["date"] = parse(Check::Date, s, lang)?,
                None if date_open => dk.push(format!("{k}.date")),
                None => {}
            }
            match country {
                Some(s) => born["country"] = parse(Check::Country, s, lang)?,
                None if country_open => dk.push(format!("{k}.country")),
                None => {}
            }
            apply(&st.case, ask, born)
        }
        Ask::Relations => {
            let mut answers = Family {
                married: yes(form, "married"),
                ..Family::default()
            };
            if answers.married == Some(true)
                && let Some(w) = field(form, "wedding")
            {
                answers.wedding = parse(Check::Date, w, lang)?.as_str().map(str::to_string);
            }
            let who: &[Parent] = match field(form, "custody") {
                Some("mother") => &[Parent::Mother],
                Some("father") => &[Parent::Father],
                // Joint custody: a child derives through either parent's
                // naturalization (review of the fifteenth session).
                Some("both") => &[Parent::Mother, Parent::Father],
                _ => &[],
            };
            if let (false, Some(from)) = (who.is_empty(), field(form, "custody_from")) {
                let from = parse(Check::Date, from, lang)?;
                if let Some(f) = from.as_str() {
                    answers.custody = who.iter().map(|p| (*p, f.to_string())).collect();
                }
            } else if !who.is_empty() {
                return Err(refused("web-answer-required"));
            }
            dk.push("relations".into());
            family(&st.case, &case, &answers)
        }
        Ask::Orders => match yes(form, "order") {
            None => return Err(refused("web-answer-required")),
            Some(false) => apply(&st.case, ask, json!([])),
            Some(true) => {
                let mut order = json!({"kind": "removal"});
                if let Some(f) = yes(form, "order_final") {
                    order["final"] = json!(f);
                }
                if let Some(s) = field(form, "order_date") {
                    order["date"] = parse(Check::Date, s, lang)?;
                }
                if let Some(s) = field(form, "order_country") {
                    order["destination"] = parse(Check::Country, s, lang)?;
                }
                apply(&st.case, ask, json!([order]))
            }
        },
        Ask::Consent => {
            let mut consent = json!({});
            if let Some(g) = yes(form, "consent_given") {
                consent["given"] = json!(g);
            }
            if let Some(j) = yes(form, "consent_judge") {
                consent["verified_by_judge"] = json!(j);
            }
            if consent.as_object().is_some_and(|o| o.is_empty()) {
                return Err(refused("web-answer-required"));
            }
            apply(&st.case, ask, consent)
        }
        _ => {
            let Some(s) = field(form, "answer") else {
                return Err(refused("web-answer-required"));
            };
            let v = match check_of(ask) {
                Check::YesNo => match s {
                    "yes" => json!(true),
                    "no" => json!(false),
                    other => parse(Check::YesNo, other, lang)?,
                },
                Check::Sex => parse(Check::Sex, s, Lang::En)?,
                Check::Action => parse(Check::Action, s, Lang::En)?,
                Check::Document => parse(Check::Document, s, Lang::En)?,
                c => parse(c, s, lang)?,
            };
            apply(&st.case, ask, v)
        }
    };
    if let Err(e) = parse_case_value(new.clone()) {
        // Shown with the question again; the page offers "I don't know".
        return Err(said(format!(
            "{} {e}",
            t(lang, "iv-invalid-case-again", &[])
        )));
    }
    st.push();
    if new == st.case {
        // Nothing new was learned: do not ask it again.
        st.skip.insert(ask.key());
    }
    st.skip.extend(dk);
    st.case = new;
    Ok(())
}

/// "I don't know": the current question is not asked again.
pub(crate) fn dont_know(law: &Law, st: &mut PageState, lang: Lang) {
    let Ok((case, _, Some(next))) = next_of(law, st, lang) else {
        return;
    };
    st.push();
    st.skip.insert(next.ask.key());
    // "Don't know" about the family still names the two parents, as the
    // terminal does: without them nothing about either parent was ever
    // asked, and for a birth abroad that is the main route (review of the
    // fourteenth session).
    if matches!(next.ask, Ask::Relations) {
        st.case = family(&st.case, &case, &Family::default());
    }
    if let Ask::Birth { person } = &next.ask {
        let k = next.ask.key();
        let (date, country) = birth_parts(st, person);
        if date {
            st.skip.insert(format!("{k}.date"));
        }
        if country {
            st.skip.insert(format!("{k}.country"));
        }
    }
}

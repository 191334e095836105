//! Missing facts, asked as plain questions, with the document that would
//! answer them.
//!
//! A question names the person by their role in the case (and name, when
//! given), and for a date the day that matters, so that someone who knows
//! only "early 2001" can still answer "before or after 2001-02-27?". The
//! wording lives in the message catalogues of `habeas-i18n` (English and
//! Spanish); this module only chooses the message and its arguments.

use habeas_case::Case;
use habeas_i18n::{Lang, t};

/// A question, before it is put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// The catalogue key of the question.
    pub key: &'static str,
    /// The person it is about (a key of `people`), if any.
    pub person: Option<String>,
    /// Other arguments.
    pub args: Vec<(&'static str, String)>,
    /// The date that matters, for a date.
    pub boundary: Option<String>,
    /// The catalogue key of the document that would answer it.
    pub document: &'static str,
}

fn who(case: &Case, key: &str, lang: Lang) -> String {
    let role = if key == case.subject {
        t(lang, "who-subject", &[])
    } else {
        let r = match key {
            "mother" => t(lang, "role-mother", &[]),
            "father" => t(lang, "role-father", &[]),
            "child" => t(lang, "role-child", &[]),
            other => other.replace('_', " "),
        };
        t(lang, "who-role", &[("role", &r)])
    };
    match case.people.get(key).and_then(|p| p.name.as_deref()) {
        Some(n) => t(lang, "who-named", &[("who", &role), ("name", n)]),
        None => role,
    }
}

/// Chooses the question for a missing fact at `path`.
pub fn question_for(path: &str, boundary: Option<&str>) -> Question {
    let parts: Vec<&str> = path.split('.').collect();
    let q = |key: &'static str, document: &'static str| Question {
        key,
        person: None,
        args: vec![],
        boundary: boundary.map(str::to_string),
        document,
    };
    match parts.as_slice() {
        ["people", key, rest @ ..] => {
            let field = rest.join(".");
            let field = field.split('[').next().unwrap_or("").to_string();
            let (k, doc) = match field.as_str() {
                "" | "born" | "born.date" => ("q-born-date", "doc-born"),
                "born.country" | "born.region" => ("q-born-place", "doc-born"),
                "born.time" => ("q-born-time", "doc-born-time"),
                "sex" => ("q-sex", "doc-born"),
                "died" => ("q-died", "doc-died"),
                "married" => ("q-married", "doc-married"),
                "citizenship"
                | "citizenship.since"
                | "citizenship.status"
                | "citizenship.evidence" => ("q-citizenship", "doc-citizenship"),
                "naturalized" | "naturalized.date" => ("q-naturalized", "doc-naturalized"),
                "regained" | "regained.date" => ("q-regained", "doc-naturalized"),
                "lpr" | "lpr.date" => ("q-lpr", "doc-lpr"),
                "presence" if boundary.is_some() => ("q-presence-before", "doc-presence"),
                "presence" => ("q-presence", "doc-presence"),
                "residence" => ("q-residence", "doc-presence"),
                "diplomat" => ("q-diplomat", "doc-other"),
                "service_abroad" => ("q-service", "doc-service"),
                "cln" | "cln.date" => ("q-cln", "doc-cln"),
                "denaturalization"
                | "denaturalization.date"
                | "denaturalization.final"
                | "denaturalization.ground"
                | "denaturalization.court"
                | "denaturalization.court_kind" => ("q-denaturalization", "doc-court"),
                "expatriation" => ("q-expatriation", "doc-other"),
                "parents" => ("q-parents", "doc-relations"),
                _ => ("q-field", "doc-other"),
            };
            let mut out = q(k, doc);
            out.person = Some((*key).to_string());
            if k == "q-field" {
                out.args.push(("field", field.replace(['.', '_'], " ")));
            }
            if k == "q-presence-before" {
                // The boundary is part of the question itself.
                out.args
                    .push(("date", boundary.unwrap_or_default().to_string()));
                out.boundary = None;
            }
            out
        }
        [first, ..] if first.starts_with("relations") => q("q-relations", "doc-relations"),
        ["immigration", field, ..] => {
            let field = field.split('[').next().unwrap_or("");
            let k = match field {
                "orders" => "q-imm-orders",
                "protections" => "q-imm-protections",
                "pending" => "q-imm-pending",
                "court_orders" => "q-imm-court-orders",
                "nationalities" => "q-imm-nationalities",
                "imprisonment" | "serving_sentence" | "release_date" => "q-imm-prison",
                "unaccompanied_child" => "q-imm-uac",
                "convictions" => "q-imm-convictions",
                _ => "q-imm-general",
            };
            q(
                k,
                if k == "q-imm-prison" || k == "q-imm-convictions" {
                    "doc-court"
                } else {
                    "doc-immigration"
                },
            )
        }
        ["immigration"] => q("q-imm-general", "doc-immigration"),
        ["action", field, ..] => {
            let k = match *field {
                "notice" => "q-action-notice",
                "consent" => "q-action-consent",
                "to" => "q-action-to",
                "treaty_in_force" => "q-action-treaty",
                "judicial_certification" => "q-action-certification",
                "surrender_warrant" => "q-action-warrant",
                "receiving_state_accepts" => "q-action-accepts",
                "fear_inquiry" => "q-action-fear",
                "aea_membership_determined" => "q-action-aea",
                _ => "q-action-field",
            };
            let mut out = q(k, "doc-action");
            if k == "q-action-field" {
                out.args.push(("field", field.replace('_', " ")));
            }
            out
        }
        ["forum", ..] => q("q-forum", "doc-other"),
        ["law", "tps_designations", country] => {
            let mut out = q("q-tps-data", "doc-other");
            out.args.push(("country", (*country).to_string()));
            out
        }
        _ => {
            let mut out = q("q-generic", "doc-other");
            out.args.push(("path", path.to_string()));
            out
        }
    }
}

/// Questions about a single date, where "before or after the boundary?" helps.
const DATE_QUESTIONS: &[&str] = &[
    "q-born-date",
    "q-died",
    "q-married",
    "q-naturalized",
    "q-regained",
    "q-lpr",
    "q-cln",
];

/// The question about the fact at `path` (with the day that decides it, if
/// any) in words: (question, document that would answer it).
pub fn phrase(case: &Case, path: &str, boundary: Option<&str>, lang: Lang) -> (String, String) {
    render(case, &question_for(path, boundary), lang)
}

/// Puts a question into words: (question, document that would answer it).
pub fn render(case: &Case, q: &Question, lang: Lang) -> (String, String) {
    let who_text = q.person.as_deref().map(|p| who(case, p, lang));
    let mut args: Vec<(&str, &str)> = q.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if let Some(w) = &who_text {
        args.push(("who", w));
    }
    let mut text = t(lang, q.key, &args);
    if let Some(b) = q
        .boundary
        .as_ref()
        .filter(|_| DATE_QUESTIONS.contains(&q.key))
    {
        text.push(' ');
        text.push_str(&t(lang, "boundary", &[("date", b)]));
    }
    (text, t(lang, q.document, &[]))
}

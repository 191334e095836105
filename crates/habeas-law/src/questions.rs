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

/// Whether `parent` is recorded as a parent of `child`, and whether the
/// link records a birth (gestational).
fn parent_link(case: &Case, parent: &str, child: &str) -> Option<bool> {
    case.relations.iter().flatten().find_map(|r| {
        (r.kind == habeas_case::types::RelationKind::Parent
            && r.parent.as_deref() == Some(parent)
            && r.child.as_deref() == Some(child))
        .then_some(r.gestational == Some(true))
    })
}

/// A parent's role by the recorded sex (or a recorded birth): mother,
/// father, or parent.
fn parent_role(case: &Case, key: &str, gestational: bool, lang: Lang) -> String {
    use habeas_case::types::Sex;
    match case.people.get(key).and_then(|p| p.sex) {
        Some(Sex::Female) => t(lang, "role-mother", &[]),
        Some(Sex::Male) => t(lang, "role-father", &[]),
        None if gestational || key == "mother" => t(lang, "role-mother", &[]),
        None if key == "father" => t(lang, "role-father", &[]),
        None => t(lang, "role-parent", &[]),
    }
}

/// A relative's role seen from the subject ("the mother", "the mother's
/// father"), from the relations; else the key as written (review of
/// 2026-11-30: questions read "When was the gf physically in the United
/// States?").
fn role(case: &Case, key: &str, lang: Lang) -> String {
    let subject = case.subject.as_str();
    if let Some(g) = parent_link(case, key, subject) {
        return parent_role(case, key, g, lang);
    }
    // A grandparent: a parent of one of the subject's parents.
    for r in case.relations.iter().flatten() {
        if r.kind == habeas_case::types::RelationKind::Parent
            && r.child.as_deref() == Some(subject)
            && let Some(mid) = r.parent.as_deref()
            && let Some(g) = parent_link(case, key, mid)
        {
            let parent = parent_role(case, mid, r.gestational == Some(true), lang);
            let own = parent_role(case, key, g, lang);
            return t(
                lang,
                "role-of-parent",
                &[("parent", &parent), ("role", &own)],
            );
        }
    }
    if parent_link(case, subject, key).is_some() {
        return t(lang, "role-child", &[]);
    }
    match key {
        "mother" => t(lang, "role-mother", &[]),
        "father" => t(lang, "role-father", &[]),
        "child" => t(lang, "role-child", &[]),
        other => other.replace('_', " "),
    }
}

fn who(case: &Case, key: &str, lang: Lang) -> String {
    let role = if key == case.subject {
        t(lang, "who-subject", &[])
    } else {
        t(lang, "who-role", &[("role", &role(case, key, lang))])
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
                "born.country" => ("q-born-place", "doc-born"),
                "born.region" => ("q-born-region", "doc-born"),
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
                // An adoption the record may not show (review of 2026-11-30,
                // eleventh session: asked as the whole family question,
                // though parents, marriage and custody were recorded).
                "adoptions" => ("q-adopted", "doc-adoption"),
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
                "authority" => "q-action-authority",
                "date" => "q-action-date",
                "treaty" => "q-action-treaty-named",
                _ => "q-action-field",
            };
            let mut out = q(k, "doc-action");
            if k == "q-action-field" {
                out.args.push(("field", field.replace('_', " ")));
            }
            out
        }
        ["forum", "district"] => q("q-forum-district", "doc-immigration"),
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
    "q-rel-marriage",
    "q-rel-separation",
    "q-rel-paternity",
    "q-rel-parent",
    "q-rel-custody",
    "q-rel-adoption",
    "q-born-date",
    "q-died",
    "q-married",
    "q-naturalized",
    "q-regained",
    "q-lpr",
    "q-cln",
];

/// The question about one field of a recorded relation (`relations[i].f`):
/// about the marriage of the two spouses named, the link between the
/// parent and the child named, the custody or the adoption, with the day
/// that decides it; `None` for the relations as a whole (which parents,
/// which relations are recorded at all).
/// Review of 2026-11-30, tenth session: every relation fact (a legal
/// separation, a sworn acknowledgment, a wedding date, a custody start) was
/// asked as the one generic "Who are the person's parents, were they
/// married ...?", and the day that mattered was never shown.
fn relation_question(case: &Case, path: &str, boundary: Option<&str>) -> Option<Question> {
    use habeas_case::types::RelationKind;
    let rest = path.strip_prefix("relations[")?;
    let (index, field) = rest.split_once(']')?;
    let field = field.strip_prefix('.')?;
    let field = field.split(['.', '[']).next().unwrap_or(field);
    let r = case.relations.as_ref()?.get(index.parse::<usize>().ok()?)?;
    let (key, document) = match r.kind {
        RelationKind::Marriage if field == "legal_separation" => {
            ("q-rel-separation", "doc-married")
        }
        RelationKind::Marriage => ("q-rel-marriage", "doc-married"),
        RelationKind::Parent => (
            match field {
                "legitimated"
                | "paternity_acknowledged_under_oath"
                | "paternity_adjudicated"
                | "support_agreement"
                | "blood_relationship_proven" => "q-rel-paternity",
                // One tie at a time (thirteenth session: "Is the father the
                // genetic parent? Did the father give birth?" was asked
                // about a link recording both as false, for `legal`).
                "biological" => "q-rel-genetic",
                "gestational" => "q-rel-gave-birth",
                "legal" => "q-rel-legal-parent",
                "adoptive" => "q-rel-adoptive",
                _ => "q-rel-parent",
            },
            "doc-relations",
        ),
        RelationKind::Custody => ("q-rel-custody", "doc-custody"),
        RelationKind::Adoption => ("q-rel-adoption", "doc-court"),
    };
    // The two persons: the spouses, or the parent and the child.
    let (a, b) = match r.kind {
        RelationKind::Marriage => (r.a.clone(), r.b.clone()),
        _ => (r.parent.clone(), r.child.clone()),
    };
    let (a, b) = (a?, b?);
    Some(Question {
        key,
        person: None,
        args: vec![("a", a), ("b", b)],
        boundary: boundary.map(str::to_string),
        document,
    })
}

/// The question about the fact at `path` (with the day that decides it, if
/// any) in words: (question, document that would answer it).
pub fn phrase(case: &Case, path: &str, boundary: Option<&str>, lang: Lang) -> (String, String) {
    // "Was it before 2026-12-01 (the day of the question), or on or after
    // it?" asks nothing: what has not happened yet is not recorded (review
    // of the fifteenth session). Boundaries from `as_of` on are not shown.
    let as_of = case.as_of.map(|d| d.to_string());
    let boundary = boundary.filter(|b| as_of.as_deref().is_none_or(|a| *b < a));
    // The planned day of a detention is the day custody began (review of
    // 2026-11-30: it was asked as the notice of a removal). No boundary is
    // shown: the comparison is with `as_of` six months on, so the boundary
    // found would be `as_of` itself, which decides nothing.
    if path == "action.notice.planned"
        && case
            .action
            .as_ref()
            .is_some_and(|a| a.kind == habeas_case::types::ActionKind::Detention)
    {
        let q = Question {
            key: "q-detention-start",
            person: None,
            args: vec![],
            boundary: boundary.map(str::to_string),
            document: "doc-immigration",
        };
        return render(case, &q, lang);
    }
    match relation_question(case, path, boundary) {
        Some(q) => render(case, &q, lang),
        None => render(case, &question_for(path, boundary), lang),
    }
}

/// Puts a question into words: (question, document that would answer it).
pub fn render(case: &Case, q: &Question, lang: Lang) -> (String, String) {
    let who_text = q.person.as_deref().map(|p| who(case, p, lang));
    // The persons of a relation question are named by their role.
    let named: Vec<(&'static str, String)> = q
        .args
        .iter()
        .map(|(k, v)| match *k {
            "a" | "b" => (*k, who(case, v, lang)),
            _ => (*k, v.clone()),
        })
        .collect();
    let mut args: Vec<(&str, &str)> = named.iter().map(|(k, v)| (*k, v.as_str())).collect();
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

#[cfg(test)]
mod role_tests {
    use super::*;

    fn case() -> Case {
        habeas_case::parse_case(
            r#"{"format": "habeas.case/1", "as_of": "2025-01-01", "subject": "c",
                "people": {"c": {}, "m": {"sex": "female"}, "gf": {"sex": "male"}, "p2": {}, "x": {}},
                "relations": [
                  {"kind": "parent", "parent": "m", "child": "c"},
                  {"kind": "parent", "parent": "p2", "child": "c"},
                  {"kind": "parent", "parent": "gf", "child": "m"}]}"#,
        )
        .expect("valid")
    }

    /// Questions name a relative by their role, not by the case's key
    /// (review of 2026-11-30: "When was the gf physically in the United
    /// States?").
    #[test]
    fn relatives_are_named_by_their_role() {
        let c = case();
        assert_eq!(who(&c, "c", Lang::En), "the person");
        assert_eq!(who(&c, "m", Lang::En), "the mother");
        assert_eq!(who(&c, "gf", Lang::En), "the mother's father");
        assert_eq!(who(&c, "gf", Lang::Es), "el padre de la madre");
        assert_eq!(who(&c, "p2", Lang::En), "the parent");
        assert_eq!(who(&c, "x", Lang::En), "the x");
    }
}

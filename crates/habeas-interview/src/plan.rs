//! Which missing fact to ask next, and what kind of answer it takes.
//!
//! The engine ranks missing facts by how many open rules each decides
//! ([`habeas_law::MissingFact`], most decisive first). A person being
//! interviewed is asked in a slightly different order, grouped so that the
//! common patterns settle in few questions (the engine's order is kept
//! within a group):
//!
//! 0. the person's birth (date and country, one step): it settles every
//!    birth in the United States or a territory;
//! 1. the family (parents, their marriage, custody: one step);
//! 2. with no lead yet, how each parent became a citizen, if they did
//!    (naturalization, which a certificate answers). Once a parent is
//!    known to have naturalized (a *naturalization lead*), the person's own
//!    conditions for derivation (permanent residence, residence, marriage)
//!    come here instead; once a parent is known to have been born in the
//!    United States or a territory (a *birth lead*), everything about that
//!    parent (presence, residence) and the other parent's status;
//! 3. the parents' births (with no lead);
//! 4. the person's own naturalization, and the person's derivation
//!    conditions without a lead;
//! 5. the rest about the parents; 6. anything else; 7. the federal circuit.
//!
//! Facts about the proposed action come after every citizenship fact.
//! After the family question, the engine's `relations` (the parents' own
//! parents) is asked as "has the father ever been a U.S. citizen or
//! national?". Facts this interview cannot ask (an explanation detail such
//! as `relations[3].period`, law data, timestamps of a notice) are skipped.
//!
//! Once citizenship is settled, or nothing more about it can be asked, a
//! case that records no proposed action is asked what is proposed
//! (removal, transfer to a foreign prison, extradition, detention, or
//! nothing yet); the facts that action turns on follow.
//!
//! Measured (tests): a derivation case (INA 320) settles from nothing in 5
//! questions and the action, acquisition through a U.S.-born mother (INA
//! 301(g)) in 8 and the action (a parent's "never a citizen" is the
//! family's word, a claim that leaves that parent's routes open), a birth
//! in the United States in 1 and the action.

use std::collections::BTreeSet;

use habeas_case::Case;
use habeas_case::types::RelationKind;
use habeas_i18n::{Lang, t};
use habeas_law::{Determination, MissingFact};

/// A question the interview can ask, with where its answer goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// `people.K.born`: date and country, as one step.
    Birth {
        /// The person's key.
        person: String,
    },
    /// A date or "never": `naturalized`, `lpr`, `regained`, `cln` (written
    /// `{"date": D}`), `married`, `died` (written as the date).
    Date {
        /// The person's key.
        person: String,
        /// The field.
        field: &'static str,
        /// Written as `{"date": D}`.
        wrap: bool,
    },
    /// Periods: `presence`, `residence`, `diplomat`.
    Periods {
        /// The person's key.
        person: String,
        /// The field.
        field: &'static str,
    },
    /// `sex`.
    Sex {
        /// The person's key.
        person: String,
    },
    /// A list or record known only to be empty (`service_abroad`,
    /// `expatriation`: `[]`; `denaturalization`: `false`).
    Never {
        /// The person's key.
        person: String,
        /// The field.
        field: &'static str,
    },
    /// `relations`: the parents, their marriage, custody.
    Relations,
    /// A date-or-never field of one relation (`legal_separation`, ...).
    RelationDate {
        /// Index in `relations`.
        index: usize,
        /// The field.
        field: &'static str,
    },
    /// `immigration.orders`.
    Orders,
    /// `immigration.protections`.
    Protections,
    /// `immigration.pending`, `court_orders` or `convictions`: "no" only.
    ImmNone {
        /// The field.
        field: &'static str,
    },
    /// `immigration.nationalities`.
    Nationalities,
    /// `immigration.imprisonment.serving_sentence`.
    Imprisonment,
    /// `immigration.unaccompanied_child`.
    Unaccompanied,
    /// `action.to`.
    ActionTo,
    /// `action.authority`.
    ActionAuthority,
    /// A yes/no field of the action.
    ActionBool {
        /// The field.
        field: &'static str,
    },
    /// `action.consent` (given, verified by a judge).
    Consent,
    /// `forum.circuit`.
    Circuit,
    /// `forum.district`: the federal district, as written.
    District,
    /// What is proposed for the person (`action.kind`), asked when the case
    /// records no action and the person is not found a citizen or national:
    /// without it no bar to any action can be found (review of the
    /// fourteenth session: the interview never asked it).
    Action,
    /// Whether the person holds a U.S. document that proves citizenship
    /// (a passport, a certificate, a Consular Report of Birth Abroad, a
    /// State's birth certificate): saved as an asserted citizenship with
    /// that evidence; "no" records nothing (having no document is no
    /// evidence of not being a citizen). Review of the fifteenth session:
    /// the engine's first question was never asked by the interview.
    Document {
        /// The person's key (the subject).
        person: String,
    },
    /// Whether a parent was ever a U.S. citizen or national ("no" is
    /// recorded as an asserted `not_citizen`, on the person's word).
    ParentCitizen {
        /// The parent's key.
        person: String,
    },
}

const ACTION_BOOLS: &[&str] = &[
    "treaty_in_force",
    "judicial_certification",
    "surrender_warrant",
    "receiving_state_accepts",
    "diplomatic_assurances",
    "fear_inquiry",
    "aea_membership_determined",
];

const RELATION_DATES: &[&str] = &[
    "legal_separation",
    "legitimated",
    "paternity_acknowledged_under_oath",
    "paternity_adjudicated",
];

fn pick(list: &[&'static str], s: &str) -> Option<&'static str> {
    list.iter().copied().find(|x| *x == s)
}

impl Ask {
    /// The question a missing fact at `path` is asked as, if this
    /// interview can ask it.
    pub fn for_path(path: &str) -> Option<Ask> {
        let parts: Vec<&str> = path.split('.').collect();
        let base = |s: &str| s.split('[').next().unwrap_or("").to_string();
        match parts.as_slice() {
            ["people", k] => Some(Ask::Birth {
                person: (*k).to_string(),
            }),
            ["people", k, field, ..] => {
                let person = (*k).to_string();
                let f = base(field);
                Some(match f.as_str() {
                    "born" => Ask::Birth { person },
                    "naturalized" | "lpr" | "regained" | "cln" => Ask::Date {
                        person,
                        field: pick(&["naturalized", "lpr", "regained", "cln"], &f)?,
                        wrap: true,
                    },
                    "married" | "died" => Ask::Date {
                        person,
                        field: pick(&["married", "died"], &f)?,
                        wrap: false,
                    },
                    "presence" | "residence" | "diplomat" => Ask::Periods {
                        person,
                        field: pick(&["presence", "residence", "diplomat"], &f)?,
                    },
                    "sex" => Ask::Sex { person },
                    // The subject's own documents only (see `next_missing`).
                    "citizenship" => Ask::Document { person },
                    "service_abroad" | "expatriation" | "denaturalization" => Ask::Never {
                        person,
                        field: pick(&["service_abroad", "expatriation", "denaturalization"], &f)?,
                    },
                    _ => return None,
                })
            }
            ["relations"] => Some(Ask::Relations),
            [rel, field] if rel.starts_with("relations[") => {
                let index = rel
                    .trim_start_matches("relations[")
                    .trim_end_matches(']')
                    .parse()
                    .ok()?;
                Some(Ask::RelationDate {
                    index,
                    field: pick(RELATION_DATES, field)?,
                })
            }
            ["immigration", field, ..] => match base(field).as_str() {
                "orders" => Some(Ask::Orders),
                "protections" => Some(Ask::Protections),
                "pending" => Some(Ask::ImmNone { field: "pending" }),
                "court_orders" => Some(Ask::ImmNone {
                    field: "court_orders",
                }),
                "convictions" => Some(Ask::ImmNone {
                    field: "convictions",
                }),
                "nationalities" => Some(Ask::Nationalities),
                "imprisonment" | "serving_sentence" => Some(Ask::Imprisonment),
                "unaccompanied_child" => Some(Ask::Unaccompanied),
                _ => None,
            },
            // The whole record unknown: the final order decides the most.
            ["immigration"] => Some(Ask::Orders),
            ["action", "to"] => Some(Ask::ActionTo),
            ["action", "authority"] => Some(Ask::ActionAuthority),
            ["action", "consent", ..] => Some(Ask::Consent),
            ["action", field] => pick(ACTION_BOOLS, field).map(|field| Ask::ActionBool { field }),
            ["forum", "district"] => Some(Ask::District),
            ["forum", ..] => Some(Ask::Circuit),
            ["action"] => Some(Ask::Action),
            _ => None,
        }
    }

    /// The key under which an answer ("don't know" included) is remembered,
    /// so the same question is not asked twice.
    pub fn key(&self) -> String {
        match self {
            Ask::Birth { person } => format!("people.{person}.born"),
            Ask::Date { person, field, .. }
            | Ask::Periods { person, field }
            | Ask::Never { person, field } => format!("people.{person}.{field}"),
            Ask::Sex { person } => format!("people.{person}.sex"),
            Ask::Relations => "relations".into(),
            Ask::RelationDate { index, field } => format!("relations[{index}].{field}"),
            Ask::Orders => "immigration.orders".into(),
            Ask::Protections => "immigration.protections".into(),
            Ask::ImmNone { field } => format!("immigration.{field}"),
            Ask::Nationalities => "immigration.nationalities".into(),
            Ask::Imprisonment => "immigration.imprisonment".into(),
            Ask::Unaccompanied => "immigration.unaccompanied_child".into(),
            Ask::ActionTo => "action.to".into(),
            Ask::ActionAuthority => "action.authority".into(),
            Ask::ActionBool { field } => format!("action.{field}"),
            Ask::Consent => "action.consent".into(),
            Ask::Circuit => "forum.circuit".into(),
            Ask::District => "forum.district".into(),
            Ask::Action => "action".into(),
            Ask::ParentCitizen { person } | Ask::Document { person } => {
                format!("people.{person}.citizenship")
            }
        }
    }
}

/// The next question: the missing fact, and how it is asked.
#[derive(Clone, Debug)]
pub struct Next {
    /// The missing fact, as the engine reported it.
    pub missing: MissingFact,
    /// How it is asked.
    pub ask: Ask,
}

/// The keys of the subject's parents in a case.
pub fn parents_of(case: &Case, child: &str) -> Vec<String> {
    case.relations
        .iter()
        .flatten()
        .filter(|r| r.kind == RelationKind::Parent && r.child.as_deref() == Some(child))
        .filter_map(|r| r.parent.clone())
        .collect()
}

/// U.S. places of birth (states and territories), for the order of the
/// questions only: the law decides what a birth there means.
const US_PLACES: &[&str] = &["US", "PR", "GU", "VI", "MP", "AS", "UM"];

/// Whether a person is known to have naturalized (or is asserted a
/// citizen).
fn naturalized(case: &Case, p: &str) -> bool {
    case.people.get(p).is_some_and(|x| {
        x.naturalized
            .as_ref()
            .and_then(|n| n.value())
            .is_some_and(|n| n.date.is_some())
            || x.citizenship
                .as_ref()
                .is_some_and(|c| c.status == habeas_case::types::AssertedStatus::Citizen)
    })
}

/// The leads among the subject's parents: whether one is known to have
/// naturalized (derivation is the likely route), and the one born in the
/// United States or a territory, if any (acquisition at birth is the
/// likely route; it turns on that parent's presence and on the other
/// parent's status).
fn leads(case: &Case) -> (bool, Option<String>) {
    let parents = parents_of(case, &case.subject);
    let nat_lead = parents.iter().any(|p| naturalized(case, p));
    let birth_lead = parents.into_iter().find(|p| {
        case.people
            .get(p)
            .and_then(|x| x.born.as_ref())
            .and_then(|b| b.country.as_ref())
            .is_some_and(|c| US_PLACES.contains(&c.0.as_str()))
    });
    (nat_lead, birth_lead)
}

/// The interview's group of a question (lower first); see the module docs.
fn group(case: &Case, ask: &Ask) -> u8 {
    let parents = parents_of(case, &case.subject);
    let is_parent = |p: &str| parents.iter().any(|x| x == p);
    let (nat_lead, birth_lead) = leads(case);
    let birth_lead = birth_lead.as_ref();
    let subject = |p: &str| p == case.subject;
    let subject_condition = matches!(ask,
        Ask::Date { person, field: "lpr" | "married", .. }
        | Ask::Periods { person, field: "residence" | "presence" } if subject(person));
    let about = |ask: &Ask| match ask {
        Ask::Birth { person }
        | Ask::Date { person, .. }
        | Ask::Periods { person, .. }
        | Ask::Sex { person }
        | Ask::Never { person, .. }
        | Ask::ParentCitizen { person } => Some(person.clone()),
        _ => None,
    };
    let of_parent = about(ask).filter(|p| is_parent(p));
    match ask {
        Ask::Birth { person } if subject(person) => 0,
        // A document settles the answer at once: asked right after the
        // birth.
        Ask::Document { person } if subject(person) => 1,
        Ask::Relations => 1,
        _ if subject_condition && nat_lead => 2,
        _ if subject_condition => 4,
        Ask::Date {
            person,
            field: "naturalized",
            ..
        } if subject(person) => 4,
        _ if of_parent.is_some() => match (birth_lead, nat_lead) {
            // Everything about the parent born here, and the other
            // parent's status, comes next.
            (Some(_), _) => match ask {
                Ask::Date {
                    field: "naturalized",
                    ..
                }
                | Ask::ParentCitizen { .. } => 2,
                _ if of_parent.as_ref() == birth_lead => 2,
                _ => 5,
            },
            (None, true) => 5,
            // No lead yet: how each parent became a citizen, if they did.
            (None, false) => match ask {
                Ask::Date {
                    field: "naturalized",
                    ..
                } => 2,
                Ask::Birth { .. } => 3,
                _ => 5,
            },
        },
        Ask::Circuit | Ask::District => 7,
        _ => 6,
    }
}

/// The next question to ask: citizenship facts first, then facts about
/// the action; by group, then the engine's order. `askable` says whether
/// a question may still be asked (not answered "don't know", not already
/// answered to no effect).
///
/// When citizenship is settled (see [`crate::settled`]) or nothing more
/// about it can be asked, and the case records no proposed action, the
/// action is asked ([`Ask::Action`]): even a citizen may face an
/// extradition or a prisoner transfer, which citizenship does not bar.
pub fn next(
    case: &Case,
    d: &Determination,
    lang: Lang,
    askable: impl Fn(&Ask) -> bool,
) -> Option<Next> {
    if !crate::settled(d)
        && let Some(n) = next_missing(case, d, &askable)
    {
        return Some(n);
    }
    (case.action.is_none() && askable(&Ask::Action)).then(|| Next {
        missing: MissingFact {
            boundary: None,
            citation: "INA §§ 240, 241 (8 U.S.C. §§ 1229a, 1231); 18 U.S.C. §§ 3184, 4100".into(),
            decides: vec![],
            document: t(lang, "iv-action-document", &[]),
            fact: "action".into(),
            question: t(lang, "iv-ask-action", &[]),
        },
        ask: Ask::Action,
    })
}

fn next_missing(case: &Case, d: &Determination, askable: &impl Fn(&Ask) -> bool) -> Option<Next> {
    let mut best: Option<((u8, u8, usize), Next)> = None;
    let action = d.action.iter().flat_map(|a| a.missing.iter());
    let lists = d
        .citizenship
        .missing
        .iter()
        .map(|m| (0u8, m))
        .chain(action.map(|m| (1u8, m)));
    let mut seen = BTreeSet::new();
    for (i, (part, m)) in lists.enumerate() {
        let Some(mut ask) = Ask::for_path(&m.fact) else {
            continue;
        };
        if ask == Ask::Relations && !askable(&ask) {
            // After the family question, `relations` asks about the
            // parents' own parents, that is, whether a parent could have
            // been a citizen through them: ask the parent directly.
            let (_, birth_lead) = leads(case);
            match parents_of(case, &case.subject)
                .into_iter()
                .filter(|p| birth_lead.as_ref() != Some(p) && !naturalized(case, p))
                .map(|person| Ask::ParentCitizen { person })
                .find(|a| askable(a))
            {
                Some(a) => ask = a,
                None => continue,
            }
        }
        // A parent's status is asked as whether they were ever a citizen
        // (`ParentCitizen`), not as a document.
        if matches!(&ask, Ask::Document { person } if *person != case.subject) {
            continue;
        }
        if !seen.insert(ask.key()) || !askable(&ask) {
            continue;
        }
        let rank = (part, group(case, &ask), i);
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((
                rank,
                Next {
                    missing: m.clone(),
                    ask,
                },
            ));
        }
    }
    best.map(|(_, n)| n)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_questions() {
        assert_eq!(
            Ask::for_path("people.person.born.date"),
            Some(Ask::Birth {
                person: "person".into()
            })
        );
        assert_eq!(
            Ask::for_path("people.mother.naturalized.date"),
            Some(Ask::Date {
                person: "mother".into(),
                field: "naturalized",
                wrap: true
            })
        );
        assert_eq!(
            Ask::for_path("relations[2].legal_separation"),
            Some(Ask::RelationDate {
                index: 2,
                field: "legal_separation"
            })
        );
        assert_eq!(Ask::for_path("relations[3].period"), None);
        assert_eq!(Ask::for_path("law.tps_designations.SV"), None);
        assert_eq!(Ask::for_path("forum.circuit"), Some(Ask::Circuit));
        assert_eq!(
            Ask::for_path("immigration.orders[0].final"),
            Some(Ask::Orders)
        );
        assert_eq!(
            Ask::for_path("people.mother.born.date").map(|a| a.key()),
            Some("people.mother.born".into())
        );
    }
}

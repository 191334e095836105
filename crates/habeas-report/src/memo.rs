//! The determination memo: what the HTML and the PDF both show.
//!
//! [`Memo::of`] reads a determination (made in explain mode) and its case
//! into a plain view model, in the order a reader needs it: the answer
//! first, then the bars and the routes with their authority and the facts
//! they read, the open questions with the documents that would answer
//! them, the review flags, the versions, and the notice. The HTML template
//! (`templates/memo.html`) and the PDF writer both render this one model,
//! so the two never say different things.
//!
//! The open questions and the documents that would answer them come from
//! the law (`Determination::localize` puts them in the memo's language);
//! the rule summaries, citations and review flags are shown as the law
//! writes them, in English.

use std::collections::BTreeMap;
use std::sync::Arc;

use habeas_case::Case;
use habeas_lang::{Expl, Tri};
use habeas_law::{Determination, MissingFact};
use serde::Serialize;

use crate::catalog::{EN, ES, Lang, documents_for, t, tf};

/// How many known facts a route or bar lists before "and N more".
const FACTS_SHOWN: usize = 8;

/// The memo, ready to render.
#[derive(Clone, Debug, Serialize)]
pub struct Memo {
    /// `en` or `es`.
    pub lang: &'static str,
    /// The fixed strings in the memo's language, by key.
    pub t: BTreeMap<&'static str, &'static str>,
    /// The case's id.
    pub case_id: Option<String>,
    /// The day the facts are as of.
    pub as_of: String,
    /// The subject, as the memo names them.
    pub subject: String,
    /// The subject's birth, when known (`1994-03-10, PH`).
    pub born: Option<String>,
    /// The status key (`citizen`, ...), for styling.
    pub status: &'static str,
    /// The status in words.
    pub status_text: &'static str,
    /// Since when.
    pub since: Option<String>,
    /// The routes that hold.
    pub basis: Vec<BasisView>,
    /// The proposed action, when there is one.
    pub action: Option<ActionView>,
    /// Bars that hold, then bars that may hold.
    pub bars: Vec<Reasoned>,
    /// The routes to citizenship the law tried.
    pub routes: Vec<Reasoned>,
    /// The open questions, most decisive first.
    pub questions: Vec<QuestionView>,
    /// The legal-review flags.
    pub flags: Vec<FlagView>,
    /// The law's "current as of" date.
    pub law: String,
    /// The law's hash.
    pub law_hash: String,
    /// The engine's version.
    pub engine: String,
    /// Not legal advice.
    pub notice: String,
}

/// A route that holds.
#[derive(Clone, Debug, Serialize)]
pub struct BasisView {
    /// What the rule says (or its name).
    pub summary: String,
    /// The rule.
    pub rule: String,
    /// Its authority.
    pub citation: String,
    /// Since when.
    pub since: Option<String>,
}

/// The proposed action and the verdict.
#[derive(Clone, Debug, Serialize)]
pub struct ActionView {
    /// The action in words.
    pub kind_text: String,
    /// The destination, when known.
    pub to: Option<String>,
    /// `barred`, `possibly_barred` or `no_bar_found`.
    pub verdict: &'static str,
    /// The verdict in words.
    pub verdict_text: &'static str,
    /// With `no_bar_found`: not a finding of lawfulness.
    pub notice: Option<String>,
}

/// A bar or a route, with its authority and the facts it read.
#[derive(Clone, Debug, Serialize)]
pub struct Reasoned {
    /// The bar kind, or the rule name for a route.
    pub name: String,
    /// The bar or route in the memo's language (`bar-KIND`, `route-NAME`
    /// of the catalogue), when the catalogue has it.
    pub label: Option<String>,
    /// What the rule says.
    pub summary: Option<String>,
    /// The rule.
    pub rule: String,
    /// Its authority.
    pub citation: String,
    /// `yes`, `no` or `unknown`.
    pub result: &'static str,
    /// The result in words (`holds`, `may hold`, `yes`, `open`).
    pub result_text: &'static str,
    /// The values the rule computed (for a rule: since when it holds).
    pub detail: Option<String>,
    /// Facts the reasoning read, known ones first.
    pub facts: Vec<FactView>,
    /// How many more known facts `habeas explain` would show.
    pub more: Option<String>,
}

/// A fact the reasoning read.
#[derive(Clone, Debug, Serialize)]
pub struct FactView {
    /// The condition as the law writes it, or the fact's path when unknown.
    pub text: String,
    /// The values compared.
    pub detail: Option<String>,
    /// `yes`, `no` or `unknown`.
    pub result: &'static str,
    /// The result in words.
    pub result_text: &'static str,
    /// Whether the fact is unknown.
    pub missing: bool,
}

/// An open question.
#[derive(Clone, Debug, Serialize)]
pub struct QuestionView {
    /// 1, 2, ...
    pub n: usize,
    /// The question, as the law phrases it (in the memo's language).
    pub question: String,
    /// The fact's path.
    pub fact: String,
    /// The date that matters.
    pub boundary: Option<String>,
    /// The rules it could decide.
    pub decides: String,
    /// Their authority.
    pub citation: String,
    /// Documents that would answer it.
    pub documents: Vec<String>,
}

/// A legal-review flag.
#[derive(Clone, Debug, Serialize)]
pub struct FlagView {
    /// Why a lawyer should look.
    pub reason: String,
    /// The authority.
    pub citation: String,
    /// The rule that raised it.
    pub rule: String,
}

fn tri(x: Option<Tri>) -> &'static str {
    match x {
        Some(Tri::Yes) => "yes",
        Some(Tri::No) => "no",
        _ => "unknown",
    }
}

fn result_text(lang: Lang, x: &str) -> &'static str {
    t(lang, &format!("result.{x}"))
}

/// The facts an explanation tree read: the conditions that were decided
/// (with the values they compared) and the facts that are unknown.
fn facts_of(lang: Lang, root: &Expl) -> (Vec<FactView>, usize) {
    let mut known: Vec<FactView> = Vec::new();
    let mut missing: Vec<FactView> = Vec::new();
    fn walk(lang: Lang, n: &Expl, known: &mut Vec<FactView>, missing: &mut Vec<FactView>) {
        if n.kind == "condition" && n.result.is_some_and(|r| r != Tri::Unknown) {
            let detail = n.detail.clone().filter(|d| !d.contains("(record)"));
            let record_only = n.detail.as_deref().is_some_and(|d| d.contains("(record)"));
            if !record_only
                && !known
                    .iter()
                    .any(|k| k.text == *n.node && k.detail == detail)
            {
                let r = tri(n.result);
                known.push(FactView {
                    text: n.node.to_string(),
                    detail,
                    result: r,
                    result_text: result_text(lang, r),
                    missing: false,
                });
            }
        }
        for m in &n.missing {
            let detail = m
                .boundary
                .as_ref()
                .map(|b| tf(lang, "before_or_after", &[("date", b)]));
            if !missing
                .iter()
                .any(|k| k.text == m.fact && k.detail == detail)
            {
                missing.push(FactView {
                    text: m.fact.clone(),
                    detail,
                    result: "unknown",
                    result_text: t(lang, "missing_fact"),
                    missing: true,
                });
            }
        }
        for c in &n.children {
            walk(lang, c, known, missing);
        }
    }
    walk(lang, root, &mut known, &mut missing);
    let more = known.len().saturating_sub(FACTS_SHOWN);
    known.truncate(FACTS_SHOWN);
    known.extend(missing);
    (known, more)
}

fn reasoned(
    lang: Lang,
    name: String,
    rule: String,
    citation: String,
    result: &'static str,
    result_text: &'static str,
    e: Option<&Arc<Expl>>,
) -> Reasoned {
    let (facts, more) = e.map(|e| facts_of(lang, e)).unwrap_or_default();
    let l = habeas_i18n::Lang::parse(lang.tag());
    // A bar is named by its kind, a route by its rule. In English the
    // rule's own summary says it already.
    let label = [format!("bar-{name}"), format!("route-{name}")]
        .into_iter()
        .find(|k| l != habeas_i18n::Lang::En && habeas_i18n::has(l, k))
        .map(|k| habeas_i18n::t(l, &k, &[]));
    Reasoned {
        label,
        name,
        summary: e.and_then(|e| e.summary.clone()),
        rule,
        citation,
        result,
        result_text,
        detail: e.and_then(|e| e.detail.clone()),
        facts,
        more: (more > 0).then(|| tf(lang, "more_facts", &[("n", &more.to_string())])),
    }
}

/// The routes: the rules of the first disjunction of rules below the root
/// of the citizenship tree (`citizen_by_some_route` in the law as written).
/// The tree does not carry the rules' tags (`route`), so this is a
/// reading of its shape; a `tags` field on rule nodes would make it exact.
fn route_nodes(root: &Arc<Expl>) -> Vec<Arc<Expl>> {
    let mut queue = std::collections::VecDeque::from([Arc::clone(root)]);
    while let Some(n) = queue.pop_front() {
        if n.kind == "any_of" {
            let rules: Vec<Arc<Expl>> = n
                .children
                .iter()
                .filter(|c| c.kind == "rule")
                .cloned()
                .collect();
            if !rules.is_empty() {
                return rules;
            }
        }
        queue.extend(n.children.iter().cloned());
    }
    // A single route, with no disjunction above it.
    root.children
        .iter()
        .filter(|c| c.kind == "rule")
        .cloned()
        .collect()
}

fn question_view(lang: Lang, n: usize, m: &MissingFact) -> QuestionView {
    QuestionView {
        n,
        question: m.question.clone(),
        fact: m.fact.clone(),
        boundary: m.boundary.clone(),
        decides: m.decides.join(", "),
        citation: m.citation.clone(),
        // The law's own document for the question; the memo's catalogue
        // when the law names none.
        documents: if m.document.is_empty() {
            documents_for(&m.fact)
                .iter()
                .map(|k| t(lang, k).to_string())
                .collect()
        } else {
            vec![m.document.clone()]
        },
    }
}

impl Memo {
    /// Reads a determination and its case into the memo. The determination
    /// should be made with `Mode::Explain`; without explanation trees the
    /// memo lists no facts under the routes and bars.
    pub fn of(d: &Determination, case: &Case, lang: Lang) -> Memo {
        // The questions and their documents, in the memo's language.
        let mut local = d.clone();
        local.localize(case, habeas_i18n::Lang::parse(lang.tag()));
        let d = &local;
        let c = &d.citizenship;
        let subject_person = case.people.get(&case.subject);
        let subject = match subject_person.and_then(|p| p.name.as_deref()) {
            Some(n) => format!("{n} ({})", case.subject),
            None => case.subject.clone(),
        };
        let born = subject_person.and_then(|p| p.born.as_ref()).map(|b| {
            let mut parts = Vec::new();
            if let Some(x) = &b.date {
                parts.push(x.to_string());
            }
            if let Some(x) = &b.country {
                parts.push(match &b.region {
                    Some(r) => format!("{r}, {}", x.0),
                    None => x.0.clone(),
                });
            }
            parts.join(", ")
        });
        let action = d.action.as_ref().map(|a| {
            let key = format!("action.{}", a.kind);
            let kind_text = match t(lang, &key) {
                "" => a.kind.replace('_', " "),
                s => s.to_string(),
            };
            ActionView {
                kind_text,
                to: case
                    .action
                    .as_ref()
                    .and_then(|x| x.to.as_ref())
                    .map(|c| c.0.clone()),
                verdict: a.verdict,
                verdict_text: t(lang, &format!("verdict.{}", a.verdict)),
                notice: a.notice.map(str::to_string),
            }
        });
        let mut bars = Vec::new();
        if let Some(a) = &d.action {
            for (b, key) in a
                .bars
                .iter()
                .map(|b| (b, "bar.holds"))
                .chain(a.open_bars.iter().map(|b| (b, "bar.may_hold")))
            {
                bars.push(reasoned(
                    lang,
                    b.kind.clone(),
                    b.rule.clone(),
                    b.citation.clone(),
                    tri(Some(b.holds)),
                    t(lang, key),
                    b.explanation.as_ref(),
                ));
            }
        }
        let routes = c
            .explanation
            .as_ref()
            .map(route_nodes)
            .unwrap_or_default()
            .iter()
            .map(|e| {
                let r = tri(e.result);
                reasoned(
                    lang,
                    e.rule.clone().unwrap_or_else(|| e.node.to_string()),
                    e.rule.clone().unwrap_or_default(),
                    e.citation.clone().unwrap_or_default(),
                    r,
                    result_text(lang, r),
                    Some(e),
                )
            })
            .collect();
        let mut all: Vec<&MissingFact> = c.missing.iter().collect();
        for m in d.action.iter().flat_map(|a| &a.missing) {
            if !all
                .iter()
                .any(|x| x.fact == m.fact && x.boundary == m.boundary)
            {
                all.push(m);
            }
        }
        let questions = all
            .iter()
            .enumerate()
            .map(|(i, m)| question_view(lang, i + 1, m))
            .collect();
        let flags = c
            .flags
            .iter()
            .chain(d.action.iter().flat_map(|a| &a.flags))
            .map(|f| FlagView {
                reason: f.reason.clone(),
                citation: f.citation.clone(),
                rule: f.rule.clone(),
            })
            .collect();
        let table = match lang {
            Lang::En => EN,
            Lang::Es => ES,
        };
        Memo {
            lang: lang.tag(),
            t: table.iter().copied().collect(),
            case_id: d.case.clone(),
            as_of: d.as_of.clone(),
            subject,
            born,
            status: c.status,
            status_text: t(lang, &format!("status.{}", c.status)),
            since: c.since.clone(),
            basis: c
                .basis
                .iter()
                .map(|b| BasisView {
                    summary: crate::basis_text(b, habeas_i18n::Lang::parse(lang.tag())),
                    rule: b.rule.clone(),
                    citation: b.citation.clone(),
                    since: b.since.clone(),
                })
                .collect(),
            action,
            bars,
            routes,
            questions,
            flags,
            law: d.law.clone(),
            law_hash: d.law_hash.clone(),
            engine: d.engine.to_string(),
            notice: d.notice.to_string(),
        }
    }
}

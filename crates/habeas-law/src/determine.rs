//! From rule results to a `habeas.determination/1`.

use std::sync::Arc;

use habeas_case::Case;
use habeas_lang::dates::fmt_day;
use habeas_lang::eval::{Expl, Missing, Mode, Session, collect_flags, collect_missing};
use habeas_lang::model::{BoolVal, RecVal, Val, Value};
use habeas_lang::value::{DateVal, Tri};
use serde::Serialize;

use crate::{ENGINE_VERSION, Law, questions};

/// The most nodes an explanation tree is written out with in full; a
/// larger one is written with each repeated sub-tree shown once
/// (`habeas_lang::eval::share_repeats`). Measured when it was set (law
/// tests, 2026-11-30): a median tree of 100 nodes, 1,764 at the 90th
/// percentile, 24,206 at the 99th, 301,561 at most; the published examples
/// 11 to 433.
const EXPLANATION_NODES: usize = 20_000;

/// The rule name of the flag raised when a determination stops at the
/// evaluator's work limit.
pub const WORK_LIMIT_RULE: &str = "work_limit";

fn work_limit_flag() -> ReviewFlag {
    ReviewFlag {
        kind: "legal_review",
        reason: format!(
            "the case is too large for the engine to decide in full (it stops after {} steps, so that no case can exhaust the machine): what it could not reach is left open; a lawyer must work out the rest (a family of many generations without birth dates is the usual cause: the dates of the people the claim goes through settle most of it)",
            habeas_lang::eval::WORK_LIMIT
        ),
        citation: "habeas engine limit (docs/language.md, \"Work limit\")".to_string(),
        rule: WORK_LIMIT_RULE.to_string(),
    }
}

/// Shown with every determination, and always with `no_bar_found`.
pub const NOT_LEGAL_ADVICE: &str = "This is not a finding that any action is lawful, and it is not legal advice. \
habeas only looks for legal reasons an action is barred; a lawyer must review every case.";

/// The output of [`Law::determine`].
///
/// The fields of every struct serialized here are declared in sorted order,
/// so that [`Determination::to_json_string`] writes the same bytes as
/// [`Determination::to_json`] (whose maps sort their keys).
#[derive(Clone, Debug, Serialize)]
pub struct Determination {
    /// Is the proposed action barred?
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ActionPart>,
    /// The day the question was asked.
    pub as_of: String,
    /// The case's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// Is the subject a citizen or national?
    pub citizenship: CitizenshipPart,
    /// The engine's version.
    pub engine: &'static str,
    /// `habeas.determination/1`.
    pub format: &'static str,
    /// The law's "current as of" date.
    pub law: String,
    /// The law's content hash.
    pub law_hash: String,
    /// Not a finding of lawfulness; not legal advice.
    pub notice: &'static str,
    /// How much evaluation work it took (not part of the output format).
    #[serde(skip)]
    pub work: habeas_lang::Stats,
}

/// A rule that holds, with its authority.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Basis {
    /// Citation.
    pub citation: String,
    /// Rule name.
    pub rule: String,
    /// Since when it holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// What the rule says, in a line.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// A reading that rests on unsettled law.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct ReviewFlag {
    /// The authority.
    pub citation: String,
    /// Always `legal_review`.
    pub kind: &'static str,
    /// Why a lawyer should look.
    pub reason: String,
    /// The rule that raised it.
    pub rule: String,
}

/// A fact that would settle an open question.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct MissingFact {
    /// The day that matters, for a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boundary: Option<String>,
    /// The authority of the first rule it decides.
    pub citation: String,
    /// The rules it could decide.
    pub decides: Vec<String>,
    /// The kind of document that would answer it.
    pub document: String,
    /// Path of the fact in the case.
    pub fact: String,
    /// The question to ask, in plain language.
    pub question: String,
}

/// The citizenship part.
#[derive(Clone, Debug, Serialize)]
pub struct CitizenshipPart {
    /// The routes that hold.
    pub basis: Vec<Basis>,
    /// The explanation tree (explain mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Arc<Expl>>,
    /// Legal-review flags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<ReviewFlag>,
    /// Facts that would settle it, most decisive first.
    pub missing: Vec<MissingFact>,
    /// The day it began (partial when only a span is known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// `citizen`, `national`, `not_citizen` or `undetermined`.
    pub status: &'static str,
}

/// One bar.
#[derive(Clone, Debug, Serialize)]
pub struct Bar {
    /// Its authority.
    pub citation: String,
    /// Why (explain mode).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Arc<Expl>>,
    /// `yes` (holds) or `unknown` (could hold).
    pub holds: Tri,
    /// The bar kind (spec vocabulary).
    pub kind: String,
    /// The rule.
    pub rule: String,
}

/// The action part.
#[derive(Clone, Debug, Serialize)]
pub struct ActionPart {
    /// Bars that hold.
    pub bars: Vec<Bar>,
    /// Legal-review flags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<ReviewFlag>,
    /// The action's kind.
    pub kind: String,
    /// Facts that would settle open bars, most decisive first.
    pub missing: Vec<MissingFact>,
    /// With `no_bar_found`: not a finding of lawfulness.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<&'static str>,
    /// Bars that could hold, depending on `missing`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub open_bars: Vec<Bar>,
    /// `barred`, `possibly_barred` or `no_bar_found`.
    pub verdict: &'static str,
}

impl Determination {
    /// Puts every question into `lang` (determinations are made in English).
    pub fn localize(&mut self, case: &Case, lang: habeas_i18n::Lang) {
        let parts = std::iter::once(&mut self.citizenship.missing)
            .chain(self.action.as_mut().map(|a| &mut a.missing));
        for list in parts {
            for m in list.iter_mut() {
                let (q, d) = questions::phrase(case, &m.fact, m.boundary.as_deref(), lang);
                m.question = q;
                m.document = d;
            }
        }
    }

    /// The `habeas.determination/1` JSON, with the explanation trees only
    /// when `explain` is true (the same bytes from every shell: CLI, batch,
    /// server).
    pub fn to_json(&self, explain: bool) -> serde_json::Value {
        serde_json::to_value(&*self.as_shown(explain)).unwrap_or_default()
    }

    /// The text of [`Determination::to_json`], written straight from the
    /// structs without building a `serde_json::Value` first (which cost
    /// more than the determination itself for a 20 KB explanation). The
    /// bytes are the same: `to_json` writes a map's keys in sorted order, so
    /// every serialized struct here declares its fields in that order (the
    /// test `json_text_equals_the_value_text` checks it on the corpus).
    /// Decision records hash and compare these bytes, so they must not
    /// change from one version to the next.
    pub fn to_json_string(&self, explain: bool) -> String {
        serde_json::to_string(&*self.as_shown(explain)).unwrap_or_default()
    }

    /// The determination as shown: itself, or without its trees. Without
    /// them it has the bytes of serializing everything and removing every
    /// `explanation` (`strip_explanations`; the test
    /// `answers_equal_explaining_answers` checks it), without serializing
    /// the trees first.
    fn as_shown(&self, explain: bool) -> std::borrow::Cow<'_, Determination> {
        if explain {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut d = self.clone();
        d.drop_trees();
        std::borrow::Cow::Owned(d)
    }

    /// Removes every explanation tree (of the citizenship answer and of
    /// each bar).
    fn drop_trees(&mut self) {
        self.citizenship.explanation = None;
        if let Some(a) = self.action.as_mut() {
            for b in a.bars.iter_mut().chain(a.open_bars.iter_mut()) {
                b.explanation = None;
            }
        }
    }
}

/// Removes every `explanation` from a determination's JSON (what
/// [`Determination::to_json`] leaves out when `explain` is false).
pub fn strip_explanations(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("explanation");
            m.values_mut().for_each(strip_explanations);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_explanations),
        _ => {}
    }
}

pub(crate) fn since_text(d: &DateVal) -> Option<String> {
    if !d.may_date || d.lo <= habeas_lang::dates::NEG_INF || d.hi >= habeas_lang::dates::POS_INF {
        return None;
    }
    if d.lo == d.hi {
        return Some(fmt_day(d.lo));
    }
    // A span: a partial date, as the case format writes them, naming the
    // month or the year both ends fall in ("some day in 2004"; a child
    // admitted in "2004" after a parent's oath on 2004-04-04 became a
    // citizen on a day of 2004-04-04..2004-12-31). Only a span across
    // years, which no partial date can name, is written as the span.
    let (a, b) = (fmt_day(d.lo), fmt_day(d.hi));
    if a[..7] == b[..7] {
        Some(a[..7].to_string())
    } else if a[..4] == b[..4] {
        Some(a[..4].to_string())
    } else {
        Some(format!("{a}..{b}"))
    }
}

fn bool_of(v: &Val) -> BoolVal {
    match &v.v {
        Value::Bool(b) => *b,
        _ => BoolVal::of(Tri::Unknown),
    }
}

/// The proof of citizenship to ask for (`people.KEY.citizenship`): the
/// subject's, whenever the status is open, and each other person's about
/// whom a fact is asked and whose own citizenship is open (`open_status`,
/// given the person's record, in the order of `case.people`). A status
/// recorded on the person's word leaves it open, and is asked too (a
/// document turns the claim into the fact; review of the change, tests
/// dis-docs-*-claims-citizenship-on-word-*). The subject's comes first in
/// the ranking (`rank`).
fn document_questions(
    case: &Case,
    missing: &[Missing],
    people: &[Value],
    mut open_status: impl FnMut(&Value) -> bool,
    citizen: &Entry,
) -> Vec<Missing> {
    let asked = |key: &str| {
        let prefix = format!("people.{key}.");
        missing.iter().any(|m| m.fact.starts_with(&prefix))
    };
    case.people
        .keys()
        .zip(people)
        .filter(|(key, person)| **key == case.subject || (asked(key) && open_status(person)))
        .map(|(key, _)| Missing {
            fact: format!("people.{key}.citizenship"),
            boundary: None,
            condition: "proof of citizenship".into(),
            rule: citizen.name.clone(),
            citation: citizen.citation.clone(),
            rules: vec![citizen.name.clone()],
        })
        .collect()
}

/// Merges missing facts into ranked questions.
///
/// Each missing fact is attributed to the routes (rules tagged `route`) and
/// bars it could decide: the outermost such rule on its path in the
/// explanation. A route with fewer unknown facts is closer to being settled,
/// so a fact scores 1/n for every route it belongs to that has n unknown
/// facts: the fact that alone would settle a route comes first, then facts
/// that settle several routes. Ties keep the order the law reached them.
fn rank(
    prog: &habeas_lang::Program,
    en: &Entries,
    case: &Case,
    items: Vec<Missing>,
) -> Vec<MissingFact> {
    let is_route = |name: &str| en.route_names.contains(name);
    // (fact, boundary, routes, citation) in first-seen order.
    let mut facts: Vec<(String, Option<String>, Vec<String>, String)> = Vec::new();
    for m in items {
        let route = m
            .rules
            .iter()
            .find(|r| is_route(r))
            .cloned()
            .unwrap_or_else(|| m.rule.clone());
        match facts.iter_mut().find(|f| f.0 == m.fact) {
            Some(f) => {
                if f.1.is_none() {
                    f.1 = m.boundary.clone();
                }
                if !f.2.contains(&route) {
                    f.2.push(route);
                }
            }
            None => {
                let citation = prog
                    .rule(&route)
                    .map_or(m.citation.clone(), |r| r.citation());
                facts.push((m.fact, m.boundary, vec![route], citation));
            }
        }
    }
    // A fact and its date asked apart are one question ("Did the person
    // naturalize? If so, on what date?" twice: review of 2026-11-30): the
    // date's entry keeps both (its path is the more specific).
    let mut i = 0;
    while i < facts.len() {
        let dated = format!("{}.date", facts[i].0);
        if let Some(j) = facts.iter().position(|f| f.0 == dated) {
            let (_, boundary, routes, _) = facts.remove(i);
            let j = if j > i { j - 1 } else { j };
            if facts[j].1.is_none() {
                facts[j].1 = boundary;
            }
            for r in routes {
                if !facts[j].2.contains(&r) {
                    facts[j].2.push(r);
                }
            }
        } else {
            i += 1;
        }
    }
    let mut per_route: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for f in &facts {
        for r in &f.2 {
            *per_route.entry(r.as_str()).or_default() += 1;
        }
    }
    let mut scored: Vec<(f64, MissingFact)> = facts
        .iter()
        .map(|(fact, boundary, routes, citation)| {
            let score: f64 = routes
                .iter()
                .map(|r| 1.0 / per_route.get(r.as_str()).copied().unwrap_or(1).max(1) as f64)
                .sum();
            let (question, document) =
                questions::phrase(case, fact, boundary.as_deref(), habeas_i18n::Lang::En);
            (
                score,
                MissingFact {
                    fact: fact.clone(),
                    question,
                    document,
                    decides: routes.clone(),
                    boundary: boundary.clone(),
                    citation: citation.clone(),
                },
            )
        })
        .collect();
    scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    // The subject's own proof of citizenship is asked first: the quickest
    // answer there is (`document_questions`).
    let own = format!("people.{}.citizenship", case.subject);
    if let Some(i) = scored.iter().position(|x| x.1.fact == own) {
        let x = scored.remove(i);
        scored.insert(0, x);
    }
    scored.into_iter().map(|x| x.1).collect()
}

thread_local! {
    /// The evaluator's working memory, reused by the next determination on
    /// this thread (screening and the server decide case after case).
    static SCRATCH: std::cell::Cell<habeas_lang::Scratch> = std::cell::Cell::new(habeas_lang::Scratch::default());
}

/// A rule the determination calls by its tag, with what the output shows
/// of it (computed once per law, not per case).
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    idx: usize,
    name: String,
    citation: String,
    summary: String,
    /// For bars: the bar kind.
    kind: String,
}

/// The rules a determination starts from, found by their tags.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entries {
    citizen: Option<Entry>,
    national: Option<Entry>,
    supported: Option<Entry>,
    national_open: Option<Entry>,
    /// Rules tagged `action:note`: no bars, but their flags go with every
    /// answer on the action when they hold (deferred action in force, say).
    notes: Vec<Entry>,
    routes: Vec<Entry>,
    national_routes: Vec<Entry>,
    bars: Vec<Entry>,
    /// The rules a missing fact is attributed to: routes and bars.
    route_names: std::collections::HashSet<String, rustc_hash::FxBuildHasher>,
}

impl Entries {
    pub(crate) fn of(prog: &habeas_lang::Program) -> Entries {
        let entry = |idx: usize, kind: &str| {
            let r = &prog.rules[idx];
            Entry {
                idx,
                name: r.name.clone(),
                citation: r.citation(),
                summary: r.summary(),
                kind: kind.to_string(),
            }
        };
        let first = |tag: &str| prog.tagged(tag).next().map(|(i, _)| entry(i, ""));
        let all = |tag: &str| prog.tagged(tag).map(|(i, _)| entry(i, "")).collect();
        let bars = prog
            .rules
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                r.tags
                    .iter()
                    .filter_map(|t| t.strip_prefix("bar:"))
                    .map(move |k| (i, k))
            })
            .map(|(i, k)| entry(i, k))
            .collect();
        let routes: Vec<Entry> = all("route");
        let national_routes: Vec<Entry> = all("route:national");
        let route_names = routes
            .iter()
            .chain(&national_routes)
            .chain(&bars)
            .map(|e| e.name.clone())
            .collect();
        Entries {
            route_names,
            citizen: first("status:citizen"),
            national: first("status:national"),
            supported: first("status:supported"),
            national_open: first("status:national_open"),
            notes: all("action:note"),
            routes,
            national_routes,
            bars,
        }
    }
}

fn flags_of(flags: &[habeas_lang::Flag]) -> Vec<ReviewFlag> {
    flags
        .iter()
        .map(|f| ReviewFlag {
            kind: "legal_review",
            reason: f.reason.clone(),
            citation: f.citation.clone(),
            rule: f.rule.clone(),
        })
        .collect()
}

impl Law {
    /// Decides a validated case. `Mode::Explain` adds explanation trees and
    /// missing facts; `Mode::Fast` gives statuses and verdicts only.
    pub fn determine(&self, case: &Case, mode: Mode) -> Determination {
        let d = self.determine_inner(case, mode, None);
        self.settle_partial_dates(case, mode, d)
    }

    /// The answer of an explaining determination, without its trees: the
    /// same statuses, bases, bars, flags and ranked questions, so the same
    /// `to_json(false)` bytes, from one evaluation in missing mode (which
    /// builds only the open nodes and the paths to flags). The server's
    /// stateless route and `habeas check` without `--explain` use it; the
    /// test `answers_equal_explaining_answers` checks the claim on every case
    /// of the corpus.
    pub fn determine_answer(&self, case: &Case) -> Determination {
        let mut d = self.determine(case, Mode::Missing);
        // The pruned trees are not explanations: drop them.
        d.drop_trees();
        d
    }

    /// Like [`Law::determine`], adding what the evaluation exercised to
    /// `coverage` (for `habeas law test --coverage`).
    pub fn determine_with_coverage(
        &self,
        case: &Case,
        mode: Mode,
        coverage: &mut habeas_lang::Coverage,
    ) -> Determination {
        let d = self.determine_inner(case, mode, Some(coverage));
        self.settle_partial_dates(case, mode, d)
    }

    pub(crate) fn determine_inner(
        &self,
        case: &Case,
        mode: Mode,
        coverage: Option<&mut habeas_lang::Coverage>,
    ) -> Determination {
        let prog = self.program();
        // Explaining and missing modes track fact paths and build trees (in
        // missing mode, of open nodes and paths to flags only), from which
        // missing facts and flags are read.
        let explain = mode != Mode::Fast;
        // Fact paths only serve the missing facts.
        let (mut facts, root) = if explain {
            habeas_case::facts_of(case)
        } else {
            habeas_case::facts_of_untracked(case)
        };
        self.data.add_to(&mut facts, root, case);
        let (schema, t) = habeas_case::schema();
        let subject = schema
            .field_of(t.case, "subject")
            .and_then(|(i, _)| facts.get(root, i))
            .map_or(Value::Rec(RecVal::Unknown), |v| v.v.clone());
        let root_v = Value::Rec(RecVal::Known(root));
        let scratch = SCRATCH.with(|x| x.take());
        let mut s = Session::with_scratch(prog, &facts, mode, scratch);
        if coverage.is_some() {
            s.record_coverage();
        }
        let en = &self.entries;
        let call = |s: &mut Session<'_>,
                    e: &Option<Entry>,
                    arg: &Value|
         -> Option<(String, Val, Option<Arc<Expl>>)> {
            let e = e.as_ref()?;
            let (v, x) = s.call_index(e.idx, vec![arg.clone()]);
            Some((e.name.clone(), v, x))
        };
        let citizen = call(&mut s, &en.citizen, &subject);
        let national = call(&mut s, &en.national, &subject);
        let c = citizen
            .as_ref()
            .map_or(BoolVal::of(Tri::Unknown), |x| bool_of(&x.1));
        let n = national
            .as_ref()
            .map_or(BoolVal::of(Tri::No), |x| bool_of(&x.1));
        // A national whose citizenship is open through a parent known to be
        // a citizen is `undetermined`, not `national`: the spec's `national`
        // is "a U.S. national who is not a citizen", and "(not a citizen)"
        // must not be said of the child of a citizen whose presence is not
        // known (review of 2026-11-30, tenth session, test me02-american-
        // samoa-2000-us-mother-presence-unknown). A route open only on
        // unrecorded facts (parents of unknown status) keeps `national`.
        // The `national` bar holds either way.
        let national_open = n.tri == Tri::Yes
            && c.tri == Tri::Unknown
            && call(&mut s, &en.national_open, &subject)
                .is_some_and(|x| bool_of(&x.1).tri == Tri::Yes);
        let (status, since) = match (c.tri, n.tri) {
            (Tri::Yes, _) => ("citizen", since_text(&c.since)),
            (_, Tri::Yes) if !national_open => ("national", since_text(&n.since)),
            (Tri::No, Tri::No) => ("not_citizen", None),
            _ => ("undetermined", None),
        };
        // The basis: every route that holds for the subject.
        let routes = if status == "national" {
            &en.national_routes
        } else {
            &en.routes
        };
        let mut basis = Vec::new();
        if status == "citizen" || status == "national" {
            for r in routes {
                let (v, _) = s.call_index(r.idx, vec![subject.clone()]);
                let b = bool_of(&v);
                if b.tri == Tri::Yes {
                    basis.push(Basis {
                        rule: r.name.clone(),
                        citation: r.citation.clone(),
                        summary: r.summary.clone(),
                        since: since_text(&b.since),
                    });
                }
            }
        }
        let mut missing = Vec::new();
        let mut explanation = None;
        if explain {
            let tree = |x: &Option<(String, Val, Option<Arc<Expl>>)>| {
                x.as_ref().and_then(|(_, _, e)| e.as_ref().map(Arc::clone))
            };
            let (ct, nt) = (tree(&citizen), tree(&national));
            // A national whose citizenship is still open is asked what would
            // settle it too (review of 2026-11-29: an American Samoan whose
            // citizen father's presence was incomplete was answered a
            // national with no question about the presence).
            if let Some(e) = &ct
                && c.tri == Tri::Unknown
            {
                missing.extend(collect_missing(e));
            }
            if let Some(e) = &nt
                && status == "undetermined"
                && n.tri == Tri::Unknown
            {
                missing.extend(collect_missing(e));
            }
            // Whoever's citizenship is open is asked for documents: a U.S.
            // passport, certificate or consular report of birth abroad
            // settles the subject's status at once (it is taken as the fact,
            // spec principle 4), and a parent's settles a route through that
            // parent. Review of 2026-11-30, twelfth session (tests mf-x04-
            // sparse-subject-own-citizenship-documents-never-asked, mf-x05,
            // mf-x06: the documents were never asked, in any open case).
            // Only where the citizenship tree left facts open about that
            // person.
            if c.tri == Tri::Unknown
                && status == "undetermined"
                && let Some(e) = &en.citizen
            {
                // The people's records, in the order of `case.people`
                // (facts.rs).
                let people: Vec<Value> = schema
                    .field_of(t.case, "people")
                    .and_then(|(i, _)| facts.get(root, i))
                    .and_then(|v| match &v.v {
                        Value::List(l) => Some(l.items.iter().map(|x| x.v.clone()).collect()),
                        _ => None,
                    })
                    .unwrap_or_default();
                let open_status = |p: &Value| {
                    let (v, _) = s.call_index(e.idx, vec![p.clone()]);
                    bool_of(&v).tri == Tri::Unknown
                };
                missing.extend(document_questions(case, &missing, &people, open_status, e));
            }
            // A citizen since a day not known (an oath recorded without its
            // date) is asked when it began (spec: "when did this begin?";
            // review of 2026-11-30, eleventh session, test n-oath-nodate:
            // no `since` and nothing asked).
            if status == "citizen"
                && since.is_none()
                && let (Some((name, v, _)), Some(e)) = (&citizen, &en.citizen)
            {
                for fact in s.facts_of(v) {
                    missing.push(Missing {
                        fact,
                        boundary: None,
                        condition: "since".into(),
                        rule: name.clone(),
                        citation: e.citation.clone(),
                        rules: vec![name.clone()],
                    });
                }
            }
            // The tree of the answer given (in missing mode it may be
            // absent: nothing open and no flag in it).
            explanation = if status == "national" { nt } else { ct };
        }
        // In explaining mode the flags are those of the rules that decided
        // the answer (a flag raised in an irrelevant branch, say a
        // grandparent's open birth in Guam, is not shown); in fast mode,
        // every flag raised.
        // (In missing mode a tree without open nodes or flags is not built:
        // no tree, no flag.)
        let mut raised = if explain {
            explanation
                .as_ref()
                .map(|e| collect_flags(e))
                .unwrap_or_default()
        } else {
            s.flags().to_vec()
        };
        // A citizen or a non-citizen is a definite answer: a flag saying
        // that a rule left "the answer open" was raised in a branch whose
        // unknown did not reach it (a parent's own open derivation routes,
        // beside a parent's passport and a failed residence count: review
        // of the fifteenth session, test flags-not-citizen-father-passport-
        // since-birth-unnamed-grandparents-no-open-flags). A national's
        // citizenship may still be open, so its flags stay.
        if matches!(status, "citizen" | "not_citizen") {
            raised.retain(|f| !f.open);
        }
        let citizenship_flags = flags_of(&raised);
        let n_flags = s.flags().len();
        let citizenship = CitizenshipPart {
            status,
            since,
            basis,
            flags: citizenship_flags,
            explanation,
            missing: rank(prog, en, case, missing),
        };

        let action = case.action.as_ref().map(|a| {
            let kind = serde_json::to_value(a.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let mut bars = Vec::new();
            let mut open = Vec::new();
            let mut amissing = Vec::new();
            for e in &en.bars {
                let (v, x) = s.call_index(e.idx, vec![root_v.clone()]);
                let b = bool_of(&v);
                let bar = Bar {
                    kind: e.kind.clone(),
                    holds: b.tri,
                    rule: e.name.clone(),
                    citation: e.citation.clone(),
                    explanation: x.clone(),
                };
                match b.tri {
                    Tri::Yes => bars.push(bar),
                    Tri::Unknown => {
                        if let Some(x) = &x {
                            amissing.extend(collect_missing(x));
                        }
                        open.push(bar);
                    }
                    Tri::No => {}
                }
            }
            // A supported but unresolved citizenship claim bars the action
            // until it is resolved (Ng Fung Ho v. White; 8 U.S.C. 1252(b)(5)).
            // An unsupported one does not decide the verdict: "the verdict is
            // then decided by the other bars, and the open routes still
            // produce `missing` questions" (spec, `possible_citizen`;
            // decision 0300: the citizenship bars are never open, an
            // undetermined citizenship is `possible_citizen`'s).
            let supported = if status == "undetermined" {
                call(&mut s, &en.supported, &root_v)
            } else {
                None
            };
            if status == "undetermined"
                && supported
                    .as_ref()
                    .is_none_or(|(_, v, _)| bool_of(v).tri != Tri::Yes)
            {
                open.retain(|b| {
                    b.kind != "citizen" && b.kind != "detention_of_citizen" && b.kind != "national"
                });
            }
            if status == "undetermined"
                && let Some((name, v, e)) = supported
                && bool_of(&v).tri == Tri::Yes
            {
                bars.insert(
                    0,
                    Bar {
                        kind: "possible_citizen".into(),
                        holds: Tri::Yes,
                        rule: name,
                        citation: en
                            .supported
                            .as_ref()
                            .map(|e| e.citation.clone())
                            .unwrap_or_default(),
                        explanation: e,
                    },
                );
                open.retain(|b| {
                    b.kind != "citizen" && b.kind != "detention_of_citizen" && b.kind != "national"
                });
            }
            let verdict = if !bars.is_empty() {
                "barred"
            } else if !open.is_empty() {
                "possibly_barred"
            } else {
                "no_bar_found"
            };
            let raised = if explain && verdict != "no_bar_found" {
                let mut fl = Vec::new();
                // The flags of the bars that decided the verdict: the
                // holding bars when it is barred, else the open ones.
                let deciding = if bars.is_empty() { &open } else { &bars };
                for b in deciding {
                    if let Some(e) = &b.explanation {
                        for f in collect_flags(e) {
                            if !fl.contains(&f) {
                                fl.push(f);
                            }
                        }
                    }
                }
                flags_of(&fl)
            } else {
                // Fast mode, and any `no_bar_found`: every flag raised while
                // the bars were weighed. No bar decided a `no_bar_found`, so
                // each of them did, and it is the answer that most needs a
                // lawyer's eye (say, a third-country removal on three hours'
                // notice).
                flags_of(&s.flags()[n_flags..])
            };
            // The notes: flags that go with the answer whatever the verdict
            // (decision 0309: deferred action is no bar, but a removal while
            // it is in force needs a lawyer's eye).
            let mut raised = raised;
            for e in &en.notes {
                let before = s.flags().len();
                let (v, x) = s.call_index(e.idx, vec![root_v.clone()]);
                if bool_of(&v).tri == Tri::No {
                    continue;
                }
                let fl = match &x {
                    Some(x) => collect_flags(x),
                    None => s.flags()[before..].to_vec(),
                };
                for f in flags_of(&fl) {
                    if !raised.contains(&f) {
                        raised.push(f);
                    }
                }
            }
            // Flags already shown with the citizenship answer are not
            // repeated.
            let action_flags: Vec<ReviewFlag> = raised
                .into_iter()
                .filter(|f| !citizenship.flags.contains(f))
                .collect();
            ActionPart {
                kind,
                verdict,
                bars,
                open_bars: open,
                flags: action_flags,
                missing: rank(prog, en, case, amissing),
                notice: (verdict == "no_bar_found").then_some(NOT_LEGAL_ADVICE),
            }
        });
        if let Some(cov) = coverage {
            cov.merge(&s.coverage());
        }
        let work = s.stats();
        let exhausted = s.exhausted();
        SCRATCH.with(|x| x.replace(s.into_scratch()));
        let mut citizenship = citizenship;
        let mut action = action;
        if exhausted {
            // Past the work limit every result is unknown: the answer is
            // open, and says why.
            citizenship.flags.insert(0, work_limit_flag());
            if let Some(a) = action.as_mut() {
                a.flags.insert(0, work_limit_flag());
            }
        }
        // A tree too large to write out in full (a family of many
        // generations, each remembered call's tree shared by every call
        // that asked for it) is written with its repeats shown once
        // (review of 2026-11-30: `explain` on a chain of seven single
        // parents ran out of memory). Missing facts and flags were read
        // above; they are the same either way.
        let fit = |e: &mut Option<Arc<Expl>>| {
            if let Some(t) = e
                && habeas_lang::eval::expanded_size(t, EXPLANATION_NODES) > EXPLANATION_NODES
            {
                *t = habeas_lang::eval::share_repeats(t);
            }
        };
        fit(&mut citizenship.explanation);
        if let Some(a) = action.as_mut() {
            for b in a.bars.iter_mut().chain(a.open_bars.iter_mut()) {
                fit(&mut b.explanation);
            }
        }
        Determination {
            format: "habeas.determination/1",
            case: case.id.clone(),
            as_of: fmt_day(facts.as_of),
            law: self.version().current_as_of.clone(),
            law_hash: self.version().hash.clone(),
            engine: ENGINE_VERSION,
            citizenship,
            work,
            action,
            notice: NOT_LEGAL_ADVICE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use habeas_lang::dates::parse_day;

    fn span(a: &str, b: &str) -> DateVal {
        let d = |s: &str| parse_day(s).unwrap_or_default();
        DateVal::span(d(a), d(b))
    }

    #[test]
    fn since_is_written_as_a_partial_date() {
        for (lo, hi, written) in [
            ("2004-04-04", "2004-04-04", "2004-04-04"),
            ("2004-04-04", "2004-04-30", "2004-04"),
            ("2004-04-04", "2004-12-31", "2004"),
            ("2003-12-01", "2004-01-31", "2003-12-01..2004-01-31"),
        ] {
            assert_eq!(
                since_text(&span(lo, hi)).as_deref(),
                Some(written),
                "{lo}..{hi}"
            );
        }
        assert_eq!(since_text(&DateVal::unknown_day()), None);
    }
}

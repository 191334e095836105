//! The three-valued evaluator.
//!
//! One evaluator serves two modes on the same compiled plan:
//! - **fast**: the verdict only; no explanation nodes are built and no
//!   uncertainty sources are tracked (batch screening);
//! - **explain**: every condition that decided the result becomes a node
//!   of an explanation tree, pruned to what mattered, and every unknown leaf
//!   names the facts that could change it.
//!
//! Semantics (see `docs/language.md`): Kleene logic; `and` short-circuits on
//! a known no; `or` evaluates every operand (so that `since` is the earliest
//! day any holding route began); a version table evaluates every version
//! whose window the key date may fall in and joins the results, so a
//! partial date gives a definite answer exactly when every possible day
//! gives the same one.

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::ast::BinOp;
use crate::dates::{Day, LeapPolicy, NEG_INF, POS_INF, anniversary, fmt_day, months_after};
use crate::ir::{Builtin, Node, NodeKind, Program, RuleIr, VersionIr, VersionIrKind};
use crate::model::{BoolVal, FIELD_PATH, Facts, ListVal, NO_PATH, RecVal, Src, Type, Val, Value};
use crate::value::{DateVal, RANGE_INF, Range, Spans, TimelineVal, Tri};

/// How much to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Verdicts only.
    Fast,
    /// Verdicts, explanation trees and missing facts.
    Explain,
    /// Verdicts, missing facts and the flags of the rules that decided:
    /// the explanation trees keep only the open (unknown) nodes, which are
    /// all that missing facts are read from (`collect_missing` follows
    /// unknown nodes only), and the paths to rules that raised a flag, all
    /// that `collect_flags` reads; so both are those of `Explain`, with
    /// less work.
    Missing,
}

impl Mode {
    fn index(self) -> usize {
        match self {
            Mode::Fast => 0,
            Mode::Explain => 1,
            Mode::Missing => 2,
        }
    }
}

/// A fact that is not known and could change a result.
///
/// Fields are declared in sorted order: a host writes this struct's JSON
/// straight from it, in the bytes of a `serde_json::Value` (sorted keys).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MissingLeaf {
    /// For a date compared with a known day: that day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boundary: Option<String>,
    /// The input path of the fact.
    pub fact: String,
}

/// A node of an explanation tree.
///
/// Fields are declared in sorted order: a host writes this struct's JSON
/// straight from it, in the bytes of a `serde_json::Value` (sorted keys).
#[derive(Clone, Debug, Serialize)]
pub struct Expl {
    /// Sub-nodes that decided this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Arc<Expl>>,
    /// The authority.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// The values it compared or computed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Legal-review flags this rule raised itself.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flag>,
    /// What kind of node: `rule`, `condition`, `not`, `all_of`, `any_of`,
    /// `any`, `all`, `item`, `exception`, `note`, `value`.
    pub kind: &'static str,
    /// Unknown facts at this leaf.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingLeaf>,
    /// The condition or call as written in the law.
    pub node: Arc<str>,
    /// The result of a condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Tri>,
    /// The rule's name (rule nodes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The rule's summary line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Which version applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Expl {
    fn new(kind: &'static str, node: Arc<str>, result: Option<Tri>) -> Expl {
        Expl {
            kind,
            node,
            result,
            detail: None,
            rule: None,
            summary: None,
            citation: None,
            version: None,
            missing: vec![],
            flags: vec![],
            children: vec![],
        }
    }
}

/// A reading that rests on unsettled law: a lawyer should look.
///
/// Fields are declared in sorted order: a host writes this struct's JSON
/// straight from it, in the bytes of a `serde_json::Value` (sorted keys).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Flag {
    /// The rule's authority.
    pub citation: String,
    /// Why.
    pub reason: String,
    /// The rule that raised it.
    pub rule: String,
    /// Raised because the rule's result was left unknown (a version the
    /// law does not encode, a cycle, a family too deep): it says "the answer
    /// is left open", which a host may leave out of a definite answer (the
    /// unknown did not reach it). Not written out (the host decides).
    #[serde(skip)]
    pub open: bool,
}

/// A fact that could change a result, with the rule that reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// Input path of the fact.
    pub fact: String,
    /// The day that matters, for a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub boundary: Option<String>,
    /// The condition that needs it.
    pub condition: String,
    /// The nearest rule.
    pub rule: String,
    /// Its citation.
    pub citation: String,
    /// The rules from the top of the tree down to the condition.
    #[serde(skip)]
    pub rules: Vec<String>,
}

/// Collects the unknown facts below an explanation node, following only
/// unknown nodes (a known node's unknown parts did not matter).
pub fn collect_missing(root: &Expl) -> Vec<Missing> {
    let mut w = MissingWalk {
        out: Vec::new(),
        seen: FxHashMap::default(),
        chain: Vec::new(),
        visited: rustc_hash::FxHashSet::default(),
    };
    w.walk(root, "", "", context_key("", ""));
    w.out
}

/// The state of [`collect_missing`]: the facts found, a hash of each
/// (fact, boundary, rule) already found, the rules from the top down, and
/// the nodes already walked under each nearest rule.
struct MissingWalk {
    out: Vec<Missing>,
    /// A hash of each (fact, boundary, rule) found, to the places in `out`
    /// that have it (a repeat is compared with those alone: scanning all of
    /// `out` for each repeat made a large family's walk quadratic, review
    /// of 2026-11-30).
    seen: FxHashMap<u64, smallvec::SmallVec<[u32; 1]>>,
    chain: Vec<String>,
    /// A remembered call's tree is shared (an `Arc`) by every call that
    /// asked for it, so a family's trees form a graph in which one
    /// ancestor's sub-tree is reached by many paths: walked as a tree, the
    /// work doubled with each generation (review of 2026-11-30: a chain of
    /// seven single parents took minutes). A node walked again under the
    /// same nearest rule only finds facts already found, so it is walked
    /// once; the output is the same.
    visited: rustc_hash::FxHashSet<(usize, u64)>,
}

/// The walk's context (the nearest rule's name and citation) by content:
/// copies of one rule's node hold equal strings at other places.
fn context_key(rule: &str, cite: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (rule, cite).hash(&mut h);
    h.finish()
}

impl MissingWalk {
    /// `context` is `context_key(rule, cite)`, computed once per rule node
    /// rather than at every node under it.
    fn walk(&mut self, n: &Expl, rule: &str, cite: &str, context: u64) {
        if n.result != Some(Tri::Unknown) {
            return;
        }
        if !self
            .visited
            .insert((std::ptr::from_ref(n) as usize, context))
        {
            return;
        }
        let is_rule = n.kind == "rule" && n.rule.is_some();
        let (rule, cite, context) = match (&n.rule, &n.citation) {
            (Some(r), c) if n.kind == "rule" => {
                let cite = c.as_deref().unwrap_or(cite);
                (r.as_str(), cite, context_key(r, cite))
            }
            _ => (rule, cite, context),
        };
        if is_rule {
            self.chain.push(rule.to_string());
        }
        for m in &n.missing {
            let key = {
                use std::hash::{Hash, Hasher};
                let mut h = rustc_hash::FxHasher::default();
                (&m.fact, &m.boundary, rule).hash(&mut h);
                h.finish()
            };
            // Already found (the hash is only a filter: equal hashes are
            // compared in full).
            let places = self.seen.entry(key).or_default();
            if places.iter().any(|&i| {
                self.out
                    .get(i as usize)
                    .is_some_and(|x| x.fact == m.fact && x.boundary == m.boundary && x.rule == rule)
            }) {
                continue;
            }
            places.push(u32::try_from(self.out.len()).unwrap_or(u32::MAX));
            self.out.push(Missing {
                fact: m.fact.clone(),
                boundary: m.boundary.clone(),
                condition: n.node.to_string(),
                rule: rule.to_string(),
                citation: cite.to_string(),
                rules: self.chain.clone(),
            });
        }
        for c in &n.children {
            self.walk(c, rule, cite, context);
        }
        if is_rule {
            self.chain.pop();
        }
    }
}

/// The legal-review flags raised by the rules of an explanation tree (the
/// rules that decided the result), without repeats.
pub fn collect_flags(root: &Expl) -> Vec<Flag> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    // Shared sub-trees are read once (see `MissingWalk::visited`): a second
    // visit only finds flags already found.
    let mut visited: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    while let Some(n) = stack.pop() {
        if !visited.insert(std::ptr::from_ref(n) as usize) {
            continue;
        }
        for f in &n.flags {
            if !out.contains(f) {
                out.push(f.clone());
            }
        }
        stack.extend(n.children.iter().rev().map(|c| &**c));
    }
    out
}

type Ex = Vec<Arc<Expl>>;

/// The number of nodes a tree has when written out in full (a sub-tree
/// shared by several parents counted under each), or `cap + 1` if more.
/// A remembered call's tree is shared by every call that asked for it, so
/// written out in full a family's tree can double with each generation.
pub fn expanded_size(root: &Expl, cap: usize) -> usize {
    fn go(n: &Expl, memo: &mut FxHashMap<usize, usize>, cap: usize) -> usize {
        let key = std::ptr::from_ref(n) as usize;
        if let Some(&size) = memo.get(&key) {
            return size;
        }
        let mut size = 1usize;
        for c in &n.children {
            size = size.saturating_add(go(c, memo, cap));
            if size > cap {
                size = cap + 1;
                break;
            }
        }
        memo.insert(key, size);
        size
    }
    go(root, &mut FxHashMap::default(), cap)
}

/// The tree with every repeated sub-tree after its first appearance (in
/// reading order) replaced by its top node alone, saying that its reasons
/// are shown above: the written tree then grows with the number of
/// distinct nodes, not with the paths to them. The facts and flags read
/// from a tree are the same either way (each repeated sub-tree's are in
/// its first appearance); hosts apply it only to trees too large to write
/// out in full (`expanded_size`), so ordinary explanations are unchanged.
pub fn share_repeats(root: &Arc<Expl>) -> Arc<Expl> {
    fn go(n: &Arc<Expl>, seen: &mut rustc_hash::FxHashSet<usize>) -> Arc<Expl> {
        if n.children.is_empty() {
            return Arc::clone(n);
        }
        if !seen.insert(Arc::as_ptr(n) as usize) {
            let mut e = Expl::new(n.kind, Arc::clone(&n.node), n.result);
            e.rule.clone_from(&n.rule);
            e.citation.clone_from(&n.citation);
            e.summary.clone_from(&n.summary);
            e.version.clone_from(&n.version);
            e.detail = Some(match &n.detail {
                Some(d) => format!("{d}; its reasons are shown above"),
                None => "its reasons are shown above".to_string(),
            });
            return Arc::new(e);
        }
        let kids: Vec<Arc<Expl>> = n.children.iter().map(|c| go(c, seen)).collect();
        if kids.iter().zip(&n.children).all(|(a, b)| Arc::ptr_eq(a, b)) {
            return Arc::clone(n);
        }
        let mut e = (**n).clone();
        e.children = kids;
        Arc::new(e)
    }
    go(root, &mut rustc_hash::FxHashSet::default())
}

/// Which rules, results and version windows an evaluation exercised.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    /// Per rule index: how many evaluations gave no, unknown, yes (for
    /// rules that compute a value, all count as "yes").
    pub results: HashMap<usize, [u32; 3]>,
    /// (rule index, window index) of every version window applied.
    pub windows: HashSet<(usize, usize)>,
}

impl Coverage {
    /// Adds another coverage record to this one.
    pub fn merge(&mut self, o: &Coverage) {
        for (k, v) in &o.results {
            let e = self.results.entry(*k).or_default();
            for i in 0..3 {
                e[i] += v[i];
            }
        }
        self.windows.extend(o.windows.iter().copied());
    }
}

/// One argument of a remembered call: the whole value (a rule is a pure
/// function of its arguments and the case's facts), plus, in explaining
/// modes, the facts that leave an uncertain argument open (so that a
/// remembered result names the facts of the call that asks) and where it
/// came from (`Session::origin`, the same in both explaining modes, so that
/// `route_by(born_in_guam(p), d)` and `route_by(born_in_vi(p), d)`, equal in
/// value, do not share a tree).
#[derive(Clone)]
struct ArgKey(Value, Src, u64);

impl PartialEq for ArgKey {
    fn eq(&self, o: &ArgKey) -> bool {
        self.1 == o.1
            && self.2 == o.2
            && match (&self.0, &o.0) {
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Date(a), Value::Date(b)) => a == b,
                (Value::Dur(a), Value::Dur(b)) | (Value::Num(a), Value::Num(b)) => a == b,
                (Value::Text(a), Value::Text(b)) => a == b,
                (Value::Rec(a), Value::Rec(b)) => a == b,
                // Lists come from the facts and are shared, never rebuilt:
                // the same list is the same allocation.
                (Value::List(a), Value::List(b)) => Arc::ptr_eq(a, b),
                (Value::Timeline(a), Value::Timeline(b)) => Arc::ptr_eq(a, b) || a == b,
                _ => false,
            }
    }
}

impl Eq for ArgKey {}

impl std::hash::Hash for ArgKey {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        std::mem::discriminant(&self.0).hash(h);
        match &self.0 {
            Value::Bool(b) => b.hash(h),
            Value::Date(d) => d.hash(h),
            Value::Dur(r) | Value::Num(r) => r.hash(h),
            Value::Text(t) => t.hash(h),
            Value::Rec(r) => r.hash(h),
            Value::List(l) => std::ptr::hash(Arc::as_ptr(l), h),
            Value::Timeline(t) => t.hash(h),
        }
        self.1.hash(h);
        self.2.hash(h);
    }
}

type MemoKey = (usize, smallvec::SmallVec<[ArgKey; 3]>);

/// Calls by their arguments, to the slot of their result.
type Memo = FxHashMap<MemoKey, u32>;

/// A remembered result; `None` while the call is being computed.
type Slot = Option<(Val, Option<Arc<Expl>>)>;

/// An evaluation of one case's facts. Rule results are remembered for the
/// life of the session, so the citizenship of a parent is computed once even
/// when several routes ask for it.
pub struct Session<'a> {
    prog: &'a Program,
    facts: &'a Facts,
    /// Fact paths are tracked and trees built (explaining and missing modes).
    explain: bool,
    mode: Mode,
    /// Calls by their arguments, to the slot of their result.
    memo: Memo,
    /// Results, by the slots of `memo`.
    slots: Vec<Slot>,
    /// Frames to reuse.
    pool: Vec<Vec<(Val, Ex)>>,
    flags: Vec<Flag>,
    /// Flags raised by each rule being evaluated, innermost last.
    own_flags: Vec<Vec<Flag>>,
    coverage: Option<Coverage>,
    depth: u32,
    stats: Stats,
    /// Paths named in this session for the fields of records that are
    /// themselves unknown (`people.child.lpr` unknown, so `.date` of it):
    /// (the record's path id, the field's name), by id - `DERIVED_PATH`.
    derived: Vec<(u32, Arc<str>)>,
    derived_ids: FxHashMap<(u32, Arc<str>), u32>,
    /// For each frame being evaluated (innermost last), where each slot's
    /// value came from (`Session::origin`), in explaining modes.
    origins: Vec<smallvec::SmallVec<[u64; 8]>>,
    /// The most expression nodes this session evaluates ([`WORK_LIMIT`]);
    /// past it every node is unknown.
    limit: u64,
}

/// The most expression nodes one session evaluates. The heaviest case of
/// the law tests and the corpus evaluates a few tens of thousands; past
/// the limit every further node is unknown, so the answer is open (never
/// "not a citizen" nor "no bar found" by default) and the host says why
/// ([`Session::exhausted`]). It bounds the time and memory one case can
/// take (review of 2026-11-30: a five-generation pedigree with no birth
/// dates took 6 s and 1 GB, a denser one over a minute, on a server with
/// no other limit).
pub const WORK_LIMIT: u64 = 2_000_000;

/// The first id of a path named by the session ([`Session::derived`]):
/// above every interned path, below the default field paths
/// ([`FIELD_PATH`], whose ids may have this bit set too).
const DERIVED_PATH: u32 = 1 << 30;

/// How much work an evaluation did (for benchmarks and profiling).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Expression nodes evaluated.
    pub nodes: u64,
    /// Rule and definition calls.
    pub calls: u64,
    /// Calls answered from the session's memory.
    pub remembered: u64,
}

const MAX_DEPTH: u32 = 200;

fn merge(a: &mut Src, b: &Src) {
    for s in b {
        if !a.contains(s) {
            a.push(*s);
        }
    }
}

fn bool_of(v: &Val) -> BoolVal {
    match &v.v {
        Value::Bool(b) => *b,
        _ => BoolVal::of(Tri::Unknown),
    }
}

fn date_of_val(v: &Val) -> DateVal {
    match &v.v {
        Value::Date(d) => *d,
        _ => DateVal::unknown(),
    }
}

fn range_of(v: &Val) -> Range {
    match &v.v {
        Value::Dur(r) | Value::Num(r) => *r,
        _ => Range::unknown(),
    }
}

fn timeline_of(v: &Val) -> Arc<TimelineVal> {
    match &v.v {
        Value::Timeline(t) => Arc::clone(t),
        _ => Arc::new(TimelineVal::unknown()),
    }
}

fn mkbool(tri: Tri, since: DateVal, src: Src) -> Val {
    // The facts behind a result are kept while something about it is open
    // (`Value::is_uncertain`: an unknown, or a "yes" whose `since` is not
    // known to the day).
    let v = Value::Bool(BoolVal { tri, since });
    let src = if v.is_uncertain() { src } else { Src::new() };
    Val { v, src }
}

/// The facts behind a timeline operation: those of each operand whose doubt
/// can change the result (`reaches`).
fn timeline_sources(a: (&Src, bool), b: (&Src, bool)) -> Src {
    let mut src = Src::new();
    for (s, reaches) in [a, b] {
        if reaches {
            merge(&mut src, s);
        }
    }
    src
}

/// `since` of an `and`: the latest of its operands' days.
fn since_and(a: DateVal, b: DateVal) -> DateVal {
    DateVal {
        lo: a.lo.max(b.lo),
        hi: a.hi.max(b.hi),
        may_date: true,
        may_never: false,
    }
}

/// Joins two values of the same type (the least upper bound).
fn join(a: &Val, b: &Val) -> Val {
    let mut src = a.src.clone();
    merge(&mut src, &b.src);
    let v = match (&a.v, &b.v) {
        (Value::Bool(x), Value::Bool(y)) => Value::Bool(BoolVal {
            tri: x.tri.join(y.tri),
            since: x.since.join(y.since),
        }),
        (Value::Date(x), Value::Date(y)) => Value::Date(x.join(*y)),
        (Value::Dur(x), Value::Dur(y)) => Value::Dur(x.join(*y)),
        (Value::Num(x), Value::Num(y)) => Value::Num(x.join(*y)),
        (Value::Text(x), Value::Text(y)) => Value::Text(x.join(y)),
        (Value::Rec(x), Value::Rec(y)) => Value::Rec(if x == y { *x } else { RecVal::Unknown }),
        (Value::Timeline(x), Value::Timeline(y)) => Value::Timeline(Arc::new(x.join(y))),
        (Value::List(x), Value::List(_)) => Value::List(Arc::new(ListVal {
            items: x.items.clone(),
            complete: false,
        })),
        (x, _) => x.clone(),
    };
    Val { v, src }
}

/// A session's working memory, kept between sessions so that evaluating
/// case after case (a roster, a server) reuses its tables instead of
/// growing new ones each time. Holds no result from one case into the next.
#[derive(Default)]
pub struct Scratch {
    memo: Memo,
    slots: Vec<Slot>,
    pool: Vec<Vec<(Val, Ex)>>,
}

impl<'a> Session<'a> {
    /// A new session over one case's facts.
    pub fn new(prog: &'a Program, facts: &'a Facts, mode: Mode) -> Session<'a> {
        Session::with_scratch(prog, facts, mode, Scratch::default())
    }

    /// A new session that works in memory left by an earlier one (see
    /// [`Session::into_scratch`]).
    pub fn with_scratch(
        prog: &'a Program,
        facts: &'a Facts,
        mode: Mode,
        scratch: Scratch,
    ) -> Session<'a> {
        let Scratch {
            mut memo,
            mut slots,
            pool,
        } = scratch;
        memo.clear();
        slots.clear();
        Session {
            prog,
            facts,
            explain: mode != Mode::Fast,
            mode,
            memo,
            slots,
            pool,
            flags: Vec::new(),
            own_flags: Vec::new(),
            coverage: None,
            depth: 0,
            stats: Stats::default(),
            derived: Vec::new(),
            derived_ids: FxHashMap::default(),
            origins: Vec::new(),
            limit: WORK_LIMIT,
        }
    }

    /// Sets the most nodes the session evaluates (tests; hosts keep
    /// [`WORK_LIMIT`]).
    pub fn set_work_limit(&mut self, limit: u64) {
        self.limit = limit;
    }

    /// Whether the session stopped at its work limit: results computed
    /// after it are unknown, and the answer must say so.
    pub fn exhausted(&self) -> bool {
        self.stats.nodes > self.limit
    }

    /// Ends the session, keeping its working memory for the next one (its
    /// remembered results are dropped).
    pub fn into_scratch(self) -> Scratch {
        let mut memo = self.memo;
        memo.clear();
        let mut slots = self.slots;
        slots.clear();
        Scratch {
            memo,
            slots,
            pool: self.pool,
        }
    }

    /// Calls a rule by name with argument values.
    pub fn call(&mut self, name: &str, args: Vec<Value>) -> Option<(Val, Option<Arc<Expl>>)> {
        let idx = *self.prog.by_name.get(name)?;
        Some(self.call_index(idx, args))
    }

    /// Calls a rule by its index in the program.
    pub fn call_index(&mut self, idx: usize, args: Vec<Value>) -> (Val, Option<Arc<Expl>>) {
        let mut frame = self.frame();
        frame.extend(args.into_iter().map(|v| (Val::plain(v), Vec::new())));
        self.call_rule(idx, frame, None, &[])
    }

    /// Starts recording which rules and windows are exercised.
    pub fn record_coverage(&mut self) {
        self.coverage = Some(Coverage::default());
    }

    /// What was exercised (empty unless [`Session::record_coverage`] was called).
    pub fn coverage(&self) -> Coverage {
        self.coverage.clone().unwrap_or_default()
    }

    /// How much work the session has done so far.
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// The legal-review flags raised so far.
    pub fn flags(&self) -> &[Flag] {
        &self.flags
    }

    /// The path of a fact id.
    pub fn path(&self, id: u32) -> String {
        if id != NO_PATH
            && id & FIELD_PATH == 0
            && id & DERIVED_PATH != 0
            && let Some((base, field)) = self.derived.get((id & !DERIVED_PATH) as usize)
        {
            // A path named outright (`NO_PATH` base), or a field of a record.
            if *base == NO_PATH {
                return field.to_string();
            }
            return format!("{}.{field}", self.path(*base));
        }
        self.facts.path_name(&self.prog.schema, id)
    }

    /// The sources of field `i` of a record value that is itself unknown:
    /// each source of the record, with the field's input name added
    /// ([`crate::model::FieldType::input`]; the record's own sources for a
    /// computed field). A question then names the field the law reads
    /// (`people.child.lpr.date`, `immigration.orders`), which also matches
    /// anyone asking about the whole record.
    fn field_sources(&mut self, record: &Src, ty: &Type, i: usize) -> Src {
        let name = match ty {
            Type::Record(rt) => self
                .prog
                .schema
                .records()
                .get(usize::from(*rt))
                .and_then(|r| r.fields.get(i))
                .and_then(|f| f.input.as_deref()),
            _ => None,
        };
        let Some(name) = name else {
            return record.clone();
        };
        record
            .iter()
            .map(|&s| {
                if s == NO_PATH {
                    s
                } else {
                    self.derived_id(s, name)
                }
            })
            .collect()
    }

    /// The id of the path `base.name` (`name` alone for a `NO_PATH` base),
    /// named once per session.
    fn derived_id(&mut self, base: u32, name: &str) -> u32 {
        let key = (base, Arc::<str>::from(name));
        if let Some(&id) = self.derived_ids.get(&key) {
            return id;
        }
        let id = DERIVED_PATH | u32::try_from(self.derived.len()).unwrap_or(0);
        self.derived.push(key.clone());
        self.derived_ids.insert(key, id);
        id
    }

    /// What to ask when the law is not encoded for a case: the input named
    /// in the text as `(question: PATH)`, or with `(question: @)` the record
    /// the rule is about (its first record argument, e.g.
    /// `immigration.protections[0]`), or with `(question: @.FIELD)` a field
    /// of it (`people.father.presence`); nothing without any (a gap in the
    /// law that no fact settles). The answer stays open either way; the
    /// question says where the facts that would settle it belong.
    fn not_encoded_question(&mut self, why: &str, frame: &[(Val, Ex)]) -> Src {
        let named = why
            .split_once("(question: ")
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(path, _)| path.trim());
        let Some(path) = named else {
            return Src::new();
        };
        let field = match path.strip_prefix('@') {
            None => return smallvec::smallvec![self.derived_id(NO_PATH, path)],
            Some("") => None,
            Some(rest) => Some(rest.trim_start_matches('.')),
        };
        let record = frame
            .iter()
            .find_map(|(v, _)| match &v.v {
                Value::Rec(RecVal::Known(id)) => Some(self.facts.record_path(*id)),
                _ => None,
            })
            .filter(|&p| p != NO_PATH);
        match (record, field) {
            (Some(p), None) => smallvec::smallvec![p],
            (Some(p), Some(f)) => smallvec::smallvec![self.derived_id(p, f)],
            (None, _) => Src::new(),
        }
    }

    /// The input paths of a value's facts (for a "yes" whose `since` is not
    /// known to the day: the facts that would date it).
    pub fn facts_of(&self, v: &Val) -> Vec<String> {
        v.src.iter().map(|&s| self.path(s)).collect()
    }

    fn missing_from(&self, src: &Src, boundary: Option<Day>) -> Vec<MissingLeaf> {
        src.iter()
            .map(|&s| MissingLeaf {
                fact: self.path(s),
                boundary: boundary.map(fmt_day),
            })
            .collect()
    }

    fn add_flag(&mut self, r: &RuleIr, reason: &str) {
        self.add_flag_of(r, reason, false);
    }

    fn add_open_flag(&mut self, r: &RuleIr, reason: &str) {
        self.add_flag_of(r, reason, true);
    }

    fn add_flag_of(&mut self, r: &RuleIr, reason: &str, open: bool) {
        let f = Flag {
            rule: r.name.clone(),
            reason: reason.to_string(),
            citation: r.citation(),
            open,
        };
        if let Some(top) = self.own_flags.last_mut()
            && !top.contains(&f)
        {
            top.push(f.clone());
        }
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }

    fn memo_key(&self, idx: usize, args: &[(Val, Ex)], origins: &[u64]) -> MemoKey {
        let mut k = smallvec::SmallVec::new();
        for (i, (a, _)) in args.iter().enumerate() {
            let src = if self.explain && a.v.is_uncertain() {
                a.src.clone()
            } else {
                Src::new()
            };
            let origin = if self.explain {
                origins.get(i).copied().unwrap_or(0)
            } else {
                0
            };
            k.push(ArgKey(a.v.clone(), src, origin));
        }
        (idx, k)
    }

    /// Where an argument's value comes from, the same in explaining and
    /// missing modes: the source text of the expression, through the
    /// variables it reads (a variable stands for the expression bound to
    /// it; the parts of a timeline `&`, `|`, `+` or `-` each count). Two
    /// calls equal in value but from different expressions
    /// (`route_by(born_in_guam(p), d)`, `route_by(born_in_vi(p), d)`) are
    /// remembered apart, so that each explanation shows its own argument.
    /// It used to be a hash of the argument's explanation tree, which
    /// missing mode prunes: calls that explaining mode shared, missing mode
    /// evaluated apart, and the two modes selected different flags.
    fn origin(&self, n: &Node) -> u64 {
        use std::hash::{Hash, Hasher};
        let label = || {
            let mut h = rustc_hash::FxHasher::default();
            n.label.hash(&mut h);
            h.finish()
        };
        // Parts combined; nothing when no part has an origin (a record
        // read from the facts has none: it is the same value wherever it
        // is read).
        let combine = |parts: &mut dyn Iterator<Item = u64>| {
            let mut h = rustc_hash::FxHasher::default();
            let mut any = false;
            for x in parts {
                any |= x != 0;
                x.hash(&mut h);
            }
            if any { h.finish() } else { 0 }
        };
        match &n.kind {
            NodeKind::Lit(_) => 0,
            NodeKind::Slot(i) => self
                .origins
                .last()
                .and_then(|o| o.get(usize::from(*i)))
                .copied()
                .unwrap_or(0),
            // A condition or a rule's result: what it says.
            NodeKind::Call(..) => label(),
            _ if n.ty == Type::Bool => label(),
            NodeKind::Field(base, _) => self.origin(base),
            NodeKind::Binary(_, l, r) => combine(&mut [l, r].iter().map(|x| self.origin(x))),
            NodeKind::Builtin(_, args) => combine(&mut args.iter().map(|x| self.origin(x))),
            NodeKind::If(c, a, b) => combine(&mut [c, a, b].iter().map(|x| self.origin(x))),
            _ => label(),
        }
    }

    /// Records where the value of `slot` of the current frame comes from.
    fn set_origin(&mut self, slot: usize, origin: u64) {
        if let Some(o) = self.origins.last_mut()
            && let Some(x) = o.get_mut(slot)
        {
            *x = origin;
        }
    }

    fn call_rule(
        &mut self,
        idx: usize,
        args: Vec<(Val, Ex)>,
        label: Option<&Arc<str>>,
        origins: &[u64],
    ) -> (Val, Option<Arc<Expl>>) {
        let prog = self.prog;
        let r = &prog.rules[idx];
        self.stats.calls += 1;
        // A constant rule's result is shared by every case.
        let constant = prog.constant.get(idx).copied().unwrap_or(false) && self.coverage.is_none();
        if constant && let Some((v, e)) = prog.const_results[idx][self.mode.index()].get() {
            self.stats.remembered += 1;
            self.recycle(args);
            return (v.clone(), relabel(e.clone(), label));
        }
        let key = self.memo_key(idx, &args, origins);
        // One hash answers "remembered", "being computed" (a cycle) and
        // "new" (then marked as being computed, in a slot filled at the end).
        let found = match self.memo.entry(key) {
            std::collections::hash_map::Entry::Occupied(o) => {
                Err(self.slots[*o.get() as usize].clone())
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                if self.depth >= MAX_DEPTH {
                    Ok(None)
                } else {
                    let i = self.slots.len();
                    self.slots.push(None);
                    v.insert(u32::try_from(i).unwrap_or(u32::MAX));
                    Ok(Some(i))
                }
            }
        };
        let slot = match found {
            Err(Some((v, e))) => {
                self.stats.remembered += 1;
                self.recycle(args);
                return (v, relabel(e, label));
            }
            Err(None) => {
                self.recycle(args);
                self.add_open_flag(r, "this rule depends on itself for these facts (a cycle in the family graph?); the answer is left open");
                return (Val::plain(Value::unknown(&r.ret)), None);
            }
            Ok(None) => {
                self.recycle(args);
                self.add_open_flag(
                    r,
                    "the family graph is too deep to follow; the answer is left open",
                );
                return (Val::plain(Value::unknown(&r.ret)), None);
            }
            Ok(Some(i)) => i,
        };
        self.depth += 1;
        self.own_flags.push(Vec::new());
        let mut frame = args;
        let n = r.nslots.max(frame.len());
        if self.explain {
            let mut o: smallvec::SmallVec<[u64; 8]> = origins.iter().copied().collect();
            o.resize(n, 0);
            self.origins.push(o);
        }
        frame.resize(
            n,
            (
                Val::plain(Value::Bool(BoolVal::of(Tri::Unknown))),
                Vec::new(),
            ),
        );
        let (val, children, version) = match &r.versions {
            None => {
                let (v, ch) = self.apply(r, &mut frame, None, true);
                (v, ch, None)
            }
            Some(vs) => {
                let (kv, kex) = self.eval(&vs.key, &mut frame);
                let kd = date_of_val(&kv);
                let applicable: smallvec::SmallVec<[&VersionIr; 2]> = vs
                    .entries
                    .iter()
                    .filter(|e| kd.may_date && e.from <= kd.hi && kd.lo < e.to)
                    .collect();
                let first_from = vs.entries.first().map_or(NEG_INF, |e| e.from);
                let last_to = vs.entries.last().map_or(POS_INF, |e| e.to);
                let outside =
                    kd.may_never || (kd.may_date && (kd.lo < first_from || kd.hi >= last_to));
                let mut acc: Option<Val> = None;
                let mut children: Ex = kex;
                for e in &applicable {
                    if let Some(cov) = self.coverage.as_mut()
                        && let Some(wi) = vs.entries.iter().position(|x| std::ptr::eq(x, *e))
                    {
                        cov.windows.insert((idx, wi));
                    }
                    // Each version binds its own slots: with several, each
                    // works on a copy of the frame.
                    let definite = applicable.len() == 1 && !outside;
                    let (v, ch) = if applicable.len() == 1 {
                        self.apply(r, &mut frame, Some(e), definite)
                    } else {
                        let mut f2 = frame.clone();
                        self.apply(r, &mut f2, Some(e), definite)
                    };
                    children.extend(ch);
                    acc = Some(match acc {
                        None => v,
                        Some(a) => join(&a, &v),
                    });
                }
                if outside {
                    let no = Val::plain(Value::absent(&r.ret));
                    acc = Some(match acc {
                        None => no,
                        Some(a) => join(&a, &no),
                    });
                }
                let mut v = acc.unwrap_or_else(|| Val::plain(Value::absent(&r.ret)));
                let several = applicable.len() + usize::from(outside) > 1;
                if several && v.v.is_uncertain() {
                    merge(&mut v.src, &kv.src);
                    if self.explain {
                        let mut note =
                            Expl::new("condition", Arc::clone(&vs.key.label), Some(Tri::Unknown));
                        note.detail = Some(format!(
                            "{kd}: the version in force depends on the exact date"
                        ));
                        let boundary = applicable
                            .iter()
                            .map(|e| e.from)
                            .find(|&b| b > kd.lo && b <= kd.hi)
                            .or_else(|| {
                                applicable
                                    .iter()
                                    .map(|e| e.to)
                                    .find(|&b| b > kd.lo && b <= kd.hi)
                            });
                        note.missing = self.missing_from(&kv.src, boundary);
                        children.push(Arc::new(note));
                    }
                }
                // The versions applied, written out only if the rule's node
                // is kept (below).
                let version = self.explain.then_some((applicable, outside, kd));
                (v, children, version)
            }
        };
        self.depth -= 1;
        if self.explain {
            self.origins.pop();
        }
        let own_flags = self.own_flags.pop().unwrap_or_default();
        if let Some(cov) = self.coverage.as_mut() {
            let slot = match &val.v {
                Value::Bool(b) => match b.tri {
                    Tri::No => 0,
                    Tri::Unknown => 1,
                    Tri::Yes => 2,
                },
                _ => 2,
            };
            cov.results.entry(idx).or_default()[slot] += 1;
        }
        let result = if r.ret == Type::Bool {
            Some(bool_of(&val).tri)
        } else {
            None
        };
        let expl = if self.keep(result, &children, !own_flags.is_empty()) {
            let kind = if r.is_def { "def" } else { "rule" };
            let mut e = Expl::new(
                kind,
                label.cloned().unwrap_or_else(|| Arc::from(r.name.as_str())),
                result,
            );
            e.rule = Some(r.name.clone());
            if !r.doc.is_empty() {
                e.summary = Some(r.summary());
            }
            if !r.cites.is_empty() {
                e.citation = Some(r.citation());
            }
            e.version = version.map(|(applied, outside, kd)| {
                let mut vtext: Vec<String> = applied.iter().map(|e| version_text(e)).collect();
                if outside {
                    vtext.push("no version (the date is outside every window)".into());
                }
                let key = r.versions.as_ref().map_or("", |vs| &*vs.key.label);
                format!("{} ({key} = {kd})", vtext.join(" / "))
            });
            e.flags = own_flags;
            e.detail = match &val.v {
                Value::Bool(b) if b.tri != Tri::No && b.since != DateVal::timeless() => {
                    Some(format!("since {}", b.since))
                }
                Value::Bool(_) => None,
                other => Some(other.to_string()),
            };
            e.children = children;
            Some(Arc::new(e))
        } else {
            None
        };
        let out = (val, expl);
        self.recycle(frame);
        if constant {
            let _ = prog.const_results[idx][self.mode.index()].set(out.clone());
        }
        if let Some(x) = self.slots.get_mut(slot) {
            *x = Some(out.clone());
        }
        out
    }

    /// A frame (or argument list) to fill, from the session's pool.
    fn frame(&mut self) -> Vec<(Val, Ex)> {
        self.pool.pop().unwrap_or_default()
    }

    /// Gives a frame back to the pool.
    fn recycle(&mut self, mut frame: Vec<(Val, Ex)>) {
        frame.clear();
        self.pool.push(frame);
    }

    /// Applies one version of a rule (or the rule without versions).
    fn apply(
        &mut self,
        r: &RuleIr,
        frame: &mut [(Val, Ex)],
        version: Option<&VersionIr>,
        definite: bool,
    ) -> (Val, Ex) {
        if let Some(v) = version {
            match &v.kind {
                VersionIrKind::None(why) => {
                    let mut ex = Vec::new();
                    if self.explain {
                        let mut n = Expl::new(
                            "note",
                            Arc::from(format!("not in force: {why}")),
                            Some(Tri::No),
                        );
                        n.version = Some(version_text(v));
                        ex.push(Arc::new(n));
                    }
                    return (Val::plain(Value::absent(&r.ret)), ex);
                }
                VersionIrKind::NotEncoded(why) => {
                    // `(question: @)` and `(question: @.FIELD)` are for the
                    // evaluator (see `not_encoded_question`), not for readers.
                    let shown = strip_record_question(why);
                    // Flagged only when this version is surely the one in
                    // force: with an unknown date the date is asked first
                    // (as a `review when` on a rule that may hold, above).
                    if definite {
                        self.add_open_flag(
                            r,
                            &format!(
                                "not decided by the encoded law: {shown}; the answer is left open"
                            ),
                        );
                    }
                    let mut ex = Vec::new();
                    let mut src = Src::new();
                    if self.explain {
                        src = self.not_encoded_question(why, frame);
                        let mut n = Expl::new(
                            "note",
                            Arc::from(format!("not encoded: {shown}")),
                            Some(Tri::Unknown),
                        );
                        n.version = Some(version_text(v));
                        n.missing = self.missing_from(&src, None);
                        ex.push(Arc::new(n));
                    }
                    return (
                        Val {
                            v: Value::unknown(&r.ret),
                            src,
                        },
                        ex,
                    );
                }
                VersionIrKind::Bind(nodes) => {
                    let first = usize::from(r.versions.as_ref().map_or(0, |x| x.first_slot));
                    for (i, n) in nodes.iter().enumerate() {
                        let val = self.eval(n, frame);
                        if self.explain {
                            let o = self.origin(n);
                            self.set_origin(first + i, o);
                        }
                        if let Some(slot) = frame.get_mut(first + i) {
                            *slot = val;
                        }
                    }
                }
            }
        }
        for (slot, _, n) in &r.lets {
            let val = self.eval(n, frame);
            if self.explain {
                let o = self.origin(n);
                self.set_origin(usize::from(*slot), o);
            }
            if let Some(s) = frame.get_mut(usize::from(*slot)) {
                *s = val;
            }
        }
        let (body, bex) = self.eval(&r.body, frame);
        if r.ret != Type::Bool {
            return (body, bex);
        }
        let b = bool_of(&body);
        let mut tri = b.tri;
        let mut src = body.src.clone();
        let mut since = b.since;
        if tri != Tri::No
            && let Some(s) = &r.since
        {
            let (sv, _) = self.eval(s, frame);
            since = date_of_val(&sv);
            if since.is_uncertain() {
                merge(&mut src, &sv.src);
            }
        }
        let mut children = bex;
        if tri != Tri::No && !r.unless.is_empty() {
            let mut exc_nodes = Vec::new();
            for (u, cite) in &r.unless {
                let (uv, uex) = self.eval(u, frame);
                let ub = bool_of(&uv);
                tri = tri.and(ub.tri.not());
                if ub.tri == Tri::Unknown {
                    merge(&mut src, &uv.src);
                }
                if self.keep(Some(ub.tri), &uex, false) && ub.tri != Tri::No {
                    let mut n = Expl::new("exception", Arc::clone(&u.label), Some(ub.tri));
                    n.citation = cite.clone();
                    n.children = uex;
                    exc_nodes.push(Arc::new(n));
                }
            }
            if tri == Tri::No && b.tri != Tri::No {
                // An exception decided it: the exception is the explanation.
                children.clear();
            }
            children.extend(exc_nodes);
        }
        if tri != Tri::No {
            for (c, reason) in &r.reviews {
                let (cv, _) = self.eval(c, frame);
                // A flag whose condition holds, on a rule that may hold; or
                // whose condition may hold, on a rule that holds. A flag
                // that rests on two unknowns (a route of a parent whose
                // birth is not recorded, say) is noise: the missing facts
                // are asked, and the flag comes once they are known
                // (review of 2026-11-30, eleventh session: 23 flags about
                // Puerto Rico, Guam and EO 14160 for a person born in
                // Honduras in 1996 whose parents' births were unknown).
                // Under a version that only may be in force (its date is
                // not known), the rule must hold under it (review of the
                // change: a condition that is the version's own boundary
                // stays open with a partial date, and the flags of births
                // in the Virgin Islands "in 1917" were lost).
                let ct = bool_of(&cv).tri;
                let raise = if definite {
                    ct == Tri::Yes || (ct == Tri::Unknown && tri == Tri::Yes)
                } else {
                    ct != Tri::No && tri == Tri::Yes
                };
                if raise {
                    self.add_flag(r, reason);
                }
            }
        }
        (mkbool(tri, since, src), children)
    }

    /// Whether a tree node is built: every node when explaining, none in
    /// fast mode; in missing mode a node that is open, that raised a flag
    /// itself, or above such a node (`children` are its sub-trees, already
    /// pruned the same way). So missing mode's trees hold every open node
    /// (all that missing facts are read from) and every path to a flag
    /// (all that flags are selected from), and nothing else.
    fn keep(&self, result: Option<Tri>, children: &[Arc<Expl>], own_flags: bool) -> bool {
        match self.mode {
            Mode::Fast => false,
            Mode::Explain => true,
            Mode::Missing => result == Some(Tri::Unknown) || own_flags || !children.is_empty(),
        }
    }

    fn leaf(
        &self,
        node: &Node,
        v: &Val,
        detail: Option<String>,
        boundary: Option<Day>,
        children: Ex,
    ) -> Ex {
        let tri = bool_of(v).tri;
        if !self.keep(Some(tri), &children, false) {
            return Vec::new();
        }
        let mut e = Expl::new("condition", Arc::clone(&node.label), Some(tri));
        e.detail = detail;
        if tri == Tri::Unknown {
            e.missing = self.missing_from(&v.src, boundary);
        }
        e.children = children;
        vec![Arc::new(e)]
    }

    /// Evaluates a node: its value and, in explain mode, its explanation
    /// (one node for a condition; the rule nodes inside for other values).
    pub(crate) fn eval(&mut self, node: &Node, frame: &mut [(Val, Ex)]) -> (Val, Ex) {
        self.stats.nodes += 1;
        if self.stats.nodes > self.limit {
            return (Val::plain(Value::unknown(&node.ty)), Vec::new());
        }
        match &node.kind {
            NodeKind::Lit(v) => (Val::plain(v.clone()), Vec::new()),
            NodeKind::Slot(i) => frame
                .get(usize::from(*i))
                .cloned()
                .unwrap_or_else(|| (Val::plain(Value::unknown(&node.ty)), vec![])),
            NodeKind::Field(base, i) => {
                let (b, bex) = self.eval(base, frame);
                let v = match &b.v {
                    // Fact paths only serve explanations: the fast mode
                    // does not copy them.
                    Value::Rec(RecVal::Known(id)) => match self.facts.get(*id, *i) {
                        Some(f) if self.explain => f.clone(),
                        Some(f) => Val::plain(f.v.clone()),
                        None => Val::plain(Value::unknown(&node.ty)),
                    },
                    Value::Rec(RecVal::Absent) => Val::plain(Value::absent(&node.ty)),
                    _ => Val {
                        v: Value::unknown(&node.ty),
                        src: if self.explain {
                            self.field_sources(&b.src, &base.ty, *i)
                        } else {
                            b.src.clone()
                        },
                    },
                };
                if node.ty == Type::Bool {
                    let detail = None;
                    let ex = self.leaf(node, &v, detail, None, bex);
                    let b = bool_of(&v);
                    (mkbool(b.tri, DateVal::timeless(), v.src), ex)
                } else {
                    (v, bex)
                }
            }
            NodeKind::Call(idx, args) => {
                // Each argument's explanation travels with its value into
                // the callee's frame, and shows where the callee uses it:
                // `route_by(born_in_guam(p), d)` shows `born_in_guam(p)`
                // (and its flags) under `route_by`. Explaining mode selects
                // flags from the tree, so an argument's tree left out here
                // would lose its flags.
                let mut vals = self.frame();
                let mut origins: smallvec::SmallVec<[u64; 4]> = smallvec::SmallVec::new();
                for a in args {
                    let (v, e) = self.eval(a, frame);
                    vals.push((v, e));
                    if self.explain {
                        origins.push(self.origin(a));
                    }
                }
                let (v, e) = self.call_rule(*idx, vals, Some(&node.label), &origins);
                (v, e.into_iter().collect())
            }
            NodeKind::Builtin(b, args) => self.builtin(node, *b, args, frame),
            NodeKind::Not(inner) => {
                let (v, ex) = self.eval(inner, frame);
                let b = bool_of(&v);
                let out = mkbool(b.tri.not(), DateVal::timeless(), v.src);
                let ex = if self.keep(Some(b.tri.not()), &ex, false) {
                    let mut e = Expl::new("not", Arc::clone(&node.label), Some(b.tri.not()));
                    e.children = ex;
                    vec![Arc::new(e)]
                } else {
                    vec![]
                };
                (out, ex)
            }
            NodeKind::And(items) => {
                let mut tri = Tri::Yes;
                let mut since = DateVal::timeless();
                let mut src = Src::new();
                let mut kids: Vec<(Tri, Ex)> = Vec::new();
                for it in items {
                    let (v, ex) = self.eval(it, frame);
                    let b = bool_of(&v);
                    tri = tri.and(b.tri);
                    since = since_and(since, b.since);
                    // An unknown, or a "yes" whose `since` is open.
                    if v.v.is_uncertain() {
                        merge(&mut src, &v.src);
                    }
                    // A part without a tree adds nothing to the group's
                    // (missing mode prunes most of them).
                    if self.explain && !ex.is_empty() {
                        kids.push((b.tri, ex));
                    }
                    if tri == Tri::No {
                        break;
                    }
                }
                let out = mkbool(tri, since, src);
                (out, self.group("all_of", node, tri, kids))
            }
            NodeKind::Or(items) => {
                let mut tri = Tri::No;
                let mut src = Src::new();
                let mut kids: Vec<(Tri, Ex)> = Vec::new();
                let mut sinces: smallvec::SmallVec<[(Tri, DateVal); 12]> =
                    smallvec::SmallVec::new();
                for it in items {
                    let (v, ex) = self.eval(it, frame);
                    let b = bool_of(&v);
                    tri = tri.or(b.tri);
                    // An unknown, or a "yes" whose `since` is open.
                    if v.v.is_uncertain() {
                        merge(&mut src, &v.src);
                    }
                    sinces.push((b.tri, b.since));
                    // A part without a tree adds nothing to the group's
                    // (missing mode prunes most of them).
                    if self.explain && !ex.is_empty() {
                        kids.push((b.tri, ex));
                    }
                }
                let since = since_or(&sinces);
                let out = mkbool(tri, since, src);
                (out, self.group("any_of", node, tri, kids))
            }
            NodeKind::InLiteral(x, items) => {
                let (xv, xex) = self.eval(x, frame);
                let mut tri = Tri::No;
                for it in items {
                    let (iv, _) = self.eval(it, frame);
                    tri = tri.or(equal(&xv.v, &iv.v));
                }
                let v = mkbool(tri, DateVal::timeless(), xv.src.clone());
                let detail = self
                    .keep(Some(tri), &xex, false)
                    .then(|| format!("{} = {}", x.label, xv.v));
                let ex = self.leaf(node, &v, detail, None, xex);
                (v, ex)
            }
            NodeKind::Binary(op, l, r) => self.binary(node, *op, l, r, frame),
            NodeKind::Quant {
                all,
                slot,
                list,
                filter,
                body,
            } => {
                let (lv, lex) = self.eval(list, frame);
                let Value::List(items) = &lv.v else {
                    return (Val::plain(Value::unknown(&Type::Bool)), lex);
                };
                let items = Arc::clone(items);
                let mut tri = if *all { Tri::Yes } else { Tri::No };
                let mut src = Src::new();
                let mut sinces: smallvec::SmallVec<[(Tri, DateVal); 12]> =
                    smallvec::SmallVec::new();
                let mut all_since = DateVal::timeless();
                let mut kids: Vec<(Tri, Ex)> = Vec::new();
                for item in &items.items {
                    if let Some(s) = frame.get_mut(usize::from(*slot)) {
                        *s = (item.clone(), Vec::new());
                    }
                    self.set_origin(usize::from(*slot), 0);
                    let (fv, fex) = match filter {
                        Some(f) => self.eval(f, frame),
                        None => (mkbool(Tri::Yes, DateVal::timeless(), Src::new()), vec![]),
                    };
                    let fb = bool_of(&fv);
                    let (bv, bex) = if fb.tri == Tri::No {
                        (mkbool(Tri::No, DateVal::timeless(), Src::new()), vec![])
                    } else {
                        self.eval(body, frame)
                    };
                    let bb = bool_of(&bv);
                    let item_tri = if *all {
                        fb.tri.not().or(bb.tri)
                    } else {
                        fb.tri.and(bb.tri)
                    };
                    if item_tri == Tri::Unknown
                        || (item_tri == Tri::Yes && (fv.v.is_uncertain() || bv.v.is_uncertain()))
                    {
                        merge(&mut src, &fv.src);
                        merge(&mut src, &bv.src);
                    }
                    if *all {
                        tri = tri.and(item_tri);
                        if fb.tri != Tri::No {
                            all_since = since_and(all_since, bb.since);
                        }
                    } else {
                        tri = tri.or(item_tri);
                        sinces.push((item_tri, since_and(fb.since, bb.since)));
                    }
                    let children = if fb.tri == Tri::No {
                        fex
                    } else {
                        let mut c = fex;
                        c.extend(bex);
                        c
                    };
                    if self.keep(Some(item_tri), &children, false)
                        && (fb.tri != Tri::No || item_tri != Tri::Yes)
                    {
                        let mut e = Expl::new(
                            "item",
                            Arc::from(item_label(&self.prog.schema, self.facts, item)),
                            Some(item_tri),
                        );
                        e.children = children;
                        kids.push((item_tri, vec![Arc::new(e)]));
                    }
                }
                if !items.complete {
                    if *all {
                        if tri == Tri::Yes {
                            tri = Tri::Unknown;
                        }
                    } else if tri == Tri::No {
                        tri = Tri::Unknown;
                    }
                    merge(&mut src, &lv.src);
                }
                let since = if *all { all_since } else { since_or(&sinces) };
                let out = mkbool(tri, since, src);
                let mut ex = self.group(if *all { "all" } else { "any" }, node, tri, kids);
                if self.explain
                    && !items.complete
                    && tri == Tri::Unknown
                    && let Some(first) = ex.first_mut()
                {
                    let mut e = (**first).clone();
                    e.missing = self.missing_from(&lv.src, None);
                    e.detail = Some(format!("{} ({})", list.label, lv.v));
                    *first = Arc::new(e);
                }
                (out, ex)
            }
            NodeKind::Union {
                slot,
                list,
                filter,
                body,
            } => {
                let (lv, mut ex) = self.eval(list, frame);
                let Value::List(items) = &lv.v else {
                    return (
                        Val {
                            v: Value::unknown(&Type::Timeline),
                            src: lv.src,
                        },
                        ex,
                    );
                };
                let items = Arc::clone(items);
                let mut acc = TimelineVal::known(Spans::empty());
                let mut src = Src::new();
                for item in &items.items {
                    if let Some(s) = frame.get_mut(usize::from(*slot)) {
                        *s = (item.clone(), Vec::new());
                    }
                    self.set_origin(usize::from(*slot), 0);
                    let (fv, fex) = match filter {
                        Some(f) => self.eval(f, frame),
                        None => (mkbool(Tri::Yes, DateVal::timeless(), Src::new()), vec![]),
                    };
                    let ft = bool_of(&fv).tri;
                    if ft == Tri::No {
                        continue;
                    }
                    let (bv, bex) = self.eval(body, frame);
                    ex.extend(fex);
                    ex.extend(bex);
                    let t = timeline_of(&bv);
                    if bv.v.is_uncertain() {
                        merge(&mut src, &bv.src);
                    }
                    if ft == Tri::Yes {
                        acc = acc.union(&t);
                    } else {
                        // The element may or may not count: its days are
                        // possible, not sure.
                        merge(&mut src, &fv.src);
                        acc = acc.union(&TimelineVal {
                            surely: Spans::empty(),
                            possibly: t.possibly.clone(),
                        });
                    }
                }
                if !items.complete {
                    acc = TimelineVal {
                        surely: acc.surely,
                        possibly: Spans::all(),
                    };
                    merge(&mut src, &lv.src);
                }
                let v = Value::Timeline(Arc::new(acc));
                let src = if v.is_uncertain() { src } else { Src::new() };
                (Val { v, src }, ex)
            }
            NodeKind::If(c, a, b) => {
                let (cv, cex) = self.eval(c, frame);
                let cb = bool_of(&cv);
                match cb.tri {
                    Tri::Yes => self.eval(a, frame),
                    Tri::No => self.eval(b, frame),
                    Tri::Unknown => {
                        let (av, aex) = self.eval(a, frame);
                        let (bv, bex) = self.eval(b, frame);
                        let mut j = join(&av, &bv);
                        if j.v.is_uncertain() {
                            merge(&mut j.src, &cv.src);
                        }
                        let mut ex = cex;
                        ex.extend(aex);
                        ex.extend(bex);
                        if self.keep(Some(bool_of(&j).tri), &ex, false) && node.ty == Type::Bool {
                            let mut e = Expl::new(
                                "condition",
                                Arc::clone(&node.label),
                                Some(bool_of(&j).tri),
                            );
                            e.children = ex;
                            return (j, vec![Arc::new(e)]);
                        }
                        (j, ex)
                    }
                }
            }
        }
    }

    fn group(&self, kind: &'static str, node: &Node, tri: Tri, kids: Vec<(Tri, Ex)>) -> Ex {
        if !self.explain {
            return Vec::new();
        }
        let conj = kind == "all_of" || kind == "all";
        // Keep what decided: for a conjunction that failed, the failing
        // parts; that held, every part; that is open, the open parts (and
        // the reverse for a disjunction).
        // An open conjunction also keeps the parts that hold and raised a
        // legal-review flag: they are needed for the conjunction to hold,
        // so their flags are part of why it may (review of 2026-11-29: a
        // third-country removal whose notice was unknown lost the flag
        // every third-country removal carries).
        let decided = |t: Tri, ex: &Ex| match (conj, tri) {
            (true, Tri::Unknown) => {
                t == Tri::Unknown || (t == Tri::Yes && ex.iter().any(|e| has_flags(e)))
            }
            (_, Tri::Unknown) => t == Tri::Unknown,
            (true, Tri::No) | (false, Tri::Yes) => t == tri,
            _ => true,
        };
        let mut children = Vec::new();
        for (t, ex) in kids {
            if decided(t, &ex) {
                children.extend(ex);
            }
        }
        if !self.keep(Some(tri), &children, false) {
            return Vec::new();
        }
        let mut e = Expl::new(kind, Arc::clone(&node.label), Some(tri));
        e.children = children;
        vec![Arc::new(e)]
    }

    fn binary(
        &mut self,
        node: &Node,
        op: BinOp,
        l: &Node,
        r: &Node,
        frame: &mut [(Val, Ex)],
    ) -> (Val, Ex) {
        let (lv, lex) = self.eval(l, frame);
        let (rv, rex) = self.eval(r, frame);
        let mut ex = lex;
        ex.extend(rex);
        let mut src = Src::new();
        if lv.v.is_uncertain() {
            merge(&mut src, &lv.src);
        }
        if rv.v.is_uncertain() {
            merge(&mut src, &rv.src);
        }
        let cmp = |strict: bool, swap: bool| -> Tri {
            let (a, b) = if swap { (&rv.v, &lv.v) } else { (&lv.v, &rv.v) };
            match (a, b) {
                (Value::Date(x), Value::Date(y)) => x.less(*y, strict),
                (Value::Dur(x), Value::Dur(y)) | (Value::Num(x), Value::Num(y)) => {
                    x.less(*y, strict)
                }
                _ => Tri::Unknown,
            }
        };
        let value = match op {
            BinOp::Lt => Some(cmp(true, false)),
            BinOp::Le => Some(cmp(false, false)),
            BinOp::Gt => Some(cmp(true, true)),
            BinOp::Ge => Some(cmp(false, true)),
            BinOp::Eq => Some(equal(&lv.v, &rv.v)),
            BinOp::Ne => Some(equal(&lv.v, &rv.v).not()),
            BinOp::In => {
                let mut tri = Tri::No;
                if let Value::List(items) = &rv.v {
                    for it in &items.items {
                        tri = tri.or(equal(&lv.v, &it.v));
                    }
                    if !items.complete && tri == Tri::No {
                        tri = Tri::Unknown;
                    }
                }
                Some(tri)
            }
            _ => None,
        };
        if let Some(tri) = value {
            let v = mkbool(tri, DateVal::timeless(), src);
            let (detail, boundary) = if self.keep(Some(tri), &ex, false) {
                let boundary = match (&lv.v, &rv.v) {
                    (Value::Date(a), Value::Date(b)) if tri == Tri::Unknown => b
                        .exact()
                        .filter(|_| a.is_uncertain())
                        .or_else(|| a.exact().filter(|_| b.is_uncertain())),
                    _ => None,
                };
                (
                    Some(format!("{} = {}; {} = {}", l.label, lv.v, r.label, rv.v)),
                    boundary,
                )
            } else {
                (None, None)
            };
            let ex = self.leaf(node, &v, detail, boundary, ex);
            return (v, ex);
        }
        let v = match (op, &lv.v, &rv.v) {
            (BinOp::Add, Value::Date(d), Value::Dur(n)) => Value::Date(d.shift(n.lo, n.hi)),
            (BinOp::Sub, Value::Date(d), Value::Dur(n)) => Value::Date(d.shift(-n.hi, -n.lo)),
            (BinOp::Sub, Value::Date(a), Value::Date(b)) => {
                if a.may_never || b.may_never || !a.may_date || !b.may_date {
                    Value::Dur(Range::unknown())
                } else {
                    Value::Dur(Range {
                        lo: i64::from(a.lo) - i64::from(b.hi),
                        hi: i64::from(a.hi) - i64::from(b.lo),
                    })
                }
            }
            (BinOp::Add, Value::Dur(a), Value::Dur(b)) => Value::Dur(a.plus(*b)),
            (BinOp::Sub, Value::Dur(a), Value::Dur(b)) => Value::Dur(a.minus(*b)),
            (BinOp::Add, Value::Num(a), Value::Num(b)) => Value::Num(a.plus(*b)),
            (BinOp::Sub, Value::Num(a), Value::Num(b)) => Value::Num(a.minus(*b)),
            (BinOp::Intersect, Value::Timeline(a), Value::Timeline(b)) => {
                // An operand's facts are kept only where its doubt can reach
                // the result: an ongoing custody (in doubt only after
                // `as_of`) intersected with a window in 2006 asks nothing
                // about when the custody ends.
                if self.explain {
                    src = timeline_sources(
                        (&lv.src, a.doubt_reaches_intersection(b)),
                        (&rv.src, b.doubt_reaches_intersection(a)),
                    );
                }
                Value::Timeline(Arc::new(a.intersect(b)))
            }
            (BinOp::Union, Value::Timeline(a), Value::Timeline(b)) => {
                if self.explain {
                    src = timeline_sources(
                        (&lv.src, a.doubt_reaches_union(b)),
                        (&rv.src, b.doubt_reaches_union(a)),
                    );
                }
                Value::Timeline(Arc::new(a.union(b)))
            }
            _ => Value::unknown(&node.ty),
        };
        let src = if v.is_uncertain() { src } else { Src::new() };
        (Val { v, src }, ex)
    }

    fn builtin(
        &mut self,
        node: &Node,
        b: Builtin,
        args: &[Node],
        frame: &mut [(Val, Ex)],
    ) -> (Val, Ex) {
        let mut vals: smallvec::SmallVec<[Val; 3]> = smallvec::SmallVec::new();
        let mut ex = Vec::new();
        for a in args {
            let (v, e) = self.eval(a, frame);
            ex.extend(e);
            vals.push(v);
        }
        let mut src = Src::new();
        for v in &vals {
            if v.v.is_uncertain() {
                merge(&mut src, &v.src);
            }
        }
        let tl = |t: TimelineVal| Value::Timeline(Arc::new(t));
        let v = match b {
            Builtin::Starting => tl(starting(date_of_val(&vals[0]))),
            Builtin::Ending => tl(ending(date_of_val(&vals[0]))),
            Builtin::Window => {
                tl(starting(date_of_val(&vals[0])).intersect(&ending(date_of_val(&vals[1]))))
            }
            Builtin::Total => Value::Dur(timeline_of(&vals[0]).total()),
            Builtin::Longest => Value::Dur(timeline_of(&vals[0]).longest()),
            Builtin::LongestRun => Value::Dur(
                timeline_of(&vals[0]).longest_run(range_of(&vals[1]), date_of_val(&vals[2])),
            ),
            Builtin::FirstDay => Value::Date(timeline_of(&vals[0]).first_day()),
            Builtin::Outside => tl(timeline_of(&vals[0]).complement()),
            Builtin::Ever => Value::Bool(BoolVal::of(timeline_of(&vals[0]).nonempty())),
            Builtin::On => Value::Bool(BoolVal::of(
                timeline_of(&vals[0]).contains(date_of_val(&vals[1])),
            )),
            Builtin::AllDays => tl(TimelineVal::known(Spans::all())),
            Builtin::NoDays => tl(TimelineVal::known(Spans::empty())),
            Builtin::Anniversary | Builtin::AnniversaryFeb28 => {
                let policy = if b == Builtin::Anniversary {
                    LeapPolicy::March1
                } else {
                    LeapPolicy::February28
                };
                let n = range_of(&vals[1]);
                let d = date_of_val(&vals[0]);
                if n.lo != n.hi {
                    Value::Date(DateVal::unknown())
                } else {
                    Value::Date(d.map_monotone(|x| anniversary(x, n.lo, policy)))
                }
            }
            Builtin::MonthsAfter => {
                let n = range_of(&vals[1]);
                let d = date_of_val(&vals[0]);
                if n.lo != n.hi {
                    Value::Date(DateVal::unknown())
                } else {
                    Value::Date(d.map_monotone(|x| months_after(x, n.lo)))
                }
            }
            Builtin::Since => {
                let bv = bool_of(&vals[0]);
                Value::Date(match bv.tri {
                    Tri::No => DateVal::never(),
                    Tri::Yes => bv.since,
                    Tri::Unknown => DateVal {
                        may_never: true,
                        ..bv.since
                    },
                })
            }
            Builtin::Earliest | Builtin::Latest => {
                let ds: Vec<DateVal> = vals.iter().map(date_of_val).collect();
                Value::Date(extreme(&ds, b == Builtin::Earliest))
            }
            Builtin::Shown => {
                let b = bool_of(&vals[0]);
                Value::Bool(BoolVal {
                    tri: if b.tri == Tri::Yes { Tri::Yes } else { Tri::No },
                    since: b.since,
                })
            }
            Builtin::Present => Value::Bool(BoolVal::of(match &vals[0].v {
                Value::Rec(RecVal::Known(_)) => Tri::Yes,
                Value::Rec(RecVal::Absent) => Tri::No,
                _ => Tri::Unknown,
            })),
            Builtin::AsOf => Value::Date(DateVal::day(self.facts.as_of)),
            Builtin::Days => Value::Dur(range_of(&vals[0])),
            Builtin::Count => match &vals[0].v {
                Value::List(l) => {
                    let n = i64::try_from(l.items.len()).unwrap_or(RANGE_INF);
                    Value::Num(Range {
                        lo: n,
                        hi: if l.complete { n } else { RANGE_INF },
                    })
                }
                _ => Value::Num(Range::unknown()),
            },
        };
        let src = if v.is_uncertain() { src } else { Src::new() };
        let out = Val { v, src };
        if node.ty == Type::Bool {
            let detail = self.keep(Some(bool_of(&out).tri), &ex, false).then(|| {
                args.iter()
                    .zip(&vals)
                    .map(|(a, v)| format!("{} = {}", a.label, v.v))
                    .collect::<Vec<_>>()
                    .join("; ")
            });
            let ex = self.leaf(node, &out, detail, None, ex);
            return (out, ex);
        }
        (out, ex)
    }
}

fn item_label(schema: &crate::model::Schema, facts: &Facts, item: &Val) -> String {
    match item.src.first() {
        Some(&p) => facts.path_name(schema, p),
        None => item.v.to_string(),
    }
}

/// A remembered explanation shown for the call that asks: the same call may
/// be written differently elsewhere (a definition called with equal values).
fn relabel(e: Option<Arc<Expl>>, label: Option<&Arc<str>>) -> Option<Arc<Expl>> {
    match (e, label) {
        (Some(e), Some(l)) if e.node != *l => {
            let mut x = (*e).clone();
            x.node = Arc::clone(l);
            Some(Arc::new(x))
        }
        (e, _) => e,
    }
}

fn version_text(v: &VersionIr) -> String {
    let mut s = match (v.from > NEG_INF, v.to < POS_INF) {
        (true, true) => format!("version from {} to {}", fmt_day(v.from), fmt_day(v.to)),
        (true, false) => format!("version from {}", fmt_day(v.from)),
        (false, true) => format!("version until {}", fmt_day(v.to)),
        (false, false) => "the only version".into(),
    };
    if let Some(c) = &v.cite {
        s.push_str(&format!(" [{c}]"));
    }
    s
}

/// `since` of an `or`: the earliest day any operand known to hold began
/// (an operand that only may hold does not move `since` earlier: `since` is
/// what the facts prove). With no operand known to hold, the earliest day
/// any open operand would begin.
/// A `not_encoded` text without its `(question: @...)` part, which names
/// the question for the evaluator (a named input path stays: it tells the
/// reader where the facts belong).
fn strip_record_question(why: &str) -> String {
    match why.split_once(" (question: @") {
        Some((head, rest)) => match rest.split_once(')') {
            Some((_, tail)) => format!("{head}{tail}"),
            None => why.to_string(),
        },
        None => why.to_string(),
    }
}

/// Whether a tree raised a legal-review flag anywhere in it (each shared
/// sub-tree read once, see `MissingWalk::visited`).
fn has_flags(e: &Expl) -> bool {
    let mut visited: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    let mut stack = vec![e];
    while let Some(n) = stack.pop() {
        if !n.flags.is_empty() {
            return true;
        }
        if visited.insert(std::ptr::from_ref(n) as usize) {
            stack.extend(n.children.iter().map(|c| &**c));
        }
    }
    false
}

fn since_or(s: &[(Tri, DateVal)]) -> DateVal {
    let any_yes = s.iter().any(|(t, _)| *t == Tri::Yes);
    let live = || {
        s.iter().filter(move |(t, _)| {
            if any_yes {
                *t == Tri::Yes
            } else {
                *t != Tri::No
            }
        })
    };
    let Some(lo) = live().map(|(_, d)| d.lo).min() else {
        return DateVal::timeless();
    };
    // With a route known to hold, `since` is at the latest its latest
    // possible first day; otherwise the latest of the open ones.
    let hi = if any_yes {
        live().map(|(_, d)| d.hi).min().unwrap_or(POS_INF)
    } else {
        live().map(|(_, d)| d.hi).max().unwrap_or(POS_INF)
    };
    DateVal {
        lo,
        hi: hi.max(lo),
        may_date: true,
        may_never: false,
    }
}

fn equal(a: &Value, b: &Value) -> Tri {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => x.equal(*y),
        (Value::Dur(x), Value::Dur(y)) | (Value::Num(x), Value::Num(y)) => x.equal(*y),
        (Value::Text(x), Value::Text(y)) => x.equal(y),
        (Value::Bool(x), Value::Bool(y)) => {
            if x.tri == Tri::Unknown || y.tri == Tri::Unknown {
                Tri::Unknown
            } else {
                Tri::from(x.tri == y.tri)
            }
        }
        (Value::Rec(RecVal::Known(x)), Value::Rec(RecVal::Known(y))) => Tri::from(x == y),
        (Value::Rec(RecVal::Absent), Value::Rec(RecVal::Absent)) => Tri::Yes,
        (Value::Rec(RecVal::Absent), Value::Rec(RecVal::Known(_)))
        | (Value::Rec(RecVal::Known(_)), Value::Rec(RecVal::Absent)) => Tri::No,
        _ => Tri::Unknown,
    }
}

/// The days from `d` on (none if `d` never happened).
fn starting(d: DateVal) -> TimelineVal {
    let surely = if d.may_date && !d.may_never {
        Spans::span(d.hi, POS_INF)
    } else {
        Spans::empty()
    };
    let possibly = if d.may_date {
        Spans::span(d.lo, POS_INF)
    } else {
        Spans::empty()
    };
    TimelineVal { surely, possibly }
}

/// The days before `d` (every day if `d` never happened).
fn ending(d: DateVal) -> TimelineVal {
    let surely = if d.may_date {
        Spans::span(NEG_INF, d.lo)
    } else {
        Spans::all()
    };
    let possibly = if d.may_never {
        Spans::all()
    } else {
        Spans::span(NEG_INF, d.hi)
    };
    TimelineVal { surely, possibly }
}

/// The earliest (or latest) of several dates; "never" is later than every day.
fn extreme(ds: &[DateVal], earliest: bool) -> DateVal {
    let lo_of = |d: &DateVal| if d.may_date { d.lo } else { POS_INF };
    let hi_of = |d: &DateVal| if d.may_never { POS_INF } else { d.hi };
    let (lo, hi) = if earliest {
        (
            ds.iter().map(lo_of).min().unwrap_or(POS_INF),
            ds.iter().map(hi_of).min().unwrap_or(POS_INF),
        )
    } else {
        (
            ds.iter().map(lo_of).max().unwrap_or(POS_INF),
            ds.iter().map(hi_of).max().unwrap_or(POS_INF),
        )
    };
    let may_never = if earliest {
        ds.iter().all(|d| d.may_never)
    } else {
        ds.iter().any(|d| d.may_never)
    };
    let may_date = if earliest {
        ds.iter().any(|d| d.may_date)
    } else {
        ds.iter().all(|d| d.may_date)
    };
    if !may_date {
        return DateVal::never();
    }
    DateVal {
        lo: lo.min(hi),
        hi: if hi >= POS_INF && may_never {
            ds.iter()
                .filter(|d| d.may_date)
                .map(|d| d.hi)
                .max()
                .unwrap_or(hi)
        } else {
            hi
        },
        may_date,
        may_never,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn record_questions_are_not_shown_to_readers() {
        use super::strip_record_question as s;
        assert_eq!(s("a gap (question: @) here"), "a gap here");
        assert_eq!(s("a gap (question: @.presence)"), "a gap");
        assert_eq!(
            s("a gap (question: relations)"),
            "a gap (question: relations)"
        );
        assert_eq!(s("no question"), "no question");
    }

    use super::{Arc, Expl, Flag, MissingLeaf, Tri};

    /// A graph of `depth` levels in which each node has two children that
    /// are the same node (as remembered calls share their trees): written
    /// out in full it has 2^(depth+1) - 1 nodes. The bottom node is open,
    /// names a fact and raises a flag.
    fn doubling(depth: usize) -> Arc<Expl> {
        let mut bottom = Expl::new(
            "condition",
            Arc::from("x.date < 2000-01-01"),
            Some(Tri::Unknown),
        );
        bottom.missing = vec![MissingLeaf {
            boundary: None,
            fact: "people.x.born".into(),
        }];
        bottom.flags = vec![Flag {
            rule: "r".into(),
            reason: "why".into(),
            citation: "c".into(),
            open: false,
        }];
        let mut n = Arc::new(bottom);
        for i in 0..depth {
            let mut e = Expl::new(
                "rule",
                Arc::from(format!("level_{i}(p)")),
                Some(Tri::Unknown),
            );
            e.rule = Some(format!("level_{i}"));
            e.children = vec![Arc::clone(&n), Arc::clone(&n)];
            n = Arc::new(e);
        }
        n
    }

    #[test]
    fn shared_trees_are_read_once() {
        // 2^80 paths: read as a tree, none of these would finish.
        let root = doubling(80);
        let missing = super::collect_missing(&root);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].fact, "people.x.born");
        assert_eq!(missing[0].rule, "level_0");
        assert_eq!(super::collect_flags(&root).len(), 1);
        assert!(super::has_flags(&root));
        assert_eq!(super::expanded_size(&root, 1000), 1001);
    }

    #[test]
    fn repeats_are_written_once() {
        let small = doubling(3);
        assert_eq!(super::expanded_size(&small, usize::MAX - 1), 15);
        let shared = super::share_repeats(&small);
        // Each level: the first child in full, the second a note.
        assert_eq!(super::expanded_size(&shared, usize::MAX - 1), 7);
        assert_eq!(
            shared.children[1].detail.as_deref(),
            Some("its reasons are shown above")
        );
        assert!(shared.children[1].children.is_empty());
        // The facts and flags read from it are the same.
        assert_eq!(
            super::collect_missing(&shared),
            super::collect_missing(&small)
        );
        assert_eq!(super::collect_flags(&shared), super::collect_flags(&small));
        let big = super::share_repeats(&doubling(80));
        assert_eq!(super::expanded_size(&big, usize::MAX - 1), 161);
        // A tree without repeats is the same tree.
        let leaf = Arc::clone(&small.children[0].children[0].children[0]);
        assert!(Arc::ptr_eq(&super::share_repeats(&leaf), &leaf));
    }
}

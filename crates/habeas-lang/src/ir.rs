//! The compiled form of the law: names resolved, types known. The evaluator
//! walks this plan; it never sees source text except for labels.

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::{BinOp, Span};
use crate::dates::Day;
use crate::err::SourceFile;
use crate::model::{Schema, Type, Value};

/// Built-in functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `starting(d)`: the days from `d` on.
    Starting,
    /// `ending(d)`: the days before `d`.
    Ending,
    /// `window(a, b)`: the days from `a` up to, not including, `b`.
    Window,
    /// `total(t)`: number of days in `t`.
    Total,
    /// `longest(t)`: the longest run of consecutive days in `t`.
    Longest,
    /// `longest_run(t, absences, before)`: the longest stretch from the
    /// first day of a run of `t` that begins before `before` to the last day
    /// of the same or a later run, in which the days missing from `t` total
    /// less than `absences` ("continuous presence, absences of less than N
    /// days in the aggregate not breaking it").
    LongestRun,
    /// `first_day(t)`: the first day in `t` (never when empty).
    FirstDay,
    /// `outside(t)`: the days not in `t`.
    Outside,
    /// `ever(t)`: whether `t` has any day.
    Ever,
    /// `on(t, d)`: whether day `d` is in `t`.
    On,
    /// `all_days()`.
    AllDays,
    /// `no_days()`.
    NoDays,
    /// `anniversary(d, n)`: the day `n` full years after `d` (Feb 29 → Mar 1).
    Anniversary,
    /// `anniversary_feb28(d, n)`: the same, Feb 29 → Feb 28.
    AnniversaryFeb28,
    /// `months_after(d, n)`: the day `n` calendar months after `d` (a day
    /// past the end of the month falls on its last day).
    MonthsAfter,
    /// `since(b)`: the day from which condition `b` holds.
    Since,
    /// `earliest(d, ...)`.
    Earliest,
    /// `latest(d, ...)`.
    Latest,
    /// `present(r)`: whether a record exists.
    Present,
    /// `as_of()`: the day the question is asked.
    AsOf,
    /// `days(n)`: a number as a duration in days.
    Days,
    /// `count(list)`.
    Count,
    /// `shown(b)`: yes when `b` is known to hold, otherwise no. Models a
    /// burden of proof on the other side (e.g. the government must show a
    /// loss of citizenship); the only non-monotone operation.
    Shown,
}

impl Builtin {
    /// Looks a built-in up by name.
    pub fn by_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "starting" => Builtin::Starting,
            "ending" => Builtin::Ending,
            "window" => Builtin::Window,
            "total" => Builtin::Total,
            "longest" => Builtin::Longest,
            "longest_run" => Builtin::LongestRun,
            "first_day" => Builtin::FirstDay,
            "outside" => Builtin::Outside,
            "ever" => Builtin::Ever,
            "on" => Builtin::On,
            "all_days" => Builtin::AllDays,
            "no_days" => Builtin::NoDays,
            "anniversary" => Builtin::Anniversary,
            "anniversary_feb28" => Builtin::AnniversaryFeb28,
            "months_after" => Builtin::MonthsAfter,
            "since" => Builtin::Since,
            "earliest" => Builtin::Earliest,
            "latest" => Builtin::Latest,
            "present" => Builtin::Present,
            "as_of" => Builtin::AsOf,
            "days" => Builtin::Days,
            "count" => Builtin::Count,
            "shown" => Builtin::Shown,
            _ => return None,
        })
    }
    /// Every built-in's name, for suggestions.
    pub const NAMES: &'static [&'static str] = &[
        "starting",
        "ending",
        "window",
        "total",
        "longest",
        "longest_run",
        "first_day",
        "outside",
        "ever",
        "on",
        "all_days",
        "no_days",
        "anniversary",
        "anniversary_feb28",
        "months_after",
        "since",
        "earliest",
        "latest",
        "present",
        "as_of",
        "days",
        "count",
        "shown",
    ];
}

/// A compiled expression.
#[derive(Clone, Debug)]
pub struct Node {
    /// What it does.
    pub kind: NodeKind,
    /// Its type.
    pub ty: Type,
    /// Its source text, for explanations.
    pub label: Arc<str>,
}

/// Compiled expression forms.
#[derive(Clone, Debug)]
pub enum NodeKind {
    /// A constant.
    Lit(Value),
    /// A parameter, binding or bound variable of the current frame.
    Slot(u16),
    /// A field of a record.
    Field(Box<Node>, usize),
    /// A call of a rule or definition.
    Call(usize, Vec<Node>),
    /// A built-in.
    Builtin(Builtin, Vec<Node>),
    /// `not`.
    Not(Box<Node>),
    /// `and` over all operands.
    And(Vec<Node>),
    /// `or` over all operands.
    Or(Vec<Node>),
    /// A comparison, arithmetic, set or membership operator.
    Binary(BinOp, Box<Node>, Box<Node>),
    /// `x in [a, b, c]`.
    InLiteral(Box<Node>, Vec<Node>),
    /// `any` / `all`.
    Quant {
        /// `all` when true.
        all: bool,
        /// Slot of the bound variable.
        slot: u16,
        /// The list.
        list: Box<Node>,
        /// Optional filter.
        filter: Option<Box<Node>>,
        /// Condition.
        body: Box<Node>,
    },
    /// `if c then a else b`.
    If(Box<Node>, Box<Node>, Box<Node>),
    /// `union x in xs [where c]: t`.
    Union {
        /// Slot of the bound variable.
        slot: u16,
        /// The list.
        list: Box<Node>,
        /// Optional filter.
        filter: Option<Box<Node>>,
        /// Each element's timeline.
        body: Box<Node>,
    },
}

/// One window of a compiled version table.
#[derive(Clone, Debug)]
pub struct VersionIr {
    /// First day in force.
    pub from: Day,
    /// First day no longer in force.
    pub to: Day,
    /// The version's citation.
    pub cite: Option<String>,
    /// What it says.
    pub kind: VersionIrKind,
}

/// What a compiled version says.
#[derive(Clone, Debug)]
pub enum VersionIrKind {
    /// Values for the binding slots, in slot order.
    Bind(Vec<Node>),
    /// The rule did not exist.
    None(String),
    /// Not encoded: the answer stays open.
    NotEncoded(String),
}

/// A compiled version table.
#[derive(Clone, Debug)]
pub struct VersionsIr {
    /// The selecting date.
    pub key: Node,
    /// The windows, sorted by start.
    pub entries: Vec<VersionIr>,
    /// First slot of the bindings.
    pub first_slot: u16,
}

/// A compiled rule or definition.
#[derive(Clone, Debug)]
pub struct RuleIr {
    /// Name.
    pub name: String,
    /// Documentation.
    pub doc: String,
    /// A `def` (no citation, no legal content of its own).
    pub is_def: bool,
    /// Parameters.
    pub params: Vec<(String, Type)>,
    /// Result type.
    pub ret: Type,
    /// Citations.
    pub cites: Vec<String>,
    /// Statute's words.
    pub quotes: Vec<String>,
    /// Tags.
    pub tags: Vec<String>,
    /// Version table.
    pub versions: Option<VersionsIr>,
    /// `let` bindings: (slot, value).
    pub lets: Vec<(u16, String, Node)>,
    /// Body.
    pub body: Node,
    /// `since` clause.
    pub since: Option<Node>,
    /// `unless` clauses.
    pub unless: Vec<(Node, Option<String>)>,
    /// `review when` clauses.
    pub reviews: Vec<(Node, String)>,
    /// Number of slots the frame needs.
    pub nslots: usize,
    /// Index of its file.
    pub file: usize,
    /// Where it is.
    pub span: Span,
    /// Names of the rules it calls.
    pub calls: Vec<usize>,
    /// The first sentence of `doc` (computed once, at compilation).
    pub summary_line: String,
    /// `cites` joined (computed once, at compilation).
    pub citation_line: String,
}

impl RuleIr {
    /// All citations joined.
    pub fn citation(&self) -> String {
        self.citation_line.clone()
    }
    /// The first sentence of the documentation.
    pub fn summary(&self) -> String {
        self.summary_line.clone()
    }
}

/// The first sentence of a text: up to the first period that ends a word
/// (not an abbreviation such as `U.S.` or `Pub. L.`) and is followed by a
/// space and a capital letter.
pub fn first_sentence(doc: &str) -> String {
    let flat = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    let b = flat.as_bytes();
    for i in 0..b.len() {
        if b[i] != b'.' || i + 2 >= b.len() || b[i + 1] != b' ' || !b[i + 2].is_ascii_uppercase() {
            continue;
        }
        let word = flat[..i].rsplit(' ').next().unwrap_or("");
        let abbreviation = word.contains('.')
            || word.len() <= 3
            || ["Stat", "Pub", "Sess", "Cong", "Supp"].contains(&word);
        if !abbreviation {
            return flat[..=i].to_string();
        }
    }
    flat
}

/// A checked and compiled body of law.
#[derive(Debug)]
pub struct Program {
    /// The record types it reads.
    pub schema: Arc<Schema>,
    /// Rules and definitions.
    pub rules: Vec<RuleIr>,
    /// Index by name.
    pub by_name: HashMap<String, usize>,
    /// The source files.
    pub files: Vec<Arc<SourceFile>>,
    /// Per rule: whether its result is the same for every case (no
    /// parameters, reads no fact and not the day asked, calls only such
    /// rules; no versions, exceptions or review flags). Such a result is
    /// computed once per program, not once per case (the business-day
    /// calendar, for one).
    pub constant: Vec<bool>,
    /// The results of constant rules, per mode (fast, explaining, missing).
    pub(crate) const_results: Vec<[std::sync::OnceLock<ConstResult>; 3]>,
}

/// The remembered result of a constant rule.
pub(crate) type ConstResult = (crate::model::Val, Option<Arc<crate::eval::Expl>>);

/// Which rules are constant (see [`Program::constant`]).
pub fn constant_rules(rules: &[RuleIr]) -> Vec<bool> {
    let mut c = vec![false; rules.len()];
    loop {
        let mut changed = false;
        for (i, r) in rules.iter().enumerate() {
            if c[i] {
                continue;
            }
            let ok = r.params.is_empty()
                && r.versions.is_none()
                && r.unless.is_empty()
                && r.reviews.is_empty()
                && r.since.as_ref().is_none_or(|n| node_constant(n, &c))
                && r.lets.iter().all(|(_, _, n)| node_constant(n, &c))
                && node_constant(&r.body, &c);
            if ok {
                c[i] = true;
                changed = true;
            }
        }
        if !changed {
            return c;
        }
    }
}

/// Whether a node of a rule without parameters has the same value for
/// every case, given which rules are constant. (A slot in such a rule is a
/// `let` binding, itself checked; lists come only from facts, so
/// quantifiers are never constant.)
fn node_constant(n: &Node, c: &[bool]) -> bool {
    let all = |v: &[Node]| v.iter().all(|x| node_constant(x, c));
    match &n.kind {
        NodeKind::Lit(_) | NodeKind::Slot(_) => true,
        NodeKind::Field(..) | NodeKind::Quant { .. } | NodeKind::Union { .. } => false,
        NodeKind::Call(i, args) => c.get(*i).copied().unwrap_or(false) && all(args),
        NodeKind::Builtin(b, args) => *b != Builtin::AsOf && all(args),
        NodeKind::Not(x) => node_constant(x, c),
        NodeKind::And(v) | NodeKind::Or(v) => all(v),
        NodeKind::Binary(_, a, b) => node_constant(a, c) && node_constant(b, c),
        NodeKind::InLiteral(x, v) => node_constant(x, c) && all(v),
        NodeKind::If(a, b, d) => node_constant(a, c) && node_constant(b, c) && node_constant(d, c),
    }
}

impl Program {
    /// A rule by name.
    pub fn rule(&self, name: &str) -> Option<&RuleIr> {
        self.by_name.get(name).map(|&i| &self.rules[i])
    }
    /// Rules that carry a tag.
    pub fn tagged<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = (usize, &'a RuleIr)> + 'a {
        self.rules
            .iter()
            .enumerate()
            .filter(move |(_, r)| r.tags.iter().any(|t| t == tag))
    }
    /// The source text of a rule.
    pub fn source_of(&self, r: &RuleIr) -> &str {
        self.files
            .get(r.file)
            .and_then(|f| f.text.get(r.span.clone()))
            .unwrap_or("")
    }
}

//! Safety analysis: can a rule turn an unknown fact into a harmful answer?
//!
//! Three-valued evaluation never turns unknown into no, with one deliberate
//! exception: `shown(c)`, which models a burden of proof. Used where a
//! "yes" protects the person (a route to citizenship, a bar), `shown` would
//! make an unknown fact count against them. This analysis walks the rules
//! reachable from the law's entry points, tracking polarity (a `not` or an
//! `unless` flips it), and reports every `shown` reached in a position
//! where it can turn "unknown" into a harmful "no".
//!
//! A reviewed use is acknowledged by tagging its rule `"safety:reviewed"`,
//! with a comment in the law saying why (a burden of proof on the other
//! side, a reading that only ever widens protection).

use std::collections::HashSet;

use crate::ir::{Builtin, Node, NodeKind, Program};

/// A `shown(...)` that may turn an unknown fact into a harmful answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule that contains it.
    pub rule: String,
    /// The expression, as written.
    pub expr: String,
    /// The chain of rules from the entry point to it.
    pub path: Vec<String>,
    /// `file:line:column`.
    pub location: String,
}

/// The tag that acknowledges a reviewed use of `shown`.
pub const REVIEWED: &str = "safety:reviewed";

/// Reports harmful uses of `shown` reachable from `entries` (rule indices
/// whose "yes" protects the person).
pub fn harmful_shown(prog: &Program, entries: &[usize]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for &e in entries {
        let mut path = Vec::new();
        walk_rule(prog, e, true, &mut path, &mut seen, &mut out);
    }
    out.sort_by(|a, b| a.location.cmp(&b.location));
    out.dedup_by(|a, b| a.location == b.location && a.expr == b.expr);
    out
}

fn walk_rule(
    prog: &Program,
    idx: usize,
    positive: bool,
    path: &mut Vec<String>,
    seen: &mut HashSet<(usize, bool)>,
    out: &mut Vec<Finding>,
) {
    if !seen.insert((idx, positive)) {
        return;
    }
    let Some(r) = prog.rules.get(idx) else { return };
    path.push(r.name.clone());
    let reviewed = r.tags.iter().any(|t| t == REVIEWED);
    let mut ctx = Ctx {
        prog,
        rule: idx,
        reviewed,
        path: path.clone(),
        out: Vec::new(),
        calls: Vec::new(),
    };
    ctx.node(&r.body, positive);
    for (_, _, n) in &r.lets {
        ctx.node(n, positive);
    }
    for (u, _) in &r.unless {
        ctx.node(u, !positive);
    }
    out.extend(ctx.out);
    for (callee, pol) in ctx.calls {
        walk_rule(prog, callee, pol, path, seen, out);
    }
    path.pop();
}

struct Ctx<'a> {
    prog: &'a Program,
    rule: usize,
    reviewed: bool,
    path: Vec<String>,
    out: Vec<Finding>,
    calls: Vec<(usize, bool)>,
}

impl Ctx<'_> {
    fn node(&mut self, n: &Node, positive: bool) {
        match &n.kind {
            NodeKind::Not(x) => self.node(x, !positive),
            NodeKind::And(xs) | NodeKind::Or(xs) => xs.iter().for_each(|x| self.node(x, positive)),
            NodeKind::Call(idx, _) => self.calls.push((*idx, positive)),
            NodeKind::If(c, a, b) => {
                // The condition can push the result either way.
                self.node(c, true);
                self.node(c, false);
                self.node(a, positive);
                self.node(b, positive);
            }
            NodeKind::Quant { filter, body, .. } => {
                if let Some(f) = filter {
                    self.node(f, positive);
                }
                self.node(body, positive);
            }
            NodeKind::Builtin(Builtin::Shown, args) => {
                if positive && !self.reviewed {
                    let r = &self.prog.rules[self.rule];
                    let file = self.prog.files.get(r.file);
                    let location = file.map_or_else(String::new, |f| {
                        let off = f
                            .text
                            .get(r.span.clone())
                            .and_then(|t| t.find(&*n.label))
                            .map_or(r.span.start, |o| r.span.start + o);
                        let (l, c) = crate::err::line_col(&f.text, off);
                        format!("{}:{l}:{c}", f.name)
                    });
                    self.out.push(Finding {
                        rule: r.name.clone(),
                        expr: n.label.to_string(),
                        path: self.path.clone(),
                        location,
                    });
                }
                // `shown` already makes its argument definite: what is inside
                // cannot turn an unknown into a no by itself.
                let _ = args;
            }
            // Values (dates, durations, arguments) are not conditions: their
            // polarity is unknown, and they are not followed.
            _ => {}
        }
    }
}

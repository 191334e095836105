//! The checker: resolves names, checks types, citations and version windows,
//! and compiles the law into a [`Program`]. Every error is collected; the
//! law loads only when there are none.

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::*;
use crate::dates::{NEG_INF, POS_INF, fmt_day};
use crate::err::{Diagnostic, LawError, SourceFile};
use crate::ir::*;
use crate::model::{BoolVal, Schema, Type, Value};
use crate::parser::parse;
use crate::value::{DateVal, Range, TextVal, Tri};

/// Parses, checks and compiles rule files into a program.
pub fn compile(schema: Arc<Schema>, sources: Vec<SourceFile>) -> Result<Program, LawError> {
    let files: Vec<Arc<SourceFile>> = sources.into_iter().map(Arc::new).collect();
    let mut diags = Vec::new();
    let mut parsed = Vec::new();
    let mut broken = std::collections::HashSet::new();
    for f in &files {
        let (ast, errs) = parse(f);
        if !errs.is_empty() {
            // Names declared in a file with parse errors: uses of them are
            // not reported again as unknown.
            broken.extend(crate::parser::broken_names(f));
        }
        diags.extend(errs);
        parsed.push(ast);
    }
    let mut c = Checker {
        schema: &schema,
        files: &files,
        diags: Vec::new(),
        sigs: HashMap::new(),
        consts: HashMap::new(),
        broken,
    };
    c.collect(&parsed);
    let mut rules = Vec::new();
    for (fi, ast) in parsed.iter().enumerate() {
        for item in &ast.items {
            match item {
                Item::Rule(r) => rules.push(c.rule(fi, r)),
                Item::Def(d) => rules.push(c.def(fi, d)),
                Item::Const(_) => {}
            }
        }
    }
    diags.extend(c.diags);
    diags.sort_by_key(|d| (d.file_name().to_string(), d.span().start));
    if !diags.is_empty() {
        return Err(LawError { diagnostics: diags });
    }
    let by_name = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.clone(), i))
        .collect();
    for r in &mut rules {
        r.summary_line = crate::ir::first_sentence(&r.doc);
        r.citation_line = r.cites.join("; ");
    }
    let constant = crate::ir::constant_rules(&rules);
    let const_results = rules.iter().map(|_| Default::default()).collect();
    Ok(Program {
        schema,
        rules,
        by_name,
        files,
        constant,
        const_results,
    })
}

struct Sig {
    index: usize,
    params: Vec<Type>,
    ret: Type,
}

struct ConstDef {
    file: usize,
    expr: Expr,
    cite: Option<String>,
    node: Option<Node>,
    busy: bool,
}

struct Checker<'a> {
    schema: &'a Schema,
    files: &'a [Arc<SourceFile>],
    diags: Vec<Diagnostic>,
    sigs: HashMap<String, Sig>,
    consts: HashMap<String, ConstDef>,
    broken: std::collections::HashSet<String>,
}

struct Scope {
    vars: Vec<(String, Type, u16)>,
    next: u16,
    max: u16,
}

impl Scope {
    fn bind(&mut self, name: &str, ty: Type) -> u16 {
        let slot = self.next;
        self.next += 1;
        self.max = self.max.max(self.next);
        self.vars.push((name.to_string(), ty, slot));
        slot
    }
    fn lookup(&self, name: &str) -> Option<(Type, u16)> {
        self.vars
            .iter()
            .rev()
            .find(|v| v.0 == name)
            .map(|v| (v.1.clone(), v.2))
    }
}

struct Ctx<'s> {
    file: usize,
    scope: &'s mut Scope,
    calls: Vec<usize>,
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let v = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
            cur.push(v);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn suggest<'x>(name: &str, candidates: impl Iterator<Item = &'x str>) -> Option<String> {
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(name.len() / 4) && *c != name)
        .min()
        .map(|(_, c)| c.to_string())
}

impl Checker<'_> {
    fn file(&self, i: usize) -> &Arc<SourceFile> {
        &self.files[i]
    }

    fn err(
        &mut self,
        file: usize,
        code: &'static str,
        span: Span,
        msg: impl Into<String>,
    ) -> &mut Diagnostic {
        let d = Diagnostic::new(self.file(file), code, span, msg);
        self.diags.push(d);
        let n = self.diags.len();
        &mut self.diags[n - 1]
    }

    fn tname(&self, t: &Type) -> String {
        self.schema.type_name(t)
    }

    fn resolve_type(&mut self, file: usize, t: &TypeExpr) -> Type {
        match t {
            TypeExpr::List(inner, _) => Type::List(Box::new(self.resolve_type(file, inner))),
            TypeExpr::Named(id) => match id.name.as_str() {
                "bool" => Type::Bool,
                "date" => Type::Date,
                "duration" => Type::Duration,
                "number" => Type::Number,
                "text" => Type::Text,
                "timeline" => Type::Timeline,
                other => match self.schema.lookup(other) {
                    Some(r) => Type::Record(r),
                    None => {
                        let names = ["bool", "date", "duration", "number", "text", "timeline"];
                        let cands: Vec<String> = names
                            .iter()
                            .map(|s| s.to_string())
                            .chain(self.schema.records().iter().map(|r| r.name.clone()))
                            .collect();
                        let s = suggest(other, cands.iter().map(String::as_str));
                        let mut d = Diagnostic::new(
                            self.file(file),
                            "habeas::check::unknown_type",
                            id.span.clone(),
                            format!("unknown type `{other}`"),
                        );
                        if let Some(s) = s {
                            d = d.help(format!("did you mean `{s}`?"));
                        }
                        self.diags.push(d);
                        Type::Bool
                    }
                },
            },
        }
    }

    fn collect(&mut self, parsed: &[File]) {
        let mut index = 0;
        for (fi, ast) in parsed.iter().enumerate() {
            for item in &ast.items {
                let (name, params, ret): (&Ident, &[Param], Option<&TypeExpr>) = match item {
                    Item::Rule(r) => (&r.name, &r.params, r.ret.as_ref()),
                    Item::Def(d) => (&d.name, &d.params, Some(&d.ret)),
                    Item::Const(k) => {
                        if self.consts.contains_key(&k.name.name)
                            || self.sigs.contains_key(&k.name.name)
                        {
                            self.err(
                                fi,
                                "habeas::check::duplicate",
                                k.name.span.clone(),
                                format!("`{}` is defined twice", k.name.name),
                            );
                        } else {
                            self.consts.insert(
                                k.name.name.clone(),
                                ConstDef {
                                    file: fi,
                                    expr: k.value.clone(),
                                    cite: k.cite.as_ref().map(|t| t.text.clone()),
                                    node: None,
                                    busy: false,
                                },
                            );
                        }
                        continue;
                    }
                };
                if Builtin::by_name(&name.name).is_some() {
                    let d = Diagnostic::new(
                        self.file(fi),
                        "habeas::check::builtin",
                        name.span.clone(),
                        format!("`{}` is the name of a built-in function", name.name),
                    )
                    .help("choose another name");
                    self.diags.push(d);
                }
                if self.sigs.contains_key(&name.name) || self.consts.contains_key(&name.name) {
                    self.err(
                        fi,
                        "habeas::check::duplicate",
                        name.span.clone(),
                        format!("`{}` is defined twice", name.name),
                    );
                    continue;
                }
                let ptys: Vec<Type> = params
                    .iter()
                    .map(|p| self.resolve_type(fi, &p.ty))
                    .collect();
                let ret = match ret {
                    Some(t) => self.resolve_type(fi, t),
                    None => Type::Bool,
                };
                self.sigs.insert(
                    name.name.clone(),
                    Sig {
                        index,
                        params: ptys,
                        ret,
                    },
                );
                index += 1;
            }
        }
    }

    fn rule(&mut self, fi: usize, r: &Rule) -> RuleIr {
        let sig_ret = self
            .sigs
            .get(&r.name.name)
            .map(|s| s.ret.clone())
            .unwrap_or(Type::Bool);
        if r.cites.is_empty() || r.cites.iter().all(|c| c.text.trim().is_empty()) {
            self.diags.push(
                Diagnostic::new(self.file(fi), "habeas::check::citation", r.name.span.clone(), format!("the rule `{}` has no citation", r.name.name))
                    .label("every rule must cite its authority")
                    .help("add `cite \"INA § ...; 8 U.S.C. § ...\"`; helpers without legal content are written with `def`"),
            );
        }
        let mut scope = Scope {
            vars: vec![],
            next: 0,
            max: 0,
        };
        let mut params = Vec::new();
        for p in &r.params {
            let t = self.resolve_type(fi, &p.ty);
            scope.bind(&p.name.name, t.clone());
            params.push((p.name.name.clone(), t));
        }
        let mut ctx = Ctx {
            file: fi,
            scope: &mut scope,
            calls: vec![],
        };
        let versions = r
            .versions
            .as_ref()
            .map(|v| self.versions(&mut ctx, &r.name.name, v));
        let mut lets = Vec::new();
        for (name, e) in &r.lets {
            let n = self.expr(&mut ctx, e);
            let slot = ctx.scope.bind(&name.name, n.ty.clone());
            lets.push((slot, name.name.clone(), n));
        }
        let body = match &r.body {
            Some(b) => self.expr(&mut ctx, b),
            None => lit(Value::Bool(BoolVal::of(Tri::Unknown)), Type::Bool, ""),
        };
        if let Some(b) = &r.body
            && body.ty != sig_ret
        {
            let (exp, got) = (self.tname(&sig_ret), self.tname(&body.ty));
            let help = if sig_ret == Type::Bool {
                "a rule without `->` holds or not; declare `-> TYPE` for a rule that computes a value".to_string()
            } else {
                format!("the body must compute a {exp}")
            };
            self.diags.push(
                Diagnostic::new(
                    self.file(fi),
                    "habeas::check::type",
                    b.span.clone(),
                    format!(
                        "the rule `{}` must give a {exp}, but its body gives a {got}",
                        r.name.name
                    ),
                )
                .help(help),
            );
        }
        let since = r.since.as_ref().map(|e| {
            let n = self.expr(&mut ctx, e);
            if n.ty != Type::Date {
                let got = self.tname(&n.ty);
                self.diags.push(Diagnostic::new(
                    self.file(fi),
                    "habeas::check::type",
                    e.span.clone(),
                    format!("`since` needs a date, found a {got}"),
                ));
            }
            n
        });
        if since.is_some() && sig_ret != Type::Bool {
            self.err(
                fi,
                "habeas::check::since",
                r.name.span.clone(),
                "only a rule that holds or not can have `since`",
            );
        }
        let mut unless = Vec::new();
        for u in &r.unless {
            let n = self.expect_bool(&mut ctx, &u.cond, "an `unless` exception");
            unless.push((n, u.cite.as_ref().map(|t| t.text.clone())));
        }
        if !r.unless.is_empty() && sig_ret != Type::Bool {
            self.err(
                fi,
                "habeas::check::unless",
                r.name.span.clone(),
                "only a rule that holds or not can have exceptions",
            );
        }
        let mut reviews = Vec::new();
        for rv in &r.reviews {
            let n = self.expect_bool(&mut ctx, &rv.cond, "a `review when` condition");
            reviews.push((n, rv.reason.text.clone()));
        }
        let calls = std::mem::take(&mut ctx.calls);
        RuleIr {
            name: r.name.name.clone(),
            doc: r.doc.clone(),
            is_def: false,
            params,
            ret: sig_ret,
            cites: r.cites.iter().map(|t| t.text.clone()).collect(),
            quotes: r.quotes.iter().map(|t| t.text.clone()).collect(),
            tags: r.tags.iter().map(|t| t.text.clone()).collect(),
            versions,
            lets,
            body,
            since,
            unless,
            reviews,
            nslots: usize::from(scope.max),
            file: fi,
            span: r.span.clone(),
            calls,
            summary_line: String::new(),
            citation_line: String::new(),
        }
    }

    fn versions(&mut self, ctx: &mut Ctx<'_>, rule: &str, v: &Versions) -> VersionsIr {
        let fi = ctx.file;
        let key = self.expr(ctx, &v.key);
        if key.ty != Type::Date {
            let got = self.tname(&key.ty);
            self.err(
                fi,
                "habeas::check::type",
                v.key.span.clone(),
                format!("versions are chosen by a date, found a {got}"),
            );
        }
        // Binding names and types come from the first window that binds.
        let mut names: Vec<(String, Type)> = Vec::new();
        let mut compiled: Vec<(VersionIr, Span)> = Vec::new();
        let first_slot = ctx.scope.next;
        let mut binding_values: Vec<Vec<(Ident, Node)>> = Vec::new();
        for e in &v.entries {
            if let VersionKind::Bindings(b) = &e.kind {
                let vals: Vec<(Ident, Node)> = b
                    .iter()
                    .map(|(n, x)| (n.clone(), self.expr(ctx, x)))
                    .collect();
                binding_values.push(vals);
            } else {
                binding_values.push(Vec::new());
            }
        }
        for (e, vals) in v.entries.iter().zip(&binding_values) {
            if let VersionKind::Bindings(_) = &e.kind
                && names.is_empty()
            {
                names = vals
                    .iter()
                    .map(|(n, x)| (n.name.clone(), x.ty.clone()))
                    .collect();
            }
        }
        for (e, vals) in v.entries.iter().zip(binding_values) {
            let from = e.from.as_ref().map_or(NEG_INF, |f| f.0);
            let to = e.to.as_ref().map_or(POS_INF, |t| t.0);
            if to <= from {
                self.err(
                    fi,
                    "habeas::check::window",
                    e.span.clone(),
                    format!(
                        "this window of `{rule}` ends ({}) before it starts ({})",
                        fmt_day(to),
                        fmt_day(from)
                    ),
                );
            }
            let kind = match &e.kind {
                VersionKind::None(t) => VersionIrKind::None(t.text.clone()),
                VersionKind::NotEncoded(t) => VersionIrKind::NotEncoded(t.text.clone()),
                VersionKind::Bindings(_) => {
                    let mut ordered = Vec::new();
                    for (n, t) in &names {
                        match vals.iter().find(|(i, _)| &i.name == n) {
                            Some((_, x)) => {
                                if &x.ty != t {
                                    let (a, b) = (self.tname(t), self.tname(&x.ty));
                                    self.err(fi, "habeas::check::type", e.span.clone(), format!("`{n}` is a {a} in another version of `{rule}` but a {b} here"));
                                }
                                ordered.push(x.clone());
                            }
                            None => {
                                let d = Diagnostic::new(
                                    self.file(fi),
                                    "habeas::check::version_binding",
                                    e.span.clone(),
                                    format!("this version of `{rule}` does not set `{n}`"),
                                )
                                .help("every version must set the same names");
                                self.diags.push(d);
                                ordered.push(lit(Value::unknown(t), t.clone(), n));
                            }
                        }
                    }
                    for (i, _) in &vals {
                        if !names.iter().any(|(n, _)| n == &i.name) {
                            self.err(
                                fi,
                                "habeas::check::version_binding",
                                i.span.clone(),
                                format!(
                                    "`{}` is not set by the other versions of `{rule}`",
                                    i.name
                                ),
                            );
                        }
                    }
                    VersionIrKind::Bind(ordered)
                }
            };
            compiled.push((
                VersionIr {
                    from,
                    to,
                    cite: e.cite.as_ref().map(|t| t.text.clone()),
                    kind,
                },
                e.span.clone(),
            ));
        }
        compiled.sort_by_key(|(v, _)| v.from);
        for w in compiled.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            if b.0.from < a.0.to {
                self.diags.push(
                    Diagnostic::new(
                        self.file(fi),
                        "habeas::check::overlap",
                        b.1.clone(),
                        format!(
                            "two versions of `{rule}` are both in force from {} to {}",
                            fmt_day(b.0.from),
                            fmt_day(a.0.to.min(b.0.to))
                        ),
                    )
                    .label("this window overlaps an earlier one")
                    .help("each day must select at most one version"),
                );
            } else if b.0.from > a.0.to {
                self.diags.push(
                    Diagnostic::new(self.file(fi), "habeas::check::gap", b.1.clone(), format!("no version of `{rule}` covers {} to {}", fmt_day(a.0.to), fmt_day(b.0.from)))
                        .label("this window does not start where the previous one ends")
                        .help("declare the gap with `from DATE to DATE: none \"why\"` (the rule did not exist) or `not_encoded \"why\"`"),
                );
            }
        }
        for (n, t) in &names {
            ctx.scope.bind(n, t.clone());
        }
        VersionsIr {
            key,
            entries: compiled.into_iter().map(|x| x.0).collect(),
            first_slot,
        }
    }

    fn def(&mut self, fi: usize, d: &Def) -> RuleIr {
        let sig_ret = self
            .sigs
            .get(&d.name.name)
            .map(|s| s.ret.clone())
            .unwrap_or(Type::Bool);
        let mut scope = Scope {
            vars: vec![],
            next: 0,
            max: 0,
        };
        let mut params = Vec::new();
        for p in &d.params {
            let t = self.resolve_type(fi, &p.ty);
            scope.bind(&p.name.name, t.clone());
            params.push((p.name.name.clone(), t));
        }
        let mut ctx = Ctx {
            file: fi,
            scope: &mut scope,
            calls: vec![],
        };
        let body = self.expr(&mut ctx, &d.body);
        if body.ty != sig_ret {
            let (a, b) = (self.tname(&sig_ret), self.tname(&body.ty));
            self.err(
                fi,
                "habeas::check::type",
                d.body.span.clone(),
                format!(
                    "`{}` is declared to give a {a}, but its body gives a {b}",
                    d.name.name
                ),
            );
        }
        let calls = std::mem::take(&mut ctx.calls);
        RuleIr {
            name: d.name.name.clone(),
            doc: d.doc.clone(),
            is_def: true,
            params,
            ret: sig_ret,
            cites: vec![],
            quotes: vec![],
            tags: vec![],
            versions: None,
            lets: vec![],
            body,
            since: None,
            unless: vec![],
            reviews: vec![],
            nslots: usize::from(scope.max),
            file: fi,
            span: d.span.clone(),
            calls,
            summary_line: String::new(),
            citation_line: String::new(),
        }
    }

    fn label(&self, file: usize, span: &Span) -> Arc<str> {
        let text = self.files[file].text.get(span.clone()).unwrap_or("");
        Arc::from(label_text(text))
    }

    fn expect_bool(&mut self, ctx: &mut Ctx<'_>, e: &Expr, what: &str) -> Node {
        let n = self.expr(ctx, e);
        if n.ty != Type::Bool {
            let got = self.tname(&n.ty);
            self.err(
                ctx.file,
                "habeas::check::type",
                e.span.clone(),
                format!("{what} must be a condition, found a {got}"),
            );
        }
        n
    }

    fn type_err(&mut self, file: usize, span: Span, msg: String, help: Option<&str>) {
        let mut d = Diagnostic::new(self.file(file), "habeas::check::type", span, msg);
        if let Some(h) = help {
            d = d.help(h);
        }
        self.diags.push(d);
    }

    fn expr(&mut self, ctx: &mut Ctx<'_>, e: &Expr) -> Node {
        let label = self.label(ctx.file, &e.span);
        let fi = ctx.file;
        let (kind, ty) = match &e.kind {
            ExprKind::Bool(b) => (
                NodeKind::Lit(Value::Bool(BoolVal::of(Tri::from(*b)))),
                Type::Bool,
            ),
            ExprKind::Int(n) => (NodeKind::Lit(Value::Num(Range::exact(*n))), Type::Number),
            ExprKind::Duration(d) => (NodeKind::Lit(Value::Dur(Range::exact(*d))), Type::Duration),
            ExprKind::Date(d) => (NodeKind::Lit(Value::Date(DateVal::day(*d))), Type::Date),
            ExprKind::Str(s) => (
                NodeKind::Lit(Value::Text(TextVal::Known(Arc::from(s.as_str())))),
                Type::Text,
            ),
            ExprKind::List(items) => {
                let nodes: Vec<Node> = items.iter().map(|i| self.expr(ctx, i)).collect();
                let elem = nodes.first().map_or(Type::Text, |n| n.ty.clone());
                for (n, i) in nodes.iter().zip(items) {
                    if n.ty != elem {
                        let (a, b) = (self.tname(&elem), self.tname(&n.ty));
                        self.type_err(
                            fi,
                            i.span.clone(),
                            format!("a list holds one type: expected a {a}, found a {b}"),
                            None,
                        );
                    }
                }
                // A list literal is only used on the right of `in`; as a
                // value it is a complete list of constants.
                let mut vals = Vec::new();
                for n in &nodes {
                    match &n.kind {
                        NodeKind::Lit(v) => vals.push(crate::model::Val::plain(v.clone())),
                        _ => self.type_err(
                            fi,
                            e.span.clone(),
                            "a list literal may hold only constants".into(),
                            Some("use `or` to combine conditions"),
                        ),
                    }
                }
                (
                    NodeKind::Lit(Value::List(Arc::new(crate::model::ListVal {
                        items: vals,
                        complete: true,
                    }))),
                    Type::List(Box::new(elem)),
                )
            }
            ExprKind::Var(id) => {
                if let Some((t, slot)) = ctx.scope.lookup(&id.name) {
                    (NodeKind::Slot(slot), t)
                } else if self.consts.contains_key(&id.name) {
                    match self.konst(&id.name, &id.span, fi) {
                        Some(n) => return Node { label, ..n },
                        None => (
                            NodeKind::Lit(Value::Bool(BoolVal::of(Tri::Unknown))),
                            Type::Bool,
                        ),
                    }
                } else {
                    let mut cands: Vec<String> =
                        ctx.scope.vars.iter().map(|v| v.0.clone()).collect();
                    cands.extend(self.consts.keys().cloned());
                    let s = suggest(&id.name, cands.iter().map(String::as_str));
                    let mut d = Diagnostic::new(
                        self.file(fi),
                        "habeas::check::unknown_name",
                        id.span.clone(),
                        format!("unknown name `{}`", id.name),
                    );
                    if let Some(s) = s {
                        d = d.help(format!("did you mean `{s}`?"));
                    } else if self.sigs.contains_key(&id.name) {
                        d = d.help(format!(
                            "`{}` is a rule; call it with its arguments: `{}(...)`",
                            id.name, id.name
                        ));
                    }
                    self.diags.push(d);
                    (
                        NodeKind::Lit(Value::Bool(BoolVal::of(Tri::Unknown))),
                        Type::Bool,
                    )
                }
            }
            ExprKind::Field(base, f) => {
                let b = self.expr(ctx, base);
                match &b.ty {
                    Type::Record(r) => match self.schema.field_of(*r, &f.name) {
                        Some((i, t)) => {
                            let t = t.clone();
                            (NodeKind::Field(Box::new(b), i), t)
                        }
                        None => {
                            let rt = self.schema.record(*r);
                            let s = suggest(&f.name, rt.fields.iter().map(|x| x.name.as_str()));
                            let mut d = Diagnostic::new(
                                self.file(fi),
                                "habeas::check::unknown_field",
                                f.span.clone(),
                                format!("a {} has no field `{}`", rt.name, f.name),
                            );
                            d = match s {
                                Some(s) => d.help(format!("did you mean `{s}`?")),
                                None => d.help(format!(
                                    "the fields of {} are: {}",
                                    rt.name,
                                    rt.fields
                                        .iter()
                                        .map(|x| x.name.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )),
                            };
                            self.diags.push(d);
                            (
                                NodeKind::Lit(Value::Bool(BoolVal::of(Tri::Unknown))),
                                Type::Bool,
                            )
                        }
                    },
                    other => {
                        let t = self.tname(other);
                        self.type_err(fi, f.span.clone(), format!("a {t} has no fields"), None);
                        (
                            NodeKind::Lit(Value::Bool(BoolVal::of(Tri::Unknown))),
                            Type::Bool,
                        )
                    }
                }
            }
            ExprKind::Call(name, args) => return self.call(ctx, name, args, &e.span, label),
            ExprKind::Not(inner) => {
                let n = self.expect_bool(ctx, inner, "the operand of `not`");
                (NodeKind::Not(Box::new(n)), Type::Bool)
            }
            ExprKind::Binary(op @ (BinOp::And | BinOp::Or), _, _) => {
                let mut operands = Vec::new();
                flatten(e, *op, &mut operands);
                let nodes: Vec<Node> = operands
                    .iter()
                    .map(|x| self.expect_bool(ctx, x, &format!("an operand of `{}`", op.text())))
                    .collect();
                if *op == BinOp::And {
                    (NodeKind::And(nodes), Type::Bool)
                } else {
                    (NodeKind::Or(nodes), Type::Bool)
                }
            }
            ExprKind::Binary(BinOp::In, l, r) => {
                let ln = self.expr(ctx, l);
                if let ExprKind::List(items) = &r.kind {
                    let nodes: Vec<Node> = items.iter().map(|i| self.expr(ctx, i)).collect();
                    for (n, i) in nodes.iter().zip(items) {
                        if n.ty != ln.ty {
                            let (a, b) = (self.tname(&ln.ty), self.tname(&n.ty));
                            self.type_err(
                                fi,
                                i.span.clone(),
                                format!("cannot look for a {a} among {b} values"),
                                None,
                            );
                        }
                    }
                    (NodeKind::InLiteral(Box::new(ln), nodes), Type::Bool)
                } else {
                    let rn = self.expr(ctx, r);
                    match &rn.ty {
                        Type::List(inner) if **inner == ln.ty => {}
                        other => {
                            let (a, b) = (self.tname(&ln.ty), self.tname(other));
                            self.type_err(
                                fi,
                                e.span.clone(),
                                format!("`in` needs a list of {a} on its right, found a {b}"),
                                None,
                            );
                        }
                    }
                    (
                        NodeKind::Binary(BinOp::In, Box::new(ln), Box::new(rn)),
                        Type::Bool,
                    )
                }
            }
            ExprKind::Binary(op, l, r) => {
                let ln = self.expr(ctx, l);
                let rn = self.expr(ctx, r);
                let ty = self.binary_type(fi, *op, &ln.ty, &rn.ty, &e.span);
                (NodeKind::Binary(*op, Box::new(ln), Box::new(rn)), ty)
            }
            ExprKind::Quant {
                all,
                var,
                list,
                filter,
                body,
            } => {
                let (ln, slot, fnode, saved) = self.bind_list(
                    ctx,
                    if *all { "all" } else { "any" },
                    var,
                    list,
                    filter.as_deref(),
                );
                let bnode = self.expect_bool(ctx, body, "the condition of a quantifier");
                ctx.scope.vars.truncate(saved.0);
                ctx.scope.next = saved.1;
                (
                    NodeKind::Quant {
                        all: *all,
                        slot,
                        list: Box::new(ln),
                        filter: fnode,
                        body: Box::new(bnode),
                    },
                    Type::Bool,
                )
            }
            ExprKind::Union {
                var,
                list,
                filter,
                body,
            } => {
                let (ln, slot, fnode, saved) =
                    self.bind_list(ctx, "union", var, list, filter.as_deref());
                let bnode = self.expr(ctx, body);
                if bnode.ty != Type::Timeline {
                    let t = self.tname(&bnode.ty);
                    self.type_err(
                        fi,
                        body.span.clone(),
                        format!("`union` joins timelines, found a {t}"),
                        None,
                    );
                }
                ctx.scope.vars.truncate(saved.0);
                ctx.scope.next = saved.1;
                (
                    NodeKind::Union {
                        slot,
                        list: Box::new(ln),
                        filter: fnode,
                        body: Box::new(bnode),
                    },
                    Type::Timeline,
                )
            }
            ExprKind::If(c, a, b) => {
                let cn = self.expect_bool(ctx, c, "the condition of `if`");
                let an = self.expr(ctx, a);
                let bn = self.expr(ctx, b);
                if an.ty != bn.ty {
                    let (x, y) = (self.tname(&an.ty), self.tname(&bn.ty));
                    self.type_err(
                        fi,
                        e.span.clone(),
                        format!("the branches of `if` differ: a {x} and a {y}"),
                        None,
                    );
                }
                let t = an.ty.clone();
                (NodeKind::If(Box::new(cn), Box::new(an), Box::new(bn)), t)
            }
        };
        Node { kind, ty, label }
    }

    /// Compiles `VAR in LIST [where FILTER]` of `any`, `all` and `union`:
    /// the list, the bound variable's slot, the filter, and the scope to
    /// restore after the body.
    fn bind_list(
        &mut self,
        ctx: &mut Ctx<'_>,
        keyword: &str,
        var: &Ident,
        list: &Expr,
        filter: Option<&Expr>,
    ) -> (Node, u16, Option<Box<Node>>, (usize, u16)) {
        let ln = self.expr(ctx, list);
        let elem = match &ln.ty {
            Type::List(t) => (**t).clone(),
            other => {
                let t = self.tname(other);
                self.type_err(
                    ctx.file,
                    list.span.clone(),
                    format!("`{keyword}` needs a list, found a {t}"),
                    None,
                );
                Type::Bool
            }
        };
        let saved = (ctx.scope.vars.len(), ctx.scope.next);
        let slot = ctx.scope.bind(&var.name, elem);
        let fnode = filter.map(|f| Box::new(self.expect_bool(ctx, f, "a `where` filter")));
        (ln, slot, fnode, saved)
    }

    fn konst(&mut self, name: &str, span: &Span, fi: usize) -> Option<Node> {
        let (busy, node, file, expr) = {
            let c = self.consts.get(name)?;
            (c.busy, c.node.clone(), c.file, c.expr.clone())
        };
        if let Some(n) = node {
            return Some(n);
        }
        if busy {
            self.err(
                fi,
                "habeas::check::cycle",
                span.clone(),
                format!("the constant `{name}` is defined in terms of itself"),
            );
            return None;
        }
        if let Some(c) = self.consts.get_mut(name) {
            c.busy = true;
        }
        let mut scope = Scope {
            vars: vec![],
            next: 0,
            max: 0,
        };
        let mut ctx = Ctx {
            file,
            scope: &mut scope,
            calls: vec![],
        };
        let n = self.expr(&mut ctx, &expr);
        let n = if matches!(n.kind, NodeKind::Lit(_)) {
            n
        } else {
            self.err(
                file,
                "habeas::check::const",
                expr.span.clone(),
                format!("the constant `{name}` must be a literal value"),
            );
            n
        };
        if let Some(c) = self.consts.get_mut(name) {
            c.busy = false;
            c.node = Some(n.clone());
            let _ = &c.cite;
        }
        Some(n)
    }

    fn binary_type(&mut self, fi: usize, op: BinOp, l: &Type, r: &Type, span: &Span) -> Type {
        use Type::*;
        let (a, b) = (self.tname(l), self.tname(r));
        match op {
            BinOp::Eq | BinOp::Ne => {
                let ok = l == r && matches!(l, Date | Duration | Number | Text | Bool | Record(_));
                if !ok {
                    self.type_err(
                        fi,
                        span.clone(),
                        format!("cannot compare a {a} with a {b}"),
                        None,
                    );
                }
                Bool
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let ok = l == r && matches!(l, Date | Duration | Number);
                if !ok {
                    let help = if matches!((l, r), (Duration, Number) | (Number, Duration)) {
                        Some("write the number with a unit, e.g. `5 years`")
                    } else {
                        None
                    };
                    self.type_err(
                        fi,
                        span.clone(),
                        format!("cannot order a {a} and a {b}"),
                        help,
                    );
                }
                Bool
            }
            BinOp::Add | BinOp::Sub => match (l, r, op) {
                (Date, Duration, _) => Date,
                (Date, Date, BinOp::Sub) => Duration,
                (Duration, Duration, _) => Duration,
                (Number, Number, _) => Number,
                _ => {
                    self.type_err(fi, span.clone(), format!("cannot use `{}` on a {a} and a {b}", op.text()), Some("dates take durations (`d + 30 days`); for ages use `anniversary(born, 18)`"));
                    Date
                }
            },
            BinOp::Intersect | BinOp::Union => {
                if !(l == &Timeline && r == &Timeline) {
                    self.type_err(
                        fi,
                        span.clone(),
                        format!("`{}` combines timelines, found a {a} and a {b}", op.text()),
                        None,
                    );
                }
                Timeline
            }
            BinOp::And | BinOp::Or | BinOp::In => Bool,
        }
    }

    fn call(
        &mut self,
        ctx: &mut Ctx<'_>,
        name: &Ident,
        args: &[Expr],
        span: &Span,
        label: Arc<str>,
    ) -> Node {
        let fi = ctx.file;
        let nodes: Vec<Node> = args.iter().map(|a| self.expr(ctx, a)).collect();
        let bad = || Node {
            kind: NodeKind::Lit(Value::Bool(BoolVal::of(Tri::Unknown))),
            ty: Type::Bool,
            label: Arc::from(""),
        };
        if let Some(b) = Builtin::by_name(&name.name) {
            let tys: Vec<Type> = nodes.iter().map(|n| n.ty.clone()).collect();
            let ret = self.builtin_type(fi, b, &name.name, &tys, args, span);
            return Node {
                kind: NodeKind::Builtin(b, nodes),
                ty: ret,
                label,
            };
        }
        let Some(sig) = self.sigs.get(&name.name) else {
            if self.broken.contains(&name.name) {
                return bad();
            }
            let cands: Vec<String> = self
                .sigs
                .keys()
                .cloned()
                .chain(Builtin::NAMES.iter().map(|s| s.to_string()))
                .collect();
            let s = suggest(&name.name, cands.iter().map(String::as_str));
            let mut d = Diagnostic::new(
                self.file(fi),
                "habeas::check::unknown_rule",
                name.span.clone(),
                format!("unknown rule or function `{}`", name.name),
            );
            if let Some(s) = s {
                d = d.help(format!("did you mean `{s}`?"));
            }
            self.diags.push(d);
            return bad();
        };
        let (index, params, ret) = (sig.index, sig.params.clone(), sig.ret.clone());
        if params.len() != nodes.len() {
            self.type_err(
                fi,
                span.clone(),
                format!(
                    "`{}` takes {} argument{}, found {}",
                    name.name,
                    params.len(),
                    if params.len() == 1 { "" } else { "s" },
                    nodes.len()
                ),
                None,
            );
        } else {
            for ((p, n), a) in params.iter().zip(&nodes).zip(args) {
                if p != &n.ty {
                    let (x, y) = (self.tname(p), self.tname(&n.ty));
                    self.type_err(
                        fi,
                        a.span.clone(),
                        format!("`{}` expects a {x} here, found a {y}", name.name),
                        None,
                    );
                }
            }
        }
        ctx.calls.push(index);
        Node {
            kind: NodeKind::Call(index, nodes),
            ty: ret,
            label,
        }
    }

    fn builtin_type(
        &mut self,
        fi: usize,
        b: Builtin,
        name: &str,
        tys: &[Type],
        args: &[Expr],
        span: &Span,
    ) -> Type {
        use Type::*;
        let (want, ret): (Vec<Type>, Type) = match b {
            Builtin::Starting | Builtin::Ending => (vec![Date], Timeline),
            Builtin::Window => (vec![Date, Date], Timeline),
            Builtin::Total | Builtin::Longest => (vec![Timeline], Duration),
            Builtin::LongestRun => (vec![Timeline, Duration, Date], Duration),
            Builtin::FirstDay => (vec![Timeline], Date),
            Builtin::Outside => (vec![Timeline], Timeline),
            Builtin::Ever => (vec![Timeline], Bool),
            Builtin::On => (vec![Timeline, Date], Bool),
            Builtin::AllDays | Builtin::NoDays | Builtin::AsOf => {
                (vec![], if b == Builtin::AsOf { Date } else { Timeline })
            }
            Builtin::Anniversary | Builtin::AnniversaryFeb28 | Builtin::MonthsAfter => {
                (vec![Date, Number], Date)
            }
            Builtin::Since => (vec![Bool], Date),
            Builtin::Shown => (vec![Bool], Bool),
            Builtin::Days => (vec![Number], Duration),
            Builtin::Earliest | Builtin::Latest => {
                if tys.is_empty() {
                    self.type_err(
                        fi,
                        span.clone(),
                        format!("`{name}` needs at least one date"),
                        None,
                    );
                }
                for (t, a) in tys.iter().zip(args) {
                    if t != &Date {
                        let x = self.tname(t);
                        self.type_err(
                            fi,
                            a.span.clone(),
                            format!("`{name}` takes dates, found a {x}"),
                            None,
                        );
                    }
                }
                return Date;
            }
            Builtin::Present => {
                if tys.len() != 1 || !matches!(tys[0], Record(_)) {
                    self.type_err(
                        fi,
                        span.clone(),
                        "`present` takes one record (e.g. `present(p.naturalized)`)".into(),
                        None,
                    );
                }
                return Bool;
            }
            Builtin::Count => {
                if tys.len() != 1 || !matches!(tys[0], List(_)) {
                    self.type_err(fi, span.clone(), "`count` takes one list".into(), None);
                }
                return Number;
            }
        };
        if want.len() != tys.len() {
            self.type_err(
                fi,
                span.clone(),
                format!(
                    "`{name}` takes {} argument{}, found {}",
                    want.len(),
                    if want.len() == 1 { "" } else { "s" },
                    tys.len()
                ),
                None,
            );
        } else {
            for ((w, t), a) in want.iter().zip(tys).zip(args) {
                if w != t {
                    let (x, y) = (self.tname(w), self.tname(t));
                    self.type_err(
                        fi,
                        a.span.clone(),
                        format!("`{name}` expects a {x} here, found a {y}"),
                        None,
                    );
                }
            }
        }
        ret
    }
}

fn flatten<'e>(e: &'e Expr, op: BinOp, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::Binary(o, l, r) if *o == op => {
            flatten(l, op, out);
            flatten(r, op, out);
        }
        _ => out.push(e),
    }
}

/// An expression's source text on one line, as explanations show it:
/// comments left out (they explained the law to its readers, and made
/// labels of thousands of characters: notes of 2026-11-30), whitespace
/// collapsed. A `//` inside a text literal is kept.
fn label_text(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_text = false;
        let mut escaped = false;
        let mut end = line.len();
        for (i, c) in line.char_indices() {
            if in_text {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_text = false,
                    _ => {}
                }
            } else if c == '"' {
                in_text = true;
            } else if c == '/' && line[i + 1..].starts_with('/') {
                end = i;
                break;
            }
        }
        code.push_str(&line[..end]);
        code.push(' ');
    }
    code.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lit(v: Value, ty: Type, label: &str) -> Node {
    Node {
        kind: NodeKind::Lit(v),
        ty,
        label: Arc::from(label),
    }
}

#[cfg(test)]
mod label_tests {
    use super::label_text;

    #[test]
    fn labels_leave_comments_out_and_keep_text_literals() {
        assert_eq!(
            label_text("a or // why a\n  b // and b\n  or c"),
            "a or b or c"
        );
        assert_eq!(
            label_text("x == \"http://e.org\" // a comment"),
            "x == \"http://e.org\""
        );
        assert_eq!(
            label_text("x == \"a\\\"//b\" or y"),
            "x == \"a\\\"//b\" or y"
        );
        assert_eq!(label_text("a /  b"), "a / b");
    }
}

//! A hand-written recursive-descent parser for rule files.
//!
//! Parsing never stops at the first error: after an error in an item it
//! skips to the next `rule`, `def` or `const` and goes on, so a file's
//! errors are all reported in one pass.

use std::sync::Arc;

use crate::ast::*;
use crate::dates::{parse_day, years_to_days};
use crate::err::{Diagnostic, SourceFile};
use crate::lexer::{Tok, lex};

/// Parses a file. Returns the items that parsed and every error.
pub fn parse(file: &Arc<SourceFile>) -> (File, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut toks = Vec::new();
    for (t, span) in lex(&file.text) {
        match t {
            Ok(t) => toks.push((t, span)),
            Err(()) => {
                let text = &file.text[span.clone()];
                let d = if text.starts_with('"') {
                    Diagnostic::new(
                        file,
                        "habeas::parse::string",
                        span,
                        "this string is not closed",
                    )
                    .help("end the string with `\"` on the same line")
                } else if text.chars().all(|c| c.is_ascii_digit()) {
                    Diagnostic::new(
                        file,
                        "habeas::parse::number",
                        span,
                        format!("the number `{text}` is too large"),
                    )
                } else {
                    Diagnostic::new(
                        file,
                        "habeas::parse::character",
                        span,
                        format!("unexpected character `{text}`"),
                    )
                };
                errors.push(d);
            }
        }
    }
    let mut p = Parser {
        file,
        toks,
        pos: 0,
        errors,
    };
    let f = p.file();
    (f, p.errors)
}

/// The names of items that failed to parse, so the checker does not report
/// their every use as unknown.
pub fn broken_names(file: &Arc<SourceFile>) -> Vec<String> {
    let toks: Vec<Tok> = lex(&file.text)
        .into_iter()
        .filter_map(|(t, _)| t.ok())
        .collect();
    let mut out = Vec::new();
    for w in toks.windows(2) {
        if let (Tok::KwRule | Tok::KwDef | Tok::KwConst, Tok::Ident(n)) = (&w[0], &w[1]) {
            out.push(n.clone());
        }
    }
    out
}

struct Parser<'a> {
    file: &'a Arc<SourceFile>,
    toks: Vec<(Tok, Span)>,
    pos: usize,
    errors: Vec<Diagnostic>,
}

type PResult<T> = Result<T, Diagnostic>;

const CLAUSE_HELP: &str = "a rule has the clauses `cite`, `quote`, `tag`, `versions by`, `let`, `holds when` (or `=`), `since`, `unless` and `review when`";

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }
    fn span(&self) -> Span {
        match self.toks.get(self.pos) {
            Some((_, s)) => s.clone(),
            None => {
                let n = self.file.text.len();
                n..n
            }
        }
    }
    fn prev_end(&self) -> usize {
        if self.pos == 0 {
            0
        } else {
            self.toks[self.pos - 1].1.end
        }
    }
    fn bump(&mut self) -> Option<(Tok, Span)> {
        let t = self.toks.get(self.pos).cloned();
        if t.is_some() {
            self.pos += 1;
        }
        t
    }
    fn at(&self, t: &Tok) -> bool {
        self.peek() == Some(t)
    }
    fn eat(&mut self, t: &Tok) -> bool {
        if self.at(t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn found(&self) -> String {
        match self.peek() {
            Some(t) => t.describe(),
            None => "the end of the file".to_string(),
        }
    }
    fn err(&self, what: &str) -> Diagnostic {
        Diagnostic::new(
            self.file,
            "habeas::parse::expected",
            self.span(),
            format!("expected {what}, found {}", self.found()),
        )
        .label(format!("expected {what}"))
    }
    fn expect(&mut self, t: &Tok, what: &str) -> PResult<Span> {
        if self.at(t) {
            Ok(self.bump().map(|x| x.1).unwrap_or_default())
        } else {
            Err(self.err(what))
        }
    }
    fn ident(&mut self, what: &str) -> PResult<Ident> {
        match self.peek() {
            Some(Tok::Ident(_)) => match self.bump() {
                Some((Tok::Ident(name), span)) => Ok(Ident { name, span }),
                _ => Err(self.err(what)),
            },
            Some(t)
                if !t.text().is_empty()
                    && t.text()
                        .chars()
                        .all(|c| c.is_ascii_alphabetic() || c == '_') =>
            {
                let kw = t.text();
                Err(self.err(what).help(format!(
                    "`{kw}` is a keyword of the rule language; choose another name"
                )))
            }
            _ => Err(self.err(what)),
        }
    }
    /// A field name: any word, keywords included (`m.to`, `a.since`).
    fn field_name(&mut self) -> PResult<Ident> {
        match self.peek() {
            Some(t)
                if !t.text().is_empty()
                    && t.text()
                        .chars()
                        .all(|c| c.is_ascii_alphabetic() || c == '_') =>
            {
                let name = t.text().to_string();
                let span = self.bump().map(|x| x.1).unwrap_or_default();
                Ok(Ident { name, span })
            }
            _ => self.ident("a field name after `.`"),
        }
    }

    fn string(&mut self, what: &str) -> PResult<Text> {
        match self.peek() {
            Some(Tok::Str(_)) => match self.bump() {
                Some((Tok::Str(text), span)) => Ok(Text { text, span }),
                _ => Err(self.err(what)),
            },
            _ => Err(self.err(what)),
        }
    }
    fn date(&mut self) -> PResult<(crate::dates::Day, Span)> {
        match self.peek() {
            Some(Tok::Date(_)) => match self.bump() {
                Some((Tok::Date(s), span)) => match parse_day(&s) {
                    Ok(d) => Ok((d, span)),
                    Err(e) => Err(Diagnostic::new(
                        self.file,
                        "habeas::parse::date",
                        span,
                        format!("`{s}` is not a date: {e}"),
                    )
                    .help("write dates as YYYY-MM-DD")),
                },
                _ => Err(self.err("a date")),
            },
            _ => Err(self.err("a date (YYYY-MM-DD)")),
        }
    }

    fn at_item_start(&self) -> bool {
        matches!(
            self.peek(),
            Some(Tok::KwRule | Tok::KwDef | Tok::KwConst | Tok::Doc(_))
        )
    }

    fn recover(&mut self, item_start: usize) {
        // Skip to the next item keyword (past the one that began this item).
        if self.pos <= item_start {
            self.pos = item_start + 1;
        }
        while self.pos < self.toks.len() && !self.at_item_start() {
            self.pos += 1;
        }
    }

    fn file(&mut self) -> File {
        let mut items = Vec::new();
        while self.peek().is_some() {
            let mut doc = Vec::new();
            while let Some(Tok::Doc(_)) = self.peek() {
                if let Some((Tok::Doc(d), _)) = self.bump() {
                    doc.push(d);
                }
            }
            let doc = doc.join("\n");
            let item_start = self.pos;
            let r = match self.peek() {
                Some(Tok::KwRule) => self.rule(doc).map(|r| Item::Rule(Box::new(r))),
                Some(Tok::KwDef) => self.def(doc).map(Item::Def),
                Some(Tok::KwConst) => self.konst(doc).map(Item::Const),
                None => break,
                _ => Err(self.err("`rule`, `def` or `const`")),
            };
            match r {
                Ok(item) => items.push(item),
                Err(e) => {
                    self.errors.push(e);
                    self.recover(item_start);
                }
            }
        }
        File { items }
    }

    fn params(&mut self) -> PResult<Vec<Param>> {
        self.expect(&Tok::LParen, "`(` and the parameters")?;
        let mut params = Vec::new();
        if !self.eat(&Tok::RParen) {
            loop {
                let name = self.ident("a parameter name")?;
                self.expect(&Tok::Colon, "`:` and the parameter's type")?;
                let ty = self.type_expr()?;
                params.push(Param { name, ty });
                if self.eat(&Tok::RParen) {
                    break;
                }
                self.expect(&Tok::Comma, "`,` or `)`")?;
            }
        }
        Ok(params)
    }

    fn type_expr(&mut self) -> PResult<TypeExpr> {
        if self.at(&Tok::KwList) {
            let start = self.span().start;
            self.bump();
            self.expect(&Tok::KwOf, "`of` (as in `list of Person`)")?;
            let inner = self.type_expr()?;
            return Ok(TypeExpr::List(Box::new(inner), start..self.prev_end()));
        }
        Ok(TypeExpr::Named(self.ident(
            "a type (bool, date, duration, number, text, timeline or a record type)",
        )?))
    }

    fn rule(&mut self, doc: String) -> PResult<Rule> {
        let start = self.span().start;
        self.bump();
        let name = self.ident("the rule's name")?;
        let params = self.params()?;
        let ret = if self.eat(&Tok::Arrow) {
            Some(self.type_expr()?)
        } else {
            None
        };
        let mut rule = Rule {
            doc,
            name,
            params,
            ret,
            cites: vec![],
            quotes: vec![],
            tags: vec![],
            versions: None,
            lets: vec![],
            body: None,
            since: None,
            unless: vec![],
            reviews: vec![],
            span: start..start,
        };
        loop {
            match self.peek() {
                Some(Tok::KwCite) => {
                    self.bump();
                    rule.cites.push(self.string(
                        "the citation in quotes, e.g. \"INA § 301(g); 8 U.S.C. § 1401(g)\"",
                    )?);
                }
                Some(Tok::KwQuote) => {
                    self.bump();
                    rule.quotes
                        .push(self.string("the statute's words in quotes")?);
                }
                Some(Tok::KwTag) => {
                    self.bump();
                    rule.tags.push(self.string("a tag in quotes")?);
                }
                Some(Tok::KwVersions) => {
                    let vspan = self.span();
                    if rule.versions.is_some() {
                        return Err(Diagnostic::new(
                            self.file,
                            "habeas::parse::duplicate",
                            vspan,
                            "a rule has one `versions` table",
                        ));
                    }
                    rule.versions = Some(self.versions()?);
                }
                Some(Tok::KwLet) => {
                    self.bump();
                    let name = self.ident("the name after `let`")?;
                    self.expect(&Tok::Eq, "`=`")?;
                    let e = self.expr()?;
                    rule.lets.push((name, e));
                }
                Some(Tok::KwHolds) => {
                    let s = self.span();
                    self.bump();
                    self.expect(&Tok::KwWhen, "`when` (as in `holds when ...`)")?;
                    let e = self.expr()?;
                    if rule.body.is_some() {
                        return Err(Diagnostic::new(
                            self.file,
                            "habeas::parse::duplicate",
                            s,
                            "a rule has one body (`holds when` or `=`)",
                        ));
                    }
                    rule.body = Some(e);
                }
                Some(Tok::Eq) => {
                    let s = self.span();
                    self.bump();
                    let e = self.expr()?;
                    if rule.body.is_some() {
                        return Err(Diagnostic::new(
                            self.file,
                            "habeas::parse::duplicate",
                            s,
                            "a rule has one body (`holds when` or `=`)",
                        ));
                    }
                    rule.body = Some(e);
                }
                Some(Tok::KwSince) => {
                    self.bump();
                    rule.since = Some(self.expr()?);
                }
                Some(Tok::KwUnless) => {
                    self.bump();
                    let cond = self.expr()?;
                    let cite = if self.eat(&Tok::KwCite) {
                        Some(self.string("the citation in quotes")?)
                    } else {
                        None
                    };
                    rule.unless.push(Unless { cond, cite });
                }
                Some(Tok::KwReview) => {
                    self.bump();
                    self.expect(
                        &Tok::KwWhen,
                        "`when` (as in `review when COND: \"reason\"`)",
                    )?;
                    let cond = self.expr()?;
                    self.expect(&Tok::Colon, "`:` and the reason in quotes")?;
                    let reason = self.string("the reason in quotes")?;
                    rule.reviews.push(Review { cond, reason });
                }
                None | Some(Tok::KwRule | Tok::KwDef | Tok::KwConst | Tok::Doc(_)) => break,
                Some(_) => return Err(self.err("a rule clause").help(CLAUSE_HELP)),
            }
        }
        rule.span = start..self.prev_end();
        if rule.body.is_none() {
            return Err(Diagnostic::new(
                self.file,
                "habeas::parse::body",
                rule.name.span.clone(),
                format!("the rule `{}` has no body", rule.name.name),
            )
            .help(
                "add `holds when CONDITION` (or `= EXPRESSION` for a rule that computes a value)",
            ));
        }
        Ok(rule)
    }

    fn versions(&mut self) -> PResult<Versions> {
        let start = self.span().start;
        self.bump();
        self.expect(&Tok::KwBy, "`by` and the date that selects the version")?;
        let key = self.expr()?;
        let mut entries = Vec::new();
        while matches!(self.peek(), Some(Tok::KwFrom | Tok::KwUntil)) {
            let vstart = self.span().start;
            let (from, to) = if self.eat(&Tok::KwUntil) {
                (None, Some(self.date()?))
            } else {
                self.bump();
                let from = self.date()?;
                let to = if self.eat(&Tok::KwTo) {
                    Some(self.date()?)
                } else {
                    None
                };
                (Some(from), to)
            };
            let cite = if self.eat(&Tok::KwCite) {
                Some(self.string("the version's citation in quotes")?)
            } else {
                None
            };
            self.expect(&Tok::Colon, "`:` and what this version says")?;
            let kind = match self.peek() {
                Some(Tok::KwNone) => {
                    self.bump();
                    VersionKind::None(
                        self.string("why the rule does not apply in this window, in quotes")?,
                    )
                }
                Some(Tok::KwNotEncoded) => {
                    self.bump();
                    VersionKind::NotEncoded(
                        self.string("why this window is not encoded, in quotes")?,
                    )
                }
                _ => {
                    let mut binds = Vec::new();
                    loop {
                        let name = self.ident("a parameter name (as in `presence = 5 years`), `none` or `not_encoded`")?;
                        self.expect(&Tok::Eq, "`=`")?;
                        binds.push((name, self.expr()?));
                        if !self.eat(&Tok::Comma) {
                            break;
                        }
                    }
                    VersionKind::Bindings(binds)
                }
            };
            entries.push(Version {
                from,
                to,
                cite,
                kind,
                span: vstart..self.prev_end(),
            });
        }
        if entries.is_empty() {
            return Err(self.err("a version window (`from DATE [to DATE]:` or `until DATE:`)"));
        }
        Ok(Versions {
            key,
            entries,
            span: start..self.prev_end(),
        })
    }

    fn def(&mut self, doc: String) -> PResult<Def> {
        let start = self.span().start;
        self.bump();
        let name = self.ident("the definition's name")?;
        let params = self.params()?;
        self.expect(&Tok::Arrow, "`->` and the result type")?;
        let ret = self.type_expr()?;
        self.expect(&Tok::Eq, "`=` and the definition's body")?;
        let body = self.expr()?;
        Ok(Def {
            doc,
            name,
            params,
            ret,
            body,
            span: start..self.prev_end(),
        })
    }

    fn konst(&mut self, doc: String) -> PResult<Const> {
        let start = self.span().start;
        self.bump();
        let name = self.ident("the constant's name")?;
        self.expect(&Tok::Eq, "`=` and the constant's value")?;
        let value = self.expr()?;
        let cite = if self.eat(&Tok::KwCite) {
            Some(self.string("the citation in quotes")?)
        } else {
            None
        };
        Ok(Const {
            doc,
            name,
            value,
            cite,
            span: start..self.prev_end(),
        })
    }

    // Expressions, loosest binding first.

    /// Parses an expression.
    fn expr(&mut self) -> PResult<Expr> {
        self.or_expr()
    }

    fn or_expr(&mut self) -> PResult<Expr> {
        let mut l = self.and_expr()?;
        while self.eat(&Tok::KwOr) {
            let r = self.and_expr()?;
            l = bin(BinOp::Or, l, r);
        }
        Ok(l)
    }

    fn and_expr(&mut self) -> PResult<Expr> {
        let mut l = self.not_expr()?;
        while self.eat(&Tok::KwAnd) {
            let r = self.not_expr()?;
            l = bin(BinOp::And, l, r);
        }
        Ok(l)
    }

    fn not_expr(&mut self) -> PResult<Expr> {
        if self.at(&Tok::KwNot) {
            let start = self.span().start;
            self.bump();
            let e = self.not_expr()?;
            let end = e.span.end;
            return Ok(Expr {
                kind: ExprKind::Not(Box::new(e)),
                span: start..end,
            });
        }
        self.cmp_expr()
    }

    fn cmp_expr(&mut self) -> PResult<Expr> {
        let l = self.union_expr()?;
        let op = match self.peek() {
            Some(Tok::EqEq) => BinOp::Eq,
            Some(Tok::NotEq) => BinOp::Ne,
            Some(Tok::Lt) => BinOp::Lt,
            Some(Tok::Le) => BinOp::Le,
            Some(Tok::Gt) => BinOp::Gt,
            Some(Tok::Ge) => BinOp::Ge,
            Some(Tok::KwIn) => BinOp::In,
            _ => return Ok(l),
        };
        self.bump();
        let r = self.union_expr()?;
        if matches!(
            self.peek(),
            Some(Tok::EqEq | Tok::NotEq | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge)
        ) {
            return Err(self
                .err("`and`, `or` or the end of the condition")
                .help("comparisons do not chain; write `a < b and b < c`"));
        }
        Ok(bin(op, l, r))
    }

    fn union_expr(&mut self) -> PResult<Expr> {
        let mut l = self.inter_expr()?;
        while self.eat(&Tok::Pipe) {
            let r = self.inter_expr()?;
            l = bin(BinOp::Union, l, r);
        }
        Ok(l)
    }

    fn inter_expr(&mut self) -> PResult<Expr> {
        let mut l = self.add_expr()?;
        while self.eat(&Tok::Amp) {
            let r = self.add_expr()?;
            l = bin(BinOp::Intersect, l, r);
        }
        Ok(l)
    }

    fn add_expr(&mut self) -> PResult<Expr> {
        let mut l = self.postfix()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Plus) => BinOp::Add,
                Some(Tok::Minus) => BinOp::Sub,
                _ => return Ok(l),
            };
            self.bump();
            let r = self.postfix()?;
            l = bin(op, l, r);
        }
    }

    fn postfix(&mut self) -> PResult<Expr> {
        let mut e = self.primary()?;
        while self.eat(&Tok::Dot) {
            let f = self.field_name()?;
            let span = e.span.start..f.span.end;
            e = Expr {
                kind: ExprKind::Field(Box::new(e), f),
                span,
            };
        }
        Ok(e)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let start = self.span().start;
        let Some(tok) = self.peek().cloned() else {
            return Err(self.err("an expression"));
        };
        let kind = match tok {
            Tok::KwTrue => {
                self.bump();
                ExprKind::Bool(true)
            }
            Tok::KwFalse => {
                self.bump();
                ExprKind::Bool(false)
            }
            Tok::Int(n) => {
                self.bump();
                match self.peek() {
                    Some(Tok::Ident(u)) if matches!(u.as_str(), "year" | "years") => {
                        self.bump();
                        ExprKind::Duration(years_to_days(n))
                    }
                    Some(Tok::Ident(u)) if matches!(u.as_str(), "day" | "days") => {
                        self.bump();
                        ExprKind::Duration(n)
                    }
                    Some(Tok::Ident(u))
                        if matches!(u.as_str(), "month" | "months" | "week" | "weeks") =>
                    {
                        return Err(Diagnostic::new(
                            self.file,
                            "habeas::parse::unit",
                            self.span(),
                            format!("`{u}` is not a unit of the rule language"),
                        )
                        .help(
                            "write durations in `years` or `days`; months have no fixed length",
                        ));
                    }
                    _ => ExprKind::Int(n),
                }
            }
            Tok::Date(_) => ExprKind::Date(self.date()?.0),
            Tok::Str(s) => {
                self.bump();
                ExprKind::Str(s)
            }
            Tok::LParen => {
                self.bump();
                let e = self.expr()?;
                self.expect(&Tok::RParen, "`)`")?;
                return Ok(Expr {
                    kind: e.kind,
                    span: start..self.prev_end(),
                });
            }
            Tok::LBracket => {
                self.bump();
                let mut items = Vec::new();
                if !self.eat(&Tok::RBracket) {
                    loop {
                        items.push(self.expr()?);
                        if self.eat(&Tok::RBracket) {
                            break;
                        }
                        self.expect(&Tok::Comma, "`,` or `]`")?;
                    }
                }
                ExprKind::List(items)
            }
            Tok::KwAny | Tok::KwAll => {
                self.bump();
                let all = tok == Tok::KwAll;
                let (var, list, filter) =
                    self.binder("(as in `any p in people: ...`)", "`:` and the condition")?;
                let body = self.not_expr_or_quant()?;
                ExprKind::Quant {
                    all,
                    var,
                    list: Box::new(list),
                    filter,
                    body: Box::new(body),
                }
            }
            Tok::KwUnion => {
                self.bump();
                let (var, list, filter) = self.binder(
                    "(as in `union s in p.service_abroad: s.period`)",
                    "`:` and the timeline of each element",
                )?;
                let body = self.expr()?;
                ExprKind::Union {
                    var,
                    list: Box::new(list),
                    filter,
                    body: Box::new(body),
                }
            }
            Tok::KwIf => {
                self.bump();
                let c = self.expr()?;
                self.expect(&Tok::KwThen, "`then`")?;
                let a = self.expr()?;
                self.expect(&Tok::KwElse, "`else` (an `if` needs both branches)")?;
                let b = self.expr()?;
                ExprKind::If(Box::new(c), Box::new(a), Box::new(b))
            }
            Tok::Ident(_) => {
                let id = self.ident("a name")?;
                if self.eat(&Tok::LParen) {
                    let mut args = Vec::new();
                    if !self.eat(&Tok::RParen) {
                        loop {
                            args.push(self.expr()?);
                            if self.eat(&Tok::RParen) {
                                break;
                            }
                            self.expect(&Tok::Comma, "`,` or `)`")?;
                        }
                    }
                    ExprKind::Call(id, args)
                } else {
                    ExprKind::Var(id)
                }
            }
            Tok::KwSince if self.toks.get(self.pos + 1).map(|t| &t.0) == Some(&Tok::LParen) => {
                let span = self.bump().map(|x| x.1).unwrap_or_default();
                let id = Ident {
                    name: "since".into(),
                    span,
                };
                self.bump();
                let mut args = Vec::new();
                if !self.eat(&Tok::RParen) {
                    loop {
                        args.push(self.expr()?);
                        if self.eat(&Tok::RParen) {
                            break;
                        }
                        self.expect(&Tok::Comma, "`,` or `)`")?;
                    }
                }
                ExprKind::Call(id, args)
            }
            Tok::Minus => {
                return Err(self
                    .err("an expression")
                    .help("negative numbers are not part of the rule language"));
            }
            _ => return Err(self.err("an expression")),
        };
        Ok(Expr {
            kind,
            span: start..self.prev_end(),
        })
    }

    /// `NAME in LIST [where FILTER] :`, the head shared by `any`, `all` and
    /// `union`.
    fn binder(&mut self, example: &str, after: &str) -> PResult<(Ident, Expr, Option<Box<Expr>>)> {
        let var = self.ident(&format!("a name for each element {example}"))?;
        self.expect(&Tok::KwIn, "`in`")?;
        let list = self.postfix()?;
        let filter = if self.eat(&Tok::KwWhere) {
            Some(Box::new(self.expr()?))
        } else {
            None
        };
        self.expect(&Tok::Colon, after)?;
        Ok((var, list, filter))
    }

    /// The body of a quantifier extends as far as it can, so
    /// `any p in ps: a or b` quantifies over `a or b`; put the whole
    /// quantifier in parentheses to combine it with something else.
    fn not_expr_or_quant(&mut self) -> PResult<Expr> {
        self.expr()
    }
}

fn bin(op: BinOp, l: Expr, r: Expr) -> Expr {
    let span = l.span.start..r.span.end;
    Expr {
        kind: ExprKind::Binary(op, Box::new(l), Box::new(r)),
        span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> (File, Vec<Diagnostic>) {
        let f = Arc::new(SourceFile {
            name: "t.hb".into(),
            text: s.into(),
        });
        parse(&f)
    }

    #[test]
    fn parses_a_rule_with_versions() {
        let (f, errs) = parse_str(
            r#"
/// A child born abroad.
rule one_parent(child: Person)
  cite "INA § 301(g); 8 U.S.C. § 1401(g)"
  versions by child.born.date
    from 1986-11-14 cite "Pub. L. 99-653": presence = 5 years, after_14 = 2 years
    from 1952-12-24 to 1986-11-14: presence = 10 years, after_14 = 5 years
    until 1952-12-24: not_encoded "earlier law"
  holds when total(child.presence) >= presence and not (child.born.country == "US")
  unless child.diplomat_child cite "8 CFR 101.3"
"#,
        );
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(f.items.len(), 1);
        let Item::Rule(r) = &f.items[0] else {
            panic!("not a rule")
        };
        assert_eq!(r.doc, "A child born abroad.");
        assert_eq!(r.versions.as_ref().map(|v| v.entries.len()), Some(3));
        assert_eq!(r.unless.len(), 1);
    }

    #[test]
    fn reports_several_errors_in_one_pass() {
        let (f, errs) = parse_str(
            "rule a(p: Person) cite \"x\" holds when p.x >=\nrule b(p Person) holds when true\nrule c() cite \"y\" holds when true",
        );
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(f.items.len(), 1);
    }
}

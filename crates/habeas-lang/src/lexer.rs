//! Tokens of the rule language (a `logos` lexer).

use logos::Logos;

/// A token. Keywords are reserved; everything else that looks like a word is
/// an identifier.
#[expect(
    missing_docs,
    reason = "keyword and punctuation tokens are named after their text"
)]
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\r\n\f]+")]
#[logos(skip(r"//([^/\n][^\n]*)?", allow_greedy = true))]
pub enum Tok {
    /// `/// text`: documentation for the next item.
    #[regex(r"///[^\n]*", allow_greedy = true, callback = |lex| lex.slice()[3..].trim().to_string())]
    Doc(String),
    /// `YYYY-MM-DD`.
    #[regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", |lex| lex.slice().to_string())]
    Date(String),
    /// A whole number.
    #[regex(r"[0-9]+", |lex| lex.slice().parse::<i64>().ok())]
    Int(i64),
    /// A string in double quotes (`\"` and `\\` escape).
    #[regex(r#""([^"\\\n]|\\.)*""#, |lex| unescape(lex.slice()))]
    Str(String),
    /// A name.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_string(), priority = 1)]
    Ident(String),

    #[token("rule")]
    KwRule,
    #[token("def")]
    KwDef,
    #[token("const")]
    KwConst,
    #[token("cite")]
    KwCite,
    #[token("quote")]
    KwQuote,
    #[token("tag")]
    KwTag,
    #[token("versions")]
    KwVersions,
    #[token("by")]
    KwBy,
    #[token("from")]
    KwFrom,
    #[token("to")]
    KwTo,
    #[token("until")]
    KwUntil,
    #[token("none")]
    KwNone,
    #[token("not_encoded")]
    KwNotEncoded,
    #[token("let")]
    KwLet,
    #[token("holds")]
    KwHolds,
    #[token("when")]
    KwWhen,
    #[token("since")]
    KwSince,
    #[token("unless")]
    KwUnless,
    #[token("review")]
    KwReview,
    #[token("and")]
    KwAnd,
    #[token("or")]
    KwOr,
    #[token("not")]
    KwNot,
    #[token("any")]
    KwAny,
    #[token("all")]
    KwAll,
    #[token("union")]
    KwUnion,
    #[token("in")]
    KwIn,
    #[token("where")]
    KwWhere,
    #[token("if")]
    KwIf,
    #[token("then")]
    KwThen,
    #[token("else")]
    KwElse,
    #[token("true")]
    KwTrue,
    #[token("false")]
    KwFalse,
    #[token("list")]
    KwList,
    #[token("of")]
    KwOf,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("->")]
    Arrow,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Eq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
}

fn unescape(s: &str) -> String {
    let inner = &s[1..s.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

impl Tok {
    /// How the token is named in error messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Doc(_) => "a `///` comment".into(),
            Tok::Date(d) => format!("the date `{d}`"),
            Tok::Int(n) => format!("the number `{n}`"),
            Tok::Str(_) => "a string".into(),
            Tok::Ident(s) => format!("`{s}`"),
            other => format!("`{}`", other.text()),
        }
    }

    /// The source text of a fixed token.
    pub fn text(&self) -> &'static str {
        match self {
            Tok::KwRule => "rule",
            Tok::KwDef => "def",
            Tok::KwConst => "const",
            Tok::KwCite => "cite",
            Tok::KwQuote => "quote",
            Tok::KwTag => "tag",
            Tok::KwVersions => "versions",
            Tok::KwBy => "by",
            Tok::KwFrom => "from",
            Tok::KwTo => "to",
            Tok::KwUntil => "until",
            Tok::KwNone => "none",
            Tok::KwNotEncoded => "not_encoded",
            Tok::KwLet => "let",
            Tok::KwHolds => "holds",
            Tok::KwWhen => "when",
            Tok::KwSince => "since",
            Tok::KwUnless => "unless",
            Tok::KwReview => "review",
            Tok::KwAnd => "and",
            Tok::KwOr => "or",
            Tok::KwNot => "not",
            Tok::KwAny => "any",
            Tok::KwAll => "all",
            Tok::KwUnion => "union",
            Tok::KwIn => "in",
            Tok::KwWhere => "where",
            Tok::KwIf => "if",
            Tok::KwThen => "then",
            Tok::KwElse => "else",
            Tok::KwTrue => "true",
            Tok::KwFalse => "false",
            Tok::KwList => "list",
            Tok::KwOf => "of",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Arrow => "->",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Eq => "=",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Doc(_) | Tok::Date(_) | Tok::Int(_) | Tok::Str(_) | Tok::Ident(_) => "",
        }
    }
}

/// Lexes a whole source; unrecognised characters become `Err` spans.
pub fn lex(src: &str) -> Vec<(Result<Tok, ()>, std::ops::Range<usize>)> {
    Tok::lexer(src)
        .spanned()
        .map(|(t, s)| (t.map_err(|_| ()), s))
        .collect()
}

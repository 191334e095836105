//! The syntax tree of a rule file, as written.

use crate::dates::Day;

/// A byte range in a source file.
pub type Span = std::ops::Range<usize>;

/// A name with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The name.
    pub name: String,
    /// Where.
    pub span: Span,
}

/// A string with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// The text.
    pub text: String,
    /// Where.
    pub span: Span,
}

/// A parsed file.
#[derive(Clone, Debug, Default)]
pub struct File {
    /// Its items in order.
    pub items: Vec<Item>,
}

/// A top-level item.
#[derive(Clone, Debug)]
pub enum Item {
    /// `rule`.
    Rule(Box<Rule>),
    /// `def`.
    Def(Def),
    /// `const`.
    Const(Const),
}

/// A type as written.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeExpr {
    /// A named type (`bool`, `date`, `Person`, ...).
    Named(Ident),
    /// `list of T`.
    List(Box<TypeExpr>, Span),
}

impl TypeExpr {
    /// Where the type was written.
    pub fn span(&self) -> Span {
        match self {
            TypeExpr::Named(i) => i.span.clone(),
            TypeExpr::List(_, s) => s.clone(),
        }
    }
}

/// A parameter.
#[derive(Clone, Debug)]
pub struct Param {
    /// Its name.
    pub name: Ident,
    /// Its type.
    pub ty: TypeExpr,
}

/// A named legal rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// `///` lines before it.
    pub doc: String,
    /// Its name.
    pub name: Ident,
    /// Its parameters.
    pub params: Vec<Param>,
    /// Declared result type (`bool` when absent).
    pub ret: Option<TypeExpr>,
    /// `cite` clauses.
    pub cites: Vec<Text>,
    /// `quote` clauses: the statute's own words.
    pub quotes: Vec<Text>,
    /// `tag` clauses.
    pub tags: Vec<Text>,
    /// `versions by` table.
    pub versions: Option<Versions>,
    /// `let` bindings, in order.
    pub lets: Vec<(Ident, Expr)>,
    /// `holds when` / `=` body.
    pub body: Option<Expr>,
    /// `since` clause.
    pub since: Option<Expr>,
    /// `unless` clauses.
    pub unless: Vec<Unless>,
    /// `review when` clauses.
    pub reviews: Vec<Review>,
    /// The whole rule.
    pub span: Span,
}

/// A version table: which version applies is chosen by the date `key`.
#[derive(Clone, Debug)]
pub struct Versions {
    /// The date that selects the version.
    pub key: Expr,
    /// The windows.
    pub entries: Vec<Version>,
    /// Where the table was written.
    pub span: Span,
}

/// One window of a version table.
#[derive(Clone, Debug)]
pub struct Version {
    /// First day in force (absent: open).
    pub from: Option<(Day, Span)>,
    /// First day no longer in force (absent: open).
    pub to: Option<(Day, Span)>,
    /// Citation of this version (the amending act).
    pub cite: Option<Text>,
    /// What the version says.
    pub kind: VersionKind,
    /// Where.
    pub span: Span,
}

/// What a version window says.
#[derive(Clone, Debug)]
pub enum VersionKind {
    /// The rule applies with these parameter values.
    Bindings(Vec<(Ident, Expr)>),
    /// The rule did not exist in this window (it does not hold).
    None(Text),
    /// The law of this window is not encoded: the answer stays open.
    NotEncoded(Text),
}

/// `unless COND [cite "..."]`.
#[derive(Clone, Debug)]
pub struct Unless {
    /// The exception.
    pub cond: Expr,
    /// Its citation.
    pub cite: Option<Text>,
}

/// `review when COND: "reason"`.
#[derive(Clone, Debug)]
pub struct Review {
    /// When the answer rests on an unsettled reading.
    pub cond: Expr,
    /// Why a lawyer should look.
    pub reason: Text,
}

/// A helper definition: computation, no legal content of its own.
#[derive(Clone, Debug)]
pub struct Def {
    /// `///` lines.
    pub doc: String,
    /// Name.
    pub name: Ident,
    /// Parameters.
    pub params: Vec<Param>,
    /// Result type.
    pub ret: TypeExpr,
    /// Body.
    pub body: Expr,
    /// Where.
    pub span: Span,
}

/// A named constant.
#[derive(Clone, Debug)]
pub struct Const {
    /// `///` lines.
    pub doc: String,
    /// Name.
    pub name: Ident,
    /// Value.
    pub value: Expr,
    /// Citation.
    pub cite: Option<Text>,
    /// Where.
    pub span: Span,
}

/// An expression with where it was written.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where.
    pub span: Span,
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `and`
    And,
    /// `or`
    Or,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `&` (days in both)
    Intersect,
    /// `|` (days in either)
    Union,
    /// `in` (membership)
    In,
}

impl BinOp {
    /// Source text.
    pub fn text(self) -> &'static str {
        match self {
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Intersect => "&",
            BinOp::Union => "|",
            BinOp::In => "in",
        }
    }
}

/// Expression forms.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// `N years` / `N days`, in days.
    Duration(i64),
    /// A date literal.
    Date(Day),
    /// A string.
    Str(String),
    /// `[a, b, ...]`.
    List(Vec<Expr>),
    /// A name.
    Var(Ident),
    /// `e.field`.
    Field(Box<Expr>, Ident),
    /// `f(args)`.
    Call(Ident, Vec<Expr>),
    /// `not e`.
    Not(Box<Expr>),
    /// `a op b`.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `any x in xs [where c]: body` / `all ...`.
    Quant {
        /// `all` (true) or `any` (false).
        all: bool,
        /// The bound name.
        var: Ident,
        /// The list.
        list: Box<Expr>,
        /// Optional filter.
        filter: Option<Box<Expr>>,
        /// The condition.
        body: Box<Expr>,
    },
    /// `if c then a else b`.
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `union x in xs [where c]: timeline`: the days of every element.
    Union {
        /// The bound name.
        var: Ident,
        /// The list.
        list: Box<Expr>,
        /// Optional filter.
        filter: Option<Box<Expr>>,
        /// The timeline of each element.
        body: Box<Expr>,
    },
}

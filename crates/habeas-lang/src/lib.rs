//! # habeas-lang: the rule language
//!
//! A small declarative language for law: named rules that cite their
//! authority, versions chosen by the date the law was in force, exceptions,
//! Kleene three-valued logic, dates known only in part, sets of days
//! (presence, custody) and the first day on which conditions all held.
//!
//! **Architecture invariant:** this crate knows nothing about immigration,
//! people or JSON. A host declares record types in a [`model::Schema`] and
//! fills a [`model::Facts`] store; the law is compiled against the schema by
//! [`compile`] into a [`ir::Program`] and evaluated with an
//! [`eval::Session`].
//!
//! The reference for law authors is `docs/language.md`.

pub mod ast;
pub mod check;
pub mod dates;
pub mod err;
pub mod eval;
pub mod ir;
pub mod lexer;
pub mod model;
pub mod parser;
pub mod render;
pub mod safety;
pub mod value;

pub use check::compile;
pub use err::{Diagnostic, LawError, SourceFile};
pub use eval::{
    Coverage, Expl, Flag, Missing, Mode, Scratch, Session, Stats, collect_flags, collect_missing,
};
pub use ir::Program;
pub use model::{Facts, Schema, Type, Val, Value};
pub use value::{DateVal, Tri};

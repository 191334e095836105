//! # habeas-case: the case format
//!
//! `habeas.case/1` as Rust types ([`types`]), parsed and validated with a
//! JSON path for every error ([`validate`]), and translated into the facts
//! the law reads ([`facts`]). See `spec/case-format.md`.
//!
//! **Architecture invariant:** this crate holds no legal reasoning. It
//! says what the input means (absent is unknown, `false` is a known
//! negative, a partial date is a span of days), never what follows from it.

pub mod facts;
pub mod json;
pub mod prim;
pub mod types;
pub mod validate;

pub use facts::{facts_of, facts_of_untracked, schema};
pub use json::{JsonError, parse_json};
pub use prim::{OrFalse, PDate, Period, Periods};
pub use types::{CASE_FORMAT, Case};
pub use validate::{
    CaseError, CaseErrors, MAX_PEOPLE, MAX_RELATIONS, MAX_TEXT, parse_case, parse_case_value,
    partial_dates,
};

/// The JSON Schema of `habeas.case/1`, generated from the types.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Case);
    serde_json::to_value(schema).unwrap_or_default()
}

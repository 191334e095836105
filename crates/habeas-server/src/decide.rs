//! Deciding a stored case for the decision log, and replaying a record.
//!
//! A recorded determination must be reproducible later, so the day the
//! question is asked is pinned: a case without `as_of` is decided as of the
//! day it was recorded, and that day goes into the record. A replay decides
//! the same case version, as of the same day, with the current law, and
//! compares the bytes.

use habeas_lang::Mode;
use habeas_law::{ENGINE_VERSION, Law};
use habeas_store::{CaseRecord, DecisionRecord, NewDecision, Store};

use crate::AppError;

/// Today in UTC, `YYYY-MM-DD` (the engine's own notion of today).
pub(crate) fn today() -> String {
    habeas_lang::dates::fmt_day(habeas_case::facts::today())
}

/// Decides a case JSON as of a day: (result bytes, explanation bytes).
fn decide_json(law: &Law, case_json: &str, as_of: &str) -> Result<(String, String), AppError> {
    let v: serde_json::Value = serde_json::from_str(case_json)
        .map_err(|e| AppError::Internal(format!("a stored case is not JSON: {e}")))?;
    decide_value(law, v, as_of)
}

/// Decides a parsed case as of a day: (result bytes, explanation bytes).
fn decide_value(
    law: &Law,
    mut v: serde_json::Value,
    as_of: &str,
) -> Result<(String, String), AppError> {
    if let Some(m) = v.as_object_mut() {
        m.insert("as_of".into(), serde_json::Value::String(as_of.to_string()));
    }
    let case = habeas_case::parse_case_value(v).map_err(AppError::Invalid)?;
    let d = law.determine(&case, Mode::Explain);
    // The explanation is the whole determination; the result is the same
    // without its trees. Both are written straight from the structs, in the
    // bytes of `to_json` (the law's test `json_text_equals_the_value_text`),
    // so records written before and after replay alike.
    Ok((d.to_json_string(false), d.to_json_string(true)))
}

/// Decides a stored case version for the decision log.
pub fn decide_stored(law: &Law, case: &CaseRecord) -> Result<NewDecision, AppError> {
    let v: serde_json::Value = serde_json::from_str(&case.case_json)
        .map_err(|e| AppError::Internal(format!("a stored case is not JSON: {e}")))?;
    let stated = v.get("as_of").and_then(|d| d.as_str()).map(str::to_string);
    let as_of = stated.unwrap_or_else(today);
    let (result, explanation) = decide_value(law, v, &as_of)?;
    Ok(NewDecision {
        case_id: case.id.clone(),
        case_version: case.version,
        as_of,
        law_hash: law.version().hash.clone(),
        engine: ENGINE_VERSION.to_string(),
        result,
        explanation,
    })
}

/// The outcome of replaying a decision record.
#[derive(Debug, serde::Serialize)]
pub struct Replay {
    /// The record.
    pub decision: i64,
    /// Whether the result is byte-identical.
    pub identical: bool,
    /// Whether the explanation is byte-identical too.
    pub explanation_identical: bool,
    /// The law hash recorded.
    pub recorded_law: String,
    /// The law hash now.
    pub current_law: String,
    /// The engine recorded.
    pub recorded_engine: String,
    /// The engine now.
    pub current_engine: String,
    /// The result now.
    pub result: String,
}

/// Re-evaluates a record with the current law.
pub fn replay(law: &Law, store: &dyn Store, id: i64) -> Result<(DecisionRecord, Replay), AppError> {
    let rec = store
        .get_decision(None, id)?
        .ok_or_else(|| AppError::NotFound(format!("there is no decision record `{id}`")))?;
    let case = store
        .case_version_any(&rec.case_id, rec.case_version)?
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "the case version of decision `{id}` is missing (case `{}`, version {})",
                rec.case_id, rec.case_version
            ))
        })?;
    let (result, explanation) = decide_json(law, &case.case_json, &rec.as_of)?;
    let r = Replay {
        decision: id,
        identical: result == rec.result,
        explanation_identical: explanation == rec.explanation,
        recorded_law: rec.law_hash.clone(),
        current_law: law.version().hash.clone(),
        recorded_engine: rec.engine.clone(),
        current_engine: ENGINE_VERSION.to_string(),
        result,
    };
    Ok((rec, r))
}

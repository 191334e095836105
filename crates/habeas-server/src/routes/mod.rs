//! The routes, one module per resource, and what they share: reading JSON
//! bodies and case inputs.

pub(crate) mod audit;
pub(crate) mod cases;
pub(crate) mod decisions;
pub(crate) mod determine;
pub(crate) mod health;
pub(crate) mod openapi;
pub(crate) mod orders;

use axum::body::Bytes;
use habeas_store::CaseInput;
use serde::Deserialize;

use crate::AppError;

/// Parses a JSON body: 400 with the line and column when it is not JSON;
/// 422 at the key's path when a key is written twice in one object (the
/// CLI's error: which of the two was meant cannot be known).
pub(crate) fn json_body(body: &Bytes) -> Result<serde_json::Value, AppError> {
    habeas_case::parse_json(body).map_err(|e| match e {
        habeas_case::JsonError::Syntax(e) => AppError::BadRequest(format!(
            "the body is not valid JSON: {} (line {}, column {})",
            e.to_string()
                .replace(&format!(" at line {} column {}", e.line(), e.column()), ""),
            e.line(),
            e.column()
        )),
        habeas_case::JsonError::Duplicate { path, key } => {
            AppError::invalid(&path, habeas_case::JsonError::duplicate_message(&key))
        }
    })
}

/// Reads a typed JSON object: 422 with the path of the bad field.
pub(crate) fn typed<T: for<'de> Deserialize<'de>>(v: serde_json::Value) -> Result<T, AppError> {
    serde_path_to_error::deserialize(v).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        AppError::invalid(&path, e.inner().to_string())
    })
}

/// A query string, or 400 saying what is wrong with it.
pub(crate) fn query<T>(
    q: Result<axum::extract::Query<T>, axum::extract::rejection::QueryRejection>,
) -> Result<T, AppError> {
    q.map(|axum::extract::Query(t)| t).map_err(|e| {
        AppError::BadRequest(format!("the query string is not valid: {}", e.body_text()))
    })
}

/// `?explain=true`.
#[derive(Deserialize, Default)]
pub(crate) struct ExplainQuery {
    #[serde(default)]
    pub explain: bool,
}

/// Normalizes an A-number (`A123456789`, `A-123-456-789`, `12345678`) to
/// nine digits; `None` if it is not one.
pub(crate) fn normalize_a_number(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t.strip_prefix(['A', 'a']).unwrap_or(t);
    let digits: String = t.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
    if !(8..=9).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("{digits:0>9}"))
}

/// The body of `POST /v1/cases` and `PUT /v1/cases/{id}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseBody {
    case: serde_json::Value,
    #[serde(default)]
    a_number: Option<String>,
    #[serde(default)]
    expected_version: Option<i64>,
}

/// Reads and validates a case body: the store input, and the expected
/// version for an update.
pub(crate) fn case_input(body: &Bytes) -> Result<(CaseInput, Option<i64>), AppError> {
    let b: CaseBody = typed(json_body(body)?)?;
    let a_number = match b.a_number.as_deref() {
        None | Some("") => None,
        Some(a) => Some(normalize_a_number(a).ok_or_else(|| {
            AppError::invalid(
                "a_number",
                "expected an A-number: 8 or 9 digits, optionally written `A123456789` or `A-123-456-789`",
            )
        })?),
    };
    let case = habeas_case::parse_case_value(b.case.clone()).map_err(|mut e| {
        for x in &mut e.errors {
            x.path = if x.path.is_empty() {
                "case".into()
            } else {
                format!("case.{}", x.path)
            };
        }
        AppError::Invalid(e)
    })?;
    let subject_name = case.people.get(&case.subject).and_then(|p| p.name.clone());
    Ok((
        CaseInput {
            case_json: b.case.to_string(),
            subject_name,
            a_number,
        },
        b.expected_version,
    ))
}

/// The public form of an A-number.
pub(crate) fn show_a_number(digits: &str) -> String {
    format!("A{digits}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_numbers_are_normalized() {
        assert_eq!(
            normalize_a_number("A123456789").as_deref(),
            Some("123456789")
        );
        assert_eq!(
            normalize_a_number("A-123-456-789").as_deref(),
            Some("123456789")
        );
        assert_eq!(normalize_a_number("12345678").as_deref(), Some("012345678"));
        assert_eq!(normalize_a_number("A12"), None);
        assert_eq!(normalize_a_number("A12345678x"), None);
    }
}

//! `POST /v1/determine`: a stateless determination (nothing is stored).
//! The answer is the JSON of `habeas check --json` (`?explain=true`: with
//! the explanation trees, as `habeas check --json --explain`).

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{Method, header};
use axum::response::IntoResponse;
use axum::routing::post;
use habeas_lang::Mode;
use habeas_store::Role;

use super::{ExplainQuery, json_body};
use crate::{Access, AppError, AppState, Route};

pub(crate) fn routes() -> Vec<Route> {
    vec![Route::new(
        Method::POST,
        "/v1/determine",
        Access::AtLeast(Role::Viewer),
        post(determine),
    )]
}

async fn determine(
    State(s): State<AppState>,
    q: Result<Query<ExplainQuery>, QueryRejection>,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let explain = super::query(q)?.explain;
    let case = habeas_case::parse_case_value(json_body(&body)?).map_err(AppError::Invalid)?;
    // Without `?explain=true` the trees are not sent, and are not built
    // (the same bytes: see `Law::determine_answer`).
    let d = if explain {
        s.law().determine(&case, Mode::Explain)
    } else {
        s.law().determine_answer(&case)
    };
    Ok(json_text(d.to_json_string(explain)))
}

/// A JSON answer from text already serialized (the bytes `Json` would
/// write for the same value).
fn json_text(text: String) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], text)
}

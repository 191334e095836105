//! `GET /v1/audit/verify`: verifies the caller's organization's decision
//! log and names every edited, deleted, moved or missing record.

use axum::Json;
use axum::extract::{Extension, State};
use axum::http::Method;
use axum::routing::get;
use habeas_store::Role;

use crate::{Access, AppError, AppState, Caller, Route};

pub(crate) fn routes() -> Vec<Route> {
    vec![Route::new(
        Method::GET,
        "/v1/audit/verify",
        Access::AtLeast(Role::Admin),
        get(verify),
    )]
}

async fn verify(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
) -> Result<Json<serde_json::Value>, AppError> {
    let reports = s.with_store(move |st| st.verify(Some(p.org))).await?;
    let r = reports
        .into_iter()
        .next()
        .ok_or_else(|| AppError::Internal("verify returned no report".into()))?;
    let messages: Vec<String> = r.problems.iter().map(|x| x.message()).collect();
    let mut v = serde_json::to_value(&r).map_err(|e| AppError::Internal(e.to_string()))?;
    if let Some(m) = v.as_object_mut() {
        m.insert("messages".into(), serde_json::json!(messages));
    }
    Ok(Json(v))
}

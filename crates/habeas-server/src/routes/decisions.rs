//! The decision log: deciding a stored case records the determination
//! (`POST /v1/cases/{id}/determine`); records are read back by case or by
//! id.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use habeas_store::{DecisionRecord, Role};

use super::ExplainQuery;
use crate::{Access, AppError, AppState, Caller, Route, decide_stored};

pub(crate) fn routes() -> Vec<Route> {
    use Access::AtLeast;
    vec![
        Route::new(
            Method::POST,
            "/v1/cases/{id}/determine",
            AtLeast(Role::Attorney),
            post(determine),
        ),
        Route::new(
            Method::GET,
            "/v1/cases/{id}/decisions",
            AtLeast(Role::Viewer),
            get(list),
        ),
        Route::new(
            Method::GET,
            "/v1/decisions/{id}",
            AtLeast(Role::Viewer),
            get(read),
        ),
    ]
}

/// A record without its result and explanation (for lists).
fn summary(r: &DecisionRecord) -> serde_json::Value {
    serde_json::json!({
        "id": r.id,
        "seq": r.seq,
        "case_id": r.case_id,
        "case_version": r.case_version,
        "as_of": r.as_of,
        "law_hash": r.law_hash,
        "engine": r.engine,
        "recorded_at": r.recorded_at,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    })
}

fn parsed(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or(serde_json::Value::Null)
}

async fn determine(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
    q: Result<Query<ExplainQuery>, QueryRejection>,
) -> Result<impl IntoResponse, AppError> {
    let explain = super::query(q)?.explain;
    // One blocking task reads the case, decides it and waits for the
    // durable record (three hand-offs between threads cost more than the
    // reading).
    let st = s.clone();
    let key = id.clone();
    let r = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let store = st.store();
        let case = store
            .get_case(p.org, &key)?
            .ok_or_else(|| AppError::no_case(&key))?;
        let decision = decide_stored(st.law(), &case)?;
        Ok(store.record_decision(p.org, &decision)?)
    })
    .await
    .map_err(|e| AppError::Internal(format!("a store task failed: {e}")))??;
    tracing::info!(decision = r.id, seq = r.seq, case = %r.case_id, "decision recorded");
    let determination = parsed(if explain { &r.explanation } else { &r.result });
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({ "decision": summary(&r), "determination": determination })),
    ))
}

async fn list(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let key = id.clone();
    let list = s
        .with_store(move |st| st.list_decisions(p.org, &key))
        .await?
        .ok_or_else(|| AppError::no_case(&id))?;
    Ok(Json(serde_json::json!({
        "decisions": list.iter().map(summary).collect::<Vec<_>>()
    })))
}

async fn read(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<i64>,
    q: Result<Query<ExplainQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, AppError> {
    let explain = super::query(q)?.explain;
    let r = s
        .with_store(move |st| st.get_decision(Some(p.org), id))
        .await?
        .ok_or_else(|| {
            AppError::NotFound(format!("there is no decision `{id}` in your organization"))
        })?;
    let determination = parsed(if explain { &r.explanation } else { &r.result });
    Ok(Json(
        serde_json::json!({ "decision": summary(&r), "determination": determination }),
    ))
}

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

/// A record and its determination, as the routes answer them: the
/// determination is the stored JSON text itself, not parsed and written
/// again (the same bytes: records are stored compact, keys in order).
#[derive(serde::Serialize)]
struct Answer {
    decision: serde_json::Value,
    determination: Box<serde_json::value::RawValue>,
}

fn answer(r: &DecisionRecord, explain: bool) -> Answer {
    let text = if explain { &r.explanation } else { &r.result };
    let null = || serde_json::value::RawValue::from_string("null".into());
    Answer {
        decision: summary(r),
        // A stored text that is not JSON (edited outside habeas) reads as
        // `null`, as it did when it was parsed here.
        determination: serde_json::value::RawValue::from_string(text.clone())
            .or_else(|_| null())
            .unwrap_or_default(),
    }
}

async fn determine(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
    q: Result<Query<ExplainQuery>, QueryRejection>,
) -> Result<impl IntoResponse, AppError> {
    let explain = super::query(q)?.explain;
    // One blocking task reads the case, decides it and hands the record to
    // the writer; the durable record is awaited here, so no thread is held
    // through the group commit's fsync (with 64 requests in flight, 64
    // blocked threads cost more in switching than the deciding).
    let st = s.clone();
    let key = id.clone();
    let ticket = tokio::task::spawn_blocking(move || -> Result<_, AppError> {
        let store = st.store();
        let case = store
            .get_case(p.org, &key)?
            .ok_or_else(|| AppError::no_case(&key))?;
        let decision = decide_stored(st.law(), &case)?;
        Ok(store.submit_decision(p.org, decision)?)
    })
    .await
    .map_err(|e| AppError::Internal(format!("a store task failed: {e}")))??;
    let r = ticket.wait().await?;
    tracing::info!(decision = r.id, seq = r.seq, case = %r.case_id, "decision recorded");
    Ok((StatusCode::CREATED, Json(answer(&r, explain))))
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
) -> Result<Json<Answer>, AppError> {
    let explain = super::query(q)?.explain;
    let r = s
        .with_store(move |st| st.get_decision(Some(p.org), id))
        .await?
        .ok_or_else(|| {
            AppError::NotFound(format!("there is no decision `{id}` in your organization"))
        })?;
    Ok(Json(answer(&r, explain)))
}

//! Cases: create, read, update (a new version each time), delete, list and
//! search, and the version history.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post, put};
use habeas_store::{CaseQuery, CaseRecord, Role};
use serde::Deserialize;

use super::{case_input, normalize_a_number, show_a_number};
use crate::{Access, AppError, AppState, Caller, Route};

pub(crate) fn routes() -> Vec<Route> {
    use Access::AtLeast;
    vec![
        Route::new(Method::GET, "/v1/cases", AtLeast(Role::Viewer), get(list)),
        Route::new(
            Method::POST,
            "/v1/cases",
            AtLeast(Role::Attorney),
            post(create),
        ),
        Route::new(
            Method::GET,
            "/v1/cases/{id}",
            AtLeast(Role::Viewer),
            get(read),
        ),
        Route::new(
            Method::PUT,
            "/v1/cases/{id}",
            AtLeast(Role::Attorney),
            put(update),
        ),
        Route::new(
            Method::DELETE,
            "/v1/cases/{id}",
            AtLeast(Role::Admin),
            delete(remove),
        ),
        Route::new(
            Method::GET,
            "/v1/cases/{id}/versions",
            AtLeast(Role::Viewer),
            get(versions),
        ),
        Route::new(
            Method::GET,
            "/v1/cases/{id}/versions/{version}",
            AtLeast(Role::Viewer),
            get(version),
        ),
    ]
}

/// A stored case as the API shows it.
pub(crate) fn case_json(r: &CaseRecord) -> serde_json::Value {
    let case: serde_json::Value = serde_json::from_str(&r.case_json).unwrap_or_default();
    serde_json::json!({
        "id": r.id,
        "version": r.version,
        "a_number": r.a_number.as_deref().map(show_a_number),
        "created_at": r.created_at,
        "case": case,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    /// A name or an A-number.
    q: Option<String>,
    name: Option<String>,
    a_number: Option<String>,
    limit: Option<u32>,
}

async fn list(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, AppError> {
    let q = super::query(q)?;
    let mut query = CaseQuery {
        name: q.name.filter(|n| !n.trim().is_empty()),
        a_number: None,
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
    };
    if let Some(a) = q.a_number.as_deref() {
        query.a_number = Some(normalize_a_number(a).ok_or_else(|| {
            AppError::BadRequest("`a_number` is not an A-number (8 or 9 digits)".into())
        })?);
    }
    if let Some(t) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        match normalize_a_number(t) {
            Some(a) => query.a_number = Some(a),
            None => query.name = Some(t.to_string()),
        }
    }
    let cases = s
        .with_store(move |st| st.search_cases(p.org, &query))
        .await?;
    let items: Vec<_> = cases
        .into_iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "version": c.version,
                "name": c.name,
                "a_number": c.a_number.as_deref().map(show_a_number),
                "updated_at": c.updated_at,
            })
        })
        .collect();
    Ok(Json(serde_json::json!({ "cases": items })))
}

async fn create(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let (input, _) = case_input(&body)?;
    let r = s
        .with_store(move |st| st.create_case(p.org, &input))
        .await?;
    tracing::info!(case = %r.id, version = r.version, "case created");
    Ok((StatusCode::CREATED, Json(case_json(&r))))
}

async fn read(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let key = id.clone();
    s.with_store(move |st| st.get_case(p.org, &key))
        .await?
        .map(|r| Json(case_json(&r)))
        .ok_or_else(|| AppError::no_case(&id))
}

async fn update(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<serde_json::Value>, AppError> {
    let (input, expected) = case_input(&body)?;
    let key = id.clone();
    let r = s
        .with_store(move |st| st.update_case(p.org, &key, &input, expected))
        .await?
        .ok_or_else(|| AppError::no_case(&id))?;
    tracing::info!(case = %r.id, version = r.version, "case updated");
    Ok(Json(case_json(&r)))
}

async fn remove(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let key = id.clone();
    if s.with_store(move |st| st.delete_case(p.org, &key)).await? {
        tracing::info!(case = %id, "case deleted");
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::no_case(&id))
    }
}

async fn versions(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let key = id.clone();
    let v = s
        .with_store(move |st| st.case_versions(p.org, &key))
        .await?
        .ok_or_else(|| AppError::no_case(&id))?;
    Ok(Json(serde_json::json!({ "id": id, "versions": v })))
}

async fn version(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path((id, version)): Path<(String, i64)>,
) -> Result<Json<serde_json::Value>, AppError> {
    let key = id.clone();
    s.with_store(move |st| st.case_version(p.org, &key, version))
        .await?
        .map(|r| Json(case_json(&r)))
        .ok_or_else(|| {
            AppError::NotFound(format!(
                "there is no version {version} of case `{id}` in your organization"
            ))
        })
}

//! Court orders with deadlines, per case, and `GET /v1/deadlines`: what is
//! due soonest across the organization.

use axum::Json;
use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{Method, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use habeas_store::{NewOrder, Role};
use serde::Deserialize;

use super::{json_body, typed};
use crate::{Access, AppError, AppState, Caller, Route};

pub(crate) fn routes() -> Vec<Route> {
    use Access::AtLeast;
    vec![
        Route::new(
            Method::GET,
            "/v1/cases/{id}/orders",
            AtLeast(Role::Viewer),
            get(list),
        ),
        Route::new(
            Method::POST,
            "/v1/cases/{id}/orders",
            AtLeast(Role::Attorney),
            post(create),
        ),
        Route::new(
            Method::DELETE,
            "/v1/cases/{id}/orders/{order}",
            AtLeast(Role::Attorney),
            delete(remove),
        ),
        Route::new(
            Method::GET,
            "/v1/deadlines",
            AtLeast(Role::Viewer),
            get(deadlines),
        ),
    ]
}

/// The kinds of court order (`immigration.court_orders[].kind` of
/// `habeas.case/1`, plus `notice_order`).
pub(crate) const KINDS: &[&str] = &[
    "stay_of_removal",
    "tro",
    "preliminary_injunction",
    "facilitate_return",
    "release",
    "class_membership",
    "notice_order",
    "other",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrderBody {
    kind: String,
    court: Option<String>,
    issued: Option<String>,
    deadline: Option<String>,
    description: Option<String>,
}

fn date(path: &str, s: &str) -> Result<String, AppError> {
    s.parse::<jiff::civil::Date>()
        .map(|d| d.to_string())
        .map_err(|e| {
            AppError::invalid(
                path,
                format!("expected a date `YYYY-MM-DD`, found `{s}`: {e}"),
            )
        })
}

/// A deadline: a day (`YYYY-MM-DD`) or an instant (RFC 3339, stored in
/// UTC), so deadlines sort as text.
fn deadline(s: &str) -> Result<String, AppError> {
    if s.len() == 10 {
        return date("deadline", s);
    }
    s.parse::<jiff::Timestamp>()
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .map_err(|_| {
            AppError::invalid(
                "deadline",
                format!(
                    "expected a date `YYYY-MM-DD` or a time `YYYY-MM-DDTHH:MM:SSZ`, found `{s}`"
                ),
            )
        })
}

async fn create(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<impl IntoResponse, AppError> {
    let b: OrderBody = typed(json_body(&body)?)?;
    if !KINDS.contains(&b.kind.as_str()) {
        return Err(AppError::invalid(
            "kind",
            format!(
                "unknown kind `{}`: expected one of {}",
                b.kind,
                KINDS.join(", ")
            ),
        ));
    }
    let order = NewOrder {
        kind: b.kind,
        court: b.court,
        issued: b.issued.as_deref().map(|d| date("issued", d)).transpose()?,
        deadline: b.deadline.as_deref().map(deadline).transpose()?,
        description: b.description,
    };
    let key = id.clone();
    let o = s
        .with_store(move |st| st.add_order(p.org, &key, &order))
        .await?
        .ok_or_else(|| AppError::no_case(&id))?;
    Ok((StatusCode::CREATED, Json(o)))
}

async fn list(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let key = id.clone();
    let orders = s
        .with_store(move |st| st.list_orders(p.org, &key))
        .await?
        .ok_or_else(|| AppError::no_case(&id))?;
    Ok(Json(serde_json::json!({ "orders": orders })))
}

async fn remove(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    Path((id, order)): Path<(String, i64)>,
) -> Result<StatusCode, AppError> {
    let key = id.clone();
    if s.with_store(move |st| st.delete_order(p.org, &key, order))
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound(format!(
            "there is no order {order} of case `{id}` in your organization"
        )))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineQuery {
    from: Option<String>,
    limit: Option<u32>,
}

async fn deadlines(
    State(s): State<AppState>,
    Extension(Caller(p)): Extension<Caller>,
    q: Result<Query<DeadlineQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, AppError> {
    let q = super::query(q)?;
    let from = match q.from.as_deref() {
        Some(f) => f
            .parse::<jiff::civil::Date>()
            .map_err(|_| {
                AppError::BadRequest(format!("`from` must be a date `YYYY-MM-DD`, found `{f}`"))
            })?
            .to_string(),
        None => crate::decide::today(),
    };
    let limit = q.limit.unwrap_or(50).clamp(1, 1000);
    let orders = s
        .with_store(move |st| st.deadlines(p.org, &from, limit))
        .await?;
    Ok(Json(serde_json::json!({ "deadlines": orders })))
}

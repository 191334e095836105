//! `GET /health`: the one route without a token.

use axum::Json;
use axum::extract::State;
use axum::http::Method;
use axum::routing::get;

use crate::{Access, AppState, Route};

pub(crate) fn routes() -> Vec<Route> {
    vec![Route::new(
        Method::GET,
        "/health",
        Access::Public,
        get(health),
    )]
}

async fn health(State(s): State<AppState>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "status": "ok",
        "engine": habeas_law::ENGINE_VERSION,
        "law": s.law().version().hash,
        "law_current_as_of": s.law().version().current_as_of,
    }))
}

//! `GET /v1/openapi.json`: the API's OpenAPI document, kept in the repo at
//! `docs/openapi.json` and embedded here.
//!
//! The document is maintained by hand, and a test checks it against the
//! route table ([`crate::routes`]) in both directions, with the role each
//! route needs. Why not generated (utoipa): the main payloads belong to
//! other crates (`habeas.case/1` has its own generated JSON Schema,
//! `habeas.determination/1` is owned by habeas-law), so derive macros would
//! reach into crates that must not know about HTTP, and the proc-macro
//! build would be paid by every engineer for a document that changes
//! rarely.

use axum::http::{Method, header};
use axum::response::IntoResponse;
use axum::routing::get;
use habeas_store::Role;

use crate::{Access, Route};

/// The OpenAPI document.
pub(crate) const DOCUMENT: &str = include_str!("../../../../docs/openapi.json");

pub(crate) fn routes() -> Vec<Route> {
    vec![Route::new(
        Method::GET,
        "/v1/openapi.json",
        Access::AtLeast(Role::Viewer),
        get(document),
    )]
}

async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}

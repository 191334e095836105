//! Errors as HTTP answers.
//!
//! Every error body has the shape `habeas check --json` prints for an
//! invalid case: `{"format": "habeas.error/1", "errors": [{"path", "message"}]}`.
//! A 5xx body says only that something went wrong; the real error is logged
//! (store errors carry no case data).

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use habeas_case::{CaseError, CaseErrors};
use habeas_store::StoreError;

/// An error answer.
#[derive(Debug)]
pub enum AppError {
    /// 400: the body is not JSON, or a parameter is malformed.
    BadRequest(String),
    /// 422: the input is JSON but not valid (each error with its path).
    Invalid(CaseErrors),
    /// 401: no token, or a token that is unknown, wrong or revoked.
    Unauthorized,
    /// 403: the caller's role may not do this.
    Forbidden(String),
    /// 404: no such record in the caller's organization.
    NotFound(String),
    /// 404: no such route.
    NoRoute,
    /// 405: the route exists, the method does not.
    MethodNotAllowed,
    /// 413: the request body is larger than the server takes.
    TooLarge,
    /// 409: the case changed meanwhile.
    Conflict(String),
    /// 500.
    Internal(String),
}

impl AppError {
    /// A 422 with one error at a path.
    pub fn invalid(path: &str, message: impl Into<String>) -> AppError {
        AppError::Invalid(CaseErrors {
            errors: vec![CaseError {
                path: path.to_string(),
                message: message.into(),
            }],
        })
    }

    /// A 404 for a case.
    pub fn no_case(id: &str) -> AppError {
        AppError::NotFound(format!("there is no case `{id}` in your organization"))
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        match e {
            StoreError::Conflict { .. } => AppError::Conflict(e.to_string()),
            StoreError::UnknownOrg(_) => AppError::NotFound(e.to_string()),
            other => AppError::Internal(other.to_string()),
        }
    }
}

fn body(errors: &[CaseError]) -> String {
    serde_json::json!({"format": "habeas.error/1", "errors": errors}).to_string()
}

fn one(message: &str) -> String {
    body(&[CaseError {
        path: String::new(),
        message: message.to_string(),
    }])
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, text) = match &self {
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, one(m)),
            AppError::Invalid(e) => (StatusCode::UNPROCESSABLE_ENTITY, body(&e.errors)),
            AppError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                one(
                    "a valid API token is required: send `Authorization: Bearer TOKEN` (create one with `habeas admin create-token`)",
                ),
            ),
            AppError::Forbidden(m) => (StatusCode::FORBIDDEN, one(m)),
            AppError::NotFound(m) => (StatusCode::NOT_FOUND, one(m)),
            AppError::NoRoute => (
                StatusCode::NOT_FOUND,
                one(
                    "no such route: the API is described at /v1/openapi.json (with a token) and in docs/openapi.json",
                ),
            ),
            AppError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                one(&format!(
                    "the request body is larger than the server takes ({} bytes, 1 MiB)",
                    crate::MAX_BODY
                )),
            ),
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                one("this route does not take this method: see /v1/openapi.json"),
            ),
            AppError::Conflict(m) => (StatusCode::CONFLICT, one(m)),
            AppError::Internal(m) => {
                tracing::error!(error = %m, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    one("something went wrong"),
                )
            }
        };
        let mut r = (status, [(header::CONTENT_TYPE, "application/json")], text).into_response();
        if matches!(self, AppError::Unauthorized) {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        r
    }
}

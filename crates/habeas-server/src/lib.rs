//! # habeas-server: the HTTP API
//!
//! [`app`] builds the axum [`Router`] from an [`AppState`] (a store and a
//! law), so tests call it in process with `oneshot`; [`serve`] runs it on a
//! socket. Routes are split by resource, one module each under `routes/`,
//! and every route is declared once in a table ([`routes`]) that says who
//! may call it: the router, the OpenAPI document test and the authorization
//! matrix test all read that table.
//!
//! Rules every route follows:
//!
//! - no route but `GET /health` answers without a token;
//! - every read and write is scoped to the caller's organization, and a
//!   record of another organization is `404` (never `403`, which would
//!   confirm it exists);
//! - bad JSON is `400`, an invalid case is `422` with the same path-named
//!   errors as `habeas check --json` (`habeas.error/1`);
//! - names, dates of birth and A-numbers never reach the logs: requests are
//!   logged by method, path (no query string) and status only.
//!
//! **Architecture invariant:** no legal reasoning here. The server parses,
//! asks [`habeas_law::Law::determine`], stores and returns.

pub mod cli;
mod decide;
mod error;
mod routes;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use axum::routing::MethodRouter;
use habeas_law::Law;
use habeas_store::{Principal, Role, Store};
use sha2::{Digest, Sha256};
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use decide::{Replay, decide_stored, replay};
pub use error::AppError;

/// The largest request body accepted (a case is a few kilobytes).
pub const MAX_BODY: usize = 1024 * 1024;

/// How long a checked token is trusted before argon2 checks it again (a
/// revoked or deleted token stops working within this time).
const TOKEN_TTL: Duration = Duration::from_secs(60);

/// A token checked recently.
#[derive(Clone, Copy)]
struct Checked {
    principal: Principal,
    at: Instant,
    /// A check ahead of expiry is running.
    refreshing: bool,
}

/// What every request can reach: the store and the law.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn Store>,
    law: Arc<Law>,
    /// Tokens checked recently, by the SHA-256 of the token: argon2 is slow
    /// by design, so it runs once a minute per token, not per request.
    tokens: Mutex<HashMap<[u8; 32], Checked>>,
    /// How long a check is trusted ([`TOKEN_TTL`]; shorter in tests).
    ttl: Duration,
    /// One argon2 check at a time. A burst of requests with a token not
    /// checked yet (a server just started, 32 connections) made one check
    /// each, all at once: the first requests waited 0.6 s. Now the first
    /// checks and the rest find its answer; and requests with wrong
    /// tokens cannot take more than one core.
    checking: tokio::sync::Semaphore,
    /// argon2 checks made on requests (for tests).
    checks: std::sync::atomic::AtomicU64,
}

impl AppState {
    /// State over a store and a law.
    pub fn new(store: Arc<dyn Store>, law: Arc<Law>) -> AppState {
        AppState::with_token_ttl(store, law, TOKEN_TTL)
    }

    /// The same state, trusting a token check for `ttl` (for tests).
    #[doc(hidden)]
    pub fn with_token_ttl(store: Arc<dyn Store>, law: Arc<Law>, ttl: Duration) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                store,
                law,
                tokens: Mutex::new(HashMap::new()),
                ttl,
                checking: tokio::sync::Semaphore::new(1),
                checks: std::sync::atomic::AtomicU64::new(0),
            }),
        }
    }

    /// The store.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.inner.store
    }

    /// The law.
    pub fn law(&self) -> &Law {
        &self.inner.law
    }

    /// Runs a blocking store operation off the async threads.
    pub(crate) async fn with_store<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> habeas_store::Result<T> + Send + 'static,
    {
        let store = Arc::clone(&self.inner.store);
        tokio::task::spawn_blocking(move || f(&*store))
            .await
            .map_err(|e| AppError::Internal(format!("a store task failed: {e}")))?
            .map_err(AppError::from)
    }

    async fn authenticate(&self, token: &str) -> Result<Option<Principal>, AppError> {
        let key: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if let Some(p) = self.trusted(token, key) {
            return Ok(Some(p));
        }
        // Not trusted: wait for the argon2 gate, then look again (a check
        // of the same token may have finished meanwhile).
        let _permit = self
            .inner
            .checking
            .acquire()
            .await
            .map_err(|e| AppError::Internal(format!("the token check is closed: {e}")))?;
        if let Some(p) = self.trusted(token, key) {
            return Ok(Some(p));
        }
        self.inner
            .checks
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let t = token.to_string();
        let found = self.with_store(move |s| s.authenticate(&t)).await?;
        self.remember(key, found);
        Ok(found)
    }

    /// A principal from a token checked less than `ttl` ago (starting a
    /// check in the background when the answer is past half its life).
    fn trusted(&self, token: &str, key: [u8; 32]) -> Option<Principal> {
        let ttl = self.inner.ttl;
        let mut refresh = false;
        if let Ok(mut cache) = self.inner.tokens.lock()
            && let Some(c) = cache.get_mut(&key)
        {
            let age = c.at.elapsed();
            if age < ttl {
                // Past half its life, one request starts a check in the
                // background and every request goes on with the trusted
                // answer: under steady traffic no request ever waits for
                // argon2 (which would stall every request in flight once a
                // minute), and a revoked token still stops within `ttl`.
                if age >= ttl / 2 && !c.refreshing {
                    c.refreshing = true;
                    refresh = true;
                }
                let p = c.principal;
                drop(cache);
                if refresh {
                    let me = self.clone();
                    let t = token.to_string();
                    tokio::spawn(async move {
                        let found = me.with_store(move |s| s.authenticate(&t)).await;
                        me.remember(key, found.ok().flatten());
                    });
                }
                return Some(p);
            }
        }
        None
    }

    /// Records the outcome of a token check (a token no longer valid is
    /// forgotten).
    fn remember(&self, key: [u8; 32], found: Option<Principal>) {
        let Ok(mut cache) = self.inner.tokens.lock() else {
            return;
        };
        match found {
            Some(principal) => {
                if cache.len() > 10_000 {
                    cache.clear();
                }
                cache.insert(
                    key,
                    Checked {
                        principal,
                        at: Instant::now(),
                        refreshing: false,
                    },
                );
            }
            None => {
                cache.remove(&key);
            }
        }
    }

    /// How many argon2 checks requests waited for (for tests).
    #[doc(hidden)]
    pub fn token_checks(&self) -> u64 {
        self.inner.checks.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// When a token was last checked by argon2 (for tests).
    #[doc(hidden)]
    pub fn token_checked_at(&self, token: &str) -> Option<Instant> {
        let key: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        self.inner.tokens.lock().ok()?.get(&key).map(|c| c.at)
    }
}

impl habeas_web::Backend for AppState {
    fn law(&self) -> &Law {
        AppState::law(self)
    }
    fn store(&self) -> Arc<dyn Store> {
        Arc::clone(AppState::store(self))
    }
}

/// Who may call a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, without a token (`/health` only).
    Public,
    /// A token of this role or a more powerful one.
    AtLeast(Role),
}

/// One route of the API.
pub struct Route {
    /// Its method.
    pub method: Method,
    /// Its path, in axum syntax (`/v1/cases/{id}`).
    pub path: &'static str,
    /// Who may call it.
    pub access: Access,
    handler: MethodRouter<AppState>,
}

impl Route {
    pub(crate) fn new(
        method: Method,
        path: &'static str,
        access: Access,
        handler: MethodRouter<AppState>,
    ) -> Route {
        Route {
            method,
            path,
            access,
            handler,
        }
    }
}

/// Every route of the API, in the order of the OpenAPI document.
pub fn routes() -> Vec<Route> {
    let mut all = Vec::new();
    all.extend(routes::health::routes());
    all.extend(routes::determine::routes());
    all.extend(routes::cases::routes());
    all.extend(routes::orders::routes());
    all.extend(routes::decisions::routes());
    all.extend(routes::audit::routes());
    all.extend(routes::openapi::routes());
    all
}

/// The caller of a route that needs a token (in the request's extensions).
#[derive(Clone, Copy, Debug)]
pub struct Caller(pub Principal);

async fn require(
    state: AppState,
    role: Role,
    mut req: Request,
    next: Next,
) -> Result<Response, AppError> {
    let token = req
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        // The scheme is case-insensitive (RFC 9110 § 11.1): `bearer` too.
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim())
        .ok_or(AppError::Unauthorized)?;
    let principal = state
        .authenticate(token)
        .await?
        .ok_or(AppError::Unauthorized)?;
    if principal.role < role {
        return Err(AppError::Forbidden(format!(
            "a `{}` token cannot do this: it needs `{role}` or more",
            principal.role
        )));
    }
    req.extensions_mut().insert(Caller(principal));
    Ok(next.run(req).await)
}

/// Request ids: a process-wide counter (`x-request-id`).
#[derive(Clone, Default)]
struct Counter(Arc<AtomicU64>);

impl MakeRequestId for Counter {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let n = self.0.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&n.to_string())
            .ok()
            .map(RequestId::new)
    }
}

/// The whole API over a state.
pub fn app(state: AppState) -> Router {
    let mut router = Router::new();
    for r in routes() {
        let handler = match r.access {
            Access::Public => r.handler,
            Access::AtLeast(role) => r.handler.route_layer(axum::middleware::from_fn_with_state(
                state.clone(),
                move |State(s): State<AppState>, req: Request, next: Next| {
                    require(s, role, req, next)
                },
            )),
        };
        router = router.route(r.path, handler);
    }
    // The web interview (public pages; saving asks for a token).
    router = router.merge(habeas_web::router::<AppState>());
    let header = axum::http::HeaderName::from_static("x-request-id");
    router
        .fallback(|| async { AppError::NoRoute })
        .method_not_allowed_fallback(|| async { AppError::MethodNotAllowed })
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY))
        // The limit layer answers 413 in plain text; every error of the API
        // is a `habeas.error/1` (review of 2026-11-30).
        .layer(axum::middleware::map_response(|r: Response| async move {
            if r.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                axum::response::IntoResponse::into_response(AppError::TooLarge)
            } else {
                r
            }
        }))
        // Only the method and the path are logged: a query string can hold a
        // name or an A-number (`/v1/cases?name=...`), and bodies are never
        // logged.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &axum::http::Request<_>| {
                    let id = req
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("");
                    tracing::info_span!("request", id, method = %req.method(), path = %req.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(header.clone()))
        .layer(SetRequestIdLayer::new(header, Counter::default()))
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be bound.
    #[error("cannot listen on `{addr}`: {message}")]
    Bind {
        /// The address.
        addr: String,
        /// Why.
        message: String,
    },
    /// The server failed.
    #[error("the server stopped: {0}")]
    Io(String),
}

/// The most blocking threads the server runs at once (store calls and
/// determinations; PostgreSQL's pool keeps up to 16 connections).
const BLOCKING_THREADS: usize = 16;

/// Runs the API on an address until Ctrl-C (or SIGTERM). `ready` is called
/// with the bound address (port 0 picks a free port).
pub fn serve(
    state: AppState,
    bind: &str,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Store calls and determinations run on blocking threads. Without a
        // cap, 64 requests in flight made 64 threads competing for two
        // cores; a decision no longer holds its thread through the fsync
        // (`Store::submit_decision`), so a few threads per core keep the
        // cores busy and the rest wait in a queue.
        .max_blocking_threads(BLOCKING_THREADS)
        .build()
        .map_err(|e| ServeError::Io(e.to_string()))?;
    // The store is dropped outside the runtime: a PostgreSQL client blocks
    // when it closes.
    let keep = state.clone();
    let result = rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|e| ServeError::Bind {
                addr: bind.to_string(),
                message: e.to_string(),
            })?;
        let addr = listener
            .local_addr()
            .map_err(|e| ServeError::Io(e.to_string()))?;
        ready(addr);
        axum::serve(listener, app(state))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(|e| ServeError::Io(e.to_string()))
    });
    drop(rt);
    drop(keep);
    result
}

async fn shutdown() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(t) => t,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

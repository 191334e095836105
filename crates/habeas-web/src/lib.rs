//! # habeas-web: the web interview
//!
//! Server-rendered pages, served by `habeas serve`, that ask the question
//! deciding the most, show the current answer and why after every step,
//! and print the determination memo. Plain HTML forms: every step works
//! without JavaScript.
//!
//! The server keeps no session. The page state (the case built so far, the
//! questions answered "don't know", the earlier states for "Back") travels
//! in one hidden form field as JSON; each request validates it again as a
//! `habeas.case/1` before using it, so a forged state can do no more than a
//! forged case posted to the API.
//!
//! Saving needs an access token, typed into a password field of the save
//! form: a plain form cannot send the API's `Authorization: Bearer` header,
//! and a cookie login would need a session and CSRF protection. The token
//! is checked by the same store call as the API's and must be `attorney` or
//! `admin` to save (`viewer` or more to reload); it is never put back into
//! the page.
//!
//! Routes ([`router`]):
//! - `GET /interview?lang=en|es`: the first question;
//! - `POST /interview`: one step (`go` = `next`, `dontknow`, `back`, `save`
//!   or `lang`);
//! - `POST /interview/memo` and `POST /interview/memo.pdf`: the memo of the
//!   current state (habeas-report);
//! - `GET /interview/load?id=…` and `POST /interview/load`: reload a saved
//!   case (asks for the token).
//!
//! **Architecture invariant:** no legal reasoning here. The questions and
//! the order come from habeas-interview, the answer from the law.

mod page;
mod steps;

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use habeas_i18n::Lang;
use habeas_law::Law;
use habeas_store::{CaseInput, Principal, Role, Store};
use serde::Deserialize;

pub use page::{PageState, Prev};

/// What the web pages need from the server: the law and the store.
pub trait Backend: Clone + Send + Sync + 'static {
    /// The law.
    fn law(&self) -> &Law;
    /// The store.
    fn store(&self) -> Arc<dyn Store>;
}

/// The interview's routes, to merge into the server's router.
pub fn router<S: Backend>() -> Router<S> {
    Router::new()
        .route("/interview", get(start::<S>).post(step::<S>))
        .route("/interview/memo", post(memo_html::<S>))
        .route("/interview/memo.pdf", post(memo_pdf::<S>))
        .route("/interview/load", get(load_form).post(load::<S>))
}

/// The query of `GET /interview`.
#[derive(Deserialize)]
struct StartQuery {
    lang: Option<String>,
    /// The case's "as of" date (today when absent).
    as_of: Option<String>,
}

fn lang_of(s: Option<&str>) -> Lang {
    match s {
        Some("es") => Lang::Es,
        _ => Lang::En,
    }
}

fn today() -> String {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

fn html(status: StatusCode, body: String) -> Response {
    (status, [(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}

async fn start<S: Backend>(State(s): State<S>, Query(q): Query<StartQuery>) -> Response {
    let lang = lang_of(q.lang.as_deref());
    let as_of = q
        .as_of
        .filter(|d| jiff::civil::Date::strptime("%Y-%m-%d", d).is_ok())
        .unwrap_or_else(today);
    let st = PageState::fresh(&as_of);
    render_page(s.law(), &st, lang, page::Notes::default())
}

fn render_page(law: &Law, st: &PageState, lang: Lang, notes: page::Notes) -> Response {
    match page::interview(law, st, lang, notes) {
        Ok(body) => html(StatusCode::OK, body),
        Err(e) => html(StatusCode::INTERNAL_SERVER_ERROR, page::error(lang, &e)),
    }
}

/// Reads the state field; a bad one starts again (with a note).
fn state_of(form: &HashMap<String, String>, law: &Law) -> (PageState, Option<String>) {
    match form.get("state").map(|s| PageState::parse(s, law)) {
        Some(Ok(st)) => (st, None),
        Some(Err(_)) => (PageState::fresh(&today()), Some("web-bad-state".into())),
        None => (PageState::fresh(&today()), None),
    }
}

async fn step<S: Backend>(
    State(s): State<S>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(form.get("lang").map(String::as_str));
    let law = s.law();
    let (mut st, bad) = state_of(&form, law);
    let mut notes = page::Notes {
        error: bad,
        ..page::Notes::default()
    };
    let go = if notes.error.is_some() {
        "lang"
    } else {
        form.get("go").map(String::as_str).unwrap_or("next")
    };
    match go {
        "back" => {
            st.back();
        }
        "dontknow" => steps::dont_know(law, &mut st, lang),
        "save" => {
            let token = form.get("token").cloned().unwrap_or_default();
            match save(&s, &mut st, token.trim()).await {
                Ok(()) => {}
                Err(key) => notes.save_error = Some(key.into()),
            }
        }
        "next" => {
            if let Err(e) = steps::answer(law, &mut st, lang, &form) {
                notes.error = Some(e.key);
                notes.message = e.message;
                notes.values = form.clone();
            }
        }
        // "lang" and anything else: show the page again.
        _ => {}
    }
    render_page(law, &st, lang, notes)
}

/// Checks a token in a blocking task.
async fn authenticate<S: Backend>(s: &S, token: &str) -> Result<Principal, &'static str> {
    if token.is_empty() {
        return Err("web-bad-token");
    }
    let store = s.store();
    let t = token.to_string();
    match tokio::task::spawn_blocking(move || store.authenticate(&t)).await {
        Ok(Ok(Some(p))) => Ok(p),
        Ok(Ok(None)) => Err("web-bad-token"),
        _ => Err("web-store-error"),
    }
}

async fn save<S: Backend>(s: &S, st: &mut PageState, token: &str) -> Result<(), &'static str> {
    let who = authenticate(s, token).await?;
    if who.role < Role::Attorney {
        return Err("web-not-allowed");
    }
    let case = habeas_case::parse_case_value(st.case.clone()).map_err(|_| "web-bad-state")?;
    let input = CaseInput {
        case_json: st.case.to_string(),
        subject_name: case.people.get(&case.subject).and_then(|p| p.name.clone()),
        a_number: None,
    };
    let store = s.store();
    let saved = st.saved.clone();
    let result = tokio::task::spawn_blocking(move || match saved {
        Some(id) => store
            .update_case(who.org, &id, &input, None)
            .and_then(|r| match r {
                Some(r) => Ok(r),
                None => store.create_case(who.org, &input),
            }),
        None => store.create_case(who.org, &input),
    })
    .await;
    match result {
        Ok(Ok(r)) => {
            st.saved = Some(r.id);
            Ok(())
        }
        _ => Err("web-store-error"),
    }
}

/// The query of `GET /interview/load`.
#[derive(Deserialize)]
struct LoadQuery {
    id: Option<String>,
    lang: Option<String>,
}

async fn load_form(Query(q): Query<LoadQuery>) -> Response {
    let lang = lang_of(q.lang.as_deref());
    match page::load(lang, q.id.as_deref().unwrap_or(""), None) {
        Ok(b) => html(StatusCode::OK, b),
        Err(e) => html(StatusCode::INTERNAL_SERVER_ERROR, page::error(lang, &e)),
    }
}

async fn load<S: Backend>(
    State(s): State<S>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(form.get("lang").map(String::as_str));
    let id = form
        .get("id")
        .map(|x| x.trim().to_string())
        .unwrap_or_default();
    let token = form
        .get("token")
        .map(|x| x.trim().to_string())
        .unwrap_or_default();
    let again = |key: &str, status: StatusCode| match page::load(lang, &id, Some(key)) {
        Ok(b) => html(status, b),
        Err(e) => html(StatusCode::INTERNAL_SERVER_ERROR, page::error(lang, &e)),
    };
    let who = match authenticate(&s, &token).await {
        Ok(p) => p,
        Err(key) => return again(key, StatusCode::UNAUTHORIZED),
    };
    let store = s.store();
    let lookup = id.clone();
    let found = tokio::task::spawn_blocking(move || store.get_case(who.org, &lookup)).await;
    let record = match found {
        Ok(Ok(Some(r))) => r,
        Ok(Ok(None)) => return again("web-not-found", StatusCode::NOT_FOUND),
        _ => return again("web-store-error", StatusCode::INTERNAL_SERVER_ERROR),
    };
    match PageState::from_stored(&record.case_json, s.law()) {
        Ok(mut st) => {
            st.saved = Some(record.id);
            render_page(s.law(), &st, lang, page::Notes::default())
        }
        Err(_) => again("web-bad-state", StatusCode::UNPROCESSABLE_ENTITY),
    }
}

async fn memo_html<S: Backend>(
    State(s): State<S>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(form.get("lang").map(String::as_str));
    let (st, _) = state_of(&form, s.law());
    match page::memo(s.law(), &st, lang) {
        Ok(b) => html(StatusCode::OK, b),
        Err(e) => html(StatusCode::INTERNAL_SERVER_ERROR, page::error(lang, &e)),
    }
}

async fn memo_pdf<S: Backend>(
    State(s): State<S>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let lang = lang_of(form.get("lang").map(String::as_str));
    let (st, _) = state_of(&form, s.law());
    match page::pdf(s.law(), &st, lang) {
        Ok(bytes) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"habeas-memo.pdf\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => html(StatusCode::INTERNAL_SERVER_ERROR, page::error(lang, &e)),
    }
}

//! The interview pages in process (tower `oneshot`): the first page in
//! English and Spanish, a few steps, "Back", save and reload, the memo.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use habeas_law::Law;
use habeas_store::{Role, SqliteStore, Store};
use habeas_web::Backend;
use tower::ServiceExt;

#[derive(Clone)]
struct Test {
    law: Arc<Law>,
    store: Arc<dyn Store>,
}

impl Backend for Test {
    fn law(&self) -> &Law {
        &self.law
    }
    fn store(&self) -> Arc<dyn Store> {
        Arc::clone(&self.store)
    }
}

fn backend(name: &str) -> Test {
    let dir = std::env::temp_dir().join(format!("habeas-web-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = SqliteStore::open(&dir.join("h.db")).unwrap();
    Test {
        law: Arc::new(Law::embedded().unwrap()),
        store: Arc::new(store),
    }
}

async fn call(t: &Test, req: Request<Body>) -> (StatusCode, String) {
    let app = habeas_web::router::<Test>().with_state(t.clone());
    let res = app.oneshot(req).await.unwrap();
    let status = res.status();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&body).into_owned())
}

async fn get(t: &Test, uri: &str) -> (StatusCode, String) {
    call(t, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

async fn post(t: &Test, uri: &str, fields: &[(&str, &str)]) -> (StatusCode, String) {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", enc(v)))
        .collect();
    call(
        t,
        Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.join("&")))
            .unwrap(),
    )
    .await
}

/// The hidden state of a page, unescaped.
/// Answers the question on `page` with `answer` (a text or a radio
/// value): the next page.
async fn answer(t: &Test, page: &str, lang: &str, answer: &str) -> String {
    post(
        t,
        "/interview",
        &[
            ("state", &state(page)),
            ("lang", lang),
            ("go", "next"),
            ("answer", answer),
        ],
    )
    .await
    .1
}

fn state(html: &str) -> String {
    let start = html.find("name=\"state\" value=\"").unwrap() + 20;
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x2f;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[tokio::test]
async fn first_page_in_english_and_spanish() {
    let t = backend("first");
    for lang in ["en", "es"] {
        let (status, html) = get(&t, &format!("/interview?lang={lang}&as_of=2026-01-01")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")));
        insta::assert_snapshot!(format!("first_page_{lang}"), html);
    }
}

#[tokio::test]
async fn steps_back_dont_know_save_reload_and_memo() {
    let t = backend("flow");
    let (_, first) = get(&t, "/interview?lang=en&as_of=2026-01-01").await;
    let s0 = state(&first);
    // An empty answer is refused with a message, and the state is kept.
    let (_, refused) = post(
        &t,
        "/interview",
        &[("state", &s0), ("lang", "en"), ("go", "next")],
    )
    .await;
    assert!(refused.contains("Please answer"), "{refused}");
    assert_eq!(state(&refused), s0);
    // A partial date and a country.
    let (_, two) = post(
        &t,
        "/interview",
        &[
            ("state", &s0),
            ("lang", "en"),
            ("go", "next"),
            ("born_date", "1990"),
            ("born_country", "mx"),
        ],
    )
    .await;
    let s1 = state(&two);
    assert_ne!(s1, s0);
    assert!(s1.contains("\"1990\"") && s1.contains("\"MX\""), "{s1}");
    assert!(two.contains("Question 2"), "{two}");
    // "I don't know", then "Back" twice returns to the start.
    let (_, three) = post(
        &t,
        "/interview",
        &[("state", &s1), ("lang", "en"), ("go", "dontknow")],
    )
    .await;
    let s2 = state(&three);
    assert_ne!(s2, s1);

    let (_, back) = post(
        &t,
        "/interview",
        &[("state", &s2), ("lang", "en"), ("go", "back")],
    )
    .await;
    assert_eq!(state(&back), s1);
    // Switching the language keeps the state.
    let (_, es) = post(
        &t,
        "/interview",
        &[("state", &s1), ("lang", "es"), ("go", "lang")],
    )
    .await;
    assert!(es.contains("<html lang=\"es\">"));
    assert_eq!(state(&es), s1);
    // Saving needs an attorney token.
    let org = t.store.create_org("clinic").unwrap();
    let viewer = t.store.create_token(org.id, Role::Viewer).unwrap().token;
    let attorney = t.store.create_token(org.id, Role::Attorney).unwrap().token;
    let (_, bad) = post(
        &t,
        "/interview",
        &[
            ("state", &s1),
            ("lang", "en"),
            ("go", "save"),
            ("token", "nope"),
        ],
    )
    .await;
    assert!(bad.contains("That token was not accepted"));
    let (_, low) = post(
        &t,
        "/interview",
        &[
            ("state", &s1),
            ("lang", "en"),
            ("go", "save"),
            ("token", &viewer),
        ],
    )
    .await;
    assert!(low.contains("cannot save cases"));
    let (_, saved) = post(
        &t,
        "/interview",
        &[
            ("state", &s1),
            ("lang", "en"),
            ("go", "save"),
            ("token", &attorney),
        ],
    )
    .await;
    assert!(saved.contains("Saved as case"), "{saved}");
    assert!(
        !saved.contains(&attorney),
        "the token is never put back into the page"
    );
    let start = saved.find("/interview/load?id=").unwrap() + 19;
    let id = &saved[start..start + saved[start..].find('&').unwrap()];
    let (status, form) = get(&t, &format!("/interview/load?id={id}&lang=en")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(id));
    let (status, _) = post(
        &t,
        "/interview/load",
        &[("id", id), ("token", "nope"), ("lang", "en")],
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, loaded) = post(
        &t,
        "/interview/load",
        &[("id", id), ("token", &viewer), ("lang", "en")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(state(&loaded).contains("\"MX\""));
    // The memo, in HTML and PDF.
    let (status, memo) = post(&t, "/interview/memo", &[("state", &s1), ("lang", "es")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(memo.contains("lang=\"es\""));
    let app = habeas_web::router::<Test>().with_state(t.clone());
    let res = app
        .oneshot(
            Request::post("/interview/memo.pdf")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("lang=en&state={}", enc(&s1))))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let pdf = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

#[tokio::test]
async fn dont_know_about_the_family_still_names_the_parents() {
    let t = backend("family");
    let (_, first) = get(&t, "/interview?lang=en&as_of=2026-01-01").await;
    let (_, two) = post(
        &t,
        "/interview",
        &[
            ("state", &state(&first)),
            ("lang", "en"),
            ("go", "next"),
            ("born_date", "1990-05-01"),
            ("born_country", "mx"),
        ],
    )
    .await;
    // First the person's own U.S. documents, as choices; none.
    assert!(two.contains("U.S. document"), "{two}");
    assert!(two.contains("value=\"us_passport\""), "{two}");
    let two = answer(&t, &two, "en", "none").await;
    assert!(two.contains("parents"), "{two}");
    let (_, three) = post(
        &t,
        "/interview",
        &[("state", &state(&two)), ("lang", "en"), ("go", "dontknow")],
    )
    .await;
    // Without the parents nothing about them was ever asked (review of the
    // fourteenth session): for a birth abroad, the main route.
    let s = state(&three);
    assert!(s.contains("\"mother\"") && s.contains("\"father\""), "{s}");
}

#[tokio::test]
async fn a_forged_state_starts_again() {
    let t = backend("forged");
    let (status, html) = post(
        &t,
        "/interview",
        &[("state", "{\"case\": 1}"), ("lang", "en"), ("go", "next")],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("could not be read"));
}

/// Citizenship settled, the page asks what is proposed (radio buttons), and
/// the answer is decided; a country may be written by its name (review of
/// the fourteenth session: the interview never asked the action).
#[tokio::test]
async fn the_proposed_action_is_asked_after_citizenship() {
    let t = backend("action");
    let (_, first) = get(&t, "/interview?lang=es&as_of=2026-01-01").await;
    let (_, two) = post(
        &t,
        "/interview",
        &[
            ("state", &state(&first)),
            ("lang", "es"),
            ("go", "next"),
            ("born_date", "4 de julio de 2001"),
            ("born_country", "Estados Unidos"),
        ],
    )
    .await;
    assert!(state(&two).contains("\"2001-07-04\""), "{two}");
    assert!(two.contains("¿Qué se propone para la persona"), "{two}");
    assert!(two.contains("value=\"removal\""), "{two}");
    let three = answer(&t, &two, "es", "removal").await;
    assert!(state(&three).contains("\"removal\""), "{three}");
    assert!(three.contains("Las preguntas están resueltas"), "{three}");
    // "Nothing yet" records no action, and the question is not asked again.
    let none = answer(&t, &two, "es", "none").await;
    assert!(!state(&none).contains("\"action\":{"), "{none}");
    assert!(none.contains("Las preguntas están resueltas"), "{none}");
}

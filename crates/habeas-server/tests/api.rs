//! The HTTP API in process (`oneshot`), on SQLite and (when
//! `HABEAS_TEST_DATABASE_URL` is set) PostgreSQL: every route, every role,
//! the authorization matrix, bad input, logs without personal data, the
//! OpenAPI document, and the CLI's admin and audit commands.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use habeas_law::Law;
use habeas_server::{Access, AppState, app};
use habeas_store::{NewOrder, PgStore, Role, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt as _;

fn law() -> Arc<Law> {
    static LAW: OnceLock<Arc<Law>> = OnceLock::new();
    Arc::clone(LAW.get_or_init(|| Arc::new(Law::embedded().unwrap())))
}

static N: AtomicU64 = AtomicU64::new(0);

struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let p = std::env::temp_dir().join(format!(
            "habeas-server-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Two organizations, with a token of every role in each.
struct Env {
    store: Arc<dyn Store>,
    app: Router,
    a: i64,
    b: i64,
    tokens: Vec<(i64, Role, String)>,
    _dir: Option<TempDir>,
}

impl Env {
    fn with(store: Arc<dyn Store>, dir: Option<TempDir>) -> Env {
        let a = store.create_org("Org A").unwrap().id;
        let b = store.create_org("Org B").unwrap().id;
        let mut tokens = Vec::new();
        for org in [a, b] {
            for role in Role::ALL {
                tokens.push((org, role, store.create_token(org, role).unwrap().token));
            }
        }
        let app = app(AppState::new(Arc::clone(&store), law()));
        Env {
            store,
            app,
            a,
            b,
            tokens,
            _dir: dir,
        }
    }

    fn sqlite() -> Env {
        let dir = TempDir::new();
        let store = SqliteStore::open(&dir.0.join("habeas.db")).unwrap();
        Env::with(Arc::new(store), Some(dir))
    }

    fn pg() -> Option<Env> {
        let Ok(url) = std::env::var("HABEAS_TEST_DATABASE_URL") else {
            eprintln!(
                "notice: PostgreSQL test skipped: HABEAS_TEST_DATABASE_URL is not set (run scripts/postgres-test.sh)"
            );
            return None;
        };
        let store = PgStore::connect(&url).unwrap();
        Some(Env::with(Arc::new(store), None))
    }

    fn token(&self, org: i64, role: Role) -> &str {
        &self
            .tokens
            .iter()
            .find(|(o, r, _)| *o == org && *r == role)
            .unwrap()
            .2
    }

    async fn call(
        &self,
        method: Method,
        uri: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let body = body.map(|b| b.to_string());
        self.raw(method, uri, token, body).await
    }

    async fn raw(
        &self,
        method: Method,
        uri: &str,
        token: Option<&str>,
        body: Option<String>,
    ) -> (StatusCode, Value) {
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        if body.is_some() {
            req = req.header("content-type", "application/json");
        }
        let req = req.body(body.map_or_else(Body::empty, Body::from)).unwrap();
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        let v = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()))
        };
        (status, v)
    }

    /// A case of an organization, stored directly.
    fn fixture_case(&self, org: i64) -> String {
        self.blocking(|s| {
            s.create_case(
                org,
                &habeas_store::CaseInput {
                    case_json: texas(None).to_string(),
                    subject_name: Some("Fixture Person".into()),
                    a_number: None,
                },
            )
        })
        .unwrap()
        .id
    }

    /// Uses the store directly (blocking: PostgreSQL's client runs its own
    /// runtime).
    fn blocking<T>(&self, f: impl FnOnce(&dyn Store) -> T) -> T {
        tokio::task::block_in_place(|| f(&*self.store))
    }
}

/// The Texas case of `cases/`, optionally with a name.
fn texas(name: Option<&str>) -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../cases/born-in-texas.json"
    ))
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    if let Some(n) = name {
        v["people"]["p"]["name"] = json!(n);
    }
    v
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let env = super::Env::sqlite();
                    super::$name(&env).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(env) = tokio::task::block_in_place(super::Env::pg) else { return };
                    super::$name(&env).await;
                    // Dropping a PostgreSQL client blocks: not on a worker.
                    tokio::task::block_in_place(move || drop(env));
                }
            )*
        }
    };
}

suite!(
    health_needs_no_token_and_nothing_else_answers_without_one,
    determine_gives_the_cli_json,
    bad_input_gets_400_413_422_and_404,
    cases_are_created_versioned_searched_and_deleted,
    court_orders_and_deadlines,
    decisions_are_recorded_verified_and_replayable,
    another_organization_gets_404,
    authorization_matrix,
);

async fn health_needs_no_token_and_nothing_else_answers_without_one(env: &Env) {
    let (s, v) = env.call(Method::GET, "/health", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["status"], "ok");
    assert_eq!(v["law"], law().version().hash.as_str());
    for r in habeas_server::routes() {
        if r.access == Access::Public {
            continue;
        }
        let uri = r
            .path
            .replace("{id}", "1")
            .replace("{version}", "1")
            .replace("{order}", "1");
        let (s, v) = env.call(r.method.clone(), &uri, None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{} {}", r.method, r.path);
        assert_eq!(v["format"], "habeas.error/1");
        let (s, _) = env
            .call(r.method.clone(), &uri, Some("hb_1_nonsense"), None)
            .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{} {}", r.method, r.path);
    }
}

async fn determine_gives_the_cli_json(env: &Env) {
    let t = env.token(env.a, Role::Viewer).to_string();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../cases");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".json") || name.ends_with(".expect.json") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let (s, v) = env
            .raw(Method::POST, "/v1/determine", Some(&t), Some(text.clone()))
            .await;
        match habeas_case::parse_case(&text) {
            Ok(case) => {
                n += 1;
                assert_eq!(s, StatusCode::OK, "{name}: {v}");
                let d = law().determine(&case, habeas_lang::Mode::Explain);
                assert_eq!(v, d.to_json(false), "{name}");
                let (s, v) = env
                    .raw(
                        Method::POST,
                        "/v1/determine?explain=true",
                        Some(&t),
                        Some(text),
                    )
                    .await;
                assert_eq!(s, StatusCode::OK);
                assert_eq!(v, d.to_json(true), "{name}");
            }
            Err(e) => {
                assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
                assert_eq!(
                    v["errors"],
                    serde_json::to_value(&e.errors).unwrap(),
                    "{name}"
                );
            }
        }
    }
    assert!(n >= 3);
}

async fn bad_input_gets_400_413_422_and_404(env: &Env) {
    let t = env.token(env.a, Role::Admin).to_string();
    let (s, v) = env
        .raw(
            Method::POST,
            "/v1/determine",
            Some(&t),
            Some("{\"format\": ".into()),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not valid JSON"),
        "{v}"
    );

    // A key written twice: 422 at its path, as the CLI (review of
    // 2026-11-29: the last one was read).
    let (s, v) = env
        .raw(
            Method::POST,
            "/v1/determine",
            Some(&t),
            Some(texas(None).to_string().replacen(
                "\"country\":\"US\"",
                "\"country\":\"US\",\"country\":\"SV\"",
                1,
            )),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["errors"][0]["path"], "people.p.born.country");

    let mut bad = texas(None);
    bad["people"]["p"]["born"]["date"] = json!("2023-02-29");
    let (s, v) = env
        .call(Method::POST, "/v1/determine", Some(&t), Some(bad.clone()))
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let cli = habeas_case::parse_case_value(bad.clone()).unwrap_err();
    assert_eq!(v["errors"], serde_json::to_value(&cli.errors).unwrap());
    assert_eq!(v["errors"][0]["path"], "people.p.born.date");

    // In a case body the paths start with `case.`.
    let (s, v) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": bad})),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["errors"][0]["path"], "case.people.p.born.date");
    let (s, v) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": texas(None), "a_number": "A12"})),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["errors"][0]["path"], "a_number");
    let (s, v) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": texas(None), "oops": 1})),
        )
        .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");

    let big = format!(
        "{{\"pad\": \"{}\"}}",
        "x".repeat(habeas_server::MAX_BODY + 10)
    );
    let (s, v) = env
        .raw(Method::POST, "/v1/determine", Some(&t), Some(big))
        .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    // In the API's error envelope, naming the limit (it was plain text).
    assert_eq!(v["format"], "habeas.error/1", "{v}");
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("1 MiB"),
        "{v}"
    );

    let (s, v) = env.call(Method::GET, "/v1/nothing", Some(&t), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(v["format"], "habeas.error/1");
    let (s, _) = env.call(Method::GET, "/nothing", None, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = env.call(Method::PATCH, "/v1/cases", Some(&t), None).await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    let (s, _) = env
        .call(Method::GET, "/v1/deadlines?from=tomorrow", Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = env
        .call(
            Method::POST,
            "/v1/determine?explain=maybe",
            Some(&t),
            Some(texas(None)),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

async fn cases_are_created_versioned_searched_and_deleted(env: &Env) {
    let t = env.token(env.a, Role::Admin).to_string();
    let (s, c) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": texas(Some("Ana María Pérez")), "a_number": "A-012-345-678"})),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{c}");
    let id = c["id"].as_str().unwrap().to_string();
    assert_eq!(c["version"], 1);
    assert_eq!(c["a_number"], "A012345678");
    assert_eq!(c["case"], texas(Some("Ana María Pérez")));
    // The A-number is store metadata, not part of the case JSON.
    assert!(c["case"].get("a_number").is_none());

    let (s, u) = env
        .call(
            Method::PUT,
            &format!("/v1/cases/{id}"),
            Some(&t),
            Some(json!({"case": texas(Some("Ana M. Pérez")), "a_number": "012345678", "expected_version": 1})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{u}");
    assert_eq!(u["version"], 2);
    let (s, _) = env
        .call(
            Method::PUT,
            &format!("/v1/cases/{id}"),
            Some(&t),
            Some(json!({"case": texas(None), "expected_version": 1})),
        )
        .await;
    assert_eq!(s, StatusCode::CONFLICT);

    let (_, now) = env
        .call(Method::GET, &format!("/v1/cases/{id}"), Some(&t), None)
        .await;
    assert_eq!(now["version"], 2);
    assert_eq!(now["case"]["people"]["p"]["name"], "Ana M. Pérez");
    let (_, v1) = env
        .call(
            Method::GET,
            &format!("/v1/cases/{id}/versions/1"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(v1["case"]["people"]["p"]["name"], "Ana María Pérez");
    let (_, vs) = env
        .call(
            Method::GET,
            &format!("/v1/cases/{id}/versions"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(vs["versions"].as_array().unwrap().len(), 2);
    let (s, _) = env
        .call(
            Method::GET,
            &format!("/v1/cases/{id}/versions/9"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    for q in [
        "q=p%C3%A9rez",
        "name=ANA",
        "q=A012345678",
        "a_number=A-012-345-678",
        "q=12345678",
    ] {
        let (s, l) = env
            .call(Method::GET, &format!("/v1/cases?{q}"), Some(&t), None)
            .await;
        assert_eq!(s, StatusCode::OK);
        let ids: Vec<_> = l["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].clone())
            .collect();
        assert_eq!(ids, vec![json!(id)], "{q}");
    }
    let (_, l) = env
        .call(Method::GET, "/v1/cases?q=nobody", Some(&t), None)
        .await;
    assert!(l["cases"].as_array().unwrap().is_empty());

    let (s, _) = env
        .call(Method::DELETE, &format!("/v1/cases/{id}"), Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = env
        .call(Method::GET, &format!("/v1/cases/{id}"), Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = env
        .call(Method::DELETE, &format!("/v1/cases/{id}"), Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

async fn court_orders_and_deadlines(env: &Env) {
    let t = env.token(env.a, Role::Attorney).to_string();
    let id = env.fixture_case(env.a);
    let add = |body: Value| {
        let uri = format!("/v1/cases/{id}/orders");
        let t = t.clone();
        async move { env.call(Method::POST, &uri, Some(&t), Some(body)).await }
    };
    let (s, stay) = add(json!({"kind": "stay_of_removal", "court": "D. Md.", "issued": "2030-01-01", "deadline": "2030-02-01"})).await;
    assert_eq!(s, StatusCode::CREATED, "{stay}");
    let (s, ret) = add(json!({"kind": "facilitate_return", "deadline": "2030-01-10T12:00:00-05:00", "description": "report on steps taken"})).await;
    assert_eq!(s, StatusCode::CREATED, "{ret}");
    assert_eq!(ret["deadline"], "2030-01-10T17:00:00Z");
    let (s, _) = add(json!({"kind": "notice_order"})).await;
    assert_eq!(s, StatusCode::CREATED);
    let (s, v) = add(json!({"kind": "decree"})).await;
    assert_eq!(
        (s, v["errors"][0]["path"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("kind"))
    );
    let (s, v) = add(json!({"kind": "tro", "deadline": "2030-02-30"})).await;
    assert_eq!(
        (s, v["errors"][0]["path"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("deadline"))
    );

    let (_, l) = env
        .call(
            Method::GET,
            &format!("/v1/cases/{id}/orders"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(l["orders"].as_array().unwrap().len(), 3);
    let (_, d) = env
        .call(Method::GET, "/v1/deadlines?from=2029-12-31", Some(&t), None)
        .await;
    let kinds: Vec<_> = d["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["kind"].clone())
        .collect();
    assert_eq!(
        kinds,
        vec![json!("facilitate_return"), json!("stay_of_removal")]
    );
    let (_, d) = env
        .call(Method::GET, "/v1/deadlines?from=2030-01-11", Some(&t), None)
        .await;
    assert_eq!(d["deadlines"].as_array().unwrap().len(), 1);

    let oid = ret["id"].as_i64().unwrap();
    let (s, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/cases/{id}/orders/{oid}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/cases/{id}/orders/{oid}"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

async fn decisions_are_recorded_verified_and_replayable(env: &Env) {
    let t = env.token(env.a, Role::Attorney).to_string();
    let admin = env.token(env.a, Role::Admin).to_string();
    // A case without `as_of`: the day is pinned in the record.
    let mut case = texas(None);
    case.as_object_mut().unwrap().remove("as_of");
    let (_, c) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": case})),
        )
        .await;
    let id = c["id"].as_str().unwrap().to_string();
    let (s, d1) = env
        .call(
            Method::POST,
            &format!("/v1/cases/{id}/determine"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{d1}");
    assert_eq!(d1["decision"]["case_version"], 1);
    assert_eq!(d1["decision"]["law_hash"], law().version().hash.as_str());
    assert_eq!(d1["determination"]["citizenship"]["status"], "citizen");
    assert!(
        d1["determination"]["citizenship"]
            .get("explanation")
            .is_none()
    );
    let (_, d2) = env
        .call(
            Method::POST,
            &format!("/v1/cases/{id}/determine?explain=true"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(d2["decision"]["prev_hash"], d1["decision"]["hash"]);
    assert_eq!(d2["decision"]["seq"], 2);
    assert!(
        d2["determination"]["citizenship"]
            .get("explanation")
            .is_some()
    );

    let (_, l) = env
        .call(
            Method::GET,
            &format!("/v1/cases/{id}/decisions"),
            Some(&t),
            None,
        )
        .await;
    assert_eq!(l["decisions"].as_array().unwrap().len(), 2);
    let did = d1["decision"]["id"].as_i64().unwrap();
    let (s, one) = env
        .call(Method::GET, &format!("/v1/decisions/{did}"), Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(one["determination"], d1["determination"]);

    let (s, r) = env
        .call(Method::GET, "/v1/audit/verify", Some(&admin), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["records"], 2);

    let (rec, replay) = env.blocking(|s| habeas_server::replay(&law(), s, did).unwrap());
    assert!(
        replay.identical && replay.explanation_identical,
        "{replay:?}"
    );
    assert_eq!(rec.as_of.len(), 10);
}

async fn another_organization_gets_404(env: &Env) {
    let id = env.fixture_case(env.a);
    let other = env.token(env.b, Role::Admin).to_string();
    let (s, v) = env
        .call(Method::GET, &format!("/v1/cases/{id}"), Some(&other), None)
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s2, v2) = env
        .call(Method::GET, "/v1/cases/c_doesnotexist", Some(&other), None)
        .await;
    assert_eq!(s2, StatusCode::NOT_FOUND);
    // The same answer as for a case that does not exist, but for the id.
    assert_eq!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .replace(&id, "X"),
        v2["errors"][0]["message"]
            .as_str()
            .unwrap()
            .replace("c_doesnotexist", "X")
    );
    let (_, l) = env.call(Method::GET, "/v1/cases", Some(&other), None).await;
    assert!(l["cases"].as_array().unwrap().is_empty());
}

/// What each route needs, written out independently of the route table.
const MATRIX: &[(&str, &str, Option<Role>)] = &[
    ("GET", "/health", None),
    ("POST", "/v1/determine", Some(Role::Viewer)),
    ("GET", "/v1/cases", Some(Role::Viewer)),
    ("POST", "/v1/cases", Some(Role::Attorney)),
    ("GET", "/v1/cases/{id}", Some(Role::Viewer)),
    ("PUT", "/v1/cases/{id}", Some(Role::Attorney)),
    ("DELETE", "/v1/cases/{id}", Some(Role::Admin)),
    ("GET", "/v1/cases/{id}/versions", Some(Role::Viewer)),
    (
        "GET",
        "/v1/cases/{id}/versions/{version}",
        Some(Role::Viewer),
    ),
    ("GET", "/v1/cases/{id}/orders", Some(Role::Viewer)),
    ("POST", "/v1/cases/{id}/orders", Some(Role::Attorney)),
    (
        "DELETE",
        "/v1/cases/{id}/orders/{order}",
        Some(Role::Attorney),
    ),
    ("GET", "/v1/deadlines", Some(Role::Viewer)),
    ("POST", "/v1/cases/{id}/determine", Some(Role::Attorney)),
    ("GET", "/v1/cases/{id}/decisions", Some(Role::Viewer)),
    ("GET", "/v1/decisions/{id}", Some(Role::Viewer)),
    ("GET", "/v1/audit/verify", Some(Role::Admin)),
    ("GET", "/v1/openapi.json", Some(Role::Viewer)),
];

/// Every route x every role x own / other organization.
async fn authorization_matrix(env: &Env) {
    let table: BTreeSet<(String, String)> = habeas_server::routes()
        .iter()
        .map(|r| (r.method.to_string(), r.path.to_string()))
        .collect();
    let matrix: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(
        table, matrix,
        "a route is missing from the matrix (or from the router)"
    );

    let mut checked = 0;
    for &(method, path, need) in MATRIX {
        let method: Method = method.parse().unwrap();
        for role in Role::ALL {
            for (caller_org, own) in [(env.a, true), (env.b, false)] {
                // Fresh records of organization A for every call (DELETE
                // destroys them).
                let case_id = env.fixture_case(env.a);
                let (order, decision) = env.blocking(|s| {
                    let order = s
                        .add_order(
                            env.a,
                            &case_id,
                            &NewOrder {
                                kind: "stay_of_removal".into(),
                                deadline: Some("2031-01-01".into()),
                                ..NewOrder::default()
                            },
                        )
                        .unwrap()
                        .unwrap();
                    let record = s.get_case(env.a, &case_id).unwrap().unwrap();
                    let decision = s
                        .record_decision(
                            env.a,
                            &habeas_server::decide_stored(&law(), &record).unwrap(),
                        )
                        .unwrap();
                    (order, decision)
                });
                let uri = if path == "/v1/decisions/{id}" {
                    format!("/v1/decisions/{}", decision.id)
                } else {
                    path.replace("{id}", &case_id)
                        .replace("{version}", "1")
                        .replace("{order}", &order.id.to_string())
                };
                let body = match (method.as_str(), path) {
                    ("POST", "/v1/determine") => Some(texas(None)),
                    ("POST", "/v1/cases") | ("PUT", _) => Some(json!({"case": texas(None)})),
                    ("POST", "/v1/cases/{id}/orders") => Some(json!({"kind": "notice_order"})),
                    _ => None,
                };
                let token = env.token(caller_org, role).to_string();
                let (s, v) = env.call(method.clone(), &uri, Some(&token), body).await;
                let names_a_record = path.contains('{');
                let expected = match need {
                    None => "ok",
                    Some(n) if role < n => "forbidden",
                    Some(_) if !own && names_a_record => "not_found",
                    Some(_) => "ok",
                };
                let got = if s.is_success() {
                    "ok"
                } else if s == StatusCode::FORBIDDEN {
                    "forbidden"
                } else if s == StatusCode::NOT_FOUND {
                    "not_found"
                } else {
                    "other"
                };
                assert_eq!(
                    got,
                    expected,
                    "{method} {path} as {role} of the {} organization: {s} {v}",
                    if own { "same" } else { "other" }
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, MATRIX.len() * 6);
}

/// The OpenAPI document in the repo describes exactly the routes of the
/// router, with the role each needs, and is what the server serves.
#[tokio::test]
async fn the_openapi_document_matches_the_router() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");
    let text = std::fs::read_to_string(path).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let mut documented = BTreeSet::new();
    for (p, item) in doc["paths"].as_object().unwrap() {
        for (m, op) in item.as_object().unwrap() {
            documented.insert((
                m.to_uppercase(),
                p.clone(),
                op["x-habeas-role"].as_str().unwrap().to_string(),
            ));
        }
    }
    let routed: BTreeSet<(String, String, String)> = habeas_server::routes()
        .iter()
        .map(|r| {
            let role = match r.access {
                Access::Public => "public".to_string(),
                Access::AtLeast(role) => role.to_string(),
            };
            (r.method.to_string(), r.path.to_string(), role)
        })
        .collect();
    let missing: Vec<_> = routed.difference(&documented).collect();
    let stale: Vec<_> = documented.difference(&routed).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "docs/openapi.json has drifted from the router\n  routes not documented: {missing:?}\n  documented but not routed: {stale:?}"
    );

    let env = Env::sqlite();
    let t = env.token(env.a, Role::Viewer).to_string();
    let (s, served) = env
        .call(Method::GET, "/v1/openapi.json", Some(&t), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(served, doc);
}

/// A `MakeWriter` into a shared buffer.
#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Names, dates of birth and A-numbers never reach the logs, even at the
/// most verbose level.
#[tokio::test]
async fn logs_hold_no_names_birth_dates_or_a_numbers() {
    let buf = Buf::default();
    let w = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || w.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let env = Env::sqlite();
    let t = env.token(env.a, Role::Admin).to_string();
    let name = "Zacarías Quintanilla";
    let dob = "1991-07-04";
    let mut case = texas(Some(name));
    let (_, c) = env
        .call(
            Method::POST,
            "/v1/cases",
            Some(&t),
            Some(json!({"case": case.clone(), "a_number": "A987654321"})),
        )
        .await;
    let id = c["id"].as_str().unwrap().to_string();
    env.call(Method::GET, "/v1/cases?q=Zacar%C3%ADas", Some(&t), None)
        .await;
    env.call(Method::GET, "/v1/cases?q=Quintanilla", Some(&t), None)
        .await;
    env.call(Method::GET, "/v1/cases?a_number=A987654321", Some(&t), None)
        .await;
    env.call(Method::POST, "/v1/determine", Some(&t), Some(case.clone()))
        .await;
    env.call(
        Method::POST,
        &format!("/v1/cases/{id}/determine"),
        Some(&t),
        None,
    )
    .await;
    case["people"]["p"]["born"]["date"] = json!("1991-02-30");
    env.call(Method::POST, "/v1/determine", Some(&t), Some(case.clone()))
        .await;
    env.call(
        Method::PUT,
        &format!("/v1/cases/{id}"),
        Some(&t),
        Some(json!({"case": case, "a_number": "A987654321"})),
    )
    .await;

    let logs = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.contains("/v1/cases"),
        "the requests were logged: {logs}"
    );
    for secret in ["Zacar", "Quintanilla", dob, "1991-02-30", "987654321"] {
        assert!(!logs.contains(secret), "`{secret}` is in the logs:\n{logs}");
    }
}

/// `habeas admin` and `habeas audit` (the functions behind them).
#[test]
fn admin_and_audit_commands() {
    use habeas_server::cli::{AdminCommand, AuditCommand, DbArgs, ServerCommand, run};
    let dir = TempDir::new();
    let db = DbArgs {
        db: Some(dir.0.join("cli.db")),
        database_url: None,
    };
    let o = run(
        ServerCommand::Admin {
            command: AdminCommand::CreateOrg {
                name: "Clinic".into(),
                db: db.clone(),
            },
        },
        None,
    );
    assert_eq!(o.code, 0, "{o:?}");
    assert_eq!(o.stdout, "1\n");
    assert_eq!(o.stderr, "created organization 1 (`Clinic`)\n");
    let o = run(
        ServerCommand::Admin {
            command: AdminCommand::CreateToken {
                org: 1,
                role: Role::Attorney,
                db: db.clone(),
            },
        },
        None,
    );
    assert_eq!(o.code, 0);
    let token = o.stdout.trim().to_string();
    assert!(token.starts_with("hb_1_"));
    let o = run(
        ServerCommand::Admin {
            command: AdminCommand::CreateToken {
                org: 7,
                role: Role::Viewer,
                db: db.clone(),
            },
        },
        None,
    );
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("there is no organization `7`"), "{o:?}");
    // A second token, revoked from the command line.
    let o = run(
        ServerCommand::Admin {
            command: AdminCommand::CreateToken {
                org: 1,
                role: Role::Viewer,
                db: db.clone(),
            },
        },
        None,
    );
    let second = o.stdout.trim().to_string();
    let second_id: i64 = second.split('_').nth(1).unwrap().parse().unwrap();
    let revoke = || {
        run(
            ServerCommand::Admin {
                command: AdminCommand::RevokeToken {
                    id: second_id,
                    db: db.clone(),
                },
            },
            None,
        )
    };
    let o = revoke();
    assert_eq!(
        (o.code, o.stdout.as_str()),
        (0, format!("revoked token {second_id}\n").as_str())
    );
    let o = revoke();
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("already revoked"), "{o:?}");
    assert_eq!(
        SqliteStore::open(db.db.as_ref().unwrap())
            .unwrap()
            .authenticate(&second)
            .unwrap(),
        None
    );

    let store = SqliteStore::open(db.db.as_ref().unwrap()).unwrap();
    assert_eq!(
        store.authenticate(&token).unwrap().unwrap().role,
        Role::Attorney
    );
    let c = store
        .create_case(
            1,
            &habeas_store::CaseInput {
                case_json: texas(None).to_string(),
                ..Default::default()
            },
        )
        .unwrap();
    for _ in 0..3 {
        store
            .record_decision(1, &habeas_server::decide_stored(&law(), &c).unwrap())
            .unwrap();
    }
    drop(store);

    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Verify {
                db: db.clone(),
                json: false,
            },
        },
        None,
    );
    assert_eq!(o.code, 0, "{o:?}");
    assert!(
        o.stdout
            .starts_with("organization 1: ok, 3 records, head 3 "),
        "{o:?}"
    );
    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Replay {
                id: 2,
                db: db.clone(),
            },
        },
        None,
    );
    assert_eq!(o.code, 0, "{o:?}");
    assert!(
        o.stdout
            .contains("identical: the result is byte-identical, and so is the explanation"),
        "{o:?}"
    );

    // A record whose result was edited replays as different, and verify
    // names it.
    let conn = tamper_with_decision_2(db.db.as_ref().unwrap());
    assert!(conn);
    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Verify {
                db: db.clone(),
                json: false,
            },
        },
        None,
    );
    assert_eq!(o.code, 1);
    assert!(o.stdout.contains("TAMPERED"), "{o:?}");
    assert!(
        o.stdout
            .contains("record 2 (id 2) was edited: its contents do not match its hash"),
        "{o:?}"
    );
    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Replay {
                id: 2,
                db: db.clone(),
            },
        },
        None,
    );
    assert_eq!(o.code, 1, "{o:?}");
    assert!(o.stdout.contains("DIFFERENT"), "{o:?}");
    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Replay { id: 99, db },
        },
        None,
    );
    assert_eq!(o.code, 2, "{o:?}");
    let missing = DbArgs {
        db: Some(dir.0.join("missing.db")),
        database_url: None,
    };
    let o = run(
        ServerCommand::Audit {
            command: AuditCommand::Verify {
                db: missing,
                json: false,
            },
        },
        None,
    );
    assert_eq!(o.code, 1, "{o:?}");
    assert!(o.stderr.contains("there is no database at"), "{o:?}");
}

/// Edits decision 2's result behind the store's back.
fn tamper_with_decision_2(path: &std::path::Path) -> bool {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute(
        "UPDATE decisions SET result = replace(result, 'citizen', 'not_citizen') WHERE id = 2",
        [],
    )
    .unwrap()
        == 1
}

/// The status of `GET /v1/cases` with a bearer token.
async fn list_cases_status(router: Router, token: String) -> StatusCode {
    // The scheme in lower case: it is case-insensitive (RFC 9110 § 11.1).
    let req = Request::builder()
        .uri("/v1/cases")
        .header("authorization", format!("bearer {token}"))
        .body(Body::empty())
        .unwrap();
    router.oneshot(req).await.unwrap().status()
}

/// A burst of requests with a token not yet checked waits for one argon2
/// check, not one each (a server just started, many connections at once).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_with_a_new_token_makes_one_argon2_check() {
    let dir = TempDir::new();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&dir.0.join("t.db")).unwrap());
    let org = store.create_org("Org").unwrap().id;
    let t = store.create_token(org, Role::Viewer).unwrap();
    let state = AppState::new(Arc::clone(&store), law());
    let router = app(state.clone());
    let mut tasks = Vec::new();
    for _ in 0..16 {
        tasks.push(tokio::spawn(list_cases_status(
            router.clone(),
            t.token.clone(),
        )));
    }
    for task in tasks {
        assert_eq!(task.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(state.token_checks(), 1);
    // A wrong secret is checked every time (it is never trusted).
    let wrong = format!("{}x", t.token);
    for _ in 0..2 {
        assert_eq!(
            list_cases_status(router.clone(), wrong.clone()).await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(state.token_checks(), 3);
}

/// A token check is renewed in the background past half its life (so no
/// request waits for argon2 under steady traffic), and a revoked token is
/// refused once the trusted check has run out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_checks_are_renewed_ahead_and_revocation_takes_effect() {
    let dir = TempDir::new();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&dir.0.join("t.db")).unwrap());
    let org = store.create_org("Org").unwrap().id;
    let t = store.create_token(org, Role::Viewer).unwrap();
    let ttl = std::time::Duration::from_millis(800);
    let state = AppState::with_token_ttl(Arc::clone(&store), law(), ttl);
    let router = app(state.clone());
    let status = list_cases_status;
    assert_eq!(
        status(router.clone(), t.token.clone()).await,
        StatusCode::OK
    );
    let first = state.token_checked_at(&t.token).unwrap();
    // Past half the trusted time: answered at once, and a check starts.
    tokio::time::sleep(ttl / 2 + ttl / 8).await;
    assert_eq!(
        status(router.clone(), t.token.clone()).await,
        StatusCode::OK
    );
    let mut renewed = false;
    for _ in 0..100 {
        if state
            .token_checked_at(&t.token)
            .is_some_and(|at| at > first)
        {
            renewed = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(renewed, "the token check was not renewed in the background");
    // Revoked: refused once the trusted check has run out.
    let s2 = Arc::clone(&store);
    let revoked = tokio::task::spawn_blocking(move || s2.revoke_token(t.id).unwrap())
        .await
        .unwrap();
    assert!(revoked);
    tokio::time::sleep(ttl + ttl / 4).await;
    assert_eq!(
        status(router.clone(), t.token.clone()).await,
        StatusCode::UNAUTHORIZED
    );
}

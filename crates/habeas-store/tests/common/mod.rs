//! Test harness: a fresh store on SQLite (a temporary file) or on the
//! PostgreSQL named by `HABEAS_TEST_DATABASE_URL`, plus raw SQL for
//! tampering.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use habeas_store::{PgStore, SqliteStore, Store};

static N: AtomicU64 = AtomicU64::new(0);

/// A temporary folder, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let p = std::env::temp_dir().join(format!(
            "habeas-store-test-{}-{}-{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub enum Backend {
    Sqlite(TempDir),
    Pg(String),
}

pub struct Harness {
    pub store: Box<dyn Store>,
    pub backend: Backend,
}

impl Harness {
    pub fn sqlite() -> Harness {
        let dir = TempDir::new();
        let store = SqliteStore::open(&dir.0.join("habeas.db")).unwrap();
        Harness {
            store: Box::new(store),
            backend: Backend::Sqlite(dir),
        }
    }

    /// `None` (with a notice) when no PostgreSQL is configured.
    pub fn pg() -> Option<Harness> {
        let Ok(url) = std::env::var("HABEAS_TEST_DATABASE_URL") else {
            eprintln!(
                "notice: PostgreSQL test skipped: HABEAS_TEST_DATABASE_URL is not set (run scripts/postgres-test.sh)"
            );
            return None;
        };
        let store = PgStore::connect(&url).unwrap();
        Some(Harness {
            store: Box::new(store),
            backend: Backend::Pg(url),
        })
    }

    /// Runs raw SQL on the database, behind the store's back.
    pub fn exec(&self, sql: &str) {
        match &self.backend {
            Backend::Sqlite(dir) => {
                let c = rusqlite::Connection::open(dir.0.join("habeas.db")).unwrap();
                c.execute_batch(sql).unwrap();
            }
            Backend::Pg(url) => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).unwrap();
                c.batch_execute(sql).unwrap();
            }
        }
    }
}

/// Defines each test twice: on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $name() {
                    let h = super::common::Harness::sqlite();
                    super::$name(&h);
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $name() {
                    let Some(h) = super::common::Harness::pg() else { return };
                    super::$name(&h);
                }
            )*
        }
    };
}

//! The `habeas serve`, `habeas admin` and `habeas audit` commands.
//!
//! The `habeas` binary flattens [`ServerCommand`] into its own commands
//! and calls [`run`]. Like the other commands, [`run`] returns what to
//! print and the exit code, so tests need no process.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Subcommand};
use habeas_law::Law;
use habeas_store::{Role, Store};

use crate::{AppError, AppState};

/// The server's commands.
#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Run the HTTP API (cases, court orders, decision log).
    Serve {
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
        bind: String,
    },
    /// Create organizations and API tokens.
    Admin {
        /// What to do.
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Check the decision log.
    Audit {
        /// What to do.
        #[command(subcommand)]
        command: AuditCommand,
    },
}

/// `habeas admin ...`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an organization; prints its id.
    CreateOrg {
        /// Its name.
        name: String,
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
    },
    /// Create an API token; it is printed once and never stored.
    CreateToken {
        /// The organization's id.
        #[arg(long)]
        org: i64,
        /// `admin`, `attorney` or `viewer`.
        #[arg(long)]
        role: Role,
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
    },
    /// List the organizations.
    ListOrgs {
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
    },
    /// Revoke an API token (by the id printed when it was created, the
    /// number after `hb_` in the token); a running server stops accepting
    /// it within a minute.
    RevokeToken {
        /// The token's id.
        id: i64,
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
    },
}

/// `habeas audit ...`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Verify every organization's decision log; name each edited, deleted,
    /// moved or missing record.
    Verify {
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Re-evaluate a decision record with the current law and say whether the
    /// result is byte-identical.
    Replay {
        /// The decision record's id.
        id: i64,
        /// Where the data lives.
        #[command(flatten)]
        db: DbArgs,
    },
}

/// Where the data lives: a SQLite file or a PostgreSQL URL.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// The SQLite database file (created if missing).
    #[arg(long, value_name = "PATH", conflicts_with = "database_url")]
    pub db: Option<PathBuf>,
    /// A PostgreSQL URL (`postgres://user@host:port/db`).
    #[arg(long, value_name = "URL")]
    pub database_url: Option<String>,
}

impl DbArgs {
    /// Opens a store that must exist already (for `audit`): a SQLite file
    /// that is missing is an error, not a new empty database.
    pub fn open_existing(&self) -> Result<Box<dyn Store>, String> {
        if self.database_url.is_none() {
            let p = self
                .db
                .clone()
                .unwrap_or_else(|| PathBuf::from("habeas.db"));
            if !p.exists() {
                return Err(format!(
                    "there is no database at `{}`: pass --db PATH or --database-url URL",
                    p.display()
                ));
            }
        }
        self.open()
    }

    /// Opens the store (default: `habeas.db` in the current folder).
    pub fn open(&self) -> Result<Box<dyn Store>, String> {
        let r = match (&self.database_url, &self.db) {
            (Some(url), _) => {
                habeas_store::PgStore::connect(url).map(|s| Box::new(s) as Box<dyn Store>)
            }
            (None, Some(p)) => {
                habeas_store::SqliteStore::open(p).map(|s| Box::new(s) as Box<dyn Store>)
            }
            (None, None) => habeas_store::SqliteStore::open(Path::new("habeas.db"))
                .map(|s| Box::new(s) as Box<dyn Store>),
        };
        r.map_err(|e| e.to_string())
    }
}

/// What a command printed, and its exit code.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Exit code: 0 on success, 1 for a failed check, 2 for bad input.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

fn ok(stdout: String) -> Outcome {
    Outcome {
        code: 0,
        stdout,
        stderr: String::new(),
    }
}

fn fail(code: i32, message: impl std::fmt::Display) -> Outcome {
    Outcome {
        code,
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
    }
}

fn load_law(dir: Option<&Path>) -> Result<Law, String> {
    match dir {
        Some(d) => Law::from_dir(d),
        None => Law::embedded(),
    }
    .map_err(|e| e.to_string())
}

/// Runs a server command. `law` is the global `--law DIR`.
pub fn run(cmd: ServerCommand, law: Option<&Path>) -> Outcome {
    match cmd {
        ServerCommand::Serve { db, bind } => serve(&db, &bind, law),
        ServerCommand::Admin { command } => admin(command),
        ServerCommand::Audit {
            command: AuditCommand::Verify { db, json },
        } => audit_verify(&db, json),
        ServerCommand::Audit {
            command: AuditCommand::Replay { id, db },
        } => audit_replay(&db, id, law),
    }
}

fn serve(db: &DbArgs, bind: &str, law: Option<&Path>) -> Outcome {
    let law = match load_law(law) {
        Ok(l) => l,
        Err(e) => return fail(2, e),
    };
    let store = match db.open() {
        Ok(s) => s,
        Err(e) => return fail(2, e),
    };
    // Log lines are written by a background thread, off the request path
    // (a line per request at thousands of requests a second); none is
    // dropped when it falls behind: requests then wait for it. The guard
    // flushes what is left when the server stops.
    let (writer, _guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .finish(std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_max_level(tracing::Level::INFO)
        .with_target(false)
        .try_init();
    let state = AppState::new(Arc::from(store), Arc::new(law));
    match crate::serve(state, bind, |addr| {
        eprintln!("habeas: listening on http://{addr}");
    }) {
        Ok(()) => ok(String::new()),
        Err(e) => fail(1, e),
    }
}

fn admin(cmd: AdminCommand) -> Outcome {
    match cmd {
        AdminCommand::CreateOrg { name, db } => {
            let name = name.trim();
            if name.is_empty() {
                return fail(2, "the organization's name is empty");
            }
            match db
                .open()
                .and_then(|s| s.create_org(name).map_err(|e| e.to_string()))
            {
                // The id alone on standard output, so that
                // `--org $(habeas admin create-org NAME)` works; the
                // sentence for people on standard error (review of
                // 2026-11-30).
                Ok(o) => Outcome {
                    code: 0,
                    stdout: format!("{}\n", o.id),
                    stderr: format!("created organization {} (`{}`)\n", o.id, o.name),
                },
                Err(e) => fail(1, e),
            }
        }
        AdminCommand::CreateToken { org, role, db } => {
            match db
                .open()
                .and_then(|s| s.create_token(org, role).map_err(|e| e.to_string()))
            {
                Ok(t) => Outcome {
                    code: 0,
                    stdout: format!("{}\n", t.token),
                    stderr: format!(
                        "created a token with role `{}` for organization {} (token id {}); it is shown only now: keep it secret\n",
                        t.role, t.org, t.id
                    ),
                },
                Err(e) => fail(1, e),
            }
        }
        AdminCommand::RevokeToken { id, db } => match db
            .open_existing()
            .and_then(|s| s.revoke_token(id).map_err(|e| e.to_string()))
        {
            Ok(true) => ok(format!("revoked token {id}\n")),
            Ok(false) => fail(
                1,
                format!("there is no token {id} that is not already revoked"),
            ),
            Err(e) => fail(1, e),
        },
        AdminCommand::ListOrgs { db } => match db
            .open()
            .and_then(|s| s.list_orgs().map_err(|e| e.to_string()))
        {
            Ok(orgs) => ok(orgs
                .iter()
                .map(|o| format!("{}\t{}\t{}\n", o.id, o.name, o.created_at))
                .collect()),
            Err(e) => fail(1, e),
        },
    }
}

fn audit_verify(db: &DbArgs, json: bool) -> Outcome {
    let reports = match db
        .open_existing()
        .and_then(|s| s.verify(None).map_err(|e| e.to_string()))
    {
        Ok(r) => r,
        Err(e) => return fail(1, e),
    };
    let all_ok = reports.iter().all(|r| r.ok);
    let stdout = if json {
        format!(
            "{}\n",
            serde_json::to_string_pretty(&reports).unwrap_or_default()
        )
    } else {
        let mut out = String::new();
        for r in &reports {
            if r.ok {
                out.push_str(&format!(
                    "organization {}: ok, {} records, head {} {}\n",
                    r.org, r.records, r.head_seq, r.head_hash
                ));
            } else {
                out.push_str(&format!(
                    "organization {}: TAMPERED, {} records, head {} {}\n",
                    r.org, r.records, r.head_seq, r.head_hash
                ));
                for p in &r.problems {
                    out.push_str(&format!("  - {}\n", p.message()));
                }
            }
        }
        if reports.is_empty() {
            out.push_str("no organizations\n");
        }
        out
    };
    Outcome {
        code: if all_ok { 0 } else { 1 },
        stdout,
        stderr: String::new(),
    }
}

fn audit_replay(db: &DbArgs, id: i64, law: Option<&Path>) -> Outcome {
    let law = match load_law(law) {
        Ok(l) => l,
        Err(e) => return fail(2, e),
    };
    let store = match db.open_existing() {
        Ok(s) => s,
        Err(e) => return fail(2, e),
    };
    match crate::replay(&law, &*store, id) {
        Ok((rec, r)) => {
            let mut out = format!(
                "decision {} (organization {}, record {}): case `{}` version {}, as of {}\n",
                rec.id, rec.org, rec.seq, rec.case_id, rec.case_version, rec.as_of
            );
            out.push_str(&format!(
                "  recorded with law {} and engine {}\n  replayed with law {} and engine {}\n",
                r.recorded_law, r.recorded_engine, r.current_law, r.current_engine
            ));
            if r.identical {
                out.push_str(&format!(
                    "identical: the result is byte-identical{}\n",
                    if r.explanation_identical {
                        ", and so is the explanation"
                    } else {
                        " (the explanation differs)"
                    }
                ));
            } else {
                out.push_str("DIFFERENT: the result is not byte-identical\n");
                out.push_str(&format!(
                    "  recorded: {}\n  now:      {}\n",
                    rec.result, r.result
                ));
            }
            Outcome {
                code: if r.identical { 0 } else { 1 },
                stdout: out,
                stderr: String::new(),
            }
        }
        Err(AppError::NotFound(m)) => fail(2, m),
        Err(AppError::Invalid(e)) => fail(1, format!("the stored case no longer parses: {e}")),
        Err(e) => fail(1, format!("{e:?}")),
    }
}

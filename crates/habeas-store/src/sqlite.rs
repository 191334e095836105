//! The embedded store: one SQLite file in WAL mode with `synchronous=FULL`.
//!
//! One connection serves every request (SQLite writes one at a time
//! anyway), except decision records: they go through a writer thread, with
//! its own connection, that commits whatever has queued up in one
//! transaction (group commit): each caller still returns only after its
//! record is durable, but one fsync serves many records.
//!
//! A decision's explanation is stored zstd-compressed (see
//! [`pack_explanation`]); everything else is stored as text.

use parking_lot::{Mutex, MutexGuard};
use std::path::Path;
use std::sync::mpsc;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use crate::chain::{self, GENESIS};
use crate::model::*;
use crate::{Chain, DecisionTicket, Result, Store, StoreError, now, random_id, token};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations(id),
    role TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations(id),
    version INTEGER NOT NULL,
    subject_name TEXT,
    name_key TEXT,
    a_number TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX IF NOT EXISTS cases_by_org ON cases(org_id, updated_at);
CREATE TABLE IF NOT EXISTS case_versions (
    case_id TEXT NOT NULL REFERENCES cases(id),
    version INTEGER NOT NULL,
    case_json TEXT NOT NULL,
    subject_name TEXT,
    a_number TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, version)
);
CREATE TABLE IF NOT EXISTS court_orders (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    court TEXT,
    issued TEXT,
    deadline TEXT,
    description TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS court_orders_by_deadline ON court_orders(org_id, deadline);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organizations(id),
    seq INTEGER NOT NULL,
    case_id TEXT NOT NULL,
    case_version INTEGER NOT NULL,
    as_of TEXT NOT NULL,
    law_hash TEXT NOT NULL,
    engine TEXT NOT NULL,
    result TEXT NOT NULL,
    explanation BLOB NOT NULL,
    recorded_at TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (org_id, seq)
);
CREATE INDEX IF NOT EXISTS decisions_by_case ON decisions(org_id, case_id);
CREATE TABLE IF NOT EXISTS chain_heads (
    org_id INTEGER PRIMARY KEY REFERENCES organizations(id),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
";

const DECISION_COLS: &str = "id, org_id, seq, case_id, case_version, as_of, law_hash, engine, \
     result, explanation, recorded_at, prev_hash, hash";
/// Where `explanation` is in [`DECISION_COLS`].
const EXPLANATION_COLUMN: usize = 9;
const ORDER_COLS: &str = "id, case_id, kind, court, issued, deadline, description, created_at";

/// Where the writer answers: a thread blocked in `record_decision`, or a
/// ticket of `submit_decision` awaited by async code.
enum Reply {
    Blocking(mpsc::SyncSender<Result<DecisionRecord>>),
    Ticket(tokio::sync::oneshot::Sender<Result<DecisionRecord>>),
}

impl Reply {
    fn send(self, r: Result<DecisionRecord>) {
        match self {
            Reply::Blocking(tx) => {
                let _ = tx.send(r);
            }
            Reply::Ticket(tx) => {
                let _ = tx.send(r);
            }
        }
    }
}

/// A decision waiting for the writer thread: its explanation is already
/// compressed (by the caller's thread, so the writer only writes).
struct Pending {
    org: OrgId,
    decision: NewDecision,
    packed: Vec<u8>,
    reply: Reply,
}

/// zstd level 1: the fastest level, and within 5 % of level 3's size on
/// explanations.
const EXPLANATION_LEVEL: i32 = 1;

/// The stored form of an explanation: zstd-compressed UTF-8.
///
/// Explanations are 15 to 80 KB of JSON and compress five to eight times.
/// Writing them uncompressed was most of a decision record's cost: the
/// kernel's work writing and checkpointing the WAL (docs/performance.md).
/// The chain's hash covers the uncompressed text ([`chain::canonical`]), so
/// verification and replay see exactly the bytes they saw before, and a
/// record written before compression (a TEXT value) is read as it is.
///
/// Each thread keeps its compression context: `zstd::bulk::compress` made
/// (and zeroed the tables of) a new one per record, which cost more than
/// compressing a 20 KB explanation.
fn pack_explanation(text: &str) -> Result<Vec<u8>> {
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> =
            const { std::cell::RefCell::new(None) };
    }
    let failed =
        |e: std::io::Error| StoreError::Database(format!("cannot compress an explanation: {e}"));
    COMPRESSOR.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = Some(zstd::bulk::Compressor::new(EXPLANATION_LEVEL).map_err(failed)?);
        }
        match c.as_mut() {
            Some(z) => z.compress(text.as_bytes()).map_err(failed),
            None => Err(StoreError::Database("no compression context".into())),
        }
    })
}

/// Reads a stored explanation: compressed (BLOB) or as written before
/// compression (TEXT). Bytes that do not decompress to UTF-8 were damaged
/// or edited outside habeas: they are read as a note saying so, whose hash
/// cannot match, so `audit verify` reports the record as edited instead of
/// failing to read the chain.
fn unpack_explanation(v: ValueRef<'_>) -> rusqlite::Result<String> {
    let bytes = match v {
        ValueRef::Text(t) => return String::from_utf8(t.to_vec()).map_err(damaged_text),
        ValueRef::Blob(b) => b,
        other => {
            return Err(rusqlite::Error::InvalidColumnType(
                EXPLANATION_COLUMN,
                "explanation".into(),
                other.data_type(),
            ));
        }
    };
    let text = zstd::stream::decode_all(bytes)
        .map_err(|e| e.to_string())
        .and_then(|raw| String::from_utf8(raw).map_err(|e| e.to_string()));
    Ok(text.unwrap_or_else(|e| format!("(the stored explanation cannot be read: {e})")))
}

fn damaged_text(e: std::string::FromUtf8Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        EXPLANATION_COLUMN,
        rusqlite::types::Type::Text,
        Box::new(e),
    )
}

/// The SQLite store.
pub struct SqliteStore {
    /// The connection for every request but decisions. Fair: the requests
    /// waiting for it are served in turn (an unfair lock let a few writers
    /// wait 100 ms and more under load while others went through).
    conn: Mutex<Connection>,
    writer: mpsc::Sender<Pending>,
}

fn db(e: impl std::fmt::Display) -> StoreError {
    StoreError::Database(e.to_string())
}

impl SqliteStore {
    /// Opens (creating if needed) the store in a file.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let conn = connect(path)?;
        conn.execute_batch(SCHEMA)?;
        // The decision writer has a connection of its own: in WAL mode,
        // reads on the main connection go on while it waits for an fsync
        // (a shared connection made every request wait behind each group
        // commit). Other writes wait for its lock (the busy timeout).
        let mut wconn = connect(path)?;
        let (tx, rx) = mpsc::channel::<Pending>();
        std::thread::Builder::new()
            .name("habeas-decision-writer".into())
            .spawn(move || group_commit(&mut wconn, &rx))
            .map_err(db)?;
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            writer: tx,
        })
    }

    /// Compresses a decision's explanation (on the caller's thread) and
    /// hands it to the writer.
    fn enqueue(&self, org: OrgId, decision: NewDecision, reply: Reply) -> Result<()> {
        let pending = Pending {
            org,
            packed: pack_explanation(&decision.explanation)?,
            decision,
            reply,
        };
        self.writer
            .send(pending)
            .map_err(|_| StoreError::Database("the decision writer has stopped".into()))
    }

    fn conn(&self) -> Result<MutexGuard<'_, Connection>> {
        Ok(self.conn.lock())
    }
}

/// A connection to the store's file: WAL mode, `synchronous=FULL`, foreign
/// keys on, a 10 s busy timeout, statements prepared once.
fn connect(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)
        .map_err(|e| StoreError::Database(format!("cannot open `{}`: {e}", path.display())))?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Database(format!(
            "cannot switch `{}` to WAL mode (it is in `{mode}` mode)",
            path.display()
        )));
    }
    conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")?;
    // Every statement is prepared once and kept (SQLite's compilation of
    // a statement costs more than most of these queries).
    conn.set_prepared_statement_cache_capacity(64);
    Ok(conn)
}

/// The writer thread: takes every queued decision, appends them all in one
/// transaction, then answers each caller.
fn group_commit(conn: &mut Connection, rx: &mpsc::Receiver<Pending>) {
    const MAX_BATCH: usize = 512;
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(x) => batch.push(x),
                Err(_) => break,
            }
        }
        let result = append(conn, &batch);
        match result {
            Ok(records) => {
                for (p, r) in batch.into_iter().zip(records) {
                    p.reply.send(Ok(r));
                }
            }
            Err(e) => {
                let msg = e.to_string();
                for p in batch {
                    p.reply.send(Err(StoreError::Database(msg.clone())));
                }
            }
        }
    }
}

fn append(conn: &mut Connection, batch: &[Pending]) -> Result<Vec<DecisionRecord>> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut out = Vec::with_capacity(batch.len());
    for p in batch {
        out.push(append_one(&tx, p)?);
    }
    tx.commit()?;
    Ok(out)
}

fn append_one(tx: &Transaction<'_>, p: &Pending) -> Result<DecisionRecord> {
    let (org, d) = (p.org, &p.decision);
    let head: Option<(i64, String)> = tx
        .prepare_cached("SELECT seq, hash FROM chain_heads WHERE org_id = ?1")?
        .query_row([org], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (last, prev_hash) = head.unwrap_or((0, GENESIS.to_string()));
    let mut r = DecisionRecord {
        id: 0,
        org,
        seq: last + 1,
        case_id: d.case_id.clone(),
        case_version: d.case_version,
        as_of: d.as_of.clone(),
        law_hash: d.law_hash.clone(),
        engine: d.engine.clone(),
        result: d.result.clone(),
        explanation: d.explanation.clone(),
        recorded_at: now(),
        prev_hash,
        hash: String::new(),
    };
    r.hash = chain::hash(&r);
    tx.prepare_cached("INSERT INTO decisions (org_id, seq, case_id, case_version, as_of, law_hash, engine, result, \
         explanation, recorded_at, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")?.execute(
        params![
            r.org,
            r.seq,
            r.case_id,
            r.case_version,
            r.as_of,
            r.law_hash,
            r.engine,
            r.result,
            p.packed,
            r.recorded_at,
            r.prev_hash,
            r.hash
        ],
    )?;
    r.id = tx.last_insert_rowid();
    tx.prepare_cached(
        "INSERT INTO chain_heads (org_id, seq, hash) VALUES (?1, ?2, ?3) \
         ON CONFLICT(org_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
    )?
    .execute(params![org, r.seq, r.hash])?;
    Ok(r)
}

fn decision(r: &Row<'_>) -> rusqlite::Result<DecisionRecord> {
    Ok(DecisionRecord {
        id: r.get(0)?,
        org: r.get(1)?,
        seq: r.get(2)?,
        case_id: r.get(3)?,
        case_version: r.get(4)?,
        as_of: r.get(5)?,
        law_hash: r.get(6)?,
        engine: r.get(7)?,
        result: r.get(8)?,
        explanation: unpack_explanation(r.get_ref(EXPLANATION_COLUMN)?)?,
        recorded_at: r.get(10)?,
        prev_hash: r.get(11)?,
        hash: r.get(12)?,
    })
}

fn order(r: &Row<'_>) -> rusqlite::Result<Order> {
    Ok(Order {
        id: r.get(0)?,
        case_id: r.get(1)?,
        kind: r.get(2)?,
        court: r.get(3)?,
        issued: r.get(4)?,
        deadline: r.get(5)?,
        description: r.get(6)?,
        created_at: r.get(7)?,
    })
}

/// The version of a live case of the organization.
fn live_version(c: &Connection, org: OrgId, id: &str) -> Result<Option<i64>> {
    Ok(c.prepare_cached(
        "SELECT version FROM cases WHERE id = ?1 AND org_id = ?2 AND deleted_at IS NULL",
    )?
    .query_row(params![id, org], |r| r.get(0))
    .optional()?)
}

fn read_version(
    c: &Connection,
    org: Option<OrgId>,
    id: &str,
    version: i64,
) -> Result<Option<CaseRecord>> {
    Ok(c.prepare_cached("SELECT c.id, c.org_id, v.version, v.case_json, v.subject_name, v.a_number, v.created_at \
         FROM cases c JOIN case_versions v ON v.case_id = c.id \
         WHERE c.id = ?1 AND v.version = ?2 AND (?3 IS NULL OR (c.org_id = ?3 AND c.deleted_at IS NULL))")?.query_row(
        params![id, version, org],
        case_record,
    )
    .optional()?)
}

/// A case version from a row of `id, org_id, version, case_json,
/// subject_name, a_number, created_at`.
fn case_record(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseRecord> {
    Ok(CaseRecord {
        id: r.get(0)?,
        org: r.get(1)?,
        version: r.get(2)?,
        case_json: r.get(3)?,
        subject_name: r.get(4)?,
        a_number: r.get(5)?,
        created_at: r.get(6)?,
    })
}

impl Store for SqliteStore {
    fn create_org(&self, name: &str) -> Result<Org> {
        let c = self.conn()?;
        let created_at = now();
        c.prepare_cached("INSERT INTO organizations (name, created_at) VALUES (?1, ?2)")?
            .execute(params![name, created_at])?;
        Ok(Org {
            id: c.last_insert_rowid(),
            name: name.to_string(),
            created_at,
        })
    }

    fn list_orgs(&self) -> Result<Vec<Org>> {
        let c = self.conn()?;
        let mut s =
            c.prepare_cached("SELECT id, name, created_at FROM organizations ORDER BY id")?;
        let rows = s.query_map([], |r| {
            Ok(Org {
                id: r.get(0)?,
                name: r.get(1)?,
                created_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn create_token(&self, org: OrgId, role: Role) -> Result<NewToken> {
        let secret = token::new_secret()?;
        let hash = token::hash(&secret)?;
        let c = self.conn()?;
        let exists: bool = c
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM organizations WHERE id = ?1)")?
            .query_row([org], |r| r.get(0))?;
        if !exists {
            return Err(StoreError::UnknownOrg(org));
        }
        c.prepare_cached(
            "INSERT INTO tokens (org_id, role, hash, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![org, role.as_str(), hash, now()])?;
        let id = c.last_insert_rowid();
        Ok(NewToken {
            id,
            org,
            role,
            token: token::format(id, &secret),
        })
    }

    fn token_row(&self, token_id: i64) -> Result<Option<TokenRow>> {
        let c = self.conn()?;
        let row: Option<(OrgId, String, String, Option<String>)> = c
            .prepare_cached("SELECT org_id, role, hash, revoked_at FROM tokens WHERE id = ?1")?
            .query_row([token_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        row.map(|(org, role, hash, revoked)| {
            Ok(TokenRow {
                org,
                role: role.parse().map_err(StoreError::Database)?,
                hash,
                revoked: revoked.is_some(),
            })
        })
        .transpose()
    }

    fn revoke_token(&self, token_id: i64) -> Result<bool> {
        let c = self.conn()?;
        let n = c
            .prepare_cached(
                "UPDATE tokens SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
            )?
            .execute(rusqlite::params![now(), token_id])?;
        Ok(n > 0)
    }

    fn create_case(&self, org: OrgId, input: &CaseInput) -> Result<CaseRecord> {
        let id = random_id("c_")?;
        let t = now();
        let mut c = self.conn()?;
        let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.prepare_cached("INSERT INTO cases (id, org_id, version, subject_name, name_key, a_number, created_at, updated_at) \
             VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?6)")?.execute(
            params![id, org, input.subject_name, name_key(input), input.a_number, t],
        )?;
        tx.prepare_cached("INSERT INTO case_versions (case_id, version, case_json, subject_name, a_number, created_at) \
             VALUES (?1, 1, ?2, ?3, ?4, ?5)")?.execute(
            params![id, input.case_json, input.subject_name, input.a_number, t],
        )?;
        tx.commit()?;
        Ok(CaseRecord {
            id,
            org,
            version: 1,
            case_json: input.case_json.clone(),
            subject_name: input.subject_name.clone(),
            a_number: input.a_number.clone(),
            created_at: t,
        })
    }

    fn update_case(
        &self,
        org: OrgId,
        id: &str,
        input: &CaseInput,
        expected_version: Option<i64>,
    ) -> Result<Option<CaseRecord>> {
        let t = now();
        let mut c = self.conn()?;
        let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let Some(current) = live_version(&tx, org, id)? else {
            return Ok(None);
        };
        if let Some(expected) = expected_version
            && expected != current
        {
            return Err(StoreError::Conflict { current, expected });
        }
        let version = current + 1;
        tx.prepare_cached("UPDATE cases SET version = ?1, subject_name = ?2, name_key = ?3, a_number = ?4, updated_at = ?5 \
             WHERE id = ?6")?.execute(
            params![version, input.subject_name, name_key(input), input.a_number, t, id],
        )?;
        tx.prepare_cached("INSERT INTO case_versions (case_id, version, case_json, subject_name, a_number, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?.execute(
            params![id, version, input.case_json, input.subject_name, input.a_number, t],
        )?;
        tx.commit()?;
        Ok(Some(CaseRecord {
            id: id.to_string(),
            org,
            version,
            case_json: input.case_json.clone(),
            subject_name: input.subject_name.clone(),
            a_number: input.a_number.clone(),
            created_at: t,
        }))
    }

    fn get_case(&self, org: OrgId, id: &str) -> Result<Option<CaseRecord>> {
        // One statement (one snapshot) for the live version and its text:
        // the decision route reads a case for every record.
        let c = self.conn()?;
        Ok(c.prepare_cached("SELECT c.id, c.org_id, v.version, v.case_json, v.subject_name, v.a_number, v.created_at \
             FROM cases c JOIN case_versions v ON v.case_id = c.id AND v.version = c.version \
             WHERE c.id = ?1 AND c.org_id = ?2 AND c.deleted_at IS NULL")?
            .query_row(params![id, org], case_record)
            .optional()?)
    }

    fn case_version(&self, org: OrgId, id: &str, version: i64) -> Result<Option<CaseRecord>> {
        let c = self.conn()?;
        read_version(&c, Some(org), id, version)
    }

    fn case_version_any(&self, case_id: &str, version: i64) -> Result<Option<CaseRecord>> {
        let c = self.conn()?;
        read_version(&c, None, case_id, version)
    }

    fn case_versions(&self, org: OrgId, id: &str) -> Result<Option<Vec<VersionInfo>>> {
        let c = self.conn()?;
        if live_version(&c, org, id)?.is_none() {
            return Ok(None);
        }
        let mut s = c.prepare_cached(
            "SELECT version, created_at FROM case_versions WHERE case_id = ?1 ORDER BY version",
        )?;
        let rows = s.query_map([id], |r| {
            Ok(VersionInfo {
                version: r.get(0)?,
                created_at: r.get(1)?,
            })
        })?;
        Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
    }

    fn delete_case(&self, org: OrgId, id: &str) -> Result<bool> {
        let c = self.conn()?;
        let n = c.prepare_cached("UPDATE cases SET deleted_at = ?1 WHERE id = ?2 AND org_id = ?3 AND deleted_at IS NULL")?.execute(
            params![now(), id, org],
        )?;
        Ok(n > 0)
    }

    fn search_cases(&self, org: OrgId, q: &CaseQuery) -> Result<Vec<CaseSummary>> {
        let c = self.conn()?;
        let name = q
            .name
            .as_ref()
            .map(|n| format!("%{}%", like_escape(&n.to_lowercase())));
        let mut s = c.prepare_cached(
            "SELECT id, version, subject_name, a_number, updated_at FROM cases \
             WHERE org_id = ?1 AND deleted_at IS NULL \
             AND (?2 IS NULL OR name_key LIKE ?2 ESCAPE '\\') \
             AND (?3 IS NULL OR a_number = ?3) \
             ORDER BY updated_at DESC, id LIMIT ?4",
        )?;
        let rows = s.query_map(params![org, name, q.a_number, q.limit], |r| {
            Ok(CaseSummary {
                id: r.get(0)?,
                version: r.get(1)?,
                name: r.get(2)?,
                a_number: r.get(3)?,
                updated_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn add_order(&self, org: OrgId, case_id: &str, o: &NewOrder) -> Result<Option<Order>> {
        let c = self.conn()?;
        if live_version(&c, org, case_id)?.is_none() {
            return Ok(None);
        }
        let t = now();
        c.prepare_cached("INSERT INTO court_orders (org_id, case_id, kind, court, issued, deadline, description, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?.execute(
            params![org, case_id, o.kind, o.court, o.issued, o.deadline, o.description, t],
        )?;
        Ok(Some(Order {
            id: c.last_insert_rowid(),
            case_id: case_id.to_string(),
            kind: o.kind.clone(),
            court: o.court.clone(),
            issued: o.issued.clone(),
            deadline: o.deadline.clone(),
            description: o.description.clone(),
            created_at: t,
        }))
    }

    fn list_orders(&self, org: OrgId, case_id: &str) -> Result<Option<Vec<Order>>> {
        let c = self.conn()?;
        if live_version(&c, org, case_id)?.is_none() {
            return Ok(None);
        }
        let mut s = c.prepare_cached(&format!(
            "SELECT {ORDER_COLS} FROM court_orders WHERE org_id = ?1 AND case_id = ?2 \
             ORDER BY deadline IS NULL, deadline, id"
        ))?;
        let rows = s.query_map(params![org, case_id], order)?;
        Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
    }

    fn delete_order(&self, org: OrgId, case_id: &str, order_id: i64) -> Result<bool> {
        let c = self.conn()?;
        if live_version(&c, org, case_id)?.is_none() {
            return Ok(false);
        }
        let n = c
            .prepare_cached(
                "DELETE FROM court_orders WHERE id = ?1 AND org_id = ?2 AND case_id = ?3",
            )?
            .execute(params![order_id, org, case_id])?;
        Ok(n > 0)
    }

    fn deadlines(&self, org: OrgId, from: &str, limit: u32) -> Result<Vec<Order>> {
        let c = self.conn()?;
        let cols = ORDER_COLS
            .split(", ")
            .map(|x| format!("o.{x}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut s = c.prepare_cached(&format!(
            "SELECT {cols} FROM court_orders o JOIN cases c ON c.id = o.case_id \
             WHERE o.org_id = ?1 AND c.deleted_at IS NULL AND o.deadline IS NOT NULL AND o.deadline >= ?2 \
             ORDER BY o.deadline, o.id LIMIT ?3"
        ))?;
        let rows = s.query_map(params![org, from, limit], order)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn record_decision(&self, org: OrgId, decision: &NewDecision) -> Result<DecisionRecord> {
        let (reply, answer) = mpsc::sync_channel(1);
        self.enqueue(org, decision.clone(), Reply::Blocking(reply))?;
        answer
            .recv()
            .map_err(|_| StoreError::Database("the decision writer has stopped".into()))?
    }

    fn submit_decision(&self, org: OrgId, decision: NewDecision) -> Result<DecisionTicket> {
        let (reply, ticket) = DecisionTicket::channel();
        self.enqueue(org, decision, Reply::Ticket(reply))?;
        Ok(ticket)
    }

    fn get_decision(&self, org: Option<OrgId>, id: i64) -> Result<Option<DecisionRecord>> {
        let c = self.conn()?;
        Ok(c.prepare_cached(&format!(
            "SELECT {DECISION_COLS} FROM decisions WHERE id = ?1 AND (?2 IS NULL OR org_id = ?2)"
        ))?
        .query_row(params![id, org], decision)
        .optional()?)
    }

    fn list_decisions(&self, org: OrgId, case_id: &str) -> Result<Option<Vec<DecisionRecord>>> {
        let c = self.conn()?;
        if live_version(&c, org, case_id)?.is_none() {
            return Ok(None);
        }
        let mut s = c.prepare_cached(&format!(
            "SELECT {DECISION_COLS} FROM decisions WHERE org_id = ?1 AND case_id = ?2 ORDER BY seq"
        ))?;
        let rows = s.query_map(params![org, case_id], decision)?;
        Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
    }

    fn load_chain(&self, org: OrgId) -> Result<Chain> {
        let c = self.conn()?;
        let mut s = c.prepare_cached(&format!(
            "SELECT {DECISION_COLS} FROM decisions WHERE org_id = ?1 ORDER BY seq, id"
        ))?;
        let rows = s
            .query_map([org], decision)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let head = c
            .prepare_cached("SELECT seq, hash FROM chain_heads WHERE org_id = ?1")?
            .query_row([org], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok((rows, head))
    }
}

/// The search key of a case's name: lowercased in Rust, so that `Ó` and
/// `ó` match on both backends (SQLite's `lower` knows only ASCII).
pub(crate) fn name_key(input: &CaseInput) -> Option<String> {
    input.subject_name.as_deref().map(str::to_lowercase)
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
pub(crate) fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

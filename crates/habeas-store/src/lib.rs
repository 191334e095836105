//! # habeas-store: cases, organizations and the decision log
//!
//! One storage trait, [`Store`], with two implementations that share the
//! same schema and semantics:
//!
//! - [`SqliteStore`]: embedded SQLite (WAL mode, `synchronous=FULL`, so a
//!   write that returned `Ok` survives `kill -9` and a power cut);
//! - [`PgStore`]: PostgreSQL, for a shared deployment with several server
//!   replicas.
//!
//! What is stored:
//!
//! - **organizations** and their **API tokens**: a token is shown once, when
//!   it is created; only its argon2 hash is kept;
//! - **cases**: every update is a new version, and old versions are kept;
//!   the case JSON is stored as text, exactly as it was received;
//! - **court orders** with deadlines;
//! - the **decision log**: one hash chain per organization (see [`chain`]).
//!
//! **Architecture invariant:** the store stores JSON and never evaluates
//! it. It knows nothing about the law; the server decides, the store keeps.
//! Every read and write of organization data takes the organization's id,
//! and a record of another organization is reported as absent.

pub mod chain;
mod error;
mod model;
mod pg;
mod sqlite;
pub mod token;

pub use chain::{Problem, VerifyReport};
pub use error::StoreError;
pub use model::*;
pub use pg::PgStore;
pub use sqlite::SqliteStore;

/// A stored chain: its records by seq, and the head (last seq and hash)
/// kept beside them.
pub type Chain = (Vec<DecisionRecord>, Option<(i64, String)>);

/// The result of a store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A decision handed to the store ([`Store::submit_decision`]), to be
/// waited for.
pub struct DecisionTicket(tokio::sync::oneshot::Receiver<Result<DecisionRecord>>);

impl DecisionTicket {
    /// A pair: the sender the writer answers on, and the ticket.
    pub(crate) fn channel() -> (
        tokio::sync::oneshot::Sender<Result<DecisionRecord>>,
        DecisionTicket,
    ) {
        let (tx, rx) = tokio::sync::oneshot::channel();
        (tx, DecisionTicket(rx))
    }

    /// A ticket already answered.
    pub fn ready(r: Result<DecisionRecord>) -> DecisionTicket {
        let (tx, t) = DecisionTicket::channel();
        let _ = tx.send(r);
        t
    }

    /// The durable record. The one method of the store that does not block:
    /// it is awaited from async code.
    pub async fn wait(self) -> Result<DecisionRecord> {
        self.0.await.unwrap_or_else(|_| {
            Err(StoreError::Database(
                "the decision writer has stopped".into(),
            ))
        })
    }
}

/// The storage of the habeas server.
///
/// Every method is blocking (a [`DecisionTicket`] is awaited): call it from a thread that may block (in the
/// server, `tokio::task::spawn_blocking`). Methods that read or change an
/// organization's data take its id; a record that belongs to another
/// organization is `None`, exactly as if it did not exist.
pub trait Store: Send + Sync {
    /// Creates an organization.
    fn create_org(&self, name: &str) -> Result<Org>;
    /// All organizations, oldest first.
    fn list_orgs(&self) -> Result<Vec<Org>>;

    /// Creates an API token for an organization. The returned
    /// [`NewToken::token`] is the only copy of the secret.
    fn create_token(&self, org: OrgId, role: Role) -> Result<NewToken>;
    /// The stored row of a token (for [`Store::authenticate`]).
    fn token_row(&self, token_id: i64) -> Result<Option<TokenRow>>;
    /// Revokes a token: it no longer authenticates (a server that checked it
    /// recently stops accepting it within a minute). `false` when there is
    /// no such token or it was already revoked.
    fn revoke_token(&self, token_id: i64) -> Result<bool>;
    /// Checks a token; `None` when it is unknown, malformed, wrong or
    /// revoked.
    fn authenticate(&self, token: &str) -> Result<Option<Principal>> {
        let Some((id, secret)) = token::split(token) else {
            return Ok(None);
        };
        let Some(row) = self.token_row(id)? else {
            return Ok(None);
        };
        if row.revoked || !token::verify(secret, &row.hash) {
            return Ok(None);
        }
        Ok(Some(Principal {
            org: row.org,
            role: row.role,
            token_id: id,
        }))
    }

    /// Stores a new case (version 1).
    fn create_case(&self, org: OrgId, input: &CaseInput) -> Result<CaseRecord>;
    /// Stores a new version of a case. With `expected_version`, fails with
    /// [`StoreError::Conflict`] if the case is at another version.
    fn update_case(
        &self,
        org: OrgId,
        id: &str,
        input: &CaseInput,
        expected_version: Option<i64>,
    ) -> Result<Option<CaseRecord>>;
    /// The current version of a case.
    fn get_case(&self, org: OrgId, id: &str) -> Result<Option<CaseRecord>>;
    /// One version of a case.
    fn case_version(&self, org: OrgId, id: &str, version: i64) -> Result<Option<CaseRecord>>;
    /// The version history of a case, oldest first.
    fn case_versions(&self, org: OrgId, id: &str) -> Result<Option<Vec<VersionInfo>>>;
    /// Deletes a case from view. Its versions and decisions are kept, for the
    /// decision log must stay verifiable and replayable.
    fn delete_case(&self, org: OrgId, id: &str) -> Result<bool>;
    /// Cases of the organization, most recently updated first, optionally
    /// filtered by name or A-number.
    fn search_cases(&self, org: OrgId, query: &CaseQuery) -> Result<Vec<CaseSummary>>;

    /// Adds a court order to a case.
    fn add_order(&self, org: OrgId, case_id: &str, order: &NewOrder) -> Result<Option<Order>>;
    /// The court orders of a case, by deadline.
    fn list_orders(&self, org: OrgId, case_id: &str) -> Result<Option<Vec<Order>>>;
    /// Removes a court order.
    fn delete_order(&self, org: OrgId, case_id: &str, order_id: i64) -> Result<bool>;
    /// Court orders with a deadline on or after `from` (an ISO date), soonest
    /// first, of cases not deleted.
    fn deadlines(&self, org: OrgId, from: &str, limit: u32) -> Result<Vec<Order>>;

    /// Appends a decision to the organization's hash chain. Durable when it
    /// returns.
    fn record_decision(&self, org: OrgId, decision: &NewDecision) -> Result<DecisionRecord>;
    /// Hands a decision to be appended, and returns at once: the record is
    /// durable when [`DecisionTicket::wait`] gives it.
    /// A server waits on the ticket without holding a thread through the
    /// group commit's fsync. By default the decision is appended before
    /// this returns.
    fn submit_decision(&self, org: OrgId, decision: NewDecision) -> Result<DecisionTicket> {
        Ok(DecisionTicket::ready(self.record_decision(org, &decision)))
    }
    /// One decision. `org: None` reads any organization's (for the CLI).
    fn get_decision(&self, org: Option<OrgId>, id: i64) -> Result<Option<DecisionRecord>>;
    /// The decisions made for a case, oldest first.
    fn list_decisions(&self, org: OrgId, case_id: &str) -> Result<Option<Vec<DecisionRecord>>>;
    /// A version of a case of any organization, even a deleted one (for
    /// replaying a decision).
    fn case_version_any(&self, case_id: &str, version: i64) -> Result<Option<CaseRecord>>;
    /// The stored chain of an organization: its records by `seq`, and the
    /// head (last seq and hash) kept beside it.
    fn load_chain(&self, org: OrgId) -> Result<Chain>;

    /// Verifies the decision log of one organization, or of every
    /// organization.
    fn verify(&self, org: Option<OrgId>) -> Result<Vec<VerifyReport>> {
        let orgs = match org {
            Some(o) => vec![o],
            None => self.list_orgs()?.into_iter().map(|o| o.id).collect(),
        };
        let mut out = Vec::new();
        for o in orgs {
            let (records, head) = self.load_chain(o)?;
            out.push(chain::verify(o, &records, head.as_ref()));
        }
        Ok(out)
    }
}

/// Opens a store from a location: a `postgres://` or `postgresql://` URL, or
/// a SQLite file path.
pub fn open(location: &str) -> Result<Box<dyn Store>> {
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        Ok(Box::new(PgStore::connect(location)?))
    } else {
        Ok(Box::new(SqliteStore::open(std::path::Path::new(location))?))
    }
}

/// The current time as an ISO 8601 UTC timestamp.
pub(crate) fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// A fresh random id with a prefix: `c_` and 20 hex digits.
pub(crate) fn random_id(prefix: &str) -> Result<String> {
    let mut b = [0u8; 10];
    getrandom::fill(&mut b).map_err(|e| StoreError::Crypto(e.to_string()))?;
    Ok(format!("{prefix}{}", token::hex(&b)))
}

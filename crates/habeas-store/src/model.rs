//! The records the store keeps.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// An organization's id.
pub type OrgId = i64;

/// An organization (a legal-aid office, a clinic).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Org {
    /// Its id.
    pub id: OrgId,
    /// Its name.
    pub name: String,
    /// When it was created (ISO 8601, UTC).
    pub created_at: String,
}

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Read only.
    Viewer,
    /// Read and write cases, court orders and decisions.
    Attorney,
    /// Everything an attorney may do, plus deleting and auditing.
    Admin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Attorney, Role::Admin];

    /// Its name: `viewer`, `attorney` or `admin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Attorney => "attorney",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        match s {
            "viewer" => Ok(Role::Viewer),
            "attorney" => Ok(Role::Attorney),
            "admin" => Ok(Role::Admin),
            other => Err(format!(
                "unknown role `{other}`: expected `admin`, `attorney` or `viewer`"
            )),
        }
    }
}

/// A token, just created. The secret is in `token` and nowhere else.
#[derive(Clone, Debug, Serialize)]
pub struct NewToken {
    /// The token's id (public; part of the token).
    pub id: i64,
    /// Its organization.
    pub org: OrgId,
    /// Its role.
    pub role: Role,
    /// The token to give to the user: `hb_ID_SECRET`. Not stored.
    pub token: String,
}

/// A token as stored.
#[derive(Clone, Debug)]
pub struct TokenRow {
    /// Its organization.
    pub org: OrgId,
    /// Its role.
    pub role: Role,
    /// The argon2 hash of its secret (a PHC string).
    pub hash: String,
    /// Whether it was revoked.
    pub revoked: bool,
}

/// Who is calling: the organization and role of a valid token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Principal {
    /// The caller's organization.
    pub org: OrgId,
    /// The caller's role.
    pub role: Role,
    /// The token used.
    pub token_id: i64,
}

/// A case to store.
#[derive(Clone, Debug, Default)]
pub struct CaseInput {
    /// The `habeas.case/1` JSON, as received (already validated).
    pub case_json: String,
    /// The subject's name, for search (taken from the case by the server).
    pub subject_name: Option<String>,
    /// The subject's A-number (alien registration number), digits only.
    /// Store metadata: `habeas.case/1` has no such field.
    pub a_number: Option<String>,
}

/// A stored case at one version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRecord {
    /// The case's id in the store.
    pub id: String,
    /// Its organization.
    pub org: OrgId,
    /// This version (1, 2, ...).
    pub version: i64,
    /// The case JSON of this version.
    pub case_json: String,
    /// The subject's name at this version.
    pub subject_name: Option<String>,
    /// The A-number at this version.
    pub a_number: Option<String>,
    /// When this version was stored.
    pub created_at: String,
}

/// One entry of a case's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VersionInfo {
    /// The version.
    pub version: i64,
    /// When it was stored.
    pub created_at: String,
}

/// A case in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    /// The case's id.
    pub id: String,
    /// Its current version.
    pub version: i64,
    /// The subject's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The A-number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a_number: Option<String>,
    /// When it was last changed.
    pub updated_at: String,
}

/// A search over cases.
#[derive(Clone, Debug, Default)]
pub struct CaseQuery {
    /// Part of the subject's name (case-insensitive).
    pub name: Option<String>,
    /// An A-number, digits only.
    pub a_number: Option<String>,
    /// At most this many results.
    pub limit: u32,
}

/// A court order to add to a case.
#[derive(Clone, Debug, Default)]
pub struct NewOrder {
    /// `stay_of_removal`, `notice_order`, `facilitate_return`, ...
    pub kind: String,
    /// The court.
    pub court: Option<String>,
    /// When it was issued (ISO date).
    pub issued: Option<String>,
    /// When something is due (ISO date, or timestamp in UTC).
    pub deadline: Option<String>,
    /// What is due.
    pub description: Option<String>,
}

/// A stored court order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Order {
    /// Its id.
    pub id: i64,
    /// The case it belongs to.
    pub case_id: String,
    /// Its kind.
    pub kind: String,
    /// The court.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
    /// When it was issued.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// When something is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// What is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was recorded.
    pub created_at: String,
}

/// A determination to record in the decision log.
#[derive(Clone, Debug, Default)]
pub struct NewDecision {
    /// The case.
    pub case_id: String,
    /// The exact version of the case that was decided.
    pub case_version: i64,
    /// The day the question was asked (pinned, so a replay asks the same).
    pub as_of: String,
    /// The law's content hash.
    pub law_hash: String,
    /// The engine's version.
    pub engine: String,
    /// The determination JSON without explanations, as bytes.
    pub result: String,
    /// The determination JSON with its explanation trees, as bytes.
    pub explanation: String,
}

/// A record of the decision log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DecisionRecord {
    /// Its global id.
    pub id: i64,
    /// Its organization.
    pub org: OrgId,
    /// Its place in the organization's chain (1, 2, ...).
    pub seq: i64,
    /// The case.
    pub case_id: String,
    /// The case version decided.
    pub case_version: i64,
    /// The day the question was asked.
    pub as_of: String,
    /// The law's content hash.
    pub law_hash: String,
    /// The engine's version.
    pub engine: String,
    /// The determination (no explanations), as recorded.
    pub result: String,
    /// The determination with explanations, as recorded.
    pub explanation: String,
    /// When it was recorded (ISO 8601, UTC).
    pub recorded_at: String,
    /// The hash of the previous record ([`crate::chain::GENESIS`] for the
    /// first).
    pub prev_hash: String,
    /// This record's hash.
    pub hash: String,
}

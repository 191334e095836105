//! Store errors.

/// Why a store operation failed.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[non_exhaustive]
pub enum StoreError {
    /// The database failed (I/O, constraint, connection).
    #[error("database error: {0}")]
    #[diagnostic(help("check that the database is reachable and writable"))]
    Database(String),
    /// The case was updated by someone else meanwhile.
    #[error("the case is at version {current}, not {expected}")]
    #[diagnostic(help("read the case again and apply your change to the current version"))]
    Conflict {
        /// The version in the store.
        current: i64,
        /// The version the caller expected.
        expected: i64,
    },
    /// No such organization.
    #[error("there is no organization `{0}`")]
    #[diagnostic(help("list organizations with `habeas admin list-orgs`"))]
    UnknownOrg(i64),
    /// Random numbers or hashing failed.
    #[error("cannot make a secret: {0}")]
    Crypto(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Database(e.to_string())
    }
}

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        StoreError::Database(e.to_string())
    }
}

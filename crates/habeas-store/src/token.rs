//! API tokens: `hb_ID_SECRET`, where only an argon2 hash of the secret is
//! stored. The id lets the store find the one hash to check.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};

use crate::{Result, StoreError};

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random secret (32 bytes, hex).
pub fn new_secret() -> Result<String> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| StoreError::Crypto(e.to_string()))?;
    Ok(hex(&b))
}

/// The argon2id hash of a secret, as a PHC string.
pub fn hash(secret: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| StoreError::Crypto(e.to_string()))?;
    let h: PasswordHash = Argon2::default()
        .hash_password_with_salt(secret.as_bytes(), &salt)
        .map_err(|e| StoreError::Crypto(e.to_string()))?;
    Ok(h.to_string())
}

/// Whether a secret matches a stored hash.
pub fn verify(secret: &str, stored: &str) -> bool {
    Argon2::default()
        .verify_password(secret.as_bytes(), stored)
        .is_ok()
}

/// The token text for an id and secret.
pub fn format(id: i64, secret: &str) -> String {
    format!("hb_{id}_{secret}")
}

/// Splits `hb_ID_SECRET` into its id and secret.
pub fn split(token: &str) -> Option<(i64, &str)> {
    let rest = token.strip_prefix("hb_")?;
    let (id, secret) = rest.split_once('_')?;
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some((id.parse().ok()?, secret))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_token_round_trips_and_a_wrong_secret_fails() {
        let s = new_secret().unwrap();
        let h = hash(&s).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(&s, &h));
        let other = new_secret().unwrap();
        assert!(!verify(&other, &h));
        let t = format(7, &s);
        assert_eq!(split(&t), Some((7, s.as_str())));
        assert_eq!(split("hb_7_short"), None);
        assert_eq!(split("Bearer x"), None);
    }
}

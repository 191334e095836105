//! The decision log's hash chain.
//!
//! Each organization has one chain. Record `n` stores the hash of record
//! `n - 1` (the first stores [`GENESIS`]), and its own hash is SHA-256 over
//! a canonical serialization of its fields ([`canonical`]): the
//! organization, seq, case id, case version, `as_of`, law hash, engine
//! version, result, explanation, time recorded and previous hash. Each
//! field is written as `name=LEN:BYTES\n`, so no field can bleed into the
//! next, and the bytes hashed are the bytes stored (no JSON
//! re-serialization, whose key order could change).
//!
//! The last seq and hash are also kept apart from the records (the chain
//! head), so a log cut short at the end is detected too.
//!
//! What the chain cannot do: someone with write access to the database can
//! rebuild the whole chain from the first changed record on. Publish or copy
//! the head hash (`habeas audit verify` prints it) to anchor it outside the
//! database.

use std::collections::HashMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::model::{DecisionRecord, OrgId};
use crate::token::hex;

/// The `prev_hash` of the first record of a chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The bytes a record's hash is computed over, with `seq` given apart (to
/// test where a moved record belongs).
pub fn canonical(r: &DecisionRecord, seq: i64) -> Vec<u8> {
    let mut out = b"habeas.decision/1\n".to_vec();
    let org = r.org.to_string();
    let seq = seq.to_string();
    let version = r.case_version.to_string();
    let fields: [(&str, &str); 11] = [
        ("org", &org),
        ("seq", &seq),
        ("case", &r.case_id),
        ("case_version", &version),
        ("as_of", &r.as_of),
        ("law", &r.law_hash),
        ("engine", &r.engine),
        ("result", &r.result),
        ("explanation", &r.explanation),
        ("recorded_at", &r.recorded_at),
        ("prev", &r.prev_hash),
    ];
    for (name, value) in fields {
        out.extend_from_slice(name.as_bytes());
        out.push(b'=');
        out.extend_from_slice(value.len().to_string().as_bytes());
        out.push(b':');
        out.extend_from_slice(value.as_bytes());
        out.push(b'\n');
    }
    out
}

/// The hash of a record at a given seq (hex SHA-256).
pub fn hash_at(r: &DecisionRecord, seq: i64) -> String {
    hex(&Sha256::digest(canonical(r, seq)))
}

/// The hash of a record (hex SHA-256 of [`canonical`]).
pub fn hash(r: &DecisionRecord) -> String {
    hash_at(r, r.seq)
}

/// Something wrong with a chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A record's contents no longer match its hash, or its hash was
    /// recomputed so the next record no longer points to it.
    Edited {
        /// Its seq.
        seq: i64,
        /// Its id.
        id: i64,
        /// What was seen.
        detail: String,
    },
    /// Records are missing from the middle of the chain.
    Deleted {
        /// The first missing seq.
        first: i64,
        /// The last missing seq.
        last: i64,
    },
    /// A record sits at a seq other than the one it was recorded at.
    Reordered {
        /// Where it is now.
        seq: i64,
        /// Its id.
        id: i64,
        /// Where it was recorded.
        belongs_at: i64,
    },
    /// Records are missing from the end of the chain (or the head is gone).
    Truncated {
        /// The last seq the chain head records.
        expected_last: i64,
        /// The last seq present.
        found_last: i64,
    },
}

impl Problem {
    /// The problem in a sentence.
    pub fn message(&self) -> String {
        match self {
            Problem::Edited { seq, id, detail } => {
                format!("record {seq} (id {id}) was edited: {detail}")
            }
            Problem::Deleted { first, last } if first == last => {
                format!("record {first} was deleted")
            }
            Problem::Deleted { first, last } => format!("records {first} to {last} were deleted"),
            Problem::Reordered {
                seq,
                id,
                belongs_at,
            } => {
                format!("record {seq} (id {id}) was moved: it was recorded as record {belongs_at}")
            }
            Problem::Truncated {
                expected_last,
                found_last,
            } => format!(
                "the log was truncated: it ends at record {found_last}, but its head says {expected_last}"
            ),
        }
    }
}

/// The result of verifying one organization's chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// The organization.
    pub org: OrgId,
    /// Whether the chain is intact.
    pub ok: bool,
    /// How many records were checked.
    pub records: usize,
    /// The seq of the chain head.
    pub head_seq: i64,
    /// The hash of the chain head (publish it to anchor the log).
    pub head_hash: String,
    /// What is wrong, in chain order.
    pub problems: Vec<Problem>,
}

/// Verifies a chain: `records` sorted by seq, `head` the (seq, hash) kept
/// beside them.
pub fn verify(
    org: OrgId,
    records: &[DecisionRecord],
    head: Option<&(i64, String)>,
) -> VerifyReport {
    let mut problems = Vec::new();
    // Where each record was recorded, following the links from the genesis
    // (stored hashes are trusted for this walk only).
    let by_prev: HashMap<&str, &DecisionRecord> =
        records.iter().map(|r| (r.prev_hash.as_str(), r)).collect();
    let mut recorded_at: HashMap<i64, i64> = HashMap::new();
    let mut at = GENESIS;
    let mut pos = 0;
    while let Some(r) = by_prev.get(at) {
        pos += 1;
        if recorded_at.insert(r.id, pos).is_some() {
            break;
        }
        at = &r.hash;
    }

    let mut content_ok = vec![false; records.len()];
    let mut expected = 1;
    for (i, r) in records.iter().enumerate() {
        if r.seq > expected {
            problems.push(Problem::Deleted {
                first: expected,
                last: r.seq - 1,
            });
        }
        let gap = r.seq != expected;
        expected = r.seq + 1;
        if hash(r) == r.hash {
            content_ok[i] = true;
        } else {
            match recorded_at.get(&r.id) {
                Some(&p) if p != r.seq && hash_at(r, p) == r.hash => {
                    problems.push(Problem::Reordered {
                        seq: r.seq,
                        id: r.id,
                        belongs_at: p,
                    });
                }
                _ => problems.push(Problem::Edited {
                    seq: r.seq,
                    id: r.id,
                    detail: "its contents do not match its hash".into(),
                }),
            }
            continue;
        }
        if gap {
            continue;
        }
        // Contents intact: does it point to the record before it?
        let prev = if i == 0 {
            Some(GENESIS)
        } else if content_ok[i - 1] {
            Some(records[i - 1].hash.as_str())
        } else {
            None
        };
        if let Some(p) = prev
            && p != r.prev_hash
        {
            if i == 0 {
                problems.push(Problem::Edited {
                    seq: r.seq,
                    id: r.id,
                    detail: "the first record does not start the chain".into(),
                });
            } else {
                let q = &records[i - 1];
                problems.push(Problem::Edited {
                    seq: q.seq,
                    id: q.id,
                    detail: format!(
                        "its hash was recomputed: record {} points to a different record",
                        r.seq
                    ),
                });
            }
        }
    }

    let last = records.last();
    let found_last = last.map_or(0, |r| r.seq);
    let (head_seq, head_hash) = match head {
        Some((s, h)) => (*s, h.clone()),
        None => (0, GENESIS.to_string()),
    };
    if head_seq > found_last {
        problems.push(Problem::Truncated {
            expected_last: head_seq,
            found_last,
        });
    } else if head_seq < found_last {
        if let Some(r) = records.iter().find(|r| r.seq > head_seq) {
            problems.push(Problem::Edited {
                seq: r.seq,
                id: r.id,
                detail: format!(
                    "the chain head ends at record {head_seq}; this record is beyond it"
                ),
            });
        }
    } else if let Some(r) = last
        && r.hash != head_hash
        && content_ok.last().copied().unwrap_or(false)
    {
        problems.push(Problem::Edited {
            seq: r.seq,
            id: r.id,
            detail: "its hash was recomputed: the chain head records a different hash".into(),
        });
    }
    VerifyReport {
        org,
        ok: problems.is_empty(),
        records: records.len(),
        head_seq,
        head_hash,
        problems,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<DecisionRecord> {
        let mut out: Vec<DecisionRecord> = Vec::new();
        for seq in 1..=n {
            let mut r = DecisionRecord {
                id: seq * 10,
                org: 1,
                seq,
                case_id: format!("c{seq}"),
                case_version: 1,
                as_of: "2025-01-01".into(),
                law_hash: "law".into(),
                engine: "0.1.0".into(),
                result: format!("{{\"n\":{seq}}}"),
                explanation: "{}".into(),
                recorded_at: "2025-01-01T00:00:00Z".into(),
                prev_hash: out.last().map_or(GENESIS.to_string(), |p| p.hash.clone()),
                hash: String::new(),
            };
            r.hash = hash(&r);
            out.push(r);
        }
        out
    }

    fn head(c: &[DecisionRecord]) -> (i64, String) {
        let l = c.last().unwrap();
        (l.seq, l.hash.clone())
    }

    #[test]
    fn an_intact_chain_verifies() {
        let c = chain(5);
        let r = verify(1, &c, Some(&head(&c)));
        assert!(r.ok, "{:?}", r.problems);
        assert!(verify(1, &[], None).ok);
    }

    #[test]
    fn each_kind_of_tampering_is_named() {
        let c = chain(5);
        let h = head(&c);

        let mut e = c.clone();
        e[2].result = "{\"n\":99}".into();
        let p = verify(1, &e, Some(&h)).problems;
        assert!(
            matches!(p.as_slice(), [Problem::Edited { seq: 3, .. }]),
            "{p:?}"
        );

        let mut e = c.clone();
        e[2].result = "{\"n\":99}".into();
        e[2].hash = hash(&e[2]);
        let p = verify(1, &e, Some(&h)).problems;
        assert!(
            matches!(p.as_slice(), [Problem::Edited { seq: 3, .. }]),
            "{p:?}"
        );

        let mut d = c.clone();
        d.remove(1);
        let p = verify(1, &d, Some(&h)).problems;
        assert_eq!(p, vec![Problem::Deleted { first: 2, last: 2 }]);

        let mut o = c.clone();
        o[1].seq = 3;
        o[2].seq = 2;
        o.swap(1, 2);
        let p = verify(1, &o, Some(&h)).problems;
        assert!(
            matches!(
                p.as_slice(),
                [
                    Problem::Reordered {
                        seq: 2,
                        belongs_at: 3,
                        ..
                    },
                    Problem::Reordered {
                        seq: 3,
                        belongs_at: 2,
                        ..
                    }
                ]
            ),
            "{p:?}"
        );

        let t = c[..3].to_vec();
        let p = verify(1, &t, Some(&h)).problems;
        assert_eq!(
            p,
            vec![Problem::Truncated {
                expected_last: 5,
                found_last: 3
            }]
        );
    }
}

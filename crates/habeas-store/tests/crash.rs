//! Durability: a child process writing cases, versions and decisions (from
//! several threads, so decisions go through group commit) is killed with
//! SIGKILL at random points. Afterwards every write the child had
//! acknowledged is present with its exact contents, and the decision log
//! verifies.
//!
//! The child is this test binary itself, started with `HABEAS_CRASH_DB` set
//! and told to run only `crash_child`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use habeas_store::{CaseInput, NewDecision, SqliteStore, Store};

const CHILD_ENV: &str = "HABEAS_CRASH_DB";

fn case_json(tag: &str) -> String {
    format!("{{\"format\":\"habeas.case/1\",\"tag\":\"{tag}\"}}")
}

/// The child: writes forever, printing an `ack` line after each write
/// returns. Does nothing in a normal test run.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = SqliteStore::open(std::path::Path::new(&path)).unwrap();
    let org = match store.list_orgs().unwrap().first() {
        Some(o) => o.id,
        None => store.create_org("crash").unwrap().id,
    };
    let round: String = std::env::var("HABEAS_CRASH_ROUND").unwrap_or_default();
    std::thread::scope(|s| {
        for t in 0..4 {
            let (store, round) = (&store, &round);
            s.spawn(move || {
                for i in 0.. {
                    let tag = format!("r{round}-t{t}-{i}");
                    let c = store
                        .create_case(
                            org,
                            &CaseInput {
                                case_json: case_json(&tag),
                                subject_name: Some(tag.clone()),
                                a_number: None,
                            },
                        )
                        .unwrap();
                    emit(&format!("case {} 1 {tag}", c.id));
                    let tag2 = format!("{tag}-v2");
                    store
                        .update_case(
                            org,
                            &c.id,
                            &CaseInput {
                                case_json: case_json(&tag2),
                                subject_name: None,
                                a_number: None,
                            },
                            None,
                        )
                        .unwrap()
                        .unwrap();
                    emit(&format!("case {} 2 {tag2}", c.id));
                    let d = store
                        .record_decision(
                            org,
                            &NewDecision {
                                case_id: c.id.clone(),
                                case_version: 2,
                                as_of: "2025-01-01".into(),
                                law_hash: "law".into(),
                                engine: "test".into(),
                                result: format!("{{\"tag\":\"{tag2}\"}}"),
                                explanation: "{}".into(),
                            },
                        )
                        .unwrap();
                    emit(&format!("decision {} {}", d.id, d.hash));
                }
            });
        }
    });
}

fn emit(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "ack {line}");
    let _ = out.flush();
}

/// A small xorshift generator seeded from the clock (the seed is printed).
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = common::TempDir::new();
    let db = dir.0.join("crash.db");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    eprintln!("crash test seed: {seed}");
    let mut rng = Rng(seed);
    // (case id, version) -> tag; decision id -> hash
    let mut cases: BTreeMap<(String, i64), String> = BTreeMap::new();
    let mut decisions: BTreeMap<i64, String> = BTreeMap::new();
    for round in 0..6 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &db)
            .env("HABEAS_CRASH_ROUND", round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Kill after a random number of acknowledged writes (sometimes
        // right at the start), or after a random time, whichever is first.
        let kill_after = rng.next(120);
        let deadline = Instant::now() + Duration::from_millis(50 + rng.next(700));
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut acks = 0;
        loop {
            if acks >= kill_after || Instant::now() >= deadline {
                break;
            }
            match rx.recv_timeout(Duration::from_millis(5)) {
                Ok(line) => {
                    if record(&line, &mut cases, &mut decisions) {
                        acks += 1;
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(_) => break,
            }
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        reader.join().unwrap();
        // Acks already written before the kill count too.
        while let Ok(line) = rx.try_recv() {
            record(&line, &mut cases, &mut decisions);
        }

        let store = SqliteStore::open(&db).unwrap();
        let org = store.list_orgs().unwrap().first().map(|o| o.id);
        let Some(org) = org else {
            assert!(cases.is_empty(), "acknowledged cases but no organization");
            continue;
        };
        for ((id, version), tag) in &cases {
            let c = store
                .case_version(org, id, *version)
                .unwrap()
                .unwrap_or_else(|| panic!("acknowledged case {id} v{version} is missing"));
            assert_eq!(c.case_json, case_json(tag));
        }
        for (id, hash) in &decisions {
            let d = store
                .get_decision(Some(org), *id)
                .unwrap()
                .unwrap_or_else(|| panic!("acknowledged decision {id} is missing"));
            assert_eq!(&d.hash, hash);
        }
        let reports = store.verify(None).unwrap();
        assert!(reports.iter().all(|r| r.ok), "{reports:?}");
        eprintln!(
            "round {round}: killed after {acks} acks; {} case versions and {} decisions acknowledged so far, all present",
            cases.len(),
            decisions.len()
        );
    }
}

fn record(
    line: &str,
    cases: &mut BTreeMap<(String, i64), String>,
    decisions: &mut BTreeMap<i64, String>,
) -> bool {
    let parts: Vec<&str> = line.split(' ').collect();
    match parts.as_slice() {
        ["ack", "case", id, v, tag] => {
            cases.insert((id.to_string(), v.parse().unwrap()), tag.to_string());
            true
        }
        ["ack", "decision", id, hash] => {
            decisions.insert(id.parse().unwrap(), hash.to_string());
            true
        }
        _ => false,
    }
}

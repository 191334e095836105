//! The store's behaviour, run on SQLite and (when configured) PostgreSQL:
//! organizations and tokens, case versions, scoping, search, court orders,
//! and the decision log with every kind of tampering.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Harness;
use habeas_store::chain::{self, Problem};
use habeas_store::{CaseInput, CaseQuery, NewDecision, NewOrder, Role, StoreError};

suite!(
    tokens_authenticate_only_with_the_right_secret,
    cases_keep_every_version,
    another_organization_sees_nothing,
    search_by_name_and_a_number,
    court_orders_and_deadlines,
    an_update_with_a_stale_version_conflicts,
    decisions_form_a_verified_chain,
    an_edited_record_is_named,
    an_edited_and_rehashed_record_is_named,
    a_deleted_record_is_named,
    reordered_records_are_named,
    a_truncated_log_is_detected,
    concurrent_decisions_get_distinct_seqs,
    submitted_decisions_are_durable_when_their_tickets_answer,
);

fn input(name: &str, a: Option<&str>) -> CaseInput {
    CaseInput {
        case_json: format!("{{\"format\":\"habeas.case/1\",\"n\":\"{name}\"}}"),
        subject_name: Some(name.to_string()),
        a_number: a.map(str::to_string),
    }
}

fn decision(case_id: &str, n: usize) -> NewDecision {
    NewDecision {
        case_id: case_id.to_string(),
        case_version: 1,
        as_of: "2025-04-15".into(),
        law_hash: "lawhash".into(),
        engine: "0.1.0".into(),
        result: format!("{{\"n\":{n}}}"),
        explanation: format!("{{\"n\":{n},\"tree\":[]}}"),
    }
}

/// An organization with a case and `n` decisions.
fn chain_of(h: &Harness, n: usize) -> i64 {
    let org = h.store.create_org("chain").unwrap().id;
    let c = h.store.create_case(org, &input("x", None)).unwrap();
    for i in 0..n {
        h.store.record_decision(org, &decision(&c.id, i)).unwrap();
    }
    org
}

fn problems(h: &Harness, org: i64) -> Vec<Problem> {
    let r = h.store.verify(Some(org)).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].ok, r[0].problems.is_empty());
    r[0].problems.clone()
}

fn tokens_authenticate_only_with_the_right_secret(h: &Harness) {
    let org = h.store.create_org("Clinic").unwrap();
    let t = h.store.create_token(org.id, Role::Attorney).unwrap();
    let p = h.store.authenticate(&t.token).unwrap().unwrap();
    assert_eq!((p.org, p.role), (org.id, Role::Attorney));
    // The same id with another secret, garbage, another id.
    let (id, _) = habeas_store::token::split(&t.token).unwrap();
    let forged = habeas_store::token::format(id, &"0".repeat(64));
    assert_eq!(h.store.authenticate(&forged).unwrap(), None);
    assert_eq!(h.store.authenticate("hb_x").unwrap(), None);
    let other = habeas_store::token::format(id + 100_000, &"0".repeat(64));
    assert_eq!(h.store.authenticate(&other).unwrap(), None);
    // The secret is not stored.
    let row = h.store.token_row(id).unwrap().unwrap();
    assert!(!row.hash.contains(t.token.rsplit('_').next().unwrap()));
    assert!(matches!(
        h.store.create_token(i64::MAX, Role::Viewer),
        Err(StoreError::UnknownOrg(_))
    ));
    // A revoked token no longer authenticates; revoking twice, or a token
    // that does not exist, says so.
    assert!(h.store.revoke_token(id).unwrap());
    assert_eq!(h.store.authenticate(&t.token).unwrap(), None);
    assert!(h.store.token_row(id).unwrap().unwrap().revoked);
    assert!(!h.store.revoke_token(id).unwrap());
    assert!(!h.store.revoke_token(id + 100_000).unwrap());
}

fn cases_keep_every_version(h: &Harness) {
    let org = h.store.create_org("Clinic").unwrap().id;
    let c = h.store.create_case(org, &input("Ana", None)).unwrap();
    assert_eq!(c.version, 1);
    let c2 = h
        .store
        .update_case(org, &c.id, &input("Ana B", Some("123456789")), None)
        .unwrap()
        .unwrap();
    assert_eq!(c2.version, 2);
    let now = h.store.get_case(org, &c.id).unwrap().unwrap();
    assert_eq!(now.version, 2);
    assert_eq!(now.case_json, input("Ana B", None).case_json);
    let v1 = h.store.case_version(org, &c.id, 1).unwrap().unwrap();
    assert_eq!(v1.case_json, input("Ana", None).case_json);
    let vs = h.store.case_versions(org, &c.id).unwrap().unwrap();
    assert_eq!(vs.iter().map(|v| v.version).collect::<Vec<_>>(), vec![1, 2]);
    assert!(h.store.delete_case(org, &c.id).unwrap());
    assert_eq!(h.store.get_case(org, &c.id).unwrap(), None);
    assert!(!h.store.delete_case(org, &c.id).unwrap());
    // Kept for replay.
    assert!(h.store.case_version_any(&c.id, 1).unwrap().is_some());
}

fn another_organization_sees_nothing(h: &Harness) {
    let a = h.store.create_org("A").unwrap().id;
    let b = h.store.create_org("B").unwrap().id;
    let c = h
        .store
        .create_case(a, &input("Ana", Some("111111111")))
        .unwrap();
    h.store
        .add_order(
            a,
            &c.id,
            &NewOrder {
                kind: "stay_of_removal".into(),
                deadline: Some("2030-01-01".into()),
                ..NewOrder::default()
            },
        )
        .unwrap()
        .unwrap();
    let d = h.store.record_decision(a, &decision(&c.id, 1)).unwrap();
    assert_eq!(h.store.get_case(b, &c.id).unwrap(), None);
    assert_eq!(h.store.case_version(b, &c.id, 1).unwrap(), None);
    assert_eq!(h.store.case_versions(b, &c.id).unwrap(), None);
    assert_eq!(
        h.store
            .update_case(b, &c.id, &input("x", None), None)
            .unwrap(),
        None
    );
    assert!(!h.store.delete_case(b, &c.id).unwrap());
    assert_eq!(h.store.list_orders(b, &c.id).unwrap(), None);
    assert_eq!(
        h.store.add_order(b, &c.id, &NewOrder::default()).unwrap(),
        None
    );
    assert!(h.store.deadlines(b, "2000-01-01", 10).unwrap().is_empty());
    assert_eq!(h.store.list_decisions(b, &c.id).unwrap(), None);
    assert_eq!(h.store.get_decision(Some(b), d.id).unwrap(), None);
    let q = CaseQuery {
        a_number: Some("111111111".into()),
        limit: 10,
        ..CaseQuery::default()
    };
    assert!(h.store.search_cases(b, &q).unwrap().is_empty());
    assert_eq!(h.store.search_cases(a, &q).unwrap().len(), 1);
    assert!(h.store.get_case(a, &c.id).unwrap().is_some());
}

fn search_by_name_and_a_number(h: &Harness) {
    let org = h.store.create_org("Clinic").unwrap().id;
    h.store
        .create_case(org, &input("María López", Some("012345678")))
        .unwrap();
    h.store
        .create_case(org, &input("John Smith", Some("987654321")))
        .unwrap();
    h.store.create_case(org, &input("100%_odd", None)).unwrap();
    let by_name = |n: &str| {
        h.store
            .search_cases(
                org,
                &CaseQuery {
                    name: Some(n.into()),
                    limit: 10,
                    ..CaseQuery::default()
                },
            )
            .unwrap()
    };
    assert_eq!(by_name("smith").len(), 1);
    assert_eq!(by_name("López").len(), 1);
    assert_eq!(
        by_name("LÓPEZ").len(),
        1,
        "non-ASCII letters match in any case"
    );
    assert_eq!(by_name("%").len(), 1, "LIKE wildcards are literal");
    assert_eq!(by_name("nobody").len(), 0);
    let all = h
        .store
        .search_cases(
            org,
            &CaseQuery {
                limit: 10,
                ..CaseQuery::default()
            },
        )
        .unwrap();
    assert_eq!(all.len(), 3);
    let by_a = h
        .store
        .search_cases(
            org,
            &CaseQuery {
                a_number: Some("012345678".into()),
                limit: 10,
                ..CaseQuery::default()
            },
        )
        .unwrap();
    assert_eq!(by_a.len(), 1);
    assert_eq!(by_a[0].name.as_deref(), Some("María López"));
}

fn court_orders_and_deadlines(h: &Harness) {
    let org = h.store.create_org("Clinic").unwrap().id;
    let c1 = h.store.create_case(org, &input("a", None)).unwrap();
    let c2 = h.store.create_case(org, &input("b", None)).unwrap();
    let add = |c: &str, kind: &str, deadline: Option<&str>| {
        h.store
            .add_order(
                org,
                c,
                &NewOrder {
                    kind: kind.into(),
                    deadline: deadline.map(str::to_string),
                    ..NewOrder::default()
                },
            )
            .unwrap()
            .unwrap()
    };
    add(&c1.id, "stay_of_removal", Some("2030-03-01"));
    let soon = add(&c2.id, "facilitate_return", Some("2030-01-15T17:00:00Z"));
    add(&c2.id, "notice_order", None);
    add(&c1.id, "tro", Some("2020-01-01"));
    let d = h.store.deadlines(org, "2025-01-01", 10).unwrap();
    assert_eq!(
        d.iter().map(|o| o.kind.as_str()).collect::<Vec<_>>(),
        vec!["facilitate_return", "stay_of_removal"]
    );
    assert_eq!(h.store.deadlines(org, "2025-01-01", 1).unwrap().len(), 1);
    assert_eq!(h.store.list_orders(org, &c2.id).unwrap().unwrap().len(), 2);
    assert!(h.store.delete_order(org, &c2.id, soon.id).unwrap());
    assert!(!h.store.delete_order(org, &c2.id, soon.id).unwrap());
    h.store.delete_case(org, &c1.id).unwrap();
    assert!(h.store.deadlines(org, "2025-01-01", 10).unwrap().is_empty());
}

fn an_update_with_a_stale_version_conflicts(h: &Harness) {
    let org = h.store.create_org("Clinic").unwrap().id;
    let c = h.store.create_case(org, &input("a", None)).unwrap();
    h.store
        .update_case(org, &c.id, &input("b", None), Some(1))
        .unwrap()
        .unwrap();
    let e = h.store.update_case(org, &c.id, &input("c", None), Some(1));
    assert!(
        matches!(
            e,
            Err(StoreError::Conflict {
                current: 2,
                expected: 1
            })
        ),
        "{e:?}"
    );
}

fn decisions_form_a_verified_chain(h: &Harness) {
    let org = chain_of(h, 5);
    let (records, head) = h.store.load_chain(org).unwrap();
    assert_eq!(records.len(), 5);
    assert_eq!(records[0].prev_hash, chain::GENESIS);
    for w in records.windows(2) {
        assert_eq!(w[1].prev_hash, w[0].hash);
        assert_eq!(w[1].seq, w[0].seq + 1);
    }
    assert_eq!(head, Some((5, records[4].hash.clone())));
    assert_eq!(problems(h, org), vec![]);
    let one = h.store.get_decision(None, records[2].id).unwrap().unwrap();
    assert_eq!(one, records[2]);
    // An organization without decisions verifies too.
    let empty = h.store.create_org("empty").unwrap().id;
    assert_eq!(problems(h, empty), vec![]);
}

fn an_edited_record_is_named(h: &Harness) {
    let org = chain_of(h, 5);
    h.exec(&format!(
        "UPDATE decisions SET result = '{{\"n\":\"forged\"}}' WHERE org_id = {org} AND seq = 3"
    ));
    let p = problems(h, org);
    assert!(
        matches!(p.as_slice(), [Problem::Edited { seq: 3, .. }]),
        "{p:?}"
    );
}

fn an_edited_and_rehashed_record_is_named(h: &Harness) {
    let org = chain_of(h, 5);
    let (records, _) = h.store.load_chain(org).unwrap();
    let mut r = records[1].clone();
    r.result = "{\"n\":\"forged\"}".into();
    let new_hash = chain::hash(&r);
    h.exec(&format!(
        "UPDATE decisions SET result = '{}', hash = '{new_hash}' WHERE org_id = {org} AND seq = 2",
        r.result
    ));
    let p = problems(h, org);
    assert!(
        matches!(p.as_slice(), [Problem::Edited { seq: 2, .. }]),
        "{p:?}"
    );
}

fn a_deleted_record_is_named(h: &Harness) {
    let org = chain_of(h, 5);
    h.exec(&format!(
        "DELETE FROM decisions WHERE org_id = {org} AND seq = 2"
    ));
    assert_eq!(
        problems(h, org),
        vec![Problem::Deleted { first: 2, last: 2 }]
    );
}

fn reordered_records_are_named(h: &Harness) {
    let org = chain_of(h, 5);
    h.exec(&format!(
        "UPDATE decisions SET seq = -1 WHERE org_id = {org} AND seq = 2;
         UPDATE decisions SET seq = 2 WHERE org_id = {org} AND seq = 4;
         UPDATE decisions SET seq = 4 WHERE org_id = {org} AND seq = -1;"
    ));
    let p = problems(h, org);
    assert!(
        matches!(
            p.as_slice(),
            [
                Problem::Reordered {
                    seq: 2,
                    belongs_at: 4,
                    ..
                },
                Problem::Reordered {
                    seq: 4,
                    belongs_at: 2,
                    ..
                }
            ]
        ),
        "{p:?}"
    );
}

fn a_truncated_log_is_detected(h: &Harness) {
    let org = chain_of(h, 5);
    h.exec(&format!(
        "DELETE FROM decisions WHERE org_id = {org} AND seq > 3"
    ));
    assert_eq!(
        problems(h, org),
        vec![Problem::Truncated {
            expected_last: 5,
            found_last: 3
        }]
    );
    // Cutting the head too does not hide it: the records are beyond it.
    let org = chain_of(h, 3);
    h.exec(&format!(
        "UPDATE chain_heads SET seq = 1 WHERE org_id = {org}"
    ));
    let p = problems(h, org);
    assert!(
        matches!(p.as_slice(), [Problem::Edited { seq: 2, .. }]),
        "{p:?}"
    );
}

fn concurrent_decisions_get_distinct_seqs(h: &Harness) {
    let org = h.store.create_org("busy").unwrap().id;
    let c = h.store.create_case(org, &input("x", None)).unwrap();
    std::thread::scope(|s| {
        for t in 0..4 {
            let (store, id) = (&h.store, &c.id);
            s.spawn(move || {
                for i in 0..10 {
                    store
                        .record_decision(org, &decision(id, t * 100 + i))
                        .unwrap();
                }
            });
        }
    });
    let (records, head) = h.store.load_chain(org).unwrap();
    assert_eq!(records.len(), 40);
    assert_eq!(head.map(|h| h.0), Some(40));
    assert_eq!(problems(h, org), vec![]);
}

/// Decisions handed over with `submit_decision` (the server's route) and
/// awaited later, interleaved with blocking `record_decision` calls: every
/// ticket answers with its own record, the record is readable once the
/// ticket answers, and the chain has no gap.
fn submitted_decisions_are_durable_when_their_tickets_answer(h: &Harness) {
    let org = h.store.create_org("tickets").unwrap().id;
    let c = h.store.create_case(org, &input("x", None)).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut tickets = Vec::new();
    for i in 0..20 {
        tickets.push((i, h.store.submit_decision(org, decision(&c.id, i)).unwrap()));
        if i % 5 == 0 {
            h.store
                .record_decision(org, &decision(&c.id, 100 + i))
                .unwrap();
        }
    }
    let mut seqs = Vec::new();
    for (i, t) in tickets {
        let r = rt.block_on(t.wait()).unwrap();
        assert_eq!(r.result, decision(&c.id, i).result);
        let stored = h.store.get_decision(Some(org), r.id).unwrap().unwrap();
        assert_eq!(stored.hash, r.hash);
        seqs.push(r.seq);
    }
    seqs.sort_unstable();
    seqs.dedup();
    assert_eq!(seqs.len(), 20);
    let (records, head) = h.store.load_chain(org).unwrap();
    assert_eq!(records.len(), 24);
    assert_eq!(head.map(|h| h.0), Some(24));
    assert_eq!(problems(h, org), vec![]);
}

/// SQLite stores explanations compressed; these tests look at the file.
mod sqlite_storage {
    use super::common::{Backend, Harness};
    use super::*;

    fn raw(h: &Harness, sql: &str) -> (String, i64) {
        let Backend::Sqlite(dir) = &h.backend else {
            unreachable!("an SQLite harness")
        };
        let c = rusqlite::Connection::open(dir.0.join("habeas.db")).unwrap();
        c.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
    }

    /// A realistic explanation: long, repetitive JSON.
    fn long_decision(case_id: &str) -> NewDecision {
        let nodes: Vec<String> = (0..300)
            .map(|i| {
                format!(
                    "{{\"rule\":\"citizen_days\",\"result\":\"holds\",\"since\":\"2003-09-{:02}\",\"cite\":\"INA § 320; 8 U.S.C. § 1431\"}}",
                    i % 28 + 1
                )
            })
            .collect();
        NewDecision {
            explanation: format!("{{\"tree\":[{}]}}", nodes.join(",")),
            ..decision(case_id, 1)
        }
    }

    #[test]
    fn explanations_are_stored_compressed_and_read_back_unchanged() {
        let h = Harness::sqlite();
        let org = h.store.create_org("z").unwrap().id;
        let c = h.store.create_case(org, &input("x", None)).unwrap();
        let d = long_decision(&c.id);
        let r = h.store.record_decision(org, &d).unwrap();
        let (kind, stored) = raw(
            &h,
            "SELECT typeof(explanation), length(explanation) FROM decisions",
        );
        assert_eq!(kind, "blob");
        assert!(
            (stored as usize) * 4 < d.explanation.len(),
            "{stored} bytes stored for {}",
            d.explanation.len()
        );
        let back = h.store.get_decision(Some(org), r.id).unwrap().unwrap();
        assert_eq!(back.explanation, d.explanation);
        assert_eq!(back.hash, chain::hash(&back));
        assert_eq!(problems(&h, org), vec![]);
    }

    #[test]
    fn an_explanation_stored_as_text_is_read_and_verifies() {
        // Records written before compression hold TEXT; the hash covers
        // the text either way.
        let h = Harness::sqlite();
        let org = chain_of(&h, 3);
        let text = decision("ignored", 1).explanation;
        h.exec(&format!(
            "UPDATE decisions SET explanation = '{text}' WHERE org_id = {org} AND seq = 2"
        ));
        let (kind, _) = raw(
            &h,
            "SELECT typeof(explanation), 0 FROM decisions WHERE seq = 2",
        );
        assert_eq!(kind, "text");
        assert_eq!(problems(&h, org), vec![]);
        let (records, _) = h.store.load_chain(org).unwrap();
        assert_eq!(records[1].explanation, text);
    }

    #[test]
    fn a_damaged_compressed_explanation_is_named_not_fatal() {
        let h = Harness::sqlite();
        let org = chain_of(&h, 3);
        h.exec(&format!(
            "UPDATE decisions SET explanation = X'28B52FFD00DEADBEEF' WHERE org_id = {org} AND seq = 2"
        ));
        let p = problems(&h, org);
        assert!(
            matches!(p.as_slice(), [Problem::Edited { seq: 2, .. }]),
            "{p:?}"
        );
        let (records, _) = h.store.load_chain(org).unwrap();
        assert!(
            records[1]
                .explanation
                .starts_with("(the stored explanation cannot be read"),
            "{}",
            records[1].explanation
        );
    }
}

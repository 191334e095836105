//! A family of many generations is decided, explained and written out in
//! bounded work (review of 2026-11-30: a chain of seven single parents took
//! minutes in the default mode, and `explain` ran out of memory, because
//! remembered calls share their trees and the walks over them and the
//! written tree doubled with each generation).
//!
//! Not a timing test: before the fix these cases did not finish at all.

use habeas_lang::Mode;
use habeas_law::Law;

/// A case whose subject's ancestors form a chain of `generations` people
/// (each with `parents` recorded parents, the same people at every level),
/// all born in Mexico, nothing else known.
fn chain(generations: usize, parents: usize) -> habeas_case::Case {
    let mut people = serde_json::Map::new();
    let mut relations = Vec::new();
    for g in 0..=generations {
        for k in 0..parents.max(1) {
            if g == 0 && k > 0 {
                continue;
            }
            let year = 2005 - 20 * g;
            // The five-generation pedigree leaves the ancestors undated.
            let born = if generations == 5 && g > 0 {
                serde_json::json!({"country": "MX"})
            } else {
                serde_json::json!({"date": format!("{year}-01-01"), "country": "MX"})
            };
            people.insert(format!("p{g}_{k}"), serde_json::json!({ "born": born }));
        }
    }
    for g in 0..generations {
        let children = if g == 0 { 1 } else { parents };
        for c in 0..children {
            for k in 0..parents {
                relations.push(serde_json::json!({
                    "kind": "parent", "parent": format!("p{}_{k}", g + 1),
                    "child": format!("p{g}_{c}"), "biological": true, "legal": true
                }));
            }
        }
    }
    let case = serde_json::json!({
        "format": "habeas.case/1", "id": "chain", "as_of": "2025-01-01",
        "subject": "p0_0", "people": people, "relations": relations,
        "action": {"kind": "removal", "to": "MX"}
    });
    habeas_case::parse_case_value(case).expect("a valid chain")
}

#[test]
fn deep_families_are_decided_in_every_mode() {
    let law = Law::embedded().expect("the law");
    // A full pedigree of five generations without birth dates (beyond the
    // subject's): the walks over its open trees were quadratic (6 s).
    for (generations, parents) in [(12, 1), (6, 2), (5, 2)] {
        let case = chain(generations, parents);
        let fast = law.determine(&case, Mode::Fast);
        let answer = law.determine_answer(&case);
        let explained = law.determine(&case, Mode::Explain);
        assert_eq!(fast.citizenship.status, answer.citizenship.status);
        assert_eq!(answer.citizenship.status, explained.citizenship.status);
        // The parents' citizenship is open (nothing known about them), and
        // decided within the work limit.
        assert_eq!(answer.citizenship.status, "undetermined");
        assert!(
            !answer
                .citizenship
                .flags
                .iter()
                .any(|f| f.rule == habeas_law::WORK_LIMIT_RULE),
            "{generations} generations hit the work limit"
        );
        assert!(!answer.citizenship.missing.is_empty());
        // The written explanation stays small: repeats are shown once.
        let tree = explained
            .citizenship
            .explanation
            .as_ref()
            .expect("an explanation");
        assert!(habeas_lang::eval::expanded_size(tree, 1_000_000) < 1_000_000);
        let json = explained.to_json_string(true);
        assert!(
            json.len() < 50_000_000,
            "{generations} generations: {} bytes",
            json.len()
        );
    }
}

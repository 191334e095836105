//! Each safety check of the law, shown firing on a small failing law, and
//! the override mechanism changing the law's version and answer.

use habeas_case::parse_case;
use habeas_lang::Mode;
use habeas_law::Law;

const ENTRY: &str = r#"
rule citizen(p: Person) cite "test" tag "status:citizen" holds when born_here(p)
rule national(p: Person) cite "test" tag "status:national" holds when false
"#;

fn load(extra: &str) -> Result<Law, String> {
    let files = vec![
        ("t/entry.hb".to_string(), ENTRY.to_string()),
        ("t/rules.hb".to_string(), extra.to_string()),
    ];
    Law::from_files(files, "test").map_err(|e| match e {
        habeas_law::LoadError::Law(l) => l.plain(),
        other => other.to_string(),
    })
}

fn case(json_people: &str) -> habeas_case::Case {
    parse_case(&format!(r#"{{"format": "habeas.case/1", "as_of": "2025-01-01", "subject": "p", "people": {json_people}}}"#)).expect("valid case")
}

#[test]
fn a_rule_without_a_citation_is_rejected() {
    let err = load(r#"rule born_here(p: Person) holds when p.born.country == "US""#)
        .err()
        .unwrap_or_default();
    assert!(err.contains("has no citation"), "{err}");
}

#[test]
fn overlapping_and_gapped_windows_are_rejected() {
    let overlap = load(
        r#"rule born_here(p: Person) cite "x"
  versions by p.born.date
    from 2000-01-01: k = 1
    from 1990-01-01 to 2001-01-01: k = 2
  holds when k == 1"#,
    )
    .err()
    .unwrap_or_default();
    assert!(overlap.contains("both in force"), "{overlap}");
    let gap = load(
        r#"rule born_here(p: Person) cite "x"
  versions by p.born.date
    from 2000-01-01: k = 1
    from 1990-01-01 to 1999-01-01: k = 2
  holds when k == 1"#,
    )
    .err()
    .unwrap_or_default();
    assert!(
        gap.contains("no version of `born_here` covers 1999-01-01 to 2000-01-01"),
        "{gap}"
    );
}

#[test]
fn a_harmful_shown_is_reported_with_its_path() {
    let law =
        load(r#"rule born_here(p: Person) cite "x" holds when shown(p.born.country == "US")"#)
            .expect("loads");
    let f = law.safety_findings();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        f[0].path,
        vec!["citizen".to_string(), "born_here".to_string()]
    );
    // The same rule turns an unknown birthplace into "not a citizen":
    let d = law.determine(&case(r#"{"p": {}}"#), Mode::Explain);
    assert_eq!(d.citizenship.status, "not_citizen");
    // A `shown` under `not` (a burden on the other side) is not reported,
    // nor a reviewed one.
    let ok = load(r#"rule born_here(p: Person) cite "x" holds when p.born.country == "US" and not shown(p.born.region == "Embassy")"#).expect("loads");
    assert!(ok.safety_findings().is_empty());
    let reviewed = load(r#"rule born_here(p: Person) cite "x" tag "safety:reviewed" holds when shown(p.born.country == "US")"#).expect("loads");
    assert!(reviewed.safety_findings().is_empty());
}

#[test]
fn an_unencoded_period_gives_an_open_answer_with_a_flag() {
    let law = load(
        r#"rule born_here(p: Person) cite "x"
  versions by p.born.date
    from 1950-01-01: k = 1
    until 1950-01-01: not_encoded "the old law is not written here"
  holds when p.born.country == "US""#,
    )
    .expect("loads");
    let d = law.determine(
        &case(r#"{"p": {"born": {"date": "1940-01-01", "country": "MX"}}}"#),
        Mode::Explain,
    );
    assert_eq!(d.citizenship.status, "undetermined");
    assert!(
        d.citizenship
            .flags
            .iter()
            .any(|f| f.reason.contains("not decided by the encoded law")),
        "{:?}",
        d.citizenship.flags
    );
    let d = law.determine(
        &case(r#"{"p": {"born": {"date": "1960-01-01", "country": "MX"}}}"#),
        Mode::Explain,
    );
    assert_eq!(d.citizenship.status, "not_citizen");
}

#[test]
fn the_real_law_passes_every_safety_check() {
    let law = Law::embedded().expect("the embedded law loads");
    assert!(
        law.safety_findings().is_empty(),
        "{:?}",
        law.safety_findings()
    );
}

#[test]
fn an_override_folder_changes_the_version_and_the_answer() {
    let law = Law::embedded().expect("law");
    let mut files = law.files().to_vec();
    // An organization's reviewed copy in which naturalization is not a route.
    for (p, t) in &mut files {
        if p == "citizenship/naturalization.hb" {
            *t = t.replace(
                "holds when present(p.naturalized) and p.naturalized.date <= as_of()",
                "holds when false and present(p.naturalized)",
            );
        }
    }
    let dir = std::env::temp_dir().join(format!("habeas-override-{}", std::process::id()));
    for (p, t) in &files {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, t).expect("write");
    }
    let over = Law::from_dir(&dir).expect("the override loads");
    assert_ne!(over.version().hash, law.version().hash);
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../cases/naturalized-later-crime.json"
    ))
    .expect("example");
    let c = parse_case(&text).expect("valid");
    assert_eq!(law.determine(&c, Mode::Fast).citizenship.status, "citizen");
    assert_ne!(over.determine(&c, Mode::Fast).citizenship.status, "citizen");
    let _ = std::fs::remove_dir_all(&dir);
}

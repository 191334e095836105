//! Every class of invalid input the spec lists is rejected with the JSON
//! path, what was found and what was expected.

use habeas_case::{json_schema, parse_case};

fn errors(json: &str) -> String {
    match parse_case(json) {
        Ok(_) => "valid".into(),
        Err(e) => e
            .errors
            .iter()
            .map(|e| {
                format!(
                    "{} — {}",
                    if e.path.is_empty() {
                        "(document)"
                    } else {
                        &e.path
                    },
                    e.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn case(people: &str, rest: &str) -> String {
    format!(
        r#"{{"format": "habeas.case/1", "id": "t", "as_of": "2025-04-15", "subject": "p", "people": {people}{rest}}}"#
    )
}

#[test]
fn invalid_inputs_name_their_path() {
    let cases = [
        ("not json", "{\"format\": ".to_string()),
        (
            "wrong format",
            r#"{"format": "habeas.case/2", "subject": "p", "people": {}}"#.to_string(),
        ),
        ("no format", r#"{"subject": "p", "people": {}}"#.to_string()),
        (
            "impossible date",
            case(
                r#"{"p": {"born": {"date": "2023-02-29", "country": "US"}}}"#,
                "",
            ),
        ),
        (
            "bad month",
            case(
                r#"{"p": {"born": {"date": "2023-13", "country": "US"}}}"#,
                "",
            ),
        ),
        (
            "date format",
            case(
                r#"{"p": {"born": {"date": "03/02/1999", "country": "US"}}}"#,
                "",
            ),
        ),
        (
            "country code",
            case(
                r#"{"p": {"born": {"date": "1999-03-02", "country": "USA"}}}"#,
                "",
            ),
        ),
        (
            "country lowercase",
            case(
                r#"{"p": {"born": {"date": "1999-03-02", "country": "mx"}}}"#,
                "",
            ),
        ),
        ("unknown field", case(r#"{"p": {"nam": "X"}}"#, "")),
        (
            "true for a date",
            case(r#"{"p": {"naturalized": true}}"#, ""),
        ),
        (
            "period ends before it starts",
            case(
                r#"{"p": {"presence": [{"from": "2000-01-01", "to": "1999-01-01"}]}}"#,
                "",
            ),
        ),
        (
            "incomplete periods",
            case(
                r#"{"p": {"presence": {"known": [{"from": "2000-01-01", "to": "1999-01-01"}], "complete": false}}}"#,
                "",
            ),
        ),
        ("missing subject", case(r#"{"q": {}}"#, "")),
        (
            "parent link to a missing person",
            case(
                r#"{"p": {}}"#,
                r#", "relations": [{"kind": "parent", "parent": "mother", "child": "p"}]"#,
            ),
        ),
        (
            "field of another relation kind",
            case(
                r#"{"p": {}, "m": {}}"#,
                r#", "relations": [{"kind": "parent", "parent": "m", "child": "p", "from": "2000-01-01"}]"#,
            ),
        ),
        (
            "relation missing a field",
            case(
                r#"{"p": {}, "m": {}}"#,
                r#", "relations": [{"kind": "marriage", "a": "m"}]"#,
            ),
        ),
        (
            "unknown relation kind",
            case(r#"{"p": {}}"#, r#", "relations": [{"kind": "cousin"}]"#),
        ),
        (
            "parent cycle",
            case(
                r#"{"p": {}, "m": {}}"#,
                r#", "relations": [{"kind": "parent", "parent": "m", "child": "p"}, {"kind": "parent", "parent": "p", "child": "m"}]"#,
            ),
        ),
        (
            "own parent",
            case(
                r#"{"p": {}}"#,
                r#", "relations": [{"kind": "parent", "parent": "p", "child": "p"}]"#,
            ),
        ),
        (
            "partial as_of",
            r#"{"format": "habeas.case/1", "as_of": "2025", "subject": "p", "people": {"p": {}}}"#
                .to_string(),
        ),
        (
            "bad birth time",
            case(
                r#"{"p": {"born": {"date": "1934-05-24", "time": "noon", "country": "MX"}}}"#,
                "",
            ),
        ),
        (
            "death before birth",
            case(
                r#"{"p": {"born": {"date": "1990-01-01"}, "died": "1980-01-01"}}"#,
                "",
            ),
        ),
        (
            "unknown action kind",
            case(r#"{"p": {}}"#, r#", "action": {"kind": "deport"}"#),
        ),
        (
            "bad protection kind",
            case(
                r#"{"p": {}}"#,
                r#", "immigration": {"protections": [{"kind": "witholding", "country": "SV"}]}"#,
            ),
        ),
        (
            "a list where an object is expected",
            case(r#"{"p": {"born": ["1990-01-20", "US"]}}"#, ""),
        ),
        (
            "a list for the action",
            case(r#"{"p": {}}"#, r#", "action": ["removal", "SV"]"#),
        ),
        (
            "an object where a list is expected",
            case(r#"{"p": {"presence": {"from": "2000-01-01"}}}"#, ""),
        ),
        (
            "an object for a country",
            case(r#"{"p": {"born": {"country": {"code": "US"}}}}"#, ""),
        ),
        (
            "a list inside a relation list",
            case(
                r#"{"p": {}, "m": {}}"#,
                r#", "relations": [["parent", "m", "p"]]"#,
            ),
        ),
        (
            "a field of another action kind",
            case(
                r#"{"p": {}}"#,
                r#", "action": {"kind": "removal", "to": "SV", "facility": "CECOT", "surrender_warrant": true}"#,
            ),
        ),
        (
            "a destination for a detention",
            case(
                r#"{"p": {}}"#,
                r#", "action": {"kind": "detention", "to": "SV"}"#,
            ),
        ),
        (
            "citizenship since before birth",
            case(
                r#"{"p": {"born": {"date": "1990-01-01"}, "citizenship": {"status": "citizen", "since": "1980", "evidence": "us_passport"}}}"#,
                "",
            ),
        ),
        (
            "an oath after death",
            case(
                r#"{"p": {"born": {"date": "1950-01-01"}, "died": "2000-01-01", "naturalized": {"date": "2010-01-01"}, "cln": {"date": "2001-01-01"}}}"#,
                "",
            ),
        ),
        (
            "a revocation without a naturalization",
            case(
                r#"{"p": {"naturalized": false, "denaturalization": {"date": "2010-01-01", "final": true, "ground": "illegal_procurement"}}}"#,
                "",
            ),
        ),
        (
            "a marriage before a spouse's birth; a separation before the marriage",
            case(
                r#"{"p": {}, "a": {"born": {"date": "1980-01-01"}}, "b": {}}"#,
                r#", "relations": [{"kind": "marriage", "a": "a", "b": "b", "from": "1979-06-01", "legal_separation": "1979-01-01"}]"#,
            ),
        ),
        (
            "an offense before birth",
            case(
                r#"{"p": {"born": {"date": "1990-01-01"}}}"#,
                r#", "immigration": {"convictions": [{"committed": "1985-01-01", "convicted": "2010-01-01"}]}"#,
            ),
        ),
    ];
    let out: Vec<String> = cases
        .iter()
        .map(|(name, json)| format!("## {name}\n{}", errors(json)))
        .collect();
    insta::assert_snapshot!(out.join("\n\n"));
}

#[test]
fn absent_null_and_negative_are_different() {
    let ok = case(
        r#"{"p": {"naturalized": false, "married": null, "presence": [], "residence": {"known": [{"from": "2000", "to": null}], "complete": false}}}"#,
        "",
    );
    let c = parse_case(&ok).expect("valid");
    let p = &c.people["p"];
    assert!(matches!(p.naturalized, Some(habeas_case::OrFalse::No)));
    assert!(p.married.is_none());
    assert_eq!(
        p.presence.as_ref().map(|x| (x.items.len(), x.complete)),
        Some((0, true))
    );
    assert_eq!(
        p.residence.as_ref().map(|x| (x.items.len(), x.complete)),
        Some((1, false))
    );
    assert_eq!(
        p.residence.as_ref().map(|x| x.items[0].to),
        Some(Some(None))
    );
}

#[test]
fn the_shipped_json_schema_is_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/habeas.case.schema.json"
    );
    let generated = format!(
        "{}\n",
        serde_json::to_string_pretty(&json_schema()).unwrap_or_default()
    );
    let shipped = std::fs::read_to_string(path).unwrap_or_default();
    if std::env::var_os("HABEAS_UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap_or_default();
        return;
    }
    assert!(
        shipped == generated,
        "schema/habeas.case.schema.json is out of date: run `HABEAS_UPDATE_SCHEMA=1 cargo test -p habeas-case --test validation`"
    );
}

#[test]
fn every_shared_example_parses_or_fails_as_expected() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../cases");
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        let name = p.to_string_lossy().to_string();
        if !name.ends_with(".json") || name.ends_with(".expect.json") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap_or_default();
        let expect =
            std::fs::read_to_string(name.replace(".json", ".expect.json")).unwrap_or_default();
        let wants_error = expect.contains("\"error\"");
        assert_eq!(parse_case(&text).is_err(), wants_error, "{name}");
    }
}

#[test]
fn every_kind_specific_action_field_is_a_field_of_the_action() {
    let schema = json_schema();
    let props = &schema["$defs"]["Action"]["properties"];
    for (field, _) in habeas_case::types::ActionKind::FIELD_KINDS {
        assert!(
            props.get(*field).is_some(),
            "`{field}` is not a field of an action"
        );
    }
}

/// A case too large to be a person's case is refused before anything
/// reads it, at the path of what is too large (review of 2026-11-30: the
/// parent-link checks grew with the square of the relations, and a PDF
/// memo of a huge unbroken name took 28 s).
#[test]
fn oversized_cases_are_refused_at_their_path() {
    let long = "x".repeat(habeas_case::MAX_TEXT + 1);
    let name = case(
        &format!(
            r#"{{"p": {{"name": "{long}", "born": {{"date": "1990-01-01", "country": "US"}}}}}}"#
        ),
        "",
    );
    assert_eq!(
        errors(&name),
        format!(
            "people.p.name — a text of {} characters; at most {} are accepted",
            habeas_case::MAX_TEXT + 1,
            habeas_case::MAX_TEXT
        )
    );
    // A text of exactly the limit (in characters, not bytes) is accepted.
    let at_limit = "é".repeat(habeas_case::MAX_TEXT);
    let ok = case(
        &format!(
            r#"{{"p": {{"name": "{at_limit}", "born": {{"date": "1990-01-01", "country": "US"}}}}}}"#
        ),
        "",
    );
    assert_eq!(errors(&ok), "valid");
    // A key too long is named by its object, not printed.
    let key = case(&format!(r#"{{"p": {{}}, "{long}": {{}}}}"#), "");
    assert!(errors(&key).starts_with("people — a key of 1001 characters"));

    let many: Vec<String> = (0..=habeas_case::MAX_PEOPLE)
        .map(|i| format!(r#""q{i}": {{}}"#))
        .collect();
    let people = case(&format!(r#"{{"p": {{}}, {}}}"#, many.join(", ")), "");
    assert_eq!(
        errors(&people),
        format!(
            "people — {} people; a case holds at most {}",
            habeas_case::MAX_PEOPLE + 2,
            habeas_case::MAX_PEOPLE
        )
    );
    let rels: Vec<&str> = (0..=habeas_case::MAX_RELATIONS)
        .map(|_| r#"{"kind": "parent", "parent": "m", "child": "p"}"#)
        .collect();
    let relations = case(
        r#"{"p": {}, "m": {}}"#,
        &format!(r#", "relations": [{}]"#, rels.join(", ")),
    );
    assert_eq!(
        errors(&relations),
        format!(
            "relations — {} relations; a case holds at most {}",
            habeas_case::MAX_RELATIONS + 1,
            habeas_case::MAX_RELATIONS
        )
    );
    // At the limit, the repeated links are each reported once, naming the
    // first (the check is linear: a map from each pair to its first link).
    let rels: Vec<&str> = (0..habeas_case::MAX_RELATIONS)
        .map(|_| r#"{"kind": "parent", "parent": "m", "child": "p"}"#)
        .collect();
    let relations = case(
        r#"{"p": {}, "m": {}}"#,
        &format!(r#", "relations": [{}]"#, rels.join(", ")),
    );
    let out = errors(&relations);
    assert_eq!(out.lines().count(), habeas_case::MAX_RELATIONS - 1);
    assert!(
        out.lines()
            .last()
            .expect("an error per repeated link")
            .contains("in relations[0]")
    );
}

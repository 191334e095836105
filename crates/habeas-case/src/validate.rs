//! Parsing and validation: every invalid input is rejected with the JSON
//! path of the field, what was found and what was expected. Nothing is
//! evaluated on invalid input.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

use crate::prim::{DateOrBool, OrFalse, PDate, Period, Periods, is_utc_offset, two_digits};
use crate::types::*;
use habeas_lang::dates::fmt_day;

/// One problem in a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseError {
    /// JSON path of the field (`people.p.born.date`, `relations[2].child`);
    /// empty for the document as a whole.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found in a case (at least one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseErrors {
    /// The problems.
    pub errors: Vec<CaseError>,
}

impl fmt::Display for CaseErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        write!(
            f,
            "the case is not valid ({n} problem{})",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            write!(f, "\n  - {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CaseErrors {}

impl miette::Diagnostic for CaseErrors {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("habeas::case::invalid"))
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(
            "see spec/case-format.md (or `habeas schema`) for the format",
        ))
    }
}

fn err(path: impl Into<String>, message: impl Into<String>) -> CaseError {
    CaseError {
        path: path.into(),
        message: message.into(),
    }
}

/// Parses and validates a case from JSON text.
pub fn parse_case(text: &str) -> Result<Case, CaseErrors> {
    let value = crate::json::parse_json(text.as_bytes()).map_err(|e| CaseErrors {
        errors: vec![match e {
            crate::JsonError::Syntax(_) if text.trim().is_empty() => {
                err("", crate::json::EMPTY_INPUT)
            }
            crate::JsonError::Syntax(e) => err(
                "",
                format!(
                    "not valid JSON: {e} (line {}, column {})",
                    e.line(),
                    e.column()
                )
                .replace(&format!(" at line {} column {}", e.line(), e.column()), ""),
            ),
            crate::JsonError::Duplicate { path, key } => {
                err(path, crate::JsonError::duplicate_message(&key))
            }
        }],
    })?;
    parse_case_value(value)
}

/// Parses and validates a case from a JSON value.
pub fn parse_case_value(value: serde_json::Value) -> Result<Case, CaseErrors> {
    match value.get("format") {
        Some(serde_json::Value::String(f)) if f == CASE_FORMAT => {}
        Some(other) => {
            return Err(CaseErrors {
                errors: vec![err(
                    "format",
                    format!("expected `{CASE_FORMAT}`, found {other}"),
                )],
            });
        }
        None if value.is_object() => {
            return Err(CaseErrors {
                errors: vec![err(
                    "format",
                    format!("missing: a case starts with `\"format\": \"{CASE_FORMAT}\"`"),
                )],
            });
        }
        None => {
            return Err(CaseErrors {
                errors: vec![err("", "expected a JSON object (a `habeas.case/1`)")],
            });
        }
    }
    let mut size_errors = Vec::new();
    check_sizes(&value, &mut Vec::new(), &mut size_errors);
    single_periods(&value, &mut size_errors);
    if !size_errors.is_empty() {
        return Err(CaseErrors {
            errors: size_errors,
        });
    }
    // serde fills a struct from a JSON list by position; the format has no
    // such reading, so a list (or an object) where the schema has none is
    // an error at its path, before serde sees it.
    let mut shape_errors = Vec::new();
    let schema = case_schema();
    check_shape(&value, schema, schema, &mut Vec::new(), &mut shape_errors);
    if !shape_errors.is_empty() {
        return Err(CaseErrors {
            errors: shape_errors,
        });
    }
    let case: Case = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let message = e.inner().to_string();
        CaseErrors {
            errors: vec![err(field_path(path, &message), humanize(&message))],
        }
    })?;
    let errors = check(&case);
    if errors.is_empty() {
        Ok(case)
    } else {
        Err(CaseErrors { errors })
    }
}

/// The JSON Schema of the case format, generated once from the types.
fn case_schema() -> &'static serde_json::Value {
    static SCHEMA: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(crate::json_schema)
}

/// The names of the fields whose values are dates in the case format (a
/// property whose schema names `PartialDate`, directly or through
/// `PartialDateOrFalse` or `DateOrBool`), read from the generated schema
/// once; `as_of` is left out (it is always an exact day).
fn date_field_names() -> &'static std::collections::HashSet<String> {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        fn walk(n: &serde_json::Value, out: &mut std::collections::HashSet<String>) {
            match n {
                serde_json::Value::Object(m) => {
                    if let Some(serde_json::Value::Object(props)) = m.get("properties") {
                        for (k, v) in props {
                            let text = v.to_string();
                            if ["PartialDate", "DateOrBool"]
                                .iter()
                                .any(|d| text.contains(&format!("#/$defs/{d}")))
                            {
                                out.insert(k.clone());
                            }
                        }
                    }
                    m.values().for_each(|v| walk(v, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        let mut out = std::collections::HashSet::new();
        walk(case_schema(), &mut out);
        out.remove("as_of");
        out
    })
}

/// The JSON pointers (RFC 6901) of the partial dates of a case (`YYYY` or
/// `YYYY-MM`: a span of days), in document order. Used to settle an open
/// answer day by day (`habeas_law`, "partial dates").
pub fn partial_dates(value: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, at: &mut String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    match x {
                        serde_json::Value::String(s)
                            if date_field_names().contains(k)
                                && PDate::parse(s).is_ok_and(|d| !d.is_exact()) =>
                        {
                            out.push(at.clone());
                        }
                        _ => walk(x, at, out),
                    }
                    at.truncate(len);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(&i.to_string());
                    walk(x, at, out);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, &mut String::new(), &mut out);
    out
}

/// The JSON kinds a schema node admits (`None`: any), following `$ref`
/// and `anyOf`/`oneOf`, with the sub-schemas that admit objects and lists.
struct Shapes<'a> {
    any: bool,
    kinds: Vec<&'static str>,
    objects: Vec<&'a serde_json::Value>,
    lists: Vec<&'a serde_json::Value>,
}

fn shapes<'a>(node: &'a serde_json::Value, root: &'a serde_json::Value, out: &mut Shapes<'a>) {
    use serde_json::Value as J;
    let node = match node.get("$ref").and_then(J::as_str) {
        Some(r) => match r
            .strip_prefix("#/$defs/")
            .and_then(|name| root.get("$defs").and_then(|d| d.get(name)))
        {
            Some(target) => target,
            None => {
                out.any = true;
                return;
            }
        },
        None => node,
    };
    let mut constrained = false;
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = node.get(key).and_then(J::as_array) {
            constrained = true;
            for b in branches {
                shapes(b, root, out);
            }
        }
    }
    let mut add = |kind: &'static str, out: &mut Shapes<'a>| {
        constrained = true;
        if !out.kinds.contains(&kind) {
            out.kinds.push(kind);
        }
        match kind {
            "object" => out.objects.push(node),
            "array" => out.lists.push(node),
            _ => {}
        }
    };
    let kind_of = |t: &str| -> &'static str {
        match t {
            "object" => "object",
            "array" => "array",
            "string" => "string",
            "boolean" => "boolean",
            "null" => "null",
            _ => "number",
        }
    };
    match node.get("type") {
        Some(J::String(t)) => add(kind_of(t), out),
        Some(J::Array(ts)) => {
            for t in ts.iter().filter_map(J::as_str) {
                add(kind_of(t), out);
            }
        }
        _ => {}
    }
    if let Some(c) = node.get("const") {
        add(
            match c {
                J::Bool(_) => "boolean",
                J::String(_) => "string",
                J::Null => "null",
                J::Array(_) => "array",
                J::Object(_) => "object",
                J::Number(_) => "number",
            },
            out,
        );
    }
    if !constrained {
        out.any = true;
    }
}

/// One step of the JSON path being checked (spelled out only for an error).
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn path_of(segs: &[Seg<'_>]) -> String {
    let mut out = String::new();
    for seg in segs {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The most people a case may hold. A family case has tens; the checks
/// between people (parent links, cycles) grow with the square of their
/// number (review of 2026-11-30: 17,000 relations in a 990 KB body took 25
/// to 40 s before the determination began).
pub const MAX_PEOPLE: usize = 1_000;
/// The most relations a case may hold (a few per person).
pub const MAX_RELATIONS: usize = 10_000;
/// The longest text a field (or a person's key) may hold, in characters.
/// A name, a court or an offense is far shorter; an 800,000-character
/// unbroken name took 28 s to lay out in a PDF memo (review of
/// 2026-11-30).
pub const MAX_TEXT: usize = 1_000;

/// Rejects a case too large to be a person's case, before anything reads
/// it: too many people or relations, or a text too long.
fn check_sizes<'v>(
    value: &'v serde_json::Value,
    path: &mut Vec<Seg<'v>>,
    errors: &mut Vec<CaseError>,
) {
    use serde_json::Value as J;
    // One error per kind is enough: a body of a million long strings
    // would otherwise get a million errors.
    if errors.len() >= 20 {
        return;
    }
    let top = |path: &[Seg<'_>], key: &str| matches!(path, [Seg::Key(k)] if *k == key);
    match value {
        J::String(t) if t.chars().count() > MAX_TEXT => errors.push(err(
            path_of(path),
            format!(
                "a text of {} characters; at most {MAX_TEXT} are accepted",
                t.chars().count()
            ),
        )),
        J::Array(items) => {
            if top(path, "relations") && items.len() > MAX_RELATIONS {
                errors.push(err(
                    path_of(path),
                    format!(
                        "{} relations; a case holds at most {MAX_RELATIONS}",
                        items.len()
                    ),
                ));
                return;
            }
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                check_sizes(item, path, errors);
                path.pop();
            }
        }
        J::Object(map) => {
            if top(path, "people") && map.len() > MAX_PEOPLE {
                errors.push(err(
                    path_of(path),
                    format!("{} people; a case holds at most {MAX_PEOPLE}", map.len()),
                ));
                return;
            }
            for (k, v) in map {
                // The path names the object: the key itself is too long
                // to print.
                if k.chars().count() > MAX_TEXT {
                    errors.push(err(
                        path_of(path),
                        format!(
                            "a key of {} characters; at most {MAX_TEXT} are accepted",
                            k.chars().count()
                        ),
                    ));
                    continue;
                }
                path.push(Seg::Key(k));
                check_sizes(v, path, errors);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A single period written where a list of periods belongs
/// (`"presence": {"from": ..., "to": ...}`): serde would name the period's
/// `from` as an unknown field of the `{known, complete}` form (review of
/// 2026-11-30); the error names the field and says a list was expected.
fn single_periods(value: &serde_json::Value, errors: &mut Vec<CaseError>) {
    let Some(people) = value.get("people").and_then(|p| p.as_object()) else {
        return;
    };
    for (key, person) in people {
        for field in ["presence", "residence", "diplomat"] {
            if let Some(obj) = person.get(field).and_then(|v| v.as_object())
                && (obj.contains_key("from") || obj.contains_key("to"))
            {
                errors.push(err(
                    format!("people.{key}.{field}"),
                    "found one period; expected a list of periods `[{\"from\": DATE, \"to\": DATE}]` (write it inside `[` `]`), or `{\"known\": [...], \"complete\": false}`",
                ));
            }
        }
    }
}

/// Checks that every list and object in `value` stands where the schema
/// admits one (scalars are serde's to check).
fn check_shape<'v>(
    value: &'v serde_json::Value,
    node: &serde_json::Value,
    root: &serde_json::Value,
    path: &mut Vec<Seg<'v>>,
    errors: &mut Vec<CaseError>,
) {
    use serde_json::Value as J;
    if !matches!(value, J::Array(_) | J::Object(_)) {
        return;
    }
    let mut s = Shapes {
        any: false,
        kinds: Vec::new(),
        objects: Vec::new(),
        lists: Vec::new(),
    };
    shapes(node, root, &mut s);
    if s.any {
        return;
    }
    let expected = || {
        let names: Vec<&str> = s
            .kinds
            .iter()
            .filter(|k| **k != "null")
            .map(|k| match *k {
                "object" => "an object",
                "array" => "a list",
                "string" => "a string",
                "boolean" => "true or false",
                _ => "a number",
            })
            .collect();
        names.join(" or ")
    };
    match value {
        J::Array(items) => {
            if s.lists.is_empty() {
                errors.push(err(
                    path_of(path),
                    format!("found a list; expected {}", expected()),
                ));
                return;
            }
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                // A list schema without `items` admits any element.
                fit(
                    item,
                    s.lists.iter().map(|l| l.get("items")),
                    root,
                    path,
                    errors,
                );
                path.pop();
            }
        }
        J::Object(map) => {
            if s.objects.is_empty() {
                errors.push(err(
                    path_of(path),
                    format!("found an object; expected {}", expected()),
                ));
                return;
            }
            for (k, v) in map {
                path.push(Seg::Key(k));
                // The schemas of this key in the object schemas here
                // (`people` maps any key to a person); an unknown key is
                // serde's to report.
                let subs = s.objects.iter().filter_map(|o| {
                    o.get("properties")
                        .and_then(|ps| ps.get(k.as_str()))
                        .or_else(|| o.get("additionalProperties").filter(|a| a.is_object()))
                        .map(Some)
                });
                fit(v, subs, root, path, errors);
                path.pop();
            }
        }
        _ => {}
    }
}

/// `value` must fit one of the candidate schemas (`None`: one that admits
/// anything); when none fits, the errors against the first are reported.
fn fit<'v, 's>(
    value: &'v serde_json::Value,
    candidates: impl Iterator<Item = Option<&'s serde_json::Value>>,
    root: &serde_json::Value,
    path: &mut Vec<Seg<'v>>,
    errors: &mut Vec<CaseError>,
) {
    if !matches!(
        value,
        serde_json::Value::Array(_) | serde_json::Value::Object(_)
    ) {
        return;
    }
    let mut first: Option<Vec<CaseError>> = None;
    for candidate in candidates {
        let Some(schema) = candidate else {
            return;
        };
        let mut e = Vec::new();
        check_shape(value, schema, root, path, &mut e);
        if e.is_empty() {
            return;
        }
        first.get_or_insert(e);
    }
    errors.extend(first.unwrap_or_default());
}

/// The path of the field an error is about: serde reports a missing field
/// at the object that lacks it, but the error is about the field itself
/// (`action.kind`, not `action`).
fn field_path(path: String, message: &str) -> String {
    let missing = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next());
    match missing {
        Some(field) if path.is_empty() => field.to_string(),
        Some(field) => format!("{path}.{field}"),
        None => path,
    }
}

/// Rewords serde's messages for people.
fn humanize(m: &str) -> String {
    let m = m
        .replace("invalid type: ", "found ")
        .replace(", expected", "; expected");
    let m = if let Some(rest) = m.strip_prefix("missing field ") {
        format!("missing: the field {rest} is required")
    } else {
        m
    };
    let m = if let Some(rest) = m.strip_prefix("unknown variant ") {
        format!("unknown value {rest}")
    } else {
        m
    };
    // serde names the Rust integer type it wanted ("expected u32"): say
    // what to write (review of 2026-11-30).
    let m = ["u8", "u16", "u32", "u64", "i32", "i64", "usize"]
        .iter()
        .fold(m, |m, ty| {
            m.replace(
                &format!("expected {ty}"),
                "expected a whole number in the allowed range",
            )
        });
    // serde names the Rust type it wanted ("expected struct DateRecord");
    // say what to write instead (review of 2026-11-29).
    match m.split_once("expected struct ") {
        Some((head, ty)) => {
            let ty = ty.split_whitespace().next().unwrap_or("");
            let want = match ty {
                "DateRecord" => {
                    "an object such as `{\"date\": \"2001-02-27\"}` (or `false` where the field allows it)"
                }
                "Naturalization" => "an object such as `{\"date\": \"2001-02-27\"}` (or `false`)",
                "Birth" => "an object such as `{\"date\": \"1990-05-01\", \"country\": \"MX\"}`",
                _ => "a JSON object",
            };
            format!("{head}expected {want}")
        }
        None => m,
    }
}

fn check_period(p: &Period, path: &str, errors: &mut Vec<CaseError>) {
    if let Some(Some(to)) = &p.to {
        let (from_lo, _) = p.from.bounds();
        let (_, to_hi) = to.bounds();
        if to_hi < from_lo {
            errors.push(err(
                format!("{path}.to"),
                format!("the period ends ({to}) before it starts ({})", p.from),
            ));
        }
    }
}

fn check_periods(ps: &Periods, path: &str, errors: &mut Vec<CaseError>) {
    for (i, p) in ps.items.iter().enumerate() {
        let ip = if ps.complete {
            format!("{path}[{i}]")
        } else {
            format!("{path}.known[{i}]")
        };
        check_period(p, &ip, errors);
    }
}

/// Whether a time of day is `HH:MM` followed by `Z` or `±HH:MM`, each part
/// in range (hours 00-23, minutes 00-59, an offset of at most 18 hours).
fn check_time(t: &str) -> bool {
    let Some(rest) = t.get(5..) else {
        return false;
    };
    two_digits(t, 0, 23) && t.as_bytes()[2] == b':' && two_digits(t, 3, 59) && is_utc_offset(rest)
}

/// The country codes of the United States, its territories (INA §
/// 101(a)(38)) and its outlying possessions (§ 101(a)(29)), which are not a
/// destination.
const UNITED_STATES_CODES: &[&str] = &["US", "PR", "GU", "VI", "MP", "AS", "UM"];

/// The action's fields that belong to its kind: a field of another kind
/// (`facility` on a removal, `to` on a detention in the U.S.) is rejected,
/// as a relation's fields are, since it says the case was misread.
fn check_action_fields(case: &Case, errors: &mut Vec<CaseError>) {
    let Some(a) = &case.action else {
        return;
    };
    let name = |k: ActionKind| {
        serde_json::to_value(k)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    // A destination is a foreign country: the United States, its
    // territories and its outlying possessions are not one (review of
    // 2026-11-30, ninth session: `"to": "US"` was read as a third country).
    if let Some(c) = &a.to
        && UNITED_STATES_CODES.contains(&c.0.as_str())
    {
        errors.push(err(
            "action.to",
            format!(
                "`{}` is the United States or one of its territories or possessions; the destination of an action is a foreign country (ISO 3166-1 alpha-2, e.g. `SV`)",
                c.0
            ),
        ));
    }
    // The fields given, as serialized (absent and `null` are left out), as
    // for relations.
    let given = serde_json::to_value(a).unwrap_or_default();
    let Some(given) = given.as_object() else {
        return;
    };
    for (field, kinds) in ActionKind::FIELD_KINDS {
        if given.contains_key(*field) && !kinds.contains(&a.kind) {
            let allowed: Vec<String> = kinds.iter().map(|k| format!("`{}`", name(*k))).collect();
            errors.push(err(
                format!("action.{field}"),
                format!(
                    "`{field}` does not apply to a `{}` action (it applies to: {})",
                    name(a.kind),
                    allowed.join(", ")
                ),
            ));
        }
    }
}

/// Custody and adoption cannot begin before the child is born, nor a
/// marriage before either spouse is born; a legal separation cannot come
/// before the marriage. (A date after `as_of` is a scheduled event:
/// decision 0007.)
/// Places outside the States and the District of Columbia, as a
/// `born.region` of `US` might name them (the words of
/// `facts::place_words`), with the code to write instead.
const NOT_A_REGION_OF_US: &[(&str, &str)] = &[
    ("puerto rico", "PR"),
    ("p r", "PR"),
    ("guam", "GU"),
    ("hagatna", "GU"),
    ("agana", "GU"),
    ("charlotte amalie", "VI"),
    ("christiansted", "VI"),
    ("frederiksted", "VI"),
    ("garapan", "MP"),
    ("virgin islands", "VI"),
    ("usvi", "VI"),
    ("northern mariana", "MP"),
    ("mariana islands", "MP"),
    ("cnmi", "MP"),
    ("saipan", "MP"),
    ("tinian", "MP"),
    ("american samoa", "AS"),
    ("am samoa", "AS"),
    ("tutuila", "AS"),
    ("pago pago", "AS"),
    ("swains", "AS"),
    ("olohega", "AS"),
    ("manu a", "AS"),
    ("wake island", "UM"),
    ("johnston atoll", "UM"),
    ("canal zone", "PA"),
    ("zona del canal", "PA"),
    ("philippines", "PH"),
    ("philippine islands", "PH"),
    // Fourteenth session (review tests err-us-region-*): read as births in
    // the States, "citizen".
    ("virgin is", "VI"),
    ("marianas", "MP"),
    ("northern marianas", "MP"),
    ("palmyra atoll", "UM"),
    ("marshall islands", "MH"),
    ("majuro", "MH"),
    ("kwajalein", "MH"),
    ("micronesia", "FM"),
    ("pohnpei", "FM"),
    ("chuuk", "FM"),
    ("palau", "PW"),
    ("okinawa", "JP"),
];

/// Words that put a birth outside the United States whatever place they
/// name: a U.S. embassy or consulate is always abroad and is not U.S.
/// territory (7 FAM 1113(c); INA § 101(a)(38)), nor was the former Trust
/// Territory of the Pacific Islands. (Not "embassy", "consulate" or "air
/// base" alone: a foreign consulate in Los Angeles, Embassy Row in
/// Washington and the Army air bases of the 1940s are in the States.)
const ABROAD_MARKERS: &[&str] = &[
    "us embassy",
    "u s embassy",
    "united states embassy",
    "american embassy",
    "us consulate",
    "u s consulate",
    "united states consulate",
    "american consulate",
    "trust territory",
];

/// Names that are also places in the States (St. Croix County, Wisconsin;
/// Samoa, California; Midway, Utah): a territory only when written alone.
const NOT_A_REGION_OF_US_ALONE: &[(&str, &str)] = &[
    ("st croix", "VI"),
    ("saint croix", "VI"),
    ("st thomas", "VI"),
    ("saint thomas", "VI"),
    ("st john", "VI"),
    ("saint john", "VI"),
    ("samoa", "AS"),
    ("midway", "UM"),
    ("midway atoll", "UM"),
    ("palmyra", "UM"),
];

/// A territory, or a place never part of the United States, is not a region
/// of `US` (review of 2026-11-30, ninth session, tests t-born-country-us-
/// region-american-samoa, x07-region-pago-pago-read-as-states-citizen,
/// x08-region-canal-zone-read-as-states-citizen, x09-region-us-virgin-
/// islands-variant-not-rejected: read as a birth in the States, "citizen").
fn check_united_states_regions(case: &Case, errors: &mut Vec<CaseError>) {
    for (key, p) in &case.people {
        let Some(b) = &p.born else { continue };
        let (Some(country), Some(region)) = (&b.country, &b.region) else {
            continue;
        };
        if country.0 != "US" {
            continue;
        }
        let words = crate::facts::place_words(region);
        let code = region.trim().to_uppercase();
        // The code alone, or after the place ("San Juan, PR": review of
        // the change, tests d-us-missed-*).
        let last = words.split_whitespace().last().unwrap_or("").to_uppercase();
        // A territory's code (any U.S. code but `US` itself).
        let found = UNITED_STATES_CODES
            .iter()
            .filter(|c| **c != "US")
            .find(|c| **c == code || (words.split_whitespace().count() > 1 && **c == last))
            .copied()
            .or_else(|| {
                NOT_A_REGION_OF_US
                    .iter()
                    .find(|(name, _)| words.contains(&format!(" {name} ")))
                    .or_else(|| {
                        NOT_A_REGION_OF_US_ALONE
                            .iter()
                            .find(|(name, _)| words == format!(" {name} "))
                    })
                    .map(|(_, c)| *c)
            });
        if let Some(code) = found {
            errors.push(err(
                format!("people.{key}.born.region"),
                format!(
                    "`{region}` is not in the States or the District of Columbia: write its own country code, `\"country\": \"{code}\"` (the `region` of `US` is a state or the District of Columbia)"
                ),
            ));
        } else if let Some(m) = ABROAD_MARKERS
            .iter()
            .find(|m| words.contains(&format!(" {m} ")))
        {
            errors.push(err(
                format!("people.{key}.born.region"),
                format!(
                    "`{region}` names a place outside the United States (`{m}`): a U.S. embassy, consulate or military base abroad is not U.S. territory; write the code of the country where it is, as `country` (the `region` of `US` is a state or the District of Columbia)"
                ),
            ));
        }
    }
}

/// The kinds of a removal order the law reads (`orders[].kind`).
const ORDER_KINDS: &[&str] = &["removal", "deportation", "exclusion", "other"];

/// An order's kind is one the law reads (review of 2026-11-30, ninth
/// session, test x05-order-kind-capitalized-silently-ignored: `Removal` was
/// no order, silently).
fn check_order_kinds(case: &Case, errors: &mut Vec<CaseError>) {
    let Some(im) = &case.immigration else { return };
    for (i, o) in im.orders.iter().flatten().enumerate() {
        // As for `action.to` (review of the sixteenth session, test
        // e-order-destination-us: accepted). Only `US`: an old order may
        // name a place that was foreign then (the Danish West Indies before
        // 1917, Guam before 1898; tests sm-vi-*, pm-guam-*).
        if let Some(c) = &o.destination
            && c.0 == "US"
        {
            errors.push(err(
                format!("immigration.orders[{i}].destination"),
                "`US` is the United States; an order's destination is a foreign country (ISO 3166-1 alpha-2, e.g. `SV`)",
            ));
        }
        if let Some(k) = &o.kind
            && !ORDER_KINDS.contains(&k.as_str())
        {
            errors.push(err(
                format!("immigration.orders[{i}].kind"),
                format!(
                    "unknown order kind `{k}`: expected one of {}",
                    ORDER_KINDS
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
}

/// A person recorded as never married (`married: false`) is not a spouse in
/// a marriage that began by `as_of`, nor is a first marriage dated after a
/// recorded one began (review of 2026-11-30, ninth session,
/// test m27-married-false-but-marriage-recorded: the child was read as
/// unmarried and derived). A marriage that begins after `as_of` is a
/// scheduled event (decision 0007).
fn check_never_married(case: &Case, errors: &mut Vec<CaseError>) {
    let as_of = case.as_of.map(|d| d.bounds().1);
    for (i, r) in case.relations.iter().flatten().enumerate() {
        if r.kind != RelationKind::Marriage {
            continue;
        }
        // Surely begun by `as_of` (a wedding in the month of `as_of` may be
        // a scheduled one: review of the change, test x13-married-false-
        // marriage-month-of-as-of-rejected).
        let began = match (r.from, as_of) {
            (Some(from), Some(a)) => from.bounds().1 <= a,
            _ => true,
        };
        if !began {
            continue;
        }
        for key in [&r.a, &r.b].into_iter().flatten() {
            // A first marriage dated after a recorded marriage began (review
            // of the change, test x12-first-marriage-date-after-recorded-
            // ongoing-marriage-contradiction).
            if let (Some(p), Some(from)) = (case.people.get(key), r.from)
                && let Some(OrFalse::Yes(first)) = p.married
                && from.bounds().1 < first.bounds().0
            {
                errors.push(err(
                    format!("people.{key}.married"),
                    format!(
                        "the first marriage is dated {first}, but relations[{i}] records a marriage of `{key}` from {from}, earlier"
                    ),
                ));
            }
            if let Some(p) = case.people.get(key)
                && matches!(p.married, Some(OrFalse::No))
            {
                errors.push(err(
                    format!("people.{key}.married"),
                    format!(
                        "`false` (never married), but relations[{i}] records a marriage of `{key}`{}; give the date of the first marriage",
                        r.from.map(|d| format!(" from {d}")).unwrap_or_default()
                    ),
                ));
            }
        }
    }
}

fn check_relation_dates(case: &Case, errors: &mut Vec<CaseError>) {
    let born = |k: &Option<String>| {
        k.as_deref()
            .and_then(|k| case.people.get(k))
            .and_then(|p| p.born.as_ref())
            .and_then(|b| b.date)
    };
    for (i, r) in case.relations.iter().flatten().enumerate() {
        let (field, what, day) = match r.kind {
            RelationKind::Custody => ("from", "custody", r.from),
            RelationKind::Adoption => ("date", "adoption", r.date),
            RelationKind::Marriage => ("from", "marriage", r.from),
            RelationKind::Parent => continue,
        };
        let Some(day) = day else {
            continue;
        };
        let people: &[(&str, &Option<String>)] = match r.kind {
            RelationKind::Marriage => &[("spouse", &r.a), ("spouse", &r.b)],
            _ => &[("child", &r.child)],
        };
        for (who, key) in people {
            if let Some(b) = born(key)
                && ends_before(&day, &b)
            {
                errors.push(err(
                    format!("relations[{i}].{field}"),
                    format!(
                        "the {what} ({day}) begins before the {who}'s birth ({b}{})",
                        key.as_deref()
                            .map(|k| format!(", `{k}`"))
                            .unwrap_or_default()
                    ),
                ));
            }
        }
        // A wedding after a spouse's death (review of 2026-11-30: accepted,
        // and read as a marriage).
        if r.kind == RelationKind::Marriage {
            for key in [&r.a, &r.b] {
                let Some(k) = key.as_deref() else { continue };
                let Some(OrFalse::Yes(died)) = case.people.get(k).and_then(|p| p.died.as_ref())
                else {
                    continue;
                };
                if ends_before(died, &day) {
                    errors.push(err(
                        format!("relations[{i}].from"),
                        format!("the marriage ({day}) begins after the death of `{k}` ({died})"),
                    ));
                } else if let Some(Some(to)) = &r.to
                    && ends_after_death(died, to)
                {
                    errors.push(err(
                        format!("relations[{i}].to"),
                        format!(
                            "the marriage ends ({to}) after the death of `{k}` ({died}): a marriage ends with a spouse's death"
                        ),
                    ));
                }
            }
        }
        if r.kind == RelationKind::Marriage {
            check_marriage_end(case, i, r, errors);
        }
        if let Some(OrFalse::Yes(sep)) = &r.legal_separation
            && ends_before(sep, &day)
        {
            errors.push(err(
                format!("relations[{i}].legal_separation"),
                format!("the legal separation ({sep}) is before the marriage ({day})"),
            ));
        }
    }
}

/// How a marriage ended agrees with its end and with the spouses' deaths
/// (review of the sixteenth session, tests e-marriage-ongoing-but-ended-by,
/// e-marriage-ended-by-death-spouse-alive: both accepted, the first read as
/// ongoing, a guess):
/// - a marriage still going on (`to: null`) has not ended in any way;
/// - a marriage ended by a death needs a spouse who may have died on its
///   last day: not one known alive (`died: false`), nor dead only after it.
fn check_marriage_end(case: &Case, i: usize, r: &Relation, errors: &mut Vec<CaseError>) {
    let Some(how) = r.ended_by else { return };
    match &r.to {
        Some(None) => errors.push(err(
            format!("relations[{i}].ended_by"),
            "the marriage is recorded as still going on (`to`: null) but `ended_by` says how it ended: give the day it ended in `to`, or leave `ended_by` out",
        )),
        Some(Some(to)) if how == EndedBy::Death => {
            let could_have_died = |key: &Option<String>| {
                match key
                    .as_deref()
                    .and_then(|k| case.people.get(k))
                    .and_then(|p| p.died.as_ref())
                {
                    Some(OrFalse::No) => false,
                    // Dead only after the marriage's last day (a death before
                    // it is refused with `to` above).
                    Some(OrFalse::Yes(d)) => d.bounds().0 <= to.bounds().1,
                    None => true,
                }
            };
            if !could_have_died(&r.a) && !could_have_died(&r.b) {
                errors.push(err(
                    format!("relations[{i}].ended_by"),
                    format!(
                        "the marriage ended by a death ({to}), but neither spouse died then (each is recorded alive, `died`: false, or dead only later): check `ended_by`, `to` and the spouses' `died`"
                    ),
                ));
            }
        }
        _ => {}
    }
}

/// The subject's immigration record: orders cannot predate the birth; a
/// past event (an order, a filing, a court order, a conviction) cannot come
/// after `as_of`; a conviction cannot precede its offense, nor a
/// protection's termination its grant.
fn check_immigration_dates(
    case: &Case,
    as_of_day: habeas_lang::dates::Day,
    errors: &mut Vec<CaseError>,
) {
    let Some(im) = &case.immigration else {
        return;
    };
    let born = case
        .people
        .get(&case.subject)
        .and_then(|p| p.born.as_ref())
        .and_then(|b| b.date);
    let mut after_as_of = |path: String, what: &str, day: &PDate| {
        if day.bounds().0 > as_of_day {
            errors.push(err(
                path,
                format!(
                    "the {what} ({day}) is after `as_of` ({}): the case states facts as of that day",
                    fmt_day(as_of_day)
                ),
            ));
        }
    };
    let mut early = Vec::new();
    for (i, o) in im.orders.iter().flatten().enumerate() {
        if let Some(d) = &o.date {
            after_as_of(format!("immigration.orders[{i}].date"), "order", d);
            if let Some(b) = &born
                && ends_before(d, b)
            {
                early.push(err(
                    format!("immigration.orders[{i}].date"),
                    format!("the order ({d}) is before the person's birth ({b})"),
                ));
            }
        }
    }
    for (i, x) in im.pending.iter().flatten().enumerate() {
        if let Some(d) = &x.filed {
            after_as_of(format!("immigration.pending[{i}].filed"), "filing", d);
        }
    }
    for (i, x) in im.court_orders.iter().flatten().enumerate() {
        if let Some(d) = &x.date {
            after_as_of(
                format!("immigration.court_orders[{i}].date"),
                "court order",
                d,
            );
        }
    }
    for (i, c) in im.convictions.iter().flatten().enumerate() {
        if let Some(d) = &c.convicted {
            after_as_of(
                format!("immigration.convictions[{i}].convicted"),
                "conviction",
                d,
            );
            if let Some(o) = &c.committed
                && ends_before(d, o)
            {
                early.push(err(
                    format!("immigration.convictions[{i}].convicted"),
                    format!("the conviction ({d}) is before the offense ({o})"),
                ));
            }
        }
    }
    for (i, c) in im.convictions.iter().flatten().enumerate() {
        if let (Some(o), Some(b)) = (&c.committed, &born)
            && ends_before(o, b)
        {
            early.push(err(
                format!("immigration.convictions[{i}].committed"),
                format!("the offense ({o}) is before the person's birth ({b})"),
            ));
        }
        if let Some(o) = &c.committed {
            after_as_of(
                format!("immigration.convictions[{i}].committed"),
                "offense",
                o,
            );
        }
    }
    for (i, x) in im.protections.iter().flatten().enumerate() {
        // A grant is a past act of a judge or an agency, as an order is:
        // one dated after `as_of` is a slip (2016 written 2026), and read as
        // "not yet granted" it silently removed the protection (fourteenth
        // session, review test err-tps-granted-after-as-of: "no bar found").
        if let Some(g) = &x.granted {
            after_as_of(format!("immigration.protections[{i}].granted"), "grant", g);
        }
        // A protection is granted to a living person (review of 2026-11-30,
        // tenth session, test x-inv-protection-granted-before-birth: an
        // order before the birth was refused, a grant was not).
        if let (Some(g), Some(b)) = (&x.granted, &born)
            && ends_before(g, b)
        {
            early.push(err(
                format!("immigration.protections[{i}].granted"),
                format!("the grant ({g}) is before the person's birth ({b})"),
            ));
        }
        if let (Some(g), Some(DateOrBool::On(t))) = (&x.granted, &x.terminated)
            && ends_before(t, g)
        {
            early.push(err(
                format!("immigration.protections[{i}].terminated"),
                format!("the termination ({t}) is before the grant ({g})"),
            ));
        }
    }
    errors.extend(early);
}

/// Whether every day `day` may be falls before every day `born` may be.
/// Whether a period whose first day after it is `to` surely goes on past
/// the day of death `died` (its last day, `to` - 1, is after every day
/// `died` may be).
fn ends_after_death(died: &PDate, to: &PDate) -> bool {
    died.bounds().1 < to.bounds().0 - 1
}

fn ends_before(day: &PDate, born: &PDate) -> bool {
    day.bounds().1 < born.bounds().0
}

/// The dated events of a person's own life, with their paths: none can come
/// before the person's birth.
fn own_events(p: &Person, base: &str) -> Vec<(String, &'static str, PDate, bool)> {
    let mut out = Vec::new();
    let dated = |v: &Option<OrFalse<crate::types::DateRecord>>| match v {
        Some(OrFalse::Yes(r)) => r.date,
        _ => None,
    };
    if let Some(OrFalse::Yes(n)) = &p.naturalized
        && let Some(d) = n.date
    {
        out.push((
            format!("{base}.naturalized.date"),
            "naturalization oath",
            d,
            true,
        ));
    }
    // The last field: an act of the living person (a certificate or a
    // judgment may come after a death).
    for (field, what, d, act) in [
        (
            "lpr",
            "admission for permanent residence",
            dated(&p.lpr),
            true,
        ),
        (
            "regained",
            "oath regaining citizenship",
            dated(&p.regained),
            true,
        ),
        (
            "cln",
            "Certificate of Loss of Nationality",
            dated(&p.cln),
            false,
        ),
    ] {
        if let Some(d) = d {
            out.push((format!("{base}.{field}.date"), what, d, act));
        }
    }
    if let Some(OrFalse::Yes(d)) = &p.married {
        out.push((format!("{base}.married"), "first marriage", *d, true));
    }
    if let Some(OrFalse::Yes(d)) = &p.denaturalization
        && let Some(d) = d.date
    {
        out.push((
            format!("{base}.denaturalization.date"),
            "judgment revoking naturalization",
            d,
            false,
        ));
    }
    for (i, e) in p.expatriation.iter().flatten().enumerate() {
        if let Some(d) = e.date {
            out.push((
                format!("{base}.expatriation[{i}].date"),
                "expatriating act",
                d,
                true,
            ));
        }
    }
    for (path, noun, from, _) in own_periods(p, base) {
        let what = if noun == "service" {
            "start of the service"
        } else {
            "start of the period"
        };
        out.push((format!("{path}.from"), what, from, true));
    }
    out
}

/// The periods of a person's own life, with their paths (without `.from`
/// or `.to`) and what they are (`period` or `service`): presence,
/// residence, diplomatic work, service abroad.
fn own_periods(
    p: &Person,
    base: &str,
) -> Vec<(String, &'static str, PDate, Option<Option<PDate>>)> {
    let mut out = Vec::new();
    for (field, ps) in [
        ("presence", &p.presence),
        ("residence", &p.residence),
        ("diplomat", &p.diplomat),
    ] {
        let Some(ps) = ps else { continue };
        for (i, period) in ps.items.iter().enumerate() {
            let path = if ps.complete {
                format!("{base}.{field}[{i}]")
            } else {
                format!("{base}.{field}.known[{i}]")
            };
            out.push((path, "period", period.from, period.to));
        }
    }
    for (i, s) in p.service_abroad.iter().flatten().enumerate() {
        out.push((
            format!("{base}.service_abroad[{i}]"),
            "service",
            s.from,
            s.to,
        ));
    }
    out
}

/// The checks serde cannot make: references between people, the fields of
/// each relation kind, periods, cycles.
pub fn check(case: &Case) -> Vec<CaseError> {
    let mut errors = Vec::new();
    // The day the case speaks of (today when absent): a past event cannot
    // come after it.
    let mut as_of_day = crate::facts::as_of(case);
    if let Some(a) = &case.as_of
        && !a.is_exact()
    {
        // Only an event after every day it may be is after it (review of
        // 2026-11-30: `"as_of": "2025"` also gave "the court order
        // (2025-03-20) is after `as_of` (2025-01-01)").
        as_of_day = a.bounds().1;
        errors.push(err(
            "as_of",
            format!("`{a}` is not a full date; `as_of` must be YYYY-MM-DD"),
        ));
    }
    if !case.people.contains_key(&case.subject) {
        errors.push(err(
            "subject",
            format!(
                "`{}` is not a key of `people` (the people are: {})",
                case.subject,
                keys(&case.people)
            ),
        ));
    }
    for (key, p) in &case.people {
        let base = format!("people.{key}");
        if key.is_empty() {
            errors.push(err("people", "a person's key must not be empty"));
        }
        if let Some(b) = &p.born {
            if let Some(t) = &b.time {
                if !check_time(t) {
                    errors.push(err(format!("{base}.born.time"), format!("`{t}` is not a time; expected HH:MM with a UTC offset, e.g. `11:30-05:00` or `16:30Z`")));
                }
                if b.date.is_none_or(|d| !d.is_exact()) {
                    errors.push(err(
                        format!("{base}.born.time"),
                        "a time of birth needs a full date of birth",
                    ));
                }
            }
            if let (Some(born), Some(crate::prim::OrFalse::Yes(died))) = (&b.date, &p.died)
                && died.bounds().1 < born.bounds().0
            {
                errors.push(err(
                    format!("{base}.died"),
                    format!("the date of death ({died}) is before the date of birth ({born})"),
                ));
            }
            if let (Some(born), Some(a)) = (&b.date, &p.citizenship)
                && let Some(since) = &a.since
                && ends_before(since, born)
            {
                errors.push(err(
                    format!("{base}.citizenship.since"),
                    format!("citizenship since {since} is before the date of birth ({born})"),
                ));
            }
            // Events of one's own life cannot come before one's birth.
            if let Some(born) = &b.date {
                for (path, what, day, _) in own_events(p, &base) {
                    if ends_before(&day, born) {
                        errors.push(err(
                            path,
                            format!("the {what} ({day}) is before the date of birth ({born})"),
                        ));
                    }
                }
                if born.bounds().0 > as_of_day {
                    errors.push(err(
                        format!("{base}.born.date"),
                        format!(
                            "the date of birth ({born}) is after `as_of` ({}): the case states facts as of that day",
                            fmt_day(as_of_day)
                        ),
                    ));
                }
            }
        }
        // Nor can a period of presence, residence, diplomatic work or
        // service go on after it (review of 2026-11-30: a father present
        // until four years after his death was read as present).
        if let Some(OrFalse::Yes(died)) = &p.died {
            for (path, noun, _, to) in own_periods(p, &base) {
                if let Some(Some(to)) = to
                    && ends_after_death(died, &to)
                {
                    errors.push(err(
                        format!("{path}.to"),
                        format!("the {noun} ends ({to}) after the person's death ({died}): `to` is the first day after the period"),
                    ));
                }
            }
        }
        // An admission for permanent residence after the person's own
        // naturalization is not refused: a loss of nationality later held
        // void (Afroyim, Schneider) may have been followed by one, and the
        // case format cannot record every such ground (review of the change,
        // tests i-val-schneider-*, i-val-afroyim-*).
        // The acts a living person does cannot come after their death. (A
        // date after `as_of` is accepted: it is a scheduled event, which
        // has not happened on `as_of`; decision 0007.)
        for (path, what, day, act) in own_events(p, &base) {
            if act
                && let Some(OrFalse::Yes(died)) = &p.died
                && ends_before(died, &day)
            {
                errors.push(err(
                    path,
                    format!("the {what} ({day}) is after the person's death ({died})"),
                ));
            }
        }
        if let (Some(OrFalse::No), Some(OrFalse::Yes(_))) = (&p.naturalized, &p.denaturalization) {
            errors.push(err(
                format!("{base}.denaturalization"),
                "a judgment revoking naturalization, but `naturalized` is `false` (never naturalized); record the naturalization, or leave it unknown",
            ));
        }
        if let Some(OrFalse::Yes(died)) = &p.died
            && died.bounds().0 > as_of_day
        {
            errors.push(err(
                format!("{base}.died"),
                format!(
                    "the date of death ({died}) is after `as_of` ({})",
                    fmt_day(as_of_day)
                ),
            ));
        }
        if let (Some(OrFalse::Yes(n)), Some(OrFalse::Yes(d))) =
            (&p.naturalized, &p.denaturalization)
            && let (Some(nd), Some(dd)) = (n.date, d.date)
            && ends_before(&dd, &nd)
        {
            errors.push(err(
                format!("{base}.denaturalization.date"),
                format!("the judgment revoking naturalization ({dd}) is before the naturalization ({nd})"),
            ));
        }
        for (field, ps) in [
            ("presence", &p.presence),
            ("residence", &p.residence),
            ("diplomat", &p.diplomat),
        ] {
            if let Some(ps) = ps {
                check_periods(ps, &format!("{base}.{field}"), &mut errors);
            }
        }
        if let Some(svc) = &p.service_abroad {
            for (i, s) in svc.iter().enumerate() {
                check_period(
                    &Period {
                        from: s.from,
                        to: s.to,
                    },
                    &format!("{base}.service_abroad[{i}]"),
                    &mut errors,
                );
            }
        }
    }
    if let Some(rels) = &case.relations {
        let as_value: Vec<serde_json::Value> = rels
            .iter()
            .map(|r| serde_json::to_value(r).unwrap_or_default())
            .collect();
        for (i, (r, v)) in rels.iter().zip(&as_value).enumerate() {
            let base = format!("relations[{i}]");
            let kind = serde_json::to_value(r.kind)
                .ok()
                .and_then(|k| k.as_str().map(str::to_string))
                .unwrap_or_default();
            if let Some(obj) = v.as_object() {
                for field in obj.keys() {
                    if field != "kind" && !r.kind.allowed().contains(&field.as_str()) {
                        errors.push(err(
                            format!("{base}.{field}"),
                            format!(
                                "a `{kind}` relation has no field `{field}` (its fields are: {})",
                                r.kind.allowed().join(", ")
                            ),
                        ));
                    }
                }
                for field in r.kind.required() {
                    if obj.get(*field).is_none_or(serde_json::Value::is_null) {
                        errors.push(err(
                            format!("{base}.{field}"),
                            format!("missing: a `{kind}` relation needs `{field}`"),
                        ));
                    }
                }
            }
            for (field, who) in [
                ("parent", &r.parent),
                ("child", &r.child),
                ("a", &r.a),
                ("b", &r.b),
            ] {
                if let Some(k) = who
                    && !case.people.contains_key(k)
                {
                    errors.push(err(
                        format!("{base}.{field}"),
                        format!(
                            "`{k}` is not a key of `people` (the people are: {})",
                            keys(&case.people)
                        ),
                    ));
                }
            }
            if r.parent.is_some() && r.parent == r.child {
                errors.push(err(
                    format!("{base}.child"),
                    "a person cannot be their own parent",
                ));
            }
            if r.a.is_some() && r.a == r.b {
                errors.push(err(format!("{base}.b"), "a person cannot marry themselves"));
            }
            if let Some(from) = &r.from {
                check_period(
                    &Period {
                        from: *from,
                        to: r.to,
                    },
                    &base,
                    &mut errors,
                );
            }
        }
        // A natural parent is born before the child (an adoptive parent
        // may, rarely, be younger than an adult adoptee). A link whose
        // `adoptive` is not given is read as the facts read it: adoptive
        // when an adoption of that child by that parent is recorded.
        let adopted = Relation::adopted_pairs(rels);
        for r in rels {
            let (RelationKind::Parent, Some(pk), Some(ck)) = (r.kind, &r.parent, &r.child) else {
                continue;
            };
            if !r.natural_if(r.adoptive_in(&adopted)) {
                continue;
            }
            let born = |k: &str| {
                case.people
                    .get(k)
                    .and_then(|p| p.born.as_ref())
                    .and_then(|b| b.date)
            };
            if let (Some(pb), Some(cb)) = (born(pk), born(ck))
                && pb.bounds().0 > cb.bounds().1
            {
                errors.push(err(
                    format!("people.{pk}.born.date"),
                    format!("`{pk}` is recorded as a parent of `{ck}` but was born ({pb}) after them ({cb})"),
                ));
            }
        }
        // An adoption names a parent of the child: the law reads a child's
        // adoptions through its `parent` links, so an adoption with no such
        // link was silently ignored (review of the fifteenth session, test
        // rf-320b-adoption-recorded-parent-link-missing: a U.S. citizen's
        // final adoption, and the answer "not a citizen").
        for (i, r) in rels.iter().enumerate() {
            let (RelationKind::Adoption, Some(pk), Some(ck)) = (r.kind, &r.parent, &r.child) else {
                continue;
            };
            let linked = rels.iter().any(|l| {
                l.kind == RelationKind::Parent
                    && l.parent.as_deref() == Some(pk.as_str())
                    && l.child.as_deref() == Some(ck.as_str())
            });
            if !linked {
                errors.push(err(
                    format!("relations[{i}].parent"),
                    format!("`{pk}` adopted `{ck}` but is not listed as a parent of `{ck}`: add {{\"kind\": \"parent\", \"parent\": \"{pk}\", \"child\": \"{ck}\", \"adoptive\": true}}"),
                ));
            }
        }
        // One person gives birth to a child (review of 2026-11-30, tenth
        // session, test x-inv-two-gestational-mothers). Not refused, though
        // they looked like contradictions: a birth mother recorded dead
        // before the birth (a mother kept on support after brain death
        // gives birth weeks later), and a custody going on after the
        // parent's death (the law reads custody as ending with the death;
        // `to: null` is often written at the start).
        let mut birth_parent: std::collections::HashMap<&str, &str> =
            std::collections::HashMap::new();
        for (i, r) in rels.iter().enumerate() {
            match (r.kind, r.parent.as_deref(), r.child.as_deref()) {
                (RelationKind::Parent, Some(pk), Some(ck)) if r.gestational == Some(true) => {
                    if let Some(other) = birth_parent.get(ck)
                        && *other != pk
                    {
                        errors.push(err(
                            format!("relations[{i}].gestational"),
                            format!("`{other}` is already recorded as having given birth to `{ck}`: only one person gives birth to a child"),
                        ));
                    } else {
                        birth_parent.insert(ck, pk);
                    }
                }
                _ => {}
            }
        }
        // A child has at most two genetic parents, one of each sex
        // (fourteenth session, review test err-two-biological-fathers: a
        // third genetic parent, a second father, was accepted and read).
        let mut genetic: std::collections::HashMap<&str, Vec<&str>> =
            std::collections::HashMap::new();
        let sex_of = |k: &str| case.people.get(k).and_then(|p| p.sex);
        for (i, r) in rels.iter().enumerate() {
            let (RelationKind::Parent, Some(pk), Some(ck), Some(true)) = (
                r.kind,
                r.parent.as_deref(),
                r.child.as_deref(),
                r.biological,
            ) else {
                continue;
            };
            let known = genetic.entry(ck).or_default();
            if known.contains(&pk) {
                continue;
            }
            if known.len() >= 2 {
                errors.push(err(
                    format!("relations[{i}].biological"),
                    format!("`{}` and `{}` are already recorded as the genetic parents of `{ck}`: a child has two genetic parents", known[0], known[1]),
                ));
                continue;
            }
            if let Some(other) = known
                .iter()
                .find(|o| sex_of(o).is_some() && sex_of(o) == sex_of(pk))
            {
                errors.push(err(
                    format!("relations[{i}].biological"),
                    format!("`{other}` and `{pk}` are both recorded as genetic parents of `{ck}` and have the same sex: a child has one genetic father and one genetic mother (`sex` records the parent's role as the statute's mother or father; a parent without a genetic tie is `\"biological\": false`)"),
                ));
                continue;
            }
            known.push(pk);
        }
        // The same parent link written twice must not contradict itself
        // (review of 2026-11-29: `biological: true` in one and `false` in
        // the other was read as `true`, a guess).
        // Each parent link's fields as JSON, to compare them field by field.
        let fields: Vec<Option<serde_json::Map<String, serde_json::Value>>> = rels
            .iter()
            .map(|r| match serde_json::to_value(r) {
                Ok(serde_json::Value::Object(m)) if r.kind == RelationKind::Parent => Some(m),
                _ => None,
            })
            .collect();
        // The first link of each (parent, child) pair.
        let mut first: std::collections::HashMap<(&Option<String>, &Option<String>), usize> =
            std::collections::HashMap::new();
        for (i, r) in rels.iter().enumerate() {
            let Some(here) = &fields[i] else { continue };
            let earlier = match first.entry((&r.parent, &r.child)) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(i);
                    None
                }
            };
            let Some((j, there)) = earlier.and_then(|j| Some((j, fields[j].as_ref()?))) else {
                continue;
            };
            let before = errors.len();
            for (field, v) in here {
                if let Some(w) = there.get(field)
                    && w != v
                {
                    errors.push(err(
                        format!("relations[{i}].{field}"),
                        format!(
                            "contradicts relations[{j}].{field} ({w} there, {v} here): the same parent link is recorded twice with different facts; write it once"
                        ),
                    ));
                }
            }
            // Without a contradiction it is still read as a second parent
            // (review of the change: its § 309(a) facts were ignored and a
            // flag about a third parent raised).
            if errors.len() == before {
                let (pk, ck) = (
                    r.parent.as_deref().unwrap_or(""),
                    r.child.as_deref().unwrap_or(""),
                );
                errors.push(err(
                    format!("relations[{i}]"),
                    format!("`{pk}` is already recorded as a parent of `{ck}` in relations[{j}]: write the link once, with all its facts"),
                ));
            }
        }
        // The parent graph must be acyclic.
        let mut parents: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for r in rels {
            if let (RelationKind::Parent, Some(p), Some(c)) = (r.kind, &r.parent, &r.child) {
                parents.entry(c.as_str()).or_default().insert(p.as_str());
            }
        }
        for start in parents.keys() {
            let mut stack: Vec<&str> = parents[start].iter().copied().collect();
            let mut seen = BTreeSet::new();
            while let Some(x) = stack.pop() {
                if x == *start {
                    let i = rels
                        .iter()
                        .position(|r| {
                            r.kind == RelationKind::Parent && r.child.as_deref() == Some(start)
                        })
                        .unwrap_or(0);
                    errors.push(err(format!("relations[{i}]"), format!("`{start}` would be their own ancestor: the parent relations form a cycle")));
                    break;
                }
                if seen.insert(x)
                    && let Some(ps) = parents.get(x)
                {
                    stack.extend(ps.iter().copied());
                }
            }
        }
    }
    check_relation_dates(case, &mut errors);
    check_never_married(case, &mut errors);
    check_united_states_regions(case, &mut errors);
    check_order_kinds(case, &mut errors);
    check_immigration_dates(case, as_of_day, &mut errors);
    check_action_fields(case, &mut errors);
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    errors.dedup();
    errors
}

fn keys(people: &BTreeMap<String, Person>) -> String {
    // Twenty at most: a message per bad reference must not grow with
    // the number of people.
    const SHOWN: usize = 20;
    let mut out = people
        .keys()
        .take(SHOWN)
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if people.len() > SHOWN {
        out.push_str(&format!(" and {} more", people.len() - SHOWN));
    }
    out
}

/// Whether a date is a full day.
pub fn is_exact(d: &PDate) -> bool {
    d.is_exact()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn times_of_birth_are_range_checked() {
        for ok in [
            "00:00Z",
            "23:59Z",
            "11:30-05:00",
            "16:30+14:00",
            "12:00+05:45",
        ] {
            assert!(check_time(ok), "{ok}");
        }
        for bad in [
            "24:00Z",
            "12:60Z",
            "25:00-05:00",
            "12:00+25:00",
            "12:00+05:60",
            "1200Z",
            "12:00",
            "12:00 EST",
            "",
            "12:0Z",
        ] {
            assert!(!check_time(bad), "{bad}");
        }
    }

    #[test]
    fn a_parent_link_is_written_once() {
        let case = |second: &str| {
            format!(
                r#"{{"format": "habeas.case/1", "id": "t", "subject": "c",
                "people": {{"c": {{}}, "f": {{}}}},
                "relations": [
                  {{"kind": "parent", "parent": "f", "child": "c", "biological": true}},
                  {second}
                ]}}"#
            )
        };
        let errors = parse_case(&case(
            r#"{"kind": "parent", "parent": "f", "child": "c", "biological": false}"#,
        ))
        .expect_err("a contradiction is an error");
        assert_eq!(errors.errors[0].path, "relations[1].biological");
        // Without a contradiction it is still one link written twice.
        let errors = parse_case(&case(
            r#"{"kind": "parent", "parent": "f", "child": "c", "biological": true, "legal": true}"#,
        ))
        .expect_err("a link written twice is an error");
        assert_eq!(errors.errors[0].path, "relations[1]");
    }

    #[test]
    fn an_adoptive_parent_may_be_younger_than_the_adoptee() {
        let case = |adoptive: &str, adoption: &str| {
            format!(
                r#"{{"format": "habeas.case/1", "id": "t", "subject": "c",
                "people": {{"c": {{"born": {{"date": "1990-01-01"}}}},
                            "a": {{"born": {{"date": "1992-01-01"}}}}}},
                "relations": [
                  {{"kind": "parent", "parent": "a", "child": "c"{adoptive}}}{adoption}
                ]}}"#
            )
        };
        let adoption =
            r#", {"kind": "adoption", "parent": "a", "child": "c", "date": "2015-01-01"}"#;
        // `adoptive` recorded, or read from the recorded adoption.
        parse_case(&case(r#", "adoptive": true"#, "")).expect("recorded adoptive");
        parse_case(&case("", adoption)).expect("adoption recorded, `adoptive` not given");
        // A natural parent born after the child is an input error.
        let errors = parse_case(&case("", "")).expect_err("a natural parent");
        assert_eq!(errors.errors[0].path, "people.a.born.date");
        let errors = parse_case(&case(r#", "adoptive": false"#, adoption))
            .expect_err("recorded as no adoptive link");
        assert_eq!(errors.errors[0].path, "people.a.born.date");
    }

    #[test]
    fn a_missing_field_is_named_at_its_own_path() {
        assert_eq!(
            field_path("action".into(), "missing field `kind`"),
            "action.kind"
        );
        assert_eq!(
            field_path(String::new(), "missing field `subject`"),
            "subject"
        );
        assert_eq!(
            field_path(
                "immigration.protections[0]".into(),
                "missing field `kind` at line 1"
            ),
            "immigration.protections[0].kind"
        );
        assert_eq!(
            field_path("people.p.born".into(), "invalid type: integer"),
            "people.p.born"
        );
    }
}

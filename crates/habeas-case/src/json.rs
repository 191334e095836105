//! JSON text to a value, refusing a key written twice in one object.
//!
//! `serde_json` keeps the last of two equal keys without a word, so
//! `"country": "US", "country": "SV"` would be read as a birth in El
//! Salvador: a guess, which spec principle 5 forbids ("bad input gets a
//! clear error, never a guess"). This reader builds the same
//! `serde_json::Value` and names the path of the first repeated key.

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why JSON text could not be read.
#[derive(Debug)]
pub enum JsonError {
    /// Not JSON at all: the parser's message, line and column.
    Syntax(serde_json::Error),
    /// A key written twice in one object: the path of the key (as in
    /// `CaseError::path`) and the key.
    Duplicate {
        /// Where, e.g. `people.p.born.country`.
        path: String,
        /// The repeated key.
        key: String,
    },
}

/// What an empty input is told (serde says "EOF while parsing a value").
pub const EMPTY_INPUT: &str = "the input is empty: expected a JSON object (a `habeas.case/1`)";

impl JsonError {
    /// What is wrong with a repeated key, for an error that names its path
    /// apart (the CLI's and the server's path-named errors).
    pub fn duplicate_message(key: &str) -> String {
        format!(
            "the key `{key}` is written twice in the same object; write it once (which of the two was meant cannot be known)"
        )
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // An empty input says so (serde says "EOF while parsing a value
            // (line 1, column 0)": review of 2026-11-30).
            JsonError::Syntax(e) if e.is_eof() && e.line() == 1 && e.column() == 0 => {
                f.write_str(EMPTY_INPUT)
            }
            JsonError::Syntax(e) => write!(f, "{e}"),
            JsonError::Duplicate { path, key } => {
                write!(f, "`{path}`: {}", JsonError::duplicate_message(key))
            }
        }
    }
}

/// Reads JSON text into a value, refusing a repeated key. A UTF-8
/// byte-order mark at the start (which some editors write) is skipped, as
/// the CSV reader skips it (review of 2026-11-30).
pub fn parse_json(text: &[u8]) -> Result<Value, JsonError> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let dup = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_slice(text);
    let read = Strict {
        path: String::new(),
        dup: &dup,
    }
    .deserialize(&mut de)
    .and_then(|v| de.end().map(|()| v));
    match (read, dup.into_inner()) {
        (_, Some((path, key))) => Err(JsonError::Duplicate { path, key }),
        (Ok(v), None) => Ok(v),
        (Err(e), None) => Err(JsonError::Syntax(e)),
    }
}

struct Strict<'a> {
    path: String,
    dup: &'a RefCell<Option<(String, String)>>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let seed = Strict {
                path: format!("{}[{}]", self.path, out.len()),
                dup: self.dup,
            };
            match seq.next_element_seed(seed)? {
                Some(v) => out.push(v),
                None => return Ok(Value::Array(out)),
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if out.contains_key(&key) {
                *self.dup.borrow_mut() = Some((path, key));
                return Err(A::Error::custom("a key is written twice"));
            }
            let v = map.next_value_seed(Strict {
                path,
                dup: self.dup,
            })?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_reads() {
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": {"d": []}}"#;
        let want: Value = serde_json::from_str(text).expect("JSON");
        assert_eq!(parse_json(text.as_bytes()).expect("JSON"), want);
    }

    #[test]
    fn a_repeated_key_is_named_at_its_path() {
        let text = br#"{"people": {"p": {"born": {"country": "US", "country": "SV"}}}, "list": [{"k": 1}]}"#;
        match parse_json(text) {
            Err(JsonError::Duplicate { path, key }) => {
                assert_eq!(path, "people.p.born.country");
                assert_eq!(key, "country");
            }
            other => panic!("expected a duplicate key, got {other:?}"),
        }
        match parse_json(br#"{"list": [{"k": 1}, {"k": 1, "k": 2}]}"#) {
            Err(JsonError::Duplicate { path, .. }) => assert_eq!(path, "list[1].k"),
            other => panic!("expected a duplicate key, got {other:?}"),
        }
        // The same key in two objects is no repeat.
        assert!(parse_json(br#"{"a": {"k": 1}, "b": {"k": 1}}"#).is_ok());
    }

    #[test]
    fn text_that_is_not_json_is_a_syntax_error() {
        assert!(matches!(
            parse_json(b"{\"a\": }"),
            Err(JsonError::Syntax(_))
        ));
        assert!(matches!(parse_json(b"{} x"), Err(JsonError::Syntax(_))));
    }
}

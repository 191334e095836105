//! Mapping files: how to read any table (a detention roster, an agency data
//! release) as `habeas.roster/1`.
//!
//! The syntax is documented for users in `docs/mapping.md`.
//!
//! ```toml
//! # How dates are written (tried in order). A top-level key: it must come
//! # before the first [table].
//! date_format = ["MM/DD/YYYY", "YYYY"]
//!
//! # Which source column holds which roster column.
//! [columns]
//! "A-Number" = "id"
//! "Date of Birth" = "born_date"
//! "Country of Birth" = "born_country"
//!
//! # Per roster column if needed.
//! [date_formats]
//! custody_since = "YYYY-MM-DD"
//!
//! # Value translations, per roster column.
//! [values.born_country]
//! "UNITED STATES" = "US"
//! "EL SALVADOR" = "SV"
//!
//! # Cells every row gets.
//! [constants]
//! action_kind = "removal"
//! ```

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::roster::{COLUMNS, DATE_COLUMNS, PERIOD_COLUMNS, RosterRow, RowError, column_index};

/// A mapping file that could not be used: where and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[error("{file}:{line}:{col}: {message}")]
#[diagnostic(code(habeas::batch::mapping))]
pub struct MappingError {
    /// The file name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    #[help]
    pub help: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    columns: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    date_format: Option<Spanned<OneOrMany>>,
    #[serde(default)]
    date_formats: BTreeMap<Spanned<String>, Spanned<OneOrMany>>,
    #[serde(default)]
    values: BTreeMap<Spanned<String>, BTreeMap<String, String>>,
    #[serde(default)]
    constants: BTreeMap<Spanned<String>, Spanned<String>>,
}

#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn list(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// A date format such as `MM/DD/YYYY`: `YYYY` (4-digit year), `MM`/`M`
/// (month), `DD`/`D` (day); any other character must appear as written.
/// A format without `DD` gives a month (`YYYY-MM`), without `MM` a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateFormat {
    text: String,
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    Year,
    Month,
    Day,
    Lit(char),
}

impl DateFormat {
    /// Parses a format; `Err` says what is wrong.
    pub fn parse(text: &str) -> Result<DateFormat, String> {
        let mut parts = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let (p, n) = if rest.starts_with("YYYY") {
                (Part::Year, 4)
            } else if rest.starts_with("MM") {
                (Part::Month, 2)
            } else if rest.starts_with("DD") {
                (Part::Day, 2)
            } else if rest.starts_with('M') {
                (Part::Month, 1)
            } else if rest.starts_with('D') {
                (Part::Day, 1)
            } else if rest.starts_with('Y') {
                return Err(format!(
                    "`{text}`: write the year as `YYYY` (two-digit years are ambiguous)"
                ));
            } else {
                let c = rest.chars().next().unwrap_or(' ');
                (Part::Lit(c), c.len_utf8())
            };
            parts.push(p);
            rest = &rest[n..];
        }
        let count = |k: &Part| parts.iter().filter(|p| *p == k).count();
        if count(&Part::Year) != 1 {
            return Err(format!("`{text}` must contain `YYYY` once"));
        }
        if count(&Part::Month) > 1 || count(&Part::Day) > 1 {
            return Err(format!("`{text}` names the month or the day twice"));
        }
        if count(&Part::Day) == 1 && count(&Part::Month) == 0 {
            return Err(format!("`{text}` has a day but no month"));
        }
        Ok(DateFormat {
            text: text.to_string(),
            parts,
        })
    }

    /// Reads a date written in this format as ISO (`YYYY-MM-DD`, `YYYY-MM`
    /// or `YYYY`); `None` if it does not match. The calendar check (is
    /// there a 30 February?) is the case validator's.
    pub fn read(&self, s: &str) -> Option<String> {
        let b = s.as_bytes();
        let mut i = 0;
        let (mut y, mut m, mut d) = (None, None, None);
        let digits = |i: &mut usize, min: usize, max: usize| -> Option<u32> {
            let start = *i;
            while *i < b.len() && *i - start < max && b[*i].is_ascii_digit() {
                *i += 1;
            }
            if *i - start < min {
                return None;
            }
            s[start..*i].parse().ok()
        };
        for p in &self.parts {
            match p {
                Part::Year => y = Some(digits(&mut i, 4, 4)?),
                Part::Month => m = Some(digits(&mut i, 1, 2)?),
                Part::Day => d = Some(digits(&mut i, 1, 2)?),
                Part::Lit(c) => {
                    let mut buf = [0u8; 4];
                    let lit = c.encode_utf8(&mut buf).as_bytes();
                    if !b[i..].starts_with(lit) {
                        return None;
                    }
                    i += lit.len();
                }
            }
        }
        if i != b.len() {
            return None;
        }
        let y = y?;
        Some(match (m, d) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

/// How one roster column is read from its source column.
#[derive(Clone, Debug, Default)]
struct Rule {
    /// The source column's position in the header.
    source: Option<usize>,
    values: BTreeMap<String, String>,
    dates: Vec<DateFormat>,
    constant: Option<String>,
}

/// A checked mapping file.
#[derive(Clone, Debug, Default)]
pub struct Mapping {
    /// roster column → source column name.
    columns: BTreeMap<String, String>,
    date_format: Vec<DateFormat>,
    date_formats: BTreeMap<String, Vec<DateFormat>>,
    values: BTreeMap<String, BTreeMap<String, String>>,
    constants: BTreeMap<String, String>,
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn roster_columns_help() -> String {
    format!("the columns of habeas.roster/1 are: {}", COLUMNS.join(", "))
}

impl Mapping {
    /// Parses and checks a mapping file's text. `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Mapping, MappingError> {
        let at = |span: std::ops::Range<usize>, message: String, help: Option<String>| {
            let (line, col) = line_col(text, span.start);
            MappingError {
                file: file.to_string(),
                line,
                col,
                message,
                help,
            }
        };
        let raw: File = toml::from_str(text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            at(
                span,
                e.message().trim_end_matches('.').to_string(),
                Some(
                    "a mapping has the tables [columns], [values.COLUMN], [date_formats], \
                     [constants] and the key date_format"
                        .into(),
                ),
            )
        })?;
        let roster = |s: &Spanned<String>| -> Result<String, MappingError> {
            let name = s.get_ref().trim();
            if column_index(name).is_some() {
                Ok(name.to_string())
            } else {
                Err(at(
                    s.span(),
                    format!("`{name}` is not a column of habeas.roster/1"),
                    Some(roster_columns_help()),
                ))
            }
        };
        let formats = |s: &Spanned<OneOrMany>| -> Result<Vec<DateFormat>, MappingError> {
            s.get_ref()
                .list()
                .iter()
                .map(|f| DateFormat::parse(f))
                .collect::<Result<_, _>>()
                .map_err(|m| {
                    at(
                        s.span(),
                        format!("bad date format {m}"),
                        Some("use YYYY, MM, DD, M and D, e.g. `MM/DD/YYYY`".into()),
                    )
                })
        };
        let mut m = Mapping::default();
        let mut seen: BTreeMap<String, std::ops::Range<usize>> = BTreeMap::new();
        for (source, target) in &raw.columns {
            // `date_format` written after `[columns]` is read by TOML as a
            // source column of that table (review of 2026-11-30, eleventh
            // session: "`MM/DD/YYYY` is not a column of habeas.roster/1").
            if source.get_ref().trim() == "date_format" {
                return Err(at(
                    source.span(),
                    "`date_format` is inside the [columns] table".into(),
                    Some(
                        "move `date_format = ...` above the first [table] line: a key after a \
                         [table] header belongs to that table"
                            .into(),
                    ),
                ));
            }
            let t = roster(target)?;
            if seen.contains_key(&t) {
                return Err(at(
                    target.span(),
                    format!("two source columns map to `{t}`"),
                    Some("map each roster column from one source column".into()),
                ));
            }
            seen.insert(t.clone(), target.span());
            m.columns.insert(t, source.get_ref().clone());
        }
        if let Some(f) = &raw.date_format {
            m.date_format = formats(f)?;
        }
        for (col, f) in &raw.date_formats {
            let c = roster(col)?;
            if !DATE_COLUMNS.contains(&c.as_str()) && !PERIOD_COLUMNS.contains(&c.as_str()) {
                return Err(at(
                    col.span(),
                    format!("`{c}` is not a date column"),
                    Some(format!("date columns: {}", DATE_COLUMNS.join(", "))),
                ));
            }
            m.date_formats.insert(c, formats(f)?);
        }
        for (col, table) in raw.values {
            let c = roster(&col)?;
            m.values.insert(c, table);
        }
        for (col, v) in &raw.constants {
            let c = roster(col)?;
            m.constants.insert(c, v.get_ref().clone());
        }
        if !m.columns.contains_key("id") && !m.constants.contains_key("id") {
            return Err(MappingError {
                file: file.to_string(),
                line: 1,
                col: 1,
                message: "no source column maps to `id`".into(),
                help: Some("add `\"YOUR ID COLUMN\" = \"id\"` under [columns]".into()),
            });
        }
        Ok(m)
    }

    /// Binds the mapping to a table's header. Fails if a mapped source
    /// column is not in the header.
    pub fn bind(&self, header: &[String]) -> Result<Layout, String> {
        let mut rules: Vec<Rule> = vec![Rule::default(); COLUMNS.len()];
        let mut names = vec![String::new(); COLUMNS.len()];
        for (target, source) in &self.columns {
            let Some(pos) = header.iter().position(|h| h.trim() == source.trim()) else {
                return Err(format!(
                    "the mapping names the column `{source}`, which the input does not have (it has: {})",
                    header.join(", ")
                ));
            };
            let i = column_index(target).unwrap_or(0);
            rules[i].source = Some(pos);
            names[i] = source.clone();
        }
        for (i, col) in COLUMNS.iter().enumerate() {
            let r = &mut rules[i];
            if let Some(v) = self.values.get(*col) {
                r.values = v.clone();
            }
            if DATE_COLUMNS.contains(col) || PERIOD_COLUMNS.contains(col) {
                r.dates = self
                    .date_formats
                    .get(*col)
                    .cloned()
                    .unwrap_or_else(|| self.date_format.clone());
            }
            r.constant = self.constants.get(*col).cloned();
        }
        // The source columns no rule reads from.
        let unread = header
            .iter()
            .enumerate()
            .filter(|(i, h)| !h.trim().is_empty() && !rules.iter().any(|r| r.source == Some(*i)))
            .map(|(_, h)| h.clone())
            .collect();
        Ok(Layout {
            rules,
            names: Arc::new(names),
            width: header.len(),
            unread,
        })
    }

    /// The layout of a `habeas.roster/1` header (no mapping): every column
    /// must be a roster column.
    pub fn roster_layout(header: &[String]) -> Result<Layout, String> {
        let mut m = Mapping::default();
        let mut unknown = Vec::new();
        for h in header {
            let h = h.trim();
            if column_index(h).is_some() {
                if m.columns.insert(h.to_string(), h.to_string()).is_some() {
                    return Err(format!("the column `{h}` appears twice"));
                }
            } else {
                unknown.push(format!("`{h}`"));
            }
        }
        if !unknown.is_empty() {
            return Err(format!(
                "the input has columns that habeas.roster/1 does not define: {} (to read another table, give a mapping file with --mapping)",
                unknown.join(", ")
            ));
        }
        if !m.columns.contains_key("id") {
            return Err("the input has no `id` column (habeas.roster/1 requires one)".into());
        }
        let mut layout = m.bind(header)?;
        layout.names = Arc::new(Vec::new());
        Ok(layout)
    }
}

/// A mapping bound to a header: how to turn a source row into a roster row.
#[derive(Clone, Debug)]
pub struct Layout {
    rules: Vec<Rule>,
    names: Arc<Vec<String>>,
    width: usize,
    unread: Vec<String>,
}

impl Layout {
    /// The source columns no roster column is read from.
    pub fn unread(&self) -> &[String] {
        &self.unread
    }

    /// The number of source columns.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Turns a source row into a roster row: picks the mapped cells,
    /// translates values and reads dates. A cell that does not fit gives an
    /// error naming the source column.
    pub fn row<'a>(
        &self,
        cell: impl Fn(usize) -> Option<&'a str>,
    ) -> Result<RosterRow, (Option<String>, RowError)> {
        let mut out = RosterRow {
            cells: vec![None; COLUMNS.len()],
            names: (!self.names.is_empty()).then(|| Arc::clone(&self.names)),
        };
        let mut first_error = None;
        for (i, r) in self.rules.iter().enumerate() {
            let raw = r
                .source
                .and_then(&cell)
                .map(str::trim)
                .filter(|s| !s.is_empty());
            let Some(raw) = raw else {
                // Constants are written as habeas.roster/1 cells already.
                if let Some(c) = &r.constant {
                    out.cells[i] = Some(c.clone());
                }
                continue;
            };
            let v = r
                .values
                .get(raw)
                .or_else(|| {
                    r.values
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(raw))
                        .map(|(_, v)| v)
                })
                .map_or(raw, String::as_str);
            let v = if r.dates.is_empty() || v.eq_ignore_ascii_case("no") {
                Ok(v.to_string())
            } else if PERIOD_COLUMNS.contains(&COLUMNS[i]) {
                read_periods(v, &r.dates)
            } else {
                read_date(v, &r.dates)
            };
            match v {
                Ok(v) => out.cells[i] = Some(v),
                Err(m) => {
                    if first_error.is_none() {
                        first_error = Some(RowError {
                            column: out.column_name(i),
                            message: m,
                        });
                    }
                }
            }
        }
        match first_error {
            Some(e) => Err((out.id().map(str::to_string), e)),
            None => Ok(out),
        }
    }
}

fn read_date(v: &str, formats: &[DateFormat]) -> Result<String, String> {
    formats.iter().find_map(|f| f.read(v)).ok_or_else(|| {
        let names: Vec<&str> = formats.iter().map(|f| f.text.as_str()).collect();
        format!("`{v}` is not a date in the format {}", names.join(" or "))
    })
}

fn read_periods(v: &str, formats: &[DateFormat]) -> Result<String, String> {
    if v.eq_ignore_ascii_case("none") {
        return Ok(v.to_string());
    }
    let mut out = Vec::new();
    for part in v.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once("..").unwrap_or((part, ""));
        let a = read_date(a.trim(), formats)?;
        let b = if b.trim().is_empty() {
            String::new()
        } else {
            read_date(b.trim(), formats)?
        };
        out.push(format!("{a}..{b}"));
    }
    Ok(out.join(";"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    #[test]
    fn date_formats_read_us_style_dates() {
        let f = DateFormat::parse("MM/DD/YYYY").unwrap();
        assert_eq!(f.read("03/07/1990").as_deref(), Some("1990-03-07"));
        assert_eq!(f.read("3/7/1990").as_deref(), Some("1990-03-07"));
        assert_eq!(f.read("1990-03-07"), None);
        assert_eq!(
            DateFormat::parse("YYYY").unwrap().read("1990").as_deref(),
            Some("1990")
        );
        assert!(DateFormat::parse("MM/DD/YY").is_err());
    }

    #[test]
    fn date_format_after_a_table_is_named_as_misplaced() {
        let e = Mapping::parse(
            "m.toml",
            "[columns]\nANUM = \"id\"\ndate_format = \"MM/DD/YYYY\"\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("inside the [columns] table"), "{e}");
        assert!(
            e.help
                .unwrap_or_default()
                .contains("above the first [table]")
        );
    }

    #[test]
    fn a_mapping_translates_values_and_dates() {
        let m = Mapping::parse(
            "m.toml",
            "date_format = \"MM/DD/YYYY\"\n[columns]\nANUM = \"id\"\nDOB = \"born_date\"\nCOB = \"born_country\"\n[values.born_country]\n\"UNITED STATES\" = \"US\"\n[constants]\naction_kind = \"removal\"\n",
        )
        .unwrap();
        let header: Vec<String> = ["ANUM", "DOB", "COB", "OTHER"].map(String::from).into();
        let l = m.bind(&header).unwrap();
        // The column the mapping does not name is reported, not read.
        assert_eq!(l.unread(), ["OTHER".to_string()]);
        let cells = ["A1", "12/31/1999", "united states", "x"];
        let r = l.row(|i| cells.get(i).copied()).unwrap();
        assert_eq!(
            r.get(column_index("born_date").unwrap()),
            Some("1999-12-31")
        );
        assert_eq!(r.get(column_index("born_country").unwrap()), Some("US"));
        assert_eq!(r.get(column_index("action_kind").unwrap()), Some("removal"));
        let cells = ["A2", "1999-12-31", "", ""];
        let (id, e) = l.row(|i| cells.get(i).copied()).unwrap_err();
        assert_eq!(id.as_deref(), Some("A2"));
        assert_eq!(e.column, "DOB");
    }
}

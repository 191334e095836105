//! `habeas.roster/1`: one flat row per subject, turned into a
//! `habeas.case/1` JSON value.
//!
//! The row is built as JSON and then validated by
//! [`habeas_case::parse_case_value`], exactly as `habeas check` validates a
//! case file, so a row is accepted or rejected for the same reasons. The
//! JSON paths of validation errors are mapped back to the roster column
//! that produced the field. What each column becomes, and why, is recorded
//! in `docs/decisions/0400-roster-mapping.md`.

use serde_json::{Map, Value, json};

/// The columns of `habeas.roster/1`, in the spec's order.
pub const COLUMNS: [&str; 37] = [
    "id",
    "as_of",
    "born_date",
    "born_country",
    "sex",
    "lpr_date",
    "naturalized_date",
    "married_date",
    "parents_married_at_birth",
    "mother_citizen",
    "father_citizen",
    "mother_citizen_since",
    "father_citizen_since",
    "mother_born_date",
    "father_born_date",
    "mother_naturalized_date",
    "father_naturalized_date",
    "mother_presence",
    "father_presence",
    "mother_died",
    "father_died",
    "father_legitimated_date",
    "custody",
    "custody_since",
    "legal_separation_date",
    "protections",
    "final_order",
    "action_kind",
    "action_to",
    "action_authority",
    // Not in the spec's table (extensions, optional like every column):
    // facts that derivation and the bars read and that a roster otherwise
    // could never give, so that no row could ever be `no_bar_found`.
    "presence",
    "nationality",
    "pending",
    "court_orders",
    "serving_sentence",
    "circuit",
    "name",
];

/// The columns whose cells are dates (or `no`).
pub const DATE_COLUMNS: [&str; 16] = [
    "as_of",
    "born_date",
    "lpr_date",
    "naturalized_date",
    "married_date",
    "mother_citizen_since",
    "father_citizen_since",
    "mother_born_date",
    "father_born_date",
    "mother_naturalized_date",
    "father_naturalized_date",
    "mother_died",
    "father_died",
    "father_legitimated_date",
    "custody_since",
    "legal_separation_date",
];

/// The columns whose cells are lists of periods `FROM..TO;FROM..TO`.
pub const PERIOD_COLUMNS: [&str; 3] = ["mother_presence", "father_presence", "presence"];

/// The position of a roster column in [`COLUMNS`].
pub fn column_index(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}

/// One roster row: a cell (or nothing: unknown) per column of [`COLUMNS`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RosterRow {
    /// The cells, indexed like [`COLUMNS`]; `None` or empty is unknown.
    pub cells: Vec<Option<String>>,
    /// Source column names to report in errors instead of the roster's
    /// (set when the row came through a mapping file), indexed like
    /// [`COLUMNS`].
    pub names: Option<std::sync::Arc<Vec<String>>>,
}

/// Why a row could not be turned into a case: the column and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The column (or JSON path, for JSON Lines) at fault.
    pub column: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.column.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.column, self.message)
        }
    }
}

/// Where each JSON field of a built case came from: `(json path, column)`.
pub type Origins = Vec<(String, usize)>;

impl RosterRow {
    /// A row with every cell unknown.
    pub fn empty() -> RosterRow {
        RosterRow {
            cells: vec![None; COLUMNS.len()],
            names: None,
        }
    }

    /// Sets a cell by roster column name (ignored if the name is unknown).
    pub fn set(&mut self, column: &str, value: impl Into<String>) {
        if let Some(i) = column_index(column) {
            self.cells[i] = Some(value.into());
        }
    }

    /// The cell of a column, trimmed; `None` when empty or unknown.
    pub fn get(&self, column: usize) -> Option<&str> {
        self.cells
            .get(column)
            .and_then(|c| c.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn cell(&self, name: &str) -> Option<&str> {
        column_index(name).and_then(|i| self.get(i))
    }

    /// The name to show for a column in errors.
    pub fn column_name(&self, column: usize) -> String {
        self.names
            .as_ref()
            .and_then(|n| n.get(column))
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| COLUMNS.get(column).copied().unwrap_or("").to_string())
    }

    fn error(&self, name: &str, message: impl Into<String>) -> RowError {
        RowError {
            column: column_index(name).map_or_else(|| name.to_string(), |i| self.column_name(i)),
            message: message.into(),
        }
    }

    /// The row's `id` cell.
    pub fn id(&self) -> Option<&str> {
        self.get(0)
    }

    /// Builds the `habeas.case/1` JSON value of this row, and where each of
    /// its fields came from.
    pub fn to_case_value(&self) -> Result<(Value, Origins), RowError> {
        Builder::new(self).build()
    }

    /// Builds and validates the case, as `habeas check` would; validation
    /// errors name the roster column.
    pub fn to_case(&self) -> Result<habeas_case::Case, RowError> {
        let (v, origins) = self.to_case_value()?;
        habeas_case::parse_case_value(v).map_err(|e| self.map_errors(&e, &origins))
    }

    /// Maps validation errors (with JSON paths) back to roster columns.
    pub fn map_errors(&self, e: &habeas_case::CaseErrors, origins: &Origins) -> RowError {
        let mut columns: Vec<String> = Vec::new();
        let mut messages: Vec<String> = Vec::new();
        for x in &e.errors {
            let col = column_of_path(&x.path, origins).map(|c| self.column_name(c));
            let text = match &col {
                Some(c) => {
                    if !columns.contains(c) {
                        columns.push(c.clone());
                    }
                    x.message.clone()
                }
                None => x.to_string(),
            };
            if !messages.contains(&text) {
                messages.push(text);
            }
        }
        RowError {
            column: columns.join(", "),
            message: messages.join("; "),
        }
    }
}

/// The column that produced a JSON path: the longest recorded prefix that
/// ends at a path boundary.
pub fn column_of_path(path: &str, origins: &Origins) -> Option<usize> {
    origins
        .iter()
        .filter(|(p, _)| {
            path.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
        .max_by_key(|(p, _)| p.len())
        .map(|(_, c)| *c)
}

/// A yes/no cell.
fn yes_no(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" => Some(true),
        "no" | "n" | "false" => Some(false),
        _ => None,
    }
}

/// A date cell: `no` is the known negative `false`, anything else is kept
/// as text for the case validator to check.
fn date_or_false(s: &str) -> Value {
    if s.eq_ignore_ascii_case("no") {
        Value::Bool(false)
    } else {
        Value::String(s.to_string())
    }
}

/// A parent's status as a roster asserts it: shown by a U.S. document
/// (decision 0400), from `since` when it is known.
fn asserted(status: &str, since: Option<String>) -> Value {
    let mut a = Map::new();
    a.insert("status".into(), Value::String(status.into()));
    if let Some(s) = since {
        a.insert("since".into(), Value::String(s));
    }
    a.insert("evidence".into(), Value::String("us_passport".into()));
    Value::Object(a)
}

/// A parent who never became a citizen, as the roster records it.
fn never_a_citizen() -> Value {
    json!({"status": "not_citizen", "evidence": "roster"})
}

/// The first day of a (possibly partial) ISO date, as text: `1990` →
/// `1990-01-01`, `1990-06` → `1990-06-01`. `None` if it is not in that shape
/// (the validator reports the birth date itself).
fn first_day(s: &str) -> Option<String> {
    match s.len() {
        4 => Some(format!("{s}-01-01")),
        7 => Some(format!("{s}-01")),
        10 => Some(s.to_string()),
        _ => None,
    }
}

struct Builder<'a> {
    row: &'a RosterRow,
    origins: Origins,
}

impl<'a> Builder<'a> {
    fn new(row: &'a RosterRow) -> Self {
        Builder {
            row,
            origins: Vec::new(),
        }
    }

    fn origin(&mut self, path: impl Into<String>, column: &str) {
        if let Some(i) = column_index(column) {
            self.origins.push((path.into(), i));
        }
    }

    fn cell(&self, name: &str) -> Option<&'a str> {
        self.row.cell(name)
    }

    /// `presence`-style cell: `none` → `[]`; otherwise `FROM..TO;...`.
    fn periods(&self, column: &str) -> Result<Option<Value>, RowError> {
        let Some(s) = self.cell(column) else {
            return Ok(None);
        };
        if s.eq_ignore_ascii_case("none") {
            return Ok(Some(Value::Array(Vec::new())));
        }
        let mut out = Vec::new();
        for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((from, to)) = part.split_once("..") else {
                return Err(self.row.error(
                    column,
                    format!("expected periods `FROM..TO;FROM..TO` (or `none`), found `{part}`"),
                ));
            };
            let (from, to) = (from.trim(), to.trim());
            if from.is_empty() {
                return Err(self.row.error(
                    column,
                    format!("the period `{part}` has no start date (write `FROM..TO`)"),
                ));
            }
            let to = if to.is_empty() {
                Value::Null
            } else {
                Value::String(to.to_string())
            };
            out.push(json!({"from": from, "to": to}));
        }
        Ok(Some(Value::Array(out)))
    }

    fn build(mut self) -> Result<(Value, Origins), RowError> {
        let row = self.row;
        let mut case = Map::new();
        case.insert(
            "format".into(),
            Value::String(habeas_case::CASE_FORMAT.into()),
        );
        // Every row names itself (spec, "Rosters": `id` required); review
        // of 2026-11-29, roster R5: an empty id was screened silently.
        let Some(id) = self.cell("id") else {
            return Err(row.error("id", "required: every row needs an id"));
        };
        case.insert("id".into(), Value::String(id.into()));
        self.origin("id", "id");
        if let Some(d) = self.cell("as_of") {
            case.insert("as_of".into(), Value::String(d.into()));
            self.origin("as_of", "as_of");
        }
        if let Some(c) = self.cell("circuit") {
            case.insert("forum".into(), json!({"circuit": c}));
            self.origin("forum", "circuit");
        }
        case.insert("subject".into(), Value::String("subject".into()));

        // The subject.
        let mut subject = Map::new();
        let born_date = self.cell("born_date");
        let mut born = Map::new();
        if let Some(d) = born_date {
            born.insert("date".into(), Value::String(d.into()));
        }
        if let Some(c) = self.cell("born_country") {
            born.insert("country".into(), Value::String(c.to_ascii_uppercase()));
        }
        self.origin("people.subject.born.date", "born_date");
        self.origin("people.subject.born.country", "born_country");
        self.origin("people.subject.born", "born_date");
        if !born.is_empty() {
            subject.insert("born".into(), Value::Object(born));
        }
        if let Some(n) = self.cell("name") {
            subject.insert("name".into(), Value::String(n.into()));
        }
        if let Some(s) = self.cell("sex") {
            subject.insert("sex".into(), Value::String(s.to_ascii_lowercase()));
            self.origin("people.subject.sex", "sex");
        }
        for (col, field) in [("lpr_date", "lpr"), ("naturalized_date", "naturalized")] {
            if let Some(d) = self.cell(col) {
                let v = match date_or_false(d) {
                    Value::String(s) => json!({"date": s}),
                    other => other,
                };
                subject.insert(field.into(), v);
                self.origin(format!("people.subject.{field}"), col);
            }
        }
        if let Some(d) = self.cell("married_date") {
            subject.insert("married".into(), date_or_false(d));
            self.origin("people.subject.married", "married_date");
        }
        if let Some(p) = self.periods("presence")? {
            subject.insert("presence".into(), p);
            self.origin("people.subject.presence", "presence");
        }

        // The parents: both are listed when any column speaks of them.
        let parent_columns = [
            "parents_married_at_birth",
            "mother_citizen",
            "father_citizen",
            "mother_citizen_since",
            "father_citizen_since",
            "mother_born_date",
            "father_born_date",
            "mother_naturalized_date",
            "father_naturalized_date",
            "mother_presence",
            "father_presence",
            "mother_died",
            "father_died",
            "father_legitimated_date",
            "custody",
            "custody_since",
            "legal_separation_date",
        ];
        let with_parents = parent_columns.iter().any(|c| self.cell(c).is_some());
        let mut people = Map::new();
        let mut relations: Vec<Value> = Vec::new();
        if with_parents {
            for (key, sex) in [("mother", "female"), ("father", "male")] {
                let person = self.parent(key, sex, born_date)?;
                people.insert(key.into(), Value::Object(person));
            }
            let mut mother_link = json!({"kind": "parent", "parent": "mother", "child": "subject",
                "biological": true, "gestational": true});
            let mut father_link = json!({"kind": "parent", "parent": "father", "child": "subject", "biological": true});
            let _ = &mut mother_link;
            if let Some(d) = self.cell("father_legitimated_date") {
                if let Some(o) = father_link.as_object_mut() {
                    o.insert("legitimated".into(), date_or_false(d));
                }
                self.origin("relations[1]", "father_legitimated_date");
            }
            relations.push(mother_link);
            relations.push(father_link);
            self.marriage(&mut relations, born_date)?;
            self.custody(&mut relations)?;
        }
        people.insert("subject".into(), Value::Object(subject));
        case.insert("people".into(), Value::Object(people));
        if with_parents {
            case.insert("relations".into(), Value::Array(relations));
        }

        // The immigration record.
        let mut imm = Map::new();
        if let Some(n) = self.cell("nationality") {
            let list: Vec<Value> = n
                .split(';')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(|x| Value::String(x.to_ascii_uppercase()))
                .collect();
            imm.insert("nationalities".into(), Value::Array(list));
            self.origin("immigration.nationalities", "nationality");
        }
        if let Some(p) = self.cell("protections") {
            let mut list = Vec::new();
            if !p.eq_ignore_ascii_case("none") {
                for part in p.split(';').map(str::trim).filter(|x| !x.is_empty()) {
                    let (kind, country) = match part.split_once(':') {
                        Some((k, c)) => (k.trim(), Some(c.trim())),
                        None => (part, None),
                    };
                    // A protection listed on a roster is in force (decision 0400).
                    let mut o = json!({"kind": kind.to_ascii_lowercase(), "terminated": false});
                    if let (Some(c), Some(m)) =
                        (country.filter(|c| !c.is_empty()), o.as_object_mut())
                    {
                        m.insert("country".into(), Value::String(c.to_ascii_uppercase()));
                    }
                    list.push(o);
                }
            }
            imm.insert("protections".into(), Value::Array(list));
            self.origin("immigration.protections", "protections");
        }
        if let Some(p) = self.cell("pending") {
            let mut list = Vec::new();
            if !p.eq_ignore_ascii_case("none") {
                for part in p.split(';').map(str::trim).filter(|x| !x.is_empty()) {
                    let (kind, stay) = match part.split_once(':') {
                        Some((k, s)) => (k.trim(), Some(s.trim().to_ascii_lowercase())),
                        None => (part, None),
                    };
                    let mut o = json!({"kind": kind.to_ascii_lowercase()});
                    if let (Some(s), Some(m)) = (stay, o.as_object_mut()) {
                        m.insert("stay".into(), Value::String(s));
                    }
                    list.push(o);
                }
            }
            imm.insert("pending".into(), Value::Array(list));
            self.origin("immigration.pending", "pending");
        }
        if let Some(p) = self.cell("court_orders") {
            let mut list = Vec::new();
            if !p.eq_ignore_ascii_case("none") {
                for kind in p.split(';').map(str::trim).filter(|x| !x.is_empty()) {
                    // A court order listed on a roster is in force.
                    list.push(json!({"kind": kind.to_ascii_lowercase(), "in_force": true}));
                }
            }
            imm.insert("court_orders".into(), Value::Array(list));
            self.origin("immigration.court_orders", "court_orders");
        }
        if let Some(f) = self.cell("serving_sentence") {
            let Some(b) = yes_no(f) else {
                return Err(row.error(
                    "serving_sentence",
                    format!("expected `yes` or `no`, found `{f}`"),
                ));
            };
            imm.insert("imprisonment".into(), json!({"serving_sentence": b}));
            self.origin("immigration.imprisonment", "serving_sentence");
        }
        if let Some(f) = self.cell("final_order") {
            let Some(b) = yes_no(f) else {
                return Err(row.error(
                    "final_order",
                    format!("expected `yes` or `no`, found `{f}`"),
                ));
            };
            let orders = if b {
                json!([{"kind": "removal", "final": true}])
            } else {
                json!([])
            };
            imm.insert("orders".into(), orders);
            self.origin("immigration.orders", "final_order");
        }
        if !imm.is_empty() {
            case.insert("immigration".into(), Value::Object(imm));
        }

        // The proposed action.
        let kind = self.cell("action_kind");
        let to = self.cell("action_to");
        let authority = self.cell("action_authority");
        if kind.is_some() || to.is_some() || authority.is_some() {
            let mut a = Map::new();
            if let Some(k) = kind {
                a.insert("kind".into(), Value::String(k.to_ascii_lowercase()));
            }
            if let Some(t) = to {
                a.insert("to".into(), Value::String(t.to_ascii_uppercase()));
            }
            if let Some(x) = authority {
                a.insert("authority".into(), Value::String(x.to_ascii_lowercase()));
            }
            case.insert("action".into(), Value::Object(a));
            self.origin("action", "action_kind");
            self.origin("action.to", "action_to");
            self.origin("action.authority", "action_authority");
        }
        Ok((Value::Object(case), self.origins))
    }

    /// One parent, `mother` or `father`.
    fn parent(
        &mut self,
        key: &str,
        sex: &str,
        child_born: Option<&str>,
    ) -> Result<Map<String, Value>, RowError> {
        let mut p = Map::new();
        p.insert("sex".into(), Value::String(sex.into()));
        let col = |f: &str| format!("{key}_{f}");
        if let Some(d) = self.cell(&col("born_date")) {
            p.insert("born".into(), json!({"date": d}));
            // The date alone: a question about the parent's birthplace
            // (`born.country`, no roster column) is not this column's
            // (review of 2026-11-30: the summary named `father_born_date`
            // for `people.father.born.country`).
            self.origin(format!("people.{key}.born.date"), &col("born_date"));
        }
        let naturalized = self.cell(&col("naturalized_date"));
        if let Some(d) = naturalized {
            let v = match date_or_false(d) {
                Value::String(s) => json!({"date": s}),
                other => other,
            };
            p.insert("naturalized".into(), v);
            self.origin(
                format!("people.{key}.naturalized"),
                &col("naturalized_date"),
            );
        }
        if let Some(d) = self.cell(&col("died")) {
            p.insert("died".into(), date_or_false(d));
            self.origin(format!("people.{key}.died"), &col("died"));
        }
        if let Some(v) = self.periods(&col("presence"))? {
            p.insert("presence".into(), v);
            self.origin(format!("people.{key}.presence"), &col("presence"));
        }
        // A subject never admitted for permanent residence derives nothing
        // through a parent's later citizenship (every derivation statute
        // since 1941 requires it, and residence before), so a parent not a
        // citizen at the birth and never naturalized closes every route.
        let subject_never_lpr = self
            .cell("lpr_date")
            .is_some_and(|s| s.eq_ignore_ascii_case("no"));
        // `no` in a date column: the parent never became a citizen.
        let since_cell = self.cell(&col("citizen_since"));
        let never = since_cell.is_some_and(|s| s.eq_ignore_ascii_case("no"));
        let since = since_cell.filter(|_| !never);
        let bounds = |s: &str| habeas_case::PDate::parse(s).ok().map(|d| d.bounds());
        let (since_b, born_b) = (since.and_then(bounds), child_born.and_then(bounds));
        if let Some(c) = self.cell(&col("citizen")) {
            let status = match c.to_ascii_lowercase().as_str() {
                "yes" | "y" | "true" | "citizen" => Some("citizen"),
                "national" => Some("national"),
                "no" | "n" | "false" | "not_citizen" => None,
                _ => {
                    return Err(self.row.error(
                        &col("citizen"),
                        format!("expected `yes`, `no` or `national`, found `{c}`"),
                    ));
                }
            };
            match status {
                Some(status) => {
                    // `yes`/`national` is the status on the subject's birth
                    // date: a `since` known to fall after it contradicts it.
                    if never
                        || matches!((since_b, born_b), (Some((slo, _)), Some((_, bhi))) if slo > bhi)
                    {
                        return Err(self.row.error(
                            &col("citizen_since"),
                            format!(
                                "`{}` says the parent held the status on the subject's birth date, so it cannot have begun after the birth (or never)",
                                col("citizen")
                            ),
                        ));
                    }
                    // Status on the subject's birth date (decision 0400).
                    // A `since` that may fall on the birth date (the same
                    // partial year), or none, is read from the first day of
                    // its span: the status held on the birth date, whichever
                    // day that was.
                    let overlaps = matches!((since_b, born_b), (Some((slo, shi)), Some((blo, bhi))) if slo <= bhi && blo <= shi);
                    let since = match since {
                        Some(s) if overlaps => first_day(s),
                        Some(s) => Some(s.to_string()),
                        None => child_born.and_then(first_day),
                    };
                    p.insert("citizenship".into(), asserted(status, since));
                }
                None if since.is_some() => {
                    // Not a citizen on the birth date, a citizen from
                    // `since`: asserted so (a later naturalization or
                    // derivation), never as "not a citizen", which would
                    // close every route through this parent.
                    if matches!((since_b, born_b), (Some((_, shi)), Some((blo, _))) if shi <= blo) {
                        return Err(self.row.error(
                            &col("citizen_since"),
                            format!(
                                "`{}` = no says the parent was not a citizen on the subject's birth date, so citizenship cannot have begun on or before it",
                                col("citizen")
                            ),
                        ));
                    }
                    p.insert(
                        "citizenship".into(),
                        asserted("citizen", since.map(str::to_string)),
                    );
                }
                None => {
                    // Not a citizen on the birth date. Asserted as a status
                    // only when a later citizenship is ruled out
                    // (`citizen_since` = `no`, or never naturalized and past
                    // the age of deriving it): otherwise derivation through
                    // this parent stays open.
                    let never_naturalized =
                        naturalized.is_some_and(|n| n.eq_ignore_ascii_case("no"));
                    if never
                        || (never_naturalized
                            && (past_derivation_age(self.cell(&col("born_date")), child_born)
                                || subject_never_lpr))
                    {
                        p.insert("citizenship".into(), never_a_citizen());
                    }
                }
            }
            self.origin(format!("people.{key}.citizenship"), &col("citizen"));
            // A `since` taken from the subject's birth date is that column's.
            let since_col = if since.is_some() {
                col("citizen_since")
            } else {
                "born_date".to_string()
            };
            self.origin(format!("people.{key}.citizenship.since"), &since_col);
        } else if since.is_some() || never {
            // A citizenship date says the parent is a citizen; `no` that
            // they never became one.
            let status = match since {
                Some(s) => asserted("citizen", Some(s.to_string())),
                None => never_a_citizen(),
            };
            p.insert("citizenship".into(), status);
            self.origin(format!("people.{key}.citizenship"), &col("citizen_since"));
        }
        Ok(p)
    }

    /// `parents_married_at_birth` and `legal_separation_date`.
    fn marriage(&mut self, relations: &mut Vec<Value>, born: Option<&str>) -> Result<(), RowError> {
        let married = match self.cell("parents_married_at_birth") {
            None => None,
            Some(s) => match yes_no(s) {
                Some(b) => Some(b),
                None => {
                    return Err(self.row.error(
                        "parents_married_at_birth",
                        format!("expected `yes` or `no`, found `{s}`"),
                    ));
                }
            },
        };
        let separation = self.cell("legal_separation_date");
        // A separation (or divorce) dated before the birth: the marriage
        // began by then, not at the birth (review of 2026-11-29, roster R2:
        // such rows were rejected, "separation before the marriage").
        let separated_before_birth = surely_before(separation, born);
        let mut m = Map::new();
        m.insert("kind".into(), Value::String("marriage".into()));
        m.insert("a".into(), Value::String("mother".into()));
        m.insert("b".into(), Value::String("father".into()));
        match married {
            // Married when the subject was born: a marriage that began no
            // later than the first day the birth could have been.
            Some(true) => {
                if separated_before_birth {
                    // Married by the separation, and still at the birth: the
                    // separation's day is the latest the wedding can be, and
                    // it keeps the birth in the marriage (review of the
                    // change, roster A1: no `from` left wedlock open).
                    // A legal separation does not end a marriage; the row
                    // says it covered the birth, so it is read as going on
                    // (its separation counts for former § 321(a)(3) as a
                    // divorce would).
                    if let Some(s) = separation.and_then(first_day) {
                        m.insert("from".into(), Value::String(s));
                        m.insert("to".into(), Value::Null);
                    }
                } else if let Some(d) = born.and_then(first_day) {
                    m.insert("from".into(), Value::String(d));
                }
            }
            // Not married at the birth, but a divorce or separation before
            // it: the marriage ended by then.
            Some(false) if separated_before_birth => {
                if let Some(s) = separation {
                    m.insert("to".into(), Value::String(s.into()));
                    m.insert("ended_by".into(), Value::String("divorce".into()));
                }
            }
            // Not married at the birth: no marriage covers it (decision
            // 0101). A marriage is listed only if a later separation shows
            // one existed; it began after the birth.
            Some(false) => {
                if separation.is_none_or(|s| s.eq_ignore_ascii_case("no")) {
                    return Ok(());
                }
                let Some(next) = born.and_then(day_after) else {
                    return Ok(());
                };
                m.insert("from".into(), Value::String(next));
            }
            // Unknown: a marriage between them whose dates are unknown, so
            // that whether it covered the birth stays open (listing the
            // parents without one would say they never married).
            None => {}
        }
        if let Some(s) = separation {
            m.insert("legal_separation".into(), date_or_false(s));
        }
        let i = relations.len();
        self.origin(format!("relations[{i}]"), "parents_married_at_birth");
        self.origin(
            format!("relations[{i}].legal_separation"),
            "legal_separation_date",
        );
        self.origin(format!("relations[{i}].from"), "born_date");
        relations.push(Value::Object(m));
        Ok(())
    }

    /// `custody` and `custody_since`.
    fn custody(&mut self, relations: &mut Vec<Value>) -> Result<(), RowError> {
        let Some(c) = self.cell("custody") else {
            return Ok(());
        };
        let (mother, father) = match c.to_ascii_lowercase().as_str() {
            "both" => (true, true),
            "mother" => (true, false),
            "father" => (false, true),
            "other" | "neither" => (false, false),
            _ => {
                return Err(self.row.error(
                    "custody",
                    format!("expected `both`, `mother`, `father` or `other`, found `{c}`"),
                ));
            }
        };
        let since = self.cell("custody_since");
        // The column says when the arrangement *began*; before that, who had
        // custody is unknown, not "no one" (review of 2026-11-29, roster
        // R3: a father a citizen from 2008 whose child lived with both
        // parents until the 2010 custody award to the mother was read as
        // never having had custody: "not a citizen", and for a detention
        // "no bar found").
        let born = self.cell("born_date");
        if let (true, Some(b), Some(s)) = (surely_before(born, since), born, since) {
            for parent in ["mother", "father"] {
                let i = relations.len();
                self.origin(format!("relations[{i}]"), "custody_since");
                relations.push(
                    json!({"kind": "custody", "parent": parent, "child": "subject",
                    "from": b, "to": s}),
                );
            }
        }
        for (parent, has) in [("mother", mother), ("father", father)] {
            let mut r = json!({"kind": "custody", "parent": parent, "child": "subject",
                "legal": has, "physical": has, "to": null});
            if let (Some(s), Some(o)) = (since, r.as_object_mut()) {
                o.insert("from".into(), Value::String(s.into()));
            }
            let i = relations.len();
            self.origin(format!("relations[{i}]"), "custody");
            self.origin(format!("relations[{i}].from"), "custody_since");
            relations.push(r);
        }
        Ok(())
    }
}

/// The first and last day a (possibly partial) date cell may be.
fn bounds(cell: Option<&str>) -> Option<(habeas_lang::dates::Day, habeas_lang::dates::Day)> {
    cell.and_then(|s| habeas_case::PDate::parse(s).ok())
        .map(|d| d.bounds())
}

/// Both cells are dates and every day the first may be comes before every
/// day the second may be.
fn surely_before(a: Option<&str>, b: Option<&str>) -> bool {
    match (bounds(a), bounds(b)) {
        (Some((_, a_hi)), Some((b_lo, _))) => a_hi < b_lo,
        _ => false,
    }
}

/// Whether a parent born on `parent_born` was surely past every age at which
/// a child could derive citizenship through a parent's naturalization by
/// the day `child_born` (at the earliest), so that a parent not a citizen
/// on that day and never naturalized never became one: 18 under the
/// Nationality Act of 1940 and every later law (from 1941-01-13), 21 (the
/// end of minority under R.S. § 2172 and the Act of 1907) for a derivation
/// before 1941-01-13. A parent who was younger, or whose age is not known,
/// may still have derived citizenship after the child's birth (review of
/// 2026-11-29, roster R4: `*_naturalized_date` = `no` was read as "never a
/// citizen"; review of the change: 21 for every date left parents of 18 to
/// 20 open after 1941).
fn past_derivation_age(parent_born: Option<&str>, child_born: Option<&str>) -> bool {
    use habeas_lang::dates::{LeapPolicy, anniversary, parse_day};
    let (Some((_, parent_hi)), Some((child_lo, _))) = (bounds(parent_born), bounds(child_born))
    else {
        return false;
    };
    let Ok(nationality_act) = parse_day("1941-01-13") else {
        return false;
    };
    let eighteen = anniversary(parent_hi, 18, LeapPolicy::March1);
    let twenty_one = anniversary(parent_hi, 21, LeapPolicy::March1);
    // After 1941-01-13 no derivation at 18 or older; before it, at 21.
    eighteen <= child_lo && (child_lo >= nationality_act || twenty_one <= child_lo)
}

/// The day after a full ISO date, or after the end of a partial one.
fn day_after(s: &str) -> Option<String> {
    let d = habeas_case::PDate::parse(s).ok()?;
    let (_, hi) = d.bounds();
    Some(habeas_lang::dates::fmt_day(hi + 1))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    fn row(cells: &[(&str, &str)]) -> RosterRow {
        let mut r = RosterRow::empty();
        for (c, v) in cells {
            r.set(c, *v);
        }
        r
    }

    /// Review of 2026-11-29 (roster R3): `custody_since` says when the
    /// arrangement began; before it custody is unknown, not "no one's".
    #[test]
    fn custody_before_custody_since_is_unknown() {
        let (v, _) = row(&[
            ("id", "a"),
            ("born_date", "2000-05-05"),
            ("custody", "mother"),
            ("custody_since", "2010-01-01"),
        ])
        .to_case_value()
        .unwrap();
        let rel = v["relations"].as_array().unwrap();
        let earlier: Vec<&Value> = rel
            .iter()
            .filter(|r| r["kind"] == "custody" && r["to"] == "2010-01-01")
            .collect();
        assert_eq!(earlier.len(), 2);
        for r in earlier {
            assert_eq!(r["from"], "2000-05-05");
            assert!(r.get("legal").is_none() && r.get("physical").is_none());
        }
        habeas_case::parse_case_value(v).expect("a valid case");
    }

    /// Review of 2026-11-29 (roster R2): a separation or divorce before the
    /// birth is a valid row.
    #[test]
    fn a_separation_before_the_birth_is_not_an_error() {
        for married in ["yes", "no"] {
            let (v, _) = row(&[
                ("id", "a"),
                ("as_of", "2025-01-01"),
                ("born_date", "1980-05-05"),
                ("parents_married_at_birth", married),
                ("legal_separation_date", "1978-03-03"),
            ])
            .to_case_value()
            .unwrap();
            habeas_case::parse_case_value(v).expect("a valid case");
        }
    }

    #[test]
    fn an_empty_cell_leaves_the_field_out() {
        let (v, _) = row(&[("id", "a"), ("born_date", "1990-01-02")])
            .to_case_value()
            .unwrap();
        assert_eq!(
            v["people"]["subject"]["born"],
            json!({"date": "1990-01-02"})
        );
        assert!(v.get("relations").is_none());
        assert!(v["people"].get("mother").is_none());
    }

    #[test]
    fn no_in_a_date_column_is_false_and_none_is_no_presence() {
        let (v, _) = row(&[
            ("id", "a"),
            ("naturalized_date", "no"),
            ("mother_presence", "none"),
        ])
        .to_case_value()
        .unwrap();
        assert_eq!(v["people"]["subject"]["naturalized"], json!(false));
        assert_eq!(v["people"]["mother"]["presence"], json!([]));
    }

    #[test]
    fn unmarried_parents_have_no_marriage_and_unknown_has_an_undated_one() {
        let (v, _) = row(&[("id", "a"), ("parents_married_at_birth", "no")])
            .to_case_value()
            .unwrap();
        assert_eq!(v["relations"].as_array().unwrap().len(), 2);
        let (v, _) = row(&[("id", "a"), ("mother_citizen", "yes")])
            .to_case_value()
            .unwrap();
        assert_eq!(
            v["relations"][2],
            json!({"kind": "marriage", "a": "mother", "b": "father"})
        );
    }

    /// Review (roster D1-D3): a parent not a citizen at the birth who
    /// became one later keeps that date (it was dropped, and "not a
    /// citizen" closed every route through the parent); a parent who was a
    /// citizen at a birth known only to the year is one from its first day;
    /// `no` in `*_citizen_since` says the parent never became one.
    #[test]
    fn a_parents_citizenship_keeps_its_dates() {
        let (v, _) = row(&[
            ("id", "a"),
            ("born_date", "1995-03-04"),
            ("father_citizen", "no"),
            ("father_citizen_since", "2000-01-01"),
            ("father_naturalized_date", "no"),
        ])
        .to_case_value()
        .unwrap();
        assert_eq!(
            v["people"]["father"]["citizenship"],
            json!({"status": "citizen", "since": "2000-01-01", "evidence": "us_passport"})
        );
        let (v, _) = row(&[
            ("id", "a"),
            ("born_date", "1990"),
            ("mother_citizen", "yes"),
        ])
        .to_case_value()
        .unwrap();
        assert_eq!(v["people"]["mother"]["citizenship"]["since"], "1990-01-01");
        let (v, _) = row(&[
            ("id", "a"),
            ("born_date", "1990-06-15"),
            ("mother_citizen", "yes"),
            ("mother_citizen_since", "1990"),
        ])
        .to_case_value()
        .unwrap();
        assert_eq!(v["people"]["mother"]["citizenship"]["since"], "1990-01-01");
        let (v, _) = row(&[
            ("id", "a"),
            ("mother_citizen", "no"),
            ("mother_citizen_since", "no"),
        ])
        .to_case_value()
        .unwrap();
        assert_eq!(
            v["people"]["mother"]["citizenship"]["status"],
            "not_citizen"
        );
        for (status, since) in [("yes", "1991-01-01"), ("yes", "no"), ("no", "1980-01-01")] {
            let e = row(&[
                ("id", "a"),
                ("born_date", "1990-06-15"),
                ("mother_citizen", status),
                ("mother_citizen_since", since),
            ])
            .to_case()
            .unwrap_err();
            assert_eq!(e.column, "mother_citizen_since", "{status} {since}");
        }
    }

    /// Review (roster R4): `no` in `*_naturalized_date` rules out a later
    /// citizenship only for a parent past the age of deriving one (21 under
    /// the oldest law) when the subject was born; a younger parent, or one
    /// of unknown age, may have derived citizenship later, so derivation
    /// through that parent stays open.
    #[test]
    fn never_naturalized_closes_a_parent_only_past_the_age_of_deriving() {
        let status = |mother_born: Option<&str>| {
            let mut cells = vec![
                ("id", "a"),
                ("born_date", "2000-06-15"),
                ("mother_citizen", "no"),
                ("mother_naturalized_date", "no"),
            ];
            if let Some(b) = mother_born {
                cells.push(("mother_born_date", b));
            }
            let (v, _) = row(&cells).to_case_value().unwrap();
            assert_eq!(v["people"]["mother"]["naturalized"], json!(false));
            v["people"]["mother"]["citizenship"]["status"].clone()
        };
        assert_eq!(status(Some("1979-06-15")), json!("not_citizen"));
        assert_eq!(status(Some("1970")), json!("not_citizen"));
        // After 1941 the age is 18: a mother of 18 (born 1982-06-15) too.
        assert_eq!(status(Some("1982-06-15")), json!("not_citizen"));
        // 18 on the day after the birth: still a minor that day.
        assert_eq!(status(Some("1982-06-16")), Value::Null);
        assert_eq!(status(Some("1985-01-01")), Value::Null);
        // A year of birth that may end a day too late.
        assert_eq!(status(Some("1982")), Value::Null);
        assert_eq!(status(None), Value::Null);
        let status_at = |born: &str, mother_born: &str, lpr: Option<&str>| {
            let mut cells = vec![
                ("id", "a"),
                ("born_date", born),
                ("mother_citizen", "no"),
                ("mother_naturalized_date", "no"),
                ("mother_born_date", mother_born),
            ];
            if let Some(l) = lpr {
                cells.push(("lpr_date", l));
            }
            let (v, _) = row(&cells).to_case_value().unwrap();
            v["people"]["mother"]["citizenship"]["status"].clone()
        };
        // Before 1941 a mother of 19 could still derive (minority to 21).
        assert_eq!(status_at("1935-01-01", "1916-01-01", None), Value::Null);
        assert_eq!(
            status_at("1935-01-01", "1913-12-31", None),
            json!("not_citizen")
        );
        // A subject never admitted for permanent residence derives nothing
        // through her later citizenship, whatever her age.
        assert_eq!(
            status_at("2000-06-15", "1984-01-01", Some("no")),
            json!("not_citizen")
        );
        assert_eq!(
            status_at("2000-06-15", "1984-01-01", Some("2005-01-01")),
            Value::Null
        );
    }

    #[test]
    fn errors_name_the_column() {
        let e = row(&[("id", "a"), ("mother_born_date", "1970-02-30")])
            .to_case()
            .unwrap_err();
        assert_eq!(e.column, "mother_born_date");
        let e = row(&[("id", "a"), ("custody", "grandma")])
            .to_case()
            .unwrap_err();
        assert_eq!(e.column, "custody");
        let e = row(&[("id", "a"), ("action_to", "SV")])
            .to_case()
            .unwrap_err();
        assert_eq!(e.column, "action_kind");
        let e = row(&[("id", "a"), ("protections", "tps:XX")])
            .to_case()
            .unwrap_err();
        assert_eq!(e.column, "protections");
    }
}

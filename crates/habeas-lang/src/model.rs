//! The data model the law reads: types, the schema of records, and the facts
//! of one case.
//!
//! The language knows nothing about people or immigration: a host crate
//! (habeas-case) declares record types in a [`Schema`] and fills a [`Facts`]
//! store for each case. Every fact carries the path of the input field it
//! came from, so that an unknown fact can be asked for by name.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use crate::dates::Day;
use crate::value::{DateVal, Range, TextVal, TimelineVal, Tri};

/// Index of a record type in a [`Schema`].
pub type RecTy = u16;

/// A type of the rule language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// yes / no / unknown.
    Bool,
    /// A day (possibly partial, possibly never).
    Date,
    /// A number of days.
    Duration,
    /// A whole number.
    Number,
    /// Text (codes, kinds).
    Text,
    /// A set of days.
    Timeline,
    /// A record of the schema.
    Record(RecTy),
    /// A list.
    List(Box<Type>),
}

/// One field of a record type.
#[derive(Clone, Debug)]
pub struct FieldType {
    /// Name.
    pub name: String,
    /// Type.
    pub ty: Type,
    /// What it means.
    pub doc: String,
    /// The name of the host's input this field is read from, when a
    /// question about it names a part of an unknown record (`time` for a
    /// computed `minute_utc`); `None` when it is computed from other facts
    /// and has no input of its own. By default, the field's own name.
    pub input: Option<String>,
}

/// A record type.
#[derive(Clone, Debug)]
pub struct RecordType {
    /// Name (`Person`).
    pub name: String,
    /// What it is.
    pub doc: String,
    /// Fields in order.
    pub fields: Vec<FieldType>,
}

/// The record types the law may read.
#[derive(Clone, Debug, Default)]
pub struct Schema {
    records: Vec<RecordType>,
    by_name: HashMap<String, RecTy>,
    /// Per record type: the value of each field when nothing is known (so
    /// that a new record is a copy, not a construction, of them).
    unknowns: Vec<Vec<Value>>,
}

impl Schema {
    /// An empty schema.
    pub fn new() -> Schema {
        Schema::default()
    }
    /// Declares a record type (fields may be added later, so types can refer
    /// to each other).
    pub fn declare(&mut self, name: &str, doc: &str) -> RecTy {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = RecTy::try_from(self.records.len()).unwrap_or(RecTy::MAX);
        self.records.push(RecordType {
            name: name.into(),
            doc: doc.into(),
            fields: vec![],
        });
        self.unknowns.push(Vec::new());
        self.by_name.insert(name.into(), id);
        id
    }
    /// Adds a field to a declared record type.
    pub fn field(&mut self, rec: RecTy, name: &str, ty: Type, doc: &str) {
        if let Some(r) = self.records.get_mut(usize::from(rec)) {
            // Fact ids spend 8 bits on the field index (see `Facts`).
            assert!(r.fields.len() < 255, "too many fields in `{}`", r.name);
            if let Some(u) = self.unknowns.get_mut(usize::from(rec)) {
                u.push(Value::unknown(&ty));
            }
            r.fields.push(FieldType {
                name: name.into(),
                ty,
                doc: doc.into(),
                input: Some(name.into()),
            });
        }
    }
    /// Names the input a field is read from (see [`FieldType::input`]):
    /// another name, or `None` for a field computed from other facts.
    pub fn input_name(&mut self, rec: RecTy, name: &str, input: Option<&str>) {
        if let Some(f) = self
            .records
            .get_mut(usize::from(rec))
            .and_then(|r| r.fields.iter_mut().find(|f| f.name == name))
        {
            f.input = input.map(str::to_string);
        }
    }
    /// A record type by name.
    pub fn lookup(&self, name: &str) -> Option<RecTy> {
        self.by_name.get(name).copied()
    }
    /// The values of a record type's fields when nothing is known, in field
    /// order (the start of every new record).
    pub fn unknown_values(&self, id: RecTy) -> &[Value] {
        self.unknowns
            .get(usize::from(id))
            .map_or(&[], Vec::as_slice)
    }
    /// A record type by index.
    pub fn record(&self, id: RecTy) -> &RecordType {
        &self.records[usize::from(id)]
    }
    /// All record types.
    pub fn records(&self) -> &[RecordType] {
        &self.records
    }
    /// The index and type of a field.
    pub fn field_of(&self, rec: RecTy, name: &str) -> Option<(usize, &Type)> {
        self.records
            .get(usize::from(rec))?
            .fields
            .iter()
            .enumerate()
            .find(|(_, f)| f.name == name)
            .map(|(i, f)| (i, &f.ty))
    }
    /// Names a type for messages.
    pub fn type_name(&self, t: &Type) -> String {
        match t {
            Type::Bool => "bool".into(),
            Type::Date => "date".into(),
            Type::Duration => "duration".into(),
            Type::Number => "number".into(),
            Type::Text => "text".into(),
            Type::Timeline => "timeline".into(),
            Type::Record(r) => self
                .records
                .get(usize::from(*r))
                .map_or("?".into(), |r| r.name.clone()),
            Type::List(inner) => format!("list of {}", self.type_name(inner)),
        }
    }
}

/// A record in a [`Facts`] store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecVal {
    /// This record.
    Known(u32),
    /// Known not to exist (e.g. "never naturalized"): its fields read as
    /// never / no / none / empty.
    Absent,
    /// Not known whether or which.
    Unknown,
}

/// A list; `complete: false` means more elements may exist.
#[derive(Clone, Debug)]
pub struct ListVal {
    /// The known elements.
    pub items: Vec<Val>,
    /// Whether these are all the elements.
    pub complete: bool,
}

/// A boolean with the day from which it holds (for rules that hold "since").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BoolVal {
    /// The truth value.
    pub tri: Tri,
    /// From when it holds; timeless for conditions that do not depend on time.
    pub since: DateVal,
}

impl BoolVal {
    /// A timeless truth value.
    pub fn of(tri: Tri) -> BoolVal {
        BoolVal {
            tri,
            since: DateVal::timeless(),
        }
    }
}

/// A value of the rule language.
#[derive(Clone, Debug)]
pub enum Value {
    /// Boolean.
    Bool(BoolVal),
    /// Date.
    Date(DateVal),
    /// Duration in days.
    Dur(Range),
    /// Number.
    Num(Range),
    /// Text.
    Text(TextVal),
    /// Record.
    Rec(RecVal),
    /// List.
    List(Arc<ListVal>),
    /// Set of days.
    Timeline(Arc<TimelineVal>),
}

impl Value {
    /// The value an unknown fact of type `t` has.
    pub fn unknown(t: &Type) -> Value {
        match t {
            Type::Bool => Value::Bool(BoolVal::of(Tri::Unknown)),
            Type::Date => Value::Date(DateVal::unknown()),
            Type::Duration => Value::Dur(Range {
                lo: 0,
                hi: crate::value::RANGE_INF,
            }),
            Type::Number => Value::Num(Range::unknown()),
            Type::Text => Value::Text(TextVal::Unknown),
            Type::Timeline => Value::Timeline(Arc::new(TimelineVal::unknown())),
            Type::Record(_) => Value::Rec(RecVal::Unknown),
            Type::List(_) => Value::List(Arc::new(ListVal {
                items: vec![],
                complete: false,
            })),
        }
    }
    /// The value a field of a record that does not exist has.
    pub fn absent(t: &Type) -> Value {
        match t {
            Type::Bool => Value::Bool(BoolVal::of(Tri::No)),
            Type::Date => Value::Date(DateVal::never()),
            Type::Duration => Value::Dur(Range::exact(0)),
            Type::Number => Value::Num(Range::exact(0)),
            Type::Text => Value::Text(TextVal::Absent),
            Type::Timeline => {
                Value::Timeline(Arc::new(TimelineVal::known(crate::value::Spans::empty())))
            }
            Type::Record(_) => Value::Rec(RecVal::Absent),
            Type::List(_) => Value::List(Arc::new(ListVal {
                items: vec![],
                complete: true,
            })),
        }
    }
    /// Whether more than one outcome is possible.
    pub fn is_uncertain(&self) -> bool {
        match self {
            // A "yes" whose `since` is not known to the day is uncertain
            // too: when it began can still decide the answer.
            Value::Bool(b) => {
                b.tri == Tri::Unknown || (b.tri == Tri::Yes && b.since.is_uncertain())
            }
            Value::Date(d) => d.is_uncertain() || (d.may_date && d.may_never),
            Value::Dur(r) | Value::Num(r) => r.is_uncertain(),
            Value::Text(t) => *t == TextVal::Unknown,
            Value::Rec(r) => *r == RecVal::Unknown,
            Value::List(l) => !l.complete,
            Value::Timeline(t) => !t.is_exact(),
        }
    }
}

/// Formats a number of days as years, months and days, approximately.
pub fn fmt_duration(days: i64) -> String {
    if days >= crate::value::RANGE_INF {
        return "unbounded".into();
    }
    let years = days / 365;
    let rest = days - years * 365;
    let months = rest / 30;
    let mut s = format!("{days} days");
    if years > 0 || months > 0 {
        s.push_str(&format!(" (about {years} y {months} m)"));
    }
    s
}

/// Fact paths that made a value uncertain. Small: usually zero or one.
pub type Src = smallvec::SmallVec<[u32; 4]>;

/// A value with the paths of the facts that leave it uncertain.
#[derive(Debug)]
pub struct Val {
    /// The value.
    pub v: Value,
    /// Where its uncertainty comes from.
    pub src: Src,
}

impl Clone for Val {
    fn clone(&self) -> Val {
        // Most values carry no source (always, in fast mode): skip the
        // small vector's general clone.
        Val {
            v: self.v.clone(),
            src: if self.src.is_empty() {
                Src::new()
            } else {
                self.src.clone()
            },
        }
    }
}

impl Val {
    /// A value with no uncertainty to report.
    pub fn plain(v: Value) -> Val {
        Val { v, src: Src::new() }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{}", b.tri),
            Value::Date(d) => write!(f, "{d}"),
            Value::Dur(r) => {
                if r.lo == r.hi {
                    f.write_str(&fmt_duration(r.lo))
                } else if r.hi >= crate::value::RANGE_INF {
                    write!(f, "at least {}", fmt_duration(r.lo.max(0)))
                } else {
                    write!(
                        f,
                        "between {} and {}",
                        fmt_duration(r.lo),
                        fmt_duration(r.hi)
                    )
                }
            }
            Value::Num(r) => {
                if r.lo == r.hi {
                    write!(f, "{}", r.lo)
                } else if r.hi >= crate::value::RANGE_INF && r.lo <= -crate::value::RANGE_INF {
                    f.write_str("unknown")
                } else if r.hi >= crate::value::RANGE_INF {
                    write!(f, "at least {}", r.lo)
                } else {
                    write!(f, "between {} and {}", r.lo, r.hi)
                }
            }
            Value::Text(t) => write!(f, "{t}"),
            Value::Rec(RecVal::Known(_)) => f.write_str("(record)"),
            Value::Rec(RecVal::Absent) => f.write_str("none"),
            Value::Rec(RecVal::Unknown) => f.write_str("unknown"),
            Value::List(l) => write!(
                f,
                "{} item{}{}",
                l.items.len(),
                if l.items.len() == 1 { "" } else { "s" },
                if l.complete { "" } else { " (list incomplete)" }
            ),
            Value::Timeline(t) => write!(f, "{t}"),
        }
    }
}

/// The facts of one case, as records of the schema.
///
/// Fact paths (the input field a fact came from, for questions) cost
/// nothing until asked for: a field keeps the default path
/// `record path.field name`, encoded in its id and spelled out only by
/// [`Facts::path_name`]; explicit paths are interned. A store made with
/// [`Facts::untracked`] (the evaluator's fast mode, which never reports
/// missing facts) records no paths at all.
#[derive(Clone, Debug)]
pub struct Facts {
    records: Vec<(RecTy, Vec<Val>)>,
    /// Per record: the interned id of its own path.
    rec_paths: Vec<u32>,
    paths: Vec<Box<str>>,
    path_ids: rustc_hash::FxHashMap<Box<str>, u32>,
    track: bool,
    /// The day the question is asked.
    pub as_of: Day,
}

/// Marks a fact id that stands for a record's field under its default path.
pub(crate) const FIELD_PATH: u32 = 1 << 31;
/// Bits of a default-path id that hold the field index.
const FIELD_BITS: u32 = 8;
/// The id of "no path recorded".
pub const NO_PATH: u32 = u32::MAX;

impl Facts {
    /// An empty store that records fact paths.
    pub fn new(as_of: Day) -> Facts {
        Facts {
            records: vec![],
            rec_paths: vec![],
            paths: vec![],
            path_ids: rustc_hash::FxHashMap::default(),
            track: true,
            as_of,
        }
    }
    /// An empty store that records no fact paths (answers only).
    pub fn untracked(as_of: Day) -> Facts {
        Facts {
            track: false,
            ..Facts::new(as_of)
        }
    }
    /// Whether fact paths are recorded.
    pub fn tracks_paths(&self) -> bool {
        self.track
    }
    /// Interns a fact path (formatted only when paths are recorded: pass
    /// `format_args!(...)` to build nothing otherwise).
    pub fn path(&mut self, p: impl fmt::Display) -> u32 {
        if !self.track {
            return NO_PATH;
        }
        let p = p.to_string();
        if let Some(&id) = self.path_ids.get(p.as_str()) {
            return id;
        }
        let id = u32::try_from(self.paths.len()).unwrap_or(NO_PATH) & !FIELD_PATH;
        let p: Box<str> = p.into();
        self.paths.push(p.clone());
        self.path_ids.insert(p, id);
        id
    }
    /// The path with this id, spelled out.
    pub fn path_name(&self, schema: &Schema, id: u32) -> String {
        if id == NO_PATH {
            return "?".into();
        }
        if id & FIELD_PATH != 0 {
            let rec = ((id & !FIELD_PATH) >> FIELD_BITS) as usize;
            let field = (id & ((1 << FIELD_BITS) - 1)) as usize;
            let base = self
                .rec_paths
                .get(rec)
                .and_then(|&p| self.paths.get(p as usize))
                .map_or("?", |p| &**p);
            let name = self
                .records
                .get(rec)
                .and_then(|(ty, _)| schema.records().get(usize::from(*ty)))
                .and_then(|rt| rt.fields.get(field))
                .map_or("?", |f| f.name.as_str());
            return format!("{base}.{name}");
        }
        self.paths
            .get(id as usize)
            .map_or_else(|| "?".into(), |p| p.to_string())
    }
    /// Adds a record of type `ty` whose input lives at `path`. Every field
    /// starts unknown, with the path `path.field`.
    pub fn add_record(&mut self, schema: &Schema, ty: RecTy, path: impl fmt::Display) -> u32 {
        let vals = schema
            .unknown_values(ty)
            .iter()
            .map(|u| Val::plain(u.clone()))
            .collect();
        self.add_record_from(ty, path, vals)
    }
    /// Adds a record of type `ty` with the given field values (in field
    /// order, as many as the type has; see [`Schema::unknown_values`]),
    /// whose input lives at `path`. Fields without a source get the path
    /// `path.field`. For data that is the same for every case, prepared once.
    pub fn add_record_from(
        &mut self,
        ty: RecTy,
        path: impl fmt::Display,
        mut vals: Vec<Val>,
    ) -> u32 {
        let id = u32::try_from(self.records.len()).unwrap_or(u32::MAX);
        if self.track {
            for (i, v) in vals.iter_mut().enumerate() {
                if v.src.is_empty() {
                    v.src = smallvec::smallvec![FIELD_PATH | (id << FIELD_BITS) | i as u32];
                }
            }
        }
        let p = self.path(path);
        self.rec_paths.push(p);
        self.records.push((ty, vals));
        id
    }
    /// The id of a record's own path ([`NO_PATH`] when paths are not
    /// recorded).
    pub fn record_path(&self, rec: u32) -> u32 {
        self.rec_paths.get(rec as usize).copied().unwrap_or(NO_PATH)
    }
    /// Makes field `i` of record `rec` come from the input at path id `src`
    /// (as interned by [`Facts::path`]); nothing when paths are not recorded.
    pub fn set_source(&mut self, rec: u32, i: usize, src: u32) {
        if !self.track || src == NO_PATH {
            return;
        }
        if let Some(v) = self
            .records
            .get_mut(rec as usize)
            .and_then(|r| r.1.get_mut(i))
        {
            v.src = smallvec::smallvec![src];
        }
    }
    /// The fact of field `field` of record `rec`. Unknown field names are
    /// ignored in release builds and caught by the host crate's tests.
    fn slot(&mut self, schema: &Schema, rec: u32, field: &str) -> Option<&mut Val> {
        let (ty, vals) = self.records.get_mut(rec as usize)?;
        let found = schema
            .field_of(*ty, field)
            .and_then(|(i, _)| vals.get_mut(i));
        debug_assert!(found.is_some(), "no field `{field}` in the schema");
        found
    }

    /// Sets a computed field whose value comes from several inputs: each
    /// path is a fact behind it (asked when the value is open).
    pub fn set_from(&mut self, schema: &Schema, rec: u32, field: &str, v: Value, paths: &[&str]) {
        let src: Src = if self.track {
            paths.iter().map(|p| self.path(p)).collect()
        } else {
            Src::new()
        };
        if let Some(x) = self.slot(schema, rec, field) {
            *x = Val { v, src };
        }
    }

    /// Sets a field. `path` names the input it came from (for questions).
    pub fn set(
        &mut self,
        schema: &Schema,
        rec: u32,
        field: &str,
        v: Value,
        path: impl fmt::Display,
    ) {
        let p = self.path(path);
        let src = if self.track {
            smallvec::smallvec![p]
        } else {
            Src::new()
        };
        if let Some(x) = self.slot(schema, rec, field) {
            *x = Val { v, src };
        }
    }
    /// Sets a field, keeping the default path `record.field`.
    pub fn set_value(&mut self, schema: &Schema, rec: u32, field: &str, v: Value) {
        if let Some(x) = self.slot(schema, rec, field) {
            x.v = v;
        }
    }
    /// The fact at field index `i` of record `rec`.
    pub fn get(&self, rec: u32, i: usize) -> Option<&Val> {
        self.records.get(rec as usize)?.1.get(i)
    }
    /// The type of a record.
    pub fn type_of(&self, rec: u32) -> Option<RecTy> {
        self.records.get(rec as usize).map(|r| r.0)
    }
}

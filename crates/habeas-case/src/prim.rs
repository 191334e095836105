//! Primitive field types of the case format: partial dates, "value or
//! `false`", periods and ISO country codes. Each validates as it
//! deserializes, so an error names the exact JSON path.

use std::borrow::Cow;
use std::fmt;

use jiff::civil::Date;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use habeas_lang::dates::{Day, day_of};

/// A date known to the day, the month or the year: `YYYY-MM-DD`, `YYYY-MM`
/// or `YYYY`, meaning some day in that span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PDate {
    /// Year.
    pub year: i16,
    /// Month, if known.
    pub month: Option<i8>,
    /// Day, if known.
    pub day: Option<i8>,
}

impl PDate {
    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checking the calendar.
    pub fn parse(s: &str) -> Result<PDate, String> {
        // Review of 2026-11-30, eleventh session: `03/15/1990` was told "the
        // year must be 4 digits", and an empty answer "`` is not a date".
        if s.trim().is_empty() {
            return Err(
                "an empty value is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY".into(),
            );
        }
        // Review of the fourteenth session: `"false"` (quoted) was told "the
        // year must be 4 digits", `20190203` the same, and a time of day
        // "the day must be 2 digits".
        if matches!(s.trim(), "true" | "false") {
            return Err(format!(
                "`{s}` is not a date: where a field takes `true` or `false` besides a date, write it without quotes (`false`, not `\"false\"`); otherwise expected YYYY-MM-DD, YYYY-MM or YYYY"
            ));
        }
        if s.len() == 8 && s.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!(
                "`{s}` is not a date: write it with `-` between the year, the month and the day (YYYY-MM-DD)"
            ));
        }
        if s.contains(['T', ':']) {
            return Err(format!(
                "`{s}` is not a date: a time of day is not allowed; write the day alone, YYYY-MM-DD"
            ));
        }
        if s.contains(['/', '.', ' ']) {
            return Err(format!(
                "`{s}` is not a date written YYYY-MM-DD, YYYY-MM or YYYY (the year first, then the month and the day, with `-`)"
            ));
        }
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<i64, String> {
            if p.len() != len || !p.chars().all(|c| c.is_ascii_digit()) {
                return Err(format!(
                    "`{s}` is not a date: the {what} must be {len} digits; expected YYYY-MM-DD, YYYY-MM or YYYY"
                ));
            }
            p.parse::<i64>().map_err(|e| e.to_string())
        };
        match parts.as_slice() {
            [y] => {
                let y = num(y, 4, "year")?;
                check_year(s, y)?;
                Ok(PDate {
                    year: y as i16,
                    month: None,
                    day: None,
                })
            }
            [y, m] => {
                let (y, m) = (num(y, 4, "year")?, num(m, 2, "month")?);
                check_year(s, y)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("`{s}` is not a date: there is no month {m}"));
                }
                Ok(PDate {
                    year: y as i16,
                    month: Some(m as i8),
                    day: None,
                })
            }
            [y, m, d] => {
                let (y, m, d) = (num(y, 4, "year")?, num(m, 2, "month")?, num(d, 2, "day")?);
                check_year(s, y)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("`{s}` is not a date: there is no month {m}"));
                }
                // Review of the sixteenth session: day 00 was told "January
                // 2019 has 31 days".
                if d == 0 {
                    return Err(format!(
                        "`{s}` is not a date: there is no day 00 (days are numbered from 01)"
                    ));
                }
                match Date::new(y as i16, m as i8, d as i8) {
                    Ok(_) => Ok(PDate {
                        year: y as i16,
                        month: Some(m as i8),
                        day: Some(d as i8),
                    }),
                    Err(_) => {
                        let last = Date::new(y as i16, m as i8, 1)
                            .map(|x| x.days_in_month())
                            .unwrap_or(31);
                        Err(format!(
                            "`{s}` is not a date: {} {y} has {last} days",
                            month_name(m)
                        ))
                    }
                }
            }
            _ => Err(format!(
                "`{s}` is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY"
            )),
        }
    }

    /// The first and last possible day.
    pub fn bounds(&self) -> (Day, Day) {
        let y = self.year;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let x = day_of(Date::new(y, m, d).unwrap_or(Date::constant(1970, 1, 1)));
                (x, x)
            }
            (Some(m), None) => {
                let first = Date::new(y, m, 1).unwrap_or(Date::constant(1970, 1, 1));
                (
                    day_of(first),
                    day_of(first) + i32::from(first.days_in_month()) - 1,
                )
            }
            _ => {
                let first = Date::new(y, 1, 1).unwrap_or(Date::constant(1970, 1, 1));
                (day_of(first), day_of(Date::new(y, 12, 31).unwrap_or(first)))
            }
        }
    }

    /// Whether the day is known.
    pub fn is_exact(&self) -> bool {
        self.day.is_some()
    }
}

fn check_year(s: &str, y: i64) -> Result<(), String> {
    if (1700..=2200).contains(&y) {
        Ok(())
    } else {
        Err(format!(
            "`{s}` is not a plausible date: the year must be between 1700 and 2200"
        ))
    }
}

fn month_name(m: i64) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    .get((m - 1) as usize)
    .copied()
    .unwrap_or("?")
}

impl fmt::Display for PDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = PDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written YYYY-MM-DD, YYYY-MM or YYYY")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PDate, E> {
                PDate::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

impl JsonSchema for PDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date: YYYY-MM-DD, or YYYY-MM / YYYY meaning some day in that month / year"
        })
    }
}

/// A value, or `false` meaning "known not to exist" (never naturalized,
/// never married). Absent or `null` (the field's `Option`) means unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrFalse<T> {
    /// `false`: known not to exist.
    No,
    /// The value.
    Yes(T),
}

impl<T> OrFalse<T> {
    /// The value, if any.
    pub fn value(&self) -> Option<&T> {
        match self {
            OrFalse::Yes(t) => Some(t),
            OrFalse::No => None,
        }
    }
}

impl<T: Serialize> Serialize for OrFalse<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            OrFalse::No => s.serialize_bool(false),
            OrFalse::Yes(t) => t.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrFalse<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OrFalse<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a value or `false` (known not to exist)")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    Err(E::custom(
                        "`true` is not allowed here: give the details (e.g. the date), or `false` if it never happened, or leave the field out if unknown",
                    ))
                } else {
                    Ok(OrFalse::No)
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::new(v)).map(OrFalse::Yes)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(OrFalse::Yes)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<T: JsonSchema> JsonSchema for OrFalse<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}OrFalse", T::schema_name()).into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let inner = g.subschema_for::<T>();
        json_schema!({ "anyOf": [inner, {"const": false}] })
    }
}

/// A value, `false`, or `true` (it happened, details unknown). Used for
/// `terminated` on protections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateOrBool {
    /// `false`: did not happen.
    No,
    /// `true`: happened on an unknown day.
    Yes,
    /// Happened on this day.
    On(PDate),
}

impl Serialize for DateOrBool {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DateOrBool::No => s.serialize_bool(false),
            DateOrBool::Yes => s.serialize_bool(true),
            DateOrBool::On(d) => d.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for DateOrBool {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DateOrBool;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date, `true` (on an unknown day) or `false`")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<DateOrBool, E> {
                Ok(if v { DateOrBool::Yes } else { DateOrBool::No })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateOrBool, E> {
                PDate::parse(v).map(DateOrBool::On).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for DateOrBool {
    fn schema_name() -> Cow<'static, str> {
        "DateOrBool".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let inner = g.subschema_for::<PDate>();
        json_schema!({ "anyOf": [inner, {"type": "boolean"}] })
    }
}

/// A closed-open span of days. `to: null` means ongoing on `as_of`; `to`
/// absent means the end is unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day.
    pub from: PDate,
    /// First day after the period (`null`: still ongoing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    #[schemars(with = "Option<PDate>")]
    pub to: Option<Option<PDate>>,
}

/// A list of periods; `complete: false` means "at least these".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Periods {
    /// The periods.
    pub items: Vec<Period>,
    /// Whether these are all of them.
    pub complete: bool,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct KnownPeriods {
    known: Vec<Period>,
    complete: bool,
}

impl Serialize for Periods {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.complete {
            self.items.serialize(s)
        } else {
            KnownPeriods {
                known: self.items.clone(),
                complete: false,
            }
            .serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Periods {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Periods;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of periods `[{\"from\": DATE, \"to\": DATE}]`, or `{\"known\": [...], \"complete\": false}`")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Periods, A::Error> {
                let items = Vec::<Period>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Periods {
                    items,
                    complete: true,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Periods, A::Error> {
                let k = KnownPeriods::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Periods {
                    items: k.known,
                    complete: k.complete,
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Periods {
    fn schema_name() -> Cow<'static, str> {
        "Periods".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let list = g.subschema_for::<Vec<Period>>();
        let known = g.subschema_for::<KnownPeriods>();
        json_schema!({ "anyOf": [list, known] })
    }
}

/// `Option<Option<T>>`: absent → `None`, `null` → `Some(None)`.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Serializes the inner option.
    pub fn serialize<T: Serialize, S: Serializer>(
        v: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match v {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }
    /// A present field (even `null`) becomes `Some`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

/// The two digits at `at` in `s`, when they are at most `max`.
pub(crate) fn two_digits(s: &str, at: usize, max: u8) -> bool {
    s.get(at..at + 2)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<u8>().ok())
        .is_some_and(|n| n <= max)
}

/// Whether `o` is a UTC offset: `Z`, or `±HH:MM` of at most 18 hours.
pub(crate) fn is_utc_offset(o: &str) -> bool {
    o == "Z"
        || (o.len() == 6
            && (o.starts_with('+') || o.starts_with('-'))
            && two_digits(o, 1, 18)
            && o.as_bytes()[3] == b':'
            && two_digits(o, 4, 59))
}

/// A moment in RFC 3339 (`2025-03-15T17:00:00-05:00`, or `...Z`): the
/// instant, and the calendar day as written, at the stated offset.
///
/// The day as written is the day the law counts: a termination "effective
/// 11:59 p.m., local time, on September 8" still protects a removal at
/// 10 p.m. Central that evening, which is already September 9 in UTC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    text: String,
    at: jiff::Timestamp,
    day: Day,
}

impl Moment {
    /// Parses an RFC 3339 timestamp with a `Z` or `±HH:MM` offset of at
    /// most 18 hours.
    pub fn parse(s: &str) -> Result<Moment, String> {
        let bad = || {
            format!(
                "`{s}` is not a date and time; expected RFC 3339 with a UTC offset, e.g. `2025-03-15T17:00:00-05:00` or `2025-03-15T22:00:00Z`"
            )
        };
        let at: jiff::Timestamp = s.parse().map_err(|_| bad())?;
        let offset_ok = s.ends_with(['Z', 'z'])
            || s.len() > 6 && s.get(s.len() - 6..).is_some_and(is_utc_offset);
        if !offset_ok {
            return Err(format!(
                "`{s}`: the UTC offset must be `Z` or `±HH:MM` of at most 18 hours"
            ));
        }
        let day = s
            .get(..10)
            .and_then(|d| PDate::parse(d).ok())
            .filter(PDate::is_exact)
            .ok_or_else(bad)?
            .bounds()
            .0;
        Ok(Moment {
            text: s.to_string(),
            at,
            day,
        })
    }

    /// The instant.
    pub fn timestamp(&self) -> jiff::Timestamp {
        self.at
    }

    /// The day as written (the local date at the stated offset).
    pub fn day(&self) -> Day {
        self.day
    }

    /// The days the moment may fall on on the clocks that count, given the
    /// UTC offsets the place may have (`place`, hours east, least and
    /// greatest, from `facts::place_utc_offsets`; `None` when the case does
    /// not say where: then the place is read as anywhere from UTC-11 to
    /// UTC+10 for the offsets below, and a moment in UTC in the contiguous
    /// States, UTC-8 to UTC-4, where nearly all detention is):
    /// - a moment written in UTC (`Z`, `+00:00`, or `-00:00`, RFC 3339's
    ///   "local offset unknown": the offset of no U.S. place) falls on the
    ///   days at the place's offsets;
    /// - a moment written at a whole-hour offset the place may have is local
    ///   time, the day as written, where the place has one zone (the range
    ///   is at most daylight saving time's hour) or the offset is one of a
    ///   U.S. place outside the contiguous States (Hawaii, Alaska, Samoa,
    ///   Guam);
    /// - at another offset, the day as written or any day at the place's
    ///   offsets;
    /// - and where the place's clock may be ahead of Eastern time (Puerto
    ///   Rico and the Virgin Islands in winter, Guam, the Northern Mariana
    ///   Islands), also the day in Falls Church: a notice of appeal is filed
    ///   when the Board receives it (8 C.F.R. § 1003.38(b)), so the last day
    ///   to appeal ends at midnight Eastern wherever the person is.
    ///
    /// One of two days where these differ. Reviews of 2026-11-30: a removal
    /// at 02:00Z, 10 p.m. Eastern on the last day of an appeal window, was
    /// read as the next day (eleventh session); a removal written at
    /// 00:30-04:00, 23:30 in Texas on the last day of a TPS designation
    /// ("11:59 p.m., local time"), and removals from Puerto Rico at 00:30 and
    /// from Guam at 09:00 on the day after the last day to appeal (23:30 and
    /// 19:00 that day in Falls Church), were read as the day written
    /// (twelfth session).
    pub fn local_days(&self, place: Option<(i32, i32)>) -> (Day, Day) {
        const CONTIGUOUS: (i32, i32) = (-8, -4);
        const UNITED_STATES: (i32, i32) = (-11, 10);
        let ordered = |(a, b): (i32, i32)| (a.min(b), a.max(b));
        // The offsets of U.S. places outside the contiguous States: one
        // written with no place, or with a place of several zones, is taken
        // as that place's local time (who writes -10:00 is in Hawaii).
        const NONCONTIGUOUS: [i32; 4] = [-11, -10, -9, 10];
        let (lo, hi) = ordered(place.unwrap_or(CONTIGUOUS));
        let (local_lo, local_hi) = ordered(place.unwrap_or(UNITED_STATES));
        let written = self.written_offset_minutes();
        // Whether the written offset is the place's local time: one the place
        // has, where the place has one zone (its range is at most the hour of
        // daylight saving time), or a non-contiguous U.S. offset the place
        // may have. An Eastern offset written for a removal from a district
        // of the contiguous States is not trusted to be local (review of the
        // change, tests dis-tz-*: a removal written 02:30-04:00 from C.D.
        // Cal., 23:30 the evening before there, was read as the day written).
        let local = |w: i32| {
            w % 60 == 0
                && (local_lo * 60..=local_hi * 60).contains(&w)
                && (local_hi - local_lo <= 1 || NONCONTIGUOUS.contains(&(w / 60)))
        };
        // The offsets the place's clock may be at, and whether the day as
        // written counts.
        let (lo, hi, as_written) = match written {
            None => (lo, hi, false),
            Some(w) if local(w) => (w / 60, w / 60, true),
            Some(_) => (lo, hi, true),
        };
        let at = |h: i32| {
            let day = (self.at.as_second() + i64::from(h) * 3600).div_euclid(86_400);
            // INVARIANT: a parsed moment is within jiff's years -9999..=9999.
            Day::try_from(day).unwrap_or(self.day)
        };
        let ahead_of_board = hi > -4 || lo == -4;
        let (lo, hi) = if ahead_of_board {
            (lo.min(-5), hi.max(-4))
        } else {
            (lo, hi)
        };
        let (first, last) = (at(lo), at(hi));
        if as_written {
            (first.min(self.day), last.max(self.day))
        } else {
            (first, last)
        }
    }

    /// The UTC offset written, in minutes east; `None` for a moment written
    /// in UTC (`Z`, `+00:00`, `-00:00`).
    fn written_offset_minutes(&self) -> Option<i32> {
        if self.text.ends_with(['Z', 'z']) {
            return None;
        }
        let tail = self.text.get(self.text.len().checked_sub(6)?..)?;
        let sign = if tail.starts_with('-') { -1 } else { 1 };
        let h: i32 = tail.get(1..3)?.parse().ok()?;
        let m: i32 = tail.get(4..6)?.parse().ok()?;
        let w = sign * (h * 60 + m);
        (w != 0).then_some(w)
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Moment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Moment::parse(&s).map_err(de::Error::custom)
    }
}

impl JsonSchema for Moment {
    fn schema_name() -> Cow<'static, str> {
        "Moment".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date-time", "description": "RFC 3339 date and time with a UTC offset; the day as written is the day the law counts" })
    }
}

/// An ISO 3166-1 alpha-2 country code (U.S. territories have their own).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Country(pub String);

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if ISO_3166_ALPHA2.binary_search(&s.as_str()).is_ok() {
            Ok(Country(s))
        } else if s.len() == 2
            && ISO_3166_ALPHA2
                .binary_search(&s.to_ascii_uppercase().as_str())
                .is_ok()
        {
            Err(de::Error::custom(format!(
                "`{s}` is not a country code: write it in capitals, `{}`",
                s.to_ascii_uppercase()
            )))
        } else if s.contains(',') {
            // A roster cell listing several entries with `,` (review of the
            // fourteenth session: `SV,WITHHOLDING_241B3:SV`).
            Err(de::Error::custom(format!(
                "`{s}` is not an ISO 3166-1 alpha-2 country code: it holds a `,`; in a roster, several entries in one cell are separated by `;`"
            )))
        } else {
            Err(de::Error::custom(format!(
                "`{s}` is not an ISO 3166-1 alpha-2 country code (e.g. `US`, `MX`, `SV`; Puerto Rico is `PR`)"
            )))
        }
    }
}

impl JsonSchema for Country {
    fn schema_name() -> Cow<'static, str> {
        "Country".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "enum": ISO_3166_ALPHA2, "description": "ISO 3166-1 alpha-2 code" })
    }
}

/// Officially assigned ISO 3166-1 alpha-2 codes, sorted (plus `XK`, the
/// user-assigned code that the U.S. government uses for Kosovo).
pub const ISO_3166_ALPHA2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn impossible_days_say_why() {
        let e = PDate::parse("2019-01-00").unwrap_err();
        assert!(e.contains("there is no day 00"), "{e}");
        let e = PDate::parse("2019-02-29").unwrap_err();
        assert!(e.contains("February 2019 has 28 days"), "{e}");
        let e = PDate::parse("2019-13").unwrap_err();
        assert!(e.contains("there is no month 13"), "{e}");
    }

    #[test]
    fn a_moment_falls_on_the_days_of_the_clocks_that_count() {
        let day = |t: &str| PDate::parse(t).unwrap().bounds().0;
        let contiguous = Some((-8, -4));
        let guam = Some((10, 10));
        let hawaii = Some((-10, -10));
        let puerto_rico = Some((-4, -4));
        let ninth = Some((-10, 10));
        for (moment, place, first, last) in [
            // Written in UTC: the days at the place's offsets.
            (
                "2025-08-14T02:00:00Z",
                contiguous,
                "2025-08-13",
                "2025-08-13",
            ),
            (
                "2025-08-14T07:59:00+00:00",
                contiguous,
                "2025-08-13",
                "2025-08-14",
            ),
            (
                "2025-08-14T08:00:00Z",
                contiguous,
                "2025-08-14",
                "2025-08-14",
            ),
            ("2025-08-14T07:59:00Z", None, "2025-08-13", "2025-08-14"),
            ("2025-08-14T08:00:00Z", None, "2025-08-14", "2025-08-14"),
            (
                "2025-08-14T08:00:00-00:00",
                hawaii,
                "2025-08-13",
                "2025-08-13",
            ),
            ("2025-08-14T12:00:00Z", ninth, "2025-08-14", "2025-08-14"),
            ("2025-08-14T23:00:00Z", ninth, "2025-08-14", "2025-08-15"),
            // Guam is ahead of Falls Church: its day and the Board's.
            ("2025-08-14T13:59:00Z", guam, "2025-08-14", "2025-08-14"),
            ("2025-08-14T14:00:00Z", guam, "2025-08-14", "2025-08-15"),
            ("2025-08-14T04:30:00Z", guam, "2025-08-13", "2025-08-14"),
            // Written at an offset the place has: the day as written.
            (
                "2025-08-13T22:00:00-04:00",
                contiguous,
                "2025-08-13",
                "2025-08-13",
            ),
            (
                "2025-09-08T23:30:00-10:00",
                hawaii,
                "2025-09-08",
                "2025-09-08",
            ),
            (
                "2025-02-12T23:30:00-09:00",
                Some((-9, -8)),
                "2025-02-12",
                "2025-02-12",
            ),
            // ... but Puerto Rico in winter is an hour ahead of the Board.
            (
                "2025-02-06T00:30:00-04:00",
                puerto_rico,
                "2025-02-05",
                "2025-02-06",
            ),
            (
                "2025-02-06T01:00:00-04:00",
                puerto_rico,
                "2025-02-06",
                "2025-02-06",
            ),
            // Written at another offset: that day, or the place's.
            (
                "2025-09-09T00:30:00-04:00",
                Some((-6, -5)),
                "2025-09-08",
                "2025-09-09",
            ),
            (
                "2025-08-13T22:00:00-04:00",
                guam,
                "2025-08-13",
                "2025-08-14",
            ),
            (
                "2025-08-14T09:00:00+10:00",
                contiguous,
                "2025-08-13",
                "2025-08-14",
            ),
            // No place: an offset of Hawaii, Alaska, Samoa or Guam written is
            // local; any other may be the day written or the States'.
            (
                "2026-05-04T23:00:00-10:00",
                None,
                "2026-05-04",
                "2026-05-04",
            ),
            (
                "2025-08-14T09:00:00+10:00",
                None,
                "2025-08-13",
                "2025-08-14",
            ),
            (
                "2025-08-14T09:00:00+02:00",
                None,
                "2025-08-13",
                "2025-08-14",
            ),
            (
                "2025-04-03T03:00:00-03:00",
                None,
                "2025-04-02",
                "2025-04-03",
            ),
            // An Eastern offset for a place of several zones: either day.
            (
                "2025-09-09T02:30:00-04:00",
                contiguous,
                "2025-09-08",
                "2025-09-09",
            ),
            (
                "2025-04-03T08:00:00+02:00",
                ninth,
                "2025-04-02",
                "2025-04-03",
            ),
            (
                "2025-04-03T08:00:00+10:00",
                ninth,
                "2025-04-02",
                "2025-04-03",
            ),
            (
                "2025-09-09T00:30:00-04:00",
                None,
                "2025-09-08",
                "2025-09-09",
            ),
            (
                "2025-08-14T14:00:00+02:00",
                contiguous,
                "2025-08-14",
                "2025-08-14",
            ),
        ] {
            assert_eq!(
                Moment::parse(moment).unwrap().local_days(place),
                (day(first), day(last)),
                "{moment} {place:?}"
            );
        }
    }

    #[test]
    fn a_date_error_says_what_was_written_wrong() {
        let e = |s: &str| PDate::parse(s).unwrap_err();
        assert!(e("false").contains("without quotes"), "{}", e("false"));
        assert!(e("20190203").contains("with `-`"), "{}", e("20190203"));
        assert!(
            e("2019-02-03T00:00:00Z").contains("a time of day is not allowed"),
            "{}",
            e("2019-02-03T00:00:00Z")
        );
        assert!(
            e("2019-2-3").contains("must be 2 digits"),
            "{}",
            e("2019-2-3")
        );
    }

    #[test]
    fn country_list_is_sorted_and_complete() {
        let mut v = ISO_3166_ALPHA2.to_vec();
        v.sort_unstable();
        assert_eq!(v, ISO_3166_ALPHA2);
        assert_eq!(ISO_3166_ALPHA2.len(), 250);
    }

    #[test]
    fn a_moment_counts_the_day_as_written() {
        let m = Moment::parse("2025-09-08T22:00:00-05:00").unwrap();
        // 03:00 on Sept. 9 in UTC, but the day written is Sept. 8.
        assert_eq!(m.timestamp().as_second() % 86_400, 3 * 3600);
        assert_eq!(m.day(), PDate::parse("2025-09-08").unwrap().bounds().0);
        assert_eq!(m.to_string(), "2025-09-08T22:00:00-05:00");
        let z = Moment::parse("2025-03-15T17:00:00Z").unwrap();
        assert_eq!(z.day(), PDate::parse("2025-03-15").unwrap().bounds().0);
        assert!(Moment::parse("2025-03-15T17:00:00+14:00").is_ok());
        for bad in [
            "2025-03-15T17:00:00+25:00",
            "2025-03-15T17:00:00+19:00",
            "2025-03-15T25:00:00Z",
            "2025-02-30T10:00:00Z",
            "2025-03-15",
            "yesterday",
        ] {
            assert!(Moment::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn partial_dates() {
        assert_eq!(
            PDate::parse("2001").map(|d| d.to_string()),
            Ok("2001".to_string())
        );
        assert_eq!(
            PDate::parse("1996-05").map(|d| d.bounds().1 - d.bounds().0),
            Ok(30)
        );
        assert!(PDate::parse("2023-02-29").is_err());
        assert!(PDate::parse("2024-02-29").is_ok());
        assert!(PDate::parse("2024-13").is_err());
        assert!(PDate::parse("24-01-01").is_err());
        assert!(PDate::parse("2024/01/01").is_err());
    }
}

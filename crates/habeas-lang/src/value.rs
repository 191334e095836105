//! Three-valued values.
//!
//! Every value the evaluator computes may be only partly known. A boolean is
//! yes, no or unknown ([`Tri`]); a date is an interval of days that may also
//! be "never" ([`DateVal`]); a duration or a number is an interval
//! ([`Range`]); a set of days (a timeline: presence, custody, "under 18") is
//! a pair of sets, the days surely in it and the days possibly in it
//! ([`TimelineVal`]). Every operation is sound: it returns a definite answer
//! only when the answer is the same for every way the unknowns could be
//! filled in.

use std::fmt;
use std::sync::Arc;

use crate::dates::{Day, NEG_INF, POS_INF, fmt_day};

/// A Kleene three-valued truth value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tri {
    /// Known to be false.
    No,
    /// Not known: the facts allow both answers.
    Unknown,
    /// Known to be true.
    Yes,
}

impl Tri {
    /// Kleene conjunction.
    pub fn and(self, other: Tri) -> Tri {
        self.min(other)
    }
    /// Kleene disjunction.
    pub fn or(self, other: Tri) -> Tri {
        self.max(other)
    }
    /// Kleene negation.
    #[expect(clippy::should_implement_trait, reason = "reads as the law's `not`")]
    pub fn not(self) -> Tri {
        match self {
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
            Tri::Yes => Tri::No,
        }
    }
    /// From the set of possible outcomes of a comparison.
    pub fn from_possible(can_be_true: bool, can_be_false: bool) -> Tri {
        match (can_be_true, can_be_false) {
            (true, false) => Tri::Yes,
            (false, true) => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Whether this is a definite answer.
    pub fn is_known(self) -> bool {
        self != Tri::Unknown
    }
    /// The least upper bound in the information order: equal values stay,
    /// different values become unknown.
    pub fn join(self, other: Tri) -> Tri {
        if self == other { self } else { Tri::Unknown }
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b { Tri::Yes } else { Tri::No }
    }
}

impl fmt::Display for Tri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Tri::No => "no",
            Tri::Unknown => "unknown",
            Tri::Yes => "yes",
        })
    }
}

/// A date that may be known exactly, known to lie in a span of days, known
/// never to have happened, or any mix of these.
///
/// INVARIANT: at least one of `may_date` and `may_never` is true, and when
/// `may_date` is true, `lo <= hi`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateVal {
    /// Earliest possible day (when it happened).
    pub lo: Day,
    /// Latest possible day (when it happened).
    pub hi: Day,
    /// It may have happened.
    pub may_date: bool,
    /// It may never have happened.
    pub may_never: bool,
}

impl DateVal {
    /// A known day.
    pub fn day(d: Day) -> DateVal {
        DateVal {
            lo: d,
            hi: d,
            may_date: true,
            may_never: false,
        }
    }
    /// Some day in `lo..=hi`.
    pub fn span(lo: Day, hi: Day) -> DateVal {
        DateVal {
            lo,
            hi,
            may_date: true,
            may_never: false,
        }
    }
    /// Known never to have happened.
    pub fn never() -> DateVal {
        DateVal {
            lo: POS_INF,
            hi: POS_INF,
            may_date: false,
            may_never: true,
        }
    }
    /// Nothing known: any day, or never.
    pub fn unknown() -> DateVal {
        DateVal {
            lo: NEG_INF,
            hi: POS_INF,
            may_date: true,
            may_never: true,
        }
    }
    /// Some day, nothing known about which (but it did happen).
    pub fn unknown_day() -> DateVal {
        DateVal {
            lo: NEG_INF,
            hi: POS_INF,
            may_date: true,
            may_never: false,
        }
    }
    /// The "timeless" date used as the `since` of a condition that does not
    /// depend on time.
    pub fn timeless() -> DateVal {
        DateVal::day(NEG_INF)
    }
    /// Whether exactly one day is possible and it surely happened.
    pub fn exact(&self) -> Option<Day> {
        (self.may_date && !self.may_never && self.lo == self.hi).then_some(self.lo)
    }
    /// Whether it is known never to have happened.
    pub fn is_never(&self) -> bool {
        !self.may_date
    }
    /// Whether everything about it is open.
    pub fn is_fully_unknown(&self) -> bool {
        self.may_date && self.lo <= NEG_INF && self.hi >= POS_INF
    }
    /// Whether the value is not a single known outcome.
    pub fn is_uncertain(&self) -> bool {
        self.exact().is_none() && !(self.is_never())
    }
    /// The least upper bound: every outcome possible in either.
    pub fn join(self, o: DateVal) -> DateVal {
        match (self.may_date, o.may_date) {
            (true, true) => DateVal {
                lo: self.lo.min(o.lo),
                hi: self.hi.max(o.hi),
                may_date: true,
                may_never: self.may_never || o.may_never,
            },
            (true, false) => DateVal {
                may_never: true,
                ..self
            },
            (false, true) => DateVal {
                may_never: true,
                ..o
            },
            (false, false) => DateVal::never(),
        }
    }
    /// Shifts the date by `days` (never stays never).
    pub fn shift(self, lo: i64, hi: i64) -> DateVal {
        if !self.may_date {
            return self;
        }
        DateVal {
            lo: add_days(self.lo, lo),
            hi: add_days(self.hi, hi),
            ..self
        }
    }
    /// Maps a monotone function over the possible days.
    pub fn map_monotone(self, f: impl Fn(Day) -> Day) -> DateVal {
        if !self.may_date {
            return self;
        }
        DateVal {
            lo: f(self.lo),
            hi: f(self.hi),
            ..self
        }
    }
    /// Compares two dates: `<` (strict) when `strict`, else `<=`. A date
    /// that never happened makes every comparison false (an event that
    /// never happened happened neither before nor after anything).
    pub fn less(self, o: DateVal, strict: bool) -> Tri {
        let mut can_true = false;
        let mut can_false = self.may_never || o.may_never;
        if self.may_date && o.may_date {
            let (a_lo, a_hi, b_lo, b_hi) = (self.lo, self.hi, o.lo, o.hi);
            if strict {
                can_true |= a_lo < b_hi;
                can_false |= a_hi >= b_lo;
            } else {
                can_true |= a_lo <= b_hi;
                can_false |= a_hi > b_lo;
            }
        }
        Tri::from_possible(can_true, can_false)
    }
    /// Equality of two dates (false when either never happened).
    pub fn equal(self, o: DateVal) -> Tri {
        let mut can_true = false;
        let mut can_false = self.may_never || o.may_never;
        if self.may_date && o.may_date {
            can_true |= self.lo <= o.hi && o.lo <= self.hi;
            can_false |= !(self.lo == self.hi && o.lo == o.hi && self.lo == o.lo);
        }
        Tri::from_possible(can_true, can_false)
    }
}

impl fmt::Display for DateVal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.may_date {
            return f.write_str("never");
        }
        if self.is_fully_unknown() {
            return f.write_str("unknown");
        }
        if self.lo == self.hi {
            f.write_str(&fmt_day(self.lo))?;
        } else {
            write!(f, "between {} and {}", fmt_day(self.lo), fmt_day(self.hi))?;
        }
        if self.may_never {
            f.write_str(" or never")?;
        }
        Ok(())
    }
}

/// Appends a span to sorted spans, merging it with the last when they
/// overlap or touch.
fn push_merged(out: &mut SpanVec, a: Day, b: Day) {
    match out.last_mut() {
        Some(last) if a <= last.1 => last.1 = last.1.max(b),
        _ => out.push((a, b)),
    }
}

/// Adds days with saturation at the infinities.
pub fn add_days(d: Day, n: i64) -> Day {
    if d <= NEG_INF || d >= POS_INF {
        return d;
    }
    (i64::from(d) + n).clamp(i64::from(NEG_INF), i64::from(POS_INF)) as Day
}

/// An interval of whole numbers (a duration in days, or a plain number).
/// `hi == i64::MAX` means unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    /// Smallest possible value.
    pub lo: i64,
    /// Largest possible value.
    pub hi: i64,
}

/// The unbounded end of a [`Range`].
pub const RANGE_INF: i64 = i64::MAX / 4;

impl Range {
    /// A known value.
    pub fn exact(v: i64) -> Range {
        Range { lo: v, hi: v }
    }
    /// Nothing known.
    pub fn unknown() -> Range {
        Range {
            lo: -RANGE_INF,
            hi: RANGE_INF,
        }
    }
    /// Whether more than one value is possible.
    pub fn is_uncertain(&self) -> bool {
        self.lo != self.hi
    }
    /// Compares: `self < o` (strict) or `self <= o`.
    pub fn less(self, o: Range, strict: bool) -> Tri {
        if strict {
            Tri::from_possible(self.lo < o.hi, self.hi >= o.lo)
        } else {
            Tri::from_possible(self.lo <= o.hi, self.hi > o.lo)
        }
    }
    /// Equality.
    pub fn equal(self, o: Range) -> Tri {
        Tri::from_possible(
            self.lo <= o.hi && o.lo <= self.hi,
            !(self.lo == self.hi && o.lo == o.hi && self.lo == o.lo),
        )
    }
    /// Sum.
    pub fn plus(self, o: Range) -> Range {
        Range {
            lo: sat(self.lo.saturating_add(o.lo)),
            hi: sat(self.hi.saturating_add(o.hi)),
        }
    }
    /// Difference.
    pub fn minus(self, o: Range) -> Range {
        Range {
            lo: sat(self.lo.saturating_sub(o.hi)),
            hi: sat(self.hi.saturating_sub(o.lo)),
        }
    }
    /// Hull of both.
    pub fn join(self, o: Range) -> Range {
        Range {
            lo: self.lo.min(o.lo),
            hi: self.hi.max(o.hi),
        }
    }
}

fn sat(v: i64) -> i64 {
    v.clamp(-RANGE_INF, RANGE_INF)
}

/// A piece of text, or known absent, or unknown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TextVal {
    /// Known text.
    Known(Arc<str>),
    /// Known not to exist (the thing it describes does not exist).
    Absent,
    /// Not known.
    Unknown,
}

impl TextVal {
    /// Equality with another text.
    pub fn equal(&self, o: &TextVal) -> Tri {
        match (self, o) {
            (TextVal::Known(a), TextVal::Known(b)) => Tri::from(a == b),
            (TextVal::Absent, _) | (_, TextVal::Absent) => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Least upper bound.
    pub fn join(&self, o: &TextVal) -> TextVal {
        if self == o {
            self.clone()
        } else {
            TextVal::Unknown
        }
    }
}

impl fmt::Display for TextVal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextVal::Known(s) => write!(f, "\"{s}\""),
            TextVal::Absent => f.write_str("none"),
            TextVal::Unknown => f.write_str("unknown"),
        }
    }
}

/// The spans of a [`Spans`]: most sets of days in the law have one or two,
/// kept inline without an allocation.
type SpanVec = smallvec::SmallVec<[(Day, Day); 2]>;

/// A set of days as sorted, disjoint, non-adjacent closed-open spans.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Spans(SpanVec);

impl Spans {
    /// The empty set.
    pub fn empty() -> Spans {
        Spans(SpanVec::new())
    }
    /// Every day.
    pub fn all() -> Spans {
        Spans(smallvec::smallvec![(NEG_INF, POS_INF)])
    }
    /// The days `from..to` (empty when `to <= from`).
    pub fn span(from: Day, to: Day) -> Spans {
        if to > from {
            Spans(smallvec::smallvec![(from, to)])
        } else {
            Spans::empty()
        }
    }
    /// Builds a set from arbitrary spans.
    pub fn from_spans(mut v: Vec<(Day, Day)>) -> Spans {
        v.retain(|(a, b)| b > a);
        v.sort_unstable();
        let mut out = SpanVec::with_capacity(v.len());
        for (a, b) in v {
            push_merged(&mut out, a, b);
        }
        Spans(out)
    }
    /// The spans.
    pub fn spans(&self) -> &[(Day, Day)] {
        &self.0
    }
    /// Whether no day is in the set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Union (a merge of the two sorted lists).
    pub fn union(&self, o: &Spans) -> Spans {
        if o.0.is_empty() {
            return self.clone();
        }
        if self.0.is_empty() {
            return o.clone();
        }
        let mut out = SpanVec::with_capacity(self.0.len() + o.0.len());
        let (mut i, mut j) = (0, 0);
        while i < self.0.len() || j < o.0.len() {
            let next = if j >= o.0.len() || (i < self.0.len() && self.0[i].0 <= o.0[j].0) {
                i += 1;
                self.0[i - 1]
            } else {
                j += 1;
                o.0[j - 1]
            };
            push_merged(&mut out, next.0, next.1);
        }
        Spans(out)
    }
    /// Intersection.
    pub fn intersect(&self, o: &Spans) -> Spans {
        let (mut i, mut j) = (0, 0);
        let mut out = SpanVec::new();
        while i < self.0.len() && j < o.0.len() {
            let (a1, b1) = self.0[i];
            let (a2, b2) = o.0[j];
            let (a, b) = (a1.max(a2), b1.min(b2));
            if b > a {
                out.push((a, b));
            }
            if b1 < b2 { i += 1 } else { j += 1 }
        }
        Spans(out)
    }
    /// Complement within all days.
    pub fn complement(&self) -> Spans {
        let mut out = SpanVec::new();
        let mut cur = NEG_INF;
        for &(a, b) in &self.0 {
            if a > cur {
                out.push((cur, a));
            }
            cur = b;
        }
        if cur < POS_INF {
            out.push((cur, POS_INF));
        }
        Spans(out)
    }
    /// Number of days (unbounded sets count as [`RANGE_INF`]).
    pub fn total(&self) -> i64 {
        let mut t: i64 = 0;
        for &(a, b) in &self.0 {
            if a <= NEG_INF || b >= POS_INF {
                return RANGE_INF;
            }
            t += i64::from(b) - i64::from(a);
        }
        t
    }
    /// The longest stretch from the start of a span that begins before
    /// `before` to the end of the same or a later span, in which the days
    /// between the spans total less than `absences` (see
    /// `Builtin::LongestRun`). Infinite when it reaches an unbounded end.
    pub fn longest_run(&self, absences: i64, before: Day) -> i64 {
        let s = &self.0;
        let mut best = 0;
        // For each start `i`, the furthest `j` whose gaps stay under the
        // allowance; `j` only moves forward as `i` does (two pointers).
        let mut j = 0;
        let mut gaps = 0i64;
        for i in 0..s.len() {
            if j < i {
                j = i;
                gaps = 0;
            }
            while j + 1 < s.len() {
                let gap = i64::from(s[j + 1].0) - i64::from(s[j].1);
                if gaps + gap < absences {
                    gaps += gap;
                    j += 1;
                } else {
                    break;
                }
            }
            if s[i].0 < before {
                let (a, b) = (s[i].0, s[j].1);
                let len = if a <= NEG_INF || b >= POS_INF {
                    RANGE_INF
                } else {
                    i64::from(b) - i64::from(a)
                };
                best = best.max(len);
            }
            // Leave span `i`: its gap to the next no longer counts.
            if j > i {
                gaps -= i64::from(s[i + 1].0) - i64::from(s[i].1);
            }
        }
        best
    }
    /// Length of the longest span.
    pub fn longest(&self) -> i64 {
        self.0
            .iter()
            .map(|&(a, b)| {
                if a <= NEG_INF || b >= POS_INF {
                    RANGE_INF
                } else {
                    i64::from(b) - i64::from(a)
                }
            })
            .max()
            .unwrap_or(0)
    }
    /// The first day, if any.
    pub fn first(&self) -> Option<Day> {
        self.0.first().map(|s| s.0)
    }
    /// Whether `d` is in the set.
    pub fn contains(&self, d: Day) -> bool {
        self.0.iter().any(|&(a, b)| a <= d && d < b)
    }
    /// Whether every day of `lo..=hi` is in the set.
    pub fn contains_all(&self, lo: Day, hi: Day) -> bool {
        self.0.iter().any(|&(a, b)| a <= lo && hi < b)
    }
    /// Whether some day of `lo..=hi` is in the set.
    pub fn contains_any(&self, lo: Day, hi: Day) -> bool {
        self.0.iter().any(|&(a, b)| a <= hi && lo < b)
    }
}

impl fmt::Display for Spans {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("no days");
        }
        for (i, &(a, b)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if a <= NEG_INF && b >= POS_INF {
                f.write_str("all time")?;
            } else if a <= NEG_INF {
                write!(f, "before {}", fmt_day(b))?;
            } else if b >= POS_INF {
                write!(f, "from {}", fmt_day(a))?;
            } else {
                write!(f, "{}..{}", fmt_day(a), fmt_day(b))?;
            }
        }
        Ok(())
    }
}

/// A set of days known only in part: `surely` holds the days that are in
/// the set however the unknowns are filled in, `possibly` the days that are
/// in it for at least one way of filling them in.
///
/// INVARIANT: `surely` is a subset of `possibly`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TimelineVal {
    /// Days surely in the set.
    pub surely: Spans,
    /// Days possibly in the set.
    pub possibly: Spans,
}

impl TimelineVal {
    /// A known set.
    pub fn known(s: Spans) -> TimelineVal {
        TimelineVal {
            surely: s.clone(),
            possibly: s,
        }
    }
    /// Nothing known.
    pub fn unknown() -> TimelineVal {
        TimelineVal {
            surely: Spans::empty(),
            possibly: Spans::all(),
        }
    }
    /// Whether the set is exactly known.
    pub fn is_exact(&self) -> bool {
        self.surely == self.possibly
    }
    /// The days in doubt: possibly in the set, not surely.
    pub fn doubtful(&self) -> Spans {
        self.possibly.intersect(&self.surely.complement())
    }
    /// Whether what is not known about this set can change its
    /// intersection with `o`: a day in doubt here that may be in `o`.
    pub fn doubt_reaches_intersection(&self, o: &TimelineVal) -> bool {
        !self.doubtful().intersect(&o.possibly).is_empty()
    }
    /// Whether what is not known about this set can change its union with
    /// `o`: a day in doubt here that is not surely in `o`.
    pub fn doubt_reaches_union(&self, o: &TimelineVal) -> bool {
        !self.doubtful().intersect(&o.surely.complement()).is_empty()
    }
    /// Intersection.
    pub fn intersect(&self, o: &TimelineVal) -> TimelineVal {
        TimelineVal {
            surely: self.surely.intersect(&o.surely),
            possibly: self.possibly.intersect(&o.possibly),
        }
    }
    /// Union.
    pub fn union(&self, o: &TimelineVal) -> TimelineVal {
        TimelineVal {
            surely: self.surely.union(&o.surely),
            possibly: self.possibly.union(&o.possibly),
        }
    }
    /// Complement.
    pub fn complement(&self) -> TimelineVal {
        TimelineVal {
            surely: self.possibly.complement(),
            possibly: self.surely.complement(),
        }
    }
    /// Least upper bound.
    pub fn join(&self, o: &TimelineVal) -> TimelineVal {
        TimelineVal {
            surely: self.surely.intersect(&o.surely),
            possibly: self.possibly.union(&o.possibly),
        }
    }
    /// Total number of days, as an interval.
    pub fn total(&self) -> Range {
        Range {
            lo: self.surely.total(),
            hi: self.possibly.total(),
        }
    }
    /// [`Spans::longest_run`] as an interval: the fewest days from the sure
    /// days, the smallest allowance and the earliest `before`; the most from
    /// the possible days, the largest allowance and the latest `before`
    /// (more days, a larger allowance or a later bound never shorten it).
    pub fn longest_run(&self, absences: Range, before: DateVal) -> Range {
        let earliest = if before.may_date { before.lo } else { POS_INF };
        let latest = if before.may_never { POS_INF } else { before.hi };
        Range {
            lo: self.surely.longest_run(absences.lo, earliest),
            hi: self.possibly.longest_run(absences.hi, latest),
        }
    }
    /// Longest run of consecutive days, as an interval.
    pub fn longest(&self) -> Range {
        Range {
            lo: self.surely.longest(),
            hi: self.possibly.longest(),
        }
    }
    /// Whether any day is in the set.
    pub fn nonempty(&self) -> Tri {
        Tri::from_possible(!self.possibly.is_empty(), self.surely.is_empty())
    }
    /// The first day in the set (never when empty).
    pub fn first_day(&self) -> DateVal {
        match (self.possibly.first(), self.surely.first()) {
            (None, _) => DateVal::never(),
            (Some(lo), Some(hi)) => DateVal {
                lo,
                hi,
                may_date: true,
                may_never: false,
            },
            // Possibly non-empty, possibly empty: the first day is at the
            // earliest the first possible day, and at the latest the last
            // possible day (or never).
            (Some(lo), None) => {
                let hi = self
                    .possibly
                    .spans()
                    .last()
                    .map_or(lo, |s| if s.1 >= POS_INF { POS_INF } else { s.1 - 1 });
                DateVal {
                    lo,
                    hi,
                    may_date: true,
                    may_never: true,
                }
            }
        }
    }
    /// Whether the day (or every day of a partial date) is in the set.
    pub fn contains(&self, d: DateVal) -> Tri {
        if !d.may_date {
            return Tri::No;
        }
        let surely = !d.may_never && self.surely.contains_all(d.lo, d.hi);
        let possibly = self.possibly.contains_any(d.lo, d.hi);
        Tri::from_possible(possibly, !surely)
    }
}

impl fmt::Display for TimelineVal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_exact() {
            write!(f, "{}", self.surely)
        } else if self.surely.is_empty() && self.possibly == Spans::all() {
            f.write_str("unknown")
        } else {
            write!(f, "at least {}; at most {}", self.surely, self.possibly)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kleene_tables() {
        use Tri::*;
        let all = [No, Unknown, Yes];
        for a in all {
            for b in all {
                assert_eq!(a.and(b), b.and(a));
                assert_eq!(a.or(b), b.or(a));
                assert_eq!(a.and(b).not(), a.not().or(b.not()));
            }
        }
        assert_eq!(No.and(Unknown), No);
        assert_eq!(Yes.or(Unknown), Yes);
        assert_eq!(Yes.and(Unknown), Unknown);
    }

    #[test]
    fn partial_dates_compare_definitely_only_when_every_day_agrees() {
        let may_1996 = DateVal::span(9617, 9647);
        assert_eq!(may_1996.less(DateVal::day(9700), true), Tri::Yes);
        assert_eq!(may_1996.less(DateVal::day(9617), true), Tri::No);
        assert_eq!(may_1996.less(DateVal::day(9630), true), Tri::Unknown);
        assert_eq!(DateVal::never().less(DateVal::day(0), true), Tri::No);
        assert_eq!(DateVal::day(0).less(DateVal::never(), true), Tri::No);
    }

    #[test]
    fn spans_algebra() {
        let a = Spans::from_spans(vec![(0, 10), (20, 30)]);
        let b = Spans::span(5, 25);
        assert_eq!(a.intersect(&b).spans(), &[(5, 10), (20, 25)]);
        assert_eq!(a.union(&b).spans(), &[(0, 30)]);
        assert_eq!(a.total(), 20);
        assert_eq!(a.longest(), 10);
        assert_eq!(a.complement().complement(), a);
        // Continuous presence with absences: the 10-day gap is allowed
        // under an allowance of 11, not of 10 ("less than").
        assert_eq!(a.longest_run(11, 100), 30);
        assert_eq!(a.longest_run(10, 100), 10);
        // Only runs that begin before the bound count.
        assert_eq!(a.longest_run(11, 20), 30);
        assert_eq!(a.longest_run(11, 0), 0);
        assert_eq!(a.longest_run(0, 21), 10);
        assert_eq!(Spans::from_spans(vec![(0, 5), (5, 9)]).spans(), &[(0, 9)]);
    }

    #[test]
    fn timeline_first_day_and_nonempty() {
        let t = TimelineVal {
            surely: Spans::empty(),
            possibly: Spans::span(10, 20),
        };
        assert_eq!(t.nonempty(), Tri::Unknown);
        let f = t.first_day();
        assert_eq!((f.lo, f.hi, f.may_never), (10, 19, true));
        let k = TimelineVal::known(Spans::span(3, 4));
        assert_eq!(k.first_day(), DateVal::day(3));
        assert_eq!(k.contains(DateVal::day(3)), Tri::Yes);
        assert_eq!(k.contains(DateVal::span(3, 4)), Tri::Unknown);
    }

    #[test]
    fn longest_run_counts_the_aggregate_of_absences() {
        // Three runs with gaps of 5 and 6 days: both together are 11.
        let t = Spans::from_spans(vec![(0, 100), (105, 200), (206, 300)]);
        assert_eq!(t.longest_run(12, 1000), 300);
        assert_eq!(t.longest_run(11, 1000), 200); // 0..200 (gap 5) ties 105..300 (gap 6)
        assert_eq!(t.longest_run(6, 1000), 200);
        assert_eq!(t.longest_run(5, 1000), 100);
        // The best stretch may start at a later run.
        let u = Spans::from_spans(vec![(0, 10), (100, 200), (201, 300)]);
        assert_eq!(u.longest_run(2, 1000), 200);
        assert_eq!(u.longest_run(2, 100), 10);
        assert_eq!(Spans::empty().longest_run(10, 1000), 0);
        assert_eq!(Spans::all().longest_run(10, 0), RANGE_INF);
    }

    proptest::proptest! {
        /// More days, a larger allowance or a later bound never shorten the
        /// longest run (what makes its interval over sure and possible days
        /// sound).
        #[test]
        fn longest_run_is_monotone(
            spans in proptest::collection::vec((0i32..400, 1i32..40), 0..8),
            extra in proptest::collection::vec((0i32..400, 1i32..40), 0..4),
            allowance in 0i64..60,
            more in 0i64..30,
            before in 0i32..450,
            later in 0i32..50,
        ) {
            let mk = |v: &[(i32, i32)]| {
                v.iter().fold(Spans::empty(), |acc, &(a, n)| acc.union(&Spans::span(a, a + n)))
            };
            let t = mk(&spans);
            let bigger = t.union(&mk(&extra));
            let base = t.longest_run(allowance, before);
            proptest::prop_assert!(bigger.longest_run(allowance, before) >= base);
            proptest::prop_assert!(t.longest_run(allowance + more, before) >= base);
            proptest::prop_assert!(t.longest_run(allowance, before + later) >= base);
            // With no allowance it is the longest run that starts before the bound.
            let plain = t.spans().iter().filter(|s| s.0 < before).map(|s| i64::from(s.1 - s.0)).max().unwrap_or(0);
            proptest::prop_assert_eq!(t.longest_run(0, before), plain);
        }
    }
}

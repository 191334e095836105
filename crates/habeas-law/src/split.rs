//! Settling an open answer day by day when a date is partial.
//!
//! A partial date (`"1934"`, `"2001-02"`) is a span of days. The evaluator
//! gives a definite answer for it exactly when one computation shows the
//! same answer for every day of the span; it cannot see that two different
//! rules give the same answer on the two sides of a line. A child born in
//! "1934" to a citizen mother is a citizen at birth under INA § 301(h)
//! before 1934-05-24 and under the 1934 Act from that day; a child whose
//! mother naturalized in "2001" derives citizenship under former INA § 321
//! before 2001-02-27 and under INA § 320 from that day. Each day answers
//! "citizen", but the span was "undetermined".
//!
//! When the status is undetermined and the case has a partial date, the
//! span is cut into its months (and a month into its days, where the month
//! is still open) and each piece is decided on its own. If every possible
//! piece gives the same status, verdict and bars, that is the answer.
//! Anything else leaves the first answer as it was, and so does a piece the
//! case format rejects. A birth in "1917" with a presence "from 1917-01-01"
//! would, strictly, put the birth on January 1, but such a period is more
//! often a writer's "from the birth" than a statement of the day (review of
//! 2026-11-29, test `mis2-pr-born-1917-year-only-jones-act-father`): in a
//! piece whose birth comes later, such a period of the person begins on the
//! birth (`from_the_birth`).
//! When the first and the last day of the span both settle the answer but
//! differently, the date decides it: the day the answer changes on is found
//! by halving, and the question about that date names it as its boundary
//! ("before 2023-06-16, or on or after it?", spec principle 2).
//! The pieces are decided in fast mode; the output is built from the first
//! and the last piece in the mode asked for, so every mode gives the same
//! answer (the test `answers_equal_explaining_answers`).

use std::sync::Arc;

use habeas_case::{Case, PDate};
use habeas_lang::dates::{Day, fmt_day};
use habeas_lang::eval::{Expl, Mode};
use habeas_lang::value::{DateVal, Tri};

use crate::Law;
use crate::determine::{Basis, Determination, MissingFact, ReviewFlag, since_text};

/// How many partial dates of one case are tried, in document order.
const SITES: usize = 3;
/// How many pieces may be decided for one case, in all.
const BUDGET: usize = 100;

/// What must be the same on every piece.
#[derive(PartialEq, Eq)]
struct Key {
    status: &'static str,
    verdict: Option<&'static str>,
    bars: Vec<String>,
    open: Vec<String>,
}

fn key(d: &Determination) -> Key {
    let kinds = |bars: &[crate::determine::Bar]| {
        let mut k: Vec<String> = bars.iter().map(|b| b.kind.clone()).collect();
        k.sort();
        k
    };
    Key {
        status: d.citizenship.status,
        verdict: d.action.as_ref().map(|a| a.verdict),
        bars: d.action.as_ref().map_or_else(Vec::new, |a| kinds(&a.bars)),
        open: d
            .action
            .as_ref()
            .map_or_else(Vec::new, |a| kinds(&a.open_bars)),
    }
}

/// The answer of a piece, when it is not undetermined.
fn settled(p: &Piece) -> Option<Key> {
    let k = key(&p.fast);
    (k.status != "undetermined").then_some(k)
}

/// Records `k` as the answer every piece must give, or `None` when an
/// earlier piece gave another.
fn agree(want: &mut Option<Key>, k: Key) -> Option<()> {
    if want.as_ref().is_some_and(|w| *w != k) {
        return None;
    }
    want.get_or_insert(k);
    Some(())
}

/// A piece: the case with the partial date narrowed, and its fast answer.
struct Piece {
    case: Case,
    fast: Determination,
    /// The value put at the partial date's place (a day, a month, or a
    /// time of birth).
    text: String,
}

/// The first and last day a `since` text names (a day, a partial date, or
/// `A..B`).
fn span_of(text: &str) -> Option<(Day, Day)> {
    if let Some((a, b)) = text.split_once("..") {
        let (a, b) = (PDate::parse(a).ok()?, PDate::parse(b).ok()?);
        return Some((a.bounds().0, b.bounds().1));
    }
    PDate::parse(text).ok().map(|d| d.bounds())
}

/// The `since` of several pieces: the span from the earliest to the latest
/// day any of them names (none if one of them has none).
fn joined_since<'a>(sinces: impl Iterator<Item = Option<&'a str>>) -> Option<String> {
    let mut span: Option<(Day, Day)> = None;
    for s in sinces {
        let (lo, hi) = span_of(s?)?;
        span = Some(match span {
            None => (lo, hi),
            Some((a, b)) => (a.min(lo), b.max(hi)),
        });
    }
    let (lo, hi) = span?;
    since_text(&DateVal::span(lo, hi))
}

impl Law {
    /// `d`, or the answer every possible day of a partial date gives (see
    /// the module's documentation).
    pub(crate) fn settle_partial_dates(
        &self,
        case: &Case,
        mode: Mode,
        d: Determination,
    ) -> Determination {
        // A determination that stopped at the work limit is not split into
        // pieces (each would stop there too).
        if d.citizenship.status != "undetermined"
            || d.citizenship
                .flags
                .iter()
                .any(|f| f.rule == crate::determine::WORK_LIMIT_RULE)
        {
            return d;
        }
        let Ok(value) = serde_json::to_value(case) else {
            return d;
        };
        let mut sites = habeas_case::partial_dates(&value);
        // Births on a day the law reads the time of, with no time given.
        if let Some(people) = value.get("people").and_then(|p| p.as_object()) {
            for (key, person) in people {
                let born = person.get("born");
                let day = born.and_then(|b| b.get("date")).and_then(|d| d.as_str());
                let timed = born
                    .and_then(|b| b.get("time"))
                    .is_some_and(|t| !t.is_null());
                if let Some(day) = day
                    && !timed
                    && self.time_lines.iter().any(|(d, _)| d == day)
                {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    sites.push(format!("/people/{key}/born/date"));
                }
            }
        }
        // The dates the open answer asks about first: an irrelevant partial
        // date (a parent's birth year) must not use up the sites (review of
        // 2026-11-29, test wedding-year-only-mother-birth-year-only-father-
        // acknowledged-2004).
        let asked = |at: &String| {
            let path = pointer_path(at);
            d.citizenship
                .missing
                .iter()
                .any(|m| m.fact == path || path.starts_with(&format!("{}.", m.fact)))
        };
        sites.sort_by_key(|at| !asked(at));
        let mut budget = BUDGET;
        let mut boundaries: Vec<(String, Day)> = Vec::new();
        for at in sites.iter().take(SITES) {
            let mut boundary = None;
            if let Some(pieces) = self.pieces(&value, at, &mut budget, &mut boundary) {
                return self.merge(case, &value, at, mode, d, pieces);
            }
            if let Some(day) = boundary {
                boundaries.push((pointer_path(at), day));
            }
            if budget == 0 {
                break;
            }
        }
        with_boundaries(case, d, &boundaries)
    }

    /// Decides `value` with the date at `at` replaced by `text`: `None` when
    /// the budget is spent or the case format rejects the piece.
    fn piece(
        &self,
        value: &serde_json::Value,
        at: &str,
        text: String,
        budget: &mut usize,
    ) -> Option<Piece> {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        let mut v = value.clone();
        *v.pointer_mut(at)? = serde_json::Value::String(text.clone());
        let case = match habeas_case::parse_case_value(v.clone()) {
            Ok(case) => case,
            // A period of the person "from" a day of the birth span before
            // this piece's birth: read as "from the birth".
            Err(_) => habeas_case::parse_case_value(from_the_birth(v, value, at, &text)?).ok()?,
        };
        let fast = self.determine_inner(&case, Mode::Fast, None);
        Some(Piece { case, fast, text })
    }

    /// The pieces of the partial date at `at`, when every possible one
    /// gives the same answer (and it is not undetermined).
    fn pieces(
        &self,
        value: &serde_json::Value,
        at: &str,
        budget: &mut usize,
        boundary: &mut Option<Day>,
    ) -> Option<Vec<Piece>> {
        let date = PDate::parse(value.pointer(at)?.as_str()?).ok()?;
        if date.is_exact() {
            let mut out = Vec::new();
            self.cut_time(value, at, &date, budget, &mut None, &mut out)?;
            return (!out.is_empty()).then_some(out);
        }
        // Its first and last day first: most open answers are open for
        // another reason, and two decisions show it.
        let (lo, hi) = date.bounds();
        let first_day = settled(&self.piece(value, at, fmt_day(lo), budget)?)?;
        let last_day = settled(&self.piece(value, at, fmt_day(hi), budget)?)?;
        if first_day != last_day {
            // The date decides the answer: find the day it changes on, for
            // the question ("before that day, or on or after it?").
            *boundary = self.boundary_day(value, at, (lo, first_day), (hi, last_day), budget);
            return None;
        }
        let mut first = Some(first_day);
        let mut out = Vec::new();
        self.cut(value, at, &date, budget, &mut first, &mut out)?;
        (!out.is_empty()).then_some(out)
    }

    /// The first day of `(lo, hi]` whose answer is the last day's, found by
    /// halving (the answer is assumed to change once in the span; with
    /// several changes, one of them); `None` when a day between is open
    /// or gives a third answer, or the budget is spent.
    fn boundary_day(
        &self,
        value: &serde_json::Value,
        at: &str,
        (mut lo, before): (Day, Key),
        (mut hi, after): (Day, Key),
        budget: &mut usize,
    ) -> Option<Day> {
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            let k = settled(&self.piece(value, at, fmt_day(mid), budget)?)?;
            if k == before {
                lo = mid;
            } else if k == after {
                hi = mid;
            } else {
                return None;
            }
        }
        Some(hi)
    }

    /// Cuts `date` into its months (a year) or days (a month) and decides
    /// each, cutting an open month again; `None` as soon as a piece is
    /// open at the day or differs from `want`.
    fn cut(
        &self,
        value: &serde_json::Value,
        at: &str,
        date: &PDate,
        budget: &mut usize,
        want: &mut Option<Key>,
        out: &mut Vec<Piece>,
    ) -> Option<()> {
        let parts: Vec<PDate> = match date.month {
            None => (1..=12)
                .map(|m| PDate {
                    year: date.year,
                    month: Some(m),
                    day: None,
                })
                .collect(),
            Some(m) => {
                let (lo, hi) = date.bounds();
                (1..=(hi - lo + 1))
                    .filter_map(|d| i8::try_from(d).ok())
                    .map(|d| PDate {
                        year: date.year,
                        month: Some(m),
                        day: Some(d),
                    })
                    .collect()
            }
        };
        for part in parts {
            let p = self.piece(value, at, part.to_string(), budget)?;
            let k = key(&p.fast);
            if k.status == "undetermined" {
                if part.is_exact() {
                    self.cut_time(value, at, &part, budget, want, out)?;
                } else {
                    self.cut(value, at, &part, budget, want, out)?;
                }
                continue;
            }
            agree(want, k)?;
            out.push(p);
        }
        Some(())
    }

    /// Cuts the day of a birth whose time is not given, on a day the law
    /// reads the time (`time_lines`), at the minutes the law compares it
    /// with: one instant before the first line and one on each line stand
    /// for every instant, as the law compares the time with nothing else.
    /// `None` for any other date, or when a piece is open or differs.
    fn cut_time(
        &self,
        value: &serde_json::Value,
        at: &str,
        day: &PDate,
        budget: &mut usize,
        want: &mut Option<Key>,
        out: &mut Vec<Piece>,
    ) -> Option<()> {
        let born = at.strip_suffix("/date").filter(|b| b.ends_with("/born"))?;
        if value
            .pointer(born)?
            .get("time")
            .is_some_and(|t| !t.is_null())
        {
            return None;
        }
        let text = day.to_string();
        let (_, lines) = self.time_lines.iter().find(|(d, _)| *d == text)?;
        let mut dated = value.clone();
        *dated.pointer_mut(at)? = serde_json::Value::String(text);
        // The field each piece fills in.
        dated
            .pointer_mut(born)?
            .as_object_mut()?
            .insert("time".into(), serde_json::Value::Null);
        let time_at = format!("{born}/time");
        for minute in std::iter::once(0).chain(lines.iter().copied()) {
            let t = format!("{:02}:{:02}+00:00", minute / 60, minute % 60);
            let p = self.piece(&dated, &time_at, t, budget)?;
            agree(want, settled(&p)?)?;
            out.push(p);
        }
        Some(())
    }

    /// The answer of the pieces: the first piece's, with the `since`, the
    /// bases, the flags and the questions of all of them, in `mode`.
    fn merge(
        &self,
        case: &Case,
        value: &serde_json::Value,
        at: &str,
        mode: Mode,
        before: Determination,
        pieces: Vec<Piece>,
    ) -> Determination {
        let since = joined_since(pieces.iter().map(|p| p.fast.citizenship.since.as_deref()));
        // Every route that holds on some piece, with the span of its days.
        let mut basis: Vec<Basis> = Vec::new();
        for b in pieces.iter().flat_map(|p| &p.fast.citizenship.basis) {
            if !basis.iter().any(|x| x.rule == b.rule) {
                let mut x = b.clone();
                x.since = joined_since(
                    pieces
                        .iter()
                        .flat_map(|p| &p.fast.citizenship.basis)
                        .filter(|y| y.rule == b.rule)
                        .map(|y| y.since.as_deref()),
                );
                basis.push(x);
            }
        }
        let mut work = before.work;
        for p in &pieces {
            work.nodes += p.fast.work.nodes;
            work.calls += p.fast.work.calls;
            work.remembered += p.fast.work.remembered;
        }
        let (first, last) = match (pieces.first(), pieces.last()) {
            (Some(a), Some(b)) => (a, b),
            _ => return before,
        };
        let shown: Vec<Determination> = if mode == Mode::Fast {
            std::iter::once(first.fast.clone())
                .chain((pieces.len() > 1).then(|| last.fast.clone()))
                .collect()
        } else {
            std::iter::once(&first.case)
                .chain((pieces.len() > 1).then_some(&last.case))
                .map(|c| {
                    let d = self.determine_inner(c, mode, None);
                    work.nodes += d.work.nodes;
                    d
                })
                .collect()
        };
        let mut out = shown[0].clone();
        out.case = before.case.clone();
        out.work = work;
        let c = &mut out.citizenship;
        c.since = since;
        c.basis = basis;
        for other in &shown[1..] {
            union_flags(&mut c.flags, &other.citizenship.flags);
            union_missing(&mut c.missing, &other.citizenship.missing);
        }
        if mode != Mode::Fast {
            let original = value.pointer(at).and_then(|v| v.as_str()).unwrap_or("");
            let children: Vec<Arc<Expl>> = shown
                .iter()
                .filter_map(|d| d.citizenship.explanation.clone())
                .collect();
            let result = match c.status {
                "citizen" | "national" => Tri::Yes,
                _ => Tri::No,
            };
            c.explanation = (!children.is_empty()).then(|| {
                Arc::new(Expl {
                    children,
                    citation: None,
                    detail: Some(format!(
                        "decided for each possible day: {} pieces, the same answer on each; shown: the first and the last",
                        pieces.len()
                    )),
                    flags: Vec::new(),
                    kind: "note",
                    missing: Vec::new(),
                    node: Arc::from(format!(
                        "the exact day of `{}` ({original}) is not known, and the answer is the same on every possible day",
                        pointer_path(at)
                    )),
                    result: Some(result),
                    rule: None,
                    summary: None,
                    version: None,
                })
            });
        }
        // A status the same on every piece, but from different days: the
        // exact date still decides `since`, and is asked, with the first
        // piece whose `since` differs from the one before as the boundary
        // (review of 2026-11-29, test pr-born-1899-year-only-resident-
        // throughout-citizen-since-open).
        if let Some(m) = since_question(case, at, &pieces, &out.citizenship.basis)
            && !out.citizenship.missing.iter().any(|x| x.fact == m.fact)
        {
            out.citizenship.missing.insert(0, m);
        }
        let cflags = out.citizenship.flags.clone();
        if let Some(a) = out.action.as_mut() {
            for other in &shown[1..] {
                if let Some(b) = &other.action {
                    union_flags(&mut a.flags, &b.flags);
                    union_missing(&mut a.missing, &b.missing);
                }
            }
            a.flags.retain(|f| !cflags.contains(f));
        }
        out
    }
}

/// The days on which the law's text compares the time of birth with a
/// minute of the day (`p.born.date == DAY and p.born.minute_utc < N`), with
/// those minutes: read from the rule files, so a new line in the law is
/// cut at without a change here.
pub(crate) fn time_lines(files: &[(String, String)]) -> Vec<(String, Vec<u32>)> {
    let mut out: Vec<(String, Vec<u32>)> = Vec::new();
    for (_, text) in files {
        for line in text.lines() {
            let line = line.trim_start();
            if line.starts_with("//") {
                continue;
            }
            let mut rest = line;
            while let Some(i) = rest.find("born.date == ") {
                rest = &rest[i + "born.date == ".len()..];
                let day = rest.get(..10).unwrap_or("");
                let Some(j) = rest.find("minute_utc < ") else {
                    break;
                };
                let digits: String = rest[j + "minute_utc < ".len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                if let (Ok(_), Ok(n)) = (PDate::parse(day), digits.parse::<u32>())
                    && n < 24 * 60
                {
                    match out.iter_mut().find(|(d, _)| d == day) {
                        Some((_, v)) if !v.contains(&n) => v.push(n),
                        Some(_) => {}
                        None => out.push((day.to_string(), vec![n])),
                    }
                }
            }
        }
    }
    for (_, v) in &mut out {
        v.sort_unstable();
    }
    out
}

/// The question about the partial date at `at` of `case` when the pieces
/// agree on the status but not on `since`: the first piece whose `since`
/// differs from the one before gives the boundary.
fn since_question(case: &Case, at: &str, pieces: &[Piece], basis: &[Basis]) -> Option<MissingFact> {
    let w = pieces
        .windows(2)
        .find(|w| w[0].fast.citizenship.since != w[1].fast.citizenship.since)?;
    let day = PDate::parse(w[1].text.get(..10).unwrap_or(&w[1].text)).ok()?;
    let boundary = fmt_day(day.bounds().0);
    let fact = pointer_path(at);
    let (question, document) =
        crate::questions::phrase(case, &fact, Some(&boundary), habeas_i18n::Lang::En);
    Some(MissingFact {
        boundary: Some(boundary),
        citation: basis
            .first()
            .map(|b| b.citation.clone())
            .unwrap_or_default(),
        decides: basis.iter().map(|b| b.rule.clone()).collect(),
        document,
        fact,
        question,
    })
}

/// `v` (a piece: the birth date at `at` narrowed to `text`) with every
/// presence or residence period of the person that begins on a day of the
/// original birth span before the piece's first day made to begin on that
/// day: a period written "from 1899-01-01" for a birth "in 1899" is the
/// writer's "from the birth" (review of 2026-11-29, test pr-born-1899-year-
/// only-resident-throughout-citizen-since-open: every piece after January 1
/// was rejected, "a period before the birth", and the answer left open).
/// `None` when `at` is not a birth date.
fn from_the_birth(
    mut v: serde_json::Value,
    original: &serde_json::Value,
    at: &str,
    text: &str,
) -> Option<serde_json::Value> {
    let person = at.strip_suffix("/born/date")?;
    let (span_lo, _) = PDate::parse(original.pointer(at)?.as_str()?).ok()?.bounds();
    let (piece_lo, _) = PDate::parse(text).ok()?.bounds();
    let mut changed = false;
    for key in ["presence", "residence"] {
        let Some(field) = v.pointer_mut(&format!("{person}/{key}")) else {
            continue;
        };
        let list = match field {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(o) => match o.get_mut("known") {
                Some(serde_json::Value::Array(a)) => a,
                _ => continue,
            },
            _ => continue,
        };
        for period in list.iter_mut() {
            let Some(from) = period.get("from").and_then(|f| f.as_str()) else {
                continue;
            };
            let Ok(from) = PDate::parse(from) else {
                continue;
            };
            let (from_lo, from_hi) = from.bounds();
            if from_lo >= span_lo && from_hi < piece_lo {
                period["from"] = serde_json::Value::String(fmt_day(piece_lo));
                changed = true;
            }
        }
    }
    changed.then_some(v)
}

/// A JSON pointer as the case format's dotted path
/// (`/people/mother/born/date` as `people.mother.born.date`, an index as
/// `[0]`).
/// Names, in the question about a partial date that decides the answer,
/// the day the answer changes on (spec principle 2: "was the father
/// naturalized before 2001-02-27?"), where the evaluator found none.
fn with_boundaries(case: &Case, mut d: Determination, found: &[(String, Day)]) -> Determination {
    // The day found by deciding the span's days replaces a boundary the
    // evaluator read from one comparison: that comparison may be an outer
    // one (review of 2026-11-30: a grandmother's oath in "1990-04" was
    // asked "before 2000-03-01?", the grandchild's birth, which the whole
    // month precedes; the day that decides is the mother's 18th birthday).
    let mut name = |m: &mut MissingFact| {
        let Some((_, day)) = found
            .iter()
            .find(|(path, _)| *path == m.fact || path.starts_with(&format!("{}.", m.fact)))
        else {
            return;
        };
        let b = fmt_day(*day);
        let (question, document) =
            crate::questions::phrase(case, &m.fact, Some(&b), habeas_i18n::Lang::En);
        m.question = question;
        m.document = document;
        m.boundary = Some(b);
    };
    d.citizenship.missing.iter_mut().for_each(&mut name);
    if let Some(a) = d.action.as_mut() {
        a.missing.iter_mut().for_each(&mut name);
    }
    d
}

fn pointer_path(at: &str) -> String {
    let mut out = String::new();
    for seg in at.split('/').skip(1) {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if seg.chars().all(|c| c.is_ascii_digit()) && !seg.is_empty() {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

fn union_flags(into: &mut Vec<ReviewFlag>, from: &[ReviewFlag]) {
    for f in from {
        if !into.contains(f) {
            into.push(f.clone());
        }
    }
}

fn union_missing(into: &mut Vec<MissingFact>, from: &[MissingFact]) {
    for m in from {
        if !into
            .iter()
            .any(|x| x.fact == m.fact && x.boundary == m.boundary)
        {
            into.push(m.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_law_reads_the_time_of_birth_on_two_days() {
        let law = Law::embedded().expect("the embedded law loads");
        assert_eq!(
            law.time_lines,
            vec![
                ("1934-05-24".to_string(), vec![1020]),
                ("1952-12-24".to_string(), vec![301]),
            ]
        );
    }

    #[test]
    fn pointers_are_shown_as_case_paths() {
        assert_eq!(
            pointer_path("/people/mother/born/date"),
            "people.mother.born.date"
        );
        assert_eq!(pointer_path("/relations/3/from"), "relations[3].from");
        assert_eq!(pointer_path("/people/a~1b/died"), "people.a/b.died");
    }

    #[test]
    fn sinces_join_into_a_span() {
        let j = |v: &[Option<&str>]| joined_since(v.iter().copied());
        assert_eq!(
            j(&[Some("1934-01-01"), Some("1934-12-31")]).as_deref(),
            Some("1934")
        );
        assert_eq!(
            j(&[Some("2001-02"), Some("2001-03-05")]).as_deref(),
            Some("2001")
        );
        assert_eq!(j(&[Some("2001-02-03"), None]), None);
        assert_eq!(j(&[Some("2001-02-03")]).as_deref(), Some("2001-02-03"));
    }
}

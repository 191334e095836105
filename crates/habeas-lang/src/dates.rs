//! Days, partial dates and anniversaries.
//!
//! Every date in the engine is a day number: days since 1970-01-01 (jiff's
//! Unix epoch day). Calendar arithmetic goes through jiff; nothing here does
//! month or leap-year reasoning by hand except the leap-day policy of
//! [`anniversary`], which the law must state explicitly (see
//! `docs/decisions/0001-leap-day-birthdays.md`).

use jiff::civil::Date;

/// A day number: days since 1970-01-01.
pub type Day = i32;

/// A day before every real date (open lower end of a span).
pub const NEG_INF: Day = i32::MIN / 4;
/// A day after every real date (open upper end of a span).
pub const POS_INF: Day = i32::MAX / 4;

const EPOCH: Date = Date::constant(1970, 1, 1);

/// Converts a civil date to its day number.
pub fn day_of(d: Date) -> Day {
    // INVARIANT: jiff dates span -9999..=9999, far inside the i32 range, and
    // a difference in days between two civil dates cannot fail.
    d.since((jiff::Unit::Day, EPOCH))
        .map_or(0, |s| s.get_days())
}

/// Converts a day number back to a civil date, clamping the infinities.
pub fn date_of(day: Day) -> Date {
    let day = day.clamp(-4_000_000, 2_900_000);
    EPOCH
        .checked_add(jiff::Span::new().days(day))
        .unwrap_or(EPOCH)
}

/// Formats a day as `YYYY-MM-DD`, or `-inf` / `+inf` for the open ends.
pub fn fmt_day(day: Day) -> String {
    if day <= NEG_INF {
        "-inf".to_string()
    } else if day >= POS_INF {
        "+inf".to_string()
    } else {
        date_of(day).to_string()
    }
}

/// Parses a full `YYYY-MM-DD` date.
pub fn parse_day(s: &str) -> Result<Day, String> {
    s.parse::<Date>().map(day_of).map_err(|e| e.to_string())
}

/// How an anniversary of a February 29 date falls in a common year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeapPolicy {
    /// The anniversary is March 1 in a common year (the person has not yet
    /// lived the full number of years on February 28).
    March1,
    /// The anniversary is February 28 in a common year.
    February28,
}

/// The day `months` calendar months after `d`: the same day of the month,
/// or the month's last day when it has no such day (2024-01-31 + 1 month =
/// 2024-02-29). "Never" and the unbounded ends stay as they are.
pub fn months_after(d: Day, months: i64) -> Day {
    if d <= NEG_INF || d >= POS_INF {
        return d;
    }
    let date = date_of(d);
    let total = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + months;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let Ok(y) = i16::try_from(y) else {
        return if months > 0 { POS_INF } else { NEG_INF };
    };
    let Ok(m) = i8::try_from(m) else {
        return d;
    };
    let last = Date::new(y, m, 1).map_or(28, |x| x.days_in_month());
    match Date::new(y, m, date.day().min(last)) {
        Ok(x) => day_of(x),
        Err(_) => {
            if months > 0 {
                POS_INF
            } else {
                NEG_INF
            }
        }
    }
}

/// The day on which `years` full years have passed since `born`.
///
/// For a February 29 date in a common target year, `policy` decides between
/// February 28 and March 1. Every age question in the law goes through this
/// one function so that "turns 18" and "under 18" can never disagree.
pub fn anniversary(born: Day, years: i64, policy: LeapPolicy) -> Day {
    if born <= NEG_INF || born >= POS_INF {
        return born;
    }
    let d = date_of(born);
    let y = i64::from(d.year()) + years;
    let Ok(y) = i16::try_from(y) else {
        return if years > 0 { POS_INF } else { NEG_INF };
    };
    if d.month() == 2 && d.day() == 29 {
        match Date::new(y, 2, 29) {
            Ok(same) => day_of(same),
            Err(_) => match policy {
                LeapPolicy::March1 => day_of(Date::new(y, 3, 1).unwrap_or(d)),
                LeapPolicy::February28 => day_of(Date::new(y, 2, 28).unwrap_or(d)),
            },
        }
    } else {
        match Date::new(y, d.month(), d.day()) {
            Ok(x) => day_of(x),
            Err(_) => {
                if years > 0 {
                    POS_INF
                } else {
                    NEG_INF
                }
            }
        }
    }
}

/// The number of days a duration of `years` years stands for in a
/// presence or residence requirement: 365 days a year plus one day for
/// every four years (see `docs/decisions/0002-counting-years.md`).
pub fn years_to_days(years: i64) -> i64 {
    years * 365 + years / 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Day {
        parse_day(s).unwrap_or(0)
    }

    #[test]
    fn months_after_keeps_the_day_or_takes_the_last_of_the_month() {
        let m = |a: &str, n: i64| fmt_day(months_after(d(a), n));
        assert_eq!(m("2024-01-10", 36), "2027-01-10");
        assert_eq!(m("2024-01-31", 1), "2024-02-29");
        assert_eq!(m("2023-01-31", 1), "2023-02-28");
        assert_eq!(m("2024-03-31", -1), "2024-02-29");
        assert_eq!(m("2024-11-15", 2), "2025-01-15");
        assert_eq!(m("2024-05-05", 0), "2024-05-05");
        assert_eq!(months_after(POS_INF, 3), POS_INF);
    }

    #[test]
    fn epoch_round_trips() {
        assert_eq!(d("1970-01-01"), 0);
        assert_eq!(d("1970-01-02"), 1);
        assert_eq!(d("1969-12-31"), -1);
        assert_eq!(fmt_day(d("2001-02-27")), "2001-02-27");
        assert_eq!(fmt_day(d("1899-04-11")), "1899-04-11");
    }

    #[test]
    fn leap_day_anniversaries_follow_the_policy() {
        let born = d("2000-02-29");
        assert_eq!(
            fmt_day(anniversary(born, 18, LeapPolicy::March1)),
            "2018-03-01"
        );
        assert_eq!(
            fmt_day(anniversary(born, 18, LeapPolicy::February28)),
            "2018-02-28"
        );
        assert_eq!(
            fmt_day(anniversary(born, 4, LeapPolicy::March1)),
            "2004-02-29"
        );
        assert_eq!(
            fmt_day(anniversary(d("1990-07-04"), 14, LeapPolicy::March1)),
            "2004-07-04"
        );
    }

    #[test]
    fn year_counts() {
        assert_eq!(years_to_days(1), 365);
        assert_eq!(years_to_days(5), 1826);
        assert_eq!(years_to_days(10), 3652);
        assert_eq!(years_to_days(2), 730);
    }

    #[test]
    fn invalid_dates_are_rejected() {
        assert!(parse_day("2023-02-29").is_err());
        assert!(parse_day("2024-02-29").is_ok());
    }
}

//! `habeas gen-roster`: a synthetic `habeas.roster/1` roster with a
//! realistic mix of cases, the same for the same seed.
//!
//! The mix: births in the U.S. and in the territories; births abroad to a
//! citizen parent whose U.S. presence is just over or just under the
//! statute's threshold; derivation candidates whose parent naturalized just
//! before or after the child's 18th birthday and before or after
//! 2001-02-27; naturalized people; people with no claim; rows with facts
//! left unknown; protections and proposed actions. A few percent of rows
//! have cells left empty at random, so the roster also exercises open
//! answers.

use std::io::Write;

use habeas_lang::dates::parse_day;

use crate::roster::COLUMNS;

/// The columns a generated roster has (every roster column but `name`).
pub fn generated_columns() -> Vec<&'static str> {
    COLUMNS.iter().copied().filter(|c| *c != "name").collect()
}

/// A small deterministic generator (SplitMix64).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator for a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        lo + (self.next_u64() % ((hi - lo + 1) as u64)) as i64
    }
    /// True with probability `p` percent.
    pub fn chance(&mut self, p: u64) -> bool {
        self.next_u64() % 100 < p
    }
    /// One of the items.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
}

const AS_OF: &str = "2025-06-01";
const FOREIGN: [&str; 10] = ["MX", "SV", "GT", "HN", "PH", "IN", "CN", "VN", "DO", "HT"];
const YEAR: i64 = 365;

fn day(s: &str) -> i64 {
    i64::from(parse_day(s).unwrap_or(0))
}

fn fmt_day(d: i64) -> String {
    habeas_lang::dates::fmt_day(i32::try_from(d).unwrap_or(0))
}

/// The 18th birthday, close enough for choosing sides of the line (the
/// engine itself computes it exactly; the generator only aims near it).
fn plus_years(d: i64, years: i64) -> i64 {
    let s = fmt_day(d);
    let y: i64 = s[..4].parse().unwrap_or(1970) + years;
    let md = &s[4..];
    let md = if md == "-02-29" { "-03-01" } else { md };
    day(&format!("{y:04}{md}"))
}

struct Row(Vec<(&'static str, String)>);

impl Row {
    fn set(&mut self, c: &'static str, v: impl Into<String>) {
        self.0.push((c, v.into()));
    }
}

fn action(rng: &mut Rng, r: &mut Row, nationality: &str) {
    let k = rng.range(0, 99);
    let (kind, to) = match k {
        0..=69 => ("removal", nationality),
        70..=79 => ("removal", *rng.pick(&FOREIGN)),
        80..=86 => ("detention", ""),
        87..=91 => ("foreign_custody_transfer", "SV"),
        _ => return,
    };
    r.set("action_kind", kind);
    if !to.is_empty() {
        r.set("action_to", to);
    }
    if kind == "removal" {
        r.set("action_authority", "ina240");
    }
    r.set("final_order", if rng.chance(75) { "yes" } else { "no" });
    r.set("circuit", *rng.pick(&["5th", "9th", "2nd", "11th", "4th"]));
    r.set(
        "pending",
        match rng.range(0, 19) {
            0 => "n600",
            1 => "motion_to_reopen:automatic",
            2 => "bia_appeal",
            _ => "none",
        },
    );
    r.set(
        "court_orders",
        if rng.chance(4) {
            "stay_of_removal"
        } else {
            "none"
        },
    );
    r.set(
        "serving_sentence",
        if rng.chance(10) { "yes" } else { "no" },
    );
    if rng.chance(8) {
        let p = *rng.pick(&["withholding_241b3", "tps", "asylum", "cat_deferral"]);
        let c = if p == "tps" { "SV" } else { nationality };
        r.set("protections", format!("{p}:{c}"));
    } else if rng.chance(50) {
        r.set("protections", "none");
    }
}

fn one_row(rng: &mut Rng, i: u64) -> Row {
    let mut r = Row(Vec::new());
    r.set("id", format!("R{i:08}"));
    r.set("as_of", AS_OF);
    let nat = *rng.pick(&FOREIGN);
    let kind = rng.range(0, 99);
    match kind {
        // Born in the United States.
        0..=29 => {
            let b = rng.range(day("1950-01-01"), day("2010-12-31"));
            r.set("born_date", fmt_day(b));
            r.set("born_country", "US");
            r.set("sex", *rng.pick(&["female", "male"]));
            r.set("nationality", nat);
            action(rng, &mut r, nat);
        }
        // Born in a territory.
        30..=34 => {
            let c = *rng.pick(&["PR", "GU", "VI", "MP", "AS"]);
            let b = rng.range(day("1960-01-01"), day("2005-12-31"));
            r.set("born_date", fmt_day(b));
            r.set("born_country", c);
            action(rng, &mut r, nat);
        }
        // Born abroad to a citizen parent (INA 301(g) after 1986-11-14):
        // the citizen parent's presence just over or under five years.
        35..=54 => {
            let b = rng.range(day("1987-01-01"), day("2006-12-31"));
            r.set("born_date", fmt_day(b));
            r.set("born_country", nat);
            r.set("nationality", nat);
            r.set("parents_married_at_birth", "yes");
            let (cit, other) = if rng.chance(50) {
                ("mother", "father")
            } else {
                ("father", "mother")
            };
            let pb = b - rng.range(22 * YEAR, 35 * YEAR);
            let col = |p: &str, f: &str| -> &'static str {
                match (p, f) {
                    ("mother", "citizen") => "mother_citizen",
                    ("father", "citizen") => "father_citizen",
                    ("mother", "born_date") => "mother_born_date",
                    ("father", "born_date") => "father_born_date",
                    ("mother", "presence") => "mother_presence",
                    ("father", "presence") => "father_presence",
                    ("mother", "naturalized_date") => "mother_naturalized_date",
                    ("father", "naturalized_date") => "father_naturalized_date",
                    _ => "id",
                }
            };
            r.set(col(cit, "citizen"), "yes");
            r.set(col(cit, "born_date"), fmt_day(pb));
            r.set(col(other, "citizen"), "no");
            r.set(col(other, "naturalized_date"), "no");
            // Five years of presence, ending some months before the birth,
            // give or take up to 40 days.
            let len = 5 * YEAR + 1 + rng.range(-40, 40);
            let end = b - rng.range(30, 400);
            r.set(
                col(cit, "presence"),
                format!("{}..{}", fmt_day(end - len), fmt_day(end)),
            );
            r.set("lpr_date", "no");
            r.set("naturalized_date", "no");
            action(rng, &mut r, nat);
        }
        // Derivation candidates: LPR child, a parent naturalized near the
        // 18th birthday, born on both sides of the 2001-02-27 line.
        55..=79 => {
            let b = rng.range(day("1978-01-01"), day("2006-12-31"));
            let eighteen = plus_years(b, 18);
            r.set("born_date", fmt_day(b));
            r.set("born_country", nat);
            r.set("nationality", nat);
            r.set("lpr_date", fmt_day(b + rng.range(2 * YEAR, 12 * YEAR)));
            r.set("naturalized_date", "no");
            r.set("married_date", "no");
            r.set("mother_citizen", "no");
            r.set("father_citizen", "no");
            let nat_day = eighteen + rng.range(-300, 300);
            let who = rng.range(0, 2);
            let (m, f) = match who {
                0 => (fmt_day(nat_day), "no".to_string()),
                1 => ("no".to_string(), fmt_day(nat_day)),
                _ => (fmt_day(nat_day - rng.range(0, 900)), fmt_day(nat_day)),
            };
            r.set("mother_naturalized_date", m);
            r.set("father_naturalized_date", f);
            r.set(
                "mother_born_date",
                fmt_day(b - rng.range(20 * YEAR, 35 * YEAR)),
            );
            r.set(
                "father_born_date",
                fmt_day(b - rng.range(20 * YEAR, 40 * YEAR)),
            );
            r.set("mother_died", "no");
            r.set("father_died", "no");
            if rng.chance(70) {
                r.set("parents_married_at_birth", "yes");
                r.set("custody", "both");
                r.set("legal_separation_date", "no");
            } else {
                r.set("parents_married_at_birth", "no");
                r.set("custody", *rng.pick(&["mother", "father"]));
                r.set("father_legitimated_date", "no");
            }
            r.set("custody_since", fmt_day(b));
            action(rng, &mut r, nat);
        }
        // Naturalized.
        80..=86 => {
            let b = rng.range(day("1950-01-01"), day("1990-12-31"));
            r.set("born_date", fmt_day(b));
            r.set("born_country", nat);
            r.set("nationality", nat);
            let l = b + rng.range(18 * YEAR, 30 * YEAR);
            r.set("lpr_date", fmt_day(l));
            r.set(
                "naturalized_date",
                fmt_day(l + rng.range(5 * YEAR, 10 * YEAR)),
            );
            action(rng, &mut r, nat);
        }
        // No route known: foreign-born, parents foreign and never naturalized.
        87..=96 => {
            let b = rng.range(day("1960-01-01"), day("2006-12-31"));
            r.set("born_date", fmt_day(b));
            r.set("born_country", nat);
            r.set("nationality", nat);
            r.set(
                "lpr_date",
                if rng.chance(30) {
                    fmt_day(b + 20 * YEAR)
                } else {
                    "no".into()
                },
            );
            r.set("naturalized_date", "no");
            r.set("mother_citizen", "no");
            r.set("father_citizen", "no");
            r.set("mother_naturalized_date", "no");
            r.set("father_naturalized_date", "no");
            // Parents of age at the birth: "never naturalized" then rules
            // out a citizenship derived after it (a younger parent's stays
            // open).
            r.set(
                "mother_born_date",
                fmt_day(b - rng.range(22 * YEAR, 40 * YEAR)),
            );
            r.set(
                "father_born_date",
                fmt_day(b - rng.range(22 * YEAR, 45 * YEAR)),
            );
            r.set("parents_married_at_birth", "yes");
            action(rng, &mut r, nat);
        }
        // Little known.
        _ => {
            if rng.chance(50) {
                r.set("born_date", rng.range(1950, 2005).to_string());
            }
            r.set("born_country", nat);
            if rng.chance(50) {
                r.set("mother_citizen", "yes");
            }
            action(rng, &mut r, nat);
        }
    }
    // Some cells are simply missing from real rosters.
    if rng.chance(10) {
        let k = rng.range(2, r.0.len() as i64 - 1) as usize;
        if let Some(cell) = r.0.get_mut(k)
            && !cell.0.starts_with("action")
        {
            cell.1.clear();
        }
    }
    r
}

/// Writes `rows` generated rows for `seed` as `habeas.roster/1` CSV.
pub fn write_roster<W: Write>(out: W, rows: u64, seed: u64) -> Result<(), csv::Error> {
    let cols = generated_columns();
    let mut w = csv::WriterBuilder::new()
        .buffer_capacity(1 << 20)
        .from_writer(out);
    w.write_record(&cols)?;
    let mut rng = Rng::new(seed);
    let mut cells: Vec<String> = vec![String::new(); cols.len()];
    for i in 1..=rows {
        let r = one_row(&mut rng, i);
        cells.iter_mut().for_each(String::clear);
        for (c, v) in r.0 {
            if let Some(k) = cols.iter().position(|x| *x == c) {
                cells[k] = v;
            }
        }
        w.write_record(&cells)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_roster() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        write_roster(&mut a, 200, 7).unwrap();
        write_roster(&mut b, 200, 7).unwrap();
        assert_eq!(a, b);
        let mut c = Vec::new();
        write_roster(&mut c, 200, 8).unwrap();
        assert_ne!(a, c);
    }
}

//! Dated law data: facts about the world that change with litigation and
//! executive action (TPS designations), kept in data files so that an
//! update needs no code change.

use std::sync::Arc;

use habeas_case::PDate;
use habeas_lang::dates::{Day, POS_INF};
use habeas_lang::model::{Facts, ListVal, RecVal, Val, Value};
use habeas_lang::value::{Spans, TextVal, TimelineVal};
use serde::Deserialize;

use crate::LoadError;

#[derive(Deserialize)]
struct TpsFile {
    verified_through: String,
    designations: Vec<TpsDesignation>,
}

#[derive(Deserialize)]
struct TpsDesignation {
    country: String,
    designation: String,
    from: String,
    to: Option<String>,
    #[serde(default)]
    postponed: Vec<Postponed>,
    #[serde(default)]
    source: String,
}

#[derive(Deserialize)]
struct Postponed {
    from: String,
    to: Option<String>,
    #[serde(default)]
    uncertain_after: Option<String>,
    /// The window is only possibly in effect: it holds for some of the
    /// designation's beneficiaries, and the case format cannot say whether
    /// for this one (Venezuela 2023: documents valid to 2026-10-02).
    #[serde(default)]
    only_possibly: bool,
    /// A later order (a stay) closed the window on the day after `to`, at
    /// an hour the sources do not give: that day is possibly in effect.
    #[serde(default)]
    closed_by_order_next_day: bool,
    /// The window is the automatic six-month extension of 8 U.S.C.
    /// § 1254a(b)(3)(C), which may have run because the sources show no
    /// decision by the statutory deadline (60 days before the period's
    /// end); read with `only_possibly`.
    #[serde(default)]
    automatic_extension: bool,
}

/// One TPS designation, as days in effect.
#[derive(Clone, Debug)]
pub struct Designation {
    country: Arc<str>,
    name: Arc<str>,
    in_effect: Arc<TimelineVal>,
    /// The days possibly in effect only through an automatic extension
    /// (`automatic_extension` windows).
    auto_extended: Arc<TimelineVal>,
    source: Arc<str>,
    /// Dated changes: (day, what happens).
    changes: Vec<(String, String)>,
}

/// A dated change in the law's data.
#[derive(Clone, Debug, serde::Serialize)]
pub struct DataChange {
    /// The day (YYYY-MM-DD).
    pub date: String,
    /// What changes.
    pub what: String,
    /// The authority.
    pub source: String,
}

/// All law data.
#[derive(Clone, Debug, Default)]
pub struct LawData {
    tps: Vec<Designation>,
    verified_through: Option<String>,
    /// Each designation's field values, prepared on first use.
    prepared: std::sync::OnceLock<Vec<Vec<Val>>>,
}

const TPS_FILE: &str = "removal/data/tps-designations.json";

fn day(path: &str, s: &str) -> Result<Day, LoadError> {
    PDate::parse(s)
        .map(|d| d.bounds().0)
        .map_err(|m| LoadError::Data {
            path: path.to_string(),
            message: m,
        })
}

impl LawData {
    /// Reads the data files among the law's files.
    pub fn load(files: &[(String, String)]) -> Result<LawData, LoadError> {
        let mut data = LawData::default();
        let Some((_, text)) = files.iter().find(|(p, _)| p == TPS_FILE) else {
            return Ok(data);
        };
        let f: TpsFile = serde_json::from_str(text).map_err(|e| LoadError::Data {
            path: TPS_FILE.into(),
            message: e.to_string(),
        })?;
        let verified = day(TPS_FILE, &f.verified_through)?;
        data.verified_through = Some(f.verified_through.clone());
        for d in f.designations {
            let mut changes = vec![(
                d.from.clone(),
                format!("TPS for {} ({}) takes effect", d.country, d.designation),
            )];
            if let Some(to) = &d.to {
                changes.push((
                    to.clone(),
                    format!(
                        "TPS for {} ({}): last day in effect",
                        d.country, d.designation
                    ),
                ));
            }
            for p in &d.postponed {
                let (starts, ends) = if p.automatic_extension {
                    (
                        "possibly in effect under the automatic six-month extension (8 U.S.C. § 1254a(b)(3)(C): no decision found by the statutory deadline)",
                        "the possible automatic extension ends",
                    )
                } else {
                    ("a court postpones the termination", "the postponement ends")
                };
                changes.push((
                    p.from.clone(),
                    format!("TPS for {} ({}): {starts}", d.country, d.designation),
                ));
                if let Some(t) = &p.to {
                    changes.push((
                        t.clone(),
                        format!("TPS for {} ({}): {ends}", d.country, d.designation),
                    ));
                }
            }
            let from = day(TPS_FILE, &d.from)?;
            let mut surely = Vec::new();
            let mut possibly = Vec::new();
            let mut auto_extended = Vec::new();
            match &d.to {
                // The last day in effect is inclusive in the data file.
                Some(to) => {
                    let to = day(TPS_FILE, to)? + 1;
                    surely.push((from, to));
                    possibly.push((from, to));
                }
                // Not terminated as far as the sources reach: in effect
                // through `verified_through`, unknown after.
                None => {
                    surely.push((from, verified + 1));
                    possibly.push((from, POS_INF));
                }
            }
            for p in &d.postponed {
                let pf = day(TPS_FILE, &p.from)?;
                let sure_end = match (&p.to, &p.uncertain_after) {
                    (Some(t), _) => day(TPS_FILE, t)? + 1,
                    (None, Some(u)) => day(TPS_FILE, u)? + 1,
                    (None, None) => verified + 1,
                };
                // A window that a later order closed may still have been in
                // force on the day of that order, until the hour it issued
                // (thirteenth session, review tests dis-tps-hn-removed-
                // morning-of-ninth-circuit-stay-2026-02-09, dis-tps-np-
                // removed-day-of-ninth-circuit-stay-2025-08-20: "no bar
                // found" on the morning of the day of the stay). A window
                // that ended by its own terms (an administrative stay
                // "through" a day) ends with `to`.
                let end = match (&p.to, &p.uncertain_after) {
                    (Some(t), None) => {
                        day(TPS_FILE, t)? + if p.closed_by_order_next_day { 2 } else { 1 }
                    }
                    _ => POS_INF,
                };
                if !p.only_possibly {
                    surely.push((pf, sure_end));
                }
                if p.automatic_extension {
                    auto_extended.push((pf, end));
                }
                possibly.push((pf, end));
            }
            data.tps.push(Designation {
                country: d.country.into(),
                name: d.designation.into(),
                in_effect: Arc::new(TimelineVal {
                    surely: Spans::from_spans(surely),
                    possibly: Spans::from_spans(possibly),
                }),
                auto_extended: Arc::new(TimelineVal::known(Spans::from_spans(auto_extended))),
                source: d.source.into(),
                changes,
            });
        }
        Ok(data)
    }

    /// Every dated change in the data, in date order.
    pub fn changes(&self) -> Vec<DataChange> {
        let mut out: Vec<DataChange> = self
            .tps
            .iter()
            .flat_map(|d| {
                d.changes.iter().map(|(date, what)| DataChange {
                    date: date.clone(),
                    what: what.clone(),
                    source: d.source.to_string(),
                })
            })
            .collect();
        if let Some(v) = &self.verified_through {
            out.push(DataChange { date: v.clone(), what: "TPS data verified through this day; later days are open (unknown) unless a designation has ended".into(), source: TPS_FILE.into() });
        }
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.what.cmp(&b.what)));
        out
    }

    /// Adds the data to a case's facts: every designation, plus an unknown
    /// one for each TPS country of the case that the data does not cover
    /// (so an uncovered country gives an open answer, never "not designated").
    pub fn add_to(&self, facts: &mut Facts, root: u32, case: &habeas_case::Case) {
        let (schema, t) = habeas_case::schema();
        let field = |name: &str| schema.field_of(t.designation, name).map(|(i, _)| i);
        let in_effect = field("in_effect");
        // A designation's field values, prepared once per law and copied
        // into each case's facts.
        let values = |country: &Arc<str>,
                      name: &Arc<str>,
                      tl: &Arc<TimelineVal>,
                      auto_extended: &Arc<TimelineVal>,
                      source: &Arc<str>|
         -> Vec<Val> {
            let mut vals: Vec<Val> = schema
                .unknown_values(t.designation)
                .iter()
                .map(|v| Val::plain(v.clone()))
                .collect();
            let text = |s: &Arc<str>| Value::Text(TextVal::Known(Arc::clone(s)));
            for (f, v) in [
                ("country", text(country)),
                ("name", text(name)),
                ("in_effect", Value::Timeline(Arc::clone(tl))),
                ("auto_extended", Value::Timeline(Arc::clone(auto_extended))),
                ("source", text(source)),
            ] {
                if let Some(slot) = field(f).and_then(|i| vals.get_mut(i)) {
                    slot.v = v;
                }
            }
            vals
        };
        let mut items = Vec::new();
        let mut add = |facts: &mut Facts, country: &str, vals: Vec<Val>| {
            let id = facts.add_record_from(
                t.designation,
                format_args!("law.tps_designations.{country}"),
                vals,
            );
            // The days in effect are asked about as the designation itself.
            let p = facts.record_path(id);
            if let Some(i) = in_effect {
                facts.set_source(id, i, p);
            }
            items.push(Val {
                v: Value::Rec(RecVal::Known(id)),
                src: if facts.tracks_paths() {
                    std::iter::once(p).collect()
                } else {
                    habeas_lang::model::Src::new()
                },
            });
        };
        let prepared = self.prepared.get_or_init(|| {
            self.tps
                .iter()
                .map(|d| {
                    values(
                        &d.country,
                        &d.name,
                        &d.in_effect,
                        &d.auto_extended,
                        &d.source,
                    )
                })
                .collect()
        });
        let tps_grants: Vec<_> = case
            .immigration
            .as_ref()
            .and_then(|i| i.protections.as_ref())
            .map(|ps| {
                ps.iter()
                    .filter(|p| p.kind == habeas_case::types::ProtectionKind::Tps)
                    .collect()
            })
            .unwrap_or_default();
        // The designations are read only through a TPS grant of the case
        // (`tps_designation_in_effect`): a case without one gets the same
        // answers without them, and is spared 17 records.
        if !tps_grants.is_empty() {
            for (d, vals) in self.tps.iter().zip(prepared) {
                add(facts, &d.country, vals.clone());
            }
        }
        // One unknown designation per country the data does not hold, however
        // many grants name it (review of 2026-11-30: one per grant made the
        // designation checks of N grants cost N³; 200 grants for Mexico took
        // 27 s and 14 GB).
        let mut uncovered: Vec<&str> = Vec::new();
        for c in tps_grants.iter().filter_map(|p| p.country.as_ref()) {
            let c = c.0.as_str();
            if !uncovered.contains(&c) {
                uncovered.push(c);
            }
        }
        for c in uncovered {
            if !self.tps.iter().any(|d| &*d.country == c) {
                let country: Arc<str> = Arc::from(c);
                let vals = values(
                    &country,
                    &Arc::from("not in the law's data"),
                    &Arc::new(TimelineVal::unknown()),
                    // No automatic extension is known of a designation the
                    // data lacks (its days in effect are unknown already).
                    &Arc::new(TimelineVal::known(Spans::empty())),
                    &Arc::from(
                        "none: this designation is not in law/removal/data/tps-designations.json",
                    ),
                );
                add(facts, c, vals);
            }
        }
        facts.set_value(
            &schema,
            root,
            "tps_designations",
            Value::List(Arc::new(ListVal {
                items,
                complete: true,
            })),
        );
    }
}

//! The timeline picture: the subject's life and their parents' on one time
//! axis, with the legal dates that matter for the case.
//!
//! The picture is built in three steps, so that the SVG and the PDF draw
//! the same thing: [`Timeline::of`] reads the case and the determination
//! into lanes, events and legal lines (no coordinates); [`Timeline::scene`]
//! lays them out as shapes in a fixed coordinate space; the SVG template
//! and the PDF writer each draw the shapes.
//!
//! Which legal lines are drawn: every boundary date of a missing fact (the
//! dates the open questions turn on), the dates of the statutes the
//! reasoning cites when they fall inside the picture, the subject's 18th
//! birthday, and the parents' 14th birthdays when the law counts presence
//! after 14. The deciding line is the boundary of the top-ranked question
//! that has one; when nothing is open, the day citizenship began.

use std::collections::BTreeSet;

use habeas_case::types::{Relation, RelationKind};
use habeas_case::{Case, OrFalse, PDate, Periods};
use habeas_lang::Expl;
use habeas_lang::dates::{Day, LeapPolicy, anniversary, date_of, fmt_day, parse_day};
use habeas_law::Determination;
use serde::Serialize;

use crate::catalog::{Lang, t, tf};

/// Statutory dates the picture can show, when the reasoning cites them.
/// (date, catalogue key)
const LEGAL_DATES: &[(&str, &str)] = &[
    ("1934-05-24", "line.1934-05-24"),
    ("1941-01-13", "line.1941-01-13"),
    ("1952-12-24", "line.1952-12-24"),
    ("1978-10-10", "line.1978-10-10"),
    ("1986-11-14", "line.1986-11-14"),
    ("2001-02-27", "line.2001-02-27"),
];

/// What kind of mark an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// A day (birth, naturalization).
    Point,
    /// Physical presence in the United States.
    Presence,
    /// Residence in the United States.
    Residence,
    /// A marriage.
    Marriage,
    /// Custody of the subject.
    Custody,
    /// A birthday that the law counts (a tick on the lane).
    Birthday,
}

/// One thing that happened in a person's life.
#[derive(Clone, Debug, Serialize)]
pub struct Event {
    /// The mark.
    pub mark: Mark,
    /// The first day.
    pub from: Day,
    /// The last day, for a period.
    pub to: Option<Day>,
    /// The date as the case gives it (partial dates stay partial).
    pub when: String,
    /// What happened, in the memo's language.
    pub label: String,
}

/// One person's row.
#[derive(Clone, Debug, Serialize)]
pub struct Lane {
    /// The person, as the memo names them.
    pub label: String,
    /// Their events, in date order.
    pub events: Vec<Event>,
}

/// A legal date drawn across every lane.
#[derive(Clone, Debug, Serialize)]
pub struct LegalLine {
    /// The day.
    pub day: Day,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What it is, in the memo's language.
    pub label: String,
    /// Whether the open question turns on it.
    pub deciding: bool,
}

/// The case on a time axis.
#[derive(Clone, Debug, Serialize)]
pub struct Timeline {
    /// The subject first, then their parents.
    pub lanes: Vec<Lane>,
    /// The legal dates, in date order.
    pub lines: Vec<LegalLine>,
    /// The day the facts are as of.
    pub as_of: Day,
}

fn role_label(lang: Lang, case: &Case, key: &str) -> String {
    let role = if key == case.subject {
        t(lang, "subject").to_string()
    } else {
        match key {
            "mother" => t(lang, "role.mother").to_string(),
            "father" => t(lang, "role.father").to_string(),
            other => other.replace('_', " "),
        }
    };
    match case.people.get(key).and_then(|p| p.name.as_deref()) {
        Some(n) => format!("{role}: {n}"),
        None => role,
    }
}

fn point(label: String, d: &PDate) -> Event {
    Event {
        mark: Mark::Point,
        from: d.bounds().0,
        to: None,
        when: d.to_string(),
        label,
    }
}

fn period(
    mark: Mark,
    label: String,
    from: &PDate,
    to: &Option<Option<PDate>>,
    as_of: Day,
) -> Event {
    let (end, end_text) = match to {
        Some(Some(x)) => (x.bounds().1, x.to_string()),
        Some(None) => (as_of, String::new()),
        None => (as_of, "?".to_string()),
    };
    Event {
        mark,
        from: from.bounds().0,
        to: Some(end.max(from.bounds().0)),
        when: format!("{from}..{end_text}"),
        label,
    }
}

fn periods(out: &mut Vec<Event>, mark: Mark, label: &str, p: &Option<Periods>, as_of: Day) {
    for x in p.iter().flat_map(|p| &p.items) {
        out.push(period(mark, label.to_string(), &x.from, &x.to, as_of));
    }
}

fn texts(e: &Expl, out: &mut String) {
    out.push_str(&e.node);
    out.push('\n');
    if let Some(d) = &e.detail {
        out.push_str(d);
        out.push('\n');
    }
    if let Some(c) = &e.citation {
        out.push_str(c);
        out.push('\n');
    }
    for c in &e.children {
        texts(c, out);
    }
}

/// All the text of the reasoning: the conditions, values and citations.
fn reasoning_text(d: &Determination) -> String {
    let mut s = String::new();
    let trees = d
        .citizenship
        .explanation
        .iter()
        .chain(d.action.iter().flat_map(|a| {
            a.bars
                .iter()
                .chain(&a.open_bars)
                .filter_map(|b| b.explanation.as_ref())
        }));
    for e in trees {
        texts(e, &mut s);
    }
    for b in &d.citizenship.basis {
        s.push_str(&b.citation);
        s.push('\n');
    }
    s
}

fn parents_of<'a>(case: &'a Case, child: &str) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for r in case.relations.iter().flatten() {
        if r.kind == RelationKind::Parent
            && r.child.as_deref() == Some(child)
            && let Some(p) = r.parent.as_deref()
            && case.people.contains_key(p)
            && !out.contains(&p)
        {
            out.push(p);
        }
    }
    out
}

fn involves(r: &Relation, key: &str) -> bool {
    [&r.a, &r.b, &r.parent]
        .iter()
        .any(|x| x.as_deref() == Some(key))
}

impl Timeline {
    /// Reads the case and its determination into lanes and legal lines.
    pub fn of(case: &Case, d: &Determination, lang: Lang) -> Timeline {
        let as_of = parse_day(&d.as_of).unwrap_or(0);
        let mut keys = vec![case.subject.as_str()];
        keys.extend(parents_of(case, &case.subject));
        let mut lanes = Vec::new();
        for key in &keys {
            let Some(p) = case.people.get(*key) else {
                continue;
            };
            let mut ev = Vec::new();
            if let Some(b) = p.born.as_ref().and_then(|b| b.date.as_ref()) {
                ev.push(point(t(lang, "ev.born").to_string(), b));
            }
            periods(
                &mut ev,
                Mark::Presence,
                t(lang, "ev.presence"),
                &p.presence,
                as_of,
            );
            periods(
                &mut ev,
                Mark::Residence,
                t(lang, "ev.residence"),
                &p.residence,
                as_of,
            );
            let dated = [
                ("ev.married", p.married.as_ref().and_then(OrFalse::value)),
                ("ev.died", p.died.as_ref().and_then(OrFalse::value)),
                (
                    "ev.lpr",
                    p.lpr
                        .as_ref()
                        .and_then(OrFalse::value)
                        .and_then(|x| x.date.as_ref()),
                ),
                (
                    "ev.naturalized",
                    p.naturalized
                        .as_ref()
                        .and_then(OrFalse::value)
                        .and_then(|x| x.date.as_ref()),
                ),
                (
                    "ev.regained",
                    p.regained
                        .as_ref()
                        .and_then(OrFalse::value)
                        .and_then(|x| x.date.as_ref()),
                ),
            ];
            for (k, date) in dated {
                if let Some(date) = date {
                    ev.push(point(t(lang, k).to_string(), date));
                }
            }
            for r in case.relations.iter().flatten() {
                if !involves(r, key) {
                    continue;
                }
                match r.kind {
                    RelationKind::Marriage => {
                        if let Some(from) = &r.from {
                            let other = if r.a.as_deref() == Some(*key) {
                                &r.b
                            } else {
                                &r.a
                            };
                            let label = match other {
                                Some(o) => format!(
                                    "{} ({})",
                                    t(lang, "ev.marriage"),
                                    role_label(lang, case, o)
                                ),
                                None => t(lang, "ev.marriage").to_string(),
                            };
                            ev.push(period(Mark::Marriage, label, from, &r.to, as_of));
                        }
                    }
                    RelationKind::Custody if r.parent.as_deref() == Some(*key) => {
                        if let Some(from) = &r.from {
                            ev.push(period(
                                Mark::Custody,
                                t(lang, "ev.custody").to_string(),
                                from,
                                &r.to,
                                as_of,
                            ));
                        }
                    }
                    RelationKind::Adoption if r.parent.as_deref() == Some(*key) => {
                        if let Some(date) = &r.date {
                            ev.push(point(t(lang, "ev.adoption").to_string(), date));
                        }
                    }
                    _ => {}
                }
            }
            if *key == case.subject {
                for o in case
                    .immigration
                    .iter()
                    .flat_map(|i| i.orders.iter().flatten())
                {
                    if let Some(date) = &o.date {
                        ev.push(point(t(lang, "ev.order").to_string(), date));
                    }
                }
            }
            lanes.push((
                key.to_string(),
                Lane {
                    label: role_label(lang, case, key),
                    events: ev,
                },
            ));
        }

        // Birthdays the law counts.
        let reasoning = reasoning_text(d);
        let birthday = |key: &str, n: i64| -> Option<Event> {
            let b = case.people.get(key)?.born.as_ref()?.date.as_ref()?;
            let (lo, _) = b.bounds();
            let day = anniversary(lo, n, LeapPolicy::March1);
            Some(Event {
                mark: Mark::Birthday,
                from: day,
                to: None,
                when: if b.is_exact() {
                    fmt_day(day)
                } else {
                    format!("{}", i64::from(b.year) + n)
                },
                label: tf(lang, "ev.birthday", &[("n", &n.to_string())]),
            })
        };
        for (key, lane) in &mut lanes {
            if *key == case.subject {
                lane.events.extend(birthday(key, 18));
            } else if reasoning.contains(", 14)") {
                lane.events.extend(birthday(key, 14));
            }
            lane.events.sort_by_key(|e| e.from);
        }
        let lanes: Vec<Lane> = lanes.into_iter().map(|(_, l)| l).collect();

        // The legal lines.
        let boundaries: Vec<String> = d
            .citizenship
            .missing
            .iter()
            .chain(d.action.iter().flat_map(|a| &a.missing))
            .filter_map(|m| m.boundary.clone())
            .collect();
        let deciding = boundaries
            .first()
            .cloned()
            .or_else(|| d.citizenship.since.clone().filter(|s| s.len() == 10));
        let (first_event, _) = span_of(&lanes);
        let mut dates: BTreeSet<String> = boundaries.iter().cloned().collect();
        for (date, _) in LEGAL_DATES {
            if reasoning.contains(date)
                && parse_day(date).is_ok_and(|x| first_event.is_none_or(|f| x >= f - 365 * 5))
            {
                dates.insert((*date).to_string());
            }
        }
        dates.extend(deciding.clone());
        let mut lines = Vec::new();
        for date in dates {
            let Ok(day) = parse_day(&date) else { continue };
            let label = LEGAL_DATES
                .iter()
                .find(|(x, _)| *x == date)
                .map(|(_, k)| t(lang, k).to_string())
                .or_else(|| {
                    // A boundary that is a birthday of someone in the picture.
                    lanes.iter().find_map(|l| {
                        l.events
                            .iter()
                            .find(|e| e.mark == Mark::Birthday && e.from == day)
                            .map(|e| format!("{}: {}", l.label, e.label))
                    })
                })
                .or_else(|| {
                    (d.citizenship.since.as_deref() == Some(date.as_str()))
                        .then(|| t(lang, "status.citizen").to_string())
                })
                .unwrap_or_default();
            lines.push(LegalLine {
                day,
                deciding: deciding.as_deref() == Some(date.as_str()),
                date,
                label,
            });
        }
        Timeline {
            lanes,
            lines,
            as_of,
        }
    }

    /// The first and last day shown.
    fn range(&self) -> (Day, Day) {
        let (lo, hi) = span_of(&self.lanes);
        let mut lo = lo.unwrap_or(self.as_of - 365 * 20);
        let mut hi = hi.unwrap_or(self.as_of).max(self.as_of);
        for l in &self.lines {
            lo = lo.min(l.day);
            hi = hi.max(l.day);
        }
        // Whole five-year steps, so the ticks fall on round years.
        let y0 = date_of(lo).year();
        let y1 = date_of(hi).year();
        let y0 = y0 - y0.rem_euclid(5);
        let y1 = y1 + 5 - y1.rem_euclid(5);
        (
            parse_day(&format!("{y0:04}-01-01")).unwrap_or(lo),
            parse_day(&format!("{y1:04}-01-01")).unwrap_or(hi),
        )
    }

    /// Lays the timeline out as shapes, `width` units wide (text sizes are
    /// in the same units: a narrower scene has relatively larger text).
    pub fn scene(&self, lang: Lang, width: f32) -> Scene {
        let w_total = width.max(400.0);
        const LEFT: f32 = 150.0;
        const RIGHT: f32 = 20.0;
        const LANE_H: f32 = 78.0;
        const LABEL_ROW: f32 = 15.0;
        let (lo, hi) = self.range();
        let x_of = |day: Day| -> f32 {
            let f = (day - lo) as f32 / (hi - lo).max(1) as f32;
            LEFT + f.clamp(0.0, 1.0) * (w_total - LEFT - RIGHT)
        };
        let mut shapes = Vec::new();

        // Legal-line labels, staggered in rows so that none overlap.
        let mut rows: Vec<f32> = Vec::new();
        let mut placed = Vec::new();
        let mut lines: Vec<&LegalLine> = self.lines.iter().collect();
        lines.sort_by_key(|l| (l.deciding, l.day));
        for l in &lines {
            let x = x_of(l.day);
            let text = if l.label.is_empty() {
                l.date.clone()
            } else {
                format!("{} {}", l.date, l.label)
            };
            let w = text_width(&text, 10.0);
            let x0 = (x - 2.0).min(w_total - RIGHT - w).max(2.0);
            let row = rows.iter().position(|end| *end < x0).unwrap_or(rows.len());
            if row == rows.len() {
                rows.push(0.0);
            }
            rows[row] = x0 + w + 8.0;
            placed.push((l, x, x0, row, text));
        }
        let top = 12.0 + rows.len().max(1) as f32 * LABEL_ROW;
        let lanes_top = top + 8.0;
        let lanes_bottom = lanes_top + self.lanes.len() as f32 * LANE_H;

        // Lane backgrounds and names.
        for (i, lane) in self.lanes.iter().enumerate() {
            let y = lanes_top + i as f32 * LANE_H;
            if i % 2 == 0 {
                shapes.push(Shape::rect(0.0, y, w_total, LANE_H, "#f4f6f8"));
            }
            shapes.push(Shape::text(
                8.0,
                y + 20.0,
                &lane.label,
                12.0,
                "start",
                true,
                "#1a202c",
            ));
        }
        // Year ticks.
        let (y0, y1) = (date_of(lo).year(), date_of(hi).year());
        let step = if y1 - y0 > 60 { 10 } else { 5 };
        let mut y = y0;
        while y <= y1 {
            if let Ok(day) = parse_day(&format!("{y:04}-01-01")) {
                let x = x_of(day);
                shapes.push(Shape::line(
                    x,
                    lanes_top,
                    x,
                    lanes_bottom + 4.0,
                    "#d5dbe1",
                    1.0,
                    false,
                ));
                shapes.push(Shape::text(
                    x,
                    lanes_bottom + 16.0,
                    &y.to_string(),
                    10.0,
                    "middle",
                    false,
                    "#4a5568",
                ));
            }
            y += step;
        }
        // Legal lines and their labels.
        for (l, x, x0, row, text) in &placed {
            let (color, width) = if l.deciding {
                ("#b00020", 2.5)
            } else {
                ("#4a5568", 1.0)
            };
            let ly = 12.0 + *row as f32 * LABEL_ROW + 10.0;
            shapes.push(Shape::line(
                *x,
                ly + 2.0,
                *x,
                lanes_bottom,
                color,
                width,
                !l.deciding,
            ));
            shapes.push(Shape::text(*x0, ly, text, 10.0, "start", l.deciding, color));
        }
        // Events.
        for (i, lane) in self.lanes.iter().enumerate() {
            let base = lanes_top + i as f32 * LANE_H;
            let mid = base + 42.0;
            shapes.push(Shape::line(
                LEFT,
                mid,
                w_total - RIGHT,
                mid,
                "#a0aec0",
                1.0,
                false,
            ));
            let mut label_ends = [0.0f32; 2];
            for e in &lane.events {
                let x = x_of(e.from);
                match (e.mark, e.to) {
                    (Mark::Point, _) | (_, None) => {
                        let birthday = e.mark == Mark::Birthday;
                        if birthday {
                            shapes.push(Shape::line(
                                x,
                                mid - 7.0,
                                x,
                                mid + 7.0,
                                "#b7791f",
                                2.0,
                                false,
                            ));
                        } else {
                            shapes.push(Shape::Diamond {
                                cx: x,
                                cy: mid,
                                r: 5.0,
                                fill: "#1a202c",
                            });
                        }
                        let text = format!("{} {}", e.label, e.when);
                        let w = text_width(&text, 9.5);
                        let x0 = (x - w / 2.0).clamp(LEFT, w_total - RIGHT - w);
                        let level = label_ends
                            .iter()
                            .position(|end| *end < x0)
                            .unwrap_or(if label_ends[0] <= label_ends[1] { 0 } else { 1 });
                        label_ends[level] = x0 + w + 6.0;
                        let ly = if level == 0 { mid - 10.0 } else { mid - 21.0 };
                        let color = if birthday { "#8a5a00" } else { "#1a202c" };
                        // The lane's own colour behind the label, so that the
                        // lines it crosses do not run through the text.
                        let bg = if i % 2 == 0 { "#f4f6f8" } else { "#ffffff" };
                        shapes.push(Shape::rect(x0 - 1.0, ly - 8.5, w + 2.0, 11.0, bg));
                        shapes.push(Shape::text(x0, ly, &text, 9.5, "start", false, color));
                    }
                    (mark, Some(to)) => {
                        let (dy, h, fill) = match mark {
                            Mark::Presence => (4.0, 7.0, "#2b6cb0"),
                            Mark::Residence => (12.0, 4.0, "#63b3ed"),
                            Mark::Marriage => (18.0, 5.0, "#805ad5"),
                            _ => (25.0, 5.0, "#2f855a"),
                        };
                        let x1 = x_of(to).max(x + 1.5);
                        shapes.push(Shape::rect(x, mid + dy, x1 - x, h, fill));
                    }
                }
            }
        }
        // Legend.
        let mut ly = lanes_bottom + 34.0;
        let mut lx = LEFT;
        let legend: [(&str, &str, bool); 6] = [
            ("#2b6cb0", "ev.presence", false),
            ("#63b3ed", "ev.residence", false),
            ("#805ad5", "ev.marriage", false),
            ("#2f855a", "ev.custody", false),
            ("#4a5568", "timeline.legal_lines", true),
            ("#b00020", "timeline.deciding", true),
        ];
        for (color, key, is_line) in legend {
            let item = 20.0 + text_width(t(lang, key), 10.0);
            if lx + item > w_total - RIGHT {
                lx = LEFT;
                ly += 16.0;
            }
            if is_line {
                shapes.push(Shape::line(
                    lx,
                    ly - 4.0,
                    lx + 16.0,
                    ly - 4.0,
                    color,
                    2.0,
                    key == "timeline.legal_lines",
                ));
            } else {
                shapes.push(Shape::rect(lx, ly - 8.0, 16.0, 7.0, color));
            }
            let label = t(lang, key);
            shapes.push(Shape::text(
                lx + 20.0,
                ly,
                label,
                10.0,
                "start",
                false,
                "#1a202c",
            ));
            lx += 20.0 + text_width(label, 10.0) + 18.0;
        }
        Scene {
            width: w_total,
            height: ly + 10.0,
            shapes,
        }
    }
}

fn span_of(lanes: &[Lane]) -> (Option<Day>, Option<Day>) {
    let days = lanes
        .iter()
        .flat_map(|l| &l.events)
        .flat_map(|e| std::iter::once(e.from).chain(e.to));
    let (mut lo, mut hi) = (None::<Day>, None::<Day>);
    for d in days {
        lo = Some(lo.map_or(d, |x| x.min(d)));
        hi = Some(hi.map_or(d, |x| x.max(d)));
    }
    (lo, hi)
}

/// The approximate width of a text in the picture's sans-serif font.
pub(crate) fn text_width(s: &str, size: f32) -> f32 {
    crate::pdf::helvetica_width(s, size)
}

/// A laid-out picture: shapes in a `width` x `height` coordinate space
/// with y growing downwards (as in SVG).
#[derive(Clone, Debug, Serialize)]
pub struct Scene {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
    /// Shapes, drawn in order.
    pub shapes: Vec<Shape>,
}

/// One shape of a [`Scene`].
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour (`#rrggbb`).
        fill: &'static str,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Colour.
        stroke: &'static str,
        /// Width.
        width: f32,
        /// Dashed.
        dashed: bool,
    },
    /// A filled diamond (a day).
    Diamond {
        /// Centre x.
        cx: f32,
        /// Centre y.
        cy: f32,
        /// Half-diagonal.
        r: f32,
        /// Colour.
        fill: &'static str,
    },
    /// Text, with its baseline at `y`.
    Text {
        /// Anchor x.
        x: f32,
        /// Baseline y.
        y: f32,
        /// The text.
        text: String,
        /// Font size.
        size: f32,
        /// `start` or `middle`.
        anchor: &'static str,
        /// Bold.
        bold: bool,
        /// Colour.
        fill: &'static str,
    },
}

impl Shape {
    fn rect(x: f32, y: f32, w: f32, h: f32, fill: &'static str) -> Shape {
        Shape::Rect { x, y, w, h, fill }
    }
    fn line(
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        stroke: &'static str,
        width: f32,
        dashed: bool,
    ) -> Shape {
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            stroke,
            width,
            dashed,
        }
    }
    fn text(
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        anchor: &'static str,
        bold: bool,
        fill: &'static str,
    ) -> Shape {
        Shape::Text {
            x,
            y,
            text: text.to_string(),
            size,
            anchor,
            bold,
            fill,
        }
    }
}

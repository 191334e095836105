//! The memo as a PDF, written in-process with printpdf (no browser).
//!
//! The PDF shows the same [`Memo`] as the HTML page, as text pages in the
//! PDF's standard fonts (Helvetica and Courier, WinAnsi: enough for English
//! and Spanish), with the timeline drawn from the same [`Scene`] as the SVG.
//! Layout is deliberately simple: blocks of wrapped text, one column, a
//! footer on every page with the page number and the notice.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use habeas_case::Case;
use habeas_law::Determination;
use printpdf::{
    BuiltinFont, Color, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::catalog::{Lang, t, tf};
use crate::memo::{Memo, Reasoned};
use crate::timeline::{Scene, Shape, Timeline};

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 50.0;
const TOP: f32 = PAGE_H - MARGIN;
const BOTTOM: f32 = MARGIN + 30.0;
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;

/// Widths of a standard font's characters, in thousandths of an em.
fn widths(font: BuiltinFont) -> &'static BTreeMap<char, f32> {
    static CACHE: OnceLock<Vec<(BuiltinFont, BTreeMap<char, f32>)>> = OnceLock::new();
    let all = CACHE.get_or_init(|| {
        [
            BuiltinFont::Helvetica,
            BuiltinFont::HelveticaBold,
            BuiltinFont::Courier,
        ]
        .into_iter()
        .map(|f| {
            let mut m = BTreeMap::new();
            if let Some(p) = f.get_parsed_font() {
                let upem = f32::from(p.pdf_font_metrics.units_per_em.max(1));
                for c in (0x20u32..0x7f).chain(0xa0..0x100).chain([
                    0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac,
                ]) {
                    if let Some(ch) = char::from_u32(c)
                        && let Some(w) = p.lookup_glyph_index(c).and_then(|g| p.get_glyph_width(g))
                    {
                        m.insert(ch, f32::from(w) * 1000.0 / upem);
                    }
                }
            }
            (f, m)
        })
        .collect()
    });
    all.iter()
        .find(|(f, _)| *f == font)
        .map_or(&all[0].1, |(_, m)| m)
}

fn width_of(s: &str, font: BuiltinFont, size: f32) -> f32 {
    if font == BuiltinFont::Courier {
        return s.chars().count() as f32 * 0.6 * size;
    }
    let w = widths(font);
    s.chars()
        .map(|c| w.get(&c).copied().unwrap_or(556.0))
        .sum::<f32>()
        * size
        / 1000.0
}

/// The width of `s` in Helvetica at `size` points (the timeline uses it to
/// keep labels apart, in the SVG and in the PDF).
pub(crate) fn helvetica_width(s: &str, size: f32) -> f32 {
    width_of(s, BuiltinFont::Helvetica, size)
}

/// Text the standard fonts can show: a few symbols of the rule language
/// spelled out in ASCII.
fn winansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '≥' => out.push_str(">="),
            '≤' => out.push_str("<="),
            '≠' => out.push_str("!="),
            '→' => out.push_str("->"),
            '←' => out.push_str("<-"),
            '\u{a0}'..='\u{ff}' | ' '..='~' => out.push(c),
            '–' | '—' | '‘' | '’' | '“' | '”' | '•' | '…' | '€' => out.push(c),
            _ => out.push('?'),
        }
    }
    out
}

fn rgb(hex: &str) -> Color {
    let h = hex.trim_start_matches('#');
    let c = |i: usize| {
        h.get(i..i + 2)
            .and_then(|x| u8::from_str_radix(x, 16).ok())
            .map_or(0.0, |v| f32::from(v) / 255.0)
    };
    Color::Rgb(Rgb {
        r: c(0),
        g: c(2),
        b: c(4),
        icc_profile: None,
    })
}

/// A run of text in one font.
#[derive(Clone)]
struct Run {
    font: BuiltinFont,
    text: String,
}

fn run(font: BuiltinFont, text: impl Into<String>) -> Run {
    Run {
        font,
        text: winansi(&text.into()),
    }
}

const REG: BuiltinFont = BuiltinFont::Helvetica;
const BOLD: BuiltinFont = BuiltinFont::HelveticaBold;
const MONO: BuiltinFont = BuiltinFont::Courier;

/// One thing placed on a page.
enum Placed {
    Text {
        x: f32,
        y: f32,
        size: f32,
        color: &'static str,
        runs: Vec<(BuiltinFont, String)>,
    },
    Rule {
        y: f32,
        width: f32,
    },
    Scene {
        y: f32,
        scene: Scene,
    },
}

/// Lays blocks out on pages.
struct Writer {
    pages: Vec<Vec<Placed>>,
    y: f32,
}

impl Writer {
    fn new() -> Writer {
        Writer {
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    fn page(&mut self) -> &mut Vec<Placed> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    fn need(&mut self, h: f32) {
        if self.y - h < BOTTOM {
            self.new_page();
        }
    }

    fn space(&mut self, h: f32) {
        self.y -= h;
    }

    /// Wraps runs of text in the width left after `indent`; the first line
    /// may start with a hanging `marker` (a bullet or a number).
    fn para(
        &mut self,
        runs: &[Run],
        size: f32,
        indent: f32,
        color: &'static str,
        marker: Option<&str>,
    ) {
        let lh = size * 1.35;
        let max = WIDTH - indent;
        // Words, each with its font; a space follows every word but the last
        // of its run only when the run text had one.
        let mut words: Vec<(BuiltinFont, String, bool)> = Vec::new();
        for r in runs {
            if r.text.starts_with(' ')
                && let Some(last) = words.last_mut()
            {
                last.2 = true;
            }
            let ends_with_space = r.text.ends_with(' ');
            let parts: Vec<&str> = r.text.split_whitespace().collect();
            let n = parts.len();
            for (i, w) in parts.into_iter().enumerate() {
                let space_after = i + 1 < n || ends_with_space;
                words.push((r.font, w.to_string(), space_after));
            }
        }
        let mut lines: Vec<Vec<(BuiltinFont, String)>> = vec![Vec::new()];
        let mut x = 0.0;
        let space = width_of(" ", REG, size);
        for (font, word, space_after) in words {
            let mut word = word;
            let mut w = width_of(&word, font, size);
            if x > 0.0 && x + w > max {
                lines.push(Vec::new());
                x = 0.0;
            }
            // A word longer than the line (a long rule name): cut it.
            while w > max {
                let mut cut = String::new();
                for c in word.chars() {
                    if width_of(&format!("{cut}{c}"), font, size) > max {
                        break;
                    }
                    cut.push(c);
                }
                if cut.is_empty() {
                    break;
                }
                let rest: String = word.chars().skip(cut.chars().count()).collect();
                if let Some(l) = lines.last_mut() {
                    l.push((font, cut));
                }
                lines.push(Vec::new());
                word = rest;
                w = width_of(&word, font, size);
                x = 0.0;
            }
            let text = if space_after {
                format!("{word} ")
            } else {
                word
            };
            x += w + if space_after { space } else { 0.0 };
            if let Some(l) = lines.last_mut() {
                l.push((font, text));
            }
        }
        for (i, line) in lines.into_iter().enumerate() {
            self.need(lh);
            self.y -= lh;
            let y = self.y + lh - size;
            if i == 0
                && let Some(m) = marker
            {
                let mx = MARGIN + indent - width_of(m, REG, size) - 4.0;
                self.page().push(Placed::Text {
                    x: mx,
                    y,
                    size,
                    color,
                    runs: vec![(REG, m.to_string())],
                });
            }
            // Merge neighbouring pieces in the same font; the PDF viewer
            // advances the pen from one run to the next with the font's own
            // widths.
            let mut merged: Vec<(BuiltinFont, String)> = Vec::new();
            for (f, s) in line {
                match merged.last_mut() {
                    Some((lf, ls)) if *lf == f => ls.push_str(&s),
                    _ => merged.push((f, s)),
                }
            }
            if let Some((_, last)) = merged.last_mut() {
                let trimmed = last.trim_end().len();
                last.truncate(trimmed);
            }
            self.page().push(Placed::Text {
                x: MARGIN + indent,
                y,
                size,
                color,
                runs: merged,
            });
        }
    }

    fn heading(&mut self, text: &str, size: f32) {
        self.need(size * 3.0);
        self.space(size * 0.8);
        self.para(&[run(BOLD, text)], size, 0.0, "#1a202c", None);
        let y = self.y - 3.0;
        self.page().push(Placed::Rule { y, width: 0.6 });
        self.space(8.0);
    }

    fn scene(&mut self, scene: Scene) {
        let scale = WIDTH / scene.width;
        let h = scene.height * scale;
        self.need(h + 6.0);
        self.y -= h;
        let y = self.y;
        self.page().push(Placed::Scene { y, scene });
        self.space(6.0);
    }
}

fn reasoned_block(w: &mut Writer, lang: Lang, r: &Reasoned, show_name: bool) {
    w.need(40.0);
    w.space(4.0);
    let mut head = Vec::new();
    if let Some(l) = &r.label {
        head.push(run(BOLD, format!("{l} ")));
    }
    if show_name {
        head.push(run(MONO, format!("{} ", r.name)));
    }
    head.push(run(BOLD, format!("[{}] ", r.result_text)));
    if let Some(s) = &r.summary {
        head.push(run(BOLD, s.clone()));
    }
    w.para(&head, 10.5, 0.0, "#1a202c", None);
    let mut rule = vec![
        run(REG, format!("{}: ", t(lang, "rule"))),
        run(MONO, r.rule.clone()),
    ];
    if let Some(d) = &r.detail {
        rule.push(run(REG, format!(" ({d})")));
    }
    w.para(&rule, 9.0, 10.0, "#4a5568", None);
    w.para(
        &[run(
            REG,
            format!("{}: {}", t(lang, "authority"), r.citation),
        )],
        9.0,
        10.0,
        "#4a5568",
        None,
    );
    if !r.facts.is_empty() {
        w.para(
            &[run(REG, format!("{}:", t(lang, "facts_used")))],
            9.0,
            10.0,
            "#1a202c",
            None,
        );
        for f in &r.facts {
            let mut runs = vec![
                run(MONO, f.text.clone()),
                run(BOLD, format!(": {}", f.result_text)),
            ];
            if let Some(d) = &f.detail {
                runs.push(run(REG, format!(" ({d})")));
            }
            let color = if f.missing { "#8a5a00" } else { "#1a202c" };
            w.para(&runs, 8.5, 24.0, color, Some("•"));
        }
        if let Some(m) = &r.more {
            w.para(&[run(REG, m.clone())], 8.5, 24.0, "#4a5568", Some("•"));
        }
    }
}

fn lay_out(m: &Memo, scene: Scene, lang: Lang) -> Writer {
    let mut w = Writer::new();
    let dark = "#1a202c";
    let muted = "#4a5568";
    w.para(&[run(BOLD, t(lang, "title"))], 20.0, 0.0, dark, None);
    w.para(&[run(REG, t(lang, "subtitle"))], 11.0, 0.0, muted, None);
    w.space(4.0);
    if let Some(id) = &m.case_id {
        w.para(
            &[
                run(BOLD, format!("{}: ", t(lang, "case"))),
                run(REG, id.clone()),
            ],
            10.0,
            0.0,
            dark,
            None,
        );
    }
    let mut subj = vec![
        run(BOLD, format!("{}: ", t(lang, "subject"))),
        run(REG, m.subject.clone()),
    ];
    if let Some(b) = &m.born {
        subj.push(run(REG, format!(" ({} {b})", t(lang, "born"))));
    }
    w.para(&subj, 10.0, 0.0, dark, None);
    w.para(
        &[
            run(BOLD, format!("{}: ", t(lang, "as_of"))),
            run(REG, m.as_of.clone()),
        ],
        10.0,
        0.0,
        dark,
        None,
    );
    let y = w.y - 4.0;
    w.page().push(Placed::Rule { y, width: 2.0 });
    w.space(6.0);

    // The answer.
    w.heading(t(lang, "answer"), 14.0);
    let status = match &m.since {
        Some(s) => format!("{}, {} {s}", m.status_text, t(lang, "since")),
        None => m.status_text.to_string(),
    };
    w.para(
        &[
            run(REG, format!("{}: ", t(lang, "citizenship"))),
            run(BOLD, status),
        ],
        12.0,
        0.0,
        dark,
        None,
    );
    if !m.basis.is_empty() {
        w.para(
            &[run(REG, format!("{}:", t(lang, "because")))],
            10.0,
            0.0,
            dark,
            None,
        );
        for b in &m.basis {
            let mut runs = vec![run(REG, b.summary.clone())];
            if let Some(s) = &b.since {
                runs.push(run(REG, format!(" ({} {s})", t(lang, "since"))));
            }
            runs.push(run(REG, format!(" [{}]", b.citation)));
            w.para(&runs, 10.0, 14.0, dark, Some("•"));
        }
    }
    w.space(4.0);
    match &m.action {
        Some(a) => {
            let mut what = format!("{}: {}", t(lang, "action"), a.kind_text);
            if let Some(to) = &a.to {
                what.push_str(&format!(" {} {to}", t(lang, "to")));
            }
            w.para(
                &[run(REG, format!("{what}: ")), run(BOLD, a.verdict_text)],
                12.0,
                0.0,
                dark,
                None,
            );
            if a.notice.is_some() {
                w.para(
                    &[run(BOLD, t(lang, "notice.text"))],
                    10.0,
                    0.0,
                    "#b00020",
                    None,
                );
            }
        }
        None => w.para(&[run(REG, t(lang, "no_action"))], 10.0, 0.0, dark, None),
    }

    // The timeline.
    w.heading(t(lang, "timeline"), 14.0);
    w.scene(scene);
    w.para(
        &[run(REG, t(lang, "timeline.caption"))],
        8.5,
        0.0,
        muted,
        None,
    );

    if m.action.is_some() {
        w.heading(t(lang, "bars"), 14.0);
        if m.bars.is_empty() {
            w.para(&[run(REG, t(lang, "bars.none"))], 10.0, 0.0, dark, None);
        }
        for b in &m.bars {
            reasoned_block(&mut w, lang, b, true);
        }
    }
    w.heading(t(lang, "routes"), 14.0);
    if m.routes.is_empty() {
        w.para(&[run(REG, t(lang, "routes.none"))], 10.0, 0.0, dark, None);
    } else {
        w.para(&[run(REG, t(lang, "routes.intro"))], 10.0, 0.0, dark, None);
    }
    for r in &m.routes {
        reasoned_block(&mut w, lang, r, false);
    }

    w.heading(t(lang, "questions"), 14.0);
    if m.questions.is_empty() {
        w.para(
            &[run(REG, t(lang, "questions.none"))],
            10.0,
            0.0,
            dark,
            None,
        );
    } else {
        w.para(
            &[run(REG, t(lang, "questions.intro"))],
            10.0,
            0.0,
            dark,
            None,
        );
    }
    for q in &m.questions {
        w.need(50.0);
        w.space(3.0);
        w.para(
            &[run(BOLD, q.question.clone())],
            10.0,
            18.0,
            dark,
            Some(&format!("{}.", q.n)),
        );
        let mut fact = vec![
            run(REG, format!("{}: ", t(lang, "question.fact"))),
            run(MONO, q.fact.clone()),
        ];
        if let Some(b) = &q.boundary {
            fact.push(run(REG, format!("; {}: ", t(lang, "question.matters"))));
            fact.push(run(BOLD, b.clone()));
        }
        w.para(&fact, 9.0, 18.0, dark, None);
        w.para(
            &[run(
                REG,
                format!(
                    "{}: {}",
                    t(lang, "question.documents"),
                    q.documents.join("; ")
                ),
            )],
            9.0,
            18.0,
            dark,
            None,
        );
        w.para(
            &[
                run(REG, format!("{}: ", t(lang, "question.decides"))),
                run(MONO, q.decides.clone()),
                run(REG, format!(" [{}]", q.citation)),
            ],
            8.5,
            18.0,
            muted,
            None,
        );
    }

    w.heading(t(lang, "review"), 14.0);
    if m.flags.is_empty() {
        w.para(&[run(REG, t(lang, "review.none"))], 10.0, 0.0, dark, None);
    }
    for f in &m.flags {
        w.para(
            &[
                run(REG, format!("{} ", f.reason)),
                run(REG, format!("[{}] ", f.citation)),
                run(MONO, format!("({})", f.rule)),
            ],
            9.0,
            14.0,
            dark,
            Some("•"),
        );
    }

    w.heading(t(lang, "versions"), 14.0);
    for (k, v) in [
        ("versions.law", &m.law),
        ("versions.hash", &m.law_hash),
        ("versions.engine", &m.engine),
        ("versions.as_of", &m.as_of),
    ] {
        w.para(
            &[run(BOLD, format!("{}: ", t(lang, k))), run(MONO, v.clone())],
            9.5,
            0.0,
            dark,
            None,
        );
    }

    w.heading(t(lang, "notice"), 14.0);
    w.para(
        &[run(BOLD, t(lang, "notice.text"))],
        10.5,
        0.0,
        "#b00020",
        None,
    );
    if lang != Lang::En {
        w.space(4.0);
        w.para(
            &[
                run(REG, format!("{}: ", t(lang, "notice.original"))),
                run(REG, m.notice.clone()),
            ],
            9.0,
            0.0,
            muted,
            None,
        );
    }
    w
}

fn text_op(
    ops: &mut Vec<Op>,
    x: f32,
    y: f32,
    font: BuiltinFont,
    size: f32,
    color: &str,
    text: &str,
) {
    runs_op(ops, x, y, size, color, &[(font, text.to_string())]);
}

/// One line of text in several fonts, in one text object, so that each run
/// starts where the viewer ended the one before.
fn runs_op(
    ops: &mut Vec<Op>,
    x: f32,
    y: f32,
    size: f32,
    color: &str,
    runs: &[(BuiltinFont, String)],
) {
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor { col: rgb(color) });
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    for (font, text) in runs {
        ops.push(Op::SetFont {
            font: PdfFontHandle::Builtin(*font),
            size: Pt(size),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
}

fn pt(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

fn fill_polygon(ops: &mut Vec<Op>, points: Vec<LinePoint>, color: &str) {
    ops.push(Op::SetFillColor { col: rgb(color) });
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    });
}

fn scene_ops(ops: &mut Vec<Op>, scene: &Scene, bottom: f32) {
    let s = WIDTH / scene.width;
    let top = bottom + scene.height * s;
    let x_of = |x: f32| MARGIN + x * s;
    let y_of = |y: f32| top - y * s;
    ops.push(Op::SaveGraphicsState);
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { x, y, w, h, fill } => {
                let (x0, y0, x1, y1) = (x_of(*x), y_of(*y), x_of(x + w), y_of(y + h));
                fill_polygon(
                    ops,
                    vec![pt(x0, y0), pt(x1, y0), pt(x1, y1), pt(x0, y1)],
                    fill,
                );
            }
            Shape::Diamond { cx, cy, r, fill } => {
                let (x, y, r) = (x_of(*cx), y_of(*cy), r * s);
                fill_polygon(
                    ops,
                    vec![pt(x, y + r), pt(x + r, y), pt(x, y - r), pt(x - r, y)],
                    fill,
                );
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
                width,
                dashed,
            } => {
                ops.push(Op::SetOutlineColor { col: rgb(stroke) });
                ops.push(Op::SetOutlineThickness { pt: Pt(width * s) });
                ops.push(Op::SetLineDashPattern {
                    dash: if *dashed {
                        printpdf::LineDashPattern::new(0.0, &[3.0, 2.0])
                    } else {
                        printpdf::LineDashPattern::solid()
                    },
                });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![pt(x_of(*x1), y_of(*y1)), pt(x_of(*x2), y_of(*y2))],
                        is_closed: false,
                    },
                });
            }
            Shape::Text {
                x,
                y,
                text,
                size,
                anchor,
                bold,
                fill,
            } => {
                let font = if *bold { BOLD } else { REG };
                let text = winansi(text);
                let size = size * s;
                let mut x = x_of(*x);
                if *anchor == "middle" {
                    x -= width_of(&text, font, size) / 2.0;
                }
                text_op(ops, x, y_of(*y), font, size, fill, &text);
            }
        }
    }
    ops.push(Op::SetLineDashPattern {
        dash: printpdf::LineDashPattern::solid(),
    });
    ops.push(Op::RestoreGraphicsState);
}

/// A PDF could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot write the PDF: {0}")]
#[diagnostic(help("this is a bug in habeas; please report it with the case file"))]
pub struct PdfError(String);

/// The determination memo as a PDF: the same content as [`crate::memo_html`],
/// on A4 text pages, with the timeline drawn in vector graphics.
pub fn memo_pdf(d: &Determination, case: &Case, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let memo = Memo::of(d, case, lang);
    let scene = Timeline::of(case, d, lang).scene(lang, 680.0);
    let w = lay_out(&memo, scene, lang);
    let total = w.pages.len();
    let mut pages = Vec::with_capacity(total);
    for (i, placed) in w.pages.into_iter().enumerate() {
        let mut ops = Vec::new();
        for p in placed {
            match p {
                Placed::Text {
                    x,
                    y,
                    size,
                    color,
                    runs,
                } => runs_op(&mut ops, x, y, size, color, &runs),
                Placed::Rule { y, width } => {
                    ops.push(Op::SetOutlineColor {
                        col: rgb("#1a202c"),
                    });
                    ops.push(Op::SetOutlineThickness { pt: Pt(width) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![pt(MARGIN, y), pt(PAGE_W - MARGIN, y)],
                            is_closed: false,
                        },
                    });
                }
                Placed::Scene { y, scene } => scene_ops(&mut ops, &scene, y),
            }
        }
        // The footer: page number, case, notice.
        let footer = tf(
            lang,
            "page",
            &[("n", &(i + 1).to_string()), ("total", &total.to_string())],
        );
        let left = match &memo.case_id {
            Some(id) => format!("{} · {id} · {}", t(lang, "title"), memo.as_of),
            None => format!("{} · {}", t(lang, "title"), memo.as_of),
        };
        let left = winansi(&left);
        let size = 7.5;
        text_op(&mut ops, MARGIN, MARGIN, REG, size, "#4a5568", &left);
        let fw = width_of(&footer, REG, size);
        text_op(
            &mut ops,
            PAGE_W - MARGIN - fw,
            MARGIN,
            REG,
            size,
            "#4a5568",
            &footer,
        );
        let notice = winansi(t(lang, "notice.text"));
        let mut lines = vec![String::new()];
        for word in notice.split(' ') {
            let line = lines.last().map(String::as_str).unwrap_or("");
            if !line.is_empty() && width_of(&format!("{line} {word}"), REG, 6.5) > WIDTH {
                lines.push(String::new());
            }
            if let Some(l) = lines.last_mut() {
                if !l.is_empty() {
                    l.push(' ');
                }
                l.push_str(word);
            }
        }
        for (i, line) in lines.iter().enumerate() {
            text_op(
                &mut ops,
                MARGIN,
                MARGIN - 11.0 - i as f32 * 8.0,
                REG,
                6.5,
                "#4a5568",
                line,
            );
        }
        pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }
    let title = match &memo.case_id {
        Some(id) => format!("{}: {id}", t(lang, "title")),
        None => t(lang, "title").to_string(),
    };
    let mut doc = PdfDocument::new(&title);
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    let bytes = doc.save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(PdfError("the PDF writer produced no bytes".into()));
    }
    Ok(bytes)
}

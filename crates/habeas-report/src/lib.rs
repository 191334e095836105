//! # habeas-report: renderers
//!
//! Turns a [`Determination`] into text for people. The answer comes first,
//! then why (each route and bar with its citation), then what is still open
//! and the questions that would settle it, then the notice.
//!
//! Renderers:
//! - [`text`] and [`explanation`]: the terminal output of `habeas check` and
//!   `habeas explain`;
//! - [`memo_html`]: the determination memo as one self-contained,
//!   printable HTML page, with the timeline picture inline;
//! - [`memo_pdf`]: the same memo as a PDF, written in-process;
//! - [`timeline_svg`]: the timeline picture alone;
//! - [`command::report`]: `habeas report CASE.json -o memo.html|memo.pdf`.
//!
//! The memo is written in English or Spanish ([`Lang`]); its fixed strings
//! live in [`catalog`]. Text that comes from the law (rule summaries,
//! citations, questions, review flags) is shown as the law gives it.
//!
//! **Architecture invariant:** renderers hold no legal reasoning; they show
//! what the determination says.

pub mod catalog;
pub mod command;
mod html;
pub mod memo;
mod pdf;
pub mod timeline;

pub use catalog::Lang;
pub use html::{RenderError, memo_html, timeline_svg};
pub use pdf::{PdfError, memo_pdf};

use std::fmt::Write as _;

use habeas_lang::render::render_tree;
use habeas_law::{Determination, MissingFact};

/// Every open question of a determination: the citizenship questions, then
/// the action's questions not already asked.
/// A basis of the answer in `lang`: the route's words from the catalogue
/// (the law's own summary in English), else its rule name (review of
/// 2026-11-29: the Spanish text showed `derived_from_parent`).
pub fn basis_text(b: &habeas_law::Basis, lang: habeas_i18n::Lang) -> String {
    let key = format!("route-{}", b.rule);
    if lang != habeas_i18n::Lang::En && habeas_i18n::has(lang, &key) {
        habeas_i18n::t(lang, &key, &[])
    } else if b.summary.is_empty() {
        b.rule.clone()
    } else {
        b.summary.clone()
    }
}

fn open_questions(d: &Determination) -> Vec<Asked<'_>> {
    let mut all: Vec<&MissingFact> = d.citizenship.missing.iter().collect();
    for m in d.action.iter().flat_map(|a| a.missing.iter()) {
        if !all
            .iter()
            .any(|x| x.fact == m.fact && x.boundary == m.boundary)
        {
            all.push(m);
        }
    }
    // Facts asked in the same words are one question (review of
    // 2026-11-29: `notice.explains_how_to_contest` and
    // `notice.language_understood` took two of the three lines shown with
    // the same text).
    let mut out: Vec<Asked<'_>> = Vec::new();
    for m in all {
        match out.iter_mut().find(|a| a.first.question == m.question) {
            Some(a) => {
                a.facts.push(&m.fact);
                for r in &m.decides {
                    if !a.decides.contains(&r.as_str()) {
                        a.decides.push(r);
                    }
                }
            }
            None => out.push(Asked {
                first: m,
                facts: vec![&m.fact],
                decides: m.decides.iter().map(String::as_str).collect(),
            }),
        }
    }
    out
}

/// An open question as the text shows it: one wording, the facts it asks
/// about, and the rules they decide.
struct Asked<'a> {
    first: &'a MissingFact,
    facts: Vec<&'a str>,
    decides: Vec<&'a str>,
}

impl Asked<'_> {
    fn facts(&self) -> String {
        self.facts.join("`, `")
    }
}

/// Every legal-review flag of a determination, citizenship first.
fn review_flags(d: &Determination) -> Vec<&habeas_law::ReviewFlag> {
    d.citizenship
        .flags
        .iter()
        .chain(d.action.iter().flat_map(|a| a.flags.iter()))
        .collect()
}

/// Renders a determination as plain text. `questions` limits how many open
/// questions are shown (the JSON output always has them all).
pub fn text(d: &Determination, questions: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "habeas determination{} (as of {})",
        d.case
            .as_ref()
            .map(|c| format!(" for case `{c}`"))
            .unwrap_or_default(),
        d.as_of
    );
    let _ = writeln!(s);
    let c = &d.citizenship;
    let status = match c.status {
        "citizen" => "U.S. CITIZEN",
        "national" => "U.S. NATIONAL (not a citizen)",
        "not_citizen" => "NOT A CITIZEN OR NATIONAL on every route the law encodes",
        _ => "UNDETERMINED: some route to citizenship is still open",
    };
    let _ = writeln!(
        s,
        "Citizenship: {status}{}",
        c.since
            .as_ref()
            .map(|x| format!(", since {x}"))
            .unwrap_or_default()
    );
    for b in &c.basis {
        let _ = writeln!(
            s,
            "  because: {}{} [{}]",
            basis_text(b, habeas_i18n::Lang::En),
            b.since
                .as_ref()
                .map(|x| format!(" (since {x})"))
                .unwrap_or_default(),
            b.citation
        );
    }
    if let Some(a) = &d.action {
        let _ = writeln!(s);
        let verdict = match a.verdict {
            "barred" => "BARRED",
            "possibly_barred" => "POSSIBLY BARRED: a bar may hold, depending on the open questions",
            _ => "NO BAR FOUND (this is not a finding that the action is lawful)",
        };
        let _ = writeln!(
            s,
            "Proposed action ({}): {verdict}",
            a.kind.replace('_', " ")
        );
        for b in &a.bars {
            let _ = writeln!(s, "  bar `{}`: holds [{}]", b.kind, b.citation);
        }
        for b in a.open_bars.iter().filter(|_| a.verdict != "barred") {
            let _ = writeln!(s, "  bar `{}`: may hold [{}]", b.kind, b.citation);
        }
        if a.verdict == "no_bar_found" && c.status == "undetermined" {
            let _ = writeln!(
                s,
                "  {}",
                habeas_i18n::t(habeas_i18n::Lang::En, "label-citizenship-open", &[])
            );
        }
    }
    let all = open_questions(d);
    if !all.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "Open questions ({} in all{}):",
            all.len(),
            if questions == 0 {
                "; `--json` lists every one".to_string()
            } else if all.len() > questions {
                format!("; the first {questions} shown, `--json` lists every one")
            } else {
                String::new()
            }
        );
        for (i, a) in all.iter().take(questions).enumerate() {
            let _ = writeln!(s, "  {}. {}", i + 1, a.first.question);
            let _ = writeln!(
                s,
                "     {}: {}",
                habeas_i18n::t(habeas_i18n::Lang::En, "label-document", &[]),
                a.first.document
            );
            let _ = writeln!(
                s,
                "     (fact `{}`; decides {} [{}])",
                a.facts(),
                a.decides.join(", "),
                a.first.citation
            );
        }
    }
    let flags = review_flags(d);
    if !flags.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "For a lawyer to review:");
        for f in flags {
            let _ = writeln!(s, "  - {} [{}]", f.reason, f.citation);
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Law current as of {} (sha256 {}), engine {}.",
        d.law,
        &d.law_hash[..12.min(d.law_hash.len())],
        d.engine
    );
    let _ = writeln!(s, "{}", d.notice);
    s
}

/// Renders the explanation trees of a determination.
pub fn explanation(d: &Determination) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Citizenship: {}", d.citizenship.status);
    if let Some(e) = &d.citizenship.explanation {
        s.push_str(&render_tree(e));
    }
    if let Some(a) = &d.action {
        let _ = writeln!(s);
        let _ = writeln!(s, "Action ({}): {}", a.kind, a.verdict);
        for b in a.bars.iter().chain(&a.open_bars) {
            let _ = writeln!(s, "bar `{}` ({}):", b.kind, b.holds);
            if let Some(e) = &b.explanation {
                s.push_str(&render_tree(e));
            }
        }
    }
    // Every output that shows a verdict says what it is not (the full
    // trees showed `no_bar_found` without it: review of 2026-11-29).
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", d.notice);
    s
}

/// Renders a determination as plain text in `lang`, with every label from
/// the message catalogues (English keeps [`text`]'s wording). The
/// determination's questions should already be localized
/// ([`Determination::localize`]).
pub fn text_in(d: &Determination, questions: usize, lang: habeas_i18n::Lang) -> String {
    use habeas_i18n::t;
    if lang == habeas_i18n::Lang::En {
        return text(d, questions);
    }
    let mut s = String::new();
    let case = d
        .case
        .as_ref()
        .map(|c| format!(" `{c}`"))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "{}{case} ({})",
        t(lang, "label-determination", &[]),
        t(lang, "label-as-of", &[("date", &d.as_of)])
    );
    let _ = writeln!(s);
    let c = &d.citizenship;
    let since = c
        .since
        .as_ref()
        .map(|x| format!(", {}", t(lang, "label-since", &[("date", x)])))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "{}: {}{since}",
        t(lang, "label-citizenship", &[]),
        t(lang, &format!("status-{}", c.status), &[]).to_uppercase()
    );
    for b in &c.basis {
        let since = b
            .since
            .as_ref()
            .map(|x| format!(" ({})", t(lang, "label-since", &[("date", x)])))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {}: {}{since} [{}]",
            t(lang, "label-because", &[]),
            basis_text(b, lang),
            b.citation
        );
    }
    if let Some(a) = &d.action {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{} ({}): {}",
            t(lang, "label-action", &[]),
            t(lang, &format!("action-kind-{}", a.kind), &[]),
            t(lang, &format!("verdict-{}", a.verdict), &[]).to_uppercase()
        );
        for b in &a.bars {
            let _ = writeln!(
                s,
                "  {} ({}) [{}]",
                t(lang, &format!("bar-{}", b.kind), &[]),
                t(lang, "label-holds", &[]),
                b.citation
            );
        }
        for b in a.open_bars.iter().filter(|_| a.verdict != "barred") {
            let _ = writeln!(
                s,
                "  {} ({}) [{}]",
                t(lang, &format!("bar-{}", b.kind), &[]),
                t(lang, "label-may-hold", &[]),
                b.citation
            );
        }
        if a.verdict == "no_bar_found" && c.status == "undetermined" {
            let _ = writeln!(s, "  {}", t(lang, "label-citizenship-open", &[]));
        }
    }
    let all = open_questions(d);
    if !all.is_empty() {
        let _ = writeln!(s);
        let shown = if all.len() > questions && questions > 0 {
            format!(
                ": {}",
                t(lang, "label-shown", &[("n", &questions.to_string())])
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "{} ({}){shown}",
            t(lang, "label-open-questions", &[]),
            all.len()
        );
        for (i, a) in all.iter().take(questions).enumerate() {
            let _ = writeln!(s, "  {}. {}", i + 1, a.first.question);
            let _ = writeln!(
                s,
                "     {}: {}",
                t(lang, "label-document", &[]),
                a.first.document
            );
            let _ = writeln!(
                s,
                "     ({} `{}`; {} [{}])",
                t(lang, "label-fact", &[]),
                a.facts(),
                a.decides.join(", "),
                a.first.citation
            );
        }
    }
    let flags = review_flags(d);
    if !flags.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}:", t(lang, "label-review", &[]));
        for f in flags {
            let _ = writeln!(s, "  - {} [{}]", f.reason, f.citation);
        }
    }
    let _ = writeln!(s);
    let hash = &d.law_hash[..12.min(d.law_hash.len())];
    let _ = writeln!(
        s,
        "{}",
        t(
            lang,
            "label-law",
            &[("date", &d.law), ("hash", hash), ("engine", d.engine)]
        )
    );
    let _ = writeln!(s, "{}", t(lang, "notice", &[]));
    s
}

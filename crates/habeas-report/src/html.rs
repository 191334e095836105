//! The HTML memo and the SVG timeline, rendered with minijinja templates.
//!
//! Both templates are compiled into the crate (`templates/`), and both are
//! auto-escaped: every string that comes from the case or the law is
//! escaped by the template engine, never by hand. The only value inserted
//! unescaped is the SVG, which its own escaping template produced.

use std::sync::OnceLock;

use habeas_case::Case;
use habeas_law::Determination;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, context};

use crate::catalog::{Lang, t};
use crate::memo::Memo;
use crate::timeline::Timeline;

/// A template failed to render (a bug in a template, not in the input).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot render the {what}: {message}")]
#[diagnostic(help("this is a bug in habeas; please report it with the case file"))]
pub struct RenderError {
    what: &'static str,
    message: String,
}

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".svg") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        // The templates are part of the crate; a syntax error in one is
        // caught by the tests, and shows as a render error, not a panic.
        let _ = env.add_template("memo.html", include_str!("../templates/memo.html"));
        let _ = env.add_template("timeline.svg", include_str!("../templates/timeline.svg"));
        env
    })
}

fn render(name: &'static str, ctx: minijinja::Value) -> Result<String, RenderError> {
    let err = |e: minijinja::Error| RenderError {
        what: name,
        message: format!("{e:#}"),
    };
    env()
        .get_template(name)
        .map_err(err)?
        .render(ctx)
        .map_err(err)
}

fn svg_of(tl: &Timeline, lang: Lang) -> Result<String, RenderError> {
    let scene = tl.scene(lang, 960.0);
    let desc = tl
        .lines
        .iter()
        .map(|l| {
            let mut s = format!("{} {}", l.date, l.label);
            if l.deciding {
                s.push_str(&format!(" ({})", t(lang, "timeline.deciding")));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ");
    let desc = format!(
        "{} {}: {desc}",
        t(lang, "timeline.caption"),
        t(lang, "timeline.legal_lines")
    );
    render(
        "timeline.svg",
        context! { s => Serde(&scene), title => t(lang, "timeline.title"), desc => desc },
    )
}

/// The timeline picture of a case as a standalone SVG document.
pub fn timeline_svg(case: &Case, d: &Determination, lang: Lang) -> Result<String, RenderError> {
    svg_of(&Timeline::of(case, d, lang), lang)
}

/// The determination memo as one self-contained HTML page (inline CSS, the
/// timeline inline as SVG, no external assets), printable as it is.
///
/// Make the determination with `Mode::Explain` so that the memo can list
/// the facts each route and bar read.
pub fn memo_html(d: &Determination, case: &Case, lang: Lang) -> Result<String, RenderError> {
    let memo = Memo::of(d, case, lang);
    let tl = Timeline::of(case, d, lang);
    let svg = svg_of(&tl, lang)?;
    render(
        "memo.html",
        context! { m => Serde(&memo), svg => svg, timeline => Serde(&tl) },
    )
}

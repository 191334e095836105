//! The page state carried in the form, and the pages rendered from it.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use habeas_case::parse_case_value;
use habeas_i18n::{Lang, t};
use habeas_interview::session::current_line;
use habeas_interview::{empty_case, settled};
use habeas_law::Law;
use minijinja::{Environment, context};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::steps;

/// An earlier state, restored by "Back".
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Prev {
    /// The case then.
    pub case: Value,
    /// The questions answered "don't know" then.
    pub skip: BTreeSet<String>,
}

/// Everything the interview knows, carried in the page's hidden `state`
/// field as JSON.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct PageState {
    /// The case built so far (a valid `habeas.case/1`).
    pub case: Value,
    /// The questions answered "don't know" (by question key).
    #[serde(default)]
    pub skip: BTreeSet<String>,
    /// The earlier states, oldest first.
    #[serde(default)]
    pub history: Vec<Prev>,
    /// The store id once saved.
    #[serde(default)]
    pub saved: Option<String>,
}

/// Why a page state was refused.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Not the state JSON.
    #[error("the page state is not readable: {0}")]
    Json(String),
    /// The case (or an earlier one) is not a valid case.
    #[error("the page state holds an invalid case")]
    Case,
}

impl PageState {
    /// A new interview over an empty case as of a date.
    pub fn fresh(as_of: &str) -> PageState {
        PageState {
            case: empty_case(as_of),
            ..PageState::default()
        }
    }

    /// Reads a posted state, checking every case in it.
    pub fn parse(s: &str, _law: &Law) -> Result<PageState, StateError> {
        let st: PageState = serde_json::from_str(s).map_err(|e| StateError::Json(e.to_string()))?;
        let valid = |v: &Value| parse_case_value(v.clone()).is_ok();
        if !valid(&st.case) || !st.history.iter().all(|p| valid(&p.case)) {
            return Err(StateError::Case);
        }
        Ok(st)
    }

    /// A state over a stored case.
    pub fn from_stored(case_json: &str, _law: &Law) -> Result<PageState, StateError> {
        let case: Value =
            serde_json::from_str(case_json).map_err(|e| StateError::Json(e.to_string()))?;
        parse_case_value(case.clone()).map_err(|_| StateError::Case)?;
        Ok(PageState {
            case,
            ..PageState::default()
        })
    }

    /// Remembers the current state for "Back".
    pub(crate) fn push(&mut self) {
        self.history.push(Prev {
            case: self.case.clone(),
            skip: self.skip.clone(),
        });
    }

    /// Restores the previous state; false when there is none.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(p) => {
                self.case = p.case;
                self.skip = p.skip;
                true
            }
            None => false,
        }
    }

    fn json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Messages for the next page.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    /// A catalogue key of an error about the answer or the state.
    pub error: Option<String>,
    /// A message already in the page's language (from answer checks).
    pub message: Option<String>,
    /// What was typed, to show again after an error.
    pub values: HashMap<String, String>,
    /// A catalogue key of an error about saving.
    pub save_error: Option<String>,
}

/// A page that could not be rendered.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct PageError(String);

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, src) in [
            ("layout.html", include_str!("templates/layout.html")),
            ("interview.html", include_str!("templates/interview.html")),
            ("load.html", include_str!("templates/load.html")),
        ] {
            // The templates are part of the crate; a syntax error is caught
            // by the tests, and the page then reports it.
            let _ = env.add_template(name, src);
        }
        env.add_function("t", |lang: &str, key: &str| t(Lang::parse(lang), key, &[]));
        env
    })
}

fn report_lang(lang: Lang) -> habeas_report::Lang {
    match lang {
        Lang::Es => habeas_report::Lang::Es,
        _ => habeas_report::Lang::En,
    }
}

fn other(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Es => ("en", "English"),
        _ => ("es", "Español"),
    }
}

fn render(name: &str, ctx: minijinja::Value) -> Result<String, PageError> {
    env()
        .get_template(name)
        .and_then(|tpl| tpl.render(ctx))
        .map_err(|e| PageError(e.to_string()))
}

/// The interview page for a state.
pub(crate) fn interview(
    law: &Law,
    st: &PageState,
    lang: Lang,
    notes: Notes,
) -> Result<String, PageError> {
    let (case, d, next) = steps::next_of(law, st, lang).map_err(|e| PageError(e.to_string()))?;
    let is_settled = settled(&d);
    let mut reasons: Vec<Value> = Vec::new();
    for b in d.citizenship.basis.iter().take(3) {
        reasons.push(serde_json::json!({"text": b.summary, "citation": b.citation}));
    }
    let mut verdict = None;
    if let Some(a) = &d.action {
        verdict = Some(t(lang, &format!("verdict-{}", a.verdict), &[]));
        for b in a.bars.iter().take(3) {
            reasons.push(serde_json::json!({
                "text": format!("{} ({})", b.kind.replace('_', " "), t(lang, "label-holds", &[])),
                "citation": b.citation,
            }));
        }
        for b in a.open_bars.iter().take(2) {
            reasons.push(serde_json::json!({
                "text": format!("{} ({})", b.kind.replace('_', " "), t(lang, "label-may-hold", &[])),
                "citation": b.citation,
            }));
        }
    }
    let question = next.as_ref().map(|n| {
        let fields = steps::fields(st, &case, n, lang);
        context! {
            title => t(lang, "web-question", &[("n", &(st.history.len() + 1).to_string())]),
            text => n.missing.question.clone(),
            citation => t(lang, "web-asked-because", &[("citation", n.missing.citation.split("; ").next().unwrap_or(""))]),
            document => t(lang, "web-document", &[("document", &n.missing.document)]),
            fields => minijinja::value::Serde(&fields),
        }
    });
    let end = if question.is_some() {
        None
    } else if is_settled {
        Some(t(lang, "iv-settled", &[]))
    } else {
        Some(t(lang, "iv-nothing-more", &[]))
    };
    let timeline = habeas_report::timeline_svg(&case, &d, report_lang(lang)).ok();
    let (other_code, other_name) = other(lang);
    let error = notes
        .message
        .clone()
        .or_else(|| notes.error.as_deref().map(|k| t(lang, k, &[])));
    let saved_text = st
        .saved
        .as_deref()
        .map(|id| t(lang, "web-saved", &[("id", id)]));
    render(
        "interview.html",
        context! {
            lang => lang.code(),
            other_code,
            other_name,
            state => st.json(),
            line => current_line(&d, lang),
            status => t(lang, &format!("status-{}", d.citizenship.status), &[]),
            since => d.citizenship.since.as_deref().map(|x| t(lang, "label-since", &[("date", x)])),
            verdict,
            reasons => minijinja::value::Serde(&reasons),
            question,
            end,
            can_back => !st.history.is_empty(),
            error,
            values => minijinja::value::Serde(&notes.values),
            save_error => notes.save_error.map(|k| t(lang, &k, &[])),
            saved => st.saved.clone(),
            saved_text,
            timeline,
            notice => habeas_law::NOT_LEGAL_ADVICE,
        },
    )
}

/// The page that reloads a saved case.
pub(crate) fn load(lang: Lang, id: &str, error: Option<&str>) -> Result<String, PageError> {
    let (other_code, other_name) = other(lang);
    render(
        "load.html",
        context! {
            lang => lang.code(),
            other_code,
            other_name,
            id,
            error => error.map(|k| t(lang, k, &[])),
            notice => habeas_law::NOT_LEGAL_ADVICE,
        },
    )
}

/// The memo of a state, as HTML.
pub(crate) fn memo(law: &Law, st: &PageState, lang: Lang) -> Result<String, PageError> {
    let (case, d, _) = steps::next_of(law, st, lang).map_err(|e| PageError(e.to_string()))?;
    habeas_report::memo_html(&d, &case, report_lang(lang)).map_err(|e| PageError(e.to_string()))
}

/// The memo of a state, as PDF.
pub(crate) fn pdf(law: &Law, st: &PageState, lang: Lang) -> Result<Vec<u8>, PageError> {
    let (case, d, _) = steps::next_of(law, st, lang).map_err(|e| PageError(e.to_string()))?;
    habeas_report::memo_pdf(&d, &case, report_lang(lang)).map_err(|e| PageError(e.to_string()))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A plain error page (written by hand: it must not fail).
pub(crate) fn error(lang: Lang, e: &PageError) -> String {
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>habeas</title></head><body><main><h1>habeas</h1><p>{}</p><p><a href=\"/interview?lang={}\">{}</a></p></main></body></html>",
        lang.code(),
        escape(&e.to_string()),
        lang.code(),
        escape(&t(lang, "web-title", &[])),
    )
}

//! Screening one row: the fast pass, and an explaining pass only for rows
//! whose answer is still open.

use habeas_case::Case;
use habeas_lang::Mode;
use habeas_law::{Determination, Law};

use crate::roster::{RosterRow, RowError};

/// The output columns, in order (spec, "Rosters").
/// `notice` (the last, an extension of the spec's list) is filled on every
/// `no_bar_found` row: every output that shows it says it is no finding of
/// lawfulness (spec, "Output"), and a file passed on is read without the
/// notice `habeas screen` prints on the terminal (review of 2026-11-30,
/// eleventh session).
pub const OUTPUT_COLUMNS: [&str; 9] = [
    "id",
    "citizenship_status",
    "citizenship_since",
    "basis",
    "verdict",
    "bars",
    "first_question",
    "error",
    "notice",
];

/// Separator between citations in `basis` (a citation may itself contain
/// `;`, so they are joined with ` | `).
pub const BASIS_SEPARATOR: &str = " | ";

/// One output row. `None` is an empty cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ScreenRow {
    /// The row's identifier.
    pub id: Option<String>,
    /// `citizen`, `national`, `not_citizen` or `undetermined`.
    pub citizenship_status: Option<String>,
    /// The day citizenship (or nationality) began, possibly partial.
    pub citizenship_since: Option<String>,
    /// The citations of the routes that hold, joined by [`BASIS_SEPARATOR`].
    pub basis: Option<String>,
    /// `barred`, `possibly_barred` or `no_bar_found`; empty without an action.
    pub verdict: Option<String>,
    /// The kinds of the bars that hold, joined by `;`.
    pub bars: Option<String>,
    /// The most decisive open question, for rows whose answer is open.
    pub first_question: Option<String>,
    /// Why the row could not be read (then every other column but `id` is
    /// empty).
    pub error: Option<String>,
    /// With `no_bar_found`: not a finding of lawfulness, not legal advice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

impl ScreenRow {
    /// The cells in [`OUTPUT_COLUMNS`] order.
    pub fn cells(&self) -> [Option<&str>; 9] {
        [
            self.id.as_deref(),
            self.citizenship_status.as_deref(),
            self.citizenship_since.as_deref(),
            self.basis.as_deref(),
            self.verdict.as_deref(),
            self.bars.as_deref(),
            self.first_question.as_deref(),
            self.error.as_deref(),
            self.notice.as_deref(),
        ]
    }

    /// A row from cells in [`OUTPUT_COLUMNS`] order (empty is `None`).
    pub fn from_cells(cells: [Option<String>; 9]) -> ScreenRow {
        let [id, s, since, basis, verdict, bars, q, error, notice] =
            cells.map(|c| c.filter(|x| !x.is_empty()));
        ScreenRow {
            id,
            citizenship_status: s,
            citizenship_since: since,
            basis,
            verdict,
            bars,
            first_question: q,
            error,
            notice,
        }
    }

    /// The row for an input that could not be read.
    pub fn failed(id: Option<String>, error: &RowError) -> ScreenRow {
        ScreenRow {
            id,
            error: Some(error.to_string()),
            ..ScreenRow::default()
        }
    }

    /// Whether the answer is open: citizenship undetermined, or the action
    /// only possibly barred.
    pub fn is_open(&self) -> bool {
        self.citizenship_status.as_deref() == Some("undetermined")
            || self.verdict.as_deref() == Some("possibly_barred")
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// The output columns of a determination (without `first_question`).
pub fn row_of(d: &Determination) -> ScreenRow {
    let c = &d.citizenship;
    let basis: Vec<&str> = c.basis.iter().map(|b| b.citation.as_str()).collect();
    let (verdict, bars) = match &d.action {
        Some(a) => (
            Some(a.verdict.to_string()),
            non_empty(
                a.bars
                    .iter()
                    .map(|b| b.kind.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
        ),
        None => (None, None),
    };
    let notice = (verdict.as_deref() == Some("no_bar_found"))
        .then(|| habeas_law::NOT_LEGAL_ADVICE.to_string());
    ScreenRow {
        id: d.case.clone(),
        citizenship_status: Some(c.status.to_string()),
        citizenship_since: c.since.clone(),
        basis: non_empty(basis.join(BASIS_SEPARATOR)),
        verdict,
        bars,
        first_question: None,
        error: None,
        notice,
    }
}

/// The most decisive missing fact of an explained determination:
/// the first of `citizenship.missing`, then of `action.missing` (the order
/// `habeas check` prints them in).
pub fn first_missing(d: &Determination) -> Option<&habeas_law::MissingFact> {
    d.citizenship
        .missing
        .first()
        .or_else(|| d.action.as_ref().and_then(|a| a.missing.first()))
}

/// The result of screening one case: the row, and the missing facts of the
/// explaining pass (for the summary).
#[derive(Clone, Debug, Default)]
pub struct Screened {
    /// The output row.
    pub row: ScreenRow,
    /// Every missing fact path of an open row (empty otherwise), first
    /// question first.
    pub missing: Vec<String>,
}

/// Screens a validated case: [`Mode::Fast`], then [`Mode::Missing`] only
/// when the answer is open, for its questions.
pub fn screen_case(law: &Law, case: &Case) -> Screened {
    let d = law.determine(case, Mode::Fast);
    let mut row = row_of(&d);
    let mut missing = Vec::new();
    if row.is_open() {
        // The missing facts only: the same ranked questions as an
        // explaining determination, with trees of the open nodes alone.
        let e = law.determine(case, Mode::Missing);
        row.first_question = first_missing(&e).map(|m| m.question.clone());
        let all = e
            .citizenship
            .missing
            .iter()
            .chain(e.action.iter().flat_map(|a| a.missing.iter()));
        for m in all {
            if !missing.contains(&m.fact) {
                missing.push(m.fact.clone());
            }
        }
    }
    Screened { row, missing }
}

/// What `habeas check` answers for a case, as an output row: one
/// explaining determination, with the first question of an open answer.
/// The differential tests compare [`screen_case`] with this.
pub fn check_row(law: &Law, case: &Case) -> ScreenRow {
    let d = law.determine(case, Mode::Explain);
    let mut row = row_of(&d);
    if row.is_open() {
        row.first_question = first_missing(&d).map(|m| m.question.clone());
    }
    row
}

/// One input record, before it is read as a case.
#[derive(Clone, Debug)]
pub enum Record {
    /// A line of JSON Lines (a `habeas.case/1`), with its line number.
    Json {
        /// 1-based line number.
        line: usize,
        /// The text.
        text: String,
    },
    /// A roster row.
    Roster(RosterRow),
    /// A row that failed before it could be read (a bad CSV record, a date
    /// that does not match the mapping's format).
    Failed {
        /// The id, if it could be read.
        id: Option<String>,
        /// Why.
        error: RowError,
    },
}

/// Screens one record; a bad record gives a row with `error`.
pub fn screen_record(law: &Law, record: &Record) -> Screened {
    match record {
        Record::Roster(r) => match r.to_case() {
            Ok(case) => screen_case(law, &case),
            Err(e) => Screened {
                row: ScreenRow::failed(r.id().map(str::to_string), &e),
                missing: Vec::new(),
            },
        },
        Record::Json { line, text } => {
            // The CLI's and the server's reader: a key written twice is an
            // error, not the last one read (the same answer as `check`).
            let value: serde_json::Value = match habeas_case::parse_json(text.as_bytes()) {
                Ok(v) => v,
                Err(e) => {
                    let (message, column, id) = match &e {
                        habeas_case::JsonError::Syntax(e) => (
                            format!("line {line}: not valid JSON: {e}"),
                            String::new(),
                            None,
                        ),
                        // The row keeps its id, read leniently (review of the
                        // sixteenth session: the output row had none).
                        habeas_case::JsonError::Duplicate { path, .. } => {
                            let id = serde_json::from_str::<serde_json::Value>(text)
                                .ok()
                                .and_then(|v| v.get("id")?.as_str().map(str::to_string));
                            (format!("line {line}: {e}"), path.clone(), id)
                        }
                    };
                    let err = RowError { column, message };
                    return Screened {
                        row: ScreenRow::failed(id, &err),
                        missing: Vec::new(),
                    };
                }
            };
            let id = value.get("id").and_then(|v| v.as_str()).map(str::to_string);
            match habeas_case::parse_case_value(value) {
                Ok(case) => screen_case(law, &case),
                Err(e) => {
                    let err = RowError {
                        column: e.errors.first().map(|x| x.path.clone()).unwrap_or_default(),
                        message: e
                            .errors
                            .iter()
                            .map(|x| {
                                if x.path.is_empty() {
                                    x.message.clone()
                                } else {
                                    format!("{}: {}", x.path, x.message)
                                }
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                    };
                    Screened {
                        row: ScreenRow::failed(
                            id,
                            &RowError {
                                column: String::new(),
                                ..err
                            },
                        ),
                        missing: Vec::new(),
                    }
                }
            }
        }
        Record::Failed { id, error } => Screened {
            row: ScreenRow::failed(id.clone(), error),
            missing: Vec::new(),
        },
    }
}

impl Record {
    /// The record's id, when it can be read without parsing the case.
    pub fn id(&self) -> Option<String> {
        match self {
            Record::Roster(r) => r.id().map(str::to_string),
            Record::Failed { id, .. } => id.clone(),
            Record::Json { .. } => None,
        }
    }
}

/// [`screen_record`], but an internal error of the engine on one row (a
/// bug) becomes that row's `error` instead of ending a run of millions of
/// rows.
pub fn screen_record_guarded(law: &Law, record: &Record) -> Screened {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| screen_record(law, record))) {
        Ok(s) => s,
        Err(p) => {
            let what = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let error = RowError {
                column: String::new(),
                message: format!("internal error in the engine (please report it): {what}"),
            };
            Screened {
                row: ScreenRow::failed(record.id(), &error),
                missing: Vec::new(),
            }
        }
    }
}

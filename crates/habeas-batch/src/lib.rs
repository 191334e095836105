//! # habeas-batch: screening whole rosters
//!
//! `habeas screen` reads many cases at once (JSON Lines of
//! `habeas.case/1`, `habeas.roster/1` CSV or Parquet, or any table through a
//! [mapping file](mapping)) and writes one row per input row: citizenship
//! status, since, basis, verdict, bars, the first open question, or the
//! error that kept the row from being read (spec, "Rosters").
//!
//! - Each row is screened with [`habeas_lang::Mode::Fast`]; only rows whose
//!   answer is open get a second, explaining pass, for their first
//!   question ([`screen::screen_case`]).
//! - Roster rows become `habeas.case/1` JSON and are validated by
//!   [`habeas_case::parse_case_value`], as `habeas check` validates a file,
//!   so a row gets the same answer through `screen` as through `check`
//!   ([`roster`]).
//! - The input streams through in chunks on every core ([`run`]); memory
//!   does not grow with the roster.
//! - [`columnar::screen_record_batch`] is the Arrow-native entry point for
//!   query engines (`docs/scale.md`).
//!
//! **Architecture invariant:** no legal reasoning here. This crate reads
//! tables and calls [`habeas_law::Law::determine`].

pub mod cli;
pub mod columnar;
pub mod generate;
pub mod mapping;
pub mod roster;
pub mod run;
pub mod screen;

pub use columnar::screen_record_batch;
pub use mapping::{Mapping, MappingError};
pub use roster::{RosterRow, RowError};
pub use run::{Format, Input, MissingCount, Options, RunError, Summary, run};
pub use screen::{OUTPUT_COLUMNS, Record, ScreenRow, check_row, screen_case, screen_record};

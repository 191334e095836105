//! # habeas-interview: ask only what decides the case
//!
//! A terminal interview over the engine's ranked missing facts: it starts
//! from an empty case or a partial case file, asks the question that
//! decides the most (grouped so the common patterns settle in a few
//! steps, see [`plan`]), writes each answer into the case, shows the
//! current answer after every step, and stops when the citizenship
//! question is settled and the action (if any) is not "possibly barred",
//! or when nothing more can be asked. The case it builds is always a valid
//! `habeas.case/1`.
//!
//! Answers may be partial dates, "no" for something that never happened,
//! "don't know" (the question is not asked again), "back" (undo the last
//! answer), "?" (help) and "quit" (save and stop), in English or Spanish.
//!
//! The same interview runs over a terminal prompt that validates answers
//! as they are typed ([`prompt::TermPrompter`], inquire) or over plain
//! lines ([`prompt::LinePrompter`], for scripts and screen readers).
//!
//! **Architecture invariant:** no legal reasoning here. Which facts matter
//! and what follows from them is the law's; this crate only chooses the
//! order of the questions and writes answers into the case format.

pub mod answer;
pub mod cli;
pub mod country_names;
pub mod places;
pub mod plan;
pub mod prompt;
pub mod routes;
pub mod session;

pub use answer::{Check, Control};
pub use plan::{Ask, Next};
pub use prompt::{LinePrompter, Prompter, Reply, TermPrompter};
pub use routes::open_routes;
pub use session::{
    End, Family, Interview, Parent, Summary, apply, check_of, empty_case, family, settled,
};

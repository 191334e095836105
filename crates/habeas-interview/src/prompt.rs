//! How a question reaches a person: a terminal prompt that validates the
//! answer as it is typed (inquire), or plain lines (scripts, screen
//! readers, pipes). The interview talks to both through [`Prompter`].

use std::io::{BufRead, Write};

use habeas_i18n::{Lang, t};
use serde_json::Value;

use crate::answer::{Check, Control, control};

/// What a person answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// A valid answer, as a case value.
    Value(Value),
    /// A control word.
    Control(Control),
}

/// Asks questions and shows text.
pub trait Prompter {
    /// Shows a line of text.
    fn say(&mut self, text: &str) -> std::io::Result<()>;
    /// Asks one question; returns only a valid answer or a control word
    /// (an invalid answer is explained and asked again). The end of the
    /// input counts as "quit".
    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply>;
}

/// Plain lines: prints the question and the form of the answer, reads a
/// line.
pub struct LinePrompter<R, W> {
    input: R,
    output: W,
}

impl<R: BufRead, W: Write> LinePrompter<R, W> {
    /// A prompter over any input and output.
    pub fn new(input: R, output: W) -> Self {
        LinePrompter { input, output }
    }
}

impl<R: BufRead, W: Write> Prompter for LinePrompter<R, W> {
    fn say(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.output, "{text}")
    }

    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply> {
        loop {
            writeln!(self.output, "{question}")?;
            write!(self.output, "  ({}) > ", check.hint(lang))?;
            self.output.flush()?;
            let mut line = String::new();
            if self.input.read_line(&mut line)? == 0 {
                writeln!(self.output)?;
                return Ok(Reply::Control(Control::Quit));
            }
            if let Some(c) = control(&line) {
                return Ok(Reply::Control(c));
            }
            match check.parse(&line, lang) {
                Ok(v) => return Ok(Reply::Value(v)),
                Err(e) => writeln!(self.output, "{}: {e}", t(lang, "iv-error", &[]))?,
            }
        }
    }
}

/// The terminal prompt (inquire): the answer is checked as it is
/// submitted and the prompt stays open with the message until it is valid.
#[derive(Default)]
pub struct TermPrompter;

impl Prompter for TermPrompter {
    fn say(&mut self, text: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout();
        writeln!(out, "{text}")?;
        out.flush()
    }

    fn ask(&mut self, question: &str, check: Check, lang: Lang) -> std::io::Result<Reply> {
        let hint = check.hint(lang);
        let validator = move |input: &str| -> Result<
            inquire::validator::Validation,
            inquire::error::CustomUserError,
        > {
            Ok(match check.validate(input, lang) {
                Ok(()) => inquire::validator::Validation::Valid,
                Err(e) => inquire::validator::Validation::Invalid(e.into()),
            })
        };
        let answer = inquire::Text::new(question)
            .with_help_message(&hint)
            .with_validator(validator)
            .prompt();
        match answer {
            Ok(s) => {
                if let Some(c) = control(&s) {
                    return Ok(Reply::Control(c));
                }
                check
                    .parse(&s, lang)
                    .map(Reply::Value)
                    .map_err(std::io::Error::other)
            }
            Err(
                inquire::InquireError::OperationCanceled
                | inquire::InquireError::OperationInterrupted,
            ) => Ok(Reply::Control(Control::Quit)),
            Err(inquire::InquireError::IO(e)) => Err(e),
            Err(e) => Err(std::io::Error::other(e.to_string())),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    #[test]
    fn line_mode_reasks_until_valid() {
        let input = b"soon\n2001-03\n" as &[u8];
        let mut out = Vec::new();
        let r = LinePrompter::new(input, &mut out)
            .ask("When?", Check::Date, Lang::En)
            .unwrap();
        assert_eq!(r, Reply::Value(Value::String("2001-03".into())));
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches("When?").count(), 2, "{text}");
        assert!(text.contains("YYYY-MM-DD"), "{text}");
    }

    #[test]
    fn end_of_input_quits() {
        let mut out = Vec::new();
        let r = LinePrompter::new(b"" as &[u8], &mut out)
            .ask("When?", Check::Date, Lang::En)
            .unwrap();
        assert_eq!(r, Reply::Control(Control::Quit));
    }
}

//! Diagnostics for rule files: every parse and check error, with its
//! source span, reported all at once.

use std::fmt;
use std::sync::Arc;

use crate::ast::Span;

/// A rule file's name and text, shared by its diagnostics.
#[derive(Debug)]
pub struct SourceFile {
    /// The file's name (a path relative to the law folder).
    pub name: String,
    /// Its text.
    pub text: String,
}

/// One problem found in a rule file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    code: &'static str,
    message: String,
    span: Span,
    label: String,
    help: Option<String>,
    file: Arc<SourceFile>,
}

impl Diagnostic {
    /// A new diagnostic.
    pub fn new(
        file: &Arc<SourceFile>,
        code: &'static str,
        span: Span,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code,
            message: message.into(),
            span,
            label: "here".into(),
            help: None,
            file: Arc::clone(file),
        }
    }
    /// Sets the label under the span.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }
    /// Adds help text: how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// The stable error code, e.g. `habeas::parse::expected`.
    pub fn code(&self) -> &'static str {
        self.code
    }
    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// The help text.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }
    /// Where it is.
    pub fn span(&self) -> Span {
        self.span.clone()
    }
    /// The file name.
    pub fn file_name(&self) -> &str {
        &self.file.name
    }
    /// `file:line:column`.
    pub fn location(&self) -> String {
        let (line, col) = line_col(&self.file.text, self.span.start);
        format!("{}:{}:{}", self.file.name, line, col)
    }
    /// A plain one-line rendering: `file:line:col: error: message (help)`.
    pub fn plain(&self) -> String {
        let mut s = format!(
            "{}: error[{}]: {}",
            self.location(),
            self.code,
            self.message
        );
        if let Some(h) = &self.help {
            s.push_str(&format!("\n  help: {h}"));
        }
        s
    }
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let len = self.span.end.saturating_sub(self.span.start);
        Some(Box::new(std::iter::once(miette::LabeledSpan::new(
            Some(self.label.clone()),
            self.span.start,
            len,
        ))))
    }
}

impl miette::SourceCode for Diagnostic {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self
            .file
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.file.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// Every problem found in a set of rule files. Loading fails with all of
/// them, never only the first.
#[derive(Debug)]
pub struct LawError {
    /// The problems, in file and source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.diagnostics.len();
        write!(f, "the law has {n} error{}", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for LawError {}

impl miette::Diagnostic for LawError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("habeas::law"))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        Some(Box::new(
            self.diagnostics
                .iter()
                .map(|d| d as &dyn miette::Diagnostic),
        ))
    }
}

impl LawError {
    /// One plain line (or two, with help) per diagnostic.
    pub fn plain(&self) -> String {
        self.diagnostics
            .iter()
            .map(Diagnostic::plain)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

//! `habeas report CASE.json -o memo.html|memo.pdf [--lang en|es]`: the
//! command behind the CLI subcommand, as a function (no process, no
//! printing), so that tests and other shells can call it.

use std::path::Path;

use habeas_lang::Mode;
use habeas_law::Law;

use crate::catalog::Lang;

/// What the command produced, for the shell to print (the same shape as
/// the CLI's own `Output`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Exit code: 0 when the memo was written, 2 for bad input, 1 for an
    /// internal error.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

fn fail(code: i32, message: String) -> Report {
    Report {
        code,
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
    }
}

/// The memo's format, from the output file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `.html` or `.htm`.
    Html,
    /// `.pdf`.
    Pdf,
    /// `.svg`: the timeline picture alone.
    Svg,
}

impl Format {
    /// The format for an output path, from its extension.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(Format::Html),
            "pdf" => Some(Format::Pdf),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }
}

/// Renders the memo of a case (given as JSON text) in `format`.
pub fn render_bytes(
    law: &Law,
    case_text: &str,
    format: Format,
    lang: Lang,
) -> Result<Vec<u8>, Report> {
    let case = habeas_case::parse_case(case_text).map_err(|e| fail(2, e.to_string()))?;
    let d = law.determine(&case, Mode::Explain);
    match format {
        Format::Html => crate::memo_html(&d, &case, lang)
            .map(String::into_bytes)
            .map_err(|e| fail(1, e.to_string())),
        Format::Svg => crate::timeline_svg(&case, &d, lang)
            .map(String::into_bytes)
            .map_err(|e| fail(1, e.to_string())),
        Format::Pdf => crate::memo_pdf(&d, &case, lang).map_err(|e| fail(1, e.to_string())),
    }
}

/// `habeas report`: decides the case in `case_text` and writes the memo to
/// `out` (HTML, PDF or the SVG timeline, by the extension) in `lang`.
pub fn report(law: &Law, case_text: &str, out: &Path, lang: &str) -> Report {
    let lang: Lang = match lang.parse() {
        Ok(l) => l,
        Err(e) => return fail(2, format!("{e}; use `en` or `es`")),
    };
    let Some(format) = Format::of_path(out) else {
        return fail(
            2,
            format!(
                "cannot tell the format of `{}`; name the output `*.html`, `*.pdf` or `*.svg`",
                out.display()
            ),
        );
    };
    let bytes = match render_bytes(law, case_text, format, lang) {
        Ok(b) => b,
        Err(r) => return r,
    };
    match std::fs::write(out, bytes) {
        Ok(()) => Report {
            code: 0,
            stdout: format!("wrote {}\n", out.display()),
            stderr: String::new(),
        },
        Err(e) => fail(1, format!("cannot write `{}`: {e}", out.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension() {
        assert_eq!(Format::of_path(Path::new("m.HTML")), Some(Format::Html));
        assert_eq!(
            Format::of_path(Path::new("a/b/memo.pdf")),
            Some(Format::Pdf)
        );
        assert_eq!(Format::of_path(Path::new("t.svg")), Some(Format::Svg));
        assert_eq!(Format::of_path(Path::new("memo.docx")), None);
        assert_eq!(Format::of_path(Path::new("memo")), None);
    }
}

//! The memo, the timeline and the PDF on the shared example cases.
//!
//! - insta snapshots of the HTML memo (the law hash is masked: it changes
//!   with every edit of the law);
//! - everything from the case is escaped;
//! - the SVG is well-formed XML with a title and a description;
//! - the PDF, turned into text (`pdftotext`) and pictures (`pdftoppm`, from
//!   poppler-utils), has its pages and its key text. The pictures are kept
//!   in `target/tmp/memo-artifacts/` for people to look at.

#![allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use habeas_case::Case;
use habeas_lang::Mode;
use habeas_law::{Determination, Law, NOT_LEGAL_ADVICE};
use habeas_report::{Lang, memo_html, memo_pdf, timeline_svg};

fn law() -> &'static Law {
    static LAW: OnceLock<Law> = OnceLock::new();
    LAW.get_or_init(|| Law::embedded().expect("the embedded law loads"))
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../cases")
}

fn case_text(name: &str) -> String {
    std::fs::read_to_string(cases_dir().join(format!("{name}.json"))).expect("the case exists")
}

fn decide_text(text: &str) -> (Case, Determination) {
    let case = habeas_case::parse_case(text).expect("the case is valid");
    let d = law().determine(&case, Mode::Explain);
    (case, d)
}

fn decide(name: &str) -> (Case, Determination) {
    decide_text(&case_text(name))
}

/// Every valid example case.
fn all_cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(cases_dir())
        .expect("cases/ exists")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && !n.ends_with(".expect.json"))
        .map(|n| n.trim_end_matches(".json").to_string())
        .filter(|n| !n.starts_with("invalid"))
        .collect();
    names.sort();
    names
}

fn masked(html: &str, d: &Determination) -> String {
    html.replace(&d.law_hash, "[law-hash]")
}

fn snapshot(name: &str, lang: Lang) -> String {
    let (case, d) = decide(name);
    let html = memo_html(&d, &case, lang).expect("the memo renders");
    masked(&html, &d)
}

#[test]
fn memo_derivation_ina320_en() {
    insta::assert_snapshot!(snapshot("derivation-ina320", Lang::En));
}

#[test]
fn memo_abroad_mother_presence_unknown_en() {
    insta::assert_snapshot!(snapshot("abroad-mother-presence-unknown", Lang::En));
}

#[test]
fn memo_born_in_texas_en() {
    insta::assert_snapshot!(snapshot("born-in-texas", Lang::En));
}

#[test]
fn memo_derivation_ina320_es() {
    insta::assert_snapshot!(snapshot("derivation-ina320", Lang::Es));
}

#[test]
fn the_memo_puts_the_answer_first_and_the_notice_last() {
    let (case, d) = decide("abroad-mother-presence-unknown");
    let html = memo_html(&d, &case, Lang::En).unwrap();
    let at = |s: &str| {
        html.find(s)
            .unwrap_or_else(|| panic!("`{s}` is in the memo"))
    };
    assert!(at("id=\"answer\"") < at("id=\"timeline\""));
    assert!(at("id=\"timeline\"") < at("id=\"bars\""));
    assert!(at("id=\"bars\"") < at("id=\"routes\""));
    assert!(at("id=\"routes\"") < at("id=\"questions\""));
    assert!(at("id=\"questions\"") < at("id=\"review\""));
    assert!(at("id=\"review\"") < at("id=\"versions\""));
    assert!(at("id=\"versions\"") < at("id=\"notice\""));
    assert!(html.contains(NOT_LEGAL_ADVICE));
    assert!(html.contains(&d.law_hash));
    assert!(html.contains(d.engine));
    // Self-contained: no external assets.
    for needle in [
        "<link",
        "<script",
        "src=\"http",
        "href=\"http",
        "@import",
        "url(",
    ] {
        assert!(!html.contains(needle), "the memo must not load `{needle}`");
    }
    // Every open question is there, with the documents that would answer it.
    for m in &d.citizenship.missing {
        assert!(
            html.contains(&format!("<code>{}</code>", m.fact)),
            "{}",
            m.fact
        );
    }
    assert!(html.contains("Documents that would answer it"));
}

#[test]
fn the_english_notice_is_the_laws_notice() {
    assert_eq!(
        habeas_report::catalog::t(Lang::En, "notice.text"),
        NOT_LEGAL_ADVICE
    );
}

#[test]
fn the_spanish_memo_is_in_spanish_and_keeps_the_original_notice() {
    let (case, d) = decide("born-in-texas");
    let html = memo_html(&d, &case, Lang::Es).unwrap();
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("Memorando de determinación"));
    assert!(html.contains("no es asesoría legal"));
    assert!(
        html.contains(NOT_LEGAL_ADVICE),
        "the original notice is kept"
    );
    assert!(!html.contains("Determination memo"));
}

#[test]
fn everything_from_the_case_is_escaped() {
    let mut v: serde_json::Value = serde_json::from_str(&case_text("derivation-ina320")).unwrap();
    let evil = "<script>alert(\"x\")</script> & <b>bold</b>";
    v["people"]["child"]["name"] = evil.into();
    v["people"]["mother"]["name"] = "O'Brien <img src=x onerror=alert(1)>".into();
    v["id"] = "<i>case</i>".into();
    let (case, d) = decide_text(&v.to_string());
    let html = memo_html(&d, &case, Lang::En).unwrap();
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<i>case</i>"));
    assert!(html.contains("&lt;script&gt;"));
    let svg = timeline_svg(&case, &d, Lang::En).unwrap();
    assert!(!svg.contains("<img"));
    assert!(svg.contains("&lt;img"));
    roxmltree::Document::parse(&svg).expect("the SVG stays well-formed");
}

#[test]
fn every_svg_is_well_formed_and_labelled() {
    for name in all_cases() {
        let (case, d) = decide(&name);
        for lang in Lang::ALL {
            let svg = timeline_svg(&case, &d, lang).unwrap();
            let doc = roxmltree::Document::parse(&svg)
                .unwrap_or_else(|e| panic!("{name} ({lang}): the SVG is not well-formed: {e}"));
            let root = doc.root_element();
            assert_eq!(root.tag_name().name(), "svg", "{name}");
            assert_eq!(root.attribute("role"), Some("img"), "{name}");
            for tag in ["title", "desc"] {
                assert!(
                    root.children().any(|c| c.tag_name().name() == tag),
                    "{name}: the SVG has a <{tag}>"
                );
            }
            // The memo embeds the same picture.
            let html = memo_html(&d, &case, lang).unwrap();
            assert!(html.contains(&svg), "{name}: the memo embeds the SVG");
        }
    }
}

#[test]
fn the_timeline_marks_the_deciding_date() {
    // Derivation under INA 320: the answer turns on the day the last
    // condition was met, the mother's naturalization.
    let (case, d) = decide("derivation-ina320");
    let tl = habeas_report::timeline::Timeline::of(&case, &d, Lang::En);
    let deciding: Vec<_> = tl.lines.iter().filter(|l| l.deciding).collect();
    assert_eq!(deciding.len(), 1, "{:?}", tl.lines);
    assert_eq!(
        Some(deciding[0].date.as_str()),
        d.citizenship.since.as_deref()
    );
    assert!(
        tl.lines.iter().any(|l| l.date == "2001-02-27"),
        "the Child Citizenship Act line"
    );
    assert_eq!(tl.lanes.len(), 3, "the person and both parents");
    let svg = timeline_svg(&case, &d, Lang::En).unwrap();
    assert!(svg.contains("#b00020"), "the deciding line is highlighted");
}

#[test]
fn a_boundary_date_of_an_open_question_is_drawn_and_highlighted() {
    for name in all_cases() {
        let (case, d) = decide(&name);
        let first = d
            .citizenship
            .missing
            .iter()
            .chain(d.action.iter().flat_map(|a| &a.missing))
            .find_map(|m| m.boundary.clone());
        let Some(b) = first else { continue };
        let tl = habeas_report::timeline::Timeline::of(&case, &d, Lang::En);
        let line = tl.lines.iter().find(|l| l.date == b);
        assert!(
            line.is_some_and(|l| l.deciding),
            "{name}: {b} is the deciding line"
        );
    }
}

fn tool(name: &str) -> PathBuf {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"] {
        let p = Path::new(dir).join(name);
        if p.exists() {
            return p;
        }
    }
    panic!("`{name}` is missing: install poppler-utils (apt-get install -y poppler-utils)");
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("memo-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes the PDF, converts it to text and pictures; returns the text and
/// the number of pictures (pages).
fn pdf_to_text_and_pages(stem: &str, bytes: &[u8]) -> (String, usize) {
    let dir = artifacts();
    let pdf = dir.join(format!("{stem}.pdf"));
    std::fs::write(&pdf, bytes).unwrap();
    for old in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
        let n = old.file_name().to_string_lossy().to_string();
        if n.starts_with(&format!("{stem}-")) && n.ends_with(".png") {
            std::fs::remove_file(old.path()).unwrap();
        }
    }
    let out = Command::new(tool("pdftoppm"))
        .args(["-r", "60", "-png"])
        .arg(&pdf)
        .arg(dir.join(stem))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftoppm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            let n = e.file_name().to_string_lossy().to_string();
            n.starts_with(&format!("{stem}-")) && n.ends_with(".png")
        })
        .count();
    let out = Command::new(tool("pdftotext"))
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (String::from_utf8_lossy(&out.stdout).to_string(), pages)
}

/// The text with runs of white space made single spaces (pdftotext keeps
/// the layout's line breaks).
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_has_its_pages_and_its_text() {
    let (case, d) = decide("abroad-mother-presence-unknown");
    let bytes = memo_pdf(&d, &case, Lang::En).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let (text, pages) = pdf_to_text_and_pages("abroad-mother-presence-unknown-en", &bytes);
    let text = flat(&text);
    // Every page says which page it is, out of how many: the count agrees
    // with the pictures poppler made.
    assert!(
        pages >= 2,
        "a memo with open questions runs over a page ({pages})"
    );
    assert!(text.contains(&format!("Page 1 of {pages}")), "{text}");
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    for key in [
        "Determination memo",
        "abroad-mother-presence-unknown",
        "Undetermined: some route to citizenship is still open",
        "Barred",
        "possible_citizen",
        "Open questions",
        "Documents that would answer it",
        "For a lawyer to review",
        "Law and engine",
        &d.law_hash,
        "it is not legal advice",
    ] {
        assert!(text.contains(key), "the PDF says `{key}`:\n{text}");
    }
    let first_question = &d
        .action
        .as_ref()
        .unwrap()
        .missing
        .first()
        .or(d.citizenship.missing.first())
        .unwrap()
        .fact;
    assert!(text.contains(first_question.as_str()), "{first_question}");
}

#[test]
fn the_spanish_pdf_keeps_its_accents() {
    let (case, d) = decide("derivation-ina320");
    let bytes = memo_pdf(&d, &case, Lang::Es).unwrap();
    let (text, pages) = pdf_to_text_and_pages("derivation-ina320-es", &bytes);
    let text = flat(&text);
    assert!(pages >= 1);
    for key in [
        "Memorando de determinación",
        "Ciudadanía",
        "Página 1 de",
        "no es asesoría legal",
        "Cronología",
    ] {
        assert!(text.contains(key), "the PDF says `{key}`:\n{text}");
    }
}

#[test]
fn every_case_renders_in_every_format_and_language() {
    for name in all_cases() {
        let (case, d) = decide(&name);
        for lang in Lang::ALL {
            let html = memo_html(&d, &case, lang).unwrap();
            assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
            let pdf = memo_pdf(&d, &case, lang).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{name}");
        }
    }
}

#[test]
fn the_report_command_writes_the_memo_by_extension() {
    let dir = artifacts();
    let text = case_text("born-in-texas");
    for (file, magic) in [
        ("cli-memo.html", "<!DOCTYPE html>"),
        ("cli-memo.pdf", "%PDF-"),
        ("cli-timeline.svg", "<svg"),
    ] {
        let out = dir.join(file);
        let r = habeas_report::command::report(law(), &text, &out, "es");
        assert_eq!(r.code, 0, "{}", r.stderr);
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(magic.as_bytes()), "{file}");
    }
    let r = habeas_report::command::report(law(), &text, &dir.join("memo.docx"), "en");
    assert_eq!(r.code, 2);
    insta::assert_snapshot!(r.stderr.replace(&dir.display().to_string(), "[dir]"), @"error: cannot tell the format of `[dir]/memo.docx`; name the output `*.html`, `*.pdf` or `*.svg`");
    let r = habeas_report::command::report(law(), &text, &dir.join("memo.html"), "fr");
    assert_eq!(r.code, 2);
    insta::assert_snapshot!(r.stderr, @"error: unknown language `fr`; use `en` or `es`");
    let r = habeas_report::command::report(
        law(),
        "{\"format\": \"habeas.case/1\"}",
        &dir.join("memo.html"),
        "en",
    );
    assert_eq!(r.code, 2, "an invalid case is rejected");
}

/// Every route the law can give as a basis has words in every catalogue,
/// so a Spanish answer never shows a rule name (review of 2026-11-29).
#[test]
fn every_route_has_catalogue_words() {
    for r in &law().program().rules {
        if r.tags.iter().any(|t| t == "route" || t == "route:national") {
            for lang in [habeas_i18n::Lang::En, habeas_i18n::Lang::Es] {
                let key = format!("route-{}", r.name);
                assert!(habeas_i18n::has(lang, &key), "{key} is missing in {lang:?}");
            }
        }
    }
}

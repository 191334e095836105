//! The law documentation: every internal link resolves, and the pages read
//! as expected (snapshot).

use std::collections::HashSet;
use std::path::PathBuf;

use habeas_law::Law;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_site_has_no_broken_internal_links() {
    let law = Law::embedded().expect("law");
    let out = std::env::temp_dir().join(format!("habeas-lawdoc-{}", std::process::id()));
    let law_dir = root().join("law");
    let written = habeas_lawdoc::write_site(&law, &[law_dir.as_path()], &out).expect("site");
    assert!(written.len() > 10);
    let mut anchors: HashSet<String> = HashSet::new();
    let mut links = Vec::new();
    for page in &written {
        let html = std::fs::read_to_string(out.join(page)).expect("page");
        for part in html.split("id=\"").skip(1) {
            anchors.insert(format!("{page}#{}", part.split('"').next().unwrap_or("")));
        }
        for part in html.split("href=\"").skip(1) {
            let href = part.split('"').next().unwrap_or("").to_string();
            if !href.starts_with("http") {
                links.push((page.clone(), href));
            }
        }
    }
    let mut broken = Vec::new();
    for (page, href) in &links {
        let (file, anchor) = href
            .split_once('#')
            .map_or((href.as_str(), None), |(f, a)| (f, Some(a)));
        if !written.iter().any(|w| w == file) {
            broken.push(format!("{page}: {href}"));
        } else if let Some(a) = anchor
            && !anchors.contains(&format!("{file}#{a}"))
        {
            broken.push(format!("{page}: {href}"));
        }
    }
    assert!(broken.is_empty(), "broken links: {broken:?}");
    // A rule page shows the rule, its linked citation and its tests.
    let status = std::fs::read_to_string(out.join("citizenship-birth.html")).expect("birth page");
    assert!(status.contains("id=\"rule-born_in_united_states\""));
    assert!(status.contains(
        "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1401"
    ));
    assert!(
        status.contains("born-in-texas") || status.contains("b-"),
        "tests listed"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn citations_link_to_the_official_text() {
    insta::assert_snapshot!(
        [
            "INA § 301(g); 8 U.S.C. § 1401(g)",
            "8 U.S.C. § 1401(g)",
            "8 C.F.R. § 101.3(a)(1)",
            "18 U.S.C. §§ 4100(b), 4107",
            "Ng Fung Ho v. White, 259 U.S. 276 (1922)"
        ]
        .iter()
        .map(|c| format!(
            "{c} -> {}",
            habeas_lawdoc::citation_url(c).unwrap_or_else(|| "(no link)".into())
        ))
        .collect::<Vec<_>>()
        .join("\n")
    );
}

#[test]
fn a_rule_page_reads_as_expected() {
    let files = vec![
        ("law.toml".to_string(), "current_as_of = \"2026-01-01\"\n".to_string()),
        (
            "t/example.hb".to_string(),
            "/// Born in the United States.\nrule born_here(p: Person)\n  cite \"INA § 301(a); 8 U.S.C. § 1401(a)\"\n  quote \"All persons born ... in the United States\"\n  tag \"status:citizen\"\n  holds when p.born.country == \"US\" and window_ok(p)\n\n/// The window.\nrule window_ok(p: Person)\n  cite \"Pub. L. 99-653\"\n  versions by p.born.date\n    from 1986-11-14: k = 5\n    from 1952-12-24 to 1986-11-14: k = 10\n    until 1952-12-24: not_encoded \"earlier law\"\n  holds when k > 1\n".to_string(),
        ),
    ];
    let law = Law::from_files(files, "test").expect("law");
    let out = std::env::temp_dir().join(format!("habeas-lawdoc-small-{}", std::process::id()));
    habeas_lawdoc::write_site(&law, &[], &out).expect("site");
    let page = std::fs::read_to_string(out.join("t-example.html")).expect("page");
    // The law's hash changes with the engine's version of the files; hide it.
    let page = page
        .split("<code>")
        .enumerate()
        .map(|(i, p)| {
            if i == 1 {
                format!("[hash]{}", &p[12.min(p.len())..])
            } else {
                p.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("<code>");
    insta::assert_snapshot!(page);
    let _ = std::fs::remove_dir_all(&out);
}

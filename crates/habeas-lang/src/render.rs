//! Plain-text rendering of explanation trees.

use crate::eval::Expl;
use crate::value::Tri;

/// Renders an explanation tree as indented text, one node a line, with the
/// result and the citation on the line of each rule.
pub fn render_tree(root: &Expl) -> String {
    render_tree_depth(root, usize::MAX)
}

/// Like [`render_tree`], down to `max_depth` levels (deeper nodes are
/// summarized as "... N more levels").
pub fn render_tree_depth(root: &Expl, max_depth: usize) -> String {
    let mut out = String::new();
    node(root, 0, max_depth, &mut out);
    out
}

fn result_text(t: Option<Tri>) -> &'static str {
    match t {
        Some(Tri::Yes) => "YES",
        Some(Tri::No) => "NO",
        Some(Tri::Unknown) => "UNKNOWN",
        None => "",
    }
}

fn node(n: &Expl, depth: usize, max_depth: usize, out: &mut String) {
    let pad = "  ".repeat(depth);
    let mut line = match n.kind {
        "rule" => {
            let mut s = format!("{pad}{}", n.node);
            if let Some(sm) = &n.summary {
                s.push_str(&format!(" — {sm}"));
            }
            s
        }
        "all_of" => format!("{pad}all of:"),
        "any_of" => format!("{pad}any of:"),
        "any" | "all" => format!("{pad}{}", n.node),
        "item" => format!("{pad}for {}:", n.node),
        "exception" => format!("{pad}unless {}", n.node),
        _ => format!("{pad}{}", n.node),
    };
    let r = result_text(n.result);
    if !r.is_empty() {
        line.push_str(&format!("  => {r}"));
    }
    out.push_str(&line);
    out.push('\n');
    if let Some(c) = &n.citation {
        out.push_str(&format!("{pad}    [{c}]\n"));
    }
    if let Some(v) = &n.version {
        out.push_str(&format!("{pad}    {v}\n"));
    }
    if let Some(d) = &n.detail {
        out.push_str(&format!("{pad}    ({d})\n"));
    }
    for m in &n.missing {
        match &m.boundary {
            Some(b) => out.push_str(&format!(
                "{pad}    missing: {} (before or after {b}?)\n",
                m.fact
            )),
            None => out.push_str(&format!("{pad}    missing: {}\n", m.fact)),
        }
    }
    if depth + 1 >= max_depth && !n.children.is_empty() {
        out.push_str(&format!(
            "{pad}  ... ({} more node{} below)\n",
            n.children.len(),
            if n.children.len() == 1 { "" } else { "s" }
        ));
        return;
    }
    for c in &n.children {
        node(c, depth + 1, max_depth, out);
    }
}

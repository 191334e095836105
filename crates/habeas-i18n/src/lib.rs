//! # habeas-i18n: message catalogues
//!
//! Every question, answer label, status, bar and notice habeas shows to a
//! person, in English and Spanish, as Project Fluent files
//! (`locales/en.ftl`, `locales/es.ftl`). The CLI, the interview, the
//! reports and the web page all read the same catalogues.
//!
//! A message missing from a language falls back to English; a test fails
//! if the two catalogues do not have the same keys.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language habeas speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Parses `en`, `es`, `es-MX`, `es_US.UTF-8`, ... (anything else is English).
    pub fn parse(s: &str) -> Lang {
        if s.to_ascii_lowercase().starts_with("es") {
            Lang::Es
        } else {
            Lang::En
        }
    }
    /// From the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn from_env() -> Lang {
        for v in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(x) = std::env::var(v)
                && !x.is_empty()
            {
                return Lang::parse(&x);
            }
        }
        Lang::En
    }
    /// The language code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// The English catalogue's source.
pub const EN: &str = include_str!("../locales/en.ftl");
/// The Spanish catalogue's source.
pub const ES: &str = include_str!("../locales/es.ftl");

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN_B: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static ES_B: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, src, id) = match lang {
        Lang::En => (&EN_B, EN, "en"),
        Lang::Es => (&ES_B, ES, "es"),
    };
    cell.get_or_init(|| {
        let langid: unic_langid::LanguageIdentifier = id.parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![langid]);
        b.set_use_isolating(false);
        // INVARIANT: the catalogues are checked by the tests below; a
        // resource with errors still yields every message that parsed.
        let res = match FluentResource::try_new(src.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = b.add_resource(res);
        b
    })
}

/// A message with arguments. Falls back to English, then to the key.
pub fn t(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        // A count (`n`) is passed as a number, so that a message can choose
        // its plural form (`[one]`, `*[other]`).
        match v.parse::<i64>() {
            Ok(n) if *k == "n" => fa.set(*k, FluentValue::from(n)),
            _ => fa.set(*k, FluentValue::from(*v)),
        }
    }
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(p) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = vec![];
            let text = b.format_pattern(p, Some(&fa), &mut errors).into_owned();
            return if l == Lang::Es {
                contract_es(&text)
            } else {
                text
            };
        }
    }
    key.to_string()
}

/// Spanish contracts "de el" and "a el" (the article, never the pronoun
/// "él") to "del" and "al": a message that puts a role ("el padre") after
/// "de" or "a" would otherwise read "la madre de el padre".
fn contract_es(text: &str) -> String {
    if !text.contains(" el ") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut words = text.split(' ').peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        if !first {
            out.push(' ');
        }
        first = false;
        let contracted = match (w, words.peek()) {
            ("de", Some(&"el")) => "del",
            ("De", Some(&"el")) => "Del",
            ("a", Some(&"el")) => "al",
            ("A", Some(&"el")) => "Al",
            _ => {
                out.push_str(w);
                continue;
            }
        };
        out.push_str(contracted);
        words.next();
    }
    out
}

/// Whether a message exists.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// The keys of a catalogue source, in order.
pub fn keys(src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
        .filter_map(|l| l.split(" = ").next().map(|k| k.trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_have_the_same_keys() {
        let (en, es) = (keys(EN), keys(ES));
        let only_en: Vec<_> = en.iter().filter(|k| !es.contains(k)).collect();
        let only_es: Vec<_> = es.iter().filter(|k| !en.contains(k)).collect();
        assert!(
            only_en.is_empty() && only_es.is_empty(),
            "only in en.ftl: {only_en:?}; only in es.ftl: {only_es:?}"
        );
    }

    #[test]
    fn catalogues_parse_without_errors() {
        for src in [EN, ES] {
            assert!(FluentResource::try_new(src.to_string()).is_ok());
        }
        for k in keys(EN) {
            assert!(has(Lang::En, &k) && has(Lang::Es, &k), "{k}");
        }
    }

    #[test]
    fn spanish_contracts_de_el_and_a_el() {
        assert_eq!(
            contract_es("la madre de el padre, bajo la custodia de el padre, a el padre"),
            "la madre del padre, bajo la custodia del padre, al padre"
        );
        // "él" (the pronoun) and "el" inside a word stay as they are.
        assert_eq!(
            contract_es("de él y a él; de elegir"),
            "de él y a él; de elegir"
        );
        assert_eq!(contract_es("De el padre"), "Del padre");
        // Spaces are kept as written.
        assert_eq!(
            contract_es(" de el padre,  a el padre"),
            " del padre,  al padre"
        );
    }

    #[test]
    fn arguments_and_fallback() {
        assert_eq!(
            t(Lang::En, "label-since", &[("date", "2001-02-27")]),
            "since 2001-02-27"
        );
        assert_eq!(
            t(Lang::Es, "label-since", &[("date", "2001-02-27")]),
            "desde 2001-02-27"
        );
        assert_eq!(t(Lang::Es, "no-such-key", &[]), "no-such-key");
        assert_eq!(Lang::parse("es_US.UTF-8"), Lang::Es);
        assert_eq!(Lang::parse("C"), Lang::En);
    }
}

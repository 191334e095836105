//! Answers as typed: the control words ("don't know", "back", "?",
//! "quit"), and the checks that turn a typed answer into a case value
//! (partial dates, "no", periods, yes/no, country codes, circuits).
//!
//! Every check is pure, so the same function validates an answer while it
//! is typed (the terminal prompt) and when a line is read (line mode).

use habeas_case::PDate;
use habeas_case::prim::ISO_3166_ALPHA2;
use habeas_i18n::{Lang, t};
use serde_json::{Value, json};

/// A word that steers the interview instead of answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// "don't know" / "no sé": skip this question and never ask it again.
    DontKnow,
    /// "back" / "atrás": undo the previous answer.
    Back,
    /// "?" / "help" / "ayuda": explain the question.
    Help,
    /// "quit" / "salir": save and stop.
    Quit,
}

fn norm(input: &str) -> String {
    input
        .trim()
        .to_lowercase()
        .replace(['\u{2019}', '`'], "'")
        .trim_end_matches(['.', '!'])
        .to_string()
}

/// The control word an answer is, in either language.
pub fn control(input: &str) -> Option<Control> {
    match norm(input).as_str() {
        "don't know" | "dont know" | "do not know" | "i don't know" | "i dont know" | "idk"
        | "dk" | "no sé" | "no se" | "nose" | "no lo sé" | "no lo se" => Some(Control::DontKnow),
        "back" | "atrás" | "atras" | "volver" => Some(Control::Back),
        "?" | "help" | "ayuda" => Some(Control::Help),
        "quit" | "exit" | "salir" => Some(Control::Quit),
        _ => None,
    }
}

fn is_yes(s: &str) -> bool {
    matches!(s, "yes" | "y" | "sí" | "si" | "s")
}

fn is_no(s: &str) -> bool {
    matches!(s, "no" | "n" | "never" | "nunca" | "false")
}

fn is_none(s: &str) -> bool {
    matches!(
        s,
        "none" | "no" | "n" | "never" | "ninguno" | "ninguna" | "nunca"
    )
}

/// What kind of answer a prompt takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// A partial date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    Date,
    /// A partial date, or "no" (never happened → `false`).
    DateOrNever,
    /// Periods `FROM..TO; FROM..TO` (empty `TO`: ongoing), or "none" (`[]`).
    Periods,
    /// yes or no.
    YesNo,
    /// A two-letter country code.
    Country,
    /// Country codes separated by commas or spaces, or "none".
    Countries,
    /// A federal circuit: `1st` .. `11th` or `DC`.
    Circuit,
    /// `female` or `male`.
    Sex,
    /// Protections `KIND:COUNTRY; ...`, or "none".
    Protections,
    /// "no" only (the list is known to be empty); anything else is a
    /// detail this interview cannot record.
    NoneOnly,
    /// A removal authority (`ina240`, `expedited_235b1`, ...).
    Authority,
}

/// The circuits as written in a case.
pub const CIRCUITS: &[&str] = &[
    "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "DC",
];

/// The protection kinds of the case format.
pub const PROTECTION_KINDS: &[&str] = &[
    "withholding_241b3",
    "cat_withholding",
    "cat_deferral",
    "asylum",
    "tps",
    "deferred_action",
    "parole",
    "u_visa",
    "t_visa",
    "sijs",
];

/// The removal authorities of the case format.
pub const AUTHORITIES: &[&str] = &[
    "ina240",
    "expedited_235b1",
    "reinstatement_241a5",
    "administrative_238b",
    "stipulated",
    "voluntary_departure",
    "alien_enemies_act",
];

/// Parses a partial date (the case format's own check).
pub fn date(s: &str, lang: Lang) -> Result<String, String> {
    date_with(s, lang, "iv-invalid-date-only")
}

fn date_with(s: &str, lang: Lang, help: &str) -> Result<String, String> {
    let s = s.trim();
    PDate::parse(s)
        .map(|_| s.to_string())
        .map_err(|e| format!("{e}. {}", t(lang, help, &[])))
}

/// Parses a country code (capitals or not).
pub fn country(s: &str, lang: Lang) -> Result<String, String> {
    let c = s.trim().to_ascii_uppercase();
    if ISO_3166_ALPHA2.binary_search(&c.as_str()).is_ok() {
        Ok(c)
    } else {
        Err(t(lang, "iv-invalid-country", &[]))
    }
}

fn periods(s: &str, lang: Lang) -> Result<Value, String> {
    let bad = || t(lang, "iv-invalid-periods", &[]);
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (from, to) = part.split_once("..").ok_or_else(bad)?;
        let from = from.trim();
        let to = to.trim();
        let f = PDate::parse(from).map_err(|e| format!("{e}. {}", bad()))?;
        let to = if to.is_empty() {
            Value::Null
        } else {
            let d = PDate::parse(to).map_err(|e| format!("{e}. {}", bad()))?;
            if d.bounds().1 < f.bounds().0 {
                return Err(format!("`{part}` ends before it starts. {}", bad()));
            }
            json!(to)
        };
        out.push(json!({"from": from, "to": to}));
    }
    if out.is_empty() {
        return Err(bad());
    }
    Ok(Value::Array(out))
}

impl Check {
    /// Turns a typed answer into the case value it stands for, or says in
    /// `lang` what is wrong and what is expected. Control words are not
    /// answers (see [`control`]).
    pub fn parse(self, input: &str, lang: Lang) -> Result<Value, String> {
        let n = norm(input);
        match self {
            Check::Date => date(input, lang).map(Value::String),
            Check::DateOrNever if is_no(&n) => Ok(Value::Bool(false)),
            Check::DateOrNever => date_with(input, lang, "iv-invalid-date").map(Value::String),
            Check::Periods if is_none(&n) => Ok(json!([])),
            Check::Periods => periods(input, lang),
            Check::YesNo if is_yes(&n) => Ok(Value::Bool(true)),
            Check::YesNo if is_no(&n) => Ok(Value::Bool(false)),
            Check::YesNo => Err(t(lang, "iv-invalid-yes-no", &[])),
            Check::Country => country(input, lang).map(Value::String),
            Check::Countries if is_none(&n) => Ok(json!([])),
            Check::Countries => {
                let list: Result<Vec<String>, String> = input
                    .split([',', ' ', ';'])
                    .filter(|x| !x.trim().is_empty())
                    .map(|x| country(x, lang))
                    .collect();
                match list {
                    Ok(l) if !l.is_empty() => Ok(json!(l)),
                    Ok(_) => Err(t(lang, "iv-invalid-country", &[])),
                    Err(e) => Err(e),
                }
            }
            Check::Circuit => {
                let c = n.to_ascii_uppercase();
                let found = CIRCUITS.iter().find(|x| {
                    x.eq_ignore_ascii_case(&c) || x.trim_end_matches(char::is_alphabetic) == c
                });
                found
                    .map(|x| Value::String((*x).to_string()))
                    .ok_or_else(|| t(lang, "iv-invalid-circuit", &[]))
            }
            Check::Sex => match n.as_str() {
                "female" | "f" | "woman" | "mujer" | "femenino" => Ok(json!("female")),
                "male" | "m" | "man" | "hombre" | "masculino" => Ok(json!("male")),
                _ => Err(t(lang, "iv-invalid-sex", &[])),
            },
            Check::Protections if is_none(&n) => Ok(json!([])),
            Check::Protections => {
                let bad = || t(lang, "iv-invalid-protections", &[]);
                let mut out = Vec::new();
                for part in n.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                    let (kind, c) = part.split_once(':').ok_or_else(bad)?;
                    let kind = kind.trim();
                    if !PROTECTION_KINDS.contains(&kind) {
                        return Err(bad());
                    }
                    out.push(json!({"kind": kind, "country": country(c, lang)?}));
                }
                if out.is_empty() {
                    return Err(bad());
                }
                Ok(Value::Array(out))
            }
            Check::NoneOnly if is_none(&n) => Ok(json!([])),
            Check::NoneOnly => Err(t(lang, "iv-invalid-none-only", &[])),
            Check::Authority => AUTHORITIES
                .iter()
                .find(|a| **a == n)
                .map(|a| json!(a))
                .ok_or_else(|| t(lang, "iv-invalid-authority", &[])),
        }
    }

    /// Validates an answer as it is typed: control words are always
    /// accepted; anything else must parse.
    pub fn validate(self, input: &str, lang: Lang) -> Result<(), String> {
        if control(input).is_some() {
            return Ok(());
        }
        self.parse(input, lang).map(|_| ())
    }

    /// The hint shown under the prompt: the form of the answer.
    pub fn hint(self, lang: Lang) -> String {
        let key = match self {
            Check::Date => "iv-hint-date",
            Check::DateOrNever => "iv-hint-date-or-never",
            Check::Periods => "iv-hint-periods",
            Check::YesNo => "iv-hint-yes-no",
            Check::Country => "iv-hint-country",
            Check::Countries => "iv-hint-countries",
            Check::Circuit => "iv-hint-circuit",
            Check::Sex => "iv-hint-sex",
            Check::Protections => "iv-hint-protections",
            Check::NoneOnly => "iv-hint-none-only",
            Check::Authority => "iv-hint-authority",
        };
        t(lang, key, &[])
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    #[test]
    fn control_words_in_both_languages() {
        assert_eq!(control("Don't know"), Some(Control::DontKnow));
        assert_eq!(control("don’t know"), Some(Control::DontKnow));
        assert_eq!(control("No sé"), Some(Control::DontKnow));
        assert_eq!(control("atrás"), Some(Control::Back));
        assert_eq!(control("?"), Some(Control::Help));
        assert_eq!(control("salir"), Some(Control::Quit));
        assert_eq!(control("no"), None);
    }

    #[test]
    fn dates_may_be_partial_and_never() {
        let l = Lang::En;
        assert_eq!(Check::Date.parse("2001-03", l), Ok(json!("2001-03")));
        assert_eq!(Check::DateOrNever.parse("No", l), Ok(json!(false)));
        assert_eq!(Check::DateOrNever.parse("nunca", l), Ok(json!(false)));
        let e = Check::Date.parse("2023-02-29", l).unwrap_err();
        assert!(e.contains("YYYY-MM-DD"), "{e}");
        assert!(Check::Date.parse("soon", l).is_err());
        assert!(Check::Date.validate("don't know", l).is_ok());
    }

    #[test]
    fn periods_lists_and_none() {
        let l = Lang::En;
        assert_eq!(
            Check::Periods.parse("1999-05-01..; 1990..1995-06", l),
            Ok(json!([{"from": "1999-05-01", "to": null}, {"from": "1990", "to": "1995-06"}]))
        );
        assert_eq!(Check::Periods.parse("none", l), Ok(json!([])));
        assert!(Check::Periods.parse("2000..1990", l).is_err());
        assert!(Check::Periods.parse("1990", l).is_err());
    }

    #[test]
    fn yes_no_countries_circuits() {
        let l = Lang::Es;
        assert_eq!(Check::YesNo.parse("Sí", l), Ok(json!(true)));
        assert_eq!(Check::YesNo.parse("no", l), Ok(json!(false)));
        assert!(Check::YesNo.parse("tal vez", l).is_err());
        assert_eq!(Check::Country.parse("ph", l), Ok(json!("PH")));
        assert!(Check::Country.parse("XX", l).is_err());
        assert_eq!(Check::Countries.parse("sv, mx", l), Ok(json!(["SV", "MX"])));
        assert_eq!(Check::Circuit.parse("9", l), Ok(json!("9th")));
        assert_eq!(Check::Circuit.parse("dc", l), Ok(json!("DC")));
        assert_eq!(
            Check::Protections.parse("withholding_241b3:SV", l),
            Ok(json!([{"kind": "withholding_241b3", "country": "SV"}]))
        );
    }
}

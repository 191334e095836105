//! Answers as typed: the control words ("don't know", "back", "?",
//! "quit"), and the checks that turn a typed answer into a case value
//! (partial dates, "no", periods, yes/no, country codes, circuits).
//!
//! People answer as they speak: "3 de marzo de 1995", "March 3, 1995",
//! "15/03/1995", "México", "Estados Unidos". Those are read too (a date
//! whose day and month could be swapped, "03/04/1995", is refused with both
//! readings; a name that could be two places, "Samoa", with both codes),
//! and always written into the case in the case format's own form.
//!
//! Every check is pure, so the same function validates an answer while it
//! is typed (the terminal prompt) and when a line is read (line mode).

use habeas_case::PDate;
use habeas_case::prim::ISO_3166_ALPHA2;
use habeas_i18n::{Lang, t};
use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

use crate::country_names::{AMBIGUOUS, DISPLAY, NAMES};
use crate::places;

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
        | "dk" | "not sure" | "i'm not sure" | "im not sure" | "unsure" | "unknown" | "no idea"
        | "no sé" | "no se" | "nose" | "no lo sé" | "no lo se" | "no sabe" | "no sabemos"
        | "no estoy seguro" | "no estoy segura" | "desconocido" | "desconocida" | "ni idea"
        | "no recuerdo" | "no me acuerdo" | "no lo recuerdo" | "i don't remember"
        | "i dont remember" | "don't remember" | "dont remember" | "dunno" | "no clue" => {
            Some(Control::DontKnow)
        }
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
    /// A country: its two-letter code, or its name (English or Spanish).
    Country,
    /// Countries separated by commas (names or codes), or "none".
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
    /// What is proposed: an action kind, or "none" (JSON `null`).
    Action,
    /// A federal district as written (`N.D. Tex.`): any text but empty.
    District,
    /// A U.S. document proving citizenship, by name (the case format's
    /// evidence code), or "none" (JSON `null`).
    Document,
}

/// The documents of citizenship the interview records, with the words
/// people use for them (accents dropped, lower case).
pub const DOCUMENTS: &[(&str, &[&str])] = &[
    (
        "us_passport",
        &[
            "us_passport",
            "us passport",
            "u.s. passport",
            "american passport",
            "passport card",
            "pasaporte estadounidense",
            "pasaporte americano",
            "pasaporte de estados unidos",
            "pasaporte de ee. uu.",
            "pasaporte de ee.uu.",
            "pasaporte de eeuu",
            "pasaporte de usa",
        ],
    ),
    (
        "naturalization_certificate",
        &[
            "naturalization_certificate",
            "naturalization certificate",
            "certificate of naturalization",
            "n-550",
            "n-570",
            "certificado de naturalizacion",
        ],
    ),
    (
        "citizenship_certificate",
        &[
            "citizenship_certificate",
            "certificate of citizenship",
            "citizenship certificate",
            "n-560",
            "n-561",
            "certificado de ciudadania",
        ],
    ),
    (
        "consular_report_of_birth_abroad",
        &[
            "consular_report_of_birth_abroad",
            "consular report of birth abroad",
            "consular report",
            "crba",
            "fs-240",
            "fs240",
            "informe consular de nacimiento en el extranjero",
            "informe consular",
            "reporte consular",
        ],
    ),
    (
        "us_birth_certificate",
        &[
            "us_birth_certificate",
            "us birth certificate",
            "u.s. birth certificate",
            "american birth certificate",
            "birth certificate from a u.s. state",
            "birth certificate from a state",
            "acta de nacimiento de estados unidos",
            "acta de nacimiento de ee. uu.",
            "acta de nacimiento de ee.uu.",
            "acta de nacimiento de eeuu",
            "acta de nacimiento estadounidense",
            "acta de nacimiento americana",
            "certificado de nacimiento de estados unidos",
            "certificado de nacimiento estadounidense",
        ],
    ),
];

fn document(n: &str, lang: Lang) -> Result<Value, String> {
    let k = fold(n);
    let k = k.trim().trim_end_matches('.');
    if is_none(k) || matches!(k, "no tiene" | "none of them" | "ninguno de ellos" | "nada") {
        return Ok(Value::Null);
    }
    if let Some((code, _)) = DOCUMENTS
        .iter()
        .find(|(_, words)| words.iter().any(|w| fold(w).trim_end_matches('.') == k))
    {
        return Ok(json!(code));
    }
    // "a birth certificate" may be a foreign one, which proves nothing
    // about U.S. citizenship; "yes" does not say which document.
    let key = if k.contains("birth certificate")
        || k.contains("acta de nacimiento")
        || k.contains("partida de nacimiento")
        || k.contains("certificado de nacimiento")
    {
        "iv-document-which-birth-certificate"
    } else {
        "iv-invalid-document"
    };
    Err(t(lang, key, &[]))
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
    parse_date(s, lang).map_err(|e| format!("{e}. {}", t(lang, help, &[])))
}

/// A date as the case format writes it (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`),
/// from that form or from the forms people type (see the module docs).
fn parse_date(s: &str, lang: Lang) -> Result<String, String> {
    let s = s.trim();
    match PDate::parse(s) {
        Ok(_) => Ok(s.to_string()),
        Err(e) => match spoken_date(s, lang) {
            Some(Ok(iso)) => PDate::parse(&iso)
                .map(|_| iso.clone())
                .map_err(|e| date_error(&iso, e, lang)),
            Some(Err(why)) => Err(why),
            None => Err(date_error(s, e, lang)),
        },
    }
}

/// The reason a typed date is not one, in the interview's language: the
/// case format's own message in English; in Spanish, the same reasons
/// (review of the sixteenth session: a Spanish interview answered
/// "`1990-02-30` is not a date: February 1990 has 28 days").
fn date_error(s: &str, english: String, lang: Lang) -> String {
    if lang == Lang::En {
        return english;
    }
    let s = s.trim();
    let nums: Vec<Option<i64>> = s
        .split('-')
        .map(|p| {
            (!p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let why = match nums.as_slice() {
        [Some(_), Some(m), ..] if !(1..=12).contains(m) => format!("no existe el mes {m}"),
        [Some(y), Some(m), Some(d)] => {
            // The calendar's last day of that month (the case format's own
            // check of each candidate day).
            let last = (28..=31)
                .rev()
                .find(|d| PDate::parse(&format!("{y:04}-{m:02}-{d:02}")).is_ok());
            match last {
                // As the case format says in English (sixteenth session).
                _ if *d == 0 => "no existe el día 00 (los días empiezan en 01)".to_string(),
                Some(last) if *d > last => {
                    format!("{} de {y} tiene {last} días", MONTHS_ES[(*m - 1) as usize])
                }
                _ => "no es una fecha del calendario".to_string(),
            }
        }
        _ if s.is_empty() => "la respuesta está vacía".to_string(),
        _ => "no se entiende como fecha (el año con cuatro cifras, luego el mes y el día)"
            .to_string(),
    };
    format!("«{s}» no es una fecha: {why}")
}

/// Spanish month names, for messages.
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Month names and abbreviations, English and Spanish (accents dropped).
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("ene", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mayo", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dic", 12),
];

/// Words that join the parts of a spoken date.
const DATE_FILLERS: &[&str] = &["de", "del", "of", "the", "el", "on", "en", "in"];

#[derive(Clone, Copy)]
enum Part {
    Month(u8),
    /// A number and how many digits it was written with.
    Num(u32, usize),
}

/// Reads "3 de marzo de 1995", "March 3, 1995", "marzo de 1995",
/// "15/03/1995", "03/1995" as an ISO date. `None`: not a date in any of
/// these forms; `Some(Err)`: a date that cannot be read safely (the day and
/// the month could be swapped; a two-digit year), said in `lang`.
fn spoken_date(s: &str, lang: Lang) -> Option<Result<String, String>> {
    let folded = fold(s);
    let mut parts = Vec::new();
    for w in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if DATE_FILLERS.contains(&w) {
            continue;
        }
        if let Some((_, m)) = MONTHS.iter().find(|(n, _)| *n == w) {
            parts.push(Part::Month(*m));
            continue;
        }
        if matches!(w, "primero" | "first") {
            parts.push(Part::Num(1, 1));
            continue;
        }
        // "3rd", "1st", "1o" (from "1º"), "1ro": the number.
        let digits = w.chars().take_while(char::is_ascii_digit).count();
        let rest = &w[digits..];
        if digits == 0
            || ![
                "", "st", "nd", "rd", "th", "o", "º", "ª", "ro", "do", "er", "ero",
            ]
            .contains(&rest)
        {
            return None;
        }
        parts.push(Part::Num(w[..digits].parse().ok()?, digits));
    }
    let two_digit_year = || Err(t(lang, "iv-date-two-digit-year", &[("input", s.trim())]));
    let ymd = |y: u32, m: u32, d: Option<u32>| match d {
        Some(d) => Ok(format!("{y:04}-{m:02}-{d:02}")),
        None => Ok(format!("{y:04}-{m:02}")),
    };
    Some(match parts.as_slice() {
        [Part::Num(d, 1 | 2), Part::Month(m), Part::Num(y, 4)]
        | [Part::Month(m), Part::Num(d, 1 | 2), Part::Num(y, 4)] => ymd(*y, (*m).into(), Some(*d)),
        [Part::Month(m), Part::Num(y, 4)] | [Part::Num(y, 4), Part::Month(m)] => {
            ymd(*y, (*m).into(), None)
        }
        [Part::Num(y, 4), Part::Num(m, 1 | 2), Part::Num(d, 1 | 2)] => ymd(*y, *m, Some(*d)),
        [Part::Num(m, 1 | 2), Part::Num(y, 4)] => ymd(*y, *m, None),
        // "en 1995", "in 1995"
        [Part::Num(y, 4)] => Ok(format!("{y:04}")),
        [Part::Num(a, 1 | 2), Part::Num(b, 1 | 2), Part::Num(y, 4)] => {
            let (a, b, y) = (*a, *b, *y);
            if a == b || (a > 12 && b <= 12) {
                ymd(y, b, Some(a))
            } else if b > 12 && a <= 12 {
                ymd(y, a, Some(b))
            } else if a <= 12 && b <= 12 {
                Err(t(
                    lang,
                    "iv-date-ambiguous",
                    &[
                        ("input", s.trim()),
                        ("one", &format!("{y:04}-{b:02}-{a:02}")),
                        ("two", &format!("{y:04}-{a:02}-{b:02}")),
                    ],
                ))
            } else {
                return None;
            }
        }
        [.., Part::Num(_, 2)] => two_digit_year(),
        _ => return None,
    })
}

/// Accents dropped, lower case: "Marzo" and "marzo", "México" and
/// "mexico" read alike.
fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}

/// The key a country's name is looked up by in
/// [`crate::country_names`]: accents dropped, lower case, dots removed
/// ("EE.UU."), words separated by one space, a leading "the" dropped. The
/// generator (`scripts/gen-country-names.py`) writes the names the same way.
pub fn country_key(s: &str) -> String {
    let folded = fold(s).replace('.', "");
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.first() == Some(&"the") {
        words.remove(0);
    }
    words.join(" ")
}

/// Parses a country: its two-letter code (capitals or not) or its name in
/// English or Spanish ("México", "United States", "EE. UU."); a State's
/// name or postal code is the United States ("Texas", "TX"); "Houston,
/// Texas" and "USA, Texas" are read part by part. A code that is also a
/// State's postal code ("CA", "GA", "IN") and a name of two places
/// ("Georgia", "Samoa") are refused with both readings.
pub fn country(s: &str, lang: Lang) -> Result<String, String> {
    match one_country(s, lang) {
        Err(e) if s.contains(',') => {
            let mut found: Vec<String> = Vec::new();
            for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match one_country(part, lang) {
                    Ok(c) if !found.contains(&c) => found.push(c),
                    Ok(_) => {}
                    // "Guatemala, or maybe El Salvador", "Mexico, but not
                    // sure": a hedge is no place (review of the fifteenth
                    // session: the first country was kept).
                    Err(_) if hedged(part) => return Err(t(lang, "iv-country-hedged", &[])),
                    Err(_) => {}
                }
            }
            match found.as_slice() {
                [one] => Ok(one.clone()),
                _ => Err(e),
            }
        }
        r => r,
    }
}

/// A code with its name in `lang`: "AS (American Samoa)".
fn code_named(code: &str, lang: Lang) -> String {
    let name = DISPLAY
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, en, es)| if lang == Lang::Es { *es } else { *en })
        .unwrap_or(code);
    format!("{code} ({name})")
}

/// Words that make an answer uncertain or name an alternative.
fn hedged(part: &str) -> bool {
    const HEDGES: &[&str] = &[
        "or", "maybe", "perhaps", "possibly", "probably", "not", "sure", "but", "o", "u", "tal",
        "vez", "quizas", "quiza", "puede", "pero", "no", "seguro", "segura",
    ];
    country_key(part).split(' ').any(|w| HEDGES.contains(&w))
}

/// Short answers that are words, not the country codes they spell: "no"
/// (Norway), "na" (Namibia: "n/a"), "ni" (Nicaragua: "neither"), "si"
/// (Slovenia: "yes"), "ok", "hi", "oh", "or" (States' postal codes). Review
/// of the fifteenth session: "no" to "to which country?" was saved as
/// Norway, and a withholding bar for El Salvador was lost.
const WORDS_NOT_CODES: &[&str] = &["NO", "NA", "NI", "SI", "OK", "HI", "OH", "OR", "YA", "YE"];

fn one_country(s: &str, lang: Lang) -> Result<String, String> {
    let c = s.trim().to_ascii_uppercase();
    if WORDS_NOT_CODES.contains(&c.as_str()) {
        return Err(t(lang, "iv-country-word", &[("input", s.trim())]));
    }
    if places::CODES_ALSO_COUNTRIES.contains(&c.as_str()) {
        let state = places::STATES
            .iter()
            .find(|(code, _, _)| *code == c)
            .and_then(|(_, _, names)| names.first())
            .map_or_else(|| c.clone(), |n| capitalized(n));
        return Err(t(
            lang,
            "iv-code-also-state",
            &[
                ("input", s.trim()),
                ("country", &code_named(&c, lang)),
                ("state", &state),
            ],
        ));
    }
    if ISO_3166_ALPHA2.binary_search(&c.as_str()).is_ok() {
        return Ok(c);
    }
    let k = country_key(s);
    if let Ok(i) = NAMES.binary_search_by(|(n, _)| (*n).cmp(k.as_str())) {
        return Ok(NAMES[i].1.to_string());
    }
    if places::state(&k).is_some() {
        return Ok("US".into());
    }
    if let Some((_, codes)) = AMBIGUOUS.iter().find(|(n, _)| *n == k) {
        let named: Vec<String> = codes.iter().map(|c| code_named(c, lang)).collect();
        return Err(t(
            lang,
            "iv-ambiguous-country",
            &[("input", s.trim()), ("codes", &named.join(", "))],
        ));
    }
    Err(t(lang, "iv-invalid-country", &[]))
}

fn capitalized(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Countries separated by commas or semicolons (names or codes), or codes
/// separated by spaces ("SV MX").
fn countries(s: &str, lang: Lang) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for part in s.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        match country(part, lang) {
            Ok(c) => out.push(c),
            Err(e) if part.contains(char::is_whitespace) => {
                let codes: Result<Vec<String>, String> =
                    part.split_whitespace().map(|x| country(x, lang)).collect();
                out.extend(codes.map_err(|_| e)?);
            }
            Err(e) => return Err(e),
        }
    }
    if out.is_empty() {
        return Err(t(lang, "iv-invalid-country", &[]));
    }
    Ok(out)
}

/// What is proposed, in either language: the action's `kind`, or `None`
/// for nothing.
fn action_kind(n: &str) -> Option<Option<&'static str>> {
    let k = fold(n);
    let k = k.trim();
    Some(match k {
        "removal" | "deportation" | "deport" | "deported" | "remove" | "deportacion"
        | "deportar" | "deportado" | "deportada" | "remocion" | "expulsion" => Some("removal"),
        "transfer"
        | "prison transfer"
        | "transfer to a foreign prison"
        | "foreign prison"
        | "traslado"
        | "transferencia"
        | "traslado a una prision extranjera"
        | "prision extranjera" => Some("foreign_custody_transfer"),
        "extradition" | "extradite" | "extradicion" | "extraditar" => Some("extradition"),
        "detention" | "detained" | "detain" | "detencion" | "detenido" | "detenida" => {
            Some("detention")
        }
        "none" | "nothing" | "nothing yet" | "no" | "ninguna" | "ninguno" | "nada"
        | "nada todavia" | "nada aun" => None,
        _ => return None,
    })
}

/// A period as people say it: "1965 to 1988", "1965-1988", "from 1965
/// until 1988", "since 1965", "de 1965 a 1988", "desde marzo de 1990",
/// "1990 to now": the `FROM..TO` form (an empty `TO`: until now).
fn spoken_period(part: &str) -> Option<(String, String)> {
    let mut k = fold(part.trim()).trim().to_string();
    let mut open_start = false;
    let mut between = false;
    for lead in ["from ", "since ", "desde ", "de ", "between ", "entre "] {
        if let Some(rest) = k.strip_prefix(lead) {
            open_start = matches!(lead, "since " | "desde ");
            between = matches!(lead, "between " | "entre ");
            k = rest.trim().to_string();
            break;
        }
    }
    let now = |x: &str| {
        matches!(
            x.trim(),
            "now"
                | "present"
                | "the present"
                | "today"
                | "hoy"
                | "ahora"
                | "el presente"
                | "la fecha"
                | "la actualidad"
                | "presente"
        )
    };
    // "and" / "y" joins the ends of a period only after "between" /
    // "entre": "in 1960 and 1988" is two years, not 28 (review of the
    // fifteenth session).
    let seps: &[&str] = if between {
        &[" and ", " y "]
    } else {
        &[" to ", " until ", " through ", " till ", " hasta ", " a "]
    };
    for sep in seps {
        if let Some((a, b)) = k.split_once(sep) {
            let b = if now(b) {
                String::new()
            } else {
                b.trim().to_string()
            };
            return Some((a.trim().to_string(), b));
        }
    }
    // "1965-1988": two years (never "1965-05", a month).
    if let Some((a, b)) = k.split_once('-')
        && a.trim().len() == 4
        && b.trim().len() == 4
        && a.trim()
            .chars()
            .chain(b.trim().chars())
            .all(|c| c.is_ascii_digit())
    {
        return Some((a.trim().to_string(), b.trim().to_string()));
    }
    open_start.then_some((k, String::new()))
}

fn periods(s: &str, lang: Lang) -> Result<Value, String> {
    let bad = || t(lang, "iv-invalid-periods", &[]);
    let mut out = Vec::new();
    for part in s.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let spoken = if part.contains("..") {
            None
        } else {
            spoken_period(part)
        };
        let (from, to) = match &spoken {
            Some((f, t)) => (f.as_str(), t.as_str()),
            None => part.split_once("..").ok_or_else(bad)?,
        };
        let from = parse_date(from, lang).map_err(|e| format!("{e}. {}", bad()))?;
        let f = PDate::parse(&from)
            .map_err(|e| format!("{}. {}", date_error(&from, e, lang), bad()))?;
        let to = to.trim();
        let to = if to.is_empty() {
            Value::Null
        } else {
            let to = parse_date(to, lang).map_err(|e| format!("{e}. {}", bad()))?;
            let d = PDate::parse(&to)
                .map_err(|e| format!("{}. {}", date_error(&to, e, lang), bad()))?;
            if d.bounds().1 < f.bounds().0 {
                let why = t(lang, "iv-period-reversed", &[("input", part)]);
                return Err(format!("{why}. {}", bad()));
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

/// A federal circuit: "5th", "5", "Fifth Circuit", "quinto circuito",
/// "DC", or the State or territory where the person is held ("Texas").
fn circuit(input: &str) -> Option<&'static str> {
    const ORDINALS: &[(&str, &str)] = &[
        ("first", "1st"),
        ("second", "2nd"),
        ("third", "3rd"),
        ("fourth", "4th"),
        ("fifth", "5th"),
        ("sixth", "6th"),
        ("seventh", "7th"),
        ("eighth", "8th"),
        ("ninth", "9th"),
        ("tenth", "10th"),
        ("eleventh", "11th"),
        ("primer", "1st"),
        ("primero", "1st"),
        ("segundo", "2nd"),
        ("tercer", "3rd"),
        ("tercero", "3rd"),
        ("cuarto", "4th"),
        ("quinto", "5th"),
        ("sexto", "6th"),
        ("septimo", "7th"),
        ("octavo", "8th"),
        ("noveno", "9th"),
        ("decimo", "10th"),
        ("undecimo", "11th"),
        ("decimoprimero", "11th"),
        ("onceavo", "11th"),
    ];
    let k = country_key(input);
    let words: Vec<&str> = k
        .split(' ')
        .filter(|w| {
            ![
                "circuit", "circuito", "cir", "the", "el", "del", "court", "of", "appeals",
            ]
            .contains(w)
        })
        .collect();
    let rest = words.join(" ");
    if let Some(c) = CIRCUITS
        .iter()
        .find(|c| c.eq_ignore_ascii_case(&rest) || c.trim_end_matches(char::is_alphabetic) == rest)
    {
        return Some(c);
    }
    if rest == "d c" || rest == "district of columbia" {
        return Some("DC");
    }
    if let Some((_, c)) = ORDINALS.iter().find(|(w, _)| *w == rest) {
        return CIRCUITS.iter().copied().find(|x| x == c);
    }
    places::circuit_of(&rest).or_else(|| {
        let code = NAMES
            .binary_search_by(|(n, _)| (*n).cmp(rest.as_str()))
            .ok()
            .map(|i| NAMES[i].1)?;
        places::circuit_of(code)
    })
}

/// A federal district as the law reads it (`N.D. Tex.`, "Northern District
/// of Texas"), Spanish names included ("Distrito Sur de Texas"); `None`
/// for an answer that names no district ("Houston", "Port Isabel"): the law
/// reads some districts' orders by name, and a district it cannot read
/// would silently lose them (review of the fifteenth session).
fn district(input: &str) -> Option<String> {
    let k = fold(input.trim());
    if k.is_empty() {
        return None;
    }
    let english: Vec<&str> = k
        .split_whitespace()
        .map(|w| match w {
            "distrito" => "district",
            "norte" => "northern",
            "sur" => "southern",
            "este" | "oriental" => "eastern",
            "oeste" | "occidental" => "western",
            "medio" => "middle",
            "centro" | "central" => "central",
            "tejas" => "texas",
            "nueva" => "new",
            "de" | "del" => "of",
            other => other,
        })
        .collect();
    let english = english.join(" ");
    let named = habeas_case::facts::district_name(&english);
    let bluebook =
        named.len() < english.trim().len() || named.contains(".D.") || named.starts_with("D. ");
    let spelled =
        english.contains("district") || english.contains(" d ") || english.starts_with("d ");
    let looks = bluebook
        || spelled
        || input.contains("D.")
        || input
            .to_ascii_uppercase()
            .split_whitespace()
            .any(|w| matches!(w, "ND" | "SD" | "ED" | "WD" | "MD" | "CD"));
    looks.then(|| {
        if bluebook {
            named
        } else {
            input.trim().to_string()
        }
    })
}

/// A removal authority: its code, or its name in either language.
fn authority(n: &str) -> Option<&'static str> {
    let k = country_key(n);
    let code = match k.as_str() {
        "immigration judge"
        | "an immigration judge"
        | "judge"
        | "ij"
        | "ina 240"
        | "240"
        | "section 240"
        | "removal proceedings"
        | "juez de inmigracion"
        | "juez"
        | "un juez de inmigracion"
        | "orden del juez" => "ina240",
        "expedited removal"
        | "expedited"
        | "235 b 1"
        | "expulsion expedita"
        | "deportacion expedita"
        | "remocion expedita" => "expedited_235b1",
        "reinstatement"
        | "reinstated"
        | "reinstatement of removal"
        | "241 a 5"
        | "restablecimiento"
        | "reinstalacion"
        | "restitucion" => "reinstatement_241a5",
        "administrative"
        | "administrative removal"
        | "238 b"
        | "orden administrativa"
        | "deportacion administrativa" => "administrative_238b",
        "stipulated" | "stipulated removal" | "estipulada" | "deportacion estipulada" => {
            "stipulated"
        }
        "voluntary departure" | "salida voluntaria" => "voluntary_departure",
        "alien enemies act" | "aea" | "ley de enemigos extranjeros" => "alien_enemies_act",
        other => {
            return AUTHORITIES
                .iter()
                .copied()
                .find(|a| *a == other.replace(' ', "_"));
        }
    };
    Some(code)
}

/// A protection's kind: its code, or a name people use.
fn protection_kind(k: &str) -> Option<&'static str> {
    let k = country_key(k);
    let code = match k.as_str() {
        "withholding"
        | "withholding of removal"
        | "withholding 241b3"
        | "suspension de remocion"
        | "suspension de deportacion" => "withholding_241b3",
        "cat"
        | "cat withholding"
        | "convention against torture"
        | "convencion contra la tortura" => "cat_withholding",
        "cat deferral" | "deferral" | "deferral of removal" | "aplazamiento" => "cat_deferral",
        "asylum" | "asilo" => "asylum",
        "tps" | "temporary protected status" | "estatus de proteccion temporal" => "tps",
        "deferred action" | "daca" | "accion diferida" => "deferred_action",
        "parole" | "humanitarian parole" | "permiso humanitario" => "parole",
        "u visa" | "visa u" => "u_visa",
        "t visa" | "visa t" => "t_visa",
        "sijs" | "special immigrant juvenile status" => "sijs",
        other => {
            return PROTECTION_KINDS
                .iter()
                .copied()
                .find(|p| *p == other.replace(' ', "_"));
        }
    };
    Some(code)
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
            Check::Countries => countries(input, lang).map(|l| json!(l)),
            Check::Circuit => circuit(input)
                .map(|x| json!(x))
                .ok_or_else(|| t(lang, "iv-invalid-circuit", &[])),
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
                    let kind = protection_kind(kind.trim()).ok_or_else(bad)?;
                    out.push(json!({"kind": kind, "country": country(c, lang)?}));
                }
                if out.is_empty() {
                    return Err(bad());
                }
                Ok(Value::Array(out))
            }
            Check::NoneOnly if is_none(&n) => Ok(json!([])),
            Check::NoneOnly => Err(t(lang, "iv-invalid-none-only", &[])),
            Check::Authority => authority(&n)
                .map(|a| json!(a))
                .ok_or_else(|| t(lang, "iv-invalid-authority", &[])),
            Check::Document => document(&n, lang),
            Check::Action => match action_kind(&n) {
                Some(kind) => Ok(kind.map_or(Value::Null, |k| json!(k))),
                None => Err(t(lang, "iv-invalid-action", &[])),
            },
            Check::District => district(input)
                .map(|x| json!(x))
                .ok_or_else(|| t(lang, "iv-invalid-district", &[])),
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
            Check::Action => "iv-hint-action",
            Check::District => "iv-hint-district",
            Check::Document => "iv-hint-document",
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
    fn documents_by_name_in_both_languages() {
        let (en, es) = (Lang::En, Lang::Es);
        for (input, want) in [
            ("U.S. passport", "us_passport"),
            ("Pasaporte de EE. UU.", "us_passport"),
            (
                "Certificate of Naturalization",
                "naturalization_certificate",
            ),
            (
                "certificado de naturalización",
                "naturalization_certificate",
            ),
            ("N-560", "citizenship_certificate"),
            ("FS-240", "consular_report_of_birth_abroad"),
            ("informe consular", "consular_report_of_birth_abroad"),
            ("U.S. birth certificate", "us_birth_certificate"),
            ("acta de nacimiento de EE.UU.", "us_birth_certificate"),
            ("us_birth_certificate", "us_birth_certificate"),
        ] {
            assert_eq!(Check::Document.parse(input, es), Ok(json!(want)), "{input}");
        }
        for input in ["no", "none", "ninguno", "none of them"] {
            assert_eq!(Check::Document.parse(input, en), Ok(Value::Null), "{input}");
        }
        // A birth certificate may be foreign; "yes" names no document.
        let e = Check::Document.parse("birth certificate", en).unwrap_err();
        assert!(e.contains("U.S. State or territory"), "{e}");
        let e = Check::Document.parse("acta de nacimiento", es).unwrap_err();
        assert!(e.contains("otro país"), "{e}");
        // A bare "passport" may be a foreign one (review of the sixteenth
        // session); "carta de naturalización" is Mexico's own document.
        for input in ["passport", "pasaporte", "carta de naturalización"] {
            assert!(Check::Document.parse(input, es).is_err(), "{input}");
        }
        let e = Check::Document.parse("yes", en).unwrap_err();
        assert!(e.contains("Name the document"), "{e}");
    }

    #[test]
    fn date_errors_speak_the_interview_language() {
        let es = Lang::Es;
        let e = Check::Date.parse("1990-02-30", es).unwrap_err();
        assert!(e.contains("febrero de 1990 tiene 28 días"), "{e}");
        assert!(!e.contains("is not a date"), "{e}");
        let e = Check::Date.parse("30 de febrero de 1992", es).unwrap_err();
        assert!(e.contains("febrero de 1992 tiene 29 días"), "{e}");
        let e = Check::Date.parse("1990-13-01", es).unwrap_err();
        assert!(e.contains("no existe el mes 13"), "{e}");
        let e = Check::Date.parse("2019-01-00", es).unwrap_err();
        assert!(e.contains("no existe el día 00"), "{e}");
        let e = Check::Date.parse("Juan", es).unwrap_err();
        assert!(e.starts_with("«Juan» no es una fecha"), "{e}");
        let e = Check::Periods.parse("de 2000 a 1990", es).unwrap_err();
        assert!(e.contains("termina antes de empezar"), "{e}");
        // English keeps the case format's own words.
        let e = Check::Date.parse("1990-02-30", Lang::En).unwrap_err();
        assert!(e.contains("February 1990 has 28 days"), "{e}");
        let e = Check::Periods.parse("2000..1990", Lang::En).unwrap_err();
        assert!(e.contains("ends before it starts"), "{e}");
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

    #[test]
    fn dates_in_words_and_with_slashes() {
        let en = Lang::En;
        let es = Lang::Es;
        for (input, want) in [
            ("3 de marzo de 1995", "1995-03-03"),
            ("3 De Marzo, 1995", "1995-03-03"),
            ("1º de enero de 2001", "2001-01-01"),
            ("March 3, 1995", "1995-03-03"),
            ("3rd March 1995", "1995-03-03"),
            ("Sept. 14 2001", "2001-09-14"),
            ("marzo de 1995", "1995-03"),
            ("June 2001", "2001-06"),
            ("15/03/1995", "1995-03-15"),
            ("03/15/1995", "1995-03-15"),
            ("4/4/1995", "1995-04-04"),
            ("1995/03/15", "1995-03-15"),
            ("03/1995", "1995-03"),
            ("1995", "1995"),
        ] {
            assert_eq!(Check::Date.parse(input, es), Ok(json!(want)), "{input}");
            assert_eq!(Check::Date.parse(input, en), Ok(json!(want)), "{input}");
        }
        // The day and the month could be swapped: both readings are shown.
        let e = Check::Date.parse("03/04/1995", es).unwrap_err();
        assert!(e.contains("1995-04-03") && e.contains("1995-03-04"), "{e}");
        let e = Check::Date.parse("3/4/95", en).unwrap_err();
        assert!(e.contains("four digits"), "{e}");
        // Still checked as a day of the calendar.
        assert!(Check::Date.parse("30 de febrero de 2001", es).is_err());
        assert!(Check::Date.parse("31/04/2001", en).is_err());
        assert!(Check::Date.parse("the third of soon", en).is_err());
        assert_eq!(
            Check::Periods.parse("marzo de 1990..mayo de 1995", es),
            Ok(json!([{"from": "1990-03", "to": "1995-05"}]))
        );
    }

    #[test]
    fn countries_by_name_in_both_languages() {
        let es = Lang::Es;
        for (input, want) in [
            ("México", "MX"),
            ("mexico", "MX"),
            ("Estados Unidos", "US"),
            ("EE. UU.", "US"),
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("the United States", "US"),
            ("El Salvador", "SV"),
            ("República Dominicana", "DO"),
            ("Filipinas", "PH"),
            ("Puerto Rico", "PR"),
            ("American Samoa", "AS"),
            ("Samoa Americana", "AS"),
            ("U.S. Virgin Islands", "VI"),
            ("South Korea", "KR"),
            ("Venezuela", "VE"),
            ("UK", "GB"),
            ("sv", "SV"),
        ] {
            assert_eq!(Check::Country.parse(input, es), Ok(json!(want)), "{input}");
        }
        // Two places: refused with the codes to choose from.
        for input in [
            "Samoa",
            "Virgin Islands",
            "Islas Vírgenes",
            "Korea",
            "Congo",
        ] {
            let e = Check::Country.parse(input, Lang::En).unwrap_err();
            assert!(e.contains("could be more than one place"), "{input}: {e}");
        }
        assert!(Check::Country.parse("Narnia", es).is_err());
        assert_eq!(
            Check::Countries.parse("México, El Salvador; gt", es),
            Ok(json!(["MX", "SV", "GT"]))
        );
        assert_eq!(Check::Countries.parse("SV MX", es), Ok(json!(["SV", "MX"])));
    }

    #[test]
    fn the_action_and_the_district() {
        let es = Lang::Es;
        assert_eq!(Check::Action.parse("Deportación", es), Ok(json!("removal")));
        assert_eq!(
            Check::Action.parse("traslado", es),
            Ok(json!("foreign_custody_transfer"))
        );
        assert_eq!(
            Check::Action.parse("extradition", es),
            Ok(json!("extradition"))
        );
        assert_eq!(Check::Action.parse("detenido", es), Ok(json!("detention")));
        assert_eq!(Check::Action.parse("nada todavía", es), Ok(Value::Null));
        assert!(Check::Action.parse("algo", es).is_err());
        assert_eq!(
            Check::District.parse(" N.D. Tex. ", es),
            Ok(json!("N.D. Tex."))
        );
        assert!(Check::District.parse("  ", es).is_err());
        assert_eq!(control("not sure"), Some(Control::DontKnow));
        assert_eq!(control("No estoy segura."), Some(Control::DontKnow));
    }

    #[test]
    fn states_are_the_united_states_and_shared_codes_are_refused() {
        let en = Lang::En;
        for input in [
            "Texas",
            "TX",
            "New York",
            "Nueva York",
            "Houston, Texas",
            "USA, Texas",
            "Texas, USA",
            "Hawaii",
        ] {
            assert_eq!(Check::Country.parse(input, en), Ok(json!("US")), "{input}");
        }
        // A birth in Georgia read as a birth in the country Georgia turns a
        // citizen into a foreigner: refused, with both readings.
        let e = Check::Country.parse("Georgia", en).unwrap_err();
        assert!(
            e.contains("GE (Georgia)") && e.contains("US (United States)"),
            "{e}"
        );
        for code in ["CA", "ga", "IN", "PA"] {
            let e = Check::Country.parse(code, en).unwrap_err();
            assert!(e.contains("postal abbreviation"), "{code}: {e}");
        }
        assert_eq!(Check::Country.parse("Canada", en), Ok(json!("CA")));
        // Words that spell a code are not read as one; hedges are refused.
        for input in ["no", "NA", "ni", "sí", "si", "ok", "hi"] {
            assert!(Check::Country.parse(input, en).is_err(), "{input}");
        }
        assert_eq!(Check::Country.parse("Norway", en), Ok(json!("NO")));
        for input in [
            "Guatemala, or maybe El Salvador",
            "Mexico, but not sure",
            "not Mexico, Guatemala",
        ] {
            assert!(Check::Country.parse(input, en).is_err(), "{input}");
        }
        assert_eq!(
            Check::Country.parse("Atlanta, Georgia, USA", en),
            Ok(json!("US"))
        );
        assert!(Check::Country.parse("Tbilisi, Georgia", en).is_err());
    }

    #[test]
    fn circuits_districts_authorities_protections_in_words() {
        let es = Lang::Es;
        for (input, want) in [
            ("Fifth Circuit", "5th"),
            ("9th circuit", "9th"),
            ("quinto circuito", "5th"),
            ("Texas", "5th"),
            ("Georgia", "11th"),
            ("Puerto Rico", "1st"),
            ("D.C.", "DC"),
            ("2", "2nd"),
        ] {
            assert_eq!(Check::Circuit.parse(input, es), Ok(json!(want)), "{input}");
        }
        assert!(Check::Circuit.parse("12th", es).is_err());
        for (input, want) in [
            ("Distrito Sur de Texas", "S.D. Tex."),
            ("Northern District of Texas", "N.D. Tex."),
            ("S.D. Fla.", "S.D. Fla."),
            ("District of Maryland", "District of Maryland"),
        ] {
            assert_eq!(Check::District.parse(input, es), Ok(json!(want)), "{input}");
        }
        for input in ["Houston, Texas", "Port Isabel", " "] {
            assert!(Check::District.parse(input, es).is_err(), "{input}");
        }
        for (input, want) in [
            ("immigration judge", "ina240"),
            ("Juez de inmigración", "ina240"),
            ("expedited removal", "expedited_235b1"),
            ("Alien Enemies Act", "alien_enemies_act"),
            ("reinstatement_241a5", "reinstatement_241a5"),
        ] {
            assert_eq!(
                Check::Authority.parse(input, es),
                Ok(json!(want)),
                "{input}"
            );
        }
        assert_eq!(
            Check::Protections.parse("withholding:El Salvador; asilo:GT", es),
            Ok(json!([
                {"kind": "withholding_241b3", "country": "SV"},
                {"kind": "asylum", "country": "GT"}
            ]))
        );
    }

    #[test]
    fn periods_and_dates_in_words() {
        let en = Lang::En;
        for (input, want) in [
            ("1965 to 1988", json!([{"from": "1965", "to": "1988"}])),
            ("1965-1988", json!([{"from": "1965", "to": "1988"}])),
            (
                "from 1965 until 1988",
                json!([{"from": "1965", "to": "1988"}]),
            ),
            ("since 1999", json!([{"from": "1999", "to": null}])),
            (
                "desde marzo de 1990",
                json!([{"from": "1990-03", "to": null}]),
            ),
            (
                "de 1990 a 1995; 2000 to now",
                json!([{"from": "1990", "to": "1995"}, {"from": "2000", "to": null}]),
            ),
            ("entre 1990 y 1995", json!([{"from": "1990", "to": "1995"}])),
        ] {
            assert_eq!(Check::Periods.parse(input, en), Ok(want), "{input}");
        }
        assert!(Check::Periods.parse("1965-05", en).is_err());
        // Two years, not a period between them.
        assert!(Check::Periods.parse("in 1960 and 1988", en).is_err());
        assert!(Check::Periods.parse("en 1960 y 1988", en).is_err());
        assert_eq!(
            Check::Date.parse("primero de junio de 2005", en),
            Ok(json!("2005-06-01"))
        );
        assert_eq!(Check::Date.parse("en 1995", en), Ok(json!("1995")));
        assert!(Check::Date.parse("about 1995", en).is_err());
        assert_eq!(control("No me acuerdo"), Some(Control::DontKnow));
        assert_eq!(control("I don't remember"), Some(Control::DontKnow));
    }
}

//! The fixed strings of the memo and the timeline, in English and Spanish.
//!
//! Every string is looked up by key, so that the catalogue can move to
//! Fluent files shared with the CLI interview without touching the
//! renderers. A test fails when a key exists in one language and not the
//! other. Text that comes from the law (rule summaries, citations, the
//! questions of `habeas_law::questions`) is not here: it is shown as the
//! law gives it.

use std::fmt;
use std::str::FromStr;

/// A language the memo can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// The BCP 47 tag (`en`, `es`), for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Every language, in catalogue order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag that is not `en` or `es`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, miette::Diagnostic)]
#[error("unknown language `{0}`")]
#[diagnostic(help("use `en` (English) or `es` (Spanish)"))]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "en-us" | "english" => Ok(Lang::En),
            "es" | "es-us" | "es-mx" | "spanish" | "español" => Ok(Lang::Es),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// The English catalogue.
pub(crate) const EN: &[(&str, &str)] = &[
    ("title", "Determination memo"),
    (
        "subtitle",
        "U.S. citizenship and bars to the proposed action",
    ),
    ("case", "Case"),
    ("as_of", "Facts as of"),
    ("subject", "Person"),
    ("born", "born"),
    ("in", "in"),
    ("answer", "The answer"),
    ("citizenship", "Citizenship"),
    ("status.citizen", "U.S. citizen"),
    ("status.national", "U.S. national (not a citizen)"),
    (
        "status.not_citizen",
        "Not a citizen or national on every route the law encodes",
    ),
    (
        "status.undetermined",
        "Undetermined: some route to citizenship is still open",
    ),
    ("since", "since"),
    ("because", "Because"),
    ("action", "Proposed action"),
    ("action.removal", "Removal"),
    (
        "action.foreign_custody_transfer",
        "Transfer to foreign custody",
    ),
    ("action.extradition", "Extradition"),
    ("action.detention", "Immigration detention"),
    ("to", "to"),
    ("verdict.barred", "Barred"),
    (
        "verdict.possibly_barred",
        "Possibly barred: a bar may hold, depending on the open questions",
    ),
    (
        "verdict.no_bar_found",
        "No bar found: this is not a finding that the action is lawful",
    ),
    (
        "no_action",
        "No action is proposed in this case: the memo answers the citizenship question only.",
    ),
    ("timeline", "Timeline"),
    (
        "timeline.caption",
        "The person's life and their parents' on one time axis, with the legal dates that matter in this case. The highlighted line is the date the answer turns on: the date of the first open question, or else the day citizenship began.",
    ),
    ("timeline.text", "The timeline as text"),
    ("timeline.title", "Timeline of the case"),
    ("timeline.legal_lines", "Legal dates"),
    ("timeline.deciding", "deciding date"),
    ("timeline.as_of", "facts as of"),
    ("ev.born", "born"),
    ("ev.died", "died"),
    ("ev.married", "married"),
    ("ev.marriage", "marriage"),
    ("ev.custody", "custody"),
    ("ev.presence", "in the U.S."),
    ("ev.residence", "residence in the U.S."),
    ("ev.lpr", "permanent resident"),
    ("ev.naturalized", "naturalized"),
    ("ev.regained", "regained citizenship"),
    ("ev.adoption", "adoption"),
    ("ev.order", "removal order"),
    ("ev.birthday", "turns {n}"),
    ("ev.ongoing", "ongoing"),
    ("bars", "Bars to the action"),
    ("bars.none", "No bar holds on the known facts."),
    ("bar.holds", "holds"),
    ("bar.may_hold", "may hold"),
    ("routes", "Routes to citizenship"),
    (
        "routes.intro",
        "Each route the law tried, its authority, and the facts it read.",
    ),
    (
        "routes.none",
        "The law's explanation of the citizenship question is not available.",
    ),
    ("result.yes", "yes"),
    ("result.no", "no"),
    ("result.unknown", "open"),
    ("rule", "Rule"),
    ("authority", "Authority"),
    ("facts_used", "Facts used"),
    ("missing_fact", "not known"),
    ("before_or_after", "before or after {date}?"),
    ("questions", "Open questions"),
    (
        "questions.intro",
        "Each of these facts could settle what is still open, the most decisive first.",
    ),
    (
        "questions.none",
        "None: the known facts settle every question the law asks.",
    ),
    ("question.fact", "Fact"),
    ("question.matters", "The date that matters"),
    ("question.decides", "Decides"),
    ("question.documents", "Documents that would answer it"),
    ("review", "For a lawyer to review"),
    (
        "review.none",
        "No reading in this determination rests on unsettled law.",
    ),
    ("versions", "Law and engine"),
    ("versions.law", "Law current as of"),
    ("versions.hash", "Law version (SHA-256)"),
    ("versions.engine", "Engine version"),
    ("versions.as_of", "Determined as of"),
    ("notice", "Notice"),
    (
        "notice.text",
        "This is not a finding that any action is lawful, and it is not legal advice. habeas only looks for legal reasons an action is barred; a lawyer must review every case.",
    ),
    ("notice.original", "Original English text"),
    ("col.who", "Who"),
    ("col.when", "When"),
    ("col.what", "What"),
    ("page", "Page {n} of {total}"),
    ("role.mother", "Mother"),
    ("role.father", "Father"),
    ("line.1934-05-24", "Act of May 24, 1934"),
    ("line.1941-01-13", "Nationality Act of 1940 in force"),
    ("line.1952-12-24", "INA in force"),
    ("line.1978-10-10", "retention rules repealed"),
    ("line.1986-11-14", "INA 301(g) amended (5 years)"),
    ("line.2001-02-27", "Child Citizenship Act in force"),
    (
        "more_facts",
        "and {n} more: `habeas explain` shows the whole reasoning",
    ),
    ("decisive_first", "most decisive first"),
    (
        "doc.birth_certificate",
        "birth certificate (long form, showing the parents)",
    ),
    ("doc.passport", "passport, U.S. or foreign"),
    (
        "doc.naturalization_certificate",
        "naturalization certificate (N-550 or N-570), or the USCIS file (A-file)",
    ),
    (
        "doc.citizenship_proof",
        "U.S. passport, certificate of citizenship (N-560/N-561), naturalization certificate, Consular Report of Birth Abroad (FS-240) or U.S. birth certificate",
    ),
    (
        "doc.green_card",
        "permanent resident card (I-551), or the immigrant visa and entry stamp",
    ),
    (
        "doc.presence_records",
        "school, work, tax, medical and lease records; entry and exit stamps; travel history (CBP)",
    ),
    (
        "doc.residence_records",
        "leases, school and tax records showing the U.S. address and the dates",
    ),
    (
        "doc.marriage_certificate",
        "marriage certificate, and any divorce decree or death certificate that ended the marriage",
    ),
    (
        "doc.divorce_decree",
        "divorce decree or legal separation order, with the custody terms",
    ),
    (
        "doc.custody_order",
        "custody order or divorce decree; evidence of who the child lived with (school records)",
    ),
    ("doc.death_certificate", "death certificate"),
    (
        "doc.legitimation",
        "legitimation or paternity records: acknowledgement under oath, court order, the law of the place of birth",
    ),
    (
        "doc.adoption_decree",
        "adoption decree, with the dates of custody and residence",
    ),
    (
        "doc.military_records",
        "military or government service records (DD-214), showing the dates and character of service",
    ),
    (
        "doc.expatriation_records",
        "records of the act (foreign naturalization or oath), and any Certificate of Loss of Nationality",
    ),
    (
        "doc.court_judgment",
        "the court's judgment, and proof whether it is final",
    ),
    (
        "doc.immigration_file",
        "the immigration court record (EOIR), the A-file, and ICE's records",
    ),
    (
        "doc.orders",
        "the removal order, and the record of any appeal (EOIR, BIA)",
    ),
    (
        "doc.protection_grant",
        "the order granting protection (immigration judge or USCIS), and any termination",
    ),
    (
        "doc.pending_filings",
        "the filing receipts (BIA, court of appeals, USCIS), and any order granting or denying a stay",
    ),
    (
        "doc.court_orders",
        "the court's order (docket), and any class definition",
    ),
    ("doc.convictions", "the judgment of conviction and sentence"),
    (
        "doc.notice",
        "the notice served (with the date and time), and the planned date of the action",
    ),
    (
        "doc.action_papers",
        "the agency's papers on the action (travel documents, treaty request, consent form)",
    ),
    (
        "doc.forum",
        "where the person is detained (ICE detainee locator) or where the case is heard",
    ),
    (
        "doc.tps",
        "the Federal Register notice of the TPS designation and its extensions",
    ),
    ("doc.testimony", "a sworn statement of someone who knows"),
];

/// The Spanish catalogue.
pub(crate) const ES: &[(&str, &str)] = &[
    ("title", "Memorando de determinación"),
    (
        "subtitle",
        "Ciudadanía estadounidense e impedimentos a la medida propuesta",
    ),
    ("case", "Caso"),
    ("as_of", "Hechos a la fecha"),
    ("subject", "Persona"),
    ("born", "nació"),
    ("in", "en"),
    ("answer", "La respuesta"),
    ("citizenship", "Ciudadanía"),
    ("status.citizen", "Ciudadano/a de EE. UU."),
    ("status.national", "Nacional de EE. UU. (no ciudadano/a)"),
    (
        "status.not_citizen",
        "No se encontró ciudadanía ni nacionalidad de EE. UU. por ninguna de las vías que habeas tiene programadas (esto no prueba que la persona no la tenga)",
    ),
    (
        "status.undetermined",
        "Sin determinar: alguna vía a la ciudadanía sigue abierta",
    ),
    ("since", "desde"),
    ("because", "Porque"),
    ("action", "Medida propuesta"),
    ("action.removal", "Deportación"),
    (
        "action.foreign_custody_transfer",
        "Traslado a custodia extranjera",
    ),
    ("action.extradition", "Extradición"),
    ("action.detention", "Detención migratoria"),
    ("to", "a"),
    ("verdict.barred", "Impedida"),
    (
        "verdict.possibly_barred",
        "Posiblemente impedida: un impedimento puede aplicarse, según las preguntas abiertas",
    ),
    (
        "verdict.no_bar_found",
        "No se encontró impedimento: esto no significa que la medida sea legal",
    ),
    (
        "no_action",
        "Este caso no propone ninguna medida: el memorando responde solo a la pregunta de ciudadanía.",
    ),
    ("timeline", "Cronología"),
    (
        "timeline.caption",
        "La vida de la persona y la de sus padres en un mismo eje de tiempo, con las fechas legales que importan en este caso. La línea resaltada es la fecha de la que depende la respuesta: la de la primera pregunta abierta o, si no hay, el día en que comenzó la ciudadanía.",
    ),
    ("timeline.text", "La cronología en texto"),
    ("timeline.title", "Cronología del caso"),
    ("timeline.legal_lines", "Fechas legales"),
    ("timeline.deciding", "fecha decisiva"),
    ("timeline.as_of", "hechos a la fecha"),
    ("ev.born", "nacimiento"),
    ("ev.died", "fallecimiento"),
    ("ev.married", "matrimonio"),
    ("ev.marriage", "matrimonio"),
    ("ev.custody", "custodia"),
    ("ev.presence", "en EE. UU."),
    ("ev.residence", "residencia en EE. UU."),
    ("ev.lpr", "residente permanente"),
    ("ev.naturalized", "naturalización"),
    ("ev.regained", "recuperó la ciudadanía"),
    ("ev.adoption", "adopción"),
    ("ev.order", "orden de deportación"),
    ("ev.birthday", "cumple {n}"),
    ("ev.ongoing", "en curso"),
    ("bars", "Impedimentos a la medida"),
    (
        "bars.none",
        "Ningún impedimento aplica con los hechos conocidos.",
    ),
    ("bar.holds", "aplica"),
    ("bar.may_hold", "puede aplicarse"),
    ("routes", "Vías a la ciudadanía"),
    (
        "routes.intro",
        "Cada vía que la ley examinó, su fundamento y los hechos que leyó.",
    ),
    (
        "routes.none",
        "La explicación de la ley sobre la ciudadanía no está disponible.",
    ),
    ("result.yes", "sí"),
    ("result.no", "no"),
    ("result.unknown", "abierta"),
    ("rule", "Regla"),
    ("authority", "Fundamento"),
    ("facts_used", "Hechos usados"),
    ("missing_fact", "se desconoce"),
    ("before_or_after", "¿antes o después del {date}?"),
    ("questions", "Preguntas abiertas"),
    (
        "questions.intro",
        "Cada uno de estos hechos podría resolver lo que sigue abierto; el más decisivo primero.",
    ),
    (
        "questions.none",
        "Ninguna: los hechos conocidos resuelven todas las preguntas de la ley.",
    ),
    ("question.fact", "Hecho"),
    ("question.matters", "La fecha que importa"),
    ("question.decides", "Decide"),
    ("question.documents", "Documentos que la responderían"),
    ("review", "Para revisión de un abogado"),
    (
        "review.none",
        "Ninguna conclusión de esta determinación depende de derecho no resuelto.",
    ),
    ("versions", "Ley y motor"),
    ("versions.law", "Ley vigente a"),
    ("versions.hash", "Versión de la ley (SHA-256)"),
    ("versions.engine", "Versión del motor"),
    ("versions.as_of", "Determinado a la fecha"),
    ("notice", "Aviso"),
    (
        "notice.text",
        "Esto no es una conclusión de que alguna medida sea legal, y no es asesoría legal. habeas solo busca razones legales por las que una medida está impedida; un abogado debe revisar cada caso.",
    ),
    ("notice.original", "Texto original en inglés"),
    ("col.who", "Quién"),
    ("col.when", "Cuándo"),
    ("col.what", "Qué"),
    ("page", "Página {n} de {total}"),
    ("role.mother", "Madre"),
    ("role.father", "Padre"),
    ("line.1934-05-24", "Ley del 24 de mayo de 1934"),
    (
        "line.1941-01-13",
        "entra en vigor la Ley de Nacionalidad de 1940",
    ),
    ("line.1952-12-24", "entra en vigor la INA"),
    ("line.1978-10-10", "se derogan las reglas de retención"),
    (
        "line.1986-11-14",
        "reforma del art. 301(g) de la INA (5 años)",
    ),
    (
        "line.2001-02-27",
        "entra en vigor la Ley de Ciudadanía Infantil",
    ),
    (
        "more_facts",
        "y {n} más: `habeas explain` muestra todo el razonamiento",
    ),
    ("decisive_first", "el más decisivo primero"),
    (
        "doc.birth_certificate",
        "acta de nacimiento (versión completa, con los padres)",
    ),
    ("doc.passport", "pasaporte, estadounidense o extranjero"),
    (
        "doc.naturalization_certificate",
        "certificado de naturalización (N-550 o N-570), o el expediente de USCIS (A-file)",
    ),
    (
        "doc.citizenship_proof",
        "pasaporte estadounidense, certificado de ciudadanía (N-560/N-561), certificado de naturalización, Informe Consular de Nacimiento en el Extranjero (FS-240) o acta de nacimiento estadounidense",
    ),
    (
        "doc.green_card",
        "tarjeta de residente permanente (I-551), o la visa de inmigrante y el sello de entrada",
    ),
    (
        "doc.presence_records",
        "registros escolares, laborales, fiscales, médicos y contratos de alquiler; sellos de entrada y salida; historial de viajes (CBP)",
    ),
    (
        "doc.residence_records",
        "contratos de alquiler y registros escolares y fiscales con la dirección en EE. UU. y las fechas",
    ),
    (
        "doc.marriage_certificate",
        "acta de matrimonio, y la sentencia de divorcio o el acta de defunción que puso fin al matrimonio",
    ),
    (
        "doc.divorce_decree",
        "sentencia de divorcio o de separación legal, con las condiciones de custodia",
    ),
    (
        "doc.custody_order",
        "orden de custodia o sentencia de divorcio; prueba de con quién vivía el menor (registros escolares)",
    ),
    ("doc.death_certificate", "acta de defunción"),
    (
        "doc.legitimation",
        "registros de legitimación o paternidad: reconocimiento bajo juramento, orden judicial, la ley del lugar de nacimiento",
    ),
    (
        "doc.adoption_decree",
        "sentencia de adopción, con las fechas de custodia y residencia",
    ),
    (
        "doc.military_records",
        "registros de servicio militar o gubernamental (DD-214), con las fechas y el carácter del servicio",
    ),
    (
        "doc.expatriation_records",
        "registros del acto (naturalización o juramento extranjero) y cualquier Certificado de Pérdida de Nacionalidad",
    ),
    (
        "doc.court_judgment",
        "la sentencia del tribunal y prueba de si es firme",
    ),
    (
        "doc.immigration_file",
        "el expediente del tribunal de inmigración (EOIR), el A-file y los registros de ICE",
    ),
    (
        "doc.orders",
        "la orden de deportación y el expediente de cualquier apelación (EOIR, BIA)",
    ),
    (
        "doc.protection_grant",
        "la orden que otorgó la protección (juez de inmigración o USCIS) y cualquier terminación",
    ),
    (
        "doc.pending_filings",
        "los recibos de presentación (BIA, tribunal de apelaciones, USCIS) y cualquier orden que conceda o niegue la paralización de la deportación (stay)",
    ),
    (
        "doc.court_orders",
        "la orden del tribunal (expediente) y la definición de cualquier clase",
    ),
    ("doc.convictions", "la sentencia condenatoria y la pena"),
    (
        "doc.notice",
        "la notificación entregada (con fecha y hora) y la fecha prevista de la medida",
    ),
    (
        "doc.action_papers",
        "los documentos de la agencia sobre la medida (documentos de viaje, solicitud del tratado, formulario de consentimiento)",
    ),
    (
        "doc.forum",
        "dónde está detenida la persona (localizador de detenidos de ICE) o dónde se ve el caso",
    ),
    (
        "doc.tps",
        "el aviso del Federal Register sobre la designación de TPS y sus prórrogas",
    ),
    (
        "doc.testimony",
        "una declaración jurada de alguien que lo sepa",
    ),
];

/// The string for `key` in `lang`; the key itself when it is missing (a
/// test makes sure none is).
pub fn t(lang: Lang, key: &str) -> &'static str {
    let table = match lang {
        Lang::En => EN,
        Lang::Es => ES,
    };
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .or_else(|| EN.iter().find(|(k, _)| *k == key).map(|(_, v)| *v))
        .unwrap_or("")
}

/// The string for `key` with `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// The documents that would answer a question about the fact at `path`
/// (catalogue keys, most useful first).
pub fn documents_for(path: &str) -> &'static [&'static str] {
    let parts: Vec<&str> = path.split('.').collect();
    let field = |i: usize| {
        parts
            .get(i)
            .map(|f| f.split('[').next().unwrap_or(""))
            .unwrap_or("")
    };
    match field(0) {
        "people" => match field(2) {
            "born" | "sex" | "parents" | "" => &["doc.birth_certificate", "doc.passport"],
            "died" => &["doc.death_certificate"],
            "married" => &["doc.marriage_certificate"],
            "citizenship" => &["doc.citizenship_proof"],
            "naturalized" | "regained" => &["doc.naturalization_certificate"],
            "lpr" => &["doc.green_card", "doc.immigration_file"],
            "presence" => &["doc.presence_records", "doc.passport"],
            "residence" => &["doc.residence_records"],
            "diplomat" => &["doc.passport", "doc.testimony"],
            "service_abroad" => &["doc.military_records"],
            "expatriation" | "cln" => &["doc.expatriation_records"],
            "denaturalization" => &["doc.court_judgment"],
            _ => &["doc.testimony"],
        },
        "relations" => &[
            "doc.birth_certificate",
            "doc.marriage_certificate",
            "doc.custody_order",
            "doc.legitimation",
            "doc.adoption_decree",
        ],
        "immigration" => match field(1) {
            "orders" => &["doc.orders"],
            "protections" => &["doc.protection_grant"],
            "pending" => &["doc.pending_filings"],
            "court_orders" => &["doc.court_orders"],
            "nationalities" => &["doc.passport", "doc.birth_certificate"],
            "convictions" | "imprisonment" | "serving_sentence" | "release_date" => {
                &["doc.convictions"]
            }
            _ => &["doc.immigration_file"],
        },
        "action" => match field(1) {
            "notice" => &["doc.notice"],
            _ => &["doc.action_papers"],
        },
        "forum" => &["doc.forum"],
        "law" => &["doc.tps"],
        _ => &["doc.testimony"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(table: &[(&str, &str)]) -> BTreeSet<String> {
        table.iter().map(|(k, _)| k.to_string()).collect()
    }

    #[test]
    fn every_key_exists_in_both_languages() {
        let (en, es) = (keys(EN), keys(ES));
        let only_en: Vec<_> = en.difference(&es).collect();
        let only_es: Vec<_> = es.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_es.is_empty(),
            "keys only in English: {only_en:?}; keys only in Spanish: {only_es:?}"
        );
    }

    #[test]
    fn no_key_is_listed_twice_or_left_empty() {
        for table in [EN, ES] {
            assert_eq!(keys(table).len(), table.len(), "a key is listed twice");
            for (k, v) in table {
                assert!(!v.trim().is_empty(), "`{k}` is empty");
            }
        }
    }

    #[test]
    fn placeholders_match_across_languages() {
        let holes = |s: &str| -> BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|x| x.split('}').next())
                .map(str::to_string)
                .collect()
        };
        for (k, en) in EN {
            let es = t(Lang::Es, k);
            assert_eq!(holes(en), holes(es), "placeholders differ in `{k}`");
        }
    }

    #[test]
    fn every_document_key_is_in_the_catalogue() {
        let paths = [
            "people.child.born",
            "people.mother.naturalized",
            "people.father.presence",
            "people.x.lpr",
            "relations",
            "immigration.orders",
            "immigration.pending[0].stay",
            "action.notice",
            "action.consent",
            "forum",
            "law.tps_designations.SV",
            "other",
        ];
        for p in paths {
            for k in documents_for(p) {
                assert!(EN.iter().any(|(x, _)| x == k), "`{k}` (for `{p}`)");
            }
        }
    }

    #[test]
    fn languages_parse_from_tags() {
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("ES".parse::<Lang>(), Ok(Lang::Es));
        assert!("fr".parse::<Lang>().is_err());
    }
}

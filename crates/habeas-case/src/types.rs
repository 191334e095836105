//! The `habeas.case/1` types, exactly as `spec/case-format.md` describes
//! them. Absent and `null` are both "unknown" (`None`); known negatives are
//! written `false`, `[]` or `"none"`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::prim::{Country, DateOrBool, OrFalse, PDate, Periods, double_option};

/// The format tag.
pub const CASE_FORMAT: &str = "habeas.case/1";

/// A case: one person's facts and, optionally, a proposed action.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Always `habeas.case/1`.
    pub format: String,
    /// The case's identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The day the question is asked (default: today). Must be a full date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<PDate>,
    /// Where the question would be decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forum: Option<Forum>,
    /// The key in `people` of the person the case is about.
    pub subject: String,
    /// The people: the subject and the relatives the case needs.
    pub people: BTreeMap<String, Person>,
    /// Family relations. Absent: none known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relations: Option<Vec<Relation>>,
    /// The subject's immigration record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immigration: Option<Immigration>,
    /// The proposed action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// The forum.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Forum {
    /// `1st` .. `11th` or `DC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub circuit: Option<Circuit>,
    /// A district, e.g. `D. Md.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
}

/// A federal circuit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[expect(missing_docs, reason = "the variants are the circuits' names")]
pub enum Circuit {
    #[serde(rename = "1st")]
    First,
    #[serde(rename = "2nd")]
    Second,
    #[serde(rename = "3rd")]
    Third,
    #[serde(rename = "4th")]
    Fourth,
    #[serde(rename = "5th")]
    Fifth,
    #[serde(rename = "6th")]
    Sixth,
    #[serde(rename = "7th")]
    Seventh,
    #[serde(rename = "8th")]
    Eighth,
    #[serde(rename = "9th")]
    Ninth,
    #[serde(rename = "10th")]
    Tenth,
    #[serde(rename = "11th")]
    Eleventh,
    #[serde(rename = "DC")]
    Dc,
}

impl Circuit {
    /// The circuit's name as written in a case.
    pub fn name(self) -> &'static str {
        match self {
            Circuit::First => "1st",
            Circuit::Second => "2nd",
            Circuit::Third => "3rd",
            Circuit::Fourth => "4th",
            Circuit::Fifth => "5th",
            Circuit::Sixth => "6th",
            Circuit::Seventh => "7th",
            Circuit::Eighth => "8th",
            Circuit::Ninth => "9th",
            Circuit::Tenth => "10th",
            Circuit::Eleventh => "11th",
            Circuit::Dc => "DC",
        }
    }
}

/// A person.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Display only; never used in reasoning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<Birth>,
    /// Sex, where a statute of the time distinguishes mothers from fathers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Date of death, or `false` (alive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub died: Option<OrFalse<PDate>>,
    /// Date of the person's own first marriage, or `false` (never married).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub married: Option<OrFalse<PDate>>,
    /// An asserted status with its evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizenship: Option<Asserted>,
    /// Oath of allegiance, or `false` (never naturalized).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub naturalized: Option<OrFalse<Naturalization>>,
    /// Oath under INA 324(d), or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regained: Option<OrFalse<DateRecord>>,
    /// Periods accredited as a foreign diplomatic officer in the U.S.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diplomat: Option<Periods>,
    /// Admission for lawful permanent residence, or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lpr: Option<OrFalse<DateRecord>>,
    /// Physical presence in the U.S. or its outlying possessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence: Option<Periods>,
    /// Residence in the U.S.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<Periods>,
    /// Service abroad that some statutes count as U.S. presence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_abroad: Option<Vec<Service>>,
    /// Potentially expatriating acts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expatriation: Option<Vec<Expatriation>>,
    /// An approved Certificate of Loss of Nationality, or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cln: Option<OrFalse<DateRecord>>,
    /// A judgment revoking naturalization, or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denaturalization: Option<OrFalse<Denaturalization>>,
}

/// Date and place of birth.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Birth {
    /// Date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// `HH:MM` with a UTC offset (`+10:00`, `-05:00`, `Z`), for the days a
    /// statute took effect at an hour.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Country (U.S. territories have their own codes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// State, district or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Sex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
#[expect(missing_docs, reason = "self-explanatory")]
pub enum Sex {
    Female,
    Male,
}

/// An asserted status.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Asserted {
    /// `citizen`, `national` or `not_citizen`.
    pub status: AssertedStatus,
    /// Since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PDate>,
    /// The document (or `testimony`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// An asserted status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the statuses of the spec")]
pub enum AssertedStatus {
    Citizen,
    National,
    NotCitizen,
}

/// A naturalization.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Naturalization {
    /// Oath date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// Certificate number or kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
}

/// An event with a date.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRecord {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
}

/// Service abroad.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// First day.
    pub from: PDate,
    /// First day after (`null`: ongoing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    #[schemars(with = "Option<PDate>")]
    pub to: Option<Option<PDate>>,
    /// Kind of service.
    pub kind: ServiceKind,
    /// Honorable (armed forces).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorable: Option<bool>,
}

/// Kinds of service abroad.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum ServiceKind {
    UsArmedForces,
    UsGovernment,
    InternationalOrganization,
    DependentOfServiceMember,
}

/// A potentially expatriating act.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expatriation {
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// What.
    pub act: ExpatriatingAct,
    /// Voluntary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voluntary: Option<bool>,
    /// With the intention of relinquishing citizenship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent_to_relinquish: Option<bool>,
}

/// Acts of INA 349(a).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the acts of the spec")]
pub enum ExpatriatingAct {
    ForeignNaturalization,
    ForeignOath,
    ForeignMilitary,
    ForeignGovernmentOffice,
    RenunciationAbroad,
    RenunciationInUs,
    TreasonConviction,
}

/// A judgment revoking naturalization.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Denaturalization {
    /// Date of judgment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// Whether it is final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#final: Option<bool>,
    /// The ground (`illegal_procurement`, `concealment_or_misrepresentation`,
    /// `conviction_18_usc_1425`, or any other string).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<String>,
    /// The court.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
}

/// A relation between people: `parent`, `marriage`, `custody` or
/// `adoption`. The fields allowed depend on `kind`; validation rejects a
/// field of another kind and a missing required field, naming the path.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Which kind of relation.
    pub kind: RelationKind,
    /// The parent's key (`parent`, `custody`, `adoption`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The child's key (`parent`, `custody`, `adoption`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<String>,
    /// One spouse (`marriage`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
    /// The other spouse (`marriage`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
    /// Genetic parent (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biological: Option<bool>,
    /// Gave birth (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gestational: Option<bool>,
    /// `parent`: legal parent at birth under the law of the place of birth;
    /// `custody`: legal custody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<bool>,
    /// Adoptive parent (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adoptive: Option<bool>,
    /// Legitimation date, or `false` (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimated: Option<OrFalse<PDate>>,
    /// Acknowledgment of paternity under oath, or `false` (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paternity_acknowledged_under_oath: Option<OrFalse<PDate>>,
    /// Paternity established by a court, or `false` (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paternity_adjudicated: Option<OrFalse<PDate>>,
    /// Written agreement to support the child until 18 (`parent`, INA 309(a)(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_agreement: Option<bool>,
    /// Blood relationship established by clear and convincing evidence (`parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blood_relationship_proven: Option<bool>,
    /// Start (`marriage`, `custody`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PDate>,
    /// End; `null` = not ended (`marriage`, `custody`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    #[schemars(with = "Option<PDate>")]
    pub to: Option<Option<PDate>>,
    /// How the marriage ended (`marriage`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_by: Option<EndedBy>,
    /// Legal separation date, or `false` (`marriage`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_separation: Option<OrFalse<PDate>>,
    /// Physical custody (`custody`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical: Option<bool>,
    /// Where custody came from (`custody`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<CustodySource>,
    /// Date of the adoption (`adoption`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// The adoption is final (`adoption`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#final: Option<bool>,
    /// Two years of legal custody and residence (`adoption`, INA 101(b)(1)(E)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_years_custody_and_residence: Option<bool>,
}

/// Kinds of relation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum RelationKind {
    #[default]
    Parent,
    Marriage,
    Custody,
    Adoption,
}

impl Relation {
    /// The (parent, child) pairs of the `adoption` relations among `rels`.
    pub fn adopted_pairs(rels: &[Relation]) -> std::collections::BTreeSet<(&str, &str)> {
        rels.iter()
            .filter(|r| r.kind == RelationKind::Adoption)
            .filter_map(|r| Some((r.parent.as_deref()?, r.child.as_deref()?)))
            .collect()
    }

    /// Whether this `parent` link is adoptive: as recorded, or, when
    /// `adoptive` is not given, when `adopted` (`adopted_pairs`) holds an
    /// adoption of that child by that parent (review of 2026-11-30, twelfth
    /// session, tests mono-adoptive-flag-unknown-adoption-recorded-ina320b,
    /// ...-1987-former-321: the recorded adoption was ignored and the link
    /// read as a natural parent's).
    pub fn adoptive_in(&self, adopted: &std::collections::BTreeSet<(&str, &str)>) -> bool {
        self.adoptive.unwrap_or_else(|| {
            matches!((self.parent.as_deref(), self.child.as_deref()),
                (Some(p), Some(c)) if adopted.contains(&(p, c)))
        })
    }

    /// A `parent` link of a natural parent, for a link whose `adoptive` is
    /// `adoptive` (read with `adoptive_in`): not an adoption alone. A
    /// genetic or birth parent who also adopted the child (`biological` or
    /// `gestational` recorded true) is still the natural parent; the law's
    /// `natural_link` reads it the same way.
    pub fn natural_if(&self, adoptive: bool) -> bool {
        !adoptive || self.biological == Some(true) || self.gestational == Some(true)
    }

    /// A link recorded as no parent in any sense, for a link whose
    /// `adoptive` is `adoptive` and whose parent is (`parent_male`) a man:
    /// not genetic, not the birth parent, not a legal parent at the birth,
    /// no adoption. The facts leave it out of the child's parents (a
    /// stepparent who did not adopt is no parent, INA § 101(c)(1); USCIS PM
    /// Vol. 12, Pt. H, ch. 2) and list the person in `not_parents`.
    pub fn no_parent_at_all(&self, adoptive: bool, parent_male: bool) -> bool {
        !adoptive
            && self.biological == Some(false)
            && self.legal == Some(false)
            && (self.gestational == Some(false) || parent_male)
    }

    /// Whether this link names one of the child's two parents at birth, for
    /// the completeness of the child's parents list (decision 0003): a
    /// natural link (`natural_if`) not recorded as without a genetic or
    /// gestational tie. A stepparent, a mother's husband who is not the
    /// father, a man on the birth record who is not the genetic father, an
    /// intended parent of assisted reproduction without a tie: each leaves
    /// the slot of the unnamed genetic or birth parent open, whatever
    /// `legal` says (a legal father by presumption does not stop the
    /// genetic father from establishing paternity, 8 FAM 304.1).
    pub fn fills_a_birth_slot(&self, adoptive: bool) -> bool {
        self.natural_if(adoptive)
            && !(self.biological == Some(false) && self.gestational != Some(true))
    }
}

impl RelationKind {
    /// The fields a relation of this kind may have (besides `kind`).
    pub fn allowed(self) -> &'static [&'static str] {
        match self {
            RelationKind::Parent => &[
                "parent",
                "child",
                "biological",
                "gestational",
                "legal",
                "adoptive",
                "legitimated",
                "paternity_acknowledged_under_oath",
                "paternity_adjudicated",
                "support_agreement",
                "blood_relationship_proven",
            ],
            RelationKind::Marriage => &["a", "b", "from", "to", "ended_by", "legal_separation"],
            RelationKind::Custody => &[
                "parent", "child", "legal", "physical", "from", "to", "source",
            ],
            RelationKind::Adoption => &[
                "parent",
                "child",
                "date",
                "final",
                "two_years_custody_and_residence",
            ],
        }
    }
    /// The fields it must have.
    pub fn required(self) -> &'static [&'static str] {
        match self {
            RelationKind::Marriage => &["a", "b"],
            _ => &["parent", "child"],
        }
    }
}

/// How a marriage ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "self-explanatory")]
pub enum EndedBy {
    Divorce,
    Death,
    Annulment,
}

/// `kind: custody`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustodyRel {
    /// The parent with custody.
    pub parent: String,
    /// The child.
    pub child: String,
    /// Legal custody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal: Option<bool>,
    /// Physical custody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical: Option<bool>,
    /// From.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PDate>,
    /// To (`null`: ongoing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    #[schemars(with = "Option<PDate>")]
    pub to: Option<Option<PDate>>,
    /// `court_order`, `law` or `agreement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<CustodySource>,
}

/// Where custody came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "self-explanatory")]
pub enum CustodySource {
    CourtOrder,
    Law,
    Agreement,
}

/// `kind: adoption`.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdoptionRel {
    /// Adoptive parent.
    pub parent: String,
    /// Child.
    pub child: String,
    /// Date of the adoption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// Final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#final: Option<bool>,
    /// Two years of legal custody and residence (INA 101(b)(1)(E)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_years_custody_and_residence: Option<bool>,
}

/// The subject's immigration record.
#[derive(Clone, Debug, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Immigration {
    /// Countries of nationality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationalities: Option<Vec<Country>>,
    /// Orders of removal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<Order>>,
    /// Protections granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protections: Option<Vec<Protection>>,
    /// Pending applications and appeals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<Pending>>,
    /// Court orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court_orders: Option<Vec<CourtOrder>>,
    /// Criminal convictions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convictions: Option<Vec<Conviction>>,
    /// Imprisonment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imprisonment: Option<Imprisonment>,
    /// Unaccompanied alien child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unaccompanied_child: Option<bool>,
}

/// An order.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// `removal` (or another kind of order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// Date of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// Entered in absentia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_absentia: Option<bool>,
    /// Final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#final: Option<bool>,
    /// Country named in the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Country>,
}

/// Removal authorities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the authorities of the spec")]
pub enum Authority {
    #[serde(rename = "ina240")]
    Ina240,
    #[serde(rename = "expedited_235b1")]
    Expedited235b1,
    #[serde(rename = "reinstatement_241a5")]
    Reinstatement241a5,
    #[serde(rename = "administrative_238b")]
    Administrative238b,
    Stipulated,
    VoluntaryDeparture,
    AlienEnemiesAct,
}

/// A protection.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Protection {
    /// Kind.
    pub kind: ProtectionKind,
    /// The country it protects from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// Granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted: Option<PDate>,
    /// Terminated: `false`, `true`, or a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminated: Option<DateOrBool>,
}

/// Kinds of protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum ProtectionKind {
    #[serde(rename = "withholding_241b3")]
    Withholding241b3,
    CatWithholding,
    CatDeferral,
    Asylum,
    Tps,
    DeferredAction,
    Parole,
    UVisa,
    TVisa,
    Sijs,
}

/// A pending matter.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pending {
    /// Kind.
    pub kind: PendingKind,
    /// Filed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed: Option<PDate>,
    /// Whether it attacks an in-absentia order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_absentia_order: Option<bool>,
    /// Stay status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay: Option<StayStatus>,
}

/// Kinds of pending matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum PendingKind {
    BiaAppeal,
    MotionToReopen,
    MotionToReconsider,
    PetitionForReview,
    Habeas,
    FearClaim,
    N600,
    Other,
}

/// Stay status of a pending matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the statuses of the spec")]
pub enum StayStatus {
    Automatic,
    Granted,
    Denied,
}

/// A court order.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourtOrder {
    /// Kind.
    pub kind: CourtOrderKind,
    /// Court.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub court: Option<String>,
    /// Date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PDate>,
    /// In force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<bool>,
    /// A deadline the order sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<PDate>,
}

/// Kinds of court order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum CourtOrderKind {
    StayOfRemoval,
    Tro,
    PreliminaryInjunction,
    FacilitateReturn,
    Release,
    ClassMembership,
    Other,
}

/// A conviction.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conviction {
    /// Offense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offense: Option<String>,
    /// Date committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committed: Option<PDate>,
    /// Date of conviction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub convicted: Option<PDate>,
    /// Sentence in months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_months: Option<u32>,
    /// A crime of violence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub violent: Option<bool>,
}

/// Imprisonment.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Imprisonment {
    /// Serving a sentence now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serving_sentence: Option<bool>,
    /// Expected release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<PDate>,
}

/// The proposed action.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Kind.
    pub kind: ActionKind,
    /// Destination country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Country>,
    /// Authority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// Facility (foreign custody).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// Notice given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
    /// Consent (prisoner transfer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// A treaty is in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treaty_in_force: Option<bool>,
    /// The treaty (extradition).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub treaty: Option<String>,
    /// Judicial certification of extraditability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judicial_certification: Option<bool>,
    /// Secretary of State's surrender warrant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surrender_warrant: Option<bool>,
    /// The receiving state accepts (third country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiving_state_accepts: Option<bool>,
    /// Diplomatic assurances (third country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diplomatic_assurances: Option<bool>,
    /// The person was asked about fear of the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fear_inquiry: Option<bool>,
    /// Individual determination of membership (Alien Enemies Act).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aea_membership_determined: Option<bool>,
}

/// Kinds of action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[expect(missing_docs, reason = "the kinds of the spec")]
pub enum ActionKind {
    Removal,
    ForeignCustodyTransfer,
    Extradition,
    Detention,
}

impl ActionKind {
    /// The action kinds each kind-specific field of [`Action`] applies to
    /// (decision 0008); a field not listed (`notice`) applies to every kind.
    pub const FIELD_KINDS: &'static [(&'static str, &'static [ActionKind])] = {
        use ActionKind::*;
        &[
            ("to", &[Removal, ForeignCustodyTransfer, Extradition]),
            ("authority", &[Removal, Detention]),
            ("facility", &[ForeignCustodyTransfer]),
            ("consent", &[ForeignCustodyTransfer]),
            ("treaty_in_force", &[ForeignCustodyTransfer, Extradition]),
            ("treaty", &[Extradition]),
            ("judicial_certification", &[Extradition]),
            ("surrender_warrant", &[Extradition]),
            ("receiving_state_accepts", &[Removal]),
            ("diplomatic_assurances", &[Removal]),
            (
                "fear_inquiry",
                &[Removal, ForeignCustodyTransfer, Extradition],
            ),
            ("aea_membership_determined", &[Removal, Detention]),
        ]
    };
}

/// Notice of the action.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// When served (RFC 3339 timestamp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served: Option<crate::prim::Moment>,
    /// When the action is planned (RFC 3339 timestamp; its day as written
    /// is the action's date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<crate::prim::Moment>,
    /// Explains how to contest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explains_how_to_contest: Option<bool>,
    /// In a language the person understands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_understood: Option<bool>,
}

/// Consent to a transfer.
#[derive(Clone, Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<bool>,
    /// Verified by a judge (18 U.S.C. 4107/4108).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_by_judge: Option<bool>,
}

// Naturalization, documents, and regaining citizenship.

/// Documents that prove U.S. citizenship or nationality. Testimony is a
/// claim to investigate, not proof.
/// Evidence that is a person's word, not a document: a claim to investigate
/// (spec, Person.citizenship; decision 0008).
const CLAIMS = ["testimony", "affidavit", "sworn_statement", "declaration", "statement", "self_report", "interview"] cite "spec/case-format.md, Person.citizenship"

/// Documents that record a loss of U.S. nationality.
const LOSS_DOCUMENTS = ["certificate_of_loss_of_nationality", "cln", "denaturalization_judgment", "revocation_judgment"] cite "INA §§ 340(a), 358; 8 U.S.C. §§ 1451(a), 1501"

const DOCUMENTS = ["us_passport", "naturalization_certificate", "citizenship_certificate", "consular_report_of_birth_abroad", "us_birth_certificate", "passport_card"] cite "22 U.S.C. § 2705; 8 U.S.C. § 1452; 8 C.F.R. § 341"

/// Grounds on which a court may revoke naturalization.
// `other_than_honorable_separation_329c`: INA § 329(c) (8 U.S.C.
// § 1440(c)) lets a court revoke a naturalization through military service
// under § 340 when the person is separated under other than honorable
// conditions before five years of honorable service (review of 2026-11-29,
// test denat-329c-other-than-honorable-separation-lawful-ground). The case
// format's ground is free text; this spelling is the one the engine reads.
// `other_than_honorable_separation_328f`: its peacetime twin, INA § 328(f)
// (review of the change, test denat-328f-peacetime-service-other-than-
// honorable-before-five-years).
const LAWFUL_DENATURALIZATION_GROUNDS = ["illegal_procurement", "concealment_or_misrepresentation", "conviction_18_usc_1425", "other_than_honorable_separation_329c", "other_than_honorable_separation_328f"] cite "INA §§ 328(f), 329(c), 340(a), (e); 8 U.S.C. §§ 1439(f), 1440(c), 1451(a), (e)"

/// Naturalized: a citizen from the day of the oath of allegiance. A crime
/// committed after naturalization is not a ground to revoke it.
rule naturalized_citizen(p: Person)
  cite "INA § 337; 8 U.S.C. § 1448; 8 C.F.R. § 337.9"
  tag "route"
  holds when present(p.naturalized) and p.naturalized.date <= as_of()
  since p.naturalized.date
  unless naturalization_revoked(p) cite "INA § 340(a); 8 U.S.C. § 1451(a)"
  review when shown(present(p.denaturalization)) and p.denaturalization.court_kind in ["agency", "state_court", "other_court"]: "a revocation recorded as entered by an agency or official (USCIS, an immigration court, the BIA, the Attorney General, a department, a proclamation), by a state court or by a court that is not a district court (a court-martial, the Court of Federal Claims) is not a judgment of a federal district court: only a federal court may revoke naturalization (INA § 340(a), (e); Gorbach v. Reno, 219 F.3d 1087 (9th Cir. 2000) (en banc)); citizenship stands"
  review when shown(present(p.denaturalization)) and not (p.denaturalization.ground in LAWFUL_DENATURALIZATION_GROUNDS): "a judgment revoking naturalization on a ground the statute does not provide (conduct after naturalization, such as an unrelated crime) does not revoke citizenship: INA § 340(a) allows revocation only for illegal procurement or concealment or willful misrepresentation (Costello v. INS, 376 U.S. 120 (1964); Maslenjak v. United States, 582 U.S. 335 (2017))"

/// A final judgment revoking naturalization on a ground the statute gives.
/// It must be shown: an unknown judgment does not end citizenship.
rule naturalization_revoked(p: Person)
  cite "INA § 340(a); 8 U.S.C. § 1451(a); Maslenjak v. United States, 582 U.S. 335 (2017); Gorbach v. Reno, 219 F.3d 1087 (9th Cir. 2000) (en banc)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  holds when shown(present(p.denaturalization))
    and p.denaturalization.final
    and p.denaturalization.ground in LAWFUL_DENATURALIZATION_GROUNDS
    // Time review (law/citizenship/tests/time/): a judgment dated after
    // `as_of` has not been entered on the day the question is asked; it
    // revokes nothing yet. Only a date known to be later counts (`shown`):
    // a final judgment recorded without a date was entered by `as_of`, as
    // every fact in the case (decision 0006); before this review the date
    // was not read at all, so this only narrows the revocation.
    // Review (test d-judgment-partial-month-straddles-as-of): a judgment
    // dated "2025-06", asked on 2025-06-10, was read as entered (`shown`
    // turned "perhaps later" into "not later"). Now a recorded date, even
    // partial, must be on or before `as_of`; only a judgment with no date
    // at all is taken as entered by `as_of`.
    and (p.denaturalization.date <= as_of() or not shown(p.denaturalization.date >= 1790-03-26))
    // Review (tests d-revocation-by-uscis-not-a-court,
    // d-revocation-by-immigration-judge): only a federal district court may
    // revoke naturalization (§ 340(a); Gorbach v. Reno, 219 F.3d 1087 (9th
    // Cir. 2000) (en banc)); a "final" revocation by USCIS or an immigration
    // judge revoked citizenship here. The court's name is free text: one
    // that names an agency (`court_kind`, read in crates/habeas-case) revokes
    // nothing; an unnamed or unrecognized court is taken as a court, as the
    // format defines a denaturalization as a court judgment.
    // `shown`: only a court named and read as an agency takes the judgment
    // away; an unnamed or unread court stays a court (review test
    // m-denaturalization-sdny-court-name-not-read: an unread name left the
    // revocation open and asked for an internal field).
    // Review of 2026-11-29 (tests citizenship/tests/review/denat-by-*): a
    // revocation "by" the Attorney General, a department, a proclamation or
    // a state court was read as a court's, because only a short list of
    // agencies was recognized: a wrong "not a citizen". Only a federal court
    // may revoke (§ 340(a), (e); a state court cannot try § 1425, 18 U.S.C.
    // § 3231). A judgment of a court named and read as federal, or with no
    // court named (the format defines it as a court judgment), counts; one
    // named but not recognized leaves the loss open and asks which court.
    and p.denaturalization.court_kind in ["court", "unnamed"]
  // A "not a citizen" answer that rests on a relative's revocation would
  // otherwise carry no flag (flags come from rules that hold, and every
  // route failed). This rule holds there, so the flag is raised here.
  review when not p.is_subject and p.denaturalization.ground == "concealment_or_misrepresentation": "a parent's naturalization was revoked for concealment or willful misrepresentation: under INA § 340(d) (8 U.S.C. § 1451(d)) those who derived or acquired citizenship through it lose it; check the judgment's ground, that it is final, and whether the person also has a route of their own"

/// Regained citizenship by the oath of INA § 324(d): a citizen from the oath,
/// not retroactively. Only a recorded oath counts here; where a person may
/// have lost citizenship under the old retention rules, the acquisition
/// rules ask about the oath themselves.
rule regained_citizenship(p: Person)
  cite "INA § 324(d)(1); 8 U.S.C. § 1435(d)(1)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  quote "from and after the taking of the oath of allegiance"
  tag "route"
  // The retention rules reached no birth after 1952-10-10 (Pub. L. 95-432
  // repealed them for those born after that day), so no one born later
  // lost citizenship under them to regain it (review of 2026-11-30, tenth
  // session, test x-regained-oath-without-retention-loss: a person born in
  // 1990 to alien parents was a citizen by a recorded oath).
  holds when shown(present(p.regained)) and p.regained.date <= as_of()
    and p.born.date <= 1952-10-10
  since p.regained.date

/// A status of U.S. citizen asserted with a U.S. document (the engine takes
/// documentary evidence as a fact; testimony is a claim to investigate).
// Review of 2026-11-29 (tests citizenship/tests/review/crba-*,
// naturalization-certificate-asserted-after-final-denaturalization):
// - a Consular Report of Birth Abroad or a U.S. birth certificate without
//   `since` gave no `since`: each documents citizenship from birth;
// - a naturalization certificate outlived a final, lawful revocation of that
//   naturalization, though the judgment cancels it (§ 340(a), (f)). A
//   passport may rest on another ground and still counts.
rule asserted_citizen(p: Person)
  cite "22 U.S.C. § 2705; 8 U.S.C. § 1452; 8 C.F.R. § 341; INA § 340(a), (f); 8 U.S.C. § 1451(a), (f)"
  tag "route"
  holds when p.asserted.status == "citizen" and p.asserted.evidence in DOCUMENTS
    and not (p.asserted.evidence == "naturalization_certificate" and naturalization_revoked(p))
  // No citizenship begins before the birth: a document without `since`
  // dates it some day from the birth on, so a route from birth settles the
  // day (review of 2026-11-29, sixth session, tests h-subject-*-passport-
  // since-is-birth: a U.S.-born subject with a passport had no `since`).
  // A certificate of citizenship (INA § 341) documents only a citizenship
  // acquired at birth or derived before 18: it began by the 18th birthday
  // at the latest, whatever the day it was issued (review of 2026-11-30,
  // tests c2-, c3-mother-citizenship-cert-*, j3-ina320-mother-citizenship-
  // cert-*: a certificate issued at 30 made a mother "not a citizen" at her
  // child's birth).
  since if p.asserted.evidence in ["consular_report_of_birth_abroad", "us_birth_certificate"] then p.born.date
    else if p.asserted.evidence == "citizenship_certificate" then latest(earliest(p.asserted.since, anniversary(p.born.date, 18)), p.born.date)
    else latest(p.asserted.since, p.born.date)
  // A citizenship documented from a day after `as_of` is not one yet on
  // `as_of` (the other routes still decide: review of 2026-11-29, sixth
  // session, test iI-subject-passport-since-after-as-of-closes-open-301g-
  // route).
  unless shown(p.asserted.since > as_of()) and not (p.asserted.evidence in ["consular_report_of_birth_abroad", "us_birth_certificate"])
    cite "22 U.S.C. § 2705; 8 U.S.C. § 1452; decision 0007 (a future event is not assumed)"

/// A relative's status asserted as "not a citizen" or "national" (not a
/// citizen) is taken as a fact. The subject's own asserted status never
/// closes a route: whether the subject is a citizen is the question the
/// engine answers.
// A relative born in the United States is not made an alien by a foreign
// passport (review of 2026-11-29, test a-1995-father-born-texas-holds-
// mexican-passport-transmits: "not a citizen", the father's U.S. birth
// ignored). A foreign passport shows another nationality, not the loss of
// this one (Kawakita v. United States, 343 U.S. 717 (1952)); a loss must be
// shown (INA § 349(b)).
rule asserted_not_citizen(p: Person)
  cite "spec/case-format.md, Person.citizenship (documentary evidence a fact, testimony a claim to investigate); Kawakita v. United States, 343 U.S. 717 (1952); INA § 349(b)"
  holds when assertion_documents_alien(p) and not oath_after_assertion(p)

/// What the case asserts about a relative's status as "not a citizen" (or a
/// national only) counts as a fact: its evidence is named and is a document
/// (testimony and its like are claims to investigate), not a U.S.
/// citizenship document (which cannot show that the holder is not a
/// citizen), and, for a relative shown born in the United States or a
/// territory that made the person a citizen or national at birth, a
/// document of loss (another nationality's passport, a green card, shows no
/// loss of this one: Kawakita; a loss must be shown, INA § 349(b)).
// Review of 2026-11-29, sixth session (tests e-texas-born-father-not-
// citizen-by-testimony-transmits, e-father-not-citizen-by-testimony-keeps-
// routes-open and their evidence-absent twins; h-us-born-father-not-citizen-
// {us-passport,us-birth-certificate,affidavit,green-card}-*, h-mx-born-
// father-not-citizen-crba-open; f-tx-father-not-citizen-*-later-oath-*): the
// assertion was taken as a fact whatever its evidence, so a Texas-born
// father said on testimony alone not to be a citizen made his child "not a
// citizen", though the same assertion backed by a foreign passport did not;
// a U.S. passport or birth certificate "showed" non-citizenship; and a
// recorded oath turned testimony into a fact for the days before it. The
// spec takes documentary evidence as a fact and testimony as a claim to
// investigate; decision 0008 reads absent evidence as testimony. The
// relative's status is otherwise worked out from the relative's facts.
rule assertion_documents_alien(p: Person)
  cite "spec/case-format.md, Person.citizenship; 22 U.S.C. § 2705; Kawakita v. United States, 343 U.S. 717 (1952); INA § 349(b)"
  // safety: its `shown(...)` was reviewed: an assertion counts only when its
  // evidence is shown to be a document that can show it; unknown or
  // testimony-like evidence leaves the relative's routes open (more routes,
  // never fewer)
  tag "safety:reviewed"
  holds when not p.is_subject and p.asserted.status in ["not_citizen", "national"]
    and shown(not (p.asserted.evidence in CLAIMS))
    and not documented_loss_after_birth(p)
    and not (p.asserted.status == "not_citizen" and shown(p.asserted.evidence in DOCUMENTS))
    // Review of 2026-11-29 (tests mpu-puerto-rico-born-father-with-honduran-
    // passport-transmits, as-national-passport-father-naturalized-1985-child-
    // citizen-301e, ...): a birth in a territory that made the person a
    // citizen (INA §§ 302, 304-307; Covenant § 303) or a national (§ 308(1))
    // at birth is read like one in the United States.
    and not (not shown(p.asserted.evidence in LOSS_DOCUMENTS)
      // "A national" on a U.S. document is what a birth in American Samoa,
      // or in Guam, Puerto Rico or the Virgin Islands before their grants,
      // made people (tests nat-308-2-*, guam-national-parents-*): it stands
      // there, unless the document is foreign; a birth in a State it cannot
      // describe (test iI-texas-born-father-recorded-national-roster-
      // transmits-301g).
      // Only American Samoa makes permanent nationals: the territories'
      // nationals before their grants are read from the facts
      // (`territory_national_on`), and a record dated after the grant
      // cannot undo it (test L-vi-born-1920-mother-national-passport-since-
      // 1965-child-1960-not-alien).
      and (p.asserted.status == "not_citizen" or p.asserted.evidence == "foreign_passport"
        or not shown(p.born.country == "AS"))
      and (citizenship_shown_by_facts(p) or acquisition_open_through_native_parent(p)
        or derivation_open_through_naturalized_parent(p)))

/// The relative's derivation is still open through a recorded parent whose
/// naturalization is recorded: a foreign document says nothing against it.
// Review of 2026-11-30 (test r5-ina320-father-derivation-open-mexican-
// passport-not-closed): a father whose mother naturalized in "1993", the
// year of his 18th birthday, held a Mexican passport, and his child was
// "not a citizen"; without the passport the answer was open on the
// grandmother's oath date (the GAO's case of a citizen who does not know
// it). As narrow as `acquisition_open_through_native_parent`: only a
// recorded naturalization of a recorded parent opens it.
rule derivation_open_through_naturalized_parent(p: Person)
  cite "Kawakita v. United States, 343 U.S. 717 (1952); INA §§ 320, 349(b); former INA § 321; 8 U.S.C. §§ 1431, 1432, 1481(b)"
  // safety: its `shown(...)` was reviewed: it only sets a foreign document
  // aside where a derivation through a naturalized parent is open (more
  // routes, never fewer)
  tag "safety:reviewed"
  // A parent documented a citizen counts as well (review of 2026-11-30,
  // test e8-gf-natz-cert-1985-divorced-custody-unknown-*: a naturalization
  // certificate without a `naturalized` record did not).
  holds when shown(any l in p.parents: present(l.person.naturalized) or shown(asserted_citizen(l.person)))
    and not shown(not derived_under_some_statute(p))

/// The relative's acquisition at birth is still open through a recorded
/// parent who was born a citizen or national (in the United States or a
/// territory): a foreign document says nothing against it.
// Review of 2026-11-29, sixth session (tests o-g13-mx-mother-fp-but-chain-
// grandfather-presence-unknown and its twin): a Mexican-born mother with a
// Mexican passport, whose Texas-born father's presence is unknown, made the
// child "not a citizen", though without the passport the answer was open
// and with the grandfather's presence shown it was "citizen". Kept narrow:
// only a parent recorded and shown born a citizen or national opens it, so
// the published examples' foreign-passport relatives (no parents recorded)
// are read as before.
rule acquisition_open_through_native_parent(p: Person)
  cite "Kawakita v. United States, 343 U.S. 717 (1952); INA §§ 301, 349(b); 8 U.S.C. §§ 1401, 1481(b)"
  // safety: its `shown(...)` was reviewed: it only sets a foreign document
  // aside where a route through a native parent is open (more routes, never
  // fewer)
  tag "safety:reviewed"
  // Review of 2026-11-30 (tests e1-gf-passport-since-birth-*, e2-gf-crba-*,
  // e3-gf-natz-cert-1965-*, e7-mother-mx-passport-her-mother-crba-*): a
  // parent documented a citizen (passport, CRBA, certificate) but born
  // abroad did not open it, and the relative's foreign passport closed a
  // route the facts left open.
  holds when shown(any l in p.parents: national_by_birthplace(l.person) or shown(asserted_citizen(l.person)))
    and not shown(not acquired_at_birth_abroad(p))

/// The relative's own facts show a citizenship (or a nationality) that no
/// foreign document undoes: a birth here or in a territory, or a route
/// through a parent (acquired at birth abroad, or derived) shown to hold.
// Review of 2026-11-29, sixth session (tests h-chain-acquired-mother-with-
// foreign-passport-transmits, iI-derived-mother-with-mexican-passport-
// transmits-301g, iI-acquired-father-cln-since-2010-child-2005-transmits):
// a mother who acquired through her U.S.-born father, or derived under
// § 320, and held a Mexican passport was read as an alien (the GAO's common
// case of a citizen who does not know it); a CLN of such a father was read
// as "never a citizen". Routes through parents are read only when a parent
// is recorded. A route merely open does not outweigh a documented
// assertion (the spec takes documentary evidence as a fact).
rule citizenship_shown_by_facts(p: Person)
  cite "Kawakita v. United States, 343 U.S. 717 (1952); INA §§ 301, 320, 349(b); 8 U.S.C. §§ 1401, 1431, 1481(b)"
  // safety: its `shown(...)` was reviewed: only routes shown to hold
  // outweigh an assertion (more routes, never fewer)
  tag "safety:reviewed"
  // Review of the day's changes (tests cz-born-father-*-passport-*, 324d-
  // regained-father-*, 308-4-father-national-by-308-2-*): the Canal Zone
  // and Panama (§ 303), regaining (§ 324(d)) and birth abroad to
  // national parents (§ 308; read through its clauses, which do not consult
  // the assertion) are routes of the facts too.
  holds when national_by_birthplace(p)
    // (Not marriage before 1922: it reads the spouse's status, and the
    // spouse's assertion reads this rule, a cycle.)
    // (read only for a birth shown in Panama: its rule raises a flag)
    or (shown(p.born.country == "PA") and shown(born_in_canal_zone_or_panama(p)))
    or shown(regained_citizenship(p))
    or (shown(any l in p.parents: true) and shown(acquired_at_birth_abroad(p) or derived_under_some_statute(p)
      or ina_308_2(p) or ina_308_4(p) or out_of_wedlock_national_mother(p)))

/// A woman married before 1922-09-22 to a man born in the United States,
/// or whose naturalization before that day is recorded (and not revoked),
/// asked about a day `d` on or after both the wedding and his citizenship:
/// a citizen under R.S. § 1994 by the facts of the marriage and his birth or
/// oath, which no foreign document undoes.
// Review of 2026-11-30 (test r5-rs1994-mother-german-passport-child-
// derived-1918): a widow who married a man naturalized in 1918 and held a
// German passport made her child "not a citizen"; without the passport
// the child was a citizen. `citizen_by_marriage_before_1922` cannot be read
// for the assertion (it reads the husband's status, whose assertion reads
// the wife's), so this reads only the recorded birth or oath and the
// marriage; and only from the day they made her a citizen: before it the
// document still speaks of her (test pre1934-child-lpr-day-after-21st-
// birthday). Review of the change (tests v6-rs1994-*): a partial wedding or
// oath date, an unrecorded birth date or sex leave it open (it was closed,
// and the document stood); only the qualifying husband's revocation
// counts; a husband born in the United States counts too.
rule wife_of_citizen_before_1922_by(p: Person, d: date)
  cite "R.S. § 1994 (Act of Feb. 10, 1855, § 2, 10 Stat. 604); Kelly v. Owen, 74 U.S. (7 Wall.) 496 (1868); Kawakita v. United States, 343 U.S. 717 (1952)"
  // safety: its `shown(...)` was reviewed: `shown` only picks the husbands
  // whose citizenship is a recorded birth here or a recorded oath, and
  // leaves out a woman shown to be a man, born too late, or holding a
  // document of loss; the dates themselves are compared three-valued, so a
  // partial date leaves it open (more routes, never fewer)
  tag "safety:reviewed"
  holds when not shown(p.asserted.evidence in LOSS_DOCUMENTS)
    and not shown(p.sex == "male")
    and not shown(p.born.date >= 1922-09-22)
    // A spouse shown to be a woman makes `p` the husband (sex unrecorded).
    and (any m in p.marriages where (shown(present(m.spouse.naturalized)) or shown(born_in_united_states(m.spouse)))
        and not shown(m.spouse.sex == "female"):
      m.from < 1922-09-22
      and husband_citizen_from(m.spouse) < 1922-09-22
      and latest(m.from, husband_citizen_from(m.spouse)) <= d
      and (husband_citizen_from(m.spouse) <= m.from or on(m.period, husband_citizen_from(m.spouse)))
      and not naturalization_revoked(m.spouse)
      // A husband who lost his citizenship carried hers with it (her
      // nationality followed his: test matter-of-s-wwi-oath-1917-child-
      // born-1924-not-citizen).
      and not lost_citizenship(m.spouse))

/// The day a husband read by `wife_of_citizen_before_1922_by` was a
/// citizen from: his recorded oath, else his birth (in the United States).
def husband_citizen_from(h: Person) -> date =
  if shown(present(h.naturalized)) then h.naturalized.date else h.born.date

/// A relative shown to be a citizen or national by birthplace whose
/// assertion of "not a citizen" rests on a document of loss (a CLN, a
/// revocation): the document records a loss from its `since`, not a status
/// from birth (`documented_loss_by`).
// Review of 2026-11-29, sixth session (tests h-us-born-father-cln-since-
// 2010-child-2005-transmits, h-us-born-father-cln-no-since-child-2005-open):
// a Texas-born father's CLN of 2010 made his child of 2005 "not a citizen";
// a loss is not retroactive (INA §§ 349, 358).
rule documented_loss_after_birth(p: Person)
  cite "INA §§ 349(a), 358; 8 U.S.C. §§ 1481(a), 1501"
  // safety: its `shown(...)` was reviewed: only a document shown to be one
  // of loss is read from its date (more routes, never fewer)
  tag "safety:reviewed"
  // A certificate of loss only: a revocation judgment is read with the
  // naturalization it revokes (`naturalization_revoked`, § 340(d); test
  // 340d-mother-revoked-illegal-procurement-asserted-judgment-child-301g-
  // keeps).
  holds when not p.is_subject and p.asserted.status in ["not_citizen", "national"]
    and shown(p.asserted.evidence in ["certificate_of_loss_of_nationality", "cln"])
    // Any relative's: a CLN is issued only to one who was a national (8
    // U.S.C. § 1501; 22 C.F.R. § 50.40), so it speaks of a loss on its
    // day, whatever the facts show before it (test L-cln-since-2010-father-
    // parents-unrecorded-child-2005-not-closed: "not a citizen").
    // Naturalized relatives too (review of the day's changes, tests tx-
    // born-father-renounced-2003-renaturalized-2012-child-2000-301g, chain-
    // acquired-father-also-naturalized-1990-cln-2010-child-1985-301g): read
    // through the oath, the loss made them "never a citizen before it".

/// Day `d` is after the `since` of a documented loss
/// (`documented_loss_after_birth`); an unknown `since` leaves it open.
rule documented_loss_by(p: Person, d: date)
  // safety: its `shown(...)` was reviewed: only a recorded oath after the
  // loss ends it (a route added, none removed)
  tag "safety:reviewed"
  cite "INA §§ 349(a), 358; 8 U.S.C. §§ 1481(a), 1501"
  // `<`: the day of the loss itself counts, as in `citizen_on` (test
  // iI-us-born-father-cln-since-birth-day-child-2005-not-closed).
  // A naturalization after the loss is citizenship again from its oath.
  holds when documented_loss_after_birth(p) and p.asserted.since < d
    and not (shown(present(p.naturalized)) and p.naturalized.date > p.asserted.since and p.naturalized.date <= d)

/// Shown born in the United States or in a territory that made the person a
/// citizen or a national at birth.
// Read only for a birth shown in the United States or a territory: the
// territorial rules raise review flags of their own, which a relative of
// unknown birthplace must not carry into the answer (review of 2026-11-29:
// flags about Puerto Rico and Guam on an Armenian-born subject's
// grandparents).
rule national_by_birthplace(p: Person)
  cite "U.S. Const. amend. XIV, § 1; INA §§ 301(a), 302, 304-308(1); 8 U.S.C. §§ 1401(a), 1402, 1404-1408(1); Covenant § 303"
  // safety: its `shown(...)` was reviewed: it only lets a birth shown here
  // outweigh an assertion (more routes, never fewer)
  tag "safety:reviewed"
  holds when shown(p.born.country in ["US", "PR", "VI", "GU", "MP", "AS"])
    and shown(born_in_united_states(p) or born_in_puerto_rico(p) or born_in_puerto_rico_jones_act(p)
      or born_in_virgin_islands(p) or born_in_guam(p) or born_in_northern_mariana_islands(p)
      or born_in_outlying_possession(p)
      // a national from birth in a territory before its grant, whatever the
      // day asked (test na1940-201d-guam-mother-japanese-passport-child-
      // 1947-asked-1949)
      or territory_national_on(p, p.born.date))

/// A relative's naturalization oath is recorded beside an assertion that
/// speaks of the time before it: a national's status (shown by any
/// document), or "not a citizen" shown by a foreign passport (another
/// nationality, which a naturalized citizen may keep). A revocation
/// judgment dated after the oath keeps its force from its `since`
/// (`loss_asserted_after_oath`); a Certificate of Loss never comes here
/// (`documented_loss_after_birth` reads it from its date for every
/// relative).
rule oath_after_assertion(p: Person)
  cite "spec/case-format.md, Person.citizenship; INA § 337(a); 8 C.F.R. § 337.9(a) (citizen from the oath); Kawakita v. United States, 343 U.S. 717 (1952)"
  // safety: its `shown(...)` was reviewed: only a recorded oath turns the
  // timeless assertion into one about the days before it (more routes,
  // never fewer)
  tag "safety:reviewed"
  // Review of the change (tests ina320-mother-green-card-status-recorded-
  // then-naturalized-2003, 301g-father-said-to-be-not-citizen-but-oath-
  // 2000-recorded): any evidence of a status before the oath (a green card)
  // yields to the recorded oath.
  // Only an assertion that counts (`assertion_documents_alien`): testimony
  // beside an oath is no fact about the days before it (review of
  // 2026-11-29, sixth session, tests f-tx-father-not-citizen-testimony-
  // later-oath-2000-child-1995-301g and twins).
  holds when assertion_documents_alien(p) and shown(present(p.naturalized))

/// A relative asserted not to be a citizen (or to be a national only) whose
/// naturalization oath is recorded (`oath_after_assertion`): not a citizen
/// on day `d` unless the naturalization (or what § 340(d) keeps of it for
/// the children) holds on `d`. No other route of the relative counts: the
/// assertion says there was none before the oath.
rule asserted_not_citizen_before(p: Person, d: date)
  cite "spec/case-format.md, Person.citizenship; INA §§ 337(a), 340(d); 8 C.F.R. § 337.9(a) (citizen from the oath)"
  // safety: its `shown(...)` was reviewed: a `since` recorded after the oath
  // is part of a documented assertion, which the spec takes as a fact; an
  // assertion with no `since` reads only the days before the oath
  tag "safety:reviewed"
  // A revocation judgment beside a recorded oath documents a loss after it,
  // from the assertion's `since` (`loss_asserted_after_oath`).
  holds when oath_after_assertion(p)
    and ((not (route_by(naturalized_citizen(p), d) and p.naturalized.date <= d)
        and not (route_by(naturalization_kept_for_children(p), d) and d < p.denaturalization.date))
      or (loss_asserted_after_oath(p) and p.asserted.since < d))

/// The assertion documents a loss after the recorded oath, from its
/// `since`: a judgment of revocation whose recorded `since` falls after the
/// oath. (A Certificate of Loss is read from its date by
/// `documented_loss_by`, with or without an oath: it never reaches here.)
// A judgment's `since` after the oath speaks of a loss after it (test
// mother-naturalized-1995-documented-not-citizen-since-2008-child-born-
// 2010). A foreign passport's `since` does not: holding one is no way of
// losing citizenship (tests *-mexican-passport-since-2008-*; Afroyim;
// § 349).
rule loss_asserted_after_oath(p: Person)
  cite "spec/case-format.md, Person.citizenship; INA §§ 340(a), 349, 358; 8 U.S.C. §§ 1451(a), 1481, 1501"
  // safety: its `shown(...)` was reviewed: a `since` recorded after the oath
  // is part of a documented assertion, which the spec takes as a fact
  tag "safety:reviewed"
  holds when p.asserted.evidence in ["denaturalization_judgment", "revocation_judgment", "court_judgment"]
    and shown(p.asserted.since >= p.naturalized.date)

/// The same, for an assertion of "not a citizen" (neither citizen nor
/// national before the oath): `national_on` reads it.
rule asserted_alien_before(p: Person, d: date)
  cite "spec/case-format.md, Person.citizenship; INA § 337(a); 8 C.F.R. § 337.9(a)"
  holds when p.asserted.status == "not_citizen" and asserted_not_citizen_before(p, d)

/// A parent's naturalization that a court revoked on a ground other than
/// concealment of a material fact or willful misrepresentation: the persons
/// who claim citizenship through it (children who derived or acquired it
/// through that parent) keep it. It counts for them from the oath until the
/// revocation judgment (a child cannot derive through the parent after it).
// Added in review: revocation used to erase the parent's naturalization for
// every purpose, so a child who had derived through a parent later
// denaturalized for illegal procurement (no fraud) was answered "not a
// citizen" (review test r-parent-denaturalized-illegal-procurement-child-keeps).
// § 340(d) reaches derivative citizens only when the revocation was for
// concealment or willful misrepresentation (wherever they reside), or under
// § 340(c) / § 329(c) (unless they reside in the United States); a revocation
// for illegal procurement or on a § 340(e) conviction is not listed. The
// subject's own naturalization is still revoked (`naturalized_citizen`).
rule naturalization_kept_for_children(p: Person)
  cite "INA § 340(d); 8 U.S.C. § 1451(d); USCIS Policy Manual Vol. 12, Pt. L, ch. 3 (citizenship of a spouse or child is not lost when the revocation was based on illegal procurement)"
  quote "Any person who claims United States citizenship through the naturalization of a parent or spouse in whose case there is a revocation and setting aside of the order admitting such parent or spouse to citizenship under the provisions of subsection (a) of this section on the ground that the order and certificate of naturalization were procured by concealment of a material fact or by willful misrepresentation shall be deemed to have lost and to lose his citizenship"
  holds when not p.is_subject
    and present(p.naturalized) and p.naturalized.date <= as_of()
    and naturalization_revoked(p)
    and not (p.denaturalization.ground == "concealment_or_misrepresentation")
  since p.naturalized.date
  review when shown(naturalization_revoked(p)): "a parent's naturalization was revoked on a ground other than concealment or willful misrepresentation: INA § 340(d) does not take away the citizenship of a child who derived or acquired it through that naturalization (USCIS PM 12.L.3); a lawyer should confirm (research notes § 5.3, UNCERTAIN)"

/// A woman married to a U.S. citizen before 1922-09-22 (or whose husband
/// naturalized during such a marriage before that day) was "deemed a
/// citizen" by the marriage (R.S. § 1994). The Cable Act ended it for
/// marriages and husbands' naturalizations from 1922-09-22.
// Added in the review of 2026-11-29 (tests citizenship/tests/review/
// x-rs1994-*): a Mexican-born mother who married a Texas-born citizen in
// 1919 was taken for an alien, so her child born abroad in 1945 was "not a
// citizen", with no question asked. By R.S. § 1994 she became a citizen on
// the wedding day; no residence was needed (Kelly v. Owen, 74 U.S. (7
// Wall.) 496 (1868)); she kept it when widowed while residing in the United
// States (Expatriation Act of 1907 § 4) and, from 1922-09-22, on marrying
// an alien (Cable Act § 3). A marriage to an alien from 1907-03-02 to
// 1922-09-21 took it away for that marriage (`expatriated_by_marriage_on`,
// which reads `citizen_on`). Not encoded, in the protective direction: the
// loss of a widow who resided abroad and did not register with a consul
// (1907 Act § 4), and the condition that she "might herself be lawfully
// naturalized" (the racial bars of R.S. § 2169, lifted 1940-1952), which is
// raised for review.
rule citizen_by_marriage_before_1922(p: Person)
  cite "R.S. § 1994 (Act of Feb. 10, 1855, § 2, 10 Stat. 604); Kelly v. Owen, 74 U.S. (7 Wall.) 496 (1868); Expatriation Act of Mar. 2, 1907 § 4, 34 Stat. 1228; Cable Act of Sept. 22, 1922, §§ 2, 3, 42 Stat. 1021; 8 FAM 301.7"
  quote "Any woman who is now or may hereafter be married to a citizen of the United States, and who might herself be lawfully naturalized, shall be deemed a citizen."
  tag "route"
  // safety: its `shown(...)` was reviewed: it only opens the route for a
  // first marriage dated before 1922-09-22 whose husband is not recorded
  // (an undated or unrecorded first marriage keeps the answer it had)
  tag "safety:reviewed"
  // `m.from < 1922-09-22` comes first: it keeps every later marriage (and a
  // husband whose own record would lead back here) out of the computation.
  // A husband is a citizen on the day of his own oath when the
  // naturalization holds (reading `citizen_on` on a partial oath date
  // compared the date with itself and stayed open: review of 2026-11-29,
  // test rs1994-husband-naturalized-year-only-1921-wife-citizen-child-1936).
  // Born on or after 1922-09-22, she cannot have married before it (review
  // of 2026-11-30: a man or woman born in 1980 whose marriages were not
  // recorded was asked for their sex for this route).
  holds when p.born.date < 1922-09-22
    and p.sex == "female"
    and ((any m in p.marriages:
      m.from < 1922-09-22
      and (citizen_on(m.spouse, m.from)
        or (m.spouse.naturalized.date < 1922-09-22 and on(m.period, m.spouse.naturalized.date)
            and naturalized_citizen(m.spouse) and not asserted_not_citizen(m.spouse))))
    // Review of 2026-11-30, twelfth session (test mono-rs1994-mother-
    // married-1915-spouse-unrecorded: "not a citizen" for the 1936 child of
    // a mother whose first marriage, in 1915, was dated but the husband not
    // recorded; recording him born in the United States made the child a
    // citizen). A first marriage before 1922-09-22 that no recorded marriage
    // matches is to a husband the case does not name: open, and asked.
    or (shown(p.married < 1922-09-22)
      and first_marriage_unrecorded(p)
      and first_marriage_spouse_not_recorded(p)))
  // `since`: the first day of such a marriage on which the husband is known
  // to be a citizen (the days of his routes known to hold, as `since` reads
  // everywhere: `citizen_by_some_route`); when none is known, the first day
  // he may have been one (review of 2026-11-29, test rs1994-husband-
  // citizenship-open-child-1936-not-closed: a husband whose own citizenship
  // was open gave "never", which closed the route for `citizen_on`).
  // (A first marriage whose husband is not recorded: from its day.)
  since if ever(marriage_to_citizen_days(p, false))
    then first_day(marriage_to_citizen_days(p, false))
    else if ever(marriage_to_citizen_days(p, true))
      then first_day(marriage_to_citizen_days(p, true))
      else p.married
  review when p.sex == "female": "a wife became a citizen by marriage only if she 'might herself be lawfully naturalized' (R.S. § 1994): a woman of a race then barred from naturalization (R.S. § 2169; for persons of Asian birth until 1943-1952) did not; the engine assumes she could be naturalized"

/// A woman's first marriage before 1922-09-22 is dated, but the husband is
/// not recorded: whether he was a citizen (R.S. § 1994) is not in the case.
rule first_marriage_spouse_not_recorded(p: Person)
  cite "R.S. § 1994 (Act of Feb. 10, 1855, § 2, 10 Stat. 604); Cable Act of Sept. 22, 1922, § 3, 42 Stat. 1021"
  versions by p.married
    from 1855-02-10: not_encoded "the woman's first marriage, before 1922-09-22, is dated but the husband is not recorded: if he was a U.S. citizen she became one by the marriage (R.S. § 1994), and kept it after 1922 (Cable Act § 3) (question: relations)"
    until 1855-02-10: none "R.S. § 1994 (Act of Feb. 10, 1855) applies to marriages from its enactment"
  holds when true

/// The days of a marriage before 1922-09-22 on which the husband was a
/// citizen (`open`: or may have been, as `citizen_days`).
def marriage_to_citizen_days(p: Person, open: bool) -> timeline =
  union m in p.marriages where m.from < 1922-09-22:
    m.period & ending(1922-09-22) & citizen_days(m.spouse, open)

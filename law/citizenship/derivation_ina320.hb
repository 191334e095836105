// Current INA § 320, as amended by the Child Citizenship Act of 2000
// (Pub. L. 106-395, effective 2001-02-27). Decisions 0200, 0202, 0203, 0210.

/// The child derived citizenship under INA § 320 on the first day, on or
/// after 2001-02-27 and by the 18th birthday, on which a citizen parent, LPR
/// status, residence in the United States in that parent's legal and physical
/// custody, and being unmarried all held together.
rule derived_ina_320(p: Person)
  cite "INA § 320(a), (b); 8 U.S.C. § 1431(a), (b), as amended by the Child Citizenship Act of 2000, Pub. L. 106-395, § 101 (effective 2001-02-27)"
  cite "Matter of Rodriguez-Tejedor, 23 I&N Dec. 153 (BIA 2001) (not retroactive); USCIS Policy Manual Vol. 12, Pt. H, ch. 4"
  quote "A child born outside of the United States automatically becomes a citizen of the United States when all of the following conditions have been fulfilled: (1) At least one parent of the child is a citizen of the United States, whether by birth or naturalization. (2) The child is under the age of eighteen years. (3) The child is residing in the United States in the legal and physical custody of the citizen parent pursuant to a lawful admission for permanent residence."
  holds when ina_320_conditions(p, false)
    or (not ina_320_conditions(p, false)
        and ina_320_conditions(p, true))
  // Both birthday flags only when shown (review of 2026-11-29, sixth
  // session: a case with no birth date carried "born 1983-02-27").
  review when shown(since(ina_320_conditions(p, false)) == anniversary(p.born.date, 18)):
    "the last condition was met on the 18th birthday; USCIS counts it as met while under 18 (Policy Alert PA-2024-21; decision 0202), but not every court has said so"
  review when shown(p.born.date == 1983-02-27):
    "born 1983-02-27: the person turned 18 on the day the Child Citizenship Act took effect; the protective reading (decisions 0202, 0203) counts the Act as applying, which is not settled"
  // Review of 2026-11-29 (test d9-cca-legitimated-by-marriage-on-16th-
  // birthday-flagged): decision 0202 flags every answer resting on a
  // birthday; a legitimation on the 16th was counted with no flag.
  review when shown(ina_320_conditions(p, false) and (any l in p.parents: l.legitimated == anniversary(p.born.date, 16))):
    "the legitimation was on the 16th birthday: counted as 'before the child reaches the age of sixteen years' (INA § 101(c)(1)) by analogy with USCIS Policy Alert PA-2024-21 (decision 0202); at common law a person reached an age the day before the birthday"

/// The INA § 320 conditions held together through some parent (with the
/// residence of § 320(a)(3), or from 2020-03-26 the residence abroad that
/// § 320(c) counts as residence in the United States).
rule ina_320_conditions(p: Person, open: bool)
  cite "INA § 320(a), (b), (c); 8 U.S.C. § 1431(a), (b), (c)"
  holds when ever(starting(2001-02-27) & through_birthday(p, 18))
    and (any l in p.parents: ina_320_through(p, l, open) or ina_320c_through(p, l, open))

/// INA § 320(c): the child of a citizen parent stationed abroad as a member
/// of the armed forces or an employee of the U.S. Government (or residing
/// abroad as the spouse of one) is considered residing in the United States
/// while residing with that parent abroad; the other conditions of § 320
/// are unchanged (LPR status, custody, under 18, unmarried).
// Added in the review of 2026-11-29 (test citizenship/tests/review/
// sm-ina320c-soldier-stationed-abroad-lpr-child): an LPR child living in
// Germany with his father, a naturalized U.S. Army member stationed there,
// was answered "not a citizen" with no bar, because he did not reside in
// the United States. Pub. L. 116-133 (2020-03-26) added § 320(c); USCIS
// applies it from that day (Policy Manual Vol. 12, Pt. H, ch. 4, § C; news
// release of 2020-09-18), so the days it counts start then. The parent's
// stationing is read from `service_abroad` (armed forces, U.S. Government,
// or a dependent of a service member: the spouse clause); that the child
// resided with the parent under the orders is not in the case format and is
// flagged for review. Before August 2019 USCIS treated such children as
// residing here by policy; the engine does not date citizenship from that
// withdrawn policy (the flag says so).
rule ina_320c_through(p: Person, l: ParentLink, open: bool)
  cite "INA § 320(c); 8 U.S.C. § 1431(c), added by the Citizenship for Children of Military Members and Civil Servants Act, Pub. L. 116-133, 134 Stat. 168 (2020-03-26); USCIS Policy Manual Vol. 12, Pt. H, ch. 4"
  quote "the child shall be considered residing in the United States for purposes of paragraph (a)(3) if the child is residing with such parent who is stationed outside the United States pursuant to official orders"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  let t = starting(2020-03-26)
    & citizen_days(l.person, open)
    & ina_320_status_days(p)
    & (stationed_abroad_days(l.person) | stationed_spouse_days(l.person))
    & unmarried_days(p)
    & through_birthday(p, 18)
  holds when (natural_link(l) and in_legal_and_physical_custody(p, l.person, t & natural_child_days(p, l)))
    or (shown(l.adoptive) and any a in p.adoptions where a.parent == l.person: adopted_child_320b(p, a, t))
    // Review of the fifteenth session (tests rf-320b-adoptive-link-no-
    // adoption-relation-open, rf-320b-usc-adoptive-mother-adoption-relation-
    // missing-open: "not a citizen"): a link recorded as adoptive whose
    // adoption is not recorded left only the recorded adoptions to read.
    // The adoption happened (the link says so); its date, the age at it and
    // the two years of § 101(b)(1)(E) are unknown: open, and asked.
    or (shown(l.adoptive)
      and not (any a in p.adoptions where a.parent == l.person: true)
      and in_legal_and_physical_custody(p, l.person, t)
      and adoption_not_recorded_320(p))
  review when true: "INA § 320(c) counts the child as residing in the United States only while residing with the citizen parent stationed abroad under official orders (for the armed forces, authorized to accompany the member); the case format records the parent's service, not the orders: check them. USCIS applied a similar rule by policy before August 2019, which could date citizenship earlier"

/// The days a person was stationed abroad in the armed forces or as a U.S.
/// Government employee, or resided abroad as a service member's dependent.
// Fourteenth session (review test g-320c-citizen-mother-unmarried-
// dependent-daughter-of-soldier-not-covered): § 320(c) covers the parent who
// serves, or who lives abroad in marital union with one who does, not the
// service member's dependent son or daughter (that category is the
// § 301(g) proviso's). A dependent's days count only from the person's
// first marriage on (the format's kind does not say spouse or child; a
// person never married is a dependent child).
def stationed_abroad_days(x: Person) -> timeline =
  (union s in x.service_abroad where s.kind in ["us_armed_forces", "us_government"]: s.period)
    | ((union s in x.service_abroad where s.kind == "dependent_of_service_member": s.period) & starting(x.married))

/// The days a person was married to someone stationed abroad in the armed
/// forces or as a U.S. Government employee (§ 320(c) counts the citizen
/// parent "residing abroad in marital union with" such a spouse; review of
/// the 2026-11-29 changes, tests citizenship/tests/review/ina320c-*-spouse-*).
def stationed_spouse_days(x: Person) -> timeline =
  union m in x.marriages: m.period & (union s in m.spouse.service_abroad where s.kind in ["us_armed_forces", "us_government"]: s.period)

/// The INA § 320 conditions held together through parent `l`. An adopted
/// child must meet INA § 101(b)(1)(E), (F) or (G) (§ 320(b)); a stepparent who
/// did not adopt is not a parent.
rule ina_320_through(p: Person, l: ParentLink, open: bool)
  cite "INA § 320(a), (b); 8 U.S.C. § 1431(a), (b); INA § 101(c)(1); 8 U.S.C. § 1101(c)(1); 8 C.F.R. § 320.1"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  let t = starting(2001-02-27)
    & citizen_days(l.person, open)
    & ina_320_status_days(p)
    & p.residence
    & unmarried_days(p)
    & through_birthday(p, 18)
  holds when (natural_link(l) and in_legal_and_physical_custody(p, l.person, t & natural_child_days(p, l)))
    or (shown(l.adoptive) and any a in p.adoptions where a.parent == l.person: adopted_child_320b(p, a, t))
    // Review of the fifteenth session (tests rf-320b-adoptive-link-no-
    // adoption-relation-open, rf-320b-usc-adoptive-mother-adoption-relation-
    // missing-open: "not a citizen"): a link recorded as adoptive whose
    // adoption is not recorded left only the recorded adoptions to read.
    // The adoption happened (the link says so); its date, the age at it and
    // the two years of § 101(b)(1)(E) are unknown: open, and asked.
    or (shown(l.adoptive)
      and not (any a in p.adoptions where a.parent == l.person: true)
      and in_legal_and_physical_custody(p, l.person, t)
      and adoption_not_recorded_320(p))

/// A parent link recorded as adoptive with no adoption recorded: the
/// adoption's date and the custody before it decide INA § 320(b).
rule adoption_not_recorded_320(p: Person)
  cite "INA §§ 101(b)(1)(E)-(G), 320(b); 8 U.S.C. §§ 1101(b)(1)(E)-(G), 1431(b)"
  versions by p.born.date
    from 1700-01-01: not_encoded "the parent link is recorded as adoptive but the adoption is not: its date, the child's age then, and two years' legal custody and residence (or an orphan or Hague adoption) decide INA § 320(b) (question: @.adoptions)"
  holds when true

/// The days on which the child was a lawful permanent resident, or a U.S.
/// national (a national child of a citizen parent need not be an LPR: USCIS
/// technical update of 2018-08-15, decision 0200).
// Only a national status that is known counts here: when it is open, the
// national route itself keeps the person's status open, so nothing is lost.
def ina_320_status_days(p: Person) -> timeline =
  starting(p.lpr.date) | (if shown(national(p)) then starting(since(national(p))) else no_days())

/// An adopted child meets INA § 320 through adoption `a`: the adoption was
/// final and made before the 16th birthday (or before 18 under the sibling
/// rule), the child had two years of legal custody by and residence with the
/// adopting parent (which may precede the adoption), and the other
/// conditions held together after both.
rule adopted_child_320b(p: Person, a: Adoption, t: timeline)
  cite "INA § 320(b); 8 U.S.C. § 1431(b); INA § 101(b)(1)(E), (F), (G); 8 U.S.C. § 1101(b)(1)(E), (F), (G); USCIS Policy Manual Vol. 12, Pt. H, ch. 4; decision 0210"
  quote "a child adopted while under the age of sixteen years if the child has been in the legal custody of, and has resided with, the adopting parent or parents for at least two years"
  // safety: its `shown(...)` was reviewed: an unrecorded two-years flag is
  // read from the custody records (checked below); only a recorded `false`
  // sends the case to the sibling, orphan and Hague rules
  tag "safety:reviewed"
  holds when a.final
    and (a.date <= anniversary(p.born.date, 16)
         or (a.date <= anniversary(p.born.date, 18) and adoption_sibling_or_orphan_rule(p)))
    // Review of 2026-11-29 (tests citizenship/tests/review/d320b-*): the two
    // years were demanded of every adoption before 16, so an orphan (IR-3)
    // adopted abroad and admitted at once was "not a citizen". Orphans and
    // Hague adoptees (§ 101(b)(1)(F), (G)) need no two years; the case format
    // cannot say which an adoption was, so without the two years it is open.
    // An unrecorded `two_years_custody_and_residence` is read from the
    // custody records (review of 2026-11-29, test ina320-adopted-child); no
    // custody record for the parent leaves custody open (decision 0201 § 3;
    // review of the change, tests adoption-two-years-flag-and-custody-not-
    // recorded-open, adoption-two-years-flag-unrecorded-custody-one-year-
    // short-at-18, adoption-orphan-sibling-adopted-at-17-under-two-years-
    // custody-open: the orphan and Hague branch was cut off by the two
    // years' condition, and no records read as no custody).
    // Review (test ina320-adopted-custody-recorded-in-two-periods-turned-18-2009):
    // all the parent's legal and physical custody periods count together.
    and (two_years_met(p, a, t)
      or (not shown(two_years_met(p, a, t))
        and held_together(t & adoptive_custody_days(p, a.parent) & starting(a.date))
        and adoption_sibling_or_orphan_rule(p))
      or (not (any c in p.custody: c.parent == a.parent) and custody_not_recorded(p)))
  // Review of 2026-11-29 (test ina320b-adoption-final-on-16th-birthday-
  // flagged): decision 0202 flags every answer resting on a birthday.
  review when shown(a.date == anniversary(p.born.date, 16)):
    "the adoption was on the 16th birthday: counted as 'while under the age of sixteen years' (INA § 101(b)(1)(E)(i)) by analogy with USCIS Policy Alert PA-2024-21 (decision 0202); at common law a person reached an age the day before the birthday"

/// The two years of § 101(b)(1)(E): not recorded as unmet, and read from
/// the custody records.
// safety: its `shown(...)` was reviewed: only a recorded `false` sends the
// case to the sibling, orphan and Hague rules (`adopted_child_320b`)
rule two_years_met(p: Person, a: Adoption, t: timeline)
  cite "INA §§ 101(b)(1)(E)(i), 320(b); 8 U.S.C. §§ 1101(b)(1)(E)(i), 1431(b)"
  tag "safety:reviewed"
  holds when not shown(not a.two_years_custody_and_residence) and two_years_adoptive_custody(p, a, t)

/// Two years of legal and physical custody by the adopting parent, and the
/// other conditions on a day of `t` after the adoption and those two years.
rule two_years_adoptive_custody(p: Person, a: Adoption, t: timeline)
  cite "INA §§ 101(b)(1)(E)(i), 320(b); 8 U.S.C. §§ 1101(b)(1)(E)(i), 1431(b)"
  holds when held_together(t & adoptive_custody_days(p, a.parent) & starting(a.date)
      & starting(anniversary(first_day(adoptive_custody_days(p, a.parent)), 2)))

/// The days the child was in the legal and physical custody of `x`, over
/// every custody record of that parent.
// Review of 2026-11-29 (test ina320b-adoptive-parents-final-decree-
// physical-custody-legal-not-recorded): a married couple with a full and
// final adoption decree, the child living with them, legal custody not
// recorded, was left open. USCIS presumes legal custody of an adopted child
// with a final decree (Policy Manual Vol. 12, Pt. H, ch. 4): a record that
// leaves legal custody open counts from the decree; `legal: false` is the
// evidence to the contrary.
// safety: its `shown(...)` was reviewed: it only reads a recorded `false`
// as such; an unrecorded legal custody is left to the presumption
def adoptive_custody_days(p: Person, x: Person) -> timeline =
  union c in p.custody where c.parent == x and c.physical:
    c.period
      & (if shown(not c.legal) then no_days()
         else if c.legal then all_days()
         else (union a in p.adoptions where a.parent == x and a.final: starting(a.date)))

/// An adoption at 16 or 17 counts for the natural sibling of a child the same
/// parent adopted before 16 (INA § 101(b)(1)(E)(ii)), or under the orphan and
/// Hague rules (§ 101(b)(1)(F)(ii), (G)). The case format has no field for
/// these facts: the answer is left open.
rule adoption_sibling_or_orphan_rule(p: Person)
  cite "INA § 101(b)(1)(E)(ii), (F)(ii), (G); 8 U.S.C. § 1101(b)(1)(E)(ii), (F)(ii), (G); Pub. L. 106-139 (1999); decision 0210"
  versions by p.born.date
    from 1700-01-01: not_encoded "adopted at 16 or 17: this counts only for the natural sibling of a child the same parent adopted before 16, or under the orphan or Hague adoption rules; the case format has no field for these facts (question: relations)"
  holds when true

/// The subject, not a citizen, was under 18 and a permanent resident
/// abroad while a parent who was (or may have been) a U.S. citizen was
/// stationed abroad in the armed forces or as a U.S. Government employee,
/// before INA § 320(c) took effect (2020-03-26): USCIS treated such
/// children as residing in the United States for § 320 by policy until it
/// withdrew the policy (PA-2019-05, effective 2019-10-29, for applications
/// filed from then on); the State Department never applied it.
// Fourteenth session (review test g-320-soldier-father-naturalized-2012-
// abroad-child-18-in-2018-uscis-2004-policy-flag: "not a citizen" with no
// word of the policy). The answer stays: the engine does not date
// citizenship from a withdrawn policy (see `ina_320c_through`); the note
// says that a claim may rest on it.
rule military_child_320_policy_before_2020(c: Case)
  cite "INA § 320(a); 8 U.S.C. § 1431(a); USCIS Policy Alert PA-2019-05 (Aug. 28, 2019); Pub. L. 116-133 (2020-03-26); USCIS Policy Manual Vol. 12, Pt. H, ch. 4"
  tag "action:note"
  // safety: its `shown(...)` was reviewed: a note decides no answer
  tag "safety:reviewed"
  let p = c.subject
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention", "extradition"]
    and shown(not citizen(p))
    // `shown` around the `any`: a note is raised by an open rule too, and
    // a list of parents that may lack one is open (review of the change,
    // test j-renounced-citizenship-stepfather-father-unnamed-lost-either-
    // way: raised for a person with no stationed parent at all).
    and shown(any l in p.parents where natural_link(l) or shown(l.adoptive):
      shown(ever(starting(2001-02-27) & ending(2020-03-26) & through_birthday(p, 18)
        & ina_320_status_days(p) & stationed_abroad_days(l.person)))
      and not shown(not ever(citizen_days(l.person, true) & through_birthday(p, 18) & ending(2020-03-26))))
  review when true: "before INA § 320(c) took effect (2020-03-26), USCIS treated a permanent-resident child living abroad with a U.S.-citizen parent stationed abroad in the armed forces or as a U.S. Government employee as residing in the United States for § 320 (a policy withdrawn by PA-2019-05 for applications filed from 2019-10-29; the State Department never applied it): a claim may rest on that policy if the child met § 320's other conditions then; check"

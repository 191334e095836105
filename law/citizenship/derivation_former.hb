// Derivation statutes no longer in force. A set of conditions completed while
// one of them was in force keeps its effect; a condition completed after its
// repeal is judged only under the later statute (decision 0200 § 1).

/// The INA's age cap for former §§ 320 and 321: the 18th birthday, from
/// 1952-12-24 until the repeal by the Child Citizenship Act (2001-02-27).
// The 1952 text said "sixteen"; Pub. L. 95-417 (1978-10-05) made it
// "eighteen". The Board of Immigration Appeals applies the 18 cap to
// conditions met before 1978 as well, "regardless of the child's age at the
// time the amendments ... took effect" (Matter of Fuentes-Martinez, 21 I&N
// Dec. 893 (BIA 1997): a child of 16 years 4 months at the mother's
// naturalization, 18 before 1978-10-05, derived). The USCIS Policy Manual
// (Vol. 12, Pt. H, ch. 7) likewise states one 18 cap for everyone who turned
// 18 from 1952-12-24 to 2001-02-26. The engine used to read a 16 cap before
// 1978-10-05 (secondary sources; decision 0208, reversed on 2026-11-29):
// that gave a wrong "not a citizen". Citizenship dates from the day the
// conditions held together, as for any derivation; the rules flag the
// pre-1978 16-to-18 cases (`pre_1978_beyond_16`).
def former_ina_window(p: Person) -> timeline =
  window(1952-12-24, 2001-02-27) & through_birthday(p, 18)

/// The day all conditions first held together fell after the 16th birthday
/// and before Pub. L. 95-417 (1978-10-05): derived under *Fuentes-Martinez*.
// Not for a child who had already derived before 1952-12-24 (review of
// 2026-11-29, sixth session, test na1940-314a-both-naturalized-since-second-
// oath: a citizen since 1948 under NA 1940 § 314 carried the former-§ 321
// flag, whose conditions "held" from 1952-12-24 at 17).
// safety: its `shown(...)` was reviewed: it only drops a legal-review flag
// where an earlier statute settled the answer; no result depends on it
def pre_1978_beyond_16(p: Person, met: bool) -> bool =
  since(met) < 1978-10-05 and since(met) > anniversary(p.born.date, 16)
    and not shown(derived_nationality_act_314(p) or derived_nationality_act_313(p)
      or derived_act_of_1934(p) or derived_before_1934(p))

/// Former INA § 321(a) (1952-2001): a child of alien parents derived on the
/// first day on which the naturalization of both parents, of the surviving
/// parent, of the parent with legal custody after a legal separation, or of
/// the mother of a child born out of wedlock and not legitimated, held
/// together with the child's lawful permanent residence, while unmarried and
/// under 18 (the 1952 text said 16; see `former_ina_window`).
rule derived_former_321(p: Person)
  cite "former INA § 321(a); 8 U.S.C. § 1432(a) (1952), as amended by Pub. L. 95-417, 92 Stat. 917 (1978-10-05); repealed by Pub. L. 106-395, § 103 (effective 2001-02-27); Matter of Fuentes-Martinez, 21 I&N Dec. 893 (BIA 1997)"
  cite "USCIS Policy Manual Vol. 12, Pt. H, ch. 7; decisions 0204-0209"
  quote "A child born outside of the United States of alien parents, or of an alien parent and a citizen parent who has subsequently lost citizenship of the United States, becomes a citizen of the United States upon fulfillment of the following conditions: (1) The naturalization of both parents; or (2) The naturalization of the surviving parent if one of the parents is deceased; or (3) The naturalization of the parent having legal custody of the child when there has been a legal separation of the parents or the naturalization of the mother if the child was born out of wedlock and the paternity of the child has not been established by legitimation; and if (4) Such naturalization takes place while such child is under the age of eighteen years; and (5) Such child is residing in the United States pursuant to a lawful admission for permanent residence at the time of the naturalization of the parent last naturalized under clause (1) of this subsection, or the parent naturalized under clause (2) or (3) of this subsection, or thereafter begins to reside permanently in the United States while under the age of eighteen years."
  holds when former_321_met(p, false)
    or (not former_321_met(p, false)
        and former_321_met(p, true))
  review when shown(since(former_321_met(p, false)) == anniversary(p.born.date, 18)):
    "the last condition was met on the 18th birthday; USCIS counts it as met in time (Policy Alert PA-2024-21; decision 0202)"
  // Review of 2026-11-29 (test former321a3-unwed-mother-naturalized-1995-
  // paternity-legitimated-1986-in-her-custody): the clause for the unwed
  // mother reads a legitimation as § 101(c)(1) does (before 16, in the
  // legitimating parent's custody); Matter of Cross, 26 I&N Dec. 485 (BIA
  // 2015), may read "paternity ... established by legitimation" apart from
  // it. The engine keeps the protective reading and flags it.
  review when shown(former_321_met(p, false)
      and (any k in p.parents: k.legitimated <= as_of() and not legitimation_counts(p, k))):
    "paternity was established by a legitimation that does not make the child the father's under INA § 101(c)(1) (after 16, or outside his custody): the engine lets the unwed mother's naturalization pass citizenship under former § 321(a)(3), but Matter of Cross, 26 I&N Dec. 485 (BIA 2015), may read 'paternity ... established by legitimation' apart from § 101(c)(1)"
  review when pre_1978_beyond_16(p, former_321_met(p, false)):
    "the conditions of former INA § 321 were met after the 16th birthday and before 1978-10-05, when the text still said sixteen: Matter of Fuentes-Martinez, 21 I&N Dec. 893 (BIA 1997), holds that such a child derived under the 18 cap of Pub. L. 95-417; citizenship is dated from the day the conditions were met (an agency might date it from 1978-10-05)"

/// The conditions of former INA § 321(a) held together on some day.
rule former_321_met(p: Person, open: bool)
  cite "former INA § 321(a); 8 U.S.C. § 1432(a) (1952-2001)"
  holds when residence_clause_met(p, "former_321", former_ina_window(p) & unmarried_days(p), open)

/// Former INA § 320 (1952-2001): a child one of whose parents was a citizen
/// at the birth and remained one derived when the other (alien) parent
/// naturalized, with the child a lawful permanent resident, unmarried and
/// under 18 (the 1952 text said 16; see `former_ina_window`).
rule derived_former_320(p: Person)
  cite "former INA § 320(a); 8 U.S.C. § 1431(a) (1952), as amended by Pub. L. 95-417 (1978-10-05); replaced by Pub. L. 106-395, § 101 (effective 2001-02-27); USCIS Policy Manual Vol. 12, Pt. H, ch. 7"
  quote "A child born outside of the United States, one of whose parents at the time of the child's birth was an alien and the other of whose parents then was and never thereafter ceased to be a citizen of the United States, shall, if such alien parent is naturalized, become a citizen of the United States, when (1) such naturalization takes place while such child is under the age of sixteen years; and (2) such child is residing in the United States pursuant to a lawful admission for permanent residence at the time of naturalization or thereafter and begins to reside permanently in the United States while under the age of sixteen years."
  holds when residence_clause_met(p, "former_320", former_ina_window(p) & unmarried_days(p), false)
    or (not residence_clause_met(p, "former_320", former_ina_window(p) & unmarried_days(p), false)
        and residence_clause_met(p, "former_320", former_ina_window(p) & unmarried_days(p), true))
  review when residence_clause_met(p, "former_320", former_ina_window(p) & unmarried_days(p), false):
    "former INA § 320 (1952-2001) is encoded from secondary sources (decision 0200, [K]); whether the 1952 text also required the citizen parent's custody was not verified"
  review when pre_1978_beyond_16(p, residence_clause_met(p, "former_320", former_ina_window(p) & unmarried_days(p), false)):
    "the conditions of former INA § 320 were met after the 16th birthday and before 1978-10-05, when the text still said sixteen: the 18 cap is applied as Matter of Fuentes-Martinez, 21 I&N Dec. 893 (BIA 1997), applies it to former § 321 (by analogy for § 320)"

/// Nationality Act of 1940 § 314: a child of alien parents derived (from
/// 1941-01-13 to 1952-12-23) on the naturalization of both parents, of the
/// surviving parent, or of the parent with legal custody after a legal
/// separation, while under 18 and residing in the United States. There was
/// no clause for the mother of a child born out of wedlock (Matter of L-).
rule derived_nationality_act_314(p: Person)
  cite "Nationality Act of 1940 § 314, 54 Stat. 1137, 1145; Matter of L-, 7 I&N Dec. 512 (1957); ILRC Chart C; decision 0209"
  quote "(d) Such naturalization takes place while such child is under the age of eighteen years; and (e) Such child is residing in the United States at the time of the naturalization of the parent last naturalized under subsection (a) of this section, or the parent naturalized under subsection (b) or (c) of this section, or thereafter begins to reside permanently in the United States while under the age of eighteen years."
  // ILRC Chart C reads the residence clause as lawful permanent residence
  // before 18; residence alone leaves the answer open (decision 0206).
  holds when residence_clause_met(p, "na1940_314", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)
    or (not residence_clause_met(p, "na1940_314", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)
        and residence_clause_met(p, "na1940_314", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), true))
  // Review of 2026-11-29 (test na1940-314a-second-parent-naturalized-on-
  // 18th-birthday-flagged): decision 0202 flags every answer that rests on
  // a birthday; only former § 321 and § 320 did.
  review when shown(since(residence_clause_met(p, "na1940_314", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)) == anniversary(p.born.date, 18)):
    "the last condition was met on the 18th birthday: counted as under 18 (decision 0202, by analogy with USCIS Policy Alert PA-2024-21); at common law a person reached an age the day before the birthday"

/// Nationality Act of 1940 § 313: a child one of whose parents was a citizen
/// at the birth derived (from 1941-01-13 to 1952-12-23) when the alien parent
/// naturalized while the child was under 18 and residing in the United
/// States.
rule derived_nationality_act_313(p: Person)
  cite "Nationality Act of 1940 § 313, 54 Stat. 1137, 1145; ILRC Chart C"
  holds when residence_clause_met(p, "na1940_313", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)
    or (not residence_clause_met(p, "na1940_313", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)
        and residence_clause_met(p, "na1940_313", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), true))
  review when residence_clause_met(p, "na1940_313", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false):
    "Nationality Act of 1940 § 313 is encoded from secondary sources (decision 0200, [K])"
  review when shown(since(residence_clause_met(p, "na1940_313", window(1941-01-13, 1952-12-24) & through_birthday(p, 18), false)) == anniversary(p.born.date, 18)):
    "the last condition was met on the 18th birthday: counted as under 18 (decision 0202, by analogy with USCIS Policy Alert PA-2024-21); at common law a person reached an age the day before the birthday"

/// Act of May 24, 1934 § 5 (from 1934-05-24 to 1941-01-12): a child of alien
/// parents derived through the naturalization of a parent during its
/// minority (before 21). Citizenship began 5 years after the child began to
/// reside permanently, unless the naturalized parent counts as "both
/// parents" (the other parent also a citizen, dead, or legally separated).
rule derived_act_of_1934(p: Person)
  cite "Act of Mar. 2, 1907 § 5, 34 Stat. 1229, as amended by the Act of May 24, 1934 § 5, 48 Stat. 797; R.S. § 2172; USCIS Nationality Chart 3 (row 2); ILRC Chart C"
  quote "the citizenship of such minor child shall begin five years after the time such minor child begins to reside permanently in the United States"
  holds when (any l in p.parents: act_of_1934_through(p, l, false))
    or (not (any l in p.parents: act_of_1934_through(p, l, false))
        and (any l in p.parents: act_of_1934_through(p, l, true)))

/// The Act of May 24, 1934 through parent `l`.
rule act_of_1934_through(p: Person, l: ParentLink, open: bool)
  cite "Act of May 24, 1934 § 5, 48 Stat. 797; USCIS Nationality Chart 3 (row 2)"
  // safety: its `shown(...)` was reviewed: only a parent shown to have been
  // a citizen at the birth is set aside
  tag "safety:reviewed"
  let t = window(1934-05-24, 1941-01-13) & through_birthday(p, 21)
    & citizen_days(l.person, open) & natural_child_days(p, l)
  // The parent became a citizen after the birth (see `derivation_event`).
  holds when alien_parent_at_birth(p, l.person, open)
    and residence_clause_met(p, "act_1934", t, open)
  // Review of 2026-11-29 (tests citizenship/tests/review/d2-1934-act-*-since-*):
  // when the naturalized parent came to count as "both parents" only later
  // (the other parent naturalized or died after), citizenship was dated from
  // the first day of residence, before that day. It begins on the first day
  // the condition held, or when the 5-year wait ended, whichever is first.
  since earliest(
    first_day(t & lpr_residence_days(p) & both_parents_days(p, l, open)),
    latest(first_day(t & lpr_residence_days(p)), anniversary(p.lpr.date, 5)))
  review when not counts_as_both_parents(p, l, t & lpr_residence_days(p), open) and anniversary(p.lpr.date, 5) >= 1941-01-13:
    "the 5-year wait of the 1934 Act ended after the Nationality Act of 1940 took effect (1941-01-13); its savings clause was not encoded"
  // Review of 2026-11-29 (test act1934-one-parent-wait-ends-after-21st-
  // birthday-before-1941-matter-of-m): Matter of M-, 3 I&N Dec. 645 (BIA
  // 1950), holds that the five years must run during minority; USCIS
  // Nationality Chart 3 and ILRC Chart C can be read otherwise. The engine
  // keeps the protective reading (citizen when the wait ends) and flags it.
  review when shown(not counts_as_both_parents(p, l, t & lpr_residence_days(p), open) and anniversary(p.lpr.date, 5) > anniversary(p.born.date, 21)):
    "the 5-year wait of the 1934 Act ended after the 21st birthday: Matter of M-, 3 I&N Dec. 645 (BIA 1950) held that such a child did not derive (the five years must pass during minority); the engine counts the derivation (protective), which the BIA's reading contradicts"

/// The days on which naturalized parent `l` counts as "both parents": the
/// other parent was also a citizen, was dead, or was legally separated from
/// `l` (or divorced).
// Review of 2026-11-29 (test act1934-unwed-mother-naturalized-no-five-
// year-wait): a child born out of wedlock and never legitimated derives
// only through the mother ("the status of the other parent is irrelevant",
// ILRC Chart C; USCIS Nationality Chart 3), so her naturalization is that of
// "both parents" with no 5-year wait; the engine applied the wait because
// the father was alive and an alien. A father who is not the child's parent
// in law (`natural_child_days_before_1941` has no day) does not count.
def both_parents_days(p: Person, l: ParentLink, open: bool) -> timeline =
  union k in p.parents where not (k.person == l.person):
    citizen_days(k.person, open) | death_of_other_parent_days(l, k)
      | (union m in l.person.marriages where m.spouse == k.person: starting(m.legal_separation) | divorce_days(m))
      | (if ever(natural_child_days_before_1941(p, k)) then no_days() else all_days())

/// The naturalized parent counts as "both parents" under the 1934 Act: on a
/// day of `t` the other parent was also a citizen, was dead, or was legally
/// separated from the naturalized parent.
rule counts_as_both_parents(p: Person, l: ParentLink, t: timeline, open: bool)
  cite "USCIS Nationality Chart 3 (row 2); ILRC Chart C"
  holds when any k in p.parents where not (k.person == l.person):
    held_together(t & (citizen_days(k.person, open) | death_of_other_parent_days(l, k)))
    or legally_separated(l, k, t)
    or not ever(natural_child_days_before_1941(p, k))

/// R.S. § 2172 and the Act of Mar. 2, 1907 § 5 (before 1934-05-24): a child
/// derived through the naturalization of a parent during its minority
/// (before 21), from the day it began to reside permanently in the United
/// States. A child born out of wedlock derived only through the mother.
rule derived_before_1934(p: Person)
  cite "R.S. § 2172; Act of Mar. 2, 1907 § 5, 34 Stat. 1229; USCIS Nationality Chart 3 (row 1); ILRC Chart C"
  quote "the citizenship of such minor child shall begin at the time such minor child begins to reside permanently in the United States"
  holds when residence_clause_met(p, "before_1934", window(1802-04-14, 1934-05-24) & through_birthday(p, 21), false)
    or (not residence_clause_met(p, "before_1934", window(1802-04-14, 1934-05-24) & through_birthday(p, 21), false)
        and residence_clause_met(p, "before_1934", window(1802-04-14, 1934-05-24) & through_birthday(p, 21), true))
  review when shown(since(residence_clause_met(p, "before_1934", window(1802-04-14, 1934-05-24) & through_birthday(p, 21), false)) == anniversary(p.born.date, 21)):
    "the last condition was met on the 21st birthday: counted as during minority (decision 0202, by analogy); at common law a person reached an age the day before the birthday"

/// The parent events of former INA § 321(a) and Nationality Act of 1940
/// § 314 on the days `t`: both parents citizens, the surviving parent a
/// citizen, the parent with legal custody a citizen after a legal
/// separation, or (INA only) the mother of a child born out of wedlock whose
/// paternity was not established by legitimation.
rule alien_parents_event(p: Person, t: timeline, unwed_mother_clause: bool, open: bool)
  cite "former INA § 321(a)(1)-(3); 8 U.S.C. § 1432(a)(1)-(3) (1952-2001); Nationality Act of 1940 § 314(a)-(c)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Review of 2026-11-29 (test citizenship/tests/review/
  // d-former321-us-born-custodial-father-never-naturalized): a child born
  // in 1955 to a U.S.-born father who could not transmit and was later
  // given custody after a legal separation was answered a citizen under
  // clause (3), because the clauses read the parents' citizen days, not a
  // naturalization. The section covers only a child "of alien parents, or of
  // an alien parent and a citizen parent who has subsequently lost
  // citizenship": a parent shown to have been a citizen at the birth, with
  // no loss, leaves it out (acquisition at birth and former § 320 are the
  // routes for that child). A parent whose status at the birth is open, or
  // who may have lost it, keeps the section open (burden on the side that
  // would remove).
  // Only a parent for these clauses counts: a father who never legitimated
  // a child born out of wedlock is none (INA § 101(c)(1)), so the unwed
  // mother's naturalization still passes citizenship (review of the change,
  // test citizenship/tests/review/
  // former321-unwed-mother-naturalized-unlegitimated-us-citizen-father).
  holds when not shown(any l in p.parents:
      citizen_on(l.person, p.born.date) and not lost_citizenship(l.person)
        and ever(natural_child_days(p, l)))
    and alien_parents_clauses(p, t, unwed_mother_clause, open)

/// The clauses of former INA § 321(a) and NA 1940 § 314 (see
/// `alien_parents_event`).
rule alien_parents_clauses(p: Person, t: timeline, unwed_mother_clause: bool, open: bool)
  cite "former INA § 321(a)(1)-(3); 8 U.S.C. § 1432(a)(1)-(3) (1952-2001); Nationality Act of 1940 § 314(a)-(c)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  holds when former_adoptive_event(p, t, open)
    or any l in p.parents:
    natural_link(l)
    and ((any k in p.parents where not (k.person == l.person):
      // (1) both parents
      held_together(t & citizen_days(l.person, open) & natural_child_days(p, l) & citizen_days(k.person, open) & natural_child_days(p, k))
      // (2) the surviving parent
      // Only a parent who outlived the other survived them (review of
      // 2026-11-29, sixth session, tests former321a2-naturalized-mother-
      // died-before-father-not-surviving-parent, na1940-314b-*: a mother who
      // naturalized and died before the alien father was read as the
      // "surviving parent" from his death on). Whether the survivor must
      // still be alive when the last condition (the child's residence) is
      // met is not said (tests f-former321a2-surviving-mother-died-before-
      // child-lpr-open, f-na1940-314b-*; USCIS PM Vol. 12, Pt. H, ch. 7:
      // no required order): not required here, the protective side.
      or (not shown(l.person.died < k.person.died)
        and held_together(t & citizen_days(l.person, open) & natural_child_days(p, l) & death_of_other_parent_days(l, k)))
      // (3) the parent with legal custody after a legal separation
      or legal_custody_after_separation(p, l, k, t & citizen_days(l.person, open) & natural_child_days(p, l)))
    // (3) the mother of a child born out of wedlock, not legitimated by any
    // other parent (thirteenth session, review test k-former321a3-unwed-
    // mother-father-named-legitimated-stepfather-not-citizen: with a
    // stepfather's link beside the father's, the stepfather's "no
    // legitimation" satisfied the clause though the father had legitimated
    // the child). Each other parent's days before legitimation are a
    // prefix, so the clause holds on the shortest: `all` is exact.
    or (unwed_mother_clause and derivation_mother_link(l) and not derivation_father_link(p, l)
        and not born_in_wedlock_to_genetic_parent(p, l)
        and (not born_in_wedlock_of_parent(p, l) or unwed_mother_older_reading(p, l))
        and (all k in p.parents where not (k.person == l.person):
          held_together(t & citizen_days(l.person, open) & not_legitimated_days(p, k)))))

/// The naturalized parent had legal custody after a legal separation of the
/// parents, on a day of `t`.
rule legal_custody_after_separation(p: Person, l: ParentLink, k: ParentLink, t: timeline)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); Nationality Act of 1940 § 314(c); decisions 0204, 0205, 0207"
  holds when separation_and_custody(p, l, k, t)
  // Order does not matter (Baires-Larios; Douglas), but the Third Circuit's
  // Jordon required custody at the time of naturalization. The forum is on
  // the case, which this rule cannot read: the flag is raised in every forum
  // when the separation or custody is known to have come last.
  review when shown(first_day(t) < since(separation_and_custody(p, l, k, t))):
    "the legal separation or the custody award came after the parent's naturalization: the BIA counts it (Matter of Baires-Larios, 24 I&N Dec. 467 (BIA 2008); Matter of Douglas, 26 I&N Dec. 197 (BIA 2013)), but Jordon v. Att'y Gen., 424 F.3d 320 (3d Cir. 2005) did not; in the Third Circuit a court may follow Jordon (decision 0207)"

/// A legal separation (decree or divorce) of the parents, and the legal
/// custody of parent `l` after it, on a day of `t`.
rule separation_and_custody(p: Person, l: ParentLink, k: ParentLink, t: timeline)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); Nationality Act of 1940 § 314(c); decision 0204"
  // safety: its `shown(...)` was reviewed: it only opens the Ninth Circuit
  // question (more routes, never fewer); without a record of the other
  // parent's lack of custody the answer stays as it was
  tag "safety:reviewed"
  holds when any m in l.person.marriages where m.spouse == k.person:
    in_legal_custody(p, l.person, t & (starting(m.legal_separation) | divorce_days(m)))
    // Review of 2026-11-29 (test d9-former321a3-ninth-circuit-minasyan-
    // separated-1993-divorce-after-18): the Ninth Circuit reads "legal
    // separation" by state law and found it in a separation without a decree
    // (Minasyan v. Gonzales, 401 F.3d 1069 (9th Cir. 2005)); decision 0204
    // asked for a flag, which nothing raised, and the answer was "not a
    // citizen". In the Ninth Circuit (or a forum not known), a naturalized
    // parent with legal custody while the other parent is recorded with
    // none, the marriage going on, is left open for a lawyer.
    or (p.circuit == "9th"
      and in_legal_custody(p, l.person, t & m.period)
      // The separation in fact is read from a record that the other parent
      // had no legal custody then (without one, married parents with one
      // parent's custody unrecorded would all be open).
      // (`shown` reads only the record's `legal: false`; the days stay
      // three-valued, so an unknown LPR date leaves this open.)
      and (any c in p.custody where c.parent == k.person: shown(not c.legal) and ever(t & c.period))
      and ninth_circuit_separation_open(p))

/// In the Ninth Circuit a separation under state law without a decree may
/// be a "legal separation" (Minasyan): whether it was is for a lawyer.
rule ninth_circuit_separation_open(p: Person)
  cite "Minasyan v. Gonzales, 401 F.3d 1069 (9th Cir. 2005); Nehme v. INS, 252 F.3d 415 (5th Cir. 2001); Morgan v. Att'y Gen., 432 F.3d 226 (3d Cir. 2005); decision 0204"
  versions by p.born.date
    from 1700-01-01: not_encoded "the naturalized parent had sole legal custody while still married to the other parent, with no decree of legal separation: the Ninth Circuit reads 'legal separation' by state law and found one in a separation without a decree (Minasyan v. Gonzales (9th Cir. 2005)); the Third and Fifth Circuits require a judicial decree (question: forum)"
  holds when true

/// The parent events of former INA § 320 and Nationality Act of 1940 § 313 on
/// the days `t`: one parent was a citizen at the child's birth and remained
/// one, and the other parent, an alien at the birth, was a citizen
/// (naturalized) too.
// Review of 2026-11-30, eleventh session (tests former320-both-parents-
// citizens-at-birth-child-resides-no-lpr, c301-1995-both-citizens-visits-
// only-no-residence-not-citizen): a child born abroad to two citizens who
// failed § 301(c) was left open under former § 320, which reaches only a
// child "one of whose parents at the time of the child's birth was an
// alien", and only "if such alien parent is naturalized" (8 FAM 301.9-2).
rule citizen_parent_event(p: Person, t: timeline, open: bool)
  cite "former INA § 320(a); 8 U.S.C. § 1431(a) (1952-2001); Nationality Act of 1940 § 313"
  quote "A child born outside of the United States, one of whose parents at the time of the child's birth was an alien and the other of whose parents then was and never thereafter ceased to be a citizen of the United States, shall, if such alien parent is naturalized, become a citizen of the United States"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  holds when former_adoptive_event(p, t, open)
    or any l in p.parents:
    natural_link(l)
    // A citizen the day before the birth (an oath on the birth day may
    // have come after it: review of the change, tests f313-father-oath-
    // abroad-same-day-as-birth-open, f320-father-oath-same-day-as-birth-open).
    and alien_parent_at_birth(p, l.person, open)
    and (any k in p.parents where not (k.person == l.person):
      on(citizen_days(k.person, open), p.born.date)
      and held_together(t & citizen_days(l.person, open) & natural_child_days(p, l) & citizen_days(k.person, open) & natural_child_days(p, k)))

/// An adopted child under former law (former INA §§ 320(b), 321(b), from
/// 1978-10-05 until 2001-02-26): on the day both adoptive parents were
/// citizens (one by birth and the other naturalized, or both naturalized),
/// or the surviving one was, the child, adopted before 16 after two years'
/// custody and residence, was under 18, unmarried, residing in the United
/// States under a lawful admission for permanent residence and in the
/// custody of the adoptive parents. A single adoptive parent, or adoptive
/// parents who separated, are not encoded: the answer is left open.
// Changed in the review of 2026-11-29 (tests citizenship/tests/review/
// d2-former32*): every adoptee was left open, whatever the dates, so a child
// whose adoptive parents both naturalized in 1988 was `undetermined`, and
// one who turned 18 in 1970, before adoptees could derive at all, was too.
// § 321(b): "Subsection (a) shall apply to an adopted child only if the
// child is residing in the United States at the time of naturalization of
// such adoptive parent or parents, in the custody of his adoptive parent or
// parents, pursuant to a lawful admission for permanent residence" (no
// "thereafter" clause: the conditions are read on the day of the
// naturalization that completes the clause). The adoption age was 14 until
// Pub. L. 97-116 (1981-12-29); 16 is applied throughout (protective).
rule former_adoptive_event(p: Person, t: timeline, open: bool)
  cite "former INA §§ 320(b), 321(b); 8 U.S.C. §§ 1431(b), 1432(b), as amended by Pub. L. 95-417, 92 Stat. 917 (1978-10-05); INA § 101(b)(1)(E); USCIS Policy Manual Vol. 12, Pt. H, ch. 7"
  quote "Subsection (a) of this section shall apply to an adopted child only if the child is residing in the United States at the time of naturalization of such adoptive parent or parents, in the custody of his adoptive parent or parents, pursuant to a lawful admission for permanent residence."
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  let w = t & window(1978-10-05, 2001-02-27)
  holds when (any l in p.parents where shown(l.adoptive):
      any a in p.adoptions where a.parent == l.person:
        former_adoption_qualifies(p, a)
        // The other parent may be adoptive too or the natural parent the
        // adoptive parent is married to (a stepparent adoption: review of
        // 2026-11-29, test former321b-mother-and-adoptive-stepfather-both-
        // naturalized-1990, was left open though both of the child's
        // parents naturalized together). Other birth parents of an adoptee
        // are not "parents" here.
        and (any k in p.parents where not (k.person == l.person)
            and (shown(k.adoptive) or shown(any m in l.person.marriages: m.spouse == k.person)):
          // both parents citizens
          at_completing_day(p, l.person, w & starting(a.date), citizen_days(l.person, open) & citizen_days(k.person, open))
          // the surviving adoptive parent
          or at_completing_day(p, l.person, w & starting(a.date), citizen_days(l.person, open) & death_of_other_parent_days(l, k))
          // both, or the survivor, naturalized before the clause existed
          or adoptee_reached_by_1978_amendment(p, l.person, t & starting(a.date), citizen_days(l.person, open) & citizen_days(k.person, open))
          or adoptee_reached_by_1978_amendment(p, l.person, t & starting(a.date), citizen_days(l.person, open) & death_of_other_parent_days(l, k))))
    // Otherwise, with an adoptive parent a citizen in the window: open (a
    // single adoptive parent, adoptive parents who separated, an orphan or
    // Hague adoptee without the two years, an adoption not recorded; review
    // of the change, tests citizenship/tests/review/former321b-*).
    // Review of the change (tests citizenship/tests/review/former321b-one-*,
    // -two-us-born-*): only where the record leaves room for such a case:
    // not two adoptive parents recorded, married to each other with the
    // marriage not ended, each with a final adoption after two years.
    // A parent not known to be adoptive or not (`adoptive` unrecorded)
    // may be one (information monotonicity check of 2026-11-29: a 1955
    // adoption by a citizen was open with `adoptive: true` and "not a
    // citizen" with the flag unrecorded).
    or ((any l in p.parents where l.adoptive: ever(w & citizen_days(l.person, open)))
        and not (shown(any l in p.parents where shown(l.adoptive):
                   any k in p.parents where shown(k.adoptive) and not (k.person == l.person):
                     any m in l.person.marriages: m.spouse == k.person and not (m.to <= as_of()))
          and shown(all l in p.parents where shown(l.adoptive):
                   any a in p.adoptions where a.parent == l.person: a.final and a.two_years_custody_and_residence))
        and former_law_adoption_open(p))

/// The child's conditions `t` and the custody of adoptive parent `x` held on
/// the first day of `parents` (the day the parents' condition was completed).
rule at_completing_day(p: Person, x: Person, t: timeline, parents: timeline)
  cite "former INA § 321(b); 8 U.S.C. § 1432(b) (1978-2001) ('at the time of naturalization')"
  holds when in_legal_and_physical_custody(p, x, t & parents & window(first_day(parents), first_day(parents) + 1 days))

/// The adoptive parents' condition was completed before the adoptee clause
/// took effect (1978-10-05): the child met § 321(b) on the day of the
/// naturalization (residing here as a permanent resident in their custody)
/// and still met every condition on 1978-10-05, the day the last condition,
/// the clause itself, was met.
// Review of 2026-11-30 (tests h-kr-1967-adopted-1970-parents-naturalized-
// 1975-*, h-co-1968-former320b-*): such a child was "not a citizen", while
// a naturalization on 1978-10-05 made the same child a citizen. The law in
// force when the last condition is met applies (Matter of L-, 7 I&N Dec.
// 512 (1957); the engine reads the INA's unwed-mother clause the same way,
// test former321-unwed-mother-1949-derived-on-ina-effective-date; Matter of
// Fuentes-Martinez, 21 I&N Dec. 893 (BIA 1997), applied the 1978 amendments
// to facts completed before them). 8 FAM 301.9-2 reads the law of the
// parent's naturalization day instead, which would deny it: unsettled, so
// the protective reading with a legal-review flag.
rule adoptee_reached_by_1978_amendment(p: Person, x: Person, t: timeline, parents: timeline)
  cite "former INA §§ 320(b), 321(b); 8 U.S.C. §§ 1431(b), 1432(b), as amended by Pub. L. 95-417, 92 Stat. 917 (1978-10-05); Matter of Fuentes-Martinez, 21 I&N Dec. 893 (BIA 1997)"
  // safety: its `shown(...)` was reviewed: it only adds a route (a
  // naturalization of unknown date is read by the other branches)
  tag "safety:reviewed"
  holds when shown(first_day(parents) < 1978-10-05)
    and at_completing_day(p, x, t, parents)
    and in_legal_and_physical_custody(p, x, t & parents & window(1978-10-05, 1978-10-06))
  review when true: "the adoptive parents naturalized before Pub. L. 95-417 (1978-10-05) gave adopted children a derivation clause: the child is read as deriving on 1978-10-05, when the last condition (the clause) was met (Matter of Fuentes-Martinez applied the 1978 amendments to earlier facts); 8 FAM 301.9-2 reads the law of the parent's naturalization day, which would deny it"

/// The adoption counts under former law: final, before the 16th birthday,
/// with two years' legal custody and residence.
rule former_adoption_qualifies(p: Person, a: Adoption)
  cite "INA § 101(b)(1)(E); 8 U.S.C. § 1101(b)(1)(E); Pub. L. 97-116 (1981)"
  holds when a.final and a.date <= anniversary(p.born.date, 16) and a.two_years_custody_and_residence

/// An adoptee under former law whose case the encoded clauses do not
/// settle: not encoded, so the answer is left open.
rule former_law_adoption_open(p: Person)
  cite "former INA §§ 320(b), 321(b); 8 U.S.C. §§ 1431(b), 1432(b), as amended by Pub. L. 95-417 (1978); decision 0200 ([K])"
  versions by p.born.date
    from 1700-01-01: not_encoded "an adopted child under former INA §§ 320(b), 321(b) (1978-2001) whose case the encoded clauses do not settle (a single adoptive parent, adoptive parents who separated, an orphan or Hague adoption without two years' custody, an adoption not recorded, or conditions not met on the day of the naturalization): not encoded (question: @.adoptions)"
  holds when true

/// The mother was married at the birth to a legal parent of the child who
/// is not the genetic father: out of wedlock under the reading before 2021
/// (the genetic parents not married to each other), in wedlock under USCIS's
/// 2021 policy. The older reading is applied for the unwed mother's clause
/// (the protective side), with a flag.
// It holds only where the readings differ (the mother in wedlock under the
// policy): reached through `or`, which reads every operand, a `true` raised
// its flag for every unwed mother (test w9-f321a3-never-married-mother-
// spurious-wedlock-flag).
rule unwed_mother_older_reading(p: Person, l: ParentLink)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); USCIS Policy Alert PA-2021-17 (Aug. 5, 2021); decision 0101"
  holds when born_in_wedlock_of_parent(p, l)
  // `shown`: the flag only for a marriage at the birth that is known
  // (thirteenth session: it was raised for a mother who married twelve
  // years after the birth, the stepfather's `legal` unrecorded).
  review when shown(born_in_wedlock_of_parent(p, l)): "the mother was married at the birth to a legal parent who is not the child's genetic father: the child is read as born out of wedlock (the genetic parents were not married to each other), as before USCIS's 2021 policy, which reads the legal parents' marriage and would close the unwed mother's clause"

/// Parent `x` was an alien at the child's birth, as far as the record
/// shows: not shown to be a citizen the day before the birth; a citizenship
/// that began on the birth day itself (an oath that day) is open.
// Review of 2026-11-30, eleventh session: the derivation rules that need a
// parent who became a citizen after the birth (former § 320, NA 1940 § 313,
// the 1934 Act, R.S. § 2172) first read `not on(citizen_days(...), birth)`,
// which left a mother whose status at the birth was open (an unrecorded
// repatriation) open, and then read an oath on the birth day as before it
// (tests f313-father-oath-abroad-same-day-as-birth-open, f320-father-oath-
// same-day-as-birth-open: "not a citizen").
rule alien_parent_at_birth(p: Person, x: Person, open: bool)
  cite "former INA § 320(a); 8 U.S.C. § 1431(a) (1952-2001); Nationality Act of 1940 § 313; Act of May 24, 1934 § 5; R.S. § 2172"
  // safety: its `shown(...)` was reviewed: only a parent shown to have been
  // a citizen before the birth day is set aside; an open status counts
  tag "safety:reviewed"
  let days = citizen_days(x, open)
  holds when not shown(on(days, p.born.date - 1 days))
    and (if shown(on(days, p.born.date)) then citizenship_began_on_birth_day(x) else true)

/// Whether a citizenship that began on the child's birth day began before
/// the birth is not in the case.
rule citizenship_began_on_birth_day(x: Person)
  cite "former INA § 320(a); 8 U.S.C. § 1431(a) (1952-2001); Nationality Act of 1940 § 313"
  versions by as_of()
    from 1700-01-01: not_encoded "the parent became a citizen on the day of the child's birth: whether before the birth (a citizen parent at the birth) or after it (an alien parent later naturalized) is not in the case (question: @.naturalized)"
  holds when true

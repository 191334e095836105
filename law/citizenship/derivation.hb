// Citizenship derived through a parent after birth (decision 0200).
//
// Derivation is decided under the law in force on the day the last condition
// was met. Each statute below is written as a set of timelines (the days on
// which each condition held); the child derived on the first day on which all
// of one statute's conditions held together, inside that statute's window and
// before its age cap (`held_together`). The child is a citizen from the
// earliest such day over all statutes.
//
// The statutes live in:
// - derivation_ina320.hb: current INA § 320 (Child Citizenship Act, from 2001-02-27);
// - derivation_former.hb: former INA §§ 320, 321 (1952-2001), Nationality Act
//   of 1940 §§ 313, 314 (1941-1952), Act of May 24, 1934 § 5, and R.S. § 2172 /
//   Act of Mar. 2, 1907 § 5 (before 1934-05-24);
// - derivation_family.hb: who is the parent's "child" (wedlock, legitimation),
//   custody, separation and death of a parent.

/// Derived U.S. citizenship through a parent after birth, under the statute
/// in force on the day the last condition was met (`since` = that day).
rule derived_from_parent(p: Person)
  cite "INA § 320; 8 U.S.C. § 1431; former INA §§ 320, 321; 8 U.S.C. §§ 1431, 1432 (1952-2001); Nationality Act of 1940 §§ 313, 314, 54 Stat. 1145; Act of May 24, 1934 § 5, 48 Stat. 797; R.S. § 2172; Act of Mar. 2, 1907 § 5, 34 Stat. 1229"
  cite "Matter of L-, 7 I&N Dec. 512 (1957) (the law in effect when the last material condition is met); USCIS Policy Manual Vol. 12, Pt. H, chs. 4, 7; USCIS Nationality Chart 3"
  tag "route"
  // Every derivation statute covers only a child born outside the United
  // States; a person born in the United States is a citizen at birth. A
  // birth in the Northern Mariana Islands before the Covenant's citizenship
  // provisions (1986-11-04) was a birth outside the United States under the
  // INA (8 FAM 302.2-1; `born_outside_united_states`). Review of 2026-11-29
  // (tests citizenship/tests/review/pm-cnmi-*): such a child whose parents
  // naturalized was left open with no question at all.
  holds when not (p.born.country in ["US", "PR", "GU", "VI"])
    and not (p.born.country == "MP" and p.born.date >= 1986-11-04)
    // A relative asserted with evidence not to be a citizen is taken as such
    // (spec, Person.citizenship); the subject's own assertion never counts.
    and not asserted_not_citizen(p)
    and derived_under_some_statute(p)

/// Some derivation statute's conditions held (read without any assertion
/// about the person: `citizenship_shown_by_facts` weighs them against one).
def derived_under_some_statute(p: Person) -> bool =
  derived_ina_320(p)
    or derived_former_321(p)
    or derived_former_320(p)
    or derived_nationality_act_314(p)
    or derived_nationality_act_313(p)
    or derived_act_of_1934(p)
    or derived_before_1934(p)

/// All the conditions held together on at least one day, on or before
/// `as_of`; `since` is the first such day.
rule held_together(t: timeline)
  cite "USCIS Policy Manual Vol. 12, Pt. H, ch. 4, § A (all conditions met at a single point in time before the child's 18th birthday, in any order); Matter of Baires-Larios, 24 I&N Dec. 467 (BIA 2008); Matter of Douglas, 26 I&N Dec. 197 (BIA 2013)"
  cite "spec/case-format.md (`as_of`: the day the question is asked; `to: null` = still ongoing on `as_of`); decision 0006 (the case states facts as of `as_of`)"
  // Time review (law/citizenship/tests/time/): the days were not capped at
  // `as_of`. An ongoing period (`to: null`) is known only through `as_of`
  // and "possibly" later, so a child whose LPR admission is scheduled after
  // `as_of` (or whose custody is recorded from a later day) came out
  // `undetermined` (possible_citizen), as if a derivation that can only
  // happen in the future were open today, while a parent's oath set after
  // `as_of` already counts for nothing (`naturalized_citizen`; test
  // r-naturalization-oath-not-yet-taken). A person derives citizenship when
  // the last condition is met (INA § 320(a): "automatically becomes a
  // citizen ... when all of the following conditions have been
  // fulfilled"); a condition not yet fulfilled on `as_of` is no fact.
  let known = t & ending(as_of() + 1 day)
  holds when ever(known)
  since first_day(known)

/// The days from the child's birth up to and including the `n`-th birthday:
/// a condition met on the birthday itself counts as met while under that age
/// (decision 0202).
def through_birthday(p: Person, n: number) -> timeline = window(p.born.date, anniversary(p.born.date, n) + 1 day)

/// The days on which the child was unmarried (a married person is not a
/// "child"): before the first marriage, and after a recorded marriage
/// ended, outside any other.
// A child under 14 is taken to be unmarried when the record leaves it out
// (reviews of 2026-11-29, tests *-marriage-not-stated, d-former321-*:
// children of 3, 5 and 13 were asked whether they had married): at common
// law a marriage under 12 (girls) or 14 (boys) was void or voidable, and no
// U.S. jurisdiction allows one under 14 today; a recorded marriage date
// still counts (`ending(p.married)` when given).
def unmarried_days(p: Person) -> timeline =
  (if shown(p.married <= as_of() or p.married > as_of()) then no_days() else ending(anniversary(p.born.date, 14)))
  // The wedding day itself counts (review of 2026-11-29, sixth session,
  // tests ina320-child-married-day-of-parent-naturalization, former321-
  // child-married-on-day-of-second-naturalization: "not a citizen"). Whether
  // the oath or the wedding came first that day is not in the case; the
  // conditions need only be met at one moment (USCIS PM Vol. 12, Pt. H,
  // ch. 4), so the protective side, as for a death on that day (`alive_days`).
  | ending(p.married + 1 days)
    // Review (tests ina320-child-divorced-before-parent-naturalization,
    // former321-child-divorced-before-last-naturalization): "unmarried"
    // means not married at the time, "whether or not previously married"
    // (INA § 101(a)(39)); only the days before the first marriage counted,
    // so a child divorced before the parent's oath was "not a citizen".
    // The days after a recorded marriage of the child ended, within no
    // recorded marriage, count as unmarried too.
    | (starting(p.married)
       & (union m in p.marriages: starting(m.to))
       & complement_of_marriages(p))
    // A first-marriage date that no recorded marriage of the person begins
    // on: whether that marriage had ended (a divorce, an annulment, a death)
    // is not in the case, so the days from it to the first recorded marriage
    // are possibly unmarried, and asked (review of 2026-11-30, ninth
    // session, test hl-d-married-at-17-marriage-end-not-recorded: "not a
    // citizen", nothing asked; review of the change, tests m06-first-
    // marriage-unrecorded-later-marriage-recorded-open, m14-301g-dependent-*,
    // when a later marriage was recorded).
    // (A recorded marriage dated only by its year or month may or may not
    // be that first one: open too; review of the change, test m23-first-
    // marriage-date-vs-recorded-year-only-oath-between-open.)
    | (if shown(p.married <= as_of()) and first_marriage_unrecorded(p)
        then starting(p.married) & ending(first_day(union m in p.marriages: m.period))
          & (if first_marriage_end_not_recorded(p) then all_days() else no_days())
        else no_days())

/// No recorded marriage of the person is shown to be the first one (none
/// begins on `married`), so the first marriage may be one the case does not
/// record (its end, its spouse).
def first_marriage_unrecorded(p: Person) -> bool =
  not shown(any m in p.marriages: m.from == p.married)

/// The person's first marriage is dated but not recorded as a relation:
/// whether and when it ended is not in the case.
rule first_marriage_end_not_recorded(p: Person)
  cite "INA § 101(a)(39), (c)(1); 8 U.S.C. § 1101(a)(39), (c)(1) ('unmarried' ... 'whether or not previously married')"
  versions by as_of()
    from 1700-01-01: not_encoded "the person's first marriage is dated but not recorded as a marriage relation: whether it had ended (divorce, annulment or death) by the day that matters is not in the case (question: relations)"
  holds when true

/// The days in no recorded marriage of the person.
def complement_of_marriages(p: Person) -> timeline =
  ending(first_day(union m in p.marriages: m.period))
    | (union m in p.marriages: starting(m.to) & not_in_later_marriage(p, m))

/// The days after marriage `m` ended and before any later recorded
/// marriage began.
def not_in_later_marriage(p: Person, m: Marriage) -> timeline =
  ending(first_day(union n in p.marriages where n.from > m.from: n.period))

/// The days on which the child resided in the United States under a lawful
/// admission for permanent residence.
def lpr_residence_days(p: Person) -> timeline = starting(p.lpr.date) & p.residence

/// The days on which a person was a U.S. citizen, until a loss shown. With
/// `open` false: from each route known to hold (this fixes `since`, the first
/// day known, decision 0201 § 1). With `open` true: also from each route that
/// is still open, so that a naturalized parent is not presumed to have been
/// an alien before the oath (decision 0201 § 2). Both have the same sure
/// days. A relative asserted not to be a citizen has none.
// A relative's citizenship asserted with a document as beginning on a
// given day begins then for the derivation statutes too, as it does for
// `citizen_on` (`asserted_citizen_only_after`); review of 2026-11-29,
// tests ina320-parent-naturalized-after-18th-birthday, ina320-married-
// child-not-derived: a mother whose certificate dates her citizenship after
// the child's 18th birthday was still possibly a citizen at the birth.
def citizen_days(x: Person, open: bool) -> timeline =
  // A woman whose husband's oath before 1922-09-22 is recorded is a citizen
  // from the later of the wedding and the oath, whatever her foreign
  // document (`wife_of_citizen_before_1922_by`).
  if asserted_not_citizen(x) then
    (if wife_of_citizen_before_1922_by(x, 1922-09-21)
      then route_days(citizen_by_marriage_before_1922(x), open)
        & (union m in x.marriages where m.from < 1922-09-22: starting(latest(m.from, husband_citizen_from(m.spouse))))
        & ending(since(lost_citizenship(x)) + 1 days)
        & outside_marriage_loss_days(x)
      else no_days())
  // Asserted not a citizen (or a national only), with a recorded oath: only
  // the naturalization counts (`asserted_not_citizen_before`).
  else if oath_after_assertion(x) then
    ((route_days(naturalized_citizen(x), open) & starting(x.naturalized.date))
      | (route_days(naturalization_kept_for_children(x), open) & ending(x.denaturalization.date)))
    & ending(since(lost_citizenship(x)) + 1 days)
    & (if loss_asserted_after_oath(x) then ending(x.asserted.since + 1 days) else all_days())
  else asserted_since_days(x)
    // a documented loss ends the days from its date (`documented_loss_by`)
    // (the day of the loss counts, and a naturalization after it is
    // citizenship again: `documented_loss_by`)
    & (if documented_loss_after_birth(x)
      then ending(x.asserted.since + 1 days)
        | (if shown(present(x.naturalized) and x.naturalized.date > x.asserted.since)
          then starting(x.naturalized.date) else no_days())
      else all_days())
    & (route_days(born_in_united_states(x), open)
      | route_days(born_in_puerto_rico(x), open)
      | route_days(born_in_puerto_rico_jones_act(x), open)
      | route_days(born_in_virgin_islands(x), open)
      | route_days(born_in_guam(x), open)
      | route_days(born_to_guam_native(x), open)
      | route_days(born_to_virgin_islands_native(x), open)
      | route_days(virgin_islands_danish_resident(x), open)
      | route_days(born_in_northern_mariana_islands(x), open)
      | route_days(born_in_outlying_possession_to_citizen_parent(x), open)
      | route_days(born_in_canal_zone_or_panama(x), open)
      | route_days(acquired_at_birth_abroad(x), open)
      | route_days(derived_from_parent(x), open)
      // The oath date itself is read again so that a partial date is asked
      // about (a route's `since` does not carry the fact it came from).
      | (route_days(naturalized_citizen(x), open) & starting(x.naturalized.date))
      | route_days(citizen_by_marriage_before_1922(x), open)
      | route_days(regained_citizenship(x), open)
      | route_days(asserted_citizen(x), open)
      // INA § 340(d): see `naturalization_kept_for_children`.
      | (route_days(naturalization_kept_for_children(x), open) & ending(x.denaturalization.date)))
    // The day of a loss itself counts (review of 2026-11-29, sixth session,
    // test f-ina320-father-renounced-on-day-of-child-lpr-admission: which
    // came first that day is not in the case; as `citizen_on` and
    // `alive_days`, the protective side).
    & ending(since(lost_citizenship(x)) + 1 days)
    // Review of 2026-11-29 (test rs1994-widow-remarried-alien-1920-lost-
    // child-1936-did-not-derive): the 1907 Act's loss by marriage to an
    // alien was read only by `citizen_on`, so for the derivation statutes a
    // woman who lost her citizenship by such a marriage stayed a citizen.
    & outside_marriage_loss_days(x)
    // A new naturalization after a loss (`citizen_again_after_loss`), or a
    // repatriation oath (`repatriated_after_loss`).
    | route_days(citizen_again_after_loss(x), open)
    | route_days(repatriated_after_loss(x), open)

/// The days on which a woman was not expatriated by a marriage to an alien
/// (Expatriation Act of 1907 § 3; see `expatriated_by_marriage_on`): every
/// day before the first such marriage, and from its end (if before
/// 1922-09-22) or from a naturalization or repatriation on. A second such marriage is not subtracted again (the
/// protective reading).
def outside_marriage_loss_days(x: Person) -> timeline =
  if ever(marriage_loss_days(x))
    then ending(first_day(marriage_loss_days(x)))
      // A marriage that ended from 1922-09-22 on no longer ended the loss
      // (Cable Act § 7; see `expatriated_by_marriage_on`): only her own
      // naturalization or a repatriation oath (`regained`) did.
      | (union m in x.marriages where shown(alien_marriage_1907_1922(x, m)):
          (if m.to < 1922-09-22 then starting(m.to) else no_days()) | husband_naturalized_before_1922_days(m))
      | starting(x.naturalized.date)
      | starting(x.regained.date)
    else all_days()

/// The days of the marriages by which a woman lost her citizenship under
/// the 1907 Act, as `expatriated_by_marriage_on` reads them (shown only),
/// until the husband's naturalization before the Cable Act.
def marriage_loss_days(x: Person) -> timeline =
  union m in x.marriages where shown(alien_marriage_1907_1922(x, m)):
    m.period & ending(first_day(husband_naturalized_before_1922_days(m)))

/// The days from the husband's naturalization, when it came before
/// 1922-09-22 (none otherwise): his wife's nationality followed his.
def husband_naturalized_before_1922_days(m: Marriage) -> timeline =
  if m.spouse.naturalized.date < 1922-09-22 then starting(m.spouse.naturalized.date) else no_days()

/// The days from the `since` of a relative's citizenship asserted with a
/// document (every day when none is given, or for the subject).
// safety: its `shown(...)` was reviewed: as `asserted_citizen_only_after`,
// only a `since` given with a document caps the days
def asserted_since_days(x: Person) -> timeline =
  if shown(not x.is_subject and x.asserted.status == "citizen" and x.asserted.evidence in DOCUMENTS
      and not (x.asserted.evidence in ["consular_report_of_birth_abroad", "us_birth_certificate"])
      // as `asserted_citizen_only_after`: a birth that made the person a
      // citizen is not undone by a later `since`
      and not citizenship_shown_by_facts(x)
      and not acquisition_open_through_native_parent(x)
      and not derivation_open_through_naturalized_parent(x)
      and x.asserted.since > x.born.date)
    then starting(if x.asserted.evidence == "citizenship_certificate"
      then earliest(x.asserted.since, anniversary(x.born.date, 18)) else x.asserted.since)
    else all_days()

/// The days from the start of a route to citizenship: a route known to hold;
/// with `open`, also a route that may hold. (`shown` only selects the known
/// routes here; the open ones are counted in the `open` pass, so no route is
/// closed by it.)
def route_days(r: bool, open: bool) -> timeline =
  if open then starting(since(r)) else if shown(r) then starting(since(r)) else no_days()

/// "Begins to reside permanently" without lawful permanent residence: the
/// BIA requires LPR status (Matter of Nwozuzu), the Second and Ninth Circuits
/// do not (Nwozuzu v. Holder; Cheneau v. Garland), and whether a residence
/// was "permanent" cannot be read from the case. The answer is left open.
rule residence_without_lpr_open(p: Person)
  cite "Matter of Nwozuzu, 24 I&N Dec. 609 (BIA 2008); Nwozuzu v. Holder, 726 F.3d 323 (2d Cir. 2013); Cheneau v. Garland, 997 F.3d 916 (9th Cir. 2021) (en banc); decision 0206"
  // Every branch is open: in the Second and Ninth Circuits whether the
  // residence was "permanent" needs a lawyer; elsewhere the BIA's LPR rule
  // applies unless circuit law says otherwise, which is not verified. An
  // unknown forum is asked for.
  holds when (p.circuit in ["2nd", "9th"] and permanence_open(p))
    or (not (p.circuit in ["2nd", "9th"]) and bia_lpr_rule_open(p))

/// In the Second and Ninth Circuits: was the residence permanent?
rule permanence_open(p: Person)
  cite "Nwozuzu v. Holder, 726 F.3d 323 (2d Cir. 2013); Cheneau v. Garland, 997 F.3d 916 (9th Cir. 2021) (en banc)"
  versions by p.born.date
    from 1700-01-01: not_encoded "the child resided in the United States while under the age cap without being a lawful permanent resident; in this circuit that can suffice if the residence was permanent (Cheneau: an 'objective official manifestation' of permanent residence), which needs a lawyer's review (decision 0206)"
  holds when true

/// Outside the Second and Ninth Circuits: the BIA requires LPR status.
rule bia_lpr_rule_open(p: Person)
  cite "Matter of Nwozuzu, 24 I&N Dec. 609 (BIA 2008); decision 0206"
  versions by p.born.date
    from 1700-01-01: not_encoded "the child resided in the United States while under the age cap without being a lawful permanent resident; the BIA requires LPR status (Matter of Nwozuzu) but the law of this circuit is not verified (decision 0206)"
  holds when true

/// A statute whose residence clause reads "residing in the United States ...
/// or thereafter begins to reside permanently": met with lawful permanent
/// residence; open (circuit split) when the other conditions held only on
/// days the child resided here before becoming an LPR (or never became one).
rule residence_clause_met(p: Person, kind: text, cap: timeline, open: bool)
  cite "former INA §§ 320(a)(2), 321(a)(5); 8 U.S.C. §§ 1431(a)(2), 1432(a)(5) (1952-2001); Nationality Act of 1940 §§ 313(b), 314(e); decision 0206"
  quote "Such child is residing in the United States pursuant to a lawful admission for permanent residence at the time of the naturalization ... or thereafter begins to reside permanently in the United States while under the age of eighteen years."
  // The child must have resided in the United States inside the window and
  // under the cap at all; this settles most cases before the parents.
  holds when ever(cap & p.residence)
    and (derivation_event(p, kind, cap & lpr_residence_days(p), open)
    or (not derivation_event(p, kind, cap & lpr_residence_days(p), open)
        and derivation_event(p, kind, cap & p.residence & ending(p.lpr.date), open)
        and residence_without_lpr_open(p)))

/// The parent events of the statute `kind`, on the days `t` on which the
/// child's own conditions held.
rule derivation_event(p: Person, kind: text, t: timeline, open: bool)
  cite "former INA §§ 320, 321; 8 U.S.C. §§ 1431, 1432 (1952-2001); Nationality Act of 1940 §§ 313, 314; Act of May 24, 1934 § 5; R.S. § 2172"
  // safety: its `shown(...)` was reviewed: only a parent shown to have been
  // a citizen at the birth is set aside (one whose status then is open, say
  // a recorded oath of unknown date, still counts)
  tag "safety:reviewed"
  holds when (kind in ["former_321", "na1940_314"] and alien_parents_event(p, t, kind == "former_321", open))
    or (kind in ["former_320", "na1940_313"] and citizen_parent_event(p, t, open))
    // R.S. § 2172 ("children of persons who have been duly naturalized")
    // and the 1907 Act § 5 (a child "of alien parents", "by virtue of the
    // naturalization of or resumption of American citizenship by the father
    // or the mother") reach a parent who became a citizen after the birth,
    // not one who was a citizen then (review of 2026-11-30, eleventh
    // session, tests f-1907-citizen-father-never-resided-*, f-1934-*: a
    // citizen father who could not transmit at birth, Weedin v. Chin Bow,
    // made the child a citizen by derivation).
    or (kind in ["act_1934", "before_1934"] and any l in p.parents:
      alien_parent_at_birth(p, l.person, open)
      and held_together(t & citizen_days(l.person, open) & natural_child_days_before_1941(p, l)))

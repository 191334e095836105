// What power is being used, and does an executable order exist?
//
// An INA removal needs an order of removal that is final on the action date
// (decisions 0300, 0301, 0303). The Alien Enemies Act is a separate power
// (aea.hb): the bars of this file are not evaluated for it.

/// The authorities under which the INA lets an alien be removed.
/// The kinds of order that are orders of removal: since IIRIRA, an order of
/// deportation or of exclusion entered before 1997-04-01 is one too (review
/// of 2026-11-30, ninth session, test t-order-kind-deportation: a final 1995
/// deportation order was no order, "no final order" held).
const REMOVAL_ORDER_KINDS = ["removal", "deportation", "exclusion"] cite "IIRIRA § 309(d)(2), Pub. L. 104-208, 110 Stat. 3009-627 ('any reference in law to an order of removal shall be deemed to include a reference to an order of exclusion and deportation or an order of deportation'); 8 U.S.C. § 1101 note"

const INA_AUTHORITIES = ["ina240", "expedited_235b1", "reinstatement_241a5", "administrative_238b", "stipulated", "voluntary_departure"] cite "INA §§ 235(b)(1), 238(b), 240, 240B, 241(a)(5); 8 U.S.C. §§ 1225(b)(1), 1228(b), 1229a, 1229c, 1231(a)(5)"

/// Orders that are final when they are issued: no administrative appeal lies
/// from an expedited, reinstated or administrative (238(b)) order, and a
/// stipulated order includes a waiver of appeal.
const FINAL_ON_ISSUANCE = ["expedited_235b1", "reinstatement_241a5", "administrative_238b", "stipulated"] cite "8 U.S.C. §§ 1225(b)(1)(A)(i), 1228(b)(3)-(4), 1231(a)(5); 8 C.F.R. §§ 235.3(b)(2)(ii), 238.1(b)(2)(i), 241.8(a); 8 C.F.R. § 1003.25(b) (stipulated request includes a waiver of appeal); 8 C.F.R. § 1241.1(b)"

/// The proposed action is a removal under the INA (not under the Alien
/// Enemies Act).
rule ina_removal(c: Case)
  cite "INA § 240(a)(3); 8 U.S.C. § 1229a(a)(3); 50 U.S.C. § 21"
  holds when c.action.kind == "removal" and c.action.authority in INA_AUTHORITIES

/// No final order of removal exists on the action date: an INA removal
/// without one is unlawful, to any country.
rule bar_no_final_order(c: Case)
  cite "INA §§ 101(a)(47)(B), 241(a)(1), (a)(5); 8 U.S.C. §§ 1101(a)(47)(B), 1231(a)(1), (a)(5); 8 C.F.R. §§ 241.8, 1241.1; Abrego Garcia v. Noem, No. 8:25-cv-00951-PX (D. Md. Dec. 11, 2025) (no removal order exists; removal to any country not legally permissible)"
  tag "bar:no_final_order"
  // safety: its `shown(...)` was reviewed: it only adds a way for the bar to
  // be open (a detention on an order shown unable to reach the person);
  // an unknown reach keeps the answer it had
  tag "safety:reviewed"
  // Review of 2026-11-29 (test reinstatement-without-reinstatement-
  // determination): a removal under § 241(a)(5) with only the old 2015
  // order in a complete list was cleared. Reinstatement needs an officer's
  // determination, written notice and a chance to contest it, and a fear
  // referral (8 C.F.R. § 241.8(a)-(c), (e)): with no reinstatement order
  // there is no order to execute under that authority. Asked as the
  // reinstatement order when the list may be incomplete.
  holds when (ina_removal(c)
    and (not (any o in c.immigration.orders: order_final_on(c, o, c.action.date))
      or (c.action.authority == "reinstatement_241a5"
        and not (any o in c.immigration.orders where o.authority == "reinstatement_241a5":
          order_final_on(c, o, c.action.date)))))
    or (c.action.kind == "detention" and proceedings_ended_without_order(c))
    // Review of the fifteenth session (test r15g-lpr-2016-detained-12-
    // months-on-reinstatement-of-2005-order: "no bar found" once the
    // reinstatement of an order entered before the permanent residence was
    // read as reaching nothing): detention with no executable order, on an
    // order that cannot reach the person, has no authority under § 241(a);
    // whether new proceedings (§ 236(a)) were begun is not recorded: open.
    or (c.action.kind == "detention"
      and shown(any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS: order_outside_its_authority(c, o, as_of()))
      and not (any o in c.immigration.orders: order_final_on(c, o, as_of()))
      and detention_on_unexecutable_order_open(c))

/// The subject holds withholding of removal, CAT protection or asylum, not
/// terminated by the action's day, and no removal order exists: the
/// proceedings are over (no detention "pending a decision on whether the
/// alien is to be removed", INA § 236(a)) and there is no order to carry
/// out (INA § 241(a)), so detention has no statutory authority.
// Review of 2026-11-30 (tests abrego-2025-12-10-detention-no-removal-order,
// abrego-2025-12-11-detention-withholding-grantee-no-removal-order): ICE
// detention of a withholding grantee whose 2019 decision entered no
// removal order was "no bar found"; on these facts the court ordered his
// release (Abrego Garcia v. Noem, D. Md. Dec. 11, 2025). An orders list
// that is not recorded leaves it open.
rule proceedings_ended_without_order(c: Case)
  cite "INA §§ 236(a), 241(a)(1)-(2), (6); 8 U.S.C. §§ 1226(a), 1231(a)(1)-(2), (6); Abrego Garcia v. Noem, No. 8:25-cv-00951-PX (D. Md. Dec. 11, 2025) (release ordered: no removal order, no statutory authority to detain)"
  // safety: its `shown(...)` was reviewed: only a permanent residence known
  // to follow the asylum grant sets the asylum aside (an unknown one keeps it)
  tag "safety:reviewed"
  // Review of 2026-11-30, eleventh session (test dis-asylee-no-order-
  // nothing-pending-detention): an asylee detained with no order and
  // nothing pending was "no bar found". An adjustment to permanent
  // residence after the grant ends asylee status (as in `bar_asylum`), so
  // that case is left to the other rules.
  // Asylum granted by a judge ends the proceedings without an order. For
  // either protection, proceedings that go on (an appeal of the grant, or
  // new proceedings to terminate it, recorded as `other`) are pending; the
  // person's own habeas petition or N-600 is no proceeding "on whether the
  // alien is to be removed" (review of the change, tests g-detention-
  // withholding-grant-on-dhs-appeal-no-order, asy-detained-asylee-own-
  // habeas-pending-bar-lost, -n600-).
  holds when (withholding_or_cat_in_force(c)
      or (any x in c.immigration.protections where x.kind == "asylum":
        protection_in_force(x, c.action.date)
          and not shown(c.subject.lpr.date > x.granted and c.subject.lpr.date <= c.action.date)))
    and not (any x in c.immigration.pending: x.kind in PENDING_PROCEEDINGS)
    // An order entered after the action's day did not exist on it (review
    // of the change, test det-order-after-detention).
    // An order the person's later status put outside its authority (an
    // order from before a permanent residence, say) gives none (review of
    // 2026-11-30, ninth session, test x03-withholding-grantee-detention-
    // only-order-1990-exclusion-before-lpr).
    and not (any o in c.immigration.orders: o.kind in REMOVAL_ORDER_KINDS and not (o.date > c.action.date)
      and not order_outside_its_authority(c, o, c.action.date))
  review when not withholding_or_cat_in_force(c):
    "an asylee with no removal order and nothing pending: detention under INA § 236(a) needs proceedings \"pending a decision on whether the alien is to be removed\"; the engine reads it as without authority (as for the withholding grantee in Abrego Garcia v. Noem, D. Md. Dec. 11, 2025); a notice to appear to terminate asylum, if served, would change this"

/// Withholding of removal or CAT protection in force on the action's day.
def withholding_or_cat_in_force(c: Case) -> bool =
  any x in c.immigration.protections where x.kind in ["withholding_241b3", "cat_withholding", "cat_deferral"]:
    protection_in_force(x, c.action.date)

/// Pending matters that may be proceedings on whether the person is to be
/// removed (a Board appeal, a petition for review, or another matter such as
/// proceedings to terminate a protection).
const PENDING_PROCEEDINGS = ["bia_appeal", "petition_for_review", "other"] cite "INA § 236(a); 8 U.S.C. § 1226(a); 8 C.F.R. §§ 1003.6(a), 1003.39"

/// An order of removal under the INA that is final on day `d`. A finality
/// recorded in the case is taken as given (a waiver of appeal can only be
/// recorded that way); when it is not recorded, the regulation decides.
rule order_final_on(c: Case, o: Order, d: date)
  cite "8 C.F.R. §§ 241.1, 1241.1; INA § 101(a)(47)(B); 8 U.S.C. § 1101(a)(47)(B); 8 U.S.C. § 1228(b)(1); 8 C.F.R. § 238.1(b)(1)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // `shown` here only reads what the case records: a recorded `final` wins,
  // and the computed finality is used only when `final` is absent
  // (decision 0303). It never turns an unknown into "final" by itself.
  //
  // Review (missing facts): with `final` not recorded and the regulation
  // undecided (say, the order's date or `in_absentia` unknown), the recorded
  // finality would settle it too, but `shown(o.final)` hid it, so
  // `immigration.orders[i].final` was never asked. The last conjunct adds
  // that question only then: it is `yes` whenever the regulation decides,
  // and reads `o.final` (unknown, so asked) only when the regulation is
  // open; it never makes an order final or non-final by itself.
  //
  // Time review (law/removal/tests/time/): an order dated after day `d`
  // was taken as final on `d` when `final` was recorded or the order is
  // final on issuance (an expedited order of 2025-04-01 made a removal on
  // 2025-03-15 lawful). No order is final before it exists. An order in the
  // case exists on `as_of` (the case states facts as of `as_of`, decision
  // 0006), so on a day `d` from `as_of` on an unknown order date does not
  // matter (`shown`: only a date known to be after `d` counts); before
  // `as_of` (a past action) an unknown order date leaves it open.
  holds when o.kind in REMOVAL_ORDER_KINDS
    and o.authority in INA_AUTHORITIES
    and (o.date <= d or (d >= as_of() and not shown(o.date > d)))
    and ((shown(o.final) and recorded_finality_reaches(c, o, d))
      or (not shown(not o.final)
        and final_by_regulation(c, o, d)
        and (o.final or shown(final_by_regulation(c, o, d)))))
    and not order_outside_its_authority(c, o, d)
    and not canceled_by_u_approval(c, o, d)
  // Review of 2026-11-29, sixth session (tests administrative-238b-order-
  // against-person-with-no-conviction, administrative-238b-order-issued-
  // before-the-conviction): § 238(b) reaches only a person deportable for an
  // aggravated felony conviction (8 U.S.C. § 1228(b)(1); 8 C.F.R.
  // § 238.1(b)(1)), and a 238(b) order with no conviction recorded before it
  // was cleared. Not a bar here: a first encoding broke the tests that record
  // `convictions: []` beside a 238(b) order as an incidental detail, and
  // what the list leaves out (a conviction the roster never saw) is common;
  // the flag puts the order's authority before a lawyer. (On this rule,
  // which holds for such an order: a rule's review is read when it holds.)
  review when o.authority == "administrative_238b"
    and shown(not (any v in c.immigration.convictions: v.convicted <= o.date)):
    "a § 238(b) administrative order reaches only a person deportable for an aggravated felony conviction (8 U.S.C. § 1228(b)(1); 8 C.F.R. § 238.1(b)(1)), and no conviction before the order is recorded: whether DHS could issue it (and so execute it) needs a lawyer's review"

/// An order of removal issued by DHS (expedited, reinstated, § 238(b)) is
/// "deemed canceled by operation of law" on the approval of U or T
/// nonimmigrant status (8 C.F.R. §§ 214.14(c)(5)(i), 214.204(o)(1)); an order of an immigration judge or
/// the Board needs a motion to reopen and terminate, and stays. A U grant
/// recorded after the order and in force on day `d` cancels it.
// Review of 2026-11-29 (test u-nonimmigrant-status-approved-cancels-
// expedited-order): a 2019 expedited order was executed in 2025 over a 2024
// U approval ("no bar found"). The regulation's words are as the review and
// the existing test u-nonimmigrant-with-ij-order-not-canceled cite them;
// not re-read from the C.F.R. here.
// Review of 2026-11-29, sixth session (tests t-visa-approved-2023-cancels-
// 2019-expedited-order, t-visa-approved-2024-cancels-2018-238b-order): the
// T rule is the same: an order "issued by the Department" is deemed
// canceled by operation of law as of the date of USCIS approval of T-1
// status (former 8 C.F.R. § 214.11(d)(9)(i); 8 C.F.R. § 214.204(o)(1) since
// the 2024 rule). It was "believed to be the same and not encoded", and a
// T-1 holder's 2019 expedited order was cleared for execution.
rule canceled_by_u_approval(c: Case, o: Order, d: date)
  // safety: its `shown(...)` was reviewed: a grant recorded is on or
  // before `as_of` (a later one is an input error), so on a day from
  // `as_of` on it has been made unless it is shown to come after that day
  tag "safety:reviewed"
  cite "8 C.F.R. § 214.14(c)(5)(i); INA § 101(a)(15)(U); former 8 C.F.R. § 214.11(d)(9)(i); 8 C.F.R. § 214.204(o)(1); INA § 101(a)(15)(T)"
  // Fourteenth session (review tests r14f-u-visa-2025-grant-expedited-2024-
  // removal-now, r14f-t-visa-2025-grant-reinstated-2024-removal-later): an
  // approval dated only "2025", with `as_of` in 2025, left the order open,
  // though TPS and withholding with such a date are in force
  // (`protection_in_force` reads the day the same way).
  holds when o.authority in ["expedited_235b1", "reinstatement_241a5", "administrative_238b"]
    and (any p in c.immigration.protections where p.kind in ["u_visa", "t_visa"]:
      (p.granted > o.date or (p.granted == o.date and same_day_order_before_grant_unknown(p)))
      and (p.granted <= d or (d >= as_of() and not shown(p.granted > d)))
      and not (p.terminated <= d))

/// A U or T approval dated the same day as a DHS-issued order: the
/// regulation cancels the order "as of the date" of the approval, and the
/// case format records days, not hours, so whether the order came before
/// the approval that day is not known (unknown is not false: the order may
/// be canceled; review of 2026-11-30, test u-approval-same-day-as-
/// expedited-order).
rule same_day_order_before_grant_unknown(p: Protection)
  cite "8 C.F.R. § 214.14(c)(5)(i); 8 C.F.R. § 214.204(o)(1)"
  versions by p.granted
    from 2000-10-28: not_encoded "an order and a U or T approval on the same day: which came first that day decides whether the approval canceled the order (question: @)"
    until 2000-10-28: none "U and T status were created by the Victims of Trafficking and Violence Protection Act of 2000 (Pub. L. 106-386, Oct. 28, 2000)"
  holds when true

/// Whether a person held on an order that cannot reach them is held in new
/// removal proceedings is not in the case.
rule detention_on_unexecutable_order_open(c: Case)
  cite "INA §§ 236(a), 241(a); 8 U.S.C. §§ 1226(a), 1231(a); 8 C.F.R. § 1001.1(p)"
  versions by as_of()
    from 1997-04-01: not_encoded "the person is detained, and the removal order recorded cannot reach them (an expedited or reinstated order against a permanent resident, an order entered before a later admission for permanent residence or against a national): detention then needs pending removal proceedings (INA § 236(a)), which the case does not record (question: immigration.pending)"
    until 1997-04-01: none "the detention authorities of INA §§ 236 and 241 date from IIRIRA (Pub. L. 104-208), in force April 1, 1997"
  holds when true

/// A finality recorded in the case (which speaks of `as_of`) reaches day
/// `d`: `d` is not before `as_of`; or the order was not an immigration
/// judge's order that could still be appealed on `d` (in absentia, another
/// authority, or `d` after the time to appeal); or the appeal was waived,
/// which the case cannot record and is open.
// Added in the review of 2026-11-29 (test removal/tests/review/
// past-removal-day-14-of-appeal-window-final-recorded-later): a removal on
// day 14 of the 30-day appeal period, with the order recorded `final` on a
// later `as_of`, was cleared (`no_bar_found`). On day 14 the order was final
// only if the appeal had been waived (8 C.F.R. § 1241.1(b)); otherwise
// § 1003.6(a) stayed it.
rule recorded_finality_reaches(c: Case, o: Order, d: date)
  cite "8 C.F.R. §§ 1003.6(a), 1241.1(b), (c); decision 0007"
  holds when d >= as_of()
    or o.authority != "ina240"
    or o.in_absentia
    or d > appeal_deadline(o)
    // Guarded, so that its legal-review flag is raised only for a past
    // action inside the time to appeal (`or` reads every operand).
    or (d < as_of() and d <= appeal_deadline(o) and appeal_waiver_unknown(o))

/// Whether the right to appeal an immigration judge's order was waived is
/// not in the case format.
rule appeal_waiver_unknown(o: Order)
  cite "8 C.F.R. §§ 1003.6(a), 1241.1(b)"
  versions by o.date
    from 1900-01-01: not_encoded "the order is recorded as final on the day the question is asked, but the past action came within the time to appeal: it was final that day only if the appeal was waived (8 C.F.R. § 1241.1(b)), which the case does not say (question: @)"
  holds when true

/// A summary order entered against a person it cannot reach is no
/// executable order: an expedited removal order against a lawful permanent
/// resident, or an administrative (238(b)) order against one whose
/// permanent residence was not conditional. Nor is any order entered before
/// the person was later admitted for permanent residence.
rule order_outside_its_authority(c: Case, o: Order, d: date)
  // safety: its `shown(...)` was reviewed: the later LPR admission is read
  // only when recorded; an unknown one leaves the order as it was before
  // this clause existed (a bar added, never removed); so is the subject's
  // nationality on the order's day (a bar added where it is shown; where
  // it is open, the citizenship bars already speak)
  tag "safety:reviewed"
  cite "INA §§ 235(b)(1)(C), 238(b)(1), (2); 8 U.S.C. §§ 1225(b)(1)(C), 1228(b)(1), (2); 8 C.F.R. §§ 235.3(b)(5)(ii), 238.1(b)(1); INA § 101(a)(13)(C); INA §§ 101(g), 241(a)(5); 8 U.S.C. §§ 1101(g), 1231(a)(5); 8 C.F.R. § 1001.1(p)"
  quote "An alien is described in this paragraph if the alien- (A) was not lawfully admitted for permanent residence at the time at which proceedings under this section commenced; or (B) had permanent resident status on a conditional basis"
  // Review 2026 (removal/tests/review): an expedited or 238(b) order was
  // taken as final whoever it was entered against. The research (removal.md
  // § 2.1) lists both limits: expedited removal does not reach LPRs (a
  // verified claim to LPR status that has not been terminated ends the
  // expedited process: 8 C.F.R. § 235.3(b)(5)(ii), from memory, not re-read;
  // the person goes to 240 proceedings), and 238(b) reaches only non-LPRs
  // and conditional residents (1228(b)(2)). Whether a residence was
  // conditional cannot be recorded, so an LPR's 238(b) order stays open.
  holds when (o.authority == "expedited_235b1" and lpr_when_ordered(c, o))
    or (o.authority == "administrative_238b" and lpr_when_ordered(c, o) and residence_not_conditional(o))
    // Review of the fifteenth session (test r15b-lpr-2016-reinstatement-of-
    // 2005-order: "no bar found"): a reinstatement order against a person
    // admitted for permanent residence after the earlier order, whose
    // residence no later order ended, reinstates nothing: reinstatement
    // reaches only an alien who "reentered the United States illegally"
    // after the removal (INA § 241(a)(5); 8 C.F.R. § 241.8(a)(3)), and
    // permanent residence ends only with a final order entered while it
    // lasts (8 C.F.R. § 1001.1(p)). The clause below it compares the
    // admission with the reinstatement order's own date, so a 2025
    // reinstatement of a 2005 order passed it.
    or (o.authority == "reinstatement_241a5" and lpr_when_ordered(c, o))
    // Guarded: the open rule is read only for a reinstatement of a person
    // shown to have come back on parole after an earlier removal order.
    or (o.authority == "reinstatement_241a5"
      and paroled_after_earlier_order(c, o)
      and reinstatement_after_parole_unsettled(o))
    // Review of 2026-11-29, sixth session (tests lpr-admitted-2016-after-
    // executed-2005-order, lpr-admitted-2020-after-2015-expedited-order-at-
    // port: "no bar found"): an order entered before the person's later
    // admission for permanent residence is not executable against the
    // resident. Leaving under it executed it (INA § 101(g)); a lawful
    // admission is no illegal reentry to reinstate it on (INA § 241(a)(5));
    // and permanent residence ends only with a final order entered while it
    // lasts (8 C.F.R. § 1001.1(p)), so removing a resident needs new
    // proceedings.
    // Read only for an admission shown after the order: an unrecorded LPR
    // status would otherwise leave every order open on a later admission
    // that nothing points to (the case's own `lpr`, when unknown, is asked
    // about where it matters).
    // (A recorded admission's date is read three-valued: a year that may
    // fall either side of the order leaves it open, test f-lpr-year-only-
    // same-year-as-240-order-open.)
    // On the action's day `d`: a removal carried out before the admission
    // was under an executable order (test iI-removal-2019-under-2015-order-
    // lpr-admitted-2021-later-not-barred).
    or (shown(present(c.subject.lpr)) and c.subject.lpr.date > o.date
      and c.subject.lpr.date <= d and c.subject.lpr.date <= as_of())
    // Guarded: the open rule is read only for an expedited order against a
    // person shown to have been paroled or present two years before it.
    or (o.authority == "expedited_235b1"
      and (paroled_before(c, o) or present_two_years_before(c, o))
      and expedited_reach_unsettled(o))
    // Review of 2026-11-30, twelfth session (test r12-expedited-sworn-
    // citizenship-claim-unverified-claimed-status-review: "no bar found"
    // for a man who claimed U.S. citizenship under oath at the port, whose
    // recorded facts did not bear it out). An expedited order against a
    // person who claims under oath (or under penalty of perjury) to be a
    // U.S. citizen, whose claim is not verified, is referred to an
    // immigration judge for review before it is executed (8 C.F.R.
    // §§ 235.3(b)(5)(iv), 1235.3(b)(5)(iv); Matter of Lujan-Quintana: the
    // referral is "required"); the judge may vacate it. Whether the review
    // was held, and its outcome, are not in the case: open. It does not
    // depend on whether the claim is true.
    or (o.authority == "expedited_235b1"
      and citizenship_claimed(c.subject)
      and claimed_status_review_open(o))
    // Guarded: the stay of the 2025 expansion is read only for an expedited
    // order entered from 2025-08-29 against a person not shown to have been
    // an arriving alien. (A recorded entry within the fourteen
    // days before it does not close it: the 2004 designation also needs an
    // encounter within 100 miles of a land border, which the case cannot
    // record; review of the change, test e3-exp-order-2025-09-20-entered-
    // 2025-09-07.)
    or (o.authority == "expedited_235b1" and o.date >= 2025-08-29
      and not arriving_when_ordered(c, o)
      and expedited_expansion_stayed(o))
    // Review of 2026-11-30, tenth session (tests s1-ij-order-entered-while-
    // citizen-before-denaturalization, s1-expedited-order-entered-while-
    // citizen-renounced-later: "no bar found"): an order entered against a
    // person who was then a U.S. citizen or national had nothing to act on
    // (removal reaches only aliens, INA § 240(a)(3); Ng Fung Ho v. White:
    // jurisdiction "exists only if the person arrested is an alien"), and
    // losing the nationality later does not revive it: removing the person
    // needs a new order. Read only when shown: an open nationality on the
    // order's day is the citizenship question itself, answered by the
    // `citizen` and `possible_citizen` bars (safety comment above); and only
    // for a person shown to be no national on the action's day (for a
    // national then, the `citizen` or `national` bar already speaks).
    // (The order's day is read three-valued: an order dated "2023" against
    // a person who renounced in mid-2023 is open, test r8-order-year-2023-
    // renounced-mid-2023.)
    // Review of the fifteenth session (test mm-revoked-after-order-parents-
    // unknown-no-bar): with the person's parents unrecorded, whether the
    // person is a national on the action's day is open, and this clause was
    // not read ("no bar found"); yet either the person is still a national
    // (removal reaches only aliens) or the order was entered against one.
    // So a recorded revocation after the order is read unless the person
    // is shown to be a national on `d` (then the `citizen` and `national`
    // bars speak); an open nationality on the order's day alone is not (an
    // unsupported citizenship claim bars nothing: spec, `possible_citizen`).
    or (shown(not national_on(c.subject, d))
      and (national_on(c.subject, o.date) or revoked_after_order(c, o)))
    or (not shown(national_on(c.subject, d)) and shown(revoked_after_order(c, o)))

/// The subject's naturalization was revoked by a judgment entered after
/// order `o`: on the order's day the person held citizenship, which only
/// the court's judgment took away.
// INA § 340(a) makes the revocation "effective as of the original date of
// the order and certificate": whether that validates an order entered
// against the person while still a citizen is not settled (Costello v.
// INS, 376 U.S. 120 (1964), refused to let denaturalization relate back to
// make a person deportable for what was done while a citizen). The
// protective reading treats the order as void, with a flag.
rule revoked_after_order(c: Case, o: Order)
  cite "INA §§ 240(a)(3), 340(a); 8 U.S.C. §§ 1229a(a)(3), 1451(a); Costello v. INS, 376 U.S. 120 (1964)"
  holds when present(c.subject.naturalized)
    and c.subject.naturalized.date <= o.date
    and naturalization_revoked(c.subject)
    // The same day counts: which came first that day is not in the case
    // (test r2-order-same-day-as-denaturalization).
    and c.subject.denaturalization.date >= o.date
  review when true: "the order was entered while the person was still a naturalized citizen, before the judgment revoking the naturalization: INA § 340(a) makes a revocation effective as of the naturalization, but whether that gives effect to an order entered against a citizen is unsettled (Costello v. INS); read as no executable order"

/// The person's recorded claim to be a U.S. citizen or national is not
/// proved by a document (its evidence is the person's word, or a record
/// that is no proof of citizenship: a baptismal certificate, a school
/// record), and may have been made under oath. Review of the change (test
/// dis-expedited-citizenship-claim-with-baptismal-certificate): the claim,
/// not the paper offered with it, calls for the judge's review.
rule citizenship_claimed(p: Person)
  cite "INA § 235(b)(1)(C); 8 U.S.C. § 1225(b)(1)(C); 8 C.F.R. § 235.3(b)(5)(iv)"
  holds when p.asserted.status in ["citizen", "national"] and not (p.asserted.evidence in DOCUMENTS)

/// Whether an immigration judge reviewed an expedited order against a person
/// who claimed U.S. citizenship, and what the judge decided, is not in the
/// case format.
rule claimed_status_review_open(o: Order)
  cite "INA § 235(b)(1)(C); 8 U.S.C. § 1225(b)(1)(C); 8 C.F.R. §§ 235.3(b)(5)(iv), 235.6(a)(2)(ii), 1235.3(b)(5)(iv); Matter of Lujan-Quintana, 25 I&N Dec. 53 (BIA 2009)"
  quote "When an alien whose status has not been verified but who is claiming under oath or under penalty of perjury to be a lawful permanent resident, refugee, asylee, or U.S. citizen is ordered removed pursuant to section 235(b)(1) of the Act, the case will be referred to an immigration judge for review of the expedited removal order"
  versions by o.date
    from 1997-04-01: not_encoded "an expedited removal order against a person who claims to be a U.S. citizen: if the claim was made under oath or under penalty of perjury and not verified, the order must be referred to an immigration judge for claimed status review before it is executed (8 C.F.R. § 235.3(b)(5)(iv)), and the judge may vacate it; whether that review was held and what it decided is not in the case (question: @)"
    until 1997-04-01: none "expedited removal was created by IIRIRA, effective 1997-04-01"
  holds when true

/// The subject is shown to have been paroled into the United States before
/// the order (a `parole` record granted before its date).
rule paroled_before(c: Case, o: Order)
  cite "INA §§ 212(d)(5)(A), 235(b)(1)(A)(iii)(II); 8 U.S.C. §§ 1182(d)(5)(A), 1225(b)(1)(A)(iii)(II)"
  // safety: its `shown(...)` was reviewed: it only opens an expedited
  // order (never closes a bar); an unrecorded parole keeps the answer it had
  tag "safety:reviewed"
  holds when any p in c.immigration.protections where p.kind == "parole": shown(p.granted < o.date)

/// The subject came back on a parole granted after an earlier removal
/// order and before the reinstatement order `o`.
rule paroled_after_earlier_order(c: Case, o: Order)
  cite "INA §§ 212(d)(5)(A), 241(a)(5); 8 U.S.C. §§ 1182(d)(5)(A), 1231(a)(5); 8 C.F.R. § 241.8(a)(3)"
  // safety: its `shown(...)` was reviewed: it only opens a reinstatement
  // order (never closes a bar); an unrecorded parole keeps the answer it had
  tag "safety:reviewed"
  holds when any p in c.immigration.protections where p.kind == "parole":
    (shown(p.granted < o.date)
      and (any e in c.immigration.orders where e.authority != "reinstatement_241a5": shown(e.date < p.granted)))

/// Whether an entry on parole is the illegal reentry that reinstatement
/// needs is not settled.
rule reinstatement_after_parole_unsettled(o: Order)
  cite "INA § 241(a)(5); 8 U.S.C. § 1231(a)(5); 8 C.F.R. § 241.8(a)(3)"
  // Review of the fifteenth session (test r15b-parolee-2023-reinstatement-
  // of-2015-order: "no bar found"): reinstatement reaches only an alien who
  // "reentered the United States illegally" after the removal; an entry
  // DHS authorised on parole is not on its face such a reentry. No holding
  // on point was found: open, for a lawyer to review.
  versions by o.date
    from 1997-04-01: not_encoded "the person came back on parole after the earlier removal order; reinstatement reaches only an alien who reentered the United States illegally (8 U.S.C. § 1231(a)(5)); whether an entry on parole is one is for a lawyer to review (question: @)"
    until 1997-04-01: none "reinstatement under § 241(a)(5) dates from IIRIRA (Pub. L. 104-208), in force April 1, 1997"
  holds when true

/// The subject was present in the United States every day of the two years
/// before the order (open when the presence is not recorded).
rule present_two_years_before(c: Case, o: Order)
  cite "INA § 235(b)(1)(A)(iii)(II); 8 U.S.C. § 1225(b)(1)(A)(iii)(II)"
  // Review of 2026-11-30, twelfth session (tests mf-x02-expedited-removal-
  // presence-unknown-no-question, mf-x03-...-presence-lower-bound-only):
  // this was read only when shown, so an expedited order against a person
  // whose presence was not recorded was cleared ("no bar found") with no
  // question, while the same order against a person present since 2020 was
  // open. Unknown is not false: unrecorded presence leaves the order open
  // and asks for it. (The statute puts the showing on the person, to an
  // immigration officer; whether that was done is what a lawyer reviews.)
  // 730 days are two years even where a Feb 29 makes the calendar period
  // 731 days: the reading that leaves the order open (decision 0103; review
  // of the change, test p-exp-order-2024-02-29-present-from-2022-03-01).
  holds when total(c.subject.presence & window(o.date - 730 days, o.date)) >= 730 days

/// The subject is shown never to have been present in the United States
/// before order `o`: an arriving alien, whom expedited removal reaches
/// whatever the designation (INA § 235(b)(1)(A)(i)).
rule arriving_when_ordered(c: Case, o: Order)
  cite "INA § 235(b)(1)(A)(i); 8 U.S.C. § 1225(b)(1)(A)(i)"
  // safety: its `shown(...)` was reviewed: it only closes the open rule
  // `expedited_expansion_stayed` for a person recorded as never present
  // before the order; unrecorded presence leaves that rule open
  tag "safety:reviewed"
  holds when shown(not ever(c.subject.presence & ending(o.date)))

/// Whether an expedited removal order entered while the 2025 expansion was
/// stayed can be executed.
// Review of 2026-11-30, tenth session (test s21-expedited-interior-order-
// during-make-the-road-stay: "no bar found"). On 2025-08-29 the district
// court in Make the Road New York v. Noem stayed the January 2025
// designation that extended expedited removal to anyone in the country
// without two years' presence; what remained was the 2004 designation
// (within 100 miles of a land border and 14 days of entry) and arriving
// aliens. A D.C. Circuit panel reversed the stay in 2026, about ten months
// later (No. 25-5320; the date is not verified: removal.md § 2.1, open item
// 7), so the end of the window is not encoded and the rule stays open for
// every later order too: the protective reading, for a lawyer to check
// against the place and time of the apprehension, which the case format
// does not record.
rule expedited_expansion_stayed(o: Order)
  cite "INA § 235(b)(1)(A)(iii); 8 U.S.C. § 1225(b)(1)(A)(iii); Make the Road New York v. Noem, No. 1:25-cv-00190 (D.D.C. Aug. 29, 2025), rev'd, No. 25-5320 (D.C. Cir. 2026); 69 Fed. Reg. 48,877 (Aug. 11, 2004)"
  versions by o.date
    from 2025-08-29: not_encoded "an expedited removal order entered on or after 2025-08-29: the district court in Make the Road New York v. Noem stayed the 2025 interior expansion that day, leaving only arriving aliens and the 2004 designation (within 100 miles of a land border and 14 days of entry); a D.C. Circuit panel reversed the stay in 2026 (date not verified here). Whether the order was within what remained, and whether it was entered before the reversal, needs a lawyer's review (question: @)"
    until 2025-08-29: none "the stay of the 2025 expansion began on 2025-08-29"
  holds when true

/// Whether an expedited removal order reaches a person paroled into the
/// United States, or present here for two years, is contested.
// Added in the review of 2026-11-29 (tests expedited-order-against-*): an
// expedited order of October 2025 against a parolee, and one against a
// person present since 2014, were taken as executable ("no bar found").
// The statute reaches, besides arriving aliens, only those "not admitted or
// paroled" who have not shown two years' continuous presence (INA
// § 235(b)(1)(A)(iii)(II)); CHIRLA v. Noem (D.D.C. Aug. 1, 2025; stay
// pending appeal denied, D.C. Cir. Sept. 12, 2025) stayed the policies
// applying it to parolees, and Make the Road New York v. Noem (D.D.C. Aug.
// 29, 2025) stayed its expansion to the interior. Review of such orders is
// narrow (8 U.S.C. § 1252(e)); the protective answer is open, for a lawyer.
rule expedited_reach_unsettled(o: Order)
  cite "INA § 235(b)(1)(A)(iii)(II); 8 U.S.C. §§ 1225(b)(1)(A)(iii)(II), 1252(e); CHIRLA v. Noem, No. 1:25-cv-00872 (D.D.C. Aug. 1, 2025); Make the Road New York v. Noem, No. 1:25-cv-00190 (D.D.C. Aug. 29, 2025)"
  versions by o.date
    from 1997-04-01: not_encoded "an expedited removal order against a person paroled into the United States, or shown present here for the two years before it: the statute reaches only those 'not admitted or paroled' without two years' continuous presence (8 U.S.C. § 1225(b)(1)(A)(iii)(II)), and courts stayed its application to parolees and its interior expansion in 2025 (CHIRLA v. Noem; Make the Road New York v. Noem); whether this order can be executed needs a lawyer's review"
    until 1997-04-01: none "expedited removal was created by IIRIRA, effective 1997-04-01"
  holds when true

/// The subject held lawful permanent residence when the order was entered:
/// admitted for permanent residence before it, and the status not ended by
/// an earlier final order of removal in 240 proceedings.
rule lpr_when_ordered(c: Case, o: Order)
  cite "INA § 101(a)(20); 8 U.S.C. § 1101(a)(20); 8 C.F.R. § 1001.1(p)"
  holds when present(c.subject.lpr)
    and c.subject.lpr.date <= o.date
    // Only an order entered while the permanent residence lasted ended it
    // (8 C.F.R. § 1001.1(p)); an order from before the admission did not
    // (review of 2026-11-30, ninth session, tests x01-lpr-2005-after-1995-
    // deportation-expedited-2020-order-executed, x02-*: a 1995 deportation
    // order let a 2020 expedited or 238(b) order reach a resident of 2005).
    and not (any e in c.immigration.orders where e.kind in REMOVAL_ORDER_KINDS:
      e.authority == "ina240" and e.date < o.date and e.final and e.date >= c.subject.lpr.date)

/// Whether the permanent residence was conditional (8 U.S.C. § 1186a),
/// which the case format does not record.
rule residence_not_conditional(o: Order)
  cite "INA §§ 216, 238(b)(2)(B); 8 U.S.C. §§ 1186a, 1228(b)(2)(B)"
  versions by o.date
    from 1996-09-30: not_encoded "whether the person's permanent residence was conditional (8 U.S.C. § 1186a; a conditional resident may be given a 238(b) order, 1228(b)(2)(B)) is not in the case format"
    until 1996-09-30: none "the 238(b) administrative order in its current form dates from IIRIRA (Pub. L. 104-208, Sept. 30, 1996)"
  holds when true

/// When an order is final under 8 C.F.R. § 1241.1 (finality not recorded).
rule final_by_regulation(c: Case, o: Order, d: date)
  cite "8 C.F.R. § 1241.1(b)-(f); 8 C.F.R. § 1003.25(b)"
  holds when (o.authority == "ina240" and ij_order_final(c, o, d))
    or o.authority in FINAL_ON_ISSUANCE
    or (o.authority == "voluntary_departure" and voluntary_departure_overstayed(o))

/// An immigration judge's order is final when entered in absentia, or once
/// the time to appeal has run with no appeal to the Board pending.
rule ij_order_final(c: Case, o: Order, d: date)
  cite "8 C.F.R. § 1241.1(a), (c), (e); 8 C.F.R. § 1003.38(b)"
  quote "upon expiration of the time allotted for an appeal if the respondent does not file an appeal within that time"
  holds when o.in_absentia
    or (d > appeal_deadline(o) and not bia_appeal_pending(c) and not appeal_still_open_on_as_of(o))
  // A case certified to the Board (1241.1(d)) cannot be recorded; a timely
  // appeal filed is recorded as a pending `bia_appeal`.

/// On `as_of` the time to appeal has not yet run: an appeal may still be
/// filed before the deadline, so the order's finality on a later action
/// date is not known.
rule appeal_still_open_on_as_of(o: Order)
  cite "8 C.F.R. §§ 1003.38(b), 1241.1(c); spec/case-format.md (`as_of`; principle 1: unknown is not false)"
  // Time review (law/removal/tests/time/): with `as_of` inside the appeal
  // window and the removal planned after the deadline, the order was taken
  // as final on the planned day because `pending` listed no appeal, though
  // `pending` states what is pending on `as_of` and the person could still
  // appeal on any day up to the deadline. 1241.1(c) makes the order final
  // only "if the respondent does not file an appeal within that time": that
  // is a future fact on `as_of`, so it stays open.
  holds when as_of() <= appeal_deadline(o) and appeal_not_yet_decided(o)

/// Whether an appeal will be filed before the deadline is a future event.
rule appeal_not_yet_decided(o: Order)
  cite "8 C.F.R. §§ 1003.38(b), 1241.1(c)"
  versions by o.date
    from 1900-01-01: not_encoded "on the day the question is asked the time to appeal the immigration judge's order has not run; the order becomes final only if no appeal to the Board is filed by the deadline (8 C.F.R. §§ 1003.38(b), 1241.1(c)), which is not yet known: ask again after the deadline (question: immigration.pending)"
  holds when true

/// An appeal to the Board of Immigration Appeals is pending.
rule bia_appeal_pending(c: Case)
  cite "8 C.F.R. §§ 1003.6(a), 1241.1(a)"
  holds when any p in c.immigration.pending: p.kind == "bia_appeal" and pending_on_action(c, p)

/// The last day to appeal an immigration judge's order to the Board: 30
/// calendar days after the decision, extended to the next business day when
/// that day is a Saturday, Sunday or legal holiday.
rule appeal_deadline(o: Order) -> date
  cite "8 C.F.R. § 1003.38(b); 5 U.S.C. § 6103"
  // The order's `date` is taken as the day of the oral decision or of the
  // mailing (decision 0303).
  = appeal_deadline_after(o.date)

/// The last day to appeal to the Board a decision of day `d`: 30 calendar
/// days after it, extended to the next business day when that day is a
/// Saturday, Sunday or legal holiday. (An order's, `appeal_deadline`; a
/// protection's termination, `termination_appeal_time_open`.)
rule appeal_deadline_after(d: date) -> date
  cite "8 C.F.R. § 1003.38(b); 5 U.S.C. § 6103"
  quote "The notice of appeal ... shall be filed directly with the Board of Immigration Appeals within 30 calendar days after the stating of an Immigration Judge's oral decision or the mailing of an Immigration Judge's written decision. If the final date for filing falls on a Saturday, Sunday, or legal holiday, this appeal time shall be extended to the next business day."
  // Outside the calendar's years (1990-2040, with a week's margin at the
  // end) the longest possible extension is assumed: a Saturday 30th day
  // before a Monday holiday, or a Friday holiday, moves the deadline by 3
  // days; 4 keeps a day's margin (protective: a later deadline keeps the
  // bar longer; `in_appeal_period` flags it).
  versions by d + 30 days
    from 2040-12-24: last = d + 34 days
    from 1990-01-01 to 2040-12-24: last = first_day(starting(d + 30 days) & federal_business_days_near(d + 30 days))
    until 1990-01-01: last = d + 34 days
  = last

/// The immigration judge's order is still within its time for appeal on day
/// `d`, and the appeal was not waived.
rule in_appeal_period(o: Order, d: date)
  cite "8 C.F.R. §§ 1003.6(a), 1003.38(b), 1241.1(b)-(c)"
  // A waiver of appeal has no field in the case format: the appeal counts
  // as not waived unless the case records the order as final (the burden of
  // showing the waiver is on the side that would execute the order;
  // decision 0303).
  // An alternate order with voluntary departure is an immigration judge's
  // decision in § 240 proceedings, appealable the same way (8 C.F.R.
  // § 1241.1(f); review of 2026-11-29, test voluntary-departure-alternate-
  // order-day-11-appeal-window-open).
  holds when o.authority in ["ina240", "voluntary_departure"]
    and not o.in_absentia
    and not shown(o.final)
    and d <= appeal_deadline(o)
  review when d > o.date + 30 days: "the action is after the 30th day after the order but within the extension to the next business day (8 C.F.R. § 1003.38(b)) for a 30th day that is a Saturday, Sunday or legal holiday; the extension rests on the encoded federal calendar (calendar.hb, 1990-2040; outside it 4 days are assumed), which also counts executive-order closures and Inauguration Day as closed days (protective): check it against the EOIR calendar"

/// The voluntary departure period was overstayed, which makes the alternate
/// order of removal final. The case format cannot record it.
rule voluntary_departure_overstayed(o: Order)
  cite "8 C.F.R. § 1241.1(f); INA § 240B; 8 U.S.C. § 1229c"
  versions by o.date
    from 1900-01-01: not_encoded "whether the voluntary departure period was overstayed (the event that makes the alternate removal order final) is not in the case format: record the order's `final` instead"
  holds when true

// Removal to a third country: a country that is not the destination named
// in the order, and is not a country of the person's nationality unless the
// order named another destination (decision 0306). Withholding and CAT protect only against the named country, so a
// third-country removal is where the person must be told, in a language
// they understand, how to contest it, and be asked about fear of that
// country. The procedure is contested in litigation: every answer here
// carries a legal-review flag.

/// The destination is a third country.
rule third_country_removal(c: Case)
  cite "INA § 241(b)(1)-(2); 8 U.S.C. § 1231(b)(1)-(2); Jama v. ICE, 543 U.S. 335 (2005)"
  // Review of 2026-11-29 (test dual-national-removal-to-undesignated-
  // nationality-no-notice; raised by three reviews): a country of
  // nationality was never a third country, so a Salvadoran-Guatemalan
  // ordered removed to El Salvador was sent to Guatemala on notice that did
  // not say how to contest it, with no fear inquiry: "no bar found". The
  // D.V.D. class is defined by designation, not nationality ("a country not
  // previously designated as the country or alternative country of
  // removal"), and Andriasian asks for notice and a chance to seek
  // withholding as to any country not designated at the hearing. A country
  // of nationality is now a third country when the orders are shown to
  // designate another destination and none designates it; with no
  // destination recorded, a country of nationality is still taken as the
  // statute's own fallback (8 U.S.C. § 1231(b)(2)(D)), as before.
  holds when c.action.kind == "removal"
    and not (any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS: o.destination == c.action.to)
    and (not (c.action.to in c.immigration.nationalities)
      or designated_elsewhere(c))
  // Review 2026 (removal/tests/review): the two flags below sat only on
  // `bar_third_country_notice`, and a rule raises its flags only when it
  // does not fail; so a third-country removal with notice, a fear inquiry
  // and acceptance got no flag at all, not even for notice served three
  // hours before the flight. Decision 0306 asks for a legal-review flag on
  // every third-country removal and at least a flag under 24 hours. They
  // sit here, on the rule that holds for every third-country removal.
  // (Engine defect, reported: in Explain mode determine.rs keeps only the
  // flags of holding or open bars, so a `no_bar_found` answer still shows
  // none of them; Missing mode reports them.)
  review when ina_removal(c): "third-country removal procedure is contested (D.V.D. v. DHS: the classwide injunction was stayed by the Supreme Court on June 23, 2025; the Feb. 25, 2026 judgment was paused by the 1st Cir.); no minimum notice period is encoded (decision 0306)"
  review when ina_removal(c) and shown(c.action.notice.hours < 24): "notice was served less than 24 hours before the planned removal (ICE's July 9, 2025 memo itself calls for 24 hours, or 6 in exigent circumstances with access to counsel; the D.V.D. injunction, now stayed, required a meaningful chance to raise fear): check whether the person could actually contest the removal"

/// The removal orders are shown to designate a destination other than the
/// action's country.
rule designated_elsewhere(c: Case)
  cite "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.) (class definition); Andriasian v. INS, 180 F.3d 1033 (9th Cir. 1999); decision 0306"
  // safety: its `shown(...)` was reviewed: it only adds countries of
  // nationality to the third countries (more bars, never fewer); an
  // unrecorded destination keeps the answer it had before this rule
  tag "safety:reviewed"
  // A dual national whose order's destination is not recorded may have been
  // ordered removed to the other country: open (review of the change, test
  // dual-national-removal-to-gt-order-destination-not-recorded). For a
  // single nationality, the statute's fallback reading stands (test
  // m-order-destination-unknown).
  holds when shown(any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS:
      o.destination != c.action.to)
    or (count(c.immigration.nationalities) > 1
      and (any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS: o.destination != c.action.to))

/// Removal to a third country without notice that explains how to contest
/// it in a language the person understands, or without asking about fear of
/// that country; open while those facts, or the receiving country's
/// acceptance, are unknown.
rule bar_third_country_notice(c: Case)
  cite "U.S. Const. amend. V (due process); INA § 241(b)(2), (b)(3); 8 U.S.C. § 1231(b)(2), (b)(3); 8 C.F.R. § 1208.16(f); Andriasian v. INS, 180 F.3d 1033 (9th Cir. 1999); D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.) (TRO Mar. 28, 2025; PI Apr. 18, 2025, stayed by DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025); judgment Feb. 25, 2026, paused by the 1st Cir. Mar. 2026)"
  tag "bar:third_country_notice"
  holds when ina_removal(c)
    and third_country_removal(c)
    and (not c.action.notice.explains_how_to_contest
      or not c.action.notice.language_understood
      or notice_too_late_to_contest(c)
      or (c.action.notice.hours < 6 and notice_below_policy_floor(c))
      or (c.action.notice.hours < 24 and c.action.date >= 2025-07-09 and exigency_not_recorded(c))
      or dvd_injunction_notice_short(c)
      or dvd_tro_notice_short(c)
      or not c.action.fear_inquiry
      or (not c.action.receiving_state_accepts and acceptance_required(c)))
  // Its legal-review flags are raised by `third_country_removal` (see there).

/// Notice served less than six hours before the planned removal: below the
/// floor of ICE's own policy for third-country removals (24 hours, or 6 in
/// exigent circumstances with access to counsel). Whether a removal on such
/// notice gave the person the chance to contest it that due process
/// requires is for a court: open, never cleared.
// Thirteenth session (review test dis-third-country-removal-4-hours-notice:
// withholding grantee removed to Ghana on four hours' written notice,
// "no bar found" with a flag). Notice under one hour is none
// (`notice_too_late_to_contest`); from 6 to 24 hours the flag of
// `third_country_removal` stays (exigency is not in the case format).
rule notice_below_policy_floor(c: Case)
  cite "U.S. Const. amend. V; United States ex rel. Accardi v. Shaughnessy, 347 U.S. 260 (1954); ICE memorandum on third-country removals (July 9, 2025); A.A.R.P. v. Trump, 605 U.S. ___ (2025)"
  versions by c.action.date
    from 1997-04-01: not_encoded "notice served less than six hours before a removal to a third country (if it was: the notice may be unrecorded) is below the floor that ICE's own July 9, 2025 policy sets even in exigent circumstances: whether the person had the chance to contest the removal that due process requires is for a court"
    until 1997-04-01: none "8 U.S.C. § 1231(b) was enacted by IIRIRA, effective 1997-04-01"
  holds when true

/// Notice served less than 24 hours before a third-country removal under
/// ICE's July 9, 2025 policy, which allows less (down to six hours) only in
/// exigent circumstances where the person had a reasonable chance to speak
/// with a lawyer: neither is in the case format, so whether the agency kept
/// its own rule is open.
// Fourteenth session (review tests wh-sv-to-mx-notice-exactly-6h-exigency-
// unrecorded, wh-sv-to-mx-notice-23h-exigency-unrecorded: "no bar found"
// with a flag). The same reasoning as `notice_below_policy_floor` (an agency
// bound by its own procedures, Accardi), for the part of the policy that
// depends on facts the case cannot hold; before the policy, six hours stays
// the floor. Whether Accardi reaches an internal memorandum is itself
// unsettled: the protective reading, flagged by `third_country_removal`.
// The memo also lets a removal go ahead "without the need for further
// procedures" where credible diplomatic assurances were received; that
// clause is not applied here either (deliberately: whether the assurances
// were credible is itself what the person may contest).
rule exigency_not_recorded(c: Case)
  cite "U.S. Const. amend. V; United States ex rel. Accardi v. Shaughnessy, 347 U.S. 260 (1954); ICE memorandum on third-country removals (July 9, 2025)"
  versions by c.action.date
    from 2025-07-09: not_encoded "notice served less than 24 hours before a removal to a third country (if it was: the notice may be unrecorded): ICE's July 9, 2025 policy allows that only in exigent circumstances where the person had a reasonable means and opportunity to speak with an attorney, which the case does not record: whether the agency kept its own procedure, and whether the person could contest the removal, is for a lawyer (question: action.notice)"
    until 2025-07-09: none "ICE's third-country removal memorandum is dated 2025-07-09"
  holds when true

/// Whether the receiving country must accept the person: needed when the
/// country is designated under INA § 241(b)(2)(E)(vii) ("another country
/// whose government will accept the alien"), not under (E)(i)-(vi). The case
/// format does not record which clause is used (proposed bar kind
/// `third_country_not_accepting`).
rule acceptance_required(c: Case)
  cite "INA § 241(b)(2)(E)(vii); 8 U.S.C. § 1231(b)(2)(E)(vii); Jama v. ICE, 543 U.S. 335 (2005)"
  versions by c.action.date
    from 1997-04-01: not_encoded "under which clause of 8 U.S.C. § 1231(b)(2)(E) the third country was designated is not in the case format; without the receiving country's acceptance the removal may be barred"
    until 1997-04-01: none "8 U.S.C. § 1231(b) was enacted by IIRIRA, effective 1997-04-01"
  holds when true

/// The notice was served less than an hour before the moment the removal
/// was planned for, or after it: it gave no chance to contest the removal
/// before it happened.
rule notice_too_late_to_contest(c: Case)
  cite "U.S. Const. amend. V (due process); A.A.R.P. v. Trump, No. 24A1007 (U.S. May 16, 2025) (notice must allow the person to seek relief \"before such removal occurs\"); D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.)"
  // Time review (law/removal/tests/time/): a notice served three hours
  // after the planned removal, but recorded as explaining how to contest,
  // cleared the notice bar (only the under-24-hours flag was raised).
  // Notice that comes after the removal is no notice. `hours` is counted
  // on the instants (decision 0006) in whole hours, rounded down; an unknown
  // time of service leaves this open.
  // Review of 2026-11-29 (test removal/tests/review/
  // third-country-notice-served-at-the-planned-moment): notice served at
  // the very moment of the removal counted as notice, since only a negative
  // interval was late. Notice within the hour before removal leaves no time
  // to reach a court (A.A.R.P. held about 24 hours insufficient under the
  // Alien Enemies Act); it is treated as none. Longer notice under 24 hours
  // keeps its legal-review flag.
  holds when c.action.notice.hours < 1

/// While the D.V.D. preliminary injunction was in force (from 2025-04-18
/// until the Supreme Court stayed it on 2025-06-23), a third-country removal
/// of a class member (a final order under INA § 240, § 241(a)(5) or
/// § 238(b), removal to a country not designated) needed written notice and
/// a meaningful opportunity to seek protection under the Convention Against
/// Torture, which the court's remedy order of May 21, 2025 held to be at
/// least ten days: less notice was a removal the injunction barred.
// Review of 2026-11-30, ninth session (test dvd-pi-window-third-country-
// removal-16-hours-notice: removal to South Sudan on 16 hours' notice on
// 2025-05-20, "no bar found"). Class membership comes from the class
// definition, not from a `court_orders` entry. The ten days are read from
// secondary accounts of the May 21 order; flagged.
rule dvd_injunction_notice_short(c: Case)
  cite "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.) (PI Apr. 18, 2025; order of May 21, 2025), stayed by DHS v. D.V.D., No. 24A1153 (U.S. June 23, 2025)"
  // The class: final orders under INA § 240 (a stipulated order, § 240(d),
  // included), § 241(a)(5) or § 238(b); not expedited removal (review of
  // the change, test d13-dvd-expedited-order-not-class-member-5-days). The
  // Supreme Court's stay came late on 2025-06-23: a removal that day is
  // read as still under the injunction (the protective side; test d06-dvd-
  // planned-2025-06-23-morning-stay-came-later-that-day).
  holds when c.action.date >= 2025-04-18 and c.action.date <= 2025-06-23
    // Membership comes from the person's final order, whatever authority
    // the action records (review of the change, tests v08-dvd-action-
    // authority-expedited-but-order-ina240, v01-dvd-action-authority-absent-
    // order-ina240-5-days).
    and dvd_class_member(c)
    and c.action.notice.hours < 240
  review when true: "a third-country removal while the D.V.D. preliminary injunction was in force (2025-04-18 to 2025-06-23; the Supreme Court's stay came late on June 23) with less than ten days' notice: the May 21, 2025 order read the injunction's 'meaningful opportunity' as at least ten days; check the order's text"

/// While the D.V.D. temporary restraining order was in force (2025-03-28
/// until the preliminary injunction replaced it on 2025-04-18), a
/// third-country removal of a class member needed written notice and a
/// meaningful opportunity to seek protection under the Convention Against
/// Torture; the order set no number of days. Less than the ten days the
/// court later read into the same words leaves the removal open.
// Review of 2026-11-30, tenth session (test s36-dvd-tro-window-16-hours-
// notice: removal to South Sudan on 16 hours' notice on 2025-04-10, "no bar
// found"; the TRO's terms were the injunction's).
rule dvd_tro_notice_short(c: Case)
  cite "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass. Mar. 28, 2025) (TRO)"
  holds when c.action.date >= 2025-03-28 and c.action.date < 2025-04-18
    and dvd_class_member(c)
    and c.action.notice.hours < 240
    and dvd_tro_opportunity_unsettled(c)

/// Whether notice under ten days gave the "meaningful opportunity" the
/// D.V.D. temporary restraining order required is not settled.
rule dvd_tro_opportunity_unsettled(c: Case)
  cite "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass. Mar. 28, 2025) (TRO); order of May 21, 2025"
  versions by c.action.date
    from 2025-03-28: not_encoded "a third-country removal while the D.V.D. temporary restraining order was in force (2025-03-28 to 2025-04-17) with less than ten days' notice: the order required written notice and a meaningful opportunity to seek CAT protection without a number of days (the court later read the same words as at least ten days); whether this notice met it needs a lawyer's review"
    until 2025-03-28: none "the D.V.D. temporary restraining order dates from 2025-03-28"
  holds when true

/// The person is in the D.V.D. class: the action's authority, or the
/// authority of one of the person's orders of removal, is one of the class's
/// (shared by the TRO and the preliminary injunction).
def dvd_class_member(c: Case) -> bool =
  c.action.authority in DVD_CLASS_AUTHORITIES
    or (any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS: o.authority in DVD_CLASS_AUTHORITIES)

/// The orders of the D.V.D. class: INA § 240 (a stipulated order, § 240(d),
/// included), § 241(a)(5) and § 238(b).
// An alternate order entered with voluntary departure is an immigration
// judge's order in § 240 proceedings (8 C.F.R. § 1241.1(f); review of
// 2026-11-30, eleventh session, tests dis-dvd-*-vd-alternate-order-*).
const DVD_CLASS_AUTHORITIES = ["ina240", "stipulated", "voluntary_departure", "reinstatement_241a5", "administrative_238b"] cite "D.V.D. v. DHS, No. 1:25-cv-10676 (D. Mass.) (class certified Apr. 18, 2025)"

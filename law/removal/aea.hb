// Removal under the Alien Enemies Act (50 U.S.C. §§ 21-24) as invoked by
// Proclamation 10903 (Mar. 14, 2025) against members of Tren de Aragua
// (decision 0302). It is not an INA removal: the INA's order, automatic-stay
// and third-country bars are not evaluated for it. Every clearance of an AEA
// removal rests on an unsettled question, so it is never `no_bar_found`.

/// The proposed action is a removal under the Alien Enemies Act.
rule aea_removal(c: Case)
  cite "50 U.S.C. § 21; Proclamation 10903, 90 Fed. Reg. 13033 (Mar. 20, 2025)"
  holds when c.action.kind == "removal" and c.action.authority == "alien_enemies_act"

/// The proposed action is a removal or a detention under the Alien
/// Enemies Act (alien enemies are "liable to be apprehended, restrained,
/// secured, and removed").
// Review of 2026-11-29 (tests alien-enemies-act-detention-of-*): a
// Colombian, and a Venezuelan permanent resident, detained under the Act
// were "no bar found": only removals were read. The Act's detention power
// reaches only those its removal power reaches.
// A detention's authority is rarely recorded: only a detention shown to be
// under the Act is read as one (before, none was).
rule aea_action(c: Case)
  cite "50 U.S.C. § 21; Proclamation 10903 § 1 (2025)"
  // safety: its `shown(...)` was reviewed: it only adds detentions under
  // the Act to the actions the bar reads; a detention of unknown authority
  // keeps the answer it had
  tag "safety:reviewed"
  holds when aea_removal(c)
    or (c.action.kind == "detention" and shown(c.action.authority == "alien_enemies_act"))

/// The person is outside the Act or the Proclamation: a U.S. citizen or
/// national, naturalized, under 14, not a Venezuelan citizen, a lawful
/// permanent resident, or not individually determined to be a member of
/// Tren de Aragua.
rule bar_aea_not_covered(c: Case)
  cite "50 U.S.C. § 21; Proclamation 10903 § 1 (2025); Ludecke v. Watkins, 335 U.S. 160 (1948); Trump v. J.G.G., 604 U.S. ___ (2025) (per curiam)"
  quote "all natives, citizens, denizens, or subjects of the hostile nation or government, being of the age of fourteen years and upward, who shall be within the United States and not actually naturalized, shall be liable to be apprehended, restrained, secured, and removed as alien enemies"
  tag "bar:aea_not_covered"
  // Review 2026 (removal/tests/review): before Proclamation 10903 was made
  // public nobody was an alien enemy under it, yet an AEA removal dated
  // before it came out `no_bar_found` (the notice rule's window starts on
  // 2025-03-14 and gives `none` before). The Act reaches people only once
  // "the President makes public proclamation of the event".
  // Review of 2026-11-29 (tests alien-enemies-act-former-lpr-with-final-
  // removal-order, alien-enemies-act-denaturalized-venezuelan): a
  // permanent residence ended by a final order in removal proceedings
  // (8 C.F.R. § 1001.1(p)), and a naturalization revoked by a final judgment
  // (8 U.S.C. § 1451(a)), still took the person out of the Act: barred. He
  // is then neither a permanent resident nor "actually naturalized"; the
  // notice question stays open (`bar_aea_insufficient_notice`).
  holds when aea_action(c)
    and (before_proclamation_10903(c)
      or citizen(c.subject)
      or national(c.subject)
      or (present(c.subject.naturalized) and not shown(c.subject.naturalized.date > as_of())
        and not naturalization_revoked(c.subject))
      or aea_under_14(c)
      or not ("VE" in c.immigration.nationalities)
      or (present(c.subject.lpr) and not shown(c.subject.lpr.date > as_of())
        and not lpr_ended_by_final_order(c))
      or not c.action.aea_membership_determined
      // Review of 2026-11-29 (test aea-detention-venezuelan-adult-
      // invocation-contested): a detention under the Act had no open
      // question, so it was "no bar found", though it rests on the same
      // contested invocation that keeps every AEA removal open (decision
      // 0302); a removal is kept open by the notice question.
      or (c.action.kind == "detention" and aea_invocation_contested(c)))
  // Time review (law/removal/tests/time/): a naturalization oath or an
  // admission for permanent residence set for a day after `as_of` took the
  // person out of the Act, though the Act reaches those "not actually
  // naturalized" and the Proclamation those who are not lawful permanent
  // residents: a scheduled oath or admission is not yet a fact (as for
  // citizenship: `naturalized_citizen`, test r-naturalization-oath-not-yet-taken).
  // Only a date known to be later counts (`shown`): a recorded
  // naturalization or admission without a date happened by `as_of`.

/// The subject's permanent residence ended before the action: a final
/// order of removal in removal proceedings, entered after the admission and
/// on or before the action's day, is recorded.
rule lpr_ended_by_final_order(c: Case)
  cite "8 C.F.R. § 1001.1(p); INA § 101(a)(20); 8 U.S.C. § 1101(a)(20)"
  // safety: its `shown(...)` was reviewed: only a final 240 order recorded
  // in the case ends the status; an unknown order keeps the person a
  // permanent resident (the side removing must show the status ended)
  tag "safety:reviewed"
  // Review of 2026-11-29 (test aea-removal-former-lpr-final-in-absentia-
  // order-finality-not-recorded): only a recorded `final: true` counted; an
  // in-absentia order (final on entry, 8 C.F.R. § 1241.1(e)) or one whose
  // appeal time ran out with nothing pending is final too (`order_final_on`,
  // which reads a recorded `final` first).
  holds when shown(any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS:
    o.authority == "ina240" and order_final_on(c, o, c.action.date)
      and o.date >= c.subject.lpr.date and o.date <= c.action.date)

/// The action date is before Proclamation 10903 was made public (signed
/// Mar. 14, 2025; released Mar. 15, 2025): no hostile nation or government
/// had been proclaimed against this group.
rule before_proclamation_10903(c: Case)
  cite "50 U.S.C. § 21 (\"and the President makes public proclamation of the event\"); Proclamation 10903 (signed Mar. 14, 2025, released Mar. 15, 2025; 90 Fed. Reg. 13033)"
  holds when c.action.date < 2025-03-15
  review when c.action.date >= 2025-03-14: "Proclamation 10903 was signed on Mar. 14, 2025 and released on Mar. 15; a removal on Mar. 14 is treated as before the public proclamation"

/// Under 14 on the action date. A person is 14 from the 14th birthday.
rule aea_under_14(c: Case)
  cite "50 U.S.C. § 21 (\"of the age of fourteen years and upward\"); Proclamation 10903 § 1 (\"Venezuelan citizens 14 years of age or older\")"
  // The common-law rule that a person attains an age the day before the
  // birthday is not used (decision 0302); it would change only the eve of
  // the 14th birthday.
  holds when c.action.date < anniversary(c.subject.born.date, 14)

/// Notice of an AEA removal that does not explain how to contest it, or is
/// not in a language the person understands, is insufficient. Notice that
/// does both is still of unsettled sufficiency (whatever its length): the
/// answer stays open.
rule bar_aea_insufficient_notice(c: Case)
  cite "A.A.R.P. v. Trump, 605 U.S. ___, No. 24A1007 (May 16, 2025) (per curiam); Trump v. J.G.G., 604 U.S. ___ (Apr. 7, 2025) (per curiam); U.S. Const. amend. V"
  quote "notice must be afforded within a reasonable time and in such a manner as will allow them to actually seek habeas relief in the proper venue before such removal occurs"
  tag "bar:aea_insufficient_notice"
  holds when aea_removal(c)
    and (not c.action.notice.explains_how_to_contest
      or not c.action.notice.language_understood
      or notice_too_late_to_contest(c)
      or aea_notice_held_insufficient(c)
      or aea_notice_sufficiency_unsettled(c))
  review when protected_from_destination(c, ["withholding_241b3"]): "if the person holds withholding of removal as to the destination (a grant, its country or its termination may be unrecorded): whether 8 U.S.C. § 1231(b)(3) binds an Alien Enemies Act removal is unsettled (decision 0302); the engine does not treat it as a bar here (CAT protection is: FARRA § 2242(a) reaches any involuntary return)"

/// Notice the Supreme Court has held insufficient: served before its order
/// of 2025-04-07 in J.G.G. (notice must come "after the date of this
/// order"), or served 24 hours or less before the removal.
// Review of 2026-11-30 (tests aea-notice-served-before-jgg-order-april-7,
// aea-notice-24-hours-full-content): both were open. A.A.R.P. condemned
// notice "roughly 24 hours before removal, devoid of information about how
// to exercise due process rights"; the research's rule (removal.md § 4.6,
// rule 6) reads 24 hours as insufficient on its own, and no court has held
// a day's notice enough (W.M.M.'s vacated panel: seven days; district
// courts: 21), so the protective reading is that it is none. Longer notice
// with how to contest, in an understood language, stays open (decision
// 0302).
rule aea_notice_held_insufficient(c: Case)
  cite "Trump v. J.G.G., 604 U.S. ___, No. 24A931 (Apr. 7, 2025) (per curiam); A.A.R.P. v. Trump, 605 U.S. ___, No. 24A1007 (May 16, 2025) (per curiam)"
  quote "AEA detainees must receive notice after the date of this order that they are subject to removal under the Act."
  // A removal before 2025-04-08 had no notice served after the order's day
  // in time (fourteenth session, review test aea-removal-2025-03-15-notice-
  // content-unrecorded: open, though every time of service gives the same
  // answer: before the order, or after the removal).
  holds when c.action.notice.served < 2025-04-08 or c.action.notice.hours <= 24
    or c.action.date < 2025-04-08

/// Whether Proclamation 10903 validly invoked the Act (a "declared war" or
/// an "invasion or predatory incursion" by a foreign nation or government)
/// is contested in the courts: a person held only under it may be held
/// under an invalid invocation.
rule aea_invocation_contested(c: Case)
  cite "50 U.S.C. § 21; J.A.V. v. Trump, No. 1:25-cv-072 (S.D. Tex. May 1, 2025); G.F.F. v. Trump, No. 25-cv-2886 (S.D.N.Y. May 6, 2025); W.M.M. v. Trump (5th Cir. Sept. 2, 2025), reh'g en banc granted"
  versions by c.action.date
    from 2025-03-14: not_encoded "the person is held under the Alien Enemies Act alone: whether Proclamation 10903 validly invoked the Act is contested (J.A.V. (S.D. Tex.) and G.F.F. (S.D.N.Y.) held it unlawful; the Fifth Circuit panel in W.M.M. agreed before rehearing en banc was granted), so the detention may rest on an invalid invocation"
    until 2025-03-14: none "before Proclamation 10903 (Mar. 14, 2025) the Act was not invoked against this group"
  holds when true

/// What notice the Act requires is undecided: A.A.R.P. remanded the
/// question; the Fifth Circuit panel holding in W.M.M. (seven days enough)
/// was vacated for rehearing en banc.
rule aea_notice_sufficiency_unsettled(c: Case)
  cite "A.A.R.P. v. Trump, No. 24A1007 (U.S. May 16, 2025); W.M.M. v. Trump (5th Cir. 2025), reh'g en banc granted (argued Jan. 22, 2026)"
  versions by c.action.date
    from 2025-03-14: not_encoded "what notice an Alien Enemies Act removal requires is unsettled (A.A.R.P. v. Trump remanded it; the W.M.M. panel's seven-day holding was vacated for rehearing en banc), and the validity of the invocation itself is contested: notice that explains how to contest, in an understood language, is not treated as sufficient"
    until 2025-03-14: none "before Proclamation 10903 (Mar. 14, 2025) the Act was not invoked against this group"
  holds when true

/// The person is held in a district whose court (or the Supreme Court, for
/// the Northern District of Texas class) has enjoined removals under the
/// Alien Enemies Act: the A.A.R.P. putative class of detainees in the
/// Northern District of Texas (Supreme Court order of 2025-04-19, injunction
/// of 2025-05-16 pending the Fifth Circuit and certiorari); J.A.V. v. Trump
/// in the Southern District of Texas (permanent injunction, 2025-05-01,
/// against detaining, transferring or removing under the Act); G.F.F. v.
/// Trump in the Southern District of New York (TRO of the evening of
/// 2025-04-09); D.B.U.
/// v. Trump in the District of Colorado (2025-04-22; the injunction of
/// 2025-05-06 also forbids detaining or transferring class members under
/// the Act).
// Review of 2026-11-30, tenth session (tests s4-aea-northern-district-
// texas-aarp-class, s4-aea-southern-district-texas-jav-injunction, aea-
// ndtex-aarp-putative-class-full-notice-june-2025, aea-dcolo-dbu-class-*):
// these removals were `possibly_barred` on the notice question alone, though
// removal.md § 4.6 rule 7 makes a class or district injunction a bar; the
// engine never read where the person was held. The start dates of the
// district orders come from secondary accounts (removal.md § 4.5; review
// of the change: G.F.F.'s TRO dates from 2025-04-09, J.A.V. reaches
// detention too), and
// whether each is still in force (the Fifth Circuit's en banc W.M.M.
// decision may end the Texas ones) is for a lawyer: flagged. An unknown
// district leaves the bar open and asks where the person is held. A.S.R. v.
// Trump (W.D. Pa., 21 days' notice) is not read: its class was later
// decertified (test aea-wdpa-asr-class-decertified-10-days-notice-open),
// so short notice there stays open, as everywhere.
rule aea_district_injunction(c: Case)
  cite "A.A.R.P. v. Trump, No. 24A1007 (U.S. Apr. 19 and May 16, 2025); J.A.V. v. Trump, No. 1:25-cv-072 (S.D. Tex. May 1, 2025); G.F.F. v. Trump, No. 25-cv-2886 (S.D.N.Y.); D.B.U. v. Trump, No. 1:25-cv-01163 (D. Colo.); removal.md § 4.6 rule 7"
  holds when aea_action(c)
    and ((c.district == "N.D. Tex." and c.action.date >= 2025-04-19 and aea_removal(c))
      or (c.district == "S.D. Tex." and c.action.date >= 2025-05-01)
      or (c.district == "S.D.N.Y." and c.action.date >= 2025-04-09 and aea_removal(c))
      or (c.district == "D. Colo." and c.action.date >= 2025-04-22))
  review when true: "an Alien Enemies Act class or district injunction covers people held in this district (A.A.R.P. class in the Northern District of Texas; J.A.V. in the Southern District of Texas; G.F.F. in the Southern District of New York; D.B.U. in the District of Colorado): check the order's class definition, its dates and whether it is still in force"

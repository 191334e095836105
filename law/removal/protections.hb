// Protections granted to the person: asylum and TPS (status bars), and
// withholding and CAT protection (country bars: only the protected country).
// Deferred action, parole, U and T status and SIJ classification are not
// bars by themselves (decision 0309) and appear nowhere here.

/// A protection is in force on day `d`: granted on or before `d`, and not
/// terminated on or before `d`. An unknown termination leaves the answer
/// open.
// Time review (law/removal/tests/time/): the grant date was not read, so a
// withholding granted 2025-04-10 barred a removal on 2025-03-15. A
// protection in the case exists on `as_of` (the case states facts as of
// `as_of`, decision 0006): on a day from `as_of` on an unknown grant date
// does not matter (`shown`: only a grant known to be later than `d` keeps
// it out); for a past action an unknown grant date leaves it open.
// Review of 2026-11-29 (test withholding-termination-dated-after-as-of-
// removal-later): a withholding termination dated after `as_of`, before a
// planned removal, cleared the removal ("no bar found"). It has not happened
// on the day asked about, and a termination can be appealed (8 C.F.R.
// § 1003.6(a)); protection binds until it is terminated (§§ 1208.22,
// 1208.24(f)). A future event is open, not assumed (decision 0007).
// Review of 2026-11-29, sixth session (test withholding-grant-dated-after-
// as-of-removal-later): a grant dated after `as_of`, before a later planned
// removal, barred it outright. A grant known to be dated after `as_of` has
// not happened on the day asked about; like such a termination it is open.
// Since 2026-12-01 (fourteenth session) a grant dated after `as_of` is an
// input error (decision 0008): the open rule for it is gone.
// Review of 2026-11-30 (tests withholding-terminated-ten-days-before-
// removal-appeal-time-open, cat-deferral-terminated-by-ij-fourteen-days-
// before-removal): a termination counted from its own day, though an
// immigration judge's termination (8 C.F.R. §§ 1208.17(d), 1208.24(f)) is
// appealable and "shall not be executed during the time allowed for the
// filing of an appeal" (§ 1003.6(a)). Within that time it is open
// (`termination_appeal_time_open`).
def protection_in_force(p: Protection, d: date) -> bool =
  not (p.terminated <= d
      and (p.terminated <= as_of() or termination_after_as_of_takes_effect(p))
      and not termination_appeal_time_open(p, d))
    and (p.granted <= d or (d >= as_of() and not shown(p.granted > d)))

/// A termination of a protection shown to be dated after `as_of`: open
/// (`scheduled_termination_takes_effect`).
// Guarded so that the open rule and its flag are read only for such a
// termination (`or` reads every operand). Review of 2026-11-30, test
// exam-cat-deferral-sv-termination-unknown): a termination not recorded at
// all raised the flag of a termination dated after `as_of`.
rule termination_after_as_of_takes_effect(p: Protection)
  cite "8 C.F.R. §§ 1003.6(a), 1208.22, 1208.24(f); decision 0007"
  // safety: its `shown(...)` was reviewed: it only selects the terminations
  // the open rule speaks of; an unknown termination stays open through
  // `p.terminated <= as_of()` in `protection_in_force`
  tag "safety:reviewed"
  holds when shown(p.terminated > as_of()) and scheduled_termination_takes_effect(p)

/// A termination of a protection dated after `as_of`: whether it takes
/// effect (it may be appealed or withdrawn) is not known on `as_of`.
rule scheduled_termination_takes_effect(p: Protection)
  cite "decision 0007; 8 C.F.R. §§ 1003.6(a), 1208.22, 1208.24(f); 8 C.F.R. § 244.14"
  versions by p.terminated
    from 1700-01-01: not_encoded "the protection's termination is dated after the day the question is asked (as_of): it has not taken effect yet, and whether it will before the action (an appeal, a withdrawal) is not known (question: immigration.protections)"
  holds when true

/// A hand-over of the person to a foreign prison or government that is not
/// a consensual treaty transfer of a sentenced offender to a country of
/// their nationality (18 U.S.C. ch. 306): it sends the person out of the
/// United States against their will, as a removal does, so the protections
/// that forbid removal to a country (withholding, CAT) or at all (asylum,
/// TPS) forbid it too.
// Review of 2026-11-29 (tests sv-withholding-and-cat-deferral-handed-to-
// cecot-no-consent, ve-tps-2021-holder-handed-to-cecot-march-2025): a
// Salvadoran with withholding and CAT deferral as to El Salvador, handed
// without consent to CECOT, and a Venezuelan TPS holder handed to it, got
// only the transfer bars: the protections were read for removals alone.
rule involuntary_transfer(c: Case)
  cite "INA §§ 208(c)(1)(A), 241(b)(3)(A), 244(a)(1)(A); 8 U.S.C. §§ 1158(c)(1)(A), 1231(b)(3)(A), 1254a(a)(1)(A); FARRA § 2242(a), 8 U.S.C. § 1231 note ('expel, extradite, or otherwise effect the involuntary return'); 18 U.S.C. §§ 4100(b), 4107, 4108"
  holds when c.action.kind == "foreign_custody_transfer"
    and not lawful_transfer_of_dual_national(c)

/// Withholding of removal under INA § 241(b)(3) to the destination country.
/// It protects against that country only: removal elsewhere is not barred by
/// it (third_country.hb asks for notice and a chance to raise fear).
rule bar_withholding_241b3(c: Case)
  cite "INA § 241(b)(3)(A); 8 U.S.C. § 1231(b)(3)(A); 8 C.F.R. § 1208.16(f); Johnson v. Guzman Chavez, 594 U.S. 523 (2021)"
  quote "the Attorney General may not remove an alien to a country if the Attorney General decides that the alien's life or freedom would be threatened in that country because of the alien's race, religion, nationality, membership in a particular social group, or political opinion"
  tag "bar:withholding_241b3"
  // Whether withholding binds an Alien Enemies Act removal is unsettled: it
  // is flagged there (aea.hb), not treated as a bar (decision 0302).
  holds when (ina_removal(c) or involuntary_transfer(c))
    and (protected_from_destination(c, ["withholding_241b3"])
      or protection_country_doubtful(c, ["withholding_241b3"]))
  review when shown(any p in c.immigration.protections where p.kind == "withholding_241b3": not (p.country in c.immigration.nationalities)): "withholding was granted as to a country that is not among the person's recorded nationalities: check the grant (the 2019 Abrego Garcia decision named the wrong country in one place; decision 0301)"

/// Withholding or deferral of removal under the Convention Against Torture
/// to the destination country.
rule bar_cat(c: Case)
  cite "Foreign Affairs Reform and Restructuring Act of 1998, Pub. L. 105-277, div. G, § 2242(a), 8 U.S.C. § 1231 note; 8 C.F.R. §§ 1208.16(c), (f), 1208.17(a)"
  quote "It shall be the policy of the United States not to expel, extradite, or otherwise effect the involuntary return of any person to a country in which there are substantial grounds for believing the person would be in danger of being subjected to torture"
  tag "bar:cat"
  // Review of 2026-11-29 (tests aea-removal-to-venezuela-against-cat-
  // deferral, sv-withholding-and-cat-deferral-handed-to-cecot-no-consent):
  // FARRA § 2242(a) forbids any act that would "expel ... or otherwise
  // effect the involuntary return" of a person to the country of torture,
  // whatever the authority: a removal under the Alien Enemies Act, or a
  // hand-over to that country's prison without a consensual chapter 306
  // transfer, is one (decision 0302 amended: CAT bars an AEA removal).
  holds when ((c.action.kind == "removal" or involuntary_transfer(c))
      and (protected_from_destination(c, ["cat_withholding", "cat_deferral"])
        or protection_country_doubtful(c, ["cat_withholding", "cat_deferral"])))
    or (c.action.kind == "extradition"
      and protected_from_destination(c, ["cat_withholding", "cat_deferral"])
      and extradition_torture_review_unsettled(c))

/// Extradition to a country an immigration judge found the person likely to
/// be tortured in: FARRA § 2242(a) forbids it ("expel, extradite"), and the
/// Secretary of State must consider the torture claim before surrender
/// (22 C.F.R. §§ 95.2-95.3), but whether a court can review that decision is
/// split. The answer is open, for a lawyer.
// Review of 2026-11-29 (test extradition-to-country-of-cat-deferral;
// raised by three reviews): extradition to the country of a CAT deferral
// was "no bar found" with no flag (decisions 0300, 0307 had kept CAT to
// INA removals). The statute's policy names extradition; the protective
// answer is open with the split named.
rule extradition_torture_review_unsettled(c: Case)
  cite "FARRA § 2242(a), (d), 8 U.S.C. § 1231 note; 22 C.F.R. §§ 95.2-95.4; Trinidad y Garcia v. Thomas, 683 F.3d 952 (9th Cir. 2012) (en banc); Mironescu v. Costner, 480 F.3d 664 (4th Cir. 2007)"
  versions by c.action.date
    from 1998-10-21: not_encoded "extradition to a country of CAT protection: the Secretary of State must consider the torture claim before surrender (22 C.F.R. §§ 95.2-95.3); whether a court can review that decision is split (Trinidad y Garcia v. Thomas (9th Cir. 2012) (en banc): habeas review of the Secretary's compliance; Mironescu v. Costner (4th Cir. 2007): none, FARRA § 2242(d))"
    until 1998-10-21: none "FARRA was enacted on 1998-10-21"
  holds when true

/// A protection of one of `kinds`, in force on the action date, protects
/// the person from the destination country.
rule protected_from_destination(c: Case, kinds: list of text)
  cite "8 C.F.R. §§ 1208.16(f), 1208.17(a), 1208.22, 1208.24"
  holds when any p in c.immigration.protections where p.kind in kinds:
    p.country == c.action.to and protection_in_force(p, c.action.date)

/// The person is to be removed to a country of their nationality while a
/// protection in force names another country that is not one of their
/// nationalities: the grant may have misstated the protected country.
rule protection_country_doubtful(c: Case, kinds: list of text)
  cite "8 U.S.C. § 1231(b)(3)(A); 8 C.F.R. § 1208.22; Abrego Garcia v. Noem, No. 8:25-cv-00951-PX (D. Md.) (2019 withholding decision naming \"Guatemala\" for a Salvadoran; removed to El Salvador Mar. 15, 2025 by \"administrative error\")"
  // Review 2026 (removal/tests/review): Abrego Garcia's own facts, with the
  // grant recorded as the decision misstated it (Guatemala), came out
  // `no_bar_found` with no flag: the review on `bar_withholding_241b3` is
  // raised only when that rule does not fail. The research (removal.md
  // § 3.1) says to flag such inconsistencies "rather than treat them as 'no
  // protection'", and decision 0301 asks for a flag. Removal to the
  // person's own country against a grant naming a country that is not
  // theirs is left open (possibly_barred) until the grant is checked.
  holds when c.action.to in c.immigration.nationalities
    and (any p in c.immigration.protections where p.kind in kinds:
      protection_in_force(p, c.action.date)
        and not (p.country in c.immigration.nationalities)
        and not (p.country == c.action.to))
    and protected_country_misstated(c)

/// Whether a grant names the wrong country cannot be told from the case:
/// only the decision itself can.
rule protected_country_misstated(c: Case)
  cite "8 C.F.R. §§ 1208.16(f), 1208.22; decision 0301"
  versions by c.action.date
    from 1997-04-01: not_encoded "if a withholding or CAT grant names a country that is not among the person's nationalities (the grants or the nationalities may be unrecorded) while removal to a country of nationality is proposed, read the decision to see which country it protects (the 2019 Abrego Garcia decision named Guatemala by mistake for El Salvador)"
    until 1997-04-01: none "withholding under 8 U.S.C. § 1231(b)(3) dates from IIRIRA, effective 1997-04-01 (earlier: 8 U.S.C. § 1253(h), not encoded)"
  holds when true

/// Asylum not terminated: an asylee may not be removed at all (to any
/// country) until asylum is terminated; the statute names the country of
/// nationality (or, for a stateless person, of last habitual residence), and
/// the regulation extends the bar to every removal.
rule bar_asylum(c: Case)
  cite "INA § 208(c)(1)(A), (c)(2)-(3); 8 U.S.C. § 1158(c)(1)(A), (c)(2)-(3); 8 C.F.R. §§ 208.22, 1208.22; 8 C.F.R. §§ 208.24, 1208.24; INA § 209(b); Matter of N-A-I-, 27 I&N Dec. 72 (BIA 2017)"
  // safety: its `shown(...)` was reviewed: only a recorded adjustment after
  // the grant ends the bar (a fact of the case); an unknown one keeps it
  tag "safety:reviewed"
  quote "An alien who has been granted asylum may not be deported or removed unless his or her asylum status is terminated pursuant to § 1208.24."
  tag "bar:asylum"
  // Review 2026 (removal/tests/review): this rule used to bar only the
  // country of nationality or the protection's country, as 8 U.S.C.
  // § 1158(c)(1)(A) reads alone. 8 C.F.R. §§ 208.22 and 1208.22 (verified
  // text) forbid any deportation or removal of an asylee until asylum is
  // terminated under §§ 208.24/1208.24; a third-country removal is one of
  // the termination grounds (1158(c)(2)(C)), not a way around them. The
  // research (§ 0, step 5) also lists asylum with TPS as a status bar.
  // Review of 2026-11-29 (test asylee-adjusted-to-lpr-removal-after-
  // aggravated-felony): adjustment to permanent residence under § 209(b)
  // ends asylee status, and with it the § 208(c)(1)(A) restriction (Matter
  // of N-A-I-, 27 I&N Dec. 72 (BIA 2017); Matter of C-J-H-, 26 I&N Dec. 284
  // (BIA 2014)). Only a recorded admission for permanent residence after
  // the grant is read (`shown`); an unrecorded one keeps the bar.
  holds when (c.action.kind == "removal" or involuntary_transfer(c))
    and (any p in c.immigration.protections where p.kind == "asylum":
      protection_in_force(p, c.action.date)
        and not shown(c.subject.lpr.date > p.granted and c.subject.lpr.date <= c.action.date))

/// Temporary Protected Status in force: the person may not be removed (to
/// any country) nor detained on the basis of immigration status while the
/// individual grant stands and the country's designation is in effect.
rule bar_tps(c: Case)
  cite "INA § 244(a)(1)(A), (d)(4); 8 U.S.C. § 1254a(a)(1)(A), (d)(4); 8 C.F.R. § 244.14"
  quote "shall not remove the alien from the United States during the period in which such status is in effect"
  tag "bar:tps"
  // Review of 2026-11-29 (tests tps-honduras-detention-begun-after-
  // termination-continuing-during-vacatur, tps-ukraine-granted-while-
  // detained-detention-continuing): a detention is judged on its first day
  // and, as it goes on (the case format records no end), on `as_of`, as the
  // citizenship bar is (`citizen_on_past_action_date`): status in effect
  // now forbids holding the person now (§ 244(d)(4)).
  holds when (c.action.kind in ["removal", "detention"] or involuntary_transfer(c))
    and (any p in c.immigration.protections where p.kind == "tps":
      (protection_in_force(p, c.action.date) and tps_designation_in_effect(c, p, c.action.date))
      or (c.action.kind == "detention" and c.action.date < as_of()
        and protection_in_force(p, as_of()) and tps_designation_in_effect(c, p, as_of())))
  review when true: "TPS designations and the court orders postponing terminations change often; the data (law/removal/data/tps-designations.json) is verified only through its `verified_through` date and several dates in it are marked UNCERTAIN (decision 0308)"

/// The TPS designation under which the person holds status is in effect on
/// day `d` (law/removal/data/tps-designations.json, including court-ordered
/// postponements). A country with two designations (Venezuela 2021 and
/// 2023) is decided only when every designation the grant could fall under
/// gives the same answer; a grant earlier than a designation cannot fall
/// under it.
rule tps_designation_in_effect(c: Case, p: Protection, d: date)
  cite "INA § 244(b)(3), (d)(3); 8 U.S.C. § 1254a(b)(3), (d)(3); law/removal/data/tps-designations.json"
  let fits_one = any g in c.tps_designations: grant_fits_designation(p, g)
  let all_in_effect = all g in c.tps_designations where grant_fits_designation(p, g): on(g.in_effect, d)
  let some_in_effect = any g in c.tps_designations where grant_fits_designation(p, g): on(g.in_effect, d)
  let several_fit = any g in c.tps_designations where grant_fits_designation(p, g):
    any h in c.tps_designations where grant_fits_designation(p, h): g.name != h.name
  // If the grant predates every designation in the data (a data or case
  // error), fall back to any designation of the country rather than
  // conclude "not designated".
  // Review of 2026-11-29 (test tps-el-salvador-1992-statutory-designation):
  // a grant older than every designation of its country in the data (a
  // designation the data lacks) was read under the later ones: "not in
  // effect", no bar. It is now open, as a country missing from the data is.
  holds when if fits_one
    then (if all_in_effect then true else several_fit and some_in_effect and tps_designation_of_grant_unknown(p))
    else (any g in c.tps_designations where g.country == p.country: on(g.in_effect, d))
      or tps_designation_not_in_data(p)
  // Fourteenth session (research review, tests dis-tps-*-late-determination-
  // auto-extension-*): a termination decided after the statutory deadline
  // (60 days before the period's end) leaves the designation extended by six
  // months by force of the statute, and the termination cannot take effect
  // before that extension ends. The data marks those days possibly in
  // effect (`automatic_extension`); this says why.
  review when any g in c.tps_designations where grant_fits_designation(p, g) or g.country == p.country: on(g.auto_extended, d):
    "the sources show no decision on this TPS designation by the statutory deadline (60 days before the end of the designation period), so it may have been extended automatically by six months (8 U.S.C. § 1254a(b)(3)(C)), and a termination takes effect no earlier than the end of such an extension (§ 1254a(b)(3)(B)); no court has so held, and whether an earlier internal decision was made is not in the sources: check the dates of the decision"

/// The grant predates every designation of its country that the data
/// records: the designation it was made under is missing from the data.
rule tps_designation_not_in_data(p: Protection)
  cite "INA § 244(b); 8 U.S.C. § 1254a(b); law/removal/data/tps-designations.json"
  versions by p.granted
    from 1990-11-29: not_encoded "the TPS grant is older than every designation of its country in law/removal/data/tps-designations.json: the designation it was made under, and whether it was in effect on the day, are not in the data (question: immigration.protections)"
    until 1990-11-29: none "TPS was created by the Immigration Act of 1990 (1990-11-29)"
  holds when true

/// The individual grant can fall under designation `g`: same country, not
/// granted before the designation began or after it ended.
def grant_fits_designation(p: Protection, g: Designation) -> bool =
  g.country == p.country and not (p.granted < first_day(g.in_effect))
    // nor after the designation ended (El Salvador's 1991-1992 statutory
    // designation does not hold a grant of 2001)
    and ever(g.in_effect & starting(p.granted))

/// Which of a country's designations an individual TPS grant falls under:
/// the case format does not record it (proposed field
/// `protections[].designation`).
rule tps_designation_of_grant_unknown(p: Protection)
  cite "8 C.F.R. § 244.2; law/removal/data/tps-designations.json (Venezuela 2021 and 2023 designations)"
  versions by p.granted
    from 1990-11-29: not_encoded "the designation (e.g. Venezuela 2021 or 2023) under which TPS was granted is not in the case format, and the designations give different answers on this day (question: @)"
    until 1990-11-29: none "TPS was created by the Immigration Act of 1990 (Pub. L. 101-649, § 302, Nov. 29, 1990)"
  holds when true

/// A claim of fear (reasonable or credible fear, or fear of a third
/// country) is pending and undecided: removal must wait for the screening.
/// A claim filed after the day of a past removal bars it only if the
/// removal was put off (`pending_on_action`, as for the other pending
/// matters: review of 2026-11-30).
rule bar_fear_screening_pending(c: Case)
  cite "8 C.F.R. §§ 208.30, 208.31, 241.8(e), 1208.31; INA § 241(b)(3); 8 U.S.C. § 1231(b)(3); FARRA § 2242, 8 U.S.C. § 1231 note"
  tag "bar:fear_screening_pending"
  holds when ina_removal(c) and (any p in c.immigration.pending: p.kind == "fear_claim" and pending_on_action(c, p))

/// Day `d` falls within the time to appeal a protection's termination (30
/// days, to the next business day), and whether it was an appealable
/// decision of an immigration judge, and not appealed or the appeal
/// waived, is not recorded: open.
rule termination_appeal_time_open(p: Protection, d: date)
  cite "8 C.F.R. §§ 1003.6(a), 1003.38(b), 1208.17(d)-(f), 1208.24(f)"
  // safety: its `shown(...)` was reviewed: it only keeps a dated
  // termination from counting while its appeal time may run (more bars,
  // never fewer)
  tag "safety:reviewed"
  quote "the decision in any proceeding under this chapter from which an appeal to the Board may be taken shall not be executed during the time allowed for the filing of an appeal unless a waiver of the right to appeal is filed"
  // Withholding and CAT protection are terminated by an immigration judge
  // or the Board in reopened proceedings; TPS and asylum granted by USCIS
  // are withdrawn or terminated by USCIS, not appealed to the Board.
  // A termination recorded as `true`, without a date, is read as the case
  // states it: terminated (its day cannot be compared).
  holds when p.kind in ["withholding_241b3", "cat_withholding", "cat_deferral"]
    and shown(p.terminated > d - 60 days)
    and d <= appeal_deadline_after(p.terminated) and termination_appeal_unknown(p)

/// Whether a termination was an immigration judge's appealable decision
/// not appealed and not waived (or the Board's, or by diplomatic
/// assurances under § 1208.17(f), which are not appealed to the Board) is
/// not in the case.
rule termination_appeal_unknown(p: Protection)
  cite "8 C.F.R. §§ 1003.1(b), 1003.6(a), 1208.17(d)-(f), 1208.24(f)"
  versions by p.terminated
    from 1700-01-01: not_encoded "the protection was terminated less than 30 days (and the business-day extension) before the action: if an immigration judge terminated it, the decision cannot be executed while the time to appeal runs (8 C.F.R. § 1003.6(a)); who terminated it, and whether an appeal was filed or waived, is not recorded"
  holds when true

/// Deferred action (DACA or another grant) or Special Immigrant Juvenile
/// classification is recorded in force on the action's day. Neither is a
/// statutory bar (decision 0309), so no bar holds; the answer carries a
/// flag for a lawyer.
// Review of 2026-11-30, tenth session (tests s35-daca-recipient-deferred-
// action-not-terminated-flag, s35-sij-deferred-action-after-acr-stay-flag):
// decision 0309 asked for this flag and none was raised; a removal while
// deferred action is in force was "no bar found" with nothing to check.
rule deferred_action_in_force(c: Case)
  cite "8 C.F.R. §§ 236.21(c)(1), 236.23(d); A.C.R. v. Noem, No. 25-cv-3962 (E.D.N.Y. Nov. 19, 2025); decision 0309"
  tag "action:note"
  // safety: its `shown(...)` was reviewed: a note decides no answer; it is
  // raised only for a grant recorded in force, not for every case whose
  // protections are unknown
  tag "safety:reviewed"
  holds when c.action.kind in ["removal", "detention", "foreign_custody_transfer"]
    // A grant recorded and not shown to have ended (its termination
    // unrecorded too: review of the change, test n4-daca-termination-
    // unrecorded).
    and shown(any p in c.immigration.protections: p.kind in ["deferred_action", "sijs"])
    and not shown(all p in c.immigration.protections where p.kind in ["deferred_action", "sijs"]: not protection_in_force(p, c.action.date))
  review when true: "deferred action or Special Immigrant Juvenile classification is recorded in force on the action's day: neither bars removal by statute, but deferred action is ended only by a termination (8 C.F.R. § 236.23(d) for DACA), and USCIS's June 6, 2025 rescission of SIJ deferred action was stayed on Nov. 19, 2025 (A.C.R. v. Noem, E.D.N.Y.): check that it was terminated before the action"

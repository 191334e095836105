// Who can be removed at all: only aliens. Citizens and nationals can never
// be removed, sent to a foreign prison as punishment, or held in
// immigration detention.

/// The subject is a U.S. citizen: removal or a transfer abroad is barred.
rule bar_citizen(c: Case)
  cite "INA §§ 101(a)(3), 240(a)(3); 8 U.S.C. §§ 1101(a)(3), 1229a(a)(3); Ng Fung Ho v. White, 259 U.S. 276 (1922); Afroyim v. Rusk, 387 U.S. 253 (1967)"
  tag "bar:citizen"
  // safety: its `shown(...)` was reviewed: it only keeps the bar while the
  // transfer exception is not shown (more bars, never fewer)
  tag "safety:reviewed"
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention"]
    and (citizen(c.subject) or citizen_on_past_action_date(c) or oath_scheduled_before_action(c))
  // A prisoner transfer under 18 U.S.C. ch. 306 to another country of which
  // the citizen is also a national, with judicially verified consent and a
  // treaty in force, is not barred by citizenship (decision 0307).
  // Fourteenth session (review test t54-us-born-prisoner-cecot: a New
  // York-born prisoner proposed for CECOT, consent and nationalities not
  // recorded, was only "possibly barred"): the exception must be shown.
  // Consent verified by a judge before the transfer (§§ 4107, 4108) and the
  // receiving country's nationality (§ 4100(b)) are for the government to
  // establish; while any is unknown, the bar holds (decision 0004).
  unless c.action.kind == "foreign_custody_transfer" and shown(lawful_transfer_of_dual_national(c)) cite "18 U.S.C. §§ 4100(b), 4107"

/// The subject is a U.S. national who is not (shown to be) a citizen.
rule bar_national(c: Case)
  cite "INA §§ 101(a)(3), 101(a)(22), 308; 8 U.S.C. §§ 1101(a)(3), 1101(a)(22), 1408"
  tag "bar:national"
  // safety: its `shown(...)` was reviewed: it only keeps the bar while the
  // transfer exception is not shown (more bars, never fewer)
  tag "safety:reviewed"
  // A citizen is also a national; when citizenship is shown, the `citizen`
  // bar says it. An open citizenship question never weakens this bar.
  // A national on a past action's day is barred too (review of 2026-11-29,
  // test as-national-removed-2025-03-01-then-renounced-in-apia: a national
  // removed in March who renounced in April was "no bar found" in June),
  // as `citizen_on_past_action_date` does for citizens (decision 0007).
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention"]
    and (national(c.subject) or (c.action.date < as_of() and national_on(c.subject, c.action.date)))
    and not shown(citizen(c.subject))
  // 18 U.S.C. § 4100(b) speaks of a "citizen or national": the consensual
  // treaty transfer of a dual national is not barred by nationality either.
  // Fourteenth session (review test t54-us-born-prisoner-cecot: a New
  // York-born prisoner proposed for CECOT, consent and nationalities not
  // recorded, was only "possibly barred"): the exception must be shown.
  // Consent verified by a judge before the transfer (§§ 4107, 4108) and the
  // receiving country's nationality (§ 4100(b)) are for the government to
  // establish; while any is unknown, the bar holds (decision 0004).
  unless c.action.kind == "foreign_custody_transfer" and shown(lawful_transfer_of_dual_national(c)) cite "18 U.S.C. §§ 4100(b), 4107"

/// Immigration detention of a U.S. citizen or national.
rule bar_detention_of_citizen(c: Case)
  cite "INA § 236(a); 8 U.S.C. §§ 1226(a), 1357(a); ICE Directive 16001.2 § 1 (2015)"
  tag "bar:detention_of_citizen"
  holds when c.action.kind == "detention"
    and (citizen(c.subject) or national(c.subject) or citizen_on_past_action_date(c)
      or oath_scheduled_before_action(c))

/// The subject's naturalization oath is scheduled after `as_of` and on or
/// before a planned action's day: whether the person will be a citizen that
/// day is not known on `as_of` (decision 0007: a future event is open, not
/// assumed).
// Review of 2026-11-29 (test detention-planned-after-scheduled-
// naturalization-oath): a detention planned for a month after a scheduled
// oath was "no bar found". Only a recorded oath date counts (`shown`).
rule oath_scheduled_before_action(c: Case)
  cite "INA § 337; 8 U.S.C. § 1448; 8 C.F.R. § 337.9; decision 0007"
  holds when oath_date_between_as_of_and_action(c) and scheduled_oath_taken(c)

/// The subject's naturalization oath is recorded for a day after `as_of`
/// and on or before the action's day.
rule oath_date_between_as_of_and_action(c: Case)
  cite "INA § 337; 8 U.S.C. § 1448; 8 C.F.R. § 337.9; decision 0007"
  // safety: its `shown(...)` was reviewed: it only opens a bar (an
  // unrecorded oath keeps the answer it had)
  tag "safety:reviewed"
  holds when shown(c.subject.naturalized.date > as_of() and c.subject.naturalized.date <= c.action.date)

/// Whether a scheduled oath will be taken is not known on `as_of`.
rule scheduled_oath_taken(c: Case)
  cite "INA § 337; 8 U.S.C. § 1448; decision 0007"
  versions by c.action.date
    from 1700-01-01: not_encoded "the naturalization oath is scheduled after the day asked about and before the planned action: if it is taken, the person is a citizen on the action's day"
  holds when true

/// The action's date is before `as_of` (a past action) and the subject was
/// a citizen on that day, though citizenship was lost since.
rule citizen_on_past_action_date(c: Case)
  cite "INA §§ 101(a)(3), 101(a)(22), 349; 8 U.S.C. §§ 1101(a)(3), 1101(a)(22), 1481; Afroyim v. Rusk, 387 U.S. 253 (1967)"
  // Time review (law/removal/tests/time/): citizenship was read only on
  // `as_of`. A person detained on 2025-03-15 whose Certificate of Loss of
  // Nationality was approved on 2025-04-01 (for an act after the
  // detention) was a citizen when detained, yet the answer asked on
  // 2025-06-01 found no bar. The bars are judged on the action's date;
  // citizenship on `as_of` still counts as well (a person who became a
  // citizen since is one now, and a detention that goes on must end).
  holds when c.action.date < as_of()
    and (citizen_on(c.subject, c.action.date) or revoked_after_action(c))

/// The subject's naturalization, revoked by a judgment, was revoked after a
/// past action's day: until the judgment the person held citizenship, which
/// only a court can take away (INA § 340(a); Costello v. INS, 376 U.S. 120
/// (1964), on the limits of relation back).
// Review of 2026-11-29 (test denaturalized-after-detention-began-detained-
// as-citizen): a detention that began a month and a half before the final
// revocation was "no bar found"; a CLN after the action was already read
// on the action's day, a revocation was not.
rule revoked_after_action(c: Case)
  cite "INA §§ 337, 340(a); 8 U.S.C. §§ 1448, 1451(a); Costello v. INS, 376 U.S. 120 (1964); decision 0007"
  holds when present(c.subject.naturalized)
    and c.subject.naturalized.date <= c.action.date
    and naturalization_revoked(c.subject)
    and c.subject.denaturalization.date > c.action.date

/// The subject is serving a U.S. sentence on the action's day: serving it
/// on `as_of`, and not released by the action's day.
// Review of 2026-11-29 (tests removal/tests/review/
// transfer-planned-after-release-date, us-citizen-dual-mexican-transfer-
// after-release-date): `serving_sentence` speaks of `as_of`; a transfer
// planned after the release date leaves nothing to serve (18 U.S.C.
// §§ 4100(a), 4101(g), 4105), and a U.S. citizen's citizenship bar was lifted.
rule serving_sentence_on_action(c: Case)
  cite "18 U.S.C. §§ 4100(a), (b), 4101(g), 4105; decision 0007"
  holds when c.immigration.serving_sentence
    and (c.action.date <= as_of() or not (c.immigration.release_date <= c.action.date))

/// The subject is under 18 on the action's day.
rule subject_minor_on_action(c: Case)
  cite "18 U.S.C. § 4100(b)"
  holds when c.action.date < anniversary(c.subject.born.date, 18)

/// A consensual treaty transfer of a dual national, serving a sentence, to
/// their other country.
rule lawful_transfer_of_dual_national(c: Case)
  cite "18 U.S.C. §§ 4100(a), (b), 4101(g), 4107, 4108"
  // Added in review (test us-citizen-dual-mexican-transfer-to-foreign-prison-no-sentence):
  // a U.S.-born citizen with no conviction, handed to a Mexican prison with
  // a treaty and verified consent, was let through. Chapter 306 transfers
  // an "offender" (§ 4101(g)) to serve a sentence already imposed
  // (§ 4100(a), (b)); without a sentence there is nothing to transfer.
  holds when serving_sentence_on_action(c)
    and not (subject_minor_on_action(c) and minor_consent_unknown(c))
    and c.action.treaty_in_force
    and c.action.to in c.immigration.nationalities
    and c.action.consent.given
    and c.action.consent.verified_by_judge

/// The subject is under 18 and not a citizen, and a living biological father
/// who was a U.S. citizen at the birth and meets every physical-presence
/// rule has not yet done what INA § 309(a)(3)-(4) asks (a written agreement
/// to support the child until 18; legitimation, a sworn acknowledgment or a
/// court adjudication of paternity): once it is done, before the 18th
/// birthday, the child is a citizen from birth.
// Fourteenth session (review test g-309a-2015-child-10-father-acknowledged-
// no-support-agreement-yet-open: a child of 10 answered "not a citizen"
// with nothing said). The answer stays `not_citizen`: the acts are not done
// on `as_of`, and citizenship is decided on that day (decision 0007; tests
// a-2019-unwed-*-no-309a-*, a-309a-acknowledgment-set-after-as-of). But a
// removal would send away a child whose father can still make him a citizen
// from birth with a signature: the note says so, whatever the verdict.
rule citizenship_309a_still_attainable(c: Case)
  cite "INA § 309(a)(3)-(4); 8 U.S.C. § 1409(a)(3)-(4); USCIS Policy Manual Vol. 12, Pt. H, ch. 3"
  tag "action:note"
  // safety: its `shown(...)` was reviewed: a note decides no answer; it is
  // raised only when every other condition of the route is shown met
  tag "safety:reviewed"
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention", "extradition"]
    and shown(not citizen(c.subject))
    and shown(as_of() < anniversary(c.subject.born.date, 18))
    and shown(statute_birth_date(c.subject) >= 1986-11-14)
    // The father's citizenship and presence need only be possible (review
    // of the change: with his presence unrecorded, the usual case, the
    // note was silent); a dead father's child may still have paternity
    // adjudicated before 18, and needs no support agreement.
    // `shown` around the `any`: an open rule raises its note too, and a
    // list of parents that may lack one is open.
    and shown(any l in c.subject.parents where natural_link(l):
      shown(is_father(c.subject, l))
      and shown(l.biological)
      and not shown(not citizen_on(l.person, c.subject.born.date))
      and shown(born_out_of_wedlock_to(c.subject, l))
      and not shown(not meets_every_ina_presence_rule(c.subject, l))
      and shown(not new_309a(c.subject, l)))
  review when true: "the child is under 18 and was born out of wedlock to a father who was (or may have been) a U.S. citizen: under INA § 309(a) the child is a U.S. citizen from birth once, before the 18th birthday, paternity is legitimated, acknowledged by the father in writing under oath or adjudicated by a court ((a)(4)), the father (unless he has died) has agreed in writing to support the child until 18 ((a)(3)), and the blood relationship is shown by clear and convincing evidence ((a)(1)); the father's physical presence must also meet § 301(g): check which of these are missing and whether they can be done before any removal"

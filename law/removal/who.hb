// Who can be removed at all: only aliens. Citizens and nationals can never
// be removed, sent to a foreign prison as punishment, or held in
// immigration detention.

/// The subject is a U.S. citizen: removal or a transfer abroad is barred.
rule bar_citizen(c: Case)
  cite "INA §§ 101(a)(3), 240(a)(3); 8 U.S.C. §§ 1101(a)(3), 1229a(a)(3); Ng Fung Ho v. White, 259 U.S. 276 (1922); Afroyim v. Rusk, 387 U.S. 253 (1967)"
  tag "bar:citizen"
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention"]
    and (citizen(c.subject) or citizen_on_past_action_date(c) or oath_scheduled_before_action(c))
  // A prisoner transfer under 18 U.S.C. ch. 306 to another country of which
  // the citizen is also a national, with judicially verified consent and a
  // treaty in force, is not barred by citizenship (decision 0307).
  unless c.action.kind == "foreign_custody_transfer" and lawful_transfer_of_dual_national(c) cite "18 U.S.C. §§ 4100(b), 4107"

/// The subject is a U.S. national who is not (shown to be) a citizen.
rule bar_national(c: Case)
  cite "INA §§ 101(a)(3), 101(a)(22), 308; 8 U.S.C. §§ 1101(a)(3), 1101(a)(22), 1408"
  tag "bar:national"
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
  unless c.action.kind == "foreign_custody_transfer" and lawful_transfer_of_dual_national(c) cite "18 U.S.C. §§ 4100(b), 4107"

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

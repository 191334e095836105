// Prisoners: a sentence of imprisonment must be served before removal
// (decision 0305).

/// The person is serving a sentence of imprisonment that has not ended by
/// the action date. The Attorney General's early-removal exception is not
/// applied: the determination it requires cannot be recorded.
rule bar_sentence_not_served(c: Case)
  cite "INA § 241(a)(4)(A)-(B); 8 U.S.C. § 1231(a)(4)(A)-(B)"
  quote "the Attorney General may not remove an alien who is sentenced to imprisonment until the alien is released from imprisonment. Parole, supervised release, probation, or possibility of arrest or further imprisonment is not a reason to defer removal."
  tag "bar:sentence_not_served"
  // safety: its `shown(...)` was reviewed: the release after a past action's
  // day only adds a way for the bar to hold (an unknown release date keeps
  // the answer it had), and `not shown(...)` keeps a person serving barred
  // until the release is shown (decision 0305)
  tag "safety:reviewed"
  // A person known to be serving stays barred until a release on or before
  // the action date is shown: the side that would remove must show that
  // the imprisonment has ended (decision 0305).
  // Review of 2026-11-29 (test past-removal-while-serving-sentence-
  // released-later): `serving_sentence` speaks of `as_of`. A removal on
  // 2025-04-01 asked about on 2025-06-01, of a person released on
  // 2025-05-01, was "no bar found", though he was still imprisoned on the
  // removal's day (decision 0007: bars are judged on the action's day). A
  // release recorded after a past action's day now counts as serving then.
  // A recorded release date known only to a span across a past action's
  // day leaves it open (review of the change, test past-removal-2025-04-10-
  // release-month-only-april-2025): `shown` made it "no bar found".
  // No conviction at all (`convictions: []`, a known negative) means no
  // sentence (review of 2026-11-29, test convictions-known-none-
  // imprisonment-omitted: the bar stayed open when `imprisonment` was left
  // out).
  holds when ina_removal(c)
    and not (shown(count(c.immigration.convictions) == 0) and not shown(c.immigration.serving_sentence)
      and not shown(c.immigration.release_date <= as_of() or c.immigration.release_date > as_of()))
    and (c.immigration.serving_sentence
      or (c.action.date < as_of() and shown(c.immigration.release_date > c.action.date))
      or (c.action.date < as_of()
        and shown(c.immigration.release_date <= as_of() or c.immigration.release_date > as_of())
        and c.immigration.release_date > c.action.date)
      // A recorded sentence that ran past a past action's day, with no
      // release date recorded: whether the person had been released by then
      // is open (reviews of 2026-11-29, tests past-removal-during-36-month-
      // sentence-release-date-unknown, past-removal-36-month-sentence-2024-
      // release-date-unknown: "no bar found", nothing asked).
      or (c.action.date < as_of()
        and not shown(c.immigration.release_date <= as_of() or c.immigration.release_date > as_of())
        // A sentence whose length is not recorded may have run past it too
        // (review of the change, test past-removal-sentence-length-not-
        // recorded-release-unknown).
        // A conviction dated only to a span across the action's day keeps it
        // open too (review of the change, test past-removal-conviction-year-
        // only-24-month-sentence-release-unknown).
        and shown(count(c.immigration.convictions) >= 1)
        and (any v in c.immigration.convictions:
          v.convicted <= c.action.date and c.action.date < months_after(v.convicted, v.sentence_months))
        and released_by_past_action_unknown(c)))
    and not shown(c.immigration.release_date <= c.action.date)
  review when any v in c.immigration.convictions: not v.violent: "a nonviolent offense: the Attorney General may remove the person before the sentence ends (8 U.S.C. § 1231(a)(4)(B)(i), federal prisoners; (B)(ii), a State prisoner at the request of the chief State official) if a determination in the national interest is made; the case format cannot record it (proposed field `imprisonment.early_removal_1231a4b`; decision 0305)"

/// Whether a person sentenced to a term that ran past a past action's day
/// had been released by then (early release, credit for good conduct) is
/// not in the case when no release date is recorded.
rule released_by_past_action_unknown(c: Case)
  cite "INA § 241(a)(4)(A); 8 U.S.C. § 1231(a)(4)(A); decision 0007"
  versions by c.action.date
    from 1700-01-01: not_encoded "the recorded sentence ran past the action's day and no release date is recorded: whether the person had been released from imprisonment by then decides the bar (question: immigration.imprisonment.release_date)"
  holds when true

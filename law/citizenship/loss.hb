// Loss of citizenship. A loss counts only when it is shown: the government
// bears the burden of proving a loss by a preponderance of the evidence
// (INA § 349(b)), so unknown loss facts never make a citizen's answer open,
// except where a recorded act points to a loss that only an unrecorded fact
// (an approved CLN) would confirm.

/// Citizenship was lost (`since` = the day of loss).
rule lost_citizenship(p: Person)
  cite "INA § 349; 8 U.S.C. § 1481"
  holds when lost_by_expatriation(p)

/// Lost by expatriation: only an approved Certificate of Loss of Nationality
/// establishes the loss. An expatriating act shown to be voluntary and done
/// with intent to relinquish, with the CLN unknown, leaves the answer open.
rule lost_by_expatriation(p: Person)
  cite "INA §§ 349(a), (b), 356, 358; 8 U.S.C. §§ 1481(a), (b), 1488, 1501; Vance v. Terrazas, 444 U.S. 252 (1980); Afroyim v. Rusk, 387 U.S. 253 (1967)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  holds when (if expatriating_act_with_intent(p) then present(p.cln) else shown(present(p.cln)))
    and not cln_after_as_of(p)
    and not (cln_contradicted_by_acts(p) and cln_stands_despite_record(p))
  // Changed in the `since` review (test citizenship/tests/since/
  // s-parent-expatriated-before-birth): the loss was dated from the CLN's
  // approval. Nationality is lost "by voluntarily performing" the act with
  // intent (§ 349(a)); the loss "shall result solely from the performance by
  // a national of the acts" (§ 356, 8 U.S.C. § 1488); the approved CLN is the
  // "final administrative determination" of that loss (§ 358, 8 U.S.C.
  // § 1501), not its cause (research notes § 5.1: "Loss takes effect on the
  // date of the expatriating act"). So a child born between a parent's
  // renunciation and the CLN's approval was born to a non-citizen. Only an
  // act shown to be voluntary, with intent, at 18 or older and not after the
  // CLN moves the date (`shown`: the party claiming a loss must prove it,
  // § 349(b)); otherwise, and when the acts are not recorded at all, the
  // CLN's date stands (an unrecorded act date must not make a child's claim
  // through that parent open).
  // Review of the 2026-11-29 changes (test pre-oath-foreign-military-then-
  // renounced-after-oath-cln-not-citizen): an act done as an alien before
  // the oath (`alien_until_oath`) dated the loss before the oath, and so
  // the oath "restored" a citizenship a later renunciation had ended.
  let acts = union e in p.expatriation
      // An act dated only to a span that may end after the CLN (a
      // renunciation "in 1990" beside a CLN of 1990-09-01) is read as
      // before it, as it must have been: the loss is dated within the span
      // (review of 2026-11-29, tests mother-renounced-year-only-cln-1990-09-
      // child-born-1990-06, detention-2025-03-15-renunciation-year-only-cln-
      // 2025-04-01: it was dated from the CLN).
      where shown(act_with_intent(p, e)) and not shown(e.date > p.cln.date):
      loss_days(p, e)
  since if shown(ever(acts)) then earliest(p.cln.date, first_day(acts)) else p.cln.date
  review when expatriating_act_with_intent(p) and not present(p.cln): "an expatriating act with intent to relinquish is recorded but no Certificate of Loss of Nationality was approved; the engine does not treat citizenship as lost (decision 0105)"

/// A recorded expatriating act, done voluntarily, with intent to relinquish
/// citizenship, at 18 or older (acts under § 349(a)(1), (2) and (4) before
/// 18 do not expatriate).
rule expatriating_act_with_intent(p: Person)
  cite "INA § 349(a); 8 U.S.C. § 1481(a); INA § 351(b); 8 U.S.C. § 1483(b)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Review of 2026-11-29 (test nat-mexican-naturalization-before-us-oath-
  // not-expatriating): only "a national of the United States" loses
  // nationality by an act (§ 349(a)); an act done before the person's own
  // naturalization oath, by a person shown to have had no route to U.S.
  // nationality before it (`alien_until_oath`), was done by an alien.
  holds when shown(any e in p.expatriation:
      act_with_intent(p, e)
      // An act done in the United States takes effect only when the person
      // later takes up a residence abroad (`loss_days`): an act shown to
      // have had no effect by `as_of` does not count; one whose effect is
      // open still does.
      and not shown(not ever(loss_days(p, e) & ending(as_of() + 1 days))))

/// The days from which act `e` can have caused a loss. INA § 351(a) (8
/// U.S.C. § 1483(a)): "no national of the United States can lose United
/// States nationality under this chapter while within the United States or
/// any of its outlying possessions, but loss of nationality shall result
/// from the performance within the United States ... of any of the acts
/// ... if and when the national thereafter takes up a residence outside the
/// United States", except a renunciation in wartime (§ 349(a)(6)) and
/// treason (§ 349(a)(7)). An act done while present and residing in the
/// United States counts from the end of that residence (none while it goes
/// on); any other act from its day.
// Review of 2026-11-29 (tests 1483a-*): an oath of allegiance sworn at a
// foreign consulate inside the United States expatriated on its day, so a
// father who stayed here two more years was "not a citizen" at his son's
// birth, and a woman who never left was "not a citizen" on a CLN. The loss
// runs from the first day after the act on which the person no longer
// resided in the United States.
// safety: its `shown(...)` was reviewed: only an act shown to have been
// done while present and residing here is deferred; an act whose place is
// not known is read from its day, as before this rule (the loss itself
// must still be shown: `lost_by_expatriation`)
def loss_days(p: Person, e: Expatriation) -> timeline =
  // A residence here on the act's day with the presence that day unknown
  // leaves the place of the act, and so the day of the loss, open (review
  // of the change, test 1483a-father-oath-place-unknown-residing-in-us-
  // child-born-before-move).
  // With residence and presence both unknown the place is open too
  // (information monotonicity check: forgetting the presence of a person
  // read as residing here made the loss definite from the act's day). Acts
  // done abroad by their nature (a renunciation before a consul abroad,
  // foreign military service) are read from their day.
  if not shown(not on(p.residence, e.date)) and not shown(not on(p.presence, e.date))
      and not (e.act in ["renunciation_in_us", "treason_conviction", "renunciation_abroad", "foreign_military"])
    then starting(first_day(starting(e.date) & outside(p.residence)))
    else starting(e.date)

/// Act `e` was done voluntarily, with intent to relinquish, at 18 or older,
/// and not as an alien before the person's own oath (`alien_until_oath`).
def act_with_intent(p: Person, e: Expatriation) -> bool =
  e.voluntary and e.intent_to_relinquish and e.date >= anniversary(p.born.date, 18)
    and not (alien_until_oath(p) and e.date < p.naturalized.date)

/// A naturalized person shown to have had no other route to U.S.
/// nationality (at birth, by derivation, as a national): an alien until the
/// naturalization oath. A person who was a citizen or national before a
/// later oath (one who renounced and naturalized again) is not.
rule alien_until_oath(p: Person)
  cite "INA §§ 101(a)(3), 349(a); 8 U.S.C. §§ 1101(a)(3), 1481(a) ('A person who is a national of the United States')"
  // safety: its `shown(...)` was reviewed: it only keeps an act done before
  // the oath from expatriating (more citizens, never fewer); a route that
  // may have held leaves the act counted as before
  tag "safety:reviewed"
  holds when shown(present(p.naturalized))
    and shown(not (born_in_united_states(p) or born_in_puerto_rico(p) or born_in_puerto_rico_jones_act(p)
      or born_in_virgin_islands(p) or born_in_guam(p) or born_to_guam_native(p)
      or born_to_virgin_islands_native(p) or virgin_islands_danish_resident(p)
      or born_in_northern_mariana_islands(p)
      or born_in_outlying_possession_to_citizen_parent(p) or born_in_canal_zone_or_panama(p)
      or acquired_at_birth_abroad(p) or derived_from_parent(p)
      or born_in_outlying_possession(p) or born_abroad_to_national_parents(p)))

/// The Certificate of Loss of Nationality is dated after `as_of`: on the
/// day the question is asked it was not approved, so it establishes no loss
/// yet.
rule cln_after_as_of(p: Person)
  cite "INA § 358; 8 U.S.C. § 1501; spec/case-format.md (`as_of`: the day the question is asked); decision 0006 (the case states facts as of `as_of`)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Time review (law/citizenship/tests/time/): a CLN dated after `as_of`
  // made a U.S.-born person `not_citizen` on `as_of`, while a naturalization
  // oath set after `as_of` already counts for nothing (test
  // r-naturalization-oath-not-yet-taken). Only a CLN date known to be later
  // counts here (`shown`): a recorded CLN without a date was approved by
  // `as_of`. The party claiming the loss bears the burden (§ 349(b)), so
  // reading a CLN not yet approved as no loss is the protective side.
  // Review (test l-cln-partial-month-straddles-as-of): a CLN dated
  // "2025-06", asked on 2025-06-10, counted as approved. A recorded date,
  // even partial, is now compared as it is (perhaps later: the loss is
  // open); only a CLN with no date at all is taken as approved by `as_of`.
  holds when p.cln.date > as_of() and shown(p.cln.date >= 1790-03-26)

/// Every expatriating act the case records is shown unable to cause a loss
/// (not voluntary, without intent to relinquish, or before 18), yet a
/// Certificate of Loss of Nationality was approved.
// Added in review (tests l-cln-approved-foreign-naturalization-at-16,
// l-cln-approved-intent-known-false): an approved CLN was conclusive even
// when the only act recorded was a foreign naturalization at 16 (§ 351(b))
// or was done without intent to relinquish (Vance v. Terrazas, 444 U.S. 252
// (1980)). The CLN is the State Department's final administrative
// determination (§ 358), open to challenge in court (8 U.S.C. § 1503): the
// loss is left open, flagged, rather than taken as settled.
rule cln_contradicted_by_acts(p: Person)
  cite "INA §§ 349(a), 351(b), 358; 8 U.S.C. §§ 1481(a), 1483(b), 1501, 1503; Vance v. Terrazas, 444 U.S. 252 (1980)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // `shown`: only acts recorded, and recorded as unable to expatriate, make
  // the CLN doubtful; an unknown detail never does (the loss then rests on
  // the CLN, as before).
  // Review of 2026-11-29 (test citizenship/tests/review/
  // mis2-foreign-naturalization-year-straddles-18th-cln-approved): an act
  // dated only to a year across the 18th birthday let the CLN stand (not a
  // citizen), though the exact day decides it (spec principle 2). A recorded
  // date (known to fall by `as_of`) is now read in three values; an act with
  // no date at all still leaves the CLN standing.
  // Review of 2026-11-29 (tests loss-naturalized-1952-cln-1961-residence-
  // in-germany-352-void, loss-us-born-voted-in-israel-cln-1960-afroyim-
  // detention): a CLN with `expatriation: []` (known: no expatriating act)
  // was conclusive, "not a citizen". Loss results "solely from the
  // performance" of a § 349(a) act (§ 356); a CLN resting on no act, such as
  // the pre-1967 ones for voting abroad (Afroyim v. Rusk) or for residence
  // abroad of a naturalized citizen (former § 352, struck down in Schneider
  // v. Rusk, 377 U.S. 163 (1964)), is contradicted by the record. Only a
  // CLN from before Vance v. Terrazas (1980-01-15) is read so: since then a
  // CLN records an act found voluntary and with intent, and a record with
  // no act beside a modern CLN is more often a form left empty than a
  // statement (test cln-dated-before-as-of-control).
  // Review of 2026-11-29 (tests pre-afroyim-cln-1963-israeli-army-intent-
  // unknown-detention, pre-afroyim-cln-1956-father-canadian-naturalization-
  // intent-unknown-child-1958): a pre-1980 CLN beside an act whose intent
  // was not recorded stood as proof. Such a CLN was issued when the act
  // alone expatriated (Perez v. Brownell) and holds no finding of intent;
  // since Afroyim (and the Attorney General's 1969 statement, 42 Op. Att'y
  // Gen. 397, applying it to earlier losses) and Terrazas, intent must be
  // proved (§ 349(b)). So a pre-1980 CLN stands only beside an act shown
  // voluntary and with intent, at 18 or older.
  // Voluntariness is presumed (§ 349(b); upheld in Terrazas), intent is not
  // (review of the change, test pre-terrazas-cln-1969-intent-recorded-
  // voluntariness-presumed-child-1972).
  holds when (shown(p.cln.date < 1980-01-15)
      and not shown(any e in p.expatriation:
        not shown(not e.voluntary) and e.intent_to_relinquish and e.date >= anniversary(p.born.date, 18)))
    or (shown(count(p.expatriation) >= 1)
      and (all e in p.expatriation:
        shown(not e.voluntary or not e.intent_to_relinquish)
          // A renunciation inside the United States expatriates only in a
          // state of war with the Attorney General's approval (INA
          // § 349(a)(6); 7 FAM 1261 b.); after 1952 no such state existed
          // (review of 2026-11-29, test renunciation-in-us-2015-cln-
          // recorded-no-state-of-war).
          or shown(e.act == "renunciation_in_us" and e.date > 1952-04-28)
          or (shown(e.date <= as_of()) and e.date < anniversary(p.born.date, 18))
          // A CLN approved before the 18th birthday certifies an act done
          // before it, whatever the act's unrecorded date (review of the
          // fifteenth session, test mm-cln-foreign-naturalization-date-
          // unknown-may-be-under-18: "not a citizen" with the date left out,
          // open with it dated).
          // A dated CLN is read three-valued (a CLN dated "2007" across the
          // 18th birthday is open, test r15g-cln-year-only-straddles-18th-
          // birthday-act-date-unknown-open); an undated one is taken as made
          // by `as_of` and does not open this (decision 0004).
          or (shown(p.cln.date >= p.born.date) and p.cln.date < anniversary(p.born.date, 18))
          // Done as an alien, before the person's own naturalization (see
          // `expatriating_act_with_intent`).
          or (alien_until_oath(p) and shown(e.date < p.naturalized.date))
          // Done in the United States by a person who has not taken up a
          // residence abroad since (`loss_days`).
          or shown(not ever(loss_days(p, e) & ending(as_of() + 1 days)))))

/// Whether an approved CLN stands when the recorded acts could not cause a
/// loss: a question for a court, not decided here.
rule cln_stands_despite_record(p: Person)
  cite "INA § 358; 8 U.S.C. §§ 1501, 1503"
  versions by as_of()
    from 1700-01-01: not_encoded "a Certificate of Loss of Nationality was approved, but every expatriating act recorded was involuntary, without intent to relinquish, or before 18: whether the CLN stands until a court sets it aside (8 U.S.C. § 1503) is for a lawyer (question: @)"
  holds when true

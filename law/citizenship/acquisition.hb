// Citizenship acquired at birth abroad through a citizen parent: INA §§ 301
// and 309 (8 U.S.C. §§ 1401, 1409) and their predecessors (R.S. § 1993, the
// Act of May 24, 1934, the Nationality Act of 1940).
//
// The law in force at the child's birth governs (7 FAM 1131.1-2), except
// where a later law applies retroactively (INA § 301(h); NA 1940 § 205; the
// 1966 physical-presence proviso). Decision 0100 is the legal spec.
//
// Protective design: a parent's citizenship, presence, residence or
// paternity that is unknown keeps the answer open; a retention failure is
// never a "not a citizen" (decision 0102).

/// Places of birth that are not "outside the United States and its outlying
/// possessions" (INA §§ 101(a)(29), 101(a)(38)). The Northern Mariana
/// Islands are added from the Covenant's effective day (see
/// `born_outside_united_states`).
const UNITED_STATES_AND_POSSESSIONS = ["US", "PR", "GU", "VI", "AS"] cite "INA §§ 101(a)(29), 101(a)(38); 8 U.S.C. §§ 1101(a)(29), 1101(a)(38)"

/// Kinds of service abroad the INA § 301(g) proviso counts as physical
/// presence (armed-forces service only when honorable).
const SERVICE_COUNTED_AS_PRESENCE = ["us_government", "international_organization", "dependent_of_service_member"] cite "INA § 301(g) proviso (Pub. L. 89-770, 1966); 22 U.S.C. § 288"

/// Kinds of employment abroad of the citizen parent at the birth that
/// exempted the child from the retention requirement.
const RETENTION_EXEMPT_SERVICE = ["us_government", "international_organization", "us_armed_forces"] cite "NA 1940 § 201(g) second proviso; 8 FAM 307.1; USCIS Nationality Chart 1"

// ---------------------------------------------------------------------------
// The route

/// Acquired U.S. citizenship at birth abroad through a citizen parent.
rule acquired_at_birth_abroad(p: Person)
  cite "INA §§ 301(c), (d), (g), (h), 309; 8 U.S.C. §§ 1401(c), (d), (g), (h), 1409; R.S. § 1993; Act of May 24, 1934, 48 Stat. 797; Nationality Act of 1940 §§ 201, 205, 54 Stat. 1137"
  tag "route"
  holds when born_outside_united_states(p)
    and (both_parents_citizens(p)
      or citizen_and_national_parents(p)
      or citizen_and_alien_parents(p)
      or citizen_mother_before_1934(p)
      or out_of_wedlock_citizen_mother(p)
      or citizen_parent_whatever_other_parent(p)
      or citizen_mother_whatever_wedlock(p)
      or citizen_father_whatever_mother(p))
  since p.born.date

/// Born outside the United States and its outlying possessions. A birth in
/// the Northern Mariana Islands before the Covenant's citizenship provisions
/// took effect (1986-11-04, Saipan time) was a birth abroad.
// The Philippines from 1941-01-13 to 1946-07-03 was an outlying possession
// under the Nationality Act of 1940 (see `born_in_outlying_possession_then`
// in birth.hb): a birth there was not one abroad.
rule born_outside_united_states(p: Person)
  // safety: its `shown(...)` was reviewed: a birth in Hawaii before the
  // annexation is read as one abroad only where the region is recorded,
  // which adds the acquisition routes and removes none (jus soli never
  // reached it: INA § 305 dates it from 1900-04-30)
  tag "safety:reviewed"
  cite "INA §§ 101(a)(29), 101(a)(38); 8 U.S.C. §§ 1101(a)(29), 1101(a)(38); Covenant § 506, Pub. L. 94-241; Proclamation 5564 (1986); Nationality Act of 1940 § 101(e); 8 FAM 302.5-2; Treaty of Paris, 30 Stat. 1754 (1899-04-11); Convention with Denmark, 39 Stat. 1706 (1917-01-17); Joint Resolution of July 7, 1898 (Newlands Resolution), 30 Stat. 750 (annexation of Hawaii, 1898-08-12)"
  // Review of 2026-11-29 (tests citizenship/tests/review/terr-*-rs1993-*):
  // a territory counted as "the United States" for every date, so a child
  // born in the Danish West Indies in 1910, or in Spanish Puerto Rico or Guam
  // before 1899-04-11, to a citizen father who had resided here, was "not a
  // citizen": those were births abroad (R.S. § 1993). So was a birth in
  // American Samoa before 1900-02-16, and in Guam before the Nationality Act
  // of 1940 (as in the Philippines: 8 FAM 302.5-2 a.; Friend v. Reno, 172
  // F.3d 638 (9th Cir. 1999)), Guam being an outlying possession from
  // 1941-01-13 (`born_in_outlying_possession_then`).
  holds when not (p.born.country in UNITED_STATES_AND_POSSESSIONS)
    and not (p.born.country == "MP" and p.born.date >= 1986-11-04)
    and not (p.born.country == "PH" and p.born.date >= 1941-01-13 and p.born.date < 1946-07-04)
    // Puerto Rico and the Virgin Islands were unincorporated territories
    // until the Nationality Act of 1940 put them in the "United States" of
    // the nationality laws (§ 101(d), from 1941-01-13): a birth there
    // earlier was not one "in the United States" (Balzac v. Porto Rico, 258
    // U.S. 298 (1922)), so, as for Guam and the Philippines, R.S. § 1993 can
    // reach it. Review of 2026-11-30, ninth session (test x-PR-1925-texas-
    // father, the facts of x-GU-1925-texas-father: "not a citizen"); the
    // reading only adds a route.
    or (p.born.country == "PR" and p.born.date < 1941-01-13)
    or (p.born.country == "GU" and p.born.date < 1941-01-13)
    or (p.born.country == "VI" and p.born.date < 1941-01-13)
    or (p.born.country == "AS" and p.born.date < 1900-02-16)
    // Review of the fifteenth session (tests r15e-hi-1890-kingdom-birth-us-
    // father-*): Hawaii was a foreign country until the annexation
    // (1898-08-12), so a birth there to a citizen father who had resided in
    // the United States was a birth abroad under R.S. § 1993 (a citizen from
    // birth), not only a Hawaiian citizen's of INA § 305 (from 1900-04-30).
    // Read only when the region is recorded; the reading only adds a route.
    or (p.born.country == "US" and shown(p.born.region == "HI") and p.born.date < 1898-08-12)

/// The birth date as the statutes' effective instants see it: a birth on
/// 1934-05-24 before noon EST (17:00 UTC) came before the Act of May 24,
/// 1934, and a birth on 1952-12-24 before 00:01 EST (05:01 UTC) came before
/// the INA. Such births are dated the day before for choosing the law; when
/// the time of birth is unknown both days stay possible and the time decides.
rule statute_birth_date(p: Person) -> date
  cite "Act of May 24, 1934, 48 Stat. 797 (effective noon EST); INA § 407 (effective 12:01 a.m. EST Dec. 24, 1952); 8 FAM 301.7-1"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Time review (law/citizenship/tests/time/): only a birth whose local
  // date was the effective day itself was compared with the effective
  // instant. But the statutes speak of Eastern Standard Time, and the
  // local date of a birth far from it can differ: a birth in Tokyo at 01:00
  // (+09:00) on 1934-05-25 is 11:00 EST on May 24, before the 1934 Act; a
  // birth in Mexico City at 23:30 (-06:00) on 1952-12-23 is 00:30 EST on
  // December 24, after the INA took effect. `minute_utc` is the minutes
  // after midnight UTC of the local date, so it is negative or above 1440
  // when the UTC day differs. The neighbouring day is moved only when the
  // time of birth is known (`shown`): with no time the local date is taken
  // as written (decision 0006), as it always was; the effective day itself
  // keeps its open answer when the time is unknown.
  = if p.born.date == 1934-05-24 and p.born.minute_utc < 1020 then 1934-05-23
    else (if p.born.date == 1934-05-25 and shown(p.born.minute_utc + 420 < 0) then 1934-05-23
    else (if p.born.date == 1952-12-24 and p.born.minute_utc < 301 then 1952-12-23
    else (if p.born.date == 1952-12-23 and shown(p.born.minute_utc >= 1741) then 1952-12-24
    else p.born.date)))

// ---------------------------------------------------------------------------
// Statutory routes

/// Born abroad to two citizen parents (in wedlock, or out of wedlock with
/// the father's paternity established), one of whom had resided in the
/// United States or an outlying possession before the birth.
rule both_parents_citizens(p: Person)
  cite "INA § 301(c); 8 U.S.C. § 1401(c); NA 1940 § 201(c); Act of May 24, 1934; R.S. § 1993; USCIS Nationality Chart 1"
  quote "a person born outside of the United States and its outlying possessions of parents both of whom are citizens of the United States and one of whom has had a residence in the United States or one of its outlying possessions, prior to the birth of such person"
  holds when any l in p.parents where natural_link(l):
    any m in p.parents where natural_link(m) and not (m.person == l.person):
      citizen_on(l.person, p.born.date)
      and citizen_on(m.person, p.born.date)
      and parents_at_birth(p, l, m)
      and (resided_before(l.person, p.born.date) or resided_before(m.person, p.born.date))
  // Before 1934-05-24 R.S. § 1993 required the citizen FATHER to have
  // resided; decision 0100 (Step 1) accepts either parent's residence.
  // `shown` here only limits the flag to a recorded lack of the father's
  // residence (it does not change the answer).
  review when statute_birth_date(p) < 1934-05-24 and shown(any l in p.parents where is_father(p, l): not resided_before(l.person, p.born.date)): "born before noon EST 1934-05-24 to two citizen parents: R.S. § 1993 speaks of the father's residence; the engine accepts either parent's residence (decision 0100, Step 1)"

/// Born abroad to a citizen parent and a U.S. national (non-citizen)
/// parent, the citizen parent meeting the residence or presence rule in
/// force at the birth.
rule citizen_and_national_parents(p: Person)
  cite "INA § 301(d); 8 U.S.C. § 1401(d); NA 1940 § 201(d)"
  quote "a person born outside of the United States and its outlying possessions of parents one of whom is a citizen of the United States who has been physically present in the United States or one of its outlying possessions for a continuous period of one year prior to the birth of such person, and the other of whom is a national, but not a citizen of the United States"
  holds when any l in p.parents where natural_link(l):
    any m in p.parents where natural_link(m) and not (m.person == l.person):
      citizen_on(l.person, p.born.date)
      and national_on(m.person, p.born.date)
      and not citizen_on(m.person, p.born.date)
      and parents_at_birth(p, l, m)
      and citizen_national_requirement(p, l)

/// The citizen parent's residence or presence rule for a child whose other
/// parent is a U.S. national, by the law in force at the birth.
rule citizen_national_requirement(p: Person, l: ParentLink)
  cite "INA § 301(d); 8 U.S.C. § 1401(d); NA 1940 § 201(d); Act of May 24, 1934; R.S. § 1993; INA § 301(h)"
  versions by statute_birth_date(p)
    from 1952-12-24 cite "INA § 301(d)": met = continuous_year_met(l.person.presence & ending(p.born.date))
    from 1941-01-13 to 1952-12-24 cite "NA 1940 § 201(d)": met = resided_before(l.person, p.born.date)
    from 1934-05-24 to 1941-01-13 cite "Act of May 24, 1934 (retention only where one parent is an alien)": met = resided_before(l.person, p.born.date)
    until 1934-05-24 cite "R.S. § 1993; INA § 301(h)": met = resided_before(l.person, p.born.date)
  holds when met
  review when statute_birth_date(p) < 1941-01-13: "born before 1941-01-13 to a citizen and a U.S. national (non-citizen) parent: the earlier statutes do not name this case; the engine applies the citizen parent's residence rule without retention (the 1934 Act's retention applied 'where one of the parents is an alien'; R.S. § 1993 and INA § 301(h) speak of a citizen father, or a citizen mother and an alien father) (decision 0100, Step 1)"

/// Born abroad to a citizen parent and an alien parent, the citizen parent
/// meeting the residence or physical-presence rule in force at the birth
/// (and the child the retention rule where one applied).
rule citizen_and_alien_parents(p: Person)
  cite "INA § 301(g); 8 U.S.C. § 1401(g); NA 1940 § 201(g), (i); 8 U.S.C. § 1401a; Act of May 24, 1934; R.S. § 1993"
  quote "a person born outside the geographical limits of the United States and its outlying possessions of parents one of whom is an alien, and the other a citizen of the United States who, prior to the birth of such person, was physically present in the United States or its outlying possessions for a period or periods totaling not less than five years, at least two of which were after attaining the age of fourteen years"
  holds when any l in p.parents where natural_link(l):
    any m in p.parents where natural_link(m) and not (m.person == l.person):
      citizen_on(l.person, p.born.date)
      and alien_on(m.person, p.born.date)
      and parents_at_birth(p, l, m)
      and citizen_alien_requirement(p, l, m)

/// The citizen parent's residence or presence rule for a child whose other
/// parent is an alien, by the law in force at the birth.
rule citizen_alien_requirement(p: Person, l: ParentLink, m: ParentLink)
  cite "INA § 301(g); 8 U.S.C. § 1401(g); NA 1940 § 201(g), (i); 8 U.S.C. § 1401a; INA § 309(b); Act of May 24, 1934; R.S. § 1993"
  versions by statute_birth_date(p)
    from 1986-11-14 cite "INA § 301(g) as amended by Pub. L. 99-653 § 12": met = presence_301g(p, l.person, 1825 days, 5 years, 730 days, 2 years)
    from 1952-12-24 to 1986-11-14 cite "INA § 301(a)(7) (1952), later § 301(g)": met = presence_301g(p, l.person, 3650 days, 10 years, 1825 days, 5 years)
    from 1941-01-13 to 1952-12-24 cite "NA 1940 § 201(g), (i); 8 U.S.C. § 1401a; INA § 309(b)": met = (na1940_201g(p, l.person) or na1940_201i(p, l.person) or usc_1401a(p, l.person) or ina_309b(p, l, m)) and retained(p, l.person, m.person)
    from 1934-05-24 to 1941-01-13 cite "Act of May 24, 1934, 48 Stat. 797": met = resided_before(l.person, p.born.date) and retained(p, l.person, m.person)
    until 1934-05-24 cite "R.S. § 1993; INA § 301(h)": met = resided_before(l.person, p.born.date) and (is_father(p, l) or (alien_on(m.person, p.born.date) and not possibly_expatriated_wife(l.person)))
  holds when met
  // Before 1934 (review of 2026-11-30, test a-1925-us-parent-sex-not-
  // recorded-resided-alien-other-parent-in-wedlock): a citizen father who
  // had resided here transmits under R.S. § 1993, and a citizen mother who
  // had resided here transmits under INA § 301(h) when the father is an
  // alien; a resided parent whose sex is not recorded, beside an alien
  // other parent, transmits either way (the answer was left open on the
  // sex). Not when the parent, if a woman, may have lost her citizenship by
  // marrying before 1922-09-22 (Expatriation Act of 1907 § 3), which
  // `citizen_on` counts only for a parent shown to be a woman (review of the
  // change, test p34-1920-us-parent-sex-unrecorded-married-alien-1915-open).

/// A person not shown to be a man who married between 1907-03-02 and
/// 1922-09-21: if a woman, she may have taken her husband's nationality
/// (Expatriation Act of 1907 § 3), a loss `expatriated_by_marriage_on`
/// reads only for a person shown to be a woman.
rule possibly_expatriated_wife(x: Person)
  cite "Expatriation Act of Mar. 2, 1907 § 3, 34 Stat. 1228; Mackenzie v. Hare, 239 U.S. 299 (1915); Cable Act of Sept. 22, 1922, § 3, 42 Stat. 1021"
  // safety: its `shown(...)` was reviewed: it only rules out a man; a
  // person whose sex is unknown keeps the possibility (and the route it
  // guards stays open)
  tag "safety:reviewed"
  holds when not shown(x.sex == "male")
    and (any mm in x.marriages: mm.from >= 1907-03-02 and mm.from < 1922-09-22)

/// Born abroad before noon EST 1934-05-24 to a citizen mother who had
/// resided in the United States and an alien father: a citizen at birth,
/// retroactively (added in 1994).
rule citizen_mother_before_1934(p: Person)
  cite "INA § 301(h); 8 U.S.C. § 1401(h); Pub. L. 103-416 § 101 (1994)"
  quote "a person born before noon (Eastern Standard Time) May 24, 1934, outside the limits and jurisdiction of the United States of an alien father and a mother who is a citizen of the United States who, prior to the birth of such person, had resided in the United States"
  versions by statute_birth_date(p)
    until 1934-05-24 cite "INA § 301(h)": applies = true
  holds when applies
    and (any l in p.parents where natural_link(l):
      is_mother(p, l)
      and mother_citizen_on(l, p.born.date)
      and resided_before(l.person, p.born.date)
      and (any m in p.parents where natural_link(m) and not (m.person == l.person): alien_on(m.person, p.born.date)))
  // `shown` here only limits the flag to a recorded marriage date (it does
  // not change the answer).
  review when p.born.date < 1941-01-13 and shown(any l in p.parents where is_mother(p, l): l.person.married < 1922-09-22): "the mother married before 1922-09-22: under the Expatriation Act of 1907 a U.S. woman who married an alien lost her citizenship for the marriage, so she may not have been a citizen at the birth; the engine counts that loss only when the marriage covers the birth and the husband is shown to have been an alien (`expatriated_by_marriage_on`; decision 0100, gap 4)"

/// Born abroad out of wedlock to a citizen mother who met the residence or
/// presence rule in force at the birth.
rule out_of_wedlock_citizen_mother(p: Person)
  cite "INA § 309(c); 8 U.S.C. § 1409(c); NA 1940 § 205; Sessions v. Morales-Santana, 582 U.S. 47 (2017)"
  quote "a person born, after December 23, 1952, outside the United States and out of wedlock shall be held to have acquired at birth the nationality status of his mother, if the mother had the nationality of the United States at the time of such person's birth, and if the mother had previously been physically present in the United States or one of its outlying possessions for a continuous period of one year"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Review of 2026-11-29 (tests citizenship/tests/review/a-20*-art-unmarried-
  // intended-mother-no-tie-*): an unmarried intended mother with neither a
  // genetic nor a gestational tie (donor embryo, surrogate) transmitted
  // under § 309(c). The 2021 policy lets a parent without a tie transmit
  // only when married to the child's genetic or gestational legal parent
  // (USCIS PM Vol. 12, Pt. H, ch. 2-3; 8 FAM 304.3). Only a tie shown to be
  // absent excludes her (`shown`): when the relation does not say, she may
  // be the birth mother.
  holds when any l in p.parents where natural_link(l):
    is_mother(p, l)
    and not shown(not has_tie(l))
    and born_out_of_wedlock_to(p, l)
    and mother_citizen_on(l, p.born.date)
    and unwed_mother_requirement(p, l)
  // `shown` here only limits the flag to a recorded marriage date (it does
  // not change the answer).
  review when p.born.date < 1941-01-13 and shown(any l in p.parents where is_mother(p, l): l.person.married < 1922-09-22): "the mother married before 1922-09-22: under the Expatriation Act of 1907 a U.S. woman who married an alien lost her citizenship for the marriage, so she may not have been a citizen at the birth; the engine counts that loss only when the marriage covers the birth and the husband is shown to have been an alien (`expatriated_by_marriage_on`; decision 0100, gap 4)"

/// The unwed citizen mother's residence or presence rule, by the law in
/// force at the birth.
rule unwed_mother_requirement(p: Person, l: ParentLink)
  cite "INA § 309(c); 8 U.S.C. § 1409(c); NA 1940 § 205; Sessions v. Morales-Santana, 582 U.S. 47 (2017); USCIS Nationality Chart 2; USCIS PA-2018-01; USCIS PA-2024-21"
  versions by statute_birth_date(p)
    from 2017-06-12 cite "Sessions v. Morales-Santana (the INA § 301(g) rule applies to unwed mothers)": met = presence_301g(p, l.person, 1825 days, 5 years, 730 days, 2 years) or both_citizens_father_not_309a(p, l) or both_citizens_whatever_309a(p, l)
    from 1952-12-24 to 2017-06-12 cite "INA § 309(c)": met = continuous_year_met(l.person.presence & ending(p.born.date))
    until 1952-12-24 cite "NA 1940 § 205 (retroactive to births before 1941)": met = resided_before(l.person, p.born.date)
  holds when met
  // NA 1940 § 205 gives the mother's status "in the absence of such
  // legitimation or adjudication"; a legitimated child falls under the
  // rules for two parents (decision 0100 keeps the mother's route).
  review when statute_birth_date(p) < 1952-12-24 and (any f in p.parents where not (f.person == l.person): f.legitimated <= as_of() or f.paternity_adjudicated <= as_of()): "born out of wedlock before 1952-12-24 and the father established paternity: NA 1940 § 205 gives the child the mother's status only 'in the absence of such legitimation or adjudication'; the engine keeps the mother's route (protective)"

/// Born on or after 2017-06-12 out of wedlock to two citizen parents where
/// the father did not establish paternity under § 309(a): USCIS accepts the
/// mother's one continuous year of presence.
rule both_citizens_father_not_309a(p: Person, l: ParentLink)
  cite "USCIS PA-2018-01; USCIS PA-2024-21; USCIS PM Vol. 12, Pt. H, ch. 3"
  holds when continuous_year_met(l.person.presence & ending(p.born.date))
    and (any f in p.parents where natural_link(f) and not (f.person == l.person):
      citizen_on(f.person, p.born.date) and not new_309a(p, f))
  review when true: "born out of wedlock after Morales-Santana to two citizen parents, the father not meeting § 309(a): USCIS accepts the mother's one continuous year of presence; State Department practice is unverified (decision 0100, Step 3)"

/// Born on or after 2017-06-12 out of wedlock to two citizen parents, one
/// of whom resided in the United States before the birth, the mother with a
/// continuous year of presence: a citizen whether or not the father met
/// § 309(a) (if he did, § 301(c); if not, the mother's year under USCIS
/// policy).
// Added in review (test acq-2019-unwed-both-citizens-father-309a-unknown):
// with the § 309(a) facts unknown, each of the two routes stayed open and so
// did their `or`, though one of them holds whichever way the facts go.
rule both_citizens_whatever_309a(p: Person, l: ParentLink)
  cite "INA §§ 301(c), 309(a), (c); 8 U.S.C. §§ 1401(c), 1409(a), (c); USCIS PA-2018-01; USCIS PA-2024-21"
  holds when continuous_year_met(l.person.presence & ending(p.born.date))
    and (any f in p.parents where natural_link(f) and not (f.person == l.person):
      citizen_on(f.person, p.born.date)
      and (resided_before(l.person, p.born.date) or resided_before(f.person, p.born.date)))
  review when true: "born out of wedlock after Morales-Santana to two citizen parents: a citizen under § 301(c) if the father met § 309(a), and under the USCIS reading of the mother's continuous year if he did not (decision 0100, Step 3)"

// ---------------------------------------------------------------------------
// Routes that hold whatever an unknown fact turns out to be (INA births)
//
// Three-valued logic does not see that "the other parent is a citizen" and
// "the other parent is a non-citizen national" cannot both be false, or that
// "born in wedlock" and "born out of wedlock" cannot both be false: each
// statutory route stays unknown and so does their `or`. When the citizen
// parent meets the rules of every route that could apply, the answer is the
// same in every case and must be definite (spec principle 2; review tests
// r-citizen-father-american-samoa-mother, r-citizen-mother-father-unknown-5y).

/// The citizen parent's presence and residence before the birth meet every
/// rule a birth abroad after 1952-12-23 could fall under: § 301(c) (a prior
/// residence, as recorded), § 301(d) and § 309(c) (a continuous year of physical
/// presence), and § 301(g) (the N years, M after 14, of the birth date; after
/// Morales-Santana also the § 309(c) rule).
rule meets_every_ina_presence_rule(p: Person, l: ParentLink)
  cite "INA §§ 301(c), (d), (g), 309(c); 8 U.S.C. §§ 1401(c), (d), (g), 1409(c); Sessions v. Morales-Santana, 582 U.S. 47 (2017)"
  versions by statute_birth_date(p)
    from 1986-11-14 cite "INA § 301(g) as amended by Pub. L. 99-653 § 12; INA § 309(c)": met = presence_301g(p, l.person, 1825 days, 5 years, 730 days, 2 years)
    from 1952-12-24 to 1986-11-14 cite "INA § 301(a)(7) (1952), later § 301(g); INA § 309(c)": met = presence_301g(p, l.person, 3650 days, 10 years, 1825 days, 5 years)
    until 1952-12-24: none "before the INA the routes also turn on retention and on the other parent's facts; they are decided one by one"
  // The § 301(c) residence is read from `residence` itself, without the
  // presence-for-residence fallback of `resided_before` (decision 0005):
  // this route only settles cases the statutory routes leave open, and must
  // not add that fallback's flag to cases they already decide.
  holds when met
    and continuous_year_met(l.person.presence & ending(p.born.date))
    and ever(l.person.residence & ending(p.born.date))

/// Born abroad to two parents at birth (in wedlock, or out of wedlock with
/// the father's paternity established), one a citizen who meets every
/// presence rule: the child is a citizen whether the other parent was a
/// citizen (§ 301(c)), a non-citizen national (§ 301(d)) or an alien
/// (§ 301(g)), so that parent's unknown status does not matter. Before the
/// INA, the same with the residence and retention rules of the time.
rule citizen_parent_whatever_other_parent(p: Person)
  cite "INA §§ 301(c), (d), (g), 309(a); 8 U.S.C. §§ 1401(c), (d), (g), 1409(a); NA 1940 § 201(c), (d), (g); Act of May 24, 1934; R.S. § 1993"
  // Before 1952-12-24 (review of 2026-11-29, tests a-1925-rs1993-father-
  // resided-mother-status-unknown, a-1945-na1940-father-10y-child-
  // retained-mother-status-unknown): a citizen father who had resided here
  // and met the rule for an alien other parent (with the child's retention)
  // meets the rules for a citizen or national other parent too (a prior
  // residence), so the mother's unknown status cannot matter; the answer
  // was undetermined. The residence is read from `residence` itself (see
  // `meets_every_ina_presence_rule`).
  holds when any l in p.parents where natural_link(l):
    any m in p.parents where natural_link(m) and not (m.person == l.person):
      citizen_on(l.person, p.born.date)
      and parents_at_birth(p, l, m)
      and (meets_every_ina_presence_rule(p, l)
        or (statute_birth_date(p) < 1952-12-24
          and ever(l.person.residence & ending(p.born.date))
          and citizen_alien_requirement(p, l, m))
        // The other parent known to be a national (a citizen or not: born
        // in American Samoa, say) is no alien: only § 301(c) and (d) can
        // apply (review of 2026-11-29, test a-1990-citizen-father-1y-
        // mother-born-american-samoa-parents-unknown).
        or (national_on(m.person, p.born.date)
          and ever(l.person.residence & ending(p.born.date))
          and (statute_birth_date(p) < 1952-12-24
            or continuous_year_met(l.person.presence & ending(p.born.date)))))

/// Born abroad after 1952-12-23 to a citizen mother (genetic or gestational)
/// who meets every presence rule: in wedlock the child is a citizen under
/// § 301(c), (d) or (g) whatever the father's status; out of wedlock under
/// § 309(c). Who the father is, and whether the parents were married, then
/// do not matter.
rule citizen_mother_whatever_wedlock(p: Person)
  cite "INA §§ 301(c), (d), (g), 309(c); 8 U.S.C. §§ 1401(c), (d), (g), 1409(c); USCIS PM Vol. 12, Pt. H, ch. 3"
  // `shown` only identifies roles, it does not close a route: a parent who
  // gave birth is read as the mother unless recorded as male (so the
  // mother's unknown sex is not asked when she is known to have given birth).
  holds when any l in p.parents where natural_link(l):
    is_mother(p, l)
    and has_tie(l)
    and mother_citizen_on(l, p.born.date)
    and (meets_every_ina_presence_rule(p, l) or mother_meets_every_pre_ina_rule(p, l))

/// Born abroad after 1952-12-23 to a citizen genetic father who meets every
/// presence rule and whose paternity was established as the law in force at
/// the birth requires: in wedlock the child is a citizen under § 301(c), (d)
/// or (g), out of wedlock under § 309(a), whatever the mother's status. Who
/// the mother is, and whether the parents were married, then do not matter.
// Thirteenth session (review tests m-2008-usc-father-309a-met-father-only-
// never-married-citizen, ...-stepmother-married-before-birth-citizen): the
// father's routes all needed the other parent named, so a U.S.-born father
// who met § 309(a) and § 301(g) left the child undetermined while the
// birth mother was not recorded.
rule citizen_father_whatever_mother(p: Person)
  cite "INA §§ 301(c), (d), (g), 309(a); 8 U.S.C. §§ 1401(c), (d), (g), 1409(a); USCIS PM Vol. 12, Pt. H, ch. 3"
  // safety: its `shown(...)` was reviewed: it only identifies the father
  // (a parent of unknown role is left to the other routes, which read it
  // both ways); this route adds citizenship, it closes none
  tag "safety:reviewed"
  holds when statute_birth_date(p) >= 1952-12-24
    and (any l in p.parents where natural_link(l):
      shown(is_father(p, l))
      and l.biological
      and citizen_on(l.person, p.born.date)
      and paternity_established(p, l)
      and meets_every_ina_presence_rule(p, l))

/// The mother was a U.S. citizen on the day (a loss by a marriage in
/// 1907-1922 counted even when her sex is not recorded).
// `citizen_on` counts a loss by marriage under the Expatriation Act of 1907
// only for a person shown to be a woman; a mother read from the relation
// (she gave birth) whose sex is not recorded, and who married in 1907-1922,
// may have lost it, so her citizenship is left open (review of 2026-11-30,
// test p34-1920-us-parent-gave-birth-sex-unrecorded-married-alien-1915:
// read as a citizen).
rule mother_citizen_on(l: ParentLink, d: date)
  cite "Expatriation Act of Mar. 2, 1907 § 3, 34 Stat. 1228; Mackenzie v. Hare, 239 U.S. 299 (1915)"
  // safety: its `shown(...)` was reviewed: a mother shown to be a woman is
  // read through `citizen_on`, which counts the 1907-Act loss itself; for
  // the others a possible loss leaves the route open, never closed
  tag "safety:reviewed"
  holds when citizen_on(l.person, d)
    and (shown(l.person.sex == "female") or not possibly_expatriated_wife(l.person))
  since since(citizen_on(l.person, d))

/// Before the INA, a citizen mother who meets every rule that could apply,
/// whoever the father is and whether or not she was married: a prior
/// residence (R.S. § 1993 with two citizen parents; INA § 301(h) with an
/// alien father; NA 1940 § 205 out of wedlock), the 1934 Act's and the 1940
/// Act's retention where the father is an alien, and from 1941 the ten
/// years' residence of § 201(g).
// Review of 2026-11-29 (tests a-1930-citizen-mother-father-unknown,
// a-1946-citizen-mother-father-unknown-retention-met): a citizen mother
// with the father not named left a 1930 and a 1946 birth open, though every
// kind of father gives a citizen.
rule mother_meets_every_pre_ina_rule(p: Person, l: ParentLink)
  cite "R.S. § 1993; INA § 301(h); Act of May 24, 1934, 48 Stat. 797; NA 1940 §§ 201(c), (d), (g), 205; INA § 301(b)"
  versions by statute_birth_date(p)
    from 1952-12-24: none "from the INA, `meets_every_ina_presence_rule`"
    from 1941-01-13 to 1952-12-24 cite "NA 1940 §§ 201(c), (d), (g), 205": met = na1940_201g(p, l.person) and (p.born.date >= 1952-10-10 or retention_kept(p, l))
    from 1934-05-24 to 1941-01-13 cite "Act of May 24, 1934; NA 1940 § 205": met = ever(l.person.residence & ending(p.born.date)) and retention_kept(p, l)
    until 1934-05-24 cite "R.S. § 1993; INA § 301(h); NA 1940 § 205": met = ever(l.person.residence & ending(p.born.date))
  holds when met
  // As for `citizen_mother_before_1934` (review of the change, test 1920-
  // citizen-mother-married-1915-husband-not-recorded-expatriation-act-open).
  review when p.born.date < 1941-01-13 and shown(l.person.married < 1922-09-22): "the mother married before 1922-09-22: under the Expatriation Act of 1907 a U.S. woman who married an alien lost her citizenship for the marriage, so she may not have been a citizen at the birth; the engine counts that loss only when the marriage covers the birth and the husband is shown to have been an alien (`expatriated_by_marriage_on`; decision 0100, gap 4)"

/// The child kept a citizenship subject to retention whatever the other
/// parent: retention met, or the citizen parent was abroad in government
/// or armed-forces service at the birth.
def retention_kept(p: Person, l: ParentLink) -> bool =
  retention_met(p)
    or (any s in l.person.service_abroad: s.kind in RETENTION_EXEMPT_SERVICE and on(s.period, p.born.date))

// ---------------------------------------------------------------------------
// Parents at the birth: in wedlock, or out of wedlock with paternity

/// The two parents are the child's parents at birth for these rules: born
/// in wedlock to them, or born out of wedlock and `l` is the father whose
/// paternity was established as the law in force at the birth requires.
// Review of 2026-11-29 (test citizenship/tests/review/
// a-2019-unwed-citizen-mother-1y-national-father-309a-301d): only a father
// could be the citizen parent of an unmarried pair, so a citizen mother and
// a national father who met § 309(a) never reached § 301(d): "not a
// citizen". § 309(a) makes § 301(c), (d), (e) and (g) apply to the child
// once the father's paternity is established, whichever parent is the
// citizen.
rule parents_at_birth(p: Person, l: ParentLink, m: ParentLink)
  cite "INA §§ 301, 309(a), (b); 8 U.S.C. §§ 1401, 1409(a), (b); USCIS PM Vol. 12, Pt. H, ch. 3"
  // § 309(a)(2) (1986): § 301 applies to a child born out of wedlock through
  // the father's paternity only if "the father had the nationality of the
  // United States at the time of the person's birth" (read in `new_309a`,
  // which only the births it governs use). Review of 2026-11-29
  // (test a-2010-unwed-citizen-mother-no-continuous-year-alien-father-
  // acknowledged): an alien father's acknowledgment brought the child of an
  // unwed citizen mother under § 301(g) (5 years, 2 after 14), so a mother
  // with nine years in stays of nine months, and no continuous year
  // (§ 309(c)), transmitted: "citizen". USCIS Nationality Chart 2.
  holds when parents_in_wedlock(p, l, m)
    or (is_father(p, l) and l.biological and born_out_of_wedlock_to_pair(p, l.person, m.person) and paternity_established(p, l))
    or (is_mother(p, l) and has_tie(l) and is_father(p, m) and m.biological
      and born_out_of_wedlock_to_pair(p, m.person, l.person) and paternity_established(p, m))

/// Born in wedlock to these two parents, each a parent at birth: a genetic
/// or gestational parent, or a legal parent married to the child's genetic
/// or gestational legal parent (assisted reproduction).
rule parents_in_wedlock(p: Person, l: ParentLink, m: ParentLink)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B; USCIS Policy Alert PA-2021-17 (Aug. 5, 2021); State Department announcement of May 18, 2021; USCIS PA-2024-21"
  holds when born_in_wedlock_to(p, l.person, m.person)
    and parent_in_wedlock(l, m)
    and parent_in_wedlock(m, l)

/// A parent of a child born in wedlock: a genetic or gestational parent, or
/// (2021 policy) a legal parent married to the child's genetic or
/// gestational legal parent.
rule parent_in_wedlock(l: ParentLink, m: ParentLink)
  cite "USCIS Policy Alert PA-2021-17 (Aug. 5, 2021); USCIS PM Vol. 12, Pt. H, ch. 2-3; State Department announcement of May 18, 2021"
  // safety: its `shown(...)` was reviewed: it only reads a genetic and
  // birth mother as a legal parent unless recorded otherwise (more routes,
  // never fewer)
  tag "safety:reviewed"
  // Review of 2026-11-29 (test mx-2000-texas-born-husband-biological-tie-
  // unknown-married-to-birth-mother): a woman recorded as both the genetic
  // and the birth mother, `legal` left blank, was of unknown legal status,
  // so the husband's route under the 2021 policy stayed open. Outside an
  // adoption (recorded apart), she is the legal mother at birth.
  holds when natural_link(l)
    and (has_tie(l) or (l.legal and (m.legal or (shown(m.biological and m.gestational) and not shown(not m.legal))) and has_tie(m)))
  review when not has_tie(l): "a parent without a genetic or gestational tie transmits only under the 2021 policy on assisted reproduction (a legal parent married to the child's genetic or gestational legal parent); the policy is applied whatever the birth date"

/// Parent link `l` is a natural parent's for the statutes on birth: not an
/// adoption alone. An adoption transmits nothing at birth (INA § 101(c)(1)
/// reads adopted children only for naturalization and derivation), but a
/// genetic or gestational parent who also adopted the child (to legitimate
/// it, or after a surrogacy) is still the natural parent.
// Planning note of 2026-11-30 (tests citizenship/tests/family/natural-
// parent-also-adoptive-*): every route at birth filtered `not l.adoptive`,
// so a citizen father recorded `biological: true, adoptive: true` was read
// as no parent at all and the child's § 301(g) / § 309(a) route was lost.
// (A `def`: it is read for every parent link of every route, and its
// explanation is the link's `adoptive` alone in the usual case.)
def natural_link(l: ParentLink) -> bool =
  if l.adoptive then adoptive_natural_parent(l) else true

/// An adoptive parent who is also the child's genetic or gestational
/// parent (recorded so).
// safety: its `shown(...)` was reviewed: an adoptive link counts as a
// natural parent's only when it is recorded genetic or gestational; an
// adoptive parent whose genetic tie is not recorded stays an adoptive
// parent, as the case format's `adoptive` says (the ordinary adoption),
// so no adoptee is asked whether the adopter is also the genetic parent.
// The adoption routes of derivation read `adoptive` directly and are kept.
rule adoptive_natural_parent(l: ParentLink)
  cite "INA §§ 101(c)(1), 301, 309; 8 U.S.C. §§ 1101(c)(1), 1401, 1409; USCIS PM Vol. 12, Pt. H, ch. 2"
  tag "safety:reviewed"
  holds when shown(l.biological) or shown(l.gestational)

/// A genetic or gestational tie to the child (a person of male sex is not
/// the gestational parent).
rule has_tie(l: ParentLink)
  cite "USCIS PM Vol. 12, Pt. H, ch. 2-3 (genetic or gestational parent)"
  holds when l.biological or (l.gestational and not (l.person.sex == "male"))

/// The child's mother (she gave birth, or is a female parent).
// Review of 2026-11-29 (tests abroad-1930-us-father-resided-rs1993,
// abroad-1931-us-mother-301h, abroad-2010-unwed-father-309a-met, abroad-
// 2017-06-11-unwed-mother-2y-309c): the published examples never write
// `sex`, and a parent recorded as having given birth, or the other parent
// of one who did, was of unknown role, so every rule that names a mother or
// a father stayed open. The roles are read as `derivation_mother_link` and
// `derivation_father_link` read them (`shown` identifies roles; it closes
// no route).
// A woman who gave birth but is recorded as no legal parent (a gestational
// surrogate) is not the mother who transmits (USCIS PM Vol. 12, Pt. H,
// ch. 2-3; review of the change, test roles-2018-us-citizen-gestational-
// surrogate-not-legal-parent-does-not-transmit).
// A parent shown to be the father (the other parent gave birth) is not the
// mother (review of 2026-11-29, tests a-1960-old-309a-legitimated-at-22,
// a-1990-unwed-father-no-309a-acts: with no `sex` recorded, the father of a
// child whose mother is recorded as genetic and birth mother was possibly
// the mother, so § 309(c) stayed open).
def is_mother(p: Person, l: ParentLink) -> bool =
  // Only a genetic parent whose co-parent is recorded as both the genetic
  // and the birth mother is shown to be the father: a child has one genetic
  // mother (review of the change, test 2019-art-unwed-genetic-parent-sex-
  // not-recorded-other-parent-gave-birth: a genetic parent whose co-parent
  // only gave birth may be a woman, so the sex is asked).
  not shown(l.biological
      and (any k in p.parents where not (k.person == l.person): k.biological and k.gestational)
      and not shown(l.person.sex == "female"))
    and ((l.gestational and not shown(l.person.sex == "male") and not shown(not l.legal))
      or l.person.sex == "female")

/// The child's father (a male parent).
def is_father(p: Person, l: ParentLink) -> bool = l.person.sex == "male" or derivation_father_link(p, l)

/// The two persons were married to each other on the child's birth date.
rule born_in_wedlock_to(p: Person, a: Person, b: Person)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B ('the legal parents are married to one another at the time of the child's birth'); decision 0101"
  // safety: its `shown(...)` was reviewed: only a recorded annulment after
  // the birth opens the answer (never closes a route)
  tag "safety:reviewed"
  // The marriage's `from` and `to` are read themselves, not its `period`:
  // a partial or unknown wedding date is then asked as `relations[i].from`
  // (the field an examiner names), not as a `period` the case format does
  // not have (review: a wedding in "1990", the child born 1990-06-15).
  // Closed-open, as `on(w.period, ...)`: married on the wedding day, not on
  // the day the marriage ended; `to: null` (ongoing) is never reached.
  // Review of 2026-11-29 (test citizenship/tests/review/
  // a-2020-divorce-decree-on-birth-date-citizen-father-5-2): a marriage ended
  // by a decree dated the day of the birth was read as over before it, a
  // harsher reading decision 0101 forbids; whether the birth came first
  // that day is not in the case, so it is left open.
  // An annulled marriage may have been void from the start (no wedlock,
  // unless local law saves the child's legitimacy) or only voidable (a
  // marriage until annulled): which, the case cannot say (review of
  // 2026-11-29, test acq-1997-marriage-later-annulled-citizen-mother-309c-
  // open; 8 FAM 304.1, void and voidable marriages). Only a recorded
  // annulment is read (`shown`); it only opens the answer.
  holds when (any w in a.marriages: w.spouse == b and w.from <= p.born.date
      and not (shown(w.ended_by == "annulment" and w.to > p.born.date) and annulled_marriage_open(p))
      and (not (w.to <= p.born.date) or ended_by_death_before_birth(p, a, w)
        or (w.to == p.born.date and not ended_by_death_before_birth(p, a, w) and marriage_end_on_birth_day_open(p))))
    or married_each_other_unrecorded(p, a, b)
  review when any w in a.marriages: w.spouse == b and w.from <= p.born.date and w.to <= p.born.date and ended_by_death_before_birth(p, a, w):
    "the marriage ended by a death before the birth: a posthumous child has the rights it would have had were the deceased parent alive at the birth (INA § 101(c)(2); 8 FAM 304.4), so the birth is read as in wedlock"

/// A marriage annulled after the birth: void from the start or voidable is
/// not in the case format.
rule annulled_marriage_open(p: Person)
  cite "8 FAM 304.1 (birth in wedlock: void and voidable marriages); USCIS PM Vol. 12, Pt. H, ch. 3.B"
  versions by p.born.date
    from 1700-01-01: not_encoded "the parents' marriage was annulled after the birth: if it was void from the start the child may have been born out of wedlock (unless local law keeps the child legitimate), if only voidable, in wedlock (question: relations)"
  holds when true

/// A marriage ended (by a decree) on the day of the birth: whether the birth
/// came before the decree is not in the case format.
rule marriage_end_on_birth_day_open(p: Person)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B; decision 0101"
  versions by p.born.date
    from 1700-01-01: not_encoded "the parents' marriage ended (by a decree or a death) on the day of the birth: whether the child was born before it (in wedlock) is not in the case (question: relations)"
  holds when true

/// A marriage that ended by a death before the child's birth: the child of
/// a widow is a posthumous child of the marriage.
// Added in review (test acq-posthumous-in-wedlock-no-309a-acts): a father
// who died three months before the birth, the marriage recorded as ended
// by his death, gave "not a citizen" (out of wedlock, § 309(a) demanded).
// INA § 101(c)(2) counts a deceased parent of a posthumous child, and 8 FAM
// 304.4(b) gives such a child "the same rights ... had the deceased U.S.
// citizen/national parent been alive at the time of their birth": the
// marriage would then have covered the birth. The case names the deceased
// as a parent; no gestation limit is read into it (the protective reading).
// Review of 2026-11-29 (test ow-2010-citizen-mother-widowed-before-birth-
// alien-father-309c): the reading was applied whoever died, so the child of a
// citizen mother widowed by an alien three months before the birth was born
// "in wedlock" and needed § 301(g)'s five years, where a divorce at the same
// time left § 309(c)'s one year. The rule exists for the deceased "U.S.
// citizen/national parent" (8 FAM 304.4(b)); the widow of an alien was not
// married at the birth (USCIS PM Vol. 12, Pt. H, ch. 3.B). So the spouse
// who died must have been a U.S. national the day before the marriage ended
// (`deceased_spouse_national`).
def ended_by_death_before_birth(p: Person, a: Person, w: Marriage) -> bool =
  // A national's death on the day of the birth leaves the birth in wedlock
  // whichever came first; another's is left open with a decree's (review
  // of the change, test ow-2010-citizen-mother-alien-husband-died-on-birth-
  // day-hour-unknown).
  w.ended_by == "death" and w.to <= p.born.date
    and deceased_spouse_national(p, a, w.spouse, w.to) and deceased_spouse_national(p, w.spouse, a, w.to)

/// Spouse `x` (married to `y`) of a marriage that ended by a death on day
/// `end`, before the birth of `p`: either `x` outlived it (shown alive then,
/// `y` shown to have died by then, or `p`'s birth mother, who gave birth
/// after it) or `x` was a U.S. national on the day before.
rule deceased_spouse_national(p: Person, x: Person, y: Person, end: date)
  cite "INA § 101(c)(2); 8 U.S.C. § 1101(c)(2); 8 FAM 304.4(b) ('had the deceased U.S. citizen/national parent been alive at the time of their birth')"
  // safety: its `shown(...)` was reviewed: it only identifies which spouse
  // survived (one shown alive at the end of the marriage); a spouse whose
  // survival is unknown must then have been a national for the posthumous
  // reading, which only ever read a birth as in wedlock
  tag "safety:reviewed"
  holds when shown(not (x.died <= end))
    or shown(y.died <= end)
    or shown(any l in p.parents where l.person == x: l.gestational)
    or national_on(x, end - 1 days)

/// The two persons were not married to each other on the child's birth
/// date: one of them had never married (or first married after the birth),
/// or no marriage between them covers the birth date (decision 0101).
rule born_out_of_wedlock_to_pair(p: Person, a: Person, b: Person)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B; decision 0101; 8 FAM 304.1"
  // safety: its `shown(...)` was reviewed: it only opens the out-of-wedlock
  // reading of a marriage that ended after the birth in a way not recorded
  // (it may have been annulled as void); the in-wedlock reading is untouched
  tag "safety:reviewed"
  // Review of the fifteenth session (test mm-marriage-ended-after-birth-
  // ended-by-unknown-309c-open): a marriage that ended after the birth with
  // `ended_by` not recorded was read as in wedlock only, so § 309(c) was
  // closed ("not a citizen"), though with `ended_by: annulment` it is open.
  // Read here, asymmetrically, so that a divorce left unrecorded does not
  // open every in-wedlock answer (`born_in_wedlock_to` still reads only a
  // recorded annulment).
  holds when if born_in_wedlock_to(p, a, b) then
      (ended_after_birth_how_unknown(p, a, b) and annulled_marriage_open(p))
    else (not (a.married <= p.born.date)
      or not (b.married <= p.born.date)
      or not born_in_wedlock_to(p, a, b))

/// A marriage of the two covering the birth ended after it, and how it
/// ended (divorce, death, annulment) is not recorded.
rule ended_after_birth_how_unknown(p: Person, a: Person, b: Person)
  cite "8 FAM 304.1 (void and voidable marriages)"
  // safety: its `shown(...)` was reviewed: only a marriage recorded as
  // ended after the birth, with no `ended_by`, is read; it only opens
  tag "safety:reviewed"
  holds when any w in a.marriages: w.spouse == b and shown(w.from <= p.born.date and w.to > p.born.date)
    and not shown(w.ended_by == "divorce" or w.ended_by == "death" or w.ended_by == "annulment")

/// Both parents are recorded as married by the birth (their own `married`
/// dates), and no marriage of either that began by then is recorded: whom
/// they married is not known, so they may have married each other.
// Review of 2026-11-29 (tests us-mother-5y-short-stays-both-parents-
// married-1992-no-marriage-relation, ina320-father-naturalized-2010-
// parents-married-same-day-no-marriage-relation): both parents' first
// marriage dated the same day before the birth, with no marriage relation,
// was read as a birth out of wedlock (decision 0101's convention reads a
// missing relation as "not married to each other"): "not a citizen". The
// convention stays for parents whose marriages are not recorded at all.
// safety: its `shown(...)` was reviewed: it only opens the wedlock question
// (more routes, never fewer)
rule married_each_other_unrecorded(p: Person, a: Person, b: Person)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B; decision 0101; spec/case-format.md (principle 1)"
  tag "safety:reviewed"
  holds when shown(a.married <= p.born.date) and shown(b.married <= p.born.date)
    and not shown(any w in a.marriages: w.from <= p.born.date)
    and not shown(any w in b.marriages: w.from <= p.born.date)
    and whom_married_unrecorded(p)

/// Whom the parents married is not recorded.
rule whom_married_unrecorded(p: Person)
  cite "decision 0101"
  versions by p.born.date
    from 1700-01-01: not_encoded "both parents were married by the birth, but no marriage relation says to whom: whether they were married to each other (in wedlock) is not known (question: relations)"
  holds when true

/// Born out of wedlock as far as parent `l` is concerned: `l` was not
/// married at the birth, or was not married to the child's other parent.
rule born_out_of_wedlock_to(p: Person, l: ParentLink)
  cite "USCIS PM Vol. 12, Pt. H, ch. 3.B; decision 0101"
  // safety: its `shown(...)` in `holds` only opens: the branch that uses it
  // makes the birth one out of wedlock (every reader adds a route with it)
  tag "safety:reviewed"
  // Added in review (test acq-1960-never-married-mother-1y-father-unknown):
  // a mother recorded as never married (`married: false`) whose child's
  // father is not named was left open, the other parent being unknown. A
  // parent not married at the birth, with no marriage of theirs covering
  // it, was not married to anyone then: out of wedlock, whoever the other
  // parent is.
  // Review of 2026-11-30, ninth session (tests 309c-2010-married-mother-
  // husband-not-a-parent-out-of-wedlock, -genetic-father-named-husband-
  // recorded-non-parent, -husband-biological-false-legal-unknown,
  // na1940-205-1946-married-mother-husband-recorded-non-parent: "not a
  // citizen"): any other parent link counted, so a mother married to a man
  // recorded as no parent of the child (or as no genetic parent) was read
  // as giving birth in wedlock, which closed § 309(c) and NA 1940 § 205,
  // while § 301(g) rejected him as no parent: every route closed. Only
  // another genetic or gestational parent makes the birth one in wedlock
  // here: the earlier reading of the State Department and the courts (the
  // child's genetic parents were married to each other). Since 2021 USCIS
  // (PA-2021-17) and the State Department also call in wedlock a birth to
  // a legal parent without a tie married to the genetic or gestational
  // parent, a reading adopted to let that parent transmit; against the
  // genetic parent (a mother with fewer than § 301(g)'s five years) it
  // closes § 309(c), and whether it may is unsettled. The earlier reading is
  // kept where it adds a route (every reader of this rule adds one), the
  // 2021 reading where it does (`parent_in_wedlock`), and the difference is
  // flagged (review of the change, test 2015-art-donor-sperm-married-
  // mother-17-months-in-wedlock-301g, which expects the 2021 reading).
  // Thirteenth session (decision 0003 amended: a link recorded as no
  // genetic, gestational or legal parent no longer fills one of the
  // child's two parent slots, so the genetic father stays unnamed): a
  // parent whose every recorded marriage covering the birth is to someone
  // recorded as a parent of the child without a tie was not married to the
  // child's other genetic parent, whoever that is (test 309c-2010-married-
  // mother-husband-not-a-parent-out-of-wedlock). `shown` only opens: a
  // spouse not shown to be such a parent leaves this branch unmet. A spouse
  // whose link records no tie at all is in `p.not_parents` (facts.rs).
  holds when (not (l.person.married <= p.born.date)
      and not (any w in l.person.marriages: w.from <= p.born.date and not (w.to <= p.born.date)))
    or (shown(any w in l.person.marriages: w.from <= p.born.date and not (w.to <= p.born.date))
      and not (any w in l.person.marriages: w.from <= p.born.date and not (w.to <= p.born.date)
        and not shown(any m in p.parents where m.person == w.spouse: not has_tie(m))
        and not (any x in p.not_parents: x == w.spouse)))
    // A marriage that ended after the birth in a way not recorded may have
    // been annulled as void (`born_out_of_wedlock_to_pair`).
    or (if (any m in p.parents where natural_link(m) and not (m.person == l.person) and has_tie(m): born_in_wedlock_to(p, l.person, m.person))
      then (any m in p.parents where natural_link(m) and not (m.person == l.person) and has_tie(m):
        ended_after_birth_how_unknown(p, l.person, m.person)) and annulled_marriage_open(p)
    else (not (l.person.married <= p.born.date)
      or not (any m in p.parents where natural_link(m) and not (m.person == l.person) and has_tie(m):
        not born_out_of_wedlock_to_pair(p, l.person, m.person))))
  // `shown`: only a marriage and a legal parent without a tie that are
  // recorded raise the flag (review of the change: an unnamed father or
  // unrecorded ties raised it for never-married mothers).
  review when shown(any m in p.parents where natural_link(m) and not (m.person == l.person) and m.legal and not has_tie(m): born_in_wedlock_to(p, l.person, m.person)): "the parent was married at the birth to a legal parent of the child who is not a genetic or gestational parent: read as a birth out of wedlock (the genetic parents were not married to each other), which may be contested under USCIS's 2021 policy (PA-2021-17: the legal parents married to each other, one of them a genetic or gestational parent)"

/// The father of a child born out of wedlock established paternity as the
/// law in force at the birth requires.
rule paternity_established(p: Person, l: ParentLink)
  cite "INA § 309(a), (b); 8 U.S.C. § 1409(a), (b); NA 1940 § 205; R.S. § 1993; Pub. L. 99-653 §§ 13, 23(e); Pub. L. 100-525 § 8(r)"
  versions by statute_birth_date(p)
    from 1986-11-14 cite "INA § 309(a) as amended by Pub. L. 99-653 § 13": met = new_309a(p, l)
    from 1952-12-24 to 1986-11-14 cite "former and new INA § 309(a); Pub. L. 99-653 § 23(e) as amended by Pub. L. 100-525 § 8(r)": met = (old_309a_available(p, l) and old_309a(p, l)) or (p.born.date >= 1968-11-15 and new_309a(p, l))
    from 1941-01-13 to 1952-12-24 cite "NA 1940 § 205; INA § 309(b)": met = l.legitimated <= anniversary(p.born.date, 21) or l.paternity_adjudicated <= anniversary(p.born.date, 21)
    until 1941-01-13 cite "R.S. § 1993; Act of May 24, 1934 (legitimation at any time under the law of the father's domicile)": met = l.legitimated <= as_of()
  holds when met
  // Review of 2026-11-29 (test ow-1946-legitimated-on-21st-birthday-
  // counted-without-flag): the flag of `old_309a` was missing for the 1941-
  // 1952 births ("during minority", NA 1940 § 205; "under twenty-one", § 309(b)).
  review when shown(statute_birth_date(p) >= 1941-01-13 and statute_birth_date(p) < 1952-12-24
      and (l.legitimated == anniversary(p.born.date, 21) or l.paternity_adjudicated == anniversary(p.born.date, 21))):
    "paternity was established on the 21st birthday: counted as during minority (decision 0202, by analogy); at common law a person reached an age the day before the birthday, so this is not settled"
  // Review of 2026-11-30 (test h-mx-1947-unwed-father-paternity-
  // adjudicated-1960-not-legitimated): ILRC Chart B counts a court's
  // adjudication for these births only before 1952-12-24, when § 205 was
  // repealed (§ 309(b) reads "by legitimation"); the earlier review (test
  // ow-1952-11-paternity-adjudicated-at-4-na1940-205-no-retention) read
  // § 205 through the savings clause (§ 405). Unsettled: the protective
  // reading stays, flagged.
  review when shown(statute_birth_date(p) >= 1941-01-13 and statute_birth_date(p) < 1952-12-24
      and l.paternity_adjudicated >= 1952-12-24 and not (l.legitimated <= anniversary(p.born.date, 21))):
    "paternity rests on a court's adjudication after 1952-12-24, when NA 1940 § 205 was repealed: INA § 309(b) reads only 'by legitimation', and ILRC Chart B counts an adjudication only before 1952-12-24; the engine counts it through the savings clause (INA § 405), the protective reading"

/// Former INA § 309(a): paternity established by legitimation while the
/// child was under 21.
rule old_309a(p: Person, l: ParentLink)
  cite "INA § 309(a) (1952), 66 Stat. 238; 7 FAM 1133.4-2"
  quote "if the paternity of such child is established while such child is under the age of twenty-one years by legitimation"
  holds when l.legitimated <= anniversary(p.born.date, 21)
  review when l.legitimated == anniversary(p.born.date, 21): "the legitimation was on the 21st birthday: counted as while under 21 (decision 0202, by analogy), which no authority on § 309(a) settles"

/// Which children born before 1986-11-14 may use former § 309(a): those 18
/// or older on 1986-11-14 (born on or before 1968-11-14), those 15 to 17 who
/// elect it (born 1968-11-15 to 1971-11-14), and younger children whose
/// paternity was established by legitimation before 1986-11-14.
rule old_309a_available(p: Person, l: ParentLink)
  cite "Pub. L. 99-653 § 23(e), as amended by Pub. L. 100-525 § 8(r); Miller v. Albright, 523 U.S. 420, 426 n.3 (1998); ILRC Chart B; decision 0104"
  holds when p.born.date <= 1971-11-14 or l.legitimated < 1986-11-14
  review when p.born.date >= 1968-11-14 and p.born.date <= 1968-11-15: "born at the edge of the 1986 transition brackets; the exact wording of Pub. L. 99-653 § 23(e) / Pub. L. 100-525 § 8(r) was not verified (decision 0104)"

/// Current INA § 309(a): blood relationship by clear and convincing
/// evidence; the father's written agreement to support the child until 18
/// (unless he is dead); and, while the child is under 18, legitimation, a
/// sworn acknowledgment of paternity or a court adjudication; and the father
/// a U.S. national at the birth (§ 309(a)(2)).
// The nationality condition sits here, not in `parents_at_birth` (review of
// 2026-11-29, tests old-309a-*): former § 309(a) (1952) and NA 1940 § 205
// have no such condition, so a child legitimated by an alien father before
// 1986 could take the § 301(a)(7) citizenship of the mother; reading the
// condition for every birth made such children "not a citizen".
rule new_309a(p: Person, l: ParentLink)
  cite "INA § 309(a); 8 U.S.C. § 1409(a); USCIS PA-2018-01; decision 0202 (a condition met on the 18th birthday counts)"
  quote "(1) a blood relationship between the person and the father is established by clear and convincing evidence, (2) the father had the nationality of the United States at the time of the person's birth, (3) the father (unless deceased) has agreed in writing to provide financial support for the person until the person reaches the age of 18 years, and (4) while the person is under the age of 18 years (A) the person is legitimated under the law of the person's residence or domicile, (B) the father acknowledges paternity of the person in writing under oath, or (C) the paternity of the person is established by adjudication of a competent court"
  holds when blood_relationship_309a(p, l)
    and national_on(l.person, p.born.date)
    and (l.support_agreement or l.person.died <= as_of())
    and (l.legitimated <= earliest(anniversary(p.born.date, 18), as_of())
      or l.paternity_acknowledged_under_oath <= earliest(anniversary(p.born.date, 18), as_of())
      or l.paternity_adjudicated <= earliest(anniversary(p.born.date, 18), as_of()))
  // "Unless deceased" is read as it is written: a father dead when the
  // question is asked needs no support agreement (protective).
  // Time review (law/citizenship/tests/time/): a sworn acknowledgment (or a
  // legitimation or adjudication) dated after `as_of` made a child of 10
  // a citizen on `as_of`. The child acquires citizenship (from birth) only
  // once the act is done; one set for a later day is not yet a fact
  // (spec: `as_of`; decision 0007), as for a naturalization oath.
  review when shown(not l.support_agreement) and shown(l.person.died > anniversary(p.born.date, 18)): "the father died after the child turned 18 without a written support agreement; the engine reads 'unless deceased' literally (protective)"
  // Review of 2026-11-29 (tests citizenship/tests/review/a-2000-*-309a-*):
  // an act on the 18th birthday, or on the day after Feb 28 for a Feb 29
  // child, counted without the flag decisions 0202 and 0103 ask for.
  // The act must be shown on that day: an act not recorded is no act on the
  // 18th birthday (review of 2026-11-29, test 309a-acknowledged-at-six-
  // months-no-18th-birthday-issue-no-flag: absent `legitimated` and
  // `paternity_adjudicated` raised this flag for an acknowledgment at six
  // months). `shown` here selects a flag; it changes no answer.
  review when shown(l.legitimated == anniversary(p.born.date, 18)) or shown(l.paternity_acknowledged_under_oath == anniversary(p.born.date, 18)) or shown(l.paternity_adjudicated == anniversary(p.born.date, 18)):
    "the act establishing paternity was done on the 18th birthday: counted as done while under 18 (decision 0202, by analogy with USCIS PA-2024-21), which no authority on § 309(a) settles"
  review when p.born.date == anniversary_feb28(p.born.date, 0) and not (anniversary(p.born.date, 18) == anniversary_feb28(p.born.date, 18)) and (shown(l.legitimated == anniversary(p.born.date, 18)) or shown(l.paternity_acknowledged_under_oath == anniversary(p.born.date, 18)) or shown(l.paternity_adjudicated == anniversary(p.born.date, 18))):
    "a child born on Feb 29: the 18th birthday is read as Mar 1 in a common year, so an act on Mar 1 counts (decision 0103, the protective reading)"

/// § 309(a)(1): the blood relationship is established by clear and
/// convincing evidence. The statute sets no time for establishing it (only
/// (a)(4) is tied to the age of 18), and DNA evidence may be produced when
/// the claim is decided: `blood_relationship_proven: false` means "not
/// established yet", which leaves the route open for a father who is, or may
/// be, the biological father. Review of 2026-11-30, twelfth session (test
/// mf-x01-309a-blood-relationship-not-yet-proven-biological-father: "not a
/// citizen" for a biological father's child whose family answered "no"
/// because no DNA test had been done).
rule blood_relationship_309a(p: Person, l: ParentLink)
  cite "INA § 309(a)(1); 8 U.S.C. § 1409(a)(1); 7 FAM 1133.4-2"
  // safety: its `shown(...)` was reviewed: it only selects when the open
  // rule (and its flag) is read; a proof not recorded is open either way
  tag "safety:reviewed"
  holds when l.blood_relationship_proven
    or (shown(not l.blood_relationship_proven) and l.biological and blood_relationship_not_yet_established(l, p.born.date))

/// A blood relationship recorded as not (yet) established.
rule blood_relationship_not_yet_established(l: ParentLink, born: date)
  cite "INA § 309(a)(1); 8 U.S.C. § 1409(a)(1); 7 FAM 1133.4-2"
  versions by born
    from 1700-01-01: not_encoded "the father's blood relationship to the child is recorded as not proven: § 309(a)(1) sets no time for establishing it by clear and convincing evidence (DNA evidence may be produced when the claim is decided), so the route stays open (question: @.blood_relationship_proven)"
  holds when true

/// INA § 309(b): a child born out of wedlock 1941-01-13 to 1952-12-23 and
/// legitimated by the citizen father while under 21 is under INA § 301(g)
/// (10 years of physical presence, 5 after 14).
rule ina_309b(p: Person, l: ParentLink, m: ParentLink)
  cite "INA § 309(b); 8 U.S.C. § 1409(b)"
  quote "the provisions of section 301(a)(7) shall apply to a child born out of wedlock on or after January 13, 1941, and prior to the effective date of this Act, as of the date of birth, if the paternity of such child is established before or after the effective date of this Act and while such child is under the age of twenty-one years by legitimation"
  holds when is_father(p, l)
    and born_out_of_wedlock_to_pair(p, l.person, m.person)
    and l.legitimated <= anniversary(p.born.date, 21)
    and presence_301g(p, l.person, 3650 days, 10 years, 1825 days, 5 years)
  review when shown(l.legitimated == anniversary(p.born.date, 21)):
    "the legitimation was on the 21st birthday: counted as while under twenty-one (decision 0202, by analogy), which no authority on § 309(b) settles"

// ---------------------------------------------------------------------------
// Nationality Act of 1940 and 8 U.S.C. § 1401a

/// NA 1940 § 201(g): the citizen parent had ten years' residence in the
/// United States or an outlying possession before the birth, five after 16.
rule na1940_201g(p: Person, a: Person)
  cite "NA 1940 § 201(g), 54 Stat. 1138; 8 FAM 301.6-2"
  quote "has had ten years' residence in the United States or one of its outlying possessions, at least five of which were after attaining the age of sixteen years, the other being an alien"
  holds when residence_years(a, p.born.date, 3650 days, 10 years, 16, 1825 days, 5 years)

/// NA 1940 § 201(i) (Act of July 31, 1946): a citizen parent who served
/// honorably in the U.S. armed forces from 1941-12-07 to 1946-12-31 needs
/// ten years' residence, five after 12.
rule na1940_201i(p: Person, a: Person)
  cite "NA 1940 § 201(i), as added by the Act of July 31, 1946, 60 Stat. 721; Matter of A-, 3 I&N Dec. 17 (A.G. 1947) (service may follow the birth)"
  holds when residence_years(a, p.born.date, 3650 days, 10 years, 12, 1825 days, 5 years)
    and served_in_armed_forces(a, 1941-12-07, 1947-01-01)
  review when true: "NA 1940 § 201(i): the exact statutory window (service from 1941-12-07 to the end of hostilities, 1946-12-31) is from secondary sources (decision 0100, UNCERTAIN)"

/// 8 U.S.C. § 1401a: a child born abroad before 1952-12-24 of a citizen
/// parent who served in the U.S. armed forces from 1947-01-01 to 1952-12-23
/// and who does not qualify under NA 1940 § 201(g) or (i) is a citizen if
/// INA § 301(g) (10 years of physical presence, 5 after 14) is met.
rule usc_1401a(p: Person, a: Person)
  cite "8 U.S.C. § 1401a; INA § 301(a)(7) (1952)"
  holds when presence_301g(p, a, 3650 days, 10 years, 1825 days, 5 years)
    and served_in_armed_forces(a, 1947-01-01, 1952-12-24)
  review when true: "8 U.S.C. § 1401a: whether the § 301(g) proviso (service counted as presence) applies is uncertain (decision 0100, Step 2)"

/// The parent served honorably in the U.S. armed forces during the window.
/// Service inside the United States cannot be stated in a case, so unless
/// honorable service abroad in the window is recorded the answer stays open.
rule served_in_armed_forces(a: Person, start: date, end: date)
  cite "NA 1940 § 201(i); 8 U.S.C. § 1401a; decision 0100 (gap 2)"
  // A parent who died before the window opened served in none of it
  // (fourteenth session, review test g-na1940-1941-06-father-residence-
  // 1824-days-after-16th-died-before-pearl-harbor-not-citizen: service in
  // the United States from 1941-12-07 was asked of a father dead since
  // October 1941).
  holds when if (any s in a.service_abroad: s.kind == "us_armed_forces" and s.honorable and ever(s.period & window(start, end)))
    then true
    else not (a.died < start) and armed_forces_service_in_us_unknown(a)

/// Service in the U.S. armed forces inside the United States is not a fact
/// the case format can hold: open.
rule armed_forces_service_in_us_unknown(a: Person)
  cite "decision 0100 (gap 2)"
  versions by as_of()
    // The question names the parent's service, the nearest fact the case
    // holds (review of 2026-11-29, sixth session, test sib-abroad-father-
    // born-1952-12-23-na1940-1401a-open: undetermined with nothing asked).
    from 1700-01-01: not_encoded "U.S. armed-forces service inside the United States cannot be stated in a case (only service abroad); NA 1940 § 201(i) and 8 U.S.C. § 1401a turn on any such service (question: @.service_abroad)"
  holds when true

// ---------------------------------------------------------------------------
// Retention (children of one citizen and one alien parent, 1934-1952)

/// The child kept the citizenship acquired under the 1934 Act or NA 1940
/// § 201(g)/(i) (or 8 U.S.C. § 1401a): no retention rule applied, the child
/// was exempt, or met one of the retention rules. A failure is never final
/// here: constructive retention turns on facts a case cannot hold.
rule retained(p: Person, a: Person, b: Person)
  cite "NA 1940 § 201(g), (h); INA § 301(b), (c) (1952); Pub. L. 92-584 (1972); Pub. L. 95-432 (1978); 8 FAM 307.1; USCIS PM Vol. 12, Pt. H, ch. 3; decision 0102"
  versions by p.born.date
    from 1952-10-11 cite "Pub. L. 95-432 (births after 1952-10-10)": required = false
    from 1952-10-10 to 1952-10-11 cite "8 FAM 307.1-1 (births on or after 1952-10-10)": required = false
    until 1952-10-10: required = true
  holds when if not required or retention_exempt(p, a, b) or retention_met(p) then true else retention_failure_open(p)
  review when p.born.date == 1952-10-10: "born on 1952-10-10: the State Department exempts births on that day from retention (8 FAM 307.1-1 'on or after'), USCIS only births after it (PM 12.H.3 'after'); the engine takes the protective reading (decision 0102)"
  // Review of 2026-11-30 (test ret-1949-10-27-turned-23-on-day-1972-
  // amendment-enacted-flagged): a person who turned 23 on the day Pub. L.
  // 92-584 was signed is read as reached by it (`retention_met`, protective),
  // but whether the loss "on attaining 23" came before the Act that day is
  // unsettled. (The flag is raised here: `retention_met` is read in a
  // condition, whose own flags the answer does not show.)
  review when required and anniversary(p.born.date, 23) == 1972-10-27
    and not retention_exempt(p, a, b)
    and not (longest_run(retention_presence(p) & window(anniversary_feb28(p.born.date, 14), anniversary(p.born.date, 28)), 365 days, anniversary(p.born.date, 23)) >= 1825 days):
    "the person turned 23 on 1972-10-27, the day Pub. L. 92-584 was enacted: the engine reads the 1972 two-year rule as reaching a person whose citizenship would otherwise have been lost that day; whether the loss came first is unsettled"

/// The retention requirement did not apply: at the birth the citizen parent
/// was employed abroad by the U.S. Government, an international
/// organization or the armed forces; or the alien parent naturalized and
/// the child began to reside in the United States before 18.
rule retention_exempt(p: Person, a: Person, b: Person)
  cite "NA 1940 § 201(g) second proviso; 8 FAM 307.1; USCIS Nationality Chart 1"
  holds when (any s in a.service_abroad: s.kind in RETENTION_EXEMPT_SERVICE and on(s.period, p.born.date))
    or (b.naturalized.date < anniversary(p.born.date, 18)
      and ever(p.residence & ending(anniversary(p.born.date, 18))))

/// One of the retention rules was met: (i) five years' residence in the
/// United States between 13 and 21 (Nationality Act of 1940), kept by the
/// INA only for a person who had taken up residence here before 16 and
/// before 1952-12-24; (ii) coming before 23 and five years' continuous
/// physical presence between 14 and 28 (INA § 301(b), 1952), absences of
/// less than twelve months in the aggregate not breaking it (1957); (iii)
/// two years' continuous physical presence between 14 and 28, absences of
/// less than sixty days in the aggregate not breaking it (1972), for a person
/// who had not lost citizenship under (ii) before 1972-10-27; (iv) still
/// completing (iii) when the requirement was repealed (1978-10-10).
// Changed in the review of 2026-11-29 (tests citizenship/tests/review/ret-*):
// - (i) counted five years' residence whenever it began. INA § 301(c) (1952)
//   kept the 1940 Act's rule only for a person "who, prior to the effective
//   date of this Act, has taken up a residence in the United States before
//   attaining the age of sixteen years" (USCIS Nationality Chart 1): a child
//   who came in 1958 needed § 301(b).
// - (ii) did not ask that the person came before 23, and (ii) and (iii)
//   counted only one unbroken run: a 26-day trip abroad inside five years
//   left the answer open. The Act of Sept. 11, 1957, § 16 (Pub. L. 85-316)
//   and Pub. L. 92-584 (1972) say absences of less than twelve months, and
//   of less than sixty days, in the aggregate do not break continuity
//   (Matter of M-, 7 I&N Dec. 646 (1958): 26 days).
// - (iii) accepted anyone present on 1972-10-26. It did not revive a
//   citizenship already lost (8 FAM 307.1-1; decision 0102 § 4): it applies
//   to a person under 23 on 1972-10-27, or one who had come before 23 and
//   was still continuously present (with the 1957 allowance) then.
rule retention_met(p: Person)
  cite "NA 1940 § 201(g) proviso; INA § 301(b), (c) (1952); Act of Sept. 11, 1957, § 16, Pub. L. 85-316; Pub. L. 92-584 (Oct. 27, 1972); Pub. L. 95-432 (Oct. 10, 1978); 8 FAM 307.1; USCIS Nationality Chart 1; Matter of Szajlai (Assistant Commissioner, Oct. 5, 1962; volume and page not verified); decision 0102"
  let window_14_28 = window(anniversary_feb28(p.born.date, 14), anniversary(p.born.date, 28))
  holds when (total(p.residence & window(anniversary_feb28(p.born.date, 13), anniversary(p.born.date, 21))) >= 1825 days
      and ever(p.residence & ending(earliest(1952-12-24, anniversary(p.born.date, 16)))))
    or longest_run(retention_presence(p) & window_14_28, 365 days, anniversary(p.born.date, 23)) >= 1825 days
    or (longest_run(retention_presence(p) & window_14_28, 60 days, anniversary(p.born.date, 28)) >= 730 days
      and (1972-10-27 <= anniversary(p.born.date, 23)
        // Still completing (ii) on 1972-10-26: a stretch begun before 23
        // that reaches that day (every later day is added, so only such a
        // stretch is unbounded).
        or longest_run((p.presence & starting(anniversary_feb28(p.born.date, 14))) | starting(1972-10-27), 365 days, anniversary(p.born.date, 23)) >= 1000000 days))
    // (iv) Review of the fifteenth session (test ret78-born-1951-mid-two-
    // year-stay-on-repeal-day-left-1979-retained: `undetermined`): Pub. L.
    // 95-432 repealed the retention requirement from 1978-10-10 and "did not
    // restore citizenship to those whose citizenship had already ceased"
    // (8 FAM 307.1-1(b)). The exemption of births after 1952-10-10 describes
    // who could not yet have lost (under 26, two years could still be
    // completed before 28); a person born earlier who had come before 26
    // and was still continuously present (the 1972 allowance) on the day of
    // the repeal had not lost either, and kept the citizenship.
    or (1978-10-10 < anniversary(p.born.date, 28)
      and longest_run((retention_presence(p) & starting(anniversary_feb28(p.born.date, 14))) | starting(1978-10-11), 60 days, anniversary(p.born.date, 26)) >= 1000000 days)

/// The days the person counts as physically present for INA § 301(b)
/// retention: presence in the United States, and honorable service abroad
/// in its armed forces (constructive physical presence).
// Review of 2026-11-29 (test ret-1936-szajlai-army-service-abroad-
// constructive-presence): on the facts of Matter of Szajlai (A.C.
// Oct. 5, 1962), a person who came at 22 and then served 19 months
// overseas in the U.S. Army within the five years was left open; the
// decision holds such service is constructive physical presence and the
// citizenship retained.
def retention_presence(p: Person) -> timeline =
  p.presence | (union s in p.service_abroad where s.kind == "us_armed_forces" and s.honorable: s.period)

/// Retention was not shown to be met: whether citizenship was lost is left
/// open (constructive retention, Matter of Yanez-Carrillo; regaining by the
/// INA § 324(d) oath counts from the oath, see `regained_citizenship`).
rule retention_failure_open(p: Person)
  cite "Matter of Yanez-Carrillo, 10 I&N Dec. 366 (BIA 1963); Matter of Navarrete, 12 I&N Dec. 138 (BIA 1967); INA § 324(d); 8 U.S.C. § 1435(d); decision 0102"
  versions by as_of()
    from 1700-01-01: not_encoded "the retention requirement was not shown to be met; loss is not final: constructive retention (the person did not know of the claim) depends on facts the case format cannot hold, and an INA § 324(d) oath restores citizenship from the oath"
  holds when true

// ---------------------------------------------------------------------------
// Residence and presence of the citizen parent before the birth

/// The parent had resided in the United States (or an outlying possession)
/// before the birth. Where the case gives no residence, presence stands in
/// for it (decision 0005) and the answer is flagged.
rule resided_before(a: Person, d: date)
  cite "R.S. § 1993; Act of May 24, 1934; NA 1940 §§ 201, 205; INA § 301(c); INA § 101(a)(33); 8 U.S.C. § 1101(a)(33)"
  holds when ever(a.residence & ending(d))
  review when not a.residence_given: "the parent's residence was not given; physical presence was taken for residence (decision 0005). Residence is the principal dwelling place (INA § 101(a)(33)); a visit is not a residence"

/// The parent's residence before the birth meets a "N years, M after age
/// K" rule (NA 1940).
def residence_years(a: Person, d: date, floor: duration, full: duration, age: number, floor_after: duration, full_after: duration) -> bool =
  years_met(a.residence & ending(d), floor, full)
    and years_met(a.residence & ending(d) & starting(anniversary_feb28(a.born.date, age)), floor_after, full_after)

/// INA § 301(g): the citizen parent's physical presence before the birth
/// meets "N years, M after 14", counting honorable armed-forces service,
/// U.S. Government or international-organization employment abroad, and
/// periods abroad as such a person's dependent (the 1966 proviso, effective
/// for births from 1952-12-24).
rule presence_301g(p: Person, a: Person, floor: duration, full: duration, floor_after: duration, full_after: duration)
  cite "INA § 301(g) and proviso; 8 U.S.C. § 1401(g); Pub. L. 89-770 (1966); 32 C.F.R. § 584.5; decision 0100 (Step 2), 0103"
  quote "any periods of honorable service in the Armed Forces of the United States, or periods of employment with the United States Government or with an international organization as that term is defined in section 288 of title 22 by such citizen parent, or any periods during which such citizen parent is physically present abroad as the dependent unmarried son or daughter and a member of the household of a person (A) honorably serving with the Armed Forces of the United States, or (B) employed by the United States Government or an international organization as defined in section 288 of title 22, may be included in order to satisfy the physical-presence requirement of this paragraph"
  holds when presence_years(a.presence | (union s in a.service_abroad: counted_service(a, s)), a, p.born.date, floor, full, floor_after, full_after)

/// Presence (with counted service) before the birth meets "N years, M after
/// 14". "After 14" counts from the 14th birthday, a Feb 29 birthday falling
/// on Feb 28 (the reading that counts more days, decision 0103).
def presence_years(t: timeline, a: Person, d: date, floor: duration, full: duration, floor_after: duration, full_after: duration) -> bool =
  years_met(t & ending(d), floor, full)
    and years_met(t & ending(d) & starting(anniversary_feb28(a.born.date, 14)), floor_after, full_after)

/// A period of service abroad that the § 301(g) proviso counts as presence
/// (none if it does not count; unknown days if that is unknown).
// Review of 2026-11-29 (test a-1991-mother-dependent-period-after-her-
// marriage-not-counted): a mother's whole dependent period abroad was
// counted, though she married during it. The proviso counts a period abroad
// "as the dependent unmarried son or daughter and a member of the household"
// of the serving person: only the days she was unmarried
// (`unmarried_days`, INA § 101(a)(39)).
// When the parent's own first-marriage date is not recorded, the days in no
// recorded marriage count (review of the change, test a-1993-mother-
// dependent-abroad-from-birth-to-13-first-marriage-1992: an unknown
// `married` left every dependent day open, though the one recorded
// marriage came years after the period).
// safety: its `shown(...)` was reviewed: it only chooses which record of
// the marriages to read (the recorded first-marriage date when there is
// one, else the recorded marriages); it closes no route by itself
def counted_service(a: Person, s: Service) -> timeline =
  if service_counts_as_presence(s) then
    (if s.kind == "dependent_of_service_member"
      then s.period & (if shown(a.married <= as_of() or a.married > as_of()) then unmarried_days(a) else complement_of_marriages(a))
      else s.period)
  else no_days()

/// Service abroad that the § 301(g) proviso counts: U.S. Government or
/// international-organization employment, dependent periods, and honorable
/// armed-forces service.
rule service_counts_as_presence(s: Service)
  cite "INA § 301(g) proviso; 8 U.S.C. § 1401(g); 22 U.S.C. § 288"
  holds when s.kind in SERVICE_COUNTED_AS_PRESENCE
    or (s.kind == "us_armed_forces" and s.honorable)

/// The longest continuous stay in `t` reaches one year (365 days).
// Review of 2026-11-30, tenth session (test c309-1975-mother-365-days-
// spanning-leap-day): the continuous year of §§ 301(d), 309(c) was met at
// 365 days with no flag, while `years_met` flags a count that falls short
// of a calendar year under another convention (decision 0103).
rule continuous_year_met(t: timeline)
  cite "INA §§ 301(d), 309(c); 8 U.S.C. §§ 1401(d), 1409(c); decision 0103 (counting physical presence)"
  // safety: its `shown(...)` was reviewed: it only limits the flag to a
  // stay known to be 365 days long (an unknown presence is asked, not
  // flagged); the answer is the same
  tag "safety:reviewed"
  holds when longest(t) >= 365 days
  review when shown(longest(t) < 366 days): "the continuous stay is exactly 365 days, which is a calendar year only where it spans no Feb 29: no authority fixes the day-count convention; the engine takes the protective reading (decision 0103)"

/// A number of days meets "N years": at least 365 × N days (fewer is short
/// under every convention). Between that floor and N calendar years the
/// answer is yes and flagged (decision 0103).
// Review of 2026-11-30 (test 301g-father-1826-days-single-stay-across-two-
// leap-days-short-of-calendar-flagged): N calendar years hold up to
// ⌈N/4⌉ leap days (five years from 1988-01-01 run 1,827 days), one more
// than `N years` counts (365 × N + ⌊N/4⌋), so the flag reaches one day
// further: 1,826 days over two leap days are short of five calendar years.
rule years_met(t: timeline, floor: duration, full: duration)
  cite "decision 0103 (counting physical presence)"
  holds when total(t) >= floor
  review when total(t) < full + 1 day: "the days counted reach 365 per year but fall short of that many calendar years: no authority fixes the day-count convention; the engine takes the protective reading (decision 0103)"

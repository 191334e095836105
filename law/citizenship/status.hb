// The entry points: is a person a U.S. citizen, a U.S. national, and since
// when. The routes themselves live in the other files of this folder.
//
// Protective design: every route that is not known to fail keeps the answer
// open. A loss of citizenship counts only when it is shown (the government
// bears the burden: INA § 349(b), 8 U.S.C. § 1481(b)).

/// A person is a U.S. citizen: some route to citizenship holds and the
/// citizenship was not lost.
rule citizen(p: Person)
  cite "INA § 101(a)(22); 8 U.S.C. § 1101(a)(22); U.S. Const. amend. XIV, § 1"
  tag "status:citizen"
  holds when (citizen_by_some_route(p) and not lost_citizenship(p))
    or citizen_again_after_loss(p)
    or repatriated_after_loss(p)
  unless asserted_not_citizen(p) and not wife_of_citizen_before_1922_by(p, as_of()) cite "spec: a relative's status asserted with evidence is taken as a fact"
  // Decision 0105 asks for this flag; it was raised only while the CLN was
  // unknown (review of 2026-11-29, test loss-foreign-naturalization-with-
  // intent-cln-false-review-flag). `shown` selects a flag, no answer.
  review when shown(any e in p.expatriation: e.voluntary and e.intent_to_relinquish) and shown(not present(p.cln)):
    "a voluntary expatriating act with intent to relinquish is recorded, but no Certificate of Loss of Nationality: loss results from the act itself (INA § 356), the CLN only records it (§ 358); the engine keeps citizenship until a loss is shown approved (decision 0105)"

/// Citizenship was lost, and the person later became a citizen again by
/// naturalization (`since` = the new oath).
// Added in the `since` review (test citizenship/tests/since/
// s-lost-then-naturalized-again): any loss ended every route, so a person
// who renounced and was naturalized anew years later was answered "not a
// citizen". A former citizen who lost citizenship is an alien and may
// naturalize like any other (INA § 316; 8 U.S.C. § 1427); the new
// citizenship runs from the new oath (8 C.F.R. § 337.9(a)).
// Review of 2026-11-29 (test nat-mexican-naturalization-before-us-oath-
// not-expatriating): a naturalization after every recorded expatriating act
// makes the person a citizen from the oath whether or not an act before it
// caused a loss (if none did, citizenship went on; if one did, the oath
// restored it). The loss itself may stay open (an unknown CLN, unknown
// parents); the citizenship from the oath does not depend on it.
rule citizen_again_after_loss(p: Person)
  cite "INA §§ 316, 337, 349; 8 U.S.C. §§ 1427, 1448, 1481; 8 C.F.R. § 337.9(a)"
  // safety: its `shown(...)` was reviewed: it only adds a route (the oath
  // after every act recorded), never closes one
  tag "safety:reviewed"
  // Review of the change (tests us-born-lost-1988-renaturalized-2001-
  // renounced-again-2016, cln-approved-after-oath-only-pre-oath-act-
  // recorded-open): a renunciation after the new oath, with a CLN from its
  // day on, ends the new citizenship too; and a CLN recorded after the oath
  // while every recorded act came before it is left to the CLN rules
  // (`cln_contradicted_by_acts`), not set aside.
  holds when naturalized_citizen(p)
    and ((lost_citizenship(p) and since(lost_citizenship(p)) < p.naturalized.date)
      or (shown(count(p.expatriation) >= 1)
        and shown(all e in p.expatriation: e.date < p.naturalized.date)
        and not shown(p.cln.date >= p.naturalized.date)))
    and not lost_again_from(p, p.naturalized.date)
  since p.naturalized.date

/// A voluntary act with intent to relinquish, at 18 or older, on day `d`
/// or later, with a CLN approved from it by `as_of`: a citizenship regained
/// on `d` was lost again.
def lost_again_from(p: Person, d: date) -> bool =
  any e in p.expatriation: e.date >= d and e.voluntary and e.intent_to_relinquish
    and e.date >= anniversary(p.born.date, 18) and p.cln.date >= e.date and p.cln.date <= as_of()

/// Citizenship was lost, and the person later took an oath recorded as
/// regaining it (`regained`): a citizen again from that oath.
// Review of the sixteenth session (test v-327-foreign-army-cln-1945-
// regained-1950): born in Ohio, lost by service in a foreign army with a
// CLN in 1945, repatriation oath in 1950 recorded as `regained`: "not a
// citizen", because only a new naturalization undid a loss. The spec
// defines `regained` as the § 324(d) oath (retention), but the other
// repatriation oaths work the same way, "upon taking the oath" and not
// retroactively: INA § 327 and NA 1940 § 323 (service in allied forces),
// INA § 324(c), NA 1940 § 317(b) and the Act of June 25, 1936 (women who
// lost by marriage), and a family answering "an oath to regain
// citizenship" may mean any of them or a new naturalization (INA § 316).
// A wrong "not a citizen" being the worst error, the oath is read as one
// that restores citizenship, flagged for a lawyer to check which it was,
// where such an oath existed for the loss: a loss by the end of the Second
// World War (1945-09-02; § 327 and NA 1940 § 323 cover service in allied
// forces in the two wars). A later loss (a renunciation in 2018) has no
// repatriation oath: only a new naturalization restores it (test
// renounced-2018-cln-2019-324d-oath-does-not-restore).
rule repatriated_after_loss(p: Person)
  cite "INA §§ 324(c), (d), 327; 8 U.S.C. §§ 1435(c), (d), 1438; Nationality Act of 1940 §§ 317(b), 323; Act of June 25, 1936, 49 Stat. 1917"
  quote "upon taking the oath"
  // safety: its `shown(...)` was reviewed: only an oath recorded opens this
  // route, as for `regained_citizenship` (an unrecorded oath would open
  // every documented loss)
  tag "safety:reviewed"
  holds when shown(present(p.regained)) and p.regained.date <= as_of()
    and lost_citizenship(p) and since(lost_citizenship(p)) < p.regained.date
    and since(lost_citizenship(p)) <= 1945-09-02
    and not lost_again_from(p, p.regained.date)
  review when true: "citizenship was lost and an oath regaining it is recorded: read as a repatriation oath that restores citizenship from its day (INA §§ 324(c), (d), 327; NA 1940 §§ 317(b), 323; Act of June 25, 1936) or a new naturalization; check which oath it was and that its conditions were met"
  since p.regained.date

/// Some route to citizenship holds (`since` is the earliest day a route
/// that is known to hold began).
rule citizen_by_some_route(p: Person)
  cite "U.S. Const. amend. XIV; INA §§ 301-309 (including § 303, Canal Zone and Panama), 320, 321, 324(d), 337; 8 U.S.C. §§ 1401-1409, 1431, 1432, 1435, 1448; Act of Mar. 2, 1917 (Jones Act) § 5, 39 Stat. 953"
  holds when born_in_united_states(p)
    or born_in_puerto_rico(p)
    or born_in_puerto_rico_jones_act(p)
    or born_in_virgin_islands(p)
    or born_in_guam(p)
    or born_to_guam_native(p)
    or born_to_virgin_islands_native(p)
    or virgin_islands_danish_resident(p)
    or born_in_northern_mariana_islands(p)
    or born_in_outlying_possession_to_citizen_parent(p)
    or born_in_canal_zone_or_panama(p)
    or acquired_at_birth_abroad(p)
    or derived_from_parent(p)
    or naturalized_citizen(p)
    or citizen_by_marriage_before_1922(p)
    or regained_citizenship(p)
    or asserted_citizen(p)

/// A person was a U.S. citizen on day `d`: a route that began on or before
/// `d` holds, and no loss shown took effect on or before `d`.
rule citizen_on(p: Person, d: date)
  cite "INA § 101(a)(22); 8 U.S.C. § 1101(a)(22); 7 FAM 1131.2 (the transmitting parent must be a citizen at the child's birth)"
  holds when (route_by(born_in_united_states(p), d)
      or route_by(born_in_puerto_rico(p), d)
      or route_by(born_in_puerto_rico_jones_act(p), d)
      or route_by(born_in_virgin_islands(p), d)
      or route_by(born_in_guam(p), d)
      or route_by(born_to_guam_native(p), d)
      or route_by(born_to_virgin_islands_native(p), d)
      or route_by(virgin_islands_danish_resident(p), d)
      or route_by(born_in_northern_mariana_islands(p), d)
      or route_by(born_in_outlying_possession_to_citizen_parent(p), d)
      or route_by(born_in_canal_zone_or_panama(p), d)
      or route_by(acquired_at_birth_abroad(p), d)
      or route_by(derived_from_parent(p), d)
      // The oath date, the date of regaining and an asserted `since` are read
      // again beside `route_by`: a route that holds passes on its `since`
      // but not the fact it came from, so a partial or unknown date there
      // was not asked about (review: a father naturalized in "2000", the
      // child born 2000-03-03, came out undetermined with no question about
      // the oath date; a passport without `since` asked nothing about it).
      or (route_by(naturalized_citizen(p), d) and p.naturalized.date <= d)
      or route_by(citizen_by_marriage_before_1922(p), d)
      or (route_by(regained_citizenship(p), d) and p.regained.date <= d)
      // A CRBA or U.S. birth certificate dates the citizenship from the
      // birth (`asserted_citizen`); its `since` need not be given (review of
      // 2026-11-29, test father-crba-without-since-13y-presence-transmits-
      // 301g: the father's `since` was asked though the CRBA settles it).
      or (route_by(asserted_citizen(p), d)
        and (p.asserted.since <= d
          or (p.asserted.evidence in ["consular_report_of_birth_abroad", "us_birth_certificate"]
            and p.born.date <= d)
          // a certificate of citizenship: by the 18th birthday at the latest
          or (p.asserted.evidence == "citizenship_certificate"
            and anniversary(p.born.date, 18) <= d)))
      // INA § 340(d): a parent's naturalization revoked on a ground other
      // than concealment still counts, up to the revocation, for those who
      // claim through it (`naturalization_kept_for_children`).
      or (route_by(naturalization_kept_for_children(p), d) and d < p.denaturalization.date))
    // A loss dated on day `d` itself leaves the person a citizen on `d`
    // (review of 2026-11-29, sixth session, tests b30-2005-father-renounced-
    // on-birth-day-301g-open, b30-2012-unwed-mother-renounced-on-birth-day-
    // 309c-open: "not a citizen"): whether the child's birth came before the
    // renunciation that day is not in the case, and the loss must be shown
    // (INA § 349(b)); the protective side, as for a parent's death on the
    // day (`alive_days`).
    and not (lost_citizenship(p) and since(lost_citizenship(p)) < d)
    or (route_by(citizen_again_after_loss(p), d) and p.naturalized.date <= d)
    or (route_by(repatriated_after_loss(p), d) and p.regained.date <= d)
  unless asserted_not_citizen(p) and not wife_of_citizen_before_1922_by(p, d) cite "spec: a relative's status asserted with evidence is taken as a fact"
  unless asserted_not_citizen_before(p, d) cite "spec: a relative's status asserted with evidence is taken as a fact; 8 C.F.R. § 337.9(a)"
  unless asserted_citizen_only_after(p, d) cite "spec: a relative's status asserted with evidence is taken as a fact"
  unless expatriated_by_marriage_on(p, d) cite "Expatriation Act of Mar. 2, 1907 § 3, 34 Stat. 1228; Mackenzie v. Hare, 239 U.S. 299 (1915)"
  unless documented_loss_by(p, d) cite "INA §§ 349(a), 358; 8 U.S.C. §§ 1481(a), 1501 (a documented loss, from its date)"
  // Review of 2026-11-30 (test r5-cable-act-us-mother-married-japanese-1925-
  // child-japan-1928): the Cable Act's proviso is not encoded (the case
  // cannot say whether a husband was "ineligible to citizenship", a racial
  // bar of R.S. § 2169), and nothing said so. Raised only for a woman whose
  // marriage in the proviso's years is recorded, and only for a day after it.
  review when shown(p.sex == "female") and shown(any m in p.marriages: m.from >= 1922-09-22 and m.from < 1931-03-03 and m.from <= d):
    "a woman citizen who married an alien ineligible to citizenship (a man of a race then barred from naturalization, e.g. of Japanese, Chinese or other Asian birth) from 1922-09-22 to 1931-03-02 ceased to be a citizen (Cable Act § 3 proviso, repealed by the Act of Mar. 3, 1931); the engine cannot read the husband's eligibility and keeps her citizenship"

/// A U.S. woman who married an alien from 1907-03-02 to 1922-09-21 took her
/// husband's nationality for the marriage (Expatriation Act of 1907 § 3);
/// the Cable Act ended this for marriages from 1922-09-22. Day `d` falls in
/// such a marriage.
// Added in the review of 2026-11-29 (test citizenship/tests/review/
// b-1925-us-mother-married-alien-1922-09-21-lost-1907-act), closing gap 4 of
// decision 0100: a child born in 1925 to a U.S.-born mother who had married
// an alien on 1922-09-21 was answered a citizen through her (§ 301(h)), with
// only a flag. She had lost her citizenship by the marriage (Mackenzie v.
// Hare), so she was no citizen at the birth. The loss is counted only when
// it is shown (the side claiming a loss must prove it): a woman, a marriage
// recorded from a day in the window and covering day `d`, and a husband
// shown not to have been a citizen on the wedding day. It lasts only as
// long as the marriage: at its end a woman residing in the United States
// resumed citizenship by continuing to reside here, one abroad by
// registering with a consul within a year or returning (§ 3), facts the
// case cannot hold, so the protective reading is taken. Marriage to an
// alien ineligible to citizenship after 1922 (Cable Act § 3, repealed 1931)
// is not encoded.
rule expatriated_by_marriage_on(p: Person, d: date)
  cite "Expatriation Act of Mar. 2, 1907 § 3, 34 Stat. 1228; Mackenzie v. Hare, 239 U.S. 299 (1915); Cable Act of Sept. 22, 1922, §§ 3, 4, 7, 42 Stat. 1021; Gonzales v. Williams, 192 U.S. 1 (1904); 8 FAM 301.7 (women who lost citizenship by marriage)"
  quote "any American woman who marries a foreigner shall take the nationality of her husband. At the termination of the marital relation she may resume her American citizenship"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Review of the change (tests citizenship/tests/review/1907-act-*,
  // mis2-*-1922-*, mis2-vi-native-mother-*): the loss reached only an
  // "American woman" who married "a foreigner", so it needs her to have been
  // a citizen the day before the wedding and the husband not to have been a
  // U.S. national (a citizen of Porto Rico was none: Gonzales v. Williams,
  // 192 U.S. 1 (1904)); a naturalization during the marriage (Cable Act § 4)
  // ends it; and a wedding dated only to a span across 1922-09-22 leaves it
  // open (the other facts must be shown).
  // Review of 2026-11-29 (test 1907-act-mother-widowed-1930-abroad-not-
  // restored-child-1933-301h-not-citizen): the loss ended with the marriage
  // whenever it ended. The Cable Act § 7 repealed § 3 ("Such repeal shall
  // not restore citizenship lost under such section"), so a marriage that
  // ended from 1922-09-22 on no longer restored it: she was an alien after
  // it until naturalized (Cable Act § 4) or repatriated by oath (Act of June
  // 25, 1936; NA 1940 § 317(b)), recorded as a naturalization. A marriage
  // that ended before 1922-09-22 is still read as ending the loss (the
  // consular registration or return that § 3 asked of a woman abroad is not
  // in the case format; the protective reading).
  holds when shown(p.sex == "female")
    and (any m in p.marriages:
      // The days after a marriage that ended from 1922-09-22 on are read
      // outside `shown`: a divorce dated only to a span across that day, or
      // not dated, leaves the loss open (review of the change, tests 1907-
      // act-divorce-*-open).
      shown(m.from >= 1907-03-02 and citizen_on(p, m.from - 1 days) and not national_on(m.spouse, m.from))
        and (shown(on(m.period, d)) or (m.to <= d and m.to >= 1922-09-22))
        // The engine does not model the non-citizen nationals of the insular
        // possessions before their citizenship acts (Puerto Rico to 1917, the
        // Philippines to 1946, Guam to 1950): a husband shown to be born
        // there is not taken for a foreigner. A naturalization during the
        // marriage ends the loss; one whose date (or existence) is not
        // known leaves the loss open on the days after 1922-09-21
        // (information monotonicity check of 2026-11-29: a mother whose
        // naturalization was unrecorded was "not a citizen" at a 1930 birth,
        // and so was her child, where a recorded 1925 naturalization made
        // both citizens). Before the Cable Act a married woman could not be
        // naturalized apart from her husband (her nationality followed his:
        // test 1907-act-mother-naturalized-field-omitted), so only a day
        // from 1922-09-22 on can be reached by her own naturalization.
        and not shown(m.spouse.born.country in ["PR", "GU", "PH", "AS", "VI"])
        and not (d >= 1922-09-22 and p.naturalized.date >= m.from and p.naturalized.date <= d)
        // A repatriation oath (Act of June 25, 1936; NA 1940 § 317(b))
        // recorded as `regained` ends it too (review of the change, test
        // 1936-act-repatriated-mother-1937-child-born-italy-1939-retention-
        // met); an unrecorded one does not (`regained` is rarely given).
        and not shown(d >= 1922-09-22 and p.regained.date >= m.from and p.regained.date <= d)
        // Her nationality followed her husband's: his naturalization during
        // the marriage, before the Cable Act, made her a citizen again (R.S.
        // § 1994; review of the change, test us-born-mother-lost-1912-
        // regained-by-husbands-1916-naturalization-child-1935-both-citizens).
        // Unknown, it leaves the loss open, as hers does, unless the
        // husband is asserted never to have been a citizen (review of the
        // change, test 1907-act-husband-documented-italian-naturalization-
        // unrecorded-child-1920).
        and not (not asserted_not_citizen(m.spouse)
          and m.spouse.naturalized.date <= d and m.spouse.naturalized.date < 1922-09-22)
        and m.from < 1922-09-22)

/// Marriage `m` of `x` is one by which a U.S. woman took her husband's
/// nationality under the 1907 Act: a woman, a wedding from 1907-03-02 to
/// 1922-09-21, a husband who was no U.S. national that day and was not born
/// in an insular possession (see `expatriated_by_marriage_on`).
rule alien_marriage_1907_1922(x: Person, m: Marriage)
  cite "Expatriation Act of Mar. 2, 1907 § 3, 34 Stat. 1228; Mackenzie v. Hare, 239 U.S. 299 (1915); Cable Act of Sept. 22, 1922, § 3, 42 Stat. 1021"
  // "Any American woman": she was a citizen the day before the wedding
  // (review of the change, test rs1994-mother-citizen-by-husbands-1915-
  // naturalization-child-derives-2172: an alien widow who married an alien
  // lost nothing, and became a citizen by his naturalization in 1915).
  holds when x.sex == "female"
    and m.from >= 1907-03-02 and m.from < 1922-09-22
    and not national_on(m.spouse, m.from)
    and not (m.spouse.born.country in ["PR", "GU", "PH", "AS", "VI"])
    and citizen_on(x, m.from - 1 days)

/// A relative's citizenship is asserted with a document as beginning after
/// day `d`: the assertion is taken as a fact, so the relative was not a
/// citizen on `d`.
rule asserted_citizen_only_after(p: Person, d: date)
  cite "spec/case-format.md, Person.citizenship (`since`)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Only a `since` that is given caps the assertion (`shown`): an assertion
  // without a date says nothing about when citizenship began.
  holds when not p.is_subject and p.asserted.status == "citizen" and p.asserted.evidence in DOCUMENTS and shown(p.asserted.since > d)
    // A CRBA or a U.S. birth certificate documents citizenship from birth
    // (its `since` is the day it was issued), and a `since` after a birth
    // that made the person a citizen is no fact about when citizenship began
    // (a loss must be shown, INA § 349(b)) (review of 2026-11-29, sixth
    // session, tests h-mx-born-father-crba-since-2010-transmits, h-us-born-
    // father-citizen-passport-since-2010-transmits: "not a citizen").
    and not (p.asserted.evidence in ["consular_report_of_birth_abroad", "us_birth_certificate"])
    // A certificate of citizenship speaks of a citizenship begun by the
    // 18th birthday (`asserted_citizen`).
    and not shown(p.asserted.evidence == "citizenship_certificate" and anniversary(p.born.date, 18) <= d)
    // (citizenship shown by any route of the facts: test L-acquired-father-
    // us-passport-since-2016-child-2014-citizen)
    and not citizenship_shown_by_facts(p)
    // Nor when the facts leave a route open from before `since` through a
    // parent born here or documented a citizen, or naturalized (review of
    // 2026-11-30, test k7-father-passport-since-2005-but-tx-born-gf-
    // presence-unknown-child-2000: "not a citizen", nothing asked).
    and not acquisition_open_through_native_parent(p)
    and not derivation_open_through_naturalized_parent(p)

/// A route holds and began on or before `d`.
def route_by(route: bool, d: date) -> bool = route and since(route) <= d

/// A person is a U.S. national who is not a citizen.
rule national(p: Person)
  cite "INA §§ 101(a)(22)(B), 308; 8 U.S.C. §§ 1101(a)(22)(B), 1408"
  tag "status:national"
  // Review of 2026-11-29 (tests citizenship/tests/review/*-renounced-cln-*):
  // a national's own loss was never read, so an American Samoan who
  // renounced with an approved CLN stayed a national. INA § 349(a) reaches "a
  // person who is a national of the United States whether by birth or
  // naturalization".
  holds when (born_in_outlying_possession(p) or born_in_territory_before_citizenship(p)
      or born_abroad_to_national_parents(p) or asserted_national(p))
    and not lost_citizenship(p)

/// A national born in an outlying possession whose citizenship at birth is
/// open through a parent known to have been a U.S. citizen at the birth (the
/// status is then `undetermined`, not `national`; the `national` bar holds
/// either way).
// Review of 2026-11-30, tenth session (test me02-american-samoa-2000-us-
// mother-presence-unknown): a child born in American Samoa to a Texas-born
// mother whose presence was not recorded was answered "U.S. national (not
// a citizen)", though a year of her presence makes the child a citizen
// (INA § 301(e)). Parents of unknown status leave the answer `national`:
// the route rests on nothing known.
// safety: its `shown(...)` was reviewed: it only chooses between two
// protective statuses (the `national` bar holds in both); a parent's
// unknown citizenship keeps `national`, as before this rule
rule national_citizenship_open(p: Person)
  cite "INA §§ 301(e), (g), 308, 320; 8 U.S.C. §§ 1401(e), (g), 1408, 1431; spec/case-format.md (citizenship.status)"
  tag "status:national_open"
  tag "safety:reviewed"
  // Only the routes at birth through the citizen parent are read: a
  // derivation left open on the child's own unrecorded status (a national
  // is never admitted for permanent residence) keeps `national`, as the
  // reviews of 2026-11-29 expected (tests as-2001-crba-mother-364-days-*,
  // b-american-samoa-citizen-parent-364-days).
  // The route must be open through that parent (test as-born-1952-12-23-
  // 2000-local-after-ina-instant-national: a mother shown short of the
  // year, the father of unknown status, stays `national`).
  holds when born_in_outlying_possession_then(p)
    // A parent holding a U.S. document whose `since` is not given counts
    // (test n4b-as-born-2000-mother-us-passport-since-unknown).
    and (any l in p.parents: (shown(citizen_on(l.person, p.born.date)) or (shown(l.person.asserted.status == "citizen") and not shown(l.person.asserted.since > p.born.date)))
      and not shown(not (parent_at_birth_for_transmission(p, l) and outlying_possession_parent_requirement(p, l))))

/// A person was a U.S. national (citizen or not) on day `d`.
rule national_on(p: Person, d: date)
  cite "INA § 101(a)(22); 8 U.S.C. § 1101(a)(22)"
  holds when citizen_on(p, d)
    or ((route_by(born_in_outlying_possession(p), d)
        or (territory_national_on(p, d) and p.born.date <= d)
        or route_by(born_abroad_to_national_parents(p), d)
        or route_by(asserted_national(p), d))
      // the day of a loss counts, as in `citizen_on` (review of 2026-11-29,
      // sixth session, test f-as-national-father-renounced-on-birth-day-
      // 308-4-not-closed)
      and not (lost_citizenship(p) and since(lost_citizenship(p)) < d))
  unless asserted_alien(p) and not philippine_national_before_independence(p, d)
    and not wife_of_citizen_before_1922_by(p, d) cite "spec/case-format.md, Person.citizenship (a relative's asserted status is taken as a fact)"
  unless asserted_alien_before(p, d) cite "spec/case-format.md, Person.citizenship; 8 C.F.R. § 337.9(a)"
  unless documented_loss_by(p, d) cite "INA §§ 349(a), 358; 8 U.S.C. §§ 1481(a), 1501 (a documented loss, from its date)"
  // "A citizen since X", asserted with a document, is taken to mean the
  // relative held no U.S. nationality before X.
  unless asserted_citizen_only_after(p, d) cite "spec/case-format.md, Person.citizenship (`since`)"

/// Born in the Philippines before independence, asked about a day before
/// 1946-07-04, and asserted "not a citizen" by a document that is no
/// document of loss (a Philippine passport held today): the assertion
/// speaks of the person's status now, which the independence ended, not of
/// the U.S. nationality held before it (Kawakita v. United States, 343 U.S.
/// 717 (1952): another nationality's document shows no loss).
// Review of 2026-11-30 (tests r8-au-born-1945-us-father-ph-mother-
// philippine-passport-201d-citizen and its siblings): the mother's
// passport made her an alien on every day, so her child born in 1945 to a
// U.S.-citizen father was "not a citizen" instead of a citizen under NA
// 1940 § 201(d).
rule philippine_national_before_independence(p: Person, d: date)
  cite "Philippine Independence Act (Tydings-McDuffie Act) § 14, 48 Stat. 456; Proclamation 2695 (1946); 8 FAM 302.1-1 b.(1); 8 FAM 308.6-2; Kawakita v. United States, 343 U.S. 717 (1952)"
  // safety: its `shown(...)` was reviewed: a document of loss still counts
  // (it is read as before); only a foreign document is kept from undoing
  // the nationality held before 1946, and only for a birth shown to be
  // there and then
  tag "safety:reviewed"
  // The birth in the Philippines before independence must be shown: a
  // birthplace or date not recorded leaves the assertion standing, as it
  // stood before.
  holds when shown(p.born.country == "PH" and p.born.date < 1946-07-04) and d < 1946-07-04
    and not shown(p.asserted.evidence in LOSS_DOCUMENTS)

/// A person was an alien on day `d`: neither a citizen nor a national.
rule alien_on(p: Person, d: date)
  cite "INA § 101(a)(3); 8 U.S.C. § 1101(a)(3)"
  quote "The term \"alien\" means any person not a citizen or national of the United States."
  holds when not national_on(p, d)

/// Something known points to the subject's citizenship: a removal must wait
/// until the claim is resolved. Read only when the status is undetermined.
rule citizenship_claim_supported(c: Case)
  cite "Ng Fung Ho v. White, 259 U.S. 276 (1922); 8 U.S.C. § 1252(b)(5); ICE Directive 16001.2 (2015)"
  tag "status:supported"
  // safety: its `shown(...)` was reviewed: it only adds a claim (a U.S.
  // nationality recorded); an unrecorded one keeps the answer it had; and
  // the transfer exception lifts the claim only when it is shown
  tag "safety:reviewed"
  // Review of 2026-11-29 (tests removal/tests/review/extradition-*-all-
  // requirements, lawful-dual-transfer-possible-citizen-not-barred): an open
  // claim barred every action, though citizenship itself does not bar an
  // extradition (18 U.S.C. § 3196) or a consensual treaty transfer of a dual
  // national (decision 0307). The claim bars only what citizenship would:
  // the action kinds and exceptions of `bar_citizen`.
  holds when c.action.kind in ["removal", "foreign_custody_transfer", "detention"]
    // The exception must be shown, as in `bar_citizen` (fourteenth session,
    // review test r14f-n600-pending-transfer-verification-unknown-possible-
    // citizen: a pending N-600 did not bar a transfer whose consent was not
    // shown verified by a judge).
    and not (c.action.kind == "foreign_custody_transfer" and shown(lawful_transfer_of_dual_national(c)))
    and (claim_supported_by_facts(c.subject)
      or (any x in c.immigration.pending: x.kind == "n600")
      // An oath scheduled after `as_of` is no citizenship yet, but one
      // scheduled on or before the action's day points to citizenship on
      // that day (review of 2026-11-30: the bars of citizenship, open on
      // it, are not read while the status is undetermined).
      or oath_date_between_as_of_and_action(c)
      // U.S. nationality written among the person's nationalities is a claim
      // (review of 2026-11-30, ninth session, test t-nationalities-record-
      // lists-us: it was ignored, "no bar found").
      or shown(any n in c.immigration.nationalities: n in ["US", "PR", "GU", "VI", "MP", "AS", "UM"]))

/// A known fact about the person or a parent points to citizenship.
rule claim_supported_by_facts(p: Person)
  cite "Ng Fung Ho v. White, 259 U.S. 276 (1922); 8 U.S.C. § 1252(b)(5); ICE Directive 16001.2 (2015)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // A parent's citizenship or naturalization before the 18th birthday
  // supports the claim through derivation only while derivation is open
  // (review of 2026-11-29, tests ina320-child-lpr-after-18, former-321-one-
  // parent-naturalized-parents-married: a derivation known to fail, the
  // child an LPR only after 18 or one parent of a married couple
  // naturalized before 2001, still barred the removal).
  holds when (any l in p.parents: national_on(l.person, p.born.date)
                 // By the birth, it supports acquisition at birth.
                 or citizen_on(l.person, p.born.date)
                 or naturalized_possibly_before(l.person, p.born.date)
                 or (not shown(not derived_from_parent(p))
                   and (citizen_on(l.person, anniversary(p.born.date, 18))
                     or naturalized_possibly_before(l.person, anniversary(p.born.date, 18))))
                 // A parent a citizen by the 18th birthday whose known
                 // citizenship may have begun by the birth (a derivation on a
                 // day of the birth year, say) supports acquisition at birth.
                 or (citizen_on(l.person, anniversary(p.born.date, 18))
                   and not shown(first_day(citizen_days(l.person, false)) > p.born.date))
                 // Added in the review of 2026-11-29 (tests citizenship/tests/
                 // review/pm-rs2172-*, pm-1934-act-*): before the Nationality
                 // Act of 1940 took effect (1941-01-13) a parent's
                 // naturalization passed citizenship to a child under 21
                 // (R.S. § 2172; 1934 Act § 5), so a father naturalized in the
                 // year of the child's 21st birthday, before 1941, supports the
                 // claim as one naturalized before the 18th birthday does.
                 or naturalized_possibly_before(l.person, earliest(anniversary(p.born.date, 21), 1941-01-12))
                 // Added in review: a parent born in the United States (or a
                 // territory) whose birth date is not given, a parent holding
                 // a U.S. document whose `since` is not given, and a parent
                 // recorded as a citizen by testimony were answered
                 // `possibly_barred` (the date comparison is open), though
                 // each is a known fact pointing to citizenship as much as a
                 // recorded naturalization of unknown date
                 // (`naturalized_possibly_before`). Tests:
                 // citizenship/tests/missing/m-2000-*.
                 // A parent's Certificate of Loss dated after the birth: the
                 // parent was a national until then (test L-cln-since-2010-
                 // father-parents-unrecorded-child-2005-not-closed).
                 or (documented_loss_after_birth(l.person) and shown(l.person.asserted.since > p.born.date))
                 or (born_in_united_states_or_territory(l.person)
                   and not shown(not national_on(l.person, anniversary(p.born.date, 18))))
                 // Added in review (test l-us-born-cln-partial-then-child-birth-abroad):
                 // a U.S.-born father whose CLN is dated only "2010", the
                 // child born in 2010, was no support (he had lost
                 // nationality by the child's 18th birthday), though he may
                 // still have been a citizen at the birth, which is what
                 // acquisition at birth asks.
                 or (born_in_united_states_or_territory(l.person)
                   and not shown(not national_on(l.person, p.born.date)))
                 // Added in the review of 2026-11-29 (test citizenship/tests/
                 // review/pm-guam-307a-*): a parent born in Guam in 1890 (a
                 // citizen only from 1950-08-01) of a child born abroad in
                 // 1930 was no support, though § 307(a) makes such children
                 // citizens too. A parent born in a territory who is a
                 // national or citizen on `as_of` supports the claim.
                 or (born_in_united_states_or_territory(l.person)
                   and not shown(not national_on(l.person, as_of())))
                 // At the birth (acquisition), or by the 18th birthday
                 // while derivation is open (review of 2026-11-30, test
                 // a6-mx-father-natz-cert-naturalized-2002-child-2000-not-
                 // citizen: a certificate of a father's oath after the
                 // birth barred the removal of a child never an LPR).
                 or asserted_citizen_possibly_before(l.person, p.born.date)
                 or (not shown(not derived_from_parent(p))
                   and asserted_citizen_possibly_before(l.person, anniversary(p.born.date, 18))))
    // A grandparent who was a citizen or national when the parent was born:
    // the parent may be a citizen at birth, and the claim runs through the
    // parent (spec principle 4). Added in review (test
    // r-multigeneration-grandfather-presence-unknown): a U.S.-born
    // grandfather is a known fact pointing to citizenship.
    or (any l in p.parents: not asserted_not_citizen(l.person) and not asserted_alien(l.person)
          and (any g in l.person.parents: national_on(g.person, l.person.born.date)
                 // Added in review, as for parents: a grandparent born in the
                 // United States or a territory, or whose status is recorded
                 // (document or testimony) without a later `since`.
                 or (born_in_united_states_or_territory(g.person)
                   and not shown(not national_on(g.person, l.person.born.date)))
                 // A grandparent naturalized while the parent was a minor:
                 // the parent may have derived citizenship (spec principle
                 // 4; review of 2026-11-29, test chain-grandfather-
                 // naturalized-1970-mother-minor-possible-citizen).
                 or naturalized_possibly_before(g.person, anniversary(l.person.born.date, 18))
                 or naturalized_possibly_before(g.person, earliest(anniversary(l.person.born.date, 21), 1941-01-12))
                 // A grandparent's recorded status (document or testimony)
                 // from before the parent's birth, or from the parent's
                 // minority, as for a naturalization (review of
                 // 2026-11-29, sixth session, test h-chain-grandfather-
                 // naturalization-certificate-during-mothers-minority-
                 // possible-citizen: a certificate dated the day after the
                 // mother's birth was no support).
                 or asserted_citizen_possibly_before(g.person, anniversary(l.person.born.date, 18))))
    or p.born.country in ["PR", "GU", "VI", "MP", "AS", "UM"]
    // Present in the United States on the day of birth, the birthplace not
    // recorded (review of 2026-11-29, test birthplace-unknown-present-in-us-
    // on-birth-day).
    or shown(on(p.presence, p.born.date))
    // INA § 301(f): a person of unknown parentage found in the United States
    // under five is a citizen until shown, before 21, not to have been born
    // here. No parent recorded, a birthplace not known to be abroad, and
    // presence here before the 5th birthday support the claim (review of
    // 2026-11-29, test foundling-found-in-texas-age-2-birthplace-unknown-
    // 301f: "no bar found"). The route itself is not encoded.
    or (not shown(count(p.parents) >= 1)
      and not shown(not (p.born.country in UNITED_STATES_AND_POSSESSIONS))
      and shown(ever(p.presence & ending(anniversary(p.born.date, 5)))))
    or p.asserted.status in ["citizen", "national"]
    // A route to citizenship is known to hold and only a loss is open.
    or citizen_by_some_route(p)
    // A naturalization lawfully revoked by a final judgment points to
    // nothing (review of 2026-11-29, test citizenship/tests/review/
    // denaturalized-parents-unknown-no-possible-citizen); one whose
    // revocation is open still does.
    // An oath dated after `as_of` is scheduled, not taken (decision 0007):
    // it points to nothing yet (review of 2026-11-30, test
    // oath-scheduled-after-as-of-no-possible-citizen: a removal was barred
    // by it; an oath before the planned action's day still bars through
    // `oath_scheduled_before_action`).
    or (shown(present(p.naturalized)) and not shown(naturalization_revoked(p))
      and not shown(p.naturalized.date > as_of()))

/// A relative was born in the United States or one of its territories (a
/// known fact pointing to U.S. citizenship or nationality, whatever the
/// birth date, which necessarily precedes the subject's), and is not
/// recorded as an alien or non-citizen.
rule born_in_united_states_or_territory(x: Person)
  cite "U.S. Const. amend. XIV; INA §§ 301(a), 302, 306, 307, 308(1); 8 U.S.C. §§ 1401(a), 1402, 1406, 1407, 1408(1); Covenant § 303, Pub. L. 94-241"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // Read only by `claim_supported_by_facts` (with a check that the
  // relative is not shown to have been no national at the time, e.g. after
  // an approved loss): a birth place that is not recorded is no known fact
  // (`shown`), and it never closes a route.
  holds when not asserted_not_citizen(x) and not asserted_alien(x)
    and shown(x.born.country in ["US", "PR", "GU", "VI", "MP", "AS", "UM"])

/// A person's U.S. citizenship or nationality is asserted (with a document,
/// or by testimony) and its `since` (when given) may fall on or before day
/// `d`: a claim through that person.
rule asserted_citizen_possibly_before(x: Person, d: date)
  cite "Ng Fung Ho v. White, 259 U.S. 276 (1922); 8 U.S.C. § 1252(b)(5); ICE Directive 16001.2 (2015) (indicia of U.S. citizenship); 22 U.S.C. § 2705"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // As in `naturalized_possibly_before`, only a status that is recorded
  // counts here (`possible_citizen` needs a known fact); the citizenship
  // answer itself stays open on the date. A parent's status given by
  // testimony is the subject's own claim of citizenship through that
  // parent (spec: "a citizenship claim by the subject (testimony)"), so it
  // counts as well; a `since` shown to be later than `d` does not.
  // A naturalization certificate speaks from the recorded oath.
  holds when x.asserted.status in ["citizen", "national"] and not shown(x.asserted.since > d)
    and not shown(x.asserted.evidence == "naturalization_certificate" and x.naturalized.date > d)

/// A person's naturalization is recorded and its date may fall on or
/// before day `d` (a known fact pointing to derivation).
rule naturalized_possibly_before(x: Person, d: date)
  cite "Ng Fung Ho v. White, 259 U.S. 276 (1922); 8 U.S.C. § 1252(b)(5)"
  // safety: `possible_citizen` needs a *known* fact pointing to citizenship
  // (spec), so only a recorded naturalization counts here; an unknown one
  // still keeps the citizenship answer itself open.
  tag "safety:reviewed"
  // An oath scheduled after `as_of` is not taken yet (decision 0007).
  holds when shown(present(x.naturalized)) and not shown(x.naturalized.date > earliest(d, as_of()))

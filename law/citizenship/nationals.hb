// U.S. nationals who are not citizens, born outside the outlying possessions.

/// Born outside the United States and its outlying possessions a U.S.
/// national (not a citizen) through national parents: INA § 308(2) (both
/// parents nationals), § 308(4) (a national and an alien parent) or
/// § 309(c) (out of wedlock to a national mother).
rule born_abroad_to_national_parents(p: Person)
  cite "INA §§ 308(2), 308(4), 309(c); 8 U.S.C. §§ 1408(2), 1408(4), 1409(c)"
  tag "route:national"
  holds when ina_308_2(p) or ina_308_4(p) or out_of_wedlock_national_mother(p)
  since p.born.date
  unless asserted_alien(p) cite "spec/case-format.md, Person.citizenship (a relative's asserted status is taken as a fact)"
  // A nationality that came through Philippine nationals ended with theirs
  // on 1946-07-04 (Rabang v. Boyd, 353 U.S. 427 (1957)): with the
  // Philippines' people read as nationals before independence (review of
  // 2026-11-30, tests r8-jp-born-1930-*, terr-ph-1920-as-of-2025-not-
  // national), such births were read as nationals' children to this day.
  // (Whether § 308(2) and (4) reach births before NA 1940 § 204, 1941-01-13,
  // is left as it was: 8 FAM 302.8-1 a. says no statute did, but NA 1940
  // § 205 reached back for an unwed national mother.)
  unless as_of() >= 1946-07-04 and philippine_nationals_only(p) cite "Philippine Independence Act § 14, 48 Stat. 456; Rabang v. Boyd, 353 U.S. 427 (1957); 8 FAM 302.1-1 b.(1)"

/// Every parent of the person who was a national at the birth was one only
/// by a birth in the Philippines before independence (a status that ended
/// on 1946-07-04), shown from the records.
rule philippine_nationals_only(p: Person)
  cite "Philippine Independence Act § 14, 48 Stat. 456; 8 FAM 302.1-1 b.(1)"
  // safety: its `shown(...)` was reviewed: it ends only a status read
  // through parents shown to be born in the Philippines before 1946 and
  // not shown to be citizens; any other parent keeps the route
  tag "safety:reviewed"
  holds when shown(count(p.parents) >= 1
    and (all l in p.parents: not national_on(l.person, p.born.date)
      or (l.person.born.country == "PH" and l.person.born.date < 1946-07-04 and not citizen_on(l.person, p.born.date))))

/// Born in a territory after its acquisition and before the law made the
/// people born there citizens: a U.S. national (not a citizen) from birth
/// until then (Puerto Rico from 1899-04-11 to the Jones Act, 1917-03-02;
/// the Virgin Islands from 1917-01-17 to 1927-02-25; Hawaii from 1898-08-12
/// to 1900-04-30; Guam from 1899-04-11
/// to the Organic Act, 1950-08-01), on a day `d` before that. The citizenship
/// routes give the later citizenship.
// Added in the review of 2026-11-29, sixth session (test guam-born-1930-
// asked-in-1949-national-not-yet-citizen: a Guam-born man asked about in
// 1949 was answered "citizen since 1950-08-01").
rule born_in_territory_before_citizenship(p: Person)
  // safety: its `shown(...)` was reviewed: it only dates Hawaii's nationals
  // from the annexation
  tag "safety:reviewed"
  cite "Nationality Act of 1940 § 101(b), (e), 54 Stat. 1137; INA § 101(a)(22)(B); 8 U.S.C. § 1101(a)(22)(B); 8 FAM 302.1-1"
  tag "route:national"
  holds when territory_national_on(p, as_of())
  // (Hawaii's people from the annexation, 1898-08-12; natives born before
  // a cession or transfer from that day.)
  since if shown(p.born.country == "US") then latest(p.born.date, 1898-08-12)
    else if shown(p.born.country == "VI") then latest(p.born.date, 1917-01-17)
    else latest(p.born.date, 1899-04-11)
  unless asserted_alien(p) cite "spec/case-format.md, Person.citizenship (a relative's asserted status is taken as a fact)"

/// The same, on day `d`: born there in the window, and `d` before the
/// grant.
rule territory_national_on(p: Person, d: date)
  // safety: its `shown(...)` was reviewed: Hawaii is read only for a region
  // shown to be Hawaii (a national's route added, none removed); a
  // Philippine birth is closed only by parents all shown to be aliens
  tag "safety:reviewed"
  cite "Nationality Act of 1940 § 101(b), (e), 54 Stat. 1137; INA § 101(a)(22)(B); 8 U.S.C. § 1101(a)(22)(B); 8 FAM 302.1-1; Treaty of Paris (1898) art. IX, 30 Stat. 1754; Convention with Denmark of Aug. 4, 1916, art. 6, 39 Stat. 1706"
  // Day `d` is before the grant: after it the person is a citizen by the
  // territorial route, or (its provisos) neither (test guam-born-1925-
  // naturalized-in-japan-1946-307b-proviso).
  holds when (p.born.country == "GU" and p.born.date >= 1899-04-11 and p.born.date < 1950-08-01 and d < 1950-08-01)
    // The Virgin Islands from the convention's entry into force, 1917-01-17
    // (8 FAM 308.8-1; § 306(b); test iI-vi-born-1917-02-15-between-
    // convention-and-transfer-national-1926).
    or (p.born.country == "VI" and p.born.date >= 1917-01-17 and p.born.date < 1927-02-25 and d < 1927-02-25)
    or (p.born.country == "PR" and p.born.date >= 1899-04-11 and p.born.date < 1917-03-02 and d < 1917-03-02)
    // Hawaii, annexed 1898-08-12 and a citizen's birthplace only from the
    // Organic Act (1900-04-30; INA § 305): its people were nationals in
    // between (test iI-hawaii-born-1899-asked-1899-12-national-not-alien;
    // Matter of S-, 3 I&N Dec. 589 (BIA 1949)). Read for a region shown to
    // be Hawaii.
    or (shown(p.born.country == "US" and p.born.region == "HI") and p.born.date < 1900-04-30
      and d >= 1898-08-12 and d < 1900-04-30)
    // The Philippines, from the Treaty of Paris (1899-04-11) to
    // independence (1946-07-04, when the status ended: 8 FAM 302.1-1
    // b.(1); Rabang v. Boyd, 353 U.S. 427 (1957)): a person born there to a
    // Philippine (national) parent was a U.S. national at birth (Philippine
    // Bill of 1902 § 4; NA 1940 §§ 101(e), 204(a); 8 FAM 308.6-2), so a
    // U.S. citizen's child born abroad to such a mother before 1946 is a
    // citizen under NA 1940 § 201(d) (review of 2026-11-30, tests r76-ph-*,
    // r76-cn-born-1945-*: "not a citizen"). A birth to parents both shown
    // to be aliens (a Chinese merchant's child) made no national; parents
    // not shown to be aliens leave the person a national (protective, as
    // for Guam and Puerto Rico).
    or (p.born.country == "PH" and p.born.date >= 1899-04-11 and p.born.date < 1946-07-04
      and d < 1946-07-04 and d >= p.born.date
      and not shown(count(p.parents) >= 1 and (all l in p.parents: alien_on(l.person, p.born.date))))
    // Born there before the cession: the Spanish subjects residing there on
    // 1899-04-11 became nationals that day (Philippine Bill of 1902 § 4; 8
    // FAM 308.6-2 b.(2)); residence on that day cannot be written in a case,
    // so it is presumed, the protective reading (as for Hawaii and American
    // Samoa; review of 2026-11-30, test r8-au-born-1943-us-father-mother-
    // born-manila-1898-filipino-parents-201d-citizen).
    or (p.born.country == "PH" and p.born.date < 1899-04-11 and d >= 1899-04-11 and d < 1946-07-04)
    // The same for natives of Guam and Puerto Rico born before the cession,
    // and of the Virgin Islands born before the transfer (the Danish
    // citizens residing there who did not declare to keep that nationality:
    // Convention with Denmark art. 6; 8 FAM 308.8-1), until the grant of
    // citizenship (review of 2026-11-30, ninth session, tests gu-1890-asked-
    // 1920-alien-parents, pr-1880-asked-1910-alien-parents, vi-1900-asked-
    // 1920-alien-parents, jp-1942-parents-guam-natives-pre-cession-204b:
    // "not a citizen or national"). Residence on the day is presumed, as
    // for the Philippines, unless the recorded residence leaves it out
    // (review of the change, tests pr-1880-left-1885-never-returned-asked-
    // 1910-not-national, gu-1890-left-1895-*, jp-1948-us-father-3y-mother-
    // born-guam-1898-left-before-cession-201g: only inhabitants became
    // nationals).
    or (p.born.country == "GU" and p.born.date < 1899-04-11 and d >= 1899-04-11 and d < 1950-08-01
      and not shown(not on(p.residence, 1899-04-11)))
    or (p.born.country == "PR" and p.born.date < 1899-04-11 and d >= 1899-04-11 and d < 1917-03-02
      and not shown(not on(p.residence, 1899-04-11)))
    or (p.born.country == "VI" and p.born.date < 1917-01-17 and d >= 1917-01-17 and d < 1927-02-25
      and not shown(not on(p.residence, 1917-01-17)))
    // A citizen of Puerto Rico under the Foraker Act § 7 (a Spanish subject
    // born elsewhere who resided there in 1899 included) was a U.S. national
    // until the Jones Act (8 FAM 308.7-1 a.(3); Gonzales v. Williams, 192
    // U.S. 1 (1904); review of the change, test es-1870-resident-1899-
    // asked-1910-foraker-citizen-of-pr-is-national: "not a citizen").
    or (puerto_rico_citizen_in_1917(p) and d >= 1899-04-11 and d >= p.born.date and d < 1917-03-02)

/// Born outside the United States and its outlying possessions to parents
/// who are both nationals but not citizens, one of whom had a residence in
/// the United States or its outlying possessions before the birth.
rule ina_308_2(p: Person)
  cite "INA § 308(2); 8 U.S.C. § 1408(2)"
  quote "A person born outside the United States and its outlying possessions of parents both of whom are nationals, but not citizens, of the United States, and have had a residence in the United States, or one of its outlying possessions prior to the birth of such person"
  holds when born_outside_united_states(p)
    and count(p.parents) == 2
    // Review of 2026-11-29 (tests ow-2010-unwed-*-no-paternity-*): a child
    // born out of wedlock takes § 308(2) through the father only as § 309(a)
    // provides (paternity established); `parent_at_birth_for_transmission`
    // reads that, as for citizen parents.
    and (all l in p.parents: national_on(l.person, p.born.date) and not citizen_on(l.person, p.born.date)
      and parent_at_birth_for_transmission(p, l))
    and (any l in p.parents: ever(l.person.residence & ending(p.born.date)))

/// A relative's status asserted as "not a citizen" (neither citizen nor
/// national) is taken as a fact; the subject's own assertion never closes a
/// route.
// Review of 2026-11-29 (tests 309a-*-passport-*, us-born-child-of-diplomat-
// and-naturalized-mother-*): the exceptions of `asserted_not_citizen` (a
// U.S. or territorial birth beside a foreign passport, a recorded oath)
// were not read here, so `national_on` (§ 309(a)(2), the diplomat rule)
// still took such a relative for an alien on every day.
rule asserted_alien(p: Person)
  cite "spec/case-format.md, Person.citizenship"
  holds when p.asserted.status == "not_citizen" and asserted_not_citizen(p)

/// Born abroad to an alien parent and a national (non-citizen) parent who
/// was physically present in the United States or an outlying possession
/// for 7 years in a continuous period of 10 years (5 after 14, no absence of
/// more than a year). The "any 10-year period" test is encoded only for ten
/// unbroken years after 14: with 7 years of presence in all and no such
/// stretch, the answer is open.
rule ina_308_4(p: Person)
  cite "INA § 308(4); 8 U.S.C. § 1408(4)"
  quote "A person born outside the United States and its outlying possessions of parents one of whom is an alien, and the other a national, but not a citizen, of the United States who, prior to the birth of such person, was physically present in the United States or its outlying possessions for a period or periods totaling not less than seven years in any continuous period of ten years"
  holds when born_outside_united_states(p)
    and (any l in p.parents where natural_link(l):
      any m in p.parents where natural_link(m) and not (m.person == l.person):
        national_on(l.person, p.born.date)
        and not citizen_on(l.person, p.born.date)
        and alien_on(m.person, p.born.date)
        // § 309(a) makes the paternal provisions (§§ 301(c)-(g), 308(2))
        // apply to a child born out of wedlock only on its conditions, and
        // does not name § 308(4) at all (review of 2026-11-29, test ow-2010-
        // unwed-national-father-no-paternity-308-4-unavailable: an unwed
        // national father who never established paternity made the child a
        // national). The national parent must be one who can transmit at
        // birth (`parent_at_birth_for_transmission`: the mother, a parent in
        // wedlock, or a father whose paternity was established); a father
        // of a child born out of wedlock is flagged below.
        and parent_at_birth_for_transmission(p, l)
        // The § 301(g) proviso applies to the national parent (§ 308(4),
        // last sentence): service abroad counts as presence (review of
        // 2026-11-29, test ina308-4-national-father-5y-presence-plus-3y-
        // army-abroad-proviso: "not a citizen" on 5.4 years of presence and
        // 3 years in the Army abroad).
        and total(national_parent_presence(l.person) & ending(p.born.date)) >= 2555 days
        // Review of 2026-11-29 (test x-308-4-samoa-born-national-father-
        // continuous-20y-presence): every § 308(4) case was open, even a
        // national father present without a break from 1965 to 1994. Ten
        // years of unbroken presence before the birth, the last five after
        // 14, meet the test in any reading: a ten-year period of full
        // presence, no absence, five years after 14. Anything less is still
        // left open (the window is not encoded).
        and (ina_308_4_ten_unbroken_years(p, l)
          or (not ina_308_4_ten_unbroken_years(p, l) and ina_308_4_window_not_encoded(l.person))))
  review when shown(any l in p.parents where natural_link(l): is_father(p, l) and born_out_of_wedlock_to(p, l) and national_on(l.person, p.born.date)):
    "born out of wedlock to a national father: INA § 309(a) applies §§ 301(c)-(g) and 308(2) to such a child on its conditions but does not name § 308(4); the engine applies § 308(4) through a father whose paternity was established as § 309(a) requires (protective), which no authority confirms"

/// The national parent was present in the United States or its outlying
/// possessions without a break for some ten years before the birth that
/// began after the 9th birthday: the last five of them were after 14.
// Exactly the fully present ten-year windows with five years after 14 (a
// window with five years after 14 begins by the 9th birthday at the
// earliest); review of the change, test ina308-4-national-father-ages-10-
// to-20-in-samoa-window-met (ten years from 10 to 20 met the test).
rule ina_308_4_ten_unbroken_years(p: Person, l: ParentLink)
  cite "INA § 308(4); 8 U.S.C. § 1408(4)"
  holds when longest(national_parent_presence(l.person) & ending(p.born.date)
      & starting(anniversary_feb28(l.person.born.date, 9))) >= 3652 days

/// The national parent's presence for § 308(4), with the service abroad the
/// § 301(g) proviso counts.
def national_parent_presence(x: Person) -> timeline =
  x.presence | (union s in x.service_abroad: counted_service(x, s))

/// The "7 years in any continuous period of 10 years" test of § 308(4).
// Review of 2026-11-29: the open answer asked nothing; it now asks for the
// national parent's presence (its periods decide the window).
rule ina_308_4_window_not_encoded(x: Person)
  cite "INA § 308(4); 8 U.S.C. § 1408(4)"
  versions by as_of()
    from 1700-01-01: not_encoded "INA § 308(4) (7 years of presence within a continuous 10-year period, 5 after 14, no absence over a year; the § 301(g) proviso applies) is not encoded beyond the 7-year total and ten unbroken years after 14 (question: @.presence)"
  holds when true

/// Born abroad out of wedlock to a mother who was a U.S. national (not a
/// citizen) and met the presence rule of § 309(c): the child takes her
/// nationality status.
// Review of 2026-11-29 (tests ow-1948-unwed-american-samoan-mother-*-205-
// national): births from 1941-01-13 to 1952-12-23 had no version, so a child
// born out of wedlock in 1948 to an American Samoan mother who had resided
// there was "not a citizen" with no bar. NA 1940 § 205 gives such a child
// "his mother's nationality status at the time of his birth, if the mother
// had the nationality of the United States at the time of the child's
// birth, and had previously resided in the United States or one of its
// outlying possessions" (`unwed_mother_requirement` reads the residence for
// that period). Births before 1941-01-13 are left to the older law.
rule out_of_wedlock_national_mother(p: Person)
  cite "INA § 309(c); 8 U.S.C. § 1409(c); Nationality Act of 1940 § 205, 54 Stat. 1139"
  quote "shall be held to have acquired at birth the nationality status of his mother, if the mother had the nationality of the United States at the time of such person's birth"
  versions by statute_birth_date(p)
    from 1952-12-24 cite "INA § 309(c)": applies = true
    from 1941-01-13 to 1952-12-24 cite "Nationality Act of 1940 § 205": applies = true
    until 1941-01-13: none "before the Nationality Act of 1940, no statute gave a child born abroad the status of a national mother"
  holds when applies
    and born_outside_united_states(p)
    and (any l in p.parents where natural_link(l):
      is_mother(p, l)
      and born_out_of_wedlock_to(p, l)
      and national_on(l.person, p.born.date)
      and not citizen_on(l.person, p.born.date)
      and unwed_mother_requirement(p, l))

/// A status of U.S. national asserted with a U.S. document.
rule asserted_national(p: Person)
  cite "22 U.S.C. § 2705; 22 C.F.R. § 51.1 (passports of non-citizen nationals)"
  tag "route:national"
  holds when p.asserted.status == "national" and p.asserted.evidence in DOCUMENTS
  // none before the birth (as `asserted_citizen`; test h-subject-as-born-
  // national-passport-since-is-birth)
  since latest(p.asserted.since, p.born.date)
  // as `asserted_citizen`: not yet on `as_of` when documented from a later
  // day (test L-subject-national-passport-since-after-as-of-not-yet-national)
  unless shown(p.asserted.since > as_of()) cite "22 U.S.C. § 2705; 22 C.F.R. § 51.1; decision 0007 (a future event is not assumed)"

// Citizenship by birth in the United States and its territories.

/// Born in the United States (the fifty states and DC) and subject to its
/// jurisdiction.
rule born_in_united_states(p: Person)
  cite "U.S. Const. amend. XIV, § 1; INA § 301(a); 8 U.S.C. § 1401(a); United States v. Wong Kim Ark, 169 U.S. 649 (1898)"
  quote "All persons born or naturalized in the United States, and subject to the jurisdiction thereof, are citizens of the United States"
  tag "route"
  // safety: its `shown(...)` was reviewed: the diplomat exception (below) and
  // Hawaii's later `since` apply only when shown; unknown keeps citizenship
  // from birth
  tag "safety:reviewed"
  holds when p.born.country == "US"
  // Hawaii (review of 2026-11-29, sixth session, tests sib-born-in-hawaii-
  // 1899-citizen-from-1900-04-30, sib-born-in-hawaii-1895-republic-citizen-
  // from-1900-04-30): a person born there before 1900-04-30 (the Organic
  // Act's effective day) became a citizen on that day, not at birth: born
  // from the annexation (1898-08-12) on, by INA § 305's first sentence;
  // born before it, as a citizen of the Republic of Hawaii on 1898-08-12
  // (its third sentence; the Republic's 1894 Constitution art. 17 made
  // those born in the Islands its citizens; Wong Kam Wo v. Dulles, 236
  // F.2d 622 (9th Cir. 1956)). The date matters to a child born abroad to
  // such a parent before 1900-04-30.
  // Read only for a region shown to be Hawaii: an unknown region keeps the
  // birth date (the earlier citizenship, the protective side), and no one
  // born in the United States before 1900 is asked where.
  // (`<=`: a birth on 1900-04-30 itself dates from that day either way, so
  // a birth known only as "1900-04" is dated 1900-04-30.)
  since if shown(p.born.region == "HI" and p.born.date <= 1900-04-30) then 1900-04-30 else p.born.date
  // The citation of § 305 goes with the answer it changes, in this review
  // (the rule's own citation is read for every birth in the United States).
  review when shown(p.born.region == "HI" and p.born.date < 1900-04-30):
    "born in Hawaii before 1900-04-30: a citizen of the United States as of 1900-04-30, not from birth (INA § 305; 8 U.S.C. § 1405; Act of Apr. 30, 1900, § 4, 31 Stat. 141); one born before the annexation (1898-08-12) only as a citizen of the Republic of Hawaii on that day, which the engine assumes for a person born in the Islands (1894 Constitution of the Republic, art. 17)"
  // The diplomat exception must be shown: for a person born in the United
  // States the government must prove alienage (Woodby v. INS, 385 U.S. 276
  // (1966)), so unknown diplomatic status does not make the answer open.
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, tests guam-born-1930-asked-in-1949-national-
  // not-yet-citizen, iI-swains-born-1920-asked-1924-not-yet-national). Only a
  // day shown after `as_of` counts.
  unless shown(p.born.region == "HI" and p.born.date <= 1900-04-30 and as_of() < 1900-04-30) cite "INA § 305; 8 U.S.C. § 1405; decision 0007"
  review when p.born.date >= 2025-02-19: "born on or after 2025-02-19: Executive Order 14160 purported to deny citizenship to some children born in the United States; courts blocked it and the Supreme Court decided Trump v. Barbara (2026) against it. The answer stays citizen (decision 0107)."

/// Born in the United States to a foreign diplomatic officer accredited to
/// the United States, with no parent a U.S. citizen or national.
rule child_of_foreign_diplomat(p: Person)
  cite "8 C.F.R. § 101.3(a)(1); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  holds when (any l in p.parents: on(l.person.diplomat, p.born.date))
    and not (any l in p.parents: national_on(l.person, p.born.date))
  // Added in review: research notes § 1.2 mark as UNCERTAIN the child of one
  // accredited diplomat and one alien parent without diplomatic status (USCIS
  // PM Vol. 7, Pt. O, ch. 3 allows LPR registration "only if both parents
  // were foreign diplomats"). 8 C.F.R. § 101.3(a)(1) and the family member's
  // derivative immunity (Vienna Convention art. 37(1)) support the exception,
  // which the engine keeps; a lawyer should look.
  review when not (all l in p.parents: on(l.person.diplomat, p.born.date)):
    "only one parent is recorded as an accredited diplomat on the birth date and the other parent is an alien: 8 C.F.R. § 101.3(a)(1) and the family's derivative immunity support the diplomat exception, but USCIS PM Vol. 7, Pt. O, ch. 3 speaks of registration 'only if both parents were foreign diplomats'; whether the child was subject to U.S. jurisdiction is unsettled (research notes § 1.2, UNCERTAIN)"

/// Born in Puerto Rico: a citizen at birth from 1941-01-13; earlier births
/// under U.S. sovereignty (from 1899-04-11) were made citizens as of
/// 1941-01-13 when residing in Puerto Rico or other U.S. territory then.
rule born_in_puerto_rico(p: Person)
  cite "INA § 302; 8 U.S.C. § 1402"
  tag "route"
  holds when p.born.country == "PR" and puerto_rico_birth_qualifies(p)
  since since(puerto_rico_birth_qualifies(p))
  // Review of 2026-11-29 (test pr-born-2010-child-of-accredited-diplomats-
  // not-citizen): §§ 302, 306, 307 and the Covenant require birth "subject to
  // the jurisdiction of the United States", and the territories are in the
  // "United States" (INA § 101(a)(38)); the diplomat exception of a birth
  // in a state applies, shown as there.
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); INA § 101(a)(38); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  // Review of 2026-11-30, tenth session (tests b14-pr-born-2025-03-01-*,
  // b14-gu-born-2025-03-01-*): the order speaks of births "in the United
  // States", which for the INA includes Puerto Rico, Guam, the Virgin
  // Islands (INA § 101(a)(38)) and the Northern Mariana Islands (Covenant
  // § 501(a)): flagged as for the States.
  review when p.born.date >= 2025-02-19: "born on or after 2025-02-19: Executive Order 14160 purported to deny citizenship to some children born in the United States (which for the INA includes this territory, INA § 101(a)(38)); courts blocked it and the Supreme Court decided Trump v. Barbara (2026) against it. The answer stays citizen (decision 0107)."

/// The Puerto Rico rule in force for the birth date: a citizen at birth
/// from 1941-01-13; born earlier (from the cession, 1899-04-11), a citizen
/// by § 5b of the Organic Act (1934) or as of 1941-01-13 by § 302,
/// whichever came first.
rule puerto_rico_birth_qualifies(p: Person)
  cite "INA § 302; 8 U.S.C. § 1402; Act of June 27, 1934, ch. 845, 48 Stat. 1245"
  versions by p.born.date
    from 1941-01-13: at_birth = true
    from 1899-04-11 to 1941-01-13: at_birth = false
    until 1899-04-11: none "born before the cession of Puerto Rico (1899-04-11)"
  holds when at_birth or puerto_rico_302_as_of_1941(p) or puerto_rico_organic_act_5b(p)
  since if at_birth then p.born.date
    else since(puerto_rico_302_as_of_1941(p) or puerto_rico_organic_act_5b(p))
  // An earlier act (the Jones Act of 1917) may give an earlier date.
  review when not at_birth: "born in Puerto Rico before 1941-01-13: the Jones Act of 1917 may have made the person a citizen earlier than 1941-01-13"

/// INA § 302, first sentence: born in Puerto Rico from 1899-04-11 to
/// 1941-01-12 and residing on 1941-01-13 in Puerto Rico "or other territory
/// over which the United States exercises rights of sovereignty": a citizen
/// as of 1941-01-13.
// Review of 2026-11-30, ninth session (test pr-1930-spanish-parents-in-
// manila-1941: "not a citizen"): a residence that day in other U.S.
// territory (the Philippines, the Canal Zone, American Samoa, Guam) counts,
// and the case format's `residence` (in the United States) cannot hold it;
// a person not residing here that day is open, as under NA 1940 § 201(e)
// (`possession_residence_open`).
rule puerto_rico_302_as_of_1941(p: Person)
  cite "INA § 302; 8 U.S.C. § 1402"
  quote "All persons born in Puerto Rico on or after April 11, 1899, and prior to January 13, 1941, subject to the jurisdiction of the United States, residing on January 13, 1941, in Puerto Rico or other territory over which the United States exercises rights of sovereignty and not citizens of the United States under any other Act, are hereby declared to be citizens of the United States as of January 13, 1941."
  holds when on(p.residence, 1941-01-13) or territory_residence_1941_open(p)
  since 1941-01-13
  // Not yet on `as_of` before that day (review of the change, test pr-1925-
  // dominican-parents-asked-1930: open on a 1941 residence in 1930).
  unless shown(as_of() < 1941-01-13) cite "INA § 302; decision 0007"

/// A residence on 1941-01-13 in U.S. territory outside the United States of
/// the case format (the Philippines, the Canal Zone, American Samoa) cannot
/// be written in a case: open.
rule territory_residence_1941_open(x: Person)
  cite "INA § 302; 8 U.S.C. § 1402; Nationality Act of 1940 § 101(e), 54 Stat. 1137"
  versions by x.born.date
    from 1899-04-11 to 1941-01-13: not_encoded "born in Puerto Rico before 1941-01-13 and not residing in the United States on that day: a residence then in other territory under U.S. sovereignty (the Philippines, the Canal Zone, American Samoa) counts under INA § 302 and cannot be written in a case (question: @.residence)"
  holds when true

/// § 5b of the Organic Act of Puerto Rico, added by the Act of June 27,
/// 1934: persons born in Puerto Rico on or after 1899-04-11 who were not
/// citizens, subjects or nationals of a foreign power were declared U.S.
/// citizens, from that day (or the birth, if later).
// Review of 2026-11-30, ninth session (tests pr-1925-jones-parents-cuba-
// 1941, cu-1939-father-born-pr-1918-jones-parents, pr-mother-born-1928-in-
// do-on-1941-01-13-child-do-1962: "not a citizen"): a person born in Puerto
// Rico from 1917-03-02 to 1941-01-12 who was not there on 1941-01-13 was
// answered "not a citizen" though § 5b had made most such persons citizens
// in 1934. The Act's text is read from secondary sources (8 FAM 302.6 does
// not quote it), so the rule raises a flag. Whether the person was a
// foreign national (by a parent's nationality) is a question of foreign
// law: children of parents who were all U.S. citizens at the birth were
// not; otherwise the answer is open, never "no". Births to 1941-01-12 are
// read, though the Act may have reached only births before it (the
// protective reading; § 302 covers the later ones residing here in 1941).
rule puerto_rico_organic_act_5b(p: Person)
  cite "Act of June 27, 1934, ch. 845, 48 Stat. 1245 (Organic Act of Puerto Rico § 5b, former 48 U.S.C. § 733a); INA § 302, 8 U.S.C. § 1402 ('not citizens of the United States under any other Act'); 8 FAM 302.6"
  holds when p.born.date >= 1899-04-11 and p.born.date < 1941-01-13
    and ((count(p.parents) >= 1 and (all l in p.parents where natural_link(l): citizen_on(l.person, p.born.date)))
      or puerto_rico_foreign_nationality_open(p))
  since latest(p.born.date, 1934-06-27)
  unless shown(as_of() < latest(p.born.date, 1934-06-27)) cite "Act of June 27, 1934, 48 Stat. 1245; decision 0007"
  review when p.born.country == "PR": "a citizen by § 5b of the Organic Act of Puerto Rico (Act of June 27, 1934, 48 Stat. 1245) if not then a citizen, subject or national of a foreign power: the Act's text and its reach to births after 1934-06-27 are read from secondary sources and need a lawyer's check"

/// Whether a person born in Puerto Rico before 1941 was a citizen, subject
/// or national of a foreign power (by a parent's nationality, under that
/// country's law) cannot be written in a case: open.
rule puerto_rico_foreign_nationality_open(x: Person)
  cite "Act of June 27, 1934, ch. 845, 48 Stat. 1245"
  versions by x.born.date
    from 1899-04-11 to 1941-01-13: not_encoded "born in Puerto Rico before 1941 to a parent who was not a U.S. citizen: whether the person was a citizen, subject or national of a foreign power (which § 5b of the Organic Act, 1934, excludes) depends on that parent's country's law (question: @.parents)"
  holds when true

/// A citizen of Puerto Rico made a U.S. citizen as of 1917-03-02 by § 5 of
/// the Jones Act: a native born there before the cession (1899-04-11) who
/// resided there on that day (or had returned and resided there on
/// 1917-03-02), or a child born there after the cession to such a citizen.
// Added in the `since` review (tests citizenship/tests/since/s-pr-born-1895-*,
// s-pr-born-1905-*): a person born in Puerto Rico before 1899-04-11 was
// answered "not a citizen" (INA § 302 covers only births from 1899-04-11),
// though the Foraker Act § 7 made such inhabitants citizens of Puerto Rico
// and the Jones Act § 5 made every citizen of Puerto Rico a U.S. citizen "as
// of that date" (8 FAM 302.6-2 b.(1): "regardless of their place of residence
// on March 2, 1917"). The same holds for their children born there from
// 1899-04-11 to 1917-03-01 ("and their children born subsequent thereto").
rule born_in_puerto_rico_jones_act(p: Person)
  cite "Act of Mar. 2, 1917 (Jones Act) § 5, 39 Stat. 951, 953; Act of Apr. 12, 1900 (Foraker Act) § 7, 31 Stat. 77, 79; 8 FAM 302.6-2 (8 FAM 302.2-2 in earlier editions); INA § 302, 8 U.S.C. § 1402 ('not citizens of the United States under any other Act')"
  quote "all citizens of Porto Rico, as defined by section seven of the Act of April twelfth, nineteen hundred, ... and all natives of Porto Rico who were temporarily absent from that island on April eleventh, eighteen hundred and ninety-nine, and have since returned and are permanently residing in that island, and are not citizens of any foreign country, are hereby declared, and shall be deemed and held to be, citizens of the United States"
  tag "route"
  holds when puerto_rico_citizen_in_1917(p)
  since 1917-03-02
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, tests guam-born-1930-asked-in-1949-national-
  // not-yet-citizen, iI-swains-born-1920-asked-1924-not-yet-national). Only a
  // day shown after `as_of` counts.
  unless shown(as_of() < 1917-03-02) cite "Act of Mar. 2, 1917, § 5, 39 Stat. 953; decision 0007"
  review when p.born.country == "PR" or p.born.country in SPANISH_DOMINIONS_1898: "citizen of Puerto Rico made a U.S. citizen on 1917-03-02 by the Jones Act § 5: a person could keep his former status by a sworn declaration made within six months; the case format has no field for it and the engine does not presume one (8 FAM 302.6-2)"

/// A citizen of Puerto Rico under the Foraker Act § 7 on 1917-03-02: an
/// inhabitant born there who resided there on 1899-04-11 (a Spanish subject
/// native of the island, who could not elect Spanish nationality: 8 FAM
/// 308.7-1), or a native who resided there again on 1917-03-02; or a person
/// born there from 1899-04-11 to 1917-03-01 to a parent who was such a
/// citizen.
rule puerto_rico_citizen_in_1917(x: Person)
  cite "Act of Apr. 12, 1900 (Foraker Act) § 7, 31 Stat. 77, 79; Act of Mar. 2, 1917 (Jones Act) § 5, 39 Stat. 953; Treaty of Paris art. IX, 30 Stat. 1754; 8 FAM 302.6-2; 8 FAM 308.7-1"
  quote "all inhabitants continuing to reside therein who were Spanish subjects on the eleventh day of April, eighteen hundred and ninety-nine, and then resided in Porto Rico, and their children born subsequent thereto, shall be deemed and held to be citizens of Porto Rico"
  versions by x.born.date
    from 1917-03-02: none "born on or after 1917-03-02: the Jones Act § 5 made citizens only of those who were already citizens of Puerto Rico"
    from 1899-04-11 to 1917-03-02: child_of_citizen = true
    until 1899-04-11: child_of_citizen = false
  holds when (x.born.country == "PR"
    and (if child_of_citizen
      then (any l in x.parents where natural_link(l): puerto_rico_citizen_in_1917(l.person))
      else (on(x.residence, 1899-04-11) or on(x.residence, 1917-03-02))))
    // A Spanish subject born elsewhere in Spain's dominions who resided in
    // Puerto Rico on 1899-04-11 (and, born in Spain itself, did not declare
    // within the year to keep the allegiance to Spain: Treaty of Paris art.
    // IX; 8 FAM 308.7-1 a.(3)) was a citizen of Puerto Rico too (review of
    // 2026-11-30, ninth session, tests pr-1905-spain-born-parents-foraker-
    // child-in-spain-1941 and matter-of-h-ph-1896-pr-parents-asked-1948,
    // the facts of Matter of H-, 3 I&N Dec. 286: "not a citizen",
    // "undetermined"). The declaration cannot be written in a case; it is
    // flagged.
    // A case's `residence` is in the United States, the States included,
    // so for a person born there it cannot say the residence was in Puerto
    // Rico (a Spaniard could live in New York, a Cuban in Tampa): open
    // (review of the change, tests es-1870-us-residence-from-1890-place-
    // unknown-not-citizen-by-foraker, cu-1890-*: "citizen").
    or (not child_of_citizen and x.born.country in SPANISH_DOMINIONS_1898 and on(x.residence, 1899-04-11)
      and residence_in_puerto_rico_1899_open(x))
  review when not child_of_citizen and x.born.country in SPANISH_DOMINIONS_1898: "a Spanish subject born outside Puerto Rico and residing there on 1899-04-11 became a citizen of Puerto Rico (Foraker Act § 7) unless, born in Spain, the person declared before 1900-04-11 the decision to keep the allegiance to Spain (Treaty of Paris art. IX); the declarations are listed by Passport Services (8 FAM 308.7-1), and the case format has no field for them nor for the person's nationality in 1899"

/// Whether a residence on 1899-04-11 of a person born outside Puerto Rico
/// was in Puerto Rico cannot be written in a case: open.
rule residence_in_puerto_rico_1899_open(x: Person)
  cite "Act of Apr. 12, 1900 (Foraker Act) § 7, 31 Stat. 77, 79 ('and then resided in Porto Rico')"
  versions by x.born.date
    until 1899-04-11: not_encoded "a Spanish subject born outside Puerto Rico became a citizen of Puerto Rico only if residing there on 1899-04-11; the case format's residence does not say where in the United States the person lived (question: @.residence)"
  holds when true

/// Where the Spanish subjects of 1899 were born: Spain and the colonies it
/// still held in 1898 (Cuba, the Philippines). Not Guam: a residence in
/// 1899 written in a case cannot say which island it was on, and Guam has
/// its own rules (INA § 307).
const SPANISH_DOMINIONS_1898 = ["ES", "CU", "PH"] cite "Treaty of Paris (1898) arts. I-III, IX, 30 Stat. 1754; Act of Apr. 12, 1900 (Foraker Act) § 7, 31 Stat. 77, 79; 8 FAM 308.7-1"

/// Born in the U.S. Virgin Islands.
rule born_in_virgin_islands(p: Person)
  cite "INA § 306(b); 8 U.S.C. § 1406(b)"
  tag "route"
  holds when p.born.country == "VI" and virgin_islands_birth_qualifies(p)
  since since(virgin_islands_birth_qualifies(p))
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, tests guam-born-1930-asked-in-1949-national-
  // not-yet-citizen, iI-swains-born-1920-asked-1924-not-yet-national). Only a
  // day shown after `as_of` counts.
  unless shown(since(virgin_islands_birth_qualifies(p)) > as_of()) cite "INA § 306; 8 U.S.C. § 1406; decision 0007"
  // No one was a citizen by this route before the Act of Feb. 25, 1927
  // (review of 2026-11-30, test r76-vi-born-1900-asked-1917-01-16-day-
  // before-transfer-not-national: asked in 1917, the answer waited on
  // residence in 1927 and 1932).
  unless as_of() < 1927-02-25 cite "Act of Feb. 25, 1927, 44 Stat. 1234; INA § 306; decision 0007"
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); INA § 101(a)(38); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  // Review of 2026-11-30, tenth session (tests b14-pr-born-2025-03-01-*,
  // b14-gu-born-2025-03-01-*): the order speaks of births "in the United
  // States", which for the INA includes Puerto Rico, Guam, the Virgin
  // Islands (INA § 101(a)(38)) and the Northern Mariana Islands (Covenant
  // § 501(a)): flagged as for the States.
  review when p.born.date >= 2025-02-19: "born on or after 2025-02-19: Executive Order 14160 purported to deny citizenship to some children born in the United States (which for the INA includes this territory, INA § 101(a)(38)); courts blocked it and the Supreme Court decided Trump v. Barbara (2026) against it. The answer stays citizen (decision 0107)."

/// The Virgin Islands rule in force for the birth date.
rule virgin_islands_birth_qualifies(p: Person)
  cite "INA § 306(b); 8 U.S.C. § 1406(b)"
  cite "INA § 306(a); 8 U.S.C. § 1406(a); 8 FAM 308.8"
  quote "All persons born in the Virgin Islands of the United States on or after January 17, 1917, and prior to February 25, 1927, and subject to the jurisdiction of the United States are declared to be citizens of the United States as of February 25, 1927"
  quote "(a) The following persons and their children born subsequent to January 17, 1917, and prior to February 25, 1927, are declared to be citizens of the United States as of February 25, 1927: ... (2) All natives of the Virgin Islands of the United States who, on January 17, 1917, resided in those islands, and were residing in those islands or in the United States or Puerto Rico on February 25, 1927, and who were not on February 25, 1927, citizens or subjects of any foreign country; ... (4) All natives of the Virgin Islands of the United States who, on June 28, 1932, were residing in continental United States, the Virgin Islands of the United States, Puerto Rico, the Canal Zone, or any other insular possession or territory of the United States, and who, on June 28, 1932, were not citizens or subjects of any foreign country, regardless of their place of residence on January 17, 1917."
  versions by p.born.date
    from 1927-02-25: start = p.born.date
    from 1917-01-17 to 1927-02-25: start = 1927-02-25
    until 1917-01-17 cite "INA § 306(a)(1)-(4)": start = 1927-02-25
  // Changed in the `since` review (test citizenship/tests/since/
  // s-vi-born-1900-resident-1917-1927): births before the transfer were
  // `not_encoded`. § 306(a) declares natives citizens "as of February 25,
  // 1927" when they resided in the islands (or in the United States or
  // Puerto Rico) on 1917-01-17 and on 1927-02-25 (§ 306(a)(1)-(3)), or
  // resided in the United States or one of its territories on 1932-06-28
  // (§ 306(a)(4)); the `residence` periods hold those facts. Not being a
  // citizen of a foreign country, and not having made the treaty
  // declaration to keep Danish citizenship, are exceptions the case format
  // cannot hold; they are flagged, not presumed.
  holds when p.born.date >= 1917-01-17
    or (on(p.residence, 1917-01-17) and on(p.residence, 1927-02-25))
    or on(p.residence, 1932-06-28)
  since start
  review when p.born.date < 1917-01-17: "born in the Virgin Islands before the transfer (1917-01-17): a citizen as of 1927-02-25 under INA § 306(a) unless the person kept Danish citizenship by the treaty declaration or was a citizen of a foreign country on 1927-02-25 (or 1932-06-28); the case format has no field for these and the engine does not presume them (8 FAM 308.8)"

/// Born in Guam on or after 1899-04-11 and subject to U.S. jurisdiction.
rule born_in_guam(p: Person)
  cite "INA § 307; 8 U.S.C. § 1407"
  tag "route"
  holds when p.born.country == "GU" and guam_birth_qualifies(p)
  since since(guam_birth_qualifies(p))
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, tests guam-born-1930-asked-in-1949-national-
  // not-yet-citizen, iI-swains-born-1920-asked-1924-not-yet-national). Only a
  // day shown after `as_of` counts.
  unless shown(since(guam_birth_qualifies(p)) > as_of()) cite "INA § 307; 8 U.S.C. § 1407; decision 0007"
  // No one was a citizen by this route before the Organic Act of Guam
  // (1950-08-01; review of 2026-11-30, test r76-guam-born-1890-asked-
  // 1899-04-10-day-before-cession-not-national).
  unless as_of() < 1950-08-01 cite "Organic Act of Guam, Aug. 1, 1950, § 4, 64 Stat. 384; INA § 307; decision 0007"
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); INA § 101(a)(38); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  // Review of 2026-11-30, tenth session (tests b14-pr-born-2025-03-01-*,
  // b14-gu-born-2025-03-01-*): the order speaks of births "in the United
  // States", which for the INA includes Puerto Rico, Guam, the Virgin
  // Islands (INA § 101(a)(38)) and the Northern Mariana Islands (Covenant
  // § 501(a)): flagged as for the States.
  review when p.born.date >= 2025-02-19: "born on or after 2025-02-19: Executive Order 14160 purported to deny citizenship to some children born in the United States (which for the INA includes this territory, INA § 101(a)(38)); courts blocked it and the Supreme Court decided Trump v. Barbara (2026) against it. The answer stays citizen (decision 0107)."

/// The Guam rule in force for the birth date: a citizen at birth from
/// 1950-08-01 (the Organic Act); a person born there from 1899-04-11 was
/// declared a citizen as of 1950-08-01 (§ 307(b)); a native born before the
/// cession who resided there on 1899-04-11 and on 1950-08-01 likewise
/// (§ 307(a)(2)).
// Changed in the `since` review (tests citizenship/tests/since/s-guam-*):
// births from 1899-04-11 to 1950-07-31 were `not_encoded` (undetermined)
// because of the § 307(b) proviso ("he has taken no affirmative steps to
// preserve or acquire foreign nationality"). The proviso is an exception the
// State Department applies as one: "Section 307(b) INA conferred U.S.
// citizenship upon anyone born in Guam after April 11, 1899. Only those who
// affirmed or acquired a foreign nationality before August 1, 1950 are not
// U.S. citizens" (8 FAM 302.1-1 a. (302.4-1 a. in the 2018 edition)). The
// case format has no field for such a step, so it is not presumed (as the
// diplomat exception of § 301(a) is not); the answer is citizen as of
// 1950-08-01 and is flagged for review. Decision 0106 is updated.
rule guam_birth_qualifies(p: Person)
  cite "INA § 307(a), (b); 8 U.S.C. § 1407(a), (b); Organic Act of Guam § 4, 64 Stat. 384 (1950-08-01); 8 FAM 302.1-1"
  quote "All persons born in the island of Guam on or after April 11, 1899 (whether before or after August 1, 1950) subject to the jurisdiction of the United States, are declared to be citizens of the United States: Provided, That in the case of any person born before August 1, 1950, he has taken no affirmative steps to preserve or acquire foreign nationality."
  versions by p.born.date
    from 1950-08-01: start = p.born.date, proviso = false, needs_residence = false
    from 1899-04-11 to 1950-08-01: start = 1950-08-01, proviso = true, needs_residence = false
    until 1899-04-11 cite "INA § 307(a)(2)": start = 1950-08-01, proviso = true, needs_residence = true
  // A recorded voluntary foreign naturalization or oath before 1950-08-01
  // is such a step (review of 2026-11-29, test guam-born-1925-naturalized-
  // in-japan-1946-307b-proviso: a citizen, flagged only); what status the
  // person then kept is unsettled, so the route is left open, not closed.
  // The birthplace is read here too (the caller reads it first): for a
  // person whose birthplace is not known (a parent, say) the rule is then
  // open, not holding, so its flag is not raised for a hypothetical birth
  // in Guam (review of 2026-11-30, eleventh session: flags about Guam for
  // a Honduran-born person's parents of unknown birth).
  holds when p.born.country == "GU"
    and (not needs_residence or (on(p.residence, 1899-04-11) and on(p.residence, 1950-08-01)))
    and not (proviso
      and shown(any e in p.expatriation: e.act in ["foreign_naturalization", "foreign_oath"] and e.date < 1950-08-01 and e.voluntary)
      and guam_proviso_step_effect(p))
  since start
  review when proviso and p.born.country == "GU": "born in Guam before 1950-08-01: a citizen as of 1950-08-01 unless the person took an affirmative step to preserve or acquire a foreign nationality before that day (§ 307(a), (b) proviso) or declared the wish to keep a foreign status before 1952-08-01 (§ 307(c)); the case format has no field for these and the engine does not presume them (8 FAM 302.1-1: only those who affirmed or acquired a foreign nationality are not citizens)"

/// What a Guam-born person who took a step to acquire a foreign nationality
/// before 1950-08-01 kept (a non-citizen U.S. nationality, or none) is not
/// encoded.
rule guam_proviso_step_effect(p: Person)
  cite "INA § 307(a), (b) proviso; 8 U.S.C. § 1407; 8 FAM 302.1-1"
  versions by p.born.date
    from 1700-01-01: not_encoded "born in Guam before 1950-08-01 and recorded as voluntarily naturalized in, or sworn to, a foreign state before that day: an affirmative step to acquire a foreign nationality excludes the person from § 307 citizenship; what status the person kept needs a lawyer's review"
  holds when true

/// A child, born anywhere after 1899-04-11, of a native of Guam who resided
/// there on 1899-04-11 (INA § 307(a)(2)), residing in Guam or other U.S.
/// territory on 1950-08-01: a citizen as of that day.
// Added in the review of 2026-11-29 (tests citizenship/tests/review/
// sm-guam-307a-*, pm-guam-307a-*): a child born in Japan in 1930 to parents
// born in Guam, who lived in Guam from 1935, was answered "not a citizen"
// with no bar. § 307(a) declares citizens "the following persons, and their
// children born after April 11, 1899 ... if residing on August 1, 1950, on
// the island of Guam or other territory over which the United States
// exercises rights of sovereignty". The parent's own 1950 residence is not
// required here (a parent who died before 1950 still had the status the
// clause names; protective reading). Clause (1) (Spanish subjects who
// inhabited Guam in 1899, wherever born) cannot be read from the case; nor
// can the proviso on affirmative steps toward a foreign nationality, which
// is flagged as for births in Guam.
rule born_to_guam_native(p: Person)
  cite "INA § 307(a); 8 U.S.C. § 1407(a); Organic Act of Guam § 4, 64 Stat. 384 (1950-08-01); 8 FAM 302.1-1"
  quote "The following persons, and their children born after April 11, 1899, are hereby declared to be citizens of the United States, if residing on August 1, 1950, on the island of Guam or other territory over which the United States exercises rights of sovereignty: ... (2) All persons born in the island of Guam who resided in Guam on April 11, 1899, including those temporarily absent from the island on that date, who after that date continued to reside in Guam or other territory over which the United States exercises sovereignty and have taken no affirmative steps to preserve or acquire foreign nationality."
  tag "route"
  holds when not (p.born.country == "GU")
    and p.born.date > 1899-04-11 and p.born.date < 1950-08-01
    and on(p.residence, 1950-08-01)
    // A parent shown by a document not to be a citizen is not one of the
    // persons § 307(a) declared citizens.
    and (any l in p.parents where natural_link(l):
      not asserted_not_citizen(l.person)
        and l.person.born.country == "GU" and l.person.born.date <= 1899-04-11 and on(l.person.residence, 1899-04-11))
  since 1950-08-01
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, test L-canal-zone-1930-303a-asked-1936-not-
  // yet-citizen).
  unless shown(as_of() < 1950-08-01) cite "INA § 307; 8 U.S.C. § 1407; decision 0007"
  // The flag is raised only for a parent known to be born in Guam (review
  // of 2026-11-29: it leaked into unrelated answers through open routes of
  // parents whose own parents were not recorded).
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  review when shown(any l in p.parents: l.person.born.country == "GU"): "a citizen as of 1950-08-01 under INA § 307(a) as the child of a native of Guam, unless the person took an affirmative step to preserve or acquire a foreign nationality before that day (§ 307(a) proviso) or declared the wish to keep a foreign status before 1952-08-01 (§ 307(c)); the case format has no field for these and the engine does not presume them"

/// A child, born from 1917-01-18 to 1927-02-24 anywhere, of a native of the
/// Virgin Islands who is a citizen under INA § 306(a): a citizen as of
/// 1927-02-25.
// Added in the review of 2026-11-29 (test citizenship/tests/review/
// sm-vi-306a-child-born-abroad-1920-of-qualifying-native): a child born in
// the Dominican Republic in 1920 to a mother born in the Virgin Islands in
// 1895, who lived there throughout, was left open on derivation questions.
// § 306(a) declares citizens "the following persons and their children born
// subsequent to January 17, 1917, and prior to February 25, 1927" (Matter of
// S-, 3 I&N Dec. 870 (1950): a child born abroad in 1917 of a native).
rule born_to_virgin_islands_native(p: Person)
  cite "INA § 306(a); 8 U.S.C. § 1406(a); Matter of S-, 3 I&N Dec. 870 (BIA 1950); 8 FAM 308.8"
  quote "The following persons and their children born subsequent to January 17, 1917, and prior to February 25, 1927, are declared to be citizens of the United States as of February 25, 1927"
  tag "route"
  holds when not (p.born.country == "VI")
    and p.born.date > 1917-01-17 and p.born.date < 1927-02-25
    and (any l in p.parents where natural_link(l):
      not asserted_not_citizen(l.person)
        and l.person.born.country == "VI" and l.person.born.date < 1917-01-17 and virgin_islands_birth_qualifies(l.person))
  since 1927-02-25
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, test L-canal-zone-1930-303a-asked-1936-not-
  // yet-citizen).
  unless shown(as_of() < 1927-02-25) cite "INA § 306(a); 8 U.S.C. § 1406(a); decision 0007"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  review when shown(any l in p.parents: l.person.born.country == "VI"): "a citizen as of 1927-02-25 under INA § 306(a) as the child of a native of the Virgin Islands, unless the parent kept Danish citizenship by the treaty declaration or was a citizen of a foreign country on 1927-02-25; the case format has no field for these and the engine does not presume them (8 FAM 308.8)"

/// INA § 306(a)(1): a former Danish citizen who resided in the Virgin
/// Islands on 1917-01-17, and in the islands, the United States or Puerto
/// Rico on 1927-02-25, is a citizen as of 1927-02-25. The case format cannot
/// say where a residence in the United States was, nor the nationality held
/// in 1917: for a person born in the Danish realm (or somewhere not known)
/// before 1917-01-17 who resided here on both days, open.
// Review of 2026-11-30, eleventh session (test dk-born-1890-danish-
// resident-vi-306a1-full-facts): only the islands' natives (clauses (2) to
// (4)) were read, so a Danish-born resident of St. Thomas was "not a
// citizen". Their children born 1917-01-17..1927-02-25 (the section's
// opening words) are not read yet (left for planning).
rule virgin_islands_danish_resident(p: Person)
  cite "INA § 306(a)(1); 8 U.S.C. § 1406(a)(1); 8 FAM 308.8"
  quote "All former Danish citizens who, on January 17, 1917, resided in the Virgin Islands of the United States, and were residing in those islands or in the United States or Puerto Rico on February 25, 1927, and who did not make the declaration required to preserve their Danish citizenship by article 6 of the treaty entered into on August 4, 1916, between the United States and Denmark, or who, having made such declaration have heretofore renounced or may hereafter renounce it by a declaration before a court of record"
  tag "route"
  holds when p.born.country in ["DK", "GL", "FO", "IS"]
    and p.born.date < 1917-01-17
    and on(p.residence, 1917-01-17) and on(p.residence, 1927-02-25)
    and not asserted_not_citizen(p)
    and virgin_islands_danish_residence_open(p)
  since 1927-02-25
  // safety: its `shown(...)` was reviewed: a person not yet declared a
  // citizen on `as_of` (decision 0007)
  tag "safety:reviewed"
  unless shown(as_of() < 1927-02-25) cite "INA § 306(a); 8 U.S.C. § 1406(a); decision 0007"

/// Where in the United States a Danish-born resident lived in 1917 is not
/// in the case.
rule virgin_islands_danish_residence_open(x: Person)
  cite "INA § 306(a)(1); 8 U.S.C. § 1406(a)(1); 8 FAM 308.8"
  versions by x.born.date
    until 1917-01-17: not_encoded "born in the Danish realm before 1917-01-17 and residing in the United States on 1917-01-17 and 1927-02-25: a former Danish citizen then residing in the Virgin Islands became a citizen as of 1927-02-25 under INA § 306(a)(1) (unless the treaty declaration kept Danish citizenship); where the person lived cannot be written in a case (question: @.residence)"
  holds when true

/// Born in the Northern Mariana Islands once the Covenant's citizenship
/// provisions took effect (12:01 a.m. Saipan time, 1986-11-04).
rule born_in_northern_mariana_islands(p: Person)
  cite "Covenant to Establish a Commonwealth of the Northern Mariana Islands §§ 303, 506, Pub. L. 94-241, 90 Stat. 263; Proclamation 5564 (1986); 48 U.S.C. § 1801 note"
  tag "route"
  holds when p.born.country == "MP" and mariana_birth_qualifies(p)
  since p.born.date
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); INA § 101(a)(38); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
  // No one was a citizen by the Covenant before it took effect (12:01 a.m.
  // Saipan time on 1986-11-04, still 1986-11-03 in the States: the day
  // before that is safe in every zone; review of 2026-11-30, test r76-
  // cnmi-born-1960-asked-1985-before-covenant-citizenship-not-yet).
  unless as_of() < 1986-11-03 cite "Covenant § 1002; Proclamation 5564 (1986); decision 0007"
  // Review of 2026-11-30, tenth session (tests b14-pr-born-2025-03-01-*,
  // b14-gu-born-2025-03-01-*): the order speaks of births "in the United
  // States", which for the INA includes Puerto Rico, Guam, the Virgin
  // Islands (INA § 101(a)(38)) and the Northern Mariana Islands (Covenant
  // § 501(a)): flagged as for the States.
  review when p.born.date >= 2025-02-19: "born on or after 2025-02-19: Executive Order 14160 purported to deny citizenship to some children born in the United States (which for the INA includes this territory, INA § 101(a)(38)); courts blocked it and the Supreme Court decided Trump v. Barbara (2026) against it. The answer stays citizen (decision 0107)."

/// The Northern Mariana Islands rule in force for the birth date.
// Review of 2026-11-29 (test cnmi-born-1986-11-04-at-0000-saipan-before-
// effective-minute): the Covenant's citizenship took effect at 12:01 a.m.
// Saipan time (UTC+10) on 1986-11-04 (8 FAM 302.6-1 d.), so a birth at
// 00:00 that day came before it; the birth date alone read it as after. A
// known time before 00:01 Saipan time (minute_utc + 600 < 1, as the other
// effective instants in acquisition.hb) is dated the day before; an
// unknown time keeps the date as written (decision 0006).
rule mariana_birth_qualifies(p: Person)
  cite "Covenant §§ 301, 303, 506, Pub. L. 94-241; 8 FAM 302.2; 8 FAM 302.6-1 d."
  // safety: its `shown(...)` was reviewed (see the comment above and decision 0007)
  tag "safety:reviewed"
  versions by (if p.born.date == 1986-11-04 and shown(p.born.minute_utc + 599 < 0) then 1986-11-03 else p.born.date)
    from 1986-11-04: at_birth = true
    until 1986-11-04: at_birth = false
  // Before the Covenant: not encoded, read only for a birth shown to be in
  // the islands; for a birthplace not known the birthplace itself is the
  // open fact (review of 2026-11-30, eleventh session: the not-encoded flag
  // was raised for a parent born in 1945 somewhere not recorded).
  holds when if at_birth then true
    else if shown(p.born.country == "MP") then mariana_pre_covenant_open(p)
    else p.born.country == "MP"

/// Citizenship under Covenant § 301 for a birth in the islands before
/// 1986-11-04 is not encoded.
rule mariana_pre_covenant_open(p: Person)
  cite "Covenant §§ 301, 303, 506, Pub. L. 94-241; 8 FAM 302.2; 8 FAM 302.6-1 d."
  versions by as_of()
    from 1700-01-01: not_encoded "born in the Northern Mariana Islands before 1986-11-04: citizenship under Covenant § 301 depends on Trust Territory citizenship and domicile on 1986-11-03, which the case format cannot hold"
  holds when true

/// Born in an outlying possession (American Samoa or Swains Island; from
/// 1941-01-13, also the Philippines until their independence and Guam until
/// the Organic Act) to a citizen parent who met the presence or residence
/// rule of the day.
// Changed in the review of 2026-11-29 (tests citizenship/tests/review/
// sm-philippines-*, pm-philippines-*, sm-guam-born-1946-*): a child born in
// Manila in 1943 to a Texas-born father who had lived in the United States
// until he was ten was answered "not a citizen", by § 201(g)'s ten years'
// residence for births abroad. Until 1946-07-04 the Philippines was an
// outlying possession under the Nationality Act of 1940 (§ 101(e)), and
// § 201(e) made a citizen at birth a child born there to a citizen parent
// who "resided in the United States or one of its outlying possessions prior
// to the birth": "No specific period of residence was required" (8 FAM
// 302.5-2 b.(1); 4 I&N Dec. 575 (C.O. 1951)). Guam was one too until the
// Organic Act (1950-08-01), so a Guam birth of 1941-1950 to such a parent is
// a citizen from birth, not from 1950-08-01. Births there before 1941-01-13
// fall under R.S. § 1993 and the 1934 Act as births abroad (Friend v. Reno,
// 172 F.3d 638 (9th Cir. 1999); 8 FAM 302.5-2 a.).
rule born_in_outlying_possession_to_citizen_parent(p: Person)
  cite "INA § 301(e); 8 U.S.C. § 1401(e); Nationality Act of 1940 §§ 101(e), 201(e), 54 Stat. 1137, 1138; 8 FAM 302.5-2"
  quote "a person born in an outlying possession of the United States of parents one of whom is a citizen of the United States who has been physically present in the United States or its outlying possessions for a continuous period of one year at any time prior to the birth of such person"
  tag "route"
  holds when born_in_outlying_possession_then(p)
    and (any l in p.parents: citizen_on(l.person, p.born.date)
           and parent_at_birth_for_transmission(p, l)
           and outlying_possession_parent_requirement(p, l))
  since p.born.date

/// Parent `l` can transmit at birth: a natural parent (`natural_link`); the mother; or
/// a parent of a child born in wedlock to both parents; or the father of a
/// child born out of wedlock whose paternity was established as the law in
/// force at the birth requires (NA 1940 § 205; INA § 309(a)).
// Added in the review of the 2026-11-29 changes (tests citizenship/tests/
// review/philippines-1945-*): the outlying-possession route read any
// parent who was a citizen, so a child born in the Philippines in 1945 to a
// soldier who never legitimated him, or adopted by a citizen in 1955, was a
// citizen from birth. NA 1940 § 205 applies § 201(e) to a child born out of
// wedlock only when paternity was established during minority; an adoption
// transmits nothing at birth.
rule parent_at_birth_for_transmission(p: Person, l: ParentLink)
  cite "NA 1940 § 205; INA § 309(a), (c); 8 U.S.C. § 1409(a), (c); USCIS PM Vol. 12, Pt. H, ch. 3"
  holds when natural_link(l)
    and (is_mother(p, l)
      or (any m in p.parents where natural_link(m) and not (m.person == l.person): parents_at_birth(p, l, m))
      or (is_father(p, l) and l.biological and born_out_of_wedlock_to(p, l) and paternity_established(p, l)))

/// Born in a place that was an outlying possession on the day of birth, for
/// the statutes on births in outlying possessions: American Samoa and
/// Swains Island (coded `AS`); under the Nationality Act of 1940, also the
/// Philippines (until independence, 1946-07-04) and Guam (until the Organic
/// Act, 1950-08-01).
rule born_in_outlying_possession_then(p: Person)
  cite "INA § 101(a)(29); 8 U.S.C. § 1101(a)(29); Nationality Act of 1940 § 101(e), 54 Stat. 1137; Proclamation 2695 (Philippine independence, 1946-07-04); Organic Act of Guam, 64 Stat. 384; 8 FAM 302.5-2 b."
  holds when p.born.country == "AS"
    or (p.born.country == "PH" and p.born.date >= 1941-01-13 and p.born.date < 1946-07-04)
    or (p.born.country == "GU" and p.born.date >= 1941-01-13 and p.born.date < 1950-08-01)

/// The citizen parent's presence or residence rule for a birth in an
/// outlying possession, by the law in force at the birth.
// Added in the `since` review (test citizenship/tests/since/
// s-as-born-1948-na1940-201e-citizen-parent-resided): the INA's one year of
// continuous physical presence was applied to every birth, so a child born
// in American Samoa in 1948 to a citizen mother who had resided in the
// United States for eight months was answered a national only. The
// Nationality Act of 1940 § 201(e), in force for births from 1941-01-13 to
// 1952-12-23, asked only that the citizen parent had "resided in the United
// States or one of its outlying possessions prior to the birth". Births
// before 1941-01-13 keep the INA rule, as before (no verified statute: R.S.
// § 1993 and the 1934 Act speak of births "out of the limits and
// jurisdiction of the United States").
rule outlying_possession_parent_requirement(p: Person, l: ParentLink)
  cite "INA § 301(e); 8 U.S.C. § 1401(e); Nationality Act of 1940 § 201(e), 54 Stat. 1138; 8 FAM 301.6"
  quote "a person born in an outlying possession of the United States of parents one of whom is a citizen of the United States who resided in the United States or one of its outlying possessions prior to the birth of such person (NA 1940 § 201(e))"
  versions by statute_birth_date(p)
    from 1952-12-24 cite "INA § 301(e)": met = longest(l.person.presence & ending(p.born.date)) >= 1 year
    from 1941-01-13 to 1952-12-24 cite "NA 1940 § 201(e)": met = resided_before(l.person, p.born.date) or possession_residence_open(l.person, p.born.date)
    until 1941-01-13 cite "INA § 301(e) (no earlier statute encoded)": met = longest(l.person.presence & ending(p.born.date)) >= 1 year
  holds when met

/// NA 1940 § 201(e) counts a residence in an outlying possession (the
/// Philippines included, 1941-1946: 8 FAM 302.5-2 b.(1); 4 I&N Dec. 575
/// (C.O. 1951)), which the case format cannot record (`residence` is in
/// the United States): for a parent who had none here, the answer is open.
// Review of 2026-11-30 (tests r8-ph-born-1942-rs1993-citizen-mother-lived-
// only-in-ph-201e-not-closed, r8-ph-born-1943-*): a citizen parent who had
// lived only in the Philippines gave "not a citizen".
// Not closed by an empty `presence` (review of 2026-11-30, eleventh
// session, test e201-1948-american-samoa-citizen-father-never-resided-
// national): the format's presence covers the outlying possessions of the
// INA (American Samoa, Swains Island), but NA 1940 § 101(e) counted the
// Philippines too, and cases written with `presence: []` for a parent who
// lived there all along (tests r8-ph-born-*) would become "not a citizen".
rule possession_residence_open(x: Person, d: date)
  cite "Nationality Act of 1940 §§ 101(e), 201(e), 54 Stat. 1137-38; 8 FAM 302.5-2"
  versions by d
    from 1941-01-13 to 1952-12-24: not_encoded "a residence of the citizen parent in an outlying possession of the United States (the Philippines until 1946) before the birth counts under NA 1940 § 201(e) and cannot be written in a case (question: @.residence)"
  holds when true

/// Born in an outlying possession (American Samoa, Swains Island): a U.S.
/// national at birth.
rule born_in_outlying_possession(p: Person)
  cite "INA §§ 101(a)(29), 308(1); 8 U.S.C. §§ 1101(a)(29), 1408(1); 8 FAM 302.5-2"
  quote "A person born in an outlying possession of the United States on or after the date of formal acquisition of such possession"
  tag "route:national"
  // Review of 2026-11-29, sixth session (tests swains-born-1900-02-15-
  // inhabitant-national-from-1925-03-04, tutuila-born-1899-before-
  // annexation-samoan-parents-not-closed: "not a citizen"): the inhabitants
  // of American Samoa on its acquisition (Tutuila 1900-02-16; Swains Island
  // 1925-03-04) became nationals with it (8 FAM 302.5-1, 302.5-2); the
  // 1900 floor barred even Swains births of 1900-02-15. A person born there
  // before the acquisition is read as such an inhabitant, from its day
  // (with a flag: living there that day is assumed).
  holds when p.born.country == "AS"
  // Changed in the `since` review (test citizenship/tests/since/
  // s-swains-born-1920-national-from-1925): a birth recorded on Swains
  // Island before its acquisition (1925-03-04) was dated from birth. § 308(1)
  // reaches only persons born "on or after the date of formal acquisition";
  // an inhabitant of Swains Island became a national with the island, on
  // 1925-03-04 (Joint Resolution of Mar. 4, 1925, 43 Stat. 1357; research
  // notes § 1.3). Only a region recorded as Swains Island moves the date
  // (`shown`): "AS" alone is Tutuila and Manu'a, acquired by 1900/1904.
  since if shown(p.born.region in SWAINS_ISLAND_REGIONS) then latest(p.born.date, 1925-03-04) else latest(p.born.date, 1900-02-16)
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, tests guam-born-1930-asked-in-1949-national-
  // not-yet-citizen, iI-swains-born-1920-asked-1924-not-yet-national). Only a
  // day shown after `as_of` counts.
  unless shown(as_of() < (if shown(p.born.region in SWAINS_ISLAND_REGIONS) then 1925-03-04 else 1900-02-16))
    cite "INA § 308(1); 8 U.S.C. § 1408(1); Joint Resolution of Mar. 4, 1925, 43 Stat. 1357; decision 0007"
  review when shown(p.born.region in SWAINS_ISLAND_REGIONS and p.born.date < 1925-03-04): "Swains Island (coded AS) was acquired on 1925-03-04; a person born there before that day is read as an inhabitant who became a national with the island (8 FAM 302.5-2): that they lived there that day is assumed"
  review when not shown(p.born.region in SWAINS_ISLAND_REGIONS) and shown(p.born.date < 1900-02-16): "born in American Samoa before its acquisition (1900-02-16; Manu'a was ceded in 1904): read as an inhabitant who became a non-citizen national on that day (8 FAM 302.5-2); that the person lived there that day is assumed"

/// Region names that mean Swains Island in a case (`born.region`), which the
/// case format codes `AS`.
const SWAINS_ISLAND_REGIONS = ["Swains Island", "Swains", "swains island", "SWAINS ISLAND", "Swains Island (Olohega)", "Olohega", "Swain's Island", "Swain’s Island", "swain's island", "SWAIN'S ISLAND", "Swains island", "Swain's"] cite "INA § 101(a)(29); 8 U.S.C. § 1101(a)(29); Joint Resolution of Mar. 4, 1925, 43 Stat. 1357; spec/case-format.md (Swains Island is `AS`)"

/// Region names that mean the Canal Zone in a case (`born.region`). The case
/// format has no country code for the former Zone (ISO 3166-1 withdrew `PZ`
/// in 1980), so a birth there is `country: "PA"` with one of these regions.
const CANAL_ZONE_REGIONS = ["Canal Zone", "canal zone", "CANAL ZONE", "Panama Canal Zone", "CZ", "PZ"] cite "INA § 303(a); 8 U.S.C. § 1403(a); ISO 3166-3 (PZCZ, Panama Canal Zone, withdrawn 1980)"

/// Born in the Canal Zone (1904-02-26 to 1979-09-30) to a parent who was a
/// U.S. citizen at the birth; or born in the Republic of Panama (from
/// 1904-02-26) to a citizen parent employed at the birth by the U.S.
/// Government. No residence or physical presence of the parent is needed.
// Added in review: the engine had no § 303 route, so a child born in the Zone
// to a citizen parent who lacked the § 301(g) presence (common: the parent
// was often born and raised in the Zone) was answered "not a citizen"
// (review tests r-canal-zone-1960-father-born-in-zone,
// r-panama-1403b-father-us-government-employee). The Panama Railroad Company
// (§ 303(b)) has no case field; only U.S. Government or armed-forces service
// abroad recorded on the birth date counts here.
rule born_in_canal_zone_or_panama(p: Person)
  cite "INA § 303; 8 U.S.C. § 1403; Act of Aug. 4, 1937, 50 Stat. 558; 8 FAM 302.4"
  quote "(a) Any person born in the Canal Zone on or after February 26, 1904, and whether before or after the effective date of this chapter, whose father or mother or both at the time of the birth of such person was or is a citizen of the United States, is declared to be a citizen of the United States. (b) Any person born in the Republic of Panama on or after February 26, 1904, and whether before or after the effective date of this chapter, whose father or mother or both at the time of the birth of such person was or is a citizen of the United States employed by the Government of the United States or by the Panama Railroad Company, or its successor in title, is declared to be a citizen of the United States."
  tag "route"
  holds when p.born.country == "PA"
    and p.born.date >= 1904-02-26
    and (any l in p.parents where natural_link(l):
      citizen_on(l.person, p.born.date)
      and (born_in_canal_zone(p)
        or (any s in l.person.service_abroad: s.kind in ["us_government", "us_armed_forces"] and on(s.period, p.born.date))))
  // Changed in the `since` review (test citizenship/tests/since/
  // s-canal-zone-1930-303a-only): `since` was the birth date for every birth.
  // Section 303 "declares" citizens; it does not make them citizens "at
  // birth" (contrast § 301, "nationals and citizens of the United States at
  // birth", and § 302, "citizens ... at birth" only from 1941-01-13). It
  // re-enacts the Act of Aug. 4, 1937, 50 Stat. 558, which first conferred
  // citizenship on persons born in the Zone or in Panama (8 FAM 308.5-3;
  // 8 FAM 302.4); a person born before that Act was declared a citizen by
  // it, from 1937-08-04. A child who was also a citizen at birth under
  // R.S. § 1993 or the Act of May 24, 1934 keeps the birth date through
  // `acquired_at_birth_abroad` (the Zone was never part of the United
  // States: 8 FAM 302.4-2 a.).
  since latest(p.born.date, 1937-08-04)
  // Not yet on `as_of` when declared as of a later day (review of
  // 2026-11-29, sixth session, test L-canal-zone-1930-303a-asked-1936-not-
  // yet-citizen).
  unless shown(as_of() < 1937-08-04) cite "Act of Aug. 4, 1937, 50 Stat. 558; decision 0007"
  review when shown(p.born.country == "PA" and p.born.date < 1937-08-04): "born in the Canal Zone or Panama before 1937-08-04: INA § 303 re-enacts the Act of Aug. 4, 1937, which declared such persons citizens; the engine dates that citizenship from 1937-08-04 (the Act), not from birth (G. Chin, Why Senator John McCain Cannot Be President, 107 Mich. L. Rev. First Impressions 1 (2008)); a court may read the Act as retroactive to birth"

/// The birth took place in the Canal Zone, which existed from 1904-02-26
/// until the Panama Canal Treaty took effect on 1979-10-01.
rule born_in_canal_zone(p: Person)
  cite "INA § 303(a); 8 U.S.C. § 1403(a); Panama Canal Treaty of 1977, art. II (in force 1979-10-01); 22 U.S.C. § 3601 et seq."
  versions by p.born.date
    from 1979-10-01: none "the Canal Zone ceased to exist on 1979-10-01"
    from 1904-02-26 to 1979-10-01: in_zone = p.born.region in CANAL_ZONE_REGIONS
    until 1904-02-26: none "before the Canal Zone (1904-02-26)"
  holds when in_zone

// Citizenship by birth in the United States and its territories.

/// Born in the United States (the fifty states and DC) and subject to its
/// jurisdiction.
rule born_in_united_states(p: Person)
  cite "U.S. Const. amend. XIV, § 1; INA § 301(a); 8 U.S.C. § 1401(a); United States v. Wong Kim Ark, 169 U.S. 649 (1898)"
  quote "All persons born or naturalized in the United States, and subject to the jurisdiction thereof, are citizens of the United States"
  tag "route"
  holds when p.born.country == "US"
  since p.born.date
  // The diplomat exception must be shown: for a person born in the United
  // States the government must prove alienage (Woodby v. INS, 385 U.S. 276
  // (1966)), so unknown diplomatic status does not make the answer open.
  unless shown(child_of_foreign_diplomat(p)) cite "8 C.F.R. § 101.3(a)(1); USCIS Policy Manual Vol. 7, Pt. O, ch. 3"
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

/// The Puerto Rico rule in force for the birth date.
rule puerto_rico_birth_qualifies(p: Person)
  cite "INA § 302; 8 U.S.C. § 1402"
  versions by p.born.date
    from 1941-01-13: start = p.born.date, needs_residence = false
    from 1899-04-11 to 1941-01-13: start = 1941-01-13, needs_residence = true
    until 1899-04-11: none "born before the cession of Puerto Rico (1899-04-11)"
  holds when not needs_residence or on(p.residence, 1941-01-13)
  since start
  // An earlier act (the Jones Act of 1917) may give an earlier date.
  review when needs_residence: "born in Puerto Rico before 1941-01-13: the Jones Act of 1917 may have made the person a citizen earlier than 1941-01-13"

/// Born in the U.S. Virgin Islands.
rule born_in_virgin_islands(p: Person)
  cite "INA § 306(b); 8 U.S.C. § 1406(b)"
  tag "route"
  holds when p.born.country == "VI" and virgin_islands_birth_qualifies(p)
  since since(virgin_islands_birth_qualifies(p))

/// The Virgin Islands rule in force for the birth date.
rule virgin_islands_birth_qualifies(p: Person)
  cite "INA § 306(b); 8 U.S.C. § 1406(b)"
  quote "All persons born in the Virgin Islands of the United States on or after January 17, 1917, and prior to February 25, 1927, and subject to the jurisdiction of the United States are declared to be citizens of the United States as of February 25, 1927"
  versions by p.born.date
    from 1927-02-25: start = p.born.date
    from 1917-01-17 to 1927-02-25: start = 1927-02-25
    until 1917-01-17: not_encoded "births in the Virgin Islands before the transfer (1917-01-17) fall under INA § 306(a)(1)-(3), which needs residence facts the case format does not hold"
  holds when true
  since start

/// Born in Guam on or after 1899-04-11 and subject to U.S. jurisdiction.
rule born_in_guam(p: Person)
  cite "INA § 307; 8 U.S.C. § 1407"
  tag "route"
  holds when p.born.country == "GU" and guam_birth_qualifies(p)
  since since(guam_birth_qualifies(p))

/// The Guam rule in force for the birth date.
rule guam_birth_qualifies(p: Person)
  cite "INA § 307(b); 8 U.S.C. § 1407(b)"
  versions by p.born.date
    from 1950-08-01: start = p.born.date
    from 1899-04-11 to 1950-08-01: not_encoded "born in Guam before 1950-08-01: a citizen as of 1950-08-01 unless the person took an affirmative step to keep or acquire a foreign nationality (8 U.S.C. § 1407(b) proviso), a fact the case format cannot hold"
    until 1899-04-11: none "born before the cession of Guam (1899-04-11)"
  holds when true
  since start

/// Born in the Northern Mariana Islands once the Covenant's citizenship
/// provisions took effect (12:01 a.m. Saipan time, 1986-11-04).
rule born_in_northern_mariana_islands(p: Person)
  cite "Covenant to Establish a Commonwealth of the Northern Mariana Islands §§ 303, 506, Pub. L. 94-241, 90 Stat. 263; Proclamation 5564 (1986); 48 U.S.C. § 1801 note"
  tag "route"
  holds when p.born.country == "MP" and mariana_birth_qualifies(p)
  since p.born.date

/// The Northern Mariana Islands rule in force for the birth date.
rule mariana_birth_qualifies(p: Person)
  cite "Covenant §§ 301, 303, 506, Pub. L. 94-241; 8 FAM 302.2"
  versions by p.born.date
    from 1986-11-04: at_birth = true
    until 1986-11-04: not_encoded "born in the Northern Mariana Islands before 1986-11-04: citizenship under Covenant § 301 depends on Trust Territory citizenship and domicile on 1986-11-03, which the case format cannot hold"
  holds when at_birth

/// Born in American Samoa or Swains Island (an outlying possession) to a
/// citizen parent who had been physically present in the United States or
/// its outlying possessions for a continuous year before the birth.
rule born_in_outlying_possession_to_citizen_parent(p: Person)
  cite "INA § 301(e); 8 U.S.C. § 1401(e)"
  quote "a person born in an outlying possession of the United States of parents one of whom is a citizen of the United States who has been physically present in the United States or its outlying possessions for a continuous period of one year at any time prior to the birth of such person"
  tag "route"
  holds when p.born.country == "AS"
    and (any l in p.parents: citizen_on(l.person, p.born.date)
           and longest(l.person.presence & ending(p.born.date)) >= 1 year)
  since p.born.date

/// Born in an outlying possession (American Samoa, Swains Island): a U.S.
/// national at birth.
rule born_in_outlying_possession(p: Person)
  cite "INA §§ 101(a)(29), 308(1); 8 U.S.C. §§ 1101(a)(29), 1408(1)"
  quote "A person born in an outlying possession of the United States on or after the date of formal acquisition of such possession"
  tag "route:national"
  holds when p.born.country == "AS" and p.born.date >= 1900-02-16
  since p.born.date
  review when p.born.date < 1925-03-04: "Swains Island (coded AS) was acquired on 1925-03-04; a birth there before that day was before its formal acquisition"

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
    and (any l in p.parents where not l.adoptive:
      citizen_on(l.person, p.born.date)
      and (born_in_canal_zone(p)
        or (any s in l.person.service_abroad: s.kind in ["us_government", "us_armed_forces"] and on(s.period, p.born.date))))
  since p.born.date
  review when p.born.date < 1937-08-04: "born in the Canal Zone or Panama before 1937-08-04: INA § 303 re-enacts the Act of Aug. 4, 1937, which declared such persons citizens; whether citizenship runs from birth or from 1937-08-04 was not verified"

/// The birth took place in the Canal Zone, which existed from 1904-02-26
/// until the Panama Canal Treaty took effect on 1979-10-01.
rule born_in_canal_zone(p: Person)
  cite "INA § 303(a); 8 U.S.C. § 1403(a); Panama Canal Treaty of 1977, art. II (in force 1979-10-01); 22 U.S.C. § 3601 et seq."
  versions by p.born.date
    from 1979-10-01: none "the Canal Zone ceased to exist on 1979-10-01"
    from 1904-02-26 to 1979-10-01: in_zone = p.born.region in CANAL_ZONE_REGIONS
    until 1904-02-26: none "before the Canal Zone (1904-02-26)"
  holds when in_zone

// U.S. nationals who are not citizens, born outside the outlying possessions.

/// Born outside the United States and its outlying possessions to parents
/// who are both nationals but not citizens, one of whom had a residence in
/// the United States or its outlying possessions before the birth.
rule born_abroad_to_national_parents(p: Person)
  cite "INA § 308(2); 8 U.S.C. § 1408(2)"
  tag "route:national"
  holds when not (p.born.country in ["US", "PR", "GU", "VI", "MP", "AS"])
    and count(p.parents) == 2
    and (all l in p.parents: national_on(l.person, p.born.date) and not citizen_on(l.person, p.born.date))
    and (any l in p.parents: ever(l.person.residence & ending(p.born.date)))
  since p.born.date

/// A status of U.S. national asserted with a U.S. document.
rule asserted_national(p: Person)
  cite "22 U.S.C. § 2705; 22 C.F.R. § 51.1 (passports of non-citizen nationals)"
  tag "route:national"
  holds when p.asserted.status == "national" and p.asserted.evidence in DOCUMENTS
  since p.asserted.since

// Naturalization, documents, and regaining citizenship.

/// Documents that prove U.S. citizenship or nationality. Testimony is a
/// claim to investigate, not proof.
const DOCUMENTS = ["us_passport", "naturalization_certificate", "citizenship_certificate", "consular_report_of_birth_abroad", "us_birth_certificate", "passport_card"] cite "22 U.S.C. § 2705; 8 U.S.C. § 1452; 8 C.F.R. § 341"

/// Grounds on which a court may revoke naturalization.
const LAWFUL_DENATURALIZATION_GROUNDS = ["illegal_procurement", "concealment_or_misrepresentation", "conviction_18_usc_1425"] cite "INA § 340(a), (e); 8 U.S.C. § 1451(a), (e)"

/// Naturalized: a citizen from the day of the oath of allegiance. A crime
/// committed after naturalization is not a ground to revoke it.
rule naturalized_citizen(p: Person)
  cite "INA § 337; 8 U.S.C. § 1448; 8 C.F.R. § 337.9"
  tag "route"
  holds when present(p.naturalized) and p.naturalized.date <= as_of()
  since p.naturalized.date
  unless naturalization_revoked(p) cite "INA § 340(a); 8 U.S.C. § 1451(a)"
  review when shown(present(p.denaturalization)) and not (p.denaturalization.ground in LAWFUL_DENATURALIZATION_GROUNDS): "a judgment revoking naturalization on a ground the statute does not provide (conduct after naturalization, such as an unrelated crime) does not revoke citizenship: INA § 340(a) allows revocation only for illegal procurement or concealment or willful misrepresentation (Costello v. INS, 376 U.S. 120 (1964); Maslenjak v. United States, 582 U.S. 335 (2017))"

/// A final judgment revoking naturalization on a ground the statute gives.
/// It must be shown: an unknown judgment does not end citizenship.
rule naturalization_revoked(p: Person)
  cite "INA § 340(a); 8 U.S.C. § 1451(a); Maslenjak v. United States, 582 U.S. 335 (2017)"
  holds when shown(present(p.denaturalization))
    and p.denaturalization.final
    and p.denaturalization.ground in LAWFUL_DENATURALIZATION_GROUNDS

/// Regained citizenship by the oath of INA § 324(d): a citizen from the oath,
/// not retroactively. Only a recorded oath counts here; where a person may
/// have lost citizenship under the old retention rules, the acquisition
/// rules ask about the oath themselves.
rule regained_citizenship(p: Person)
  cite "INA § 324(d)(1); 8 U.S.C. § 1435(d)(1)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  quote "from and after the taking of the oath of allegiance"
  tag "route"
  holds when shown(present(p.regained)) and p.regained.date <= as_of()
  since p.regained.date

/// A status of U.S. citizen asserted with a U.S. document (the engine takes
/// documentary evidence as a fact; testimony is a claim to investigate).
rule asserted_citizen(p: Person)
  cite "22 U.S.C. § 2705; 8 U.S.C. § 1452; 8 C.F.R. § 341"
  tag "route"
  holds when p.asserted.status == "citizen" and p.asserted.evidence in DOCUMENTS
  since p.asserted.since

/// A relative's status asserted as "not a citizen" or "national" (not a
/// citizen) is taken as a fact. The subject's own asserted status never
/// closes a route: whether the subject is a citizen is the question the
/// engine answers.
rule asserted_not_citizen(p: Person)
  cite "spec/case-format.md, Person.citizenship"
  holds when not p.is_subject and p.asserted.status in ["not_citizen", "national"]
  review when p.asserted.evidence == "testimony": "a relative's status as not a U.S. citizen rests on testimony only (e.g. an interview answer); it closes the routes through that relative, so it should be confirmed with documents"

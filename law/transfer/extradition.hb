// Extradition (18 U.S.C. ch. 209; decision 0307). U.S. citizenship is not a
// bar to extradition (18 U.S.C. § 3196): the `citizen` bar does not apply.

/// A requirement of extradition is missing: a treaty in force, a judicial
/// certification of extraditability, or the Secretary of State's surrender
/// warrant.
rule bar_extradition_requirements(c: Case)
  cite "18 U.S.C. §§ 3181, 3184, 3186; Valentine v. United States ex rel. Neidecker, 299 U.S. 5 (1936)"
  quote "If, on such hearing, he deems the evidence sufficient to sustain the charge under the provisions of the proper treaty or convention ... he shall certify the same ... to the Secretary of State, that a warrant may issue upon the requisition of the proper authorities of such foreign government, for the surrender of such person"
  tag "bar:extradition_requirements"
  holds when c.action.kind == "extradition"
    and (not c.action.treaty_in_force
      or not c.action.judicial_certification
      or not c.action.surrender_warrant
      or extradition_of_noncitizen_national_open(c))
  review when not c.action.treaty_in_force and not citizen(c.subject): "without a treaty, 18 U.S.C. § 3181(b) allows surrender of a person who is not a U.S. citizen, national or permanent resident for crimes of violence against U.S. nationals abroad; that exception is not modeled (decision 0307)"

/// The person is a U.S. national but not a citizen (born in American Samoa
/// or on Swains Island): 18 U.S.C. § 3196 lets the Secretary of State
/// surrender a U.S. citizen whom the treaty does not oblige the United
/// States to deliver, and names no other national; without a statute the
/// Executive may surrender only whom the treaty obliges it to (Valentine).
/// Whether this treaty reaches U.S. nationals is not in the case: open.
// Review of 2026-11-30, ninth session (test as-born-noncitizen-national-
// extradition-3196-covers-only-citizens: "no bar found").
rule extradition_of_noncitizen_national_open(c: Case)
  cite "18 U.S.C. § 3196; Valentine v. United States ex rel. Neidecker, 299 U.S. 5 (1936); INA § 101(a)(22)(B), 8 U.S.C. § 1101(a)(22)(B)"
  quote "If the applicable treaty or convention does not obligate the United States to extradite its citizens to a foreign country, the Secretary of State may, nevertheless, order the surrender to that country of a United States citizen whose extradition has been requested by that country if the other requirements of that treaty or convention are met."
  // As in `bar_national`: a citizen shown is surrendered under § 3196. Only
  // a person shown to be a national is read: a national route open for want
  // of the parents' facts (any sparse case) would open every extradition.
  // safety: its `shown(...)` was reviewed: it only adds an open bar for a
  // shown national; a national not shown keeps the answer it had
  tag "safety:reviewed"
  holds when shown(national(c.subject)) and not shown(citizen(c.subject)) and extradition_of_nationals_not_encoded(c)

/// Whether a treaty obliges the United States to surrender its nationals
/// cannot be written in a case.
rule extradition_of_nationals_not_encoded(c: Case)
  cite "18 U.S.C. § 3196; Valentine v. United States ex rel. Neidecker, 299 U.S. 5 (1936)"
  versions by as_of()
    from 1700-01-01: not_encoded "extradition of a U.S. national who is not a citizen: 18 U.S.C. § 3196 covers only citizens, so the surrender is lawful only if the treaty obliges the United States to deliver its nationals, which the case format cannot hold (question: action.treaty)"
  holds when true

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
      or not c.action.surrender_warrant)
  review when not c.action.treaty_in_force and not citizen(c.subject): "without a treaty, 18 U.S.C. § 3181(b) allows surrender of a person who is not a U.S. citizen, national or permanent resident for crimes of violence against U.S. nationals abroad; that exception is not modeled (decision 0307)"

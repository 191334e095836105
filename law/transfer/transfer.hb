// Transfer of a sentenced prisoner to a foreign country to serve the
// sentence there (18 U.S.C. ch. 306, §§ 4100-4115; decision 0307). Whether a
// U.S. citizen may be transferred is decided by the `citizen` bar
// (law/removal/who.hb), which lets through only a transfer that meets
// chapter 306.

/// No treaty providing for the transfer is in force with the receiving
/// country.
rule bar_transfer_no_treaty(c: Case)
  cite "18 U.S.C. § 4100(a)"
  quote "The provisions of this chapter relating to the transfer of offenders shall be applicable only when a treaty providing for such a transfer is in force"
  tag "bar:transfer_no_treaty"
  holds when c.action.kind == "foreign_custody_transfer" and not c.action.treaty_in_force
  review when true: "which countries have a prisoner-transfer treaty in force with the United States (for example El Salvador) was not verified; double criminality and the consents of both governments (18 U.S.C. §§ 4100(b), 4101, 4102) are not modeled (decision 0307)"

/// The person is not a citizen or national of the receiving country.
rule bar_transfer_not_national_of_receiving_state(c: Case)
  cite "18 U.S.C. § 4100(b)"
  quote "An offender may be transferred from the United States pursuant to this chapter only to a country of which the offender is a citizen or national."
  tag "bar:transfer_not_national_of_receiving_state"
  holds when c.action.kind == "foreign_custody_transfer"
    and not (c.action.to in c.immigration.nationalities)

/// The person did not consent to the transfer, or the consent was not
/// verified by a U.S. magistrate judge or judge.
rule bar_transfer_no_consent(c: Case)
  cite "18 U.S.C. §§ 4100(b), 4107, 4108"
  quote "The transfer of an offender shall be conditioned upon ... the offender's consent to such transfer"
  tag "bar:transfer_no_consent"
  holds when c.action.kind == "foreign_custody_transfer"
    and (not c.action.consent.given or not c.action.consent.verified_by_judge)

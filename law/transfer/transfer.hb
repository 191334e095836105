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
  // Review of 2026-11-29 (tests exam-treaty-transfer-mexico-*): a
  // consensual transfer with a treaty in force was cleared though the
  // treaties exclude some prisoners: the U.S.-Mexico treaty (1976) does not
  // apply to a domiciliary of the sending state (five years' residence with
  // intent to remain) nor to immigration offenses (DOJ Criminal Resource
  // Manual 732), and every transfer needs double criminality (18 U.S.C.
  // §§ 4100(b), 4101(a)). Where the record points to one of these (five
  // years as a permanent resident, or an immigration-law conviction), the
  // treaty's reach is left open.
  holds when c.action.kind == "foreign_custody_transfer"
    and (not c.action.treaty_in_force
      or (treaty_exclusion_indicated(c) and treaty_exclusion_open(c)))

/// A transfer to a foreign prison: the parts of chapter 306 the engine does
/// not model go with every answer, a cleared transfer's too.
// Review of 2026-11-30, tenth session (test s61-transfer-all-requirements-
// control): this flag was the review of `bar_transfer_no_treaty`, which a
// rule raises only when it does not fail, so a transfer meeting every
// modelled requirement ("no bar found") carried no flag, though the treaty
// list is unverified (decision 0307).
rule transfer_unmodelled_requirements(c: Case)
  cite "18 U.S.C. §§ 4100(a)-(b), 4101, 4102; decision 0307"
  tag "action:note"
  // Only where a treaty is recorded in force: otherwise the `transfer_no_
  // treaty` bar speaks (and a citizen's CECOT-style hand-over is barred by
  // citizenship, which this note would only clutter).
  // safety: its `shown(...)` was reviewed: a note decides no answer
  tag "safety:reviewed"
  holds when c.action.kind == "foreign_custody_transfer" and shown(c.action.treaty_in_force)
  review when true: "which countries have a prisoner-transfer treaty in force with the United States (for example El Salvador) was not verified; double criminality and the consents of both governments (18 U.S.C. §§ 4100(b), 4101, 4102) are not modeled (decision 0307)"

/// The record points to a treaty exclusion: the person was a permanent
/// resident (or resided here) for five years before the transfer (a
/// "domiciliary" of the United States), or a conviction is for an
/// immigration offense (illegal entry or reentry).
rule treaty_exclusion_indicated(c: Case)
  cite "Treaty on the Execution of Penal Sentences, U.S.-Mex., Nov. 25, 1976, 28 U.S.T. 7399, arts. I-II; DOJ Criminal Resource Manual 732; 18 U.S.C. §§ 4100(b), 4101(a)"
  // safety: its `shown(...)` was reviewed: it only opens a bar
  tag "safety:reviewed"
  // The domiciliary exclusion is read for Mexico, whose treaty has it; the
  // multilateral conventions are not known to (not verified).
  // Review of 2026-11-30, eleventh session (tests g-transfer-mexican-
  // residence-at-least-4y5m-list-incomplete, g-transfer-us-born-dual-mx-
  // residence-unrecorded, g-transfer-*-of-sentence-left): a residence not
  // recorded, or recorded as incomplete, left the domiciliary exclusion
  // closed ("no bar found" for a U.S.-born citizen); it is now open (three-
  // valued). Not read: the treaties' six months of sentence left when the
  // transfer is requested (U.S.-Mex. treaty art. II; Council of Europe
  // Convention art. 3(1)(c)): the request's day is not in the case.
  // Read three-valued for a person who may be a U.S. citizen (for whom the
  // treaty transfer is the only exception to the citizenship bar); for a
  // person shown not to be one, only a domicile shown opens it (the
  // consensual transfer of a foreign national with no residence recorded
  // is not asked about it).
  // A recorded admission for permanent residence is read three-valued even
  // then (review of the fifteenth session, test mm-transfer-mexican-lpr-
  // year-only-five-years-open: an admission dated "2020" for a transfer on
  // 2025-09-01 gave "no bar found", though an admission up to 2020-09-01
  // leaves the exclusion open: the date is asked).
  holds when (shown(c.action.to == "MX")
      and (if shown(not citizen(c.subject))
        then (shown(domiciled_five_years(c))
          or (shown(present(c.subject.lpr)) and anniversary(c.subject.lpr.date, 5) <= c.action.date)
          // So is a recorded residence (a start dated "2020"; review of the
          // change, test r15g-transfer-mexican-residence-year-only-
          // straddles-five-years-open).
          or (shown(ever(c.subject.residence)) and total(c.subject.residence & ending(c.action.date)) >= 1826 days))
        else domiciled_five_years(c)))
    or shown(any k in c.immigration.convictions: k.offense in ["illegal_reentry", "illegal_entry", "reentry_after_removal", "8_usc_1326", "8_usc_1325", "immigration"])

/// The subject was a permanent resident, or resided here, for five years
/// before the transfer.
def domiciled_five_years(c: Case) -> bool =
  anniversary(c.subject.lpr.date, 5) <= c.action.date
    or total(c.subject.residence & ending(c.action.date)) >= 1826 days

/// Whether the treaty reaches this prisoner is for a lawyer.
rule treaty_exclusion_open(c: Case)
  cite "Treaty on the Execution of Penal Sentences, U.S.-Mex., Nov. 25, 1976, 28 U.S.T. 7399, arts. I-II; DOJ Criminal Resource Manual 732"
  versions by c.action.date
    from 1977-01-01: not_encoded "the transfer treaty may not reach this prisoner: the U.S.-Mexico treaty excludes domiciliaries of the sending state (five years' residence with intent to remain) and immigration offenses, and every transfer needs double criminality (18 U.S.C. §§ 4100(b), 4101(a)); which treaty applies and whether it excludes the person is not in the case"
  holds when true

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
    and (not c.action.consent.given or not c.action.consent.verified_by_judge
      // Review of 2026-11-29 (test removal/tests/review/
      // transfer-of-16-year-old-consent-recorded): an offender under 18 may
      // be transferred only with the consent of a parent or guardian, a
      // guardian ad litem or a court (§ 4100(b)); who consented is not in
      // the case format, so it is left open.
      or (subject_minor_on_action(c) and minor_consent_unknown(c)))

/// The person is not serving a sentence: there is nothing to transfer under
/// chapter 306, which moves an offender to serve a sentence imposed in the
/// United States.
rule bar_transfer_not_sentenced(c: Case)
  cite "18 U.S.C. §§ 4100(a), (b), 4101(g), 4102, 4105"
  quote "\"offender\" means a person who has been convicted of an offense or who has been adjudged to have committed an act of juvenile delinquency"
  tag "bar:transfer_not_sentenced"
  // Added in review (tests foreign-custody-transfer-of-person-not-serving-a-sentence,
  // foreign-custody-transfer-sentence-status-unknown): a person with no
  // sentence handed to a foreign prison (the CECOT transfers of 2025) found
  // no bar. The prisoner-transfer statute is the only authority for
  // handing a person in U.S. custody to a foreign prison that the engine
  // knows; a removal that ends in foreign detention is a `removal` (with
  // its own bars). An unknown sentence leaves the bar open.
  holds when c.action.kind == "foreign_custody_transfer"
    and not serving_sentence_on_action(c)
  review when true: "a person not serving a U.S. sentence is to be handed to a foreign prison or government: chapter 306 (18 U.S.C. §§ 4100-4115) does not reach it; whether any other authority does (a removal followed by detention abroad, the Alien Enemies Act) is for a lawyer (Noem v. Abrego Garcia (2025); J.G.G. v. Trump)"

/// Who consented for an offender under 18 (a parent or guardian, a guardian
/// ad litem, or a court) is not in the case format.
rule minor_consent_unknown(c: Case)
  cite "18 U.S.C. § 4100(b)"
  quote "if the offender is under eighteen years of age the transfer shall not be accomplished unless consent to the transfer be given by a parent or guardian, guardian ad litem, or by an appropriate court of the sending country"
  versions by c.action.date
    from 1977-01-01: not_encoded "the offender is under 18: the transfer needs the consent of a parent or guardian, a guardian ad litem or a court (18 U.S.C. § 4100(b)), and the case does not say who consented (question: action.consent)"
  holds when true

/// An appeal or a collateral attack on the conviction or sentence may be
/// pending: "an offender shall not be transferred ... if a proceeding by way
/// of appeal or of collateral attack upon the conviction or sentence be
/// pending" (18 U.S.C. § 4100(c)). It is a condition of the transfer, not a
/// stay: a denied stay does not clear it. The case format records a
/// pending habeas or `other` matter without saying what it attacks, so such
/// a matter leaves the bar open.
// Added in the review of 2026-11-29 (test treaty-transfer-with-pending-
// 2255-collateral-attack-stay-denied): a treaty transfer with a § 2255
// motion pending (recorded as `habeas`, stay denied) was "no bar found".
// The wording of § 4100(c) is as the reviewer quoted it and as remembered
// here; it was not re-read from the Code (the search corpora hold only
// § 4100(a)-(b)). New bar kind (the spec allows extending the vocabulary).
rule bar_transfer_challenge_pending(c: Case)
  cite "18 U.S.C. § 4100(c)"
  tag "bar:transfer_challenge_pending"
  holds when c.action.kind == "foreign_custody_transfer"
    and (any x in c.immigration.pending where x.kind in ["habeas", "other"]:
      pending_on_action(c, x) and attacks_conviction_unknown(x))

/// Whether a pending habeas or other matter attacks the conviction or
/// sentence (rather than, say, immigration detention) is not in the case.
rule attacks_conviction_unknown(x: Pending)
  cite "18 U.S.C. § 4100(c)"
  versions by x.filed
    from 1700-01-01: not_encoded "a habeas or other proceeding is pending: if it attacks the conviction or sentence (an appeal, a 28 U.S.C. § 2255 motion, a state post-conviction petition), 18 U.S.C. § 4100(c) forbids the transfer (question: @)"
  holds when true

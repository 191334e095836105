// Detention after a final order of removal (INA § 241(a)(6)): how long it
// may last. Immigration detention of a citizen or national is in who.hb; of
// a TPS holder in protections.hb.

/// Detention after a final order of removal that has lasted more than six
/// months since the order and the start of custody, when removal may not be
/// reasonably foreseeable: Zadvydas v. Davis holds six months presumptively
/// reasonable; after that, once the person gives good reason to believe
/// there is no significant likelihood of removal in the reasonably
/// foreseeable future, the government must rebut it or release the person.
/// Whether removal is foreseeable (travel documents, a country that will
/// accept the person, a protection as to the only country of nationality)
/// is not in the case format: the bar is open, never definite.
// Added in the review of 2026-11-29 (test detention-twelve-months-post-
// order-withholding-only-nationality): a man held twelve months after his
// final order, with withholding as to his only country and no third country
// recorded, was "no bar found"; the length of post-order detention was not
// read at all. New bar kind `prolonged_detention` (the spec allows extending
// the vocabulary; decision 0300).
rule bar_prolonged_detention(c: Case)
  cite "INA § 241(a)(1), (a)(6); 8 U.S.C. § 1231(a)(1), (a)(6); Zadvydas v. Davis, 533 U.S. 678 (2001); Clark v. Martinez, 543 U.S. 371 (2005); 8 C.F.R. § 241.13"
  quote "once the alien provides good reason to believe that there is no significant likelihood of removal in the reasonably foreseeable future, the Government must respond with evidence sufficient to rebut that showing"
  tag "bar:prolonged_detention"
  holds when c.action.kind == "detention"
    and (any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS:
      // The detention's first day is the notice's `planned` day; the case
      // format has no other field for it. A detention whose start is not
      // recorded may have begun any day up to `as_of`: open once six months
      // have passed since the order, and the start is asked (review of
      // 2026-11-30, tenth session, test detention-final-order-2022-custody-
      // start-unknown: the start defaulted to `as_of`, so a detention under
      // a 2022 order was "no bar found" with nothing asked). Re-detention
      // after release (8 C.F.R. § 241.13(i)(2)) is not recorded.
      order_final_on(c, o, as_of())
        and months_after(latest(o.date, c.action.notice.planned), 6) <= as_of())
    and removal_foreseeability_not_encoded(c)

/// Whether removal is reasonably foreseeable is a question of fact the case
/// format cannot hold.
rule removal_foreseeability_not_encoded(c: Case)
  cite "Zadvydas v. Davis, 533 U.S. 678, 701 (2001); 8 C.F.R. § 241.13(b)-(f)"
  versions by as_of()
    from 2001-06-28: not_encoded "the person has been, or may have been, held six months or more after a final order of removal: whether removal is reasonably foreseeable (travel documents, a country willing to accept the person, a protection as to the only country of nationality) decides whether the detention may go on (Zadvydas v. Davis; 8 C.F.R. § 241.13)"
    until 2001-06-28: none "Zadvydas v. Davis was decided on 2001-06-28"
  holds when true

// Unaccompanied alien children (decision 0310).

/// The authorities of an order that comes from removal proceedings under
/// INA § 240: the judge's order, an alternate order after voluntary
/// departure granted there, a stipulated order.
const PROCEEDINGS_240 = ["ina240", "voluntary_departure", "stipulated"] cite "INA §§ 240, 240(d), 240B; 8 U.S.C. §§ 1229a, 1229c; 8 C.F.R. §§ 1003.25(b), 1241.1(f)"

/// An unaccompanied child must be placed in removal proceedings under
/// INA § 240, and transferred to HHS custody within 72 hours: removal by any
/// other procedure, and immigration detention by DHS, are barred.
rule bar_unaccompanied_child(c: Case)
  cite "8 U.S.C. § 1232(a)(5)(D), (b)(1), (b)(3) (TVPRA 2008 § 235); 6 U.S.C. § 279(g)(2)"
  quote "Any unaccompanied alien child sought to be removed by the Department of Homeland Security, except for an unaccompanied alien child from a contiguous country subject to exceptions under subsection (a)(2), shall be placed in removal proceedings under section 240 of the Immigration and Nationality Act"
  tag "bar:unaccompanied_child"
  tag "safety:reviewed"
  // An unrecorded `unaccompanied_child` for a person under 18 leaves the
  // answer open (whether a parent or legal guardian in the United States is
  // available to provide care cannot be told from the parent relations).
  // Thirteenth session (review test dis-uac-expedited-order-entered-at-17-
  // executed-after-18th-birthday: no_bar_found): an order entered by
  // another procedure while the person was an unaccompanied child was
  // outside the authority it was entered under (§ 1232(a)(5)(D)); turning
  // 18 later does not make it one from § 240 proceedings, so a removal on it
  // is barred too (as an expedited order against a permanent resident is
  // judged on the order's day). `shown`: this branch needs such an order
  // recorded (an adult with no orders recorded is not asked about them for
  // it); the branch for a child under 18 on the action's day is unchanged.
  // safety: its `shown(...)` was reviewed: it only limits the branch added
  // for an adult to a recorded order; it closes nothing the rule held before
  holds when c.immigration.unaccompanied_child
    and ((c.action.kind == "removal" and not placed_in_removal_proceedings(c)
        and (c.action.date < anniversary(c.subject.born.date, 18)
          // The order's day is read three-valued once such an order is
          // recorded (review of the fifteenth session, test mm-uac-
          // expedited-order-year-only-straddles-18th-birthday: an order
          // dated "2025" across the 18th birthday gave "no bar found").
          or ((any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS and not (o.authority in PROCEEDINGS_240):
              o.date < anniversary(c.subject.born.date, 18))
            and shown(any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS and not (o.authority in PROCEEDINGS_240): true))))
      or (c.action.kind == "detention" and c.action.date < anniversary(c.subject.born.date, 18)))
  review when c.action.kind == "removal" and c.action.to in ["MX", "CA"]: "a child from a contiguous country (Mexico, Canada) may be returned after the screening of 8 U.S.C. § 1232(a)(2), which the case format does not record (decision 0310)"
  review when c.action.kind == "removal" and c.action.to == "GT": "L.G.M.L. v. Noem (D.D.C. Aug. 31, 2025) temporarily restrained removals of Guatemalan children without proceedings (from memory; check its current status)"

/// The removal is under INA § 240 and an order from those proceedings
/// exists.
rule placed_in_removal_proceedings(c: Case)
  cite "8 U.S.C. § 1232(a)(5)(D); INA § 240, (d); 8 U.S.C. § 1229a, (d); 8 C.F.R. § 1003.25(b)"
  // An alternate order after voluntary departure granted in § 240
  // proceedings comes from those proceedings (8 C.F.R. § 1241.1(f); TVPRA,
  // 8 U.S.C. § 1232(a)(5)(D)(ii), makes such children eligible for § 240B
  // voluntary departure): review of 2026-11-29, test unaccompanied-child-
  // alternate-order-after-voluntary-departure-in-240.
  // A stipulated order is entered by an immigration judge in § 240
  // proceedings (§ 240(d); 8 C.F.R. § 1003.25(b)): review of 2026-11-29,
  // test unaccompanied-child-stipulated-removal-order-in-240.
  holds when c.action.authority in PROCEEDINGS_240
    and (any o in c.immigration.orders where o.kind in REMOVAL_ORDER_KINDS: o.authority in PROCEEDINGS_240)

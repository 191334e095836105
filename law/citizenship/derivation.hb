// Citizenship derived from a parent's naturalization.

/// Derived U.S. citizenship through a parent after birth.
rule derived_from_parent(p: Person)
  cite "INA § 320; 8 U.S.C. § 1431; former INA § 321; 8 U.S.C. § 1432 (1952-2001)"
  tag "route"
  holds when derivation_not_yet_encoded(p)

/// Placeholder window: the derivation rules are being encoded (issue 4).
rule derivation_not_yet_encoded(p: Person)
  cite "INA § 320; 8 U.S.C. § 1431"
  versions by p.born.date
    from 1700-01-01: not_encoded "derivation of citizenship is not encoded yet"
  holds when true

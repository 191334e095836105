// Citizenship acquired at birth abroad through a citizen parent.

/// Acquired U.S. citizenship at birth abroad through a parent.
rule acquired_at_birth_abroad(p: Person)
  cite "INA §§ 301, 309; 8 U.S.C. §§ 1401, 1409"
  tag "route"
  holds when not (p.born.country in ["US", "PR", "GU", "VI", "MP", "AS"]) and acquisition_not_yet_encoded(p)
  since p.born.date

/// Placeholder window: the acquisition rules are being encoded (issue 3).
rule acquisition_not_yet_encoded(p: Person)
  cite "INA §§ 301, 309; 8 U.S.C. §§ 1401, 1409"
  versions by p.born.date
    from 1700-01-01: not_encoded "acquisition of citizenship at birth abroad is not encoded yet"
  holds when true

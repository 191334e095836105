// Family facts the derivation statutes read: who is the parent's "child",
// wedlock and legitimation, custody, legal separation and death of a parent.

/// The parent link is the child's mother: she gave birth, or is recorded
/// as female.
rule derivation_mother_link(l: ParentLink)
  cite "INA § 101(c)(2); 8 U.S.C. § 1101(c)(2)"
  holds when l.gestational or l.person.sex == "female"

/// The parent link is the child's father: he is recorded as male, or another
/// parent of the child is shown to have given birth (only one person gives
/// birth to a child, so the other parent is the father).
rule derivation_father_link(p: Person, l: ParentLink)
  cite "INA § 101(c)(1), (2); 8 U.S.C. § 1101(c)(1), (2)"
  // safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
  tag "safety:reviewed"
  // `shown` here identifies roles, it does not close a route: a link is read
  // as the father's only when the facts show it; otherwise the father's
  // extra conditions (wedlock, legitimation) are not applied.
  // Review of 2026-11-30, tenth session (tests ivf-reciprocal-*, ivf-2019-
  // unmarried-us-genetic-mother-309c, gestational-parent-recorded-male-*):
  // a genetic mother recorded female, whose partner gave birth, was read as
  // the father (and asked to have legitimated the child: "not a citizen"
  // with `legitimated: false`); and a parent recorded male who gave birth
  // was read as the father. A parent recorded female is no father, and one
  // recorded as having given birth is the mother whatever the sex recorded.
  // Thirteenth session (review test mr-genetic-parent-sex-unknown-
  // naturalized-320: "not a citizen"): a birth mother recorded as not the
  // genetic parent leaves the genetic parent's role open (reciprocal IVF:
  // the genetic parent may be a woman) until the sex is recorded.
  holds when (shown(l.person.sex == "male") and not shown(l.gestational))
    or (shown(any k in p.parents where not (k.person == l.person): derivation_mother_link(k) and not shown(not k.biological))
        and not shown(l.gestational) and not shown(l.person.sex == "female"))

/// The child was born in wedlock as far as parent `l` is concerned: `l` was
/// married at the birth to another legal parent of the child, one of the
/// two a genetic or gestational parent (decision 0101; USCIS PA-2021-17).
// Review of 2026-11-30, tenth session. The rule first read every parent
// link (a gestational surrogate or a genetic father recorded as no legal
// parent, married to no one, made the birth one out of wedlock: the
// married legal father had to legitimate, "not a citizen" with
// `legitimated: false`); then, reading only the legal parents but for the
// child as a whole (review of the change, tests st2-*, st3-*, w-surrogate-
// married-gfather-*, st-stepfather-legal-false-*): a stepfather recorded as
// a parent, who married the mother after the birth, made a birth in
// wedlock one out of wedlock (a wrong "not a citizen" under former
// § 321(a)(3)), and a surrogate married to her husband made the birth one
// in wedlock for the genetic father, who then needed no legitimation.
// Wedlock is now read for each parent: married at the birth to another
// legal parent, not both shown without a genetic or gestational tie.
rule born_in_wedlock_of_parent(p: Person, l: ParentLink)
  cite "INA § 101(c)(1); 8 U.S.C. § 1101(c)(1); USCIS PM Vol. 12, Pt. H, ch. 3.B; USCIS Policy Alert PA-2021-17 (Aug. 5, 2021); decision 0101"
  // safety: its `shown(...)` was reviewed: only a pair recorded as having
  // no genetic or gestational tie at all is set aside (a stepparent couple);
  // an unrecorded tie keeps the pair, as before
  tag "safety:reviewed"
  // Either reading makes the birth one in wedlock (review of the change,
  // tests x1-f321a1-both-naturalized-father-legal-false-*, w5-320-genetic-
  // father-legal-false-married-at-birth-*): the 2021 policy's (the legal
  // parents married, one with a tie) or the older one's (the genetic
  // parents married, whatever the law of the place said of `legal`): the
  // policy widened "in wedlock", it did not narrow it.
  holds when natural_link(l)
    and (any k in p.parents where natural_link(k) and not (k.person == l.person):
      ((wedlock_link(l) and wedlock_link(k) and not shown(not has_tie(l) and not has_tie(k)))
        or (not shown(not has_tie(l)) and not shown(not has_tie(k))))
      and born_in_wedlock_to(p, l.person, k.person))

/// The child was born out of wedlock as the statutes before 2021 read it:
/// mother `l` was not married at the birth to a parent who may be the
/// child's genetic father (for the unwed mother's clause of former
/// § 321(a)(3)).
// Review of the change (test w-f321a3-gfTrue-hlegalTrue): a mother married
// at the birth to a legal father who is not the genetic one, the genetic
// father recorded as no legal parent, is a mother "in wedlock" under the
// 2021 policy, which left the rules for children born out of wedlock
// unchanged; the older reading (the genetic parents not married to each
// other) keeps her clause, the protective side.
rule born_in_wedlock_to_genetic_parent(p: Person, l: ParentLink)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); USCIS PM Vol. 12, Pt. H, ch. 3.B; decision 0101"
  // safety: its `shown(...)` was reviewed: only a husband recorded as no
  // genetic parent is set aside; an unrecorded tie keeps the marriage
  tag "safety:reviewed"
  holds when any k in p.parents where not (k.person == l.person) and not shown(not k.biological):
    born_in_wedlock_to(p, l.person, k.person)

/// A parent link whose marriage decides whether the child was born in
/// wedlock: a legal parent at the birth (not shown otherwise) who is not an
/// adoptive parent only.
// safety: its `shown(...)` was reviewed: only a link recorded as no legal
// parent (a surrogate, a genetic father the law of the place did not
// recognise) is set aside; an unrecorded `legal` keeps the link, as before.
// (The unwed mother's clause reads the older reading instead:
// `born_in_wedlock_to_genetic_parent`.)
rule wedlock_link(l: ParentLink)
  cite "INA § 101(c)(1); 8 U.S.C. § 1101(c)(1); USCIS Policy Alert PA-2021-17 (Aug. 5, 2021); USCIS PM Vol. 12, Pt. H, ch. 2"
  tag "safety:reviewed"
  holds when natural_link(l) and not shown(not l.legal)

/// The days on which the person counts as the "child" of a natural parent:
/// always for the mother and for a father of a child born in wedlock; for a
/// child born out of wedlock, from a legitimation before the 16th birthday.
// A link shown to be neither biological, gestational, legal nor adoptive
// (a stepparent written as a parent) makes no parent for derivation (INA §
// 101(c)(1); review of 2026-11-30, test r5-ina320-stepfather-link-not-
// biological-not-adoptive: such a stepfather was asked about legitimation).
// A man shown not to be the genetic father, of a child born out of
// wedlock, cannot legitimate the child (legitimation makes a man's own
// child legitimate; USCIS PM Vol. 12, Pt. H, ch. 2: a stepchild is no
// "child" unless adopted): review of 2026-11-30, tenth session, test
// stepfather-not-biological-not-adoptive-asked-legitimation (`legal` left
// blank, the stepfather was asked about legitimation). Only a recorded
// `biological: false` closes it (`nongenetic_father_link`).
// A legal parent shown to have neither a genetic nor a gestational tie
// (a non-genetic partner, mother or father) is the child's parent only if
// married at the birth to the child's genetic or gestational legal parent
// (PA-2021-17; review of the change, test n-unmarried-nongenetic-female-
// partner-320: an unmarried female partner was a "mother" for all days).
def natural_child_days(p: Person, l: ParentLink) -> timeline =
  if not natural_link(l) or no_parent_link(l) then no_days()
  else if no_tie_link(p, l) then
    (if born_in_wedlock_of_parent(p, l) and l.legal then all_days() else no_days())
  else if derivation_father_link(p, l) then
    (if born_in_wedlock_of_parent(p, l) then all_days()
     else if nongenetic_father_link(l) then no_days()
     else legitimated_days(p, l))
  else all_days()

/// A parent link recorded with neither a genetic nor a gestational tie
/// (not gestational: recorded so, or another parent is recorded as having
/// given birth). Such a parent is the child's only as a legal parent
/// married at the birth to a parent with a tie (PA-2021-17): its `legal`
/// is then read (unknown stays open; review of the change, test q11-320-
/// nontie-parent-legal-unknown).
rule no_tie_link(p: Person, l: ParentLink)
  cite "USCIS PM Vol. 12, Pt. H, ch. 2-3; USCIS Policy Alert PA-2021-17 (Aug. 5, 2021)"
  // safety: its `shown(...)` was reviewed: only a link recorded as having
  // no tie is read so; an unrecorded tie keeps the link a natural parent's
  // (test w10-320-unmarried-female-partner-bio-false-gest-unrecorded: the
  // birth mother recorded, the partner's `gestational` blank)
  tag "safety:reviewed"
  holds when shown(not l.biological)
    and (shown(not l.gestational)
      or shown(any k in p.parents where not (k.person == l.person): k.gestational))

/// A father's link recorded as no genetic tie (`biological: false`; a
/// parent who gave birth is never read as the father).
rule nongenetic_father_link(l: ParentLink)
  cite "INA § 101(c)(1); 8 U.S.C. § 1101(c)(1); USCIS Policy Manual Vol. 12, Pt. H, ch. 2"
  // safety: its `shown(...)` was reviewed: a recorded fact, never an
  // unknown one, closes the legitimation of a man who is not the father
  tag "safety:reviewed"
  holds when shown(not l.biological)

/// A parent link shown to be none of biological, gestational, legal or
/// adoptive: no parent-child relationship a statute reads.
rule no_parent_link(l: ParentLink)
  cite "INA § 101(b)(1), (c)(1); 8 U.S.C. § 1101(b)(1), (c)(1); USCIS Policy Manual Vol. 12, Pt. H, ch. 2"
  // safety: its `shown(...)` was reviewed: only a link recorded false on
  // every count is set aside; one unrecorded count keeps it
  tag "safety:reviewed"
  holds when shown(not l.biological and not l.gestational and not l.legal and not l.adoptive)

/// As `natural_child_days`, for the statutes before the Nationality Act of
/// 1940 (R.S. § 2172, the 1907 Act § 5, the 1934 Act): a legitimation at any
/// age counts, and from the birth (it is retroactive).
// Added in the review of 2026-11-29 (test citizenship/tests/review/
// d2-1907-act-legitimated-after-21-retroactive): a child born out of wedlock
// in 1913, whose father naturalized in 1931 and married the mother in 1947,
// was "not a citizen" by the INA's rule (legitimation before 16). Matter of
// L-, 3 I&N Dec. 225 (C.O. 1948), on these facts: a citizen from the
// father's naturalization; the 1940 Act's age limit applies only to its own
// chapter. USCIS Nationality Chart 2 (before 1934: legitimated "at any time").
def natural_child_days_before_1941(p: Person, l: ParentLink) -> timeline =
  if not natural_link(l) or no_parent_link(l) then no_days()
  else if no_tie_link(p, l) then
    (if born_in_wedlock_of_parent(p, l) and l.legal then all_days() else no_days())
  else if derivation_father_link(p, l) then
    (if born_in_wedlock_of_parent(p, l) then all_days() else if nongenetic_father_link(l) then no_days() else if l.legitimated <= as_of() then all_days() else no_days())
  else all_days()

/// The days from a legitimation by the father that counts for derivation:
/// one that took place before the child turned 16 (a legitimation on the
/// 16th birthday counts, by analogy with decision 0202).
def legitimated_days(p: Person, l: ParentLink) -> timeline =
  if legitimation_counts(p, l) then starting(l.legitimated) else no_days()

/// Paternity was not established by a legitimation that counts: the days
/// before such a legitimation (every day if there was none).
// A man shown not to be the genetic father legitimates no one (test w19-
// f321a3-unwed-mother-stepfather-legal-true-married-after-birth).
def not_legitimated_days(p: Person, k: ParentLink) -> timeline =
  if nongenetic_father_link(k) then all_days()
  else if legitimation_counts(p, k) then ending(k.legitimated) else all_days()

/// A legitimation counts for derivation: before the 16th birthday, and the
/// child not shown to have been then in the legal custody of someone other
/// than a parent (INA § 101(c)(1): "in the legal custody of the
/// legitimating parent or parents at the time of such legitimation").
// Review of 2026-11-29 (test ina320-legitimated-while-in-grandmothers-
// court-custody-not-fathers-child): a child whom the parents' marriage
// legitimated while a court had placed him in his grandmother's legal
// custody was taken for the naturalized father's "child": citizen. The
// custody condition is mandatory (Matter of Rosa, 14 I&N Dec. 728 (BIA
// 1974)); custody by the father is presumed absent evidence to the
// contrary (Matter of Rivers, 17 I&N Dec. 419 (BIA 1980)), so only a
// non-parent's legal custody shown on that day, and none of a parent,
// defeats it.
// Review of 2026-11-29 (test ina320-legitimated-while-mother-had-sole-
// court-custody-not-fathers-child): any parent's custody kept the
// legitimation, so a father's legitimation while a court gave the mother
// sole legal custody made the child his "child". The custody must be the
// legitimating parent's (`legitimating_parent`: the parent who
// legitimated, or the other parent when they had married each other by
// then, a legitimation by subsequent marriage making both "the
// legitimating parents").
// safety: its `shown(...)` was reviewed: only recorded custody by someone
// other than a legitimating parent defeats a legitimation; unknown custody
// keeps it (Rivers)
// Review of the change (test ina320-father-legitimated-at-3-mother-legal-
// custody-recorded-rivers-presumption): the other parent's legal custody
// alone is no evidence that the father was deprived of his (Matter of
// Rivers presumes it equal); only a court's award to the other parent is.
// A record that the legitimating parent had no legal custody that day is
// such evidence too (review of the change, test former321a3-unwed-mother-
// father-legitimated-without-legal-custody; Matter of Rosa).
def legitimation_counts(p: Person, l: ParentLink) -> bool =
  l.legitimated <= anniversary(p.born.date, 16)
    and not ((shown(any c in p.custody
                 where not (any k in p.parents: k.person == c.parent)
                   or (not legitimating_parent(l, c.parent) and c.source == "court_order"):
               c.legal and on(c.period, l.legitimated))
              or shown(any c in p.custody where c.parent == l.person:
               not c.legal and on(c.period, l.legitimated)))
             and not shown(any c in p.custody where legitimating_parent(l, c.parent):
               c.legal and on(c.period, l.legitimated)))

/// `x` is a legitimating parent of a legitimation by `l`: `l`'s parent
/// himself, or the other parent if the two had married by then
/// (legitimation by the parents' subsequent marriage).
def legitimating_parent(l: ParentLink, x: Person) -> bool =
  x == l.person or (any m in l.person.marriages: m.spouse == x and m.from <= l.legitimated)

/// The child was in the legal and physical custody of parent `x` on some day
/// of `t` (`since` = the first such day). With no custody relation recorded
/// for that parent, custody is unknown (decision 0201 § 3).
rule in_legal_and_physical_custody(p: Person, x: Person, t: timeline)
  cite "INA § 320(a)(3); 8 U.S.C. § 1431(a)(3); USCIS Policy Manual Vol. 12, Pt. H, ch. 4, § B; 8 C.F.R. § 320.1"
  quote "The child is residing in the United States in the legal and physical custody of the citizen parent pursuant to a lawful admission for permanent residence."
  // A custody record that leaves legal custody open (`legal` unknown) is
  // read with the presumptions of 8 C.F.R. § 320.1 (`legal_custody_days`);
  // one that says `legal: false` is the "evidence to the contrary".
  // Legal and physical custody may sit in separate records of the same
  // parent (a decree giving joint legal custody to both and physical
  // custody to one): the legal days are read from all of them (review of
  // 2026-11-29, test ina320-joint-legal-custody-and-physical-custody-in-
  // separate-records).
  // A parent has no custody after death (review of 2026-11-29, test
  // ina320-citizen-father-died-two-years-before-child-lpr-not-citizen: a
  // citizen father who died two years before the child's LPR admission was
  // asked about, his custody unrecorded; decision 0200 had kept that open).
  holds when (any c in p.custody where c.parent == x: c.physical and held_together(t & c.period & legal_days(p, x) & alive_days(x)))
    or (held_together(t & alive_days(x)) and not (any c in p.custody: c.parent == x) and custody_not_recorded(p))

/// The days on which `x` was alive, as far as a recorded death shows: an
/// unrecorded death is none (a parent is not presumed dead).
// safety: its `shown(...)` was reviewed: only a recorded death ends the
// days (an unknown one keeps every day: more custody, never less)
def alive_days(x: Person) -> timeline =
  // The day of death itself counts (review of the change, test ina320-
  // citizen-father-died-on-day-of-child-lpr-admission: which came first
  // that day is not in the case; the protective side).
  if shown(x.died <= as_of()) then ending(x.died + 1 days) else all_days()

/// The days on which parent `x` had legal custody, by any of the parent's
/// custody records.
def legal_days(p: Person, x: Person) -> timeline =
  union d in p.custody where d.parent == x: d.period & legal_custody_days(p, x, d)

/// The days on which custody record `c` of parent `x` counts as legal
/// custody: every day when it says so, none when it says not, and when it
/// leaves it open, the days on which 8 C.F.R. § 320.1 presumes it (the
/// other days stay open).
// Review of 2026-11-29: a child living with both married parents, the
// custody record saying `physical: true` and nothing about legal custody,
// was undetermined, asked who had legal custody. The regulation answers
// that: "the Service will presume that a U.S. citizen parent has legal
// custody of a child ... absent evidence to the contrary" in the three
// cases of `presumed_legal_custody_days`.
// safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
def legal_custody_days(p: Person, x: Person, c: Custody) -> timeline =
  if shown(not c.legal) then no_days()
  else if c.legal then all_days()
  else presumed_legal_custody_days(p, x)

/// The days on which 8 C.F.R. § 320.1 (definition of "legal custody",
/// (1)(i)-(iii)) presumes that parent `x` has legal custody of the child:
/// `x` is a biological parent with whom the child lives (physical custody),
/// and (i) the child also lives with the other biological parent, the two
/// married to each other and not separated; or (ii) the other parent has
/// died; or (iii) the child, born out of wedlock, has been legitimated.
// The presumption is the agency's own; it reaches neither a court award
// after a divorce or legal separation ((2) of the definition) nor the
// "actual uncontested custody" of the Policy Manual (Vol. 12, Pt. H,
// ch. 4): those days stay open and are asked.
def presumed_legal_custody_days(p: Person, x: Person) -> timeline =
  // A gestational mother who is no genetic parent is read as a biological
  // parent for the presumption (review of 2026-11-30, tenth session, test
  // gestational-nongenetic-mother-naturalized-320-custody-presumption: her
  // custody was asked; USCIS treats a gestational legal mother as a natural
  // mother, PA-2014-009).
  union l in p.parents where l.person == x and (l.biological or l.gestational):
    physical_custody_days(p, x)
      & ((union k in p.parents where not (k.person == x) and (k.biological or k.gestational):
            (physical_custody_days(p, k.person) & married_not_separated_days(x, k.person))
              | death_of_other_parent_days(l, k))
         | (if born_in_wedlock_of_parent(p, l) then no_days() else (union k in p.parents: starting(k.legitimated))))

/// The days on which the child lives with parent `x` (a custody record of
/// `x` with physical custody).
def physical_custody_days(p: Person, x: Person) -> timeline =
  union c in p.custody where c.parent == x and c.physical: c.period

/// The days on which `x` and `y` are married to each other and not legally
/// separated.
// A legal separation that is not recorded is no "evidence to the
// contrary" of the presumption (review of 2026-11-29, test ina320-presumed-
// custody-married-parents-separation-not-recorded): only a separation shown
// by its date ends these days.
// safety: its `shown(...)` was reviewed: it only widens a presumption of
// legal custody (more routes to citizenship, never fewer)
def married_not_separated_days(x: Person, y: Person) -> timeline =
  union m in x.marriages where m.spouse == y:
    m.period & (if shown(m.legal_separation <= as_of()) then ending(m.legal_separation) else all_days())

/// The child was in the legal custody of parent `x` on some day of `t`
/// (former INA § 321(a)(3), Nationality Act of 1940 § 314(c)). With no custody
/// relation recorded for that parent, custody is unknown.
rule in_legal_custody(p: Person, x: Person, t: timeline)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); Nationality Act of 1940 § 314(c); Matter of Baires-Larios, 24 I&N Dec. 467 (BIA 2008)"
  quote "The naturalization of the parent having legal custody of the child when there has been a legal separation of the parents"
  // Joint legal custody: the Fifth Circuit requires sole legal custody
  // (Bustamante-Barrera); elsewhere USCIS is reported to accept it. The
  // forum decides: unknown forum, open answer and the forum is asked.
  holds when (any c in p.custody where c.parent == x:
      c.legal and held_together(t & c.period)
      and not (joint_legal_custody(p, x, c, t) and p.circuit == "5th"))
    or (held_together(t) and not (any c in p.custody: c.parent == x) and custody_not_recorded(p))
  review when (any c in p.custody where c.parent == x and c.legal: joint_legal_custody(p, x, c, t)):
    "the naturalizing parent had joint (not sole) legal custody: the Fifth Circuit requires sole legal custody under former INA § 321(a)(3) (Bustamante-Barrera v. Gonzales, 447 F.3d 388 (5th Cir. 2006)); USCIS and other circuits are reported to accept joint custody (decision 0205)"

/// Another parent had legal custody on some of the same days as custody
/// record `c` of parent `x`.
def joint_legal_custody(p: Person, x: Person, c: Custody, t: timeline) -> bool =
  any d in p.custody where not (d.parent == x): d.legal and ever(t & c.period & d.period)

/// No custody relation names this parent: who had custody is unknown.
rule custody_not_recorded(p: Person)
  cite "decision 0201 § 3; USCIS Policy Manual Vol. 12, Pt. H, ch. 4, § B"
  versions by p.born.date
    from 1700-01-01: not_encoded "no custody relation is recorded for the parent: who had legal and physical custody of the child, from when to when, decides this route (question: relations)"
  holds when true

/// The days from a legal separation of the parents `l` and `k`: a judicial
/// decree of separation, or a divorce (decision 0204). Parents who never
/// married cannot legally separate (Lewis v. Gonzales).
rule legally_separated(l: ParentLink, k: ParentLink, t: timeline)
  cite "former INA § 321(a)(3); 8 U.S.C. § 1432(a)(3) (1952-2001); Nationality Act of 1940 § 314(c); USCIS Policy Manual Vol. 12, Pt. H, ch. 7; Nehme v. INS, 252 F.3d 415 (5th Cir. 2001); Morgan v. Att'y Gen., 432 F.3d 226 (3d Cir. 2005); Lewis v. Gonzales, 481 F.3d 125 (2d Cir. 2007); decision 0204"
  holds when any m in l.person.marriages where m.spouse == k.person:
    held_together(t & (starting(m.legal_separation) | divorce_days(m)))

/// The days from a divorce ending the marriage.
// An annulment by a court counts as well (review of 2026-11-29, test
// former321-annulment-decree-custody-to-mother-naturalized): it is a
// "formal, judicial alteration of the marital relationship" (Nehme;
// Morgan), and the child of an annulled marriage stays legitimate, so
// without it the child of an annulled marriage had no route at all.
// A marriage recorded as ended without saying how counts here too (review
// of 2026-11-29, tests r4-former321-marriage-ended-*): had it ended by the
// other parent's death instead, the surviving-parent clause (former
// § 321(a)(2); the 1934 Act's "both parents") would hold on the same days
// with fewer conditions, so the answer cannot turn on it. A marriage that
// ended by death keeps to that clause (`death_of_other_parent_days`).
// safety: its `shown(...)` was reviewed: it only reads an unrecorded way of
// ending as one that counts (more routes, never fewer)
def divorce_days(m: Marriage) -> timeline =
  if m.ended_by in ["divorce", "annulment"]
      or not shown(m.ended_by == "death" or m.ended_by in ["divorce", "annulment"])
    then starting(m.to)
    else no_days()

/// The days from the death of a parent. A parent still in a marriage that
/// has not ended is alive, unless a death is recorded.
// Review (test former321-father-died-marriage-end-not-recorded): a father
// recorded as dead in 1990 whose marriage was left open (`to: null`) was
// treated as alive, and the surviving-parent clause failed: "not a
// citizen". A recorded death date on or before `as_of` now wins over a
// marriage whose end was not written down.
// safety: its `shown(...)` was reviewed (see the comments in this rule and docs/decisions/0004)
// Review of 2026-11-29 (test citizenship/tests/review/
// d2-1934-act-father-then-mother-naturalized-since-second-oath): a mother
// whose death was not recorded could have died before her own oath of
// 1937, which left the date the child derived open. A person who took the
// oath was alive that day (an oath after a recorded death is an input
// error).
def dead_days(x: Person) -> timeline =
  if shown(x.died <= as_of()) then starting(x.died)
  else if (any m in x.marriages: not (m.to <= as_of())) then no_days()
  else if shown(present(x.naturalized)) then starting(latest(x.died, x.naturalized.date + 1 days))
  else starting(x.died)

/// The days from the death of parent `k`, as far as the other parent `l`
/// can show it: `k`'s recorded death, or a marriage of the two that ended
/// by death while `l` was alive (`l` naturalized after it, or is known to
/// have outlived it), which can only be `k`'s death.
// Added in review: a marriage recorded as `ended_by: "death"` in "1992",
// the mother naturalized in 1995 while the child was 15, and the father's
// own `died` not filled in, came out undetermined asking for the father's
// death, though the marriage record already says he died by then.
def death_of_other_parent_days(l: ParentLink, k: ParentLink) -> timeline =
  dead_days(k.person)
    | (union m in l.person.marriages: widowed_days(l, k, m))

/// The days from the end, by death, of marriage `m` of `l` to `k`, when `l`
/// survived it (none otherwise). A `k` recorded as alive after the marriage
/// ended is not taken to have died by it (`shown` only keeps this from
/// opening answers `k`'s own recorded facts already settle; `dead_days`
/// reads those facts).
def widowed_days(l: ParentLink, k: ParentLink, m: Marriage) -> timeline =
  if m.spouse == k.person and m.ended_by == "death"
      and not shown(not (k.person.died <= m.to))
      and ((present(l.person.naturalized) and m.to < l.person.naturalized.date)
        or not (l.person.died <= m.to))
    then starting(m.to)
    else no_days()

//! Snapshots of every kind of error a law author can see.

use std::sync::Arc;

use habeas_lang::model::{Schema, Type};
use habeas_lang::{SourceFile, compile};

fn schema() -> Arc<Schema> {
    let mut s = Schema::new();
    let p = s.declare("Person", "a person");
    let b = s.declare("Birth", "birth");
    s.field(p, "born", Type::Record(b), "");
    s.field(p, "presence", Type::Timeline, "");
    s.field(p, "parents", Type::List(Box::new(Type::Record(p))), "");
    s.field(b, "date", Type::Date, "");
    s.field(b, "country", Type::Text, "");
    Arc::new(s)
}

fn errors(src: &str) -> String {
    match compile(
        schema(),
        vec![SourceFile {
            name: "law/example.hb".into(),
            text: src.into(),
        }],
    ) {
        Ok(_) => "no errors".into(),
        Err(e) => e.plain(),
    }
}

#[test]
fn parse_errors() {
    insta::assert_snapshot!(errors(
        "rule a(p: Person) cite \"x\" holds when p.born.date >=\n\
         rule b(p Person) cite \"y\" holds when true\n\
         rule c(p: Person) cite \"z\" holds when p.born.date < 2023-02-29\n\
         rule d(p: Person) cite \"w\" holds when total(p.presence) >= 5 months\n\
         rule e(p: Person) cite \"v\" holds when 1 < 2 < 3\n\
         rule f(p: Person) cite \"u\"\n\
         rule g(p: Person) cite \"t\" holds when p.born.country == \"US\n"
    ));
}

#[test]
fn check_errors() {
    insta::assert_snapshot!(errors(
        "rule no_cite(p: Person) holds when true\n\
         rule typo(p: Person) cite \"x\" holds when p.born.contry == \"US\"\n\
         rule unknown_rule(p: Person) cite \"x\" holds when citizn(p)\n\
         rule wrong_type(p: Person) cite \"x\" holds when p.born.date >= 5 years\n\
         rule not_bool(p: Person) cite \"x\" holds when p.born.date\n\
         rule bad_arg(p: Person) cite \"x\" holds when typo(p.born)\n\
         rule overlap(p: Person) cite \"x\"\n  versions by p.born.date\n    from 1986-11-14: k = 5\n    from 1952-12-24 to 1987-01-01: k = 10\n  holds when total(p.presence) >= days(k)\n\
         rule gap(p: Person) cite \"x\"\n  versions by p.born.date\n    from 1986-11-14: k = 5\n    from 1952-12-24 to 1980-01-01: k = 10\n  holds when total(p.presence) >= days(k)\n\
         rule binds(p: Person) cite \"x\"\n  versions by p.born.date\n    from 1986-11-14: k = 5\n    from 1952-12-24 to 1986-11-14: j = 10\n  holds when true\n\
         rule uses_unknown_var(p: Person) cite \"x\" holds when any l in p.parents: citizen(m)\n\
         rule quantifier_on_non_list(p: Person) cite \"x\" holds when any l in p.born: true\n"
    ));
}

#[test]
fn a_valid_law_has_no_errors() {
    assert_eq!(
        errors(
            "/// Born in the U.S.\nrule born_us(p: Person)\n  cite \"INA § 301(a)\"\n  holds when p.born.country == \"US\"\n  since p.born.date\n\
             rule any_parent(p: Person) cite \"x\" holds when (any l in p.parents: born_us(l)) and not born_us(p)\n"
        ),
        "no errors"
    );
}

//! How many routes to citizenship are still open for a case: the rules
//! tagged `route` whose result for the subject is unknown.

use habeas_case::Case;
use habeas_lang::model::{BoolVal, RecVal};
use habeas_lang::{Mode, Session, Tri, Value};
use habeas_law::Law;

/// The routes to citizenship (rules tagged `route`) still open for the
/// subject of `case`, by name.
pub fn open_routes(law: &Law, case: &Case) -> Vec<String> {
    let prog = law.program();
    let (facts, root) = habeas_case::facts_of(case);
    let (schema, t) = habeas_case::schema();
    let subject = schema
        .field_of(t.case, "subject")
        .and_then(|(i, _)| facts.get(root, i))
        .map_or(Value::Rec(RecVal::Unknown), |v| v.v.clone());
    let mut s = Session::new(prog, &facts, Mode::Fast);
    let names: Vec<String> = prog.tagged("route").map(|(_, r)| r.name.clone()).collect();
    names
        .into_iter()
        .filter(|name| {
            s.call(name, vec![subject.clone()])
                .is_some_and(|(v, _)| match v.v {
                    Value::Bool(BoolVal { tri, .. }) => tri == Tri::Unknown,
                    _ => true,
                })
        })
        .collect()
}

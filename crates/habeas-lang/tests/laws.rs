//! Property tests of the evaluator's laws:
//! - Kleene operators agree with their truth tables;
//! - a definite result never changes when an unknown fact is made known
//!   (monotonicity), for random rules over random partly known facts;
//! - the fast mode and the explaining mode give the same results.

use std::sync::Arc;

use habeas_lang::dates::{Day, NEG_INF, POS_INF};
use habeas_lang::model::{BoolVal, Facts, ListVal, RecVal, Schema, Type, Val, Value};
use habeas_lang::value::{DateVal, Range, Spans, TextVal, TimelineVal, Tri};
use habeas_lang::{Mode, Session, SourceFile, compile};
use proptest::prelude::*;

fn tri() -> impl Strategy<Value = Tri> {
    prop_oneof![Just(Tri::No), Just(Tri::Unknown), Just(Tri::Yes)]
}

fn truth(t: Tri) -> Vec<bool> {
    match t {
        Tri::Yes => vec![true],
        Tri::No => vec![false],
        Tri::Unknown => vec![true, false],
    }
}

fn from_set(v: &[bool]) -> Tri {
    let t = v.contains(&true);
    let f = v.contains(&false);
    Tri::from_possible(t, f)
}

proptest! {
    #[test]
    fn kleene_agrees_with_truth_tables(a in tri(), b in tri()) {
        let mut and = vec![];
        let mut or = vec![];
        for x in truth(a) {
            for y in truth(b) {
                and.push(x && y);
                or.push(x || y);
            }
        }
        prop_assert_eq!(a.and(b), from_set(&and));
        prop_assert_eq!(a.or(b), from_set(&or));
        prop_assert_eq!(a.not(), from_set(&truth(a).iter().map(|x| !x).collect::<Vec<_>>()));
    }
}

// ---------------------------------------------------------------------------
// Random rules over random facts.

const DAY0: Day = 10_000; // 1997-05-19

/// A fact as generated: the true value and how much of it is known.
#[derive(Clone, Debug)]
struct World {
    b: [bool; 2],
    b_known: [bool; 2],
    d: [Day; 2],
    /// 0 = exact, 1 = known to a span of 40 days, 2 = unknown.
    d_known: [u8; 2],
    t: Vec<(Day, Day)>,
    /// 0 = complete, 1 = only some periods known (incomplete), 2 = unknown.
    t_known: u8,
    n: i64,
    n_known: bool,
    s: u8,
    s_known: bool,
    items: Vec<(bool, Day)>,
    items_known: usize,
    items_complete: bool,
}

fn world() -> impl Strategy<Value = World> {
    (
        any::<[bool; 2]>(),
        any::<[bool; 2]>(),
        [0i32..400, 0i32..400],
        [0u8..3, 0u8..3],
        prop::collection::vec((0i32..400, 1i32..120), 0..4),
        0u8..3,
        (0i64..10, any::<bool>()),
        (0u8..3, any::<bool>()),
        prop::collection::vec((any::<bool>(), 0i32..400), 0..4),
        0usize..5,
        any::<bool>(),
    )
        .prop_map(
            |(
                b,
                b_known,
                d,
                d_known,
                t,
                t_known,
                (n, n_known),
                (s, s_known),
                items,
                items_known,
                items_complete,
            )| World {
                b,
                b_known,
                d: [DAY0 + d[0], DAY0 + d[1]],
                d_known,
                t: t.into_iter()
                    .map(|(a, l)| (DAY0 + a, DAY0 + a + l))
                    .collect(),
                t_known,
                n,
                n_known,
                s,
                s_known,
                items: items.into_iter().map(|(x, y)| (x, DAY0 + y)).collect(),
                items_known,
                items_complete,
            },
        )
}

/// Makes more of a world known: each unknown or partial fact may become known.
fn refine(w: &World, mask: u32) -> World {
    let mut r = w.clone();
    let bit = |i: u32| mask & (1 << i) != 0;
    for i in 0..2 {
        if bit(i as u32) {
            r.b_known[i] = true;
        }
        if bit(2 + i as u32) && r.d_known[i] > 0 {
            r.d_known[i] -= 1;
        }
    }
    if bit(4) && r.t_known > 0 {
        r.t_known -= 1;
    }
    if bit(5) {
        r.n_known = true;
    }
    if bit(6) {
        r.s_known = true;
    }
    if bit(7) {
        r.items_known = (r.items_known + 1).min(r.items.len());
        if r.items_known == r.items.len() && bit(8) {
            r.items_complete = true;
        }
    }
    r
}

fn schema() -> (Arc<Schema>, u16, u16) {
    let mut s = Schema::new();
    let r = s.declare("R", "test record");
    let it = s.declare("It", "test item");
    s.field(r, "b1", Type::Bool, "");
    s.field(r, "b2", Type::Bool, "");
    s.field(r, "d1", Type::Date, "");
    s.field(r, "d2", Type::Date, "");
    s.field(r, "t1", Type::Timeline, "");
    s.field(r, "n1", Type::Number, "");
    s.field(r, "s1", Type::Text, "");
    s.field(r, "xs", Type::List(Box::new(Type::Record(it))), "");
    s.field(it, "b", Type::Bool, "");
    s.field(it, "d", Type::Date, "");
    (Arc::new(s), r, it)
}

fn date_val(day: Day, known: u8) -> DateVal {
    match known {
        0 => DateVal::day(day),
        // A 40-day span that contains the true day.
        1 => DateVal::span(day - (day % 40), day - (day % 40) + 39),
        _ => DateVal::unknown_day(),
    }
}

fn facts(w: &World, schema: &Schema, r: u16, it: u16) -> (Facts, u32) {
    let mut f = Facts::new(DAY0 + 500);
    let root = f.add_record(schema, r, "r");
    for (i, name) in ["b1", "b2"].iter().enumerate() {
        let v = if w.b_known[i] {
            Tri::from(w.b[i])
        } else {
            Tri::Unknown
        };
        f.set_value(schema, root, name, Value::Bool(BoolVal::of(v)));
    }
    for (i, name) in ["d1", "d2"].iter().enumerate() {
        f.set_value(
            schema,
            root,
            name,
            Value::Date(date_val(w.d[i], w.d_known[i])),
        );
    }
    let spans = Spans::from_spans(w.t.clone());
    let tl = match w.t_known {
        0 => TimelineVal::known(spans),
        1 => TimelineVal {
            surely: Spans::from_spans(w.t.iter().take(w.t.len() / 2 + 1).copied().collect())
                .intersect(&spans),
            possibly: Spans::all(),
        },
        _ => TimelineVal::unknown(),
    };
    f.set_value(schema, root, "t1", Value::Timeline(Arc::new(tl)));
    f.set_value(
        schema,
        root,
        "n1",
        Value::Num(if w.n_known {
            Range::exact(w.n)
        } else {
            Range::unknown()
        }),
    );
    let s = ["A", "B", "C"][usize::from(w.s)];
    f.set_value(
        schema,
        root,
        "s1",
        Value::Text(if w.s_known {
            TextVal::Known(Arc::from(s))
        } else {
            TextVal::Unknown
        }),
    );
    let mut items = Vec::new();
    for (i, (b, d)) in w.items.iter().enumerate().take(w.items_known) {
        let id = f.add_record(schema, it, format_args!("r.xs[{i}]"));
        f.set_value(schema, id, "b", Value::Bool(BoolVal::of(Tri::from(*b))));
        f.set_value(schema, id, "d", Value::Date(DateVal::day(*d)));
        items.push(Val::plain(Value::Rec(RecVal::Known(id))));
    }
    let complete = w.items_complete && w.items_known == w.items.len();
    f.set_value(
        schema,
        root,
        "xs",
        Value::List(Arc::new(ListVal { items, complete })),
    );
    (f, root)
}

/// Random condition source text over the fields of `R`.
fn cond(depth: u32) -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        Just("x.b1".to_string()),
        Just("x.b2".to_string()),
        (0i32..400).prop_map(|k| format!("x.d1 < {}", habeas_lang::dates::fmt_day(DAY0 + k))),
        Just("x.d1 <= x.d2".to_string()),
        Just("x.d2 == x.d1".to_string()),
        (0i64..200).prop_map(|k| format!("total(x.t1) >= {k} days")),
        Just("longest(x.t1 & ending(x.d2)) >= 30 days".to_string()),
        Just("on(x.t1, x.d1)".to_string()),
        Just("ever(x.t1 & starting(x.d2))".to_string()),
        Just("first_day(x.t1 & starting(x.d1)) < x.d2".to_string()),
        Just("first_day(starting(x.d1) & outside(x.t1)) < x.d2".to_string()),
        (0i64..120).prop_map(|k| format!("total(outside(x.t1) & ending(x.d2)) >= {k} days")),
        (0i64..10).prop_map(|k| format!("x.n1 >= {k}")),
        Just("x.s1 == \"A\"".to_string()),
        Just("x.s1 in [\"B\", \"C\"]".to_string()),
        Just("(any y in x.xs: y.b)".to_string()),
        Just("(all y in x.xs: y.d < x.d1)".to_string()),
        Just("count(x.xs) >= 2".to_string()),
        Just("total(union y in x.xs where y.b: starting(y.d)) >= 30 days".to_string()),
        Just("anniversary(x.d1, 1) > x.d2".to_string()),
        (0i64..120)
            .prop_map(|k| format!("total((x.t1 | starting(x.d1)) & ending(x.d2)) >= {k} days")),
        Just("latest(x.d1, x.d2) < 1998-01-01".to_string()),
        Just("v(x)".to_string()),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    prop_oneof![
        2 => leaf,
        1 => (cond(depth - 1), cond(depth - 1)).prop_map(|(a, b)| format!("({a} and {b})")),
        1 => (cond(depth - 1), cond(depth - 1)).prop_map(|(a, b)| format!("({a} or {b})")),
        1 => cond(depth - 1).prop_map(|a| format!("not ({a})")),
        1 => (cond(depth - 1), cond(depth - 1), cond(depth - 1)).prop_map(|(a, b, c)| format!("(if {a} then {b} else {c})")),
    ]
    .boxed()
}

const VERSIONED: &str = r#"
rule v(x: R)
  cite "test"
  versions by x.d1
    from 1997-09-01: k = 10
    from 1997-06-01 to 1997-09-01: k = 5
    until 1997-06-01: none "before"
  holds when x.n1 >= k
"#;

/// The refinement bits of `refine` for each field's path.
const FIELD_BITS: [(u32, &str); 9] = [
    (0, "r.b1"),
    (1, "r.b2"),
    (2, "r.d1"),
    (3, "r.d2"),
    (4, "r.t1"),
    (5, "r.n1"),
    (6, "r.s1"),
    (7, "r.xs"),
    (8, "r.xs"),
];

/// The result in explaining mode and the paths of its missing facts.
fn eval_missing(src: &str, w: &World) -> (Tri, Vec<String>) {
    let (schema, r, it) = schema();
    let text = format!("rule main(x: R) cite \"test\" holds when {src}\n{VERSIONED}");
    let prog = program(&schema, "m.hb", &text);
    let (facts, root) = facts(w, &schema, r, it);
    let mut s = Session::new(&prog, &facts, Mode::Explain);
    let Some((v, e)) = s.call("main", vec![Value::Rec(RecVal::Known(root))]) else {
        panic!("no rule")
    };
    let named = e
        .map(|t| {
            habeas_lang::eval::collect_missing(&t)
                .into_iter()
                .map(|m| m.fact)
                .collect()
        })
        .unwrap_or_default();
    match v.v {
        Value::Bool(b) => (b.tri, named),
        _ => panic!("not a bool"),
    }
}

fn eval(src: &str, w: &World, mode: Mode) -> Tri {
    let (schema, r, it) = schema();
    let text = format!("rule main(x: R) cite \"test\" holds when {src}\n{VERSIONED}");
    let prog = match compile(
        Arc::clone(&schema),
        vec![SourceFile {
            name: "t.hb".into(),
            text,
        }],
    ) {
        Ok(p) => p,
        Err(e) => panic!("generated rule does not compile: {}\n{src}", e.plain()),
    };
    let (facts, root) = facts(w, &schema, r, it);
    let mut s = Session::new(&prog, &facts, mode);
    let Some((v, _)) = s.call("main", vec![Value::Rec(RecVal::Known(root))]) else {
        panic!("no rule")
    };
    match v.v {
        Value::Bool(b) => b.tri,
        _ => panic!("not a bool"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn a_definite_result_never_changes_when_unknowns_become_known(src in cond(3), w in world(), mask in any::<u32>()) {
        let before = eval(&src, &w, Mode::Fast);
        let refined = refine(&w, mask);
        let after = eval(&src, &refined, Mode::Fast);
        if before != Tri::Unknown {
            prop_assert_eq!(before, after, "rule: {}\nbefore: {:?}\nafter: {:?}", src, w, refined);
        }
        // The fully known world agrees with every partial view of it.
        let full = World { b_known: [true; 2], d_known: [0; 2], t_known: 0, n_known: true, s_known: true, items_known: w.items.len(), items_complete: true, ..w.clone() };
        let truth = eval(&src, &full, Mode::Fast);
        prop_assert!(truth != Tri::Unknown, "a fully known world must give a definite answer: {}", src);
        if before != Tri::Unknown {
            prop_assert_eq!(before, truth, "rule: {}", src);
        }
    }

    /// The missing facts of an open result name every fact that could
    /// settle it: making known only facts it does not name leaves it open.
    /// (Facts are left out where they cannot matter, e.g. a timeline whose
    /// doubt lies outside the days it is intersected with.)
    #[test]
    fn a_fact_not_named_as_missing_never_settles_an_open_result(src in cond(3), w in world(), mask in any::<u32>()) {
        let (before, named) = eval_missing(&src, &w);
        if before == Tri::Unknown {
            let mut keep = mask;
            for path in &named {
                for (bit, field) in FIELD_BITS {
                    if path == field || path.starts_with(&format!("{field}.")) || path.starts_with(&format!("{field}[")) {
                        keep &= !(1 << bit);
                    }
                }
            }
            let after = eval(&src, &refine(&w, keep), Mode::Fast);
            prop_assert_eq!(after, Tri::Unknown, "rule: {}\nnamed: {:?}\nbefore: {:?}\nrefined: {:?}", src, named, w, refine(&w, keep));
        }
    }

    #[test]
    fn fast_and_explaining_modes_agree(src in cond(3), w in world()) {
        prop_assert_eq!(eval(&src, &w, Mode::Fast), eval(&src, &w, Mode::Explain), "rule: {}", src);
    }
}

#[test]
fn infinities_bound_every_generated_day() {
    let w = World {
        b: [true; 2],
        b_known: [true; 2],
        d: [DAY0; 2],
        d_known: [0; 2],
        t: vec![],
        t_known: 0,
        n: 0,
        n_known: true,
        s: 0,
        s_known: true,
        items: vec![],
        items_known: 0,
        items_complete: true,
    };
    assert!(w.d.iter().all(|d| *d > NEG_INF && *d < POS_INF));
}

/// Compiles one rule file over the test schema (it must compile).
fn program(schema: &Arc<Schema>, name: &str, text: &str) -> habeas_lang::Program {
    compile(
        Arc::clone(schema),
        vec![SourceFile {
            name: name.into(),
            text: text.into(),
        }],
    )
    .unwrap_or_else(|e| panic!("{}", e.plain()))
}

/// Rules whose result is the same for every case are found (and only
/// those): no parameters, no facts, not the day asked, only constant calls.
#[test]
fn constant_rules_are_exactly_the_fact_free_ones() {
    let (schema, _, _) = schema();
    let text = r#"
def days_a() -> timeline = window(2020-01-01, 2020-02-01) | window(2020-03-01, 2020-04-01)
def days_b() -> timeline = days_a() | window(2021-01-01, 2021-02-01)
def today_after() -> bool = as_of() > 2020-01-01
def uses_today() -> timeline = days_a() & starting(as_of())
def with_param(d: date) -> timeline = starting(d)
rule reads_fact(x: R) cite "test" holds when x.b1
"#;
    let prog = program(&schema, "c.hb", text);
    let constant = |name: &str| prog.constant[prog.by_name[name]];
    assert!(constant("days_a"));
    assert!(constant("days_b"));
    assert!(!constant("today_after"));
    assert!(!constant("uses_today"));
    assert!(!constant("with_param"));
    assert!(!constant("reads_fact"));
}

/// A constant rule's shared result, remembered calls with timeline and
/// partial-date arguments, and a session that reuses an earlier one's
/// memory all give the answers of a fresh evaluation.
#[test]
fn remembered_results_match_fresh_evaluation() {
    let (schema, r, it) = schema();
    let text = r#"
def cal() -> timeline = window(1997-01-01, 1997-06-01) | window(1997-07-01, 1998-01-01)
def inside(t: timeline, d: date) -> bool = on(t & cal(), d)
rule main(x: R) cite "test"
  holds when inside(x.t1, x.d1) or inside(x.t1, x.d2) or inside(x.t1, x.d1)
"#;
    let prog = program(&schema, "m.hb", text);
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut scratch = habeas_lang::Scratch::default();
    for _ in 0..200 {
        let w =
            proptest::strategy::ValueTree::current(&world().new_tree(&mut runner).expect("world"));
        let (facts, root) = facts(&w, &schema, r, it);
        for mode in [Mode::Fast, Mode::Explain] {
            let fresh = {
                let mut s = Session::new(&prog, &facts, mode);
                s.call("main", vec![Value::Rec(RecVal::Known(root))])
                    .map(|(v, _)| format!("{:?}", v.v))
            };
            let mut s = Session::with_scratch(&prog, &facts, mode, scratch);
            let reused = s
                .call("main", vec![Value::Rec(RecVal::Known(root))])
                .map(|(v, _)| format!("{:?}", v.v));
            // Asking again in the same session is answered from memory.
            let again = s
                .call("main", vec![Value::Rec(RecVal::Known(root))])
                .map(|(v, _)| format!("{:?}", v.v));
            assert!(s.stats().remembered >= 1);
            scratch = s.into_scratch();
            assert_eq!(fresh, reused, "{w:?}");
            assert_eq!(fresh, again, "{w:?}");
        }
    }
}

/// A world with `b1` true and `b2` false (both known), both dates `DAY0`
/// known to the degree `d_known` (see `date_val`), nothing else.
fn simple_world(d_known: u8) -> World {
    World {
        b: [true, false],
        b_known: [true; 2],
        d: [DAY0, DAY0],
        d_known: [d_known; 2],
        t: vec![],
        t_known: 0,
        n: 0,
        n_known: true,
        s: 0,
        s_known: true,
        items: vec![],
        items_known: 0,
        items_complete: true,
    }
}

/// A rule that depends on itself for the same facts answers "unknown" with
/// a review flag (never "no", never a crash), in both modes.
#[test]
fn a_cycle_is_left_open_and_flagged() {
    let (schema, r, it) = schema();
    let text = r#"
rule a(x: R) cite "test" holds when x.b1 and b(x)
rule b(x: R) cite "test" holds when a(x) or x.b2
"#;
    let prog = program(&schema, "cy.hb", text);
    let w = simple_world(0);
    let (facts, root) = facts(&w, &schema, r, it);
    for mode in [Mode::Fast, Mode::Explain] {
        let mut s = Session::new(&prog, &facts, mode);
        let (v, _) = s
            .call("a", vec![Value::Rec(RecVal::Known(root))])
            .expect("rule a");
        assert!(
            matches!(v.v, Value::Bool(b) if b.tri == Tri::Unknown),
            "{mode:?}"
        );
        assert!(
            s.flags()
                .iter()
                .any(|f| f.reason.contains("depends on itself")),
            "{mode:?}: {:?}",
            s.flags()
        );
    }
}

/// A rule that raises a flag and is passed as an argument to a definition
/// (as `route_by(born_in_guam(p), d)` does) keeps its flag in the
/// explanation tree: explaining mode selects flags from the tree, so a flag
/// lost there never reaches the answer.
#[test]
fn a_flag_raised_in_an_argument_stays_in_the_tree() {
    let (schema, r, it) = schema();
    let text = r#"
def reached_by(route: bool, d: date) -> bool = route and since(route) <= d
rule flagged(x: R) cite "test"
  holds when x.b1
  review when true: "check the route"
rule main(x: R) cite "test" holds when reached_by(flagged(x), x.d1) or x.b2
"#;
    let prog = program(&schema, "fl.hb", text);
    let w = simple_world(2);
    let (facts, root) = facts(&w, &schema, r, it);
    for mode in [Mode::Explain, Mode::Missing] {
        let mut s = Session::new(&prog, &facts, mode);
        let (v, e) = s
            .call("main", vec![Value::Rec(RecVal::Known(root))])
            .expect("rule main");
        assert!(
            matches!(v.v, Value::Bool(b) if b.tri == Tri::Yes),
            "{mode:?}"
        );
        let tree = e.expect("a tree");
        let flags = habeas_lang::eval::collect_flags(&tree);
        assert!(
            flags.iter().any(|f| f.reason == "check the route"),
            "{mode:?}: {flags:?}"
        );
    }
}

/// Past its work limit a session answers "unknown" (never "no") and says
/// it stopped; under the limit the same rule is decided (review of
/// 2026-11-30: no case may take unbounded time or memory).
#[test]
fn the_work_limit_leaves_the_answer_open() {
    let (schema, r, it) = schema();
    let text = r#"
rule a(x: R) cite "test" holds when x.b1 and not x.b2 and (x.b1 or x.b2)
"#;
    let prog = program(&schema, "wl.hb", text);
    let w = simple_world(0);
    let (facts, root) = facts(&w, &schema, r, it);
    for mode in [Mode::Fast, Mode::Explain] {
        let mut s = Session::new(&prog, &facts, mode);
        let (v, _) = s
            .call("a", vec![Value::Rec(RecVal::Known(root))])
            .expect("the rule");
        match v.v {
            Value::Bool(b) => assert_eq!(b.tri, Tri::Yes),
            other => panic!("{other:?}"),
        }
        assert!(!s.exhausted());
        let mut s = Session::new(&prog, &facts, mode);
        s.set_work_limit(3);
        let (v, _) = s
            .call("a", vec![Value::Rec(RecVal::Known(root))])
            .expect("the rule");
        assert!(s.exhausted());
        match v.v {
            Value::Bool(b) => assert_eq!(b.tri, Tri::Unknown),
            other => panic!("{other:?}"),
        }
    }
}

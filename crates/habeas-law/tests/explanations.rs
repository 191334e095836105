//! Snapshots of the explanations of a dozen acquisition, derivation and
//! bar cases: what a lawyer reads to check the reasoning, rule by rule.

use habeas_lang::Mode;
use habeas_lang::render::render_tree_depth;
use habeas_law::Law;
use habeas_law::testing::read_test;

fn explain(path: &str) -> String {
    let law = Law::embedded().expect("law");
    let t = read_test(
        &std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../law")).join(path),
    )
    .expect("test");
    let case = habeas_case::parse_case_value(t.case).expect("valid");
    let d = law.determine(&case, Mode::Explain);
    let mut out = format!(
        "status: {}{}\n",
        d.citizenship.status,
        d.citizenship
            .since
            .map(|s| format!(" since {s}"))
            .unwrap_or_default()
    );
    if let Some(e) = &d.citizenship.explanation {
        out.push_str(&render_tree_depth(e, 16));
    }
    if let Some(a) = &d.action {
        out.push_str(&format!("verdict: {}\n", a.verdict));
        for b in &a.bars {
            out.push_str(&format!("bar {}:\n", b.kind));
            if let Some(e) = &b.explanation {
                out.push_str(&render_tree_depth(e, 16));
            }
        }
    }
    for m in d.citizenship.missing.iter().take(5) {
        out.push_str(&format!("ask: {}\n", m.question));
    }
    out
}

macro_rules! snap {
    ($name:ident, $path:literal) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(explain($path));
        }
    };
}

snap!(
    acq_1986_new_5y_rule,
    "citizenship/tests/acquisition/a-1986-11-14-born-new-5y-rule.json"
);
snap!(
    acq_1986_old_10y_rule,
    "citizenship/tests/acquisition/a-1986-11-13-born-old-10y-rule.json"
);
snap!(
    acq_after14_one_day_short,
    "citizenship/tests/acquisition/a-1986-after14-one-day-short.json"
);
snap!(
    acq_14th_birthday_inside_period,
    "citizenship/tests/acquisition/a-1952-14th-birthday-inside-period-enough.json"
);
snap!(
    acq_armed_forces_counts,
    "citizenship/tests/acquisition/a-1952-armed-forces-abroad-counts.json"
);
snap!(
    acq_retention_boundary,
    "citizenship/tests/acquisition/a-1952-10-10-born-retention-boundary.json"
);
snap!(
    acq_wedlock_mother_1y,
    "citizenship/tests/acquisition/a-1952-out-of-wedlock-mother-1y-continuous.json"
);
snap!(
    acq_citizen_national_364,
    "citizenship/tests/acquisition/a-1952-citizen-national-364-days-not-citizen.json"
);
snap!(
    acq_father_presence_absent,
    "citizenship/tests/acquisition/a-1960s-father-presence-absent.json"
);
snap!(
    acq_1940_legitimated_at_22,
    "citizenship/tests/acquisition/a-1940-act-out-of-wedlock-father-legitimated-at-22.json"
);
snap!(
    acq_three_service_periods,
    "citizenship/tests/acquisition/a-1952-three-service-periods-together.json"
);
snap!(
    acq_multigen,
    "citizenship/tests/acquisition/a-multigen-grandfather-8y-not-citizen.json"
);
snap!(
    der_320_lpr_after_naturalization,
    "citizenship/tests/derivation/ina320-child-lpr-after-parent-naturalization.json"
);
snap!(
    der_320_turned_18_on_cca_day,
    "citizenship/tests/derivation/ina320-boundary-child-turned-18-on-2001-02-27.json"
);
snap!(
    der_320_turned_18_before_cca,
    "citizenship/tests/derivation/ina320-boundary-child-turned-18-on-2001-02-26.json"
);
snap!(
    der_320_lpr_day_after_18,
    "citizenship/tests/derivation/ina320-child-lpr-day-after-18th-birthday.json"
);
snap!(
    der_320_adopted,
    "citizenship/tests/derivation/ina320-adopted-before-16-two-years-custody.json"
);
snap!(
    der_321_both_parents,
    "citizenship/tests/derivation/former321-both-parents-naturalized.json"
);
snap!(
    der_321_divorce_custody,
    "citizenship/tests/derivation/former321-divorce-custody-to-naturalizing-mother.json"
);
snap!(
    der_321_informal_separation,
    "citizenship/tests/derivation/former321-informal-separation-not-legal-separation.json"
);
snap!(
    der_321_age_16_cap,
    "citizenship/tests/derivation/former321-age-16-cap-before-1978-amendment.json"
);
snap!(
    der_321_joint_custody_forum,
    "citizenship/tests/derivation/former321-joint-legal-custody-forum-unknown.json"
);
snap!(
    der_321_surviving_parent,
    "citizenship/tests/derivation/former321-surviving-parent-naturalized.json"
);
snap!(
    der_321_unwed_mother,
    "citizenship/tests/derivation/former321-unwed-mother-naturalized-no-legitimation.json"
);

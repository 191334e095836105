//! Missing facts, asked as plain questions.
//!
//! A question names the person by their role in the case (and name, when
//! given), and for a date the day that matters, so that someone who knows
//! only "early 2001" can still answer "before or after 2001-02-27?".

use habeas_case::Case;

fn who(case: &Case, key: &str) -> String {
    let role = if key == case.subject {
        "the person".to_string()
    } else {
        format!("the {}", key.replace('_', " "))
    };
    match case.people.get(key).and_then(|p| p.name.as_deref()) {
        Some(n) => format!("{role} ({n})"),
        None => role,
    }
}

fn before_after(b: Option<&str>) -> String {
    match b {
        Some(b) => {
            format!(" If the exact date is not known: was it before {b}, or on or after it?")
        }
        None => String::new(),
    }
}

/// The question for a missing fact at `path`, with the boundary date that
/// matters for a date.
pub fn question(case: &Case, path: &str, boundary: Option<&str>) -> String {
    let parts: Vec<&str> = path.split('.').collect();
    let ba = before_after(boundary);
    match parts.as_slice() {
        ["people", key, rest @ ..] => {
            let w = who(case, key);
            let field = rest.join(".");
            let field = field.split('[').next().unwrap_or("").to_string();
            match field.as_str() {
                "" => format!("What is known about {w}?"),
                "born" | "born.date" => format!("When was {w} born (year, month and day)?{ba}"),
                "born.country" | "born.region" => format!("Where was {w} born (country, and state or territory)?"),
                "born.time" => format!("At what time (and in which time zone) was {w} born? The law changed at a set hour that day."),
                "sex" => format!("Is {w} the mother or the father?"),
                "died" => format!("Has {w} died? If so, when?{ba}"),
                "married" => format!("Has {w} ever married? If so, when did the first marriage take place?{ba}"),
                "citizenship" => format!("Does {w} have a U.S. passport, naturalization certificate, certificate of citizenship or other proof of U.S. citizenship?"),
                "naturalized" | "naturalized.date" => {
                    format!("Did {w} become a U.S. citizen by naturalization? If so, on what date did they take the oath (the date on the naturalization certificate)?{ba}")
                }
                "regained" => format!("Did {w} take an oath to regain U.S. citizenship? When?"),
                "lpr" | "lpr.date" => format!("Did {w} become a lawful permanent resident (green card)? On what date (the 'resident since' date on the card)?{ba}"),
                "presence" => format!(
                    "When was {w} physically in the United States? List the periods (from, to), as completely as possible: school, work and tax records help.{}",
                    boundary.map(|b| format!(" What matters is the time before {b}.")).unwrap_or_default()
                ),
                "residence" => format!("Where did {w} live, and from when to when did they live in the United States?{}", boundary.map(|b| format!(" What matters is {b}.")).unwrap_or_default()),
                "diplomat" => format!("Was {w} a foreign diplomat accredited in the United States? When?"),
                "service_abroad" => format!("Did {w} serve abroad in the U.S. armed forces or work abroad for the U.S. government or an international organization? When, and was military service honorable?"),
                "expatriation" => format!("Did {w} ever do something that could cost U.S. citizenship (naturalize in another country, serve a foreign government, renounce)? Voluntarily, and meaning to give up U.S. citizenship?"),
                "cln" => format!("Has the State Department approved a Certificate of Loss of Nationality for {w}?"),
                "denaturalization" => format!("Has a federal court revoked {w}'s naturalization? Is the judgment final, and on what ground?"),
                "parents" => format!("Who are {w}'s parents? Give each parent's facts."),
                _ => format!("What is {w}'s {}?{ba}", field.replace(['.', '_'], " ")),
            }
        }
        ["relations", ..] => {
            "Who are the person's parents, were they married to each other when the person was born, and who had legal and physical custody of the person as a child (from when to when)?".to_string()
        }
        ["immigration", field, ..] => {
            let field = field.split('[').next().unwrap_or("");
            match field {
                "orders" => "Is there an order of removal? Which kind, on what date, is it final, and was it made in absentia?".to_string(),
                "protections" => "Has the person been granted withholding of removal, protection under the Convention Against Torture, asylum or TPS? For which country, when, and has it been terminated?".to_string(),
                "pending" => "Is any appeal, motion, petition or application pending (BIA appeal, motion to reopen, petition for review, fear claim, N-600)? Is there a stay?".to_string(),
                "court_orders" => "Has any court ordered a stay, a TRO, an injunction or class membership that covers the person? Is it in force?".to_string(),
                "nationalities" => "Of which countries is the person a national or citizen?".to_string(),
                "imprisonment" | "serving_sentence" | "release_date" => "Is the person serving a criminal sentence? When is the release date?".to_string(),
                "unaccompanied_child" => "Is the person an unaccompanied child (under 18, with no parent or legal guardian available in the United States)?".to_string(),
                "convictions" => "Has the person been convicted of a crime? Which, when, and with what sentence?".to_string(),
                _ => "What is the person's immigration history (orders, protections, pending matters)?".to_string(),
            }
        }
        ["immigration"] => "What is the person's immigration history (orders, protections, pending matters, court orders)?".to_string(),
        ["action", field, ..] => match *field {
            "notice" => "What notice was given: when was it served, when is the action planned, does it explain how to contest, and is it in a language the person understands?".to_string(),
            "consent" => "Did the person consent to the transfer, and did a judge verify the consent?".to_string(),
            "to" => "To which country is the action planned?".to_string(),
            "treaty_in_force" => "Is a treaty with the receiving country in force for this action?".to_string(),
            "judicial_certification" => "Has a court certified that the person is extraditable?".to_string(),
            "surrender_warrant" => "Has the Secretary of State issued a surrender warrant?".to_string(),
            "receiving_state_accepts" => "Has the receiving country agreed to accept the person?".to_string(),
            "fear_inquiry" => "Was the person asked whether they fear persecution or torture in that country, with a real chance to say so?".to_string(),
            "aea_membership_determined" => "Was there an individual determination that the person is a member of the group named in the proclamation?".to_string(),
            other => format!("What is the action's {}?", other.replace('_', " ")),
        },
        ["forum", ..] => "In which federal circuit would the question be decided (where is the person detained or the case heard)?".to_string(),
        ["law", "tps_designations", country] => format!("Is the TPS designation for {country} in effect on the date of the action? (The law's data does not settle it.)"),
        _ => format!("What is `{path}`?{ba}"),
    }
}

//! The States, the District of Columbia and the territories as people name
//! them, with their postal codes and federal circuits (28 U.S.C. § 41), so
//! that "Texas" answers a question about a country of birth (the United
//! States) and a question about a circuit (the Fifth).
//!
//! The postal codes that are also country codes (CA is Canada, GA Gabon, IN
//! India, PA Panama ...) are listed in [`CODES_ALSO_COUNTRIES`]: typed alone
//! they could mean either, and a birth in Georgia read as a birth in the
//! country Georgia turns a citizen into a foreigner (review of the fifteenth
//! session), so they are refused with both readings.

/// (postal code, circuit, names in English and Spanish, accents dropped,
/// lower case).
pub const STATES: &[(&str, &str, &[&str])] = &[
    ("AL", "11th", &["alabama"]),
    ("AK", "9th", &["alaska"]),
    ("AZ", "9th", &["arizona"]),
    ("AR", "8th", &["arkansas"]),
    ("CA", "9th", &["california"]),
    ("CO", "10th", &["colorado"]),
    ("CT", "2nd", &["connecticut"]),
    ("DE", "3rd", &["delaware"]),
    (
        "DC",
        "DC",
        &[
            "district of columbia",
            "washington dc",
            "washington d c",
            "distrito de columbia",
        ],
    ),
    ("FL", "11th", &["florida"]),
    ("GA", "11th", &[]), // "Georgia" is also a country: see `AMBIGUOUS_NAMES`
    ("HI", "9th", &["hawaii", "hawai"]),
    ("ID", "9th", &["idaho"]),
    ("IL", "7th", &["illinois"]),
    ("IN", "7th", &["indiana"]),
    ("IA", "8th", &["iowa"]),
    ("KS", "10th", &["kansas"]),
    ("KY", "6th", &["kentucky"]),
    ("LA", "5th", &["louisiana", "luisiana"]),
    ("ME", "1st", &["maine"]),
    ("MD", "4th", &["maryland"]),
    ("MA", "1st", &["massachusetts"]),
    ("MI", "6th", &["michigan", "michigan"]),
    ("MN", "8th", &["minnesota"]),
    ("MS", "5th", &["mississippi", "misisipi"]),
    ("MO", "8th", &["missouri", "misuri"]),
    ("MT", "9th", &["montana"]),
    ("NE", "8th", &["nebraska"]),
    ("NV", "9th", &["nevada"]),
    ("NH", "1st", &["new hampshire", "nuevo hampshire"]),
    ("NJ", "3rd", &["new jersey", "nueva jersey"]),
    ("NM", "10th", &["new mexico", "nuevo mexico"]),
    ("NY", "2nd", &["new york", "nueva york"]),
    ("NC", "4th", &["north carolina", "carolina del norte"]),
    ("ND", "8th", &["north dakota", "dakota del norte"]),
    ("OH", "6th", &["ohio"]),
    ("OK", "10th", &["oklahoma"]),
    ("OR", "9th", &["oregon"]),
    ("PA", "3rd", &["pennsylvania", "pensilvania"]),
    ("RI", "1st", &["rhode island"]),
    ("SC", "4th", &["south carolina", "carolina del sur"]),
    ("SD", "8th", &["south dakota", "dakota del sur"]),
    ("TN", "6th", &["tennessee", "tennesse"]),
    ("TX", "5th", &["texas", "tejas"]),
    ("UT", "10th", &["utah"]),
    ("VT", "2nd", &["vermont"]),
    ("VA", "4th", &["virginia"]),
    ("WA", "9th", &["washington", "washington state"]),
    ("WV", "4th", &["west virginia", "virginia occidental"]),
    ("WI", "7th", &["wisconsin"]),
    ("WY", "10th", &["wyoming"]),
];

/// Territories with a federal district court, and their circuits (their
/// own country codes answer the country questions).
pub const TERRITORY_CIRCUITS: &[(&str, &str)] =
    &[("PR", "1st"), ("VI", "3rd"), ("GU", "9th"), ("MP", "9th")];

/// Postal codes that are also ISO 3166 country codes.
pub const CODES_ALSO_COUNTRIES: &[&str] = &[
    "AL", "AR", "AZ", "CA", "CO", "DE", "GA", "ID", "IL", "IN", "KY", "LA", "MA", "MD", "ME", "MN",
    "MO", "MS", "MT", "NC", "NE", "PA", "SC", "SD", "TN", "VA",
];

/// The State a name or a postal code (not a country code) stands for.
pub fn state(key: &str) -> Option<&'static (&'static str, &'static str, &'static [&'static str])> {
    let upper = key.to_ascii_uppercase();
    STATES.iter().find(|(code, _, names)| {
        names.contains(&key) || (*code == upper && !CODES_ALSO_COUNTRIES.contains(code))
    })
}

/// The circuit of a State or territory (a name, a postal code, or
/// "georgia", which as a place of detention can only be the State).
pub fn circuit_of(key: &str) -> Option<&'static str> {
    if key == "georgia" {
        return Some("11th");
    }
    let upper = key.to_ascii_uppercase();
    STATES
        .iter()
        .find(|(code, _, names)| names.contains(&key) || *code == upper)
        .map(|(_, c, _)| *c)
        .or_else(|| {
            TERRITORY_CIRCUITS
                .iter()
                .find(|(code, _)| *code == upper)
                .map(|(_, c)| *c)
        })
}

//! `tend import vcard`, end to end: Apple's and Google's vCard 3.0 and
//! vCard 4.0 exports (invented people), merging with LinkedIn contacts,
//! bad cards, and files that are no vCard at all.

use crate::support;

use serde_json::Value;
use support::{Env, fixture, names, path_str};

fn import(env: &Env, file: &str) -> (String, String) {
    env.ok(&["import", "vcard", path_str(&fixture(file))])
}

#[test]
fn apple_export_with_grouped_lines_social_profile_and_year_less_birthday() {
    let env = Env::new();
    let (stdout, stderr) = import(&env, "apple.vcf");
    assert_eq!(
        stdout,
        "Imported from apple.vcf: 2 contacts added, 0 updated, 0 interactions added, 0 bad cards skipped.\n"
    );
    assert_eq!(stderr, "");
    let c = env.contacts();
    assert_eq!(names(&c), ["Sara Lee", "Chidi Okafor"]);
    let sara = &c[0];
    assert_eq!(sara["email"], "sara.lee@northwind.example");
    assert_eq!(sara["company"], "Northwind Labs");
    assert_eq!(sara["role"], "Head of Research");
    // X-SOCIALPROFILE with Apple's escaped "http\:" wins over the home page.
    assert_eq!(sara["url"], "https://www.linkedin.com/in/sara-lee-example");
    // BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12 is a birthday without a year.
    assert_eq!(sara["birthday"], "04-12");
    assert_eq!(
        sara["note"],
        "Met at the Lisbon meetup, talked about CRDTs.\nLikes long walks."
    );
    assert_eq!(sara["cadence"], "none");
    let chidi = &c[1];
    // A grouped item2.URL labelled LinkedIn, with a trailing slash.
    assert_eq!(chidi["url"], "https://www.linkedin.com/in/chidi-okafor-example");
    assert_eq!(chidi["email"], "chidi@tailspin.example");
    assert_eq!(chidi["company"], "Tailspin Toys");
    assert_eq!(chidi["birthday"], "1988-09-30");
}

#[test]
fn google_export_with_dashed_birthdays_and_labels() {
    let env = Env::new();
    import(&env, "google.vcf");
    let c = env.contacts();
    assert_eq!(names(&c), ["Omar Haddad", "Mei Tanaka"]);
    assert_eq!(c[0]["birthday"], "06-03");
    assert_eq!(c[0]["url"], "https://www.linkedin.com/in/omar-haddad-example");
    assert_eq!(c[0]["role"], "Staff Engineer");
    // Google's system groups are not the user's tags.
    assert_eq!(c[0]["tags"], serde_json::json!(["Mentors"]));
    assert_eq!(c[1]["birthday"], "11-24");
    assert_eq!(c[1]["tags"], serde_json::json!([]));
    assert_eq!(c[1]["email"], "mei.tanaka@example.org");
}

#[test]
fn vcard_4_with_social_profile_time_zone_and_preferred_email() {
    let env = Env::new();
    import(&env, "v4.vcf");
    let c = env.contacts();
    assert_eq!(names(&c), ["Ana Costa", "Lars Nilsson"]);
    assert_eq!(c[0]["email"], "ana@fabrikam.example");
    assert_eq!(c[0]["url"], "https://www.linkedin.com/in/ana-costa-example");
    assert_eq!(c[0]["timezone"], "Europe/Lisbon");
    assert_eq!(c[0]["birthday"], "11-05");
    assert_eq!(c[1]["birthday"], "1979-02-14");
    assert_eq!(c[1]["url"], "https://lars.example.se");
    assert_eq!(c[1]["email"], Value::Null);
}

#[test]
fn cards_fill_in_the_linkedin_contacts_instead_of_duplicating_them() {
    let env = Env::new();
    env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    let (stdout, _) = import(&env, "apple.vcf");
    assert!(stdout.contains(": 1 contact added, 1 updated,"), "{stdout}");
    let (stdout, _) = import(&env, "google.vcf");
    // Omar by his LinkedIn URL, Mei by her unique name.
    assert!(stdout.contains(": 0 contacts added, 2 updated,"), "{stdout}");
    let sara = env.contact("Sara Lee");
    // LinkedIn's e-mail stays; the card adds what was missing.
    assert_eq!(sara["email"], "sara@northwind.example");
    assert_eq!(sara["birthday"], "04-12");
    assert_eq!(env.contact("Mei")["email"], "mei.tanaka@example.org");
    assert_eq!(env.contacts().len(), 5);
}

#[test]
fn reimporting_a_vcard_file_changes_nothing() {
    let env = Env::new();
    for f in ["apple.vcf", "google.vcf", "v4.vcf"] {
        import(&env, f);
    }
    let before = env.snapshot();
    for f in ["apple.vcf", "google.vcf", "v4.vcf"] {
        let (stdout, _) = import(&env, f);
        assert!(stdout.contains(": 0 contacts added, 0 updated,"), "{f}: {stdout}");
    }
    assert_eq!(before, env.snapshot());
}

const BAD_CARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good Person\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad Birthday\r\nBDAY:--13-45\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Never Closed\r\n";

#[test]
fn a_bad_card_is_reported_and_skipped_the_rest_imported() {
    let env = Env::new();
    let file = env.path("contacts.vcf");
    std::fs::write(&file, BAD_CARDS).unwrap_or_else(|e| panic!("{e}"));
    let (stdout, stderr) = env.ok(&["import", "vcard", path_str(&file)]);
    assert_eq!(
        stderr,
        "line 5: 'BEGIN:VCARD': no name (FN and N are empty) (in contacts.vcf)\n\
         line 12: '--13-45': not a birthday; expected YYYY-MM-DD, YYYYMMDD or --MM-DD (in contacts.vcf)\n\
         line 14: 'BEGIN:VCARD': the card has no END:VCARD (in contacts.vcf)\n"
    );
    assert!(
        stdout.contains("1 contact added, 0 updated, 0 interactions added, 3 bad cards skipped"),
        "{stdout}"
    );
    assert_eq!(names(&env.contacts()), ["Good Person"]);

    let strict = Env::new();
    let stderr = strict.fails(&["import", "vcard", path_str(&file), "--strict"], 1);
    assert!(
        stderr.ends_with("error: 3 bad cards; nothing was imported (--strict)\n"),
        "{stderr}"
    );
}

#[test]
fn a_file_that_is_no_vcard_is_one_error() {
    let env = Env::new();
    import(&env, "v4.vcf");
    let cases: [(&[u8], &str); 4] = [
        (b"", "is empty"),
        (b"\x00\x01\x02BEGIN:VCARD", "is binary data"),
        (b"Name,Email\nAna,ana@example.org\n", "holds no vCard"),
        (b"BEGIN:VCARD\nFN:Jos\xe9\nEND:VCARD\n", "is not UTF-8 text"),
    ];
    for (i, (bytes, why)) in cases.iter().enumerate() {
        let file = env.path(&format!("case{i}.vcf"));
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
        let stderr = env.fails(&["import", "vcard", path_str(&file)], 1);
        assert!(stderr.contains(why), "case {i}: {stderr}");
    }
}

#[test]
fn cadence_flag_applies_to_the_cards_imported() {
    let env = Env::new();
    env.ok(&["import", "vcard", path_str(&fixture("v4.vcf")), "--cadence", "8w"]);
    assert!(env.contacts().iter().all(|c| c["cadence"] == "8w"));
}

/// Every EMAIL of a card is kept, the preferred one first; a contact is
/// found again by any of its addresses, whatever the case, and gains the
/// addresses it lacked.
#[test]
fn every_address_is_kept_and_matches() {
    let env = Env::new();
    env.ok(&["add", "Sara Lee", "--email", "SARA@home.example"]);
    let file = env.path("cards.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara L.\r\nEMAIL;TYPE=HOME:sara@home.example\r\n\
         EMAIL;TYPE=WORK,PREF:sara@northwind.example\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ben Ode\r\nEMAIL:ben@tailspin.example\r\nEMAIL:ben@home.example\r\nEND:VCARD\r\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, _) = env.ok(&["import", "vcard", path_str(&file)]);
    assert!(out.contains("1 contact added, 1 updated"), "{out}");
    let c = env.contacts();
    assert_eq!(names(&c), ["Sara Lee", "Ben Ode"]);
    assert_eq!(c[0]["email"], "SARA@home.example");
    assert_eq!(
        c[0]["emails"],
        serde_json::json!(["SARA@home.example", "sara@northwind.example"])
    );
    assert_eq!(
        c[1]["emails"],
        serde_json::json!(["ben@tailspin.example", "ben@home.example"])
    );
    // Again: nothing new.
    let (out, _) = env.ok(&["import", "vcard", path_str(&file)]);
    assert!(out.contains("0 contacts added, 0 updated"), "{out}");
}

//! `tend export json` / `tend import json` (the backup round trip) and
//! `tend export ics` (the upcoming nudges as a calendar), end to end.

use crate::support;

use serde_json::Value;
use support::{Env, fixture, path_str};

const NOW: &str = "2026-12-01T10:00:00+01:00";

/// A database with something in every table and every column: hand-added
/// contacts with every field, an import, events, paused and archived
/// contacts, and nudges done, snoozed and skipped.
fn rich(env: &Env) {
    env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    env.ok(&["import", "vcard", path_str(&fixture("v4.vcf"))]);
    env.ok(&[
        "add",
        "Ines Duarte",
        "--email",
        "ines@example.org",
        "--url",
        "https://ines.example.org",
        "--company",
        "Woodgrove",
        "--role",
        "Designer",
        "--timezone",
        "America/Sao_Paulo",
        "--met",
        "RustConf, hallway track",
        "--interest",
        "CRDTs",
        "--interest",
        "local-first",
        "--tag",
        "design",
        "--connected-on",
        "2026-11-28",
        "--cadence",
        "3w",
        "--birthday",
        "1992-02-29",
        "--note",
        "Prefers \"tea\"; not coffee.\nSecond line.",
    ]);
    env.ok(&["add", "Ben Ode", "--connected-on", "2026-11-20"]);
    env.ok(&["add", "Cleo Park", "--cadence", "none"]);
    env.ok(&[
        "log",
        "Ben",
        "--in",
        "--at",
        "2026-11-29T10:00:00+01:00",
        "--note",
        "Thanks for the intro!",
    ]);
    env.ok(&[
        "log",
        "Cleo",
        "--in",
        "--at",
        "2026-11-30T08:00:00+01:00",
        "--note",
        "Lunch soon?",
    ]);
    env.ok(&[
        "log",
        "Ines",
        "--both",
        "--channel",
        "call",
        "--at",
        "2026-11-28T15:00:00+01:00",
    ]);
    env.ok(&[
        "event",
        "Ines",
        "--kind",
        "promotion",
        "--on",
        "2026-11-30",
        "--detail",
        "Lead designer",
    ]);
    env.ok(&["event", "Sara", "--kind", "busy", "--on", "2026-11-25"]);
    env.ok(&["done", "Cleo", "--note", "Yes! Thursday?"]);
    env.ok(&["snooze", "Ben", "2d"]);
    env.ok(&["skip", "Ines"]);
    env.ok(&["edit", "Omar", "--pause-until", "2027-01-10"]);
    env.ok(&["rm", "Lars"]);
}

#[test]
fn export_import_export_gives_the_same_backup() {
    let env = Env::at(NOW);
    rich(&env);
    let backup = env.run(&["export", "json"]);
    let v: Value = serde_json::from_str(&backup).unwrap_or_else(|e| panic!("not JSON ({e}): {backup}"));
    assert_eq!(v["format"], "tend-backup");
    assert_eq!(v["version"], 1);
    let rows = |t: &str| v[t].as_array().map_or(0, Vec::len);
    assert_eq!(rows("contacts"), 9);
    assert!(rows("interactions") >= 12, "{backup}");
    assert_eq!(rows("events"), 2);
    assert_eq!(rows("nudges"), 3);
    // Every column of a contact, including how it came in.
    let ines = &v["contacts"][6];
    assert_eq!(ines["name"], "Ines Duarte");
    assert_eq!(ines["source"], "manual");
    assert_eq!(ines["birthday"], "1992-02-29");
    assert_eq!(ines["interests"], "[\"CRDTs\",\"local-first\"]");
    assert_eq!(v["contacts"][0]["source"], "linkedin");

    let file = env.path("backup.json");
    std::fs::write(&file, &backup).unwrap_or_else(|e| panic!("{e}"));
    let fresh = Env::at(NOW);
    let (stdout, _) = fresh.ok(&["import", "json", path_str(&file)]);
    assert!(stdout.starts_with("Restored 9 contacts, "), "{stdout}");
    assert_eq!(fresh.run(&["export", "json"]), backup);
    // The restored database plans and shows the same.
    for args in [
        &["agenda", "--json", "--days", "30"][..],
        &["list", "--json"],
        &["show", "Ines", "--json"],
    ] {
        assert_eq!(fresh.run(args), env.run(args), "tend {args:?}");
    }
}

#[test]
fn an_empty_database_exports_an_empty_backup_that_restores() {
    let env = Env::at(NOW);
    let backup = env.run(&["export", "json"]);
    let v: Value = serde_json::from_str(&backup).unwrap_or_else(|e| panic!("{e}: {backup}"));
    assert_eq!(v["contacts"], Value::Array(vec![]));
    let file = env.path("empty.json");
    std::fs::write(&file, &backup).unwrap_or_else(|e| panic!("{e}"));
    let v = env.json(&["import", "json", path_str(&file), "--json"]);
    assert_eq!(v["contacts_added"], 0);
}

#[test]
fn restoring_into_a_database_that_holds_data_is_refused() {
    let env = Env::at(NOW);
    rich(&env);
    let file = env.path("backup.json");
    std::fs::write(&file, env.run(&["export", "json"])).unwrap_or_else(|e| panic!("{e}"));
    let other = Env::at(NOW);
    other.ok(&["add", "Someone Else"]);
    let stderr = other.fails(&["import", "json", path_str(&file)], 1);
    assert!(stderr.contains("is not empty (1 contacts)"), "{stderr}");
    assert!(
        stderr.contains("restores a backup into an empty database only"),
        "{stderr}"
    );
    let stderr = other.fails(&["import", "json", path_str(&file), "--cadence", "2w"], 2);
    assert!(stderr.contains("--cadence does not apply"), "{stderr}");
}

#[test]
fn a_file_that_is_not_a_backup_is_one_error_and_nothing_is_written() {
    let env = Env::at(NOW);
    rich(&env);
    let good = env.run(&["export", "json"]);
    let cases = [
        ("".to_string(), "is empty"),
        ("[1, 2, 3]".to_string(), "is not a backup tend can restore"),
        ("{\"contacts\": []}".to_string(), "'version' must come before the data"),
        (
            good.replace("\"version\": 1", "\"version\": 99"),
            "backup version 99 is newer",
        ),
        (
            good.replace("\"schema\": ", "\"schema\": 9"),
            "is newer than this tend's",
        ),
        (good.replace("\"note\":", "\"mood\":"), "column 'mood' is unknown"),
        // A row that breaks the database's rules, after others went in: all rolled back.
        (good.replace("\"contact_id\":1,", "\"contact_id\":999,"), "FOREIGN KEY"),
        (good[..good.len() / 2].to_string(), "EOF while parsing"),
    ];
    for (i, (text, why)) in cases.iter().enumerate() {
        let fresh = Env::at(NOW);
        let file = fresh.path("backup.json");
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        let stderr = fresh.fails(&["import", "json", path_str(&file)], 1);
        assert!(stderr.contains(why), "case {i}: {stderr}");
        assert_eq!(fresh.run(&["export", "json"]).matches("\"id\":").count(), 0, "case {i}");
    }
}

/// Unfolded content lines of one VEVENT block, by property name.
fn event_props(block: &str) -> Vec<(String, String)> {
    let unfolded = block.replace("\r\n ", "");
    unfolded
        .split("\r\n")
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.split(';').next().unwrap_or(k).to_string(), v.to_string()))
        })
        .collect()
}

fn prop<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
    props.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

#[test]
fn ics_has_one_event_per_upcoming_nudge_at_its_slot() {
    let env = Env::at(NOW);
    env.ok(&["add", "Sara Lee", "--connected-on", "2026-11-30"]);
    env.ok(&["add", "Omar Haddad"]);
    env.ok(&[
        "log",
        "Omar",
        "--in",
        "--at",
        "2026-11-30T15:00:00+01:00",
        "--note",
        "Are you free, Tuesday; or later?",
    ]);
    let agenda = env.json(&["agenda", "--json", "--days", "14"]);
    let agenda = agenda.as_array().unwrap_or_else(|| panic!("{agenda}")).clone();
    assert_eq!(agenda.len(), 2, "{agenda:?}");

    let ics = env.run(&["export", "ics", "--days", "14"]);
    // Calendar apps read it: a parser of RFC 5545 finds one calendar with the events.
    let calendar = match calcard::Parser::new(&ics).entry() {
        calcard::Entry::ICalendar(c) => c,
        other => panic!("not an iCalendar: {other:?}\n{ics}"),
    };
    let events = calendar
        .components
        .iter()
        .filter(|c| c.component_type == calcard::icalendar::ICalendarComponentType::VEvent)
        .count();
    assert_eq!(events, 2, "{ics}");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("\r\nVERSION:2.0\r\n"), "{ics}");
    assert!(ics.contains("\r\nPRODID:-//tend//tend "), "{ics}");
    assert!(
        ics.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets: {ics}"
    );
    assert!(ics.split("\r\n").all(|l| !l.contains('\n')), "CRLF line ends");

    let blocks: Vec<&str> = ics.split("BEGIN:VEVENT\r\n").skip(1).collect();
    let mut uids = Vec::new();
    for (n, block) in agenda.iter().zip(&blocks) {
        let p = event_props(block);
        let contact = n["contact"].as_str().unwrap_or_default();
        let want = match n["kind"].as_str().unwrap_or_default() {
            "reply" => format!("Reply to {contact}"),
            "first-follow-up" => format!("Follow up with {contact}"),
            other => panic!("unexpected kind {other}"),
        };
        assert_eq!(prop(&p, "SUMMARY"), want);
        // DTSTART is the agenda's slot, in UTC.
        let due = chrono::DateTime::parse_from_rfc3339(n["due"].as_str().unwrap_or_default())
            .unwrap_or_else(|e| panic!("{e}"))
            .with_timezone(&chrono::Utc);
        assert_eq!(prop(&p, "DTSTART"), due.format("%Y%m%dT%H%M%SZ").to_string());
        assert_eq!(prop(&p, "DTSTAMP"), "20261201T090000Z");
        // Reason and draft, with RFC 5545's escapes undone.
        let description = prop(&p, "DESCRIPTION")
            .replace("\\n", "\n")
            .replace("\\,", ",")
            .replace("\\;", ";")
            .replace("\\\\", "\\");
        let reason = n["reason"].as_str().unwrap_or_default();
        let draft = n["draft"].as_str().unwrap_or_default();
        assert_eq!(description, format!("{reason}\n\nDraft:\n{draft}"));
        uids.push(prop(&p, "UID").to_string());
    }
    assert_ne!(uids[0], uids[1]);
    assert!(uids.iter().all(|u| u.ends_with("@tend")), "{uids:?}");
    // The same nudges keep their UIDs in the next export, so a calendar updates them.
    assert_eq!(env.run(&["export", "ics", "--days", "14"]), ics);
    // A shorter horizon leaves later nudges out.
    let none = env.run(&["export", "ics", "--days", "0"]);
    assert_eq!(none.matches("BEGIN:VEVENT").count(), 0, "{none}");
}

/// Each case: a value that passes JSON but not its column, put into a good
/// backup; the restore refuses it whole and names it.
#[test]
fn a_backup_with_a_value_its_column_cannot_hold_is_refused_whole() {
    let env = Env::at(NOW);
    rich(&env);
    let good = env.run(&["export", "json"]);
    let first_created = good
        .split("\"created_at\":")
        .nth(1)
        .and_then(|t| t.split([',', '}']).next())
        .unwrap_or_else(|| panic!("no created_at in {good}"))
        .to_string();
    let created = format!("\"created_at\":{first_created}");
    let cases = [
        (
            good.replacen(&created, "\"created_at\":\"yesterday\"", 1),
            "created_at is \"yesterday\"",
        ),
        (good.replacen(&created, "\"created_at\":1.5", 1), "created_at is 1.5"),
        (
            good.replacen(&created, "\"created_at\":9223372036854775807", 1),
            "between the years 1 and 9999",
        ),
        (
            good.replacen("\"status\":\"active\"", "\"status\":\"sleeping\"", 1),
            "status is \"sleeping\"",
        ),
        (
            good.replacen("\"channel\":\"message\"", "\"channel\":\"pigeon\"", 1),
            "channel is \"pigeon\"",
        ),
        (
            good.replacen("\"responses\":0", "\"responses\":-1", 1),
            "responses is -1",
        ),
        (
            good.replacen("\"tags\":\"[]\"", "\"tags\":\"design\"", 1),
            "tags is \"design\"",
        ),
        (
            good.replacen("\"cadence\":\"3w\"", "\"cadence\":\"often\"", 1),
            "cadence is \"often\"",
        ),
    ];
    for (i, (text, why)) in cases.iter().enumerate() {
        assert_ne!(text, &good, "case {i} changed nothing");
        let fresh = Env::at(NOW);
        let file = fresh.path("backup.json");
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        let stderr = fresh.fails(&["import", "json", path_str(&file)], 1);
        assert!(stderr.contains(why), "case {i}: {stderr}");
        assert!(stderr.contains("nothing was imported"), "case {i}: {stderr}");
        assert_eq!(fresh.run(&["export", "json"]).matches("\"id\":").count(), 0, "case {i}");
    }
}

/// A backup written before the per-contact summaries existed (schema 1)
/// restores with them computed: Sara, written to yesterday, is not due a
/// check-in; Ben, never touched since he was added, is.
#[test]
fn a_backup_from_schema_1_restores_with_the_right_plan() {
    let env = Env::at(NOW);
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/backup/schema-1.json");
    env.ok(&["import", "json", path_str(&file)]);
    let agenda = env.json(&["agenda", "--days", "1", "--json"]);
    let names: Vec<&str> = agenda
        .as_array()
        .unwrap_or_else(|| panic!("{agenda}"))
        .iter()
        .filter_map(|n| n["contact"].as_str())
        .collect();
    assert_eq!(names, ["Ben Ode"], "{agenda}");
    let sara = env.json(&["show", "Sara", "--json"]);
    assert_eq!(sara["next"]["kind"], "check-in", "{sara}");
    assert!(
        sara["next"]["due"].as_str().is_some_and(|d| d > "2026-12-21"),
        "at least three weeks after the last message: {sara}"
    );
}

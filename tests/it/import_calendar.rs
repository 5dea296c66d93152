//! `tend import calendar`, end to end: .ics files and vdirs written here
//! (invented people), with zones, all-day events, a series with an EXDATE
//! across a daylight-saving change, cancellations, and what `show` and the
//! agenda then say: a past meeting is a touch, a planned one holds the
//! check-in (rules.md, rule 13).

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{Env, path_str, timeline};

/// Monday 30 Nov 2026, 10:00 in Lisbon (UTC+0 in winter).
const NOW: &str = "2026-11-30T10:00:00Z";

fn calendar(events: &str) -> String {
    format!("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//tend tests//EN\n{events}END:VCALENDAR\n").replace('\n', "\r\n")
}

fn write(path: &Path, text: &str) -> PathBuf {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path.to_path_buf()
}

fn people(env: &Env) {
    env.run(&[
        "add",
        "Sara Lee",
        "--email",
        "sara.lee@northwind.example",
        "--cadence",
        "3w",
    ]);
    env.run(&[
        "add",
        "Omar Haddad",
        "--email",
        "Omar@Tailspin.example",
        "--cadence",
        "none",
    ]);
}

/// Sara (cadence 3 weeks) was last written to on 1 Oct: her check-in is due.
fn people_sara_last_written_to_on_1_october(env: &Env) {
    people(env);
    env.run(&[
        "log",
        "Sara",
        "--out",
        "--at",
        "2026-10-01T09:00:00Z",
        "--note",
        "Hello",
    ]);
}

/// A file of the kinds of events a real calendar holds.
fn work_ics(env: &Env) -> PathBuf {
    write(
        &env.path("work.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:roadmap-1@northwind.example\nDTSTAMP:20261101T000000Z\n\
             DTSTART;TZID=Europe/Paris:20261110T100000\nDTEND;TZID=Europe/Paris:20261110T110000\n\
             SUMMARY:Roadmap review\nORGANIZER;CN=Sara Lee:mailto:SARA.LEE@northwind.example\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@home.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:offsite-2026\nDTSTART;VALUE=DATE:20261120\nDTEND;VALUE=DATE:20261121\n\
             SUMMARY:Team offsite\nATTENDEE:mailto:omar@tailspin.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:one-on-one\nDTSTART;TZID=America/New_York:20261020T100000\n\
             DURATION:PT30M\nRRULE:FREQ=WEEKLY;COUNT=4\nEXDATE;TZID=America/New_York:20261027T100000\n\
             SUMMARY:1:1 Omar\nORGANIZER:mailto:me@home.example\nATTENDEE:mailto:omar@tailspin.example\n\
             END:VEVENT\n\
             BEGIN:VEVENT\nUID:called-off\nDTSTART:20261105T150000Z\nSTATUS:CANCELLED\n\
             SUMMARY:Lunch\nATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:dentist\nDTSTART:20261112T080000Z\nSUMMARY:Dentist\nEND:VEVENT\n",
        ),
    )
}

fn meetings(contact: &Value) -> Vec<(String, String, String, String)> {
    timeline(contact)
        .into_iter()
        .filter(|(_, _, channel, _)| channel == "meeting")
        .collect()
}

fn row(at: &str, note: &str) -> (String, String, String, String) {
    (at.into(), "both".into(), "meeting".into(), note.into())
}

#[test]
fn zones_all_day_events_a_series_with_an_exdate_and_a_cancellation() {
    let env = Env::at(NOW);
    people(&env);
    let file = work_ics(&env);
    let (stdout, stderr) = env.ok(&["import", "calendar", path_str(&file)]);
    assert_eq!(stderr, "");
    assert_eq!(
        stdout,
        format!(
            "Imported from '{}': 5 meetings added, 0 already known.\n\
             Left out 1 cancelled occurrence, 1 occurrence with none of your contacts.\n",
            file.display()
        )
    );
    // 10:00 in Paris is 09:00 UTC; the organizer's address in capitals is hers.
    assert_eq!(
        meetings(&env.contact("Sara")),
        vec![row("2026-11-10T09:00:00+00:00", "Roadmap review")]
    );
    // The offsite is all day: 00:00 in the user's zone (Lisbon, UTC+0).
    // The weekly 1:1 at 10:00 New York time skips 27 Oct and is an hour
    // later in UTC after New York's clocks change on 1 Nov (shown in Lisbon
    // time, on summer time until 25 Oct).
    assert_eq!(
        meetings(&env.contact("Omar")),
        vec![
            row("2026-10-20T15:00:00+01:00", "1:1 Omar"),
            row("2026-11-03T15:00:00+00:00", "1:1 Omar"),
            row("2026-11-10T15:00:00+00:00", "1:1 Omar"),
            row("2026-11-20T00:00:00+00:00", "Team offsite"),
        ]
    );

    // Again: nothing twice.
    let before = env.snapshot();
    let (stdout, _) = env.ok(&["import", "calendar", path_str(&file)]);
    assert!(stdout.contains(": 0 meetings added, 5 already known."), "{stdout}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_vdir_is_read_file_by_file_and_a_broken_file_is_skipped() {
    let env = Env::at(NOW);
    people(&env);
    let vdir = env.path("calendars");
    write(
        &vdir.join("work").join("a1b2.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:a1b2\nDTSTART:20261102T140000Z\nSUMMARY:Intro call\n\
             ATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n",
        ),
    );
    write(
        &vdir.join("home").join("c3d4.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:c3d4\nDTSTART:20261103T180000Z\nSUMMARY:Dinner\n\
             ATTENDEE:mailto:omar@tailspin.example\nATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n",
        ),
    );
    write(&vdir.join("home").join("broken.ics"), "this is not a calendar\n");
    // vdirsyncer's own files are not calendars.
    write(&vdir.join("home").join("displayname"), "Home\n");
    write(&vdir.join(".status").join("x.ics"), "junk\n");

    let (stdout, stderr) = env.ok(&["import", "calendar", path_str(&vdir), "--json"]);
    assert_eq!(stderr, "home/broken.ics: no BEGIN:VCALENDAR: not an iCalendar file\n");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["source"], "calendar");
    assert_eq!(summary["files"], serde_json::json!(["home/c3d4.ics", "work/a1b2.ics"]));
    // The dinner is a meeting with each of the two (Omar by his second
    // address).
    assert_eq!(summary["interactions_added"], 3);
    assert_eq!(summary["already_known"], 0);
    assert_eq!(summary["files_skipped"], 1);
    assert_eq!(
        meetings(&env.contact("Sara")),
        vec![
            row("2026-11-02T14:00:00+00:00", "Intro call"),
            row("2026-11-03T18:00:00+00:00", "Dinner"),
        ]
    );
    assert_eq!(
        meetings(&env.contact("Omar")),
        vec![row("2026-11-03T18:00:00+00:00", "Dinner")]
    );
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_and_writes_nothing() {
    let env = Env::at(NOW);
    people(&env);
    let bad = write(&env.path("notes.ics"), "Shopping list\n");
    let err = env.fails(&["import", "calendar", path_str(&bad)], 1);
    assert!(err.contains("'notes.ics': no BEGIN:VCALENDAR"), "{err}");
    let empty = env.path("empty-folder");
    std::fs::create_dir_all(&empty).unwrap();
    let err = env.fails(&["import", "calendar", path_str(&empty)], 1);
    assert!(err.contains("holds no .ics files"), "{err}");
    let err = env.fails(&["import", "calendar", path_str(&env.path("missing.ics"))], 1);
    assert!(err.contains("cannot read"), "{err}");
}

fn check_in(env: &Env, name: &str) -> Value {
    let next = env.contact(name)["next"].clone();
    assert_eq!(next["kind"], "check-in", "{next}");
    next
}

#[test]
fn a_past_meeting_is_a_touch_that_moves_the_check_in() {
    let env = Env::at(NOW);
    people_sara_last_written_to_on_1_october(&env);
    let before = check_in(&env, "Sara");
    // Three weeks after 1 Oct is long past: the check-in is due today.
    assert!(before["due"].as_str().unwrap() < "2026-12-01", "{before}");

    let file = write(
        &env.path("met.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:coffee\nDTSTART;TZID=Europe/Lisbon:20261125T150000\n\
             SUMMARY:Coffee\nATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n",
        ),
    );
    env.run(&["import", "calendar", path_str(&file)]);
    let after = check_in(&env, "Sara");
    // Three weeks after the coffee on 25 Nov.
    assert_eq!(after["due"], "2026-12-16T15:00:00+00:00", "{after}");
}

#[test]
fn a_planned_meeting_holds_the_check_in_until_it_has_happened() {
    let env = Env::at(NOW);
    people_sara_last_written_to_on_1_october(&env);
    let agenda = env.json(&["agenda", "--json"]);
    assert!(
        agenda.as_array().unwrap().iter().any(|n| n["contact"] == "Sara Lee"),
        "{agenda}"
    );

    // A weekly series: the occurrence on 8 Dec is within the next 30 days.
    let file = write(
        &env.path("planned.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:sync\nDTSTART;TZID=Europe/Lisbon:20261208T140000\n\
             RRULE:FREQ=WEEKLY;BYDAY=TU\nSUMMARY:Project sync\n\
             ORGANIZER:mailto:sara.lee@northwind.example\nEND:VEVENT\n",
        ),
    );
    env.run(&["import", "calendar", path_str(&file)]);
    let sara = env.contact("Sara");
    // 8, 15, 22 and 29 Dec: the series up to 30 days ahead, each planned.
    assert_eq!(
        meetings(&sara),
        ["2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29"]
            .iter()
            .map(|d| row(&format!("{d}T14:00:00+00:00"), "Project sync"))
            .collect::<Vec<_>>()
    );
    // Nothing for Sara in the next week: the meeting holds the check-in.
    let agenda = env.json(&["agenda", "--json"]);
    assert!(
        !agenda.as_array().unwrap().iter().any(|n| n["contact"] == "Sara Lee"),
        "{agenda}"
    );
    let next = check_in(&env, "Sara");
    assert!(next["reason"].as_str().unwrap().starts_with("You meet on"), "{next}");
}

#[test]
fn a_planned_meeting_moved_or_cancelled_is_withdrawn_and_a_past_one_stays() {
    let env = Env::at(NOW);
    people_sara_last_written_to_on_1_october(&env);
    let event = |start: &str, status: &str| {
        calendar(&format!(
            "BEGIN:VEVENT\nUID:review\nDTSTART:{start}\n{status}SUMMARY:Review\n\
             ATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:kickoff\nDTSTART:20261116T100000Z\nSUMMARY:Kickoff\n\
             ATTENDEE:mailto:sara.lee@northwind.example\nEND:VEVENT\n"
        ))
    };
    let file = write(&env.path("cal.ics"), &event("20261208T140000Z", ""));
    env.run(&["import", "calendar", path_str(&file)]);
    let kickoff = row("2026-11-16T10:00:00+00:00", "Kickoff");
    assert_eq!(
        meetings(&env.contact("Sara")),
        vec![kickoff.clone(), row("2026-12-08T14:00:00+00:00", "Review")]
    );

    // Moved to Thursday the 10th.
    write(&file, &event("20261210T140000Z", ""));
    let (stdout, _) = env.ok(&["import", "calendar", path_str(&file)]);
    assert_eq!(
        stdout,
        format!(
            "Imported from '{}': 1 meeting added, 1 already known, 1 planned meeting withdrawn (moved or cancelled).\n",
            file.display()
        )
    );
    assert_eq!(
        meetings(&env.contact("Sara")),
        vec![kickoff.clone(), row("2026-12-10T14:00:00+00:00", "Review")]
    );

    // Called off: nothing holds the check-in any more.
    write(&file, &event("20261210T140000Z", "STATUS:CANCELLED\n"));
    let (stdout, _) = env.ok(&["import", "calendar", path_str(&file)]);
    assert!(stdout.contains("1 planned meeting withdrawn"), "{stdout}");
    assert!(stdout.contains("Left out 1 cancelled occurrence.\n"), "{stdout}");
    assert_eq!(meetings(&env.contact("Sara")), vec![kickoff.clone()]);
    let next = check_in(&env, "Sara");
    assert!(!next["reason"].as_str().unwrap().starts_with("You meet on"), "{next}");

    // The kickoff has happened: even gone from the calendar, it stays.
    write(&file, &calendar(""));
    let (stdout, _) = env.ok(&["import", "calendar", path_str(&file)]);
    assert!(stdout.contains(": 0 meetings added, 0 already known."), "{stdout}");
    assert_eq!(meetings(&env.contact("Sara")), vec![kickoff]);
}

#[test]
fn a_meeting_you_declined_is_left_out() {
    let env = Env::at(NOW);
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@home.example\"]\n");
    people(&env);
    let file = write(
        &env.path("declined.ics"),
        &calendar(
            "BEGIN:VEVENT\nUID:pitch\nDTSTART:20261118T100000Z\nSUMMARY:Pitch\n\
             ORGANIZER:mailto:sara.lee@northwind.example\n\
             ATTENDEE;PARTSTAT=DECLINED:mailto:ME@home.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:demo\nDTSTART:20261119T100000Z\nSUMMARY:Demo\n\
             ORGANIZER:mailto:sara.lee@northwind.example\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@home.example\nEND:VEVENT\n",
        ),
    );
    let (stdout, _) = env.ok(&["import", "calendar", path_str(&file)]);
    assert!(
        stdout.ends_with(": 1 meeting added, 0 already known.\nLeft out 1 occurrence you declined.\n"),
        "{stdout}"
    );
    assert_eq!(
        meetings(&env.contact("Sara")),
        vec![row("2026-11-19T10:00:00+00:00", "Demo")]
    );
}

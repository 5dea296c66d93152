//! Contacts who are away (rule 8 with an end): `tend event --kind busy
//! --until`, and an absence their own message tells of, end to end on the
//! real binary with a pinned clock.

use crate::support;

use serde_json::Value;
use support::{Env, paris as env};

/// A home in Paris on Tuesday 1 December 2026, 10:00.
/// The contact's busy events as `tend show --json` lists them.
fn busy_events(env: &Env, who: &str) -> Vec<Value> {
    env.contact(who)["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "busy")
        .cloned()
        .collect()
}

/// The contact's next nudge: its kind, its local day and its reason.
fn next(env: &Env, who: &str) -> (String, String, String) {
    let n = env.contact(who)["next"].clone();
    let text = |k: &str| n[k].as_str().unwrap_or_default().to_string();
    (text("kind"), text("due").chars().take(10).collect(), text("reason"))
}

/// Logs a message of theirs now; returns what `tend log` printed and its record.
fn they_wrote(env: &Env, who: &str, note: &str) -> (String, String) {
    let out = env.run(&["log", who, "--in", "--note", note]);
    let id = env.contact(who)["interactions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i["id"].as_i64())
        .max()
        .unwrap_or_default();
    (out, format!("i{id}"))
}

/// `Env::fails` with exit 2, and the error is the only line on stderr.
fn refused(env: &Env, args: &[&str]) -> String {
    let stderr = env.fails(args, 2);
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn a_check_in_due_while_they_are_away_comes_after_and_the_reply_is_not_held() {
    let env = env();
    env.run(&["add", "Grace Hopper", "--cadence", "2w"]);
    let (out, message) = they_wrote(&env, "grace", "I'm out from Dec 3 for 3 weeks, my wedding!! 💍");
    assert!(
        out.contains("Noted: Grace is away 3 Dec - 24 Dec (from their message, e1); check-ins and milestones wait."),
        "{out}"
    );
    let events = busy_events(&env, "grace");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["on"], "2026-12-03");
    assert_eq!(events[0]["until"], "2026-12-24");
    assert_eq!(events[0]["detail"], "away (from their message)");
    // Her message is answered at once: a reply is never held.
    let (kind, day, _) = next(&env, "grace");
    assert_eq!((kind.as_str(), day.as_str()), ("reply", "2026-12-02"));
    // Answered today, her fortnightly check-in falls on 15 December, in
    // the middle of her three weeks: it waits for the day she is back.
    env.run(&["done", "grace"]);
    let (kind, day, reason) = next(&env, "grace");
    assert_eq!((kind.as_str(), day.as_str()), ("check-in", "2026-12-24"));
    assert!(
        reason.contains("Grace is away until 24 Dec (from their message of 1 Dec); check-ins wait."),
        "{reason}"
    );
    // The message is the fact: removed, the absence goes with it.
    env.run(&["unlog", &message, "--yes"]);
    assert_eq!(busy_events(&env, "grace"), Vec::<Value>::new());
}

#[test]
fn an_auto_reply_tells_of_an_absence_and_a_corrected_message_takes_it_back() {
    let env = env();
    env.run(&["add", "Lena Vogel", "--cadence", "1w"]);
    let (out, message) = they_wrote(&env, "lena", "Automatic reply: I'm on parental leave until 3 March");
    assert!(out.contains("Noted: Lena is away 1 Dec - 3 Mar"), "{out}");
    let events = busy_events(&env, "lena");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0]["on"].as_str(), events[0]["until"].as_str()),
        (Some("2026-12-01"), Some("2027-03-03"))
    );
    // `tend show` prints the end in the timeline.
    let shown = env.run(&["show", "lena"]);
    assert!(
        shown.contains("★ busy until 2027-03-03: away (from their message)"),
        "{shown}"
    );
    // The user corrects the message's words: the absence read from the
    // old words goes.
    env.run(&["fix", &message, "--note", "thanks, talk soon!"]);
    assert_eq!(busy_events(&env, "lena"), Vec::<Value>::new());
}

#[test]
fn an_event_the_user_corrects_is_theirs_and_one_removed_stays_removed() {
    let env = env();
    env.run(&["add", "Ana Ruiz", "--cadence", "2w"]);
    let (_, message) = they_wrote(&env, "ana", "estoy de baja hasta el 10 de enero");
    let events = busy_events(&env, "ana");
    assert_eq!(events.len(), 1, "{events:?}");
    let record = format!("e{}", events[0]["id"]);
    env.run(&["fix", &record, "--until", "2027-01-17"]);
    assert_eq!(busy_events(&env, "ana")[0]["until"], "2027-01-17");
    // A later change of the message's channel leaves the user's event be.
    env.run(&["fix", &message, "--channel", "email"]);
    assert_eq!(busy_events(&env, "ana")[0]["until"], "2027-01-17");
    // Removed by the user, the absence is not read from the message again.
    env.run(&["unlog", &record, "--yes"]);
    env.run(&["log", "ana", "--in", "--note", "gracias!"]);
    assert_eq!(busy_events(&env, "ana"), Vec::<Value>::new());
}

#[test]
fn a_date_that_is_no_absence_records_nothing() {
    let env = env();
    env.run(&["add", "Tom Hardy"]);
    for note in [
        "The deadline is March 3, can you send the deck by then?",
        "Lisa is on maternity leave until March, so please send the invoice to me",
        "I was off for 2 weeks, sorry for the slow reply!",
        "Going on parental leave soon, will let you know when I'm back",
    ] {
        let (out, _) = they_wrote(&env, "tom", note);
        assert!(!out.contains("Noted"), "{note}: {out}");
    }
    assert_eq!(busy_events(&env, "tom"), Vec::<Value>::new());
}

#[test]
fn a_busy_event_with_an_end_defers_until_that_day() {
    let env = env();
    env.run(&["add", "Lena Vogel", "--cadence", "2w"]);
    env.run(&["log", "lena", "--out", "--at", "2026-11-20T10:00:00+01:00"]);
    // Due on Friday 18 December (her silence doubled the fortnight), in
    // the middle of a honeymoon from the 15th, back on Sunday the 27th.
    assert_eq!(next(&env, "lena").1, "2026-12-18");
    let (out, _) = env.ok(&[
        "event",
        "lena",
        "--kind",
        "busy",
        "--on",
        "2026-12-15",
        "--until",
        "2026-12-27",
        "--detail",
        "honeymoon",
    ]);
    assert_eq!(out, "Recorded busy for Lena Vogel on 2026-12-15 until 2026-12-27.\n");
    let (kind, day, reason) = next(&env, "lena");
    // Sunday the 27th is not a working day: Monday the 28th.
    assert_eq!((kind.as_str(), day.as_str()), ("check-in", "2026-12-28"), "{reason}");
    assert!(
        reason.contains("Lena is away until 27 Dec; check-ins wait."),
        "{reason}"
    );
    assert_eq!(busy_events(&env, "lena")[0]["until"], "2026-12-27");
    // Back on Monday the 21st instead (rule 8's week alone would have
    // said the 22nd).
    env.run(&["fix", "e1", "--until", "2026-12-21"]);
    let (_, day, _) = next(&env, "lena");
    assert_eq!(day, "2026-12-21");
}

#[test]
fn an_end_before_the_day_or_on_another_kind_is_refused() {
    let env = env();
    env.run(&["add", "Lena Vogel"]);
    let err = refused(
        &env,
        &[
            "event",
            "lena",
            "--kind",
            "busy",
            "--on",
            "2026-12-10",
            "--until",
            "2026-12-05",
        ],
    );
    assert!(
        err.contains("--until 2026-12-05 is not after the event's day (2026-12-10)"),
        "{err}"
    );
    let err = refused(&env, &["event", "lena", "--kind", "new-job", "--until", "2026-12-20"]);
    assert!(
        err.contains("--until 2026-12-20: only a busy event has an end (this one is new-job)"),
        "{err}"
    );
    env.run(&["event", "lena", "--kind", "busy", "--on", "2026-12-10"]);
    let err = refused(&env, &["fix", "e1", "--until", "2026-12-01"]);
    assert!(err.contains("is not after the event's day"), "{err}");
    let err = refused(&env, &["fix", "e1", "--kind", "post", "--until", "2026-12-20"]);
    assert!(err.contains("only a busy event has an end"), "{err}");
    assert_eq!(busy_events(&env, "lena")[0]["until"], Value::Null);
}

#[test]
fn an_absence_in_imported_mail_is_recorded_as_one_logged_is() {
    let env = Env::at("2026-12-01T10:00:00Z");
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@example.org\"]\n");
    env.run(&[
        "add",
        "Sara Lee",
        "--email",
        "sara@northwind.example",
        "--cadence",
        "3w",
    ]);
    let mbox = env.path("in.mbox");
    std::fs::write(
        &mbox,
        "From sara@northwind.example Mon Nov 30 08:00:05 2026\n\
         From: Sara Lee <sara@northwind.example>\n\
         To: Me <me@example.org>\n\
         Subject: Off on parental leave from Dec 7 for 4 months - who to contact\n\
         Date: Mon, 30 Nov 2026 09:00:00 +0100\n\
         Message-ID: <leave@northwind.example>\n\n\
         Hi all, Ben covers for me.\n\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    env.run(&["import", "mail", support::path_str(&mbox)]);
    let events = busy_events(&env, "sara");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        (events[0]["on"].as_str(), events[0]["until"].as_str()),
        (Some("2026-12-07"), Some("2027-04-07"))
    );
    // Importing the same file again adds nothing, the absence included.
    env.run(&["import", "mail", support::path_str(&mbox)]);
    assert_eq!(busy_events(&env, "sara").len(), 1);
}

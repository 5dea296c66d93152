//! Correcting what was logged: `tend fix RECORD` and `tend unlog RECORD`
//! (cli.md), end to end on the real binary with a pinned clock. Each
//! correction is checked by what the user then sees: the timeline, the
//! next nudge, the agenda.

use crate::support;

use serde_json::Value;
use support::{Env, paris as env};

/// A home in Paris on Tuesday 1 December 2026, 10:00.
/// The record ids of a contact's timeline as `tend show` prints them.
fn printed_records(env: &Env, contact: &str) -> Vec<String> {
    let text = env.run(&["show", contact]);
    text.lines()
        .skip_while(|l| l.trim() != "Timeline")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        // What a message was read as is printed under it.
        .filter(|l| !l.trim_start().starts_with("read as:"))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// Sara's message of Monday 30 November, 09:00, as `tend log --json` prints it.
fn sara_wrote(env: &Env, note: &str) -> Value {
    env.json(&[
        "log",
        "sara",
        "--in",
        "--at",
        "2026-11-30T09:00:00+01:00",
        "--note",
        note,
        "--json",
    ])
}

fn next_kind(env: &Env, contact: &str) -> Value {
    env.contact(contact)["next"]["kind"].clone()
}

#[test]
fn a_message_logged_on_the_wrong_contact_moves_with_its_reply_nudge() {
    let env = env();
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    env.run(&["add", "Tomás Ortega", "--cadence", "none"]);
    let logged = sara_wrote(&env, "Are you free Thursday?");
    let id = logged["id"].as_i64().unwrap_or_default();
    let record = format!("i{id}");
    assert_eq!(
        printed_records(&env, "sara"),
        [record.as_str()],
        "show prints the record id"
    );
    assert_eq!(next_kind(&env, "sara"), "reply");
    assert_eq!(next_kind(&env, "tomás"), Value::Null);

    let (out, _) = env.ok(&["fix", &record, "--contact", "tomás"]);
    assert_eq!(
        out,
        format!(
            "Fixed {record}: in message with Tomás Ortega at Mon 30 Nov 2026 09:00: \"Are you free Thursday?\" \
             (was: in message with Sara Lee at Mon 30 Nov 2026 09:00: \"Are you free Thursday?\").\n"
        )
    );
    // Summaries and nudges follow at once: the reply is Tomás's now.
    assert_eq!(next_kind(&env, "sara"), Value::Null);
    assert_eq!(next_kind(&env, "tomás"), "reply");
    assert_eq!(env.contact("sara")["interactions"], serde_json::json!([]));
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["contact"], "Tomás Ortega", "{agenda}");

    // The wrong direction: it was the user who asked; no reply is owed.
    let fixed = env.json(&["fix", &record, "--out", "--at", "2026-11-30", "--json"]);
    assert_eq!(fixed["direction"], "out");
    assert_eq!(fixed["at"], "2026-11-30T00:00:00+01:00");
    assert_eq!(fixed["was"]["direction"], "in");
    assert_eq!(fixed["was"]["at"], "2026-11-30T09:00:00+01:00");
    assert_ne!(next_kind(&env, "tomás"), "reply");
    // "" removes the note.
    let fixed = env.json(&["fix", &record, "--note", "", "--json"]);
    assert_eq!(fixed["note"], Value::Null);
}

#[test]
fn unlogging_a_done_that_was_not_sent_brings_the_nudge_back() {
    let env = env();
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    env.run(&["log", "sara", "--in", "--at", "2026-11-30T09:00:00+01:00"]);
    env.run(&["done", "sara"]);
    assert_eq!(next_kind(&env, "sara"), Value::Null);
    let sent = env.contact("sara")["interactions"][1]["id"]
        .as_i64()
        .unwrap_or_default();

    // Not on a terminal: removed without a question.
    let (out, _) = env.ok(&["unlog", &format!("i{sent}")]);
    assert!(
        out.starts_with(&format!(
            "Removed i{sent}: out message with Sara Lee at Tue 1 Dec 2026 10:00: \""
        )),
        "{out}"
    );
    let s = env.contact("sara");
    assert_eq!(s["interactions"].as_array().map(Vec::len), Some(1));
    assert_eq!(s["next"]["kind"], "reply", "the reply is owed again: {s}");
    // Done again, then the sent message's time corrected: still settled.
    env.run(&["done", "sara", "--note", "Thursday works"]);
    let sent = env.contact("sara")["interactions"][1]["id"]
        .as_i64()
        .unwrap_or_default();
    env.run(&["fix", &format!("i{sent}"), "--at", "2026-12-01T09:30:00+01:00"]);
    assert_eq!(next_kind(&env, "sara"), Value::Null);
    // Moved to another contact, it no longer answers Sara.
    env.run(&["add", "Léa Martin", "--cadence", "none"]);
    env.run(&["fix", &format!("i{sent}"), "--contact", "léa"]);
    assert_eq!(next_kind(&env, "sara"), "reply");
}

#[test]
fn a_wrong_event_is_corrected_or_removed_and_its_milestone_follows() {
    let env = env();
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    let e = env.json(&["event", "sara", "--kind", "post", "--on", "2026-11-30", "--json"]);
    let record = format!("e{}", e["id"]);
    assert_eq!(printed_records(&env, "sara"), [record.as_str()]);
    assert_eq!(next_kind(&env, "sara"), Value::Null);

    let (out, _) = env.ok(&["fix", &record, "--kind", "new-job", "--detail", "CTO at Globex"]);
    assert_eq!(
        out,
        format!(
            "Fixed {record}: new-job for Sara Lee on 2026-11-30: \"CTO at Globex\" (was: post for Sara Lee on 2026-11-30).\n"
        )
    );
    assert_eq!(next_kind(&env, "sara"), "milestone");
    env.run(&["skip", "sara"]);
    // What is left is the work anniversary, a year on.
    let next = env.contact("sara")["next"].clone();
    assert!(
        next["due"].as_str().is_some_and(|d| d.starts_with("2027-11-30")),
        "{next}"
    );

    let removed = env.json(&["unlog", &record, "--json"]);
    assert_eq!(
        (removed["removed"].as_bool(), removed["kind"].as_str()),
        (Some(true), Some("new-job"))
    );
    let s = env.contact("sara");
    assert_eq!(
        (&s["events"], &s["next"]),
        (&serde_json::json!([]), &Value::Null),
        "{s}"
    );
    // The skip went with the event: nothing keyed by it is left behind.
    let snapshot = env.snapshot();
    assert!(!snapshot.contains(&format!("milestone:{record}")), "{snapshot}");
}

#[test]
fn bad_corrections_are_one_line_and_change_nothing() {
    let env = env();
    env.run(&["add", "Sara Lee"]);
    env.run(&["log", "sara", "--out", "--at", "2026-11-30"]);
    env.run(&["event", "sara", "--kind", "post", "--on", "2026-11-30"]);
    for (args, code, says) in [
        (&["fix", "1", "--note", "x"][..], 2, "'1' is not a record: give i42"),
        (&["unlog", "x1"][..], 2, "'x1' is not a record"),
        (&["fix", "i1"][..], 2, "nothing to change in i1"),
        (&["fix", "i1", "--on", "2026-11-29"][..], 2, "i1 is an interaction"),
        (&["fix", "e1", "--at", "2026-11-29"][..], 2, "e1 is an event"),
        (&["fix", "i1", "--at", "2026-12-24"][..], 2, "i1 would be in the future"),
        (&["fix", "i9", "--note", "x"][..], 1, "there is no interaction i9"),
        (&["unlog", "e9"][..], 1, "there is no event e9"),
        (
            &["fix", "e1", "--contact", "nobody"][..],
            1,
            "no contact matches 'nobody'",
        ),
    ] {
        let stderr = env.fails(args, code);
        assert!(stderr.contains(says), "tend {args:?}: {stderr}");
    }
    // A meeting can be corrected into the future: it is a planned one.
    env.run(&["fix", "i1", "--channel", "meeting", "--both", "--at", "2026-12-24"]);
}

#[test]
fn unlog_on_a_terminal_asks_first() {
    let env = env();
    env.run(&["add", "Sara Lee"]);
    sara_wrote(&env, "hi");
    let (code, text) = env.on_terminal("unlog i1", "n\n");
    assert!(
        text.contains("Remove i1 (in message with Sara Lee at Mon 30 Nov 2026 09:00: \"hi\")? [y/N]"),
        "{text}"
    );
    assert!(text.contains("kept i1: nothing was removed"), "{text}");
    assert_eq!(code, Some(1), "{text}");
    assert_eq!(env.contact("sara")["interactions"].as_array().map(Vec::len), Some(1));
    let (code, text) = env.on_terminal("unlog i1", "y\n");
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Removed i1"), "{text}");
    assert_eq!(env.contact("sara")["interactions"], serde_json::json!([]));
    // A write on a terminal under a TEND_NOW already past says so too.
    let (_, text) = env.on_terminal("add 'Tom Hardy'", "");
    assert!(
        text.contains("warning: TEND_NOW is set: recorded as of 2026-12-01 10:00, not the real time"),
        "{text}"
    );
}

#[test]
fn the_daemon_delivers_the_nudge_an_unlogged_done_brings_back() {
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[notify]\nbackend = \"stdout\"\n");
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    sara_wrote(&env, "Are you free Thursday?");
    env.run(&["done", "sara", "--note", "Thursday works"]);
    let (quiet, _) = env.ok(&["daemon", "--once"]);
    assert_eq!(quiet, "", "nothing due once replied");
    env.run(&["unlog", "i2"]);
    let (delivered, _) = env.ok(&["daemon", "--once"]);
    let line: Value = serde_json::from_str(delivered.trim()).unwrap_or_else(|e| panic!("{delivered}: {e}"));
    assert_eq!(
        (&line["kind"], &line["summary"]),
        (&"reply".into(), &"Reply to Sara Lee".into())
    );
}

//! Rule 3's pitches only, end to end: the real binary, a pinned clock, a
//! contact whose every message so far sold something.

use crate::support;

use support::Env;

const PITCH: &str = "Hi Alex, I help companies like yours cut CI costs by 40%. Do you have 15 minutes of your time \
                     this week for a quick demo of our platform?";
const SECOND_PITCH: &str = "Quick one: our platform cut AWS bills by 30% for teams your size. Open to a 15 minute \
                            demo on Thursday?";
const NEWS: &str = "Great to see you at the meetup last night! I just started at Figma, still settling in.";
const WHY: &str = "no check-ins: every message from Brad so far was a pitch";

/// Tuesday 1 December 2026 in Paris. Brad, added by hand (the default
/// six-week cadence), pitched twice in the summer and was answered each
/// time: his check-in would be overdue.
fn pitched() -> Env {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Brad Whitfield"]);
    for (at, text) in [
        ("2026-06-01T12:00:00+02:00", PITCH),
        ("2026-07-01T12:00:00+02:00", SECOND_PITCH),
    ] {
        env.run(&["log", "brad", "--in", "--at", at, "--note", text]);
        env.run(&[
            "log",
            "brad",
            "--out",
            "--at",
            &at.replace("12:00", "15:00"),
            "--note",
            "No thanks.",
        ]);
    }
    env
}

#[test]
fn a_contact_who_only_ever_pitched_gets_no_check_in_and_show_says_why() {
    let env = pitched();
    let v = env.json(&["show", "brad", "--json"]);
    assert!(v["next"].is_null(), "{v}");
    assert_eq!(v["why_none"], WHY);
    assert!(env.run(&["show", "brad"]).contains(WHY));
    let agenda = env.json(&["agenda", "--days", "60", "--json"]);
    assert_eq!(agenda.as_array().map(Vec::len), Some(0), "{agenda}");
}

#[test]
fn a_cadence_set_by_hand_keeps_the_check_ins() {
    let env = pitched();
    env.run(&["edit", "brad", "--cadence", "4w"]);
    let v = env.json(&["show", "brad", "--json"]);
    assert_eq!(v["next"]["kind"], "check-in", "{v}");
    // A tag alone is no cadence of the user's.
    let env = pitched();
    env.run(&["edit", "brad", "--tag", "vendors"]);
    assert_eq!(env.json(&["show", "brad", "--json"])["why_none"], WHY);
}

#[test]
fn one_message_that_is_not_a_pitch_brings_the_check_ins_back() {
    let env = pitched();
    env.run(&[
        "log",
        "brad",
        "--in",
        "--at",
        "2026-08-01T12:00:00+02:00",
        "--note",
        NEWS,
    ]);
    env.run(&[
        "log",
        "brad",
        "--out",
        "--at",
        "2026-08-01T15:00:00+02:00",
        "--note",
        "Congrats!",
    ]);
    let v = env.json(&["show", "brad", "--json"]);
    assert_eq!(v["next"]["kind"], "check-in", "{v}");
    // A meeting is a real exchange too.
    let env = pitched();
    env.run(&[
        "log",
        "brad",
        "--both",
        "--channel",
        "meeting",
        "--at",
        "2026-09-01T12:00:00+02:00",
    ]);
    let v = env.json(&["show", "brad", "--json"]);
    assert_eq!(v["next"]["kind"], "check-in", "{v}");
}

#[test]
fn a_backup_from_before_the_pitches_keeps_a_cadence_set_by_hand() {
    let env = pitched();
    env.run(&["edit", "brad", "--cadence", "4w"]);
    let backup: serde_json::Value =
        serde_json::from_str(&env.run(&["export", "json"])).unwrap_or_else(|e| panic!("{e}"));
    // As a backup written before schema 19: no such columns.
    let mut old = backup.clone();
    for c in old["contacts"].as_array_mut().into_iter().flatten() {
        if let Some(fields) = c.as_object_mut() {
            fields.remove("pitches_only");
            fields.remove("cadence_by_hand");
        }
    }
    for (name, backup) in [("new.json", backup), ("old.json", old)] {
        let fresh = Env::at("2026-12-01T10:00:00+01:00");
        fresh.config("[user]\ntimezone = \"Europe/Paris\"\n");
        let file = fresh.path(name);
        std::fs::write(&file, backup.to_string()).unwrap_or_else(|e| panic!("{e}"));
        fresh.run(&["import", "json", support::path_str(&file)]);
        let v = fresh.json(&["show", "brad", "--json"]);
        assert_eq!(v["next"]["kind"], "check-in", "{name}: {v}");
    }
}

/// Trial 17: a vendor's "Understood, thanks. Wishing you a good summer."
/// after the user declined closes the sale and starts no relationship: still
/// no check-ins.
#[test]
fn a_closer_after_a_decline_keeps_the_check_ins_off() {
    let env = pitched();
    env.run(&[
        "log",
        "brad",
        "--in",
        "--at",
        "2026-07-01T17:00:00+02:00",
        "--note",
        "Understood, thanks Alex. Wishing you a good summer.",
    ]);
    assert_eq!(env.json(&["show", "brad", "--json"])["why_none"], WHY);
}

/// Trials 26-28: a vendor's fourth, fifth and sixth bump got the first
/// decline's words again, and a "just circling back" got "it's on my
/// list". After two declines the reply asks to be taken off their list.
#[test]
fn a_pitch_declined_twice_gets_a_firmer_no_and_a_bump_is_no_chase() {
    let env = pitched();
    env.log_note(
        "brad",
        "--in",
        "2026-11-30T12:00:00+01:00",
        "Just circling back on this, 15-min call Thursday?",
    );
    let draft = env.run(&["draft", "brad"]);
    assert!(
        !draft.contains("on my list") && !draft.contains("Thursday works"),
        "{draft}"
    );
    assert!(
        draft.contains("take me off your list")
            || draft.contains("don't follow up")
            || draft.contains("remove me from your outreach"),
        "{draft}"
    );
}

/// Trial 37: a mentee's "slides … for my team demo" was read as a sale;
/// each next request of his followed that "pitch" and the fifth draft asked
/// him to stop following up. A mentee's requests are never declined.
#[test]
fn a_mentees_requests_are_never_declined_as_pitches() {
    let env = Env::at("2034-12-05T09:00:00+09:00");
    env.config("[user]\ntimezone = \"Asia/Seoul\"\n");
    env.run(&["add", "Dae-sung Lim", "--met", "mentee, Saebom mentoring program"]);
    for (dir, at, text) in [
        (
            "--in",
            "2034-11-03T17:30:00+09:00",
            "Hi Hyun-woo, quick one before the weekend - do you still have the slides from your talk on backpressure? I wanted to reuse the queue diagram for my team demo.",
        ),
        (
            "--out",
            "2034-11-06T09:10:00+09:00",
            "Yes, I'll drop the deck in our team drive today.",
        ),
        (
            "--in",
            "2034-11-08T16:00:00+09:00",
            "Thanks for the slides! One more: may I send you my draft design doc for the retry service?",
        ),
        ("--out", "2034-11-09T09:05:00+09:00", "Of course, send it over."),
        (
            "--in",
            "2034-12-04T15:00:00+09:00",
            "Hi Hyun-woo, may I send you my portfolio for the senior track application? Also is it ok if I mention our mentoring in my self-review?",
        ),
    ] {
        env.run(&["log", "dae", dir, "--at", at, "--note", text]);
    }
    let draft = env.run(&["draft", "dae"]);
    for no in ["off your list", "follow up", "not a fit", "pass", "not interested"] {
        assert!(!draft.contains(no), "{no:?} in {draft}");
    }
    assert!(draft.contains("send it"), "{draft}");
}

/// Trials 41 and 42: a recruiter whose every message offered a role, and
/// who was turned down, got "How are things going at TalentBridge?" three
/// weeks later, which reads as "I'm looking". A role offered sells too.
#[test]
fn a_recruiter_who_only_ever_offered_roles_gets_no_check_in() {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Emily Stone", "--company", "TalentBridge"]);
    for (at, text) in [
        (
            "2026-09-01T12:00:00+02:00",
            "Hi Alex, I have a Staff Engineer role at a Series B fintech that fits your background well. Open to a 20 min call this week?",
        ),
        (
            "2026-09-20T12:00:00+02:00",
            "Hi Alex, a new Head of Platform position just opened at a climate startup in Berlin. Would you be interested in hearing more?",
        ),
    ] {
        env.run(&["log", "emily", "--in", "--at", at, "--note", text]);
        env.run(&[
            "log",
            "emily",
            "--out",
            "--at",
            &at.replace("12:00", "15:00"),
            "--note",
            "Thanks, but I'm not looking right now.",
        ]);
    }
    let v = env.json(&["show", "emily", "--json"]);
    assert!(v["next"].is_null(), "{v}");
    assert!(
        v["why_none"].as_str().is_some_and(|w| w.starts_with("no check-ins")),
        "{v}"
    );
    // A message of hers that is not about a role brings them back.
    env.run(&[
        "log",
        "emily",
        "--in",
        "--at",
        "2026-10-05T12:00:00+02:00",
        "--note",
        "Saw your talk at the meetup, really enjoyed the part on on-call!",
    ]);
    env.run(&[
        "log",
        "emily",
        "--out",
        "--at",
        "2026-10-05T15:00:00+02:00",
        "--note",
        "Thank you!",
    ]);
    let v = env.json(&["show", "emily", "--json"]);
    assert_eq!(v["next"]["kind"], "check-in", "{v}");
}

/// Trials 62 and 63: a colleague's words that sound like a sale ("ur demo",
/// "get access") were declined as a vendor's pitch, and the next message
/// as the pitch pressed again ("nothing has changed on our side, so I'll
/// pass"). Someone at the user's company (`[user] company`) sells nothing;
/// a stranger's same words still do.
#[test]
fn a_colleague_is_never_declined_as_a_vendor() {
    let mut env = Env::at("2037-09-11T19:30:00+08:00");
    env.config("[user]\ntimezone = \"Asia/Singapore\"\ncompany = \"Straits Freight\"\n");
    env.run(&[
        "add",
        "Chloe Ng",
        "--company",
        "straits freight",
        "--role",
        "Product Analyst",
    ]);
    env.run(&["add", "Greg Hall", "--company", "Leadflow"]);
    let praise = "omg ur demo was 🔥🔥 ppl in my row were all asking how to get access lol";
    for who in ["chloe", "greg"] {
        env.run(&[
            "log",
            who,
            "--in",
            "--at",
            "2037-09-11T19:05:00+08:00",
            "--note",
            praise,
        ]);
    }
    let declines = |draft: &str| {
        ["pass", "not something", "a no", "nothing has changed"]
            .iter()
            .any(|no| draft.contains(no))
    };
    let colleague = env.run(&["draft", "chloe"]);
    assert!(!declines(&colleague), "{colleague}");
    let vendor = env.run(&["draft", "greg"]);
    assert!(declines(&vendor), "{vendor}");
    // Her next request is hers, not the pitch pressed again.
    env.now = "2037-09-17T15:45:00+08:00".into();
    env.run(&[
        "log",
        "chloe",
        "--out",
        "--at",
        "2037-09-12T09:00:00+08:00",
        "--note",
        "haha thank you!",
    ]);
    env.run(&[
        "log",
        "chloe",
        "--in",
        "--at",
        "2037-09-17T15:00:00+08:00",
        "--note",
        "do u have 15 min tmr to look at my SQL for the SLA tracker? anytime after 2 ok",
    ]);
    let draft = env.run(&["draft", "chloe"]);
    assert!(!declines(&draft), "{draft}");
}

/// Trial 64: every request of the user's manager ("could you pull the
/// audit into a few slides", "can you add your notes by weds?") got "let me
/// check and come back to you on that". A colleague's work asked of the
/// user is taken on; the same words from outside the company are not
/// promised for the user.
#[test]
fn a_colleagues_work_request_is_taken_on() {
    let env = Env::at("2037-10-12T10:20:00+01:00");
    env.config("[user]\ntimezone = \"Europe/London\"\ncompany = \"Vitalis\"\n");
    env.run(&["add", "Priya Raman", "--company", "Vitalis", "--role", "Head of Design"]);
    env.run(&["add", "Margaret Hughes", "--company", "NHS Trust"]);
    for who in ["priya", "margaret"] {
        env.run(&[
            "log",
            who,
            "--in",
            "--at",
            "2037-10-12T10:00:00+01:00",
            "--note",
            "could you own the onboarding audit write-up for the execs? thx",
        ]);
    }
    let promised = |d: &str| d.contains("will do") || d.contains("take care of it") || d.contains("sort it out");
    let draft = env.run(&["draft", "priya"]);
    assert!(promised(&draft), "{draft}");
    let outside = env.run(&["draft", "margaret"]);
    assert!(!promised(&outside), "{outside}");
}

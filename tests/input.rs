//! Input that cannot crash or fool tend: hostile settings, files and
//! arithmetic at the calendar's edge, each through the real binary.

mod support;

use support::Env;

#[test]
fn a_check_in_beyond_the_calendar_is_said_not_a_crash() {
    let env = Env::at("2026-01-05T10:00:00Z");
    env.config(
        "[user]\ntimezone = \"Pacific/Kiritimati\"\n[rules]\nmax_unanswered = 13\n[notify]\nbackend = \"stdout\"\n",
    );
    env.run(&["add", "Ann", "--cadence", "100y"]);
    // 100y × 2^12 is 409,600 years: once `NaiveDateTime + TimeDelta overflowed`.
    for day in 11..23 {
        env.run(&["log", "Ann", "--out", "--at", &format!("2025-12-{day}T10:00:00Z")]);
    }
    let list = env.run(&["list"]);
    assert!(list.contains("beyond the calendar"), "{list}");
    let show = env.run(&["show", "Ann"]);
    assert!(
        show.contains("none: the next check-in falls beyond the calendar (after the year 9999)"),
        "{show}"
    );
    assert!(env.run(&["agenda"]).contains("Nothing due"));
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda.as_array().map(Vec::len), Some(0), "{agenda}");
    env.run(&["export", "ics"]);
    env.run(&["daemon", "--once"]);
}

#[test]
fn a_check_in_far_ahead_but_on_the_calendar_is_planned() {
    let env = Env::at("2026-01-05T10:00:00Z");
    env.config(
        "[user]\ntimezone = \"Pacific/Kiritimati\"\n[rules]\nmax_unanswered = 13\n[notify]\nbackend = \"stdout\"\n",
    );
    env.run(&["add", "Ann", "--cadence", "100y"]);
    for day in 11..17 {
        env.run(&["log", "Ann", "--out", "--at", &format!("2025-12-{day}T10:00:00Z")]);
    }
    // 100y × 2^6 after 16 Dec 2025: December 8425.
    let list = env.run(&["list"]);
    assert!(list.contains("Dec 8425"), "{list}");
}

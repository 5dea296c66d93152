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

#[test]
fn control_characters_in_names_are_shown_escaped() {
    let env = Env::new();
    let vcf = env.path("evil.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ctrl\u{1b}[31mRed\u{7}\r\nORG:Acme\u{1b}]0;pwned\u{7}\r\nEND:VCARD\r\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    env.run(&["import", "vcard", support::path_str(&vcf)]);
    for args in [&["list"][..], &["show", "Ctrl"]] {
        let out = env.run(args);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{args:?}: {out:?}");
        assert!(out.contains("Ctrl\\u{1b}[31mRed\\u{7}"), "{args:?}: {out}");
    }
    // JSON keeps the stored name exactly (JSON escapes it itself).
    let json = env.json(&["show", "Ctrl", "--json"]);
    assert_eq!(json["name"], "Ctrl\u{1b}[31mRed\u{7}");
}

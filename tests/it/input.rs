//! Input that cannot crash or fool tend: hostile settings, files and
//! arithmetic at the calendar's edge, each through the real binary.

use crate::support;

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

#[test]
fn config_errors_are_one_clear_line() {
    let env = Env::new();
    // A TOML syntax error: where, what and the line itself, on the error line.
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\n[rules]\ndaily_cap = 3 3\n");
    let err = env.fails(&["list"], 2);
    assert!(
        err.contains("config.toml', line 4, column 13: string values must be quoted"),
        "{err}"
    );
    assert!(err.trim_end().ends_with("(in `daily_cap = 3 3`)"), "{err}");
    // Numbers are whole or refused, never rounded.
    env.config("[rules]\ndaily_cap = 1.5\n");
    let err = env.fails(&["config"], 2);
    assert!(
        err.contains("config key 'rules.daily_cap': 1.5 is not a whole number"),
        "{err}"
    );
    // A key set through the environment is named the way it was set.
    env.config("");
    let out = env.cmd().env("TEND_RULES__DAILY_CAPP", "3").arg("list").output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: config: unknown TEND_RULES__DAILY_CAPP: [rules] takes birthdays, busy_defer, care_period, closers, daily_cap, default_cadence, first_follow_up, first_follow_up_window, learned_hours, max_unanswered, milestone_window, min_gap, overlap_wait, post_recent, recipient_hours, reply_after, reply_window, sensitive_hold\n"), "{err}");
    // Not a regular file: refused at once, not read until memory runs out.
    let out = env.cmd().env("TEND_CONFIG", "/dev/zero").arg("list").output();
    let out = out.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config file '/dev/zero' is not a regular file"), "{err}");
    // A huge bad value is cut short in the message.
    env.config(&format!("[rules]\nmin_gap = \"{}\"\n", "9".repeat(1 << 20)));
    let err = env.fails(&["list"], 2);
    assert!(err.len() < 400, "{} bytes", err.len());
}

#[test]
fn config_json_lists_every_setting() {
    let env = Env::new();
    let json = env.json(&["config", "--json"]);
    let settings = json["settings"].as_object().cloned().unwrap_or_default();
    assert_eq!(settings.len(), 48, "{json}");
    assert_eq!(settings["drafts.engine"], "templates");
    assert_eq!(settings["model.timeout"], "8s");
    assert_eq!(settings["model.allow_remote"], false);
    assert_eq!(settings["user.company"], "");
    assert_eq!(settings["user.timezone"], "Europe/Lisbon");
    assert_eq!(settings["user.emails"], serde_json::json!([]));
    assert_eq!(settings["rules.daily_cap"], 5);
    assert_eq!(settings["notify.backend"], "desktop");
    assert_eq!(settings["notify.digest"], "0 0 9 * * Mon-Fri");
    assert_eq!(settings["storage.path"], "");
    assert_eq!(settings["sources.mail"], serde_json::json!([]));
    assert_eq!(settings["sources.linkedin"], "");
    assert_eq!(json["sources"], serde_json::json!([]));
    assert_eq!(settings.keys().next().map(String::as_str), Some("user.name"));
}

#[test]
fn a_cut_export_reports_the_cut_row_and_old_dates_import() {
    let env = Env::new();
    env.config("[user]\nname = \"Me\"\ntimezone = \"Europe/Lisbon\"\n");
    let dir = env.path("export");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    };
    // An old export's date and time, then a row cut mid-way.
    write(
        "Connections.csv",
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Sara,Lee,https://www.linkedin.com/in/sara-lee,,Northwind,CTO,\"1/8/18, 6:14 PM\"\n\
         Pat,Cut,https://www.linkedin.com/in/pat-cut,,Contoso",
    );
    write(
        "messages.csv",
        "FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\n\
         Sara Lee,https://www.linkedin.com/in/sara-lee,Me,,2024-12-17 10:00:00 UTC,Hello\n\
         Sara Lee,https://www.linkedin.com/in/sara-lee,Me,,2024-12-18 10:00:00 UTC,\"Open quote\nand the rest\n",
    );
    let (stdout, stderr) = env.ok(&["import", "linkedin", support::path_str(&dir)]);
    assert!(
        stdout.contains("1 contacts added") || stdout.contains("1 contact added"),
        "{stdout}"
    );
    assert!(stdout.contains("2 bad rows skipped"), "{stdout}");
    assert!(
        stderr.contains(
            "line 3: 'Pat': the file ends in the middle of this row (fewer columns than the header) (in Connections.csv)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "line 3: 'Sara Lee': the file ends inside a quoted field: this row is cut short (in messages.csv)"
        ),
        "{stderr}"
    );
    let sara = env.contact("Sara");
    assert_eq!(sara["connected_on"], "2018-01-08");
    assert_eq!(env.contacts().len(), 1);
}

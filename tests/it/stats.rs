//! `tend stats` and the contact figures of `tend show`, end to end: the real
//! binary, a pinned clock, hand-counted histories.

use crate::support;

use serde_json::{Value, json};
use support::Env;

/// A user in Paris. Sara (New York, tagged rust) answered the one message in
/// 3 hours. Tom (no zone: Paris) got two messages in a row, answered 16 days
/// later (too late), then wrote; the reply to that went through `tend done`
/// with an edited text on Tuesday 1 December at 10:00 and was answered 5
/// hours later. The clock then stands on Wednesday 2 December, 10:00.
fn network() -> Env {
    let mut env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Sara Lee", "--timezone", "America/New_York", "--tag", "rust"]);
    env.run(&["add", "Tom Berg"]);
    for (who, dir, at) in [
        // Monday 2 November, 10:00 in New York.
        ("sara", "--out", "2026-11-02T15:00:00Z"),
        ("sara", "--in", "2026-11-02T18:00:00Z"),
        // Tuesday and Wednesday at 09:00 in Paris.
        ("tom", "--out", "2026-11-03T08:00:00Z"),
        ("tom", "--out", "2026-11-04T08:00:00Z"),
        ("tom", "--in", "2026-11-20T08:00:00Z"),
        ("tom", "--in", "2026-11-29T09:00:00Z"),
    ] {
        env.run(&["log", who, dir, "--at", at]);
    }
    let done = env.json(&["done", "tom", "--note", "Thanks Tom, Thursday works.", "--json"]);
    assert_eq!(done["kind"], "reply");
    env.now = "2026-12-02T10:00:00+01:00".into();
    env.run(&["log", "tom", "--in", "--at", "2026-12-01T15:00:00+01:00"]);
    env
}

fn groups(v: &Value, group: &str) -> Vec<(String, u64, u64)> {
    v["by"][group]
        .as_array()
        .unwrap_or_else(|| panic!("no '{group}' in {v}"))
        .iter()
        .map(|g| {
            (
                g["key"].as_str().unwrap_or_default().to_string(),
                g["sent"].as_u64().unwrap_or(u64::MAX),
                g["answered"].as_u64().unwrap_or(u64::MAX),
            )
        })
        .collect()
}

fn row(key: &str, sent: u64, answered: u64) -> (String, u64, u64) {
    (key.to_string(), sent, answered)
}

#[test]
fn stats_json_counts_groups_by_what_done_recorded_and_the_recipients_hour() {
    let env = network();
    let v = env.json(&[
        "stats", "--json", "--by", "kind", "--by", "draft", "--by", "stage", "--by", "hour", "--by", "tag", "--by",
        "weekday",
    ]);
    assert_eq!(v["since"], "2025-12-02T10:00:00+01:00");
    assert_eq!(
        v["total"],
        json!({"sent": 4, "answered": 2, "rate": null, "median_reply_hours": 4.0})
    );
    assert_eq!(groups(&v, "kind"), vec![row("reply", 1, 1), row("own", 3, 1)]);
    assert_eq!(groups(&v, "draft"), vec![row("edited", 1, 1), row("own", 3, 1)]);
    assert_eq!(groups(&v, "stage"), vec![row("new", 3, 1), row("warm", 1, 1)]);
    // Sara's 15:00 UTC is 10:00 in New York; Tom's are Paris hours.
    assert_eq!(groups(&v, "hour"), vec![row("09", 2, 0), row("10", 2, 2)]);
    assert_eq!(groups(&v, "tag"), vec![row("rust", 1, 1), row("(untagged)", 3, 1)]);
    assert_eq!(
        groups(&v, "weekday"),
        vec![row("Mon", 1, 1), row("Tue", 2, 1), row("Wed", 1, 0)]
    );
    let reply = &v["by"]["kind"][0];
    assert_eq!(reply["median_reply_hours"], 5.0);
    assert_eq!(reply["rate"], Value::Null, "one message is too few for a rate");
}

#[test]
fn since_takes_a_date_or_a_duration() {
    let env = network();
    // Midnight on 3 November in Paris: Sara's message of the 2nd is left out.
    let v = env.json(&["stats", "--since", "2026-11-03", "--json"]);
    assert_eq!(v["since"], "2026-11-03T00:00:00+01:00");
    assert_eq!(
        (v["total"]["sent"].as_u64(), v["total"]["answered"].as_u64()),
        (Some(3), Some(1))
    );
    let v = env.json(&["stats", "--since", "5d", "--json"]);
    assert_eq!(
        (v["total"]["sent"].as_u64(), v["total"]["answered"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(v["by"], json!({}));
}

#[test]
fn human_stats_print_the_totals_and_a_table_per_grouping() {
    let env = network();
    let out = env.run(&["stats", "--by", "kind", "--by", "channel"]);
    assert!(out.contains("4 sent, 2 answered, rate -, median reply 4.0 h"), "{out}");
    assert!(out.contains("By kind"), "{out}");
    let reply = out
        .lines()
        .find(|l| l.trim_start().starts_with("reply"))
        .unwrap_or_default();
    assert_eq!(
        reply.split_whitespace().collect::<Vec<_>>(),
        ["reply", "1", "1", "-", "5.0", "h"]
    );
    let message = out
        .lines()
        .find(|l| l.trim_start().starts_with("message"))
        .unwrap_or_default();
    assert_eq!(
        message.split_whitespace().collect::<Vec<_>>(),
        ["message", "4", "2", "-", "4.0", "h"]
    );
}

#[test]
fn bad_groupings_and_since_values_are_refused_naming_the_valid_ones() {
    let env = network();
    let e = env.fails(&["stats", "--by", "mood"], 2);
    assert!(
        e.contains("'mood'") && e.contains("kind, draft, weekday, hour, stage, channel, tag"),
        "{e}"
    );
    let e = env.fails(&["stats", "--since", "soon", "--json"], 2);
    assert!(
        e.contains("'soon'") && e.contains("DURATION") && e.contains("YYYY-MM-DD"),
        "{e}"
    );
}

#[test]
fn the_chart_is_an_svg_with_labelled_cells_and_kinds() {
    let env = network();
    let path = env.path("answers.svg");
    let path_text = path.to_string_lossy().into_owned();
    env.run(&["stats", "--chart", &path_text]);
    let svg = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    for text in [
        "Mon",
        "Sun",
        "1/1",
        "0/1",
        "reply",
        "own",
        "1 of 1 (too few for a rate)",
    ] {
        // plotters writes each text on its own line.
        assert!(svg.contains(&format!(">\n{text}\n</text>")), "no '{text}' in the chart");
    }
    let e = env.fails(&["stats", "--chart", "/nonexistent/folder/a.svg"], 1);
    assert!(e.contains("/nonexistent/folder/a.svg"), "{e}");
}

#[test]
fn show_gives_the_contacts_own_figures() {
    let env = network();
    let tom = env.json(&["show", "tom", "--json"]);
    assert_eq!(
        tom["stats"],
        json!({"sent": 3, "answered": 1, "rate": null, "median_reply_hours": 5.0, "usual_hour": null})
    );
    let out = env.run(&["show", "sara"]);
    assert!(
        out.contains("figures      answers 1 of 1 message, usually within a few hours\n"),
        "{out}"
    );
}

#[test]
fn show_names_the_usual_hour_after_five_messages_in_their_zone() {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Sara Lee", "--timezone", "Europe/London"]);
    for day in 10..15 {
        env.run(&["log", "sara", "--in", "--at", &format!("2026-11-{day}T10:20:00Z")]);
    }
    env.run(&["log", "sara", "--out", "--at", "2026-11-16T09:00:00Z"]);
    env.run(&["log", "sara", "--in", "--at", "2026-11-17T09:00:00Z"]);
    let out = env.run(&["show", "sara"]);
    assert!(
        out.contains("answers 1 of 1 message, usually within a day, around 10:00 their time"),
        "{out}"
    );
    assert_eq!(env.json(&["show", "sara", "--json"])["stats"]["usual_hour"], 10);
}

#[test]
fn how_a_message_was_sent_survives_a_backup_and_restore() {
    let env = network();
    let backup = env.run(&["export", "json"]);
    assert!(
        backup.contains(r#""nudge_kind":"reply","drafted":"edited""#),
        "{backup}"
    );
    let other = Env::at("2026-12-02T10:00:00+01:00");
    other.config("[user]\ntimezone = \"Europe/Paris\"\n");
    let file = other.path("backup.json");
    std::fs::write(&file, &backup).unwrap_or_else(|e| panic!("{e}"));
    other.run(&["import", "json", &file.to_string_lossy()]);
    assert_eq!(other.run(&["export", "json"]), backup);
    let v = other.json(&["stats", "--json", "--by", "draft"]);
    assert_eq!(groups(&v, "draft"), vec![row("edited", 1, 1), row("own", 3, 1)]);
}

#[test]
fn rule14_the_agenda_moves_a_nudge_to_their_usual_hour_unless_turned_off() {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Sara Lee", "--timezone", "Europe/London"]);
    for day in 23..28 {
        env.run(&["log", "sara", "--in", "--at", &format!("2026-11-{day}T15:10:00Z")]);
    }
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["due"], "2026-12-01T16:00:00+01:00", "{agenda}");
    let reason = agenda[0]["reason"].as_str().unwrap_or_default();
    assert!(
        reason.ends_with("Moved to 15:00 in London, when Sara usually writes."),
        "{reason}"
    );
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[rules]\nlearned_hours = false\n");
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["due"], "2026-12-01T10:00:00+01:00", "{agenda}");
}

/// Trial 17: "design review moved to Monday 10:00 — does that work?" was
/// answered at 11:00, Aylin's usual hour, after the review. A reply to a
/// plan stays where rules 9 and 10 put it.
#[test]
fn rule14_leaves_a_reply_to_a_plan_where_it_is() {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Sara Lee", "--timezone", "Europe/London"]);
    for day in 23..27 {
        env.run(&["log", "sara", "--in", "--at", &format!("2026-11-{day}T15:10:00Z")]);
    }
    env.run(&[
        "log",
        "sara",
        "--in",
        "--at",
        "2026-11-27T15:10:00Z",
        "--note",
        "Hi! The design review moved to Tuesday 11:00, does that work for you?",
    ]);
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["kind"], "reply", "{agenda}");
    assert_eq!(agenda[0]["due"], "2026-12-01T10:00:00+01:00", "{agenda}");
    let reason = agenda[0]["reason"].as_str().unwrap_or_default();
    assert!(!reason.contains("usually writes"), "{reason}");
}

/// Trials 23 to 25: "Moved to Tuesday 30 May 09:00, when it is 09:00 in
/// Rome" for a contact on the user's own clock gave a reason that is none.
#[test]
fn a_reply_is_not_said_to_wait_for_a_clock_that_is_the_users() {
    let env = Env::at("2034-05-30T08:30:00+02:00");
    env.config("[user]\ntimezone = \"Europe/Amsterdam\"\n");
    env.run(&["add", "Martina Esposito", "--timezone", "Europe/Rome"]);
    env.run(&[
        "log",
        "martina",
        "--in",
        "--at",
        "2034-05-27T11:00:00+02:00",
        "--note",
        "Giorgio ha il colloquio con voi martedì, mi fai sapere com'è andata?",
    ]);
    let p = env.json(&["show", "martina", "--json"]);
    assert_eq!(p["next"]["kind"], "reply", "{p}");
    let reason = p["next"]["reason"].as_str().unwrap_or_default();
    assert!(!reason.contains("when it is"), "{reason}");
}

/// Trial 20: "promo talk today 4pm?" written at 08:00 was answered the next
/// morning, after the talk. A plan for the same day is due at once.
#[test]
fn a_plan_for_today_is_answered_today() {
    let env = Env::at("2026-12-01T08:30:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n");
    env.run(&["add", "Felix Hartmann"]);
    env.run(&[
        "log",
        "felix",
        "--in",
        "--at",
        "2026-12-01T08:00:00+01:00",
        "--note",
        "morning! can we do Jonas' promo talk today at 4pm?",
    ]);
    let p = env.json(&["show", "felix", "--json"]);
    assert_eq!(p["next"]["kind"], "reply", "{p}");
    assert_eq!(p["next"]["due"], "2026-12-01T09:00:00+01:00", "{p}");
    // Without a time today it waits for the next working day, as ever.
    env.run(&["add", "Lena Fischer"]);
    env.run(&[
        "log",
        "lena",
        "--in",
        "--at",
        "2026-12-01T08:00:00+01:00",
        "--note",
        "could we do the promo talk on Thursday at 4pm?",
    ]);
    let p = env.json(&["show", "lena", "--json"]);
    assert_eq!(p["next"]["due"], "2026-12-02T09:00:00+01:00", "{p}");
    // Trial 21: an offer that expires today is answered today too.
    env.run(&["add", "Ulrich Sommerfeld"]);
    env.run(&[
        "log",
        "ulrich",
        "--in",
        "--at",
        "2026-12-01T08:00:00+01:00",
        "--note",
        "ich wollte mich nochmals melden, da unser Angebot heute ausläuft. Können wir mit Ihrer Zusage rechnen?",
    ]);
    let p = env.json(&["show", "ulrich", "--json"]);
    assert_eq!(p["next"]["due"], "2026-12-01T09:00:00+01:00", "{p}");
}

/// Trials 41-43: "drinks tonight?" at 14:30 went to the next morning,
/// because five older replies had filled the day's places; "can you join
/// the 4pm with finance today?" waited for the next working day. A reply to
/// a plan or a request for the same day goes first and comes the same day.
#[test]
fn a_request_for_today_comes_before_older_replies_on_a_full_day() {
    let env = Env::at("2037-03-09T14:40:00+00:00");
    env.config("[user]\ntimezone = \"Europe/London\"\n");
    for (name, day) in [
        ("Ama Owusu", "03"),
        ("Ben Carter", "03"),
        ("Chloe Park", "04"),
        ("Dev Rao", "04"),
        ("Ella Moss", "05"),
        ("Finn Lowe", "05"),
    ] {
        env.run(&["add", name]);
        let first = name.split(' ').next().unwrap_or_default().to_lowercase();
        env.run(&[
            "log",
            &first,
            "--in",
            "--at",
            &format!("2037-03-{day}T10:00:00+00:00"),
            "--note",
            "could you have a look at the attached doc when you get a chance?",
        ]);
    }
    env.run(&["add", "Nadia Haddad"]);
    env.run(&[
        "log",
        "nadia",
        "--in",
        "--at",
        "2037-03-09T14:30:00+00:00",
        "--note",
        "drinks tonight? a few of us are going to the crown at 6",
    ]);
    env.run(&["add", "Tom Reid"]);
    env.run(&[
        "log",
        "tom",
        "--in",
        "--at",
        "2037-03-09T14:35:00+00:00",
        "--note",
        "can you join the 4pm with finance today?",
    ]);
    let agenda = env.json(&["agenda", "--days", "1", "--json"]);
    let today: Vec<&str> = agenda
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["due"].as_str().is_some_and(|d| d.starts_with("2037-03-09")))
        .filter_map(|n| n["contact"].as_str())
        .collect();
    assert!(today.contains(&"Nadia Haddad"), "{agenda}");
    assert!(today.contains(&"Tom Reid"), "{agenda}");
    assert!(today.len() <= 5, "the cap holds: {agenda}");
    // The older replies still come, a day later.
    let ama = env.json(&["show", "ama", "--json"]);
    assert_eq!(ama["next"]["kind"], "reply", "{ama}");
}

/// Adds `name` with their message `note` written at `at`; returns the
/// CONTACT argument that finds them (their first name).
fn wrote(env: &Env, name: &str, at: &str, note: &str) -> String {
    env.run(&["add", name]);
    let first = name.split(' ').next().unwrap_or_default().to_lowercase();
    env.log_note(&first, "--in", at, note);
    first
}

/// The due instant of the contact's next nudge, with `tend show --json` to
/// show when an assertion fails.
fn next_due(env: &Env, who: &str) -> (String, serde_json::Value) {
    let shown = env.json(&["show", who, "--json"]);
    (shown["next"]["due"].as_str().unwrap_or_default().to_string(), shown)
}

const ATTACHED: &str = "could you have a look at the attached doc when you get a chance?";

/// Rule 1: a plan or a request for tomorrow is answered the day it came;
/// the next working day's first slot can come after the hour it names
/// (trials 52-54: "10 min tomorrow morning?" offered that morning at 9:30).
#[test]
fn a_request_for_tomorrow_is_answered_the_same_day() {
    let env = Env::at("2037-03-10T16:10:00+00:00");
    env.config("[user]\ntimezone = \"Europe/London\"\n");
    let aisha = wrote(
        &env,
        "Aisha Bello",
        "2037-03-10T16:00:00+00:00",
        "got 10 min tomorrow morning? want to run the vendor shortlist by you before the 11am",
    );
    let (due, shown) = next_due(&env, &aisha);
    assert!(due.starts_with("2037-03-10"), "{shown}");
    // A request with no day in it waits for the next working day.
    let omar = wrote(&env, "Omar Haddad", "2037-03-10T16:00:00+00:00", ATTACHED);
    let (due, shown) = next_due(&env, &omar);
    assert!(due.starts_with("2037-03-11"), "{shown}");
}

/// Rule 1: on a Friday, a plan for Saturday or a change to Monday's meeting
/// is answered that Friday, and a luck wish for tomorrow's interview the day
/// it is asked (trials 53-54 answered them after the day they named).
#[test]
fn a_plan_for_the_weekend_or_monday_is_answered_on_friday() {
    let env = Env::at("2037-03-13T15:30:00+00:00");
    env.config("[user]\ntimezone = \"Europe/London\"\n");
    for (name, note) in [
        ("Joost Bakker", "zaterdag verjaardag van Lisa, kom je ook?"),
        (
            "Sabine Keller",
            "der Kickoff am Montag ist jetzt um 10 Uhr statt 9, schaffst du das?",
        ),
        ("Kavya Iyer", "interview is tomorrow 😬 wish me luck!!"),
    ] {
        let who = wrote(&env, name, "2037-03-13T15:00:00+00:00", note);
        let (due, shown) = next_due(&env, &who);
        assert!(due.starts_with("2037-03-13"), "{note}: {shown}");
    }
    // A request with no day in it waits for Monday.
    let omar = wrote(&env, "Omar Haddad", "2037-03-13T15:00:00+00:00", ATTACHED);
    let (due, shown) = next_due(&env, &omar);
    assert!(due.starts_with("2037-03-16"), "{shown}");
}

/// Rule 10: on a full day a sales pitch's reply is the one that waits
/// (trial 54 gave a pitch the place of a new colleague's question).
#[test]
fn a_pitch_reply_waits_behind_real_replies_on_a_full_day() {
    let env = Env::at("2037-03-10T08:00:00+00:00");
    env.config("[user]\ntimezone = \"Europe/London\"\n[rules]\ndaily_cap = 2\n");
    // The pitch came first, so without the rule it would take a place.
    for (name, at, note) in [
        (
            "Chloe Vance",
            "2037-03-09T09:00:00+00:00",
            "Hi Alex, our platform helps design teams like yours cut handoff time by 40%. Worth a quick 15-min demo next week?",
        ),
        (
            "David Okafor",
            "2037-03-09T10:00:00+00:00",
            "where do I find the design files? figma link pls",
        ),
        (
            "Noor Smit",
            "2037-03-09T11:00:00+00:00",
            "do you know a good accountant for freelancers?",
        ),
    ] {
        wrote(&env, name, at, note);
    }
    let agenda = env.json(&["agenda", "--days", "1", "--json"]);
    let today: Vec<&str> = agenda
        .as_array()
        .into_iter()
        .flatten()
        .filter(|n| n["due"].as_str().is_some_and(|d| d.starts_with("2037-03-10")))
        .filter_map(|n| n["contact"].as_str())
        .collect();
    assert_eq!(today, ["David Okafor", "Noor Smit"], "{agenda}");
}

/// Rule 10: a reply to a plan for today is offered today even when the
/// day's places are taken by nudges already done (trials 55-56: "lunch
/// today? 12:30" was offered the next morning as "today works for me").
#[test]
fn a_plan_for_today_is_offered_on_a_day_already_full() {
    let mut env = Env::at("2037-03-10T09:00:00+00:00");
    env.config("[user]\ntimezone = \"Europe/London\"\n[rules]\ndaily_cap = 2\n");
    for name in ["Ama Owusu", "Ben Carter"] {
        let who = wrote(&env, name, "2037-03-06T10:00:00+00:00", ATTACHED);
        env.run(&["done", &who]);
    }
    env.now = "2037-03-10T12:05:00+00:00".into();
    let tobias = wrote(
        &env,
        "Tobias Brandt",
        "2037-03-10T12:00:00+00:00",
        "lunch today? 12:30 at the vietnamese place?",
    );
    let (due, shown) = next_due(&env, &tobias);
    assert!(due.starts_with("2037-03-10"), "{shown}");
}

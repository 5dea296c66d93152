//! Rule 10 when check-ins compete, and rule 15's relationship strength, end
//! to end: the real binary, a pinned clock, a network with more check-ins
//! than the daily cap can place.

use crate::support;

use serde_json::Value;
use support::Env;

const NAMES: [&str; 8] = [
    "Ana Test", "Ben Test", "Cem Test", "Dan Test", "Eva Test", "Fay Test", "Gus Test", "Hal Test",
];

/// Tuesday 1 December 2026, 10:00 in Paris; one nudge a day. Contact i
/// (id i, from 1) had i conversations with the user, one every 20 days up
/// to Friday 20 November, each message answered two hours later (the last
/// one answered back by the user); each then gets a weekly cadence by hand.
/// Returns the environment and the stderr of each edit.
fn network() -> (Env, Vec<String>) {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[rules]\ndaily_cap = 1\n");
    let last = chrono::DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").unwrap_or_else(|e| panic!("{e}"));
    for (i, name) in NAMES.iter().enumerate() {
        env.run(&["add", name]);
        let id = (i + 1).to_string();
        for k in (0..=i as i64).rev() {
            let out = last - chrono::Duration::days(20 * k);
            let back = out + chrono::Duration::hours(2);
            env.run(&["log", &id, "--out", "--at", &out.to_rfc3339()]);
            env.run(&["log", &id, "--in", "--at", &back.to_rfc3339()]);
        }
        let answer = last + chrono::Duration::hours(3);
        env.run(&["log", &id, "--out", "--at", &answer.to_rfc3339()]);
    }
    let edits = (1..=NAMES.len())
        .map(|id| env.ok(&["edit", &id.to_string(), "--cadence", "1w"]).1)
        .collect();
    (env, edits)
}

const WARNING: &str = "8 contacts at a cadence of 1 week ask for about 1 check-in a day; your cap is 1 a day on 5 \
                       days a week: tend keeps about the 5 strongest in rhythm and ranks the rest (`tend show` says \
                       where each stands). Consider `--cadence` for a tag of close contacts instead.";

#[test]
fn a_cadence_that_asks_too_much_is_said_where_it_is_decided() {
    let (env, edits) = network();
    // One a day on five days a week serves five contacts at a weekly cadence
    // (5/7 a day): four at a week and four at the default six weeks ask for
    // less (0.67 a day) and say nothing; five at a week and three at six
    // weeks ask for more (0.79).
    assert!(edits[..4].iter().all(String::is_empty), "{edits:?}");
    assert!(
        edits[4].contains("8 contacts with a cadence ask for about"),
        "{}",
        edits[4]
    );
    assert_eq!(edits[7].trim_end(), WARNING);
    assert!(env.run(&["stats"]).contains(WARNING));
    assert!(env.run(&["config"]).contains(WARNING));
    let stats = env.json(&["stats", "--json"]);
    assert_eq!(stats["check_ins"]["contacts"], 8);
    assert_eq!(stats["check_ins"]["kept_in_rhythm"], 5);
}

#[test]
fn the_stronger_go_first_and_the_rest_wait_unplanned_with_reasons() {
    let (env, _) = network();
    // All overdue from now: a week holds six days with room (Tue 1 to Tue 8
    // December, before 10:00), one each, strongest (most talked to) first.
    let agenda = env.json(&["agenda", "--days", "14", "--json"]);
    let order: Vec<&str> = agenda
        .as_array()
        .map(|a| a.iter().filter_map(|n| n["contact"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        order,
        ["Hal Test", "Gus Test", "Fay Test", "Eva Test", "Dan Test", "Cem Test"]
    );
    // The two weakest wait, unplanned, and show says why in words.
    let show = env.run(&["show", "1"]);
    assert!(
        show.contains("not planned: 8 check-ins compete for 1 place a day; Ana ranks 8th by strength (0."),
        "{show}"
    );
    assert!(show.contains("Raise Ana with `tend edit 1 --tag close`"), "{show}");
    let v = env.json(&["show", "2", "--json"]);
    assert!(v["next"].is_null(), "{v}");
    assert!(
        v["why_none"].as_str().is_some_and(|w| w.contains("Ben ranks 7th")),
        "{v}"
    );
    // Strength with its grounds.
    let hal = env.run(&["show", "8"]);
    assert!(
        hal.contains(": 8 conversations in 4 months, answers 8 in 8, cadence or tag set by hand"),
        "{hal}"
    );
    // list sorts by it, strongest first, and carries it in JSON.
    let list = env.json(&["list", "--sort", "strength", "--json"]);
    let rows = list.as_array().cloned().unwrap_or_default();
    let names: Vec<&str> = rows.iter().filter_map(|c| c["name"].as_str()).collect();
    let mut want: Vec<&str> = NAMES.to_vec();
    want.reverse();
    assert_eq!(names, want);
    let strengths: Vec<f64> = rows.iter().filter_map(|c| c["strength"].as_f64()).collect();
    assert_eq!(strengths.len(), 8);
    assert!(strengths.windows(2).all(|w| w[0] >= w[1]), "{strengths:?}");
    assert!(rows.iter().all(|c| c.get("strength").is_some_and(Value::is_number)));
    // The text list gives the place alone, on one line.
    let text = env.run(&["list", "--sort", "strength"]);
    let ana = text.lines().last().unwrap_or_default();
    assert!(
        ana.contains("Ana Test") && ana.ends_with("not planned: ranks 8th of 8 check-ins by strength"),
        "{text}"
    );
    let by_name = env.json(&["list", "--sort", "name", "--json"]);
    assert_eq!(by_name[0]["name"], "Ana Test");
    // In id order (streamed, each strength read with its contact), the same
    // strengths as `show` gives each contact.
    let streamed = env.json(&["list", "--json"]);
    let streamed = streamed.as_array().cloned().unwrap_or_default();
    assert_eq!(streamed.len(), 8);
    for (i, c) in streamed.iter().enumerate() {
        let id = (i + 1).to_string();
        assert_eq!(c["id"].to_string(), id, "{c}");
        let shown = env.json(&["show", &id, "--json"]);
        assert!(c["strength"].is_number(), "{c}");
        assert_eq!(c["strength"], shown["strength"], "{c}\n{shown}");
    }
    let mut sorted: Vec<Value> = rows.iter().map(|c| c["strength"].clone()).collect();
    let mut unsorted: Vec<Value> = streamed.iter().map(|c| c["strength"].clone()).collect();
    sorted.sort_by_key(Value::to_string);
    unsorted.sort_by_key(Value::to_string);
    assert_eq!(sorted, unsorted);
}

/// Issue 25: `tend list --json` where every contact is planned takes each
/// strength from the planning rows the plan reads while the contacts are
/// read and written out. It shows byte for byte what the list shows when
/// it reads every contact first (`--sort`, in id order again): with an
/// archived contact, a meeting to come that has since happened (a summary
/// out of date), messages between lists, the clock moving back and a
/// changed config.
#[test]
fn a_list_streamed_with_the_plan_is_the_list_read_whole() {
    let (env, _) = network();
    let at = |now: &str, args: &[&str]| -> String {
        let out = env.cmd().env("TEND_NOW", now).args(args).output();
        let out = out.unwrap_or_else(|e| panic!("{e}"));
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let agree = |now: &str| {
        let streamed = at(now, &["list", "--json"]);
        let whole: Value =
            serde_json::from_str(&at(now, &["list", "--json", "--sort", "name"])).unwrap_or_else(|e| panic!("{e}"));
        let mut whole = whole.as_array().cloned().unwrap_or_default();
        whole.sort_by_key(|c| c["id"].as_i64());
        let whole = serde_json::to_string_pretty(&whole).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(streamed.trim_end(), whole, "{now}");
        let listed: Value = serde_json::from_str(&streamed).unwrap_or_else(|e| panic!("{e}"));
        listed.as_array().cloned().unwrap_or_default()
    };
    env.run(&["rm", "3"]);
    env.run(&["log", "5", "--channel", "meeting", "--at", "2026-12-03T15:00:00+01:00"]);
    let later = agree("2026-12-05T10:00:00+01:00");
    assert_eq!(later.len(), NAMES.len());
    assert!(
        later
            .iter()
            .any(|c| c["status"] == "archived" && c["strength"].as_f64() > Some(0.0))
    );
    env.run(&[
        "log",
        "2",
        "--in",
        "--at",
        "2026-12-01T09:00:00+01:00",
        "--note",
        "Any news?",
    ]);
    agree("2026-11-25T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[rules]\ndaily_cap = 2\nlearned_hours = false\n");
    let listed = agree("2026-12-20T10:00:00+01:00");
    assert!(listed.iter().filter(|c| !c["next"].is_null()).count() >= 2);
}

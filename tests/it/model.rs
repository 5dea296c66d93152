//! Drafts from a local language model (docs/drafts.md "Drafts from a local
//! model"), against a real llama.cpp server with a real tiny model
//! (SmolLM2-135M-Instruct): never a mock.
//!
//! The tests named `model_server_*` are `#[ignore]`d: `cargo test` lists
//! them as ignored, and scripts/test runs them once scripts/model-server.sh
//! has started the server (TEND_TEST_MODEL_ENDPOINT), or under `CI=true`,
//! where a missing server is a failure. The others need no server: a
//! refused endpoint, a stopped one, and the request built without one.

use crate::support;

use serde_json::Value;
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const NOW: &str = "2026-12-07T10:00:00+01:00";

/// Words that appear only in the user's memos: no request may carry one.
const SECRETS: &[&str] = &[
    "quietly-interviewing",
    "zanzibar-salary",
    "divorce-papers",
    "oncology-visit",
    "funeral-arrangements",
    "relocation-crunch",
    "profile-memo-word",
];

/// One server test at a time: the server answers one request at a time,
/// and two tests waiting on it would each see it twice as slow.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The endpoint of the server scripts/model-server.sh started, and the turn
/// to use it; a test asked to run without one fails (a skipped test must
/// never count as passed).
fn server(test: &str) -> (String, std::sync::MutexGuard<'static, ()>) {
    let turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    match std::env::var("TEND_TEST_MODEL_ENDPOINT") {
        Ok(e) if !e.is_empty() => (e, turn),
        _ => panic!(
            "{test}: no model server (TEND_TEST_MODEL_ENDPOINT): the model tests need the llama.cpp server that scripts/test starts"
        ),
    }
}

fn config(endpoint: &str, timeout: &str) -> String {
    format!(
        "[user]\ntimezone = \"Europe/Paris\"\nname = \"Alex Morgan\"\n\n[drafts]\nengine = \"model\"\n\n\
         [model]\nendpoint = \"{endpoint}\"\ntimeout = \"{timeout}\"\nmax_tokens = 90\n"
    )
}

fn home(endpoint: &str, timeout: &str) -> support::Env {
    let env = support::Env::at(NOW);
    env.config(&config(endpoint, timeout));
    env
}

/// Contacts with an open nudge each, of every kind, some with memos full of
/// secret words; returns their names.
fn network(env: &support::Env) -> Vec<&'static str> {
    let people: &[(&str, &[&str])] = &[
        (
            "Sara Lindqvist",
            &[
                "--company",
                "Globex",
                "--role",
                "Staff Engineer",
                "--met",
                "RustConf 2025",
            ],
        ),
        (
            "Tom Becker",
            &[
                "--company",
                "Initech",
                "--role",
                "Data Engineer",
                "--met",
                "PyData Amsterdam",
            ],
        ),
        (
            "Priya Nair",
            &[
                "--company",
                "Hooli",
                "--role",
                "Product Designer",
                "--met",
                "the Config meetup",
            ],
        ),
        ("Jonas Weber", &["--company", "Umbrella", "--interest", "cycling"]),
        ("Maria Costa", &["--company", "Acme", "--role", "Engineering Manager"]),
        ("Lena Fischer", &["--company", "Vandelay", "--met", "KubeCon Paris"]),
        ("Omar Haddad", &["--company", "Soylent", "--role", "CTO"]),
        (
            "Chloe Martin",
            &["--company", "Stark Industries", "--met", "a former colleague"],
        ),
        ("Kenji Sato", &["--company", "Wayne Enterprises", "--role", "SRE"]),
        ("Ines Duarte", &["--company", "Cyberdyne", "--role", "Researcher"]),
    ];
    for (name, fields) in people {
        let mut args = vec!["add", name];
        args.extend_from_slice(fields);
        env.run(&args);
    }
    // Their messages, waiting for a reply (each with a different act).
    let inbound = [
        ("sara", "Would a coffee on Thursday at 10 work for you?"),
        ("tom", "Sad news: my team was laid off this week."),
        ("priya", "Big news: our design system paper was accepted!"),
        (
            "jonas",
            "We help teams like yours cut cloud costs. Could I book 15 minutes for a demo of our platform?",
        ),
        ("maria", "Thursday at 10 works for me, see you then!"),
        ("lena", "How did you find the move to the new office?"),
        (
            "omar",
            "Would you mind putting me in touch with someone on your data team?",
        ),
    ];
    for (who, text) in inbound {
        env.run(&[
            "log",
            who,
            "--out",
            "--note",
            "Good to hear from you!",
            "--at",
            "2026-11-20T10:00:00+01:00",
        ]);
        env.run(&["log", who, "--in", "--note", text, "--at", "2026-12-06T18:00:00+01:00"]);
    }
    // A check-in, a milestone and a first follow-up.
    env.run(&[
        "log",
        "chloe",
        "--out",
        "--note",
        "Enjoy the holidays!",
        "--at",
        "2026-08-01T10:00:00+02:00",
    ]);
    env.run(&[
        "log",
        "chloe",
        "--in",
        "--note",
        "Thanks, you too!",
        "--at",
        "2026-08-02T10:00:00+02:00",
    ]);
    env.run(&[
        "event",
        "kenji",
        "--kind",
        "promotion",
        "--on",
        "2026-12-05",
        "--detail",
        "Principal SRE at Wayne Enterprises",
    ]);
    env.run(&["edit", "ines", "--connected-on", "2026-12-05"]);
    // Memos on everyone: a call note, a meeting note, a profile note, sensitive and busy details.
    for (i, who) in [
        "sara", "tom", "priya", "jonas", "maria", "lena", "omar", "chloe", "kenji", "ines",
    ]
    .iter()
    .enumerate()
    {
        let secret = SECRETS[i % SECRETS.len()];
        env.run(&[
            "log",
            who,
            "--both",
            "--channel",
            "call",
            "--note",
            &format!("she is {secret} keep it confidential"),
            "--at",
            "2026-11-01T10:00:00+01:00",
        ]);
        env.run(&[
            "log",
            who,
            "--both",
            "--channel",
            "meeting",
            "--note",
            &format!("meeting memo {}", SECRETS[(i + 1) % SECRETS.len()]),
            "--at",
            "2026-11-02T10:00:00+01:00",
        ]);
    }
    env.run(&["edit", "sara", "--note", "profile-memo-word and zanzibar-salary"]);
    env.run(&[
        "event",
        "tom",
        "--kind",
        "health",
        "--on",
        "2026-10-01",
        "--detail",
        "oncology-visit funeral-arrangements",
    ]);
    env.run(&[
        "event",
        "maria",
        "--kind",
        "busy",
        "--on",
        "2026-12-01",
        "--detail",
        "relocation-crunch",
    ]);
    people.iter().map(|(n, _)| *n).collect()
}

/// What `tend draft --json` says for a contact.
fn draft_json(env: &support::Env, who: &str) -> Value {
    env.json(&["draft", who, "--json"])
}

#[test]
fn a_remote_endpoint_is_refused_without_allow_remote() {
    let env = home("http://192.0.2.10:11434/v1/chat/completions", "2s");
    let err = env.fails(&["agenda"], 2);
    assert!(
        err.contains(
            "config key 'model.endpoint': 'http://192.0.2.10:11434/v1/chat/completions' is not on this machine"
        ),
        "{err}"
    );
    assert!(err.contains("allow_remote"), "{err}");
    let env = support::Env::at(NOW);
    env.config("[drafts]\nengine = \"gpt\"\n");
    let err = env.fails(&["agenda"], 2);
    assert!(err.contains("drafts.engine") && err.contains("templates"), "{err}");
}

#[test]
fn a_stopped_server_means_the_template_and_says_why() {
    // A port on this machine that nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let env = home(&format!("http://127.0.0.1:{port}/v1/chat/completions"), "2s");
    env.run(&["add", "Sara Lee", "--company", "Globex"]);
    env.run(&[
        "log",
        "sara",
        "--in",
        "--note",
        "How did the launch go?",
        "--at",
        "2026-12-06T18:00:00+01:00",
    ]);
    let started = Instant::now();
    let d = draft_json(&env, "sara");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!(d["engine"], "templates", "{d}");
    let why = d["fallback"].as_str().unwrap_or_default();
    assert!(why.starts_with("the model server could not be reached"), "{d}");
    // The template engine's own draft, which the agenda shows too.
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["draft"], d["draft"], "{agenda}");
    let (out, err) = env.ok(&["draft", "sara"]);
    assert_eq!(out.trim(), d["draft"].as_str().unwrap_or_default());
    assert!(
        err.contains("(template draft: the model server could not be reached"),
        "{err}"
    );
    let show = env.run(&["show", "sara"]);
    assert!(
        show.contains("(template draft: the model server could not be reached"),
        "{show}"
    );
    // With the template engine nothing falls back.
    let env2 = support::Env::at(NOW);
    env2.run(&["add", "Sara Lee", "--company", "Globex"]);
    env2.run(&[
        "log",
        "sara",
        "--in",
        "--note",
        "How did the launch go?",
        "--at",
        "2026-12-06T18:00:00+01:00",
    ]);
    let t = draft_json(&env2, "sara");
    assert_eq!(
        (t["engine"].as_str(), t["fallback"].is_null()),
        (Some("templates"), true),
        "{t}"
    );
}

/// The request is built from what templates read, never from a memo: every
/// memo of every contact holds secret words, and no request body has one,
/// while their public facts and their messages are there.
#[test]
fn no_request_carries_a_memo_word() {
    use chrono::{DateTime, Utc};
    use tend::model::*;
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(NOW)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|e| panic!("{e}"));
    let settings = tend::config::Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
    let situations = tend::model_engine::check::situations(now);
    let mut bodies = Vec::new();
    for mut s in situations {
        s.contact.note = Some(format!("{} {}", SECRETS[6], SECRETS[1]));
        let id = s.contact.id;
        let memo = |n: i64, channel: Channel, direction: Direction, text: &str| Interaction {
            id: 9000 + n,
            contact_id: id,
            at: now - chrono::Duration::days(n),
            direction,
            channel,
            note: Some(text.to_string()),
        };
        s.interactions.push(memo(3, Channel::Call, Direction::Both, SECRETS[0]));
        s.interactions
            .push(memo(4, Channel::Meeting, Direction::Both, SECRETS[2]));
        s.interactions.push(memo(5, Channel::Note, Direction::Out, SECRETS[1]));
        s.interactions.push(memo(6, Channel::Call, Direction::In, SECRETS[0]));
        for (k, (kind, secret)) in [
            (EventKind::Health, SECRETS[3]),
            (EventKind::Bereavement, SECRETS[4]),
            (EventKind::Layoff, SECRETS[0]),
            (EventKind::Busy, SECRETS[5]),
        ]
        .into_iter()
        .enumerate()
        {
            s.events.push(Event {
                id: 9100 + k as i64,
                contact_id: id,
                kind,
                on: (now - chrono::Duration::days(200)).date_naive(),
                detail: Some(secret.to_string()),
                recorded_at: now,
                until: None,
                from_message: None,
            });
        }
        let input = tend::drafts::DraftInput {
            nudge: &s.nudge,
            contact: &s.contact,
            interactions: &s.interactions,
            events: &s.events,
            now,
            tz: chrono_tz::Europe::Paris,
            user_name: "Alex Morgan",
            history: None,
        };
        let brief = tend::model_engine::prompt::brief(&input, 300);
        let body = tend::model_engine::prompt::request(&brief, &settings.model).to_string();
        for secret in SECRETS {
            assert!(!body.contains(secret), "{}: {secret} in {body}", s.name);
        }
        assert!(body.contains(s.contact.company.as_deref().unwrap_or("?")), "{body}");
        bodies.push(body);
    }
    // Their messages and what the reader found are there.
    assert!(
        bodies
            .iter()
            .any(|b| b.contains("my team was laid off") && b.contains("read as: bad news"))
    );
    assert!(
        bodies
            .iter()
            .any(|b| b.contains("Care: they went through something difficult"))
    );
}

/// A relay between tend and the real server that keeps every request it
/// carries (to search the bodies), and can hold the answer back.
struct Relay {
    endpoint: String,
    seen: Arc<Mutex<Vec<u8>>>,
}

fn relay(upstream: &str) -> Relay {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
    let port = listener
        .local_addr()
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let target = upstream
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("{upstream}"))
        .to_string();
    let path = upstream.splitn(4, '/').nth(3).unwrap_or_default().to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&seen);
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let kept = Arc::clone(&kept);
            let target = target.clone();
            std::thread::spawn(move || {
                let Ok(server) = std::net::TcpStream::connect(&target) else {
                    return;
                };
                let (mut c_read, mut s_write) = (
                    client.try_clone().unwrap_or_else(|e| panic!("{e}")),
                    server.try_clone().unwrap_or_else(|e| panic!("{e}")),
                );
                let up = std::thread::spawn(move || {
                    let mut buf = [0u8; 8192];
                    while let Ok(n) = c_read.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        kept.lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .extend_from_slice(&buf[..n]);
                        if s_write.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                });
                let (mut s_read, mut c_write) = (server, client);
                let _ = std::io::copy(&mut s_read, &mut c_write);
                let _ = up.join();
            });
        }
    });
    Relay {
        endpoint: format!("http://127.0.0.1:{port}/{path}"),
        seen,
    }
}

/// The ten drafts of the tiny model, each with what the guardrails did:
/// a model draft passes `tend lint --to` as a template draft does; a failing
/// one falls back to the template and says why; a shown draft is kept with
/// its engine; and no request carries a memo word.
#[test]
#[ignore = "needs the llama.cpp server that scripts/test starts"]
fn model_server_drafts_pass_the_guardrails_or_fall_back() {
    let (upstream, _turn) = server("model_server_drafts_pass_the_guardrails_or_fall_back");
    let relay = relay(&upstream);
    let env = home(&relay.endpoint, "30s");
    let names = network(&env);
    let mut passed = 0;
    let mut times = Vec::new();
    for name in &names {
        let first = name.split(' ').next().unwrap_or_default().to_lowercase();
        let started = Instant::now();
        let d = draft_json(&env, &first);
        times.push(started.elapsed().as_millis());
        let text = d["draft"].as_str().unwrap_or_default().to_string();
        assert!(!text.is_empty(), "{d}");
        match d["engine"].as_str() {
            Some("model") => {
                passed += 1;
                assert!(d["fallback"].is_null(), "{d}");
                // The message check with --to finds nothing a template would not allow.
                let out = env.output(&["lint", "--to", &first, "--json", &text]);
                let lint: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
                let codes: Vec<&str> = lint["findings"]
                    .as_array()
                    .map(|f| f.iter().filter_map(|x| x["code"].as_str()).collect())
                    .unwrap_or_default();
                let reply = d["kind"] == "reply";
                assert!(
                    codes
                        .iter()
                        .all(|c| reply && (*c == "generic" || *c == "no-call-to-action")),
                    "{name}: {codes:?} in the model's draft {text}"
                );
            }
            Some("templates") => {
                let why = d["fallback"].as_str().unwrap_or_default();
                assert!(why.starts_with("the model"), "{d}");
            }
            other => panic!("engine {other:?}: {d}"),
        }
        eprintln!(
            "DRAFT {name} [{}] {} ms: {}\n  guardrails: {}",
            d["kind"].as_str().unwrap_or_default(),
            times.last().copied().unwrap_or_default(),
            text,
            d["fallback"].as_str().unwrap_or("passed: the model's draft is shown")
        );
        // Kept: shown again, the same text and engine, without asking again.
        let asked = relay.seen.lock().map(|s| s.len()).unwrap_or_default();
        let again = draft_json(&env, &first);
        assert_eq!(
            (&again["draft"], &again["engine"], &again["fallback"]),
            (&d["draft"], &d["engine"], &d["fallback"])
        );
        assert_eq!(
            relay.seen.lock().map(|s| s.len()).unwrap_or_default(),
            asked,
            "asked the model again"
        );
        // The agenda shows the kept draft, with its engine.
        let agenda = env.json(&["agenda", "--days", "60", "--json"]);
        let row = agenda
            .as_array()
            .and_then(|a| a.iter().find(|n| n["contact"] == *name))
            .cloned()
            .unwrap_or_default();
        assert_eq!((&row["draft"], &row["engine"]), (&d["draft"], &d["engine"]), "{row}");
    }
    times.sort_unstable();
    eprintln!(
        "MODEL DRAFTS: {passed} of {} passed; median {} ms, worst {} ms",
        names.len(),
        times[times.len() / 2],
        times.last().copied().unwrap_or_default()
    );
    let seen = String::from_utf8_lossy(&relay.seen.lock().map(|s| s.clone()).unwrap_or_default()).into_owned();
    assert_eq!(seen.matches("POST /").count(), names.len(), "one request per draft");
    assert!(
        seen.contains("Sad news: my team was laid off"),
        "their messages are sent"
    );
    for secret in SECRETS {
        assert!(!seen.contains(secret), "{secret} was sent to the model");
    }
}

/// A server slower than `timeout`: the template, within the timeout.
#[test]
#[ignore = "needs the llama.cpp server that scripts/test starts"]
fn model_server_too_slow_falls_back_within_the_timeout() {
    let (endpoint, _turn) = server("model_server_too_slow_falls_back_within_the_timeout");
    let env = home(&endpoint, "40ms");
    env.run(&["add", "Sara Lee", "--company", "Globex"]);
    env.run(&[
        "log",
        "sara",
        "--in",
        "--note",
        "How did the launch go?",
        "--at",
        "2026-12-06T18:00:00+01:00",
    ]);
    let started = Instant::now();
    let d = draft_json(&env, "sara");
    let took = started.elapsed();
    assert_eq!(d["engine"], "templates", "{d}");
    assert_eq!(d["fallback"], "the model did not answer within 40ms", "{d}");
    // The whole command, start to end, well within a second of the timeout.
    assert!(took < Duration::from_millis(1500), "{took:?}");
}

/// `tend model check` reports what the model did, honestly.
#[test]
#[ignore = "needs the llama.cpp server that scripts/test starts"]
fn model_server_check_reports_passes_failures_and_times() {
    let (endpoint, _turn) = server("model_server_check_reports_passes_failures_and_times");
    let env = home(&endpoint, "30s");
    let v = env.json(&["model", "check", "--json"]);
    let total = v["total"].as_u64().unwrap_or_default();
    let passed = v["passed"].as_u64().unwrap_or(u64::MAX);
    let failures = v["failures"].as_array().cloned().unwrap_or_default();
    assert_eq!(total, 15, "{v}");
    assert_eq!(passed + failures.len() as u64, total, "{v}");
    for f in &failures {
        assert!(f["why"].as_str().is_some_and(|w| w.starts_with("the model")), "{f}");
        assert!(f["situation"].as_str().is_some_and(|s| !s.is_empty()), "{f}");
    }
    let (median, worst) = (
        v["median_ms"].as_u64().unwrap_or(0),
        v["worst_ms"].as_u64().unwrap_or(0),
    );
    assert!(median > 0 && median <= worst, "{v}");
    // Every draft the model wrote is listed with its verdict.
    let drafts = v["drafts"].as_array().cloned().unwrap_or_default();
    assert_eq!(drafts.len() as u64, total);
    assert_eq!(drafts.iter().filter(|d| d["passed"] == true).count() as u64, passed);
    eprintln!("MODEL CHECK JSON: {v}");
    let (out, _) = env.ok(&["model", "check"]);
    assert!(
        out.contains(&format!(
            "of {total} drafts passed the guardrails; time per draft: median "
        )),
        "{out}"
    );
    eprintln!("MODEL CHECK:\n{out}");
}

/// The daemon writes the model's draft ahead, for a nudge due within the
/// day, and the notification shows the kept draft without asking again.
#[test]
#[ignore = "needs the llama.cpp server that scripts/test starts"]
fn model_server_daemon_writes_ahead_and_the_notification_shows_the_kept_draft() {
    let (upstream, _turn) = server("model_server_daemon_writes_ahead_and_the_notification_shows_the_kept_draft");
    let relay = relay(&upstream);
    // Monday 07:00: Sara's message of Sunday evening is due a reply at 09:00.
    let mut env = support::Env::at("2026-12-07T07:00:00+01:00");
    env.config(&format!(
        "{}\n[notify]\nbackend = \"stdout\"\n",
        config(&relay.endpoint, "30s")
    ));
    env.run(&["add", "Sara Lee", "--company", "Globex", "--met", "RustConf 2025"]);
    env.run(&[
        "log",
        "sara",
        "--in",
        "--note",
        "How did the launch of your new API go?",
        "--at",
        "2026-12-06T18:00:00+01:00",
    ]);
    // Before: the agenda shows the template, not kept, and says why.
    let before = env.json(&["agenda", "--json"]);
    assert_eq!(
        before[0]["fallback"], "no model draft was written ahead for it",
        "{before}"
    );
    assert_eq!(relay.seen.lock().map(|s| s.len()).unwrap_or_default(), 0);
    // Nothing is due yet: the daemon shows nothing and writes the draft ahead.
    let (out, _) = env.ok(&["daemon", "--once"]);
    assert_eq!(out, "");
    let asked = relay.seen.lock().map(|s| s.len()).unwrap_or_default();
    assert!(asked > 0, "the daemon did not ask the model");
    let ahead = env.json(&["agenda", "--json"]);
    let engine = ahead[0]["engine"].as_str().unwrap_or_default().to_string();
    let why = ahead[0]["fallback"].as_str().unwrap_or_default().to_string();
    assert!(
        engine == "model" && ahead[0]["fallback"].is_null() || engine == "templates" && why.starts_with("the model"),
        "{ahead}"
    );
    eprintln!("WRITTEN AHEAD [{engine}] {} ({why})", ahead[0]["draft"]);
    // 09:30: the notification carries the kept draft; the model is not asked again.
    env.now = "2026-12-07T09:30:00+01:00".into();
    let (out, _) = env.ok(&["daemon", "--once"]);
    let note: Value =
        serde_json::from_str(out.lines().next().unwrap_or_default()).unwrap_or_else(|e| panic!("{out}: {e}"));
    let draft = ahead[0]["draft"].as_str().unwrap_or_default();
    assert!(
        note["body"].as_str().is_some_and(|b| b.ends_with(draft)),
        "{note} vs {draft}"
    );
    assert_eq!(
        relay.seen.lock().map(|s| s.len()).unwrap_or_default(),
        asked,
        "asked the model again"
    );
}

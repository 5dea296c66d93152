//! `tend lint` and `tend draft` end to end: the real binary on a temporary
//! data folder with a pinned clock.

use crate::support;

use assert_cmd::Command;
use serde_json::Value;

/// A private home for one test: the shared one, plus templates and stdin.
struct LintEnv {
    home: support::Env,
}

/// What a run printed and how it ended.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl LintEnv {
    fn new() -> LintEnv {
        let env = LintEnv {
            home: support::Env::at("2026-12-01T10:00:00+01:00"),
        };
        env.config("[user]\ntimezone = \"Europe/Paris\"\n");
        env
    }

    fn config(&self, text: &str) {
        self.home.config(text);
    }

    fn template(&self, kind: &str, text: &str) {
        let dir = self.home.path("templates");
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("templates: {e}"));
        std::fs::write(dir.join(format!("{kind}.txt")), text).unwrap_or_else(|e| panic!("template: {e}"));
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.home.cmd();
        c.args(args);
        c
    }

    fn run_with(&self, args: &[&str], stdin: &str) -> Run {
        let out = self
            .cmd(args)
            .write_stdin(stdin)
            .output()
            .unwrap_or_else(|e| panic!("run: {e}"));
        Run {
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, "")
    }

    /// A command that must succeed; its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, Some(0), "tend {args:?}: {}{}", r.stdout, r.stderr);
        r.stdout
    }

    /// A home with one contact, added with `tend add ARGS`.
    fn with_contact(add: &[&str]) -> LintEnv {
        let env = LintEnv::new();
        let mut all = vec!["add"];
        all.extend_from_slice(add);
        env.ok(&all);
        env
    }

    /// After two answers from `who`, `text` (an early-message finding)
    /// has no finding left.
    fn quiet_after_two_responses(&self, who: &str, text: &str) {
        self.ok(&["log", who, "--in", "--at", "2026-11-01"]);
        self.ok(&["log", who, "--in", "--at", "2026-11-03"]);
        assert!(self.codes(&["--to", who, text]).is_empty(), "{text}");
    }

    /// The finding codes of `tend lint ARGS`, checking the line format and the exit status.
    fn codes(&self, args: &[&str]) -> Vec<String> {
        let mut all = vec!["lint"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        assert!(r.stderr.is_empty(), "stderr: {}", r.stderr);
        let codes: Vec<String> = r
            .stdout
            .lines()
            .map(|l| {
                let code = l
                    .strip_prefix("warning[")
                    .and_then(|rest| rest.split_once("]: "))
                    .map(|(code, msg)| {
                        assert!(!msg.is_empty(), "{l}");
                        code.to_string()
                    });
                code.unwrap_or_else(|| panic!("not a finding line: {l:?}"))
            })
            .collect();
        assert_eq!(r.code, Some(i32::from(!codes.is_empty())), "{}", r.stdout);
        codes
    }
}

#[test]
fn a_good_message_prints_nothing_and_exits_0() {
    let env = LintEnv::new();
    let r = env.run(&["lint", "Hi Sara, how was the rest of RustConf?"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (Some(0), "", ""));
}

#[test]
fn each_check_without_a_contact() {
    let env = LintEnv::new();
    assert_eq!(env.codes(&["Hi [Name], how are you?"]), ["placeholder"]);
    assert_eq!(env.codes(&["Hi {{ first_name }}, how are you?"]), ["placeholder"]);
    assert_eq!(env.codes(&["Hi <NAME>, how is XXX going?"]), ["placeholder"]);
    assert_eq!(
        env.codes(&["Hi, I came across your profile. Shall we talk?"]),
        ["generic"]
    );
    assert_eq!(env.codes(&["Hi Sam, I'd like to connect?"]), ["generic"]);
    assert_eq!(
        env.codes(&["To whom it may concern, I'm writing to ask about Rust?"]),
        ["formal"]
    );
    assert_eq!(env.codes(&["Hi Sam, great talk at RustConf."]), ["no-call-to-action"]);
    assert!(
        env.codes(&["Hi Sam, great talk at RustConf. Let's grab a coffee."])
            .is_empty()
    );
    let long = format!("Hi Sam, {}?", "very ".repeat(60).trim());
    assert_eq!(env.codes(&[&long]), ["too-long"]);
    // Several findings, one a line, in the order of drafts.md.
    assert_eq!(
        env.codes(&["Dear Sir, [Name] here. I hope this message finds you well."]),
        ["placeholder", "generic", "formal", "no-call-to-action"]
    );
}

#[test]
fn a_question_mark_inside_a_url_is_not_a_call_to_action() {
    let env = LintEnv::new();
    assert_eq!(
        env.codes(&["Hi Sam, here are the slides: https://example.com/talk?id=42"]),
        ["no-call-to-action"]
    );
    assert!(
        env.codes(&["Hi Sam, did you see https://example.com/talk?id=42?"])
            .is_empty()
    );
}

#[test]
fn max_chars_comes_from_the_config() {
    let env = LintEnv::new();
    env.config("[drafts]\nmax_chars = 40\n");
    assert!(env.codes(&["Hi Sam, how was RustConf?"]).is_empty());
    let r = env.run(&["lint", "Hi Sam, how was RustConf this year in Berlin?"]);
    assert_eq!(
        r.stdout,
        "warning[too-long]: 45 characters, 5 more than the 40 allowed ([drafts] max_chars)\n"
    );
}

#[test]
fn user_lists_extend_the_builtin_ones() {
    let env = LintEnv::new();
    env.config(
        "[lint]\nformal = [\"kind regards\"]\ncall_to_action = [\"ping me\"]\nearly_ask = [\"a quick favour\"]\n",
    );
    assert_eq!(env.codes(&["Hi Sam, ping me. Kind regards"]), ["formal"]);
    env.ok(&["add", "Sam Ode", "--company", "Globex"]);
    assert_eq!(
        env.codes(&["--to", "sam", "Hi Sam, a quick favour at Globex?"]),
        ["early-ask"]
    );
}

#[test]
fn json_output() {
    let env = LintEnv::new();
    let r = env.run(&["lint", "--json", "Dear Sir, how is Globex."]);
    assert_eq!(r.code, Some(1));
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    let findings = v["findings"].as_array().cloned().unwrap_or_default();
    let codes: Vec<&str> = findings.iter().filter_map(|f| f["code"].as_str()).collect();
    assert_eq!(codes, ["formal", "no-call-to-action"]);
    for f in &findings {
        let keys: Vec<&str> = f
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys, ["code", "message"]);
        assert!(f["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert!(
        findings[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("\"Dear Sir\""))
    );
    let r = env.run(&["lint", "--json", "Hi Sam, how is Globex?"]);
    assert_eq!(r.code, Some(0));
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    assert_eq!(v, serde_json::json!({"findings": []}));
}

#[test]
fn the_text_can_come_from_stdin() {
    let env = LintEnv::new();
    for args in [&["lint", "-"][..], &["lint"][..]] {
        let r = env.run_with(args, "Dear Sir,\nhow is Globex?\n");
        assert_eq!((r.code, r.stdout.lines().count()), (Some(1), 1), "{}", r.stdout);
        assert!(r.stdout.starts_with("warning[formal]: "), "{}", r.stdout);
        let r = env.run_with(args, "Hi Sam,\nhow is Globex?\n");
        assert_eq!((r.code, r.stdout.as_str()), (Some(0), ""));
    }
}

#[test]
fn an_empty_message_is_bad_input() {
    let env = LintEnv::new();
    for (args, stdin) in [
        (&["lint"][..], ""),
        (&["lint", "-"][..], "  \n\n"),
        (&["lint", ""][..], ""),
    ] {
        let r = env.run_with(args, stdin);
        assert_eq!(r.code, Some(2), "{args:?}");
        assert_eq!(
            r.stderr,
            "error: the message is empty: give it as an argument or on stdin\n"
        );
        assert!(r.stdout.is_empty());
    }
    let r = env.cmd(&["lint", "-"]).write_stdin(vec![0xff, 0xfe, b'?']).output();
    let r = r.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&r.stderr),
        "error: the message on stdin is not UTF-8 text\n"
    );
}

#[test]
fn an_unknown_contact_is_exit_1() {
    let env = LintEnv::new();
    let r = env.run(&["lint", "--to", "nobody", "Hi there, how are you?"]);
    assert_eq!(r.code, Some(1));
    assert_eq!(r.stderr, "error: no contact matches 'nobody'\n");
    assert!(r.stdout.is_empty());
}

#[test]
fn with_a_contact_the_message_must_use_their_name_and_say_something_of_them() {
    let env = LintEnv::new();
    env.ok(&[
        "add",
        "Sara Lee",
        "--company",
        "Globex",
        "--met",
        "RustConf 2025",
        "--interest",
        "climbing",
    ]);
    assert!(
        env.codes(&["--to", "sara", "Hi Sara, how was the rest of RustConf?"])
            .is_empty()
    );
    assert!(env.codes(&["--to", "sara", "Hi Sara, still climbing?"]).is_empty());
    assert_eq!(env.codes(&["--to", "sara", "Hi there, how is Globex?"]), ["no-name"]);
    assert_eq!(env.codes(&["--to", "sara", "Hi Sara, how have you been?"]), ["generic"]);
    // A name of theirs beyond the greeting counts as specific.
    assert!(
        env.codes(&["--to", "sara", "Hi Sara, are the Lee cousins well?"])
            .is_empty()
    );
    // The last conversation's note and a recent event's detail count too.
    env.ok(&[
        "log",
        "sara",
        "--in",
        "--note",
        "moving to Lisbon",
        "--at",
        "2026-11-20",
    ]);
    assert!(env.codes(&["--to", "sara", "Hi Sara, how is Lisbon?"]).is_empty());
    env.ok(&[
        "event",
        "sara",
        "--kind",
        "achievement",
        "--on",
        "2026-11-25",
        "--detail",
        "won the hackathon",
    ]);
    assert!(
        env.codes(&["--to", "sara", "Hi Sara, congrats on the hackathon! How did it go?"])
            .is_empty()
    );
    let r = env.run(&["lint", "--to", "sara", "Hi Sara, how have you been?"]);
    assert_eq!(
        r.stdout,
        "warning[generic]: nothing specific to Sara Lee: mention their company, how you met, an interest, a recent event, your last conversation or their news\n"
    );
}

#[test]
fn a_name_that_is_also_a_common_word() {
    let env = LintEnv::new();
    env.ok(&["add", "Will Smith", "--company", "Globex"]);
    assert_eq!(
        env.codes(&["--to", "will", "Hi there, will you be at Globex on Monday?"]),
        ["no-name"]
    );
    assert!(
        env.codes(&["--to", "will", "Hi Will, will you be at Globex on Monday?"])
            .is_empty()
    );
    assert!(
        env.codes(&["--to", "will", "Thanks, will! See you at Globex?"])
            .is_empty()
    );
    env.ok(&["add", "Grace Hopper", "--company", "Navy"]);
    assert_eq!(
        env.codes(&[
            "--to",
            "grace",
            "Thanks for your grace at the Navy event, shall we talk?"
        ]),
        ["no-name"]
    );
}

#[test]
fn non_english_text() {
    let env = LintEnv::new();
    env.ok(&["add", "Zoë Müller", "--met", "Bäckerei Schön in Berlin"]);
    assert!(
        env.codes(&["--to", "zoë", "Hallo Zoë, wie geht's in Berlin?"])
            .is_empty()
    );
    assert_eq!(
        env.codes(&["--to", "zoë", "Hallo Zoë, schöne Grüße."]),
        ["generic", "no-call-to-action"]
    );
    env.ok(&["add", "田中 太郎"]);
    assert!(env.codes(&["--to", "田中", "田中さん、お元気ですか？"]).is_empty());
    assert_eq!(env.codes(&["--to", "田中", "お元気ですか？"]), ["no-name"]);
}

#[test]
fn early_asks_until_two_responses() {
    let env = LintEnv::new();
    env.ok(&["add", "Sara Lee", "--company", "Globex"]);
    let ask = "Hi Sara, could you refer me for the open role at Globex?";
    let r = env.run(&["lint", "--to", "sara", ask]);
    assert_eq!(
        r.stdout,
        "warning[early-ask]: asks a favour (\"refer me\", \"open role\") while Sara Lee has answered 0 times so far: build the relationship first\n"
    );
    // Without --to nothing is known of the stage.
    assert!(env.codes(&[ask]).is_empty());
    env.ok(&["log", "sara", "--in", "--at", "2026-11-01"]);
    env.ok(&["log", "sara", "--out", "--at", "2026-11-02"]);
    env.ok(&["log", "sara", "--in", "--at", "2026-11-03"]);
    assert!(env.codes(&["--to", "sara", ask]).is_empty());
}

#[test]
fn repeated_compares_with_texts_sent_to_others_in_the_last_30_days() {
    let env = LintEnv::new();
    env.ok(&["add", "Sara Lee", "--met", "RustConf"]);
    env.ok(&["add", "Bob Stone", "--met", "RustConf"]);
    env.ok(&["add", "Ann Old", "--met", "RustConf"]);
    let sent = "Hi Bob, great to meet you at RustConf! How was Berlin?";
    env.ok(&["log", "bob", "--out", "--note", sent, "--at", "2026-11-20"]);
    env.ok(&[
        "log",
        "ann",
        "--out",
        "--note",
        "Hi Ann, lovely to meet you at RustConf! How was Berlin?",
        "--at",
        "2026-10-01",
    ]);
    let r = env.run(&[
        "lint",
        "--to",
        "sara",
        "hi  SARA -- great to meet you at RustConf... how was Berlin?",
    ]);
    assert_eq!(
        r.stdout,
        "warning[repeated]: the same text went to Bob Stone in the last 30 days: make it theirs\n"
    );
    assert_eq!(
        env.codes(&["Hi Sara, great to meet you at RustConf! How was Berlin?"]),
        ["repeated"]
    );
    // Older than 30 days, or to the same person: not repeated.
    assert!(
        env.codes(&[
            "--to",
            "sara",
            "Hi Sara, lovely to meet you at RustConf! How was Berlin?"
        ])
        .is_empty()
    );
    assert!(env.codes(&["--to", "bob", sent]).is_empty());
}

#[test]
fn tend_draft_end_to_end_passes_lint_and_done_avoids_repeating_it() {
    let env = LintEnv::new();
    for name in ["Sara Lee", "Bob Stone", "Ann Field"] {
        env.ok(&[
            "add",
            name,
            "--company",
            "Globex",
            "--met",
            "RustConf",
            "--connected-on",
            "2026-11-28",
        ]);
    }
    let agenda: Value = serde_json::from_str(&env.ok(&["agenda", "--json"])).unwrap_or(Value::Null);
    let items = agenda.as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 3, "{agenda}");
    for item in &items {
        let (Some(id), Some(draft)) = (item["contact_id"].as_i64(), item["draft"].as_str()) else {
            panic!("{item}");
        };
        assert_eq!(item["kind"], "first-follow-up");
        let shown = env.ok(&["draft", &id.to_string()]);
        assert_eq!(shown.trim_end(), draft, "tend draft shows the agenda's draft");
        assert!(env.codes(&["--to", &id.to_string(), draft]).is_empty(), "{draft}");
        let first = item["contact"]
            .as_str()
            .and_then(|n| n.split(' ').next())
            .unwrap_or("?");
        assert!(
            draft.contains(first) && (draft.contains("Globex") || draft.contains("RustConf")),
            "{draft}"
        );
    }
    // Once a draft is sent, the next contact's draft is worded differently.
    let sara = env.ok(&["draft", "sara"]);
    env.ok(&["done", "sara"]);
    let bob = env.ok(&["draft", "bob"]);
    assert_ne!(sara.replace("Sara", "X"), bob.replace("Bob", "X"));
    assert!(env.codes(&["--to", "bob", bob.trim_end()]).is_empty(), "{bob}");
}

#[test]
fn user_templates_are_used_and_a_broken_one_falls_back_with_a_warning() {
    let env = LintEnv::new();
    env.ok(&["add", "Sara Lee", "--company", "Globex", "--connected-on", "2026-11-28"]);
    env.template(
        "first-follow-up",
        "Hey {{ first_name }}, good to connect! How are things at {{ company }}?\n",
    );
    assert_eq!(
        env.ok(&["draft", "sara"]),
        "Hey Sara, good to connect! How are things at Globex?\n"
    );
    env.template("first-follow-up", "Hey {{ first_name }},\n{{ compnay }}?\n");
    let r = env.run(&["draft", "sara"]);
    assert_eq!(r.code, Some(0));
    let file = env.home.path("templates").join("first-follow-up.txt");
    assert_eq!(
        r.stderr.lines().collect::<Vec<_>>(),
        [format!(
            "warning: {} line 2: unknown variable 'compnay' (known: {}); using the built-in first-follow-up template",
            file.display(),
            tend::drafts::VARIABLES
                .iter()
                .map(|(v, _)| *v)
                .collect::<Vec<_>>()
                .join(", ")
        )]
    );
    assert!(
        r.stdout.contains("Sara") && !r.stdout.contains("compnay"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_next_draft_after_a_sent_one_still_passes_lint() {
    // Nothing known but the name: the check-in after a sent first follow-up
    // is not "generic" for lacking the words of your own last message.
    let mut env = LintEnv::new();
    env.ok(&["add", "Sam Ode", "--connected-on", "2026-11-28"]);
    let first = env.ok(&["draft", "sam"]);
    assert!(env.codes(&["--to", "sam", first.trim_end()]).is_empty(), "{first}");
    env.ok(&["done", "sam"]);
    // One unanswered message doubles the 6-week cadence (rule 4).
    env.home.now = "2027-03-01T10:00:00+01:00".into();
    let agenda: Value = serde_json::from_str(&env.ok(&["agenda", "--json"])).unwrap_or(Value::Null);
    assert_eq!(agenda[0]["kind"], "check-in", "{agenda}");
    let next = agenda[0]["draft"].as_str().unwrap_or_default();
    assert!(next.contains("Sam") && next != first.trim_end(), "{next}");
    assert!(env.codes(&["--to", "sam", next]).is_empty(), "{next}");
}

#[test]
fn ten_similar_contacts_connected_the_same_day_get_at_least_two_wordings() {
    let env = LintEnv::new();
    for i in 1..=10 {
        env.ok(&[
            "add",
            &format!("Person{i} Lee"),
            "--company",
            "Globex",
            "--connected-on",
            "2026-11-28",
        ]);
    }
    let agenda: Value = serde_json::from_str(&env.ok(&["agenda", "--days", "14", "--json"])).unwrap_or(Value::Null);
    let items = agenda.as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 10, "{agenda}");
    let wordings: std::collections::HashSet<String> = items
        .iter()
        .map(|i| {
            let name = i["contact"].as_str().and_then(|n| n.split(' ').next()).unwrap_or("?");
            i["draft"].as_str().unwrap_or_default().replace(name, "NAME")
        })
        .collect();
    assert!(wordings.len() >= 2, "{wordings:?}");
}

#[test]
fn the_readme_tour_congratulation_after_a_new_job_passes() {
    let env = LintEnv::new();
    env.ok(&["add", "Sara Lee", "--company", "Initech"]);
    let text = "Hi Sara, congrats on the new role! Coffee next week?";
    assert_eq!(env.codes(&["--to", "sara", text]), ["generic"]);
    env.ok(&["event", "sara", "--kind", "new-job", "--on", "2026-11-30"]);
    assert!(env.codes(&["--to", "sara", text]).is_empty());
}

#[test]
fn honorific_forms_and_greeting_names_count_as_the_name() {
    let env = LintEnv::new();
    env.ok(&["add", "Yuki Watanabe", "--company", "Mercari"]);
    env.ok(&["add", "Dr. Amelia Hart", "--company", "Moorfields"]);
    env.ok(&["add", "Nguyễn Thị Minh", "--company", "Grab"]);
    assert!(
        env.codes(&["--to", "watanabe", "Watanabe-san, how is Mercari?"])
            .is_empty()
    );
    assert!(
        env.codes(&["--to", "hart", "Dear Dr. Hart, how is Moorfields?"])
            .is_empty()
    );
    assert!(env.codes(&["--to", "minh", "Hi Minh, how is Grab?"]).is_empty());
    let r = env.run(&["lint", "--to", "minh", "Hi Nguyễn, how is Grab?"]);
    assert_eq!(
        r.stdout,
        "warning[no-name]: the text does not use Nguyễn Thị Minh's name: greet them as \"Minh\"\n"
    );
    // A stored greeting name is the one asked for.
    env.ok(&["edit", "minh", "--greet", "Em Minh"]);
    let r = env.run(&["lint", "--to", "minh", "Hi there, how is Grab?"]);
    assert!(r.stdout.contains("greet them as \"Em Minh\""), "{}", r.stdout);
}

#[test]
fn pitches_in_early_messages() {
    let env = LintEnv::with_contact(&["Brad Whitfield", "--company", "PipelineIQ"]);
    let pitch = "Hi Brad, how is PipelineIQ? Could I show you a quick demo of our platform?";
    assert_eq!(env.codes(&["--to", "brad", pitch]), ["pitch"]);
    assert_eq!(env.codes(&[pitch]), ["pitch"]);
    env.quiet_after_two_responses("brad", pitch);
}

#[test]
fn the_longer_early_ask_list() {
    let env = LintEnv::with_contact(&["Sara Lee", "--company", "Globex"]);
    for ask in [
        "Hi Sara, could you put me in touch with someone at Globex?",
        "Hi Sara, would you connect me with the Globex CTO?",
        "Hi Sara, any chance of an intro to the Globex team?",
        "Hi Sara, could you pass my name along at Globex?",
    ] {
        assert_eq!(env.codes(&["--to", "sara", ask]), ["early-ask"], "{ask}");
    }
}

#[test]
fn private_finds_the_users_own_memos() {
    let env = LintEnv::with_contact(&["Rachel Adeyemi", "--company", "Adyen"]);
    env.ok(&[
        "log",
        "rachel",
        "--both",
        "--channel",
        "call",
        "--note",
        "she's quietly interviewing at Stripe, keep it confidential",
        "--at",
        "2026-11-20",
    ]);
    let leak = "Hi Rachel, are you still quietly interviewing at Stripe, keep it quiet?";
    let r = env.run(&["lint", "--to", "rachel", leak]);
    assert!(
        r.stdout.contains(
            "warning[private]: quotes your private note on Rachel Adeyemi (\"quietly interviewing at Stripe, keep\")"
        ),
        "{}",
        r.stdout
    );
    assert!(
        env.codes(&["--to", "rachel", "Hi Rachel, how are things at Adyen?"])
            .is_empty()
    );
    // Their own words are not private: a message of theirs may be echoed.
    env.ok(&[
        "log",
        "rachel",
        "--in",
        "--note",
        "We are moving the whole team to Lisbon in May",
        "--at",
        "2026-11-25",
    ]);
    assert!(
        env.codes(&[
            "--to",
            "rachel",
            "Hi Rachel, moving the whole team to Lisbon is big news! When?"
        ])
        .is_empty()
    );
}

#[test]
fn no_draft_shows_a_private_memo_and_the_greeting_name_is_stored_and_restored() {
    let env = LintEnv::new();
    env.ok(&[
        "add",
        "Nguyễn Thị Minh",
        "--company",
        "Grab",
        "--connected-on",
        "2026-11-29",
    ]);
    env.ok(&[
        "log",
        "minh",
        "--both",
        "--channel",
        "call",
        "--note",
        "She is unhappy with the reorg and plans to leave Grab by summer",
        "--at",
        "2026-11-29T15:00:00+01:00",
    ]);
    env.ok(&[
        "log",
        "minh",
        "--in",
        "--note",
        "Could you share the deck from your Grab talk?",
        "--at",
        "2026-11-30T09:00:00+01:00",
    ]);
    let draft = env.ok(&["draft", "minh"]);
    assert!(
        draft.starts_with("Hi Minh") || draft.starts_with("Hello Minh") || draft.starts_with("Hey Minh"),
        "{draft}"
    );
    for run in ["unhappy with the reorg", "plans to leave Grab", "leave Grab by summer"] {
        assert!(!draft.contains(run), "{draft}");
    }
    // A reply may end without a question (docs/drafts.md); nothing else is found.
    let codes = env.codes(&["--to", "minh", draft.trim()]);
    assert!(codes.iter().all(|c| c == "no-call-to-action"), "{codes:?}: {draft}");
    let ics = env.ok(&["export", "ics"]);
    assert!(!ics.contains("unhappy") && !ics.contains("by summer"), "{ics}");
    // --greet is stored, shown, and carried by a backup.
    env.ok(&["edit", "minh", "--greet", "Em Minh"]);
    let shown: Value = serde_json::from_str(&env.ok(&["show", "minh", "--json"])).unwrap_or_default();
    assert_eq!(shown["greet"], "Em Minh");
    let backup = env.ok(&["export", "json"]);
    assert!(backup.contains("\"greet\":\"Em Minh\""), "{backup}");
    let other = LintEnv::new();
    let file = other.home.path("backup.json");
    std::fs::write(&file, &backup).unwrap_or_else(|e| panic!("{e}"));
    other.ok(&["import", "json", &file.display().to_string()]);
    let restored: Value = serde_json::from_str(&other.ok(&["show", "minh", "--json"])).unwrap_or_default();
    assert_eq!(restored["greet"], "Em Minh");
    assert!(other.ok(&["draft", "minh"]).contains("Em Minh"));
}

#[test]
fn a_vcard_nickname_is_the_greeting_name() {
    let env = LintEnv::new();
    let card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Thị Minh\r\nNICKNAME:Em Minh,Minnie\r\nORG:Grab\r\nEND:VCARD\r\n";
    let file = env.home.path("minh.vcf");
    std::fs::write(&file, card).unwrap_or_else(|e| panic!("{e}"));
    env.ok(&["import", "vcard", &file.display().to_string()]);
    let shown: Value = serde_json::from_str(&env.ok(&["show", "minh", "--json"])).unwrap_or_default();
    assert_eq!(shown["greet"], "Em Minh");
    // Without one, the name's own rules apply.
    env.ok(&["add", "Kim Min-jun"]);
    let shown: Value = serde_json::from_str(&env.ok(&["show", "min-jun", "--json"])).unwrap_or_default();
    assert_eq!(shown["greet"], "Min-jun");
}

/// Rachel, with a call memo of the user's about her pay, her marriage, her
/// manager and her job search.
fn rachel_with_a_private_memo() -> LintEnv {
    let env = LintEnv::with_contact(&["Rachel Adeyemi", "--company", "Adyen"]);
    env.ok(&[
        "log",
        "rachel",
        "--both",
        "--channel",
        "call",
        "--note",
        "salary 180k, Stripe offered her $250,000. going through a divorce; thinks her manager Tom is incompetent. quietly interviewing",
        "--at",
        "2026-11-20",
    ]);
    env
}

#[test]
fn private_finds_a_figure_of_the_memo_written_another_way() {
    let env = rachel_with_a_private_memo();
    for leak in [
        "Hi Rachel, would 180,000 be enough to keep you at Adyen?",
        "hey rachel!! heard Stripe put 250k on the table, are you taking it?",
        "Hi Rachel, is $250K a fair number for a staff role at Adyen these days?",
        "Rachel - 180 000€ is not bad at all for Adyen. Shall we grab a coffee?",
    ] {
        let r = env.run(&["lint", "--to", "rachel", leak]);
        assert!(
            r.stdout
                .contains("warning[private]: repeats a figure from your private note on Rachel Adeyemi"),
            "{leak}: {}",
            r.stdout
        );
    }
    // Other numbers, a year and a time are not the memo's figures.
    for fine in [
        "Hi Rachel, we are 120 people at our place now. How is Adyen?",
        "Hi Rachel, are you going to the Adyen meetup in 2026? It starts at 18:00.",
    ] {
        assert!(env.codes(&["--to", "rachel", fine]).is_empty(), "{fine}");
    }
}

#[test]
fn private_finds_a_sensitive_word_of_the_memo_in_another_form() {
    let env = rachel_with_a_private_memo();
    for (leak, memo_word, written) in [
        (
            "Hi Rachel, so sorry about the divorce. Coffee soon?",
            "divorce",
            "divorce",
        ),
        (
            "hi rachel, how did the interview go? fingers crossed for Adyen",
            "interviewing",
            "interview",
        ),
        (
            "Hi Rachel, is Tom still as incompetent as ever at Adyen?",
            "incompetent",
            "incompetent",
        ),
        // The same opinion in another word.
        (
            "Hi Rachel, is your manager still that clueless? How is Adyen otherwise?",
            "incompetent",
            "clueless",
        ),
        (
            "Rachel, how's the job hunt going? Anything beyond Adyen?",
            "interviewing",
            "job hunt",
        ),
        (
            "Hi Rachel, are they finally paying you a decent salary at Adyen?",
            "salary",
            "salary",
        ),
        (
            "Hi Rachel, did the divorced life treat you well at Adyen?",
            "divorce",
            "divorced",
        ),
    ] {
        let r = env.run(&["lint", "--to", "rachel", leak]);
        let want = format!(
            "warning[private]: names something sensitive from your private note on Rachel Adeyemi (\"{memo_word}\" there, \"{written}\" here)"
        );
        assert!(r.stdout.contains(&want), "{leak}: {}", r.stdout);
        assert_eq!(r.code, Some(1));
    }
    for fine in [
        "Hi Rachel, how are things at Adyen these days?",
        // The user's own interview, not her job search.
        "Hi Rachel, thanks again for interviewing me at Adyen! What are the next steps?",
        // Everyday words that are not the memo's subjects.
        "Hi Rachel, I'd hate to miss the Adyen meetup. Are you going?",
    ] {
        assert!(env.codes(&["--to", "rachel", fine]).is_empty(), "{fine}");
    }
    // What she told the user herself is hers to hear again.
    env.ok(&[
        "log",
        "rachel",
        "--in",
        "--note",
        "I had my final interview at Stripe today, wish me luck!",
        "--at",
        "2026-11-25",
    ]);
    assert!(
        env.codes(&["--to", "rachel", "Hi Rachel, how did the final interview at Stripe go?"])
            .is_empty()
    );
}

#[test]
fn indirect_favours_are_early_asks() {
    let env = LintEnv::with_contact(&["Sara Lee", "--company", "Globex"]);
    for ask in [
        "Hi Sara, would you mind putting me in touch with whoever leads design hiring at Globex?",
        "hey sara! any chance you know someone who works on the payments team at Globex?",
        "Hi Sara, if you could have a quick look at my portfolio before I try for Globex, that would be amazing. Let me know!",
        "Sara - is your team hiring at Globex? I'd love to hear about any open positions.",
        "Hi Sara, would you be able to connect us with the Globex design lead?",
        "Hi Sara, could I pick your brain about getting into Globex?",
        "Hi Sara, do you happen to know anybody at Globex who handles recruiting?",
    ] {
        assert_eq!(env.codes(&["--to", "sara", ask]), ["early-ask"], "{ask}");
    }
    // Questions that ask nothing of her effort.
    for fine in [
        "Hi Sara, do you know when the next Globex meetup is?",
        "Hi Sara, could you tell me how the Globex offsite went?",
        "Hi Sara, would you mind if we moved our coffee at Globex to 3pm?",
    ] {
        assert!(env.codes(&["--to", "sara", fine]).is_empty(), "{fine}");
    }
    let ask = "Hi Sara, would you mind putting me in touch with whoever leads design hiring at Globex?";
    env.quiet_after_two_responses("sara", ask);
}

#[test]
fn a_decline_is_not_a_pitch() {
    let env = LintEnv::with_contact(&["Brad Whitfield", "--company", "PipelineIQ"]);
    for decline in [
        "Hi Brad, thanks for reaching out, but no need for a demo. How is PipelineIQ going?",
        "Hi Brad, I don't need a demo right now. Let's talk about PipelineIQ in the spring?",
        "Hi Brad, not interested in your pricing at this point. How is PipelineIQ?",
        "Hi Brad, we're all set: no demo needed, thanks. Let me know how PipelineIQ goes.",
        "hi brad - i'll pass on the free trial, we already have a tool. how's PipelineIQ?",
        "Hi Brad, a demo isn't necessary for us. How is PipelineIQ doing?",
    ] {
        assert!(env.codes(&["--to", "brad", decline]).is_empty(), "{decline}");
        assert!(env.codes(&[decline]).is_empty(), "{decline}");
    }
    for pitch in [
        "Hi Brad, no pressure, but could I show PipelineIQ a quick demo of our platform?",
        "Hi Brad, don't miss our free trial at PipelineIQ! Shall we talk?",
        "Hi Brad, I don't want to bother you, but our product helps teams like PipelineIQ. Shall we talk?",
    ] {
        assert_eq!(env.codes(&["--to", "brad", pitch]), ["pitch"], "{pitch}");
    }
}

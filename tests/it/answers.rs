//! The user's yes and no beside a reply (docs/cli.md, "Your yes or no"):
//! where their message leaves something for the user to decide, `tend
//! draft` shows the reply that takes it up and, under it, the whole reply
//! that says yes and the one that says no; `tend done --answer` sends one.

use crate::support;

use support::Env;

/// Tuesday 9 March 2027, 10:00 in Berlin; Luis asked at 09:00.
fn asked(message: &str) -> Env {
    let env = Env::at("2027-03-09T10:00:00+01:00");
    env.config("[user]\nname = \"Alex Brandt\"\ntimezone = \"Europe/Berlin\"\n");
    env.run(&["add", "Luis Ortega"]);
    env.log_note("luis", "--in", "2027-03-09T09:00:00+01:00", message);
    env
}

fn answers(env: &Env) -> Vec<(String, String)> {
    let d = env.json(&["draft", "luis", "--json"]);
    d["answers"]
        .as_array()
        .unwrap_or_else(|| panic!("no answers array: {d}"))
        .iter()
        .map(|a| {
            (
                a["answer"].as_str().unwrap_or_default().to_string(),
                a["draft"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_invitation_offers_the_yes_and_the_no_beside_the_reply() {
    let env = asked("we're doing the lake route on saturday, 16 miles, u in? 🏃");
    let (draft, notes) = env.ok(&["draft", "luis"]);
    // stdout is the reply alone (scripts copy it); the choices are notes.
    assert_eq!(draft.lines().count(), 1, "{draft}");
    assert!(draft.contains("let you know") || draft.contains("get back"), "{draft}");
    let yes = notes
        .lines()
        .find(|l| l.starts_with("if yes: "))
        .unwrap_or_else(|| panic!("{notes}"));
    let no = notes
        .lines()
        .find(|l| l.starts_with("if no: "))
        .unwrap_or_else(|| panic!("{notes}"));
    assert!(
        yes.contains("Luis") && (yes.contains("count me in") || yes.contains("I'll be there")),
        "{yes}"
    );
    assert!(no.contains("Luis") && no.contains("can't make it"), "{no}");
    // The same, in JSON, in the agenda and in show.
    let a = answers(&env);
    assert_eq!(a.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["yes", "no"]);
    assert_eq!(format!("if yes: {}", a[0].1), yes);
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["answers"][1]["draft"], a[1].1.as_str(), "{agenda}");
    let show = env.run(&["show", "luis"]);
    assert!(show.contains(&format!("if no: {}", a[1].1)), "{show}");
    let agenda_text = env.run(&["agenda"]);
    assert!(agenda_text.contains(&format!("if yes: {}", a[0].1)), "{agenda_text}");
}

#[test]
fn done_with_an_answer_logs_that_reply() {
    let env = asked("could you introduce me to someone on the Snowdrift team?");
    let a = answers(&env);
    let yes = a
        .iter()
        .find(|(k, _)| k == "yes")
        .map(|(_, t)| t.clone())
        .unwrap_or_default();
    assert!(
        yes.contains("intro") || yes.contains("in touch") || yes.contains("connect"),
        "{a:?}"
    );
    assert_eq!(env.run(&["draft", "luis", "--answer", "yes"]).trim_end(), yes);
    env.run(&["done", "luis", "--answer", "yes"]);
    let timeline = support::timeline(&env.contact("Luis Ortega"));
    assert!(
        timeline.iter().any(|(_, dir, _, note)| dir == "out" && *note == yes),
        "{timeline:?}"
    );
}

#[test]
fn a_time_they_offer_is_agreed_or_declined_by_name() {
    let env = asked("Could we do a call on Thursday at 11? want to run the migration plan by you");
    let a = answers(&env);
    let (yes, no) = (&a[0].1, &a[1].1);
    assert!(yes.contains("Thursday at 11 works for me"), "{a:?}");
    assert!(no.contains("Thursday at 11") && no.contains("another time"), "{a:?}");
}

#[test]
fn in_their_language_the_yes_and_no_are_in_it_too() {
    let env = asked("el sábado hacemos la ruta del lago, 16 millas… ¿te apuntas? 🏃‍♀️");
    let a = answers(&env);
    assert_eq!(a.len(), 2, "{a:?}");
    assert!(a[0].1.starts_with("Hola Luis") && a[0].1.contains("apunto"), "{a:?}");
    assert!(a[1].1.contains("no puedo"), "{a:?}");
}

#[test]
fn a_reply_that_decides_nothing_offers_no_choice() {
    // News and thanks: nothing is the user's to decide.
    let env = asked("I GOT THE JOB!!! starting 1 may. thanks for all the advice 🙏");
    assert!(answers(&env).is_empty(), "{:?}", answers(&env));
    let (_, notes) = env.ok(&["draft", "luis"]);
    assert!(!notes.contains("if yes"), "{notes}");
    let err = env.fails(&["done", "luis", "--answer", "no"], 1);
    assert!(err.contains("no 'no' to choose") && err.contains("--note"), "{err}");
    // --answer takes yes or no, and never with --note.
    let err = env.fails(&["done", "luis", "--answer", "maybe"], 2);
    assert!(err.contains("'maybe'") && err.contains("yes or no"), "{err}");
    env.fails(&["done", "luis", "--answer", "yes", "--note", "ok"], 2);
}

#[test]
fn a_yes_or_no_question_gets_both_and_a_question_of_fact_neither() {
    let env = asked("can I put you down as the platform contact for the SOC2 auditors? it's like 2 emails total");
    let a = answers(&env);
    assert_eq!(a.len(), 2, "{a:?}");
    assert!(a.iter().all(|(_, t)| t.starts_with("H") && t.contains("Luis")), "{a:?}");
    let fact = asked("did you ever switch to nix for the build boxes?");
    assert!(answers(&fact).is_empty(), "{:?}", answers(&fact));
}

#[test]
fn closers_after_time_together_are_not_answered() {
    // fresh39's writer: goodbyes after a meeting need no reply.
    for message in [
        "so good to catch up!! let's not wait another 2 months",
        "that was fun, we should do it more often. say hi to Jule from me!",
        "ha, you too. safe travels!",
        "Dear Alex,\n\nPlease find attached the countersigned NDA for your records. Should you have any questions, do not hesitate to contact me.\n\nYours sincerely,\nDr. Matthias Eberle",
    ] {
        let env = asked(message);
        let show = env.json(&["show", "luis", "--json"]);
        assert_ne!(show["next"]["kind"], "reply", "{message}: {show}");
    }
}

#[test]
fn a_favour_beside_their_bad_news_gets_no_ready_no() {
    let env = asked(
        "so... they let 40 of us go today, me included. weirdly calm about it. if you hear of anything in data eng, I'm all ears",
    );
    let a = answers(&env);
    assert_eq!(a.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["yes"], "{a:?}");
    assert!(a[0].1.contains("sorry"), "{a:?}");
}

#[test]
fn a_plan_checked_beside_their_bad_news_still_offers_the_no() {
    // Only a favour beside bad news loses its ready "no"; a plan keeps it.
    let env = asked("mum's surgery is tomorrow at 8. trying not to think about it. coffee this weekend still on?");
    let a = answers(&env);
    assert_eq!(
        a.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        ["yes", "no"],
        "{a:?}"
    );
}

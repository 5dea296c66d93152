//! The message check on messages written as people write them (lower case,
//! typos, emoji, several things at once), labelled by hand: which must raise
//! `early-ask`, `pitch` or `private`, and which must not. Every message is
//! checked; the test fails on the first wrong one, naming it.

use tend::lint::{Code, History, Linter, Lists, Recipient};

/// Sara, who has not answered yet, with the user's memos about her.
fn sara() -> Recipient {
    let mut r = Recipient {
        id: Some(1),
        name: "Sara Lee".into(),
        memos: vec![
            "Call 20 Nov: she's on 95k, wants 120k. Burned out, her manager Jonas micromanages everything. \
             Thinking of leaving in spring; her dad is in hospital."
                .into(),
        ],
        responses: 0,
        ..Recipient::default()
    };
    r.fact("their company", Some("Globex"));
    r.fact("how you met", Some("RustConf 2025"));
    r
}

fn has(text: &str, code: Code) -> bool {
    Linter::new(Lists::builtin(), 600)
        .check(text, Some(&sara()), &History::default())
        .iter()
        .any(|f| f.code == code)
}

fn check(code: Code, raised: &[&str], not_raised: &[&str]) {
    for t in raised {
        assert!(has(t, code), "{code} should be raised: {t}");
    }
    for t in not_raised {
        assert!(!has(t, code), "{code} should not be raised: {t}");
    }
}

#[test]
fn early_asks_as_people_write_them() {
    check(
        Code::EarlyAsk,
        &[
            "hey sara! would u mind putting me in touch w/ whoever runs platform at globex? 🙏",
            "Hi Sara, any chance you know someone on the Globex data team I could talk to?",
            "Sara — if you could take a look at my CV before I apply at Globex I'd owe you one",
            "Hi Sara, I'm looking for a new role after the layoffs, is Globex hiring at all?",
            "hi sara, would you be willing to refer me for the SRE opening at globex?",
            "Hi Sara! Do you happen to know anyone who's hiring Rust folks in Berlin?",
            "Hi Sara, could I ask you a favour? I'm applying to Globex next week.",
            "Sara, I was wondering if you could introduce me to your CTO at Globex.",
            "Hi Sara, would love to pick your brain on how you got into Globex, 20 min sometime?",
            "Hi Sara, are there any open positions on your team at Globex right now?",
            "Hi Sara, mind having a quick look at my portfolio? Would mean a lot. Globex style!",
            "hi Sara, could you pass my name along to the hiring manager at Globex?",
            "Hi Sara, would it be possible to get an intro to someone in Globex recruiting?",
            "Hi Sara, sorry to bother you - any chance you could forward my resume to the Globex team?",
            "Hi Sara, I'd be super grateful if you could connect me with your design lead at Globex",
            "Sara, random q: is anyone at Globex hiring for backend? asking for me 😅",
            "Hi Sara, if anything opens up at Globex please keep me in mind!",
        ],
        &[
            "Hi Sara, how was the rest of RustConf? Still at Globex?",
            "hey sara, do you know if the RustConf talks are online yet?",
            "Hi Sara, could you tell me how the Globex migration went in the end?",
            "Hi Sara, would you mind if I shared your RustConf talk with my team?",
            "Hi Sara, happy to introduce you to our Rust folks if that helps Globex!",
            "Hi Sara, let me know if I can help with anything at Globex.",
            "Hi Sara, can you believe RustConf was a year ago already? How is Globex?",
            "Hi Sara, you know what, RustConf was the best conference this year. Globex going well?",
            "Hi Sara, could you share your slides from RustConf? Loved the Globex part.",
            "Hi Sara, congrats on the new role at Globex! How big is the team you're joining?",
            "Hi Sara, I read your post on how Globex does code review, really good. How long did the rollout take?",
            "Hi Sara, would you be up for a coffee next time I'm near Globex?",
            "Hi Sara, I know you're busy at Globex, no need to reply. Great seeing you at RustConf!",
        ],
    );
}

#[test]
fn pitches_and_declines_as_people_write_them() {
    check(
        Code::Pitch,
        &[
            "Hi Sara, quick one: our platform cuts CI time in half for teams like Globex. 15 minutes of your time this week?",
            "Hi Sara! Would love to show you a demo of what we built, Globex would love it",
            "Hi Sara, we help companies like Globex ship faster. Free trial here if you're curious?",
            "Hi Sara, no pressure at all, but happy to walk you through our pricing for Globex.",
        ],
        &[
            "Hi Sara, thanks, but no need for a demo. We're happy with what Globex uses now.",
            "hey sara, we're good for now, don't need a demo 🙂 how was RustConf?",
            "Hi Sara, not interested in the free trial right now, but let's catch up about Globex soon!",
            "Hi Sara, we'll pass on the demo for now. How's Globex treating you?",
            "Hi Sara, loved your demo at RustConf! How is Globex?",
            "Hi Sara, a demo won't be necessary, we already chose a vendor. How's Globex?",
            "Hi Sara, thanks for the offer! We don't need a free trial at the moment. How's Globex?",
            "Hi Sara, honestly the pricing isn't relevant for us right now. RustConf was fun though!",
        ],
    );
}

#[test]
fn private_facts_said_in_other_words() {
    check(
        Code::Private,
        &[
            "Hi Sara, is 120,000 what you're after at Globex? Let's talk.",
            "Hi Sara, 95K sounds low for your role at Globex, doesn't it?",
            "Hi Sara, how are you holding up? Heard you're pretty burnt out at Globex.",
            "Hi Sara, is Jonas still micromanaging you at Globex?",
            "Hi Sara, hope your dad is out of the hospital soon. Thinking of you at Globex.",
            "hey sara, still planning to quit Globex in the spring? 👀",
        ],
        &[
            "Hi Sara, how was the rest of RustConf? Still at Globex?",
            "Hi Sara, we hit 100 customers this month! How is Globex?",
            "Hi Sara, are you going to RustConf 2026? Globex should send a team.",
            "Hi Sara, I'm in Berlin on 12/03 at 18:30, coffee near Globex?",
            "Hi Sara, we are moving offices on 1.12.2026, come by Globex-style?",
            "Hi Sara, I finally read Designing Data-Intensive Applications. Does Globex use Kafka?",
            "Hi Sara, my team grew to 12 people. How is your team at Globex doing?",
            "Hi Sara, the Globex v2.3.1 release looks great, congrats! Anything I can help with?",
            "Hi Sara, I'd hate to miss your RustConf talk next year. Will Globex send you?",
            "Hi Sara, it's been a while since RustConf! How is life at Globex?",
        ],
    );
}

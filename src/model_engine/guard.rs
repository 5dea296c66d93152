//! The guardrails of a model draft: the message check a template draft
//! passes (`tend lint --to`: private, early-ask, pitch, no-name,
//! placeholder, too-long, repeated, generic, …; no 4 words in a row of a
//! memo) and the reading rules of docs/drafts.md: bad news is never
//! cheered, a pitch is never accepted, no call is proposed once a time is
//! agreed, their message is not quoted back at length, a care note asks and
//! celebrates nothing, a late reply says sorry. The first rule broken is the
//! reason the template draft is shown instead.

use crate::drafts::{DraftInput, Drafter};
use crate::lint::Code;
use crate::model::NudgeKind;
use crate::text::{Act, Reading};

/// Cheering, for replies to bad news and care notes.
const CHEER: &[&str] = &[
    "congrat",
    "great to hear",
    "great news",
    "good news",
    "exciting",
    "excited",
    "interesting news",
    "awesome",
    "amazing",
    "thrilled",
    "happy to hear",
    "glad to hear",
    "well done",
];

/// Taking up what a pitch sells.
const ACCEPT_PITCH: &[&str] = &[
    "book a demo",
    "schedule a demo",
    "see a demo",
    "love a demo",
    "see the demo",
    "sign me up",
    "free trial",
    "send me the pricing",
    "send the pricing",
    "interested in your product",
    "interested in your platform",
    "interested in your service",
    "interested in trying",
    "would love to try",
    "love to try",
    "set up a call",
    "book a call",
    "schedule a call",
];

/// A meeting word and a proposal in one sentence: a call proposed.
const MEETING: &[&str] = &[
    "call", "chat", "coffee", "lunch", "dinner", "meet", "catch up", "zoom", "video",
];
const PROPOSAL: &[&str] = &[
    "would you",
    "shall we",
    "how about",
    "are you free",
    "let us",
    "let's",
    "want to",
    "could we",
    "can we",
    "?",
];

/// A run of this many words of their message is a quote, not a topic
/// (a topic is at most 6 words, drafts.md).
const QUOTE_WORDS: usize = 7;

/// The labels of the request ([`super::prompt::situation`]): a draft that
/// holds one is the model reciting its instructions, not a message.
const PROMPT_LABELS: &[&str] = &[
    "why now:",
    "greet them as",
    "greeting:",
    "you are:",
    "tone:",
    "care:",
    "company:",
    "role:",
    "how you met:",
    "interests:",
    "event:",
    "latest messages",
    "read as",
    "how you write",
];

/// Fewer words than this say nothing (a greeting alone).
const FEWEST_WORDS: usize = 5;

/// Why a model draft may not be shown, in words that follow "the model's
/// draft …" ("named a salary from your notes"); `None` when it passes.
/// `given` is what the model was told (the request's situation): a name the
/// draft uses must come from it.
pub fn verdict(drafter: &Drafter, text: &str, input: &DraftInput, given: &str) -> Option<String> {
    let check = drafter.check_outside(text, input);
    if check.memo_run {
        return Some("took words from your private notes".to_string());
    }
    let lower = text.to_lowercase();
    if let Some(label) = said(&lower, PROMPT_LABELS) {
        return Some(format!("recited its instructions (\"{label}\")"));
    }
    if text.contains(['[', ']', '{', '}', '<', '>']) {
        return Some("left brackets in the text".to_string());
    }
    let words = text.split_whitespace().count();
    if words < FEWEST_WORDS {
        return Some(format!("said too little ({words} words)"));
    }
    if let Some(name) = invented_name(text, given) {
        return Some(format!("named something it was not told about (\"{name}\")"));
    }
    let reply = input.nudge.kind == NudgeKind::Reply;
    // A reply need not name their profile nor end in a question (as a
    // template reply: "See you then!").
    let tolerated = |c: Code| reply && matches!(c, Code::Generic | Code::NoCallToAction);
    if let Some(f) = check.findings.iter().find(|f| !tolerated(f.code)) {
        return Some(format!("failed the message check ({}: {})", f.code, f.message));
    }
    if input.nudge.care.is_some() {
        if let Some(w) = said(&lower, CHEER) {
            return Some(format!("cheered in a care note (\"{w}\")"));
        }
        if lower.contains('?') {
            return Some("asked a question in a care note".to_string());
        }
    }
    if let Some(r) = check.reading.as_ref() {
        if let Some(why) = misreads(r, &lower) {
            return Some(why);
        }
        if let Some(theirs) = replied_to(input)
            && let Some(run) = crate::lint::shared_run(&crate::lint::words::tokens(text), theirs, QUOTE_WORDS)
        {
            return Some(format!("quoted their message back (\"{}\")", crate::config::cut(&run)));
        }
    }
    if reply && check.late && !(lower.contains("sorry") || lower.contains("apolog")) {
        return Some("did not say sorry for a reply a week late".to_string());
    }
    None
}

/// A capitalised word inside a sentence (a name: of a company, a place, an
/// event) that is nowhere in what the model was told: made up.
fn invented_name(text: &str, given: &str) -> Option<String> {
    let given = given.to_lowercase();
    let mut sentence_start = true;
    for raw in text.split_whitespace() {
        let word: String = raw
            .trim_matches(|c: char| !c.is_alphanumeric())
            .split(['\'', '’'])
            .next()
            .unwrap_or_default()
            .to_string();
        let starts_upper = word.chars().next().is_some_and(char::is_uppercase);
        if starts_upper && !sentence_start && word != "I" && !given.contains(&word.to_lowercase()) {
            return Some(word);
        }
        sentence_start = raw.ends_with(['.', '!', '?', ':', '…']);
    }
    None
}

/// The reading rules a reply keeps.
fn misreads(r: &Reading, lower: &str) -> Option<String> {
    if r.has(Act::NewsBad) {
        if let Some(w) = said(lower, CHEER) {
            return Some(format!("cheered their bad news (\"{w}\")"));
        }
        if proposes_call(lower) {
            return Some("proposed a call in reply to bad news".to_string());
        }
    }
    if r.has(Act::Pitch)
        && let Some(w) = said(lower, ACCEPT_PITCH)
    {
        return Some(format!("took up their pitch (\"{w}\")"));
    }
    if r.has(Act::Confirms) && proposes_call(lower) {
        return Some("proposed a call after a time was agreed".to_string());
    }
    None
}

/// The first phrase of `list` in `lower`.
fn said<'a>(lower: &str, list: &[&'a str]) -> Option<&'a str> {
    list.iter().copied().find(|p| lower.contains(p))
}

/// Whether a sentence proposes to meet or talk.
fn proposes_call(lower: &str) -> bool {
    lower
        .split_inclusive(['.', '!', '?'])
        .any(|s| said(s, MEETING).is_some() && said(s, PROPOSAL).is_some())
}

/// Their message that a reply nudge answers.
fn replied_to<'a>(input: &'a DraftInput) -> Option<&'a str> {
    match &input.nudge.trigger {
        crate::model::Trigger::Inbound { interaction_id, .. } => input
            .interactions
            .iter()
            .find(|i| i.id == *interaction_id)
            .and_then(|i| i.note.as_deref()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(acts: &[Act]) -> Reading {
        Reading {
            acts: acts.iter().copied().collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_name_must_come_from_what_the_model_was_told() {
        let given = "Company: Globex\nHow you met: RustConf 2025";
        assert_eq!(
            invented_name("Hi Sara, how is Globex? See you at RustConf.", "Sara Globex RustConf"),
            None
        );
        assert_eq!(
            invented_name("Hi Sara, we met at the Global Exchange. Great!", given).as_deref(),
            Some("Sara")
        );
        assert_eq!(
            invented_name("Hello, we met at the Global Exchange.", given).as_deref(),
            Some("Global")
        );
        // Sentence starts and "I" are not names.
        assert_eq!(invented_name("Thanks! I hope Globex is well. Talk soon.", given), None);
    }

    #[test]
    fn bad_news_is_never_cheered_nor_answered_with_a_call() {
        let bad = reading(&[Act::NewsBad]);
        let why = misreads(&bad, "hi tom, congrats on the news!").unwrap_or_default();
        assert_eq!(why, "cheered their bad news (\"congrat\")");
        let why = misreads(&bad, "hi tom, so sorry. would you like to have a call next week?").unwrap_or_default();
        assert_eq!(why, "proposed a call in reply to bad news");
        assert_eq!(
            misreads(&bad, "hi tom, i am so sorry to hear that. thinking of you."),
            None
        );
    }

    #[test]
    fn a_pitch_is_never_taken_up_and_an_agreed_time_gets_no_new_call() {
        let pitch = reading(&[Act::Pitch]);
        assert!(misreads(&pitch, "hi ana, i would love to book a demo!").is_some());
        assert_eq!(
            misreads(&pitch, "hi ana, thanks, but no need: we are set for now."),
            None
        );
        let agreed = reading(&[Act::Confirms]);
        assert_eq!(
            misreads(
                &agreed,
                "great, see you thursday! shall we also have a quick call before?"
            )
            .as_deref(),
            Some("proposed a call after a time was agreed")
        );
        assert_eq!(misreads(&agreed, "great, see you thursday at the call!"), None);
    }
}

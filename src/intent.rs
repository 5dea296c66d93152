//! What a message does (drafts.md "Reading what they wrote"): proposes a
//! time, sells, asks a favour, asks a question, congratulates, thanks, or
//! tells news. The first that matches wins. Phrases match as whole words,
//! case-insensitively, after contractions are expanded (as `tend lint` reads
//! text); users extend the lists in `[drafts]`.
//!
//! Rule 1 reads [`is_closer`] from here too: a closer is a short message
//! with no question, request or proposal that ends the conversation.

use crate::lint::has_question;
use crate::lint::words::{Token, find_any, tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intent {
    Time,
    Pitch,
    Ask,
    Question,
    Congrats,
    Thanks,
    News,
}

impl Intent {
    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Time => "time",
            Intent::Pitch => "pitch",
            Intent::Ask => "ask",
            Intent::Question => "question",
            Intent::Congrats => "congrats",
            Intent::Thanks => "thanks",
            Intent::News => "news",
        }
    }
}

/// The user's additions to the lists (`[drafts] time`, `pitch`, ...).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extra {
    pub time: Vec<String>,
    pub pitch: Vec<String>,
    pub ask: Vec<String>,
    pub congrats: Vec<String>,
    pub thanks: Vec<String>,
}

/// Weekdays and words of time; dates and clock times are recognised by shape.
pub const TIME: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mondays",
    "tuesdays",
    "wednesdays",
    "thursdays",
    "fridays",
    "tomorrow",
    "next week",
    "this week",
    "works for me",
    "work for me",
    "works perfectly",
    "i will send an invite",
    "i will send you an invite",
    "i will send a calendar invite",
    "sent you an invite",
    "sent an invite",
    "calendar invite",
];

pub const PITCH: &[&str] = &[
    "demo",
    "our product",
    "our platform",
    "our solution",
    "our service",
    "pricing",
    "free trial",
    "book a call",
    "book a call with",
    "15 minutes of your time",
    "help companies like",
    "best on the market",
    "schedule a meeting with my team",
];

pub const ASK: &[&str] = &[
    "could you",
    "can you",
    "would you be able",
    "introduce",
    "introduction",
    "refer",
    "referral",
    "review my",
    "advice on",
    "help me",
    "put me in touch",
    "connect me with",
];

pub const CONGRATS: &[&str] = &["congratulations", "congrats", "well deserved", "well-deserved"];

pub const THANKS: &[&str] = &["thank you", "thanks", "many thanks", "thx"];

/// Phrases that close a conversation (rule 1).
pub const CLOSERS: &[&str] = &[
    "thanks",
    "thank you",
    "sounds good",
    "will do",
    "talk soon",
    "speak soon",
    "see you",
    "cheers",
    "noted",
    "got it",
    "keep you posted",
    "likewise",
    "you too",
    "no worries",
    "have a great",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The lists in force: built-in and the user's.
fn list<'a>(builtin: &'a [&'a str], extra: &'a [String]) -> impl Iterator<Item = &'a str> + 'a {
    builtin
        .iter()
        .copied()
        .chain(extra.iter().map(String::as_str).filter(|s| !s.trim().is_empty()))
}

/// A clock time ("11am", "3 pm", "15:00", "9.30am") at token `i`.
fn clock_at(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let raw = text.get(t.start..t.end).unwrap_or("");
    let w = t.word.as_str();
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if let Some(n) = w.strip_suffix("am").or_else(|| w.strip_suffix("pm"))
        && digits(n)
    {
        return true;
    }
    // "3 pm"
    if digits(w) && toks.get(i + 1).is_some_and(|n| matches!(n.word.as_str(), "am" | "pm")) {
        return true;
    }
    // "15:00": the tokenizer splits at ':', so look at the raw text after it.
    if digits(w) {
        let after = text.get(t.end..).unwrap_or("");
        let mut c = after.chars();
        if matches!(c.next(), Some(':' | '.' | 'h'))
            && c.next().is_some_and(|d| d.is_ascii_digit())
            && c.next().is_some_and(|d| d.is_ascii_digit())
        {
            return true;
        }
    }
    let _ = raw;
    false
}

/// A date: "10 March", "March 10", "the 10th", "3/10", "2026-03-10".
fn date_at(text: &str, toks: &[Token], i: usize) -> bool {
    let w = toks[i].word.as_str();
    let day = |s: &str| {
        let n = s.trim_end_matches(|c: char| c.is_alphabetic());
        !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
    };
    // "may" is also a verb: a month only next to a day number.
    if MONTHS.contains(&w) {
        let next_day = toks.get(i + 1).is_some_and(|n| day(&n.word));
        let prev_day = i > 0 && day(&toks[i - 1].word);
        return next_day || prev_day;
    }
    if w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") {
        return day(w) && w.len() > 2 && i > 0 && toks[i - 1].word == "the";
    }
    let t = &toks[i];
    let raw = text.get(t.start..).unwrap_or("");
    let shape: String = raw
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '/' | '-'))
        .collect();
    let parts: Vec<&str> = shape.split(['/', '-']).filter(|p| !p.is_empty()).collect();
    parts.len() >= 2 && parts.iter().all(|p| p.len() <= 4) && shape.contains(['/', '-'])
}

/// Where the message names a time: token positions of weekdays, dates,
/// clock times and time phrases.
fn time_marks(text: &str, toks: &[Token], extra: &[String]) -> Vec<usize> {
    let mut marks: Vec<usize> = find_any(toks, list(TIME, extra))
        .into_iter()
        .flat_map(|m| m.first..=m.last)
        .collect();
    for i in 0..toks.len() {
        if clock_at(text, toks, i) || date_at(text, toks, i) {
            marks.push(i);
            // "15:00" and "3 pm" are two tokens: mark the second too.
            let glued = text
                .get(toks[i].end..)
                .is_some_and(|a| a.starts_with([':', '.', 'h', '/', '-']));
            let ampm = toks.get(i + 1).is_some_and(|n| matches!(n.word.as_str(), "am" | "pm"));
            if (glued || ampm) && i + 1 < toks.len() {
                marks.push(i + 1);
            }
        }
    }
    marks.sort_unstable();
    marks.dedup();
    marks
}

/// What the message does: the first intent of the table that matches, with
/// one exception: a pitch that names a time ("a demo on Thursday?") is a
/// pitch, or the draft would accept the demo.
pub fn classify(text: &str, extra: &Extra) -> Intent {
    let toks = tokens(text);
    let any = |builtin: &[&str], more: &[String]| !find_any(&toks, list(builtin, more)).is_empty();
    if any(PITCH, &extra.pitch) {
        return Intent::Pitch;
    }
    if !time_marks(text, &toks, &extra.time).is_empty() {
        Intent::Time
    } else if any(ASK, &extra.ask) {
        Intent::Ask
    } else if has_question(text) {
        Intent::Question
    } else if any(CONGRATS, &extra.congrats) {
        Intent::Congrats
    } else if any(THANKS, &extra.thanks) {
        Intent::Thanks
    } else {
        Intent::News
    }
}

/// A message that closes the conversation (rule 1): at most 200
/// characters, no question mark, no request or proposal, and a closing phrase.
pub fn is_closer(text: &str) -> bool {
    if text.chars().count() > 200 || has_question(text) {
        return false;
    }
    let toks = tokens(text);
    let none = |l: &[&str]| find_any(&toks, l.iter().copied()).is_empty();
    none(PITCH) && none(ASK) && time_marks(text, &toks, &[]).is_empty() && !none(CLOSERS)
}

/// The time they proposed or confirmed, in their words, from the first
/// mark to the last within one sentence (at most 6 words), with "my time"
/// read as "your time": "next Wednesday at 11am ET". `None` when the message
/// names no time, only a phrase such as "works for me".
pub fn proposed_time(text: &str, extra: &Extra) -> Option<String> {
    let toks = tokens(text);
    let marks: Vec<usize> = time_marks(text, &toks, &extra.time)
        .into_iter()
        .filter(|&i| {
            let w = toks[i].word.as_str();
            !matches!(
                w,
                "works"
                    | "work"
                    | "for"
                    | "me"
                    | "i"
                    | "will"
                    | "send"
                    | "an"
                    | "invite"
                    | "perfectly"
                    | "sent"
                    | "you"
                    | "calendar"
                    | "a"
            )
        })
        .collect();
    let first = *marks.first()?;
    let sentence_end = (first + 1..toks.len())
        .find(|&k| toks[k].sentence_start)
        .unwrap_or(toks.len());
    let mut last = marks
        .iter()
        .copied()
        .filter(|&m| m < sentence_end)
        .max()
        .unwrap_or(first);
    // Their words, at most 6 of them.
    last = last.min(first + 5);
    // Carry a zone or "my time" after the last mark: "11am ET", "15:00 my time".
    let zone = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let raw = text.get(t.start..t.end).unwrap_or("");
            (raw.len() <= 4 && raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase())) || t.word == "utc"
        })
    };
    if last + 1 < sentence_end && zone(last + 1) {
        last += 1;
    } else if last + 2 < sentence_end && toks[last + 1].word == "my" && toks[last + 2].word == "time" {
        last += 2;
    }
    // Start at "next" or "this" before a weekday: "next Wednesday".
    let mut start = first;
    if start > 0 && matches!(toks[start - 1].word.as_str(), "next" | "this" | "on") && !toks[start].sentence_start {
        start -= 1;
        if toks[start].word == "on" {
            start += 1;
        }
    }
    let span = text.get(toks[start].start..toks[last].end)?;
    let span = span.replace("my time", "your time").replace("My time", "your time");
    let span = span
        .trim_end_matches([',', '.', ';', ':', '!', '?', '-', '—'])
        .trim()
        .to_string();
    (!span.is_empty()).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn intent(text: &str) -> &'static str {
        classify(text, &Extra::default()).as_str()
    }

    #[test]
    fn the_table_in_order() {
        assert_eq!(intent("Next Wednesday at 11am ET?"), "time");
        assert_eq!(intent("Open to a 15 minute demo on Thursday?"), "pitch");
        assert_eq!(
            intent("Tuesday 10 March at 15:00 my time works perfectly. I'll send an invite!"),
            "time"
        );
        assert_eq!(intent("Works for me, see you then"), "time");
        assert_eq!(
            intent("Would love to show you a quick demo of our platform. Worth a chat?"),
            "pitch"
        );
        assert_eq!(
            intent("Could you introduce me to someone on the Stripe infra team?"),
            "ask"
        );
        assert_eq!(intent("How did you migrate your CI to Bazel?"), "question");
        assert_eq!(intent("Congrats on the launch, well deserved!"), "congrats");
        assert_eq!(intent("Thanks so much for the intro to Priya."), "thanks");
        assert_eq!(intent("We just closed our seed round."), "news");
        // "may" is a month only next to a day number.
        assert_eq!(intent("We may open a Berlin office."), "news");
        assert_eq!(intent("The offsite is on 12 May."), "time");
    }

    #[test]
    fn users_extend_the_lists() {
        let extra = Extra {
            pitch: vec!["case study".into()],
            ..Extra::default()
        };
        assert_eq!(classify("Sharing a case study you might like.", &extra), Intent::Pitch);
    }

    #[test]
    fn closers() {
        assert!(is_closer("Thanks, talk soon!"));
        assert!(is_closer("Sounds good. Cheers"));
        assert!(!is_closer("Thanks! Could you send the deck?"));
        assert!(!is_closer("Thanks, does Tuesday work?"));
        assert!(!is_closer("Thanks, Tuesday at 3pm then"));
        assert!(!is_closer("We just closed our seed round."));
    }

    #[test]
    fn the_time_in_their_words() {
        let t = |s: &str| proposed_time(s, &Extra::default());
        assert_eq!(
            t("How about next Wednesday at 11am ET? I'm around all day.").as_deref(),
            Some("next Wednesday at 11am ET")
        );
        assert_eq!(
            t("Tuesday 10 March at 15:00 my time works perfectly. I'll send an invite!").as_deref(),
            Some("Tuesday 10 March at 15:00 your time")
        );
        assert_eq!(t("Works for me!"), None);
        assert_eq!(t("Free tomorrow after lunch?").as_deref(), Some("tomorrow"));
    }
}

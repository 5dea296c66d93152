//! Reading what they wrote: the intent of an inbound message (drafts.md,
//! "Reading what they wrote") and whether it closes the conversation
//! (rules.md, rule 1). Whole words, case-insensitive, contractions expanded,
//! as the message check reads text.

use crate::lint::has_question;
use crate::lint::words::{Token, find_any, find_phrase, tokens};

/// What an inbound message does, in the order the signs are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Intent {
    /// They propose or confirm a time.
    Time,
    /// They sell something.
    Pitch,
    /// They ask a favour.
    Ask,
    /// They ask a question.
    Question,
    /// They congratulate the user.
    Congrats,
    /// They thank the user (and the message is not a closer).
    Thanks,
    /// Anything else.
    News,
}

impl Intent {
    pub const ALL: [Intent; 7] = [
        Intent::Time,
        Intent::Pitch,
        Intent::Ask,
        Intent::Question,
        Intent::Congrats,
        Intent::Thanks,
        Intent::News,
    ];

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

pub const TIME_PHRASES: &[&str] = &[
    "tomorrow",
    "next week",
    "works for me",
    "work for me",
    "works perfectly",
    "i will send an invite",
    "i will send you an invite",
    "send an invite",
    "calendar invite",
    "today at",
    "tonight",
    "this afternoon",
    // Not "this morning" or "this week": "saw it this morning" looks back.
    "sent you an invite",
    "sent an invite",
];

pub const PITCH_PHRASES: &[&str] = &[
    "demo",
    "our product",
    "our platform",
    "our solution",
    "pricing",
    "free trial",
    "book a call",
    "15 minutes of your time",
    "help companies like",
    "our service",
    "best on the market",
    "schedule a meeting with my team",
];

pub const ASK_PHRASES: &[&str] = &[
    "could you",
    "can you",
    "would you be able",
    "introduce",
    "refer",
    "review my",
    "advice on",
    "help me",
    "introduction",
    "referral",
    "put me in touch",
    "connect me with",
];

pub const CONGRATS_PHRASES: &[&str] = &["congratulations", "congrats", "well deserved", "well-deserved"];

pub const THANKS_PHRASES: &[&str] = &["thank you", "thanks", "many thanks", "thx"];

/// Phrases that close a conversation (rule 1). "will do" also covers
/// "I'll do that"; "send it over" and "get back to you" promise the next
/// step on their side, so nothing is owed to them.
pub const CLOSER_PHRASES: &[&str] = &[
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
    "send it over",
    "get back to you",
];

/// A closer is at most this many characters long.
pub const CLOSER_MAX_CHARS: usize = 200;

/// Phrases users add in `[drafts]`, per intent.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct ExtraPhrases {
    pub time: Vec<String>,
    pub pitch: Vec<String>,
    pub ask: Vec<String>,
    pub congrats: Vec<String>,
    pub thanks: Vec<String>,
    pub closers: Vec<String>,
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
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

/// A built-in phrase list as words, read once per process: every summary
/// write asks whether a message closes the conversation, and reading the
/// lists' phrases again each time was a tenth of an import.
struct Phrases {
    list: &'static [&'static str],
    words: std::sync::OnceLock<Vec<Vec<String>>>,
}

impl Phrases {
    const fn of(list: &'static [&'static str]) -> Phrases {
        Phrases {
            list,
            words: std::sync::OnceLock::new(),
        }
    }

    fn words(&self) -> &[Vec<String>] {
        self.words
            .get_or_init(|| self.list.iter().map(|p| crate::lint::words::phrase_words(p)).collect())
    }
}

static TIME: Phrases = Phrases::of(TIME_PHRASES);
static PITCH: Phrases = Phrases::of(PITCH_PHRASES);
static ASK: Phrases = Phrases::of(ASK_PHRASES);
static CONGRATS: Phrases = Phrases::of(CONGRATS_PHRASES);
static THANKS: Phrases = Phrases::of(THANKS_PHRASES);
static CLOSERS: Phrases = Phrases::of(CLOSER_PHRASES);

/// Whether `toks` hold one of the phrases, as whole words.
fn any_phrase(toks: &[Token], builtin: &Phrases, extra: &[String]) -> bool {
    let holds = |words: &[String]| !find_phrase(toks, words).is_empty();
    builtin.words().iter().any(|w| holds(w)) || extra.iter().any(|p| holds(&crate::lint::words::phrase_words(p)))
}

/// Whether the text names a weekday, a date or a clock time.
fn names_a_time(text: &str, toks: &[Token]) -> bool {
    let is_day_number = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    };
    let weekday = toks.iter().any(|t| WEEKDAYS.contains(&t.word.as_str()));
    // "10 March", "March 10th", "10th of March"; "may" alone is a verb.
    let date = toks.iter().enumerate().any(|(i, t)| {
        MONTHS.contains(&t.word.as_str())
            && (i.checked_sub(1).is_some_and(|p| is_day_number(&toks[p].word))
                || i.checked_sub(2)
                    .is_some_and(|p| toks[p + 1].word == "of" && is_day_number(&toks[p].word))
                || toks.get(i + 1).is_some_and(|n| is_day_number(&n.word)))
    });
    weekday || date || has_clock_time(text) || has_numeric_date(text)
}

/// `11am`, `3 pm`, `15:00`, `9.30am`, `14h30`.
fn has_clock_time(text: &str) -> bool {
    let lower = text.to_lowercase();
    let b = lower.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b':')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let hour_digits = i - start;
        if hour_digits > 2 {
            continue;
        }
        // Minutes after ':', '.' or 'h'.
        let mut j = i;
        let mut minutes = false;
        if j < b.len()
            && matches!(b[j], b':' | b'.' | b'h')
            && b.get(j + 1).is_some_and(u8::is_ascii_digit)
            && b.get(j + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(j + 3).is_some_and(u8::is_ascii_digit)
        {
            minutes = true;
            j += 3;
        }
        let mut k = j;
        while k < b.len() && b[k] == b' ' {
            k += 1;
        }
        let meridiem = (lower[k..].starts_with("am") || lower[k..].starts_with("pm"))
            && !b.get(k + 2).is_some_and(u8::is_ascii_alphanumeric);
        if meridiem || (minutes && b[j - 3] != b'.') {
            return true;
        }
        i = j.max(start + 1);
    }
    false
}

/// `2026-03-10` or `10/03` / `3/10/2026`.
fn has_numeric_date(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';'))
        .map(|w| w.trim_end_matches(['.', '!', '?']))
        .any(|w| {
            let parts: Vec<&str> = w.split(['-', '/']).collect();
            let numeric = parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()));
            numeric && (parts.len() == 3 || (parts.len() == 2 && w.contains('/') && parts.iter().all(|p| p.len() <= 2)))
        })
}

/// The intent of an inbound message: the first whose signs match, with one
/// exception: a pitch that names a time ("open to a demo on Thursday?") is a
/// pitch, or the draft would accept the demo.
pub fn classify(text: &str, extra: &ExtraPhrases) -> Intent {
    let toks = tokens(text);
    if any_phrase(&toks, &PITCH, &extra.pitch) {
        Intent::Pitch
    } else if names_a_time(text, &toks) || any_phrase(&toks, &TIME, &extra.time) {
        Intent::Time
    } else if any_phrase(&toks, &ASK, &extra.ask) {
        Intent::Ask
    } else if has_question(text) {
        Intent::Question
    } else if any_phrase(&toks, &CONGRATS, &extra.congrats) {
        Intent::Congrats
    } else if any_phrase(&toks, &THANKS, &extra.thanks) {
        Intent::Thanks
    } else {
        Intent::News
    }
}

/// Whether a message closes the conversation (rule 1): short, no question,
/// no request or proposal (time, pitch or ask signs), and a closing phrase.
pub fn is_closer(text: &str, extra: &ExtraPhrases) -> bool {
    if text.chars().count() > CLOSER_MAX_CHARS || has_question(text) {
        return false;
    }
    let toks = tokens(text);
    let proposes = names_a_time(text, &toks)
        || any_phrase(&toks, &TIME, &extra.time)
        || any_phrase(&toks, &PITCH, &extra.pitch)
        || any_phrase(&toks, &ASK, &extra.ask);
    !proposes && any_phrase(&toks, &CLOSERS, &extra.closers)
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
    let mut marks: Vec<usize> = find_any(
        toks,
        TIME_PHRASES.iter().copied().chain(extra.iter().map(String::as_str)),
    )
    .into_iter()
    .flat_map(|m| m.first..=m.last)
    .collect();
    marks.extend((0..toks.len()).filter(|&i| WEEKDAYS.contains(&toks[i].word.as_str())));
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

/// The time they proposed or confirmed, in their words, from the first
/// mark to the last within one sentence (at most 6 words), with "my time"
/// read as "your time": "next Wednesday at 11am ET". `None` when the message
/// names no time, only a phrase such as "works for me".
pub fn proposed_time(text: &str, extra: &ExtraPhrases) -> Option<String> {
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
    // A weekday, date or clock time says more than "next week": start there.
    let specific: Vec<usize> = marks
        .iter()
        .copied()
        .filter(|&i| {
            let clock = clock_at(text, &toks, i) || (i > 0 && clock_at(text, &toks, i - 1));
            let day =
                WEEKDAYS.contains(&toks[i].word.as_str()) || matches!(toks[i].word.as_str(), "tomorrow" | "tonight");
            day || clock || date_at(text, &toks, i)
        })
        .collect();
    let marks = if specific.is_empty() { marks } else { specific };
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
    // Their words, at most 6 of them; of alternatives ("Monday or
    // Tuesday"), the first.
    last = last.min(first + 5);
    if let Some(or) = (first..=last).find(|&k| toks[k].word == "or") {
        last = or.saturating_sub(1).max(first);
    }
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
    use proptest::prelude::*;

    proptest! {
        /// The lists read once find a phrase exactly where reading them again
        /// for every message does (texts made of the lists' own words).
        #[test]
        fn phrases_read_once_are_found_alike(picks in proptest::collection::vec((0usize..6, 0usize..40, any::<bool>()), 0..12)) {
            let lists = [&TIME, &PITCH, &ASK, &CONGRATS, &THANKS, &CLOSERS];
            let text: Vec<&str> = picks
                .iter()
                .map(|(l, i, whole)| {
                    let list = lists[*l].list;
                    let phrase = list[i % list.len()];
                    if *whole { phrase } else { phrase.split(' ').next().unwrap_or(phrase) }
                })
                .collect();
            let toks = tokens(&text.join(" "));
            for list in lists {
                prop_assert_eq!(any_phrase(&toks, list, &[]), !find_any(&toks, list.list.iter().copied()).is_empty());
            }
        }
    }

    fn intent(text: &str) -> Intent {
        classify(text, &ExtraPhrases::default())
    }

    fn closer(text: &str) -> bool {
        is_closer(text, &ExtraPhrases::default())
    }

    #[test]
    fn times_proposed_or_confirmed() {
        for t in [
            "Tuesday 10 March at 15:00 my time works perfectly. I'll send an invite!",
            "How about next Wednesday at 11am ET?",
            "Free tomorrow after lunch if that suits.",
            "Could we do 3 pm?",
            "I'm around on the 12th of May.",
            "Let's say 2026-03-10.",
            "Thu works for me",
        ] {
            assert_eq!(intent(t), Intent::Time, "{t}");
        }
    }

    #[test]
    fn a_pitch_a_favour_a_question() {
        assert_eq!(
            intent("We help companies like yours cut cloud costs. Open to a quick demo?"),
            Intent::Pitch
        );
        assert_eq!(
            intent("Could you introduce me to someone on your platform team?"),
            Intent::Ask
        );
        assert_eq!(intent("How did you migrate your build to Bazel?"), Intent::Question);
        assert_eq!(intent("Congrats on the new role, well deserved!"), Intent::Congrats);
        assert_eq!(
            intent("Thank you for the intro to Priya, it went really well."),
            Intent::Thanks
        );
        assert_eq!(
            intent("We just shipped the new design system to production."),
            Intent::News
        );
    }

    #[test]
    fn numbers_that_are_not_times() {
        // A version, a count, a price: no time.
        assert_eq!(intent("We moved 3 teams to Rust 1.85 this quarter."), Intent::News);
        assert_eq!(intent("Raised 2.5 million in the seed round."), Intent::News);
        assert!(!has_clock_time("version 1.85"));
        assert!(has_clock_time("at 9.30am"));
        assert!(has_clock_time("14h30 works"));
        assert!(!has_clock_time("I am 30 today"));
        assert!(has_clock_time("at 5 am sharp"));
    }

    #[test]
    fn closers_owe_nothing() {
        for t in [
            "Thanks so much, talk soon!",
            "I'll send it over",
            "Sounds good, cheers",
            "Got it, will do.",
            "Likewise! Have a great weekend.",
        ] {
            assert!(closer(t), "{t}");
        }
    }

    #[test]
    fn a_thanks_with_a_request_is_not_a_closer() {
        for t in [
            "Thanks! Could you send the deck?",
            "Thanks, can you send the deck over",
            "Thanks, see you Tuesday at 10am",
            "Great to meet you at RustConf. I'd love to hear how you migrated your build.",
        ] {
            assert!(!closer(t), "{t}");
        }
        let long = format!("Thanks! {}", "We had a great quarter. ".repeat(10));
        assert!(!closer(&long));
    }

    #[test]
    fn users_extend_the_lists() {
        let extra = ExtraPhrases {
            closers: vec!["merci".into()],
            pitch: vec!["webinar".into()],
            ..ExtraPhrases::default()
        };
        assert!(is_closer("Merci beaucoup", &extra));
        assert!(!closer("Merci beaucoup"));
        // A pitch that names a time is still a pitch.
        assert_eq!(classify("Join our webinar on Friday", &extra), Intent::Pitch);
        assert_eq!(intent("Open to a 15 minute demo on Thursday?"), Intent::Pitch);
        assert_eq!(classify("Join our webinar", &extra), Intent::Pitch);
    }

    proptest! {
        #[test]
        fn any_text_reads_without_panic(text in "\\PC{0,300}") {
            let i = classify(&text, &ExtraPhrases::default());
            let c = is_closer(&text, &ExtraPhrases::default());
            // A closer never asks or proposes anything.
            prop_assert!(!c || matches!(i, Intent::Congrats | Intent::Thanks | Intent::News));
        }
    }

    #[test]
    fn the_time_in_their_words() {
        let t = |s: &str| proposed_time(s, &ExtraPhrases::default());
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
        assert_eq!(
            t("Free next week for a call? Monday or Tuesday afternoon suits me.").as_deref(),
            Some("Monday")
        );
    }
}

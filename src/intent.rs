//! The reading of tend 0.1 (superseded by `crate::text`): kept for schema
//! 7's migration, which marked closers with it, and for the `intent` variable
//! of older templates. Reading what they wrote: the intent of an inbound message (drafts.md,
//! "Reading what they wrote") and whether it closes the conversation
//! (rules.md, rule 1). Whole words, case-insensitive, contractions expanded,
//! as the message check reads text.

use crate::config::ExtraPhrases;
use crate::lint::has_question;
use crate::lint::words::{Token, find_phrase, tokens};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::words::find_any;
    use proptest::prelude::*;

    proptest! {
        /// The lists read once find a phrase exactly where reading them again
        /// for every message does (texts made of the lists' own words).
        #[test]
        fn phrases_read_once_are_found_alike(picks in proptest::collection::vec((0usize..4, 0usize..40, any::<bool>()), 0..12)) {
            let lists = [&TIME, &PITCH, &ASK, &CLOSERS];
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

        #[test]
        fn any_text_reads_without_panic(text in "\\PC{0,300}") {
            let _ = is_closer(&text, &ExtraPhrases::default());
        }
    }

    fn closer(text: &str) -> bool {
        is_closer(text, &ExtraPhrases::default())
    }

    #[test]
    fn numbers_that_are_not_times() {
        // A version, a count, a price: no time.
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
            ..ExtraPhrases::default()
        };
        assert!(is_closer("Merci beaucoup", &extra));
        assert!(!closer("Merci beaucoup"));
    }
}

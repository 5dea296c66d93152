//! Their words as a topic, not a quote (drafts.md "Whose words a draft may
//! use"): at most 6 consecutive words of what they wrote, never pasted back
//! and never a fragment cut mid-sentence. A topic is a name ("Bazel",
//! "RustConf Berlin") or a short noun phrase after "about", "on", "your",
//! "my" or "our" ("your design-system migration"), with "my" and "our" read
//! from their side ("my talk" → "your talk").

/// The most words a topic takes from their text.
pub const MAX_WORDS: usize = 6;

/// Words that never open or make a topic.
const STOP: &[&str] = &[
    // Where things are said is never what they are about ("share the panel
    // on LinkedIn" gave "Any news on the LinkedIn?", trial 17).
    "linkedin",
    "twitter",
    "slack",
    "zoom",
    "whatsapp",
    "telegram",
    "instagram",
    "facebook",
    "bluesky",
    "mastodon",
    "youtube",
    "email",
    "e-mail",
    "inbox",
    "i",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "so",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "about",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "it",
    "this",
    "that",
    "these",
    "those",
    "you",
    "we",
    "they",
    "he",
    "she",
    "me",
    "us",
    "them",
    "my",
    "your",
    "our",
    "their",
    "his",
    "her",
    "its",
    "would",
    "will",
    "can",
    "could",
    "should",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "not",
    "no",
    "yes",
    "if",
    "then",
    "than",
    "just",
    "also",
    "very",
    "really",
    "some",
    "any",
    "all",
    "more",
    "much",
    "how",
    "what",
    "when",
    "where",
    "why",
    "who",
    "which",
    "there",
    "here",
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "thank",
    "cheers",
    "best",
    "regards",
    "great",
    "good",
    "nice",
    "love",
    "like",
    "hope",
    "well",
    "am",
    "by",
    "from",
    "up",
    "out",
    "into",
    "over",
    "as",
    "let",
    "know",
    "get",
    "got",
    "make",
    "made",
    "time",
    "today",
    "tomorrow",
    "week",
    "month",
    "year",
    "quick",
    "chat",
    "call",
    "meeting",
    "coffee",
    "soon",
    "next",
    "last",
    "first",
    "new",
    "one",
    "two",
    "lot",
    "bit",
    "folks",
    "everyone",
    "anyone",
    "someone",
    "something",
    "anything",
    "everything",
    "thing",
    "things",
    "way",
    "ways",
    "see",
    "saw",
    "hear",
    "heard",
    "said",
    "say",
    "talk",
    "talked",
    "meet",
    "met",
    "working",
    "work",
    "doing",
    "going",
    "done",
    "want",
    "wanted",
    "need",
    "needed",
    "happy",
    "glad",
    "excited",
    "sure",
    "maybe",
    "still",
    "again",
    "already",
    "ago",
    "now",
    "yet",
    "too",
    "either",
    "share",
    "sharing",
    "thought",
    "thoughts",
    "think",
    "keen",
    "wondering",
    "curious",
    "interested",
    "looking",
    "forward",
    "reach",
    "reaching",
    "touch",
    "connect",
    "connecting",
    "message",
    "note",
    "email",
    "post",
    "congrats",
    "congratulations",
    "wow",
    "awesome",
    "amazing",
    "cool",
    "exciting",
    "finally",
    "officially",
    "please",
    "ok",
    "okay",
    "re",
    "regarding",
    "fyi",
    "btw",
    "lol",
    "haha",
    "might",
    "may",
    "must",
    "shall",
    "being",
    "having",
    "without",
    "i'm",
    "we're",
    "it's",
    "i'd",
    "i've",
    "you're",
    "that's",
    "let's",
    "don't",
    "both",
    "many",
    "before",
    "after",
    "since",
    "until",
    "during",
    "because",
    "via",
    "per",
    "against",
    "between",
    "across",
    "towards",
    "under",
    "within",
    "around",
    "led",
    "company",
    "advice",
    "help",
    "feedback",
    "input",
    "profile",
    "job",
    "role",
];

/// Words that open a sentence with a capital without being a name.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "linkedin",
    "ps",
];

/// One word of their text, split at spaces (so "on-call" and "design-system"
/// stay whole), without the punctuation around it.
struct Word<'a> {
    text: &'a str,
    lower: String,
    /// The first word of a sentence.
    starts: bool,
    /// Punctuation after it ends a phrase (",", ".", "?", ...).
    ends: bool,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut starts = true;
    for raw in text.split_whitespace() {
        let t = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
        let t = t.trim_end_matches(['\'', '’']);
        let after = &raw[raw.find(t).map_or(raw.len(), |i| i + t.len())..];
        if !t.is_empty() {
            out.push(Word {
                text: t,
                lower: t.to_lowercase().replace('’', "'"),
                starts,
                ends: !after.is_empty(),
            });
        }
        starts = after.contains(['.', '!', '?', ':']) || (t.is_empty() && starts);
    }
    out
}

fn is_content(w: &Word) -> bool {
    w.text.chars().any(char::is_alphabetic)
        && !STOP.contains(&w.lower.as_str())
        && !w.lower.contains('\'')
        && !is_time(&w.lower)
}

/// Words of dates and times, in English: never a topic ("the Thursday",
/// "the March 12th", "EOD").
const TIME_WORDS: &[&str] = &[
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
    "sat",
    "weekend",
    "weekday",
    "weekdays",
    "weekends",
    "january",
    "february",
    "march",
    "april",
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
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "noon",
    "midday",
    "midnight",
    "yesterday",
    "eod",
    "eow",
    "asap",
    "days",
    "weeks",
    "months",
    "years",
    "hour",
    "hours",
    "minutes",
    "mins",
    "quarter",
    "am",
    "pm",
    "o'clock",
    "mornings",
    "afternoons",
    "evenings",
];

/// A date or time word: a weekday, a month, a part of the day, an ordinal
/// ("12th"), a clock time ("3pm", "15:00") or a quarter ("Q3").
fn is_time(lower: &str) -> bool {
    if TIME_WORDS.contains(&lower) {
        return true;
    }
    let digits = lower.chars().take_while(char::is_ascii_digit).count();
    let rest = &lower[digits..];
    let ordinal_or_clock = digits > 0
        && (rest.is_empty()
            || matches!(rest, "st" | "nd" | "rd" | "th" | "am" | "pm" | "h")
            || rest.starts_with(':')
            || rest.starts_with('.'));
    let quarter = lower.len() == 2
        && (lower.starts_with('q') || lower.starts_with('h'))
        && digits == 0
        && lower[1..].chars().all(|c| c.is_ascii_digit());
    ordinal_or_clock || quarter
}

fn capitalized(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(raw: &str) -> bool {
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// A run of capitalised words inside a sentence (a product, a place, a
/// conference), with one lowercase noun after it ("the Amsterdam Rust
/// meetup"); not a name of the people in the conversation. The last such
/// run: a message ends on what it is about.
fn proper_noun(ws: &[Word], skip: &[String]) -> Option<String> {
    let name_like = |w: &Word| {
        let inner_capital = w.text.chars().skip(1).any(char::is_uppercase) && w.text.chars().any(char::is_lowercase);
        ((capitalized(w) && !w.starts) || inner_capital || is_acronym(w.text))
            && is_content(w)
            && !NOT_NAMES.contains(&w.lower.as_str())
            && !skip.contains(&w.lower)
    };
    let mut best: Option<(usize, usize, bool)> = None;
    let mut i = 0;
    while i < ws.len() {
        if !name_like(&ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < ws.len() && j + 1 - i < 3 && !ws[j].ends && name_like(&ws[j + 1]) {
            j += 1;
        }
        // "Rust meetup", "retrieval paper": one common noun after the name.
        let noun =
            j + 1 < ws.len() && !ws[j].ends && is_content(&ws[j + 1]) && !capitalized(&ws[j + 1]) && ws[j + 1].ends;
        if noun {
            j += 1;
        }
        // A name alone may be a city, a company or a person ("Where do
        // things stand with London?", trial 12): only a name with the thing
        // it names ("the Rust meetup") is a topic.
        if noun {
            best = Some((i, j, noun));
        }
        i = j + 1;
    }
    let (a, b, noun) = best?;
    let phrase = ws[a..=b].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    Some(if noun { format!("the {phrase}") } else { phrase })
}

/// A short noun phrase after "my", "our" or "your" (read from their side:
/// "our migration" → "your migration"), or after "about"/"on": 1 to 4
/// content words in a row.
fn noun_phrase(ws: &[Word], owned_only: bool) -> Option<String> {
    for (i, w) in ws.iter().enumerate() {
        if w.ends {
            continue;
        }
        let owner = match w.lower.as_str() {
            "my" | "our" => Some("your"),
            "your" => Some("my"),
            // What they made or did: "we shipped the new billing system".
            "about" | "on" | "regarding" | "shipped" | "launched" | "released" | "finished" | "completed"
            | "published" | "opened" | "raised"
                if !owned_only =>
            {
                None
            }
            _ => continue,
        };
        let mut start = i + 1;
        let mut own = owner;
        if owner.is_none()
            && let Some(n) = ws.get(start)
            && !n.ends
        {
            match n.lower.as_str() {
                "my" | "our" => (own, start) = (Some("your"), start + 1),
                "your" => (own, start) = (Some("my"), start + 1),
                "the" => start += 1,
                _ => {}
            }
        }
        // "the new billing system": "new" opens a phrase, though alone it says nothing.
        let opens_new =
            ws.get(start).is_some_and(|w| w.lower == "new" && !w.ends) && ws.get(start + 1).is_some_and(is_content);
        let mut end = start + usize::from(opens_new);
        while end < ws.len() && end - start < 4 && is_content(&ws[end]) {
            end += 1;
            if ws[end - 1].ends {
                break;
            }
        }
        if end == start || (end - start == 1 && ws[start].text.chars().count() < 5) {
            continue;
        }
        let phrase = ws[start..end].iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        return Some(match own {
            Some(o) => format!("{o} {phrase}"),
            None => format!("the {phrase}"),
        });
    }
    None
}

/// The topic of what they wrote, or `None` when nothing short names it.
/// `skip`: names of the people in the conversation and of the user's own
/// company (lower-case words); no topic holds one.
/// What they own ("our seed round") says most; then a name ("Bazel"); then
/// what follows "about" or "on".
pub fn topic(text: &str, skip: &[String]) -> Option<String> {
    // Words cut from a language tend cannot read make no topic
    // ("Interesting news about Stelle", "Any news on Weihnachten?").
    if crate::text::reader::not_english(text) {
        return None;
    }
    let text = crate::text::reader::without_wishes(text);
    let ws = words(&text);
    let free = |p: &String| !p.split_whitespace().any(|w| skip.contains(&w.to_lowercase()));
    let found = noun_phrase(&ws, true)
        .filter(|p| p.split_whitespace().count() >= 2 && free(p))
        .or_else(|| proper_noun(&ws, skip))
        .or_else(|| noun_phrase(&ws, false).filter(free))?;
    let n = found.split_whitespace().count();
    // A person is spoken of as a person, and "my flight arrives" is no thing.
    if about_a_person(&found) || ends_in_a_verb(&found) {
        return None;
    }
    // A topic names something: a word of 4+ letters or an acronym.
    (n <= MAX_WORDS && !crate::lint::specific_words(&found).is_empty()).then_some(found)
}

/// "your husband", "the advisor": a person, not a thing to be filled in on
/// or asked about.
pub fn about_a_person(topic: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "husband",
        "wife",
        "partner",
        "boyfriend",
        "girlfriend",
        "son",
        "daughter",
        "kid",
        "kids",
        "children",
        "mum",
        "mom",
        "dad",
        "mother",
        "father",
        "sister",
        "brother",
        "family",
        "parents",
        "manager",
        "boss",
        "lead",
        "cousin",
        "friend",
        "colleague",
        "colleagues",
        "advisor",
        "adviser",
        "mentor",
        "cofounder",
        "co-founder",
        "founder",
        "recruiter",
        "investor",
        "investors",
        "ceo",
        "cto",
    ];
    topic.split_whitespace().any(|w| {
        PEOPLE.contains(
            &w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
                .as_str(),
        )
    })
}

/// A phrase cut before its verb ("your flight arrives"): no thing to name.
fn ends_in_a_verb(topic: &str) -> bool {
    const VERBS: &[&str] = &[
        "arrives", "arrived", "starts", "started", "goes", "went", "is", "was", "are", "were", "works", "worked",
        "leaves", "left", "lands", "landed", "begins", "began", "ends", "ended", "runs", "ran", "happens", "happened",
        "comes", "came", "gets", "got", "looks", "seems",
    ];
    // Nouns that end like a past tense ("your flight moved", trial 16).
    const NOT_VERBS: &[&str] = &[
        "bed", "red", "seed", "feed", "need", "speed", "shed", "weed", "greed", "hundred",
    ];
    topic.split_whitespace().last().is_some_and(|w| {
        let w = w.to_lowercase();
        VERBS.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed") && !NOT_VERBS.contains(&w.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_noun_phrases() {
        let t = |s: &str| topic(s, &["alex".to_string()]);
        assert_eq!(
            t("Hi Alex, great meeting you at RustConf! Would love to hear how you migrated your monorepo.").as_deref(),
            Some("my monorepo")
        );
        // A name alone may be a place, a company or a person: no topic.
        assert_eq!(t("Would love to hear how you moved to Bazel").as_deref(), None);
        assert_eq!(t("Where do things stand? I moved to London in May").as_deref(), None);
        assert_eq!(t("my flight arrives at 9, see you at the venue").as_deref(), None);
        assert_eq!(t("I talked to our advisor about the round").as_deref(), None);
        assert_eq!(
            t("quick favour: could you share the panel on LinkedIn? Would really help attendance").as_deref(),
            None
        );
        assert_eq!(
            t("we just wrapped up our design system migration, it was brutal").as_deref(),
            Some("your design system migration")
        );
        assert_eq!(
            t("Quick question: how do you run your on-call rotation with a team of five?").as_deref(),
            Some("my on-call rotation")
        );
        assert_eq!(
            t("Long time! Are you still running the Amsterdam Rust meetup?").as_deref(),
            Some("the Amsterdam Rust meetup")
        );
        assert_eq!(
            t("Big news: we closed our seed round led by Point Nine.").as_deref(),
            Some("your seed round")
        );
        assert_eq!(
            t("We just shipped the new billing system after two years").as_deref(),
            Some("the new billing system")
        );
        assert_eq!(t("thanks so much, talk soon").as_deref(), None);
        // A date or a weekday is never a topic.
        assert_eq!(t("The launch is on Thursday the 12th").as_deref(), None);
        assert_eq!(t("I start on March 12th, wish me luck").as_deref(), None);
        assert_eq!(t("Decision expected by Q3 or EOD Friday").as_deref(), None);
        // Nor a name to skip, as the user's own company.
        let q = |s: &str| topic(s, &["quellwerk".to_string()]);
        assert_eq!(q("Any news about Quellwerk pricing?").as_deref(), None);
        assert_eq!(q("We met the Quellwerk team in Berlin").as_deref(), None);
        assert_eq!(t("Hi Alex!").as_deref(), None);
    }
}

//! Their words as a topic, not a quote (drafts.md "Whose words a draft may
//! use"): at most 6 consecutive words of what they wrote, never pasted back
//! and never a fragment cut mid-sentence. A topic is a name ("Bazel",
//! "RustConf Berlin") or a short noun phrase after "about", "on", "your",
//! "my" or "our" ("your design-system migration"), with "my" and "our" read
//! from their side ("my talk" → "your talk").

use crate::lint::words::{Token, tokens};

/// The most words a topic takes from their text.
pub const MAX_WORDS: usize = 6;

/// Words that never open or make a topic.
const STOP: &[&str] = &[
    "i", "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "about", "is", "are",
    "was", "were", "be", "been", "it", "this", "that", "these", "those", "you", "we", "they", "he", "she", "me", "us",
    "them", "my", "your", "our", "their", "his", "her", "its", "would", "will", "can", "could", "should", "do", "does",
    "did", "have", "has", "had", "not", "no", "yes", "if", "then", "than", "just", "also", "very", "really", "some",
    "any", "all", "more", "much", "how", "what", "when", "where", "why", "who", "which", "there", "here", "hi",
    "hello", "hey", "dear", "thanks", "thank", "cheers", "best", "regards", "great", "good", "nice", "love", "like",
    "hope", "well", "am", "by", "from", "up", "out", "into", "over", "as", "let", "know", "get", "got", "make",
    "made", "time", "today", "tomorrow", "week", "month", "year", "quick", "chat", "call", "meeting", "coffee", "soon",
    "next", "last", "first", "new", "one", "two", "lot", "bit", "team", "folks", "people", "everyone", "anyone",
    "someone", "something", "anything", "everything", "thing", "things", "way", "ways", "see", "saw", "hear", "heard",
    "said", "say", "talk", "talked", "meet", "met", "working", "work", "doing", "going", "done", "want", "wanted",
    "need", "needed", "happy", "glad", "excited", "sure", "maybe", "still", "again", "already", "ago", "now", "yet",
    "too", "either", "share", "sharing", "thought", "thoughts", "think", "keen", "wondering", "curious", "interested",
    "looking", "forward", "reach", "reaching", "touch", "connect", "connecting", "message", "note", "email", "post",
    "congrats", "congratulations", "wow", "awesome", "amazing", "cool", "exciting", "finally", "officially", "please",
    "ok", "okay", "re", "regarding", "fyi", "btw", "lol", "haha", "might", "may", "must", "shall", "being", "having",
];

/// Words that open a sentence with a capital without being a name.
const NOT_NAMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "linkedin", "ps",
];

fn is_content(t: &Token) -> bool {
    let w = t.word.as_str();
    w.chars().any(char::is_alphabetic) && !STOP.contains(&w)
}

/// A run of capitalised words inside a sentence (a product, a place, a
/// conference), not a name of the people in the conversation.
fn proper_noun(text: &str, toks: &[Token], skip: &[String]) -> Option<String> {
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let raw = text.get(t.start..t.end).unwrap_or("");
        let inner_capital = raw.chars().skip(1).any(char::is_uppercase) && raw.chars().any(char::is_lowercase);
        let name_like = (t.capitalized && !t.sentence_start) || inner_capital || is_acronym(raw);
        if name_like && is_content(t) && !NOT_NAMES.contains(&t.word.as_str()) && !skip.contains(&t.word) {
            let mut j = i;
            while j + 1 < toks.len()
                && j + 1 - i < 3
                && toks[j + 1].capitalized
                && !toks[j + 1].sentence_start
                && is_content(&toks[j + 1])
                && !skip.contains(&toks[j + 1].word)
                && text.get(toks[j].end..toks[j + 1].start).is_some_and(|g| g.trim().is_empty() || g == "-")
            {
                j += 1;
            }
            if best.is_none_or(|(a, b)| j - i > b - a) {
                best = Some((i, j));
            }
            i = j + 1;
        } else {
            i += 1;
        }
    }
    best.and_then(|(a, b)| text.get(toks[a].start..toks[b].end)).map(str::to_string)
}

fn is_acronym(raw: &str) -> bool {
    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && letters <= 6 && raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && raw != "I"
}

/// A short noun phrase after "about"/"on"/"my"/"your"/"our"/"the":
/// 1 to 4 content words in a row, read from their side.
fn noun_phrase(text: &str, toks: &[Token]) -> Option<String> {
    for (i, t) in toks.iter().enumerate() {
        let opener = t.word.as_str();
        let owner = match opener {
            "my" | "our" => Some("your"),
            "your" => Some("my"),
            "about" | "on" | "regarding" | "re" => None,
            _ => continue,
        };
        let mut start = i + 1;
        let mut own = owner;
        // "about your migration", "on the new API"
        if owner.is_none()
            && let Some(n) = toks.get(start)
        {
            match n.word.as_str() {
                "my" | "our" => {
                    own = Some("your");
                    start += 1;
                }
                "your" => {
                    own = Some("my");
                    start += 1;
                }
                "the" => start += 1,
                _ => {}
            }
        }
        let mut end = start;
        while end < toks.len()
            && end - start < 4
            && is_content(&toks[end])
            && (end == start || text.get(toks[end - 1].end..toks[end].start).is_some_and(|g| g == " " || g == "-"))
        {
            end += 1;
        }
        // A phrase of a single short word says nothing ("my own").
        if end == start || (end - start == 1 && toks[start].word.chars().count() < 5) {
            continue;
        }
        let words = text.get(toks[start].start..toks[end - 1].end)?;
        return Some(match own {
            Some(o) => format!("{o} {words}"),
            None => words.to_string(),
        });
    }
    None
}

/// The topic of what they wrote, or `None` when nothing short names it.
/// `skip`: names of the people in the conversation (normalised words).
pub fn topic(text: &str, skip: &[String]) -> Option<String> {
    let toks = tokens(text);
    let found = proper_noun(text, &toks, skip).or_else(|| noun_phrase(text, &toks))?;
    let words = found.split_whitespace().count();
    // A topic names something: a word of 4+ letters or an acronym.
    (words < MAX_WORDS && !crate::lint::specific_words(&found).is_empty()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_noun_phrases() {
        let t = |s: &str| topic(s, &["alex".to_string()]);
        assert_eq!(
            t("Hi Alex, great meeting you at RustConf! Would love to hear how you migrated your monorepo.").as_deref(),
            Some("RustConf")
        );
        assert_eq!(
            t("Would love to hear how you migrated your monorepo to Bazel").as_deref(),
            Some("Bazel")
        );
        assert_eq!(
            t("we just wrapped up our design system migration, it was brutal").as_deref(),
            Some("your design system migration")
        );
        assert_eq!(t("thanks so much, talk soon").as_deref(), None);
        assert_eq!(t("Hi Alex!").as_deref(), None);
    }
}

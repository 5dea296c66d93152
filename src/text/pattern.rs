//! A regular expression that compiles its Unicode classes only for the
//! texts that need them.
//!
//! Most of what the reader matches is ASCII (a normalised English sentence
//! is). On an ASCII text, `[\p{L}'-]` matches exactly what `[[a-zA-Z]'-]`
//! matches, `\w` what `[0-9A-Za-z_]` matches, and so on: a pattern whose
//! large classes are written as their ASCII part finds the same matches, at
//! the same places, with the same groups, on every ASCII text. Compiling
//! a large Unicode class, once per copy in `(?: [\p{L}'-]+){0,6}` and again
//! for the reverse automaton, was most of a first `tend show`'s work (issue
//! 25); the ASCII copy costs a fraction of it. The whole pattern is
//! compiled the first time a text with any other character is searched.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::{Captures, Match, Regex, Replacer};

/// How a pattern's text becomes a [`Regex`] (the caller's builder options).
pub type Build = fn(&str) -> Result<Regex, regex::Error>;

/// A compiled pattern: the ASCII copy, when it is smaller, and the whole
/// pattern, compiled when first needed.
#[derive(Debug)]
pub struct Pattern {
    source: Box<str>,
    build: Build,
    ascii: Option<Regex>,
    whole: OnceLock<Regex>,
}

impl Pattern {
    /// Compiles `pattern` with `build`: its ASCII copy only, when the
    /// pattern holds a class that is costly to compile; else the pattern
    /// itself. The copy parses where the pattern does: an invalid pattern
    /// is an error here, never later.
    pub fn new(pattern: &str, build: Build) -> Result<Pattern, regex::Error> {
        let whole = OnceLock::new();
        let ascii = ascii_copy(pattern).map(|copy| build(&copy)).transpose()?;
        if ascii.is_none() || cfg!(test) {
            // Tests compile the whole pattern at once: a pattern too large
            // to compile fails them, never a user's command.
            let _ = whole.set(build(pattern)?);
        }
        #[cfg(test)]
        tests::COMPILED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(pattern.to_string());
        Ok(Pattern {
            source: pattern.into(),
            build,
            ascii,
            whole,
        })
    }

    /// The compiled pattern that reads `haystack`.
    fn on(&self, haystack: &str) -> &Regex {
        match &self.ascii {
            Some(ascii) if haystack.is_ascii() => ascii,
            _ => self.whole(),
        }
    }

    /// The whole pattern, compiled now if it was not yet.
    fn whole(&self) -> &Regex {
        self.whole.get_or_init(|| match (self.build)(&self.source) {
            Ok(r) => r,
            // Its ASCII copy compiled, and `new` refuses a pattern that does
            // not parse: only a size limit can stop it (tests compile it).
            Err(e) => panic!("a built-in pattern does not compile: {e}"),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.on(haystack).is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.on(haystack).find(haystack)
    }

    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        self.on(haystack).find_at(haystack, start)
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> regex::Matches<'r, 'h> {
        self.on(haystack).find_iter(haystack)
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.on(haystack).captures(haystack)
    }

    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> regex::CaptureMatches<'r, 'h> {
        self.on(haystack).captures_iter(haystack)
    }

    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> regex::Split<'r, 'h> {
        self.on(haystack).split(haystack)
    }

    pub fn replace<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.on(haystack).replace(haystack, rep)
    }

    pub fn replace_all<'h, R: Replacer>(&self, haystack: &'h str, rep: R) -> Cow<'h, str> {
        self.on(haystack).replace_all(haystack, rep)
    }
}

/// Any other method of [`Regex`] runs on the whole pattern.
impl std::ops::Deref for Pattern {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.whole()
    }
}

/// `pattern` with each class of many ranges (letters, word characters,
/// digits, spaces) written as its ASCII part, the same on an ASCII text;
/// `None` when it has none, or an escape this does not know.
fn ascii_copy(pattern: &str) -> Option<String> {
    let mut copy = String::with_capacity(pattern.len() + 64);
    let mut changed = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            copy.push(c);
            continue;
        }
        let escaped = chars.next()?;
        let ascii = match escaped {
            'w' => "[0-9A-Za-z_]",
            'W' => "[^0-9A-Za-z_]",
            'd' => "[0-9]",
            'D' => "[^0-9]",
            's' => "[\\t-\\r ]",
            'S' => "[^\\t-\\r ]",
            'p' | 'P' => {
                // Only `\p{L}` is known here; any other property keeps the
                // whole pattern.
                let rest = chars.as_str();
                let name = rest.strip_prefix("{L}")?;
                chars = name.chars();
                if escaped == 'p' { "[a-zA-Z]" } else { "[^a-zA-Z]" }
            }
            other => {
                copy.push('\\');
                copy.push(other);
                continue;
            }
        };
        // A class in brackets is a class inside a class too (`[[a-z]'-]`).
        copy.push_str(ascii);
        changed = true;
    }
    // Verbose mode gives `#` and spaces other meanings: not rewritten.
    (changed && !pattern.contains("(?x")).then_some(copy)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn build(p: &str) -> Result<Regex, regex::Error> {
        regex::RegexBuilder::new(p).build()
    }

    /// Every match, with every group's place, of `r` on `h`.
    fn all(r: &Regex, h: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        r.captures_iter(h)
            .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
            .collect()
    }

    const SAMPLES: &[&str] = &[
        r" (?:see you(?: at [\p{L}-]+)?|for (?:the|your)(?: [\p{L}'-]+){0,6}|olá|ça va|danke) ",
        r"(?i)^(hi|hey|hello|dzień dobry|cześć)( there| all)?( [\p{L}][\p{L}.'-]*)?\s*[,!:–-]+\s+",
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)? (?P<month>\w+)|\bgrandm\w+\b|\S+ is closing",
        r"[^\p{L}\d ]+|\W{2,}|\D\d",
    ];

    proptest! {
        /// On ASCII texts the copy finds exactly what the whole pattern
        /// finds (texts drawn from the patterns' own words and a few others).
        #[test]
        fn the_ascii_copy_matches_as_the_whole_pattern(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("see"), Just("you"), Just("at"), Just("for"), Just("the"), Just("your"),
                    Just("hi"), Just("Hey"), Just("there"), Just("12th"), Just("3"), Just("1990s"), Just("march"),
                    Just("grandmother"), Just("office"), Just("is"), Just("closing"), Just("-"),
                    Just("ca va"), Just("o'neil"), Just("!!"), Just(":"), Just("_x"), Just("\n"),
                ],
                0..12,
            ),
            pad in any::<bool>(),
        ) {
            let text = words.join(" ");
            let text = if pad { format!(" {text} ") } else { text };
            for p in SAMPLES {
                let pattern = Pattern::new(p, build).unwrap();
                let ascii = pattern.ascii.as_ref().unwrap();
                prop_assert_eq!(all(ascii, &text), all(pattern.whole(), &text), "{} on {:?}", p, text);
            }
        }
    }

    #[test]
    fn a_text_with_any_other_character_is_read_by_the_whole_pattern() {
        let pattern = Pattern::new(r" (?:olá|for(?: [\p{L}'-]+){0,2}) ", build).unwrap();
        assert!(!pattern.is_match(" ola "));
        assert!(pattern.is_match(" olá "));
        assert_eq!(pattern.find(" for café ").map(|m| m.as_str()), Some(" for café "));
        assert_eq!(pattern.find(" for cafe ").map(|m| m.as_str()), Some(" for cafe "));
    }

    #[test]
    fn cheap_patterns_and_unknown_escapes_keep_the_whole_pattern_only() {
        assert!(Pattern::new(r" (?:thanks|cheers) ", build).unwrap().ascii.is_none());
        assert!(Pattern::new(r"\w+ \p{Lu}", build).unwrap().ascii.is_none());
        assert_eq!(
            ascii_copy(r"[^\p{L}\\w]\d\.\S"),
            Some(r"[^[a-zA-Z]\\w][0-9]\.[^\t-\r ]".to_string())
        );
        assert!(Pattern::new(r"\w+(", build).is_err());
    }

    /// Every pattern the reader compiles, on the texts of the corpora (as
    /// written, lower case, and padded as the reader pads a sentence).
    #[test]
    fn the_readers_patterns_match_alike_on_the_corpora() {
        let corpora = [
            include_str!("../../tests/corpus/dev.jsonl"),
            include_str!("../../tests/corpus/fresh6.jsonl"),
        ];
        let texts: Vec<String> = corpora
            .iter()
            .flat_map(|c| c.lines())
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["message"].as_str().map(str::to_string))
            .collect();
        assert!(texts.len() > 100, "the corpora were not read");
        for t in &texts {
            crate::text::read(t, &crate::text::Context::default());
        }
        let mut haystacks: Vec<String> = Vec::new();
        for t in texts.iter().filter(|t| t.is_ascii()) {
            for piece in t.split(['.', '!', '?', '\n']) {
                let lower = piece
                    .to_lowercase()
                    .replace(|c: char| c.is_ascii_punctuation() && c != '\'', " ");
                haystacks.push(piece.to_string());
                haystacks.push(format!(" {} ", lower.split_whitespace().collect::<Vec<_>>().join(" ")));
            }
        }
        let compiled = COMPILED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        assert!(compiled.len() > 50, "only {} patterns were compiled", compiled.len());
        let mut matched = 0;
        for source in compiled.iter() {
            let pattern = Pattern::new(source, build).unwrap();
            let Some(ascii) = &pattern.ascii else { continue };
            for h in &haystacks {
                let found = all(pattern.whole(), h);
                matched += usize::from(!found.is_empty());
                assert_eq!(all(ascii, h), found, "{source} on {h:?}");
            }
        }
        assert!(matched > 100, "the texts matched only {matched} times");
    }

    /// The sources of every pattern compiled in this test run.
    pub(super) static COMPILED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
}

//! A regular expression that compiles its Unicode classes only for the
//! texts that need them.
//!
//! Most of what the reader matches is ASCII (a normalised English sentence
//! is). On an ASCII text, `[\p{L}'-]` matches exactly what `[A-Za-z'-]`
//! matches, and a literal such as "olá" never matches: so a pattern whose
//! classes are cut down to ASCII (and whose non-ASCII literals can never
//! match) finds the same matches, at the same places, with the same
//! groups, on every ASCII text. Compiling a large Unicode class, once per
//! copy in `(?: [\p{L}'-]+){0,6}` and again for the reverse automaton, was
//! most of a first `tend show`'s work (issue 25); the ASCII copy is a small
//! fraction of it. The whole pattern is compiled the first time a text with
//! any other character is searched.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::{Captures, Match, Regex, Replacer};
use regex_syntax::hir::{self, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

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
    /// itself. An invalid pattern is an error here, never later.
    pub fn new(pattern: &str, build: Build) -> Result<Pattern, regex::Error> {
        let whole = OnceLock::new();
        let ascii = if costly(pattern) {
            let hir = regex_syntax::ParserBuilder::new()
                .build()
                .parse(pattern)
                .map_err(|e| regex::Error::Syntax(e.to_string()))?;
            let copy = ascii_only(&hir);
            let compiled = build(&copy.to_string())?;
            // The copy is used only when its groups are the pattern's.
            let names: Vec<Option<&str>> = compiled.capture_names().skip(1).collect();
            (names == capture_names(&hir)).then_some(compiled)
        } else {
            None
        };
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

/// Whether the pattern names a class of many ranges (letters, word
/// characters, digits): only those cost much to compile.
fn costly(pattern: &str) -> bool {
    ["\\p", "\\P", "\\w", "\\W", "\\d", "\\D"]
        .iter()
        .any(|class| pattern.contains(class))
}

/// `hir` as it can match an ASCII text: classes cut to ASCII, non-ASCII
/// literals never matching. Every group stays where it was (the
/// constructors flatten, they never drop a branch).
fn ascii_only(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(hir::Literal(bytes)) if bytes.is_ascii() => Hir::literal(bytes.clone()),
        HirKind::Literal(_) => Hir::fail(),
        HirKind::Class(Class::Unicode(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassUnicode::new([ClassUnicodeRange::new('\0', '\x7f')]));
            Hir::class(Class::Unicode(class))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut class = class.clone();
            class.intersect(&ClassBytes::new([ClassBytesRange::new(0, 0x7f)]));
            Hir::class(Class::Bytes(class))
        }
        HirKind::Look(look) => Hir::look(*look),
        HirKind::Repetition(rep) => Hir::repetition(hir::Repetition {
            min: rep.min,
            max: rep.max,
            greedy: rep.greedy,
            sub: Box::new(ascii_only(&rep.sub)),
        }),
        HirKind::Capture(cap) => Hir::capture(hir::Capture {
            index: cap.index,
            name: cap.name.clone(),
            sub: Box::new(ascii_only(&cap.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(ascii_only).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(ascii_only).collect()),
    }
}

/// The names of `hir`'s groups in the order of their indices.
fn capture_names(hir: &Hir) -> Vec<Option<&str>> {
    fn walk<'a>(hir: &'a Hir, out: &mut Vec<(u32, Option<&'a str>)>) {
        match hir.kind() {
            HirKind::Capture(cap) => {
                out.push((cap.index, cap.name.as_deref()));
                walk(&cap.sub, out);
            }
            HirKind::Repetition(rep) => walk(&rep.sub, out),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut groups = Vec::new();
    walk(hir, &mut groups);
    groups.sort_by_key(|&(index, _)| index);
    groups.into_iter().map(|(_, name)| name).collect()
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
                    Just("hi"), Just("Hey"), Just("there"), Just("12th"), Just("3"), Just("march"),
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
    fn cheap_patterns_and_mismatched_groups_keep_the_whole_pattern_only() {
        assert!(Pattern::new(r" (?:thanks|cheers) ", build).unwrap().ascii.is_none());
        assert!(Pattern::new(r"\w+", build).unwrap().ascii.is_some());
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

//! A contact's names in a text: the greeting name, and telling "Will" the
//! person from "will" the verb.

use super::words::{Token, phrase_words, tokens};

/// Given names that are also everyday words: these count as the name only
/// where a name would stand (see [`occurrences`]).
const COMMON_WORD_NAMES: &[&str] = &[
    "will", "grace", "hope", "faith", "joy", "mark", "bill", "rose", "may", "june", "april", "august", "pat", "sue",
    "frank", "rich", "art", "dawn", "summer", "amber", "ruby", "jade", "iris", "lily", "daisy", "ivy", "penny", "sky",
    "rob", "jack", "guy", "gene", "max", "chase", "hunter", "drew", "dean", "carol", "sandy", "crystal", "honor",
    "harmony", "melody", "chance", "ray", "miles", "wade", "grant", "sterling", "reed", "pierce", "glen", "heather",
    "holly", "violet", "autumn", "river", "brook", "angel", "don", "earl", "said", "long", "young", "an", "ha", "hung",
    "sunny", "destiny", "star", "bob", "sonny", "rusty", "buck", "cliff", "dale", "forest", "major", "page", "paige",
    "robin", "wren", "lane", "park", "bo", "su",
];

/// Words after which a name stands ("Hi Will", "Thanks, Grace").
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "cheers",
    "congrats",
    "congratulations",
    "morning",
    "afternoon",
    "evening",
    "birthday",
    "anniversary",
    "welcome",
    "bonjour",
    "salut",
    "hallo",
    "hola",
    "ciao",
    "hej",
    "moin",
    "servus",
    "olá",
    "ola",
    "liebe",
    "lieber",
    "chère",
    "cher",
    "querida",
    "querido",
    "caro",
    "cara",
];

pub fn is_greeting_word(word: &str) -> bool {
    GREETINGS.contains(&word)
}

/// The titles a greeting drops, and "M." (Monsieur), which the greeting
/// reads as an initial but which is never the person's name in a text.
fn is_title(word: &str) -> bool {
    crate::names::is_title(word) || word.trim_end_matches('.').eq_ignore_ascii_case("m")
}

/// The name a message greets someone by (see [`crate::names`]).
pub fn greeting_name(full: &str) -> &str {
    crate::names::greeting_name(full)
}

/// Every part of a name that could stand for the person (no titles, no
/// one-letter initials), each as normalised words ("Jean-Luc" → jean, luc).
pub fn name_parts(full: &str) -> Vec<Vec<String>> {
    full.split_whitespace()
        .filter(|w| !is_title(w))
        .map(phrase_words)
        .filter(|p| !(p.is_empty() || p.len() == 1 && p[0].chars().count() < 2))
        .collect()
}

/// Where `name` (normalised words) stands for the person in `toks`: anywhere
/// for an ordinary name; for one that is also an everyday word ("Will",
/// "Grace") only after a greeting ("Hi Will", "Thanks, Grace"), capitalised
/// inside a sentence ("I told Will"), or addressed at the start of one
/// ("Will, good to see you").
pub fn occurrences(text: &str, toks: &[Token], name: &[String]) -> Vec<(usize, usize)> {
    let strict = name.len() == 1 && COMMON_WORD_NAMES.contains(&name[0].as_str());
    super::words::find_phrase(toks, name)
        .into_iter()
        .map(|i| (i, i + name.len() - 1))
        .filter(|&(i, j)| !strict || stands_as_name(text, toks, i, j))
        .collect()
}

fn stands_as_name(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    let t = &toks[i];
    let after_greeting = i > 0 && {
        let prev = &toks[i - 1];
        let gap = text.get(prev.end..t.start).unwrap_or("");
        let only_spaces = gap.chars().all(|c| c.is_whitespace() || c == ',');
        let thank_you = prev.word == "you" && i > 1 && toks[i - 2].word == "thank";
        only_spaces && (is_greeting_word(&prev.word) || thank_you)
    };
    let inside_sentence = t.capitalized && !t.sentence_start;
    let addressed = t.sentence_start && matches!(toks[j].next, Some(',' | '!' | ':' | '\u{2014}' | '\u{2013}'));
    after_greeting || inside_sentence || addressed
}

/// Whether the greeting name of `full` is in `text`.
pub fn has_first_name(text: &str, full: &str) -> bool {
    addresses(text, full, None)
}

/// Whether `text` addresses the person (`no-name`): their greeting name
/// (`greet`, else read from the name), one of their given names, or their
/// family name with an honorific ("Dr. Hart", "Ms. Lee", "Watanabe-san").
pub fn addresses(text: &str, full: &str, greet: Option<&str>) -> bool {
    let greeting = greet
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .unwrap_or_else(|| greeting_name(full));
    if phrase_words(greeting).is_empty() {
        return true;
    }
    let toks = tokens(text);
    let found = |words: &[String]| !words.is_empty() && !occurrences(text, &toks, words).is_empty();
    if found(&phrase_words(greeting)) {
        return true;
    }
    let family = crate::names::family_name(full);
    for word in crate::names::name_words(full) {
        if Some(word) == family {
            continue;
        }
        if found(&phrase_words(word)) {
            return true;
        }
    }
    let Some(family) = family else { return false };
    let fam = phrase_words(family);
    if fam.is_empty() {
        return false;
    }
    crate::lint::words::find_phrase(&toks, &fam).into_iter().any(|i| {
        let after = toks.get(i + fam.len()).map(|t| t.word.as_str());
        let glued = text
            .get(toks[i + fam.len() - 1].end..)
            .is_some_and(|a| a.starts_with(['-', 'さ']));
        let suffixed = after.is_some_and(|w| crate::names::HONORIFIC_SUFFIXES.contains(&w)) && glued;
        let japanese = text
            .get(toks[i + fam.len() - 1].end..)
            .is_some_and(|a| a.starts_with("さん") || a.starts_with("様"));
        let titled = i > 0 && is_title(&toks[i - 1].word);
        suffixed || japanese || titled
    })
}

/// Whether any name of theirs appears after the greeting: the first mention
/// (with the name parts right after it, "Hi Sara Lee") is the greeting.
pub fn name_beyond_greeting(text: &str, toks: &[Token], full: &str) -> bool {
    let mut spans: Vec<(usize, usize)> = name_parts(full)
        .iter()
        .flat_map(|p| occurrences(text, toks, p))
        .collect();
    spans.sort_unstable();
    spans.dedup();
    let Some(&(_, mut greeting_end)) = spans.first() else {
        return false;
    };
    for &(i, j) in &spans[1..] {
        if i == greeting_end + 1 {
            greeting_end = j;
        } else if i > greeting_end {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorific_forms_count_as_the_name() {
        assert!(addresses(
            "Hello Watanabe-san, how was the trip?",
            "Yuki Watanabe",
            None
        ));
        assert!(addresses("Dear Dr. Hart, how was the trip?", "Dr. Amelia Hart", None));
        assert!(addresses("Hi Ms. Lee, how was the trip?", "Sara Lee", None));
        assert!(!addresses("Hi Lee, how was the trip?", "Sara Lee", None));
        assert!(addresses("Hi Minh, how was the trip?", "Nguyễn Thị Minh", None));
        assert!(!addresses("Hi Nguyễn, how was the trip?", "Nguyễn Thị Minh", None));
        assert!(addresses("Hi Em, how was the trip?", "Nguyễn Thị Minh", Some("Em")));
        assert!(addresses("José, how was the trip?", "José María Aznar", None));
    }

    #[test]
    fn a_common_word_counts_as_the_name_only_where_a_name_stands() {
        assert!(has_first_name("Hi Will, how are you?", "Will Smith"));
        assert!(has_first_name("Thanks, will!", "Will Smith"));
        assert!(has_first_name("Will, great to see you.", "Will Smith"));
        assert!(has_first_name("I told Will about it.", "Will Smith"));
        assert!(!has_first_name("Hi there, will you be at the meetup?", "Will Smith"));
        assert!(!has_first_name("Will you be there? I will.", "Will Smith"));
        assert!(!has_first_name(
            "Thank you for your grace and patience.",
            "Grace Hopper"
        ));
        assert!(has_first_name("Thank you, Grace.", "Grace Hopper"));
        // An ordinary name counts anywhere, in any case.
        assert!(has_first_name("great to see you, sara", "Sara Lee"));
    }

    #[test]
    fn names_beyond_the_greeting() {
        let t = "Hi Sara Lee, how are you?";
        assert!(!name_beyond_greeting(t, &tokens(t), "Sara Lee"));
        let t = "Hi Sara, is the Lee family well?";
        assert!(name_beyond_greeting(t, &tokens(t), "Sara Lee"));
        let t = "Hi Will, will you come?";
        assert!(!name_beyond_greeting(t, &tokens(t), "Will Smith"));
    }
}

//! Words for the message check: case-folded, contractions expanded, with
//! enough of their surroundings (capital letter, sentence start, the next
//! character) to tell a name from the same common word.

/// One word of a text, after normalising. An expanded contraction gives
/// several tokens with the same span.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Lower-case, apostrophes resolved ("I'd" gives "i" and "would").
    pub word: String,
    /// Byte span of the raw word in the original text.
    pub start: usize,
    pub end: usize,
    /// The raw word starts with an upper-case letter.
    pub capitalized: bool,
    /// Nothing but spaces between the start of the text, a line break or a
    /// sentence end (. ! ?) and this word.
    pub sentence_start: bool,
    /// The first non-space character after the raw word, if any.
    pub next: Option<char>,
}

const APOSTROPHES: [char; 3] = ['\'', '\u{2019}', '\u{02BC}'];

/// Scripts written without spaces: each character is a word of its own, so
/// that a name can be found inside a run of text.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF     // hiragana, katakana
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK unified ideographs
        | 0xF900..=0xFAFF   // CJK compatibility ideographs
        | 0x20000..=0x2FFFF)
}

/// Letters and digits, and combining marks (a decomposed "é" stays one word).
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_unspaced(c)) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Whole-word contractions; others are handled by their ending.
const WHOLE: &[(&str, &[&str])] = &[
    ("won't", &["will", "not"]),
    ("can't", &["can", "not"]),
    ("shan't", &["shall", "not"]),
    ("ain't", &["is", "not"]),
    ("let's", &["let", "us"]),
    ("ma'am", &["madam"]),
    ("y'all", &["you", "all"]),
];

/// "'s" after these is "is"; after anything else it is a possessive.
const IS_BEFORE_S: &[&str] = &[
    "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "when", "why", "this",
];

const ENDINGS: &[(&str, &str)] = &[
    ("n't", "not"),
    ("'m", "am"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'d", "would"),
];

/// Expands one lower-case raw word (apostrophes already plain `'`).
fn expand(raw: &str) -> Vec<String> {
    if !raw.contains('\'') {
        return vec![raw.to_string()];
    }
    if let Some((_, words)) = WHOLE.iter().find(|(w, _)| *w == raw) {
        return words.iter().map(|w| w.to_string()).collect();
    }
    for (ending, word) in ENDINGS {
        if let Some(stem) = raw.strip_suffix(ending)
            && !stem.is_empty()
            && !stem.contains('\'')
        {
            return vec![stem.to_string(), word.to_string()];
        }
    }
    if let Some(stem) = raw.strip_suffix("'s")
        && !stem.is_empty()
        && !stem.contains('\'')
    {
        return if IS_BEFORE_S.contains(&stem) {
            vec![stem.to_string(), "is".to_string()]
        } else {
            vec![stem.to_string()]
        };
    }
    // O'Neil, D'Arcy: the apostrophe separates two parts of one name.
    raw.split('\'').filter(|p| !p.is_empty()).map(str::to_string).collect()
}

/// The words of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Whether only spaces were seen since the start, a line break or . ! ?
    let mut at_sentence_start = true;
    while i < chars.len() {
        let (start, c) = chars[i];
        if is_unspaced(c) {
            let end = start + c.len_utf8();
            out.push(Token {
                word: c.to_lowercase().collect(),
                start,
                end,
                capitalized: false,
                sentence_start: at_sentence_start,
                next: next_non_space(&chars, i + 1),
            });
            at_sentence_start = false;
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            if matches!(c, '.' | '!' | '?' | '\n' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}') {
                at_sentence_start = true;
            } else if !c.is_whitespace() && !matches!(c, '"' | '\u{201C}' | '\u{201D}' | '(' | '\u{00BF}' | '\u{00A1}')
            {
                at_sentence_start = false;
            }
            i += 1;
            continue;
        }
        // A raw word: word characters, with apostrophes between them.
        let mut j = i;
        while j < chars.len() {
            let cj = chars[j].1;
            let inner_apostrophe = APOSTROPHES.contains(&cj) && chars.get(j + 1).is_some_and(|(_, n)| is_word_char(*n));
            if !(is_word_char(cj) || inner_apostrophe) {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        let raw = &text[start..end];
        let lower: String = raw
            .chars()
            .map(|c| if APOSTROPHES.contains(&c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect();
        let capitalized = c.is_uppercase();
        let next = next_non_space(&chars, j);
        for word in expand(&lower) {
            out.push(Token {
                word,
                start,
                end,
                capitalized,
                sentence_start: at_sentence_start,
                next,
            });
        }
        at_sentence_start = false;
        i = j;
    }
    out
}

fn next_non_space(chars: &[(usize, char)], from: usize) -> Option<char> {
    chars[from.min(chars.len())..]
        .iter()
        .map(|(_, c)| *c)
        .find(|c| !c.is_whitespace())
}

/// The normalised words of a phrase, for matching.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokens(phrase).into_iter().map(|t| t.word).collect()
}

/// Token positions where `phrase` (normalised words) starts, as whole words.
pub fn find_phrase(tokens: &[Token], phrase: &[String]) -> Vec<usize> {
    if phrase.is_empty() || phrase.len() > tokens.len() {
        return Vec::new();
    }
    (0..=tokens.len() - phrase.len())
        .filter(|&i| phrase.iter().zip(&tokens[i..]).all(|(p, t)| *p == t.word))
        .collect()
}

/// A match of one of several phrases: which one, and its token span.
#[derive(Debug, Clone)]
pub struct PhraseMatch<'a> {
    pub phrase: &'a str,
    pub first: usize,
    pub last: usize,
}

/// Every phrase of `phrases` found in `tokens`, dropping a match that lies
/// inside a longer one ("Dear Sir" inside "Dear Sir or Madam"), in text order,
/// each phrase once.
pub fn find_any<'a>(tokens: &[Token], phrases: impl IntoIterator<Item = &'a str>) -> Vec<PhraseMatch<'a>> {
    let mut found: Vec<PhraseMatch> = Vec::new();
    for phrase in phrases {
        let words = phrase_words(phrase);
        for first in find_phrase(tokens, &words) {
            found.push(PhraseMatch {
                phrase,
                first,
                last: first + words.len() - 1,
            });
        }
    }
    let inside = |a: &PhraseMatch, b: &PhraseMatch| {
        b.first <= a.first && a.last <= b.last && (b.last - b.first) > (a.last - a.first)
    };
    let mut kept: Vec<PhraseMatch> = found
        .iter()
        .filter(|a| !found.iter().any(|b| inside(a, b)))
        .cloned()
        .collect();
    kept.sort_by_key(|m| (m.first, m.last));
    let mut seen: Vec<String> = Vec::new();
    kept.retain(|m| {
        let key = phrase_words(m.phrase).join(" ");
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    kept
}

/// Letters in a word (digits and marks do not count).
pub fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        phrase_words(t)
    }

    #[test]
    fn contractions_expand() {
        assert_eq!(words("I'd like"), ["i", "would", "like"]);
        assert_eq!(words("Let’s talk"), ["let", "us", "talk"]);
        assert_eq!(words("don't, won't, can't"), ["do", "not", "will", "not", "can", "not"]);
        assert_eq!(words("I'm sure you're fine"), ["i", "am", "sure", "you", "are", "fine"]);
        assert_eq!(words("it's Sam's"), ["it", "is", "sam"]);
        assert_eq!(words("Ma'am"), ["madam"]);
    }

    #[test]
    fn names_with_apostrophes_and_accents_split_the_same_way_everywhere() {
        assert_eq!(words("D'Arcy O’Neil"), ["d", "arcy", "o", "neil"]);
        assert_eq!(words("Zoë Ångström-Núñez"), ["zoë", "ångström", "núñez"]);
        // e + combining acute accent stays one word.
        assert_eq!(words("Rene\u{301}e"), ["rene\u{301}e"]);
    }

    #[test]
    fn unspaced_scripts_give_one_word_per_character() {
        assert_eq!(words("田中さん"), ["田", "中", "さ", "ん"]);
    }

    #[test]
    fn sentence_starts_and_capitals() {
        let t = tokens("Hi there. Will you come? I met Will, and \"Grace\" too.");
        let will: Vec<&Token> = t.iter().filter(|t| t.word == "will").collect();
        assert!(will[0].sentence_start && will[0].capitalized);
        assert!(!will[1].sentence_start && will[1].capitalized);
        assert_eq!(will[1].next, Some(','));
        let grace = t.iter().find(|t| t.word == "grace");
        assert!(grace.is_some_and(|g| !g.sentence_start));
    }

    #[test]
    fn phrases_match_whole_words_only_and_longest_wins() {
        let t = tokens("Dear Sir or Madam, I'd like a referral. Referrals are fine.");
        let m = find_any(&t, ["Dear Sir", "Dear Sir or Madam", "referral"]);
        let names: Vec<&str> = m.iter().map(|m| m.phrase).collect();
        assert_eq!(names, ["Dear Sir or Madam", "referral"]);
        assert!(find_any(&tokens("hire mentors"), ["hire me"]).is_empty());
    }
}

//! The name a message greets someone by (drafts.md "Names"), in one place:
//! drafts, the message check's `no-name`, notification summaries and the
//! planner's reasons all read it from here.
//!
//! A stored greeting name (`tend add --greet`) wins. Without one, the full
//! name is read the way people write it in a contact list:
//! - titles ("Dr.", "Prof.", "Ms."), emoji and symbols, pronouns in brackets
//!   ("(she/her)") and anything after a "|" are dropped;
//! - after a comma: credentials and roles ("Sara Lee, PhD", "Sara Lee, Head
//!   of Growth") are dropped; "Lee, Sara" and "van der Berg, Pieter" are read
//!   as family name, given name (the part before the comma is one word, or
//!   starts with a particle such as "van" or "de");
//! - a nickname in brackets or quotes ("Robert (Bob) Smith", `William "Bill"
//!   Gates`) is the greeting name;
//! - initials ("J. Robert Oppenheimer") give way to the next word;
//! - Spanish, Portuguese, Italian and French double given names stay whole
//!   ("José María Aznar" → "José María");
//! - Vietnamese names are family name first and greeted by the last word
//!   ("Nguyễn Thị Minh" → "Minh"); Korean names written family name first
//!   with a hyphenated given name are greeted by it ("Kim Min-jun" →
//!   "Min-jun"); a two-word Chinese given name before a Chinese family
//!   name stays whole ("Wei Ling Tan" → "Wei Ling"). Other
//!   family-name-first names cannot be told from the text ("Wang Fang"):
//!   the first word is used, and `--greet` fixes it;
//! - a name with no letters has no greeting name (the draft says "Hi there").
//!
//! The greeting name is always a slice of the full name, so callers can
//! borrow it.

use crate::model::Contact;

/// Titles dropped before a name ("Dr.", "Prof").
const TITLES: &[&str] = &[
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "prof",
    "professor",
    "professorin",
    "doktor",
    "doctor",
    "docteur",
    "doctora",
    "dottore",
    "dottoressa",
    "sir",
    "dame",
    "rev",
    "herr",
    "frau",
    "mme",
    "mlle",
    "monsieur",
    "madame",
    "signor",
    "signora",
    "señor",
    "señora",
    "sr",
    "sra",
    "dott",
    "ing",
    "madam",
    "lord",
    "lady",
];

/// Honorific endings that, on a family name, address the person
/// ("Watanabe-san").
pub const HONORIFIC_SUFFIXES: &[&str] = &["san", "sama", "sensei", "kun", "chan", "ssi", "nim", "ji"];

/// Words after a comma that are credentials, generational suffixes or roles.
const SUFFIXES: &[&str] = &[
    "phd",
    "ph.d",
    "md",
    "mba",
    "msc",
    "ma",
    "ba",
    "bsc",
    "jr",
    "sr",
    "ii",
    "iii",
    "iv",
    "esq",
    "cpa",
    "cfa",
    "pmp",
    "pe",
    "rn",
    "dds",
    "facs",
    "frcp",
    "meng",
    "llm",
    "jd",
    "cissp",
    "she/her",
    "he/him",
    "they/them",
];
const ROLE_WORDS: &[&str] = &[
    "head",
    "director",
    "manager",
    "founder",
    "cofounder",
    "co-founder",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "vp",
    "engineer",
    "developer",
    "designer",
    "recruiter",
    "consultant",
    "lead",
    "partner",
    "advisor",
    "investor",
    "author",
    "speaker",
    "coach",
    "principal",
    "staff",
    "senior",
    "chief",
    "president",
    "hiring",
    "open",
    "helping",
    "building",
    "at",
];

/// Particles that open a family name ("van der Berg", "de la Cruz").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ten", "ter", "bin",
    "ibn", "al", "el", "mac", "st", "st.",
];

/// Pronouns, for telling "(she/her)" from a nickname "(Bob)".
const PRONOUNS: &[&str] = &[
    "she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "ze", "zir", "xe", "xem", "any", "pronouns",
];

/// Syllables of two-word Chinese given names written before the family
/// name ("Wei Ling Tan", "Mei Ling Ng", "Siew Hoon Lim"): trial 52 greeted
/// Wei Ling as "Wei" three times.
const CHINESE_GIVEN: &[&str] = &[
    "wei", "ling", "mei", "hui", "min", "jia", "xin", "yi", "xiao", "ming", "hua", "jun", "jie", "yan", "ying", "fang",
    "qing", "hong", "lan", "ting", "zhi", "wen", "hao", "jing", "kai", "lei", "tao", "rui", "yun", "shan", "xue", "zi",
    "qi", "yue", "fei", "siew", "boon", "chee", "keng", "poh", "kok", "seng", "beng", "teck", "swee", "kah", "pei",
    "shu", "xiu", "hoon", "choo", "yong", "kiat", "wah", "kwan",
];

/// Family names that end such a name.
const CHINESE_FAMILY: &[&str] = &[
    "tan", "lim", "lee", "ng", "wong", "chen", "li", "wang", "zhang", "liu", "chan", "goh", "koh", "teo", "ong",
    "chua", "lau", "ho", "yeo", "low", "sim", "toh", "ang", "yap", "foo", "chong", "leong", "lai", "tay", "quek",
    "soh", "seah", "neo", "wee", "loh", "khoo", "kwok", "phua", "huang", "zhou", "wu", "xu", "sun", "zhu", "hu", "guo",
    "lin", "luo", "zheng", "liang", "xie", "song", "tang", "feng", "deng", "cao", "peng", "zeng", "tian", "dong",
    "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "su", "lu", "ding", "shen", "yao", "jin", "chow", "cheung",
    "leung", "yip", "fong", "mak", "tse", "tsang", "choi",
];

/// Given names that start a double given name, and those that end one.
const DOUBLE_FIRST: &[&str] = &[
    "josé",
    "jose",
    "juan",
    "maría",
    "maria",
    "ana",
    "luis",
    "jean",
    "marie",
    "anne",
    "miguel",
    "francisco",
    "carlos",
    "pedro",
    "joão",
    "joao",
    "pier",
    "gian",
    "anna",
    "luisa",
    "rosa",
];
const DOUBLE_SECOND: &[&str] = &[
    "maría",
    "maria",
    "josé",
    "jose",
    "luis",
    "carlos",
    "antonio",
    "manuel",
    "pablo",
    "ignacio",
    "miguel",
    "ángel",
    "angel",
    "carmen",
    "teresa",
    "isabel",
    "elena",
    "luisa",
    "fernanda",
    "eugenia",
    "jesús",
    "jesus",
    "francisco",
    "javier",
    "pilar",
    "dolores",
    "mercedes",
    "paula",
    "pierre",
    "paul",
    "claude",
    "luc",
    "marie",
    "françois",
    "francois",
    "sophie",
    "laure",
    "paolo",
    "carlo",
    "lucia",
    "clara",
    "cristina",
    "victoria",
    "pedro",
    "joão",
    "joao",
];

/// Common Vietnamese family names (with and without their marks).
const VIETNAMESE_FAMILY: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đinh", "trương", "lâm", "nguyen", "tran", "pham", "hoang", "huynh", "dang", "bui", "ngo", "duong",
];
/// Vietnamese middle names that show the family-name-first order.
const VIETNAMESE_MIDDLE: &[&str] = &[
    "thị", "văn", "thi", "van", "đức", "hữu", "ngọc", "minh", "thanh", "quang",
];

/// Common Korean family names in their usual romanisations.
const KOREAN_FAMILY: &[&str] = &[
    "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun",
    "jang", "chang", "lim", "im", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu",
    "hong", "moon", "ko", "go", "bae", "baek", "nam", "noh", "ha", "heo",
];

/// The contact's greeting name: the stored one, else the rules above.
pub fn greeting(contact: &Contact) -> &str {
    match contact.greet.as_deref().map(str::trim) {
        Some(g) if !g.is_empty() => g,
        _ => greeting_name(&contact.name),
    }
}

fn lower(word: &str) -> String {
    word.to_lowercase()
}

/// A title dropped before a name ("Dr.", "prof").
pub(crate) fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    TITLES.contains(&w.as_str())
}

/// Letters, marks, and the joiners a name keeps inside ("Jean-Luc", "O'Neil").
fn is_name_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c) || matches!(c, '-' | '\'' | '’' | '.')
}

/// Trims symbols and emoji around a word; keeps inner joiners.
fn trim_word(w: &str) -> &str {
    let t = w.trim_matches(|c: char| !(c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)));
    // "J." keeps its dot: it marks an initial.
    if w[w.find(t).map_or(0, |i| i + t.len())..].starts_with('.') && t.chars().count() == 1 {
        let start = w.find(t).unwrap_or(0);
        return &w[start..start + t.len() + 1];
    }
    t
}

fn is_initial(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    // "J.", "J", "J.R."
    letters.len() == 1 || (w.contains('.') && w.split('.').all(|p| p.chars().count() <= 1))
}

/// Cuts a title glued to the name ("Dr.Amelia" → "Amelia").
fn strip_glued_title(w: &str) -> &str {
    if let Some((head, rest)) = w.split_once('.')
        && !rest.is_empty()
        && rest.chars().next().is_some_and(char::is_alphabetic)
        && is_title(head)
    {
        return rest;
    }
    w
}

/// A bracketed or quoted nickname in the name, if any ("Robert (Bob) Smith").
fn nickname(full: &str) -> Option<&str> {
    for (open, close) in [('(', ')'), ('"', '"'), ('“', '”'), ('[', ']'), ('\'', '\'')] {
        let Some(a) = full.find(open) else { continue };
        let after = &full[a + open.len_utf8()..];
        let Some(b) = after.find(close) else { continue };
        let inner = after[..b].trim();
        let words: Vec<&str> = inner.split_whitespace().collect();
        let pronoun = inner.contains('/') || words.iter().any(|w| PRONOUNS.contains(&lower(w).as_str()));
        if !pronoun
            && words.len() == 1
            && words[0].chars().all(is_name_char)
            && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
        {
            return Some(trim_word(words[0]));
        }
    }
    None
}

/// The full name without bracketed parts, and without what follows a "|".
fn core(full: &str) -> String {
    let head = full.split(['|', '·', '•']).next().unwrap_or("");
    let mut out = String::with_capacity(head.len());
    let mut depth = 0usize;
    for c in head.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether the part after a comma is credentials or a role, not given names.
fn is_suffix_part(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if words.is_empty() {
        return true;
    }
    words.iter().any(|w| {
        let l = lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '.'));
        let l = l.trim_end_matches('.');
        SUFFIXES.contains(&l)
            || ROLE_WORDS.contains(&l)
            // "PMP", "MBA": a credential written in capitals.
            || (w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
    })
}

/// The words of the name to read, in reading order (given names first
/// where the comma says so).
fn ordered_words(full: &str) -> Vec<&str> {
    // Work on the original string so that results stay slices of it.
    let head_end = full.find(['|', '·', '•']).unwrap_or(full.len());
    let head = &full[..head_end];
    let mut words: Vec<&str> = Vec::new();
    let mut depth = 0usize;
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for raw in head.split_whitespace() {
        let opens = raw.matches(['(', '[', '{']).count();
        let closes = raw.matches([')', ']', '}']).count();
        let inside = depth > 0 || opens > 0;
        depth = (depth + opens).saturating_sub(closes);
        if inside {
            continue;
        }
        let (word, comma) = match raw.strip_suffix(',') {
            Some(w) => (w, true),
            None => (raw, false),
        };
        // "Lee,Sara": a comma inside the word.
        if let Some((a, b)) = word.split_once(',') {
            if let Some(p) = parts.last_mut() {
                p.push(a);
            }
            parts.push(vec![b]);
            continue;
        }
        if let Some(p) = parts.last_mut() {
            p.push(word);
        }
        if comma {
            parts.push(Vec::new());
        }
    }
    parts.retain(|p| !p.is_empty());
    fn clean<'a>(p: &[&'a str]) -> Vec<&'a str> {
        p.iter()
            .map(|w| strip_glued_title(w))
            .map(trim_word)
            .filter(|w| !w.is_empty() && w.chars().any(char::is_alphabetic))
            .collect()
    }
    match parts.as_slice() {
        [] => {}
        [only] => words = clean(only),
        [first, second, ..] => {
            let first_c = clean(first);
            let second_text = second.join(" ");
            let family_then_given = !is_suffix_part(&second_text)
                && second.len() <= 3
                && (first_c.len() == 1 || first_c.first().is_some_and(|w| PARTICLES.contains(&lower(w).as_str())));
            if family_then_given {
                words = clean(second);
                words.extend(first_c);
            } else {
                words = first_c;
            }
        }
    }
    words.retain(|w| !is_title(w));
    words
}

/// The name to greet someone by, from their full name (see the module
/// comment); "" when the name has no letters.
pub fn greeting_name(full: &str) -> &str {
    plain_greeting(full).unwrap_or_else(|| greeting_name_read(full))
}

/// First words that start a special case: titles, family names written
/// first, the first half of a double given name, particles.
static SPECIAL_FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> = std::sync::LazyLock::new(|| {
    [
        TITLES,
        VIETNAMESE_FAMILY,
        KOREAN_FAMILY,
        DOUBLE_FIRST,
        PARTICLES,
        CHINESE_GIVEN,
    ]
    .into_iter()
    .flatten()
    .copied()
    .collect()
});

/// The common case, decided without allocating: ASCII letters, digits and
/// hyphens in words, and a first word of letters (and hyphens inside) that is not a title
/// and starts none of the special cases (family name first, a double given
/// name). The full reading below gives the same answer for such a name; a
/// list of 30,000 contacts called it twice each.
fn plain_greeting(full: &str) -> Option<&str> {
    if !full
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
    {
        return None;
    }
    let first = full.split_whitespace().next()?;
    if !first.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    // The lists are lower-case; an ASCII word lowers byte by byte.
    let mut buf = [0u8; 16];
    let special = match buf.get_mut(..first.len()) {
        Some(lowered) => {
            lowered.copy_from_slice(first.as_bytes());
            lowered.make_ascii_lowercase();
            std::str::from_utf8(lowered).is_ok_and(|w| SPECIAL_FIRST.contains(w))
        }
        // Longer than any listed word.
        None => false,
    };
    let lettered = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphabetic);
    (first.len() >= 2 && lettered(first.as_bytes().first()) && lettered(first.as_bytes().last()) && !special)
        .then_some(first)
}

/// [`greeting_name`] for any name: nicknames, titles, initials, commas and
/// the family-name-first orders.
fn greeting_name_read(full: &str) -> &str {
    if let Some(nick) = nickname(full) {
        return nick;
    }
    let words = ordered_words(full);
    let Some(start) = words.iter().position(|w| !is_initial(w)) else {
        // Initials only ("J. R."): the first of them, without its dot.
        return words.first().map_or("", |w| w.trim_end_matches('.'));
    };
    let rest = &words[start..];
    let first = rest[0];
    let l = lower(first);
    // Vietnamese: family name first, greeted by the last word.
    if rest.len() >= 2 && VIETNAMESE_FAMILY.contains(&l.as_str()) {
        let marked = rest.iter().any(|w| !w.is_ascii());
        let middle = rest.len() >= 3 && VIETNAMESE_MIDDLE.contains(&lower(rest[1]).as_str());
        if marked || middle {
            return rest[rest.len() - 1];
        }
    }
    // Korean: family name first with a hyphenated given name.
    if rest.len() == 2 && KOREAN_FAMILY.contains(&l.as_str()) && rest[1].contains('-') {
        return rest[1];
    }
    // A Chinese given name of two words before the family name: "Wei Ling
    // Tan" is Wei Ling.
    if rest.len() == 3
        && CHINESE_GIVEN.contains(&l.as_str())
        && CHINESE_GIVEN.contains(&lower(rest[1]).as_str())
        && CHINESE_FAMILY.contains(&lower(rest[2]).as_str())
        && let Some(span) = span_of(full, rest[0], rest[1])
    {
        return span;
    }
    // A double given name: "José María", "Jean Paul".
    if rest.len() >= 2
        && DOUBLE_FIRST.contains(&l.as_str())
        && DOUBLE_SECOND.contains(&lower(rest[1]).as_str())
        && let Some(span) = span_of(full, rest[0], rest[1])
    {
        return span;
    }
    first
}

/// The text from the start of `a` to the end of `b` in `full`, when `b`
/// follows `a` after only spaces.
fn span_of<'a>(full: &'a str, a: &'a str, b: &'a str) -> Option<&'a str> {
    let start = a.as_ptr() as usize - full.as_ptr() as usize;
    let b_start = b.as_ptr() as usize - full.as_ptr() as usize;
    let gap = full.get(start + a.len()..b_start)?;
    (!gap.is_empty() && gap.chars().all(char::is_whitespace)).then(|| &full[start..b_start + b.len()])
}

/// The name for a summary line: the full name without emoji, bracketed
/// pronouns or what follows a "|" ("🚀 Sam Ode (he/him) | Hiring" → "Sam
/// Ode"); the full name as written when nothing is left.
pub fn display_name(full: &str) -> String {
    let core = core(full);
    let kept: Vec<&str> = core
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(is_name_char(c) || c.is_alphanumeric() || c == ',')))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = kept.join(" ");
    let joined = joined.trim_end_matches(',').trim();
    if joined.chars().any(char::is_alphabetic) {
        joined.to_string()
    } else {
        full.trim().to_string()
    }
}

/// Every word of the name that could stand for the person: the greeting
/// name, given names and the family name (no titles, initials or suffixes).
pub fn name_words(full: &str) -> Vec<&str> {
    ordered_words(full).into_iter().filter(|w| !is_initial(w)).collect()
}

/// The family name, as an honorific would address it ("Hart" for "Dr.
/// Amelia Hart", "Nguyễn" for "Nguyễn Thị Minh").
pub fn family_name(full: &str) -> Option<&str> {
    let words = name_words(full);
    let greet = greeting_name(full);
    if words.len() < 2 {
        return None;
    }
    let first = words[0];
    // Family name first when the greeting name is not the first word.
    if !greet.starts_with(first) {
        return Some(first);
    }
    words.last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The shortcut for plain names agrees with the full reading.
        #[test]
        fn plain_names_are_read_alike(full in "(Dr|Mr|Nguyen|Kim|Jean|Maria|van|[A-Za-z0-9-]{1,8})( [A-Za-z0-9-]{0,8}){0,3}") {
            if let Some(quick) = plain_greeting(&full) {
                proptest::prop_assert_eq!(quick, greeting_name_read(&full));
            }
        }
    }

    #[test]
    fn the_names_drafts_md_lists() {
        for (full, greet) in [
            ("Sara Lee", "Sara"),
            ("Dr. Sara Lee", "Sara"),
            ("Dr.Amelia Hart", "Amelia"),
            ("Prof Jane Doe", "Jane"),
            ("🚀 Sam Ode", "Sam"),
            ("Sam Ode 🚀", "Sam"),
            ("Priya Raman (she/her)", "Priya"),
            ("(they/them) Alex Moss", "Alex"),
            ("Sara Lee, PhD", "Sara"),
            ("Sara Lee, MBA, PMP", "Sara"),
            ("Sara Lee, Head of Growth", "Sara"),
            ("Sara Lee | Hiring Rust engineers", "Sara"),
            ("Lee, Sara", "Sara"),
            ("van der Berg, Pieter", "Pieter"),
            ("J. Robert Oppenheimer", "Robert"),
            ("J.R. Smith", "Smith"),
            ("José María Aznar", "José María"),
            ("José María", "José María"),
            ("Maria Garcia", "Maria"),
            ("Jean Paul Gaultier", "Jean Paul"),
            ("Wei Ling Tan", "Wei Ling"),
            ("Siew Hoon Lim", "Siew Hoon"),
            ("Wei Zhang", "Wei"),
            ("Mary Ann Lee", "Mary"),
            ("Nguyễn Thị Minh", "Minh"),
            ("Nguyen Van An", "An"),
            ("Kim Min-jun", "Min-jun"),
            ("Park Ji-sung", "Ji-sung"),
            ("Robert (Bob) Smith", "Bob"),
            ("William \"Bill\" Gates", "Bill"),
            ("D'Arcy O'Neil", "D'Arcy"),
            ("Jean-Luc Picard", "Jean-Luc"),
            ("Madonna", "Madonna"),
            ("田中 太郎", "田中"),
            ("🦀🦀", ""),
            ("12345", ""),
            ("", ""),
        ] {
            assert_eq!(greeting_name(full), greet, "{full}");
        }
    }

    #[test]
    fn summaries_drop_emoji_pronouns_and_taglines() {
        assert_eq!(display_name("🚀 Sam Ode (he/him) | Hiring"), "Sam Ode");
        assert_eq!(display_name("Sara Lee"), "Sara Lee");
        assert_eq!(display_name("🦀"), "🦀");
    }

    #[test]
    fn family_names_for_honorifics() {
        assert_eq!(family_name("Dr. Amelia Hart"), Some("Hart"));
        assert_eq!(family_name("Nguyễn Thị Minh"), Some("Nguyễn"));
        assert_eq!(family_name("Kim Min-jun"), Some("Kim"));
        assert_eq!(family_name("Yuki Watanabe"), Some("Watanabe"));
        assert_eq!(family_name("Madonna"), None);
    }

    #[test]
    fn a_stored_greeting_name_wins() {
        let mut c = crate::model::Contact::named("Nguyễn Thị Minh");
        assert_eq!(greeting(&c), "Minh");
        c.greet = Some("Em Minh".into());
        assert_eq!(greeting(&c), "Em Minh");
        c.greet = Some("  ".into());
        assert_eq!(greeting(&c), "Minh");
    }
}

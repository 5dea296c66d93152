//! `private` beyond quoted runs (drafts.md): a fact of the user's memo said
//! in other words. Two kinds are caught: a figure (an amount, a count, a
//! percentage), compared by value so that "180k", "180,000" and "€180 000"
//! are the same; and a sensitive word (health, family, money, a job search,
//! an opinion of someone), compared by what it is about, so that
//! "interviewing" in the memo is found as "interview" or "job hunt".
//!
//! What the contact said themselves, or shows on their profile, is theirs
//! to hear again: a figure or topic found there is not private.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::words::{Token, tokens};

/// A figure as written, with its value in hundredths (so that "2.5k" and
/// "2,500" compare equal without floating-point noise).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub written: String,
    pub hundredths: i128,
    pub percent: bool,
}

impl Figure {
    fn same_as(&self, other: &Figure) -> bool {
        self.hundredths == other.hundredths && self.percent == other.percent
    }
}

const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '₦'];
const CURRENCY_WORDS: &[&str] = &[
    "usd", "eur", "gbp", "chf", "sek", "nok", "dkk", "cad", "aud", "nzd", "jpy", "inr", "pln", "czk", "huf", "brl",
    "mxn", "sgd", "hkd", "kr", "dollars", "dollar", "euros", "euro", "pounds", "bucks", "francs", "rupees",
];
/// Words after a number that multiply it, with the multiplier.
const MULTIPLIERS: &[(&str, i128)] = &[
    ("k", 1_000),
    ("thousand", 1_000),
    ("grand", 1_000),
    ("m", 1_000_000),
    ("mm", 1_000_000),
    ("mn", 1_000_000),
    ("mio", 1_000_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("b", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("billion", 1_000_000_000),
];

/// Characters that may group thousands or mark decimals inside a number.
fn is_separator(c: char) -> bool {
    matches!(c, ',' | '.' | '\'' | '\u{2019}' | '\u{00A0}' | '\u{202F}' | ' ')
}

/// The value of a number's digits and separators, in hundredths, when they
/// read as one number: "180,000", "250.000", "1,5", "2.75", "250 000". A
/// date ("20.11.2026"), a version ("1.2.3") or a list ("3, 4") is not one.
fn number_value(raw: &str) -> Option<i128> {
    let mut groups: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in raw.char_indices() {
        if is_separator(c) {
            groups.push(&raw[start..i]);
            seps.push(c);
            start = i + c.len_utf8();
        }
    }
    groups.push(&raw[start..]);
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let thousands = |gs: &[&str]| gs.len() == 1 || (gs[0].len() <= 3 && gs[1..].iter().all(|g| g.len() == 3));
    let digits = |gs: &[&str]| -> Option<i128> { gs.concat().parse::<i128>().ok() };
    let (int_groups, decimals): (&[&str], &str) = match seps.as_slice() {
        [] => (&groups[..], ""),
        // One mark: thousands when three digits follow, else decimals.
        [one] if groups[1].len() == 3 && *one != ' ' => (&groups[..], ""),
        [',' | '.'] => (&groups[..1], groups[1]),
        many => {
            let last = many[many.len() - 1];
            let first = many[0];
            if many.iter().all(|c| *c == first) {
                (&groups[..], "")
            } else if matches!(last, ',' | '.') && many[..many.len() - 1].iter().all(|c| *c == first) {
                (&groups[..groups.len() - 1], groups[groups.len() - 1])
            } else {
                return None;
            }
        }
    };
    if !thousands(int_groups) {
        return None;
    }
    let whole = digits(int_groups)?;
    let cents = match decimals.len() {
        0 => 0,
        1 => decimals.parse::<i128>().ok()? * 10,
        2 => decimals.parse::<i128>().ok()?,
        // More decimal places than a figure in a message carries: rounded.
        _ => {
            let head: i128 = decimals.get(..3)?.parse().ok()?;
            (head + 5) / 10
        }
    };
    whole.checked_mul(100)?.checked_add(cents)
}

/// The figures in a text: amounts with a currency, numbers with a
/// multiplier ("180k", "2.5 million"), percentages, numbers grouped in
/// thousands, and plain numbers of 100 or more that are not years. Times,
/// dates and versions are not figures.
pub fn figures(text: &str) -> Vec<Figure> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|(_, c)| *c);
    let byte = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let glued_before =
            i > 0 && at(i - 1).is_some_and(|p| p.is_alphanumeric() || matches!(p, ':' | '/' | '-' | '.'));
        if !c.is_ascii_digit() || glued_before {
            i += 1;
            continue;
        }
        // Digits, with single separators between them.
        let mut j = i;
        while j < chars.len() {
            let cj = chars[j].1;
            if cj.is_ascii_digit() {
                j += 1;
            } else if is_separator(cj) && at(j + 1).is_some_and(|n| n.is_ascii_digit()) {
                // A space groups thousands only before exactly three digits.
                let three_after = (1..=3).all(|d| at(j + d).is_some_and(|n| n.is_ascii_digit()))
                    && !at(j + 4).is_some_and(|n| n.is_ascii_digit());
                if cj == ' ' && !three_after {
                    break;
                }
                j += 1;
            } else {
                break;
            }
        }
        let raw = &text[byte(i)..byte(j)];
        let value = number_value(raw);
        // Times (18:00), dates (2026-11-20, 20/11) and versions go on.
        if at(j).is_some_and(|n| matches!(n, ':' | '/' | '-') && at(j + 1).is_some_and(|d| d.is_ascii_digit())) {
            i = j + 1;
            while at(i).is_some_and(|d| d.is_ascii_digit() || matches!(d, ':' | '/' | '-' | '.')) {
                i += 1;
            }
            continue;
        }
        let Some(mut hundredths) = value else {
            i = j;
            continue;
        };
        // What follows: a percent sign, a multiplier, a currency.
        let mut k = j;
        let mut end = j;
        let skip_space = |k: usize| if at(k) == Some(' ') { k + 1 } else { k };
        let word_at = |k: usize| -> (String, usize) {
            let mut e = k;
            while at(e).is_some_and(char::is_alphabetic) {
                e += 1;
            }
            (text[byte(k)..byte(e)].to_lowercase(), e)
        };
        let mut percent = false;
        let mut multiplied = false;
        let mut currency = false;
        let next = skip_space(k);
        if at(next) == Some('%') {
            percent = true;
            end = next + 1;
        } else {
            let (w, e) = word_at(next);
            if w == "percent" || w == "pct" {
                percent = true;
                end = e;
                k = e;
            } else if let Some((_, m)) = MULTIPLIERS.iter().find(|(s, _)| *s == w) {
                // "5 m" away from the number is metres or a name; only glued
                // single letters multiply.
                if w.len() > 1 || next == j {
                    hundredths = hundredths.saturating_mul(*m);
                    multiplied = true;
                    end = e;
                    k = e;
                }
            }
            if !percent {
                let after = skip_space(k);
                if at(after).is_some_and(|c| CURRENCY_SIGNS.contains(&c)) {
                    currency = true;
                    end = after + 1;
                } else {
                    let (w, e) = word_at(after);
                    if CURRENCY_WORDS.contains(&w.as_str()) {
                        currency = true;
                        end = e;
                    }
                }
            }
        }
        // Before: a currency sign or code ("$250,000", "EUR 90k", "US$ 5").
        let mut begin = i;
        let mut b = i;
        if b > 0 && at(b - 1) == Some(' ') {
            b -= 1;
        }
        if b > 0 && at(b - 1).is_some_and(|c| CURRENCY_SIGNS.contains(&c)) {
            currency = true;
            begin = b - 1;
        } else {
            let mut s = b;
            while s > 0 && at(s - 1).is_some_and(char::is_alphabetic) {
                s -= 1;
            }
            let w = text[byte(s)..byte(b)].to_lowercase();
            if s < b && CURRENCY_WORDS.contains(&w.as_str()) {
                currency = true;
                begin = s;
            }
        }
        let grouped = raw.chars().any(is_separator) && hundredths >= 100_000;
        let whole = hundredths % 100 == 0;
        let year = whole && (190_000..=210_000).contains(&hundredths) && raw.len() == 4;
        let plain = whole && hundredths >= 10_000 && !year;
        if currency || multiplied || percent || grouped || plain {
            out.push(Figure {
                written: text[byte(begin)..byte(end)].trim().to_string(),
                hundredths,
                percent,
            });
        }
        i = end.max(j);
    }
    out
}

/// A sensitive subject and the words that name it. A word ending in `+`
/// stands for its regular forms too ("divorce+": divorced, divorcing); a
/// form of several words is matched word by word ("job hunt").
struct Subject {
    forms: &'static [&'static str],
}

/// Subjects told in confidence, by what they are about (drafts.md: health,
/// family, money, a job search, an opinion about a third person). Words
/// with a common everyday sense ("money", "hate", "Visa", "medical") are
/// left out: a warning on "I'd hate to miss it" teaches users to ignore it.
const SUBJECTS: &[Subject] = &[
    // A job search.
    Subject {
        forms: &[
            "interview+",
            "job hunt",
            "job hunting",
            "job search",
            "job searching",
            "job seeking",
            "looking for a new job",
            "looking for a new role",
            "looking for a new position",
            "job offer",
            "job offers",
            "offer letter",
            "counteroffer+",
            "counter offer",
            "headhunt+",
            "headhunter+",
            "resign+",
            "resignation",
            "quit",
            "quits",
            "quitting",
            "notice period",
            "open to work",
            "thinking of leaving",
            "thinking about leaving",
            "planning to leave",
            "planning on leaving",
            "plans to leave",
            "wants to leave",
            "about to leave",
            "leave her job",
            "leave his job",
            "leaving her job",
            "leaving his job",
            "leave the company",
            "leaving the company",
        ],
    },
    // Losing a job.
    Subject {
        forms: &[
            "laid off",
            "lay off",
            "layoff+",
            "fired",
            "redundant",
            "redundancy",
            "redundancies",
            "unemploy+",
            "unemployment",
            "severance",
            "performance improvement plan",
            "let her go",
            "let him go",
            "let them go",
        ],
    },
    // Money.
    Subject {
        forms: &[
            "salary",
            "salaries",
            "paycheck+",
            "pay rise",
            "pay raise",
            "payrise",
            "pay cut",
            "underpaid",
            "overpaid",
            "compensation",
            "bonus",
            "bonuses",
            "equity",
            "stock options",
            "debt+",
            "loan+",
            "mortgage+",
            "bankrupt",
            "bankruptcy",
            "income",
            "savings",
            "runway",
            "valuation+",
        ],
    },
    // Health.
    Subject {
        forms: &[
            "ill",
            "illness",
            "illnesses",
            "sick",
            "sickness",
            "sick leave",
            "medical leave",
            "cancer",
            "tumour+",
            "tumor+",
            "chemo",
            "chemotherapy",
            "surgery",
            "hospital+",
            "hospitalised",
            "hospitalized",
            "diagnos+",
            "diagnosis",
            "diagnosed",
            "burnout",
            "burned out",
            "burnt out",
            "depression",
            "depressed",
            "anxiety",
            "panic attack+",
            "therapy",
            "therapist+",
            "pregnant",
            "pregnancy",
            "miscarriage+",
            "ivf",
            "fertility",
            "injur+",
            "injury",
            "injuries",
            "rehab",
            "mental health",
            "disability",
            "disabled",
            "heart attack",
            "covid",
            "diabetes",
            "adhd",
            "insomnia",
        ],
    },
    // Family and relationships.
    Subject {
        forms: &[
            "divorce+",
            "separated",
            "separation",
            "breakup",
            "broke up",
            "affair",
            "funeral+",
            "death",
            "died",
            "dying",
            "passed away",
            "grief",
            "griev+",
            "widow+",
            "caregiver+",
            "caring for",
        ],
    },
    // What they feel about work.
    Subject {
        forms: &[
            "unhappy",
            "miserable",
            "frustrated",
            "frustration",
            "fed up",
            "stressed",
        ],
    },
    // An opinion of someone.
    Subject {
        forms: &[
            "incompetent",
            "incompetence",
            "useless",
            "toxic",
            "lazy",
            "clueless",
            "idiot+",
            "jerk+",
            "micromanag+",
            "micromanager+",
            "micromanages",
            "micromanaging",
            "bully",
            "bullies",
            "bullied",
            "bullying",
            "harass+",
            "harassment",
            "rude",
            "arrogant",
            "unreliable",
            "dishonest",
            "liar+",
            "untrustworthy",
            "creepy",
            "sexist",
            "racist",
            "abrasive",
            "can not stand",
            "out of his depth",
            "out of her depth",
            "out of their depth",
            "hard to work with",
            "difficult to work with",
            "fraud",
        ],
    },
    // Legal matters and papers.
    Subject {
        forms: &[
            "lawsuit+",
            "litigation",
            "sued",
            "suing",
            "arrest+",
            "green card",
            "work permit",
            "immigration",
            "deport+",
        ],
    },
    // A company's troubles told in confidence.
    Subject {
        forms: &[
            "reorg+",
            "reorganisation",
            "reorganization",
            "restructur+",
            "downsiz+",
            "hiring freeze",
            "merger+",
            "acquisition talks",
            "going under",
        ],
    },
];

/// Endings a `+` form may take: plurals, past, participles, agents, nouns.
const ENDINGS: &[&str] = &[
    "s", "es", "ed", "d", "ing", "er", "ers", "ment", "ments", "ion", "ions", "ee", "ees",
];

/// Whether `word` is `base` or one of its regular forms ("divorce" gives
/// "divorced", "divorcing"; "diagnos" gives "diagnose", "diagnosing").
fn is_form_of(base: &str, word: &str) -> bool {
    if word == base {
        return true;
    }
    if let Some(rest) = word.strip_prefix(base) {
        return ENDINGS.contains(&rest) || (base.len() >= 5 && matches!(rest, "e" | "es" | "ed" | "ing" | "is"));
    }
    // "divorce" → "divorcing", "griev(e)".
    base.strip_suffix('e')
        .and_then(|stem| word.strip_prefix(stem))
        .is_some_and(|rest| matches!(rest, "ing" | "ed"))
}

/// One form of a subject, read into words; the last may take endings.
struct Form {
    subject: usize,
    words: Vec<String>,
    inflects: bool,
}

/// Every form, by its first word's first three letters (each token is
/// compared with a handful of forms, not all of them).
fn forms() -> &'static HashMap<String, Vec<Form>> {
    static FORMS: OnceLock<HashMap<String, Vec<Form>>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut by_start: HashMap<String, Vec<Form>> = HashMap::new();
        for (subject, s) in SUBJECTS.iter().enumerate() {
            for f in s.forms {
                let inflects = f.ends_with('+');
                let words: Vec<String> = f.trim_end_matches('+').split(' ').map(str::to_string).collect();
                let key: String = words[0].chars().take(3).collect();
                by_start.entry(key).or_default().push(Form {
                    subject,
                    words,
                    inflects,
                });
            }
        }
        // The longest form first: "broke up" before "broke".
        for candidates in by_start.values_mut() {
            candidates.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        by_start
    })
}

/// A sensitive word found in a text: which subject, and its token span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub subject: usize,
    pub first: usize,
    pub last: usize,
}

/// The sensitive words of a text, in order.
pub fn mentions(toks: &[Token]) -> Vec<Mention> {
    let forms = forms();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let key: String = t.word.chars().take(3).collect();
        let Some(candidates) = forms.get(&key) else { continue };
        for f in candidates {
            let n = f.words.len();
            let Some(window) = toks.get(i..i + n) else { continue };
            let fits = window.iter().zip(&f.words).enumerate().all(|(k, (tok, w))| {
                let last = k + 1 == n;
                if last && f.inflects {
                    is_form_of(w, &tok.word)
                } else {
                    tok.word == *w
                }
            });
            // A form inside one sentence only.
            if fits && !window[1..].iter().any(|t| t.sentence_start) {
                out.push(Mention {
                    subject: f.subject,
                    first: i,
                    last: i + n - 1,
                });
                break;
            }
        }
    }
    out
}

/// "interviewed me", "fired us": the user's own story, not theirs.
fn about_user(toks: &[Token], m: &Mention) -> bool {
    toks.get(m.last + 1)
        .is_some_and(|t| matches!(t.word.as_str(), "me" | "us"))
}

/// What of a memo a message says again in other words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A figure: as the memo writes it, as the message does.
    Figure(String, String),
    /// A sensitive subject: the memo's word, the message's word.
    Subject(String, String),
}

/// The first fact of the memos that `text` says in other words, leaving out
/// what `theirs` (their own words and profile) already says.
pub fn said_again(text: &str, toks: &[Token], memos: &[String], theirs: &[&str]) -> Option<Said> {
    if memos.is_empty() {
        return None;
    }
    let public_figures: Vec<Figure> = theirs.iter().flat_map(|t| figures(t)).collect();
    let public_subjects: Vec<usize> = theirs
        .iter()
        .flat_map(|t| mentions(&tokens(t)))
        .map(|m| m.subject)
        .collect();
    let private_figures: Vec<Figure> = memos
        .iter()
        .flat_map(|m| figures(m))
        .filter(|f| !public_figures.iter().any(|p| p.same_as(f)))
        .collect();
    if !private_figures.is_empty() {
        for f in figures(text) {
            if let Some(m) = private_figures.iter().find(|p| p.same_as(&f)) {
                return Some(Said::Figure(m.written.clone(), f.written));
            }
        }
    }
    let mut private_subjects: Vec<(usize, String)> = Vec::new();
    for memo in memos {
        let mtoks = tokens(memo);
        for m in mentions(&mtoks) {
            if about_user(&mtoks, &m) || public_subjects.contains(&m.subject) {
                continue;
            }
            let written = memo
                .get(mtoks[m.first].start..mtoks[m.last].end)
                .unwrap_or("")
                .to_string();
            if !private_subjects.iter().any(|(s, _)| *s == m.subject) {
                private_subjects.push((m.subject, written));
            }
        }
    }
    mentions(toks)
        .into_iter()
        .filter(|m| !about_user(toks, m))
        .find_map(|m| {
            private_subjects
                .iter()
                .find(|(s, _)| *s == m.subject)
                .map(|(_, memo_word)| {
                    let here = text.get(toks[m.first].start..toks[m.last].end).unwrap_or("");
                    Said::Subject(memo_word.clone(), here.to_string())
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, i128)> {
        figures(text)
            .into_iter()
            .map(|f| (f.written, f.hundredths / 100))
            .collect()
    }

    #[test]
    fn figures_are_read_with_their_currency_and_multiplier() {
        assert_eq!(values("salary 180k"), [("180k".to_string(), 180_000)]);
        assert_eq!(values("offered $250,000 flat"), [("$250,000".to_string(), 250_000)]);
        assert_eq!(values("about 180 000€ a year"), [("180 000€".to_string(), 180_000)]);
        assert_eq!(
            values("EUR 90k or 1.5 million"),
            [("EUR 90k".into(), 90_000), ("1.5 million".into(), 1_500_000)]
        );
        assert_eq!(values("a 12% raise"), [("12%".to_string(), 12)]);
        assert_eq!(values("CHF 250'000"), [("CHF 250'000".to_string(), 250_000)]);
        assert_eq!(values("team of 140 people"), [("140".to_string(), 140)]);
    }

    #[test]
    fn years_times_dates_and_small_numbers_are_not_figures() {
        for t in [
            "see you in 2026",
            "at 18:00 on 2026-11-20",
            "on 20.11.2026",
            "version 1.2.3",
            "3 kids and 2 dogs",
            "v250 and B2B",
            "the 5 m wall",
        ] {
            assert!(figures(t).is_empty(), "{t}: {:?}", figures(t));
        }
    }

    #[test]
    fn sensitive_words_are_found_in_their_forms() {
        let subjects = |t: &str| -> Vec<usize> { mentions(&tokens(t)).into_iter().map(|m| m.subject).collect() };
        assert_eq!(subjects("she's interviewing"), subjects("how did the interview go"));
        assert_eq!(subjects("going through a divorce"), subjects("now divorced"));
        assert_eq!(subjects("he was laid off"), subjects("after the layoffs"));
        assert_eq!(subjects("I can't stand him"), subjects("can not stand"));
        assert!(subjects("an illustrated guide to the interstate").is_empty());
        assert!(subjects("illness").len() == 1 && subjects("ill").len() == 1);
    }

    proptest::proptest! {
        /// Any text, digits and separators above all, is read without a
        /// panic, and every figure found is written in the text.
        #[test]
        fn any_text_is_read(text in "[0-9 ,.'$€%kKmM:/a-z\\-é]{0,40}", memo in "[0-9 ,.kM$a-z]{0,30}") {
            for f in figures(&text) {
                proptest::prop_assert!(text.contains(&f.written), "{:?} in {:?}", f, text);
            }
            let toks = tokens(&text);
            let _ = said_again(&text, &toks, &[memo], &[]);
        }

        /// An amount reads the same however it is written.
        #[test]
        fn one_amount_in_any_writing_is_one_figure(thousands in 1i128..999, currency in 0usize..3) {
            let n = thousands * 1000;
            let grouped = format!("{},{:03}", n / 1000, n % 1000);
            let sign = ["", "$", "€"][currency];
            let writings = [
                format!("{sign}{thousands}k"),
                format!("{sign}{grouped}"),
                format!("{sign}{thousands} thousand"),
                format!("{thousands}.000 EUR"),
            ];
            for w in &writings {
                let f = figures(&format!("it was {w} in the end"));
                proptest::prop_assert_eq!(f.len(), 1, "{}", w);
                proptest::prop_assert_eq!(f[0].hundredths, n * 100, "{}", w);
            }
        }

        /// A memo's figure is found in any message that writes it another
        /// way, and never when their own message said it first.
        #[test]
        fn a_figure_of_the_memo_is_private_unless_they_said_it(thousands in 100i128..999) {
            let memo = vec![format!("salary {thousands}k, keep it quiet")];
            let text = format!("Hi Sara, is {},000 fair?", thousands);
            let toks = tokens(&text);
            let found = said_again(&text, &toks, &memo, &[]);
            proptest::prop_assert!(matches!(found, Some(Said::Figure(_, _))), "{:?}", found);
            let theirs = format!("they pay me {thousands}k now");
            proptest::prop_assert_eq!(said_again(&text, &toks, &memo, &[theirs.as_str()]), None);
        }
    }
}

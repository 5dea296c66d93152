//! Constructions for `early-ask` and `pitch` (drafts.md): a favour asked
//! indirectly ("would you mind putting me in touch with…", "any chance you
//! know someone who…") and a pitch word that is declined ("no need for a
//! demo", "not interested in your pricing"). A phrase list matches words in
//! a row; these match slots in order with a few words between them, in one
//! sentence.

use super::words::Token;

/// One slot of a construction: alternatives separated by `|`, each one or
/// more words ("put+|putting me"); a word ending in `+` takes its regular
/// forms ("connect+": connects, connected, connecting). A slot `...N` is a
/// gap of up to N words.
type Construction = &'static [&'static str];

/// Words that make a request polite and indirect, before the favour.
const FRAMES: &str = "would you mind|could you|can you|would you be able to|would you be willing to|would you be open to|\
    any chance you could|is there any chance you could|if you could|if you can|if you would|wondering if you could|\
    wondering if you would|would it be possible to|would it be possible for you to|grateful if you could|\
    appreciate it if you could|do you think you could|might you|could i ask you to|would you";

/// Verbs of a favour that takes the user, or the user's things, along.
const FAVOUR_VERBS: &str = "put+|putting|get|getting|introduce+|introducing|connect+|connecting|refer+|referring|\
    recommend+|forward+|pass+|passing|share+|sharing|mention+|mentioning|flag+|flagging|review+|reviewing|look|\
    looking|vouch+|vouching|endorse+|endorsing|loop+";

/// A favour asked indirectly, or named without a phrase of the list.
const INDIRECT_ASKS: &[Construction] = &[
    &["put+|putting|get|getting", "me|us", "in touch|in contact"],
    &[
        "introduce+|introducing|connect+|connecting|refer+|referring|recommend+|vouch for|vouching for",
        "me|us",
    ],
    &["an intro|an introduction|a warm intro|a warm introduction|a referral|a reference"],
    &["put+|putting", "my name forward|in a word|a word in|in a good word"],
    &["pick your brain|pick your brains|picking your brain|a favour|a favor|a small favour|a quick favour"],
    &[
        "look+|glance+|feedback|thoughts|eyes",
        "at|over|on",
        "my|our",
        "...2",
        "cv|resume|résumé|portfolio|application|draft|deck|pitch|profile|proposal|essay|paper|code|website|startup|\
         idea|plan|book|manuscript|thesis|cover letter|linkedin|work",
    ],
    &[
        "you",
        "...3",
        "know|knew",
        "anyone|someone|anybody|somebody|of anyone|of someone|of anybody|the right person",
    ],
    &[
        "whoever|the person who|the person that|the people who|someone who|somebody who|anyone who|anybody who",
        "...4",
        "hiring|hires|recruiting|recruitment|talent",
    ],
    &[
        "are you|is your team|is your company|are you guys|is the team|is anyone|are they|is your",
        "...2",
        "hiring|recruiting",
    ],
    &["any|open|available", "...1", "openings|positions|vacancies|roles|jobs"],
    &["keep me in mind|keep me posted on roles|if anything opens up|if something opens up|if a role opens up"],
    &[
        "i am|i will be|i have been",
        "...1",
        "looking for|searching for|on the lookout for|hunting for",
        "...3",
        "job|role|position|opportunities|opportunity|gig",
    ],
    &[FRAMES, "...4", FAVOUR_VERBS, "...2", "me|my|us|our|whoever"],
];

/// Words before a pitch word that decline it, with the most words that may
/// come between ("not interested in your pricing": 2).
const DECLINES_BEFORE: &[(&str, usize)] = &[
    (
        "no need|no need for|do not need|does not need|did not need|not need|no longer need|do not want|\
         does not want|not interested|no interest|pass on|passing on|skip|skipping|no thanks|no thank you|\
         not looking for|not in the market for|no use for|do not require|not ready for|not keen on|\
         decline|declining|not want",
        6,
    ),
    ("no|not|never|without|nor", 1),
];

/// Words after a pitch word that decline it ("a demo is not needed").
const DECLINES_AFTER: Construction = &[
    "...3",
    "not needed|not necessary|not required|not relevant|unnecessary|not for me|not for us|no thanks|\
     no thank you|not be necessary|not be needed|can wait|not a fit",
];

/// A word after which a new clause starts: a decline reaches no further.
fn ends_clause(t: &Token) -> bool {
    matches!(t.next, Some(',' | ';' | ':' | '—' | '–' | '(' | ')'))
}

/// Whether token `i` may continue a match that started before it: same
/// sentence, and (when `clause`) same clause, and no "but" in between.
fn continues(toks: &[Token], i: usize, clause: bool) -> bool {
    let t = &toks[i];
    if t.sentence_start {
        return false;
    }
    !clause || (i > 0 && !ends_clause(&toks[i - 1]) && !matches!(t.word.as_str(), "but" | "though" | "however"))
}

/// Whether `word` is `base`, or with `+` one of its regular forms.
fn word_fits(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('+') {
        None => pattern == word,
        Some(base) => {
            word == base
                || word
                    .strip_prefix(base)
                    .is_some_and(|rest| matches!(rest, "s" | "es" | "ed" | "d" | "ing"))
                || base
                    .strip_suffix('e')
                    .and_then(|stem| word.strip_prefix(stem))
                    .is_some_and(|rest| rest == "ing")
                // put → putting, refer → referring.
                || base.chars().last().is_some_and(|c| {
                    word.strip_prefix(base)
                        .and_then(|r| r.strip_prefix(c))
                        .is_some_and(|r| matches!(r, "ing" | "ed"))
                })
        }
    }
}

/// The last token of a match of `slots` starting at token `at`, if any.
fn match_at(toks: &[Token], slots: &[&str], at: usize, clause: bool, first: bool) -> Option<usize> {
    let Some((slot, rest)) = slots.split_first() else {
        return at.checked_sub(1);
    };
    if let Some(n) = slot.strip_prefix("...") {
        let most: usize = n.parse().unwrap_or(4);
        for skip in 0..=most {
            if skip > 0 && (at + skip > toks.len() || !continues(toks, at + skip - 1, clause)) {
                break;
            }
            if let Some(end) = match_at(toks, rest, at + skip, clause, first && skip == 0) {
                return Some(end);
            }
        }
        return None;
    }
    for alt in slot.split('|') {
        // Read word by word without collecting: this runs for every token
        // of every draft a contact may be sent.
        let mut len = 0;
        let fits = alt.split_whitespace().enumerate().all(|(k, w)| {
            len = k + 1;
            toks.get(at + k)
                .is_some_and(|t| word_fits(w, &t.word) && ((first && k == 0) || continues(toks, at + k, clause)))
        });
        if fits && let Some(end) = match_at(toks, rest, at + len, clause, false) {
            return Some(end);
        }
    }
    None
}

/// Whether a word can begin one of the indirect asks: most words of a
/// message cannot, and are passed over with one look-up (the check runs on
/// every candidate of every draft).
fn may_begin_an_ask(word: &str) -> bool {
    static FIRST: std::sync::OnceLock<(std::collections::HashSet<&'static str>, Vec<&'static str>)> =
        std::sync::OnceLock::new();
    let (exact, stems) = FIRST.get_or_init(|| {
        let mut exact = std::collections::HashSet::new();
        let mut stems = Vec::new();
        for c in INDIRECT_ASKS {
            for alt in c[0].split('|') {
                let first = alt.split_whitespace().next().unwrap_or("");
                match first.strip_suffix('+') {
                    Some(stem) => stems.push(stem),
                    None => {
                        exact.insert(first);
                    }
                }
            }
        }
        (exact, stems)
    });
    exact.contains(word) || stems.iter().any(|s| word.starts_with(s))
}

/// The favours asked indirectly in a text, as token spans, in order, none
/// inside another.
pub fn indirect_asks(toks: &[Token]) -> Vec<(usize, usize)> {
    let starts: Vec<usize> = (0..toks.len()).filter(|i| may_begin_an_ask(&toks[*i].word)).collect();
    let mut spans: Vec<(usize, usize)> = INDIRECT_ASKS
        .iter()
        .flat_map(|c| {
            starts
                .iter()
                .filter_map(|&i| match_at(toks, c, i, false, true).map(|end| (i, end)))
        })
        .collect();
    spans.sort_unstable();
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for s in spans {
        match kept.last_mut() {
            Some(last) if s.0 <= last.1 => last.1 = last.1.max(s.1),
            _ => kept.push(s),
        }
    }
    kept
}

/// Whether the pitch words at tokens `first..=last` are declined: a decline
/// before them in the same clause ("no need for a demo"), one just after
/// ("a demo isn't necessary"), or the words are theirs ("your pricing").
pub fn declined(toks: &[Token], first: usize, last: usize) -> bool {
    let theirs = first > 0
        && continues(toks, first, true)
        && matches!(toks[first - 1].word.as_str(), "your" | "their" | "his" | "her");
    theirs || declined_before(toks, first) || match_at(toks, DECLINES_AFTER, last + 1, true, false).is_some()
}

/// A decline that ends before token `first`, in its clause, close enough.
fn declined_before(toks: &[Token], first: usize) -> bool {
    DECLINES_BEFORE.iter().any(|(phrases, most)| {
        (0..first).any(|start| {
            let decline: &[&str] = &[phrases];
            match_at(toks, decline, start, true, true).is_some_and(|end| {
                end < first && first - end - 1 <= *most && (end + 1..=first).all(|k| continues(toks, k, true))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn asks(text: &str) -> bool {
        !indirect_asks(&tokens(text)).is_empty()
    }

    #[test]
    fn favour_verbs_take_their_forms() {
        assert!(word_fits("put+", "putting"));
        assert!(word_fits("refer+", "referring"));
        assert!(word_fits("introduce+", "introducing"));
        assert!(word_fits("connect+", "connected"));
        assert!(!word_fits("put+", "output"));
    }

    #[test]
    fn indirect_asks_are_found_in_one_sentence() {
        assert!(asks(
            "Would you mind putting me in touch with whoever leads design hiring?"
        ));
        assert!(asks("any chance you know someone who does payments?"));
        assert!(asks("I was wondering if you could forward my details to the team"));
        assert!(!asks("Would you mind. Putting me first is odd."));
        assert!(!asks("Do you know when the meetup is?"));
        assert!(!asks("Could you tell me how it went?"));
    }

    fn pitch_declined(text: &str, word: &str) -> bool {
        let toks = tokens(text);
        let at = toks.iter().position(|t| t.word == word).unwrap_or(0);
        declined(&toks, at, at)
    }

    #[test]
    fn declines_reach_to_the_end_of_their_clause() {
        assert!(pitch_declined("No need for a demo, thanks.", "demo"));
        assert!(pitch_declined("I'm not interested in a demo or a trial.", "trial"));
        assert!(pitch_declined("A demo isn't necessary.", "demo"));
        assert!(!pitch_declined("No pressure, but a demo?", "demo"));
        assert!(!pitch_declined("No worries. Book a demo!", "demo"));
        assert!(!pitch_declined("Don't miss the demo!", "demo"));
    }

    proptest::proptest! {
        /// Any words, in any order and punctuation, are read without a
        /// panic, and every span found lies inside the text.
        #[test]
        fn any_text_is_read(text in "(would|you|mind|put|putting|me|in|touch|no|need|for|a|demo|,|\\.|know|someone|whoever|who|hiring|is|anyone|any|open|roles|i|am|looking|job|could|introduce|my|cv|look|at| ){0,30}") {
            let toks = tokens(&text);
            let found = indirect_asks(&toks);
            for (first, last) in &found {
                proptest::prop_assert!(first <= last && *last < toks.len());
            }
            // The first-word filter loses nothing: every construction tried
            // at every token finds the same asks.
            let every: Vec<(usize, usize)> = INDIRECT_ASKS
                .iter()
                .flat_map(|c| (0..toks.len()).filter_map(|i| match_at(&toks, c, i, false, true).map(|e| (i, e))))
                .collect();
            for (first, last) in every {
                proptest::prop_assert!(found.iter().any(|(f, l)| *f <= first && last <= *l), "{} {}", first, last);
            }
            for i in 0..toks.len() {
                let _ = declined(&toks, i, i);
            }
        }

        /// Any pitch phrase of the list is declined by any decline before
        /// it, and is still a pitch once a clause or a sentence separates them.
        #[test]
        fn a_decline_covers_its_own_clause_only(
            phrase in proptest::sample::select(super::super::PITCH),
            decline in proptest::sample::select(&["no need for", "I don't need", "not interested in", "we'll pass on", "no"][..]),
            apart in proptest::sample::select(&[" ", ". Still, ", ", but "][..]),
        ) {
            let text = format!("Hi Brad, {decline}{apart}{phrase} for now.");
            let toks = tokens(&text);
            let words = super::super::words::phrase_words(phrase);
            let first = super::super::words::find_phrase(&toks, &words);
            proptest::prop_assert_eq!(first.len(), 1);
            let last = first[0] + words.len() - 1;
            proptest::prop_assert_eq!(declined(&toks, first[0], last), apart == " ", "{}", text);
        }
    }
}

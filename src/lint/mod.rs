//! The message check (drafts.md, `tend lint`): eight checks on a text, with
//! what is known of the recipient and of recent sent texts. [`Linter::check`]
//! is pure, so the drafts use it too; [`gather`] reads what it needs from the
//! store.

pub mod constructions;
pub mod gather;
pub mod names;
pub mod private;
pub mod words;

use std::collections::HashSet;

use crate::model::ContactId;

use words::{Token, find_any, letters, phrase_words, tokens};

/// The checks, in the order findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    Placeholder,
    NoName,
    Generic,
    TooLong,
    Formal,
    NoCallToAction,
    EarlyAsk,
    Pitch,
    Private,
    Repeated,
}

impl Code {
    pub const ALL: [Code; 10] = [
        Code::Placeholder,
        Code::NoName,
        Code::Generic,
        Code::TooLong,
        Code::Formal,
        Code::NoCallToAction,
        Code::EarlyAsk,
        Code::Pitch,
        Code::Private,
        Code::Repeated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Placeholder => "placeholder",
            Code::NoName => "no-name",
            Code::Generic => "generic",
            Code::TooLong => "too-long",
            Code::Formal => "formal",
            Code::NoCallToAction => "no-call-to-action",
            Code::EarlyAsk => "early-ask",
            Code::Pitch => "pitch",
            Code::Private => "private",
            Code::Repeated => "repeated",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "warning[{}]: {}", self.code, self.message)
    }
}

/// The built-in phrase lists of drafts.md; `[lint]` adds to them.
pub const GENERIC: &[&str] = &[
    "add you to my professional network",
    "I came across your profile",
    "I would like to connect",
    "expand my network",
    "grow my network",
    "I hope this message finds you well",
];
pub const FORMAL: &[&str] = &[
    "Dear Sir or Madam",
    "Dear Sir",
    "Dear Madam",
    "To whom it may concern",
    "I am writing to",
    "Please do not hesitate",
    "Yours faithfully",
    "Respectfully yours",
    "Esteemed",
];
pub const CALL_TO_ACTION: &[&str] = &[
    "let us",
    "would you",
    "happy to",
    "love to hear",
    "love to chat",
    "shall we",
    "are you free",
    "open to",
    "let me know",
];
pub const EARLY_ASK: &[&str] = &[
    "refer me",
    "referral",
    "introduce me",
    "introduction to",
    "put in a good word",
    "hire me",
    "hiring manager",
    "open role",
    "job opening",
    "apply for",
    "my resume",
    "my résumé",
    "my CV",
    "can you help me",
    "could you help me",
    "put me in touch",
    "connect me with",
    "intro to",
    "introduce me to",
    "pass my",
    "forward my",
];
pub const PITCH: &[&str] = &[
    "demo",
    "our product",
    "our platform",
    "our solution",
    "our service",
    "pricing",
    "free trial",
    "book a call with",
    "15 minutes of your time",
    "best on the market",
    "help companies like",
    "schedule a meeting with my team",
];

/// How many consecutive words of a memo make `private` (drafts.md).
pub const PRIVATE_RUN: usize = 5;

/// Words of 4+ letters too common to make a message specific ("with",
/// "through"), or that any friendly message uses ("thanks", "great").
const NOT_SPECIFIC: &[&str] = &[
    "about", "above", "after", "again", "also", "been", "before", "being", "both", "could", "does", "doing", "down",
    "during", "each", "even", "from", "have", "having", "here", "into", "just", "like", "more", "most", "much", "must",
    "only", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
    "while", "will", "with", "would", "your", "yours", "ours", "thanks", "thank", "hello", "great", "good", "nice",
    "well", "really", "still", "time", "soon", "today", "week", "weeks", "month", "months", "year", "years", "chat",
    "talk", "talked", "call", "catch", "love", "know", "hear", "meet", "work", "working", "message", "note", "news",
    "post", "hope", "things", "thing", "going", "want", "make", "made", "take", "took", "come", "came", "said", "says",
    "asked", "told", "next", "last", "first", "back", "best", "many", "every",
];

/// Short words that are not acronyms even in capitals ("THE", "AND").
const SHORT_COMMON: &[&str] = &[
    "the", "and", "for", "you", "our", "but", "are", "was", "has", "had", "its", "who", "how", "why", "all", "any",
    "can", "may", "not", "new", "now", "one", "out", "see", "two", "use", "way", "get", "got", "his", "her", "him",
    "she", "via", "per", "off", "too", "yet",
];

/// The words of a fact that make a message specific: 4+ letters and not
/// stock, or an acronym of 3+ capitals ("IBM", "AWS"), lower-cased.
pub fn specific_words(text: &str) -> HashSet<String> {
    tokens(text)
        .into_iter()
        .filter(|t| {
            let w = t.word.as_str();
            let raw = text.get(t.start..t.end).unwrap_or("");
            let acronym = letters(raw) >= 3
                && raw.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                && !SHORT_COMMON.contains(&w);
            (letters(w) >= 4 && !NOT_SPECIFIC.contains(&w)) || acronym
        })
        .map(|t| t.word)
        .collect()
}

/// The phrase lists in force: the built-in ones and the user's additions.
#[derive(Debug, Clone)]
pub struct Lists {
    pub generic: Vec<String>,
    pub formal: Vec<String>,
    pub call_to_action: Vec<String>,
    pub early_ask: Vec<String>,
    pub pitch: Vec<String>,
}

impl Lists {
    pub fn new(extra: &crate::config::Lint) -> Lists {
        let join = |builtin: &[&str], more: &[String]| -> Vec<String> {
            let mut all: Vec<String> = builtin.iter().map(|s| s.to_string()).collect();
            all.extend(more.iter().filter(|s| !s.trim().is_empty()).cloned());
            all
        };
        Lists {
            generic: join(GENERIC, &extra.generic),
            formal: join(FORMAL, &extra.formal),
            call_to_action: join(CALL_TO_ACTION, &extra.call_to_action),
            early_ask: join(EARLY_ASK, &extra.early_ask),
            pitch: join(PITCH, &extra.pitch),
        }
    }

    pub fn builtin() -> Lists {
        Lists::new(&crate::config::Lint::default())
    }
}

/// What tend knows of the person a message is for (`--to`).
#[derive(Debug, Clone, Default)]
pub struct Recipient {
    /// Their contact id: texts sent to them are not `repeated`.
    pub id: Option<ContactId>,
    pub name: String,
    /// Their stored greeting name (`--greet`), if any.
    pub greet: Option<String>,
    /// The user's own memos on them (private notes, drafts.md "Whose words").
    pub memos: Vec<String>,
    /// Words that name a recorded event of theirs ("new role", "promotion").
    pub event_words: Vec<&'static str>,
    /// What makes a message specific to them, each with what it is
    /// ("company", "how you met", ...).
    pub facts: Vec<(&'static str, String)>,
    /// Responses from them so far.
    pub responses: u32,
}

impl Recipient {
    /// Adds a fact when it is there and not blank.
    pub fn fact(&mut self, what: &'static str, text: Option<&str>) {
        if let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) {
            self.facts.push((what, t.to_string()));
        }
    }

    /// The words that make a message specific to them.
    fn specific_words(&self) -> HashSet<String> {
        self.facts.iter().flat_map(|(_, text)| specific_words(text)).collect()
    }

    /// A fact of their memos that `text` says in other words (a figure, a
    /// sensitive word), unless their own words or profile say it too.
    fn said_again(&self, text: &str, toks: &[Token]) -> Option<private::Said> {
        let theirs: Vec<&str> = self.facts.iter().map(|(_, t)| t.as_str()).collect();
        private::said_again(text, toks, &self.memos, &theirs)
    }

    /// The name to greet them by: `--greet`, else read from the name.
    pub fn first_name(&self) -> &str {
        match self.greet.as_deref().map(str::trim) {
            Some(g) if !g.is_empty() => g,
            _ => names::greeting_name(&self.name),
        }
    }
}

/// A text logged as sent to someone.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: Option<ContactId>,
    pub to: String,
    pub text: String,
}

/// Recent sent texts, for `repeated`: who got each, compared by wording
/// (without names, case, punctuation or spacing).
///
/// Normalising a text costs far more than looking for a word in it, and a
/// month of messages is thousands of texts, so each text's wording is worked
/// out only when a check could match it: when the text contains every word of
/// the wording sought.
///
/// The texts are lower-cased into one buffer, so that finding the texts that
/// hold a word is one fast scan, not one search per text.
#[derive(Debug, Clone, Default)]
pub struct History {
    entries: Vec<SentEntry>,
    /// Every text lower-cased character by character (as the tokenizer
    /// does), each followed by a NUL, which no word holds.
    lower: String,
    /// Where each entry's text starts in `lower`.
    starts: Vec<usize>,
    /// The contacts each sentence asked about went to.
    asked: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, Vec<ContactId>>>>,
}

#[derive(Debug, Clone)]
struct SentEntry {
    sent: Sent,
    wording: std::sync::OnceLock<String>,
}

/// Words the tokenizer can produce that need not appear in the text itself
/// (expanded contractions: "I'd" gives "would").
const EXPANSION_WORDS: &[&str] = &[
    "would", "not", "will", "can", "shall", "is", "let", "us", "madam", "you", "all", "am", "are", "have",
];

impl History {
    pub fn new(sent: impl IntoIterator<Item = Sent>) -> History {
        let mut h = History::default();
        for s in sent {
            h.starts.push(h.lower.len());
            push_lower_case(&mut h.lower, &s.text);
            h.lower.push('\0');
            h.entries.push(SentEntry {
                sent: s,
                wording: std::sync::OnceLock::new(),
            });
        }
        h
    }

    /// The contacts that got a text holding this sentence (as
    /// [`sentences_without_names`] writes it). Only texts holding all of its
    /// longer words are read, found with a substring search: drafts ask about
    /// a few dozen sentences, and reading every text of the month for each
    /// draft of an agenda cost a third of it. Answers are remembered.
    pub fn contacts_with_sentence(&self, sentence: &str) -> Vec<ContactId> {
        let mut asked = self.asked.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(known) = asked.get(sentence) {
            return known.clone();
        }
        let mut who: Vec<ContactId> = Vec::new();
        for i in self.holding_words_of(sentence) {
            let e = &self.entries[i];
            let Some(id) = e.sent.id else { continue };
            if !who.contains(&id)
                && sentences_without_names(&e.sent.text, &e.sent.to, None)
                    .iter()
                    .any(|s| s == sentence)
            {
                who.push(id);
            }
        }
        asked.insert(sentence.to_string(), who.clone());
        who
    }

    /// The entries, in order, whose lower-cased text holds every word of
    /// `words` (lower-case, one space apart) that the tokenizer cannot have
    /// made up (those contractions expand to, and short ones, are not
    /// looked for): a text whose words include them all is among these.
    /// The longest word, likely the rarest, is searched for; the others
    /// are checked in the texts that hold it.
    fn holding_words_of<'s>(&'s self, words: &str) -> impl Iterator<Item = usize> + 's {
        let mut probes: Vec<&str> = words
            .split(' ')
            .filter(|x| x.len() >= 3 && !EXPANSION_WORDS.contains(x))
            .collect();
        probes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        let first = probes.first().map(|p| memchr::memmem::Finder::new(p).into_owned());
        let others: Vec<memchr::memmem::Finder<'static>> = probes
            .iter()
            .skip(1)
            .map(|p| memchr::memmem::Finder::new(p).into_owned())
            .collect();
        let all: Box<dyn Iterator<Item = usize> + 's> = match first {
            Some(first) => {
                let mut last = None;
                let hits: Vec<usize> = first
                    .find_iter(self.lower.as_bytes())
                    .map(|at| self.starts.partition_point(|s| *s <= at) - 1)
                    .filter(|i| last.replace(*i) != Some(*i))
                    .collect();
                Box::new(hits.into_iter())
            }
            None => Box::new(0..self.entries.len()),
        };
        all.filter(move |i| others.iter().all(|p| p.find(self.lower(*i)).is_some()))
    }

    /// Entry `i`'s lower-cased text.
    fn lower(&self, i: usize) -> &[u8] {
        let end = self.starts.get(i + 1).map_or(self.lower.len(), |e| e - 1);
        self.lower.as_bytes().get(self.starts[i]..end).unwrap_or_default()
    }

    /// Whether the recipient already got this wording from the user (in
    /// the history's window): a draft never says the same thing twice to
    /// one person ("not something I need right now" to the same vendor).
    pub fn said_to_them(&self, text: &str, to: &Recipient) -> bool {
        let Some(me) = to.id else { return false };
        let w = wording_of(&words::tokens(text), &to.name);
        self.holding_words_of(&w).any(|i| {
            let e = &self.entries[i];
            e.sent.id == Some(me) && *e.wording.get_or_init(|| wording(&e.sent.text, &e.sent.to)) == w
        })
    }

    /// Someone other than the recipient who got the same wording.
    fn same_as(&self, toks: &[Token], to: Option<&Recipient>) -> Option<&str> {
        let w = wording_of(toks, to.map_or("", |r| r.name.as_str()));
        let me = to.and_then(|r| r.id);
        // Texts in order, so the first match is the first sent.
        let found = self.holding_words_of(&w).find(|i| {
            let e = &self.entries[*i];
            (me.is_none() || e.sent.id != me) && *e.wording.get_or_init(|| wording(&e.sent.text, &e.sent.to)) == w
        });
        found.map(|i| self.entries[i].sent.to.as_str())
    }
}

/// Appends `text` lower-cased character by character, as the tokenizer does
/// (the common ASCII text takes the fast way, to the same result).
fn push_lower_case(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(text.chars().flat_map(char::to_lowercase));
    }
}

/// A text's sentences, each as its lower-case words one space apart, without
/// the recipient's names (so "Hi Sara, thanks!" and "Hi Bob, thanks!" are
/// the same sentence).
pub fn sentences_without_names(text: &str, name: &str, greet: Option<&str>) -> Vec<String> {
    sentences_without(text, &name_words(name, greet))
}

/// The words [`sentences_without_names`] leaves out for this person.
fn name_words(name: &str, greet: Option<&str>) -> HashSet<String> {
    let mut name_words: HashSet<String> = names::name_parts(name).into_iter().flatten().collect();
    if let Some(g) = greet {
        name_words.extend(phrase_words(g));
    }
    name_words.extend(phrase_words(names::greeting_name(name)));
    name_words
}

/// [`sentences_without_names`] with the name words already worked out.
fn sentences_without(text: &str, name_words: &HashSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for t in tokens(text) {
        if t.sentence_start && !current.is_empty() {
            out.push(current.join(" "));
            current.clear();
        }
        if !name_words.contains(&t.word) {
            current.push(t.word);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// A text's words without the recipient's names and without the greeting's
/// addressee ("Hi Bob," and "Hi Sam," read the same), lower-case, one space apart.
fn wording(text: &str, name: &str) -> String {
    wording_of(&tokens(text), name)
}

/// [`wording`] of a text already split into tokens.
fn wording_of(toks: &[Token], name: &str) -> String {
    let name_words: HashSet<String> = names::name_parts(name).into_iter().flatten().collect();
    let mut skip = 0;
    if toks.first().is_some_and(|t| names::is_greeting_word(&t.word)) {
        // The addressee: up to four words ending at a comma, "!" or ":".
        if let Some(k) = (1..toks.len().min(5)).find(|&k| matches!(toks[k].next, Some(',' | '!' | ':' | '\u{2014}'))) {
            skip = k + 1;
        }
    }
    toks.iter()
        .enumerate()
        .filter(|(i, _)| *i == 0 || *i >= skip)
        .filter(|(_, t)| !name_words.contains(&t.word))
        .map(|(_, t)| t.word.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the checks with fixed settings.
#[derive(Debug, Clone)]
pub struct Linter {
    lists: Lists,
    max_chars: usize,
}

impl Linter {
    pub fn new(lists: Lists, max_chars: usize) -> Linter {
        Linter { lists, max_chars }
    }

    pub fn max_chars(&self) -> usize {
        self.max_chars
    }

    /// Every finding on `text`, in the order of [`Code::ALL`]; empty when the
    /// message is good. `to`: the recipient, for the checks that need one.
    pub fn check(&self, text: &str, to: Option<&Recipient>, history: &History) -> Vec<Finding> {
        let toks = tokens(text);
        let mut out = Vec::new();
        let mut add = |code: Code, message: String| out.push(Finding { code, message });

        let holes = placeholders(text);
        if !holes.is_empty() {
            add(
                Code::Placeholder,
                format!("unfilled placeholder {}: fill it in or take it out", quoted(&holes)),
            );
        }

        if let Some(r) = to {
            let first = r.first_name();
            if !phrase_words(first).is_empty() && !names::addresses(text, &r.name, r.greet.as_deref()) {
                add(
                    Code::NoName,
                    format!("the text does not use {}'s name: greet them as \"{first}\"", r.name),
                );
            }
        }

        if let Some(message) = self.generic(text, &toks, to) {
            add(Code::Generic, message);
        }

        let length = text.chars().count();
        if length > self.max_chars {
            add(
                Code::TooLong,
                format!(
                    "{length} characters, {} more than the {} allowed ([drafts] max_chars)",
                    length - self.max_chars,
                    self.max_chars
                ),
            );
        }

        let formal = find_any(&toks, self.lists.formal.iter().map(String::as_str));
        if !formal.is_empty() {
            let phrases = as_written(text, &toks, &formal);
            add(
                Code::Formal,
                format!("stiff wording {}: write the way you would say it", quoted(&phrases)),
            );
        }

        if !has_question(text) && find_any(&toks, self.lists.call_to_action.iter().map(String::as_str)).is_empty() {
            add(
                Code::NoCallToAction,
                "no question or invitation: end with a clear next step, like a question".to_string(),
            );
        }

        if let Some(r) = to.filter(|r| r.responses < 2) {
            let asks = find_any(&toks, self.lists.early_ask.iter().map(String::as_str));
            let mut spans: Vec<(usize, usize)> = asks.iter().map(|m| (m.first, m.last)).collect();
            // Asks said indirectly, where no phrase of the list already is.
            for (first, last) in constructions::indirect_asks(&toks) {
                if !asks.iter().any(|m| m.first <= last && first <= m.last) {
                    spans.push((first, last));
                }
            }
            spans.sort_unstable();
            if !spans.is_empty() {
                let phrases: Vec<&str> = spans
                    .iter()
                    .map(|(first, last)| text.get(toks[*first].start..toks[*last].end).unwrap_or(""))
                    .collect();
                add(
                    Code::EarlyAsk,
                    format!(
                        "asks a favour ({}) while {} has answered {} time{} so far: build the relationship first",
                        quoted(&phrases),
                        r.name,
                        r.responses,
                        if r.responses == 1 { "" } else { "s" }
                    ),
                );
            }
        }

        if to.is_none_or(|r| r.responses < 2) {
            let mut pitches = find_any(&toks, self.lists.pitch.iter().map(String::as_str));
            // "no need for a demo" declines; "your pricing" is theirs.
            pitches.retain(|m| !constructions::declined(&toks, m.first, m.last));
            if !pitches.is_empty() {
                let phrases = as_written(text, &toks, &pitches);
                add(
                    Code::Pitch,
                    format!("sells ({}) in an early message: ask about them first", quoted(&phrases)),
                );
            }
        }

        if let Some(r) = to {
            if let Some(run) = r.memos.iter().find_map(|m| shared_run(&toks, m, PRIVATE_RUN)) {
                add(
                    Code::Private,
                    format!(
                        "quotes your private note on {} (\"{run}\"): say it in your own words or leave it out",
                        r.name
                    ),
                );
            } else if let Some(said) = r.said_again(text, &toks) {
                let message = match said {
                    private::Said::Figure(there, here) => format!(
                        "repeats a figure from your private note on {} (\"{there}\" there, \"{here}\" here): leave it out unless they told you themselves",
                        r.name
                    ),
                    private::Said::Subject(there, here) => format!(
                        "names something sensitive from your private note on {} (\"{there}\" there, \"{here}\" here): leave it out unless they told you themselves",
                        r.name
                    ),
                };
                add(Code::Private, message);
            }
        }

        if let Some(who) = history.same_as(&toks, to) {
            add(
                Code::Repeated,
                format!("the same text went to {who} in the last 30 days: make it theirs"),
            );
        }
        out
    }

    /// `generic`: with a recipient of whom something is known, no word of it
    /// and no name of theirs beyond the greeting; otherwise a stock phrase.
    fn generic(&self, text: &str, toks: &[Token], to: Option<&Recipient>) -> Option<String> {
        if let Some(r) = to {
            let specific = r.specific_words();
            if !specific.is_empty() || !r.event_words.is_empty() {
                let mentions = toks.iter().any(|t| specific.contains(&t.word))
                    || !find_any(toks, r.event_words.iter().copied()).is_empty();
                if mentions || names::name_beyond_greeting(text, toks, &r.name) {
                    return None;
                }
                let mut kinds: Vec<&str> = r.facts.iter().map(|(what, _)| *what).collect();
                if !r.event_words.is_empty() {
                    kinds.push("their news");
                }
                kinds.dedup();
                return Some(format!("nothing specific to {}: mention {}", r.name, or_list(&kinds)));
            }
        }
        let stock = find_any(toks, self.lists.generic.iter().map(String::as_str));
        (!stock.is_empty()).then(|| {
            let phrases = as_written(text, toks, &stock);
            format!("stock phrase {}: say what you have in common instead", quoted(&phrases))
        })
    }
}

/// The first run of `n` or more consecutive words of `memo` found in the
/// text, as the memo writes it.
pub fn shared_run(toks: &[Token], memo: &str, n: usize) -> Option<String> {
    shared_run_of(toks, memo, &tokens(memo), n)
}

/// [`shared_run`] with the memo's words already read (`memo_toks` are
/// `tokens(memo)`): a draft checks the same memos against every candidate.
pub fn shared_run_of(toks: &[Token], memo: &str, memo_toks: &[Token], n: usize) -> Option<String> {
    if memo_toks.len() < n || toks.len() < n {
        return None;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    for w in memo_toks.windows(n) {
        let probe: Vec<&str> = w.iter().map(|t| t.word.as_str()).collect();
        if words.windows(n).any(|x| x == probe.as_slice()) {
            return memo.get(w[0].start..w[n - 1].end).map(str::to_string);
        }
    }
    None
}

/// The words that name an event kind, for `generic` (a message that names
/// their news is about them).
pub fn event_words(kind: crate::model::EventKind) -> &'static [&'static str] {
    use crate::model::EventKind as K;
    match kind {
        K::NewJob => &[
            "new role",
            "new job",
            "new position",
            "new gig",
            "joining",
            "joined",
            "anniversary",
        ],
        K::Promotion => &["promotion", "promoted", "new role"],
        K::Achievement => &["achievement", "award", "launch", "milestone", "news"],
        K::Birthday => &["birthday"],
        K::Post => &["post", "article", "piece"],
        K::Busy => &["launch", "conference", "move"],
        // A care message names a hard event only gently.
        K::Layoff => &["your news"],
        K::Health => &["your news", "get well"],
        K::Bereavement => &["your loss", "your news"],
    }
}

/// The matched phrases as the text writes them ("I'd like to connect").
fn as_written<'t>(text: &'t str, toks: &[Token], matches: &[words::PhraseMatch]) -> Vec<&'t str> {
    matches
        .iter()
        .map(|m| text.get(toks[m.first].start..toks[m.last].end).unwrap_or(""))
        .collect()
}

fn quoted<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("\"{}\"", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "a, b or c"
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Whether a question mark ends a question somewhere outside a URL.
pub fn has_question(text: &str) -> bool {
    let is_mark = |c: char| matches!(c, '?' | '\u{FF1F}' | '\u{061F}');
    text.split_whitespace().any(|chunk| {
        if looks_like_url(chunk) {
            // Only a '?' closing the sentence after the URL: "...?id=3?"
            let end = chunk.trim_end_matches([')', '"', '\'', '”', '’']);
            return end.ends_with(is_mark) && end.trim_end_matches(is_mark).ends_with(|c: char| c != '=');
        }
        let chars: Vec<char> = chunk.chars().collect();
        chars.iter().enumerate().any(|(i, c)| {
            is_mark(*c)
                // A '?' followed by a letter, digit, '=' or '&' is a query string.
                && chars.get(i + 1).is_none_or(|n| !(n.is_alphanumeric() || matches!(n, '=' | '&' | '/' | '_')))
        })
    })
}

fn looks_like_url(chunk: &str) -> bool {
    let c = chunk.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = c.to_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || lower.starts_with("mailto:") {
        return true;
    }
    // example.com/path?x: a dotted host followed by a path.
    match lower.split_once('/') {
        Some((host, _)) => {
            host.contains('.')
                && host
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
        }
        None => false,
    }
}

/// Unfilled placeholders: `[Name]`, `{name}`, `{{ ... }}`, `{% ... %}`,
/// `<NAME>`, `XXX`, `___`.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        if !found.iter().any(|f| f == s) {
            found.push(s.to_string());
        }
    };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        // Template tags: {{ ... }} and {% ... %}.
        if c == '{' && matches!(chars.get(i + 1), Some((_, '{' | '%'))) {
            let close = if chars[i + 1].1 == '{' { '}' } else { '%' };
            let stop = (i + 2..chars.len().min(i + 82))
                .find(|&k| chars[k].1 == close && chars.get(k + 1).is_some_and(|(_, n)| *n == '}'));
            let end = stop.map_or_else(|| end_of((i + 12).min(chars.len())), |k| end_of(k + 2));
            push(&text[start..end]);
            i = stop.map_or(i + 2, |k| k + 2);
            continue;
        }
        // [Name], {name}, <NAME>: a bracketed label of letters and spaces.
        if let Some(close) = match c {
            '[' => Some(']'),
            '{' => Some('}'),
            '<' => Some('>'),
            _ => None,
        } {
            let body_end = (i + 1..chars.len().min(i + 42)).find(|&k| chars[k].1 == close);
            if let Some(k) = body_end {
                let body = &text[end_of(i + 1)..chars[k].0];
                let label_like = body.chars().any(char::is_alphabetic)
                    && body
                        .chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '_' | '-' | '.' | '\''));
                // "[text](url)" is a Markdown link, not a blank to fill.
                let link = c == '[' && chars.get(k + 1).is_some_and(|(_, n)| *n == '(');
                if label_like && !link {
                    push(&text[start..end_of(k + 1)]);
                    i = k + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    // XXX (as a word, upper case: "xxx" signs off with kisses) and ___ blanks.
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        let xs = word.len() >= 3 && word.chars().all(|c| c == 'X');
        let blank = word.len() >= 3 && word.chars().all(|c| c == '_');
        if xs || blank {
            push(word);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The substring search finds exactly the contacts that reading
        /// every text finds, contractions, accents and names included.
        #[test]
        fn contacts_with_sentence_reads_only_what_it_must(
            texts in proptest::collection::vec((proptest::collection::vec(0usize..14, 6..12), 0usize..4), 1..12),
            pick in 0usize..12,
        ) {
            const WORDS: &[&str] = &["won't", "Great", "to", "see", "you", "at", "the", "summit", "Sara", "we'll", "café", "Let's", "talk", "soon"];
            const TO: &[&str] = &["Sara Lee", "Tom Hale", "Ana Café", "Bo Li"];
            let sent: Vec<Sent> = texts
                .iter()
                .enumerate()
                .map(|(i, (words, to))| Sent {
                    id: Some(i as ContactId % 5),
                    to: TO[*to].to_string(),
                    text: words.iter().map(|w| WORDS[*w]).collect::<Vec<_>>().join(" "),
                })
                .collect();
            let (words, to) = &texts[pick % texts.len()];
            let text = words.iter().map(|w| WORDS[*w]).collect::<Vec<_>>().join(" ");
            let h = History::new(sent.clone());
            for sentence in sentences_without_names(&text, TO[*to], None) {
                let mut want: Vec<ContactId> = Vec::new();
                for s in &sent {
                    if sentences_without_names(&s.text, &s.to, None).contains(&sentence) && !want.contains(&s.id.unwrap_or(0)) {
                        want.push(s.id.unwrap_or(0));
                    }
                }
                let mut got = h.contacts_with_sentence(&sentence);
                got.sort_unstable();
                want.sort_unstable();
                proptest::prop_assert_eq!(got, want, "{}", sentence);
            }
        }
    }

    fn codes(text: &str, to: Option<&Recipient>) -> Vec<&'static str> {
        Linter::new(Lists::builtin(), 300)
            .check(text, to, &History::default())
            .iter()
            .map(|f| f.code.as_str())
            .collect()
    }

    fn sara() -> Recipient {
        let mut r = Recipient {
            name: "Sara Lee".into(),
            responses: 0,
            ..Recipient::default()
        };
        r.fact("company", Some("Globex"));
        r.fact("how you met", Some("RustConf 2025 in Berlin"));
        r
    }

    #[test]
    fn a_good_message_has_no_finding() {
        assert!(
            codes(
                "Hi Sara, how was the rest of RustConf? Let's catch up soon.",
                Some(&sara())
            )
            .is_empty()
        );
        assert!(codes("Hi Sara, how are things at Globex?", None).is_empty());
    }

    #[test]
    fn placeholders_are_found() {
        for t in [
            "Hi [Name], how are you?",
            "Hi {name}, how are you?",
            "Hi {{ first_name }}, how are you?",
            "Hi <NAME>, how are you?",
            "Hi XXX, how are you?",
            "Hi ___, how are you?",
        ] {
            assert_eq!(codes(t, None), ["placeholder"], "{t}");
        }
        assert!(placeholders("See [the docs](https://x.org), xxx, <3, [1]").is_empty());
    }

    #[test]
    fn question_marks_in_urls_do_not_count() {
        assert!(!has_question("See https://example.com/page?id=3 for details."));
        assert!(!has_question("See example.com/watch?v=abc now."));
        assert!(has_question("Did you see https://example.com/page?id=3?"));
        assert!(has_question("¿Qué tal?"));
        assert!(has_question("お元気ですか？"));
        assert_eq!(
            codes("Read www.example.com/?q=1 when you can.", None),
            ["no-call-to-action"]
        );
        assert!(codes("Let me know what you think of example.com/a?b=c.", None).is_empty());
    }

    #[test]
    fn invitations_count_as_a_call_to_action_after_expanding_contractions() {
        assert!(codes("Hi Sara, let's meet at Globex next week.", None).is_empty());
        assert!(codes("Hi Sara, I'd love to hear how Globex is going.", None).is_empty());
        assert_eq!(codes("Hi Sara, congrats on Globex.", None), ["no-call-to-action"]);
    }

    #[test]
    fn stock_and_stiff_phrases() {
        assert_eq!(codes("Hi, I'd like to connect. Shall we?", None), ["generic"]);
        assert_eq!(
            codes("Dear Sir or Madam, I'm writing to ask how Globex is doing?", None),
            ["formal"]
        );
        let findings = Linter::new(Lists::builtin(), 300).check(
            "Dear Sir or Madam, I'm writing to ask?",
            None,
            &History::default(),
        );
        assert!(
            findings[0]
                .message
                .contains("\"Dear Sir or Madam\", \"I'm writing to\"")
        );
    }

    #[test]
    fn user_lists_extend_the_builtin_ones() {
        let extra = crate::config::Lint {
            formal: vec!["kind regards".into()],
            call_to_action: vec!["ping me".into()],
            ..Default::default()
        };
        let l = Linter::new(Lists::new(&extra), 300);
        let c: Vec<Code> = l
            .check("Kind regards. Ping me.", None, &History::default())
            .iter()
            .map(|f| f.code)
            .collect();
        assert_eq!(c, [Code::Formal]);
    }

    #[test]
    fn with_a_recipient_the_message_must_be_about_them() {
        assert_eq!(codes("Hi Sara, how have you been?", Some(&sara())), ["generic"]);
        assert_eq!(codes("Hello there, how is Globex?", Some(&sara())), ["no-name"]);
        // An acronym counts although it is short.
        let mut ibm = sara();
        ibm.facts = vec![("their company", "IBM".into())];
        assert!(codes("Hi Sara, how is IBM?", Some(&ibm)).is_empty());
        assert_eq!(codes("Hi Sara, how is it going?", Some(&ibm)), ["generic"]);
        // A name of theirs beyond the greeting counts as specific.
        assert!(codes("Hi Sara, how is the Lee clan?", Some(&sara())).is_empty());
        // Nothing known: only stock phrases make it generic.
        let bare = Recipient {
            name: "Sam".into(),
            ..Recipient::default()
        };
        assert!(codes("Hi Sam, how have you been?", Some(&bare)).is_empty());
        assert_eq!(codes("Hi Sam, I'd like to connect?", Some(&bare)), ["generic"]);
    }

    #[test]
    fn early_asks_only_before_two_responses() {
        let mut r = sara();
        let t = "Hi Sara, could you help me with a referral at Globex?";
        assert_eq!(codes(t, Some(&r)), ["early-ask"]);
        r.responses = 2;
        assert!(codes(t, Some(&r)).is_empty());
        assert!(codes(t, None).is_empty());
    }

    #[test]
    fn too_long_counts_characters() {
        let l = Linter::new(Lists::builtin(), 40);
        let f = l.check(&format!("Hi Sara, {}?", "é".repeat(30)), None, &History::default());
        assert!(f.is_empty(), "{f:?}");
        let f = l.check(&format!("Hi Sara, {}?", "é".repeat(40)), None, &History::default());
        assert_eq!(f[0].code, Code::TooLong);
        assert_eq!(
            f[0].message,
            "50 characters, 10 more than the 40 allowed ([drafts] max_chars)"
        );
    }

    #[test]
    fn repeated_ignores_names_case_punctuation_and_spacing() {
        let h = History::new([Sent {
            id: Some(2),
            to: "Bob Smith".into(),
            text: "Hi Bob, great to meet you at RustConf! How was Berlin?".into(),
        }]);
        let l = Linter::new(Lists::builtin(), 300);
        let same = "hi  sara -- great to meet you at rustconf... how was berlin?";
        let f = l.check(same, Some(&sara()), &h);
        assert_eq!(f.iter().map(|f| f.code).collect::<Vec<_>>(), [Code::Repeated]);
        assert!(f[0].message.contains("Bob Smith"));
        // Without --to the greeting's addressee is ignored too.
        assert_eq!(
            l.check("Hi Sara, great to meet you at RustConf! How was Berlin?", None, &h)
                .len(),
            1
        );
        assert!(
            l.check("Hi Sara, great to meet you at RustConf! How was Paris?", None, &h)
                .is_empty()
        );
    }

    #[test]
    fn repeated_sees_through_contractions_and_case_in_any_script() {
        let sent = |text: &str| Sent {
            id: Some(2),
            to: "Bob Smith".into(),
            text: text.into(),
        };
        let h = History::new([
            sent("I'd love to hear how the LAUNCH went. Shall we talk?"),
            sent("You'd?"),
            sent("ДОБРЫЙ ДЕНЬ, КАК ПРОШЁЛ ЗАПУСК?"),
        ]);
        let l = Linter::new(Lists::builtin(), 300);
        let repeated = |text: &str| l.check(text, None, &h).iter().any(|f| f.code == Code::Repeated);
        // The same words once contractions are expanded.
        assert!(repeated("I would love to hear how the launch went. Shall we talk?"));
        // Only words that come from expansions: no word to look for, still found.
        assert!(repeated("You would?"));
        // Case folds in other scripts too.
        assert!(repeated("добрый день, как прошёл запуск?"));
        assert!(!repeated("I would love to hear how the move went. Shall we talk?"));
    }

    #[test]
    fn non_english_text() {
        let mut r = Recipient {
            name: "Zoë Müller".into(),
            ..Recipient::default()
        };
        r.fact("company", Some("Bäckerei Schön"));
        assert!(codes("Hallo Zoë, wie läuft es in der Bäckerei?", Some(&r)).is_empty());
        assert_eq!(
            codes("Hallo Zoë, schöne Grüße aus Berlin.", Some(&r)),
            ["generic", "no-call-to-action"]
        );
        let r = Recipient {
            name: "田中 太郎".into(),
            ..Recipient::default()
        };
        assert!(codes("田中さん、お元気ですか？", Some(&r)).is_empty());
    }
}

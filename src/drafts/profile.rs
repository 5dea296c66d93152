//! Profile fields in a sentence (drafts.md): `met`, `role` and `company` are
//! free text, and a draft may use one only in a frame that fits what it says.
//!
//! - `met` is read as a place or an event ("RustConf 2026", "the CTO dinner
//!   in Zurich": "since we met at …"), an introduction ("through Alice"), a
//!   relationship from the user's side ("my manager at Modehaus", "his
//!   internship at Quellwerk": "since we worked together at Modehaus"), an
//!   online contact ("LinkedIn": never "met"), or nothing a sentence can use.
//! - `role` is spoken as a role mid-sentence: lower-cased but for proper
//!   nouns and acronyms, with an article when it takes one ("a freelance
//!   product designer", "CTO"); a headline that names no role is left out.
//! - `company` is left out when it names no employer ("self-employed").
//!
//! Every reading errs towards saying less: what is not recognised is left
//! out rather than pasted into a frame it may not fit.

/// What kind of thing `met` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetKind {
    /// A place or an event: reads after "we met".
    Place,
    /// Someone who introduced you ("through Alice"): reads after "we met".
    Introduction,
    /// You worked or studied together.
    Relationship,
    /// Online only: you never met.
    Online,
}

impl MetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MetKind::Place => "place",
            MetKind::Introduction => "introduction",
            MetKind::Relationship => "relationship",
            MetKind::Online => "online",
        }
    }
}

/// How you met, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Met {
    pub kind: MetKind,
    /// Place or introduction: what follows "we met" ("at RustConf 2026",
    /// "in Lisbon", "through Alice"), said from the user's side.
    pub phrase: Option<String>,
    /// The field as written, its first clause ("RustConf 2025").
    pub written: String,
    /// Relationship: what follows "since we" ("worked together at Modehaus").
    pub together: Option<String>,
    /// Relationship at work: where you worked together, when it is said.
    pub worked_together_at: Option<String>,
}

/// The most words a place, a company or a name read from a field may have.
const NAME_WORDS: usize = 6;
/// The most words of a whole `met` or role the reading looks at.
const FIELD_WORDS: usize = 14;

/// People one works with: a `met` naming one that no frame fits is left
/// out, never read as a place ("manager @ dinner").
const PEOPLE_AT_WORK: &[&str] = &[
    "manager",
    "boss",
    "colleague",
    "colleagues",
    "coworker",
    "co-worker",
    "teammate",
    "intern",
    "internship",
    "classmate",
    "mentor",
    "mentee",
    "supervisor",
    "lead",
];

/// Words of a shared workplace ("my manager at Modehaus", "ex-colleague").
const WORK: &[&str] = &[
    "colleague",
    "colleagues",
    "coworker",
    "coworkers",
    "co-worker",
    "co-workers",
    "teammate",
    "teammates",
    "team-mate",
    "manager",
    "boss",
    "report",
    "reports",
    "intern",
    "interns",
    "internship",
    "interned",
    "worked",
    "work",
    "job",
    "cofounder",
    "co-founder",
    "cofounders",
    "co-founders",
    "co-founded",
    "supervisor",
    "employee",
    "employer",
    "hired",
    "client",
    "clients",
    "contractor",
    "team",
    "project",
    "startup",
    "days",
];
/// Words that say a shared workplace only with an owner ("my team", "his
/// startup", "our Spotify days"); alone they may name an event ("team offsite").
const WORK_OWNED: &[&str] = &["team", "project", "startup", "days", "client", "clients", "job"];
/// Words of shared studies ("classmate at ETH").
const STUDY: &[&str] = &[
    "classmate",
    "classmates",
    "class",
    "cohort",
    "studied",
    "study",
    "studies",
    "phd",
    "labmate",
    "lab-mate",
    "alumni",
    "alum",
    "uni",
    "university",
    "college",
    "school",
    "thesis",
];
/// Words of an online-only contact.
const ONLINE: &[&str] = &[
    "linkedin",
    "twitter",
    "mastodon",
    "github",
    "slack",
    "discord",
    "reddit",
    "online",
    "bluesky",
    "zoom",
    "webinar",
    "virtual",
    "virtually",
    "email",
    "e-mail",
    "inmail",
    "cold",
    "dm",
    "dms",
    "newsletter",
    "internet",
    "website",
    "youtube",
    "substack",
    "telegram",
    "whatsapp",
    "x",
];
/// Words that end the name of an event or a place people meet at.
const EVENT: &[&str] = &[
    "conference",
    "conf",
    "summit",
    "meetup",
    "meetups",
    "meet-up",
    "hackathon",
    "workshop",
    "dinner",
    "lunch",
    "breakfast",
    "brunch",
    "party",
    "wedding",
    "festival",
    "fest",
    "talk",
    "panel",
    "event",
    "expo",
    "fair",
    "week",
    "day",
    "camp",
    "bootcamp",
    "retreat",
    "offsite",
    "off-site",
    "gathering",
    "forum",
    "symposium",
    "congress",
    "convention",
    "session",
    "reception",
    "mixer",
    "drinks",
    "barbecue",
    "bbq",
    "concert",
    "keynote",
    "tutorial",
    "sprint",
    "jam",
    "unconference",
    "lecture",
    "seminar",
    "trip",
    "flight",
    "train",
    "tour",
    "ceremony",
    "awards",
    "gala",
    "night",
    "cafe",
    "café",
    "bar",
    "pub",
    "gym",
    "club",
    "coworking",
    "office",
    "hotel",
    "airport",
    "station",
    "launch",
    "demo",
    "fireside",
    "roundtable",
    "booth",
    "stand",
    "game",
    "match",
    "race",
    "marathon",
    "salon",
];
/// Words people put in `met` that name no place or event.
const NOT_PLACES: &[&str] = &[
    "referral",
    "referred",
    "recruiter",
    "recruiting",
    "recruitment",
    "networking",
    "network",
    "interview",
    "interviewed",
    "candidate",
    "hiring",
    "business",
    "personal",
    "other",
    "misc",
    "unknown",
    "vendor",
    "investor",
    "sales",
    "podcast",
    "random",
    "contact",
    "connection",
    "intro",
    "introduction",
    "mutual",
    "unsure",
    "n/a",
];
/// Places said with "in" rather than "at" ("since we met in Lisbon").
const IN_PLACES: &[&str] = &[
    "amsterdam",
    "athens",
    "austin",
    "barcelona",
    "berlin",
    "boston",
    "brussels",
    "copenhagen",
    "dublin",
    "edinburgh",
    "geneva",
    "hamburg",
    "helsinki",
    "lisbon",
    "london",
    "lyon",
    "madrid",
    "milan",
    "montreal",
    "munich",
    "new york",
    "nyc",
    "oslo",
    "paris",
    "prague",
    "rome",
    "san francisco",
    "sf",
    "seattle",
    "singapore",
    "stockholm",
    "sydney",
    "tokyo",
    "toronto",
    "vienna",
    "warsaw",
    "zurich",
    "zürich",
    "bay area",
    "silicon valley",
    "germany",
    "france",
    "spain",
    "italy",
    "portugal",
    "switzerland",
    "sweden",
    "japan",
    "india",
    "brazil",
    "canada",
    "mexico",
    "the us",
    "the uk",
    "uk",
    "usa",
    "europe",
    "asia",
    "africa",
];
/// Prepositions that can open a place or a moment ("at the Berlin meetup",
/// "over coffee", "on a flight to Lisbon").
const PLACE_LEADS: &[&str] = &["at", "in", "during", "on", "over", "after", "before"];
/// Words that open a noun phrase, so that it needs no article of its own.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "some", "one",
];
/// Subject pronouns: a `met` with one is a clause ("he spoke at RustConf"),
/// whose verbs cannot be turned round to "you"; only its place is used.
const SUBJECTS: &[&str] = &["i", "we", "he", "she", "they", "you"];
/// Words that say you are related, not met: left out.
const PERSONAL: &[&str] = &[
    "friend",
    "friends",
    "neighbour",
    "neighbor",
    "family",
    "cousin",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "partner",
    "wife",
    "husband",
    "mentor",
    "mentee",
    "roommate",
    "flatmate",
    "buddy",
];

/// One word of a field: as written, lower-cased, and without the
/// punctuation around it.
struct Word<'a> {
    raw: &'a str,
    lower: String,
}

fn words(text: &str) -> Vec<Word<'_>> {
    text.split_whitespace()
        .map(|w| {
            let raw = w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '&' || c == '+' || c == '#'));
            Word {
                raw,
                lower: raw.to_lowercase().replace('’', "'"),
            }
        })
        .filter(|w| !w.raw.is_empty())
        .collect()
}

/// Whitespace collapsed, quotes, spaces and end punctuation trimmed, cut at
/// the first aside ("RustConf 2025, where we both spoke" → "RustConf 2025").
fn first_clause(text: &str) -> Option<String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = t
        .split([',', ';', '(', '|', '·', '•', '—', '–', '\n'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("")
        .split(" / ")
        .next()
        .unwrap_or("");
    let head = head
        .trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') || c.is_whitespace())
        .trim_end_matches(['.', '!', '?', ':']);
    (!head.is_empty() && head.split_whitespace().count() <= FIELD_WORDS).then(|| head.to_string())
}

/// "his talk" → "your talk": in a draft, the contact is "you". Object
/// pronouns go too ("met him at" is read before this).
fn from_user_side(text: &str) -> String {
    text.split(' ')
        .map(|w| match w.to_lowercase().as_str() {
            "his" | "her" | "their" => "your".to_string(),
            "him" | "them" => "you".to_string(),
            "he's" | "she's" => "you're".to_string(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A year, a range of years or a number ("2026", "2019-21", "'24").
fn is_number(w: &str) -> bool {
    let t = w.trim_start_matches('\'');
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '/')
}

/// A word as a name writes it: capitalised, an acronym, or a number.
fn name_word(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || w.chars().skip(1).any(char::is_uppercase)
}

/// A short name (a place, a company): at most [`NAME_WORDS`] words, no
/// years or ranges at its end ("Acme 2019-2021" → "Acme"), and at least one
/// word that names something (the message check's test).
fn name(text: &str) -> Option<String> {
    let mut ws: Vec<&str> = text.split_whitespace().collect();
    while ws.last().is_some_and(|w| is_number(w)) {
        ws.pop();
    }
    // A name does not end on a word that needs another ("Acme at", "Modehaus and").
    let dangling = ws.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "at" | "in" | "on" | "of" | "from" | "to" | "for" | "with" | "and" | "or" | "the" | "a" | "an" | "@" | "&"
        )
    });
    let t = ws.join(" ");
    let ok = !ws.is_empty() && !dangling && ws.len() <= NAME_WORDS && !crate::lint::specific_words(&t).is_empty();
    ok.then_some(t)
}

/// `text` cut at the last of `seps` (" at ", " @ "): what comes before, and
/// the place or company after.
fn after_at(text: &str, seps: &[&str]) -> Option<(String, String)> {
    let lower = text.to_lowercase();
    let cut = seps
        .iter()
        .filter_map(|sep| lower.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|(i, _)| *i)?;
    // Lower-casing may change byte lengths: cut the original only where it is safe.
    if lower.len() != text.len() || !text.is_char_boundary(cut.0) {
        return None;
    }
    let (before, rest) = (&text[..cut.0], &text[cut.0 + cut.1..]);
    Some((before.trim().to_string(), rest.trim().to_string()))
}

/// Reads `met` (see the module's header); `None` when it says nothing a
/// sentence can use.
pub fn read_met(raw: &str) -> Option<Met> {
    let written = first_clause(raw)?;
    let mut met = read_clause(&strip_met_verb(&written))?;
    met.written = written;
    Some(met)
}

fn read_clause(text: &str) -> Option<Met> {
    let text = text.to_string();
    let ws = words(&text);
    if ws.is_empty() {
        return None;
    }
    let has = |set: &[&str]| ws.iter().any(|w| set.contains(&w.lower.trim_start_matches("ex-")));
    if let Some(m) = relationship(&text, &ws) {
        return Some(m);
    }
    if let Some(m) = introduction(&ws) {
        return Some(m);
    }
    if has(ONLINE) {
        return Some(Met {
            kind: MetKind::Online,
            phrase: None,
            written: String::new(),
            together: None,
            worked_together_at: None,
        });
    }
    // "a manager dinner" names an event; "manager @ dinner" does not.
    let names_event = ws
        .windows(2)
        .any(|p| PEOPLE_AT_WORK.contains(&p[0].lower.as_str()) && EVENT.contains(&p[1].lower.as_str()));
    if has(PERSONAL) || (has(PEOPLE_AT_WORK) && (text.contains('@') || !names_event)) {
        // A relationship the reader could not frame ("manager @ dinner") is
        // no place: left out rather than "since we met at a manager".
        return None;
    }
    place(&text, &ws)
}

/// "met at RustConf" → "at RustConf"; "we first met him at" → "at".
fn strip_met_verb(text: &str) -> String {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let Some(i) = ws
        .iter()
        .position(|w| matches!(w.to_lowercase().as_str(), "met" | "meet" | "meeting"))
    else {
        return text.to_string();
    };
    // Only a lead "(we) (first) met (him)" goes: "the met gala" is a name.
    let lead_ok = ws[..i].iter().all(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "we" | "i" | "first" | "originally" | "initially"
        )
    });
    if !lead_ok {
        return text.to_string();
    }
    let mut rest = &ws[i + 1..];
    if rest
        .first()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "him" | "her" | "them" | "you"))
    {
        rest = &rest[1..];
    }
    if rest.is_empty() {
        return text.to_string();
    }
    rest.join(" ")
}

fn relationship(text: &str, ws: &[Word]) -> Option<Met> {
    // "ex-colleague" is a colleague; "colleagues" is one too.
    let bare = |w: &Word| w.lower.trim_start_matches("ex-").to_string();
    // An owner up to three words before: "my team", "our Spotify days".
    let owned = |i: usize| {
        ws[i.saturating_sub(3)..i].iter().any(|w| {
            matches!(
                w.lower.as_str(),
                "my" | "our" | "his" | "her" | "their" | "same" | "former" | "old"
            )
        })
    };
    let is_event = |w: &Word| EVENT.contains(&w.lower.as_str());
    let work_at = ws.iter().enumerate().position(|(i, w)| {
        let b = bare(w);
        WORK.contains(&b.as_str())
            && (!WORK_OWNED.contains(&b.as_str()) || owned(i))
            // "team offsite", "work party": an event, not a shared job.
            && !ws.get(i + 1).is_some_and(is_event)
    });
    let study_at = ws.iter().enumerate().position(|(i, w)| {
        STUDY.contains(&bare(w).as_str())
            && !(w.lower == "school" && i > 0 && matches!(ws[i - 1].lower.as_str(), "summer" | "winter" | "spring"))
    });
    let (at, studied) = match (work_at, study_at) {
        (Some(i), _) => (i, false),
        (None, Some(i)) => (i, true),
        (None, None) => return None,
    };
    // Where: after "at"/"from", else a name just before the word
    // ("Modehaus colleague", "ex-Google teammate", "our Spotify days").
    let place = after_at(text, &[" at ", " @ ", " from "])
        .and_then(|(_, rest)| name(&from_user_side(&rest)))
        .or_else(|| {
            let mut start = at;
            while start > 0 && name_word(ws[start - 1].raw.trim_start_matches("ex-")) && at - start < 3 {
                start -= 1;
            }
            let n: Vec<&str> = ws[start..at]
                .iter()
                .map(|w| w.raw.trim_start_matches("ex-").trim_start_matches("Ex-"))
                .collect();
            (start < at).then(|| n.join(" ")).and_then(|n| name(&n))
        })
        .filter(|p| !(studied && STUDY.contains(&p.to_lowercase().as_str())));
    let verb = if studied { "studied together" } else { "worked together" };
    let together = match &place {
        Some(p) => format!("{verb} at {p}"),
        None => verb.to_string(),
    };
    Some(Met {
        kind: MetKind::Relationship,
        phrase: None,
        written: String::new(),
        together: Some(together),
        worked_together_at: place.filter(|_| !studied),
    })
}

fn introduction(ws: &[Word]) -> Option<Met> {
    let lower: Vec<&str> = ws.iter().map(|w| w.lower.as_str()).collect();
    // "through Alice", "via Bob", "intro from Maria", "introduced by Tom",
    // "referred by Ana"; or "Alice introduced us", "Alice's intro".
    let lead = ["through", "thru", "via", "by", "from"];
    let intro_words = [
        "intro",
        "introduced",
        "introduction",
        "referred",
        "referral",
        "connected",
    ];
    let who: Option<Vec<&str>> = if let Some(i) = lower.iter().position(|w| lead.contains(w)) {
        let before_ok = lower[..i]
            .iter()
            .all(|w| intro_words.contains(w) || matches!(*w, "an" | "a" | "the" | "were" | "was" | "us" | "got"));
        // "by", "from" say an introduction only after an intro word.
        let needs_intro = matches!(lower[i], "by" | "from");
        let said_intro = lower[..i].iter().any(|w| intro_words.contains(w));
        (before_ok && (!needs_intro || said_intro)).then(|| ws[i + 1..].iter().map(|w| w.raw).collect())
    } else if let Some(i) = lower
        .iter()
        .position(|w| matches!(*w, "introduced" | "intro'd" | "connected"))
        .filter(|i| lower.get(i + 1) == Some(&"us"))
    {
        Some(ws[..i].iter().map(|w| w.raw).collect())
    } else if let Some(i) = lower.iter().position(|w| *w == "intro" || *w == "introduction") {
        let before: Vec<&str> = ws[..i].iter().map(|w| w.raw).collect();
        let possessive = before.last().is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
        possessive.then(|| {
            let mut b = before;
            if let Some(last) = b.last_mut() {
                *last = last.trim_end_matches("'s").trim_end_matches("’s");
            }
            b
        })
    } else {
        None
    };
    let who = who?;
    if who.is_empty()
        || who.len() > 4
        || who.iter().any(|w| ONLINE.contains(&w.to_lowercase().as_str()))
        || who.iter().any(|w| SUBJECTS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let who = from_user_side(&who.join(" "));
    // "through friend" is "through a friend"; "through Alice", "through my sister" stay.
    let first = who.split(' ').next().unwrap_or("");
    let who = if name_word(first) || DETERMINERS.contains(&first.to_lowercase().as_str()) {
        who
    } else {
        format!("{} {who}", article(&who))
    };
    if crate::lint::specific_words(&who).is_empty() {
        return None;
    }
    Some(Met {
        kind: MetKind::Introduction,
        phrase: Some(format!("through {who}")),
        written: String::new(),
        together: None,
        worked_together_at: None,
    })
}

fn place(text: &str, ws: &[Word]) -> Option<Met> {
    let first = ws.first()?.lower.as_str();
    let place_of = |phrase: String| Met {
        kind: MetKind::Place,
        phrase: Some(phrase),
        written: String::new(),
        together: None,
        worked_together_at: None,
    };
    // A clause ("he spoke at RustConf"): only the place after its last
    // "at" or "in", when that is an event or a name.
    if ws.iter().any(|w| SUBJECTS.contains(&w.lower.as_str())) {
        let (_, rest) = after_at(text, &[" at "]).or_else(|| {
            let lower = text.to_lowercase();
            let i = lower.rfind(" in ")?;
            (lower.len() == text.len()).then(|| (String::new(), text[i + 4..].to_string()))
        })?;
        return named_place(&from_user_side(&rest)).map(place_of);
    }
    if PLACE_LEADS.contains(&first) {
        let rest = text[text.find(char::is_whitespace)?..].trim();
        if crate::lint::specific_words(rest).is_empty() || ws.len() > 1 + NAME_WORDS + 2 {
            return None;
        }
        let rest = from_user_side(rest);
        return Some(place_of(format!("{first} {rest}")));
    }
    named_place(&from_user_side(text)).map(place_of)
}

/// "RustConf 2026" → "at RustConf 2026"; "Lisbon" → "in Lisbon";
/// "the CTO dinner in Zurich", "a Lagos tech meetup", "hackathon" → "at a
/// hackathon"; `None` for what is neither an event nor a name.
fn named_place(text: &str) -> Option<String> {
    let ws = words(text);
    if ws.is_empty() || ws.len() > NAME_WORDS + 3 {
        return None;
    }
    if crate::lint::specific_words(text).is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    if IN_PLACES.contains(&lower.as_str()) {
        return Some(format!("in {text}"));
    }
    // One word typed with a capital is a name ("RustConf"), unless it is a
    // common word: "Conference" is "a conference", "Referral" no place.
    if let [only] = ws.as_slice() {
        if NOT_PLACES.contains(&only.lower.as_str()) {
            return None;
        }
        if EVENT.contains(&only.lower.as_str()) {
            return Some(format!("at {} {}", article(&only.lower), only.lower));
        }
    }
    // The head of the phrase: its last word before a place ("in Zurich")
    // or a year.
    let mut head_end = ws.len();
    if let Some(i) = ws.iter().position(|w| matches!(w.lower.as_str(), "in" | "at" | "on")) {
        head_end = head_end.min(i);
    }
    while head_end > 0 && is_number(ws[head_end - 1].raw) {
        head_end -= 1;
    }
    let head = ws[..head_end].last()?;
    let event = EVENT.contains(&head.lower.as_str()) || EVENT.iter().any(|e| head.lower.ends_with(e) && e.len() >= 4);
    let all_names = ws
        .iter()
        .all(|w| name_word(w.raw) || matches!(w.lower.as_str(), "of" | "de" | "the" | "and" | "&" | "-" | "für"));
    if !(event || all_names) {
        return None;
    }
    // "RustConf", "a Lagos tech meetup" as written; "Berlin Rust meetup"
    // is "the Berlin Rust meetup"; "hackathon" is "a hackathon".
    let what = if all_names || DETERMINERS.contains(&ws[0].lower.as_str()) {
        text.to_string()
    } else if name_word(ws[0].raw) {
        format!("the {text}")
    } else {
        format!("{} {text}", article(text))
    };
    Some(format!("at {what}"))
}

/// "a" or "an" before a word, by its sound as far as its letters tell.
fn article(next: &str) -> &'static str {
    let w = next.split_whitespace().next().unwrap_or("");
    let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.chars().count() >= 2 && letters.chars().all(char::is_uppercase);
    let lower = letters.to_lowercase();
    let first = lower.chars().next().unwrap_or('x');
    let an = if acronym {
        // Said letter by letter: "an SRE", "an ML engineer", "a UX designer".
        "aefhilmnorsx".contains(first)
    } else {
        let vowel = "aeiou".contains(first);
        let sounds_you = ["uni", "use", "usu", "uti", "eu", "one"]
            .iter()
            .any(|p| lower.starts_with(p));
        (vowel && !sounds_you) || lower.starts_with("hour") || lower.starts_with("honest")
    };
    if an { "an" } else { "a" }
}

/// A role, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Spoken mid-sentence ("freelance product designer", "CTO").
    pub title: String,
    /// With an article when it takes one ("a freelance product designer", "CTO").
    pub phrase: String,
    /// A company named in the field ("Senior PM at Stripe").
    pub company: Option<String>,
}

/// Nouns that make a field a role; a field without one (a headline such as
/// "Helping startups scale") is left out.
const ROLE_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "dev",
    "designer",
    "manager",
    "lead",
    "head",
    "director",
    "officer",
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "partner",
    "consultant",
    "advisor",
    "adviser",
    "analyst",
    "scientist",
    "researcher",
    "architect",
    "programmer",
    "writer",
    "editor",
    "journalist",
    "recruiter",
    "sourcer",
    "marketer",
    "strategist",
    "specialist",
    "coordinator",
    "associate",
    "assistant",
    "administrator",
    "president",
    "chair",
    "chairman",
    "chairwoman",
    "professor",
    "lecturer",
    "teacher",
    "student",
    "candidate",
    "fellow",
    "intern",
    "trainee",
    "apprentice",
    "freelancer",
    "contractor",
    "coach",
    "investor",
    "producer",
    "photographer",
    "illustrator",
    "artist",
    "author",
    "lawyer",
    "attorney",
    "counsel",
    "accountant",
    "doctor",
    "nurse",
    "physician",
    "economist",
    "statistician",
    "evangelist",
    "advocate",
    "representative",
    "executive",
    "technician",
    "operator",
    "planner",
    "buyer",
    "trader",
    "banker",
    "master",
    "postdoc",
    "maintainer",
    "contributor",
    "organizer",
    "organiser",
    "mentor",
    "tester",
    "strategist",
    "copywriter",
    "entrepreneur",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "cpo",
    "cmo",
    "cio",
    "ciso",
    "cso",
    "vp",
    "svp",
    "evp",
    "avp",
    "pm",
    "em",
    "sre",
    "swe",
    "tpm",
    "ae",
    "sdr",
    "bdr",
    "gm",
    "md",
];
/// Titles said without an article ("as CTO", "as head of platform").
const NO_ARTICLE: &[&str] = &[
    "ceo",
    "cto",
    "cfo",
    "coo",
    "cpo",
    "cmo",
    "cio",
    "ciso",
    "cso",
    "vp",
    "svp",
    "evp",
    "avp",
    "head",
    "chief",
    "president",
    "vice",
    "chair",
    "chairman",
    "chairwoman",
    "gm",
    "md",
];
/// Words of job titles that are not names, so lower-cased mid-sentence.
const ROLE_WORDS: &[&str] = &[
    "senior",
    "sr",
    "junior",
    "jr",
    "staff",
    "principal",
    "chief",
    "freelance",
    "independent",
    "product",
    "software",
    "data",
    "engineering",
    "technical",
    "tech",
    "technology",
    "marketing",
    "sales",
    "growth",
    "operations",
    "ops",
    "people",
    "design",
    "research",
    "platform",
    "infrastructure",
    "backend",
    "back-end",
    "frontend",
    "front-end",
    "full-stack",
    "fullstack",
    "full",
    "stack",
    "mobile",
    "web",
    "cloud",
    "security",
    "machine",
    "learning",
    "deep",
    "business",
    "development",
    "account",
    "customer",
    "success",
    "content",
    "brand",
    "community",
    "relations",
    "digital",
    "creative",
    "art",
    "managing",
    "general",
    "vice",
    "quality",
    "assurance",
    "test",
    "site",
    "reliability",
    "systems",
    "system",
    "network",
    "embedded",
    "hardware",
    "firmware",
    "solutions",
    "solution",
    "support",
    "finance",
    "financial",
    "legal",
    "talent",
    "acquisition",
    "recruiting",
    "program",
    "programme",
    "project",
    "delivery",
    "innovation",
    "strategy",
    "communications",
    "public",
    "policy",
    "user",
    "experience",
    "interaction",
    "visual",
    "graphic",
    "motion",
    "industrial",
    "global",
    "regional",
    "country",
    "team",
    "information",
    "analytics",
    "science",
    "applied",
    "visiting",
    "postdoctoral",
    "doctoral",
    "graduate",
    "undergraduate",
    "associate",
    "assistant",
    "executive",
    "operating",
    "financial",
    "product",
    "owner",
    "scrum",
    "agile",
    "open",
    "source",
    "developer",
    "devrel",
    "partnerships",
    "partnership",
    "enterprise",
    "solutions",
    "client",
    "services",
    "service",
    "technologies",
    "writer",
    "technical",
    "integration",
    "automation",
    "performance",
    "reliability",
    "language",
    "languages",
    "ai",
    "of",
    "and",
    "for",
    "the",
    "in",
    "a",
];
/// A field that says the person has no role now ("Open to work", "ex-CTO").
const NOT_NOW: &[&str] = &[
    "former",
    "formerly",
    "ex",
    "previously",
    "retired",
    "unemployed",
    "seeking",
    "looking",
    "open",
    "between",
    "helping",
    "building",
    "passionate",
    "making",
    "aspiring",
];

/// Words anywhere in a role that say they have retired, in the languages
/// tend reads ("Directeur des opérations (retraité)", "COO, im Ruhestand").
const RETIRED: &[&str] = &[
    "retired",
    "retraité",
    "retraitée",
    "retirado",
    "retirada",
    "jubilado",
    "jubilada",
    "pensionato",
    "pensionata",
    "pensione",
    "ruhestand",
    "pensioniert",
    "rentner",
    "rentnerin",
    "gepensioneerd",
    "emeritus",
    "emerita",
    "aposentado",
    "aposentada",
    "emeryt",
    "emerytka",
    "pensionär",
    "pensjonist",
];

/// Whether a role field says the person has retired: their company is no
/// longer theirs to be asked about.
pub fn says_retired(role: &str) -> bool {
    role.to_lowercase()
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| RETIRED.contains(&w))
}

/// How a word of a role is said mid-sentence: acronyms and names as
/// written, title words lower-cased.
fn spoken_word(raw: &str, shouting: bool) -> String {
    let lower = raw.to_lowercase();
    let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
    let core = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let known = ROLE_WORDS.contains(&core) || ROLE_NOUNS.contains(&core) && !is_acronym_noun(core);
    if shouting {
        // A role typed in capitals: title words are lower-cased, the rest
        // (acronyms, names) kept.
        return if known { lower } else { raw.to_string() };
    }
    let inner_capital = letters.iter().skip(1).any(|c| c.is_uppercase());
    if inner_capital || letters.len() == 1 && letters.iter().all(|c| c.is_uppercase()) {
        return raw.to_string();
    }
    if known { lower } else { raw.to_string() }
}

/// Role nouns that are acronyms ("CTO", "PM"): kept in capitals.
fn is_acronym_noun(w: &str) -> bool {
    w.len() <= 4 && NO_ARTICLE.contains(&w) && !matches!(w, "head" | "vice" | "chair")
        || matches!(w, "pm" | "em" | "sre" | "swe" | "tpm" | "ae" | "sdr" | "bdr")
}

/// Reads a role (see the module's header); `None` for a field that names
/// no role, or a past one.
pub fn read_role(raw: &str) -> Option<Role> {
    let text = first_clause(raw)?;
    let (title, company) = match after_at(&text, &[" at ", " @ "]) {
        Some((before, rest)) if !before.is_empty() => (before, name(&rest)),
        _ => (text.clone(), None),
    };
    let ws = words(&title);
    let first = ws.first()?;
    // "Helping startups scale", "Building …": a headline, not a role.
    let headline = first.lower.ends_with("ing") && !ROLE_WORDS.contains(&first.lower.as_str());
    if NOT_NOW.contains(&first.lower.as_str()) || first.lower.starts_with("ex-") || headline {
        return None;
    }
    if !ws
        .iter()
        .any(|w| ROLE_NOUNS.contains(&w.lower.as_str()) || w.lower.ends_with("-founder"))
    {
        return None;
    }
    if ws.len() > NAME_WORDS + 2 {
        return None;
    }
    let letters: Vec<char> = title.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() > 5 && letters.iter().all(|c| c.is_uppercase());
    // Stray punctuation ("@ CTO", "- Designer") is no word of the title.
    let spoken: Vec<String> = title
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric) || *w == "&")
        .skip_while(|w| *w == "&")
        .map(|w| spoken_word(w, shouting))
        .collect();
    let title = spoken.join(" ");
    let lead = first.lower.trim_matches(|c: char| !c.is_alphanumeric());
    let phrase = if NO_ARTICLE.contains(&lead) {
        title.clone()
    } else {
        format!("{} {title}", article(&title))
    };
    Some(Role { title, phrase, company })
}

/// Words of a company field that name no employer: left out.
const NO_COMPANY: &[&str] = &[
    "self-employed",
    "self employed",
    "freelance",
    "freelancer",
    "freelancing",
    "independent",
    "independent consultant",
    "stealth",
    "stealth startup",
    "stealth mode",
    "stealth mode startup",
    "n/a",
    "na",
    "none",
    "-",
    "unemployed",
    "retired",
    "open to work",
    "looking for work",
    "between jobs",
    "various",
    "confidential",
    "my own company",
    "own business",
    "self",
    "private",
    "unknown",
];

/// A company as a name a sentence can use after "at"; `None` when it
/// names no employer or a past one ("ex-Google").
pub fn read_company(raw: &str) -> Option<String> {
    let text = first_clause(raw)?;
    let lower = text.to_lowercase();
    if NO_COMPANY.contains(&lower.as_str())
        || lower.starts_with("ex-")
        || lower.starts_with("ex ")
        || lower.starts_with("former")
        || lower.starts_with("previously")
    {
        return None;
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(met: &str) -> Option<String> {
        read_met(met).and_then(|m| m.phrase)
    }

    fn together(met: &str) -> Option<String> {
        read_met(met).and_then(|m| m.together)
    }

    #[test]
    fn places_and_events_read_after_we_met() {
        assert_eq!(phrase("RustConf 2026").as_deref(), Some("at RustConf 2026"));
        assert_eq!(
            phrase("the CTO dinner in Zurich").as_deref(),
            Some("at the CTO dinner in Zurich")
        );
        assert_eq!(phrase("hackathon").as_deref(), Some("at a hackathon"));
        assert_eq!(phrase("Lisbon").as_deref(), Some("in Lisbon"));
        assert_eq!(phrase("At the Berlin meetup").as_deref(), Some("at the Berlin meetup"));
        assert_eq!(
            phrase("his talk at RustConf").as_deref(),
            Some("at your talk at RustConf")
        );
        assert_eq!(phrase("met at KubeCon EU").as_deref(), Some("at KubeCon EU"));
        assert_eq!(phrase("he spoke at FOSDEM 2025").as_deref(), Some("at FOSDEM 2025"));
        assert_eq!(phrase("gym buddy"), None);
        assert_eq!(phrase("Conference").as_deref(), Some("at a conference"));
        assert_eq!(phrase("Referral"), None);
    }

    #[test]
    fn relationships_read_after_since_we() {
        assert_eq!(
            together("my manager at Modehaus").as_deref(),
            Some("worked together at Modehaus")
        );
        assert_eq!(
            together("his internship at Quellwerk").as_deref(),
            Some("worked together at Quellwerk")
        );
        assert_eq!(together("former colleague").as_deref(), Some("worked together"));
        assert_eq!(
            together("ex-Google teammate").as_deref(),
            Some("worked together at Google")
        );
        assert_eq!(together("classmate at ETH").as_deref(), Some("studied together at ETH"));
        assert_eq!(phrase("my manager at Modehaus"), None);
        assert_eq!(together("team offsite in Lisbon"), None);
    }

    #[test]
    fn online_and_personal_are_never_met() {
        for m in [
            "LinkedIn",
            "on LinkedIn",
            "cold email",
            "Rust Discord",
            "via Twitter",
            "old friend",
        ] {
            assert_eq!(phrase(m), None, "{m}");
        }
        assert_eq!(phrase("through Alice").as_deref(), Some("through Alice"));
        assert_eq!(phrase("Alice introduced us").as_deref(), Some("through Alice"));
        assert_eq!(phrase("intro from Maria Lopez").as_deref(), Some("through Maria Lopez"));
    }

    #[test]
    fn roles_are_spoken_mid_sentence() {
        let r = |s: &str| read_role(s).map(|r| r.phrase);
        assert_eq!(
            r("Freelance product designer").as_deref(),
            Some("a freelance product designer")
        );
        assert_eq!(r("CTO").as_deref(), Some("CTO"));
        assert_eq!(r("Engineering Manager").as_deref(), Some("an engineering manager"));
        assert_eq!(r("Head of Platform").as_deref(), Some("head of platform"));
        assert_eq!(r("Senior iOS Engineer").as_deref(), Some("a senior iOS engineer"));
        assert_eq!(r("Rust developer").as_deref(), Some("a Rust developer"));
        assert_eq!(r("SRE").as_deref(), Some("an SRE"));
        assert_eq!(r("UX Designer").as_deref(), Some("a UX designer"));
        assert_eq!(
            r("SENIOR SOFTWARE ENGINEER").as_deref(),
            Some("a senior software engineer")
        );
        assert_eq!(r("Helping startups scale their data teams"), None);
        assert_eq!(r("Open to work"), None);
        assert_eq!(r("Former CTO"), None);
        let pm = read_role("Senior PM @ Stripe");
        assert_eq!(pm.as_ref().map(|r| r.title.as_str()), Some("senior PM"));
        assert_eq!(pm.and_then(|r| r.company).as_deref(), Some("Stripe"));
    }

    use proptest::prelude::*;

    /// Pieces of `met` and `role` fields as people type them: the words
    /// that may never follow "we met", and these.
    const OTHER_PIECES: &[&str] = &[
        "my",
        "former",
        "ex-",
        "old",
        "team",
        "at",
        "from",
        "in",
        "on",
        "through",
        "via",
        "met",
        "we",
        "he",
        "she",
        "Modehaus",
        "RustConf",
        "2026",
        "LinkedIn",
        "Discord",
        "the",
        "a",
        "dinner",
        "meetup",
        "Zurich",
        "Lisbon",
        "Alice",
        "introduced",
        "us",
        "Senior",
        "Product",
        "Designer",
        "Engineer",
        "CTO",
        "VP",
        "Head",
        "of",
        "Freelance",
        "Staff",
        "@",
        ",",
        "Helping",
        "startups",
        "Open",
        "to",
        "work",
        "iOS",
        "Rust",
        "SRE",
    ];

    fn field() -> impl Strategy<Value = String> {
        let pieces: Vec<&str> = NOT_AFTER_MET.iter().chain(OTHER_PIECES).copied().collect();
        prop::collection::vec(prop::sample::select(pieces), 1..9)
            .prop_map(|w| w.join(" ").replace("ex- ", "ex-").replace(" ,", ","))
    }

    /// Words that say a relationship or an online channel: never after "we met".
    const NOT_AFTER_MET: &[&str] = &[
        "his",
        "her",
        "their",
        "him",
        "manager",
        "colleague",
        "intern",
        "internship",
        "boss",
        "teammate",
        "classmate",
        "linkedin",
        "discord",
        "online",
        "friend",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn a_met_reading_fits_its_frame(met in field()) {
            if let Some(m) = read_met(&met) {
                if let Some(p) = &m.phrase {
                    prop_assert!(matches!(m.kind, MetKind::Place | MetKind::Introduction), "{met:?} → {m:?}");
                    let first = p.split(' ').next().unwrap_or("");
                    prop_assert!(PLACE_LEADS.contains(&first) || first == "through", "{met:?} → {p:?}");
                    // Theirs is "your"; a relationship word only names an
                    // event ("a manager dinner"), never who they are.
                    let ws: Vec<String> = p.split(' ').map(str::to_lowercase).collect();
                    for (i, w) in ws.iter().enumerate().skip(1) {
                        let names_event = ws.get(i + 1).is_some_and(|n| EVENT.contains(&n.as_str()));
                        let introducer = m.kind == MetKind::Introduction && w == "friend";
                        prop_assert!(
                            !NOT_AFTER_MET.contains(&w.as_str())
                                || (WORK.contains(&w.as_str()) && names_event)
                                || introducer,
                            "{met:?} → {p:?}"
                        );
                    }
                }
                if let Some(t) = &m.together {
                    prop_assert_eq!(m.kind, MetKind::Relationship);
                    prop_assert!(t.starts_with("worked together") || t.starts_with("studied together"), "{t:?}");
                    prop_assert!(!t.contains(" at at") && !t.ends_with(" at"), "{t:?}");
                }
                prop_assert!(m.kind != MetKind::Online || (m.phrase.is_none() && m.together.is_none()));
            }
        }

        #[test]
        fn a_role_reading_is_said_mid_sentence(role in field()) {
            if let Some(r) = read_role(&role) {
                // Title words in lower case; acronyms and names as written.
                for w in r.title.split(' ') {
                    let lower = w.to_lowercase();
                    let title_word = ROLE_WORDS.contains(&lower.as_str())
                        || (ROLE_NOUNS.contains(&lower.as_str()) && !is_acronym_noun(&lower));
                    prop_assert!(!title_word || w == lower, "{role:?} → {:?}", r.title);
                }
                let first = r.phrase.split(' ').next().unwrap_or("");
                prop_assert!(
                    matches!(first, "a" | "an") || NO_ARTICLE.contains(&first.to_lowercase().as_str()),
                    "{role:?} → {:?}", r.phrase
                );
                prop_assert!(r.phrase.ends_with(&r.title));
                prop_assert!(!r.title.contains(" @") && !r.title.contains(','), "{:?}", r.title);
            }
        }
    }

    #[test]
    fn a_company_names_an_employer() {
        assert_eq!(read_company("Studio Ravi").as_deref(), Some("Studio Ravi"));
        assert_eq!(read_company("Self-employed"), None);
        assert_eq!(read_company("ex-Google"), None);
    }
}

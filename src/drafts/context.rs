//! What a template sees: the facts of a draft, drawn only from words a draft
//! may use (drafts.md "Whose words a draft may use"): the contact's
//! profile, their own words as a short topic, a post's title, a celebrate
//! event's detail; never the user's memos or sent texts.

use chrono::{DateTime, Utc};
use minijinja::Value;

use super::{DraftInput, topic};
use crate::intent::{self, Intent};
use crate::lint::{Recipient, gather, words::phrase_words};
use crate::model::{Direction, Event, EventKind, Interaction, Trigger};
use crate::time::{Duration, local_date};

/// Every variable a template may use, with what it holds (a missing value is
/// `none`, which is false in an `{% if %}` and may not be printed).
pub const VARIABLES: &[(&str, &str)] = &[
    ("kind", "reply, first-follow-up, check-in or milestone"),
    (
        "first_name",
        "the name to greet them by (none when their name has no letters)",
    ),
    ("name", "their full name"),
    ("company", "their company"),
    ("role", "their role"),
    ("met", "how you met, as written (short)"),
    (
        "met_phrase",
        "how you met, starting with a preposition (\"at RustConf\")",
    ),
    ("interest", "their first interest"),
    ("interests", "all their interests (a list)"),
    (
        "topic",
        "the topic of their message, or of their last one (a few words, never a quote)",
    ),
    ("last_note", "the same as topic (kept for older templates)"),
    ("message", "reply: the same as topic"),
    ("intent", "reply: time, pitch, ask, question, congrats, thanks or news"),
    ("when", "reply to a time: the time they named, in their words"),
    (
        "confirmed",
        "reply to a time: true when they confirmed or sent an invite",
    ),
    ("they_started", "reply: true when they wrote first in this conversation"),
    ("late", "reply: true when their message is a week old or more"),
    ("call", "true when this draft may propose a call"),
    (
        "stage",
        "new (fewer than 2 responses), warm, or dormant (last exchange over 6 months ago)",
    ),
    ("care", "true for the first check-in after a sensitive event"),
    ("care_kind", "layoff, health or bereavement, with care"),
    ("post", "the title of their recent post"),
    ("posted", "true when they posted recently"),
    (
        "milestone",
        "new-job, promotion, achievement, birthday or work-anniversary",
    ),
    ("detail", "the milestone event's detail (short)"),
    ("years", "work anniversary: the number of years"),
    (
        "settled",
        "milestone: true a week or more after the event (time to ask how it is going)",
    ),
    ("early", "true while they have answered fewer than 2 times"),
    ("responses", "how many times they have answered"),
    ("user_name", "your name ([user] name)"),
    ("user_first_name", "your first name"),
];

/// A reply this many days after their message opens with an apology for the wait.
pub(crate) const LATE_AFTER_DAYS: i64 = 7;

/// Prepositions that can open how you met ("through Alice", "at RustConf").
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "through", "thru", "via", "during", "from", "over", "when", "while", "after", "before", "by",
    "with", "back", "last", "across", "around", "near", "for", "years", "ages",
];
const ONLINE: &[&str] = &[
    "linkedin", "twitter", "x", "mastodon", "github", "slack", "discord", "reddit", "online", "bluesky",
];

/// The longest free-text fact, in words; longer ones are cut at a comma or
/// left out, never cut mid-phrase with "…".
const FACT_WORDS: usize = 6;
/// A company, role or how you met may be a little longer: it is a name.
const PROFILE_WORDS: usize = 8;
/// A post title may be named whole when it is no longer than this.
const TITLE_WORDS: usize = 12;
/// After this long without an exchange, a contact is dormant.
const DORMANT_DAYS: i64 = 183;

/// How many ways of fitting a draft there are, tried in order: everything,
/// then without how you met and interests, then without their role and a
/// post's title, then one fact only.
pub const TRIM_LEVELS: usize = 4;

/// The facts of one draft.
pub struct Facts {
    kind: &'static str,
    pub first_name: String,
    name: String,
    company: Option<String>,
    role: Option<String>,
    met: Option<String>,
    interests: Vec<String>,
    topic: Option<String>,
    intent: Option<Intent>,
    when: Option<String>,
    confirmed: bool,
    they_started: bool,
    /// Their message is a week old or more: the reply says sorry for the wait.
    late: bool,
    call: bool,
    stage: &'static str,
    care: Option<EventKind>,
    post: Option<String>,
    posted: bool,
    milestone: Option<&'static str>,
    detail: Option<String>,
    years: Option<i32>,
    settled: bool,
    responses: u32,
    user_name: String,
    /// Their message (reply), for the recipient's facts.
    message: Option<String>,
    /// Public event details (posts, celebrations) for the recipient's facts.
    public_details: Vec<String>,
}

/// Whitespace collapsed, quotes and spaces trimmed; `None` when blank.
fn clean(s: Option<&str>) -> Option<String> {
    let t = s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))?;
    let t = t.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') || c.is_whitespace());
    (!t.is_empty()).then(|| t.to_string())
}

/// A fact of at most `max` words: whole, or its first clause, or the words
/// before its first preposition ("Staff Architect for Platform Reliability"
/// → "Staff Architect"), when that is short enough
/// ("RustConf 2025, where we both spoke" → "RustConf 2025").
fn short(s: Option<&str>, max: usize) -> Option<String> {
    short_at(s, max, true)
}

/// [`short`], without the cut before a preposition when `cut` is false
/// (an interest cut there reads wrong: "asked about the slides" → "asked").
fn short_at(s: Option<&str>, max: usize, cut: bool) -> Option<String> {
    let t = clean(s)?;
    let fits = |x: &str| !x.is_empty() && x.split_whitespace().count() <= max;
    let t = t.trim_end_matches(['.', '!', ',', ';']);
    if fits(t) {
        return Some(t.to_string());
    }
    let head = t.split([',', ';', '.', '(', '—', '–', ':']).next()?.trim();
    if fits(head) {
        return Some(head.to_string());
    }
    if !cut {
        return None;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let cut = words
        .iter()
        .skip(1)
        .position(|w| CUT_BEFORE.contains(&w.to_lowercase().as_str()))
        .map(|p| p + 1)?;
    let kept = words[..cut].join(" ");
    fits(&kept).then_some(kept)
}

/// The role and company a job change's detail names.
#[derive(Debug, PartialEq)]
struct Job {
    role: Option<String>,
    company: Option<String>,
}

/// Reads "Staff engineer at Northwind", "at Northwind", "joined Northwind",
/// "to Staff engineer" or "as CTO"; `None` for anything else (a detail like
/// "moving to Berlin next month" stays as the user wrote it).
fn job_of(detail: &str) -> Option<Job> {
    let part = |s: &str| {
        let s = s.trim();
        let ok = !s.is_empty()
            && s.split_whitespace().count() <= PROFILE_WORDS
            && !s.contains(['.', ',', ';', ':', '!', '?', '(', ')'])
            && telling(s);
        ok.then(|| s.to_string())
    };
    // ASCII lowercase keeps byte offsets, so they index `detail` too.
    let lower = detail.to_ascii_lowercase();
    for lead in ["joined ", "started at ", "at "] {
        if lower.starts_with(lead) {
            let company = part(&detail[lead.len()..])?;
            return Some(Job {
                role: None,
                company: Some(company),
            });
        }
    }
    // A role lead ("to Staff engineer") may stand without a company; a bare
    // detail needs both ("Staff engineer at Northwind").
    let role_lead = ["promoted to ", "to ", "as "]
        .into_iter()
        .find(|l| lower.starts_with(l));
    let from = role_lead.map_or(0, str::len);
    let rest = &detail[from..];
    match lower[from..].rfind(" at ") {
        Some(i) => Some(Job {
            role: Some(part(&rest[..i])?),
            company: Some(part(&rest[i + 4..])?),
        }),
        None if role_lead.is_some() => Some(Job {
            role: Some(part(rest)?),
            company: None,
        }),
        None => None,
    }
}

/// Whether a fact has a word that makes a message specific (the message
/// check's test): a fact without one would not make the draft about them.
fn telling(fact: &str) -> bool {
    !crate::lint::specific_words(fact).is_empty()
}

/// Words before which a long fact can end and still read whole.
const CUT_BEFORE: &[&str] = &[
    "for", "of", "at", "in", "on", "with", "where", "when", "who", "which", "that", "to", "from", "about",
];

/// Whether they wrote first in the conversation that `inbound` belongs to:
/// the earliest conversational interaction of the run that ends with it,
/// where a gap of more than 30 days starts a new conversation, is theirs.
fn they_started(interactions: &[&Interaction], inbound_at: DateTime<Utc>) -> bool {
    let mut talk: Vec<&&Interaction> = interactions
        .iter()
        .filter(|i| i.channel.is_conversational() && i.at <= inbound_at)
        .collect();
    talk.sort_by_key(|i| (i.at, i.id));
    let mut first = match talk.last() {
        Some(i) => **i,
        None => return true,
    };
    for pair in talk.windows(2).rev() {
        if (pair[1].at - pair[0].at).num_days() > 30 {
            break;
        }
        first = pair[0];
    }
    first.direction == Direction::In
}

impl Facts {
    /// Where they work, as the profile says.
    pub fn company(&self) -> Option<&str> {
        self.company.as_deref()
    }

    pub fn of(input: &DraftInput, extra: &intent::ExtraPhrases, post_recent: Duration) -> Facts {
        let c = input.contact;
        let (now, tz) = (input.now, input.tz);
        let today = local_date(now, tz);
        let interactions: Vec<&Interaction> = input.interactions.iter().collect();
        let responses = interactions.iter().filter(|i| i.is_response()).count() as u32;
        let first_name = crate::names::greeting(c).to_string();
        // Names of the people in the conversation never make a topic.
        let mut skip: Vec<String> = phrase_words(&c.name);
        skip.extend(phrase_words(input.user_name));
        skip.extend(phrase_words(&first_name));
        let topic_of = |text: &str| topic::topic(text, &skip);

        let mut message = None;
        let mut msg_intent = None;
        let mut when = None;
        let mut confirmed = false;
        let mut started = false;
        let mut late = false;
        let mut before = now;
        let (mut milestone, mut detail, mut years, mut settled, mut post_event) = (None, None, None, false, None);
        let mut job: Option<Job> = None;
        match &input.nudge.trigger {
            Trigger::Inbound {
                interaction_id,
                at,
                note,
                ..
            } => {
                // Their words only: a note on an inbound call or meeting is a memo.
                let theirs = interactions
                    .iter()
                    .find(|i| i.id == *interaction_id)
                    .map_or(note.as_deref(), |i| gather::their_words(i));
                message = clean(theirs);
                if let Some(m) = &message {
                    let i = intent::classify(m, extra);
                    msg_intent = Some(i);
                    if i == Intent::Time {
                        when = intent::proposed_time(m, extra);
                        let toks = crate::lint::words::tokens(m);
                        confirmed = !crate::lint::words::find_any(
                            &toks,
                            ["invite", "invitation", "booked", "sent you", "calendar"],
                        )
                        .is_empty();
                        // "Tomorrow at 4pm" reads "tomorrow at 4pm" inside a sentence.
                        when = when.map(|w| {
                            let first = w.split_whitespace().next().unwrap_or("");
                            if matches!(first, "Tomorrow" | "Next" | "This" | "On" | "At") {
                                let mut c = w.chars();
                                c.next().map_or(w.clone(), |f| f.to_lowercase().chain(c).collect())
                            } else {
                                w
                            }
                        });
                    }
                }
                started = they_started(&interactions, *at);
                late = now - *at >= chrono::Duration::days(LATE_AFTER_DAYS);
                before = *at;
            }
            Trigger::Connected { .. } => {}
            Trigger::Cadence { post, .. } => post_event = post.as_ref(),
            Trigger::Milestone {
                kind,
                on,
                event,
                years: y,
            } => {
                let word = match (kind, y) {
                    (EventKind::NewJob, Some(_)) => "work-anniversary",
                    (k, _) => k.as_str(),
                };
                milestone = Some(word);
                detail = event.as_ref().and_then(|e| short(e.detail.as_deref(), FACT_WORDS));
                // "Staff engineer at Northwind" is the new role and company,
                // said as such rather than pasted in brackets; the profile's
                // are from before the change.
                if matches!(word, "new-job" | "promotion")
                    && let Some(j) = event
                        .as_ref()
                        .and_then(|e| clean(e.detail.as_deref()))
                        .as_deref()
                        .and_then(job_of)
                {
                    job = Some(j);
                    detail = None;
                }
                years = *y;
                settled = (today - *on).num_days() >= 7;
            }
        }
        let since = post_recent.before(now, tz);
        let recent_post = post_event.or_else(|| {
            input
                .events
                .iter()
                .filter(|e| e.kind == EventKind::Post && crate::time::start_of_day(e.on, tz) >= since)
                .max_by_key(|e| (e.on, e.id))
        });
        let post = recent_post.and_then(|e| short(e.detail.as_deref(), TITLE_WORDS));

        // The topic: of their message (reply), else of their last messages.
        let topic = match &message {
            Some(m) if msg_intent != Some(Intent::Pitch) => topic_of(m),
            Some(_) => None,
            // Their latest words that name something ("Will do, thanks" does not).
            None => {
                let mut theirs: Vec<&&Interaction> = interactions
                    .iter()
                    .filter(|i| gather::their_words(i).is_some())
                    .collect();
                theirs.sort_by_key(|i| std::cmp::Reverse((i.at, i.id)));
                theirs
                    .iter()
                    .take(3)
                    .find_map(|i| gather::their_words(i).and_then(topic_of))
            }
        };

        // Stage: the last exchange before what this draft answers.
        let last_exchange = interactions
            .iter()
            .filter(|i| i.channel.is_conversational() && i.at < before)
            .map(|i| i.at)
            .max();
        let dormant = last_exchange.is_some_and(|at| (now - at).num_days() > DORMANT_DAYS);
        let stage = if dormant {
            "dormant"
        } else if responses < 2 {
            "new"
        } else {
            "warm"
        };
        let kind = input.nudge.kind;
        // The planner marks the check-in after a sensitive hold (rule 7).
        let care = input.nudge.care.map(|c| c.kind);
        // Only news, questions and asks may propose a call, and at most one
        // draft in three (chosen by the nudge key, so it is stable).
        let call = matches!(msg_intent, Some(Intent::News | Intent::Question | Intent::Ask))
            && stage != "new"
            && super::stable_hash(&format!("call:{}", input.nudge.key)).is_multiple_of(3);

        let mut public_details: Vec<String> = Vec::new();
        for e in gather::recent_events(input.events, now, tz) {
            if gather::event_memo(e).is_none()
                && let Some(d) = clean(e.detail.as_deref())
            {
                public_details.push(d);
            }
        }
        let mut company = short(c.company.as_deref(), PROFILE_WORDS).filter(|f| telling(f));
        let mut role = short(c.role.as_deref(), PROFILE_WORDS).filter(|f| telling(f));
        if let Some(j) = job {
            // A new job changes both (the old company is not theirs any
            // more); a promotion keeps the company when the detail names none.
            if j.company.is_some() || milestone == Some("new-job") {
                company = j.company;
            }
            if j.role.is_some() || milestone == Some("new-job") {
                role = j.role;
            }
        }
        Facts {
            kind: kind.as_str(),
            first_name,
            name: c.name.trim().to_string(),
            company,
            role,
            met: short(c.met.as_deref(), PROFILE_WORDS).filter(|f| telling(f)),
            interests: c
                .interests
                .iter()
                .filter_map(|i| short_at(Some(i), FACT_WORDS, false))
                .filter(|f| telling(f))
                .collect(),
            topic,
            intent: msg_intent,
            when,
            confirmed,
            they_started: started,
            late,
            call,
            stage,
            care,
            post,
            posted: recent_post.is_some(),
            milestone,
            detail,
            years,
            settled,
            responses,
            user_name: input.user_name.trim().to_string(),
            message,
            public_details,
        }
    }

    /// The recipient as `tend lint --to` sees them, from the same facts.
    pub fn recipient(&self, input: &DraftInput) -> Recipient {
        let details = self.public_details.iter().map(|d| Some(d.as_str()));
        let last_theirs = input
            .interactions
            .iter()
            .filter(|i| gather::their_words(i).is_some())
            .max_by_key(|i| (i.at, i.id))
            .and_then(|i| gather::their_words(i));
        let notes = [self.message.as_deref(), last_theirs];
        let mut r = gather::recipient(input.contact, self.responses, details, notes);
        r.responses = self.responses;
        let recent: Vec<&Event> = gather::recent_events(input.events, input.now, input.tz);
        gather::add_records(&mut r, input.interactions, &recent);
        r
    }

    /// The template context at a trim level (0 = everything).
    pub fn context(&self, level: usize) -> Value {
        let opt = |s: Option<String>| s.map_or(Value::from(()), Value::from);
        let (mut met, mut interests) = if level >= 1 {
            (None, Vec::new())
        } else {
            (self.met.clone(), self.interests.clone())
        };
        let mut company = self.company.clone();
        let mut role = if level >= 2 { None } else { self.role.clone() };
        if level >= 3 {
            // One fact only, the shortest, for long names under a tight limit.
            let shortest = [&self.company, &self.role, &self.met, &self.interests.first().cloned()]
                .into_iter()
                .flatten()
                .min_by_key(|f| f.chars().count())
                .cloned();
            company = shortest.clone().filter(|s| Some(s) == self.company.as_ref());
            role = shortest
                .clone()
                .filter(|s| Some(s) == self.role.as_ref() && company.is_none());
            met = shortest
                .clone()
                .filter(|s| Some(s) == self.met.as_ref() && company.is_none() && role.is_none());
            interests = shortest
                .filter(|s| company.is_none() && role.is_none() && met.is_none() && Some(s) == self.interests.first())
                .into_iter()
                .collect();
        }
        let user_first = crate::names::greeting_name(&self.user_name).to_string();
        let first = (!self.first_name.is_empty()).then(|| self.first_name.clone());
        // A map (minijinja 3 reads an iterator of pairs as a list of tuples).
        Value::from(std::collections::BTreeMap::from([
            ("kind", Value::from(self.kind)),
            ("first_name", opt(first)),
            ("name", Value::from(self.name.clone())),
            ("company", opt(company)),
            ("role", opt(role)),
            ("met_phrase", opt(met.as_deref().map(met_phrase))),
            ("met", opt(met)),
            ("interest", opt(interests.first().cloned())),
            ("interests", Value::from(interests)),
            ("topic", opt(self.topic.clone())),
            ("last_note", opt(self.topic.clone())),
            ("message", opt(self.topic.clone())),
            ("intent", opt(self.intent.map(|i| i.as_str().to_string()))),
            ("when", opt(self.when.clone())),
            ("confirmed", Value::from(self.confirmed)),
            ("they_started", Value::from(self.they_started)),
            ("late", Value::from(self.late)),
            // A tight limit drops the call proposal before the topic.
            ("call", Value::from(self.call && level < 2)),
            ("stage", Value::from(self.stage)),
            ("care", Value::from(self.care.is_some())),
            ("care_kind", opt(self.care.map(|k| k.as_str().to_string()))),
            // A long title does not fit a tight limit: the post is then named, not quoted.
            ("post", opt(self.post.clone().filter(|_| level < 2))),
            ("posted", Value::from(self.posted)),
            ("milestone", opt(self.milestone.map(str::to_string))),
            ("detail", opt(self.detail.clone())),
            ("years", self.years.map_or(Value::from(()), Value::from)),
            ("settled", Value::from(self.settled)),
            ("early", Value::from(self.responses < 2)),
            ("responses", Value::from(self.responses)),
            (
                "user_name",
                opt((!self.user_name.is_empty()).then(|| self.user_name.clone())),
            ),
            ("user_first_name", opt((!user_first.is_empty()).then_some(user_first))),
        ]))
    }

    /// A context with every variable set, for checking templates at load time.
    pub fn sample(milestone: &'static str, intent: Intent, stage: &'static str, care: bool) -> Facts {
        Facts {
            kind: "milestone",
            first_name: "Sara".into(),
            name: "Sara Lee".into(),
            company: Some("Globex".into()),
            role: Some("VP Engineering".into()),
            met: Some("RustConf".into()),
            interests: vec!["distributed systems".into(), "climbing".into()],
            topic: Some("your Bazel migration".into()),
            intent: Some(intent),
            when: Some("next Wednesday at 11am ET".into()),
            confirmed: true,
            they_started: true,
            late: false,
            call: true,
            stage,
            care: care.then_some(EventKind::Layoff),
            post: Some("Why we moved to Rust".into()),
            posted: true,
            milestone: Some(milestone),
            detail: Some("joined Globex".into()),
            years: Some(3),
            settled: true,
            responses: 1,
            user_name: "Alex Kim".into(),
            message: None,
            public_details: Vec::new(),
        }
    }
}

/// "at RustConf" from "RustConf"; "through Alice" stays; "on LinkedIn".
fn met_phrase(met: &str) -> String {
    let first = met.split_whitespace().next().unwrap_or("").to_lowercase();
    if PREPOSITIONS.contains(&first.as_str()) {
        // "At RustConf" reads "met you at RustConf".
        let rest = &met[met.find(char::is_whitespace).unwrap_or(met.len())..];
        format!("{first}{rest}")
    } else if ONLINE.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) {
        format!("on {met}")
    } else if let Some(phrase) = worked_together(met) {
        phrase
    } else {
        format!("at {met}")
    }
}

/// "former colleague at Acme" → "when we worked together at Acme"; "a former
/// team" → "on a former team": people who shared work did not meet *at* it.
fn worked_together(met: &str) -> Option<String> {
    // Words lowercased, without "ex-" or a plural "s": "Ex-colleagues" is "colleague".
    let words: Vec<String> = met
        .split_whitespace()
        .map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase();
            let w = w.strip_prefix("ex-").unwrap_or(&w);
            w.strip_suffix('s').unwrap_or(w).to_string()
        })
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    if has(&["colleague", "coworker", "co-worker"]) {
        // ASCII lowercase keeps byte offsets, so `i` indexes `met` too.
        let place = met.to_ascii_lowercase().rfind(" at ").map_or("", |i| &met[i..]);
        return Some(format!("when we worked together{place}"));
    }
    if has(&["team", "squad", "project"]) {
        let article = ["a", "an", "the", "our", "my", "your", "his", "her", "their"];
        let first = met.split_whitespace().next().unwrap_or("").to_lowercase();
        return Some(if article.contains(&first.as_str()) {
            format!("on {met}")
        } else {
            format!("on the {met}")
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_are_whole_or_their_first_clause() {
        assert_eq!(short(Some("RustConf"), 6).as_deref(), Some("RustConf"));
        assert_eq!(
            short(Some("RustConf 2025, where we both gave talks on async Rust"), 6).as_deref(),
            Some("RustConf 2025")
        );
        assert_eq!(
            short(
                Some("Senior Principal Staff Architect for Platform Reliability and Developer Experience"),
                6
            )
            .as_deref(),
            Some("Senior Principal Staff Architect")
        );
        assert_eq!(
            short(Some("a very long sentence with many words and no pause at all"), 3),
            None
        );
    }

    #[test]
    fn a_job_detail_is_read_as_role_and_company() {
        let job = |r: Option<&str>, c: Option<&str>| {
            Some(Job {
                role: r.map(str::to_string),
                company: c.map(str::to_string),
            })
        };
        assert_eq!(
            job_of("Staff engineer at Northwind"),
            job(Some("Staff engineer"), Some("Northwind"))
        );
        assert_eq!(job_of("joined Globex"), job(None, Some("Globex")));
        assert_eq!(job_of("At Initech"), job(None, Some("Initech")));
        assert_eq!(job_of("promoted to VP Engineering"), job(Some("VP Engineering"), None));
        assert_eq!(job_of("as CTO at Lumen Labs"), job(Some("CTO"), Some("Lumen Labs")));
        // Anything else stays as written.
        assert_eq!(job_of("moving to Berlin next month"), None);
        assert_eq!(job_of("big news, finally at Globex"), None);
        assert_eq!(job_of("Northwind"), None);
        // Letters whose lowercase is longer do not shift where the cut falls.
        assert_eq!(
            job_of("İİ engineer at İstanbul Labs"),
            job(Some("İİ engineer"), Some("İstanbul Labs"))
        );
    }

    #[test]
    fn met_reads_after_met_you() {
        assert_eq!(met_phrase("RustConf 2025"), "at RustConf 2025");
        assert_eq!(met_phrase("At the Berlin meetup"), "at the Berlin meetup");
        assert_eq!(met_phrase("through Alice"), "through Alice");
        assert_eq!(met_phrase("LinkedIn"), "on LinkedIn");
        assert_eq!(met_phrase("a former team"), "on a former team");
        assert_eq!(met_phrase("platform team at Acme"), "on the platform team at Acme");
        assert_eq!(
            met_phrase("former colleague at Acme"),
            "when we worked together at Acme"
        );
        assert_eq!(met_phrase("ex-colleagues"), "when we worked together");
        assert_eq!(met_phrase("his team"), "on his team");
        assert_eq!(met_phrase("İİİ colleague at İzmir"), "when we worked together at İzmir");
    }
}

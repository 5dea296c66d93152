//! What a template sees: the facts of a draft, drawn only from words a draft
//! may use (drafts.md "Whose words a draft may use"): the contact's
//! profile, their own words as a short topic, a post's title, a celebrate
//! event's detail; never the user's memos or sent texts.

use chrono::{DateTime, Utc};
use minijinja::Value;

use super::profile::{self, Met, MetKind, Role};
use super::{DraftInput, topic};
use crate::intent::Intent;
use crate::lint::{Recipient, gather, words::phrase_words};
use crate::model::{Direction, Event, EventKind, Interaction, Milestone, Stage, Trigger};
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
    (
        "company",
        "their company (after a new job: the new one; none when it names no employer)",
    ),
    (
        "role",
        "their role as said mid-sentence (\"freelance product designer\", \"CTO\"); after a new job, the new one",
    ),
    (
        "role_phrase",
        "their role with an article when it takes one (\"a freelance product designer\", \"CTO\"), for \"your work as …\"",
    ),
    (
        "met",
        "how you met, as written (its first clause), only when it is a place, an event or an introduction",
    ),
    (
        "met_phrase",
        "what follows \"we met\" (\"at RustConf 2026\", \"in Lisbon\", \"through Alice\"); none for a relationship or online",
    ),
    (
        "met_kind",
        "how `met` reads: place, introduction, relationship (you worked or studied together) or online (never met)",
    ),
    (
        "together",
        "relationship: what follows \"since we\" (\"worked together at Modehaus\", \"studied together\")",
    ),
    (
        "worked_together_at",
        "relationship: where you worked together, when said",
    ),
    (
        "new_job",
        "true when they started a new job in the last 6 months, after you added them",
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
    ("colleague", "true when they work at your company ([user] company)"),
    (
        "recent",
        "true when you last talked less than three weeks ago (no \"it's been a while\")",
    ),
    ("care_kind", "layoff, health or bereavement, with care"),
    ("post", "the title of their recent post"),
    ("posted", "true when they posted recently"),
    (
        "milestone",
        "new-job, promotion, achievement, birthday or work-anniversary",
    ),
    ("detail", "the milestone event's detail (short)"),
    (
        "news_what",
        "achievement: what the detail tells, after \"congratulations on\" (\"the new arrival\")",
    ),
    ("news_question", "achievement: a question that fits news_what"),
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

/// The longest free-text fact, in words; longer ones are cut at a comma or
/// left out, never cut mid-phrase with "…".
const FACT_WORDS: usize = 6;
/// A company, role or how you met may be a little longer: it is a name.
const PROFILE_WORDS: usize = 8;
/// A post title may be named whole when it is no longer than this.
const TITLE_WORDS: usize = 12;
/// A new job is new for this long (a check-in may ask how it is going).
const NEW_JOB_DAYS: i64 = 183;
/// Within this many days of the last exchange, "it's been a while" is untrue.
const RECENT_DAYS: i64 = 21;
/// How long before their message a hard event recorded still colours the reply.
const REPLY_CARE_DAYS: i64 = 14;
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
    role: Option<Role>,
    /// They started a new job in the last months, after the profile was written.
    new_job: bool,
    met: Option<Met>,
    interests: Vec<String>,
    topic: Option<String>,
    intent: Option<Intent>,
    when: Option<String>,
    confirmed: bool,
    they_started: bool,
    /// Their message is a week old or more: the reply says sorry for the wait.
    late: bool,
    /// Days from the day of their message to today, in the user's zone.
    days_since: i64,
    call: bool,
    stage: Stage,
    care: Option<EventKind>,
    /// A hard event of theirs you recorded around the message a reply
    /// answers, not yet answered by you: the reply is sorry for it.
    reply_care: Option<EventKind>,
    /// They work at the user's company: no "what's new at…", no "what are
    /// you up to these days?" to someone down the corridor.
    colleague: bool,
    /// The last exchange is less than three weeks old.
    recent: bool,
    post: Option<String>,
    posted: bool,
    milestone: Option<Milestone>,
    detail: Option<String>,
    /// What an achievement's detail is, as a noun phrase that fits
    /// "congratulations on …" ("the new arrival" for "baby daughter
    /// born"), and a question that fits it: never "(baby daughter born)"
    /// pasted in brackets with "How did it come about?" (trial 28).
    news_what: Option<String>,
    news_question: Option<&'static str>,
    years: Option<i32>,
    settled: bool,
    responses: u32,
    user_name: String,
    /// Their message (reply), for the recipient's facts.
    message: Option<String>,
    /// Public event details (posts, celebrations) for the recipient's facts.
    public_details: Vec<String>,
    /// What their message does (reply).
    reading: Option<crate::text::Reading>,
    /// The language of a reply, when not English.
    tongue: Option<crate::text::tongue::Tongue>,
    /// How a formal reply greets them: the greeting name the user set
    /// ("Herr Lang"), else the title and surname the user last greeted them
    /// by in a message of their own ("Sehr geehrter Herr Keller").
    formal_name: Option<String>,
}

/// Their latest words up to `now` (empty when they never wrote).
fn latest_theirs<'i>(interactions: &[&'i Interaction], now: DateTime<Utc>) -> &'i str {
    interactions
        .iter()
        .filter(|i| i.at <= now)
        .filter_map(|i| gather::their_words(i).map(|t| ((i.at, i.id), t)))
        .max_by_key(|(when, _)| *when)
        .map_or("", |(_, t)| t)
}

/// The language and register of a draft to them, and the title and
/// surname the user greets them by: from the user's own messages to them
/// (latest first), else from `theirs`.
fn spoken(
    interactions: &[&Interaction],
    now: DateTime<Utc>,
    theirs: &str,
    name: &str,
) -> (Option<crate::text::tongue::Tongue>, Option<String>) {
    let mut ours: Vec<&Interaction> = interactions
        .iter()
        .copied()
        .filter(|i| i.is_out_message() && i.at <= now)
        .collect();
    ours.sort_by_key(|i| std::cmp::Reverse((i.at, i.id)));
    let notes = || ours.iter().filter_map(|i| i.note.as_deref());
    let tongue = crate::text::tongue::reply_tongue(theirs, notes());
    let addressed = notes()
        .find_map(crate::text::tongue::addressed_as)
        .filter(|a| names_them(a, name));
    (tongue, addressed)
}

/// A phrase without the year it ends in ("at RustConf 2025" → "at
/// RustConf"), when something is left.
fn without_year(phrase: &str) -> String {
    match phrase.rsplit_once(' ') {
        Some((head, year))
            if year.len() == 4
                && year.chars().all(|c| c.is_ascii_digit())
                && year.starts_with(['1', '2'])
                && head.split_whitespace().count() >= 2 =>
        {
            head.to_string()
        }
        _ => phrase.to_string(),
    }
}

/// Whether a salutation's last word is one of their names ("Frau
/// Professorin Vogel" for Annegret Vogel): a title alone names no one.
fn names_them(salutation: &str, name: &str) -> bool {
    salutation.split_whitespace().last().is_some_and(|last| {
        crate::names::name_words(name)
            .iter()
            .any(|w| w.eq_ignore_ascii_case(last))
    })
}

/// The one intent older templates know, from the reading: the weightiest act.
fn intent_of(r: &crate::text::Reading) -> Intent {
    use crate::text::Act;
    if r.has(Act::Pitch) {
        Intent::Pitch
    } else if r.has(Act::ProposesTime) || r.has(Act::Confirms) || r.has(Act::Reschedules) {
        Intent::Time
    } else if r.has(Act::Ask) {
        Intent::Ask
    } else if r.has(Act::Question) {
        Intent::Question
    } else if r.has(Act::Congrats) {
        Intent::Congrats
    } else if r.has(Act::Thanks) && !r.has(Act::NewsGood) && !r.has(Act::NewsBad) {
        Intent::Thanks
    } else {
        Intent::News
    }
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
/// Words written about the contact, in the third person, or in the
/// user's own voice: such a detail reads wrong quoted back to them.
fn about_them(detail: &str) -> bool {
    detail.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "she" | "her" | "hers" | "he" | "him" | "his" | "she's" | "he's" | "i" | "my" | "me" | "i'm"
        )
    })
}

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
    let detail = without_when(detail);
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

/// The role and company a job change's detail names, as written ("Head
/// of Reliability at Cabify" → role and company): what `tend event`
/// writes into the profile, so that `list` and `show` name the new job.
pub fn job_named(detail: &str) -> (Option<String>, Option<String>) {
    clean(Some(detail))
        .as_deref()
        .and_then(job_of)
        .map_or((None, None), |j| (j.role, j.company))
}

/// An achievement's detail read as news ("baby daughter born", "won the
/// Kaggle competition", "got married"): the noun phrase after
/// "congratulations on" and a question that fits it; `None` when the
/// reader finds no kind of good news it can name.
fn achievement_of(detail: &str) -> Option<(String, &'static str)> {
    use crate::text::NewsKind::*;
    let celebrating = "How are you celebrating?";
    // "finished the Berlin marathon" → "finishing the Berlin marathon".
    const GERUNDS: &[(&str, &str)] = &[
        ("finished", "finishing"),
        ("ran", "running"),
        ("completed", "completing"),
        ("passed", "passing"),
        ("won", "winning"),
        ("published", "publishing"),
        ("launched", "launching"),
        ("shipped", "shipping"),
        ("defended", "defending"),
        ("earned", "earning"),
        ("climbed", "climbing"),
        ("opened", "opening"),
        ("raised", "raising"),
        ("founded", "founding"),
        ("hit", "hitting"),
        ("reached", "reaching"),
        ("gave", "giving"),
        ("delivered", "delivering"),
        ("presented", "presenting"),
        ("hosted", "hosting"),
        ("organised", "organising"),
        ("organized", "organizing"),
        ("landed", "landing"),
        ("signed", "signing"),
        ("closed", "closing"),
        ("qualified", "qualifying"),
        ("graduated", "graduating"),
        ("moved", "moving"),
        ("bought", "buying"),
        ("received", "receiving"),
    ];
    let mut words = detail.split_whitespace();
    let first = words.next()?.to_lowercase();
    let rest: Vec<&str> = words.collect();
    if let Some((_, gerund)) = GERUNDS.iter().find(|(past, _)| *past == first)
        && (1..=7).contains(&rest.len())
        && !about_them(detail)
        && !detail.contains(['(', ')', ':', ';', '.', '!', '?'])
    {
        return Some((format!("{gerund} {}", rest.join(" ")), celebrating));
    }
    let news = crate::text::read(detail, &crate::text::Context::default()).news?;
    let (what, question) = match news.kind {
        Baby => ("the new arrival".to_string(), "How are you all doing?"),
        Wedding if news.what.as_deref() == Some("engagement") => ("the engagement".to_string(), celebrating),
        Wedding => ("the wedding".to_string(), "How are you celebrating?"),
        Award if detail.to_lowercase().contains("won ") => ("the win".to_string(), celebrating),
        Award => ("the award".to_string(), celebrating),
        Funding => ("the funding round".to_string(), "What's next for the team?"),
        Launch => ("the launch".to_string(), "How has the reception been?"),
        Home => ("the new home".to_string(), "How are you settling in?"),
        Graduation => ("graduating".to_string(), celebrating),
        Accepted => (
            news.what
                .map_or_else(|| "the acceptance".to_string(), |w| format!("the {w}")),
            celebrating,
        ),
        _ => return None,
    };
    Some((what, question))
}

/// A job detail without the date it starts: "Kornblume Analytics from 1
/// Sep" is the company Kornblume Analytics (trial 14 saw "hope all is well
/// at Kornblume Analytics from 1 Sep").
fn without_when(detail: &str) -> &str {
    let lower = detail.to_ascii_lowercase();
    for marker in [
        " from ",
        " starting ",
        " as of ",
        " effective ",
        " beginning ",
        " on ",
        " in ",
    ] {
        if let Some(i) = lower.rfind(marker) {
            let tail = &lower[i + marker.len()..];
            let dated = tail.split_whitespace().count() <= 4
                && (tail.chars().any(|c| c.is_ascii_digit())
                    || tail
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| w == "next" || crate::text::reader::is_time_word(w)));
            if dated {
                return detail[..i].trim_end();
            }
        }
    }
    detail
}

/// The latest job change (a new job or a promotion) when it happened after
/// the contact was added and has begun by `today`, with the job its detail
/// names, if it names one. One on the day they were added is taken as
/// already in the profile; one that starts later is not theirs yet (trial
/// 30: "hope all is well at Monzo" six weeks before she started there).
fn job_change(
    events: &[Event],
    added: DateTime<Utc>,
    today: chrono::NaiveDate,
    tz: chrono_tz::Tz,
) -> Option<(&Event, Option<Job>)> {
    let latest = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::NewJob | EventKind::Promotion) && e.on <= today)
        .max_by_key(|e| (e.on, e.id))?;
    (latest.on > local_date(added, tz)).then(|| (latest, clean(latest.detail.as_deref()).as_deref().and_then(job_of)))
}

/// The company and role after a job change: a new job replaces both (what
/// its detail does not name is not known any more); a promotion replaces
/// the role, and the company only when it names one.
fn after_change(kind: EventKind, job: Option<Job>, company: Option<String>) -> (Option<String>, Option<Role>) {
    let (new_company, new_role) = job.map_or((None, None), |j| {
        (
            j.company.as_deref().and_then(profile::read_company),
            j.role.as_deref().and_then(profile::read_role),
        )
    });
    match kind {
        EventKind::Promotion => (new_company.or(company), new_role),
        _ => (new_company, new_role),
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

    /// `user_company`: the user's own (`[user] company`, may be empty).
    pub fn of(
        input: &DraftInput,
        extra: &crate::config::ExtraPhrases,
        post_recent: Duration,
        user_company: &str,
    ) -> Facts {
        let c = input.contact;
        // A company is the user's own ("Quellwerk" as `[user] company`):
        // its people are colleagues, it is no topic of theirs.
        let mine = |name: &str| {
            let (a, b) = (name.trim().to_lowercase(), user_company.trim().to_lowercase());
            !b.is_empty() && a == b
        };
        let colleague_now = c.company.as_deref().is_some_and(mine);
        let (now, tz) = (input.now, input.tz);
        let today = local_date(now, tz);
        let interactions: Vec<&Interaction> = input.interactions.iter().collect();
        let responses = interactions.iter().filter(|i| i.is_response()).count() as u32;
        let first_name = crate::names::greeting(c).to_string();
        // Names of the people in the conversation never make a topic.
        let mut skip: Vec<String> = phrase_words(&c.name);
        skip.extend(phrase_words(input.user_name));
        skip.extend(phrase_words(&first_name));
        // Nor does the user's own company: "your comments on the Quellwerk
        // proposal" is not a project of theirs to ask about.
        skip.extend(phrase_words(user_company));
        let topic_of = |text: &str| topic::topic(text, &skip);

        let mut message = None;
        let mut reading: Option<crate::text::Reading> = None;
        let mut tongue = None;
        let mut addressed = None;
        let mut msg_intent = None;
        let mut when = None;
        let mut confirmed = false;
        let mut started = false;
        let mut late = false;
        let mut days_since = 0;
        let mut before = now;
        let (mut milestone, mut detail, mut years, mut settled, mut post_event) = (None, None, None, false, None);
        let (mut news_what, mut news_question) = (None, None);
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
                let mut sorted: Vec<&Interaction> = interactions.clone();
                sorted.sort_by_key(|i| (i.at, i.id));
                reading = sorted
                    .iter()
                    .position(|i| i.id == *interaction_id)
                    .map(|pos| {
                        crate::text::conversation::waiting_reading(
                            &sorted,
                            pos,
                            &extra.closers,
                            Some(*at),
                            colleague_now,
                        )
                    })
                    .or_else(|| {
                        message
                            .as_deref()
                            .map(|m| crate::text::read(m, &crate::text::Context::default()))
                    });
                if let Some(r) = &reading {
                    let i = intent_of(r);
                    msg_intent = Some(i);
                    if i == Intent::Time {
                        when = r.time.clone();
                        confirmed = r.has(crate::text::Act::Confirms);
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
                // "Buon Natale!" answered on 7 January is wished back no
                // more: the day has passed (trial 71).
                if let Some(r) = reading.as_mut()
                    && r.wishes.is_some_and(|w| !w.timely(local_date(*at, tz), today))
                {
                    r.wishes = None;
                }
                // The user's own words to them decide the language; their
                // message when those say nothing.
                if let Some(m) = message.as_deref() {
                    (tongue, addressed) = spoken(&interactions, now, m, &c.name);
                }
                started = they_started(&interactions, *at);
                late = now - *at >= chrono::Duration::days(LATE_AFTER_DAYS);
                days_since = (today - local_date(*at, tz)).num_days();
                before = *at;
            }
            Trigger::Connected { .. } => {}
            Trigger::Cadence { post, .. } => {
                post_event = post.as_ref();
                // A check-in is in the language of the conversation too:
                // the user's latest words to them, else their latest.
                (tongue, addressed) = spoken(&interactions, now, latest_theirs(&interactions, now), &c.name);
            }
            Trigger::Milestone {
                kind,
                on,
                event,
                years: y,
            } => {
                milestone = Milestone::of(*kind, *y);
                // Congratulated in the language of the conversation (trial 21).
                (tongue, addressed) = spoken(&interactions, now, latest_theirs(&interactions, now), &c.name);
                // A note written about them ("passed her thesis defense")
                // is not said to them.
                detail = event
                    .as_ref()
                    .and_then(|e| short(e.detail.as_deref(), FACT_WORDS))
                    .filter(|d| !about_them(d));
                // "Staff engineer at Northwind" is the new role and company,
                // said as such rather than pasted in brackets; the profile's
                // are from before the change.
                if matches!(milestone, Some(Milestone::NewJob | Milestone::Promotion))
                    && let Some(j) = event
                        .as_ref()
                        .and_then(|e| clean(e.detail.as_deref()))
                        .as_deref()
                        .and_then(job_of)
                {
                    job = Some(j);
                    detail = None;
                }
                if milestone == Some(Milestone::Achievement)
                    && let Some((what, question)) = event
                        .as_ref()
                        .and_then(|e| clean(e.detail.as_deref()))
                        .as_deref()
                        .and_then(achievement_of)
                {
                    news_what = Some(what);
                    news_question = Some(question);
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
                // Never bad news as a topic to ask about later ("your dad
                // passed away… how did that turn out?"), nor a pitch.
                // Only their latest message: an older topic may be settled
                // since ("migration done!"), and a thank-you or a closer
                // names the user's help, not a thing of theirs.
                theirs
                    .iter()
                    .take(1)
                    .filter_map(|i| gather::their_words(i))
                    .filter(|w| {
                        let r = crate::text::read(w, &crate::text::Context::default());
                        use crate::text::Act::*;
                        // Nor the logistics of a plan ("lunch thursday? the new
                        // vietnamese place on torstraße") or their congratulations.
                        let settled = [Closes, Thanks, NewsGood, ProposesTime, Confirms, Reschedules, Congrats];
                        if settled.into_iter().any(|a| r.has(a)) {
                            return false;
                        }
                        // Nor what they asked of the user ("you mentioned the
                        // intro… how did that turn out?" has it backwards,
                        // trials 44, 46), nor a leave still under way.
                        use crate::text::reader::AskKind;
                        if (r.has(Ask) && r.ask != Some(AskKind::Advice))
                            || ["leave", "sabbatical", "honeymoon", "offline", "out of office"]
                                .iter()
                                .any(|p| w.to_lowercase().contains(p))
                        {
                            return false;
                        }
                        // Nor the place they told you they left ("finally
                        // left Modehaus" is no "Any news on Modehaus?").
                        let moved_on = r.news.as_ref().is_some_and(|n| n.kind == crate::text::NewsKind::Job)
                            || ["left ", "leaving ", "last day at", "quit ", "moving on from"]
                                .iter()
                                .any(|p| w.to_lowercase().contains(p));
                        ![NewsBad, Pitch].into_iter().any(|a| r.has(a)) && !moved_on
                    })
                    .find_map(topic_of)
            }
        };
        // The user's own things are never asked about as theirs ("Any news on
        // my day rate?"), nor the user's name ("Alex-san").
        let topic = topic.filter(|t| {
            let lower = t.to_lowercase();
            !lower.starts_with("my ")
                && !phrase_words(input.user_name)
                    .iter()
                    .any(|w| w.chars().count() > 2 && lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == w))
        });

        // Stage: `new` below 2 responses, `dormant` when the last exchange
        // before what this draft answers is more than DORMANT_DAYS old.
        let last_exchange = interactions
            .iter()
            .filter(|i| i.channel.is_conversational() && i.at < before)
            .map(|i| i.at)
            .max();
        let dormant = last_exchange.is_some_and(|at| (now - at).num_days() > DORMANT_DAYS);
        let recent = last_exchange.is_some_and(|at| (now - at).num_days() < RECENT_DAYS);
        let stage = if dormant {
            Stage::Dormant
        } else if responses < 2 {
            Stage::New
        } else {
            Stage::Warm
        };
        let kind = input.nudge.kind;
        // The planner marks the check-in after a sensitive hold (rule 7).
        let care = input.nudge.care.map(|c| c.kind);
        // A layoff, an illness or a loss recorded from two weeks before
        // their message until now, with no message of yours since its day
        // (trial 23: a health event logged beside a Dutch message tend could
        // not read left the reply a cheerful "thanks for your message!").
        let reply_care = matches!(input.nudge.trigger, Trigger::Inbound { .. })
            .then(|| {
                input
                    .events
                    .iter()
                    .filter(|e| e.kind.group() == crate::model::EventGroup::Sensitive)
                    .filter(|e| e.on <= today && (local_date(before, tz) - e.on).num_days() <= REPLY_CARE_DAYS)
                    .filter(|e| {
                        let day = crate::time::start_of_day(e.on, tz);
                        !interactions
                            .iter()
                            .any(|i| i.is_out_message() && i.at >= day && i.at <= now)
                    })
                    .max_by_key(|e| (e.on, e.id))
                    .map(|e| e.kind)
            })
            .flatten();
        // Only news, questions and asks may propose a call, and at most one
        // draft in three (chosen by the nudge key, so it is stable).
        let call = matches!(msg_intent, Some(Intent::News | Intent::Question | Intent::Ask))
            && stage != Stage::New
            && super::stable_hash(&format!("call:{}", input.nudge.key)).is_multiple_of(3);

        let mut public_details: Vec<String> = Vec::new();
        for e in gather::recent_events(input.events, now, tz) {
            if gather::event_memo(e).is_none()
                && let Some(d) = clean(e.detail.as_deref())
            {
                public_details.push(d);
            }
        }
        // A long role is first cut at its first clause or preposition
        // ("Staff Architect for Platform Reliability" → "Staff Architect").
        let mut role = short(c.role.as_deref(), PROFILE_WORDS)
            .as_deref()
            .and_then(profile::read_role)
            .filter(|r| telling(&r.title));
        let mut company = c.company.as_deref().and_then(profile::read_company).or_else(|| {
            role.as_ref()
                .and_then(|r| r.company.as_deref())
                .and_then(profile::read_company)
        });
        // A job change after the contact was added: the profile is from
        // before it, in every draft (not only the congratulation).
        let change = job_change(input.events, c.created_at, today, tz);
        // A new job of the last months: a check-in that knows nothing
        // else of it may still ask how it is going.
        let new_job = change.as_ref().is_some_and(|(e, _)| {
            e.kind == EventKind::NewJob && e.on <= today && (today - e.on).num_days() <= NEW_JOB_DAYS
        });
        if let Some((e, j)) = change {
            (company, role) = after_change(e.kind, j, company);
        }
        // Laid off since the last job news: "hope all is well at Vipps"
        // would hurt (trial 20), and the profile's job is gone.
        let latest_of = |kinds: &[EventKind]| {
            input
                .events
                .iter()
                .filter(|e| kinds.contains(&e.kind))
                .map(|e| e.on)
                .max()
        };
        if let Some(laid_off) = latest_of(&[EventKind::Layoff])
            && latest_of(&[EventKind::NewJob, EventKind::Promotion]).is_none_or(|hired| laid_off >= hired)
        {
            (company, role) = (None, None);
        }
        // "Directeur des opérations (retraité)": no work there to ask after
        // (trial 78: "Quoi de neuf chez Geodis ?" to a retired mentor).
        if c.role.as_deref().is_some_and(profile::says_retired) {
            (company, role) = (None, None);
        }
        // The milestone's own event names the job it congratulates.
        if let (Some(j), Some(m)) = (job, milestone) {
            let kind = if m == Milestone::Promotion {
                EventKind::Promotion
            } else {
                EventKind::NewJob
            };
            (company, role) = after_change(kind, Some(j), company);
        }
        // Someone at the user's own company is a colleague now: "hope all is
        // well at Quellwerk" and "since we worked together at Quellwerk"
        // would read oddly to them.
        let company = company
            .and_then(|c| short(Some(&c), PROFILE_WORDS))
            .filter(|f| telling(f))
            .filter(|c| !mine(c));
        // Nor is a colleague asked what their work as a manager is.
        let role = role.filter(|_| !colleague_now);
        Facts {
            kind: kind.as_str(),
            first_name,
            name: c.name.trim().to_string(),
            formal_name: c
                .greet
                .as_deref()
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(str::to_string)
                .or(addressed),
            company,
            role,
            new_job,
            met: c
                .met
                .as_deref()
                .and_then(profile::read_met)
                .map(|mut m| {
                    // "since we met at RustConf 2025" eleven years on: the
                    // event, not its year (trial 19).
                    m.phrase = m.phrase.map(|p| without_year(&p));
                    m
                })
                .filter(|m| m.kind == MetKind::Online || telling(&m.written))
                // A colleague now: "since we worked together" reads as if
                // one of you left (trial 10).
                .filter(|m| !colleague_now || (m.worked_together_at.is_none() && m.kind != MetKind::Relationship)),
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
            days_since,
            call,
            stage,
            care,
            reply_care,
            colleague: colleague_now,
            recent,
            post,
            posted: recent_post.is_some(),
            milestone,
            detail,
            news_what,
            news_question,
            years,
            settled,
            responses,
            user_name: input.user_name.trim().to_string(),
            message,
            public_details,
            reading,
            tongue,
        }
    }

    /// The topic of their message, as "your …".
    pub fn topic(&self) -> Option<&str> {
        self.topic.as_deref()
    }

    /// Days from the day of their message to today.
    pub fn days_since(&self) -> i64 {
        self.days_since
    }

    /// Their message is a week old or more.
    pub fn late(&self) -> bool {
        self.late
    }

    /// How a formal greeting names them, when the user has said: the
    /// greeting name they set, else the title and surname they last greeted
    /// them by ("Guten Tag Herr Lang"). tend does not know "Herr" from
    /// "Frau", nor which name is the surname, so it never guesses.
    /// The first check-in after a sensitive event ("care"): its kind.
    pub fn care(&self) -> Option<EventKind> {
        self.care
    }

    /// A hard event recorded around the message a reply answers, not yet
    /// answered by you (see `reply_care` in `Facts::of`).
    pub fn reply_care(&self) -> Option<EventKind> {
        self.reply_care
    }

    /// Their message a reply answers, cleaned.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// They work at the user's company.
    /// They and the user talked less than three weeks ago: no "it's been a while".
    pub fn recent(&self) -> bool {
        self.recent
    }

    pub fn colleague(&self) -> bool {
        self.colleague
    }

    /// Their whole name as stored ("Thomas Keller").
    pub fn full_name(&self) -> &str {
        &self.name
    }

    pub fn formal_name(&self) -> Option<&str> {
        self.formal_name.as_deref()
    }

    pub fn names_a_time(&self) -> bool {
        self.message.as_deref().is_some_and(crate::text::tongue::names_a_day)
    }

    pub fn tongue(&self) -> Option<crate::text::tongue::Tongue> {
        self.tongue
    }

    pub fn reading(&self) -> Option<&crate::text::Reading> {
        self.reading.as_ref()
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
            let met_said = self
                .met
                .as_ref()
                .filter(|m| m.kind != MetKind::Online)
                .map(|m| m.written.clone());
            let role_said = self.role.as_ref().map(|r| r.title.clone());
            let shortest = [&self.company, &role_said, &met_said, &self.interests.first().cloned()]
                .into_iter()
                .flatten()
                .min_by_key(|f| f.chars().count())
                .cloned();
            company = shortest.clone().filter(|s| Some(s) == self.company.as_ref());
            role = self
                .role
                .clone()
                .filter(|_| shortest.is_some() && shortest == role_said && company.is_none());
            met = self
                .met
                .clone()
                .filter(|_| shortest.is_some() && shortest == met_said && company.is_none() && role.is_none());
            interests = shortest
                .filter(|s| company.is_none() && role.is_none() && met.is_none() && Some(s) == self.interests.first())
                .into_iter()
                .collect();
        }
        // `met` and `met_phrase` only where "we met …" is true.
        let met_at = met
            .as_ref()
            .filter(|m| matches!(m.kind, MetKind::Place | MetKind::Introduction));
        let user_first = crate::names::greeting_name(&self.user_name).to_string();
        let first = (!self.first_name.is_empty()).then(|| self.first_name.clone());
        // A map (minijinja 3 reads an iterator of pairs as a list of tuples).
        Value::from(std::collections::BTreeMap::from([
            ("kind", Value::from(self.kind)),
            ("first_name", opt(first)),
            ("name", Value::from(self.name.clone())),
            ("company", opt(company)),
            ("role", opt(role.as_ref().map(|r| r.title.clone()))),
            ("role_phrase", opt(role.map(|r| r.phrase))),
            ("new_job", Value::from(self.new_job)),
            ("met_phrase", opt(met_at.and_then(|m| m.phrase.clone()))),
            ("met", opt(met_at.map(|m| m.written.clone()))),
            ("met_kind", opt(met.as_ref().map(|m| m.kind.as_str().to_string()))),
            ("together", opt(met.as_ref().and_then(|m| m.together.clone()))),
            (
                "worked_together_at",
                opt(met.as_ref().and_then(|m| m.worked_together_at.clone())),
            ),
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
            ("stage", Value::from(self.stage.as_str())),
            ("care", Value::from(self.care.is_some())),
            ("colleague", Value::from(self.colleague)),
            ("recent", Value::from(self.recent)),
            ("care_kind", opt(self.care.map(|k| k.as_str().to_string()))),
            // A long title does not fit a tight limit: the post is then named, not quoted.
            ("post", opt(self.post.clone().filter(|_| level < 2))),
            ("posted", Value::from(self.posted)),
            ("milestone", opt(self.milestone.map(|m| m.as_str().to_string()))),
            ("detail", opt(self.detail.clone())),
            ("news_what", opt(self.news_what.clone())),
            ("news_question", opt(self.news_question.map(str::to_string))),
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
    /// `met` as the profile says it, to reach the frames of each reading.
    pub fn sample(milestone: Milestone, intent: Intent, stage: Stage, care: bool, met: &str) -> Facts {
        Facts {
            kind: "milestone",
            first_name: "Sara".into(),
            name: "Sara Lee".into(),
            formal_name: None,
            company: Some("Globex".into()),
            role: profile::read_role("VP Engineering"),
            new_job: true,
            met: profile::read_met(met),
            interests: vec!["distributed systems".into(), "climbing".into()],
            topic: Some("your Bazel migration".into()),
            intent: Some(intent),
            when: Some("next Wednesday at 11am ET".into()),
            confirmed: true,
            they_started: true,
            late: false,
            days_since: 0,
            call: true,
            stage,
            care: care.then_some(EventKind::Layoff),
            reply_care: None,
            colleague: false,
            recent: false,
            post: Some("Why we moved to Rust".into()),
            posted: true,
            milestone: Some(milestone),
            detail: Some("joined Globex".into()),
            news_what: Some("the new arrival".into()),
            news_question: Some("How are you all doing?"),
            years: Some(3),
            settled: true,
            responses: 1,
            user_name: "Alex Kim".into(),
            message: None,
            public_details: Vec::new(),
            reading: None,
            tongue: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words templates compare `milestone` and `stage` against are the
    /// enums' words, and the variables' help names every one of them.
    #[test]
    fn milestone_and_stage_words_are_the_documented_ones() {
        let help = |name: &str| {
            VARIABLES
                .iter()
                .find(|(v, _)| *v == name)
                .map(|(_, h)| *h)
                .unwrap_or_else(|| panic!("no variable {name}"))
        };
        for m in Milestone::ALL {
            assert!(help("milestone").contains(m.as_str()), "{m}");
        }
        for s in Stage::ALL {
            assert!(help("stage").contains(s.as_str()), "{s}");
        }
        let celebrated = [
            (EventKind::NewJob, None, Some(Milestone::NewJob)),
            (EventKind::NewJob, Some(3), Some(Milestone::WorkAnniversary)),
            (EventKind::Promotion, None, Some(Milestone::Promotion)),
            (EventKind::Achievement, None, Some(Milestone::Achievement)),
            (EventKind::Birthday, None, Some(Milestone::Birthday)),
            (EventKind::Post, None, None),
            (EventKind::Layoff, None, None),
        ];
        for (kind, years, milestone) in celebrated {
            assert_eq!(Milestone::of(kind, years), milestone, "{kind} {years:?}");
        }
    }

    #[test]
    fn a_met_phrase_drops_the_year_it_ends_in() {
        assert_eq!(without_year("at RustConf 2025"), "at RustConf");
        assert_eq!(without_year("at LeadDev London 2036"), "at LeadDev London");
        // A year alone is kept: "in 2019" is what is known.
        assert_eq!(without_year("in 2019"), "in 2019");
        assert_eq!(without_year("through Alice"), "through Alice");
    }

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

    /// Trial 28: every milestone pasted its detail in brackets ("I just
    /// heard your news (baby daughter born). Congratulations! How did it
    /// come about?").
    #[test]
    fn an_achievement_detail_is_said_as_news() {
        assert_eq!(
            achievement_of("baby daughter born"),
            Some(("the new arrival".to_string(), "How are you all doing?"))
        );
        assert_eq!(
            achievement_of("got married").map(|a| a.0),
            Some("the wedding".to_string())
        );
        assert_eq!(
            achievement_of("finished the Berlin marathon").map(|a| a.0),
            Some("finishing the Berlin marathon".to_string())
        );
        assert_eq!(
            achievement_of("gave the keynote").map(|a| a.0),
            Some("giving the keynote".to_string())
        );
        assert_eq!(
            achievement_of("won the Kaggle competition").map(|a| a.0),
            Some("winning the Kaggle competition".to_string())
        );
        // Nothing tend can name: the detail stays as the user wrote it.
        assert_eq!(achievement_of("something with the cats"), None);
        assert_eq!(achievement_of("finished her PhD (finally)"), None);
    }

    #[test]
    fn a_job_detail_loses_its_start_date() {
        let j = job_of("at Kornblume Analytics from 1 Sep").expect("a job");
        assert_eq!(j.company.as_deref(), Some("Kornblume Analytics"));
        let j = job_of("Staff engineer at Northwind starting in March").expect("a job");
        assert_eq!(j.company.as_deref(), Some("Northwind"));
        // "in Berlin" is a place, kept.
        assert_eq!(without_when("moving to Berlin in spring"), "moving to Berlin in spring");
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
}

//! Drafts: a suggested message for every nudge (drafts.md).
//!
//! Each nudge kind has a set of template variants (built in, or the user's
//! `templates/<kind>.txt` in the config folder). The variant to start from
//! is picked from the nudge key with a stable hash, so similar contacts get
//! different wordings and a nudge always shows the same draft. A rendered
//! variant is kept only if it passes the message check (`tend lint --to`);
//! otherwise the next variant is tried, then shorter excerpts of the facts,
//! then fewer facts.

mod context;
#[cfg(test)]
mod corpus_tests;
mod foreign;
mod profile;
mod reply;
pub mod templates;
mod topic;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use minijinja::Environment;
use std::collections::BTreeMap;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use crate::lint::words::Token;
use crate::lint::{Code, Finding, History, Linter, Lists, Sent};
use crate::model::{Contact, ContactId, Event, EventKind, Interaction, Nudge, NudgeKind};
use crate::time::Duration;
pub use context::{VARIABLES, job_named};

/// Whether a reply draft for `nudge` is written as late (sorry for the wait,
/// and no confirming a time that may have passed): their message is a week
/// old or more at `now`.
pub fn late(nudge: &Nudge, now: DateTime<Utc>) -> bool {
    match &nudge.trigger {
        crate::model::Trigger::Inbound { at, .. } => now - *at >= chrono::Duration::days(context::LATE_AFTER_DAYS),
        _ => false,
    }
}
use context::{Facts, TRIM_LEVELS};
pub use profile::{Met, MetKind, Role, read_company, read_met, read_role};
pub use reply::Answer;
pub use templates::TemplateError;
pub use topic::topic;

/// A user template larger than this is not read (the built-in ones are
/// under 8 KiB).
const TEMPLATE_CAP: u64 = 256 << 10;

/// What a draft may draw on: the nudge, the contact and their records. The
/// drafter itself picks what it may use (never the user's memos).
pub struct DraftInput<'a> {
    pub nudge: &'a Nudge,
    pub contact: &'a Contact,
    /// The contact's interactions, in any order.
    pub interactions: &'a [Interaction],
    /// The contact's events, in any order.
    pub events: &'a [Event],
    pub now: DateTime<Utc>,
    /// The user's time zone.
    pub tz: Tz,
    /// The user's own name (`[user] name`), possibly empty.
    pub user_name: &'a str,
    /// Texts sent to others lately, so as not to send the same one again.
    pub history: Option<&'a History>,
}

/// Where a kind's variants come from.
struct Set {
    names: Vec<String>,
}

pub struct Drafter {
    max_chars: usize,
    linter: Linter,
    /// The user's additions to the intent lists (`[drafts]`).
    intents: crate::config::ExtraPhrases,
    /// How recent a post must be for a check-in to name it.
    post_recent: Duration,
    /// The user's own company (`[user] company`), never a topic of theirs.
    user_company: String,
    /// Sentences of six or more words in drafts shown in this process, with
    /// the contacts they went to (variety, drafts.md).
    shown: Mutex<HashMap<String, Vec<ContactId>>>,
    env: Environment<'static>,
    builtin: BTreeMap<NudgeKind, Set>,
    user: BTreeMap<NudgeKind, Set>,
    /// The sent texts of the last 30 days, read once per agenda rather than
    /// once per draft, with the key they were read under.
    recent: Mutex<Option<(HistoryKey, Arc<History>)>>,
}

/// What [`Drafter::recent_history`] is cached under (the app makes it from the window and the store's change marks).
pub type HistoryKey = (i64, i64, i64);

/// FNV-1a, 64 bits: stable across Rust versions and platforms, unlike std's
/// `DefaultHasher`, so a nudge keeps its wording after an upgrade.
pub fn stable_hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Their reading with the hard news you recorded about them beside it
/// (a layoff, an illness, a loss), when they did not tell it in words tend
/// read: the reply is sorry for it, in words that name nothing of your memo.
fn with_recorded_care(reading: &crate::text::Reading, care: Option<EventKind>) -> crate::text::Reading {
    use crate::text::{Act, News, NewsKind};
    let mut r = reading.clone();
    let Some(kind) = care else { return r };
    // Their own words on it come first: "my mum's surgery went really
    // well" is a relief, not news to be sorry for.
    if r.has(Act::NewsBad) || r.has(Act::NewsGood) || r.has(Act::Pitch) {
        return r;
    }
    let kind = match kind {
        EventKind::Bereavement => NewsKind::Loss,
        EventKind::Layoff => NewsKind::Layoff,
        // Whose health it is, the event does not say.
        _ => NewsKind::BadOther,
    };
    r.acts.remove(Act::Unread);
    r.acts.remove(Act::News);
    r.unsure = None;
    r.acts.insert(Act::NewsBad);
    r.news = Some(News { kind, what: None });
    r
}

/// Findings a draft may never have: a hole, too long, no name, no next step.
/// Whether a built-in reply may be shown with these findings of the
/// message check: a reply need not name their profile nor end in a
/// question; one said to them before passes when `allow_repeat`; a formal
/// greeting without the name ("Dzień dobry!") passes when `greets_formally`.
fn reply_passes(findings: &[Finding], allow_repeat: bool, greets_formally: bool) -> bool {
    findings.iter().all(|f| {
        matches!(f.code, Code::Generic | Code::NoCallToAction)
            || (allow_repeat && f.code == Code::Repeated)
            || (greets_formally && f.code == Code::NoName)
    })
}

fn unusable(findings: &[Finding]) -> bool {
    findings.iter().any(|f| {
        matches!(
            f.code,
            Code::Placeholder | Code::TooLong | Code::NoName | Code::NoCallToAction | Code::Private
        )
    })
}

/// One paragraph: single spaces, none before punctuation or inside quotes.
fn tidy(raw: &str) -> String {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let mut out = String::with_capacity(raw.len());
    for w in words {
        let glue = w.starts_with([',', '.', '!', '?', ';', ':', ')', '”']) || out.ends_with(['(', '“']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

impl Drafter {
    /// The built-in templates, drafts of at most `max_chars` characters.
    pub fn builtin(max_chars: usize) -> Drafter {
        let mut env = templates::environment();
        let mut builtin = BTreeMap::new();
        for kind in NudgeKind::ALL {
            // The built-in sets are checked by the tests (`every_builtin_set_loads`);
            // should one ever fail to load, its kind falls back to the plain draft.
            if let Ok(names) = templates::add_builtin_set(&mut env, *kind) {
                builtin.insert(*kind, Set { names });
            }
        }
        Drafter {
            max_chars,
            linter: Linter::new(Lists::builtin(), max_chars),
            intents: crate::config::ExtraPhrases::default(),
            post_recent: Duration::days(14),
            user_company: String::new(),
            shown: Mutex::new(HashMap::new()),
            env,
            builtin,
            user: BTreeMap::new(),
            recent: Mutex::new(None),
        }
    }

    /// The drafter for these settings: `[drafts] max_chars`, the `[lint]`
    /// phrases, and the user's templates beside the config file (none when
    /// that file is not a real one, as for `tend demo`). Returns the warnings
    /// about unusable templates for the caller to show once.
    pub fn configured(settings: &crate::config::Settings, config_path: &Path) -> (Drafter, Vec<String>) {
        let mut drafter = Drafter::builtin(settings.drafts.max_chars).with_lists(Lists::new(&settings.lint));
        drafter.intents = settings.drafts.intents.clone();
        drafter.post_recent = settings.rules.post_recent;
        drafter = drafter.with_user_company(&settings.user.company);
        let dir = match config_path.parent() {
            Some(p) if !p.as_os_str().is_empty() => Some(p),
            _ if config_path.is_file() => Some(Path::new(".")),
            _ => None,
        };
        let warnings = dir.map(|d| drafter.load_user_templates(d)).unwrap_or_default();
        (drafter, warnings)
    }

    /// The user's own company (`[user] company`): their words about it are
    /// never taken for a topic of theirs.
    pub fn with_user_company(mut self, company: &str) -> Drafter {
        self.user_company = company.trim().to_string();
        self
    }

    /// Drafts avoid the user's `[lint]` phrases too.
    pub fn with_lists(mut self, lists: Lists) -> Drafter {
        self.linter = Linter::new(lists, self.max_chars);
        self
    }

    /// What drafts are written with, as a number that changes when it does:
    /// the length limit and the user's own templates. A draft kept with its
    /// nudge is written again once the user has changed their templates.
    pub fn fingerprint(&self) -> u64 {
        let mut all = self.max_chars.to_string();
        for (kind, set) in &self.user {
            all.push_str(kind.as_str());
            for name in &set.names {
                let source = self.env.get_template(name).map(|t| t.source().to_string());
                all.push_str(&source.unwrap_or_default());
            }
        }
        stable_hash(&all)
    }

    /// Loads `templates/<kind>.txt` from `config_dir` where present. A file
    /// that cannot be used leaves the built-in set in place; each such file
    /// gives one warning, returned for the caller to show.
    pub fn load_user_templates(&mut self, config_dir: &Path) -> Vec<String> {
        let dir = config_dir.join("templates");
        let mut warnings = Vec::new();
        for kind in NudgeKind::ALL {
            let path = dir.join(format!("{kind}.txt"));
            // A regular file of a template's size: a link to /dev/zero or
            // a FIFO would never end.
            let source = match crate::paths::read_regular(&path, TEMPLATE_CAP) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(s) => s,
                    Err(_) => {
                        warnings.push(format!(
                            "template '{}' is not UTF-8 text; using the built-in {kind} template",
                            path.display()
                        ));
                        continue;
                    }
                },
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => {
                    warnings.push(format!(
                        "cannot read template '{}': {e}; using the built-in {kind} template",
                        path.display()
                    ));
                    continue;
                }
            };
            let file = path.display().to_string();
            match templates::add_set(&mut self.env, *kind, "user/", &file, &source) {
                Ok(names) => {
                    self.user.insert(*kind, Set { names });
                }
                Err(e) => warnings.push(format!("{e}; using the built-in {kind} template")),
            }
        }
        if let Ok(entries) = std::fs::read_dir(&dir) {
            let expected: Vec<String> = NudgeKind::ALL.iter().map(|k| format!("{k}.txt")).collect();
            let mut strays: Vec<String> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".txt") && !expected.contains(n))
                .collect();
            strays.sort();
            for s in strays {
                warnings.push(format!(
                    "template '{}' is not used: the files are {}",
                    dir.join(&s).display(),
                    expected.join(", ")
                ));
            }
        }
        warnings
    }

    /// The texts sent lately: the cached ones while `key` is unchanged, else `load`'s.
    pub fn recent_history<E>(
        &self,
        key: HistoryKey,
        load: impl FnOnce() -> Result<History, E>,
    ) -> Result<Arc<History>, E> {
        let mut slot = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((k, h)) = slot.as_ref()
            && *k == key
        {
            return Ok(Arc::clone(h));
        }
        let h = Arc::new(load()?);
        *slot = Some((key, Arc::clone(&h)));
        Ok(h)
    }

    /// The draft for a nudge: the first candidate with no finding, else the
    /// best usable one, else a plain greeting and question. A candidate that
    /// holds 4 words in a row of the user's memos, or a sentence of six or
    /// more words already in 3 other contacts' drafts this month, is never
    /// taken.
    pub fn draft(&self, input: &DraftInput) -> String {
        let facts = Facts::of(input, &self.intents, self.post_recent, &self.user_company);
        let recipient = facts.recipient(input);
        let memos = memo_tokens(&recipient);
        let empty = History::default();
        let history = input.history.unwrap_or(&empty);
        let kind = input.nudge.kind;
        let me = input.contact.id;
        let start = stable_hash(&input.nudge.key.to_string());
        // Everything the user ever sent them, beyond the history's 30 days:
        // a check-in never repeats last quarter's words either (trial 24: the
        // same check-in to Javier on 2 Feb and 4 Mar).
        let outs: Vec<&crate::model::Interaction> = input.interactions.iter().filter(|i| i.is_out_message()).collect();
        let sent_them = History::new(outs.iter().filter_map(|i| {
            i.note.as_ref().map(|text| Sent {
                id: Some(me),
                to: input.contact.name.clone(),
                text: text.clone(),
            })
        }));
        // A check-in or a congratulation sharing a long sentence with one
        // sent them in the last two months is a near copy ("I was just
        // thinking back to meeting you at HLTH Europe", 24 days apart in
        // trial 26, the user having edited the rest).
        let near_copies: std::collections::HashSet<String> = if kind == NudgeKind::Reply {
            std::collections::HashSet::new()
        } else {
            outs.iter()
                .filter(|i| i.at <= input.now && input.now - i.at <= chrono::Duration::days(60))
                .filter_map(|i| i.note.as_deref())
                .flat_map(|t| long_sentences(t, &recipient))
                .collect()
        };
        let said_to_them = |text: &str| {
            history.said_to_them(text, &recipient)
                || sent_them.said_to_them(text, &recipient)
                || long_sentences(text, &recipient).iter().any(|s| near_copies.contains(s))
        };
        let mut shown = self.shown.lock().unwrap_or_else(PoisonError::into_inner);
        let crowded = |text: &str, shown: &HashMap<String, Vec<ContactId>>| {
            long_sentences(text, &recipient).into_iter().any(|s| {
                let mut others: Vec<ContactId> = shown
                    .get(&s)
                    .map(|v| v.iter().copied().filter(|c| *c != me).collect())
                    .unwrap_or_default();
                others.extend(history.contacts_with_sentence(&s).into_iter().filter(|c| *c != me));
                others.sort_unstable();
                others.dedup();
                others.len() >= 3
            })
        };
        let mut chosen: Option<String> = None;
        // A formal reply in a language where it greets without the name
        // ("Dzień dobry!": a name there needs the gendered "Panie Piotrze")
        // is greeted as it should be; trial 63 sent a Polish director
        // English instead.
        let greets_formally = facts.tongue().is_some_and(|t| t.formal);
        // The built-in reply answers every act of their message, in order
        // (docs/drafts.md); a reply need not be about their profile, nor
        // end in a question (confirming a time ends with "See you then!").
        if kind == NudgeKind::Reply
            && !self.user.contains_key(&kind)
            && let Some(reading) = facts.reading()
        {
            let reading = &with_recorded_care(reading, facts.reply_care());
            let candidates = reply::replies(&reply_facts(&facts, reading, input, None), reply_wording(input));
            // A wording said to many others is taken only when no other is
            // usable; one said to them before, only when none is left: the
            // same true words again beat a template's guess at their message
            // ("great to hear about your blue umbrella!", trial 9).
            'replies: for (allow_crowded, allow_repeat) in [(false, false), (true, false), (true, true)] {
                for text in &candidates {
                    let text = tidy(text);
                    let repeats = said_to_them(&text);
                    if leaks_memo(&text, &memos, "")
                        || (!allow_crowded && crowded(&text, &shown))
                        || (repeats && !allow_repeat)
                    {
                        continue;
                    }
                    let findings = self.linter.check(&text, Some(&recipient), history);
                    // Last, a reply said to them before is taken again: a
                    // second chaser gets the same true answer, never a
                    // template's guess ("What prompted the question?", trial 13).
                    if reply_passes(&findings, allow_repeat, greets_formally) {
                        chosen = Some(text);
                        break 'replies;
                    }
                }
            }
        }
        // A check-in or a congratulation to someone the user writes to in
        // German, French, Spanish or Italian is in that language (trial 17:
        // "Hi Herr Lang, hope all is well at TU Berlin"; trial 21: "congrats
        // on the move to Hetzner!" to a German colleague); care after a loss
        // stays with the templates. Their language beats an English template
        // that knows more (how you met) even when it names nothing of theirs
        // (trial 21: a climbing friend the user writes to in German).
        let foreign = match (facts.tongue(), &input.nudge.trigger) {
            _ if chosen.is_some() || self.user.contains_key(&kind) || facts.care().is_some() => None,
            (Some(t), _) if kind == NudgeKind::CheckIn => Some(foreign::check_ins(
                t,
                greeted_as(&facts),
                facts.company(),
                facts.colleague(),
                facts.recent(),
                start as usize,
            )),
            (Some(t), crate::model::Trigger::Milestone { kind: event, .. }) if kind == NudgeKind::Milestone => {
                foreign::milestones(t, greeted_as(&facts), *event, facts.company(), start as usize)
            }
            _ => None,
        };
        for text in foreign.into_iter().flatten() {
            let text = tidy(&text);
            if leaks_memo(&text, &memos, "") || crowded(&text, &shown) || said_to_them(&text) {
                continue;
            }
            let findings = self.linter.check(&text, Some(&recipient), history);
            if findings
                .iter()
                .all(|f| f.code == Code::Generic || (greets_formally && f.code == Code::NoName))
            {
                chosen = Some(text);
                break;
            }
        }
        // A crowded wording is taken only when nothing else is usable.
        // A wording they got from the user before is taken only when no
        // other is usable (trial 21: the same check-in, word for word, two
        // weeks apart).
        'passes: for (allow_crowded, allow_repeat) in [(false, false), (true, false), (true, true)] {
            if chosen.is_some() {
                break;
            }
            for set in [self.user.get(&kind), self.builtin.get(&kind)].into_iter().flatten() {
                let n = set.names.len() as u64;
                let mut best: Option<(usize, String)> = None;
                for level in 0..TRIM_LEVELS {
                    let ctx = facts.context(level);
                    for k in 0..n {
                        let name = &set.names[((start + k) % n) as usize];
                        let Ok(tmpl) = self.env.get_template(name) else {
                            continue;
                        };
                        let Ok(raw) = tmpl.render(&ctx) else { continue };
                        let text = tidy(&raw);
                        if text.is_empty()
                            || leaks_memo(&text, &memos, tmpl.source())
                            || (!allow_crowded && crowded(&text, &shown))
                            || (!allow_repeat && said_to_them(&text))
                        {
                            continue;
                        }
                        let findings = self.linter.check(&text, Some(&recipient), history);
                        if findings.is_empty() {
                            chosen = Some(text);
                            break 'passes;
                        }
                        if !unusable(&findings) && best.as_ref().is_none_or(|(c, _)| findings.len() < *c) {
                            best = Some((findings.len(), text));
                        }
                    }
                }
                if let Some((_, text)) = best {
                    chosen = Some(text);
                    break 'passes;
                }
            }
        }
        let text = chosen.unwrap_or_else(|| {
            let birthday = matches!(
                &input.nudge.trigger,
                crate::model::Trigger::Milestone {
                    kind: crate::model::EventKind::Birthday,
                    ..
                }
            );
            plain(&facts.first_name, birthday, facts.company(), self.max_chars)
        });
        remember_in(&mut shown, &text, &recipient, me);
        text
    }

    /// The user's yes and no to what a reply leaves them to decide (a time,
    /// an invitation, a favour, a role), each a whole draft beside `main`,
    /// the one shown: empty where the reply decides nothing or the draft is
    /// the user's own template's. Each passes the message check as a
    /// built-in reply does, and never holds a memo's words.
    pub fn answers(&self, input: &DraftInput, main: &str) -> Vec<(Answer, String)> {
        if input.nudge.kind != NudgeKind::Reply || self.user.contains_key(&NudgeKind::Reply) {
            return Vec::new();
        }
        let facts = Facts::of(input, &self.intents, self.post_recent, &self.user_company);
        let Some(reading) = facts.reading() else {
            return Vec::new();
        };
        let reading = &with_recorded_care(reading, facts.reply_care());
        let recipient = facts.recipient(input);
        let memos = memo_tokens(&recipient);
        let empty = History::default();
        let history = input.history.unwrap_or(&empty);
        let greets_formally = facts.tongue().is_some_and(|t| t.formal);
        let v = reply_wording(input);
        let undecided = reply::replies(&reply_facts(&facts, reading, input, None), v);
        // A favour asked beside their bad news ("they let 40 of us go… if
        // you hear of anything, I'm all ears") gets no ready "no": nobody
        // would send it.
        let hard = reading.has(crate::text::Act::NewsBad) && reading.has(crate::text::Act::Ask);
        let mut out = Vec::new();
        for answer in Answer::BOTH.into_iter().filter(|a| !(hard && *a == Answer::No)) {
            let decided = reply::replies(&reply_facts(&facts, reading, input, Some(answer)), v);
            // Only the wordings that differ from the undecided reply say
            // the user's answer; the first that passes the check is taken.
            let text = decided
                .iter()
                .filter(|t| !undecided.contains(t))
                .map(|t| tidy(t))
                .find(|t| {
                    t != main
                        && !leaks_memo(t, &memos, "")
                        && reply_passes(&self.linter.check(t, Some(&recipient), history), true, greets_formally)
                });
            if let Some(text) = text {
                out.push((answer, text));
            }
        }
        out
    }

    /// The checks a template draft passes, for a text written elsewhere (a
    /// model's draft, `model_engine::guard`): the findings of `tend lint
    /// --to` against the same recipient and history, a run of 4 words of a
    /// memo, and the reading of the message a reply answers.
    pub fn check_outside(&self, text: &str, input: &DraftInput) -> OutsideCheck {
        let facts = Facts::of(input, &self.intents, self.post_recent, &self.user_company);
        let recipient = facts.recipient(input);
        let memos = memo_tokens(&recipient);
        let empty = History::default();
        let findings = self
            .linter
            .check(text, Some(&recipient), input.history.unwrap_or(&empty));
        OutsideCheck {
            findings,
            memo_run: leaks_memo(text, &memos, ""),
            reading: facts.reading().cloned(),
            late: facts.late(),
        }
    }

    /// Counts a draft shown before, and kept with its nudge, among the
    /// drafts of this process, so that the variety rule weighs it as if it
    /// had been drafted here.
    pub fn remember(&self, text: &str, contact: &Contact) {
        let to = crate::lint::Recipient {
            name: contact.name.clone(),
            greet: contact.greet.clone(),
            ..Default::default()
        };
        let mut shown = self.shown.lock().unwrap_or_else(PoisonError::into_inner);
        remember_in(&mut shown, text, &to, contact.id);
    }
}

/// What [`Drafter::check_outside`] found in a text.
pub struct OutsideCheck {
    pub findings: Vec<Finding>,
    /// It holds 4 or more words in a row of one of the user's memos.
    pub memo_run: bool,
    /// What the message a reply answers does.
    pub reading: Option<crate::text::Reading>,
    /// Their message waits a week or more.
    pub late: bool,
}

/// Notes the long sentences of a draft for `me` in `shown` (variety).
fn remember_in(shown: &mut HashMap<String, Vec<ContactId>>, text: &str, to: &crate::lint::Recipient, me: ContactId) {
    for s in long_sentences(text, to) {
        let who = shown.entry(s).or_default();
        if !who.contains(&me) {
            who.push(me);
        }
    }
}

/// The recipient's memos with their words, for [`leaks_memo`].
fn memo_tokens(recipient: &crate::lint::Recipient) -> Vec<(&str, Vec<Token>)> {
    recipient
        .memos
        .iter()
        .map(|m| (m.as_str(), crate::lint::words::tokens(m)))
        .collect()
}

/// Whether `text` holds 4 or more words in a row of one of the memos that
/// are not the template's own wording.
/// `memos` come with their words read once per draft, and the template's
/// words are read only when a run is found: this runs for every candidate.
fn leaks_memo(text: &str, memos: &[(&str, Vec<Token>)], template: &str) -> bool {
    if memos.is_empty() {
        return false;
    }
    let toks = crate::lint::words::tokens(text);
    let mut own: Option<Vec<Token>> = None;
    memos.iter().any(|(m, memo_toks)| {
        crate::lint::shared_run_of(&toks, m, memo_toks, 4).is_some_and(|run| {
            let own = own.get_or_insert_with(|| crate::lint::words::tokens(template));
            crate::lint::shared_run(own, &run, 4).is_none()
        })
    })
}

/// The sentences of six or more words in a text, as compared for variety:
/// lower-case words, without the recipient's names.
pub fn long_sentences(text: &str, to: &crate::lint::Recipient) -> Vec<String> {
    crate::lint::sentences_without_names(text, &to.name, to.greet.as_deref())
        .into_iter()
        .filter(|s| s.split(' ').count() >= 6)
        .collect()
}

/// The last resort: a greeting (with birthday wishes on a birthday) and a
/// question, about their company when it fits.
fn plain(first_name: &str, birthday: bool, company: Option<&str>, max_chars: usize) -> String {
    let hello = match (first_name.is_empty(), birthday) {
        (true, false) => "Hi there,".to_string(),
        (true, true) => "Happy birthday!".to_string(),
        (false, false) => format!("Hi {first_name},"),
        (false, true) => format!("Happy birthday, {first_name}!"),
    };
    let question = if birthday {
        "How have you been?"
    } else {
        "how have you been?"
    };
    match company.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => {
            let asked = if birthday {
                format!("{hello} How are things at {c}?")
            } else {
                format!("{hello} how are things at {c}?")
            };
            if asked.chars().count() <= max_chars {
                return asked;
            }
            format!("{hello} {question}")
        }
        None => format!("{hello} {question}"),
    }
}

/// Which wording a reply starts from: the next one for each message of
/// theirs, so that someone who asks four things in a month is not told
/// "ci guardo e ti faccio sapere" each time (trials 17 and 18). Counted from
/// the messages before the one answered, so a shown draft stays the same.
/// What the built-in reply to `input` is written from.
fn reply_facts<'a>(
    facts: &'a Facts,
    reading: &'a crate::text::Reading,
    input: &DraftInput,
    answer: Option<Answer>,
) -> reply::ReplyFacts<'a> {
    reply::ReplyFacts {
        name: greeted_as(facts),
        reading,
        topic: facts.topic(),
        late: facts.late(),
        days_since: facts.days_since(),
        tongue: facts.tongue(),
        names_a_time: facts.names_a_time(),
        pitches_answered: crate::text::conversation::pitches_answered(input.interactions, input.now),
        hello: facts.message().map(crate::text::tongue::greeting_word),
        answer,
    }
}

fn reply_wording(input: &DraftInput) -> usize {
    let before = match &input.nudge.trigger {
        crate::model::Trigger::Inbound { at, .. } => input
            .interactions
            .iter()
            .filter(|i| i.direction == crate::model::Direction::In && i.at < *at)
            .count(),
        _ => 0,
    };
    // Not wrapped: each phrasebook line takes it modulo its own number of
    // wordings, so the next message always gets the next one.
    let own = stable_hash(&input.contact.id.to_string());
    (own % 3) as usize + before
}

/// The name a draft greets them by: by the title and surname the user gave
/// or wrote, in a formal reply ("Guten Tag Herr Keller"); else German has no
/// formal first-name greeting, and the full name is its form for a stranger
/// of unknown gender ("Guten Tag Thomas Keller"). French, Italian, Spanish
/// and English take a first name.
fn greeted_as(facts: &Facts) -> &str {
    match facts.tongue() {
        Some(t) if t.formal => match (facts.formal_name(), t.lang) {
            (Some(n), _) => n,
            (None, crate::text::tongue::Lang::German) => facts.full_name(),
            (None, _) => &facts.first_name,
        },
        _ => &facts.first_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(stable_hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn tidy_joins_lines_and_glues_punctuation() {
        assert_eq!(tidy("Hi Sam ,\n  how are you ?\n"), "Hi Sam, how are you?");
        assert_eq!(tidy("note ( “ x ” ) ."), "note (“x”).");
    }
}

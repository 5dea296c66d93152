//! What a template sees: the facts of a draft, shortened to fit.

use minijinja::Value;

use super::DraftInput;
use crate::lint::{Recipient, gather, names};
use crate::model::{EventKind, Trigger};

/// Every variable a template may use, with what it holds (a missing value is
/// `none`, which is false in an `{% if %}` and may not be printed).
pub const VARIABLES: &[(&str, &str)] = &[
    ("kind", "reply, first-follow-up, check-in or milestone"),
    ("first_name", "the name to greet them by"),
    ("name", "their full name"),
    ("company", "their company"),
    ("role", "their role"),
    ("met", "how you met, as written"),
    (
        "met_phrase",
        "how you met, starting with a preposition (\"at RustConf\")",
    ),
    ("interest", "their first interest"),
    ("interests", "all their interests (a list)"),
    ("last_note", "the note of the last exchange that is not a text you sent"),
    ("message", "reply: the note of their message"),
    ("post", "the detail of their recent post"),
    ("posted", "true when they posted recently"),
    (
        "milestone",
        "new-job, promotion, achievement, birthday or work-anniversary",
    ),
    ("detail", "the milestone event's detail"),
    ("years", "work anniversary: the number of years"),
    ("early", "true while they have answered fewer than 2 times"),
    ("responses", "how many times they have answered"),
    ("user_name", "your name ([user] name)"),
    ("user_first_name", "your first name"),
];

/// Prepositions that can open how you met ("through Alice", "at RustConf").
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "through", "thru", "via", "during", "from", "over", "when", "while", "after", "before", "by",
    "with", "back", "last", "across", "around", "near", "for", "years", "ages",
];
const ONLINE: &[&str] = &[
    "linkedin", "twitter", "x", "mastodon", "github", "slack", "discord", "reddit", "online", "bluesky",
];

/// How long free-text fields may be, in characters.
struct Limits {
    short: usize,
    interest: usize,
    long: usize,
}

/// One way of fitting a draft: shorter excerpts, fewer facts.
struct Level {
    limits: Limits,
    /// Facts left out.
    drop: &'static [&'static str],
    /// Keep only facts with a word the message check counts as specific.
    telling_only: bool,
    /// Keep only the first fact of [`Facts::context`]'s order.
    single: bool,
}

const GENEROUS: Limits = Limits {
    short: 50,
    interest: 40,
    long: 90,
};
const MEDIUM: Limits = Limits {
    short: 40,
    interest: 30,
    long: 60,
};
const TIGHT: Limits = Limits {
    short: 30,
    interest: 24,
    long: 40,
};

/// The last resort before a plain greeting: one short telling excerpt, for
/// long names under a tight `max_chars`.
const COMPACT: Limits = Limits {
    short: 24,
    interest: 20,
    long: 26,
};

const fn level(limits: Limits, drop: &'static [&'static str], telling_only: bool, single: bool) -> Level {
    Level {
        limits,
        drop,
        telling_only,
        single,
    }
}

const LEVELS: [Level; 8] = [
    level(GENEROUS, &[], false, false),
    level(MEDIUM, &[], false, false),
    level(TIGHT, &[], false, false),
    level(TIGHT, &["met", "interest"], false, false),
    level(TIGHT, &["met", "interest", "role"], false, false),
    level(TIGHT, &[], true, false),
    level(TIGHT, &[], true, true),
    level(COMPACT, &[], true, true),
];

/// How many ways of fitting a draft there are, tried in order.
pub const TRIM_LEVELS: usize = LEVELS.len();

/// The facts of one draft, full length.
pub struct Facts {
    kind: &'static str,
    pub first_name: String,
    name: String,
    company: Option<String>,
    role: Option<String>,
    met: Option<String>,
    interests: Vec<String>,
    last_note: Option<String>,
    message: Option<String>,
    post: Option<String>,
    posted: bool,
    milestone: Option<&'static str>,
    detail: Option<String>,
    years: Option<i32>,
    responses: u32,
    user_name: String,
}

fn clean(s: Option<&str>) -> Option<String> {
    let t = s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))?;
    let t = t.trim_matches(|c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') || c.is_whitespace());
    (!t.is_empty()).then(|| t.to_string())
}

impl Facts {
    pub fn of(input: &DraftInput) -> Facts {
        let c = input.contact;
        let (message, milestone, detail, years, post_event) = match &input.nudge.trigger {
            Trigger::Inbound { note, .. } => (clean(note.as_deref()), None, None, None, None),
            Trigger::Connected { .. } => (None, None, None, None, None),
            Trigger::Cadence { post, .. } => (None, None, None, None, post.as_ref()),
            Trigger::Milestone { kind, event, years, .. } => {
                let word = match (kind, years) {
                    (EventKind::NewJob, Some(_)) => "work-anniversary",
                    (k, _) => k.as_str(),
                };
                let detail = event.as_ref().and_then(|e| clean(e.detail.as_deref()));
                (None, Some(word), detail, *years, None)
            }
        };
        let post = post_event.or(input.recent_post);
        Facts {
            kind: input.nudge.kind.as_str(),
            first_name: names::greeting_name(&c.name).to_string(),
            name: c.name.trim().to_string(),
            company: clean(c.company.as_deref()),
            role: clean(c.role.as_deref()),
            met: clean(c.met.as_deref()),
            interests: c.interests.iter().filter_map(|i| clean(Some(i))).collect(),
            last_note: clean(input.last_note),
            message,
            post: post.and_then(|e| clean(e.detail.as_deref())),
            posted: post.is_some(),
            milestone,
            detail,
            years,
            responses: input.responses,
            user_name: input.user_name.trim().to_string(),
        }
    }

    /// The recipient as `tend lint --to` sees them, from the same facts.
    pub fn recipient(&self, input: &DraftInput) -> Recipient {
        let details = [self.detail.as_deref(), self.post.as_deref()];
        let notes = [self.last_note.as_deref(), self.message.as_deref()];
        gather::recipient(input.contact, input.responses, details, notes)
    }

    /// The template context at a trim level (0 = everything, full length).
    pub fn context(&self, level: usize) -> Value {
        let step = &LEVELS[level.min(LEVELS.len() - 1)];
        let lim = &step.limits;
        let ex = |s: Option<&str>, max: usize| {
            s.and_then(|s| excerpt(s, max))
                .filter(|e| !step.telling_only || !crate::lint::specific_words(e).is_empty())
        };
        // In the order a single fact is chosen (the last level keeps one).
        let mut fields: Vec<(&str, Option<String>)> = vec![
            ("message", ex(self.message.as_deref(), lim.long)),
            ("detail", ex(self.detail.as_deref(), lim.long)),
            ("post", ex(self.post.as_deref(), lim.long)),
            ("company", ex(self.company.as_deref(), lim.short)),
            ("role", ex(self.role.as_deref(), lim.short)),
            ("last_note", ex(self.last_note.as_deref(), lim.long)),
            ("interest", None),
            ("met", ex(self.met.as_deref(), lim.short)),
        ];
        let mut interests: Vec<String> = self
            .interests
            .iter()
            .filter_map(|i| ex(Some(i), lim.interest))
            .collect();
        if let Some(slot) = fields.iter_mut().find(|(k, _)| *k == "interest") {
            slot.1 = interests.first().cloned();
        }
        for (k, v) in fields.iter_mut() {
            if step.drop.contains(k) {
                *v = None;
            }
        }
        if step.single {
            let mut kept = false;
            for (_, v) in fields.iter_mut() {
                if kept {
                    *v = None;
                }
                kept |= v.is_some();
            }
        }
        let get = |k: &str| fields.iter().find(|(f, _)| *f == k).and_then(|(_, v)| v.clone());
        if get("interest").is_none() {
            interests.clear();
        }
        let opt = |s: Option<String>| s.map_or(Value::from(()), Value::from);
        let user_first = names::greeting_name(&self.user_name).to_string();
        let met = get("met");
        Value::from_iter([
            ("kind", Value::from(self.kind)),
            ("first_name", Value::from(self.first_name.clone())),
            ("name", Value::from(self.name.clone())),
            ("company", opt(get("company"))),
            ("role", opt(get("role"))),
            ("met_phrase", opt(met.as_deref().map(met_phrase))),
            ("met", opt(met)),
            ("interest", opt(get("interest"))),
            ("interests", Value::from(interests)),
            ("last_note", opt(get("last_note"))),
            ("message", opt(get("message"))),
            ("post", opt(get("post"))),
            ("posted", Value::from(self.posted)),
            ("milestone", opt(self.milestone.map(str::to_string))),
            ("detail", opt(get("detail"))),
            ("years", self.years.map_or(Value::from(()), Value::from)),
            ("early", Value::from(self.responses < 2)),
            ("responses", Value::from(self.responses)),
            (
                "user_name",
                opt((!self.user_name.is_empty()).then(|| self.user_name.clone())),
            ),
            ("user_first_name", opt((!user_first.is_empty()).then_some(user_first))),
        ])
    }

    /// A context with every variable set, for checking templates at load time.
    pub fn sample(milestone: &'static str) -> Facts {
        Facts {
            kind: "milestone",
            first_name: "Sara".into(),
            name: "Sara Lee".into(),
            company: Some("Globex".into()),
            role: Some("VP Engineering".into()),
            met: Some("RustConf".into()),
            interests: vec!["distributed systems".into(), "climbing".into()],
            last_note: Some("the Berlin meetup".into()),
            message: Some("are you going to RustConf?".into()),
            post: Some("Why we moved to Rust".into()),
            posted: true,
            milestone: Some(milestone),
            detail: Some("joined Globex".into()),
            years: Some(3),
            responses: 1,
            user_name: "Alex Kim".into(),
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
    } else {
        format!("at {met}")
    }
}

/// `text` if it fits in `max` characters, else its first words and "…";
/// never a cut word. `None` when not even one word fits.
pub fn excerpt(text: &str, max: usize) -> Option<String> {
    if text.chars().count() <= max {
        return Some(text.to_string());
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let len = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if len + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_end_matches([',', ';', ':', '-', '.', '(', '“', '"', '—']);
    (!out.is_empty()).then(|| format!("{out}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_never_cut_a_word() {
        assert_eq!(excerpt("short", 10).as_deref(), Some("short"));
        assert_eq!(
            excerpt("the migration to Kubernetes, finally", 30).as_deref(),
            Some("the migration to Kubernetes…")
        );
        assert_eq!(excerpt("Supercalifragilistic", 10), None);
        for max in 1..40 {
            if let Some(e) = excerpt("Zoë's talk on ünïcode and other things", max) {
                assert!(e.chars().count() <= max, "{e} > {max}");
            }
        }
    }

    #[test]
    fn met_reads_after_met_you() {
        assert_eq!(met_phrase("RustConf 2025"), "at RustConf 2025");
        assert_eq!(met_phrase("At the Berlin meetup"), "at the Berlin meetup");
        assert_eq!(met_phrase("through Alice"), "through Alice");
        assert_eq!(met_phrase("LinkedIn"), "on LinkedIn");
    }
}

//! `tend export ics`: the upcoming nudges as an RFC 5545 calendar, one
//! event per nudge at its slot, so a calendar app shows when to write whom.
//! The app plans and drafts ([`crate::app::App::drafted_agenda`]); this
//! writes what it is handed.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, Property};

use crate::model::{Nudge, NudgeKind};

/// How long each entry lasts in the calendar: time to write one message.
const SLOT_MINUTES: i64 = 15;

/// A stable UID: the same nudge keeps its entry when the file is imported again.
pub fn uid(nudge_key: &str) -> String {
    let hex = sha1_smol::Sha1::from(nudge_key.as_bytes()).digest().to_string();
    format!("{}@tend", &hex[..32])
}

pub fn summary(n: &Nudge) -> String {
    let name = crate::names::display_name(&n.contact);
    match n.kind {
        NudgeKind::Reply => format!("Reply to {name}"),
        NudgeKind::FirstFollowUp => format!("Follow up with {name}"),
        NudgeKind::CheckIn => format!("Check in with {name}"),
        NudgeKind::Milestone => format!("Congratulate {name}"),
    }
}

/// `s` as an iCalendar TEXT may hold it: RFC 5545 allows no control
/// characters but the tab (line breaks are escaped as `\n` by the writer),
/// and a name or a note may hold any (ESC, BEL, NUL from an import).
fn text(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if s.contains(bad) {
        s.chars().filter(|c| !bad(*c)).collect::<String>().into()
    } else {
        s.into()
    }
}

/// Renders nudges and their drafts; `now` is the DTSTAMP of every entry, so
/// the same plan at the same instant gives the same file.
pub fn render(items: &[(Nudge, String)], now: DateTime<Utc>) -> String {
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new(
        "PRODID",
        format!("-//tend//tend {}//EN", env!("CARGO_PKG_VERSION")),
    ));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(Property::new("METHOD", "PUBLISH"));
    cal.append_property(Property::new("X-WR-CALNAME", "tend"));
    for (n, draft) in items {
        let event = icalendar::Event::new()
            .uid(&uid(&n.key.to_string()))
            .timestamp(now)
            .starts(n.due)
            .ends(n.due + chrono::Duration::minutes(SLOT_MINUTES))
            .summary(&text(&summary(n)))
            .description(&text(&format!("{}\n\nDraft:\n{draft}", n.reason)))
            .add_property("CATEGORIES", n.kind.as_str())
            .done();
        cal.push(event);
    }
    cal.done().to_string()
}

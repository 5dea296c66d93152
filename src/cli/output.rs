//! Output: JSON shapes of cli.md, human lines, colour only on a terminal.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};
use std::io::{IsTerminal, Write};

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::model::{Cadence, Contact, Event, Interaction, Nudge};

/// Writes `text` to stdout; a closed pipe (`tend list | head`) is not an error.
pub fn emit(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("writing to stdout", e)),
        _ => Ok(()),
    }
}

pub fn emit_json(value: &Value) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Failed(format!("encoding JSON: {e}")))?;
    emit(&(text + "\n"))
}

/// A diagnostic line on stderr.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "{text}");
}

#[derive(Clone, Copy)]
pub enum Style {
    Bold,
    Dim,
    Green,
    Yellow,
}

/// Colours `text` when stdout is a terminal and `NO_COLOR` is unset.
pub fn paint(style: Style, text: &str) -> String {
    let on = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if !on {
        return text.to_string();
    }
    let code = match style {
        Style::Bold => "1",
        Style::Dim => "2",
        Style::Green => "32",
        Style::Yellow => "33",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// An instant for people: "Tue 1 Dec 2026 09:00" in the user's zone.
pub fn when(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%a %-d %b %Y %H:%M").to_string()
}

pub fn rfc3339(at: DateTime<Utc>, tz: Tz) -> String {
    crate::time::rfc3339_in(at, tz)
}

/// The contact object of cli.md (`id`, `name`, ...); `cadence` is the one in force.
pub fn contact_json(c: &Contact, settings: &Settings) -> Value {
    let cadence: Cadence = c.cadence.unwrap_or(settings.rules.default_cadence);
    json!({
        "id": c.id,
        "name": c.name,
        "greet": c.first_name(),
        "email": c.email,
        "url": c.url,
        "company": c.company,
        "role": c.role,
        "timezone": c.timezone,
        "met": c.met,
        "interests": c.interests,
        "tags": c.tags,
        "connected_on": c.connected_on.map(|d| d.to_string()),
        "cadence": cadence.to_string(),
        "birthday": c.birthday.map(|b| b.to_string()),
        "note": c.note,
        "status": c.status.as_str(),
        "paused_until": c.paused_until.map(|d| d.to_string()),
        "created_at": rfc3339(c.created_at, settings.user.timezone),
    })
}

/// A nudge as in `tend agenda --json`.
pub fn nudge_json(n: &Nudge, draft: &str, tz: Tz) -> Value {
    json!({
        "contact_id": n.contact_id,
        "contact": n.contact,
        "kind": n.kind.as_str(),
        "due": rfc3339(n.due, tz),
        "reason": n.reason,
        "draft": draft,
        "state": n.state,
    })
}

pub fn interaction_json(i: &Interaction, tz: Tz) -> Value {
    json!({
        "id": i.id,
        "at": rfc3339(i.at, tz),
        "direction": i.direction.as_str(),
        "channel": i.channel.as_str(),
        "note": i.note,
    })
}

pub fn event_json(e: &Event, tz: Tz) -> Value {
    json!({
        "id": e.id,
        "kind": e.kind.as_str(),
        "on": e.on.to_string(),
        "detail": e.detail,
        "recorded_at": rfc3339(e.recorded_at, tz),
    })
}

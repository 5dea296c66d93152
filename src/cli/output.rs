//! Output: JSON shapes of cli.md, human lines, colour only on a terminal.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};
use std::io::{IsTerminal, Write};

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::model::{Cadence, Contact, Event, Interaction, Nudge};

/// Writes `text` to stdout; a closed pipe (`tend list | head`) is not an error.
/// Control characters from names and notes are shown escaped (see [`escape_controls`]).
pub fn emit(text: &str) -> Result<()> {
    emit_raw(&escape_controls(text, colour_on()))
}

/// Writes a machine format (iCalendar's CRLF lines) to stdout as it is.
pub fn emit_raw(text: &str) -> Result<()> {
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
    let _ = writeln!(std::io::stderr(), "{}", escape_controls(text, false));
}

/// The escape sequences [`paint`] writes: the only ones let through, and
/// only when colour is on.
const PAINT_CODES: [&str; 5] = ["\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[33m"];

/// Human text with every control character a name, note or imported file
/// may carry (ESC, BEL, NUL, C1, bidirectional overrides) written as a
/// visible `\u{1b}`, so text cannot move the cursor, retitle the terminal or
/// reorder a line. Line breaks and tabs stay; with `colour`, [`paint`]'s own
/// codes stay (a name can at most bring in one of those few styles).
pub fn escape_controls(text: &str, colour: bool) -> std::borrow::Cow<'_, str> {
    let risky = |c: char| {
        (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.contains(risky) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if colour && let Some(code) = PAINT_CODES.iter().find(|p| rest.starts_with(**p)) {
            out.push_str(code);
            rest = &rest[code.len()..];
            continue;
        }
        if risky(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out.into()
}

fn colour_on() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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
    if !colour_on() {
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
    serde_json::to_value(ContactOut::new(c, settings)).unwrap_or(Value::Null)
}

/// The contact object of cli.md, written as it is serialized: `tend list
/// --json` writes 30,000 of them, and building each as a map of values first
/// was a quarter of its time.
#[derive(serde::Serialize)]
pub struct ContactOut<'a> {
    id: crate::model::ContactId,
    name: &'a str,
    greet: &'a str,
    email: &'a Option<String>,
    emails: &'a [String],
    url: &'a Option<String>,
    company: &'a Option<String>,
    role: &'a Option<String>,
    timezone: &'a Option<String>,
    met: &'a Option<String>,
    interests: &'a [String],
    tags: &'a [String],
    connected_on: Option<String>,
    cadence: String,
    birthday: Option<String>,
    note: &'a Option<String>,
    status: &'static str,
    paused_until: Option<String>,
    created_at: String,
    /// `tend list --json`'s open nudge (`null` for none); left out elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    next: Option<Option<NextOut<'a>>>,
}

/// A contact's open nudge in `tend list --json`.
#[derive(serde::Serialize)]
pub struct NextOut<'a> {
    pub kind: &'static str,
    pub due: String,
    pub state: crate::model::OpenState,
    pub reason: &'a str,
}

impl<'a> ContactOut<'a> {
    pub fn new(c: &'a Contact, settings: &Settings) -> ContactOut<'a> {
        let cadence: Cadence = c.cadence.unwrap_or(settings.rules.default_cadence);
        ContactOut {
            id: c.id,
            name: &c.name,
            greet: c.first_name(),
            email: &c.email,
            emails: &c.emails,
            url: &c.url,
            company: &c.company,
            role: &c.role,
            timezone: &c.timezone,
            met: &c.met,
            interests: &c.interests,
            tags: &c.tags,
            connected_on: c.connected_on.map(crate::time::ymd),
            cadence: cadence.to_string(),
            birthday: c.birthday.map(|b| b.to_string()),
            note: &c.note,
            status: c.status.as_str(),
            paused_until: c.paused_until.map(crate::time::ymd),
            created_at: rfc3339(c.created_at, settings.user.timezone),
            next: None,
        }
    }

    /// With `next` written, as `tend list --json` has it (a field of its
    /// own, not a flattened map: 30,000 of them took a sixth of the run).
    pub fn with_next(mut self, next: Option<NextOut<'a>>) -> ContactOut<'a> {
        self.next = Some(next);
        self
    }
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

/// A JSON array printed as [`emit_json`] prints one, its items made one at a
/// time: `items` calls the function it is given with each item in turn, so
/// a long list never sits in memory whole.
/// Each item is handed over as what serializes it (into the buffer given).
pub type JsonItem<'a> = &'a dyn Fn(&mut Vec<u8>) -> serde_json::Result<()>;

pub fn emit_json_seq(items: impl FnOnce(&mut dyn FnMut(JsonItem) -> Result<()>) -> Result<()>) -> Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut first = true;
    let mut closed = false;
    let mut text = Vec::with_capacity(1024);
    let listed = items(&mut |write: JsonItem| {
        if closed {
            return Ok(());
        }
        text.clear();
        write(&mut text).map_err(|e| Error::Failed(format!("encoding JSON: {e}")))?;
        let sep: &[u8] = if first { b"[\n  " } else { b",\n  " };
        first = false;
        // Pretty JSON has no raw line break inside a value: each line is
        // structure, indented one step more inside the list.
        let indented = |out: &mut dyn Write| -> std::io::Result<()> {
            out.write_all(sep)?;
            let mut from = 0;
            for at in memchr::memchr_iter(b'\n', &text) {
                out.write_all(&text[from..at])?;
                out.write_all(b"\n  ")?;
                from = at + 1;
            }
            out.write_all(&text[from..])
        };
        match indented(&mut out) {
            // A closed pipe (`tend list --json | head`) is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                closed = true;
                Ok(())
            }
            Err(e) => Err(Error::io("writing to stdout", e)),
            Ok(()) => Ok(()),
        }
    });
    listed?;
    if closed {
        return Ok(());
    }
    let end: &[u8] = if first { b"[]\n" } else { b"\n]\n" };
    match out.write_all(end).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("writing to stdout", e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped() {
        let name = "Ctrl\x1b[31mRed\x07\0 \u{202e}evil\u{85}";
        assert_eq!(
            escape_controls(name, false),
            "Ctrl\\u{1b}[31mRed\\u{7}\\u{0} \\u{202e}evil\\u{85}"
        );
        assert_eq!(escape_controls("Ana\n\tCosta é", false), "Ana\n\tCosta é");
        // With colour on, paint's own codes pass; any other sequence does not.
        let painted = format!("{}Ana\x1b[0m \x1b]0;title\x07", "\x1b[1m");
        assert_eq!(
            escape_controls(&painted, true),
            "\x1b[1mAna\x1b[0m \\u{1b}]0;title\\u{7}"
        );
        assert_eq!(escape_controls("\x1b[1m", false), "\\u{1b}[1m");
    }
}

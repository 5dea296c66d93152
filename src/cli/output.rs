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
/// Strength to the two decimals `tend show` prints.
pub fn shown_strength(strength: f64) -> f64 {
    (strength * 100.0).round() / 100.0
}

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
    /// Rule 15's relationship strength, to two decimals (`tend list --json`
    /// and `tend show --json`); left out elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    strength: Option<f64>,
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
            strength: None,
            next: None,
        }
    }

    /// With `strength` written (rounded to two decimals, as shown).
    pub fn with_strength(mut self, strength: f64) -> ContactOut<'a> {
        self.strength = Some(shown_strength(strength));
        self
    }

    /// With `next` written, as `tend list --json` has it (a field of its
    /// own, not a flattened map: 30,000 of them took a sixth of the run).
    pub fn with_next(mut self, next: Option<NextOut<'a>>) -> ContactOut<'a> {
        self.next = Some(next);
        self
    }

    /// Appends the object as `serde_json::to_writer_pretty` writes it, every
    /// line after the first indented `depth` steps more. Written by hand:
    /// serde_json looks at each byte of each string on its own, and `tend
    /// list --json` writes 21 MB of them at 30,000 contacts. A property test
    /// holds it to serde_json's output.
    pub fn write_pretty(&self, out: &mut Vec<u8>, depth: usize) {
        let mut o = Pretty::object(out, depth);
        o.key("id");
        o.out.extend_from_slice(itoa::Buffer::new().format(self.id).as_bytes());
        o.key("name");
        json_str(o.out, self.name);
        o.key("greet");
        json_str(o.out, self.greet);
        o.key("email");
        json_opt(o.out, self.email.as_deref());
        o.key("emails");
        o.strings(self.emails);
        for (key, v) in [
            ("url", self.url),
            ("company", self.company),
            ("role", self.role),
            ("timezone", self.timezone),
            ("met", self.met),
        ] {
            o.key(key);
            json_opt(o.out, v.as_deref());
        }
        o.key("interests");
        o.strings(self.interests);
        o.key("tags");
        o.strings(self.tags);
        o.key("connected_on");
        json_opt(o.out, self.connected_on.as_deref());
        o.key("cadence");
        json_str(o.out, &self.cadence);
        o.key("birthday");
        json_opt(o.out, self.birthday.as_deref());
        o.key("note");
        json_opt(o.out, self.note.as_deref());
        o.key("status");
        json_str(o.out, self.status);
        o.key("paused_until");
        json_opt(o.out, self.paused_until.as_deref());
        o.key("created_at");
        json_str(o.out, &self.created_at);
        if let Some(strength) = self.strength {
            o.key("strength");
            // serde_json's own digits for a float (a finite one cannot fail).
            if serde_json::to_writer(&mut *o.out, &strength).is_err() {
                o.out.extend_from_slice(b"null");
            }
        }
        if let Some(next) = &self.next {
            o.key("next");
            match next {
                None => o.out.extend_from_slice(b"null"),
                Some(n) => {
                    let mut inner = Pretty::object(o.out, o.depth + 1);
                    inner.key("kind");
                    json_str(inner.out, n.kind);
                    inner.key("due");
                    json_str(inner.out, &n.due);
                    inner.key("state");
                    json_str(inner.out, n.state.as_str());
                    inner.key("reason");
                    json_str(inner.out, n.reason);
                    inner.end();
                }
            }
        }
        o.end();
    }
}

/// An object being written as serde_json's pretty printer writes it.
struct Pretty<'o> {
    out: &'o mut Vec<u8>,
    depth: usize,
    first: bool,
}

impl<'o> Pretty<'o> {
    fn object(out: &'o mut Vec<u8>, depth: usize) -> Pretty<'o> {
        out.push(b'{');
        Pretty {
            out,
            depth,
            first: true,
        }
    }

    fn line(&mut self, depth: usize) {
        self.out.push(b'\n');
        self.out.resize(self.out.len() + 2 * depth, b' ');
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.line(self.depth + 1);
        json_str(self.out, key);
        self.out.extend_from_slice(b": ");
    }

    fn strings(&mut self, items: &[String]) {
        if items.is_empty() {
            self.out.extend_from_slice(b"[]");
            return;
        }
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            self.line(self.depth + 2);
            json_str(self.out, item);
        }
        self.line(self.depth + 1);
        self.out.push(b']');
    }

    fn end(mut self) {
        if self.first {
            self.out.push(b'}');
            return;
        }
        self.line(self.depth);
        self.out.push(b'}');
    }
}

fn json_opt(out: &mut Vec<u8>, v: Option<&str>) {
    match v {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, the control
/// characters as `\n`-style or `\u00XX` escapes, everything else as is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape; a pass without branches finds out.
    let plain = !bytes
        .iter()
        .fold(false, |any, &b| any | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if plain {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&bytes[from..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            }
        }
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
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
/// Each item is handed over as what writes it into the buffer given, every
/// line after its first indented one step (it sits inside the list).
pub type JsonItem<'a> = &'a dyn Fn(&mut Vec<u8>) -> Result<()>;

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
        text.extend_from_slice(if first { b"[\n  " } else { b",\n  " });
        first = false;
        write(&mut text)?;
        match out.write_all(&text) {
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

    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::prop_oneof![
            proptest::string::string_regex("[a-zA-Z0-9 ,.'-]{0,12}").unwrap_or_else(|e| panic!("{e}")),
            proptest::string::string_regex("(.|[\\x00-\\x1f\"\\\\\\x7f])*").unwrap_or_else(|e| panic!("{e}")),
        ]
    }

    proptest::proptest! {
        /// The hand-written contact object is serde_json's pretty one, at
        /// the top and one step inside a list.
        #[test]
        fn a_contact_is_written_as_serde_json_writes_it(
            name in text(),
            greet in text(),
            opts in proptest::collection::vec(proptest::option::of(text()), 10),
            lists in proptest::collection::vec(proptest::collection::vec(text(), 0..3), 3),
            id in proptest::num::i64::ANY,
            next in 0u8..3,
            reason in text(),
            strength in proptest::option::of(0.0f64..=1.0),
        ) {
            let out = ContactOut {
                id,
                name: &name,
                greet: &greet,
                email: &opts[0],
                emails: &lists[0],
                url: &opts[1],
                company: &opts[2],
                role: &opts[3],
                timezone: &opts[4],
                met: &opts[5],
                interests: &lists[1],
                tags: &lists[2],
                connected_on: opts[6].clone(),
                cadence: opts[7].clone().unwrap_or_default(),
                birthday: opts[8].clone(),
                note: &opts[9],
                status: "active",
                paused_until: opts[6].clone(),
                created_at: greet.clone(),
                strength: strength.map(shown_strength),
                next: match next {
                    0 => None,
                    1 => Some(None),
                    _ => Some(Some(NextOut {
                        kind: "reply",
                        due: name.clone(),
                        state: crate::model::OpenState::Snoozed,
                        reason: &reason,
                    })),
                },
            };
            let want = serde_json::to_string_pretty(&out).unwrap_or_else(|e| panic!("{e}"));
            let mut got = Vec::new();
            out.write_pretty(&mut got, 0);
            proptest::prop_assert_eq!(String::from_utf8_lossy(&got), want.as_str());
            let mut inside = Vec::new();
            out.write_pretty(&mut inside, 1);
            proptest::prop_assert_eq!(String::from_utf8_lossy(&inside), want.replace('\n', "\n  "));
        }
    }

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

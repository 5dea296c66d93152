//! Output: JSON shapes of cli.md, human lines, colour only on a terminal.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{Value, json};
use std::borrow::Cow;
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
    emit_raw_bytes(text.as_bytes())
}

/// Writes `value` as pretty JSON. Not through [`escape_controls`]: its
/// `\u{202e}` is not JSON. [`JsonFormatter`] writes the same characters as
/// JSON's own `\u202e` escapes instead, so the text is JSON and a terminal
/// still never sees them raw.
pub fn emit_json(value: &Value) -> Result<()> {
    let mut text = json_pretty(value)?;
    text.push(b'\n');
    emit_raw_bytes(&text)
}

/// `value` as [`emit_json`] writes it (without the final line break).
pub fn json_pretty(value: &impl serde::Serialize) -> Result<Vec<u8>> {
    let mut text = Vec::with_capacity(256);
    let mut ser = serde_json::Serializer::with_formatter(&mut text, JsonFormatter::default());
    value.serialize(&mut ser)?;
    Ok(text)
}

fn emit_raw_bytes(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("writing to stdout", e)),
        _ => Ok(()),
    }
}

/// Whether a terminal could act on `c` or show a line out of order: the
/// C0 and C1 controls and DEL (not line breaks or tabs), and the
/// bidirectional embeddings, overrides and isolates.
fn is_risky(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The bytes that start every character of [`is_risky`] in UTF-8: the C0
/// controls but line breaks and tabs, DEL, and the lead bytes of the C1
/// controls (C2) and of the bidirectional marks (E2).
static MAY_BE_RISKY: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b != b'\n' as usize && b != b'\t' as usize;
        b += 1;
    }
    t[0x7f] = true;
    t[0xc2] = true;
    t[0xe2] = true;
    t
};

/// Whether `text` holds a character of [`is_risky`]: a look-up per byte
/// first, the characters only when one may be. Decoding every character of
/// `tend list`'s 3.5 MB at 30,000 contacts was a twentieth of it.
fn has_risky(text: &str) -> bool {
    text.bytes().any(|b| MAY_BE_RISKY[usize::from(b)]) && text.contains(is_risky)
}

/// serde_json's pretty printer, writing the characters of [`is_risky`] as
/// `\uXXXX` escapes (serde_json writes only the C0 controls so).
#[derive(Default)]
pub struct JsonFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for JsonFormatter {
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, fragment: &str) -> std::io::Result<()> {
        let mut from = 0;
        for (i, c) in fragment.char_indices().filter(|(_, c)| is_risky(*c)) {
            w.write_all(&fragment.as_bytes()[from..i])?;
            write_u_escape(w, c)?;
            from = i + c.len_utf8();
        }
        w.write_all(&fragment.as_bytes()[from..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `c` (a character of the Basic Multilingual Plane) as JSON's `\uXXXX`.
fn write_u_escape<W: ?Sized + Write>(w: &mut W, c: char) -> std::io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let n = u32::from(c);
    let digit = |shift: u32| HEX[((n >> shift) & 0xf) as usize];
    w.write_all(&[b'\\', b'u', digit(12), digit(8), digit(4), digit(0)])
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
    let risky = is_risky;
    if !has_risky(text) {
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

/// Asked once a run: whether stdout is a terminal is a system call, and
/// `tend list` paints three pieces of every line.
fn colour_on() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
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
    let mut out = String::with_capacity(text.len() + 9);
    paint_onto(&mut out, style, &[text]);
    out
}

/// Appends `parts`, one after another, painted as one piece: what
/// `paint` gives of them joined, without a string of its own.
pub fn paint_onto(out: &mut String, style: Style, parts: &[&str]) {
    paint_with(out, style, parts, colour_on());
}

fn paint_with(out: &mut String, style: Style, parts: &[&str], colour: bool) {
    if colour {
        out.push_str(match style {
            Style::Bold => "\x1b[1m",
            Style::Dim => "\x1b[2m",
            Style::Green => "\x1b[32m",
            Style::Yellow => "\x1b[33m",
        });
    }
    for part in parts {
        out.push_str(part);
    }
    if colour {
        out.push_str("\x1b[0m");
    }
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
    cadence: Cow<'a, str>,
    birthday: Option<String>,
    note: &'a Option<String>,
    status: &'static str,
    paused_until: Option<String>,
    created_at: Cow<'a, str>,
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

/// The texts most contacts of a list share, written once: the cadence in
/// force and the instant added (an import adds thousands at the same one).
#[derive(Default)]
pub struct SharedTexts {
    cadence: Option<(Cadence, String)>,
    created_at: Option<(DateTime<Utc>, String)>,
}

impl SharedTexts {
    /// Makes the texts of `cadence` and `at` the ones kept, when they are not.
    fn keep(&mut self, cadence: Cadence, at: DateTime<Utc>, tz: Tz) {
        if self.cadence.as_ref().is_none_or(|(c, _)| *c != cadence) {
            self.cadence = Some((cadence, cadence.to_string()));
        }
        if self.created_at.as_ref().is_none_or(|(t, _)| *t != at) {
            self.created_at = Some((at, rfc3339(at, tz)));
        }
    }
}

impl<'a> ContactOut<'a> {
    pub fn new(c: &'a Contact, settings: &Settings) -> ContactOut<'a> {
        let cadence: Cadence = c.cadence.unwrap_or(settings.rules.default_cadence);
        ContactOut {
            cadence: Cow::Owned(cadence.to_string()),
            created_at: Cow::Owned(rfc3339(c.created_at, settings.user.timezone)),
            ..ContactOut::common(c)
        }
    }

    /// As [`ContactOut::new`], the texts many contacts share taken from `shared`.
    pub fn sharing(c: &'a Contact, settings: &Settings, shared: &'a mut SharedTexts) -> ContactOut<'a> {
        let cadence: Cadence = c.cadence.unwrap_or(settings.rules.default_cadence);
        shared.keep(cadence, c.created_at, settings.user.timezone);
        let shared: &'a SharedTexts = shared;
        ContactOut {
            cadence: Cow::Borrowed(shared.cadence.as_ref().map_or("", |(_, t)| t.as_str())),
            created_at: Cow::Borrowed(shared.created_at.as_ref().map_or("", |(_, t)| t.as_str())),
            ..ContactOut::common(c)
        }
    }

    /// Every field but the cadence and the instant added.
    fn common(c: &'a Contact) -> ContactOut<'a> {
        ContactOut {
            id: c.id,
            name: &c.name,
            greet: crate::names::greeting(c),
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
            cadence: Cow::Borrowed(""),
            birthday: c.birthday.map(|b| b.to_string()),
            note: &c.note,
            status: c.status.as_str(),
            paused_until: c.paused_until.map(crate::time::ymd),
            created_at: Cow::Borrowed(""),
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
        o.key(quoted!("id"));
        o.out.extend_from_slice(itoa::Buffer::new().format(self.id).as_bytes());
        o.key(quoted!("name"));
        json_str(o.out, self.name);
        o.key(quoted!("greet"));
        json_str(o.out, self.greet);
        o.key(quoted!("email"));
        json_opt(o.out, self.email.as_deref());
        o.key(quoted!("emails"));
        o.strings(self.emails);
        for (key, v) in [
            (quoted!("url"), self.url),
            (quoted!("company"), self.company),
            (quoted!("role"), self.role),
            (quoted!("timezone"), self.timezone),
            (quoted!("met"), self.met),
        ] {
            o.key(key);
            json_opt(o.out, v.as_deref());
        }
        o.key(quoted!("interests"));
        o.strings(self.interests);
        o.key(quoted!("tags"));
        o.strings(self.tags);
        o.key(quoted!("connected_on"));
        json_opt(o.out, self.connected_on.as_deref());
        o.key(quoted!("cadence"));
        json_str(o.out, &self.cadence);
        o.key(quoted!("birthday"));
        json_opt(o.out, self.birthday.as_deref());
        o.key(quoted!("note"));
        json_opt(o.out, self.note.as_deref());
        o.key(quoted!("status"));
        json_str(o.out, self.status);
        o.key(quoted!("paused_until"));
        json_opt(o.out, self.paused_until.as_deref());
        o.key(quoted!("created_at"));
        json_str(o.out, &self.created_at);
        if let Some(strength) = self.strength {
            o.key(quoted!("strength"));
            // serde_json's own digits for a float (a finite one cannot fail).
            if serde_json::to_writer(&mut *o.out, &strength).is_err() {
                o.out.extend_from_slice(b"null");
            }
        }
        if let Some(next) = &self.next {
            o.key(quoted!("next"));
            match next {
                None => o.out.extend_from_slice(b"null"),
                Some(n) => {
                    let mut inner = Pretty::object(o.out, o.depth + 1);
                    inner.key(quoted!("kind"));
                    json_str(inner.out, n.kind);
                    inner.key(quoted!("due"));
                    json_str(inner.out, &n.due);
                    inner.key(quoted!("state"));
                    json_str(inner.out, n.state.as_str());
                    inner.key(quoted!("reason"));
                    json_str(inner.out, n.reason);
                    inner.end();
                }
            }
        }
        o.end();
    }
}

/// A key of [`Pretty::key`] as it is written: `"name": `.
macro_rules! quoted {
    ($key:literal) => {
        concat!("\"", $key, "\": ")
    };
}
use quoted;

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
        indent(self.out, depth);
    }

    /// Keys are this file's own words (ASCII letters and `_`), with nothing
    /// to escape: 630,000 of them at 30,000 contacts, each looked at byte by
    /// byte, took a tenth of `tend list --json`. Each comes quoted with its
    /// colon (see [`quoted`]), and the comma, line break and indent before it
    /// from one constant: two copies a key, not six.
    fn key(&mut self, quoted: &'static str) {
        debug_assert!(
            quoted.starts_with('"')
                && quoted.ends_with("\": ")
                && quoted[1..quoted.len() - 3]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
            "{quoted}"
        );
        const BREAK: &[u8; 2 + 2 * 16] = b",\n                                ";
        let from = usize::from(self.first);
        let to = 2 + 2 * (self.depth + 1);
        match BREAK.get(from..to) {
            Some(before) => self.out.extend_from_slice(before),
            None => {
                self.out.extend_from_slice(&BREAK[from..2]);
                indent(self.out, self.depth + 1);
            }
        }
        self.first = false;
        self.out.extend_from_slice(quoted.as_bytes());
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

/// Two spaces a step, copied from a constant: a `resize` per line was a
/// call to `memset` for a few bytes, 700,000 times in `tend list --json`.
fn indent(out: &mut Vec<u8>, depth: usize) {
    const SPACES: &[u8; 32] = b"                                ";
    let mut n = 2 * depth;
    while n > SPACES.len() {
        out.extend_from_slice(SPACES);
        n -= SPACES.len();
    }
    out.extend_from_slice(&SPACES[..n]);
}

fn json_opt(out: &mut Vec<u8>, v: Option<&str>) {
    match v {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// The bytes that send a string the slow way in [`json_str`]: the C0
/// controls, `"`, `\`, DEL, and the lead bytes of the C1 controls (C2) and
/// of the bidirectional marks (E2).
static SLOW_WAY: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[0x7f] = true;
    t[0xc2] = true;
    t[0xe2] = true;
    t
};

/// A JSON string as [`JsonFormatter`] writes it: `"` and `\` escaped, the
/// C0 controls as `\n`-style or `\u00XX` escapes, the other characters of
/// [`is_risky`] as `\uXXXX`, everything else as is.
fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most strings need no escape; a look-up per byte finds out.
    let plain = !bytes.iter().any(|&b| SLOW_WAY[usize::from(b)]);
    if plain {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut from = 0;
    for (i, c) in s.char_indices() {
        let escape: &[u8] = match c {
            '"' => b"\\\"",
            '\\' => b"\\\\",
            '\n' => b"\\n",
            '\r' => b"\\r",
            '\t' => b"\\t",
            '\u{8}' => b"\\b",
            '\u{c}' => b"\\f",
            c if is_risky(c) => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        if escape.is_empty() {
            // Writing to a Vec cannot fail.
            let _ = write_u_escape(out, c);
        } else {
            out.extend_from_slice(escape);
        }
        from = i + c.len_utf8();
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// A nudge as in `tend agenda --json`.
/// `engine`: who wrote the draft; `fallback`: why the model's was not used.
pub fn nudge_json(n: &Nudge, draft: &crate::model_engine::Drafted, tz: Tz) -> Value {
    json!({
        "contact_id": n.contact_id,
        "contact": n.contact,
        "kind": n.kind.as_str(),
        "due": rfc3339(n.due, tz),
        "reason": n.reason,
        "draft": draft.text,
        "state": n.state,
        "engine": draft.engine.as_str(),
        "fallback": draft.fallback,
        "answers": draft.answers.iter().map(|(a, text)| json!({"answer": a.as_str(), "draft": text})).collect::<Vec<_>>(),
    })
}

/// The user's yes and no under a draft, one line each ("if yes: …"),
/// indented by `indent`; empty when the reply leaves nothing to decide.
pub fn answer_lines(draft: &crate::model_engine::Drafted, indent: &str) -> String {
    draft
        .answers
        .iter()
        .map(|(a, text)| {
            format!(
                "{indent}{} {}\n",
                paint(Style::Dim, &format!("if {}:", a.as_str())),
                text.replace('\n', &format!("\n{indent}  "))
            )
        })
        .collect()
}

/// The line under a draft that says a local model's draft was not used, and why.
pub fn fallback_line(draft: &crate::model_engine::Drafted) -> Option<String> {
    draft.fallback.as_ref().map(|why| format!("(template draft: {why})"))
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
        "until": e.until.map(|d| d.to_string()),
        "detail": e.detail,
        "recorded_at": rfc3339(e.recorded_at, tz),
    })
}

/// " until 2026-06-01" for a busy event with an end; nothing without one.
pub fn until_words(until: Option<chrono::NaiveDate>) -> String {
    until.map(|d| format!(" until {d}")).unwrap_or_default()
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
            proptest::string::string_regex(
                "(.|[\\x00-\\x1f\"\\\\\\x7f-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}])*"
            )
            .unwrap_or_else(|e| panic!("{e}")),
            proptest::string::string_regex("\\PC*").unwrap_or_else(|e| panic!("{e}")),
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
                cadence: opts[7].clone().unwrap_or_default().into(),
                birthday: opts[8].clone(),
                note: &opts[9],
                status: "active",
                paused_until: opts[6].clone(),
                created_at: greet.as_str().into(),
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
            let want = String::from_utf8(json_pretty(&out).unwrap_or_else(|e| panic!("{e}"))).unwrap_or_else(|e| panic!("{e}"));
            // JSON, and every string in it as stored.
            let parsed: Value = serde_json::from_str(&want).unwrap_or_else(|e| panic!("{e}: {want}"));
            proptest::prop_assert_eq!(parsed["name"].as_str(), Some(name.as_str()));
            proptest::prop_assert_eq!(&parsed, &serde_json::to_value(&out).unwrap_or_else(|e| panic!("{e}")));
            proptest::prop_assert!(!want.contains(is_risky_or_break), "{}", want);
            let mut got = Vec::new();
            out.write_pretty(&mut got, 0);
            proptest::prop_assert_eq!(String::from_utf8_lossy(&got), want.as_str());
            let mut inside = Vec::new();
            out.write_pretty(&mut inside, 1);
            proptest::prop_assert_eq!(String::from_utf8_lossy(&inside), want.replace('\n', "\n  "));
            // Deeper than the indents `Pretty::key` keeps in one constant.
            let mut deep = Vec::new();
            out.write_pretty(&mut deep, 17);
            proptest::prop_assert_eq!(String::from_utf8_lossy(&deep), want.replace('\n', &format!("\n{}", "  ".repeat(17))));
        }
    }

    proptest::proptest! {
        /// A list's contacts written with the texts they share kept from one
        /// to the next are written as each on its own, whatever the order
        /// of their cadences and instants added.
        #[test]
        fn shared_texts_write_each_contact_as_it_is(
            contacts in proptest::collection::vec((0u8..4, 0i64..3, proptest::option::of(0u8..3)), 1..12),
        ) {
            let settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
            let mut shared = SharedTexts::default();
            for (i, (cadence, added, depth)) in contacts.into_iter().enumerate() {
                let mut c = Contact::named(&format!("Ana Costa {i}"));
                c.cadence = match cadence {
                    0 => None,
                    1 => Some(Cadence::None),
                    2 => Some("6w".parse().unwrap_or_else(|e| panic!("{e}"))),
                    _ => Some("3mo".parse().unwrap_or_else(|e| panic!("{e}"))),
                };
                c.created_at = DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::days(400 * added);
                let depth = usize::from(depth.unwrap_or(0));
                let (mut alone, mut sharing) = (Vec::new(), Vec::new());
                ContactOut::new(&c, &settings).with_strength(0.5).write_pretty(&mut alone, depth);
                ContactOut::sharing(&c, &settings, &mut shared).with_strength(0.5).write_pretty(&mut sharing, depth);
                proptest::prop_assert_eq!(String::from_utf8_lossy(&sharing), String::from_utf8_lossy(&alone));
            }
        }
    }

    /// Outside strings, pretty JSON holds only line breaks and spaces.
    fn is_risky_or_break(c: char) -> bool {
        is_risky(c) || c == '\t'
    }

    proptest::proptest! {
        /// The look-up by bytes finds a risky character exactly when
        /// looking at every character does.
        #[test]
        fn risky_text_is_found_by_its_bytes(text in "\\PC*|.*|[\\u{0}-\\u{ff}\\u{2000}-\\u{206f}]*|[a\\n\\t\\u{85}\\u{9f}\\u{a0}\\u{2028}\\u{202e}\\u{2069}\\u{206a}é]*") {
            proptest::prop_assert_eq!(has_risky(&text), text.contains(is_risky), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// Any stored text gives JSON that reads back as that text, with
        /// nothing a terminal would act on written raw.
        #[test]
        fn any_text_is_json(text in "\\PC*|.*|[\\u{0}-\\u{ff}\\u{2000}-\\u{206f}]*") {
            let value = json!({"contact": text, "list": [text.clone()], "nested": {"note": text.clone()}});
            let written = String::from_utf8(json_pretty(&value).unwrap_or_else(|e| panic!("{e}"))).unwrap_or_else(|e| panic!("{e}"));
            let back: Value = serde_json::from_str(&written).unwrap_or_else(|e| panic!("{e}: {written}"));
            proptest::prop_assert_eq!(&back, &value);
            proptest::prop_assert!(!written.contains(is_risky_or_break), "{}", written);
            // The pretty layout is serde_json's own.
            let plain = serde_json::to_string_pretty(&value).unwrap_or_else(|e| panic!("{e}"));
            proptest::prop_assert_eq!(written.lines().count(), plain.lines().count());
        }
    }

    /// Painted pieces are the terminal's codes around the pieces joined,
    /// and the pieces alone without colour.
    #[test]
    fn pieces_are_painted_as_one() {
        let mut out = String::from("> ");
        paint_with(&mut out, Style::Dim, &["strength ", "0.18"], true);
        paint_with(&mut out, Style::Bold, &["Ana"], true);
        paint_with(&mut out, Style::Green, &["reply"], false);
        assert_eq!(out, "> \x1b[2mstrength 0.18\x1b[0m\x1b[1mAna\x1b[0mreply");
    }

    #[test]
    fn bidi_and_c1_characters_are_json_escapes() {
        let written = json_pretty(&json!({"company": "Acme\u{202e}\u{85}\x7f"})).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            String::from_utf8_lossy(&written),
            "{\n  \"company\": \"Acme\\u202e\\u0085\\u007f\"\n}"
        );
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

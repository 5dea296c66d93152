//! Settings: built-in defaults (the shipped `config/default.toml`, compiled
//! in) → the user's TOML file → `TEND_` environment variables
//! (`TEND_RULES__DAILY_CAP=3`).
//!
//! Each key is stated twice: once in `config/default.toml` (its default and
//! comment) and once as a field below (its type and check). The file and the
//! environment are merged into the defaults as TOML, so a key the defaults do
//! not have is unknown and a value must have its default's TOML type; then
//! serde reads the whole into [`Settings`], each field through its parser,
//! and the same struct serializes back for `tend config`.

use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt::{self, Display};
use std::io::Read;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use crate::error::Error;
use crate::model::{Cadence, ReplyAfter};
use crate::time::{Duration, Hours};

/// The shipped defaults, with a comment per key.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// A config file larger than this is not one (the shipped one is 3 KB).
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Values longer than this are cut short when quoted in an error.
const SHOWN_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub user: User,
    pub rules: Rules,
    pub drafts: Drafts,
    /// The local model that writes drafts when `drafts.engine` is `model`.
    pub model: crate::config::ModelSettings,
    pub lint: Lint,
    pub notify: Notify,
    pub storage: Storage,
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    pub name: String,
    /// Your own company: a draft never asks a contact about it as theirs.
    pub company: String,
    /// Empty in the file means the system's zone.
    #[serde(deserialize_with = "zone", serialize_with = "zone_name")]
    pub timezone: Tz,
    /// Whether the zone came from the system rather than the file.
    #[serde(skip)]
    pub timezone_from_system: bool,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub hours: Hours,
    /// Your addresses: tells the mail you sent from the mail you received.
    #[serde(deserialize_with = "addresses")]
    pub emails: Vec<String>,
    /// Days you send nothing (public holidays, leave): `hours` stays shut
    /// on them, so no nudge falls there and a reply waits for the next
    /// working day.
    #[serde(deserialize_with = "days_off", serialize_with = "days_off_shown")]
    pub days_off: Vec<crate::time::DayOff>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub reply_after: ReplyAfter,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub reply_window: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub first_follow_up: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub first_follow_up_window: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub default_cadence: Cadence,
    #[serde(deserialize_with = "at_least_one")]
    pub max_unanswered: u32,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub min_gap: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub milestone_window: Duration,
    pub birthdays: bool,
    pub closers: bool,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub sensitive_hold: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub care_period: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub busy_defer: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub post_recent: Duration,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub recipient_hours: Hours,
    #[serde(deserialize_with = "parsed", serialize_with = "shown")]
    pub overlap_wait: Duration,
    #[serde(deserialize_with = "at_least_one")]
    pub daily_cap: u32,
    pub learned_hours: bool,
}

// No `deny_unknown_fields` here: serde does not allow it with `flatten`;
// unknown keys are refused anyway, against the defaults, before serde.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Drafts {
    #[serde(deserialize_with = "draft_length")]
    pub max_chars: usize,
    /// Who writes the drafts: the templates, or a local model (`[model]`).
    pub engine: crate::config::Engine,
    /// Extra signs of each intent of a message (drafts.md "Reading what they wrote").
    #[serde(flatten)]
    pub intents: ExtraPhrases,
}

/// Phrases users add in `[drafts]`, per intent.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
pub struct ExtraPhrases {
    pub time: Vec<String>,
    pub pitch: Vec<String>,
    pub ask: Vec<String>,
    pub congrats: Vec<String>,
    pub thanks: Vec<String>,
    pub closers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Lint {
    pub generic: Vec<String>,
    pub formal: Vec<String>,
    pub call_to_action: Vec<String>,
    pub early_ask: Vec<String>,
    pub pitch: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Desktop,
    Stdout,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Notify {
    pub backend: Backend,
    /// Six-field cron (seconds first), or `None` when the digest is off.
    #[serde(deserialize_with = "cron", serialize_with = "or_empty")]
    pub digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Storage {
    /// `~` expanded, and absolute: a relative path would give each working
    /// folder a database of its own.
    #[serde(deserialize_with = "source_path", serialize_with = "path_or_empty")]
    pub path: Option<PathBuf>,
}

/// What the daemon watches and imports by itself (daemon.md), `~` expanded.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    #[serde(deserialize_with = "source_paths", serialize_with = "paths_shown")]
    pub mail: Vec<PathBuf>,
    #[serde(deserialize_with = "source_paths", serialize_with = "paths_shown")]
    pub calendar: Vec<PathBuf>,
    #[serde(deserialize_with = "source_path", serialize_with = "path_or_empty")]
    pub linkedin: Option<PathBuf>,
}

impl Sources {
    pub fn is_empty(&self) -> bool {
        self.mail.is_empty() && self.calendar.is_empty() && self.linkedin.is_none()
    }
}

/// `~` or `~/…` expanded against `$HOME`; the daemon runs from any folder,
/// so a source (or the database) must be absolute.
pub fn expand_source(raw: &str) -> Result<PathBuf, String> {
    let t = raw.trim();
    let path = if t == "~" {
        crate::paths::home()
    } else if let Some(rest) = t.strip_prefix("~/") {
        crate::paths::home().join(rest)
    } else {
        PathBuf::from(t)
    };
    if path.is_absolute() {
        Ok(path)
    } else {
        Err(format!("'{}' is not an absolute path: start it with / or ~/", cut(t)))
    }
}

fn source_paths<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<PathBuf>, D::Error> {
    let mut out: Vec<PathBuf> = Vec::new();
    for raw in Vec::<String>::deserialize(d)? {
        if raw.trim().is_empty() {
            continue;
        }
        let p = expand_source(&raw).map_err(serde::de::Error::custom)?;
        // The same source named twice is watched once.
        if !out.contains(&p) {
            out.push(p);
        }
    }
    Ok(out)
}

fn source_path<'de, D: Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
    let s = String::deserialize(d)?;
    if s.trim().is_empty() {
        return Ok(None);
    }
    expand_source(&s).map(Some).map_err(serde::de::Error::custom)
}

fn paths_shown<S: Serializer>(v: &[PathBuf], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(|p| p.display().to_string()))
}

/// `text` quoted for an error, cut short past [`SHOWN_CHARS`] characters.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}… ({} characters)", &text[..at], text.chars().count()),
        None => text.to_string(),
    }
}

/// A string field read with its type's own parser (durations, hours, cadences).
fn parsed<'de, D: Deserializer<'de>, T: FromStr<Err: Display>>(d: D) -> Result<T, D::Error> {
    let s = String::deserialize(d)?;
    if s.chars().nth(SHOWN_CHARS).is_some() {
        return Err(serde::de::Error::custom(format!(
            "'{}' is too long to be valid",
            cut(&s)
        )));
    }
    s.parse().map_err(serde::de::Error::custom)
}

fn zone<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
    let s = String::deserialize(d)?;
    if s.trim().is_empty() {
        return Ok(crate::time::system_tz());
    }
    crate::time::parse_tz(&cut(&s)).map_err(serde::de::Error::custom)
}

fn at_least_one<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    match u32::deserialize(d)? {
        0 => Err(serde::de::Error::custom("must be at least 1")),
        n => Ok(n),
    }
}

/// A list of e-mail addresses, each with one `@` and no spaces, trimmed.
fn addresses<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let list = Vec::<String>::deserialize(d)?;
    list.iter()
        .map(|a| {
            let t = a.trim();
            let ok = t.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && !host.is_empty() && !host.contains('@') && !t.contains(char::is_whitespace)
            });
            if ok {
                Ok(t.to_string())
            } else {
                Err(serde::de::Error::custom(format!(
                    "'{}' is not an e-mail address: expected one like name@example.org",
                    cut(a)
                )))
            }
        })
        .collect()
}

/// Days off, each `MM-DD` (every year) or `YYYY-MM-DD` (once).
fn days_off<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<crate::time::DayOff>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|t| cut(t).parse().map_err(serde::de::Error::custom))
        .collect()
}

fn days_off_shown<S: Serializer>(v: &[crate::time::DayOff], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(ToString::to_string))
}

fn draft_length<'de, D: Deserializer<'de>>(d: D) -> Result<usize, D::Error> {
    match usize::deserialize(d)? {
        n if n < 40 => Err(serde::de::Error::custom(format!("{n} is too short: at least 40"))),
        n => Ok(n),
    }
}

fn cron<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    normalize_cron(&cut(&String::deserialize(d)?)).map_err(serde::de::Error::custom)
}

fn shown<S: Serializer, T: Display>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

fn zone_name<S: Serializer>(tz: &Tz, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(tz.name())
}

fn or_empty<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v.as_deref().unwrap_or_default())
}

fn path_or_empty<S: Serializer>(v: &Option<PathBuf>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&v.as_ref().map(|p| p.display().to_string()).unwrap_or_default())
}

/// Where a value came from, for naming it in errors: a key of the file
/// (`rules.daily_cap`) or a variable (`TEND_RULES__DAILY_CAP`).
#[derive(Clone, Copy)]
enum Source {
    File,
    Env,
}

impl Source {
    fn name(self, section: &str, key: &str) -> String {
        match self {
            Source::File => format!("config key '{section}.{key}'"),
            Source::Env => format!("TEND_{}__{}", section.to_ascii_uppercase(), key.to_ascii_uppercase()),
        }
    }
}

fn sorted_keys(t: &toml::Table) -> String {
    let mut keys: Vec<&str> = t.keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys.join(", ")
}

/// Sets `section.key` to `value` in `base`, which holds every known key:
/// an unknown key, or a value of another TOML type than its default, is an
/// error naming it as `source` spells it.
fn set(base: &mut toml::Table, source: Source, section: &str, key: &str, value: toml::Value) -> Result<(), Error> {
    let Some(known) = base.get_mut(section).and_then(toml::Value::as_table_mut) else {
        let what = match source {
            Source::File => format!("unknown section '[{}]'", cut(section)),
            Source::Env => format!("unknown setting {}", cut(&Source::Env.name(section, key))),
        };
        let mut sections: Vec<&str> = base.keys().map(String::as_str).collect();
        sections.sort_unstable();
        return Err(Error::Input(format!(
            "config: {what}: the sections are {}",
            sections.join(", ")
        )));
    };
    let Some(default) = known.get(key) else {
        return Err(Error::UnknownConfigKey {
            name: cut(&source.name(section, key)),
            section: section.to_string(),
            takes: sorted_keys(known),
        });
    };
    if default.type_str() != value.type_str() {
        let expected = match default {
            toml::Value::Integer(_) => "a whole number",
            toml::Value::Boolean(_) => "true or false",
            toml::Value::Array(_) => "a list of strings",
            _ => "a string",
        };
        return Err(Error::Input(format!(
            "{}: {} is not {expected}",
            source.name(section, key),
            cut(&value.to_string())
        )));
    }
    known.insert(key.to_string(), value);
    Ok(())
}

/// An environment value as the TOML type of the key's default.
fn from_env(default: Option<&toml::Value>, text: &str) -> toml::Value {
    match default {
        Some(toml::Value::Integer(_)) => text
            .trim()
            .parse::<i64>()
            .map_or_else(|_| toml::Value::String(text.to_string()), toml::Value::Integer),
        Some(toml::Value::Boolean(_)) => match text.trim() {
            "true" => toml::Value::Boolean(true),
            "false" => toml::Value::Boolean(false),
            _ => toml::Value::String(text.to_string()),
        },
        Some(toml::Value::Array(_)) => toml::Value::Array(
            text.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| toml::Value::String(p.to_string()))
                .collect(),
        ),
        _ => toml::Value::String(text.to_string()),
    }
}

/// Reads the config file: a regular file of sane size (`/dev/zero` is not one).
fn read_file(path: &Path) -> Result<String, Error> {
    let shown = path.display();
    let cannot = |e: std::io::Error| Error::Input(format!("cannot read config file '{shown}': {e}"));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(Error::Input(format!("config file '{shown}' is not a regular file")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(cannot)?
        .take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(Error::Input(format!(
            "config file '{shown}' is larger than {} KiB: not a config file",
            MAX_CONFIG_BYTES / 1024
        )));
    }
    // Where the first byte that is not UTF-8 is, as editors count.
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = at - before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1) + 1;
        Error::Input(format!(
            "config file '{shown}' is not UTF-8 text: line {line}, column {column} (byte {}, 0x{:02x}); re-save it as UTF-8",
            at + 1,
            e.as_bytes()[at]
        ))
    })?;
    Ok(text)
}

/// A TOML syntax error on one line: where (line and column, as editors and
/// compilers write them), what, and the line itself, cut short.
fn syntax_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let message = e.message().trim().replace('\n', "; ");
    let Some(span) = e.span() else {
        return Error::Input(format!("config file '{}': {message}", path.display()));
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    let content = text[line_start..].lines().next().unwrap_or_default().trim_end();
    Error::Input(format!(
        "config file '{}', line {line}, column {column}: {message} (in `{}`)",
        path.display(),
        cut(content)
    ))
}

impl Settings {
    /// The built-in defaults alone.
    pub fn defaults() -> Result<Settings, Error> {
        Self::build(None, &BTreeMap::new())
    }

    /// Defaults, then the file at `path` if it exists (or must exist when
    /// `required`), then `TEND_SECTION__KEY` variables from `env`.
    pub fn load(path: &Path, required: bool, env: &BTreeMap<String, String>) -> Result<Settings, Error> {
        // Anything at the path, even a link that leads nowhere or in a loop
        // (which `exists` calls absent), is read, and fails with its reason.
        let present = std::fs::symlink_metadata(path).is_ok();
        if required && !present {
            return Err(Error::Input(format!("config file '{}' does not exist", path.display())));
        }
        Self::build(present.then_some(path), env)
    }

    fn build(path: Option<&Path>, env: &BTreeMap<String, String>) -> Result<Settings, Error> {
        let mut merged: toml::Table =
            toml::from_str(DEFAULT_TOML).map_err(|e| Error::Failed(format!("built-in config: {e}")))?;
        if let Some(p) = path {
            let text = read_file(p)?;
            let file: toml::Table = toml::from_str(&text).map_err(|e| syntax_error(p, &text, &e))?;
            for (section, value) in file {
                let toml::Value::Table(keys) = value else {
                    if merged.contains_key(&section) {
                        return Err(Error::Input(format!(
                            "config: '{section}' must be a table ([{section}])"
                        )));
                    }
                    // An unknown name at the top: `set` says so.
                    set(&mut merged, Source::File, &section, "", value)?;
                    continue;
                };
                if !merged.contains_key(&section) {
                    // An unknown section, even an empty one: `set` says so.
                    set(&mut merged, Source::File, &section, "", toml::Value::Table(keys))?;
                    continue;
                }
                for (key, value) in keys {
                    set(&mut merged, Source::File, &section, &key, value)?;
                }
            }
        }
        for (var, text) in env {
            let Some((section, key)) = var.strip_prefix("TEND_").and_then(|v| v.split_once("__")) else {
                continue;
            };
            let (section, key) = (section.to_ascii_lowercase(), key.to_ascii_lowercase());
            let default = merged.get(&section).and_then(|s| s.get(&key));
            let value = from_env(default, text);
            set(&mut merged, Source::Env, &section, &key, value)?;
        }
        let from_system = merged
            .get("user")
            .and_then(|u| u.get("timezone"))
            .and_then(toml::Value::as_str)
            .is_some_and(|t| t.trim().is_empty());
        let mut settings: Settings = toml::Value::Table(merged).try_into().map_err(|e: toml::de::Error| {
            // The key path is only in the error's text ("…\nin `rules.min_gap`").
            let text = e.to_string();
            let (what, key) = text
                .trim_end()
                .rsplit_once("\nin `")
                .map_or((e.message(), ""), |(m, k)| (m, k.trim_end_matches('`')));
            Error::BadConfigValue {
                key: key.to_string(),
                why: what.trim().replace('\n', "; "),
            }
        })?;
        settings.user.timezone_from_system = from_system;
        // The days off shut the user's hours: every rule reads them there.
        settings.user.hours = settings
            .user
            .hours
            .clone()
            .with_days_off(settings.user.days_off.clone());
        // The endpoint against `allow_remote`: two keys, checked together.
        settings.model.checked_endpoint().map_err(Error::Input)?;
        Ok(settings)
    }

    /// Every setting as `section.key` and its JSON value, in file order.
    pub fn entries(&self) -> Vec<(String, serde_json::Value)> {
        let mut out = Vec::new();
        if let Ok(serde_json::Value::Object(sections)) = serde_json::to_value(self) {
            for (section, keys) in sections {
                if let serde_json::Value::Object(keys) = keys {
                    out.extend(keys.into_iter().map(|(k, v)| (format!("{section}.{k}"), v)));
                }
            }
        }
        out
    }
}

/// The one cron parser: config checks a schedule with the parser the daemon
/// then runs it with.
pub(crate) fn cron_parser() -> croner::parser::CronParser {
    croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Required)
        .dom_and_dow(true)
        // croner 4 refuses `5/15` (without a range) that croner 3, and so
        // tend 0.1.0, accepted: a config that worked keeps working.
        .sloppy_ranges(true)
        .build()
}

/// `notify.digest` in `config/default.toml`.
const SHIPPED_DIGEST: &str = "0 0 9 * * Mon-Fri";

/// Accepts six-field cron (seconds first) or the usual five fields; empty is off.
pub fn normalize_cron(expr: &str) -> Result<Option<String>, String> {
    let t = expr.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let fields = t.split_whitespace().count();
    let six = match fields {
        5 => format!("0 {t}"),
        6 => t.to_string(),
        _ => {
            return Err(format!(
                "'{expr}' is not a cron expression: expected 5 fields (min hour day month weekday) or 6 (seconds first), like '0 9 * * Mon-Fri'"
            ));
        }
    };
    // The shipped schedule is known to parse (a test checks it); skipping
    // croner for it saves a fifth of a command's start-up instructions.
    if six == SHIPPED_DIGEST {
        return Ok(Some(six));
    }
    // A digest is a summary, at most once a minute: `*` or a list of
    // seconds would wake the daemon every second.
    let seconds = six.split_whitespace().next().unwrap_or_default();
    if !seconds.parse::<u8>().is_ok_and(|s| s < 60) {
        return Err(format!(
            "'{expr}' would send the digest more than once a minute (seconds field '{seconds}'): give one second \
             (0-59), or use 5 fields, like '0 9 * * Mon-Fri'"
        ));
    }
    cron_parser()
        .parse(&six)
        .map_err(|e| format!("'{expr}' is not a valid cron expression: {e}"))?;
    Ok(Some(six))
}

// ---------------------------------------------------------------------------
// The local model (docs/config.md "[model]")

/// Who writes the drafts: `[drafts] engine`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    #[default]
    Templates,
    Model,
}

impl Engine {
    /// The word `tend show`, `tend draft` and the JSON `engine` field use.
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Templates => "templates",
            Engine::Model => "model",
        }
    }
}

/// How long a draft may wait for the model: `8s`, `500ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeout(pub std::time::Duration);

/// Longest `timeout`: a draft that waits longer than this is not a draft.
const MAX_TIMEOUT_MS: u64 = 600_000;

impl FromStr for Timeout {
    type Err = String;
    fn from_str(s: &str) -> Result<Timeout, String> {
        let t = s.trim();
        let (digits, to_ms) = if let Some(n) = t.strip_suffix("ms") {
            (n, 1)
        } else if let Some(n) = t.strip_suffix('s') {
            (n, 1000)
        } else {
            (t, 0)
        };
        let ms = digits
            .parse::<u64>()
            .ok()
            .filter(|_| to_ms > 0)
            .and_then(|n| n.checked_mul(to_ms))
            .filter(|ms| (1..=MAX_TIMEOUT_MS).contains(ms));
        match ms {
            Some(ms) => Ok(Timeout(std::time::Duration::from_millis(ms))),
            None => Err(format!(
                "invalid timeout '{}': expected seconds or milliseconds like 8s or 500ms, from 1ms to 600s",
                crate::config::cut(s)
            )),
        }
    }
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0.as_millis();
        if ms.is_multiple_of(1000) {
            write!(f, "{}s", ms / 1000)
        } else {
            write!(f, "{ms}ms")
        }
    }
}

impl<'de> Deserialize<'de> for Timeout {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Timeout, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for Timeout {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `[model]`: the OpenAI-compatible chat completions endpoint and how to ask it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSettings {
    pub endpoint: String,
    /// The model's name as the server knows it (Ollama needs one; llama.cpp's
    /// server answers with the model it loaded whatever the name).
    pub model: String,
    pub timeout: Timeout,
    #[serde(deserialize_with = "tokens")]
    pub max_tokens: u32,
    /// Whether the endpoint may be on another machine.
    pub allow_remote: bool,
}

fn tokens<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    match u32::deserialize(d)? {
        n @ 1..=4096 => Ok(n),
        n => Err(serde::de::Error::custom(format!("{n} is out of range: from 1 to 4096"))),
    }
}

impl ModelSettings {
    /// The endpoint as a URL the client may call: `http://` (tend builds no
    /// TLS in), and on this machine unless `allow_remote`. The error is the
    /// one line `config key 'model.endpoint': …`.
    pub fn checked_endpoint(&self) -> Result<ureq::http::Uri, String> {
        let shown = crate::config::cut(&self.endpoint);
        let bad = |why: &str| format!("config key 'model.endpoint': '{shown}' {why}");
        let uri: ureq::http::Uri = self
            .endpoint
            .trim()
            .parse()
            .map_err(|_| bad("is not a URL: expected one like http://127.0.0.1:11434/v1/chat/completions"))?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(bad(
                    "uses https, which tend does not speak: a model on this machine is reached over http://",
                ));
            }
            _ => {
                return Err(bad(
                    "is not an http:// URL: expected one like http://127.0.0.1:11434/v1/chat/completions",
                ));
            }
        }
        let host = uri.host().unwrap_or_default();
        if host.is_empty() {
            return Err(bad(
                "names no host: expected one like http://127.0.0.1:11434/v1/chat/completions",
            ));
        }
        if !self.allow_remote && !is_loopback(host) {
            return Err(bad(
                "is not on this machine: use a loopback address (127.0.0.1, [::1], localhost), \
                 or set model.allow_remote = true to send your contacts' messages there",
            ));
        }
        Ok(uri)
    }
}

/// Whether `host` (as a URL spells it) is this machine: `localhost` or a
/// loopback address. Any other name could resolve anywhere.
pub fn is_loopback(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_file(text: &str, env: &[(&str, &str)]) -> Result<Settings, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).map_err(|e| e.to_string())?;
        let env: BTreeMap<String, String> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::load(&path, true, &env).map_err(|e| e.to_string())
    }

    #[test]
    fn a_config_that_is_not_utf8_names_the_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"[user]\nname = \"Jos\xe9\"\n").unwrap();
        let err = Settings::load(&path, true, &BTreeMap::new()).unwrap_err().to_string();
        assert!(
            err.contains("is not UTF-8 text: line 2, column 12 (byte 19, 0xe9)"),
            "{err}"
        );
    }

    #[test]
    fn shipped_defaults_parse_to_the_documented_values() {
        let s = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.rules.daily_cap, 5);
        assert_eq!(s.rules.reply_after.to_string(), "next-working-day");
        assert_eq!(s.rules.default_cadence.to_string(), "6w");
        assert_eq!(s.user.hours.to_string(), "Mon-Fri 09:00-18:00");
        assert_eq!(s.rules.recipient_hours.to_string(), "Mon-Fri 09:00-17:00");
        assert_eq!(s.drafts.max_chars, 300);
        assert_eq!(s.notify.backend, Backend::Desktop);
        assert_eq!(s.notify.digest.as_deref(), Some("0 0 9 * * Mon-Fri"));
        assert!(!s.rules.birthdays);
        assert!(s.storage.path.is_none());
        assert!(s.user.timezone_from_system);
    }

    #[test]
    fn every_default_key_is_a_setting_and_back() {
        let s = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        let keys: Vec<String> = s.entries().into_iter().map(|(k, _)| k).collect();
        let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap_or_else(|e| panic!("{e}"));
        let mut shipped = Vec::new();
        for (section, v) in &table {
            for key in v
                .as_table()
                .map(|t| t.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
            {
                shipped.push(format!("{section}.{key}"));
            }
        }
        let (mut a, mut b) = (keys.clone(), shipped);
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(keys.first().map(String::as_str), Some("user.name"));
    }

    #[test]
    fn env_overrides_and_unknown_keys() {
        let env: BTreeMap<String, String> = [
            ("TEND_RULES__DAILY_CAP".to_string(), "3".to_string()),
            (
                "TEND_LINT__GENERIC".to_string(),
                "hope you are well, touch base".to_string(),
            ),
            ("TEND_NOW".to_string(), "2026-01-01".to_string()),
        ]
        .into();
        let s = Settings::build(None, &env).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.rules.daily_cap, 3);
        assert_eq!(s.lint.generic, ["hope you are well", "touch base"]);
        // Named as it was set, with the valid keys in order.
        let err = with_file("", &[("TEND_RULES__DAILY_CAPP", "3")]).unwrap_err();
        assert!(err.contains("unknown TEND_RULES__DAILY_CAPP: [rules] takes birthdays, busy_defer, care_period, closers, daily_cap, default_cadence, first_follow_up,"), "{err}");
        let err = with_file("[rules]\ndaily_capp = 3\n", &[]).unwrap_err();
        assert!(
            err.contains("unknown config key 'rules.daily_capp': [rules] takes birthdays, busy_defer,"),
            "{err}"
        );
        let err = with_file("", &[("TEND_RULEZ__DAILY_CAP", "3")]).unwrap_err();
        assert!(
            err.contains(
                "unknown setting TEND_RULEZ__DAILY_CAP: the sections are drafts, lint, model, notify, rules, sources, storage, user"
            ),
            "{err}"
        );
    }

    #[test]
    fn the_model_endpoint_stays_on_this_machine_unless_allowed() {
        let s = with_file(
            "[drafts]\nengine = \"model\"\n[model]\nendpoint = \"http://127.0.0.1:8080/v1/chat/completions\"\n",
            &[],
        );
        assert_eq!(s.map(|s| s.drafts.engine), Ok(crate::config::Engine::Model));
        let remote = "[model]\nendpoint = \"http://192.168.1.20:11434/v1/chat/completions\"\n";
        let err = with_file(remote, &[]).unwrap_err();
        assert!(
            err.starts_with(
                "config key 'model.endpoint': 'http://192.168.1.20:11434/v1/chat/completions' is not on this machine"
            ),
            "{err}"
        );
        assert!(!err.contains('\n'), "{err}");
        assert!(with_file(&format!("{remote}allow_remote = true\n"), &[]).is_ok());
        let err = with_file("[drafts]\nengine = \"gpt\"\n", &[]).unwrap_err();
        assert!(
            err.contains("drafts.engine") && err.contains("templates") && err.contains("model"),
            "{err}"
        );
        let err = with_file("[model]\ntimeout = \"5\"\n", &[]).unwrap_err();
        assert!(err.contains("model.timeout") && err.contains("8s or 500ms"), "{err}");
        let err = with_file("[model]\nmax_tokens = 0\n", &[]).unwrap_err();
        assert!(
            err.contains("model.max_tokens") && err.contains("from 1 to 4096"),
            "{err}"
        );
    }

    #[test]
    fn numbers_must_be_whole() {
        for (file, env, want) in [
            (
                "[rules]\ndaily_cap = 1.5\n",
                None,
                "config key 'rules.daily_cap': 1.5 is not a whole number",
            ),
            (
                "[rules]\nmax_unanswered = 2.7\n",
                None,
                "config key 'rules.max_unanswered': 2.7 is not a whole number",
            ),
            (
                "[rules]\ndaily_cap = \"3\"\n",
                None,
                "config key 'rules.daily_cap': \"3\" is not a whole number",
            ),
            (
                "",
                Some(("TEND_RULES__DAILY_CAP", "1.5")),
                "TEND_RULES__DAILY_CAP: \"1.5\" is not a whole number",
            ),
            (
                "[rules]\ndaily_cap = 0\n",
                None,
                "config key 'rules.daily_cap': must be at least 1",
            ),
            (
                "[rules]\ndaily_cap = -1\n",
                None,
                "config key 'rules.daily_cap': invalid value",
            ),
            (
                "[rules]\nbirthdays = \"yes\"\n",
                None,
                "config key 'rules.birthdays': \"yes\" is not true or false",
            ),
            (
                "[drafts]\nmax_chars = 10\n",
                None,
                "config key 'drafts.max_chars': 10 is too short: at least 40",
            ),
        ] {
            let err = with_file(file, env.as_slice()).unwrap_err();
            assert!(err.contains(want), "{file}: {err}");
        }
    }

    #[test]
    fn bad_values_name_the_key_and_are_cut_short() {
        let err = with_file("[rules]\nmin_gap = \"soon\"\n", &[]).unwrap_err();
        assert!(
            err.contains("config key 'rules.min_gap': invalid duration 'soon'"),
            "{err}"
        );
        let err = with_file("[notify]\nbackend = \"pigeon\"\n", &[]).unwrap_err();
        assert!(
            err.contains("config key 'notify.backend': unknown variant `pigeon`, expected `desktop` or `stdout`"),
            "{err}"
        );
        let huge = "x".repeat(1_000_000);
        for file in [
            format!("[rules]\nmin_gap = \"{huge}\"\n"),
            format!("[user]\ntimezone = \"{huge}\"\n"),
            format!("[notify]\ndigest = \"{huge}\"\n"),
            format!("[rules]\ndaily_cap = \"{huge}\"\n"),
            format!("[rules]\n{huge} = 1\n"),
        ] {
            let err = with_file(&file, &[]).unwrap_err();
            assert!(err.len() < 600, "{} chars: {}", err.len(), &err[..200]);
        }
    }

    #[test]
    fn syntax_errors_say_line_and_column_on_one_line() {
        let err = with_file("[user]\nname = \"Ana\"\n[rules]\ndaily_cap = = 3\n", &[]).unwrap_err();
        assert!(!err.contains('\n'), "{err}");
        assert!(err.contains("line 4, column 13: "), "{err}");
        assert!(err.ends_with("(in `daily_cap = = 3`)"), "{err}");
    }

    #[test]
    fn only_regular_files_of_sane_size_are_read() {
        let env = BTreeMap::new();
        let err = Settings::load(Path::new("/dev/zero"), true, &env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("'/dev/zero' is not a regular file"), "{err}");
        let err = with_file(&format!("# {}\n", "x".repeat(2 << 20)), &[]).unwrap_err();
        assert!(err.contains("larger than 1024 KiB"), "{err}");
    }

    #[test]
    fn sources_expand_the_home_and_must_be_absolute() {
        let home = crate::paths::home();
        let s = with_file(
            "[sources]\nmail = [\"~/Mail\", \"/var/mail/me\", \"~/Mail\", \"\"]\ncalendar = [\"~\"]\nlinkedin = \"~/Downloads\"\n",
            &[],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.sources.mail, [home.join("Mail"), PathBuf::from("/var/mail/me")]);
        assert_eq!(s.sources.calendar, std::slice::from_ref(&home));
        assert_eq!(s.sources.linkedin, Some(home.join("Downloads")));
        assert!(!s.sources.is_empty());
        assert!(
            Settings::defaults()
                .unwrap_or_else(|e| panic!("{e}"))
                .sources
                .is_empty()
        );

        let err = with_file("[sources]\nmail = [\"Mail\"]\n", &[]).unwrap_err();
        assert!(
            err.contains("config key 'sources.mail': 'Mail' is not an absolute path: start it with / or ~/"),
            "{err}"
        );
        let err = with_file("[sources]\nlinkedin = [\"/tmp\"]\n", &[]).unwrap_err();
        assert!(
            err.contains("'sources.linkedin'") && err.contains("is not a string"),
            "{err}"
        );
        let env = [("TEND_SOURCES__CALENDAR", "/a.ics, ~/cal")];
        let s = with_file("", &env).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.sources.calendar, [PathBuf::from("/a.ics"), home.join("cal")]);
    }

    #[test]
    fn the_shipped_digest_is_what_croner_accepts() {
        let table: toml::Table = toml::from_str(DEFAULT_TOML).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(table["notify"]["digest"].as_str(), Some(SHIPPED_DIGEST));
        let parsed = cron_parser().parse(SHIPPED_DIGEST);
        assert!(parsed.is_ok(), "{parsed:?}");
    }

    #[test]
    fn five_field_cron_is_accepted() {
        assert_eq!(
            normalize_cron("30 8 * * Mon-Fri"),
            Ok(Some("0 30 8 * * Mon-Fri".into()))
        );
        assert_eq!(normalize_cron(""), Ok(None));
        assert!(normalize_cron("every morning").is_err());
        assert!(normalize_cron("0 61 9 * * *").is_err());
    }

    #[test]
    fn a_step_without_a_range_loads_as_in_tend_0_1() {
        let s = with_file("[notify]\ndigest = \"0 5/15 9 * * Mon-Fri\"\n", &[]);
        assert_eq!(s.map(|s| s.notify.digest), Ok(Some("0 5/15 9 * * Mon-Fri".to_string())));
    }

    #[test]
    fn user_emails_come_from_the_file_or_the_environment_and_are_checked() {
        let s = with_file("[user]\nemails = [\" me@example.org \", \"Me@Work.example\"]\n", &[])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.user.emails, ["me@example.org", "Me@Work.example"]);
        let s = with_file("", &[("TEND_USER__EMAILS", "a@x.org, b@y.org")]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.user.emails, ["a@x.org", "b@y.org"]);
        assert!(
            with_file("", &[])
                .unwrap_or_else(|e| panic!("{e}"))
                .user
                .emails
                .is_empty()
        );
        let err = with_file("[user]\nemails = [\"me at example.org\"]\n", &[]).unwrap_err();
        assert!(
            err.contains("user.emails") && err.contains("'me at example.org'"),
            "{err}"
        );
        let err = with_file("[user]\nemails = \"me@example.org\"\n", &[]).unwrap_err();
        assert!(err.contains("user.emails"), "{err}");
    }
}

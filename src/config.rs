//! Settings: built-in defaults (the shipped `config/default.toml`, compiled
//! in, so every default is stated once) → the user's TOML file → `TEND_`
//! environment variables (`TEND_RULES__DAILY_CAP=3`). Every value is checked
//! here, and an error names the key.

use chrono_tz::Tz;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::model::Cadence;
use crate::time::{Duration, Hours};

/// The shipped defaults, with a comment per key.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub user: User,
    pub rules: Rules,
    pub drafts: Drafts,
    pub lint: Lint,
    pub notify: Notify,
    pub storage: Storage,
}

#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub name: String,
    pub timezone: Tz,
    /// Whether the zone came from the system rather than the file.
    pub timezone_from_system: bool,
    pub hours: Hours,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    pub reply_after: Duration,
    pub reply_window: Duration,
    pub first_follow_up: Duration,
    pub first_follow_up_window: Duration,
    pub default_cadence: Cadence,
    pub max_unanswered: u32,
    pub min_gap: Duration,
    pub milestone_window: Duration,
    pub birthdays: bool,
    pub closers: bool,
    pub sensitive_hold: Duration,
    pub care_period: Duration,
    pub busy_defer: Duration,
    pub post_recent: Duration,
    pub recipient_hours: Hours,
    pub overlap_wait: Duration,
    pub daily_cap: u32,
    pub learned_hours: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Drafts {
    pub max_chars: usize,
    /// Extra signs of each intent of a message (drafts.md "Reading what they wrote").
    pub intents: crate::intent::ExtraPhrases,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lint {
    pub generic: Vec<String>,
    pub formal: Vec<String>,
    pub call_to_action: Vec<String>,
    pub early_ask: Vec<String>,
    pub pitch: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Desktop,
    Stdout,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notify {
    pub backend: Backend,
    /// Six-field cron (seconds first), or `None` when the digest is off.
    pub digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Storage {
    pub path: Option<PathBuf>,
}

// The raw shape of the file, as strings and numbers, before validation.
#[derive(Deserialize)]
struct Raw {
    user: RawUser,
    rules: RawRules,
    drafts: RawDrafts,
    lint: RawLint,
    notify: RawNotify,
    storage: RawStorage,
}
#[derive(Deserialize)]
struct RawUser {
    name: String,
    timezone: String,
    hours: String,
}
#[derive(Deserialize)]
struct RawRules {
    reply_after: String,
    reply_window: String,
    first_follow_up: String,
    first_follow_up_window: String,
    default_cadence: String,
    max_unanswered: u32,
    min_gap: String,
    milestone_window: String,
    birthdays: bool,
    closers: bool,
    sensitive_hold: String,
    care_period: String,
    busy_defer: String,
    post_recent: String,
    recipient_hours: String,
    overlap_wait: String,
    daily_cap: u32,
    learned_hours: bool,
}
#[derive(Deserialize)]
struct RawDrafts {
    max_chars: usize,
    time: Vec<String>,
    pitch: Vec<String>,
    ask: Vec<String>,
    congrats: Vec<String>,
    thanks: Vec<String>,
    closers: Vec<String>,
}
#[derive(Deserialize)]
struct RawLint {
    generic: Vec<String>,
    formal: Vec<String>,
    call_to_action: Vec<String>,
    early_ask: Vec<String>,
    pitch: Vec<String>,
}
#[derive(Deserialize)]
struct RawNotify {
    backend: String,
    digest: String,
}
#[derive(Deserialize)]
struct RawStorage {
    path: String,
}

fn bad(key: &str, e: impl std::fmt::Display) -> Error {
    Error::Input(format!("config key '{key}': {e}"))
}

fn duration(key: &str, v: &str) -> Result<Duration, Error> {
    v.parse().map_err(|e| bad(key, e))
}

fn hours(key: &str, v: &str) -> Result<Hours, Error> {
    v.parse().map_err(|e| bad(key, e))
}

impl Settings {
    /// The built-in defaults alone.
    pub fn defaults() -> Result<Settings, Error> {
        Self::build(None, &BTreeMap::new())
    }

    /// Defaults, then the file at `path` if it exists (or must exist when
    /// `required`), then `TEND_SECTION__KEY` variables from `env`.
    pub fn load(path: &Path, required: bool, env: &BTreeMap<String, String>) -> Result<Settings, Error> {
        if required && !path.exists() {
            return Err(Error::Input(format!("config file '{}' does not exist", path.display())));
        }
        Self::build(path.exists().then_some(path), env)
    }

    fn build(path: Option<&Path>, env: &BTreeMap<String, String>) -> Result<Settings, Error> {
        use config::{Config, Environment, File, FileFormat};
        let defaults = Config::builder()
            .add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml))
            .build()
            .map_err(|e| Error::Failed(format!("built-in config: {e}")))?;
        let mut builder = Config::builder().add_source(File::from_str(DEFAULT_TOML, FileFormat::Toml));
        if let Some(p) = path {
            let text = std::fs::read_to_string(p)
                .map_err(|e| Error::Input(format!("cannot read config file '{}': {e}", p.display())))?;
            // Parsed here first so that a syntax error names the file and line.
            toml_check(&text).map_err(|e| Error::Input(format!("config file '{}': {e}", p.display())))?;
            builder = builder.add_source(File::from_str(&text, FileFormat::Toml));
        }
        let env_map: config::Map<String, String> = env
            .iter()
            .filter(|(k, _)| k.starts_with("TEND_") && k.contains("__"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        builder = builder.add_source(
            Environment::with_prefix("TEND")
                .prefix_separator("_")
                .separator("__")
                .try_parsing(true)
                .list_separator(",")
                .with_list_parse_key("lint.generic")
                .with_list_parse_key("lint.formal")
                .with_list_parse_key("lint.call_to_action")
                .with_list_parse_key("lint.early_ask")
                .with_list_parse_key("lint.pitch")
                .with_list_parse_key("drafts.time")
                .with_list_parse_key("drafts.pitch")
                .with_list_parse_key("drafts.ask")
                .with_list_parse_key("drafts.congrats")
                .with_list_parse_key("drafts.thanks")
                .with_list_parse_key("drafts.closers")
                .source(Some(env_map)),
        );
        let merged = builder.build().map_err(|e| Error::Input(format!("config: {e}")))?;
        check_known_keys(&defaults, &merged)?;
        let raw: Raw = merged
            .try_deserialize()
            .map_err(|e| Error::Input(format!("config: {e}")))?;
        Self::from_raw(raw)
    }

    fn from_raw(raw: Raw) -> Result<Settings, Error> {
        let (timezone, timezone_from_system) = if raw.user.timezone.trim().is_empty() {
            (crate::time::system_tz(), true)
        } else {
            (
                crate::time::parse_tz(&raw.user.timezone).map_err(|e| bad("user.timezone", e))?,
                false,
            )
        };
        let r = &raw.rules;
        if r.daily_cap == 0 {
            return Err(bad("rules.daily_cap", "must be at least 1"));
        }
        if r.max_unanswered == 0 {
            return Err(bad("rules.max_unanswered", "must be at least 1"));
        }
        if raw.drafts.max_chars < 40 {
            return Err(bad(
                "drafts.max_chars",
                format!("{} is too short: at least 40", raw.drafts.max_chars),
            ));
        }
        let backend = match raw.notify.backend.as_str() {
            "desktop" => Backend::Desktop,
            "stdout" => Backend::Stdout,
            other => {
                return Err(bad(
                    "notify.backend",
                    format!("'{other}': expected 'desktop' or 'stdout'"),
                ));
            }
        };
        let digest = normalize_cron(&raw.notify.digest).map_err(|e| bad("notify.digest", e))?;
        Ok(Settings {
            user: User {
                name: raw.user.name,
                timezone,
                timezone_from_system,
                hours: hours("user.hours", &raw.user.hours)?,
            },
            rules: Rules {
                reply_after: duration("rules.reply_after", &r.reply_after)?,
                reply_window: duration("rules.reply_window", &r.reply_window)?,
                first_follow_up: duration("rules.first_follow_up", &r.first_follow_up)?,
                first_follow_up_window: duration("rules.first_follow_up_window", &r.first_follow_up_window)?,
                default_cadence: r.default_cadence.parse().map_err(|e| bad("rules.default_cadence", e))?,
                max_unanswered: r.max_unanswered,
                min_gap: duration("rules.min_gap", &r.min_gap)?,
                milestone_window: duration("rules.milestone_window", &r.milestone_window)?,
                birthdays: r.birthdays,
                closers: r.closers,
                sensitive_hold: duration("rules.sensitive_hold", &r.sensitive_hold)?,
                care_period: duration("rules.care_period", &r.care_period)?,
                busy_defer: duration("rules.busy_defer", &r.busy_defer)?,
                post_recent: duration("rules.post_recent", &r.post_recent)?,
                recipient_hours: hours("rules.recipient_hours", &r.recipient_hours)?,
                overlap_wait: duration("rules.overlap_wait", &r.overlap_wait)?,
                daily_cap: r.daily_cap,
                learned_hours: r.learned_hours,
            },
            drafts: Drafts {
                max_chars: raw.drafts.max_chars,
                intents: crate::intent::ExtraPhrases {
                    time: raw.drafts.time,
                    pitch: raw.drafts.pitch,
                    ask: raw.drafts.ask,
                    congrats: raw.drafts.congrats,
                    thanks: raw.drafts.thanks,
                    closers: raw.drafts.closers,
                },
            },
            lint: Lint {
                generic: raw.lint.generic,
                formal: raw.lint.formal,
                call_to_action: raw.lint.call_to_action,
                early_ask: raw.lint.early_ask,
                pitch: raw.lint.pitch,
            },
            notify: Notify { backend, digest },
            storage: Storage {
                path: (!raw.storage.path.trim().is_empty()).then(|| PathBuf::from(raw.storage.path.trim())),
            },
        })
    }
}

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
    // Checked with the same parser the daemon's scheduler uses.
    croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Required)
        .dom_and_dow(true)
        .build()
        .parse(&six)
        .map_err(|e| format!("'{expr}' is not a valid cron expression: {e}"))?;
    Ok(Some(six))
}

fn toml_check(text: &str) -> Result<(), String> {
    use config::{Config, File, FileFormat};
    Config::builder()
        .add_source(File::from_str(text, FileFormat::Toml))
        .build()
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn check_known_keys(defaults: &config::Config, merged: &config::Config) -> Result<(), Error> {
    type Table = config::Map<String, config::Value>;
    let known: Table = defaults
        .clone()
        .try_deserialize()
        .map_err(|e| Error::Failed(e.to_string()))?;
    let given: Table = merged
        .clone()
        .try_deserialize()
        .map_err(|e| Error::Input(format!("config: {e}")))?;
    for (section, value) in given {
        let Some(known_section) = known.get(&section) else {
            let valid = known.keys().cloned().collect::<Vec<_>>().join(", ");
            return Err(Error::Input(format!(
                "config: unknown section '[{section}]': expected one of {valid}"
            )));
        };
        let known_keys: Table = known_section
            .clone()
            .into_table()
            .map_err(|e| Error::Failed(e.to_string()))?;
        let keys: Table = value
            .into_table()
            .map_err(|_| Error::Input(format!("config: '{section}' must be a table ([{section}])")))?;
        for key in keys.keys() {
            if !known_keys.contains_key(key) {
                let valid = known_keys.keys().cloned().collect::<Vec<_>>().join(", ");
                return Err(Error::Input(format!(
                    "config: unknown key '{section}.{key}': [{section}] takes {valid}"
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_defaults_parse_to_the_documented_values() {
        let s = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.rules.daily_cap, 5);
        assert_eq!(s.rules.reply_after.to_string(), "1d");
        assert_eq!(s.rules.default_cadence.to_string(), "6w");
        assert_eq!(s.user.hours.to_string(), "Mon-Fri 09:00-18:00");
        assert_eq!(s.rules.recipient_hours.to_string(), "Mon-Fri 09:00-17:00");
        assert_eq!(s.drafts.max_chars, 300);
        assert_eq!(s.notify.backend, Backend::Desktop);
        assert_eq!(s.notify.digest.as_deref(), Some("0 0 9 * * Mon-Fri"));
        assert!(!s.rules.birthdays);
        assert!(s.storage.path.is_none());
    }

    #[test]
    fn env_overrides_and_unknown_keys() {
        let env: BTreeMap<String, String> = [
            ("TEND_RULES__DAILY_CAP".to_string(), "3".to_string()),
            ("TEND_NOW".to_string(), "2026-01-01".to_string()),
        ]
        .into();
        let s = Settings::build(None, &env).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.rules.daily_cap, 3);
        let env: BTreeMap<String, String> = [("TEND_RULES__DAILY_CAPP".to_string(), "3".to_string())].into();
        let err = Settings::build(None, &env).unwrap_err().to_string();
        assert!(err.contains("rules.daily_capp"), "{err}");
    }

    #[test]
    fn five_field_cron_is_accepted() {
        assert_eq!(
            normalize_cron("30 8 * * Mon-Fri"),
            Ok(Some("0 30 8 * * Mon-Fri".into()))
        );
        assert_eq!(normalize_cron(""), Ok(None));
        assert!(normalize_cron("every morning").is_err());
    }
}

//! One error type for the whole crate; each error knows its exit status.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad usage or invalid input: exit 2.
    #[error("{0}")]
    Input(String),
    /// The command could not do its work (a failed import, ...): exit 1.
    #[error("{0}")]
    Failed(String),
    /// A setting the config does not know, as it was spelled (`[rules]
    /// foo` or `TEND_RULES__FOO`): exit 2, with the keys its section takes.
    #[error("config: unknown {name}: [{section}] takes {takes}")]
    UnknownConfigKey {
        name: String,
        section: String,
        takes: String,
    },
    /// A known setting with a value it cannot take: exit 2.
    #[error("config key '{key}': {why}")]
    BadConfigValue { key: String, why: String },
    /// No contact has this id: exit 1.
    #[error("no contact with id {0}")]
    NoSuchId(i64),
    /// No contact's name holds the text: exit 1. `nearest`: up to three
    /// names that come close, with their ids.
    #[error("no contact matches '{needle}'{}", nearest_hint(.nearest))]
    NoMatch {
        needle: String,
        nearest: Vec<(i64, String)>,
    },
    /// The text is in several contacts' names and none is exactly it: exit
    /// 1. `candidates`: every match, with its id.
    #[error("'{needle}' matches {} contacts: {}; use an id or more of the name", .candidates.len(), shown_candidates(.candidates))]
    Ambiguous {
        needle: String,
        candidates: Vec<(i64, String)>,
    },
    /// The contact has no open nudge: exit 1, with the planner's reason
    /// when it gave one.
    #[error("{name} has no open nudge{}", .why.as_ref().map(|w| format!(": {w}")).unwrap_or_default())]
    NoOpenNudge { name: String, why: Option<String> },
    /// The disk refused a write (a read-only file, a full disk): exit 1.
    /// `context` says what was being written; nothing of it was kept.
    #[error("{context}: database '{}' {why}; nothing was changed", .path.display())]
    NotWritable {
        context: String,
        path: PathBuf,
        why: WriteRefused,
    },
    /// The file is not an SQLite database tend can read: exit 1.
    #[error("'{}' is not a tend database: {detail}", .path.display())]
    NotATendDatabase { path: PathBuf, detail: String },
    /// A stored value tend cannot read (a database edited by hand): exit 1.
    /// `row` names the row ("interaction 5"), `value` what it holds.
    #[error(
        "contact {contact}: {row} has {column} {value}, which tend cannot read (was the database edited by hand? \
         'tend forget {contact}' removes the contact and its records)"
    )]
    Damaged {
        contact: i64,
        row: String,
        column: String,
        value: String,
    },
    /// Writing JSON out failed: exit 1.
    #[error("encoding JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{context}: {source}")]
    Store {
        context: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why the disk refused a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteRefused {
    /// A read-only file system, or a file the user cannot write.
    ReadOnly,
    DiskFull,
    /// An I/O error while writing (most often a full disk too).
    Io,
}

impl std::fmt::Display for WriteRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WriteRefused::ReadOnly => "is read-only here (a read-only file system, or a file you cannot write)",
            WriteRefused::DiskFull => "is on a full disk",
            WriteRefused::Io => "could not be written to disk (is it full?)",
        })
    }
}

/// "; the nearest: Ann (id 3), Anna (id 7)", or nothing.
fn nearest_hint(nearest: &[(i64, String)]) -> String {
    if nearest.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = nearest.iter().map(|(id, n)| format!("{n} (id {id})")).collect();
    format!("; the nearest: {}", shown.join(", "))
}

/// The first ten candidates with their ids, and how many more.
fn shown_candidates(candidates: &[(i64, String)]) -> String {
    const SHOWN: usize = 10;
    let shown: Vec<String> = candidates
        .iter()
        .take(SHOWN)
        .map(|(id, n)| format!("{n} (id {id})"))
        .collect();
    let more = candidates.len().saturating_sub(SHOWN);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input(_) | Error::UnknownConfigKey { .. } | Error::BadConfigValue { .. } => 2,
            _ => 1,
        }
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn io_at(what: &str, path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            context: format!("{what} '{}'", path.display()),
            source,
        }
    }
}

/// Adds context to rusqlite results: `.ctx("reading contacts")?`.
pub trait StoreContext<T> {
    fn ctx(self, context: &str) -> Result<T>;
}

impl<T> StoreContext<T> for std::result::Result<T, rusqlite::Error> {
    fn ctx(self, context: &str) -> Result<T> {
        self.map_err(|source| Error::Store {
            context: context.to_string(),
            source,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The domain errors keep the exit statuses of the sentences they
    /// replaced: bad configuration 2, a contact or nudge not found 1.
    #[test]
    fn domain_errors_keep_their_exit_statuses_and_words() {
        let unknown = Error::UnknownConfigKey {
            name: "rules.foo".into(),
            section: "rules".into(),
            takes: "a, b".into(),
        };
        assert_eq!(
            (unknown.exit_code(), unknown.to_string().as_str()),
            (2, "config: unknown rules.foo: [rules] takes a, b")
        );
        let bad = Error::BadConfigValue {
            key: "rules.daily_cap".into(),
            why: "must be at least 1".into(),
        };
        assert_eq!(
            (bad.exit_code(), bad.to_string().as_str()),
            (2, "config key 'rules.daily_cap': must be at least 1")
        );
        let many: Vec<(i64, String)> = (1..=12).map(|i| (i, format!("Ann {i}"))).collect();
        let ambiguous = Error::Ambiguous {
            needle: "ann".into(),
            candidates: many,
        };
        assert_eq!(ambiguous.exit_code(), 1);
        assert!(
            ambiguous
                .to_string()
                .starts_with("'ann' matches 12 contacts: Ann 1 (id 1), "),
            "{ambiguous}"
        );
        assert!(
            ambiguous
                .to_string()
                .ends_with("Ann 10 (id 10) and 2 more; use an id or more of the name"),
            "{ambiguous}"
        );
        let none = Error::NoOpenNudge {
            name: "Sara Lee".into(),
            why: None,
        };
        assert_eq!(
            (none.exit_code(), none.to_string().as_str()),
            (1, "Sara Lee has no open nudge")
        );
        assert_eq!(Error::NoSuchId(7).to_string(), "no contact with id 7");
        let damaged = Error::Damaged {
            contact: 4,
            row: "interaction 9".into(),
            column: "channel".into(),
            value: "'fax'".into(),
        };
        assert_eq!(
            (damaged.exit_code(), damaged.to_string().as_str()),
            (
                1,
                "contact 4: interaction 9 has channel 'fax', which tend cannot read (was the database edited by \
                 hand? 'tend forget 4' removes the contact and its records)"
            )
        );
    }
}

//! One error type for the whole crate; each error knows its exit status.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad usage or invalid input: exit 2.
    #[error("{0}")]
    Input(String),
    /// The command could not do its work (missing contact, failed import): exit 1.
    #[error("{0}")]
    Failed(String),
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

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input(_) => 2,
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

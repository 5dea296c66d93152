//! Where tend's files live: XDG directories with `TEND_CONFIG` and `TEND_DB`
//! overrides; and opening only regular files (never a device or a FIFO).

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `$HOME`, else the current folder.
pub fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| home().join(fallback))
}

/// The config file and whether the user named it explicitly (then it must exist).
pub fn config_file() -> (PathBuf, bool) {
    match std::env::var_os("TEND_CONFIG") {
        Some(p) if !p.is_empty() => (PathBuf::from(p), true),
        _ => (
            xdg("XDG_CONFIG_HOME", ".config").join("tend").join("config.toml"),
            false,
        ),
    }
}

/// The folder holding the config file, where user templates live too.
pub fn config_dir() -> PathBuf {
    let (file, _) = config_file();
    file.parent().map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

/// `$TEND_DB`, else the configured path, else `$XDG_DATA_HOME/tend/tend.db`.
pub fn database(configured: Option<&PathBuf>) -> PathBuf {
    match std::env::var_os("TEND_DB") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => configured
            .cloned()
            .unwrap_or_else(|| xdg("XDG_DATA_HOME", ".local/share").join("tend").join("tend.db")),
    }
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
pub fn config_home() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config")
}

/// `$XDG_DATA_HOME`, else `~/.local/share`.
pub fn data_home() -> PathBuf {
    xdg("XDG_DATA_HOME", ".local/share")
}

/// Opens `path` for reading if it is a regular file (after links). A
/// device (`/dev/zero`) never ends, and opening a FIFO blocks until someone
/// writes to it, while the import holds the database's write lock.
pub fn open_regular(path: &Path) -> std::io::Result<File> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = File::open(path)?;
    // What was opened is what was looked at, even if the name changed since.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(not_regular(&opened));
    }
    Ok(file)
}

/// The bytes of the regular file at `path`, when it holds at most `cap`.
pub fn read_regular(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    open_regular(path)?.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("it is larger than {} KiB", cap / 1024),
        ));
    }
    Ok(bytes)
}

fn not_regular(meta: &std::fs::Metadata) -> std::io::Error {
    let what = if meta.is_dir() {
        "a folder"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let t = meta.file_type();
            if t.is_fifo() {
                "a FIFO (named pipe)"
            } else if t.is_socket() {
                "a socket"
            } else {
                "a device"
            }
        }
        #[cfg(not(unix))]
        {
            "a device"
        }
    };
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("it is {what}, not a regular file"),
    )
}

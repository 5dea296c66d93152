//! Where tend's files live: XDG directories with `TEND_CONFIG` and `TEND_DB`
//! overrides.

use std::path::PathBuf;

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

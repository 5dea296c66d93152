//! `tend service install|uninstall`: the systemd user unit.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// The unit as shipped in `systemd/tend.service`.
pub const UNIT: &str = include_str!("../../systemd/tend.service");
pub const UNIT_NAME: &str = "tend.service";

/// The shipped unit with `ExecStart` running `exe`.
pub fn unit_text(exe: &Path) -> String {
    let exec = format!("ExecStart={} daemon", unit_word(&exe.to_string_lossy()));
    UNIT.lines()
        .map(|l| if l.starts_with("ExecStart=") { exec.as_str() } else { l })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Escapes a path for a unit file: `%` is a specifier, and a path with spaces
/// or quotes must be quoted.
fn unit_word(s: &str) -> String {
    let s = s.replace('%', "%%").replace('$', "$$");
    if s.contains(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == '\\') {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        s
    }
}

/// `$XDG_CONFIG_HOME/systemd/user/tend.service`.
pub fn unit_path() -> PathBuf {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| {
            std::env::var_os("HOME")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("."))
                .join(".config")
        });
    config.join("systemd").join("user").join(UNIT_NAME)
}

fn systemctl(args: &[&str]) -> std::result::Result<(), String> {
    match Command::new("systemctl").arg("--user").args(args).output() {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => {
            let err = String::from_utf8_lossy(&o.stderr);
            let line = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
            Err(format!("'systemctl --user {}' failed: {line}", args.join(" ")))
        }
        Err(e) => Err(format!("cannot run systemctl: {e}")),
    }
}

/// Writes the unit, then reloads systemd and enables and starts the service.
/// Without a reachable systemd user manager nothing is written.
pub fn install() -> Result<String> {
    systemctl(&["show-environment"]).map_err(|e| {
        Error::Failed(format!(
            "systemd's user manager is not reachable ({e}); without systemd, start 'tend daemon' from your session's autostart"
        ))
    })?;
    let exe = std::env::current_exe().map_err(|e| Error::io("finding the tend binary", e))?;
    let path = unit_path();
    let before = std::fs::read_to_string(&path).ok();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io_at("cannot create folder", dir, e))?;
    }
    std::fs::write(&path, unit_text(&exe)).map_err(|e| Error::io_at("cannot write", &path, e))?;
    let enabled = systemctl(&["daemon-reload"]).and_then(|()| systemctl(&["enable", "--now", UNIT_NAME]));
    if let Err(e) = enabled {
        // Leave things as they were.
        let _ = match before {
            Some(old) => std::fs::write(&path, old),
            None => std::fs::remove_file(&path),
        };
        let _ = systemctl(&["daemon-reload"]);
        return Err(Error::Failed(e));
    }
    Ok(format!(
        "Installed {} and started it; it starts with your graphical session from now on.\nLogs: journalctl --user -u tend\n",
        path.display()
    ))
}

/// Stops and disables the service and removes the unit.
pub fn uninstall() -> Result<String> {
    let path = unit_path();
    if !path.exists() {
        return Ok(format!("Nothing to remove: {} does not exist.\n", path.display()));
    }
    let reachable = systemctl(&["show-environment"]).is_ok();
    if reachable {
        systemctl(&["disable", "--now", UNIT_NAME]).map_err(Error::Failed)?;
    }
    std::fs::remove_file(&path).map_err(|e| Error::io_at("cannot remove", &path, e))?;
    if reachable {
        let _ = systemctl(&["daemon-reload"]);
    }
    Ok(format!("Removed {}.\n", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_start_runs_the_given_binary() {
        let text = unit_text(Path::new("/opt/my tools/tend"));
        assert!(text.contains("\nExecStart=\"/opt/my tools/tend\" daemon\n"), "{text}");
        assert!(text.contains("Type=notify"));
        assert_eq!(text.matches("ExecStart=").count(), 1);
        assert!(unit_text(Path::new("/home/u/100%/tend")).contains("ExecStart=/home/u/100%%/tend daemon"));
    }
}

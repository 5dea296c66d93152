//! `tend service install|uninstall`: the systemd user unit, or an XDG
//! autostart entry for sessions without systemd, plus the shell completions
//! and manual pages where bash, zsh, fish and man look for a user's own.

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
    crate::paths::config_home().join("systemd").join("user").join(UNIT_NAME)
}

/// `$XDG_CONFIG_HOME/autostart/tend.desktop`, which XDG-compliant sessions
/// start at login (GNOME, KDE, Xfce, LXQt, and others without systemd).
pub fn autostart_path() -> PathBuf {
    crate::paths::config_home().join("autostart").join("tend.desktop")
}

/// The autostart entry running `exe daemon`.
pub fn desktop_entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name=tend\n\
         GenericName=Follow-up reminders\n\
         Comment=Notifies you when it is time to write to someone in your network\n\
         Exec={} daemon\n\
         Terminal=false\n\
         NoDisplay=true\n\
         X-GNOME-Autostart-enabled=true\n",
        exec_word(&exe.to_string_lossy())
    )
}

/// Quotes a path for a desktop entry's `Exec` key: `%` is a field code, an
/// argument with reserved characters is double-quoted with `"`, `` ` ``,
/// `$` and `\` backslash-escaped, and then every backslash is doubled again
/// (the string escape rule applies before the quoting rule).
fn exec_word(s: &str) -> String {
    let s = s.replace('%', "%%");
    let reserved = |c: char| c.is_whitespace() || "\"'\\><~|&;$*?#()`".contains(c);
    if !s.contains(reserved) {
        return s;
    }
    let mut quoted = String::from("\"");
    for c in s.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    quoted.replace('\\', "\\\\")
}

/// A file that install writes and uninstall removes.
pub struct UserFile {
    pub path: PathBuf,
    pub content: Vec<u8>,
}

/// Where the shell completions go: the folders each shell reads a user's
/// own completions from (zsh has none by default: see `zsh_hint`).
pub fn completion_paths() -> [(clap_complete::Shell, PathBuf); 3] {
    let data = crate::paths::data_home();
    let config = crate::paths::config_home();
    [
        (
            clap_complete::Shell::Bash,
            data.join("bash-completion").join("completions").join("tend"),
        ),
        (
            clap_complete::Shell::Zsh,
            data.join("zsh").join("site-functions").join("_tend"),
        ),
        (
            clap_complete::Shell::Fish,
            config.join("fish").join("completions").join("tend.fish"),
        ),
    ]
}

/// Where `man` finds the pages of this binary: man-db searches
/// `../share/man` of every folder on `PATH`, so beside the `bin` folder the
/// binary runs from when that is in the home (`~/.cargo/bin/tend`, as
/// `cargo install` puts it: `~/.cargo/share/man/man1`); else
/// `$XDG_DATA_HOME/man/man1`, found while `~/.local/bin` is on `PATH`, and
/// always with `MANPATH` or `man -M`.
pub fn man_dir() -> PathBuf {
    let home = crate::paths::home();
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
        .filter(|bin| bin.file_name().is_some_and(|n| n == "bin") && home.is_absolute() && bin.starts_with(&home))
        .and_then(|bin| bin.parent().map(|root| root.join("share").join("man").join("man1")))
        .unwrap_or_else(|| crate::paths::data_home().join("man").join("man1"))
}

/// The folder on `PATH` through which man-db finds [`man_dir`]: the `bin`
/// beside its `share`.
fn man_bin_dir() -> PathBuf {
    man_dir()
        .ancestors()
        .nth(3)
        .map_or_else(|| PathBuf::from("~/.local/bin"), |root| root.join("bin"))
}

fn write_files(files: &[UserFile]) -> Result<()> {
    for f in files {
        if let Some(dir) = f.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io_at("cannot create folder", dir, e))?;
        }
        std::fs::write(&f.path, &f.content).map_err(|e| Error::io_at("cannot write", &f.path, e))?;
    }
    Ok(())
}

fn remove_files(files: &[UserFile]) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for f in files {
        match std::fs::remove_file(&f.path) {
            Ok(()) => removed.push(f.path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io_at("cannot remove", &f.path, e)),
        }
    }
    Ok(removed)
}

fn extras_text(files: &[UserFile]) -> String {
    let zsh = completion_paths()[1].1.clone();
    let zsh_dir = zsh.parent().map(Path::to_path_buf).unwrap_or_default();
    format!(
        "Wrote {} completion and manual files: bash and fish find theirs; for zsh add\n  \
         fpath+=({}) before compinit in ~/.zshrc;\nman tend finds the manual in {} while {} is on your PATH \
         (else: MANPATH=\"{}:\" man tend).\n",
        files.len(),
        zsh_dir.display(),
        man_dir().display(),
        man_bin_dir().display(),
        man_dir().parent().map(Path::to_path_buf).unwrap_or_default().display(),
    )
}

/// `tend service install --autostart`: the XDG autostart entry (no systemd
/// needed) and the completions and manual pages.
pub fn install_autostart(extras: &[UserFile]) -> Result<String> {
    let exe = std::env::current_exe().map_err(|e| Error::io("finding the tend binary", e))?;
    let path = autostart_path();
    let mut files = vec![UserFile {
        path: path.clone(),
        content: desktop_entry(&exe).into_bytes(),
    }];
    files.extend(extras.iter().map(|f| UserFile {
        path: f.path.clone(),
        content: f.content.clone(),
    }));
    write_files(&files)?;
    Ok(format!(
        "Installed {}: your session starts 'tend daemon' at your next login (run it now with 'tend daemon &').\n{}",
        path.display(),
        extras_text(extras)
    ))
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
pub fn install(extras: &[UserFile]) -> Result<String> {
    systemctl(&["show-environment"]).map_err(|e| {
        Error::Failed(format!(
            "systemd's user manager is not reachable ({e}); without systemd, 'tend service install --autostart' starts the daemon with your desktop session"
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
    write_files(extras)?;
    Ok(format!(
        "Installed {} and started it; it starts with your graphical session from now on.\nLogs: journalctl --user -u tend\n{}",
        path.display(),
        extras_text(extras)
    ))
}

/// Stops and disables the service and removes the unit, the autostart
/// entry, the completions and the manual pages, whichever exist.
pub fn uninstall(extras: &[UserFile]) -> Result<String> {
    let mut removed = remove_files(extras)?;
    let autostart = autostart_path();
    if autostart.exists() {
        std::fs::remove_file(&autostart).map_err(|e| Error::io_at("cannot remove", &autostart, e))?;
        removed.push(autostart);
    }
    let path = unit_path();
    if !path.exists() {
        if removed.is_empty() {
            return Ok(format!("Nothing to remove: {} does not exist.\n", path.display()));
        }
        return Ok(format!(
            "Removed the {} files that 'tend service install' wrote.\n",
            removed.len()
        ));
    }
    let reachable = systemctl(&["show-environment"]).is_ok();
    if reachable {
        systemctl(&["disable", "--now", UNIT_NAME]).map_err(Error::Failed)?;
    }
    std::fs::remove_file(&path).map_err(|e| Error::io_at("cannot remove", &path, e))?;
    if reachable {
        let _ = systemctl(&["daemon-reload"]);
    }
    Ok(format!(
        "Removed {} and {} other files.\n",
        path.display(),
        removed.len()
    ))
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

    #[test]
    fn autostart_exec_quotes_as_the_desktop_entry_spec_says() {
        assert_eq!(exec_word("/usr/bin/tend"), "/usr/bin/tend");
        assert_eq!(exec_word("/opt/my tools/tend"), "\"/opt/my tools/tend\"");
        assert_eq!(exec_word("/home/u/100%/tend"), "/home/u/100%%/tend");
        // `$` is escaped inside quotes; that backslash is then doubled.
        assert_eq!(exec_word("/home/a$b/tend"), "\"/home/a\\\\$b/tend\"");
        let entry = desktop_entry(Path::new("/usr/bin/tend"));
        assert!(entry.contains("\nExec=/usr/bin/tend daemon\n"), "{entry}");
        assert!(entry.starts_with("[Desktop Entry]\nType=Application\n"), "{entry}");
    }
}

//! The helpers behind *Copy draft* and *Open profile*: other programs, run
//! on a thread of their own so that a slow one never holds up the daemon.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

fn set(var: &str) -> bool {
    std::env::var_os(var).is_some_and(|v| !v.is_empty())
}

/// Puts `text` on the clipboard with wl-copy (Wayland) or xclip (X11).
pub fn copy_to_clipboard(text: String) {
    let candidates: [(&str, &[&str], bool); 2] = [
        ("wl-copy", &[], set("WAYLAND_DISPLAY")),
        ("xclip", &["-selection", "clipboard"], set("DISPLAY")),
    ];
    let Some((program, args)) = candidates
        .iter()
        .filter(|(_, _, session)| *session)
        .find_map(|(p, a, _)| on_path(p).map(|path| (path, *a)))
    else {
        tracing::warn!("Copy draft: install wl-copy (Wayland) or xclip (X11) to copy drafts to the clipboard");
        return;
    };
    std::thread::spawn(move || {
        let run = || -> std::io::Result<std::process::ExitStatus> {
            let mut child = Command::new(&program)
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()?;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes())?;
            }
            // Both tools fork a child that serves the clipboard; this one returns.
            child.wait()
        };
        match run() {
            Ok(s) if s.success() => tracing::info!("draft copied to the clipboard"),
            Ok(s) => tracing::warn!("Copy draft: {} exited with {s}", program.display()),
            Err(e) => tracing::warn!("Copy draft: cannot run {}: {e}", program.display()),
        }
    });
}

/// Opens the contact's profile in the browser with xdg-open.
pub fn open_url(url: String) {
    let u = url.trim().to_string();
    // Only web addresses: anything else could be taken for an option or a file.
    if !(u.starts_with("https://") || u.starts_with("http://")) {
        tracing::warn!("Open profile: '{u}' is not a web address (http:// or https://)");
        return;
    }
    let Some(program) = on_path("xdg-open") else {
        tracing::warn!("Open profile: xdg-open is not installed; the profile is {u}");
        return;
    };
    std::thread::spawn(
        move || match Command::new(&program).arg(&u).stdin(Stdio::null()).status() {
            Ok(s) if s.success() => tracing::info!("opened {u}"),
            Ok(s) => tracing::warn!("Open profile: xdg-open exited with {s}"),
            Err(e) => tracing::warn!("Open profile: cannot run xdg-open: {e}"),
        },
    );
}

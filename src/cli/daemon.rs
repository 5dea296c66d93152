//! `tend daemon` and `tend service`.

use super::args::{DaemonArgs, ServiceCommand};
use super::output::emit;
use crate::daemon::service::{UserFile, completion_paths, man_dir};
use crate::error::Result;

/// The completions for bash, zsh and fish and every manual page, at the
/// places those tools look for a user's own.
fn user_files() -> Result<Vec<UserFile>> {
    let mut files: Vec<UserFile> = completion_paths()
        .into_iter()
        .map(|(shell, path)| {
            let mut content = Vec::new();
            super::write_completions(shell, &mut content);
            UserFile { path, content }
        })
        .collect();
    let dir = man_dir();
    for (name, content) in super::man_pages()? {
        files.push(UserFile {
            path: dir.join(name),
            content,
        });
    }
    Ok(files)
}

pub fn run(a: DaemonArgs) -> Result<i32> {
    let (settings, clock, _) = crate::app::load_settings()?;
    super::warn_if_pinned(
        &clock,
        settings.user.timezone,
        "deliveries and imports are recorded as of",
    );
    crate::daemon::run(a.once)
}

pub fn service(c: ServiceCommand) -> Result<i32> {
    use crate::daemon::service;
    let extras = user_files()?;
    let text = match c {
        ServiceCommand::Install(a) if a.autostart => service::install_autostart(&extras)?,
        ServiceCommand::Install(_) => service::install(&extras)?,
        ServiceCommand::Uninstall => service::uninstall(&extras)?,
    };
    emit(&text)?;
    Ok(0)
}

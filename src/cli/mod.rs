//! Argument parsing, dispatch, output and exit statuses. Each command lives
//! in the file of its area as `fn(&mut App, args) -> Result<i32>` (the exit
//! status): the dispatch opens the one [`App`] of the run, checks the
//! arguments that need no database before, and closes it after.

pub mod args;
mod contacts;
mod daemon;
mod demo;
mod export;
mod import;
mod lint;
mod nudges;
pub mod output;
mod stats;

use clap::Parser;
use std::io::Write;

use crate::app::App;
use crate::error::{Error, Result};
use args::{Cli, Command};

/// Runs the CLI with the process arguments; returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "error: {}", one_line(&e.to_string()));
            e.exit_code()
        }
    }
}

/// Help and version go to stdout with status 0; usage errors are one line
/// on stderr with status 2 (cli.md), pointing at `--help`.
fn clap_error(e: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            2
        }
        _ => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("error: invalid usage");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            let _ = writeln!(std::io::stderr(), "error: {} (see 'tend --help')", one_line(first));
            2
        }
    }
}

/// Errors are one line: inner line breaks (from a bad value) become spaces.
fn one_line(s: &str) -> String {
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        // These need no database, or open their own (the daemon's lives on,
        // the demo's is in memory).
        Command::Config(a) => contacts::config(a),
        Command::Daemon(a) => daemon::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Service(c) => daemon::service(c),
        Command::Completions { shell } => completions(shell),
        Command::Add(a) => with_app(|app| contacts::add(app, a)),
        Command::Edit(a) => with_app(|app| contacts::edit(app, a)),
        Command::Rm(a) => with_app(|app| contacts::rm(app, a)),
        Command::Forget(a) => with_app(|app| contacts::forget(app, a)),
        Command::List(a) => with_app(|app| contacts::list(app, a)),
        Command::Show(a) => with_app(|app| contacts::show(app, a)),
        Command::Log(a) => {
            let direction = contacts::log_direction(&a)?;
            with_app(|app| contacts::log(app, a, direction))
        }
        Command::Event(a) => with_app(|app| contacts::event(app, a)),
        Command::Agenda(a) => with_app(|app| nudges::agenda(app, a)),
        Command::Draft(a) => with_app(|app| nudges::draft(app, a)),
        Command::Done(a) => with_app(|app| nudges::done(app, a)),
        Command::Snooze(a) => with_app(|app| nudges::snooze(app, a)),
        Command::Skip(a) => with_app(|app| nudges::skip(app, a)),
        Command::Lint(mut a) => {
            let text = lint::message(a.text.take())?;
            with_app(|app| lint::run(app, a, text))
        }
        Command::Import(c) => {
            import::check(&c)?;
            with_app(|app| import::run(app, c))
        }
        Command::Export(c) => with_app(|app| export::run(app, c)),
        Command::Stats(a) => with_app(|app| stats::run(app, a)),
    }
}

/// Opens the run's one [`App`], runs `command` with it, and closes it.
fn with_app(command: impl FnOnce(&mut App) -> Result<i32>) -> Result<i32> {
    let mut app = App::open()?;
    let code = command(&mut app)?;
    app.close()?;
    Ok(code)
}

fn completions(shell: args::Shell) -> Result<i32> {
    use clap::CommandFactory;
    use clap_complete::Shell as S;
    let shell = match shell {
        args::Shell::Bash => S::Bash,
        args::Shell::Zsh => S::Zsh,
        args::Shell::Fish => S::Fish,
        args::Shell::Elvish => S::Elvish,
        args::Shell::Powershell => S::PowerShell,
    };
    clap_complete::generate(shell, &mut Cli::command(), "tend", &mut std::io::stdout());
    Ok(0)
}

/// For commands another issue has yet to build.
#[allow(dead_code)]
fn not_yet(what: &str) -> Result<i32> {
    Err(Error::Failed(format!("'{what}' is not available in this build yet")))
}

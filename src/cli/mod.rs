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
mod model;
mod nudges;
pub mod output;
mod records;
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
            let _ = writeln!(std::io::stderr(), "error: {} (see 'tend --help')", usage_error(&e));
            2
        }
    }
}

/// clap's error on one line: its message, the arguments it names and its
/// tip ("a similar subcommand exists: 'agenda'"), without the usage block.
fn usage_error(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let mut text = String::new();
    for line in rendered.lines().map(str::trim) {
        if line.starts_with("Usage:") || line.starts_with("For more information") {
            break;
        }
        if line.is_empty() {
            continue;
        }
        let line = line.strip_prefix("error: ").unwrap_or(line);
        if !text.is_empty() {
            text.push_str(if line.starts_with("tip:") { "; " } else { " " });
        }
        text.push_str(line);
    }
    if text.is_empty() { "invalid usage".into() } else { text }
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
    let Some(command) = cli.command else {
        return with_app(nudges::today);
    };
    match command {
        // These need no database, or open their own (the daemon's lives on,
        // the demo's is in memory).
        Command::Config(a) => contacts::config(a),
        Command::Model(c) => model::run(c),
        Command::Daemon(a) => daemon::run(a),
        Command::Demo(a) => demo::run(a),
        Command::Service(c) => daemon::service(c),
        Command::Completions(a) => completions(a),
        Command::Man(a) => man(a),
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
        Command::Fix(a) => {
            let change = records::change(&a)?;
            with_app(|app| records::fix(app, a, change))
        }
        Command::Unlog(a) => with_app(|app| records::unlog(app, a)),
        Command::Agenda(a) => with_app(|app| nudges::agenda(app, a)),
        Command::Draft(a) => with_app(|app| nudges::draft(app, a)),
        Command::Done(a) => with_app(|app| nudges::done(app, a)),
        Command::Snooze(a) => with_app(|app| nudges::snooze(app, a)),
        Command::Skip(a) => with_app(|app| nudges::skip(app, a)),
        Command::Owe(a) => with_app(|app| nudges::owe(app, a)),
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
    if app.wrote() {
        warn_if_pinned(app.clock(), app.tz(), "recorded as of");
    }
    app.close()?;
    Ok(code)
}

/// A write under `TEND_NOW` lands in the user's real database, stamped with
/// a time that is not now: said on stderr where someone reads it (a
/// terminal), and always when that time is still to come, which would
/// hold back real nudges until it has passed.
pub(crate) fn warn_if_pinned(clock: &crate::time::Clock, tz: chrono_tz::Tz, what: &str) {
    use std::io::IsTerminal;
    let crate::time::Clock::Pinned(at) = *clock else {
        return;
    };
    if std::io::stderr().is_terminal() || at > chrono::Utc::now() {
        let _ = writeln!(
            std::io::stderr(),
            "warning: TEND_NOW is set: {what} {}, not the real time (see 'TEND_NOW' in 'tend --help')",
            at.with_timezone(&tz).format("%Y-%m-%d %H:%M")
        );
    }
}

fn completions(a: args::CompletionsArgs) -> Result<i32> {
    use clap::ValueEnum;
    let Some(shell) = a.shell else {
        let shells: Vec<String> = args::Shell::value_variants()
            .iter()
            .filter_map(|s| s.to_possible_value().map(|v| v.get_name().to_string()))
            .collect();
        return Err(Error::Input(format!(
            "'tend completions' needs the shell to complete for: one of {}",
            shells.join(", ")
        )));
    };
    let mut out = Vec::new();
    write_completions(shell, &mut out);
    output::emit(&String::from_utf8_lossy(&out))?;
    Ok(0)
}

/// The completion script for `shell`.
pub fn write_completions(shell: args::Shell, out: &mut Vec<u8>) {
    use clap::CommandFactory;
    clap_complete::generate(shell, &mut Cli::command(), "tend", out);
}

/// Every manual page, in roff, from the same clap definitions as `--help`:
/// `tend.1` first, then one per subcommand (`tend-add.1`, `tend-import-json.1`),
/// named and built as `clap_mangen::generate_to` does, but in memory.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    use clap::CommandFactory;
    fn render(cmd: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        // The text after the commands becomes sections of their own, not
        // clap_mangen's EXTRA.
        let extra = cmd.get_after_help().map(|h| h.to_string());
        let man = clap_mangen::Man::new(cmd.clone().after_help(None::<&str>));
        let mut out = Vec::new();
        man.render(&mut out)
            .map_err(|e| Error::io("rendering the manual page", e))?;
        if let Some(text) = extra {
            out.extend_from_slice(roff_sections(&text).as_bytes());
        }
        pages.push((man.get_filename(), out));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            render(sub, pages)?;
        }
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    render(cmd, &mut pages)?;
    Ok(pages)
}

/// `Heading:` blocks of `  TERM   what it is` lines, as roff sections
/// (`ENVIRONMENT`, `EXIT STATUS`) of tagged paragraphs; a line without a
/// term is a paragraph of its own.
fn roff_sections(text: &str) -> String {
    let escape = |t: &str| t.replace('\\', "\\e").replace('-', "\\-");
    let mut out = String::new();
    for line in text.lines() {
        if let Some(heading) = line.strip_suffix(':').filter(|h| !h.starts_with(' ')) {
            out += &format!(".SH \"{}\"\n", heading.to_uppercase());
        } else if let Some((term, what)) = line.trim().split_once("  ") {
            out += &format!(".TP\n\\fB{}\\fR\n{}\n", escape(term), escape(what.trim()));
        } else if !line.trim().is_empty() {
            out += &format!(".PP\n{}\n", escape(line.trim()));
        }
    }
    out
}

fn man(a: args::ManArgs) -> Result<i32> {
    let pages = man_pages()?;
    let Some(dir) = a.dir else {
        let main = pages.first().map(|(_, page)| page.as_slice()).unwrap_or_default();
        output::emit(&String::from_utf8_lossy(main))?;
        return Ok(0);
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::io_at("cannot create folder", &dir, e))?;
    for (name, page) in &pages {
        let path = dir.join(name);
        std::fs::write(&path, page).map_err(|e| Error::io_at("cannot write", &path, e))?;
    }
    output::note(&format!("Wrote {} manual pages to {}.", pages.len(), dir.display()));
    Ok(0)
}

/// For commands another issue has yet to build.
#[allow(dead_code)]
fn not_yet(what: &str) -> Result<i32> {
    Err(Error::Failed(format!("'{what}' is not available in this build yet")))
}

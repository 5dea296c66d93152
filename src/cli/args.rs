//! The command-line contract of cli.md, as clap definitions.

use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
pub use clap_complete::Shell;

use crate::model::{Birthday, Cadence, Channel, EventKind, Status};
use crate::time::{Duration, InstantArg};

/// A DATE on the command line, within the years tend reads (time::YEARS).
fn date(s: &str) -> Result<NaiveDate, String> {
    use chrono::Datelike;
    let d = crate::time::parse_date(s)?;
    crate::time::check_year(s, d.year())?;
    Ok(d)
}

/// A profile's address: a web address, which "Open profile" may open
/// (`javascript:` or `file:` would run or show something else); "" clears it.
fn web_url(s: &str) -> Result<String, String> {
    let t = s.trim();
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        t.get(..scheme.len())
            .filter(|p| p.eq_ignore_ascii_case(scheme))
            .map(|_| &t[scheme.len()..])
    });
    let host_ok = rest.is_some_and(|r| r.chars().next().is_some_and(|c| c.is_alphanumeric()));
    if t.is_empty() || (host_ok && !t.chars().any(|c| c.is_whitespace() || c.is_control())) {
        return Ok(t.to_string());
    }
    Err(format!(
        "invalid URL '{}': expected a web address starting with https:// (or http://)",
        t.escape_debug()
    ))
}

/// A birthday on the command line: its year, when given, as for a DATE.
fn birthday(s: &str) -> Result<Birthday, String> {
    let b: Birthday = s.parse()?;
    if let Some(year) = b.year {
        crate::time::check_year(s, year)?;
    }
    Ok(b)
}

/// An INSTANT on the command line: its date as for a DATE.
fn instant(s: &str) -> Result<InstantArg, String> {
    use chrono::Datelike;
    let i: InstantArg = s.parse()?;
    let year = match i {
        InstantArg::At(at) => at.year(),
        InstantArg::Date(d) => d.year(),
    };
    crate::time::check_year(s, year)?;
    Ok(i)
}

/// A contact's name: something to show (not only spaces or invisible
/// characters, which `list` would print as a blank), on one line, as imports
/// store names.
fn name(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("must not be empty or only spaces".into())
    } else if !crate::model::has_visible(s) {
        Err(format!(
            "'{}' has nothing to show: a name needs a visible character",
            s.escape_unicode()
        ))
    } else if s.contains(['\n', '\r']) {
        Err("a name is one line: remove the line break".into())
    } else {
        Ok(s.to_string())
    }
}

/// An e-mail address: something before and after one `@`, no spaces; ""
/// (on edit: no address) is let through.
fn email(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() || crate::import::is_email(t) {
        Ok(t.to_string())
    } else {
        Err("not an e-mail address: expected one like name@example.org".into())
    }
}

fn timezone(s: &str) -> Result<String, String> {
    crate::time::parse_tz(s).map(|tz| tz.name().to_string())
}

fn parsed<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}

/// What `tend --help` and the manual say after the commands: the
/// environment variables tend reads and its exit statuses. One text: the
/// manual page renders it as its ENVIRONMENT and EXIT STATUS sections.
pub const ENVIRONMENT_AND_EXIT_STATUS: &str = "\
Environment:
  TEND_NOW=INSTANT     act as if it were then, for trying and testing; a write says so
  TEND_DB=FILE         the database (default ~/.local/share/tend/tend.db, or [storage] path)
  TEND_CONFIG=FILE     the config file (default ~/.config/tend/config.toml)
  TEND_SECTION__KEY    any setting, such as TEND_RULES__DAILY_CAP=3
  TEND_LOG=FILTER      the daemon's log filter, such as debug
  NO_COLOR             no colour, even on a terminal
  XDG_CONFIG_HOME, XDG_DATA_HOME   the folders of the defaults above

Exit status:
  0  success
  1  the command could not do its work (an unknown contact, a lint finding, a failed import, a refused question)
  2  bad usage or input (an unknown flag, an invalid date, zone or duration)
  After any non-zero exit nothing was written.";

#[derive(Debug, Parser)]
#[command(
    name = "tend",
    version,
    about = "A local-first follow-up scheduler for your professional network",
    long_about = "tend knows your contacts and your history with them, applies etiquette-based \
                  spacing rules to decide when to reply, follow up, check in or congratulate, \
                  and suggests a personal draft. All data stays on this machine.\n\n\
                  Alone, `tend` shows the day: what is due today, or how to start.",
    after_help = ENVIRONMENT_AND_EXIT_STATUS
)]
pub struct Cli {
    /// None: `tend` alone shows the day.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add a contact; prints its id.
    Add(AddArgs),
    /// Change a contact's fields.
    Edit(EditArgs),
    /// Archive a contact (no more nudges; kept on record).
    Rm(ContactArg),
    /// Erase a contact and every record of it (asks first on a terminal).
    Forget(ForgetArgs),
    /// Contacts with their next nudge.
    List(ListArgs),
    /// A contact, its timeline, its next nudge and why (or why none).
    Show(ShowArgs),
    /// Record an interaction.
    Log(LogArgs),
    /// Record a life event.
    Event(EventArgs),
    /// Correct a logged interaction (i42) or event (e7), as 'tend show' lists them.
    Fix(FixArgs),
    /// Delete a logged interaction (i42) or event (e7); asks first on a terminal.
    Unlog(UnlogArgs),
    /// Open nudges due in the next days, earliest first.
    Agenda(AgendaArgs),
    /// The draft of a contact's pending nudge.
    Draft(DraftArgs),
    /// You sent it: logs an out message now, with the draft (or the note) as its text.
    Done(DoneArgs),
    /// Put a contact's open nudge off.
    Snooze(SnoozeArgs),
    /// Drop a contact's open nudge.
    Skip(ContactArg),
    /// Their latest message is owed a reply after all (tend read it as closing the conversation).
    Owe(ContactArg),
    /// Check a message before you send it.
    Lint(LintArgs),
    /// What gets answered: your messages' answer rates and reply times.
    Stats(StatsArgs),
    /// Import contacts and history.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export a backup or the upcoming nudges.
    #[command(subcommand)]
    Export(ExportCommand),
    /// The background service.
    Daemon(DaemonArgs),
    /// Try tend on a throwaway sample network.
    Demo(DemoArgs),
    /// Start the daemon with your session; install completions and the manual.
    #[command(subcommand)]
    Service(ServiceCommand),
    /// The files in use and the settings in force.
    Config(JsonFlag),
    /// The local model that writes drafts ([drafts] engine = "model").
    #[command(subcommand)]
    Model(ModelCommand),
    /// Shell completions for bash, zsh, fish, elvish or powershell.
    Completions(CompletionsArgs),
    /// The manual page (roff), to stdout: `tend man | man -l -`.
    Man(ManArgs),
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (tend.1, tend-add.1, ...) into this folder instead.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    // Optional for clap so that a missing shell gets tend's own message,
    // which lists the shells (clap's names only the argument).
    #[arg(value_enum)]
    pub shell: Option<Shell>,
}

/// `--channel`: clap lists these words in `--help` and suggests the nearest
/// one on a typo; they are the model's own words, so they cannot drift.
impl ValueEnum for Channel {
    fn value_variants<'a>() -> &'a [Self] {
        Channel::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            Channel::Message => "a direct message (the default)",
            Channel::Email => "an e-mail",
            Channel::Call => "a call (both, unless you say otherwise)",
            Channel::Meeting => "a meeting (both, unless you say otherwise)",
            Channel::Comment => "a comment on a post",
            Channel::Like => "a like: a light touch",
            Channel::Share => "a share: a light touch",
            Channel::Note => "a connection-request note: a light touch",
        };
        Some(PossibleValue::new(self.as_str()).help(help))
    }
}

/// `--kind`: the event kinds with what each does to the nudges.
impl ValueEnum for EventKind {
    fn value_variants<'a>() -> &'a [Self] {
        EventKind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self {
            EventKind::NewJob => "a new job: a congratulation, then a yearly work anniversary",
            EventKind::Promotion => "a promotion: a congratulation",
            EventKind::Achievement => "an award, a launch of theirs: a congratulation",
            EventKind::Birthday => "a birthday: a yearly greeting when [rules] birthdays = true",
            EventKind::Post => "they published something: a check-in may come early",
            EventKind::Layoff => "sensitive: nothing but replies for a while, then a gentle check-in",
            EventKind::Health => "sensitive: nothing but replies for a while, then a gentle check-in",
            EventKind::Bereavement => "sensitive: nothing but replies for a while, then a gentle check-in",
            EventKind::Busy => {
                "a launch, a conference, a move: nothing but replies for a week (or, with --until, until then)"
            }
        };
        Some(PossibleValue::new(self.as_str()).help(help))
    }
}

#[derive(Debug, Args, Default)]
pub struct JsonFlag {
    /// Print JSON only, on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ContactArg {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// Do not ask: needed when not on a terminal (scripts).
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub out: JsonFlag,
}

/// The fields shared by `add` and `edit`.
#[derive(Debug, Args, Default)]
pub struct ContactFlags {
    /// The name to greet them by, e.g. "Minh" for Nguyễn Thị Minh ("" on edit: read it from the name).
    #[arg(long, value_name = "NAME")]
    pub greet: Option<String>,
    /// An e-mail address (repeatable: the first is the main one; on edit they replace the old ones, "" removes them all).
    #[arg(long = "email", value_name = "E", value_parser = email)]
    pub emails: Vec<String>,
    /// Their profile's address (LinkedIn or elsewhere): https:// or http://.
    #[arg(long, value_name = "URL", value_parser = web_url)]
    pub url: Option<String>,
    /// Where they work.
    #[arg(long, value_name = "C")]
    pub company: Option<String>,
    /// What they do there.
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// IANA zone such as Europe/Paris; defaults to yours.
    #[arg(long, value_name = "TZ", value_parser = timezone)]
    pub timezone: Option<String>,
    /// How you met.
    #[arg(long, value_name = "TEXT")]
    pub met: Option<String>,
    /// A shared interest (repeatable).
    #[arg(long = "interest", value_name = "T")]
    pub interests: Vec<String>,
    /// A tag (repeatable).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// The day you connected: a first follow-up comes two days later.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub connected_on: Option<NaiveDate>,
    /// How often to check in, like 6w, or none.
    #[arg(long, value_name = "DURATION|none", value_parser = parsed::<Cadence>)]
    pub cadence: Option<Cadence>,
    /// Their birthday, with or without the year.
    #[arg(long, value_name = "DATE|MM-DD", value_parser = birthday)]
    pub birthday: Option<Birthday>,
    /// A note for yourself; never used in a draft.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The contact's full name, as they write it.
    #[arg(value_parser = name)]
    pub name: String,
    #[command(flatten)]
    pub fields: ContactFlags,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// A new name.
    #[arg(long, value_parser = name)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: ContactFlags,
    /// active, or archived (no more nudges).
    #[arg(long, value_parser = ["active", "archived"])]
    pub status: Option<String>,
    /// No nudges before this day.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub pause_until: Option<NaiveDate>,
    #[command(flatten)]
    pub out: JsonFlag,
}

impl EditArgs {
    pub fn status(&self) -> Option<Status> {
        self.status.as_deref().and_then(|s| s.parse().ok())
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the contacts with this tag.
    #[arg(long, value_name = "T")]
    pub tag: Option<String>,
    /// Order: by name, by the next nudge (soonest first), or by relationship
    /// strength (strongest first). Without it, in the order they were added.
    #[arg(long, value_enum)]
    pub sort: Option<ListSort>,
    #[command(flatten)]
    pub out: JsonFlag,
}

/// `tend list --sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListSort {
    Name,
    Next,
    Strength,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
#[group(id = "dir", required = false, multiple = false)]
pub struct LogArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// You reached out.
    #[arg(long, group = "dir")]
    pub out: bool,
    /// They reached out.
    #[arg(long = "in", group = "dir")]
    pub inbound: bool,
    /// Both took part (a call, a meeting).
    #[arg(long, group = "dir")]
    pub both: bool,
    /// How it happened.
    #[arg(long, value_enum, default_value_t = Channel::Message)]
    pub channel: Channel,
    /// When it happened (RFC 3339 or a date); defaults to now.
    #[arg(long, value_name = "INSTANT", value_parser = instant)]
    pub at: Option<InstantArg>,
    /// What was said, in a few words.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub json: JsonFlag,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// What happened.
    #[arg(long, value_enum)]
    pub kind: EventKind,
    /// The day it happened; defaults to today.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub on: Option<NaiveDate>,
    /// Busy: the day they are back (nothing but replies until then).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub until: Option<NaiveDate>,
    /// What it was, like "VP Engineering at Globex".
    #[arg(long, value_name = "TEXT")]
    pub detail: Option<String>,
    #[command(flatten)]
    pub out: JsonFlag,
}

/// `tend fix`: the fields of an interaction (`--at`, `--channel`, a
/// direction, `--note`) or of an event (`--on`, `--kind`, `--detail`, `--until`);
/// `--contact` for both.
#[derive(Debug, Args)]
#[group(id = "fixdir", required = false, multiple = false)]
pub struct FixArgs {
    /// The record, as 'tend show' prints it: i42 (an interaction) or e7 (an event).
    #[arg(value_name = "RECORD", value_parser = parsed::<crate::model::Record>)]
    pub record: crate::model::Record,
    /// It was with (or about) this contact: an id or a unique part of the name.
    #[arg(long, value_name = "C")]
    pub contact: Option<String>,
    /// Interaction: when it happened (RFC 3339 or a date).
    #[arg(long, value_name = "INSTANT", value_parser = instant)]
    pub at: Option<InstantArg>,
    /// Interaction: how it happened.
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    /// Interaction: you reached out.
    #[arg(long, group = "fixdir")]
    pub out: bool,
    /// Interaction: they reached out.
    #[arg(long = "in", group = "fixdir")]
    pub inbound: bool,
    /// Interaction: both took part.
    #[arg(long, group = "fixdir")]
    pub both: bool,
    /// Interaction: what was said ("" removes the note).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Event: the day it happened.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub on: Option<NaiveDate>,
    /// Event: what happened.
    #[arg(long, value_enum)]
    pub kind: Option<EventKind>,
    /// Event: what it was ("" removes the detail).
    #[arg(long, value_name = "TEXT")]
    pub detail: Option<String>,
    /// Busy event: the day they are back.
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub until: Option<NaiveDate>,
    #[command(flatten)]
    pub out_json: JsonFlag,
}

#[derive(Debug, Args)]
pub struct UnlogArgs {
    /// The record, as 'tend show' prints it: i42 (an interaction) or e7 (an event).
    #[arg(value_name = "RECORD", value_parser = parsed::<crate::model::Record>)]
    pub record: crate::model::Record,
    /// Do not ask, even on a terminal.
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// How many days ahead.
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=3660))]
    pub days: u32,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// Print only your yes (or no) to what their message leaves you to
    /// decide: the "if yes" / "if no" draft.
    #[arg(long, value_name = "yes|no", value_parser = parsed::<crate::drafts::Answer>)]
    pub answer: Option<crate::drafts::Answer>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// What you actually sent, when it differs from the draft.
    #[arg(long, value_name = "TEXT", conflicts_with = "answer")]
    pub note: Option<String>,
    /// You sent your yes (or no), as `tend draft` shows it under the draft.
    #[arg(long, value_name = "yes|no", value_parser = parsed::<crate::drafts::Answer>)]
    pub answer: Option<crate::drafts::Answer>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct SnoozeArgs {
    /// An id, or a unique, case-insensitive part of the name.
    pub contact: String,
    /// How long to put it off, like 3d, 1w or 2mo.
    #[arg(value_parser = parsed::<Duration>)]
    pub duration: Duration,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Check against what you know of this contact.
    #[arg(long, value_name = "CONTACT")]
    pub to: Option<String>,
    /// The message, or - (or nothing) to read it from stdin.
    pub text: Option<String>,
    #[command(flatten)]
    pub out: JsonFlag,
}

/// `--since`: a DURATION back from now, or a DATE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    Ago(Duration),
    From(NaiveDate),
}

impl std::str::FromStr for Since {
    type Err = String;
    fn from_str(s: &str) -> Result<Since, String> {
        if let Ok(d) = s.parse::<Duration>() {
            return Ok(Since::Ago(d));
        }
        let from = crate::time::parse_date(s)
            .map_err(|_| format!("'{s}' is neither a DURATION (like 30d, 6mo, 1y) nor a DATE (YYYY-MM-DD)"))?;
        // The years of every other DATE on the command line.
        crate::time::check_year(s, chrono::Datelike::year(&from))?;
        Ok(Since::From(from))
    }
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Count messages sent since then: a DURATION back from now (default 1y) or a DATE.
    #[arg(long, value_name = "DURATION|DATE", value_parser = parsed::<Since>)]
    pub since: Option<Since>,
    /// Group by kind, draft, weekday, hour, stage, channel or tag (repeatable).
    #[arg(long = "by", value_name = "GROUP", value_parser = parsed::<crate::stats::Group>)]
    pub by: Vec<crate::stats::Group>,
    /// Also draw the answer rates into this file: an SVG for FILE.svg, a PNG for FILE.png.
    #[arg(long, value_name = "FILE.svg|FILE.png")]
    pub chart: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// LinkedIn's data export: the zip, its folder, or Connections.csv.
    Linkedin(ImportArgs),
    /// A vCard file (Apple, Google; 3.0 and 4.0).
    #[command(mut_arg("path", |a| a.help("The .vcf file (one file: not a folder).")))]
    Vcard(ImportArgs),
    /// A backup written by `tend export json`, into an empty database.
    Json(RestoreArgs),
    /// Mail: an mbox file, a Maildir, or a folder of Maildirs (needs [user] emails).
    Mail(MailArgs),
    /// Meetings with your contacts, from an .ics file or a folder of them (a vdir).
    Calendar(CalendarArgs),
}

#[derive(Debug, Args)]
pub struct MailArgs {
    /// An mbox file, a Maildir (with cur/ and new/), or a folder of Maildirs.
    pub path: std::path::PathBuf,
    /// Import nothing if any message cannot be read.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// The .ics file, or a folder of them (khal's or vdirsyncer's vdir).
    pub path: std::path::PathBuf,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file, as 'tend export json' wrote it.
    pub path: std::path::PathBuf,
    /// Refused with a reason: a backup restores every contact's own cadence.
    #[arg(long, value_name = "DURATION|none", hide = true)]
    pub cadence: Option<String>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The zip, its unpacked folder, or Connections.csv.
    pub path: std::path::PathBuf,
    /// Import nothing if any row is bad.
    #[arg(long)]
    pub strict: bool,
    /// Check-in cadence for the imported contacts (default: none).
    #[arg(long, value_name = "DURATION|none", value_parser = parsed::<Cadence>)]
    pub cadence: Option<Cadence>,
    #[command(flatten)]
    pub out: JsonFlag,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The whole database, to stdout.
    Json,
    /// Upcoming nudges as an iCalendar file, to stdout.
    Ics(IcsArgs),
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// How many days ahead.
    #[arg(long, default_value_t = 30)]
    pub days: u32,
}

#[derive(Debug, Args)]
pub struct DaemonArgs {
    /// Import what is new in the sources, deliver what is due now, then exit.
    #[arg(long)]
    pub once: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Do not raise a desktop notification.
    #[arg(long)]
    pub no_notify: bool,
}

#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Try the configured model on built-in situations: how many drafts pass
    /// the guardrails, why the others fail, and the time per draft.
    Check(JsonFlag),
}

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Write the systemd user unit and enable it (or, with --autostart, an
    /// XDG autostart entry), plus the shell completions and the manual pages.
    Install(ServiceInstallArgs),
    /// Remove what install wrote (and disable the service).
    Uninstall,
}

#[derive(Debug, Args)]
pub struct ServiceInstallArgs {
    /// For desktops without systemd user sessions: write
    /// ~/.config/autostart/tend.desktop instead of the systemd unit.
    #[arg(long)]
    pub autostart: bool,
}

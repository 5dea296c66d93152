//! `tend import linkedin|vcard|json|mail|calendar`: bad rows (or unreadable
//! messages, files and events) on stderr as they are met, then one summary
//! line (or, with `--json`, a summary object).

use serde_json::json;

use super::args::{CalendarArgs, ImportArgs, ImportCommand, MailArgs, RestoreArgs};
use super::output::{emit, emit_json, note};
use crate::app::App;
use crate::capture::calendar;
use crate::error::{Error, Result};
use crate::import::{BadRow, Options, Outcome};

pub fn run(app: &mut App, c: ImportCommand) -> Result<i32> {
    match c {
        ImportCommand::Linkedin(a) => with_rows(app, a, |app, a, opts, report| {
            app.import_linkedin(&a.path, opts, report)
        }),
        ImportCommand::Vcard(a) => with_rows(app, a, |app, a, opts, report| app.import_vcard(&a.path, opts, report)),
        ImportCommand::Json(a) => restore(app, a),
        ImportCommand::Mail(a) => mail(app, a),
        ImportCommand::Calendar(a) => calendar(app, a),
    }
}

fn mail(app: &mut App, a: MailArgs) -> Result<i32> {
    let _importing = app.importing();
    let mut problems = Problems::default();
    let mut report = |line: &str| problems.report(|| line.to_string());
    let summary = app.import_mail(&a.path, a.strict, !a.out.json, &mut report)?;
    let line = summary.line(&format!("'{}'", a.path.display()));
    summarize(a.out.json, &summary, &line)
}

fn calendar(app: &mut App, a: CalendarArgs) -> Result<i32> {
    let opts = calendar::Options {
        progress: !a.out.json,
        ..app.calendar_options()
    };
    let _importing = app.importing();
    let mut problems = Problems::default();
    let mut report = |line: &str| problems.report(|| line.to_string());
    let summary = app.import_calendar(&a.path, &opts, &mut report)?;
    summarize(a.out.json, &summary, &summary.line(&a.path))
}

/// How many problem lines an import prints before it only counts them.
const SHOWN: u64 = 20;

/// An import's problem lines on stderr: the first [`SHOWN`], then, when the
/// import ends (or fails), how many more there were. A file of nothing but
/// bad rows had written millions of lines.
#[derive(Default)]
struct Problems {
    seen: u64,
}

impl Problems {
    /// `line` makes the text only when it is printed.
    fn report(&mut self, line: impl FnOnce() -> String) {
        self.seen += 1;
        if self.seen <= SHOWN {
            note(&line());
        }
    }
}

impl Drop for Problems {
    fn drop(&mut self) {
        if self.seen > SHOWN {
            note(&format!(
                "… and {} more like these (not shown)",
                crate::text::numbers::thousands(self.seen - SHOWN)
            ));
        }
    }
}

/// A capture's summary: the object with `--json`, else the line.
fn summarize(json: bool, summary: &impl serde::Serialize, line: &str) -> Result<i32> {
    if json {
        let value = serde_json::to_value(summary)?;
        emit_json(&value)?;
    } else {
        emit(line)?;
    }
    Ok(0)
}

type Importer = fn(&mut App, &ImportArgs, &Options, &mut dyn FnMut(&BadRow)) -> Result<Outcome>;

fn with_rows(app: &mut App, a: ImportArgs, importer: Importer) -> Result<i32> {
    let opts = Options {
        strict: a.strict,
        cadence: a.cadence,
        tz: app.tz(),
        now: app.now(),
        user_name: app.settings().user.name.clone(),
        progress: !a.out.json,
    };
    let mut problems = Problems::default();
    let mut report = |b: &BadRow| problems.report(|| b.to_string());
    let _importing = app.importing();
    let outcome = importer(app, &a, &opts, &mut report)?;
    if a.out.json {
        let value = serde_json::to_value(&outcome)?;
        emit_json(&value)?;
    } else {
        emit(&outcome.summary())?;
    }
    // Rule 10: a cadence given to a whole import may ask for more than the cap.
    if a.cadence.is_some()
        && let Some(warning) = app.demand_warning()?
    {
        note(&warning);
    }
    Ok(0)
}

/// Refuses flags that do not apply, before the database is opened.
pub fn check(c: &ImportCommand) -> Result<()> {
    match c {
        ImportCommand::Json(a) if a.cadence.is_some() => Err(Error::Input(
            "--cadence does not apply to 'import json': a backup restores every contact's own cadence".into(),
        )),
        _ => Ok(()),
    }
}

fn restore(app: &mut App, a: RestoreArgs) -> Result<i32> {
    let _importing = app.importing();
    let counts = app.restore(&a.path)?;
    if a.out.json {
        emit_json(&json!({
            "source": "json",
            "contacts_added": counts.contacts,
            "interactions_added": counts.interactions,
            "events_added": counts.events,
            "nudges_added": counts.nudges,
        }))?;
    } else {
        emit(&format!(
            "Restored {}, {}, {} and {} from '{}'.\n",
            crate::text::numbers::count(counts.contacts, "contact", "contacts"),
            crate::text::numbers::count(counts.interactions, "interaction", "interactions"),
            crate::text::numbers::count(counts.events, "event", "events"),
            crate::text::numbers::count(counts.nudges, "nudge record", "nudge records"),
            a.path.display()
        ))?;
    }
    Ok(0)
}

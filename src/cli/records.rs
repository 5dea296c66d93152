//! Corrections of what was logged: `tend fix RECORD` and `tend unlog RECORD`.

use serde_json::{Value, json};

use super::args::{FixArgs, UnlogArgs};
use super::output::{self, emit, emit_json};
use crate::app::App;
use crate::error::{Error, Result};
use crate::model::{Direction, Event, Interaction};
use crate::model::{EventChange, InteractionChange, Record, Removed};

/// What `tend fix` changes, checked before the database is opened: the
/// flags must be those of the record's kind, and at least one given.
pub enum Change {
    Interaction(InteractionChange),
    Event(EventChange),
}

pub fn change(a: &FixArgs) -> Result<Change> {
    let direction = match (a.out, a.inbound, a.both) {
        (true, _, _) => Some(Direction::Out),
        (_, true, _) => Some(Direction::In),
        (_, _, true) => Some(Direction::Both),
        _ => None,
    };
    let interaction_flags = a.at.is_some() || a.channel.is_some() || direction.is_some() || a.note.is_some();
    let event_flags = a.on.is_some() || a.kind.is_some() || a.detail.is_some() || a.until.is_some();
    // "" removes a note or a detail.
    let text = |t: &Option<String>| t.as_ref().map(|t| Some(t.trim().to_string()).filter(|t| !t.is_empty()));
    match a.record {
        Record::Interaction(_) if event_flags => Err(Error::Input(format!(
            "--on, --kind, --detail and --until are for an event (e7); {} is an interaction: use --at, --channel, --in, --out, --both or --note",
            a.record
        ))),
        Record::Event(_) if interaction_flags => Err(Error::Input(format!(
            "--at, --channel, --in, --out, --both and --note are for an interaction (i42); {} is an event: use --on, --kind, --detail or --until",
            a.record
        ))),
        Record::Interaction(_) if !interaction_flags && a.contact.is_none() => {
            Err(nothing(a.record, "--at, --channel, --in, --out, --both or --note"))
        }
        Record::Event(_) if !event_flags && a.contact.is_none() => {
            Err(nothing(a.record, "--on, --kind, --detail or --until"))
        }
        Record::Interaction(_) => Ok(Change::Interaction(InteractionChange {
            direction,
            channel: a.channel,
            note: text(&a.note),
            ..InteractionChange::default()
        })),
        Record::Event(_) => Ok(Change::Event(EventChange {
            kind: a.kind,
            on: a.on,
            detail: text(&a.detail),
            until: a.until,
            ..EventChange::default()
        })),
    }
}

fn nothing(record: Record, flags: &str) -> Error {
    Error::Input(format!(
        "nothing to change in {record}: give --contact, {flags} (see 'tend fix --help')"
    ))
}

pub fn fix(app: &mut App, a: FixArgs, change: Change) -> Result<i32> {
    let contact = a.contact.as_deref().map(|c| app.resolve(c)).transpose()?;
    let (was, is) = match (a.record, change) {
        (Record::Interaction(id), Change::Interaction(mut change)) => {
            change.contact = contact;
            change.at = a.at.map(|at| at.resolve(app.tz()));
            let (old, new) = app.fix_interaction(id, &change)?;
            (interaction_said(app, &old)?, interaction_said(app, &new)?)
        }
        (Record::Event(id), Change::Event(mut change)) => {
            change.contact = contact;
            if change.until.is_some() {
                let would_be = change.applied_to(&app.event(id)?);
                super::contacts::check_until(would_be.kind, would_be.on, change.until)?;
            }
            let (old, new) = app.fix_event(id, &change)?;
            (event_said(app, &old)?, event_said(app, &new)?)
        }
        // `change` follows the record's kind.
        _ => return Err(Error::Failed(format!("{} cannot take those flags", a.record))),
    };
    if a.out_json.json {
        let mut v = is.json;
        v["was"] = was.json;
        emit_json(&v)?;
    } else {
        emit(&format!("Fixed {}: {} (was: {}).\n", a.record, is.text, was.text))?;
    }
    Ok(0)
}

pub fn unlog(app: &mut App, a: UnlogArgs) -> Result<i32> {
    let said = match a.record {
        Record::Interaction(id) => interaction_said(app, &app.interaction(id)?)?,
        Record::Event(id) => event_said(app, &app.event(id)?)?,
    };
    // Asked only where someone can answer: a script names the record it means.
    if !a.yes
        && super::contacts::on_terminal()
        && !super::contacts::ask(&format!("Remove {} ({})?", a.record, said.text))?
    {
        return Err(Error::Failed(format!("kept {}: nothing was removed", a.record)));
    }
    let removed = app.unlog(a.record)?;
    // What the daemon or another command may have changed meanwhile is what was removed.
    let said = match &removed {
        Removed::Interaction(i) => interaction_said(app, i)?,
        Removed::Event(e) => event_said(app, e)?,
    };
    if a.out.json {
        let mut v = said.json;
        v["removed"] = true.into();
        emit_json(&v)?;
    } else {
        emit(&format!("Removed {}: {}.\n", a.record, said.text))?;
    }
    Ok(0)
}

/// A record in words and as JSON.
struct Said {
    text: String,
    json: Value,
}

/// An interaction as `tend log` reports it.
fn interaction_said(app: &App, i: &Interaction) -> Result<Said> {
    let name = app.contact_name(i.contact_id)?;
    let tz = app.tz();
    let note = i
        .note
        .as_deref()
        .map(|n| format!(": \"{}\"", short(n)))
        .unwrap_or_default();
    Ok(Said {
        text: format!(
            "{} {} with {name} at {}{note}",
            i.direction,
            i.channel,
            output::when(i.at, tz)
        ),
        json: json!({"id": i.id, "record": Record::Interaction(i.id).to_string(), "contact_id": i.contact_id,
            "contact": name, "at": output::rfc3339(i.at, tz), "direction": i.direction.as_str(),
            "channel": i.channel.as_str(), "note": i.note}),
    })
}

/// An event as `tend event` reports it.
fn event_said(app: &App, e: &Event) -> Result<Said> {
    let name = app.contact_name(e.contact_id)?;
    let detail = e
        .detail
        .as_deref()
        .map(|d| format!(": \"{}\"", short(d)))
        .unwrap_or_default();
    Ok(Said {
        text: format!(
            "{} for {name} on {}{}{detail}",
            e.kind,
            e.on,
            output::until_words(e.until)
        ),
        json: json!({"id": e.id, "record": Record::Event(e.id).to_string(), "contact_id": e.contact_id,
            "contact": name, "kind": e.kind.as_str(), "on": e.on.to_string(),
            "until": e.until.map(|d| d.to_string()), "detail": e.detail}),
    })
}

/// A note's first line, cut to 60 characters: a sent draft is long.
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    let cut: String = line.chars().take(60).collect();
    if cut.len() < line.len() || text.trim().lines().nth(1).is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

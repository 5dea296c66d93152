//! Seeing and acting on nudges: agenda, draft, done, snooze, skip.

use serde_json::{Value, json};

use super::args::{AgendaArgs, ContactArg, DoneArgs, DraftArgs, SnoozeArgs};
use super::output::{self, Style, emit, emit_json, paint};
use crate::app::App;
use crate::error::Result;
use crate::model::NudgeKind;

pub fn agenda(app: &mut App, a: AgendaArgs) -> Result<i32> {
    print_agenda(app, a.days, a.out.json)?;
    Ok(0)
}

/// `tend` alone: the day's open nudges, as `tend agenda --days 1` lists
/// them, or for an empty database where to start.
pub fn today(app: &mut App) -> Result<i32> {
    if !app.has_contacts()? {
        emit(
            "No contacts yet. 'tend demo' shows tend at work on a sample network; \
             'tend add NAME' or 'tend import linkedin PATH' starts yours.\n",
        )?;
        return Ok(0);
    }
    print_agenda(app, 1, false)?;
    output::note("'tend agenda' shows the week ahead, 'tend --help' every command.");
    Ok(0)
}

/// The agenda of `app`'s data, as `tend agenda` prints it (also `tend demo`).
pub(super) fn print_agenda(app: &App, days: u32, json: bool) -> Result<()> {
    let (items, drafts) = app.read(|| {
        // The drafts' history is read while the planner fills the calendar.
        let plan = app.plan_within_then(days, || app.draft_history().map(drop))?;
        let items = app.agenda(&plan, days);
        let mut drafts = app.drafteds(&items)?;
        for (n, d) in items.iter().zip(drafts.iter_mut()) {
            d.answers = app.answers(n, &d.text)?;
        }
        Ok((items, drafts))
    })?;
    let tz = app.tz();
    if json {
        let v: Vec<Value> = items
            .iter()
            .zip(&drafts)
            .map(|(n, d)| output::nudge_json(n, d, tz))
            .collect();
        return emit_json(&Value::Array(v));
    }
    if items.is_empty() {
        let span = match days {
            0 => "today".to_string(),
            1 => "in the next day".to_string(),
            n => format!("in the next {n} days"),
        };
        return emit(&format!("Nothing due {span}.\n"));
    }
    let mut t = String::new();
    for (n, d) in items.iter().zip(&drafts) {
        t += &format!(
            "{}  {} {}  {}\n  {}\n  {}\n\n",
            paint(Style::Bold, &output::when(n.due, tz)),
            paint(Style::Green, n.kind.as_str()),
            n.contact,
            paint(Style::Dim, &format!("(id {}, {})", n.contact_id, n.state_word())),
            n.reason,
            paint(Style::Yellow, &d.text.replace('\n', "\n  ")),
        );
        if let Some(line) = output::fallback_line(d) {
            t.insert_str(t.len() - 1, &format!("  {}\n", paint(Style::Dim, &line)));
        }
        let answers = output::answer_lines(d, "  ");
        if !answers.is_empty() {
            t.insert_str(t.len() - 1, &answers);
        }
    }
    emit(&t)
}

pub fn draft(app: &mut App, a: DraftArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let n = app.open_nudge(id)?;
    let mut d = draft_asking_model(app, &n)?;
    d.answers = app.answers(&n, &d.text)?;
    if let Some(answer) = a.answer {
        // The user's yes or no alone, as `tend done --answer` would log it.
        let text = chosen_answer(&d, answer, &n.contact)?;
        if a.out.json {
            emit_json(
                &json!({"contact_id": n.contact_id, "contact": n.contact, "kind": n.kind.as_str(), "answer": answer.as_str(), "draft": text}),
            )?;
        } else {
            emit(&format!("{text}\n"))?;
        }
        return Ok(0);
    }
    if a.out.json {
        emit_json(&output::nudge_json(&n, &d, app.tz()))?;
    } else {
        emit(&format!("{}\n", d.text))?;
        // On stderr, as notes are: `tend draft X | wl-copy` copies the draft alone.
        for (answer, text) in &d.answers {
            output::note(&format!("if {}: {text}", answer.as_str()));
        }
        match (&d.fallback, d.engine) {
            (Some(_), _) => output::note(&output::fallback_line(&d).unwrap_or_default()),
            (None, crate::config::Engine::Model) => output::note("(written by the local model)"),
            (None, _) => {}
        }
    }
    Ok(0)
}

/// The draft `tend draft` shows: the model may be asked (within its
/// timeout, with a spinner on a terminal).
fn draft_asking_model(app: &App, n: &crate::model::Nudge) -> Result<crate::model_engine::Drafted> {
    use std::io::IsTerminal;
    let asking = app.settings().drafts.engine == crate::config::Engine::Model && std::io::stderr().is_terminal();
    let spinner = asking.then(|| {
        let s = indicatif::ProgressBar::new_spinner().with_message("asking the local model…");
        s.enable_steady_tick(std::time::Duration::from_millis(120));
        s
    });
    let d = app.drafted(n, true);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    d
}

/// The user's `answer` among a draft's, or why there is none (exit 1).
fn chosen_answer(d: &crate::model_engine::Drafted, answer: crate::drafts::Answer, contact: &str) -> Result<String> {
    d.answers
        .iter()
        .find(|(a, _)| *a == answer)
        .map(|(_, text)| text.clone())
        .ok_or_else(|| {
            crate::error::Error::Failed(format!(
                "the draft for {contact} has no '{}' to choose: it decides nothing, or says it already. \
                 Send the draft, or give your own text with --note",
                answer.as_str()
            ))
        })
}

pub fn done(app: &mut App, a: DoneArgs) -> Result<i32> {
    // An empty note would log a message with nothing in it as sent.
    if a.note.as_deref().is_some_and(|n| n.trim().is_empty()) {
        return Err(crate::error::Error::Input(
            "--note is empty: give the text you sent, or leave --note out to send the draft".into(),
        ));
    }
    let id = app.resolve(&a.contact)?;
    let chosen = match a.answer {
        Some(answer) => {
            let n = app.open_nudge(id)?;
            let mut d = app.drafted(&n, false)?;
            d.answers = app.answers(&n, &d.text)?;
            Some(chosen_answer(&d, answer, &n.contact)?)
        }
        None => None,
    };
    let (n, text) = app.done(id, a.note.as_deref().or(chosen.as_deref()))?;
    if a.out.json {
        emit_json(
            &json!({"contact_id": id, "contact": n.contact, "kind": n.kind.as_str(), "state": "done", "text": text}),
        )?;
    } else {
        let mut said = format!("Logged your {} to {}.\n", n.kind, n.contact);
        // The congratulation `tend show` promised after this nudge stays
        // open (rule 12): said here, so that the user knows it comes.
        let plan = app.plan_for(id)?;
        if let Some(m) = plan
            .for_contact(id)
            .filter(|m| m.kind == NudgeKind::Milestone && n.kind != m.kind)
        {
            said += &format!(
                "Still to come: milestone {} ({}).\n",
                output::when(m.due, app.tz()),
                m.reason.trim_end_matches('.')
            );
        }
        emit(&said)?;
    }
    Ok(0)
}

pub fn snooze(app: &mut App, a: SnoozeArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let (n, until) = app.snooze(id, a.duration)?;
    let tz = app.tz();
    if a.out.json {
        emit_json(
            &json!({"contact_id": id, "contact": n.contact, "kind": n.kind.as_str(), "state": "snoozed", "until": output::rfc3339(until, tz)}),
        )?;
    } else {
        emit(&format!(
            "Snoozed the {} for {} until {}.\n",
            n.kind,
            n.contact,
            output::when(until, tz)
        ))?;
    }
    Ok(0)
}

pub fn owe(app: &mut App, a: ContactArg) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let (message, changed) = app.owe(id)?;
    let name = app.contact_name(id)?;
    let next = app.plan_for(id)?.for_contact(id).map(|n| (n.kind, n.due));
    if a.out.json {
        emit_json(&json!({
            "contact_id": id,
            "contact": name,
            "interaction": message,
            "changed": changed,
            "next": next.map(|(k, _)| k.as_str()),
        }))?;
    } else if !changed {
        emit(&format!(
            "{name}'s latest message (i{message}) is already owed a reply; nothing changed.\n"
        ))?;
    } else {
        let then = match next {
            Some((crate::model::NudgeKind::Reply, due)) => {
                format!("the reply nudge is back ({}).", crate::cli::output::when(due, app.tz()))
            }
            _ => "no reply nudge comes back: its window has closed or another nudge comes first (see tend show)."
                .to_string(),
        };
        emit(&format!(
            "{name}'s message (i{message}) is owed a reply after all: {then}\n"
        ))?;
    }
    Ok(0)
}

pub fn skip(app: &mut App, a: ContactArg) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let n = app.skip(id)?;
    if a.out.json {
        emit_json(&json!({"contact_id": id, "contact": n.contact, "kind": n.kind.as_str(), "state": "skipped"}))?;
    } else {
        emit(&format!("Skipped the {} for {}.\n", n.kind, n.contact))?;
    }
    Ok(0)
}

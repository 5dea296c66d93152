//! The contact book: add, edit, rm, forget, list, show, log, event, config.

use serde_json::{Value, json};

use super::args::{
    AddArgs, ContactArg, ContactFlags, EditArgs, EventArgs, ForgetArgs, JsonFlag, ListArgs, ListSort, LogArgs, ShowArgs,
};
use super::output::{self, Style, emit, emit_json, paint};
use crate::app::App;
use crate::error::{Error, Result};
use crate::model::{Channel, Direction, EventKind, Status};
use crate::model::{ContactFields, ContactId};
use chrono::NaiveDate;

fn fields_from(flags: ContactFlags) -> ContactFields {
    ContactFields {
        greet: flags.greet,
        emails: (!flags.emails.is_empty()).then_some(flags.emails),
        url: flags.url,
        company: flags.company,
        role: flags.role,
        timezone: flags.timezone,
        met: flags.met,
        interests: (!flags.interests.is_empty()).then_some(flags.interests),
        tags: (!flags.tags.is_empty()).then_some(flags.tags),
        connected_on: flags.connected_on,
        cadence: flags.cadence.map(Some),
        birthday: flags.birthday,
        note: flags.note,
        ..ContactFields::default()
    }
}

/// A connection date is a day that has been, as a logged message is a
/// moment that has been: "you connected tomorrow" plans nothing true.
fn connected_by_today(app: &App, fields: &ContactFields) -> Result<()> {
    let today = crate::time::local_date(app.now(), app.tz());
    match fields.connected_on {
        Some(on) if on > today => Err(Error::Input(format!(
            "--connected-on {on} is in the future: give the day you connected, today ({today}) or before"
        ))),
        _ => Ok(()),
    }
}

pub fn add(app: &mut App, a: AddArgs) -> Result<i32> {
    let mut fields = fields_from(a.fields);
    connected_by_today(app, &fields)?;
    let same = app.ids_named(&a.name)?;
    if let Some(first) = same.first() {
        // Added anyway (two people can share a name), but the user may not mean to.
        eprintln!(
            "warning: a contact named '{}' already exists (id {first}); adding another",
            a.name.trim().chars().filter(|c| !c.is_control()).collect::<String>()
        );
    }
    fields.name = Some(a.name);
    let id = app.add_contact(&fields)?;
    if a.out.json {
        let c = app.contact(id)?;
        emit_json(&output::contact_json(&c, app.settings()))?;
    } else {
        emit(&format!("{id}\n"))?;
    }
    Ok(0)
}

pub fn edit(app: &mut App, a: EditArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let status = a.status();
    let mut fields = fields_from(a.fields);
    fields.name = a.name;
    fields.status = status;
    fields.paused_until = a.pause_until;
    connected_by_today(app, &fields)?;
    if fields.is_empty() {
        return Err(Error::Input(
            "nothing to change: give at least one field flag (see 'tend edit --help')".into(),
        ));
    }
    app.edit_contact(id, &fields)?;
    let c = app.contact(id)?;
    if a.out.json {
        emit_json(&output::contact_json(&c, app.settings()))?;
    } else {
        emit(&format!("Updated {} (id {id}).\n", c.name))?;
    }
    // Rule 10: a cadence is decided here; say when they all ask too much.
    if fields.cadence.is_some()
        && let Some(warning) = app.demand_warning()?
    {
        output::note(&warning);
    }
    Ok(0)
}

pub fn rm(app: &mut App, a: ContactArg) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let fields = ContactFields {
        status: Some(Status::Archived),
        ..ContactFields::default()
    };
    app.edit_contact(id, &fields)?;
    let c = app.contact(id)?;
    if a.out.json {
        emit_json(&output::contact_json(&c, app.settings()))?;
    } else {
        emit(&format!(
            "Archived {} (id {id}); 'tend edit {id} --status active' brings them back.\n",
            c.name
        ))?;
    }
    Ok(0)
}

pub fn forget(app: &mut App, a: ForgetArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    // The name alone: forgetting must work on a contact whose row is damaged.
    let name = app.contact_name(id)?;
    if !a.yes && !confirm(&format!("Erase {name} (id {id}) and every record of them?"))? {
        return Err(Error::Failed(format!("kept {name} (id {id}): nothing was erased")));
    }
    app.forget(id)?;
    if a.out.json {
        emit_json(&json!({"id": id, "name": name, "forgotten": true}))?;
    } else {
        emit(&format!("Forgot {name} (id {id}) and every record of them.\n"))?;
    }
    Ok(0)
}

/// Asks `question` on the terminal; true on "y" or "yes". Erasing without
/// a terminal to ask on needs `--yes`: a script that forgot it must not
/// erase someone's history silently (exit 2, nothing written).
fn confirm(question: &str) -> Result<bool> {
    if !on_terminal() {
        return Err(Error::Input(
            "'tend forget' erases a contact's whole history and there is no terminal to ask on: add --yes to confirm"
                .into(),
        ));
    }
    ask(&format!("{question} This cannot be undone."))
}

/// Whether someone is there to answer a question.
pub(super) fn on_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks `question` on stderr and reads the answer: true on "y" or "yes".
pub(super) fn ask(question: &str) -> Result<bool> {
    use std::io::{BufRead, Write};
    let mut err = std::io::stderr();
    write!(err, "{question} [y/N] ").map_err(|e| Error::io("asking for confirmation", e))?;
    err.flush().map_err(|e| Error::io("asking for confirmation", e))?;
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::io("reading the answer", e))?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// `tend list --json`, streamed one contact at a time: 30,000 contacts as
/// JSON values took 200 MB. Three stages: the planner's thread makes the
/// plan while this one reads the contacts, and a writer writes them out
/// with their nudges once the plan is made (the contacts read before then
/// wait for it), a few hundred at a time in order. A list as JSON shows
/// each contact's nudge, never why it has none.
fn list_json(app: &App, a: &ListArgs, wanted: &(dyn Fn(&crate::model::Contact) -> bool + Sync)) -> Result<i32> {
    // Each contact with its strength, or with none when it comes with the plan.
    type Batch = Vec<(crate::model::Contact, Option<f64>)>;
    type Made = (crate::planner::Plan, Option<rustc_hash::FxHashMap<ContactId, f64>>);
    let (tz, settings, now) = (app.tz(), app.settings(), app.now());
    // `None`: reading failed; the list is left unclosed, as before.
    let (batches, received) = std::sync::mpsc::channel::<Option<Batch>>();
    let (plans, plan_made) = std::sync::mpsc::sync_channel::<Made>(1);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            // No plan: planning failed, which the reading side says.
            let Ok((plan, strengths)) = plan_made.recv() else {
                return Ok(());
            };
            // A contact added since the plan read the rows has no history.
            let unplanned = crate::facts::Bond::default().strength(now);
            let strength_of = |id: ContactId| strengths.as_ref().and_then(|s| s.get(&id).copied());
            let mut shared = output::SharedTexts::default();
            output::emit_json_seq(|item| {
                for batch in received.iter() {
                    let Some(batch) = batch else {
                        return Err(Error::Failed("reading the contacts failed".into()));
                    };
                    for (c, strength) in batch {
                        if !wanted(&c) {
                            continue;
                        }
                        let next = plan.for_contact(c.id).map(|n| output::NextOut {
                            kind: n.kind.as_str(),
                            due: output::rfc3339(n.due, tz),
                            state: n.state,
                            reason: &n.reason,
                        });
                        let strength = strength.or_else(|| strength_of(c.id)).unwrap_or(unplanned);
                        let listed = output::ContactOut::sharing(&c, settings, &mut shared)
                            .with_strength(strength)
                            .with_next(next);
                        item(&|buf| {
                            listed.write_pretty(buf, 1);
                            Ok(())
                        })?;
                    }
                }
                Ok(())
            })
        });
        let read = app.plan_nudges_while(|soon| {
            // The plan goes to the writer once made (a writer that has
            // stopped says why).
            let handed = std::cell::Cell::new(false);
            let hand = |plan: crate::planner::Plan| {
                handed.set(true);
                let _ = plans.send((plan, soon.strengths()));
            };
            const BATCH: usize = 256;
            let mut batch = Vec::with_capacity(BATCH);
            let mut each = |c, strength| {
                batch.push((c, strength));
                if batch.len() == BATCH {
                    if !handed.get()
                        && let Some(plan) = soon.try_take()
                    {
                        hand(plan?);
                    }
                    let _ = batches.send(Some(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))));
                }
                Ok(())
            };
            // An order needs every contact and the plan first; without one
            // they stream.
            match a.sort {
                Some(sort) => {
                    let mut all = app.contacts_with_strengths()?;
                    let plan = soon.take()?;
                    sort_contacts(&mut all, sort, &plan);
                    hand(plan);
                    all.into_iter().try_for_each(|(c, strength)| each(c, Some(strength)))?;
                }
                // Strengths from the planning rows, which the plan reads
                // anyway: reading them again with each contact was a sixth
                // of the list at 30,000 contacts.
                None if soon.reads_strengths() => app.each_contact_alone(|c| {
                    // Archived contacts have no planning row.
                    let strength = match c.status {
                        Status::Archived => Some(app.bond(c.id)?.strength(now)),
                        _ => None,
                    };
                    each(c, strength)
                })?,
                None => app.each_contact(|c, strength| each(c, Some(strength)))?,
            }
            if !handed.get() {
                hand(soon.take()?);
            }
            let _ = batches.send(Some(batch));
            Ok(())
        });
        if read.is_err() {
            let _ = batches.send(None);
        }
        drop((batches, plans));
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(Error::Failed("writing the list failed".into())));
        read.and(written).map(|()| 0)
    })
}

pub fn list(app: &mut App, a: ListArgs) -> Result<i32> {
    let tz = app.tz();
    // Each contact comes with its strength, read from the same row.
    let wanted = |c: &crate::model::Contact| {
        a.tag
            .as_ref()
            .is_none_or(|t| c.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
    };
    if a.out.json {
        return list_json(app, &a, &wanted);
    }
    let plan = app.plan()?;
    let everyone = app.contacts_with_strengths()?;
    let anyone = !everyone.is_empty();
    let mut contacts: Vec<_> = everyone.into_iter().filter(|(c, _)| wanted(c)).collect();
    if let Some(sort) = a.sort {
        sort_contacts(&mut contacts, sort, &plan);
    }
    // Each line written straight into the text: a `format!` of each piece
    // of 30,000 lines was a sixth of `tend list`.
    let mut text = String::with_capacity(contacts.len() * 96);
    // Thousands of check-ins not planned share a few places among them:
    // each place is phrased once, and so is each strength shown.
    let mut not_planned: rustc_hash::FxHashMap<(usize, usize), String> = Default::default();
    let mut strengths: rustc_hash::FxHashMap<u64, String> = Default::default();
    let mut digits = itoa::Buffer::new();
    for (c, strength) in &contacts {
        // `{:>5}` of the id.
        let id = digits.format(c.id);
        text.extend(std::iter::repeat_n(' ', 5usize.saturating_sub(id.len())));
        text.push_str(id);
        text.push_str("  ");
        output::paint_onto(&mut text, Style::Bold, &[&c.name]);
        if let Some(co) = c.company.as_deref() {
            text.push_str(" (");
            text.push_str(co);
            text.push(')');
        }
        text.push_str("  ");
        let shown = strengths
            .entry(strength.to_bits())
            .or_insert_with(|| crate::planner::strength::shown(*strength));
        output::paint_onto(&mut text, Style::Dim, &["strength ", shown]);
        text.push_str("  ");
        match plan.for_contact(c.id) {
            Some(n) => {
                text.push_str(n.kind.as_str());
                text.push(' ');
                text.push_str(&output::when(n.due, tz));
            }
            None if c.status == Status::Archived => output::paint_onto(&mut text, Style::Dim, &["archived"]),
            None => match plan.why_none.get(&c.id) {
                Some(why @ crate::planner::WhyNone::NotPlanned(place)) => {
                    let brief = not_planned
                        .entry((place.rank, place.competing))
                        .or_insert_with(|| why.brief());
                    output::paint_onto(&mut text, Style::Dim, &[brief]);
                }
                Some(why) => output::paint_onto(&mut text, Style::Dim, &[&why.brief()]),
                None => output::paint_onto(&mut text, Style::Dim, &["-"]),
            },
        }
        text.push('\n');
    }
    match (&a.tag, contacts.is_empty(), anyone) {
        (Some(tag), true, true) => output::note(&format!(
            "No contact has the tag '{tag}' (tags are given with 'tend add --tag' or 'tend edit --tag')."
        )),
        (_, true, _) => output::note("No contacts yet: 'tend add NAME' or 'tend import linkedin PATH'."),
        _ => {}
    }
    emit(&text)?;
    Ok(0)
}

/// `tend list --sort`: by name; by the next nudge, soonest first (none
/// last); or by strength, strongest first. Ties go by name, then id.
fn sort_contacts(contacts: &mut [(crate::model::Contact, f64)], sort: ListSort, plan: &crate::planner::Plan) {
    let name = |c: &crate::model::Contact| (c.name.to_lowercase(), c.id);
    match sort {
        ListSort::Name => contacts.sort_by_cached_key(|(c, _)| name(c)),
        ListSort::Next => contacts.sort_by_cached_key(|(c, _)| {
            let due = plan.for_contact(c.id).map(|n| n.due);
            (due.is_none(), due, name(c))
        }),
        ListSort::Strength => contacts.sort_by_cached_key(|(c, strength)| {
            (
                std::cmp::Reverse(crate::planner::strength::sort_key(*strength)),
                name(c),
            )
        }),
    }
}

pub fn show(app: &mut App, a: ShowArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let c = app.contact(id)?;
    let tz = app.tz();
    let (interactions, events) = app.history(id)?;
    let their_tz = c.timezone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(tz);
    let figures = app.contact_figures(id, their_tz)?;
    let readings = app.readings(id, &interactions)?;
    let plan = app.plan_for(id)?;
    let bond = app.bond(id)?;
    let strength = bond.strength(app.now());
    let next = plan.for_contact(id);
    let mut draft = next.map(|n| app.drafted(n, false)).transpose()?;
    if let (Some(n), Some(d)) = (next, draft.as_mut()) {
        d.answers = app.answers(n, &d.text)?;
    }
    let why_none = match (next, c.status) {
        (Some(_), _) => None,
        (None, Status::Archived) => Some("archived".to_string()),
        (None, _) => Some(
            plan.why_none
                .get(&id)
                .map(|w| w.to_string())
                .unwrap_or_else(|| "nothing is due".into()),
        ),
    };
    if a.out.json {
        let mut v = output::contact_json(&c, app.settings());
        v["strength"] = output::shown_strength(strength).into();
        v["interactions"] = interactions
            .iter()
            .map(|i| {
                let mut j = output::interaction_json(i, tz);
                if let Some(acts) = readings.get(&i.id) {
                    j["read_as"] = acts.iter().map(|a| a.as_str()).collect::<Vec<_>>().into();
                }
                j
            })
            .collect();
        v["events"] = events.iter().map(|e| output::event_json(e, tz)).collect();
        v["next"] = match (next, &draft) {
            (Some(n), Some(d)) => output::nudge_json(n, d, tz),
            _ => Value::Null,
        };
        v["why_none"] = why_none.clone().map_or(Value::Null, Value::String);
        // What the text output says below the next nudge: the contact's
        // other nudges, one dropped by the cap, no reply needed to a closer.
        v["notes"] = plan.notes.get(&id).cloned().unwrap_or_default().into();
        v["stats"] = figures.json();
        emit_json(&v)?;
        return Ok(0);
    }
    let mut t = format!(
        "{} {}\n",
        paint(Style::Bold, &c.name),
        paint(Style::Dim, &format!("(id {id})"))
    );
    let opt = |label: &str, v: &Option<String>| v.as_ref().map(|v| format!("  {label:<13}{v}\n")).unwrap_or_default();
    t += &opt("greet as", &c.greet);
    t += &opt("role", &c.role);
    t += &opt("company", &c.company);
    if !c.emails.is_empty() {
        t += &format!("  {:<13}{}\n", "email", c.emails.join(", "));
    }
    t += &opt("url", &c.url);
    t += &opt("timezone", &c.timezone);
    t += &opt("met", &c.met);
    if !c.interests.is_empty() {
        t += &format!("  {:<13}{}\n", "interests", c.interests.join(", "));
    }
    if !c.tags.is_empty() {
        t += &format!("  {:<13}{}\n", "tags", c.tags.join(", "));
    }
    t += &opt("connected on", &c.connected_on.map(|d| d.to_string()));
    t += &opt("birthday", &c.birthday.map(|b| b.to_string()));
    t += &format!(
        "  {:<13}{}\n",
        "cadence",
        c.cadence.unwrap_or(app.settings().rules.default_cadence)
    );
    let status = match c.paused_until {
        Some(d) if c.status == Status::Paused => format!("paused until {d}"),
        _ => c.status.to_string(),
    };
    t += &format!("  {:<13}{status}\n", "status");
    t += &format!(
        "  {:<13}{}: {}\n",
        "strength",
        crate::planner::strength::shown(strength),
        bond.grounds(app.now())
    );
    t += &opt("note", &c.note);
    t += &opt("figures", &figures.sentence());
    if !interactions.is_empty() || !events.is_empty() {
        t += &format!("\n{}\n", paint(Style::Bold, "Timeline"));
        // The ids `tend fix` and `tend unlog` take, in one column.
        let id_width = 1 + interactions
            .iter()
            .map(|i| i.id)
            .chain(events.iter().map(|e| e.id))
            .max()
            .unwrap_or(0)
            .to_string()
            .len();
        let mut lines: Vec<(chrono::DateTime<chrono::Utc>, String)> = interactions
            .iter()
            .map(|i| {
                let arrow = match i.direction {
                    Direction::Out => "→",
                    Direction::In => "←",
                    Direction::Both => "↔",
                };
                let note = i.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
                let read = readings
                    .get(&i.id)
                    .map(|acts| format!("\n{:>w$}read as: {}", "", acts.describe(), w = id_width + 24))
                    .unwrap_or_default();
                let id = paint(Style::Dim, &format!("{:<id_width$}", format!("i{}", i.id)));
                (
                    i.at,
                    format!("  {id} {}  {arrow} {}{note}{read}", output::when(i.at, tz), i.channel),
                )
            })
            .collect();
        lines.extend(events.iter().map(|e| {
            let at = crate::time::start_of_day(e.on, tz);
            let detail = e.detail.as_deref().map(|d| format!(": {d}")).unwrap_or_default();
            let id = paint(Style::Dim, &format!("{:<id_width$}", format!("e{}", e.id)));
            let until = output::until_words(e.until);
            (at, format!("  {id} {}             ★ {}{until}{detail}", e.on, e.kind))
        }));
        lines.sort_by_key(|(at, _)| *at);
        for (_, l) in lines {
            t += &l;
            t.push('\n');
        }
    }
    t += &format!("\n{}\n", paint(Style::Bold, "Next"));
    match (next, draft) {
        (Some(n), Some(d)) => {
            t += &format!(
                "  {} {} ({})\n",
                paint(Style::Green, n.kind.as_str()),
                output::when(n.due, tz),
                n.state_word()
            );
            t += &format!("  {}\n\n  {}\n", n.reason, d.text.replace('\n', "\n  "));
            t += &output::answer_lines(&d, "  ");
            match (output::fallback_line(&d), d.engine) {
                (Some(line), _) => t += &format!("  {}\n", paint(Style::Dim, &line)),
                (None, crate::config::Engine::Model) => {
                    t += &format!("  {}\n", paint(Style::Dim, "(written by the local model)"));
                }
                (None, _) => {}
            }
        }
        _ => t += &format!("  none: {}\n", why_none.unwrap_or_default()),
    }
    for note in plan.notes.get(&id).into_iter().flatten() {
        t += &format!("  {note}\n");
    }
    emit(&t)?;
    Ok(0)
}

/// The direction `tend log` records, checked before the database is opened.
pub fn log_direction(a: &LogArgs) -> Result<Direction> {
    Ok(match (a.out, a.inbound, a.both) {
        (true, _, _) => Direction::Out,
        (_, true, _) => Direction::In,
        (_, _, true) => Direction::Both,
        _ => a
            .channel
            .default_direction()
            .ok_or_else(|| Error::Input(format!("a {} needs a direction: give --out, --in or --both", a.channel)))?,
    })
}

pub fn log(app: &mut App, a: LogArgs, direction: Direction) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let at = a.at.map_or(app.now(), |x| x.resolve(app.tz()));
    let channel = a.channel;
    let now = app.now();
    // Rule 13: only a meeting or call can be planned ahead.
    if at > now && !matches!(channel, Channel::Meeting | Channel::Call) {
        return Err(Error::Input(format!(
            "--at {} is in the future: only a meeting or call can be logged ahead (a planned one); log a {channel} once it has happened",
            output::rfc3339(at, app.tz())
        )));
    }
    let note = a.note;
    let iid = app.log(id, at, direction, channel, note.as_deref())?;
    let c = app.contact(id)?;
    if a.json.json {
        emit_json(
            &json!({"id": iid, "contact_id": id, "contact": c.name, "at": output::rfc3339(at, app.tz()),
            "direction": direction.as_str(), "channel": channel.as_str(), "note": note}),
        )?;
    } else {
        emit(&format!(
            "Logged {} {} with {} at {}.\n",
            direction,
            channel,
            c.name,
            output::when(at, app.tz())
        ))?;
        if let Some(e) = app.event_from_message(iid)?
            && let Some(until) = e.until
        {
            emit(&format!(
                "Noted: {} is away {} - {} (from their message, e{}); check-ins and milestones wait.\n",
                crate::names::greeting_name(&c.name),
                e.on.format("%-d %b"),
                until.format("%-d %b"),
                e.id
            ))?;
        }
    }
    Ok(0)
}

pub fn event(app: &mut App, a: EventArgs) -> Result<i32> {
    let id = app.resolve(&a.contact)?;
    let on = a.on.unwrap_or_else(|| crate::time::local_date(app.now(), app.tz()));
    let detail = a.detail;
    let kind = a.kind;
    check_until(kind, on, a.until)?;
    let already = app.congratulated_before(id, kind, on)?;
    let before = app.contact(id)?;
    let eid = app.record_event(id, kind, (on, a.until), detail.as_deref())?;
    let c = app.contact(id)?;
    if a.out.json {
        emit_json(
            &json!({"id": eid, "contact_id": id, "contact": c.name, "kind": kind.as_str(), "on": on.to_string(),
            "until": a.until.map(|d| d.to_string()), "detail": detail}),
        )?;
    } else {
        emit(&format!(
            "Recorded {} for {} on {on}{}.\n",
            kind,
            c.name,
            output::until_words(a.until)
        ))?;
        for (what, old, new) in [
            ("company", &before.company, &c.company),
            ("role", &before.role, &c.role),
        ] {
            if old != new
                && let Some(new) = new
            {
                let was = old.as_deref().map(|o| format!(" (was {o})")).unwrap_or_default();
                emit(&format!(
                    "{}'s {what} is now {new}{was}; `tend edit` changes it.\n",
                    crate::names::greeting_name(&c.name)
                ))?;
            }
        }
        if let Some(coming) = job_to_come(app, &c, kind, on, detail.as_deref()) {
            emit(&coming)?;
        }
        if let Some(at) = already {
            emit(&format!(
                "No congratulation planned: you congratulated {} on {}.\n",
                crate::names::greeting_name(&c.name),
                crate::time::local_date(at, app.tz()).format("%-d %b")
            ))?;
        }
    }
    Ok(0)
}

/// `--until`: only a busy event has an end, and it comes after its day.
pub fn check_until(kind: EventKind, on: NaiveDate, until: Option<NaiveDate>) -> Result<()> {
    match until {
        Some(u) if kind != EventKind::Busy => Err(Error::Input(format!(
            "--until {u}: only a busy event has an end (this one is {kind})"
        ))),
        Some(u) if u <= on => Err(Error::Input(format!(
            "--until {u} is not after the event's day ({on}): give the day they are back"
        ))),
        _ => Ok(()),
    }
}

/// What a job change logged ahead of its day will do to the profile then
/// (`App::apply_due_jobs`), when it changes anything.
fn job_to_come(
    app: &App,
    c: &crate::model::Contact,
    kind: crate::model::EventKind,
    on: chrono::NaiveDate,
    detail: Option<&str>,
) -> Option<String> {
    use crate::model::EventKind;
    let ahead =
        matches!(kind, EventKind::NewJob | EventKind::Promotion) && on > crate::time::local_date(app.now(), app.tz());
    let (role, company) = detail.filter(|_| ahead).map(crate::drafts::job_named)?;
    let changes: Vec<String> = [("company", company, &c.company), ("role", role, &c.role)]
        .into_iter()
        .filter_map(|(what, new, old)| {
            new.filter(|n| Some(n) != old.as_ref())
                .map(|n| format!("{what} becomes {n}"))
        })
        .collect();
    (!changes.is_empty()).then(|| {
        format!(
            "On {} {}'s {}; a `tend edit` of them before then keeps yours.\n",
            on.format("%-d %b %Y"),
            crate::names::greeting_name(&c.name),
            changes.join(" and ")
        )
    })
}

pub fn config(a: JsonFlag) -> Result<i32> {
    let (settings, clock, config_path) = crate::app::load_settings()?;
    let db = crate::paths::database(settings.storage.path.as_ref());
    let templates = crate::paths::config_dir().join("templates");
    let s = &settings;
    let entries = settings.entries();
    let now = match clock {
        crate::time::Clock::Pinned(t) => Some(output::rfc3339(t, s.user.timezone)),
        crate::time::Clock::System => None,
    };
    let sources = crate::daemon::sources::configured(&s.sources, &db);
    let at = |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| output::rfc3339(t, s.user.timezone));
    if a.json {
        let settings: serde_json::Map<String, Value> = entries.into_iter().collect();
        let sources: Vec<Value> = sources
            .iter()
            .map(|(kind, path, st)| {
                json!({
                    "kind": kind.as_str(),
                    "path": path,
                    "last_import": at(st.as_ref().and_then(|s| s.last_import_at)),
                    "imports": st.as_ref().map_or(0, |s| s.imports),
                    "interactions_added": st.as_ref().map_or(0, |s| s.interactions_added),
                    "contacts_added": st.as_ref().map_or(0, |s| s.contacts_added),
                    "last_error": st.as_ref().and_then(|s| s.last_error.clone()),
                    "last_error_at": at(st.as_ref().and_then(|s| s.last_error_at)),
                })
            })
            .collect();
        emit_json(&json!({
            "config_file": config_path.display().to_string(),
            "config_file_exists": config_path.exists(),
            "database": db.display().to_string(),
            "templates": templates.display().to_string(),
            "now_pinned": now,
            "settings": settings,
            "sources": sources,
        }))?;
        return Ok(0);
    }
    let exists = if config_path.exists() {
        ""
    } else {
        " (not present: defaults in force)"
    };
    let mut t = format!(
        "config file  {}{exists}\ndatabase     {}\ntemplates    {}\n",
        config_path.display(),
        db.display(),
        templates.display()
    );
    if let Some(now) = now {
        t += &format!("TEND_NOW     {now}\n");
    }
    // Rule 10: whether the cadences in force ask for more than the cap.
    // A database tend cannot open is not this command's to report.
    if db.exists()
        && let Some(warning) = crate::app::App::open()
            .ok()
            .and_then(|app| app.demand_warning().ok().flatten())
    {
        t += &format!("check-ins    {warning}\n");
    }
    t.push('\n');
    for (k, v) in entries {
        t += &format!("{k} = {v}\n");
    }
    if !sources.is_empty() {
        t += "\nsources (what the daemon imports by itself)\n";
    }
    for (kind, path, st) in &sources {
        let done = match st.as_ref() {
            Some(st) if st.imports > 0 => {
                let mut counts =
                    vec![crate::text::numbers::count(st.interactions_added, "interaction", "interactions") + " added"];
                if st.contacts_added > 0 {
                    counts.push(crate::text::numbers::count(st.contacts_added, "contact", "contacts") + " added");
                }
                format!(
                    "last import {} ({}: {})",
                    at(st.last_import_at).unwrap_or_default(),
                    crate::text::numbers::count(st.imports, "import", "imports"),
                    counts.join(", ")
                )
            }
            Some(_) => "watched, nothing imported yet".to_string(),
            None => "not watched yet (the daemon starts on it when it runs)".to_string(),
        };
        t += &format!("{:<9} {}  {done}\n", kind.as_str(), path);
        if let Some(st) = st
            && let Some(err) = &st.last_error
        {
            t += &format!(
                "{:<9} error since {}: {}\n",
                "",
                at(st.last_error_at).unwrap_or_default(),
                err.replace('\n', " ")
            );
        }
    }
    emit(&t)?;
    Ok(0)
}

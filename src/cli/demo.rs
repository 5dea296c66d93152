//! `tend demo`: a throwaway sample network (invented people) in an in-memory
//! database, its agenda, and one real desktop notification, so that a
//! newcomer sees the product work before entering any data.

use chrono::{DateTime, Utc};
use std::io::IsTerminal;
use std::time::Duration as StdDuration;

use super::args::DemoArgs;
use super::output::{emit, note};
use crate::app::App;
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::model::ContactFields;
use crate::model::{Channel, Direction, EventKind};
use crate::notify::{self, Desktop};
use crate::time::Clock;

/// How long the demo keeps its notification's connection open for the user
/// to try the buttons (some servers drop a notification when it closes).
const TRY_BUTTONS: StdDuration = StdDuration::from_secs(120);

pub fn run(a: DemoArgs) -> Result<i32> {
    // The built-in settings, not the user's: the demo shows the defaults.
    let settings = Settings::defaults()?;
    let clock = Clock::from_env(settings.user.timezone).map_err(Error::Input)?;
    let mut app = App::in_memory(settings, clock)?;
    seed(&mut app)?;

    emit(
        "tend demo: a made-up network of five people, in a throwaway in-memory database\n\
         (your own data is not touched). Here is what tend suggests for the next 7 days:\n\n",
    )?;
    super::nudges::print_agenda(&app, 7, false)?;

    let plan = app.plan()?;
    let Some(first) = app.agenda(&plan, 7).into_iter().next() else {
        return Ok(0);
    };
    let msg = notify::nudge_message(&app, &first)?;
    if a.no_notify {
        return finish();
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("starting the async runtime", e))?;
    rt.block_on(async {
        match Desktop::send(&msg).await {
            Ok(handle) => {
                emit(&format!(
                    "A desktop notification is on your screen: \"{}\". The daemon raises one like it when a nudge falls due.\n",
                    msg.summary
                ))?;
                if std::io::stdin().is_terminal() {
                    emit("Try its buttons (nothing is saved); Ctrl-C to leave.\n")?;
                    let mut chosen = None;
                    let waited =
                        tokio::time::timeout(TRY_BUTTONS, handle.wait_for_action_async(|r| chosen = Some(r.clone())))
                            .await;
                    if let (Ok(()), Some(notify_rust::NotificationResponse::Action(id))) = (waited, chosen) {
                        let label = notify::Action::from_id(&id).map_or(id.as_str(), |a| a.label());
                        emit(&format!("You chose \"{label}\": on your own data it does what the command does.\n"))?;
                    }
                }
                Ok(())
            }
            Err(e) => {
                note(&format!(
                    "(No desktop notification: {e}. Without a desktop session, use [notify] backend = \"stdout\".)"
                ));
                let body: Vec<String> = msg
                    .body
                    .lines()
                    .map(|l| if l.is_empty() { String::new() } else { format!("  {l}") })
                    .collect();
                emit(&format!("It would say:\n\n  {}\n\n{}\n", msg.summary, body.join("\n")))
            }
        }
    })?;
    finish()
}

fn finish() -> Result<i32> {
    emit(&your_turn(tend_on_path()))?;
    Ok(0)
}

/// Whether a `tend` program is on `PATH` (after `cargo run` it is not).
fn tend_on_path() -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("tend").is_file()))
}

/// The closing lines: commands the user can paste as they are, so through
/// `cargo run` until tend is installed. The service only after installing:
/// a unit written from `cargo run` would start the binary of the build
/// folder, which the next `cargo clean` removes.
fn your_turn(installed: bool) -> String {
    let tend = if installed { "tend" } else { "cargo run --release --" };
    let mut text = format!(
        "\nYour turn: {tend} add \"Name\" --met \"where you met\", then {tend} log NAME --in when they write;\n"
    );
    if installed {
        text.push_str("tend service install runs the daemon with your desktop session.\n");
    } else {
        text.push_str(
            "to keep tend, install it first: 'cargo install --path . --locked' puts it in ~/.cargo/bin, \
             which rustup adds to your PATH;\nthen 'tend service install' runs the daemon with your desktop session.\n",
        );
    }
    text
}

fn ago(app: &App, days: i64, hours: i64) -> DateTime<Utc> {
    app.now() - chrono::Duration::days(days) - chrono::Duration::hours(hours)
}

/// The sample network: one of each kind of nudge, and one contact with none.
fn seed(app: &mut App) -> Result<()> {
    let now = app.now();
    let tz = app.tz();
    let today = crate::time::local_date(now, tz);
    let person = |name: &str, company: &str, role: &str, met: &str, url: &str| ContactFields {
        name: Some(name.into()),
        company: Some(company.into()),
        role: Some(role.into()),
        met: Some(met.into()),
        url: Some(url.into()),
        ..ContactFields::default()
    };
    let sara_wrote = ago(app, 1, 2);
    let priya_called = ago(app, 50, 0);
    let jonas_talked = ago(app, 90, 0);
    let mei_messaged = ago(app, 1, 0);
    let sara = app.add_contact(&person(
        "Sara Lee",
        "Lumen Labs",
        "Product designer",
        "the UX meetup in Lyon",
        "https://www.linkedin.com/in/sara-lee-demo",
    ))?;
    app.log(
        sara,
        sara_wrote,
        Direction::In,
        Channel::Message,
        Some("Great chatting at the meetup! How is your design-system migration going?"),
    )?;
    let mut tomas = person(
        "Tomás Ortega",
        "Ferrous Works",
        "Embedded engineer",
        "the RustConf hallway track",
        "https://www.linkedin.com/in/tomas-ortega-demo",
    );
    tomas.connected_on = today.checked_sub_days(chrono::Days::new(2));
    tomas.interests = Some(vec!["embedded Rust".into()]);
    app.add_contact(&tomas)?;
    let priya = app.add_contact(&person(
        "Priya Nair",
        "Cobalt Cloud",
        "Platform engineer",
        "a former team",
        "https://www.linkedin.com/in/priya-nair-demo",
    ))?;
    app.log(
        priya,
        priya_called,
        Direction::Both,
        Channel::Call,
        Some("Talked about her move to platform engineering"),
    )?;
    let jonas = app.add_contact(&person(
        "Jonas Berg",
        "Northwind",
        "Staff engineer",
        "a conference panel",
        "https://www.linkedin.com/in/jonas-berg-demo",
    ))?;
    app.log(jonas, jonas_talked, Direction::Both, Channel::Meeting, None)?;
    if let Some(on) = today.checked_sub_days(chrono::Days::new(2)) {
        app.record_event(
            jonas,
            EventKind::NewJob,
            (on, None),
            Some("Staff engineer at Northwind"),
        )?;
    }
    let mei = app.add_contact(&person(
        "Mei Chen",
        "Quill Analytics",
        "Data scientist",
        "a hackathon",
        "https://www.linkedin.com/in/mei-chen-demo",
    ))?;
    app.log(
        mei,
        mei_messaged,
        Direction::Out,
        Channel::Message,
        Some("Shared the notebook we talked about"),
    )?;
    Ok(())
}

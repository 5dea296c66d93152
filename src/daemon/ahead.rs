//! The daemon writes model drafts ahead (daemon.md): for the nudges due in
//! the next day that have no kept draft, it asks the model, checks each
//! draft with the guardrails and keeps the one it will show, so that a
//! notification never waits on the model. It runs on its own thread with
//! its own connection, started by a tick of the daemon (no wake-up of its
//! own), one at a time.

use std::path::PathBuf;

use crate::app::App;
use crate::config::Engine;
use crate::config::Settings;
use crate::error::Result;
use crate::time::Clock;

/// What a writer needs to open the daemon's data on its own.
#[derive(Clone)]
pub struct Ahead {
    pub settings: Settings,
    pub clock: Clock,
    pub db: PathBuf,
    pub config_path: PathBuf,
}

/// Writes and keeps the model drafts of the nudges due within a day that
/// have none kept; returns how many it asked the model for.
pub fn write_ahead(a: &Ahead) -> Result<usize> {
    if a.settings.drafts.engine != Engine::Model {
        return Ok(0);
    }
    let app = App::open_at(a.settings.clone(), a.clock, &a.db, a.config_path.clone())?;
    let plan = app.plan_within(1)?;
    let mut asked = 0;
    for nudge in app.agenda(&plan, 1) {
        if app.has_kept_model_draft(&nudge)? {
            continue;
        }
        let d = app.drafted(&nudge, true)?;
        asked += 1;
        match &d.fallback {
            None => tracing::info!("wrote a model draft ahead for contact {}", nudge.contact_id),
            Some(why) => tracing::info!("template kept for contact {}: {why}", nudge.contact_id),
        }
    }
    app.close()?;
    Ok(asked)
}

/// Starts [`write_ahead`] on its own thread, unless one still runs.
pub fn start(a: &Ahead, running: &mut Option<std::thread::JoinHandle<()>>) {
    if a.settings.drafts.engine != Engine::Model || running.as_ref().is_some_and(|h| !h.is_finished()) {
        return;
    }
    let a = a.clone();
    *running = Some(std::thread::spawn(move || {
        if let Err(e) = write_ahead(&a) {
            tracing::warn!("cannot write model drafts ahead: {e}");
        }
    }));
}

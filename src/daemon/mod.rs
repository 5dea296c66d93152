//! `tend daemon`: delivers nudges as they fall due, handles the actions on
//! them, sends the daily digest.
//!
//! One task on a single-threaded tokio runtime owns the [`App`]. It sleeps
//! until the next due slot or digest, capped at [`WALL_CHECK`]: tokio's
//! timers run on the monotonic clock, which stops during suspend, so the cap
//! is what makes a nudge that fell due while the laptop slept (or after a
//! clock change) come within a minute. Writes by the CLI wake it through
//! inotify; signals and notification actions through their own channels.

mod actions;
pub mod ahead;
pub mod digest;
pub mod lock;
pub mod service;
pub mod sources;
mod watch;

use chrono::{DateTime, Utc};
use std::time::Duration;
use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::mpsc;
use tokio::time::Instant;

use crate::app::App;
use crate::config::Settings;
use crate::error::{Error, Result};
use crate::notify::{self, Action, Backend, Notifier, Reply};
use crate::planner::Plan;
use crate::time::Clock;
use digest::Digest;

/// The longest sleep: how late a suspend or a clock change may be noticed.
const WALL_CHECK: Duration = Duration::from_secs(30);
/// After a failed delivery: the first wait before trying again, and the longest.
const RETRY_FIRST: Duration = Duration::from_secs(30);
const RETRY_MAX: Duration = Duration::from_secs(15 * 60);
/// Writes come in bursts (the database and its journal): wait for the end.
const SETTLE: Duration = Duration::from_millis(100);

/// Runs the daemon; `once`: import what is new in the sources, deliver what
/// is due now, then exit.
pub fn run(once: bool) -> Result<i32> {
    init_logging();
    let app = App::open()?;
    let _lock = lock::acquire(app.db_path())?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("starting the async runtime", e))?;
    rt.block_on(async move {
        let mut d = Daemon::new(app)?;
        if once { d.once().await } else { d.serve().await }
    })
}

fn init_logging() {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("TEND_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,zbus=warn"));
    let ansi = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_target(false);
    // journald stamps each line itself.
    let _ = if std::env::var_os("JOURNAL_STREAM").is_some() {
        builder.without_time().try_init()
    } else {
        builder.try_init()
    };
    // A bug in a dependency (notify-rust unwraps bus errors in its action
    // listener) must not print a backtrace: one log line instead.
    std::panic::set_hook(Box::new(|info| tracing::error!("internal error: {info}")));
}

struct Daemon {
    app: App,
    backend: Backend,
    replies_tx: mpsc::UnboundedSender<Reply>,
    replies: mpsc::UnboundedReceiver<Reply>,
    digest: Option<Digest>,
    /// The digest comes at its first time after this instant.
    digest_after: DateTime<Utc>,
    /// After a failed delivery, no new try before this (monotonic: it must
    /// pass even when `TEND_NOW` stops the daemon's clock).
    retry_at: Option<Instant>,
    backoff: Duration,
    /// Nudges shown whose delivery could not be recorded yet: never shown
    /// again, recorded at the next chance (a nudge is shown once, whatever
    /// the database does).
    unrecorded: Vec<crate::model::Nudge>,
    /// The thread writing model drafts ahead, if one was started.
    ahead: Option<std::thread::JoinHandle<()>>,
}

impl Daemon {
    fn new(app: App) -> Result<Daemon> {
        let (replies_tx, replies) = mpsc::unbounded_channel();
        let backend = Backend::new(app.settings().notify.backend, replies_tx.clone());
        let digest = digest_of(app.settings())?;
        let digest_after = app.now();
        Ok(Daemon {
            app,
            backend,
            replies_tx,
            replies,
            digest,
            digest_after,
            retry_at: None,
            backoff: RETRY_FIRST,
            unrecorded: Vec::new(),
            ahead: None,
        })
    }

    async fn once(&mut self) -> Result<i32> {
        // As when serving: what arrived since the last run is imported first,
        // so a reply already sent by e-mail is not nudged from cron.
        drop(self.watch_sources().await);
        let plan = self.app.plan_within(1)?;
        let (delivered, failure) = self.deliver(&plan).await;
        match failure {
            Some(e) => Err(Error::Failed(format!(
                "delivered {delivered}, but could not deliver the rest: {e}; they stay pending{}",
                headless_hint(&self.backend)
            ))),
            None => {
                tracing::info!("delivered {delivered} nudge(s)");
                // After delivering: nothing shown waits on the model.
                if let Err(e) = ahead::write_ahead(&self.ahead_of()) {
                    tracing::warn!("cannot write model drafts ahead: {e}");
                }
                Ok(0)
            }
        }
    }

    async fn serve(&mut self) -> Result<i32> {
        let sig = |k: SignalKind| signal(k).map_err(|e| Error::io("installing a signal handler", e));
        let (mut term, mut int, mut hup) = (
            sig(SignalKind::terminate())?,
            sig(SignalKind::interrupt())?,
            sig(SignalKind::hangup())?,
        );
        let mut watch = match watch::DbWatch::new(self.app.db_path()) {
            Ok(w) => Some(w),
            Err(e) => {
                tracing::warn!(
                    "cannot watch '{}' for changes ({e}); changes made with the command line show within {} s",
                    self.app.db_path().display(),
                    WALL_CHECK.as_secs()
                );
                None
            }
        };
        // Sources first: what arrived while the daemon was away is imported
        // before anything is shown (a reply sent by e-mail makes its nudge moot).
        let mut sources = self.watch_sources().await;
        let mut ready = false;
        'serve: loop {
            let wake = self.tick().await;
            if let Some(w) = sources.as_mut() {
                let (added, messages) = w.retry(&mut self.app);
                self.announce(messages).await;
                if added {
                    continue;
                }
            }
            if !ready {
                let _ = sd_notify::notify(&[sd_notify::NotifyState::Ready]);
                tracing::info!(
                    "tend daemon ready for '{}' ({} notifications)",
                    self.app.db_path().display(),
                    backend_word(&self.backend)
                );
                ready = true;
            }
            let nap_until = Instant::now() + self.nap(wake);
            // Source events are gathered without planning again; an import
            // that added something, like everything else here, plans again.
            loop {
                let settle = sources.as_ref().and_then(sources::Watcher::deadline);
                tokio::select! {
                    () = tokio::time::sleep_until(nap_until) => break,
                    changed = or_never(watch.as_mut().map(watch::DbWatch::changed)) => {
                        if let Err(e) = changed {
                            tracing::warn!("stopped watching the database for changes: {e}");
                            watch = None;
                        } else {
                            tokio::time::sleep(SETTLE).await;
                            if let Some(w) = watch.as_mut() {
                                w.drain();
                            }
                            tracing::debug!("the database changed");
                        }
                        break;
                    }
                    event = or_never(sources.as_mut().map(sources::Watcher::event)) => {
                        if let Err(e) = event {
                            tracing::warn!("stopped watching the sources for changes: {e}");
                            sources = None;
                        }
                    }
                    () = or_never(settle.map(tokio::time::sleep_until)) => {
                        if let Some(w) = sources.as_mut() {
                            let (added, messages) = w.flush(&mut self.app);
                            self.announce(messages).await;
                            if added {
                                break;
                            }
                        }
                    }
                    Some(reply) = self.replies.recv() => {
                        self.on_reply(reply).await;
                        break;
                    }
                    _ = term.recv() => break 'serve,
                    _ = int.recv() => break 'serve,
                    _ = hup.recv() => {
                        let before = self.app.settings().sources.clone();
                        self.reload();
                        if self.app.settings().sources != before {
                            sources = self.watch_sources().await;
                        } else if let Some(w) = sources.as_mut() {
                            w.retry_soon();
                        }
                        break;
                    }
                }
            }
        }
        let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
        tracing::info!("tend daemon stopping");
        Ok(0)
    }

    /// Watches `[sources]` and imports what is new since the daemon last ran.
    async fn watch_sources(&mut self) -> Option<sources::Watcher> {
        if self.app.settings().sources.is_empty() {
            return None;
        }
        match sources::Watcher::new(&self.app.settings().sources) {
            Ok(mut w) => {
                let (_, messages) = w.start(&mut self.app);
                self.announce(messages).await;
                Some(w)
            }
            Err(e) => {
                tracing::warn!("cannot watch the sources ([sources]): {e}; nothing is imported by itself");
                None
            }
        }
    }

    /// Shows what an import did; a notification that cannot be shown is
    /// only logged (the import itself is in the log already).
    async fn announce(&mut self, messages: Vec<notify::Message>) {
        for msg in messages {
            match self.backend.show(&msg).await {
                Ok(()) => tracing::info!("announced: {}", msg.summary),
                Err(e) => tracing::warn!("cannot show '{}': {e}", msg.summary),
            }
        }
    }

    /// How long to sleep before the next look.
    fn nap(&self, wake: Option<DateTime<Utc>>) -> Duration {
        let mut nap = WALL_CHECK;
        // A pinned clock (`TEND_NOW`) stands still: nothing falls due by waiting.
        if let (Some(w), Clock::System) = (wake, self.app.clock()) {
            nap = nap.min((w - self.app.now()).to_std().unwrap_or(Duration::ZERO));
        }
        if let Some(r) = self.retry_at {
            nap = nap.min(r.saturating_duration_since(Instant::now()));
        }
        nap
    }

    /// Plans, takes back what was acted upon elsewhere, delivers what is due,
    /// sends the digest when its time has come; returns when to look next.
    async fn tick(&mut self) -> Option<DateTime<Utc>> {
        // A job change logged ahead reaches the profile on its day, as at
        // the open of any command.
        if let Err(e) = self.app.apply_due_jobs() {
            tracing::warn!("cannot bring the new jobs whose day has come into the profiles: {e}");
        }
        if let Err(e) = self.app.refresh_stale() {
            tracing::warn!("cannot update the contacts whose planned meetings have happened: {e}");
        }
        // Reasons are phrased only for what is due by tomorrow: all a tick shows.
        let plan = match self.app.plan_within(1) {
            Ok(p) => p,
            Err(e) => {
                tracing::error!("cannot plan: {e}");
                return None;
            }
        };
        self.withdraw_stale(&plan).await;
        if self.retry_at.is_none_or(|r| Instant::now() >= r) {
            let (_, failure) = self.deliver(&plan).await;
            match failure {
                Some(e) => {
                    tracing::warn!(
                        "cannot show notifications: {e}; the nudges stay pending, next try in {} s{}",
                        self.backoff.as_secs(),
                        headless_hint(&self.backend)
                    );
                    self.retry_at = Some(Instant::now() + self.backoff);
                    self.backoff = (self.backoff * 2).min(RETRY_MAX);
                }
                None => {
                    self.retry_at = None;
                    self.backoff = RETRY_FIRST;
                }
            }
        }
        self.maybe_digest(&plan).await;
        // Model drafts for what is due within a day, on their own thread.
        ahead::start(&self.ahead_of(), &mut self.ahead);
        let next_digest = self.digest.as_ref().and_then(|d| d.next_after(self.digest_after));
        let next_due = self.app.next_due(&plan);
        [next_due, next_digest].into_iter().flatten().min()
    }

    /// What the thread writing model drafts ahead opens.
    fn ahead_of(&self) -> ahead::Ahead {
        ahead::Ahead {
            settings: self.app.settings().clone(),
            clock: *self.app.clock(),
            db: self.app.db_path().to_path_buf(),
            config_path: self.app.config_path().to_path_buf(),
        }
    }

    /// Shows each due nudge and records it as delivered once the server took
    /// it (rule 12). Stops at the first failure: the server is unavailable.
    async fn deliver(&mut self, plan: &Plan) -> (usize, Option<String>) {
        let mut delivered = 0;
        self.record_unrecorded();
        for nudge in self.app.due_now(plan) {
            if self.unrecorded.iter().any(|n| n.key == nudge.key) {
                continue;
            }
            let msg = match notify::nudge_message(&self.app, &nudge) {
                Ok(m) => m,
                Err(e) => {
                    tracing::error!("cannot prepare the {} for {}: {e}", nudge.kind, nudge.contact);
                    continue;
                }
            };
            if let Err(e) = self.backend.show(&msg).await {
                return (delivered, Some(e.to_string()));
            }
            match self.app.mark_delivered(&nudge) {
                Ok(()) => {
                    delivered += 1;
                    // Names only at debug level: a log at info is no contact list.
                    tracing::info!("delivered the {} for contact {}", nudge.kind, nudge.contact_id);
                    tracing::debug!("delivered: {}", msg.summary);
                }
                Err(e) => {
                    tracing::error!(
                        "shown but not recorded as delivered yet: {}: {e}; it will not be shown again",
                        msg.summary
                    );
                    self.unrecorded.push(nudge);
                }
            }
        }
        (delivered, None)
    }

    /// Records the deliveries that could not be recorded when shown.
    fn record_unrecorded(&mut self) {
        let pending = std::mem::take(&mut self.unrecorded);
        for nudge in pending {
            match self.app.mark_delivered(&nudge) {
                Ok(()) => tracing::info!(
                    "recorded the delivery of the {} for contact {}",
                    nudge.kind,
                    nudge.contact_id
                ),
                Err(e) => {
                    tracing::warn!(
                        "still cannot record the delivery of the {} for {}: {e}",
                        nudge.kind,
                        nudge.contact
                    );
                    self.unrecorded.push(nudge);
                }
            }
        }
    }

    /// Closes notifications whose nudge is no longer open and delivered (done,
    /// snoozed or skipped from the command line or another notification).
    async fn withdraw_stale(&mut self, plan: &Plan) {
        for key in self.backend.live() {
            // The digest's and the imports' notifications have other keys.
            let Ok(nudge_key) = key.parse::<crate::model::NudgeKey>() else {
                continue;
            };
            let open = plan
                .nudges
                .iter()
                .any(|n| n.key == nudge_key && n.state == crate::model::OpenState::Delivered);
            if !open {
                tracing::debug!(key = %key, "withdrawing a notification that was acted upon");
                self.backend.withdraw(&key).await;
            }
        }
    }

    async fn maybe_digest(&mut self, plan: &Plan) {
        let now = self.app.now();
        let Some(at) = self.digest.as_ref().and_then(|d| d.next_after(self.digest_after)) else {
            return;
        };
        if at > now {
            return;
        }
        self.digest_after = now;
        // Missed while asleep or off: still useful the same day, not later.
        let tz = self.app.tz();
        if crate::time::local_date(at, tz) != crate::time::local_date(now, tz) {
            return;
        }
        match digest::message(&self.app, plan) {
            Ok(Some(msg)) => match self.backend.show(&msg).await {
                Ok(()) => tracing::info!("digest sent: {}", msg.summary),
                Err(e) => tracing::warn!("cannot show the digest: {e}"),
            },
            Ok(None) => tracing::info!("digest: nothing due today"),
            Err(e) => tracing::error!("cannot prepare the digest: {e}"),
        }
    }

    /// Acts on a notification's button exactly as the matching command would.
    async fn on_reply(&mut self, reply: Reply) {
        match reply {
            Reply::Action {
                key,
                contact_id: Some(contact),
                action,
            } => {
                if let Err(e) = self.act(&key, contact, action) {
                    tracing::error!("{}: {e}", action.label());
                }
            }
            Reply::Action { contact_id: None, .. } => {}
            // Dismissed: the nudge stays delivered; the notification is gone.
            Reply::Closed { key } => self.backend.withdraw(&key).await,
        }
    }

    fn act(&mut self, key: &str, contact: crate::model::ContactId, action: Action) -> Result<()> {
        let plan = self.app.plan()?;
        let key = key.parse::<crate::model::NudgeKey>().ok();
        let Some(nudge) = plan.for_contact(contact).filter(|n| Some(n.key) == key).cloned() else {
            tracing::info!("{}: that nudge is no longer open", action.label());
            return Ok(());
        };
        match action {
            Action::MarkSent => {
                let (n, _) = self.app.done(contact, None)?;
                tracing::info!("marked the {} to contact {} as sent", n.kind, n.contact_id);
            }
            Action::Snooze => {
                let week: crate::time::Duration = "1w".parse().map_err(Error::Failed)?;
                let (n, until) = self.app.snooze(contact, week)?;
                tracing::info!(
                    "snoozed the {} for contact {} until {}",
                    n.kind,
                    n.contact_id,
                    crate::time::rfc3339_in(until, self.app.tz())
                );
            }
            Action::Skip => {
                let n = self.app.skip(contact)?;
                tracing::info!("skipped the {} for contact {}", n.kind, n.contact_id);
            }
            Action::CopyDraft => actions::copy_to_clipboard(self.app.draft(&nudge)?),
            Action::OpenProfile => match self.app.contact(contact)?.url {
                Some(url) => actions::open_url(url),
                None => tracing::warn!("Open profile: {} has no profile URL", nudge.contact),
            },
        }
        Ok(())
    }

    /// SIGHUP: reads the config again; a bad file keeps the old settings.
    fn reload(&mut self) {
        let _ = sd_notify::notify(&[sd_notify::NotifyState::Reloading]);
        match crate::app::load_settings().and_then(|(s, c, p)| digest_of(&s).map(|d| (s, c, p, d))) {
            Ok((settings, clock, config_path, digest)) => {
                let db = crate::paths::database(settings.storage.path.as_ref());
                if db != self.app.db_path() {
                    tracing::warn!(
                        "the database is now '{}': restart the daemon to use it; still serving '{}'",
                        db.display(),
                        self.app.db_path().display()
                    );
                }
                if !self.backend.is(settings.notify.backend) {
                    self.backend = Backend::new(settings.notify.backend, self.replies_tx.clone());
                }
                // User templates and [lint] phrases come back with the reload.
                let (drafter, warnings) = crate::drafts::Drafter::configured(&settings, &config_path);
                for w in warnings {
                    tracing::warn!("{w}");
                }
                self.app.set_drafter(drafter);
                self.app.reconfigure(settings, clock, config_path);
                self.digest = digest;
                self.retry_at = None;
                tracing::info!("configuration reloaded from '{}'", self.app.config_path().display());
            }
            Err(e) => tracing::error!("configuration not reloaded, keeping the old one: {e}"),
        }
        let _ = sd_notify::notify(&[sd_notify::NotifyState::Ready]);
    }
}

/// What `f` gives, or never when there is nothing to wait for.
async fn or_never<T>(f: Option<impl std::future::Future<Output = T>>) -> T {
    match f {
        Some(f) => f.await,
        None => std::future::pending().await,
    }
}

fn digest_of(settings: &Settings) -> Result<Option<Digest>> {
    settings
        .notify
        .digest
        .as_deref()
        .map(|expr| Digest::new(expr, settings.user.timezone))
        .transpose()
}

/// On a machine without a desktop, the way out is the stdout backend.
fn headless_hint(b: &Backend) -> &'static str {
    match b {
        Backend::Desktop(_) => {
            " (no desktop session here? set [notify] backend = \"stdout\" in the config to print each nudge as a JSON line)"
        }
        Backend::Stdout(_) => "",
    }
}

fn backend_word(b: &Backend) -> &'static str {
    match b {
        Backend::Desktop(_) => "desktop",
        Backend::Stdout(_) => "stdout",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn daemon(clock: Clock) -> Daemon {
        let settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        Daemon::new(App::with(settings, clock, store, "test".into())).unwrap_or_else(|e| panic!("{e}"))
    }

    #[tokio::test]
    async fn sleeps_until_the_next_slot_but_never_longer_than_the_wall_clock_check() {
        let d = daemon(Clock::System);
        let now = d.app.now();
        assert_eq!(d.nap(None), WALL_CHECK);
        assert_eq!(d.nap(Some(now + chrono::Duration::days(3))), WALL_CHECK);
        let soon = d.nap(Some(now + chrono::Duration::seconds(5)));
        assert!(
            soon <= Duration::from_secs(5) && soon > Duration::from_secs(3),
            "{soon:?}"
        );
        assert_eq!(d.nap(Some(now - chrono::Duration::seconds(5))), Duration::ZERO);
    }

    #[tokio::test]
    async fn a_pinned_clock_does_not_wait_for_slots() {
        let now = Utc::now();
        let d = daemon(Clock::Pinned(now));
        assert_eq!(d.nap(Some(now + chrono::Duration::seconds(1))), WALL_CHECK);
    }

    #[tokio::test]
    async fn a_failed_delivery_is_retried_after_the_backoff() {
        let mut d = daemon(Clock::System);
        d.retry_at = Some(Instant::now() + Duration::from_secs(7));
        let nap = d.nap(None);
        assert!(nap <= Duration::from_secs(7) && nap > Duration::from_secs(5), "{nap:?}");
    }
}

//! The application: settings, clock, store and drafter together, and the
//! operations the CLI and the daemon share (plan, agenda, done, snooze, skip,
//! delivery), so that acting from a notification does exactly what the
//! command does.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::config::Engine;
use crate::config::Settings;
use crate::drafts::{DraftInput, Drafter};
use crate::error::{Error, Result};
use crate::facts::{Facts, LiveBounds, PlanRow};
use crate::lint::gather;
use crate::model::{
    Channel, Contact, ContactId, Direction, Event, EventKind, Interaction, Nudge, NudgeState, OpenState,
};
use crate::model::{ContactFields, EventChange, InteractionChange, Record, Removed};
use crate::model_engine::Drafted;
use crate::planner::{self, Plan};
use crate::store::{self, Store};
use crate::time::{Clock, Duration};

pub mod derive;
pub(crate) mod sink;
mod sources;
mod stats;

pub struct App {
    settings: Settings,
    clock: Clock,
    store: Store,
    /// Built on first use: compiling the templates costs more than a whole
    /// `tend add`, which never needs them.
    drafter: std::sync::OnceLock<Drafter>,
    /// The config file (which may not exist) and whether it was named by `TEND_CONFIG`.
    config_path: PathBuf,
    /// Drafts shown by this run and not yet kept with their nudges: they
    /// are stored with the run's next write, or when it closes, so that
    /// showing an agenda neither waits for another writer nor writes inside
    /// its read.
    unkept: std::sync::Mutex<Vec<store::nudges::KeptDraft>>,
    /// Messages read by this run that had no stored reading (`tend show`):
    /// kept when it closes, if no other command is writing then, so that
    /// showing the contact again reads nothing (the reader's patterns cost
    /// far more to compile than the rest of a `show`).
    unkept_readings: std::sync::Mutex<Vec<store::records::ShownReading>>,
    /// Rows changed on the connection once it was open (migrations before).
    changes_at_open: u64,
}

/// Whose notes and reasons for none a plan writes (see
/// [`planner::Planning::explain`]).
#[derive(Clone, Copy)]
enum Explain<'a> {
    /// Everyone's without a horizon; no one's with one.
    Everyone,
    Only(&'a [ContactId]),
    Nobody,
}

/// Planning rows read before they are handed to the planner's thread, and
/// how many batches may wait for it.
const PLAN_BATCH: usize = 256;
const PLAN_BATCHES_AHEAD: usize = 64;

/// Planning rows on their way to the planner's thread: unpacked already, or
/// as stored, for it to unpack.
enum PlanBatch {
    Rows(Vec<PlanRow>),
    Raw(store::contacts::RawRows),
}

/// The plan as the planner's thread makes it (see [`App::plan_handing`]):
/// what reads on this thread meanwhile may take as soon as it is made.
pub struct PlanSoon<'a> {
    app: &'a App,
    made: std::sync::mpsc::Receiver<Result<Plan>>,
    taken: std::cell::Cell<bool>,
    strengths: Option<&'a Strengths>,
}

/// Each planned contact's strength now, from its planning row as stored
/// (before a summary out of date is brought up to date), as both threads
/// of a plan unpack the rows.
pub type Strengths = std::sync::Mutex<Vec<(ContactId, f64)>>;

/// Adds the strengths of `rows` (as stored) to `to`, when they are wanted.
fn note_strengths(to: Option<&Strengths>, rows: &[PlanRow], now: DateTime<Utc>) {
    if let Some(to) = to {
        lock(to).extend(rows.iter().map(|r| (r.id, r.bond().strength(now))));
    }
}

impl PlanSoon<'_> {
    /// The plan if it is made (as [`App::plan_until_with`] gives it), and
    /// not taken yet.
    pub fn try_take(&self) -> Option<Result<Plan>> {
        if self.taken.get() {
            return None;
        }
        let made = self.made.try_recv().ok()?;
        self.taken.set(true);
        Some(self.phrased(made))
    }

    /// The plan, once made: waits for the planner.
    pub fn take(&self) -> Result<Plan> {
        if self.taken.replace(true) {
            return Err(Error::Failed("the plan was taken already".into()));
        }
        let made = self
            .made
            .recv()
            .map_err(|_| Error::Failed("the planner stopped".into()))?;
        self.phrased(made)
    }

    /// Whether the plan reads every contact's planning row, so that
    /// [`PlanSoon::strengths`] gives every strength but those of archived
    /// contacts (which have no planning row).
    pub fn reads_strengths(&self) -> bool {
        self.strengths.is_some()
    }

    /// The strengths of every contact planned, once the plan was taken
    /// (see [`PlanSoon::reads_strengths`]).
    pub fn strengths(&self) -> Option<rustc_hash::FxHashMap<ContactId, f64>> {
        let all = self.strengths.filter(|_| self.taken.get())?;
        Some(lock(all).iter().copied().collect())
    }

    fn phrased(&self, made: Result<Plan>) -> Result<Plan> {
        let mut plan = made?;
        self.app.say_what_they_wrote(&mut plan)?;
        Ok(plan)
    }
}

/// What a plan reads beside the planning rows (see [`App::plan_reading`]).
struct Reading<'a> {
    events: &'a [Event],
    records: &'a [crate::facts::NudgeRecord],
    horizon: Option<DateTime<Utc>>,
    explain: Explain<'a>,
    strengths: Option<&'a Strengths>,
    /// No summary is out of date (rule 13).
    stale_none: bool,
}

/// What the planner's thread plans with.
struct PlanningOf<'a> {
    settings: &'a Settings,
    now: DateTime<Utc>,
    horizon: Option<DateTime<Utc>>,
    explain: Explain<'a>,
    extra: &'a [ContactId],
    usual_hours: store::contacts::UsualHours,
    /// Batches sent and not yet taken.
    waiting: &'a std::sync::atomic::AtomicUsize,
    strengths: Option<&'a Strengths>,
    /// Check-ins left unread that compete (rule 10's figures), set before
    /// the last batch is sent.
    elsewhere: &'a std::sync::atomic::AtomicUsize,
}

/// The planner's side of [`App::plan_handing`]: settles each batch of rows
/// as it comes (unpacking those sent as stored), then fills the calendar.
fn plan_batches(
    receive: std::sync::mpsc::Receiver<PlanBatch>,
    events: &[Event],
    records: &[crate::facts::NudgeRecord],
    greetings: &store::contacts::Greetings,
    of: PlanningOf<'_>,
) -> Result<Plan> {
    let mut planning = planner::Planning::new(events, records, of.settings, of.now, of.horizon);
    // `tend show`'s plan (see `plan_for`) explains its contact.
    match of.explain {
        Explain::Nobody => planning.explain_nobody(),
        _ => planning.explain(of.extra),
    }
    let mut unpacker = store::contacts::Unpacker::new(of.usual_hours);
    for batch in receive {
        of.waiting.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
        let rows = match batch {
            PlanBatch::Rows(rows) => rows,
            PlanBatch::Raw(raw) => {
                let mut rows = unpacker.unpack(&raw)?;
                note_strengths(of.strengths, &rows, of.now);
                greetings.attach(&mut rows);
                rows
            }
        };
        planning.add(std::borrow::Cow::Owned(rows));
    }
    planning.competing_elsewhere(of.elsewhere.load(std::sync::atomic::Ordering::Relaxed));
    Ok(planning.finish())
}

/// What a draft reads of its contact from the database.
struct DraftFacts {
    contact: Contact,
    interactions: Vec<Interaction>,
    events: Vec<Event>,
    /// For a reply to a message that names today or tomorrow: the days
    /// since it came, up to 2. A draft kept from the day it came says
    /// "today works for me"; the next day that is untrue (trials 55-56), so
    /// the day it is read on is part of its basis.
    days_after: i64,
}

impl DraftFacts {
    fn input<'a>(&'a self, nudge: &'a Nudge, on: &'a DraftsOn) -> DraftInput<'a> {
        DraftInput {
            nudge,
            contact: &self.contact,
            interactions: &self.interactions,
            events: &self.events,
            now: on.now,
            tz: on.tz,
            user_name: on.user_name,
            history: Some(&on.history),
        }
    }
}

impl DraftFacts {
    /// What a draft is written from, as a short fingerprint: the contact's
    /// fields that drafts read, every interaction and event of theirs,
    /// whether a reply is late, and the drafter's own (`written_with`: the
    /// user's templates). A kept draft whose basis differs is written again:
    /// a new message or event, or an edited profile, may make something it
    /// says untrue, and a reply a week late must not confirm a time that
    /// may have passed.
    fn basis(&self, late: bool, written_with: u64) -> String {
        use std::fmt::Write;
        let c = &self.contact;
        let mut all = format!(
            "{late}|{}|{written_with}|{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
            self.days_after, c.name, c.greet, c.company, c.role, c.met, c.interests, c.note, c.birthday, c.connected_on
        );
        let mut interactions: Vec<&Interaction> = self.interactions.iter().collect();
        interactions.sort_by_key(|i| i.id);
        for i in interactions {
            let _ = write!(
                all,
                "|i{} {} {:?} {:?} {:?}",
                i.id,
                i.at.timestamp(),
                i.direction,
                i.channel,
                i.note
            );
        }
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by_key(|e| e.id);
        for e in events {
            let _ = write!(all, "|e{} {:?} {} {:?}", e.id, e.kind, e.on, e.detail);
        }
        format!("{:016x}", crate::drafts::stable_hash(&all))
    }
}

/// The drafts waiting to be kept (a poisoned lock still holds them).
fn unkept(
    unkept: &std::sync::Mutex<Vec<store::nudges::KeptDraft>>,
) -> std::sync::MutexGuard<'_, Vec<store::nudges::KeptDraft>> {
    lock(unkept)
}

/// What `m` holds, poisoned or not (what is waiting to be kept stays valid).
fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The drafts shown and not yet kept, taken to be kept in the caller's
/// transaction.
fn take_shown(waiting: &std::sync::Mutex<Vec<store::nudges::KeptDraft>>) -> Vec<store::nudges::KeptDraft> {
    std::mem::take(&mut *unkept(waiting))
}

/// The draft for a nudge: the one kept for it when there is one (counted
/// for variety as if drafted now), else a new one.
fn kept_or_new(drafter: &Drafter, facts: &DraftFacts, nudge: &Nudge, on: &DraftsOn, kept: Option<String>) -> String {
    match kept {
        Some(text) => {
            drafter.remember(&text, &facts.contact);
            text
        }
        None => drafter.draft(&facts.input(nudge, on)),
    }
}

/// How many of a contact's latest messages from them `tend show` reads
/// when they have no stored reading.
const READ_WHEN_SHOWN: usize = 10;

/// What every draft of a run shares.
struct DraftsOn<'a> {
    now: DateTime<Utc>,
    tz: Tz,
    user_name: &'a str,
    history: std::sync::Arc<crate::lint::History>,
}

/// Rule 15: a cadence or a tag the user gives by hand (`tend add`, `tend edit`).
fn by_hand(fields: &ContactFields) -> bool {
    fields.cadence.flatten().is_some() || fields.tags.as_ref().is_some_and(|t| !t.is_empty())
}

/// What the user set by hand: a cadence or tag (rule 15), and whether the
/// cadence is their own (rule 3; `None` when the cadence is not given).
fn set_by_hand(fields: &ContactFields) -> (bool, Option<bool>) {
    (by_hand(fields), fields.cadence.map(|c| c.is_some()))
}

/// Puts in the profile the company and role a new job or promotion's
/// detail names, where they differ from it.
fn take_job(
    tx: &store::Db<'_>,
    rules: &derive::Rules,
    id: ContactId,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(c) = tx.contact(id)? else {
        return Ok(());
    };
    let (role, company) = detail.map_or((None, None), crate::drafts::job_named);
    let changed = |new: Option<String>, old: Option<&str>| new.filter(|n| Some(n.as_str()) != old);
    let fields = ContactFields {
        company: changed(company, c.company.as_deref()),
        role: changed(role, c.role.as_deref()),
        ..ContactFields::default()
    };
    if fields.is_empty() {
        return Ok(());
    }
    tx.update_contact(rules, id, &fields, now)?;
    tx.record_by_hand(id, set_by_hand(&fields))
}

/// Settings and clock from the environment, without opening the database.
pub fn load_settings() -> Result<(Settings, Clock, PathBuf)> {
    let (path, required) = crate::paths::config_file();
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let settings = Settings::load(&path, required, &env)?;
    let clock = Clock::from_env(settings.user.timezone).map_err(Error::Input)?;
    Ok((settings, clock, path))
}

impl App {
    /// Opens everything from the environment (config, `TEND_NOW`, `TEND_DB`).
    pub fn open() -> Result<App> {
        let (settings, clock, config_path) = load_settings()?;
        let store = Store::open(&crate::paths::database(settings.storage.path.as_ref()))?;
        let mut app = App::with(settings, clock, store, config_path);
        app.remake_summaries();
        app.read_waiting_again();
        if let Err(e) = app.apply_due_jobs() {
            eprintln!("warning: the new jobs whose day has come did not reach the profiles: {e}");
        }
        Ok(app)
    }

    /// A run on a throwaway in-memory database (`tend demo`), with
    /// `settings` that come from no file.
    pub fn in_memory(settings: Settings, clock: Clock) -> Result<App> {
        let store = Store::open_in_memory()?;
        Ok(App::with(settings, clock, store, "(built-in defaults)".into()))
    }

    /// An App on the database at `db`, with settings and clock already
    /// loaded (the daemon's thread that writes model drafts ahead).
    pub fn open_at(settings: Settings, clock: Clock, db: &std::path::Path, config_path: PathBuf) -> Result<App> {
        Ok(App::with(settings, clock, Store::open(db)?, config_path))
    }

    pub fn with(settings: Settings, clock: Clock, store: Store, config_path: PathBuf) -> App {
        let changes_at_open = store.total_changes();
        App {
            settings,
            clock,
            store,
            drafter: std::sync::OnceLock::new(),
            unkept: std::sync::Mutex::new(Vec::new()),
            unkept_readings: std::sync::Mutex::new(Vec::new()),
            config_path,
            changes_at_open,
        }
    }

    /// The rules whose results the store keeps (readings, usual hours), in
    /// the user's zone.
    pub fn rules(&self) -> derive::Rules {
        derive::Rules {
            user_zone: self.settings.user.timezone,
        }
    }

    /// The store, as the formats load into it.
    fn loading(&mut self) -> sink::Loading<'_> {
        sink::Loading {
            rules: self.rules(),
            store: &mut self.store,
        }
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The clock: the system's, or pinned by `TEND_NOW`.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The config file (which may not exist).
    pub fn config_path(&self) -> &std::path::Path {
        &self.config_path
    }

    /// Takes a reloaded configuration (the daemon, on SIGHUP or a changed
    /// file); the drafter is the caller's to rebuild.
    pub fn reconfigure(&mut self, settings: Settings, clock: Clock, config_path: PathBuf) {
        self.settings = settings;
        self.clock = clock;
        self.config_path = config_path;
    }

    /// The store, for the tests of other modules to look into.
    #[cfg(test)]
    pub(crate) fn store_for_tests(&self) -> &Store {
        &self.store
    }

    /// Moves a test's pinned clock.
    #[cfg(test)]
    pub(crate) fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// Where the database is (the daemon's lock and watch, and its check
    /// that a notification's action is for this database).
    pub fn db_path(&self) -> &std::path::Path {
        self.store.path()
    }

    /// Whether this run has changed the database.
    pub fn wrote(&self) -> bool {
        self.store.total_changes() > self.changes_at_open
    }

    /// Ends the run: keeps the drafts it showed, closes the database.
    pub fn close(mut self) -> Result<()> {
        if !unkept(&self.unkept).is_empty() {
            // On a read-only database or a full disk the drafts are not kept
            // (they are made again next time); the command that showed them
            // has done its work (issue 27, item 3).
            self.store
                .transact_if_writable(|tx| tx.keep_drafts(&take_shown(&self.unkept)))?;
        }
        let readings = std::mem::take(&mut *lock(&self.unkept_readings));
        if !readings.is_empty() {
            // Only worth it when the database is free: a reading not kept is
            // read again next time, so neither waiting for another writer nor
            // a database that cannot be written (full, read-only) fails a
            // command that has done its work.
            let _ = self.store.transact_if_free(|tx| tx.keep_shown_readings(&readings));
        }
        self.store.close()
    }

    /// The drafter for the settings in force, with the user's templates.
    pub fn drafter(&self) -> &Drafter {
        self.drafter.get_or_init(|| {
            let (drafter, warnings) = Drafter::configured(&self.settings, &self.config_path);
            // Once per process: a broken user template falls back to the built-in one.
            for w in warnings {
                eprintln!("warning: {w}");
            }
            drafter
        })
    }

    /// Replaces the drafter (the daemon's config reload).
    pub fn set_drafter(&mut self, drafter: Drafter) {
        self.drafter = std::sync::OnceLock::from(drafter);
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn tz(&self) -> Tz {
        self.settings.user.timezone
    }

    /// Runs `f`'s reads on one snapshot (see [`Store::read`]).
    pub fn read<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        self.store.read(f)
    }

    /// Tells other tend commands, while it lives, that an import runs (they
    /// say so while they wait for it).
    /// Stores the summaries that meetings or calls which have happened since
    /// made out of date (rule 13). Reads bring them up to date in memory; the
    /// daemon calls this so that they stay cheap. Writes only when needed.
    pub fn refresh_stale(&mut self) -> Result<usize> {
        let now = self.now();
        if self.store.db().stale_ids(now)?.is_empty() {
            return Ok(0);
        }
        let rules = self.rules();
        self.store.transact(|tx| tx.refresh_stale(&rules, now))
    }

    /// Whether each message waiting for a reply closes the conversation
    /// (rule 1), read again with the phrases of `[drafts]` when the user set
    /// any: the store marks closers with the built-in lists only.
    fn read_closers_again(&self, rows: &mut [PlanRow]) -> Result<()> {
        if !self.has_own_closers() {
            return Ok(());
        }
        let extra = &self.settings.drafts.intents;
        let db = self.store.db();
        for row in rows.iter_mut() {
            if let Some((message, since)) = row.summary.pending_inbound {
                let Some(latest) = db.interaction(message)? else {
                    continue;
                };
                // A question before it still waits: "could you look at my CV?"
                // and then "cheers mate" owe the reply (rule 1's run).
                if since < latest.at {
                    continue;
                }
                let note = latest.note;
                // The user's own closing phrases add closers to the stored reading.
                row.summary.pending_closer |= note.is_some_and(|t| {
                    crate::text::reader::closes(
                        &t,
                        &crate::text::Context {
                            previous_out: None,
                            extra_closers: &extra.closers,
                            colleague: false,
                        },
                    )
                });
            }
        }
        Ok(())
    }

    /// Whether `[drafts]` adds phrases of the user's own, which the stored
    /// closer marks (built-in lists only) do not know.
    fn has_own_closers(&self) -> bool {
        self.settings.drafts.intents != crate::config::ExtraPhrases::default()
    }

    pub fn importing(&self) -> store::Importing {
        store::Importing::mark(self.store.path())
    }

    /// Resolves a CONTACT argument (an id or a unique part of a name).
    pub fn resolve(&self, arg: &str) -> Result<ContactId> {
        self.store.resolve(arg)
    }

    /// The ids of the contacts with exactly this name (case-insensitive).
    pub fn ids_named(&self, name: &str) -> Result<Vec<ContactId>> {
        self.store.db().ids_named(name)
    }

    /// One contact, or exit 1 when there is none with that id.
    pub fn contact(&self, id: ContactId) -> Result<Contact> {
        self.store.contact(id)
    }

    /// A contact's name alone (readable even when other columns are damaged).
    pub fn contact_name(&self, id: ContactId) -> Result<String> {
        self.store.db().name_of(id)?.ok_or_else(|| Error::NoSuchId(id))
    }

    /// Whether there is any contact at all.
    pub fn has_contacts(&self) -> Result<bool> {
        self.store.db().any_contact()
    }

    /// Every contact, in id order.
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        self.store.db().contacts()
    }

    /// Every contact in id order, each with its strength now (rule 15), read
    /// from the same row: `tend list` read the contacts, then every row again
    /// for the strengths.
    pub fn contacts_with_strengths(&self) -> Result<Vec<(Contact, f64)>> {
        let mut all = Vec::new();
        self.each_contact(|c, strength| {
            all.push((c, strength));
            Ok(())
        })?;
        Ok(all)
    }

    /// Calls `each` with every contact in id order, one at a time, without
    /// the history counts strength is computed from (a plan that reads
    /// every planning row has them: [`PlanSoon::strengths`]).
    pub fn each_contact_alone(&self, each: impl FnMut(Contact) -> Result<()>) -> Result<()> {
        self.store.db().for_each_contact_alone(each)
    }

    /// Calls `each` with every contact in id order, one at a time, with its
    /// strength now (as [`App::strengths`] gives it).
    pub fn each_contact(&self, mut each: impl FnMut(Contact, f64) -> Result<()>) -> Result<()> {
        let now = self.now();
        self.store.db().for_each_contact(|c, bond| each(c, bond.strength(now)))
    }

    /// A contact's interactions and events, oldest first.
    pub fn history(&self, id: ContactId) -> Result<(Vec<Interaction>, Vec<Event>)> {
        let db = self.store.db();
        Ok((db.interactions_of(id)?, db.events_of(id)?))
    }

    /// What each of their inbound messages was read as: the stored reading,
    /// else read now (an old message of a long history is read when shown)
    /// and kept when the run closes.
    pub fn readings(&self, id: ContactId, interactions: &[Interaction]) -> Result<HashMap<i64, crate::text::Acts>> {
        let mut out: HashMap<i64, crate::text::Acts> = self
            .store
            .db()
            .readings_of(id)?
            .into_iter()
            .filter_map(|(i, acts, _)| Some((i, crate::text::Acts::from_stored(&acts)?)))
            .collect();
        let mut sorted: Vec<&Interaction> = interactions.iter().collect();
        sorted.sort_by_key(|i| (i.at, i.id));
        // Of a long imported history, only their latest messages are read
        // (those without a stored reading), not the whole of it; once kept,
        // showing the contact again reads nothing.
        let unread: Vec<usize> = (0..sorted.len())
            .rev()
            .filter(|&pos| {
                let i = sorted[pos];
                i.direction == crate::model::Direction::In && i.channel.is_conversational()
            })
            .take(READ_WHEN_SHOWN)
            .filter(|&pos| !out.contains_key(&sorted[pos].id))
            .collect();
        // Kept only when every message has happened: then they were read
        // among the same messages as the rest of tend reads them with.
        let keep = sorted.last().is_none_or(|i| i.at <= self.now());
        let mut read = Vec::new();
        for pos in unread {
            let acts = crate::text::conversation::reading(&sorted, pos, &[]).acts;
            out.insert(sorted[pos].id, acts);
            if keep {
                read.push(store::records::ShownReading {
                    id: sorted[pos].id,
                    note: sorted[pos].note.clone(),
                    read_as: acts.to_stored(),
                    version: crate::text::reader::VERSION,
                });
            }
        }
        lock(&self.unkept_readings).extend(read);
        Ok(out)
    }

    /// `tend owe`: their latest message is owed a reply after all. The
    /// reading loses `closes` and is kept as the user's (never read again);
    /// the reply nudge comes back. Returns the message's id and whether
    /// anything changed (false: it was already owed a reply).
    pub fn owe(&mut self, contact: ContactId) -> Result<(i64, bool)> {
        let now = self.now();
        let (interactions, _) = self.history(contact)?;
        let summary = crate::text::conversation::summary(&interactions, now);
        let Some((message, _)) = summary.pending_inbound else {
            let name = self.contact_name(contact)?;
            return Err(Error::Failed(format!(
                "no message from {name} is waiting for an answer: their latest message was answered, or there is none"
            )));
        };
        let readings = self.readings(contact, &interactions)?;
        let mut acts = readings.get(&message).copied().unwrap_or_default();
        if !acts.closes() {
            return Ok((message, false));
        }
        acts.remove(crate::text::Act::Closes);
        if acts.is_empty() {
            acts.insert(crate::text::Act::Unread);
        }
        let rules = self.rules();
        self.store.transact(|tx| {
            tx.store_reading(message, &acts.to_stored(), 0)?;
            tx.refresh_summary(&rules, contact, now)
        })?;
        Ok((message, true))
    }

    /// Remakes the summaries an upgrade asked for (a migration leaves what
    /// is derived from the facts to today's code). A database that cannot be
    /// written keeps its summaries, with a warning.
    fn remake_summaries(&mut self) {
        // A lookup first: most runs have nothing to remake and must not
        // take the write lock (or wait for an import) to learn it.
        if !self.store.db().summaries_to_remake().unwrap_or(false) {
            return;
        }
        let now = self.now();
        let rules = self.rules();
        if let Err(e) = self.store.transact(|tx| tx.remake_summaries(&rules, now)) {
            eprintln!("warning: the contacts' summaries were not remade after the upgrade: {e}");
        }
    }

    /// Reads again the messages waiting for an answer when this tend's
    /// reader differs from the one that last read them (an upgrade). A
    /// database that cannot be written (a read-only file system) keeps its
    /// readings, with a warning.
    fn read_waiting_again(&mut self) {
        match self.store.db().reader_version() {
            Ok(Some(v)) if v == crate::text::reader::VERSION => {}
            Ok(_) => {
                let now = self.now();
                let rules = self.rules();
                if let Err(e) = self.store.transact(|tx| tx.reread_waiting(&rules, now)) {
                    eprintln!("warning: the messages waiting for an answer were not read again: {e}");
                }
            }
            Err(_) => {}
        }
        // Rule 3's pitches only, once after schema 19 (a lookup afterwards).
        let (now, rules) = (self.now(), self.rules());
        if !self.store.db().pitches_backfilled().unwrap_or(true)
            && let Err(e) = self.store.transact(|tx| tx.backfill_pitches(&rules, now))
        {
            eprintln!("warning: the contacts who only ever pitched were not found: {e}");
        }
    }

    /// Imports a LinkedIn export (`tend import linkedin`, the daemon) in one
    /// transaction; `report` gets each bad row.
    pub fn import_linkedin(
        &mut self,
        path: &std::path::Path,
        opts: &crate::import::Options,
        report: &mut dyn FnMut(&crate::import::BadRow),
    ) -> Result<crate::import::Outcome> {
        crate::import::linkedin::import(&mut self.loading(), path, opts, report)
    }

    /// Imports a vCard file (`tend import vcard`) in one transaction.
    pub fn import_vcard(
        &mut self,
        path: &std::path::Path,
        opts: &crate::import::Options,
        report: &mut dyn FnMut(&crate::import::BadRow),
    ) -> Result<crate::import::Outcome> {
        crate::import::vcard::import(&mut self.loading(), path, opts, report)
    }

    /// Imports a calendar file or folder (`tend import calendar`, the
    /// daemon) in one transaction; `report` gets one line per problem.
    pub fn import_calendar(
        &mut self,
        path: &std::path::Path,
        opts: &crate::capture::calendar::Options,
        report: &mut dyn FnMut(&str),
    ) -> Result<crate::capture::calendar::Summary> {
        crate::capture::calendar::import(&mut self.loading(), path, opts, report)
    }

    /// Imports mail (`tend import mail`): an mbox file, a Maildir or a folder
    /// of Maildirs, in one transaction; `report` gets each message skipped.
    pub fn import_mail(
        &mut self,
        path: &std::path::Path,
        strict: bool,
        progress: bool,
        report: &mut dyn FnMut(&str),
    ) -> Result<crate::capture::mail::Summary> {
        let now = self.now();
        let emails = self.settings.user.emails.clone();
        crate::capture::mail::import_path(&mut self.loading(), &emails, now, path, strict, progress, report)
    }

    /// Imports Maildir message files (the daemon's new arrivals) in one transaction.
    pub fn import_mail_files(
        &mut self,
        files: &[PathBuf],
        report: &mut dyn FnMut(&str),
    ) -> Result<crate::capture::mail::Summary> {
        let now = self.now();
        let emails = self.settings.user.emails.clone();
        crate::capture::mail::import_files(&mut self.loading(), &emails, now, files, report)
    }

    /// Imports the messages of an mbox from byte `start` (the daemon); see
    /// [`crate::capture::mail::import_mbox_from`].
    pub fn import_mbox_from(
        &mut self,
        path: &std::path::Path,
        start: u64,
        report: &mut dyn FnMut(&str),
    ) -> Result<(crate::capture::mail::Summary, u64)> {
        let now = self.now();
        let emails = self.settings.user.emails.clone();
        crate::capture::mail::import_mbox_from(&mut self.loading(), &emails, now, path, start, report)
    }

    /// What a calendar import needs of the settings and the clock, without a
    /// progress bar.
    pub fn calendar_options(&self) -> crate::capture::calendar::Options {
        crate::capture::calendar::Options {
            tz: self.tz(),
            now: self.now(),
            user_emails: self.settings.user.emails.clone(),
            progress: false,
        }
    }

    /// Restores a JSON backup into this (empty) database (`tend import json`).
    pub fn restore(&mut self, path: &std::path::Path) -> Result<crate::import::json::Counts> {
        let now = self.now();
        crate::import::json::restore(&mut self.loading(), path, now)
    }

    /// Writes the JSON backup of the whole database to `out` (`tend export json`).
    pub fn write_backup(&self, out: &mut dyn std::io::Write) -> Result<()> {
        crate::export::json::write(&self.store, out)
    }

    /// Adds a contact by hand (`tend add`).
    pub fn add_contact(&mut self, fields: &ContactFields) -> Result<ContactId> {
        let now = self.now();
        self.store.transact(|tx| {
            let id = tx.insert_contact(fields, "manual", None, now)?;
            tx.record_by_hand(id, set_by_hand(fields))?;
            Ok(id)
        })
    }

    /// Applies the fields that are set (`tend edit`, `tend rm`).
    pub fn edit_contact(&mut self, id: ContactId, fields: &ContactFields) -> Result<()> {
        let (now, rules) = (self.now(), self.rules());
        self.store.transact(|tx| {
            tx.update_contact(&rules, id, fields, now)?;
            // A company or role the user sets wins over a job change logged
            // before and still waiting for its day.
            if fields.company.is_some() || fields.role.is_some() {
                tx.drop_profile_pending(id)?;
            }
            tx.record_by_hand(id, set_by_hand(fields))
        })
    }

    /// Erases a contact and every record of them.
    pub fn forget(&mut self, id: ContactId) -> Result<()> {
        self.store.transact(|tx| tx.forget_contact(id))
    }

    /// Logs an interaction at `at`; returns its id.
    pub fn log(
        &mut self,
        id: ContactId,
        at: DateTime<Utc>,
        direction: Direction,
        channel: Channel,
        note: Option<&str>,
    ) -> Result<i64> {
        let (now, rules) = (self.now(), self.rules());
        self.store
            .transact(|tx| tx.log_interaction(&rules, id, at, direction, channel, note, now))
    }

    /// Records an event on a day; returns its id.
    pub fn record_event(
        &mut self,
        id: ContactId,
        kind: EventKind,
        (on, until): (chrono::NaiveDate, Option<chrono::NaiveDate>),
        detail: Option<&str>,
    ) -> Result<i64> {
        let (now, rules) = (self.now(), self.rules());
        let already = self.congratulated_before(id, kind, on)?;
        let job_change = matches!(kind, EventKind::NewJob | EventKind::Promotion);
        let begun = on <= crate::time::local_date(now, self.tz());
        self.store.transact(|tx| {
            let event = tx.insert_event(id, kind, on, until, detail, now)?;
            // A job that has begun is the profile's job now: `list` and
            // `show` named the old company after a recorded new job (trials
            // 26-28). `tend edit` sets it back. One still to begin reaches
            // the profile on its day ([`App::apply_due_jobs`]).
            if job_change && begun {
                take_job(&tx, &rules, id, detail, now)?;
            } else if job_change {
                tx.set_profile_pending(event, true)?;
            }
            // The user's own message congratulated them on this news before
            // it was recorded: the milestone is done, not offered again.
            if let Some(at) = already {
                let key = crate::model::KeyPart::Event(event).key(id);
                tx.mark_acted(
                    &key,
                    id,
                    crate::model::NudgeKind::Milestone,
                    NudgeState::Done,
                    None,
                    None,
                    at,
                )?;
            }
            Ok(event)
        })
    }

    /// Brings the new jobs and promotions logged ahead of their day into
    /// the profile once that day has come, as logging them on the day
    /// does: once each, earliest first. Called when a run opens the
    /// database and on each of the daemon's looks; a lookup when there is
    /// nothing to do. Returns how many were due.
    pub fn apply_due_jobs(&mut self) -> Result<usize> {
        let (now, rules) = (self.now(), self.rules());
        let today = crate::time::local_date(now, self.tz());
        if !self.store.db().profile_jobs_due(today)? {
            return Ok(0);
        }
        self.store.transact(|tx| {
            let due = tx.due_profile_jobs(today)?;
            for e in &due {
                // `tend fix` may have made it another kind of event since.
                if matches!(e.kind, EventKind::NewJob | EventKind::Promotion) {
                    take_job(&tx, &rules, e.contact_id, e.detail.as_deref(), now)?;
                }
                tx.set_profile_pending(e.id, false)?;
            }
            Ok(due.len())
        })
    }

    /// The contact's celebrate events (not birthdays) whose congratulation
    /// is still offered: recorded, and within `milestone_window` of their day.
    fn open_celebrations(&self, id: ContactId) -> Result<Vec<i64>> {
        let (now, tz) = (self.now(), self.tz());
        let window = self.settings.rules.milestone_window;
        let events = self.read(|| self.store.db().events_of(id))?;
        Ok(events
            .iter()
            .filter(|e| e.kind.group() == crate::model::EventGroup::Celebrate && e.kind != EventKind::Birthday)
            .filter(|e| e.recorded_at <= now && window.after(crate::time::start_of_day(e.on, tz), tz) > now)
            .map(|e| e.id)
            .collect())
    }

    /// How far back a congratulation that answered their good news counts
    /// for news recorded later (rule 6).
    const TOLD_DAYS: i64 = 90;

    /// When the user's own message congratulated the contact within the
    /// milestone window before a celebrate event's day or before it is
    /// recorded (or since), if it did:
    /// such news is often told first and recorded as an event later.
    pub fn congratulated_before(
        &self,
        id: ContactId,
        kind: EventKind,
        on: chrono::NaiveDate,
    ) -> Result<Option<DateTime<Utc>>> {
        if kind.group() != crate::model::EventGroup::Celebrate || kind == EventKind::Birthday {
            return Ok(None);
        }
        let tz = self.tz();
        let window = self.settings.rules.milestone_window;
        // Counted from the event's day or from now, whichever is earlier: a
        // new job told and congratulated in September, starting on 1
        // November and recorded in between, is congratulated (trial 21).
        let since = window
            .before(crate::time::start_of_day(on, tz), tz)
            .min(window.before(self.now(), tz));
        let (interactions, _) = self.history(id)?;
        // Further back, a congratulation counts when it answered good news
        // of theirs (trial 23: a move told and congratulated in March,
        // recorded in May): up to a quarter, never an older one.
        let told_since = self.now() - chrono::Duration::days(Self::TOLD_DAYS);
        // Their messages a congratulation at `at` may have answered.
        let answered_by = |at: DateTime<Utc>| {
            interactions.iter().filter(move |i| {
                i.direction == Direction::In
                    && i.at <= at
                    && at - i.at <= chrono::Duration::days(crate::model::Talk::GAP_DAYS)
            })
        };
        let answered_news = |at: DateTime<Utc>| {
            answered_by(at).any(|i| {
                i.note.as_deref().is_some_and(|n| {
                    crate::text::reader::read(n, &crate::text::reader::Context::default())
                        .acts
                        .has(crate::text::Act::NewsGood)
                })
            })
        };
        // A congratulation that answered other news of theirs ("congrats on
        // the launch!") is not one for this event (trial 33: a promotion
        // recorded two weeks after a library launch was never offered).
        let about_other_news = |at: DateTime<Utc>| {
            answered_by(at)
                .max_by_key(|i| i.at)
                .and_then(|i| i.note.as_deref())
                .and_then(|n| crate::text::reader::read(n, &crate::text::reader::Context::default()).news)
                .is_some_and(|news| !same_news(kind, news.kind))
        };
        Ok(interactions
            .iter()
            .filter(|i| i.direction == Direction::Out && i.at <= self.now())
            .filter(|i| i.at >= since || (i.at >= told_since && answered_news(i.at)))
            .filter(|i| i.note.as_deref().is_some_and(crate::text::reader::congratulates))
            .filter(|i| !about_other_news(i.at))
            .map(|i| i.at)
            .max())
    }

    /// One interaction, or exit 1 when there is none with that id.
    pub fn interaction(&self, id: i64) -> Result<Interaction> {
        self.store
            .db()
            .interaction(id)?
            .ok_or_else(|| Record::Interaction(id).missing())
    }

    /// The busy event read from message `interaction` (an absence they told
    /// of, rule 8), while tend keeps the two together.
    pub fn event_from_message(&self, interaction: i64) -> Result<Option<Event>> {
        self.store.db().event_from_message(interaction)
    }

    /// One event, or exit 1 when there is none with that id.
    pub fn event(&self, id: i64) -> Result<Event> {
        self.store.db().event(id)?.ok_or_else(|| Record::Event(id).missing())
    }

    /// Corrects a logged interaction (`tend fix i42`); returns it as it was
    /// and as it is. Only a meeting or a call may end up in the future
    /// (rule 13), as with `tend log`.
    pub fn fix_interaction(&mut self, id: i64, change: &InteractionChange) -> Result<(Interaction, Interaction)> {
        let now = self.now();
        let tz = self.tz();
        let old = self.interaction(id)?;
        let new = change.applied_to(&old);
        if new.at > now && !matches!(new.channel, Channel::Meeting | Channel::Call) {
            return Err(Error::Input(format!(
                "{} would be in the future ({}): only a meeting or call can be logged ahead",
                Record::Interaction(id),
                crate::time::rfc3339_in(new.at, tz)
            )));
        }
        let rules = self.rules();
        self.store
            .transact(|tx| tx.rewrite_interaction(&rules, id, Some(change), now))?;
        Ok((old, new))
    }

    /// Corrects a recorded event (`tend fix e7`); returns it as it was and as it is.
    pub fn fix_event(&mut self, id: i64, change: &EventChange) -> Result<(Event, Event)> {
        let old = self.event(id)?;
        let new = change.applied_to(&old);
        self.store.transact(|tx| tx.rewrite_event(id, Some(change)))?;
        Ok((old, new))
    }

    /// Deletes a logged interaction or event (`tend unlog`); returns what it was.
    pub fn unlog(&mut self, record: Record) -> Result<Removed> {
        let (now, rules) = (self.now(), self.rules());
        match record {
            Record::Interaction(id) => self
                .store
                .transact(|tx| tx.rewrite_interaction(&rules, id, None, now))
                .map(Removed::Interaction),
            Record::Event(id) => self.store.transact(|tx| tx.rewrite_event(id, None)).map(Removed::Event),
        }
    }

    /// Rule 15's facts of one contact (its stored history counts).
    pub fn bond(&self, id: ContactId) -> Result<crate::facts::Bond> {
        let found = self.read(|| self.store.db().bonds(Some(id)))?;
        Ok(found.into_iter().next().map(|(_, b)| b).unwrap_or_default())
    }

    /// Rule 10: what the active contacts' cadences ask of the daily cap.
    pub fn demand(&self) -> Result<planner::demand::Demand> {
        let counts = self.read(|| self.store.db().cadence_counts())?;
        Ok(planner::demand::demand(&counts, &self.settings))
    }

    /// Rule 10's warning when the cadences ask for more than the cap gives.
    pub fn demand_warning(&self) -> Result<Option<String>> {
        Ok(self.demand()?.warning())
    }

    /// Plans every contact at the current instant.
    pub fn plan(&self) -> Result<Plan> {
        self.plan_until(None, None)
    }

    /// The open nudges, phrasing reasons only for the next `days` days (what
    /// an agenda shows).
    /// Contacts that cannot have a nudge are not read at all, and nudges past
    /// the horizon may be left out (see [`planner::plan_until`]).
    pub fn plan_within(&self, days: u32) -> Result<Plan> {
        self.plan_within_then(days, || Ok(()))
    }

    /// What `tend show` needs of the plan: `id`'s open nudge (or why it has
    /// none), exactly as the full plan has it, without planning everyone.
    /// Planned alone, the contact gets its earliest slot; other contacts can
    /// only take room on that day or before (the daily cap) and push it
    /// later, so a plan up to the day after that slot settles it; when it is
    /// pushed past that, a plan up to 15 days after. A plan with a horizon
    /// holds exactly the nudges of the whole plan before it.
    pub fn plan_for(&self, id: ContactId) -> Result<Plan> {
        let db = self.store.db();
        let alone = self.store.read(|| {
            let mut contacts = db.plan_row(id, self.usual_hours())?;
            self.complete_rows(&mut contacts, &db.greetings()?)?;
            let events = db.events_of(id)?;
            let records = db.nudge_records()?;
            let facts = Facts {
                contacts: &contacts,
                events: &events,
                records: &records,
            };
            Ok(planner::plan(&facts, &self.settings, self.now()))
        })?;
        // No nudge alone: none with the others either (they only take room).
        let Some(due) = alone.for_contact(id).map(|n| n.due) else {
            return Ok(alone);
        };
        // Pushed later by the cap: further horizons, each plan still far
        // cheaper than planning everyone, before the whole plan. Unless those
        // plans would read most contacts anyway (a network whose cadences ask
        // more than the cap gives: every check-in is due): then each would
        // cost a whole plan, and the whole plan alone is the answer.
        // A check-in that may wait unplanned (issue 25's network): the
        // strongest check-ins may leave it no place, which the figures say.
        if alone
            .for_contact(id)
            .is_some_and(|n| n.kind == crate::model::NudgeKind::CheckIn)
            && let Some(plan) = self.store.read(|| self.plan_behind(id))?
        {
            return Ok(plan);
        }
        // Where most rows have check-ins and few may be stronger (issue 25's
        // network, a contact with some history): the plan of those alone.
        if let Some(plan) = self.store.read(|| self.plan_ahead_of(id))? {
            return Ok(plan);
        }
        let live = crate::facts::live_bounds(&self.settings, self.now());
        let first = live.until(Duration::days(1).after(due, self.tz()));
        if self.store.read(|| db.live_most(&first))? {
            return self.plan_explaining(id);
        }
        for days in [1, 15] {
            let horizon = Duration::days(days).after(due, self.tz());
            let bounded = self
                .store
                .read(|| self.plan_until_with(Some(&live), Some(horizon), Explain::Only(&[id]), || Ok(())))?;
            if bounded.for_contact(id).is_some_and(|n| n.due < horizon) {
                return Ok(bounded);
            }
        }
        self.plan_explaining(id)
    }

    /// What [`App::plan_for`] needs where most rows have check-ins (a network
    /// whose cadences ask more than the cap gives): the plan of the rows that
    /// may come before `id`'s check-in (see
    /// [`store::contacts::plan_rows_ahead_of`]), with the check-ins of those
    /// left out counted in rule 10's figures. It gives `id` what the whole
    /// plan gives it. `None` when those rows would not be few
    /// ([`store::contacts::few_ahead`]; always for a strength of nil: a
    /// stored bound is never below 2).
    /// The live bounds, and the contacts a partial plan reads whatever
    /// their rows say: an event or a record may hold, move or answer a
    /// check-in, a summary may be out of date, and `id` is the one shown.
    fn read_whatever_their_rows_say(
        &self,
        db: &store::Db<'_>,
        now: DateTime<Utc>,
        id: ContactId,
    ) -> Result<ReadAnyway> {
        let events = db.all_events(None)?;
        let records = db.nudge_records()?;
        let live = crate::facts::live_bounds(&self.settings, now);
        let mut also = live.live_by_records(&events, &records);
        also.extend(events.iter().map(|e| e.contact_id));
        also.extend(records.iter().map(|r| r.contact_id));
        let stale = db.stale_ids(now)?;
        let stale_none = stale.is_empty();
        also.extend_from_slice(&stale);
        also.push(id);
        also.sort_unstable();
        also.dedup();
        Ok(ReadAnyway {
            events,
            records,
            live,
            also,
            stale_none,
        })
    }

    /// The row shown by a partial plan, as planning reads it, with its
    /// strength key; `None` when there is no such contact, or the default
    /// cadence is over 30 years (`plan_rows.plain_unanswered` vouches for 30
    /// of a cadence's own units): the whole plan then decides.
    fn shown_row(
        &self,
        db: &store::Db<'_>,
        id: ContactId,
        now: DateTime<Utc>,
        greetings: &store::contacts::Greetings,
    ) -> Result<Option<(PlanRow, u32)>> {
        if cadence_secs(self.settings.rules.default_cadence).is_some_and(|secs| secs > 30 * 366 * 86_400) {
            return Ok(None);
        }
        let mut shown = db.plan_row(id, self.usual_hours())?;
        self.complete_rows(&mut shown, greetings)?;
        Ok(shown.into_iter().next().map(|row| {
            let key = planner::strength::sort_key(row.bond().strength(now));
            (row, key)
        }))
    }

    fn plan_ahead_of(&self, id: ContactId) -> Result<Option<Plan>> {
        let db = self.store.db();
        let now = self.now();
        let greetings = db.greetings()?;
        let Some((_, key)) = self.shown_row(&db, id, now, &greetings)? else {
            return Ok(None);
        };
        if key <= 2 {
            return Ok(None);
        }
        let default_every = cadence_secs(self.settings.rules.default_cadence).is_some();
        if !db.few_ahead(key, default_every)? {
            return Ok(None);
        }
        let ReadAnyway {
            events,
            records,
            live,
            also,
            stale_none,
        } = self.read_whatever_their_rows_say(&db, now, id)?;
        let ask = self.ahead_of(&live, &also, key);
        let shown = [id];
        let reading = Reading {
            events: &events,
            records: &records,
            horizon: None,
            explain: Explain::Only(&shown),
            strengths: None,
            stale_none,
        };
        let plan = self.plan_reading(
            reading,
            |each| db.plan_rows_ahead_of(ask, PLAN_BATCH, each),
            |soon| soon.take(),
        )?;
        Ok(Some(plan))
    }

    /// What [`App::plan_for`] gives a check-in that finds no place (rule
    /// 10's "not planned"), planning only the check-ins that are not surely
    /// there, the contacts with events, records or a summary out of date,
    /// and the strongest of the rest: enough to fill every day of its round
    /// twice over (see [`store::contacts::plan_rows_behind`]). More rows only
    /// take more places, so a check-in left without one by these is left
    /// without one by the whole plan; the rows left unread are counted for
    /// its figures, and those stronger than it for its rank. `None` when it
    /// finds a place among them (only the rows before it tell where).
    fn plan_behind(&self, id: ContactId) -> Result<Option<Plan>> {
        let db = self.store.db();
        let now = self.now();
        let rules = &self.settings.rules;
        let default_every = cadence_secs(rules.default_cadence);
        let greetings = db.greetings()?;
        let Some((row, key)) = self.shown_row(&db, id, now, &greetings)? else {
            return Ok(None);
        };
        // The days its round may span (rule 3 doubles it per message
        // unanswered), each with the cap's places, twice over.
        let round_secs = row
            .cadence
            .map_or(default_every, cadence_secs)
            .unwrap_or(0)
            .saturating_mul(1 << row.summary.out_after_response.min(4));
        let days = usize::try_from(round_secs / 86_400)
            .unwrap_or(usize::MAX)
            .saturating_add(2);
        let strongest = days.saturating_mul(rules.daily_cap as usize).saturating_mul(2);
        // Reading thousands of whole rows costs what the other ways cost.
        if strongest > 4_096 {
            return Ok(None);
        }
        let ReadAnyway {
            events,
            records,
            live,
            also,
            ..
        } = self.read_whatever_their_rows_say(&db, now, id)?;
        let found = db.plan_rows_behind(&store::contacts::Behind {
            of: self.ahead_of(&live, &also, key),
            strongest,
            strength: |b: &crate::facts::Bond| planner::strength::sort_key(b.strength(now)),
        })?;
        let mut rows = found.rows;
        self.complete_rows(&mut rows, &greetings)?;
        let mut planning = planner::Planning::new(&events, &records, &self.settings, now, None);
        planning.explain(&[id]);
        planning.competing_elsewhere(found.elsewhere);
        planning.stronger_elsewhere(found.stronger_elsewhere);
        planning.add(std::borrow::Cow::Owned(rows));
        let mut plan = planning.finish();
        let not_planned = matches!(plan.why_none.get(&id), Some(planner::WhyNone::NotPlanned(_)));
        if plan.for_contact(id).is_some() || !not_planned {
            return Ok(None);
        }
        self.say_what_they_wrote(&mut plan)?;
        Ok(Some(plan))
    }

    /// The whole plan, as [`App::plan_for`] needs it for `id`: its nudge,
    /// notes and reason for none as the whole plan gives them, without
    /// phrasing rule 10's "not planned" for every other check-in.
    fn plan_explaining(&self, id: ContactId) -> Result<Plan> {
        self.plan_until_with(None, None, Explain::Only(&[id]), || Ok(()))
    }

    /// The rows before the shown row's strength `key`, as both partial plans
    /// of `show` read them, with the rules' bounds.
    fn ahead_of<'a>(&self, live: &'a LiveBounds, also: &'a [ContactId], key: u32) -> store::contacts::AheadOf<'a> {
        let rules = &self.settings.rules;
        store::contacts::AheadOf {
            live,
            also,
            usual_hours: self.usual_hours(),
            key,
            max_unanswered: rules.max_unanswered,
            default_cadence: cadence_secs(rules.default_cadence).is_some(),
        }
    }

    /// Whether plans use usual hours (rule 14), and the zone of contacts
    /// without one.
    fn usual_hours(&self) -> store::contacts::UsualHours {
        if self.settings.rules.learned_hours {
            store::contacts::UsualHours::In(self.tz())
        } else {
            store::contacts::UsualHours::Off
        }
    }

    /// What planning rows need beyond their stored text, whichever way
    /// they were read: summaries brought up to date (rule 13), closers read
    /// with the user's phrases (rule 1), greeting names.
    fn complete_rows(&self, rows: &mut [PlanRow], greetings: &store::contacts::Greetings) -> Result<()> {
        self.store.db().bring_up_to_date(&self.rules(), rows, self.now())?;
        self.read_closers_again(rows)?;
        greetings.attach(rows);
        Ok(())
    }

    fn plan_until(&self, live: Option<&LiveBounds>, horizon: Option<DateTime<Utc>>) -> Result<Plan> {
        self.plan_until_with(live, horizon, Explain::Everyone, || Ok(()))
    }

    /// Every contact's open nudge, with its reason, and no reason for none
    /// of rule 10's "not planned" (see [`planner::Planning::explain_nobody`]):
    /// what `tend list --json` shows. Only the contacts that can have a nudge
    /// at all are read ([`crate::facts::LiveBounds`] without a horizon): the
    /// others have none, take no place under the cap, and the list shows no
    /// reason for none. At a network imported without a cadence that is most
    /// of them; where most rows have check-ins, every row is read as before.
    pub fn plan_nudges(&self) -> Result<Plan> {
        self.plan_nudges_while(|soon| soon.take())
    }

    /// [`App::plan_nudges`], handed to `meanwhile` (through [`PlanSoon`]) as
    /// soon as it is made, while `meanwhile` reads on this thread (`tend
    /// list --json` reads the contacts meanwhile); returns what it returns.
    pub fn plan_nudges_while<T>(&self, meanwhile: impl FnOnce(&PlanSoon<'_>) -> Result<T>) -> Result<T> {
        let live = crate::facts::live_bounds(&self.settings, self.now());
        // Where most rows have check-ins, most are live: the filter only costs.
        let live = (!self.read(|| self.store.db().checkins_most())?).then_some(live);
        // Every row read: each strength comes with it.
        let strengths = Strengths::default();
        let strengths = live.is_none().then_some(&strengths);
        self.plan_handing(live.as_ref(), None, Explain::Nobody, strengths, meanwhile)
    }

    /// [`App::plan_within`], running `meanwhile` on this thread while the
    /// planner fills the calendar on the other (an agenda reads what its
    /// drafts need then).
    pub fn plan_within_then(&self, days: u32, meanwhile: impl FnOnce() -> Result<()>) -> Result<Plan> {
        let live = crate::facts::live_bounds(&self.settings, self.now());
        let horizon = Duration::days(days).after(self.now(), self.tz());
        if let Some(plan) = self.plan_strongest_first(&live, horizon)? {
            meanwhile()?;
            return Ok(plan);
        }
        self.plan_until_with(Some(&live), Some(horizon), Explain::Everyone, meanwhile)
    }

    /// Rule 10 where more check-ins are due than the days up to `horizon`
    /// have places (issue 25's network: 30,000 overdue check-ins, 5 places
    /// a day): the plan up to the horizon from the rows live for anything
    /// but a check-in and only the strongest of the check-ins, by the bound
    /// of strength stored with each row (see
    /// [`store::db::Db::plan_rows_strongest`]). It is the whole plan's up
    /// to the horizon when every day up to it is full and every check-in
    /// slotted there is stronger than any row left unread: an unread one
    /// comes after all of them on its day and finds no place, only pushed
    /// past the horizon. `None` otherwise (the caller plans from every live
    /// row), and when a summary is out of date (bringing it up to date may
    /// change a strength past its stored bound). With every live row read
    /// (no check-in left unread), the plan from them is the plan as always.
    fn plan_strongest_first(&self, live: &LiveBounds, horizon: DateTime<Utc>) -> Result<Option<Plan>> {
        let db = self.store.db();
        let now = self.now();
        if !db.stale_ids(now)?.is_empty() {
            return Ok(None);
        }
        let bounds = live.until(horizon);
        let events = db.all_events(Some(bounds.events_since))?;
        let records = db.nudge_records()?;
        let also = bounds.live_by_records(&events, &records);
        // The places up to the horizon, twice over: enough to stop reading
        // once the strongest check-ins could fill them.
        let days = (crate::time::local_date(horizon, self.tz()) - crate::time::local_date(now, self.tz())).num_days();
        let places = usize::try_from(days.saturating_add(1))
            .unwrap_or(0)
            .saturating_mul(self.settings.rules.daily_cap as usize)
            .saturating_mul(2);
        let key = |row: &PlanRow| planner::strength::sort_key(row.bond().strength(now));
        let (mut rows, unread) = db.plan_rows_strongest(store::contacts::Strongest {
            live: &bounds,
            also: &also,
            usual_hours: self.usual_hours(),
            places,
            key,
        })?;
        self.complete_rows(&mut rows, &db.greetings()?)?;
        let mut planning = planner::Planning::new(&events, &records, &self.settings, now, Some(horizon));
        planning.add(std::borrow::Cow::Owned(rows));
        let mut plan = planning.finish();
        // With nothing left unread, these were every live row: the plan as always.
        if let Some(unread) = unread
            && (!plan.full_to_horizon || plan.weakest_slotted.is_some_and(|w| w <= unread))
        {
            return Ok(None);
        }
        self.say_what_they_wrote(&mut plan)?;
        Ok(Some(plan))
    }

    /// Plans the contacts `live` keeps and those `explain` names, up to `horizon`.
    ///
    /// Two threads: this one reads the planning rows from the database, a
    /// batch at a time, while the other settles each contact's candidates as
    /// they come, then fills the calendar. Reading and settling cost about
    /// the same, so a plan takes little more than its reads.
    fn plan_until_with(
        &self,
        live: Option<&LiveBounds>,
        horizon: Option<DateTime<Utc>>,
        explain: Explain<'_>,
        meanwhile: impl FnOnce() -> Result<()>,
    ) -> Result<Plan> {
        self.plan_handing(live, horizon, explain, None, |soon| {
            meanwhile()?;
            soon.take()
        })
    }

    /// [`App::plan_until_with`], with the plan handed to `meanwhile` (through
    /// [`PlanSoon`]) as soon as the planner's thread has made it, while
    /// `meanwhile` goes on with its own reads on this thread; returns what
    /// `meanwhile` returns.
    fn plan_handing<T>(
        &self,
        live: Option<&LiveBounds>,
        horizon: Option<DateTime<Utc>>,
        explain: Explain<'_>,
        strengths: Option<&Strengths>,
        meanwhile: impl FnOnce(&PlanSoon<'_>) -> Result<T>,
    ) -> Result<T> {
        let extra = match explain {
            Explain::Only(ids) => ids,
            Explain::Everyone | Explain::Nobody => &[],
        };
        let db = self.store.db();
        let bounded = live.map(|b| match horizon {
            Some(h) => b.until(h),
            None => *b,
        });
        let live = bounded.as_ref();
        let events = db.all_events(live.map(|b| b.events_since))?;
        let records = db.nudge_records()?;
        let now = self.now();
        let stale = db.stale_ids(now)?;
        let mut also = live.map(|b| b.live_by_records(&events, &records)).unwrap_or_default();
        // A summary out of date (rule 13; or stored by a write whose clock
        // was behind a message logged before it) may hide what makes its
        // contact live from the filter's stored columns: the planner brings
        // it up to date, so the filter must not judge it (trial 25).
        if live.is_some() && !(extra.is_empty() && stale.is_empty()) {
            also.extend_from_slice(extra);
            also.extend_from_slice(&stale);
            also.sort_unstable();
            also.dedup();
        }
        let reading = Reading {
            events: &events,
            records: &records,
            horizon,
            explain,
            strengths,
            stale_none: stale.is_empty(),
        };
        self.plan_reading(
            reading,
            |each| db.plan_rows_raw(live, &also, PLAN_BATCH, each).map(|()| 0),
            meanwhile,
        )
    }

    /// Plans the rows `read` hands on, a batch at a time, and returns how many
    /// check-ins compete that it left unread (rule 10's figures count them).
    ///
    /// Two threads: this one reads the planning rows from the database
    /// while the other settles each contact's candidates as they come, then
    /// fills the calendar; the plan goes to `meanwhile` (through
    /// [`PlanSoon`]) as soon as it is made, while `meanwhile` goes on with
    /// reads of its own here. Returns what `meanwhile` returns.
    fn plan_reading<T>(
        &self,
        reading: Reading<'_>,
        read: impl FnOnce(&mut dyn FnMut(store::contacts::RawRows) -> Result<()>) -> Result<usize>,
        meanwhile: impl FnOnce(&PlanSoon<'_>) -> Result<T>,
    ) -> Result<T> {
        let db = self.store.db();
        let (settings, now, usual_hours) = (&self.settings, self.now(), self.usual_hours());
        let Reading {
            events,
            records,
            horizon,
            explain,
            strengths,
            stale_none,
        } = reading;
        let extra = match explain {
            Explain::Only(ids) => ids,
            Explain::Everyone | Explain::Nobody => &[],
        };
        let greetings = &db.greetings()?;
        // The planner's thread may unpack rows only when they need nothing
        // more from the database: no summary out of date (rule 13), no
        // closers of the user's to read again (rule 1).
        let unpack_there = !self.has_own_closers() && stale_none;
        // Batches sent and not yet taken: while the planner keeps up, it
        // unpacks them too; otherwise this thread does.
        let waiting = &std::sync::atomic::AtomicUsize::new(0);
        // Check-ins left unread, told before the planner fills the calendar.
        let elsewhere = &std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::sync_channel::<PlanBatch>(PLAN_BATCHES_AHEAD);
            // Room for the plan: the planner never waits for it to be taken.
            let (made, soon) = std::sync::mpsc::sync_channel::<Result<Plan>>(1);
            let planner = scope.spawn(move || {
                let _ = made.send(plan_batches(
                    receive,
                    events,
                    records,
                    greetings,
                    PlanningOf {
                        settings,
                        now,
                        horizon,
                        explain,
                        extra,
                        usual_hours,
                        waiting,
                        strengths,
                        elsewhere,
                    },
                ));
            });
            let mut unpacker = store::contacts::Unpacker::new(usual_hours);
            let read = read(&mut |raw| {
                let batch = if unpack_there && waiting.load(std::sync::atomic::Ordering::Relaxed) < 2 {
                    PlanBatch::Raw(raw)
                } else {
                    let mut rows = unpacker.unpack(&raw)?;
                    note_strengths(strengths, &rows, now);
                    self.complete_rows(&mut rows, greetings)?;
                    PlanBatch::Rows(rows)
                };
                waiting.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                // It fails only when the planner stopped, which says why.
                send.send(batch)
                    .map_err(|_| Error::Failed("the planner stopped".to_string()))
            })
            .map(|unread| elsewhere.store(unread, std::sync::atomic::Ordering::Relaxed));
            // Closing the channel lets the planner fill the calendar.
            drop(send);
            let soon = PlanSoon {
                app: self,
                made: soon,
                taken: std::cell::Cell::new(false),
                strengths,
            };
            let out = read.and_then(|()| meanwhile(&soon));
            planner.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            // A planner that stopped (a row it could not read) says why
            // better than the reads it stopped.
            match (out, soon.made.try_recv()) {
                (Err(_), Ok(Err(why))) => Err(why),
                (out, _) => out,
            }
        })
    }

    /// A reply's reason says what their message was read as ("Priya wrote
    /// to you yesterday (good news; asks a favour) and you have not
    /// answered."), from the reading kept with it. Only phrased reasons are
    /// touched: a plan phrases those it shows.
    fn say_what_they_wrote(&self, plan: &mut Plan) -> Result<()> {
        for n in plan.nudges.iter_mut().filter(|n| !n.reason.is_empty()) {
            let crate::model::Trigger::Inbound { interaction_id, .. } = n.trigger else {
                continue;
            };
            let stored = self.store.db().reading(interaction_id)?;
            let Some(acts) = stored.as_deref().and_then(crate::text::Acts::from_stored) else {
                continue;
            };
            let read: Vec<&str> = acts
                .in_reply_order()
                .filter(|a| *a != crate::text::Act::Closes)
                .map(|a| match a {
                    crate::text::Act::Unread => "tend could not read it",
                    a => a.describe(),
                })
                .collect();
            if read.is_empty() {
                continue;
            }
            let what = format!(" ({})", read.join("; "));
            n.reason = match n.reason.find(" and you have not answered") {
                Some(at) => format!("{}{what}{}", &n.reason[..at], &n.reason[at..]),
                None => format!("{} Read as: {}.", n.reason, read.join("; ")),
            };
        }
        Ok(())
    }

    /// Open nudges whose slot is before now + `days` days, earliest first.
    pub fn agenda(&self, plan: &Plan, days: u32) -> Vec<Nudge> {
        let horizon = Duration::days(days).after(self.now(), self.tz());
        plan.nudges.iter().filter(|n| n.due < horizon).cloned().collect()
    }

    /// The nudges whose slot falls before now + `days` days, each with its
    /// draft (`tend export ics`).
    pub fn drafted_agenda(&self, days: u32) -> Result<Vec<(Nudge, String)>> {
        let plan = self.plan()?;
        self.agenda(&plan, days)
            .into_iter()
            .map(|n| {
                let draft = self.draft(&n)?;
                Ok((n, draft))
            })
            .collect()
    }

    /// The draft for a nudge, from what tend knows of the contact: the one
    /// shown before for the same nudge while it still holds (drafts.md), else
    /// a new one, which is kept from now on.
    pub fn draft(&self, nudge: &Nudge) -> Result<String> {
        if self.settings.drafts.engine == Engine::Model {
            return self.drafted(nudge, false).map(|d| d.text);
        }
        let on = self.drafts_on()?;
        let facts = self.draft_facts(nudge)?;
        let basis = facts.basis(crate::drafts::late(nudge, on.now), self.drafter().fingerprint());
        let kept = self.kept_draft(nudge, &basis)?;
        let fresh = kept.is_none();
        let text = kept_or_new(self.drafter(), &facts, nudge, &on, kept);
        if fresh {
            self.to_keep(nudge, basis, &text);
        }
        Ok(text)
    }

    /// The user's yes and no beside `main`, the draft shown for a reply
    /// nudge, where their message leaves something to decide (a time, an
    /// invitation, a favour, a role): see [`Drafter::answers`]. Nothing
    /// for other nudges.
    pub fn answers(&self, nudge: &Nudge, main: &str) -> Result<Vec<(crate::drafts::Answer, String)>> {
        if nudge.kind != crate::model::NudgeKind::Reply {
            return Ok(Vec::new());
        }
        let on = self.drafts_on()?;
        let facts = self.draft_facts(nudge)?;
        Ok(self.drafter().answers(&facts.input(nudge, &on), main))
    }

    /// The draft shown before for `nudge`, written from `basis`, if any.
    fn kept_draft(&self, nudge: &Nudge, basis: &str) -> Result<Option<String>> {
        Ok(self.kept_any(nudge)?.filter(|k| k.basis == basis).map(|k| k.text))
    }

    /// The draft shown before for `nudge`, whatever it was written from.
    fn kept_any(&self, nudge: &Nudge) -> Result<Option<store::nudges::KeptDraft>> {
        let waiting = unkept(&self.unkept).iter().find(|k| k.key == nudge.key).cloned();
        Ok(match waiting {
            Some(k) => Some(k),
            None => self.store.db().kept_draft(&nudge.key)?,
        })
    }

    /// The draft for a nudge and who wrote it. With the template engine, as
    /// [`App::draft`]. With the model engine: the draft kept for the nudge
    /// while it holds (a model draft, or the template shown instead and
    /// why); else, when `ask_model`, the model's draft if it passes the
    /// guardrails (model_engine), else the template with the reason, kept
    /// from now on; not asked, the template ([`crate::model_engine::NOT_AHEAD`]).
    pub fn drafted(&self, nudge: &Nudge, ask_model: bool) -> Result<Drafted> {
        if self.settings.drafts.engine == Engine::Templates {
            return self.draft(nudge).map(Drafted::templates);
        }
        let on = self.drafts_on()?;
        let facts = self.draft_facts(nudge)?;
        let basis = facts.basis(crate::drafts::late(nudge, on.now), self.drafter().fingerprint());
        let kept = self
            .kept_any(nudge)?
            .and_then(|k| Drafted::from_kept(&k.basis, &basis, k.text));
        if let Some(d) = kept {
            self.drafter().remember(&d.text, &facts.contact);
            return Ok(d);
        }
        let input = facts.input(nudge, &on);
        let template = self.drafter().draft(&input);
        if !ask_model {
            // Not kept: the model may still write this nudge's draft (the
            // daemon, ahead, or `tend draft`); the template shown meanwhile
            // is the same each time.
            return Ok(Drafted {
                text: template,
                engine: Engine::Templates,
                fallback: Some(crate::model_engine::NOT_AHEAD.to_string()),
                answers: Vec::new(),
            });
        }
        let d = crate::model_engine::write(self.drafter(), &input, &self.settings, template);
        self.to_keep(nudge, d.kept_basis(&basis), &d.text);
        Ok(d)
    }

    /// Whether `nudge` has a draft kept while the model engine is on (a
    /// model draft, or the template kept instead) that still holds.
    pub fn has_kept_model_draft(&self, nudge: &Nudge) -> Result<bool> {
        let Some(k) = self.kept_any(nudge)? else {
            return Ok(false);
        };
        let on = self.drafts_on()?;
        let facts = self.draft_facts(nudge)?;
        let basis = facts.basis(crate::drafts::late(nudge, on.now), self.drafter().fingerprint());
        Ok(Drafted::from_kept(&k.basis, &basis, k.text).is_some())
    }

    /// [`App::drafted`] for each of `nudges`, never asking the model (the agenda).
    pub fn drafteds(&self, nudges: &[Nudge]) -> Result<Vec<Drafted>> {
        if self.settings.drafts.engine == Engine::Templates {
            return Ok(self.drafts(nudges)?.into_iter().map(Drafted::templates).collect());
        }
        nudges.iter().map(|n| self.drafted(n, false)).collect()
    }

    /// Remembers a new draft, shown now, to keep with its nudge.
    fn to_keep(&self, nudge: &Nudge, basis: String, text: &str) {
        let mut waiting = unkept(&self.unkept);
        waiting.retain(|k| k.key != nudge.key);
        waiting.push(store::nudges::KeptDraft {
            key: nudge.key,
            contact_id: nudge.contact_id,
            basis,
            text: text.to_string(),
            shown_at: self.now(),
        });
    }

    /// The drafts for `nudges`, in order (each draft's wording depends on
    /// those before it: variety). This thread reads what each needs while
    /// another writes the drafts: each costs about as much as its reads.
    pub fn drafts(&self, nudges: &[Nudge]) -> Result<Vec<String>> {
        if nudges.len() < 2 || self.settings.drafts.engine == Engine::Model {
            return nudges.iter().map(|n| self.draft(n)).collect();
        }
        let on = &self.drafts_on()?;
        let drafter = self.drafter();
        let written_with = drafter.fingerprint();
        // Each draft with, when it is new, the basis to keep it under.
        let drafts = std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::sync_channel::<(DraftFacts, String, Option<String>)>(4);
            let writer = scope.spawn(move || {
                receive
                    .into_iter()
                    .zip(nudges)
                    .map(|((facts, basis, kept), nudge)| {
                        let fresh = kept.is_none();
                        let text = kept_or_new(drafter, &facts, nudge, on, kept);
                        (text, fresh.then_some(basis))
                    })
                    .collect::<Vec<(String, Option<String>)>>()
            });
            let read = nudges.iter().try_for_each(|n| {
                let facts = self.draft_facts(n)?;
                let basis = facts.basis(crate::drafts::late(n, on.now), written_with);
                let kept = self.kept_draft(n, &basis)?;
                // It fails only when the writer stopped, whose panic the join resumes.
                send.send((facts, basis, kept))
                    .map_err(|_| Error::Failed("the drafter stopped".to_string()))
            });
            drop(send);
            let drafts = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            read.map(|()| drafts)
        })?;
        Ok(drafts
            .into_iter()
            .zip(nudges)
            .map(|((text, fresh), nudge)| {
                if let Some(basis) = fresh {
                    self.to_keep(nudge, basis, &text);
                }
                text
            })
            .collect())
    }

    fn drafts_on(&self) -> Result<DraftsOn<'_>> {
        Ok(DraftsOn {
            now: self.now(),
            tz: self.tz(),
            user_name: &self.settings.user.name,
            history: self.draft_history()?,
        })
    }

    /// The texts sent lately, which drafts must not repeat; read once while
    /// they stay the same (see [`Drafter::recent_history`]).
    pub fn draft_history(&self) -> Result<std::sync::Arc<crate::lint::History>> {
        self.drafter()
            .recent_history(self.history_key()?, || self.sent_history())
    }

    /// Changes whenever the texts of [`App::sent_history`] may have: the
    /// window's start, and the store's change marks. Constant-time, so the
    /// check costs nothing next to a draft.
    fn history_key(&self) -> Result<(i64, i64, i64)> {
        let since = gather::window_start(self.now(), self.tz()).timestamp();
        let (others, ours) = self.store.db().change_marks()?;
        Ok((since, others, ours))
    }

    /// Texts logged as sent in the message check's window (the last 30
    /// days), with whom they went to: what `repeated` compares against.
    pub fn sent_history(&self) -> Result<crate::lint::History> {
        let since = gather::window_start(self.now(), self.tz());
        let sent = self.store.db().sent_since(since)?;
        Ok(crate::lint::History::new(sent.into_iter().map(|s| crate::lint::Sent {
            id: Some(s.contact_id),
            to: s.name,
            text: s.text,
        })))
    }

    /// The recipient for `tend lint --to`: what tend holds of them (their
    /// facts, recent public events, their unanswered message and their
    /// latest words; the user's memos for `private`).
    pub fn lint_recipient(&self, id: ContactId) -> Result<crate::lint::Recipient> {
        let db = self.store.db();
        let contact = self.contact(id)?;
        let summary = db.summary(id)?;
        let events = db.events_of(id)?;
        let recent = gather::recent_events(&events, self.now(), self.tz());
        // Only their words and public details make a message specific.
        let details = recent
            .iter()
            .filter(|e| gather::event_memo(e).is_none())
            .map(|e| e.detail.as_deref());
        // Their unanswered message, and the last exchange as drafts see it (not
        // the text you sent: repeating your own words is not being specific).
        let inbound = match summary.pending_inbound {
            Some((id, _)) => db.note_of(id)?,
            None => None,
        };
        // Their latest words, read newest first, so a long history costs nothing.
        let talk = db
            .latest_with_note(id, |i| gather::their_words(i).is_some())?
            .and_then(|i| i.note);
        let notes = [inbound.as_deref(), talk.as_deref()];
        let mut r = gather::recipient(&contact, summary.responses, details, notes);
        let interactions = db.interactions_of(id)?;
        gather::add_records(&mut r, &interactions, &recent);
        Ok(r)
    }

    /// What a draft reads of its contact.
    fn draft_facts(&self, nudge: &Nudge) -> Result<DraftFacts> {
        let db = self.store.db();
        let interactions = db.interactions_of(nudge.contact_id)?;
        let days_after = match &nudge.trigger {
            crate::model::Trigger::Inbound { interaction_id, at, .. }
                if interactions.iter().any(|i| {
                    i.id == *interaction_id
                        && i.note
                            .as_deref()
                            .is_some_and(crate::text::reader::names_today_or_tomorrow)
                }) =>
            {
                let tz = self.tz();
                (crate::time::local_date(self.now(), tz) - crate::time::local_date(*at, tz))
                    .num_days()
                    .clamp(0, 2)
            }
            _ => 0,
        };
        Ok(DraftFacts {
            contact: self.store.contact(nudge.contact_id)?,
            interactions,
            events: db.events_of(nudge.contact_id)?,
            days_after,
        })
    }

    /// The contact's open nudge, or exit 1 when it has none. Planned as
    /// `tend show` plans it ([`App::plan_for`]), not with everyone.
    pub fn open_nudge(&self, contact: ContactId) -> Result<Nudge> {
        let plan = self.plan_for(contact)?;
        match plan.for_contact(contact) {
            Some(n) => Ok(n.clone()),
            None => {
                let name = self.store.contact(contact)?.name;
                let why = plan.why_none.get(&contact).map(ToString::to_string);
                Err(Error::NoOpenNudge { name, why })
            }
        }
    }

    /// You sent it: logs an `out` message now with the draft (or `note`) as its text.
    pub fn done(&mut self, contact: ContactId, note: Option<&str>) -> Result<(Nudge, String)> {
        let nudge = self.open_nudge(contact)?;
        let text = match note {
            Some(n) => n.to_string(),
            None => self.draft(&nudge)?,
        };
        let (now, rules) = (self.now(), self.rules());
        let drafted = match note {
            Some(_) => crate::facts::Drafted::Edited,
            None => crate::facts::Drafted::AsIs,
        };
        // A reply that congratulated them on their news is the
        // congratulation: the milestone of that news is not offered again.
        let congratulated = if nudge.kind == crate::model::NudgeKind::Reply && crate::text::reader::congratulates(&text)
        {
            self.open_celebrations(contact)?
        } else {
            Vec::new()
        };
        self.store.transact(|tx| {
            tx.keep_drafts(&take_shown(&self.unkept))?;
            for event in &congratulated {
                let key = crate::model::KeyPart::Event(*event).key(contact);
                tx.mark_acted(
                    &key,
                    contact,
                    crate::model::NudgeKind::Milestone,
                    NudgeState::Done,
                    None,
                    None,
                    now,
                )?;
            }
            let id = tx.log_interaction(
                &rules,
                contact,
                now,
                crate::model::Direction::Out,
                crate::model::Channel::Message,
                Some(&text),
                now,
            )?;
            tx.record_sent_how(id, nudge.kind, drafted)?;
            tx.mark_acted(&nudge.key, contact, nudge.kind, NudgeState::Done, None, None, now)
        })?;
        Ok((nudge, text))
    }

    /// Puts the open nudge off: not due before `duration` after the later of
    /// now and its due time (rule 11), so snoozing a nudge not yet due moves it.
    pub fn snooze(&mut self, contact: ContactId, duration: Duration) -> Result<(Nudge, DateTime<Utc>)> {
        let nudge = self.open_nudge(contact)?;
        let now = self.now();
        let until = duration.after(now.max(nudge.due), self.tz());
        self.store.transact(|tx| {
            tx.keep_drafts(&take_shown(&self.unkept))?;
            tx.mark_acted(
                &nudge.key,
                contact,
                nudge.kind,
                NudgeState::Snoozed,
                Some(until),
                None,
                now,
            )
        })?;
        Ok((nudge, until))
    }

    /// Drops the open nudge, due or not; the skip counts as a touch for rules
    /// 3 and 5 at the later of now and its due time, which is kept with it.
    pub fn skip(&mut self, contact: ContactId) -> Result<Nudge> {
        let nudge = self.open_nudge(contact)?;
        let now = self.now();
        self.store.transact(|tx| {
            tx.keep_drafts(&take_shown(&self.unkept))?;
            tx.mark_acted(
                &nudge.key,
                contact,
                nudge.kind,
                NudgeState::Skipped,
                None,
                Some(nudge.due),
                now,
            )
        })?;
        Ok(nudge)
    }

    /// Records that the notification server accepted `nudge` (rule 12).
    pub fn mark_delivered(&mut self, nudge: &Nudge) -> Result<()> {
        let now = self.now();
        self.store.transact(|tx| {
            tx.keep_drafts(&take_shown(&self.unkept))?;
            tx.mark_delivered(&nudge.key, nudge.contact_id, nudge.kind, nudge.due, now)
        })
    }

    /// Nudges the daemon should deliver now: pending and due.
    pub fn due_now(&self, plan: &Plan) -> Vec<Nudge> {
        let now = self.now();
        plan.nudges
            .iter()
            .filter(|n| n.state == OpenState::Pending && n.due <= now)
            .cloned()
            .collect()
    }

    /// When the next pending nudge falls due, for the daemon's sleep.
    pub fn next_due(&self, plan: &Plan) -> Option<DateTime<Utc>> {
        let now = self.now();
        plan.nudges
            .iter()
            .filter(|n| n.state != OpenState::Delivered && n.due > now)
            .map(|n| n.due)
            .min()
    }
}

/// Whether news read in their message can be the event recorded: a new job
/// or a promotion is that news only; any good news can be an achievement.
fn same_news(kind: EventKind, news: crate::text::NewsKind) -> bool {
    use crate::text::NewsKind as N;
    match kind {
        EventKind::NewJob => matches!(news, N::Job | N::GoodOther | N::Update),
        EventKind::Promotion => matches!(news, N::Promotion | N::Job | N::GoodOther | N::Update),
        _ => !matches!(news, N::Job | N::Promotion),
    }
}

/// A cadence's longest round in seconds; `None` for no cadence.
fn cadence_secs(c: crate::model::Cadence) -> Option<i64> {
    match c {
        crate::model::Cadence::Every(d) => Some(d.upper_bound_secs()),
        crate::model::Cadence::None => None,
    }
}

/// What [`App::read_whatever_their_rows_say`] gathers for a partial plan.
struct ReadAnyway {
    events: Vec<crate::model::Event>,
    records: Vec<crate::facts::NudgeRecord>,
    live: crate::facts::LiveBounds,
    also: Vec<ContactId>,
    stale_none: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first four nudges of a plan acted on: delivered and skipped in turn.
    fn deliver_and_skip(app: &mut App, nudges: &[Nudge]) {
        for (i, n) in nudges.iter().take(4).enumerate() {
            if i % 2 == 0 {
                app.mark_delivered(n).unwrap_or_else(|e| panic!("{e}"));
            } else {
                app.skip(n.contact_id).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }

    /// An app on a generated network (`crate::scale`), with the default
    /// settings as `tune` leaves them, at 2026-12-01 10:00 +01:00.
    fn sample_app(contacts: u64, interactions: u64, seed: u64, tune: impl FnOnce(&mut Settings)) -> App {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T10:00:00+01:00")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_else(|e| panic!("{e}"));
        let spec = crate::scale::ScaleSpec {
            contacts,
            interactions,
            seed,
        };
        let mut settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        tune(&mut settings);
        let rules = derive::Rules {
            user_zone: settings.user.timezone,
        };
        store
            .fixtures(&rules, |sink| crate::scale::generate(sink, spec, now))
            .unwrap_or_else(|e| panic!("{e}"));
        App::with(settings, Clock::Pinned(now), store, PathBuf::new())
    }

    /// Sara with two messages and an event, as drafts read her.
    fn sara_facts() -> DraftFacts {
        let at = |d: &str| {
            chrono::DateTime::parse_from_rfc3339(d)
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let message = |id: i64, when: &str, direction: Direction| Interaction {
            id,
            contact_id: 1,
            at: at(when),
            direction,
            channel: Channel::Message,
            note: Some(format!("message {id}")),
        };
        DraftFacts {
            days_after: 0,
            contact: Contact::named("Sara Lee"),
            interactions: vec![
                message(1, "2026-11-01T10:00:00Z", Direction::Out),
                message(2, "2026-11-02T10:00:00Z", Direction::In),
            ],
            events: vec![Event {
                id: 1,
                contact_id: 1,
                kind: EventKind::Post,
                on: chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap_or_default(),
                detail: Some("A post".into()),
                recorded_at: at("2026-11-03T10:00:00Z"),
                until: None,
                from_message: None,
            }],
        }
    }

    #[test]
    fn a_draft_shown_for_a_contact_forgotten_since_does_not_stop_the_next_write() {
        let mut app = sample_app(30, 200, 3, |_| {});
        let plan = app.plan().unwrap_or_else(|e| panic!("{e}"));
        let (Some(gone), Some(next)) = (plan.nudges.first(), plan.nudges.get(1)) else {
            panic!("the sample should plan two nudges");
        };
        let shown = app.draft(gone).unwrap_or_else(|e| panic!("{e}"));
        let next_shown = app.draft(next).unwrap_or_else(|e| panic!("{e}"));
        app.forget(gone.contact_id).unwrap_or_else(|e| panic!("{e}"));
        app.mark_delivered(next).unwrap_or_else(|e| panic!("{e}"));
        assert!(!shown.is_empty());
        // The other draft was kept by that write.
        let kept = app.store.db().kept_draft(&next.key).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(kept.map(|k| k.text), Some(next_shown));
        let gone_kept = app.store.db().kept_draft(&gone.key).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(gone_kept, None);
    }

    #[test]
    fn the_draft_a_notification_showed_is_the_one_kept_for_the_next_days() {
        let mut app = sample_app(30, 200, 3, |_| {});
        let plan = app.plan().unwrap_or_else(|e| panic!("{e}"));
        let Some(nudge) = plan.nudges.first().cloned() else {
            panic!("the sample should plan a nudge");
        };
        let shown = crate::notify::nudge_message(&app, &nudge).unwrap_or_else(|e| panic!("{e}"));
        app.mark_delivered(&nudge).unwrap_or_else(|e| panic!("{e}"));
        let kept = app
            .store
            .db()
            .kept_draft(&nudge.key)
            .unwrap_or_else(|e| panic!("{e}"))
            .map(|k| k.text)
            .unwrap_or_default();
        assert!(
            !kept.is_empty() && shown.body.ends_with(&kept),
            "{}\n---\n{kept}",
            shown.body
        );
        app.clock = Clock::Pinned(app.now() + chrono::Duration::days(1));
        assert_eq!(app.draft(&nudge).unwrap_or_else(|e| panic!("{e}")), kept);
    }

    proptest::proptest! {
        /// A kept draft's basis changes with whatever a draft reads of the
        /// contact (a field, a message, an event), and with nothing else:
        /// not with a tag, nor with the order records are read in.
        #[test]
        fn a_kept_drafts_basis_follows_what_drafts_read(change in 0usize..9, word in "[a-z]{1,8}") {
            let base = sara_facts();
            let mut other = sara_facts();
            let c = &mut other.contact;
            match change {
                0 => c.company = Some(word.clone()),
                1 => c.role = Some(word.clone()),
                2 => c.met = Some(word.clone()),
                3 => c.interests.push(word.clone()),
                4 => c.note = Some(word.clone()),
                5 => {
                    let mut i = other.interactions[1].clone();
                    i.id = 3;
                    i.note = Some(word.clone());
                    other.interactions.push(i);
                }
                6 => other.events[0].detail = Some(word.clone()),
                7 => c.tags.push(word.clone()),
                _ => other.interactions.reverse(),
            }
            proptest::prop_assert_eq!(other.basis(false, 1) != base.basis(false, 1), change < 7, "change {}", change);
            proptest::prop_assert_ne!(base.basis(true, 1), base.basis(false, 1));
            proptest::prop_assert_ne!(base.basis(false, 2), base.basis(false, 1));
        }
    }

    /// Delivers, skips and snoozes in turn the first `n` nudges of `plan`
    /// still open, as a user leaves them; returns how many. What was done
    /// before counts toward the cap (rule 10) and may have dropped a
    /// contact's nudge from the plan.
    fn act_on_some(app: &mut App, plan: &Plan, n: usize) -> usize {
        let mut acted = 0;
        for (i, nudge) in plan.nudges.iter().take(n).enumerate() {
            let now_open = app.plan().unwrap_or_else(|e| panic!("{e}"));
            if now_open.for_contact(nudge.contact_id).is_none() {
                continue;
            }
            let done = match i % 3 {
                0 => app.mark_delivered(nudge),
                1 => app.skip(nudge.contact_id).map(|_| ()),
                _ => app.snooze(nudge.contact_id, crate::time::Duration::days(3)).map(|_| ()),
            };
            done.unwrap_or_else(|e| panic!("{e}"));
            acted += 1;
        }
        acted
    }

    #[test]
    fn leaving_out_idle_contacts_changes_no_nudge() {
        let mut app = sample_app(3_000, 60_000, 11, |_| {});
        // Some history of deliveries, skips and snoozes, as a user leaves it.
        let first = app.plan().unwrap_or_else(|e| panic!("{e}"));
        act_on_some(&mut app, &first, 60);
        let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
        let live = app.plan_within(10_000).unwrap_or_else(|e| panic!("{e}"));
        assert!(full.nudges.len() > 100, "the sample should plan nudges");
        assert_eq!(full.nudges, live.nudges);
        // `tend list --json`'s plan, from the live contacts without a horizon.
        let listed = app.plan_nudges().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(full.nudges, listed.nudges);
        // A week's agenda, planned only as far as it needs, shows the same
        // nudges with the same reasons as the full plan.
        for days in [0, 1, 7, 30] {
            let short = app.plan_within(days).unwrap_or_else(|e| panic!("{e}"));
            let (a, b) = (app.agenda(&short, days), app.agenda(&full, days));
            let only_a: Vec<_> = a.iter().filter(|n| !b.contains(n)).collect();
            let only_b: Vec<_> = b.iter().filter(|n| !a.contains(n)).collect();
            assert!(
                only_a.is_empty() && only_b.is_empty(),
                "{days} days: {only_a:?} / {only_b:?}"
            );
        }
        assert!(!app.agenda(&full, 7).is_empty());
    }

    /// Issue 25's saturated network: far more check-ins due than places.
    /// `tend list --json`'s plan reads only the contacts that can have a
    /// nudge where most have no check-ins (the default cadence off), and
    /// gives every nudge of the whole plan, with writes between plans and
    /// a clock moving back and forth.
    #[test]
    fn list_nudges_from_the_live_contacts_are_the_whole_plans() {
        let mut app = sample_app(2_000, 30_000, 5, |s| {
            s.rules.default_cadence = crate::model::Cadence::None;
        });
        assert!(!app.read(|| app.store.db().checkins_most()).unwrap_or(true));
        let start = app.now();
        let mut acted = 0;
        for (round, days) in [0i64, 9, -20, 40].into_iter().enumerate() {
            app.set_clock(Clock::Pinned(start + chrono::Duration::days(days)));
            let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
            let listed = app.plan_nudges().unwrap_or_else(|e| panic!("{e}"));
            assert!(full.nudges.len() > 20, "round {round}: the sample should plan nudges");
            assert_eq!(listed.nudges, full.nudges, "round {round}");
            // Act on some, as a user does between two lists.
            acted += act_on_some(&mut app, &full, 12);
        }
        assert!(acted > 10, "only {acted} nudges acted upon");
    }

    /// `tend list --json` where every row is planned (issue 25's network)
    /// takes each strength from the planning rows the plan reads, not from
    /// the contacts again: the same strengths as the contacts' stored
    /// history counts give, every contact's but the archived (which have no
    /// planning row, and which the list reads on its own), with the whole
    /// plan's nudges; with writes between lists (messages, deliveries and
    /// skips, an archived contact), a summary out of date, the clock moving
    /// back and a changed config.
    #[test]
    fn strengths_from_the_planning_rows_are_the_stored_ones() {
        let mut app = sample_app(600, 9_000, 9, |s| {
            s.rules.default_cadence = crate::model::Cadence::Every(Duration::days(14));
        });
        // As after a LinkedIn import with a cadence: most rows have check-ins.
        for i in 0..700 {
            let fields = ContactFields {
                name: Some(format!("Quiet Person {i}")),
                ..ContactFields::default()
            };
            app.add_contact(&fields).unwrap_or_else(|e| panic!("{e}"));
        }
        assert!(app.read(|| app.store.db().checkins_most()).unwrap_or(false));
        let start = app.now();
        let agree = |app: &App, round: usize| {
            let stored = app.contacts_with_strengths().unwrap_or_else(|e| panic!("{e}"));
            let (listed, from_rows) = app
                .plan_nudges_while(|soon| {
                    assert!(soon.reads_strengths(), "round {round}");
                    let plan = soon.take()?;
                    Ok((plan, soon.strengths()))
                })
                .unwrap_or_else(|e| panic!("{e}"));
            let from_rows = from_rows.unwrap_or_else(|| panic!("round {round}: no strengths"));
            let mut archived = 0;
            for (c, strength) in &stored {
                if c.status == crate::model::Status::Archived {
                    archived += 1;
                    assert!(!from_rows.contains_key(&c.id), "round {round}: {}", c.id);
                } else {
                    let got = from_rows.get(&c.id).map(|s| s.to_bits());
                    assert_eq!(got, Some(strength.to_bits()), "round {round}: {}", c.id);
                }
            }
            assert_eq!(from_rows.len() + archived, stored.len(), "round {round}");
            let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(listed.nudges, full.nudges, "round {round}");
            archived
        };
        let at = |days: i64| Clock::Pinned(start + chrono::Duration::days(days));
        let mut archived = 0;
        for (round, days) in [0i64, 9, -20, 40].into_iter().enumerate() {
            app.set_clock(at(days));
            let id = ContactId::try_from(round as i64 * 7 + 3).unwrap_or(1);
            // A message from them, and a meeting to come that has happened
            // by the next round (its summary then out of date).
            app.log(
                id,
                app.now() - chrono::Duration::hours(2),
                Direction::In,
                Channel::Message,
                Some("Great to hear from you!"),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            app.log(
                id + 1,
                app.now() + chrono::Duration::days(2),
                Direction::Both,
                Channel::Meeting,
                None,
            )
            .unwrap_or_else(|e| panic!("{e}"));
            let archive = ContactFields {
                status: Some(crate::model::Status::Archived),
                ..ContactFields::default()
            };
            app.edit_contact(id + 2, &archive).unwrap_or_else(|e| panic!("{e}"));
            let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
            act_on_some(&mut app, &full, 9);
            app.set_clock(at(days + 3));
            let stale = app.store.db().stale_ids(app.now()).unwrap_or_default();
            assert!(stale.contains(&(id + 1)), "round {round}: {stale:?}");
            archived = agree(&app, round);
            if round == 1 {
                let mut settings = app.settings.clone();
                settings.rules.daily_cap = 2;
                settings.rules.learned_hours = !settings.rules.learned_hours;
                let clock = *app.clock();
                app.reconfigure(settings, clock, PathBuf::new());
            }
        }
        assert_eq!(archived, 4);
    }

    /// An agenda planned from the strongest check-ins alone (by their
    /// stored bound of strength) shows what the whole plan shows, and still
    /// after writes that change strengths, deliveries and skips between
    /// plans; the whole plan is asked only when that cannot be shown.
    #[test]
    fn an_agenda_from_the_strongest_check_ins_shows_what_the_whole_plan_shows() {
        let mut app = sample_app(1_500, 20_000, 7, |settings| {
            settings.rules.daily_cap = 1;
        });
        let agree = |app: &App, round: usize| {
            let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
            for days in [0, 1, 7, 30] {
                let live = crate::facts::live_bounds(&app.settings, app.now());
                let horizon = Duration::days(days).after(app.now(), app.tz());
                let strongest = app
                    .plan_strongest_first(&live, horizon)
                    .unwrap_or_else(|e| panic!("{e}"));
                let short = app.plan_within(days).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(
                    app.agenda(&short, days),
                    app.agenda(&full, days),
                    "round {round}, {days} days"
                );
                if days == 7 {
                    let Some(strongest) = strongest else {
                        panic!("round {round}: the strongest check-ins should fill a week");
                    };
                    assert_eq!(app.agenda(&strongest, days), app.agenda(&full, days), "round {round}");
                    // One a working day, and those delivered already.
                    assert!(app.agenda(&full, days).len() >= 5, "round {round}: one a working day");
                }
            }
            full
        };
        let first = agree(&app, 0);
        // Writes between plans: the weakest check-ins gain conversations and
        // a meeting (their bound and strength rise), the strongest are
        // delivered or skipped.
        let weakest: Vec<ContactId> = {
            let strengths: Vec<(ContactId, f64)> = app
                .contacts_with_strengths()
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|(c, s)| (c.id, s))
                .collect();
            let mut sorted = strengths;
            sorted.sort_by(|a, b| a.1.total_cmp(&b.1));
            sorted.into_iter().take(8).map(|(id, _)| id).collect()
        };
        for (k, id) in weakest.iter().enumerate() {
            for h in 0..6 {
                let at = app.now() - chrono::Duration::days(60 + h * 5 + k as i64);
                let direction = if h % 2 == 0 { Direction::Out } else { Direction::In };
                app.log(*id, at, direction, Channel::Message, Some("How have you been?"))
                    .unwrap_or_else(|e| panic!("{e}"));
            }
            app.log(
                *id,
                app.now() - chrono::Duration::days(50),
                Direction::Both,
                Channel::Meeting,
                None,
            )
            .unwrap_or_else(|e| panic!("{e}"));
        }
        deliver_and_skip(&mut app, &first.nudges);
        agree(&app, 1);
        // Days later, strengths faded.
        app.clock = Clock::Pinned(app.now() + chrono::Duration::days(9));
        agree(&app, 2);
    }

    /// Trial 25: a reply `tend show` and `tend list` gave as pending was in
    /// no agenda. A write made with the clock behind a message logged
    /// before it (a backdated log, as the trial's were) stores the summary
    /// as it stood then: without that message, and out of date once it has
    /// happened. The agenda's filter reads the stored columns; the planner
    /// brings the summaries it reads up to date. Every plan reads such a
    /// contact, and gives what the whole plan gives.
    /// The daemon's app stays open across midnight: a job change logged
    /// ahead reaches the profile at its first look on the day, once.
    #[test]
    fn a_job_logged_ahead_reaches_an_open_app_on_its_day_once() {
        let at = |d: &str| {
            chrono::DateTime::parse_from_rfc3339(d)
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let mut settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        settings.user.timezone = chrono_tz::Europe::Lisbon;
        let mut app =
            App::in_memory(settings, Clock::Pinned(at("2034-04-20T08:00:00Z"))).unwrap_or_else(|e| panic!("{e}"));
        let fields = ContactFields {
            name: Some("Ana Silva".into()),
            company: Some("Talkdesk".into()),
            ..ContactFields::default()
        };
        let ana = app.add_contact(&fields).unwrap_or_else(|e| panic!("{e}"));
        let on = chrono::NaiveDate::from_ymd_opt(2034, 5, 2).unwrap_or_default();
        app.record_event(ana, EventKind::NewJob, (on, None), Some("Staff engineer at Feedzai"))
            .unwrap_or_else(|e| panic!("{e}"));
        let look = |app: &mut App, clock: &str| {
            app.set_clock(Clock::Pinned(at(clock)));
            let due = app.apply_due_jobs().unwrap_or_else(|e| panic!("{e}"));
            let c = app.contact(ana).unwrap_or_else(|e| panic!("{e}"));
            (due, c.company.unwrap_or_default(), c.role.unwrap_or_default())
        };
        let before = (0, "Talkdesk".to_string(), String::new());
        assert_eq!(look(&mut app, "2034-05-01T23:59:00+01:00"), before);
        let after = (0, "Feedzai".to_string(), "Staff engineer".to_string());
        assert_eq!(
            look(&mut app, "2034-05-02T00:01:00+01:00"),
            (1, after.1.clone(), after.2.clone())
        );
        assert_eq!(look(&mut app, "2034-05-03T10:00:00+01:00"), after);
    }

    #[test]
    fn a_reply_behind_a_summary_out_of_date_is_in_every_plan() {
        let at = |d: &str| {
            chrono::DateTime::parse_from_rfc3339(d)
                .map(|d| d.with_timezone(&Utc))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let mut settings = Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
        settings.rules.default_cadence = crate::model::Cadence::None;
        let mut app =
            App::in_memory(settings, Clock::Pinned(at("2034-04-20T08:00:00Z"))).unwrap_or_else(|e| panic!("{e}"));
        let fields = ContactFields {
            name: Some("Chidi Okeke".into()),
            timezone: Some("Africa/Lagos".into()),
            ..ContactFields::default()
        };
        let chidi = app.add_contact(&fields).unwrap_or_else(|e| panic!("{e}"));
        let log = |app: &mut App, clock: &str, when: &str, direction: Direction, note: &str| {
            app.set_clock(Clock::Pinned(at(clock)));
            app.log(chidi, at(when), direction, Channel::Message, Some(note))
                .unwrap_or_else(|e| panic!("{e}"));
        };
        let hello = "Thinking of you and your mum this week.";
        log(
            &mut app,
            "2034-04-20T08:00:00Z",
            "2034-04-20T08:00:00Z",
            Direction::Out,
            hello,
        );
        let asked = "She is home, all went well. Are you still up for speaking at our meetup in July?";
        log(
            &mut app,
            "2034-05-02T19:00:00Z",
            "2034-05-02T19:00:00Z",
            Direction::In,
            asked,
        );
        // Logged with the clock at noon, seven hours behind his message.
        let behind = "And good luck to her on the day!";
        log(
            &mut app,
            "2034-05-02T12:00:00Z",
            "2034-04-21T08:00:00Z",
            Direction::Out,
            behind,
        );
        app.set_clock(Clock::Pinned(at("2034-05-03T06:30:00Z")));
        let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
        let Some(reply) = full.for_contact(chidi).cloned() else {
            panic!(
                "the whole plan should owe Chidi a reply: {:?}",
                full.why_none.get(&chidi)
            );
        };
        assert_eq!(reply.kind, crate::model::NudgeKind::Reply);
        for days in [1, 3] {
            let short = app.plan_within(days).unwrap_or_else(|e| panic!("{e}"));
            let agenda = app.agenda(&short, days);
            assert!(agenda.contains(&reply), "{days} days: {agenda:?}");
            assert_eq!(agenda, app.agenda(&full, days), "{days} days");
        }
        let listed = app.plan_nudges().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(listed.nudges, full.nudges);
        let shown = app.plan_for(chidi).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(shown.for_contact(chidi), Some(&reply));
    }

    /// Issue 25: at a network whose check-ins ask more than the cap gives,
    /// `tend show` plans only the rows that may come before the contact's
    /// check-in and counts the other check-ins. Each contact still gets what
    /// the whole plan gives it: its nudge, its reason for none (rule 10's
    /// figures too) and its notes; with writes between plans (messages that
    /// change strengths, deliveries, skips, a sensitive event), the clock
    /// moving back, and a change of the settings.
    #[test]
    fn showing_one_contact_where_check_ins_compete_gives_what_the_whole_plan_gives() {
        let mut app = sample_app(600, 9_000, 13, |s| {
            s.rules.daily_cap = 1;
            s.rules.default_cadence = crate::model::Cadence::Every(Duration::days(14));
        });
        // As after a LinkedIn import: most contacts with no history at all
        // (their strength is nil), connected long ago.
        for i in 0..900 {
            let fields = ContactFields {
                name: Some(format!("Quiet Person {i}")),
                connected_on: chrono::NaiveDate::from_ymd_opt(2019, 1 + (i % 12) as u32, 1),
                ..ContactFields::default()
            };
            app.add_contact(&fields).unwrap_or_else(|e| panic!("{e}"));
        }
        let ids: Vec<ContactId> = (1..=1_500).step_by(9).collect();
        let agree = |app: &App, round: usize| {
            let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
            let (mut ahead, mut ahead_not_planned, mut behind, mut behind_nil) = (0, 0, 0, 0);
            for &id in &ids {
                let one = app.plan_for(id).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(one.for_contact(id), full.for_contact(id), "round {round}, contact {id}");
                assert_eq!(
                    one.why_none.get(&id),
                    full.why_none.get(&id),
                    "round {round}, contact {id}"
                );
                assert_eq!(one.notes.get(&id), full.notes.get(&id), "round {round}, contact {id}");
                // Told from the strongest check-ins alone: always "not planned".
                if app.plan_behind(id).unwrap_or_else(|e| panic!("{e}")).is_some() {
                    behind += 1;
                    let why = full.why_none.get(&id);
                    assert!(
                        matches!(why, Some(planner::WhyNone::NotPlanned(_))),
                        "contact {id}: {why:?}"
                    );
                    behind_nil +=
                        usize::from(app.bond(id).unwrap_or_else(|e| panic!("{e}")).strength(app.now()) == 0.0);
                }
                if app.plan_ahead_of(id).unwrap_or_else(|e| panic!("{e}")).is_some() {
                    ahead += 1;
                    let why = full.why_none.get(&id);
                    ahead_not_planned += usize::from(matches!(why, Some(planner::WhyNone::NotPlanned(_))));
                }
            }
            let not_planned = full
                .why_none
                .values()
                .filter(|w| matches!(w, planner::WhyNone::NotPlanned(_)))
                .count();
            assert!(
                not_planned > 400,
                "round {round}: check-ins should compete ({not_planned} not planned)"
            );
            assert!(
                behind > 20 && behind_nil > 5,
                "round {round}: only {behind} shown from the strongest check-ins ({behind_nil} of no strength)"
            );
            assert!(
                ahead > 10 && ahead_not_planned > 5,
                "round {round}: only {ahead} shown from the rows ahead ({ahead_not_planned} not planned)"
            );
            full
        };
        let first = agree(&app, 0);
        // Messages with some of the contacts (their strength rises), a
        // sensitive event, deliveries and skips.
        for (k, id) in ids.iter().copied().take(12).enumerate() {
            let at = app.now() - chrono::Duration::days(30 + k as i64);
            app.log(id, at, Direction::Out, Channel::Message, Some("How have you been?"))
                .unwrap_or_else(|e| panic!("{e}"));
            app.log(
                id,
                at + chrono::Duration::hours(3),
                Direction::In,
                Channel::Message,
                Some("Good, you?"),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        }
        let on = crate::time::local_date(app.now(), app.tz()) - chrono::Duration::days(3);
        app.record_event(ids[20], EventKind::Health, (on, None), Some("surgery"))
            .unwrap_or_else(|e| panic!("{e}"));
        deliver_and_skip(&mut app, &first.nudges);
        agree(&app, 1);
        // The clock back three weeks, then on again past where it was.
        let now = app.now();
        app.set_clock(Clock::Pinned(now - chrono::Duration::days(21)));
        agree(&app, 2);
        app.set_clock(Clock::Pinned(now + chrono::Duration::days(10)));
        agree(&app, 3);
        // Other settings: a larger cap, a longer default cadence, rule 4
        // waiting after one message unanswered.
        app.settings.rules.daily_cap = 3;
        app.settings.rules.default_cadence = crate::model::Cadence::Every(Duration::days(21));
        app.settings.rules.max_unanswered = 1;
        agree(&app, 4);
    }

    #[test]
    fn planning_one_contact_gives_what_the_full_plan_gives_it() {
        let app = sample_app(400, 8_000, 5, |settings| {
            // A small cap: many nudges are pushed to later days by others.
            settings.rules.daily_cap = 2;
        });
        let full = app.plan().unwrap_or_else(|e| panic!("{e}"));
        let pushed = full
            .nudges
            .iter()
            .filter(|n| n.due > app.now() + chrono::Duration::days(3))
            .count();
        assert!(pushed > 10, "the cap should push nudges later: {pushed}");
        for id in (1..=400).step_by(3) {
            let one = app.plan_for(id).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(one.for_contact(id), full.for_contact(id), "contact {id}");
            assert_eq!(one.why_none.get(&id), full.why_none.get(&id), "contact {id}");
        }
    }
}

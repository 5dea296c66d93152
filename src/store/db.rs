//! What the rest of tend may ask of the database: [`Db`], a read snapshot
//! or a write transaction handed out by [`Store::db`] and
//! [`Store::transact`], whose methods are the store's queries and writes.
//! The connection itself stays inside `store` (rule 2 of
//! docs/architecture.md: only the store runs SQL), so a caller can neither
//! run SQL of its own nor write outside a transaction.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;
use rustc_hash::FxHashMap;
use serde_json::{Map, Value};

use super::contacts::{Greetings, RawRows, UsualHours};
use super::history::SentText;
use super::nudges::KeptDraft;
use super::records::ShownReading;
use super::{Store, backup, contacts, edits, history, nudges, records, sources, stats};
use crate::error::{Result, StoreContext};
use crate::facts::{Derive, Drafted, Item, LiveBounds, NudgeRecord, PlanRow};
use crate::model::{
    Cadence, Contact, ContactFields, ContactId, Event, EventChange, FileState, Interaction, InteractionChange,
    NudgeKey, NudgeKind, SourceState, SourceWrite, Summary,
};

/// The database as the rest of tend sees it, for one read or one
/// transaction.
#[derive(Clone, Copy)]
pub struct Db<'a> {
    pub(in crate::store) conn: &'a Connection,
}

impl<'a> Db<'a> {
    /// The store's own tests' way to a `Db` over a connection they hold.
    #[cfg(test)]
    pub(in crate::store) fn on(conn: &'a Connection) -> Db<'a> {
        Db { conn }
    }
}

impl Store {
    /// The database for reads (a snapshot when inside [`Store::read`]).
    pub fn db(&self) -> Db<'_> {
        Db { conn: self.conn() }
    }

    /// [`Store::write`]: `f`'s writes in one transaction, all or none.
    pub fn transact<T>(&mut self, f: impl FnOnce(Db<'_>) -> Result<T>) -> Result<T> {
        self.write(|conn| f(Db { conn }))
    }

    /// [`Store::write_if_free`]: only if no other connection is writing.
    pub fn transact_if_free<T>(&mut self, f: impl FnOnce(Db<'_>) -> Result<T>) -> Result<T> {
        self.write_if_free(|conn| f(Db { conn }))
    }

    /// [`Store::write_if_writable`]: `Ok(None)` where the database cannot be
    /// written here.
    pub fn transact_if_writable<T>(&mut self, f: impl FnOnce(Db<'_>) -> Result<T>) -> Result<Option<T>> {
        self.write_if_writable(|conn| f(Db { conn }))
    }

    /// Empties the WAL into the database and refreshes SQLite's statistics,
    /// as after a big import (the benchmarks, after their fixtures).
    pub fn checkpoint_and_analyze(&self) -> Result<()> {
        self.conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
            .ctx("checkpointing and analysing the database")
    }

    /// The number of rows changed through this store's connection so far.
    pub fn total_changes(&self) -> u64 {
        self.conn().total_changes()
    }
}

impl Db<'_> {
    /// The schema version a backup records.
    pub fn schema_version(&self) -> Result<i64> {
        backup::schema_version(self.conn)
    }

    /// Every row of a backup's `table`, in order, as column → value.
    pub fn for_each_backup_row(&self, table: &str, each: impl FnMut(&Map<String, Value>) -> Result<()>) -> Result<()> {
        backup::for_each_row(self.conn, table, each)
    }

    pub fn contacts(&self) -> Result<Vec<Contact>> {
        contacts::all(self.conn)
    }

    /// One contact, if there is one with that id.
    pub fn contact(&self, id: ContactId) -> Result<Option<Contact>> {
        contacts::get(self.conn, id)
    }

    pub fn any_contact(&self) -> Result<bool> {
        contacts::any(self.conn)
    }

    pub fn bonds(&self, only: Option<ContactId>) -> Result<Vec<(ContactId, crate::facts::Bond)>> {
        contacts::bonds(self.conn, only)
    }

    pub fn cadence_counts(&self) -> Result<Vec<(Option<Cadence>, u64)>> {
        contacts::cadence_counts(self.conn)
    }

    pub fn for_each_contact(&self, each: impl FnMut(Contact, crate::facts::Bond) -> Result<()>) -> Result<()> {
        contacts::for_each(self.conn, each)
    }

    pub fn for_each_contact_alone(&self, each: impl FnMut(Contact) -> Result<()>) -> Result<()> {
        contacts::for_each_alone(self.conn, each)
    }

    pub fn forget_contact(&self, id: ContactId) -> Result<()> {
        contacts::forget(self.conn, id)
    }

    pub fn greetings(&self) -> Result<Greetings> {
        contacts::greetings(self.conn)
    }

    pub fn ids_named(&self, name: &str) -> Result<Vec<ContactId>> {
        contacts::ids_named(self.conn, name)
    }

    pub fn insert_contact(
        &self,
        f: &ContactFields,
        source: &str,
        external_key: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<ContactId> {
        contacts::insert(self.conn, f, source, external_key, now)
    }

    pub fn live_most(&self, live: &LiveBounds) -> Result<bool> {
        contacts::live_most(self.conn, live)
    }

    pub fn checkins_most(&self) -> Result<bool> {
        contacts::checkins_most(self.conn)
    }

    pub fn name_of(&self, id: ContactId) -> Result<Option<String>> {
        contacts::name_of(self.conn, id)
    }

    pub fn plan_row(&self, id: ContactId, usual_hours: UsualHours) -> Result<Vec<PlanRow>> {
        contacts::plan_row(self.conn, id, usual_hours)
    }

    pub fn plan_rows(
        &self,
        live: Option<&LiveBounds>,
        also: &[ContactId],
        usual_hours: UsualHours,
    ) -> Result<Vec<PlanRow>> {
        contacts::plan_rows(self.conn, live, also, usual_hours)
    }

    pub fn plan_rows_raw(
        &self,
        live: Option<&LiveBounds>,
        also: &[ContactId],
        size: usize,
        each: impl FnMut(RawRows) -> Result<()>,
    ) -> Result<()> {
        contacts::plan_rows_raw(self.conn, live, also, size, each)
    }

    pub fn few_ahead(&self, key: u32, default_cadence: bool) -> Result<bool> {
        contacts::few_ahead(self.conn, key, default_cadence)
    }

    pub fn plan_rows_ahead_of(
        &self,
        ask: contacts::AheadOf<'_>,
        size: usize,
        each: &mut dyn FnMut(RawRows) -> Result<()>,
    ) -> Result<usize> {
        contacts::plan_rows_ahead_of(self.conn, ask, size, each)
    }

    pub fn plan_rows_behind<K: Fn(&crate::facts::Bond) -> u32>(
        &self,
        ask: &contacts::Behind<'_, K>,
    ) -> Result<contacts::BehindRows> {
        contacts::plan_rows_behind(self.conn, ask)
    }

    pub fn plan_rows_strongest<K: Fn(&PlanRow) -> u32>(
        &self,
        ask: contacts::Strongest<'_, K>,
    ) -> Result<(Vec<PlanRow>, Option<u32>)> {
        contacts::plan_rows_strongest(self.conn, ask)
    }

    pub fn record_by_hand(&self, id: ContactId, by_hand: (bool, Option<bool>)) -> Result<()> {
        contacts::record_by_hand(self.conn, id, by_hand)
    }

    pub fn summary(&self, id: ContactId) -> Result<Summary> {
        contacts::summary(self.conn, id)
    }

    pub fn update_contact(
        &self,
        derive: &dyn Derive,
        id: ContactId,
        f: &ContactFields,
        now: DateTime<Utc>,
    ) -> Result<()> {
        contacts::update(self.conn, derive, id, f, now)
    }

    pub fn rewrite_event(&self, id: i64, change: Option<&EventChange>) -> Result<Event> {
        edits::rewrite_event(self.conn, id, change)
    }

    pub fn rewrite_interaction(
        &self,
        derive: &dyn crate::facts::Derive,
        id: i64,
        change: Option<&InteractionChange>,
        now: DateTime<Utc>,
    ) -> Result<Interaction> {
        edits::rewrite_interaction(self.conn, derive, id, change, now)
    }

    pub fn change_marks(&self) -> Result<(i64, i64)> {
        history::change_marks(self.conn)
    }

    pub fn sent_since(&self, since: DateTime<Utc>) -> Result<Vec<SentText>> {
        history::sent_since(self.conn, since)
    }

    pub fn nudge_records(&self) -> Result<Vec<NudgeRecord>> {
        nudges::all(self.conn)
    }

    pub fn keep_drafts(&self, drafts: &[KeptDraft]) -> Result<()> {
        nudges::keep_drafts(self.conn, drafts)
    }

    pub fn kept_draft(&self, key: &NudgeKey) -> Result<Option<KeptDraft>> {
        nudges::kept_draft(self.conn, key)
    }

    pub fn all_events(&self, since: Option<NaiveDate>) -> Result<Vec<Event>> {
        records::all_events(self.conn, since)
    }

    pub fn backfill_pitches(&self, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
        records::backfill_pitches(self.conn, derive, now)
    }

    pub fn bring_up_to_date(
        &self,
        derive: &dyn Derive,
        rows: &mut [crate::facts::PlanRow],
        now: DateTime<Utc>,
    ) -> Result<()> {
        records::bring_up_to_date(self.conn, derive, rows, now)
    }

    pub fn event(&self, id: i64) -> Result<Option<Event>> {
        records::event(self.conn, id)
    }

    pub fn events_of(&self, contact: ContactId) -> Result<Vec<Event>> {
        records::events_of(self.conn, contact)
    }

    pub fn profile_jobs_due(&self, today: NaiveDate) -> Result<bool> {
        records::profile_jobs_due(self.conn, today)
    }

    pub fn due_profile_jobs(&self, today: NaiveDate) -> Result<Vec<Event>> {
        records::due_profile_jobs(self.conn, today)
    }

    pub fn set_profile_pending(&self, event: i64, pending: bool) -> Result<()> {
        records::set_profile_pending(self.conn, event, pending)
    }

    pub fn drop_profile_pending(&self, contact: ContactId) -> Result<()> {
        records::drop_profile_pending(self.conn, contact)
    }

    pub fn interaction(&self, id: i64) -> Result<Option<Interaction>> {
        records::interaction(self.conn, id)
    }

    pub fn interactions_of(&self, contact: ContactId) -> Result<Vec<Interaction>> {
        records::interactions_of(self.conn, contact)
    }

    pub fn keep_shown_readings(&self, readings: &[ShownReading]) -> Result<()> {
        records::keep_shown_readings(self.conn, readings)
    }

    pub fn latest_with_note(
        &self,
        contact: ContactId,
        wanted: impl Fn(&Interaction) -> bool,
    ) -> Result<Option<Interaction>> {
        records::latest_with_note(self.conn, contact, wanted)
    }

    pub fn note_of(&self, interaction: i64) -> Result<Option<String>> {
        records::note_of(self.conn, interaction)
    }

    pub fn pitches_backfilled(&self) -> Result<bool> {
        records::pitches_backfilled(self.conn)
    }

    pub fn reader_version(&self) -> Result<Option<i64>> {
        records::reader_version(self.conn)
    }

    pub fn reading(&self, id: i64) -> Result<Option<String>> {
        records::reading(self.conn, id)
    }

    pub fn readings_of(&self, contact: ContactId) -> Result<Vec<(i64, String, i64)>> {
        records::readings_of(self.conn, contact)
    }

    pub fn refresh_stale(&self, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
        records::refresh_stale(self.conn, derive, now)
    }

    pub fn refresh_summary(&self, derive: &dyn Derive, contact: ContactId, now: DateTime<Utc>) -> Result<()> {
        records::refresh_summary(self.conn, derive, contact, now)
    }

    pub fn remake_summaries(&self, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
        records::remake_summaries(self.conn, derive, now)
    }

    pub fn reread_waiting(&self, derive: &dyn Derive, now: DateTime<Utc>) -> Result<usize> {
        records::reread_waiting(self.conn, derive, now)
    }

    pub fn stale_ids(&self, now: DateTime<Utc>) -> Result<Vec<ContactId>> {
        records::stale_ids(self.conn, now)
    }

    pub fn store_reading(&self, id: i64, read_as: &str, version: i64) -> Result<()> {
        records::store_reading(self.conn, id, read_as, version)
    }

    pub fn summaries_to_remake(&self) -> Result<bool> {
        records::summaries_to_remake(self.conn)
    }

    pub fn record_sources(&self, writes: &[SourceWrite<'_>], now: DateTime<Utc>) -> Result<()> {
        sources::apply(self.conn, writes, now)
    }

    pub fn source_file(&self, kind: &str, file: &str) -> Result<Option<FileState>> {
        sources::file(self.conn, kind, file)
    }

    pub fn source(&self, kind: &str, path: &str) -> Result<Option<SourceState>> {
        sources::get(self.conn, kind, path)
    }

    pub fn contact_tags(&self) -> Result<FxHashMap<ContactId, Vec<String>>> {
        stats::contact_tags(self.conn)
    }

    pub fn contact_zones(&self) -> Result<FxHashMap<ContactId, Option<Tz>>> {
        stats::contact_zones(self.conn)
    }

    pub fn for_each_contact_items(&self, f: impl FnMut(ContactId, &[Item]) -> Result<()>) -> Result<()> {
        stats::for_each_contact(self.conn, f)
    }

    pub fn items_of(&self, contact: ContactId) -> Result<Vec<Item>> {
        stats::items_of(self.conn, contact)
    }

    pub fn record_sent_how(&self, interaction: i64, kind: NudgeKind, drafted: Drafted) -> Result<()> {
        stats::record_sent_how(self.conn, interaction, kind, drafted)
    }
}

//! Numbered, embedded migrations, tracked by `PRAGMA user_version`. A database
//! from a newer tend is refused untouched.
//!
//! A migration changes the schema and moves stored facts; it never runs live
//! domain code (an old migration would change meaning whenever a rule or a
//! phrase list does). What is derived from the facts (each contact's
//! summary, history counts, usual hour and the reading of the message
//! waiting for an answer) is left to its owners: a step that adds such
//! columns asks for the summaries to be remade, and the app remakes them
//! with today's code right after the upgrade ([`super::records::remake_summaries`]).

use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;

use crate::error::{Error, Result, StoreContext};

enum Step {
    Sql(&'static str),
    /// SQL that adds columns derived from the facts: the summaries of a
    /// database that had some are remade after the upgrade.
    Derived(&'static str),
}

/// The `meta` key that asks for every summary to be remade.
pub const REMAKE_SUMMARIES: &str = "remake_summaries";

/// Migration N (1-based) brings the schema from version N-1 to N.
const MIGRATIONS: &[Step] = &[
    Step::Sql(
        "CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT, url TEXT, company TEXT, role TEXT, timezone TEXT, met TEXT,
            interests TEXT NOT NULL DEFAULT '[]',
            tags TEXT NOT NULL DEFAULT '[]',
            connected_on TEXT,
            cadence TEXT,
            birthday TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            paused_until TEXT,
            source TEXT NOT NULL DEFAULT 'manual',
            external_key TEXT UNIQUE,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            direction TEXT NOT NULL,
            channel TEXT NOT NULL,
            note TEXT,
            external_key TEXT UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX interactions_by_contact ON interactions(contact_id, at);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            detail TEXT,
            recorded_at INTEGER NOT NULL
        );
        CREATE INDEX events_by_contact ON events(contact_id);
        CREATE TABLE nudges (
            key TEXT PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            due_at INTEGER,
            delivered_at INTEGER,
            snoozed_until INTEGER,
            acted_at INTEGER
        );
        CREATE INDEX nudges_by_contact ON nudges(contact_id);",
    ),
    // v2: per-contact summaries so planning reads one row per contact.
    Step::Sql(
        "ALTER TABLE contacts ADD COLUMN last_touch_at INTEGER;
        ALTER TABLE contacts ADD COLUMN last_light_at INTEGER;
        ALTER TABLE contacts ADD COLUMN last_response_at INTEGER;
        ALTER TABLE contacts ADD COLUMN inbound_id INTEGER;
        ALTER TABLE contacts ADD COLUMN inbound_at INTEGER;
        ALTER TABLE contacts ADD COLUMN out_after_response INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN first_out_after_at INTEGER;
        ALTER TABLE contacts ADD COLUMN responses INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN last_note TEXT;
        CREATE INDEX interactions_sent ON interactions(at) WHERE direction = 'out';",
    ),
    Step::Derived(""),
    // v4: the texts you sent, readable from the index alone (drafts and lint's
    // `repeated` read the last 30 days of them on every run).
    Step::Sql(
        "DROP INDEX interactions_sent;
        CREATE INDEX interactions_sent ON interactions(at, contact_id, note)
            WHERE direction = 'out' AND note IS NOT NULL;",
    ),
    // v5: what the planner reads of each contact, narrow and kept by
    // triggers. Reading 17 columns of the wide contacts rows was most of an
    // agenda's time; this is one short text per contact on a few pages.
    // And the names alone, for the sent-texts history, which looked them up
    // in the wide rows (a page read per text).
    Step::Sql(PLAN_ROWS),
    // v6: whether the pending inbound message closes the conversation (rule
    // 1), read once when it is written, not on every plan; carried in
    // `packed` before the name.
    Step::Sql(INBOUND_CLOSER),
    Step::Derived(""),
    // v7 (above): the closers of messages already stored.
    // v8: the name to greet a contact by (`--greet`), when their full name
    // does not say it.
    Step::Sql("ALTER TABLE contacts ADD COLUMN greet TEXT;"),
    // v9: how each message was sent (the nudge a `tend done` answered and
    // whether its draft went as-is or edited), for `tend stats --by kind,
    // draft`; and each contact's usual hour (rule 14), kept with the summary.
    Step::Derived(SENT_HOW),
    // v10: the stored greeting names alone, so that a plan's reasons greet
    // contacts as drafts do without reading the wide rows.
    Step::Sql("CREATE INDEX contacts_greet ON contacts(id, greet) WHERE greet IS NOT NULL;"),
    // v11: names without regard to case, so that `tend add` finds a contact
    // of the same name (its duplicate warning) by a lookup: scanning 30,000
    // names doubled the time of an `add` (8 ms instead of 4).
    Step::Sql("CREATE INDEX contacts_by_name ON contacts(name COLLATE NOCASE);"),
    // v12: several e-mail addresses per contact (`contacts.email` stays, the
    // first of them, so that what reads one address reads it as before).
    // What mail and calendar imports capture is keyed in `external_key`, as
    // LinkedIn's rows are, so that reading it again adds nothing.
    Step::Sql(CAPTURE),
    // v13: planned meetings and calls (rule 13) are no touch until they
    // have happened. A summary keeps the latest one to come (it holds
    // check-ins) and when it goes out of date; summaries that counted a
    // meeting still to come as a touch are made again.
    Step::Derived(PLANNED),
    // v14: where each of the daemon's sources got to (`[sources]`), so that a
    // restart reads only what is new.
    Step::Sql(super::sources::SCHEMA),
    // v15: each contact's usual hour (rule 14) and the zone it was learned
    // in travel in `packed`, before the name: reading them from their own
    // index for every plan was a twelfth of an agenda at 30,000 contacts.
    Step::Sql(USUAL_HOUR_PACKED),
    // v16: what each inbound message does, read once when it is recorded
    // (`read_as`: the acts, `news:good,thanks`), with the reader's version
    // (0: corrected by the user with `tend owe`). Only the columns: the app
    // reads the messages still waiting for an answer (a migration never
    // runs live domain code), and `meta` keeps the reader version they were
    // last read with.
    Step::Sql(
        "ALTER TABLE interactions ADD COLUMN read_as TEXT;
        ALTER TABLE interactions ADD COLUMN read_version INTEGER;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;",
    ),
    // v17: the draft shown for each nudge, kept with its key (drafts.md: the
    // same nudge shows the same draft until something it says becomes
    // false), with what it was written from.
    Step::Sql(super::nudges::KEPT_DRAFTS),
    // v18: relationship strength (rule 15): each contact's two-way history
    // counted with the summary (conversations, who opened them, answers and
    // how fast, calls and meetings, the first conversation) and whether the
    // user set a cadence or tag by hand; in `packed` before the name, so that
    // the planner ranks competing check-ins (rule 10) from the row alone.
    Step::Derived(TALK),
    // v19: rule 3's pitches only: whether every message of a contact's so
    // far was read as a pitch (kept with the summary: existing contacts get
    // it when the summaries are remade, and `records::backfill_pitches`
    // finds them once at open), and whether the user set the contact's
    // cadence by hand (approximated for existing contacts by `by_hand` with
    // a cadence of their own, unless it may have come with tags). The
    // planning rows carry both: `plan_source` makes them again.
    Step::Derived(PITCHES),
    // v20: what the messages waiting for an answer do with a time (rule 1:
    // a plan, or a plan for the same day), kept with the summary; existing
    // contacts get it when their summaries are remade. The planning rows
    // carry it: `plan_source` makes them again.
    Step::Derived("ALTER TABLE contacts ADD COLUMN inbound_plan INTEGER NOT NULL DEFAULT 0;"),
    // v21: a busy event's end (rule 8: away from its day until this one),
    // the message of theirs it was read from (an absence they told), and
    // whether each inbound message was looked at for an absence. Only the
    // columns: the app looks at the messages stored before when it remakes
    // the summaries after the upgrade (its reader, not this migration).
    Step::Derived(
        "ALTER TABLE events ADD COLUMN until_date TEXT;
        ALTER TABLE events ADD COLUMN from_interaction INTEGER;
        ALTER TABLE interactions ADD COLUMN away_read INTEGER;
        CREATE INDEX events_from_interaction ON events(from_interaction) WHERE from_interaction IS NOT NULL;",
    ),
    // v22: a new job or promotion logged ahead of its day reaches the
    // profile (company, role) on the first run on or after that day
    // (trials 30-35: `list` and `show` kept the old company while drafts
    // used the new one). `profile_pending` marks the events still to apply,
    // with an index of those alone so that each open looks them up cheaply;
    // the app applies them (a migration runs no domain code). Events logged
    // before: see [`PENDING_JOBS`].
    Step::Sql(PROFILE_PENDING),
];

macro_rules! pending_jobs {
    () => {
        "UPDATE events SET profile_pending = 1
    WHERE profile_pending = 0 AND kind IN ('new-job', 'promotion')
      AND on_date > date(recorded_at, 'unixepoch')
      AND (SELECT updated_at FROM contacts c WHERE c.id = events.contact_id) <= recorded_at"
    };
}
/// The new jobs and promotions stored before `profile_pending` was kept
/// (schema 22, or a backup from before) that may never have reached the
/// profile: those logged before their day, on contacts whose fields have
/// not been changed since (a change then may have been the user's own,
/// which wins). One that did reach it changes nothing when applied again.
pub(super) const PENDING_JOBS: &str = pending_jobs!();

/// Schema 22 (see [`MIGRATIONS`]).
const PROFILE_PENDING: &str = concat!(
    "ALTER TABLE events ADD COLUMN profile_pending INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX events_profile_pending ON events(on_date) WHERE profile_pending = 1;
    ",
    pending_jobs!(),
    ";"
);

macro_rules! hand_cadences {
    () => {
        "UPDATE contacts SET cadence_by_hand = 1
    WHERE cadence_by_hand = 0 AND by_hand = 1 AND cadence IS NOT NULL AND (source = 'manual' OR tags = '[]')"
    };
}
/// Schema 19 (see [`MIGRATIONS`]).
const PITCHES: &str = concat!(
    "ALTER TABLE contacts ADD COLUMN pitches_only INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN cadence_by_hand INTEGER NOT NULL DEFAULT 0;
    INSERT INTO meta (key, value) SELECT 'pitches_only', '1' WHERE NOT EXISTS (SELECT 1 FROM interactions);
    ",
    hand_cadences!(),
    ";"
);

/// Whether the user set a contact's cadence by hand, for contacts stored
/// before it was kept (schema 19, or a backup from before): `by_hand` with
/// a cadence of their own, unless it may have come with tags on an
/// imported contact (then its cadence most likely came with the import).
pub(super) const HAND_CADENCES: &str = hand_cadences!();

/// Schema 16: the columns of [`crate::model::Talk`] and `by_hand`, the view
/// of schema 15 with them before the name, and the trigger watching them.
const TALK: &str = "
    ALTER TABLE contacts ADD COLUMN talk_conversations INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_they_opened INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_you_opened INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_answered INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_answer_secs INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_meetings INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE contacts ADD COLUMN talk_first_at INTEGER;
    ALTER TABLE contacts ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER plan_rows_update;
    DROP VIEW plan_source;
    CREATE VIEW plan_source AS
        SELECT id,
            CASE WHEN cadence IS NULL THEN 1 WHEN cadence = 'none' THEN 0 ELSE 2 END,
            inbound_at, connected_on, birthday IS NOT NULL,
            printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s',
                replace(timezone, ',', ';'),
                replace(connected_on, ',', ';'), replace(cadence, ',', ';'), replace(birthday, ',', ';'),
                replace(status, ',', ';'), replace(paused_until, ',', ';'), created_at, last_touch_at,
                last_light_at, last_response_at, inbound_id, inbound_at, out_after_response, first_out_after_at,
                responses, inbound_closer, planned_at, stale_at, usual_hour, replace(usual_hour_zone, ',', ';'),
                talk_conversations, talk_they_opened, talk_you_opened, talk_answered, talk_answer_secs,
                talk_meetings, talk_first_at, by_hand,
                name),
            CASE WHEN last_touch_at IS NULL OR last_light_at IS NULL THEN coalesce(last_touch_at, last_light_at)
                ELSE max(last_touch_at, last_light_at) END,
            CASE WHEN cadence GLOB '[0-9]*mo' THEN CAST(cadence AS INTEGER) * 2419200
                WHEN cadence GLOB '[0-9]*y' THEN CAST(cadence AS INTEGER) * 31536000
                WHEN cadence GLOB '[0-9]*w' THEN CAST(cadence AS INTEGER) * 604800
                WHEN cadence GLOB '[0-9]*d' THEN CAST(cadence AS INTEGER) * 86400
                ELSE 0 END
        FROM contacts WHERE status != 'archived';
    CREATE TRIGGER plan_rows_update AFTER UPDATE OF id, name, timezone, connected_on, cadence, birthday, status,
        paused_until, created_at, last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
        out_after_response, first_out_after_at, responses, inbound_closer, planned_at, stale_at, usual_hour,
        usual_hour_zone, talk_conversations, talk_they_opened, talk_you_opened, talk_answered, talk_answer_secs,
        talk_meetings, talk_first_at, by_hand ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    UPDATE contacts SET by_hand = 1 WHERE source = 'manual' AND (cadence IS NOT NULL OR tags != '[]');
    DELETE FROM plan_rows;
    INSERT INTO plan_rows SELECT * FROM plan_source;";

/// Schema 9: how each message was sent, and the usual hour's columns.
const SENT_HOW: &str = "
    ALTER TABLE interactions ADD COLUMN nudge_kind TEXT;
    ALTER TABLE interactions ADD COLUMN drafted TEXT;
    ALTER TABLE contacts ADD COLUMN usual_hour INTEGER;
    ALTER TABLE contacts ADD COLUMN usual_hour_zone TEXT;
    CREATE INDEX contacts_usual_hours ON contacts(id, usual_hour, usual_hour_zone)
        WHERE usual_hour IS NOT NULL;
    -- The same index, covering what `tend stats` reads: one pass over it
    -- and no lookup of the wide rows (1M of them took 1.2 s, this 0.2).
    DROP INDEX interactions_by_contact;
    CREATE INDEX interactions_by_contact
        ON interactions(contact_id, at, id, direction, channel, nudge_kind, drafted);";

/// Schema 15: the view of schema 13 with `usual_hour` and `usual_hour_zone`
/// before the name, and the trigger watching them; their index goes. And
/// two columns for plans with a horizon (`LiveBounds::until`): the latest
/// touch a check-in counts from (NULL when there is none: such a row is
/// always read), and the least its own cadence spans in seconds, as
/// `Duration::lower_bound_secs` says (0 when the text is not one of the
/// written forms, which only reads the row).
const USUAL_HOUR_PACKED: &str = "
    DROP INDEX contacts_usual_hours;
    DROP TRIGGER plan_rows_update;
    DROP VIEW plan_source;
    ALTER TABLE plan_rows ADD COLUMN checkin_base INTEGER;
    ALTER TABLE plan_rows ADD COLUMN cadence_secs INTEGER;
    CREATE VIEW plan_source AS
        SELECT id,
            CASE WHEN cadence IS NULL THEN 1 WHEN cadence = 'none' THEN 0 ELSE 2 END,
            inbound_at, connected_on, birthday IS NOT NULL,
            printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', replace(timezone, ',', ';'),
                replace(connected_on, ',', ';'), replace(cadence, ',', ';'), replace(birthday, ',', ';'),
                replace(status, ',', ';'), replace(paused_until, ',', ';'), created_at, last_touch_at,
                last_light_at, last_response_at, inbound_id, inbound_at, out_after_response, first_out_after_at,
                responses, inbound_closer, planned_at, stale_at, usual_hour, replace(usual_hour_zone, ',', ';'),
                name),
            CASE WHEN last_touch_at IS NULL OR last_light_at IS NULL THEN coalesce(last_touch_at, last_light_at)
                ELSE max(last_touch_at, last_light_at) END,
            CASE WHEN cadence GLOB '[0-9]*mo' THEN CAST(cadence AS INTEGER) * 2419200
                WHEN cadence GLOB '[0-9]*y' THEN CAST(cadence AS INTEGER) * 31536000
                WHEN cadence GLOB '[0-9]*w' THEN CAST(cadence AS INTEGER) * 604800
                WHEN cadence GLOB '[0-9]*d' THEN CAST(cadence AS INTEGER) * 86400
                ELSE 0 END
        FROM contacts WHERE status != 'archived';
    CREATE TRIGGER plan_rows_update AFTER UPDATE OF id, name, timezone, connected_on, cadence, birthday, status,
        paused_until, created_at, last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
        out_after_response, first_out_after_at, responses, inbound_closer, planned_at, stale_at, usual_hour,
        usual_hour_zone ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    DELETE FROM plan_rows;
    INSERT INTO plan_rows SELECT * FROM plan_source;";

/// Schema 12. `contact_emails` holds every address of a contact, the first
/// (lowest id) mirrored in `contacts.email`; each address once per contact
/// whatever its case. Backfilled from `contacts.email`.
const CAPTURE: &str = "
    CREATE TABLE contact_emails (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        address TEXT NOT NULL
    );
    CREATE UNIQUE INDEX contact_emails_once ON contact_emails(contact_id, address COLLATE NOCASE);
    CREATE INDEX contact_emails_by_address ON contact_emails(address COLLATE NOCASE);
    INSERT INTO contact_emails (contact_id, address)
        SELECT id, trim(email) FROM contacts WHERE trim(email) != '' ORDER BY id;";

const INBOUND_CLOSER: &str = "
    ALTER TABLE contacts ADD COLUMN inbound_closer INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER plan_rows_update;
    DROP VIEW plan_source;
    CREATE VIEW plan_source AS
        SELECT id,
            CASE WHEN cadence IS NULL THEN 1 WHEN cadence = 'none' THEN 0 ELSE 2 END,
            inbound_at, connected_on, birthday IS NOT NULL,
            printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', replace(timezone, ',', ';'),
                replace(connected_on, ',', ';'), replace(cadence, ',', ';'), replace(birthday, ',', ';'),
                replace(status, ',', ';'), replace(paused_until, ',', ';'), created_at, last_touch_at,
                last_light_at, last_response_at, inbound_id, inbound_at, out_after_response, first_out_after_at,
                responses, inbound_closer, name)
        FROM contacts WHERE status != 'archived';
    CREATE TRIGGER plan_rows_update AFTER UPDATE OF id, name, timezone, connected_on, cadence, birthday, status,
        paused_until, created_at, last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
        out_after_response, first_out_after_at, responses, inbound_closer ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    DELETE FROM plan_rows;
    INSERT INTO plan_rows SELECT * FROM plan_source;";

const PLANNED: &str = "
    ALTER TABLE contacts ADD COLUMN planned_at INTEGER;
    ALTER TABLE contacts ADD COLUMN stale_at INTEGER;
    CREATE INDEX contacts_stale ON contacts(stale_at) WHERE stale_at IS NOT NULL;
    DROP TRIGGER plan_rows_update;
    DROP VIEW plan_source;
    CREATE VIEW plan_source AS
        SELECT id,
            CASE WHEN cadence IS NULL THEN 1 WHEN cadence = 'none' THEN 0 ELSE 2 END,
            inbound_at, connected_on, birthday IS NOT NULL,
            printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', replace(timezone, ',', ';'),
                replace(connected_on, ',', ';'), replace(cadence, ',', ';'), replace(birthday, ',', ';'),
                replace(status, ',', ';'), replace(paused_until, ',', ';'), created_at, last_touch_at,
                last_light_at, last_response_at, inbound_id, inbound_at, out_after_response, first_out_after_at,
                responses, inbound_closer, planned_at, stale_at, name)
        FROM contacts WHERE status != 'archived';
    CREATE TRIGGER plan_rows_update AFTER UPDATE OF id, name, timezone, connected_on, cadence, birthday, status,
        paused_until, created_at, last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
        out_after_response, first_out_after_at, responses, inbound_closer, planned_at, stale_at ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    DELETE FROM plan_rows;
    INSERT INTO plan_rows SELECT * FROM plan_source;";

/// `plan_rows` holds one row per contact that is not archived: the columns
/// the live filter needs, and `packed`, the planning fields as text joined by
/// commas in the order of the view below (read back by `contacts::unpack`),
/// the name last (the only field that may hold a comma: in the others, no
/// valid value has one, and an invalid one stays invalid as a `;`).
/// `checkins`: 0 off, 1 the default cadence, 2 its own. The view says how a
/// row is made, once.
const PLAN_ROWS: &str = "
    CREATE TABLE plan_rows (
        id INTEGER PRIMARY KEY,
        checkins INTEGER NOT NULL,
        inbound_at INTEGER,
        connected_on TEXT,
        birthday INTEGER NOT NULL,
        packed TEXT NOT NULL
    );
    CREATE VIEW plan_source AS
        SELECT id,
            CASE WHEN cadence IS NULL THEN 1 WHEN cadence = 'none' THEN 0 ELSE 2 END,
            inbound_at, connected_on, birthday IS NOT NULL,
            printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s', replace(timezone, ',', ';'),
                replace(connected_on, ',', ';'), replace(cadence, ',', ';'), replace(birthday, ',', ';'),
                replace(status, ',', ';'), replace(paused_until, ',', ';'), created_at, last_touch_at,
                last_light_at, last_response_at, inbound_id, inbound_at, out_after_response, first_out_after_at,
                responses, name)
        FROM contacts WHERE status != 'archived';
    CREATE TRIGGER plan_rows_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    CREATE TRIGGER plan_rows_update AFTER UPDATE OF id, name, timezone, connected_on, cadence, birthday, status,
        paused_until, created_at, last_touch_at, last_light_at, last_response_at, inbound_id, inbound_at,
        out_after_response, first_out_after_at, responses ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
        INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
    END;
    CREATE TRIGGER plan_rows_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM plan_rows WHERE id = OLD.id;
    END;
    INSERT INTO plan_rows SELECT * FROM plan_source;
    CREATE INDEX contacts_names ON contacts(id, name);";

pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Brings the schema up to [`LATEST`]; `planning_rows` makes the planning
/// rows in the same transaction (the store hands in `plan_source`'s maker:
/// a migration names no live code, rule 5 of docs/architecture.md).
pub fn apply(
    conn: &mut Connection,
    path: &Path,
    planning_rows: fn(&rusqlite::Transaction) -> Result<()>,
) -> Result<()> {
    let version: i64 =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| Error::NotATendDatabase {
                path: path.to_path_buf(),
                detail: e.to_string(),
            })?;
    if version > LATEST {
        return Err(Error::Failed(format!(
            "database '{}' was written by a newer tend (schema {version}; this tend knows up to {LATEST}): upgrade tend; the file was not changed",
            path.display()
        )));
    }
    if version == LATEST {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .ctx("starting the migration")?;
    // Another process may have migrated while we waited for the lock.
    let version: i64 = tx
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .ctx("reading the schema version")?;
    let mut remake = false;
    for (i, step) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(version).unwrap_or(0))
    {
        let context = format!("migrating the database to schema {}", i + 1);
        let (Step::Sql(sql) | Step::Derived(sql)) = step;
        tx.execute_batch(sql).ctx(&context)?;
        // A new database (schema 0) has no summaries to remake.
        remake |= matches!(step, Step::Derived(_)) && version > 0;
    }
    if remake {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [REMAKE_SUMMARIES],
        )
        .ctx("asking for the summaries to be remade")?;
    }
    // The planning rows as this tend makes them.
    planning_rows(&tx)?;
    tx.pragma_update(None, "user_version", LATEST)
        .ctx("recording the schema version")?;
    tx.commit().ctx("committing the migration")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database at schema `version` holding `rows`, brought up to [`LATEST`].
    fn upgraded_from(version: usize, rows: &str) -> Connection {
        let mut conn = Connection::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        {
            let tx = conn.transaction().unwrap_or_else(|e| panic!("{e}"));
            for step in &MIGRATIONS[..version] {
                let (Step::Sql(sql) | Step::Derived(sql)) = step;
                tx.execute_batch(sql).unwrap_or_else(|e| panic!("{e}"));
            }
            tx.execute_batch(rows).unwrap_or_else(|e| panic!("{e}"));
            tx.pragma_update(None, "user_version", version as i64)
                .unwrap_or_else(|e| panic!("{e}"));
            tx.commit().unwrap_or_else(|e| panic!("{e}"));
        }
        apply(
            &mut conn,
            Path::new(":memory:"),
            crate::store::plan_source::rebuild_if_changed,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        conn
    }

    /// A database at schema 11 with a contact's one address becomes one with
    /// that address in `contact_emails`, still in `contacts.email`.
    #[test]
    fn schema_12_keeps_each_address() {
        let conn = upgraded_from(
            11,
            "INSERT INTO contacts (name, email, created_at, updated_at) VALUES
                 ('Sara Lee', ' Sara@Northwind.example ', 0, 0), ('Ben Ode', NULL, 0, 0), ('Mei', '', 0, 0);",
        );
        let rows: Vec<(i64, String)> = conn
            .prepare("SELECT contact_id, address FROM contact_emails ORDER BY id")
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows, [(1, "Sara@Northwind.example".to_string())]);
        // The same address in another case is the same address.
        let again = conn.execute(
            "INSERT INTO contact_emails (contact_id, address) VALUES (1, 'sara@northwind.EXAMPLE')",
            [],
        );
        assert!(again.is_err(), "{again:?}");
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(version, LATEST);
    }

    /// A database at schema 15 gets each contact's history counts (rule
    /// 15) in its rows and planning rows, and `by_hand` for contacts added by
    /// hand with a cadence or tag.
    #[test]
    fn schema_16_counts_the_history_already_stored() {
        // Sara (by hand, a cadence): you wrote, she answered an hour
        // later; a month on, she wrote first. Ben (imported): nothing.
        let conn = upgraded_from(
            15,
            "INSERT INTO contacts (name, cadence, source, created_at, updated_at) VALUES
                     ('Sara Lee', '4w', 'manual', 0, 0), ('Ben Ode', '6w', 'linkedin', 0, 0);
                 INSERT INTO interactions (contact_id, at, direction, channel, created_at) VALUES
                     (1, 1000000, 'out', 'message', 0), (1, 1003600, 'in', 'message', 0),
                     (1, 4000000, 'in', 'message', 0);",
        );
        // The counts are the app's to make, once, after the upgrade.
        let remake = |conn: &Connection| {
            super::super::records::remake_summaries(conn, &crate::app::derive::IN_UTC, chrono::Utc::now())
                .unwrap_or_else(|e| panic!("{e}"))
        };
        assert_eq!(remake(&conn), 2);
        assert_eq!(remake(&conn), 0);
        let bonds = crate::store::contacts::bonds(&conn, None).unwrap_or_else(|e| panic!("{e}"));
        let (sara, ben) = (bonds[0].1, bonds[1].1);
        assert_eq!(
            (
                sara.talk.conversations,
                sara.talk.you_opened,
                sara.talk.answered,
                sara.talk.they_opened
            ),
            (2, 1, 1, 1)
        );
        assert_eq!(sara.talk.answer_secs, 3600);
        assert!(sara.by_hand && !ben.by_hand);
        assert_eq!(ben.talk, crate::model::Talk::default());
        // The planner reads the same from the planning rows.
        let rows = crate::store::contacts::plan_rows(&conn, None, &[], crate::store::contacts::UsualHours::Off)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows[0].summary.talk, sara.talk);
        assert!(rows[0].by_hand);
    }

    /// A database at schema 18: its contacts who only ever pitched are
    /// found at the first open after schema 19 (rule 3), once, and a cadence
    /// given by hand is told from one that came with an import.
    #[test]
    fn schema_19_finds_who_only_ever_pitched() {
        // Brad (by hand, a cadence) and Jess (imported with one) only
        // pitched; Mia pitched, then met the user.
        let conn = upgraded_from(
            18,
            "INSERT INTO contacts (name, cadence, source, by_hand, created_at, updated_at) VALUES
                     ('Brad', '4w', 'manual', 1, 0, 0), ('Jess', '6w', 'linkedin', 0, 0, 0),
                     ('Mia', '6w', 'linkedin', 0, 0, 0);
                 INSERT INTO interactions (contact_id, at, direction, channel, note, created_at) VALUES
                     (1, 1000000, 'in', 'message', 'Hi Alex, I help companies like yours cut CI costs by 40%. Do you have 15 minutes this week for a quick demo of our platform?', 0),
                     (1, 1003600, 'out', 'message', 'No thanks.', 0),
                     (2, 1000000, 'in', 'email', 'Quick one: our platform cut AWS bills by 30% for teams your size. Open to a 15 minute demo on Thursday?', 0),
                     (3, 1000000, 'in', 'email', 'Quick one: our platform cut AWS bills by 30% for teams your size. Open to a 15 minute demo on Thursday?', 0),
                     (3, 2000000, 'both', 'meeting', NULL, 0);",
        );
        let now = chrono::Utc::now();
        let found = super::super::records::backfill_pitches(&conn, &crate::app::derive::IN_UTC, now)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(found, 2, "Brad and Jess are read; Mia's meeting rules her out unread");
        assert_eq!(
            super::super::records::backfill_pitches(&conn, &crate::app::derive::IN_UTC, now).ok(),
            Some(0),
            "once"
        );
        let rows = crate::store::contacts::plan_rows(&conn, None, &[], crate::store::contacts::UsualHours::Off)
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<(&str, bool, bool)> = rows
            .iter()
            .map(|r| (r.name.as_str(), r.summary.pitches_only, r.cadence_by_hand))
            .collect();
        assert_eq!(
            got,
            [("Brad", true, true), ("Jess", true, false), ("Mia", false, false)]
        );
    }

    /// A database at schema 20 whose contact told of an absence still to
    /// end: after the upgrade and the remade summaries it is a busy event
    /// with its end, linked to the message, found once.
    #[test]
    fn schema_21_finds_an_absence_told_before_the_upgrade() {
        let now = chrono::Utc::now();
        let sent = now - chrono::Duration::days(2);
        let until = (now + chrono::Duration::days(40)).date_naive();
        // SQL text: the apostrophe of "I'm" doubled.
        let note = format!(
            "Automatic reply: I''m on parental leave until {}",
            until.format("%-d %B %Y")
        );
        let conn = upgraded_from(
            20,
            &format!(
                "INSERT INTO contacts (name, cadence, source, created_at, updated_at) VALUES ('Grace', '2w', 'manual', 0, 0);
                 INSERT INTO interactions (contact_id, at, direction, channel, note, created_at) VALUES (1, {}, 'in', 'email', '{note}', 0);",
                sent.timestamp()
            ),
        );
        let derive = crate::app::derive::IN_UTC;
        for _ in 0..2 {
            // The second time asks for nothing: the remake is done.
            super::super::records::remake_summaries(&conn, &derive, now).unwrap_or_else(|e| panic!("{e}"));
        }
        let events = super::super::records::events_of(&conn, 1).unwrap_or_else(|e| panic!("{e}"));
        let found: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.on,
                    e.until,
                    e.detail.as_deref(),
                    e.from_message.map(|(id, _)| id),
                )
            })
            .collect();
        assert_eq!(
            found,
            [(
                crate::model::EventKind::Busy,
                sent.date_naive(),
                Some(until),
                Some(super::super::records::AWAY_DETAIL),
                Some(1)
            )]
        );
    }

    /// A database at schema 21: the new jobs logged ahead of their day on
    /// contacts unchanged since are marked to reach the profile on their
    /// day; one logged on its day, or on a contact edited since (the
    /// user's edit wins), or another kind of event, is not.
    #[test]
    fn schema_22_marks_the_jobs_logged_ahead() {
        // 1 000 000 s is 1970-01-12; Ben was edited after his event.
        let conn = upgraded_from(
            21,
            "INSERT INTO contacts (name, created_at, updated_at) VALUES
                 ('Sara', 0, 0), ('Ben', 0, 2000000), ('Mei', 0, 0);
             INSERT INTO events (contact_id, kind, on_date, detail, recorded_at) VALUES
                 (1, 'new-job', '1970-02-01', 'CTO at Pleo', 1000000),
                 (2, 'new-job', '1970-02-01', 'CTO at Pleo', 1000000),
                 (3, 'new-job', '1970-01-12', 'CTO at Pleo', 1000000),
                 (3, 'achievement', '1970-02-01', 'a book', 1000000),
                 (3, 'promotion', '1970-02-01', 'to VP', 1000000);",
        );
        let marked: Vec<i64> = conn
            .prepare("SELECT id FROM events WHERE profile_pending = 1 ORDER BY id")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(marked, [1, 5]);
    }
}

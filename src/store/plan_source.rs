//! The planning row, declared once: each field's SQL (what `plan_rows.packed`
//! holds, in order), the contacts columns it reads (what the trigger
//! watches) and how it is read back into a [`PlanRow`], side by side in
//! [`FIELDS`]; and the columns the live filter reads ([`FILTERS`]). The
//! `plan_rows` table, the `plan_source` view and their triggers are made
//! from these when the database is opened and their text differs from the
//! one the database was built with ([`ensure`]): a new planning field is
//! one entry here, a column in a migration, and a field of [`PlanRow`],
//! which the test `every_field_of_the_row_is_read_back` names (it builds a
//! row with a struct literal, so the compiler asks for the new field there).
//!
//! `packed` is the fields as text joined by commas, the name last (the only
//! field that may hold a comma: in the others no valid value has one, and an
//! invalid one stays invalid as a `;`).

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::contacts::{UsualHours, Zones};
use super::ts;
use crate::error::{Error, Result, StoreContext};
use crate::facts::PlanRow;
use crate::model::{ContactId, Status};

/// Reads one field into the row being unpacked; `None` when it is not one.
type Read = fn(&mut Unpacking<'_>, &mut Fields<'_>) -> Option<()>;

/// One field of `packed`.
pub(super) struct Field {
    /// The SQL that writes it (NULL: an empty field).
    sql: &'static str,
    /// The contacts columns it reads.
    columns: &'static [&'static str],
    read: Read,
}

/// A column of `plan_rows` that `contacts::plan_rows_raw` filters on.
struct Filter {
    name: &'static str,
    declared: &'static str,
    sql: &'static str,
    columns: &'static [&'static str],
}

/// A row while it is read back, with the fields read later ones need.
pub(super) struct Unpacking<'z> {
    row: PlanRow,
    inbound_id: Option<i64>,
    hour: Option<i64>,
    zones: &'z mut Zones,
}

/// A value that does not parse fails the row: read as "none", a damaged
/// cadence or status would silently plan another way.
#[inline]
fn parsed<T: std::str::FromStr>(f: &mut Fields) -> Option<Option<T>> {
    f.text()?.map(|t| t.parse().ok()).map_or(Some(None), |v| v.map(Some))
}

#[inline]
fn date(f: &mut Fields) -> Option<Option<chrono::NaiveDate>> {
    f.text()?
        .map(crate::time::read_date)
        .map_or(Some(None), |d| d.map(Some))
}

#[inline]
fn instant(f: &mut Fields) -> Option<Option<chrono::DateTime<chrono::Utc>>> {
    Some(f.int()?.map(ts::from))
}

#[inline]
fn count(f: &mut Fields) -> Option<u32> {
    u32::try_from(f.int()?.unwrap_or(0)).ok()
}

#[inline]
fn flag(f: &mut Fields) -> Option<bool> {
    Some(f.int()?.unwrap_or(0) != 0)
}

/// The fields of `packed`, in order (the name follows them).
pub(super) const FIELDS: &[Field] = &[
    Field {
        sql: "replace(timezone, ',', ';')",
        columns: &["timezone"],
        read: |u, f| {
            u.row.timezone = match f.text()? {
                Some(name) => u.zones.parse(name),
                None => None,
            };
            Some(())
        },
    },
    Field {
        sql: "replace(connected_on, ',', ';')",
        columns: &["connected_on"],
        read: |u, f| {
            u.row.connected_on = date(f)?;
            Some(())
        },
    },
    Field {
        sql: "replace(cadence, ',', ';')",
        columns: &["cadence"],
        read: |u, f| {
            u.row.cadence = match f.text()? {
                Some(text) => Some(u.zones.cadence(text)?),
                None => None,
            };
            Some(())
        },
    },
    Field {
        sql: "replace(birthday, ',', ';')",
        columns: &["birthday"],
        read: |u, f| {
            u.row.birthday = parsed(f)?;
            Some(())
        },
    },
    Field {
        sql: "replace(status, ',', ';')",
        columns: &["status"],
        read: |u, f| {
            u.row.status = parsed(f)?.unwrap_or(Status::Active);
            Some(())
        },
    },
    Field {
        sql: "replace(paused_until, ',', ';')",
        columns: &["paused_until"],
        read: |u, f| {
            u.row.paused_until = date(f)?;
            Some(())
        },
    },
    Field {
        sql: "created_at",
        columns: &["created_at"],
        read: |u, f| {
            u.row.created_at = instant(f)??;
            Some(())
        },
    },
    Field {
        sql: "last_touch_at",
        columns: &["last_touch_at"],
        read: |u, f| {
            u.row.summary.last_touch = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "last_light_at",
        columns: &["last_light_at"],
        read: |u, f| {
            u.row.summary.last_light_touch = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "last_response_at",
        columns: &["last_response_at"],
        read: |u, f| {
            u.row.summary.last_response = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "inbound_id",
        columns: &["inbound_id"],
        read: |u, f| {
            u.inbound_id = f.int()?;
            Some(())
        },
    },
    Field {
        sql: "inbound_at",
        columns: &["inbound_at"],
        read: |u, f| {
            u.row.summary.pending_inbound = u.inbound_id.zip(instant(f)?);
            Some(())
        },
    },
    Field {
        sql: "out_after_response",
        columns: &["out_after_response"],
        read: |u, f| {
            u.row.summary.out_after_response = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "first_out_after_at",
        columns: &["first_out_after_at"],
        read: |u, f| {
            u.row.summary.first_out_after_response = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "responses",
        columns: &["responses"],
        read: |u, f| {
            u.row.summary.responses = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "inbound_closer",
        columns: &["inbound_closer"],
        read: |u, f| {
            u.row.summary.pending_closer = flag(f)?;
            Some(())
        },
    },
    Field {
        sql: "inbound_plan",
        columns: &["inbound_plan"],
        read: |u, f| {
            // A derived value: one this build does not know plans as none.
            u.row.summary.pending_plan = crate::model::PendingPlan::from_code(count(f)?.into()).unwrap_or_default();
            Some(())
        },
    },
    Field {
        sql: "planned_at",
        columns: &["planned_at"],
        read: |u, f| {
            u.row.summary.planned = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "stale_at",
        columns: &["stale_at"],
        read: |u, f| {
            u.row.summary.stale_at = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "usual_hour",
        columns: &["usual_hour"],
        read: |u, f| {
            u.hour = f.int()?;
            Some(())
        },
    },
    // Rule 14: kept when learned in the zone the row is planned in (the
    // contact's own, else the user's).
    Field {
        sql: "replace(usual_hour_zone, ',', ';')",
        columns: &["usual_hour_zone"],
        read: |u, f| {
            let learned_in = f.text()?;
            u.row.usual_hour = match u.zones.usual_hours {
                UsualHours::In(user_tz) => u
                    .hour
                    .filter(|h| (0..24).contains(h))
                    .filter(|_| learned_in == Some(u.row.timezone.unwrap_or(user_tz).name()))
                    .and_then(|h| u32::try_from(h).ok()),
                UsualHours::Off => None,
            };
            Some(())
        },
    },
    Field {
        sql: "talk_conversations",
        columns: &["talk_conversations"],
        read: |u, f| {
            u.row.summary.talk.conversations = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "talk_they_opened",
        columns: &["talk_they_opened"],
        read: |u, f| {
            u.row.summary.talk.they_opened = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "talk_you_opened",
        columns: &["talk_you_opened"],
        read: |u, f| {
            u.row.summary.talk.you_opened = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "talk_answered",
        columns: &["talk_answered"],
        read: |u, f| {
            u.row.summary.talk.answered = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "talk_answer_secs",
        columns: &["talk_answer_secs"],
        read: |u, f| {
            u.row.summary.talk.answer_secs = f.int()?.unwrap_or(0);
            Some(())
        },
    },
    Field {
        sql: "talk_meetings",
        columns: &["talk_meetings"],
        read: |u, f| {
            u.row.summary.talk.meetings = count(f)?;
            Some(())
        },
    },
    Field {
        sql: "talk_first_at",
        columns: &["talk_first_at"],
        read: |u, f| {
            u.row.summary.talk.first_at = instant(f)?;
            Some(())
        },
    },
    Field {
        sql: "by_hand",
        columns: &["by_hand"],
        read: |u, f| {
            u.row.by_hand = flag(f)?;
            Some(())
        },
    },
    // Rule 3: every message of theirs so far was a pitch (schema 19).
    Field {
        sql: "pitches_only",
        columns: &["pitches_only"],
        read: |u, f| {
            u.row.summary.pitches_only = flag(f)?;
            Some(())
        },
    },
    Field {
        sql: "cadence_by_hand",
        columns: &["cadence_by_hand"],
        read: |u, f| {
            u.row.cadence_by_hand = flag(f)?;
            Some(())
        },
    },
];

/// The columns of `plan_rows` the live filter reads. `checkins`: 0 off
/// (no cadence, or rule 3's pitches only), 1 the default cadence, 2 its own.
/// `checkin_base`: the latest touch a check-in counts from (NULL when there
/// is none: such a row is always read); `cadence_secs`: the least its own
/// cadence spans, as `Duration::lower_bound_secs` says (0 when the text is
/// not one of the written forms, which only reads the row).
const FILTERS: &[Filter] = &[
    Filter {
        name: "checkins",
        declared: "INTEGER NOT NULL",
        sql: "CASE WHEN pitches_only AND NOT cadence_by_hand THEN 0 WHEN cadence IS NULL THEN 1 \
              WHEN cadence = 'none' THEN 0 ELSE 2 END",
        columns: &["cadence", "pitches_only", "cadence_by_hand"],
    },
    Filter {
        name: "inbound_at",
        declared: "INTEGER",
        sql: "inbound_at",
        columns: &["inbound_at"],
    },
    Filter {
        name: "connected_on",
        declared: "TEXT",
        sql: "connected_on",
        columns: &["connected_on"],
    },
    Filter {
        name: "birthday",
        declared: "INTEGER NOT NULL",
        sql: "birthday IS NOT NULL",
        columns: &["birthday"],
    },
    Filter {
        name: "checkin_base",
        declared: "INTEGER",
        sql: "CASE WHEN last_touch_at IS NULL OR last_light_at IS NULL THEN coalesce(last_touch_at, last_light_at) \
              ELSE max(last_touch_at, last_light_at) END",
        columns: &["last_touch_at", "last_light_at"],
    },
    Filter {
        name: "cadence_secs",
        declared: "INTEGER",
        sql: "CASE WHEN cadence GLOB '[0-9]*mo' THEN CAST(cadence AS INTEGER) * 2419200 \
              WHEN cadence GLOB '[0-9]*y' THEN CAST(cadence AS INTEGER) * 31536000 \
              WHEN cadence GLOB '[0-9]*w' THEN CAST(cadence AS INTEGER) * 604800 \
              WHEN cadence GLOB '[0-9]*d' THEN CAST(cadence AS INTEGER) * 86400 ELSE 0 END",
        columns: &["cadence"],
    },
    // An upper bound of the contact's strength (rule 15) as a sort key
    // (`strength::sort_key`, and 2 more for rounding), whatever the instant:
    // recency and speed at most 1, frequency at most a quarter of the
    // conversations (1 − e^(−x) ≤ x, and a year at least), the rest as the
    // rule reads them. Strength only fades while nothing new is written, so
    // an agenda takes check-ins strongest bound first and stops when the
    // days up to it are full of stronger ones (`contacts::plan_rows_strongest`).
    // A NULL anywhere bounds nothing: the highest key.
    Filter {
        name: "checkin_bound",
        declared: "INTEGER NOT NULL",
        sql: "coalesce(CAST(1000000 * (\
              0.30 * (last_touch_at IS NOT NULL OR last_response_at IS NOT NULL) \
              + 0.20 * min(1.0, (talk_conversations + talk_meetings) / 4.0) \
              + 0.15 * CASE WHEN talk_you_opened = 0 AND talk_they_opened = 0 THEN 0 \
                WHEN talk_you_opened = 0 THEN 1 \
                ELSE min(talk_answered, talk_you_opened) * 1.0 / talk_you_opened END \
              + 0.10 * (talk_answered > 0) \
              + 0.10 * CASE WHEN talk_conversations = 0 THEN 0 \
                ELSE min(talk_they_opened, talk_conversations) * 1.0 / talk_conversations END \
              + 0.15 * (by_hand != 0)) AS INTEGER) + 2, 1000002)",
        columns: &[
            "last_touch_at",
            "last_response_at",
            "talk_conversations",
            "talk_meetings",
            "talk_you_opened",
            "talk_they_opened",
            "talk_answered",
            "by_hand",
        ],
    },
    // The messages unanswered (at most rule 4's count of them) of a row
    // whose facts beyond the filter columns surely leave it its check-in,
    // NULL for any other (`contacts::plan_rows_ahead_of` counts such rows
    // without reading them): active, no meeting planned and no summary out
    // of date (rule 13), at most 4 messages unanswered and a cadence of at
    // most 30 of its unit (so doubled for each of them it spans less than
    // 1,500 years), and every instant the check-in may count from long
    // before the year 9999. Events and nudge records, which may change
    // that, are the caller's to look at.
    Filter {
        name: "plain_unanswered",
        declared: "INTEGER",
        sql: "CASE WHEN status = 'active' AND planned_at IS NULL AND stale_at IS NULL \
              AND out_after_response BETWEEN 0 AND 4 \
              AND (cadence IS NULL OR ((cadence GLOB '[1-9]*[dwy]' OR cadence GLOB '[1-9]*mo') \
                AND CAST(cadence AS INTEGER) BETWEEN 1 AND 30)) \
              AND created_at < 150000000000 AND coalesce(last_touch_at, 0) < 150000000000 \
              AND coalesce(last_light_at, 0) < 150000000000 AND coalesce(last_response_at, 0) < 150000000000 \
              AND (connected_on IS NULL OR connected_on < '6000') THEN out_after_response END",
        columns: &[
            "status",
            "planned_at",
            "stale_at",
            "out_after_response",
            "cadence",
            "created_at",
            "last_touch_at",
            "last_light_at",
            "last_response_at",
            "connected_on",
        ],
    },
    // Rule 15's facts alone (`facts::Bond`), as in `packed` and each followed
    // by a comma: `tend show` ranks a check-in among those it counts by
    // these, read from an index (`plan_rows_bond`) without the rows
    // (`contacts::plan_rows_behind`).
    Filter {
        name: "bond",
        declared: "TEXT NOT NULL",
        sql: "printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,', talk_conversations, talk_they_opened, talk_you_opened, \
              talk_answered, talk_answer_secs, talk_meetings, talk_first_at, last_touch_at, last_response_at, by_hand)",
        columns: &[
            "talk_conversations",
            "talk_they_opened",
            "talk_you_opened",
            "talk_answered",
            "talk_answer_secs",
            "talk_meetings",
            "talk_first_at",
            "last_touch_at",
            "last_response_at",
            "by_hand",
        ],
    },
];

/// The contacts columns every planning row reads beside the fields.
const ALWAYS_WATCHED: &[&str] = &["id", "name"];

/// The SQL that makes `plan_rows`, `plan_source` and their triggers from
/// [`FIELDS`] and [`FILTERS`], and fills the table.
pub(super) fn schema() -> String {
    let mut watched: Vec<&str> = ALWAYS_WATCHED.to_vec();
    for c in FIELDS
        .iter()
        .flat_map(|f| f.columns)
        .chain(FILTERS.iter().flat_map(|f| f.columns))
    {
        if !watched.contains(c) {
            watched.push(c);
        }
    }
    let table: Vec<String> = FILTERS.iter().map(|f| format!("{} {}", f.name, f.declared)).collect();
    let filters: Vec<&str> = FILTERS.iter().map(|f| f.sql).collect();
    let fields: Vec<&str> = FIELDS.iter().map(|f| f.sql).chain(["name"]).collect();
    // printf takes at most 100 arguments; the fields are far fewer.
    let format = vec!["%s"; fields.len()].join(",");
    format!(
        "DROP TRIGGER IF EXISTS plan_rows_insert;
        DROP TRIGGER IF EXISTS plan_rows_update;
        DROP TRIGGER IF EXISTS plan_rows_delete;
        DROP VIEW IF EXISTS plan_source;
        DROP TABLE IF EXISTS plan_rows;
        CREATE TABLE plan_rows (id INTEGER PRIMARY KEY, {table}, packed TEXT NOT NULL);
        CREATE INDEX plan_rows_strongest ON plan_rows (checkin_bound, checkins) WHERE checkins != 0;
        CREATE INDEX plan_rows_plain ON plan_rows (checkins, plain_unanswered, checkin_bound)
            WHERE plain_unanswered IS NOT NULL AND checkins != 0;
        CREATE INDEX plan_rows_bond ON plan_rows (checkin_bound, checkins, plain_unanswered, bond)
            WHERE plain_unanswered IS NOT NULL AND checkins != 0;
        CREATE INDEX plan_rows_unplain ON plan_rows (checkins) WHERE plain_unanswered IS NULL AND checkins != 0;
        CREATE INDEX plan_rows_inbound ON plan_rows (inbound_at) WHERE inbound_at IS NOT NULL;
        CREATE INDEX plan_rows_connected ON plan_rows (connected_on) WHERE connected_on IS NOT NULL;
        CREATE INDEX plan_rows_birthday ON plan_rows (birthday) WHERE birthday;
        CREATE VIEW plan_source AS
            SELECT id, {filters}, printf('{format}', {fields})
            FROM contacts WHERE status != 'archived';
        CREATE TRIGGER plan_rows_insert AFTER INSERT ON contacts BEGIN
            INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
        END;
        CREATE TRIGGER plan_rows_update AFTER UPDATE OF {watched} ON contacts BEGIN
            DELETE FROM plan_rows WHERE id = OLD.id;
            INSERT INTO plan_rows SELECT * FROM plan_source WHERE id = NEW.id;
        END;
        CREATE TRIGGER plan_rows_delete AFTER DELETE ON contacts BEGIN
            DELETE FROM plan_rows WHERE id = OLD.id;
        END;
        INSERT INTO plan_rows SELECT * FROM plan_source;",
        table = table.join(", "),
        filters = filters.join(", "),
        fields = fields.join(", "),
        watched = watched.join(", "),
    )
}

/// The `meta` key of the schema text the planning rows were made with.
const BUILT_WITH: &str = "plan_source";

fn built_with(conn: &Connection) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [BUILT_WITH], |r| r.get(0))
        .optional()
        .ctx("reading how the planning rows were made")
}

/// Whether the planning rows were made as this tend makes them.
pub(super) fn is_current(conn: &Connection) -> Result<bool> {
    Ok(built_with(conn)?.as_deref() == Some(schema().as_str()))
}

/// Makes the planning rows again when they were made another way (a newer
/// field): in the caller's transaction, which holds the write lock.
pub(super) fn rebuild_if_changed(tx: &Transaction) -> Result<()> {
    let wanted = schema();
    if built_with(tx)?.as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    tx.execute_batch(&wanted).ctx("making the planning rows")?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [BUILT_WITH, wanted.as_str()],
    )
    .ctx("making the planning rows")?;
    Ok(())
}

/// [`rebuild_if_changed`] at open, when the schema is up to date: a read
/// when nothing changed, else a write transaction.
pub(super) fn ensure(conn: &mut Connection) -> Result<()> {
    if is_current(conn)? {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .ctx("making the planning rows")?;
    rebuild_if_changed(&tx)?;
    tx.commit().ctx("making the planning rows")
}

/// One `plan_rows.packed` text back into a row; `None` when it is not one.
/// (Inlined, with the cursor's reads: where the compiler chose not to, every
/// plan at 30,000 contacts took 17 M instructions more.)
#[inline]
pub(super) fn unpack(id: ContactId, packed: &str, zones: &mut Zones) -> Option<PlanRow> {
    let mut f = Fields(packed);
    let mut u = Unpacking {
        row: PlanRow::new(id, String::new(), chrono::DateTime::<chrono::Utc>::UNIX_EPOCH),
        inbound_id: None,
        hour: None,
        zones,
    };
    for field in FIELDS {
        (field.read)(&mut u, &mut f)?;
    }
    u.row.name = f.0.to_string();
    Some(u.row)
}

/// The error for a row [`unpack`] cannot read.
pub(super) fn unreadable(id: ContactId) -> Error {
    Error::Failed(format!(
        "contact {id} has a stored value tend cannot read (a date, count, cadence, birthday or status; \
         was the database edited by hand? 'tend forget {id}' removes the contact and its records)"
    ))
}

/// A cursor over the comma-separated fields of a packed row. Each read
/// returns `None` when the row ends early or a number is not one, and
/// `Some(None)` for an empty field (a NULL). Split and parsed in one pass:
/// this runs for every field of every contact on every plan.
pub(super) struct Fields<'a>(pub(super) &'a str);

impl<'a> Fields<'a> {
    #[inline]
    pub(super) fn text(&mut self) -> Option<Option<&'a str>> {
        let at = self.0.bytes().position(|b| b == b',')?;
        let field = &self.0[..at];
        self.0 = &self.0[at + 1..];
        Some((!field.is_empty()).then_some(field))
    }

    #[inline]
    pub(super) fn int(&mut self) -> Option<Option<i64>> {
        let b = self.0.as_bytes();
        let start = usize::from(b.first() == Some(&b'-'));
        let mut v: i64 = 0;
        let mut end = start;
        loop {
            // The row ends before the field does: not one.
            let c = *b.get(end)?;
            if c == b',' {
                break;
            }
            let d = c.wrapping_sub(b'0');
            // Up to 18 digits cannot overflow, so the sum needs no checks.
            if d > 9 || end - start == 18 {
                return None;
            }
            v = v * 10 + i64::from(d);
            end += 1;
        }
        let digits = end > start;
        if start == 1 && !digits {
            return None;
        }
        self.0 = &self.0[end + 1..];
        Some(digits.then_some(if start == 1 { -v } else { v }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Summary, Talk};
    use crate::store::Store;

    fn store_with_one_contact() -> Store {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        store
            .write(|tx| {
                tx.execute_batch("INSERT INTO contacts (name, created_at, updated_at) VALUES ('Lee, Sara', 1000, 1000)")
                    .ctx("test")
            })
            .unwrap_or_else(|e| panic!("{e}"));
        store
    }

    fn from_any(touch: Option<i64>, response: Option<i64>, first: Option<i64>) -> i64 {
        [touch, response, first].into_iter().flatten().max().unwrap_or(0)
    }

    fn packed(store: &Store) -> String {
        store
            .conn()
            .query_row("SELECT packed FROM plan_rows WHERE id = 1", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    proptest::proptest! {
        /// The stored bound of strength (`checkin_bound`) is at least the
        /// strength key of the row read back, at any instant from its first
        /// conversation on (strength only fades), whatever the counts.
        #[test]
        fn the_stored_bound_is_never_below_the_strength(
            touch in proptest::option::of(0i64..2_000_000_000),
            response in proptest::option::of(0i64..2_000_000_000),
            first in proptest::option::of(0i64..2_000_000_000),
            counts in proptest::collection::vec(0i64..60, 6),
            answer_secs in 0i64..100_000_000,
            by_hand in proptest::bool::ANY,
            later in proptest::collection::vec(0i64..400_000_000, 1..4),
        ) {
            let mut store = store_with_one_contact();
            let sql = format!(
                "UPDATE contacts SET last_touch_at = {}, last_response_at = {}, talk_first_at = {},
                    talk_conversations = {}, talk_they_opened = {}, talk_you_opened = {}, talk_answered = {},
                    talk_meetings = {}, talk_answer_secs = {answer_secs}, by_hand = {} WHERE id = 1",
                touch.map_or("NULL".into(), |t| t.to_string()),
                response.map_or("NULL".into(), |t| t.to_string()),
                first.map_or("NULL".into(), |t| t.to_string()),
                counts[0], counts[1], counts[2], counts[3], counts[4],
                u8::from(by_hand),
            );
            store.write(|tx| tx.execute_batch(&sql).ctx("test")).unwrap_or_else(|e| panic!("{e}"));
            let bound: i64 = store
                .conn()
                .query_row("SELECT checkin_bound FROM plan_rows WHERE id = 1", [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{e}"));
            let rows = super::super::contacts::plan_row(store.conn(), 1, UsualHours::Off).unwrap_or_else(|e| panic!("{e}"));
            let bond = rows[0].bond();
            // `plan_rows.bond` holds the same facts as the row (what `tend
            // show` ranks unread check-ins by).
            let stored: String = store
                .conn()
                .query_row("SELECT bond FROM plan_rows WHERE id = 1", [], |r| r.get(0))
                .unwrap_or_else(|e| panic!("{e}"));
            proptest::prop_assert_eq!(super::super::contacts::bond_of(&stored), Some(bond));
            // A bound of 2 is a strength of nil at every instant.
            if bound == 2 {
                proptest::prop_assert!(bond.strength(ts::from(from_any(touch, response, first))) == 0.0);
            }
            // From its latest instant on (recency at its highest there).
            let from = [touch, response, first].into_iter().flatten().max().unwrap_or(0);
            for extra in later {
                let now = ts::from(from + extra);
                let key = crate::planner::strength::sort_key(bond.strength(now));
                proptest::prop_assert!(i64::from(key) <= bound, "key {key} above the bound {bound} at {now}");
            }
        }
    }

    /// Every column a field reads, set to a value that is not its default,
    /// comes back in the row the planner reads. The row is written out with
    /// a struct literal (no `..`): a new field of [`PlanRow`], [`Summary`]
    /// or [`Talk`] does not compile here until this test says what it reads.
    #[test]
    fn every_field_of_the_row_is_read_back() {
        let mut store = store_with_one_contact();
        store
            .write(|tx| {
                tx.execute_batch(
                    "UPDATE contacts SET timezone = 'America/New_York', connected_on = '2024-02-29',
                        cadence = '3w', birthday = '--02-29', status = 'paused', paused_until = '2027-01-05',
                        last_touch_at = 2000, last_light_at = 3000, last_response_at = 4000, inbound_id = 7,
                        inbound_at = 5000, out_after_response = 2, first_out_after_at = 6000, responses = 3,
                        inbound_closer = 1, planned_at = 7000, stale_at = 8000, usual_hour = 10,
                        usual_hour_zone = 'America/New_York', talk_conversations = 4, talk_they_opened = 5,
                        talk_you_opened = 6, talk_answered = 7, talk_answer_secs = 3600, talk_meetings = 2,
                        talk_first_at = 900, by_hand = 1, pitches_only = 1, cadence_by_hand = 1,
                        inbound_plan = 2
                     WHERE id = 1",
                )
                .ctx("test")
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let rows = super::super::contacts::plan_row(store.conn(), 1, UsualHours::In(chrono_tz::Europe::Paris))
            .unwrap_or_else(|e| panic!("{e}"));
        let t = |secs: i64| ts::from(secs);
        let want = PlanRow {
            id: 1,
            name: "Lee, Sara".into(),
            timezone: Some(chrono_tz::America::New_York),
            connected_on: chrono::NaiveDate::from_ymd_opt(2024, 2, 29),
            cadence: Some("3w".parse().unwrap_or_else(|e| panic!("{e}"))),
            birthday: Some("--02-29".parse().unwrap_or_else(|e| panic!("{e}"))),
            status: Status::Paused,
            paused_until: chrono::NaiveDate::from_ymd_opt(2027, 1, 5),
            created_at: t(1000),
            summary: Summary {
                last_touch: Some(t(2000)),
                last_light_touch: Some(t(3000)),
                last_response: Some(t(4000)),
                pending_inbound: Some((7, t(5000))),
                pending_closer: true,
                pending_plan: crate::model::PendingPlan::Today,
                out_after_response: 2,
                first_out_after_response: Some(t(6000)),
                responses: 3,
                // Not planned from: drafts read it from the contact.
                last_note: None,
                planned: Some(t(7000)),
                stale_at: Some(t(8000)),
                talk: Talk {
                    conversations: 4,
                    they_opened: 5,
                    you_opened: 6,
                    answered: 7,
                    answer_secs: 3600,
                    meetings: 2,
                    first_at: Some(t(900)),
                },
                pitches_only: true,
            },
            usual_hour: Some(10),
            // Attached from the greeting names, not stored in the row.
            greet: None,
            by_hand: true,
            cadence_by_hand: true,
        };
        assert_eq!(rows, [want]);
    }

    const WHOLE_ROW: &str =
        "SELECT packed || '|' || checkins || '|' || coalesce(checkin_base, '') || '|' || cadence_secs FROM plan_rows";

    /// A change of any column a field or the live filter reads rewrites the
    /// planning row (the trigger watches every one of them).
    #[test]
    fn a_change_of_any_column_read_rewrites_the_row() {
        let mut store = store_with_one_contact();
        let columns: Vec<&str> = FIELDS
            .iter()
            .flat_map(|f| f.columns)
            .chain(FILTERS.iter().flat_map(|f| f.columns))
            .copied()
            .collect();
        for column in columns {
            let before = store
                .conn()
                .query_row(WHOLE_ROW, [], |r| r.get::<_, String>(0))
                .unwrap_or_else(|e| panic!("{e}"));
            let sql = format!(
                "UPDATE contacts SET {column} = CASE WHEN {column} IS NULL THEN '5w' WHEN typeof({column}) = 'integer' \
                 THEN {column} + 1 ELSE {column} || '1' END WHERE id = 1"
            );
            // A cadence of '5w' and then '5w1' moves `cadence_secs` and
            // `packed` alike; a status that is not one still makes a row.
            store
                .write(|tx| tx.execute_batch(&sql).ctx("test"))
                .unwrap_or_else(|e| panic!("{column}: {e}"));
            let after = store
                .conn()
                .query_row(WHOLE_ROW, [], |r| r.get::<_, String>(0))
                .unwrap_or_else(|e| panic!("{column}: {e}"));
            assert_ne!(before, after, "changing {column} left the planning row as it was");
        }
        assert!(!packed(&store).is_empty());
    }

    /// Each field and filter names every contacts column its SQL reads, so
    /// that the trigger watches it.
    #[test]
    fn each_field_names_the_columns_it_reads() {
        let store = store_with_one_contact();
        let contact_columns: Vec<String> = store
            .conn()
            .prepare("SELECT name FROM pragma_table_info('contacts')")
            .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_else(|e| panic!("{e}"));
        let all = FIELDS
            .iter()
            .map(|f| (f.sql, f.columns))
            .chain(FILTERS.iter().map(|f| (f.sql, f.columns)));
        for (sql, columns) in all {
            // Quoted text ('[0-9]*w') is no column.
            let unquoted: String = sql.split('\'').step_by(2).collect::<Vec<_>>().join(" ");
            for word in unquoted.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if contact_columns.iter().any(|c| c == word) {
                    assert!(columns.contains(&word), "{sql} reads {word} without naming it");
                }
            }
        }
    }

    /// A database whose planning rows were made another way (an older
    /// tend's fields) gets them made again at open, from the contacts.
    #[test]
    fn rows_made_another_way_are_made_again() {
        let mut store = store_with_one_contact();
        let before = packed(&store);
        store
            .write(|tx| {
                tx.execute_batch(
                    "UPDATE meta SET value = 'an older schema' WHERE key = 'plan_source';
                     UPDATE plan_rows SET packed = 'old';",
                )
                .ctx("test")
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!is_current(store.conn()).unwrap_or(true));
        // As `Store::open` does with a database at the latest schema.
        ensure(&mut store.conn).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(packed(&store), before);
        assert!(is_current(store.conn()).unwrap_or(false));
    }
}

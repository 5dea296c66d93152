//! The database under load: a command waits for another writer instead of
//! failing, the daemon shows a nudge once even while it cannot record it,
//! and the WAL stays small after big writes.

use crate::support;

use std::io::Write;
use std::time::{Duration, Instant};
use support::Env;

/// Holds the database's write lock from another connection for `hold`.
fn hold_write_lock(env: &Env, hold: Duration) -> std::thread::JoinHandle<()> {
    let conn = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch("BEGIN IMMEDIATE").unwrap_or_else(|e| panic!("{e}"));
    std::thread::spawn(move || {
        std::thread::sleep(hold);
        conn.execute_batch("COMMIT").unwrap_or_else(|e| panic!("{e}"));
    })
}

#[test]
fn a_write_waits_for_another_writer_and_says_so() {
    let env = Env::new();
    env.run(&["add", "Sara Lee"]);
    let holder = hold_write_lock(&env, Duration::from_millis(2500));
    let start = Instant::now();
    let (stdout, stderr) = env.ok(&["add", "Tomás Ortega"]);
    assert!(start.elapsed() >= Duration::from_secs(2), "it waited for the lock");
    assert_eq!(stdout.trim(), "2");
    assert_eq!(
        stderr.trim(),
        "waiting for another tend command to finish…",
        "said once that it waits"
    );
    holder.join().unwrap_or_else(|_| panic!("lock holder"));
    assert_eq!(env.contacts().len(), 2);
}

#[test]
fn a_short_wait_is_silent() {
    let env = Env::new();
    env.run(&["add", "Sara Lee"]);
    let holder = hold_write_lock(&env, Duration::from_millis(300));
    let (_, stderr) = env.ok(&["add", "Tomás Ortega"]);
    assert_eq!(stderr, "");
    holder.join().unwrap_or_else(|_| panic!("lock holder"));
}

/// Slow (it holds the lock longer than the old 10 s timeout, which is what
/// made the daemon show a nudge twice).
#[test]
fn the_daemon_shows_a_nudge_once_while_another_process_holds_the_database() {
    let env = Env::at("2026-12-01T10:00:00+01:00");
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[notify]\nbackend = \"stdout\"\n");
    env.run(&["add", "Sara Lee"]);
    env.run(&[
        "log",
        "sara",
        "--in",
        "--at",
        "2026-11-30T10:00:00+01:00",
        "--note",
        "Loved the talk",
    ]);
    let holder = hold_write_lock(&env, Duration::from_secs(12));
    let first = env.output(&["daemon", "--once"]);
    holder.join().unwrap_or_else(|_| panic!("lock holder"));
    let shown = String::from_utf8_lossy(&first.stdout).lines().count();
    assert_eq!(shown, 1, "{}", String::from_utf8_lossy(&first.stderr));
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let again = env.output(&["daemon", "--once"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "", "not shown a second time");
    let agenda = env.json(&["agenda", "--json"]);
    assert_eq!(agenda[0]["state"], "delivered");
}

fn wal_size(env: &Env) -> u64 {
    std::fs::metadata(format!("{}-wal", env.db().display())).map_or(0, |m| m.len())
}

/// An export folder whose `Connections.csv` holds `rows` after the header.
fn export_with_connections(env: &Env, rows: impl Iterator<Item = String>) -> std::path::PathBuf {
    let dir = env.path("export");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let mut csv =
        std::io::BufWriter::new(std::fs::File::create(dir.join("Connections.csv")).unwrap_or_else(|e| panic!("{e}")));
    writeln!(
        csv,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    )
    .unwrap_or_else(|e| panic!("{e}"));
    for row in rows {
        writeln!(csv, "{row}").unwrap_or_else(|e| panic!("{e}"));
    }
    csv.flush().unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn the_wal_stays_small_after_a_big_import() {
    let env = Env::new();
    let dir = export_with_connections(&env, (0..20_000).map(|i| {
        format!(
            "Ana,Person {i},https://www.linkedin.com/in/ana-person-{i},a{i}@example.org,\"Company {i}, Inc.\",Engineer,01 Dec 2020"
        )
    }));
    env.run(&["import", "linkedin", support::path_str(&dir)]);
    let db = std::fs::metadata(env.db()).map_or(0, |m| m.len());
    // The import wrote more pages than the WAL may keep (the WAL held them all).
    assert!(db > 8 << 20, "a big enough import: {db} bytes");
    let limit = 8 << 20;
    assert!(wal_size(&env) < limit, "after the import: {} bytes", wal_size(&env));
    env.run(&["add", "Sara Lee"]);
    assert!(wal_size(&env) < limit, "after add: {} bytes", wal_size(&env));
}

/// The indexes of `interactions`, as sqlite_master defines them.
fn interaction_indexes(db: &std::path::Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions' ORDER BY name")
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok((r.get(0)?, r.get::<_, Option<String>>(1)?.unwrap_or_default()))
            })?
            .collect()
        })
        .unwrap_or_else(|e| panic!("{e}"))
}

/// A big first import builds the interactions' secondary indexes after its
/// rows instead of inserting into them at random: they come back exactly as
/// the schema defines them, consistent with the table, and used.
#[test]
fn a_big_import_leaves_the_indexes_as_they_were() {
    let env = Env::new();
    env.run(&["add", "Someone Else"]);
    let before = interaction_indexes(&env.db());
    assert!(before.len() >= 3, "{before:?}");
    let people = 10;
    let dir = export_with_connections(
        &env,
        (0..people)
            .map(|p| format!("Ana,Person {p},https://www.linkedin.com/in/ana-person-{p},,Acme,Engineer,01 Dec 2020")),
    );
    let mut csv =
        std::io::BufWriter::new(std::fs::File::create(dir.join("messages.csv")).unwrap_or_else(|e| panic!("{e}")));
    writeln!(csv, "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT")
        .unwrap_or_else(|e| panic!("{e}"));
    let me = "Pat Example,https://www.linkedin.com/in/pat-example";
    let rows = 50_100;
    for n in (0..rows).rev() {
        let p = n % people;
        let them = format!("Ana Person {p},https://www.linkedin.com/in/ana-person-{p}");
        let (from, to) = if n % 3 == 0 {
            (me, them.as_str())
        } else {
            (them.as_str(), me)
        };
        let at = 1_546_300_800 + n * 97;
        let date = chrono::DateTime::from_timestamp(at, 0).unwrap_or_default();
        writeln!(
            csv,
            "c{p},,{from},{to},{},,Message {n},INBOX,,No,No",
            date.format("%Y-%m-%d %H:%M:%S UTC")
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    drop(csv);
    std::fs::write(dir.join("Profile.csv"), "First Name,Last Name\nPat,Example\n").unwrap_or_else(|e| panic!("{e}"));
    let out = env.json(&["import", "linkedin", "--json", support::path_str(&dir)]);
    assert_eq!(out["interactions_added"], rows, "{out}");
    assert_eq!(
        interaction_indexes(&env.db()),
        before,
        "the same indexes, defined the same way"
    );
    let conn = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(check, "ok");
    let sent: i64 = conn
        .query_row(
            "SELECT count(*) FROM interactions INDEXED BY interactions_sent WHERE direction = 'out' AND note IS NOT NULL AND at > 0",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(sent, (rows + 2) / 3, "every message the user sent is in the index");
    let by_contact: i64 = conn
        .query_row(
            "SELECT count(*) FROM interactions INDEXED BY interactions_by_contact WHERE contact_id = 2",
            [],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(by_contact, rows / people);
    // Her conversation in time order, read through the rebuilt index.
    let shown = env.json(&["show", "ana person 0", "--json"]);
    let notes: Vec<&str> = shown["interactions"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["note"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(notes.len(), 5010);
    assert_eq!(
        (notes[0], notes[1], notes[5009]),
        ("Message 0", "Message 10", "Message 50090")
    );
}

/// A stored word that does not parse is an error naming the contact and the
/// row, not another value; `tend forget` still removes the contact.
#[test]
fn a_damaged_stored_value_is_named_and_the_contact_can_be_forgotten() {
    let cases = [
        (
            "UPDATE interactions SET channel = 'pigeon'",
            "interaction 1 has channel 'pigeon'",
        ),
        (
            "UPDATE interactions SET direction = 'sideways'",
            "interaction 1 has direction 'sideways'",
        ),
        ("UPDATE events SET on_date = 'someday'", "event 1 has date 'someday'"),
        ("UPDATE events SET kind = 'party'", "event 1 has kind 'party'"),
        (
            "INSERT INTO nudges (key, contact_id, kind, state) VALUES ('k', 1, 'check-in', 'maybe')",
            "nudge record 'k' has state 'maybe'",
        ),
        ("UPDATE contacts SET status = 'sleeping'", "has status 'sleeping'"),
    ];
    for (sql, why) in cases {
        let env = Env::new();
        env.run(&["add", "Sara Lee"]);
        env.run(&["log", "sara", "--out", "--channel", "email", "--note", "hello"]);
        env.run(&["event", "sara", "--kind", "new-job", "--on", "2025-02-01"]);
        let conn = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
        conn.execute_batch(sql).unwrap_or_else(|e| panic!("{e}"));
        drop(conn);
        let shown = env.fails(&["show", "1"], 1);
        assert!(
            shown.contains(&format!("contact 1: {why}")) || shown.contains(why),
            "{sql}: {shown}"
        );
        assert!(shown.contains("tend forget 1"), "{sql}: {shown}");
        env.run(&["forget", "1", "--yes"]);
        assert_eq!(env.json(&["list", "--json"]), serde_json::json!([]), "{sql}");
    }
}

/// The bundled SQLite is built as .cargo/config.toml asks: no memory
/// statistics (a global lock around every allocation) and no shared cache.
#[test]
fn the_bundled_sqlite_is_built_without_memory_statistics_or_shared_cache() {
    let conn = rusqlite::Connection::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    let mut stmt = conn.prepare("PRAGMA compile_options").unwrap_or_else(|e| panic!("{e}"));
    let options: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .unwrap_or_else(|e| panic!("{e}"));
    for want in ["DEFAULT_MEMSTATUS=0", "OMIT_SHARED_CACHE"] {
        assert!(options.iter().any(|o| o == want), "{want} missing from {options:?}");
    }
}

//! Import at scale: a 30,000-row Connections.csv (target ≤ 1 s) and a
//! 1,000,000-row messages.csv (target ≤ 15 s) with memory that does not grow
//! with the file. The files are generated into a temporary folder (never
//! committed), then imported through the same library call as
//! `tend import linkedin`, into a database file in WAL mode.
//!
//! `cargo bench --bench import` runs the full sizes; `cargo test` runs this
//! file as a smoke test with small sizes (no `--bench` argument).
//!
//! Peak memory is the process's VmHWM, reset before each phase through
//! `/proc/self/clear_refs`, so each figure is that phase's own peak.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use tend::import::{self, Options};
use tend::model::Cadence;
use tend::store::Store;

struct Sizes {
    connections: usize,
    /// People the messages are exchanged with.
    correspondents: usize,
    small_messages: usize,
    messages: usize,
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sizes = if full {
        Sizes {
            connections: 30_000,
            correspondents: 5_000,
            small_messages: 250_000,
            messages: 1_000_000,
        }
    } else {
        Sizes {
            connections: 300,
            correspondents: 50,
            small_messages: 2_500,
            messages: 10_000,
        }
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let opts = Options {
        strict: false,
        cadence: None::<Cadence>,
        tz: chrono_tz::Europe::Lisbon,
        now: Utc
            .with_ymd_and_hms(2025, 3, 1, 10, 0, 0)
            .single()
            .unwrap_or_else(Utc::now),
        user_name: String::new(),
        progress: false,
    };

    let conn_dir = dir.path().join("connections");
    write_connections(&conn_dir, sizes.connections);
    let (took, peak, outcome) = measure(&dir.path().join("a.db"), &conn_dir, &opts);
    assert_eq!(outcome.contacts_added, sizes.connections as u64);
    report(
        "Connections.csv",
        sizes.connections,
        took,
        peak,
        Some(Duration::from_secs(1)),
        full,
    );

    let mut peaks = Vec::new();
    for (name, rows) in [("small", sizes.small_messages), ("big", sizes.messages)] {
        let db = dir.path().join(format!("{name}.db"));
        let people = dir.path().join(format!("{name}-people"));
        write_connections(&people, sizes.correspondents);
        measure(&db, &people, &opts);
        let msgs = dir.path().join(format!("{name}-messages"));
        write_messages(&msgs, sizes.correspondents, rows);
        let (took, peak, outcome) = measure(&db, &msgs, &opts);
        assert_eq!(outcome.interactions_added, rows as u64, "{outcome:?}");
        assert_eq!(outcome.rows_skipped, 0);
        let target = (rows == sizes.messages).then_some(Duration::from_secs(15));
        report("messages.csv", rows, took, peak, target, full);
        peaks.push((rows, peak));
        let _ = std::fs::remove_dir_all(&msgs);
    }
    if let [(small_rows, Some(small)), (big_rows, Some(big))] = peaks.as_slice() {
        println!(
            "peak memory: {} MiB for {small_rows} messages, {} MiB for {big_rows} ({}x the rows)",
            small / 1024,
            big / 1024,
            big_rows / small_rows
        );
    }
}

/// Imports `path` into the database at `db`: time, peak RSS (KiB), outcome.
fn measure(db: &Path, path: &Path, opts: &Options) -> (Duration, Option<u64>, import::Outcome) {
    let mut store = Store::open(db).unwrap_or_else(|e| panic!("open: {e}"));
    reset_peak();
    let start = Instant::now();
    let outcome = import::linkedin::import(&mut store, path, opts, &mut |b| eprintln!("{b}"))
        .unwrap_or_else(|e| panic!("import: {e}"));
    (start.elapsed(), peak_kib(), outcome)
}

fn report(file: &str, rows: usize, took: Duration, peak: Option<u64>, target: Option<Duration>, full: bool) {
    let verdict = match target {
        Some(t) if full && took <= t => format!(" (target ≤ {} s: met)", t.as_secs()),
        Some(t) if full => format!(" (target ≤ {} s: MISSED)", t.as_secs()),
        _ => String::new(),
    };
    println!(
        "{file}: {rows} rows in {:.2} s, {:.0} rows/s, peak RSS {}{verdict}",
        took.as_secs_f64(),
        rows as f64 / took.as_secs_f64().max(1e-9),
        peak.map_or("unknown".to_string(), |k| format!("{} MiB", k / 1024)),
    );
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

const FIRST: [&str; 8] = ["Ana", "Ben", "Chidi", "Dana", "Eli", "Farah", "Goran", "Hana"];

fn write_connections(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    let file = std::fs::File::create(dir.join("Connections.csv")).unwrap_or_else(|e| panic!("{e}"));
    let mut w = std::io::BufWriter::new(file);
    let mut line = |s: String| w.write_all(s.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    line("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n".into());
    for i in 0..n {
        let first = FIRST[i % FIRST.len()];
        line(format!(
            "{first},Person {i},https://www.linkedin.com/in/{}-person-{i},{},\"Company {}, Inc.\",Engineer,{:02} Dec 20{:02}\n",
            first.to_lowercase(),
            if i % 5 == 0 {
                format!("p{i}@example.org")
            } else {
                String::new()
            },
            i % 500,
            1 + i % 28,
            10 + i % 15
        ));
    }
    drop(w);
    std::fs::write(dir.join("Profile.csv"), "First Name,Last Name\nPat,Example\n").unwrap_or_else(|e| panic!("{e}"));
}

/// A messages.csv of `rows` messages between the user and `people`
/// correspondents, newest conversation first, as LinkedIn writes it.
fn write_messages(dir: &Path, people: usize, rows: usize) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    let file = std::fs::File::create(dir.join("messages.csv")).unwrap_or_else(|e| panic!("{e}"));
    let mut w = std::io::BufWriter::new(file);
    let mut line = |s: &str| w.write_all(s.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    line(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n",
    );
    let me = "Pat Example,https://www.linkedin.com/in/pat-example";
    let base = Utc
        .with_ymd_and_hms(2019, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    // One conversation per correspondent, written together, newest message
    // first, as LinkedIn writes them.
    let mut i = 0usize;
    for p in 0..people {
        let first = FIRST[p % FIRST.len()];
        let them = format!(
            "{first} Person {p},https://www.linkedin.com/in/{}-person-{p}",
            first.to_lowercase()
        );
        let in_conversation = rows / people + usize::from(p < rows % people);
        for j in (0..in_conversation).rev() {
            let (from, to) = if j % 3 == 0 {
                (me, them.as_str())
            } else {
                (them.as_str(), me)
            };
            let at = base + chrono::Duration::seconds((j * people + p) as i64 * 97);
            line(&format!(
                "2-Y29udi0{p},,{from},{to},{},,\"Message {i}: thanks, {first}!\nSee you on the {}th.\",INBOX,,No,No\n",
                at.format("%Y-%m-%d %H:%M:%S UTC"),
                1 + i % 28
            ));
            i += 1;
        }
    }
}

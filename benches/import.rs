//! Import at scale, and the commands right after it, as a user meets them:
//! `tend import linkedin` of a folder with a 30,000-row Connections.csv and a
//! 1,000,000-row messages.csv whose conversations are interleaved (target:
//! ≤ 10 s for the whole), then, with no manual checkpoint, the WAL's size,
//! `tend add` (≤ 4 ms) and `tend agenda --json` (≤ 50 ms) medians, and the
//! time and peak memory of `tend list --json` (≤ 100 ms, ≤ 50 MB) and
//! `tend show ID` (≤ 10 ms), and `tend stats`. The import runs again with a
//! quarter of the messages: its peak memory must not grow with the file.
//!
//! Two networks: the *idle* one (imported without a cadence: most contacts
//! have no check-in) and the *saturated* one (the same export imported with
//! `--cadence 6w`, as issue 25's user did: about 714 check-ins a day asked
//! of a cap of 5, most of them overdue), each with the same commands.
//!
//! `cargo bench --bench import` runs the full sizes; `cargo test` runs this
//! file as a smoke test with small sizes (no `--bench` argument). Peak memory
//! is each process's maximum resident set, from `/usr/bin/time` when present.
//! `TEND_BENCH_DIR` keeps the files and the database of the last import.
//! Issue 25's yardstick follows the saturated network's commands, in the
//! same minutes: taskwarrior's `task next` over 10,000 tasks, when
//! taskwarrior is installed.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};

const NOW: &str = "2025-03-01T10:00:00Z";

struct Sizes {
    connections: usize,
    /// Connections the messages are exchanged with.
    correspondents: usize,
    small_messages: usize,
    messages: usize,
    runs: usize,
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let sizes = if full {
        Sizes {
            connections: 30_000,
            correspondents: 5_000,
            small_messages: 250_000,
            messages: 1_000_000,
            runs: 21,
        }
    } else {
        Sizes {
            connections: 300,
            correspondents: 50,
            small_messages: 2_500,
            messages: 10_000,
            runs: 3,
        }
    };
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let dir = std::env::var_os("TEND_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("config.toml"), "[user]\ntimezone = \"Europe/Lisbon\"\n").unwrap_or_else(|e| panic!("{e}"));
    let mut peaks = Vec::new();
    for rows in [sizes.small_messages, sizes.messages] {
        let export = dir.join(format!("export-{rows}"));
        write_connections(&export, sizes.connections);
        write_messages(&export, sizes.correspondents, rows);
        let db = dir.join(format!("tend-{rows}.db"));
        for side in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", db.display()));
        }
        let tend = Tend {
            db: db.clone(),
            config: dir.join("config.toml"),
        };
        let (took, peak, out) = tend.measured(&["import", "linkedin", "--json", &export.display().to_string()]);
        let outcome: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
        assert_eq!(outcome["contacts_added"], sizes.connections as u64, "{outcome}");
        assert_eq!(outcome["interactions_added"], rows as u64, "{outcome}");
        let target = (rows == sizes.messages).then_some(Duration::from_secs(10));
        report(
            &format!("import {} connections + {rows} messages", sizes.connections),
            took,
            peak,
            target,
            full,
        );
        peaks.push((rows, peak));
        if rows == sizes.messages {
            println!("-- the idle network (imported without a cadence)");
            commands(&tend, &sizes);
            // The saturated network: the same export with `--cadence 6w`.
            let db = dir.join(format!("tend-{rows}-6w.db"));
            for side in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{side}", db.display()));
            }
            let saturated = Tend {
                db,
                config: dir.join("config.toml"),
            };
            let (took, peak, out) = saturated.measured(&[
                "import",
                "linkedin",
                "--json",
                "--cadence",
                "6w",
                &export.display().to_string(),
            ]);
            let outcome: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
            assert_eq!(outcome["contacts_added"], sizes.connections as u64, "{outcome}");
            println!("-- the saturated network (imported with --cadence 6w)");
            report(
                &format!(
                    "import {} connections + {rows} messages --cadence 6w",
                    sizes.connections
                ),
                took,
                peak,
                Some(Duration::from_secs(10)),
                full,
            );
            commands(&saturated, &sizes);
            if full {
                yardstick(&dir, 10_000, sizes.runs);
            }
        }
        // TEND_BENCH_DIR keeps the export too, for profiling an import.
        if std::env::var_os("TEND_BENCH_DIR").is_none() {
            let _ = std::fs::remove_dir_all(&export);
        }
    }
    if let [(small_rows, Some(small)), (big_rows, Some(big))] = peaks.as_slice() {
        println!(
            "import peak memory: {} MiB for {small_rows} messages, {} MiB for {big_rows} ({}x the rows)",
            small / 1024,
            big / 1024,
            big_rows / small_rows
        );
    }
}

/// Issue 25's yardstick, timed in the same minutes as tend's commands:
/// taskwarrior's `task next` over `tasks` pending tasks. Skipped when
/// taskwarrior is not installed.
fn yardstick(dir: &Path, tasks: usize, runs: usize) {
    let data = dir.join("taskwarrior");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).unwrap_or_else(|e| panic!("{e}"));
    let rc = dir.join("taskrc");
    std::fs::write(
        &rc,
        format!("data.location={}\nconfirmation=off\nverbose=nothing\n", data.display()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("tasks.json");
    let lines: Vec<String> = (0..tasks)
        .map(|i| {
            format!(
                r#"{{"description":"Task {i} of the yardstick","project":"p{}","status":"pending","entry":"20250101T000000Z","due":"2025{:02}{:02}T090000Z"}}"#,
                i % 50,
                1 + i % 12,
                1 + i % 28
            )
        })
        .collect();
    std::fs::write(&file, lines.join("\n")).unwrap_or_else(|e| panic!("{e}"));
    let task = |args: &[&str]| Command::new("task").env("TASKRC", &rc).args(args).output();
    match task(&["import", &file.display().to_string()]) {
        Ok(out) if out.status.success() => {}
        _ => {
            println!("task next: skipped (taskwarrior is not installed)");
            return;
        }
    }
    let next: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let out = task(&["next"]).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                out.status.success(),
                "task next: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            start.elapsed()
        })
        .collect();
    stats(&format!("task next ({tasks} tasks)"), next, None);
}

/// The commands right after an import, each timed as a user meets them.
fn commands(tend: &Tend, sizes: &Sizes) {
    let wal = std::fs::metadata(format!("{}-wal", tend.db.display())).map_or(0, |m| m.len());
    println!("WAL after the import: {:.1} MB (target < 8 MB)", wal as f64 / 1e6);
    let add: Vec<Duration> = (0..sizes.runs)
        .map(|i| tend.timed(&["add", &format!("Bench Person {i}")]))
        .collect();
    stats("tend add", add, Some(4.0));
    let agenda: Vec<Duration> = (0..sizes.runs).map(|_| tend.timed(&["agenda", "--json"])).collect();
    stats("tend agenda --json", agenda, Some(50.0));
    let list: Vec<Duration> = (0..sizes.runs.min(11))
        .map(|_| tend.timed(&["list", "--json"]))
        .collect();
    stats("tend list --json", list, Some(100.0));
    let (_, list_peak, _) = tend.measured(&["list", "--json"]);
    println!("tend list --json peak memory: {} (target ≤ 50 MB)", mib(list_peak));
    // 7 and 104 are among the correspondents (they have messages); the
    // last connection has none at all: at the saturated network it ranks
    // below every one of them (strength 0).
    let silent = sizes.connections.to_string();
    for id in ["7", "104", silent.as_str()] {
        let show: Vec<Duration> = (0..sizes.runs).map(|_| tend.timed(&["show", id, "--json"])).collect();
        stats(&format!("tend show {id} --json"), show, Some(10.0));
    }
    let (_, show_peak, _) = tend.measured(&["show", "7"]);
    println!("tend show 7 peak memory: {}", mib(show_peak));
    let stat: Vec<Duration> = (0..sizes.runs.min(11)).map(|_| tend.timed(&["stats"])).collect();
    stats("tend stats", stat, None);
    let wal = std::fs::metadata(format!("{}-wal", tend.db.display())).map_or(0, |m| m.len());
    println!("WAL after the commands: {:.1} MB", wal as f64 / 1e6);
}

struct Tend {
    db: std::path::PathBuf,
    config: std::path::PathBuf,
}

impl Tend {
    fn command(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("TEND_DB", &self.db)
            .env("TEND_CONFIG", &self.config)
            .env("TEND_NOW", NOW)
            .env("NO_COLOR", "1");
        c
    }

    /// Wall time of one run.
    fn timed(&self, args: &[&str]) -> Duration {
        let start = Instant::now();
        let out = self
            .command(env!("CARGO_BIN_EXE_tend"))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let took = start.elapsed();
        assert!(
            out.status.success(),
            "tend {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        took
    }

    /// Wall time, peak RSS (KiB, through /usr/bin/time when present), stdout.
    fn measured(&self, args: &[&str]) -> (Duration, Option<u64>, String) {
        let timer = Path::new("/usr/bin/time").exists();
        let mut c = if timer {
            let mut c = self.command("/usr/bin/time");
            c.args(["-f", "%M", env!("CARGO_BIN_EXE_tend")]);
            c
        } else {
            self.command(env!("CARGO_BIN_EXE_tend"))
        };
        let start = Instant::now();
        let out = c.args(args).output().unwrap_or_else(|e| panic!("{e}"));
        let took = start.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "tend {args:?}: {stderr}");
        let peak = timer
            .then(|| stderr.lines().last().and_then(|l| l.trim().parse().ok()))
            .flatten();
        (took, peak, String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or("unknown".to_string(), |k| format!("{:.1} MiB", k as f64 / 1024.0))
}

fn stats(name: &str, mut samples: Vec<Duration>, target_ms: Option<f64>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(samples[samples.len() / 2]);
    let target = target_ms.map_or(String::new(), |t| {
        format!("   (target ≤ {t} ms: {})", if median <= t { "met" } else { "MISSED" })
    });
    println!(
        "{name:<22} median {median:>8.2} ms   min {:>8.2} ms   max {:>8.2} ms   ({} runs){target}",
        ms(samples[0]),
        ms(samples[samples.len() - 1]),
        samples.len()
    );
}

fn report(what: &str, took: Duration, peak: Option<u64>, target: Option<Duration>, full: bool) {
    let verdict = match target {
        Some(t) if full && took <= t => format!(" (target ≤ {} s: met)", t.as_secs()),
        Some(t) if full => format!(" (target ≤ {} s: MISSED)", t.as_secs()),
        _ => String::new(),
    };
    println!("{what}: {:.2} s, peak RSS {}{verdict}", took.as_secs_f64(), mib(peak));
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

/// A messages.csv of `rows` messages between the user and the first
/// `people` connections. The conversations are interleaved, newest message
/// first across all of them (the order that used to make imports slow), and
/// every seventh row is swapped far away, so no order can be relied on.
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
    let mut order: Vec<usize> = (0..rows).rev().collect();
    for k in (0..rows).step_by(7) {
        let other = (k * 7919 + 13) % rows;
        order.swap(k, other);
    }
    for (i, n) in order.into_iter().enumerate() {
        // Message n: conversation n % people, its (n / people)-th message.
        let (p, j) = (n % people, n / people);
        let first = FIRST[p % FIRST.len()];
        let them = format!(
            "{first} Person {p},https://www.linkedin.com/in/{}-person-{p}",
            first.to_lowercase()
        );
        let (from, to) = if j % 3 == 0 {
            (me, them.as_str())
        } else {
            (them.as_str(), me)
        };
        let at = base + chrono::Duration::seconds(n as i64 * 97);
        line(&format!(
            "2-Y29udi0{p},,{from},{to},{},,\"Message {i}: thanks, {first}!\nSee you on the {}th.\",INBOX,,No,No\n",
            at.format("%Y-%m-%d %H:%M:%S UTC"),
            1 + i % 28
        ));
    }
}

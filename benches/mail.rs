//! Mail import at scale, as a user meets it: `tend import mail` of a Maildir
//! of 100,000 messages (headers as mail clients keep them, a body each, flags
//! in the file names, a tenth from mailing lists and a tenth from strangers)
//! into 5,000 contacts (target: ≤ 10 s), then the same again with nothing new
//! (target: ≤ 3 s). Wall time, CPU time (user + system) and peak memory of
//! each run: the machine may be shared, and CPU time says what tend itself
//! cost.
//!
//! `cargo bench --bench mail` runs the full sizes; `cargo test` runs this file
//! as a smoke test with small sizes. `TEND_BENCH_DIR` keeps the files.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-04T10:00:00Z";

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (contacts, messages) = if full { (5_000, 100_000) } else { (50, 1_000) };
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let dir = std::env::var_os("TEND_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"pat@example.org\", \"pat@work.example\"]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let db = dir.join("tend.db");
    for side in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{side}", db.display()));
    }
    let tend = Tend { db, config };
    let cards = dir.join("contacts.vcf");
    write_cards(&cards, contacts);
    tend.run(&["import", "vcard", &cards.display().to_string()]);
    let maildir = dir.join("Mail");
    let _ = std::fs::remove_dir_all(&maildir);
    let started = Instant::now();
    let expected = write_maildir(&maildir, contacts, messages);
    println!(
        "wrote {messages} messages into {} in {:.1} s",
        maildir.display(),
        started.elapsed().as_secs_f64()
    );
    let path = maildir.display().to_string();
    let first = tend.measured(&["import", "mail", "--json", &path]);
    let outcome: serde_json::Value = serde_json::from_str(&first.out).unwrap_or_else(|e| panic!("{e}: {}", first.out));
    assert_eq!(outcome["messages"], messages as u64, "{outcome}");
    assert_eq!(outcome["interactions_added"], expected as u64, "{outcome}");
    report(
        &format!("import mail: {messages} messages, {contacts} contacts"),
        &first,
        Duration::from_secs(10),
        full,
    );
    let again = tend.measured(&["import", "mail", "--json", &path]);
    let outcome: serde_json::Value = serde_json::from_str(&again.out).unwrap_or_else(|e| panic!("{e}: {}", again.out));
    assert_eq!(outcome["interactions_added"], 0, "{outcome}");
    assert_eq!(outcome["already_imported"], expected as u64, "{outcome}");
    report("import mail again, nothing new", &again, Duration::from_secs(3), full);
    let agenda = tend.measured(&["agenda", "--json"]);
    println!(
        "tend agenda --json after it: {:.0} ms",
        agenda.wall.as_secs_f64() * 1000.0
    );
}

struct Tend {
    db: std::path::PathBuf,
    config: std::path::PathBuf,
}

/// One run: wall time, CPU time (user + system) and peak RSS in KiB (from
/// `/usr/bin/time` when present), stdout.
struct Run {
    wall: Duration,
    cpu: Option<Duration>,
    peak: Option<u64>,
    out: String,
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

    fn run(&self, args: &[&str]) {
        let out = self
            .command(env!("CARGO_BIN_EXE_tend"))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            out.status.success(),
            "tend {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn measured(&self, args: &[&str]) -> Run {
        let timer = Path::new("/usr/bin/time").exists();
        let mut c = if timer {
            let mut c = self.command("/usr/bin/time");
            c.args(["-f", "%U %S %M", env!("CARGO_BIN_EXE_tend")]);
            c
        } else {
            self.command(env!("CARGO_BIN_EXE_tend"))
        };
        let start = Instant::now();
        let out = c.args(args).output().unwrap_or_else(|e| panic!("{e}"));
        let wall = start.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "tend {args:?}: {stderr}");
        let last: Vec<f64> = stderr
            .lines()
            .last()
            .map(|l| l.split_whitespace().filter_map(|w| w.parse().ok()).collect())
            .unwrap_or_default();
        let (cpu, peak) = match (timer, last.as_slice()) {
            (true, [user, system, peak]) => (Some(Duration::from_secs_f64(user + system)), Some(*peak as u64)),
            _ => (None, None),
        };
        Run {
            wall,
            cpu,
            peak,
            out: String::from_utf8_lossy(&out.stdout).into_owned(),
        }
    }
}

fn report(what: &str, run: &Run, target: Duration, full: bool) {
    let verdict = if !full {
        String::new()
    } else if run.wall <= target {
        format!(" (target ≤ {} s: met)", target.as_secs())
    } else {
        format!(" (target ≤ {} s: MISSED)", target.as_secs())
    };
    println!(
        "{what}: wall {:.2} s, CPU {}, peak RSS {}{verdict}",
        run.wall.as_secs_f64(),
        run.cpu
            .map_or("unknown".into(), |c| format!("{:.2} s", c.as_secs_f64())),
        run.peak
            .map_or("unknown".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
    );
}

const FIRST: [&str; 8] = ["Ana", "Ben", "Chidi", "Dana", "Eli", "Farah", "Goran", "Hana"];

fn address(i: usize) -> String {
    format!(
        "{}.person{i}@company{}.example",
        FIRST[i % FIRST.len()].to_lowercase(),
        i % 700
    )
}

fn write_cards(path: &Path, n: usize) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let mut w = std::io::BufWriter::new(file);
    for i in 0..n {
        write!(
            w,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{} Person {i}\r\nEMAIL;TYPE=INTERNET:{}\r\nUID:bench-{i}\r\nEND:VCARD\r\n",
            FIRST[i % FIRST.len()],
            address(i)
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Writes `n` messages into a Maildir (most in cur/ with flags, the newest
/// in new/); returns how many interactions they make.
fn write_maildir(root: &Path, contacts: usize, n: usize) -> usize {
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(root.join(sub)).unwrap_or_else(|e| panic!("{e}"));
    }
    let base: i64 = 1_700_000_000;
    let body = "Hello,\n\nthanks for the call earlier. Here are the notes we spoke about.\n".repeat(12);
    let mut expected = 0;
    let mut text = String::with_capacity(8192);
    for m in 0..n {
        let person = (m * 7919) % contacts;
        let at = base + (m as i64) * 300;
        let date = chrono::DateTime::from_timestamp(at, 0)
            .unwrap_or_default()
            .format("%a, %d %b %Y %H:%M:%S +0000");
        let them = format!("{} Person {person} <{}>", FIRST[person % FIRST.len()], address(person));
        let (from, to, extra) = match m % 10 {
            0 => (
                them.clone(),
                "Pat <pat@example.org>".to_string(),
                "List-Id: Rust users <users.rust.example>\n".to_string(),
            ),
            1 => (
                format!("Stranger {m} <s{m}@elsewhere.example>"),
                "pat@example.org".to_string(),
                String::new(),
            ),
            2 | 5 | 8 => ("Pat <pat@work.example>".to_string(), them.clone(), String::new()),
            _ => (them.clone(), "Pat <pat@example.org>".to_string(), String::new()),
        };
        if !matches!(m % 10, 0 | 1) {
            expected += 1;
        }
        text.clear();
        text.push_str(&format!(
            "Return-Path: <bounce@example.org>\n\
             Received: from mx.example.org (mx.example.org [192.0.2.1])\n\tby mail.example.org with ESMTPS id {m}\n\tfor <pat@example.org>; {date}\n\
             DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=s1;\n\th=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n\tb=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgaXMgYXMgbG9uZyBhcyBvbmU=\n\
             From: {from}\nTo: {to}\nSubject: =?UTF-8?Q?Notes_from_our_call_=E2=80=94_part_{m}?=\nDate: {date}\n\
             Message-ID: <{m}.{at}@bench.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n{extra}\n{body}"
        ));
        let (sub, name) = if m + 50 >= n {
            ("new", format!("{at}.M{m}P1.bench"))
        } else {
            ("cur", format!("{at}.M{m}P1.bench,S={}:2,S", text.len()))
        };
        std::fs::write(root.join(sub).join(name), &text).unwrap_or_else(|e| panic!("{e}"));
    }
    expected
}

//! Hostile files, full disks and odd environments (issue 27): every input
//! bounded, every exit status true, the database unchanged when a command
//! fails.

use crate::support;

use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use std::process::Output;
use std::time::Duration;
use support::{Env, path_str};

/// Long enough for a slow shared machine, short enough that a command
/// blocked on a FIFO or reading `/dev/zero` fails the test instead of
/// hanging it.
const PATIENCE: Duration = Duration::from_secs(60);

fn env() -> Env {
    Env::at("2026-11-30T12:00:00Z")
}

/// A user with an address of their own (mail needs one) and Ana, whom mail
/// and meetings match by her address.
fn ana_with_mail() -> Env {
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@example.org\"]\n");
    env.run(&["add", "Ana Costa", "--email", "ana@example.org"]);
    env
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

// 1. --json is JSON whatever a stored value holds.

#[test]
fn json_output_is_json_whatever_a_field_holds() {
    let env = env();
    let name = "Bob\u{202e} Stone";
    let company = "Acme\u{202e}\u{85}\u{7f} Ltd";
    let added = parse(&env.run(&[
        "add",
        name,
        "--company",
        company,
        "--note",
        "\u{2066}met\u{2069}",
        "--connected-on",
        "2026-11-28",
        "--json",
    ]));
    assert_eq!(added["company"], company);
    let shown = parse(&env.run(&["show", "1", "--json"]));
    assert_eq!(shown["name"], name);
    assert_eq!(shown["company"], company);
    assert_eq!(shown["note"], "\u{2066}met\u{2069}");
    let edited = parse(&env.run(&["edit", "1", "--role", "\u{202d}CTO\u{9b}", "--json"]));
    assert_eq!(edited["role"], "\u{202d}CTO\u{9b}");
    let agenda = parse(&env.run(&["agenda", "--json"]));
    assert_eq!(agenda[0]["contact"], name);
    let listed = parse(&env.run(&["list", "--json"]));
    assert_eq!(listed[0]["company"], company);
    // Nothing a terminal acts on is written raw: they are JSON escapes.
    for args in [&["show", "1", "--json"][..], &["agenda", "--json"], &["list", "--json"]] {
        let text = env.run(args);
        assert!(text.contains("\\u202e"), "tend {args:?}: {text}");
        assert!(
            !text.contains(['\u{202e}', '\u{85}', '\u{7f}']),
            "tend {args:?}: {text}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]
    /// Any text a field can hold comes back from `show --json` and `edit
    /// --json` as JSON holding that text.
    #[test]
    fn any_stored_text_reads_back_from_json(
        text in "[a-z]\\PC{0,16}|[a-z][\\u{1}-\\u{1f}\\u{7f}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069} \"\\\\a-z]{1,16}",
    ) {
        let env = env();
        env.run(&["add", "Ana Costa", "--company", &text]);
        let shown = parse(&env.run(&["show", "1", "--json"]));
        prop_assert_eq!(shown["company"].as_str(), Some(text.as_str()));
        let edited = parse(&env.run(&["edit", "1", "--note", &text, "--json"]));
        prop_assert_eq!(&edited["company"], &shown["company"]);
    }
}

// 2 and 3. A full disk, made with a file-size limit (`ulimit -f`): SQLite's
// writes fail as they do when the disk is full.

/// `tend args` with files limited to `kib` KiB; SIGXFSZ is ignored so that
/// a write past the limit fails (EFBIG) instead of killing the process.
fn with_file_limit(env: &Env, kib: u64, args: &[&str]) -> Output {
    let tend = assert_cmd::cargo::cargo_bin("tend");
    env.program(Path::new("bash"))
        .arg("-c")
        .arg(format!("trap '' XFSZ; ulimit -f {kib}; exec \"$0\" \"$@\""))
        .arg(tend)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("bash: {e}"))
}

/// Makes the WAL bigger than the checkpoint threshold and the database file
/// big enough that the checkpoint grows it past the WAL's size: the limit
/// `wal + 64 KiB` then lets a command commit (into the WAL) and refuses the
/// checkpoint after. Returns that limit in KiB.
fn big_wal(env: &Env) -> u64 {
    let db = env.db();
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(
        "CREATE TABLE pad(b BLOB);
         INSERT INTO pad SELECT zeroblob(3000) FROM generate_series(1, 200);
         PRAGMA wal_checkpoint(TRUNCATE);
         PRAGMA wal_autocheckpoint = 0;
         DELETE FROM pad;",
    )
    .or_else(|_| {
        // Without generate_series: a recursive count.
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS pad(b BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
             INSERT INTO pad SELECT zeroblob(3000) FROM n;
             PRAGMA wal_checkpoint(TRUNCATE);
             PRAGMA wal_autocheckpoint = 0;
             DELETE FROM pad;",
        )
    })
    .unwrap_or_else(|e| panic!("{e}"));
    // New pages in the WAL: the checkpoint appends them to the file.
    conn.execute_batch(
        "CREATE TABLE pad2(b BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
         INSERT INTO pad2 SELECT zeroblob(3000) FROM n;",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let wal = std::fs::metadata(format!("{}-wal", db.display())).map_or(0, |m| m.len());
    let file = std::fs::metadata(&db).map_or(0, |m| m.len());
    assert!(wal > 256 << 10, "the WAL is {wal} bytes");
    assert!(file + wal > wal + (200 << 10), "the database is {file} bytes");
    wal / 1024 + 64
}

#[test]
fn a_write_committed_before_a_failed_checkpoint_exits_0() {
    let env = env();
    env.run(&["add", "Ana Costa"]);
    let limit = big_wal(&env);
    let out = with_file_limit(&env, limit, &["log", "ana", "--out", "--note", "sent the deck"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: checkpointing the database") && stderr.contains("nothing is lost"),
        "{stderr}"
    );
    assert!(!stderr.contains("error:"), "{stderr}");
    let ana = env.contact("ana");
    let notes: Vec<&str> = ana["interactions"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["note"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(notes, ["sent the deck"]);
}

#[test]
fn read_commands_work_on_a_full_disk() {
    let env = env();
    env.run(&["add", "Ana Costa", "--connected-on", "2026-11-28"]);
    env.run(&["log", "ana", "--in", "--note", "hello"]);
    let reads = [
        &["list", "--json"][..],
        &["show", "ana", "--json"],
        &["agenda", "--json"],
        &["export", "json"],
    ];
    let want: Vec<String> = reads.iter().map(|args| env.run(args)).collect();
    let shm = format!("{}-shm", env.db().display());
    // With the WAL past its checkpoint size (the checkpoint then fails), and
    // without the shared-memory file (which cannot be made): no file may grow.
    big_wal(&env);
    for remove_shm in [false, true] {
        for (args, want) in reads.iter().zip(&want) {
            if remove_shm {
                // No process has the database open: the file is rebuilt from the WAL.
                std::fs::remove_file(&shm).unwrap_or_else(|e| panic!("{shm}: {e}"));
            }
            let out = with_file_limit(&env, 0, args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "tend {args:?}: {stderr}");
            assert!(!stderr.contains("error:"), "tend {args:?}: {stderr}");
            let got = String::from_utf8_lossy(&out.stdout);
            if args[0] == "export" {
                // The backup holds every table, the test's padding too.
                assert!(
                    got.starts_with(&want[..want.find("\"contacts\"").unwrap_or(0)]),
                    "{got}"
                );
            } else {
                assert_eq!(&got, want, "tend {args:?}");
            }
        }
    }
    // A write on a full disk fails, and changes nothing.
    let before = env.snapshot();
    let out = with_file_limit(&env, 0, &["add", "Bob Stone"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("database '{}' could not be written", env.db().display())),
        "{stderr}"
    );
    assert_eq!(env.snapshot(), before);
}

/// A read command that shows a draft for the first time keeps it on its
/// way out; on a full disk it cannot, and still succeeds (the faults run of
/// issue 27: "keeping the drafts shown: database … is read-only").
#[test]
fn a_draft_shown_on_a_full_disk_does_not_fail_the_read() {
    let env = env();
    env.run(&["add", "Ana Costa", "--connected-on", "2026-11-28"]);
    env.run(&[
        "log",
        "ana",
        "--in",
        "--note",
        "can you send me the slides from your talk?",
    ]);
    big_wal(&env);
    for args in [&["agenda", "--json"][..], &["show", "ana", "--json"]] {
        let out = with_file_limit(&env, 0, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "tend {args:?}: {stderr}");
        assert!(!stderr.contains("error:"), "tend {args:?}: {stderr}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("slides") || args[0] == "agenda",
            "{args:?}"
        );
    }
}

// 5. Only regular files are read; a FIFO never blocks.

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap_or_else(|e| panic!("mkfifo: {e}"));
    assert!(status.success());
}

#[test]
fn importers_refuse_fifos_and_devices_at_once() {
    let env = ana_with_mail();
    let fifo = env.path("pipe.csv");
    mkfifo(&fifo);
    let before = env.snapshot();
    for (kind, path) in [
        ("linkedin", path_str(&fifo)),
        ("vcard", path_str(&fifo)),
        ("json", path_str(&fifo)),
        ("mail", path_str(&fifo)),
        ("calendar", path_str(&fifo)),
        ("mail", "/dev/zero"),
        ("calendar", "/dev/zero"),
        ("vcard", "/dev/zero"),
    ] {
        let out = env
            .cmd()
            .args(["import", kind, path])
            .timeout(PATIENCE)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "import {kind} {path}: {stderr}");
        assert!(stderr.contains("not a regular file"), "import {kind} {path}: {stderr}");
        let file = Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        assert!(stderr.contains(&*file), "import {kind} {path}: {stderr}");
        assert_eq!(env.snapshot(), before, "import {kind} {path}");
    }
}

#[test]
fn a_vdir_link_to_a_device_is_one_file_skipped() {
    let env = env();
    env.run(&["add", "Ana Costa", "--email", "ana@example.org"]);
    let vdir = env.path("cal");
    std::fs::create_dir_all(&vdir).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("/dev/zero", vdir.join("zero.ics")).unwrap_or_else(|e| panic!("{e}"));
    mkfifo(&vdir.join("pipe.ics"));
    std::fs::write(
        vdir.join("good.ics"),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:m1\r\nDTSTART:20261120T100000Z\r\n\
         SUMMARY:Coffee\r\nATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .args(["import", "calendar", path_str(&vdir), "--json"])
        .timeout(PATIENCE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let summary = parse(&String::from_utf8_lossy(&out.stdout));
    assert_eq!(summary["interactions_added"], 1, "{summary}");
    assert_eq!(summary["files_skipped"], 2, "{summary}");
    assert!(stderr.contains("zero.ics: cannot open it: it is a device"), "{stderr}");
    assert!(stderr.contains("pipe.ics: cannot open it: it is a FIFO"), "{stderr}");
}

#[test]
fn a_maildir_message_that_is_a_device_or_fifo_is_said_skipped() {
    let env = ana_with_mail();
    let mail = env.path("Mail");
    for sub in ["cur", "new"] {
        std::fs::create_dir_all(mail.join(sub)).unwrap_or_else(|e| panic!("{e}"));
    }
    std::os::unix::fs::symlink("/dev/zero", mail.join("cur").join("1780000000.M1P1.host:2,S"))
        .unwrap_or_else(|e| panic!("{e}"));
    mkfifo(&mail.join("new").join("1780000001.M1P1.host"));
    let import = || {
        env.cmd()
            .args(["import", "mail", path_str(&mail)])
            .timeout(PATIENCE)
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    // Nothing else in it: the import fails, saying why (it said "0 e-mails
    // added from 0 messages" and exit 0 before).
    let out = import();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("it is a device"), "{stderr}");
    assert!(stderr.contains("it is a FIFO"), "{stderr}");
    assert!(stderr.contains("every message of"), "{stderr}");
    // Beside a real message, each is one message skipped, said.
    std::fs::write(
        mail.join("cur").join("1780000002.M1P1.host:2,S"),
        "From: ana@example.org\nTo: me@example.org\nSubject: Hi\nMessage-ID: <hi@example.org>\n\nhi\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = import();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 e-mail added"),
        "{stderr}"
    );
    assert!(
        stderr.contains("it is a device") && stderr.contains("it is a FIFO"),
        "{stderr}"
    );
}

#[test]
fn a_template_that_is_a_device_or_fifo_falls_back_to_the_built_in_one() {
    let env = env();
    let templates = env.path("templates");
    std::fs::create_dir_all(&templates).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("/dev/zero", templates.join("first-follow-up.txt")).unwrap_or_else(|e| panic!("{e}"));
    mkfifo(&templates.join("reply.txt"));
    env.run(&["add", "Bob Stone", "--connected-on", "2026-11-28"]);
    let out = env
        .cmd()
        .args(["draft", "bob"])
        .timeout(PATIENCE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("first-follow-up.txt"), "{stderr}");
    assert!(stderr.contains("it is a device, not a regular file"), "{stderr}");
    assert!(stderr.contains("it is a FIFO"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bob"));
}

// 9. Bad rows: the first 20 lines, then a count; a file of only bad rows fails.

fn connections(rows: &[&str]) -> String {
    let mut text = String::from("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    text
}

#[test]
fn a_file_of_only_bad_rows_fails_and_prints_twenty_lines() {
    let env = env();
    let bad = vec![",,https://www.linkedin.com/in/nobody,,,,"; 100];
    let file = env.path("Connections.csv");
    std::fs::write(&file, connections(&bad)).unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "linkedin", path_str(&file)], 1);
    assert_eq!(stderr.matches("line ").count(), 20, "{stderr}");
    assert!(stderr.contains("… and 80 more like these (not shown)"), "{stderr}");
    assert!(
        stderr.contains("error: every row of") && stderr.contains("is bad (100 bad rows); nothing was imported"),
        "{stderr}"
    );
}

#[test]
fn some_bad_rows_are_counted_past_twenty_and_the_good_ones_imported() {
    let env = env();
    let mut rows = vec![",,https://www.linkedin.com/in/nobody,,,,"; 30];
    rows.push("Ana,Costa,https://www.linkedin.com/in/ana-costa,,Acme,CTO,28 Nov 2026");
    let file = env.path("Connections.csv");
    std::fs::write(&file, connections(&rows)).unwrap_or_else(|e| panic!("{e}"));
    let (out, stderr) = env.ok(&["import", "linkedin", path_str(&file)]);
    assert_eq!(stderr.matches("line ").count(), 20, "{stderr}");
    assert!(stderr.contains("… and 10 more like these (not shown)"), "{stderr}");
    assert!(
        out.contains("1 contact added") && out.contains("30 bad rows skipped"),
        "{out}"
    );
}

#[test]
fn a_vcard_file_of_only_bad_cards_fails() {
    let env = env();
    let file = env.path("c.vcf");
    std::fs::write(&file, "BEGIN:VCARD\nVERSION:3.0\nNOTE:no name\nEND:VCARD\n".repeat(3))
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "vcard", path_str(&file)], 1);
    assert!(
        stderr.contains("every card of") && stderr.contains("(3 bad cards)"),
        "{stderr}"
    );
}

// 10. A file is empty only when nothing follows its blank lines.

#[test]
fn long_leading_blank_lines_are_not_an_empty_file() {
    let env = env();
    let file = env.path("c.vcf");
    let text = format!(
        "{}BEGIN:VCARD\nVERSION:3.0\nFN:Ana Costa\nEND:VCARD\n",
        "\n".repeat(9000)
    );
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let out = env.run(&["import", "vcard", path_str(&file)]);
    assert!(out.contains("1 contact added"), "{out}");
    let blank = env.path("blank.vcf");
    std::fs::write(&blank, " \n".repeat(9000)).unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "vcard", path_str(&blank)], 1);
    assert!(stderr.contains("is empty"), "{stderr}");
}

// 6. A rule that would build millions of candidate starts per period.

#[test]
fn a_rule_of_every_second_of_the_year_is_refused_before_it_is_expanded() {
    let env = env();
    env.run(&["add", "Ana Costa", "--email", "ana@example.org"]);
    let every = |n: u32| (0..n).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:storm\r\nDTSTART:20260101T000000Z\r\n\
         RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR={};BYMINUTE={};BYSECOND={}\r\n\
         SUMMARY:Storm\r\nATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:weekly\r\nDTSTART:20261102T100000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n\
         SUMMARY:Sync\r\nATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        every(24),
        every(60),
        every(60)
    );
    let file = env.path("storm.ics");
    std::fs::write(&file, ics).unwrap_or_else(|e| panic!("{e}"));
    let started = std::time::Instant::now();
    let out = env
        .cmd()
        .args(["import", "calendar", path_str(&file), "--json"])
        .timeout(PATIENCE)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("event 'storm': its RRULE asks for up to 31,622,400 start times a year"),
        "{stderr}"
    );
    let summary = parse(&String::from_utf8_lossy(&out.stdout));
    // The weekly meeting, each Monday from 2 November to the window's end
    // 30 days ahead (28 December).
    assert_eq!(summary["interactions_added"], 9, "{summary}");
    assert!(started.elapsed() < Duration::from_secs(30));
}

// 4. The LinkedIn user is the person of Profile.csv even when she never wrote.

#[test]
fn the_profile_names_the_user_who_never_sent_a_message() {
    let env = env();
    let dir = env.path("export");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    write("Profile.csv", "First Name,Last Name\nPat,Example\n");
    write(
        "Connections.csv",
        &connections(&[
            "Sara,Lee,https://www.linkedin.com/in/sara-lee,,Acme,CTO,01 Nov 2026",
            "Tom,Hill,https://www.linkedin.com/in/tom-hill,,Beta,CEO,01 Nov 2026",
        ]),
    );
    // Sara writes in every conversation; Pat (the user) never answers.
    write(
        "messages.csv",
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
         c1,,Sara Lee,https://www.linkedin.com/in/sara-lee,Pat Example,https://www.linkedin.com/in/pat-example,2026-11-27 10:00:00 UTC,,Shall we talk?,INBOX\n\
         c1,,Sara Lee,https://www.linkedin.com/in/sara-lee,Pat Example,https://www.linkedin.com/in/pat-example,2026-11-28 10:00:00 UTC,,Any news?,INBOX\n",
    );
    let (_, stderr) = env.ok(&["import", "linkedin", path_str(&dir)]);
    assert!(!stderr.contains("not among your contacts"), "{stderr}");
    let sara = env.contact("sara");
    let directions: Vec<&str> = sara["interactions"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["direction"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(directions, ["in", "in"], "{sara}");
    let agenda = parse(&env.run(&["agenda", "--json"]));
    assert!(
        agenda
            .as_array()
            .is_some_and(|a| a.iter().any(|n| n["contact"] == "Sara Lee" && n["kind"] == "reply")),
        "{agenda}"
    );
}

#[test]
fn a_profile_name_in_no_message_is_not_guessed_around() {
    let env = env();
    let dir = env.path("export");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    write("Profile.csv", "First Name,Last Name\nPatricia,Example\n");
    write(
        "Connections.csv",
        &connections(&["Sara,Lee,https://www.linkedin.com/in/sara-lee,,Acme,CTO,01 Nov 2026"]),
    );
    write(
        "messages.csv",
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n\
         c1,,Sara Lee,https://www.linkedin.com/in/sara-lee,Pat Example,https://www.linkedin.com/in/pat-example,2026-11-27 10:00:00 UTC,,Shall we talk?,INBOX\n",
    );
    let stderr = env.fails(&["import", "linkedin", path_str(&dir)], 1);
    assert!(
        stderr.contains("the person of Profile.csv is in none of its messages"),
        "{stderr}"
    );
}

// 12. Config and clock.

#[test]
fn a_config_that_is_a_symlink_loop_is_an_error_not_defaults() {
    let env = env();
    let config = env.path("config.toml");
    std::fs::remove_file(&config).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&config, &config).unwrap_or_else(|e| panic!("{e}"));
    // Not named by TEND_CONFIG: the default place, where absent means defaults.
    let out = env
        .cmd()
        .env_remove("TEND_CONFIG")
        .env("XDG_CONFIG_HOME", env.path("xdg"))
        .args(["list"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(0));
    let xdg = env.path("xdg").join("tend");
    std::fs::create_dir_all(&xdg).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(xdg.join("config.toml"), xdg.join("config.toml")).unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .env_remove("TEND_CONFIG")
        .env("XDG_CONFIG_HOME", env.path("xdg"))
        .args(["list"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error: cannot read config file"), "{stderr}");
    assert!(stderr.contains("symbolic links"), "{stderr}");
}

#[test]
fn a_digest_every_second_is_refused() {
    let env = env();
    env.config("[notify]\ndigest = \"* * * * * *\"\n");
    let stderr = env.fails(&["list"], 2);
    assert!(stderr.contains("more than once a minute"), "{stderr}");
    env.config("[notify]\ndigest = \"0,30 * * * * *\"\n");
    env.fails(&["list"], 2);
    env.config("[notify]\ndigest = \"30 0 9 * * *\"\n");
    env.run(&["list"]);
}

#[test]
fn tend_now_of_spaces_is_refused() {
    let env = env();
    let out = env
        .cmd()
        .env("TEND_NOW", " ")
        .args(["list"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error: TEND_NOW"), "{stderr}");
}

#[test]
fn a_database_that_is_a_device_is_refused_and_left_alone() {
    let env = env();
    // What SQLite would leave beside the device (compared, not removed:
    // another program may have left one).
    let sides = || {
        ["/dev/null-journal", "/dev/null-wal", "/dev/null-shm"]
            .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
    };
    let before = sides();
    let out = env
        .cmd()
        .env("TEND_DB", "/dev/null")
        .args(["list"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("database '/dev/null' is not a regular file"),
        "{stderr}"
    );
    assert_eq!(sides(), before);
}

// 8. Memory does not follow the longest line.

/// `tend args` with its data (heap included) limited to `kib` KiB.
fn with_memory_limit(env: &Env, kib: u64, args: &[&str]) -> Output {
    let tend = assert_cmd::cargo::cargo_bin("tend");
    env.program(Path::new("bash"))
        .arg("-c")
        .arg(format!("ulimit -d {kib}; exec \"$0\" \"$@\""))
        .arg(tend)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("bash: {e}"))
}

/// 64 MiB of one character, on one line.
fn long_line(c: char) -> String {
    std::iter::repeat_n(c, 64 << 20).collect()
}

#[test]
fn a_one_line_mail_body_of_64_mib_imports_in_40_mib() {
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@example.org\"]\n");
    env.run(&["add", "Sara Lee", "--email", "sara@example.org"]);
    let head = |id: &str| {
        format!(
            "From sara@example.org Mon Nov  2 08:00:00 2026\nFrom: sara@example.org\nTo: me@example.org\n\
             Subject: {id}\nMessage-ID: <{id}@example.org>\n\n"
        )
    };
    let mbox = format!("{}{}\n\n{}hello\n", head("big"), long_line('x'), head("small"));
    let file = env.path("inbox.mbox");
    std::fs::write(&file, mbox).unwrap_or_else(|e| panic!("{e}"));
    let out = with_memory_limit(&env, 40 << 10, &["import", "mail", path_str(&file)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("2 e-mails added from 2 messages"),
        "{stderr}"
    );
}

#[test]
fn a_vcard_photo_of_64_mib_imports_in_40_mib_without_the_photo() {
    let env = env();
    let file = env.path("c.vcf");
    let text = format!(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Costa\nPHOTO:data:image/jpeg;base64,{}\nNOTE:met in Porto\nEND:VCARD\n",
        long_line('A')
    );
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let out = with_memory_limit(&env, 40 << 10, &["import", "vcard", path_str(&file)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(env.contact("ana")["note"], "met in Porto");
}

#[test]
fn lint_refuses_a_message_of_a_megabyte() {
    let env = env();
    let out = env
        .cmd()
        .args(["lint", "-"])
        .write_stdin("word ".repeat(200_000))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("the message is longer than 256 KiB"), "{stderr}");
}

// 13. Smaller ones.

#[test]
fn export_ics_writes_no_control_characters() {
    let env = env();
    env.run(&["add", "A\u{1b}n\u{7}a\u{85} Costa", "--connected-on", "2026-11-28"]);
    let ics = env.run(&["export", "ics"]);
    assert!(ics.contains("SUMMARY:Follow up with Ana"), "{ics}");
    let stray: Vec<char> = ics
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\r' | '\n' | '\t'))
        .collect();
    assert!(stray.is_empty(), "{stray:?} in {ics}");
    // Lines end in CRLF and nowhere else.
    assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "{ics}");
}

#[test]
fn a_backup_saved_with_a_byte_order_mark_restores() {
    let env = env();
    env.run(&["add", "Ana Costa", "--company", "Acme"]);
    let backup = env.run(&["export", "json"]);
    let other = Env::at("2026-11-30T12:00:00Z");
    let file = other.path("backup.json");
    std::fs::write(&file, format!("\u{feff}{backup}")).unwrap_or_else(|e| panic!("{e}"));
    let out = other.run(&["import", "json", path_str(&file)]);
    assert!(out.contains("Restored 1 contact"), "{out}");
    assert_eq!(other.contact("ana")["company"], "Acme");
}

// 11. Values stored without a check.

#[test]
fn a_backup_with_an_invisible_name_an_unknown_zone_or_hour_is_refused_whole() {
    let env = env();
    env.run(&["add", "Ana Costa", "--timezone", "Europe/Lisbon"]);
    env.run(&["log", "ana", "--out", "--note", "hi"]);
    let good = env.run(&["export", "json"]);
    let cases = [
        (
            good.replacen("\"name\":\"Ana Costa\"", "\"name\":\"\"", 1),
            "name is \"\"",
        ),
        (
            good.replacen("\"name\":\"Ana Costa\"", "\"name\":\"\\u200b\\u200d\"", 1),
            "not a name",
        ),
        (
            good.replacen("\"timezone\":\"Europe/Lisbon\"", "\"timezone\":\"Mars/Olympus\"", 1),
            "timezone is \"Mars/Olympus\"",
        ),
        (
            good.replacen("\"usual_hour\":null", "\"usual_hour\":99", 1),
            "usual_hour is 99, not an hour from 0 to 23",
        ),
        (
            good.replacen("\"nudge_kind\":null", "\"nudge_kind\":\"serenade\"", 1),
            "nudge_kind is \"serenade\"",
        ),
    ];
    for (i, (text, why)) in cases.iter().enumerate() {
        assert_ne!(text, &good, "case {i} changed nothing");
        let fresh = Env::at("2026-11-30T12:00:00Z");
        let file = fresh.path("backup.json");
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        let stderr = fresh.fails(&["import", "json", path_str(&file)], 1);
        assert!(stderr.contains(why), "case {i}: {stderr}");
        assert!(stderr.contains("nothing was imported"), "case {i}: {stderr}");
    }
}

#[test]
fn linkedin_names_and_addresses_are_checked() {
    let env = env();
    let file = env.path("Connections.csv");
    std::fs::write(
        &file,
        connections(&[
            "\u{200b},\u{200c},https://www.linkedin.com/in/ghost,,,,01 Nov 2026",
            "Ana,Costa,https://www.linkedin.com/in/ana,not an email <script>,Acme,CTO,01 Nov 2026",
        ]),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stderr) = env.ok(&["import", "linkedin", path_str(&file)]);
    assert!(
        out.contains("1 contact added") && out.contains("1 bad row skipped"),
        "{out}"
    );
    assert!(
        stderr.contains("line 2: '\u{200b} \u{200c}': no name (only spaces or invisible characters)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: 'not an email <script>': not an e-mail address; the contact is imported without it"),
        "{stderr}"
    );
    let ana = env.contact("ana");
    assert_eq!(ana["emails"], serde_json::json!([]), "{ana}");
}

#[test]
fn a_two_line_vcard_name_is_one_line() {
    let env = env();
    let file = env.path("c.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\\nCosta\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:\u{200b}\nEND:VCARD\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stderr) = env.ok(&["import", "vcard", path_str(&file)]);
    assert!(
        out.contains("1 contact added") && out.contains("1 bad card skipped"),
        "{out}"
    );
    assert!(
        stderr.contains("no name (only spaces or invisible characters)"),
        "{stderr}"
    );
    assert_eq!(env.contact("ana")["name"], "Ana Costa");
}

// 11. What a vCard holds that tend leaves out is said (the faults run found
// `not an email <script>` stored, and a birth year 0, a `javascript:` URL and
// a zone on Mars dropped without a word).

#[test]
fn a_vcard_value_left_out_is_said_and_the_contact_kept() {
    let env = env();
    let file = env.path("c.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Costa\nEMAIL:not an email <script>\nEMAIL:ana@example.org\n\
         URL:javascript:alert(1)\nTZ:Mars/Olympus\nBDAY:00000101\nEND:VCARD\n\
         BEGIN:VCARD\nVERSION:3.0\nFN:Bo Lee\nX-SOCIALPROFILE;type=twitter:x-apple:bolee\n\
         URL:https://bo.example\nBDAY:1979-02-14\nTZ:Europe/Paris\nEND:VCARD\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stderr) = env.ok(&["import", "vcard", path_str(&file)]);
    assert!(
        out.contains("2 contacts added") && out.contains("0 bad cards skipped"),
        "{out}"
    );
    for line in [
        "line 1: 'not an email <script>': not an e-mail address; the contact is imported without it (in c.vcf)",
        "line 1: 'javascript:alert(1)': not a web address (https://...); the contact is imported without it",
        "line 1: 'Mars/Olympus': not a time zone tend knows (like Europe/Lisbon); the contact is imported without it",
        "line 1: '0': a birth year must be from 1900 to 2200; the contact is imported without the birthday",
    ] {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
    // Bo's card is clean: a social profile that is a user name is no finding.
    assert_eq!(stderr.lines().count(), 4, "{stderr}");
    let ana = env.contact("ana");
    assert_eq!(ana["email"], "ana@example.org");
    assert!(
        ana["url"].is_null() && ana["timezone"].is_null() && ana["birthday"].is_null(),
        "{ana}"
    );
    let bo = env.contact("bo");
    assert_eq!(
        (&bo["url"], &bo["birthday"], &bo["timezone"]),
        (
            &"https://bo.example".into(),
            &"1979-02-14".into(),
            &"Europe/Paris".into()
        )
    );
}

#[test]
fn calendar_files_cut_short_odd_rules_zones_and_dates_are_reported() {
    let env = env();
    env.run(&["add", "Ana Costa", "--email", "ana@example.org"]);
    let event = |uid: &str, lines: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n{lines}\r\nSUMMARY:S\r\n\
             ATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\n"
        )
    };
    let import = |name: &str, text: String| {
        let file = env.path(name);
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        env.output(&["import", "calendar", path_str(&file)])
    };
    let cut = import("cut.ics", event("cut", "DTSTART:20261119T100000Z"));
    assert_eq!(cut.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&cut.stderr).contains("cut.ics: it ends before END:VCALENDAR"));
    for (name, lines, said) in [
        (
            "freq",
            "DTSTART:20261120T100000Z\r\nRRULE:FREQ=FORTNIGHTLY",
            "event 'freq': its RRULE 'FREQ=FORTNIGHTLY' is not a rule tend can read",
        ),
        (
            "feb",
            "DTSTART:20260230T100000Z",
            "event 'feb': its DTSTART is not a real date (2026-02-30)",
        ),
        (
            "mars",
            "DTSTART;TZID=Mars/Olympus:20261120T100000",
            "event 'mars': zone 'Mars/Olympus' is not one tend knows; its times are read in yours (Europe/Lisbon)",
        ),
    ] {
        let out = import(&format!("{name}.ics"), event(name, lines) + "END:VCALENDAR\r\n");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{name}: {stderr}");
        assert!(stderr.contains(said), "{name}: {stderr}");
    }
    // The file cut short and the event in an unknown zone are kept, this at
    // 10:00 in Lisbon.
    let ana = env.contact("ana");
    let at: Vec<String> = support::timeline(&ana).into_iter().map(|t| t.0).collect();
    assert_eq!(at, ["2026-11-19T10:00:00+00:00", "2026-11-20T10:00:00+00:00"], "{ana}");
}

// 11. Found by the faults run: a meeting in the year 0 stored as such, and
// a rule every second cut at 100,000 meetings, each without a word.

#[test]
fn a_meeting_in_the_year_0_and_a_series_cut_short_are_said() {
    let env = env();
    env.run(&["add", "Ana Costa", "--email", "ana@example.org"]);
    let import = |name: &str, lines: &str| {
        let file = env.path(&format!("{name}.ics"));
        let text = format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{name}\r\n{lines}\r\nSUMMARY:S\r\n\
             ATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
        let out = env.output(&["import", "calendar", path_str(&file)]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(0), "{name}: {stderr}");
        (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
    };
    let (out, err) = import("year0", "DTSTART:00000101T100000Z");
    assert!(
        err.contains("event 'year0': its DTSTART is in the year 0 (tend reads 1900 to 2200); skipped"),
        "{err}"
    );
    assert!(out.contains("0 meetings added"), "{out}");
    let (out, err) = import(
        "secondly",
        "DTSTART:20261123T100000Z\r\nRRULE:FREQ=SECONDLY;COUNT=1000000000",
    );
    assert!(
        err.contains("event 'secondly': its rule repeats more than 100,000 times; only the first 100,000 were read"),
        "{err}"
    );
    assert!(out.contains("100,000 meetings added"), "{out}");
    // A yearly series that began long ago still counts in the window.
    let (out, err) = import("birthday", "DTSTART;VALUE=DATE:18991201\r\nRRULE:FREQ=YEARLY");
    assert!(out.contains("3 meetings added"), "{out}\n{err}");
}

#[test]
fn loose_modes_on_the_data_folder_and_database_are_tightened_and_said_once() {
    use std::os::unix::fs::PermissionsExt;
    let env = env();
    let xdg = env.path("xdg-data");
    let run = || {
        let out = env
            .cmd()
            .env_remove("TEND_DB")
            .env("XDG_DATA_HOME", &xdg)
            .args(["list"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // What `list` says on an empty database, and nothing else.
    let quiet = run();
    assert!(!quiet.contains("note:"), "{quiet}");
    let (dir, db) = (xdg.join("tend"), xdg.join("tend").join("tend.db"));
    let mode = |p: &Path| {
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0)
    };
    assert_eq!((mode(&dir), mode(&db)), (0o700, 0o600));
    for (p, m) in [(&dir, 0o755), (&db, 0o644)] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap_or_else(|e| panic!("{e}"));
    }
    let said = run();
    assert!(
        said.contains(&format!(
            "note: '{}' could be read by other users (mode 755); it is now 700",
            dir.display()
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "note: '{}' could be read by other users (mode 644); it is now 600",
            db.display()
        )),
        "{said}"
    );
    assert_eq!((mode(&dir), mode(&db)), (0o700, 0o600));
    assert_eq!(run(), quiet, "said once");
}

#[test]
fn mail_and_calendars_of_nothing_readable_fail() {
    let env = ana_with_mail();
    let mbox = env.path("inbox.mbox");
    std::fs::write(
        &mbox,
        "From x Mon Nov  2 08:00:00 2026\nnot a header\n\nFrom y Mon Nov  2 08:00:00 2026\n\n".repeat(30),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "mail", path_str(&mbox)], 1);
    assert!(
        stderr.contains("is unreadable (60 messages); nothing was imported"),
        "{stderr}"
    );
    assert!(stderr.contains("… and 40 more like these (not shown)"), "{stderr}");
    let vdir = env.path("cal");
    std::fs::create_dir_all(&vdir).unwrap_or_else(|e| panic!("{e}"));
    for name in ["a.ics", "b.ics"] {
        std::fs::write(vdir.join(name), "not a calendar\n").unwrap_or_else(|e| panic!("{e}"));
    }
    let stderr = env.fails(&["import", "calendar", path_str(&vdir)], 1);
    assert!(
        stderr.contains("could be read (2 skipped); nothing was imported"),
        "{stderr}"
    );
}

/// Runs tend as a user that folder modes apply to: root reads anything, so
/// as root (CI) it runs as `nobody`, through `setpriv`.
fn as_plain_user(env: &Env, args: &[&str]) -> Output {
    let tend = assert_cmd::cargo::cargo_bin("tend");
    let uid = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap_or_else(|e| panic!("id: {e}"));
    let mut cmd = if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        let mut c = env.program(Path::new("setpriv"));
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(tend);
        c
    } else {
        env.program(&tend)
    };
    cmd.args(args).output().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn an_unreadable_sub_folder_is_skipped_not_the_whole_import() {
    use std::os::unix::fs::PermissionsExt;
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@example.org\"]\n");
    let open = |p: &Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("{e}"))
    };
    open(env.dir.path(), 0o777);
    let out = as_plain_user(&env, &["add", "Ana Costa", "--email", "ana@example.org"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let mkdir = |p: &Path| std::fs::create_dir_all(p).unwrap_or_else(|e| panic!("{e}"));
    let write = |p: &Path, text: &str| std::fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));

    let event = |uid: &str, day: u32| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:202611{day}T100000Z\r\n\
             SUMMARY:S\r\nATTENDEE:mailto:ana@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    let cal = env.path("cal");
    for sub in ["work", "secret"] {
        mkdir(&cal.join(sub));
    }
    write(&cal.join("work").join("a.ics"), &event("a", 19));
    write(&cal.join("secret").join("b.ics"), &event("b", 20));
    open(&cal.join("secret"), 0o000);
    let out = as_plain_user(&env, &["import", "calendar", path_str(&cal)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("secret/: cannot read this folder"), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 meeting added"),
        "{stderr}"
    );

    let mail = env.path("Mail");
    for sub in ["cur", "new", ".Sent/cur", ".Sent/new", ".Private/cur"] {
        mkdir(&mail.join(sub));
    }
    let message = |id: &str| {
        format!("From: ana@example.org\nTo: me@example.org\nSubject: {id}\nMessage-ID: <{id}@example.org>\n\nhi\n")
    };
    write(&mail.join("new").join("1780000000.M1P1.host"), &message("one"));
    write(
        &mail.join(".Private/cur").join("1780000001.M1P1.host:2,S"),
        &message("two"),
    );
    open(&mail.join(".Private"), 0o000);
    let out = as_plain_user(&env, &["import", "mail", path_str(&mail)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains(".Private: cannot read this folder"), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 e-mail added"),
        "{stderr}"
    );
    // Let the temporary folder go.
    open(&cal.join("secret"), 0o755);
    open(&mail.join(".Private"), 0o755);
}

// 11. Dates of year 0 or 9999 typed on the command line.

#[test]
fn a_date_of_year_0_or_9999_is_refused_with_the_years_tend_reads() {
    let env = env();
    env.run(&["add", "Ann Lee"]);
    for args in [
        &["add", "Bo Lee", "--connected-on", "0000-01-01"][..],
        &["add", "Bo Lee", "--birthday", "9999-02-28"],
        &["edit", "ann", "--connected-on", "9999-12-31"],
        &["log", "ann", "--in", "--at", "0001-01-01T10:00:00Z"],
        &["log", "ann", "--in", "--at", "0000-06-01"],
    ] {
        let err = env.fails(args, 2);
        let value = args[args.len() - 1];
        assert!(
            err.contains(&format!("invalid date '{value}': the year must be from 1900 to 2200")),
            "tend {args:?}: {err}"
        );
    }
    // A birthday without a year, and dates within the years, still do.
    env.run(&["add", "Bo Lee", "--birthday", "02-29", "--connected-on", "1999-12-31"]);
    // `stats --since` is a DATE on the command line like the others (the
    // faults run of issue 27 found "Since Sat 1 Jan 0000").
    for since in ["0000-01-01", "9999-12-31"] {
        let err = env.fails(&["stats", "--since", since], 2);
        assert!(
            err.contains(&format!("invalid date '{since}': the year must be from 1900 to 2200")),
            "{err}"
        );
    }
    assert!(
        env.run(&["stats", "--since", "2026-01-01"])
            .starts_with("Since Thu 1 Jan 2026")
    );
}

// 11. A name typed on the command line is checked as an imported one is: a
// blank of invisible characters, or a second line, would be listed as such.

#[test]
fn a_typed_name_of_invisible_characters_or_two_lines_is_refused() {
    let env = env();
    env.run(&["add", "Ann Lee"]);
    for name in ["\u{200b}\u{200d}", "\u{feff} \u{202e}"] {
        let err = env.fails(&["add", name], 2);
        assert!(
            err.contains("has nothing to show: a name needs a visible character"),
            "{err}"
        );
        env.fails(&["edit", "ann", "--name", name], 2);
    }
    for name in ["Bo\nLee", "Bo\r\nLee"] {
        let err = env.fails(&["add", name], 2);
        assert!(err.contains("a name is one line: remove the line break"), "{err}");
        env.fails(&["edit", "ann", "--name", name], 2);
    }
    // Letters of any script, and a name with a joiner among them, still do.
    env.run(&["add", "李 小龍"]);
    env.run(&["add", "Anna\u{200d}Maria"]);
    let names: Vec<String> = env.json(&["list", "--json"]).as_array().map_or_else(Vec::new, |a| {
        a.iter().filter_map(|c| c["name"].as_str().map(String::from)).collect()
    });
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.contains(&"Ann Lee".to_string()), "{names:?}");
}

// 11. A profile URL that "Open profile" must not open.

#[test]
fn a_profile_url_that_is_no_web_address_is_refused() {
    let env = env();
    env.run(&["add", "Ann Lee", "--url", "https://www.linkedin.com/in/ann-lee"]);
    for url in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "JavaScript://%0aalert(1)",
        "https://",
    ] {
        let err = env.fails(&["add", "Bo Lee", "--url", url], 2);
        assert!(
            err.contains("expected a web address starting with https:// (or http://)"),
            "{url}: {err}"
        );
        env.fails(&["edit", "ann", "--url", url], 2);
    }
    assert_eq!(env.contact("Ann Lee")["url"], "https://www.linkedin.com/in/ann-lee");
}

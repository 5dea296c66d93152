//! `tend import mail`: real mbox files and Maildirs written here, imported
//! by the binary, then read back with `show` and `agenda`.

use crate::support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use support::{Env, path_str, timeline};

const NOW: &str = "2026-11-04T10:00:00Z";
const USER: &str = "[user]\ntimezone = \"Europe/Lisbon\"\nemails = [\"me@example.org\", \"Me@Work.example\"]\n";

fn env() -> Env {
    let env = Env::at(NOW);
    env.config(USER);
    env.ok(&[
        "add",
        "Sara Lee",
        "--email",
        "sara@northwind.example",
        "--email",
        "Sara.Lee@Home.example",
        "--cadence",
        "none",
    ]);
    env.ok(&["add", "Ben Ode", "--email", "ben@tailspin.example", "--cadence", "none"]);
    env
}

/// A message's text: the headers given (one per line), a blank line, a body.
fn message(headers: &[&str], body: &str) -> String {
    format!("{}\n\n{body}\n", headers.join("\n"))
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// An empty Maildir (cur/, new/, tmp/) at `dir`.
fn maildir(dir: &Path) -> PathBuf {
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap_or_else(|e| panic!("mkdir: {e}"));
    }
    dir.to_path_buf()
}

fn kinds(agenda: &Value) -> Vec<(String, String)> {
    agenda
        .as_array()
        .unwrap_or_else(|| panic!("{agenda}"))
        .iter()
        .map(|n| {
            (
                n["contact"].as_str().unwrap_or_default().to_string(),
                n["kind"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Sara writes (subject in a MIME encoded word, a body with `>From `
/// escaping); the reply nudge comes. The user answers by e-mail, from a
/// message without a Date (its mbox separator line dates it): the nudge is
/// moot. Importing the same file again adds nothing.
#[test]
fn an_mbox_reply_makes_the_reply_nudge_moot_and_a_reimport_adds_nothing() {
    let env = env();
    let inbound = message(
        &[
            "From: =?UTF-8?Q?Sara_L=C3=A9e?= <SARA.LEE@home.example>",
            "To: Me <me@example.org>",
            "Subject: =?UTF-8?Q?Caf=C3=A9_next_week=3F?=",
            "Date: Mon, 02 Nov 2026 09:00:00 +0100",
            "Message-ID: <a1@northwind.example>",
        ],
        "Hi!\n>From the desk of Sara: shall we meet?\n>>From quoted text\nFrom here on, a line nobody escaped.",
    );
    let first = env.path("first.mbox");
    write(
        &first,
        &format!("From sara.lee@home.example Mon Nov  2 08:00:05 2026\n{inbound}\n"),
    );
    let (out, err) = env.ok(&["import", "mail", path_str(&first)]);
    assert_eq!(
        out,
        format!("Imported from '{}': 1 e-mail added from 1 message.\n", first.display())
    );
    assert_eq!(err, "");
    let agenda = env.json(&["agenda", "--days", "3", "--json"]);
    assert_eq!(kinds(&agenda), [("Sara Lee".to_string(), "reply".to_string())]);

    let reply = message(
        &[
            "From: Me <me@work.EXAMPLE>",
            "To: Sara Lee <sara@northwind.example>",
            "Cc: Ben Ode <ben@tailspin.example>, someone@else.example",
            "Subject: Re: =?UTF-8?Q?Caf=C3=A9_next_week=3F?=",
            "Message-ID: <b2@work.example>",
            "In-Reply-To: <a1@northwind.example>",
        ],
        "Sure, Thursday.",
    );
    let both = env.path("both.mbox");
    write(
        &both,
        &format!(
            "From sara.lee@home.example Mon Nov  2 08:00:05 2026\n{inbound}\n\
             From me@work.example Tue Nov 03 18:30:00 +0100 2026\n{reply}\n"
        ),
    );
    let (out, _) = env.ok(&["import", "mail", path_str(&both)]);
    assert_eq!(
        out,
        format!(
            "Imported from '{}': 2 e-mails added from 2 messages (1 already imported).\n",
            both.display()
        )
    );
    let sara = env.contact("Sara");
    assert_eq!(
        timeline(&sara),
        [
            (
                "2026-11-02T08:00:00+00:00".to_string(),
                "in".to_string(),
                "email".to_string(),
                "Café next week?".to_string()
            ),
            (
                "2026-11-03T17:30:00+00:00".to_string(),
                "out".to_string(),
                "email".to_string(),
                "Re: Café next week?".to_string()
            ),
        ]
    );
    assert_eq!(sara["next"], Value::Null, "{sara}");
    // Ben was copied: the message counts for him too, once.
    let ben = env.contact("Ben");
    assert_eq!(timeline(&ben).len(), 1, "{ben}");
    assert_eq!(kinds(&env.json(&["agenda", "--days", "3", "--json"])), []);

    let before = env.snapshot();
    let (out, _) = env.ok(&["import", "mail", path_str(&both)]);
    assert!(
        out.contains(": 0 e-mails added from 2 messages (3 already imported)."),
        "{out}"
    );
    assert_eq!(before, env.snapshot());
}

/// A Maildir as mbsync keeps it: flags in the file names, a message moved
/// from new/ to cur/ on a second import, and every kind of mail that is
/// skipped and counted.
#[test]
fn a_maildir_skips_lists_automatic_mass_mail_and_drafts_and_counts_them() {
    let env = env();
    let md = maildir(&env.path("Mail/INBOX"));
    let from_sara = |id: &str, extra: &[&str]| {
        let mut h = vec![
            "From: Sara Lee <sara@northwind.example>".to_string(),
            "To: me@example.org".to_string(),
            "Date: Tue, 3 Nov 2026 11:00:00 +0000".to_string(),
            format!("Subject: about {id}"),
            format!("Message-ID: <{id}@northwind.example>"),
        ];
        h.extend(extra.iter().map(|s| s.to_string()));
        message(&h.iter().map(String::as_str).collect::<Vec<_>>(), "body")
    };
    write(
        &md.join("cur/1762160000.M1P1.host,S=100:2,S"),
        &from_sara("seen", &["Auto-Submitted: no"]),
    );
    write(&md.join("new/1762160001.M2P1.host"), &from_sara("new", &[]));
    write(
        &md.join("cur/1762160002.M3P1.host:2,RS"),
        &from_sara("list", &["List-Id: Rust users <users.rust.example>"]),
    );
    write(
        &md.join("cur/1762160003.M4P1.host:2,S"),
        &from_sara("ooo", &["Auto-Submitted: auto-replied"]),
    );
    write(
        &md.join("cur/1762160004.M5P1.host:2,S"),
        &from_sara("bulk", &["Precedence: bulk"]),
    );
    let many: Vec<String> = (0..10).map(|i| format!("p{i}@example.org")).collect();
    write(
        &md.join("cur/1762160005.M6P1.host:2,S"),
        &from_sara("mass", &[&format!("Cc: {}", many.join(", "))]),
    );
    write(
        &md.join("cur/1762160006.M7P1.host:2,DS"),
        &message(
            &[
                "From: me@example.org",
                "To: sara@northwind.example",
                "Subject: not sent yet",
                "Message-ID: <draft@example.org>",
            ],
            "draft",
        ),
    );
    write(
        &md.join("cur/1762160007.M8P1.host:2,S"),
        &message(
            &[
                "From: stranger@else.example",
                "To: me@example.org",
                "Message-ID: <x@else.example>",
            ],
            "hi",
        ),
    );
    write(&md.join("cur/1762160008.M9P1.host:2,S"), "\u{1}\u{2} not mail at all");
    // tmp/ holds a delivery not finished: never read.
    write(&md.join("tmp/1762160009.M10P1.host"), &from_sara("tmp", &[]));

    let out = env.output(&["import", "mail", path_str(&md), "--json"]);
    assert!(out.status.success());
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!(
            "{}: no sender address (From) in it",
            md.join("cur/1762160008.M9P1.host:2,S").display()
        )
    );
    let count = |k: &str| summary[k].as_u64().unwrap_or_else(|| panic!("{k} in {summary}"));
    assert_eq!(count("messages"), 9);
    assert_eq!(count("interactions_added"), 2);
    assert_eq!(count("mailing_lists"), 1);
    assert_eq!(count("automatic"), 2);
    assert_eq!(count("mass_mail"), 1);
    assert_eq!(count("drafts"), 1);
    assert_eq!(count("not_contacts"), 1);
    assert_eq!(count("unreadable"), 1);
    let mut notes: Vec<String> = timeline(&env.contact("Sara")).into_iter().map(|t| t.3).collect();
    notes.sort();
    assert_eq!(notes, ["about new", "about seen"]);

    // The mail client reads the new message: it moves to cur/ with a flag.
    std::fs::rename(
        md.join("new/1762160001.M2P1.host"),
        md.join("cur/1762160001.M2P1.host:2,S"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, _) = env.ok(&["import", "mail", path_str(&md)]);
    assert!(out.contains(": 0 e-mails added from 9 messages (2 already imported); left out 1 not with a contact, 1 from mailing lists, 2 automatic, 1 to more than 10 recipients, 1 unsent drafts, 1 unreadable."), "{out}");
}

/// A folder of Maildirs (INBOX, Sent, a Maildir++ subfolder): a message
/// kept both in Sent and in a copy to self counts once.
#[test]
fn a_folder_of_maildirs_is_read_whole_and_each_message_counts_once() {
    let env = env();
    let root = env.path("Mail");
    let sent = message(
        &[
            "From: me@example.org",
            "To: Ben Ode <Ben@Tailspin.example>",
            "Bcc: me@example.org",
            "Subject: The deck",
            "Date: Sun, 1 Nov 2026 20:00:00 +0000",
            "Message-ID: <deck@example.org>",
        ],
        "attached",
    );
    write(&maildir(&root.join("Sent")).join("cur/1.a.host:2,S"), &sent);
    write(&maildir(&root.join("INBOX")).join("cur/2.b.host:2,S"), &sent);
    write(
        &maildir(&root.join("INBOX/.Clients")).join("new/3.c.host"),
        &message(
            &[
                "From: Ben <ben@tailspin.example>",
                "To: me@example.org",
                "Subject: Thanks!",
                "Date: Mon, 2 Nov 2026 08:00:00 +0000",
            ],
            "no Message-ID here",
        ),
    );
    let (out, _) = env.ok(&["import", "mail", path_str(&root)]);
    assert!(
        out.contains(": 2 e-mails added from 3 messages (1 already imported)."),
        "{out}"
    );
    let ben = env.contact("Ben");
    let t = timeline(&ben);
    assert_eq!(t.len(), 2, "{ben}");
    assert_eq!((t[0].1.as_str(), t[0].3.as_str()), ("out", "The deck"));
    assert_eq!((t[1].1.as_str(), t[1].3.as_str()), ("in", "Thanks!"));
    // Without a Message-ID the headers make the key: again, nothing new.
    let (out, _) = env.ok(&["import", "mail", path_str(&root)]);
    assert!(out.contains(": 0 e-mails added"), "{out}");
}

#[test]
fn without_user_emails_it_is_refused_naming_the_key() {
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\n");
    let mbox = env.path("a.mbox");
    write(
        &mbox,
        "From a Mon Nov  2 08:00:05 2026\nFrom: sara@northwind.example\n\nhi\n",
    );
    let err = env.fails(&["import", "mail", path_str(&mbox)], 2);
    assert!(err.contains("'user.emails'"), "{err}");
}

#[test]
fn what_is_not_mail_is_one_error_and_nothing_is_written() {
    let env = env();
    let csv = env.path("contacts.csv");
    write(&csv, "First Name,Last Name\nSara,Lee\n");
    let err = env.fails(&["import", "mail", path_str(&csv)], 1);
    assert!(err.contains("is not an mbox file"), "{err}");
    let empty = env.path("empty");
    std::fs::create_dir_all(&empty).unwrap_or_else(|e| panic!("{e}"));
    let err = env.fails(&["import", "mail", path_str(&empty)], 1);
    assert!(err.contains("neither a Maildir"), "{err}");
    let err = env.fails(&["import", "mail", path_str(&env.path("nowhere"))], 1);
    assert!(err.contains("nowhere"), "{err}");
    // Contacts are never created from mail: there is no cadence to give them.
    let err = env.fails(&["import", "mail", path_str(&csv), "--cadence", "3w"], 2);
    assert!(err.contains("unexpected argument '--cadence'"), "{err}");
}

/// With --strict, one unreadable message imports nothing: the import is
/// one transaction.
#[test]
fn strict_imports_nothing_when_a_message_is_unreadable() {
    let env = env();
    let md = maildir(&env.path("md"));
    write(
        &md.join("cur/1.a:2,S"),
        &message(
            &["From: sara@northwind.example", "To: me@example.org", "Subject: hi"],
            "x",
        ),
    );
    write(&md.join("cur/2.b:2,S"), "");
    let err = env.fails(&["import", "mail", path_str(&md), "--strict"], 1);
    assert!(
        err.contains("1 message is unreadable (--strict); nothing was imported"),
        "{err}"
    );
}

/// The backup carries every address and every captured message's key: a
/// restored database gains nothing from the same mail again.
#[test]
fn a_restored_backup_keeps_the_addresses_and_gains_nothing_from_the_same_mail() {
    let env = env();
    let mbox = env.path("a.mbox");
    write(
        &mbox,
        &format!(
            "From x Mon Nov  2 08:00:05 2026\n{}",
            message(
                &[
                    "From: sara.lee@home.example",
                    "To: me@example.org",
                    "Subject: hello",
                    "Message-ID: <h@home.example>",
                ],
                "hi",
            )
        ),
    );
    env.ok(&["import", "mail", path_str(&mbox)]);
    let backup = env.run(&["export", "json"]);
    let file = env.path("backup.json");
    write(&file, &backup);

    let other = Env::at(NOW);
    other.config(USER);
    other.ok(&["import", "json", path_str(&file)]);
    let sara = other.contact("Sara");
    assert_eq!(
        sara["emails"],
        serde_json::json!(["sara@northwind.example", "Sara.Lee@Home.example"])
    );
    let (out, _) = other.ok(&["import", "mail", path_str(&mbox)]);
    assert!(
        out.contains(": 0 e-mails added from 1 message (1 already imported)."),
        "{out}"
    );
    assert_eq!(other.run(&["export", "json"]), backup);
}

#[test]
fn email_repeats_on_add_and_edit() {
    let env = env();
    let sara = env.contact("Sara");
    assert_eq!(sara["email"], "sara@northwind.example");
    assert_eq!(
        sara["emails"],
        serde_json::json!(["sara@northwind.example", "Sara.Lee@Home.example"])
    );
    let shown = env.run(&["show", "Sara"]);
    assert!(
        shown.contains("email        sara@northwind.example, Sara.Lee@Home.example"),
        "{shown}"
    );
    // Edit replaces the list; the same address in another case is kept once.
    let edited = env.json(&[
        "edit",
        "Sara",
        "--email",
        "sara@lumen.example",
        "--email",
        "SARA@lumen.example",
        "--json",
    ]);
    assert_eq!(edited["email"], "sara@lumen.example");
    assert_eq!(edited["emails"], serde_json::json!(["sara@lumen.example"]));
    let listed = env.contacts();
    assert_eq!(listed[0]["emails"], serde_json::json!(["sara@lumen.example"]));
    let cleared = env.json(&["edit", "Sara", "--email", "", "--json"]);
    assert_eq!(cleared["email"], Value::Null);
    assert_eq!(cleared["emails"], serde_json::json!([]));
    let err = env.fails(&["add", "Mei", "--email", "mei at example.org"], 2);
    assert!(
        err.contains("'mei at example.org'") && err.contains("name@example.org"),
        "{err}"
    );
}

/// The import is one transaction: killed half-way, with messages read and
/// recorded and the rest still to come, it leaves the database as it was,
/// and the same mail then imports whole. (A named pipe, which once held the
/// import half-way, is no longer read: only regular files are. The import is
/// caught inside its transaction instead, by the write lock it holds.)
#[test]
fn a_kill_mid_import_leaves_the_database_as_it_was() {
    let env = env();
    let count = 40_000;
    let messages: String = (0..count)
        .map(|i| {
            format!(
                "From sara@northwind.example Mon Nov  2 08:00:00 2026\n{}\n",
                message(
                    &[
                        "From: sara@northwind.example",
                        "To: me@example.org",
                        &format!("Subject: note {i}"),
                        &format!("Message-ID: <{i}@northwind.example>"),
                    ],
                    "a body of a few words",
                )
            )
        })
        .collect();
    let before = env.snapshot();
    let file = env.path("inbox.mbox");
    write(&file, &messages);
    let mut child = env
        .std_cmd()
        .args(["import", "mail", path_str(&file)])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    // Another connection cannot start writing while the import's
    // transaction is open.
    let probe = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
    probe
        .busy_timeout(std::time::Duration::ZERO)
        .unwrap_or_else(|e| panic!("{e}"));
    let writing = || probe.execute_batch("BEGIN IMMEDIATE; ROLLBACK;").is_err();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !writing() {
        assert!(
            child.try_wait().unwrap_or_else(|e| panic!("{e}")).is_none(),
            "the import ended before it could be caught in its transaction"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the import wrote nothing in two minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let stopped = std::process::Command::new("kill")
        .args(["-STOP", &child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("kill -STOP: {e}"));
    assert!(stopped.success());
    assert!(
        writing(),
        "the import committed before it was stopped: give it more messages"
    );
    child.kill().unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(!child.wait().unwrap_or_else(|e| panic!("wait: {e}")).success());
    drop(probe);
    assert_eq!(before, env.snapshot(), "the killed import left changes behind");

    let (out, _) = env.ok(&["import", "mail", path_str(&file)]);
    assert!(out.contains(": 40,000 e-mails added from 40,000 messages."), "{out}");
}

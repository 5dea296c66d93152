//! `tend import linkedin`, end to end: every export variant of cli.md from
//! synthetic fixtures (invented people), what the user sees on stdout and
//! stderr, and what lands in the database.

use crate::support;

use serde_json::Value;
use std::io::Write;
use support::{Env, fixture, folder, names, path_str, timeline};

fn t(at: &str, dir: &str, ch: &str, note: &str) -> (String, String, String, String) {
    (at.into(), dir.into(), ch.into(), note.into())
}

#[test]
fn current_export_folder_gives_contacts_messages_and_connection_notes() {
    let env = Env::new();
    let (stdout, stderr) = env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    assert_eq!(
        stdout,
        "Imported from Connections.csv, Invitations.csv, messages.csv: 4 contacts added, 0 updated, \
         8 interactions added, 3 bad rows skipped.\n\
         Left out 2 messages or invitations with people who are not among your contacts; 1 sponsored message; \
         1 unsent draft.\n"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with("line 10: '31 Feb 2024': not a date; expected a date like '16 Dec 2024'"),
        "{stderr}"
    );
    assert!(lines[0].ends_with("(in Connections.csv)"), "{stderr}");
    assert_eq!(
        lines[1],
        "line 11: 'https://www.linkedin.com/in/nobody-example': no name (First Name and Last Name are empty) \
         (in Connections.csv)"
    );
    assert!(
        lines[2].starts_with("line 11: 'yesterday': not a date and time"),
        "{stderr}"
    );
    assert!(lines[2].ends_with("(in messages.csv)"), "{stderr}");

    let contacts = env.contacts();
    assert_eq!(
        names(&contacts),
        ["Sara Lee", "José García", "Omar Haddad", "Mei Tanaka"]
    );
    let jose = &contacts[1];
    // Percent-encoded URL decoded; a quoted comma kept; no e-mail in the export.
    assert_eq!(jose["url"], "https://www.linkedin.com/in/josé-garcía-example");
    assert_eq!(jose["company"], "Contoso, Ltd.");
    assert_eq!(jose["email"], Value::Null);
    assert_eq!(jose["connected_on"], "2023-03-03");
    // A company cell with a line break in it.
    assert_eq!(contacts[3]["company"], "Fabrikam Labs");
    // Imported contacts get no check-ins unless --cadence says so.
    assert!(contacts.iter().all(|c| c["cadence"] == "none"), "{contacts:?}");
    assert_eq!(contacts[0]["email"], "sara@northwind.example");
    assert_eq!(contacts[0]["role"], "Head of Research");
    // The trailing slash of Omar's URL is not part of his key.
    assert_eq!(contacts[2]["url"], "https://www.linkedin.com/in/omar-haddad-example");

    assert_eq!(
        timeline(&env.contact("Sara")),
        [
            // The old export's "12/15/24, 6:14 PM" on the user's clock (Lisbon, UTC in winter).
            t(
                "2024-12-15T18:14:00+00:00",
                "out",
                "note",
                "Hi Sara, great talk on CRDTs today!"
            ),
            t(
                "2024-12-17T10:00:00+00:00",
                "in",
                "message",
                "Great to meet you at the meetup, let's talk about CRDTs."
            ),
            t(
                "2024-12-17T12:00:00+00:00",
                "out",
                "message",
                "Likewise, Sara! How about a call next week?"
            ),
            t(
                "2025-02-01T14:00:00+00:00",
                "out",
                "message",
                "Who is bringing the projector?"
            ),
        ]
    );
    assert_eq!(
        timeline(&env.contact("José")),
        [t(
            "2025-01-05T09:30:00+00:00",
            "in",
            "message",
            "Hola Pat,\nthanks for the intro, really. Are you still hiring Rust people?"
        )]
    );
    // The group conversation: your message reached both; Omar's answer is his.
    assert_eq!(
        timeline(&env.contact("Omar")),
        [
            t(
                "2025-02-01T14:00:00+00:00",
                "out",
                "message",
                "Who is bringing the projector?"
            ),
            t("2025-02-01T15:00:00+00:00", "in", "message", "I will."),
        ]
    );
    // Their invitation's note, on Lisbon's summer clock.
    assert_eq!(
        timeline(&env.contact("Mei")),
        [t(
            "2021-06-04T09:02:00+01:00",
            "in",
            "note",
            "Hello from the climbing gym"
        )]
    );
}

#[test]
fn json_summary_counts_what_was_left_out_and_names_the_user() {
    let env = Env::new();
    let v = env.json(&["import", "linkedin", path_str(&fixture("linkedin-2025")), "--json"]);
    assert_eq!(v["contacts_added"], 4);
    assert_eq!(v["contacts_updated"], 0);
    assert_eq!(v["interactions_added"], 8);
    assert_eq!(v["rows_skipped"], 3);
    assert_eq!(v["sponsored_skipped"], 1);
    assert_eq!(v["drafts_skipped"], 1);
    assert_eq!(v["not_contacts"], 2);
    assert_eq!(v["user"], "Pat Example");
}

#[test]
fn reimporting_the_same_export_adds_nothing_twice() {
    let env = Env::new();
    let dir = fixture("linkedin-2025");
    env.ok(&["import", "linkedin", path_str(&dir)]);
    let before = env.snapshot();
    let v = env.json(&["import", "linkedin", path_str(&dir), "--json"]);
    assert_eq!(
        (&v["contacts_added"], &v["contacts_updated"], &v["interactions_added"]),
        (&Value::from(0), &Value::from(0), &Value::from(0))
    );
    assert_eq!(before, env.snapshot());
}

#[test]
fn the_zip_imports_exactly_what_its_folder_does() {
    let env = Env::new();
    let zip_path = env.path("Basic_LinkedInDataExport_03-01-2025.zip");
    support::linkedin_zip(&zip_path);
    let (stdout, _) = env.ok(&["import", "linkedin", path_str(&zip_path)]);
    assert!(
        stdout.contains("4 contacts added, 0 updated, 8 interactions added"),
        "{stdout}"
    );

    let other = Env::new();
    other.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    assert_eq!(env.run(&["export", "json"]), other.run(&["export", "json"]));
}

#[test]
fn strict_imports_nothing_when_any_row_is_bad() {
    let env = Env::new();
    let stderr = env.fails(
        &["import", "linkedin", path_str(&fixture("linkedin-2025")), "--strict"],
        1,
    );
    assert!(stderr.contains("line 10: '31 Feb 2024'"), "{stderr}");
    assert!(stderr.contains("line 11: 'yesterday'"), "{stderr}");
    assert!(
        stderr.ends_with("error: 3 bad rows; nothing was imported (--strict)\n"),
        "{stderr}"
    );
    assert!(env.contacts().is_empty());
}

#[test]
fn spreadsheet_resave_with_crlf_na_and_us_dates() {
    let env = Env::new();
    let csv = fixture("connections-resaved.csv");
    // A clean file passes --strict; the trailing row of empty cells is no row.
    let (stdout, stderr) = env.ok(&["import", "linkedin", path_str(&csv), "--strict"]);
    assert_eq!(stderr, "");
    assert!(stdout.contains("3 contacts added"), "{stdout}");
    let contacts = env.contacts();
    assert_eq!(names(&contacts), ["Sara Lee", "Omar Haddad", "Tanaka, Mei"]);
    assert_eq!(contacts[0]["email"], Value::Null, "NA is a blank");
    assert_eq!(contacts[0]["connected_on"], "2024-12-16");
    assert_eq!(contacts[1]["role"], Value::Null);
    assert_eq!(contacts[1]["connected_on"], "2022-01-10");
    assert_eq!(contacts[2]["company"], "Fabrikam Labs");
    assert_eq!(contacts[2]["connected_on"], "2021-06-05");
}

#[test]
fn a_resaved_export_updates_the_contacts_of_the_original() {
    let env = Env::new();
    env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    let v = env.json(&[
        "import",
        "linkedin",
        path_str(&fixture("connections-resaved.csv")),
        "--json",
    ]);
    // Same profiles: nobody new; Mei's re-saved name is another spelling of the same URL.
    assert_eq!(v["contacts_added"], 0);
    assert_eq!(v["contacts_updated"], 0);
    assert_eq!(env.contacts().len(), 4);
}

#[test]
fn cadence_flag_gives_imported_contacts_check_ins() {
    let env = Env::new();
    env.ok(&[
        "import",
        "linkedin",
        path_str(&fixture("connections-resaved.csv")),
        "--cadence",
        "4w",
    ]);
    assert!(env.contacts().iter().all(|c| c["cadence"] == "4w"));
    let out = env.output(&[
        "import",
        "linkedin",
        path_str(&fixture("connections-resaved.csv")),
        "--cadence",
        "often",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn old_export_without_urls_and_with_the_old_messages_file() {
    let env = Env::new();
    let (stdout, stderr) = env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2018"))]);
    assert!(
        stdout.starts_with("Imported from Connections.csv, Messages.csv: 3 contacts added, 0 updated, 2 interactions added, 1 bad row skipped."),
        "{stdout}"
    );
    assert_eq!(
        stderr,
        "line 5: 'SIDEWAYS': not a direction; expected INCOMING or OUTGOING (in Messages.csv)\n"
    );
    let contacts = env.contacts();
    // Two people of the same name at two companies are two contacts.
    assert_eq!(names(&contacts), ["Sara Lee", "Omar Haddad", "Omar Haddad"]);
    assert_eq!(contacts[0]["url"], Value::Null);
    assert_eq!(contacts[0]["connected_on"], "2018-01-08");
    assert_eq!(
        timeline(&env.contact("Sara")),
        [
            t(
                "2018-01-08T18:14:00+00:00",
                "in",
                "message",
                "Thanks for connecting, Pat!"
            ),
            t("2018-01-09T09:05:00+00:00", "out", "message", "Likewise!"),
        ]
    );
    // Keyed by name and company: a second import finds them again.
    let before = env.snapshot();
    let v = env.json(&["import", "linkedin", path_str(&fixture("linkedin-2018")), "--json"]);
    assert_eq!(
        (v["contacts_added"].as_u64(), v["interactions_added"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(before, env.snapshot());
}

#[test]
fn nine_column_messages_and_the_user_named_in_the_config() {
    let env = Env::new();
    env.config("[user]\ntimezone = \"Europe/Lisbon\"\nname = \"Pat Example\"\n");
    let dir = folder(
        &env,
        "export",
        &[
            ("linkedin-2025/Connections.csv", "Connections.csv"),
            ("messages-9col.csv", "messages.csv"),
        ],
    );
    let v = env.json(&["import", "linkedin", path_str(&dir), "--json"]);
    assert_eq!(v["user"], "Pat Example");
    assert_eq!(
        timeline(&env.contact("Sara")),
        [
            t("2023-05-02T11:00:00+01:00", "in", "message", "Coffee next week?"),
            t("2023-05-02T12:00:00+01:00", "out", "message", "Sure!"),
        ]
    );
}

#[test]
fn without_profile_or_config_the_user_is_the_one_in_every_message() {
    let env = Env::new();
    let dir = folder(
        &env,
        "export",
        &[
            ("linkedin-2025/Connections.csv", "Connections.csv"),
            ("linkedin-2025/messages.csv", "messages.csv"),
        ],
    );
    let v = env.json(&["import", "linkedin", path_str(&dir), "--json"]);
    assert_eq!(v["user"], "Pat Example");
    assert_eq!(v["interactions_added"], 6);
    assert_eq!(timeline(&env.contact("Sara"))[0].1, "in");
}

#[test]
fn when_the_user_cannot_be_told_nothing_is_imported_and_the_candidates_are_listed() {
    let env = Env::new();
    let dir = folder(
        &env,
        "export",
        &[
            ("linkedin-2025/Connections.csv", "Connections.csv"),
            ("messages-two-people.csv", "messages.csv"),
        ],
    );
    let stderr = env.fails(&["import", "linkedin", path_str(&dir)], 1);
    assert!(
        stderr.contains("cannot tell which sender in 'messages.csv' is you"),
        "{stderr}"
    );
    assert!(stderr.contains("Pat Example (in 2 of 2 messages)"), "{stderr}");
    assert!(stderr.contains("Sara Lee (in 2 of 2 messages)"), "{stderr}");
    assert!(stderr.contains("set [user] name"), "{stderr}");
}

#[test]
fn a_file_that_is_not_a_csv_is_one_error_and_nothing_is_written() {
    let env = Env::new();
    env.ok(&["import", "linkedin", path_str(&fixture("connections-resaved.csv"))]);
    let cases: [(&str, &[u8], &str); 6] = [
        ("Connections.csv", b"", "is empty"),
        (
            "Connections.csv",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "is binary data, not text",
        ),
        (
            "Connections.csv",
            b"\xff\xfeF\x00i\x00r\x00s\x00t\x00 \x00N\x00a\x00m\x00e\x00",
            "is UTF-16 text",
        ),
        (
            "Connections.csv",
            b"First Name,Last Name,URL\nJos\xe9,Garc\xeda,\n",
            "is not UTF-8 text",
        ),
        (
            "Connections.csv",
            b"name;email\nx;y\n",
            "is not LinkedIn's Connections.csv: no header row",
        ),
        (
            "export.zip",
            b"PK\x03\x04 this is not really a zip",
            "is not a readable zip file",
        ),
    ];
    for (i, (name, bytes, why)) in cases.iter().enumerate() {
        let dir = env.path(&format!("case{i}"));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap_or_else(|e| panic!("{e}"));
        let stderr = env.fails(&["import", "linkedin", path_str(&file)], 1);
        assert!(stderr.contains(why), "case {i}: {stderr}");
    }
    // Another encoding found only past the first 8 KiB is still one error, not a bad row.
    let mut late = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n".to_vec();
    for i in 0..300 {
        late.extend_from_slice(format!("Ana,Row {i},,,Contoso,Engineer,16 Dec 2024\n").as_bytes());
    }
    late.extend_from_slice(b"Jos\xe9,Garc\xeda,,,Contoso,Engineer,16 Dec 2024\n");
    let file = env.path("late/Connections.csv");
    std::fs::create_dir_all(env.path("late")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&file, late).unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "linkedin", path_str(&file)], 1);
    assert!(
        stderr.contains("'Connections.csv' is not UTF-8 text (line 302 is not"),
        "{stderr}"
    );

    let stderr = env.fails(&["import", "linkedin", path_str(&env.path("missing.zip"))], 1);
    assert!(stderr.contains("cannot read"), "{stderr}");
    let empty = env.path("empty-folder");
    std::fs::create_dir_all(&empty).unwrap_or_else(|e| panic!("{e}"));
    let stderr = env.fails(&["import", "linkedin", path_str(&empty)], 1);
    assert!(stderr.contains("found no Connections.csv"), "{stderr}");
}

#[test]
fn old_unanswered_messages_are_not_owed_a_reply_today() {
    // A week after José wrote, a reply is due...
    let soon = Env::at("2025-01-08T10:00:00Z");
    soon.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    let agenda = soon.json(&["agenda", "--json"]);
    let kinds: Vec<(&str, &str)> = agenda
        .as_array()
        .unwrap_or_else(|| panic!("{agenda}"))
        .iter()
        .map(|n| {
            (
                n["contact"].as_str().unwrap_or_default(),
                n["kind"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(kinds.contains(&("José García", "reply")), "{agenda}");
    // ...two years later the same history owes nobody a reply.
    let later = Env::at("2027-03-01T10:00:00Z");
    later.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    assert_eq!(later.json(&["agenda", "--json", "--days", "60"]), Value::Array(vec![]));
}

/// Writes an export of `people` connections and `messages` messages.
fn big_export(dir: &std::path::Path, people: usize, messages: usize) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    let mut c =
        std::io::BufWriter::new(std::fs::File::create(dir.join("Connections.csv")).unwrap_or_else(|e| panic!("{e}")));
    writeln!(c, "Notes:\n\"Some e-mail addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On").unwrap_or_else(|e| panic!("{e}"));
    for i in 0..people {
        writeln!(
            c,
            "Person,Number {i},https://www.linkedin.com/in/person-{i},,Company {},Engineer,16 Dec 2024",
            i % 97
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    drop(c);
    std::fs::write(dir.join("Profile.csv"), "First Name,Last Name\nPat,Example\n").unwrap_or_else(|e| panic!("{e}"));
    let mut m =
        std::io::BufWriter::new(std::fs::File::create(dir.join("messages.csv")).unwrap_or_else(|e| panic!("{e}")));
    writeln!(m, "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER").unwrap_or_else(|e| panic!("{e}"));
    for i in 0..messages {
        let p = i % people;
        let (from, to) = if i % 2 == 0 {
            (
                format!("Person Number {p},https://www.linkedin.com/in/person-{p}"),
                "Pat Example,https://www.linkedin.com/in/pat".to_string(),
            )
        } else {
            (
                "Pat Example,https://www.linkedin.com/in/pat".to_string(),
                format!("Person Number {p},https://www.linkedin.com/in/person-{p}"),
            )
        };
        writeln!(
            m,
            "2-conv{p},,{from},{to},2024-06-{:02} {:02}:{:02}:{:02} UTC,,\"Message {i}, about things\",INBOX",
            1 + i % 28,
            i % 24,
            i % 60,
            (i / 60) % 60
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn kill_minus_nine_in_the_middle_leaves_the_database_as_it_was() {
    let env = Env::new();
    env.ok(&["import", "linkedin", path_str(&fixture("linkedin-2025"))]);
    let before = env.snapshot();
    let big = env.path("big");
    big_export(&big, 2_000, 250_000);
    let wal = env.db().with_extension("db-wal");
    let wal_size = || std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let start_size = wal_size();
    let mut child = env
        .std_cmd()
        .args(["import", "linkedin", path_str(&big)])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn: {e}"));
    // Wait until the import has written well into its transaction.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while wal_size() < start_size + 4 * 1024 * 1024 {
        assert!(
            child.try_wait().unwrap_or_else(|e| panic!("{e}")).is_none(),
            "the import ended before it could be killed"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the import wrote nothing in two minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        child.try_wait().unwrap_or_else(|e| panic!("{e}")).is_none(),
        "still running when killed"
    );
    child.kill().unwrap_or_else(|e| panic!("kill: {e}"));
    let status = child.wait().unwrap_or_else(|e| panic!("wait: {e}"));
    assert!(!status.success());
    assert_eq!(before, env.snapshot(), "the killed import left changes behind");
    // And the database still works: the same import now completes.
    let v = env.json(&["import", "linkedin", path_str(&big), "--json"]);
    assert_eq!(v["contacts_added"], 2_000);
    assert_eq!(v["interactions_added"], 250_000);
}

/// A contact added by hand is found by any of its addresses, whatever the
/// case, and keeps every address.
#[test]
fn a_connection_is_found_by_any_address_of_a_contact() {
    let env = Env::new();
    env.ok(&[
        "add",
        "Sara Lee",
        "--email",
        "sara@home.example",
        "--email",
        "Sara@Northwind.example",
    ]);
    let csv = env.path("Connections.csv");
    std::fs::write(
        &csv,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Sara,Lee-Chen,https://www.linkedin.com/in/sara-lee,sara@northwind.EXAMPLE,Northwind,CTO,02 Nov 2026\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, _) = env.ok(&["import", "linkedin", path_str(&csv)]);
    assert!(out.contains("0 contacts added, 1 updated"), "{out}");
    let c = env.contacts();
    assert_eq!(c.len(), 1);
    assert_eq!(c[0]["name"], "Sara Lee");
    assert_eq!(c[0]["company"], "Northwind");
    assert_eq!(
        c[0]["emails"],
        serde_json::json!(["sara@home.example", "Sara@Northwind.example"])
    );
}

/// `tend show` reads the latest ten messages from them that an import left
/// unread, and keeps those readings when the database is free: shown again,
/// the contact reads the same, from the database. Another writer holding the
/// database neither holds `show` up nor fails it (nothing is kept then).
#[test]
fn show_reads_their_latest_messages_and_keeps_the_readings() {
    let env = Env::new();
    let export = env.path("export");
    // One person, 30 messages, every other one theirs, the last one yours.
    big_export(&export, 1, 30);
    env.ok(&["import", "linkedin", path_str(&export)]);
    let read_as = |p: &Value| -> Vec<(i64, Value)> {
        p["interactions"]
            .as_array()
            .unwrap_or_else(|| panic!("{p}"))
            .iter()
            .filter(|i| i.get("read_as").is_some())
            .map(|i| (i["id"].as_i64().unwrap_or_default(), i["read_as"].clone()))
            .collect()
    };
    let kept = || -> i64 {
        let conn = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
        conn.query_row("SELECT count(*) FROM interactions WHERE read_as IS NOT NULL", [], |r| {
            r.get(0)
        })
        .unwrap_or_else(|e| panic!("{e}"))
    };
    let before = kept();

    let writer = rusqlite::Connection::open(env.db()).unwrap_or_else(|e| panic!("{e}"));
    writer
        .execute_batch("BEGIN IMMEDIATE")
        .unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .args(["show", "person", "--json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let busy: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    writer.execute_batch("ROLLBACK").unwrap_or_else(|e| panic!("{e}"));
    drop(writer);
    assert_eq!(kept(), before, "nothing is kept while another command writes");

    let first = env.json(&["show", "person", "--json"]);
    let read = read_as(&first);
    assert_eq!(read.len(), 10, "their latest ten messages: {first}");
    let theirs: Vec<i64> = first["interactions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|i| i["direction"] == "in")
        .map(|i| i["id"].as_i64().unwrap_or_default())
        .collect();
    assert_eq!(theirs.len(), 15, "{first}");
    let ids: Vec<i64> = read.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, theirs[5..], "{first}");
    assert_eq!(read, read_as(&busy), "read the same way while another command wrote");
    assert_eq!(kept(), 10, "the readings are kept with their messages");
    assert_eq!(env.json(&["show", "person", "--json"]), first);
}

//! A newcomer's first hour (issue 26): what they type first and what it
//! must tell them. The real binary on a temporary home with a pinned clock.

use crate::support;

use std::path::Path;
use support::{Env, paris as env, paris_at as env_at, path_str};

/// A home in Paris on Tuesday 1 December 2026, 10:00.
#[test]
fn writes_under_a_tend_now_still_to_come_say_so_and_reads_do_not() {
    // Far ahead of any real clock this test will meet.
    let env = env_at("2099-06-01T09:00:00+02:00");
    let (_, stderr) = env.ok(&["add", "Sara Lee"]);
    assert_eq!(
        stderr,
        "warning: TEND_NOW is set: recorded as of 2099-06-01 09:00, not the real time (see 'TEND_NOW' in 'tend --help')\n"
    );
    for read in [&["agenda"][..], &["show", "sara"], &["list"]] {
        let (_, stderr) = env.ok(read);
        assert_eq!(stderr, "", "tend {read:?} writes nothing");
    }
    let (_, stderr) = env.ok(&["log", "sara", "--in"]);
    assert!(
        stderr.contains("TEND_NOW is set: recorded as of 2099-06-01 09:00"),
        "{stderr}"
    );
    // A time already past, off a terminal (the tests' own), is quiet.
    let past = env_at("2026-12-01T10:00:00+01:00");
    let (_, stderr) = past.ok(&["add", "Sara Lee"]);
    assert_eq!(stderr, "");
}

#[test]
fn a_connection_day_still_to_come_is_refused() {
    let env = env();
    let err = env.fails(&["add", "Sara Lee", "--connected-on", "2026-12-02"], 2);
    assert!(
        err.contains(
            "--connected-on 2026-12-02 is in the future: give the day you connected, today (2026-12-01) or before"
        ),
        "{err}"
    );
    env.run(&["add", "Sara Lee", "--connected-on", "2026-12-01"]);
    env.fails(&["edit", "sara", "--connected-on", "2027-01-01"], 2);
}

#[test]
fn names_are_found_without_accents_and_a_typo_is_told_the_nearest() {
    let env = env();
    for name in ["Tomás Ortega", "José García", "Léa Martin"] {
        env.run(&["add", name]);
    }
    for (typed, name) in [
        ("tomas", "Tomás Ortega"),
        ("garcia", "José García"),
        ("lea", "Léa Martin"),
    ] {
        assert_eq!(env.contact(typed)["name"], name, "{typed}");
    }
    let err = env.fails(&["show", "garsia"], 1);
    assert!(
        err.contains("no contact matches 'garsia'; the nearest: José García (id 2)"),
        "{err}"
    );
}

#[test]
fn tend_alone_shows_the_day_or_how_to_start() {
    let env = env();
    let (out, _) = env.ok(&[]);
    assert!(
        out.starts_with("No contacts yet. 'tend demo' shows tend at work"),
        "{out}"
    );
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    env.run(&["log", "sara", "--in", "--at", "2026-11-30T09:00:00+01:00"]);
    let (out, stderr) = env.ok(&[]);
    assert_eq!(out, env.run(&["agenda", "--days", "1"]), "the day's agenda");
    assert!(out.contains("reply Sara Lee"), "{out}");
    assert!(stderr.contains("'tend agenda' shows the week ahead"), "{stderr}");
}

#[test]
fn the_storage_path_expands_the_home_and_refuses_a_relative_path() {
    let env = env();
    env.config("[user]\ntimezone = \"Europe/Paris\"\n[storage]\npath = \"~/my-tend/tend.db\"\n");
    let out = env
        .cmd()
        .env_remove("TEND_DB")
        .args(["add", "Sara Lee"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(env.path("my-tend/tend.db").is_file(), "the database under the home");
    assert!(!Path::new("~").exists(), "no folder named ~ in the working folder");

    env.config("[user]\ntimezone = \"Europe/Paris\"\n[storage]\npath = \"data/tend.db\"\n");
    let out = env
        .cmd()
        .env_remove("TEND_DB")
        .args(["list"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("'data/tend.db' is not an absolute path: start it with / or ~/"),
        "{stderr}"
    );
}

#[test]
fn a_linkedin_connection_day_tend_cannot_plan_with_costs_the_date_not_the_contact() {
    let env = env();
    let csv = env.path("Connections.csv");
    std::fs::write(
        &csv,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n\
         Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Analyst,05 Jun 1833\n\
         Charles,Babbage,https://www.linkedin.com/in/charles,,Analytical Engines,Inventor,12 Dec 2031\n\
         Sara,Lee,https://www.linkedin.com/in/sara,,Globex,CTO,28 Nov 2026\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (out, stderr) = env.ok(&["import", "linkedin", path_str(&csv), "--strict"]);
    assert!(out.contains("3 contacts added"), "{out}");
    assert!(out.contains("0 bad rows skipped"), "{out}");
    assert!(
        stderr.contains("line 2: '05 Jun 1833': before 1900: connected-on left empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3: '12 Dec 2031': after today: connected-on left empty"),
        "{stderr}"
    );
    assert_eq!(env.contact("ada")["connected_on"], serde_json::Value::Null);
    assert_eq!(env.contact("sara")["connected_on"], "2026-11-28");
}

#[test]
fn a_skipped_reply_is_called_a_reply_in_the_check_in_after_it() {
    let env = env();
    env.run(&["add", "Sara Lee", "--cadence", "6w"]);
    env.run(&["log", "sara", "--in", "--at", "2026-11-30T09:00:00+01:00"]);
    env.run(&["skip", "sara"]);
    let next = env.contact("sara")["next"].clone();
    assert_eq!(next["kind"], "check-in", "{next}");
    let reason = next["reason"].as_str().unwrap_or_default();
    assert!(reason.starts_with("You skipped a reply "), "{reason}");
    assert!(!reason.contains("check-in you skipped") && !reason.contains("skipped the last check-in"));
}

#[test]
fn import_help_promises_only_what_works() {
    let env = env();
    let json = env.run(&["import", "json", "--help"]);
    for flag in ["--cadence", "--strict", "folder"] {
        assert!(!json.contains(flag), "import json --help offers {flag}: {json}");
    }
    let vcard = env.run(&["import", "vcard", "--help"]);
    assert!(vcard.contains("not a folder"), "{vcard}");
    // What it refuses, it refuses with a reason.
    let err = env.fails(&["import", "json", "backup.json", "--cadence", "2w"], 2);
    assert!(err.contains("--cadence does not apply"), "{err}");
}

#[test]
fn the_congratulation_promised_after_a_reply_stays_open_once_the_reply_is_done() {
    let env = env();
    env.run(&["add", "Sara Lee", "--cadence", "none"]);
    env.run(&[
        "log",
        "sara",
        "--in",
        "--at",
        "2026-11-29T10:00:00+01:00",
        "--note",
        "Could you send me the deck?",
    ]);
    env.run(&["event", "sara", "--kind", "new-job", "--on", "2026-11-28"]);
    let shown = env.run(&["show", "sara"]);
    assert!(shown.contains("also due after this reply: milestone"), "{shown}");
    let done = env.run(&["done", "sara", "--note", "Here is the deck."]);
    assert_eq!(
        done,
        "Logged your reply to Sara Lee.\n\
         Still to come: milestone Tue 8 Dec 2026 10:00 (Sara started a new job on Saturday).\n"
    );
    let next = env.contact("sara")["next"].clone();
    assert_eq!(next["kind"], "milestone", "the promise is kept: {next}");
    // A message of your own, logged an hour later, is the congratulation.
    let later = |args: &[&str]| {
        let out = env
            .cmd()
            .env("TEND_NOW", "2026-12-01T11:00:00+01:00")
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    later(&["log", "sara", "--out", "--note", "Congrats on the new role!"]);
    let shown: serde_json::Value =
        serde_json::from_str(&later(&["show", "sara", "--json"])).unwrap_or_else(|e| panic!("{e}"));
    // What is left is next year's work anniversary.
    assert_eq!(shown["next"]["due"], "2027-11-29T09:00:00+01:00", "{shown}");
}

#[test]
fn man_finds_the_manual_of_a_tend_installed_by_cargo() {
    let env = env();
    let bin = env.path(".cargo/bin");
    std::fs::create_dir_all(&bin).unwrap_or_else(|e| panic!("{e}"));
    std::fs::copy(assert_cmd::cargo::cargo_bin("tend"), bin.join("tend")).unwrap_or_else(|e| panic!("{e}"));
    let path = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
    let out = env
        .program(&bin.join("tend"))
        .args(["service", "install", "--autostart"])
        .env("PATH", &path)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = env.path(".cargo/share/man/man1/tend.1");
    assert!(page.is_file(), "{said}");
    assert!(
        said.contains(&format!(
            "man tend finds the manual in {} while {} is on your PATH",
            page.parent()
                .map(Path::display)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            bin.display()
        )),
        "{said}"
    );
    // man-db, with nothing but the home and the PATH of a cargo user.
    let found = std::process::Command::new("man")
        .args(["-w", "tend"])
        .env_clear()
        .env("HOME", env.dir.path())
        .env("PATH", &path)
        .output()
        .unwrap_or_else(|e| panic!("man (Debian's man-db): {e}"));
    assert_eq!(
        String::from_utf8_lossy(&found.stdout).trim(),
        path_str(&page),
        "{}",
        String::from_utf8_lossy(&found.stderr)
    );
}

#[test]
fn the_demo_points_to_cargo_install_before_the_service() {
    let env = env();
    let empty = env.path("empty-bin");
    std::fs::create_dir_all(&empty).unwrap_or_else(|e| panic!("{e}"));
    let out = env
        .cmd()
        .args(["demo", "--no-notify"])
        .env("PATH", &empty)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("cargo run --release -- service install"), "{text}");
    let install = text.find("cargo install --path . --locked");
    let service = text.find("then 'tend service install'");
    assert!(
        install.is_some() && service.is_some() && install < service,
        "install first, then the service: {text}"
    );
}

/// Six answered messages to Sara, one a day at 11:00 to 16:00.
fn answered_week(env: &Env) {
    env.run(&["add", "Sara Lee"]);
    for day in 1..=6 {
        let out = format!("2026-11-0{day}T1{day}:00:00+01:00");
        let back = format!("2026-11-0{day}T1{day}:30:00+01:00");
        env.run(&["log", "sara", "--out", "--at", &out]);
        env.run(&["log", "sara", "--in", "--at", &back]);
    }
}

/// The `y` of the SVG text element whose content is `text`.
fn text_y(svg: &str, text: &str) -> f64 {
    let end = svg
        .find(&format!(">\n{text}\n</text>"))
        .unwrap_or_else(|| panic!("no '{text}' in the chart"));
    let tag = &svg[svg[..end].rfind("<text").unwrap_or(0)..end];
    let y = tag.split(" y=\"").nth(1).and_then(|r| r.split('"').next());
    y.and_then(|y| y.parse().ok())
        .unwrap_or_else(|| panic!("no y in {tag}"))
}

#[test]
fn the_chart_is_a_png_for_png_an_svg_for_svg_and_nothing_else() {
    use std::io::Read;
    let env = env();
    answered_week(&env);
    let png = env.path("answers.PNG");
    env.run(&["stats", "--chart", path_str(&png)]);
    let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    // The chunks, each checked by its CRC: IHDR (1280 × 820, 8-bit RGB), IDAT, IEND.
    let mut at = 8;
    let mut chunks = Vec::new();
    let mut data = Vec::new();
    while at + 12 <= bytes.len() {
        let len = u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
        let kind = &bytes[at + 4..at + 8];
        let body = &bytes[at + 8..at + 8 + len];
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(body);
        let stored = &bytes[at + 8 + len..at + 12 + len];
        assert_eq!(
            stored,
            crc.sum().to_be_bytes(),
            "CRC of {}",
            String::from_utf8_lossy(kind)
        );
        if kind == b"IHDR" {
            assert_eq!(body, [0, 0, 5, 0, 0, 0, 3, 52, 8, 2, 0, 0, 0]);
        }
        if kind == b"IDAT" {
            data.extend_from_slice(body);
        }
        chunks.push(String::from_utf8_lossy(kind).into_owned());
        at += 12 + len;
    }
    assert_eq!(chunks, ["IHDR", "IDAT", "IEND"]);
    let mut rows = Vec::new();
    flate2::read::ZlibDecoder::new(data.as_slice())
        .read_to_end(&mut rows)
        .unwrap_or_else(|e| panic!("IDAT: {e}"));
    assert_eq!(rows.len(), (1280 * 3 + 1) * 820);
    // The title is drawn: dark pixels in the top 30 rows, on white.
    let top = &rows[..(1280 * 3 + 1) * 30];
    let dark = top.chunks(3).filter(|p| p.iter().all(|v| *v < 80)).count();
    assert!(dark > 200, "the title's letters: {dark} dark pixels");

    let svg = env.path("answers.svg");
    env.run(&["stats", "--chart", path_str(&svg)]);
    let text = std::fs::read_to_string(&svg).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.starts_with("<svg"), "{}", &text[..text.len().min(100)]);
    // The axis title sits below the hour ticks, not on "11".
    assert!(
        text_y(&text, "hour") - text_y(&text, "11") >= 30.0,
        "'hour' at {}, the ticks at {}",
        text_y(&text, "hour"),
        text_y(&text, "11")
    );

    let pdf = env.path("answers.pdf");
    let err = env.fails(&["stats", "--chart", path_str(&pdf)], 2);
    assert!(err.contains("name the file FILE.svg or FILE.png"), "{err}");
    assert!(!pdf.exists());
}

//! Every parser over arbitrary input: a value or an error, never a panic
//! (hours, durations, dates, instants, LinkedIn CSV, vCard, JSON backup,
//! mail, calendars).
//! The `fuzz/` folder runs the same entry points under cargo-fuzz.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use std::path::Path;
use tend::import::Options;
use tend::store::Store;
use tend::time::{Duration, Hours, InstantArg};

const ZONES: [Tz; 4] = [Tz::UTC, Tz::Pacific__Kiritimati, Tz::Pacific__Niue, Tz::Europe__Paris];

/// Text that looks like the format half the time, so the parsers get past their first check.
fn near(pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(pieces).prop_map(str::to_string),
                any::<String>(),
                "[0-9]{1,6}"
            ],
            0..8
        )
        .prop_map(|v| v.concat()),
    ]
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    prop_oneof![
        Just(DateTime::<Utc>::MIN_UTC),
        Just(DateTime::<Utc>::MAX_UTC),
        Just(tend::time::END_OF_CALENDAR),
        (-8_334_601_228_800i64..8_210_266_876_799).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap_or_default()),
    ]
}

fn options() -> Options {
    Options {
        strict: false,
        cadence: None,
        tz: Tz::Europe__Paris,
        now: DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default(),
        user_name: "Me".into(),
        progress: false,
    }
}

fn store(dir: &Path) -> Store {
    Store::open(&dir.join("tend.db")).unwrap_or_else(|e| panic!("{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn durations(s in near(&["m", "h", "d", "w", "mo", "y", "min", " ", "-"]), at in instant(), z in 0..ZONES.len(), k in 0u32..70_000) {
        if let Ok(d) = s.parse::<Duration>() {
            let tz = ZONES[z];
            let _ = (d.after(at, tz), d.before(at, tz), d.checked_after(at, tz), d.checked_scaled_after(at, tz, k));
            let back: Duration = d.to_string().parse().map_err(TestCaseError::fail)?;
            prop_assert_eq!(back, d);
        }
    }

    #[test]
    fn hours(s in near(&["Mon", "Fri", "daily", "-", "–", ",", ";", " ", "09:00", "24:00", "ä", "Mo"]), days in -3_000_000i32..3_000_000, z in 0..ZONES.len(), at in instant()) {
        if let Ok(h) = s.parse::<Hours>() {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MAX);
            for d in [date, NaiveDate::MIN, NaiveDate::MAX] {
                let _ = h.intervals_on(d, ZONES[z]);
            }
            let _ = h.contains(at, ZONES[z]);
        }
    }

    #[test]
    fn dates_and_instants(s in near(&["2024", "-", "/", ":", "T", "Z", "+", ", ", " PM", " UTC", "Dec", "29"]), z in 0..ZONES.len()) {
        let tz = ZONES[z];
        let _ = tend::time::parse_date(&s);
        let _ = tend::time::read_date(&s);
        let _ = tend::time::parse_tz(&s);
        if let Ok(i) = s.parse::<InstantArg>() {
            let _ = i.resolve(tz);
        }
        let _ = tend::import::dates::parse_date(&s);
        let _ = tend::import::dates::parse_instant(&s, tz);
    }

    #[test]
    fn csv_tables(bytes in proptest::collection::vec(prop_oneof![any::<u8>(), proptest::sample::select(&b",\"\r\nAB"[..])], 0..400)) {
        let mut text = b"A,B\n".to_vec();
        text.extend(bytes);
        if let Ok(mut t) = tend::import::csvin::Table::open(&text[..], "f.csv", &["A"], "x") {
            while let Ok(Some(row)) = t.next_row() {
                let _ = (row.get(Some(0)), row.get(Some(7)), row.line, row.cut);
            }
        }
    }
}

proptest! {
    // Each case imports into a real database: fewer of them.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn linkedin_exports(body in near(&["First Name,Last Name,URL,Connected On\n", "FROM,TO,DATE,CONTENT\n", ",", "\"", "\n", "1/8/18, 6:14 PM", "16 Dec 2024", "https://www.linkedin.com/in/x"]), messages in any::<bool>()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let name = if messages { "messages.csv" } else { "Connections.csv" };
        std::fs::write(dir.path().join(name), &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut s = store(dir.path());
        let _ = tend::import::linkedin::import(&mut s, &dir.path().join(name), &options(), &mut |_| {});
    }

    #[test]
    fn vcards(body in near(&["BEGIN:VCARD\r\n", "VERSION:3.0\r\n", "FN:", "N:", ";", "BDAY:", "--0229", "TZ:", "URL:", "END:VCARD\r\n", "\r\n "])) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("c.vcf");
        std::fs::write(&path, &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut s = store(dir.path());
        let _ = tend::import::vcard::import(&mut s, &path, &options(), &mut |_| {});
    }

    #[test]
    fn json_backups(body in near(&["{", "}", "[", "]", "\"tables\"", "\"contacts\"", ":", ",", "\"id\"", "1", "-9223372036854775808", "1e308", "\"x\"", "null"])) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let path = dir.path().join("b.json");
        std::fs::write(&path, &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut s = store(dir.path());
        let _ = tend::import::json::restore(&mut s, &path, options().now);
    }
}

/// A database with Ana (ana@example.org), and the user's address set, as
/// the mail and calendar targets of `fuzz/` have it.
fn app_with_ana(dir: &Path) -> tend::app::App {
    let mut settings = tend::config::Settings::defaults().unwrap_or_else(|e| panic!("{e}"));
    settings.user.emails = vec!["me@example.org".into()];
    let now = options().now;
    let mut s = store(dir);
    let ana = tend::model::ContactFields {
        name: Some("Ana Costa".into()),
        emails: Some(vec!["ana@example.org".into()]),
        ..tend::model::ContactFields::default()
    };
    s.transact(|tx| tx.insert_contact(&ana, "test", None, now))
        .unwrap_or_else(|e| panic!("{e}"));
    tend::app::App::with(settings, tend::time::Clock::Pinned(now), s, dir.join("config.toml"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mail(body in near(&["From me@example.org Sat Jan  3 01:05:34 2026\n", "From: ", "To: ", "Cc: ", "ana@example.org", "<me@example.org>", "Date: ", "Mon, 1 Dec 2026 09:00:00 +0100", "Subject: =?utf-8?q?caf=C3=A9?=", "Message-ID: <a@b>", "\n\n", "\r\n", ">From "]), maildir in any::<bool>()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut app = app_with_ana(dir.path());
        let target = if maildir {
            let new = dir.path().join("Mail").join("new");
            std::fs::create_dir_all(&new).map_err(|e| TestCaseError::fail(e.to_string()))?;
            std::fs::write(new.join("1780000000.M1P1.host"), &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
            dir.path().join("Mail")
        } else {
            let mbox = dir.path().join("inbox.mbox");
            std::fs::write(&mbox, &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
            mbox
        };
        let _ = app.import_mail(&target, false, false, &mut |_| {});
    }

    #[test]
    fn calendars(body in near(&["BEGIN:VCALENDAR\r\n", "BEGIN:VEVENT\r\n", "UID:u\r\n", "DTSTART:20261201T090000Z\r\n", "DTSTART;TZID=Europe/Paris:20261201T090000\r\n", "RRULE:FREQ=", "DAILY", "YEARLY;BYMONTH=1,2;BYDAY=MO;BYHOUR=1,2;BYMINUTE=0,30;BYSECOND=0,1", ";COUNT=3", ";UNTIL=20270101", "EXDATE:20261202T090000Z\r\n", "ATTENDEE:mailto:ana@example.org\r\n", "RECURRENCE-ID:20261203T090000Z\r\n", "END:VEVENT\r\n", "END:VCALENDAR\r\n"]), z in 0..ZONES.len()) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut app = app_with_ana(dir.path());
        let tz = ZONES[z];
        let now = options().now;
        let _ = tend::capture::calendar::parse(&body, tz, tend::capture::calendar::Window::around(now, tz));
        let path = dir.path().join("cal.ics");
        std::fs::write(&path, &body).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let opts = tend::capture::calendar::Options { tz, now, user_emails: vec!["me@example.org".into()], progress: false };
        let _ = app.import_calendar(&path, &opts, &mut |_| {});
    }
}

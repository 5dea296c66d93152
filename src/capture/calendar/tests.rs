use super::*;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

const NEW_YORK: Tz = chrono_tz::America::New_York;

/// Late November 2026: the window runs from 30 Nov 2024 to 30 Dec 2026.
fn now() -> DateTime<Utc> {
    at("2026-11-30T12:00:00Z")
}

/// A VCALENDAR around `body` (events and zones), in CRLF as files have it.
fn calendar(body: &str) -> String {
    let text = format!("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{body}\nEND:VCALENDAR\n");
    text.replace('\n', "\r\n")
}

fn read_at(body: &str, now: DateTime<Utc>) -> Parsed {
    parse(&calendar(body), NEW_YORK, Window::around(now, NEW_YORK)).unwrap()
}

fn read(body: &str) -> Parsed {
    read_at(body, now())
}

fn starts(p: &Parsed) -> Vec<String> {
    let mut s: Vec<String> = p
        .occurrences
        .iter()
        .map(|o| o.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .collect();
    s.sort();
    s
}

#[test]
fn a_tzid_start_is_read_on_that_zones_clock_and_people_are_addresses() {
    let p = read(
        "BEGIN:VEVENT\nUID:lunch-1@example.org\nDTSTAMP:20260101T000000Z\n\
         DTSTART;TZID=Europe/Paris:20260310T100000\nDTEND;TZID=Europe/Paris:20260310T110000\n\
         SUMMARY:Lunch with\n  Sara\nORGANIZER;CN=Sara Lee:MAILTO:Sara.Lee@Example.ORG\n\
         ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@home.net\n\
         ATTENDEE;PARTSTAT=DECLINED:mailto:bob@example.org\n\
         ATTENDEE;EMAIL=tom@example.org:urn:uuid:1234\nEND:VEVENT",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(p.occurrences.len(), 1);
    let o = &p.occurrences[0];
    // 10:00 in Paris in winter (UTC+1).
    assert_eq!(o.start, at("2026-03-10T09:00:00Z"));
    assert_eq!(o.uid, "lunch-1@example.org");
    // Folded lines are unfolded; the note is one line.
    assert_eq!(o.summary.as_deref(), Some("Lunch with Sara"));
    assert_eq!(o.organizer.as_deref(), Some("sara.lee@example.org"));
    // Bob declined: he was not there.
    assert_eq!(o.attendees, vec!["me@home.net", "tom@example.org"]);
    assert_eq!(o.status, EventStatus::Confirmed);
    assert_eq!(o.source_key(), "ics:lunch-1@example.org/2026-03-10T09:00:00Z");
    assert_eq!(o.key_with(7), "ics:lunch-1@example.org/2026-03-10T09:00:00Z/7");
    assert_eq!(
        o.people().collect::<Vec<_>>(),
        vec!["sara.lee@example.org", "me@home.net", "tom@example.org"]
    );
}

#[test]
fn utc_floating_unknown_zone_and_all_day_starts() {
    let p = read(
        "BEGIN:VEVENT\nUID:utc\nDTSTART:20260310T150000Z\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:floating\nDTSTART:20260310T150000\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:unknown\nDTSTART;TZID=Mars/Olympus_Mons:20260310T150000\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:allday\nDTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260311\nEND:VEVENT",
    );
    let by_uid = |uid: &str| p.occurrences.iter().find(|o| o.uid == uid).unwrap().start;
    assert_eq!(by_uid("utc"), at("2026-03-10T15:00:00Z"));
    // New York is on EDT (UTC-4) from 8 March 2026.
    assert_eq!(by_uid("floating"), at("2026-03-10T19:00:00Z"));
    // An unknown zone is read like a floating time: in the user's zone.
    assert_eq!(by_uid("unknown"), at("2026-03-10T19:00:00Z"));
    // An all-day event starts at 00:00 in the user's zone.
    assert_eq!(by_uid("allday"), at("2026-03-10T04:00:00Z"));
}

#[test]
fn a_vtimezone_with_a_windows_name_maps_to_its_iana_zone() {
    let p = read(
        "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\nX-MICROSOFT-CDO-TZID:4\n\
         BEGIN:STANDARD\nDTSTART:16010101T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n\
         RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\nEND:STANDARD\n\
         BEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n\
         RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n\
         BEGIN:VEVENT\nUID:outlook\nDTSTART;TZID=W. Europe Standard Time:20260710T100000\nEND:VEVENT",
    );
    // 10:00 in Berlin in summer (UTC+2).
    assert_eq!(starts(&p), vec!["2026-07-10T08:00:00Z"]);
}

#[test]
fn a_weekly_series_keeps_its_wall_clock_across_the_dst_change_and_drops_exdates() {
    // Mondays 10:00 in Paris, 16 Mar to 13 Apr 2026; Europe moves to summer
    // time on 29 Mar. 23 Mar is excluded, 30 Mar is moved to 14:00, and
    // 6 Apr is cancelled.
    let p = read(
        "BEGIN:VEVENT\nUID:weekly\nSEQUENCE:0\nDTSTART;TZID=Europe/Paris:20260316T100000\n\
         DURATION:PT1H\nRRULE:FREQ=WEEKLY;UNTIL=20260413T080000Z\n\
         EXDATE;TZID=Europe/Paris:20260323T100000\nSUMMARY:Weekly sync\n\
         ATTENDEE:mailto:sara@example.org\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:weekly\nSEQUENCE:2\nRECURRENCE-ID;TZID=Europe/Paris:20260330T100000\n\
         DTSTART;TZID=Europe/Paris:20260330T140000\nSUMMARY:Weekly sync (moved)\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:weekly\nSEQUENCE:1\nRECURRENCE-ID:20260406T080000Z\n\
         DTSTART;TZID=Europe/Paris:20260406T100000\nSTATUS:CANCELLED\nEND:VEVENT",
    );
    assert!(p.problems.is_empty(), "{:?}", p.problems);
    assert_eq!(
        starts(&p),
        vec![
            "2026-03-16T09:00:00Z", // UTC+1
            "2026-03-30T12:00:00Z", // moved to 14:00, UTC+2
            "2026-04-06T08:00:00Z", // cancelled, still reported as such
            // UNTIL is 08:00 UTC, exactly 10:00 in Paris: inclusive.
            "2026-04-13T08:00:00Z",
        ]
    );
    let find = |s: &str| p.occurrences.iter().find(|o| o.start == at(s)).unwrap();
    let moved = find("2026-03-30T12:00:00Z");
    assert_eq!(moved.summary.as_deref(), Some("Weekly sync (moved)"));
    // The override leaves out the people: the series' are kept.
    assert_eq!(moved.attendees, vec!["sara@example.org"]);
    assert_eq!(find("2026-04-06T08:00:00Z").status, EventStatus::Cancelled);
    assert_eq!(find("2026-04-13T08:00:00Z").status, EventStatus::Confirmed);
}

#[test]
fn an_open_ended_series_counts_the_last_two_years_and_the_next_thirty_days() {
    // Daily at 09:00 New York time since 2015, never ending.
    let p =
        read("BEGIN:VEVENT\nUID:daily\nDTSTART;TZID=America/New_York:20150105T090000\nRRULE:FREQ=DAILY\nEND:VEVENT");
    let window = Window::around(now(), NEW_YORK);
    assert_eq!(window.start, at("2024-11-30T12:00:00Z"));
    assert_eq!(window.end, at("2026-12-30T12:00:00Z"));
    let s = starts(&p);
    // The window opens at 07:00 in New York on 30 Nov 2024 and closes at
    // 07:00 on 30 Dec 2026: 09:00 on 30 Nov is the first, 29 Dec the last.
    assert_eq!(s.first().unwrap(), "2024-11-30T14:00:00Z");
    assert_eq!(s.last().unwrap(), "2026-12-29T14:00:00Z");
    let days = (chrono::NaiveDate::from_ymd_opt(2026, 12, 29).unwrap()
        - chrono::NaiveDate::from_ymd_opt(2024, 11, 30).unwrap())
    .num_days()
        + 1;
    assert_eq!(s.len() as i64, days);
    // Summer days are at 13:00 UTC: the wall clock is kept.
    assert!(s.contains(&"2026-07-01T13:00:00Z".to_string()));
}

#[test]
fn a_single_event_counts_outside_the_window() {
    let p = read(
        "BEGIN:VEVENT\nUID:old\nDTSTART:20180301T100000Z\nEND:VEVENT\nBEGIN:VEVENT\nUID:far\nDTSTART:20270601T100000Z\nEND:VEVENT",
    );
    assert_eq!(starts(&p), vec!["2018-03-01T10:00:00Z", "2027-06-01T10:00:00Z"]);
}

#[test]
fn a_leap_day_series_happens_in_leap_years_only() {
    // Yearly on 29 Feb since 2016, read in March 2028: the window holds
    // 2026-03 to 2028-04, and only 2028 has a 29 Feb in it.
    let now = at("2028-03-15T12:00:00Z");
    let p = read_at(
        "BEGIN:VEVENT\nUID:leap\nDTSTART;VALUE=DATE:20160229\nRRULE:FREQ=YEARLY\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:month-end\nDTSTART:20271231T170000Z\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3\nEND:VEVENT",
        now,
    );
    let of = |uid: &str| {
        p.occurrences
            .iter()
            .filter(|o| o.uid == uid)
            .map(|o| o.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .collect::<Vec<_>>()
    };
    // 00:00 in New York on 29 Feb 2028 (EST, UTC-5).
    assert_eq!(of("leap"), vec!["2028-02-29T05:00:00Z"]);
    // The last day of the month, at 17:00 UTC whatever the user's zone: 31 Dec,
    // 31 Jan, then 29 Feb.
    assert_eq!(
        of("month-end"),
        vec!["2027-12-31T17:00:00Z", "2028-01-31T17:00:00Z", "2028-02-29T17:00:00Z"]
    );
}

#[test]
fn a_time_skipped_by_the_spring_jump_reads_with_the_offset_before_it() {
    // Daily at 02:30 in Paris; 02:30 does not exist on 29 Mar 2026.
    let p = read(
        "BEGIN:VEVENT\nUID:early\nDTSTART;TZID=Europe/Paris:20260328T023000\nRRULE:FREQ=DAILY;COUNT=3\nEND:VEVENT",
    );
    assert_eq!(
        starts(&p),
        vec![
            "2026-03-28T01:30:00Z",
            // 02:30 at UTC+1 is 01:30 UTC (03:30 on the new clock).
            "2026-03-29T01:30:00Z",
            "2026-03-30T00:30:00Z",
        ]
    );
}

#[test]
fn cancelled_events_and_cancellation_messages_are_marked() {
    let p = read(
        "BEGIN:VEVENT\nUID:off\nDTSTART:20260310T150000Z\nSTATUS:CANCELLED\nEND:VEVENT\nBEGIN:VEVENT\nUID:maybe\nDTSTART:20260311T150000Z\nSTATUS:TENTATIVE\nEND:VEVENT",
    );
    let status = |uid: &str| p.occurrences.iter().find(|o| o.uid == uid).unwrap().status;
    assert_eq!(status("off"), EventStatus::Cancelled);
    assert_eq!(status("maybe"), EventStatus::Tentative);

    let text = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let p = parse(text, NEW_YORK, Window::around(now(), NEW_YORK)).unwrap();
    assert_eq!(p.occurrences[0].status, EventStatus::Cancelled);
}

#[test]
fn a_bad_event_is_reported_and_the_others_are_read() {
    let p = read(
        "BEGIN:VEVENT\nUID:no-start\nSUMMARY:When?\nEND:VEVENT\nBEGIN:VEVENT\nUID:fine\nDTSTART:20260310T150000Z\nEND:VEVENT",
    );
    assert_eq!(starts(&p), vec!["2026-03-10T15:00:00Z"]);
    assert_eq!(p.problems.len(), 1);
    assert!(p.problems[0].contains("'no-start'"), "{:?}", p.problems);
    assert!(p.problems[0].contains("DTSTART"), "{:?}", p.problems);
}

#[test]
fn an_event_without_a_uid_keeps_one_key_across_imports() {
    let body = "BEGIN:VEVENT\nDTSTART:20260310T150000Z\nSUMMARY:Coffee\nEND:VEVENT";
    let a = read(body).occurrences[0].source_key();
    assert_eq!(a, read(body).occurrences[0].source_key());
    assert!(a.starts_with("ics:no-uid:"), "{a}");
}

#[test]
fn what_is_not_a_calendar_is_unreadable() {
    let w = Window::around(now(), NEW_YORK);
    let why = |text: &str| parse(text, NEW_YORK, w).unwrap_err().0;
    assert!(why("hello\nworld\n").contains("not an iCalendar file"));
    assert!(why("").contains("not an iCalendar file"));
    assert!(why("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara\r\nEND:VCARD\r\n").contains("vCard"));
    // calcard forgives a missing or crossed END: what is there is read,
    // with a warning for a file cut short.
    let cut = parse(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T150000Z\r\n",
        NEW_YORK,
        w,
    )
    .unwrap();
    assert_eq!(starts(&cut), vec!["2026-03-10T15:00:00Z"]);
    assert_eq!(
        cut.warnings,
        vec!["it ends before END:VCALENDAR (is the file cut short?); what it holds is read"]
    );
}

#[test]
fn a_folder_lists_its_ics_files_in_sub_folders_but_not_hidden_ones() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir_all(work.join(".git")).unwrap();
    std::fs::write(work.join("b.ics"), "x").unwrap();
    std::fs::write(work.join("a.ICS"), "x").unwrap();
    std::fs::write(work.join("notes.txt"), "x").unwrap();
    std::fs::write(work.join(".git").join("c.ics"), "x").unwrap();
    std::fs::write(dir.path().join("top.ics"), "x").unwrap();
    let names: Vec<String> = calendar_files(dir.path(), &mut |_, _| {})
        .unwrap()
        .iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    assert_eq!(names, vec!["top.ics", "work/a.ICS", "work/b.ics"]);
    let one = dir.path().join("top.ics");
    assert_eq!(calendar_files(&one, &mut |_, _| {}).unwrap(), vec![one]);
}

mod properties {
    use super::*;
    use chrono::{NaiveDate, NaiveTime, TimeZone};
    use proptest::prelude::*;

    const ZONES: [Tz; 5] = [
        chrono_tz::Europe::Paris,
        chrono_tz::America::New_York,
        chrono_tz::Australia::Sydney,
        chrono_tz::Asia::Kolkata,
        chrono_tz::UTC,
    ];

    /// Known limit: the parser refuses a start in the hour New York repeated
    /// on 2 Nov 2025. The event is named as a problem, never silently lost.
    #[test]
    fn a_start_in_the_repeated_hour_is_reported() {
        let body = "BEGIN:VEVENT\nUID:p\nDTSTART;TZID=America/New_York:20251102T013000\nEND:VEVENT";
        let window = Window::around(now(), chrono_tz::UTC);
        let p = parse(&calendar(body), chrono_tz::UTC, window).unwrap();
        assert_eq!(p.problems, vec!["event 'p': Invalid DTSTART property".to_string()]);
    }

    /// And a start in the hour Paris skipped on 30 March 2025 (found by the
    /// property below): named as a problem, never silently lost.
    #[test]
    fn a_start_in_the_skipped_hour_is_reported() {
        let body = "BEGIN:VEVENT\nUID:p\nDTSTART;TZID=Europe/Paris:20250330T023000\nEND:VEVENT";
        let window = Window::around(now(), chrono_tz::UTC);
        let p = parse(&calendar(body), chrono_tz::UTC, window).unwrap();
        assert_eq!(p.problems, vec!["event 'p': Invalid DTSTART property".to_string()]);
    }

    /// Whether `local` exists exactly once on `zone`'s clock.
    fn plain(zone: Tz, local: NaiveDateTime) -> bool {
        matches!(zone.from_local_datetime(&local), chrono::LocalResult::Single(_))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// A daily or weekly series in any zone: its occurrences lie in the
        /// window, each once, every `interval` days or weeks apart on the
        /// zone's calendar, at the start's wall-clock time (where that time
        /// exists that day), and none that should be there is missing.
        #[test]
        fn series_keep_their_wall_clock_and_stay_in_the_window(
            zone in 0..ZONES.len(),
            day in 0i64..1500,
            minute in 0u32..(24 * 60),
            weekly in any::<bool>(),
            interval in 1u32..4,
            user in 0..ZONES.len(),
        ) {
            let (zone, user) = (ZONES[zone], ZONES[user]);
            let start_date = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Duration::days(day);
            let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
            let local = start_date.and_time(time);
            // A start in the hour a zone repeats (the end of daylight saving)
            // or skips (its start: 02:00 on 30 March 2025 in Paris) is
            // refused by the parser (calcard reads it with `single()`): such
            // an event is reported as a problem, not imported; see
            // `a_start_in_the_repeated_hour_is_reported`.
            prop_assume!(plain(zone, local));
            let freq = if weekly { "WEEKLY" } else { "DAILY" };
            let body = format!(
                "BEGIN:VEVENT\nUID:p\nDTSTART;TZID={}:{}\nRRULE:FREQ={freq};INTERVAL={interval}\nEND:VEVENT",
                zone.name(),
                local.format("%Y%m%dT%H%M%S"),
            );
            let window = Window::around(now(), user);
            let p = parse(&calendar(&body), user, window).unwrap();
            prop_assert!(p.problems.is_empty(), "{:?}", p.problems);
            let step = if weekly { 7 * i64::from(interval) } else { i64::from(interval) };
            let mut expected = 0;
            let mut d = start_date;
            loop {
                let at = resolve_local(zone, d.and_time(time));
                if at >= window.end {
                    break;
                }
                expected += usize::from(window.contains(at));
                d += chrono::Duration::days(step);
            }
            let mut starts: Vec<DateTime<Utc>> = p.occurrences.iter().map(|o| o.start).collect();
            starts.sort();
            starts.dedup();
            prop_assert_eq!(starts.len(), p.occurrences.len());
            for o in &p.occurrences {
                prop_assert!(window.contains(o.start), "{} outside the window", o.start);
                let there = o.start.with_timezone(&zone).naive_local();
                if plain(zone, there.date().and_time(time)) {
                    prop_assert_eq!((there.date() - start_date).num_days() % step, 0, "{}", there);
                    prop_assert_eq!(there.time(), time);
                }
            }
            prop_assert_eq!(p.occurrences.len(), expected);
        }

        /// A calendar cut short anywhere, or with any line left out, is read
        /// or refused, never a crash.
        #[test]
        fn damaged_files_never_crash(cut in 0usize..2000, drop_line in 0usize..40) {
            let text = calendar(
                "BEGIN:VTIMEZONE\nTZID:Custom\nX-LIC-LOCATION:Europe/Berlin\nEND:VTIMEZONE\n\
                 BEGIN:VEVENT\nUID:w\nDTSTART;TZID=Custom:20260316T100000\nRRULE:FREQ=WEEKLY;UNTIL=20260601T000000Z;BYDAY=MO,WE\n\
                 EXDATE;TZID=Custom:20260318T100000\nRDATE;VALUE=PERIOD:20260320T100000Z/PT1H\n\
                 ORGANIZER:mailto:a@b.example\nATTENDEE;PARTSTAT=DECLINED:mailto:c@d.example\nEND:VEVENT\n\
                 BEGIN:VEVENT\nUID:w\nRECURRENCE-ID;TZID=Custom:20260323T100000\nDTSTART:20260324T090000Z\nSTATUS:CANCELLED\nEND:VEVENT\n\
                 BEGIN:VEVENT\nUID:d\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;COUNT=5\nEND:VEVENT",
            );
            let mut cut_at = cut.min(text.len());
            while !text.is_char_boundary(cut_at) {
                cut_at -= 1;
            }
            let w = Window::around(now(), NEW_YORK);
            let _ = parse(&text[..cut_at], NEW_YORK, w);
            let dropped: String = text
                .split_inclusive('\n')
                .enumerate()
                .filter(|(i, _)| *i != drop_line)
                .map(|(_, l)| l)
                .collect();
            let _ = parse(&dropped, NEW_YORK, w);
        }
    }
}

#[test]
fn rdates_add_occurrences_once_and_quoted_names_do_not_hide_addresses() {
    let p = read(
        "BEGIN:VEVENT\nUID:extra\nDTSTART;TZID=Europe/Paris:20260302T100000\n\
         RRULE:FREQ=WEEKLY;COUNT=2\nRDATE;TZID=Europe/Paris:20260304T160000,20260309T100000\n\
         ORGANIZER;CN=\"Lee, Sara\":mailto:sara@example.org\nEND:VEVENT",
    );
    // 2 and 9 Mar from the rule, 4 Mar added; 9 Mar once though listed twice.
    assert_eq!(
        starts(&p),
        vec!["2026-03-02T09:00:00Z", "2026-03-04T15:00:00Z", "2026-03-09T09:00:00Z"]
    );
    assert!(
        p.occurrences
            .iter()
            .all(|o| o.organizer.as_deref() == Some("sara@example.org"))
    );
}

/// A store with Sara (sara@example.org) and a calendar file in a folder.
fn sara_and_a_file() -> (crate::store::Store, ContactId, tempfile::TempDir, PathBuf) {
    use crate::model::ContactFields;
    use crate::store::Store;
    let mut store = Store::open_in_memory().unwrap();
    let sara = store
        .transact(|tx| {
            let f = ContactFields {
                name: Some("Sara Lee".into()),
                emails: Some(vec!["sara@example.org".into()]),
                ..ContactFields::default()
            };
            tx.insert_contact(&f, "manual", None, now())
        })
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.ics");
    (store, sara, dir, file)
}

/// The store as `app` hands it to an import.
fn loading(store: &mut crate::store::Store) -> crate::app::sink::Loading<'_> {
    crate::app::sink::Loading {
        store,
        rules: crate::app::derive::IN_UTC,
    }
}

fn options(user_emails: &[&str]) -> Options {
    Options {
        tz: NEW_YORK,
        now: now(),
        user_emails: user_emails.iter().map(|e| e.to_string()).collect(),
        progress: false,
    }
}

fn meetings_of(store: &crate::store::Store, contact: ContactId) -> Vec<DateTime<Utc>> {
    store
        .db()
        .interactions_of(contact)
        .unwrap()
        .iter()
        .map(|i| i.at)
        .collect()
}

#[test]
fn an_occurrence_the_user_declined_is_left_out() {
    let (mut store, sara, _dir, file) = sara_and_a_file();
    std::fs::write(
        &file,
        calendar(
            "BEGIN:VEVENT\nUID:a\nDTSTART:20261102T100000Z\nORGANIZER:mailto:sara@example.org\n\
             ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Home.example\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:b\nDTSTART:20261103T100000Z\nORGANIZER:mailto:sara@example.org\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@home.example\nEND:VEVENT",
        ),
    )
    .unwrap();
    let opts = options(&["me@HOME.example"]);
    let mut problems = Vec::new();
    let s = import(&mut loading(&mut store), &file, &opts, &mut |l| {
        problems.push(l.to_string())
    })
    .unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!((s.interactions_added, s.declined_skipped), (1, 1));
    let history = store.db().interactions_of(sara).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].at, at("2026-11-03T10:00:00Z"));
    assert_eq!(history[0].direction, crate::model::Direction::Both);
    assert_eq!(
        s.line(&file).lines().nth(1),
        Some("Left out 1 occurrence you declined.")
    );
}

#[test]
fn withdrawing_a_moved_meeting_leaves_a_uid_that_only_starts_alike() {
    let (mut store, sara, _dir, file) = sara_and_a_file();
    let write = |x_start: &str| {
        let body = format!(
            "BEGIN:VEVENT\nUID:x\nDTSTART:{x_start}\nATTENDEE:mailto:sara@example.org\nEND:VEVENT\n\
             BEGIN:VEVENT\nUID:x/y\nDTSTART:20261209T100000Z\nATTENDEE:mailto:sara@example.org\nEND:VEVENT"
        );
        std::fs::write(&file, calendar(&body)).unwrap();
    };
    let mut ignore = |_: &str| {};
    write("20261208T100000Z");
    import(&mut loading(&mut store), &file, &options(&[]), &mut ignore).unwrap();
    write("20261210T100000Z");
    let s = import(&mut loading(&mut store), &file, &options(&[]), &mut ignore).unwrap();
    assert_eq!((s.interactions_added, s.already_known, s.planned_withdrawn), (1, 1, 1));
    assert_eq!(
        meetings_of(&store, sara),
        vec![at("2026-12-09T10:00:00Z"), at("2026-12-10T10:00:00Z")]
    );
}

/// A calendar of many recurring events is handed on one event at a time,
/// never expanded whole (issue 27: 100,000 events with daily repeats took
/// 2 GB when every occurrence was collected before writing): what is held
/// at once is one series' occurrences, however many series the file has.
#[test]
fn occurrences_are_handed_on_one_series_at_a_time() {
    let series = 40;
    let body: String = (0..series)
        .map(|i| {
            format!(
                "BEGIN:VEVENT\nUID:daily-{i}\nDTSTART:20200101T{:02}0000Z\nRRULE:FREQ=DAILY\n\
                 ATTENDEE:mailto:sara@example.org\nEND:VEVENT\n",
                i % 24
            )
        })
        .collect();
    let text = calendar(&body);
    let window = Window::around(now(), NEW_YORK);
    let (mut batches, mut largest, mut total) = (0, 0, 0);
    let parsed = parse_each(&text, NEW_YORK, window, &mut |got| {
        batches += 1;
        largest = largest.max(got.len());
        total += got.len();
    })
    .unwrap();
    assert!(parsed.occurrences.is_empty());
    assert_eq!(parsed.complete.len(), series);
    // Every day of the window, for each series: about 760 a series.
    let per_series = total / series;
    assert!((750..=770).contains(&per_series), "{per_series}");
    assert_eq!(total, per_series * series);
    assert_eq!(batches, series);
    assert_eq!(largest, per_series, "one series at a time, not {total} at once");
    // Collected, the same occurrences.
    assert_eq!(parse(&text, NEW_YORK, window).unwrap().occurrences.len(), total);
}

/// The streamed import writes what the collected one wrote, withdraws what
/// it withdrew, and a file that cannot be read writes nothing.
#[test]
fn a_streamed_import_writes_every_meeting_once_and_fails_whole() {
    let (mut store, sara, _dir, file) = sara_and_a_file();
    let series = |n: usize| -> String {
        (0..n)
            .map(|i| {
                format!(
                    "BEGIN:VEVENT\nUID:weekly-{i}\nDTSTART:20261101T{:02}0000Z\nRRULE:FREQ=WEEKLY\n\
                     ATTENDEE:mailto:sara@example.org\nEND:VEVENT\n",
                    10 + i
                )
            })
            .collect()
    };
    std::fs::write(&file, calendar(&series(3))).unwrap();
    let mut ignore = |_: &str| {};
    let s = import(&mut loading(&mut store), &file, &options(&[]), &mut ignore).unwrap();
    // From 1 Nov 2026 to the window's end (30 Dec): 9 weeks, 3 series.
    assert_eq!((s.interactions_added, s.already_known, s.planned_withdrawn), (27, 0, 0));
    let before = meetings_of(&store, sara);
    assert_eq!(before.len(), 27);
    // The third series dropped from the file: a UID no longer there is not
    // known to be complete, so its meetings stay; the others are known.
    std::fs::write(&file, calendar(&series(2))).unwrap();
    let s = import(&mut loading(&mut store), &file, &options(&[]), &mut ignore).unwrap();
    assert_eq!((s.interactions_added, s.already_known), (0, 18));
    assert_eq!(
        s.planned_withdrawn, 0,
        "a UID no longer in the file is not known complete"
    );
    // A file whose first calendar is whole and whose end is not one: its
    // meetings are not written before the whole file is read.
    let text = calendar(&series(1).replace("weekly-", "new-")) + "BEGIN:VCARD\r\nFN:Sara\r\nEND:VCARD\r\n";
    std::fs::write(&file, text).unwrap();
    let err = import(&mut loading(&mut store), &file, &options(&[]), &mut ignore).unwrap_err();
    assert!(err.to_string().contains("holds a vCard"), "{err}");
    assert_eq!(meetings_of(&store, sara), before);
}

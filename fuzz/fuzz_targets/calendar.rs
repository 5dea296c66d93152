//! Calendar files: parsed and expanded on their own (any zone, including
//! ones with odd offsets), then imported whole into a real database with a
//! contact among the attendees.
#![no_main]

use chrono::DateTime;
use chrono_tz::Tz;
use libfuzzer_sys::fuzz_target;
use tend::capture::calendar::{self, Options, Window};
use tend::model::ContactFields;
use tend::store::Store;

const ZONES: [Tz; 4] = [Tz::UTC, Tz::Europe__Paris, Tz::Pacific__Kiritimati, Tz::America__St_Johns];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let tz = ZONES[usize::from(pick) % ZONES.len()];
    let now = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = calendar::parse(text, tz, Window::around(now, tz));
    }
    let Ok(dir) = tempfile::tempdir() else { return };
    let Ok(mut store) = Store::open(&dir.path().join("tend.db")) else { return };
    let ana = ContactFields {
        name: Some("Ana Costa".into()),
        emails: Some(vec!["ana@example.org".into()]),
        ..ContactFields::default()
    };
    if store.transact(|tx| tx.insert_contact(&ana, "fuzz", None, now)).is_err() {
        return;
    }
    let path = dir.path().join("cal.ics");
    if std::fs::write(&path, body).is_err() {
        return;
    }
    let opts = Options {
        tz,
        now,
        user_emails: vec!["me@example.org".into()],
        progress: false,
    };
    let _ = calendar::import(&mut store, &path, &opts, &mut |_| {});
});

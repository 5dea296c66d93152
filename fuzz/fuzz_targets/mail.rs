//! Whole mail imports into a real database, with a contact to match: an
//! mbox file (first byte even) or a Maildir holding one message (odd).
#![no_main]

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use tend::app::App;
use tend::config::Settings;
use tend::model::ContactFields;
use tend::store::Store;
use tend::time::Clock;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let Ok(dir) = tempfile::tempdir() else { return };
    let Ok(store) = Store::open(&dir.path().join("tend.db")) else { return };
    let Ok(mut settings) = Settings::defaults() else { return };
    settings.user.emails = vec!["me@example.org".into()];
    let now = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
    let mut app = App::with(settings, Clock::Pinned(now), store, dir.path().join("config.toml"));
    let ana = ContactFields {
        name: Some("Ana Costa".into()),
        emails: Some(vec!["ana@example.org".into()]),
        ..ContactFields::default()
    };
    if app.add_contact(&ana).is_err() {
        return;
    }
    let path = if pick % 2 == 0 {
        dir.path().join("inbox.mbox")
    } else {
        let new = dir.path().join("Mail").join("new");
        if std::fs::create_dir_all(&new).is_err() || std::fs::create_dir_all(dir.path().join("Mail/cur")).is_err() {
            return;
        }
        new.join("1780000000.M1P1.host")
    };
    if std::fs::write(&path, body).is_err() {
        return;
    }
    let target = if pick % 2 == 0 { path } else { dir.path().join("Mail") };
    let _ = app.import_mail(&target, pick & 2 != 0, false, &mut |_| {});
});

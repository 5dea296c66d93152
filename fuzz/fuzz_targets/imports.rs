//! Whole imports into a real database: a LinkedIn Connections.csv or
//! messages.csv, a vCard file, a JSON backup. The first byte picks which.
#![no_main]

use chrono::DateTime;
use chrono_tz::Tz;
use libfuzzer_sys::fuzz_target;
use tend::import::Options;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else { return };
    let Ok(dir) = tempfile::tempdir() else { return };
    let Ok(mut store) = tend::store::Store::open(&dir.path().join("tend.db")) else { return };
    let opts = Options {
        strict: false,
        cadence: None,
        tz: Tz::Europe__Paris,
        now: DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default(),
        user_name: "Me".into(),
        progress: false,
    };
    let name = ["Connections.csv", "messages.csv", "c.vcf", "b.json"][usize::from(pick) % 4];
    let path = dir.path().join(name);
    if std::fs::write(&path, body).is_err() {
        return;
    }
    let _ = match pick % 4 {
        0 | 1 => tend::import::linkedin::import(&mut store, &path, &opts, &mut |_| {}).map(drop),
        2 => tend::import::vcard::import(&mut store, &path, &opts, &mut |_| {}).map(drop),
        _ => tend::import::json::restore(&mut store, &path, opts.now).map(drop),
    };
});

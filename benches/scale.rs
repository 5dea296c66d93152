//! `cargo bench --bench scale`: tend at LinkedIn's scale (30,000 contacts,
//! 1,000,000 interactions). Times whole processes, as a user meets them:
//! `tend agenda --json` and `tend add`, plus the planner alone in-process.
//! Set TEND_BENCH_CONTACTS / TEND_BENCH_INTERACTIONS for other sizes.

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use tend::scale::{ScaleSpec, generate};

const NOW: &str = "2026-12-01T10:00:00+01:00";

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = samples[samples.len() / 2];
    let p90 = samples[samples.len() * 9 / 10];
    println!(
        "{name:<28} median {:>8.2} ms   p90 {:>8.2} ms   min {:>8.2} ms   ({} runs)",
        ms(median),
        ms(p90),
        ms(samples[0]),
        samples.len()
    );
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes --bench; `cargo test --benches` runs this as a smoke test.
    let quick = !std::env::args().any(|a| a == "--bench");
    let spec = if quick {
        ScaleSpec {
            contacts: 300,
            interactions: 10_000,
            seed: 7,
        }
    } else {
        ScaleSpec {
            contacts: env_u64("TEND_BENCH_CONTACTS", 30_000),
            interactions: env_u64("TEND_BENCH_INTERACTIONS", 1_000_000),
            seed: 7,
        }
    };
    // TEND_BENCH_DIR keeps the generated database for profiling between runs.
    let tmp = tempfile::tempdir()?;
    let dir_path = std::env::var_os("TEND_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    std::fs::create_dir_all(&dir_path)?;
    let db = dir_path.join("tend.db");
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(NOW)?.with_timezone(&Utc);
    let t = Instant::now();
    if !db.exists() {
        let mut store = tend::store::Store::open(&db)?;
        // Contacts without a zone are in the system's, as for tend itself
        // on a machine without `[user] timezone`.
        let rules = tend::app::derive::Rules::in_system_zone();
        store.fixtures(&rules, |sink| generate(sink, spec, now))?;
        store.checkpoint_and_analyze()?;
    }
    println!(
        "generated {} contacts, {} interactions in {:.1} s ({:.0} MB)",
        spec.contacts,
        spec.interactions,
        t.elapsed().as_secs_f64(),
        std::fs::metadata(&db)?.len() as f64 / 1e6
    );
    let config = dir_path.join("config.toml");
    std::fs::write(&config, "[user]\ntimezone = \"Europe/Paris\"\n")?;
    let tend = env!("CARGO_BIN_EXE_tend");
    let run = |args: &[&str]| -> Result<Duration, Box<dyn std::error::Error>> {
        let t = Instant::now();
        let out = Command::new(tend)
            .args(args)
            .env("TEND_DB", &db)
            .env("TEND_CONFIG", &config)
            .env("TEND_NOW", NOW)
            .output()?;
        let took = t.elapsed();
        if !out.status.success() {
            return Err(format!("tend {args:?}: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        Ok(took)
    };
    let runs = if quick { 3 } else { 30 };
    run(&["agenda", "--json"])?; // warm the page cache
    let agenda: Vec<Duration> = (0..runs)
        .map(|_| run(&["agenda", "--json"]))
        .collect::<Result<_, _>>()?;
    stats("tend agenda --json", agenda);
    let add: Vec<Duration> = (0..runs * 2)
        .map(|i| run(&["add", &format!("Bench Person {i}")]))
        .collect::<Result<_, _>>()?;
    stats("tend add", add);
    let list: Vec<Duration> = (0..runs.min(10))
        .map(|_| run(&["list", "--json"]))
        .collect::<Result<_, _>>()?;
    stats("tend list --json", list);

    // The planner alone, in-process, to see where the time goes.
    let mut env = std::collections::BTreeMap::new();
    env.insert("TEND_USER__TIMEZONE".to_string(), "Europe/Paris".to_string());
    let settings = tend::config::Settings::load(&config, true, &env)?;
    // The store itself, not an App: this times the reads the planner waits on.
    let store = tend::store::Store::open(&db)?;
    let mut plan_times = Vec::new();
    let mut load_times = Vec::new();
    let mut nudges = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let contacts =
            store
                .db()
                .plan_rows(None, &[], tend::store::contacts::UsualHours::In(settings.user.timezone))?;
        let events = store.db().all_events(None)?;
        let records = store.db().nudge_records()?;
        load_times.push(t.elapsed());
        let t = Instant::now();
        let facts = tend::facts::Facts {
            contacts: &contacts,
            events: &events,
            records: &records,
        };
        let plan = tend::planner::plan(&facts, &settings, now);
        plan_times.push(t.elapsed());
        nudges = plan.nudges.len();
    }
    stats("load facts (in-process)", load_times);
    stats("plan (in-process)", plan_times);
    println!("open nudges planned: {nudges}");
    Ok(())
}

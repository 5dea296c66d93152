//! `cargo bench --bench stats`: `tend stats` at LinkedIn's scale (30,000
//! contacts, 1,000,000 interactions), timed as whole processes. Also writes
//! the chart of that network (`--chart`) to TEND_BENCH_CHART, or
//! `stats-chart.svg` in the bench folder. Set TEND_BENCH_CONTACTS /
//! TEND_BENCH_INTERACTIONS for other sizes and TEND_BENCH_DIR to keep the
//! generated database between runs.

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use tend::scale::{ScaleSpec, generate};

const NOW: &str = "2026-12-01T10:00:00+01:00";

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<44} median {:>8.1} ms   max {:>8.1} ms   min {:>8.1} ms   ({} runs)",
        ms(samples[samples.len() / 2]),
        ms(samples[samples.len() - 1]),
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
    let spec = ScaleSpec {
        contacts: if quick {
            300
        } else {
            env_u64("TEND_BENCH_CONTACTS", 30_000)
        },
        interactions: if quick {
            10_000
        } else {
            env_u64("TEND_BENCH_INTERACTIONS", 1_000_000)
        },
        seed: 7,
    };
    let tmp = tempfile::tempdir()?;
    let dir = std::env::var_os("TEND_BENCH_DIR").map_or_else(|| tmp.path().to_path_buf(), Into::into);
    std::fs::create_dir_all(&dir)?;
    let db = dir.join("tend.db");
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(NOW)?.with_timezone(&Utc);
    if !db.exists() {
        let mut store = tend::store::Store::open(&db)?;
        // Contacts without a zone are in the system's, as for tend itself
        // on a machine without `[user] timezone`.
        let rules = tend::app::derive::Rules::in_system_zone();
        store.fixtures(&rules, |sink| generate(sink, spec, now))?;
        store.checkpoint_and_analyze()?;
    }
    println!(
        "network: {} contacts, {} interactions",
        spec.contacts, spec.interactions
    );
    let config = dir.join("config.toml");
    std::fs::write(&config, "[user]\ntimezone = \"Europe/Paris\"\n")?;
    let chart = std::env::var_os("TEND_BENCH_CHART").map_or_else(|| dir.join("stats-chart.svg"), Into::into);
    let chart_arg = chart.to_string_lossy().into_owned();
    let tend = env!("CARGO_BIN_EXE_tend");
    let run = |args: &[&str]| -> Result<(Duration, String), Box<dyn std::error::Error>> {
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
        Ok((took, String::from_utf8_lossy(&out.stdout).into_owned()))
    };
    let runs = if quick { 2 } else { 10 };
    let all_groups = [
        "stats", "--json", "--by", "kind", "--by", "draft", "--by", "weekday", "--by", "hour", "--by", "stage", "--by",
        "channel", "--by", "tag",
    ];
    let (_, first) = run(&["stats", "--json"])?; // warms the page cache
    let total: serde_json::Value = serde_json::from_str(&first)?;
    println!("total since 1y: {}", total["total"]);
    for (name, args) in [
        ("tend stats --json", &["stats", "--json"][..]),
        ("tend stats --json --by (all seven)", &all_groups[..]),
        (
            "tend stats --since 3y --json",
            &["stats", "--since", "3y", "--json"][..],
        ),
        (
            "tend stats --chart FILE.svg",
            &["stats", "--chart", chart_arg.as_str()][..],
        ),
    ] {
        let samples: Vec<Duration> = (0..runs).map(|_| run(args).map(|r| r.0)).collect::<Result<_, _>>()?;
        report(name, samples);
    }
    println!("chart: {}", chart.display());
    Ok(())
}

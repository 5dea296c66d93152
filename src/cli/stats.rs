//! `tend stats`: what gets answered (cli.md).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::args::{Since, StatsArgs};
use super::output::{Style, emit, emit_json, paint};
use crate::app::App;
use crate::error::{Error, Result};
use crate::stats::{Report, Tally};
use crate::time::Duration;

const DEFAULT_SINCE: Since = Since::Ago(Duration {
    amount: 1,
    unit: crate::time::Unit::Years,
});

/// The instant `--since` stands for, in the user's zone.
pub fn cutoff(since: Since, now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    match since {
        Since::Ago(d) => d.before(now, tz),
        Since::From(date) => crate::time::start_of_day(date, tz),
    }
}

pub fn run(app: &mut App, a: StatsArgs) -> Result<i32> {
    let format = a.chart.as_deref().map(crate::stats::chart::Format::of).transpose()?;
    let tz = app.tz();
    let since = a.since.unwrap_or(DEFAULT_SINCE);
    let from = cutoff(since, app.now(), tz);
    let report = app.stats_report(from, &a.by)?;
    let from_text = crate::time::rfc3339_in(from, tz);
    if let (Some(path), Some(format)) = (&a.chart, format) {
        let title = format!(
            "What gets answered: {} message{} since {}",
            report.total.sent,
            if report.total.sent == 1 { "" } else { "s" },
            from.with_timezone(&tz).format("%-d %b %Y")
        );
        let bytes = crate::stats::chart::render(&report, &title, format)?;
        std::fs::write(path, bytes).map_err(|e| Error::io_at("cannot write the chart to", path, e))?;
    }
    let demand = app.demand()?;
    if a.out.json {
        let mut v = report.json(&from_text);
        v["check_ins"] = serde_json::json!({
            "contacts": demand.contacts,
            "asked_per_day": (demand.per_day * 10.0).round() / 10.0,
            "cap": demand.cap,
            "kept_in_rhythm": demand.kept(),
        });
        emit_json(&v)?;
    } else {
        let mut text = human(&report, from, tz);
        // Rule 10: the same figure as import, edit and config give.
        if let Some(warning) = demand.warning() {
            text += &format!("\n{}\n  {warning}\n", paint(Style::Bold, "Check-ins"));
        }
        emit(&text)?;
    }
    Ok(0)
}

fn percent(t: &Tally) -> String {
    t.rate()
        .map_or_else(|| "-".to_string(), |r| format!("{:.0}%", r * 100.0))
}

fn hours(h: Option<f64>) -> String {
    h.map_or_else(|| "-".to_string(), |h| format!("{h:.1} h"))
}

fn human(report: &Report, from: DateTime<Utc>, tz: Tz) -> String {
    let t = &report.total;
    let mut s = format!(
        "{}\n  {} sent, {} answered, rate {}, median reply {}\n",
        paint(
            Style::Bold,
            &format!("Since {}", from.with_timezone(&tz).format("%a %-d %b %Y"))
        ),
        t.sent,
        t.answered,
        percent(t),
        hours(t.median_reply_hours()),
    );
    if t.sent == 0 {
        s += "  (no messages or e-mails sent in that time)\n";
    }
    for (group, tallies) in &report.by {
        s += &format!(
            "\n{}\n  {:<18} {:>6} {:>9} {:>6} {:>13}\n",
            paint(Style::Bold, &format!("By {group}")),
            group.as_str(),
            "sent",
            "answered",
            "rate",
            "median reply"
        );
        if tallies.is_empty() {
            s += "  (none)\n";
        }
        for (key, t) in tallies {
            s += &format!(
                "  {:<18} {:>6} {:>9} {:>6} {:>13}\n",
                key.word,
                t.sent,
                t.answered,
                percent(t),
                hours(t.median_reply_hours())
            );
        }
    }
    s += &format!(
        "\n{}\n",
        paint(
            Style::Dim,
            "Answered: their next response came within 14 days, before your next message. Rates from 5 sent."
        )
    );
    s
}

//! `tend stats --chart FILE.svg`: the answer rate by weekday × hour in the
//! recipients' time (a heat map) and by nudge kind (bars), drawn with
//! plotters' SVG backend. Every cell and bar carries its figure as text, and
//! the shading is grey, so the picture reads without colour.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Report, Tally, weekday_word};
use crate::error::{Error, Result};

const WIDTH: u32 = 1280;
const HEIGHT: u32 = 820;

fn failed(e: impl std::fmt::Display) -> Error {
    Error::Failed(format!("drawing the chart: {e}"))
}

/// The grey of a rate: white for none answered, dark for all.
fn shade(rate: f64) -> RGBColor {
    let v = (235.0 - rate.clamp(0.0, 1.0) * 175.0).round() as u8;
    RGBColor(v, v, v)
}

/// The figure written in a cell or on a bar: the rate in percent, or the
/// count when fewer than 5 were sent (no rate then).
fn label(t: &Tally) -> String {
    match t.rate() {
        Some(r) => format!("{:.0}%", r * 100.0),
        None if t.sent == 0 => String::new(),
        None => format!("{}/{}", t.answered, t.sent),
    }
}

/// The SVG text of the chart.
pub fn svg(report: &Report, title: &str) -> Result<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(failed)?;
        let root = root
            .titled(title, ("sans-serif", 22).into_font().color(&BLACK))
            .map_err(failed)?;
        let (top, bottom) = root.split_vertically(480);
        heat_map(report, &top)?;
        kinds(report, &bottom)?;
        root.present().map_err(failed)?;
    }
    Ok(out)
}

fn heat_map(report: &Report, area: &DrawingArea<SVGBackend, plotters::coord::Shift>) -> Result<()> {
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Answer rate by weekday and hour sent, in the recipient's time (n/m: answered of sent, under 5 sent)",
            ("sans-serif", 15),
        )
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        // Cell (h, d) spans h ± 0.5, so the integer ticks label cell centres.
        .build_cartesian_2d(-0.5f64..23.5f64, -0.5f64..6.5f64)
        .map_err(failed)?;
    // Row d is drawn at 6 - d, so Monday is on top.
    let tick = |v: f64, below: f64| (v.fract().abs() < 1e-9 && v >= 0.0 && v < below).then_some(v as usize);
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(24)
        .y_labels(7)
        .x_label_formatter(&|x| tick(*x, 24.0).map(|h| format!("{h:02}")).unwrap_or_default())
        .y_label_formatter(&|y| {
            tick(*y, 7.0)
                .map(|d| weekday_word(6 - d).to_string())
                .unwrap_or_default()
        })
        .x_desc("hour")
        .axis_desc_style(("sans-serif", 15))
        .label_style(("sans-serif", 15))
        .draw()
        .map_err(failed)?;
    let cell = |h: usize, d: usize| {
        let (x, y) = (h as f64, (6 - d) as f64);
        [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)]
    };
    let cells = report.grid.iter().enumerate().flat_map(|(d, hours)| {
        hours.iter().enumerate().map(move |(h, t)| {
            let fill = match t.rate() {
                Some(r) => shade(r).filled(),
                None => RGBColor(250, 250, 250).filled(),
            };
            Rectangle::new(cell(h, d), fill)
        })
    });
    chart.draw_series(cells).map_err(failed)?;
    let borders =
        (0..7).flat_map(|d| (0..24).map(move |h| Rectangle::new(cell(h, d), RGBColor(200, 200, 200).stroke_width(1))));
    chart.draw_series(borders).map_err(failed)?;
    let labels = report.grid.iter().enumerate().flat_map(|(d, hours)| {
        hours.iter().enumerate().map(move |(h, t)| {
            let dark = t.rate().is_some_and(|r| r > 0.55);
            let style = TextStyle::from(("sans-serif", 14).into_font())
                .color(if dark { &WHITE } else { &BLACK })
                .pos(Pos::new(HPos::Center, VPos::Center));
            Text::new(label(t), (h as f64, (6 - d) as f64), style)
        })
    });
    chart.draw_series(labels).map_err(failed)?;
    Ok(())
}

fn kinds(report: &Report, area: &DrawingArea<SVGBackend, plotters::coord::Shift>) -> Result<()> {
    let bars: Vec<(&str, &Tally)> = report.kinds.iter().map(|(k, t)| (k.word.as_ref(), t)).collect();
    let n = bars.len().max(1);
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Answer rate by the nudge a message answered (own: not sent through tend done)",
            ("sans-serif", 15),
        )
        .margin(12)
        .x_label_area_size(28)
        .y_label_area_size(44)
        .build_cartesian_2d(0f64..n as f64, 0f64..1.1f64)
        .map_err(failed)?;
    let names: Vec<String> = bars.iter().map(|(k, _)| (*k).to_string()).collect();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n * 2 + 1)
        .x_label_formatter(&|x| {
            let i = x.floor();
            let centre = (x - i - 0.5).abs() < 1e-9;
            names.get(i as usize).filter(|_| centre).cloned().unwrap_or_default()
        })
        .y_labels(6)
        .y_label_formatter(&|y| {
            if *y <= 1.0 {
                format!("{:.0}%", y * 100.0)
            } else {
                String::new()
            }
        })
        .label_style(("sans-serif", 12))
        .draw()
        .map_err(failed)?;
    let rects = bars.iter().enumerate().map(|(i, (_, t))| {
        let x = i as f64;
        let rate = t.rate().unwrap_or(0.0);
        Rectangle::new([(x + 0.2, 0.0), (x + 0.8, rate)], shade(rate).filled())
    });
    chart.draw_series(rects).map_err(failed)?;
    let outlines = bars.iter().enumerate().map(|(i, (_, t))| {
        let x = i as f64;
        Rectangle::new(
            [(x + 0.2, 0.0), (x + 0.8, t.rate().unwrap_or(0.0))],
            BLACK.stroke_width(1),
        )
    });
    chart.draw_series(outlines).map_err(failed)?;
    let texts = bars.iter().enumerate().map(|(i, (_, t))| {
        let style = TextStyle::from(("sans-serif", 13).into_font())
            .color(&BLACK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        let words = match t.rate() {
            Some(_) => format!("{} ({} of {})", label(t), t.answered, t.sent),
            None => format!("{} of {} (too few for a rate)", t.answered, t.sent),
        };
        Text::new(words, (i as f64 + 0.5, t.rate().unwrap_or(0.0) + 0.02), style)
    });
    chart.draw_series(texts).map_err(failed)?;
    Ok(())
}

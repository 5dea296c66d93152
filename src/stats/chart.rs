//! `tend stats --chart FILE.svg|FILE.png`: the answer rate by weekday ×
//! hour in the recipients' time (a heat map) and by nudge kind (bars),
//! drawn with plotters as SVG or as a PNG. Every cell and bar carries its
//! figure as text, and the shading is grey, so the picture reads without
//! colour.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::io::Write;
use std::path::Path;

use super::{Report, Tally, weekday_word};
use crate::error::{Error, Result};

const WIDTH: u32 = 1280;
const HEIGHT: u32 = 820;

/// The chart's one typeface, built in so that the picture is the same on
/// every machine: plotters lays text out with its metrics (SVG) and draws
/// its glyphs (PNG). A subset of DejaVu Sans (Latin letters and
/// punctuation: the chart's words are tend's own); its licence is beside it.
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Latin.ttf");

fn failed(e: impl std::fmt::Display) -> Error {
    Error::Failed(format!("drawing the chart: {e}"))
}

/// What `--chart` writes, by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    /// `.svg` or `.png` (any case); anything else is refused (exit 2).
    pub fn of(path: &Path) -> Result<Format> {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(Format::Svg),
            Some("png") => Ok(Format::Png),
            _ => Err(Error::Input(format!(
                "--chart '{}': tend draws the chart as SVG or PNG: name the file FILE.svg or FILE.png",
                path.display()
            ))),
        }
    }
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

/// The chart as the bytes of a file of `format`.
pub fn render(report: &Report, title: &str, format: Format) -> Result<Vec<u8>> {
    plotters::style::register_font("sans-serif", FontStyle::Normal, FONT)
        .map_err(|_| failed("the built-in font cannot be read"))?;
    match format {
        Format::Svg => {
            let mut out = String::new();
            draw(
                SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area(),
                report,
                title,
            )?;
            Ok(out.into_bytes())
        }
        Format::Png => {
            let mut rgb = vec![0u8; WIDTH as usize * HEIGHT as usize * 3];
            draw(
                BitMapBackend::with_buffer(&mut rgb, (WIDTH, HEIGHT)).into_drawing_area(),
                report,
                title,
            )?;
            png(&rgb, WIDTH, HEIGHT)
        }
    }
}

fn draw<DB: DrawingBackend>(root: DrawingArea<DB, Shift>, report: &Report, title: &str) -> Result<()>
where
    DB::ErrorType: 'static,
{
    root.fill(&WHITE).map_err(failed)?;
    let root = root
        .titled(title, ("sans-serif", 22).into_font().color(&BLACK))
        .map_err(failed)?;
    let (top, bottom) = root.split_vertically(480);
    heat_map(report, &top)?;
    kinds(report, &bottom)?;
    root.present().map_err(failed)
}

/// An 8-bit RGB image as a PNG file: the signature, then the header, the
/// rows (each after a 0: no filter) deflated, and the end, each chunk with
/// its length and CRC (the PNG specification, 2nd edition).
fn png(rgb: &[u8], width: u32, height: u32) -> Result<Vec<u8>> {
    let row = width as usize * 3;
    let mut raw = Vec::with_capacity((row + 1) * height as usize);
    for line in rgb.chunks(row) {
        raw.push(0);
        raw.extend_from_slice(line);
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&raw).map_err(failed)?;
    let data = z.finish().map_err(failed)?;
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&width.to_be_bytes());
    header.extend_from_slice(&height.to_be_bytes());
    // 8 bits a sample, colour type 2 (RGB), deflate, adaptive filters, no interlace.
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, body) in [(b"IHDR", header.as_slice()), (b"IDAT", &data), (b"IEND", &[])] {
        let len = u32::try_from(body.len()).map_err(failed)?;
        out.extend_from_slice(&len.to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(body);
        out.extend_from_slice(kind);
        out.extend_from_slice(body);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    Ok(out)
}

fn heat_map<DB: DrawingBackend>(report: &Report, area: &DrawingArea<DB, Shift>) -> Result<()>
where
    DB::ErrorType: 'static,
{
    let mut chart = ChartBuilder::on(area)
        .caption(
            "Answer rate by weekday and hour sent, in the recipient's time (n/m: answered of sent, under 5 sent)",
            ("sans-serif", 15),
        )
        .margin(12)
        // Room for the ticks and, below them, the axis title: at 28 pixels
        // "hour" sat on the tick "11".
        .x_label_area_size(48)
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

fn kinds<DB: DrawingBackend>(report: &Report, area: &DrawingArea<DB, Shift>) -> Result<()>
where
    DB::ErrorType: 'static,
{
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

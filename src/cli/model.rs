//! `tend model check`: the configured model on the built-in situations.

use serde_json::{Value, json};

use super::args::ModelCommand;
use super::output::{Style, emit, emit_json, note, paint};
use crate::config::Engine;
use crate::drafts::Drafter;
use crate::error::{Error, Result};
use crate::model_engine::{Fallback, check};

pub fn run(c: ModelCommand) -> Result<i32> {
    match c {
        ModelCommand::Check(a) => model_check(a.json),
    }
}

fn model_check(json: bool) -> Result<i32> {
    let (settings, clock, config_path) = crate::app::load_settings()?;
    let (drafter, warnings) = Drafter::configured(&settings, &config_path);
    for w in warnings {
        note(&format!("warning: {w}"));
    }
    let now = clock.now();
    let m = &settings.model;
    if !json {
        note(&format!(
            "Asking {} (model {}, timeout {}) for {} drafts, one at a time…",
            m.endpoint,
            if m.model.is_empty() { "as loaded" } else { &m.model },
            m.timeout,
            check::situations(now).len()
        ));
    }
    let report = check::run(&settings, &drafter, now);
    // Not one answer: the model could not be asked, which is no verdict on it.
    let none_answered = report.tries.iter().all(|(_, a)| {
        matches!(
            a.outcome,
            Err(Fallback::Timeout(_) | Fallback::Unreachable(_) | Fallback::Status(_))
        )
    });
    let (median, worst) = report.times_ms();
    let total = report.tries.len();
    if json {
        let failures: Vec<Value> = report
            .failures()
            .into_iter()
            .map(|(situation, why)| json!({"situation": situation, "why": why}))
            .collect();
        let drafts: Vec<Value> = report
            .tries
            .iter()
            .map(|(situation, a)| {
                json!({
                    "situation": situation,
                    "text": a.written,
                    "passed": a.outcome.is_ok(),
                    "why": a.outcome.as_ref().err().map(ToString::to_string),
                    "ms": a.took.as_millis(),
                })
            })
            .collect();
        emit_json(&json!({
            "endpoint": m.endpoint,
            "model": m.model,
            "passed": report.passed(),
            "total": total,
            "failures": failures,
            "median_ms": median,
            "worst_ms": worst,
            "drafts": drafts,
        }))?;
    } else {
        let mut t = String::new();
        for (situation, a) in &report.tries {
            let ms = a.took.as_millis();
            match &a.outcome {
                Ok(_) => t += &format!("{}  {situation} ({ms} ms)\n", paint(Style::Green, "pass")),
                Err(why) => t += &format!("{}  {situation} ({ms} ms): {why}\n", paint(Style::Yellow, "fail")),
            }
            if let Some(text) = &a.written {
                t += &format!("      {}\n", paint(Style::Dim, text));
            }
        }
        t += &format!(
            "\n{} of {total} drafts passed the guardrails; time per draft: median {median} ms, worst {worst} ms.\n",
            report.passed()
        );
        if settings.drafts.engine == Engine::Templates {
            t += "The drafts engine is \"templates\": set [drafts] engine = \"model\" to use this model.\n";
        }
        emit(&t)?;
    }
    if none_answered {
        return Err(Error::Failed(format!(
            "the model at {} gave no draft: {}",
            m.endpoint,
            report
                .failures()
                .first()
                .map(|(_, why)| why.as_str())
                .unwrap_or("no situation was tried")
        )));
    }
    Ok(0)
}

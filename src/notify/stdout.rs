//! `[notify] backend = "stdout"`: one JSON object a line, for headless
//! machines and scripts (cli.md).

use serde_json::json;
use std::io::Write;

use super::{Message, Notifier, NotifyError};

pub struct Stdout;

impl Notifier for Stdout {
    async fn show(&mut self, msg: &Message) -> Result<(), NotifyError> {
        let line = json!({
            "contact_id": msg.contact_id,
            "kind": msg.kind,
            "summary": msg.summary,
            "body": msg.body,
        });
        let mut out = std::io::stdout().lock();
        // Flushed per line so that a reader sees each notification at once.
        writeln!(out, "{line}")?;
        out.flush()?;
        Ok(())
    }

    async fn withdraw(&mut self, _key: &str) {}

    fn live(&self) -> Vec<String> {
        Vec::new()
    }
}

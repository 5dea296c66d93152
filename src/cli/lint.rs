//! `tend lint`: the message check of drafts.md on a text from the argument
//! or stdin.

use serde_json::json;
use std::io::{IsTerminal, Read};

use super::args::LintArgs;
use super::output::{self, emit, emit_json};
use crate::app::App;
use crate::error::{Error, Result};
use crate::lint::{Linter, Lists};

/// The longest message checked: the linter's memory grows with the text
/// (10 MB on stdin took 663 MB), and a message is a few KiB at most.
const MAX_MESSAGE_BYTES: usize = 256 << 10;

/// The message: the argument, or stdin for `-` or no argument.
pub fn message(arg: Option<String>) -> Result<String> {
    let text = match arg {
        Some(t) if t != "-" => t,
        _ => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                output::note("Reading the message from stdin; end it with Ctrl-D.");
            }
            let mut bytes = Vec::new();
            // One byte past the limit tells a longer message from one at it.
            stdin
                .take(MAX_MESSAGE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("reading the message from stdin", e))?;
            String::from_utf8(bytes).map_err(|_| Error::Input("the message on stdin is not UTF-8 text".into()))?
        }
    };
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(Error::Input(format!(
            "the message is longer than {} KiB: 'tend lint' checks one message, not a file of them",
            MAX_MESSAGE_BYTES >> 10
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::Input(
            "the message is empty: give it as an argument or on stdin".into(),
        ));
    }
    // A trailing newline from `echo` or a file is not part of the message.
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

/// Checks `text` (read by [`message`] before the database is opened).
pub fn run(app: &mut App, a: LintArgs, text: String) -> Result<i32> {
    let to = a.to.as_deref().map(|arg| app.resolve(arg)).transpose()?;
    let recipient = to.map(|id| app.lint_recipient(id)).transpose()?;
    // Sending the same text to the same person again is not `repeated`:
    // the recipient's id takes their own texts out.
    let history = app.sent_history()?;
    let linter = Linter::new(Lists::new(&app.settings().lint), app.settings().drafts.max_chars);
    let findings = linter.check(&text, recipient.as_ref(), &history);
    if a.out.json {
        let items: Vec<_> = findings
            .iter()
            .map(|f| json!({"code": f.code.as_str(), "message": f.message}))
            .collect();
        emit_json(&json!({ "findings": items }))?;
    } else {
        let lines: String = findings.iter().map(|f| format!("{f}\n")).collect();
        emit(&lines)?;
    }
    Ok(i32::from(!findings.is_empty()))
}

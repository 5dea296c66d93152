//! The one call to the model: a blocking POST of a chat completions request,
//! within `timeout`, with no proxy (a proxy from the environment would take
//! the prompt off this machine) and no redirect (a loopback server must not
//! send it elsewhere).

use super::Fallback;
use crate::config::ModelSettings;

/// The longest answer read: a draft is a few hundred characters.
const MAX_ANSWER_BYTES: u64 = 1 << 20;

/// Sends `body` to the endpoint and returns the draft the model wrote,
/// trimmed; every way it can go wrong is a [`Fallback`].
pub fn complete(settings: &ModelSettings, body: &serde_json::Value) -> Result<String, Fallback> {
    let uri = settings
        .checked_endpoint()
        .map_err(|e| Fallback::Unreachable(e.replace("config key 'model.endpoint': ", "")))?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(settings.timeout.0))
        .proxy(None)
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("tend/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let bytes = serde_json::to_vec(body).map_err(|e| Fallback::Garbled(e.to_string()))?;
    let mut answer = agent
        .post(uri)
        .header("Content-Type", "application/json")
        .send(&bytes[..])
        .map_err(|e| failure(&e, settings))?;
    let status = answer.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(Fallback::Status(status));
    }
    let text = answer
        .body_mut()
        .with_config()
        .limit(MAX_ANSWER_BYTES)
        .read_to_string()
        .map_err(|e| failure(&e, settings))?;
    draft_of(&text)
}

/// A transport error in words; a timeout as such.
fn failure(e: &ureq::Error, settings: &ModelSettings) -> Fallback {
    match e {
        ureq::Error::Timeout(_) => Fallback::Timeout(settings.timeout),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => Fallback::Timeout(settings.timeout),
        ureq::Error::Io(io) => Fallback::Unreachable(io.kind().to_string()),
        other => Fallback::Unreachable(other.to_string()),
    }
}

/// The text of the first choice of a chat completion answer.
pub fn draft_of(answer: &str) -> Result<String, Fallback> {
    let v: serde_json::Value = serde_json::from_str(answer).map_err(|_| Fallback::Garbled("not JSON".to_string()))?;
    let content = v
        .pointer("/choices/0/message/content")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| Fallback::Garbled("no choices[0].message.content".to_string()))?;
    let text = message_of(content);
    if text.is_empty() {
        return Err(Fallback::Empty);
    }
    Ok(text)
}

/// The message in what the model wrote: its first paragraph (a draft is
/// one; small models go on with notes to themselves), without the quotes
/// around it, and without a last sentence that `max_tokens` cut short when
/// a whole one comes before it. Nothing else is changed: the guardrails
/// judge the model's own words.
fn message_of(content: &str) -> String {
    let trimmed = content.trim().trim_matches(|c| c == '"' || c == '“' || c == '”').trim();
    let first = trimmed.split("\n\n").next().unwrap_or_default();
    let one: String = first.split_whitespace().collect::<Vec<_>>().join(" ");
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '…');
    if one.ends_with(ends) {
        return one;
    }
    match one.rfind(ends) {
        Some(at) => one[..at + 1].to_string(),
        None => one,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_choice_is_the_draft() {
        let answer =
            r#"{"choices":[{"message":{"role":"assistant","content":"  \"Hi Sara, how was the launch?\"\n"}}]}"#;
        assert_eq!(draft_of(answer), Ok("Hi Sara, how was the launch?".to_string()));
        let empty = r#"{"choices":[{"message":{"role":"assistant","content":"  "}}]}"#;
        assert_eq!(draft_of(empty), Err(Fallback::Empty));
        assert!(matches!(draft_of("<html>"), Err(Fallback::Garbled(_))));
        let rambling = r#"{"choices":[{"message":{"content":"Hi Sara, congrats!\nHow is Globex?\n\nNote to self: be kind. And then"}}]}"#;
        assert_eq!(draft_of(rambling), Ok("Hi Sara, congrats! How is Globex?".to_string()));
        let cut =
            r#"{"choices":[{"message":{"content":"Hi Sara, how was the launch? I would love to hear how the"}}]}"#;
        assert_eq!(draft_of(cut), Ok("Hi Sara, how was the launch?".to_string()));
        let no_end = r#"{"choices":[{"message":{"content":"Hi Sara"}}]}"#;
        assert_eq!(draft_of(no_end), Ok("Hi Sara".to_string()));
        assert!(matches!(draft_of(r#"{"error":"busy"}"#), Err(Fallback::Garbled(_))));
    }
}

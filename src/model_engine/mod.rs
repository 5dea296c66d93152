//! Drafts from a local language model (docs/drafts.md "Drafts from a local
//! model"): the `[model]` settings, the request a draft sends
//! ([`prompt`]), the HTTP client ([`client`]), the guardrails every model
//! draft passes before anyone sees it ([`guard`]) and the built-in
//! situations of `tend model check` ([`check`]). The daemon writes drafts
//! ahead with them (`daemon::ahead`); the `[model]` settings are config's.
//!
//! The client is used only when `[drafts] engine = "model"`; the endpoint
//! must be on this machine unless `allow_remote` is set, since the prompt
//! holds the contact's messages.

pub mod check;
pub mod client;
pub mod guard;
pub mod prompt;

use crate::config::{Engine, Timeout};
use std::fmt;

/// Why a model draft was not used: shown by `tend show` and `tend draft`,
/// and the JSON `fallback` field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fallback {
    /// The server did not answer within `timeout`.
    Timeout(Timeout),
    /// The server could not be reached or broke off.
    Unreachable(String),
    /// The server answered with an error status.
    Status(u16),
    /// The answer was not a chat completion.
    Garbled(String),
    /// The model wrote nothing.
    Empty,
    /// The draft failed a guardrail (its reason in words).
    Failed(String),
}

impl fmt::Display for Fallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fallback::Timeout(t) => write!(f, "the model did not answer within {t}"),
            Fallback::Unreachable(why) => write!(f, "the model server could not be reached ({why})"),
            Fallback::Status(code) => write!(f, "the model server answered with HTTP status {code}"),
            Fallback::Garbled(why) => write!(f, "the model's answer was not a chat completion ({why})"),
            Fallback::Empty => f.write_str("the model's answer was empty"),
            Fallback::Failed(why) => write!(f, "the model's draft {why}"),
        }
    }
}

/// A draft and who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drafted {
    pub text: String,
    pub engine: Engine,
    /// Why the model's draft was not used (engine `model` only).
    pub fallback: Option<String>,
    /// The user's yes and no, each a whole draft, where the reply leaves
    /// something to decide ([`crate::app::App::answers`]); filled by the
    /// commands that show them.
    pub answers: Vec<(crate::drafts::Answer, String)>,
}

impl Drafted {
    /// A template draft with the template engine: nothing fell back.
    pub fn templates(text: String) -> Drafted {
        Drafted {
            text,
            engine: Engine::Templates,
            fallback: None,
            answers: Vec::new(),
        }
    }

    /// What is kept with the nudge after the template basis: `|m` for a
    /// model draft, `|t:REASON` for a template shown instead.
    pub fn kept_basis(&self, basis: &str) -> String {
        match (self.engine, &self.fallback) {
            (Engine::Model, _) => format!("{basis}|m"),
            (Engine::Templates, why) => format!("{basis}|t:{}", why.as_deref().unwrap_or_default()),
        }
    }

    /// A draft kept under `kept_basis` when it was written from `basis`
    /// with the model engine on.
    pub fn from_kept(kept_basis: &str, basis: &str, text: String) -> Option<Drafted> {
        let rest = kept_basis.strip_prefix(basis)?;
        if rest == "|m" {
            return Some(Drafted {
                text,
                engine: Engine::Model,
                fallback: None,
                answers: Vec::new(),
            });
        }
        let why = rest.strip_prefix("|t:")?;
        Some(Drafted {
            text,
            engine: Engine::Templates,
            fallback: Some(why.to_string()),
            answers: Vec::new(),
        })
    }
}

/// Why a template is shown when no model draft was written ahead (the
/// agenda and notifications never wait on the model).
pub const NOT_AHEAD: &str = "no model draft was written ahead for it";

/// One try of the model on one draft: what it wrote, if anything, and
/// whether that passed the guardrails.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub written: Option<String>,
    pub outcome: Result<String, Fallback>,
    pub took: std::time::Duration,
}

/// Asks the model for the draft of `input` and checks what it wrote.
pub fn attempt(
    drafter: &crate::drafts::Drafter,
    input: &crate::drafts::DraftInput,
    settings: &crate::config::Settings,
) -> Attempt {
    let started = std::time::Instant::now();
    let brief = prompt::brief(input, settings.drafts.max_chars);
    let given = prompt::situation(&brief);
    let body = prompt::request(&brief, &settings.model);
    let answer = client::complete(&settings.model, &body);
    let took = started.elapsed();
    match answer {
        Ok(text) => {
            let outcome = match guard::verdict(drafter, &text, input, &given) {
                Some(why) => Err(Fallback::Failed(why)),
                None => Ok(text.clone()),
            };
            Attempt {
                written: Some(text),
                outcome,
                took,
            }
        }
        Err(e) => Attempt {
            written: None,
            outcome: Err(e),
            took,
        },
    }
}

/// The draft to show: the model's when it passes, else `template` with the reason.
pub fn write(
    drafter: &crate::drafts::Drafter,
    input: &crate::drafts::DraftInput,
    settings: &crate::config::Settings,
    template: String,
) -> Drafted {
    let tried = attempt(drafter, input, settings);
    match tried.outcome {
        Ok(text) => Drafted {
            text,
            engine: Engine::Model,
            fallback: None,
            answers: Vec::new(),
        },
        Err(why) => {
            tracing::info!(contact = input.contact.id, "model draft not used: {why}");
            Drafted {
                text: template,
                engine: Engine::Templates,
                fallback: Some(why.to_string()),
                answers: Vec::new(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ModelSettings;

    fn settings(endpoint: &str, allow_remote: bool) -> ModelSettings {
        ModelSettings {
            endpoint: endpoint.to_string(),
            model: String::new(),
            timeout: Timeout(std::time::Duration::from_secs(8)),
            max_tokens: 120,
            allow_remote,
        }
    }

    #[test]
    fn only_this_machine_unless_allowed() {
        for ok in [
            "http://127.0.0.1:11434/v1/chat/completions",
            "http://127.8.0.1/v1/chat/completions",
            "http://localhost:8080/v1/chat/completions",
            "http://[::1]:8080/v1/chat/completions",
        ] {
            assert!(settings(ok, false).checked_endpoint().is_ok(), "{ok}");
        }
        for remote in [
            "http://192.168.1.20:11434/v1/chat/completions",
            "http://models.example.org/v1/chat/completions",
            "http://127.0.0.1.example.org/v1",
            "http://10.0.0.1/v1",
        ] {
            let err = settings(remote, false).checked_endpoint().unwrap_err();
            assert!(err.contains("is not on this machine"), "{err}");
            assert!(err.starts_with("config key 'model.endpoint': '"), "{err}");
            assert!(settings(remote, true).checked_endpoint().is_ok(), "{remote}");
        }
        let err = settings("https://127.0.0.1/v1", false).checked_endpoint().unwrap_err();
        assert!(err.contains("https"), "{err}");
        let err = settings("ftp://127.0.0.1/v1", false).checked_endpoint().unwrap_err();
        assert!(err.contains("not an http:// URL"), "{err}");
        let err = settings("not a url at all", false).checked_endpoint().unwrap_err();
        assert!(err.contains("is not a URL"), "{err}");
    }

    #[test]
    fn timeouts_are_seconds_or_milliseconds() {
        assert_eq!("8s".parse::<Timeout>().map(|t| t.to_string()), Ok("8s".to_string()));
        assert_eq!("250ms".parse::<Timeout>().map(|t| t.0.as_millis()), Ok(250));
        assert_eq!("2000ms".parse::<Timeout>().map(|t| t.to_string()), Ok("2s".to_string()));
        for bad in ["", "8", "0s", "1h", "-1s", "601s", "eight s"] {
            let err = bad.parse::<Timeout>().unwrap_err();
            assert!(err.starts_with("invalid timeout '"), "{bad}: {err}");
            assert!(err.contains("8s or 500ms"), "{bad}: {err}");
        }
    }
}

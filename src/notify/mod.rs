//! Notifications: what the daemon tells the user, and the backends that show
//! it (desktop notifications over D-Bus, or JSON lines on stdout).

mod desktop;
mod stdout;

pub use desktop::Desktop;
pub use stdout::Stdout;

use std::future::Future;
use tokio::sync::mpsc::UnboundedSender;

use crate::app::App;
use crate::error::Result;
use crate::model::{ContactId, Nudge, NudgeKind};

/// The `kind` of the daily digest in the stdout backend (nudges use their own kind).
pub const DIGEST_KIND: &str = "digest";

/// A button on a nudge's notification; the id is what the server sends back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    MarkSent,
    Snooze,
    Skip,
    CopyDraft,
    OpenProfile,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::MarkSent,
        Action::Snooze,
        Action::Skip,
        Action::CopyDraft,
        Action::OpenProfile,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Action::MarkSent => "mark-sent",
            Action::Snooze => "snooze",
            Action::Skip => "skip",
            Action::CopyDraft => "copy-draft",
            Action::OpenProfile => "open-profile",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Action::MarkSent => "Mark sent",
            Action::Snooze => "Snooze 1 week",
            Action::Skip => "Skip",
            Action::CopyDraft => "Copy draft",
            Action::OpenProfile => "Open profile",
        }
    }

    pub fn from_id(id: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// One notification, backend-neutral.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The nudge key (rule 12), or the digest's; a new message with the same
    /// key replaces the old one where the server allows it.
    pub key: String,
    pub contact_id: Option<ContactId>,
    /// The nudge kind's word, or [`DIGEST_KIND`].
    pub kind: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<Action>,
}

/// What the user did with a shown notification.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Action {
        key: String,
        contact_id: Option<ContactId>,
        action: Action,
    },
    /// Dismissed by the user, expired, or withdrawn.
    Closed { key: String },
}

/// Why a notification was not shown; the nudge then stays pending.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("no answer from the notification server within {0} s")]
    Timeout(u64),
    #[error("{0}")]
    Dbus(String),
    #[error("writing to stdout: {0}")]
    Io(#[from] std::io::Error),
}

/// A way of showing notifications.
pub trait Notifier {
    /// Shows `msg`; `Ok` once the server (or stdout) accepted it.
    fn show(&mut self, msg: &Message) -> impl Future<Output = Result<(), NotifyError>>;
    /// Takes back a shown notification whose nudge was acted upon elsewhere.
    fn withdraw(&mut self, key: &str) -> impl Future<Output = ()>;
    /// Keys of the notifications still on screen.
    fn live(&self) -> Vec<String>;
}

/// The backend chosen by `[notify] backend`.
pub enum Backend {
    Desktop(Desktop),
    Stdout(Stdout),
}

impl Backend {
    pub fn new(kind: crate::config::Backend, replies: UnboundedSender<Reply>) -> Backend {
        match kind {
            crate::config::Backend::Desktop => Backend::Desktop(Desktop::new(replies)),
            crate::config::Backend::Stdout => Backend::Stdout(Stdout),
        }
    }

    pub fn is(&self, kind: crate::config::Backend) -> bool {
        matches!(
            (self, kind),
            (Backend::Desktop(_), crate::config::Backend::Desktop)
                | (Backend::Stdout(_), crate::config::Backend::Stdout)
        )
    }
}

impl Notifier for Backend {
    async fn show(&mut self, msg: &Message) -> Result<(), NotifyError> {
        match self {
            Backend::Desktop(d) => d.show(msg).await,
            Backend::Stdout(s) => s.show(msg).await,
        }
    }

    async fn withdraw(&mut self, key: &str) {
        match self {
            Backend::Desktop(d) => d.withdraw(key).await,
            Backend::Stdout(s) => s.withdraw(key).await,
        }
    }

    fn live(&self) -> Vec<String> {
        match self {
            Backend::Desktop(d) => d.live(),
            Backend::Stdout(s) => s.live(),
        }
    }
}

/// What to do, and with whom (daemon.md).
pub fn summary(kind: NudgeKind, name: &str) -> String {
    match kind {
        NudgeKind::Reply => format!("Reply to {name}"),
        NudgeKind::FirstFollowUp => format!("Follow up with {name}"),
        NudgeKind::CheckIn => format!("Check in with {name}"),
        NudgeKind::Milestone => format!("Congratulate {name}"),
    }
}

/// The notification for a nudge: the reason, a blank line, the draft.
pub fn nudge_message(app: &App, nudge: &Nudge) -> Result<Message> {
    let draft = app.draft(nudge)?;
    let contact = app.contact(nudge.contact_id)?;
    let actions = Action::ALL
        .into_iter()
        .filter(|a| *a != Action::OpenProfile || contact.url.as_deref().is_some_and(|u| !u.trim().is_empty()))
        .collect();
    Ok(Message {
        key: nudge.key.to_string(),
        contact_id: Some(nudge.contact_id),
        kind: nudge.kind.as_str().to_string(),
        // Their name without emoji, pronouns or a tagline ("🚀 Sam Ode | Hiring" → "Sam Ode").
        summary: summary(nudge.kind, &crate::names::display_name(&nudge.contact)),
        body: format!("{}\n\n{}", nudge.reason, draft),
        actions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_say_what_to_do_and_with_whom() {
        assert_eq!(summary(NudgeKind::Reply, "Sara Lee"), "Reply to Sara Lee");
        assert_eq!(summary(NudgeKind::FirstFollowUp, "Sara Lee"), "Follow up with Sara Lee");
        assert_eq!(summary(NudgeKind::CheckIn, "Sara Lee"), "Check in with Sara Lee");
        assert_eq!(summary(NudgeKind::Milestone, "Sara Lee"), "Congratulate Sara Lee");
    }

    #[test]
    fn action_ids_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::from_id(a.id()), Some(a));
        }
        assert_eq!(Action::from_id("default"), None);
    }
}

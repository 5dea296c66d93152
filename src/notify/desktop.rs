//! Desktop notifications over D-Bus (notify-rust on zbus, on tokio).
//!
//! Every call to the bus is under a timeout: a notification server that owns
//! its name but is frozen never answers. Each shown notification keeps its
//! handle (and so its bus connection) alive in a task that waits for the
//! user's action: some servers drop a notification whose sender has gone
//! (notify-rust issue #218).

use notify_rust::{Hint, Notification, NotificationHandle, NotificationResponse, Timeout, Urgency};
use std::collections::HashMap;
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;

use super::{Action, Message, Notifier, NotifyError, Reply};
use crate::model::ContactId;

/// How long a D-Bus call may take before the server counts as unavailable.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(5);

pub struct Desktop {
    replies: UnboundedSender<Reply>,
    /// Shown notifications by key; sending on the channel withdraws one.
    live: HashMap<String, oneshot::Sender<()>>,
}

impl Desktop {
    pub fn new(replies: UnboundedSender<Reply>) -> Desktop {
        Desktop {
            replies,
            live: HashMap::new(),
        }
    }

    /// Sends `msg` and returns the handle, without watching it (`tend demo`).
    pub async fn send(msg: &Message) -> Result<NotificationHandle, NotifyError> {
        let n = build(msg);
        match tokio::time::timeout(CALL_TIMEOUT, n.show_async()).await {
            Err(_) => Err(NotifyError::Timeout(CALL_TIMEOUT.as_secs())),
            Ok(Err(e)) => Err(NotifyError::Dbus(e.to_string())),
            Ok(Ok(handle)) => Ok(handle),
        }
    }
}

fn build(msg: &Message) -> Notification {
    let mut n = Notification::new();
    n.appname("tend")
        .summary(&msg.summary)
        .body(&escape_markup(&msg.body))
        .icon("mail-message-new")
        .urgency(Urgency::Normal)
        .hint(Hint::Category("im".into()))
        // Stays until dismissed, and after an action such as Copy draft.
        .timeout(Timeout::Never)
        .hint(Hint::Resident(true))
        // A retry after a timeout replaces, rather than doubles, a notification
        // that a slow server did show in the end (dunst honours this tag).
        .hint(Hint::Custom("x-dunst-stack-tag".into(), format!("tend:{}", msg.key)));
    for a in &msg.actions {
        n.action(a.id(), a.label());
    }
    n
}

/// Servers that render body markup would eat `<`, `>` and `&` in a draft.
fn escape_markup(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

impl Notifier for Desktop {
    async fn show(&mut self, msg: &Message) -> Result<(), NotifyError> {
        let handle = Desktop::send(msg).await?;
        tracing::debug!(id = handle.id(), key = %msg.key, "notification shown");
        if let Some(old) = self.live.remove(&msg.key) {
            let _ = old.send(());
        }
        let (withdraw_tx, withdraw_rx) = oneshot::channel();
        self.live.insert(msg.key.clone(), withdraw_tx);
        tokio::spawn(watch(
            handle,
            msg.key.clone(),
            msg.contact_id,
            self.replies.clone(),
            withdraw_rx,
        ));
        Ok(())
    }

    async fn withdraw(&mut self, key: &str) {
        if let Some(tx) = self.live.remove(key) {
            let _ = tx.send(());
        }
    }

    fn live(&self) -> Vec<String> {
        self.live.keys().cloned().collect()
    }
}

/// Waits for the user's actions on one notification until it is closed or
/// withdrawn, and passes them on. The handle lives as long as this task.
async fn watch(
    handle: NotificationHandle,
    key: String,
    contact_id: Option<ContactId>,
    replies: UnboundedSender<Reply>,
    mut withdraw: oneshot::Receiver<()>,
) {
    loop {
        let mut response = None;
        let withdrawn = tokio::select! {
            () = handle.wait_for_action_async(|r| response = Some(r.clone())) => None,
            w = &mut withdraw => Some(w.is_ok()),
        };
        match withdrawn {
            Some(true) => {
                if tokio::time::timeout(CALL_TIMEOUT, handle.close_async()).await.is_err() {
                    tracing::warn!(key = %key, "the notification server did not answer; the notification stays");
                }
                return;
            }
            // The daemon let go without withdrawing (it is exiting): the
            // notification stays on screen.
            Some(false) => return,
            None => {}
        }
        match response {
            Some(NotificationResponse::Action(id)) => match Action::from_id(&id) {
                Some(action) => {
                    let _ = replies.send(Reply::Action {
                        key: key.clone(),
                        contact_id,
                        action,
                    });
                }
                None => tracing::debug!(action = %id, "ignoring an unknown action"),
            },
            Some(NotificationResponse::Default | NotificationResponse::Reply(_)) => {}
            // Closed, or the bus connection ended.
            Some(NotificationResponse::Closed(_)) | None => {
                let _ = replies.send(Reply::Closed { key });
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape_markup("R&D <team>"), "R&amp;D &lt;team&gt;");
    }
}

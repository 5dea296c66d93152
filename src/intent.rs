//! The intents of tend 0.1's reading (superseded by `crate::text`), kept
//! for the `intent` variable of older templates.

/// What an inbound message does, in the order the signs are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Intent {
    /// They propose or confirm a time.
    Time,
    /// They sell something.
    Pitch,
    /// They ask a favour.
    Ask,
    /// They ask a question.
    Question,
    /// They congratulate the user.
    Congrats,
    /// They thank the user (and the message is not a closer).
    Thanks,
    /// Anything else.
    News,
}

impl Intent {
    pub const ALL: [Intent; 7] = [
        Intent::Time,
        Intent::Pitch,
        Intent::Ask,
        Intent::Question,
        Intent::Congrats,
        Intent::Thanks,
        Intent::News,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Intent::Time => "time",
            Intent::Pitch => "pitch",
            Intent::Ask => "ask",
            Intent::Question => "question",
            Intent::Congrats => "congrats",
            Intent::Thanks => "thanks",
            Intent::News => "news",
        }
    }
}

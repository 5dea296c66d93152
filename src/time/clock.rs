//! The clock: the one part of `time` that reads the environment.

use super::InstantArg;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

/// The environment variable that pins the current time (cli.md).
pub const NOW_VAR: &str = "TEND_NOW";
/// The zone the system is set to, or UTC when it cannot be told.
pub fn system_tz() -> Tz {
    std::env::var("TZ")
        .ok()
        .map(|v| v.trim_start_matches(':').to_string())
        .and_then(|v| v.parse::<Tz>().ok())
        .or_else(|| iana_time_zone::get_timezone().ok().and_then(|n| n.parse::<Tz>().ok()))
        .unwrap_or(Tz::UTC)
}

/// The current time: the system clock, or `TEND_NOW` standing still.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Pinned(DateTime<Utc>),
}

impl Clock {
    /// Reads `TEND_NOW`; a bare date there is midnight in `tz`.
    pub fn from_env(tz: Tz) -> Result<Clock, String> {
        match std::env::var(NOW_VAR) {
            // Only unset or empty means the system clock: a value of
            // spaces was meant to be something, and is refused.
            Ok(v) if !v.is_empty() => {
                let at = v
                    .parse::<InstantArg>()
                    .map(|a| a.resolve(tz))
                    .map_err(|e| format!("{NOW_VAR}: {e}"))?;
                // The years every DATE on the command line may take.
                if !(1900..=2200).contains(&at.year()) {
                    return Err(format!(
                        "{NOW_VAR}: '{v}' is outside the years 1900-2200 that tend plans in"
                    ));
                }
                Ok(Clock::Pinned(at))
            }
            _ => Ok(Clock::System),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Pinned(t) => *t,
        }
    }
}

//! The built-in reply: it answers what their message does, in the order of
//! docs/drafts.md (sympathy or congratulations for their news; thanks for
//! their thanks or congratulations; the answer: confirm the time, decline
//! the pitch, acknowledge the ask, take up the question), from the reading
//! of the message. It names their news as a kind of thing ("the new job",
//! "the layoff"), never pastes their words, never invents the user's answer,
//! and says less when the reading is unsure.

use super::topic::about_a_person;
use crate::text::reader::{AskKind, PlanCheck, QuestionKind};
use crate::text::tongue::Tongue;
use crate::text::{Act, Mode, NewsKind, Polarity, Reading};

/// What a reply is made of.
pub struct ReplyFacts<'a> {
    /// The name to greet them by; empty when there is none.
    pub name: &'a str,
    pub reading: &'a Reading,
    /// The topic of their message in their words, as "your …" (at most a
    /// few words), named only when they share an update.
    pub topic: Option<&'a str>,
    /// Their message is a week old or more.
    pub late: bool,
    /// Days since the day of their message: "tomorrow" then meant another day.
    pub days_since: i64,
    /// The language of the reply, when not English.
    pub tongue: Option<Tongue>,
    /// The English greeting word ("Hi", "Hey", "Hello") as warm as their
    /// message; `None`: one of them by the wording.
    pub hello: Option<&'static str>,
    /// Their message names a day or a clock, in any language the reader may
    /// not parse ("Dienstag oder Mittwoch", "à 14h"): a reply in their
    /// language does not ask "when suits you?".
    pub names_a_time: bool,
    /// How many of their pitches the user has answered before: a pitch
    /// after a decline is declined again in other words, firmly after two.
    pub pitches_answered: usize,
    /// The user's answer to what is theirs to decide (a time, an
    /// invitation, a favour, a role): `None` takes it up and leaves it to
    /// the user; `Some` writes the yes or the no the user picks
    /// (`tend draft`'s "if yes" and "if no").
    pub answer: Option<Answer>,
}

/// The user's yes or no to what their message leaves them to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Yes,
    No,
}

impl Answer {
    pub const BOTH: [Answer; 2] = [Answer::Yes, Answer::No];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
        }
    }
}

impl std::str::FromStr for Answer {
    type Err = String;
    fn from_str(s: &str) -> Result<Answer, String> {
        match s.trim().to_lowercase().as_str() {
            "yes" | "y" => Ok(Answer::Yes),
            "no" | "n" => Ok(Answer::No),
            _ => Err(format!("'{s}' is no answer: give yes or no")),
        }
    }
}

/// The user's yes or no to a time they offered (`t`, or a choice of
/// times), in words that fit the meeting's mode.
fn time_decided(answer: Answer, t: Option<&str>, r: &Reading, v: usize) -> String {
    let choice = t.is_some_and(is_choice);
    match (answer, t) {
        (Answer::Yes, Some(_)) if choice => pick(
            v,
            &[
                "Either works for me, so whichever suits you best!",
                "Both work for me, just pick the one that suits you.",
                "Any of those works for me, your pick!",
            ],
        )
        .into(),
        (Answer::Yes, Some(t)) => format!("{} works for me. {}", crate::text::capitalised(t), sign_off(r, v)),
        (Answer::Yes, None) => format!("That works for me. {}", sign_off(r, v)),
        (Answer::No, Some(_)) if choice => pick(
            v,
            &[
                "Unfortunately none of those works for me. Could we find another time?",
                "Sadly I can't make any of those. Would another time work for you?",
                "I'm afraid none of those works for me. Could we look at other times?",
            ],
        )
        .into(),
        (Answer::No, Some(t)) => format!(
            "{} {}",
            crate::text::capitalised(t),
            pick(
                v,
                &[
                    "doesn't work for me, unfortunately. Could we find another time?",
                    "won't work for me, sadly. Would another time suit you?",
                    "doesn't work on my side, I'm afraid. Could we look at another time?",
                ]
            )
        ),
        (Answer::No, None) => pick(
            v,
            &[
                "That doesn't work for me, unfortunately. Could we find another time?",
                "Sadly that won't work for me. Would another time suit you?",
                "I'm afraid that doesn't work on my side. Could we look at another time?",
            ],
        )
        .into(),
    }
}

/// One of three wordings of the user's yes, or of their no.
fn yes_or_no(answer: Answer, v: usize, yes: &[&'static str], no: &[&'static str]) -> &'static str {
    pick(v, if answer == Answer::Yes { yes } else { no })
}

/// The user's yes or no to an invitation (an event, a run, their podcast).
fn invitation_decided(answer: Answer, v: usize) -> &'static str {
    yes_or_no(
        answer,
        v,
        &[
            "I'd love to, count me in!",
            "I'd love to join, count me in!",
            "Count me in, I'd love to!",
        ],
        &[
            "Sadly I can't make it this time, but thanks so much for asking!",
            "I'm afraid I can't make it this time, but I really appreciate the invite.",
            "Unfortunately I can't join this time. Thanks for thinking of me, though!",
        ],
    )
}

/// The user's yes or no to a favour, by its kind; `None` where the answer
/// is the favour itself (advice, what they asked about).
fn favour_decided(answer: Answer, kind: Option<AskKind>, deadline: Option<&str>, v: usize) -> Option<String> {
    Some(match (answer, kind) {
        (_, Some(AskKind::Advice | AskKind::Details | AskKind::Recontact | AskKind::Secret)) => return None,
        (Answer::Yes, Some(AskKind::Intro)) => pick(
            v,
            &[
                "Happy to! I'll put you in touch.",
                "Sure, happy to make the intro.",
                "Of course, I'll connect you two.",
            ],
        )
        .into(),
        (Answer::No, Some(AskKind::Intro)) => pick(
            v,
            &[
                "I'm afraid I don't know anyone there who would fit, sorry!",
                "Sorry, I don't have a good contact there, I'm afraid.",
                "Unfortunately I can't think of anyone there, sorry!",
            ],
        )
        .into(),
        (Answer::Yes, Some(AskKind::Referral)) => pick(
            v,
            &[
                "Happy to put in a good word for you!",
                "Of course, I'll gladly put in a good word.",
                "Sure, happy to recommend you!",
            ],
        )
        .into(),
        (Answer::Yes, Some(AskKind::Permit)) => pick(
            v,
            &[
                "Of course, go ahead!",
                "Sure, that's absolutely fine!",
                "Yes, of course, no problem at all!",
            ],
        )
        .into(),
        (Answer::No, Some(AskKind::Permit)) => pick(
            v,
            &[
                "I'm sorry, but I'd rather not this time.",
                "Sorry, that doesn't work this time, I'm afraid.",
                "I'm afraid I'd rather not, sorry.",
            ],
        )
        .into(),
        (Answer::Yes, Some(AskKind::Review | AskKind::Send | AskKind::Bring)) => return None,
        (Answer::Yes, _) => match deadline {
            Some(day) => format!(
                "{} {day}.",
                pick(
                    v,
                    &[
                        "Sure, I'll take care of it by",
                        "Of course, will do by",
                        "Sure, happy to, by"
                    ]
                )
            ),
            None => pick(
                v,
                &["Sure, happy to help!", "Of course, happy to!", "Sure, I can do that."],
            )
            .into(),
        },
        (Answer::No, _) => pick(
            v,
            &[
                "I'm sorry, but I can't take that on right now.",
                "Unfortunately I'm not able to help with that right now, sorry.",
                "I'm afraid I can't do that at the moment, sorry!",
            ],
        )
        .into(),
    })
}

/// The user's yes or no to a role a recruiter offers.
fn role_decided(answer: Answer, v: usize) -> &'static str {
    yes_or_no(
        answer,
        v,
        &[
            "Thanks for thinking of me for the role! I'd be open to hearing more. When would suit you for a short call?",
            "Thanks for reaching out about the role, it sounds interesting. Happy to hear more: when would suit you for a quick call?",
            "I appreciate you thinking of me for the role. I'd like to hear more; could we find a time for a short call?",
        ],
        &[
            "Thanks for thinking of me for the role! I'm not looking to move right now, but happy to stay in touch.",
            "Thanks for reaching out about the role. I'm happy where I am for now, but let's stay in touch.",
            "I appreciate you thinking of me for the role, but I'm not looking for a change at the moment. All the best with the search!",
        ],
    )
}

/// The user's yes or no to "are you going to X?".
fn attending_decided(answer: Answer, v: usize) -> &'static str {
    yes_or_no(
        answer,
        v,
        &["Yes, I'll be there!", "Yes, count me in!", "I'll be there, yes!"],
        &[
            "Sadly I won't make it this time.",
            "I'm afraid I can't make it this time.",
            "Not this time, unfortunately.",
        ],
    )
}

/// The candidate replies, fullest first within each wording, then shorter
/// ones (for a tight `max_chars`). `variant` picks the wording to start from.
pub fn replies(f: &ReplyFacts, variant: usize) -> Vec<String> {
    let mut out = Vec::new();
    for full in [true, false] {
        for k in 0..WORDINGS {
            let v = (variant + k) % WORDINGS;
            let text = match f.tongue {
                Some(t) => super::foreign::compose(f, t, v, full),
                None => compose(f, v, full),
            };
            if !out.contains(&text) {
                out.push(text);
            }
        }
    }
    out
}

/// Wordings tried per reply: most parts have three, a few (a declined
/// pitch) five, for the vendor who writes every week.
const WORDINGS: usize = 5;

fn pick<T: Copy>(v: usize, options: &[T]) -> T {
    options[v % options.len()]
}

fn compose(f: &ReplyFacts, v: usize, full: bool) -> String {
    let r = f.reading;
    let mut parts: Vec<String> = Vec::new();
    let name = if f.name.is_empty() { "there" } else { f.name };
    let hello = f.hello.unwrap_or_else(|| pick(v, &["Hi", "Hey", "Hello"]));
    let Weighed { bad, good, asks } = weigh(r);
    // Plain thanks beside an update of theirs ("it was the scrape config!!
    // thanks so much, PR is up") get one sentence for both, not "Thanks
    // for the update! You're welcome!".
    let thanks_with_update = r.has(Act::Thanks)
        && r.has(Act::News)
        && !asks
        && f.topic.is_none_or(|t| !t.starts_with("your "))
        && r.news.as_ref().is_some_and(|n| n.kind == NewsKind::Update)
        && r.news_of.is_none()
        && !r.shares
        && !r.heads_up
        && !r.thanked_for_done
        && !r.thanked_socially
        && !r.thanked_for_connecting
        && !r.thanked_for_care
        && !r.consoles
        && !r.worried
        && !r.has(Act::Unread)
        && !r.has(Act::Reschedules)
        && !r.has(Act::Confirms);
    if f.late {
        parts.push(
            pick(
                v,
                &[
                    "Sorry for the slow reply!",
                    "Apologies for the slow reply.",
                    "Sorry it took me a while to reply.",
                ],
            )
            .into(),
        );
    }
    // Good news of someone they name: glad for that person.
    if let Some(who) = &r.news_of {
        parts.push(
            pick(
                v,
                &[
                    "That's great news about {who}!",
                    "So happy for {who}!",
                    "Great news about {who}!",
                ],
            )
            .replace("{who}", who),
        );
    }
    // 1. Their news: sympathy first; good news is congratulated.
    if let Some(n) = bad {
        parts.push(sympathy(n.kind, v).into());
    }
    if let Some(n) = good {
        // What they shipped, as a thing ("your new billing system", "the
        // new billing system"), never a place or a person ("launching Berlin").
        let shipped = f
            .topic
            .filter(|t| (t.starts_with("your ") || t.starts_with("the ")) && !about_a_person(t));
        let mut c = match (n.kind, shipped) {
            // What they shipped is named: "congrats on shipping your new billing system".
            (NewsKind::Launch, Some(t)) => format!(
                "{} {t}!",
                pick(
                    v,
                    &[
                        "Congratulations on launching",
                        "Congrats on shipping",
                        "Huge congrats on shipping"
                    ]
                )
            ),
            _ => congratulation(n.kind, n.what.as_deref(), v),
        };
        if bad.is_some() {
            // After sympathy, the good news is congratulated on its own terms.
            c = format!(
                "{} {}",
                pick(v, &["And", "Still,", "On the bright side,"]),
                lower_first(&c)
            );
        }
        parts.push(c);
    } else if r.shares && !r.has(Act::Pitch) {
        parts.push(
            pick(
                v,
                &[
                    "Thanks for sharing it!",
                    "Thanks for sending it over!",
                    "Thanks for sharing!",
                ],
            )
            .into(),
        );
    } else if r.farewell && !r.farewell_together && bad.is_none() && good.is_none() {
        // "Last day at Stripe tomorrow!" from someone the user never worked
        // with (trial 37): no "a pleasure working with you".
        parts.push(
            pick(
                v,
                &[
                    "Exciting times! All the best for what comes next.",
                    "Good luck on the last day, and all the best for what comes next!",
                ],
            )
            .into(),
        );
    } else if r.farewell && bad.is_none() && good.is_none() {
        // "My last day is Friday. Thank you for three wonderful years.":
        // a goodbye answered in kind, their thanks with it.
        parts.push(
            pick(
                v,
                &[
                    "It's been a real pleasure working with you, thanks for everything! I'm glad I could help, and all the best for what comes next.",
                    "Thanks, the pleasure was all mine. I'll miss working with you; all the best for what's next!",
                    "It's been a joy working with you. Thanks for everything, and all the best for the next chapter!",
                ],
            )
            .into(),
        );
    } else if thanks_with_update {
        parts.push(
            pick(
                v,
                &[
                    "Happy to help, and thanks for letting me know!",
                    "Glad to help, and thanks for the update!",
                    "My pleasure, and thanks for keeping me posted!",
                ],
            )
            .into(),
        );
    } else if bad.is_none()
        && r.has(Act::News)
        && !r.has(Act::Reschedules)
        && r.news_of.is_none()
        // "we're doing a meetup at our office on the 23rd, any chance you'd
        // do a talk?": the invitation is thanked for, not "your office".
        && !(r.invitation.is_some() && r.news.as_ref().is_none_or(|n| n.kind == NewsKind::Update))
        && !(r.thanked_socially && r.news.as_ref().is_none_or(|n| n.kind == NewsKind::Update))
        // "Thanks for the message! Thank you so much for the kind words!":
        // one thanks, for their congratulations (trial 17).
        && !(asks && r.has(Act::Congrats) && !r.heads_up && f.topic.is_none_or(|t| !t.starts_with("your ")))
        // A chase thanks for the nudge; "thanks for the message!" before it
        // thanked twice (trial 43).
        && !(r.question == Some(QuestionKind::Chaser) && !r.heads_up && f.topic.is_none_or(|t| !t.starts_with("your ")))
    {
        // Their topic is named only when it is their thing ("your design
        // system migration"): a place, a title or the user's own thing cut
        // from a sentence reads wrong ("thanks for filling me in on Berlin").
        parts.push(match f.topic.filter(|t| t.starts_with("your ") && !about_a_person(t)) {
            _ if r.heads_up => pick(
                v,
                &[
                    "Thanks for the heads-up!",
                    "Thanks for the heads-up, good to know.",
                    "Good to know, thanks for the heads-up!",
                ],
            )
            .into(),
            Some(t) => format!(
                "{} {t}!",
                pick(
                    v,
                    &[
                        "Thanks for the update on",
                        "Thanks for filling me in on",
                        "Thanks for telling me about"
                    ]
                )
            ),
            // Beside a request, "thanks for filling me in" reads as if
            // their ask were news.
            // "Good to hear what you're up to" reads as filler to a recruiter
            // or a first message.
            None if asks => pick(
                v,
                &[
                    "Thanks for the message!",
                    "Thanks for your message!",
                    "Thanks for the note!",
                ],
            )
            .into(),
            None => pick(
                v,
                &[
                    "Thanks for the update!",
                    "Thanks for letting me know.",
                    "Thanks for filling me in.",
                ],
            )
            .into(),
        });
    }
    if r.heads_up && bad.is_none() && good.is_none() && !r.has(Act::News) {
        // A heads-up with something in it to act on ("your renewal is on
        // March 1"): thanked for, then answered below.
        parts.push(
            pick(
                v,
                &[
                    "Thanks for the heads-up!",
                    "Thanks for the heads-up.",
                    "Good to know, thanks for the heads-up!",
                ],
            )
            .into(),
        );
    }
    if r.wants_luck && bad.is_none() {
        parts.push(
            pick(
                v,
                &[
                    "Good luck, I'm keeping my fingers crossed for you!",
                    "Fingers crossed for you, good luck!",
                    "Best of luck, you've got this!",
                ],
            )
            .into(),
        );
    }
    // 2. Their thanks or congratulations.
    if r.has(Act::Congrats) {
        parts.push(
            pick(
                v,
                &[
                    "Thank you so much for the kind words!",
                    "Thank you so much, that means a lot!",
                    "Thank you, that's really kind of you!",
                ],
            )
            .into(),
        );
    }
    // Thanks beside a request is politeness ("thanks for considering it"):
    // no "you're welcome" to it.
    // In a message tend could not read, "thanks" may be a greeting's
    // ("danke dir, dir auch"): no "glad it helped" to it.
    if r.consoles {
        parts.push(
            pick(
                v,
                &[
                    "Thank you so much, that means a lot.",
                    "Thank you, your kind words mean a lot.",
                    "Thank you for thinking of me, it means a lot.",
                ],
            )
            .into(),
        );
    } else if good.is_some_and(|n| n.kind == NewsKind::Relief) && r.thanked_for_care {
        // Their "thanks for asking" beside the relief.
        parts.push(
            pick(
                v,
                &[
                    "And of course, I'm glad you told me.",
                    "Of course, I'm glad you let me know.",
                    "And of course, I'm glad it all went well.",
                ],
            )
            .into(),
        );
    } else if r.has(Act::Thanks) && r.thanked_for_care && !r.has(Act::Unread) {
        // Thanks for a note or for asking: no "glad it helped".
        parts.push(
            if r.recovering && good.is_some() {
                // Beside other good news ("leaving Stripe for Anthropic… and
                // thanks for asking about my mum, the surgery went really
                // well"): their relief, not their recovery (trial 37).
                pick(
                    v,
                    &[
                        "And of course, I'm so glad it all went well.",
                        "And of course, so glad to hear it went well.",
                    ],
                )
            } else if r.recovering {
                pick(
                    v,
                    &[
                        "Of course! Glad to hear you're on the mend.",
                        "Of course. Really glad to hear you're getting better.",
                        "Of course! So glad things are moving in the right direction.",
                    ],
                )
            } else if good.is_some() {
                // "Yes! It was merged last week. Thank you for asking.": no
                // one was ill (trial 19).
                pick(
                    v,
                    &[
                        "Of course! Glad it all worked out.",
                        "Of course, glad to hear it went well.",
                        "Of course! Really glad it worked out.",
                    ],
                )
            } else {
                pick(
                    v,
                    &[
                        "Of course, I've been thinking of you.",
                        "Of course, you've been on my mind.",
                        "Of course.",
                    ],
                )
            }
            .into(),
        );
    } else if r.has(Act::Thanks)
        && (!asks || r.thanked_for_done)
        && !r.has(Act::Reschedules)
        && !r.has(Act::Unread)
        && !thanks_with_update
        && !(r.farewell && bad.is_none() && good.is_none())
    {
        if bad.is_some() {
            // Thanks beside bad news: no "glad it helped".
            parts.push(
                pick(
                    v,
                    &[
                        "And no need to thank me, I was glad to help.",
                        "No need to thank me, I was happy to help.",
                        "And of course, happy to help anytime.",
                    ],
                )
                .into(),
            );
        } else if good.is_some() && r.thanked_for_message {
            // "thanks for reaching out! Some news: I'm joining Revolut":
            // thanks for a message, not for help (trial 38 said "no need to
            // thank me, that was all you" four times).
        } else if good.as_ref().is_some_and(|n| n.kind == NewsKind::Relief) {
            // "feeling human again. thanks for holding the fort": the work
            // was the user's, the recovery theirs.
            parts.push(
                pick(
                    v,
                    &[
                        "And of course, happy to help.",
                        "Happy to help, of course.",
                        "And of course, anytime.",
                    ],
                )
                .into(),
            );
        } else if good.is_some() {
            parts.push(
                pick(
                    v,
                    &[
                        "And no need to thank me, that was all you.",
                        "No need to thank me, you did the hard part.",
                        "I was glad to help a little.",
                    ],
                )
                .into(),
            );
        } else if r.thanked_for_connecting {
            parts.push(
                pick(
                    v,
                    &[
                        "Likewise, great to be connected!",
                        "Likewise, glad we're connected!",
                        "Great to be connected!",
                    ],
                )
                .into(),
            );
        } else if r.thanked_socially {
            // Thanks for an invitation or an evening: no help was given.
            parts.push(pick(v, &["My pleasure!", "Likewise!", "Of course, my pleasure."]).into());
        } else if !r.has(Act::Confirms) && r.thanked_for_done {
            parts.push(
                pick(
                    v,
                    &[
                        "You're very welcome, glad it helped!",
                        "Happy to help, anytime!",
                        "Glad I could help!",
                    ],
                )
                .into(),
            );
        } else if !r.has(Act::Confirms) && !r.shares {
            // Thanks for what, tend cannot tell: nothing is claimed. Beside
            // a link they send ("thanks! here it is: …"), "thanks for sharing
            // it" answers them; "you're welcome" after it reads oddly.
            parts.push(pick(v, &["You're welcome!", "You're very welcome!", "My pleasure!"]).into());
        }
    }
    if r.worried && !r.wants_luck && bad.is_none_or(|n| n.kind == NewsKind::Layoff) {
        parts.push(
            pick(
                v,
                &[
                    "Totally normal to feel that way. You've got this, and I'm here if you need anything.",
                    "That's completely understandable. You've got this, and I'm around if you want to talk.",
                    "Of course it feels that way. You'll do great, and I'm here if you need anything.",
                ],
            )
            .into(),
        );
    }
    // 3. The answer.
    let mut answered = false;
    let meeting_gives_advice =
        r.ask == Some(AskKind::Advice) && r.has(Act::ProposesTime) && !r.has(Act::Pitch) && r.meeting.is_some();
    let mut advice_met = false;
    if r.has(Act::Pitch) {
        let options: &[&str] = match f.pitches_answered {
            0 => &[
                "Thanks for reaching out, but it's not something I need right now. Happy to stay in touch, though.",
                "Thanks for thinking of me, but I'll pass for now. Happy to keep in touch.",
                "I appreciate the note, but it isn't a fit for me at the moment. Happy to stay connected.",
                "Thanks, but I'll pass on this one. All the best with it.",
            ],
            1 => &[
                "Thanks for following up. It's still not a fit for us right now, so I'll pass.",
                "Thanks for checking back, but nothing has changed on our side, so I'll pass.",
                "I appreciate the follow-up, but it's still a no for now.",
            ],
            _ => &[
                "Thanks, but my answer hasn't changed: it's not a fit for us. Please take me off your list.",
                "I appreciate the persistence, but it's still a no from me. Please don't follow up on this again.",
                "Thanks, but as I said before, we're not interested. Please remove me from your outreach.",
            ],
        };
        parts.push(pick(v, options).into());
        answered = true;
    } else if r.has(Act::Reschedules) {
        let thanked = parts.iter().any(|p| p.contains("letting me know"));
        parts.push(
            if thanked {
                pick(
                    v,
                    &["No problem at all.", "No worries at all.", "That's completely fine."],
                )
            } else {
                pick(
                    v,
                    &[
                        "No problem at all, thanks for letting me know.",
                        "No worries at all.",
                        "That's completely fine.",
                    ],
                )
            }
            .into(),
        );
        // A plan they may have to drop beside a parent's stroke or a loss
        // ("I might have to cancel Toronto") is no time to ask for a new
        // date (trial 53).
        let hard_news = r
            .news
            .as_ref()
            .is_some_and(|n| matches!(n.kind, NewsKind::Illness | NewsKind::Loss | NewsKind::BadOther));
        match (&r.time, f.late) {
            // A no is taken as it is: no new time asked for.
            (None, _) if r.declined || hard_news => {}
            // A new date for something they invited the user to is the
            // user's to accept: it is checked, not confirmed.
            (Some(t), false) if (r.invitation.is_some() || is_choice(t)) && f.answer.is_some() => {
                parts.push(time_decided(f.answer.unwrap_or(Answer::Yes), Some(t), r, v));
            }
            (Some(t), false) if r.invitation.is_some() => parts.push(format!(
                "{} {t} {}",
                pick(v, &["Let me check", "I'll look at", "Let me look at"]),
                pick(
                    v,
                    &["and get back to you.", "and come back to you.", "and let you know."]
                )
            )),
            // A choice of times is the user's to make.
            (Some(t), false) if is_choice(t) => parts.push(format!(
                "{} {t} {}",
                pick(v, &["Let me check", "I'll look at", "Let me look at"]),
                pick(
                    v,
                    &[
                        "and get back to you.",
                        "and come back to you with one.",
                        "and let you know which works."
                    ]
                )
            )),
            // "next week", "in January": no day yet, so none is agreed.
            // Their "tomorrow", a day later, is asked about.
            (Some(t), false) if f.days_since > 0 && relative(t) => parts.push(format!(
                "{} {}",
                pick(v, &["Is that time", "Is that", "Would that"]),
                pick(
                    v,
                    &[
                        "still possible, or should we find another?",
                        "still good for you, or shall we pick a new time?",
                        "still work, or should we find another time?"
                    ]
                )
            )),
            (Some(t), false) if vague(t) => parts.push(format!(
                "{} {t} is fine. {}",
                pick(v, &["Happy to move it,", "Sure,", "Of course,"]),
                pick(
                    v,
                    &[
                        "Which day suits you?",
                        "What day would work for you?",
                        "Just say which day suits you."
                    ]
                )
            )),
            (Some(t), false) => parts.push(format!("{} works for me.", crate::text::capitalised(t))),
            _ => parts.push(
                pick(
                    v,
                    &[
                        "When would suit you instead?",
                        "What would work better for you?",
                        "Just let me know what suits you instead.",
                    ],
                )
                .into(),
            ),
        }
        answered = true;
    } else if (r.has(Act::ProposesTime) || r.has(Act::Confirms))
        // A chaser with a call offered beside it ("any thoughts on the offer?
        // happy to jump on a call") is answered once, as a chaser.
        && !(r.question == Some(QuestionKind::Chaser) && r.time.is_none())
    {
        if let Some(what) = &r.invitation {
            parts.push(invitation(what, v, f.answer));
        } else if !f.late
            && f.days_since == 1
            && r.time
                .as_deref()
                .is_some_and(|t| t.to_lowercase().starts_with("tomorrow"))
        {
            // Their "tomorrow" is today: asked, not assumed.
            parts.push(
                pick(
                    v,
                    &[
                        "Is today still good for you?",
                        "Does today still work for you?",
                        "Are you still free today?",
                    ],
                )
                .into(),
            );
        } else if ((f.late && r.time.is_some())
            || (f.days_since > 0 && r.time.as_deref().is_some_and(|t| relative(t) && !vague(t))))
            // Their yes to the user's own time ("12:30 is perfect!") is
            // not asked again, however late the answer (ten-draft read).
            && !own_time_agreed(r)
        {
            parts.push(
                pick(
                    v,
                    &[
                        "Is that time still open, or shall we find another?",
                        "Does that time still work, or should we pick a new one?",
                        "Could we find a new time, in case that one has passed?",
                    ],
                )
                .into(),
            );
        } else if r
            .time
            .as_deref()
            .is_some_and(|t| is_choice(t) && (!r.has(Act::Confirms) || t.contains(" or ")))
        {
            // A choice is the user's to make; a span confirmed ("yes 14-16
            // Nov confirmed, flights booked") is none (trial 21).
            let love_to = format!(
                "I'd love to{}.",
                meeting_phrase(r.meeting).map(|m| format!(" {m}")).unwrap_or_default()
            );
            parts.push(match f.answer {
                // "I'd love to have a call. Sadly I can't make any of those"
                // says two things (trial 69): the no alone.
                Some(Answer::No) => time_decided(Answer::No, r.time.as_deref(), r, v),
                Some(a) => format!("{love_to} {}", time_decided(a, r.time.as_deref(), r, v)),
                None => format!(
                    "{love_to} Let me check which of {} works best and get back to you.",
                    r.time.as_deref().unwrap_or_default()
                ),
            });
        } else if r.question == Some(QuestionKind::Attend) && r.time.is_none() && f.answer == Some(Answer::No) {
            // The no is said once, below, with no "I'd love to" before it.
        } else if r.question == Some(QuestionKind::Attend) && r.time.is_none() {
            // "are you going to be at RustNation? we should grab lunch":
            // whether the user goes is answered below, once.
            parts.push(format!(
                "{}!",
                meeting_phrase(r.meeting)
                    .map_or_else(|| "I'd love to catch up".to_string(), |m| format!("I'd love to {m}"))
            ));
        } else if meeting_gives_advice && r.time.as_deref().is_none_or(vague) {
            // "would love to pick your brain… coffee sometime?": the coffee
            // is the favour, met gladly, not "let me put my thoughts together".
            advice_met = true;
            parts.push(format!(
                "Happy to! I'd love to {}. {}",
                meeting_phrase(r.meeting).unwrap_or("catch up"),
                pick(
                    v,
                    &["Which day suits you?", "What day works for you?", "When suits you?"]
                )
            ));
        } else if r.has(Act::Ask) && r.time.is_none() {
            // A favour with a meeting in it: the favour is answered below.
        } else {
            parts.push(time_answer(r, v, r.has(Act::Confirms), f.answer));
        }
        answered = true;
    }
    let heavy = bad.is_some_and(|n| matches!(n.kind, NewsKind::Loss | NewsKind::Illness));
    if r.has(Act::Ask) && heavy && r.errand && !r.covers_a_day {
        // A small favour asked in a hard week is simply done.
        parts.push(
            pick(
                v,
                &[
                    "Of course, I'll take care of it.",
                    "Of course, consider it done.",
                    "Don't worry, I'll take care of it.",
                ],
            )
            .into(),
        );
        answered = true;
    } else if r.has(Act::Ask) && r.errand && r.covers_a_day && matches!(r.ask, None | Some(AskKind::Other)) {
        // Covering for them on a day is the user's calendar's to decide.
        parts.push(
            pick(
                v,
                match f.answer {
                    Some(Answer::Yes) => &[
                        "Sure, I can cover that day.",
                        "Of course, I'll cover it.",
                        "Sure, happy to cover.",
                    ],
                    Some(Answer::No) => &[
                        "Sorry, I can't that day, I'm afraid.",
                        "Unfortunately I can't cover that day, sorry.",
                        "I'm afraid that day doesn't work for me, sorry.",
                    ],
                    None => &[
                        "Let me check my calendar and get back to you shortly.",
                        "I'll check my calendar for that day and get back to you.",
                        "Let me check that day and get back to you shortly.",
                    ],
                },
            )
            .into(),
        );
        answered = true;
    } else if r.has(Act::Ask) && r.errand && matches!(r.ask, None | Some(AskKind::Other)) {
        // "can you send me the final hours estimate by Wed?": the day they
        // need it by is the one promised (trial 53 dropped it).
        parts.push(match &r.deadline {
            Some(day) if !f.late => format!(
                "{} {day}.",
                pick(
                    v,
                    &[
                        "Sure, I'll take care of it by",
                        "Of course, will do by",
                        "Sure thing, I'll sort it out by"
                    ]
                )
            ),
            _ => pick(
                v,
                &[
                    "Sure, I'll take care of it.",
                    "Of course, will do.",
                    "Sure thing, I'll sort it out.",
                ],
            )
            .into(),
        });
        answered = true;
    } else if advice_met {
        answered = true;
    } else if meeting_gives_advice {
        // The time is agreed above: the favour is the meeting's purpose.
        parts.push(pick(v, &["Happy to help!", "Happy to share what I know.", "Glad to help!"]).into());
        answered = true;
    } else if r.has(Act::Ask)
        && let Some(a) = f.answer
        && matches!(r.ask, Some(AskKind::Send | AskKind::Bring | AskKind::Permit))
        && let Some(said) = favour_decided(a, r.ask, None, v)
    {
        parts.push(said);
        answered = true;
    } else if r.has(Act::Ask)
        && let Some(options) = r.ask.and_then(answered_at_once)
    {
        // Leave to send, bring or get back in touch, a detail of the
        // user's, leave to use their name: answered now, in the words the
        // request needs (see [`answered_at_once`]).
        parts.push(pick(v, options).into());
        answered = true;
    } else if r.has(Act::Ask)
        && r.question == Some(QuestionKind::Chaser)
        && r.object.is_none()
        && matches!(r.ask, None | Some(AskKind::Advice | AskKind::Other))
    {
        // "circling back on the role… any thoughts?": one answer, to the
        // chase, below (trial 21 got two "I'll come back to you").
    } else if r.has(Act::Ask) {
        parts.push(match &r.object {
            // "could you review my CV before friday?": the look, or the no.
            Some(_) if f.answer == Some(Answer::No) => favour_decided(Answer::No, r.ask, None, v).unwrap_or_default(),
            Some(o) if f.answer == Some(Answer::Yes) => format!(
                "{} {o}{}",
                pick(
                    v,
                    &[
                        "Sure, happy to look at",
                        "Of course, I'll have a look at",
                        "Sure, I'll look at"
                    ]
                ),
                match &r.deadline {
                    Some(day) if !f.late => format!(" by {day}."),
                    _ => ".".into(),
                }
            ),
            Some(o) => format!(
                "{} {o} {}",
                pick(v, &["Let me have a look at", "I'll look into", "Let me see about"]),
                pick(
                    v,
                    &["and get back to you.", "and come back to you.", "and let you know."]
                )
            ),
            // "Could your team share a draft project plan by October 25?":
            // looked into, and answered by their day.
            None => match (
                &r.deadline,
                f.answer
                    .and_then(|a| favour_decided(a, r.ask, r.deadline.as_deref().filter(|_| !f.late), v)),
            ) {
                (_, Some(said)) => said,
                (Some(day), None) if !f.late => promised_by(ask_answer(r.ask, v), day),
                _ => ask_answer(r.ask, v).into(),
            },
        });
        answered = true;
    }
    // One deferral is enough: a question beside a favour already answered
    // with "let me … and get back to you" is not deferred twice.
    // Nor after "let me check which of 12-13 Oct works best and get back to
    // you" (trial 15 saw a second "let me check and come back to you").
    let put_off = parts
        .iter()
        .any(|p| p.contains("back to you") || p.contains("let you know"));
    let deferred = r.has(Act::Ask) || r.has(Act::ProposesTime) || put_off;
    if r.honoured {
        // Their yes or no is the user's; the honour is answered now.
        parts.push(
            pick(
                v,
                &[
                    "I'm so touched that you asked me!",
                    "I'm really touched you'd ask me!",
                    "What an honour to be asked!",
                ],
            )
            .into(),
        );
        answered = true;
    } else if r.has(Act::Question)
        && !(r.has(Act::ProposesTime) && r.invitation.is_some())
        && !(deferred && r.question == Some(QuestionKind::Other))
        && let Some(text) = question_answer(r, v, f.answer)
    {
        // A chase beside a favour already put off ("following up on the
        // renewal… did you get a chance to look at the quote?"): thanked
        // for, not put off a second time (trial 24).
        // "lmk by friday pls": the promise names their day (trials 41-43
        // gave a second "shortly" to a chaser with a deadline).
        let text = match (&r.deadline, r.question) {
            (Some(day), Some(QuestionKind::Chaser)) if !f.late && !put_off => promised_by(&text, day),
            _ => text,
        };
        let text = if r.question == Some(QuestionKind::Chaser) && put_off {
            pick(
                v,
                &[
                    "Thanks for the nudge!",
                    "Thanks for following up!",
                    "Thanks for bearing with me!",
                ],
            )
            .to_string()
        } else {
            text
        };
        parts.push(text);
        answered = true;
    }
    // Heavy bad news alone gets an offer of support, asking nothing (a
    // cancelled trip gets "what a shame", not "thinking of you").
    if r.asks_preference && r.question != Some(QuestionKind::Preference) {
        parts.push(
            pick(
                v,
                &[
                    "And thanks for checking what I'd like!",
                    "And thanks for asking what I'd like!",
                ],
            )
            .into(),
        );
    }
    if bad.is_some_and(|n| matches!(n.kind, NewsKind::Layoff | NewsKind::Loss | NewsKind::Illness)) && !answered && full
    {
        parts.push(
            pick(
                v,
                &[
                    "If there's anything I can do, just let me know.",
                    "If I can help in any way, let me know.",
                    "Thinking of you, and let me know if there's anything I can do.",
                ],
            )
            .into(),
        );
    }
    // They will come back to the user: no rush.
    if r.stalls && !answered && !r.has(Act::Closes) {
        let thanked = parts.iter().any(|p| p.to_lowercase().contains("thanks"));
        parts.push(
            if thanked {
                pick(v, &["No rush at all.", "No rush.", "No hurry at all."])
            } else {
                pick(
                    v,
                    &[
                        "No rush at all, thanks for letting me know.",
                        "No rush, thanks for the heads-up.",
                        "No hurry at all, thanks for keeping me posted.",
                    ],
                )
            }
            .into(),
        );
        answered = true;
    }
    // Their season's wishes, returned: first, as they said them, unless
    // their news is bad ("so sorry to hear…" comes before any wishes).
    if let Some(w) = r.wishes {
        if bad.is_none() {
            parts.insert(usize::from(f.late), w.returned().into());
        } else {
            parts.push(w.returned().into());
        }
    }
    let said_something = parts.len() > usize::from(f.late);
    if !said_something
        || (r.has(Act::Unread) && !answered && bad.is_none() && good.is_none() && !r.wants_luck && r.wishes.is_none())
    {
        // Unsure: short and true, thanked once ("Thanks for the heads-up!
        // Thanks for your message!", trial 16).
        if parts
            .iter()
            .all(|p| !p.contains("message") && !p.to_lowercase().contains("thanks"))
        {
            parts.push(
                pick(
                    v,
                    &[
                        "Thanks for your message!",
                        "Thanks for your note!",
                        "Thanks for the message!",
                    ],
                )
                .into(),
            );
        }
    }
    one_promise(&mut parts, v);
    let mut text = format!("{hello} {name}, ");
    let body = parts.join(" ");
    // Glue the first part after the comma in lower case where it reads so.
    text.push_str(&lower_first(&body));
    text
}

/// Two questions each taken up with "let me check and get back to you"
/// read as a form letter ("Let me check my calendar and get back to you
/// shortly. Let me check my plans and let you know.", trials 41-43): the
/// promise is made once.
fn one_promise(parts: &mut Vec<String>, v: usize) {
    fn is_promise(sentence: &str) -> bool {
        let s = sentence.trim();
        ["Let me ", "I'll ", "I will "].iter().any(|p| s.starts_with(p))
            && ["get back to you", "come back to you", "let you know", "confirm"]
                .iter()
                .any(|w| s.contains(w))
    }
    fn sentences(part: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in part.char_indices() {
            if matches!(c, '.' | '!' | '?') && part[i + 1..].starts_with(' ') {
                out.push(part[start..=i].trim());
                start = i + 1;
            }
        }
        if start < part.len() && !part[start..].trim().is_empty() {
            out.push(part[start..].trim());
        }
        out
    }
    let promises: usize = parts
        .iter()
        .map(|p| sentences(p).into_iter().filter(|s| is_promise(s)).count())
        .sum();
    if promises < 2 {
        return;
    }
    let kept: Vec<String> = parts
        .iter()
        .map(|p| {
            sentences(p)
                .into_iter()
                .filter(|s| !is_promise(s))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect();
    *parts = kept;
    parts.push(
        pick(
            v,
            &[
                "Let me check and get back to you shortly.",
                "Let me look into it and come back to you shortly.",
                "I'll check and get back to you shortly.",
            ],
        )
        .into(),
    );
}

/// Their bad and good news, and whether their message asks anything of the
/// user beside news and thanks: what a reply answers first, in any language.
pub(super) struct Weighed<'a> {
    pub bad: Option<&'a crate::text::News>,
    pub good: Option<&'a crate::text::News>,
    pub asks: bool,
}

pub(super) fn weigh(r: &Reading) -> Weighed<'_> {
    let news = [r.news.as_ref(), r.other_news.as_ref()];
    let of = |p: Polarity, act: Act| {
        news.into_iter()
            .flatten()
            .find(|n| n.kind.polarity() == p && r.has(act))
    };
    Weighed {
        bad: of(Polarity::Bad, Act::NewsBad),
        good: of(Polarity::Good, Act::NewsGood),
        asks: r.has(Act::Ask) || r.has(Act::Question) || r.has(Act::ProposesTime) || r.has(Act::Pitch),
    }
}

fn lower_first(s: &str) -> String {
    let keep = ["I ", "I'", "I'm", "Eid ", "Aïd "];
    if keep.iter().any(|k| s.starts_with(k)) {
        return s.to_string();
    }
    // A time or a proper noun first ("Thursday works") keeps its capital.
    let first_word = s.split_whitespace().next().unwrap_or("");
    if crate::text::reader::is_time_word(first_word) {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "next time you're in Munich", "if you're ever around": a when, not a time.
fn conditional(t: &str) -> bool {
    t.starts_with("next time") || t.starts_with("if you are ever")
}

/// "Tuesday or Wednesday", "24-26 March": a choice of times, the user's to make.
fn is_choice(t: &str) -> bool {
    // Two days of the month ("29 Sept 1 Oct", from "29 sept - 1 oct") are
    // a range to choose from; a clock ("15:00") is no day.
    // "Sept 5 at 10": a number after "at" is a clock (trial 17).
    let words: Vec<&str> = t.split_whitespace().collect();
    let days = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i == 0 || !words[i - 1].eq_ignore_ascii_case("at"))
        .map(|(_, w)| *w)
        .filter(|w| {
            // "19th" is a day; "5pm" and "19h" are clocks.
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &w[digits.len()..];
            !digits.is_empty()
                && digits.len() <= 2
                && digits.chars().all(|c| c.is_ascii_digit())
                && matches!(suffix.to_ascii_lowercase().as_str(), "" | "st" | "nd" | "rd" | "th")
        })
        .count();
    t.contains(" or ") || t.contains('-') || t.contains('–') || days >= 2
}

fn is_weekday(w: &str) -> bool {
    crate::text::reader::is_time_word(w) && !crate::text::reader::is_month_word(w)
}

fn sympathy(kind: NewsKind, v: usize) -> &'static str {
    match kind {
        NewsKind::Layoff => pick(
            v,
            &[
                "I'm so sorry to hear about the layoff.",
                "I'm really sorry to hear about your job, that's hard news.",
                "Sorry to hear about the layoff, that's rough.",
            ],
        ),
        NewsKind::Rejection => pick(
            v,
            &[
                "I'm sorry it didn't work out, that's disappointing.",
                "Sorry to hear it didn't go your way.",
                "That's disappointing news, I'm sorry.",
            ],
        ),
        NewsKind::Loss => pick(
            v,
            &[
                "I'm so sorry for your loss.",
                "I was so sorry to hear your news.",
                "I'm so sorry, my thoughts are with you.",
            ],
        ),
        NewsKind::Illness => pick(
            v,
            &[
                "I'm so sorry to hear that, and I hope things get better soon.",
                "Sorry to hear that, I hope you're getting the care and rest you need.",
                "I'm sorry to hear that. Wishing you a good recovery.",
            ],
        ),
        NewsKind::Cancelled => pick(
            v,
            &[
                "Sorry to hear it was cancelled, that's a shame.",
                "What a shame it was cancelled, I'm sorry.",
                "Sorry to hear that, what a shame.",
            ],
        ),
        _ => pick(
            v,
            &[
                "I'm sorry to hear that, and thanks for letting me know.",
                "That sounds hard, I'm sorry. Thanks for telling me.",
                "I'm sorry you're dealing with that, and thanks for letting me know.",
            ],
        ),
    }
}

fn congratulation(kind: NewsKind, what: Option<&str>, v: usize) -> String {
    match kind {
        NewsKind::Job => pick(
            v,
            &[
                "Congratulations on the new job!",
                "Huge congratulations on the new role!",
                "Congrats on the new job, that's great news!",
            ],
        )
        .into(),
        NewsKind::Promotion => pick(
            v,
            &[
                "Congratulations on the promotion, well deserved!",
                "Huge congrats on the promotion!",
                "Congratulations on the promotion, that's great news!",
            ],
        )
        .into(),
        NewsKind::Funding => pick(
            v,
            &[
                "Congratulations on the funding round!",
                "Congrats on closing the round!",
                "Huge congratulations on the funding!",
            ],
        )
        .into(),
        NewsKind::Launch => pick(
            v,
            &[
                "Congratulations on the launch!",
                "Congrats on shipping it!",
                "Huge congrats on the launch!",
            ],
        )
        .into(),
        NewsKind::Accepted => match what {
            Some(w) => format!(
                "{} {w} being accepted!",
                pick(
                    v,
                    &["Congratulations on the", "Congrats on the", "Great news about the"]
                )
            ),
            None => pick(
                v,
                &[
                    "Congratulations, that's great news!",
                    "Congrats, well done!",
                    "That's great news, congratulations!",
                ],
            )
            .into(),
        },
        NewsKind::Baby => pick(
            v,
            &[
                "Congratulations on the new arrival!",
                "Huge congratulations on the baby news!",
                "Congratulations, that's wonderful news!",
            ],
        )
        .into(),
        NewsKind::Home => pick(
            v,
            &[
                "Congrats on the new place!",
                "Congratulations on the new home!",
                "Congrats on the new place, exciting times!",
            ],
        )
        .into(),
        // Someone's surgery went well: glad, not congratulating (trial 17).
        // "my mom had a small stroke… recovering really well": glad, never
        // "great news" about the stroke (trial 29).
        NewsKind::Relief => pick(
            v,
            &[
                "I'm so glad to hear things are going well.",
                "What a relief, I'm so glad to hear it.",
                "So glad to hear it's going well.",
            ],
        )
        .into(),
        NewsKind::Wedding if what == Some("engagement") => pick(
            v,
            &[
                "Congratulations on the engagement!",
                "Huge congratulations to you both on the engagement!",
                "Congratulations, so happy for you both!",
            ],
        )
        .into(),
        NewsKind::Wedding => pick(
            v,
            &[
                "Congratulations on the wedding!",
                "Huge congratulations to you both!",
                "Congratulations, so happy for you both!",
            ],
        )
        .into(),
        NewsKind::GoodOther => pick(
            v,
            &[
                "Congratulations, that's wonderful news!",
                "That's great news, congratulations!",
                "Congrats, so happy for you!",
            ],
        )
        .into(),
        NewsKind::Award => pick(
            v,
            &[
                "Congratulations on the award!",
                "Huge congrats on the win!",
                "Congratulations, well deserved!",
            ],
        )
        .into(),
        NewsKind::Graduation => pick(
            v,
            &[
                "Congratulations, well done!",
                "Huge congrats, that's a big milestone!",
                "Congratulations, that's a big achievement!",
            ],
        )
        .into(),
        _ => pick(
            v,
            &[
                "That's great news!",
                "Great news, congratulations!",
                "Congrats, well done!",
            ],
        )
        .into(),
    }
}

fn invitation(what: &str, v: usize, answer: Option<Answer>) -> String {
    if what == "opening" {
        return pick(
            v,
            &[
                "Tempting, thanks for thinking of me! I'll keep it in mind.",
                "Thanks for thinking of me, I'll keep it in mind!",
                "That's tempting! Thanks, I'll keep it in mind.",
            ],
        )
        .into();
    }
    if let ("role", Some(a)) = (what, answer) {
        return role_decided(a, v).into();
    }
    if what == "role" {
        return pick(
            v,
            &[
                "Thanks for thinking of me for the role! Let me think it over and get back to you.",
                "Thanks for reaching out about the role. Let me think about it and come back to you.",
                "I appreciate you thinking of me for the role; let me mull it over and get back to you.",
            ],
        )
        .into();
    }
    let lead = pick(
        v,
        &[
            "Thanks so much for the invitation",
            "Thank you for the invite",
            "Thanks for thinking of me",
        ],
    );
    // "the invitation to the panel", but "thinking of me for the panel".
    let thing = match (what, lead.ends_with("of me")) {
        ("invitation", _) => String::new(),
        (w, true) => format!(" for the {w}"),
        (w, false) => format!(" to the {w}"),
    };
    if let Some(a) = answer {
        return format!("{lead}{thing}! {}", invitation_decided(a, v));
    }
    format!(
        "{lead}{thing}! {}",
        pick(
            v,
            &[
                "Let me check my calendar and get back to you.",
                "Let me look at my plans and come back to you.",
                "I'll check my schedule and let you know."
            ]
        )
    )
}

/// A time with no day in it ("in the next few weeks", "next month"): none
/// is agreed by taking it up.
fn vague(t: &str) -> bool {
    // "the week of the 20th" names no day.
    let lower = t.to_lowercase();
    if lower.contains("week of") || lower.starts_with("the week") {
        return true;
    }
    // "in the next 2 weeks", "sometime this week": a span, not a day (trial 15).
    if [
        "next 2",
        "next 3",
        "next two",
        "next few",
        "next couple",
        "sometime",
        "some time",
        "within",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return true;
    }
    !t.chars().any(|c| c.is_ascii_digit())
        && !t.split_whitespace().any(is_weekday)
        && ![
            "today",
            "tonight",
            "tomorrow",
            "this morning",
            "this afternoon",
            "this evening",
        ]
        .iter()
        .any(|d| t.to_lowercase().contains(d))
}

/// How a reply that agrees to a time ends, by the meeting's mode.
fn sign_off(r: &Reading, v: usize) -> &'static str {
    match r.mode {
        Some(Mode::InPerson) => pick(
            v,
            &[
                "See you there, and let me know if anything changes!",
                "See you then!",
                "Looking forward to it!",
            ],
        ),
        Some(Mode::Remote) => pick(
            v,
            &[
                "Talk then, and let me know if anything changes!",
                "Speak then!",
                "Looking forward to it!",
            ],
        ),
        None => pick(
            v,
            &[
                "Looking forward to it, and let me know if anything changes!",
                "See you then!",
                "Talk soon!",
            ],
        ),
    }
}

fn time_answer(r: &Reading, v: usize, confirmed: bool, answer: Option<Answer>) -> String {
    let sign_off = sign_off(r, v);
    // A time with no day ("next week") is not agreed to: a day is asked.
    if !confirmed && r.still_on.is_none() && r.time.as_deref().is_some_and(|t| vague(t) && !conditional(t)) {
        let what = meeting_phrase(r.meeting).unwrap_or("catch up");
        return format!(
            "I'd love to {what}. {}",
            pick(
                v,
                &[
                    "Which day suits you?",
                    "What day works for you?",
                    "Which day would be best for you?"
                ]
            )
        );
    }
    // "next time you're in Munich" is a when, not a time to agree to.
    if r.time.as_deref().is_some_and(conditional) {
        let what = meeting_phrase(r.meeting).unwrap_or("catch up");
        return format!(
            "I'd love to {what}. {}",
            pick(
                v,
                &[
                    "I'll let you know next time I'm there.",
                    "I'll give you a shout when I'm next in town.",
                    "I'll let you know when I'm next around."
                ]
            )
        );
    }
    match (&r.time, confirmed) {
        (Some(t), true) => format!(
            "{} {} it is. {sign_off}",
            pick(v, &["Great,", "Perfect,", "Lovely,"]),
            t
        ),
        // A plan made before, checked: after the user's own proposal, the
        // user's side of it; else the yes is the user's to give.
        (Some(t), false) if r.still_on == Some(PlanCheck::Stands) && r.answers_user => {
            format!("{} is still on from my side. {sign_off}", crate::text::capitalised(t))
        }
        (None, false) if r.still_on == Some(PlanCheck::Stands) && r.answers_user => {
            format!("Still on from my side. {sign_off}")
        }
        (Some(t), false) if r.still_on.is_some() && answer == Some(Answer::Yes) => {
            format!("{} is still on from my side. {sign_off}", crate::text::capitalised(t))
        }
        (Some(t), false) if r.still_on.is_some() && answer.is_some() => time_decided(Answer::No, Some(t), r, v),
        (Some(t), false) if r.still_on.is_some() => {
            let [a, b] = pick(
                v,
                &[
                    [
                        "Thanks for checking about ",
                        ". Let me look at my calendar and let you know.",
                    ],
                    [
                        "Thanks for checking about ",
                        "! I'll look at my calendar and let you know.",
                    ],
                    ["Thanks for checking on ", ", I'll let you know shortly."],
                ],
            );
            format!("{a}{t}{b}")
        }
        // A time for the meeting the user proposed, or a coffee, a lunch or
        // a beer in person, is agreed to; a call or a trip offered out of
        // the blue is the user's calendar's to decide.
        (Some(t), false) if answer == Some(Answer::No) => time_decided(Answer::No, Some(t), r, v),
        (Some(t), false) if r.answers_user || r.mode == Some(Mode::InPerson) => {
            format!("{} works for me. {sign_off}", crate::text::capitalised(t))
        }
        (Some(t), false) if answer.is_some() => time_decided(answer.unwrap_or(Answer::Yes), Some(t), r, v),
        (Some(t), false) => format!(
            "{} {}",
            crate::text::capitalised(t),
            pick(
                v,
                &[
                    "could work. Let me check my calendar and confirm shortly.",
                    "might work for me. Let me check my calendar and get back to you.",
                    "could work. I'll check my calendar and confirm.",
                ]
            )
        ),
        (None, true) => format!(
            "{} {sign_off}",
            pick(
                v,
                &[
                    "Great, thanks for confirming.",
                    "Perfect, thanks.",
                    "Lovely, thanks for setting it up."
                ]
            )
        ),
        // "Let's talk in autumn!": no day to ask for now (trial 46).
        (None, false) if r.later => {
            let what = meeting_phrase(r.meeting).unwrap_or("catch up");
            format!(
                "I'd love to {what} then. {}",
                pick(
                    v,
                    &["Talk soon!", "I'll look forward to it!", "Let's be in touch then!"]
                )
            )
        }
        (None, false) => {
            let what = meeting_phrase(r.meeting).unwrap_or("catch up");
            format!(
                "I'd love to {what}. {}",
                pick(
                    v,
                    &[
                        "What day suits you?",
                        "When works for you?",
                        "Which day would suit you?"
                    ]
                )
            )
        }
    }
}

/// A time said from the day it was written: "tomorrow", "tonight".
/// A promise to come back, made by their day: "…get back to you shortly."
/// becomes "…get back to you by Friday.", "…let you know." "…let you know
/// by Friday.".
fn promised_by(text: &str, day: &str) -> String {
    let by = format!(" by {day}.");
    if text.contains(" shortly.") {
        return text.replace(" shortly.", &by);
    }
    text.replacen(" back to you.", &format!(" back to you{by}"), 1)
        .replacen(" let you know.", &format!(" let you know{by}"), 1)
}

/// Their yes to the user's own time ("12:30 is perfect!"): not asked again
/// however late the answer. A "tomorrow" of days ago has passed and is
/// asked about; a clock alone is the user's proposed day's.
fn own_time_agreed(r: &Reading) -> bool {
    r.has(Act::Confirms) && r.answers_user && !r.has(Act::ProposesTime) && !r.time.as_deref().is_some_and(near_day)
}

/// "tomorrow", "today", "tonight", "this Friday": a day named from the
/// day it was written.
fn near_day(time: &str) -> bool {
    let t = time.to_lowercase();
    ["tomorrow", "today", "tonight", "this "].iter().any(|w| t.contains(w))
}

fn relative(time: &str) -> bool {
    let t = time.to_lowercase();
    // A clock with no day ("at 7", "19:00") is the day they wrote, or soon.
    let clock_only =
        !t.split_whitespace().any(is_weekday) && !t.chars().any(|c| c.is_alphabetic() && !"atmp".contains(c));
    near_day(&t) || clock_only
}

fn meeting_phrase(meeting: Option<&str>) -> Option<&'static str> {
    Some(match meeting? {
        "coffee" => "grab a coffee",
        "lunch" => "have lunch",
        "dinner" => "have dinner",
        "breakfast" | "brunch" => "meet for breakfast",
        "drinks" => "grab a drink",
        "call" => "have a call",
        _ => "catch up",
    })
}

/// The wordings of a request answered at once rather than looked into:
/// a detail of the user's is sent; leave to send something to look at is
/// granted as any other review is ("I'll take a look"); leave to get back
/// in touch or to bring something along is granted; leave to use the
/// user's name or work is thanked for, the yes left to them.
fn answered_at_once(kind: AskKind) -> Option<&'static [&'static str]> {
    Some(match kind {
        AskKind::Details => &[
            "Sure, I'll send it over.",
            "Of course, I'll send it to you.",
            "Sure, I'll get it to you.",
        ],
        AskKind::Send => &[
            "Of course, send it over and I'll get back to you.",
            "Sure, send it my way and I'll get back to you with my thoughts.",
            "Please do, I'll have a look and come back to you.",
        ],
        AskKind::Recontact => &[
            "Of course, feel free to reach out anytime!",
            "Sure, happy to hear from you then!",
            "Of course, do get in touch whenever it suits you.",
        ],
        AskKind::Permit => &[
            "Thanks for asking first! I'll get back to you on that shortly.",
            "Thanks for checking with me first, I'll let you know shortly.",
            "Thanks for asking! Let me get back to you on that shortly.",
        ],
        AskKind::Secret => &[
            "Of course, my lips are sealed.",
            "Of course, it stays between us.",
            "Sure, I won't say a word.",
        ],
        AskKind::Bring => &[
            "Of course, please bring it along!",
            "Sure, bring it along!",
            "Of course, bring it with you!",
        ],
        _ => return None,
    })
}

fn ask_answer(kind: Option<AskKind>, v: usize) -> &'static str {
    match kind {
        Some(AskKind::Intro) => pick(
            v,
            &[
                "Let me think about who would be the right person and get back to you.",
                "Let me see who I know there and come back to you.",
                "Let me think about the best person and get back to you.",
            ],
        ),
        Some(AskKind::Referral) => pick(
            v,
            &[
                "Let me ask around and get back to you.",
                "Let me see what I can do there and come back to you.",
                "Let me look into how best to do that and get back to you.",
            ],
        ),
        Some(AskKind::Review) => pick(
            v,
            &[
                "Happy to have a look, and I'll get back to you.",
                "I'll take a look and come back to you.",
                "Let me have a look and get back to you.",
            ],
        ),
        Some(AskKind::Advice) => pick(
            v,
            &[
                "Let me put my thoughts together and come back to you.",
                "Let me think about it and get back to you with a few thoughts.",
                "Happy to help. Let me put a few thoughts together and get back to you.",
            ],
        ),
        _ => pick(
            v,
            &[
                "Let me see what I can do and get back to you.",
                "Let me look into it and come back to you.",
                "I'll see what I can do and let you know.",
            ],
        ),
    }
}

fn question_answer(r: &Reading, v: usize, answer: Option<Answer>) -> Option<String> {
    Some(match r.question? {
        QuestionKind::Place if r.place_open => pick(
            v,
            &["Wherever suits you best, happy to come to you.", "Whatever's easiest for you, I'm happy to come over.", "Your pick, wherever is easiest for you."],
        )
        .into(),
        QuestionKind::Place => pick(v, &["And the place works for me.", "And yes, that place is perfect.", "And that place sounds good to me."]).into(),
        QuestionKind::Preference => pick(v, &["Thanks for asking!", "Good question, thanks for asking!", "Thanks for asking, that's kind!"]).into(),
        QuestionKind::HelpOffered => pick(
            v,
            &[
                "Thanks, that's really kind of you! I may well take you up on that.",
                "That's very kind, thank you! I'll keep it in mind.",
                "Thanks for the offer, I might take you up on it!",
            ],
        )
        .into(),
        // Beside their big news, "how are you?" gets a short answer: the
        // reply is about them.
        QuestionKind::Pleasantry if r.has(Act::NewsGood) || r.has(Act::NewsBad) => pick(
            v,
            &[
                "All good here, thanks for asking!",
                "Doing well here, thanks for asking!",
                "All well on my side, thanks for asking!",
            ],
        )
        .into(),
        QuestionKind::Pleasantry => pick(
            v,
            &[
                "All good here, thanks for asking! How are things with you?",
                "Doing well here, thanks! How about you?",
                "All well on my side, thanks! How are you doing?",
            ],
        )
        .into(),
        QuestionKind::Invitation => invitation(r.invitation.as_deref().unwrap_or("invitation"), v, answer),
        QuestionKind::Attend if answer.is_some() => attending_decided(answer.unwrap_or(Answer::Yes), v).into(),
        QuestionKind::Attend => pick(
            v,
            &[
                "Let me check my plans and let you know.",
                "I'll check my calendar and let you know.",
                "Let me look at my plans and come back to you.",
            ],
        )
        .into(),
        QuestionKind::Opinion => pick(
            v,
            &[
                "Let me have a proper look and come back to you.",
                "Let me have a think and get back to you with a proper answer.",
                "Let me have a look and get back to you with my thoughts.",
            ],
        )
        .into(),
        QuestionKind::Chaser => pick(
            v,
            &[
                "Thanks for the nudge, and sorry for the wait! I haven't forgotten, I'll come back to you on it shortly.",
                "Sorry for keeping you waiting, and thanks for following up. I'll come back to you on it shortly.",
                "Thanks for bearing with me! It's on my list, and I'll get back to you on it shortly.",
            ],
        )
        .into(),
        QuestionKind::Practice => pick(
            v,
            &[
                "Happy to share how we do it. Let me pull the details together and get back to you.",
                "Happy to tell you how we handle it; let me put a few notes together and get back to you.",
                "Glad to share what we do. Let me gather the details and come back to you.",
            ],
        )
        .into(),
        QuestionKind::Trouble => pick(
            v,
            &[
                "Let me take a look and get back to you.",
                "I'll have a look and let you know what I find.",
                "Let me dig into it and come back to you.",
            ],
        )
        .into(),
        QuestionKind::Status => pick(
            v,
            &[
                "Let me check where it stands and get back to you.",
                "I'll check on it and let you know.",
                "Let me find out where it is and come back to you.",
            ],
        )
        .into(),
        // "do you still have the slides?": looked for at once, never a
        // "let me get back to you on that" (trials 44, 51).
        // "can I put you down as the platform contact?", "want it?": the
        // user's yes or no, when they pick one.
        QuestionKind::Other if answer.is_some() && r.yes_no && r.questions <= 1 => yes_or_no(
            answer.unwrap_or(Answer::Yes),
            v,
            &["Yes, happy to!", "Sure, sounds good!", "Yes, of course!"],
            &[
                "I'm afraid not this time, sorry!",
                "Sadly not this time, but thanks for asking!",
                "I'll have to pass this time, sorry!",
            ],
        )
        .into(),
        QuestionKind::Other if r.still_have.is_some() && r.questions <= 1 => {
            let it = r.still_have.unwrap_or("it");
            pick(
                v,
                &[
                    "Let me dig {it} out and send {it} over if I still have {it}.",
                    "Let me have a look and send {it} over if I still have {it}.",
                    "I'll check if I still have {it} and send {it} your way.",
                ],
            )
            .replace("{it}", it)
        }
        // Three numbered questions got "let me get back to you on that"
        // (trial 43): the promise says it covers them all.
        QuestionKind::Other if r.questions >= 2 => {
            let all = match r.questions {
                2 => "both",
                3 => "all three",
                _ => "all of them",
            };
            format!(
                "{} {all} {}",
                pick(v, &["Let me look into", "Let me check", "I'll look into"]),
                pick(v, &["and get back to you shortly.", "and come back to you shortly.", "and let you know shortly."])
            )
        }
        QuestionKind::Other => pick(
            v,
            &[
                "Let me get back to you on that.",
                "Let me check and come back to you on that.",
                "I'll check and let you know shortly.",
            ],
        )
        .into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Context, read};

    fn draft(message: &str) -> String {
        draft_after(None, message)
    }

    fn draft_after(previous_out: Option<&str>, message: &str) -> String {
        let r = read(
            message,
            &Context {
                previous_out,
                extra_closers: &[],
                colleague: false,
            },
        );
        replies(
            &ReplyFacts {
                name: "Sam",
                reading: &r,
                topic: None,
                late: false,
                days_since: 0,
                tongue: None,
                names_a_time: false,
                pitches_answered: 0,
                answer: None,
                hello: None,
            },
            0,
        )
        .into_iter()
        .next()
        .unwrap_or_default()
    }

    /// Trial 17: one day at one hour is no choice ("Let me check which of
    /// Sept 5 at 10 works best"); two days are.
    #[test]
    fn a_day_at_an_hour_is_one_time() {
        assert!(!is_choice("Sept 5 at 10"));
        assert!(is_choice("29 Sept - 1 Oct"));
        assert!(is_choice("Tuesday or Wednesday"));
        let d = draft("Hi Alex, for our first advisory session: Sept 5 at 10 at our office? I'll send an agenda.");
        assert!(!d.contains("which of"), "{d}");
    }

    /// Trial 17: "Thanks for the message! Thank you so much for the kind
    /// words!": their congratulations are the one thanks.
    #[test]
    fn congratulations_beside_an_ask_are_thanked_once() {
        let d = draft(
            "Hi Nadia, we're organising a panel on memory safety in Sept. Any chance you'd join remotely? Also, congrats on the promotion I saw on LinkedIn!",
        );
        assert_eq!(d.matches("hank").count(), 1, "{d}");
        assert!(!d.contains("congratulations on the promotion"), "{d}");
    }

    /// Trial 20: "WE GOT ENGAGED 💍" got "congratulations on the wedding!".
    #[test]
    fn an_engagement_is_no_wedding() {
        let d = draft("WE GOT ENGAGED 💍😭 wedding is 14 august in Potsdam, save the date!!");
        assert!(d.contains("engagement") || d.contains("you both"), "{d}");
        assert!(!d.contains("on the wedding"), "{d}");
    }

    /// Trials 19 and 20: "may I send you my draft?" got "I'll take a look
    /// and come back to you" (at what? nothing was sent yet).
    #[test]
    fn leave_to_send_something_is_granted() {
        for m in [
            "may I send you my draft for the internal tech talk? only if you have time, no pressure at all",
            "mind if I send over my deck? would love a sanity check",
            "Hi Alex, could I email you the RFC before Friday?",
        ] {
            let d = draft(m);
            assert!(d.contains("send it") || d.contains("Please do"), "{m} -> {d}");
            assert!(!d.contains("look into"), "{m} -> {d}");
        }
        // A demo, a calendar invite, a gift and leave to pass are no look.
        for m in [
            "We built an AI on-call copilot. Could I show you in 15 min sometime this week?",
            "can I send you an invite for thursday 3pm?",
            "My book is out!! can I send you a signed copy? what's your address these days?",
            "Honestly I'd love to but I'm already on two talks that week. Can I pass this time?",
        ] {
            let d = draft(m);
            assert!(!d.contains("send it") && !d.contains("Please do"), "{m} -> {d}");
        }
    }

    /// Trial 21's misreadings, each answered as the trial user would.
    #[test]
    fn trial_21s_readings() {
        let closes = |m: &str| read(m, &Context::default()).acts.closes();
        assert!(closes(
            "Totally understand, thanks for letting me know. Will keep you posted on anything senior next year!"
        ));
        assert!(closes("du bist die beste!! 🙏🙏"));
        let d = draft(
            "Ines, please make sure the on-call handbook is updated before the audit on the 22nd, and loop in Tom. Thanks.",
        );
        assert!(
            d.contains("take care of it") || d.contains("will do") || d.contains("sort it out"),
            "{d}"
        );
        let d = draft("handbook escalation section done, PR is up. can you review today? audit is monday 😬");
        assert!(!d.contains("works for me") && !d.contains("Looking forward"), "{d}");
        let d = draft(
            "heads up: your Nimbus reserved instances renew on 31 October. Happy to walk you through the new 3-year pricing if useful.",
        );
        assert!(!d.contains("pass") && !d.contains("not something I need"), "{d}");
        let d = draft(
            "We just launched Tracelight EU hosting - given your GDPR needs, could be interesting? 15 min next week?",
        );
        assert!(!d.contains("love to catch up") && !d.contains("Which day"), "{d}");
        let d = draft(
            "circling back on the Amsterdam role - the hiring manager would love to speak with you. Any thoughts?",
        );
        assert!(d.contains("nudge") || d.contains("following up"), "{d}");
        assert_eq!(d.matches("back to you").count(), 1, "{d}");
        let d = draft(
            "Thank you so much Ines!! Here it is: maya-goldberg.design/portfolio. Also, silly question, is Hamburg rainy?",
        );
        assert!(d.contains("sharing"), "{d}");
        let d = draft(
            "sorry for the silence, crazy sprint!! yes 14-16 Nov confirmed, flights booked ✈️ fischbrötchen obviously",
        );
        assert!(!d.contains("which of") && d.contains("14-16 Nov"), "{d}");
    }

    /// Trial 22's misreadings.
    #[test]
    fn trial_22s_readings() {
        let d = draft("please have the Q4 headcount plan in my inbox by Thursday EOD. Include the two backfills.");
        assert!(
            d.contains("take care of it") || d.contains("will do") || d.contains("sort it out"),
            "{d}"
        );
        let d = draft("can I take friday off? my sister is getting married saturday");
        assert!(!d.contains("works for me") && !d.contains("Looking forward"), "{d}");
        let d = draft("landed tuesday night, see you wednesday 🍻 ps could you check if tegernseer takes cards?");
        assert!(d.contains("Wednesday") && !d.contains("Tuesday"), "{d}");
        let d = draft(
            "panel on EM career paths for LeadDev Berlin in November, would you be up for it? are you still at Kelpie? Saw some news about a reorg.",
        );
        assert!(!d.contains("ongratulations"), "{d}");
        let d =
            draft("Alex, meeting with the auditors moved from Tuesday to Thursday 9:00, same room. just so you know");
        assert!(d.contains("No problem") || d.contains("no problem"), "{d}");
        let d = draft(
            "Hi Alex, I noticed you viewed our Kubernetes monitoring page. Would a quick call make sense to see if Dynatrace fits Quellwerk? I have Wednesday or Thursday afternoon free.",
        );
        assert!(
            d.contains("pass") || d.contains("not something I need") || d.contains("isn't a fit"),
            "{d}"
        );
        let d = draft("also the terraform PR is ready whenever you have a sec");
        assert!(d.contains("look"), "{d}");
        let d = draft("zenie sie w maju 🎉 i chcialbym zebys byl moim swiadkiem");
        assert!(d.contains("touched") || d.contains("honour"), "{d}");
    }

    /// Trial 25's misreadings.
    #[test]
    fn trial_25s_readings() {
        // A vendor's sign-off closes: no reply to reopen the pitch.
        for m in [
            "I'll take the silence as a not right now. I'll check back in Q3. Best, Kevin",
            "Understood - I've removed you from our sequence. All the best!",
        ] {
            assert!(read(m, &Context::default()).acts.closes(), "{m}");
        }
        let d = draft(
            "Sofia gave me your name - I'm leading a migration from Nomad to Kubernetes and would love 30 minutes of your time to hear how Quietwave did it. Any day next week?",
        );
        assert!(!d.contains("pass") && !d.contains("not a fit"), "{d}");
        let d = draft(
            "Eva's dad had a scare last week (heart thing) but they caught it early and he's totally fine now, phew. could you be a witness at the town hall too?",
        );
        assert!(!d.contains("sorry") && !d.contains("sounds hard"), "{d}");
        let d = draft(
            "Elif told me the call was super useful, thank you for taking it. How are you? Still climbing on weekends?",
        );
        assert!(!d.contains("think about it"), "{d}");
        let d =
            draft("friendly reminder that the 15% discount ends tomorrow. Shall I send the contract for signature?");
        assert!(
            !d.contains("not something I need") && !d.contains("send it over"),
            "{d}"
        );
        let d = draft(
            "Great job on the incident review, Amara. The exec team noticed. Let's talk about a staff+ promotion case in your next 1:1.",
        );
        assert!(!d.contains("ongratulations"), "{d}");
        let d = draft("coffee next week? also could you send me the office address, I always forget it");
        assert!(d.contains("send it over") && !d.contains("what I can do"), "{d}");
        // Covering on a named day is the user's calendar's to decide:
        // checked, never "let me think about it" (trial 25) nor a yes
        // invented (trials 26-28, corpus labels).
        let d = draft(
            "fyi I'm out next week (paternity leave starts early!). Can you also cover my Wednesday 1:1 with Priya?",
        );
        assert!(d.contains("check my calendar") && !d.contains("think about it"), "{d}");
    }

    /// Trial 24's misreadings.
    #[test]
    fn trial_24s_readings() {
        let d = draft("CFP submitted!! thanks for being my reference");
        assert!(d.contains("fingers crossed") && !d.contains("what I can do"), "{d}");
        let d = draft("can you add a line about on-call compensation to the doc? I am out 21-25 Feb");
        assert!(
            !d.contains("role") && (d.contains("take care of it") || d.contains("will do")),
            "{d}"
        );
        let d = draft("hi! following up on the renewal, did you get a chance to look at the quote?");
        assert_eq!(d.matches("back to you").count(), 1, "{d}");
        let r = read("¿me harías de testigo? nos casamos en mayo", &Context::default());
        assert!(r.honoured, "{r:?}");
        // A father's surgery that went well is a relief, and "How is Vienna?"
        // asks after the user, not a question to put off.
        let d = draft(
            "happy new year! my dad had heart surgery on the 3rd but he is doing great after the operation, home since friday 🙏 How is Vienna?",
        );
        assert!(
            d.contains("glad") && !d.contains("ongrat") && !d.contains("back to you"),
            "{d}"
        );
    }

    /// Trial 23: a promotion not got was congratulated; a farewell got
    /// "you're welcome!".
    #[test]
    fn trial_23s_readings() {
        let d = draft("I didn't get the staff-track promotion 😭 they said next cycle");
        assert!(!d.contains("ongrat"), "{d}");
        let d = draft(
            "Thank you for three wonderful years, Freya. It was a privilege to work with you. My last day is Friday.",
        );
        assert!(d.contains("pleasure") || d.contains("joy"), "{d}");
        assert!(!d.contains("welcome") && !d.contains("happy to help"), "{d}");
        // A vendor the user is already talking to is no cold pitch.
        let d = draft(
            "Hi Freya, following up on our pricing discussion: I've attached the updated quote with the 3-year discount. Let me know if your procurement team needs anything else.",
        );
        assert!(
            !d.contains("pass") && !d.contains("not something I need") && !d.contains("isn't a fit"),
            "{d}"
        );
        let d = draft("Mijn vader ligt in het ziekenhuis, hartinfarct. Ik ben er even niet deze week.");
        assert!(d.contains("sorry"), "{d}");
    }

    /// Trial 25: a surgery that went well was condoled, a host's hotel
    /// discount declined as a sale, leave to bring a draft and a friend's
    /// request for a passport photo put off, thanks beside a question for
    /// the user's address ignored, a farewell thanked for "letting me know",
    /// and an answer with a time at "the coffee bar" read as no plan.
    #[test]
    fn trial_25s_readings_second_look() {
        let d = draft(
            "My mum had her surgery on monday, went really well, she's home, recovering fast. Thanks for checking in.",
        );
        assert!(d.contains("glad") && !d.contains("sorry") && !d.contains("hard"), "{d}");
        let d = draft(
            "Hotel: Radisson Blu Ikeja, we have a discount code, I'll email it. One more thing, may I share your slides with the attendees after the talk?",
        );
        assert!(!d.contains("pass") && !d.contains("not something I need"), "{d}");
        let d = draft("is it ok if I bring the on-call rota proposal? I'd love your opinion");
        assert!(d.contains("bring it"), "{d}");
        // A person is the user's call: no leave assumed.
        for m in [
            "can I bring my partner to the dinner on friday?",
            "Friday 19:30 at Cocolo, yes please!! can I bring Jonas?",
        ] {
            assert!(!draft(m).contains("bring it"), "{m}");
        }
        let d =
            draft("registry says we need a copy of your passport for the witness form, can you whatsapp me a pic? ❤️");
        assert!(d.contains("send it"), "{d}");
        let d = draft(
            "Thanks again for Wednesday! The runbook template you showed was gold. Sending you a small thank you from Istanbul, what's your office address?",
        );
        assert!(d.contains("welcome") || d.contains("glad"), "{d}");
        let d = draft("last day tomorrow 🥲 thanks for everything, Amara. let's stay in touch?");
        assert!(d.contains("pleasure") || d.contains("joy"), "{d}");
        let r = read(
            "yes!! thursday 10:00 at the coffee bar downstairs?",
            &Context {
                previous_out: Some("Fancy a coffee this week to catch up?"),
                ..Context::default()
            },
        );
        assert!(r.has(Act::ProposesTime) && r.mode == Some(Mode::InPerson), "{r:?}");
    }

    /// Trials 25-27: leave to name the user as a reference, to quote them or
    /// to share their slides got "let me see what I can do", read as a
    /// hesitant no; the yes is still the user's to give (corpus labels).
    #[test]
    fn leave_to_name_or_quote_the_user_is_thanked_for_and_left_to_the_user() {
        for m in [
            "would it be ok if I name you as a reference for the internal promotion?",
            "would you be ok with me quoting you in my intro deck?",
            "One more thing, may I share your slides with the attendees after the talk?",
        ] {
            let d = draft(m);
            assert!(
                d.to_lowercase().contains("thanks for") && d.contains("shortly"),
                "{m}: {d}"
            );
            assert!(!d.contains("what I can do") && !d.contains("go ahead"), "{m}: {d}");
        }
        // An invitation's "can I put you down?" is no leave to use a name.
        assert!(
            !draft("we're hosting a small dinner on Jan 21, would love to save you a seat, can I put you down?")
                .contains("asking first")
        );
    }

    /// Trials 26-28: a manager's instruction was thanked for, a vendor's
    /// connector taken for a call, a posting to share taken for a role
    /// offered, a promotion and a relative's stroke not read, a recording
    /// shared congratulated as a launch, a cover on a named day said yes to.
    #[test]
    fn trials_26_to_28_readings() {
        let d = draft(
            "please prioritise the Kafka -> Iceberg backfill this sprint and send me a status by Thursday EOD. Thanks",
        );
        assert!(
            !d.contains("welcome")
                && (d.contains("take care of it") || d.contains("will do") || d.contains("sort it out")),
            "{d}"
        );
        let d = draft("Fivetran's new Iceberg connector cuts pipeline maintenance by 60%. open to a 15-min call?");
        assert!(!d.contains("What day") && !d.contains("role"), "{d}");
        let d = draft(
            "may I ask a favor? My team is hiring a Staff engineer based in Toronto. Could you share the posting in your network?",
        );
        assert!(!d.contains("role"), "{d}");
        let d = draft(
            "happy new year! Sorry for late reply. I became tech lead of the payments team in December. How about you?",
        );
        assert!(d.contains("ongratulations") && !d.contains("back to you"), "{d}");
        let d = draft("Thanks again for the talk! The recording is live now 🎥");
        assert!(!d.contains("ongrat") && !d.contains("launch"), "{d}");
        let d = draft(
            "ward is crazy but good. my mom had a small stroke last week 😞 she's in rehab, doctors say she'll recover",
        );
        assert!(d.contains("sorry"), "{d}");
        let d = draft("can you cover my on-call on the 12th? my sister's graduation 🎓 I can take your 26th");
        assert!(d.contains("check my calendar") && !d.contains("take care of it"), "{d}");
        let d = draft("quote attached. Valid until 30 Sept.");
        assert!(!d.contains("update"), "{d}");
    }

    /// Trials 41-43: a chase with a deadline got a second "shortly"; the
    /// promise names their day, and thanks once.
    #[test]
    fn a_chase_with_a_deadline_is_promised_by_that_day() {
        for (t, day) in [
            ("ok cool, lmk by friday pls 🙏", "by Friday."),
            (
                "did you have a chance to think about the lightning talk? We're finalizing speakers on Feb 11 🙏",
                "by Feb 11.",
            ),
            (
                "hello? on-call swap 20th/27th - need to know by wednesday so I can update pagerduty",
                "by Wednesday.",
            ),
        ] {
            let d = draft(t);
            assert!(d.ends_with(day), "{d}");
            assert_eq!(d.to_lowercase().matches("thanks").count(), 1, "{d}");
        }
        // Without a day, "shortly".
        assert!(draft("any news on the intro? 🙏").contains("shortly"));
    }

    /// Trials 44 and 51: "do you still have the slides?" got "let me get
    /// back to you on that"; it is looked for at once.
    #[test]
    fn something_of_yours_asked_for_is_looked_for() {
        let d = draft("do you still have the slides from the observability brown bag?");
        assert!(d.contains("them") && d.contains("if I still have them"), "{d}");
        let d = draft("do you still have the recording of the talk?");
        assert!(d.contains("if I still have it"), "{d}");
    }

    /// Trial 43: three numbered questions got "let me get back to you on
    /// that"; the promise now says it covers them all.
    #[test]
    fn numbered_questions_are_promised_together() {
        let d = draft(
            "best man duties: 1) stag weekend in montreal may 20-22? 2) say a few words at the rehearsal dinner? 3) suit fitting march 5, can you make it?",
        );
        assert!(d.contains("all three"), "{d}");
        let d = draft("did the canary rollout finish? and is the runbook updated?");
        assert!(d.contains("both") || !d.contains("on that"), "{d}");
    }

    /// Trials 41-43: two questions each got their own "let me check and get
    /// back to you" ("Let me check my calendar and get back to you shortly.
    /// Let me check my plans and let you know."): one promise now.
    #[test]
    fn two_questions_get_one_promise() {
        for t in [
            "got the slides, ty! also are you coming to the team lunch friday? and can you cover my on-call on Feb 12? wedding in Montreal",
            "are you coming to the offsite on the 17th? also can you cover my on-call on the 22nd?",
        ] {
            let d = draft(t);
            let promises = ["get back to you", "come back to you", "let you know", "confirm shortly"]
                .iter()
                .map(|p| d.matches(p).count())
                .sum::<usize>();
            assert_eq!(promises, 1, "{d}");
        }
    }

    /// Trials 29-31: times offered out of the blue were agreed to for the
    /// user ("Thursday 4pm works for me" to a recruiter's call, "the 22nd
    /// works for me" to a birthday in Dublin); relief told in the next
    /// sentence was condoled; an engagement, an address asked and a
    /// manager's "set up a call with Aisha" were misread.
    #[test]
    fn trials_29_to_31_readings() {
        let d = draft("Hi Kwame! would Thursday 4pm UK work for a 20-min intro call about the role?");
        assert!(!d.contains("works for me") && d.contains("check my calendar"), "{d}");
        let d = draft("are you around in Dublin on the 22nd? it's my 40th 🎉");
        assert!(!d.contains("works for me"), "{d}");
        // A coffee or a beer in person is still agreed to.
        let d = draft("tuesday 10 at bonanza coffee in prenzlauer berg? 🙏");
        assert!(d.contains("works for me"), "{d}");
        let d = draft("dad had his heart surgery… it went really well and he's already home");
        assert!(d.contains("glad") && !d.contains("sorry"), "{d}");
        let d = draft("my mom had a small stroke last week but she's recovering really well");
        assert!(d.contains("glad") && !d.contains("great news"), "{d}");
        let d = draft("Ama said YES 💍 wedding 14 Oct in Accra … will you be my best man?");
        assert!(d.contains("engagement") && d.contains("touched"), "{d}");
        let d = draft("perfect, what's the full address + postcode?");
        assert!(d.contains("send it over") && !d.contains("back to you"), "{d}");
        let d = draft("Can you set up a call with Aisha this week?");
        assert!(!d.contains("I'd love to have a call"), "{d}");
        let d = draft("need to know by thursday btw, ordering for 14 people");
        assert!(d.contains("nudge"), "{d}");
        let d = draft("good session today. Send me the slides when you get a sec.");
        assert!(!d.contains("welcome") && !d.contains("thanks for your message"), "{d}");
    }

    /// Trials 32-34: a colleague's "pricing page" and a mentee's "deck
    /// for my first PM review" were declined as sales; a surgery that went
    /// well was condoled; a cover asked in a sick week was said yes to; a
    /// question about the user's own taste got "let me check"; a
    /// same-day headcount was left unread.
    #[test]
    fn trials_32_to_34_readings() {
        let d =
            draft("can you review the pricing page copy before friday? also my dad's heart check came back all clear");
        assert!(!d.contains("pass") && !d.contains("not something I need"), "{d}");
        let d = draft("may I send you the deck for my first PM review? no rush");
        assert!(d.contains("send it over"), "{d}");
        let d = draft("surgery went well!! thank you all for the prayers 🙏");
        assert!(
            d.contains("glad") && !d.contains("sorry") && !d.contains("all you"),
            "{d}"
        );
        let d = draft("heads up, kid has the flu 🤒 Can you cover the 1:1 on Monday?");
        assert!(
            d.contains("check my calendar") && !d.contains("consider it done"),
            "{d}"
        );
        let d = draft("veggie or meat for the wedding dinner? need to tell the caterer");
        assert!(d.contains("asking") && !d.contains("let you know"), "{d}");
        // Trial 35: leave to take a day off is the manager's to give; an
        // instruction with two tasks is an errand.
        let d = draft("is it ok if i take friday 15th off? my sister is visiting");
        assert!(!d.contains("will do") && d.contains("asking"), "{d}");
        let d =
            draft("get the Q4 on-call budget sheet to finance by Friday. Also loop in Noah, he owns the pager costs.");
        assert!(!d.contains("thanks for your note"), "{d}");
        // Trial 37: a new job beside a mother's surgery that went well is
        // congratulated, and the relief is not theirs; a last day of someone
        // the user never worked with is no "pleasure working with you".
        let d = draft(
            "Big news: I'm leaving Stripe for Anthropic in January. And thanks for asking about my mum, the surgery went really well.",
        );
        assert!(d.contains("ongratulations") && !d.contains("on the mend"), "{d}");
        let d = draft("Last day at Stripe tomorrow! Coffee in SF if you're around in Jan?");
        assert!(!d.contains("working with you"), "{d}");
        // Trial 38: thanks for a message beside news is no thanks for help.
        let d = draft("thanks for reaching out! Some news: I'm joining Revolut in March as staff engineer.");
        assert!(d.contains("ongratulations") && !d.contains("no need to thank"), "{d}");
        // A second question about their own taste is taken up too.
        let d = draft("are you coming friday? also veggie or not?");
        assert!(d.contains("let you know") && d.contains("what I'd like"), "{d}");
        let r = read("need headcount by noon today pls!", &Context::default());
        assert!(!r.has(Act::Unread) && r.question == Some(QuestionKind::Chaser), "{r:?}");
        assert!(crate::text::reader::deadline_today("need headcount by noon today pls!"));
    }

    #[test]
    fn a_heads_up_is_thanked_for() {
        let d = draft("heads up: re-org announcement on Thursday, don't panic, your team stays as is");
        assert!(d.contains("heads-up") && !d.contains("see what I can do"), "{d}");
    }

    /// Trial 13: invitations to their event, told in one sentence and
    /// offered in the next, were "thanks for the update" or even accepted;
    /// a panel chaser was declined as a sale; a cold pitch was thanked for
    /// "the role"; a friend's opening to pass on was read as offered to the
    /// user.
    #[test]
    fn invitations_pitches_and_openings_to_pass_on() {
        for m in [
            "We're hosting a Grafana observability breakfast in Hamburg on April 10. Would love to see you there ☕",
            "I'm organising an EM dinner in Hamburg on March 27th. Would love for you to join!",
            "circling back on the panel 🙂 need to lock speakers by Apr 4. are you in?",
        ] {
            let d = draft(m);
            assert!(
                d.contains("invitation") && !d.contains("confirming") && !d.contains("pass"),
                "{m}: {d}"
            );
        }
        let d = draft(
            "Hi Maren, I help scale-ups like Fernweh Labs cut cloud costs by 40% in 90 days. Would you be open to a quick 15-minute call?",
        );
        assert!(!d.contains("role") && !d.contains("works for me"), "{d}");
        let d = draft(
            "we're hiring an EM for our Developer Experience team at Paystack. Would you mind sharing it with your network?",
        );
        assert!(!d.contains("role") && !d.contains("think it over"), "{d}");
    }

    /// Trial 14: "Post is live" is their launch, not a person's news; their
    /// colleague's pricing results chased are no sale.
    #[test]
    fn things_are_not_people_and_colleagues_do_not_sell() {
        let d = draft("Cheers Jonas, all good! Post is live 🚀 thanks again for the review.");
        assert!(!d.contains("for Post"), "{d}");
        let d = draft(
            "did you get a chance to look at the pricing experiment results I sent last week? need them for the exec deck thursday",
        );
        assert!(!d.contains("pass") && !d.contains("not something I need"), "{d}");
    }

    /// Trial 15: "guess who's joining my team" is someone else's move; their
    /// JD's applicants are their hiring, no role for the user; their mum's
    /// illness gets sympathy, not "get well"; "in the next 2 weeks" is no
    /// time to confirm.
    #[test]
    fn trial_15s_readings() {
        let d = draft("guess who's joining my team 😄 Jonas! small world. thanks for the intro");
        assert!(!d.contains("ongrat"), "{d}");
        let d = draft("thanks for the JD comments, posted it, 40 applicants 😱 any tips for screening fast?");
        assert!(!d.contains("role"), "{d}");
        let d = draft("My mum was diagnosed with cancer last week and I'm flying to Chennai on Saturday.");
        assert!(
            d.contains("sorry") && !d.contains("recovery") && !d.contains("rest you need"),
            "{d}"
        );
        let d = draft(
            "offsite is confirmed for 12-13 Oct in Hallstatt, see you there! could you do the 30-min opening session?",
        );
        assert!(
            d.matches("back to you").count() + d.matches("let you know").count() <= 1,
            "{d}"
        );
        let d = draft("we're hiring our first platform team! 30-min chat sometime in the next 2 weeks? no rush");
        assert!(!d.contains("works for me") && !d.contains("See you then"), "{d}");
    }

    #[test]
    fn a_renewal_is_looked_at_not_declined() {
        let d = draft(
            "A quick heads-up that Quellwerk's Alertly subscription renews on January 31. I'd love to walk you through the Business tier.",
        );
        assert!(
            d.contains("renewal") && !d.contains("pass") && !d.contains("not a fit"),
            "{d}"
        );
    }

    #[test]
    fn wishes_are_returned_first() {
        let d = draft("happy new year!! are you around for a planning sync thursday?");
        assert!(d.starts_with("Hi Sam, happy new year to you too!"), "{d}");
    }

    /// Trial 53: a plan they may drop beside a parent's stroke asks for no
    /// new date; relief and a question after the user's family are met as
    /// such, never "let me check".
    #[test]
    fn hard_news_and_relief() {
        let stroke = draft(
            "bad news, my dad was admitted to hospital yesterday, they're saying mild stroke. I might have to cancel Toronto. Will keep you posted 🙏🏾",
        );
        assert!(stroke.contains("sorry"), "{stroke}");
        assert!(
            !stroke.contains("congrat") && !stroke.contains("work better"),
            "{stroke}"
        );
        let home = draft("Dad is home since Saturday, walking with a cane. God is good 🙏🏾 How's Ada and the kids?");
        assert!(
            (home.contains("relief") || home.contains("glad")) && !home.contains("check"),
            "{home}"
        );
        assert!(!home.contains("congrat"), "{home}");
    }

    /// Trial 53: a manager's errand with a day in it is promised by that
    /// day, never "let me look into it".
    #[test]
    fn an_errand_is_promised_by_its_day() {
        for (m, day) in [
            (
                "Priya's out next week so I'm approving the Beacon SOW changes. Can you send me the final hours estimate by Wed?",
                "by Wednesday.",
            ),
            (
                "can you have the Q3 markdown-elasticity deck ready by Thurs EOD? pls loop David in too. thx",
                "by Thursday.",
            ),
        ] {
            let d = draft(m);
            assert!(d.ends_with(day) && !d.contains("look into"), "{m} -> {d}");
        }
    }

    /// A plan checked ("is the 3pm still happening?") is no time offered:
    /// after the user's own proposal it still stands from the user's
    /// side; else the yes is the user's, taken up and not invented.
    #[test]
    fn a_plan_checked_is_no_new_offer() {
        let d = draft_after(Some("coffee tomorrow 10am at Bonanza?"), "still on for tmrw?");
        assert!(d.contains("tomorrow is still on from my side"), "{d}");
        for m in [
            "hey, is the 3pm still happening?",
            "are we still on for the pentest kickoff call at 14:00 or did it move?",
        ] {
            let d = draft(m);
            assert!(
                d.to_lowercase().contains("thanks for checking")
                    && d.contains("let you know")
                    && !d.contains("might work"),
                "{m} -> {d}"
            );
        }
    }

    /// Trial 61: a deadline named by a meeting or a day ("before the 2pm
    /// exec sync today", "any final thoughts by Friday would be great") is
    /// the errand's, never a time offered ("2pm might work for me").
    #[test]
    fn a_deadline_is_no_meeting() {
        let d = draft("can you send me the Q1 roadmap one-pager before the 2pm exec sync today?");
        assert!(d.contains("by the 2pm exec sync") && !d.contains("might work"), "{d}");
        let d = draft("here's v2 of the leveling doc. Any final thoughts by Friday would be great.");
        assert!(d.contains("by Friday") && !d.contains("could work"), "{d}");
    }

    /// Trial 61: the user asked them to pick ("let me know when suits"),
    /// and the day, hour and café they name is agreed, not "might work".
    #[test]
    fn a_time_picked_at_the_users_asking_is_agreed() {
        let d = draft_after(
            Some("would love to grab a coffee sometime, let me know when suits"),
            "How about Thursday March 5, 8:30am at Sam James on Spadina? Before the chaos starts",
        );
        assert!(d.contains("works for me") && !d.contains("might work"), "{d}");
    }

    /// fresh38: a death foretold, a pet lost, a miscarriage in French and a
    /// wry "congratulations to me" are grieved with, never cheered or
    /// thanked for.
    #[test]
    fn hard_news_said_lightly_is_grieved_with() {
        for m in [
            "so my dad is dying. they're saying weeks. I'm flying to Seoul friday. don't call, I can't talk, but text is good",
            "we lost Bamse this morning. 14 years. I know he's just a dog to most people. not to me.",
        ] {
            let d = draft(m);
            assert!(
                d.contains("sorry") && !d.contains("congrat") && !d.contains("call"),
                "{m} -> {d}"
            );
        }
        let r = read(
            "Salut Alex, petite nouvelle : on a perdu le bébé la semaine dernière. On va bien, enfin, on fait avec.",
            &Context::default(),
        );
        assert!(r.has(Act::NewsBad) && !r.has(Act::NewsGood), "{:?}", r.acts);
        let d =
            draft("so I'm being promoted to staff AND my team is being right-sized. congratulations to me I guess.");
        assert!(!d.contains("that means a lot"), "{d}");
    }

    /// Trial 63: a VP's "pls confirm to niels and cc me. thx!" is an errand,
    /// never "you're very welcome"; "Fietsbank offered me the medior role
    /// already??" is news to congratulate, not a question to look into.
    #[test]
    fn an_errand_with_thanks_and_an_offer_with_question_marks() {
        let d = draft("finance ok with 14% on 2y for tracewell. pls confirm to niels and cc me. thx!");
        assert!(
            !d.contains("welcome") && (d.contains("will do") || d.contains("take care")),
            "{d}"
        );
        let d = draft("so... Fietsbank offered me the medior role already?? starting 1 june 🎉🎉");
        assert!(
            d.to_lowercase().contains("congrat") && !d.contains("let you know"),
            "{d}"
        );
    }

    /// Trial 62: a manager's small errand is done, not put off; "I know you
    /// can't make it" moves no plan of theirs; moving to lead a team is
    /// news to congratulate.
    #[test]
    fn trial_62s_readings() {
        let d = draft("can you split out the Jakarta lanes into their own slide? tmr morning ok");
        assert!(d.contains("will do") || d.contains("take care"), "{d}");
        let d = draft(
            "Farewell drinks are Thursday 1st at the Anchor. I know you can't make it but I'll raise a glass to you!",
        );
        assert!(!d.contains("What would work") && !d.contains("suits you"), "{d}");
        let d = draft("I'm moving to Amsterdam in October to lead the Benelux analytics team 🇳🇱🌷");
        assert!(d.to_lowercase().contains("congrat"), "{d}");
    }

    /// fresh36-37: relief to come is none ("once I'm back on my feet"); a
    /// role still to find is no new job; a plan moved in other words is
    /// let go of gladly.
    #[test]
    fn plans_moved_and_news_to_come() {
        let d = draft(
            "I have to cancel our demo tomorrow, I've lost my voice. I'll send new slots once I'm back on my feet. Sorry!",
        );
        assert!(!d.contains("relief"), "{d}");
        let d =
            draft("the acquisition went through. I have 60 days to find a new role internally or take the package.");
        assert!(!d.to_lowercase().contains("congrat"), "{d}");
        for m in [
            "ugh sorry I totally forgot our call. Can we try again tomorrow, any time after 2?",
            "I double-booked myself for Tuesday. Any chance we can do Wednesday morning instead?",
        ] {
            let d = draft(m);
            assert!(d.contains("no worries") || d.contains("no problem"), "{m} -> {d}");
            assert!(!d.contains("might work"), "{m} -> {d}");
        }
    }

    /// Trial 67: the day dropped is no new time ("something came up on
    /// May 4 — could we push to the week after?"), and "before Thursday's
    /// reserving meeting" is a deadline, not a meeting offered.
    #[test]
    fn the_day_dropped_and_the_deadline_are_no_times_to_agree() {
        let d = draft("something came up on May 4 — could we push to the week after? Any day but Monday works. Sorry!");
        assert!(!d.contains("May 4"), "{d}");
        let d = draft(
            "the claims mart numbers don't tie to the GL for March. Can someone look before Thursday's reserving meeting?",
        );
        assert!(
            !d.contains("Thursday might work") && !d.contains("Thursday could work"),
            "{d}"
        );
        // "PR … is up, whenever you get a sec": a review asked, not news.
        let d = draft("PR for the claims CDC pipeline is up, whenever you get a sec 🙏");
        assert!(d.contains(" look") && !d.contains("update"), "{d}");
    }

    /// A fresh network read after the stop: a mother's surgery is no
    /// recovery of theirs to wish for, and a plan checked "this weekend"
    /// is no new plan to pick a day for.
    #[test]
    fn a_parents_surgery_and_a_weekend_plan_checked() {
        let d = draft("mum's surgery is tomorrow at 8. trying not to think about it. coffee this weekend still on?");
        assert!(!d.contains("recovery") && !d.contains("care and rest"), "{d}");
        assert!(!d.contains("Which day"), "{d}");
        let d = draft_after(
            Some("Coffee this weekend? Saturday or Sunday, you pick."),
            "coffee this weekend still on?",
        );
        assert!(d.contains("still on from my side"), "{d}");
    }

    #[test]
    fn a_place_asked_beside_the_time_agreed_is_taken_up() {
        // The time the user proposed is agreed, and the place answered:
        // never "let me check and come back to you on that" (stop 41).
        let usual = draft_after(
            Some("Coffee next week? Tuesday or Wednesday morning?"),
            "wednesday 9:30 works, the usual place near the station?",
        );
        assert!(usual.contains("Wednesday 9:30") && usual.contains("place"), "{usual}");
        assert!(!usual.contains("come back to you"), "{usual}");
        // Their either-or leaves the choice to them.
        let either = draft_after(
            Some("coffee thursday at 3?"),
            "thursday 3pm works, your office or mine?",
        );
        assert!(either.contains("Thursday 3pm"), "{either}");
        assert!(
            !either.contains("that place") && !either.contains("come back to you"),
            "{either}"
        );
    }
}

//! Template sets: one file per nudge kind, variants separated by a line
//! `---`, checked when loaded (syntax, unknown variables, a render against a
//! full sample) so that a mistake names its file, line and variable.

use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior, Value};
use std::fmt;

use super::context::{Facts, VARIABLES};
use crate::model::NudgeKind;
use crate::model::{Milestone, Stage};

/// The built-in set, compiled in.
pub fn builtin_source(kind: NudgeKind) -> &'static str {
    match kind {
        NudgeKind::Reply => include_str!("templates/reply.txt"),
        NudgeKind::FirstFollowUp => include_str!("templates/first-follow-up.txt"),
        NudgeKind::CheckIn => include_str!("templates/check-in.txt"),
        NudgeKind::Milestone => include_str!("templates/milestone.txt"),
    }
}

/// Names the engine provides besides our variables.
const GLOBALS: &[&str] = &["range", "dict", "namespace", "debug", "loop"];

/// Instructions a render may run.
const FUEL: u64 = 20_000;

/// The formatter's complaint when a template prints a missing value: the
/// variant is skipped for this contact rather than sent with a hole.
pub const HOLE: &str = "prints a missing value";

/// A template that cannot be used, with where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{} line {l}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The sandbox: no loader (so no file access), no auto-escaping, undefined
/// names are errors, and printing a missing value is an error too.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_debug(false);
    // Bounded work: a render may run this many instructions (the built-in
    // templates need a few hundred), so a runaway loop cannot stall the daemon.
    env.set_fuel(Some(FUEL));
    env.set_formatter(|out, state, value| {
        let blank = value.is_undefined() || value.is_none() || value.as_str().is_some_and(|s| s.trim().is_empty());
        if blank {
            return Err(Error::new(ErrorKind::InvalidOperation, HOLE));
        }
        minijinja::escape_formatter(out, state, value)
    });
    env
}

/// The variants of a file with the line each starts on (1-based).
fn split_variants(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = 1;
    let mut current: Vec<&str> = Vec::new();
    for (i, line) in source.lines().enumerate() {
        if line.trim() == "---" {
            out.push((start, current.join("\n")));
            current.clear();
            start = i + 2;
        } else {
            current.push(line);
        }
    }
    out.push((start, current.join("\n")));
    out.retain(|(_, text)| !text.trim().is_empty());
    out
}

fn known(name: &str) -> bool {
    VARIABLES.iter().any(|(v, _)| *v == name) || GLOBALS.contains(&name)
}

/// The line of the first use of `var` inside a tag (`{{ }}` or `{% %}`).
fn line_of(source: &str, var: &str) -> Option<usize> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut rest = source;
    let mut offset = 0;
    while let Some(open) = rest.find(['{']) {
        let after = &rest[open + 1..];
        let close = match after.chars().next() {
            Some('{') => "}}",
            Some('%') => "%}",
            _ => {
                offset += open + 1;
                rest = after;
                continue;
            }
        };
        let end = after.find(close).map_or(after.len(), |e| e + close.len());
        let tag = &after[..end];
        let mut search = 0;
        while let Some(pos) = tag[search..].find(var) {
            let at = search + pos;
            let before = tag[..at].chars().next_back();
            let next = tag[at + var.len()..].chars().next();
            if !before.is_some_and(is_ident) && !next.is_some_and(is_ident) && before != Some('.') {
                let abs = offset + open + 1 + at;
                return Some(source[..abs].matches('\n').count() + 1);
            }
            search = at + var.len();
        }
        offset += open + 1 + end;
        rest = &after[end..];
    }
    None
}

fn error_at(file: &str, e: &Error) -> TemplateError {
    let what = match e.detail() {
        Some(d) => format!("{}: {d}", e.kind()),
        None => e.kind().to_string(),
    };
    TemplateError {
        file: file.to_string(),
        line: e.line(),
        message: what,
    }
}

/// Checks a whole file and adds its variants to `env` as `{prefix}{kind}#{n}`;
/// returns their names. Nothing is added when any variant is wrong.
pub fn add_set(
    env: &mut Environment<'static>,
    kind: NudgeKind,
    prefix: &str,
    file: &str,
    source: &str,
) -> Result<Vec<String>, TemplateError> {
    let variants = split_variants(source);
    if variants.is_empty() {
        return Err(TemplateError {
            file: file.to_string(),
            line: None,
            message: "no template in the file".into(),
        });
    }
    let mut scratch = environment();
    let mut checked = Vec::with_capacity(variants.len());
    for (n, (start, text)) in variants.into_iter().enumerate() {
        let (name, padded) = named_variant(prefix, kind, n, start, &text);
        scratch
            .add_template_owned(name.clone(), padded.clone())
            .map_err(|e| error_at(file, &e))?;
        let tmpl = scratch.get_template(&name).map_err(|e| error_at(file, &e))?;
        let mut unknown: Vec<String> = tmpl
            .undeclared_variables(false)
            .into_iter()
            .filter(|v| !known(v))
            .collect();
        unknown.sort_by_key(|v| (line_of(&padded, v), v.clone()));
        if let Some(var) = unknown.first() {
            let names: Vec<&str> = VARIABLES.iter().map(|(v, _)| *v).collect();
            return Err(TemplateError {
                file: file.to_string(),
                line: line_of(&padded, var),
                message: format!("unknown variable '{var}' (known: {})", names.join(", ")),
            });
        }
        for sample in samples(kind) {
            match tmpl.render(&sample) {
                Ok(text) if text.trim().is_empty() => {
                    return Err(TemplateError {
                        file: file.to_string(),
                        line: Some(start),
                        message: "this variant renders nothing".into(),
                    });
                }
                Ok(_) => {}
                Err(e) => return Err(error_at(file, &e)),
            }
        }
        checked.push((name, padded));
    }
    let mut names = Vec::with_capacity(checked.len());
    for (name, padded) in checked {
        env.add_template_owned(name.clone(), padded)
            .map_err(|e| error_at(file, &e))?;
        names.push(name);
    }
    Ok(names)
}

/// Adds the built-in set of `kind` as `builtin/{kind}#{n}` without the
/// checks of [`add_set`]: the tests run those on every built-in set, and
/// skipping them keeps a process that writes drafts from paying for them.
pub fn add_builtin_set(env: &mut Environment<'static>, kind: NudgeKind) -> Result<Vec<String>, TemplateError> {
    let file = format!("built-in {kind}.txt");
    let mut names = Vec::new();
    for (n, (start, text)) in split_variants(builtin_source(kind)).into_iter().enumerate() {
        let (name, padded) = named_variant("builtin/", kind, n, start, &text);
        env.add_template_owned(name.clone(), padded)
            .map_err(|e| error_at(&file, &e))?;
        names.push(name);
    }
    Ok(names)
}

/// Variant `n` of a set: its template name, and its text with blank lines in
/// front so that the engine's line numbers are the file's.
fn named_variant(prefix: &str, kind: NudgeKind, n: usize, start: usize, text: &str) -> (String, String) {
    (
        format!("{prefix}{kind}#{n}"),
        format!("{}{text}", "\n".repeat(start - 1)),
    )
}

/// Full contexts that reach every branch a kind has.
fn samples(kind: NudgeKind) -> Vec<Value> {
    use crate::intent::Intent;
    let milestones: &[Milestone] = match kind {
        NudgeKind::Milestone => Milestone::ALL,
        _ => &[Milestone::NewJob],
    };
    let intents: &[Intent] = match kind {
        NudgeKind::Reply => &[
            Intent::Time,
            Intent::Pitch,
            Intent::Ask,
            Intent::Question,
            Intent::Congrats,
            Intent::Thanks,
            Intent::News,
        ],
        _ => &[Intent::News],
    };
    let mut out = Vec::new();
    for m in milestones {
        for i in intents {
            for &stage in Stage::ALL {
                for care in [false, true] {
                    out.push(Facts::sample(*m, *i, stage, care, "RustConf").context(0));
                }
            }
        }
    }
    // Each reading of how you met reaches its own frames.
    for met in ["my manager at Modehaus", "LinkedIn", "old friend"] {
        for &stage in Stage::ALL {
            out.push(Facts::sample(milestones[0], intents[0], stage, false, met).context(0));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(source: &str) -> Result<Vec<String>, TemplateError> {
        add_set(&mut environment(), NudgeKind::CheckIn, "t/", "check-in.txt", source)
    }

    #[test]
    fn every_builtin_set_loads() {
        let mut env = environment();
        for kind in NudgeKind::ALL {
            let names = add_set(&mut env, *kind, "", kind.as_str(), builtin_source(*kind))
                .unwrap_or_else(|e| panic!("built-in {kind}: {e}"));
            assert!(names.len() >= 4, "{kind} has {} variants", names.len());
            // What the drafter loads without the checks is what they passed.
            let mut unchecked = environment();
            let loaded = add_builtin_set(&mut unchecked, *kind).unwrap_or_else(|e| panic!("built-in {kind}: {e}"));
            assert_eq!(loaded.len(), names.len());
            for (a, b) in loaded.iter().zip(&names) {
                let source = |env: &Environment<'static>, name: &str| {
                    env.get_template(name)
                        .map(|t| t.source().to_string())
                        .unwrap_or_else(|e| panic!("{e}"))
                };
                assert_eq!(source(&unchecked, a), source(&env, b));
            }
        }
    }

    #[test]
    fn an_unknown_variable_names_file_line_and_variable() {
        let e = load("Hi {{ first_name }}?\n---\nHello {{ first_name }},\n{% if compnay %}x{% endif %}?").unwrap_err();
        assert_eq!(e.file, "check-in.txt");
        assert_eq!(e.line, Some(4));
        assert!(e.message.starts_with("unknown variable 'compnay'"), "{}", e.message);
        assert!(
            e.to_string()
                .starts_with("check-in.txt line 4: unknown variable 'compnay'")
        );
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let e = load("Hi {{ first_name }}?\n---\n\nHello {% if company %}{{ company }}?").unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        assert!(e.message.contains("syntax error"), "{e}");
    }

    #[test]
    fn attribute_of_a_string_is_caught_by_the_sample_render() {
        let e = load("Hi {{ first_name }}, {{ company.name }}?").unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
    }

    #[test]
    fn loops_and_filters_are_fine() {
        assert!(
            load("Hi {{ first_name | upper }}, {% for i in interests %}{{ loop.index }} {{ i }} {% endfor %}?").is_ok()
        );
        assert!(load("").is_err());
    }

    #[test]
    fn a_runaway_loop_runs_out_of_fuel() {
        let e = load(
            "Hi {{ first_name }}{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}?",
        )
        .unwrap_err();
        assert!(e.message.contains("fuel"), "{e}");
    }

    #[test]
    fn no_file_access() {
        // include/import need a loader; this environment has none.
        assert!(load("{% include \"/etc/passwd\" %}").is_err());
    }
}

//! The layers of docs/architecture.md, as rules read from the code itself.
//!
//! From the bottom: base (model, time, config, error, paths, facts) ← text
//! (the reader, names, intent) ← rules (planner, stats, drafts, lint: pure)
//! ← store (all SQL) and formats (import, export, capture; the scale
//! fixtures) ← app (holds the store, runs the use cases) ← front (cli,
//! daemon, notify). Each file's `crate::…` paths (in `use` lines and inline)
//! are checked against the rules below; a broken rule fails naming the
//! file, the import and the rule. Test modules (`#[cfg(test)] mod tests`,
//! `tests.rs` files) are not read: a test may build what it checks with
//! anything.
//!
//! `OPEN` lists the breaches known and not yet mended, each with why; an
//! entry that no longer occurs fails too, so the list only shrinks.

use crate::support::root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first: a module may import its own layer and those
/// below, never one above.
const LAYERS: &[(&str, &[&str])] = &[
    ("base", &["model", "time", "config", "error", "paths", "facts"]),
    ("text", &["text", "names", "intent"]),
    ("rules", &["planner", "stats", "drafts", "lint"]),
    (
        "store and formats",
        &["store", "import", "export", "capture", "scale", "model_engine"],
    ),
    ("app", &["app"]),
    ("front", &["cli", "daemon", "notify"]),
];

/// Pure modules: facts and text in, results out.
const PURE: &[&str] = &["planner", "stats", "drafts", "lint", "intent", "text", "names"];

/// What a pure module must not name: the store, the clock, the environment.
const IMPURE: &[&str] = &[
    "crate::store",
    "crate::time::clock",
    "rusqlite",
    "std::env",
    "env::var",
    "Utc::now",
    "SystemTime::now",
    "Local::now",
];

/// Modules that planning and drafting belong to, not the store or formats.
const RULE_MODULES: &[&str] = &["planner", "stats", "drafts", "lint", "intent", "text", "names"];

/// Breaches known and not yet mended: (file, what it names, why it is left).
const OPEN: &[(&str, &str, &str)] = &[];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&module))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap_or_else(|e| panic!("{}: {e}", dir.display())).path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A source file as the rules read it: its module, its path from the
/// repository root, and its lines of code (comments and test modules out).
struct Source {
    module: String,
    path: String,
    lines: Vec<(usize, String)>,
}

fn is_test_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name == "tests.rs" || name.ends_with("_tests.rs") || rel.contains("/tests/")
}

fn sources() -> Vec<Source> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        let inner = rel.trim_start_matches("src/");
        let module = inner
            .split('/')
            .next()
            .unwrap_or(inner)
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" || module == "main" || is_test_file(&rel) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{rel}: {e}"));
        out.push(Source {
            module,
            path: rel,
            lines: code_lines(&text),
        });
    }
    out
}

/// The lines that are code: `//` comments dropped, and a `#[cfg(test)]`
/// module skipped to the `}` that closes it at the start of a line.
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        if line.trim() == "#[cfg(test)]" && lines.peek().is_some_and(|(_, l)| l.trim_start().starts_with("mod ")) {
            let indent = line.len() - line.trim_start().len();
            let close = format!("{}}}", " ".repeat(indent));
            if lines.next().is_some_and(|(_, l)| l.trim_end().ends_with(';')) {
                continue;
            }
            for (_, l) in lines.by_ref() {
                if l.trim_end() == close {
                    break;
                }
            }
            continue;
        }
        let code = match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        if !code.trim().is_empty() {
            out.push((n + 1, code.to_string()));
        }
    }
    out
}

/// The first segment of every `crate::` path on a line, with the whole
/// path as written (`crate::{a::X, b}` gives `a` and `b`).
fn crate_paths(line: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        let after = &rest[i + "crate::".len()..];
        rest = after;
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = after.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        push_item(&mut out, &item);
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            push_item(&mut out, &item);
            continue;
        }
        push_item(&mut out, after);
    }
    out
}

fn push_item(out: &mut Vec<(String, String)>, item: &str) {
    let item = item.trim();
    let path: String = item
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect();
    let first: String = path.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if !first.is_empty() {
        out.push((first, format!("crate::{}", path.trim_end_matches(':'))));
    }
}

/// A `super::` path on a line (in a migration: the store's other files).
fn frozen_elsewhere(line: &str) -> Option<&str> {
    let i = line.find("super::")?;
    let rest = &line[i..];
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Whether a path names a constant (`super::sources::SCHEMA`), not code.
fn is_constant(path: &str) -> bool {
    let last = path.rsplit("::").next().unwrap_or(path);
    !last.is_empty()
        && last
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// A rule broken: where, what, which rule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Breach {
    path: String,
    line: usize,
    import: String,
    rule: String,
}

impl std::fmt::Display for Breach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: `{}` breaks the rule: {}",
            self.path, self.line, self.import, self.rule
        )
    }
}

/// Every breach of the rules in `sources`, and the module graph read.
fn breaches(sources: &[Source]) -> Vec<Breach> {
    let mut out = Vec::new();
    let mut graph: BTreeMap<String, BTreeMap<String, (String, usize, String)>> = BTreeMap::new();
    for s in sources {
        let mine = layer_of(&s.module);
        if mine.is_none() {
            out.push(Breach {
                path: s.path.clone(),
                line: 1,
                import: format!("mod {}", s.module),
                rule: "every module has a layer (add it to LAYERS in tests/it/layers.rs and to docs/architecture.md)"
                    .into(),
            });
        }
        let mut push = |line: usize, import: &str, rule: String| {
            out.push(Breach {
                path: s.path.clone(),
                line,
                import: import.to_string(),
                rule,
            })
        };
        for (n, line) in &s.lines {
            for (target, import) in crate_paths(line) {
                if target == s.module || target == "Error" || target == "Result" {
                    continue;
                }
                graph
                    .entry(s.module.clone())
                    .or_default()
                    .entry(target.clone())
                    .or_insert_with(|| (s.path.clone(), *n, import.clone()));
                if let (Some(mine), Some(theirs)) = (mine, layer_of(&target))
                    && theirs > mine
                {
                    push(
                        *n,
                        &import,
                        format!(
                            "1. nothing imports upward ({} is {}, {} is {})",
                            s.module, LAYERS[mine].0, target, LAYERS[theirs].0
                        ),
                    );
                }
                if target == "store" && !matches!(s.module.as_str(), "app" | "store") {
                    push(*n, &import, "2. only app holds the store (use an App method)".into());
                }
                if s.module == "store" && RULE_MODULES.contains(&target.as_str()) {
                    push(
                        *n,
                        &import,
                        "4. the store knows no rules: what it keeps is computed by its owner and handed in".into(),
                    );
                }
                if s.path == "src/store/migrations.rs" && target != "error" {
                    push(
                        *n,
                        &import,
                        "5. a migration never calls live code: freeze what it needs in it".into(),
                    );
                }
                if matches!(s.module.as_str(), "import" | "export" | "capture")
                    && matches!(target.as_str(), "app" | "planner" | "drafts" | "lint" | "stats")
                {
                    push(
                        *n,
                        &import,
                        "6. a format turns files into records and back; planning and drafting happen in app".into(),
                    );
                }
            }
            if s.path == "src/store/migrations.rs" && frozen_elsewhere(line).is_some_and(|p| !is_constant(p)) {
                push(
                    *n,
                    frozen_elsewhere(line).unwrap_or_default(),
                    "5. a migration never calls live code: only the store's SQL constants".into(),
                );
            }
            if !matches!(s.module.as_str(), "app" | "store") && line.contains("app.store") {
                push(
                    *n,
                    "app.store",
                    "2. only app holds the store (use an App method)".into(),
                );
            }
            if s.module != "store" && s.module != "error" && line.contains("rusqlite") {
                push(*n, "rusqlite", "2. only store runs SQL".into());
            }
            if PURE.contains(&s.module.as_str()) {
                for name in IMPURE {
                    if line.contains(name) {
                        push(
                            *n,
                            name,
                            "3. pure modules never touch the store, the clock or the environment: hand them in".into(),
                        );
                    }
                }
            }
            if line.trim_start().starts_with("pub use crate::") {
                push(
                    *n,
                    line.trim(),
                    "4. no re-exports: a type has one path, from its owner".into(),
                );
            }
            if s.module == "store"
                && line.trim_start().starts_with("static ")
                && ["Mutex", "RwLock", "OnceLock", "Atomic", "Cell"]
                    .iter()
                    .any(|t| line.contains(t))
            {
                push(*n, line.trim(), "2. no global state in the store: hand it in".into());
            }
        }
    }
    for (from, to, (path, line, import)) in circle_edges(&graph) {
        out.push(Breach {
            path: path.clone(),
            line: *line,
            import: import.clone(),
            rule: format!("1. there is no circle ({from} and {to} import each other, directly or not)"),
        });
    }
    out.sort();
    out.dedup();
    out
}

/// The imports that close a circle: `a → b` where `b` also reaches `a`.
/// Only imports that keep the layers are followed (one upward is reported as
/// such), so a circle here lies within a layer.
fn circle_edges<V>(graph: &BTreeMap<String, BTreeMap<String, V>>) -> Vec<(&str, &str, &V)> {
    let keeps = |from: &str, to: &str| match (layer_of(from), layer_of(to)) {
        (Some(a), Some(b)) => b <= a,
        _ => true,
    };
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(at) = todo.pop() {
            for next in graph.get(at).into_iter().flat_map(|m| m.keys()) {
                if keeps(at, next) && seen.insert(next.as_str()) {
                    todo.push(next);
                }
            }
        }
        seen.contains(to)
    };
    let mut out = Vec::new();
    for (from, targets) in graph {
        for (to, v) in targets {
            if keeps(from, to) && reaches(to, from) {
                out.push((from.as_str(), to.as_str(), v));
            }
        }
    }
    out
}

#[test]
fn the_code_keeps_its_layers() {
    let found = breaches(&sources());
    let open = |b: &Breach| OPEN.iter().any(|(p, i, _)| *p == b.path && b.import.contains(i));
    let broken: Vec<String> = found.iter().filter(|b| !open(b)).map(ToString::to_string).collect();
    let mended: Vec<String> = OPEN
        .iter()
        .filter(|(p, i, _)| !found.iter().any(|b| b.path == *p && b.import.contains(i)))
        .map(|(p, i, _)| format!("{p}: `{i}` no longer breaks a rule: remove it from OPEN"))
        .collect();
    assert!(
        broken.is_empty() && mended.is_empty(),
        "the layers of docs/architecture.md are broken:\n{}",
        broken
            .iter()
            .chain(&mended)
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The reader of the rules finds what it is meant to: a bad import in a
/// pure module, a circle, grouped imports, and nothing in comments or tests.
#[test]
fn the_rules_catch_a_bad_import() {
    let source = |module: &str, path: &str, text: &str| Source {
        module: module.into(),
        path: path.into(),
        lines: code_lines(text),
    };
    let found = breaches(&[
        source(
            "planner",
            "src/planner/x.rs",
            "use crate::{model::Contact, store::Store};\n// crate::app in a comment\n#[cfg(test)]\nmod tests {\n    use crate::app::App;\n}\n",
        ),
        source("stats", "src/stats/mod.rs", "fn f() { crate::lint::greeting(c) }\n"),
        source("lint", "src/lint/mod.rs", "use crate::stats::Report;\n"),
        source(
            "store",
            "src/store/migrations.rs",
            "const S: &[&str] = &[super::sources::SCHEMA];\nfn f() { super::records::refresh_summary(tx, 1, now) }\n",
        ),
    ]);
    let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
    let has = |needle: &str| shown.iter().any(|s| s.contains(needle));
    assert!(
        has("src/planner/x.rs:1: `crate::store::Store` breaks the rule: 1. nothing imports upward"),
        "{shown:#?}"
    );
    assert!(
        has("src/planner/x.rs:1: `crate::store::Store` breaks the rule: 2. only app holds the store"),
        "{shown:#?}"
    );
    assert!(
        has("src/stats/mod.rs:1: `crate::lint::greeting` breaks the rule: 1. there is no circle (stats and lint"),
        "{shown:#?}"
    );
    assert!(
        has("src/lint/mod.rs:1: `crate::stats::Report` breaks the rule: 1. there is no circle"),
        "{shown:#?}"
    );
    assert!(
        has("src/store/migrations.rs:2: `super::records::refresh_summary` breaks the rule: 5."),
        "{shown:#?}"
    );
    assert!(!has("SCHEMA"), "{shown:#?}");
    assert!(!has("crate::app"), "{shown:#?}");
    assert!(!has("crate::model::Contact` breaks"), "{shown:#?}");
}

//! The documentation stays true where that is cheap to check: every config
//! key is documented, every subcommand is in docs/cli.md, and every relative
//! link in the README and docs/ leads to a file of the repository.

use crate::support::root;
use clap::CommandFactory;
use std::path::Path;
use tend::cli::args::Cli;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `(section, key)` for every key of config/default.toml.
fn default_keys() -> Vec<(String, String)> {
    toml_like::parse(&read(&root().join("config/default.toml")))
}

/// Just enough TOML for config/default.toml: `[section]` headers and
/// `key = value` lines (comments and blank lines skipped).
mod toml_like {
    pub type Table = Vec<(String, String)>;

    pub fn parse(text: &str) -> Table {
        let mut section = String::new();
        let mut keys = Vec::new();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.trim().to_string();
            } else if let Some((key, _)) = line.split_once('=') {
                keys.push((section.clone(), key.trim().to_string()));
            }
        }
        keys
    }
}

#[test]
fn every_config_key_is_in_the_config_documentation() {
    let docs = read(&root().join("docs/config.md"));
    let keys = default_keys();
    assert!(keys.len() > 20, "read {} keys", keys.len());
    let mut missing = Vec::new();
    for (section, key) in &keys {
        let heading = docs
            .find(&format!("## `[{section}]`"))
            .unwrap_or_else(|| panic!("docs/config.md has no '## `[{section}]`' section"));
        // The key in that section's part of the page.
        let part = &docs[heading..];
        let end = part[3..].find("\n## ").map_or(part.len(), |i| i + 3);
        if !part[..end].contains(&format!("`{key}`")) {
            missing.push(format!("{section}.{key}"));
        }
    }
    assert!(missing.is_empty(), "not in docs/config.md: {missing:?}");
}

#[test]
fn every_subcommand_is_in_the_command_line_documentation() {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = format!("{path} {}", sub.get_name());
            out.push(name.clone());
            walk(sub, &name, out);
        }
    }
    let mut commands = Vec::new();
    walk(&Cli::command(), "tend", &mut commands);
    assert!(commands.len() > 20, "{commands:?}");
    let docs = read(&root().join("docs/cli.md"));
    let missing: Vec<_> = commands.iter().filter(|c| !docs.contains(&format!("`{c}"))).collect();
    assert!(missing.is_empty(), "not in docs/cli.md: {missing:?}");

    // What `tend --help` lists is what clap defines (no hand-kept list).
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_tend"))
        .arg("--help")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let help = String::from_utf8_lossy(&help.stdout);
    for c in commands.iter().filter(|c| c.matches(' ').count() == 1) {
        let name = c.trim_start_matches("tend ");
        assert!(
            help.contains(&format!("\n  {name} ")),
            "{name} not in tend --help: {help}"
        );
    }
}

/// The targets of the Markdown links `[text](target)` in `text`.
fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        if let Some(end) = rest.find(')') {
            targets.push(rest[..end].trim().to_string());
            rest = &rest[end..];
        }
    }
    targets
}

#[test]
fn every_relative_link_in_the_readme_and_docs_resolves_inside_the_repository() {
    let root = root().canonicalize().unwrap_or_else(|e| panic!("{e}"));
    let mut files = vec![root.join("README.md")];
    let docs = std::fs::read_dir(root.join("docs")).unwrap_or_else(|e| panic!("docs/: {e}"));
    for entry in docs.flatten() {
        if entry.path().extension().is_some_and(|e| e == "md") {
            files.push(entry.path());
        }
    }
    assert!(files.len() >= 7, "README and six pages: {files:?}");
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in &files {
        let dir = file.parent().unwrap_or(&root);
        for target in link_targets(&read(file)) {
            if target.contains("://") || target.starts_with("mailto:") || target.starts_with('#') {
                continue;
            }
            let path = target.split('#').next().unwrap_or_default();
            checked += 1;
            match dir.join(path).canonicalize() {
                Ok(p) if p.starts_with(&root) => {}
                Ok(p) => broken.push(format!(
                    "{}: {target} leaves the repository ({})",
                    file.display(),
                    p.display()
                )),
                Err(_) => broken.push(format!("{}: {target} does not exist", file.display())),
            }
        }
    }
    assert!(checked >= 10, "only {checked} links found");
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn the_readme_links_every_page_of_the_documentation() {
    let readme = read(&root().join("README.md"));
    for page in ["rules", "drafts", "cli", "config", "files", "service"] {
        assert!(
            readme.contains(&format!("](docs/{page}.md)")),
            "README does not link docs/{page}.md"
        );
    }
}

/// The lines of docs/cli.md that document `command` (its table row or its
/// paragraph head): those that name it in backquotes.
fn lines_about<'a>(docs: &'a str, command: &str) -> Vec<&'a str> {
    docs.lines()
        .filter(|l| {
            l.match_indices(&format!("`{command}")).any(|(i, m)| {
                // `tend import json`, not `tend import json-ish`.
                l[i + m.len()..].starts_with([' ', '`', '|'])
            })
        })
        .collect()
}

#[test]
fn every_flag_is_in_the_command_line_documentation_of_its_command() {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>)>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = format!("{path} {}", sub.get_name());
            let flags = sub
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .filter_map(|a| a.get_long())
                // `--json` is documented once for every command that reads.
                .filter(|l| !matches!(*l, "help" | "version" | "json"))
                .map(|l| format!("--{l}"))
                .collect();
            out.push((name.clone(), flags));
            walk(sub, &name, out);
        }
    }
    let mut commands = Vec::new();
    walk(&Cli::command(), "tend", &mut commands);
    let docs = read(&root().join("docs/cli.md"));
    let mut missing = Vec::new();
    for (command, flags) in &commands {
        let mut lines = lines_about(&docs, command);
        // `tend edit CONTACT [same flags]`: the flags of `tend add`.
        if command == "tend edit" {
            lines.extend(lines_about(&docs, "tend add"));
        }
        for flag in flags {
            if !lines.iter().any(|l| l.contains(flag.as_str())) {
                missing.push(format!("{command} {flag}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "flags not documented with their command in docs/cli.md: {missing:?}"
    );
}

#[test]
fn help_and_the_manual_cover_the_environment_and_exit_statuses_the_docs_name() {
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_tend"))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let help = run(&["--help"]);
    let man = run(&["man"]).replace("\\-", "-");
    // Every TEND_ variable the README and docs/ name (settings by example).
    let mut texts = vec![read(&root().join("README.md"))];
    for page in ["cli", "config", "files", "service"] {
        texts.push(read(&root().join(format!("docs/{page}.md"))));
    }
    let mut named: Vec<String> = Vec::new();
    for text in &texts {
        for (i, _) in text.match_indices("TEND_") {
            let name: String = text[i..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                .collect();
            let setting = name.contains("__");
            if !setting && !named.contains(&name) {
                named.push(name);
            }
        }
    }
    assert!(named.len() >= 4, "{named:?}");
    for name in named
        .iter()
        .map(String::as_str)
        .chain(["NO_COLOR", "TEND_SECTION__KEY"])
    {
        assert!(help.contains(name), "tend --help does not name {name}");
        assert!(man.contains(name), "the manual does not name {name}");
    }
    for status in [
        "Exit status:\n  0  success",
        "\n  1  the command could not do its work",
        "\n  2  bad usage or input",
    ] {
        assert!(help.contains(status), "tend --help lacks '{status}': {help}");
    }
    assert!(man.contains(".SH \"EXIT STATUS\""), "{man}");
    assert!(man.contains(".SH \"ENVIRONMENT\""), "{man}");
}

#[test]
fn every_config_key_is_in_the_readmes_configuration_table() {
    let readme = read(&root().join("README.md"));
    let mut missing = Vec::new();
    for (section, key) in default_keys() {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `[{section}]` |")))
            .unwrap_or_else(|| panic!("the README's configuration table has no row for [{section}]"));
        if !row.contains(&format!("`{key}`")) {
            missing.push(format!("{section}.{key}"));
        }
    }
    assert!(
        missing.is_empty(),
        "not in the README's configuration table: {missing:?}"
    );
}

#[test]
fn no_page_for_users_says_something_is_not_built() {
    let mut pages = vec![root().join("README.md")];
    for page in ["rules", "drafts", "cli", "config", "files", "service"] {
        pages.push(root().join(format!("docs/{page}.md")));
    }
    for page in pages {
        let text = read(&page).to_lowercase();
        for phrase in ["not built yet", "not implemented", "not available yet"] {
            assert!(!text.contains(phrase), "{} says '{phrase}'", page.display());
        }
    }
}

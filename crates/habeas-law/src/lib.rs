//! # habeas-law: the law, loaded and applied
//!
//! Loads the rule files of `law/` (embedded at build time, or an override
//! folder), compiles them against the case schema, and decides a case:
//! [`Law::determine`] returns a [`Determination`] in the
//! `habeas.determination/1` format.
//!
//! **Architecture invariant:** the legal reasoning lives in the `.hb` files.
//! This crate only knows the law's entry points (rules tagged
//! `status:citizen`, `status:national`, `status:supported`,
//! `status:national_open`, `route`,
//! `bar:KIND`), turns their three-valued results into statuses and
//! verdicts, and phrases the missing facts as questions.

pub mod data;
mod determine;
pub mod questions;
mod split;
pub mod testing;

use std::path::Path;
use std::sync::Arc;

use habeas_lang::{LawError, Program, SourceFile, compile};
use sha2::Digest;

pub use determine::{
    ActionPart, Bar, Basis, CitizenshipPart, Determination, MissingFact, NOT_LEGAL_ADVICE,
    ReviewFlag, WORK_LIMIT_RULE, strip_explanations,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The version of the engine, recorded in every determination.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Which law a determination was made under.
#[derive(Clone, Debug, serde::Serialize)]
pub struct LawVersion {
    /// The law's own "current as of" date (`law/law.toml`).
    pub current_as_of: String,
    /// SHA-256 of every law file's path and contents, in path order.
    pub hash: String,
    /// `embedded` or the folder it was loaded from.
    pub source: String,
}

/// A loaded, checked body of law.
pub struct Law {
    program: Arc<Program>,
    version: LawVersion,
    data: data::LawData,
    files: Vec<(String, String)>,
    entries: determine::Entries,
    /// The days on which the law reads the time of birth, with the minutes
    /// (UTC) it compares it with (`split`).
    time_lines: Vec<(String, Vec<u32>)>,
}

/// Why a law could not be loaded.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum LoadError {
    /// A file could not be read.
    #[error("cannot read the law at `{path}`: {message}")]
    Io {
        /// The path.
        path: String,
        /// Why.
        message: String,
    },
    /// The rule files have errors.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Law(#[from] LawError),
    /// A data file is malformed.
    #[error("the law data file `{path}` is not valid: {message}")]
    Data {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
}

fn read_dir_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, String)>,
) -> Result<(), LoadError> {
    let io = |e: std::io::Error| LoadError::Io {
        path: dir.display().to_string(),
        message: e.to_string(),
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            read_dir_files(root, &p, out)?;
        } else if p
            .extension()
            .is_some_and(|e| e == "hb" || e == "json" || e == "toml")
        {
            let text = std::fs::read_to_string(&p).map_err(|e| LoadError::Io {
                path: p.display().to_string(),
                message: e.to_string(),
            })?;
            let rel = p
                .strip_prefix(root)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, text));
        }
    }
    Ok(())
}

impl Law {
    /// The law embedded in this build.
    pub fn embedded() -> Result<Law, LoadError> {
        let files = embedded::EMBEDDED
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        Law::from_files(files, "embedded")
    }

    /// The law in a folder (an organization's reviewed copy).
    pub fn from_dir(dir: &Path) -> Result<Law, LoadError> {
        let mut files = Vec::new();
        read_dir_files(dir, dir, &mut files)?;
        Law::from_files(files, &dir.display().to_string())
    }

    /// The law from (relative path, text) pairs.
    pub fn from_files(mut files: Vec<(String, String)>, source: &str) -> Result<Law, LoadError> {
        files.sort();
        let mut hasher = sha2::Sha256::new();
        for (p, t) in &files {
            hasher.update(p.as_bytes());
            hasher.update([0]);
            hasher.update(t.as_bytes());
            hasher.update([0]);
        }
        let hash: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let current_as_of = files
            .iter()
            .find(|(p, _)| p == "law.toml")
            .and_then(|(_, t)| {
                t.lines().find_map(|l| {
                    l.strip_prefix("current_as_of").map(|r| {
                        r.trim_start_matches([' ', '='])
                            .trim()
                            .trim_matches('"')
                            .to_string()
                    })
                })
            })
            .unwrap_or_else(|| "unknown".to_string());
        let sources: Vec<SourceFile> = files
            .iter()
            .filter(|(p, _)| p.ends_with(".hb"))
            .map(|(p, t)| SourceFile {
                name: p.clone(),
                text: t.clone(),
            })
            .collect();
        let (schema, _) = habeas_case::schema();
        let program = compile(schema, sources)?;
        let data = data::LawData::load(&files)?;
        let entries = determine::Entries::of(&program);
        let time_lines = split::time_lines(&files);
        Ok(Law {
            time_lines,
            entries,
            program: Arc::new(program),
            version: LawVersion {
                current_as_of,
                hash,
                source: source.to_string(),
            },
            data,
            files,
        })
    }

    /// The compiled program.
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Which law this is.
    pub fn version(&self) -> &LawVersion {
        &self.version
    }

    /// Every dated change in the law's data files (TPS designations, court
    /// orders postponing terminations), in date order.
    pub fn data_changes(&self) -> Vec<data::DataChange> {
        self.data.changes()
    }

    /// The law's files (relative path, text).
    pub fn files(&self) -> &[(String, String)] {
        &self.files
    }
}

impl Law {
    /// The safety analysis of this law: every `shown(...)` reachable from an
    /// entry point (citizenship, nationality, a supported claim, a bar) where
    /// it could turn an unknown fact into a harmful answer.
    pub fn safety_findings(&self) -> Vec<habeas_lang::safety::Finding> {
        let prog = self.program();
        let entries: Vec<usize> = prog
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.tags.iter().any(|t| {
                    t == "status:citizen"
                        || t == "status:national"
                        || t == "status:supported"
                        || t == "status:national_open"
                        || t.starts_with("bar:")
                })
            })
            .map(|(i, _)| i)
            .collect();
        habeas_lang::safety::harmful_shown(prog, &entries)
    }
}

//! The streaming pipeline: a reader thread cuts the input into chunks, the
//! rows of each chunk are screened on every core (rayon), and a writer
//! thread writes them in input order. At most a few chunks are in memory at
//! once, whatever the size of the input.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant};

use habeas_law::Law;
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use rayon::prelude::*;

use crate::columnar::{batch_to_records, header_of, output_schema, rows_to_batch};
use crate::mapping::{Layout, Mapping};
use crate::roster::{COLUMNS, Origins, RosterRow, RowError, column_of_path};
use crate::screen::{OUTPUT_COLUMNS, Record, ScreenRow, Screened, screen_record_guarded};

/// A table format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// Apache Parquet.
    Parquet,
}

impl Format {
    /// `csv`, `jsonl` (or `ndjson`, `json`), `parquet` (or `pq`).
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "parquet" | "pq" => Some(Format::Parquet),
            _ => None,
        }
    }

    /// The format a file name's extension names.
    pub fn of_path(p: &Path) -> Option<Format> {
        p.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::parse)
    }
}

/// Why a screening run could not start or finish (bad rows never end it).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum RunError {
    /// The input could not be opened or read, or its header is unusable.
    #[error("{0}")]
    #[diagnostic(code(habeas::batch::input))]
    Input(String),
    /// The output could not be written.
    #[error("{0}")]
    #[diagnostic(code(habeas::batch::output))]
    Output(String),
}

/// Where the rows come from.
pub struct Input {
    /// The file, or `-` for standard input.
    pub path: PathBuf,
    /// Its format.
    pub format: Format,
    /// A mapping for tables that are not `habeas.roster/1`.
    pub mapping: Option<Mapping>,
}

/// Options of a run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Rows per chunk (the unit of parallel work and of memory).
    pub chunk_rows: usize,
    /// Show a progress bar (only used when standard error is a terminal).
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            chunk_rows: 8192,
            progress: false,
        }
    }
}

/// How often one fact is missing across a roster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MissingCount {
    /// Rows where it is unknown and could change the answer.
    pub rows: u64,
    /// Rows where it is the first question (the most decisive).
    pub first: u64,
    /// Rows where it is the only question: knowing it is all these rows
    /// need, unless the law itself leaves the answer open there (a
    /// legal-review flag).
    pub only: u64,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Rows screened (including rows with errors).
    pub rows: u64,
    /// Rows by citizenship status.
    pub by_status: BTreeMap<String, u64>,
    /// Rows by verdict (`none` for rows without an action).
    pub by_verdict: BTreeMap<String, u64>,
    /// Rows that could not be read.
    pub errors: u64,
    /// The first few errors, as written in the `error` column, with the
    /// row number (1-based, in input order).
    pub error_examples: Vec<(u64, String)>,
    /// Missing fact → in how many rows it is asked for.
    pub missing: HashMap<String, MissingCount>,
    /// Wall time.
    pub elapsed: Duration,
    /// Worker threads.
    pub threads: usize,
    /// Whether the input was a roster (fact paths can be named by column).
    pub roster: bool,
    /// Source columns the mapping does not name: read by nothing.
    pub unread_columns: Vec<String>,
    /// Rows whose id an earlier row already had (the spec asks ids to be
    /// unique).
    pub duplicate_ids: u64,
    /// A hash of each row's id (8 bytes a row, sorted at the end: a set of
    /// the ids themselves would not keep 10 M rows in bounded memory), for
    /// the first `ID_CHECK_ROWS` rows.
    id_hashes: Vec<u64>,
    /// Whether rows after the first `ID_CHECK_ROWS` went unchecked.
    pub ids_unchecked: bool,
}

/// How many rows' ids are checked for repeats: 32 MiB of hashes at most,
/// so that a roster of any size stays in bounded memory.
const ID_CHECK_ROWS: usize = 1 << 22;

fn id_hash(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

impl Summary {
    /// Counts the rows that repeat an id (review of the fourteenth session:
    /// two rows `ok1` with different answers, nothing said; whoever joins
    /// the results back by id could take the wrong one).
    fn count_duplicate_ids(&mut self) {
        let mut h = std::mem::take(&mut self.id_hashes);
        h.sort_unstable();
        self.duplicate_ids = h.windows(2).filter(|w| w[0] == w[1]).count() as u64;
    }

    fn add(&mut self, s: &Screened) {
        self.rows += 1;
        let r = &s.row;
        if let Some(id) = r.id.as_deref().filter(|i| !i.is_empty()) {
            if self.id_hashes.len() < ID_CHECK_ROWS {
                self.id_hashes.push(id_hash(id));
            } else {
                self.ids_unchecked = true;
            }
        }
        if let Some(e) = &r.error {
            self.errors += 1;
            if self.error_examples.len() < 5 {
                self.error_examples.push((self.rows, e.clone()));
            }
            return;
        }
        *self
            .by_status
            .entry(r.citizenship_status.clone().unwrap_or_default())
            .or_default() += 1;
        *self
            .by_verdict
            .entry(r.verdict.clone().unwrap_or_else(|| "none".into()))
            .or_default() += 1;
        let only = s.missing.len() == 1;
        for (i, f) in s.missing.iter().enumerate() {
            let e = self.missing.entry(f.clone()).or_default();
            e.rows += 1;
            if i == 0 {
                e.first += 1;
            }
            if only {
                e.only += 1;
            }
        }
    }

    /// Rows per second.
    pub fn rate(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 { self.rows as f64 / s } else { 0.0 }
    }

    /// The most common missing facts, most rows first.
    pub fn top_missing(&self, n: usize) -> Vec<(&str, MissingCount)> {
        let mut v: Vec<(&str, MissingCount)> =
            self.missing.iter().map(|(k, c)| (k.as_str(), *c)).collect();
        v.sort_by(|a, b| {
            b.1.rows
                .cmp(&a.1.rows)
                .then(b.1.only.cmp(&a.1.only))
                .then(b.1.first.cmp(&a.1.first))
                .then(a.0.cmp(b.0))
        });
        v.truncate(n);
        v
    }

    /// The summary as text for people.
    pub fn text(&self) -> String {
        let mut s = String::new();
        let join = |m: &BTreeMap<String, u64>| {
            m.iter()
                .map(|(k, v)| format!("{k} {}", thousands(*v)))
                .collect::<Vec<_>>()
                .join(" · ")
        };
        s.push_str(&format!(
            "screened {} rows in {:.2} s ({} rows/s, {} threads)\n",
            thousands(self.rows),
            self.elapsed.as_secs_f64(),
            thousands(self.rate().round() as u64),
            self.threads
        ));
        s.push_str(&format!("  citizenship: {}\n", join(&self.by_status)));
        s.push_str(&format!("  verdict:     {}\n", join(&self.by_verdict)));
        s.push_str(&format!(
            "  errors:      {} rows could not be read (see the `error` column)\n",
            thousands(self.errors)
        ));
        for (row, e) in &self.error_examples {
            s.push_str(&format!("    row {row}: {e}\n"));
        }
        // Review of 2026-11-30, eleventh session: "6 rows could not be
        // read" listed 5 with nothing said of the sixth.
        let more = self.errors.saturating_sub(self.error_examples.len() as u64);
        if more > 0 && !self.error_examples.is_empty() {
            s.push_str(&format!(
                "    and {} more (see the `error` column)\n",
                thousands(more)
            ));
        }
        // Review of the fourteenth session: a `Relief` column (TPS,
        // withholding) left out of the mapping was dropped without a word,
        // and its rows screened as if no protection were recorded.
        if !self.unread_columns.is_empty() {
            s.push_str(&format!(
                "  not read:    the mapping names no roster column for {}: their cells were not screened\n",
                self.unread_columns
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if self.duplicate_ids > 0 {
            s.push_str(&format!(
                "  repeated ids: {} rows have the id of an earlier row (ids must be unique): join the results by row order, not by id\n",
                thousands(self.duplicate_ids)
            ));
        }
        if self.ids_unchecked {
            s.push_str(&format!(
                "  repeated ids were looked for in the first {} rows only\n",
                thousands(ID_CHECK_ROWS as u64)
            ));
        }
        let top = self.top_missing(5);
        if !top.is_empty() {
            s.push_str("  top missing facts:\n");
            let origins = self.roster.then(all_columns_origins);
            for (fact, c) in top {
                let col = origins
                    .as_ref()
                    .and_then(|o| column_of_path(fact, o))
                    .map(|c| format!(" (column {})", COLUMNS[c]))
                    .unwrap_or_default();
                s.push_str(&format!(
                    "    {fact}{col} unknown in {} rows; the only question left in {}; the first question in {}\n",
                    thousands(c.rows),
                    thousands(c.only),
                    thousands(c.first)
                ));
            }
        }
        s.push_str(&format!("  {}\n", habeas_law::NOT_LEGAL_ADVICE));
        s
    }
}

/// Where every roster column goes in a case (to name missing facts by
/// column in the summary).
fn all_columns_origins() -> Origins {
    let mut r = RosterRow::empty();
    for c in COLUMNS {
        r.set(c, "x");
    }
    // Every enumerated column gets a value it accepts, so that the whole
    // row converts and every column's fields are named (review of
    // 2026-11-29, roster R6: `mother_citizen = x` failed the row, and the
    // summary named no column).
    for (c, v) in [
        ("parents_married_at_birth", "yes"),
        ("custody", "both"),
        ("final_order", "yes"),
        ("mother_presence", "x.."),
        ("father_presence", "x.."),
        ("presence", "x.."),
        ("mother_citizen", "yes"),
        ("father_citizen", "yes"),
        ("sex", "male"),
        ("serving_sentence", "yes"),
        ("protections", "tps:x"),
        ("pending", "bia_appeal"),
        ("court_orders", "tro"),
        ("action_kind", "removal"),
        ("action_authority", "ina240"),
        ("circuit", "9th"),
    ] {
        r.set(c, v);
    }
    r.to_case_value().map(|(_, o)| o).unwrap_or_default()
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn open(path: &Path) -> Result<Box<dyn Read + Send>, RunError> {
    if path == Path::new("-") {
        Ok(Box::new(std::io::stdin()))
    } else {
        File::open(path)
            .map(|f| Box::new(f) as Box<dyn Read + Send>)
            .map_err(|e| RunError::Input(format!("cannot read `{}`: {e}", path.display())))
    }
}

fn layout_for(mapping: &Option<Mapping>, header: &[String]) -> Result<Layout, RunError> {
    match mapping {
        Some(m) => m.bind(header),
        None => Mapping::roster_layout(header),
    }
    .map_err(RunError::Input)
}

/// The line breaks inside a CSV record's cells (no roster cell holds one:
/// each is a quote left open that swallowed the lines after it).
fn lines_inside(rec: &csv::StringRecord) -> u64 {
    rec.iter().map(|f| f.matches('\n').count() as u64).sum()
}

/// The error of a row whose quote was left open at line `start`.
fn unclosed_quote(start: u64, lines: u64) -> String {
    format!(
        "line {start}: a quoted cell runs over {lines} more line(s): is a closing quote missing? Those lines were read as part of this row and are not screened"
    )
}

/// Reads the input, sending chunks of records. Runs on its own thread; a
/// header problem is returned before any chunk is sent.
fn read(
    input: Input,
    chunk: usize,
    tx: SyncSender<Vec<Record>>,
    ready: SyncSender<Result<Vec<String>, RunError>>,
) -> Result<(), RunError> {
    let chunk = chunk.max(1);
    match input.format {
        Format::Jsonl => {
            let _ = ready.send(Ok(Vec::new()));
            let r = BufReader::with_capacity(1 << 20, open(&input.path)?);
            let mut buf = Vec::with_capacity(chunk);
            for (i, line) in r.split(b'\n').enumerate() {
                let mut line = line.map_err(|e| RunError::Input(format!("line {}: {e}", i + 1)))?;
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                // A line that is not UTF-8 is that row's error; the rest of
                // the file is still screened (review of 2026-11-30: the whole
                // run stopped, while a CSV row with the same byte was one
                // row's error).
                let record = match String::from_utf8(line) {
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => Record::Json { line: i + 1, text },
                    Err(e) => Record::Failed {
                        id: None,
                        error: crate::roster::RowError {
                            column: String::new(),
                            message: format!(
                                "line {}: not UTF-8 text (an invalid byte at column {}); save the file as UTF-8",
                                i + 1,
                                e.utf8_error().valid_up_to() + 1
                            ),
                        },
                    },
                };
                buf.push(record);
                if buf.len() == chunk && tx.send(std::mem::take(&mut buf)).is_err() {
                    return Ok(());
                }
            }
            if !buf.is_empty() {
                let _ = tx.send(buf);
            }
        }
        Format::Csv => {
            // A row with more or fewer cells than the header is an error on
            // that row (review of 2026-11-29, roster R5: an unquoted comma
            // shifted the cells silently).
            let mut r = csv::ReaderBuilder::new()
                .flexible(false)
                .buffer_capacity(1 << 20)
                .from_reader(open(&input.path)?);
            let header: Vec<String> = match r.headers() {
                Ok(h) => h
                    .iter()
                    .map(|s| s.trim_start_matches('\u{feff}').to_string())
                    .collect(),
                Err(e) => {
                    let e = RunError::Input(format!("cannot read the header: {e}"));
                    let _ = ready.send(Err(RunError::Input(e.to_string())));
                    return Err(e);
                }
            };
            let layout = match layout_for(&input.mapping, &header) {
                Ok(l) => l,
                Err(e) => {
                    let _ = ready.send(Err(RunError::Input(e.to_string())));
                    return Err(e);
                }
            };
            let _ = ready.send(Ok(layout.unread().to_vec()));
            let mut buf = Vec::with_capacity(chunk);
            let mut rec = csv::StringRecord::new();
            let mut line = 1u64;
            loop {
                line += 1;
                match r.read_record(&mut rec) {
                    Ok(false) => break,
                    // A cell holding a line break is an unclosed quote that
                    // swallowed the lines after it (no roster column holds
                    // one): the row is an error that says so, instead of
                    // the next rows vanishing (review of 2026-11-30).
                    Ok(true) if rec.iter().any(|f| f.contains('\n') || f.contains('\r')) => {
                        let start = rec.position().map_or(line, csv::Position::line);
                        let lines = lines_inside(&rec);
                        buf.push(Record::Failed {
                            id: rec.get(0).map(str::to_string).filter(|s| !s.contains('\n')),
                            error: RowError {
                                column: String::new(),
                                message: unclosed_quote(start, lines),
                            },
                        });
                        line = start + lines;
                    }
                    Ok(true) => buf.push(match layout.row(|i| rec.get(i)) {
                        Ok(row) => Record::Roster(row),
                        Err((id, error)) => Record::Failed { id, error },
                    }),
                    Err(e) => {
                        if e.is_io_error() {
                            return Err(RunError::Input(format!("line {line}: {e}")));
                        }
                        // A record cut short by an unclosed quote reads as
                        // the wrong number of cells: say what happened.
                        let spanned = lines_inside(&rec);
                        let message = if spanned > 0 {
                            unclosed_quote(line, spanned)
                        } else {
                            format!("line {line}: not a CSV record: {e}")
                        };
                        buf.push(Record::Failed {
                            id: None,
                            error: RowError {
                                column: String::new(),
                                message,
                            },
                        });
                        line += spanned;
                    }
                }
                if buf.len() == chunk && tx.send(std::mem::take(&mut buf)).is_err() {
                    return Ok(());
                }
            }
            if !buf.is_empty() {
                let _ = tx.send(buf);
            }
        }
        Format::Parquet => {
            let fail = |m: String, ready: &SyncSender<Result<Vec<String>, RunError>>| {
                let _ = ready.send(Err(RunError::Input(m.clone())));
                RunError::Input(m)
            };
            if input.path == Path::new("-") {
                return Err(fail(
                    "Parquet cannot be read from standard input: give a file".into(),
                    &ready,
                ));
            }
            let f = File::open(&input.path).map_err(|e| {
                fail(
                    format!("cannot read `{}`: {e}", input.path.display()),
                    &ready,
                )
            })?;
            let builder = ParquetRecordBatchReaderBuilder::try_new(f).map_err(|e| {
                fail(
                    format!("`{}` is not a Parquet file: {e}", input.path.display()),
                    &ready,
                )
            })?;
            let header = header_of(builder.schema());
            let layout =
                layout_for(&input.mapping, &header).map_err(|e| fail(e.to_string(), &ready))?;
            let reader = builder
                .with_batch_size(chunk)
                .build()
                .map_err(|e| fail(format!("cannot read the Parquet file: {e}"), &ready))?;
            let _ = ready.send(Ok(layout.unread().to_vec()));
            for batch in reader {
                let batch = batch
                    .map_err(|e| RunError::Input(format!("cannot read the Parquet file: {e}")))?;
                let records = batch_to_records(&batch, &layout)
                    .map_err(|e| RunError::Input(format!("cannot read the Parquet file: {e}")))?;
                if tx.send(records).is_err() {
                    return Ok(());
                }
            }
        }
    }
    Ok(())
}

/// A buffer that hands its inner writer whole lines only. Standard output
/// is line-buffered by the standard library: handing it whole lines leaves
/// nothing in its buffer when a reader goes away (`habeas screen ... | head`).
struct Lines<W: Write> {
    inner: W,
    buf: Vec<u8>,
}

impl<W: Write> Lines<W> {
    const CAPACITY: usize = 1 << 20;
    fn new(inner: W) -> Self {
        Lines {
            inner,
            buf: Vec::with_capacity(Self::CAPACITY),
        }
    }
}

impl<W: Write> Write for Lines<W> {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= Self::CAPACITY
            && let Some(end) = self.buf.iter().rposition(|b| *b == b'\n')
        {
            self.inner.write_all(&self.buf[..=end])?;
            self.buf.drain(..=end);
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.write_all(&self.buf)?;
        self.buf.clear();
        self.inner.flush()
    }
}

/// Where the rows go.
enum Sink {
    Csv(csv::Writer<Box<dyn Write + Send>>),
    Jsonl(Lines<Box<dyn Write + Send>>),
    Parquet(ArrowWriter<File>),
}

impl Sink {
    fn new(path: Option<&Path>, format: Format) -> Result<Sink, RunError> {
        let out_err = |e: String| RunError::Output(e);
        let file = |p: &Path| {
            File::create(p).map_err(|e| out_err(format!("cannot write `{}`: {e}", p.display())))
        };
        let stream = |p: Option<&Path>| -> Result<Box<dyn Write + Send>, RunError> {
            match p {
                None => Ok(Box::new(Lines::new(std::io::stdout()))),
                Some(p) if p == Path::new("-") => Ok(Box::new(Lines::new(std::io::stdout()))),
                Some(p) => Ok(Box::new(BufWriter::with_capacity(1 << 20, file(p)?))),
            }
        };
        Ok(match format {
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .buffer_capacity(1 << 20)
                    .from_writer(stream(path)?);
                w.write_record(OUTPUT_COLUMNS)
                    .map_err(|e| out_err(format!("cannot write: {e}")))?;
                Sink::Csv(w)
            }
            Format::Jsonl => Sink::Jsonl(Lines::new(stream(path)?)),
            Format::Parquet => {
                let Some(p) = path.filter(|p| *p != Path::new("-")) else {
                    return Err(out_err(
                        "Parquet output needs a file: give `-o FILE.parquet`".into(),
                    ));
                };
                let props = WriterProperties::builder()
                    .set_compression(Compression::SNAPPY)
                    .build();
                let w = ArrowWriter::try_new(file(p)?, output_schema(), Some(props))
                    .map_err(|e| out_err(format!("cannot write Parquet: {e}")))?;
                Sink::Parquet(w)
            }
        })
    }

    fn write(&mut self, rows: &[ScreenRow]) -> std::io::Result<()> {
        match self {
            Sink::Csv(w) => {
                for r in rows {
                    w.write_record(r.cells().map(|c| c.unwrap_or("")))?;
                }
            }
            Sink::Jsonl(w) => {
                for r in rows {
                    serde_json::to_writer(&mut *w, r)?;
                    w.write_all(b"\n")?;
                }
            }
            Sink::Parquet(w) => {
                let b = rows_to_batch(rows).map_err(std::io::Error::other)?;
                w.write(&b).map_err(std::io::Error::other)?;
            }
        }
        Ok(())
    }

    fn finish(self) -> std::io::Result<()> {
        match self {
            Sink::Csv(mut w) => w.flush(),
            Sink::Jsonl(mut w) => w.flush(),
            Sink::Parquet(w) => w.close().map(|_| ()).map_err(std::io::Error::other),
        }
    }
}

/// Writes until the rows end. A reader that went away (a closed pipe)
/// ends the run quietly, as it does for other command-line tools.
fn write(rx: Receiver<Vec<ScreenRow>>, mut sink: Sink) -> Result<(), RunError> {
    let fail = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Ok(())
        } else {
            Err(RunError::Output(format!("cannot write the output: {e}")))
        }
    };
    for rows in rx {
        if let Err(e) = sink.write(&rows) {
            return fail(e);
        }
    }
    sink.finish().or_else(fail)
}

/// Screens every row of `input` and writes one output row per input row,
/// in order, to `output` (standard output when `None`) in `format`.
pub fn run(
    law: &Law,
    input: Input,
    output: Option<&Path>,
    format: Format,
    options: &Options,
) -> Result<Summary, RunError> {
    let start = Instant::now();
    let roster = input.format != Format::Jsonl;
    let (tx, rx) = sync_channel::<Vec<Record>>(2);
    let (ready_tx, ready_rx) = sync_channel::<Result<Vec<String>, RunError>>(1);
    let chunk = options.chunk_rows;
    let reader = std::thread::spawn(move || read(input, chunk, tx, ready_tx));
    // A header or mapping problem stops the run before any output.
    let unread_columns = match ready_rx.recv() {
        Ok(Ok(unread)) => unread,
        Ok(Err(e)) => {
            let _ = reader.join();
            return Err(e);
        }
        Err(_) => {
            return Err(match reader.join() {
                Ok(Err(e)) => e,
                _ => RunError::Input("the input could not be read".into()),
            });
        }
    };
    let sink = Sink::new(output, format)?;
    let (wtx, wrx) = sync_channel::<Vec<ScreenRow>>(2);
    let writer = std::thread::spawn(move || write(wrx, sink));
    let bar = progress_bar(options.progress);
    let mut summary = Summary {
        threads: rayon::current_num_threads(),
        roster,
        unread_columns,
        ..Summary::default()
    };
    for records in rx {
        let screened: Vec<Screened> = records
            .par_iter()
            .map(|r| screen_record_guarded(law, r))
            .collect();
        let mut rows = Vec::with_capacity(screened.len());
        for s in screened {
            summary.add(&s);
            rows.push(s.row);
        }
        if let Some(b) = &bar {
            b.inc(rows.len() as u64);
        }
        if wtx.send(rows).is_err() {
            break;
        }
    }
    drop(wtx);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let read_result = reader
        .join()
        .unwrap_or_else(|_| Err(RunError::Input("the reader stopped unexpectedly".into())));
    let write_result = writer
        .join()
        .unwrap_or_else(|_| Err(RunError::Output("the writer stopped unexpectedly".into())));
    write_result?;
    read_result?;
    summary.count_duplicate_ids();
    summary.elapsed = start.elapsed();
    Ok(summary)
}

fn progress_bar(wanted: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal as _;
    if !wanted || !std::io::stderr().is_terminal() {
        return None;
    }
    let b = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} screened {human_pos} rows ({per_sec}) {elapsed}",
    ) {
        b.set_style(style);
    }
    b.enable_steady_tick(Duration::from_millis(200));
    Some(b)
}

/// Screens rows held in memory, in parallel, in order (for tests and
/// embedding).
pub fn screen_all(law: &Law, records: &[Record]) -> Vec<ScreenRow> {
    records
        .par_iter()
        .map(|r| screen_record_guarded(law, r).row)
        .collect()
}

#[cfg(test)]
mod tests {

    /// Every roster column is named by some field of the converted row, so
    /// the summary can say which column a missing fact belongs to (review of
    /// 2026-11-29, roster R6).
    #[test]
    fn every_column_has_an_origin() {
        let o = all_columns_origins();
        let unnamed: Vec<&str> = COLUMNS
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                !["id", "as_of", "name"].contains(*c) && !o.iter().any(|(_, col)| col == i)
            })
            .map(|(_, c)| *c)
            .collect();
        assert!(unnamed.is_empty(), "columns without a field: {unnamed:?}");
    }
    use super::*;
    use crate::screen::ScreenRow;

    fn open_row(missing: &[&str]) -> Screened {
        Screened {
            row: ScreenRow {
                citizenship_status: Some("undetermined".into()),
                ..ScreenRow::default()
            },
            missing: missing.iter().map(|m| m.to_string()).collect(),
        }
    }

    #[test]
    fn repeated_ids_are_counted_and_said() {
        let mut s = Summary::default();
        for id in ["a", "b", "a", "c", "a"] {
            let mut r = open_row(&[]);
            r.row.id = Some(id.into());
            s.add(&r);
        }
        s.count_duplicate_ids();
        assert_eq!(s.duplicate_ids, 2);
        assert!(
            s.text().contains("2 rows have the id of an earlier row"),
            "{}",
            s.text()
        );
    }

    #[test]
    fn missing_facts_are_counted_as_asked_first_and_alone() {
        let mut s = Summary::default();
        s.add(&open_row(&["a", "b"]));
        s.add(&open_row(&["b"]));
        s.add(&open_row(&["b", "a"]));
        s.add(&open_row(&[]));
        let get = |f: &str| s.missing.get(f).copied().unwrap_or_default();
        assert_eq!(
            get("a"),
            MissingCount {
                rows: 2,
                first: 1,
                only: 0
            }
        );
        assert_eq!(
            get("b"),
            MissingCount {
                rows: 3,
                first: 2,
                only: 1
            }
        );
        let top = s.top_missing(1);
        assert_eq!(top[0].0, "b");
        assert!(
            s.text().contains(
                "b unknown in 3 rows; the only question left in 1; the first question in 2"
            )
        );
    }
}

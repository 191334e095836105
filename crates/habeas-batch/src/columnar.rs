//! Arrow record batches: roster columns in, output columns out.
//!
//! [`screen_record_batch`] is the Arrow-native entry point: it is what a
//! DataFusion scalar UDF (or any other Arrow engine) calls on each batch
//! (see `docs/scale.md`). The Parquet reader and writer of `habeas screen`
//! use the same conversions.

use std::sync::Arc;

use arrow::array::{Array, ArrayRef, RecordBatch, StringArray, StringBuilder};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::error::ArrowError;
use habeas_law::Law;
use rayon::prelude::*;

use crate::mapping::{Layout, Mapping};
use crate::screen::{OUTPUT_COLUMNS, Record, ScreenRow, Screened, screen_record_guarded};

/// The schema of the output: the eight output columns, nullable text.
pub fn output_schema() -> SchemaRef {
    Arc::new(Schema::new(
        OUTPUT_COLUMNS
            .iter()
            .map(|c| Field::new(*c, DataType::Utf8, true))
            .collect::<Vec<_>>(),
    ))
}

/// Output rows as a record batch of [`output_schema`].
pub fn rows_to_batch(rows: &[ScreenRow]) -> Result<RecordBatch, ArrowError> {
    let mut builders: Vec<StringBuilder> = (0..OUTPUT_COLUMNS.len())
        .map(|_| StringBuilder::with_capacity(rows.len(), rows.len() * 16))
        .collect();
    for r in rows {
        for (b, c) in builders.iter_mut().zip(r.cells()) {
            b.append_option(c);
        }
    }
    let cols: Vec<ArrayRef> = builders
        .into_iter()
        .map(|mut b| Arc::new(b.finish()) as ArrayRef)
        .collect();
    RecordBatch::try_new(output_schema(), cols)
}

/// A batch's columns as text: dates (and timestamps) as ISO dates, booleans
/// as `yes`/`no`, anything else through Arrow's cast to text.
fn text_columns(batch: &RecordBatch) -> Result<Vec<StringArray>, ArrowError> {
    batch
        .columns()
        .iter()
        .map(|c| {
            let c = if c.data_type() == &DataType::Boolean {
                let b = c
                    .as_any()
                    .downcast_ref::<arrow::array::BooleanArray>()
                    .ok_or_else(|| ArrowError::CastError("not a boolean column".into()))?;
                Arc::new(
                    b.iter()
                        .map(|v| v.map(|v| if v { "yes" } else { "no" }))
                        .collect::<StringArray>(),
                ) as ArrayRef
            } else if matches!(c.data_type(), DataType::Timestamp(_, _)) {
                // A date stored as a timestamp (the pandas and Spark
                // default): its day, as a date column would give it (review
                // of 2026-11-29, roster R8: `2025-06-01T00:00:00` failed
                // every row).
                cast(&cast(c, &DataType::Date32)?, &DataType::Utf8)?
            } else {
                cast(c, &DataType::Utf8)?
            };
            c.as_any()
                .downcast_ref::<StringArray>()
                .cloned()
                .ok_or_else(|| ArrowError::CastError("a column could not be read as text".into()))
        })
        .collect()
}

/// The header (column names) of a batch.
pub fn header_of(schema: &Schema) -> Vec<String> {
    schema.fields().iter().map(|f| f.name().clone()).collect()
}

/// A batch of source rows as records, through a layout bound to its header.
pub fn batch_to_records(batch: &RecordBatch, layout: &Layout) -> Result<Vec<Record>, ArrowError> {
    let cols = text_columns(batch)?;
    Ok((0..batch.num_rows())
        .map(|i| {
            let row = layout.row(|c| {
                cols.get(c)
                    .and_then(|a| (!a.is_null(i)).then(|| a.value(i)))
            });
            match row {
                Ok(r) => Record::Roster(r),
                Err((id, error)) => Record::Failed { id, error },
            }
        })
        .collect())
}

/// Screens a record batch of `habeas.roster/1` columns (any subset, any
/// order; text, date, boolean or numeric types) and returns a batch of the
/// output columns, one row per input row, in order. Rows are screened in
/// parallel on the current rayon pool. A bad row gets an `error`; only a
/// batch whose columns are not roster columns is an `Err`.
pub fn screen_record_batch(law: &Law, batch: &RecordBatch) -> Result<RecordBatch, ArrowError> {
    let layout = Mapping::roster_layout(&header_of(&batch.schema()))
        .map_err(ArrowError::InvalidArgumentError)?;
    screen_record_batch_with(law, batch, &layout)
}

/// [`screen_record_batch`] through a mapping already bound to the batch's
/// header.
pub fn screen_record_batch_with(
    law: &Law,
    batch: &RecordBatch,
    layout: &Layout,
) -> Result<RecordBatch, ArrowError> {
    let records = batch_to_records(batch, layout)?;
    let rows: Vec<ScreenRow> = records
        .par_iter()
        .map(|r| screen_record_guarded(law, r))
        .map(|s: Screened| s.row)
        .collect();
    rows_to_batch(&rows)
}

/// Output rows back from a batch of [`output_schema`] (for tests and
/// readers of screening results).
pub fn batch_to_rows(batch: &RecordBatch) -> Result<Vec<ScreenRow>, ArrowError> {
    let cols = text_columns(batch)?;
    let idx: Vec<Option<usize>> = OUTPUT_COLUMNS
        .iter()
        .map(|c| batch.schema().index_of(c).ok())
        .collect();
    Ok((0..batch.num_rows())
        .map(|i| {
            let cells = std::array::from_fn(|k| {
                idx[k]
                    .and_then(|c| cols.get(c))
                    .and_then(|a| (!a.is_null(i)).then(|| a.value(i).to_string()))
            });
            ScreenRow::from_cells(cells)
        })
        .collect())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests: a failure is a panic")]
mod tests {
    use super::*;

    /// Review of 2026-11-29 (roster R8): dates stored as timestamps read as
    /// their day.
    #[test]
    fn timestamps_read_as_dates() {
        let ts = arrow::array::TimestampSecondArray::from(vec![Some(1_748_736_000), None]);
        let schema = Arc::new(Schema::new(vec![Field::new(
            "as_of",
            ts.data_type().clone(),
            true,
        )]));
        let batch = RecordBatch::try_new(schema, vec![Arc::new(ts) as ArrayRef]).unwrap();
        let cols = text_columns(&batch).unwrap();
        assert_eq!(cols[0].value(0), "2025-06-01");
        assert!(cols[0].is_null(1));
    }
}

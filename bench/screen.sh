#!/usr/bin/env bash
# End-to-end screening benchmark: generate a roster of N rows (default
# 1,000,000) and time `habeas screen` on it with a release build, once per
# output format (default: CSV, then Parquet). Reports wall time, CPU time,
# rows/s and peak memory (GNU time), and the run's own summary.
#
#   bash bench/screen.sh [ROWS] [SEED]
#   FORMATS=csv bash bench/screen.sh 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
SEED="${2:-1}"
FORMATS="${FORMATS:-csv parquet}"
DIR="${BENCH_DIR:-target/bench-screen}"
mkdir -p "$DIR"
cargo build --release --quiet --bin habeas
HABEAS=target/release/habeas
IN="$DIR/roster-$ROWS-$SEED.csv"
if [ ! -s "$IN" ]; then
  echo "generating $ROWS rows (seed $SEED) into $IN"
  /usr/bin/time -f "gen-roster: %e s, peak %M KiB" "$HABEAS" gen-roster --rows "$ROWS" --seed "$SEED" -o "$IN"
fi
ls -l "$IN"
echo "machine: $(nproc) cores"
for fmt in $FORMATS; do
  OUT="$DIR/out-$ROWS.$fmt"
  echo
  echo "habeas screen $IN -o $OUT"
  # The summary goes to standard error with GNU time's line; no progress
  # bar (standard error is not a terminal).
  /usr/bin/time -f "screen to $fmt: %e s wall, %U s user, %S s sys, peak %M KiB" \
    "$HABEAS" screen "$IN" -o "$OUT" 2>"$DIR/summary-$fmt.txt" >/dev/null
  cat "$DIR/summary-$fmt.txt"
  if [ "$fmt" = csv ]; then
    echo "  output rows: $(( $(wc -l < "$OUT") - 1 ))"
  fi
done

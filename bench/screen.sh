#!/usr/bin/env bash
# End-to-end screening benchmark: generate a roster of N rows (default
# 1,000,000) and time `habeas screen` on it, CSV to CSV, with a release
# build. Reports wall time, rows/s and peak memory (GNU time).
#
#   bash bench/screen.sh [ROWS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
SEED="${2:-1}"
DIR="${BENCH_DIR:-target/bench-screen}"
mkdir -p "$DIR"
cargo build --release --bin habeas
HABEAS=target/release/habeas
IN="$DIR/roster-$ROWS-$SEED.csv"
if [ ! -s "$IN" ]; then
  echo "generating $ROWS rows (seed $SEED) into $IN"
  /usr/bin/time -f "gen-roster: %e s, peak %M KiB" "$HABEAS" gen-roster --rows "$ROWS" --seed "$SEED" -o "$IN"
fi
ls -l "$IN"
for fmt in csv parquet; do
  OUT="$DIR/out-$ROWS.$fmt"
  echo "habeas screen $IN -o $OUT"
  /usr/bin/time -f "screen to $fmt: %e s wall, %U s user, %S s sys, peak %M KiB" \
    "$HABEAS" screen "$IN" -o "$OUT" --quiet
  ROWS_OUT=$([ "$fmt" = csv ] && echo $(( $(wc -l < "$OUT") - 1 )) || echo "-")
  echo "  output rows: $ROWS_OUT"
done
# The summary once (it is printed on standard error).
"$HABEAS" screen "$IN" -o "$DIR/out-$ROWS.csv" 2>&1 >/dev/null | tail -n 20

#!/usr/bin/env bash
# Real-browser tests of the web interview (issue 9): installs Chromium and
# the Node packages when missing, starts `habeas serve` on a free local
# port over a fresh database, runs tests/browser/interview.test.mjs, stops
# the server. Screenshots and memos go to target/browser-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ART="$ROOT/target/browser-artifacts"
mkdir -p "$ART"

if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
(cd tests/browser && { [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] || npm ci --no-audit --no-fund; })

cargo build -q -p habeas-cli
BIN="$ROOT/target/debug/habeas"
TMP=$(mktemp -d)
DB="$TMP/habeas.db"
PID=""
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -rf "$TMP"; }
trap cleanup EXIT

ORG=$("$BIN" admin create-org "browser tests" --db "$DB" 2>/dev/null)
TOKEN=$("$BIN" admin create-token --org "$ORG" --role attorney --db "$DB" 2>/dev/null)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --db "$DB" --bind "127.0.0.1:$PORT" >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.1
done

set +e
HABEAS_URL="http://127.0.0.1:$PORT" HABEAS_TOKEN="$TOKEN" ARTIFACTS="$ART" node tests/browser/interview.test.mjs
RC=$?
set -e
[ $RC -eq 0 ] || { echo "server log:"; tail -20 "$TMP/server.log"; }
exit $RC

#!/usr/bin/env bash
# Load test of the habeas server on loopback, bounded in time: p50/p99
# latency and throughput for
#   - POST /v1/determine              (stateless, CPU-bound)
#   - POST /v1/cases                  (a durable write: a new case)
#   - POST /v1/cases/{id}/determine   (a durable decision record, hash-chained,
#                                      group-committed)
# with wrk (Debian package; installed if missing): closed loop, each
# connection sends its next request when the last is answered. Then an open
# loop at a fixed rate (BENCH_RATE, default 10000 requests/s) on
# POST /v1/determine with oha (`cargo install oha`, into target/bench-tools,
# if missing), which corrects for coordinated omission: this is the figure
# for "p99 at 10k req/s". Each run lasts BENCH_SECONDS (default 10). Figures
# go in docs/performance.md ("Server").
#
#   bash bench/serve.sh            # builds the release binary first
#   BENCH_SECONDS=5 bash bench/serve.sh
#   BENCH_RATE=8000 bash bench/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${BENCH_SECONDS:-10}
THREADS=${BENCH_THREADS:-2}

if ! command -v wrk >/dev/null; then
    echo "bench: installing wrk" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null \
        || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
fi

cargo build --release --quiet --bin habeas
HABEAS=target/release/habeas

work=$(mktemp -d "${TMPDIR:-/tmp}/habeas-bench.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/bench.db"
"$HABEAS" admin create-org "Bench" --db "$db" >/dev/null
token=$("$HABEAS" admin create-token --org 1 --role admin --db "$db" 2>/dev/null)

# A free port.
port=""
for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "bench: no free port" >&2; exit 1; }
url="http://127.0.0.1:$port"

"$HABEAS" serve --db "$db" --bind "127.0.0.1:$port" 2>"$work/server.log" >/dev/null &
server_pid=$!
for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.1
done

case_file=cases/born-in-texas.json
printf '{"case": %s}' "$(cat "$case_file")" >"$work/case-body.json"
case_id=$(curl -s -X POST -H "Authorization: Bearer $token" -d @"$work/case-body.json" "$url/v1/cases" \
    | sed -n 's/.*"id":"\(c_[0-9a-f]*\)".*/\1/p')
[ -n "$case_id" ] || { echo "bench: could not create a case" >&2; cat "$work/server.log" >&2; exit 1; }

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HABEAS_TOKEN")
wrk.headers["Content-Type"] = "application/json"
local path = os.getenv("HABEAS_BODY")
if path ~= nil and path ~= "" then
    local f = assert(io.open(path, "r"))
    wrk.body = f:read("*a")
    f:close()
end
done = function(summary, latency, requests)
    io.write(string.format("SUMMARY p50_ms=%.3f p99_ms=%.3f rps=%.0f errors=%d\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests / (summary.duration / 1e6),
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

export HABEAS_TOKEN=$token
printf '\n%-44s %5s %10s %10s %10s %7s %14s\n' "route" "conns" "p50 ms" "p99 ms" "req/s" "errors" "server CPU µs/req"
# The server's CPU time so far, in clock ticks: user and system.
server_ticks() { awk '{print $14, $15}' "/proc/$server_pid/stat"; }
run() {
    local name=$1 conns=$2 path=$3 body=$4
    local line u0 s0 u1 s1
    read -r u0 s0 <<<"$(server_ticks)"
    line=$(HABEAS_BODY="$body" wrk -t"$THREADS" -c"$conns" -d"${SECONDS_PER_RUN}s" -s "$work/post.lua" "$url$path" \
        | grep '^SUMMARY')
    read -r u1 s1 <<<"$(server_ticks)"
    local p50 p99 rps errs cpu
    p50=$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$line")
    p99=$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")
    rps=$(sed -n 's/.*rps=\([0-9]*\).*/\1/p' <<<"$line")
    errs=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")
    # CPU per request, all and of it in the kernel: ticks are
    # 1/$(getconf CLK_TCK) s.
    cpu=$(awk -v u=$((u1 - u0)) -v k=$((s1 - s0)) -v hz="$(getconf CLK_TCK)" -v r="$rps" -v s="$SECONDS_PER_RUN" \
        'BEGIN { if (r > 0) printf "%.0f (sys %.0f)", (u + k) / hz * 1e6 / (r * s), k / hz * 1e6 / (r * s); else print "-" }')
    printf '%-44s %5s %10s %10s %10s %7s %14s\n' "$name" "$conns" "$p50" "$p99" "$rps" "$errs" "$cpu"
}
run "POST /v1/determine" 4 /v1/determine "$case_file"
run "POST /v1/determine" 32 /v1/determine "$case_file"
run "POST /v1/cases (durable write)" 32 /v1/cases "$work/case-body.json"
run "POST /v1/cases/{id}/determine (decision)" 4 "/v1/cases/$case_id/determine" ""
run "POST /v1/cases/{id}/determine (decision)" 64 "/v1/cases/$case_id/determine" ""

# Open loop at a fixed rate (oha, with latency correction).
RATE=${BENCH_RATE:-10000}
OHA=$(command -v oha || true)
if [ -z "$OHA" ]; then
    OHA=target/bench-tools/bin/oha
    if [ ! -x "$OHA" ]; then
        echo "bench: installing oha into target/bench-tools (a few minutes, once)" >&2
        cargo install oha --locked --quiet --root target/bench-tools >&2
    fi
fi
"$OHA" -z "${SECONDS_PER_RUN}s" -q "$RATE" -c 16 --latency-correction --no-tui --output-format json \
    -m POST -H "Authorization: Bearer $token" -T application/json -D "$case_file" "$url/v1/determine" \
    >"$work/oha.json"
python3 - "$work/oha.json" "$RATE" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s, p = d["summary"], d["latencyPercentiles"]
codes = d.get("statusCodeDistribution", {})
print(f"{'POST /v1/determine at ' + sys.argv[2] + ' req/s (open loop)':44s} {16:5d} {p['p50']*1000:10.3f} {p['p99']*1000:10.3f} {s['requestsPerSec']:10.0f} {sum(v for k, v in codes.items() if k != '200'):7d}")
PY

verify=$(curl -s -H "Authorization: Bearer $token" "$url/v1/audit/verify")
echo
echo "audit after the run: $(sed -n 's/.*"ok":\(true\|false\).*"records":\([0-9]*\).*/ok=\1 records=\2/p' <<<"$verify")"
echo "machine: $(nproc) cores; wrk -t$THREADS, ${SECONDS_PER_RUN}s per run; server and wrk share the machine"

# The store alone: durable decision records per second (SQLite, group commit).
for t in 1 64; do
    cargo run --release --quiet -p habeas-store --example decision_throughput -- "$t" "$((SECONDS_PER_RUN / 2 > 0 ? SECONDS_PER_RUN / 2 : 1))" "$work"
done

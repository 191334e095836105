#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: initdb in a temporary folder, start it
# on 127.0.0.1 on a free port (as the `postgres` user when run as root, since
# initdb refuses root), create a database, and set HABEAS_TEST_DATABASE_URL.
#
# Two ways to use it:
#
#   bash scripts/postgres-test.sh CMD [ARGS...]
#       runs CMD with HABEAS_TEST_DATABASE_URL set, then stops and removes the
#       cluster (whatever CMD's outcome); exits with CMD's code.
#
#   source scripts/postgres-test.sh
#       starts the cluster and exports HABEAS_TEST_DATABASE_URL in the current
#       shell; call `habeas_pg_stop` when done (e.g. `trap habeas_pg_stop EXIT`).
#
# The tests that need PostgreSQL run when HABEAS_TEST_DATABASE_URL is set and
# are skipped with a printed notice otherwise.

habeas_pg_start() {
    local pgbin=${HABEAS_PG_BIN:-/usr/lib/postgresql/15/bin}
    if [ ! -x "$pgbin/initdb" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "postgres-test: installing PostgreSQL (Debian package)" >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
                || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; }
        fi
        pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
        if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
            echo "postgres-test: PostgreSQL is not installed (no initdb)" >&2
            return 1
        fi
    fi

    HABEAS_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/habeas-pg.XXXXXX")
    local run=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$HABEAS_PG_DIR"
        run=(runuser -u postgres --)
    fi

    # A free port: one nothing answers on.
    local port=""
    for _ in $(seq 1 50); do
        local p=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            port=$p
            break
        fi
    done
    if [ -z "$port" ]; then
        echo "postgres-test: no free port found" >&2
        return 1
    fi

    "${run[@]}" "$pgbin/initdb" -D "$HABEAS_PG_DIR/data" -A trust -U habeas -E UTF8 --no-sync >"$HABEAS_PG_DIR/initdb.log" 2>&1 \
        || { cat "$HABEAS_PG_DIR/initdb.log" >&2; return 1; }
    "${run[@]}" "$pgbin/pg_ctl" -D "$HABEAS_PG_DIR/data" -l "$HABEAS_PG_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $HABEAS_PG_DIR -c max_connections=200" start >/dev/null \
        || { cat "$HABEAS_PG_DIR/server.log" >&2; return 1; }
    "${run[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U habeas habeas_test
    HABEAS_PG_CTL=("${run[@]}" "$pgbin/pg_ctl")
    export HABEAS_PG_DIR
    export HABEAS_TEST_DATABASE_URL="postgres://habeas@127.0.0.1:$port/habeas_test"
    echo "postgres-test: PostgreSQL on 127.0.0.1:$port ($HABEAS_TEST_DATABASE_URL)" >&2
}

habeas_pg_stop() {
    if [ -n "${HABEAS_PG_DIR:-}" ] && [ -d "$HABEAS_PG_DIR/data" ]; then
        "${HABEAS_PG_CTL[@]}" -D "$HABEAS_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$HABEAS_PG_DIR"
    fi
    unset HABEAS_TEST_DATABASE_URL HABEAS_PG_DIR
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # Executed: run the command with the database, then clean up.
    set -euo pipefail
    if [ $# -eq 0 ]; then
        echo "usage: bash scripts/postgres-test.sh CMD [ARGS...]   (or: source scripts/postgres-test.sh)" >&2
        exit 2
    fi
    habeas_pg_start
    trap habeas_pg_stop EXIT
    set +e
    "$@"
    code=$?
    set -e
    exit "$code"
else
    habeas_pg_start
fi

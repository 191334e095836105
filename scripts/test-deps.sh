#!/usr/bin/env bash
# Installs the system tools the test suite needs, when they are missing:
# poppler-utils (pdftoppm/pdftotext, for the PDF memo test) and PostgreSQL
# (for the store's PostgreSQL tests). Chromium for the browser tests is
# installed by scripts/browser-test.sh. Needs root and Debian's apt; without
# them it says what is missing and the tests that need it report it.
set -u
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-deps: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${need[@]}" >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${need[@]}" >/dev/null; }
else
    echo "test-deps: missing ${need[*]} (install them, e.g. with apt-get, as root)" >&2
fi
exit 0

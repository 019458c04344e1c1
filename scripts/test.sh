#!/usr/bin/env bash
# Sets up everything, builds both targets and runs every test suite:
#   unit tests of src/core and headless UI frames (ctest), native windows under Xvfb, and the
#   web bundle in headless Chromium, served by scripts/serve_web.py and by nginx under a sub-path.
#   Exits non-zero if any suite fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
scripts/setup.sh || exit 1
scripts/build.sh all || { echo "build failed"; exit 1; }
scripts/build.sh sanitize || { echo "sanitizer build failed"; exit 1; }
scripts/build.sh native-release || { echo "release build failed"; exit 1; }

cache="${AIMENG_CACHE:-$HOME/.cache/aimeng-explorer}"
passed=0
failed=0
suite() { # name command...
  local name=$1; shift
  echo
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "=== $name FAILED"; fi
}

suite "unit and headless UI tests (ctest)" ctest --test-dir build/native --output-on-failure
suite "the same under AddressSanitizer + UBSan, with the 100,000-frame soak and fuzz corpora" \
  env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir build/sanitize --output-on-failure
suite "bounded fuzzing (libFuzzer, ${FUZZ_SECONDS:-20} s a target)" scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
suite "static analysis (clang-format, cppcheck, clang-tidy)" scripts/lint.sh
suite "content schema (python3-jsonschema)" /usr/bin/python3 tests/tools/check_schema.py
suite "native window tests (Xvfb)" tests/native/window_test.sh build/native
suite "native interaction and kiosk tests (Xvfb, xdotool, zbarimg)" timeout 600 tests/native/interaction_test.sh build/native
suite "packages (.deb and .tar.gz, installed binary renders)" tests/native/package_test.sh build/native-release

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 100); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; echo "no answer from $1"; return 1; }
browser_suite() { # name url
  suite "$1" env NODE_PATH="$cache/node_modules" AIMENG_WEB_URL="$2" node --test "$root/tests/browser/"
}
port=$(free_port)
/usr/bin/python3 scripts/serve_web.py --port "$port" --quiet &
server=$!
nginx_port=$(free_port)
scripts/serve_nginx.sh --port "$nginx_port" --prefix /explorer/ 2>/dev/null &
nginx_server=$!
trap 'kill $server $nginx_server 2>/dev/null' EXIT
wait_for "http://127.0.0.1:$port/"
browser_suite "browser tests (Chromium, scripts/serve_web.py)" "http://127.0.0.1:$port/"
wait_for "http://127.0.0.1:$nginx_port/explorer/"
browser_suite "browser tests again, against nginx with platform/nginx/ under /explorer/" "http://127.0.0.1:$nginx_port/explorer/"

echo
echo "test suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

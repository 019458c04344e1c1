#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each (default 20; as long as you like by hand),
# starting from its corpus in tests/fuzz/corpus/<name>. New inputs that reach new code are
# kept in build/fuzz-corpus/<name>; a crash leaves its input as ./crash-* and fails the run:
# fix the bug, then add that input to tests/fuzz/corpus/<name> as a regression test.
#   scripts/fuzz.sh [SECONDS]          (needs the sanitize build: cmake --build --preset sanitize)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-20}
failed=0
targets=(content content_pack route settings rich_text)
for name in "${targets[@]}"; do
  bin=build/sanitize/tests/fuzz/fuzz_$name
  [ -x "$bin" ] || { echo "missing $bin: build the sanitize preset first"; exit 1; }
  work=build/fuzz-corpus/$name
  mkdir -p "$work"
  echo "[fuzz] $name for ${seconds}s"
  if ! "$bin" -dict="tests/fuzz/dict/$name.dict" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=0 \
       "$work" "tests/fuzz/corpus/$name" > "build/fuzz-$name.log" 2>&1; then
    failed=$((failed + 1))
    echo "FAIL - fuzz_$name: see build/fuzz-$name.log"; tail -30 "build/fuzz-$name.log"
  fi
done
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

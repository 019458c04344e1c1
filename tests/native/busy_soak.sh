#!/usr/bin/env bash
# Runs the interaction and kiosk test RUNS times in a row with every core kept busy by a CPU
# burner, as a booth laptop or a loaded CI machine would be. Not part of scripts/test.sh (it
# takes about two minutes a run); used to check that timing-sensitive steps hold up.
#   tests/native/busy_soak.sh [RUNS] [BUILD_DIR]     (defaults: 20, build/native)
set -uo pipefail
runs=${1:-20}
build=${2:-build/native}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
burners=()
for _ in $(seq "$(nproc)"); do (while :; do :; done) & burners+=($!); done
trap 'kill "${burners[@]}" 2>/dev/null' EXIT
passed=0
failed=0
for i in $(seq "$runs"); do
  if log=$(timeout 600 "$here/interaction_test.sh" "$build" 2>&1); then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "run $i failed:"
    grep FAIL <<<"$log"
  fi
done
echo "busy soak: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Builds the native app (build/native/aimeng-explorer, with tests), the web bundle
# (build/web/), or both. Run scripts/setup.sh first (start.sh and test.sh do).
#   scripts/build.sh [native|native-release|web|sanitize|all]   (default: all = native and web)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from here
jobs=$(nproc)
build_preset() {
  echo "[build] $1"
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j"$jobs"
}
case "${1:-all}" in
  native) build_preset native ;;
  native-release) build_preset native-release ;;
  web) build_preset web ;;
  sanitize) build_preset sanitize ;;
  all) build_preset native; build_preset web ;;
  *) echo "usage: scripts/build.sh [native|native-release|web|sanitize|all]" >&2; exit 2 ;;
esac

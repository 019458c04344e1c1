#!/usr/bin/env bash
# Sets up everything and starts the app: the native window where a display exists, otherwise
# the web bundle served on http://127.0.0.1:8080/. Extra arguments go to the native app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  scripts/build.sh native-release
  exec build/native-release/aimeng-explorer "$@"
fi
scripts/build.sh web
echo "No display found: serving the web app. Open http://127.0.0.1:8080/ in a browser (Ctrl+C stops)."
exec /usr/bin/python3 scripts/serve_web.py --port "${PORT:-8080}"

#!/usr/bin/env bash
# Last step of the web build: writes build-info.js (the bundle's version and wasm size, for
# the loader's progress bar and cache-busting) and NAME.br / NAME.gz beside every text or
# wasm file, so a static server can send them pre-compressed.
set -euo pipefail
dir=${1:?usage: finish-web-bundle.sh BUILD_WEB_DIR}
wasm="$dir/app.wasm"
[ -f "$wasm" ] || { echo "finish-web-bundle: $wasm is missing" >&2; exit 1; }
version=$(cat "$dir/app.js" "$wasm" "$dir/shell.js" "$dir/index.html" "$dir/style.css" | sha256sum | cut -c1-12)
printf 'window.aimengBuild = { version: "%s", wasmBytes: %d };\n' "$version" "$(stat -c %s "$wasm")" > "$dir/build-info.js"
find "$dir" -maxdepth 2 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.json' -o -name '*.webmanifest' -o -name '*.svg' -o -name '*.txt' \) | while read -r f; do
  brotli -f -q 11 -o "$f.br" "$f"
  gzip -9 -n -c "$f" > "$f.gz"
done

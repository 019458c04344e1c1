#!/usr/bin/env bash
# Last step of the web build, after the .js and .wasm are linked into OUT_DIR:
#   - index.html from web/index.html with the text version generated from content.json;
#   - icons drawn by scripts/make_icons.py (kept while the script is unchanged);
#   - the compile warmer's names for the wasm's imports (scripts/wasm_imports.py into warm.js);
#   - V8's hint to compile app.js's functions as it streams in;
#   - the version (cache-busting) and the wasm's size (progress bar) written into shell.js, and
#     the version into index.html's preload links;
#   - sw.js with that version and the list of files to keep offline;
#   - NAME.br and NAME.gz beside every text or wasm file, for servers to send pre-compressed;
#   - the link's symbol map (app.js.symbols) moved out of the bundle, to SYMBOLS_FILE.
#   scripts/finish-web-bundle.sh OUT_DIR SOURCE_DIR [SYMBOLS_FILE]
set -euo pipefail
out=${1:?usage: finish-web-bundle.sh OUT_DIR SOURCE_DIR [SYMBOLS_FILE]}
src=${2:?usage: finish-web-bundle.sh OUT_DIR SOURCE_DIR [SYMBOLS_FILE]}
symbols=${3:-}
python=/usr/bin/python3
[ -f "$out/app.wasm" ] || { echo "finish-web-bundle: $out/app.wasm is missing" >&2; exit 1; }
if [ -f "$out/app.js.symbols" ]; then
  if [ -n "$symbols" ]; then mv -f "$out/app.js.symbols" "$symbols"; else rm -f "$out/app.js.symbols"; fi
fi

"$python" "$src/scripts/make_text_version.py" "$src/assets/content.json" "$src/web/index.html" "$out/index.html"

stamp="$out/.icons-$(sha1sum "$src/scripts/make_icons.py" | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$python" "$src/scripts/make_icons.py" "$out"
  touch "$stamp"
fi

# The compile warmer's names for this link's imports and exports (web/warm.js).
"$python" "$src/scripts/wasm_imports.py" "$out/app.js" "$out/warm.js"

# V8's compile hint for app.js (web/shell.js has its own): every function is compiled while the
# script streams in, on a background thread, rather than on the page's thread at its first call
# (before ready at 4x CPU: 78 ms of such compiling on the page's thread, 6 with the hint).
# Chromium reads it only as the script's first line.
hint='//# allFunctionsCalledOnLoad'
[ "$(head -n 1 "$out/app.js")" = "$hint" ] || sed -i "1i $hint" "$out/app.js"

version=$(cat "$out/app.js" "$out/app.wasm" "$out/shell.js" "$out/render.js" "$out/warm.js" "$out/index.html" "$out/style.css" | sha256sum | cut -c1-12)
sed -i "s/__VERSION__/$version/g" "$out/index.html"  # the page's preload links
sed -i -e "s/__VERSION__/$version/g" -e "s/__WASM_BYTES__/$(stat -c %s "$out/app.wasm")/g" "$out/shell.js"

files='["./", "index.html", "style.css", "shell.js", "app.js?v='"$version"'", "render.js?v='"$version"'", "warm.js?v='"$version"'", "app.wasm?v='"$version"'", "manifest.webmanifest", "icon.svg", "icon-32.png", "icon-48.png", "icon-180.png", "icon-192.png", "icon-512.png", "icon-maskable-512.png"]'
sed -e "s/__VERSION__/$version/" -e "s|__FILES__|$files|" "$src/web/sw.js" > "$out/sw.js"

find "$out" -maxdepth 1 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.json' -o -name '*.webmanifest' -o -name '*.svg' -o -name '*.txt' \) | while read -r f; do
  brotli -f -q 11 -o "$f.br" "$f"
  gzip -9 -n -c "$f" > "$f.gz"
done

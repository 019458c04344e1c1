#!/usr/bin/env bash
# The native app as a user runs it: real windows under Xvfb (screenshots of every route at
# laptop and phone sizes, checked for content and for differing between routes) and the
# window-less commands (--help, --calc, --check-content, bad flags).
#   tests/native/window_test.sh BUILD_DIR
set -uo pipefail
build=${1:?usage: window_test.sh BUILD_DIR}
app="$build/aimeng-explorer"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pngstat="/usr/bin/python3 $here/../tools/pngstat.py"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }
json() { /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# --- window-less commands -----------------------------------------------------------------
check "--help exits 0 and lists --screenshot" "'$app' --help | grep -q -- '--screenshot'"
"$app" --frobnicate >/dev/null 2>"$out/err"; rc=$?
check "an unknown flag exits 2 with a message" "[ $rc -eq 2 ] && grep -q 'unknown option \"--frobnicate\"' '$out/err'"
"$app" --size 5x5 >/dev/null 2>"$out/err"; rc=$?
check "a bad --size exits 2 naming the flag" "[ $rc -eq 2 ] && grep -q -- '--size' '$out/err'"

"$app" --calc '/calculator?path=12m&figures=2024-25&start=2024&tuition_increase=0&living_increase=0' > "$out/12m.csv"; rc=$?
check "--calc 12m exits 0" "[ $rc -eq 0 ]"
check "--calc prints the CSV header" "head -1 '$out/12m.csv' | grep -qx 'term,start,end,item,kind,amount_usd,basis'"
check "--calc 12m tuition is 75,877" "grep -q '^TOTAL,.*,tuition,tuition,75877.00,' '$out/12m.csv'"
check "--calc 12m net is 113,892" "grep -q '^TOTAL,.*,net,net,113892.00,' '$out/12m.csv'"
"$app" --calc '/calculator?path=16m1&start=2024&tuition_increase=0&living_increase=0' > "$out/16m1.csv"
check "--calc 16m1 tuition is 85,774" "grep -q '^TOTAL,.*,tuition,tuition,85774.00,' '$out/16m1.csv'"
"$app" --calc '/calculator?path=online&start=2024&tuition_increase=0&living_increase=0' > "$out/online.csv"
check "--calc online net is 99,734" "grep -q '^TOTAL,.*,net,net,99734.00,' '$out/online.csv'"
"$app" --calc '/calculator?path=7m&colour=red' >/dev/null 2>"$out/err"; rc=$?
check "--calc with a bad route exits 2 naming the keys" "[ $rc -eq 2 ] && grep -q 'path' '$out/err' && grep -q 'colour' '$out/err'"

"$app" --a11y-tree '/calculator?path=16m1&start=2028' --size 390x844 > "$out/tree"; rc=$?
check "--a11y-tree exits 0 and prints the landmarks" "[ $rc -eq 0 ] && grep -qx 'banner' '$out/tree' && grep -qx 'main' '$out/tree'"
check "--a11y-tree shows the calculator's values and states" \
  "grep -q 'spinbutton \"First fall (year)\" value=\"2028\"' '$out/tree' && grep -q 'radio \"16 months, 1 last course\" \[checked\]' '$out/tree'"
check "--a11y-tree at phone size has the tab bar" "grep -q 'tab \"Cost & timeline\" \[selected\]' '$out/tree'"

"$app" --check-content "$here/../../assets/content.json" --today 2025-09-01 > "$out/check"; rc=$?
check "--check-content accepts the shipped content (as of 2025-09-01)" "[ $rc -eq 0 ] && grep -q '0 error(s), 0 warning(s)' '$out/check'"
"$app" --check-content "$here/../../assets/content.json" --today 2026-12-02 > "$out/check"; rc=$?
check "--check-content warns on 2026-12-02 that the newest figures (2024-25) are two academic years old" \
  "[ $rc -eq 0 ] && grep -q 'warning: /cost_years: the newest cost figures are 2024-25' '$out/check' && grep -q '0 error(s), 1 warning(s)' '$out/check'"
"$app" --check-content "$here/../../assets/content.json" --today 2028-01-05 > "$out/check"; rc=$?
check "--check-content warns on 2028-01-05 that the facts were last checked more than a year before" \
  "[ $rc -eq 0 ] && grep -q 'warning: /facts_checked: the facts were last checked on 2026-12-02' '$out/check'"
"$app" --check-content "$here/../../assets/content.json" > "$out/check"; rc=$?
check "--check-content warns on the shipped file today (the clock's date)" "[ $rc -eq 0 ] && grep -q 'warning: /cost_years:' '$out/check'"
"$app" --today 2026-02-30 --calc /calculator > /dev/null 2> "$out/err"; rc=$?
check "--today refuses a day that does not exist" "[ $rc -eq 2 ] && grep -q 'today' '$out/err'"
"$app" --check-content "$here/../fixtures/broken-types.json" > "$out/check"; rc=$?
check "--check-content rejects broken content with pointers and lines" \
  "[ $rc -eq 1 ] && grep -q '/courses/1/credits' '$out/check' && grep -qE 'broken-types.json:[0-9]+:[0-9]+' '$out/check'"
"$app" --check-content /nonexistent.json > /dev/null 2>&1; rc=$?
check "--check-content on a missing file exits 1" "[ $rc -eq 1 ]"

# Photos: a fictional test profile with a real PNG, one with a missing file, one not an image.
mkdir -p "$out/photos"
/usr/bin/python3 - "$here/../../assets/content.json" "$out/photos" <<'PY'
import json, struct, sys, zlib
content = json.load(open(sys.argv[1]))
folder = sys.argv[2]
def png(w, h):
    rows = b"".join(b"\x00" + b"".join(bytes([(x * 255) // w, 120, (y * 255) // h, 255]) for x in range(w)) for y in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(folder + "/photo.png", "wb").write(png(64, 64))
open(folder + "/not-an-image.png", "w").write("hello")
content["students"] += [
    {"id": "test-photo", "names": ["Test Photo"], "class_year": 2030, "photo": "photo.png"},
    {"id": "test-missing", "names": ["Test Missing"], "class_year": 2030, "photo": "missing.png"},
    {"id": "test-garbage", "names": ["Test Garbage"], "class_year": 2030, "photo": "not-an-image.png"},
]
json.dump(content, open(folder + "/content.json", "w"))
PY
"$app" --check-content "$out/photos/content.json" > "$out/check"; rc=$?
check "--check-content reports a missing photo and a non-image as warnings" \
  "[ $rc -eq 0 ] && grep -q '/students/4/photo: .*missing.png: the file does not exist' '$out/check' && grep -q '/students/5/photo: .*not-an-image.png: not a PNG or JPEG image' '$out/check'"
timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --size 1440x900 --content "$out/photos/content.json" \
  --route /students/test-photo --screenshot "$out/photo.png" 2>/dev/null; rc=$?
check "a profile with a photo, and two with broken photos, still render" "[ $rc -eq 0 ] && [ -s '$out/photo.png' ]"

# --- hostile files and flags ------------------------------------------------------------------
mkfifo "$out/fifo"
for special in /dev/zero /dev/urandom "$out/fifo" "$out"; do
  timeout 10 "$app" --check-content "$special" > /dev/null 2> "$out/err"; rc=$?
  check "--check-content refuses $special at once, saying what it is" \
    "[ $rc -eq 1 ] && grep -qE 'is a (device|FIFO|directory)' '$out/err'"
done
head -c 9000000 /dev/zero | tr '\0' ' ' > "$out/big.json"
timeout 10 "$app" --check-content "$out/big.json" > /dev/null 2> "$out/err"; rc=$?
check "--check-content refuses a 9 MB file by its size" "[ $rc -eq 1 ] && grep -q 'is 9000000 bytes; the limit is 8388608' '$out/err'"
sed 's/"format_version": 1/"format_version": 1, "x": 1e400/' "$here/../../assets/content.json" > "$out/huge-number.json"
timeout 10 "$app" --check-content "$out/huge-number.json" > "$out/check"; rc=$?
check "--check-content locates a number beyond a double" "[ $rc -eq 1 ] && grep -qE 'huge-number.json:[0-9]+:[0-9]+: error: a number too large' '$out/check'"
timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --size 1440x900 --content "$out/huge-number.json" \
  --screenshot "$out/huge-number.png" 2>/dev/null; rc=$?
check "the app starts on its built-in content when --content holds a number beyond a double" "[ $rc -eq 0 ] && [ -s '$out/huge-number.png' ]"
printf '{"format_version": 1, "a\\u001b[2J": 1}' > "$out/escape.json"
"$app" --check-content "$out/escape.json" > "$out/check"
check "--check-content prints a control character from the file as an escape" \
  "grep -q 'a.x1B\[2J' '$out/check' && ! grep -q \"$(printf '\033')\" '$out/check'"
sed 's/"tuition": 32990,/"tuition": 1,/' "$here/../../assets/content.json" > "$out/cheap.json"
"$app" --content "$out/cheap.json" --calc '/calculator?path=12m&start=2026&figures=2024-25' > "$out/cheap.csv"
"$app" --calc '/calculator?path=12m&start=2026&figures=2024-25' > "$out/shipped.csv"
check "--calc calculates with the figures --content names" "! cmp -s '$out/cheap.csv' '$out/shipped.csv'"
timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --size 640x480 --screenshot "$out/log.png" \
  --frame-log /nonexistent/dir/log 2> "$out/err"; rc=$?
check "--frame-log to a path that cannot be written exits 1" "[ $rc -eq 1 ] && grep -q 'cannot write' '$out/err'"

# --- real windows under Xvfb ----------------------------------------------------------------
shoot() { # name size route
  timeout 60 xvfb-run -a -s "-screen 0 3840x2160x24" "$app" --size "$2" --route "$3" --screenshot "$out/$1.png" 2>"$out/$1.err"
}
for size in 1440x900 390x844; do
  for route in program students calculator; do
    name="$route-$size"
    if shoot "$name" "$size" "/$route"; then
      stats=$($pngstat stats "$out/$name.png")
      colors=$(echo "$stats" | json '["colors"]')
      dark=$(echo "$stats" | json '["dark_fraction"]')
      width=$(echo "$stats" | json '["width"]')
      check "$name: a real picture ($colors colours)" "[ $colors -gt 300 ] && [ ${width} -eq ${size%x*} ]"
      check "$name: has text and the navy header" "/usr/bin/python3 -c 'import sys; sys.exit(0 if $dark > 0.02 else 1)'"
    else
      bad "$name: --screenshot failed: $(cat "$out/$name.err")"
    fi
  done
  for pair in "program students" "students calculator" "program calculator"; do
    set -- $pair
    frac=$($pngstat diff "$out/$1-$size.png" "$out/$2-$size.png" | json '["changed_fraction"]')
    check "$size: /$1 and /$2 differ ($frac of pixels)" "/usr/bin/python3 -c 'import sys; sys.exit(0 if $frac > 0.05 else 1)'"
  done
done
shoot profile 1440x900 /students/shyamal-anadkat && check "a profile route renders" "[ -s '$out/profile.png' ]" || bad "profile route"
shoot scenario 1440x900 '/calculator?path=online&start=2026' && shoot scenario2 1440x900 '/calculator?path=12m&start=2026'
frac=$($pngstat diff "$out/scenario.png" "$out/scenario2.png" | json '["changed_fraction"]')
check "different calculator routes draw different results ($frac)" "/usr/bin/python3 -c 'import sys; sys.exit(0 if $frac > 0.005 else 1)'"

# --- settings persist between runs, atomically; a corrupt file is moved aside -------------
run_briefly() { # seconds args...  (starts the app in a window, then closes it like a user)
  local secs=$1; shift
  XDG_CONFIG_HOME="$out/config" timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" \
    bash -c "'$app' $* & pid=\$!; sleep $secs; kill -TERM \$pid; wait \$pid" >/dev/null 2>&1
}
run_briefly 3 --route "'/calculator?path=online&start=2030'"
settings="$out/config/aimeng-explorer/settings.json"
check "settings are saved with the calculator's inputs" "grep -q 'path=online' '$settings' && grep -q 'start=2030' '$settings'"
check "no temporary file is left behind" "[ ! -e '$settings.tmp' ]"
echo '{ this is not json' > "$settings"
run_briefly 3
check "a corrupt settings file is moved aside" "ls '$out/config/aimeng-explorer/' | grep -q 'settings.json.corrupt-'"
check "and a valid one is written in its place" "grep -q '\"format_version\": 1' '$settings'"
echo '{"format_version": 2, "theme": "dark"}' > "$settings"
run_briefly 3
check "a settings file from a newer version is kept aside, not overwritten" \
  "grep -q '\"format_version\": 2' '$out/config/aimeng-explorer/'settings.json.newer-version-*"
rm -f "$settings"; ln -s /dev/zero "$settings"
started=$(date +%s)
run_briefly 3
elapsed=$(( $(date +%s) - started ))
kept=$(ls -d "$out/config/aimeng-explorer/"settings.json.not-a-file-* 2>/dev/null | head -1)
check "a settings file that links to /dev/zero is refused at once and kept aside (${elapsed}s)" \
  "[ $elapsed -lt 30 ] && [ -L '$kept' ] && [ -f '$settings' ] && [ ! -L '$settings' ]"

echo "window tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

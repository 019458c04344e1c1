#!/usr/bin/env bash
# The packages: cpack makes a .deb and a .tar.gz from the release build; the .deb unpacks to a
# binary, a desktop entry and an icon, and the unpacked binary starts and renders with no
# network and no files outside the package (HOME and XDG folders empty).
#   tests/native/package_test.sh RELEASE_BUILD_DIR
set -uo pipefail
build=$(cd "${1:?usage: package_test.sh RELEASE_BUILD_DIR}" && pwd)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   - $1"; else failed=$((failed + 1)); echo "FAIL - $1"; fi; }

(cd "$build" && cpack -B "$out/pkg" >"$out/cpack.log" 2>&1)
deb=$(ls "$out"/pkg/*.deb 2>/dev/null | head -1)
tgz=$(ls "$out"/pkg/*.tar.gz 2>/dev/null | head -1)
check "cpack makes a .deb" "[ -n '$deb' ]"
check "cpack makes a .tar.gz" "[ -n '$tgz' ]"
check "the .deb declares its library dependencies" "dpkg-deb -f '$deb' Depends | grep -q libsdl2"
dpkg-deb -x "$deb" "$out/root"
check "it installs the binary" "[ -x '$out/root/usr/bin/aimeng-explorer' ]"
check "it installs a desktop entry" "grep -q '^Exec=aimeng-explorer' '$out/root/usr/share/applications/aimeng-explorer.desktop'"
check "it installs the icon" "[ -s '$out/root/usr/share/icons/hicolor/512x512/apps/aimeng-explorer.png' ]"
in_tgz=$(tar -tzf "$tgz" 2>/dev/null | grep -c 'bin/aimeng-explorer$')
check "the .tar.gz holds the binary" "[ '$in_tgz' -ge 1 ]"
mkdir -p "$out/home"
env -i PATH=/usr/bin:/bin HOME="$out/home" timeout 60 xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$out/root/usr/bin/aimeng-explorer" --size 1280x800 --route /calculator --screenshot "$out/shot.png" 2>"$out/err"
colors=$(/usr/bin/python3 "$here/../tools/pngstat.py" stats "$out/shot.png" 2>/dev/null | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['colors'])" 2>/dev/null || echo 0)
check "the installed binary renders with nothing but the package ($colors colours)" "[ '$colors' -gt 300 ]"
echo "package tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

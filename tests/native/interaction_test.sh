#!/usr/bin/env bash
# The native app driven with real input (xdotool) under Xvfb: clicking through screens, typing
# into the calculator, settings surviving a restart, and kiosk mode (QR code, idle reset,
# exit chord). The app's QR code of its current link (decoded with zbarimg) shows its state.
#   tests/native/interaction_test.sh BUILD_DIR
set -uo pipefail
build=${1:?usage: interaction_test.sh BUILD_DIR}
app="$(cd "$build" && pwd)/aimeng-explorer"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out=$(mktemp -d)
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
bad() { failed=$((failed + 1)); echo "FAIL - $1"; }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }

exec 3> "$out/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$out/display")"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$out"; }
trap cleanup EXIT
export XDG_CONFIG_HOME="$out/config"
share="https://example.org/explorer/"

start_app() { "$app" --share-url "$share" "$@" >"$out/app.log" 2>&1 & app_pid=$!; sleep 2; }
window() { xdotool search --sync --name "AI MEng Explorer" | head -1; }
click_at() { xdotool mousemove --window "$(window)" "$1" "$2" click 1; sleep 0.6; }
# The link the app shows as a QR code right now (opens the QR panel, reads it, closes it).
qr_link() { # qr-button-x qr-button-y
  click_at "$1" "$2"
  xwd -root -silent > "$out/screen.xwd"
  /usr/bin/python3 "$here/../tools/xwd2png.py" "$out/screen.xwd" "$out/screen.png"
  zbarimg -q --raw "$out/screen.png" 2>/dev/null | head -1
  xdotool key Escape  # closes the panel
  sleep 0.4
}

# --- an ordinary window, 1440x900, text scale 1 (1 em = 17 px) ------------------------------
em=17
qr_x=$(awk -v e=$em 'BEGIN { printf "%d", 1440 - 1.4*e - 2*2.4*e - 0.4*e - 2.4*e - 0.4*e + 1.2*e }')
qr_y=$(awk -v e=$em 'BEGIN { printf "%d", 2*e }')
nav_y() { awk -v e=$em -v i="$1" 'BEGIN { printf "%d", (4 + 1.2 + 2.9*i + 1.35) * e }'; }
start_app --size 1440x900 --text-scale 1
link=$(qr_link "$qr_x" "$qr_y")
check "the QR code carries the current screen's link ($link)" "[ '$link' = '${share}#/program' ]"
click_at $((5 * em)) "$(nav_y 1)"
link=$(qr_link "$qr_x" "$qr_y")
check "clicking Students in the side bar opens it" "[ '$link' = '${share}#/students' ]"
click_at $((5 * em)) "$(nav_y 2)"
link=$(qr_link "$qr_x" "$qr_y")
check "clicking Cost & timeline opens the calculator" "case '$link' in '${share}#/calculator?path=12m'*) true;; *) false;; esac"
# Type a first fall: the year field sits at (19.2 em, 29.1 em) of the window (measured on a
# screenshot of this layout at text scale 1).
year_y=$(awk -v e=$em 'BEGIN { printf "%d", 29.1 * e }')
year_x=$(awk -v e=$em 'BEGIN { printf "%d", 19.2 * e }')
click_at "$year_x" "$year_y"
xdotool key --clearmodifiers ctrl+a
xdotool type --delay 50 2031
xdotool key Return
sleep 0.6
link=$(qr_link "$qr_x" "$qr_y")
check "typing 2031 into the first fall re-dates the scenario ($link)" "case '$link' in *start=2031*) true;; *) false;; esac"
kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""
check "settings were saved on exit" "grep -q 'start=2031' '$XDG_CONFIG_HOME/aimeng-explorer/settings.json'"
start_app --size 1440x900 --text-scale 1
click_at $((5 * em)) "$(nav_y 2)"
link=$(qr_link "$qr_x" "$qr_y")
check "after a restart the calculator has the same inputs" "case '$link' in *start=2031*) true;; *) false;; esac"
kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null; app_pid=""

# --- kiosk: full screen 1920x1080, text scale 1.25 ------------------------------------------
em=21.25
kqr_x=$(awk -v e=$em 'BEGIN { printf "%d", 1920 - 1.4*e - 2*2.4*e - 0.4*e - 2.4*e - 0.4*e + 1.2*e }')
kqr_y=$(awk -v e=$em 'BEGIN { printf "%d", 2*e }')
start_app --kiosk --idle-timeout 5 --route '/calculator?path=online&start=2030'
link=$(qr_link "$kqr_x" "$kqr_y")
check "kiosk: the QR code links the visitor's scenario" "case '$link' in *'#/calculator?path=online'*'start=2030'*) true;; *) false;; esac"
xdotool key --clearmodifiers alt+F4
sleep 1
check "kiosk: Alt+F4 does not close it" "kill -0 $app_pid 2>/dev/null"
sleep 6  # idle: the reset and the attract screen
xwd -root -silent > "$out/attract.xwd"
/usr/bin/python3 "$here/../tools/xwd2png.py" "$out/attract.xwd" "$out/attract.png"
dark=$(/usr/bin/python3 "$here/../tools/pngstat.py" stats "$out/attract.png" | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)['dark_fraction'])")
check "kiosk: after the idle timeout the attract screen fills it ($dark dark)" "/usr/bin/python3 -c 'import sys; sys.exit(0 if $dark > 0.9 else 1)'"
click_at 960 540  # wake it: this touch must not click anything
click_at $((5 * 21)) "$(awk -v e=$em 'BEGIN { printf "%d", (4 + 1.2 + 2.9*2 + 1.35) * e }')"
link=$(qr_link "$kqr_x" "$kqr_y")
check "kiosk: the next visitor gets a fresh calculator ($link)" \
  "case '$link' in *'#/calculator?path=12m'*) true;; *) false;; esac && case '$link' in *start=2030*) false;; *) true;; esac"
# The chord must work on its first press even while the attract screen shows (the press that
# wakes the screen must not be swallowed): let it go idle again, then press it once.
sleep 6
xdotool key --clearmodifiers --delay 80 ctrl+alt+shift+q
for _ in $(seq 75); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done  # up to 15 s on a busy machine
check "kiosk: Ctrl+Alt+Shift+Q quits on its first press, even from the attract screen" "! kill -0 $app_pid 2>/dev/null"
kill -9 "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=""
check "kiosk: nothing of the visitor was saved" "! grep -q 'start=2030' '$XDG_CONFIG_HOME/aimeng-explorer/settings.json'"

echo "interaction tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

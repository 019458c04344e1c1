#!/usr/bin/env bash
# The benchmark suite (not part of the tests). Builds what it needs, measures the app and a
# baseline in the same run (the plain Dear ImGui SDL2 + OpenGL 3 example with its demo window,
# built from the same ImGui and SDL2 sources with the same flags) and prints a table of
# figures with ratios. `bench/run.sh --record` also writes bench/RESULTS.md.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
record=0
[ "${1:-}" = "--record" ] && record=1
cache="${AIMENG_CACHE:-$HOME/.cache/aimeng-explorer}"
export NODE_PATH=/usr/share/nodejs

scripts/setup.sh >/dev/null || exit 1
scripts/build.sh web >/dev/null || exit 1
scripts/build.sh native-release >/dev/null || exit 1
emcmake cmake -S bench/baseline -B build/bench/baseline-web -DCMAKE_BUILD_TYPE=MinSizeRel -DIMGUI_DIR="$cache/imgui" \
  -DSDL2_WEB_DIR="$cache/sdl2-web" >/dev/null && cmake --build build/bench/baseline-web -j"$(nproc)" >/dev/null || exit 1
cmake -S bench/baseline -B build/bench/baseline-native -DCMAKE_BUILD_TYPE=Release -DIMGUI_DIR="$cache/imgui" >/dev/null &&
  cmake --build build/bench/baseline-native -j"$(nproc)" >/dev/null || exit 1

# The benchmarks' own npm modules (Lighthouse is large, so the tests do not install it).
bench_node="$cache/bench-node-$(sha1sum bench/package.json | cut -c1-12)"
if [ ! -f "$bench_node/.complete" ]; then
  mkdir -p "$bench_node" && cp bench/package.json "$bench_node/" &&
    (cd "$bench_node" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent) || exit 1
  touch "$bench_node/.complete"
fi

rows=()
row() { rows+=("$(printf '| %s | %s | %s | %s |' "$1" "$2" "$3" "$4")"); }
ratio() { /usr/bin/python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}' if b else 'n/a')" "$1" "$2"; }
kb() { /usr/bin/python3 -c "import sys; print(f'{int(sys.argv[1])/1024:.1f} KB')" "$1"; }
sum_sizes() { local total=0; for f in "$@"; do [ -f "$f" ] && total=$((total + $(stat -c %s "$f"))); done; echo $total; }

# --- web bundle: everything the first frame needs ---------------------------------------------
app_files=(index.html style.css shell.js render.js warm.js app.js app.wasm)
base_files=(index.html baseline.js demo.js demo.wasm)
for enc in raw gz br; do
  suffix=""; [ "$enc" != raw ] && suffix=".$enc"
  a=0; for f in "${app_files[@]}"; do a=$((a + $(stat -c %s "build/web/$f$suffix"))); done
  b=0; for f in "${base_files[@]}"; do b=$((b + $(stat -c %s "build/bench/baseline-web/$f$suffix"))); done
  row "web first-frame bytes ($enc)" "$(kb $a)" "$(kb $b)" "$(ratio $a $b)"
done
for f in "${app_files[@]}"; do
  row "  app $f (raw / br)" "$(kb $(stat -c %s build/web/$f)) / $(kb $(stat -c %s build/web/$f.br))" "" ""
done
# Where the wasm's bytes go: its sections, and the data section's largest embedded files.
while IFS=$'\t' read -r what raw br; do row "  app.wasm: $what (raw / br)" "$(kb $raw) / $(kb $br)" "" ""; done < \
  <(/usr/bin/python3 bench/wasm_sizes.py build/web/app.wasm --symbols build/web-build/app.wasm.symbols)

# --- web: time to ready and idle frames ---------------------------------------------------------
port_a=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
port_b=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Both pages from nginx with the shipped configuration, under the sub-path the README deploys to:
# the server a visitor meets (scripts/serve_web.py is for development).
scripts/serve_nginx.sh --port "$port_a" --prefix /explorer/ 2>/dev/null & sa=$!
scripts/serve_nginx.sh --dir build/bench/baseline-web --port "$port_b" --prefix /explorer/ 2>/dev/null & sb=$!
trap 'kill $sa $sb 2>/dev/null' EXIT
app_url="http://127.0.0.1:$port_a/explorer/"
base_url="http://127.0.0.1:$port_b/explorer/"
for url in "$app_url" "$base_url"; do
  for _ in $(seq 50); do curl -sf -o /dev/null "$url" && break; sleep 0.2; done
done
web=$(NODE_PATH="$cache/node_modules" node bench/web_ready.cjs "${app_url}#/program" "$base_url" "${RUNS:-21}")
# One field of a benchmark's JSON output: field JSON KEY.
field() { echo "$1" | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$2"; }
j() { field "$web" "$1"; }
row "web time to ready, median of $(j runs) (ms)" "$(j app_ready_ms)" "$(j baseline_ready_ms)" "$(ratio $(j app_ready_ms) $(j baseline_ready_ms))"
row "web frames drawn in 5 s idle" "$(j app_idle_frames_5s)" "$(j baseline_idle_frames_5s)" "-"
while IFS=$'\t' read -r phase ms; do row "  app start-up: $phase (ms)" "$ms" "" ""; done < <(echo "$web" |
  /usr/bin/python3 -c "import json,sys; [print(f'{k}\t{v}') for k, v in json.load(sys.stdin)['app_phases_ms'].items()]")
row "  app renderer ready to draw, from navigation (ms; ratio: to the baseline's ready)" "$(j app_renderer_ready_ms)" "" \
  "$(ratio $(j app_renderer_ready_ms) $(j baseline_ready_ms))"
row "web longest main-thread task, start to 1 s after ready (ms)" "$(j app_longest_task_ms)" "$(j baseline_longest_task_ms)" "-"
row "web time to ready, CPU slowed 4x, median of $(j runs_4x) (ms)" "$(j app_ready_ms_4x)" "$(j baseline_ready_ms_4x)" \
  "$(ratio $(j app_ready_ms_4x) $(j baseline_ready_ms_4x))"
row "web longest task, CPU slowed 4x: median / worst load (ms)" "$(j app_longest_task_ms_4x) / $(j app_worst_task_ms_4x)" \
  "$(j baseline_longest_task_ms_4x)" "-"
while IFS=$'\t' read -r phase ms; do row "  app start-up at 4x: $phase (ms)" "$ms" "" ""; done < <(echo "$web" |
  /usr/bin/python3 -c "import json,sys; [print(f'{k}\t{v}') for k, v in json.load(sys.stdin)['app_phases_ms_4x'].items()]")
row "  app renderer ready to draw at 4x, from navigation (ms; ratio: to the baseline's ready at 4x)" \
  "$(j app_renderer_ready_ms_4x)" "" "$(ratio $(j app_renderer_ready_ms_4x) $(j baseline_ready_ms_4x))"

# Wasm compiled on the page's main thread before ready, at 4x CPU, against the app with its
# compile warmer blocked (web/warm.js) and the baseline; the JavaScript compiled there, and how
# long the thread is busy in all, from navigation to ready.
wc=$(NODE_PATH="$cache/node_modules" node bench/web_compile.cjs "${app_url}#/program" "$base_url" "${COMPILE_RUNS:-3}")
c() { field "$wc" "$1"; }
row "web wasm compiled on the page's thread before ready, CPU 4x (ms; functions)" \
  "$(c app_page_compile_ms); $(c app_page_functions)" "$(c baseline_page_compile_ms); $(c baseline_page_functions)" \
  "$(ratio $(c app_page_compile_ms) $(c baseline_page_compile_ms))"
row "  the same with the compile warmer blocked (ms; functions)" \
  "$(c app_without_warmer_page_compile_ms); $(c app_without_warmer_page_functions)" "" ""
row "  compiled in the warmer's worker (ms; functions)" "$(c app_worker_compile_ms); $(c app_worker_functions)" "" ""
row "web JavaScript compiled on the page's thread before ready, CPU 4x (ms)" \
  "$(c app_page_js_compile_ms)" "$(c baseline_page_js_compile_ms)" "$(ratio $(c app_page_js_compile_ms) $(c baseline_page_js_compile_ms))"
row "web page's main thread busy from navigation to ready, CPU 4x (ms)" \
  "$(c app_page_busy_ms)" "$(c baseline_page_busy_ms)" "$(ratio $(c app_page_busy_ms) $(c baseline_page_busy_ms))"

# --- web: Lighthouse, mobile preset (simulated slow 4G, 4x CPU), median of 5 -------------------
lh=$(NODE_PATH="$bench_node/node_modules" node bench/lighthouse.cjs "$app_url" "$base_url" "${LIGHTHOUSE_RUNS:-5}")
lhv() { echo "$lh" | /usr/bin/python3 -c "
import json, sys
page = json.load(sys.stdin)['$1']
v = page.get('$2')
print('not measured' if v is None else v)"; }
for metric in score fcp_ms lcp_ms tbt_ms speed_index_ms longest_task_ms; do
  a=$(lhv app $metric); b=$(lhv baseline $metric)
  r="-"; [[ "$a" =~ ^[0-9.]+$ && "$b" =~ ^[0-9.]+$ ]] && r=$(ratio "$a" "$b")
  row "Lighthouse mobile, $metric" "$a" "$b" "$r"
done
row "  Lighthouse could not measure on the baseline" "" "$(echo "$lh" | /usr/bin/python3 -c "import json,sys; print(', '.join(json.load(sys.stdin)['baseline']['unmeasured']) or 'none')")" ""

# --- web: the accessibility mirror's cost (nodes, frame and mirror time, on against off) --------
mirror=$(NODE_PATH="$cache/node_modules" node bench/a11y_mirror.cjs "$app_url")
while IFS=$'\t' read -r screen nodes on_p50 on_p99 off_p50 off_p99 apply_p50 apply_p99; do
  row "web frame main-thread time, $screen, mirror on / off, p50 / p99 (ms)" "$on_p50 / $on_p99" \
    "$off_p50 / $off_p99" "$(ratio $on_p50 $off_p50)"
  row "  $screen: mirror nodes; applying its changes, p50 / p99 (ms)" "$nodes; $apply_p50 / $apply_p99" "" ""
done < <(echo "$mirror" | /usr/bin/python3 -c "
import json, sys
for s in json.load(sys.stdin):
    print('\t'.join(str(s[k]) for k in ('screen', 'nodes', 'on_p50', 'on_p99', 'off_p50', 'off_p99', 'apply_p50', 'apply_p99')))")
mirror_idle=$(echo "$mirror" | /usr/bin/python3 -c "import json,sys; print(max(s['idle_frames'] for s in json.load(sys.stdin)))")
row "web frames drawn in 3 s idle, mirror on (worst screen)" "$mirror_idle" "" ""

# --- native: frame CPU time per screen (headless, release) --------------------------------------
demo=$(build/native-release/bench/bench_demo_frames | awk '{print $2, $3}')
while read -r screen p50 p99 p50_off p99_off nodes; do
  row "native frame CPU, $screen, p50 / p99 (µs)" "$p50 / $p99" "${demo% *} / ${demo#* }" "$(ratio $p50 ${demo% *})"
  row "  $screen: accessibility tree on / off, p50 / p99 (µs); $nodes nodes" "$p50 / $p99" "$p50_off / $p99_off" \
    "$(ratio $p50 $p50_off)"
done < <(build/native-release/bench/bench_frames)

# --- native: idle frames and CPU over 10 s, start to first frame, peak memory (Xvfb) -------------
native_run() { # log-file command...  -> "cpu_seconds peak_kb"
  local log=$1; shift
  xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
    /usr/bin/time -f "%U %S %M" -o "'"$log"'.time" "$@" & pid=$!
    sleep 11; pkill -TERM -P $pid; wait $pid' _ "$@" >/dev/null 2>&1
  awk '{printf "%.2f %d", $1 + $2, $3}' "$log.time"
}
tmp=$(mktemp -d)
read -r app_cpu app_mem <<<"$(native_run "$tmp/app" build/native-release/aimeng-explorer --size 1440x900 --frame-log "$tmp/app.frames")"
read -r base_cpu base_mem <<<"$(native_run "$tmp/base" build/bench/baseline-native/demo)"
app_frames=$(awk '/^frames/ {print $2}' "$tmp/app.frames" 2>/dev/null)
first_ms=$(awk '/^first_frame_ms/ {printf "%.0f", $2}' "$tmp/app.frames" 2>/dev/null)
row "native CPU seconds over 11 s, idle" "$app_cpu" "$base_cpu" "$(ratio $app_cpu $base_cpu)"
row "native frames drawn over 11 s, idle" "${app_frames:-?}" "continuous" "-"
row "native peak memory (MB)" "$((app_mem / 1024))" "$((base_mem / 1024))" "$(ratio $app_mem $base_mem)"
row "native start to first frame (ms)" "${first_ms:-?}" "-" "-"
rm -rf "$tmp"

header="| figure | app | baseline | ratio |
|---|---|---|---|"
table=$(printf '%s\n' "$header" "${rows[@]}")
echo "$table"
if [ "$record" -eq 1 ]; then
  {
    echo "# Benchmark results"
    echo
    echo "Recorded $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), by \`bench/run.sh --record\`."
    echo "Baseline: Dear ImGui's SDL2 + OpenGL 3 example with its demo window, same sources and flags."
    echo "Web figures: headless Chromium with SwiftShader (software WebGL), both pages served by nginx with platform/nginx/;"
    echo "native: Xvfb with Mesa llvmpipe."
    echo
    echo "$table"
  } > bench/RESULTS.md
  echo "written: bench/RESULTS.md"
fi

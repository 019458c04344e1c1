#!/usr/bin/env bash
# Installs and builds everything the project needs, on a fresh Debian 12 machine.
# Idempotent: packages are installed only where missing, and the slow parts (the Dear ImGui
# and SDL2 source packages, SDL2 built for Emscripten, npm modules) live in a cache outside
# the clone, keyed by version, so a second run takes seconds.
#
#   scripts/setup.sh            everything (native, web, tests)
#   AIMENG_CACHE=/path ...      cache folder (default ~/.cache/aimeng-explorer)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/versions.sh
source "$here/versions.sh"

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  g++ cmake make pkg-config dpkg-dev
  libsdl2-dev libgl-dev nlohmann-json3-dev doctest-dev libstb-dev libqrencode-dev
  emscripten nodejs binaryen
  fonts-inter fonts-fork-awesome python3 python3-fonttools python3-brotli python3-jsonschema python3-markdown
  brotli gzip
  xvfb xauth libgl1-mesa-dri x11-utils x11-apps xdotool zbar-tools curl
  clang-14 libclang-rt-14-dev clang-tidy cppcheck clang-format
  chromium nginx libnginx-mod-http-brotli-static
)

# --- Debian packages ---------------------------------------------------------------------
apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then log "apt-get update"; as_root apt-get update -q >/dev/null; apt_updated=1; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt_update_once
  log "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Source packages, from the machine's own apt configuration ------------------------------
# The first deb stanza of debian.sources names the Debian mirror this machine uses; a copy of
# it with Types: deb-src and a newer suite gives us `apt-get source` for ImGui and SDL2.
src_list=/etc/apt/sources.list.d/aimeng-deb-src.sources
if [ ! -f "$src_list" ]; then
  base=/etc/apt/sources.list.d/debian.sources
  [ -f "$base" ] || die "no $base to derive a deb-src entry from; add deb-src lines for bookworm and trixie by hand"
  awk -v suites="$DEB_SRC_SUITES" '
    BEGIN { RS=""; }
    NR==1 {
      n = split($0, lines, "\n")
      for (i = 1; i <= n; i++) {
        if (lines[i] ~ /^Types:/) print "Types: deb-src"
        else if (lines[i] ~ /^Suites:/) print "Suites: " suites
        else print lines[i]
      }
    }' "$base" | as_root tee "$src_list" >/dev/null
  apt_updated=0
  apt_update_once
fi

cache="${AIMENG_CACHE:-$HOME/.cache/aimeng-explorer}"
mkdir -p "$cache/src"

fetch_source() { # name version dir-glob -> prints the unpacked folder
  local name=$1 version=$2 dest="$cache/src/$1-$2"
  if [ ! -f "$dest/.complete" ]; then
    rm -rf "$dest"; mkdir -p "$dest"
    ( cd "$dest" && apt-get source -q "$name=$version" >/dev/null 2>"$dest/apt-source.log" ) || {
      apt_update_once
      ( cd "$dest" && apt-get source -q "$name=$version" >/dev/null 2>"$dest/apt-source.log" ) || {
        # Some mirrors serve a package's upstream tarball but not its Debian files; the
        # upstream source is all we build from, so unpack it ourselves.
        local orig
        orig=$(find "$dest" -maxdepth 1 -name "${name}_*.orig.tar.*" | head -n 1)
        [ -n "$orig" ] || die "apt-get source $name=$version failed (see $dest/apt-source.log)"
        log "only the upstream tarball of $name was available; unpacking $(basename "$orig")"
        tar -xf "$orig" -C "$dest"
      }
    }
    touch "$dest/.complete"
  fi
  find "$dest" -mindepth 1 -maxdepth 1 -type d | head -n 1
}

imgui_dir=$(fetch_source imgui "$IMGUI_DEB_VERSION")
[ -f "$imgui_dir/imgui.cpp" ] && [ -f "$imgui_dir/backends/imgui_impl_sdl2.cpp" ] ||
  die "ImGui source at $imgui_dir lacks imgui.cpp or the SDL2 backend"
ln -sfn "$imgui_dir" "$cache/imgui"
log "Dear ImGui $IMGUI_DEB_VERSION: $imgui_dir"


# --- SDL2 built with Emscripten (static) ----------------------------------------------------
sdl_web="$cache/sdl2-web-$SDL2_DEB_VERSION-emcc-$(emcc --version 2>/dev/null | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1)"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs acorn from here
if [ ! -f "$sdl_web/.complete" ]; then
  sdl_src=$(fetch_source libsdl2 "$SDL2_DEB_VERSION")
  log "building SDL2 $SDL2_DEB_VERSION with Emscripten (about 7 minutes, once)"
  rm -rf "$sdl_web" "$cache/sdl2-web-build"
  emcmake cmake -S "$sdl_src" -B "$cache/sdl2-web-build" -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$sdl_web" \
    >"$cache/sdl2-web-configure.log" 2>&1 || die "SDL2 configure failed, see $cache/sdl2-web-configure.log"
  cmake --build "$cache/sdl2-web-build" -j"$(nproc)" >"$cache/sdl2-web-build.log" 2>&1 ||
    die "SDL2 build failed, see $cache/sdl2-web-build.log"
  cmake --install "$cache/sdl2-web-build" >/dev/null
  rm -rf "$cache/sdl2-web-build"
  touch "$sdl_web/.complete"
fi
ln -sfn "$sdl_web" "$cache/sdl2-web"
log "SDL2 for the web: $sdl_web"

# --- npm modules for browser tests ----------------------------------------------------------
node_dir="$cache/node-$(sha1sum "$here/../tests/browser/package.json" | cut -c1-12)"
if [ ! -f "$node_dir/.complete" ]; then
  log "installing the browser tests' npm modules (playwright-core, axe-core)"
  mkdir -p "$node_dir"
  cp "$here/../tests/browser/package.json" "$node_dir/"
  [ -f "$here/../tests/browser/package-lock.json" ] && cp "$here/../tests/browser/package-lock.json" "$node_dir/"
  ( cd "$node_dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent ) ||
    die "npm install failed in $node_dir"
  touch "$node_dir/.complete"
fi
ln -sfn "$node_dir/node_modules" "$cache/node_modules"

log "ready (cache: $cache)"

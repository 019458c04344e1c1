#!/usr/bin/env bash
# Static analysis of the project's own code (never of third-party sources): clang-format
# (the style is .clang-format), cppcheck, and clang-tidy with the curated .clang-tidy.
# Needs build/native/compile_commands.json (scripts/build.sh native). Exits non-zero on findings.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
failed=0
sources=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'src/*.h' 'platform/*.cpp' 'platform/*.hpp' 'platform/*.h' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')

echo "[lint] clang-format"
if ! clang-format --dry-run --Werror $sources; then failed=1; fi

echo "[lint] cppcheck"
if ! cppcheck --quiet --error-exitcode=1 --std=c++17 --language=c++ --enable=warning,performance,portability \
     --inline-suppr --suppress=missingIncludeSystem -I src src/core src/ui platform/native; then failed=1; fi

echo "[lint] clang-tidy"
[ -f build/native/compile_commands.json ] || { echo "build/native/compile_commands.json missing: scripts/build.sh native"; exit 1; }
if ! clang-tidy -p build/native --quiet src/core/*.cpp src/ui/*.cpp platform/native/*.cpp 2>/dev/null; then failed=1; fi

if [ "$failed" -eq 0 ]; then echo "lint: 3 passed, 0 failed"; else echo "lint: failed"; fi
exit "$failed"

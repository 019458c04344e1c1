#!/usr/bin/env bash
# How long `--check-content` takes on hostile content files of up to 8 MB (the limit), against
# the shipped content.json measured in the same run: median of 3 wall-clock runs each, with
# peak memory. The issue's bar: under 1 s for any file within the limit; anything larger, or
# not a regular file, refused at once.   bench/hostile_content.sh   (builds native-release)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/build.sh native-release >/dev/null || exit 1
app=build/native-release/aimeng-explorer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work" assets/content.json <<'PY'
import json, sys
out, shipped = sys.argv[1], sys.argv[2]
limit = 8 * 1024 * 1024
def write(name, text):
    open(f"{out}/{name}.json", "w").write(text[:limit])
write("deep-nesting", "[" * (limit // 2 - 1) + "]" * (limit // 2 - 1))
write("unknown-keys", "{" + ", ".join(f'"k{i}": {i}' for i in range(420000))[:limit - 30] .rsplit(",", 1)[0] + "}")
content = json.load(open(shipped))
content["courses"] += [{"id": f"c{i}", "code": "X", "title": "T", "credits": 3, "group": "nowhere"} for i in range(60000)]
write("dangling-references", json.dumps(content))
write("repeated-keys", "{" + ", ".join(f'"k{i}": [{{"a": 1, "a": 2}}]' for i in range(150000)) + "}")
write("escaped-text", '{"format_version": 1, "s": "' + "\\u0041" * (limit // 6 - 10) + '"}')
PY
cp assets/content.json "$work/shipped.json"
head -c $((9 * 1024 * 1024)) /dev/zero > "$work/over-limit.json"

measure() { # file -> "seconds KB" (median of 3)
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" "$app" --check-content "$1" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 2p
}
read -r base_s base_kb <<< "$(measure "$work/shipped.json")"
printf '| file | bytes | seconds | peak KB | time ratio to shipped |\n|---|---|---|---|---|\n'
printf '| shipped content.json | %s | %s | %s | 1.00 |\n' "$(stat -c %s "$work/shipped.json")" "$base_s" "$base_kb"
for name in deep-nesting unknown-keys dangling-references repeated-keys escaped-text over-limit; do
  f="$work/$name.json"
  read -r s kb <<< "$(measure "$f")"
  ratio=$(/usr/bin/python3 -c "import sys; a,b=map(float,sys.argv[1:]); print(f'{a/b:.1f}' if b else 'n/a')" "$s" "$base_s")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$(stat -c %s "$f")" "$s" "$kb" "$ratio"
done
for special in /dev/zero /dev/urandom "$work"; do
  read -r s kb <<< "$(measure "$special")"
  printf '| %s (refused) | - | %s | %s | - |\n' "$special" "$s" "$kb"
done

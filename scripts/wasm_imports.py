#!/usr/bin/env python3
"""Fills web/warm.js's __WASM_IMPORTS__ with app.js's names for the wasm's imports and exports.

Emscripten minifies the names the wasm imports and exports by (its import "a.b" is app.js's
_emscripten_get_now, say); the compile warmer (web/warm.js) stands in for the imports by their
JavaScript names and calls exports by theirs. This reads both from the app.js of the same link.
  scripts/wasm_imports.py APP_JS WARM_JS   (WARM_JS is rewritten in place)
"""
import json
import re
import sys

# The exports the warmer calls, by their C names.
CALLED = ("__wasm_call_ctors", "main", "aimeng_run_task", "malloc")


def names_in(app_js):
    imports = re.search(r"var asmLibraryArg=\{([^}]*)\}", app_js)
    memory = re.search(r'wasmMemory=Module\["asm"\]\["([^"]+)"\]', app_js)
    exports = dict(re.findall(r'Module\["_([A-Za-z0-9_]+)"\]=function\(\)\{return\([^)]*Module\["asm"\]\["([^"]+)"\]', app_js))
    missing = [name for name in CALLED if name not in exports]
    if not imports or not memory or missing:
        what = "the import table" if not imports else "the memory" if not memory else "exports " + ", ".join(missing)
        raise SystemExit(f"wasm_imports: {what} not found in app.js (has Emscripten's output changed?)")
    table = dict(re.findall(r'"([^"]+)":([A-Za-z_$][\w$]*)', imports.group(1)))
    return {"imports": table, "exports": {name: exports[name] for name in CALLED}, "memory": memory.group(1)}


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        names = names_in(f.read())
    with open(sys.argv[2], encoding="utf-8") as f:
        warm = f.read()
    if "__WASM_IMPORTS__" not in warm:
        raise SystemExit(f"wasm_imports: {sys.argv[2]} has no __WASM_IMPORTS__ to fill")
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(warm.replace("__WASM_IMPORTS__", json.dumps(names, sort_keys=True)))


if __name__ == "__main__":
    main()

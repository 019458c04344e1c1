#!/usr/bin/env python3
"""Where a wasm file's bytes go: the size of each section, raw and brotli, largest first; the
files embedded in its data section (the fonts and the content, from the web build's embedded/
folder and assets/), each at its own size (wasm-opt drops runs of zeros from data segments, so
a file is not found there byte for byte); and, given the link's symbol map (emcc
--emit-symbol-map), the code section by library, each group's function bodies packed together.

    bench/wasm_sizes.py build/web/app.wasm [--symbols build/web-build/app.wasm.symbols] [EMBEDDED_FILE ...]

Prints one line a part: NAME<TAB>RAW_BYTES<TAB>BROTLI_BYTES.
"""
import glob
import os
import re
import subprocess
import sys

import brotli

# Which library a function is from, by its demangled name: the first pattern that matches.
CODE_GROUPS = [
    ("nlohmann_json", r"nlohmann::"),
    ("stb_truetype, stb_rect_pack", r"^stbtt|^stbrp|^stb_"),
    ("Dear ImGui", r"ImGui|^Im[A-Z]|^ImStb::"),
    ("app: core", r"^core::"),
    ("app: ui", r"^ui::|^theme::"),
    ("app: app, web", r"^app::|^web::|^aimeng_|^\(anonymous namespace\)::"),
    ("libc++, C++ ABI", r"std::|^__cxa|^__cxx|^operator new|^operator delete|^__dynamic_cast|^__gxx"),
    ("libc, compiler runtime", r""),
]

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count"}


def leb128(data, pos):
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def sections(data):
    if data[:4] != b"\0asm":
        raise SystemExit("wasm_sizes: not a wasm file")
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, body = leb128(data, pos + 1)
        yield SECTION_NAMES.get(kind, f"section {kind}"), data[body:body + size]
        pos = body + size


def packed(payload):
    return len(brotli.compress(payload, quality=11))


def imported_functions(imports):
    count, pos = leb128(imports, 0)
    functions = 0
    for _ in range(count):
        for _name in range(2):  # module, field
            size, pos = leb128(imports, pos)
            pos += size
        kind = imports[pos]
        pos += 1
        if kind == 0:  # function: a type index
            _, pos = leb128(imports, pos)
            functions += 1
        elif kind == 1:  # table: element type, limits
            pos += 1
            flags, pos = leb128(imports, pos)
            _, pos = leb128(imports, pos)
            if flags & 1:
                _, pos = leb128(imports, pos)
        elif kind == 2:  # memory: limits
            flags, pos = leb128(imports, pos)
            _, pos = leb128(imports, pos)
            if flags & 1:
                _, pos = leb128(imports, pos)
        elif kind == 3:  # global: type, mutability
            pos += 2
    return functions


def code_by_group(parts, symbols_path):
    """The code section's function bodies grouped by CODE_GROUPS, largest first."""
    with open(symbols_path) as f:
        names = dict(line.rstrip("\n").split(":", 1) for line in f if ":" in line)
    first = imported_functions(parts.get("import", b""))
    code = parts["code"]
    count, pos = leb128(code, 0)
    bodies = []
    for k in range(count):
        size, body = leb128(code, pos)
        bodies.append((names.get(str(first + k), ""), code[body:body + size]))
        pos = body + size
    # The map's names are mangled, with the characters wasm names cannot hold escaped (\2c).
    mangled = [re.sub(r"\\([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), n) for n, _ in bodies]
    demangled = subprocess.run(["c++filt"], input="\n".join(mangled), capture_output=True, text=True,
                               check=True).stdout.split("\n")
    groups = {name: [] for name, _ in CODE_GROUPS}
    for (_, body), name in zip(bodies, demangled):
        group = next(g for g, pattern in CODE_GROUPS if re.search(pattern, name))
        groups[group].append(body)
    rows = [(f"code: {g}", sum(map(len, b)), packed(b"".join(b))) for g, b in groups.items() if b]
    return sorted(rows, key=lambda r: -r[1])


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    args = sys.argv[2:]
    symbols = None
    if args[:1] == ["--symbols"]:
        symbols, args = args[1], args[2:]
    wasm = sys.argv[1]
    with open(wasm, "rb") as f:
        data = f.read()
    here = os.path.dirname(os.path.abspath(__file__))
    embedded_dir = os.path.join(here, "..", "build", "web-build", "embedded")
    embedded = args or sorted(glob.glob(os.path.join(embedded_dir, "*.ttf")) +
                              [os.path.join(embedded_dir, "content.pack")])
    parts = []
    by_name = dict(sections(data))
    for name, payload in sorted(by_name.items(), key=lambda s: -len(s[1])):
        parts.append((f"{name} section", len(payload), packed(payload)))
        if name == "code" and symbols:
            parts += [(f"  {group}", raw, br) for group, raw, br in code_by_group(by_name, symbols)]
    for path in embedded:
        if os.path.isfile(path):
            with open(path, "rb") as f:
                blob = f.read()
            parts.append((f"  of which {os.path.basename(path)}", len(blob), packed(blob)))
    for name, raw, br in parts:
        print(f"{name}\t{raw}\t{br}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Where a wasm file's bytes go: the size of each section, raw and brotli, largest first, and
the files embedded in its data section (the fonts and the content, from the web build's
embedded/ folder and assets/), each at its own size: wasm-opt drops runs of zeros from data
segments, so a file is not found there byte for byte.

    bench/wasm_sizes.py build/web/app.wasm [EMBEDDED_FILE ...]

Prints one line a part: NAME<TAB>RAW_BYTES<TAB>BROTLI_BYTES.
"""
import glob
import os
import sys

import brotli

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


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    wasm = sys.argv[1]
    with open(wasm, "rb") as f:
        data = f.read()
    here = os.path.dirname(os.path.abspath(__file__))
    embedded = sys.argv[2:] or sorted(glob.glob(os.path.join(here, "..", "build", "web-build", "embedded", "*.ttf")) +
                                      [os.path.join(here, "..", "assets", "content.json")])
    parts = []
    for name, payload in sorted(sections(data), key=lambda s: -len(s[1])):
        parts.append((f"{name} section", len(payload), packed(payload)))
    for path in embedded:
        if os.path.isfile(path):
            with open(path, "rb") as f:
                blob = f.read()
            parts.append((f"  of which {os.path.basename(path)}", len(blob), packed(blob)))
    for name, raw, br in parts:
        print(f"{name}\t{raw}\t{br}")


if __name__ == "__main__":
    main()

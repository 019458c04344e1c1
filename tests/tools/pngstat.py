#!/usr/bin/env python3
"""Reads PNG screenshots with the standard library only (zlib) and reports what tests need:

    pngstat.py stats FILE           -> {"width":..,"height":..,"colors":..,"dark_fraction":..}
    pngstat.py diff FILE_A FILE_B   -> {"changed_fraction": ..}   (share of pixels that differ)
    pngstat.py region FILE X Y W H  -> {"colors": ..}             (distinct colours in a box)
"""
import json
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    pos, idat, width, height, bit_depth, color_type = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, bit_depth, color_type = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    if bit_depth != 8 or color_type not in (2, 6):
        raise SystemExit(f"{path}: only 8-bit RGB/RGBA PNGs are supported")
    bpp = 4 if color_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def pixels(rows, bpp, x0=0, y0=0, w=None, h=None):
    for y in range(y0, y0 + (h if h is not None else len(rows))):
        row = rows[y]
        width = len(row) // bpp
        for x in range(x0, x0 + (w if w is not None else width)):
            yield row[x * bpp:x * bpp + 3]


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "stats":
        w, h, bpp, rows = read_png(sys.argv[2])
        colors, dark, total = set(), 0, 0
        for p in pixels(rows, bpp):
            colors.add(bytes(p))
            dark += (p[0] + p[1] + p[2]) < 300
            total += 1
        print(json.dumps({"width": w, "height": h, "colors": len(colors), "dark_fraction": dark / max(total, 1)}))
    elif cmd == "diff":
        wa, ha, ba, ra = read_png(sys.argv[2])
        wb, hb, bb, rb = read_png(sys.argv[3])
        if (wa, ha) != (wb, hb):
            print(json.dumps({"changed_fraction": 1.0}))
            return
        changed = sum(1 for p, q in zip(pixels(ra, ba), pixels(rb, bb)) if p != q)
        print(json.dumps({"changed_fraction": changed / (wa * ha)}))
    elif cmd == "region":
        w, h, bpp, rows = read_png(sys.argv[2])
        x, y, rw, rh = (int(v) for v in sys.argv[3:7])
        print(json.dumps({"colors": len({bytes(p) for p in pixels(rows, bpp, x, y, rw, rh)})}))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Draws the app icon (the project's own drawing: a graduation cap on Duke navy) as PNGs for
the web app manifest and the desktop entry, with the standard library only.

    make_icons.py OUT_DIR      -> icon-192.png, icon-512.png, icon-maskable-512.png, icon-180.png,
                                  icon-32.png, icon-48.png (the page's favicons)
"""
import os
import struct
import sys
import zlib

NAVY = (0x01, 0x21, 0x69)
WHITE = (0xFF, 0xFF, 0xFF)
SKY = (0x8F, 0xB8, 0xE8)

# Shapes in a 64x64 design space (the same drawing as web/icon.svg).
CAP_TOP = [(32, 14), (6, 26), (32, 38), (52, 28.8), (52, 42), (56, 42), (56, 27)]
CAP_BASE = [(18, 34), (18, 43), (32, 50), (46, 43), (46, 34), (32, 40.4)]


def inside(poly, x, y):
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def in_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def render(px, maskable):
    # Maskable icons keep the drawing inside the central safe zone and fill the whole square.
    scale = px / 64.0 * (0.72 if maskable else 1.0)
    offset = px * 0.14 if maskable else 0.0
    samples = [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)]
    rows = []
    for yy in range(px):
        row = bytearray(b"\x00")
        for xx in range(px):
            acc = [0, 0, 0, 0]
            for sx, sy in samples:
                x, y = xx + sx, yy + sy
                if not maskable and not in_rounded_square(x, y, px, px * 14 / 64):
                    continue
                dx, dy = (x - offset) / scale, (y - offset) / scale
                colour = WHITE if inside(CAP_TOP, dx, dy) else SKY if inside(CAP_BASE, dx, dy) else NAVY
                acc[0] += colour[0]
                acc[1] += colour[1]
                acc[2] += colour[2]
                acc[3] += 255
            n = len(samples)
            a = acc[3] // n
            row += bytes([acc[0] // max(1, acc[3] // 255), acc[1] // max(1, acc[3] // 255),
                          acc[2] // max(1, acc[3] // 255), a]) if a else b"\x00\x00\x00\x00"
        rows.append(bytes(row))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", px, px, 8, 6, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for name, px, maskable in (("icon-192.png", 192, False), ("icon-512.png", 512, False),
                               ("icon-maskable-512.png", 512, True), ("icon-180.png", 180, False),
                               ("icon-32.png", 32, False), ("icon-48.png", 48, False)):
        with open(os.path.join(out, name), "wb") as f:
            f.write(render(px, maskable))


if __name__ == "__main__":
    main()

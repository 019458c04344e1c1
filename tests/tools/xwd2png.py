#!/usr/bin/env python3
"""Converts an X window dump (xwd -root, TrueColor ZPixmap) to PNG with the standard library,
so window tests can screenshot a running app and read it (pngstat.py, zbarimg).
    xwd2png.py IN.xwd OUT.png
"""
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
f = struct.unpack(">25I", data[:100])
header_size, width, height, byte_order, bits_per_pixel, bytes_per_line, ncolors = f[0], f[4], f[5], f[7], f[11], f[12], f[19]
masks = f[14:17]
step = bits_per_pixel // 8
offset = header_size + ncolors * 12


def shift(mask):
    s = 0
    while mask and not mask & 1:
        mask >>= 1
        s += 1
    return s


rows = []
for y in range(height):
    line = data[offset + y * bytes_per_line: offset + y * bytes_per_line + width * step]
    out = bytearray(b"\x00")
    for x in range(0, width * step, step):
        value = int.from_bytes(line[x:x + step], "little" if byte_order == 0 else "big")
        out += bytes(((value & m) >> shift(m)) & 0xFF for m in masks)
    rows.append(bytes(out))
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
open(sys.argv[2], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
                               chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))

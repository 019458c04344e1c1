#!/usr/bin/env python3
"""Rewrites an OpenType font's cubic (CFF) outlines as TrueType quadratic ones.

    quadratic_font.py IN.otf OUT.ttf

stb_truetype, which rasterises the app's font atlas at start-up, reads quadratic outlines
about a third faster than CFF charstrings (no charstring interpreter, no cubic flattening);
on the web that atlas is a good part of the time to the first frame. The curves are
approximated within one font unit (Inter has 2816 units to the em): 0.014 px at 40 px.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR_UNITS = 1.0


def convert(source, target):
    font = TTFont(source)
    if "CFF " not in font:
        sys.exit(f"{source}: no CFF outlines to convert")
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF winds outer contours anticlockwise, TrueType clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR_UNITS, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    for table in ("VORG",):
        if table in font:
            del font[table]

    maxp = font["maxp"]  # version 1.0 carries the TrueType limits; save() fills in the counts
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                  "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["head"].glyphDataFormat = 0
    post = font["post"]  # format 2 keeps the glyph names CFF held
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Keeps only the listed icons of an icon font and gives each a new code point.

    remap_icons.py IN.ttf OUT.ttf NEW=OLD[,NEW=OLD...]     (hex code points, e.g. 2300=F19C)

The app reads the pairs from src/ui/icons.hpp (cmake/Assets.cmake) and draws icons at the
new code points, just above the text's, so ImGui's glyph lookup tables stay short.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def parse_pairs(text):
    pairs = {}
    for item in filter(None, text.split(",")):
        new, _, old = item.partition("=")
        try:
            pairs[int(new, 16)] = int(old, 16)
        except ValueError:
            sys.exit(f"remap_icons: '{item}' is not NEW=OLD in hex")
    return pairs


def remap(source, target, pairs):
    font = TTFont(source)
    cmap = font.getBestCmap()
    missing = [f"U+{old:04X}" for old in pairs.values() if old not in cmap]
    if missing:
        sys.exit(f"remap_icons: {source} has no glyph for {', '.join(missing)}")
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(set(pairs.values())))
    subsetter.subset(font)

    names = font.getBestCmap()
    new_map = {new: names[old] for new, old in pairs.items()}
    cmap_table = font["cmap"]
    cmap_table.tables = [t for t in cmap_table.tables if t.format == 4 and t.isUnicode()]
    if not cmap_table.tables:
        sys.exit(f"remap_icons: {source} has no Unicode BMP cmap")
    for table in cmap_table.tables:
        table.cmap = dict(new_map)
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    remap(sys.argv[1], sys.argv[2], parse_pairs(sys.argv[3]))

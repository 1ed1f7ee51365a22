#!/usr/bin/env python3
"""Generate Sources/NNVizScene/DejaVuMetricsTable.swift from the DejaVu Sans font files.

Reads the TrueType tables directly (no fontTools needed): head (unitsPerEm), hhea (ascender, descender,
numberOfHMetrics), OS/2 (x-height, cap height), hmtx (advance widths) and cmap format 4 (Unicode BMP).
Run once when the covered character set changes:  python3 scripts/generate-font-metrics.py
"""
import struct
import sys

FONTS = {"regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
OUTPUT = "Sources/NNVizScene/DejaVuMetricsTable.swift"
# Covered code points: ASCII, Latin-1, Latin Extended-A (ŷ …), combining marks, Greek, general punctuation,
# super/subscripts, phonetic extensions (modifier letters ᴴ ᴼ ᶻ …), letterlike symbols, arrows, mathematical
# operators (⋮ ∑ ≤ ≥ − …) and geometric shapes (■ ● ▲ for legends).
RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x300, 0x36F), (0x370, 0x3FF), (0x1D00, 0x1DBF),
          (0x2000, 0x206F), (0x2070, 0x209F), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF)]


def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode("latin-1")] = data[offset: offset + length]
    return out


def cmap_format4(cmap):
    count = struct.unpack(">H", cmap[2:4])[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i: 12 + 8 * i])
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack(">H", cmap[offset: offset + 2])[0] == 4:
            return parse_format4(cmap[offset:])
    sys.exit("no Unicode BMP cmap (format 4) found")


def parse_format4(sub):
    segs = struct.unpack(">H", sub[6:8])[0] // 2
    ends = struct.unpack(">%dH" % segs, sub[14: 14 + 2 * segs])
    base = 16 + 2 * segs
    starts = struct.unpack(">%dH" % segs, sub[base: base + 2 * segs])
    deltas = struct.unpack(">%dh" % segs, sub[base + 2 * segs: base + 4 * segs])
    range_base = base + 4 * segs
    offsets = struct.unpack(">%dH" % segs, sub[range_base: range_base + 2 * segs])
    mapping = {}
    for s in range(segs):
        for c in range(starts[s], ends[s] + 1):
            if c == 0xFFFF:
                continue
            if offsets[s] == 0:
                glyph = (c + deltas[s]) & 0xFFFF
            else:
                at = range_base + 2 * s + offsets[s] + 2 * (c - starts[s])
                glyph = struct.unpack(">H", sub[at: at + 2])[0]
                glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
            if glyph:
                mapping[c] = glyph
    return mapping


def metrics(path):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", t["head"][18:20])[0]
    ascender, descender = struct.unpack(">hh", t["hhea"][4:8])
    long_metrics = struct.unpack(">H", t["hhea"][34:36])[0]
    os2 = t["OS/2"]
    if struct.unpack(">H", os2[0:2])[0] >= 2:
        x_height, cap_height = struct.unpack(">hh", os2[86:90])
    else:  # older OS/2 table: take the heights of the glyphs "x" and "H" from glyf
        x_height, cap_height = glyph_top(t, cmap_format4(t["cmap"]), "x"), glyph_top(t, cmap_format4(t["cmap"]), "H")
    advances = [struct.unpack(">H", t["hmtx"][4 * i: 4 * i + 2])[0] for i in range(long_metrics)]
    cmap = cmap_format4(t["cmap"])
    widths = {}
    for lo, hi in RANGES:
        for c in range(lo, hi + 1):
            if c in cmap:
                g = cmap[c]
                widths[c] = advances[min(g, long_metrics - 1)]
    return dict(units=units, ascender=ascender, descender=-descender, x_height=x_height,
                cap_height=cap_height, widths=widths)


def glyph_top(t, cmap, char):
    """yMax of a glyph's bounding box, from loca + glyf."""
    long_offsets = struct.unpack(">h", t["head"][50:52])[0] == 1
    g = cmap[ord(char)]
    if long_offsets:
        offset = struct.unpack(">I", t["loca"][4 * g: 4 * g + 4])[0]
    else:
        offset = 2 * struct.unpack(">H", t["loca"][2 * g: 2 * g + 2])[0]
    return struct.unpack(">h", t["glyf"][offset + 8: offset + 10])[0]


def runs(widths):
    """Contiguous code point runs: [(first, [width, …])]."""
    out = []
    for c in sorted(widths):
        if out and out[-1][0] + len(out[-1][1]) == c:
            out[-1][1].append(widths[c])
        else:
            out.append((c, [widths[c]]))
    return out


def swift_face(name, m):
    lines = [f"    static let {name} = DejaVuFaceTable(", f"        unitsPerEm: {m['units']}, ascender: {m['ascender']}, "
             f"descender: {m['descender']}, xHeight: {m['x_height']}, capHeight: {m['cap_height']},",
             "        runs: ["]
    for first, ws in runs(m["widths"]):
        body = ", ".join(str(w) for w in ws)
        lines.append(f"            DejaVuRun(0x{first:04X}, [{body}]),")
    lines.append("        ])")
    return "\n".join(lines)


def main():
    faces = {name: metrics(path) for name, path in FONTS.items()}
    header = ("// Generated by scripts/generate-font-metrics.py from DejaVuSans.ttf and DejaVuSans-Bold.ttf.\n"
              "// Do not edit by hand. Advance widths in font units for the covered code points.\n\n"
              "extension DejaVuFaceTable {\n")
    body = "\n".join(swift_face(n, m) for n, m in faces.items())
    with open(OUTPUT, "w") as f:
        f.write(header + body + "\n}\n")
    for n, m in faces.items():
        print(n, len(m["widths"]), "code points", m["units"], "units/em", "ascender", m["ascender"],
              "descender", m["descender"], "x-height", m["x_height"], "cap", m["cap_height"])


if __name__ == "__main__":
    main()

"""Build src/marsad/resources/outlines.json: simplified country and governorate outlines of Syria
and Iraq, for the offline SVG map (no tiles, no network).

    .venv/bin/python scripts/build_outlines.py [../shared/data/gazetteer]

Source: Who's On First polygons (see src/marsad/resources/LICENSES.md). Rings are simplified
with Douglas-Peucker at 0.01 degree (about 1 km), enough for a national map; the few lines of
it are written here rather than pulling a geometry library into the build for one function.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.01


def _distance(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list, tolerance: float) -> list:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, farthest = None, tolerance
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > farthest:
                index, farthest = i, d
        if index is not None:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else ROOT.parent / "shared" / "data" / "gazetteer"
    data = json.loads((source / "original" / "wof_sy_iq_admin_polygons.geojson").read_text(encoding="utf-8"))
    areas = []
    for feature in data["features"]:
        props = feature["properties"]
        if props["placetype"] not in ("country", "region"):
            continue
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings = []
        for polygon in polygons:
            ring = simplify(polygon[0], TOLERANCE)
            if len(ring) >= 4:
                rings.append([[round(x, 3), round(y, 3)] for x, y in ring])
        areas.append({"id": f"wof:{props['wof_id']}", "name": props["name_en"],
                      "kind": "country" if props["placetype"] == "country" else "governorate", "rings": rings})
    areas.sort(key=lambda a: a["id"])
    out = ROOT / "src" / "marsad" / "resources" / "outlines.json"
    out.write_text(json.dumps({
        "about": "Simplified outlines of Syria, Iraq and their governorates. Data from Who's On First "
                 "(http://whosonfirst.mapzen.com#License), built by scripts/build_outlines.py.",
        "areas": areas}, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(r) for a in areas for r in a["rings"])
    print(f"wrote {out}: {len(areas)} areas, {points} points, {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

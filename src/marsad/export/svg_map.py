"""An offline SVG map of events: governorate outlines shipped in the package, one dot per event.

No tiles and no network: the outlines of Syria and Iraq (resources/outlines.json) and the
event points are drawn in an equirectangular projection, dots coloured by event type and sized
by fatalities, with a legend. Opens in any browser.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Iterable

COLOURS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
}
WIDTH, HEIGHT, MARGIN = 900, 640, 20


@lru_cache(maxsize=1)
def outlines() -> list[dict]:
    text = resources.files("marsad.resources").joinpath("outlines.json").read_text(encoding="utf-8")
    return json.loads(text)["areas"]


def _extent(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The outlines' box, widened to the events within three degrees of it (Turkey's border towns,
    Lebanon); events farther away are counted, not drawn, so one report from Libya does not shrink
    Syria to a stamp."""
    base = [(x, y) for area in outlines() for ring in area["rings"] for x, y in ring]
    west, east = min(x for x, _ in base), max(x for x, _ in base)
    south, north = min(y for _, y in base), max(y for _, y in base)
    near = [(x, y) for x, y in points if west - 3 <= x <= east + 3 and south - 3 <= y <= north + 3]
    every = base + near
    west, east = min(x for x, _ in every), max(x for x, _ in every)
    south, north = min(y for _, y in every), max(y for _, y in every)
    return west - 0.3, south - 0.3, east + 0.3, north + 0.3


def render_svg(records: Iterable[dict], title: str = "marsad events", include_background: bool = False) -> str:
    events = [e for r in records for e in r["events"]
              if e["latitude"] is not None and (include_background or e["modality"] != "background")]
    west, south, east, north = _extent([(e["longitude"], e["latitude"]) for e in events])
    outside = [e for e in events if not (west <= e["longitude"] <= east and south <= e["latitude"] <= north)]
    events = [e for e in events if e not in outside]
    aspect = math.cos(math.radians((south + north) / 2))  # keep shapes right at these latitudes
    scale = min((WIDTH - 2 * MARGIN) / ((east - west) * aspect), (HEIGHT - 2 * MARGIN - 40) / (north - south))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return MARGIN + (lon - west) * aspect * scale, MARGIN + 30 + (north - lat) * scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#f7f5ef"/>',
             f'<text x="{MARGIN}" y="{MARGIN + 8}" font-size="16">{escape(title)} — {len(events)} events'
             + (f" ({len(outside)} more outside this map)" if outside else "") + "</text>"]
    for area in sorted(outlines(), key=lambda a: a["kind"] == "country"):
        stroke = "#555" if area["kind"] == "country" else "#bbb"
        for ring in area["rings"]:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(lon, lat) for lon, lat in ring))
            parts.append(f'<polygon points="{path}" fill="{"none" if area["kind"] == "country" else "#ecebe4"}" '
                         f'stroke="{stroke}" stroke-width="{1.2 if area["kind"] == "country" else 0.6}"/>')
    for event in sorted(events, key=lambda e: -(e["fatalities"] or 0)):
        x, y = xy(event["longitude"], event["latitude"])
        radius = 4 + 2 * math.log1p(event["fatalities"] or 0)
        label = f'{event["event_date"] or "?"} {event["event_type"]} / {event["sub_event_type"]} — {event["location"]}'
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{COLOURS.get(event["event_type"], "#333")}" '
                     f'fill-opacity="0.75" stroke="white" stroke-width="0.8"><title>{escape(label)}</title></circle>')
    for i, (name, colour) in enumerate(COLOURS.items()):
        y = HEIGHT - MARGIN - 16 * (len(COLOURS) - i)
        parts.append(f'<circle cx="{WIDTH - 230}" cy="{y}" r="5" fill="{colour}"/>'
                     f'<text x="{WIDTH - 220}" y="{y + 4}" font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"

"""The offline map: one dot per located current event, outlines from the package, valid SVG."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from helpers import extract
from marsad.export.svg_map import render_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_map_draws_each_located_current_event_with_its_place_in_the_tooltip():
    record = extract("وشنّ طيران النظام غارات جوية على أحياء طريق الباب والصاخور وباب الحديد في حلب أمس. "
                     "وكانت طائرات التحالف الدولي قد شنت غارات على مدينة الرقة في العام الماضي.", "2015-07-21")
    current = [e for e in record["events"] if e["modality"] != "background" and e["latitude"] is not None]
    root = ET.fromstring(render_svg([record]))
    dots = [c for c in root.iter(f"{SVG}circle") if c.find(f"{SVG}title") is not None]
    assert len(dots) == len(current) >= 1
    assert all(e["location"] in dot.find(f"{SVG}title").text for e, dot in zip(current, dots))
    assert len(list(root.iter(f"{SVG}polygon"))) > 30  # country and governorate outlines


def test_svg_map_counts_far_events_instead_of_shrinking_the_map():
    far = {"events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "latitude": 32.9, "longitude": 13.2,
                       "longitude_": None, "modality": "reported", "fatalities": 0, "event_date": "2018-07-09",
                       "location": "Tripoli"}]}
    assert "1 more outside this map" in render_svg([far])

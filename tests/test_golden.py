"""End-to-end golden files: tests/golden/<case>/ holds the input reference and the expected events.

Each expected event lists its coded fields and the quoted text of every evidence span.
After reviewing a deliberate change, rewrite them with:  MARSAD_UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from marsad.export.records import article_record
from marsad.extraction import extract_text

GOLDEN = Path(__file__).parent / "golden"
WORKSPACE = Path(__file__).resolve().parents[2]
FIELDS = ("event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "location", "admin1", "country",
          "geo_precision", "event_date", "time_precision", "date_text", "fatalities", "modality", "source")


def project(record: dict, text: str) -> list[dict]:
    out = []
    for event in record["events"]:
        item = {k: event[k] for k in FIELDS}
        item["trigger"] = event["trigger"]["text"]
        item["evidence"] = {k: [text[s:e] for s, e in spans] for k, spans in sorted(event["evidence"].items())}
        out.append(item)
    return out


CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "case.json").exists())


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case):
    folder = GOLDEN / case
    spec = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    source = WORKSPACE / spec["input"]
    if not source.exists():
        pytest.skip(f"{source} is not here")
    text = source.read_text(encoding="utf-8")
    published = date.fromisoformat(spec["published"]) if spec.get("published") else None
    record = article_record(extract_text(text, published))
    got = project(record, text)
    expected_file = folder / "expected.json"
    if os.environ.get("MARSAD_UPDATE_GOLDEN"):
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected

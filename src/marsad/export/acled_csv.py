"""ACLED-compatible CSV: ACLED's column names, in ACLED's order."""
from __future__ import annotations

import csv
from typing import Iterable, TextIO

from marsad.stages.triggers import DISORDER_TYPE

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
REGION = {"Syria": "Middle East", "Iraq": "Middle East", "Lebanon": "Middle East", "Jordan": "Middle East",
          "Turkey": "Middle East", "Yemen": "Middle East", "Libya": "Northern Africa"}
COUNTRY_CODE = {"Syria": "SYR", "Iraq": "IRQ", "Lebanon": "LBN", "Jordan": "JOR", "Turkey": "TUR", "Yemen": "YEM",
                "Libya": "LBY"}


def acled_row(article: dict, event: dict, number: int) -> dict:
    country = event.get("country")
    date = event.get("event_date")
    return {
        "event_id_cnty": f"{COUNTRY_CODE.get(country or '', 'XXX')}{article['id'][:10]}-{number}",
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": event.get("time_precision"),
        "disorder_type": DISORDER_TYPE.get(event["event_type"]),
        **{k: event.get(k) for k in ("event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                                     "assoc_actor_2", "inter2", "interaction")},
        "civilian_targeting": "Civilian targeting" if event.get("civilian_targeting") else "",
        "iso": event.get("iso"),
        "region": REGION.get(country or ""),
        **{k: event.get(k) for k in ("country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                                     "geo_precision", "source", "source_scale", "notes", "fatalities")},
        "tags": f"modality: {event['modality']}; confidence: {event['confidence']}",
        "timestamp": None,
    }


def write_acled_csv(records: Iterable[dict], out: TextIO, include_background: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    count = 0
    for article in records:
        for number, event in enumerate(article["events"], start=1):
            if event["modality"] == "background" and not include_background:
                continue
            writer.writerow(acled_row(article, event, number))
            count += 1
    return count


"""Located events as a GeoJSON FeatureCollection (one Point feature per event)."""
from __future__ import annotations

from typing import Iterable


def features(records: Iterable[dict], include_background: bool = False) -> Iterable[dict]:
    for article in records:
        for event in article["events"]:
            if event["latitude"] is None or (event["modality"] == "background" and not include_background):
                continue
            properties = {k: v for k, v in event.items() if k not in ("latitude", "longitude", "evidence")}
            properties.update(article_id=article["id"], article_title=article.get("title"))
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]},
                "properties": properties,
            }


def feature_collection(records: Iterable[dict]) -> dict:
    return {"type": "FeatureCollection", "features": list(features(records))}

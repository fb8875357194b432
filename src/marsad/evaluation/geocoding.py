"""Scoring place resolution against hand-annotated place mentions (eval/geocoding/gold.jsonl).

A gold mention is resolved when marsad produced a place mention overlapping its span; the
distance between the two points is what counts. Mentions marsad missed count as failures,
so "within 25 km" is a share of all gold mentions that have coordinates.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from marsad.geo import km
from marsad.model import Article


@dataclass
class GeocodingScore:
    mentions: int = 0
    found: int = 0
    within_25km: int = 0
    within_5km: int = 0
    by_country: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (article id, text, what happened)

    def share(self, count: int) -> float:
        return round(count / self.mentions, 4) if self.mentions else 0.0

    def as_dict(self) -> dict:
        return {
            "mentions": self.mentions, "found": self.share(self.found),
            "within_25km": self.share(self.within_25km), "within_5km": self.share(self.within_5km),
            "by_country": {c: dict(v) for c, v in sorted(self.by_country.items(), key=lambda kv: -kv[1]["mentions"])},
        }


def score_geocoding(gold: list[dict], articles: dict[str, Article], countries: set[str] | None = None) -> GeocodingScore:
    """``countries``: score only gold mentions in these countries (the gazetteer's coverage)."""
    score = GeocodingScore()
    for item in gold:
        if item.get("latitude") is None or (countries is not None and item.get("country") not in countries):
            continue
        article = articles[item["article_id"]]
        country = item.get("country") or "(none)"
        score.mentions += 1
        tally = score.by_country[country]
        tally["mentions"] += 1
        overlapping = [m for m in article.mentions_of("place")
                       if m.span.start < item["end"] and item["start"] < m.span.end]
        if not overlapping:
            score.misses.append((item["article_id"], item["text"], "not found"))
            continue
        score.found += 1
        tally["found"] += 1
        place = overlapping[0].resolution.place
        distance = km(place.lat, place.lon, item["latitude"], item["longitude"])
        if distance <= 25:
            score.within_25km += 1
            tally["within_25km"] += 1
        else:
            score.misses.append((item["article_id"], item["text"], f"{place.name_en} ({place.admin1}) {distance:.0f} km off"))
        if distance <= 5:
            score.within_5km += 1
            tally["within_5km"] += 1
    return score

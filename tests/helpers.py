"""Shared test helpers: where the shared data lives, and a one-call extractor."""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from marsad.export.records import article_record
from marsad.extraction import extract_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "samples" / "deir-ez-zor-patrol.txt"
SNN = SHARED / "data" / "news" / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


def extract(text: str, published: str | None = None) -> dict:
    return article_record(extract_text(text, date.fromisoformat(published) if published else None))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


ANT = SHARED / "data" / "news" / "ant_multisource_conflict" / "ant_multisource_syria_iraq_conflict.jsonl"


def corpus_article(article_id: str) -> dict:
    """One article of the shared news corpora by id (its text is not copied into this repository)."""
    for corpus in (ANT, SNN):
        with need(corpus).open(encoding="utf-8") as fh:
            for line in fh:
                if f'"{article_id}"' in line:
                    record = json.loads(line)
                    if record["id"] == article_id:
                        return record
    pytest.skip(f"{article_id} is not in the shared corpora")


def snn_articles(limit: int) -> list[dict]:
    out = []
    with need(SNN).open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out

"""The held-out figures CI pins: events, GSR sentences, geocoding and dates, on their test parts.

Paths are given by the caller (the repository's eval/ folder and the shared corpora), so the
installed package holds no data of its own here.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from marsad.evaluation.attribution import AttributionScore, score_attribution
from marsad.evaluation.dates import score_dates
from marsad.evaluation.geocoding import score_geocoding
from marsad.evaluation.gold import attach_texts, gsr_held_out, predict, read_jsonl
from marsad.evaluation.scoring import score_events, score_sentences
from marsad.extraction import extract_text
from marsad.settings import Settings
from marsad.stages.places import STAGED_COUNTRIES

COVERED = STAGED_COUNTRIES  # the countries the gazetteer holds to the village


def corpora(shared: Path) -> list[Path]:
    news = shared / "data" / "news"
    return [news / "ant_multisource_conflict" / "ant_multisource_syria_iraq_conflict.jsonl",
            news / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"]


def events_f1(eval_dir: Path, shared: Path, split: str = "test") -> dict:
    gold = [r for r in read_jsonl(eval_dir / "events" / "gold.jsonl") if r.get("split") == split]
    gold = attach_texts(gold, corpora(shared))
    return score_events(gold, predict(gold)).overall


def gsr_scores(shared: Path) -> dict:
    gold = [r for r in read_jsonl(shared / "data" / "arabic_event_gsr" / "dev.jsonl") if gsr_held_out(r["id"])]
    return score_sentences(gold, predict(gold, Settings(unlocated_events=True)))


def _articles(ids: set[str], shared: Path, published: dict[str, str] | None = None) -> dict:
    records = attach_texts([{"id": i} for i in sorted(ids)], corpora(shared))
    out = {}
    for record in records:
        day = (published or {}).get(record["id"])
        out[record["id"]] = extract_text(record["text"], date.fromisoformat(day) if day else None,
                                         article_id=record["id"])
    return out


def geocoding_scores(eval_dir: Path, shared: Path, split: str = "test") -> dict:
    gold = [g for g in read_jsonl(eval_dir / "geocoding" / "gold.jsonl") if g["split"] == split]
    articles = _articles({g["article_id"] for g in gold}, shared)
    return score_geocoding(gold, articles, COVERED).as_dict()


def dates_scores(eval_dir: Path, shared: Path, split: str = "test") -> dict:
    gold = [g for g in read_jsonl(eval_dir / "dates" / "gold.jsonl") if g["split"] == split]
    published = {g["article_id"]: g["published"] for g in gold}
    articles = _articles(set(published), shared, published)
    return score_dates(gold, articles).as_dict()


def attribution_scores(eval_dir: Path, shared: Path, split: str = "test", as_score: bool = False):
    gold = [r for r in read_jsonl(eval_dir / "attribution" / "gold.jsonl") if r["split"] == split]
    articles = _articles({r["id"] for r in gold}, shared, {r["id"]: r["published"] for r in gold})
    score: AttributionScore = score_attribution(gold, articles)
    return score if as_score else score.as_dict()


def held_out_figures(eval_dir: Path, shared: Path) -> dict[str, float]:
    gsr = gsr_scores(shared)
    geocoding = geocoding_scores(eval_dir, shared)
    return {
        "events_test_f1": events_f1(eval_dir, shared)["f1"],
        "gsr_heldout_assault_f1": gsr["ASSAULT"]["f1"],
        "gsr_heldout_protest_f1": gsr["PROTEST"]["f1"],
        "geocoding_test_within_25km": geocoding["within_25km"],
        "geocoding_test_within_5km": geocoding["within_5km"],
        "dates_test_exact": dates_scores(eval_dir, shared)["exact"],
        "attribution_test_f1": attribution_scores(eval_dir, shared)["mentions"]["f1"],
    }

"""Geocoding accuracy on the held-out gold mentions, and place-resolution speed.

    .venv/bin/python bench/geocoding.py            # prints the figures (results: bench/geocoding_results.md)

Accuracy: eval/geocoding/gold.jsonl (dev and test splits reported apart; the test split is
never used to change rules). Speed: the places stage over 600 SaudiNewsNet articles, on one
core, after the earlier stages have run; resolution (choosing among the readings of the names
found) is timed apart from scanning the text for names and cues.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from marsad.evaluation.geocoding import score_geocoding
from marsad.evaluation.gold import attach_texts, read_jsonl
from marsad.model import Article
from marsad.pipeline import STAGES
from marsad.resources.gazetteer import default_gazetteer
from marsad.settings import Settings
from marsad.stages import places as place_stage

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = [NEWS / "ant_multisource_conflict" / "ant_multisource_syria_iraq_conflict.jsonl",
           NEWS / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"]
COVERED = place_stage.STAGED_COUNTRIES


def prepared(record_id: str, text: str, settings: Settings, upto: str = "places") -> Article:
    article = Article(id=record_id, text=text)
    for name, stage, _, _ in STAGES:
        if name == upto:
            break
        article = stage(article, settings)
    return article


def accuracy(settings: Settings) -> dict:
    gold = read_jsonl(ROOT / "eval" / "geocoding" / "gold.jsonl")
    ids = sorted({g["article_id"] for g in gold})
    records = attach_texts([{"id": i} for i in ids], CORPORA)
    articles = {}
    for record in records:
        article = prepared(record["id"], record["text"], settings)
        articles[record["id"]] = place_stage.places(article, settings)
    out = {}
    for split in ("dev", "test"):
        part = [g for g in gold if g["split"] == split]
        located = [g for g in part if (g.get("geo_precision") or 1) < 3]
        out[split] = {
            "covered countries": score_geocoding(part, articles, COVERED).as_dict(),
            "covered countries, towns and villages (gold precision 1-2)": score_geocoding(located, articles, COVERED).as_dict(),
            "all countries": score_geocoding(part, articles).as_dict(),
        }
        if split == "dev":  # the held-out part is scored, never read mention by mention
            out[split]["misses"] = score_geocoding(part, articles, COVERED).misses
    return out


def speed(settings: Settings, n: int = 600, rounds: int = 5) -> dict:
    """Best of ``rounds``: the whole places stage, and within it the resolution of the names found
    (everything after the Aho-Corasick scan and cue reading), each timed per article."""
    texts = []
    with open(CORPORA[1], encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line))
            if len(texts) >= n:
                break
    default_gazetteer()
    place_stage.place_lexicon()
    articles = [prepared(r["id"], r["text"], settings) for r in texts]
    best_stage = best_resolve = float("inf")
    mentions = 0
    gazetteer = default_gazetteer()
    clock = time.perf_counter
    for _ in range(rounds):
        # each round starts with an empty neighbourhood cache, as a new corpus would: only the
        # once-per-process structures (gazetteer, lexicon, fuzzy grid) stay warm
        gazetteer._near_cache.clear()
        stage = resolve = 0.0
        mentions = 0
        for article in articles:
            article.mentions = [m for m in article.mentions if m.kind != "place"]
            started = clock()
            candidates = place_stage._find_candidates(article, settings)
            found = clock()
            place_stage.resolve_places(article, candidates)
            done = clock()
            stage += done - started
            resolve += done - found
            mentions += len(article.mentions_of("place"))
        best_stage, best_resolve = min(best_stage, stage), min(best_resolve, resolve)
    return {"articles": len(articles), "mentions": mentions, "stage_seconds": round(best_stage, 3),
            "stage_mentions_per_second": round(mentions / best_stage),
            "resolution_seconds": round(best_resolve, 3), "resolutions_per_second": round(mentions / best_resolve)}


def main() -> None:
    settings = Settings()
    result = {"accuracy": accuracy(settings), "speed": speed(settings)}
    json.dump({k: v for k, v in result.items()}, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()


if __name__ == "__main__":
    main()

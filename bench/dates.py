"""Date resolution on the hand-annotated expressions of eval/dates/gold.jsonl (dev and test apart).

    .venv/bin/python bench/dates.py [--errors dev]
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from marsad.evaluation.dates import score_dates
from marsad.evaluation.gold import attach_texts, read_jsonl
from marsad.extraction import extract_text
from splits import report_splits

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = [NEWS / "ant_multisource_conflict" / "ant_multisource_syria_iraq_conflict.jsonl",
           NEWS / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"]


def main(argv: list[str]) -> None:
    gold = read_jsonl(ROOT / "eval" / "dates" / "gold.jsonl")
    published = {g["article_id"]: g["published"] for g in gold}
    records = attach_texts([{"id": i} for i in sorted(published)], CORPORA)
    articles = {r["id"]: extract_text(r["text"], date.fromisoformat(published[r["id"]]), article_id=r["id"])
                for r in records}
    report_splits(lambda split: score_dates([g for g in gold if g["split"] == split], articles), argv)

if __name__ == "__main__":
    main(sys.argv[1:])

"""Source attribution on the hand-annotated cited sources of eval/attribution/gold.jsonl.

    .venv/bin/python bench/attribution.py [--errors dev]
"""
from __future__ import annotations

import sys
from pathlib import Path

from marsad.evaluation.heldout import attribution_scores
from splits import report_splits

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> None:
    report_splits(lambda split: attribution_scores(ROOT / "eval", SHARED, split, as_score=True), argv)


if __name__ == "__main__":
    main(sys.argv[1:])

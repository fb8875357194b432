"""Held-out quality may not drop below the pinned baseline (eval/baseline.json).

Raising the baseline is a deliberate commit: run `python bench/quality.py --write` and say why.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import SHARED, need
from marsad.evaluation.heldout import held_out_figures

EVAL = Path(__file__).resolve().parents[2] / "eval"
TOLERANCE = 0.005  # rounding, not regressions


@pytest.fixture(scope="module")
def figures():
    need(SHARED / "data" / "news")
    return held_out_figures(EVAL, SHARED)


@pytest.mark.parametrize("name", sorted(json.loads((EVAL / "baseline.json").read_text())))
def test_held_out_score_does_not_drop(figures, name):
    pinned = json.loads((EVAL / "baseline.json").read_text())[name]
    assert figures[name] >= pinned - TOLERANCE, f"{name} fell from {pinned} to {figures[name]}"


def test_an_article_is_held_out_in_every_gold_set_or_in_none():
    # An article tuned on as dev in one gold set would leak into the held-out figures of another.
    splits: dict[str, set[str]] = {}
    for path in sorted(EVAL.glob("*/gold*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            article = record.get("article_id") or record["id"]
            splits.setdefault(article, set()).add(record["split"])
    assert len(splits) > 1000
    assert [a for a, s in splits.items() if len(s) > 1] == []

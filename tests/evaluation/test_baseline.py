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

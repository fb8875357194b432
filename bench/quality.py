"""Print the held-out quality figures (the ones eval/baseline.json pins) as JSON.

    .venv/bin/python bench/quality.py            # add --write to rewrite eval/baseline.json
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.evaluation.heldout import held_out_figures

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    figures = held_out_figures(ROOT / "eval", ROOT.parent / "shared")
    print(json.dumps(figures, indent=1))
    if "--write" in sys.argv:
        (ROOT / "eval" / "baseline.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")

"""Source attribution on the hand-annotated cited sources of eval/attribution/gold.jsonl.

    .venv/bin/python bench/attribution.py [--errors dev]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.evaluation.heldout import attribution_scores

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main(argv: list[str]) -> None:
    out = {}
    for split in ("dev", "test"):
        score = attribution_scores(ROOT / "eval", SHARED, split, as_score=True)
        out[split] = score.as_dict()
        if "--errors" in argv and argv[argv.index("--errors") + 1] == split:
            for error in score.errors:
                print("\t".join(error), file=sys.stderr)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])

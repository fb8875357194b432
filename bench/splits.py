"""What the accuracy benches share: score dev and test apart, print them as JSON, and list the
errors of one split on standard error with ``--errors dev``."""
from __future__ import annotations

import json
import sys
from typing import Callable


def report_splits(score_split: Callable[[str], object], argv: list[str]) -> None:
    """``score_split(split)`` returns a score with ``as_dict()`` and ``errors`` (tuples of strings)."""
    out = {}
    for split in ("dev", "test"):
        score = score_split(split)
        out[split] = score.as_dict()
        if "--errors" in argv and argv[argv.index("--errors") + 1] == split:
            for error in score.errors:
                print("\t".join(error), file=sys.stderr)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()

"""Scoring cited sources against hand-annotated attribution gold (eval/attribution/gold.jsonl)."""
from __future__ import annotations

import json
from pathlib import Path

from helpers import SHARED, need
from marsad.evaluation.attribution import score_attribution
from marsad.evaluation.gold import attach_texts
from marsad.evaluation.heldout import corpora
from marsad.extraction import extract_text

GOLD = Path(__file__).resolve().parents[2] / "eval" / "attribution" / "gold.jsonl"
TEXT = ("وكشفت مصادر محلية لشبكة ديرالزور 24، أن القوات الروسية سيرت دورية عسكرية في الميادين. "
        "وأضافت الشبكة أن الدورية انسحبت بعد ساعات. "
        "وقالت سكاي نيوز عربية إن الطيران قصف المدينة.")


def _gold(text: str, *mentions: tuple[str, str, dict]) -> dict:
    sources = []
    for phrase, name, extra in mentions:
        start = text.index(phrase)
        sources.append({"start": start, "end": start + len(phrase), "text": phrase, "source": name, "scale": "Local",
                        "modality": "reported", "anaphoric": False, "optional": False, **extra})
    return {"id": "a", "sources": sources}


def test_attribution_score_counts_named_mentions_names_and_anaphora():
    gold = _gold(TEXT, ("مصادر محلية", "Local sources", {}), ("شبكة ديرالزور 24", "Deir Ezzor 24", {}),
                 ("الشبكة", "Deir Ezzor 24", {"anaphoric": True}),
                 ("سكاي نيوز عربية", "Sky News Arabia", {"optional": True}))
    score = score_attribution([gold], {"a": extract_text(TEXT)}).as_dict()
    # the optional outlet counts neither as found nor as extra
    assert score["mentions"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 2, "predicted": 2, "matched": 2}
    assert score["matched"]["source_name"] == 1.0
    assert score["anaphora"] == {"gold": 1, "resolved": 1.0}


def test_attribution_score_reports_a_missed_source_and_a_wrong_name():
    gold = _gold(TEXT, ("مصادر محلية", "Residents", {}), ("شبكة ديرالزور 24", "Deir Ezzor 24", {}),
                 ("الطيران", "Air force", {}))
    score = score_attribution([gold], {"a": extract_text(TEXT)})
    figures = score.as_dict()
    assert (figures["mentions"]["gold"], figures["mentions"]["matched"]) == (3, 2)
    assert figures["matched"]["source_name"] == 0.5
    assert {kind for _, kind, _, _ in score.errors} >= {"missed", "name", "extra"}


def test_attribution_gold_spans_index_their_texts():
    need(SHARED / "data" / "news")
    records = attach_texts([json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()],
                           corpora(SHARED))
    assert len(records) >= 100
    for record in records:
        for source in record["sources"]:
            assert record["text"][source["start"]:source["end"]] == source["text"], (record["id"], source)

"""Scoring date resolution against hand-annotated date expressions (eval/dates/gold.jsonl).

An expression counts as exact when marsad found a date mention overlapping it and resolved it
to the same day (and, for month precision, the same month) with the same time_precision.
Expressions whose gold date is null (future, durations, a year alone) count as exact when
marsad either ignores them or leaves them unresolved.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from marsad.model import Article, DateValue


@dataclass
class DateScore:
    expressions: int = 0
    exact: int = 0
    found: int = 0
    outcomes: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, text, gold, ours

    def as_dict(self) -> dict:
        share = (lambda n: round(n / self.expressions, 4)) if self.expressions else (lambda n: 0.0)
        return {"expressions": self.expressions, "exact": share(self.exact), "found": share(self.found),
                "outcomes": dict(self.outcomes)}


def _agrees(gold: dict, value: DateValue) -> bool:
    if gold.get("event_date") is None:
        return value.value is None
    if value.value is None:
        return False
    precision = gold.get("time_precision") or 1
    if value.precision != precision:
        return False
    if precision == 3:
        return value.value.isoformat()[:7] == gold["event_date"][:7]
    return value.value.isoformat() == gold["event_date"]


def score_dates(gold: list[dict], articles: dict[str, Article]) -> DateScore:
    score = DateScore()
    for item in gold:
        article = articles[item["article_id"]]
        score.expressions += 1
        mentions = [m for m in article.mentions_of("date") if m.span.start < item["end"] and item["start"] < m.span.end]
        if not mentions:
            ok = item.get("event_date") is None
            score.outcomes["ignored, gold null" if ok else "missed"] += 1
            score.exact += ok
            if not ok:
                score.errors.append((item["article_id"], item["text"], f"{item['event_date']} p{item['time_precision']}", "-"))
            continue
        score.found += 1
        value = mentions[0].resolution
        if _agrees(item, value):
            score.exact += 1
            score.outcomes["exact"] += 1
        else:
            score.outcomes["wrong"] += 1
            score.errors.append((item["article_id"], item["text"], f"{item.get('event_date')} p{item.get('time_precision')}",
                                 f"{value.value} p{value.precision} ({mentions[0].span.text})"))
    return score

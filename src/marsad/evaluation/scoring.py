"""Scoring predicted events against gold, by DESIGN.md's matching rule.

A predicted event matches a gold event when event_type is equal, the location is within
25 km (for gold geo_precision 3: the same admin1, or within 150 km as the shared reference
scorer allows), and the date is equal (gold time_precision 1) or within the gold precision
window (2: ±7 days, 3: same month; no gold date: any). Background never matches
non-background. Pairs are matched one to one, closest first.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

FIELDS = ("sub_event_type", "actor1", "actor2", "event_date", "within_5km", "fatalities")
SENTENCE_LABELS = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
    "PROTEST": {"Protests", "Riots"},
}


def km(a: dict, b: dict) -> float:
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _day(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def same_name(a, b) -> bool:
    """Names equal up to case, spaces and punctuation ("Deir Ezzor 24" = "deir-ezzor 24")."""
    def norm(s):
        return "".join(ch for ch in str(s or "").lower() if ch.isalnum())
    return norm(a) == norm(b)


def date_agrees(gold: dict, pred: dict) -> bool:
    gold_day, pred_day = _day(gold.get("event_date")), _day(pred.get("event_date"))
    if gold_day is None:
        return True
    if pred_day is None:
        return False
    precision = gold.get("time_precision") or 1
    if precision == 1:
        return gold_day == pred_day
    if precision == 2:
        return abs((gold_day - pred_day).days) <= 7
    return (gold_day.year, gold_day.month) == (pred_day.year, pred_day.month)


def place_agrees(gold: dict, pred: dict) -> bool:
    distance = km(gold, pred)
    if (gold.get("geo_precision") or 1) >= 3:
        return bool(gold.get("admin1") and same_name(gold.get("admin1"), pred.get("admin1"))) or distance <= 150
    return distance <= 25


def is_background(event: dict) -> bool:
    return (event.get("modality") or "") == "background"


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("event_type") != p.get("event_type") or is_background(g) != is_background(p):
                continue
            if place_agrees(g, p) and date_agrees(g, p):
                pairs.append((km(g, p), gi, pi))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "pred": n_pred, "gold": n_gold}


@dataclass
class EventScore:
    overall: dict
    by_type: dict[str, dict]
    fields: dict[str, float | None]
    background_false_positives: int
    missing_ids: int
    confusion: dict[str, Counter] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"events": self.overall, "by_type": self.by_type, "fields": self.fields,
                "background_false_positives": self.background_false_positives, "missing_ids": self.missing_ids,
                "confusion": {g: dict(c) for g, c in self.confusion.items()}}


def score_events(gold_records: list[dict], pred_records: list[dict]) -> EventScore:
    predicted = {r.get("id"): r for r in pred_records}
    tp = n_gold = n_pred = background_fp = missing = 0
    per_type: dict[str, list[int]] = {}
    hits = {f: [0, 0] for f in FIELDS}
    confusion: dict[str, Counter] = {}
    for gold_record in gold_records:
        pred_record = predicted.get(gold_record.get("id"))
        if pred_record is None:
            missing += 1
            pred_record = {"events": []}
        gold_events = [e for e in gold_record.get("events") or [] if isinstance(e, dict)]
        pred_events = [e for e in pred_record.get("events") or [] if isinstance(e, dict)]
        gold_now = [e for e in gold_events if not is_background(e)]
        pred_now = [e for e in pred_events if not is_background(e)]
        n_gold += len(gold_now)
        n_pred += len(pred_now)
        pairs = match_events(gold_now, pred_now)
        tp += len(pairs)
        for e in gold_now:
            per_type.setdefault(e.get("event_type"), [0, 0, 0])[1] += 1
        for e in pred_now:
            per_type.setdefault(e.get("event_type"), [0, 0, 0])[2] += 1
        for g, _ in pairs:
            per_type[g.get("event_type")][0] += 1
        matched = {id(p) for _, p in pairs}
        leftover = [dict(e, modality="background") for e in pred_now if id(e) not in matched]
        background_fp += len(match_events([e for e in gold_events if is_background(e)], leftover))
        _confusion(gold_now, pred_now, confusion)
        for g, p in pairs:
            _field_hits(g, p, hits)
    return EventScore(
        overall=_prf(tp, n_pred, n_gold),
        by_type={t: _prf(v[0], v[2], v[1]) for t, v in sorted(per_type.items(), key=lambda kv: str(kv[0]))},
        fields={f: (round(h / n, 4) if n else None) for f, (h, n) in hits.items()},
        background_false_positives=background_fp,
        missing_ids=missing,
        confusion=confusion,
    )


def _field_hits(g: dict, p: dict, hits: dict) -> None:
    for name in ("sub_event_type", "actor1", "actor2", "fatalities"):
        if g.get(name) is not None:
            hits[name][1] += 1
            hits[name][0] += int(same_name(g[name], p.get(name)))
    if g.get("event_date") and (g.get("time_precision") or 1) == 1:
        hits["event_date"][1] += 1
        hits["event_date"][0] += int(_day(g["event_date"]) == _day(p.get("event_date")))
    if g.get("latitude") is not None:
        hits["within_5km"][1] += 1
        hits["within_5km"][0] += int(km(g, p) <= 5)


def _confusion(gold: list[dict], pred: list[dict], table: dict[str, Counter]) -> None:
    """Which type was predicted where a gold event stood (same place and date, any type)."""
    for g in gold:
        same_spot = [p for p in pred if place_agrees(g, p) and date_agrees(g, p)]
        label = same_spot[0].get("event_type") if same_spot else "(missed)"
        if any(p.get("event_type") == g.get("event_type") for p in same_spot):
            label = g.get("event_type")
        table.setdefault(g.get("event_type"), Counter())[label] += 1


def score_sentences(gold_records: list[dict], pred_records: list[dict]) -> dict:
    """ASSAULT / PROTEST sentence labels: any non-background event of the label's types."""
    predicted = {r.get("id"): r for r in pred_records}
    out = {}
    for label, types in SENTENCE_LABELS.items():
        for subset in ("all", "hard"):
            tp = fp = fn = 0
            for record in gold_records:
                truth = (record.get("labels") or {}).get(label)
                if truth is None:
                    continue
                difficulty = (record.get("difficulty_by_label") or {}).get(label, record.get("difficulty"))
                if subset == "hard" and difficulty not in ("yes", "difficult_no"):
                    continue
                events = (predicted.get(record.get("id")) or {}).get("events") or []
                said = any(e.get("event_type") in types and not is_background(e) for e in events if isinstance(e, dict))
                tp += said and truth
                fp += said and not truth
                fn += truth and not said
            result = _prf(tp, tp + fp, tp + fn)
            out[label if subset == "all" else f"{label}:hard"] = result
    return out

"""Scoring source attribution against hand-annotated cited sources (eval/attribution/gold.jsonl).

A gold record is one article with every phrase naming a source the article cites for a fact
("مصادر محلية", "لشبكة ديرالزور 24", "المرصد السوري لحقوق الإنسان", "وقالت الشبكة"). marsad's
mentions are the sources of its attributions (sentences with a reporting cue).

- detection: named (non-anaphoric) gold mentions against marsad's source mentions, matched
  one-to-one by overlapping span; precision, recall, F1. Gold marked ``optional`` (the publishing
  outlet named as the recipient of a chain) counts neither way.
- on matched pairs: the English name (ACLED ``source`` spelling), the scale, the modality.
- anaphora: a gold mention pointing back ("وأضافت الشبكة") is resolved when the attribution of its
  sentence carries a source of the same name.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from marsad.evaluation.scoring import same_name
from marsad.model import Article


@dataclass
class AttributionScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    name_right: int = 0
    scale_right: int = 0
    modality_right: int = 0
    anaphoric: int = 0
    anaphora_resolved: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, kind, text, detail

    def as_dict(self) -> dict:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        on_matched = (lambda n: round(n / self.matched, 4)) if self.matched else (lambda n: 0.0)
        return {
            "mentions": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                         "gold": self.gold, "predicted": self.predicted, "matched": self.matched},
            "matched": {"source_name": on_matched(self.name_right), "scale": on_matched(self.scale_right),
                        "modality": on_matched(self.modality_right)},
            "anaphora": {"gold": self.anaphoric,
                         "resolved": round(self.anaphora_resolved / self.anaphoric, 4) if self.anaphoric else 0.0},
        }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_attribution(gold: list[dict], articles: dict[str, Article]) -> AttributionScore:
    score = AttributionScore()
    for record in gold:
        article = articles[record["id"]]
        cited = [(attribution, mention) for attribution in article.attributions if not attribution.inherited
                 for mention in attribution.sources]
        named = [g for g in record["sources"] if not g["anaphoric"]]
        used: set[int] = set()
        optional_hits: set[int] = set()
        for g in named:
            hit = next((i for i, (_, m) in enumerate(cited) if i not in used
                        and _overlaps(g["start"], g["end"], m.span.start, m.span.end)), None)
            if g.get("optional"):
                if hit is not None:
                    optional_hits.add(hit)
                    used.add(hit)
                continue
            score.gold += 1
            if hit is None:
                score.errors.append((record["id"], "missed", g["text"], g["source"]))
                continue
            used.add(hit)
            score.matched += 1
            attribution, mention = cited[hit]
            source = mention.resolution
            score.name_right += same_name(source.name_en, g["source"])
            score.scale_right += source.scale == g["scale"]
            score.modality_right += attribution.modality == g["modality"]
            if not same_name(source.name_en, g["source"]):
                score.errors.append((record["id"], "name", g["text"], f"{source.name_en} (gold {g['source']})"))
        # a named mention found where the gold has an anaphoric one ("وقال رامي عبد الرحمن" after
        # "المرصد السوري") is right about the source: it counts neither way, like an optional one
        for g in record["sources"]:
            if g["anaphoric"]:
                optional_hits.update(i for i, (_, m) in enumerate(cited) if i not in used
                                     and _overlaps(g["start"], g["end"], m.span.start, m.span.end))
        for i, (_, mention) in enumerate(cited):
            if i not in used and i not in optional_hits:
                score.errors.append((record["id"], "extra", mention.span.text, mention.resolution.name_en))
        score.predicted += len(cited) - len(optional_hits)
        for g in record["sources"]:
            if not g["anaphoric"]:
                continue
            score.anaphoric += 1
            carried = [m.resolution.name_en for a in article.attributions if a.sentence.start <= g["start"] < a.sentence.end
                       for m in a.sources]
            if any(same_name(name, g["source"]) for name in carried):
                score.anaphora_resolved += 1
            else:
                score.errors.append((record["id"], "anaphora", g["text"], f"{carried} (gold {g['source']})"))
    return score

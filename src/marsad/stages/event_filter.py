"""Is this trigger a reported event? A small logistic model over the trigger's context.

The trigger lexicon finds every mention of violence; many are topics, analysis, quotes or
history. The model scores each candidate from cues a coder reads: the trigger word and its
form, the words around it, whether the clause names a place, a date, a toll and actors,
reporting verbs, quotes. Weights are trained by ``scripts/train_event_filter.py`` on the
development part of the annotated corpora and shipped as JSON; inference needs no library.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from marsad.model import Article, Span

MODEL_FILE = "event_filter.json"
_WORD = re.compile(r"[\w\"]+")
_PROCLITIC = re.compile(r"^(?:و|ف|ب|ل|ك|وب|ول|فب|فل)?(?:ال)?")


def _stem(word: str) -> str:
    core = _PROCLITIC.sub("", word)
    return core if len(core) >= 2 else word


def candidate_features(article: Article, trigger: Span, clause: Span, sentence: Span, event_type: str,
                       sub_event_type: str, has_place: bool, has_date: bool, has_toll: bool,
                       has_actor1: bool, has_actor2: bool, modality: str) -> dict[str, float]:
    normalized = article.normalized
    t_start, t_end = normalized.from_original(trigger.start), normalized.from_original(trigger.end)
    s_start, s_end = normalized.from_original(sentence.start), normalized.from_original(sentence.end)
    trigger_text = normalized.text[t_start:t_end]
    before = _WORD.findall(normalized.text[max(s_start, t_start - 40):t_start])[-3:]
    after = _WORD.findall(normalized.text[t_end:min(s_end, t_end + 40)])[:3]
    sentence_text = normalized.text[s_start:s_end]
    features = {
        "bias": 1.0,
        f"type={event_type}": 1.0,
        f"sub={sub_event_type}": 1.0,
        f"trigger={_stem(trigger_text)}": 1.0,
        "trigger_definite": float(" " not in trigger_text and _PROCLITIC.match(trigger_text).group(0).endswith("ال")),
        "trigger_phrase": float(" " in trigger_text),
        "place": float(has_place), "date": float(has_date), "toll": float(has_toll),
        "actor1": float(has_actor1), "actor2": float(has_actor2),
        f"modality={modality}": 1.0,
        "quoted": float(sentence_text.count('"') >= 2),
        "first_sentence": float(article.sentences[:1] == [sentence]),
        "long_sentence": float(len(sentence_text) > 250),
    }
    for word in before:
        features[f"before={_stem(word)}"] = 1.0
    for word in after:
        features[f"after={_stem(word)}"] = 1.0
    return features


@lru_cache(maxsize=1)
def _model() -> dict:
    path = resources.files("marsad.resources").joinpath(MODEL_FILE)
    if not path.is_file():
        return {"weights": {}, "threshold": 0.0}
    return json.loads(path.read_text(encoding="utf-8"))


def event_probability(features: dict[str, float]) -> float | None:
    """Probability that the candidate is a reported event; None when no model is shipped."""
    model = _model()
    weights = model["weights"]
    if not weights:
        return None
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-score))


def threshold() -> float:
    return float(_model().get("threshold", 0.5))

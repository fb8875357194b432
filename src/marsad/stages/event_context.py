"""What the event stages share about one trigger: where it stands and the text around it."""
from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Article, Span
from marsad.stages.triggers import Trigger


@dataclass
class TriggerHit:
    """A trigger word found in a clause of a sentence."""

    span: Span
    trigger: Trigger
    clause: Span
    sentence: Span


def norm_slice(article: Article, span: Span) -> tuple[int, str]:
    normalized = article.normalized
    start, end = normalized.from_original(span.start), normalized.from_original(span.end)
    return start, normalized.text[start:end]


def before(article: Article, sentence: Span, position: int, width: int = 60) -> str:
    """Normalized text of the sentence just before ``position`` (original offset)."""
    normalized = article.normalized
    start = normalized.from_original(max(sentence.start, position - width))
    return normalized.text[start:normalized.from_original(position)]


def inside(span: Span, outer: Span) -> bool:
    return outer.contains(span)

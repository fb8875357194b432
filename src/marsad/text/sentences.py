"""Sentence and clause segmentation of body paragraphs, as Spans of the original text.

Arabic news punctuates loosely: a sentence may run on with commas, and "." is also a
decimal point in "2.5". Sentences end at . ! ? ؟ and line ends; clauses further split at
، ؛ ; : and before a new reporting clause.
"""
from __future__ import annotations

import re

from marsad.model import Article, Span

# A "." between two digits ("2.5") is a decimal point; after a number ("عام 2015.") it ends a sentence.
_SENTENCE_END = re.compile(r"(?:(?<!\d)[.!?؟]|[.!?؟](?!\d))+[\"”»’)]*|\.{2,}")
_CLAUSE_BREAK = re.compile(r"[،;؛:]|\s(?=(?:بينما|في حين|فيما|حيث)\s)")


def inside_a_quote(text: str, position: int) -> bool:
    """Whether ``position`` falls inside quoted words: an opening «, or an odd number of straight or curly
    double quotes, earlier in its paragraph."""
    before = text[text.rfind("\n", 0, position) + 1:position]
    return before.count("«") > before.count("»") or sum(before.count(q) for q in '"“”') % 2 == 1


def split_spans(text: str, span: Span, pattern: re.Pattern[str]) -> list[Span]:
    """Pieces of ``span`` between matches of ``pattern`` (separators stay with the left piece)."""
    pieces: list[Span] = []
    start = span.start
    chunk = text[span.start:span.end]
    for match in pattern.finditer(chunk):
        end = span.start + match.end()
        pieces.append(_trimmed(text, start, end))
        start = end
    pieces.append(_trimmed(text, start, span.end))
    return [p for p in pieces if p is not None]


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end) if end > start else None


def sentences(article: Article) -> Article:
    paragraphs = article.body or [Span.of(article.text, 0, len(article.text))]
    for paragraph in paragraphs:
        for sentence in split_spans(article.text, paragraph, _SENTENCE_END):
            article.sentences.append(sentence)
            article.clauses.extend(split_spans(article.text, sentence, _CLAUSE_BREAK))
    return article

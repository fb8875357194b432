"""Layout of a scraped article: dateline, title, tag line, byline, body paragraphs, boilerplate.

Scraped plain text keeps the page's furniture around the story. The head (lines before
the first body paragraph) holds the outlet's dateline (its base, not an event place), the
title, a tag line of keywords and the byline; the tail holds "related articles" and comment
widgets. Only body paragraphs are read for events. Everything is recorded as Spans.
"""
from __future__ import annotations

import re

from marsad.model import Article, Span
from marsad.text.normalize import normalize_string

# Lines (normalized) that end the story: everything from the first of them on is boilerplate.
_TAIL_MARKERS = (
    "مقالات ذات صله", "اترك تعليقا", "اترك تعليق", "اضف تعليق", "اخبار ذات صله", "مواضيع ذات صله",
    "اقرا ايضا", "اقرا المزيد", "شارك هذا", "شارك الخبر", "تابعونا على", "جميع الحقوق محفوظه",
    "التعليقات", "الوسوم", "كلمات مفتاحيه", "المزيد من الاخبار", "قد يعجبك ايضا", "تعليقات الفيسبوك",
)
# Single lines inside the story that are page furniture.
_FURNITURE = re.compile(r"^(اقرا ايضا|اقرا المزيد|شاهد ايضا|شاهد|طالع ايضا|للمزيد|اعلان|advertisement)\b.{0,120}$")
_BYLINE_LEAD = re.compile(r"^(وكاله|شبكه|موقع|صحيفه|جريده|قناه|مجله|المرصد|مركز|راديو|اذاعه|تلفزيون)\s")
_BYLINE_TAIL = re.compile(r"[-–—|:/]\s*(متابعات|خاص|ترجمه|تقارير|وكالات|رصد|تحرير)\s*$")
_BYLINE_WORDS = re.compile(r"^(بقلم|كتب|كتبه|اعداد|تحرير|المحرر|من)\s*[:：]?\s")
# "دمشق - (رويترز) -" / "بيروت (أ ف ب) -" / "أتلانتا، الولايات المتحدة الأمريكية (CNN)--" at the start
# of the first paragraph.
_INLINE_DATELINE = re.compile(
    r"^\s*([^\s\-–—()]+(?:\s[^\s\-–—()]+){0,4})\s*(?:[-–—]\s*)?\((?:[^()]{2,40})\)\s*[-–—:]\s*"
    r"|^\s*([^\s\-–—()،.]+(?:\s[^\s\-–—()،.]+){0,1})\s*[-–—]\s+(?=\S)"
)
_WORD = re.compile(r"\S+")
_FUNCTION_WORDS = frozenset("في من على الى عن ان او ثم التي الذي قد كان كانت مع بعد قبل حول ضد منذ هذا هذه".split())


def clean(article: Article) -> Article:
    """Attach dateline, title, tags, byline, body and boilerplate spans to the article."""
    lines = _lines(article.text)
    lines, tail = _split_tail(lines)
    article.boilerplate.extend(tail)
    head, body = _split_head(lines)
    _read_head(article, head)
    for span in body:
        if _FURNITURE.match(normalize_string(span.text)):
            article.boilerplate.append(span)
        else:
            article.body.append(span)
    if article.body and article.dateline is None:
        _inline_dateline(article)
    if article.byline is not None and article.outlet is None:
        article.outlet = _outlet_from_byline(article.byline.text)
    return article


def _lines(text: str) -> list[Span]:
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span.of(text, start, end))
    return spans


def _split_tail(lines: list[Span]) -> tuple[list[Span], list[Span]]:
    # Only look for the tail in the last third, so a story quoting "التعليقات" early survives.
    floor = max(1, (2 * len(lines)) // 3) if len(lines) > 3 else 1
    for i in range(floor, len(lines)):
        norm = normalize_string(lines[i].text)
        if len(norm) < 40 and any(norm.startswith(marker) for marker in _TAIL_MARKERS):
            return lines[:i], lines[i:]
    return lines, []


_DAY_ASIDE = re.compile(r"[،,]\s*(?:يوم\s+)?(?:السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|امس|اليوم)\s*[،,]")


def _is_body_paragraph(span: Span) -> bool:
    words = _WORD.findall(span.text)
    if len(words) >= 25:
        return True
    ends_like_prose = span.text.rstrip().endswith((".", "。", "!", "»", '"', "”")) and not span.text.rstrip().endswith("..")
    has_function_words = sum(1 for w in words if normalize_string(w) in _FUNCTION_WORDS) >= 2
    # a long sentence closed by a full stop is a lede, whatever its words (titles rarely end in "."), and so
    # is one whose commas set off a day or a clause ("حذر لافروف، الثلاثاء، واشنطن من ...")
    has_commas = "،" in span.text or "," in span.text
    if len(words) >= 8 and _DAY_ASIDE.search(normalize_string(span.text)):
        return True  # wire ledes set the day off by commas, headlines do not, whatever the last mark
    return ends_like_prose and ((len(words) >= 10 and (has_function_words or len(words) >= 15))
                                or (len(words) >= 8 and has_commas))


def _split_head(lines: list[Span]) -> tuple[list[Span], list[Span]]:
    for i, span in enumerate(lines[:8]):
        if _is_body_paragraph(span):
            return lines[:i], lines[i:]
    return [], lines  # no recognisable head: treat everything as body


def _read_head(article: Article, head: list[Span]) -> None:
    remaining: list[Span] = []
    for i, span in enumerate(head):
        norm = normalize_string(span.text)
        if article.byline is None and _looks_like_byline(norm):
            article.byline = span
        elif i == 0 and len(head) > 1 and _looks_like_dateline(span.text):
            article.dateline = span
        else:
            remaining.append(span)
    if not remaining:
        return
    # The title is the first long-enough line; a later line of bare keywords is the tag line.
    title_index = next((i for i, s in enumerate(remaining) if len(_WORD.findall(s.text)) >= 3), 0)
    article.title = remaining[title_index]
    for span in remaining[title_index + 1:]:
        if article.tags is None and _looks_like_tags(span.text):
            article.tags = span
        elif len(_WORD.findall(span.text)) >= 8:
            article.body.append(span)  # a lede set apart from the story
        else:
            article.boilerplate.append(span)


def _looks_like_byline(norm: str) -> bool:
    words = norm.split()
    if len(words) > 10:
        return False
    return bool(_BYLINE_TAIL.search(norm) or (_BYLINE_LEAD.match(norm) and len(words) <= 6) or _BYLINE_WORDS.match(norm))


def _looks_like_dateline(text: str) -> bool:
    words = _WORD.findall(text)
    if not 1 <= len(words) <= 5 or text.rstrip().endswith(("?", "؟", ".")):
        return False
    return bool(re.search(r"\s[-–—/|]\s", text)) or len(words) <= 2


def _looks_like_tags(text: str) -> bool:
    words = _WORD.findall(text)
    if not 2 <= len(words) <= 15 or re.search(r"[.،,:؟?!\"“”«»]", text):
        return False
    return not any(normalize_string(w) in _FUNCTION_WORDS for w in words)


def _inline_dateline(article: Article) -> None:
    first = article.body[0]
    match = _INLINE_DATELINE.match(first.text)
    if not match:
        return
    group = 1 if match.group(1) else 2
    start, end = match.span(group)
    if len(_WORD.findall(match.group(group))) <= (5 if group == 1 else 3):
        article.dateline = Span.of(article.text, first.start + start, first.start + end)


def _outlet_from_byline(byline: str) -> str | None:
    outlet = re.split(r"\s[-–—|:/]\s?|\s?[-–—|]\s", byline, maxsplit=1)[0].strip()
    return outlet or None

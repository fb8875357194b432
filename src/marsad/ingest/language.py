"""Language of an article: marsad reads Arabic; anything else passes through without events."""
from __future__ import annotations

from marsad.model import Article
from marsad.settings import Settings


def arabic_share(text: str) -> float:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f") / len(letters)


def language(article: Article, settings: Settings) -> Article:
    article.language = "ar" if arabic_share(article.text) >= settings.min_arabic_share else "und"
    return article

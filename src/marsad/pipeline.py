"""The ordered stages that turn an Article's text into coded events.

Each stage is a plain function ``(article, settings) -> article`` that reads what earlier
stages set (spans, mentions) and adds its own. The order is explicit and checked once:
a stage may only need attributes that an earlier stage provides.
"""
from __future__ import annotations

import logging
from typing import Callable

from marsad.errors import StageError

from marsad.ingest.clean import clean
from marsad.ingest.language import language
from marsad.model import Article
from marsad.settings import Settings
from marsad.stages.attribution import attribution
from marsad.stages.dates import dates
from marsad.stages.entities import entities
from marsad.stages.events import events
from marsad.stages.places import places
from marsad.text.normalize import normalize
from marsad.text.sentences import sentences

Stage = Callable[[Article, Settings], Article]
logger = logging.getLogger(__name__)


def _normalize(article: Article, settings: Settings) -> Article:
    article.normalized = normalize(article.text)
    return article


def _clean(article: Article, settings: Settings) -> Article:
    return clean(article)


def _sentences(article: Article, settings: Settings) -> Article:
    return sentences(article)


def _dates(article: Article, settings: Settings) -> Article:
    return dates(article)


# (name, function, what it needs, what it sets)
STAGES: list[tuple[str, Stage, set[str], set[str]]] = [
    ("language", language, set(), {"language"}),
    ("clean", _clean, set(), {"body", "title", "dateline"}),
    ("normalize", _normalize, set(), {"normalized"}),
    ("sentences", _sentences, {"body"}, {"sentences", "clauses"}),
    ("entities", entities, {"normalized", "body"}, {"actors"}),
    ("places", places, {"normalized", "body", "clauses"}, {"places"}),
    ("dates", _dates, {"normalized", "body"}, {"dates"}),
    ("attribution", attribution, {"normalized", "sentences", "actors"}, {"sources"}),
    ("events", events, {"clauses", "actors", "places", "dates", "sources"}, {"events"}),
]
ARABIC_ONLY = {"entities", "places", "dates", "attribution", "events"}


def _check_order(stages: list[tuple[str, Stage, set[str], set[str]]]) -> None:
    provided: set[str] = set()
    for name, _, needs, sets in stages:
        missing = needs - provided
        if missing:
            raise RuntimeError(f"pipeline stage {name!r} needs {sorted(missing)} before it runs")
        provided |= sets


_check_order(STAGES)


def process(article: Article, settings: Settings | None = None) -> Article:
    settings = settings or Settings()
    for name, stage, _, _ in STAGES:
        if name in ARABIC_ONLY and article.language != "ar":
            continue
        try:
            article = stage(article, settings)
        except Exception as exc:  # one article's failure must not cost the batch
            logger.debug("stage %s failed on %s", name, article.id, exc_info=True)
            raise StageError(name, article.id, exc) from exc
    return article


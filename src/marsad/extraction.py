"""The library entry points the CLI, the API and the tests share."""
from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

from marsad.errors import InputError, StageError
from marsad.ingest.readers import content_id, read_articles
from marsad.model import Article
from marsad.pipeline import process
from marsad.settings import Settings


def extract_text(text: str, published: date | None = None, *, article_id: str | None = None,
                 settings: Settings | None = None) -> Article:
    """Run the whole pipeline over one article's text."""
    article = Article(id=article_id or content_id(text), text=text, published=published)
    return process(article, settings or Settings())


def extract_paths(paths: Iterable[str], settings: Settings | None = None) -> Iterator[Article | InputError]:
    """Articles from files, directories or '-', processed in input order; bad records come as InputError."""
    settings = settings or Settings()
    for item in read_articles(paths, settings.published):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield process(item, settings)
        except StageError as exc:
            yield InputError(item.source or item.id, str(exc))

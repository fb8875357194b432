"""Read articles from .txt, .html and .jsonl files, directories and standard input.

Readers yield either an Article or an InputError per record, so one broken record is
reported and skipped while the rest of the batch goes on.
"""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes
from marsad.ingest.html import html_to_article_fields
from marsad.model import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def content_id(text: str) -> str:
    """A stable id from the content: the same article read twice gets the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object, location: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(location, f"'published' is not a YYYY-MM-DD date: {value!r}") from None


@dataclass(frozen=True)
class Source:
    """Where records come from: a path, or '-' for standard input."""

    name: str

    def read_bytes(self) -> bytes:
        if self.name == "-":
            return sys.stdin.buffer.read()
        return Path(self.name).read_bytes()

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


def expand_paths(paths: Iterable[str]) -> Iterator[Source | InputError]:
    """Files as given, directories walked in sorted order (only readable suffixes)."""
    for raw in paths:
        if raw == "-":
            yield Source("-")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in READABLE_SUFFIXES - {""} and not child.name.startswith("."):
                    yield Source(str(child))
        elif path.exists():
            yield Source(str(path))
        else:
            yield InputError(raw, "no such file or directory")


def read_articles(paths: Iterable[str], published: date | None = None) -> Iterator[Article | InputError]:
    """Every article in ``paths``, in input order; unreadable records come as InputError."""
    for source in expand_paths(paths):
        if isinstance(source, InputError):
            yield source
            continue
        try:
            data = source.read_bytes()
        except OSError as exc:
            yield InputError(source.name, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_source(source, data, published)


def read_source(source: Source, data: bytes, published: date | None) -> Iterator[Article | InputError]:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        yield InputError(source.name, exc.reason)
        return
    kind = sniff_kind(source.suffix, text)
    if kind == "jsonl":
        yield from read_jsonl(source.name, text, published)
    elif kind == "html":
        yield article_from_html(source.name, text, published)
    else:
        yield Article(id=content_id(text), text=text, source=source.name, published=published)


def sniff_kind(suffix: str, text: str) -> str:
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return "html"
    return "txt"


def read_jsonl(name: str, text: str, published: date | None) -> Iterator[Article | InputError]:
    # Split on "\n" only: str.splitlines() also breaks at U+2028/U+2029/U+0085, which JSON
    # strings may hold unescaped, and would cut such a record in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        location = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(location, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield article_from_record(record, location, published)
        except InputError as exc:
            yield exc


def article_from_record(record: object, location: str, published: date | None) -> Article:
    if not isinstance(record, dict):
        raise InputError(location, "a JSONL line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(location, "missing 'text' field" if text is None else "'text' must be a non-empty string")
    html_fields = html_to_article_fields(record["html"]) if isinstance(record.get("html"), str) else {}
    article = Article(
        id=str(record.get("id") or content_id(text)),
        text=text,
        source=location,
        url=record.get("url") or html_fields.get("url"),
        published=parse_published(record.get("published"), location) or html_fields.get("published") or published,
        outlet=record.get("source") or html_fields.get("outlet"),
        given_title=record.get("title") or html_fields.get("title"),
    )
    return article


def article_from_html(name: str, html: str, published: date | None) -> Article | InputError:
    fields = html_to_article_fields(html)
    text = fields.get("text") or ""
    if not text.strip():
        return InputError(name, "no article text found in the HTML")
    article = Article(
        id=content_id(text),
        text=text,
        source=name,
        url=fields.get("url"),
        published=fields.get("published") or published,
        outlet=fields.get("outlet"),
        given_title=fields.get("title"),
        derived_text=True,
    )
    return article

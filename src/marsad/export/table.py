"""A plain-text table of events for reading in a terminal."""
from __future__ import annotations

import unicodedata
from typing import Iterable, TextIO

COLUMNS = (("event_date", 10), ("event_type", 26), ("sub_event_type", 26), ("actor1", 30), ("actor2", 24),
           ("location", 16), ("admin1", 12), ("fatalities", 4), ("modality", 10))


def _cell(value: object, width: int) -> str:
    text = "" if value is None else str(value)
    text = unicodedata.normalize("NFC", text)
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)


def write_table(records: Iterable[dict], out: TextIO, include_background: bool = False) -> int:
    count = 0
    out.write(" ".join(_cell(name, width) for name, width in COLUMNS) + "\n")
    for article in records:
        events = [e for e in article["events"] if include_background or e["modality"] != "background"]
        title = (article.get("title") or article["id"])[:90]
        out.write(f"\n# {article['id']}  {article.get('published') or ''}  {title}\n")
        for event in events:
            out.write(" ".join(_cell(event.get(name), width) for name, width in COLUMNS) + "\n")
            count += 1
    out.write(f"\n{count} events\n")
    return count

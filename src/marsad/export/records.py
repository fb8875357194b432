"""Events and articles as plain dictionaries: the JSONL contract of DESIGN.md "Formats"."""
from __future__ import annotations

from marsad.model import Article, Event
from marsad.stages.event_fields import inter_code, interaction_code

# Every event carries every one of these keys, in this order; unknown values are null.
EVENT_KEYS = (
    "event_type", "sub_event_type", "event_date", "time_precision", "date_text",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "country", "iso", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "source", "source_scale", "modality", "notes", "confidence", "trigger", "evidence",
)


def event_record(event: Event) -> dict:
    place = event.location.place if event.location else None
    country = place.country if place else None
    inter1 = inter_code(event.actor1, country)
    inter2 = inter_code(event.actor2, country)
    date = event.date
    record = {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "event_date": date.value.isoformat() if date and date.value else None,
        "time_precision": date.precision if date else None,
        "date_text": date.text or None if date else None,
        "actor1": event.actor1.name_en if event.actor1 else None,
        "assoc_actor_1": event.assoc_actor_1.name_en if event.assoc_actor_1 else None,
        "inter1": inter1,
        "actor2": event.actor2.name_en if event.actor2 else None,
        "assoc_actor_2": event.assoc_actor_2.name_en if event.assoc_actor_2 else None,
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": event.civilian_targeting,
        "country": country,
        "iso": place.iso if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": place.admin3 if place else None,
        "location": place.name_en if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": event.location.geo_precision if event.location else None,
        "fatalities": event.fatalities,
        "source": "; ".join(event.sources) or None,
        "source_scale": event.source_scale,
        "modality": event.modality,
        "notes": event.notes,
        "confidence": event.confidence,
        "trigger": {"text": event.trigger.text, "start": event.trigger.start, "end": event.trigger.end},
        "evidence": {name: [span.as_pair() for span in spans] for name, spans in event.evidence.items()},
    }
    return {key: record[key] for key in EVENT_KEYS}


def article_record(article: Article) -> dict:
    title = article.given_title or (article.title.text if article.title else None)
    record = {
        "id": article.id,
        "title": title,
        "outlet": article.outlet,
        "dateline": article.dateline.text if article.dateline else None,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "events": [event_record(e) for e in article.events],
        "warnings": list(article.warnings),
    }
    if article.url:
        record["url"] = article.url
    if article.derived_text:
        record["text"] = article.text  # offsets index this extracted text, not the raw HTML
    return record

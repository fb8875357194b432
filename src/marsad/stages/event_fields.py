"""The fields an event takes from its whole article: sources, default date, history, codes, notes."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from marsad.model import Actor, Article, DateValue, Event, Mention, Span
from marsad.resources.registry import default_actors
from marsad.settings import Settings
from marsad.text.normalize import normalize_string

SCALE_ORDER = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")


def inter_code(actor: Actor | None, country: str | None) -> int | None:
    if actor is None:
        return None
    if actor.inter_abroad and actor.country and country and actor.country != country:
        return actor.inter_abroad
    return actor.inter


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two inter codes, lower first; a one-sided event is inter1 * 10."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _sentences_of(article: Article, event: Event) -> list[Span]:
    spans = [s for spans in event.evidence.values() for s in spans] + [event.trigger]
    return [s for s in article.sentences if any(s.start <= x.start and x.end <= s.end for x in spans)]


def _attach_sources(article: Article, event: Event) -> None:
    names: list[str] = []
    scales: list[str] = []
    sentences = _sentences_of(article, event)
    for attribution in article.attributions:
        if attribution.sentence not in sentences:
            continue
        if attribution.modality in ("claimed", "denied") and event.modality == "reported":
            event.modality = attribution.modality
            event.add_evidence("modality", attribution.cue)
        for mention in attribution.sources:
            source = mention.resolution
            event.add_evidence("source", mention.span)
            if source.name_en not in names:
                names.append(source.name_en)
            scales.append(source.scale)
    if article.outlet and article.outlet not in names:
        names.append(article.outlet)
    event.sources = names
    ordered = [s for s in SCALE_ORDER if s in scales]
    event.source_scale = "-".join(ordered) if ordered else None


def news_day(article: Article, settings: Settings) -> Mention | None:
    """The day the article reports on: its first day-precise date in the body within a few days
    before publication ("وذكرت مصادر محلية، مساء الأحد، أن ..."), a statement's day included.
    A wire report tells that day's events first, so an event the text gives no date inherits it."""
    if article.published is None:
        return None
    earliest = article.published - timedelta(days=settings.news_day_within_days)
    for mention in sorted(article.mentions_of("date"), key=lambda m: m.span.start):
        value = mention.resolution
        if value.precision == 1 and value.value is not None and earliest <= value.value <= article.published:
            return mention
    return None


_CIVILIAN_VICTIMS = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:مدني|مدنيين|مدنيا|مدنيون|اطفال|طفلا|طفلين|نساء|سيدات|الاحياء السكنيه|منازل المدنيين"
                               # places of civilian life struck: ACLED codes civilians as the target
                               r"|مستشفي|مستشفيات|مشفي|المشفي|مدرسه|مدارس|سوق|اسواق|مخبز|فرن|سيارات الاسعاف|سياره اسعاف|مخيم للنازحين|مخيما للنازحين)(?!\w)")


# people killed or hurt, named as people: civilians unless the sentence counts fighters among them
_PEOPLE_HIT = re.compile(r"(?<!\w)(?:شخص|شخصا|شخصين|اشخاص|الاشخاص|مواطن|مواطنا|مواطنين|المواطنين)(?!\w)")
_FIGHTERS = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:عنصر|عناصر|عنصرا|مسلح|مسلحين|مسلحا|مقاتل|مقاتلين|مقاتلا|جندي|جنديا|جنود|عسكري|"
                       r"عسكريين|عسكريا|ضابط|ضباط|شرطي|الشرطه|منتسبي)(?!\w)")


def _civilians_hit(sentence: str) -> bool:
    if _CIVILIAN_VICTIMS.search(sentence):
        return True
    return bool(_PEOPLE_HIT.search(sentence)) and not _FIGHTERS.search(sentence)


def _undated(event: Event) -> bool:
    return event.date is None or event.date.value is None and not event.date.text


def date_from_news_day(event: Event, day: Mention | None) -> None:
    """``day`` is the article's ``news_day``. Done before merging, so that an undated mention of
    today's story does not merge into an older event told with its own date ("وكان الجيش أعلن في
    أواخر مايو قصف موقع في هجين")."""
    if day is not None and _undated(event):
        event.date = day.resolution
        event.add_evidence("event_date", day.span)


def _date_or_default(article: Article, event: Event, settings: Settings) -> None:
    if _undated(event) and event.modality != "background":
        # no date in the text: the report's own date, as ACLED codes undated reports, a week's precision;
        # history told without its date stays undated rather than take the day it was recalled
        event.date = DateValue(article.published, 2, "") if article.published else None
    if (
        event.modality != "background"
        and event.date is not None
        and event.date.value is not None
        and article.published is not None
        and event.date.value < article.published - timedelta(days=settings.background_after_days)
    ):
        event.modality = "background"


def _confidence(event: Event) -> float:
    score = 0.35
    # a perpetrator the text names counts; one filled in by convention (unidentified) does not
    named = event.actor1 is not None and (event.evidence.get("actor1") or event.event_type in ("Protests", "Riots"))
    score += 0.2 if named else 0.0
    if event.location is not None:
        score += 0.2 if event.location.geo_precision == 1 else 0.1
    score += 0.15 if "event_date" in event.evidence else 0.0
    score += 0.1 if "source" in event.evidence else 0.0
    if event.modality in ("planned", "hypothetical", "background"):
        score -= 0.15
    return round(max(0.05, min(score, 0.95)), 2)


def _crowd_actor(event: Event, registry) -> None:
    """ACLED codes demonstrators as Protesters/Rioters (Country); a named group becomes their associate."""
    if event.event_type not in ("Protests", "Riots") or event.location is None:
        return
    crowd = registry.protesters if event.event_type == "Protests" else registry.rioters
    named = event.actor1
    event.actor1 = crowd(event.location.place.country)
    if named is not None and named.inter not in (1, 8) and named.id != event.actor1.id:
        event.assoc_actor_1 = named
    elif named is not None and named.inter in (1, 8) and event.actor2 is None:
        event.actor2 = named  # state forces met the crowd


# Weapons that armed groups plant or carry; state forces strike from the air or with artillery, and
# whose shells or jets they were is often told elsewhere in the story, so those stay unknown.
_CONCEALED_ATTACKS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})


def _unidentified_perpetrator(event: Event, registry) -> None:
    """A bomb or an attack on civilians nobody is named for is coded as ACLED does: "Unidentified
    Armed Group (<country>)". No words support it, so it gets no actor1 evidence."""
    if event.actor1 is not None or event.location is None or not event.location.place.country:
        return
    if event.event_type == "Violence against civilians" or (
            event.event_type == "Explosions/Remote violence" and event.sub_event_type in _CONCEALED_ATTACKS):
        event.actor1 = registry.unidentified(event.location.place.country)


def finish_event(article: Article, event: Event, settings: Settings) -> Event:
    from marsad.stages.notes import note_for

    registry = default_actors()
    _attach_sources(article, event)
    _date_or_default(article, event, settings)
    if event.actor1 is not None and event.assoc_actor_1 is None:
        event.assoc_actor_1 = registry.affiliation(event.actor1)
    if event.actor2 is not None and event.assoc_actor_2 is None:
        event.assoc_actor_2 = registry.affiliation(event.actor2)
    _crowd_actor(event, registry)
    _unidentified_perpetrator(event, registry)
    if event.event_type == "Violence against civilians" and event.actor2 is None and event.location is not None:
        event.actor2 = registry.civilians(event.location.place.country)  # ACLED: the victims of such violence are civilians
    elif (event.event_type == "Explosions/Remote violence" and event.actor2 is None and event.location is not None
          and _civilians_hit(normalize_string(event.sentence.text))):
        # a strike or bomb that killed or hit civilians has them as its second actor
        event.actor2 = registry.civilians(event.location.place.country)
    when = event.date.value if event.date is not None else article.published
    country = event.location.place.country if event.location is not None else None
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        actor = getattr(event, name)
        if actor is None:
            continue
        actor = registry.in_country(actor, country)
        if actor.id in registry:
            # ACLED names a state's forces after the government of the day
            actor = replace(actor, name_en=registry.name_on(actor, when))
        setattr(event, name, actor)
    event.civilian_targeting = bool(
        event.event_type == "Violence against civilians" and (event.actor2 is None or event.actor2.inter == 7)
    )
    event.confidence = _confidence(event)
    event.notes = note_for(event)
    return event

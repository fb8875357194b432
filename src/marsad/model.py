"""The nouns of marsad: every extracted fact points back to Spans of the unchanged text."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of ``Article.text``; ``text`` is that slice, kept for reading."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_pair(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name_en: str
    name_ar: str
    inter: int
    country: str | None = None
    parent: str | None = None  # id of the organisation this actor is affiliated with
    aliases: tuple[str, ...] = ()
    inter_abroad: int | None = None  # ACLED codes state forces acting outside their country as 8


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name_en: str
    name_ar: str
    lat: float
    lon: float
    feature: str
    country: str
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    population: int | None = None

    @property
    def region(self) -> str | None:
        """The governorate (admin1) the place lies in, or is."""
        return self.admin1 or (self.name_en if self.feature == "governorate" else None)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date expression. ``value`` is None when there is nothing to resolve against."""

    value: date | None
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    text: str
    relative: bool = False


@dataclass(frozen=True, slots=True)
class PlaceResolution:
    """A place mention resolved to the gazetteer, and how sure we are where it points."""

    place: Place
    geo_precision: int  # ACLED geo_precision: 1 town/village, 2 near/part of, 3 region
    via: str = "name"  # name | landmark | region | fuzzy | context | unlisted | site | story
    unlisted: str | None = None  # the name as written, where the gazetteer lacks it and ``place`` is the place beside it


@dataclass(slots=True)
class Mention:
    span: Span
    kind: str  # place | actor | person | source | date | number
    resolution: object = None  # Actor, PlaceResolution, DateValue, int, or source record
    key: str = ""  # the lexicon key that matched, for debugging and evaluation


@dataclass(slots=True)
class Attribution:
    """Who says what a sentence reports: the chain of sources, outermost last, and the verb."""

    sentence: Span
    sources: list[Mention]  # kind "source"; resolution is a registry Source
    cue: Span | None = None  # the reporting verb or phrase (قالت، بحسب، نفى ...)
    modality: str = "reported"  # reported | claimed | denied
    inherited: bool = False  # taken over from an earlier sentence (وأضافت الشبكة ...)


@dataclass(slots=True)
class Event:
    event_type: str
    sub_event_type: str
    trigger: Span
    sentence: Span
    modality: str = "reported"
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: Actor | None = None
    assoc_actor_2: Actor | None = None
    location: PlaceResolution | None = None
    date: DateValue | None = None
    fatalities: int = 0
    civilian_targeting: bool = False
    sources: list[str] = field(default_factory=list)  # names, cited sources first, the outlet last
    source_scale: str | None = None
    confidence: float = 0.5
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    notes: str = ""
    probability: float | None = None  # the event filter's belief that this is a reported event
    features: dict[str, float] | None = None  # what the filter saw, kept for training and review

    def add_evidence(self, name: str, span: Span | None) -> None:
        if span is not None and span not in self.evidence.setdefault(name, []):
            self.evidence[name].append(span)


@dataclass(slots=True)
class Article:
    id: str
    text: str
    source: str | None = None  # file path or URL it came from
    url: str | None = None
    published: date | None = None
    language: str | None = None
    outlet: str | None = None
    title: Span | None = None
    given_title: str | None = None  # a title supplied outside the text (JSONL field, HTML metadata)
    derived_text: bool = False  # True when ``text`` was extracted (HTML), not given as is
    dateline: Span | None = None
    tags: Span | None = None
    byline: Span | None = None
    body: list[Span] = field(default_factory=list)  # paragraphs
    boilerplate: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    clauses: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    normalized: object = None  # text.normalize.Normalized, set by the normalize stage

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(f"{code}: {message}")

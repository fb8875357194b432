"""The actor registry and the source registry: packaged YAML that analysts read and extend.

``actors.yaml`` holds the canonical bilingual actors (ACLED names, inter codes, Arabic
aliases, affiliations); ``sources.yaml`` the outlets that publish and the sources they
cite. Both are validated on load: a bad entry raises ``ValueError`` naming the file and
the entry. Matching is left to :class:`marsad.text.lexicon.Lexicon`, fed from
``surface_forms()``::

    actors = default_actors()
    lexicon = Lexicon((surface, actor_id) for surface, actor_id, _ in actors.surface_forms())
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import yaml

from marsad.model import Actor
from marsad.text.normalize import normalize_string

__all__ = [
    "ACTOR_KINDS",
    "ActorRegistry",
    "SOURCE_SCALES",
    "SOURCE_TYPES",
    "Source",
    "SourceRegistry",
    "default_actors",
    "default_sources",
]

ACTOR_KINDS = frozenset(
    {"state", "rebel", "militia", "identity", "civilians", "protesters", "rioters", "organisation", "coalition", "unknown"}
)
SOURCE_SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
SOURCE_TYPES = frozenset({"outlet", "agency", "monitor", "official", "social", "generic"})

_ACTOR_KEYS = frozenset(
    {"id", "name_en", "name_ar", "inter", "inter_abroad", "country", "parent", "kind", "aliases", "country_names", "periods",
     "governs"}
)
_SOURCE_KEYS = frozenset({"id", "name_en", "name_ar", "aliases", "as_subject", "scale", "type"})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ACTOR_HAS_INTER_ABROAD = "inter_abroad" in getattr(Actor, "__dataclass_fields__", {})

# Spelling variants that normalization does not fold; each alias is also indexed in the
# other spellings of its group (ميليشيا/مليشيا/ميلشيا, أمريكي/أميركي, ديمقراطي/ديموقراطي).
_VARIANT_GROUPS = (("ميليشي", "مليشي", "ميلشي"), ("مريك", "ميرك"), ("ديمقراط", "ديموقراط"))

# Per-country generic actors: kind -> (ACLED name pattern, inter, Arabic name, id prefix)
_GENERIC = {
    "unknown": ("Unidentified Armed Group ({})", 3, "مسلحون مجهولون", "unidentified"),
    "civilians": ("Civilians ({})", 7, "مدنيون", "civilians"),
    "protesters": ("Protesters ({})", 6, "متظاهرون", "protesters"),
    "rioters": ("Rioters ({})", 5, "مثيرو شغب", "rioters"),
}


@dataclass(frozen=True, slots=True)
class Source:
    """A news outlet or a cited source; ``scale`` is its ACLED source_scale."""

    id: str
    name_en: str
    name_ar: str
    scale: str
    type: str


@dataclass(frozen=True, slots=True)
class _ActorExtra:
    kind: str
    inter_abroad: int | None
    country_names: tuple[str, ...]
    periods: tuple[tuple[date, str], ...]  # (until, name_en used before that date)
    governs: bool = False  # a non-state group running the territory it holds


def _variants(surface: str) -> list[str]:
    out = [surface]
    for group in _VARIANT_GROUPS:
        for form in list(out):
            for spelling in group:
                if spelling in form:
                    out.extend(form.replace(spelling, other) for other in group if other != spelling)
    return list(dict.fromkeys(out))


def _read_yaml(path: Path | None, default_name: str) -> tuple[Any, str]:
    if path is None:
        try:
            text = resources.files("marsad.resources").joinpath(default_name).read_text(encoding="utf-8")
        except (ModuleNotFoundError, FileNotFoundError, TypeError, AttributeError):
            text = Path(__file__).with_name(default_name).read_text(encoding="utf-8")
        origin = default_name
    else:
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        origin = str(path)
    try:
        return yaml.safe_load(text), origin
    except yaml.YAMLError as exc:
        raise ValueError(f"{origin}: not valid YAML: {exc}") from None


class _Checker:
    """Collects the file name and entry label into every error message."""

    def __init__(self, origin: str, section: str = ""):
        self.origin = origin
        self.section = section

    def fail(self, index: int, entry: Any, problem: str) -> None:
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"{self.section} " if self.section else ""
        label = f"{where}entry {index + 1}" + (f" (id {ident!r})" if ident is not None else "")
        raise ValueError(f"{self.origin}: {label}: {problem}")

    def text(self, index: int, entry: dict, key: str, required: bool = True) -> str | None:
        value = entry.get(key)
        if value is None:
            if required:
                self.fail(index, entry, f"missing {key!r}")
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(index, entry, f"{key!r} must be a non-empty string, got {value!r}")
        return value.strip()

    def strings(self, index: int, entry: dict, key: str) -> tuple[str, ...]:
        value = entry.get(key) or []
        if not isinstance(value, list):
            self.fail(index, entry, f"{key!r} must be a list of strings")
        out = []
        for item in value:
            if not isinstance(item, str) or len(normalize_string(item)) < 2:
                self.fail(index, entry, f"{key!r} has an empty or too short form {item!r}")
            out.append(item.strip())
        return tuple(out)

    def ident(self, index: int, entry: Any, seen: set[str]) -> str:
        if not isinstance(entry, dict):
            self.fail(index, entry, f"must be a mapping, got {type(entry).__name__}")
        ident = entry.get("id")
        if not isinstance(ident, str) or not _ID.match(ident):
            self.fail(index, entry, f"'id' must be a lowercase slug (a-z, 0-9, -), got {ident!r}")
        if ident in seen:
            self.fail(index, entry, f"duplicate id {ident!r}")
        seen.add(ident)
        return ident

    def keys(self, index: int, entry: dict, allowed: frozenset[str]) -> None:
        unknown = sorted(set(entry) - allowed)
        if unknown:
            self.fail(index, entry, f"unknown field(s) {', '.join(map(repr, unknown))}")


def _inter(check: _Checker, index: int, entry: dict, key: str, required: bool) -> int | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        check.fail(index, entry, f"{key!r} must be an ACLED inter code 1-8, got {value!r}")
    return value


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


class ActorRegistry:
    """Canonical actors by id, with their surface forms, affiliations and ACLED codes."""

    def __init__(self, actors: list[Actor], extras: dict[str, _ActorExtra], origin: str = "<memory>"):
        self.origin = origin
        self._actors = {a.id: a for a in actors}
        self._extras = extras
        self._by_surface: dict[str, list[tuple[str, str]]] | None = None

    # ── loading ──────────────────────────────────────────────────────────────────
    @classmethod
    def load(cls, path: str | Path | None = None) -> "ActorRegistry":
        """Read and validate ``path`` (default: the packaged ``actors.yaml``)."""
        data, origin = _read_yaml(None if path is None else Path(path), "actors.yaml")
        check = _Checker(origin)
        if not isinstance(data, list):
            raise ValueError(f"{origin}: expected a list of actors at the top level")
        seen: set[str] = set()
        actors: list[Actor] = []
        extras: dict[str, _ActorExtra] = {}
        parents: dict[str, tuple[int, dict, str]] = {}
        for index, entry in enumerate(data):
            ident = check.ident(index, entry, seen)
            check.keys(index, entry, _ACTOR_KEYS)
            name_en = check.text(index, entry, "name_en")
            name_ar = check.text(index, entry, "name_ar")
            inter = _inter(check, index, entry, "inter", required=True)
            inter_abroad = _inter(check, index, entry, "inter_abroad", required=False)
            country = check.text(index, entry, "country", required=False)
            parent = check.text(index, entry, "parent", required=False)
            kind = check.text(index, entry, "kind", required=False) or "unknown"
            if kind not in ACTOR_KINDS:
                check.fail(index, entry, f"'kind' must be one of {sorted(ACTOR_KINDS)}, got {kind!r}")
            if parent == ident:
                check.fail(index, entry, "an actor cannot be its own parent")
            aliases = check.strings(index, entry, "aliases")
            weak = check.strings(index, entry, "country_names")
            periods = cls._periods(check, index, entry)
            if parent is not None:
                parents[ident] = (index, entry, parent)
            more = {"inter_abroad": inter_abroad} if _ACTOR_HAS_INTER_ABROAD else {}
            actors.append(Actor(ident, name_en, name_ar, inter, country, parent, aliases, **more))
            governs = entry.get("governs", False)
            if not isinstance(governs, bool):
                check.fail(index, entry, f"'governs' must be true or false, got {governs!r}")
            extras[ident] = _ActorExtra(kind, inter_abroad, weak, periods, governs)
        for ident, (index, entry, parent) in parents.items():
            if parent not in seen:
                check.fail(index, entry, f"unknown parent id {parent!r}")
        for ident, (index, entry, _) in parents.items():
            chain, current = [ident], parents[ident][2]
            while current in parents:
                if current in chain:
                    check.fail(index, entry, f"parent cycle: {' -> '.join(chain + [current])}")
                chain.append(current)
                current = parents[current][2]
        return cls(actors, extras, origin)

    @staticmethod
    def _periods(check: _Checker, index: int, entry: dict) -> tuple[tuple[date, str], ...]:
        raw = entry.get("periods") or []
        if not isinstance(raw, list):
            check.fail(index, entry, "'periods' must be a list of {name_en, until}")
        out: list[tuple[date, str]] = []
        for item in raw:
            until = _as_date(item.get("until")) if isinstance(item, dict) else None
            name = item.get("name_en") if isinstance(item, dict) else None
            if until is None or not isinstance(name, str) or not name.strip():
                check.fail(index, entry, f"bad period {item!r}: needs name_en and until: YYYY-MM-DD")
            if out and until <= out[-1][0]:
                check.fail(index, entry, "periods must be listed oldest first")
            out.append((until, name.strip()))
        return tuple(out)

    # ── lookups ──────────────────────────────────────────────────────────────────
    def _actor(self, actor: Actor | str) -> Actor:
        return self.get(actor) if isinstance(actor, str) else actor

    def get(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise KeyError(f"no actor {actor_id!r} in {self.origin}") from None

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def all(self) -> list[Actor]:
        return list(self._actors.values())

    def kind(self, actor: Actor | str) -> str:
        return self._extras[self._actor(actor).id].kind

    def governs(self, actor: Actor | str) -> bool:
        """Whether the actor, or the organisation it belongs to, runs the territory it holds (police,
        courts, prisons): ACLED codes its detentions as arrests, not abductions."""
        ident = actor if isinstance(actor, str) else actor.id
        seen = set()
        while ident in self._extras and ident not in seen:
            if self._extras[ident].governs:
                return True
            seen.add(ident)
            ident = self._actors[ident].parent
        return False

    def country_names(self, actor: Actor | str) -> tuple[str, ...]:
        return self._extras[self._actor(actor).id].country_names

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """``(surface, actor_id, strength)``; strength is ``"alias"`` (strong evidence) or
        ``"country_name"`` (weak: a country, capital or generic phrase). Spelling variants
        of each form are included; one surface may name several actors (the per-country
        generic actors share theirs), so the caller decides by context."""
        emitted: set[tuple[str, str]] = set()
        for strength in ("alias", "country_name"):
            for actor in self._actors.values():
                forms = actor.aliases if strength == "alias" else self._extras[actor.id].country_names
                for form in forms:
                    for variant in _variants(form):
                        key = (normalize_string(variant), actor.id)
                        if key not in emitted:  # an alias is not repeated as a weak form
                            emitted.add(key)
                            yield variant, actor.id, strength

    def lookup(self, surface: str) -> list[tuple[Actor, str]]:
        """The actors a surface form names, with its strength, strong ones first."""
        if self._by_surface is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for form, actor_id, strength in self.surface_forms():
                index.setdefault(normalize_string(form), []).append((actor_id, strength))
            self._by_surface = index
        return [(self._actors[i], s) for i, s in self._by_surface.get(normalize_string(surface), [])]

    def affiliation(self, actor: Actor | str) -> Actor | None:
        """The organisation that fills ACLED assoc_actor for ``actor``: its parent, except
        for a state sub-unit whose ACLED name already begins with the parent's name."""
        actor = self._actor(actor)
        if actor.parent is None:
            return None
        parent = self.get(actor.parent)
        if actor.name_en.startswith(parent.name_en):
            return None
        return parent

    def for_country(self, actor: Actor | str, country: str | None) -> int:
        """The inter code ``actor`` gets for an event in ``country``: ``inter_abroad``
        (8, external forces) for state forces acting outside their own country."""
        actor = self._actor(actor)
        abroad = self._extras[actor.id].inter_abroad
        if abroad is not None and country and actor.country and country.casefold() != actor.country.casefold():
            return abroad
        return actor.inter

    def name_on(self, actor: Actor | str, when: date | None) -> str:
        """The ACLED name in use on ``when`` (earlier ruling periods); today's if unknown."""
        actor = self._actor(actor)
        if when is None:
            return actor.name_en
        for until, name in self._extras[actor.id].periods:
            if when < until:
                return name
        if not self._extras[actor.id].periods:
            # a unit named after its state's forces ("Military Forces of Iraq (2022-) Peshmerga")
            # takes the forces' name of the day: "Military Forces of Iraq (2014-2018) Peshmerga"
            for other in self._actors.values():
                if other.id != actor.id and self._extras[other.id].periods and actor.name_en.startswith(other.name_en + " "):
                    return self.name_on(other, when) + actor.name_en[len(other.name_en):]
        return actor.name_en

    def _generic(self, kind: str, country: str) -> Actor:
        pattern, inter, name_ar, prefix = _GENERIC[kind]
        wanted = pattern.format(country).casefold()
        for actor in self._actors.values():
            if self._extras[actor.id].kind == kind and actor.name_en.casefold() == wanted:
                return actor
        slug = re.sub(r"[^a-z0-9]+", "-", country.casefold()).strip("-")
        return Actor(f"{prefix}-{slug}", pattern.format(country), name_ar, inter, country)

    def in_country(self, actor: Actor, country: str | None) -> Actor:
        """The country's variant of an actor ACLED codes per country: "Islamic State (Iraq)" for an
        Iraqi event even where the text matched the Syrian entry; other actors come back unchanged."""
        match = re.fullmatch(r"(.*) \(([^()]+)\)", actor.name_en)
        if country is None or match is None or match.group(2) == country:
            return actor
        wanted = f"{match.group(1)} ({country})".casefold()
        for candidate in self._actors.values():
            if candidate.name_en.casefold() == wanted:
                return candidate
        kind = self._extras[actor.id].kind if actor.id in self._extras else None
        if kind in ("unknown", "civilians", "protesters", "rioters"):
            return self._generic(kind, country)
        return actor

    def unidentified(self, country: str) -> Actor:
        """"Unidentified Armed Group (<country>)" (made on the fly for unlisted countries)."""
        return self._generic("unknown", country)

    def civilians(self, country: str) -> Actor:
        return self._generic("civilians", country)

    def protesters(self, country: str) -> Actor:
        return self._generic("protesters", country)

    def rioters(self, country: str) -> Actor:
        return self._generic("rioters", country)


class SourceRegistry:
    """Named outlets and generic cited sources ("local sources", "activists")."""

    def __init__(self, outlets: list[tuple[Source, tuple[str, ...], tuple[str, ...]]],
                 generic: list[tuple[Source, tuple[str, ...], tuple[str, ...]]], origin: str = "<memory>"):
        """Each entry: (source, aliases, as_subject forms); the third may be left out."""
        self.origin = origin
        self._sources: dict[str, Source] = {}
        self._forms: dict[str, tuple[tuple[str, ...], str]] = {}
        self._subject_forms: dict[str, str] = {}
        for strength, entries in (("name", outlets), ("generic", generic)):
            for source, aliases, *as_subject in entries:
                self._sources[source.id] = source
                self._forms[source.id] = (aliases, strength)
                for form in (as_subject[0] if as_subject else ()):
                    self._subject_forms[normalize_string(form)] = source.id

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SourceRegistry":
        """Read and validate ``path`` (default: the packaged ``sources.yaml``)."""
        data, origin = _read_yaml(None if path is None else Path(path), "sources.yaml")
        if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
            raise ValueError(f"{origin}: expected a mapping with an 'outlets' list (and optionally 'generic')")
        unknown = sorted(set(data) - {"outlets", "generic"})
        if unknown:
            raise ValueError(f"{origin}: unknown top-level key(s) {', '.join(map(repr, unknown))}")
        seen: set[str] = set()
        sections: dict[str, list[tuple[Source, tuple[str, ...], tuple[str, ...]]]] = {}
        for section in ("outlets", "generic"):
            entries = data.get(section) or []
            if not isinstance(entries, list):
                raise ValueError(f"{origin}: {section!r} must be a list")
            check = _Checker(origin, section)
            out = sections[section] = []
            for index, entry in enumerate(entries):
                ident = check.ident(index, entry, seen)
                check.keys(index, entry, _SOURCE_KEYS)
                name_en = check.text(index, entry, "name_en")
                name_ar = check.text(index, entry, "name_ar")
                scale = check.text(index, entry, "scale")
                if scale not in SOURCE_SCALES:
                    check.fail(index, entry, f"'scale' must be one of {list(SOURCE_SCALES)}, got {scale!r}")
                kind = check.text(index, entry, "type")
                if kind not in SOURCE_TYPES:
                    check.fail(index, entry, f"'type' must be one of {sorted(SOURCE_TYPES)}, got {kind!r}")
                if (section == "generic") != (kind == "generic"):
                    check.fail(index, entry, "type 'generic' is for, and only for, entries of the 'generic' list")
                out.append((Source(ident, name_en, name_ar, scale, kind), check.strings(index, entry, "aliases"),
                            check.strings(index, entry, "as_subject")))
        return cls(sections["outlets"], sections["generic"], origin)

    def get(self, source_id: str) -> Source:
        try:
            return self._sources[source_id]
        except KeyError:
            raise KeyError(f"no source {source_id!r} in {self.origin}") from None

    def __contains__(self, source_id: object) -> bool:
        return source_id in self._sources

    def __len__(self) -> int:
        return len(self._sources)

    def all(self) -> list[Source]:
        return list(self._sources.values())

    def as_subject(self, word: str) -> Source | None:
        """The source a common word names when it is the subject of a reporting verb ("وقال سكان")."""
        source_id = self._subject_forms.get(normalize_string(word))
        return None if source_id is None else self._sources[source_id]

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """``(surface, source_id, strength)``; strength is ``"name"`` for a named outlet
        or ``"generic"`` for an unnamed cited source. Only ``aliases`` are matched:
        ``name_ar`` may be a bare common word (الجزيرة، المدن) listed for display."""
        emitted: set[tuple[str, str]] = set()
        for source_id, (aliases, strength) in self._forms.items():
            for form in aliases:
                key = (normalize_string(form), source_id)
                if key not in emitted:
                    emitted.add(key)
                    yield form, source_id, strength


@functools.lru_cache(maxsize=1)
def default_actors() -> ActorRegistry:
    """The packaged actor registry, loaded once."""
    return ActorRegistry.load()


@functools.lru_cache(maxsize=1)
def default_sources() -> SourceRegistry:
    """The packaged source registry, loaded once."""
    return SourceRegistry.load()

"""The offline gazetteer: places of Syria, Iraq and their neighbours, looked up by Arabic name.

The data lives in the packaged ``gazetteer.sqlite`` (built by ``scripts/build_gazetteer.py``
from Who's On First and GeoNames, see ``LICENSES.md``) plus the hand-kept
``place_aliases.csv`` (spellings the data lacks, landmarks inside towns, regions, and a few
places absent from the data). Everything is read into memory once; lookups are dict hits.

Names are matched in the form given by ``marsad.text.normalize.normalize_string``.

Alias rows get ids ``alias:<normalized name>``. ``get`` resolves them: an ``alias`` or
``landmark`` row resolves to its target place; a ``place`` or ``region`` row to a synthetic
``Place`` built from the row (coordinates of the row, country and admin from the target
place or, without a target, from the nearest gazetteer place). ``alias_kind`` tells a caller
that a match was a landmark (geo_precision 2) or a region (geo_precision 3).
"""
from __future__ import annotations

import csv
import functools
import math
import re
import sqlite3
from dataclasses import dataclass
from importlib.resources import as_file, files
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Sequence

from marsad.geo import km
from marsad.model import Place
from marsad.text.normalize import normalize_string

ALIAS_PREFIX = "alias:"
ADMIN_FEATURES = frozenset({"country", "governorate", "district"})
# Order in which places sharing a name are returned: the likelier referent first.
FEATURE_RANK = {
    "capital": 0, "city": 0, "town": 1, "village": 2, "locality": 2, "settlement": 2, "neighbourhood": 3,
    "farm": 4, "campus": 4, "abandoned": 5, "destroyed": 5, "district": 6, "governorate": 7, "region": 7,
    "country": 8,
}
ALIAS_KINDS = frozenset({"alias", "landmark", "region", "place"})


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One row of ``place_aliases.csv``."""

    name: str  # normalized
    name_ar: str  # as written in the file
    kind: str  # alias | landmark | region | place
    target: str | None  # a gazetteer place id
    lat: float | None
    lon: float | None
    geo_precision: int
    note: str

    @property
    def id(self) -> str:
        return ALIAS_PREFIX + self.name

    @property
    def name_en(self) -> str:
        """English name: the note up to its first comma/colon/semicolon, parentheses dropped."""
        text = re.sub(r"\s*\([^)]*\)", "", self.note)
        return re.split(r"[,:;]", text, maxsplit=1)[0].strip()


class FuzzyMatch(NamedTuple):
    place: Place
    score: float  # rapidfuzz ratio, 0-100
    name: str  # the normalized gazetteer name that matched


def _rank(place: Place) -> tuple:
    return (FEATURE_RANK.get(place.feature, 5), -(place.population or 0), place.id)


_SYRIA_WORD = re.compile(r"(?<!\w)سوريا(?!\w)")


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


class Gazetteer:
    def __init__(self, places: dict[str, Place], names: dict[str, list[str]],
                 aliases: Iterable[AliasEntry] = (), meta: dict[str, str] | None = None,
                 extents: dict[str, tuple[float, float, float, float]] | None = None):
        self._places = places
        self._extents = dict(extents or {})
        self._names = names
        self._aliases: dict[str, AliasEntry] = {}
        for a in aliases:
            if a.name in self._aliases:
                raise ValueError(f"duplicate alias name {a.name_ar!r}")
            self._aliases[a.name] = a
        # "شمال سورية" is "شمال سوريا": the table writes each phrase once, in the commoner spelling
        self._alias_spellings = {variant: name for name in self._aliases
                                 if (variant := _SYRIA_WORD.sub("سوريه", name)) != name and variant not in self._aliases}
        self.meta = dict(meta or {})
        self._synthetic: dict[str, Place] = {}
        self._fuzzy_choices: dict[bool, tuple[list[str], dict[str, list[str]]]] = {}
        self._fuzzy_grid: dict[bool, dict[tuple[int, int, int], set[str]]] = {}
        self._near_cache: dict[tuple, list[str]] = {}
        self._coords: list[tuple[float, float, Place]] | None = None

    # -- loading -----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None, aliases_path: Path | None = None) -> "Gazetteer":
        """Read the sqlite gazetteer (default: the packaged one) and the alias table."""
        if path is None:
            with as_file(files("marsad").joinpath("resources", "gazetteer.sqlite")) as p:
                places, names, meta, extents = _read_sqlite(Path(p))
        else:
            places, names, meta, extents = _read_sqlite(Path(path))
        if aliases_path is None:
            text = files("marsad").joinpath("resources", "place_aliases.csv").read_text(encoding="utf-8")
        else:
            text = Path(aliases_path).read_text(encoding="utf-8")
        return cls(places, names, _read_aliases(text), meta, extents)

    def __len__(self) -> int:
        return len(self._places)

    # -- lookups -----------------------------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        """The place with this id; ``alias:<name>`` ids resolve as described in the module doc."""
        place = self._places.get(place_id)
        if place is not None or not place_id.startswith(ALIAS_PREFIX):
            return place
        entry = self._aliases.get(place_id[len(ALIAS_PREFIX):])
        if entry is None:
            return None
        target = self._places.get(entry.target) if entry.target else None
        if entry.kind == "alias" or (entry.kind == "landmark" and not _far_from(entry, target)):
            return target  # a landmark inside its town is the town, as ACLED codes it
        return self._synthetic_place(entry)

    def extent(self, place_id: str) -> tuple[float, float, float, float] | None:
        """(south, west, north, east) of a country, governorate or district, where known."""
        return self._extents.get(place_id)

    def lookup(self, name: str) -> list[Place]:
        """All places whose normalized name is exactly ``normalize_string(name)``, likeliest first.

        Gazetteer places come first (cities, then towns, villages, ..., districts, governorates;
        larger population first), then the places the alias table adds.
        """
        key = normalize_string(name)
        found = sorted((self._places[i] for i in self._names.get(key, ())), key=_rank)
        entry = self._alias(key)
        if entry is not None:
            extra = self.get(entry.id)
            if extra is not None and all(p.id != extra.id for p in found):
                found.append(extra)
        return found

    def places(self) -> Iterator[Place]:
        """Every gazetteer place (alias-table places not included)."""
        return iter(self._places.values())

    def names(self) -> Iterator[tuple[str, str]]:
        """Every (normalized name, place id), alias rows included with ids ``alias:<name>``."""
        for name, ids in self._names.items():
            for pid in ids:
                yield name, pid
        for name in self._aliases:
            yield name, ALIAS_PREFIX + name
        for variant, name in self._alias_spellings.items():
            yield variant, ALIAS_PREFIX + name

    def alias_entry(self, place_id_or_name: str) -> AliasEntry | None:
        """The alias-table row behind an ``alias:`` id or a name, if any."""
        if place_id_or_name.startswith(ALIAS_PREFIX):
            return self._aliases.get(place_id_or_name[len(ALIAS_PREFIX):])
        return self._alias(normalize_string(place_id_or_name))

    def _alias(self, key: str) -> AliasEntry | None:
        """The alias-table row of a normalized name, in either spelling of a phrase with سوريا."""
        return self._aliases.get(self._alias_spellings.get(key, key))

    def alias_kind(self, place_id_or_name: str) -> str | None:
        """``alias`` | ``landmark`` | ``region`` | ``place`` for alias-table matches, else None."""
        entry = self.alias_entry(place_id_or_name)
        return entry.kind if entry else None

    def geo_precision(self, place_id: str) -> int:
        """ACLED geo_precision for a match on this id: 2 for a landmark, 3 for a region or admin unit."""
        entry = self.alias_entry(place_id) if place_id.startswith(ALIAS_PREFIX) else None
        if entry is not None:
            return entry.geo_precision
        place = self._places.get(place_id)
        if place is not None and place.feature in ("governorate", "country"):
            return 3
        return 1

    def aliases(self) -> Iterator[AliasEntry]:
        return iter(self._aliases.values())

    # -- geometry ----------------------------------------------------------------------------

    def nearest(self, lat: float, lon: float, features: Iterable[str] | None = None) -> Place | None:
        """The closest place; ``features=None`` means any feature except country/governorate/district."""
        if self._coords is None:
            self._coords = [(p.lat, p.lon, p) for p in sorted(self._places.values(), key=lambda p: p.id)]
        wanted = None if features is None else frozenset(features)
        k = math.cos(math.radians(lat)) ** 2
        best, best_d = None, math.inf
        for plat, plon, p in self._coords:
            if wanted is None:
                if p.feature in ADMIN_FEATURES:
                    continue
            elif p.feature not in wanted:
                continue
            d = (plat - lat) ** 2 + k * (plon - lon) ** 2
            if d < best_d:
                best, best_d = p, d
        return best

    # -- typos -------------------------------------------------------------------------------

    def fuzzy(self, name: str, limit: int = 5, score_cutoff: float = 85,
              near: Sequence[tuple[float, float]] | None = None, radius_km: float = 120,
              max_edits: int | None = None) -> list[FuzzyMatch]:
        """Populated places whose name is close to ``name`` (rapidfuzz ratio), best first.

        With ``near``, only places within ``radius_km`` of one of those points are considered: a
        misspelt village is looked for around the places the article already names, which
        is both more accurate and a hundred times faster than a search of the whole country.
        With ``max_edits``, names within that Levenshtein distance are returned instead (score =
        100 minus 10 per edit), the stricter test for short names.
        """
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import Levenshtein

        key = normalize_string(name)
        if not key:
            return []
        arabic = _is_arabic(key)
        choices, by_name = self._fuzzy_index(arabic)
        if max_edits is not None:
            lengths = range(len(key) - max_edits, len(key) + max_edits + 1)
        else:
            # a ratio of at least the cutoff bounds the length difference: other names cannot match
            factor = (200 - score_cutoff) / score_cutoff
            lengths = range(math.ceil(len(key) / factor), math.floor(len(key) * factor) + 1)
        if near is not None:
            cells = frozenset((math.floor(lat), math.floor(lon)) for lat, lon in near)
            key_near = (arabic, cells, math.ceil(radius_km / 85), lengths)  # a degree is >= 85 km here
            choices = self._near_cache.get(key_near)
            if choices is None:
                if len(self._near_cache) > 4096:
                    self._near_cache.clear()  # articles of one area share their cells; a bound keeps memory flat
                choices = self._near_cache[key_near] = self._names_near(*key_near)
        if max_edits is not None:
            hits = [(m, 100 - 10 * d, i) for m, d, i in process.extract(
                key, choices, scorer=Levenshtein.distance, limit=max(limit * 10, 50), score_cutoff=max_edits)]
        else:
            hits = process.extract(key, choices, scorer=fuzz.ratio, limit=max(limit * 10, 50),
                                   score_cutoff=score_cutoff)
        best: dict[str, FuzzyMatch] = {}
        for matched, score, _ in hits:
            for pid in by_name[matched]:
                cur = best.get(pid)
                if cur is None or score > cur.score:
                    best[pid] = FuzzyMatch(self._places[pid], float(score), matched)
        if near is not None:
            best = {pid: m for pid, m in best.items()
                    if min(km(m.place.lat, m.place.lon, lat, lon) for lat, lon in near) <= radius_km}
        ranked = sorted(best.values(), key=lambda m: (-m.score, _rank(m.place)))
        return ranked[:limit]

    def _names_near(self, arabic: bool, cells: set[tuple[int, int]], reach: int, lengths: range) -> list[str]:
        """Names of populated places in the one-degree cells around ``cells``, of the given lengths, in
        a fixed order (cells, then lengths, then names), so that ties among typo matches fall the same
        way on every run without sorting the whole neighbourhood each time. A name borne in two cells
        comes twice; the matches are merged by place afterwards."""
        grid = self._fuzzy_grid.get(arabic)
        if grid is None:
            cells_of: dict[tuple[int, int, int], set[str]] = {}
            _, by_name = self._fuzzy_index(arabic)
            for name, ids in by_name.items():
                for pid in ids:
                    place = self._places[pid]
                    cells_of.setdefault((math.floor(place.lat), math.floor(place.lon), len(name)), set()).add(name)
            grid = {key: sorted(names) for key, names in cells_of.items()}
            self._fuzzy_grid[arabic] = grid
        around = sorted({(lat + dlat, lon + dlon) for lat, lon in cells
                         for dlat in range(-reach, reach + 1) for dlon in range(-reach, reach + 1)})
        return list(chain.from_iterable(grid.get((lat, lon, length), ()) for lat, lon in around for length in lengths))

    def _fuzzy_index(self, arabic: bool) -> tuple[list[str], dict[str, list[str]]]:
        cached = self._fuzzy_choices.get(arabic)
        if cached is None:
            by_name: dict[str, list[str]] = {}
            for name, ids in self._names.items():
                if _is_arabic(name) != arabic:
                    continue
                keep = [i for i in ids if self._places[i].feature not in ADMIN_FEATURES]
                if keep:
                    by_name[name] = keep
            cached = (sorted(by_name), by_name)
            self._fuzzy_choices[arabic] = cached
        return cached

    # -- internals ---------------------------------------------------------------------------

    def _synthetic_place(self, entry: AliasEntry) -> Place | None:
        place = self._synthetic.get(entry.name)
        if place is not None:
            return place
        if entry.lat is None or entry.lon is None:
            return self._places.get(entry.target) if entry.target else None
        ref = self._places.get(entry.target) if entry.target else None
        if ref is None:
            ref = self.nearest(entry.lat, entry.lon)
        if entry.kind == "region":
            feature, admin2 = "region", None
            admin1 = ref.admin1 if ref else None
        else:
            feature = "landmark" if entry.kind == "landmark" else "locality"
            admin1 = ref.admin1 if ref else None
            admin2 = ref.admin2 if ref else None
        place = Place(
            id=entry.id, name_en=entry.name_en, name_ar=entry.name_ar, lat=entry.lat, lon=entry.lon,
            feature=feature, country=ref.country if ref else "", iso=ref.iso if ref else None,
            admin1=admin1, admin2=admin2, admin3=None, population=None,
        )
        self._synthetic[entry.name] = place
        return place


def _far_from(entry: "AliasEntry", town: Place | None, km_limit: float = 5.0) -> bool:
    """A landmark well outside its town (an air base 15 km out) keeps its own coordinates."""
    if town is None or entry.lat is None or entry.lon is None:
        return town is None and entry.lat is not None
    return km(entry.lat, entry.lon, town.lat, town.lon) > km_limit


def _read_sqlite(path: Path) -> tuple[dict[str, Place], dict[str, list[str]], dict[str, str], dict[str, tuple]]:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        places = {
            row[0]: Place(*row)
            for row in con.execute(
                "SELECT id, name_en, name_ar, lat, lon, feature, country, iso, admin1, admin2, admin3, population"
                " FROM places"
            )
        }
        names: dict[str, list[str]] = {}
        for name, pid in con.execute("SELECT name, place_id FROM names"):
            ids = names.get(name)
            if ids is None:
                names[name] = [pid]
            else:
                ids.append(pid)
        meta = dict(con.execute("SELECT key, value FROM meta"))
        extents = {row[0]: tuple(row[1:]) for row in con.execute("SELECT place_id, south, west, north, east FROM extents")}
    finally:
        con.close()
    return places, names, meta, extents


def _read_aliases(text: str) -> list[AliasEntry]:
    out = []
    for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        kind = row["kind"].strip()
        if kind not in ALIAS_KINDS:
            raise ValueError(f"place_aliases.csv line {i}: unknown kind {kind!r}")
        lat, lon = row["lat"].strip(), row["lon"].strip()
        out.append(AliasEntry(
            name=normalize_string(row["name_ar"]),
            name_ar=row["name_ar"].strip(),
            kind=kind,
            target=row["target"].strip() or None,
            lat=float(lat) if lat else None,
            lon=float(lon) if lon else None,
            geo_precision=int(row["geo_precision"] or 1),
            note=row["note"].strip(),
        ))
    return out


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()

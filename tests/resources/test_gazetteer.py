"""The offline gazetteer, by example: the places of the Deir ez-Zor patrol article and a few more."""
from __future__ import annotations

import math
import sqlite3
import time
from importlib.resources import files
from pathlib import Path

import pytest

from marsad.model import Place
from marsad.resources.gazetteer import Gazetteer, default_gazetteer

DB = Path(str(files("marsad").joinpath("resources", "gazetteer.sqlite")))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def near(place: Place, lat: float, lon: float, tol: float = 0.1) -> bool:
    return abs(place.lat - lat) <= tol and abs(place.lon - lon) <= tol


def first_populated(places: list[Place]) -> Place:
    return next(p for p in places if p.feature not in ("country", "governorate", "district"))


def test_al_mayadin_is_a_town_in_deir_ez_zor(gaz):
    mayadin = gaz.lookup("الميادين")[0]
    assert mayadin.name_en == "Mayadin"
    assert (mayadin.country, mayadin.iso, mayadin.admin1) == ("Syria", 760, "Deir-ez-Zor")
    assert near(mayadin, 35.02, 40.45)
    # stored in the data without the article; both forms find it
    assert mayadin in gaz.lookup("ميادين")


@pytest.mark.parametrize("spelling", ["البوكمال", "البو كمال", "أبو كمال", "ابو كمال", "ابوكمال", "Abu Kamal", "Al-Bukamal"])
def test_albu_kamal_spellings(gaz, spelling):
    town = first_populated(gaz.lookup(spelling))
    assert town.admin1 == "Deir-ez-Zor" and town.country == "Syria"
    assert near(town, 34.45, 40.92)


def test_deir_ez_zor_joined_and_split(gaz):
    joined, split = gaz.lookup("ديرالزور"), gaz.lookup("دير الزور")
    assert [p.id for p in joined] == [p.id for p in split]
    city = joined[0]
    assert city.feature == "city" and city.admin1 == "Deir-ez-Zor"


@pytest.mark.parametrize("name", ["عنتاب", "غازي عنتاب", "Gaziantep"])
def test_gaziantep_is_in_turkey(gaz, name):
    city = gaz.lookup(name)[0]
    assert (city.name_en, city.country, city.iso, city.admin1) == ("Gaziantep", "Turkey", 792, "Gaziantep")


@pytest.mark.parametrize("name, country", [("أنقرة", "Turkey"), ("عمان", "Jordan"), ("بيروت", "Lebanon")])
def test_neighbour_capitals_are_capitals(gaz, name, country):
    # "أعلنت أنقرة" names a government: only a capital is read that way
    assert [p.feature for p in gaz.lookup(name) if p.country == country] == ["capital"]


def test_hisya_has_two_referents(gaz):
    places = gaz.lookup("حسياء")
    homs = [p for p in places if p.admin1 == "Homs"]
    by_albu_kamal = [p for p in places if p.admin1 == "Deir-ez-Zor"]
    assert homs and by_albu_kamal
    village = by_albu_kamal[0]
    assert village.id.startswith("alias:") and near(village, 34.46, 40.93, 0.05)
    assert village.admin2 == "Abu-Kamal" and village.country == "Syria"
    assert gaz.alias_kind(village.id) == "place"
    assert gaz.get(village.id) == village


def test_rahba_castle_is_a_landmark_of_al_mayadin(gaz):
    assert gaz.alias_kind("قلعة الرحبة") == "landmark"
    assert gaz.lookup("قلعة الرحبة")[0].name_en == "Mayadin"
    assert gaz.get("alias:" + "قلعه الرحبه").id == gaz.lookup("الميادين")[0].id
    assert gaz.geo_precision("alias:قلعه الرحبه") == 2
    entry = gaz.alias_entry("قلعة الرحبة")
    assert entry.lat is not None and near(gaz.get(entry.target), entry.lat, entry.lon, 0.1)
    assert gaz.alias_kind("دوار الطيبة") == "landmark"
    assert gaz.lookup("دوار الطيبة")[0].name_en == "Mayadin"


def test_al_mashari_is_in_the_qaim_desert_of_iraq(gaz):
    place = gaz.lookup("المشاريع")[0]
    assert (place.country, place.admin1) == ("Iraq", "Al Anbar")


def test_regions_have_precision_three(gaz):
    coast = gaz.lookup("الساحل السوري")
    assert len(coast) == 1 and coast[0].feature == "region" and coast[0].country == "Syria"
    assert gaz.alias_kind("الساحل السوري") == "region"
    assert gaz.geo_precision(coast[0].id) == 3
    assert gaz.lookup("ريف حلب الغربي")[0].admin1 == "Aleppo"
    assert gaz.lookup("الغوطة الشرقية")[0].admin1 == "Rural Damascus"


def test_a_region_of_syria_is_the_same_with_syria_spelt_with_ta_marbuta(gaz):
    [north] = gaz.lookup("شمال سورية")
    assert north.id == gaz.lookup("شمال سوريا")[0].id and north.feature == "region"
    assert gaz.alias_entry("جنوب غربي سورية") is gaz.alias_entry("جنوب غربي سوريا")


def test_fuzzy_finds_typo_of_albu_kamal(gaz):
    best = gaz.fuzzy("البزكمال")[0]
    assert best.place.name_en == "Abu Kamal" and best.place.admin1 == "Deir-ez-Zor"
    assert best.score >= 85
    assert gaz.fuzzy("كلمة لا تشبه شيئا") == []


def test_baghdad_and_mosul(gaz):
    baghdad = gaz.lookup("بغداد")[0]
    assert (baghdad.feature, baghdad.admin1, baghdad.country, baghdad.iso) == ("city", "Baghdad", "Iraq", 368)
    assert near(baghdad, 33.34, 44.40, 0.15)
    mosul = gaz.lookup("الموصل")[0]
    assert (mosul.name_en, mosul.admin1) == ("Mosul", "Ninewa")
    assert near(mosul, 36.34, 43.13)


def test_get_and_names(gaz):
    assert gaz.get("gn:314830").name_en == "Gaziantep"
    assert gaz.get("no such id") is None
    assert gaz.get("alias:no such alias") is None
    pairs = set(gaz.names())
    assert ("البوكمال", "wof:890449891") in pairs
    assert ("قلعه الرحبه", "alias:قلعه الرحبه") in pairs
    assert all(gaz.get(pid) is not None for _, pid in pairs if pid.startswith("alias:"))


def test_nearest(gaz):
    assert gaz.nearest(35.02, 40.45, features={"town", "city"}).name_en == "Mayadin"
    assert gaz.nearest(36.20, 37.17, features={"city"}).name_en == "Aleppo"


def test_landmark_far_outside_its_town_keeps_its_own_point(gaz):
    [kweires] = gaz.lookup("مطار كويرس")
    assert kweires.admin1 == "Aleppo"
    assert math.dist((kweires.lat, kweires.lon), (36.187, 37.583)) < 0.01
    [rahba] = gaz.lookup("قلعة الرحبة")
    assert rahba.name_en == "Mayadin"  # 4 km from the town: the town, as ACLED codes it


def test_every_alias_target_exists(gaz):
    for entry in gaz.aliases():
        if entry.target:
            assert gaz.get(entry.target) is not None, entry
        if entry.kind == "alias":
            assert entry.target, entry
        if entry.kind == "landmark":
            assert entry.target or entry.lat is not None, entry  # a town to attach to, or its own point
        if entry.kind in ("place", "region"):
            assert entry.lat is not None and entry.lon is not None, entry
        if entry.lat is not None and entry.target and entry.kind != "region":
            target = gaz.get(entry.target)
            assert math.dist((entry.lat, entry.lon), (target.lat, target.lon)) < 0.25, entry
        assert entry.note, entry


def test_sqlite_file_is_small_and_complete():
    assert DB.stat().st_size <= 30 * 1024 * 1024
    con = sqlite3.connect(DB)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    assert meta["build_date"] == "2026-11-26"
    assert int(meta["count:places"]) == con.execute("SELECT count(*) FROM places").fetchone()[0]
    origins = {o for (o,) in con.execute("SELECT DISTINCT origin FROM names")}
    assert origins == {"ar", "ar_alt", "en", "en_alt", "variant", "world", "world_alt"}
    con.close()


def test_syria_and_iraq_places_have_acled_governorates(gaz):
    acled = {
        "Syria": {"Aleppo", "Al Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dara", "Deir-ez-Zor", "Hama",
                  "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous"},
        "Iraq": {"Al Anbar", "Babil", "Baghdad", "Basrah", "Dhi-Qar", "Diyala", "Duhok", "Erbil", "Karbala",
                 "Kirkuk", "Maysan", "Muthanna", "Najaf", "Ninewa", "Qadissiya", "Salah al-Din", "Sulaymaniyah",
                 "Wassit"},
    }
    populated = [p for p in gaz.places()
                 if p.country in acled and p.feature not in ("country", "governorate", "district")]
    assert len(populated) > 30000
    assert all(p.admin1 in acled[p.country] for p in populated)
    assert sum(p.admin2 is not None for p in populated) / len(populated) > 0.99


def test_load_is_fast():
    start = time.perf_counter()
    Gazetteer.load()
    assert time.perf_counter() - start < 2.0  # about 0.5 s on a laptop-class CPU


def test_gazetteer_a_village_with_a_definite_adjective_is_found_with_the_article_too():
    # WOF writes "غارية الغربية"; the news writes "الغارية الغربية" (Daraa), as Arabic grammar wants
    readings = default_gazetteer().lookup("الغارية الغربية")
    assert [p.admin1 for p in readings] == ["Dara"]

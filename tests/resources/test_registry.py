"""The actor and source registries, read the way the entities and attribution stages use
them: a Lexicon built from ``surface_forms()`` run over real sentences."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.resources.registry import (
    ActorRegistry,
    Source,
    SourceRegistry,
    default_actors,
    default_sources,
)
from marsad.text.lexicon import Lexicon
from marsad.text.normalize import normalize

SAMPLE_PATHS = [
    Path(__file__).resolve().parents[2] / "src" / "marsad" / "samples" / "deir-ez-zor-patrol.txt",
    Path("/work/shared/samples/deir-ez-zor-patrol.txt"),
]


@pytest.fixture(scope="module")
def actors() -> ActorRegistry:
    return default_actors()


@pytest.fixture(scope="module")
def sources() -> SourceRegistry:
    return default_sources()


@pytest.fixture(scope="module")
def actor_lexicon(actors):
    return Lexicon((surface, (actor_id, strength)) for surface, actor_id, strength in actors.surface_forms())


@pytest.fixture(scope="module")
def source_lexicon(sources):
    return Lexicon((surface, (source_id, strength)) for surface, source_id, strength in sources.surface_forms())


def found(lexicon, text: str) -> dict[str, tuple[str, str]]:
    """Original-text mention -> (id, strength) for the longest matches; for per-country
    generic actors (several ids share a surface) the first id is enough here."""
    norm = normalize(text)
    out: dict[str, tuple[str, str]] = {}
    for match in lexicon.find(norm):
        start, end = norm.to_original(match.start, match.end)
        out.setdefault(text[start:end], match.payload)
    return out


def ids(lexicon, text: str, strength: str | None = None) -> set[str]:
    norm = normalize(text)
    return {m.payload[0] for m in lexicon.find(norm) if strength is None or m.payload[1] == strength}


# ── the model article ────────────────────────────────────────────────────────────────


def test_russian_patrol_sentence_names_the_actor_and_the_source_chain(actor_lexicon, source_lexicon, actors, sources):
    sentence = "وكشفت مصادر محلية لشبكة ديرالزور 24، أن القوات الروسية سيرت دورية"

    assert found(actor_lexicon, sentence) == {"القوات الروسية": ("russia-military", "alias")}
    assert actors.get("russia-military").name_en == "Military Forces of Russia (2000-)"

    cited = found(source_lexicon, sentence)
    assert cited["مصادر محلية"] == ("local-sources", "generic")
    assert cited["شبكة ديرالزور 24"] == ("deir-ezzor-24", "name")  # joined spelling, after ل
    assert sources.get("deir-ezzor-24") == Source("deir-ezzor-24", "Deir Ezzor 24", "شبكة دير الزور 24", "Subnational", "outlet")
    assert sources.get("local-sources").scale == "Local"
    # the spaced spelling is the same outlet
    assert found(source_lexicon, "نقلت شبكة دير الزور 24 المحلية")["شبكة دير الزور 24"][0] == "deir-ezzor-24"


def test_liwa_al_muntazar_is_an_iraqi_militia_backed_by_the_irgc(actor_lexicon, actors):
    sentence = "أن ميليشيا لواء المنتظر العراقية المدعومة إيرانيا أرسلت تعزيزات عسكرية جديدة"

    assert ids(actor_lexicon, sentence) == {"liwa-al-muntazar"}
    muntazar = actors.get("liwa-al-muntazar")
    assert (muntazar.name_en, muntazar.country, muntazar.inter) == ("Liwa al Muntazar", "Iraq", 3)

    backer = actors.affiliation(muntazar)
    assert backer is not None and backer.id == "irgc"
    assert backer.name_en == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert actors.get(backer.parent).name_en == "Military Forces of Iran (1989-)"
    # also spelled مليشيا, and quoted as in the article
    assert ids(actor_lexicon, "وقالت الشبكة إن مليشيا “لواء المنتظر” العراقية") == {"liwa-al-muntazar"}


def test_us_led_coalition_is_its_own_actor_with_us_forces_associated(actor_lexicon, actors):
    sentence = "في ظل استمرار التحالف الدولي بقيادة الولايات المتحدة الأمريكية بقصف الميليشيات الإيرانية في البوكمال"

    mentions = found(actor_lexicon, sentence)
    assert mentions["التحالف الدولي بقيادة الولايات المتحدة الأمريكية"] == ("global-coalition", "alias")
    assert mentions["الميليشيات الإيرانية"] == ("pro-iran-militia", "alias")
    assert "us-military" not in ids(actor_lexicon, sentence)  # الولايات المتحدة is inside the longer name

    coalition = actors.get("global-coalition")
    assert coalition.name_en == "Global Coalition Against Daesh"
    assert coalition.inter == 8
    assert actors.affiliation(coalition).id == "us-military"


def test_iranian_militias_in_their_usual_spellings(actor_lexicon, actors):
    for text in ("الميليشيات الإيرانية", "أزالت رايات لميليشيات إيرانية", "نقطة تجمع رئيسية لميليشيات إيران",
                 "المليشيات الموالية لإيران"):
        assert ids(actor_lexicon, text) == {"pro-iran-militia"}, text
    militia = actors.get("pro-iran-militia")
    assert militia.name_en == "Militia (Pro-Iran)"
    assert actors.affiliation(militia).id == "irgc"


def test_whole_sample_article(actor_lexicon, source_lexicon):
    path = next((p for p in SAMPLE_PATHS if p.exists()), None)
    if path is None:
        pytest.skip("model article not available")
    text = path.read_text(encoding="utf-8")

    assert {
        "russia-military", "pro-iran-militia", "liwa-al-muntazar", "irgc",
        "global-coalition", "syria-military", "us-military", "syria-opposition",
    } <= ids(actor_lexicon, text, "alias")
    assert {"zaitun", "local-sources", "deir-ezzor-24", "ain-al-furat"} <= ids(source_lexicon, text)
    # "روسيا" and "إيران" are only weak evidence
    weak = found(actor_lexicon, "وهي المرة الأولى التي تتحرك بها روسيا عسكرياً في المنطقة")
    assert weak == {"روسيا": ("russia-military", "country_name")}


# ── other theatres, from the news corpus ─────────────────────────────────────────────


def test_houthis_and_the_saudi_led_coalition(actor_lexicon, actors):
    sentence = "وشن طيران التحالف العربي غارات على مواقع جماعة الحوثي في صعدة"
    mentions = found(actor_lexicon, sentence)
    assert mentions["طيران التحالف العربي"][0] == "saudi-coalition"
    assert mentions["جماعة الحوثي"][0] == "houthis"
    assert ids(actor_lexicon, "تقدم المتمردين الحوثيين نحو مأرب") == {"houthis"}
    assert ids(actor_lexicon, "أعلنت جماعة أنصار الله") == {"houthis"}

    assert actors.get("houthis").name_en == "Military Forces of Yemen (2017-) Houthi"
    assert actors.get("saudi-coalition").name_en == "Operation Restoring Hope"
    assert actors.affiliation("saudi-coalition").id == "saudi-military"
    assert actors.for_country("saudi-military", "Yemen") == 8
    assert actors.for_country("saudi-military", "Saudi Arabia") == 1


def test_sdf_and_its_kurdish_components(actor_lexicon, actors):
    assert ids(actor_lexicon, "سيطرت قوات سوريا الديموقراطية على الرقة") == {"sdf"}  # و spelling
    assert ids(actor_lexicon, "اشتباكات مع قسد في ريف دير الزور") == {"sdf"}
    assert ids(actor_lexicon, "مواقع وحدات حماية الشعب الكردية في عفرين") == {"ypg"}
    assert actors.get("sdf").name_en == "QSD: Syrian Democratic Forces"
    assert actors.affiliation("ypg").id == "sdf"
    assert actors.get("ypg").inter == 2


def test_regime_forces_and_their_units(actor_lexicon, actors):
    assert ids(actor_lexicon, "كانوا في صفوف قوات نظام الأسد") == {"syria-military"}
    assert ids(actor_lexicon, "قصفت القوات الحكومية السورية") == {"syria-military"}
    assert ids(actor_lexicon, "عناصر من الفرقة الرابعة") == {"syria-4th-division"}
    assert ids(actor_lexicon, "مقاتلي الجيش السوري الحر") == {"fsa"}  # not the regime army
    # a state unit carries its state in the name, so it has no separate assoc actor
    assert actors.get("syria-4th-division").parent == "syria-military"
    assert actors.affiliation("syria-4th-division") is None
    assert actors.affiliation("syria-ndf").id == "syria-military"


def test_islamic_state_is_coded_per_country(actor_lexicon, actors):
    norm = normalize("هاجمت خلايا التنظيم نقطة عسكرية")
    named = {m.payload[0] for m in actor_lexicon.find(norm)}
    assert {"islamic-state-syria", "islamic-state-iraq"} <= named
    assert actors.get("islamic-state-iraq").name_en == "Islamic State (Iraq)"


# ── codes, names and helpers ─────────────────────────────────────────────────────────


def test_state_forces_abroad_are_external(actors):
    assert actors.for_country("russia-military", "Syria") == 8
    assert actors.for_country("russia-military", "Russia") == 1
    assert actors.for_country("syria-military", "Syria") == 1
    assert actors.for_country("hezbollah", "Syria") == 3  # non-state groups keep their code


def test_ruling_period_names(actors):
    assert actors.name_on("us-military", date(2020, 6, 1)) == "Military Forces of the United States (2017-2021)"
    assert actors.name_on("us-military", None) == actors.get("us-military").name_en
    assert actors.name_on("iraq-military", date(2018, 5, 12)) == "Military Forces of Iraq (2014-2018)"
    assert actors.name_on("russia-military", date(2015, 9, 30)) == "Military Forces of Russia (2000-)"


def test_generic_actors_per_country(actors):
    assert actors.unidentified("Syria").name_en == "Unidentified Armed Group (Syria)"
    assert actors.civilians("Iraq").id == "civilians-iraq" and actors.civilians("Iraq").inter == 7
    assert actors.protesters("Yemen").inter == 6
    jordan = actors.civilians("Jordan")  # not listed: made on the fly
    assert (jordan.name_en, jordan.inter, jordan.country) == ("Civilians (Jordan)", 7, "Jordan")


def test_spelling_variants_are_indexed(actors):
    assert ("us-military", "alias") in {(a.id, s) for a, s in actors.lookup("القوات الأميركية")}
    assert ("us-military", "alias") in {(a.id, s) for a, s in actors.lookup("القوات الأمريكية")}
    assert [a.id for a, _ in actors.lookup("فاغنر")] == ["wagner"]


def test_registry_size_and_integrity(actors, sources):
    assert 80 <= len(actors.all()) <= 150
    assert len(sources.all()) >= 40
    for actor in actors.all():
        assert 1 <= actor.inter <= 8
        assert actor.parent is None or actor.parent in actors
    assert all(s in {"alias", "country_name"} for _, _, s in actors.surface_forms())
    # a bare country name is never strong evidence for its army
    assert {s for a, s in actors.lookup("روسيا")} == {"country_name"}


# ── validation ───────────────────────────────────────────────────────────────────────


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_parent_is_reported_with_file_and_entry(tmp_path):
    path = write(tmp_path, "actors.yaml", """
- {id: liwa-x, name_en: Liwa X, name_ar: لواء إكس, inter: 3, parent: nobody}
""")
    with pytest.raises(ValueError, match=r"actors\.yaml: entry 1 \(id 'liwa-x'\): unknown parent id 'nobody'"):
        ActorRegistry.load(path)


def test_duplicate_id_and_bad_inter_are_rejected(tmp_path):
    dup = write(tmp_path, "dup.yaml", """
- {id: a, name_en: A, name_ar: أ, inter: 1}
- {id: a, name_en: B, name_ar: ب, inter: 2}
""")
    with pytest.raises(ValueError, match=r"dup\.yaml: entry 2 \(id 'a'\): duplicate id"):
        ActorRegistry.load(dup)
    bad = write(tmp_path, "bad.yaml", "- {id: z, name_en: Z, name_ar: ز, inter: 9}\n")
    with pytest.raises(ValueError, match=r"bad\.yaml: entry 1 \(id 'z'\): 'inter' must be an ACLED inter code 1-8"):
        ActorRegistry.load(bad)
    typo = write(tmp_path, "typo.yaml", "- {id: z, name_en: Z, name_ar: ز, inter: 2, alias: [زد]}\n")
    with pytest.raises(ValueError, match=r"unknown field\(s\) 'alias'"):
        ActorRegistry.load(typo)


def test_a_group_running_its_territory_is_known_with_its_units(actors):
    assert actors.governs("sdf") and actors.governs("sdf-intelligence")  # the unit through its parent
    assert not actors.governs("islamic-state-syria") and not actors.governs("hts")


def test_governs_must_be_true_or_false(tmp_path):
    path = write(tmp_path, "actors.yaml", "- {id: z, name_en: Z, name_ar: ز, inter: 2, governs: yes please}\n")
    with pytest.raises(ValueError, match=r"entry 1 \(id 'z'\): 'governs' must be true or false"):
        ActorRegistry.load(path)


def test_source_validation_names_the_entry(tmp_path):
    path = write(tmp_path, "sources.yaml", """
outlets:
  - {id: x24, name_en: X 24, name_ar: إكس 24, aliases: [إكس 24], scale: Global, type: outlet}
""")
    with pytest.raises(ValueError, match=r"sources\.yaml: outlets entry 1 \(id 'x24'\): 'scale' must be one of"):
        SourceRegistry.load(path)


def test_a_small_custom_registry_loads(tmp_path):
    path = write(tmp_path, "mine.yaml", """
- id: group-a
  name_en: Group A
  name_ar: جماعة أ
  inter: 2
  country: Syria
  aliases: [جماعة أ]
- id: cell-b
  name_en: Cell B
  name_ar: خلية ب
  inter: 3
  parent: group-a
  aliases: [خلية ب]
""")
    registry = ActorRegistry.load(path)
    assert [a.id for a in registry.all()] == ["group-a", "cell-b"]
    assert registry.affiliation("cell-b").name_en == "Group A"
    assert ("خلية ب", "cell-b", "alias") in set(registry.surface_forms())


def test_registry_a_unit_takes_its_state_forces_name_of_the_day():
    registry = default_actors()
    assert registry.name_on("peshmerga", date(2015, 8, 6)) == "Military Forces of Iraq (2014-2018) Peshmerga"
    assert registry.name_on("iraq-asayish", date(2015, 8, 6)) == "Police Forces of Iraq (2014-2018) Asayish"
    assert registry.name_on("peshmerga", date(2025, 1, 1)) == "Military Forces of Iraq (2022-) Peshmerga"

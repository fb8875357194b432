"""ner: the CRF named-entity recogniser (PER / ORG / LOC) over original-text offsets.

Examples are the seed article and sentences of SaudiNewsNet (2015) conflict news."""
from __future__ import annotations

import json
import unicodedata
from importlib.resources import files
from pathlib import Path

import pytest

from marsad.text import ner
from marsad.text.ner import recognise, tokenize

SNN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"
MAX_BYTES = 20 * 1024 * 1024


def entities(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], label) for s, e, label in recognise(text)}


def check_spans(text: str, spans: list[tuple[int, int, str]]) -> None:
    previous_end = 0
    for s, e, label in spans:
        assert label in ("PER", "ORG", "LOC")
        assert previous_end <= s < e <= len(text)  # in text order, never overlapping
        piece = text[s:e]
        assert piece == piece.strip() and piece  # no surrounding white space
        # whole tokens: letters/digits (or marks) at both ends, no letter glued on either side
        assert unicodedata.category(text[s])[0] in "LN" and unicodedata.category(text[e - 1])[0] in "LMN"
        assert s == 0 or not text[s - 1].isalnum()
        assert e == len(text) or not text[e].isalnum()
        previous_end = e


# -- the model files ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", [ner.MODEL, ner.STAGE1_MODEL])
def test_model_files_are_packaged_and_small(name):
    resource = files("marsad").joinpath(*ner.MODEL_DIR, name)
    assert resource.is_file()
    assert resource.read_bytes()[:4] == b"lCRF"  # a crfsuite model
    assert len(resource.read_bytes()) <= MAX_BYTES


def test_models_together_stay_under_20_mb():
    folder = files("marsad").joinpath(*ner.MODEL_DIR)
    total = sum(len(folder.joinpath(n).read_bytes()) for n in (ner.MODEL, ner.STAGE1_MODEL))
    assert total <= MAX_BYTES


def test_model_directory_has_its_licence_note():
    readme = files("marsad").joinpath(*ner.MODEL_DIR, "README.md").read_text(encoding="utf-8")
    assert "NewsFANE" in readme and "CC BY-SA 3.0" in readme


# -- the seed article --------------------------------------------------------------------------

def test_seed_article_commanders_are_people(seed_text):
    found = entities(seed_text)
    assert ("إسماعيل قاني", "PER") in found
    assert ("قاسم سليماني", "PER") in found


def test_seed_article_places(seed_text):
    found = entities(seed_text)
    assert ("دير الزور", "LOC") in found
    assert ("البوكمال", "LOC") in found
    assert ("الميادين", "LOC") in found
    assert ("سوريا", "LOC") in found


def test_seed_article_offsets_are_exact(seed_text):
    spans = recognise(seed_text)
    assert len(spans) > 20
    check_spans(seed_text, spans)


def test_quoted_name_excludes_the_quotes(seed_text):
    start = seed_text.index("“إسماعيل قاني”")
    spans = [(s, e, lab) for s, e, lab in recognise(seed_text) if start <= s < start + 20]
    assert spans == [(start + 1, start + 1 + len("إسماعيل قاني"), "PER")]


# -- SaudiNewsNet sentences --------------------------------------------------------------------

CAMERON = ("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية للتصدي "
           "للتطرف داخل بريطانيا؛ وهي مسألة اعتبرها كاميرون \"صراع جيلنا\"، متعهدا خلال خطابه في "
           "مدينة بيرمنغهام بالتصدي لهؤلاء الذين ينشرون التطرف بين الشبان المسلمين البريطانيين.")
INTERIOR = ("وقال العميد بسام عطية, المسؤول في وزارة الداخلية خلال مؤتمر صحافي عقد في الرياض, أمس, "
            "إن تنظيم داعش اصبح بمثابة ميليشيات تقود حربا بالوكالة لصالح دول تستهدف السعودية.")
MAKHLOUF = ("شيع النظام السوري أمس جثمان اللواء محسن مخلوف، قائد الفرقة 11 دبابات وقريب والدة رئيس "
            "النظام السوري بشار الأسد في اللاذقية، الذي كان مكلفًا عملية استعادة السيطرة على مدينة "
            "تدمر ومحيطها.")


def test_cameron_sentence():
    found = entities(CAMERON)
    assert ("ديفيد كاميرون", "PER") in found
    assert ("كاميرون", "PER") in found
    assert ("بريطانيا", "LOC") in found
    assert ("بيرمنغهام", "LOC") in found
    assert not any(label == "PER" and "البريطاني" in span for span, label in found)


def test_saudi_interior_ministry_sentence():
    found = entities(INTERIOR)
    assert ("بسام عطية", "PER") in found
    assert ("الرياض", "LOC") in found
    assert ("السعودية", "LOC") in found
    # "تنظيم داعش" is left to the actor registry: the recogniser trained on NewsFANE misses it here


def test_organisations_named_in_the_news():
    assert ("حزب الله", "ORG") in entities("وأعلن حزب الله اللبناني في بيان أن مقاتليه قتلوا في سوريا.")
    assert ("وكالة الأنباء السعودية", "ORG") in entities("وذكرت وكالة الأنباء السعودية أن وزارة الداخلية اعتقلت خمسة أشخاص.")


def test_makhlouf_sentence():
    found = entities(MAKHLOUF)
    assert ("محسن مخلوف", "PER") in found
    assert ("بشار الأسد", "PER") in found
    # the title before a name is not part of it
    assert not any(span.startswith("اللواء") for span, _ in found)


def test_snn_articles_offsets_are_exact():
    if not SNN.is_file():
        pytest.skip("SaudiNewsNet sample not found")
    with SNN.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(20), handle)]
    total = 0
    for text in texts:
        spans = recognise(text)
        check_spans(text, spans)
        total += len(spans)
    assert total > 100


# -- offsets over the original text ------------------------------------------------------------

def test_diacritics_tatweel_and_direction_marks_stay_inside_the_span():
    text = "وقال الرئيسُ بشّار الأســد\u200f إن القوات دخلت مدينةَ حلب."
    spans = recognise(text)
    check_spans(text, spans)
    found = {(text[s:e], lab) for s, e, lab in spans}
    assert ("بشّار الأســد", "PER") in found
    assert ("حلب", "LOC") in found


def test_clitic_on_a_place_stays_in_the_span():
    text = "وقعت اشتباكات عنيفة بدمشق وريف حلب الشمالي أمس."
    found = entities(text)
    assert ("بدمشق", "LOC") in found


def test_empty_and_entity_free_text():
    assert recognise("") == []
    assert recognise("   \n\n ") == []
    assert recognise("قال إنه لا يعرف شيئا عن ذلك.") == []


def test_repeated_calls_agree(seed_text):
    assert recognise(seed_text) == recognise(seed_text)


def test_tokenize_offsets_cover_every_visible_character():
    text = "قُتل 3 أشخاص (بينهم طفل) في 12.5% من الحالات، بحسب «المرصد»!"
    spans = tokenize(text)
    covered = {i for s, e in spans for i in range(s, e)}
    assert covered == {i for i, c in enumerate(text) if not c.isspace()}
    tokens = [text[s:e] for s, e in spans]
    assert "قُتل" in tokens and "12.5" in tokens and "«" in tokens and "المرصد" in tokens

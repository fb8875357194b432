"""normalize: a matching copy of Arabic text with a map back to the original offsets.

Examples are sentences from the seed article and from SaudiNewsNet (2015)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from marsad.text.normalize import normalize, normalize_string

SNN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"


def snn_texts(limit: int) -> list[str]:
    if not SNN.is_file():
        return []
    with SNN.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(limit), handle)]


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # alef and hamza forms
        ("بإجراء مفاجئ", "باجراء مفاجي"),
        ("أمس السبت", "امس السبت"),
        ("حتى الآن", "حتي الان"),
        ("ٱلمسؤول", "المسوول"),
        # alef maqsura and ta marbuta
        ("على أطراف مدينة الميادين", "علي اطراف مدينه الميادين"),
        ("قلعة الرحبة", "قلعه الرحبه"),
        # tatweel and diacritics
        ("لـ«الشرق الأوسط»", 'ل"الشرق الاوسط"'),
        ("قـــصف", "قصف"),
        ("بلغوا 1452 سوريًا", "بلغوا 1452 سوريا"),
        ("هاتف أليكس الجوّال", "هاتف اليكس الجوال"),
        ("عسكرياً", "عسكريا"),
        # Arabic-Indic and Persian digits
        ("القرار الدولي ٢٢١٦", "القرار الدولي 2216"),
        ("وتسيطر داعش على ٤٥٪ من الاراضي", "وتسيطر داعش علي 45٪ من الاراضي"),
        ("عام ۲۰۱۵", "عام 2015"),
        # zero-width and direction marks
        ("داعشي\u202c يقتل", "داعشي يقتل"),
        ("“\u200fسبيّته\u202c” الإيزيدية", '"سبيته" الايزيديه'),
        ("دير\u200c الزور\ufeff", "دير الزور"),
        # quote marks unified
        ("“الدلائل الأولية”", '"الدلايل الاوليه"'),
        ("صحيفة «التايمز» البريطانية", 'صحيفه "التايمز" البريطانيه'),
        ("‘عين الفرات’", "'عين الفرات'"),
    ],
)
def test_normalize_matching_copy(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(("variant", "canonical"), [("إيران", "ايران"), ("الأسد", "الاسد"), ("مؤتمر", "موتمر"), ("دير  الزور", "دير الزور")])
def test_normalize_string_matches_variants(variant: str, canonical: str) -> None:
    assert normalize_string(variant) == normalize_string(canonical)


def test_normalize_string_collapses_whitespace() -> None:
    assert normalize_string("  دير\u00a0\tالزور \n") == "دير الزور"


def test_normalize_keeps_one_origin_per_kept_character(seed_text: str) -> None:
    norm = normalize(seed_text)
    assert len(norm.origin) == len(norm.text)
    assert list(norm.origin) == sorted(set(norm.origin))
    assert norm.original_length == len(seed_text)


def _check_spans(text: str, rng: random.Random, count: int) -> None:
    norm = normalize(text)
    for _ in range(count):
        i = rng.randrange(0, len(norm.text) + 1)
        j = rng.randrange(i, min(len(norm.text), i + 200) + 1)
        start, end = norm.to_original(i, j)
        assert 0 <= start <= end <= len(text)
        assert normalize(text[start:end]).text == norm.text[i:j]
        # and from the original side: the normalized slice of an original span
        s = rng.randrange(0, len(text) + 1)
        e = rng.randrange(s, min(len(text), s + 200) + 1)
        assert normalize(text[s:e]).text == norm.text[norm.from_original(s):norm.from_original(e)]


def test_normalize_spans_map_back_on_seed(seed_text: str) -> None:
    _check_spans(seed_text, random.Random(20200510), 2000)


def test_normalize_spans_map_back_on_saudinewsnet() -> None:
    texts = snn_texts(60)
    if not texts:
        pytest.skip("SaudiNewsNet sample not available")
    rng = random.Random(2015)
    for text in texts:
        _check_spans(text, rng, 100)


@pytest.mark.parametrize("word", ["الميادين", "البوكمال", "قلعة الرحبة", "لواء المنتظر", "“إسماعيل قاني”"])
def test_normalize_found_word_maps_to_original_words(seed_text: str, word: str) -> None:
    norm = normalize(seed_text)
    key = normalize(word).text
    i = norm.text.index(key)
    start, end = norm.to_original(i, i + len(key))
    assert seed_text[start:end] == word


def test_normalize_drops_marks_without_moving_offsets() -> None:
    text = "قصفٌ \u200fعلى\u0640 إدلب"
    norm = normalize(text)
    assert norm.text == "قصف علي ادلب"
    i = norm.text.index("ادلب")
    assert text[slice(*norm.to_original(i, i + 4))] == "إدلب"


def test_normalize_empty_span_maps_to_a_position() -> None:
    text = "أمس السبت"
    norm = normalize(text)
    assert norm.to_original(0, 0) == (0, 0)
    assert norm.to_original(len(norm.text), len(norm.text)) == (len(text), len(text))

"""Lexicon: whole-word, clitic-aware matching of lexicon entries in normalized Arabic.

Entries and contexts come from the seed article and SaudiNewsNet (2015)."""
from __future__ import annotations

import pytest

from marsad.text.lexicon import Lexicon
from marsad.text.normalize import normalize

PLACES = Lexicon(
    [
        ("الميادين", "mayadin"),
        ("البوكمال", "albukamal"),
        ("دير الزور", "deir-ez-zor"),
        ("ريف دير الزور", "deir-ez-zor-countryside"),
        ("قلعة الرحبة", "rahba-castle"),
        ("درع", "shield"),
        ("إدلب", "idlib"),
        ("سوريا", "syria"),
    ]
)


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    """(original text of the match, payload) for each kept match."""
    norm = normalize(text)
    out = []
    for match in lexicon.find(norm):
        start, end = norm.to_original(match.start, match.end)
        out.append((text[start:end], match.payload))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سيرت دورية عسكرية على أطراف مدينة الميادين بريف", [("الميادين", "mayadin")]),
        ("نقطة تجمع رئيسية في البوكمال شرق المحافظة", [("البوكمال", "albukamal")]),
        ("الدورية سارت بالقرب من قلعة الرحبة في المدينة", [("قلعة الرحبة", "rahba-castle")]),
        ("قلعه الرحبه", [("قلعه الرحبه", "rahba-castle")]),  # ة written as ه
        ("غارات جوية على ادلب", [("ادلب", "idlib")]),  # bare alef for إ
    ],
)
def test_lexicon_matches_whole_words(text: str, expected: list) -> None:
    assert found(PLACES, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مدينتي البوكمال والميادين شرق", [("البوكمال", "albukamal"), ("الميادين", "mayadin")]),  # و
        ("فالميادين تحت هيمنة إيرانية", [("الميادين", "mayadin")]),  # ف
        ("انتشار الميليشيات بالبوكمال", [("البوكمال", "albukamal")]),  # ب
        ("وبالميادين انتشرت الميليشيات", [("الميادين", "mayadin")]),  # و + ب
        ("وفي سوريا ولسوريا", [("سوريا", "syria"), ("سوريا", "syria")]),  # ل, و + ل
        ("كالبوكمال", [("البوكمال", "albukamal")]),  # ك
    ],
)
def test_lexicon_matches_after_proclitics(text: str, expected: list) -> None:
    assert found(PLACES, text) == expected


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("أرسلت تعزيزات للميادين", "لميادين"),  # ل + الميادين written للميادين
        ("وصلت التعزيزات وللبوكمال أيضا", "لبوكمال"),
    ],
)
def test_lexicon_matches_fused_lam_alef_lam(text: str, matched: str) -> None:
    norm = normalize(text)
    (match,) = PLACES.find(norm)
    start, end = norm.to_original(match.start, match.end)
    assert text[start:end] == matched
    assert text[start - 1:end] == "ل" + matched  # the first ل is the preposition, left outside
    assert match.key == normalize(("ال" + matched[1:])).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف مدينة درعا جنوب سوريا", [("سوريا", "syria")]),  # درع inside درعا is not matched
        ("الميادينية", []),  # entry followed by more letters
        ("ببالبوكمال", []),  # بب is not a proclitic chain
        ("السوريا", []),  # ال is not a proclitic
        ("مسوريا", []),
    ],
)
def test_lexicon_no_match_inside_a_longer_word(text: str, expected: list) -> None:
    assert found(PLACES, text) == expected


def test_lexicon_longest_match_wins() -> None:
    text = "سيرت دورية عسكرية بريف دير الزور الشرقي"
    assert found(PLACES, text) == [("ريف دير الزور", "deir-ez-zor-countryside")]
    keys = {m.key for m in PLACES.find_all(normalize(text))}
    assert keys == {"ريف دير الزور", "دير الزور"}  # find_all still sees the shorter one


def test_lexicon_keeps_separate_matches_side_by_side() -> None:
    text = "بين دير الزور والميادين"
    assert found(PLACES, text) == [("دير الزور", "deir-ez-zor"), ("الميادين", "mayadin")]


VERBS = Lexicon([("قصف", "strike"), ("أرسل", "send")], suffixes=["ت", "وا", "ها"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات مواقع التنظيم", [("قصف", "strike")]),
        ("وقصفوا مواقع الميليشيات", [("قصف", "strike")]),
        ("أرسلت تعزيزات عسكرية جديدة", [("أرسل", "send")]),
        ("ارسلها إلى البوكمال", [("ارسل", "send")]),
        ("قصفتها الطائرات", []),  # two suffixes stacked are not allowed
        ("قصفني", []),  # not a listed suffix
    ],
)
def test_lexicon_suffixes_only_when_allowed(text: str, expected: list) -> None:
    assert found(VERBS, text) == expected


def test_lexicon_without_suffixes_rejects_suffixed_forms() -> None:
    plain = Lexicon([("قصف", "strike")])
    assert found(plain, "قصفت الطائرات") == []
    assert found(plain, "بعد قصف الطائرات") == [("قصف", "strike")]


def test_lexicon_proclitics_can_be_turned_off() -> None:
    strict = Lexicon([("الميادين", "mayadin")], proclitics=False)
    assert found(strict, "البوكمال والميادين") == []
    assert found(strict, "للميادين") == []
    assert found(strict, "في الميادين") == [("الميادين", "mayadin")]


def test_lexicon_returns_every_payload_of_a_shared_surface() -> None:
    lexicon = Lexicon([("حسياء", "hisya-deir-ez-zor"), ("حسياء", "hisya-homs")])
    assert found(lexicon, "على أطراف حسياء") == [("حسياء", "hisya-deir-ez-zor"), ("حسياء", "hisya-homs")]


def test_lexicon_ignores_one_letter_entries_and_empty_lexicons() -> None:
    assert Lexicon([("و", "and")]).size == 0
    assert Lexicon([]).find(normalize("قصف")) == []


def test_lexicon_accepts_plain_normalized_strings() -> None:
    assert [m.key for m in PLACES.find("في الميادين")] == ["الميادين"]

"""sentences: sentence and clause spans over body paragraphs, offsets into the unchanged text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.ingest.clean import clean
from marsad.model import Article
from marsad.text.sentences import sentences

SNN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"


def segmented(text: str) -> Article:
    return sentences(clean(Article(id="t", text=text)))


def assert_spans_index_text(article: Article) -> None:
    for span in article.sentences + article.clauses:
        assert article.text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text


def test_sentences_seed_body_one_sentence_per_paragraph(seed_text: str) -> None:
    article = segmented(seed_text)
    assert_spans_index_text(article)
    assert len(article.body) == 15
    assert len(article.sentences) == 15
    assert [s.text for s in article.sentences] == [p.text for p in article.body]


def test_sentences_seed_skips_title_tags_and_boilerplate(seed_text: str) -> None:
    article = segmented(seed_text)
    texts = " ".join(s.text for s in article.sentences)
    assert "ما الهدف" not in texts
    assert "قوات روسية القوات الروسية تعزيزات دورية رتل" not in texts
    assert "اترك تعليقا" not in texts
    assert article.sentences[0].text.startswith("نقلت مصادر محلية من دير الزور")


def test_sentences_seed_clauses_split_at_commas(seed_text: str) -> None:
    article = segmented(seed_text)
    clauses = [c.text for c in article.clauses]
    assert clauses[:3] == [
        "نقلت مصادر محلية من دير الزور أن قوات عسكرية روسيا سيرة دورية بريف دير الزور،",
        "أمس السبت،",
        "بأجراء مفاجئ يحدث للمرة الأولى هناك.",
    ]
    assert "وقالت شبكة “عين الفرات” المحلية :" in clauses  # ":" ends a clause


def test_sentences_clauses_lie_inside_sentences_inside_body(seed_text: str) -> None:
    article = segmented(seed_text)
    for clause in article.clauses:
        assert any(s.contains(clause) for s in article.sentences)
    for sentence in article.sentences:
        assert any(p.contains(sentence) for p in article.body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال مسؤول إن 2.5 مليون شخص نزحوا من المدينة. وأضاف أن القصف مستمر.",
         ["قال مسؤول إن 2.5 مليون شخص نزحوا من المدينة.", "وأضاف أن القصف مستمر."]),
        ("بلغ عدد اللاجئين ٢.٥ مليون. وقالت المفوضية إن العدد يتزايد.",
         ["بلغ عدد اللاجئين ٢.٥ مليون.", "وقالت المفوضية إن العدد يتزايد."]),
        ("قتل المدنيون منذ بداية عام 2015. وقال المرصد إن الحصيلة مرشحة للارتفاع.",
         ["قتل المدنيون منذ بداية عام 2015.", "وقال المرصد إن الحصيلة مرشحة للارتفاع."]),
        ("هل ما زلت مؤمنًا بهذه العبارات؟ نعم بكل تأكيد!", ["هل ما زلت مؤمنًا بهذه العبارات؟", "نعم بكل تأكيد!"]),
        ("وقال الشهود “إن من بين القتلى اطفال”. وأضافوا أن الهجوم وقع صباحا.",
         ["وقال الشهود “إن من بين القتلى اطفال”.", "وأضافوا أن الهجوم وقع صباحا."]),
        ("للمرة الأولى ..روسيا تسيير دورية عسكرية", ["للمرة الأولى ..", "روسيا تسيير دورية عسكرية"]),
    ],
)
def test_sentences_split_at_sentence_ends_not_decimal_points(text: str, expected: list[str]) -> None:
    article = sentences(Article(id="t", text=text))  # no body: the whole text is one paragraph
    assert [s.text for s in article.sentences] == expected
    assert_spans_index_text(article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات المدينة؛ وقتل ثلاثة مدنيين.", ["قصفت الطائرات المدينة؛", "وقتل ثلاثة مدنيين."]),
        ("تقدمت القوات في الريف بينما انسحب المسلحون نحو البادية.",
         ["تقدمت القوات في الريف", "بينما انسحب المسلحون نحو البادية."]),
        ("سيطر الجيش على البلدة في حين استمرت المعارك في محيطها.",
         ["سيطر الجيش على البلدة", "في حين استمرت المعارك في محيطها."]),
    ],
)
def test_sentences_clauses_split_at_semicolons_and_contrast_words(text: str, expected: list[str]) -> None:
    article = sentences(Article(id="t", text=text))
    assert [c.text for c in article.clauses] == expected


def test_sentences_spans_index_text_on_saudinewsnet() -> None:
    if not SNN.is_file():
        pytest.skip("SaudiNewsNet sample not available")
    with SNN.open(encoding="utf-8") as handle:
        for _, line in zip(range(150), handle):
            article = segmented(json.loads(line)["text"])
            assert article.sentences
            assert_spans_index_text(article)

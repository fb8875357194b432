"""read_articles: .txt, .html, .jsonl, directories and stdin, with stable content-hash ids."""
from __future__ import annotations

import codecs
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.ingest.readers import content_id, read_articles
from marsad.model import Article

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>روسيا تسيّر دورية عسكرية شرق دير الزور - وكالة زيتون</title>
<meta property="og:title" content="روسيا تسيّر دورية عسكرية شرق دير الزور">
<meta property="og:site_name" content="وكالة زيتون">
<meta property="article:published_time" content="2020-05-10T09:30:00+03:00">
</head>
<body>
<header><nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav></header>
<article>
<h1>روسيا تسيّر دورية عسكرية شرق دير الزور</h1>
<p>نقلت مصادر محلية من دير الزور أن قوات عسكرية روسية سيرت دورية بريف دير الزور، أمس السبت، بإجراء مفاجئ يحدث للمرة الأولى هناك.</p>
<p>وكشفت مصادر محلية لشبكة ديرالزور 24، أن القوات الروسية سيرت دورية عسكرية على أطراف مدينة الميادين بريف ديرالزور الشرقي، وهي المرة الأولى التي تتحرك بها روسيا عسكرياً في المنطقة.</p>
<p>وقالت المصادر إن الدورية سارت بالقرب من قلعة الرحبة في المدينة، وشملت تحركات مماثلة بالقرب من دوار الطيبة في الميادين.</p>
</article>
<footer><p>جميع الحقوق محفوظة لوكالة زيتون 2020</p></footer>
</body>
</html>
"""

RECORDS = [
    {"id": "snn-2015-07-21-02880", "title": "التحالف ينفذ تسع ضربات جوية في سوريا والعراق",
     "text": "واس- الرياض: نفّذت قوات التحالف الدولي ضد تنظيم \"داعش\" الإرهابي تسع ضربات جوية في سوريا والعراق.",
     "published": "2015-07-21", "source": "SaudiNewsNet/was"},
    {"id": "snn-2015-07-21-01611",
     "text": "وقال داود أوغلو إن “الدلائل الأولية تشير إلى أن الهجوم الانتحاري في سروج نفذه تنظيم داعش”."},
]


def articles(paths, published=None) -> list[Article]:
    items = list(read_articles([str(p) for p in paths], published))
    assert not [i for i in items if isinstance(i, InputError)]
    return items


def test_readers_txt_keeps_text_and_sets_published(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "deir-ez-zor-patrol.txt"
    path.write_text(seed_text, encoding="utf-8")
    (article,) = articles([path], date(2020, 5, 10))
    assert article.text == seed_text
    assert article.published == date(2020, 5, 10)
    assert article.source == str(path)
    assert article.id == content_id(seed_text)


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_readers_txt_in_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    text = RECORDS[0]["text"]
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    (article,) = articles([path])
    assert article.text == text


def test_readers_html_title_date_outlet_and_body(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = articles([path])
    assert article.given_title == "روسيا تسيّر دورية عسكرية شرق دير الزور"
    assert article.published == date(2020, 5, 10)
    assert article.outlet == "وكالة زيتون"
    assert article.derived_text
    assert "بالقرب من قلعة الرحبة في المدينة" in article.text
    assert "أمس السبت" in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق محفوظة" not in article.text


def test_readers_html_published_date_wins_over_default(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = articles([path], date(2021, 1, 1))
    assert article.published == date(2020, 5, 10)


def test_readers_jsonl_fields(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    first, second = articles([path], date(2020, 5, 10))
    assert first.id == "snn-2015-07-21-02880"
    assert first.text == RECORDS[0]["text"]
    assert first.given_title == "التحالف ينفذ تسع ضربات جوية في سوريا والعراق"
    assert first.published == date(2015, 7, 21)
    assert first.outlet == "SaudiNewsNet/was"
    assert first.source == f"{path}:1"
    assert second.published == date(2020, 5, 10)  # the default fills a record without a date
    assert second.source == f"{path}:2"


def test_readers_jsonl_record_with_unicode_paragraph_separator(tmp_path: Path) -> None:
    # JSON may carry U+2028/U+2029 unescaped inside strings (ANT corpus has one): not a line break
    text = "قصفت الطائرات مواقع في إدلب.\u2029وقتل ثلاثة مدنيين."
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "b", "text": "غارة على الرقة."}, ensure_ascii=False) + "\n", encoding="utf-8")
    first, second = articles([path])
    assert first.text == text
    assert second.source == f"{path}:2"


def test_readers_jsonl_bad_lines_are_named_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps(RECORDS[0], ensure_ascii=False) + "\n"
        + '{"id": "x", "text": \n'
        + '{"id": "y", "title": "بلا نص"}\n'
        + '\n'
        + '{"id": "z", "text": "غارة على الرقة.", "published": "أمس"}\n'
        + json.dumps(RECORDS[1], ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    items = list(read_articles([str(path)]))
    assert [i.id if isinstance(i, Article) else i.location for i in items] == [
        "snn-2015-07-21-02880", f"{path}:2", f"{path}:3", f"{path}:5", "snn-2015-07-21-01611"]
    assert "text" in items[2].reason and "published" in items[3].reason


def test_readers_directory_sorted_and_only_readable_suffixes(tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "b.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    sub = tmp_path / "c"
    sub.mkdir()
    (sub / "news.jsonl").write_text(json.dumps(RECORDS[1], ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# ملاحظات", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / ".hidden.txt").write_text("قصف", encoding="utf-8")
    (tmp_path / "README").write_text("قصف", encoding="utf-8")
    found = articles([tmp_path])
    assert [Path(a.source.split(":")[0]).name for a in found] == ["a.html", "b.txt", "news.jsonl"]


def test_readers_stdin(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    data = codecs.BOM_UTF8 + seed_text.encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (article,) = articles(["-"], date(2020, 5, 10))
    assert article.text == seed_text
    assert article.source == "-"
    assert article.id == content_id(seed_text)


def test_readers_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert [a.id for a in articles(["-"])] == ["snn-2015-07-21-02880", "snn-2015-07-21-01611"]


def test_readers_missing_file_is_an_input_error(tmp_path: Path) -> None:
    (error,) = read_articles([str(tmp_path / "missing.txt")])
    assert isinstance(error, InputError) and error.location.endswith("missing.txt")


def test_readers_content_ids_are_stable(tmp_path: Path, seed_text: str) -> None:
    one = tmp_path / "one.txt"
    two = tmp_path / "copy" / "two.txt"
    two.parent.mkdir()
    one.write_text(seed_text, encoding="utf-8")
    two.write_bytes(seed_text.encode("utf-16"))
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    first = [a.id for a in articles([one, two, page])]
    again = [a.id for a in articles([one, two, page])]
    assert first == again
    assert first[0] == first[1]  # same text, other file and encoding: same id
    assert len(first[0]) == 16 and first[2] != first[0]
    edited = tmp_path / "edited.txt"
    edited.write_text(seed_text.replace("أمس السبت", "أمس الجمعة"), encoding="utf-8")
    assert articles([edited])[0].id != first[0]

"""clean: dateline, title, tag line, byline, body paragraphs and boilerplate of scraped articles."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from marsad.ingest.clean import clean
from marsad.model import Article, Span

SNN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news" / "saudinewsnet_conflict" / "saudinewsnet_syria_iraq_conflict.jsonl"


def cleaned(text: str) -> Article:
    return clean(Article(id="t", text=text))


def parts(article: Article) -> list[Span]:
    """The line-level parts; an inline dateline ("دمشق - (رويترز) -") lies inside the first paragraph instead."""
    head = [s for s in (article.title, article.tags, article.byline) if s is not None]
    dateline = article.dateline
    if dateline is not None and not any(p.contains(dateline) for p in article.body):
        head.append(dateline)
    return head + article.body + article.boilerplate


def lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\r\n]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            out.append((start, start + len(stripped)))
    return out


def assert_every_line_placed_once(article: Article) -> None:
    """Nothing of the story is lost: every non-empty line is exactly one of the parts."""
    found = parts(article)
    for span in found:
        assert article.text[span.start:span.end] == span.text
    spans = [(s.start, s.end) for s in found]
    assert sorted(spans) == sorted(lines(article.text))


def test_clean_seed_head(seed_text: str) -> None:
    article = cleaned(seed_text)
    assert article.dateline.text == "تركيا - غازي عنتاب"
    assert article.title.text == "للمرة الأولى ..روسيا تسيير دورية عسكرية شرق دير الزور ..ما الهدف؟"
    assert article.tags.text == "قوات روسية القوات الروسية تعزيزات دورية رتل"
    assert article.byline.text == "وكالة زيتون – متابعات"
    assert article.outlet == "وكالة زيتون"


def test_clean_seed_body_and_boilerplate(seed_text: str) -> None:
    article = cleaned(seed_text)
    assert len(article.body) == 15
    assert article.body[0].text.startswith("نقلت مصادر محلية من دير الزور")
    assert article.body[-1].text.endswith("ضد فصائل الثوار شمال غربي سوريا.")
    assert [s.text for s in article.boilerplate] == ["مقالات ذات صلة", "اترك تعليقا"]
    assert_every_line_placed_once(article)


def test_clean_seed_tag_line_is_not_body(seed_text: str) -> None:
    article = cleaned(seed_text)
    assert all("تعزيزات دورية رتل" not in p.text for p in article.body)


def test_clean_keeps_outlet_given_by_the_reader(seed_text: str) -> None:
    article = clean(Article(id="t", text=seed_text, outlet="Zaitun Agency"))
    assert article.outlet == "Zaitun Agency"


def snn_records(limit: int) -> list[dict]:
    if not SNN.is_file():
        pytest.skip("SaudiNewsNet sample not available")
    with SNN.open(encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(limit), handle)]


def test_clean_saudinewsnet_articles_lose_nothing() -> None:
    for record in snn_records(400):
        article = cleaned(record["text"])
        assert article.body, record["id"]
        assert_every_line_placed_once(article)


@pytest.mark.parametrize(
    "record_id",
    ["snn-2015-07-21-00000", "snn-2015-07-21-00013", "snn-2015-07-21-01611", "snn-2015-07-21-02880"],
)
def test_clean_saudinewsnet_body_keeps_the_story(record_id: str) -> None:
    record = next((r for r in snn_records(1091) if r["id"] == record_id), None)
    if record is None:
        pytest.skip(f"{record_id} not in the sample")
    article = cleaned(record["text"])
    body = "\n".join(p.text for p in article.body)
    first_line = record["text"].strip().splitlines()[0].strip()
    assert first_line in body or (article.title is not None and article.title.text == first_line)
    assert len(body) >= 0.8 * len(record["text"].strip()) - 200


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("دمشق - (رويترز) - قالت وسائل إعلام رسمية إن الجيش السوري استعاد السيطرة على بلدة في ريف حماة "
         "الشمالي بعد معارك عنيفة مع فصائل المعارضة.", "دمشق"),
        ("بيروت (أ ف ب) - قتل 12 مدنيا على الأقل في غارات جوية استهدفت مدينة إدلب في شمال غرب سوريا، "
         "بحسب ما أفاد المرصد السوري لحقوق الإنسان.", "بيروت"),
        ("بغداد - قالت خلية الإعلام الأمني إن القوات العراقية قتلت خمسة من عناصر تنظيم داعش في عملية "
         "أمنية بمحافظة الأنبار غربي البلاد.", "بغداد"),
        ("دير الزور - (سمارت) - قصفت طائرات حربية يعتقد أنها روسية قرى وبلدات في ريف دير الزور الشرقي، "
         "ما أسفر عن مقتل مدنيين وإصابة آخرين.", "دير الزور"),
        # CNN Arabic files from a city and its country (252 articles of the ANT corpus)
        ("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- استبعدت المستشارة الألمانية أي مشاركة ألمانية في ضربات "
         "جوية ضد سوريا.", "أتلانتا، الولايات المتحدة الأمريكية"),
    ],
)
def test_clean_agency_dateline_at_start_of_first_paragraph(paragraph: str, dateline: str) -> None:
    article = cleaned(paragraph + "\n\nوأضاف المصدر أن الاشتباكات ما تزال مستمرة في المنطقة حتى ساعة إعداد هذا الخبر.")
    assert article.dateline is not None and article.dateline.text == dateline
    assert article.dateline.start == 0
    assert article.body[0].text == paragraph  # the paragraph itself stays whole in the body


@pytest.mark.parametrize(
    "paragraph",
    [
        # SaudiNewsNet snn-2015-07-21-00553 and snn-2015-07-24-00732: a hyphenated pair, not a dateline
        "أدت اتفاقية سايكس - بيكو قبل مائة عام، بين فرنسا وبريطانيا إلى تقاسم المنطقة العربية إلى دول ومناطق نفوذ.",
        "شهدت الحدود التركية - السورية أمس أول اشتباك من نوعه، بين جنود أتراك ومسلحين من تنظيم داعش.",
    ],
)
def test_clean_hyphenated_phrase_is_not_a_dateline(paragraph: str) -> None:
    assert cleaned(paragraph).dateline is None


@pytest.mark.parametrize(
    "furniture",
    ["اقرأ أيضا: مقتل العشرات في غارات على إدلب", "شاهد أيضا: صور الدمار في دير الزور"],
)
def test_clean_read_also_lines_inside_the_story_are_boilerplate(seed_text: str, furniture: str) -> None:
    text = seed_text.replace("وقالت المصادر أن الدورية", furniture + "\n\nوقالت المصادر أن الدورية", 1)
    article = cleaned(text)
    assert furniture in [s.text for s in article.boilerplate]
    assert len(article.body) == 15


def test_clean_a_long_first_sentence_is_the_lede_not_a_title() -> None:
    lede = ("أكد الرئيس الأميركي دونالد ترامب، الثلاثاء، أنه يريد سحب القوات الأميركية من سوريا لكنه أشار إلى عدم "
            "اتخاذ قرار بعد.")
    text = lede + "\nوقال ترامب في مؤتمر صحفي بالبيت الأبيض إن المهمة الأساسية في سوريا كانت التخلص من تنظيم داعش وإن بلاده أنجزت ذلك تقريبا."
    article = cleaned(text)
    assert article.title is None
    assert article.body[0].text == lede


def test_clean_a_short_first_sentence_with_a_day_set_off_by_commas_is_the_lede() -> None:
    lede = "حذر وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، واشنطن من استهداف القوات الحكومية السورية."
    text = lede + "\nوقال لافروف في مؤتمر صحفي بموسكو إن عواقب وخيمة ستكون بانتظار واشنطن إذا استهدفت مواقع الجيش السوري."
    article = cleaned(text)
    assert article.title is None
    assert article.body[0].text == lede


def test_clean_a_first_line_without_a_full_stop_is_the_lede_when_it_sets_a_day_off_by_commas() -> None:
    lede = ("حثت الولايات المتحدة، يوم الاثنين، مجلس الأمن الدولي، على الدعوة إلى وقف إطلاق النار في دمشق ومنطقة "
            "الغوطة الشرقية التي تسيطر عليها المعارضة")
    text = lede + "\nوقتل أكثر من ألف مدني خلال 3 أسابيع من حملة القصف العنيف التي تشنها قوات النظام السوري على الغوطة الشرقية."
    article = cleaned(text)
    assert article.title is None and article.body[0].text == lede

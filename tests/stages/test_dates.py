"""Dates stage: sentences taken from the staged corpora (ANT multi-source 2018, SaudiNewsNet 2015)
with their ``published`` field, plus the seed article's expressions."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article, Span
from marsad.stages.dates import dates, find_date_matches, find_dates
from marsad.text.normalize import normalize

SEED = Path("/work/shared/samples/deir-ez-zor-patrol.txt")
CORPORA = sorted(Path("/work/shared/data/news").glob("*/*.jsonl"))
SUNDAY = date(2020, 5, 10)

# (sentence, published, expression as written, expected date, time_precision)
CASES = [
    # --- seed article, published on a Sunday
    ("نقلت مصادر محلية من دير الزور أن قوات عسكرية روسيا سيرة دورية بريف دير الزور، أمس السبت، بأجراء مفاجئ",
     SUNDAY, "أمس السبت", date(2020, 5, 9), 1),
    ("أرسلت تعزيزات عسكرية جديدة إلى مدينة البوكمال شرق دير الزور، قبل عدة أيام، بعد تلقينهم تدريبات",
     SUNDAY, "قبل عدة أيام", date(2020, 5, 7), 2),
    ("بقصف الميليشيات الإيرانية في البوكمال والتي كان آخرها يوم الثلاثاء الماضي.",
     SUNDAY, "يوم الثلاثاء الماضي", date(2020, 5, 5), 1),
    ("بهدف الانتقام لمقتل “قاسم سليماني” بغارات جوية نفذتها طائرات أمريكية أوائل العام الحالي.",
     SUNDAY, "أوائل العام الحالي", date(2020, 1, 15), 3),
    ("في مدينتي “الميادين” و”البوكمال” شرق المحافظة خلال الفترة القليلة الماضية.",
     SUNDAY, "خلال الفترة القليلة الماضية", SUNDAY, 3),
    # --- absolute Gregorian, both month systems
    ("باشرتها قوات النظام السوري في 19 حزيران/يونيو بدعم روسي في محافظة درعا",
     date(2018, 7, 1), "19 حزيران/يونيو", date(2018, 6, 19), 1),
    ("7 ديسمبر: دمشق تتهم إسرائيل بشن غارتين على منطقة ديماس شمال غرب دمشق",
     date(2018, 4, 10), "7 ديسمبر", date(2017, 12, 7), 1),
    ("تجري الانتخابات في 12 أيار 2020 في موعدها", SUNDAY, "12 أيار 2020", date(2020, 5, 12), 1),
    ("وقعت المواجهات يوم 12 مايو/أيار", SUNDAY, "يوم 12 مايو/أيار", date(2019, 5, 12), 1),
    ("وقعت المواجهات في 9 مايو/أيار", SUNDAY, "9 مايو/أيار", date(2020, 5, 9), 1),
    ("قتل في الخامس من شباط الماضي", SUNDAY, "الخامس من شباط الماضي", date(2020, 2, 5), 1),
    ("ونفذت قوات سوريا الديمقراطية في الـ 10 من سبتمبر الماضي، عملية عسكرية",
     date(2018, 10, 10), "10 من سبتمبر الماضي", date(2018, 9, 10), 1),
    ("في أعقاب العملية التي انطلقت في 20 يناير/كانون الثاني الماضي.",
     date(2018, 2, 12), "20 يناير/كانون الثاني الماضي", date(2018, 1, 20), 1),
    ("أقر مجلس النواب العراقي في الثالث من آذار/مارس الحالي، الميزانية",
     date(2018, 3, 13), "الثالث من آذار/مارس الحالي", date(2018, 3, 3), 1),
    ("حملة عسكرية تشنها قوات النظام منذ 18 شباط/فبراير على الغوطة الشرقية",
     date(2018, 3, 10), "18 شباط/فبراير", date(2018, 2, 18), 1),
    ("تنطلق الانتخابات التشريعية السبت 12 مايو/أيار في العراق",  # weekday fixes the year: upcoming
     date(2018, 5, 11), "السبت 12 مايو/أيار", date(2018, 5, 12), 1),
    # --- month precision
    ("وقعوا اتفاقا لوقف إطلاق النار في يوليو/تموز الماضي لتهدئة الأوضاع",
     date(2018, 6, 24), "يوليو/تموز الماضي", date(2017, 7, 15), 3),
    ("حتى استعادتها قوات سوريا الديمقراطية في أكتوبر الماضي",
     date(2018, 9, 30), "أكتوبر الماضي", date(2017, 10, 15), 3),
    ("الضربة التي شنتها في أبريل/نيسان 2017 بعدما قتل هجوم كيميائي على بلدة خان شيخون",
     date(2018, 4, 15), "أبريل/نيسان 2017", date(2017, 4, 15), 3),
    ("الجماعات المسلحة في حلب منذ منتصف يوليو داخل مجموعة من المعارضين",
     date(2015, 8, 4), "منتصف يوليو", date(2015, 7, 15), 3),
    ("وفي أواخر مايو/أيار 2018 اندمجت 11 مجموعة عسكرية",
     date(2018, 8, 30), "أواخر مايو/أيار 2018", date(2018, 5, 25), 3),
    # --- numeric and Hijri
    ("إلى مجلس الأمن الوطني لإقليم كردستان - العراق، بتاريخ 6/ 8/ 2015، وتم توقيف المذكورة",
     date(2015, 8, 11), "6/ 8/ 2015", date(2015, 8, 6), 1),
    ("التغريدة الأصلية يوم 14/08/2018 الساعة 5:11 م", date(2018, 8, 17), "14/08/2018", date(2018, 8, 14), 1),
    ("صدر القرار في 2020-05-12", SUNDAY, "2020-05-12", date(2020, 5, 12), 1),
    ("وذلك في يوم الجمعة الموافق 9/9/1436هـ، استغلالا لتواجد المنسوبين لأداء الصلاة",
     date(2015, 8, 7), "يوم الجمعة الموافق 9/9/1436هـ", date(2015, 6, 26), 1),
    ("بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", date(2015, 8, 10), "25 شوال 1436 هـ", date(2015, 8, 10), 1),
    ("بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", date(2015, 8, 10), "10 أغسطس 2015 م", date(2015, 8, 10), 1),
    ("أعلن الهجوم في 15 رمضان 1441", SUNDAY, "15 رمضان 1441", date(2020, 5, 8), 1),
    ("ما تعرض له مسجد في قرية الدالوة بمحافظة الأحساء في العاشر من شهر محرم من العام الحالي",
     date(2015, 8, 11), "العاشر من شهر محرم", date(2014, 11, 3), 1),
    # --- today / yesterday / day before
    ("وقالت تركيا في بيان صدر اليوم الأحد إن \"شكوكا قوية\" تشير إلى استخدام النظام السوري أسلحة كيمياوية",
     date(2018, 4, 8), "اليوم الأحد", date(2018, 4, 8), 1),
    ("وأفاد المسؤول بأن وقف إطلاق النار ينتهي ظهر اليوم الاثنين",
     date(2018, 5, 21), "ظهر اليوم الاثنين", date(2018, 5, 21), 1),
    ("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية للتصدي للتطرف",
     date(2015, 7, 20), "اليوم (الاثنين)", date(2015, 7, 20), 1),
    ("في أعقاب احتجاجات عنيفة شهدتها اليوم", date(2018, 9, 8), "اليوم", date(2018, 9, 8), 1),
    ("الى ذلك نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله",
     date(2015, 8, 3), "امس", date(2015, 8, 2), 1),
    ("قد قامت بقصف مواقع لـ«جبهة النصرة» بشمال سوريا أمس (الجمعة)، وذلك بعد ورود تقارير",
     date(2015, 8, 1), "أمس (الجمعة)", date(2015, 7, 31), 1),
    ("إن عناصر تنظيم داعش أطلقوا اليوم (أمس) عشرات الصواريخ", date(2015, 8, 7), "اليوم (أمس)", date(2015, 8, 6), 1),
    ("أعلن ناشطون أن اشتباكات عنيفة دارت منتصف ليل أمس بين جبهة النصرة وجبهة أنصار الدين",
     date(2015, 8, 4), "منتصف ليل أمس", date(2015, 8, 3), 1),
    ("في قتال عنيف مع قوات الجيش السوري الليلة الماضية.", date(2015, 8, 7), "الليلة الماضية", date(2015, 8, 6), 1),
    ("وذلك في أولى جلسات محاكمتهم أول من أمس", date(2015, 8, 7), "أول من أمس", date(2015, 8, 5), 1),
    ("وكان العبادي قد أكد أول أمس الأحد أن حكومته لا تتحمل الأخطاء المتراكمة",
     date(2015, 8, 11), "أول أمس الأحد", date(2015, 8, 9), 1),
    ("وكان جون كيري غادر مساء أول من أمس الجمعة واشنطن في جولة",
     date(2015, 8, 2), "مساء أول من أمس الجمعة", date(2015, 7, 31), 1),
    # --- weekdays
    ("اضطرت السيدة الأولى الأمريكية ميلانيا ترامب إلى العودة إلى قاعدة أندروز المشتركة، الأربعاء، بعد مشكلة ميكانيكية",
     date(2018, 10, 18), "الأربعاء", date(2018, 10, 17), 1),
    ("أطلقت 20 صاروخا على قواعد عسكرية إسرائيلية في مرتفعات الجولان، فجر الخميس",
     date(2018, 5, 10), "فجر الخميس", date(2018, 5, 10), 1),
    ("وتأتي هذه الإجراءات ضمن جهود لاحتواء زخم المظاهرات التي انطلقت الأحد الماضي في مدينة البصرة",
     date(2018, 7, 14), "الأحد الماضي", date(2018, 7, 8), 1),
    ("ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، فجر السبت الماضي، ضربة صاروخية",
     date(2018, 4, 21), "فجر السبت الماضي", date(2018, 4, 14), 1),
    ("وكان ترامب صرح يوم الخميس الماضي بأن الولايات المتحدة سوف تخرج من سوريا قريبا",
     date(2018, 4, 3), "يوم الخميس الماضي", date(2018, 3, 29), 1),
    ("وكان قصر الإليزيه قد أعلن ليل الاثنين-الثلاثاء أن الرئيسين بحثا مجددا",
     date(2018, 4, 10), "ليل الاثنين-الثلاثاء", date(2018, 4, 9), 1),
    ("تعرضت بعد منتصف ليل الأحد - الاثنين مناطق في مدينة داريا بالغوطة الغربية",
     date(2015, 8, 11), "منتصف ليل الأحد - الاثنين", date(2015, 8, 9), 1),
    ("بعد مقتل 18 عنصرا يومي الخميس والجمعة في غارات تركية على قريتين شمال غرب عفرين",
     date(2018, 3, 3), "يومي الخميس والجمعة", date(2018, 3, 1), 1),
    # --- counted and vague relative expressions
    ("وقبل يومين، أعلن الإعلام الرسمي السوري خروج أكبر موكب مقاتلين",
     date(2018, 3, 29), "قبل يومين", date(2018, 3, 27), 1),
    ("منذ سقوط الهدنة بين المتمردين الاكراد والجيش التركي قبل عشرة ايام",
     date(2015, 8, 3), "قبل عشرة ايام", date(2015, 7, 24), 1),
    ("قتل شخصان قبل ثلاثة أيام", SUNDAY, "قبل ثلاثة أيام", date(2020, 5, 7), 1),
    ("قتل شخصان قبل 3 أيام", SUNDAY, "قبل 3 أيام", date(2020, 5, 7), 1),
    ("وقتل 4 إيرانيين مختصين بإطلاق الصواريخ، قبل 15 يوماً في جبهة حرض",
     date(2018, 7, 17), "قبل 15 يوماً", date(2018, 7, 2), 2),
    ("بعد الضربة الجوية التي قادتها الولايات المتحدة قبل أيام ضد الأسد",
     date(2018, 4, 17), "قبل أيام", date(2018, 4, 14), 2),
    ("بعدما أفرجت عنه السلطات التشيكية منذ أيام إثر توقيف وجيز",
     date(2018, 3, 5), "منذ أيام", date(2018, 3, 2), 2),
    ("وقبل نحو أسبوعين نشرت صحيفة «واشنطن بوست» تصريحات عن الموضوع ذاته",
     date(2015, 8, 3), "قبل نحو أسبوعين", date(2015, 7, 20), 2),
    ("يذكر أن أنقرة كانت أطلقت قبل أسبوع عملية عسكرية جوية", date(2015, 8, 1), "قبل أسبوع", date(2015, 7, 25), 2),
    ("وسيطر الجيش الحكومي على دير الزور قبل نحو 6 أشهر لكن مقاتلي تنظيم الدولة لا زالوا ينشطون",
     date(2018, 5, 27), "قبل نحو 6 أشهر", date(2017, 11, 15), 3),
    ("وقبل ساعات دعا نائب وزير الخارجية الروسي إيران وإسرائيل إلى ضبط النفس",
     date(2018, 5, 10), "قبل ساعات", date(2018, 5, 10), 1),
    ("إذ تعرضت البلدة لقصف سوري خلال الساعات الأخيرة، تزامنا مع قصف مدفعي",
     date(2018, 6, 25), "خلال الساعات الأخيرة", date(2018, 6, 25), 1),
    ("قتلوا خلال الأيام الماضية إثر غارات جوية روسية وسورية على الأحياء السكنية",
     date(2018, 2, 27), "خلال الأيام الماضية", date(2018, 2, 24), 2),
    ("بعد أن شهدت اضطرابات وأعمال عنف خلال اليومين الماضيين", date(2018, 9, 6), "خلال اليومين الماضيين", date(2018, 9, 5), 2),
    ("وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني",
     date(2015, 8, 6), "الأسابيع الأخيرة", date(2015, 7, 15), 3),
    ("واستقطبت دوائر الأحوال المدنية السورية الاهتمام مؤخرا", date(2018, 8, 10), "مؤخرا", date(2018, 8, 10), 3),
    ("وبحسب مصادر فقد ازدادت الهجمات في الآونة الأخيرة", date(2018, 8, 10), "الآونة الأخيرة", date(2018, 8, 10), 3),
    # --- weeks, months, parts of a year
    ("وقتلت إحدى الغارات الجوية 30 شخصا على الأقل في مدينة زملكا، الأسبوع الماضي",
     date(2018, 3, 20), "الأسبوع الماضي", date(2018, 3, 13), 2),
    ("واعتقل غوتيريز في وقت سابق من الأسبوع الجاري في مدينة بيريرا", date(2018, 3, 16), "الأسبوع الجاري", date(2018, 3, 16), 2),
    ("قبل خروجهم منها الشهر الماضي عقب عملية عسكرية تلاها اتفاق إجلاء",
     date(2018, 5, 25), "الشهر الماضي", date(2018, 4, 15), 3),
    ("وكان ترامب قد أعلن، في وقت سابق من الشهر الجاري، عزمه سحب القوات الأمريكية",
     date(2018, 4, 16), "الشهر الجاري", date(2018, 4, 16), 3),
    ("إن سلطات الإقليم تسلمت المدعوة أم سياف من الأمريكيين في السادس من الشهر الحالي",
     date(2015, 8, 11), "السادس من الشهر الحالي", date(2015, 8, 6), 1),
    ("أن إردوغان توصل إلى اتفاق موقّع مع أميركا في 7 من الشهر الماضي",
     date(2015, 8, 1), "7 من الشهر الماضي", date(2015, 7, 7), 1),
    ("لا سيما بعد إعلانه الانتصار على تنظيم \"الدولة الإسلامية\" نهاية العام الماضي",
     date(2018, 3, 14), "نهاية العام الماضي", date(2017, 12, 15), 3),
    ("وأدت إلى حله، مطلع العام الحالي", date(2015, 8, 1), "مطلع العام الحالي", date(2015, 1, 15), 3),
]


@pytest.mark.parametrize("sentence,published,expr,expected,precision", CASES)
def test_resolves_corpus_sentence(sentence, published, expr, expected, precision):
    found = {v.text: (s, e, v) for s, e, v in find_dates(sentence, published)}
    assert expr in found, f"{expr!r} not among {list(found)}"
    s, e, value = found[expr]
    assert sentence[s:e] == value.text == expr
    assert value.value == expected
    assert value.precision == precision


NOT_DATES = [
    "وقال في العام الماضي إن الوضع تحسن",  # a year alone
    "ولد في 2019 في دمشق",
    "مارس الضغط على الحكومة",  # مارس = the verb "exercised"
    "نحن في أمس الحاجة إلى المساعدات",
    "وفي نفس اليوم من الأسبوع",
    "وفي اليوم التالي انسحبت القوات",
    "سيلتقي الوزيران الأحد المقبل في جنيف",  # future
    "ويشارك أحد عشر مقاتلا",
    "وقال الرئيس التركي رجب طيب أردوغان",  # Hijri month name as a person's name
    "قبل أيام من الانتخابات التشريعية",  # relative to another event, not to publication
    "في مسجد الحصري بمدينة السادس من أكتوبر",  # a city's name
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence):
    assert find_dates(sentence, SUNDAY) == []


def test_weekday_mismatch_trusts_weekday():
    # published Sunday 2015-08-02: yesterday was Saturday, the text says Friday
    sentence = "قالت الوزارة أمس الجمعة إن الهجوم فشل"
    (match,) = find_date_matches(sentence, date(2015, 8, 2))
    assert match.value.value == date(2015, 7, 31)
    assert match.value.precision == 1
    assert match.mismatch and "الجمعه" in match.mismatch
    # a crawl date one day late: "today Monday" in a Tuesday-stamped article
    (match,) = find_date_matches("وقال البيان الذي أذيع اليوم الاثنين", date(2015, 8, 11))
    assert match.value.value == date(2015, 8, 10) and match.mismatch


def test_stage_warns_on_weekday_mismatch():
    text = "العنوان\nقالت الوزارة أمس الجمعة إن الهجوم فشل."
    article = Article(id="t", text=text, published=date(2015, 8, 2), normalized=normalize(text))
    article.body = [Span.of(text, 8, len(text))]
    dates(article)
    (mention,) = article.mentions_of("date")
    assert mention.resolution.value == date(2015, 7, 31)
    assert any(w.startswith("date-weekday-mismatch") for w in article.warnings)


def test_no_publication_date_keeps_relative_text():
    sentence = "سيرت دورية أمس السبت وكانت آخر غارة يوم الثلاثاء الماضي قبل عدة أيام في 12 أيار 2020"
    result = {v.text: v for _, _, v in find_dates(sentence, None)}
    for expr, precision in (("أمس السبت", 1), ("يوم الثلاثاء الماضي", 1), ("قبل عدة أيام", 2)):
        assert result[expr].value is None
        assert result[expr].precision == precision
        assert result[expr].relative is True
    assert result["12 أيار 2020"].value == date(2020, 5, 12)  # absolute with a year still resolves
    assert result["12 أيار 2020"].relative is False


def test_normalized_input_with_original_text():
    sentence = "وقُتِل أمسِ السبتَ ثلاثةُ مدنيين"
    norm = normalize(sentence)
    ((s, e, value),) = find_dates(norm, SUNDAY, sentence)
    assert sentence[s:e] == value.text == "أمسِ السبتَ"
    assert value.value == date(2020, 5, 9)


def test_arabic_indic_digits():
    sentence = "في ١٢ أيار ٢٠٢٠"
    ((s, e, value),) = find_dates(sentence, None)
    assert sentence[s:e] == value.text
    assert value.value == date(2020, 5, 12)


@pytest.mark.skipif(not SEED.exists(), reason="seed sample not present")
def test_seed_article_stage():
    text = SEED.read_text(encoding="utf-8")
    body_start = text.index("نقلت مصادر")
    body_end = text.index("مقالات ذات صلة")
    article = Article(id="seed", text=text, published=SUNDAY, normalized=normalize(text))
    article.body = [Span.of(text, body_start, body_end)]
    dates(article)
    got = {m.span.text: (m.resolution.value, m.resolution.precision, m.key) for m in article.mentions_of("date")}
    assert got["أمس السبت"] == (date(2020, 5, 9), 1, "weekday-yesterday")
    assert got["قبل عدة أيام"][1:] == (2, "few-days-ago")
    assert got["يوم الثلاثاء الماضي"] == (date(2020, 5, 5), 1, "weekday-past")
    assert got["أوائل العام الحالي"][0].year == 2020 and got["أوائل العام الحالي"][0].month <= 2
    assert got["أوائل العام الحالي"][1] == 3
    assert got["خلال الفترة القليلة الماضية"][1] == 3
    assert len(got) == 5
    for m in article.mentions_of("date"):
        assert text[m.span.start:m.span.end] == m.span.text == m.resolution.text
    assert not article.warnings


def test_stage_ignores_title_and_dateline():
    text = "اليوم الأحد: قصف جديد\nقالت مصادر إن الطيران قصف البلدة أمس."
    article = Article(id="t", text=text, published=SUNDAY, normalized=normalize(text))
    article.body = [Span.of(text, text.index("قالت"), len(text))]
    dates(article)
    assert [m.span.text for m in article.mentions_of("date")] == ["أمس"]


@pytest.mark.skipif(not CORPORA, reason="corpora not present")
def test_offsets_on_corpus_sample():
    checked = 0
    for path in CORPORA:
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i >= 150:
                    break
                record = json.loads(line)
                text = record["text"]
                published = date.fromisoformat(record["published"]) if record.get("published") else None
                for s, e, value in find_dates(normalize(text), published, text):
                    assert text[s:e] == value.text
                    assert value.precision in (1, 2, 3)
                    assert (value.value is None) == (published is None and value.relative)
                    checked += 1
    assert checked > 100

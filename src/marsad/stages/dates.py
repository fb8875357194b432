"""Dates stage: find Arabic date expressions and resolve them against the publication date.

Public API
----------
``find_dates(normalized, published, text=None) -> list[(start, end, DateValue)]``
    Every date expression, ORIGINAL offsets, sorted by position.
``find_date_matches(...) -> list[DateMatch]``
    The same with the rule name and any weekday-mismatch note (what the stage uses).
``dates(article) -> Article``
    The stage: body paragraphs (plus the issue date of a dateline / header line such as "بيروت 25
    شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": an absolute date within a day of publication);
    appends ``Mention(kind="date")``; warns on mismatches.

All patterns run over the NORMALIZED text (``marsad.text.normalize``: alef forms -> ا,
ى -> ي, ة -> ه, no diacritics or tatweel, ASCII digits); the word tables (``date_tables``) are
written in ordinary Arabic and normalized at import time.

Resolution rules (ACLED time_precision: 1 day, 2 week, 3 month)
----------------------------------------------------------------
Absolute
  * day + month (+ year), both month systems, paired forms ("12 مايو/أيار", "يونيو (حزيران)";
    a pair of two systems that disagree, "30 سبتمبر/تشرين أول", keeps the first name), digits or
    ordinal words ("السابع من نيسان"), loose spacing ("7  نيسان", "في7 نيسان"), era marks
    ("2015 م", "1436 هـ"): precision 1.
    Without a year: the year that puts the date on or before publication (strictly before
    when followed by الماضي; the publication year with الجاري/الحالي; المقبل/القادم = future,
    skipped). Such a value depends on the publication date, so ``relative=True``.
    A date that lies after publication (a day's grace) is future and skipped: with its year
    ("حتى آذار 2016" in 2015), with الجاري ("12 أغسطس الجاري" on the 9th), and without a year when
    it falls in the next 60 days ("مهلة تنقضي في 23 أغسطس" on 4 August) - unless it heads a
    chronology entry ("27 أبريل: اتهمت ..."), which lists past events.
    Famous named dates after an event noun take their own year ("أحداث 11 سبتمبر" -> 2001,
    ``NAMED_DATES``).
  * month (+ year) without a day: precision 3. مطلع/أوائل/بداية (5th), منتصف/أواسط (15th),
    نهاية/أواخر/آخر (28th) of a month: WEEK precision (2); such a part lying after publication
    is future and skipped, except the month's start (then the publication date).
    A bare month name needs context (a year, a paired name, شهر, الماضي/الجاري, or a preceding
    في/منذ/خلال/...): "مارس" is also a verb, "آب" a noun; آب and مارس never take the
    preposition-only licence.
  * numeric d/m/yyyy, d-m-yyyy, d.m.yyyy and yyyy-mm-dd; d/m is swapped to m/d only when the
    middle number exceeds 12. Years 1300-1500 are Hijri.
  * Hijri: day + month + year ("15 رمضان 1441 هـ") via hijridate; month + year = precision 3;
    day + month without year = the Hijri year putting it on or before publication; "شهر رجب" /
    "رمضان الماضي" = this Hijri year's month once begun (the previous one for الماضي), p3;
    not yet begun = upcoming, skipped.
  * Islamic holidays (عيد الفطر, عيد الأضحى, يوم عرفة, عاشوراء; "ثاني أيام عيد الفطر"): the
    occurrence on or before publication, p1; one still to come within 60 days is skipped.
  * a year alone ("في 2019") and "العام الماضي" alone are not event dates: skipped.
Month-precision dates (3) carry the 15th of the month, or the publication date itself when the
month is the publication month (so a value is never after publication for "this month").
Parts of a year: مطلع/أوائل/بداية/مستهل -> January, منتصف/أواسط -> June, أواخر/نهاية -> December,
with العام الجاري/الماضي or with the year ("منتصف عام 2014", "بدايات العام 2012"); seasons with
their year ("صيف 2014" -> July, ربيع -> April, خريف -> October); p3; after the publication month
= future, skipped.

Relative (``relative=True``; ``value=None`` when there is no publication date)
  * اليوم / صباح|مساء|فجر اليوم -> publication date, p1.
  * أمس / الأمس / البارحة / ليلة أمس / ليل أمس / الليلة الماضية -> publication - 1, p1
    (the night before publication belongs to yesterday's date).
  * أول أمس / أول من أمس / أمس الأول / الليلة قبل الماضية -> publication - 2, p1.
  * "بعد منتصف ليل X" (X = أمس, a weekday, "الاثنين - الثلاثاء") -> the day after X's night, p1.
  * "منذ الصباح (الباكر)" / "منذ الفجر" -> publication date, p1.
  * A bare time of day (صباحا، فجرا، مساء، ليلا ...) -> the day of its story: the last day named before
    it in its paragraph, else the day the report leads with, else publication; "ليلا" on publication
    day -> the evening before (as الليلة الماضية). Not a clock's ("العاشرة مساء") or a recurring one.
  * Same-day anaphora ("مساء ذات اليوم", "في اليوم نفسه") -> the nearest preceding day-precision
    date; dropped when there is none, or when a relative clause or "من عام" follows.
  * Weekdays (Python weekday numbering, Monday = 0):
      - "WD الماضي" (with or without يوم/مساء/...): the most recent WD STRICTLY before publication.
      - "يوم WD", "مساء WD", bare "WD": the most recent WD ON OR BEFORE publication (AFP style
        "قال الوزير السبت" in a Saturday paper means today). "WD المقبل/القادم" is skipped.
      - "ليل/ليلة WD" = the night of WD (modern news usage) -> WD; "ليل WD1-WD2" (WD2 the day
        after WD1) -> WD1, the evening the night began.
      - "يومي WD1 وWD2" / "WD1 وWD2 الماضيين" -> WD1 (rule weekday-pair).
      - "اليوم WD" / "أمس WD" / "أول أمس WD": the anchor and the name should agree. When they do
        not, TRUST THE WEEKDAY NAME (publication dates are often crawl dates, a day off): the
        occurrence of WD nearest to the anchor's date (within 3 days), but never more than one day
        after publication. In the usual case (Sunday paper, "أمس الجمعة") that is the most recent
        Friday before publication; for a Saturday-stamped "أمس السبت" it is the publication day,
        not a week earlier. The match carries a ``mismatch`` note and ``dates()`` turns it into
        ``article.warn("date-weekday-mismatch", ...)``. A weekday glued to an absolute date
        ("الأحد 12 مايو 2020") that disagrees is noted the same way, the absolute date winning;
        with no year, the weekday picks the year (within six months of publication).
      - A bare weekday after a future marker in its clause ("ومن المقرر أن ... صباح السبت"; not
        "وكان من المقرر"), or after the present of a scheduling verb ("في مهمة تبدأ السبت"), is
        upcoming and skipped, unless it names the publication day.
  * "اليوم (أمس)" (Saudi print style: the wire's "today", the paper's yesterday) -> publication - 1.
  * قبل|منذ (نحو|حوالي|...)? N UNIT (ونصف)?, N = digits or number words 1-10 (and duals يومين
      ..., "منذ نحو الشهر"): hours/minutes -> publication, p1; N days -> publication - N, p1 for
      N <= 10, p2 up to 30, p3 beyond; N weeks -> publication - 7N, p2 (p3 beyond 4); N months ->
      publication - 30N, p3; ونصف adds half a unit ("قبل أسبوع ونصف" = 10 days).
      Not when followed by من/على ("قبل أيام من الانتخابات" is relative to something else).
  * "ويأتي ذلك/هذا ... بعد (نحو) N UNIT من/على X", "وتأتي هذه الضربات بعد 9 أيام من X" (a main
    clause about today's news) -> publication - N, as above (span "بعد ..."; rule since-event).
  * قبل/منذ أيام, عدة/بضعة أيام, أيام قليلة, الأيام (القليلة) الماضية/الأخيرة/السابقة, الليالي السابقة
    -> publication - 3, p2.
    قبل أسابيع, عدة أسابيع, منذ أسابيع قليلة -> publication - 14, p3; "منذ (عدة) أسابيع", "منذ
    أشهر" are durations: skipped.
    الساعات (الـ24) الماضية, الـ24 ساعة الماضية -> publication, p1.
    اليومين الماضيين -> publication - 1, p2; الأسبوعين الماضيين -> publication - 7, p2.
  * الأسبوع الماضي (and مطلع/نهاية الأسبوع الماضي) -> publication - 7, p2; الأسبوع قبل الماضي -> - 14;
    الأسبوع الجاري/الحالي/هذا الأسبوع -> publication, p2. Bare "مطلع/بداية الأسبوع" -> the Sunday,
    "نهاية/أواخر الأسبوع" -> the Saturday on or before publication, p2.
  * الشهر الماضي / الجاري / الحالي / هذا الشهر -> that month, p3; with مطلع/منتصف/أواخر... -> the
    5th/15th/28th, p2 (see parts of a month); "12 من الشهر الجاري" -> that day, p1 (after
    publication: skipped).
  * This week / this month (and bare parts of the week) after a future marker in the clause
    ("استبعد أن يتم ... خلال الشهر الجاري"; ``FUTURE_MARKERS``) are future: skipped.
  * مطلع/أوائل/بداية/منتصف/أواخر/نهاية العام الجاري/الحالي/الماضي -> p3 (see parts of a year).
  * Vague recent period: خلال الفترة (القليلة) الماضية/الأخيرة, الأسابيع/الأشهر (القليلة)
    الماضية/الأخيرة, مؤخرا, في الآونة الأخيرة -> p3, the publication month (i.e. the publication
    date); not before من ("الأشهر الأخيرة من ولايته").
  * Future expressions (المقبل/القادم) are matched only to be skipped.
Article-level readings, after each expression is resolved on its own:
  * Wire copy names its own day: when "اليوم الأربعاء" / "أمس الثلاثاء" disagree with publication and
    agree on one day in the week before it, bare اليوم/أمس/الليلة الماضية count from that day.
  * A lead naming the day after publication ("أكد الجيش الإسرائيلي الخميس" in copy dated Wednesday) was
    written that day: that weekday, named bare anywhere in the report, is the day after ("ليل الخميس", its
    eve, the publication day), not the same weekday six days back.
  * A day or month without a year takes the year of the dated account it follows (the last date
    written with its year, same month or up to two months earlier), not the most recent past one.
  * "في نفس اليوم من عام 2016" is the previous date's day and month in 2016.
Also: أخيرا after a verb = lately (p3, not "وأخيرا،" = finally); "بعد/منذ منتصف الليل" = the small
hours of the publication day; "الأيام الثلاثة الأخيرة" = publication - 3, p2.
Spans include a leading خلال/طوال for period expressions, يوم/يومي and time-of-day words
(مساء أمس), trailing diacritics/tatweel ("1436هـ"), never proclitics (و، ف، ب، ل).
Known limits: future tense is read only from explicit markers (سوف، من المقرر، أن يتم، تبدأ ...) and
from dates lying after publication ("سيعاد فتحه في العاشر من أكتوبر" written in June still
resolves to the past October); generic "اليوم" (= nowadays) is recognised only by its position
(opening a clause, or before an imperfect verb: see _nowadays); "ليلة الخميس" is
Thursday night.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from marsad.model import Article, DateValue, Mention, Span
from marsad.stages.date_tables import (
    APPROX, CURRENT, DUALS, EVENT_NOUNS, FUTURE, FUTURE_MARKERS, GREGORIAN_MONTHS, HIJRI_MONTHS,
    CIVIL_HOLIDAYS, HOLIDAY_DAYS, HOLIDAYS, LEVANTINE_MONTHS, MONTH_PREPOSITIONS, NAMED_DATES, NUMBER_WORDS, ORDINAL_DAYS, PART_DAYS,
    PARTS, PAST, SCHEDULING_PRESENT, SEASONS, TODAY_PRESENT, TIME_OF_DAY_ADVERBS, TIMES_OF_DAY, UNITS, WEEKDAYS,
)
from marsad.text.normalize import Normalized, normalize, normalize_string
from marsad.text.sentences import inside_a_quote

# --------------------------------------------------------------------------- regexes


def _n(word: str) -> str:
    return normalize_string(word)


def _alt(words) -> str:
    forms = sorted({_n(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s") for f in forms) + ")"


_G = {_n(k): v for k, v in GREGORIAN_MONTHS.items()}
_H = {_n(k): v for k, v in HIJRI_MONTHS.items()}
_WD = {_n(k): v for k, v in WEEKDAYS.items()}
_NUM = {_n(k): v for k, v in NUMBER_WORDS.items()}
_ORD = {_n(k): v for k, v in ORDINAL_DAYS.items()}
_UNITS = {_n(k): v for k, v in UNITS.items()}
_DUALS = {_n(k): v for k, v in DUALS.items()}
_PARTS = {_n(k): v for k, v in PARTS.items()}
_PAST = {_n(w) for w in PAST}
_CURRENT = {_n(w) for w in CURRENT}
_FUTURE = {_n(w) for w in FUTURE}
_PREPS = {_n(w) for w in MONTH_PREPOSITIONS}
_LEVANTINE = {_n(w) for w in LEVANTINE_MONTHS}
_HOLIDAYS = {_n(k): v for k, v in HOLIDAYS.items()}
_CIVIL_HOLIDAYS = {_n(k): v for k, v in CIVIL_HOLIDAYS.items()}
_HOLIDAY_DAYS = {_n(k): v for k, v in HOLIDAY_DAYS.items()}
_SEASONS = {_n(k): v for k, v in SEASONS.items()}
_EVENT_NOUNS = {_n(w) for w in EVENT_NOUNS}

GM, HM, WD = _alt(_G), _alt(_H), _alt(_WD)
ORD, NUMW = _alt(_ORD), _alt(_NUM)
TOD = _alt(TIMES_OF_DAY)
WHICH = _alt(PAST + CURRENT + FUTURE)
PART = _alt(PARTS)
B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"  # word start, proclitics left outside
E = r"(?!\w)"
# a digit day may also be glued to a preceding في ("في7 نيسان"): the في stays outside the span
B_DAY = B[:-1] + r"|(?<=(?<!\w)في)(?=\d)|(?<=(?<!\w)[وف]في)(?=\d))"
SP = r"\s?[,،]?\s?"
YEAR_SUFFIX = r"(?:\s?م(?!\w))?"  # 2015م (ميلادي)

# weekday possibly in parentheses, possibly preceded by يوم / a time of day
_WD_PREFIX = rf"(?:يوم\s)?(?P<wdp>{WD}){SP}\(?\s?(?:الموافق\s)?"

ABSOLUTE_RE = re.compile(
    rf"{B_DAY}(?:{_WD_PREFIX})?"
    rf"(?:(?P<part>{PART})\s(?:شهر\s)?|(?:يوم\s|(?P<weekof>الاسبوع)\s(?=ال))?(?:(?P<first>\d{{1,2}}|{ORD})\s?(?:-|/|و|الي\s)\s?)?(?:ال(?=\d))?(?P<day>\d{{1,2}}|{ORD})\s{{0,3}}/?\s?(?:من\s)?(?:شهر\s)?|(?P<shahr>شهري?)\s)?"
    rf"(?P<month>{GM})(?:\s?(?:/|\(|-)?\s?(?P<month2>{GM})\s?\)?)?"
    rf"(?:{SP}(?:من\s)?(?:(?:عام|العام|سنه|السنه|لعام|للعام)\s?)?(?P<year>(?:19|20)\d\d){YEAR_SUFFIX}"
    rf"|\s(?:من\s)?(?:العام|عام|السنه)\s(?P<yrel>{WHICH})"
    rf"|\s(?P<rel>{WHICH}|الماضيين))?{E}"
)

HIJRI_RE = re.compile(
    rf"{B_DAY}(?:{_WD_PREFIX})?(?:(?P<day>\d{{1,2}}|{ORD})\s{{0,3}}(?:من\s)?(?:شهر\s)?|(?P<shahr>شهر)\s)?(?P<month>{HM})"
    rf"(?:\s(?:من\s)?(?:عام\s|العام\s|سنه\s)?(?P<year>1[345]\d\d)(?:\s?ه(?!\w))?|\s(?P<rel>{WHICH})"
    rf"|\s(?:من\s)?(?:العام|عام|السنه)\s(?P<yrel>{WHICH})|\s(?P<blessed>المبارك|الكريم|الفضيل))?{E}"
)

NUMERIC_RE = re.compile(
    rf"(?<![\w/.-])(?:{_WD_PREFIX})?(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})"
    r"|(?P<d2>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m2>\d{1,2})\s?(?P=sep)\s?(?P<y2>\d{4}))"
    r"(?:\s?ه(?!\w))?(?![\w/-])"
)

# "هجمات 11/9"، "أحداث 9 / 11": the famous date in digits, either order, right after an event noun
NAMED_NUMERIC_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:{_alt(_EVENT_NOUNS)})\s(?P<span>(?P<first>\d{{1,2}})\s?/\s?(?P<second>\d{{1,2}}))(?![\w/])"
)

_AFTER_MIDNIGHT = r"(?P<after>بعد\s(?=منتصف\sليل))?"  # "بعد منتصف ليل X": the small hours of the day after X

ANCHOR_RE = re.compile(
    rf"{B}{_AFTER_MIDNIGHT}(?:(?P<tod>{TOD})\s)?(?:يوم\s)?"
    r"(?P<anchor>اليوم\s\((?:امس|الامس)\)|اول\s(?:من\s)?امس|امس\sالاول|الليله\sقبل\sالماضيه|الليله\sالماضيه|البارحه|الامس|امس|اليوم"
    r"|هذا\sالصباح|هذا\sالمساء|صباح\sهذا\sاليوم)"
    rf"(?:{SP}\(?(?P<wd>{WD})\)?)?"
    # not "أمس الحاجة", "اليوم التالي", "اليوم الوطني" ... (after "أمس الأول" any word may follow)
    r"(?!\w)(?!(?<!امس\sالاول)\s(?:الحاجه|القريب|التالي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|نفسه|ذاته|الذي"
    r"|الواحد|الوطني|العالمي|الدولي|ال?\d))"
)

WEEKDAY_RE = re.compile(
    rf"{B}{_AFTER_MIDNIGHT}(?:(?P<tod>{TOD})\s)?(?:(?P<yawm>يوم|يومي)\s)?(?P<wd>{WD})"
    rf"(?:\s?[-/]\s?(?P<wd2>{WD})|\s(?:و|الي|علي)\s?(?P<wd3>{WD})|\s(?P<wd4>{WD}))?"
    rf"(?:\s(?P<before_last>قبل\sالماضي)|\s(?P<rel>{WHICH}|الماضيين))?(?!\w)(?!\sعشره?(?!\w))"  # not "الأحد عشر" (eleven)
)

_UNIT_ALT = _alt(_UNITS)
# "(نحو) N UNIT (ونصف)", a dual, a vague plural or one unit ("الشهر" only after نحو/حوالي: "منذ نحو الشهر")
_COUNT = (
    rf"(?:(?P<approx>{_alt(APPROX)})\s)?"
    rf"(?:(?P<n>\d{{1,3}}|{NUMW})\s(?P<unit>{_UNIT_ALT})(?:\s(?:واحد|فقط))?"
    rf"|(?P<dual>{_alt(_DUALS)})"
    r"|(?:(?:عده|بضعه|بضع|بعض)\s)?(?P<vague>ايام|اسابيع|ساعات|اشهر|شهور)(?:\s(?:قليله|معدوده))?"
    r"|(?P<one>(?:ال)?(?:يوم|اسبوع|ساعه|شهر)|عام(?!\s?\d)))"
    r"(?P<half>\sونصف)?(?!\w)"
)
COUNT_RE = re.compile(
    rf"{B}(?P<prep>قبل|منذ)\s{_COUNT}(?:\sمن\sالان(?!\w)|(?!\s(?:من(?!\w)|علي(?!\w)(?!\s(?:وقع|خلفيه|التوالي)(?!\w)))))(?P<construct>(?=\s(?:ال(?!ذي|تي|ذين|لذين|ي(?!\w))\w|{HM})))?"
)
# AFP "ويأتي ذلك بعد (نحو) أسبوعين من/على X", "وتأتي هذه الضربات بعد 9 أيام من X": today's news comes N
# after X, so X is publication - N (a main clause; not "الذي يأتي بعد ...")
SINCE_EVENT_RE = re.compile(
    rf"(?:{B}(?:ي|ت)اتي\s(?:ذلك|هذا|هذه|ذاك)(?:\s\w+)?|(?<!\w)و(?:ي|ت)اتي(?:\s[^\s.،,؛:\"«»()]+){{1,8}}?)"
    rf"\s(?P<span>بعد\s{_COUNT})\s(?:من|علي)(?!\w)"
)

PERIOD_RE = re.compile(
    rf"{B}(?:(?P<day>\d{{1,2}}|{ORD})\s(?:من\s)?|(?P<part>{PART})\s)?(?:(?P<this>هذا|هذه)\s)?"
    r"(?P<unit>الاسبوع|الشهر|العام|السنه)"
    rf"(?:\s(?P<which>قبل\sالماضيه?|{WHICH}))?(?!\w)"
)

VAGUE_RE = re.compile(
    rf"{B}(?:(?:خلال|طوال)\s)?(?:"
    r"(?P<period>(?:الفتره|المرحله)\s(?:القليله\s)?(?:الماضيه|الاخيره|المنصرمه))"
    # "جرت أخيرا في بروكسل" = lately; "وأخيرا،" = finally
    r"|(?P<lately>الاونه\sالاخيره|موخرا|للتو|(?<![وف])اخيرا(?!\s?[،,:]))"
    # "الأيام السابقة" / "الليالي السابقة" too, but not "الأيام السابقة للانتخابات" (before something else)
    r"|(?P<days>(?:الايام|الليالي)\s(?:القليله\s|(?P<ndays>ال\d{1,2}|ال(?:ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    r"(?:\sعشر)?)\s)?"
    r"(?:الماضيه|الاخيره|المنصرمه|السابقه(?!\s(?:ل|علي)\w)))"
    # "منذ منتصف الليل", "بعد منتصف الليل": the small hours of the publication day
    r"|(?<=(?:منذ|بعد)\s)(?P<midnight>منتصف\sالليل)"
    r"|(?P<twodays>اليومين\s(?:الماضيين|الاخيرين))"
    r"|(?P<weeks>(?:الاسابيع|الاشهر|الشهور)\s(?:القليله\s)?(?:الماضيه|الاخيره|المنصرمه)|الشهرين\s(?:الماضيين|الاخيرين))"
    r"|(?P<nweeks>الاسابيع\sال(?P<weeks_n>ثلاثه|ثلاث|اربعه|اربع|خمسه|خمس|سته|ست)\s(?:الماضيه|الاخيره|المنصرمه))"
    r"|(?P<twoweeks>الاسبوعين\s(?:الماضيين|الاخيرين))"
    # "الساعات الـ24 الماضية", "الساعات الأربع والعشرين الماضية", "الـ48 ساعة الأخيرة"
    r"|(?P<hours>(?:الساعات\s(?:القليله\s)?(?:(?:ال)?(?P<hours_n>\d\d)\s|ال\w+\s(?:وال\w+\s)?)?|(?:ال)?(?P<hours_n2>\d\d)\sساعه\s)"
    r"(?:الماضيه|الاخيره))"
    r")(?!\w)"
)

# the day of the previous date: "مساء ذات اليوم", "في نفس اليوم", "اليوم نفسه", "في نفس اليوم الذي قتل فيه
# جنديان" (the relative clause tells what else happened that day, never its date: 6 of 6 in the news corpus);
# "وفي نفس اليوم من عام 2016" is that day and month in 2016
SAME_DAY_RE = re.compile(
    rf"{B}(?:(?P<tod>{TOD})\s)?(?:(?:ذات|نفس)\sاليوم|اليوم\s(?:نفسه|ذاته))"
    r"(?:\sمن\s(?:عام|سنه)\s(?P<year>\d{4})(?!\d)|(?!\w)"
    r"(?!\s(?:من\s(?:ال)?(?:اسبوع|شهر|عام|سنه)(?!\w))))"
)

# the month of the previous date: "هاجم محلا تجاريا في الشهر نفسه" after "في كانون الثاني/يناير 2015"
SAME_MONTH_RE = re.compile(rf"{B}(?:الشهر\s(?:نفسه|ذاته)|(?:نفس|ذات)\sالشهر)(?!\w)")

# a bare time of day ("وصلت صباحا", "تمت ليلاً"): not a clock time's ("الساعة التاسعة صباحا"), not a
# recurring one ("ليلا ونهارا", "صباحا ومساء", "كل مساء"), and "مساء" not in construct ("مساء الخميس" is
# read whole by the weekday pattern)
BARE_TIME_OF_DAY_RE = re.compile(
    rf"{B}(?<!كل\s)(?<!و)(?P<tod>{_alt(TIME_OF_DAY_ADVERBS)})(?!\w)"
    r"(?!\s(?:ال(?!ي(?!\w))|يوم|\d|ذات|نفس))(?!\s[وا]?(?:صباحا|مساء|ليلا|نهارا|ظهرا)(?!\w))"  # إلى is "الي"
    r"(?!\s(?:وليس|لا|وليست|بدلا|عوضا)(?!\w))"  # "ليلا وليس بالنهار": by night rather than by day, a habit
)
_CLOCK_BEFORE = re.compile(r"(?:(?:الساعه|\d)[^.،,؛:]{0,25}"
                           r"|(?<!\w)[وف]?ال(?:واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره)(?:\sعشره)?"
                           r"(?:\sوالنصف|\sوالربع|\sالا\sربعا)?\s)$")

# a clock time ("الساعة 15:30"، "الساعة السابعة (04,00 ت غ)"، "الواحدة بتوقيت غرينتش"): the day of its story,
# as a bare time of day is; not the hours of a window ("من الساعة التاسعة حتى الساعة الثانية") or a daily one
_ORDINAL_HOURS = r"ال(?:حاديه\sعشره|ثانيه\sعشره|واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره)"
CLOCK_RE = re.compile(
    rf"{B}(?:الساعه\s(?:\d{{1,2}}(?:[:.]\d\d)?|{_ORDINAL_HOURS})(?!\w)|{_ORDINAL_HOURS}(?=\sبتوقيت))"
    r"(?:\s(?:صباحا|مساء|ظهرا|عصرا|فجرا|ليلا)(?!\w))?"
)
_CLOCK_WINDOW_BEFORE = re.compile(r"(?<!\w)[وف]?(?:حتي|الي|لغايه|بين)\s*$")
_CLOCK_WINDOW_AFTER = re.compile(rf"[^.،,؛]{{0,25}}?(?:(?<!\w)يوميا|(?<!\w)كل\s|(?<!\w)[وف]?(?:حتي|الي|لغايه)\s+(?:الساعه|{_ORDINAL_HOURS}|\d))")

# "منذ الصباح (الباكر)", "منذ الفجر": since this morning, the publication day
MORNING_RE = re.compile(rf"{B}منذ\s(?:ساعات\s)?(?P<span>(?:الصباح|الفجر)(?:\sالباكر)?)(?!\w)(?!\s?\()")

# holidays: "عيد الفطر (المبارك)", "ثاني أيام عيد الأضحى", "يوم عاشوراء", "يوم الاستقلال الأمريكي"
HOLIDAY_RE = re.compile(
    rf"{B}(?:(?P<nth>{_alt(_HOLIDAY_DAYS)})\sايام\s)?(?P<holiday>{_alt({**_HOLIDAYS, **_CIVIL_HOLIDAYS})})(?:\s(?:المبارك|السعيد))?"
    rf"(?:\s(?P<rel>{WHICH}))?(?!\w)"
)

# part of a year with the year: "منتصف عام 2014", "بدايات العام 2012", "أواخر 2017"
YEAR_PART_RE = re.compile(
    rf"{B}(?!اول\s)(?P<part>{PART})\s(?:(?:ال)?(?:عام|سنه)\s?)?(?P<year>(?:19|20)\d\d){YEAR_SUFFIX}{E}"
)

# a season with its year: "صيف 2014", "خريف العام الماضي"
SEASON_RE = re.compile(
    rf"{B}(?:(?P<season>{_alt(_SEASONS)})\s(?:(?:ال)?(?:عام|سنه)\s?)?"
    rf"(?:(?P<year>(?:19|20)\d\d){YEAR_SUFFIX}|(?<=عام\s|سنه\s)(?P<which>{WHICH}))"
    rf"|ال(?P<last>{_alt(_SEASONS)})\s(?:الماضي|المنصرم)"  # "الصيف الماضي": the last one that has ended
    rf"|هذا\sال(?P<this>{_alt(_SEASONS)})|ال(?P<current>{_alt(_SEASONS)})\s(?:الحالي|الجاري))(?!\w)"  # "هذا الصيف"
)

_FUTURE_CONTEXT = re.compile(rf"(?<!\w)[وف]?(?:{_alt(FUTURE_MARKERS)}|{_alt(SCHEDULING_PRESENT)}(?:ه|ها|هم)?)(?!\w)")
_WAS = re.compile(r"(?<!\w)[وف]?كان(?:ت)?\s(?:\w+\s)?$")
_CLAUSE_BREAK = re.compile(r"[.،,؛;:!?؟\n«»\"]")
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?منذ\s(?:(?:ال)?(?:عام|سنه)\s)?$")  # "منذ (العام) 2014": a start, no account
_BEFORE_YAWM = re.compile(r"(?:نفس|بنفس|ذات|ذلك|تلك|حتي|الي|لغايه|في|عين|مثل\sهذا|حتي\sهذا)\s$")
# "اليوم" as "nowadays": it opens a clause and runs straight on ("اليوم تقوم النصرة ...",
# "فاليوم هو وقت ..."), or an imperfect verb follows it ("البلد اليوم يواجه ..."). The news
# "today" is set off by a comma or a weekday, or sits after its verb ("قتل اليوم").
_CLAUSE_OPENING = re.compile(r"(?:(?:^|[.!?؟:؛»\n]\s*)[وف]?|،\s*[وف])$")
_RUNS_ON = re.compile(r"\s+\w")
_IMPERFECT_NEXT = re.compile(r"\s+ي(?!وم)\w{2,}")
_IMPERFECT_AFTER_COMMA = re.compile(r"\s*[،,]\s*[وف]?ي(?!وم)\w{2,}")
# an imperfect verb right before it ("لا يبدو اليوم"، "هو من يدافع اليوم عن"، "تضعنا اليوم أمام"), unless
# the verb is one news uses for what happens today ("ويلتقي اليوم"، "يحل اليوم")
_IMPERFECT_BEFORE = re.compile(r"(?<!\w)[وف]?(?P<verb>ي(?!وم|ونيو|وليو)\w{2,}|ت\w{2,}نا)"
                               r"(?:\s(?:فيه|فيها|لها|له|لهم|به|بها|منه|منها|عليه|عليها))?\s$")  # "يعيش فيه اليوم"
_TODAY_VERBS = frozenset(_n(w) for w in SCHEDULING_PRESENT + TODAY_PRESENT)
_CONTRAST_BEFORE = re.compile(r"(?<!\w)[وف]?(?:لكن|لكنه|لكنها|لكنهم|لكننا|بينما)\s$")
# a subject pronoun right before it ("إننا اليوم نعيش"، "وهي اليوم الثورة السورية"): what someone or something is
# nowadays, not the news of the day
_PRONOUN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:[لب]?ان(?:نا|ه|ها|هم)|نحن|هي|هو|هم)\s$")
_TOMORROW_BEFORE = re.compile(r"(?<!\w)(?:[وف]?غدا|بعد\sغد)\s$")
# a noun (not a verb, not a particle) right before اليوم, which then is its day: "ضربة اليوم" is today's strike
_CONSTRUCT_BEFORE = re.compile(r"(?<!\w)[وفبل]?(?:ضربه|هجوم|غاره|غارات|ضربات|قصف|اجتماع|جلسه|بيان|تظاهره|تظاهرات|احتجاجات|عمليه|انفجار|تفجير)\s$")
# a present verb of "we" right before اليوم, with an optional "لها/له" ("نراه"، "نواجه"، "نتعرض لها"; not
# the past "نفذت"، "نددت" of a she, nor "نهار اليوم"، "نفس اليوم")
_WE_BEFORE = re.compile(r"(?<!\w)[وف]?ن(?!هار|هايه|فس|حو|توقف|ستعرض|نشر|قدم)\w{3,}(?<!ت)"
                        r"(?:\s(?:لها|له|لهم|فيه|فيها|عليه|عليها|به|بها))?\s$")  # "نركز عليها اليوم"
# a judgement of the present: "من غير المنطقي اليوم أن"، "من الضروري اليوم"، "إن من الجدوى اليوم"
_JUDGED_BEFORE = re.compile(r"(?<!\w)من\s(?:غير\s)?ال(?:ضروري|منطقي|مهم|واضح|صعب|مستحيل|ممكن|مفيد|جدوي|طبيعي|مرجح|"
                            r"موكد|معقول|مقبول|مفهوم|غريب|لافت|مبكر)\s$")
_TRAILING_MARKS = frozenset("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
_PLACE_NOUNS = {"مدينه", "جسر", "كوبري", "ميدان", "شارع", "حي", "شركه"}  # مدينة السادس من أكتوبر
_PERIOD_NOUNS = {"الاسبوع", "الشهر", "النصف", "الربع", "الثلث", "العشر", "الجزء", "اليوم", "الاسبوعين", "الاسبوعان"}
_BEFORE_ITHNAYN = re.compile(r"(?<!\w)(?:بين|كلا|هذين|هاذين|(?<!سابق\s)(?<!لاحق\s)(?<!متاخر\s)من)\s$")  # not "في وقت سابق من الاثنين"

# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: ORIGINAL offsets, its value, the rule that resolved it."""

    start: int
    end: int
    value: DateValue
    rule: str
    mismatch: str | None = None  # set when a weekday name disagreed with the anchor / date


def _month_value(year: int, month: int, published: date | None) -> date:
    if published is not None and (year, month) == (published.year, published.month):
        return published
    return date(year, month, 15)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _weekday_on_or_before(published: date, wd: int, strictly: bool) -> date:
    back = (published.weekday() - wd) % 7
    if back == 0 and strictly:
        back = 7
    return published - timedelta(days=back)


def _nearest_weekday(anchor: date, wd: int, published: date) -> date:
    """The ``wd`` nearest to ``anchor`` (within 3 days), never after publication: "اليوم الأربعاء" in a
    Tuesday paper is wire copy of the Wednesday before, not tomorrow."""
    shift = (wd - anchor.weekday()) % 7
    if shift > 3:
        shift -= 7
    value = anchor + timedelta(days=shift)
    return value if value <= published else value - timedelta(days=7)


def _day_number(token: str | None) -> int | None:
    if token is None:
        return None
    token = " ".join(token.split())
    return int(token) if token.isdigit() else _ORD.get(token)


def _preceding(text: str, start: int, n: int = 12) -> str:
    return text[max(0, start - n):start]


def _future_context(text: str, start: int) -> bool:
    """A future marker (سوف، من المقرر، أن يتم، لن ...) earlier in the expression's clause, not
    put in the past by كان ("وكان من المقرر أن ..." = was scheduled)."""
    clause = _preceding(text, start, 100)
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        if not clause[breaks[-1].end():].strip() and breaks[-1].group() in "،,":
            # a day set off by a comma belongs to the clause before it ("سيصدر، الجمعة")
            clause = clause[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        else:
            clause = clause[breaks[-1].end():]
    return any(not _WAS.search(clause[:f.start()]) for f in _FUTURE_CONTEXT.finditer(clause))


def _part_of_month(year: int, month: int, part: str, pub: date | None):
    """مطلع/منتصف/أواخر of a month: the 5th / 15th / 28th, week precision. Past the publication
    date it is future ("أواخر الشهر الجاري" written on the 10th) except for the month's start."""
    value = date(year, month, PART_DAYS[_PARTS[part]])
    if pub is not None and value > pub:
        if _PARTS[part] != 1:
            return "skip"
        value = pub
    return value, 2


def _is_future(value: date, pub: date | None, precision: int = 1) -> bool:
    """After publication (a day's grace for crawl dates); for months, a later month."""
    if pub is None:
        return False
    if precision == 3:
        return (value.year, value.month) > (pub.year, pub.month)
    return value > pub + timedelta(days=1)


# Each resolver returns (value, precision, relative, rule, mismatch) | "skip" | None.
# "skip" keeps the span as a blocker (future, year-level); None means "not a date here".


def _wd_check(m: re.Match, group: str, resolved: date | None) -> str | None:
    name = m.group(group)
    if not name or resolved is None or resolved.weekday() == _WD[name]:
        return None
    return f"'{m.group(0)}' names {name} but {resolved.isoformat()} is a {resolved.strftime('%A')}; kept the date"


def _ordinal_of_unit(day: str | None, text: str, start: int) -> bool:
    """"الاسبوع الاول من مايو": an ordinal after a period noun numbers the period, not the day."""
    if day is None or day.isdigit():
        return False
    words = _preceding(text, start, 14).split()
    return bool(words) and words[-1] in _PERIOD_NOUNS


_RANGE_TO_MONTH = re.compile(rf"\s(?:الي|حتي)\s(?:شهر\s)?(?:{GM})(?!\w)")


def _resolve_absolute(m: re.Match, text: str, pub: date | None):
    month = _G[" ".join(m.group("month").split())]
    day = _day_number(m.group("day"))
    first = _day_number(m.group("first"))
    if first and day and first < day:
        day = first  # "24 و25 آذار", "ليل 6-7 نيسان", "الثالث والرابع من يوليو": the days begin on the first
    if day and not m.group("day").isdigit():
        prev = (_preceding(text, m.start(), 14).split() or [""])[-1]
        if prev in _PLACE_NOUNS or prev[1:] in _PLACE_NOUNS:
            return None
    week = None
    if m.group("weekof"):
        week, day = day, None  # "الأسبوع الثاني من شباط": the middle of that week, to the week
    elif _ordinal_of_unit(m.group("day"), text, m.start()):
        day = None
    year = int(m.group("year")) if m.group("year") else None
    rel = m.group("rel") or m.group("yrel")
    if rel == "الماضيين":
        rel = "الماضي"  # "من سبتمبر إلى يناير الماضيين": both the last ones
    month2 = m.group("month2") and " ".join(m.group("month2").split())
    if month2 and _G[month2] != month:
        if (month2 in _LEVANTINE) == (" ".join(m.group("month").split()) in _LEVANTINE):
            return None  # two different months of one system side by side: a range, not one date
        month2 = None  # "30 سبتمبر/تشرين أول": a slip in the pair, the first name wins
    licensed = m.group("day") or m.group("part") or m.group("shahr") or year or rel or month2
    if not licensed:
        words = _preceding(text, m.start()).split()
        prev = words[-1] if words else ""
        prev = prev[1:] if prev[:1] in "وفب" and prev[1:] in _PREPS else prev
        # after a preposition مارس cannot be the verb ("في مارس" is March, "مارس الضغط" is not); nor
        # after another month ("مايو ويونيو") or in a range ("من سبتمبر إلى يناير")
        joined = words[-2] if prev == "و" and len(words) > 1 else None  # the proclitic و left outside
        if not (prev in _PREPS or joined in _G or prev == "الي"
                or (prev == "من" and _RANGE_TO_MONTH.match(text, m.end()))):
            return None
    if rel in _FUTURE:
        return "skip"
    precision = 1 if day else 3
    rule = "absolute" if day else "month"
    relative = False
    if day and year is None and not rel:  # "أحداث 11 سبتمبر": a famous date, not last year's
        prev = (_preceding(text, m.start(), 16).split() or [""])[-1]
        if (prev in _EVENT_NOUNS or prev[1:] in _EVENT_NOUNS) and (day, month) in NAMED_DATES:
            year = NAMED_DATES[(day, month)]
            rule = "named-date"
    if year is not None and _is_future(date(year, month, min(day or 1, 28)), pub, 1 if day else 3):
        return "skip"  # "حتى آذار 2016" in a 2015 paper
    if year is None:
        relative = True
        if pub is None:
            return None, precision, True, rule, None
        if m.group("yrel"):
            year = pub.year - (1 if m.group("yrel") in _PAST else 0)
        elif rel in _CURRENT:
            year = pub.year
        elif day and m.group("wdp"):  # "السبت 12 مايو": the year whose 12 May is a Saturday
            wd = _WD[m.group("wdp")]
            for y in (pub.year, pub.year - 1, pub.year + 1):
                try:
                    probe = date(y, month, day)
                    if probe.weekday() == wd and abs((probe - pub).days) <= 183:
                        if _is_future(probe, pub):
                            return "skip"  # "تجرى الانتخابات الأحد 24 يونيو" two days ahead
                        year = y
                        break
                except ValueError:
                    continue
        if year is None and not m.group("yrel") and rel not in _CURRENT:
            strictly = rel in _PAST
            if day and not rel and not text.startswith(":", m.end() + (text[m.end():m.end() + 1] == " ")):
                # "مهلة تنقضي في 23 أغسطس" written on 4 August: upcoming, not last year's (but a chronology
                # entry "27 أبريل: اتهمت ..." lists past events)
                try:
                    ahead = date(pub.year, month, day)
                except ValueError:
                    ahead = None
                if (ahead is not None and _is_future(ahead, pub) and ahead <= pub + timedelta(days=60)
                        and not _EARLIER_YEAR.search(text, max(0, m.start() - 300), m.start())):
                    return "skip"  # (unless an earlier year was just written: an account of that year)
            for y in (pub.year, pub.year - 1, pub.year - 2):
                if day:
                    try:
                        probe = date(y, month, day)
                    except ValueError:
                        continue
                    ok = probe < pub if strictly else probe <= pub
                else:
                    ok = (y, month) < (pub.year, pub.month) if strictly else (y, month) <= (pub.year, pub.month)
                if ok:
                    year = y
                    break
            if year is None:
                return None
            if not rel:  # "12 أيار الماضي" says it is the last one; a bare "12 أيار" may belong to an account
                rule += _YEAR_GUESSED
    if day:
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        if rel in _CURRENT and _is_future(value, pub):
            return "skip"  # "12 أغسطس الجاري" written on the 9th
        return value, 1, relative, rule, _wd_check(m, "wdp", value)
    if week and week <= 4:
        value = date(year, month, 7 * (week - 1) + 4)
        return ("skip" if _is_future(value, pub, 2) else (value, 2, relative, "week-of-month", None))
    part = m.group("part")
    if part:
        result = _part_of_month(year, month, part, pub)
        if result == "skip":
            return result
        return result[0], result[1], relative, "part-of-month" + (_YEAR_GUESSED if rule.endswith(_YEAR_GUESSED) else ""), None
    return _month_value(year, month, pub), 3, relative, rule, None


def _resolve_hijri(m: re.Match, text: str, pub: date | None):
    day = _day_number(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    rel = m.group("rel")
    if day is None and year is None and not (m.group("shahr") or rel or m.group("yrel") or m.group("blessed")):
        return None  # "رمضان" alone, "رجب" (a name): not a date; "رمضان المبارك" is the month
    if rel in _FUTURE or m.group("yrel") in _FUTURE:
        return "skip"
    month = _H[" ".join(m.group("month").split())]

    def convert(y: int, d: int) -> date | None:
        for dd in (d, d - 1):  # day 30 of a 29-day month
            try:
                return date(*Hijri(y, month, dd).to_gregorian().datetuple())
            except (ValueError, OverflowError):
                continue
        return None

    def month_value(y: int, today: date | None) -> date | None:
        first = convert(y, 1)
        if first is not None and today is not None and first <= today <= first + timedelta(days=29):
            return today
        return convert(y, 15)

    relative = False
    if year is None and day is None:  # "بحلول شهر رجب", "رمضان الماضي": this Hijri year's month, if begun
        if pub is None:
            return None, 3, True, "hijri-month", None
        hy = Gregorian.fromdate(pub).to_hijri().year
        first = convert(hy, 1)
        if first is None:
            return None
        if m.group("yrel") in _PAST:
            hy -= 1  # "شهر رمضان العام الماضي"
        elif rel in _PAST and first + timedelta(days=29) >= pub:
            hy -= 1  # not over yet: the previous year's
        elif rel not in _PAST and _is_future(first, pub):
            return "skip"  # upcoming
        value = month_value(hy, pub)
        return (None if value is None else (value, 3, True, "hijri-month", None))
    if year is None:
        if pub is None:
            return None, 1, True, "hijri", None
        hy = Gregorian.fromdate(pub).to_hijri().year - (1 if m.group("yrel") in _PAST else 0)
        value = convert(hy, day)
        if (value is None or value > pub) and m.group("yrel") not in _CURRENT:
            value = convert(hy - 1, day)
        relative = True
    elif day is None:
        if convert(year, 1) is None:
            return None
        return month_value(year, pub), 3, False, "hijri-month", None
    else:
        value = convert(year, day)
    if value is None:
        return None
    return value, 1, relative, "hijri", _wd_check(m, "wdp", value)


def _resolve_numeric(m: re.Match, text: str, pub: date | None):
    if m.group("y1"):
        y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        if mo > 12 and d <= 12:
            mo, d = d, mo
    try:
        if 1300 <= y <= 1500:
            value = date(*Hijri(y, mo, d).to_gregorian().datetuple())
            rule = "hijri-numeric"
        elif 1900 <= y <= 2100:
            value = date(y, mo, d)
            rule = "numeric"
        else:
            return None
    except (ValueError, OverflowError):
        return None
    return value, 1, False, rule, _wd_check(m, "wdp", value)


_ANCHOR_DAYS = {"هذا الصباح": 0, "هذا المساء": 0, "صباح هذا اليوم": 0, "اليوم": 0, "اليوم (امس)": 1, "اليوم (الامس)": 1, "امس": 1, "الامس": 1, "البارحه": 1, "الليله الماضيه": 1,
                "اول امس": 2, "اول من امس": 2, "امس الاول": 2, "الليله قبل الماضيه": 2}
_ANCHOR_RULE = {0: "today", 1: "yesterday", 2: "day-before-yesterday"}
_ANCHOR_BACK = {rule: back for back, rule in _ANCHOR_RULE.items()}


def _resolve_named_numeric(m: re.Match, text: str, pub: date | None):
    first, second = int(m.group("first")), int(m.group("second"))
    for day, month in ((first, second), (second, first)):  # 11/9 (day first) or 9/11 (month first)
        year = NAMED_DATES.get((day, month))
        if year is not None and month == 9:  # only the one date famous in both orders
            return date(year, month, day), 1, False, "named-date", None
    return None


def _nowadays(text: str, m: re.Match) -> bool:
    after = text[m.end():m.end() + 20]
    before = _preceding(text, m.start(), 20)
    if _CONSTRUCT_BEFORE.search(before):
        return False  # "عدد الأسلحة الذي استخدم في ضربة اليوم يزيد": today's strike
    if _IMPERFECT_NEXT.match(after):
        return True
    verb = _IMPERFECT_BEFORE.search(before)
    if verb and verb.group("verb") not in _TODAY_VERBS:
        return True
    if _CONTRAST_BEFORE.search(before):
        return True  # "لكنها اليوم تحاول منع انهياره": then and now
    if _PRONOUN_BEFORE.search(before) or _JUDGED_BEFORE.search(before):
        return True
    if _WE_BEFORE.search(before):
        return True  # "وما نشاهده اليوم"، "التي نتعرض لها اليوم"، "تضعنا اليوم": what we live through nowadays
    opening = bool(_CLAUSE_OPENING.search(_preceding(text, m.start(), 6)))
    return opening and bool(_RUNS_ON.match(after) or _IMPERFECT_AFTER_COMMA.match(after))


def _resolve_anchor(m: re.Match, text: str, pub: date | None):
    anchor = " ".join(m.group("anchor").split())
    if anchor == "اليوم" and not m.group("tod") and _BEFORE_YAWM.search(_preceding(text, m.start())):
        if not m.group("wd"):
            return None  # نفس اليوم، ذلك اليوم، حتى اليوم، في اليوم: not "today"
    if anchor == "اليوم" and not m.group("tod") and not m.group("wd") and _nowadays(text, m):
        return None
    back = _ANCHOR_DAYS[anchor]
    rule = _ANCHOR_RULE[back]
    if pub is None:
        return None, 1, True, rule, None
    value = pub - timedelta(days=back)
    mismatch = None
    if m.group("wd"):
        wd = _WD[m.group("wd")]
        if value.weekday() != wd:
            expected = value
            value = _nearest_weekday(expected, wd, pub)
            mismatch = (f"'{m.group(0)}' names {m.group('wd')} but {anchor} is {expected.isoformat()} "
                        f"({expected.strftime('%A')}); trusted the weekday: {value.isoformat()}")
        rule = "weekday-" + rule
    if m.group("after"):
        value, rule = value + timedelta(days=1), rule + "-after-midnight"
    return value, 1, True, rule, mismatch


def _resolve_weekday(m: re.Match, text: str, pub: date | None):
    wd = _WD[m.group("wd")]
    rel = m.group("rel")
    if rel in _FUTURE or rel in _CURRENT:
        return "skip"
    second = m.group("wd2") or m.group("wd3") or m.group("wd4")
    if m.group("wd4") and "ليل" not in (m.group("tod") or "") and _WD[m.group("wd4")] != (wd + 1) % 7:
        return None  # two unrelated weekday names side by side
    if wd == 0 and not (m.group("tod") or m.group("yawm")) and _BEFORE_ITHNAYN.search(_preceding(text, m.start())):
        return None  # بين الاثنين = between the two
    strictly = rel is not None or m.group("before_last") is not None  # الماضي / الماضيين / قبل الماضي
    if _TOMORROW_BEFORE.search(_preceding(text, m.start(), 12)):
        return "skip"  # "غدا الثلاثاء", "بعد غد الأحد"
    if not strictly and pub is not None and pub.weekday() != wd and _future_context(text, m.start()):
        return "skip"  # "ومن المقرر أن يبدأ تنفيذ الاتفاق صباح السبت" in a Friday paper: upcoming
    rule = "weekday-past" if strictly else "weekday"
    if second is not None:
        rule = "night" if "ليل" in (m.group("tod") or "") else "weekday-pair"
    if m.group("after"):
        rule += "-after-midnight"
    if pub is None:
        return None, 1, True, rule, None
    value = _weekday_on_or_before(pub, wd, strictly) - timedelta(days=7 if m.group("before_last") else 0)
    return value + timedelta(days=1 if m.group("after") else 0), 1, True, rule, None


def _resolve_count(m: re.Match, text: str, pub: date | None):
    if m.groupdict().get("construct") is not None and not (m.group("dual") or m.group("n")):
        return None  # "قبل أيام العيد", "قبل يوم الانتخابات": before something else ("قبل أسبوعين الحدود" is a count)
    if m.group("dual"):
        days, kind = _DUALS[m.group("dual")]
        per = days // 2
    elif m.group("one"):
        one = m.group("one")
        if one.startswith("ال"):
            if not m.group("approx"):
                return None  # "منذ الشهر" without نحو: not a count
            one = one[2:]
        per, kind = _UNITS[one]
        days = per
    elif m.group("vague"):
        kind = {"ايام": "days", "اسابيع": "weeks", "ساعات": "hour", "اشهر": "months", "شهور": "months"}[m.group("vague")]
        if kind == "months" or (kind == "weeks" and m.groupdict().get("prep") == "منذ" and "قليل" not in m.group(0)):
            return "skip"  # "منذ (عدة) أسابيع/أشهر": a duration, no starting day ("منذ أسابيع قليلة" is one)
        days, per = {"days": 3, "weeks": 14, "hour": 0}[kind], 0
    else:
        tok = m.group("n")
        n = int(tok) if tok.isdigit() else _NUM[" ".join(tok.split())]
        per, kind = _UNITS[m.group("unit")]
        days = per * n
    if m.group("half"):
        days += per // 2  # "قبل أسبوع ونصف": 10 days
    if kind == "hour":
        precision, rule = 1, "hours-ago"
    elif kind == "day":  # "قبل نحو 10 أيام": about, so the week
        # a week or more of days is counted loosely: "قبل عشرة أيام" is coded to the week (dev gold, 6 of 6)
        precision, rule = (1 if days < 7 and not m.group("approx") else 2 if days <= 30 else 3), "days-ago"
    elif kind == "days":
        precision, rule = 2, "few-days-ago"
    elif kind == "week":
        precision, rule = (2 if days <= 28 else 3), "weeks-ago"
    elif kind == "weeks":
        precision, rule = 3, "few-weeks-ago"
    else:
        precision, rule = 3, "months-ago"
    if pub is None:
        return None, precision, True, rule, None
    value = pub - timedelta(days=days)
    if precision == 3:
        value = _month_value(value.year, value.month, pub)
    return value, precision, True, rule, None


# "في وقت لاحق (من) هذا الشهر": later this month, still to come
_LATER_IN = re.compile(r"وقت\sلاحق\s(?:من\s)?$")


def _resolve_period(m: re.Match, text: str, pub: date | None):
    unit, which, part, day = m.group("unit"), m.group("which"), m.group("part"), m.group("day")
    if m.group("this"):
        if which:
            return None
        which = "الجاري"
    if (not which or " ".join(which.split()) in _CURRENT) and unit == "الاسبوع" and part and _PARTS[part] != 6 and not day:
        # "خلال مطلع/نهاية الأسبوع": the week's first day (Sunday) or its end (Saturday), on or before publication
        if _future_context(text, m.start()):
            return "skip"
        rule = "part-of-week"
        if pub is None:
            return None, 2, True, rule, None
        return _weekday_on_or_before(pub, 6 if _PARTS[part] == 1 else 5, False), 2, True, rule, None
    if not which and part and unit in ("العام", "السنه") and _PARTS[part] == 1 and _SINCE_BEFORE.search(_preceding(text, m.start(), 6)):
        which = "الجاري"  # "منذ بداية العام": this year's start
    if not which:
        return None
    which = " ".join(which.split())
    if which in _FUTURE:
        return "skip"
    back = 2 if which.startswith("قبل") else 1 if which in _PAST else 0
    if day is not None and (unit != "الشهر" or _ordinal_of_unit(day, text, m.start())):
        day = None  # "الاسبوع الاول من الشهر الجاري": the month, not its first day
    if unit in ("العام", "السنه") and part is None:
        return "skip"  # a year is not an event date
    if back == 0 and unit in ("الاسبوع", "الشهر") and (_future_context(text, m.start())
                                                      or _LATER_IN.search(text, max(0, m.start() - 20), m.start())):
        return "skip"  # "من المقرر أن ... هذا الأسبوع", "استبعد أن يتم ... خلال الشهر الجاري", "في وقت لاحق هذا الشهر"
    if unit == "الاسبوع":
        rule = "last-week" if back else "this-week"
        return (None if pub is None else pub - timedelta(days=7 * back)), 2, True, rule, None
    if unit == "الشهر":
        rule = "day-of-month" if day else "part-of-month" if part else "last-month" if back else "this-month"
        if pub is None:
            return None, (1 if day else 2 if part else 3), True, rule, None
        y, mo = _shift_month(pub.year, pub.month, -back)
        if part:
            result = _part_of_month(y, mo, part, pub)
            return result if result == "skip" else (*result, True, rule, None)
        if day is None:
            return _month_value(y, mo, pub), 3, True, rule, None
        try:
            value = date(y, mo, _day_number(day))
        except (ValueError, TypeError):
            return None
        return "skip" if _is_future(value, pub) else (value, 1, True, rule, None)
    if pub is None:
        return None, 3, True, "part-of-year", None
    y, mo = pub.year - back, _PARTS[part]
    if (y, mo) > (pub.year, pub.month):
        return "skip"  # later this year: future
    return _month_value(y, mo, pub), 3, True, "part-of-year", None


def _resolve_vague(m: re.Match, text: str, pub: date | None):
    if not m.group("lately") and text.startswith(" من ", m.end()) and m.group(0).endswith(("الاخيره", "الاخيرين")):
        # "في الأشهر الأخيرة من ولايته": the last months of something else; after "الماضية" the من is the verb's
        # ("تمكنت خلال الأيام الماضية من فصل"، "نزحوا خلال الأيام الماضية من محافظة درعا": 6 of 6 in the corpus)
        return None
    for group, back, precision, rule in (
        ("period", 0, 3, "recent-period"), ("lately", 0, 3, "recent-period"),
        ("days", 3, 2, "recent-days"), ("twodays", 1, 2, "recent-days"),
        ("weeks", 0, 3, "recent-period"), ("twoweeks", 7, 2, "recent-weeks"),
        ("hours", 0, 1, "recent-hours"), ("midnight", 0, 1, "past-midnight"), ("nweeks", 0, 3, "recent-weeks"),
    ):
        if m.group(group):
            break
    if m.group("midnight") and _future_context(text, m.start()):
        return "skip"  # "تبدأ الهدنة بعد منتصف الليل" under a future marker: tonight's
    if m.group("ndays"):
        # "الأيام الثلاثة الأخيرة": from three days back; a longer stretch ("الأيام الـ16 الماضية") to its middle
        n = _count(m.group("ndays")[2:])
        if n:
            back, precision = (n, 2) if n <= 3 else ((n + 1) // 2, 2 if n <= 21 else 3)
    elif m.group("nweeks"):
        back = 7 * _count(m.group("weeks_n")) // 2  # "الأسابيع الأربع الماضية": to the middle of the weeks
    elif m.group("hours"):
        hours = int(m.group("hours_n") or m.group("hours_n2") or 0)
        if hours >= 48:  # "الساعات الـ48 الأخيرة": the two days, as "اليومين الماضيين"
            back, precision = hours // 48, 2
    if pub is None:
        return None, precision, True, rule, None
    value = pub - timedelta(days=back)
    if precision == 3:
        value = _month_value(value.year, value.month, pub)
    return value, precision, True, rule, None


def _count(word: str) -> int | None:
    """"16", "سته عشر", "سبعه" -> the number."""
    if word.isdigit():
        return int(word)
    head, _, teen = word.partition(" ")
    if head in _NUM:
        return _NUM[head] + (10 if teen == "عشر" else 0)
    return None


def _resolve_year_part(m: re.Match, text: str, pub: date | None):
    year, month = int(m.group("year")), _PARTS[m.group("part")]
    if _is_future(date(year, month, 1), pub, 3):
        return "skip"  # "حتى مطلع العام 2017" in a 2015 paper
    return _month_value(year, month, pub), 3, False, "part-of-year", None


def _resolve_season(m: re.Match, text: str, pub: date | None):
    if m.group("last"):
        month = _SEASONS[m.group("last")]
        if pub is None:
            return None, 3, True, "season", None
        year = pub.year if pub.month > month + 1 else pub.year - 1  # August's "last summer" is last year's
        return _month_value(year, month, pub), 3, True, "season", None
    if m.group("this") or m.group("current"):
        month = _SEASONS[m.group("this") or m.group("current")]
        if pub is None:
            return None, 3, True, "season", None
        if _is_future(date(pub.year, month, 1), pub, 3):
            return "skip"  # in a paper of the spring, "هذا الصيف" is still to come
        return _month_value(pub.year, month, pub), 3, True, "season", None
    month = _SEASONS[m.group("season")]
    which = m.group("which")
    if which in _FUTURE:
        return "skip"
    if m.group("year"):
        year, relative = int(m.group("year")), False
    elif pub is None:
        return None, 3, True, "season", None
    else:
        year, relative = pub.year - (1 if which in _PAST else 0), True
    if _is_future(date(year, month, 1), pub, 3):
        return "skip"
    return _month_value(year, month, pub), 3, relative, "season", None


def _resolve_holiday(m: re.Match, text: str, pub: date | None):
    rel = m.group("rel")
    if rel in _FUTURE:
        return "skip"
    if pub is None:
        return None, 1, True, "holiday", None
    name = " ".join(m.group("holiday").split())
    shift = timedelta(days=_HOLIDAY_DAYS[m.group("nth")] if m.group("nth") else 0)
    # the latest occurrence first: this year's, then last year's (next year's for a Hijri year running ahead)
    for value in _holiday_dates(name, pub):
        value += shift
        if not _is_future(value, pub):
            return value, 1, True, "holiday", None
        if value <= pub + timedelta(days=60) and rel not in _PAST:
            return "skip"  # still to come
    return None


def _holiday_dates(name: str, pub: date) -> list[date]:
    if name in _CIVIL_HOLIDAYS:
        month, day = _CIVIL_HOLIDAYS[name]
        return [date(year, month, day) for year in (pub.year, pub.year - 1)]
    month, day = _HOLIDAYS[name]
    hy = Gregorian.fromdate(pub).to_hijri().year
    out = []
    for year in (hy + 1, hy, hy - 1):
        try:
            out.append(date(*Hijri(year, month, day).to_gregorian().datetuple()))
        except (ValueError, OverflowError):
            continue
    return out


def _resolve_morning(m: re.Match, text: str, pub: date | None):
    return pub, 1, True, "this-morning", None


def _resolve_same_day_anaphor(m: re.Match, text: str, pub: date | None):
    # filled in from the previous date by _fill_days_of_the_story; the rule carries a year written after it
    return None, 1, True, _SAME_DAY + (f"/{m.group('year')}" if m.group("year") else ""), None


def _resolve_same_month_anaphor(m: re.Match, text: str, pub: date | None):
    return None, 3, True, _SAME_MONTH, None  # filled in from the previous date by _fill_days_of_the_story


def _resolve_bare_time_of_day(m: re.Match, text: str, pub: date | None):
    if _CLOCK_BEFORE.search(_preceding(text, m.start(), 30)):
        return None
    if _future_context(text, m.start()):
        return "skip"
    # filled in from the story's day by _fill_days_of_the_story
    return None, 1, True, _TIME_OF_DAY + ("/night" if m.group("tod") == _n("ليلاً") else ""), None


def _resolve_clock(m: re.Match, text: str, pub: date | None):
    if _CLOCK_WINDOW_BEFORE.search(_preceding(text, m.start(), 12)) or _CLOCK_WINDOW_AFTER.match(text, m.end()):
        return "skip"
    if _future_context(text, m.start()):
        return "skip"
    return None, 1, True, _TIME_OF_DAY, None  # filled in from the story's day by _fill_days_of_the_story


def _resolve_since_event(m: re.Match, text: str, pub: date | None):
    result = _resolve_count(m, text, pub)
    if result is None or result == "skip":
        return result
    return (*result[:3], "since-event", None)


_PATTERNS = (
    (ABSOLUTE_RE, _resolve_absolute),
    (HIJRI_RE, _resolve_hijri),
    (NUMERIC_RE, _resolve_numeric),
    (NAMED_NUMERIC_RE, _resolve_named_numeric),
    (ANCHOR_RE, _resolve_anchor),
    (WEEKDAY_RE, _resolve_weekday),
    (COUNT_RE, _resolve_count),
    (PERIOD_RE, _resolve_period),
    (VAGUE_RE, _resolve_vague),
    (YEAR_PART_RE, _resolve_year_part),
    (SEASON_RE, _resolve_season),
    (SINCE_EVENT_RE, _resolve_since_event),
    (SAME_DAY_RE, _resolve_same_day_anaphor),
    (SAME_MONTH_RE, _resolve_same_month_anaphor),
    (MORNING_RE, _resolve_morning),
    (CLOCK_RE, _resolve_clock),
    (BARE_TIME_OF_DAY_RE, _resolve_bare_time_of_day),
    (HOLIDAY_RE, _resolve_holiday),
)


def find_date_matches(normalized: Normalized | str, published: date | None, text: str | None = None) -> list[DateMatch]:
    """Every date expression with its rule; ORIGINAL offsets, sorted by start.

    ``normalized`` may be the original string itself (it is then normalized here). When a
    Normalized is given, pass the original ``text`` too so that ``DateValue.text`` is the
    original slice; without it the normalized slice is used.
    """
    if isinstance(normalized, str):
        text = normalized if text is None else text
        normalized = normalize(normalized)
    ntext = normalized.text
    candidates: list[tuple[int, int, object]] = []
    for regex, resolve in _PATTERNS:
        for m in regex.finditer(ntext):
            result = resolve(m, ntext, published)
            if result is not None:
                candidates.append((*m.span("span" if "span" in regex.groupindex else 0), result))
    # longest first at each position; a kept span blocks everything overlapping it
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[DateMatch] = []
    for s, e, result in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if result == "skip":
            continue
        value, precision, relative, rule, mismatch = result
        os_, oe = normalized.to_original(s, e)
        if text is not None:
            while oe < len(text) and text[oe] in _TRAILING_MARKS:  # "السبتَ", "1436هـ"
                oe += 1
            surface = text[os_:oe]
        else:
            surface = ntext[s:e]
        out.append(DateMatch(os_, oe, DateValue(value, precision, surface, relative), rule, mismatch))
    out.sort(key=lambda d: d.start)
    out = _the_eve_before(out, normalized, text if text is not None else ntext)
    out = _written_on(out, published)
    out = _lead_on_the_next_day(out, published, text if text is not None else ntext)
    if any(d.rule.endswith(_YEAR_GUESSED) for d in out):  # only then are the article's years needed
        years = [(normalized.to_original(y.start(), y.end())[0], int(y.group(0)), ntext.rfind(".", 0, y.start()))
                 for y in _EARLIER_YEAR.finditer(ntext) if not _SINCE_BEFORE.search(ntext, max(0, y.start() - 12), y.start())]
        out = _carry_year(out, years, normalized, ntext)
    return _fill_days_of_the_story(out, published, text if text is not None else ntext)


_EVE = re.compile(r"(?<!\w)[وف]?(?:في\s)?(?P<eve>عشيه)\s$")


def _the_eve_before(matches: list[DateMatch], normalized: Normalized, text: str) -> list[DateMatch]:
    """"عشية عيد الأم": the evening before the day named, so the day before it."""
    out = []
    for d in matches:
        eve = None
        if d.value.precision == 1 and d.value.value:
            at = normalized.from_original(d.start)
            eve = _EVE.search(normalized.text, max(0, at - 10), at)
        if eve is not None:
            start = normalized.to_original(eve.start("eve"), eve.end("eve"))[0]
            day_before = DateValue(d.value.value - timedelta(days=1), 1, text[start:d.end], d.value.relative)
            d = DateMatch(start, d.end, day_before, "eve-" + d.rule, d.mismatch)
        out.append(d)
    return out


def _written_on(matches: list[DateMatch], published: date | None) -> list[DateMatch]:
    """Wire copy printed days later names its own day ("اليوم (الخميس)" in a Friday paper): its bare
    اليوم, أمس and الليلة الماضية count from that day, not from publication. Only when every such
    weekday agrees on one day in the week before publication."""
    if published is None:
        return matches
    named = [d for d in matches if d.mismatch and d.value.value is not None and d.rule.startswith("weekday-")
             and _days_back(d.rule) is not None]
    days = {d.value.value + timedelta(days=_days_back(d.rule)) for d in named}
    days = {day for day in days if published - timedelta(days=7) <= day < published}
    if len(days) != 1:
        return matches
    written = days.pop()
    out = []
    for d in matches:
        value = d.value.value
        if value is not None and d.rule.split("-after-midnight")[0] in _ANCHOR_BACK:
            value += written - published  # bare اليوم / أمس
        elif d in named:  # "أمس الثلاثاء" beside "اليوم الأربعاء": the Tuesday before that Wednesday
            day = written - timedelta(days=_days_back(d.rule))
            value = day if day.weekday() == value.weekday() else value
        if value != d.value.value:
            d = DateMatch(d.start, d.end, DateValue(value, d.value.precision, d.value.text, True), d.rule, d.mismatch)
        out.append(d)
    return out


_SENTENCE_END = re.compile(r"[.!؟?](?:\s|$)|\n")


def _lead_on_the_next_day(matches: list[DateMatch], published: date | None, text: str) -> list[DateMatch]:
    """A report whose first sentence names the day after its publication date ("أكد الجيش الإسرائيلي الخميس"
    in copy dated Wednesday) was written that day: the date it carries is a day early (25 leads of the news
    corpus, against 902 naming the day itself and 217 the day before). That weekday is the next day, not the
    same weekday six days back, wherever the report names it bare. A lead that a future marker puts on that
    day ("من المقرر أن ... الخميس") was skipped before this; one that does not ("قرر المجلس عقد اجتماع الإثنين")
    gets the day the meeting is held."""
    if published is None:
        return matches
    lead_end = _SENTENCE_END.search(text, 20)
    lead_end = lead_end.start() if lead_end else len(text)
    week_back = published - timedelta(days=6)
    if not any(d.start < lead_end and d.rule == "weekday" and d.value.value == week_back for d in matches):
        return matches
    # "ليل الاثنين" in a Sunday paper is the night before Monday, the publication day's
    return [DateMatch(d.start, d.end, DateValue(published + timedelta(days=0 if "ليل" in d.value.text else 1), 1,
                                                d.value.text, True), d.rule, d.mismatch)
            if d.rule == "weekday" and d.value.value == week_back else d for d in matches]


def _days_back(rule: str) -> int | None:
    """Days before its writing day a "weekday-yesterday"-style anchor rule points to."""
    return _ANCHOR_BACK.get(rule.split("-", 1)[1])


_YEAR_GUESSED = "/year-guessed"  # rule suffix: no year written, the most recent past one taken
_CARRY_MONTHS = 2


_EARLIER_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


def _carry_year(matches: list[DateMatch], years: list[tuple[int, int, int]], normalized: Normalized,
                ntext: str) -> list[DateMatch]:
    """A day or month written without its year continues the account it follows: after a year
    written earlier in its sentence ("الاتفاقات التي عقدت 2017 فكانت في منتصف مارس"), that year;
    after a date that has one ("في 25 آذار/مارس 2017 ... وبعد أيام، في 30 آذار/مارس"), that date's
    year when it falls in the same month or up to two months after. Not the most recent past year.
    ``years``: (original offset, year, normalized offset of the last "." before it)."""
    out: list[DateMatch] = []
    last: date | None = None
    for d in matches:
        value = d.value.value
        if value is not None and d.rule.endswith(_YEAR_GUESSED):
            n_start = normalized.from_original(d.start)
            sentence_start = ntext.rfind(".", 0, n_start)
            in_sentence = [y for pos, y, stop in years if pos < d.start and stop == sentence_start and y < value.year]
            if in_sentence:
                try:
                    carried = value.replace(year=in_sentence[-1])
                    d = DateMatch(d.start, d.end, DateValue(carried, d.value.precision, d.value.text, True), d.rule, d.mismatch)
                    value = carried
                except ValueError:  # 29 February
                    pass
        if value is not None and last is not None and d.rule.endswith(_YEAR_GUESSED) and last.year < value.year:
            try:
                carried = value.replace(year=last.year + (value.month < last.month))
            except ValueError:  # 29 February
                carried = None
            if carried is not None and carried < value and (value.month - last.month) % 12 <= _CARRY_MONTHS:
                d = DateMatch(d.start, d.end, DateValue(carried, d.value.precision, d.value.text, True), d.rule, d.mismatch)
        if (d.value.value is not None and d.value.precision in (1, 3) and d.rule != "named-date"
                and (not d.value.relative or d.rule.endswith(_YEAR_GUESSED))):
            # "أمس" or "الأربعاء" in between tell when it was said, "أحداث 11 سبتمبر" what it recalls,
            # not the account's year
            last = d.value.value
        out.append(d)
    return out


_SAME_DAY = "same-day"
_SAME_MONTH = "same-month"
_TIME_OF_DAY = "time-of-day"


def _fill_days_of_the_story(matches: list[DateMatch], published: date | None, text: str) -> list[DateMatch]:
    """"مساء ذات اليوم", "في اليوم نفسه": the day of the nearest day-precision date before it (dropped without
    one); "نفس اليوم من عام 2016" keeps its day and month in the year written; "في الشهر نفسه" is the month of
    the nearest date before it of any precision.
    A bare "صباحا" / "فجرا" / "مساء" is the day of the story it is told in: the last day named before it in
    its paragraph (not a "منذ" start), else the day the report leads with (within a week of publication), else
    the publication date; a bare "ليلا" on the day the paper came out is the night before it, coded to the
    evening it began, as "الليلة الماضية" is."""
    lead = next((d.value for d in matches if d.value.precision == 1 and d.value.value is not None
                 and not d.rule.startswith((_SAME_DAY, _TIME_OF_DAY))), None)
    if lead is not None and (published is None or not timedelta(0) <= published - lead.value <= timedelta(days=7)):
        lead = None
    out: list[DateMatch] = []
    previous: DateMatch | None = None
    dated: DateMatch | None = None  # the last date of any precision, for "الشهر نفسه"
    for d in matches:
        if d.rule == _SAME_MONTH:
            if dated is None or published is None:
                continue
            month = dated.value.value
            out.append(DateMatch(d.start, d.end, DateValue(_month_value(month.year, month.month, published), 3,
                                                           d.value.text, dated.value.relative), d.rule))
            continue
        a_start = _SINCE_BEFORE.search(text, max(0, d.start - 6), d.start) is not None  # "منذ الخميس": no story day
        if d.value.value is not None and not a_start:
            dated = d
        if d.rule.startswith(_TIME_OF_DAY):
            story = previous.value if previous is not None and "\n" not in text[previous.end:d.start] else lead
            day = story.value if story is not None else published
            if day is None:
                continue
            if d.rule.endswith("/night") and day == published:
                day -= timedelta(days=1)
            d = DateMatch(d.start, d.end, DateValue(day, 1, d.value.text, True), d.rule)
        elif (d.rule == "today" and lead is not None and lead.value != d.value.value
              and inside_a_quote(text, d.start)):
            # "اليوم" in words quoted from the day the report leads with ("قال ترامب الأربعاء" ... "نجري اجتماعا
            # اليوم") is that day: 15 of 17 quoted "اليوم" of the dev gold
            d = DateMatch(d.start, d.end, DateValue(lead.value, 1, d.value.text, True), d.rule, d.mismatch)
        elif d.rule.startswith(_SAME_DAY):
            if previous is None:
                continue
            day, relative = previous.value.value, previous.value.relative
            if d.rule != _SAME_DAY:
                try:
                    day, relative = day.replace(year=int(d.rule.rsplit("/", 1)[1])), False
                except ValueError:  # 29 February
                    continue
            d = DateMatch(d.start, d.end, DateValue(day, 1, d.value.text, relative), d.rule)
        elif d.value.precision == 1 and not a_start:
            previous = d
        out.append(d)
    return out


def find_dates(normalized: Normalized | str, published: date | None, text: str | None = None) -> list[tuple[int, int, DateValue]]:
    """``(start, end, DateValue)`` for every date expression, ORIGINAL offsets."""
    return [(d.start, d.end, d.value) for d in find_date_matches(normalized, published, text)]


def _dateline_date(d: DateMatch, header: list[tuple[int, int]], published: date | None) -> bool:
    """A full date in the dateline / header line that is the issue date ("بيروت 25 شوال 1436 هـ الموافق
    10 أغسطس 2015 م واس"): an absolute date within a day of publication."""
    return (published is not None and not d.value.relative and d.value.value is not None and d.value.precision == 1
            and abs((d.value.value - published).days) <= 1 and any(hs <= d.start and d.end <= he for hs, he in header))


def dates(article: Article) -> Article:
    """Stage entry: date mentions of the body paragraphs (the whole text when no body), plus the
    issue date when the dateline or header line carries it."""
    normalized = article.normalized if article.normalized is not None else normalize(article.text)
    regions = [(s.start, s.end) for s in article.body] or [(0, len(article.text))]
    header = [(s.start, s.end) for s in (article.dateline, article.title) if s is not None]
    for d in find_date_matches(normalized, article.published, article.text):
        in_body = any(rs <= d.start and d.end <= re_ for rs, re_ in regions)
        if not in_body and not _dateline_date(d, header, article.published):
            continue
        article.mentions.append(
            Mention(span=Span.of(article.text, d.start, d.end), kind="date", resolution=d.value, key=d.rule)
        )
        if d.mismatch:
            article.warn("date-weekday-mismatch", f"{d.start}-{d.end}: {d.mismatch}")
    return article

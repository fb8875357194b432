"""Dates stage: find Arabic date expressions and resolve them against the publication date.

Public API
----------
``find_dates(normalized, published, text=None) -> list[(start, end, DateValue)]``
    Every date expression, ORIGINAL offsets, sorted by position.
``find_date_matches(...) -> list[DateMatch]``
    The same with the rule name and any weekday-mismatch note (what the stage uses).
``dates(article) -> Article``
    The stage: body paragraphs only; appends ``Mention(kind="date")``; warns on mismatches.

All patterns run over the NORMALIZED text (``marsad.text.normalize``: alef forms -> ا,
ى -> ي, ة -> ه, no diacritics or tatweel, ASCII digits); the tables below are written in
ordinary Arabic and normalized at import time.

Resolution rules (ACLED time_precision: 1 day, 2 week, 3 month)
----------------------------------------------------------------
Absolute
  * day + month (+ year), both month systems, paired forms ("12 مايو/أيار", "يونيو (حزيران)"),
    digits or ordinal words ("السابع من نيسان"): precision 1.
    Without a year: the year that puts the date on or before publication (strictly before
    when followed by الماضي; the publication year with الجاري/الحالي; المقبل/القادم = future,
    skipped). Such a value depends on the publication date, so ``relative=True``.
  * month (+ year) without a day, or مطلع/أوائل/منتصف/أواخر (شهر) MONTH: precision 3.
    A bare month name needs context (a year, a paired name, شهر, الماضي/الجاري, or a preceding
    في/منذ/خلال/...): "مارس" is also a verb, "آب" a noun; آب and مارس never take the
    preposition-only licence.
  * numeric d/m/yyyy, d-m-yyyy, d.m.yyyy and yyyy-mm-dd; d/m is swapped to m/d only when the
    middle number exceeds 12. Years 1300-1500 are Hijri.
  * Hijri: day + month + year ("15 رمضان 1441 هـ") via hijridate; month + year = precision 3;
    day + month without year = the Hijri year putting it on or before publication.
  * a year alone ("في 2019") and "العام الماضي" alone are not event dates: skipped.
Month-precision dates (3) carry the 15th of the month, or the publication date itself when the
month is the publication month (so a value is never after publication for "this month");
مطلع/منتصف/أواخر of a named month carry the 5th / 15th / 25th.
Parts of a year: مطلع/أوائل/بداية/مستهل -> January, منتصف/أواسط -> June, أواخر/نهاية -> December;
a part lying after the publication month is future and skipped.

Relative (``relative=True``; ``value=None`` when there is no publication date)
  * اليوم / صباح|مساء|فجر اليوم -> publication date, p1.
  * أمس / الأمس / البارحة / ليلة أمس / ليل أمس / الليلة الماضية -> publication - 1, p1
    (the night before publication belongs to yesterday's date).
  * أول أمس / أول من أمس / أمس الأول / الليلة قبل الماضية -> publication - 2, p1.
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
  * "اليوم (أمس)" (Saudi print style: the wire's "today", the paper's yesterday) -> publication - 1.
  * قبل|منذ (نحو|حوالي|...)? N UNIT, N = digits or number words 1-10 (and duals يومين ...):
      hours/minutes -> publication, p1; N days -> publication - N, p1 for N <= 10, p2 up to 30,
      p3 beyond; N weeks -> publication - 7N, p2 (p3 beyond 4); N months -> publication - 30N, p3.
      Not when followed by من/على ("قبل أيام من الانتخابات" is relative to something else).
  * قبل/منذ أيام, عدة/بضعة أيام, أيام قليلة, الأيام (القليلة) الماضية/الأخيرة -> publication - 3, p2.
    قبل/منذ أسابيع, عدة أسابيع, الأسابيع الماضية -> publication - 14, p3.
    الساعات (الـ24) الماضية, الـ24 ساعة الماضية -> publication, p1.
    اليومين الماضيين -> publication - 1, p2; الأسبوعين الماضيين -> publication - 7, p2.
  * الأسبوع الماضي (and مطلع/نهاية الأسبوع الماضي) -> publication - 7, p2; الأسبوع قبل الماضي -> - 14;
    الأسبوع الجاري/الحالي/هذا الأسبوع -> publication, p2.
  * الشهر الماضي / الجاري / الحالي / هذا الشهر (optionally with مطلع/منتصف/أواخر...) -> that
    month, p3; "12 من الشهر الجاري" -> that day, p1.
  * مطلع/أوائل/بداية/منتصف/أواخر/نهاية العام الجاري/الحالي/الماضي -> p3 (see parts of a year).
  * Vague recent period: خلال الفترة (القليلة) الماضية/الأخيرة, مؤخرا, في الآونة الأخيرة -> p3, the
    publication month (i.e. the publication date).
  * Future expressions (المقبل/القادم) are matched only to be skipped.
Spans include a leading خلال/طوال for period expressions, يوم/يومي and time-of-day words
(مساء أمس), trailing diacritics/tatweel ("1436هـ"), never proclitics (و، ف، ب، ل).
Known limits: future tense is not read ("سيعاد فتحه في العاشر من أكتوبر" resolves to the past
October); generic "اليوم" (= nowadays) is read as today; "ليلة الخميس" is Thursday night.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from marsad.model import Article, DateValue, Mention, Span
from marsad.text.normalize import Normalized, normalize, normalize_string

# --------------------------------------------------------------------------- tables

GREGORIAN_MONTHS: dict[str, int] = {
    # Egyptian / Gulf names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghrebi names (unambiguous ones only; ماي is left out)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}
# month names too ambiguous to stand after a bare preposition (a verb, a common noun)
AMBIGUOUS_MONTHS = {"مارس", "آب", "أوت", "جوان"}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الآخر": 6, "جمادى الثانية": 6,
    "جمادى الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11,
    "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}

WEEKDAYS: dict[str, int] = {  # Python date.weekday(): Monday = 0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}

# cardinal number words (both genders) for "قبل ثلاثة أيام"
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "يوم واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "ثمان": 8,
    "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}

_ORDINAL_UNITS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9,
}
ORDINAL_DAYS: dict[str, int] = dict(_ORDINAL_UNITS)
ORDINAL_DAYS.update({"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31})
ORDINAL_DAYS.update({f"{w} عشر": n + 10 for w, n in _ORDINAL_UNITS.items() if n >= 2})
ORDINAL_DAYS.update({f"{'الحادي' if n == 1 else w} والعشرين": n + 20 for w, n in _ORDINAL_UNITS.items()})

# units for "قبل N UNIT" -> (days per unit, kind)
UNITS: dict[str, tuple[int, str]] = {
    "دقيقة": (0, "hour"), "دقائق": (0, "hour"), "ساعة": (0, "hour"), "ساعات": (0, "hour"),
    "يوم": (1, "day"), "يوما": (1, "day"), "أيام": (1, "day"),
    "أسبوع": (7, "week"), "أسبوعا": (7, "week"), "أسابيع": (7, "week"),
    "شهر": (30, "month"), "شهرا": (30, "month"), "أشهر": (30, "month"), "شهور": (30, "month"),
}
DUALS: dict[str, tuple[int, str]] = {
    "ساعتين": (0, "hour"), "ساعتان": (0, "hour"), "يومين": (2, "day"), "يومان": (2, "day"),
    "أسبوعين": (14, "week"), "أسبوعان": (14, "week"), "شهرين": (60, "month"), "شهران": (60, "month"),
}

TIMES_OF_DAY = ("فجر", "صباح", "صبيحة", "ظهر", "ظهيرة", "عصر", "مساء", "ليل", "ليلة", "منتصف ليل", "منتصف ليلة")
PAST = ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة")
CURRENT = ("الجاري", "الجارية", "الحالي", "الحالية")
FUTURE = ("المقبل", "المقبلة", "القادم", "القادمة")
APPROX = ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر من", "أقل من", "ما يزيد عن", "ما يزيد على", "ما يقارب")
# parts of a period -> month of the year it points to
PARTS: dict[str, int] = {
    "مطلع": 1, "أوائل": 1, "بداية": 1, "بدايات": 1, "مستهل": 1, "أول": 1,
    "منتصف": 6, "أواسط": 6, "أواخر": 12, "نهاية": 12, "آخر": 12, "نهايات": 12,
}
# a bare month name is a date after these words
MONTH_PREPOSITIONS = ("في", "منذ", "خلال", "حتى", "بحلول", "قبل", "بعد", "طوال", "أواسط", "مطلع")

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
_AMBIGUOUS = {_n(w) for w in AMBIGUOUS_MONTHS}
_PREPS = {_n(w) for w in MONTH_PREPOSITIONS}

GM, HM, WD = _alt(_G), _alt(_H), _alt(_WD)
ORD, NUMW = _alt(_ORD), _alt(_NUM)
TOD = _alt(TIMES_OF_DAY)
WHICH = _alt(PAST + CURRENT + FUTURE)
PART = _alt(PARTS)
B = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل]))"  # word start, proclitics left outside
E = r"(?!\w)"
SP = r"\s?[,،]?\s?"
YEAR_SUFFIX = r"(?:\s?م(?!\w))?"  # 2015م (ميلادي)

# weekday possibly in parentheses, possibly preceded by يوم / a time of day
_WD_PREFIX = rf"(?:يوم\s)?(?P<wdp>{WD}){SP}\(?\s?(?:الموافق\s)?"

ABSOLUTE_RE = re.compile(
    rf"{B}(?:{_WD_PREFIX})?"
    rf"(?:(?P<part>{PART})\s(?:شهر\s)?|(?:يوم\s)?(?P<day>\d{{1,2}}|{ORD})\s?/?\s?(?:من\s)?(?:شهر\s)?|(?P<shahr>شهر)\s)?"
    rf"(?P<month>{GM})(?:\s?(?:/|\(|-)?\s?(?P<month2>{GM})\s?\)?)?"
    rf"(?:{SP}(?:من\s)?(?:(?:عام|العام|سنه|السنه)\s?)?(?P<year>(?:19|20)\d\d){YEAR_SUFFIX}"
    rf"|\s(?:من\s)?(?:العام|عام|السنه)\s(?P<yrel>{WHICH})"
    rf"|\s(?P<rel>{WHICH}))?{E}"
)

HIJRI_RE = re.compile(
    rf"{B}(?:{_WD_PREFIX})?(?:(?P<day>\d{{1,2}}|{ORD})\s?(?:من\s)?(?:شهر\s)?)?(?P<month>{HM})"
    rf"(?:\s(?:من\s)?(?:عام\s|العام\s|سنه\s)?(?P<year>1[345]\d\d)(?:\s?ه(?!\w))?)?{E}"
)

NUMERIC_RE = re.compile(
    rf"(?<![\w/.-])(?:{_WD_PREFIX})?(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}})"
    r"|(?P<d2>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m2>\d{1,2})\s?(?P=sep)\s?(?P<y2>\d{4}))"
    r"(?:\s?ه(?!\w))?(?![\w/-])"
)

ANCHOR_RE = re.compile(
    rf"{B}(?:(?P<tod>{TOD})\s)?(?:يوم\s)?"
    r"(?P<anchor>اليوم\s\((?:امس|الامس)\)|اول\s(?:من\s)?امس|امس\sالاول|الليله\sقبل\sالماضيه|الليله\sالماضيه|البارحه|الامس|امس|اليوم)"
    rf"(?:{SP}\(?(?P<wd>{WD})\)?)?"
    r"(?!\w)(?!\s(?:الحاجه|القريب|التالي|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|نفسه|ذاته|الذي|الواحد|الوطني|العالمي|الدولي|ال?\d))"
)

WEEKDAY_RE = re.compile(
    rf"{B}(?:(?P<tod>{TOD})\s)?(?:(?P<yawm>يوم|يومي)\s)?(?P<wd>{WD})"
    rf"(?:\s?[-/]\s?(?P<wd2>{WD})|\s(?:و|الي|علي)\s?(?P<wd3>{WD})|\s(?P<wd4>{WD}))?"
    rf"(?:\s(?P<rel>{WHICH}|الماضيين))?(?!\w)(?!\sعشر)"
)

_UNIT_ALT = _alt(_UNITS)
COUNT_RE = re.compile(
    rf"{B}(?P<prep>قبل|منذ)\s(?:{_alt(APPROX)}\s)?"
    rf"(?:(?P<n>\d{{1,3}}|{NUMW})\s(?P<unit>{_UNIT_ALT})(?:\s(?:واحد|فقط))?"
    rf"|(?P<dual>{_alt(_DUALS)})"
    r"|(?:(?:عده|بضعه|بضع|بعض)\s)?(?P<vague>ايام|اسابيع|ساعات|اشهر|شهور)(?:\s(?:قليله|معدوده))?"
    r"|(?P<one>يوم|اسبوع|ساعه|شهر))"
    rf"(?!\w)(?!\s(?:من|علي|الي)(?!\w))(?!\s(?:ال\w|{HM}))"
)

PERIOD_RE = re.compile(
    rf"{B}(?:(?P<day>\d{{1,2}}|{ORD})\s(?:من\s)?|(?P<part>{PART})\s)?(?:(?P<this>هذا|هذه)\s)?"
    r"(?P<unit>الاسبوع|الشهر|العام|السنه)"
    rf"(?:\s(?P<which>قبل\sالماضيه?|{WHICH}))?(?!\w)"
)

VAGUE_RE = re.compile(
    rf"{B}(?:(?:خلال|طوال)\s)?(?:"
    r"(?P<period>(?:الفتره|المرحله)\s(?:القليله\s)?(?:الماضيه|الاخيره|المنصرمه))"
    r"|(?P<lately>الاونه\sالاخيره|موخرا|مؤخرا)"
    r"|(?P<days>الايام\s(?:القليله\s)?(?:الماضيه|الاخيره|المنصرمه))"
    r"|(?P<twodays>اليومين\s(?:الماضيين|الاخيرين))"
    r"|(?P<weeks>الاسابيع\s(?:القليله\s)?(?:الماضيه|الاخيره|المنصرمه))"
    r"|(?P<twoweeks>الاسبوعين\s(?:الماضيين|الاخيرين))"
    r"|(?P<hours>(?:الساعات\s(?:القليله\s)?(?:ال)?(?:\d\d\s)?|(?:ال)?\d\d\sساعه\s)(?:الماضيه|الاخيره))"
    r")(?!\w)"
)

_BEFORE_YAWM = re.compile(r"(?:نفس|بنفس|ذات|ذلك|تلك|حتي|الي|لغايه|في|عين)\s$")
_TRAILING_MARKS = frozenset("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
_PLACE_NOUNS = {"مدينه", "جسر", "كوبري", "ميدان", "شارع", "حي", "شركه"}  # مدينة السادس من أكتوبر
_PERIOD_NOUNS = {"الاسبوع", "الشهر", "النصف", "الربع", "الثلث", "العشر", "الجزء", "اليوم", "الاسبوعين", "الاسبوعان"}
_BEFORE_ITHNAYN = re.compile(r"(?:بين|كلا|هذين|هاذين|من)\s$")

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
    """The ``wd`` nearest to ``anchor`` (within 3 days), never more than one day after publication."""
    shift = (wd - anchor.weekday()) % 7
    if shift > 3:
        shift -= 7
    value = anchor + timedelta(days=shift)
    return value if value <= published + timedelta(days=1) else value - timedelta(days=7)


def _day_number(token: str | None) -> int | None:
    if token is None:
        return None
    token = " ".join(token.split())
    return int(token) if token.isdigit() else _ORD.get(token)


def _preceding(text: str, start: int, n: int = 12) -> str:
    return text[max(0, start - n):start]


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


def _resolve_absolute(m: re.Match, text: str, pub: date | None):
    month = _G[" ".join(m.group("month").split())]
    day = _day_number(m.group("day"))
    if day and not m.group("day").isdigit():
        prev = (_preceding(text, m.start(), 14).split() or [""])[-1]
        if prev in _PLACE_NOUNS or prev[1:] in _PLACE_NOUNS:
            return None
    if _ordinal_of_unit(m.group("day"), text, m.start()):
        day = None
    year = int(m.group("year")) if m.group("year") else None
    rel = m.group("rel") or m.group("yrel")
    if m.group("month2") and _G[" ".join(m.group("month2").split())] != month:
        return None  # two different months side by side: not one date
    licensed = m.group("day") or m.group("part") or m.group("shahr") or year or rel or m.group("month2")
    if not licensed:
        words = _preceding(text, m.start()).split()
        prev = words[-1] if words else ""
        prev = prev[1:] if prev[:1] in "وفب" and prev[1:] in _PREPS else prev
        if prev not in _PREPS or " ".join(m.group("month").split()) in _AMBIGUOUS:
            return None
    if rel in _FUTURE:
        return "skip"
    precision = 1 if day else 3
    rule = "absolute" if day else "month"
    relative = False
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
                        year = y
                        break
                except ValueError:
                    continue
        if year is None and not m.group("yrel") and rel not in _CURRENT:
            strictly = rel in _PAST
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
    if day:
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        return value, 1, relative, rule, _wd_check(m, "wdp", value)
    part = m.group("part")
    if part and not m.group("shahr"):
        value = date(year, month, {1: 5, 6: 15, 12: 25}[_PARTS[part]])
        if pub is not None and (year, month) == (pub.year, pub.month):
            value = min(value, pub)
    else:
        value = _month_value(year, month, pub)
    return value, 3, relative, rule, None


def _resolve_hijri(m: re.Match, text: str, pub: date | None):
    day = _day_number(m.group("day"))
    year = int(m.group("year")) if m.group("year") else None
    if day is None and year is None:
        return None  # "رمضان" alone, "رجب" (a name): not a date
    month = _H[" ".join(m.group("month").split())]

    def convert(y: int, d: int) -> date | None:
        for dd in (d, d - 1):  # day 30 of a 29-day month
            try:
                return date(*Hijri(y, month, dd).to_gregorian().datetuple())
            except (ValueError, OverflowError):
                continue
        return None

    relative = False
    if year is None:
        if pub is None:
            return None, 1, True, "hijri", None
        hy = Gregorian.fromdate(pub).to_hijri().year
        value = convert(hy, day)
        if value is None or value > pub:
            value = convert(hy - 1, day)
        relative = True
    elif day is None:
        first = convert(year, 1)
        if first is None:
            return None
        value = convert(year, 15)
        if pub is not None and first <= pub <= first + timedelta(days=29):
            value = pub
        return value, 3, False, "hijri-month", None
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


_ANCHOR_DAYS = {"اليوم": 0, "اليوم (امس)": 1, "اليوم (الامس)": 1, "امس": 1, "الامس": 1, "البارحه": 1, "الليله الماضيه": 1,
                "اول امس": 2, "اول من امس": 2, "امس الاول": 2, "الليله قبل الماضيه": 2}
_ANCHOR_RULE = {0: "today", 1: "yesterday", 2: "day-before-yesterday"}


def _resolve_anchor(m: re.Match, text: str, pub: date | None):
    anchor = " ".join(m.group("anchor").split())
    if anchor == "اليوم" and not m.group("tod") and _BEFORE_YAWM.search(_preceding(text, m.start())):
        if not m.group("wd"):
            return None  # نفس اليوم، ذلك اليوم، حتى اليوم، في اليوم: not "today"
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
    strictly = rel is not None  # الماضي / الماضيين
    rule = "weekday-past" if strictly else "weekday"
    if second is not None:
        rule = "night" if "ليل" in (m.group("tod") or "") else "weekday-pair"
    if pub is None:
        return None, 1, True, rule, None
    return _weekday_on_or_before(pub, wd, strictly), 1, True, rule, None


def _resolve_count(m: re.Match, text: str, pub: date | None):
    if m.group("dual"):
        days, kind = _DUALS[m.group("dual")]
        n = None
    elif m.group("one"):
        days, kind = _UNITS[m.group("one")]
        n = 1
    elif m.group("vague"):
        kind = {"ايام": "days", "اسابيع": "weeks", "ساعات": "hour", "اشهر": "months", "شهور": "months"}[m.group("vague")]
        if kind == "months":
            return "skip"
        days = {"days": 3, "weeks": 14, "hour": 0}[kind]
        n = None
    else:
        tok = m.group("n")
        n = int(tok) if tok.isdigit() else _NUM[" ".join(tok.split())]
        per, kind = _UNITS[m.group("unit")]
        days = per * n
    if kind == "hour":
        precision, rule = 1, "hours-ago"
    elif kind == "day":
        precision, rule = (1 if days <= 10 else 2 if days <= 30 else 3), "days-ago"
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


def _resolve_period(m: re.Match, text: str, pub: date | None):
    unit, which, part, day = m.group("unit"), m.group("which"), m.group("part"), m.group("day")
    if m.group("this"):
        if which:
            return None
        which = "الجاري"
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
    if unit == "الاسبوع":
        rule = "last-week" if back else "this-week"
        return (None if pub is None else pub - timedelta(days=7 * back)), 2, True, rule, None
    if unit == "الشهر":
        rule = "day-of-month" if day else "last-month" if back else "this-month"
        if pub is None:
            return None, (1 if day else 3), True, rule, None
        y, mo = _shift_month(pub.year, pub.month, -back)
        if day is None:
            return _month_value(y, mo, pub), 3, True, rule, None
        try:
            return date(y, mo, _day_number(day)), 1, True, rule, None
        except (ValueError, TypeError):
            return None
    if pub is None:
        return None, 3, True, "part-of-year", None
    y, mo = pub.year - back, _PARTS[part]
    if (y, mo) > (pub.year, pub.month):
        return "skip"  # later this year: future
    return _month_value(y, mo, pub), 3, True, "part-of-year", None


def _resolve_vague(m: re.Match, text: str, pub: date | None):
    for group, back, precision, rule in (
        ("period", 0, 3, "recent-period"), ("lately", 0, 3, "recent-period"),
        ("days", 3, 2, "recent-days"), ("twodays", 1, 2, "recent-days"),
        ("weeks", 14, 3, "recent-weeks"), ("twoweeks", 7, 2, "recent-weeks"),
        ("hours", 0, 1, "recent-hours"),
    ):
        if m.group(group):
            break
    if pub is None:
        return None, precision, True, rule, None
    value = pub - timedelta(days=back)
    if precision == 3:
        value = _month_value(value.year, value.month, pub)
    return value, precision, True, rule, None


_PATTERNS = (
    (ABSOLUTE_RE, _resolve_absolute),
    (HIJRI_RE, _resolve_hijri),
    (NUMERIC_RE, _resolve_numeric),
    (ANCHOR_RE, _resolve_anchor),
    (WEEKDAY_RE, _resolve_weekday),
    (COUNT_RE, _resolve_count),
    (PERIOD_RE, _resolve_period),
    (VAGUE_RE, _resolve_vague),
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
                candidates.append((m.start(), m.end(), result))
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
    return out


def find_dates(normalized: Normalized | str, published: date | None, text: str | None = None) -> list[tuple[int, int, DateValue]]:
    """``(start, end, DateValue)`` for every date expression, ORIGINAL offsets."""
    return [(d.start, d.end, d.value) for d in find_date_matches(normalized, published, text)]


def dates(article: Article) -> Article:
    """Stage entry: date mentions of the body paragraphs (the whole text when no body)."""
    normalized = article.normalized if article.normalized is not None else normalize(article.text)
    regions = [(s.start, s.end) for s in article.body] or [(0, len(article.text))]
    for d in find_date_matches(normalized, article.published, article.text):
        if not any(rs <= d.start and d.end <= re_ for rs, re_ in regions):
            continue
        article.mentions.append(
            Mention(span=Span.of(article.text, d.start, d.end), kind="date", resolution=d.value, key=d.rule)
        )
        if d.mismatch:
            article.warn("date-weekday-mismatch", f"{d.start}-{d.end}: {d.mismatch}")
    return article

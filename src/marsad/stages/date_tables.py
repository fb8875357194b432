"""Word tables of the dates stage (``marsad.stages.dates``), in ordinary Arabic spelling.

The stage normalizes every entry at import time; nothing here is normalized yet.
"""
from __future__ import annotations

GREGORIAN_MONTHS: dict[str, int] = {
    # Egyptian / Gulf names
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,  # without the article
    # Maghrebi names (unambiguous ones only; ماي is left out)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
}
# Levantine / Iraqi names: paired with an Egyptian name they restate it ("30 سبتمبر/تشرين أول" is a slip for
# أيلول; the first name wins), while two names of one system side by side are a range, not a date
LEVANTINE_MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                    "تشرين الثاني", "كانون الأول", "كانون ثاني", "تشرين أول", "تشرين ثاني", "كانون أول"}

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
    "عام": (365, "month"),  # only as "قبل/منذ عام": a year ago, to the month (gold convention)
}
DUALS: dict[str, tuple[int, str]] = {
    "ساعتين": (0, "hour"), "ساعتان": (0, "hour"), "يومين": (2, "day"), "يومان": (2, "day"),
    "أسبوعين": (14, "week"), "أسبوعان": (14, "week"), "شهرين": (60, "month"), "شهران": (60, "month"),
}

TIMES_OF_DAY = ("فجر", "صباح", "صبيحة", "ظهر", "ظهيرة", "عصر", "مساء", "ليل", "ليلة", "منتصف ليل", "منتصف ليلة")
# a time of day standing alone as an adverb ("ألقى براميل متفجرة صباحا", "الضربات التي نفذتها إسرائيل ليلا"):
# the day of the story being told
TIME_OF_DAY_ADVERBS = ("فجراً", "صباحاً", "ظهراً", "عصراً", "مساءً", "مساءاً", "ليلاً")
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


# day of the month a part of a month points to (week precision): مطلع -> 5th, منتصف -> 15th, أواخر -> 28th
PART_DAYS: dict[int, int] = {1: 5, 6: 15, 12: 28}

# seasons -> their middle month (a season needs a year: "صيف 2014", "خريف العام الماضي")
SEASONS: dict[str, int] = {"صيف": 7, "ربيع": 4, "خريف": 10}

# famous named dates written without a year ("أحداث 11 سبتمبر", "ثورة 25 يناير"): (day, month) -> year,
# used only right after one of EVENT_NOUNS
NAMED_DATES: dict[tuple[int, int], int] = {
    (11, 9): 2001,   # هجمات 11 سبتمبر
    (25, 1): 2011,   # ثورة 25 يناير (Egypt)
    (30, 6): 2013,   # ثورة 30 يونيو (Egypt)
    (23, 7): 1952,   # ثورة 23 يوليو (Egypt)
    (6, 10): 1973,   # حرب 6 أكتوبر
    (14, 7): 1958,   # ثورة 14 تموز (Iraq)
    (15, 7): 2016,   # انقلاب 15 تموز (Turkey)
}
EVENT_NOUNS = ("أحداث", "هجمات", "هجوم", "اعتداءات", "تفجيرات", "ثورة", "حرب", "انتفاضة", "انقلاب", "محاولة انقلاب")

# words that put the rest of their clause in the future ("من المقرر أن ...", "استبعد أن يتم ... خلال الشهر
# الجاري"); they cancel current-period expressions (this week / this month) and bare weekdays other than the
# publication day that follow them in the clause (not after كان: "وكان من المقرر أن ...")
FUTURE_MARKERS = ("سوف", "المقرر", "المزمع", "المتوقع", "المنتظر", "المرتقب", "يعتزم", "تعتزم", "ينوي", "تنوي",
                  "أن يتم", "أن تتم", "لن", "مقرر", "مقررة", "مقررا",
                  # the future prefix س on the verbs that schedule things ("وستتم مساء يوم الأحد"); not a
                  # pattern, since سيارة، سيطرة، ستة begin the same way
                  "سيتم", "ستتم", "سيجري", "ستجري", "سيعقد", "ستعقد", "سيبدأ", "ستبدأ", "سيكون", "ستكون",
                  "سيقوم", "ستقوم", "سيصل", "ستصل", "سيزور", "ستزور", "سيشهد", "ستشهد", "سينطلق", "ستنطلق",
                  "سيلتقي", "ستلتقي", "سيجتمع", "ستجتمع", "سيعود", "ستعود", "سينتهي", "ستنتهي", "سيصدر", "ستصدر",
                  # the eve of what is named next: "في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة"
                  "عشية")
# the present of the verbs that schedule things, which news uses for what is coming ("في مهمة تبدأ السبت",
# "القمة التي تحتضنها الظهران الأحد"); an object pronoun may follow. Past reports use the past tense
# (عقد، بدأت، استضافت), so a bare weekday after these is upcoming unless it is the publication day.
SCHEDULING_PRESENT = ("يبدأ", "تبدأ", "يعقد", "تعقد", "ينعقد", "تنعقد", "يحتضن", "تحتضن", "يستضيف", "تستضيف",
                      "ينطلق", "تنطلق", "يزور", "تزور", "يلتقي", "تلتقي", "يجتمع", "تجتمع")
# the present of verbs that news uses for what happens on the day ("يحل اليوم عيد النوروز"، "تتواصل اليوم
# المعارك"): "اليوم" right after them is today, not "nowadays"
TODAY_PRESENT = ("يحل", "تحل", "يصادف", "تصادف", "يشهد", "تشهد", "يحيي", "تحيي", "يواصل", "تواصل", "يتواصل",
                 "تتواصل", "يستمر", "تستمر", "يترأس", "تترأس", "يجري", "تجري", "يصدر", "تصدر", "يختتم", "تختتم",
                 "ينتهي", "تنتهي", "يصل", "تصل", "يتوجه", "تتوجه", "يدلي", "يصوت", "تصوت", "يناقش", "تناقش")

# Islamic holidays -> (Hijri month, day); resolved to the occurrence on or before publication, or skipped
# when it is still to come within two months ("مع اقتراب عيد الفطر")
HOLIDAYS: dict[str, tuple[int, int]] = {
    "عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "يوم عرفة": (12, 9), "وقفة عرفة": (12, 9), "عاشوراء": (1, 10),
}
# Days fixed in the Gregorian calendar -> (month, day), resolved like the Islamic ones
CIVIL_HOLIDAYS: dict[str, tuple[int, int]] = {
    "يوم الاستقلال الأمريكي": (7, 4), "يوم الاستقلال الأميركي": (7, 4), "عيد الاستقلال الأمريكي": (7, 4),
    "عيد النوروز": (3, 21), "عيد نوروز": (3, 21), "عيد الميلاد المجيد": (12, 25), "ليلة رأس السنة": (12, 31),
    "عيد الأم": (3, 21),  # Mothers' Day in the Arab countries
}
# "ثاني أيام عيد الفطر": days into the holiday
HOLIDAY_DAYS: dict[str, int] = {"أول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}

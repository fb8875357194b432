"""Cardinal numbers written in digits or Arabic words, in normalized text."""
from __future__ import annotations

import re

# Normalized spellings (ة→ه, ى→ي, alef forms → ا); masculine and feminine forms.
UNITS = {
    "واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3,
    "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7,
    "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
TEENS = {"احد عشر": 11, "احدي عشره": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشره": 12, "اثنتي عشره": 12}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {"ميه": 100, "مايه": 100, "ميتان": 200, "ميتين": 200, "مايتان": 200, "مايتين": 200, "الف": 1000, "الفين": 2000}
DUALS = {"قتيلين": 2, "شخصين": 2, "مدنيين اثنين": 2, "عنصرين": 2, "جنديين": 2, "طفلين": 2}
# ACLED counts a vague plural as its lowest definite number.
VAGUE = {"عشرات": 10, "ميات": 100, "العشرات": 10, "الميات": 100, "عده": 3, "بضعه": 3, "بضع": 3}

_WORD_FORMS = {**UNITS, **TENS, **HUNDREDS}
for _t, _v in TEENS.items():
    _WORD_FORMS[_t] = _v
_units = "|".join(sorted((re.escape(k) for k in list(UNITS) + list(TEENS)), key=len, reverse=True))
_tens = "|".join(sorted(map(re.escape, TENS), key=len, reverse=True))
_hund = "|".join(sorted(map(re.escape, HUNDREDS), key=len, reverse=True))
NUMBER_PATTERN = re.compile(
    r"(?<![\w])(?:\d[\d,]*"
    rf"|(?:(?:{_hund})(?:\s+و(?:{_units}|{_tens}))*)"
    rf"|(?:(?:{_units})(?:\s+و(?:{_tens}))?)"
    rf"|(?:{_tens})"
    rf"|(?:{'|'.join(map(re.escape, VAGUE))}))(?![\w])"
)


def number_value(normalized_text: str) -> int | None:
    """Integer value of a number phrase matched by NUMBER_PATTERN (normalized spelling)."""
    phrase = normalized_text.strip()
    if phrase[:1].isdigit():
        return int(phrase.replace(",", ""))
    if phrase in VAGUE:
        return VAGUE[phrase]
    if phrase in TEENS:
        return TEENS[phrase]
    total = 0
    for part in re.split(r"\s+و", phrase):
        value = _WORD_FORMS.get(part.strip())
        if value is None:
            return None
        total += value
    return total or None

"""Arabic orthographic normalization for matching, with a map back to original offsets.

The original text is never altered. ``normalize`` builds a matching copy in which every
character either maps to exactly one original character or is dropped (diacritics,
tatweel, direction marks), so any span found in the copy converts back exactly.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_DROP = set(
    "\u0640"  # tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0670"  # dagger alef
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
    "#"  # hashtags in social-media style copy ("ريف #دمشق") mark a word, they are not part of it
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۃ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "گ": "ك",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'",
    "–": "-", "—": "-", "ـ": "",
    "؛": ";", "٫": ".", "٬": ",",
    "_": " ",  # "#ريف_دمشق": a hashtag's words
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits


def normalize_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    return ch.lower() if ch.isascii() else ch


_TABLE = {ord(ch): None for ch in _DROP}
_TABLE.update({ord(ch): mapped or None for ch, mapped in _MAP.items()})
_TABLE.update({ord(ch): ch.lower() for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_KEPT = re.compile("[^" + re.escape("".join(sorted(_DROP | {ch for ch, m in _MAP.items() if not m}))) + "]", re.S)


def normalize_string(text: str) -> str:
    """Normalized form of a lexicon entry or query, with runs of whitespace collapsed."""
    return " ".join(text.translate(_TABLE).split())


@dataclass(frozen=True, slots=True)
class Normalized:
    """A matching copy of ``original``; ``origin[i]`` is the original index of char ``i``."""

    text: str
    origin: tuple[int, ...] | range
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` for the normalized slice ``start:end`` (end exclusive)."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.original_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def from_original(self, position: int) -> int:
        """First normalized index whose original index is >= ``position``."""
        if type(self.origin) is range:  # nothing dropped: the indexes are the same (most texts)
            return min(max(position, 0), len(self.origin))
        return bisect_left(self.origin, position)


def normalize(text: str) -> Normalized:
    # str.translate does the mapping in C; only texts with dropped characters need an explicit index map
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(folded, range(len(text)), len(text))
    origin = tuple(match.start() for match in _KEPT.finditer(text))
    return Normalized(folded, origin, len(text))


ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("پچژڤکگی")


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in ARABIC_LETTERS

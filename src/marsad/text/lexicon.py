"""Multi-pattern matching of Arabic lexicon entries in normalized text, clitic-aware.

Arabic glues conjunctions and prepositions to the next word (و، ف، ب، ل، ك), and ل+ال
becomes لل. A Lexicon finds its entries at word starts, after such proclitics, and
before an allowed suffix, in one Aho-Corasick pass over the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

import ahocorasick

from marsad.text.normalize import Normalized, is_word_char, normalize_string

T = TypeVar("T")

# Proclitic chains that may stand between a word boundary and an entry.
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "وس", "س"})


# Spellings of one word that normalization does not join: أمريكي / أميركي (both common in the press).
_VARIANTS = (("امريك", "اميرك"),)


def spelling_variants(key: str) -> list[str]:
    """The normalized key and its other usual spellings."""
    keys = [key]
    for a, b in _VARIANTS:
        for k in list(keys):
            if a in k:
                keys.append(k.replace(a, b))
            elif b in k:
                keys.append(k.replace(b, a))
    return keys


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # normalized offsets
    end: int
    key: str
    payload: T


class Lexicon(Generic[T]):
    """Entries (surface form -> payload) matched as whole words in normalized text.

    ``suffixes`` lists the endings an entry may carry (pronoun suffixes on verbs, say);
    matches are reported without the suffix. ``min_length`` guards against two-letter
    entries firing inside other words.
    """

    def __init__(self, entries: Iterable[tuple[str, T]], suffixes: Iterable[str] = (), proclitics: bool = True):
        self._automaton = ahocorasick.Automaton()
        self._suffixes = tuple(sorted(set(suffixes) - {""}, key=len, reverse=True))
        self._proclitics = proclitics
        buckets: dict[str, list[T]] = {}
        for surface, payload in entries:
            for key in spelling_variants(normalize_string(surface)):
                if len(key) >= 2:
                    buckets.setdefault(key, []).append(payload)
        self.size = len(buckets)
        for key, payloads in buckets.items():
            self._automaton.add_word(key, (key, len(key), 0, tuple(payloads)))
            if proclitics and key.startswith("ال") and len(key) > 3:
                # ل + الميادين is written للميادين: index the fused form, report from its second ل
                fused = "ل" + key[1:]
                if fused not in buckets:
                    self._automaton.add_word(fused, (key, len(fused), 1, tuple(payloads)))
        if self.size:
            self._automaton.make_automaton()

    def _left_ok(self, text: str, start: int) -> bool:
        i = start
        while i > 0 and is_word_char(text[i - 1]) and start - i < 2:
            i -= 1
        if i > 0 and is_word_char(text[i - 1]):
            return False
        prefix = text[i:start]
        return prefix == "" or (self._proclitics and prefix in PROCLITICS)

    def _right_ok(self, text: str, end: int) -> bool:
        if end >= len(text) or not is_word_char(text[end]):
            return True
        for suffix in self._suffixes:
            if text.startswith(suffix, end):
                after = end + len(suffix)
                if after >= len(text) or not is_word_char(text[after]):
                    return True
        return False

    def find_all(self, normalized: Normalized | str) -> list[Match[T]]:
        """Every acceptable match, overlapping ones included."""
        if not self.size:
            return []
        text = normalized.text if isinstance(normalized, Normalized) else normalized
        out: list[Match[T]] = []
        for last, (key, indexed_length, skip, payloads) in self._automaton.iter(text):
            end = last + 1
            start = end - indexed_length
            if not (self._left_ok(text, start) and self._right_ok(text, end)):
                continue
            for payload in payloads:
                out.append(Match(start + skip, end, key, payload))
        return out

    def find(self, normalized: Normalized | str) -> list[Match[T]]:
        """Longest non-overlapping matches; every payload of a kept (start, end) is returned."""
        kept: list[Match[T]] = []
        occupied: set[tuple[int, int]] = set()
        for m in sorted(self.find_all(normalized), key=lambda m: (m.start - m.end, m.start)):
            span = (m.start, m.end)
            if span not in occupied and any(m.start < e and s < m.end for s, e in occupied):
                continue
            occupied.add(span)
            kept.append(m)
        return sorted(kept, key=lambda m: (m.start, m.end))

"""Who says so: source chains per sentence, carried forward by anaphora.

"وكشفت مصادر محلية لشبكة ديرالزور 24" names a chain (local sources, quoted by the Deir
Ezzor 24 network). Later sentences say "وقالت المصادر" or "وأضافت الشبكة" without a
name: they inherit the last chain. A sentence without any reporting cue has only the
publishing outlet behind it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.model import Article, Attribution, Mention
from marsad.resources.registry import default_sources
from marsad.settings import Settings
from marsad.text.lexicon import Lexicon
from marsad.text.normalize import normalize_string

# Normalized reporting cues and the modality they lend.
REPORTING = {
    "reported": ("نقلت", "نقل", "نقلا عن", "قالت", "قال", "كشفت", "كشف", "افادت", "افاد", "ذكرت", "ذكر", "اكدت", "اكد",
                 "اشارت", "اشار", "اضافت", "اضاف", "اوضحت", "اوضح", "بحسب", "حسب", "وفق", "وفقا ل", "اعلنت", "اعلن",
                 "بثت", "نشرت", "رصدت", "وثقت", "تحدثت", "افادت انباء", "اوردت", "اورد", "لفتت", "لفت", "تابعت",
                 "صرح", "صرحت", "ابلغ", "ابلغت", "قالوا", "افادوا", "ذكروا", "اكدوا"),
    "claimed": ("تبنت", "تبني", "اعلنت مسووليتها", "اعلن مسووليته", "زعمت", "زعم", "ادعت", "ادعي"),
    "denied": ("نفت", "نفي", "كذبت", "انكرت"),
}
_CUE_PATTERN = re.compile(
    r"(?<!\w)[وف]?(" + "|".join(sorted((re.escape(c) for cs in REPORTING.values() for c in cs), key=len, reverse=True)) + r")(?!\w)"
)
_MODALITY_OF = {cue: modality for modality, cues in REPORTING.items() for cue in cues}
# Nouns that point back to an already named source.
_ANAPHORA = re.compile(r"(?<!\w)[وف]?(المصادر|المصدر|الشبكه|المرصد|الوكاله|الموقع|الصحيفه|القناه|الناشطون|الناشطين)(?!\w)")


@lru_cache(maxsize=1)
def source_lexicon() -> Lexicon[str]:
    return Lexicon((surface, source_id) for surface, source_id, _strength in default_sources().surface_forms())


def outlet_name(outlet: str) -> str:
    """The registry's English name of an outlet written in Arabic ("وكالة زيتون" -> Zaitoun ...), else as given."""
    matches = source_lexicon().find(normalize_string(outlet))
    if matches and matches[0].payload in default_sources():
        return default_sources().get(matches[0].payload).name_en
    return outlet


def attribution(article: Article, settings: Settings) -> Article:
    registry = default_sources()
    normalized = article.normalized
    lexicon = source_lexicon()
    if article.outlet:
        article.outlet = outlet_name(article.outlet)
    previous: Attribution | None = None
    for sentence in article.sentences:
        n_start, n_end = normalized.from_original(sentence.start), normalized.from_original(sentence.end)
        window = normalized.text[n_start:n_end]
        sources: list[Mention] = []
        for match in lexicon.find(window):
            start, end = normalized.to_original(n_start + match.start, n_start + match.end)
            if match.payload in registry:
                sources.append(Mention(article.span(start, end), "source", registry.get(match.payload), key=match.payload))
        cue_match = _CUE_PATTERN.search(window)
        if cue_match is None:
            continue  # the outlet's own words; a later "وأضافت الشبكة" still refers to the last chain
        c_start, c_end = normalized.to_original(n_start + cue_match.start(1), n_start + cue_match.end(1))
        cue = article.span(c_start, c_end)
        modality = _MODALITY_OF.get(normalize_string(cue.text), "reported")
        article.mentions.extend(sources)
        if sources:
            current = Attribution(sentence, sources, cue, modality)
        elif previous is not None and (_ANAPHORA.search(window) or cue_match.start() < 12):
            current = Attribution(sentence, list(previous.sources), cue, modality, inherited=True)
        else:
            current = Attribution(sentence, [], cue, modality)
        article.attributions.append(current)
        previous = current if current.sources else previous
    return article


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
from marsad.resources.registry import Source, default_sources
from marsad.settings import Settings
from marsad.text.lexicon import Lexicon
from marsad.text.normalize import normalize_string

# Normalized reporting cues and the modality they lend.
REPORTING = {
    "reported": ("نقلت", "نقل", "نقلا عن", "قالت", "قال", "كشفت", "كشف", "افادت", "افاد", "ذكرت", "ذكر", "اكدت", "اكد",
                 "اشارت", "اشار", "اضافت", "اضاف", "اوضحت", "اوضح", "بحسب", "حسب", "وفق", "وفقا ل", "اعلنت", "اعلن",
                 "بثت", "نشرت", "رصدت", "وثقت", "تحدثت", "افادت انباء", "اوردت", "اورد", "لفتت", "لفت", "تابعت",
                 "صرح", "صرحت", "ابلغ", "ابلغت", "قالوا", "افادوا", "ذكروا", "اكدوا",
                 # present tense of the same verbs ("ويقول سكان", "وتؤكد جهات حكومية"), and verbs of record
                 "يقول", "تقول", "يقولون", "يوكد", "توكد", "يشير", "تشير", "يفيد", "تفيد", "يذكر", "تذكر",
                 "وثق", "وثقوا", "تداولت", "تداول", "تناقلت", "اظهرت", "اظهر", "وفقا", "حسبما", "نقلا"),
    "claimed": ("تبنت", "تبني", "اعلنت مسووليتها", "اعلن مسووليته", "زعمت", "زعم", "ادعت", "ادعي"),
    "denied": ("نفت", "نفي", "كذبت", "انكرت", "نافيا", "نافيه"),
}
_CUE_PATTERN = re.compile(
    r"(?<!\w)[وف]?(" + "|".join(sorted((re.escape(c) for cs in REPORTING.values() for c in cs), key=len, reverse=True)) + r")(?!\w)"
)
_MODALITY_OF = {cue: modality for modality, cues in REPORTING.items() for cue in cues}
# Nouns that point back to an already named source, each with the word its antecedent's name holds
# ("وأضاف المرصد" -> the last source named "المرصد السوري ...", "وقالت الوزارة" -> the last ministry).
_ANAPHORA_NOUNS = ("مصادر|مصدر|شبكه|مرصد|وكاله|موقع|صحيفه|قناه|ناشطون|ناشطين|وزاره|لجنه|بيان|قياده|خليه|حركه"
                   "|جماعه|متحدث")
# after ل the article loses its alef: "للمرصد" is ل + "المرصد"
_ANAPHORA = re.compile(rf"(?<!\w)(?:[وف]?لل|[وفل]?ال)({_ANAPHORA_NOUNS})(?!\w)")
_HEAD_WORD = {"المصادر": ("مصادر", "مصدر"), "المصدر": ("مصدر", "مصادر"), "الشبكه": ("شبكه",), "المرصد": ("مرصد",),
              "الوكاله": ("وكاله",), "الموقع": ("موقع",), "الصحيفه": ("صحيفه",), "القناه": ("قناه",),
              "الناشطون": ("ناشط",), "الناشطين": ("ناشط",), "الوزاره": ("وزار",), "اللجنه": ("لجنه",),
              "القياده": ("قياده",), "الخليه": ("خليه",), "الحركه": ("حركه",), "الجماعه": ("جماعه",)}


@lru_cache(maxsize=1)
def source_lexicon() -> Lexicon[str]:
    return Lexicon((surface, source_id) for surface, source_id, _strength in default_sources().surface_forms())


def outlet_name(outlet: str) -> str:
    """The registry's English name of an outlet written in Arabic ("وكالة زيتون" -> Zaitoun ...), else as given."""
    matches = source_lexicon().find(normalize_string(outlet))
    if matches and matches[0].payload in default_sources():
        return default_sources().get(matches[0].payload).name_en
    return outlet


# A speaker the registry does not know, named right after the reporting verb by its institution:
# "وقالت وزارة الداخلية اليمنية في بيان"، "أعلن مجلس محافظة الأنبار أن"، "بحسب قائد الشرطة الاتحادية".
_SPEAKER_HEADS = (r"وزاره|وزير|قياده|قايد|مجلس|محافظ|والي|مديريه|مدير|جهاز|هييه|المتحدث باسم|متحدث باسم|الناطق باسم|"
                  r"ناطق باسم|مصدر في|مصادر في|مسوول في|مسوولون في|صحيفه|وكاله|قناه|موقع|شبكه|اذاعه|حركه|جماعه|"
                  r"لواء|كتيبه|فصيل|الشرطه|الجيش|قوات|قوي|السلطات|الحكومه|حكومه|غرفه عمليات|خليه|لجنه|اللجنه|بعثه")
_SPEAKER = re.compile(
    rf"\s+(?:عن\s+)?[بل]?(?P<phrase>(?:ال)?(?:{_SPEAKER_HEADS})(?:\s+(?!(?:في|ان|بان|عن|الي|علي|امس|اليوم|يوم|خلال|مساء|صباح|"
    rf"الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?!\w))[^\s.,،:؛\"«»()]+){{0,4}})"
)


# two or three words of a person's name (no article on the first, no function word) before their office
_NAME_START = re.compile(r"\s+(?!(?:ان|بان|في|عن|من|الي|علي|انه|انها|امس|اليوم)(?!\w))(?!ال)[^\s\d.,،:؛\"«»()]")
_NAME_WORD = re.compile(r"\s*(?!(?:ان|بان|في|عن|من|الي|علي)(?!\w))[^\s\d.,،:؛\"«»()]+")
_QUOTED_NAME = re.compile(r"\s*[\"«“]([^\"»”]{2,40})[\"»”]")
_NOT_SPEAKERS = re.compile(r"(?<!\w)(?:ال)?(?:وزير|وزاره) الخارجيه")  # diplomats give positions, not tallies


def _name_words(phrase: str) -> int:
    """How many words of the phrase make the name: a chain of construct nouns closed by a definite one
    ("مجلس محافظة الأنبار"), with its definite adjectives ("وزارة الداخلية اليمنية"), and no further."""
    words = phrase.split()
    kept = 1
    for previous, word in zip(words, words[1:]):
        if not (word.startswith("ال") or not previous.startswith("ال")):
            break
        kept += 1
    return kept


_NEXT_WORDS = re.compile(r"\s+(?:عن\s+)?[بل]?([^\s.,،:؛\"«»()]+)(?:\s+([^\s.,،:؛\"«»()]+))?")


def _generic_subject(article: Article, n_offset: int, window: str, cue_end: int) -> Mention | None:
    """A common word the registry takes as a source only right after the reporting verb: "وقال سكان",
    "وأفاد مسعفون", "وذكرت جهات حكومية"."""
    match = _NEXT_WORDS.match(window, cue_end)
    if match is None:
        return None
    for group, source in ((2, match.group(2) and default_sources().as_subject(f"{match.group(1)} {match.group(2)}")),
                          (1, default_sources().as_subject(match.group(1)))):
        if source:
            start, end = article.normalized.to_original(n_offset + match.start(1), n_offset + match.end(group))
            return Mention(article.span(start, end), "source", source, key=source.id)
    return None


def _unregistered_speaker(article: Article, n_offset: int, window: str, cue_end: int) -> Mention | None:
    """The institution named as subject of the reporting verb, as a source named as written; also
    after the speaker's own name ("وقال عامر العشي محافظ ...", "وقال ياسر دلوان رئيس المكتب السياسي")."""
    match = _SPEAKER.match(window, cue_end)
    if match is None and _NAME_START.match(window, cue_end):
        ends = [word.end() for word in _NAME_WORD.finditer(window, cue_end, min(len(window), cue_end + 60))][1:3]
        match = next((m for m in (_SPEAKER.match(window, end) for end in ends) if m is not None), None)
    if match is None or _NOT_SPEAKERS.match(match.group("phrase")):
        return None
    words = match.group("phrase").split()[:_name_words(match.group("phrase"))]
    if any(word in _HEAD_WORD for word in words):
        return None  # "وأضافت الصحيفة", "مدير المرصد": a source named before (anaphora)
    n_start = match.start("phrase")
    n_end = n_start + len(" ".join(words))
    if window[n_start:n_end] != " ".join(words):
        n_end = match.end("phrase")  # irregular spacing: keep the whole phrase
    quoted = _QUOTED_NAME.match(window, n_end) if len(words) == 1 else None
    if quoted is not None:
        n_end = quoted.end()  # "صحيفة «الوطن»": the paper's name follows in quotes
    elif len(words) == 1 and not words[0].startswith("ال"):
        return None  # a bare "صحيفة"/"مصدر في" names no one
    start, end = article.normalized.to_original(n_offset + n_start, n_offset + n_end)
    words = article.text[start:end]
    source = Source(id=f"new:{normalize_string(words)}", name_en=words, name_ar=words, scale="Other", type="unregistered")
    return Mention(article.span(start, end), "source", source, key="unregistered")


_PERIOD = re.compile(r"\s*\((?:\d{4}-(?:\d{4})?|Syria|Iraq|Yemen|Libya|Lebanon|Turkey)\)")


def _actor_speaker(actor_mentions: list[Mention], cue_end: int) -> Mention | None:
    """A known actor as the subject of the reporting verb: "وتبنى تنظيم داعش الهجوم", "وقال الجيش
    الإسرائيلي إن ...", "وأكدت روسيا أن ...". The source is named after the actor."""
    following = [m for m in actor_mentions if 0 < m.span.start - cue_end <= 3]
    if not following:
        return None
    actor = following[0].resolution
    name = _PERIOD.sub("", actor.name_en).strip()
    source = Source(id=f"actor:{actor.id}", name_en=name, name_ar=actor.name_ar,
                    scale="National" if actor.inter == 1 else "Other", type="official")
    return Mention(following[0].span, "source", source, key="actor")


def _anaphoric_noun(window: str) -> str | None:
    match = _ANAPHORA.search(window)
    return "ال" + match.group(1) if match else None


_NAME_AFTER_CUE = re.compile(r"\s+((?:[^\s\"«»،,.:؛()\d]+\s+)?[^\s\"«»،,.:؛()\d]+)")


def _spokesman_again(article: Article, window: str, cue_end: int, named: list[Mention]) -> list[Mention] | None:
    """"وذكر عبد الرحمن أيضا" after "مدير المرصد السوري ... رامي عبد الرحمن": a speaker named again by
    his family name speaks for the source he was named with (the first one of his sentence)."""
    match = _NAME_AFTER_CUE.match(window, cue_end)
    if match is None:
        return None
    words = match.group(1).split()
    for size in (2, 1):
        tail = " ".join(words[:size])
        if len(tail) < 4:
            continue
        for mention in reversed(named):
            if not _family_name_of(normalize_string(mention.span.text), tail):
                continue
            if mention.key != "unregistered":
                return [mention]  # "رامي عبد الرحمن", which the registry knows as the Observatory's voice
            same_sentence = [m for m in named if m is not mention and m.key != "unregistered"
                             and any(s.contains(m.span) and s.contains(mention.span) for s in article.sentences)]
            return same_sentence[:1] or [mention]
    return None


def _family_name_of(full: str, tail: str) -> bool:
    """``tail`` ends the longer name ``full``, spelt apart or joined ("عبدالرحمن" for "رامي عبد الرحمن")."""
    if full == tail:
        return False
    if full.endswith(" " + tail):
        return True
    joined = full.replace(" ", "")
    return " " not in tail and len(tail) >= 7 and joined.endswith(tail) and len(joined) > len(tail)


def _antecedent(noun: str, named: list[Mention], previous: Attribution | None) -> list[Mention]:
    """The source an anaphoric noun points back to: the latest named one whose words hold the noun's
    head ("المرصد" -> "المرصد السوري لحقوق الإنسان"); "البيان"/"المتحدث" and nouns without such a
    source take the last chain."""
    heads = _HEAD_WORD.get(noun)  # "المصدر" points back to "مصادر أمنية" too
    if heads is not None:
        for mention in reversed(named):
            source = mention.resolution
            if any(head in normalize_string(mention.span.text) or head in normalize_string(source.name_ar or "")
                   for head in heads):
                return [mention]
    return list(previous.sources) if previous is not None else []


def attribution(article: Article, settings: Settings) -> Article:
    registry = default_sources()
    normalized = article.normalized
    lexicon = source_lexicon()
    if article.outlet:
        article.outlet = outlet_name(article.outlet)
    previous: Attribution | None = None
    named: list[Mention] = []  # every source named so far, in order
    actor_mentions = article.mentions_of("actor")
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
        if not any(m.span.start <= c_end + 12 and m.span.end > c_end for m in sources):
            speaker = (_actor_speaker(actor_mentions, c_end)
                       or _generic_subject(article, n_start, window, cue_match.end(1))
                       or _unregistered_speaker(article, n_start, window, cue_match.end(1)))
            if speaker is not None and not any(m.span.start < speaker.span.end and speaker.span.start < m.span.end
                                               for m in sources):
                sources.insert(0, speaker)
        article.mentions.extend(sources)
        anaphor = _anaphoric_noun(window)
        spokesman = None if sources else _spokesman_again(article, window, cue_match.end(1), named)
        if sources:
            current = Attribution(sentence, sources, cue, modality)
            named.extend(sources)
        elif spokesman is not None:
            current = Attribution(sentence, spokesman, cue, modality, inherited=True)
        elif anaphor is not None or (previous is not None and cue_match.start() < 12):
            antecedent = _antecedent(anaphor, named, previous) if anaphor else list(previous.sources)
            current = Attribution(sentence, antecedent, cue, modality, inherited=True)
        else:
            current = Attribution(sentence, [], cue, modality)
        article.attributions.append(current)
        previous = current if current.sources else previous
    return article

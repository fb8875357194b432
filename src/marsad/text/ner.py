"""Statistical named-entity recogniser (PER / ORG / LOC) for Arabic news.

Two linear-chain CRFs (python-crfsuite) trained by ``scripts/train_ner.py`` and shipped in
``marsad/resources/ner/`` (the README there says on what data and under which licence):

1. ``anercorp_crf_stage1.crfsuite`` tags each sentence from its own words (token, normalized
   form, clitic-stripped form, affixes, shape, neighbours, context words, and membership in
   marsad's packaged gazetteer and actor registry);
2. ``anercorp_crf.crfsuite`` re-tags with the same features plus document features: the
   labels stage 1 gave the same word elsewhere in the text (within 15 sentences), so a name
   recognised once is recognised again where its context is weaker.

Both load lazily, once per process, through ``importlib.resources`` into memory, so this
works from an installed (even zipped) package and offline.

``recognise(text)`` returns ``(start, end, label)`` character spans over the ORIGINAL text:
``text[start:end]`` is the entity as written. As in the training data, a clitic written onto
the first word of a name (و / ب / ل ...) stays inside the span (``بدمشق``). Labels are
``PER``, ``ORG``, ``LOC`` (the ANERcorp scheme without MISC: countries and cities are LOC;
nationalities, ministries and armies are not tagged).

The same feature functions serve training and tagging, so the two cannot drift apart; but
the gazetteer and actor features read the packaged resources at run time, so retrain when
those change a lot.
"""
from __future__ import annotations

import functools
import re
import threading
from importlib.resources import files
from typing import Sequence

from marsad.text.normalize import normalize_string

LABELS = ("PER", "ORG", "LOC")
MODEL_PACKAGE = "marsad"
MODEL_DIR = ("resources", "ner")
MODEL = "anercorp_crf.crfsuite"  # stage 2: the model whose labels are returned
STAGE1_MODEL = "anercorp_crf_stage1.crfsuite"  # stage 1: sentence-level labels for doc features

# A token is a run of letters/digits with Arabic diacritics and tatweel inside it (a decimal
# number keeps its separator), or any single other visible character. Format characters
# (direction marks, zero-width joiners, BOM) are never tokens.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_FORMAT = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
TOKEN_RE = re.compile(
    rf"\d+(?:[.,٫٬]\d+)+"  # 1.3 / 2,500 / ١٫٥
    rf"|(?:[^\W_]|[{_MARKS}])+"  # words (letters, digits, diacritics, tatweel)
    rf"|[^\s{_FORMAT}]"  # any other visible character on its own
)
_SENTENCE_END = frozenset(".!?؟")
_ARABIC = re.compile(r"[\u0621-\u064a\u066e-\u06d3]")
_LATIN = re.compile(r"[a-zA-Z]")
_PREP = "بلك"
_CONJ = "وف"


# -- tokens and sentences ---------------------------------------------------------------------

def tokenize(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of every token of ``text``."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Token indices grouped into sentences: a break after . ! ? ؟ and at blank/new lines."""
    out: list[list[int]] = []
    cur: list[int] = []
    prev_end = 0
    for i, (s, e) in enumerate(spans):
        if cur and "\n" in text[prev_end:s]:
            out.append(cur)
            cur = []
        cur.append(i)
        prev_end = e
        if text[s:e] in _SENTENCE_END and not (
            e < len(text) and text[e:e + 1].isdigit()  # 3.5 written with spaces is rare; keep
        ):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# -- features ---------------------------------------------------------------------------------

def strip_clitics(norm: str) -> tuple[str, str]:
    """``(prefix, stem)``: leading و/ف, then ب/ل/ك, then the article ال removed from a
    normalized token when enough of it stays (لل counts as ل + ال)."""
    s = norm
    pre = ""
    if len(s) > 3 and s[0] in _CONJ:
        pre, s = pre + s[0], s[1:]
    if len(s) > 3 and s[0] in _PREP:
        if s[0] == "ل" and s.startswith("لل") and len(s) > 4:
            pre, s = pre + "لل", s[2:]
            return pre, s
        pre, s = pre + s[0], s[1:]
    if len(s) > 4 and s.startswith("ال"):
        pre, s = pre + "ال", s[2:]
    return pre, s


def _place_form(norm: str) -> str:
    """The token without و/ف/ب/ل/ك written onto it (the article stays): بدمشق -> دمشق,
    للميادين -> الميادين."""
    s = norm
    if len(s) > 3 and s[0] in _CONJ:
        s = s[1:]
    if len(s) > 3 and s[0] in _PREP:
        s = "ال" + s[2:] if s.startswith("لل") and len(s) > 4 else s[1:]
    return s


def _shape(tok: str) -> str:
    if tok.isdigit():
        return "D"
    if _ARABIC.search(tok):
        return "A" if not any(c.isdigit() for c in tok) else "AD"
    if _LATIN.search(tok):
        return "L" if not any(c.isdigit() for c in tok) else "LD"
    if any(c.isdigit() for c in tok):
        return "Dx"
    return "P"


_MAJOR_FEATURES = frozenset({"city", "capital", "country", "governorate", "district", "region"})
_MAJOR_POPULATION = 20000


def _place_tier(place) -> str:
    """``major`` for countries, admin units, cities and places of 20,000 people or more (names
    news mention as places); ``minor`` for villages, neighbourhoods and the like, whose names
    are often also common words or personal names (الله, قاسم, المدينة)."""
    if place.feature in _MAJOR_FEATURES or (place.population or 0) >= _MAJOR_POPULATION:
        return "major"
    return "minor"


@functools.lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, str], dict[str, str]]:
    """Normalized place names -> ``major`` | ``minor`` (packaged gazetteer, alias table
    included), and actor surface forms -> ``alias`` | ``country_name`` (packaged actor
    registry)."""
    from marsad.resources.gazetteer import default_gazetteer
    from marsad.resources.registry import default_actors

    gazetteer = default_gazetteer()
    places: dict[str, str] = {}
    for name, place_id in gazetteer.names():
        if places.get(name) == "major":
            continue
        entry = gazetteer.alias_entry(place_id) if place_id.startswith("alias:") else None
        if entry is not None and entry.kind in ("landmark", "place"):
            tier = "minor"
        elif entry is not None and entry.kind == "region":
            tier = "major"
        else:
            place = gazetteer.get(place_id)
            tier = _place_tier(place) if place is not None else "minor"
        places[name] = tier
    actors: dict[str, str] = {}
    for form, _actor_id, strength in default_actors().surface_forms():
        key = normalize_string(form)
        if actors.get(key) != "alias":
            actors[key] = strength
    return places, actors


@functools.lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Arabic given names (``resources/ner/first_names.txt``, MIT-licensed lists), normalized."""
    text = files("marsad").joinpath("resources", "ner", "first_names.txt").read_text(encoding="utf-8")
    return frozenset(normalize_string(line) for line in text.splitlines() if line and not line.startswith("#"))


_MAX_NGRAM = 4

# Context words (hand-made for marsad): titles and roles before a person, saying verbs after
# which a speaker (person, body or capital) comes, nouns that head or precede a place or an
# organisation name. Matched on the normalized token with و/ف/ب/ل/ك and the article removed.
_TRIGGERS = {
    "PER": """رئيس وزير وزيرة سيد سيدة شيخ امير اميرة ملك ملكة عقيد عميد جنرال رايد نقيب مقدم
        دكتور د مهندس محامي قاضي امام مرشد ناطق متحدث متحدثه مدير مديرة قايد زعيم نايب مساعد
        مستشار مبعوث سفير مندوب امين لاعب مدرب نجم كاتب شاعر فنان فنانة مخرج روائي صحفي مراسل
        بابا حاج ابو ام بن ابن عبد مفتي اية رجل نجل ابنة زوج زوجة شقيق شقيقة والد والدة""",
    "SAY": """قال قالت اكد اكدت اضاف اضافت اوضح اوضحت صرح صرحت اعلن اعلنت وصف وصفت اشار
        اشارت ذكر ذكرت دعا دعت طالب طالبت اعتبر اعتبرت نفى نفت حذر حذرت""",
    "LOC": """مدينة مدينتي بلدة بلدات قرية قرى محافظة ولاية مقاطعة اقليم منطقة ريف حي مخيم عاصمة
        جزيرة نهر بحر جبل سهل وادي شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قرب ضواحي
        دولة بلاد حدود مطار ميناء معبر ساحل خليج""",
    "ORG": """حزب حركة منظمة جبهة وزارة جامعة شركة وكالة مجلس هيية لجنة كتايب كتيبة لواء جيش
        تنظيم اتحاد نادي فريق منتخب صحيفة قناة مؤسسة بنك مصرف جمعية مركز معهد محكمة برلمان
        امم مفوضية تحالف قوات فصيل ميليشيا ميليشيات مليشيا مليشيات جماعة حرس""",
}


@functools.lru_cache(maxsize=1)
def _trigger_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for kind, words in _TRIGGERS.items():
        for word in words.split():
            index.setdefault(normalize_string(word), kind)
    return index


def _trigger(norm: str) -> str | None:
    index = _trigger_index()
    s = _place_form(norm)
    if s.startswith("ال") and len(s) > 3:
        s = s[2:]
    return index.get(s) or index.get(norm)


def _nisba(norm: str) -> bool:
    """An article + ـي adjective (الروسي, السورية, الاميركيين): nationalities and such."""
    s = _place_form(norm)
    return len(s) > 5 and s.startswith("ال") and (s.endswith("ي") or s.endswith("يه")
                                                    or s.endswith("يين") or s.endswith("يون"))


def _lexicon_marks(norms: Sequence[str], lexicon, name: str) -> list[list[str]]:
    """BI marks for token n-grams (up to 4) found in ``lexicon``; the first token may carry
    clitics (بدير الزور -> دير الزور)."""
    marks: list[list[str]] = [[] for _ in norms]
    n = len(norms)
    for i in range(n):
        bare = _place_form(norms[i])
        firsts = (norms[i],) if bare == norms[i] else (norms[i], bare)
        for length in range(min(_MAX_NGRAM, n - i), 0, -1):
            rest = norms[i + 1:i + length]
            hit = None
            for first in firsts:
                cand = " ".join((first, *rest)) if rest else first
                if cand in lexicon:
                    hit = cand
                    break
            if hit is None:
                continue
            tag = f"{name}:{lexicon[hit]}"
            marks[i].append(f"{tag}B{min(length, 3)}")
            for j in range(i + 1, i + length):
                marks[j].append(f"{tag}I")
            break  # longest match starting here only
    return marks


def token_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF features (``name=value`` strings) for each token of one sentence."""
    places, actors = _lexicons()
    norms = [normalize_string(t) or t for t in tokens]
    stems = [strip_clitics(n) for n in norms]
    place_marks = _lexicon_marks(norms, places, "gaz")
    actor_marks = _lexicon_marks(norms, actors, "act")
    trig = [_trigger(w) for w in norms]
    nisba = [_nisba(w) for w in norms]
    given = _first_names()
    named = [stems[i][1] in given or norms[i] in given for i in range(len(norms))]
    n = len(tokens)
    out: list[list[str]] = []
    for i, tok in enumerate(tokens):
        w = norms[i]
        pre, stem = stems[i]
        f = [
            "b",
            "w=" + w,
            "st=" + stem,
            "cl=" + pre,
            "sh=" + _shape(tok),
            "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3],
            "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:],
            "p4=" + w[:4], "s4=" + w[-4:],
            "ss2=" + stem[-2:], "ss3=" + stem[-3:], "sp2=" + stem[:2], "sp3=" + stem[:3],
            "len=" + str(min(len(w), 10)),
        ]
        if tok.isdigit() or w.isdigit():
            f.append("digit")
        if len(w) == 1:
            f.append("single")
        f.extend(place_marks[i])
        f.extend(actor_marks[i])
        if trig[i]:
            f.append("tr=" + trig[i])
        if nisba[i]:
            f.append("nisba")
        if named[i]:
            f.append("given")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w[{d}]=" + norms[j])
                f.append(f"st[{d}]=" + stems[j][1])
                if trig[j]:
                    f.append(f"tr[{d}]=" + trig[j])
                if nisba[j]:
                    f.append(f"nisba[{d}]")
                if named[j] and d in (-1, 1):
                    f.append(f"given[{d}]")
                if d in (-1, 1):
                    f.append(f"sh[{d}]=" + _shape(tokens[j]))
                    f.extend(f"[{d}]" + m for m in place_marks[j])
                    f.extend(f"[{d}]" + m for m in actor_marks[j])
            else:
                f.append(f"w[{d}]=" + ("BOS" if j < 0 else "EOS"))
        if i > 0:
            f.append("w[-1]|w=" + norms[i - 1] + "|" + w)
        if i + 1 < n:
            f.append("w|w[1]=" + w + "|" + norms[i + 1])
        out.append(f)
    return out


# -- document features (stage 2) -------------------------------------------------------------

DOC_WINDOW = 15  # sentences either side that count as "the same document"


def _doc_key(tok: str) -> str:
    """A token's identity across a document: normalized, without و/ف/ب/ل/ك and the article."""
    s = _place_form(normalize_string(tok))
    if len(s) > 4 and s.startswith("ال"):
        s = s[2:]
    return s


def doc_features(sentences: Sequence[Sequence[str]], stage1: Sequence[Sequence[str]],
                 window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Stage-2 features from the stage-1 labels of a document: this token's stage-1 label,
    the labels the same word (``_doc_key``) got elsewhere within ``window`` sentences, and
    those of its neighbours. Lets a name recognised once be recognised where its context is
    weaker (``وصف رامسفيلد`` after ``وزير الدفاع دونالد رامسفيلد``)."""
    keys = [[_doc_key(t) for t in sent] for sent in sentences]
    per_sentence: list[dict[str, dict[str, int]]] = []
    for ks, labels in zip(keys, stage1):
        counts: dict[str, dict[str, int]] = {}
        for k, lab in zip(ks, labels):
            if len(k) >= 3:
                c = counts.setdefault(k, {})
                typ = lab[2:] or "O"
                c[typ] = c.get(typ, 0) + 1
        per_sentence.append(counts)
    out: list[list[list[str]]] = []
    for si, (ks, labels) in enumerate(zip(keys, stage1)):
        lo, hi = max(0, si - window), min(len(sentences), si + window + 1)
        base: list[list[str]] = []
        for k, lab in zip(ks, labels):
            f = ["m1=" + lab]
            if len(k) >= 3:
                c: dict[str, int] = {}
                for sj in range(lo, hi):
                    for typ, v in per_sentence[sj].get(k, {}).items():
                        c[typ] = c.get(typ, 0) + v
                own = lab[2:] or "O"
                c[own] -= 1  # the token itself does not count
                if sum(c.values()) > 0:
                    f.extend("doc=" + typ for typ in LABELS if c.get(typ, 0) > 0)
                    best = max(sorted(c.items()), key=lambda kv: kv[1])[0]
                    f.append("docmaj=" + best)
                    if not c.get("O"):
                        f.append("docnoO")
            base.append(f)
        feats = []
        for i, f in enumerate(base):
            f = list(f)
            for d in (-1, 1):
                j = i + d
                if 0 <= j < len(base):
                    f.extend(f"[{d}]" + x for x in base[j] if not x.startswith("docnoO"))
            feats.append(f)
        out.append(feats)
    return out


# -- tagging ----------------------------------------------------------------------------------

_lock = threading.Lock()


_MODEL_BYTES: dict[str, bytes] = {}


@functools.lru_cache(maxsize=None)
def _tagger(name: str):
    import pycrfsuite

    # crfsuite reads the model in place: the bytes must outlive the tagger, so keep them.
    data = _MODEL_BYTES.setdefault(name, files(MODEL_PACKAGE).joinpath(*MODEL_DIR, name).read_bytes())
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(data)
    return tagger


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """BIO labels (``B-PER``, ``I-LOC``, ``O`` ...) for the token lists of one document."""
    feats = [token_features(s) if s else [] for s in sentences]
    with _lock:  # a crfsuite tagger is not safe to share across threads
        first = _tagger(STAGE1_MODEL)
        stage1 = [list(first.tag(f)) if f else [] for f in feats]
        second = _tagger(MODEL)
        docf = doc_features(sentences, stage1)
        return [list(second.tag([a + b for a, b in zip(f, d)])) if f else []
                for f, d in zip(feats, docf)]


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, last + 1, type)`` token spans from BIO labels (conlleval rules: an ``I-``
    that does not continue a chunk of its type starts one)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, lab in enumerate(list(labels) + ["O"]):
        prefix, _, typ = lab.partition("-")
        begins = prefix == "B" or (prefix == "I" and typ != kind)
        if start is not None and (prefix == "O" or begins):
            spans.append((start, i, kind))
            start, kind = None, None
        if begins:
            start, kind = i, typ
    return spans


def recognise(text: str) -> list[tuple[int, int, str]]:
    """Named entities of ``text`` as ``(start, end, label)`` character spans over ``text``
    itself, label ``PER`` | ``ORG`` | ``LOC``, in text order."""
    spans = tokenize(text)
    sentences = _sentences(text, spans)
    tokens = [[text[spans[k][0]:spans[k][1]] for k in sent] for sent in sentences]
    out: list[tuple[int, int, str]] = []
    for sent, labels in zip(sentences, tag_sentences(tokens)):
        for a, b, label in bio_spans(labels):
            out.append((spans[sent[a]][0], spans[sent[b - 1]][1], label))
    return out

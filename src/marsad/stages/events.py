"""Events: triggers in clauses, classified to ACLED types, with their arguments and modality.

For each trigger the clause around it supplies the arguments, falling back to the
sentence: actors by role (agent markers such as "من قبل"، "على يد"، "برصاص" first, then
word order), the place the clause attaches to the event (not the dateline, not the place
the sources are from, not the governorate that only qualifies a town), the date, the
number of dead. Mentions of one event across sentences merge afterwards (event_merge).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.model import Article, Event, Mention, Span
from marsad.settings import Settings
from marsad.stages.event_fields import finish_event
from marsad.stages.event_filter import candidate_features, event_probability
from marsad.stages.event_filter import threshold as event_threshold
from marsad.stages.event_merge import merge_events
from marsad.stages.triggers import Trigger, trigger_lexicon

# Normalized cue patterns, matched in the text just before a trigger (or the whole sentence).
_NEGATION = re.compile(r"(?<!\w)[وف]?(لم|لا|لن|ليس|عدم|دون|بدون|ينفي|تنفي)\s+(\S+\s+)?$")
_PLANNED = re.compile(
    r"(?<!\w)[وف]?(يعتزم|تعتزم|ينوي|تنوي|يخطط|تخطط|يستعد|تستعد|سوف|ستقوم|سيقوم|يهدد|تهدد|هدد|هددت|تهديد|نيه|خطه|تحضر|يحضر|تعتزم|مطالبه ب|دعت الي|دعا الي)(?!\w)"
)
_HYPOTHETICAL = re.compile(r"(?<!\w)[وف]?(اذا|لو|في حال|حال|ربما|يمكن|يمكن ان|قد يودي|محتمل|احتمال)(?!\w)")
_GENERIC = re.compile(r"(?<!\w)[وف]?(تدريب|تدريبات|تدريبا|قادر|قادره|القدره|قدره|خبره|مناورات|مناوره)(?!\w)")
_BACKGROUND = re.compile(
    r"(?<!\w)[وف]?(?:(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}قد|سابقا|بوقت سابق|في وقت سابق|منذ سنوات|منذ اعوام|ذكري|"
    r"انتقاما ل\S*|الانتقام ل\S*|ثارا ل\S*|للانتقام ل\S*|في عام \d{4}|خلال عام \d{4}|عام \d{4}|العام الماضي|السنه الماضيه)(?!\w)"
)
# Agent markers: the actor right after these did it.
_AGENT_MARKER = re.compile(
    r"(?<!\w)(من قبل|من جانب|على يد|علي يد|برصاص|بنيران|بقصف|بغاره|بغارات|بقذائف|نفذها|نفذتها|شنها|شنتها|تبنتها|تبناها)\s+(?:عناصر\s+|مسلحي\s+|مسلحين\s+|قوات\s+|طيران\s+|طائرات\s+)?$"
)
# An actor after these is a partner or a beneficiary, not the target.
_NOT_TARGET = re.compile(r"(?<!\w)(مع|لصالح|بالتعاون مع|بمشاركه|بدعم من|بدعم|الي جانب|برفقه)\s*$")
_TARGET_MARKER = re.compile(r"(?<!\w)(ضد|علي|استهدف|استهدفت|استهداف|بحق|مواقع|مقرات|نقاط)\s*$")
_AIR_QUALIFIER = re.compile(r"(?<!\w)[وبل]?(ال)?(طيران|طائرات|طائره|جوي|جويه|الحربي|الحربيه|غاره|غارات|مسيره|مسيرات|مروحي|مروحيه|درون)(?!\w)")
_CLAUSE_JOIN = re.compile(r'^[\s"\'،,]*و?[\s"\']*$')


# Where one sentence names an event in several ways, the most specific sub-type wins.
_SUB_PRIORITY = {
    "Suicide bomb": 0, "Chemical weapon": 0, "Air/drone strike": 1, "Remote explosive/landmine/IED": 2,
    "Grenade": 2, "Shelling/artillery/missile attack": 3, "Excessive force against protesters": 0,
    "Protest with intervention": 1, "Peaceful protest": 2, "Government regains territory": 0,
    "Non-state actor overtakes territory": 0, "Armed clash": 1,
}


@dataclass
class TriggerHit:
    span: Span
    trigger: Trigger
    clause: Span
    sentence: Span


def events(article: Article, settings: Settings) -> Article:
    found: list[Event] = []
    for hit in _trigger_hits(article):
        found.extend(_events_for(article, hit, settings))
    merged = merge_events(found)
    article.events = [finish_event(article, event, settings) for event in merged]
    return article


def _norm_slice(article: Article, span: Span) -> tuple[int, str]:
    normalized = article.normalized
    start, end = normalized.from_original(span.start), normalized.from_original(span.end)
    return start, normalized.text[start:end]


def _trigger_hits(article: Article) -> list[TriggerHit]:
    lexicon = trigger_lexicon()
    hits: list[TriggerHit] = []
    clauses = article.clauses
    for sentence in article.sentences:
        if sentence.text.rstrip().endswith(("؟", "?")):
            continue  # a question reports nothing
        n_start, window = _norm_slice(article, sentence)
        sentence_hits: list[TriggerHit] = []
        for match in lexicon.find(window):
            start, end = article.normalized.to_original(n_start + match.start, n_start + match.end)
            span = article.span(start, end)
            clause = next((c for c in clauses if c.start <= start and end <= c.end), sentence)
            sentence_hits.append(TriggerHit(span, match.payload, clause, sentence))
        strong = [h for h in sentence_hits if not h.trigger.weak]
        if strong:
            sentence_hits = strong
        # one trigger per (sentence, type): "سيارة مفخخة، يقودها انتحاري" is one suicide bombing
        best: dict[str, TriggerHit] = {}
        for hit in sentence_hits:
            kept = best.get(hit.trigger.event_type)
            if kept is None or _SUB_PRIORITY.get(hit.trigger.sub_event_type, 9) < _SUB_PRIORITY.get(kept.trigger.sub_event_type, 9):
                best[hit.trigger.event_type] = hit
        hits.extend(sorted(best.values(), key=lambda h: h.span.start))
    return hits


def _before(article: Article, sentence: Span, position: int, width: int = 60) -> str:
    """Normalized text of the sentence just before ``position`` (original offset)."""
    normalized = article.normalized
    start = normalized.from_original(max(sentence.start, position - width))
    return normalized.text[start:normalized.from_original(position)]


def _modality(article: Article, hit: TriggerHit) -> str | None:
    """None when the clause does not report an event at all (negated, generic)."""
    before = _before(article, hit.sentence, hit.span.start, 40)
    if _NEGATION.search(before):
        return None
    if _GENERIC.search(_before(article, hit.clause, hit.span.start, 45)):
        return None
    _, sentence_text = _norm_slice(article, hit.sentence)
    if _BACKGROUND.search(sentence_text):
        return "background"
    clause_before = _before(article, hit.clause, hit.span.start, 80)
    if _PLANNED.search(clause_before):
        return "planned"
    if _HYPOTHETICAL.search(clause_before):
        return "hypothetical"
    return "reported"


def _in(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _actors(article: Article, hit: TriggerHit) -> tuple[Mention | None, Mention | None]:
    mentions = sorted((m for m in article.mentions_of("actor") if _in(m.span, hit.sentence)), key=lambda m: m.span.start)
    strong = [m for m in mentions if m.key != "country_name"]
    agent = target = None
    for m in strong:
        marker = _AGENT_MARKER.search(_before(article, hit.sentence, m.span.start, 20))
        # "التحالف ... بقصف الميليشيات": the marker word is this trigger, and what follows is its target
        if marker and not (hit.span.end <= m.span.start and m.span.start - hit.span.end <= 2):
            agent = agent or m
        elif m.span.start >= hit.span.end and _TARGET_MARKER.search(_before(article, hit.sentence, m.span.start, 12)):
            target = target or m
    in_clause_before = [m for m in strong if m.span.end <= hit.span.start and _in(m.span, hit.clause)]
    before = [m for m in strong if m.span.end <= hit.span.start]
    after = [m for m in strong if m.span.start >= hit.span.end]
    if agent is None:
        if not in_clause_before and after and after[0].span.start - hit.span.end <= 25 and _in(after[0].span, hit.clause):
            agent = after[0]  # verb first: "قصفت الطائرات الروسية ..."
            after = after[1:]
        elif before:
            agent = before[-1]
        else:
            weak = [m for m in mentions if m.key == "country_name" and m.span.end <= hit.span.start]
            agent = weak[-1] if weak and _bare_subject(article, hit, weak[-1]) else None
    if target is None:
        rest = [m for m in after if (agent is None or m.resolution.id != agent.resolution.id) and _in(m.span, hit.clause)
                and not _NOT_TARGET.search(_before(article, hit.sentence, m.span.start, 20))]
        target = rest[0] if rest else None
    if agent is not None and target is not None and agent.resolution.id == target.resolution.id:
        target = None
    return agent, target


_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(في|قرب|من|الي|علي|عن|مع|ضد|بين|نحو|داخل|خارج)\s*$")


def _bare_subject(article: Article, hit: TriggerHit, mention: Mention) -> bool:
    """A country or capital name stands for its state only as the bare subject: "روسيا سيرت دورية"."""
    if _PREPOSITION_BEFORE.search(_before(article, hit.sentence, mention.span.start, 12)):
        return False
    if mention.span.text[:1] in "بلك" and not mention.span.text.startswith(("ال", "لبنان")):
        return False  # بروسيا، لموسكو: governed by a preposition
    between = article.text[mention.span.end:hit.span.start]
    opening = article.text[hit.sentence.start:mention.span.start]
    # right before the trigger, or the subject of the sentence's opening verb ("استمرت إيران في ...")
    return between.count(" ") <= 6 or opening.count(" ") <= 4


def _places(article: Article, hit: TriggerHit) -> list[Mention]:
    """The place(s) the event happened at: coordinated towns give one event each."""
    in_sentence = sorted((m for m in article.mentions_of("place") if _in(m.span, hit.sentence)), key=lambda m: m.span.start)
    source_spans = [s.span for a in article.attributions if a.sentence == hit.sentence for s in a.sources]
    in_sentence = [m for m in in_sentence if not _is_source_origin(article, m, source_spans)]
    clause = [m for m in in_sentence if _in(m.span, hit.clause)]
    pool = (
        [m for m in clause if m.span.start >= hit.span.end]
        or [m for m in clause if m.span.end <= hit.span.start]
        or [m for m in in_sentence if m.span.start >= hit.span.end]
        or [m for m in in_sentence if m.span.end <= hit.span.start][-1:]
    )
    pool = [m for m in pool if m.resolution.place.feature != "country" or _locative(article, m)]
    pool = _drop_containers(pool)
    if not pool:
        return []
    chosen = [pool[0]]
    for m in pool[1:]:
        gap = article.normalized.text[article.normalized.from_original(chosen[-1].span.end):article.normalized.from_original(m.span.start)]
        if _CLAUSE_JOIN.match(gap):
            chosen.append(m)
        else:
            break
    return chosen


_LOCATIVE = re.compile(r"(?<!\w)(في|داخل|انحاء|عموم|ارجاء)\s*$")


def _locative(article: Article, place: Mention) -> bool:
    """A country is where an event happened only after في / داخل / بـ; as a subject ("أعلنت تركيا")
    or an agent it is not a location."""
    if place.span.text[:1] == "ب" and not place.span.text.startswith("بر"):
        return True
    return bool(_LOCATIVE.search(_before(article, Span(0, len(article.text), ""), place.span.start, 12)))


def _context_place(article: Article, hit: TriggerHit) -> Mention | None:
    """A sentence that names no place continues the story of the place named before it in its
    paragraph ("وأضاف أن الاشتباكات أسفرت عن ..."); failing that, the article's most named town."""
    usable = [m for m in article.mentions_of("place")
              if m.resolution.place.feature != "country" and m.resolution.geo_precision < 3]
    paragraph = next((p for p in article.body if _in(hit.sentence, p)), None)
    if paragraph is not None:
        earlier = [m for m in usable if _in(m.span, paragraph) and m.span.end <= hit.sentence.start]
        if earlier:
            return earlier[-1]
    counts: dict[str, list[Mention]] = {}
    for mention in usable:
        counts.setdefault(mention.resolution.place.id, []).append(mention)
    if not counts:
        return None
    most = max(counts.values(), key=len)
    return most[0] if len(most) >= 2 else None


def _is_source_origin(article: Article, place: Mention, source_spans: list[Span]) -> bool:
    """"مصادر محلية من دير الزور": where the sources are, not where it happened."""
    before = _before(article, Span(0, len(article.text), ""), place.span.start, 25)
    if not re.search(r"(?<!\w)من\s*$", before):
        return False
    return any(0 <= place.span.start - s.end <= 12 for s in source_spans) or bool(
        re.search(r"(مصادر|مصدر|ناشطون|ناشطين|مراسل|شهود)(\s+\S+)?\s+من\s*$", before)
    )


def _drop_containers(pool: list[Mention]) -> list[Mention]:
    """A governorate or country that only qualifies a town named with it is not a second place."""
    fine = [m for m in pool if m.resolution.geo_precision < 3]
    if not fine:
        return pool
    regions = {m.resolution.place.region for m in fine}
    countries = {m.resolution.place.country for m in fine}
    kept = []
    for m in pool:
        place = m.resolution.place
        coarse = m.resolution.geo_precision == 3 or place.feature in ("governorate", "country")
        if coarse and (m.resolution.place.region in regions or (place.feature == "country" and place.country in countries)):
            continue
        if m.key == "direction" and kept and kept[-1].resolution.geo_precision <= m.resolution.geo_precision:
            continue  # "البوكمال شرق دير الزور": a direction relative to a bigger place
        kept.append(m)
    return kept


# "البيان الذي أذيع اليوم الاثنين", "أعلن ... الأحد": the day of the statement, not of the event.
_STATEMENT_BEFORE = re.compile(
    r"(?<!\w)[وف]?(قال|قالت|قالوا|اعلن|اعلنت|اذيع|اذاع|اذاعت|صدر|نشر|نشرت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|"
    r"صرح|صرحت|البيان|بيان|تصريح|تصريحات|مؤتمر صحفي)(?!\w)[^.،]{0,20}$"
)


def _date(article: Article, hit: TriggerHit) -> Mention | None:
    dates = [m for m in article.mentions_of("date") if _in(m.span, hit.sentence)
             and not (m.span.start > hit.span.end
                      and _STATEMENT_BEFORE.search(_before(article, hit.sentence, m.span.start, 30)))]
    in_clause = [m for m in dates if _in(m.span, hit.clause)]
    pool = in_clause or dates
    if not pool:
        return _date_of_lead(article, hit)
    return min(pool, key=lambda m: abs(m.span.start - hit.span.start))


def _date_of_lead(article: Article, hit: TriggerHit) -> Mention | None:
    """A news paragraph dates its lead sentence and tells the details after it: a sentence without a
    date of its own takes the last day-precise date of the two sentences before it, same paragraph."""
    paragraph = next((p for p in article.body if _in(hit.sentence, p)), None)
    if paragraph is None:
        return None
    before = [s for s in article.sentences if _in(s, paragraph) and s.end <= hit.sentence.start][-2:]
    for sentence in reversed(before):
        dated = [m for m in article.mentions_of("date") if _in(m.span, sentence)
                 and m.resolution.precision == 1 and m.resolution.value is not None]
        if dated:
            return dated[-1]
    return None


_KILLED_AFTER = re.compile(r"^\s*(\S+\s+){0,2}?(قتيل|قتلي|قتيلا|شهيد|شهداء|شهيدا)")
_KILLED_BEFORE = re.compile(r"(مقتل|قتل|سقوط|حصيله|استشهاد|مصرع|وفاه|اعدم|اعدام|اعدامه)\s+(\S+\s+){0,3}$")
_WOUNDED_AFTER = re.compile(r"^\s*(\S+\s+)?(جريح|جرحي|مصاب|مصابين|اصابه|اصابات)")


def _fatalities(article: Article, hit: TriggerHit) -> Mention | None:
    normalized = article.normalized
    for m in sorted(article.mentions_of("number"), key=lambda m: m.span.start):
        if not _in(m.span, hit.sentence) or not isinstance(m.resolution, int) or m.resolution > 5000:
            continue
        after = normalized.text[normalized.from_original(m.span.end):normalized.from_original(min(hit.sentence.end, m.span.end + 30))]
        before = _before(article, hit.sentence, m.span.start, 25)
        if _KILLED_AFTER.match(after):
            return m
        if _WOUNDED_AFTER.match(after):
            continue  # "مقتل 3 وإصابة 5 بجروح": the 5 are wounded, and ACLED counts only the dead
        if _KILLED_BEFORE.search(before):
            return m
    return None


def _sub_event_type(article: Article, hit: TriggerHit, agent: Mention | None) -> str:
    if not hit.trigger.air_or_ground:
        return hit.trigger.sub_event_type
    _, clause_text = _norm_slice(article, hit.clause)
    if _AIR_QUALIFIER.search(clause_text):
        return "Air/drone strike"
    if agent is not None and ("coalition" in agent.resolution.id or "air" in agent.resolution.id):
        return "Air/drone strike"
    return hit.trigger.sub_event_type


def _events_for(article: Article, hit: TriggerHit, settings: Settings) -> list[Event]:
    modality = _modality(article, hit)
    if modality is None:
        return []
    agent, target = _actors(article, hit)
    date = _date(article, hit)
    dead = _fatalities(article, hit)
    # history recalled happened elsewhere more often than not: it borrows no place from its neighbours
    places = _places(article, hit) or [_context_place(article, hit) if modality != "background" else None]
    if places == [None] and date is None and dead is None and (agent is None or target is None):
        # nothing ties the word to a time or a place: "الاغتيال" named as a topic, not reported as an event
        return []
    features = candidate_features(
        article, hit.span, hit.clause, hit.sentence, hit.trigger.event_type, hit.trigger.sub_event_type,
        has_place=places != [None], has_date=date is not None, has_toll=dead is not None,
        has_actor1=agent is not None, has_actor2=target is not None, modality=modality)
    # the filter learnt violence and protest (what its training data labels); strategic developments pass
    # (and never saw history, which is emitted as background for consumers to filter)
    judged = hit.trigger.event_type != "Strategic developments" and modality != "background"
    probability = event_probability(features) if judged else None
    if settings.event_filter and probability is not None and probability < event_threshold():
        return []
    out = []
    for place in places:
        event = Event(
            event_type=hit.trigger.event_type,
            sub_event_type=_sub_event_type(article, hit, agent),
            trigger=hit.span,
            sentence=hit.sentence,
            modality=modality,
        )
        event.add_evidence("event_type", hit.span)
        event.probability = probability
        event.features = features
        if agent is not None:
            event.actor1 = agent.resolution
            event.add_evidence("actor1", agent.span)
        if target is not None:
            event.actor2 = target.resolution
            event.add_evidence("actor2", target.span)
        if place is not None:
            event.location = place.resolution
            event.add_evidence("location", place.span)
        if date is not None:
            event.date = date.resolution
            event.add_evidence("event_date", date.span)
        if dead is not None:
            event.fatalities = dead.resolution
            event.add_evidence("fatalities", dead.span)
        if hit.trigger.weak:
            _recode_killing(event)
            if event.event_type == "Violence against civilians" and not _civilian_victims(article, hit, event):
                continue  # a death toll of fighting, told without its battle: not an event of its own
        if event.event_type == "Battles" and _CROWD.search(_norm_slice(article, hit.sentence)[1]):
            event.event_type, event.sub_event_type = "Riots", "Violent demonstration"  # protesters clashing
        out.append(event)
    return out


_CROWD = re.compile(r"(?<!\w)[وبل]?(ال)?(متظاهر|متظاهرين|متظاهرون|محتج|محتجين|محتجون)(?!\w)")
_CIVILIAN_NOUN = re.compile(
    r"(?<!\w)[وبل]?(ال)?(مدني|مدنيين|مدنيا|مدنيون|اطفال|طفل|طفله|نساء|امراه|مواطن|مواطنا|مواطنين|اشخاص|شخصا|شخص|"
    r"عائله|سكان|صحفي|صحفيا|مزارع|مزارعين|طالب|طلاب|رجل|شاب|شبان|شابا)(?!\w)"
)


def _civilian_victims(article: Article, hit: TriggerHit, event: Event) -> bool:
    if event.actor2 is not None and event.actor2.inter == 7:
        return True
    return bool(_CIVILIAN_NOUN.search(_norm_slice(article, hit.clause)[1]))


def _recode_killing(event: Event) -> None:
    """A killing with armed men on both sides is a battle; with civilians as victims, an attack."""
    if event.actor2 is not None and event.actor2.inter != 7 and event.actor1 is not None and event.event_type == "Violence against civilians":
        event.event_type, event.sub_event_type = "Battles", "Armed clash"

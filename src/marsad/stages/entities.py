"""Actor, person and number mentions, actors resolved to the bilingual registry.

Registry aliases are matched with one clitic-aware automaton. Groups the registry does not
know are still caught by how news names them (ميليشيا "X"، لواء X، فصيل X ...) and become new
actors rather than being dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.model import Actor, Article, Mention
from marsad.resources.registry import default_actors
from marsad.settings import Settings
from marsad.text.lexicon import Lexicon
from marsad.text.ner import recognise
from marsad.text.numbers import NUMBER_PATTERN, number_value

# Normalized nouns that introduce a named armed group.
_GROUP_NOUNS = r"(?:ميليشيا|ميليشيات|مليشيا|مليشيات|لواء|الويه|فصيل|كتيبه|كتايب|حركه|جماعه|جيش|سرايا|فرقه)"
_NAMED_GROUP = re.compile(rf"(?<!\w)[وبلف]?(?:ال)?{_GROUP_NOUNS}\s+\"([^\"]{{2,40}})\"")
_ROLE = re.compile(
    r"(?<!\w)[وبلف]?(?:ال)?(قايد|المسوول عن|مسوول|نايب|الضابط|العميد|اللواء|العقيد|المقدم|الرايد|زعيم|امير|القيادي)"
    r"(?:ه|ها|هم)?(?!\w)"  # not "الاميركي", "القيادية"
)
# An unquoted name after a battalion word: "كتيبة الرضوان التابعة لميليشيا حزب الله"، "كتائب أبو الفضل العباس".
# Only كتيبة/كتائب/سرايا/ألوية: unquoted "لواء X" is a general's rank far more often than a brigade ("لواء
# يوري يفتوشينكو"), and "فصيل"/"جماعة" are followed by descriptions ("فصيل معارض"). The name is definite or
# opens with a word that begins names (أبو، شهداء، الإمام), runs one to three words, and stops at a
# preposition, a relative or a participle of belonging.
_UNQUOTED_GROUP = re.compile(
    r"(?<!\w)[وبلف]?(?:ال)?(?:كتيبه|كتايب|سرايا|الويه)\s+"
    r"((?:ال\w{2,}|ابو|ابي|شهداء|الشهيد|الامام|عقبه|صقور|احفاد|انصار|اسود)(?:\s+(?!(?:في|من|علي|الي|عن|مع|التي|الذي|التابع\w*|"
    r"الموالي\w*|المدعوم\w*|المعارض\w*|المقاتل\w*|بقياده|ضمن|قرب|شمال\w*|جنوب\w*|شرق\w*|غرب\w*)(?!\w))[^\s\"،,.:؛()\d]{2,}){0,2})")
# unit words of a regular army, not a group's name: "كتيبة المدرعات الخامسة"، "كتائب الدفاع الجوي"
_ARMY_UNIT = frozenset({"المدرعات", "الدفاع", "الهندسه", "المدفعيه", "الصواريخ", "المشاه", "الاستطلاع", "المقاتله",
                        "الدبابات", "الحرس", "المغاوير", "الشرطه", "الامن", "حفظ", "الاولي", "الثانيه", "الثالثه"})
# A rank is followed by a man's name, quoted or not ("العقيد المنشق نديم الحسن"، "القيادي فرحان الجاسم"):
# a given name without the article, then one more word. Roles such as قائد or مسؤول are left out: what
# follows them is as often an office ("قائد قوات النظام").
_RANKED_NAME = re.compile(
    r"(?<!\w)[وبلف]?(?:ال)?(العقيد|المقدم|العميد|الرايد|النقيب|الملازم|القيادي)(?:\s+(?:ال)?(?:المنشق|السابق|البارز|"
    r"الميداني|الركن|اول))*\s+(?!ال|في(?!\w)|من(?!\w)|عن(?!\w)|علي(?!\w)|\d)([^\s\"،,.:؛()\d]{3,}\s+[^\s\"،,.:؛()\d]{3,})")
# a quoted name starts and ends with a letter: between a closing and an opening guillemet («...» text «...»),
# both "\"" once normalized, lies running text
_QUOTED = re.compile(r"\"([^\"\s،,.:؛][^\"]{1,38}[^\"\s،,.:؛])\"")


@lru_cache(maxsize=1)
def actor_lexicon() -> Lexicon[tuple[str, str]]:
    registry = default_actors()
    return Lexicon((surface, (actor_id, strength)) for surface, actor_id, strength in registry.surface_forms())


def entities(article: Article, settings: Settings) -> Article:
    normalized = article.normalized
    registry = default_actors()
    lexicon = actor_lexicon()
    for span in article.body:
        n_start, n_end = normalized.from_original(span.start), normalized.from_original(span.end)
        window = normalized.text[n_start:n_end]
        taken: list[tuple[int, int]] = []
        for match in lexicon.find(window):
            actor_id, strength = match.payload
            start, end = normalized.to_original(n_start + match.start, n_start + match.end)
            if actor_id not in registry:
                continue
            mention = Mention(article.span(start, end), "actor", registry.get(actor_id), key=strength)
            if (start, end) not in taken:
                taken.append((start, end))
                article.mentions.append(mention)
        for match in _NAMED_GROUP.finditer(window):
            _add_new_group(article, taken, n_start, match)
        for match in _UNQUOTED_GROUP.finditer(window):
            if match.group(1).split()[0] not in _ARMY_UNIT:
                _add_new_group(article, taken, n_start, match)
        for role in _ROLE.finditer(window):
            # the first quoted name after the role word that is not a group: "المسؤول عن ميليشيا "X" هو "Y""
            for quoted in _QUOTED.finditer(window, role.end(), min(len(window), role.end() + 90)):
                if _add_person(article, taken, n_start, quoted.span(1), role.span(1)):
                    break
        for match in _RANKED_NAME.finditer(window):
            _add_person(article, taken, n_start, match.span(2), match.span(1))
        for match in NUMBER_PATTERN.finditer(window):
            value = number_value(match.group(0))
            if value is None:
                continue
            start, end = normalized.to_original(n_start + match.start(), n_start + match.end())
            article.mentions.append(Mention(article.span(start, end), "number", value))
    if settings.ner:
        _recognised_persons(article)
    _link_persons(article)
    return article


def _add_new_group(article: Article, taken: list[tuple[int, int]], n_start: int, match: re.Match) -> None:
    """A group the registry lacks, named by how news names groups (its name in ``match`` group 1), as a
    new actor of its own, unless an actor already stands there."""
    normalized = article.normalized
    start, end = normalized.to_original(n_start + match.start(), n_start + match.end())
    if any(s < end and start < e for s, e in taken):
        return
    name_start, name_end = normalized.to_original(n_start + match.start(1), n_start + match.end(1))
    name = article.text[name_start:name_end]
    actor = Actor(id=f"new:{match.group(1)}", name_en=name, name_ar=name, inter=3)
    article.mentions.append(Mention(article.span(start, end), "actor", actor, key="pattern"))
    taken.append((start, end))


def _add_person(article: Article, taken: list[tuple[int, int]], n_start: int, name: tuple[int, int],
                role: tuple[int, int]) -> bool:
    """A person with their role, at offsets into the normalized window starting at ``n_start``, unless an
    actor or a person already stands there."""
    normalized = article.normalized
    start, end = normalized.to_original(n_start + name[0], n_start + name[1])
    if any(s < end and start < e for s, e in taken):
        return False
    role_start, role_end = normalized.to_original(n_start + role[0], n_start + role[1])
    resolution = {"name": article.text[start:end], "role": article.text[role_start:role_end]}
    article.mentions.append(Mention(article.span(start, end), "person", resolution, key="role"))
    taken.append((start, end))
    return True


def _recognised_persons(article: Article) -> None:
    """People the statistical recogniser finds ("قاسم سليماني"), where no actor or person already
    stands: they keep names of men from being read as villages, and fill the person mentions."""
    taken = [(m.span.start, m.span.end) for m in article.mentions if m.kind in ("actor", "person")]
    for span in article.body:
        for start, end, label in recognise(article.text[span.start:span.end]):
            start, end = span.start + start, span.start + end
            if label != "PER" or any(s < end and start < e for s, e in taken):
                continue
            name = article.span(start, end)
            article.mentions.append(Mention(name, "person", {"name": name.text, "role": None}, key="ner"))


def _link_persons(article: Article) -> None:
    """A person named with a role belongs to the nearest actor mentioned before them."""
    actors = sorted(article.mentions_of("actor"), key=lambda m: m.span.start)
    for person in article.mentions_of("person"):
        before = [a for a in actors if a.span.end <= person.span.start and person.span.start - a.span.end < 200]
        if before:
            person.resolution["organisation"] = before[-1].resolution.id


"""The trigger lexicon: Arabic words that evoke an ACLED event type, loaded from triggers.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from marsad.errors import ResourceError
from marsad.text.lexicon import Lexicon
from marsad.text.normalize import normalize_string

EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
DISORDER_TYPE = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations", "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


@dataclass(frozen=True, slots=True)
class Trigger:
    event_type: str
    sub_event_type: str
    weak: bool = False  # codes an event only where the sentence has no stronger trigger
    air_or_ground: bool = False  # the clause decides between air strike and shelling
    needs_weapon: bool = False  # codes an event only where its clause names a weapon or aircraft
    needs_count: bool = False  # codes an event only right after a number ("ثماني ضربات")
    planned: bool = False  # names an event still to come ("ستقصف"، "سنضرب"): coded as planned


def load_triggers(text: str, name: str = "triggers.yaml") -> list[tuple[str, Trigger]]:
    entries = yaml.safe_load(text)
    out: list[tuple[str, Trigger]] = []
    for number, entry in enumerate(entries, start=1):
        event_type, sub = entry.get("type"), entry.get("sub")
        if sub not in EVENT_TYPES.get(event_type, ()):
            raise ResourceError(f"{name}: entry {number}: unknown ACLED type {event_type!r} / {sub!r}")
        trigger = Trigger(event_type, sub, bool(entry.get("weak")), bool(entry.get("air_or_ground")),
                          bool(entry.get("needs_weapon")), bool(entry.get("needs_count")), bool(entry.get("planned")))
        for form in entry.get("forms") or ():
            out.append((form, trigger))
            norm = normalize_string(form)
            if " " not in norm and not norm.startswith("ال") and not looks_like_past_verb(form) and not trigger.planned:
                out.append(("ال" + norm, trigger))  # the noun with its article
            definite = _definite_phrase(form, norm, trigger)
            if definite:
                out.append((definite, trigger))
    return out


# words after a noun that open its complement, not an adjective that takes the article with it
_LINKS = {"علي", "الي", "مع", "في", "من", "عن", "ضد", "قرب", "التي", "الذي"}


def _definite_phrase(form: str, norm: str, trigger: Trigger) -> str | None:
    """A noun and its adjective take the article together: "هجوم كيماوي" is also "الهجوم الكيماوي",
    "هجوم بالغاز" also "الهجوم بالغاز"."""
    words = norm.split(" ")
    if len(words) != 2 or trigger.planned or looks_like_past_verb(form.split(" ")[0]):
        return None
    noun, second = words
    if noun.startswith("ال") or second.startswith("ال") or second in _LINKS:
        return None
    if second.startswith("ب"):
        return f"ال{noun} {second}"
    return f"ال{noun} ال{second}"


def looks_like_past_verb(form: str) -> bool:
    """Past-tense verbs take no article: تصدى gives no "التصدي" (which names a topic, not an event).

    Read on the written form: أ opens form-IV verbs (أعدم) where إ opens their nouns (إعدام);
    ت after a stem, وا and a final ى end verbs, while ات ends plural nouns.
    """
    return (
        form.startswith("أ")
        or form.endswith(("وا", "ى"))
        or (form.endswith("ت") and not form.endswith("ات"))
    )


@lru_cache(maxsize=1)
def _packaged_triggers() -> tuple[tuple[str, Trigger], ...]:
    text = resources.files("marsad.resources").joinpath("triggers.yaml").read_text(encoding="utf-8")
    return tuple(load_triggers(text))


@lru_cache(maxsize=1)
def trigger_lexicon() -> Lexicon[Trigger]:
    # pronoun suffixes on verbs and nouns: قصفتها، استهدفوهم، اعتقالهم
    return Lexicon(_packaged_triggers(), suffixes=("ها", "هم", "ه", "هما", "هن", "ا"))


@lru_cache(maxsize=1)
def split_triggers() -> dict[tuple[str, str], Trigger]:
    """Two-word triggers by their words, for the sentences that set an aside between them:
    "سيطرت، السبت، على محطة زيزون" is "سيطرت على" with its day in between."""
    out: dict[tuple[str, str], Trigger] = {}
    for form, trigger in _packaged_triggers():
        words = normalize_string(form).split()
        if len(words) == 2:
            out.setdefault((words[0], words[1]), trigger)
    return out


def is_weak(trigger_text: str) -> bool:
    """The words name only a weak trigger: a killing told by its toll ("مقتل"، "قتلى")."""
    found = trigger_lexicon().find(normalize_string(trigger_text))
    return bool(found) and all(m.payload.weak for m in found)

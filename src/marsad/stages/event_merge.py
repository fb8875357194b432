"""One event per (type, place, day) within an article.

Mentions of one event in several sentences merge, keeping every evidence span. The first
sentence often gives the region and the date ("دورية بريف دير الزور، أمس السبت"), a later
one the town ("على أطراف مدينة الميادين") without a date: a region merges into a town
inside it, and an unknown date or actor agrees with any.
"""
from __future__ import annotations

from marsad.model import Event, PlaceResolution

# Where one sentence, or one place and day, names an event in several ways, the most specific sub-type wins.
SUB_PRIORITY = {
    "Suicide bomb": 0, "Chemical weapon": 0, "Air/drone strike": 1, "Remote explosive/landmine/IED": 2,
    "Grenade": 2, "Shelling/artillery/missile attack": 3, "Excessive force against protesters": 0,
    "Protest with intervention": 1, "Peaceful protest": 2, "Government regains territory": 0,
    "Non-state actor overtakes territory": 0, "Armed clash": 1,
    # a raid that seized weapons is told by the weapons; "Other" names what no sub-type fits
    "Disrupted weapons use": 1, "Arrests": 2, "Other": 5,
}


def _places_agree(a: PlaceResolution | None, b: PlaceResolution | None) -> bool:
    if a is None or b is None:
        return True
    if a.place.id == b.place.id:
        return True
    coarse, fine = (a, b) if a.geo_precision >= b.geo_precision else (b, a)
    return coarse.geo_precision == 3 and fine.geo_precision < 3 and coarse.place.region == fine.place.region


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or a.date.value is None or b.date.value is None:
        return True
    if a.date.precision == 1 and b.date.precision == 1:
        return a.date.value == b.date.value
    window = 7 if max(a.date.precision, b.date.precision) == 2 else 31
    return abs((a.date.value - b.date.value).days) <= window


def _actors_agree(a: Event, b: Event) -> bool:
    return a.actor1 is None or b.actor1 is None or a.actor1.id == b.actor1.id


def _same_place_and_day(a: Event, b: Event) -> bool:
    """Told in two ways ("بالبراميل المتفجرة والغارات الجوية، فضلا عن القصف المدفعي"): one event where the
    place and the day are the same, not merely compatible."""
    return (a.location is not None and b.location is not None and a.location.place.id == b.location.place.id
            and a.date is not None and b.date is not None and a.date.value == b.date.value)


def same_event(a: Event, b: Event) -> bool:
    return (
        a.event_type == b.event_type
        and (a.sub_event_type == b.sub_event_type or _same_place_and_day(a, b))
        and (a.modality == "background") == (b.modality == "background")
        and _places_agree(a.location, b.location)
        and _dates_agree(a, b)
        and _actors_agree(a, b)
    )


def _absorb(into: Event, other: Event) -> None:
    if SUB_PRIORITY.get(other.sub_event_type, 9) < SUB_PRIORITY.get(into.sub_event_type, 9):
        into.sub_event_type = other.sub_event_type
    if into.location is None or (other.location is not None and other.location.geo_precision < into.location.geo_precision):
        into.location = other.location
    if into.date is None or (other.date is not None and other.date.value is not None and (into.date.value is None or other.date.precision < into.date.precision)):
        into.date = other.date
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        if getattr(into, name) is None:
            setattr(into, name, getattr(other, name))
    into.fatalities = max(into.fatalities, other.fatalities)
    if into.modality != other.modality and "reported" in (into.modality, other.modality):
        into.modality = "reported"  # one plain report outweighs a hedged mention
    for name, spans in other.evidence.items():
        for span in spans:
            into.add_evidence(name, span)


def merge_events(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        target = next((m for m in merged if same_event(m, event)), None)
        if target is None:
            merged.append(event)
        else:
            _absorb(target, event)
    return merged


_STRIKES_AND_BATTLES = ("Explosions/Remote violence", "Battles")


def fold_tolls(events: list[Event], told_by_its_toll) -> list[Event]:
    """A killing told only by its toll ("مقتل 80 مدنيا على الأقل في كفربطنا وسقبا") at the place and on the
    day of a strike or a battle is that event's toll, not an attack of its own."""
    kept: list[Event] = []
    for event in events:
        into = None
        if told_by_its_toll(event) and event.location is not None:
            into = next((o for o in events if o.event_type in _STRIKES_AND_BATTLES and o.location is not None
                         and o.location.place.id == event.location.place.id and o.modality == event.modality
                         and _dates_agree(o, event)), None)
        if into is None:
            kept.append(event)
            continue
        if event.fatalities > into.fatalities:
            into.fatalities = event.fatalities
            into.evidence.pop("fatalities", None)
        for span in event.evidence.get("fatalities", []):
            into.add_evidence("fatalities", span)
    return kept

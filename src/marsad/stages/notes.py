"""A one-sentence English note per event, generated from its coded fields (as ACLED notes read)."""
from __future__ import annotations

from marsad.model import Event

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Air/drone strike": "carried out an air/drone strike against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used chemical weapons against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "committed sexual violence against",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were dispersed",
    "Excessive force against protesters": "used excessive force against protesters",
    "Violent demonstration": "rioted",
    "Mob violence": "committed mob violence",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base or headquarters",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory from",
    "Change to group/activity": "changed its activity",
    "Other": "was active",
}
_NO_OBJECT = {"Headquarters or base established", "Other", "Peaceful protest", "Violent demonstration",
              "Mob violence", "Change to group/activity", "Protest with intervention",
              "Excessive force against protesters"}


def note_for(event: Event) -> str:
    when = ""
    if event.date is not None and event.date.value is not None:
        day = event.date.value
        when = f"On {day.day} {day:%B %Y}" if event.date.precision == 1 else f"Around {day:%B %Y}"
    actor = event.actor1.name_en if event.actor1 else "Unidentified actors"
    verb = _VERB.get(event.sub_event_type, "were involved in an event")
    target = ""
    if event.sub_event_type not in _NO_OBJECT:
        target = f" {event.actor2.name_en}" if event.actor2 else ""
        if not target and verb.endswith((" with", " against", " from", " of", " at", " by")):
            verb = verb.rsplit(" ", 1)[0]
    where = ""
    if event.location is not None:
        place = event.location.place
        region = f" ({place.admin1})" if place.admin1 and place.admin1 != place.name_en else ""
        near = "near " if event.location.geo_precision > 1 else "in "
        where = f" {near}{place.name_en}{region}"
        if event.location.unlisted:
            where += f", at {event.location.unlisted} (not in the gazetteer)"
    deaths = f"; {event.fatalities} reported fatalities" if event.fatalities else ""
    hedge = {"planned": " (planned or threatened)", "hypothetical": " (hypothetical)", "background": " (recalled as background)",
             "claimed": " (claimed)", "denied": " (denied)"}.get(event.modality, "")
    sentence = f"{actor} {verb}{target}{where}{deaths}{hedge}."
    if when:
        sentence = f"{when}, {sentence}"
    return sentence[0].upper() + sentence[1:]

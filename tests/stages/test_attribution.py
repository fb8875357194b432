"""Source chains, anaphora and the publishing outlet."""
from __future__ import annotations

from marsad.extraction import extract_text


def test_attribution_chain_local_sources_quoted_by_a_named_network():
    text = "وكشفت مصادر محلية لشبكة ديرالزور 24، أن القوات الروسية سيرت دورية عسكرية على أطراف مدينة الميادين."
    [attribution] = extract_text(text).attributions
    names = [m.resolution.name_en for m in attribution.sources]
    assert names == ["Local sources", "Deir Ezzor 24"]
    assert attribution.cue.text == "كشفت"


def test_attribution_anaphora_inherits_the_last_named_chain():
    text = ("وقالت شبكة “عين الفرات” المحلية إن الميليشيا أرسلت تعزيزات إلى البوكمال. "
            "وأضافت الشبكة، أن الميليشيا تم تشكيلها بوقت سابق.")
    first, second = extract_text(text).attributions
    assert second.inherited and [m.resolution.id for m in second.sources] == [m.resolution.id for m in first.sources]


def test_attribution_denial_makes_the_event_denied():
    text = "ونفت وزارة الدفاع الروسية أن تكون طائراتها قد شنت غارات على مدينة إدلب أمس."
    article = extract_text(text)
    assert article.attributions[0].modality == "denied"

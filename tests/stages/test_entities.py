"""Actors resolved to the registry, new groups by pattern, people with roles, numbers."""
from __future__ import annotations

import pytest

from marsad.extraction import extract_text


def actors_in(text):
    return {m.span.text: m.resolution for m in extract_text(text).mentions_of("actor")}


@pytest.mark.parametrize("text, surface, name_part", [
    ("وكشفت مصادر محلية أن القوات الروسية سيرت دورية عسكرية على أطراف مدينة الميادين.", "القوات الروسية", "Russia"),
    ("أن ميليشيا “لواء المنتظر” العراقية المدعومة إيرانيا أرسلت تعزيزات عسكرية جديدة.", "لواء المنتظر", "Muntazar"),
    ("وتحدث المرصد عن تجدد الاشتباكات بين قوات النظام والفصائل المعارضة في محيط المطار.", "قوات النظام", "Syria"),
    ("شن تنظيم داعش أول هجوم انتحاري داخل الأراضي التركية.", "تنظيم داعش", "Islamic State"),
    ("وقال المرصد إن جبهة النصرة خطفت خمسة مقاتلين من الفرقة 30 في قرية قاح.", "الفرقة 30", "Division 30"),
])
def test_entities_resolve_registry_aliases(text, surface, name_part):
    found = actors_in(text)
    assert surface in found, found
    assert name_part in found[surface].name_en


def test_entities_unknown_quoted_group_becomes_a_new_actor():
    found = actors_in("وأرسلت ميليشيا “كتائب الفجر الجديد” تعزيزات إلى المنطقة.")
    [actor] = [a for a in found.values() if a.id.startswith("new:")]
    assert actor.name_ar == "كتائب الفجر الجديد"


def test_entities_person_with_role_links_to_the_organisation_named_before():
    text = "وأشارت إلى أن المسؤول عن ميليشيا “لواء المنتظر” في سوريا هو “داغر الموسوي” ونائبه “أبو صادق المنصوري”."
    article = extract_text(text)
    persons = {m.span.text: m.resolution for m in article.mentions_of("person")}
    assert "داغر الموسوي" in persons
    assert persons["داغر الموسوي"]["organisation"]


def test_entities_a_rank_names_the_man_after_it_and_his_family_name_is_no_village():
    text = ("وقال المرصد إن عناصر من جبهة النصرة خطفوا قائد الفرقة 30 العقيد المنشق نديم الحسن وسبعة عناصر "
            "بينهم القيادي فرحان الجاسم، أثناء عودتهم من اجتماع في مدينة اعزاز.")
    article = extract_text(text)
    persons = {m.span.text: m.resolution["role"] for m in article.mentions_of("person")}
    assert persons == {"نديم الحسن": "العقيد", "فرحان الجاسم": "القيادي"}
    assert [m.span.text for m in article.mentions_of("place")] == ["اعزاز"]  # not Jasim, the Daraa town
    # what follows a rank without a name is not one
    assert extract_text("وقال القيادي في الحزب إن المفاوضات مستمرة.").mentions_of("person") == []


@pytest.mark.parametrize("text, value", [
    ("سقوط ثلاثة قتلى", 3), ("مقتل 33 مسلحاً", 33), ("مقتل خمسة وعشرين عنصرا", 25), ("عشرات القتلى", 10),
    ("مقتل ٢٧ مدنياً", 27),
])
def test_entities_numbers_in_digits_and_words(text, value):
    numbers = [m.resolution for m in extract_text(text).mentions_of("number")]
    assert numbers == [value]


def test_entities_recogniser_adds_people_when_switched_on():
    from dataclasses import replace

    from marsad.settings import Settings

    text = "وأضافت الشبكة، أن الميليشيا تم تشكيلها بهدف الانتقام لمقتل قاسم سليماني بغارات جوية نفذتها طائرات أمريكية."
    on = extract_text(text, settings=replace(Settings(), ner=True))
    off = extract_text(text)
    assert "قاسم سليماني" in {m.span.text for m in on.mentions_of("person")}
    assert "قاسم سليماني" not in {m.span.text for m in off.mentions_of("person")}


def test_entities_running_text_between_two_quotes_is_not_a_person():
    # "الاميركي" holds the role word "امير"; the text between »...« and «...» is not a quoted name
    article = extract_text("انتهاء تدريبهم «في اطار برنامج التدريب الاميركي في تركيا»، وقد استقروا في المالكية "
                           "ومعهم «ثلاثون عربة رباعية الدفع».")
    assert article.mentions_of("person") == []
    assert "المالكية" in [m.span.text for m in article.mentions_of("place")]


@pytest.mark.parametrize("text, surface, name", [
    ("وقتل أبو محمد، قائد كتيبة شهداء البياضة، بقصف على حي الوعر في حمص أمس.", "كتيبة شهداء البياضة", "شهداء البياضة"),
    ("وذكر ناشطون أن عشرات العناصر من كتيبة الرضوان التابعة لميليشيا حزب الله وصلوا إلى يبرود.", "كتيبة الرضوان",
     "الرضوان"),
])
def test_entities_an_unquoted_battalion_name_becomes_a_new_actor(text, surface, name):
    actor = actors_in(text)[surface]
    assert (actor.name_ar, actor.inter) == (name, 3)


@pytest.mark.parametrize("text", [
    "وقصفت كتيبة المدرعات الخامسة مواقع المسلحين.",  # a unit of the regular army
    "وأرسلت أنقرة كتيبة تركية إلى الحدود.",  # a battalion, no name
    "وقال لواء يوري يفتوشينكو إن الاتفاق صامد.",  # unquoted لواء is a general's rank
])
def test_entities_no_new_actor_from_an_army_unit_or_a_rank(text):
    assert not [a for a in actors_in(text).values() if a.id.startswith("new:")]

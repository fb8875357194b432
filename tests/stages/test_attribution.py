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


def test_attribution_present_tense_cue_and_a_record_verb():
    text = ("ويقول سكان محليون إن التنظيم أصدر تعليمات بإعدام كل من يحاول الهرب. "
            "ووثق ناشطون ومصادر محلية ما لا يقل عن مئة غارة جوية روسية وسورية.")
    first, second = extract_text(text).attributions
    assert [m.resolution.name_en for m in first.sources] == ["Residents"]
    assert [m.resolution.name_en for m in second.sources] == ["Activists", "Local sources"]


def test_attribution_american_spelled_either_way():
    for spelling in ("الأمريكية", "الأميركية"):
        text = f"وقالت وزارة الدفاع {spelling} في بيان إنه تم تسليمها إلى وزارة الداخلية في إقليم كردستان."
        [attribution] = extract_text(text).attributions
        assert [m.resolution.name_en for m in attribution.sources][0] == "US Department of Defense"


def test_attribution_anaphora_finds_the_source_its_noun_names():
    # "المرصد" points back to the observatory, not to the agency of the sentence just before
    text = ("وقال المرصد السوري لحقوق الإنسان إن 12 عنصرا قتلوا في الاشتباكات. "
            "ونقلت وكالة الصحافة الفرنسية عن مصدر عسكري أن الجيش تقدم في المنطقة. "
            "وأضاف المرصد أن الطيران الروسي شن غارات على القرية.")
    third = extract_text(text).attributions[2]
    assert third.inherited and [m.resolution.name_en for m in third.sources] == ["SOHR"]


def test_attribution_unknown_institution_is_kept_as_written():
    text = "وقالت وزارة الداخلية الموريتانية في بيان إن قوات الأمن اعتقلت خمسة مشتبه بهم أمس."
    [attribution] = extract_text(text).attributions
    [source] = attribution.sources
    assert source.span.text == "وزارة الداخلية الموريتانية"
    assert source.resolution.name_en == "وزارة الداخلية الموريتانية" and source.resolution.type == "unregistered"


def test_attribution_a_foreign_minister_is_not_a_source_of_facts():
    text = "وقال وزير الخارجية التركي مولود تشاووش أوغلو إن بلاده لن تسمح بقيام كيان إرهابي على حدودها."
    assert all(not a.sources for a in extract_text(text).attributions)


def test_attribution_the_observatorys_director_is_the_observatory():
    text = ("وقال المرصد السوري لحقوق الإنسان إن 12 عنصرا قتلوا في الاشتباكات. "
            "وقال مدير المرصد المقرب من المعارضة إن الطيران شن غارات على القرية.")
    second = extract_text(text).attributions[1]
    assert [m.resolution.name_en for m in second.sources] == ["SOHR"]


def test_attribution_an_armed_group_or_army_speaking_is_the_source():
    [claim] = extract_text("وتبنى تنظيم داعش الهجوم الذي استهدف مسجدا في مدينة أبها أمس.").attributions
    assert claim.modality == "claimed" and [m.resolution.name_en for m in claim.sources] == ["Islamic State"]
    [said] = extract_text("وقال الجيش الإسرائيلي إن طائراته قصفت مواقع في ريف دمشق.").attributions
    assert [m.resolution.name_en for m in said.sources] == ["Military Forces of Israel"]


def test_attribution_common_words_cite_only_as_the_subject_of_the_verb():
    cited = extract_text("وقال سكان إن الطائرات قصفت السوق مرتين. ولا يزال يتواجد وفق الأمم المتحدة نحو 200 ألف نازح.")
    assert [m.resolution.name_en for m in cited.mentions_of("source")] == ["Residents", "United Nations"]
    uncited = extract_text("وقال الوزير إن عدد السكان تضاعف، وطالب الأمم المتحدة بالتدخل.")
    assert "Residents" not in [m.resolution.name_en for m in uncited.mentions_of("source")]
    assert "United Nations" not in [m.resolution.name_en for m in uncited.mentions_of("source")]


def test_attribution_a_speaker_named_before_his_office():
    text = "وقال عامر العشي محافظ السويداء إن المدينة الآن آمنة وهي تحت سيطرة الجيش."
    [source] = extract_text(text).mentions_of("source")
    assert source.span.text.startswith("محافظ السويداء")


def test_attribution_foreign_papers_and_sources_in_the_police():
    text = ("وبحسب تقرير لصحيفة \"ديلي ميل\" البريطانية فإن التنظيم أعدم عشرة أشخاص. "
            "وقالت مصادر بالشرطة إن الانفجار وقع قرب سوق المدينة.")
    names = [m.resolution.name_en for m in extract_text(text).mentions_of("source")]
    assert names == ["Daily Mail", "Security sources"]


def test_attribution_a_spokesman_named_again_by_his_family_name_speaks_for_his_source():
    text = ("وقال مدير المرصد السوري لحقوق الانسان رامي عبد الرحمن لوكالة الصحافة الفرنسية إن جبهة النصرة خطفت خمسة "
            "مقاتلين. وكانت الجبهة خطفت ثمانية عناصر قرب اعزاز، حسب وزارة الدفاع الاميركية. "
            "وذكر عبد الرحمن أيضا أن جبهة النصرة تلاحق المقاتلين في ادلب.")
    last = extract_text(text).attributions[-1]
    assert last.inherited and [s.resolution.name_en for s in last.sources] == ["SOHR"]


def test_attribution_the_observatory_after_lam_points_back_to_it():
    text = ("قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في قصف على دوما. وأضافت وزارة الدفاع الروسية أن الهدنة صامدة. "
            "ووفقا للمرصد فإن القصف تجدد مساء.")
    last = extract_text(text).attributions[-1]
    assert [s.resolution.name_en for s in last.sources] == ["SOHR"]


def test_attribution_the_source_points_back_to_sources_named_in_the_plural():
    text = ("وقالت مصادر أمنية عراقية إن انتحاريا فجر نفسه في سوق بمدينة الموصل. وأضافت وكالة رويترز أن الهجوم أوقع قتلى. "
            "وأوضح المصدر أن الانتحاري كان يرتدي حزاما ناسفا.")
    first, _, last = extract_text(text).attributions
    assert last.inherited and [m.span.text for m in last.sources] == [first.sources[0].span.text]

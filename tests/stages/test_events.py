"""Event detection, classification and arguments on real sentences from Arabic conflict news."""
from __future__ import annotations

import pytest

from helpers import corpus_article, extract, km

# (sentence as published, publication date, expected (event_type, sub_event_type), checks)
CODED = [
    pytest.param(
        "أفاد شهود عيان أمس الاثنين بمقتل 33 مسلحاً من تنظيم داعش بانفجار سيارة مفخخة، يقودها انتحاري، "
        "استهدف مركز تدريب لداعش في قضاء البعاج شمال غرب بغداد.",
        "2015-07-21", ("Explosions/Remote violence", "Suicide bomb"),
        {"event_date": "2015-07-20", "fatalities": 33, "admin1": "Ninewa"}, id="suicide-car-bomb-baaj",
    ),
    pytest.param(
        "وشنّ طيران النظام غارات جوية على أحياء طريق الباب والصاخور وباب الحديد في حلب.",
        "2015-07-21", ("Explosions/Remote violence", "Air/drone strike"),
        {"actor1": "Military Forces of Syria (2000-2024)", "admin1": "Aleppo"}, id="regime-air-strikes-aleppo",
    ),
    pytest.param(
        "وقالت المصادر ذاتها، أن جنديين عراقيين قتلا وأصيب اثنان آخران في تفجير عبوة ناسفة استهدفت عربتهم "
        "في منطقة البوسودة شمال شرق الفلوجة.",
        "2015-07-21", ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        {"admin1": "Al Anbar", "country": "Iraq"}, id="ied-near-fallujah",
    ),
    pytest.param(
        "وكان الطيران المروحي التابع لنظام الأسد القى 28 برميلا متفجرا على مناطق في الزبداني.",
        "2015-07-21", ("Explosions/Remote violence", "Air/drone strike"),
        {"admin1": "Rural Damascus"}, id="barrel-bombs-zabadani",
    ),
    pytest.param(
        "وتحدث المرصد عن «تجدد الاشتباكات بين قوات النظام والفصائل المعارضة، في محيط مطار الثعلة».",
        "2015-07-21", ("Battles", "Armed clash"),
        {"actor1": "Military Forces of Syria (2000-2024)"}, id="clashes-regime-opposition",
    ),
    pytest.param(
        "وكانت عائلات متحدرة من الفوعة وكفريا موجودة في ضاحية السيدة زينب قرب دمشق تظاهرت الاثنين، بحسب المرصد، "
        "مطالبة بحماية سكان الفوعة وكفريا.",
        "2015-07-21", ("Protests", "Peaceful protest"),
        {"actor1": "Protesters (Syria)", "event_date": "2015-07-20"}, id="protest-sayyida-zainab",
    ),
    pytest.param(
        "قال ناشطون إن انفجارات قوية هزت غرفة عمليات إيرانية في مقر إدارة الحرب الإلكترونية، جنوبي العاصمة دمشق.",
        "2018-09-10", ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        {"admin1": "Damascus"}, id="explosions-plural-damascus",
    ),
]


@pytest.mark.parametrize("sentence, published, kind, checks", CODED)
def test_events_codes_real_sentences(sentence, published, kind, checks):
    events = [e for e in extract(sentence, published)["events"] if e["modality"] != "background"]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [kind]
    for field, value in checks.items():
        assert events[0][field] == value, field


@pytest.mark.parametrize("sentence, published", [
    pytest.param("وحسب صحيفة «ستاندرد» على موقعها الإلكتروني، كان محمد شقيق عبد القادر هو حلقة الوصل بين الأشخاص "
                 "الثلاثة، ولم يتم اعتقاله، ولكن سيكون حاضرًا في جلسة المحاكمة.", "2015-07-21", id="negated-arrest"),
    pytest.param("ويعتبر عناصر الميليشيا من سوريا والعراق وإيران ويبلغ عددهم حوالي 400 مقاتل.", "2020-05-10",
                 id="no-trigger"),
    pytest.param("هل تنجح الغارات الجوية في وقف تقدم التنظيم نحو الرمادي؟", "2015-07-21", id="question"),
    pytest.param("بعد تلقينهم تدريبات على قتال الشوارع واقتحام المباني في منطقة المشاريع.", "2020-05-10",
                 id="training-is-not-fighting"),
    pytest.param("ولم ترد أي تقارير عن وقوع اشتباكات بين المعتصمين ورجال الشرطة في اللاذقية.", "2015-08-09",
                 id="no-reports-of-clashes"),
    pytest.param("وقالت الرئاسة البولندية، أمس، إن اوباما وعد بمواصلة مشروع الدرع الاميركية المضادة للصواريخ في وارسو.",
                 "2008-11-09", id="missile-defence"),
    pytest.param("نجح رئيس فنزويلا هوغو شافيز في خطف الاضواء جزئيا من الرئيس الاميركي أمس في مونتيفيديو.", "2007-03-10",
                 id="idiom-steal-the-show"),
    pytest.param("وقالت وزارة الدفاع في تقرير إن التفجيرات الانتحارية زادت في مدينة بغداد منذ بداية الحملة الأمنية.",
                 "2007-06-10", id="a-trend-not-an-event"),
    pytest.param("وقال المسؤول إن الحملة استهدفت الناخبين في مدينة الموصل أمس.", "2018-05-02",
                 id="targeting-without-a-weapon"),
    pytest.param("وقال الوزير إن قرار المحكمة ضربة قوية للمعارضة في مدينة الموصل أمس.", "2018-05-02",
                 id="a-blow-is-no-strike"),
    pytest.param("وتسعى تركيا لكسر الأكراد عسكريا عبر معركة غصن الزيتون في عفرين، بحسب ما قال الوزير أمس.", "2018-02-23",
                 id="a-named-campaign-is-no-clash"),
    pytest.param("وطالبت المنظمة بوقف الاعتقال التعسفي في مدينة دوما، بحسب تقرير نشر أمس.", "2018-06-20",
                 id="arrest-as-a-practice"),
    pytest.param("وقال الإعلام الرسمي إن الهجوم وقع قبل الفجر يوم الاثنين في ريف حمص وأسفر عن مقتل 14 شخصا، من بينهم 7 "
                 "عسكريين.", "2018-04-10", id="soldiers-among-the-dead-are-no-attack-on-civilians"),
    pytest.param("وأعلن الرئيس الأميركي أمس انسحاب بلاده من الاتفاق النووي، وسط توتر في الجولان المحتل.",
                 "2018-05-09", id="leaving-a-deal-is-no-withdrawal"),
])
def test_events_rejects_non_events(sentence, published):
    assert [e for e in extract(sentence, published)["events"] if e["modality"] != "background"] == []


def test_events_planned_attack_is_coded_as_planned():
    record = extract("وتعتزم القوات التركية شن هجوم على مدينة منبج خلال الأيام المقبلة.", "2018-03-20")
    [event] = record["events"]
    assert event["modality"] == "planned"
    assert event["actor1"] == "Military Forces of Turkey (2016-)"
    assert km(event["latitude"], event["longitude"], 36.53, 37.95) < 10


@pytest.mark.parametrize("text, modality", [
    ("وقال مسؤول بالمعارضة إن فصائل الجيش السوري الحر تحشد مقاتلين من أجل مواجهة مسلحة محتملة في درعا.", "hypothetical"),
    ("وقالت مصادر محلية إن الجيش أكمل استعداداته لهجوم بري وشيك على مدينة إدلب.", "planned"),
])
def test_events_a_word_after_the_event_noun_says_it_has_not_happened(text, modality):
    record = extract(text, "2018-03-13")
    battles = [e for e in record["events"] if e["event_type"] == "Battles"]
    assert [e["modality"] for e in battles] == modal_rows(record, modality)


def test_events_history_recalled_with_kana_qad_is_background():
    record = extract("وكانت طائرات التحالف الدولي قد شنت غارات على مدينة الرقة في العام الماضي.", "2015-07-21")
    assert record["events"] and all(e["modality"] == "background" for e in record["events"])


def test_events_agent_after_ala_yad_is_actor1_and_victims_actor2():
    record = extract("قتل خمسة مدنيين على يد عناصر تنظيم داعش في قرية الشعفة بريف دير الزور الشرقي أمس.", "2019-01-10")
    [event] = record["events"]
    assert event["event_type"] == "Violence against civilians"
    assert "Islamic State" in event["actor1"]
    assert event["actor2"].startswith("Civilians")
    assert event["civilian_targeting"] is True
    assert event["fatalities"] == 5
    assert event["event_date"] == "2019-01-09"


def test_events_fatalities_do_not_count_the_wounded():
    record = extract("وأسفر القصف المدفعي على مدينة إدلب عن سقوط 4 قتلى و12 جريحا.", "2018-05-02")
    [event] = record["events"]
    assert event["fatalities"] == 4


def test_events_coordinated_towns_give_one_event_each():
    record = extract("وشن الطيران الروسي غارات على مدينتي خان شيخون ومعرة النعمان في ريف إدلب الجنوبي.", "2018-05-02")
    towns = sorted(e["location"] for e in record["events"])
    assert len(towns) == 2


def test_events_mentions_across_sentences_merge_with_all_evidence():
    text = ("قالت مصادر محلية إن اشتباكات عنيفة اندلعت بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي أمس. "
            "وأضافت المصادر أن الاشتباكات تركزت على أطراف بلدة اللطامنة.")
    record = extract(text, "2018-05-02")
    [event] = record["events"]
    assert event["event_type"] == "Battles"
    assert event["admin1"] == "Hama"
    assert event["geo_precision"] in (1, 2) and event["event_date"] == "2018-05-01"
    assert len(event["evidence"]["event_type"]) == 2


def test_events_execution_codes_iraqi_islamic_state_against_civilians_with_the_dead():
    record = extract("أعدم تنظيم داعش 11 شابا في مدينة الموصل أمس بتهمة التعاون مع القوات العراقية.", "2015-08-03")
    [event] = record["events"]
    assert (event["actor1"], event["actor2"]) == ("Islamic State (Iraq)", "Civilians (Iraq)")
    assert event["fatalities"] == 11 and event["civilian_targeting"] is True


def test_events_without_a_date_take_the_day_the_report_is_about():
    # the lead gives no date; the next sentence's "مساء الأحد" is a statement's day, and the day of the story
    text = ("أكد ناشطون مقتل 40 عنصرا من قوات النظام خلال تعرض مواقع عسكرية بريف حماة لقصف صاروخي. "
            "وذكرت مصادر محلية سورية، مساء الأحد، أن من بين القتلى 18 عنصرا من الميليشيات الإيرانية.")
    record = extract(text, "2018-04-30")
    [event] = [e for e in record["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert (event["event_date"], event["time_precision"]) == ("2018-04-29", 1)
    assert text[slice(*event["evidence"]["event_date"][0])] == "مساء الأحد"


def test_events_date_of_a_statement_does_not_date_the_strikes_it_reports():
    text = ("قال الجيش الأمريكي إن القوات التي تقودها الولايات المتحدة شنت 16 غارة جوية في العراق يوم السبت. "
            "وقالت قوة المهام المشتركة في بيان اليوم الأحد إن الغارات شملت خمس غارات قرب الموصل.")
    record = extract(text, "2015-08-09")
    mosul = [e for e in record["events"] if e["location"] == "Mosul"]
    assert mosul and all(e["event_date"] == "2015-08-08" for e in mosul)


def test_events_a_tally_spread_over_towns_gives_one_event_each():
    text = ("وقالت قوة المهام المشتركة في بيان إن غارات العراق شملت خمس غارات قرب الموصل وثلاث قرب الرمادي "
            "وثلاث قرب سنجار استهدفت التصدي للمتشددين.")
    record = extract(text, "2015-08-09")
    towns = sorted(e["location"] for e in record["events"] if e["event_type"] == "Explosions/Remote violence")
    assert towns == ["Mosul", "Ramadi", "Sinjar"]


def test_events_todays_strike_does_not_merge_into_an_older_one_on_the_same_town():
    text = ("أغارت طائرات حربية عراقية، صباح الخميس، على موقع تابع لتنظيم داعش الإرهابي داخل الأراضي السورية، "
            "وفق بيان لقيادة العمليات المشتركة.\n"
            "وذكر البيان أن مقاتلات (إف 16) التابعة للجيش قصفت مقر ما يسمى \"قيادة وسيطرة\" في منطقة هجين داخل الأراضي السورية.\n"
            "وكان الجيش العراقي أعلن في أواخر مايو الماضي قصف موقع داعشي في هجين، يحتوي مستودعا للصواريخ.")
    record = extract(text, "2018-06-07")
    hajin = sorted((e["event_date"], e["sub_event_type"]) for e in record["events"] if e["location"] == "Hajin")
    assert hajin == [("2018-05-28", "Shelling/artillery/missile attack"), ("2018-06-07", "Air/drone strike")]


def test_events_the_weapons_nationality_names_the_attacker_and_civilians_are_the_victims():
    text = ("أفادت مصادر طبية في غوطة دمشق بارتفاع حصيلة قتلى المدنيين، الأربعاء، لـ 35 مدني، بينهم نساء وأطفال، "
            "قتلوا بغارات جوية روسية مكثفة استهدفت الأحياء السكنية في مدينة دوما.")
    record = extract(text, "2018-03-14")
    [strike] = [e for e in record["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert strike["actor1"] == "Military Forces of Russia (2000-)"
    assert strike["actor2"] == "Civilians (Syria)"


def test_events_a_chlorine_attack_is_a_chemical_weapon_event():
    text = ("وفي سياق متصل أفادت مصادر طبية ومركز الدفاع المدني في ريف دمشق بتوثيق ما لا يقل عن 20 حالة اختناق "
            "جراء هجوم لقوات النظام السوري بغاز الكلور السام على بلدة حمورية في الغوطة الشرقية، مساء الأربعاء.")
    record = extract(text, "2018-03-15")
    [attack] = [e for e in record["events"] if e["sub_event_type"] == "Chemical weapon"]
    assert attack["location"] == "Hammurah" and attack["actor1"] == "Military Forces of Syria (2000-2024)"


def test_events_the_venue_of_a_press_conference_is_not_the_place_of_the_attack():
    text = ("وقال رئيس الوزراء التركي في مؤتمر صحافي عقده في أنقرة إن التفجير الانتحاري في بلدة سروج الحدودية "
            "أمس نفذه عنصر من تنظيم داعش.")
    record = extract(text, "2015-07-21")
    places = {e["location"] for e in record["events"]}
    assert places == {"Suruç"}  # the Turkish border town, not a Syrian hamlet of that name


def test_events_a_curfew_is_a_strategic_development():
    record = extract("وفرضت قوى الأمن الداخلي، الخميس، حظر التجول في مدينة القامشلي بعد التفجير.", "2015-08-06")
    assert ("Strategic developments", "Other") in {(e["event_type"], e["sub_event_type"]) for e in record["events"]}


def test_events_a_warning_of_another_bombing_is_not_a_bombing():
    record = extract("وتلقت جماعات الإعلام رسالة أمس تحذر من أن تفجيرا آخر سوف يقع في مدينة حلب قريبا.", "2015-08-09")
    assert all(e["modality"] in ("hypothetical", "planned") for e in record["events"])


def test_events_earlier_yesterday_is_news_but_the_pluperfect_stays_history():
    news = extract("وقالت الشرطة إن مسلحين خطفوا أربعة مهندسين في مدينة الرمادي في وقت سابق من يوم أمس.", "2015-08-09")
    assert {e["modality"] for e in news["events"]} == {"reported"}
    history = extract("وكانت جبهة النصرة قد خطفت ثمانية عناصر من الفرقة 30 قرب مدينة اعزاز مساء الأربعاء.", "2015-08-04")
    assert {e["modality"] for e in history["events"]} == {"background"}


def test_events_a_sentence_telling_more_of_the_story_keeps_its_actors():
    text = ("قال الجيش الأمريكي إن طائرات التحالف الدولي شنت 16 غارة جوية قرب مدينة الرمادي يوم السبت ضد أهداف "
            "تابعة لتنظيم داعش. وأضاف البيان أن الغارات شملت أيضا خمس غارات قرب مدينة الموصل.")
    record = extract(text, "2015-08-09")
    mosul = [e for e in record["events"] if e["location"] == "Mosul"]
    assert mosul and mosul[0]["actor1"] == "Global Coalition Against Daesh"


def test_events_towns_listed_with_cue_words_between_them_are_one_event_each():
    text = ("تستمر الاشتباكات العنيفة في محيط قرية البحصة وأطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي "
            "بين قوات النظام والمعارضة.")
    record = extract(text, "2015-08-09")
    battles = {e["location"] for e in record["events"] if e["event_type"] == "Battles"}
    assert battles == {"Al Bahsah", "Al Mansurah"}


def test_events_missiles_intercepted_by_air_defences_were_fired():
    text = "وأشار تقرير إلى أن أنظمة الدفاع الجوي السورية اعترضت ثلاثة صواريخ كانت تستهدف قاعدة الضمير الجوية أمس."
    assert "Explosions/Remote violence" in {e["event_type"] for e in extract(text, "2018-04-17")["events"]}


def test_events_a_round_up_sentence_gives_each_placed_clause_its_event():
    # one SOHR sentence, clause after clause, each with its own villages
    text = ("بينما ألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي، كما "
            "تعرضت أماكن في قرى الحواش والقاهرة بسهل الغاب لقصف مكثف من الطيران المروحي.")
    record = extract(text, "2015-08-09")
    places = {e["location"] for e in record["events"] if e["event_type"] == "Explosions/Remote violence"}
    assert {"Al Lataminah", "Al Hawash"} <= places


def test_events_one_bombing_told_in_two_clauses_stays_one_event():
    text = "وانفجرت سيارة مفخخة يقودها انتحاري عند حاجز للجيش في مدينة الرمادي، ما أسفر عن مقتل خمسة جنود."
    bombs = [e for e in extract(text, "2015-08-09")["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert len(bombs) == 1 and bombs[0]["sub_event_type"] == "Suicide bomb"


def test_events_a_day_set_off_between_the_words_of_a_trigger():
    text = "وكانت قوات الأسد سيطرت، السبت، على محطة زيزون الحرارية في سهل الغاب."
    [battle] = [e for e in extract(text, "2015-08-03")["events"] if e["event_type"] == "Battles"]
    assert battle["event_date"] == "2015-08-01" and battle["location"] == "Zayzun"


@pytest.mark.parametrize("text, sub, actor", [
    ("وسيطر تنظيم داعش على بلدة القريتين في ريف حمص أمس.", "Non-state actor overtakes territory", "Islamic State"),
    ("وكانت قوات الأسد سيطرت، السبت، على محطة زيزون في سهل الغاب.", "Government regains territory", "Military Forces of Syria"),
])
def test_events_who_took_the_ground_names_the_sub_event(text, sub, actor):
    [battle] = [e for e in extract(text, "2015-08-03")["events"] if e["event_type"] == "Battles"]
    assert battle["sub_event_type"] == sub and battle["actor1"].startswith(actor)


def test_events_a_demand_for_an_arrest_is_no_arrest_but_the_gathering_is_a_protest():
    text = "وأن الأهالي الغاضبين نظموا تجمعات في بعض شوارع اللاذقية وطالبوا بتوقيف سليمان الأسد."
    types = {(e["event_type"], e["sub_event_type"]) for e in extract(text, "2015-08-09")["events"]}
    assert types == {("Protests", "Peaceful protest")}


@pytest.mark.parametrize("text", [
    "وتخرج موجة جديدة من الاحتجاجات هذه المرة على اعتقال السلطات لرجال الدين.",
    "وكما في كل اتفاق هدنة لم يصمد، لم يتغير شيء على الأرض.",
])
def test_events_a_strategic_development_with_no_doer_day_or_place_is_talk(text):
    assert not [e for e in extract(text, "2018-03-11")["events"] if e["event_type"] == "Strategic developments"]


def test_events_an_arrest_with_its_doer_and_place_is_an_event():
    text = "واعتقلت قوات الأمن خمسة أشخاص في مدينة الموصل."
    assert [e["sub_event_type"] for e in extract(text, "2018-03-11")["events"]] == ["Arrests"]


def test_events_a_hundred_strikes_on_one_day_is_still_an_event():
    text = "إن الثوار انسحبوا، الأحد، من تل أعور، بعد شن طيران نظام الأسد الحربي أكثر من ١٢٠ غارة جوية على القرية."
    assert "Explosions/Remote violence" in {e["event_type"] for e in extract(text, "2015-08-03")["events"]}


def test_events_the_attack_answered_is_recalled():
    text = "وقتل شرطيان في بلدة جيلان بينار ردا على الهجوم الانتحاري الدموي في سوروج."
    bombs = [e for e in extract(text, "2015-07-23")["events"] if e["sub_event_type"] == "Suicide bomb"]
    assert all(e["modality"] == "background" for e in bombs)


def test_events_the_air_force_shells_from_the_air():
    [strike] = extract("وقال دي ميستورا إن سلاح الجو السوري قصف مناطق في الزبداني وحولها.", "2015-07-21")["events"]
    assert strike["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "يثير الاتفاق الأميركي التركي لمواجهة تنظيم داعش في الزبداني أصداء متزايدة.",
    "وأرسلت القوات تعزيزات من دمشق للسيطرة على بلدة اللطامنة.",
])
def test_events_what_forces_are_for_is_not_what_they_did(text):
    assert not [e for e in extract(text, "2015-08-06")["events"] if e["event_type"] == "Battles"]


def test_events_a_patrol_subjected_to_an_attack():
    text = "وقالت المصادر إن دورية للجيش تعرضت لهجوم مسلح في بلدة اللطامنة أمس."
    assert "Battles" in {e["event_type"] for e in extract(text, "2015-08-06")["events"]}


@pytest.mark.parametrize("text, event_type", [
    ("وفي الديوانية قتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط المدينة أمس.", "Violence against civilians"),
    ("وقتل سائقا شاحنات أمس في هجوم بقنابل يدوية قرب مدينة الرمادي.", "Explosions/Remote violence"),
    ("وقال شهود إن قوة من الشرطة داهمت جامع النور في تلعفر واعتدت على المصلين أمس.", "Violence against civilians"),
    ("وهجمت جبهة النصرة على مقر الفرقة 30 قرب بلدة أعزاز أمس.", "Battles"),
    ("وسمع دوي انفجارات عدة في العاصمة السورية دمشق فجر اليوم.", "Explosions/Remote violence"),
])
def test_events_more_ways_to_say_an_attack(text, event_type):
    assert event_type in {e["event_type"] for e in extract(text, "2015-08-06")["events"]}


@pytest.mark.parametrize("text, modality", [
    ("ولم يوضح ماهية القرار الذي اتخذته بلاده بصدد شن هجوم على مقاتلي الحزب في قنديل.", "planned"),
    ("ويتكهن محللون بأن المسلحين قد يعيدون تنظيم أنفسهم ويشنون هجمات على بلدة الرمادي.", "hypothetical"),
    ("وقد تمكنت القوات من صد هجوم على بلدة الرمادي أمس.", "reported"),  # قد with a past verb: has done
    # any such attack, not one that happened
    ("وحذرت الخارجية الأمريكية الاثنين من أن واشنطن سترد فورا على أي هجوم كيميائي على إدلب.", "hypothetical"),
    ("وقال إن هناك شروطا لإقامة أية مظاهرة في بغداد منها أن تكون سلمية.", "hypothetical"),
])
def test_events_may_and_about_to(text, modality):
    record = extract(text, "2015-08-06")
    assert sorted({e["modality"] for e in record["events"]}) == modal_rows(record, modality)


def modal_rows(record, modality):
    """What a sentence of that modality leaves in the dataset: a hypothetical is no row, only a warning."""
    if modality == "hypothetical":
        assert any(w.startswith("hypothetical-event") for w in record["warnings"])
        return []
    return [modality]


# words of events that report none: weapons sold, supplied or defended against, tallies, truces named
# rather than concluded, control of airspace, "will not allow", bodies handed over, strikes told before
NOT_EVENTS = [
    ("وافقت وزارة الخارجية الاميركية يوم الاربعاء الماضي على بيع صواريخ باتريوت الاعتراضية للسعودية.", "2015-08-03"),
    ("وأعلن الوزير عن اجراءات تتضمن دمج أنظمة الدفاع الصاروخية لدول الخليج.", "2015-08-03"),
    # where the shells already told of came from
    ("وقال مدير المرصد إن تسعة من القتلى مدنيون، موضحا أن مصدر القذائف الصاروخية مواقع الفصائل المحيطة بدمشق.",
     "2015-08-10"),
    # the weapon as what a system or programme holds
    ("وقال الوزير إن منظومة الصواريخ إس-300 ستحسن من السيطرة على المجال الجوي السوري في دمشق.", "2018-04-20"),
    ("وانفتح ترامب على مقترحات الرئيس الفرنسي بتعديل الاتفاق ليشمل برنامج صواريخها الباليستية، بحسب ما قال في باريس.",
     "2018-04-25"),
    ("حيث تمكن المرصد من توثيق إلقاء طائرات النظام المروحية، 14297 برميلا متفجرا، على عدة مناطق في محافظات دمشق وحلب.", "2015-08-03"),
    ("وثقت الشبكة إلقاء مروحيات النظام ما لا يقل عن 200 برميل متفجر خلال يوليو الماضي على ريف دمشق.", "2015-08-03"),
    ("وقالت إن تركيا أنهت من جانب واحد وقف إطلاق النار مع الحزب في ديار بكر.", "2015-08-03"),  # a truce named, not concluded
    ("وقالت إن تركيا أنهت الهدنة، وأضافت أنه وسط هذا القصف الجوي الكثيف لم يعد للهدنة أي معنى.", "2015-07-27"),
    ("وتتهم إسرائيل إيران بإمداد حزب الله في جنوب لبنان بأسلحة وصواريخ متطورة.", "2015-07-27"),
    ("وقال إن نظام الصواريخ سيحسن من السيطرة على المجال الجوي السوري.", "2018-04-20"),  # control of airspace
    ("وقال لافروف إن بوتين وترامب لن يسمحا بمواجهة مسلحة بين البلدين في سوريا.", "2018-04-20"),  # will not allow
    ("وقالت المصادر إن جثامين الجنود سلمت إلى المشرحة في الموصل أمس.", "2018-04-20"),  # bodies handed over
    ("وأولت المناورات في الزرقاء اهتماما كبيرا بالتمرينات الخاصة بالسيطرة على الحدود وإزالة الألغام.", "2018-03-20"),
    # agreements failed or only offered
    ("وقالت المصادر إن القمة في طهران فشلت أمس بالتوصل إلى اتفاق هدنة في محافظة إدلب.", "2018-09-08"),
    ("وكانت عروض قدمت للفصائل في الزبداني ورفضتها، تقضي بعقد اتفاق يقضي بتسليم السلاح الثقيل أمس.", "2015-08-07"),
    # weapons withdrawn under a deal are not fired
    ("وينص الاتفاق على سحب جميع الدبابات وقاذفات الصواريخ ومدافع الهاون من المنطقة العازلة في إدلب.", "2018-09-30"),
    # a game is not a battle
    ("وفي الشوط الثاني واصل منتخبنا السيطرة الكاملة على المباراة في بغداد أمس، وتميز الأخضر بالرميات الثلاثية.",
     "2015-07-27"),
]


@pytest.mark.parametrize("text, published", NOT_EVENTS)
def test_events_words_of_events_that_report_none(text, published):
    assert extract(text, published)["events"] == []


def test_events_in_the_face_of_is_no_clash_but_a_clash_with_gunmen_is():
    talk = "وتسعى واشنطن إلى تعزيز التنسيق بين جماعات المعارضة في حلب لتحسين فرصها في مواجهة تنظيم داعش."
    assert [e for e in extract(talk, "2015-08-11")["events"] if e["event_type"] == "Battles"] == []
    clash = "وقتل جنديان في مواجهة مع مسلحين قرب مدينة الرمادي أمس."
    assert {e["event_type"] for e in extract(clash, "2015-08-11")["events"]} == {"Battles"}


@pytest.mark.parametrize("text", [
    "وأضاف أن قوات محلية تشرف عليها روسيا ستتولى السيطرة على مدينة درعا.",
    "وقال الأسد إن حكومته تسعى لإبرام اتفاق بشأن مدينة درعا.",
])
def test_events_what_will_be_done_or_is_sought_is_planned(text):
    assert {e["modality"] for e in extract(text, "2018-07-06")["events"]} == {"planned"}


def test_events_the_base_the_jets_took_off_from_is_not_where_they_struck():
    text = ("وقال المرصد إن الطيران الروسي شن أكثر من 25 غارة جوية على بلدة بصرى الحرير مساء السبت. "
            "وأشار المرصد إلى أن المقاتلات المستخدمة السبت لشن الغارات أتت من قاعدة حميميم في ريف اللاذقية.")
    places = {e["location"] for e in extract(text, "2018-06-24")["events"]}
    assert places and not any("Humaymim" in p or "Hmeimim" in p for p in places), places


def test_events_an_attack_with_chemical_weapons_is_a_chemical_weapon_event():
    text = "وقال إن تحليلا للعينات يشير إلى أن أسلحة كيماوية استخدمت في هجوم على مدينة دوما يوم السبت."
    events = extract(text, "2018-04-09")["events"]
    assert {(e["event_type"], e["sub_event_type"]) for e in events} == {("Explosions/Remote violence", "Chemical weapon")}
    # no one named: coded to the government forces, as ACLED codes chemical attacks in Syria
    assert {e["actor1"] for e in events} == {"Military Forces of Syria (2000-2024)"}


# ACLED codes who did it by role and convention: a bomb nobody is named for is an unidentified armed
# group's; the backer and the partner of a force are not its leader; the side attacked is no agent
@pytest.mark.parametrize("text, published, actor1", [
    ("وأفاد مصدر أمني عراقي بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة ناسفة قرب مرآب للسيارات في منطقة الكرادة ببغداد.",
     "2015-08-11", "Unidentified Armed Group (Iraq)"),
    ("وشنت قوات النظام السوري مدعومة بميليشيات إيرانية هجوما بريا على أطراف بلدة جسرين أمس.",
     "2018-03-01", "Military Forces of Syria (2000-2024)"),
    ("ويشن الجيش السوري وحزب الله هجوما على مدينة الزبداني منذ أسابيع.",
     "2015-08-01", "Military Forces of Syria (2000-2024)"),
    ("ونفذت قوات التحالف الدولي ضد تنظيم داعش تسع ضربات جوية على مواقع للتنظيم قرب مدينة الرقة أمس.",
     "2015-07-22", "Global Coalition Against Daesh"),
    # the strike's own nationality, not the force the speaker belongs to
    ("ونقل التلفزيون السوري عن مصدر بالقوات الحكومية السورية إن ضربة جوية إسرائيلية استهدفت موقعا عسكريا قرب "
     "بلدة مصياف وتتسبب في خسائر مادية فحسب.", "2018-07-22", "Military Forces of Israel (2009-2021)"),
])
def test_events_actor1_by_role_and_convention(text, published, actor1):
    assert {e["actor1"] for e in extract(text, published)["events"]} == {actor1}


def test_events_an_unnamed_bomber_is_a_convention_not_evidence():
    record = extract("قتل شخص بانفجار عبوة ناسفة في مدينة الرمادي أمس.", "2015-08-11")
    event = record["events"][0]
    assert event["actor1"] == "Unidentified Armed Group (Iraq)"
    assert "actor1" not in event["evidence"]


def test_events_the_next_paragraph_goes_on_with_the_same_strikes():
    text = ("قال الجيش الأمريكي إن القوات التي تقودها الولايات المتحدة شنت خمس غارات جوية قرب مدينة الموصل "
            "يوم السبت ضد أهداف تابعة لتنظيم الدولة الإسلامية.\n\n"
            "وأضاف البيان أن الغارات الجوية التي جرت في سوريا تركزت حول مدينة الحسكة.")
    hasakah = [e for e in extract(text, "2015-08-09")["events"] if "Hasakah" in e["location"]]
    assert hasakah and hasakah[0]["actor1"] == "Global Coalition Against Daesh"


@pytest.mark.parametrize("text, actor2", [
    ("وبعدها أغارت طائرات روسية على مستشفى المسيفرة شرقي درعا فدمرته ليل الثلاثاء.", "Civilians (Syria)"),
    ("وشن الطيران الروسي مساء السبت 25 غارة جوية على مواقع المعارضة قرب بلدة بصرى الحرير.", "Opposition Rebels (Syria)"),
])
def test_events_the_side_struck(text, actor2):
    assert {e["actor2"] for e in extract(text, "2018-06-27")["events"]} == {actor2}


def test_events_an_attack_foiled_as_it_was_launched_is_a_battle():
    text = "أعلنت القوات العراقية، الجمعة، إحباط هجوم شنه مسلحو تنظيم داعش على ناحية بادوش غربي الموصل."
    assert {(e["event_type"], e["location"]) for e in extract(text, "2018-03-02")["events"]} == {("Battles", "Badush")}


def test_events_air_defences_meeting_a_missile_attack_is_the_attack_not_a_battle():
    text = "أفادت وسائل إعلام سورية رسمية بتصدي أنظمة الدفاع الجوي لهجوم صاروخي بالقرب من مدينة حمص."
    assert {e["event_type"] for e in extract(text, "2018-04-17")["events"]} == {"Explosions/Remote violence"}


def test_events_each_district_listed_with_its_own_cue_is_an_event():
    text = ("وقال المصدر: إن تنظيم داعش اختطف 18 شابا من ناحية حمام العليل وناحية القيارة و14 شابا آخر من "
            "ناحية بادوش وقضاء البعاج غرب الموصل واقتادهم إلى جهات غير معلومة.")
    places = {e["location"] for e in extract(text, "2015-08-03")["events"]}
    assert len(places) == 4, places


def test_events_forces_driven_out_in_a_battle_handed_nothing_over():
    text = ("وتمكنت الفصائل في هجومها المباغت من تحقيق تقدم، وإجبار قوات النظام على الانسحاب من مواقع كانت "
            "خاضعة لسيطرته في منطقة عطيرة القريبة من الحدود التركية.")
    kinds = {e["sub_event_type"] for e in extract(text, "2018-07-10")["events"]}
    assert "Non-violent transfer of territory" not in kinds


@pytest.mark.parametrize("text, sub, place", [
    ("وأطلق التنظيم حملة مبدلا استراتيجية الدفاع بالهجوم، بعدما سيطر التنظيم، الجمعة، على أجزاء من البوكمال.",
     "Non-state actor overtakes territory", "Abu Kamal"),
    ("وأوضح البيان أن ذلك تحقق بعد أن طردت القوات الحكومية مسلحي التنظيم من حي الحجر الأسود جنوبي دمشق.",
     "Government regains territory", "Al Hajar al Aswad"),
])
def test_events_ground_taken_told_with_a_subject_and_a_day_in_between_or_as_expelling(text, sub, place):
    events = extract(text, "2018-06-09")["events"]
    assert [(e["sub_event_type"], e["location"]) for e in events] == [(sub, place)]


def test_events_the_west_bank_of_the_euphrates_is_not_palestine():
    text = "وقبل أيام هاجم التنظيم أيضا قرى في الضفة الغربية لنهر الفرات في محافظة دير الزور."
    assert {e["country"] for e in extract(text, "2018-06-09")["events"]} == {"Syria"}


@pytest.mark.parametrize("text, published, dead", [
    ("وقال المسؤول إن طائرة حربية قصفت مدينة حرستا، ما أدى إلى مقتل 11 مدنيا. وقتل أكثر من ألف مدني "
     "خلال 3 أسابيع من حملة القصف العنيف على مدينة حرستا.", "2018-03-08", 11),
    ("وسقط 45 قتيلا في مدينة دوما الأربعاء بقصف جوي، ليرتفع عدد القتلى إلى 300 منذ الأحد.", "2018-02-22", 45),
])
def test_events_a_campaigns_running_toll_is_not_the_events_dead(text, published, dead):
    assert max(e["fatalities"] for e in extract(text, published)["events"]) == dead


def test_events_a_town_abroad_named_in_the_story_is_not_where_missiles_in_syria_were_destroyed():
    # the Israeli air force chief speaking near Tel Aviv about missiles destroyed in Syria (Sky News Arabia)
    record = corpus_article("ant-SK-middleEast-1858-20180522")
    events = extract(record["text"], record["published"])["events"]
    assert all(e["location"] != "Tel Aviv" for e in events), [e["location"] for e in events]


def test_events_fighters_retreating_after_clashes_hand_no_ground_over():
    text = ("وتقدمت قوات النظام في حي الحجر الأسود عقب اشتباكات مع مسلحي تنظيم داعش في الحي، حيث انسحب أفراد "
            "التنظيم باتجاه مخيم اليرموك.")
    kinds = {e["sub_event_type"] for e in extract(text, "2018-05-04")["events"]}
    assert "Non-violent transfer of territory" not in kinds


def test_events_air_defences_meeting_an_aggression_is_no_battle():
    # "تصدت الدفاعات الجوية السورية، ليل الجمعة السبت، لـ«هدف معاد»" (Sky News Arabia)
    record = corpus_article("ant-SK-middleEast-3335-20180811")
    assert "Battles" not in {e["event_type"] for e in extract(record["text"], record["published"])["events"]}


def test_events_parts_of_the_next_towns_taken_are_events_there_too():
    text = ("وأفادت مصادر بمقتل 87 مدنيا في الغوطة الشرقية المحاصرة، بينما استعادت فصائل المعارضة بلدة حمورية "
            "وأجزاء من بلدات سقبا وكفربطنا وجسرين اليوم الأحد.")
    places = {e["location"] for e in extract(text, "2018-03-18")["events"] if e["event_type"] == "Battles"}
    assert len(places) == 4, places


def test_events_a_foreign_capital_standing_for_its_government_is_not_a_place():
    text = "ووضعت المعركة في عفرين واشنطن في موقف حرج، إذ تدعم الوحدات الكردية في شرق الفرات."
    places = {e["location"] for e in extract(text, "2018-02-23")["events"]}
    assert "Washington" not in places and "Washington, D.C." not in places, places


def test_events_the_towns_struck_not_the_countries_that_fired():
    text = ("وفي الساعات الأولى من صباح السبت، الموافق 14 أبريل، شهدت دمشق وحمص موجات من الصواريخ التي أطلقتها "
            "الولايات المتحدة وبريطانيا وفرنسا.")
    assert {e["location"] for e in extract(text, "2018-04-16")["events"]} == {"Damascus", "Homs"}


def test_events_a_missile_test_is_no_attack():
    text = "وألقى الرئيس كلمته في تجمع حاشد في طهران بعد أسبوع من تجربة إطلاق صاروخ مصمم ليضع قمرا صناعيا في المدار."
    assert extract(text, "2008-02-12")["events"] == []


def test_events_an_armed_group_arresting_people_abducts_them():
    text = "وقال المرصد إن تنظيم داعش اعتقل أمس العشرات من المسيحيين في مدينة القريتين بريف حمص."
    kinds = {(e["event_type"], e["sub_event_type"]) for e in extract(text, "2015-08-07")["events"]}
    assert kinds == {("Violence against civilians", "Abduction/forced disappearance")}


def test_events_who_is_arrested_comes_after_the_noun_of_the_arrest():
    text = "أعلنت وزارة الداخلية اليوم السبت القبض على أمير في تنظيم داعش بمدينة عدن."
    events = extract(text, "2018-05-19")["events"]
    assert events and all(e["actor1"] != "Islamic State (Yemen)" and e["actor1"] != "Islamic State (Syria)" for e in events)


def test_events_targeting_with_artillery_is_shelling_of_each_village():
    record = extract("إلى ذلك، واصل الثوار استهداف قريتي كفريا والفوعة المواليتين لنظام الأسد شمال إدلب بالمدفعية "
                     "الثقيلة أمس.", "2015-08-03")
    shelled = sorted((e["location"], e["sub_event_type"]) for e in record["events"])
    assert [sub for _, sub in shelled] == ["Shelling/artillery/missile attack"] * 2
    assert {"Kafraya", "Al Fu`ah"} == {town for town, _ in shelled}


def test_events_targeting_by_warplanes_is_an_air_strike():
    record = extract("وقالت المصادر إنه في الرابعة من صباح أمس استهدفت المقاتلات التركية قرية زركلة في منطقة رواندز "
                     "في شرق أربيل.", "2015-08-01")
    assert [e["sub_event_type"] for e in record["events"]] == ["Air/drone strike"]


def test_events_the_other_strikes_of_a_statement_keep_the_day_of_the_strikes():
    text = ("قال الجيش الأمريكي إن القوات التي تقودها الولايات المتحدة شنت 16 غارة جوية في العراق يوم السبت ضد أهداف "
            "تابعة لتنظيم الدولة الإسلامية. وقالت قوة المهام المشتركة في بيان اليوم الأحد إن غارات العراق شملت خمس "
            "غارات قرب الموصل. وجرت الضربات الأخرى قرب كركوك والفلوجة.")
    record = extract(text, "2015-08-09")
    days = {e["location"]: e["event_date"] for e in record["events"]}
    assert days == {"Mosul": "2015-08-08", "Kirkuk": "2015-08-08", "Fallujah": "2015-08-08"}


def test_events_leaflets_dropped_by_helicopters_are_a_strategic_development():
    record = extract("وألقت مروحيات حربية تابعة للنظام الخميس مناشير على مدن عدة في ريف إدلب الشرقي، تحمل توقيع "
                     "القيادة العامة للجيش.", "2018-08-10")
    assert [(e["event_type"], e["sub_event_type"]) for e in record["events"]] == [("Strategic developments", "Other")]


def test_events_the_sdf_security_forces_arrest_where_another_armed_group_abducts():
    record = extract("واعتقلت قوات سوريا الديمقراطية السبت خمسة من أعضاء خلية لتنظيم داعش خلال عملية نفذتها في "
                     "مدينة الرقة.", "2018-09-30")
    assert [(e["event_type"], e["sub_event_type"]) for e in record["events"]] == [("Strategic developments", "Arrests")]
    record = extract("وقال المرصد إن عناصر تنظيم داعش اعتقلوا السبت عشرات المدنيين في مدينة القريتين.", "2015-08-09")
    assert [e["sub_event_type"] for e in record["events"]] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "وخطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، أمس خمسة مقاتلين من الفرقة 30 قرب بلدة أعزاز.",
    "وهاجمت الجبهة مقر الفرقة في ريف حلب الشمالي أمس، وتم خطف 8 من مقاتلي الفرقة أيضا.",
    # told in a quote: the filter that judges violence does not judge a detention
    "وقال مدير المرصد «خطفت جبهة النصرة أمس خمسة مقاتلين على الأقل من الفرقة 30 في قرية قاح».",
])
def test_events_fighters_seized_by_an_armed_group_are_detained_not_disappeared(text):
    record = extract(text, "2015-08-01")
    assert ("Strategic developments", "Arrests") in {(e["event_type"], e["sub_event_type"]) for e in record["events"]}
    assert all(e["event_type"] != "Violence against civilians" for e in record["events"])


@pytest.mark.parametrize("text", [
    "وتابع المتحدث، إن القوات داهمت المنزلين السبت في مدينة الرقة وصادرت قنابل يدوية ومسدسات ومتفجرات.",
    "وتمكنت القوات من الاستيلاء على 17 صاروخا مضادا للدروع في بلدة الحراك أمس.",
])
def test_events_weapons_seized_are_disrupted_weapons_use_not_an_explosion(text):
    kinds = {(e["event_type"], e["sub_event_type"]) for e in extract(text, "2018-09-30")["events"]}
    assert ("Strategic developments", "Disrupted weapons use") in kinds
    assert not any(kind == "Explosions/Remote violence" for kind, _ in kinds)


def test_events_an_attack_named_as_what_came_before_joins_the_attack_told_with_its_day():
    text = ("قال البيت الأبيض، الثلاثاء، إن الرئيس يدرس الرد. وتتوقع أوساط قيام الولايات المتحدة بشن ضربات ضد مواقع "
            "في سوريا بعد هجوم كيماوي على دوما. وقتل أكثر من 60 مدنيا في هجوم كيماوي على مدينة دوما يوم السبت.")
    chemical = [e for e in extract(text, "2018-04-10")["events"] if e["sub_event_type"] == "Chemical weapon"]
    assert [e["event_date"] for e in chemical] == ["2018-04-07"]


def test_events_a_list_of_villages_goes_on_past_the_names_the_gazetteer_lacks():
    text = ("وتعرضت مناطق في قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف من "
            "الطيران المروحي أمس.")
    towns = [e["location"] for e in extract(text, "2015-08-09")["events"]]
    # الزقوم is not in the gazetteer; the list goes on to الحويجة and قسطون after it
    assert towns[-2:] == ["Al Huwayjah", "Qastun al Gharbi"] and len(towns) == 6


def test_events_strikes_counted_are_air_strikes():
    text = "وقالت قوة المهام إن ثماني ضربات نفذت في سوريا منها خمس بالقرب من الحسكة يوم السبت."
    record = extract(text, "2015-08-09")
    assert [(e["sub_event_type"], e["location"]) for e in record["events"]] == [("Air/drone strike", "Al-Hasakah")]


def test_events_an_attack_launched_by_gunmen_is_a_clash():
    record = extract("وقتل جندي تركي وأصيب آخر مساء الثلاثاء في هجوم شنه مسلحون ينتمون لحزب العمال الكردستاني في بلدة "
                     "سيلوبي.", "2015-08-06")
    assert [(e["event_type"], e["event_date"]) for e in record["events"]] == [("Battles", "2015-08-04")]


def test_events_a_build_up_told_in_the_present_is_a_strategic_development():
    record = extract("ويحشد الجيش السوري وحلفاؤه قواتهم منذ أسابيع عند أطراف محافظة إدلب.", "2018-09-06")
    assert [(e["event_type"], e["sub_event_type"]) for e in record["events"]] == [("Strategic developments", "Other")]


def test_events_strikes_told_on_in_the_next_paragraph_keep_their_target():
    text = ("قال الجيش الأمريكي إن القوات التي تقودها الولايات المتحدة شنت 16 غارة جوية في العراق يوم السبت ضد أهداف "
            "تابعة لتنظيم الدولة الإسلامية.\nوقالت قوة المهام المشتركة في بيان اليوم الأحد إن غارات العراق شملت خمس "
            "غارات قرب الموصل وثلاث قرب الرمادي.")
    targets = {e["location"]: e["actor2"] for e in extract(text, "2015-08-09")["events"]}
    assert targets == {"Mosul": "Islamic State (Iraq)", "Ramadi": "Islamic State (Iraq)"}


def test_events_the_other_side_of_a_clash_stands_after_min_jiha():
    text = ("اندلعت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل المقاتلة من جهة أخرى في بلدة "
            "المنصورة أمس.")
    [event] = extract(text, "2015-08-09")["events"]
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")


@pytest.mark.parametrize("text, actor2", [
    ("وأفاد مصدر أمني عراقي بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة ناسفة في منطقة الدورة جنوبي بغداد اليوم.",
     "Civilians (Iraq)"),
    # soldiers among the people hit: not civilians
    ("وأفاد مصدر أمني بمصرع شخص وإصابة سبعة جنود بانفجار عبوة ناسفة في منطقة الدورة جنوبي بغداد اليوم.", None),
])
def test_events_people_killed_by_a_bomb_are_civilians_unless_fighters_are_counted(text, actor2):
    [event] = extract(text, "2015-08-09")["events"]
    assert event["actor2"] == actor2


@pytest.mark.parametrize("text", [
    "ومنذ السبت، جرى إجلاء أكثر من 17 ألفا من المقاتلين والمدنيين من الغوطة الشرقية إلى إدلب.",
    "أعلن الإعلام الرسمي السوري، الثلاثاء، خروج أكبر موكب مقاتلين ومدنيين من الغوطة الشرقية.",
])
def test_events_an_evacuation_of_fighters_and_civilians_is_a_strategic_development(text):
    kinds = [(e["event_type"], e["sub_event_type"], e["location"]) for e in extract(text, "2018-03-27")["events"]]
    assert kinds == [("Strategic developments", "Other", "Eastern Ghouta")]


def test_events_a_blast_feared_has_not_happened():
    text = "وتعمل الفرق على تأمين طرق عودة الأهالي إلى عفرين خوفاً على حياة العائدين من انفجار الألغام بهم."
    assert [e["modality"] for e in extract(text, "2018-03-27")["events"]] in ([], ["hypothetical"])


def test_events_someone_was_arrested_is_an_arrest():
    record = extract("وتم اعتقال ثلاثة أشخاص يشتبه بانتمائهم لتنظيم داعش في مدينة كركوك أمس.", "2015-08-11")
    assert [e["sub_event_type"] for e in record["events"]] == ["Arrests"]


def test_events_an_agreement_told_by_its_terms_is_an_agreement():
    text = ("وقالت المصادر إن اجتماعا جرى في ريف حلب الشمالي بين الأتراك والروس أمس، أفضى إلى اتفاق ينص على تسليم "
            "بلدة تل رفعت.")
    kinds = {(e["event_type"], e["sub_event_type"]) for e in extract(text, "2018-03-27")["events"]}
    assert ("Strategic developments", "Agreement") in kinds


def test_events_one_town_struck_in_several_ways_on_one_day_is_one_event():
    text = ("وقال ناشطون إن قوات النظام صعدت أمس قصفها لمدينة الزبداني بالبراميل المتفجرة والغارات الجوية، "
            "فضلا عن القصف المدفعي والصاروخي العنيف على المدينة.")
    record = extract(text, "2015-08-07")
    struck = [e for e in record["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert [(e["location"], e["sub_event_type"]) for e in struck] == [("Al-Zabadani", "Air/drone strike")]


def test_events_an_evacuation_is_where_people_left_not_where_they_were_taken():
    record = extract("وفي مدينة حرستا جرى أمس إجلاء آلاف المقاتلين والمدنيين إلى إدلب في شمال غرب سوريا.", "2018-03-23")
    assert [e["location"] for e in record["events"]] == ["Harasta"]


def test_events_a_year_before_the_news_is_history_and_the_news_year_is_not():
    old = extract("وخرجت في مدينة درعا تظاهرات حاشدة ضد النظام في العام 2011.", "2018-07-08")
    assert old["events"] and all(e["modality"] == "background" for e in old["events"])
    assert all(e["event_date"] is None for e in old["events"])  # not the day it was recalled
    new = extract("وقصفت الطائرات مدينة دوما أمس في أعنف هجوم منذ مطلع عام 2018.", "2018-03-20")
    assert [e["modality"] for e in new["events"]] == ["reported"]


@pytest.mark.parametrize("text, actor1, actor2", [
    # who struck: the genitive after the noun of the attack, and the aircraft's nationality
    ("وتكثف القصف الجوي للنظام السوري على مدينة دوما أمس.", "Military Forces of Syria (2000-2024)", None),
    ("شن الطيران الروسي مساء السبت أكثر من 25 غارة جوية على مواقع المعارضة في بصر الحرير.",
     "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"),
    ("وقالت وسائل الإعلام الرسمية إن صواريخ إسرائيلية قصفت أمس موقعا عسكريا في ريف حماة.",
     "Military Forces of Israel (2009-2021)", None),
])
def test_events_the_attacker_named_by_a_genitive_or_a_nationality(text, actor1, actor2):
    [event] = extract(text, "2018-06-24")["events"]
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_events_who_reports_the_attack_is_not_who_carried_it_out():
    said = extract("قالت القوات المسلحة التركية إن جنديين تركيين قتلا أمس في انفجار عبوة ناسفة في بلدة سروج.", "2018-05-12")
    assert [e["actor1"] for e in said["events"]] == ["Unidentified Armed Group (Turkey)"]
    # the speaker again, as a pronoun after أن: the speaker did it
    own = extract("أعلن الجيش التركي أنه قصف أمس مواقع للحزب في جبال قنديل.", "2018-05-12")
    assert [e["actor1"] for e in own["events"]] == ["Military Forces of Turkey (2016-)"]


def test_events_an_attack_spoken_of_as_alleged_is_the_one_reported_before():
    text = ("أفادت منظمات إغاثة بوقوع هجوم كيميائي على مدينة دوما يوم السبت. "
            "وقالت موسكو الثلاثاء إنها ستسهل زيارة المحققين لمدينة دوما للتحقق من تعرضها لهجوم كيميائي مفترض.")
    record = extract(text, "2018-04-10")
    chemical = [e for e in record["events"] if e["sub_event_type"] == "Chemical weapon"]
    assert [(e["location"], e["event_date"]) for e in chemical] == [("Douma", "2018-04-07")]


@pytest.mark.parametrize("text", [
    "نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية أمس على مواقع للتنظيم في مدينة الرقة.",
    "وأغارت طائرات حربية عراقية أمس على تجمعات للتنظيم في مدينة البوكمال.",
])
def test_events_the_side_whose_positions_are_struck_is_the_target(text):
    [event] = extract(text, "2018-07-25")["events"]
    assert event["actor2"] == "Islamic State (Syria)"


@pytest.mark.parametrize("text", [
    "وقتل 28 عنصرا على الأقل من الفصائل المقاتلة وتنظيم داعش إثر اشتباكات بين الطرفين في ريف حلب الشمالي أمس.",
    "وقتل أمس 19 من قوات النظام السوري وفصائل المعارضة المسلحة في اشتباكات عنيفة على أطراف مدينة درعا.",
])
def test_events_two_sides_named_before_the_fighting_are_both_sides(text):
    [battle] = [e for e in extract(text, "2015-08-09")["events"] if e["event_type"] == "Battles"]
    assert battle["actor1"] and battle["actor2"] and battle["actor1"] != battle["actor2"]


def test_events_an_operation_carried_out_is_a_clash_and_a_named_campaign_is_not():
    done = extract("لقي 22 مسلحا من تنظيم داعش مصرعهم أمس في عملية أمنية نفذتها قوات عراقية مشتركة استهدفت تجمعات "
                   "التنظيم في ناحية الحامضية شمال الرمادي.", "2015-08-09")
    assert [e["event_type"] for e in done["events"]] == ["Battles"]
    planned = extract("وقال الوزير إن عملية عسكرية ستبدأ قريبا في محافظة الأنبار.", "2015-08-09")
    assert all(e["modality"] != "reported" for e in planned["events"])


def test_events_a_protest_stands_where_the_people_gathered_not_where_they_come_from():
    record = extract("وكانت عائلات متحدرة من الفوعة وكفريا موجودة في ضاحية السيدة زينب قرب دمشق تظاهرت أمس الأول، "
                     "مطالبة بحماية سكان البلدتين.", "2015-07-22")
    assert [(e["event_type"], e["location"]) for e in record["events"]] == [("Protests", "Sayyida Zaynab")]


@pytest.mark.parametrize("text, place", [
    ("نشرت الولايات المتحدة اليوم الأحد مقاتلات من طراز اف-16 في قاعدة انجرليك جنوب تركيا.", "Incirlik air base"),
    ("وقد أرسلت الحكومة السورية بالفعل مسلحين موالين لها للمشاركة في القتال في عفرين أمس.", "Afrin"),
])
def test_events_forces_sent_with_their_sender_between_the_words_are_a_deployment(text, place):
    kinds = {(e["event_type"], e["sub_event_type"], e["location"]) for e in extract(text, "2015-08-09")["events"]}
    assert ("Strategic developments", "Other", place) in kinds


def test_events_in_a_village_the_gazetteer_lacks_are_placed_beside_it_with_the_name_kept():
    text = "وقتل خمسة مدنيين أمس جراء قصف مدفعي لقوات النظام على قرية غرز شرق درعا."
    [event] = extract(text, "2018-07-01")["events"]
    assert (event["location"], event["geo_precision"]) == ("Daraa", 2)
    assert "غرز" in event["notes"]
    assert [text[s:e] for s, e in event["evidence"]["location"]] == ["غرز"]


def test_events_a_site_tied_to_a_town_only_by_nearness_places_no_event():
    text = "وقالت مصادر محلية إن عبوة ناسفة انفجرت أمس في ساحة المخفر. وكانت تعزيزات وصلت إلى مدينة البوكمال."
    record = extract(text, "2018-07-15")
    site = text.index("ساحة المخفر")
    spans = [span for e in record["events"] for span in e["evidence"].get("location", [])]
    assert not any(start <= site < end for start, end in spans)


def test_events_the_town_of_the_story_named_as_the_city_is_not_the_villages_after_it():
    text = ("شن تنظيم داعش هجمات انتحارية على مدينة السويداء أمس. "
            "وقصفت طائرات النظام مواقع التنظيم شمال شرق المدينة بعدما أحبط الجنود تسلل عناصره إلى قرى دوما وتيما.")
    strikes = [e for e in extract(text, "2018-07-26")["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert [e["location"] for e in strikes] == ["As Suwaydah"]


def test_events_places_listed_after_people_from_or_a_border_with_are_not_where_it_happened():
    text = "وقال المرصد إن عائلات متحدرة من الفوعة وكفريا موجودة في السيدة زينب تظاهرت أمس مطالبة بحماية سكان البلدتين."
    [protest] = extract(text, "2015-07-21")["events"]
    assert protest["location"] == "Sayyida Zaynab"
    text = ("قتل 27 من عناصر قوات النظام أمس في القصف والاشتباكات العنيفة التي شهدتها منطقة عطيرة "
            "القريبة من الحدود السورية مع لواء إسكندرون.")
    assert all(e["country"] == "Syria" for e in extract(text, "2018-07-10")["events"])


def test_events_a_habit_is_not_an_event():
    text = "ودأبت إسرائيل خلال الأسابيع الأخيرة على شن غارات على مواقع للقوات الإيرانية قرب مدينة القصير."
    assert extract(text, "2018-05-21")["events"] == []


def test_events_a_booby_trapped_car_is_an_explosion_not_a_killing():
    text = "قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت في حي مدينة الصدر في بغداد، الأربعاء، مما أدى إلى مقتل عدة أشخاص."
    events = extract(text, "2018-06-06")["events"]
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_events_the_region_framing_a_raid_gives_way_to_the_town_it_fell_on():
    text = ("وفي ريف دمشق شن طيران النظام ثلاث غارات بالصواريخ الفراغية، على مدينة الزبداني في القلمون، "
            "وسط قصف مدفعي لقوات النظام من الحواجز المحيطة.")
    events = extract(text, "2015-07-31")["events"]
    assert {(e["sub_event_type"], e["location"]) for e in events} == {
        ("Air/drone strike", "Al-Zabadani"), ("Shelling/artillery/missile attack", "Al-Zabadani")}


def test_events_a_subheading_is_not_an_event():
    # a round-up of the day (Al-Sharq al-Awsat) whose paragraph on Rif Dimashq is headed "غارات"
    record = corpus_article("snn-2015-07-31-01689")
    heading = record["text"].index("\nغارات\n") + 1
    events = extract(record["text"], "2015-07-31")["events"]
    assert events and all(e["trigger"]["start"] != heading for e in events)


def test_events_where_a_missile_was_fired_from_is_not_where_it_struck():
    text = ('ونقلت وسائل الإعلام الرسمية عن مصدر عسكري قوله إن مطار المزة العسكري ضُرب "بما يُحتمل أنه صاروخ إسرائيلي" '
            "أُطلق عبر مرتفعات الجولان المحتلة.")
    assert not any("Golan" in e["location"] for e in extract(text, "2018-09-02")["events"])


def test_events_a_threat_in_the_future_tense_is_a_planned_event():
    text = "وقال أردوغان إن بلاده ستقصف جبال قنديل ومنطقة سنجار إذا لم يقم العراق بتطهير المنطقة من حزب العمال."
    events = extract(text, "2018-06-10")["events"]
    assert {(e["location"], e["modality"]) for e in events} == {("Qandil mountains", "planned"), ("Sinjar", "planned")}
    text = "وهددت دمشق وحليفتها موسكو بشن عملية عسكرية في مدينة دوما، آخر جيوب الفصائل المعارضة في الغوطة الشرقية."
    [threat] = extract(text, "2018-03-27")["events"]
    assert (threat["event_type"], threat["location"], threat["modality"]) == ("Battles", "Douma", "planned")
    text = 'وقال أردوغان السبت "عندما نطرد الإرهابيين من عفرين سنخرجهم من منبج وعين العرب وتل أبيض ورأس العين".'
    planned = {e["location"] for e in extract(text, "2018-03-10")["events"] if e["modality"] == "planned"}
    assert planned == {"Manbij", "'Ayn al 'Arab", "Tall Abyad", "Ra's al `Ayn"}


def test_events_a_toll_told_apart_from_its_strike_is_the_strikes_toll():
    text = ("قتل 64 مدنيا الجمعة جراء غارات روسية استهدفت بلدة كفربطنا في الغوطة الشرقية. "
            "\nمقتل 80 مدنيا على الأقل في كفربطنا\nوقال المرصد إن عدد القتلى مرشح للارتفاع.")
    events = extract(text, "2018-03-17")["events"]
    kafr_batna = [e for e in events if e["location"] == "Kafr Batna"]
    assert [(e["sub_event_type"], e["fatalities"]) for e in kafr_batna] == [("Air/drone strike", 80)]


def test_events_protesters_setting_tyres_on_fire_riot():
    text = "وقال شهود عيان إن متظاهرين أشعلوا النار في إطارات أمام مبنى المجلس المحلي في الزبير، الخميس."
    [riot] = extract(text, "2018-09-06")["events"]
    assert (riot["event_type"], riot["location"]) == ("Riots", "Az Zubayr")


def test_events_one_toll_for_several_places_is_shared_not_repeated():
    text = "وقتل 15 مدنيا الجمعة في غارات روسية على بلدتي كفربطنا وسقبا في الغوطة الشرقية."
    events = extract(text, "2018-03-17")["events"]
    assert {e["location"]: e["fatalities"] for e in events} == {"Kafr Batna": 8, "Siqba": 7}


@pytest.mark.parametrize("text, published", [
    # a clash averted, a cradle, a ceasefire sought, a demand: no fighting, protest or withdrawal reported
    ("وقال الوزير إن تجنيب إدلب مواجهة دامية تعرّض المدنيين للخطر يمثل أولوية لنا.", "2018-09-09"),
    ("وافقت الفصائل الجمعة على تسوية في درعا التي تعتبر مهد الاحتجاجات ضد النظام.", "2018-07-08"),
    ("وجرت جولة التفاوض الأخيرة عصر الأربعاء في درعا لوقف المعارك بين الفصائل وقوات النظام.", "2018-07-05"),
    # periodic, not a patrol
    ("وأوضح المصدر أن الرئيسين يبحثان إجراء جولة دورية من المشاورات حول التسوية السورية في موسكو.", "2015-08-03"),
    ("وقال المسؤول الإيراني إن بلاده لن تشارك في المفاوضات، مطالبا بضرورة انسحاب القوات الأميركية من قاعدة التنف.", "2018-06-02"),
    # a withdrawal negotiated or called for, not carried out
    ("وفي محاولة واضحة للضغط على جيش الإسلام للموافقة على شروط الانسحاب من دوما، استأنفت القوات الحكومية المفاوضات.",
     "2018-04-07"),
    ("ودعا مجلس الأمن الدولي جميع الجماعات المسلحة في سوريا للانسحاب من المنطقة العازلة في الجولان.", "2018-06-29"),
    # a denial: not a single strike
    ("وقالت وزارة الدفاع الروسية إنها لم تنفذ أي غارات في محافظة إدلب يوم الجمعة.", "2018-06-08"),
])
def test_events_words_around_the_trigger_that_say_nothing_happened(text, published):
    assert extract(text, published)["events"] == []


def test_events_front_lines_are_no_clash():
    text = "انسحبت جبهة النصرة من خطوط مواجهة مع تنظيم داعش في شمالي محافظة حلب، وتركتها لفصائل أخرى."
    assert all(e["event_type"] != "Battles" for e in extract(text, "2015-08-10")["events"])


@pytest.mark.parametrize("text", [
    "وأشار المصدر إلى تفكيك خمسة منازل مفخخة في منطقة حصيبة شرقي الرمادي أمس.",
    "وأسفرت العملية كذلك عن تدمير ست عجلات وسيارة مفخخة ومنصة لإطلاق الصواريخ في الرمادي أمس.",
])
def test_events_bombs_made_safe_are_disrupted_weapons(text):
    assert {e["sub_event_type"] for e in extract(text, "2015-08-02")["events"]} == {"Disrupted weapons use"}


def test_events_a_car_bomb_found_is_a_disrupted_weapon():
    text = "وقال المتحدث إن القوات داهمت منزلين في الرقة، وعثرت القوات كذلك على سيارة ملغومة في موقع العملية."
    kinds = {e["sub_event_type"] for e in extract(text, "2018-09-30")["events"]}
    assert "Remote explosive/landmine/IED" not in kinds


@pytest.mark.parametrize("text, published, expected", [
    ("وقالت وكالة الأنباء السورية الرسمية سانا إن القوات حققت مكاسب على الأرض في منطقة اللجاة بريف درعا.", "2018-06-25",
     ("Battles", "Government regains territory")),
    ("ويتواصل القتال في منطقة الغوطة الشرقية رغم تطبيق تهدئة إنسانية يومية.", "2018-02-28", ("Battles", "Armed clash")),
])
def test_events_gains_and_fighting_that_goes_on(text, published, expected):
    assert [(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]] == [expected]


def test_events_a_disengagement_force_and_strikes_being_prepared_are_no_events():
    text = "ووافق مجلس الأمن على تجديد مهمة قوة الأمم المتحدة لمراقبة فض الاشتباك في الجولان لمدة ستة أشهر."
    assert extract(text, "2018-06-30")["events"] == []
    text = "وتشير تقارير إلى أن قوى الغرب تجهز لضربات جوية على مواقع النظام في دمشق."
    assert all(e["modality"] == "planned" for e in extract(text, "2018-04-13")["events"])


def test_events_a_strike_told_without_a_place_is_not_put_in_the_foreign_capital_most_named():
    text = ("أنقرة - ألقت قوات الأمن التركية فجر أمس القبض على 17 شخصا في العاصمة أنقرة.\n"
            "وشنت قوات الدرك خمس عمليات أمنية متزامنة في العاصمة أنقرة.\n"
            "بالمقابل شنت القوات المسلحة التركية غارات جوية على أهداف محددة لحزب العمال الكردستاني.")
    strikes = [e for e in extract(text, "2015-08-08")["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert all(e["location"] != "Ankara" for e in strikes)


@pytest.mark.parametrize("text, published, expected", [
    ("قبل مسلحو المعارضة السورية اتفاقا مع الحكومة برعاية روسية يقضي بخروجهم من بلدة الرستن.", "2018-05-02",
     ("Strategic developments", "Agreement")),
    ("وأكد المصدر أن الفرقة الذهبية تمكنت من تحرير منطقة الطاش جنوب مدينة الرمادي أمس.", "2015-07-21",
     ("Battles", "Government regains territory")),
    ("وقال العلواني إن القوات العراقية المشتركة نفذت إنزالا جويا قرب منطقة الورار غربي الرمادي أمس.", "2015-07-21",
     ("Battles", "Armed clash")),
    # control claimed in full, and a series of attacks
    ("وأعلن تنظيم داعش عبر حسابات إلكترونية تابعة له سيطرته الكاملة على مدينة القريتين في ريف حمص الشرقي.",
     "2015-08-06", ("Battles", "Non-state actor overtakes territory")),
    ("وأحرز التنظيم أمس تقدما في ريف حمص الشرقي بعد سلسلة هجمات نفذها ضد مطار التيفور العسكري.", "2015-08-06",
     ("Battles", "Armed clash")),
    # a convoy of evacuees leaving
    ("بدأت حافلات تقل مدنيين ومسلحين من المعارضة في مغادرة بلدة عربين في الغوطة الشرقية السبت.", "2018-03-25",
     ("Strategic developments", "Other")),
])
def test_events_deals_accepted_ground_freed_and_airborne_landings(text, published, expected):
    assert (expected[0], expected[1]) in {(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]}


def test_events_the_sides_of_a_clash_named_past_its_places():
    text = "ودارت اشتباكات عنيفة في بلدة مورك بريف حماة، بين قوات النظام وجبهة النصرة."
    [clash] = extract(text, "2015-08-08")["events"]
    assert (clash["actor1"], clash["actor2"]) == ("Military Forces of Syria (2000-2024)", "Jabhat al Nusra")


def test_events_fire_opened_with_the_attackers_named_between_the_words():
    text = "أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على دورية في ولاية شرناق."
    clashes = [e for e in extract(text, "2015-08-08")["events"] if e["sub_event_type"] == "Armed clash"]
    assert [(c["location"], c["fatalities"]) for c in clashes] == [("Şırnak", 3)]


def test_events_in_the_night_between_two_days_take_the_second():
    # the expression "ليلة الأربعاء-الخميس" resolves to the Wednesday; the strikes fell after midnight
    text = "وشن الطيران الإسرائيلي غارات على مواقع للجيش في محيط بلدة حضر ليلة الأربعاء-الخميس."
    [strike] = extract(text, "2018-07-12")["events"]
    assert strike["event_date"] == "2018-07-12"


def test_events_what_happened_the_morning_before_takes_the_day_before():
    # published on a Monday: the city fell on the Sunday, "غداة" what the ministry said on the Monday
    text = ("وطالبت الخارجية السورية الاثنين القوات التركية بالانسحاب من عفرين، ويأتي ذلك غداة تمكن أنقرة مع فصائل "
            "موالية من السيطرة على مدينة عفرين ذات الغالبية الكردية.")
    [taken] = extract(text, "2018-03-19")["events"]  # the withdrawal demanded is no event
    assert (taken["event_type"], taken["location"], taken["event_date"]) == ("Battles", "Afrin", "2018-03-18")


@pytest.mark.parametrize("text, published, expected", [
    ("شهدت مدينة عفرين الخاضعة لسيطرة القوات التركية اقتتالا عنيفا بين فصائل سورية مسلحة موالية لأنقرة.",
     "2018-05-24", ("Battles", "Armed clash")),
    ("بالتزامن مع هذا التقدم سقط صاروخان إسرائيليان قرب مطار دمشق الدولي، بحسب الإعلام الرسمي.", "2018-06-26",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("وقالت منظمات إغاثة إن 150 شخصا على الأقل قتلوا بعدما أسقط غاز سام على مدينة دوما.", "2018-04-08",
     ("Explosions/Remote violence", "Chemical weapon")),
    ("ذكرت مصادر للمعارضة السورية الخميس أن اتفاقا تم التوصل إليه بين روسيا والنظام من جهة وتنظيم داعش من جهة "
     "أخرى في مخيم اليرموك جنوب دمشق.", "2018-04-19", ("Strategic developments", "Agreement")),
])
def test_events_infighting_missiles_that_fell_poison_gas_and_a_deal_reached(text, published, expected):
    assert expected in {(e["event_type"], e["sub_event_type"]) for e in extract(text, published)["events"]}


def test_events_control_sought_is_no_control_taken():
    text = ("وقال المرصد الثلاثاء إن تقسيم مناطق المعارضة في ريف درعا إلى جيوب يسهل على قوات النظام عملياتها "
            "العسكرية لاستعادة السيطرة على جنوب البلاد.")
    assert extract(text, "2018-06-26")["events"] == []


def test_events_peaceful_protests_recalled_are_not_in_salamiyah():
    text = "وكان حسام قطان من أوائل المشاركين بمظاهرات حلب السلمية، قبل أن ينتقل إلى النشاط الإعلامي."
    assert all(e["location"] != "Salamiyah" for e in extract(text, "2015-07-21")["events"])


@pytest.mark.parametrize("text, published, places", [
    ("وقال أردوغان \"سنستمر في هذه العملية الآن إلى حين القضاء بشكل كامل على هذا الممر الذي يشمل منبج وعين العرب "
     "(كوباني) وتل أبيض وراس العين والقامشلي\".", "2018-03-19",
     {"Manbij", "'Ayn al 'Arab", "Tall Abyad", "Ra's al `Ayn", "Al-Qamishli"}),
    ("وكشف عن أن القوات المشتركة ستتوجه إلى قضاء الفلوجة، غرب بغداد، بعد تحرير الرمادي.", "2015-08-09", {"Fallujah"}),
    ("ويرى مراقبون أنه مع اقتراب سيطرة الحكومة على كامل ريف دمشق، واستعدادها للتوجه لجسر الشغور، تتغير خريطة النفوذ.",
     "2018-03-29", {"Jisr al-Shughur"}),
])
def test_events_an_offensive_announced_against_the_towns_named_is_planned_at_each(text, published, places):
    events = extract(text, published)["events"]
    planned = {e["location"] for e in events if e["modality"] == "planned" and e["event_type"] == "Battles"}
    assert places <= planned


def test_events_the_strikes_a_protest_condemns_are_not_where_the_protesters_are():
    text = "تظاهر مئات الأشخاص في بروكسل السبت للتنديد بالغارات التي يشنها الجيش التركي على مواقع حزب العمال الكردستاني."
    events = extract(text, "2015-08-09")["events"]
    assert [(e["event_type"], e["location"]) for e in events] == [("Protests", "Brussels")]


def test_events_the_attack_a_time_is_counted_from_is_recalled():
    text = ("وقصفت دبابات تركية اليوم الخميس مواقع لداعش في سوريا، ويأتي القصف بعد ثلاثة أيام من هجوم (سوروتش) "
            "الانتحاري الذي أوقع 32 قتيلا.")
    events = extract(text, "2015-07-23")["events"]
    assert {e["modality"] for e in events if e["sub_event_type"] == "Suicide bomb"} == {"background"}


def test_events_since_a_year_is_a_state_that_goes_on_not_history():
    text = ("ومن شأن هذا التقدم أن يضيق الخناق على المدنيين المحاصرين في الغوطة الشرقية منذ العام 2013، إذ أن "
            "اشتباكات عنيفة تدور أيضا بين قوات النظام وفصيل \"فيلق الرحمن\" قرب بلدتي حمورية وسقبا.")
    clashes = extract(text, "2018-03-10")["events"]
    assert {(e["location"], e["modality"]) for e in clashes} == {("Hammurah", "reported"), ("Siqba", "reported")}


def test_events_an_arrest_in_a_city_state_named_alone_is_at_its_capital():
    text = "قالت الكويت أمس إن وزارة الداخلية ألقت القبض على عدد من الكويتيين شكلوا شبكة تتبع تنظيم داعش."
    [arrest] = extract(text, "2015-07-31")["events"]
    assert (arrest["sub_event_type"], arrest["location"], arrest["geo_precision"]) == ("Arrests", "Kuwait City", 3)


def test_events_strikes_told_by_the_verb_that_carried_them_out_and_minefields_struck():
    text = ("وقالت قوة المهام المشتركة في بيان إن الضربات التي وجهت في سوريا أصابت وحدات تكتيكية ومواقع قتالية "
            "بالقرب من مدن حلب والحسكة وعين العرب وحقول ألغام قريبة من مدينة الرقة.")
    events = extract(text, "2015-07-25")["events"]
    assert {e["location"] for e in events if e["sub_event_type"] == "Air/drone strike"} >= {
        "Aleppo", "Al-Hasakah", "'Ayn al 'Arab"}
    assert all(e["sub_event_type"] != "Remote explosive/landmine/IED" for e in events)


def test_events_the_dead_counted_village_by_village_say_where_the_strikes_fell():
    text = ("وقال ناشط إعلامي من ريف إدلب إن \"الطيران الحربي شن عدة غارات على قرى وبلدات جبل الزاوية بريف إدلب، "
            "مخلفاً ثلاثة شهداء وعشرة جرحى بقرية الموزرة، وخمسة شهداء بقرية أرنبة، وستة شهداء بقرية جوزف\".")
    strikes = extract(text, "2015-08-09")["events"]
    assert {(e["location"], e["fatalities"]) for e in strikes} == {("Mawzarah", 3), ("Arnabah", 5), ("Juzif", 6)}


@pytest.mark.parametrize("text, expected", [
    # a manned aircraft shot down is an attack on it; a drone brought down is a disrupted weapon
    ("أسقطت وحدات حماية الشعب الكردية مروحية عسكرية تركية في منطقة عفرين بشمال سوريا السبت.",
     "Shelling/artillery/missile attack"),
    ("وأعلن الجيش أن الدفاعات الجوية أسقطت طائرة مسيرة قرب قاعدة حميميم السبت.", "Disrupted weapons use"),
])
def test_events_an_aircraft_shot_down_and_a_drone_brought_down(text, expected):
    assert expected in {e["sub_event_type"] for e in extract(text, "2018-02-10")["events"]}


@pytest.mark.parametrize("text", [
    "وحذرت الأمم المتحدة من أن الهجوم الوشيك لقوات النظام على محافظة إدلب قد يتسبب في كارثة إنسانية.",
    "ورجحت المصادر استعداد قوات من المعارضة السورية المدعومة من الغرب لشن هجوم كبير في محافظة درعا، وقالت إن "
    "مقاتليها يخططون لشن هجوم خلال أيام.",
])
def test_events_an_offensive_expected_is_planned(text):
    events = extract(text, "2018-09-06")["events"]
    assert events and {(e["event_type"], e["modality"]) for e in events} == {("Battles", "planned")}


@pytest.mark.parametrize("text, published, expected", [
    # the destroying verb's subject is the strike itself: still a strike, not a bomb made safe
    ("دمرت غارات جوية عدة منازل في مدينة إدلب أمس.", "2018-06-08", "Air/drone strike"),
    # "طالب" is also a student: no demand
    ("قتل طالب جامعي في قصف مدفعي على مدينة درعا أمس.", "2018-06-08", "Shelling/artillery/missile attack"),
    # a drone shot down with its shooter between the words stays a disrupted weapon
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق القنيطرة أمس.", "2018-06-08", "Disrupted weapons use"),
    # a report filed in Moscow does not move the villages it tells of
    ("قالت وزارة الدفاع الروسية في موسكو إن طائراتها قصفت قرية الهبيط وقرية كفرسجنة أمس.", "2018-06-08",
     "Shelling/artillery/missile attack"),
])
def test_events_cues_that_must_not_overreach(text, published, expected):
    events = extract(text, published)["events"]
    assert expected in {e["sub_event_type"] for e in events}
    assert all(e["location"] != "Moscow" for e in events)


@pytest.mark.parametrize("text", [
    "وأعلنت الخارجية أن اتفاقا تم التوصل إليه برعاية قطرية يقضي بإجلاء المقاتلين.",  # a mediator, not a place
    "وأعلنت قطر أن طائرة ستتجه إلى مطار دمشق لنقل المساعدات.",  # a journey, not an offensive
])
def test_events_a_city_state_mediating_and_a_plane_flying_are_no_event_there(text):
    assert all(e["location"] not in ("Doha", "Damascus") for e in extract(text, "2018-04-01")["events"])


def test_events_an_attack_counted_from_opening_a_sentence_is_recalled():
    text = "وبعد ثلاثة أيام من هجوم سوروتش الانتحاري، قصفت دبابات تركية اليوم مواقع لداعش في سوريا."
    events = extract(text, "2015-07-23")["events"]
    assert {e["modality"] for e in events if e["sub_event_type"] == "Suicide bomb"} == {"background"}


def test_events_a_capital_named_with_its_countrys_adjective_is_where_it_happened():
    text = "وقتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في العاصمة البريطانية لندن."
    assert "London" in {e["location"] for e in extract(text, "2018-05-12")["events"]}


@pytest.mark.parametrize("text, published, expected", [
    ("وأعلنت عدة فصائل تابعة للمعارضة، كانت تتمركز في محيط مهين، مبايعتها لتنظيم داعش طوعا.", "2015-08-09",
     "Change to group/activity"),
    ("قالت مصادر محلية إن اتفاقا جرى بين مسلحي المعارضة السورية والجانب الروسي في دوما أمس.", "2018-03-31", "Agreement"),
    ("وأفاد المرصد بأن بعض فصائل الجبهة بدأت بسحب قواته وأسلحته الثقيلة من ريف حلب الغربي اليوم.", "2018-09-30", "Other"),
])
def test_events_allegiance_pledged_a_deal_struck_and_forces_pulled_back(text, published, expected):
    assert expected in {e["sub_event_type"] for e in extract(text, published)["events"]}


def test_events_the_chemical_attack_a_story_reacts_to_is_recalled():
    text = "وقال الوزير إنه لا يستبعد استخدام القوة العسكرية بعد تقارير عن هجوم بالأسلحة الكيماوية في بلدة دوما."
    events = extract(text, "2018-04-09")["events"]
    assert {e["modality"] for e in events if e["sub_event_type"] == "Chemical weapon"} == {"background"}


def test_events_the_side_fought_with_is_the_other_side():
    text = "وقالت اللجنة إن القوات الخاصة الروسية اشتبكت أمس مع مسلحي تنظيم داعش في منطقة جبلية قرب الشيشان."
    [clash] = [e for e in extract(text, "2015-07-29")["events"] if e["event_type"] == "Battles"]
    assert (clash["actor2"] or "").startswith("Islamic State")


def test_events_barrel_bombs_in_syria_are_the_governments():
    text = "وألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي أمس."
    [strike] = extract(text, "2015-08-09")["events"]
    assert strike["actor1"].startswith("Military Forces of Syria")


@pytest.mark.parametrize("text", [
    "وقتل نحو 30 شخصا الأحد بغارات وقصف النظام السوري للغوطة الشرقية.",
    "وقتل 12 مدنيا أمس في الغارات التي يشنها النظام السوري على بلدة سقبا في الغوطة الشرقية.",
])
def test_events_the_force_in_construct_with_a_strike_is_who_struck(text):
    strikes = [e for e in extract(text, "2018-02-21")["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and all((e["actor1"] or "").startswith("Military Forces of Syria") for e in strikes)


def test_events_the_country_that_fired_the_missiles_in_a_relative_clause_struck():
    text = "وشهدت دمشق وحمص فجر السبت موجات من الصواريخ التي أطلقتها الولايات المتحدة وبريطانيا وفرنسا."
    strikes = [e for e in extract(text, "2018-04-14")["events"] if e["event_type"] == "Explosions/Remote violence"]
    assert strikes and all((e["actor1"] or "").startswith("Military Forces of the United States") for e in strikes)


@pytest.mark.parametrize("text, sub_event_type, location", [
    # a noun and its adjective take the article together
    ("وأفاد ناشطون بأن الهجوم الكيماوي على مدينة دوما أمس أودى بحياة العشرات.", "Chemical weapon", "Douma"),
    ("وقال المرصد إن السيارة المفخخة انفجرت أمس في سوق بلدة القائم، ما أسفر عن مقتل خمسة مدنيين.",
     "Remote explosive/landmine/IED", "Al Qa'im"),
])
def test_events_a_definite_phrase_is_the_same_trigger(text, sub_event_type, location):
    events = extract(text, "2018-04-08")["events"]
    assert (sub_event_type, location) in {(e["sub_event_type"], e["location"]) for e in events}

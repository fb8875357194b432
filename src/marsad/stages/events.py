"""Events: triggers in clauses, classified to ACLED types, with their arguments and modality.

For each trigger the clause around it supplies the arguments, falling back to the
sentence: actors by role (agent markers such as "من قبل"، "على يد"، "برصاص" first, then
word order), the place the clause attaches to the event (not the dateline, not the place
the sources are from, not the governorate that only qualifies a town), the date, the
number of dead. Mentions of one event across sentences merge afterwards (event_merge).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from marsad.model import Article, Event, Mention
from marsad.text.numbers import NUMBER_PATTERN
from marsad.resources.registry import default_actors
from marsad.settings import Settings
from marsad.stages.event_arguments import (actors, city_state_capital, context_place, event_date, event_places,
                                          fatalities, places, toll_before)
from marsad.stages.event_context import TriggerHit, before as _before, norm_slice as _norm_slice
from marsad.stages.event_fields import date_from_news_day, finish_event, news_day
from marsad.stages.event_filter import candidate_features, event_probability
from marsad.stages.event_filter import threshold as event_threshold
from marsad.stages.event_merge import SUB_PRIORITY, fold_tolls, merge_events
from marsad.stages.triggers import is_weak, split_triggers, trigger_lexicon

# Normalized cue patterns, matched in the text just before a trigger (or the whole sentence).
_NEGATION = re.compile(
    r"(?<!\w)[وف]?(لم|لا|لن|ليس|عدم|دون|بدون|ينفي|تنفي)\s+(\S+\s+)?(اي\s+)?[وفبل]?$"  # "لن يسمحا بمواجهة"، "لم تنفذ أي غارات"
    # averted: "تجنيب إدلب مواجهة دامية"، "لتفادي اشتباكات"
    r"|(?<!\w)[وف]?ل?(تجنيب|تجنب|تفادي|منع)\s+(\S+\s+)?[وفبل]?$"
    # stopping it, or the lines it is fought on: "لوقف المعارك"، "خطوط المواجهة مع"، "مهد الاحتجاجات"
    r"|(?<!\w)[وف]?(?:لوقف|بوقف|ايقاف|لايقاف|خطوط|خط|جبهات|مهد|فض|فك)\s+(?:ال)?$"
    # "ولم ترد أي تقارير عن وقوع اشتباكات", "لم تسجل أي خروقات": nothing happened, a few words away
    r"|(?<!\w)[وف]?(لم|لا)\s+(ترد|توجد|يوجد|تسجل|يسجل|تشهد|يشهد|تقع|يقع)\s+(\S+\s+){0,4}$"
    # what a protest or a statement condemns is its topic, told where it happened or not at all: "تظاهر مئات في
    # بروكسل للتنديد بالغارات التي يشنها الجيش التركي"
    r"|(?<!\w)[وف]?(?:للتنديد|تنديدا|احتجاجا|لادانه|ادانه|استنكارا|رفضا)\s+(?:ب|ل|علي\s+)$"
)
_PLANNED = re.compile(
    r"(?<!\w)[وف]?(يعتزم|تعتزم|ينوي|تنوي|علي وشك|تجهز|يجهز|تتجهز|يتجهز|عزم|عزمه|عزمها|عزمهم|يخطط|تخطط|يستعد|تستعد|سوف|ستقوم|سيقوم|يهدد|تهدد|هدد|هددت|تهديد|نيه|خطه|تحضر|يحضر|تعتزم|مطالبه ب|دعت الي|دعا الي|بصدد"
    # seeking, and verbs in the future: "تسعى لإبرام اتفاق"، "قوات محلية ستتولى السيطرة"
    r"|يسعي|تسعي|يسعون|تسعيان|ستتولي|سيتولي|ستشرف|سيشرف|ستدخل|سيدخل|ستنسحب|سينسحب|ستسلم|سيسلم|ستبدا|سيبدا"
    r"|ستمتد|سيمتد|ستتوجه|سيتوجه|سنواصل|ستواصل|سيواصل|ستنطلق|سينطلق|سننطلق|ستعود|سيعود|ستخرج|سيخرج)(?!\w)"
)
_HYPOTHETICAL = re.compile(
    r"(?<!\w)[وف]?(اذا|لو|في حال|حال|ربما|يمكن|يمكن ان|قد يودي|محتمل|احتمال"
    # warnings and fears speak of what has not happened: "تحذر من أن تفجيرا آخر سوف يقع", "خشية تعرضهم للتعذيب"
    r"|حذر|حذرت|يحذر|تحذر|تحذير|تحذيرها|تحذيره|تحذيرات|خشيه|مخاوف|يخشي|تخشي|يخشون|خوفا|خوف|التوقعات|توقعات"
    r"|سيكون|ستكون|سيتم|ستتم|سيقع|ستقع|ستشن|سيشن"
    # "قد يعيدون تنظيم أنفسهم ويشنون هجمات": may, with a present verb
    r"|قد\s+(?:ي\w+|ت(?!م(?!\w))\w+(?<!ت)))(?!\w)"  # not "وقد تمكنت"، "قد تم": has done
)


def _qualifier_after(*words: str) -> re.Pattern:
    """One of ``words`` right after the event noun, or after the noun and one adjective."""
    return re.compile(r"(?:\s+\S+)?\s+(?:ال)?(?:" + "|".join(words) + r")(?!\w)")


# a word after the event noun that says it has not happened: "هجوم بري وشيك"، "مواجهة مسلحة محتملة"
_COMING_AFTER = _qualifier_after("وشيك", "وشيكه", "مرتقب", "مرتقبه", "متوقع", "متوقعه", "مقبل", "مقبله", "قادم", "قادمه",
                                 "مزمع", "مزمعه")
_POSSIBLE_AFTER = _qualifier_after("محتمل", "محتمله", "محتملا", "محتملين")
_GENERIC = re.compile(r"(?<!\w)[وفب]?(تدريب|تدريبات|تدريبا|قادر|قادره|القدره|قدره|خبره|مناورات|مناوره|تجربه|تجارب|اختبار"
                      # weapons traded, not fired: "بيع صواريخ باتريوت"، "صفقة صواريخ"
                      r"|بيع|صفقه|صفقات|شراء|تزويد|تسليم|ترسانه|امداد|امدادات"
                      # a habit, not an event: "ودأبت إسرائيل خلال الأسابيع الأخيرة على شن غارات"
                      r"|دابت|داب|دابوا|تدابت|اعتادت|اعتاد|تعتاد|يعتاد)(?!\w)")
# the weapon named as what a system, programme or stock holds ("منظومة الصواريخ إس-300"، "برنامج صواريخها
# الباليستية"، "منصات الصواريخ"): the thing, not its use. Not "نظام", which is the regime as often as a
# system ("كثف النظام غاراته")
_WEAPON_OF = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:منظومه|منظومات|برنامج|برامج|مخزون|مخزونات|ترسانه|منصه|منصات"
                        r"|راجمه|راجمات|مستودع|مستودعات|مخزن|مخازن|مصنع|مصانع)\s+$")
# "أي هجوم كيميائي"، "أية مظاهرة": any such event, not one that happened
_ANY_BEFORE = re.compile(r"(?<!\w)[وفلب]?(?:اي|ايه)\s+$")
# weapons withdrawn under a deal: "سحب جميع الدبابات وقاذفات الصواريخ"، "إخراج الفصائل بعتادها من دبابات وصواريخ"
_WITHDRAWN = re.compile(r"(?<!\w)[وف]?(?:سحب|بسحب|اخراج|باخراج|نزع|بنزع)(?!\w)")
# a count of strikes, barrels or shells right before the trigger
_COUNT_BEFORE = re.compile(r"(?<!\d)(\d{1,3}(?:[,،.]\d{3})+|\d+)\s+(?:\S+\s+)?$")
# what makes a count a tally: a period it covers, or the documenting of it
_TALLY_CUE = re.compile(r"(?<!\w)[وف]?(?:خلال|منذ|طيله|طوال|وثق|وثقت|توثيق|حصيله|اجمالي|مجموع)(?!\w)")


def _tally(article: Article, hit: TriggerHit, clause_before: str) -> bool:
    """"14297 برميلا متفجرا" over seven months is a statistic; "أكثر من ١٢٠ غارة جوية" on two villages
    on Sunday is an event: a thousand or more, or a hundred or more with a period or a record named."""
    match = _COUNT_BEFORE.search(clause_before)
    if match is None:
        return False
    count = int(re.sub(r"[,،.]", "", match.group(1)))
    if count >= 1000:
        return True
    _, sentence_text = _norm_slice(article, hit.sentence)
    return count >= 100 and bool(_TALLY_CUE.search(sentence_text))
_PURPOSE = re.compile(r"[وف]?ل(?:ال|ل)?(?:مواجهه|محاربه|قتال|سيطره|تصدي|مكافحه|مهاجمه|استهداف|ضرب|شن|استعاده|تحرير|اقتحام|استرجاع)")
_PURPOSE_OF_CONTROL = re.compile(r"(?<!\w)[وف]?ل(?:ال|ل)?(?:استعاده|فرض|بسط|احكام)\s+$")
_MINES_LAID = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:حقول|حقل|زرع|نزع|ازاله|مزروعه)\s+$")
_THIS_EVENT = re.compile(r"(?<!\w)[وفب]?(?:هذا|هذه|تلك|ذلك|مصدر)\s+$")  # "مصدر القذائف": where the shells told of came from
_A_MOVE = re.compile(r"(?:ستتوجه|سيتوجه|سنتوجه|ستتجه|ستمتد|سيمتد|قد تمتد|قد يمتد)(?!\w)")
_MILITARY = re.compile(r"(?<!\w)[وبلف]?(?:ال)?(?:قوات|جيش|عمليه|عمليات|معركه|معارك|هجوم|حمله|مقاتلين|مقاتلي|عسكريه|"
                       r"العسكريه|الحشد)(?!\w)")
_WITHDRAWAL_TALKED_OF = re.compile(r"(?<!\w)[وف]?(?:بشان|حول|شروط|للموافقه|الموافقه|التفاوض|مفاوضات|المفاوضات|قبول|رفض|"
                                   r"دعا|دعت|يدعو|تدعو|ضروره|لضمان)\s+(?:\S+\s+){0,2}[بل]?$"
                                   r"|(?<!\w)[وف]?لل?$")
_LOOKED_INTO = re.compile(r"(?<!\w)[وبلف]?(?:ال)?(?:تحقيق|للتحقيق|تقارير|مزاعم|ادعاءات|اتهامات|اتهام|رد|ردا)\s+(?:\S+\s+){0,2}$")
_ALLEGED_AFTER = re.compile(r"\s*\"?\s*(?:ال)?(?:مفترض|مزعوم|مشتبه)")


def after_trigger(article: Article, hit: TriggerHit) -> str:
    end = article.normalized.from_original(hit.span.end)
    return article.normalized.text[end:end + 30]


_TIME_SINCE = re.compile(r"(?<!\w)[وف]?(?:بعد|قبل)\s+(?:\S+\s+)?(?:ايام|يومين|يوم|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|اعوام|سنوات|"
                         r"عام|عامين|سنه|سنتين)\s+(?:علي\s+|من\s+)(?:\S+\s+){0,2}$")
_RESPONSE_TO = re.compile(r"(?<!\w)[وف]?(?:رد|ردا|كرد)\s+علي\s+(?:\S+\s+)?$")
_DEMAND = re.compile(r"(?<!\w)[وف]?(?:طالب|طالبت|طالبوا|يطالب|يطالبون|تطالب|طالبين|مطالبين|طالبو|مطالبا|مطالبه)\s+(?:(?:\S+\s+)?[بل]?|(?:[^\s.،,]+\s+){2,5}[بل])$")
# "أنظمة الدفاع الصاروخية": the weapon's adjective after a defence noun
_DEFENCE_AFTER = re.compile(r"(?<!\w)(?:ال)?دفاع\s*$")
# defence against a weapon is not its use: "الدرع المضادة للصواريخ"، "مدفعية مضادة للطائرات"
_DEFENCE_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:مضاد|مضاده|مضادات)\s*(?:لل?)?$")
# air defences meeting missiles or jets: the strike is the event, told by its own trigger
_DEFENDED = re.compile(r"\s+(?:\S+\s+){0,7}?[\"«]?(?:ل|لل)[\"«]?(?:هجوم صاروخي|صواريخ|غاره|غارات|طايرات|طايره|ضربات|عدوان|استهداف|اهداف|هدف|اجسام)(?!\w)")
_AFTER_FIGHTING = re.compile(r"(?<!\w)(?:عقب|بعد|اثر|اثناء|خلال)\s+(?:\S+\s+)?(?:اشتباكات|معارك|هجوم|قتال|مواجهات)(?!\w)")
_FORCED = re.compile(r"(?<!\w)[وب]?(?:اجبار|اجبرت|اجبر|اجبروا|ارغام|ارغمت|اضطرت|اضطر|اضطروا|دفع|دفعت)\s+(?:\S+\s+){0,3}?(?:علي\s+|الي\s+)?$")
# leaving an agreement, talks or a race is no ground handed over: "انسحاب بلاده من الاتفاق النووي"
_LEFT_A_DEAL = re.compile(r"(?:\s+\S+){0,3}?\s+من\s+(?:ال)?(?:اتفاق|اتفاقيه|معاهده|صفقه|مفاوضات|محادثات|انتخابات|سباق|"
                          r"منظمه|مجلس|حكومه|تحالف|ايتلاف|عمليه السلام|العمليه السياسيه)(?!\w)")
# the borders or airspace held, not ground taken: "التمرينات الخاصة بالسيطرة على الحدود"
# an agreement failed, refused or only offered
_UNMADE_DEAL = re.compile(r"(?<!\w)[وف]?(?:فشل|فشلت|فشله|اخفاق|تعثر|تعثرت|رفض|رفضت|رفضتها|رفضه|رفضوا|عرض|عروض|مقترح|مقترحات|"
                          r"اقتراح|اقترح|اقترحت|مسوده|مشروع)(?!\w)")
_HELD = re.compile(r"\s*(?:ال)?(?:حدود|المجال الجوي)(?!\w)")
# idioms built on event words: "خطف الأضواء" (steal the show), "تفجير الوضع" (blow the situation up),
# "واصل منتخبنا السيطرة الكاملة على المباراة" (a game)
_IDIOM = re.compile(r"\S*\s+(?:الاضواء|الوضع|الموقف|المجال|الاجواء|الحريق|النيران|الامور|المباراه|المباريات|اللقاء|"
                    r"الشوط|الكره|اللعب|الاسعار)(?!\w)")
# History the article recalls. The pluperfect ("وكانت القوات قد ...") recalls whatever its date; the
# other cues yield to a recent day named in the same sentence ("في وقت سابق من يوم أمس").
_PLUPERFECT = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}قد(?!\w)")
_BACKGROUND = re.compile(
    r"(?<!\w)[وف]?(?:سابقا|بوقت سابق|في وقت سابق|منذ سنوات|منذ اعوام|ذكري|"
    r"انتقاما ل\S*|الانتقام ل\S*|ثارا ل\S*|للانتقام ل\S*|العام الماضي|السنه الماضيه)(?!\w)"
)
# a year named in the sentence: history when it is before the year of publication ("مهد الاحتجاجات ضد
# النظام في العام 2011"), not when it is the year of the news ("مطلع عام 2018" in 2018)
# a year the sentence dates something by; not the start of a state that goes on ("المحاصرين في الغوطة الشرقية منذ
# العام 2013، إذ أن اشتباكات عنيفة تدور")
_YEAR = re.compile(r"(?<!\w)(?<!منذ\s)(?:ال)?(?:عام|سنه)\s+(\d{4})(?!\d)")
# a number right before the trigger: "ثماني ضربات"، "16 ضربة"، "عدة ضربات"
_COUNTED = re.compile(NUMBER_PATTERN.pattern + r"\s+$")
# the means of an attack: "بالمدفعية الثقيلة"، "بقذائف الهاون"، "بصاروخ موجه"، or aircraft doing it
_WEAPON = re.compile(r"(?<!\w)(?:[وف]?(?:ب|بال)(?:مدفعيه|قذايف|قذيفه|صواريخ|صاروخ|هاون|راجمات|راجمه|مدافع|طيران|طايرات|طايره|غارات|غاره)"
                     r"|(?:ال)?(?:طيران|طايرات|طايره|مقاتلات|مروحيات|مروحيه|مسيره|مسيرات|مدفعيه))(?!\w)")
_AIR_QUALIFIER = re.compile(r"(?<!\w)[وبل]?(ال)?(جو|مقاتلات|مقاتله|طيران|طايرات|طايره|جوي|جويه|الحربي|الحربيه|غاره|غارات|مسيره|مسيرات|مروحي|مروحيه|درون)(?!\w)")


# a trigger's two words around an aside of up to three words: "سيطرت، السبت، على"، "شنت، فجر اليوم، غارات"
_ASIDE = re.compile(r"(?<!\w)[وف]?(?P<a>\w+)\s*[،,]\s*(?:\S+\s+){0,2}\S+\s*[،,]\s*(?P<b>\w+)(?!\w)")

# a verb's subject between the words of its trigger: "وسيطر تنظيم داعش على بلدة القريتين"، "سيطر التنظيم، الجمعة، على"
_SUBJECT_BETWEEN = re.compile(r"(?<!\w)[وف]?(?:(?P<a>سيطر|سيطرت|سيطروا|استولي|استولت)\s+(?:[^\s،,.]+(?:\s*[،,])?\s+){1,4}?(?P<b>علي)"
                              # "نشرت الولايات المتحدة اليوم الأحد مقاتلات"، "أرسلت الحكومة السورية بالفعل مسلحين"
                              r"|(?P<a2>نشرت|نشر|ارسلت|ارسل)\s+(?:[^\s،,.]+(?:\s*[،,])?\s+){1,5}?"
                              r"(?P<b2>مقاتلات|طايرات|قوات|تعزيزات|مسلحين)"
                              # "قبل مسلحو المعارضة السورية اتفاقا مع الحكومة"
                              r"|(?P<a3>قبل|قبلت|قبلوا)\s+(?:[^\s،,.]+\s+){1,4}?(?P<b3>اتفاقا)"
                              # "حين فتح عناصر من حزب العمال الكردستاني النار على دورية"
                              r"|(?P<a4>فتح|فتحت|فتحوا)\s+(?:[^\s،,.]+\s+){1,5}?(?P<b4>النار)"
                              # "أسقطت وحدات حماية الشعب الكردية مروحية عسكرية تركية"
                              r"|(?P<a5>اسقطت|اسقطوا)\s+(?:[^\s،,.]+\s+){1,5}?(?P<b5>طايره|مروحيه|مقاتله)(?!\s+(?:مسيره|بدون\s+طيار|بلا\s+طيار)))(?!\w)")



def events(article: Article, settings: Settings) -> Article:
    found: list[Event] = []
    for hit in _trigger_hits(article):
        found.extend(_events_for(article, hit, settings))
    day = news_day(article, settings)
    for event in found:
        if _named_as_what_came_before(article, event):
            # no day borrowed: it joins the same event told with its own day, or alone gets the report's
            event.date = None
            event.evidence.pop("event_date", None)
        elif event.modality != "background":  # history keeps the date it was told with, or none
            date_from_news_day(event, day)
    _actors_from_the_story(article, found)
    merged = fold_tolls(merge_events(found), _told_by_its_toll)
    _actors_from_the_story(article, merged, after_merging=True)
    _the_regimes_by_convention(article, merged)
    located = []
    for event in merged:
        if event.modality == "hypothetical":
            # "إذا شنت هجوما"، "مواجهة مسلحة محتملة": what might happen is no row of the dataset; the
            # warning keeps the words for a reader who wants them
            article.warn("hypothetical-event", f"{event.trigger.start}-{event.trigger.end}: {event.sub_event_type} "
                                              f"'{event.trigger.text}'")
            continue
        if not settings.unlocated_events and not _placed_in_a_governorate(event):
            # ACLED codes an event at admin1 or finer; a report that names no place below the country
            # ("غارات في العراق", "شمال سوريا") is kept as a warning, with its evidence, not as a row
            where = event.location.place.name_en if event.location is not None else "no place"
            article.warn("event-without-place", f"{event.trigger.start}-{event.trigger.end}: {event.sub_event_type} "
                                                f"'{event.trigger.text}' ({where})")
            continue
        located.append(event)
    article.events = [finish_event(article, event, settings) for event in located]
    return article


# "بعد هجوم كيماوي"، "إثر الغارة"، "بعد تقارير عن هجوم بالأسلحة الكيماوية": an event named as what came
# before the news, not the news itself
_AFTER_THE_EVENT = re.compile(r"(?<!\w)[وف]?(?:بعد|عقب|اثر|اعقاب|خلفيه|تحسبا\s+لرد\s+علي)\s+(?:\S+\s+){0,2}$")
# "هجوم كيميائي مفترض"، "الهجوم المزعوم": an attack spoken of as alleged is the one reported before
_ALLEGED_AFTER = _qualifier_after("مزعوم", "مزعومه", "مفترض", "مفترضه")


def _named_as_what_came_before(article: Article, event: Event) -> bool:
    """An event named after "بعد"/"إثر" with no day in its own sentence (its day, if any, was borrowed from
    the sentences around it); or named as alleged, whatever day its sentence names."""
    end = article.normalized.from_original(event.trigger.end)
    if _ALLEGED_AFTER.match(article.normalized.text, end, end + 30):
        return True  # whatever day its sentence names is the day it was spoken of
    if any(event.sentence.contains(span) for span in event.evidence.get("event_date", ())):
        return False
    return bool(_AFTER_THE_EVENT.search(_before(article, event.sentence, event.trigger.start, 30)))


# barrel bombs and helicopter raids in Syria: only the government's air force drops them
_REGIME_WEAPON = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:براميل|برميل|برميلين|برميلا|مروحي|مروحيات|مروحيه)(?!\w)")


def _the_regimes_by_convention(article: Article, events: list[Event]) -> None:
    """"ألقى الطيران المروحي برميلين متفجرين على اللطامنة": no force named, but no one else drops barrels.
    Chemical attacks in Syria with no one named are coded to the government forces too, as ACLED codes them
    (62 of the 63 dev gold chemical events in Syria); the chemical words are the evidence."""
    registry = default_actors()
    if "syria-military" not in registry:
        return
    for event in events:
        if (event.actor1 is not None or event.event_type != "Explosions/Remote violence" or event.location is None
                or event.location.place.country != "Syria"):
            continue
        if event.sub_event_type == "Chemical weapon":
            event.actor1 = registry.get("syria-military")
            event.add_evidence("actor1", event.trigger)
            continue
        if event.modality == "background":
            continue
        start, sentence = _norm_slice(article, event.sentence)
        match = _REGIME_WEAPON.search(sentence)
        if match is None:
            continue
        event.actor1 = registry.get("syria-military")
        event.add_evidence("actor1", article.span(*article.normalized.to_original(start + match.start(), start + match.end())))


def _actors_from_the_story(article: Article, found: list[Event], after_merging: bool = False) -> None:
    """A sentence that tells more of the story names no actors ("وقالت القوة إن الغارات شملت خمس
    غارات قرب الموصل"): its event keeps the actors of the same kind of event told before it in the
    paragraph ("شنت القوات التي تقودها الولايات المتحدة 16 غارة ... ضد أهداف لتنظيم الدولة")."""
    for i, event in enumerate(found):
        if event.modality == "background":
            continue
        if event.actor1 is not None:
            _target_from_the_story(article, found[:i], event)
            continue
        at = next((k for k, p in enumerate(article.body) if p.contains(event.sentence)), None)
        if at is None:
            continue
        paragraph = article.body[at]
        earlier = [e for e in found[:i] if e.event_type == event.event_type and e.actor1 is not None
                   and paragraph.contains(e.sentence) and e.sentence != event.sentence]
        if not earlier and at > 0 and after_merging:
            # "وأضاف البيان أن الغارات ... تركزت حول الحسكة": the next paragraph goes on with the same
            # strikes. Only once merged: an actor borrowed that far must not keep two mentions apart.
            earlier = [e for e in found[:i] if e.sub_event_type == event.sub_event_type and e.actor1 is not None
                       and article.body[at - 1].contains(e.sentence)]
        if earlier:
            source = earlier[-1]
            event.actor1 = source.actor1
            for span in source.evidence.get("actor1", []):
                event.add_evidence("actor1", span)
            if event.actor2 is None and source.actor2 is not None:
                event.actor2 = source.actor2
                for span in source.evidence.get("actor2", []):
                    event.add_evidence("actor2", span)


def _target_from_the_story(article: Article, earlier: list[Event], event: Event) -> None:
    """The same attacker's strikes told on in the paragraph (or the next) hit the same target: "غارات ... ضد أهداف لتنظيم
    الدولة" then "شملت خمس غارات قرب الموصل" (in the same country: the group has a name per country)."""
    if event.actor2 is not None or event.location is None:
        return
    at = next((k for k, p in enumerate(article.body) if p.contains(event.sentence)), None)
    if at is None:
        return
    story = article.body[max(0, at - 1):at + 1]  # its paragraph and the one before, which often leads
    country = event.location.place.country
    told = [e for e in earlier if e.event_type == event.event_type and e.actor2 is not None and e.actor1 is not None
            and e.actor1.id == event.actor1.id and any(p.contains(e.sentence) for p in story)
            and e.location is not None and e.location.place.country == country]
    if told:
        event.actor2 = told[-1].actor2
        for span in told[-1].evidence.get("actor2", []):
            event.add_evidence("actor2", span)


def _placed_in_a_governorate(event: Event) -> bool:
    if event.location is None:
        return False
    place = event.location.place
    return place.feature != "country" and not (place.feature == "region" and not place.admin1)


def _trigger_hits(article: Article) -> list[TriggerHit]:
    lexicon = trigger_lexicon()
    hits: list[TriggerHit] = []
    clauses = article.clauses
    placed = _clauses_with_places(article)
    split = split_triggers()
    for sentence in article.sentences:
        if sentence.text.rstrip().endswith(("؟", "?")):
            continue  # a question reports nothing
        n_start, window = _norm_slice(article, sentence)
        if len(window.split()) <= 2:
            continue  # a subheading ("غارات") names the topic of the paragraphs after it
        sentence_hits: list[TriggerHit] = []
        found = [(m.start, m.end, m.payload) for m in lexicon.find(window)]
        for aside, whole in [*((m, True) for m in _ASIDE.finditer(window)),
                             *((m, False) for m in _SUBJECT_BETWEEN.finditer(window))]:
            a, b = next((f"a{k}", f"b{k}") for k in ("", "2", "3", "4", "5") if aside.groupdict().get(f"a{k}"))
            trigger = split.get((aside.group(a), aside.group(b)))
            if trigger is not None:
                # "أسقطت ... مروحية" outranks the bare verb's own reading ("أسقطت": a weapon brought down)
                found = [f for f in found if (f[0], f[1]) != aside.span(a)]
            if trigger is not None and not any(s <= aside.start(a) < e for s, e, _ in found):
                # the verb alone where its subject stands between: the subject is the agent, not the trigger
                found.append((aside.start(a), aside.end(b if whole else a), trigger))
        for m_start, m_end, trigger in found:
            start, end = article.normalized.to_original(n_start + m_start, n_start + m_end)
            span = article.span(start, end)
            # the clause of the trigger's first word: an aside between its words may split clauses
            clause = next((c for c in clauses if c.start <= start < c.end), sentence)
            if trigger.needs_weapon and not _WEAPON.search(_norm_slice(article, clause)[1]):
                continue
            if trigger.needs_count and not _COUNTED.search(window, 0, m_start):
                continue
            sentence_hits.append(TriggerHit(span, trigger, clause, sentence))
        strong = [h for h in sentence_hits if not h.trigger.weak]
        if strong:
            sentence_hits = strong
        # one trigger per (sentence, type): "سيارة مفخخة، يقودها انتحاري" is one suicide bombing; but a
        # clause that names its own places tells its own event ("ألقى الطيران برميلين على اللطامنة، كما
        # تعرضت قرى الحواش والقاهرة لقصف"), as the round-ups of the monitors do, clause after clause
        best: dict[tuple[str, int], TriggerHit] = {}
        for hit in sentence_hits:
            key = (hit.trigger.event_type, hit.clause.start if hit.clause.start in placed else -1)
            kept = best.get(key)
            if kept is None or SUB_PRIORITY.get(hit.trigger.sub_event_type, 9) < SUB_PRIORITY.get(kept.trigger.sub_event_type, 9):
                best[key] = hit
        hits.extend(sorted(best.values(), key=lambda h: h.span.start))
    return hits


def _clauses_with_places(article: Article) -> set[int]:
    """Starts of the clauses that name a town, village or area of their own."""
    clauses = sorted(article.clauses, key=lambda c: c.start)
    starts = [c.start for c in clauses]
    placed = set()
    for mention in event_places(article):
        if mention.resolution.place.feature == "country":
            continue
        i = bisect_right(starts, mention.span.start) - 1
        if i >= 0 and mention.span.end <= clauses[i].end:
            placed.add(clauses[i].start)
    return placed


def _recent_day(article: Article, hit: TriggerHit, settings: Settings) -> bool:
    """The sentence dates its event to a recent day ("في وقت سابق من يوم أمس", "خلال إحياء ذكرى
    عاشوراء أمس"): a cue of history elsewhere in it does not make the event history."""
    if article.published is None:
        return False
    return any(m.resolution.precision == 1 and m.resolution.value is not None
               and 0 <= (article.published - m.resolution.value).days < settings.background_after_days
               for m in _sentence_dates(article, hit))


def _earlier_year(article: Article, sentence_text: str) -> bool:
    if article.published is None:
        return bool(_YEAR.search(sentence_text))
    return any(int(m.group(1)) < article.published.year for m in _YEAR.finditer(sentence_text))


def _sentence_dates(article: Article, hit: TriggerHit) -> list[Mention]:
    return [m for m in article.mentions_of("date") if hit.sentence.contains(m.span)]


def _modality(article: Article, hit: TriggerHit, settings: Settings) -> str | None:
    """None when the clause does not report an event at all (negated, generic)."""
    before = _before(article, hit.sentence, hit.span.start, 40)
    if _NEGATION.search(before):
        return None
    if _GENERIC.search(_before(article, hit.clause, hit.span.start, 45)):
        return None
    right_before = _before(article, hit.clause, hit.span.start, 16)
    if hit.trigger.event_type == "Explosions/Remote violence" and _WEAPON_OF.search(right_before):
        return None
    if hit.trigger.event_type == "Explosions/Remote violence" and _WITHDRAWN.search(_before(article, hit.clause, hit.span.start, 45)):
        return None
    # the clause up to the trigger, read once by the cues that end right before it
    clause_before = _before(article, hit.clause, hit.span.start, 80)
    if _DEFENCE_BEFORE.search(clause_before) or _DEFENCE_AFTER.search(clause_before):
        return None
    if _DEMAND.search(clause_before):
        return None  # "وطالبوا بتوقيف سليمان الأسد": a demand, not an arrest
    if _THIS_EVENT.search(clause_before):
        return None  # "وسط هذا القصف الجوي": the strikes told before, not another event
    if _tally(article, hit, clause_before):
        return None  # "وثق المرصد إلقاء 14297 برميلا متفجرا": a tally over months, not an event
    n_trigger, trigger_text = _norm_slice(article, hit.span)
    if _MINES_LAID.search(clause_before) and trigger_text.endswith(("الغام", "لغم")):
        return None  # "حقول ألغام قريبة من الرقة" (a target), "زرع الألغام": mines, not a blast
    word_start = max(article.normalized.text.rfind(" ", 0, n_trigger), article.normalized.text.rfind("\n", 0, n_trigger)) + 1
    if _PURPOSE.fullmatch(article.normalized.text, word_start, n_trigger + len(trigger_text.split(" ")[0])):
        return None  # "لمواجهة تنظيم داعش"، "للسيطرة على": what forces are for, not what they did
    if _PURPOSE_OF_CONTROL.search(clause_before) and trigger_text.startswith(("السيطره", "سيطره")):
        return None  # "عملياتها العسكرية لاستعادة السيطرة على جنوب البلاد"
    trigger_end = n_trigger + len(trigger_text)
    if hit.trigger.event_type == "Battles" and trigger_text in ("تصدت", "تصدي", "تصدوا") and _DEFENDED.match(
            article.normalized.text, trigger_end, trigger_end + 60):
        return None  # "تصدي أنظمة الدفاع الجوي لهجوم صاروخي"
    if hit.trigger.sub_event_type == "Non-violent transfer of territory" and (
            _FORCED.search(clause_before) or _AFTER_FIGHTING.search(_before(article, hit.sentence, hit.span.start, 90))):
        # "إجبار قوات النظام على الانسحاب"، "عقب اشتباكات ... حيث انسحب أفراد التنظيم": driven out in the
        # fighting the sentence tells, no handover
        return None
    if hit.trigger.sub_event_type == "Non-violent transfer of territory" and _WITHDRAWAL_TALKED_OF.search(clause_before):
        return None  # "للضغط على جيش الإسلام للموافقة على شروط الانسحاب"، "مفاوضات بشأن انسحاب": a topic, not a handover
    if hit.trigger.sub_event_type == "Non-violent transfer of territory" and _LEFT_A_DEAL.match(
            article.normalized.text, trigger_end, trigger_end + 60):
        return None
    if hit.trigger.sub_event_type == "Agreement" and _UNMADE_DEAL.search(_before(article, hit.sentence, hit.span.start, 70)):
        return None  # "فشل قمة طهران بالتوصل إلى اتفاق"، "عروض رفضتها المعارضة وكانت تقضي بعقد اتفاق"
    if trigger_text.endswith("السيطره علي") and _HELD.match(article.normalized.text, trigger_end, trigger_end + 20):
        return None
    if _IDIOM.match(article.normalized.text, n_trigger + len(trigger_text) - len(trigger_text.split()[-1]), n_trigger + 60):
        return None
    if _trend(article, hit, trigger_text):
        return None
    if trigger_text.startswith(("دوريه", "دوريات")) and _NOT_A_PATROL.search(clause_before):
        return None  # "جولة دورية من المشاورات" (periodic), "فتح ... النار على دورية" (the target of an attack)
    _, sentence_text = _norm_slice(article, hit.sentence)
    recalled = (_BACKGROUND.search(sentence_text) or _earlier_year(article, sentence_text)) and not _recent_day(article, hit, settings)
    if _PLUPERFECT.search(sentence_text) or recalled:
        return "background"
    if _RESPONSE_TO.search(_before(article, hit.sentence, hit.span.start, 20)) and not _recent_day(article, hit, settings):
        return "background"  # "ردا على الهجوم الانتحاري الذي استهدف سوروج": the earlier event, recalled
    if (hit.trigger.sub_event_type == "Chemical weapon" and not _sentence_dates(article, hit)
            and (_LOOKED_INTO.search(clause_before) or _ALLEGED_AFTER.match(after_trigger(article, hit)))):
        # "بعد تقارير عن هجوم بالأسلحة الكيماوية"، "هجوم كيميائي مفترض": the attack the story reacts to, told before
        return "background"
    if _TIME_SINCE.search(clause_before):
        return "background"  # "بعد ثلاثة أيام من هجوم سوروتش الانتحاري": an earlier event the time is told from
    after = article.normalized.text[trigger_end:trigger_end + 30]
    if hit.trigger.planned and _A_MOVE.match(trigger_text) and not _MILITARY.search(_norm_slice(article, hit.sentence)[1]):
        return None  # "أعلنت قطر أن طائرة ستتجه إلى مطار دمشق لنقل المساعدات": a journey, no offensive
    if hit.trigger.planned or _PLANNED.search(clause_before) or _COMING_AFTER.match(after):
        return "planned"
    if _POSSIBLE_AFTER.match(after):
        return "hypothetical"  # "من أجل مواجهة مسلحة محتملة"
    if _HYPOTHETICAL.search(clause_before) or _ANY_BEFORE.search(right_before):
        return "hypothetical"
    return "reported"


_NOT_A_PATROL = re.compile(r"(?<!\w)(?:[وب]?(?:جوله|جولات|اجتماعات|اجتماع|زيارات|لقاءات|مشاورات|تقارير|انتخابات|صيانه|"
                           r"مراجعه|صوره|شكل)|علي|[وف]?استهدف\S*|كمين\s+ل?)\s*ل?$")


# Attacks counted as a trend, not reported as an event: "العدد المتزايد من الهجمات الانتحارية"،
# "التفجيرات الانتحارية ظاهرة حديثة"، "زادت التفجيرات منذ بداية الحملة" — a definite plural and a
# word of quantity or change, in a sentence that names no day
_TREND = re.compile(r"(?<!\w)[وف]?(?:ال)?(عدد|العدد|المتزايد|تزايد|ازدياد|زادت|زاد|ارتفاع|تصاعد|ظاهره|وتيره|موجه|سلسله من)(?!\w)")


def _trend(article: Article, hit: TriggerHit, trigger_text: str) -> bool:
    # the noun, or the noun before an adjective trigger ("الهجمات الانتحارية")
    words = [trigger_text.split(" ")[0]] + _before(article, hit.sentence, hit.span.start, 15).split()[-1:]
    if not any(w.startswith("ال") and w.endswith("ات") for w in words):
        return False
    if _sentence_dates(article, hit):
        return False
    _, clause_text = _norm_slice(article, hit.clause)
    return bool(_TREND.search(clause_text))


def _sub_event_type(article: Article, hit: TriggerHit, agent: Mention | None) -> str:
    territory = ("Non-state actor overtakes territory", "Government regains territory")
    if hit.trigger.sub_event_type in territory and agent is not None and getattr(agent.resolution, "inter", None):
        # who took the ground decides: the state's forces regain it, anyone else overtakes it
        return territory[1] if agent.resolution.inter == 1 else territory[0]
    if not hit.trigger.air_or_ground:
        return hit.trigger.sub_event_type
    _, clause_text = _norm_slice(article, hit.clause)
    if _AIR_QUALIFIER.search(clause_text):
        return "Air/drone strike"
    if agent is not None and ("coalition" in agent.resolution.id or "air" in agent.resolution.id):
        return "Air/drone strike"
    return hit.trigger.sub_event_type


def _events_for(article: Article, hit: TriggerHit, settings: Settings) -> list[Event]:
    modality = _modality(article, hit, settings)
    if modality is None:
        return []
    agent, target = actors(article, hit)
    date = event_date(article, hit)
    # a day in the sentence marks news even when it is the statement's day rather than the event's
    dated = date is not None or bool(_sentence_dates(article, hit))
    dead = fatalities(article, hit)
    # history recalled happened elsewhere more often than not: it borrows no place from its neighbours
    own_places = places(article, hit)
    found_places = own_places or [context_place(article, hit) if modality != "background" else None]
    if found_places == [None] and hit.trigger.sub_event_type == "Arrests" and modality != "background":
        # arrests by a city state's police, told by its name alone ("قالت الكويت إن وزارة الداخلية ألقت القبض")
        found_places = [city_state_capital(article, hit)]
    if found_places == [None] and not dated and dead is None and (agent is None or target is None):
        # nothing ties the word to a time or a place: "الاغتيال" named as a topic, not reported as an event
        return []
    if hit.trigger.event_type == "Strategic developments" and agent is None and not dated and not own_places:
        # the filter does not judge strategic developments: an arrest or a truce with no one doing it,
        # no day and no place of its own is talk about one ("حملة الاعتقالات"، "كل اتفاق هدنة")
        return []
    features = candidate_features(
        article, hit.span, hit.clause, hit.sentence, hit.trigger.event_type, hit.trigger.sub_event_type,
        has_place=found_places != [None], has_date=dated, has_toll=dead is not None,
        has_actor1=agent is not None, has_actor2=target is not None, modality=modality)
    # the filter learnt violence and protest (what its training data labels); strategic developments pass
    # (and never saw history, which is emitted as background for consumers to filter)
    fighters_taken = hit.trigger.sub_event_type in _TAKING and _fighters_taken(article, hit)
    judged = hit.trigger.event_type != "Strategic developments" and not fighters_taken and modality != "background"
    probability = event_probability(features) if judged else None
    if settings.event_filter and probability is not None and probability < event_threshold():
        return []
    out = []
    counted: dict[int, int] = {}  # the dead counted at each place: "وخمسة شهداء بقرية أرنبة"
    for place in found_places:
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
        for field, evidence, mention in (("actor1", "actor1", agent), ("actor2", "actor2", target),
                                         ("location", "location", place), ("date", "event_date", date),
                                         ("fatalities", "fatalities", dead)):
            if mention is not None:
                setattr(event, field, mention.resolution)
                event.add_evidence(evidence, mention.span)
        if hit.trigger.weak:
            _recode_killing(event)
            if event.event_type == "Violence against civilians" and not _civilian_victims(article, hit, event):
                continue  # a death toll of fighting, told without its battle: not an event of its own
        if fighters_taken:
            # "خطفت جبهة النصرة ... خمسة مقاتلين"، "تم خطف 8 من مقاتلي الفرقة": armed men seized by armed men
            # are detained combatants, not civilians disappeared
            event.event_type, event.sub_event_type = "Strategic developments", "Arrests"
        elif (event.sub_event_type == "Arrests" and event.actor1 is not None and event.actor1.inter in (2, 3, 4)
                and not default_actors().governs(event.actor1)):
            # ACLED: a state, or a group running its territory (the SDF's security forces), arrests; another
            # armed group "arresting" people abducts them ("قسم منهم تم اعتقاله من دير مار اليان" by the Islamic State)
            event.event_type, event.sub_event_type = "Violence against civilians", "Abduction/forced disappearance"
        before_trigger = _before(article, hit.clause, hit.span.start, 40)
        if event.event_type == "Explosions/Remote violence" and (_SEIZED.search(before_trigger) or (
                _MADE_SAFE.search(before_trigger) and _A_BOMB.search(_norm_slice(article, hit.span)[1]))):
            # "وصادرت قنابل يدوية ومسدسات"، "الاستيلاء على 17 صاروخا": weapons taken, not used
            event.event_type, event.sub_event_type = "Strategic developments", "Disrupted weapons use"
        if event.event_type == "Battles" and _CROWD.search(_norm_slice(article, hit.sentence)[1]):
            event.event_type, event.sub_event_type = "Riots", "Violent demonstration"  # protesters clashing
        elif event.event_type == "Battles" and _CHEMICAL.search(_norm_slice(article, hit.clause)[1]):
            # "أسلحة كيماوية استخدمت في هجوم على مدينة": the attack was the gas
            event.event_type, event.sub_event_type = "Explosions/Remote violence", "Chemical weapon"
        out.append(event)
        toll = toll_before(article, hit, place) if place is not None and len(found_places) > 1 else None
        if toll is not None:
            counted[id(event)] = toll
    if len(out) > 1 and all(id(event) in counted for event in out):
        for event in out:
            event.fatalities = counted[id(event)]
    elif dead is not None and len(out) > 1:
        # one toll for several places ("مقتل 80 مدنيا في كفربطنا وسقبا"): shared evenly, the remainder to the
        # first, so that the dataset's totals count each death once
        share, rest = divmod(dead.resolution, len(out))
        for i, event in enumerate(out):
            event.fatalities = share + (rest if i == 0 else 0)
    return out


_TAKING = frozenset({"Arrests", "Abduction/forced disappearance"})
_TAKEN = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:عنصر|عناصر|عنصرا|مقاتل|مقاتلين|مقاتلا|مقاتلي|مقاتليه|مقاتليها|جندي|جنديا|جنود|"
                    r"عسكري|عسكريين|عسكريا|ضابط|ضباط|ضابطا|قايد|قاده|قياديا|قياديين)(?!\w)")


def _fighters_taken(article: Article, hit: TriggerHit) -> bool:
    """The people seized, named in the words after the verb (past the subject and its apposition), are
    fighters and no civilians are named."""
    start, sentence = _norm_slice(article, hit.sentence)
    after = sentence[article.normalized.from_original(hit.span.end) - start:][:90]
    return bool(_TAKEN.search(after)) and not _CIVILIAN_NOUN.search(after)


_SEIZED = re.compile(r"(?<!\w)[وف]?(?:صادرت|صادروا|صادر|مصادره|ضبطت|ضبطوا|ضبط|استولت علي|استولوا علي|استولي علي|الاستيلاء علي|"
                     r"(?:عثرت|عثروا|عثر)(?:\s+\S+){0,3}?\s+علي|العثور علي|غنمت|غنموا|اغتنام)(?:\s+\S+){0,4}?\s*$")
# "تدمير 199 عبوة ناسفة"، "تفكيك خمسة منازل مفخخة": bombs made safe, not set off; only a bomb, since "دمرت غارات جوية
# عدة منازل" is a strike that destroyed
_MADE_SAFE = re.compile(r"(?<!\w)[وف]?(?:تدمير|دمرت|دمروا|تفكيك|فككت|فككوا|ابطال)(?:\s+\S+){0,4}?\s*$")
_A_BOMB = re.compile(r"مفخخ|عبوه|عبوات|لغم|الغام|ناسف")
_CHEMICAL = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:اسلحه|سلاح|مواد|غاز|غازات)\s+(?:ال)?(?:كيماويه|كيمياييه|كيمياويه|كيماوي|كيميايي|سامه|الكلور|السارين)(?!\w)")
_CROWD = re.compile(r"(?<!\w)[وبل]?(ال)?(متظاهر|متظاهرين|متظاهرون|محتج|محتجين|محتجون)(?!\w)")
_CIVILIAN_NOUN = re.compile(
    r"(?<!\w)[وبل]?(ال)?(مدني|مدنيين|مدنيا|مدنيون|اطفال|طفل|طفله|نساء|امراه|مواطن|مواطنا|مواطنين|اشخاص|شخصا|شخص|"
    r"عايله|سكان|صحفي|صحفيا|مزارع|مزارعين|طالب|طلاب|رجل|شاب|شبان|شابا)(?!\w)"
)


def _civilian_victims(article: Article, hit: TriggerHit, event: Event) -> bool:
    if event.actor2 is not None and event.actor2.inter == 7:
        return True
    _, sentence = _norm_slice(article, hit.sentence)
    if _FIGHTERS_AMONG.search(sentence):
        return False  # "مقتل 14 شخصا، من بينهم 7 عسكريين": the dead of an attack on soldiers
    return bool(_CIVILIAN_NOUN.search(_norm_slice(article, hit.clause)[1]))


_FIGHTERS_AMONG = re.compile(r"(?<!\w)(?:بينهم|منهم|بينهما)\s+(?:\S+\s+){0,2}?(?:عسكريين|عسكريا|جنود|جنديا|ضباط|ضابطا|عناصر|"
                             r"مقاتلين|مقاتلا|مسلحين|مسلحا|ايرانيين|ايرانيا)(?!\w)")


def _told_by_its_toll(event: Event) -> bool:
    return event.event_type == "Violence against civilians" and event.sub_event_type == "Attack" and is_weak(event.trigger.text)


def _recode_killing(event: Event) -> None:
    """A killing with armed men on both sides is a battle; with civilians as victims, an attack."""
    if event.actor2 is not None and event.actor2.inter != 7 and event.actor1 is not None and event.event_type == "Violence against civilians":
        event.event_type, event.sub_event_type = "Battles", "Armed clash"

"""Dates stage: sentences taken from the staged corpora (ANT multi-source 2018, SaudiNewsNet 2015)
with their ``published`` field, plus the seed article's expressions."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from marsad.model import Article, Span
from marsad.stages.dates import dates, find_date_matches, find_dates
from marsad.text.normalize import normalize

SEED = Path("/work/shared/samples/deir-ez-zor-patrol.txt")
CORPORA = sorted(Path("/work/shared/data/news").glob("*/*.jsonl"))
SUNDAY = date(2020, 5, 10)

# (sentence, published, expression as written, expected date, time_precision)
CASES = [
    # --- seed article, published on a Sunday
    ("نقلت مصادر محلية من دير الزور أن قوات عسكرية روسيا سيرة دورية بريف دير الزور، أمس السبت، بأجراء مفاجئ",
     SUNDAY, "أمس السبت", date(2020, 5, 9), 1),
    ("أرسلت تعزيزات عسكرية جديدة إلى مدينة البوكمال شرق دير الزور، قبل عدة أيام، بعد تلقينهم تدريبات",
     SUNDAY, "قبل عدة أيام", date(2020, 5, 7), 2),
    ("بقصف الميليشيات الإيرانية في البوكمال والتي كان آخرها يوم الثلاثاء الماضي.",
     SUNDAY, "يوم الثلاثاء الماضي", date(2020, 5, 5), 1),
    ("بهدف الانتقام لمقتل “قاسم سليماني” بغارات جوية نفذتها طائرات أمريكية أوائل العام الحالي.",
     SUNDAY, "أوائل العام الحالي", date(2020, 1, 15), 3),
    ("في مدينتي “الميادين” و”البوكمال” شرق المحافظة خلال الفترة القليلة الماضية.",
     SUNDAY, "خلال الفترة القليلة الماضية", SUNDAY, 3),
    # --- absolute Gregorian, both month systems
    ("باشرتها قوات النظام السوري في 19 حزيران/يونيو بدعم روسي في محافظة درعا",
     date(2018, 7, 1), "19 حزيران/يونيو", date(2018, 6, 19), 1),
    ("7 ديسمبر: دمشق تتهم إسرائيل بشن غارتين على منطقة ديماس شمال غرب دمشق",
     date(2018, 4, 10), "7 ديسمبر", date(2017, 12, 7), 1),
    ("وقعت المواجهات في 12 أيار 2020", date(2020, 5, 20), "12 أيار 2020", date(2020, 5, 12), 1),
    ("وقعت المواجهات يوم 12 مايو/أيار", date(2020, 2, 1), "يوم 12 مايو/أيار", date(2019, 5, 12), 1),
    ("وقعت المواجهات في 9 مايو/أيار", SUNDAY, "9 مايو/أيار", date(2020, 5, 9), 1),
    ("قتل في الخامس من شباط الماضي", SUNDAY, "الخامس من شباط الماضي", date(2020, 2, 5), 1),
    ("ونفذت قوات سوريا الديمقراطية في الـ 10 من سبتمبر الماضي، عملية عسكرية",
     date(2018, 10, 10), "10 من سبتمبر الماضي", date(2018, 9, 10), 1),
    ("في أعقاب العملية التي انطلقت في 20 يناير/كانون الثاني الماضي.",
     date(2018, 2, 12), "20 يناير/كانون الثاني الماضي", date(2018, 1, 20), 1),
    ("أقر مجلس النواب العراقي في الثالث من آذار/مارس الحالي، الميزانية",
     date(2018, 3, 13), "الثالث من آذار/مارس الحالي", date(2018, 3, 3), 1),
    ("حملة عسكرية تشنها قوات النظام منذ 18 شباط/فبراير على الغوطة الشرقية",
     date(2018, 3, 10), "18 شباط/فبراير", date(2018, 2, 18), 1),
    ("تنطلق الانتخابات التشريعية السبت 12 مايو/أيار في العراق",  # weekday fixes the year: upcoming
     date(2018, 5, 11), "السبت 12 مايو/أيار", date(2018, 5, 12), 1),
    # --- month precision
    ("وقعوا اتفاقا لوقف إطلاق النار في يوليو/تموز الماضي لتهدئة الأوضاع",
     date(2018, 6, 24), "يوليو/تموز الماضي", date(2017, 7, 15), 3),
    ("حتى استعادتها قوات سوريا الديمقراطية في أكتوبر الماضي",
     date(2018, 9, 30), "أكتوبر الماضي", date(2017, 10, 15), 3),
    ("الضربة التي شنتها في أبريل/نيسان 2017 بعدما قتل هجوم كيميائي على بلدة خان شيخون",
     date(2018, 4, 15), "أبريل/نيسان 2017", date(2017, 4, 15), 3),
    # parts of a month: مطلع/أوائل -> 5th, منتصف -> 15th, نهاية/أواخر -> 28th, week precision
    ("الجماعات المسلحة في حلب منذ منتصف يوليو داخل مجموعة من المعارضين",
     date(2015, 8, 4), "منتصف يوليو", date(2015, 7, 15), 2),
    ("وفي أواخر مايو/أيار 2018 اندمجت 11 مجموعة عسكرية",
     date(2018, 8, 30), "أواخر مايو/أيار 2018", date(2018, 5, 28), 2),
    ("وانعقدت آخر قمة بين الدول الثلاث مطلع نيسان/أبريل في أنقرة",
     date(2018, 4, 28), "مطلع نيسان/أبريل", date(2018, 4, 5), 2),
    ("بث تسجيل فيديو الأربعاء يهدد فيه بإعدام كرواتي يعمل في شركة فرنسية، خطف نهاية يوليو (تموز) في إحدى ضواحي القاهرة",
     date(2015, 8, 7), "نهاية يوليو (تموز)", date(2015, 7, 28), 2),
    ("وكانت تركيا والولايات المتحدة اتفقتا على جدول زمني لانسحاب وحدات حماية الشعب الكردية من مدينة منبج مطلع الشهر الجاري.",
     date(2018, 6, 18), "مطلع الشهر الجاري", date(2018, 6, 5), 2),
    ("كانت تركيا عضو حلف شمال الاطلسي قد وافقت رسميا نهاية الشهر الماضي على استخدام الطائرات الأميركية",
     date(2015, 8, 6), "نهاية الشهر الماضي", date(2015, 7, 28), 2),
    ("حتّمَ على الكونغرس أوائل الشهر الماضي إقرار مشروع قانون", date(2015, 8, 8), "أوائل الشهر الماضي", date(2015, 7, 5), 2),
    # a part of a year or a season with its year: month precision
    ("يسيطر عليها داعش بعد عبور الحدود السورية منتصف عام 2014 في محاولة لإقامة خلافة",
     date(2015, 8, 9), "منتصف عام 2014", date(2014, 6, 15), 3),
    ("ويقول الادعاء ان سعادة تواصل في بدايات العام 2012 مع واحد من المتهمين الثلاثة",
     date(2015, 8, 11), "بدايات العام 2012", date(2012, 1, 15), 3),
    ("وسيطر داعش على مجمل محافظة دير الزور في صيف 2014 بما فيها مدينة البوكمال",
     date(2015, 8, 1), "صيف 2014", date(2014, 7, 15), 3),
    # --- numeric and Hijri
    ("إلى مجلس الأمن الوطني لإقليم كردستان - العراق، بتاريخ 6/ 8/ 2015، وتم توقيف المذكورة",
     date(2015, 8, 11), "6/ 8/ 2015", date(2015, 8, 6), 1),
    ("التغريدة الأصلية يوم 14/08/2018 الساعة 5:11 م", date(2018, 8, 17), "14/08/2018", date(2018, 8, 14), 1),
    ("صدر القرار في 2020-05-12", SUNDAY, "2020-05-12", date(2020, 5, 12), 1),
    ("وذلك في يوم الجمعة الموافق 9/9/1436هـ، استغلالا لتواجد المنسوبين لأداء الصلاة",
     date(2015, 8, 7), "يوم الجمعة الموافق 9/9/1436هـ", date(2015, 6, 26), 1),
    ("بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", date(2015, 8, 10), "25 شوال 1436 هـ", date(2015, 8, 10), 1),
    ("بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", date(2015, 8, 10), "10 أغسطس 2015 م", date(2015, 8, 10), 1),
    ("أعلن الهجوم في 15 رمضان 1441", SUNDAY, "15 رمضان 1441", date(2020, 5, 8), 1),
    ("ما تعرض له مسجد في قرية الدالوة بمحافظة الأحساء في العاشر من شهر محرم من العام الحالي",
     date(2015, 8, 11), "العاشر من شهر محرم", date(2014, 11, 3), 1),
    # --- today / yesterday / day before
    ("وقالت تركيا في بيان صدر اليوم الأحد إن \"شكوكا قوية\" تشير إلى استخدام النظام السوري أسلحة كيمياوية",
     date(2018, 4, 8), "اليوم الأحد", date(2018, 4, 8), 1),
    ("وأفاد المسؤول بأن وقف إطلاق النار ينتهي ظهر اليوم الاثنين",
     date(2018, 5, 21), "ظهر اليوم الاثنين", date(2018, 5, 21), 1),
    ("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية للتصدي للتطرف",
     date(2015, 7, 20), "اليوم (الاثنين)", date(2015, 7, 20), 1),
    ("في أعقاب احتجاجات عنيفة شهدتها اليوم", date(2018, 9, 8), "اليوم", date(2018, 9, 8), 1),
    ("الى ذلك نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله",
     date(2015, 8, 3), "امس", date(2015, 8, 2), 1),
    ("قد قامت بقصف مواقع لـ«جبهة النصرة» بشمال سوريا أمس (الجمعة)، وذلك بعد ورود تقارير",
     date(2015, 8, 1), "أمس (الجمعة)", date(2015, 7, 31), 1),
    ("إن عناصر تنظيم داعش أطلقوا اليوم (أمس) عشرات الصواريخ", date(2015, 8, 7), "اليوم (أمس)", date(2015, 8, 6), 1),
    ("أعلن ناشطون أن اشتباكات عنيفة دارت منتصف ليل أمس بين جبهة النصرة وجبهة أنصار الدين",
     date(2015, 8, 4), "منتصف ليل أمس", date(2015, 8, 3), 1),
    ("في قتال عنيف مع قوات الجيش السوري الليلة الماضية.", date(2015, 8, 7), "الليلة الماضية", date(2015, 8, 6), 1),
    ("وذلك في أولى جلسات محاكمتهم أول من أمس", date(2015, 8, 7), "أول من أمس", date(2015, 8, 5), 1),
    ("وكان العبادي قد أكد أول أمس الأحد أن حكومته لا تتحمل الأخطاء المتراكمة",
     date(2015, 8, 11), "أول أمس الأحد", date(2015, 8, 9), 1),
    ("وكان جون كيري غادر مساء أول من أمس الجمعة واشنطن في جولة",
     date(2015, 8, 2), "مساء أول من أمس الجمعة", date(2015, 7, 31), 1),
    # --- weekdays
    ("اضطرت السيدة الأولى الأمريكية ميلانيا ترامب إلى العودة إلى قاعدة أندروز المشتركة، الأربعاء، بعد مشكلة ميكانيكية",
     date(2018, 10, 18), "الأربعاء", date(2018, 10, 17), 1),
    ("أطلقت 20 صاروخا على قواعد عسكرية إسرائيلية في مرتفعات الجولان، فجر الخميس",
     date(2018, 5, 10), "فجر الخميس", date(2018, 5, 10), 1),
    ("وتأتي هذه الإجراءات ضمن جهود لاحتواء زخم المظاهرات التي انطلقت الأحد الماضي في مدينة البصرة",
     date(2018, 7, 14), "الأحد الماضي", date(2018, 7, 8), 1),
    ("ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، فجر السبت الماضي، ضربة صاروخية",
     date(2018, 4, 21), "فجر السبت الماضي", date(2018, 4, 14), 1),
    ("وكان ترامب صرح يوم الخميس الماضي بأن الولايات المتحدة سوف تخرج من سوريا قريبا",
     date(2018, 4, 3), "يوم الخميس الماضي", date(2018, 3, 29), 1),
    ("وكان قصر الإليزيه قد أعلن ليل الاثنين-الثلاثاء أن الرئيسين بحثا مجددا",
     date(2018, 4, 10), "ليل الاثنين-الثلاثاء", date(2018, 4, 9), 1),
    # "بعد منتصف ليل X": the small hours of the day after X
    ("في حين تعرضت بعد منتصف ليل الأحد - الاثنين مناطق في مدينة داريا بالغوطة الغربية",
     date(2015, 8, 11), "بعد منتصف ليل الأحد - الاثنين", date(2015, 8, 10), 1),
    ("كما قصفت قوات النظام بعد منتصف ليل أمس مناطق في مدينة داريا بالغوطة الغربية",
     date(2015, 8, 6), "بعد منتصف ليل أمس", date(2015, 8, 6), 1),
    ("استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل الاثنين - الثلاثاء بين المقاتلين محليين من جهة",
     date(2015, 8, 6), "بعد منتصف ليل الاثنين - الثلاثاء", date(2015, 8, 4), 1),
    ("منوهة بالاتفاق الروسي الأمريكي أمس الأول الذي أقر ملاحقة المسؤولين عن الهجمات الكيماوية",
     date(2015, 8, 9), "أمس الأول", date(2015, 8, 7), 1),
    ("بعد مقتل 18 عنصرا يومي الخميس والجمعة في غارات تركية على قريتين شمال غرب عفرين",
     date(2018, 3, 3), "يومي الخميس والجمعة", date(2018, 3, 1), 1),
    # --- counted and vague relative expressions
    ("وقبل يومين، أعلن الإعلام الرسمي السوري خروج أكبر موكب مقاتلين",
     date(2018, 3, 29), "قبل يومين", date(2018, 3, 27), 1),
    ("منذ سقوط الهدنة بين المتمردين الاكراد والجيش التركي قبل عشرة ايام",
     date(2015, 8, 3), "قبل عشرة ايام", date(2015, 7, 24), 2),  # a week or more of days: the week
    ("قتل شخصان قبل ثلاثة أيام", SUNDAY, "قبل ثلاثة أيام", date(2020, 5, 7), 1),
    ("قتل شخصان قبل 3 أيام", SUNDAY, "قبل 3 أيام", date(2020, 5, 7), 1),
    ("وقتل 4 إيرانيين مختصين بإطلاق الصواريخ، قبل 15 يوماً في جبهة حرض",
     date(2018, 7, 17), "قبل 15 يوماً", date(2018, 7, 2), 2),
    ("بعد الضربة الجوية التي قادتها الولايات المتحدة قبل أيام ضد الأسد",
     date(2018, 4, 17), "قبل أيام", date(2018, 4, 14), 2),
    ("بعدما أفرجت عنه السلطات التشيكية منذ أيام إثر توقيف وجيز",
     date(2018, 3, 5), "منذ أيام", date(2018, 3, 2), 2),
    ("وقبل نحو أسبوعين نشرت صحيفة «واشنطن بوست» تصريحات عن الموضوع ذاته",
     date(2015, 8, 3), "قبل نحو أسبوعين", date(2015, 7, 20), 2),
    ("يذكر أن أنقرة كانت أطلقت قبل أسبوع عملية عسكرية جوية", date(2015, 8, 1), "قبل أسبوع", date(2015, 7, 25), 2),
    ("وسيطر الجيش الحكومي على دير الزور قبل نحو 6 أشهر لكن مقاتلي تنظيم الدولة لا زالوا ينشطون",
     date(2018, 5, 27), "قبل نحو 6 أشهر", date(2017, 11, 15), 3),
    ("وقبل ساعات دعا نائب وزير الخارجية الروسي إيران وإسرائيل إلى ضبط النفس",
     date(2018, 5, 10), "قبل ساعات", date(2018, 5, 10), 1),
    ("إذ تعرضت البلدة لقصف سوري خلال الساعات الأخيرة، تزامنا مع قصف مدفعي",
     date(2018, 6, 25), "خلال الساعات الأخيرة", date(2018, 6, 25), 1),
    ("قتلوا خلال الأيام الماضية إثر غارات جوية روسية وسورية على الأحياء السكنية",
     date(2018, 2, 27), "خلال الأيام الماضية", date(2018, 2, 24), 2),
    ("بعد أن شهدت اضطرابات وأعمال عنف خلال اليومين الماضيين", date(2018, 9, 6), "خلال اليومين الماضيين", date(2018, 9, 5), 2),
    # recent weeks / months: a vague recent period, the publication date at month precision
    ("وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني",
     date(2015, 8, 6), "الأسابيع الأخيرة", date(2015, 8, 6), 3),
    ("تم اعتقالهم في منطقة نيويورك خلال الاشهر الماضية للاشتباه بانتمائهم الى شبكة من المؤيدين للتنظيم",
     date(2015, 8, 11), "خلال الاشهر الماضية", date(2015, 8, 11), 3),
    ("وشنت تركيا أولى ضرباتها ضد التنظيم المتشدد في سورية قبل أسبوع ونصف كما بدأت في مهاجمة مقاتلين أكراد.",
     date(2015, 8, 6), "قبل أسبوع ونصف", date(2015, 7, 27), 2),
    ("رغم الخسائر الكبيرة التي تكبدها منذ بدء المعركة منذ نحو الشهر حتى الآن",
     date(2015, 8, 4), "منذ نحو الشهر", date(2015, 7, 15), 3),
    ("إلا أن تقرير البنك الدولي قبل حوالي ثلاثة أشهر أشار إلى أن الاقتصاد الأردني بالرغم مما سبق متماسك",
     date(2015, 8, 8), "قبل حوالي ثلاثة أشهر", date(2015, 5, 15), 3),
    ("ويأتي هذا الكلام بعد نحو أسبوعين من تلويح الرئيس السوري بشار الأسد باستخدام \"القوة\"",
     date(2018, 6, 10), "بعد نحو أسبوعين", date(2018, 5, 27), 2),
    ("ويأتي إعلان الجيش الروسي الجديد بعد ساعات من اتهامات للنظام السوري بتنفيذ هجوم كيماوي على دوما",
     date(2018, 4, 8), "بعد ساعات", date(2018, 4, 8), 1),
    # "قبل عام" is a year ago, to the month; "قبل عام 2014" is before a year
    ("وهي المنطقة التي سيطرت عليها فصائل المعارضة قبل عام بعد معارك مع قوات النظام",
     date(2018, 6, 25), "قبل عام", date(2017, 6, 15), 3),
    ("واستقطبت دوائر الأحوال المدنية السورية الاهتمام مؤخرا", date(2018, 8, 10), "مؤخرا", date(2018, 8, 10), 3),
    ("وبحسب مصادر فقد ازدادت الهجمات في الآونة الأخيرة", date(2018, 8, 10), "الآونة الأخيرة", date(2018, 8, 10), 3),
    # --- weeks, months, parts of a year
    ("وقتلت إحدى الغارات الجوية 30 شخصا على الأقل في مدينة زملكا، الأسبوع الماضي",
     date(2018, 3, 20), "الأسبوع الماضي", date(2018, 3, 13), 2),
    ("واعتقل غوتيريز في وقت سابق من الأسبوع الجاري في مدينة بيريرا", date(2018, 3, 16), "الأسبوع الجاري", date(2018, 3, 16), 2),
    ("قبل خروجهم منها الشهر الماضي عقب عملية عسكرية تلاها اتفاق إجلاء",
     date(2018, 5, 25), "الشهر الماضي", date(2018, 4, 15), 3),
    ("وكان ترامب قد أعلن، في وقت سابق من الشهر الجاري، عزمه سحب القوات الأمريكية",
     date(2018, 4, 16), "الشهر الجاري", date(2018, 4, 16), 3),
    ("إن سلطات الإقليم تسلمت المدعوة أم سياف من الأمريكيين في السادس من الشهر الحالي",
     date(2015, 8, 11), "السادس من الشهر الحالي", date(2015, 8, 6), 1),
    ("أن إردوغان توصل إلى اتفاق موقّع مع أميركا في 7 من الشهر الماضي",
     date(2015, 8, 1), "7 من الشهر الماضي", date(2015, 7, 7), 1),
    ("لا سيما بعد إعلانه الانتصار على تنظيم \"الدولة الإسلامية\" نهاية العام الماضي",
     date(2018, 3, 14), "نهاية العام الماضي", date(2017, 12, 15), 3),
    ("وأدت إلى حله، مطلع العام الحالي", date(2015, 8, 1), "مطلع العام الحالي", date(2015, 1, 15), 3),
    # bare parts of the week: its first day (Sunday) or its end (Saturday), on or before publication
    ("قتلوا أيضا في هذه الغارات خلال نهاية الاسبوع؛ لكن الجيش نفى استهدافه أي منطقة مأهولة",
     date(2015, 8, 4), "نهاية الاسبوع", date(2015, 8, 1), 2),
    ("وقتل أربعة جنود أتراك وأصيب عشرات في هجمات منفصلة لحزب العمال الكردستاني خلال مطلع الأسبوع في جنوب شرق تركيا",
     date(2015, 8, 4), "مطلع الأسبوع", date(2015, 8, 2), 2),
    # spacing, glued في, era markers, paired names with a slip
    ("الهجوم الكيميائي \"المحتمل\" والمنسوب إلى النظام السوري على دوما في7\xa0 نيسان/أبريل، وأيضا الغارات",
     date(2018, 4, 28), "7\xa0 نيسان/أبريل", date(2018, 4, 7), 1),
    ("تساءل خاشقجي في تغريدة نشرها في 30 سبتمبر/تشرين أول، قائلا", date(2018, 10, 20), "30 سبتمبر/تشرين أول",
     date(2018, 9, 30), 1),
    ("27 أبريل: اتهمت دمشق إسرائيل بقصف موقع عسكري قرب مطار دمشق الدولي.",  # a chronology entry
     date(2018, 4, 10), "27 أبريل", date(2017, 4, 27), 1),
    # named dates, Hijri months and holidays, anaphora
    ("عند الاستعداد للقيام بعمليات أحداث 11 سبتمبر (أيلول) الإرهابية بأميركا",
     date(2015, 8, 1), "11 سبتمبر (أيلول)", date(2001, 9, 11), 1),
    ("وأضاف \"أهنئ الأمة الإسلامية بحلول شهر رجب، سائلاً الله دحر الخونة",
     date(2018, 3, 24), "شهر رجب", date(2018, 3, 24), 3),
    ("فالمرشد الاعلى آية الله علي خامنئي خلال كلمة القاها بمناسبة عيد الفطر في ساحة الإمام الخميني",
     date(2015, 8, 7), "عيد الفطر", date(2015, 7, 17), 1),
    ("وكان آخر تصريح لأردوغان في هذا الشأن يوم الثلاثاء الماضي عندما عبر عن أمله في السيطرة على عفرين بحلول مساء ذات اليوم.",
     date(2018, 3, 17), "مساء ذات اليوم", date(2018, 3, 13), 1),
    ("وعززت السلطات منذ الصباح تواجد القوات الأمنية بشكل كثيف في العاصمة", date(2018, 7, 20), "الصباح",
     date(2018, 7, 20), 1),
    # "من" ending another word does not make "الاثنين" "the two of them"
    ("وخلال جلسة لمجلس الأمن الاثنين، قال ممثل سوريا لدى الأمم المتحدة بشار الجعفري", date(2018, 4, 10), "الاثنين",
     date(2018, 4, 9), 1),
    # a range of days: the first day
    ("قصفت الطائرات المطار في 24 و25 آذار/مارس 2017 ثم في 30 آذار/مارس", date(2018, 6, 13), "24 و25 آذار/مارس 2017",
     date(2017, 3, 24), 1),
    ("وفي ليل 6-7 نيسان/أبريل، استهدفت الصواريخ القاعدة", date(2018, 6, 13), "6-7 نيسان/أبريل", date(2018, 4, 6), 1),
    # "since the start of the year" without الجاري: this year
    ("قافلة واحدة فقط من المساعدات تمكنت من الوصول للمحتاجين إليها في الغوطة منذ بداية العام، في حين",
     date(2018, 3, 6), "بداية العام", date(2018, 1, 15), 3),
    # the past 24 hours, in words
    ("وقالت وزارة الدفاع إن 3600 مسلح وأسرهم غادروا دوما بالفعل خلال الساعات الأربع والعشرين الماضية.", date(2018, 4, 10),
     "خلال الساعات الأربع والعشرين الماضية", date(2018, 4, 10), 1),
    # the news "today" set off by commas or after its verb
    ("ولم يعرف بعد عدد الضحايا. واليوم، خلف انفجار اضرارًا في انبوب للنفط", date(2018, 3, 1), "اليوم",
     date(2018, 3, 1), 1),
]


@pytest.mark.parametrize("sentence,published,expr,expected,precision", CASES)
def test_resolves_corpus_sentence(sentence, published, expr, expected, precision):
    found = {v.text: (s, e, v) for s, e, v in find_dates(sentence, published)}
    assert expr in found, f"{expr!r} not among {list(found)}"
    s, e, value = found[expr]
    assert sentence[s:e] == value.text == expr
    assert value.value == expected
    assert value.precision == precision


NOT_DATES = [
    "وقال في العام الماضي إن الوضع تحسن",  # a year alone
    "ولد في 2019 في دمشق",
    "مارس الضغط على الحكومة",  # مارس = the verb "exercised"
    "نحن في أمس الحاجة إلى المساعدات",
    "وفي نفس اليوم من الأسبوع",
    "وفي اليوم التالي انسحبت القوات",
    "سيلتقي الوزيران الأحد المقبل في جنيف",  # future
    "ويشارك أحد عشر مقاتلا",
    "وقال الرئيس التركي رجب طيب أردوغان",  # Hijri month name as a person's name
    "قبل أيام من الانتخابات التشريعية",  # relative to another event, not to publication
    "في مسجد الحصري بمدينة السادس من أكتوبر",  # a city's name
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence):
    assert find_dates(sentence, SUNDAY) == []


# (sentence, published, expression): durations, future dates and periods, left unresolved
UNRESOLVED = [
    ("وفي السودان، ما زال الجدل الذي أثاره التحاق طلاب سودانيين يحملون جوازات سفر غربية، بتنظيم داعش، وسفرهم إلى "
     "تركيا من مطار الخرطوم، مستمرًا منذ عدة أسابيع.",
     date(2015, 8, 1), "منذ عدة أسابيع"),
    ("لإجلاء ألف حالة طبية من الغوطة الشرقية المحاصرة، حيث تشن قوات النظام هجوماً منذ أسابيع.", date(2018, 3, 13),
     "منذ أسابيع"),
    ("لكنه استبعد أن يتم تحرير بقية مناطق المحافظة خلال الشهر الجاري.", date(2015, 8, 9), "الشهر الجاري"),
    ("ويأمل المنظمون أن تعود الحركة إلى الشواطئ هذا الصيف", date(2015, 5, 2), "هذا الصيف"),  # still to come
    ("يلتقي رئيس الائتلاف السوري الدكتور خالد خوجة وزير الخارجية الروسي سيرجي لافروف في موسكو في 12 الشهر الجاري",
     date(2015, 8, 9), "12 الشهر الجاري"),
    ("وأمام الأحزاب مهلة تنقضي في 23 أغسطس / آب للاتفاق على ائتلاف", date(2015, 8, 4), "23 أغسطس / آب"),
    ("وكانت بريطانيا قالت إن استخدام مقاتلات «تورنادو» سيستمر حتى آذار (مارس) 2016 أي بعد عام",
     date(2015, 8, 6), "آذار (مارس) 2016"),
    ("ستستخدم مقاتلات «تورنادو» في شن الضربات حتى مطلع العام 2017 على الأقل", date(2015, 8, 6), "مطلع العام 2017"),
    ("ومن المقرر أن يبدأ تنفيذ الاتفاق صباح السبت.", date(2018, 3, 23), "صباح السبت"),
    ("النتائج في نهاية أيار/مايو", date(2018, 5, 16), "نهاية أيار/مايو"),
    ("وعاد إليها مرة أخرى في الأشهر الأخيرة من ولاية كلنتون.", date(2018, 6, 14), "الأشهر الأخيرة"),
    ("التغريدة الأصلية يوم 14/08/2018 الساعة 5:11 م تكلمتُ فيها عن عيد الأضحى المبارك", date(2018, 8, 17),
     "عيد الأضحى المبارك"),
    # "اليوم" as "nowadays": opening a clause and running on, or before an imperfect verb
    ("وهو ما نتج عنه وقتها اغتيال الزعيم أحمد شاه مسعود.  اليوم تقوم «جبهة النصرة» باستهداف حلفاء القوى المعتدلة",
     date(2015, 8, 1), "اليوم"),
    ("وقال في خطبة صلاة الجمعة في كربلاء أمس إن: البلد اليوم يواجه من جانب حرباً ضد الإرهاب", date(2015, 8, 8), "اليوم"),
    ("ليس فكراً ضالاً بل هو فكر مجرم آثم ، فاليوم هو وقت تسمية الأشياء بأسمائها الحقيقية", date(2015, 8, 10), "اليوم"),
    ("وفي مثل هذا اليوم من عام 1923 أعلنت الجمهورية", date(2018, 10, 1), "اليوم"),
    # a subject pronoun before it: what is so nowadays
    ("مستثمرا جرائم داعش كما فعلت أصوات ايرانية أخرى في الخليج العربي، إننا اليوم نعيش قواعد لعبة كبرى",
     date(2015, 8, 9), "اليوم"),
    ("وتأمين ودعم القوة القادرة على تحييدها في أرضها وهي اليوم الثورة السورية وقيادتها الميدانية المعتدلة",
     date(2015, 8, 9), "اليوم"),
    # a day set off by a comma belongs to the clause before it, here one in the future
    ("وكشف أن قرارا بشأن مشاركة وفده في جنيف وتاريخ مغادرتها سيصدر، الجمعة.", date(2018, 9, 6), "الجمعة"),
    ("وذلك في بيان يأتي عشية اجتماع مجلس الأمن حول إدلب، الجمعة.", date(2018, 9, 6), "الجمعة"),
]


@pytest.mark.parametrize("sentence,published,expr", UNRESOLVED)
def test_left_unresolved(sentence, published, expr):
    start = sentence.index(expr)
    overlapping = [(s, e, v) for s, e, v in find_dates(sentence, published) if s < start + len(expr) and start < e]
    assert all(v.value is None for _, _, v in overlapping), overlapping


def test_weekday_mismatch_trusts_weekday():
    # published Sunday 2015-08-02: yesterday was Saturday, the text says Friday
    sentence = "قالت الوزارة أمس الجمعة إن الهجوم فشل"
    (match,) = find_date_matches(sentence, date(2015, 8, 2))
    assert match.value.value == date(2015, 7, 31)
    assert match.value.precision == 1
    assert match.mismatch and "الجمعه" in match.mismatch
    # a crawl date one day late: "today Monday" in a Tuesday-stamped article
    (match,) = find_date_matches("وقال البيان الذي أذيع اليوم الاثنين", date(2015, 8, 11))
    assert match.value.value == date(2015, 8, 10) and match.mismatch


def test_stage_warns_on_weekday_mismatch():
    text = "العنوان\nقالت الوزارة أمس الجمعة إن الهجوم فشل."
    article = Article(id="t", text=text, published=date(2015, 8, 2), normalized=normalize(text))
    article.body = [Span.of(text, 8, len(text))]
    dates(article)
    (mention,) = article.mentions_of("date")
    assert mention.resolution.value == date(2015, 7, 31)
    assert any(w.startswith("date-weekday-mismatch") for w in article.warnings)


def test_no_publication_date_keeps_relative_text():
    sentence = "سيرت دورية أمس السبت وكانت آخر غارة يوم الثلاثاء الماضي قبل عدة أيام في 12 أيار 2020"
    result = {v.text: v for _, _, v in find_dates(sentence, None)}
    for expr, precision in (("أمس السبت", 1), ("يوم الثلاثاء الماضي", 1), ("قبل عدة أيام", 2)):
        assert result[expr].value is None
        assert result[expr].precision == precision
        assert result[expr].relative is True
    assert result["12 أيار 2020"].value == date(2020, 5, 12)  # absolute with a year still resolves
    assert result["12 أيار 2020"].relative is False


def test_normalized_input_with_original_text():
    sentence = "وقُتِل أمسِ السبتَ ثلاثةُ مدنيين"
    norm = normalize(sentence)
    ((s, e, value),) = find_dates(norm, SUNDAY, sentence)
    assert sentence[s:e] == value.text == "أمسِ السبتَ"
    assert value.value == date(2020, 5, 9)


def test_arabic_indic_digits():
    sentence = "في ١٢ أيار ٢٠٢٠"
    ((s, e, value),) = find_dates(sentence, None)
    assert sentence[s:e] == value.text
    assert value.value == date(2020, 5, 12)


@pytest.mark.skipif(not SEED.exists(), reason="seed sample not present")
def test_seed_article_stage():
    text = SEED.read_text(encoding="utf-8")
    body_start = text.index("نقلت مصادر")
    body_end = text.index("مقالات ذات صلة")
    article = Article(id="seed", text=text, published=SUNDAY, normalized=normalize(text))
    article.body = [Span.of(text, body_start, body_end)]
    dates(article)
    got = {m.span.text: (m.resolution.value, m.resolution.precision, m.key) for m in article.mentions_of("date")}
    assert got["أمس السبت"] == (date(2020, 5, 9), 1, "weekday-yesterday")
    assert got["قبل عدة أيام"][1:] == (2, "few-days-ago")
    assert got["يوم الثلاثاء الماضي"] == (date(2020, 5, 5), 1, "weekday-past")
    assert got["أوائل العام الحالي"][0].year == 2020 and got["أوائل العام الحالي"][0].month <= 2
    assert got["أوائل العام الحالي"][1] == 3
    assert got["خلال الفترة القليلة الماضية"][1] == 3
    assert len(got) == 5
    for m in article.mentions_of("date"):
        assert text[m.span.start:m.span.end] == m.span.text == m.resolution.text
    assert not article.warnings


def test_stage_ignores_title_and_dateline():
    text = "اليوم الأحد: قصف جديد\nقالت مصادر إن الطيران قصف البلدة أمس."
    article = Article(id="t", text=text, published=SUNDAY, normalized=normalize(text))
    article.body = [Span.of(text, text.index("قالت"), len(text))]
    dates(article)
    assert [m.span.text for m in article.mentions_of("date")] == ["أمس"]


def test_stage_reads_the_issue_date_in_a_dateline():
    text = "بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nأبرزت الصحف اللبنانية الصادرة اليوم دعوة."
    article = Article(id="t", text=text, published=date(2015, 8, 10), normalized=normalize(text))
    article.title = Span.of(text, 0, text.index("\n"))
    article.body = [Span.of(text, text.index("أبرزت"), len(text))]
    dates(article)
    got = {m.span.text: m.resolution.value for m in article.mentions_of("date")}
    assert got == {"25 شوال 1436 هـ": date(2015, 8, 10), "10 أغسطس 2015 م": date(2015, 8, 10), "اليوم": date(2015, 8, 10)}


@pytest.mark.skipif(not CORPORA, reason="corpora not present")
def test_offsets_on_corpus_sample():
    checked = 0
    for path in CORPORA:
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i >= 150:
                    break
                record = json.loads(line)
                text = record["text"]
                published = date.fromisoformat(record["published"]) if record.get("published") else None
                for s, e, value in find_dates(normalize(text), published, text):
                    assert text[s:e] == value.text
                    assert value.precision in (1, 2, 3)
                    assert (value.value is None) == (published is None and value.relative)
                    checked += 1
    assert checked > 100


def test_a_day_without_its_year_continues_the_account_it_follows():
    # a 2018 report on the Ltamenah sarin attacks of March 2017
    text = ("استخدم السارين كسلاح كيميائي في مستشفى في اللطامنة ومحيطها في 25 آذار/مارس 2017. وبعد أيام من "
            "ذلك، في 30 آذار/مارس، استخدم السارين في هجوم ثالث. وليل 6-7 نيسان/أبريل أطلقت بارجتان صواريخ.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 6, 13))}
    assert found["30 آذار/مارس"] == date(2017, 3, 30)
    assert found["6-7 نيسان/أبريل"] == date(2017, 4, 6)


def test_a_day_without_its_year_months_away_from_the_account_is_the_recent_one():
    text = "وقعت المجزرة في 25 آذار/مارس 2017. وفي 10 حزيران/يونيو قصفت الطائرات البلدة."
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 6, 13))}
    assert found["10 حزيران/يونيو"] == date(2018, 6, 10)


def test_the_same_day_of_another_year():
    # an "on this day" column
    text = ("في 30 سبتمبر/أيلول من عام 1980، اعتمدت إسرائيل الشيكل كعملة رسمية، وفي نفس اليوم من عام 2016، "
            "سلمت السلطات القبرصية خاطف الطائرة المصرية.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 10, 1))}
    assert found["نفس اليوم من عام 2016"] == date(2016, 9, 30)


def test_the_same_day_as_what_a_relative_clause_tells_is_the_day_before_it():
    text = ("وقال ترامب الخميس إن القوات الأمريكية ستنسحب من سوريا قريبا. وأتت تصريحات ترامب في نفس اليوم الذي "
            "قتل فيه جنديان بانفجار في مدينة منبج.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 4, 3))}
    assert found["نفس اليوم"] == date(2018, 3, 29)


def test_the_same_month_is_the_month_of_the_date_before_it():
    text = ("وكان مقربا من الأخوين كواشي اللذين ارتكبا الهجوم على صحيفة شارلي إيبدو في كانون الثاني/يناير 2015 "
            "ومن كوليبالي الذي هاجم محلا تجاريا في الشهر نفسه.")
    found = {value.text: (value.value, value.precision) for _, _, value in find_dates(text, date(2018, 5, 23))}
    assert found["الشهر نفسه"] == (date(2015, 1, 15), 3)


def test_wire_copy_counts_its_bare_days_from_the_day_it_names():
    # Reuters copy dated Tuesday 21 July 2015 in the corpus, written on Wednesday 15 July
    text = ("هاجمت وسائل الاعلام السعودية اليوم الأربعاء الاتفاق النووي الإيراني. وقال مسؤول سعودي أمس الثلاثاء "
            "لرويترز إنه يخشى الاتفاق. وقالت صحيفة الرياض اليوم إن الاتفاق خطر.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2015, 7, 21))}
    assert found["اليوم الأربعاء"] == date(2015, 7, 15)  # never the day after publication
    assert found["أمس الثلاثاء"] == date(2015, 7, 14)
    assert found["اليوم"] == date(2015, 7, 15)


def test_a_lead_naming_the_day_after_publication_was_written_that_day():
    # corpus copy dated Wednesday 11 July 2018 whose lead reports Thursday's statement
    text = ("أكد الجيش الإسرائيلي الخميس، أنه استهدف مواقع للنظام السوري ردا على إطلاق طائرة مسيرة. "
            "وقال إن الطائرة أسقطت الأربعاء فوق الجولان.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 7, 11))}
    assert found["الخميس"] == date(2018, 7, 12)  # not the Thursday six days before
    assert found["الأربعاء"] == date(2018, 7, 11)
    # the night before that day is the publication day's night
    [(_, _, night)] = find_dates("استهدفت قوات النظام السوري، ليل الاثنين، مدينة قلعة المضيق.", date(2018, 9, 9))
    assert night.value == date(2018, 9, 9)
    # further in, the same weekday is the one before: only a lead moves the writing day
    [(_, _, later)] = find_dates("قتل خمسة في قصف على إدلب. وكان التنظيم قد هاجم البلدة الخميس.", date(2018, 7, 11))
    assert later.value == date(2018, 7, 5)


@pytest.mark.parametrize("sentence,published,expr,expected,precision", [
    ("لكن احتفالات بيوم الاستقلال في الثالث والرابع من يوليو (تموز) في راف فيلتويل", date(2015, 7, 22),
     "الثالث والرابع من يوليو (تموز)", date(2015, 7, 3), 1),
    ("ضمن العمليات التي أطلقها في الـ20 من يناير/ كانون الثاني الماضي، مع الجيش السوري الحر", date(2018, 3, 25),
     "الـ20 من يناير/ كانون الثاني الماضي", date(2018, 1, 20), 1),
    ("واللقاءات مع هيئة التنسيق الوطني، التي جرت أخيرا في بروكسل", date(2015, 8, 1), "أخيرا", date(2015, 8, 1), 3),
    ("في الغارات الإسرائيلية بعد منتصف الليل في عدة مناطق في سوريا", date(2018, 5, 10), "منتصف الليل",
     date(2018, 5, 10), 1),
    ("تنظيمي داعش وحزب العمال الكردستاني في 34 ولاية تركية خلال الأيام الثلاثة الأخيرة.", date(2015, 7, 26),
     "خلال الأيام الثلاثة الأخيرة", date(2015, 7, 23), 2),
    ("تعديلات على مشروع قرار تتم مناقشته في مجلس الأمن منذ نحو أسبوعين على وقع استمرار الهجوم", date(2018, 2, 22),
     "منذ نحو أسبوعين", date(2018, 2, 8), 2),  # "على وقع" (amid) is no "two weeks before X"
    ("قال ماكرون إنه أقنع ترامب قبل عشرة أيام بضرورة البقاء في سوريا", date(2018, 4, 16),
     "قبل عشرة أيام", date(2018, 4, 6), 2),
    ("وقتل الرجل قبل أربعة أيام في هجوم على حاجز للشرطة", date(2018, 4, 16), "قبل أربعة أيام", date(2018, 4, 12), 1),
    ("لكن احتفالات بيوم الاستقلال الأمريكي في القاعدة ألغيت", date(2015, 7, 22), "يوم الاستقلال الأمريكي",
     date(2015, 7, 4), 1),
    ("واحتفل الأكراد في عفرين بعيد النوروز وسط القصف", date(2018, 3, 21), "عيد النوروز", date(2018, 3, 21), 1),
    ("ونشرت الرئاسة السورية فيديو لأسماء الأسد في عيد الأم مع أمهات الجنود", date(2018, 3, 22), "عيد الأم",
     date(2018, 3, 21), 1),
    ("وكان الحرس الثوري قد توعد بالرد على الهجوم الذي استهدف عرضا عسكريا في الأهواز السبت قبل الماضي",
     date(2018, 10, 1), "السبت قبل الماضي", date(2018, 9, 22), 1),
    # "من" after "الماضية" is the verb's (تمكن من), not "the last days of" something
    ("بعدما تمكنت قوات النظام خلال الأيام الماضية من فصل مناطق سيطرة الفصائل إلى قسمين", date(2018, 6, 28),
     "خلال الأيام الماضية", date(2018, 6, 25), 2),
])
def test_resolves_more_corpus_sentences(sentence, published, expr, expected, precision):
    [(s, e, value)] = find_dates(sentence, published)
    assert (sentence[s:e], value.value, value.precision) == (expr, expected, precision)


@pytest.mark.parametrize("sentence,published", [
    ("وأخيرا، قال الوزير إن الاتفاق صامد", date(2015, 8, 1)),  # finally, not lately
    ("الذي أحيل على التقاعد بعدما قاد هيئة الأركان منذ عام 2011.", date(2015, 8, 6)),  # a year alone, not a year ago
    ("الانتخابات متروكة كبند أخير على جدول الأعمال، وستتم مساء يوم الأحد", date(2015, 8, 1)),  # upcoming
    ("ما اضطرنا إلى الانسحاب وحتى هذا اليوم نقاتل ونطارد الارهابيين", date(2015, 7, 22)),  # until now
    ("ومن المقرر أن تبدأ الهدنة بعد منتصف الليل", date(2018, 5, 10)),  # tonight's
    ("والاجتماع القادم غداً الثلاثاء في موسكو بين وزيري الخارجية", date(2015, 8, 10)),
    ("إنه سيناقش القضية مع نظيره الألماني خلال اجتماع مقرر الثلاثاء في برلين.", date(2018, 3, 5)),
    # the present of a scheduling verb: what is coming (a Thursday report of a mission starting Saturday)
    ("أعلنت المنظمة إرسال مفتشين إلى سوريا في مهمة لتقصي الحقائق تبدأ السبت.", date(2018, 4, 12)),
    ("خلال اجتماع تحضيري للقمة العربية التي تحتضنها مدينة الظهران السعودية الأحد", date(2018, 4, 13)),
    ("أن يترأس ترامب اجتماع مجلس الأمن حول إيران في نيويورك، في وقت لاحق هذا الشهر.", date(2018, 9, 7)),  # later
])
def test_not_a_past_day(sentence, published):
    assert [v for _, _, v in find_dates(sentence, published) if v.value is not None] == []


@pytest.mark.parametrize("sentence,published,expr,expected,precision", [
    # مارس after a preposition is the month, never the verb
    ("وتنفي روسيا أي صلة لها بالهجوم بالغاز على الأراضي البريطانية في مارس.", date(2018, 4, 23), "مارس",
     date(2018, 3, 15), 3),
    # a count is a count even before a definite noun (a dual in construct would have lost its ن)
    ("تلقوا تدريبات في تركيا، اجتازوا قبل اكثر من اسبوعين الحدود الى داخل سوريا", date(2015, 8, 3),
     "قبل اكثر من اسبوعين", date(2015, 7, 20), 2),
    # the year written earlier in the sentence, not the most recent March
    ("أما أولى الاتفاقات التي عقدت 2017 فكانت في منتصف مارس، حيث بدأ مقاتلو الفصائل في الخروج", date(2018, 3, 25),
     "منتصف مارس", date(2017, 3, 15), 2),
    # an account of April 2017 written on 4 April 2018: not an upcoming 6 April
    ("وفي الرابع من أبريل العام 2017، استهدفت غارة جوية خان شيخون. وفي ليل السادس والسابع من أبريل، قصفت "
     "الولايات المتحدة مطار الشعيرات", date(2018, 4, 4), "السادس والسابع من أبريل", date(2017, 4, 6), 1),
    ("ومنذ الهجمات التي شنها تنظيم داعش الصيف الماضي ، أضحى العراق يعيش مرحلة صعبة", date(2015, 8, 2),
     "الصيف الماضي", date(2014, 7, 15), 3),  # August's last summer is last year's
    ("في هذا الصيف كان لي شرف التعرف على مجموعة من الشباب السوريين", date(2013, 12, 29), "هذا الصيف",
     date(2013, 7, 15), 3),
    # the eve of a day is the day before it
    ('وقال سائق تاكسي "الناس كانت متجمعة عشية عيد الأم لشراء الهدايا"', date(2018, 3, 20), "عشية عيد الأم",
     date(2018, 3, 20), 1),
    ("ردا على هجوم على مدينة دوما المحاصرة مطلع الأسبوع الجاري قتل فيه 150 شخصا", date(2018, 4, 11),
     "مطلع الأسبوع الجاري", date(2018, 4, 8), 2),  # the Sunday
    ('وقال في إفادة في جنيف "وردت إلينا تقارير هذا الصباح تفيد باستمرار القتال في الغوطة"', date(2018, 2, 27),
     "هذا الصباح", date(2018, 2, 27), 1),
    ("وقال مسؤول إن ماكجورك كان للتو في المملكة العربية السعودية لمناقشة التمويل", date(2018, 10, 17), "للتو",
     date(2018, 10, 17), 3),
    ("وأشارت تقارير إلى سقوط 16 جنديا في المواجهات التي انطلقت قبل نحو 10 أيام.", date(2015, 8, 1),
     "قبل نحو 10 أيام", date(2015, 7, 22), 2),  # about: the week, not the day
    # the preceding days or nights, as "الأيام الماضية"
    ("وقال المرصد إن القصف الجوي على الغوطة الشرقية كان أقل كثافة الأحد، مقارنة بالأيام السابقة، لكن 14 شخصا "
     "قتلوا", date(2018, 2, 26), "الأيام السابقة", date(2018, 2, 23), 2),
    ("وخلال الليالي السابقة ألقى محتجون زجاجات حارقة على مبنى المحافظة", date(2018, 9, 6), "خلال الليالي السابقة",
     date(2018, 9, 3), 2),
    # an upcoming-sounding present that names the publication day is today
    ("أعلنت المنظمة إرسال مفتشين إلى سوريا في مهمة لتقصي الحقائق تبدأ السبت.", date(2018, 4, 14), "السبت",
     date(2018, 4, 14), 1),
])
def test_resolves_from_its_context(sentence, published, expr, expected, precision):
    found = {sentence[s:e]: (value.value, value.precision) for s, e, value in find_dates(sentence, published)}
    assert found[expr] == (expected, precision)


def test_a_since_year_or_last_month_does_not_carry_its_year():
    text = ("ومنذ 2015، تخرج مظاهرات ضد الفساد كل يوم جمعة، ينظمها تحالف حل أولا في الانتخابات التي جرت في "
            "12 أيار/مايو الماضي.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 7, 20))}
    assert found["12 أيار/مايو الماضي"] == date(2018, 5, 12)
    # "منذ العام 2014" with its word for year, as AFP writes it
    text = ("وقتل نحو 300 جهادي فرنسي في سوريا والعراق منذ العام 2014 حسب معلومات قدمها مصدر مقرب من الملف "
            "مطلع آذار/مارس.")
    found = {value.text: value.value for _, _, value in find_dates(text, date(2018, 5, 23))}
    assert found["مطلع آذار/مارس"] == date(2018, 3, 5)


@pytest.mark.parametrize("sentence", [
    "وما نشاهده اليوم ونسمعه من التفجيرات في بغداد وضواحيها وقتل الأبرياء",  # nowadays, what we see
    "فالهجمات التي نتعرض لها اليوم لها جذورها التاريخية",
    "ألقت موسكو بطوق النجاة للنظام، لكنها اليوم تحاول منع انهياره",  # then and now
])
def test_today_after_a_present_verb_of_we_is_nowadays(sentence):
    assert find_dates(sentence, date(2015, 8, 1)) == []


@pytest.mark.parametrize("sentence", [
    "وقال إن قواتنا الجوية نفذت اليوم سلسلة من الغارات الجوية",  # she carried out, today
    "نقل اليوم عن رئيس الوزراء التركي قوله",
])
def test_today_after_other_verbs_is_today(sentence):
    [(_, _, value)] = find_dates(sentence, date(2015, 8, 1))
    assert value.value == date(2015, 8, 1)


@pytest.mark.parametrize("sentence,published,expr,expected,precision", [
    ("وقال ماتيس إن عدد الأسلحة الذي استخدم في ضربة اليوم يزيد مرتين عن الضربة السابقة", date(2018, 4, 14),
     "اليوم", date(2018, 4, 14), 1),  # today's strike, not nowadays
    ("اثر الهجوم الانتحاري في سوروتش (جنوب) قبل اسبوع الذي نسبته السلطات التركية الى التنظيم", date(2015, 7, 27),
     "قبل اسبوع", date(2015, 7, 20), 2),
    ("وقال: عفرين كانت موضع قلق خلال الشهرين الماضيين. كان من الصعب الوصول إلى المدنيين.", date(2018, 3, 20),
     "خلال الشهرين الماضيين", date(2018, 3, 20), 3),
])
def test_resolves_construct_and_recent_periods(sentence, published, expr, expected, precision):
    found = {sentence[s:e]: (value.value, value.precision) for s, e, value in find_dates(sentence, published)}
    assert found[expr][1] == precision and (found[expr][0] == expected or precision == 3 and found[expr][0].month == expected.month)


def test_a_count_before_ila_is_still_a_count():
    # "إلى" normalizes to "الي", which is no definite noun in construct with the count
    sentence = "واتخذت الاحتجاجات منحى عنيفا ووصلت إلى الناصرية، وامتدت قبل أيام إلى العاصمة بغداد"
    [(_, _, value)] = find_dates(sentence, date(2018, 7, 22))
    assert (value.text, value.value, value.precision) == ("قبل أيام", date(2018, 7, 19), 2)


def test_a_count_before_a_destination_is_still_a_count():
    sentence = "وقال أبو أسامة، وهو ساكن فر من المخيم قبل يومين إلى بلدة يلدا القريبة"
    [(_, _, value)] = find_dates(sentence, date(2018, 4, 30))
    assert (value.text, value.value) == ("قبل يومين", date(2018, 4, 28))


def test_the_outlets_own_today_is_today():
    [(_, _, value)] = find_dates("نتوقف اليوم عند أزمة الهجرة ومساعي أوروبية لصيغة توافقية", date(2018, 6, 29))
    assert value.value == date(2018, 6, 29)  # a press review's "today", not "nowadays"


def test_earlier_on_monday_is_monday_not_the_two():
    sentence = "وكانت القوات النظامية استأنفت في وقت سابق من الاثنين، عملياتها العسكرية ضد تنظيم داعش"
    [(_, _, value)] = find_dates(sentence, date(2018, 5, 21))
    assert value.value == date(2018, 5, 21)
    assert find_dates("واتفق كل من الاثنين على وقف القتال", date(2018, 5, 21)) == []  # "each of the two"


@pytest.mark.parametrize("text,published,expr,expected", [
    # the day the paragraph is telling, not the publication date
    ("قتل 12 شخصا على الأقل في قصف جوي على شمال سوريا أمس الأربعاء. وقال المرصد: إن الطيران السوري ألقى "
     "براميل متفجرة صباحا على قرية قصر البريج", date(2015, 7, 23), "صباحا", date(2015, 7, 22)),
    # nothing named before it: the publication day; a night reported that day began the evening before
    ("قال الجيش السوري، في بيان حول الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية في سوريا، إن الصواريخ "
     "أسقطت", date(2018, 5, 10), "ليلا", date(2018, 5, 9)),
    ("وقال المرصد إنه وردت تقارير عن انفجارات عنيفة فجرا في جيب يسيطر عليه التنظيم", date(2018, 10, 1), "فجرا",
     date(2018, 10, 1)),
    # a day named in an earlier paragraph is another story; the report's lead is this one's day
    ("دارت اشتباكات أمس الأحد في ريف حماة.\nوفي آذار/مارس قصفت الطائرات البلدة فجر 9 آذار 2017.\n"
     "وألقت المروحيات براميل متفجرة صباحا على البلدة", date(2018, 3, 26), "صباحا", date(2018, 3, 25)),
])
def test_a_bare_time_of_day_is_the_day_of_its_story(text, published, expr, expected):
    found = {text[s:e]: value.value for s, e, value in find_dates(text, published)}
    assert found[expr] == expected


@pytest.mark.parametrize("text,published,expr,expected", [
    # the clock time of a strike is on the day of its story, however its hour is written
    ("وبعيد الضربات التي وقعت اعتبارا من الساعة الواحدة بتوقيت غرينتش في منطقة العاصمة السورية، قال الرئيس",
     date(2018, 4, 14), "الساعة الواحدة", date(2018, 4, 14)),
    ("شنت الطائرات التركية اليوم الجمعة أولى غاراتها عند الساعة 04:00 (01:00 تغ) على مواقع التنظيم",
     date(2015, 7, 24), "الساعة 04:00", date(2015, 7, 24)),
    ("وقالت الشرطة أمس السبت إن حظر التجول بدأ الساعة الرابعة عصرا بالتوقيت المحلي", date(2018, 9, 9),
     "الساعة الرابعة عصرا", date(2018, 9, 8)),
    ("وهاجم المسلحون الحاجز أمس الجمعة عند الساعة الخامسة فجرا بشكل مفاجئ", date(2018, 9, 8),
     "الساعة الخامسة فجرا", date(2018, 9, 7)),
    ("وسقطت القذائف أمس الجمعة عند الساعة الثانية عشرة ظهرا على الحي", date(2018, 9, 8),
     "الساعة الثانية عشرة ظهرا", date(2018, 9, 7)),
])
def test_a_clock_time_is_the_day_of_its_story(text, published, expr, expected):
    # (the hours of a window are below; "فجرا بشكل مفاجئ" is no daily window, "الثانية عشرة" one hour)
    found = {text[s:e]: value.value for s, e, value in find_dates(text, published)}
    assert found[expr] == expected


@pytest.mark.parametrize("sentence", [
    "وفرضت السلطات حظر تجول من الساعة العاشرة مساء حتى السابعة صباحا",  # the hours of a window
    "وأمر بهدنة إنسانية يومية منذ الساعة التاسعة صباحا وحتى الساعة الثانية ظهرا",
    "وفرضت السلطات حظر تجول بين الساعة العاشرة مساء والسادسة صباحا",  # clock times of a curfew
    "وفرضت السلطات حظر تجول بين العاشرة مساء والسابعة صباحا",
    "وتتعرض البلدة للقصف ليلا ونهارا",  # recurring
    "وقال إن الأيام السابقة للانتخابات شهدت توترا",  # before something else, not before today
    "ويخرج المحتجون كل مساء إلى الساحة",
])
def test_a_clock_or_recurring_time_of_day_is_no_day(sentence):
    assert [v for _, _, v in find_dates(sentence, date(2018, 7, 14)) if v.value is not None] == []


@pytest.mark.parametrize("sentence", [
    "إن جنيف 1 الذي باركته موسكو ورعته منذ البداية لا يبدو اليوم في إطار المقبول من النظام نفسه",
    "الإرهاب هو هو، ومن دافع عن أسامة بن لادن، هو من يدافع اليوم عن أبو بكر البغدادي",
    "الهجمات المتوالية التي تستهدفنا جميعاً، تضعنا اليوم أمام ضرورة اجتراح إجابات جديدة",
    "منذ أن طرد العثمانيون من سوريا. اليوم، يعود الأتراك مجددًا، لكن هذه المرة في ظل دعم جوي",
    "وكان المخيم يأوي قبل الحرب 160 ألف شخص، بينما يعيش فيه اليوم بضعة آلاف فقط.",  # the verb with its pronoun
])
def test_today_after_an_imperfect_verb_or_opening_a_present_clause_is_nowadays(sentence):
    assert find_dates(sentence, date(2015, 8, 3)) == []


@pytest.mark.parametrize("sentence", [
    "على هامش القمة، ويلتقي اليوم وزير الخارجية الأميركي جون كيري بنظرائه الخليجيين",  # a meeting today
    "وبعدما كان العيد مناسبة للم شمل العائلات الكردية، يحل اليوم مرادفا للحزن بعد خسارتهم مدينة عفرين",
])
def test_today_after_a_verb_of_the_days_news_is_today(sentence):
    [(_, _, value)] = find_dates(sentence, date(2015, 8, 3))
    assert value.value == date(2015, 8, 3)


@pytest.mark.parametrize("sentence,published,expr,expected,precision", [
    ("وخلص إلى أن داعش \"لا يزال قويا كما كان قبل عام من الآن\"، عندما بدأت الضربات الجوية", date(2015, 8, 10),
     "قبل عام من الآن", date(2014, 8, 15), 3),
    ("حسبما ذكر تقرير للجنة هجمات 11/9 الأمريكية", date(2018, 4, 19), "11/9", date(2001, 9, 11), 1),
    ("كما عرف للعالم بتأييده لهجمات 9 / 11 الإرهابية", date(2015, 8, 6), "9 / 11", date(2001, 9, 11), 1),
    ("وخلال الأسبوع الثاني من شباط/فبراير الحالي شن النظام السوري غارات جوية مكثفة", date(2018, 2, 18),
     "الأسبوع الثاني من شباط/فبراير الحالي", date(2018, 2, 11), 2),
    # a range of months, both the last ones
    ("جراء المعركة التي دارت بين داعش والوحدات الكردية من سبتمبر إلى يناير الماضيين.", date(2015, 7, 21),
     "سبتمبر", date(2014, 9, 15), 3),
    ("جراء المعركة التي دارت بين داعش والوحدات الكردية من سبتمبر إلى يناير الماضيين.", date(2015, 7, 21),
     "يناير الماضيين", date(2015, 1, 15), 3),
    ("ونفذ حزب الله خلال شهري مايو ويونيو عمليات عسكرية واسعة", date(2015, 7, 22), "يونيو", date(2015, 6, 15), 3),
])
def test_resolves_ranges_named_dates_and_weeks_of_a_month(sentence, published, expr, expected, precision):
    found = {sentence[s:e]: (value.value, value.precision) for s, e, value in find_dates(sentence, published)}
    assert found[expr] == (expected, precision)


def test_a_month_name_after_man_is_still_the_verb_outside_a_range():
    assert find_dates("وهو من مارس الضغوط على الحكومة", date(2015, 7, 22)) == []


def test_by_night_rather_than_by_day_is_a_habit_not_a_night():
    found = find_dates("وتساءل أمس عن سبب تعليق الدعايات الانتخابية ليلا وليس بالنهار.", date(2018, 4, 15))
    assert [value.text for _, _, value in found] == ["أمس"]


def test_a_time_of_day_before_ila_is_a_time_of_day():
    # "إلى" reads "الي" once normalized: it is no article of a noun the time of day would be in construct with
    found = find_dates("قال المرصد الأحد إن القافلة وصلت صباحا إلى مدينة دوما.", date(2018, 4, 15))
    assert [(value.text, value.value) for _, _, value in found] == [("الأحد", date(2018, 4, 15)),
                                                                  ("صباحا", date(2018, 4, 15))]

"""Persian: verbs of saying and denying, denial cues and the words that end a subject (subject first).

How Persian news reports a denial, family by family (written from the language, not from articles; made-up
examples for each are in tests/draft/test_arabic_script_lexicon.py). Stored copies often lose the zero-width
non-joiner: verbs match with their parts apart or joined (``joined``), cues are listed in both spellings.

- verbs of denying: تکذیب کرد/کردند/کرده است/کرده‌اند/می‌کند/می‌کنند/کردیم/نمود؛ انکار کرد/نمود؛ نفی کرد/نمود؛ منکر (این خبر) شد
  (``deny_verbs``)
- passives, with their agent: تکذیب شد/گردید/می‌شود، رد شد/گردید (از سوی، توسط X) (``deny_verbs``, ``agents``)
- rejecting claims only: رد کرد، نپذیرفت، قبول ندارد (ادعا، اتهامات؛ not پیشنهاد، درخواست، استعفا) (``reject_verbs``,
  ``proposals``)
- while denying: ضمن، با، پس از (``_WHILE``) before تکذیب، رد، انکار، نفی (``deny_verbs``)
- untrue: صحت ندارد/نداشته؛ (این خبر) درست نیست؛ ناصحیح (است)؛ چنین اتفاقی رخ نداده؛ خبر فیک؛ خبر غلط؛ دور از واقعیت؛ عاری از واقعیت؛ صحیح نیست؛ حقیقت/واقعیت ندارد؛ نادرست (است، خواند)؛
  خلاف واقع؛ عاری از حقیقت (``deny_cues``, ``cue_patterns``)
- baseless: بی‌اساس؛ بی‌پایه؛ واهی؛ بی‌مبنا؛ فاقد اعتبار/صحت؛ مردود دانست/شمرد؛ تکذیب‌نامه؛ با واقعیت مطابقت ندارد؛ اساس/بنیاد ندارد
  (``deny_cues``, ``cue_patterns``)
- lies, fabrication: دروغ، دروغ‌پردازی، دروغ‌پراکنی؛ خبرسازی؛ اراجیف؛ یاوه؛ فاقد هرگونه اعتبار؛ کذب (محض)؛ ساختگی؛ جعلی؛
  ساخته و پرداخته؛ افترا؛ سناریوسازی؛ خیال‌پردازی (``deny_cues``)
- rumours, propaganda: شایعه، شایعه‌پراکنی؛ مغرضانه؛ پروپاگاندا؛ (X را) جنگ روانی خواند؛ اتهام‌زنی؛ تحت تأثیر / فریب
  گزارش‌های رسانه‌های وابسته به / معاند (``deny_cues``, ``cue_patterns``)
- no link, role, responsibility: هیچ ارتباطی/ربطی ... ندارد؛ نقشی/دخالتی/دستی/مسئولیتی ... نداشته؛ در ... دست نداشت؛ بی‌ربط؛
  دخیل نبوده
  (``cue_patterns``)
- none present: وجود ندارد؛ وجود خارجی ندارد/نداشته؛ حضور ندارد/نداشته؛ هیچگونه ... ندارد؛ هیچ ... انجام نداده (``deny_cues``, ``none_done``)
- did not attack: (به X) حمله نکرده؛ یورش نبرده; neither ... nor: نه ... وجود دارد و نه ... (``cue_patterns``)
- a claim told by its content, then untrue: ... که گویا ...، درست نیست؛ ... مبنی بر اینکه ...، صحیح نیست (``cue_patterns``)
- first person, quoted: «... را تکذیب می‌کنیم»؛ «نقشی نداشتیم»، «انجام ندادیم»، «نبودیم» (``deny_verbs``,
  ``negated_we``)
- a negated answer: در واکنش به / در پاسخ به خبر ... گفت: ... نمی‌کند (``reacting``, ``negations``)
- not taking responsibility, in the present: مسئولیت ... را بر عهده نمی‌گیرد، نمی‌پذیریم (``cue_patterns``)
- claims called unacceptable, worthless, ridiculous, meaningless, unwarranted or propaganda: اتهامات ... غیرقابل قبول /
  بی‌ارزش / مضحک / بی‌معنا / بی‌مورد است؛ «تبلیغات دشمن» خواند (``cue_patterns``)
- reports, claims or figures called exaggerated or projection: این گزارش مبالغه‌آمیز/اغراق‌آمیز است؛ اتهامات ... فرافکنی است
  (``cue_patterns``)
- one's words misread: از سخنانش تفسیر نادرست داشته‌اند؛ برداشت غلط از اظهارات (``cue_patterns``)
- one said dead or ill is well: در صحت و سلامت (کامل) است / به سر می‌برد؛ سالم و سرحال (``cue_patterns``)
- Dari: راپور (report, a claim word)؛ بی‌بنیاد (baseless)؛ پروپاگند (propaganda)؛ افواهات (rumours) (``deny_cues``)؛
  X را تردید کرد (denied X; only after 'را') (``deny_verbs``)

Not yet: 'we have none' (هیچ نیرویی نداریم, as often a plain statement; a denier's own words restate its denial so,
:func:`generator.draft.units.restated_denials`), doubting (زیر سوال برد). Guards: 'the enemy's psychological war' as
a topic, 'wrong' before the noun it qualifies (سیاست نادرست), forbidding wrong (نهی از منکر), warnings against
spreading rumours, a negated cue (بی‌اساس نیست), 'it is not right that' (صحیح نیست که), flimsy pretexts (بهانه‌های
واهی), 'did not deny' and 'neither confirmed nor denied' (تکذیب نکرد، نه تایید و نه تکذیب), refraining from denying
(از تکذیب ... خودداری کرد), the consequences one takes no responsibility for (مسئولیت عواقب), and a denier's 'no fear,
no doubt, no need' (باکی ندارد، شکی نیست), which restates nothing (``not_restating``).
"""

from __future__ import annotations

import re

from generator.draft.lang import Analysis
from generator.draft.lang.arabic_script import ArabicScript
from generator.draft.lang.arabic_script.patterns import PREPOSITIONS_FA, WE_VERB_WORD_FA
from generator.draft.lang.arabic_words import Words, fold_words, split_words
from generator.draft.names import NameIndex
from generator.draft.text import Paragraph

# What 'neither' is not followed by in a 'neither ... nor' that denies: 'not only' (نه تنها، نه فقط، نه صرفا),
# 'neither confirmed nor denied' (نه تایید و نه تکذیب), a number's 'nine' (نه نفر), folded
_NEITHER_NOT = r"(?:تنها|فقط|صرفا|تاييد|تكذيب|رد|نفر|تن|روز|ماه|سال|هزار|صد|ميليون)(?!\S)"
# a verb in the past, folded: a past participle (-ده, -ته) with its 'است', 'اند', 'بود' written on or apart, or the
# simple past of a light verb ('کرد', 'دادند'); not the same stem after 'will' of any person ('مرعوب نخواهند شد',
# 'نخواهم شد', 'خواهید شد': the future, a resolve, no account of what was done)
# (and no noun that ends as a participle does: right after a preposition or a demonstrative a word is no verb ('در
# گذشته', in the past; 'این هفته', this week); 'هفته' (week) and 'گذشته' (the past, last) are time words; a word in
# '-نده' but '-انده' is an agent noun ('نماینده', representative; 'آینده', future; 'کننده'), where 'مانده', 'خوانده'
# are participles)
_NOT_VERB_BEFORE = "".join(rf"(?<!\s{w}\s)" for w in sorted(PREPOSITIONS_FA | {"اين", "ان", "همين", "همان", "هر"}))
_WILL = "".join(rf"(?<!{w}\s)" for w in ("اهد", "اهند", "خواهم", "خواهي", "خواهيم", "خواهيد"))
_PAST = (
    rf"{_NOT_VERB_BEFORE}(?!(?:هفته|گذشته)(?![^\s.،؛]))"
    r"[^\s.،؛]*(?:ت|(?<![^\sا]ن)د)ه(?:است|اند)?(?:\s+(?:است|اند|بود|بودند|بوده\s+است))?"
    rf"|(?<!\S){_WILL}(?:كرد|داد|داشت|فرستاد|گرفت|بود|شد|زد|برد|نمود)(?:ند)?"
)
_PAST = rf"(?:{_PAST})"
# conjunctions that open a clause, folded ('زیرا', 'چون', 'اما', 'ولی', 'اگر'): a 'نه' right after one opens the clause
_CLAUSE_OPENS = "".join(rf"(?<!\s{w}\s)" for w in ("زيرا", "چون", "اما", "ولي", "اگر"))


def _tenses(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """Each past verb with its plural and perfect forms: گفت, گفتند, گفته, گفته است, گفته بود, گفته‌اند; a
    compound verb with 'کرد', 'نمود' or 'داشت' also in the present: تأکید می کند، رد می نماید، تأکید دارد.

    News writes the perfect as often as the past ('گفته است', 'رد کرده و ...'), and writes its parts with a
    space, a zero-width non-joiner or nothing between them (stored copies often drop the non-joiner: 'گفتهاست');
    ``joined`` in :class:`Words` lets the parts touch.
    """
    out: list[str] = []
    for verb in verbs:
        out.append(verb)
        if verb.endswith(("ت", "د")) and not verb.endswith("است"):
            out += [verb + "ند", verb + "ه", verb + "ه است", verb + "ه بود", verb + "ه اند"]
        if verb.endswith(" کرد"):  # the present, which a report uses of a statement: 'تاکید می کند'
            out += [verb.removesuffix("کرد") + "می کند", verb.removesuffix("کرد") + "می کنند"]
        if verb.endswith(" نمود"):  # and with the formal 'نمود': 'رد می نماید'
            out += [verb.removesuffix("نمود") + "می نماید", verb.removesuffix("نمود") + "می نمایند"]
        if verb.endswith(" داشت"):  # and with 'داشت', whose present takes no 'می': 'تاکید دارد', 'اذعان دارند'
            out += [verb.removesuffix("داشت") + "دارد", verb.removesuffix("داشت") + "دارند"]
    return tuple(dict.fromkeys(out))


# the verb of being after a predicate ('زنده است', 'سالم هستند', 'آزاد می‌باشد', and 'بوده است', the perfect news tell
# the present with), folded; not the simple past 'بود', which tells how one was ('تا دیروز سالم بود', 'هنگام انتقال
# زنده بود', was alive when taken to hospital) and denies no death after it
_BEING = r"(?:است|هست|هستند|اند|ميباشد|مي\s*باشد|ميباشند|بوده)(?!\w)"
# a harm one may be reported to have come to (folded, endings after it): death, being killed, murder, assassination,
# passing, martyrdom, arrest, capture, kidnapping, captivity, illness, leaving or fleeing (a country); never the
# start of another word: 'فوتبال', 'فوتسال' (football, futsal), 'فرارو', 'فراروی', 'فرارسیدن' (a news site, facing,
# the coming of), 'تروریست' (a terrorist, no one killed), as 'مرگبار' (deadly) is not a death
_HARM = (
    r"(?:فوت(?!بال|سال)|مرگ(?!بار)|كشته|قتل|ترور(?!يس)|درگذشت|شهادت|بازداشت|دستگير|ربوده|ربايش|اسارت|بيماري|خروج"
    r"|فرار(?!و|س))\S*"
)

# Verbs of calling ('X این ادعا را بی‌اساس خواند', called this claim baseless), in every tense (and as verbal nouns:
# 'ضمن مردود دانستن این خبر'; 'توصیف' also in the passive, 'توصیف شد'): one list, so that a cue said with one of them
# is read with all of them (two shorter copies had missed 'مردود نامید', 'نادرست خواندند', 'بی‌اساس قلمداد کرد').
_CALLING = _tenses(
    ("خواند", "دانست", "شمرد", "نامید", "توصیف کرد", "قلمداد کرد", "ارزیابی کرد", "تلقی کرد", "عنوان کرد")
)
_CALLED = (
    *_CALLING,
    "توصیف",
    "خواندن",
    "دانستن",
    "شمردن",
    "نامیدن",
    "توصیف کردن",
    "قلمداد کردن",
    "ارزیابی کردن",
    "تلقی کردن",
)
# (on folded text, the parts of a compound apart or joined, longest first)
_CALLED_RE = "|".join(re.escape(fold_words(v)).replace(r"\ ", r"\s*") for v in sorted(_CALLED, key=len, reverse=True))


# What is answered when a report is called untrue, condemned or exaggerated, folded ('این گزارش غلط است', 'این شایعات را
# محکوم کرد'; not 'خبرگزاری', a news agency, nor 'خبرنگار', a reporter, nor 'خبری', of news, as in 'نشست خبری', a
# press conference): one list for each pattern that needs the claim before what it is called. An attribution is one
# too: 'تلاش برای انتساب حمله به X را محکوم کرد' (condemned the attempt to pin the attack on X) answers the claim that X
# did it ('انتصاب', appointing, is another word).
# (not the verb 'گزارش داد', 'گزارش داده است', 'گزارش می‌دهد' (reported): whoever reports makes the claim, so what the
# report says is not said of a claim, 'X گزارش داد که وضعیت ... درست نیست' no denial; the verb's endings only, as
# 'داد' opens nouns too: 'گزارش دادگاه', 'گزارش دادستانی', the court's, the prosecution's report, are claims)
_CLAIMS_RE = (
    r"ادعا|اتهام|گزارش(?!\s*(?:داد(?:ن|ند|ه|هاند|يم|يد|م|ي)?|مي\s*ده(?:د|ند|م|يم|يد))(?!\w))"
    r"|خبر(?!گزار|نگار|ي(?!\w))|اخبار|شايعه|اظهارات|راپور|انتساب"
)

# what a report is called 'nothing but' ('شایعه‌ای بیش نیست', 'چیزی جز دروغ نیست'), folded
_NOTHING_BUT = r"شايعه|دروغ|افترا|تهمت|اتهام|ادعا|ادعاي\s*واهي|تبليغات|جنگ\s*رواني|توهم|خيال\s*پردازي|سناريو\s*سازي"

# while, with, after ('ضمن تکذیب این خبر گفت', 'پس از رد این ادعا افزود'): before a verbal noun of denying
_WHILE = ("ضمن", "با", "پس از")


# did not take place, happen, send ('صورت نگرفته', 'اتفاق نیفتاده', 'نفرستاده‌ایم'), how such verbs start: a denier
# restating that something did not happen, as 'نشده' (was not done); not 'نداده' (has not given), which is as often
# said of the other side ('آمریکا هنوز پاسخی نداده است', has not yet answered)
# (and did not come or go, a trip told and denied: 'X به تهران نیامده است', 'به آسترا نرفته است')
_DID_NOT_HAPPEN = ("نگرفت", "نیفتاد", "نیافتاد", "نفرستاد", "نیامد", "نرفت")

# does not accept, with 'قبول' ('این ادعا را قبول ندارد', 'قبول نداریم'): a claim so rejected as 'نپذیرفت' rejects it (a
# proposal so refused is no denial: ``proposals``); not 'نمی‌پذیرد', 'نمی‌پذیریم', said as often of responsibility and
# its consequences ('مسئولیت عواقب ... را نمی‌پذیریم', a warning)
_NOT_ACCEPTING = ("قبول ندارد", "قبول ندارند", "قبول نداریم", "قبول نکرد", "قبول نکردند")

# a verb of 'we' after 'نه' (neither): the perfect, the present, 'we are', 'we have', or the simple past ('فرستادیم');
# not a verbal noun of the shape 'تفعیل' whose root ends in 'م' ('تقدیم', presenting: 'نه به دولت و نه به مجلس تقدیم
# می‌شود', presented neither to the government nor to parliament, is no 'we'); not 'we will' ('نه با تهدید و نه با
# تحریم مرعوب نخواهیم شد', we will be intimidated neither by threats nor by sanctions: a resolve, as 'will' of the
# other persons in _PAST, no account of what was done)
_WE_VERB = (
    f"(?:(?!\u0646?\u062e\u0648\u0627\u0647\u064a\u0645(?!\\S)){WE_VERB_WORD_FA}|(?!\u062a[^\\s.\u060c\u061b][\u062f\u062a]\u064a\u0645(?!\\S))"
    f"[^\\s.\u060c\u061b]{{2,}}[\u062f\u062a]\u064a\u0645)"
)


PERSIAN_WORDS = Words(
    language="fa",
    verb_first=False,
    joined=True,
    verbs=_tenses(
        (
            "گفت",
            "گفته است",
            "انتقاد کرد",
            "محکوم کرد",
            # condemned, in its other words ('تقبیح کرد') and with the formal 'نمود'; a condemnation denies nothing
            *("تقبیح کرد", "محکوم نمود", "تقبیح نمود"),
            "خبر داد",
            "اظهار کرد",
            "بیان داشت",
            "خاطرنشان ساخت",
            "اعلام داشت",
            "عنوان داشت",
            "تصریح کرده است",
            "افزوده است",
            "نوشته است",
            "اعلام کرده",
            "تأکید نمود",
            "تاکید نمود",
            "اعلام نمود",
            "می گوید",
            "میگوید",
            "افزود",
            "تأکید کرد",
            "تاکید کرد",
            "تأکید کرده است",
            "تصریح کرد",
            "اعلام کرد",
            "اعلام کرده است",
            "خاطرنشان کرد",
            "اظهار داشت",
            "بیان کرد",
            "ادامه داد",
            "عنوان کرد",
            # verbs of calling (:data:`_CALLING`), which say what a speaker deems something
            *_CALLING,
            # and deeming it nothing more ('آن را شایعه‌ای بیش ندانست', deemed it no more than a rumour)
            *_tenses(("بیش ندانست", "بیش نخواند")),
            "هشدار داد",
            "اذعان کرد",
            "مدعی شد",
            "مدعی شده بود",
            "آمده است",
            # (and as a report tells an earlier statement: 'بیانیه‌ای ... که در آن آمده بود: ...', in which it had come)
            "آمده بود",
            "نوشت",
            "گفته",
            "یادآور شد",
            "می افزاید",
            "اعلام می کند",
            "مدعی است",
            # explaining, answering, pointing out, claiming, confirming, admitting, asking
            "توضیح داد",
            "پاسخ داد",
            "ابراز داشت",
            "اشاره کرد",
            "ادعا کرد",
            "تایید کرد",
            "تأیید کرد",
            "اعتراف کرد",
            "خواستار شد",
            # asked ('X از رسانه‌ها خواست ...', X asked the media to ...; not 'می‌خواهد', wants)
            "خواست",
            "درخواست کرد",
            "گزارش داد",
            "اطلاع داد",
            "یادآوری کرد",
            "متذکر شد",
            "تهدید کرد",
            # expressing, explaining, stressing, admitting, tweeting; the present plural
            "ابراز کرد",
            "تشریح کرد",
            "تأکید داشت",
            "تاکید داشت",
            "اذعان داشت",
            "توییت کرد",
            "توئیت کرد",
            "می گویند",
            # advised (a dismissal is often put so: 'advised the media not to fall for scenarios'), writes (a post)
            "توصیه کرد",
            "می نویسد",
            # the formal 'نمود' beside 'کرد'; insisted, assured; and Dari's added, made clear, announced, clarified
            # ('علاوه کرد', 'واضح ساخت', 'اعلان کرد', 'وضاحت داد')
            *("تصریح نمود", "اظهار نمود", "بیان نمود", "ابراز نمود", "خاطرنشان نمود", "عنوان نمود"),
            *("تأکید ورزید", "تاکید ورزید", "اطمینان داد"),
            *("علاوه کرد", "علاوه نمود", "واضح ساخت", "واضح کرد", "اعلان کرد", "اعلان نمود", "وضاحت داد"),
            # pointed out, its two words apart as often as joined ('خاطر نشان کرد')
            *("خاطر نشان کرد", "خاطر نشان ساخت", "خاطر نشان نمود"),
            # added, in its other words ('اضافه کرد', as 'افزود'; 'علاوه کرد' in Dari)
            *("اضافه کرد", "اضافه نمود"),
            # mocked (of claims, a dismissal in ``cue_patterns``: 'این ادعاها را به سخره گرفت')
            *("به سخره گرفت", "مسخره کرد"),
        )
    ),
    participles=(),
    # the past, perfect and plural forms, and the present ('رد می‌کند', rejects) that a spokesman uses of his body
    deny_verbs=(
        *_tenses(
            ("تکذیب کرد", "تکذیب شد", "رد شد", "رد کرد", "تکذیب", "تکذیب نمود", "رد نمود", "انکار کرد", "نفی کرد")
        ),
        # (the formal 'نمود' of disowning and negating too, as of 'تکذیب' and 'رد')
        *_tenses(("انکار نمود", "نفی نمود")),
        # the formal passive ('تکذیب گردید'), the present passive, and 'did not accept' (claims: 'اتهامات را نپذیرفت')
        *_tenses(("تکذیب گردید", "رد گردید", "نپذیرفت")),
        *_NOT_ACCEPTING,
        *("تکذیب می شود", "تکذیب می شوند"),
        *("رد می کند", "رد می کنیم", "تکذیب می کند", "تکذیب می کنیم", "رد می شود"),
        # the past progressive, which a report uses of what was denied all along ('X این خبر را تکذیب می‌کرد')
        *("تکذیب می کرد", "تکذیب می کردند", "رد می کرد", "رد می کردند"),
        # subjected to denial, the formal passive with its agent ('این خبر از سوی X مورد تکذیب قرار گرفت') and its
        # active ('X این خبر را مورد تکذیب قرار داد')
        *_tenses(("مورد تکذیب قرار گرفت", "مورد تکذیب قرار داد")),
        *("مورد تکذیب قرار می گیرد", "مورد تکذیب قرار می گیرند"),
        # 'ضمن رد این ادعا اعلام کرد' (while rejecting this claim, announced), with each verbal noun of denying
        *(f"{while_} {noun}" for while_ in _WHILE for noun in ("رد", "تکذیب", "انکار", "نفی")),
        # the first person, as a statement writes it ('این خبر را تکذیب کردیم', 'قاطعانه رد کرده‌ایم')
        *("تکذیب کردیم", "تکذیب کرده ایم", "رد کردیم", "رد کرده ایم", "انکار کردیم", "انکار می کنیم", "نفی می کنیم"),
        # 'منکر ... شد' (denied), its parts apart ('منکر این خبر شد'): the verb is read at 'منکر'
        *_tenses(("منکر شد",)),
        "منکر",
        # Dari 'تردید کرد' with its object and 'را' (denied: 'طالبان این خبر را تردید کردند'), as Afghan outlets write
        # it; only right after 'را' (the reader checks): in Iran 'در ... تردید کرد' is doubted, hesitated about
        *_tenses(("تردید کرد",)),
        *("تردید می کند", "تردید می کنند", "تردید نمود", "تردید نمودند"),
    ),
    # 'کشته شدن', 'حمله کردن' (being killed, attacking): a verbal noun, the object ('X کشته شدن Y را تکذیب کرد')
    # 'وزارت امور خارجه' is as often 'وزارت خارجه' (affairs)
    name_fillers=split_words("امور"),
    light_verbs=split_words("شدن کردن نمودن گردیدن دادن داشتن گرفتن"),
    # ('امر به معروف و نهی از منکر', forbidding wrong; 'نه تایید و نه تکذیب کرد', neither confirmed nor denied)
    not_denying="نهي\\s*از|نه",
    # (and a resignation, a mediation: 'استعفای وزیر را نپذیرفت', did not accept the minister's resignation)
    proposals=(
        *split_words("پیشنهاد درخواست طرح دعوت لایحه مذاکره مذاکرات شرایط آتش‌بس استعفا استعفای میانجیگری"),
        "آتش بس",
        # a request or a demand in other words ('تقاضای دولت را رد کرد', 'خواسته‌های معترضان'), proposals
        *split_words("تقاضا خواسته مطالبه مطالبات پیشنهادات"),
    ),
    reject_verbs=(
        *_tenses(("رد کرد", "رد نمود", "رد شد")),
        # (and the Dari 'denied', a claim's object before it: 'پیشنهاد را تردید کرد' refuses no claim)
        *_tenses(("تردید کرد",)),
        *("تردید می کند", "تردید می کنند", "تردید نمود", "تردید نمودند"),
        *("رد می کرد", "رد می کردند"),
        *("رد می کند", "رد می کنیم", "رد می شود", *(f"{while_} رد" for while_ in _WHILE), "رد کردیم", "رد کرده ایم"),
        *_tenses(("رد گردید", "نپذیرفت")),
        *_NOT_ACCEPTING,
    ),
    deny_cues=(
        "بی‌پایه",
        "بیپایه",
        "واقعیت ندارد",
        "ساختگی",
        "دروغ",
        # false news, reports, claims, information ('خبر نادرست'); 'نادرست' alone is in ``cue_patterns``
        *("خبر نادرست", "اخبار نادرست", "گزارش نادرست", "ادعای نادرست", "اطلاعات نادرست", "نادرستی"),
        # (and in the plural, joined or apart: 'برخی قصد ارائه گزارش‌های نادرست را دارند', some mean to put out
        # false reports, said of the reports answered, as the singular is)
        *("گزارش‌های نادرست", "گزارش های نادرست", "ادعاهای نادرست", "ادعا های نادرست"),
        "بی اساس",
        "بیاساس",
        "بی‌اساس",
        "شایعه",
        "شایعات",
        "کذب",
        "صحت ندارد",
        "وجود ندارد",
        "عدم صحت",
        "تکذیبیه",
        "صحتی ندارد",
        "واقعیتی ندارد",
        "اساسی ندارد",
        "عاری از حقیقت",
        "عاری از صحت",
        "دروغپردازی",
        "دروغ پردازی",
        "دروغین",
        "وجود نداشته",
        "فاقد اعتبار",
        "صحت ندارند",
        "جعلی",
        # contrary to fact, groundless, without credit or truth ('خلاف واقعیت', contrary to reality, as 'خلاف واقع')
        "خلاف واقع",
        "خلاف واقعیت",
        "واهی",
        "بی‌مبنا",
        "بیمبنا",
        "بی مبنا",
        "بی‌اعتبار",
        "بیاعتبار",
        "بی اعتبار",
        "فاقد صحت",
        # 'was not involved' ('در این حمله دخیل نبوده است'), as 'نقشی نداشته'
        *("دخیل نبوده", "دخیل نبوده اند", "دخیل نبودند", "دخیل نیست", "دخیل نیستند", "دخیل نبود"),
        # 'is not present' (no forces, no members), as 'وجود ندارد' (does not exist)
        "حضور ندارد",
        "حضور ندارند",
        "حضور نداشته",
        # untrue, unreal, dismissed as void ('مردود دانست'; not 'مردود شد', failed), rumour-mongering, made up
        # ('ساخته و پرداخته'), slander, tendentious, propaganda, scenario-making, fantasy, irrelevant (each also
        # with its parts joined, as a stored copy writes it without the non-joiner)
        "حقیقت ندارد",
        "حقیقت نداشته",
        "غیرواقعی",
        "غیر واقعی",
        # (unreal, as 'غیرواقعی')
        "غیرحقیقی",
        "غیر حقیقی",
        "مردود است",
        # (dismissed as void with any verb of calling or 'declared': 'مردود شمرد', 'مردود اعلام کرد')
        *(f"مردود {verb}" for verb in _CALLED),
        *("مردود اعلام کرد", "مردود اعلام کردند"),
        # 'fake' as news writes it ('خبر فیک'), and a denial notice ('تکذیب‌نامه', as 'تکذیبیه')
        "فیک",
        *("تکذیب‌نامه", "تکذیب نامه", "تکذیبنامه"),
        # a rebuttal ('با انتشار ردیه‌ای', after any verb), as 'تکذیبیه'
        "ردیه",
        "شایعه پراکنی",
        "شایعه‌پراکنی",
        "ساخته و پرداخته",
        "افترا",
        "اتهام زنی",
        "اتهام‌زنی",
        "مغرضانه",
        "پروپاگاندا",
        # (typed with the Arabic 'ب' for 'پ', as some pages do: the same word)
        "بروپاگاندا",
        "پروپاگند",  # (as Dari writes it)
        "سناریو سازی",
        "سناریو‌سازی",
        "خیال پردازی",
        "خیال‌پردازی",
        "بی ربط",
        "بی‌ربط",
        # not correct, untrue in the past, not matching the facts ('با واقعیت مطابقت ندارد')
        "صحیح نمی باشد",
        "صحت نداشته",
        "واقعیت مطابقت ندارد",
        "واقعیت انطباق ندارد",
        "واقعیت همخوانی ندارد",
        "مطابق با واقعیت نیست",
        "منطبق با واقعیت نیست",
        # far from the truth, void of reality, nonsense (اراجیف، یاوه), news-making and lie-spreading, 'wrong'
        # said of a report ('این خبر غلط است', 'اطلاعات غلط'; not 'غلط' alone, a spelling mistake)
        "عاری از واقعیت",
        "دور از واقعیت",
        "دور از حقیقت",
        "دور از راستی",
        "اراجیف",
        "یاوه",
        "خبرسازی",
        "خبر سازی",
        "دروغ پراکنی",
        "دروغ‌پراکنی",
        "اطلاعات غلط",
        "خبر غلط",
        "اخبار غلط",
        # rumours in Dari ('افواهات'; not 'افواه', mouths, as in 'در افواه عمومی', widely said), and weaving
        # scenarios ('سناریوپردازی'), as 'سناریوسازی'
        "افواهات",
        # baseless in Dari ('بی‌بنیاد'), as 'بی‌اساس'
        "بی‌بنیاد",
        "بی بنیاد",
        "بیبنیاد",
        "سناریوپردازی",
        "سناریو پردازی",
    ),
    # claimed with what is claimed between the parts ('X مدعی عقب‌نشینی نیروها شد', 'مدعی حمله به ... شده‌اند'), as
    # 'مدعی شد'; a few words of one clause, then 'شد' in the past, the plural or the perfect, all of it the verb (a
    # verb after it, 'مدعی ... شد و گفت', has the same subject, not the claim's words). Not 'مدعی العموم' (the
    # prosecutor), nor 'مدعی' before another verb ('مدعی توافق ... خبر داده بودند', the media's own verb speaks)
    split_verbs=(
        r"(?<!\w)\u0645\u062f\u0639\u064a(?!\s+\u0627\u0644\u0639\u0645\u0648\u0645)"  # مدعي, not العموم
        r"(?:\s+[^\s.\u060c,:\u061b\u00ab\u00bb\"]+){1,8}?\s+\u0634\u062f"  # شد
        r"(?:\u0646\u062f|\u0647(?:\s*(?:\u0627\u0633\u062a|\u0627\u0646\u062f|\u0628\u0648\u062f))?)?(?!\w)",  # ند، ه است/اند/بود
    ),
    # 'بی‌اساس نیست', 'دروغ نبود', 'دور از واقعیت نیست' (not baseless, no lie, not far from the truth) unsay the cue
    cue_negated=("", r"نيست|نبود|نبوده|نمي\s*باشد|نمي\s*باشند"),
    # (on folded text)
    cue_patterns=(
        # has no outward existence ('چنین جلسه‌ای اساساً وجود خارجی نداشته است', 'این سند وجود خارجی ندارد'): the
        # thing reported never was, as 'وجود ندارد' says of a presence
        r"(?<!\S)وجود\s+خارجي\s+ن(?:دار|داشت)",
        # one's lying, a liar, said of someone: 'تا دروغگویی نتانیاهو آشکار شود' (so that X's lying is exposed), 'X
        # دروغگوست' (not lying as a topic: 'دروغگویی در فرهنگ ما جایی ندارد', lying has no place in our culture;
        # nor before 'one', 'a', 'that', 'not', 'no', which open no liar's name ('دروغگویی یکی از گناهان است',
        # 'دروغگویی که رواج یافته'), nor before a predicate and the verb of being ('دروغگویی گناه است', is a sin))
        r"دروغ\s*گويي\s+(?!(?:در|به|از|با|براي|را|و|است|هم|نيز|كه|يك|يكي|نه|هيچ)(?!\S))\S++"
        r"(?!\s+(?:است|نيست|بود|نبود)(?!\w))|دروغ\s*گو(?:ست|\s+است|\s+بود|\s+خواند)",
        # nothing but a rumour, a lie ('شایعه‌ای بیش نیست', 'آن را دروغی بیش ندانست', 'چیزی جز شایعه نیست'): the
        # negation after the cue affirms it, as 'شایعه است' does; not the negated cue 'شایعه نیست' (not a rumour).
        # ('چیزی جز شایعه ندانست' has no verb of calling the lexicon can list: 'ندانست' alone is 'did not know')
        r"(?:جز|به\s*جز|غير\s*از)\s+(?:يك\s+)?(?:" + _NOTHING_BUT + r")\S*\s+(?:نيست|نبود|نبوده)",
        r"(?:" + _NOTHING_BUT + r")\s*(?:اي|ي)\s+بيش\s+(?:نيست|نبود|نبوده|ندانست|نخواند)",
        # only a rumour, merely a claim ('این تنها یک اتهام است', 'فقط ادعاست'), as 'nothing but' says; not before 'که',
        # where 'تنها' is 'the only' of a relative clause ('این تنها ادعایی است که او مطرح کرد', the only claim he made)
        r"(?<!\S)(?:تنها|فقط|صرفا)\s+(?:يك\s+)?(?:" + _NOTHING_BUT + r")\S*\s+(?:است|بود|بوده|مي\s*باشد)(?!\w)"
        r"(?!\s*كه(?!\w))",
        r"(?<!\S)(?:تنها|فقط|صرفا)\s+(?:" + _NOTHING_BUT + r")(?:ست|اي\s+است)(?!\w)(?!\s*كه(?!\w))",
        # 'not correct' ('این خبر صحیح نیست'), not 'it is not right that' ('صحیح نیست که ...'), which judges
        r"صحيح\s*نيست(?!\s*كه(?!\w))",
        # not based on any (true) fact, evidence or ground ('مبتنی بر هیچ واقعیت درستی نیست', 'مبتنی بر مدرک نیست')
        r"مبتني\s+بر\s+(?:هيچ\s+)?(?:واقعيت|حقيقت|مدرك|سند|اساس|شواهد)\S*(?:\s+\S+)?\s+(?:نيست|نبود|نبوده|نمي\s*باشد)",
        # without any credit, truth or basis ('فاقد هرگونه اعتبار', 'فاقد مبنا')
        r"فاقد\s+(?:هر\s*گونه\s+)?(?:اعتبار|صحت|مبنا|پايه|وجاهت|سنديت)(?!\w)",
        # 'نادرست' (untrue) said of what is denied ('این خبر نادرست است', '... را نادرست خواند'), not before the
        # noun it qualifies ('سیاست نادرست دولت', the government's wrong policy)
        # (and its formal twin 'ناصحیح', 'این اطلاعات ناصحیح است')
        rf"(?:نادرست|ناصحيح)(?=\s*(?:$|[.،,:؛»\"!؟]|(?:است|بود|بوده|هست|هستند|{_CALLED_RE}|اعلام|و)(?!\w)))",
        # no link, role, hand, involvement or responsibility ('هیچ ارتباطی با ... ندارد', 'نقشی نداشته است');
        # 'ارتباط ندارد' without the indefinite ی says what is, not an answer
        r"(?:ارتباط|ربط|نقش|دخالت|دست|مسيوليت|مسووليت|مشاركت)ي(?:\s+[^\s.،]+){0,8}?\s+ن(?:دار|داشت)",
        # no knowledge of the act on one's side ('جنبش هیچ اطلاعی از این حمله ندارد', 'ما از این حمله اطلاعی نداریم'), as
        # a body's 'had no knowledge of the attack' and the Arabic 'لا علم لنا بها'; not of someone's fate or whereabouts
        # ('از سرنوشت ربوده‌شدگان اطلاعی ندارد'), nor a person's own ('اطلاعی ندارم', in the first person singular)
        r"(?:از|درباره|در\s*باره)\s+(?:اين|آن|چنين)?\s*(?:حمله|عمليات|انفجار|حادثه|اقدام|ماجرا|موضوع|مساله|حملات)\S*"
        r"\s+(?:هيچ\s+)?اطلاعي\s+ن(?:دار(?:د|يم|ند)|داشت(?:ه|يم|ند)?)(?!\w)",
        r"(?:هيچ\s+)?اطلاعي\s+(?:از|درباره|در\s*باره)\s+(?:اين|آن|چنين)?\s*(?:حمله|عمليات|انفجار|حادثه|اقدام|ماجرا|"
        r"موضوع|مساله|حملات)\S*\s+ن(?:دار(?:د|يم|ند)|داشت(?:ه|يم|ند)?)(?!\w)",
        # 'had no hand in' without the indefinite ی ('در حمله به پایگاه دست نداشتند'): the idiom, after 'در' and
        # what it had no hand in (a relative clause and its comma may stand between: 'در انفجار ... که ...، دست
        # نداشته'); 'دست' alone before 'ندارد' elsewhere is no answer
        r"(?<!\S)در(?:\s+[^\s.]+){1,16}?\s+دست\s*ن(?:دار|داشت)",
        # with the emphatic 'any' ('هیچ ربطی به ...، ... ندارد'), what it has no link to may run longer, over a comma
        r"هيچ\s+(?:ارتباط|ربط|نقش|دخالت|مسيوليت|مسووليت|مشاركت)ي(?:\s+[^\s.]+){9,20}?\s+ن(?:دار|داشت)",
        # a report called psychological warfare ('این گزارش را جنگ روانی دشمن خواند'); the enemy's psychological
        # warfare named as a topic ('جنگ روانی دشمن بی‌فایده است') denies nothing
        r"(?:بخشي\s+از\s+)?(?:جنگ|عمليات)\s*رواني(?:\s+[^\s.،]+){0,2}?\s+" rf"(?:{_CALLED_RE})",
        r"بخشي\s+از\s+(?:جنگ|عمليات)\s*رواني",
        # claims, accusations or reports called unacceptable, worthless, ridiculous or meaningless ('اتهامات ... غیرقابل
        # قبول و بی ارزش است', 'این ادعا را مضحک خواند', 'این خبر را مضحک خواند'): dismissed, as 'رد کرد' rejects them;
        # one list of what is answered with the other patterns, not the reporter's source ('به گزارش X، ...')
        rf"(?<!به\s)(?:{_CLAIMS_RE})\S*(?:\s+[^\s.،]+){{0,12}}?\s+[«\"“]?"
        r"(?:غير\s*قابل\s*قبول|بي\s*ارزش|مضحك|خنده\s*دار|بي\s*معن(?:ا|ي)|پوچ|بي\s*مورد"
        # (and imaginary, a delusion, unsubstantiated, a black-painting of things: 'این ادعا را «خیالی» توصیف کرد',
        # 'این گزارش را «سیاه‌نمایی» خواند', 'این اتهامات را غیرمستند دانست')
        r"|خيالي|توهم(?:ي|\s*اميز)?|غير\s*مستند|سياه\s*نمايي)(?!\w)",
        # claims, accusations or reports condemned or mocked ('این ادعاها را محکوم کرد', 'اتهامات را به سخره گرفت'),
        # or called made in bad faith ('بدخواهانه', 'با اهداف سیاسی مطرح می‌شود'): dismissed, as 'رد کرد' rejects
        # them; the noun comes first, so an attack condemned ('حمله را محکوم کرد') denies nothing (an attribution
        # names whom it blames after 'را': 'انتساب حمله را به X محکوم کرد')
        rf"(?:{_CLAIMS_RE}|اطلاعات)\S*(?:\s+[^\s.،]+){{0,12}}?\s+"
        r"(?:را\s+(?:به\s+[^\s.،]+\s+)?(?:(?:به\s*شدت|شديدا|قويا)\s+)?(?:محكوم|تقبيح|مسخره)\s*(?:كرد|نمود|مي\s*كن)|(?:را\s+)?به\s*سخره\s*گرفت"
        r"|بدخواهانه|غرض\s*ورزانه|فريبكارانه|گمراه\s*كننده"
        r"|(?:با|داراي)\s+(?:اهداف|انگيزه|مقاصد)(?:\s*ها)?ي?\s+سياسي)",
        # reports or claims said to be spread to mislead or deceive ('انتشار این اخبار در راستای گمراه کردن مردم است',
        # 'این ادعاها با هدف فریب افکار عمومی مطرح شده'): dismissed by their aim, as 'گمراه‌کننده'; the noun comes
        # first, so misleading named alone ('گمراه کردن جوانان جرم است') accuses no report
        rf"(?<!به\s)(?:{_CLAIMS_RE})\S*(?:\s+[^\s.،]+){{0,8}}?\s+"
        r"(?:در\s+راستاي|با\s+هدف|به\s+منظور|به\s+قصد|براي)\s+(?:گمراه\s*(?:كردن|سازي)|فريب(?:\s*دادن)?)(?!\w)",
        # and a report called an attempt to confuse or to spoil minds, public opinion ('گزارش X را تلاشی برای تخریب
        # اذهان خواند', 'این ادعاها تلاشی برای تشویش افکار عمومی است'): the speaker names what the report is; not the
        # aim alone ('این خبر برای تشویش افکار انجام می‌شود'), which the gold files do not count as an answer
        rf"(?<!به\s)(?:{_CLAIMS_RE})\S*(?:\s+[^\s.،]+){{0,8}}?\s+تلاش(?:ي)?\s+"
        r"(?:در\s+راستاي|براي|به\s+منظور|به\s+قصد)\s+(?:تشويش|تخريب|مشوش\s*كردن|گمراه\s*كردن)\s+(?:اذهان|افكار)(?!\w)",
        # news called untrue with a word of degree between ('اخبار کاملاً نادرست', 'گزارش‌های کلاً کذب'), as 'اخبار
        # نادرست' in ``deny_cues``
        rf"(?<!به\s)(?:{_CLAIMS_RE}|اطلاعات)\S*\s+(?:كاملا|كلا|تماما|مطلقا|يكسره)\s+(?:نادرست|غلط|كذب|جعلي|دروغ)",
        # distorting the facts ('تحریف واقعیت‌ها', 'تحریف حقایق'), said of what is answered
        r"تحريف\s+(?:واقعيت|حقايق|حقيقت)",
        # one's words misread ('از سخنانش تفسیر نادرست داشته‌اند', 'برداشت غلط از اظهارات وی'): what was reported
        # as said was not said so, as 'سخنان تحریف‌شده'; a misreading of anything else ('برداشت نادرست از قانون') is none
        r"(?:سخنان|اظهارات|گفته|حرف)\S*\s+(?:[^\s.،]+\s+){0,2}?(?:تفسير|برداشت|تعبير)\S*\s+(?:نادرست|غلط|اشتباه)"
        r"|(?:تفسير|برداشت|تعبير)\S*\s+(?:نادرست|غلط|اشتباه)\S*\s+از\s+(?:سخنان|اظهارات|گفته|حرف)",
        # words or claims called distorted ('حرف‌های تحریف شده', 'اظهارات تحریف‌شده'), as 'تحریف حقایق'
        rf"(?:{_CLAIMS_RE}|حرف|سخن|گفته)\S*(?:\s+هاي?)?\s+تحريف\s*شده(?!\w)",
        # a report or an inquiry's findings said not to show the facts, or not to be accepted ('گزارش ... واقعیات را به
        # طور کامل منعکس نمی‌کند', 'نتیجه تحقیقات ... را قابل قبول نمی‌داند'): dismissed as untrue; the noun comes first,
        # so facts not reflected or a thing not accepted with no report named ('این طرح را قابل قبول نمی‌داند') is none,
        # nor after 'در نتیجه' (as a result, no finding); the verb in the singular or the plural ('گزارش‌ها ... منعکس
        # نمی‌کنند')
        rf"(?:{_CLAIMS_RE}|(?<!در\s)نتيجه|نتايج)\S*(?:\s+[^\s.،]+){{0,30}}?\s+"
        # (the facts of what, a word or two after them: 'واقعیات میدان را', the facts on the ground)
        r"(?:(?:واقعيات|واقعيت\s*ها|حقايق|واقعيت)(?:\s+[^\s.،]+){0,2}?\s+را\s+(?:[^\s.،]+\s+){0,5}?"
        r"(?:منعكس|بازتاب|نشان)\s*نمي\s*(?:كن|ده)ن?د"
        r"|را\s+قابل\s*قبول\s+نمي\s*(?:دان|شمار))",
        # reports, claims or figures called exaggerated or projection ('این گزارش مبالغه‌آمیز است', 'اتهامات ... نوعی
        # فرافکنی است'): dismissed as untrue; the noun comes first, so an exaggerated reaction or a projection named
        # alone accuses no report
        rf"(?:{_CLAIMS_RE}|امار|ارقام)\S*(?:\s+[^\s.،]+){{0,12}}?\s+[«\"“]?"
        r"(?:(?:مبالغه|اغراق)\s*اميز|فرافكني)(?!\w)",
        # 'has no evidence' said of an accuser ('X هیچ مدرکی برای اثبات اتهامات خود ندارد', 'هیچ سندی در اختیار
        # ندارند'): the claims dismissed as unproven, as 'فاقد سندیت'; the emphatic 'هیچ' makes it an answer
        r"(?<!\S)هيچ\s+(?:مدرك|سند|دليل|شاهد)ي?(?:\s+[^\s.،]+){0,10}?\s+ن(?:دار(?:د|ند)|داشت(?:ه|ند)?)(?!\w)",
        # 'contrary to the report, the claims' ('اعلام کرد که برخلاف گزارش اخیر X، ...'): the speaker sets what is so
        # against what was claimed, a denial of the claim
        rf"(?<!\S)بر\s*خلاف\s+(?:{_CLAIMS_RE})",
        # 'has no basis' ('این ادعا بنیادی ندارد', 'اساس ندارد', 'پایه و اساسی ندارد'), as 'بی‌اساس'
        # (with the indefinite ending as the word takes it after a vowel: 'هیچ مبنایی ندارد', 'هیچ پایه‌ای ندارد')
        r"(?:اساس|بنياد|پايه|مبنا)(?:ي|يي|\s*اي)?\s*ن(?:دار(?:د|ند)|داشت(?:ه|ند)?)(?!\w)",
        # 'no such thing happened' ('چنین اتفاقی رخ نداده است', 'چنین حمله‌ای صورت نگرفته'): the event is denied
        r"چنين\s+(?:[^\s.،]+\s+){0,4}?(?:رخ\s*ن(?:داده|داد)|اتفاق\s*ن(?:يفتاده|يفتاد|افتاده)|صورت\s*ن(?:گرفته|گرفت)"
        r"|انجام\s*ن(?:شده|گرفته))(?!\w)",
        # 'no clash took place' ('درگیری بین نیروهای X و Y در مرز رخ نداده است', 'هیچ تیراندازی صورت نگرفته'): a fight
        # named, then the verb of happening negated, as 'چنین اتفاقی رخ نداده' denies the event; not 'has not happened
        # yet' ('هنوز درگیری رخ نداده', which waits for it), nor a loss that did not happen ('تلفاتی رخ نداده', no one
        # was hurt), which says what is
        r"(?<!هنوز\s)(?<!\S)(?:درگيري|برخورد|تيراندازي|نبرد|تبادل\s+اتش)(?:ها)?ي?(?:\s+(?!هنوز(?!\S))[^\s.،؛:]+){0,10}?\s+"
        r"(?:رخ\s*ن(?:داده|داد)|اتفاق\s*ن(?:يفتاده|يفتاد|افتاده)|صورت\s*ن(?:گرفته|گرفت))(?!\w)",
        # a claim told by its content ('که گویا ...', that allegedly; 'مبنی بر اینکه ...', to the effect that), the
        # clause closed by a comma, then 'is not right' ('معلومات X که گویا صد تن کشته شده‌اند، درست نیست'): the claim
        # answered, however long the clause that tells it (the pattern above needs the claim's noun near the verb); not
        # 'it is not right that ...' ('درست نیست که'), which judges
        r"(?<!\S)(?:كه\s+گويا|مبني\s+بر\s+(?:اين\s*كه|ان\s*كه))(?!\S)[^.]{1,200}?[،,]\s*(?:درست|صحيح)\s*نيست(?!\w)(?!\s*كه(?!\w))",
        # 'neither ... exists nor ...' ('نه راهی برای X وجود دارد و نه هیچ شرکتی ...', there is neither a way nor a firm):
        # the verb of being is positive, the 'نه ... و نه' before each part negates it, as 'وجود ندارد' does; not 'not
        # only' ('نه تنها ... وجود دارد بلکه'), which says more
        r"(?<!\S)نه\s+(?!تنها|فقط|صرفا)(?:[^\s.،]+\s+){1,10}?(?:وجود|حضور)\s*دار(?:د|ند)\s+و\s+نه(?!\S)",
        # 'this, not that', correcting an account ('اقدامی علیه شورشیان بود نه علیه غیرنظامیان', was against the rebels,
        # not the civilians; 'هدف تروریست‌ها است، نه مردم'; 'نه علیه مردم، بلکه علیه شورشیان', not against the people
        # but the rebels): the speaker sets what is so against what was said, as Arabic 'ليس ... بل'; not 'not only ...
        # but' ('نه تنها ... بلکه'), which adds, nor 'or not' ('یا نه'), nor 'nine' ('بود، نه نفر دیگر', a number)
        r"(?<!\S)(?:است|بود|بوده|بودند|هست|هستند|ميباشد|مي\s*باشد)\s*[،,]?\s+نه(?!\S)"
        r"(?!\s+(?:تنها|فقط|صرفا|نفر|تن|روز|ماه|سال|ساعت|هزار|صد|ميليون)(?!\w))"
        r"|(?<!\S)نه\s+(?!(?:تنها|فقط|صرفا)(?!\w))(?:[^\s.،]+\s+){0,8}?[^\s.،]+\s*[،,]?\s*بلكه(?!\w)",
        # 'did not attack' ('پاکستان به افغانستان حمله نکرده است', 'به خاک X یورش نبرده‌اند'): the compound verb of
        # attacking negated, as 'چنین حمله‌ای صورت نگرفته' denies the event; not 'has not attacked yet' ('هنوز حمله
        # نکرده'), which waits for it, nor the verbal noun ('حمله نکردن به غیرنظامیان', not attacking); not 'تجاوز
        # نکرد', as often 'did not exceed' (a number)
        r"(?<!هنوز\s)(?<!\S)(?:حمله|يورش)\s*ن(?:كرد|نمود|برد)(?!ن)\S*",
        # a report or claim that 'is not right' ('این خبر درست نیست'), as 'صحیح نیست'; not 'it is not right to ...',
        # which judges, so only after the claim it is said of
        # (and 'wrong' said of it, 'این گزارش‌ها غلط است'; not 'غلط' alone, a spelling mistake)
        rf"(?:{_CLAIMS_RE})\S*(?:\s+[^\s.،]+){{0,10}}?\s+"
        r"[«\"“]?(?:درست\s*نيست|غلط(?=[»\"”]?\s*(?:$|[.،»\"]|(?:است|بود|بوده|هست|"
        rf"{_CALLED_RE})(?!\w))))(?!\w)",
        # called propaganda ('این ادعاها را «تبلیغات دشمن» خواند'), as psychological warfare below
        r"تبليغات(?:\s+[^\s.،]+){0,2}?\s+" rf"(?:{_CALLED_RE})",
        # (and 'part of the propaganda', 'بخشی از تبلیغات (دشمن)', said of the reports, as Arabic 'جزء من الدعاية')
        r"بخشي\s+از\s+(?:تبليغات|جنگ\s+رواني|پروپاگاندا|بروپاگاندا)(?!\w)",
        # swayed or fooled by reports that a side's or a hostile media put out ('نهادها نباید تحت تأثیر گزارش‌های
        # رسانه‌های وابسته به داعش قرار بگیرند', 'فریب شایعات رسانه‌های معاند را نخورید'), as Arabic 'ألا تتأثر بالتقارير
        # التي نشرها الإعلام المقرب من': the reports dismissed as the other side's; not such reports cited as evidence
        # ('گزارش‌های رسانه‌های نزدیک به دولت نشان می‌دهد', no call and no sway). The side's word right after the
        # reports or after the media's ('رسانه‌های', 'شبکه‌های', 'منابع'): not any side named later in the sentence ('تحت
        # تأثیر شایعات قرار نگیرند و به نیروهای وابسته به دولت کمک کنند', a call to help the forces)
        rf"(?<!\S)(?:تحت\s+تاثير|فريب)\s+(?:{_CLAIMS_RE})\S*(?:(?:\s+[^\s.،]+){{0,5}}?\s+"
        r"(?:رسانه|شبكه|سايت|كانال|منابع|محافل|خبرگزاري|صفحه|صفحات|حساب)\S*)?\s+"
        r"(?:وابسته|نزديك|معاند|دشمن|مزدور|متخاصم|مغرض)(?!\w)",
        # not holding the weapons it is charged with ('سلاح شیمیایی در اختیار ندارد', 'هیچ سلاح شیمیایی نداریم'): a
        # side's denial of the charge, in the present, its own stance (not 'enough' weapons, 'سلاح کافی ندارد', a want).
        # The weapons in the plural or indefinite, the non-joiner typed or not ('سلاح‌های شیمیایی', 'هیچ سلاحی'); not
        # after 'از', where they are what is used or made ('استفاده از سلاح شیمیایی توجیهی ندارد', the use of chemical
        # weapons has no justification), not what is held
        r"(?<!\S)(?<!از\s)سلاح(?:هاي?|ي)?(?:\s+(?!كافي)[^\s.،]+){0,2}?\s+(?:در\s+اختيار\s+)?ندار(?:د|ند|يم)(?!\w)",
        # or said to be propaganda after the report it is said of ('پخش این خبر تبلیغات بوده است', 'این گزارش تبلیغات
        # دشمن است'; not the reporter's source, 'به گزارش X، ...'), or a claim made for propaganda ('یک ادعای
        # تبلیغاتی بزرگ است', the adjective right after the claim it qualifies: after other words it qualifies them, 'این
        # گزارش درباره ستاد تبلیغاتی نامزدها است', a report about the candidates' campaign office, no propaganda)
        rf"(?<!به\s)(?:{_CLAIMS_RE})\S*(?:(?:\s+[^\s.،]+){{0,4}}?\s+تبليغات|\s+تبليغاتي)"
        r"(?:\s+[^\s.،]+){0,2}?\s+(?:است|بوده|بود|هست)(?!\w)",
        # one said to be dead or ill is 'in full health', 'safe and well' ('در صحت و سلامت کامل است', 'سالم و سرحال
        # است'): the answer to a rumour of a death; a plain 'is well' ('حالش خوب است') is as often said of the wounded
        r"در\s+صحت\s+و\s+سلامت(?:\s+كامل)?\s+(?:است|هست|بسر|به\s*سر|قرار)|سالم\s+و\s+سرحال",
        # 'does not take responsibility' in the present, the speaker's own stance ('مسئولیت ... را بر عهده نمی‌گیرد',
        # 'نمی‌پذیریم'); not 'no group has taken responsibility' (نگرفته است), which tells what happened, nor for the
        # consequences (عواقب، پیامد), a warning
        r"(?:مسيوليت|مسووليت)(?!\s+(?:عواقب|پيامد))(?:\s+[^\s.،]+){0,10}?\s+(?:(?:بر|به)\s*عهده\s+)?نمي\s*(?:گير|پذير)(?:د|ند|يم)(?!\w)",
    ),
    according=(
        *("به گفته", "به اعتقاد", "به نوشته", "به نقل از"),
        # in X's view, in X's words ('به باور X', 'به تعبیر X'); not 'به ادعای X', as often 'in answer to X's claim'
        # ('در پاسخ به ادعای X')
        *("به باور", "به عقیده", "به تعبیر"),
        # 'as announced by', 'according to the statement of' ('طبق اعلام X، ...', 'بر اساس بیانیه X، ...'); not 'based on'
        # alone ('بر اساس قانون', under the law), which names no speaker
        *(
            f"{on} {what}"
            for on in ("طبق", "بر اساس", "براساس", "بنابر", "بنا بر")
            for what in ("اعلام", "بیانیه", "اطلاعیه")
        ),
    ),
    claim_words=split_words(
        "ادعا ادعای ادعاها ادعاهای ادعایی اتهام اتهامات اظهارات گزارش خبر اخبار شایعه شایعات "
        "گزارش‌ها گزارش‌های خبرها اتهام‌ها اتهام‌های "  # (folded without the non-joiner: 'گزارشها')
        "راپور راپورها راپورهای راپور‌ها راپور‌های"  # ('report' in Dari)
    ),
    sourcing=("به گزارش", "به نقل از"),
    # 'نسبت به انتشار شایعات هشدار داد' (warned against spreading rumours): a warning, no denial
    # (and pretexts: 'به بهانه‌های واهی', on flimsy pretexts, accuses someone else)
    # ('نسبت به شایعات هشدار داد', 'مردم را از شایعات برحذر داشت': a warning against rumours whoever spreads them)
    # (and asking people not to heed rumours: 'از مردم خواست به این شایعات گوش ندهند', 'توجه نکنند')
    # the people, the nation, public opinion, after 'against' or 'aimed at' ('جنگ روانی علیه مردم')
    aimed_at_public=r"(?:عليه|بر\s*ضد|ضد)\s+(?:مردم|ملت|افكار\s+عمومي)",
    warning=("", r"هشدار|بر\s*حذر|گوش\s+ن(?:دهند|كنند)|(?:توجه|اعتنا)\s+نكنند"),
    spreading=("به انتشار", "از انتشار", "بهانه", "بهانه های", "بهانه‌های", "بهانه‌ای", "بهانه ای"),
    reacting=("در واکنش به", "در پاسخ به"),
    # 'درباره اینکه گویا ...، گفت: خیر؛ ... رخ نداده است' (about the claim that supposedly ..., he said: no, nothing
    # happened): 'گویا', supposedly, marks what was asked as hearsay (not 'درباره اینکه چرا', about why)
    asked_of_hearsay=tuple(
        f"{about} {that} {hearsay}"
        for about in ("درباره", "در مورد", "در خصوص")
        for that in ("اینکه", "این که", "این‌که")
        for hearsay in ("گویا", "ظاهرا", "ظاهراً")
    ),
    # 'we did not', 'we had no', 'we were not', 'we are not' (نکردیم، نکرده‌ایم، ندادیم، نداشتیم، نبودیم، نیستیم),
    # folded (ی as ي, ک as ك), as 'لم' and 'لسنا' in Arabic; not 'we have no', 'we do not want', 'we will not'
    # (نداریم، نمی‌خواهیم، نخواهیم), which say what is, or is meant, and deny nothing; and 'we did not send'
    # ('هیچ نیرویی نفرستاده‌ایم', نفرستادیم), the sending of forces or arms a charge so often answers
    # (and 'neither ... nor' with the verb of 'we' positive, 'نه سلاح فرستاده‌ایم و نه نیرو', 'نه سلاح و نه نیرو
    # فرستاده‌ایم': each 'نه' says 'not' of its part, as 'نفرستاده‌ایم' would; not 'not only ... but' ('نه تنها ... بلکه'),
    # which adds; the verb of 'we' is the perfect, the present, 'we are' or 'we have' (WE_VERB_WORD_FA) or the simple
    # past ('فرستادیم', its stem two letters or more before 'د' or 'ت'), never a noun that ends as one does: 'نه در جنگ
    # و نه در تحریم' (neither in war nor in sanctions), 'نه این رژیم و نه آن')
    negated_we=r"(?<!\S)ن(?:داشت|كرد|بود|يست|داد|فرستاد)\S*?(?:\sا)?يم(?!\S)"
    rf"|(?<!\S)نه\s+(?!(?:تنها|فقط|صرفا)(?!\S))(?:[^\s.،؛]+\s+){{1,8}}?{_WE_VERB}\s*[،,]?\s+و\s*نه(?!\S)"
    rf"|(?<!\S)نه\s+(?!(?:تنها|فقط|صرفا)(?!\S))(?:[^\s.،؛]+\s+){{1,6}}?و\s*نه\s+(?:[^\s.،؛]+\s+){{1,6}}?{_WE_VERB}(?!\w)",
    # 'none ... has not been done' after a verb of saying ('اعلام کرد که هیچ حمله‌ای انجام نداده است'), in the past:
    # the speaker says it did not; so does 'has none of any kind' ('هیچگونه گردانی در سوریه ندارد'), the emphatic
    # 'of any kind' making it an answer; 'has no' (ندارد) alone says what is, 'no one was hurt' (نشده) what happened;
    # 'has taken no one' (هیچ کس را به اسارت/گروگان نگرفته) as 'has done none', with its object marked by 'را' (not
    # 'has taken no decision yet', 'هنوز هیچ تصمیمی نگرفته', which waits for it, nor 'so far no group has claimed
    # responsibility', 'تاکنون هیچ گروهی مسئولیت ... را بر عهده نگرفته', which tells what happened); 'را' right before
    # 'نگرفته' or its 'به اسارت', 'به گروگان': not 'هیچ کس این تهدیدها را جدی نگرفته' (no one took the threats
    # seriously), where 'هیچ کس' is the subject and the object another ('so far', تاکنون, before it is no matter:
    # 'تاکنون هیچ کس را به اسارت نگرفته‌ایم' still says it took no one)
    none_done=(
        r"(?<!\S)هيچ(?!\S)[^.؟!]*?(?<!\S)ن(?:داد|كرد|نمود|بود|داشت)ه"
        r"|(?<!هنوز\s)(?<!\S)هيچ(?:\s+(?!مسيوليت|مسووليت)[^.؟!\s]+){1,5}?\s+را\s+"
        r"(?:به\s+(?:اسارت|گروگان)\s+)?نگرفته"
        r"|(?<!\S)هيچ\s?گونه(?!\S)[^.؟!]*?(?<!\S)ندار(?:د|ند|يم)(?!\w)"
    ),
    # none of a thing took place ('هیچ عقب‌نشینی صورت نگرفته', 'هیچ حمله‌ای انجام نشده است'): an account of what
    # happened from one who reports events, a denial from one who answers another's charge (the caller checks)
    none_happened=(
        r"(?<!\S)هيچ(?!\S)[^.؟!]{1,60}?(?<!\S)"
        r"(?:صورت\s*ن(?:گرفته|پذيرفته)|انجام\s*ن(?:شده|گرفته)|اتفاق\s*ني?فتاده)(?!\S)"
    ),
    # 'neither ... nor' with a positive verb in the past of any person, after a verb of saying or in a quotation
    # ('X گفت که این گروه نه سلاح فرستاده و نه نیرو', 'او نه سلاح و نه نیرو به X داده است'): each 'نه' says 'not' of
    # its part, so the speaker says the subject did not, as 'we' above; the verb a past participle (-ده, -ته, with
    # its 'است', 'اند', 'بود') or a light verb's past ('کرد', 'داد'); not the present ('نه سلاح دارد و نه نیرو'),
    # as often a plain account, nor 'not only ... but' ('نه تنها ... بلکه'), nor 'neither confirmed nor denied' ('نه
    # تایید کرده و نه تکذیب'), nor 'nine' ('نه نفر')
    neither_nor=rf"(?<!\S)نه\s+(?!{_NEITHER_NOT})(?:[^\s.،؛]+\s+){{1,8}}?{_PAST}\s*[،,]?\s+و\s*نه(?!\S)"
    # (the second shape, both 'نه' before one verb, only after its subject: 'این کشور نه سلاح و نه نیرو فرستاده
    # است'; opening the clause, or after 'که', a colon, a comma or a semicolon, they are its subjects, others' doing
    # and no denial: 'نه این رژیم و نه آن رژیم کمک کرده است'; so too after a conjunction that opens a clause, 'زیرا',
    # 'چون' (because), 'اما', 'ولی' (but), 'اگر' (if): '... زیرا نه این رژیم و نه آن رژیم کمک کرده است')
    rf"|(?<=[^\s:،,؛;]\s)(?<!كه\s){_CLAUSE_OPENS}نه\s+(?!{_NEITHER_NOT})(?:[^\s.،؛]+\s+){{1,6}}?و\s*نه\s+(?:[^\s.،؛]+\s+){{1,6}}?"
    rf"{_PAST}(?![^\s.،؛])",
    # a negated verb: 'نمی کند', 'نیست', 'ندارد', 'نکرده', 'نشده', 'نبوده', 'نخواهد'; and the other light verbs of
    # compounds in the past: 'رخ نداده', 'انجام نداده' (has not happened, not done), 'نگرفته' (not taken), and of
    # the verbs that open with alef: 'اتفاق نیفتاده', 'فرود نیامده' (did not happen, did not land)
    negations=("نمی", "نیست", "ندار", "نداشت", "نکرد", "نشد", "نبود", "نخواهد", "نداد", "نگرفت", "نیفتاد", "نیامد"),
    # 'has no fear, no doubt, no need' (باکی ندارد، شکی نیست، تردیدی نداریم، نیازی نیست): negated, they assert
    # (nor 'not only ... but' (صرفا/تنها/فقط ... نداشتند بلکه ...), which says more, not less; but after 'نه' ('نه تنها
    # هرگز پایگاهی نبوده، بلکه ...', not only has never been a base but ...) 'only' is negated already, and the
    # negated verb after it is the speaker's own 'is not so')
    not_restating=r"(?:باك|شك|ترديد|نياز|هراس|ترس|ابا)ي?\s*(?:ن(?:دار|داشت|يست|بود)\S*)"
    r"|(?<!نه\s)(?:صرفا|تنها|فقط)(?:\s+[^\s.،]+){0,12}?\s+ن[^\s.،]*(?=[^.]*?\sبلكه(?!\w))",
    # one reported dead, held, ill or gone said to be well, alive, free or at their work ('حال او خوب است', 'وضعیت
    # سلامتی X خوب است', 'زنده است', 'در قید حیات است', 'سالم است', 'آزاد است', 'در سلامت کامل است', 'مشغول کارهای
    # خود', 'در حال انجام وظایف خود'): a denial in positive words, read only after such a report (``harm_reported``);
    # not 'در حال' (in the course of: 'در حال حاضر اوضاع خوب است', things are fine now), nor the 'حال' of 'با این
    # حال', 'در همین حال', 'در عین حال', 'به هر حال' (however, meanwhile, anyway: 'در همین حال X گفت اوضاع خوب است')
    well=r"(?<!در\s)(?<!اين\s)(?<!همين\s)(?<!عين\s)(?<!هر\s)حال(?:ش|[\s،,]+[^\s.،,:؛]+){0,5}?\s+خوب\s+"
    + _BEING
    + r"|وضع(?:يت)?\s+(?:سلامتي|سلامت|جسماني|جسمي)(?:[\s،,]+[^\s.،,:؛]+){0,8}?\s+خوب\s+"
    + _BEING
    + r"|(?:زنده|ازاد|(?:صحيح\s+و\s+)?سالم|در\s+قيد\s+حيات)\s+"
    + _BEING
    + r"|در\s+(?:كمال\s+)?(?:سلامت|سلامتي|صحت)(?:\s+كامل)?\s+(?:"
    + _BEING
    + r"|بسر|به\s*سر)"
    + r"|مشغول\s+(?:انجام\s+)?(?:كار|كارها|كارهاي|وظايف|فعاليت|فعاليتهاي)|در\s+حال\s+انجام\s+وظايف",
    # a report or rumour of a death, a killing, an arrest, a kidnapping, an illness or a flight: a claim word, then
    # the harm within a few words ('شایعه فوت X', 'شایعه شده است X فوت کرده', 'گزارش‌ها درباره بازداشت X'), or the harm
    # reported ('از کشته شدن X خبر دادند'); not a wound ('زخمی', 'مجروح'), after which 'is well' tells how one is
    harm_reported=rf"(?:{_CLAIMS_RE})\S*(?:\s+[^\s.،؛:]+){{0,8}}?\s+{_HARM}"
    + rf"|{_HARM}(?:\s+[^\s.،؛:]+){{0,8}}?\s+خبر\s*(?:داد|دادند|داده|مي\s*دهند|مي\s*داد)(?!\w)",
    # a denier's own 'is not', 'has no', 'did not', 'was not' (how such verbs start; not 'نمی', which is as
    # often 'does not want', 'cannot', 'does not allow', nor 'نخواهد', will not)
    # (and 'ننمود', the formal 'نکرد': 'درخواستی ننموده است')
    # (and, of 'نمی', only 'does not operate, interfere' ('در خارج از کشور فعالیت نمی‌کند', 'دخالت نمی‌کنیم'): no
    # presence or role, said in the present, as 'حضور ندارد'; its parts apart or joined, as stored copies drop the
    # non-joiner)
    restating=(
        *("نیست", "ندار", "نداشت", "نکرد", "ننمود", "نشد", "نبود", "نمیباشد", "نمی‌باشد", *_DID_NOT_HAPPEN),
        *(
            f"{noun} نمی{space}{light}"
            # (and 'does not back or send': 'تهران از X حمایت نمی‌کند', as Arabic 'لا تدعم' after a denial)
            for noun in ("فعالیت", "دخالت", "مداخله", "حمایت", "ارسال")
            for light in ("کن", "نمای")
            for space in (" ", "")
        ),
    ),
    subject_stops=split_words(
        "در با را به از برای که امروز روز دیروز بامداد شب صبح عصر ظهر نیز هم ضمن طی پس بعد قبل درباره "
        # times that stand between a subject and its verb ('X شامگاه یکشنبه ... گفت')
        "شامگاه پیشتر شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه "
        # ('X مدتی پیش گفت', 'X چندی پیش گفت': a while ago); 'it' with its object marker written onto it ('X آنرا
        # رد کرد', as older spelling joins 'آن را')
        "مدتی چندی آنرا اینرا "
        # ('X ساعاتی قبل از حمله ... خبر داد', 'X دقایقی پس از ...': some hours, minutes or moments before or after)
        "ساعاتی دقایقی لحظاتی ساعتی دقیقه‌ای روزهایی "
        "همچنین اما ولی تا این آن بر براساس طبق پیش هر هرگونه هیچ نسبت "
        # 'such', opening what is denied as 'این' does ('X چنین ادعاهایی را رد کرده بود'): never a word of a name
        "چنین چنان "
        # ('آقای X همچنان گفته است', X also said, as Dari writes 'also'; 'still' in Iran): an adverb after the subject
        "همچنان "
        # following ('X به‌دنبال ادعای ... گفت', in the wake of the claim): what the subject answers, after it; joined
        # as 'به‌دنبال', 'بدنبال', and as stored copies drop the non-joiner, 'بهدنبال'
        "به\u200cدنبال بدنبال بهدنبال "
        # (an attempt, what is condemned or rejected after the subject: 'X تلاش ... برای انتساب ... را محکوم کرد')
        "تلاش تلاش‌ها تلاش‌های "
        # the usual first words of what is said or denied (the subject comes first, the object after it:
        # 'بغداد ادعای نتانیاهو ... را رد کرد'): the subject ends before them
        "ادعا ادعای ادعاهای ادعاي اتهام اتهامات اظهارات گزارش گزارشهای خبر اخبار شایعه شایعات حضور وجود "
        # (a piece published, a post, with the indefinite ending too: 'X مطلبی را که ... منتشر شده کذب دانست')
        "مطلب مطلبی مطالب مطالبی "
        # (and with the indefinite ending, a claim not yet named: 'X گزارش‌هایی را که ... تکذیب کرد', 'X اخباری را')
        "گزارشی گزارش‌هایی گزارشهایی ادعایی ادعاهایی اخباری خبرهایی شایعاتی اتهاماتی "
        # (entry and exit, denied as presence is: 'X ورود نیروهای خارجی را تکذیب کرد'; 'ورود' is also a given name)
        "ورود خروج "
        # and what is rejected without being denied ('X پیشنهاد مذاکره را رد کرد')
        "پیشنهاد درخواست دعوت لایحه مذاکره مذاکرات استعفا استعفای میانجیگری مسئولیت مسؤولیت تاکنون "
        "تقاضا تقاضای خواسته خواسته‌های مطالبه مطالبات پیشنهادات "
        # involvement, a role, a meeting denied ('X دخالت در حمله را رد کرد', 'X دیدار ... را تکذیب کرد'); 'such
        # as', which lists examples of the subject ('برخی رسانه ها همچون X، Y ...')
        "دخالت مداخله نقش دیدار ملاقات همچون مانند "
        # addressing ('X خطاب به Y گفت', X said, addressing Y): the one addressed follows, never the speaker
        "خطاب "
        # one's words, remarks and statements, the object of a denial after the one who denies ('سخنگوی حماس سخنان
        # نتانیاهو را رد کرد', 'X گفته‌های وزیر را تکذیب کرد', 'X ادعاها را رد کرد'): never a word of a name, so a body
        # named right before them ends there (as stored copies drop the non-joiner, both spellings)
        "سخنان سخنانی گفته‌های گفتههای گفته‌ها گفتهها حرف‌های حرفهای صحبت‌های صحبتهای اظهارنظر اظهارنظرهای "
        "ادعاها گزارش‌ها گزارش‌های گزارشها خبرها خبرهای اتهام‌ها اتهام‌های اتهامها اتهامهای شایعه‌ها شایعه‌های "
        "روایت روایت‌های روایتهای "
        # and what was published and is denied or called fake ('X تصاویر منتشرشده را جعلی خواند', 'X آمار منتشر شده
        # را تکذیب کرد'); not a statement or a letter ('در بیانیه X آمده است', 'در نامه X', whose issuer follows them),
        # nor 'پیام' alone, a given name
        "تصاویر تصویر ویدئو ویدئوی ویدیو ویدیوی ویدئوهای ویدیوهای فیلم فیلم‌های فیلمهای "
        "عکس عکس‌های عکسهای آمار اسناد مدارک تحلیل تحلیل‌های تحلیلهای "
        "گمانه‌زنی گمانه‌زنی‌ها گمانه‌زنی‌های گمانهزنی گمانهزنیها گمانهزنیهای "
        # a reaction or an answer of X ('واکنش X ... است'): the act, never one who speaks
        "واکنش "
        # adverbs between the subject and what it denies ('X همواره این اتهامات را رد کرده است', always, firmly)
        "همواره همیشه بارها هرگز هیچگاه قبلا اکنون هنوز مجددا دوباره قاطعانه شدیدا قویا صراحتا رسما "
        # stationed ('خبرنگار X مستقر در Y گفت', 'جبهه X مستقر در Y ... تکذیب کرد'): where it is, after the name;
        # affiliated ('فرماندهی X وابسته به ارتش Y ... تکذیب کرد'): whose it is, after the name
        "مستقر وابسته"
    ),
    # the truth, the spreading, the happening of what is denied, before the claim or 'this' ('X صحت این خبر را رد کرد',
    # 'X انتشار خبر حمله را تکذیب کرد', 'X وقوع این حادثه را تکذیب کرد'): the object starts there, whatever the
    # subject before it (not only after a country on file); only so, since 'وزارت صحت عامه' (Dari: health) is a name
    subject_stop_phrases=tuple(
        f"{head} {what}"
        for head in ("صحت", "انتشار", "وقوع")
        for what in (
            *("این", "آن", "چنین", "هرگونه", "ادعا", "اتهام", "گزارش", "خبر", "اخبار", "شایعه", "شایعات"),
            # (a piece published: 'X انتشار مطلبی در یک کانال تلگرامی ... را کذب دانست')
            *("مطلب", "مطلبی", "مطالب", "مطالبی"),
        )
    )
    # and taking part in, supporting, working with, a link with ('X مشارکت در این حمله را تکذیب کرد', 'X همکاری با
    # دشمن را رد کرد'): the object starts there; the noun alone is as often in a name ('جبهه مشارکت', 'شورای همکاری')
    + tuple(f"{head} {what}" for head in ("مشارکت", "همکاری", "حمایت", "ارتباط", "دست") for what in ("در", "با", "از"))
    # once again ('X بار دیگر ادعای ... را رد کرد', 'X یک بار دیگر گفت'): an adverb after the subject, never part of
    # its name ('بار' alone is a word of names and loads: 'باربد', 'بار اول' in a title)
    + ("بار دیگر", "یک بار"),
    # what is denied when it is an act or an event, named by its verbal noun ('X ارسال سلاح به یمن را رد کرد', denied
    # sending weapons to Yemen; 'X ترور فرمانده را تکذیب کرد'): the object starts at it, so it ends the subject before
    # it (:meth:`ArabicScript._cut_subject`). Written from the language: the verbal nouns news denies of fighting,
    # arms, arrests and politics. Not 'همکاری', 'حمایت', 'آزادی', 'مشارکت', 'ارتباط' (in names: 'سازمان همکاری
    # اسلامی', 'نهضت آزادی', 'جبهه مشارکت'), which end a subject only with the word after them
    # (``subject_stop_phrases``)
    acts=split_words(
        "ارسال اعزام انتقال تحویل فروش خرید پرداخت تامین تأمین تسلیح تجهیز آموزش قاچاق "
        "حمله حملات شلیک تیراندازی بمباران انفجار ترور قتل کشتار اعدام ربودن آدم‌ربایی گروگان‌گیری "
        "بازداشت دستگیری توقیف ضبط مصادره اخراج عزل برکناری "
        "استقرار عقب‌نشینی پیشروی سقوط تصرف تسلط محاصره اشغال تخلیه انسداد بستن نقض تجاوز "
        "سفر انجام کمک "
        # a clash, the fighting ('رهبر X درگیری در استان Y را مسئله‌ای سیاسی دانست', called the clash a political
        # matter): what the subject judges, not a word of its name (not 'جنگ', war: 'وزارت جنگ' names a ministry)
        "درگیری درگیری‌ها "
        # putting a piece into print or online ('X درج مطلبی در یک کانال تلگرامی ... را کذب محض دانست')
        "درج"
    ),
    # (and the reporter's 'it is worth saying' before the subject: 'گفتنی است X ...', 'شایان ذکر است X ...')
    # (and the conjunctions that open a sentence before its subject: "هرچند، X ... را تکذیب کرده است", however X denied)
    # (and 'although', both spellings, opening a clause that 'اما' answers: 'گرچه منابع محلی ... خبر داده بودند، اما ...')
    # (and its 'it is to be recalled', 'یادآور می‌شود X ...', 'یادآوری می‌شود که X ...': the outlet's own aside, its
    # words no subject, X the subject after them)
    subject_drop=split_words(
        "و همچنین اینکه اما ولی هرچند البته گفتنی شایان ذکر است گرچه اگرچه یادآور یادآوری می شود می‌شود"
    ),
    # (and a doctor's, an engineer's, before a surname met before: 'دکتر نیک‌زاد' after 'بهرام نیک‌زاد' is him, as
    # 'آقای نیک‌زاد' is; not ranks or offices, ``titles``, which may stand for the last person alone)
    honorifics=split_words("آقای خانم دکتر مهندس"),
    pronouns=split_words("وی او ایشان آنها ما"),  # ('ما' we: a body or its spokesman in its own words)
    first_person=split_words("ما من"),
    personal=split_words("وی او ایشان"),
    agents=("از سوی", "از جانب", "توسط"),
    # (a statement; an announcement, as the Guards and ministries issue; a statement in Dari, 'اعلامیه'; a rejoinder
    # and a denial notice, which a ministry or a body sends the press to answer a report: 'در جوابیه X آمده است')
    statements=("بیانیه", "اطلاعیه", "اعلامیه", "جوابیه", "تکذیبیه"),
    # a passive of saying, whose subject is the statement it is in ('در اعلامیه X تاکید شده که', in X's statement it
    # was stressed): read only after 'در' and a statement
    statement_says=(
        *(
            f"{verb} {aux}"
            # (and 'it is written', as a statement quotes itself: 'در بیانیه X نوشته شده: «...»')
            for verb in split_words("تاکید تأکید اعلام عنوان تصریح گفته خاطرنشان اشاره ذکر قید نوشته")
            for aux in ("شده", "گردیده")
        ),
        # (and 'it came' without 'است', as news drops it: 'در بیانیه X آمده که «...»', 'در بیانیه X آمده: «...»', as
        # 'آمده است' (a verb of its own); not 'آمده' after no statement, 'has come': 'هیئت X به کابل آمده')
        "آمده",
    ),
    body_words=split_words(
        "وزارت دستگاه سازمان سپاه لشکر تیپ گروه خبرگزاری شبکه ستاد کمیته مجلس دولت ارتش نیروهای نیروی جنبش حزب "
        "پایگاه روزنامه حشد الحشد کتائب نهاد سفارت دفتر خارجه امور شورای شورا قرارگاه اتحادیه کمیسیون وزارتخانه امارت "
        # the ministries an office is of ('وزیر کشور X', 'وزیر دفاع X'): no person's name after the office
        "کشور دفاع "
        # a party's secretariat, which signs its statements ('دبیرخانه X'); the army in Dari ('اردوی پاکستان');
        # a military command ('فرماندهی عملیات X', 'فرماندهی انتظامی')
        "دبیرخانه اردو اردوی فرماندهی "
        # the police ('فرمانده پلیس استان X', the province's police commander): a body, never a person's given name
        "پلیس "
        # a government, as 'دولت' ('سخنگوی حکومت اقلیم X', 'حکومت طالبان'): the body its spokesman speaks for
        "حکومت "
        # a party as Kurdish news writes it in Persian ('پارت دموکرات X', 'سخنگوی پارت X'), as 'حزب': a body, whose
        # record is a party (PARTY_WORDS), never a person named so
        "پارت "
        # the law-enforcement force ('فرمانده انتظامی استان', the province's police commander), as the police: no name
        "انتظامی "
        # a consulate, as an embassy ('یک منبع در کنسولگری X در Y', a source at X's consulate in Y)
        "کنسولگری "
        # a small group, as Iranian media call armed ones ('گروهک تروریستی X', the terrorist grouplet X)
        "گروهک"
    ),
    # (and with the indefinite ending: 'منبعی در وزارت ...', a source in the ministry)
    # (and the media of a country, 'رسانه‌های کسلیا گزارش دادند': described by whose they are, no person's name)
    # (and the officials with the plural '-ها' after the non-joiner, as Dari writes them: 'مقام‌ها گفته اند', officials
    # said; before, a body named 'مقام‌ها' was drafted)
    description_heads=split_words(
        "منبع منابع مقام مقامات یک یکی منبعی مقامی منابعی رسانه‌های رسانه‌ها مقام‌ها مقام‌های منبع‌ها منبع‌های"
    ),
    # ('شماری از رسانه‌ها', a number of the media; 'تعدادی از', 'بسیاری از', 'بعضی از', 'عده‌ای از'): a share of a
    # group, as 'برخی از' is; the group after 'از' is the speaker's noun, not a place or a second party
    partitive=("یکی از", "برخی از", "نزدیک به", "شماری از", "تعدادی از", "بسیاری از", "بعضی از", "عده‌ای از"),
    # a share of a group opening a subject ('شماری از اعضای مجلس', 'برخی مقامات'): described by the
    # group, no one named, as 'some members of parliament' is (not 'یکی از', one of: a person the article may name)
    shares=split_words("برخی بعضی شماری تعدادی بسیاری عده‌ای اکثر اغلب گروهی چند"),
    # (and a phrase of the reporter's discourse before a colon, 'نکته مهم: ...', 'توضیح: ...': no speaker)
    kickers=split_words("فوری ویدئو فیلم گزارش اختصاصی عکس نکته توضیح یادآوری یادداشت پی‌نوشت پانوشت خلاصه"),
    # a headline names its speaker after the noun of what was said: 'هشدار X به Y: ...' (X's warning to Y),
    # 'واکنش X به ...:', 'انتقاد X از ...:', 'تاکید X بر ...:'
    speech_nouns=split_words("هشدار اخطار واکنش پاسخ انتقاد تاکید تأکید درخواست پیام توصیه"),
    time_words=split_words(
        "روز امروز دیروز بامداد شب صبح عصر ظهر امشب گذشته شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه شامگاه پیشتر"
    ),
    titles=split_words(
        "رئیس وزیر سخنگوی سخنگو معاون فرمانده دبیرکل نماینده سفیر مشاور مدیر حجت نخست‌وزیر نخست رئیس‌جمهور عضو دبیر "
        # ('جمهور' of 'رئیس جمهور', the president, written apart as 'نخست وزیر' is: 'رئیس جمهور قطر' names no
        # person 'جمهور قطر')
        "جمهور "
        # (and members, as plural offices are: 'اعضای مجلس X', members of X's parliament, no body or person named so)
        "سخنگویان فرماندهان نمایندگان اعضای مسئولان مسئولین مسؤولان مسوولان "
        "سردار سرلشکر سرتیپ حجت‌الاسلام آیت‌الله الاسلام والمسلمین "  # ('حجت الاسلام', 'حجت الاسلام والمسلمین')
        # (and the grand ayatollah's title with all three words joined, 'آیت‌الله‌العظمی X', as 'آیت‌الله X' is; 'العظمی'
        # apart after it is the title's too: in_title_of_god)
        "آیت‌الله‌العظمی "
        # leader, head (also spelled 'رییس'), official in charge, governor of a province or a city, mayor, prosecutor,
        # chargé d'affaires, acting head, deputy: offices written before a body as 'سخنگوی' is
        # (not the ranks and clerical titles before a name, 'ملا X', 'جنرال X': a name of one word after them, 'ملا
        # برادر', is then no name; a speaker so named keeps the rank in the label, which still names the person)
        "رهبر رییس مسئول مسؤول مسوول استاندار فرماندار والی شهردار دادستان کاردار سرپرست نایب قائم‌مقام "
        # (and Dari's prime minister, 'صدراعظم X', as 'نخست‌وزیر X' is)
        "صدراعظم "
        # (and Dari's head of a department, 'آمر مطبوعات این ریاست' (its press chief), after a name as 'سخنگوی' is)
        "آمر"
    ),
    # the offices that speak for a body, before its name ('دفتر رسانه‌ای جنبش X', 'روابط عمومی X'): the body's office,
    # described, not a body of its own (as English 'the media office of X')
    body_offices=(
        *("دفتر رسانه‌ای", "دفتر اطلاع‌رسانی", "دفتر اطلاع رسانی", "دفتر مطبوعاتی", "دفتر اطلاعات", "روابط عمومی"),
        "روابط‌عمومی",  # (its two words joined by the non-joiner, one word as read)
        *("مرکز رسانه‌ای", "واحد رسانه‌ای"),
        # (and 'رسانه‌ای' with a space for its non-joiner, 'دفتر رسانه ای X': two words as read, the same office)
        *("دفتر رسانه ای", "مرکز رسانه ای", "واحد رسانه ای"),
        # (and a body's information centre, 'مرکز اطلاع‌رسانی X' as 'دفتر اطلاع‌رسانی X': its office, which speaks for
        # it, no person named 'مرکز اطلاع‌رسانی' before an office such as 'فرماندهی کل')
        *("مرکز اطلاع‌رسانی", "مرکز اطلاع رسانی", "مرکز مطبوعاتی"),
        # (and the office of its spokesman, 'دفتر سخنگوی X')
        "دفتر سخنگوی",
        # (and a body's section for its news, 'بخش اطلاع رسانی X', 'بخش روابط رسانه‌ای X': its office, no person)
        *("بخش اطلاع رسانی", "بخش اطلاع‌رسانی", "بخش رسانه‌ای", "بخش روابط رسانه‌ای", "بخش روابط عمومی"),
    ),
    group_refs=split_words("این گروه"),
    demonstratives=split_words("این"),
    # (and an agency, 'آژانس X', as Kurdish and exile outlets name themselves)
    outlet_words=split_words("خبرگزاری روزنامه شبکه پایگاه تیپ لشکر گروه سایت آژانس"),
)

# The Guards (the IRGC) by their full names, as records have them; and what an article about Iran calls them for short,
# 'the corps' ('سپاه') and 'the Corps of Guardians' ('سپاه پاسداران'), which are no aliases elsewhere: 'سپاه' is any
# corps, and Persian news about Iran names the Guards so where no other corps is named.
_GUARDS = ("سپاه پاسداران انقلاب اسلامی", "سپاه انقلاب اسلامی")
_GUARDS_SHORT = ("سپاه", "سپاه پاسداران")
_CORPS = fold_words("سپاه")
# Iran named: the country, its capital, the Islamic Republic, or the Guardians themselves (folded); not the Islamic
# Republic of another country ('جمهوری اسلامی افغانستان', 'جمهوری اسلامی پاکستان', as Dari news names them)
_OTHER_REPUBLICS = "|".join(fold_words(w) for w in ("افغانستان", "پاکستان", "موریتانی"))
_IRAN = re.compile(
    "|".join(fold_words(w) for w in ("ایران", "تهران", "پاسداران"))
    + f"|{fold_words('جمهوری اسلامی')}(?!\\s+(?:{_OTHER_REPUBLICS}))"
)
# another corps named: a name in marks after 'سپاه', a province's corps ('سپاه استان X', 'سپاه بیت‌المقدس'), a corps
# named after a holy name or an event ('سپاه محمد', 'سپاه ثارالله', 'سپاه عاشورا'), Iraq's Badr, Pakistan's Sahaba
_OTHER_CORPS = re.compile(
    rf"(?<!\w){_CORPS}\s*(?:[«\"“]|(?:"
    + "|".join(fold_words(w) for w in "استان بیت بیت‌المقدس ثارالله محمد بدر صحابه حضرت امام عاشورا نینوا".split())
    + r")(?!\w))"
)


def _guards_for_short(paragraphs: list[Paragraph], index: NameIndex) -> NameIndex:
    """``index``, or a copy of it that calls the Guards 'سپاه' and 'سپاه پاسداران' where the article is about Iran and
    names no other corps (none in its words, none on file)."""
    guards = next((k for k in (index.lookup(n) for n in _GUARDS) if k is not None), None)
    text = "\n".join(p.text for p in paragraphs)
    folded = fold_words(text)
    if guards is None or _CORPS not in folded or not _IRAN.search(folded) or _OTHER_CORPS.search(folded):
        return index
    # (a corps on file under another record, 'سپاه نور': 'سپاه' alone may be it)
    if any(k.id != guards.id and fold_words(text[a:b]).startswith(_CORPS) for a, b, k in index.scan(text)):
        return index
    return index.with_names(_GUARDS_SHORT, guards)


class _Persian(ArabicScript):
    """The Arabic-script reader, with the Guards' short names where the article gives them (:func:`_guards_for_short`)."""

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis:
        own = _guards_for_short(paragraphs, index)
        analysis = super().analyse(paragraphs, own, skip)
        if own is not index:
            analysis.index = own
        return analysis


PERSIAN = _Persian(PERSIAN_WORDS)

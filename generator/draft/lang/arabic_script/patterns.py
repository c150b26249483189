"""The patterns and word lists the Arabic-script reader matches on, all of them module-level constants.

Kept apart from the rules that use them so that every stage reads the same compiled patterns, built once at import,
and so that a word list can be found and changed without reading a rule. Most are folded (see
:func:`generator.draft.lang.arabic_words.fold_words`); the comment beside each gives the words and why they matter.
"""

from __future__ import annotations

import re

from generator.alternation import alternation
from generator.draft.lang.arabic_words import fold_words
from generator.draft.territories import PERSIAN_LETTERS as PERSIAN_LETTERS

# The lookbehind lets a match start only where a run of . ! ? ؟ starts (else a long run is quadratic).
# (a stray comma after the full stop still ends the sentence: '..." .، فيما ...')
# (and a full stop typed with no space before the next word, 'طالباني.وذكرت', '...".من جانبه', of two letters or more)
SENTENCE_END = re.compile(
    r"(?<![.!?\u061f])[.!?\u061f]+[\u201d\u00bb\")\]]*\u060c?(?:\s+|$)|\n+"
    r"|(?<=[\u0621-\u064a\u06a9\u06cc\u201d\u00bb\"])\.(?=[\u0621-\u064a\u06a9\u06cc]{2})"
)
_WORD = re.compile(r"[^\W_]+")
ON = "\u0639\u0644\u064a"
FROM = "\u0639\u0646"
OF = "\u0645\u0646"  # من (from, of)
KANA = frozenset(
    {"\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a", "\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a"}
)
QAD = "\u0642\u062f"
PREVIOUSLY = "\u0633\u0628\u0642"  # سبق ('سبق أن نفت', had previously denied)
# 'تم', 'جرى' (was done) right before a verbal noun, folded: an Arabic passive ('وتم نفي الخبر')
DONE = re.compile(
    r"(?<!\S)[\u0648\u0641]?(?:\u062a\u0645|\u064a\u062a\u0645|\u062c\u0631\u064a|\u064a\u062c\u0631\u064a)\s+$"
)
# 'نُفي', 'نُفيت' (was denied), folded, with 'و' or 'ف' written on: without its vowels the passive is spelt as the
# verbal noun 'نفي' or a first person, and only an agent after it ('من قبل X') tells it is a passive
PASSIVE_DENIED_AR = re.compile(r"[\u0648\u0641]?\u0646\u0641\u064a\u062a?")
# what may stand before such a passive opening its sentence, folded: 'و', 'قد', 'لقد', 'كما', 'و' or 'ف' written on
# them or not ('وقد', 'فقد', 'ولقد')
PASSIVE_OPENERS_AR = frozenset(
    fold_words(p + w) for p in ("", "\u0648", "\u0641") for w in ("قد", "لقد", "كما")
) | frozenset({"\u0648"})
# 'that the movement did not', folded: 'أن', one to four words (a body's name), and a negation (not 'لا يزال', still; 'لا سيما'),
# a little after the verb ('أوضح لوسائل الإعلام أن الحركة لا ...')
THAT_NOUN_NOT = re.compile(
    r"(?<!\S)[\u0628\u0644]?[\u0627]\u0646\s+(\S+(?:\s+\S+){0,3}?)\s+"
    r"(?:\u0644\u0645|\u0644\u064a\u0633|\u0644\u064a\u0633\u062a|\u0644\u0627(?!\s+(?:\u064a\u0632\u0627\u0644|\u062a\u0632\u0627\u0644|\u0633\u064a\u0645\u0627)))(?!\w)"
)
# 'cannot (or does not, will not) accuse ... without evidence', folded ('لا يمكن لها أن تتهم جهة ... ما لم يكن لديها
# أدلة', 'لا نتهم أحدا دون دليل', 'لن يتهم أي طرف من دون إثبات'): said by the accused of its own side, it answers an
# accusation laid at its door, as 'we accused no one' does; (1) the few words before the negation, its subject
CANNOT_ACCUSE_UNPROVEN = re.compile(
    r"(?:^|(?<=\s))((?:\S+\s+){0,3}?)[\u0648\u0641]?(?:\u0644\u0627|\u0644\u0646)\s+"  # (و، ف) لا لن
    # (يمكن / نستطيع ... and 'لها', 'لنا', or the pronoun written on, 'يمكننا', 'يمكنها'; then 'أن')
    r"(?:(?:\u064a\u0645\u0643\u0646(?:\u0646\u0627|\u0647|\u0647\u0627|\u0647\u0645)?|[\u0646\u064a\u062a]\u0633\u062a\u0637\u064a\u0639)(?:\s+\u0644\S{1,3})?\s+(?:\u0627\u0646\s+)?)?"
    r"(?:[\u064a\u062a\u0646\u0627]\u062a\u0647\u0645|\u0627\u062a\u0647\u0627\u0645)\S{0,3}"  # يتهم تتهم نتهم أتهم اتهام
    r"(?:\s+[^\s.\u060c,:\u061b]+){0,8}?\s+"
    r"(?:(?:\u0645\u0646\s+)?(?:\u062f\u0648\u0646|\u0628\u062f\u0648\u0646|\u0628\u0644\u0627)|\u0645\u0627\s+\u0644\u0645)"  # (من) دون بدون بلا، ما لم
    r"(?:\s+[^\s.\u060c,:\u061b]+){0,4}?\s+(?:\u0627\u0644)?"
    r"(?:\u062f\u0644\u064a\u0644|\u0627\u062f\u0644\u0647|\u0627\u062b\u0628\u0627\u062a|\u0628\u0631\u0627\u0647\u064a\u0646|\u0648\u062b\u0627\u064a\u0642|\u062d\u0642\u0627\u064a\u0642)(?!\w)"  # دليل ادله اثبات براهين وثايق حقايق
)
# 'وصفه', 'أسماه' (called it; he, she), folded, right before a quotation: the words of whoever did the calling; and
# 'بأنه' (as being) after a verb of calling no list holds ('ونعت X الأمر بأنه "..."')
CALLED = frozenset(
    fold_words(w)
    for w in ("وصفه", "وصفها", "وصفته", "وصفتها", "أسماه", "أسمته", "سماه", "سمته", "وصفوه", "وصفوها", "بأنه", "بأنها")
)
CALLED_HOW = "what the sentence's subject called it"
# 'على', 'في', 'عبر' (on, in, via), folded: before a platform's name in marks ('على "إكس":')
ON_PLATFORM = frozenset({"\u0639\u0644\u064a", "\u0641\u064a", "\u0639\u0628\u0631"})
# 'so-called', 'named', 'known as', 'entitled' ('ما يسمى بـ"X"', 'المسماة "X"', 'المعروفة باسم "X"', 'في كلمة بعنوان
# "X"'): a name or a title in marks follows, no one's speech
SO_CALLED = frozenset(
    fold_words(w)
    for w in "يسمى تسمى يسمي تسمي المسمى المسماة المسماه سمي سميت يعرف تعرف المعروف المعروفة باسم بعنوان عنوان".split()
)
# 'ما' (what), folded: before a verb of naming, 'so-called' ('ما يسمى بـ X', what is called X)
SO_CALLED_WHAT = fold_words("\u0645\u0627")
# after a name in marks: 'that' and the quotation it opens ('على "تلغرام" إن "...')
OPENERS_AFTER = re.compile(r"\s*\S{1,4}\s*[\"\u201c\u00ab]")
# 'نفي', 'تكذيب' (denial), folded: verbal nouns among the verbs of denying
VERBAL_NOUNS = frozenset({"\u0646\u0641\u064a", "\u062a\u0643\u0630\u064a\u0628"})
# the same, and the verbal nouns of refuting, disowning and rejecting ('دحض', 'تفنيد', 'إنكار', 'رفض'), folded: after
# 'في' each opens a sentence as 'وفي نفي للأنباء، قالت الوزارة ...' does, its denier the clause's subject
OPENING_DENIALS = VERBAL_NOUNS | {fold_words(w) for w in ("دحض", "تفنيد", "إنكار", "رفض")}
# one's own rejection, a possessive on 'رفض', folded ('جدد X رفضه الاتهامات', renewed his rejection of the charges):
# a denial only where claims follow ('جدد رفضه للمقترح', of the proposal, refuses), as the verb 'رفض' denies only those;
# the two sides' own too ('جدد الحزبان رفضهما للاتهامات')
OWN_REJECTION = re.compile(
    r"(?<!\w)[\u0648\u0628\u0644]?\u0631\u0641\u0636(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)\s+"
)
BY = frozenset({"\u0642\u0628\u0644", "\u062c\u0627\u0646\u0628", "\u0637\u0631\u0641"})  # قبل جانب طرف, after من
ONE_OF = frozenset({"\u0627\u062d\u062f", "\u0627\u062d\u062f\u064a"})  # أحد إحدى (one of)
BUT = frozenset({"\u0644\u0643\u0646", "\u0648\u0644\u0643\u0646"})  # لكن ولكن
EXCEPT = frozenset({"\u0627\u0644\u0627", "\u063a\u064a\u0631", "\u0628\u064a\u062f"})  # إلا غير بيد (before أن)
AS_FOR = frozenset({"\u0627\u0645\u0627", "\u0648\u0627\u0645\u0627"})  # أما وأما (as for), folded
THEN_QAD = frozenset({"\u0641\u0642\u062f", "\u0641"})  # فقد ف, after the topic of 'أما' and before its verb
IN = "\u0641\u064a"
NEWS = fold_words("أنباء")
# commas and semicolons typed as words of their own, after a space
LONE_MARKS = frozenset({"\u060c", ",", "\u061b", ";"})
# on, in, from, through, folded: where a subject between 'كان' and 'قد' is ('حسابات على منصة إكس')
WHERE_AFTER_KANA = frozenset({ON, IN, "\u0645\u0646", "\u0639\u0628\u0631"})
# Honorifics before a person's name (sheikh, sayyid, hajj, general, brigadier, colonel, doctor, professor), folded: the
# given name 'علي' typed 'على' after one of them is a name, not 'on' (_ali_is_a_name).
HONORIFICS_AR = frozenset(fold_words(w) for w in "الشيخ السيد الحاج اللواء العميد العقيد الدكتور الأستاذ".split())
# commenting, answering (folded, with 'و' or 'ف' before): verbs of saying that take 'على' after their subject ('وعلق X
# على ...', 'ورد X على ...')
ANSWERS_ON = frozenset(
    fold_words(p + v)
    for p in ("", "\u0648", "\u0641")
    for v in ("رد", "ردت", "يرد", "ترد", "علق", "علقت", "يعلق", "تعلق")
)
# 'فيما', 'بينما', 'حين' (while, whereas), folded: a clause with its own verb and subject follows
WHILE_CLAUSE = frozenset(fold_words(w) for w in ("فيما", "بينما", "حين"))
# فيه فيها فيهما خلاله خلالها خلالهما (in it, during it), after a verb in a statement's relative clause ('في بيان نفت
# فيه الوزارة ...'): one list for the subject that follows (Attributor) and for what is denied (IN_THE_STATEMENT).
_IN_IT_FORMS = tuple(
    f"{p}{s}"
    for p in ("\u0641\u064a", "\u062e\u0644\u0627\u0644")
    for s in ("\u0647", "\u0647\u0627", "\u0647\u0645\u0627")
)
IN_IT = frozenset(_IN_IT_FORMS)
# عنه عنها عنهم عنهما (about it, of it), folded, right after a verb before its subject ('كشف عنها الحوثيون', which the
# Houthis revealed; 'أعلن عنه الجيش'): the verb's preposition and the pronoun of what it tells, no word of the subject
ABOUT_IT = frozenset(
    fold_words("\u0639\u0646" + s) for s in ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
)
# an occasion and its owner after 'ل' (of), folded, up to the comma before a verb: 'في مؤتمر صحفي للعقيد X،', 'في بيان
# لحركة X،' (at the colonel's press conference, in the movement's statement); group 1 is the owner, from the letter
# after 'ل' (after 'لل', 'ل' and the article, it starts at the article's 'ل': the caller steps back one letter; after
# 'لـ ', its tatweel folded away, at the word after the space: 'في كلمة لـ سالم الداودي،')
_OCCASIONS_AR = "|".join(fold_words(w) for w in "مؤتمر بيان تصريح تصريحات تعليق كلمة حديث مقابلة لقاء".split())
_OCCASION_KINDS_AR = "|".join(fold_words(w) for w in "صحفي صحافي متلفز تلفزيوني مصور".split())
# (not a word whose own first letter is 'ل': 'لدى' (at: 'في كلمة لدى افتتاح المؤتمر'), 'لاحق' (later: 'في بيان لاحق'))
_OWNER_AFTER_OF_AR = (
    r"\s++\u0644(?!\u062f\u064a\s|\u0627\u062d\u0642)\s*+([^\s\u060c,.:]++(?:\s++[^\s\u060c,.:]++){0,4})[\u060c,]"
)
# ('وفي بيان لحركة X، قالت فيه', 'and' written onto 'في')
OCCASION_OWNER_AR = re.compile(
    rf"(?<!\S)[\u0648\u0641]?{fold_words('في')}\s++(?:{_OCCASIONS_AR})(?:\s++(?:{_OCCASION_KINDS_AR}))?"
    + _OWNER_AFTER_OF_AR
    + r"(?:\s*+[^\s\u060c,.:]++){0,6}?\s*+[\u060c,]?\s*+\u0648?$"
)
# 'as', 'according to what' before a verb of reporting ('حسبما أفادت', 'وفق ما نقلت'): the words of a credit
AS_REPORTED_AR = ("حسبما", "حسب ما", "بحسب ما", "وفق ما", "وفقا لما", "طبقا لما")
# 'as X reported' after what another said, folded ('«...»، حسبما أفادت وكالة X'): a credit, whose verb's subject only
# carried the words; it is no speaker a participle or 'he' after it can mean
CREDIT_BEFORE_AR = re.compile(
    r"(?<!\S)(?:" + "|".join(fold_words(w).replace(" ", r"\s+") for w in AS_REPORTED_AR) + r")\s*$"
)
# the same after 'جاء ذلك' (this came) at the sentence's head, whatever follows the owner's comma ('جاء ذلك في تعليق
# للعقيد X، خلال بيان اليوم، على «...»، مؤكدا'): the owner speaks the participles of the sentence
OCCASION_OWNER_CAME_AR = re.compile(
    rf"\s*+\u0648?{fold_words('جاء')}\s++(?:{fold_words('ذلك')}|{fold_words('هذا')})\s++{fold_words('في')}\s++"
    rf"(?:{_OCCASIONS_AR})(?:\s++(?:{_OCCASION_KINDS_AR}))?" + _OWNER_AFTER_OF_AR
)
IN_FA = "\u062f\u0631"  # در
FROM_FA = "\u0627\u0632"  # از
# What a label before a colon may add after its speaker: in answer to whom ('ردا على', 'تعليقا على'; 'در واکنش به',
# 'در پاسخ به').
ANSWERING = frozenset(fold_words(w) for w in ("ردا", "رداً", "وردا", "تعليقا", "تعقيبا"))
ANSWERING_FA = frozenset(fold_words(w) for w in ("واکنش", "پاسخ"))


# Days written in two words, a number and 'شنبه': 'یک شنبه' ... 'پنج شنبه' (Sunday to Thursday).
DAY_NUMBERS_FA = frozenset(fold_words(w) for w in ("یک", "دو", "سه", "چهار", "پنج"))
SATURDAY_FA = fold_words("شنبه")
# A span of time that opens a sentence before its comma ('یک روز پس از ...، X گفت', a day after ..., X said): a number
# or 'some', a unit of time, then after, before (:meth:`ArabicScript._after_time_span`)
SPAN_NUMBERS_FA = frozenset(fold_words(w) for w in "یک دو سه چهار پنج شش هفت هشت نه ده چند چندین".split())
# the words that open a noun as its number or quantity, folded: a number, 'some', 'each', 'no' ('یک حمله', 'چند
# گزارش', 'هر حمله', 'هیچ ادعایی'): never a subject's last word; before an object's head they are the object's
# ('X گفت که یک حمله را رد می‌کند' rejects an attack, no speaker 'یک')
DETERMINERS_FA = SPAN_NUMBERS_FA | frozenset(fold_words(w) for w in ("هر", "هیچ"))
# 'this', 'that' (این، آن), folded: they open a noun phrase of their own, never end one
THIS_THAT_FA = frozenset(fold_words(w) for w in ("این", "آن"))
# a modal or a verb in the present, folded ('باید', 'نمی‌توان', 'می‌خواهد', 'نمی‌دانیم'): no subject before 'این'
MODAL_OR_VERB_FA = re.compile(
    "(?:\u0646?\u0628\u0627\u064a\u062f|\u0634\u0627\u064a\u062f|[\u0628\u0646]?\u062a\u0648\u0627\u0646|\u0646\u0645\u064a\\S*+"
    "|\u0645\u064a\\S*?(?:\u0627\u0646|\u062f|\u0646\u062f|\u064a\u0645|\u064a\u062f|\u0645))$"
)
# conjunctions, question words and adverbs, folded ('چون', 'زیرا', 'وقتی', 'چرا', 'حتی', 'کاملا'): a clause's first
# word before 'این' that is no subject ('که چون این ادعا را رد کرده‌اند', because they rejected this claim)
NO_SUBJECT_BEFORE_THIS_FA = frozenset(
    fold_words(w)
    for w in (
        "چون چونکه زیرا وقتی هنگامی زمانی چنانچه اگرچه گرچه هرچند بلکه سپس لذا بنابراین البته چرا چگونه کجا حتی "
        "مثلا ظاهرا احتمالا قطعا کاملا اصلا واقعا دقیقا مستقیما رسما صریحا قبلا بعدا مجددا شدیدا جدا عمدا اساسا "
        "مطلقا اکیدا صرفا مکررا"
    ).split()
)
# all of, some of, folded ('همه', 'تمام', 'برخی'): words that open an object with 'this' after them ('همه این ادعاها')
WHOLE_OF_FA = frozenset(fold_words(w) for w in "همه همهٔ همه‌ی تمام تمامی کلیه کلیهٔ برخی بعضی".split())
SPAN_UNITS_FA = frozenset(fold_words(w) for w in "روز هفته ماه سال ساعت دقیقه شب".split())
SPAN_ONE_WORD_FA = frozenset(fold_words(w) for w in "ساعاتی دقایقی روزی روزها هفته‌ها ماه‌ها".split())
SPAN_AFTER_FA = frozenset(fold_words(w) for w in "پس بعد قبل پیش".split())
# following, after, folded pairs ('به دنبال', 'در پی', 'پس از', 'بعد از'): they open a sentence with the event it
# answers, up to a comma; the subject follows (:meth:`ArabicScript._after_opening_event`)
EVENT_OPENERS_FA = frozenset(
    (fold_words(a), fold_words(b)) for a, b in (("به", "دنبال"), ("در", "پی"), ("پس", "از"), ("بعد", "از"))
)
# (and each written as one word, joined or with the non-joiner, which folding drops: 'درپی', 'بدنبال', 'به‌دنبال',
# 'پس‌از')
EVENT_OPENERS_JOINED_FA = frozenset(a + b for a, b in EVENT_OPENERS_FA) | frozenset({fold_words("بدنبال")})
SELF_FA = "\u062e\u0648\u062f"  # خود (one's own): 'جان خود را' (their own life), an object
# a reporter (folded), relayed as 'its own': 'به نقل از خبرنگار (ویژه) خود' (quoting its own correspondent), 'نقلا
# عن مراسلها' (its correspondent): the outlet relays no one else, it speaks through its own man. OWN_REPORTER_FA
# before 'خود'; OWN_REPORTER_WORD alone, the pronoun written onto it: its, his, our ('مراسلها', 'مراسله',
# 'مراسلنا'; Persian 'خبرنگارش')
OWN_REPORTER_FA = frozenset(fold_words(w) for w in ("خبرنگار", "خبرنگاران"))
OWN_REPORTER_WORD = frozenset(
    fold_words(stem + end)
    for stem, ends in (
        ("مراسل", ("ها", "ه", "نا")),
        ("مراسلت", ("ها", "ه", "نا")),
        ("مراسلي", ("ها", "ه", "نا")),
        ("مراسلو", ("ها", "ه", "نا")),
        ("خبرنگار", ("ش", "انش", "ان\u200cاش")),
    )
    for end in ends
)
LIE_FA = "\u062f\u0631\u0648\u063a"  # دروغ (a lie): 'دروغ گفت' is 'lied', not 'said' ('دروغ خواند' calls it one)
SAYING_FA = re.compile("\u06af\u0641\u062a|\u06af\u0648")  # گفت، گو: the verb 'to say'
SAID_FA = "\u06af\u0641\u062a"  # گفت
# 'و گو' after 'گفت', folded: 'گفت و گو', 'گفت وگوی' (talks, dialogue) is a noun, no 'said'
TALKS_FA = re.compile("\\s*+\u0648\\s*+\u06af\u0648")
# the plural ending written apart, folded ('گفته های', 'اظهارات ها'): after a participle, a noun ('the sayings')
RA_AFTER = re.compile("\\s*\u0631\u0627(?!\\w)")  # 'را' after a word, the object's end
# 'بار دیگر', 'یک بار دیگر' (once again) opening what follows a Persian subject
AGAIN_FA = re.compile("^(?:\u06cc\u06a9\\s+)?\u0628\u0627\u0631\\s+\u062f\u06cc\u06af\u0631\\s+")
# 'با صدور بیانیه‌ای', 'با انتشار بیانیه‌ای', 'در بیانیه‌ای' (by issuing a statement, in a statement) opening an object;
# and a piece posted, 'با انتشار مطلبی توئیتری،', 'در پیامی در ایکس،', 'با انتشار پستی،' (a post, a message, a tweet), its
# few words of where up to a comma (without the comma they cannot be told from the object, and stay)
BY_STATEMENT_FA = re.compile(
    "^(?:\u0628\u0627\\s+(?:\u0635\u062f\u0648\u0631|\u0627\u0646\u062a\u0634\u0627\u0631)|\u062f\u0631)\\s+(?:"
    "\u0628\u06cc\u0627\u0646\u06cc\u0647[\u200c\\s]?\u0627\u06cc[\\s\u060c,]+(?=\\S)"
    "|(?:\u0645\u0637\u0644\u0628|\u067e\u06cc\u0627\u0645|\u067e\u0633\u062a|\u062a\u0648\u0626\u06cc\u062a|\u062a\u0648\u06cc\u06cc\u062a"
    "|\u06cc\u0627\u062f\u062f\u0627\u0634\u062a)\u06cc(?:\\s++[^\\s\u060c,]++){0,3}+\\s*+[\u060c,]\\s*+(?=\\S))"
)
# 'از سوی', 'از طرف', 'توسط' (by) closing a passive's subject before its agent ('خبر ... از سوی X تکذیب شد')
AGENT_CLOSING_FA = re.compile(
    "(?<=\\S)\\s+(?:\u0627\u0632\\s+(?:\u0633\u0648\u06cc|\u0637\u0631\u0641)|\u062a\u0648\u0633\u0637)\\s*$"
)
# 'را' closing an object before its verb, and a word of manner that may stand between them ('X ادعای Y را به‌شدت
# تکذیب کرد', firmly): how it was denied, no word of what was
RA_CLOSING = re.compile(
    "(?<=\\S)\\s+\u0631\u0627"
    "(?:\\s+(?:\u0628\u0647[\u200c\\s]?\u0634\u062f\u062a|(?:\u0634\u062f\u06cc\u062f|\u0642\u0648\u06cc|\u06a9\u0627\u0645\u0644|\u0635\u0631\u0627\u062d\u062a|\u0631\u0633\u0645|\u062c\u062f)\u0627\u064b?"
    "|\u0642\u0627\u0637\u0639\u0627\u0646\u0647))?\\s*$"
)
# 'را رد و آن' (rejected, and ... it), closing the object of a verb of calling after a denial whose light verb is
# left out ('ادعای ... را رد و آن را بی‌اساس دانست'); 'آن' or 'آنها' takes up the object before 'را رد'
REJECTED_AND_IT_FA = re.compile(
    "(?<=\\S)\\s++\u0631\u0627\\s++(?:\u0631\u062f|\u062a\u06a9\u0630\u06cc\u0628|\u0627\u0646\u06a9\u0627\u0631)\\s++\u0648\\s++"
    "\u0622\u0646(?:[\u200c\\s]?\u0647\u0627)?$"
)
# 'که' (that) after a Persian verb, 'است' or 'بود' between; 'که' with the Persian kaf or the Arabic one ('كه'), as
# some outlets write it ('است' and 'بود' have one spelling)
THAT_AFTER_VERB_FA = re.compile("(?:\\s+(?:\u0627\u0633\u062a|\u0628\u0648\u062f))?\\s+[\u06a9\u0643]\u0647\\s+")
ONE_FA = fold_words("یک")
CAME_FA = fold_words("آمده")  # (it) came
# 'در زمانی', 'در حالی', 'در شرایطی', 'در وقتی' (at a time, while, in circumstances) just before a verb, folded
AT_A_TIME_FA = re.compile(
    "(?<!\\S)"
    + fold_words("در")
    + "\\s++(?:"
    + "|".join(fold_words(w) for w in ("زمانی", "حالی", "شرایطی", "وقتی"))
    + ")\\s*+$"
)
# an occasion after 'در' that opens a denial's words (a press conference, talks, an interview, a reaction, an answer)
OCCASIONS_FA = frozenset(
    fold_words(w) for w in "نشست نشستی کنفرانس گفتگو گفتگوی گفت‌وگو گفت‌وگوی مصاحبه مصاحبه‌ای واکنش پاسخ".split()
)
# An aside that opens a Persian denial's words and ends at a comma: what the speaker pointed to, said or stressed as
# well ('با اشاره به', 'ضمن اشاره به', 'با بیان اینکه', 'با تاکید بر'), in either letter form of yeh and keheh.
ASIDE_FA = re.compile(
    "(?:\u0628\u0627|\u0636\u0645\u0646)\\s+(?:\u0627\u0634\u0627\u0631\u0647\\s+\u0628\u0647|"
    "\u0628[\u06cc\u064a]\u0627\u0646|\u062a[\u0623\u0627]?[\u06a9\u0643][\u06cc\u064a]\u062f\\s+\u0628\u0631)\\s"
)
# words, sayings, remarks, folded ('گفته‌ها', 'سخنان', 'حرف‌های'), and the plural ending written apart after them
SAYINGS_FA = frozenset(fold_words(w) for w in "گفته گفته‌ها گفته‌های سخن سخنان حرف حرف‌ها حرف‌های ها های".split())
# the plural ending written apart, folded: ها، های، هایی، هایش
PLURAL_WORDS_FA = frozenset(fold_words(w) for w in ("ها", "های", "هایی", "هایش"))
# 'some', before a plural noun (folded): 'برخی', 'بعضی'
SOME_FA = frozenset(fold_words(w) for w in ("برخی", "بعضی"))
# the epithets a Persian text puts between a group's head word and its name ('گروه تروریستی X', the terrorist group X;
# 'گروهک تروریستی X', 'گروه مسلح X', 'گروه شبه نظامی X'), folded: the group is X, whose record it names
EPITHETS_FA = frozenset(
    fold_words(w) for w in "تروریستی تروریست تکفیری مسلح شبه نظامی شبه‌نظامی افراطی شورشی جهادی ستیزه‌جو".split()
)
# an indefinite subject of people besides the words for a share of a group (the language's ``shares``: 'برخی',
# 'بسیاری', 'شماری', 'عده‌ای', 'اکثر'), folded: 'بسیاری‌ها', 'خیلی‌ها' (many), and 'عده' of 'عده ای' written apart; no
# one named speaks when it is a clause's subject
MANY_PEOPLE_FA = frozenset(fold_words(w) for w in ("بسیاری‌ها", "خیلی‌ها", "عده"))
PLURAL_APART_FA = re.compile("\\s+\u0647\u0627(?:\u064a|\u064a\u064a|\u064a\u0634)?(?!\\w)")
THAT_FA = frozenset({"\u0627\u0646"})  # آن (that), folded
# the common noun of a body, for the head word its name is written with: 'این وزارتخانه' (this ministry) refers back
# to the ministry named 'وزارت X', as 'الوزارة' does to 'وزارة X' (Persian names a ministry 'وزارت', never
# 'وزارتخانه X')
COMMON_HEADS = {fold_words("وزارتخانه"): fold_words("وزارت")}
THIS_FA = frozenset(fold_words(w) for w in ("این", "همین", "آن", "همان"))  # this, this very, that, that very
OTHER_FA = fold_words("دیگر")  # other ('از سوی دیگر', on the other hand)
# phrases of discourse that open a clause with a subject of its own after a comma, folded ('X گفت که ...، از سوی دیگر Y
# این ادعا را تکذیب کرد', on the other hand Y denied it; 'از طرف دیگر', 'در مقابل' (by contrast), 'در همین حال'
# (meanwhile), 'در عین حال' (at the same time); with the indefinite '-ی' too, 'از سویی دیگر')
DISCOURSE_OPENERS_FA = tuple(
    tuple(fold_words(w) for w in phrase.split())
    for phrase in (
        "از سوی دیگر",
        "از سویی دیگر",
        "از طرف دیگر",
        "از طرفی دیگر",
        "در مقابل",
        "در همین حال",
        "در عین حال",
        "در این حال",
    )
)
# 'از' glued onto 'this' or 'that' ('ازاین', 'ازآن'), folded, as web copies write 'پیش از این' (before this)
FROM_THIS_FA = frozenset(fold_words("از" + w) for w in ("این", "آن"))
# the whole phrase written as one word ('پیش‌ازاین', 'قبل‌ازآن'), folded: before or after this or that
GLUED_FROM_THIS_FA = frozenset(fold_words(a + "از" + w) for a in SPAN_AFTER_FA for w in ("این", "آن"))
# 'این در حالی است که' (this is while), folded: the clause after 'که' is a sentence of its own
WHILE_FA = re.compile(r"(?<!\S)" + fold_words("\u062d\u0627\u0644\u06cc") + r"\s*\u0627\u0633\u062a\s+\S+$")
# a Persian dateline, an outlet word and its name, then a dash (or a tatweel set as one), often with no space after
# it, and the place reported from before a colon: 'خبرگزاری X-', 'خبرگزاری X (Y) ـ کابل:'
# 'این در حالی است که' (this while), also 'حالیست' joined, opening a sentence before its subject
# (and what stands for 'this', a reaction or words of someone's: 'واکنش X درحالیست که Y ...', X's reaction comes while
# Y ...: its 'که' opens the clause that has the subject, up to five words before)
WHILE_OPENS_FA = re.compile(
    "\\s*+(?:\u0648\\s*+)?(?:\u0627[\u06cc\u064a]\u0646|\u0648\u0627[\u06a9\u0643]\u0646\u0634(?:\\s++[^\\s\u060c,:]++){1,4}?)\\s*+\u062f\u0631\\s*+\u062d\u0627\u0644[\u06cc\u064a][\\s\u200c]*+\u0627?\u0633\u062a"
    "\\s++[\u06a9\u0643]\u0647(?!\\S)"
)
DATELINE = re.compile(
    r"\s*(\S+)(?:\s+[^\s\-\u2013\u2014\u0640:]+){1,4}?\s*[-\u2013\u2014\u0640]+\s*(?:[^\s:\u060c,]+(?:\s+[^\s:\u060c,]+)?\s*:\s*)?"
)
# a Persian dateline with a colon and no dash: an outlet word and its name, then a colon ('آژانس X: ...', 'خبرگزاری
# X: ...'); what follows is the report, with its own subject
DATELINE_COLON = re.compile(r"\s*(\S+)(?:\s+[^\s:\u060c,\-\u2013\u2014\u0640]+){1,3}?\s*:\s*")
# an outlet's one-word tag opening a paragraph, then a colon, or a dash with a space before it: 'ایسنا: ', 'ایسنا - '
WORD_TAG = re.compile(r"\s*[^\s:\u060c,\-\u2013\u2014\u0640]{2,20}(?:\s*:|\s+[-\u2013\u2014])\s+")
# 'a while' and 'ago' (folded), which together are a time: 'چندی پیش', 'مدتی قبل'; so too a week, a month or a year
# with 'past' or 'ago' ('هفته گذشته', last week; 'ماه پیش', a month ago), which open a sentence before its subject
# ('هفته‌ی گذشته' too, the week's 'ی' of the ezafe written on, with the joiner or without; written apart, 'هفته ی
# گذشته', it is EZAFE_FA between the two)
A_WHILE_FA = frozenset(fold_words(w) for w in ("چندی", "مدتی", "هفته", "هفته‌ی", "ماه", "سال"))
AGO_FA = frozenset(fold_words(w) for w in ("پیش", "قبل", "گذشته"))
EVENING_FA = fold_words("شام")  # (in Dari; also the Levant, Syria)
# words that 'شام' after them is the Levant's name in, folded ('هیئت تحریر شام', 'جبهه فتح شام', 'بلاد شام', 'امور شام',
# 'ارتش شام'): a name's last word, never the evening of the day named after it
LEVANT_BEFORE_FA = frozenset(
    fold_words(w) for w in "تحریر فتح بلاد احرار جیش جبهه ارتش اهل سرزمین منطقه امور کشور کشورهای حکومت".split()
)
# Those a body calls on or urges, with the article, folded ('دعت الحركة المجتمع الدولي إلى', 'طالبت الوزارة المواطنين
# بـ'): after a subject that has the article too they are the verb's object, never a word of the subject's name (a
# name runs on with an adjective, 'الحركة الإسلامية', or in construct without the article, 'رابطة الصحفيين')
ADDRESSEES_AR = frozenset(
    fold_words(w)
    for w in (
        "المجتمع المواطنين المواطنات الأهالي السكان الصحفيين الإعلاميين الناشطين الجميع الجمهور المنظمات "
        "الحكومة الأمم الولايات الدول الأطراف الجهات"
    ).split()
)
EZAFE_FA = fold_words("ی")
# a wire dateline of a place and an agency, each one word before a dash, however the dashes are spaced ('کابل -ایرنا -
# ', 'تهران- ایرنا- ', 'کسلا - کسنا - '): it opens the report, and the subject follows the second dash
PLACE_AGENCY_TAG = re.compile(
    r"\s*[^\s/:\-\u2013\u2014\u060c,\u061b]{2,20}\s*[-\u2013\u2014]\s*[^\s/:\-\u2013\u2014\u060c,\u061b]{2,20}\s*[-\u2013\u2014]\s+"
)
# a reporter's byline after the outlet's name and a semicolon, one to three words before a dash ('باشگاه خبرنگاران
# کسلیا؛ رامین دلاوری - جنبش نور ... را تکذیب کرد'): the subject follows the dash
BYLINE_DASH = re.compile(
    r"\s*[^\s:\-\u2013\u2014\u060c,\u061b]{2,20}(?:\s+[^\s:\-\u2013\u2014\u060c,\u061b]{2,20}){0,2}\s*[-\u2013\u2014]\s+"
)
# a Persian agency's tag opening its report, its name and a slash: 'مهر/ ', 'ایسنا/ ' (and so in a copy of it)
SLASH_TAG = re.compile(r"\s*[^\s/]{2,20}(?:\s+[^\s/]{2,20})?\s*/\s+")
# the same tag with a dash against it, then a space: 'ایرنا- ', 'کسلان24- ' (a word with a space before its dash is
# no tag: 'X - Y' may join two names); the tag may be of several words, the dash against the last: 'باشگاه خبرنگاران
# کسلیا- دوریان کسلان، ... گفت'
DASH_TAG = re.compile(
    r"\s*(?:[^\s/:\-\u2013\u2014\u060c,]{2,20}\s+){0,3}[^\s/:\-\u2013\u2014\u060c,]{2,20}[-\u2013\u2014]\s+"
)
# an agency's short name between two dashes (or kashidas, as ABNA types them) closing a lead 'به گزارش ...': 'به گزارش
# خبرگزاری کسلان ـ کسنا ـ دوریان کسلان، سخنگوی جنبش نور، گفت' (the subject follows the second dash, not the comma)
LEAD_DASH_TAG = re.compile(
    r"\s[\u0640\-\u2013\u2014]\s*[^\s\u0640\-\u2013\u2014\u060c,]{2,20}(?:\s+[^\s\u0640\-\u2013\u2014\u060c,]{2,20})?"
    r"\s*[\u0640\-\u2013\u2014]\s+"
)
# 'که' (that) as written, with the Persian or the Arabic kaf (stored copies use either)
THAT_KE_RAW = re.compile("(?<!\\S)[\u06a9\u0643]\u0647(?!\\S)")
# Persian news writes the yeh and kaf in either form, the Persian (ی، ک) or the Arabic (ي، ك), as many stored copies of
# Afghan and older pages do; the reference data lists a country's Persian name in one form ('پاکستان', 'سوریه'):
# PERSIAN_LETTERS, imported above from generator/draft/territories.py, reads them so


# what a Persian title in marks follows, folded: a book, a film, a documentary, a novel, an article, an operation, an
# exercise, a slogan, a campaign ('کتاب «X»'): a name, not a quotation, whatever verb follows ('نوشته', written by)
TITLED_FA = frozenset(fold_words(w) for w in "کتاب فیلم مستند رمان مقاله عملیات رزمایش شعار کارزار".split())
# a Persian word for a place, before its name in marks ('شهرستان «X»', 'روستای «X»', 'ولسوالی «X»'): a name, no words
# quoted
PLACE_WORDS_FA = frozenset(
    fold_words(w) for w in "شهر شهرستان استان روستا روستای ولایت ولسوالی بخش منطقه بندر جزیره شهرک اردوگاه".split()
)
# an Arabic word for a place before its name ('مدينة أسترا', 'بلدة X', 'محافظة X'), folded: after a verb-first
# subject it opens the verb's object or where it happened ('وزار سامي حمدان مدينة أسترا'), no word of the name
PLACE_WORDS_AR = frozenset(
    fold_words(w)
    for w in "مدينة المدينة بلدة البلدة قرية القرية محافظة المحافظة منطقة المنطقة مخيم المخيم ولاية".split()
)


# a clause after 'که' closed by a comma, folded: a relative clause ('هر خبری که منتشر نشده است،')
CLOSED_KE = re.compile(r"(?<!\S)" + fold_words("\u06a9\u0647") + r"(?!\S)[^\u060c,.]*[\u060c,]")
# Arabic 'we say' or 'I say' (نقول، ونقول، فنقول، أقول; 'نحن' before it), folded, and a colon within a few words
# after it ('نقول لمن يروج ...:'): a statement's own voice. After a fronted topic closed by a comma ('ما ورد في التقرير
# من ذكر ...، وقيل إنهم ...، نقول : ...') the topic's verbs tell the account answered, and the words after the colon
# are the statement's, whoever signs it; not after another's colon ('وقال X: نقول ...', X's).
WE_SAY_AR = re.compile(
    "(?<!\\S)[\u0648\u0641]?(?:\u0646\u062d\u0646\\s+)?(?:\u0646\u0642\u0648\u0644|\u0627\u0642\u0648\u0644)"
    "(?:\\s+[^\\s:\u060c,.]+){0,5}\\s*:"
)
# A hashtag in Arabic script ('#العبادي', '#حزب_الله', 'و#بغداد'): the name it tags, read as the plain words. '#'
# becomes a space and '_' one too, so the paragraph keeps its length and every offset stays the archive's.
HASHTAG = re.compile("#(?=[\u0621-\u064a\u0671-\u06d3])([^\\s#]+)")


# Marks some outlets type for double quotation marks, in a paragraph with none of those: a double prime ('ان ″ ...
# ″', as some Iraqi sites have it) and a doubled slash ('للصحفيين //نعلن ...// وأضاف', as the Saudi agency's copy has
# it; not in an address, after ':' or another slash). Unread, the words between them were no quotation, and a slash
# ended the speaker's name ('وتابع X //...': 'X //...').
DOUBLE_PRIME = "\u2033"
DOUBLED_SLASH = re.compile(r"(?<![:/])//(?!/)")
# Brackets doubled, '((' opening and '))' closing, as some Arabic copy sets speech ('وقال X ((إن ...))'): read as
# straight marks, paired as the doubled slashes are (around three words or more, set off by spaces), and only when
# every doubled bracket of the paragraph opens and closes in turn.
DOUBLED_BRACKETS = re.compile(r"(?<!\()\(\((?!\()|(?<!\))\)\)(?!\))")
DOUBLE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'


# The reporter's 'it is noted that' opening an Arabic sentence (يذكر أن، يشار إلى أن، الجدير بالذكر أن، تجدر الإشارة
# إلى أن; 'و' or 'ومن' before it), folded: an aside about the one named after 'أن', who is the subject of the verbs
# of saying the sentence goes on with and have none of their own ('يذكر أن X الذي ...، وقال ...': X said).
# (words that end the name after it: 'كان' 'كانت' 'قد' (had), 'الذي' 'التي' 'الذين' (who), folded)
NOTED_ENDS = frozenset(
    fold_words(w)
    for w in (
        "\u0643\u0627\u0646",
        "\u0643\u0627\u0646\u062a",
        "\u0642\u062f",
        "\u0627\u0644\u0630\u064a",
        "\u0627\u0644\u062a\u064a",
        "\u0627\u0644\u0630\u064a\u0646",
    )
)
_NOTED_OPENING = (
    "\\s*\u0648?(?:\u0645\u0646 )?(?:\u064a\u0630\u0643\u0631|\u064a\u0634\u0627\u0631 \u0627\u0644\u064a|"
    "\u0627\u0644\u062c\u062f\u064a\u0631 \u0628\u0627\u0644\u0630\u0643\u0631|"
    "\u062a\u062c\u062f\u0631 \u0627\u0644\u0627\u0634\u0627\u0631\u0647 \u0627\u0644\u064a) \u0627\u0646"
)
NOTED_AR = re.compile(_NOTED_OPENING + " ")
# The same aside with a pronoun on 'أن' ('يذكر أنه', 'تجدر الإشارة إلى أنها'), then perhaps 'had' or 'previously'
# (كان، كانت، كانوا، قد، سبق أن), folded: the verb right after it has the pronoun as its subject, the words after the
# verb its object or its time ('أنها نفت الشهر الماضي ...': not 'الشهر الماضي'); the writer's pronoun, no speaker's
NOTED_PRONOUN_AR = re.compile(
    _NOTED_OPENING + "(?:\u0647|\u0647\u0627|\u0647\u0645) "
    "(?:(?:\u0643\u0627\u0646|\u0643\u0627\u0646\u062a|\u0643\u0627\u0646\u0648\u0627|\u0642\u062f|"
    "\u0633\u0628\u0642 \u0627\u0646) )*"
)
# 'went on' (واصل واصلت), folded: a verb of saying only before quoted words ('وواصل الوزير: "..."')
GOING_ON = frozenset({"\u0648\u0627\u0635\u0644", "\u0648\u0627\u0635\u0644\u062a"})
# 'concluded' (أتم أتمت), folded: as 'went on', a verb of saying only before quoted words ('وأتم: "..."'), not a task
# completed ('وأتم الجيش انسحابه')
CONCLUDED = frozenset({"\u0627\u062a\u0645", "\u0627\u062a\u0645\u062a"})
# 'renewed' (جدد جددت), folded: a verb of saying when what is renewed is said ('جدد X التأكيد', 'جددت نفيها',
# 'جدد تنديده بالغارات'), not an attack renewed ('جددت مدفعية X قصفها', 'جدد الطيران من غاراته على ...'): shelling,
# strikes, attacks, targeting, bare or with the article, as the first thing after the subject (``RENEWED_ACT``; one
# after 'ب' or 'ل' is what a renewed word is about: 'جدد رفض الحركة للقصف')
RENEWED = frozenset(fold_words(w) for w in ("جدد", "جددت"))
# that, on, to (folded): what a renewed affirmation or call goes on with ('جدد X التأكيد على أن ...')
THAT_OR_ON = frozenset(fold_words(w) for w in ("أن", "بأن", "إن", "على", "إلى", "الى"))
RENEWED_ACT = re.compile(
    "^(?:\u0627\u0644)?"  # ال
    "(?:\u0642\u0635\u0641|\u0647\u062c\u0648\u0645|\u0647\u062c\u0645\u0627\u062a|\u063a\u0627\u0631\u0627\u062a"  # قصف هجوم هجمات غارات
    "|\u0627\u0633\u062a\u0647\u062f\u0627\u0641|\u0627\u0639\u062a\u062f\u0627\u0621\u0627\u062a)"  # استهداف اعتداءات
)
# 'explained' (بيّن), folded as 'between' (بين) is: a verb of saying only opening its clause, with 'that' or a colon
# after its subject, and perhaps an aside between commas ('وبيّن الوزير أن ...', 'وبيّن المصدر، الذي طلب عدم ذكر
# اسمه، أن ...'; not 'اتفاق بين الطرفين')
EXPLAINED = fold_words("\u0628\u064a\u0646")
EXPLAINED_SAYS = re.compile(
    r"(?:\s+[^\s\u060c,.:]+){1,8}?(?P<aside>\s*[\u060c,][^\u060c,.:]{1,80}[\u060c,])?"
    r"(?:\s*:|\s+(?:[بل]?\u0627\u0646(?:\u0647|\u0647\u0627|\u0647\u0645)?)(?!\w))"
)
# 'upon him, her, them' and 'peace' (عليه السلام), folded: the blessing written after a holy name
UPON = frozenset(fold_words(w) for w in ("عليه", "عليها", "عليهما", "عليهم", "علیه", "علیها", "علیهم"))
PEACE = fold_words("السلام")
# A Persian verb of saying in the passive, folded: شد، شود، شوند; the formal گردید، گردد، گردند ('تکذیب گردید'; the
# plural as the singular); and 'قرار گرفت', 'قرار می‌گیرد' after 'مورد' ('مورد تکذیب قرار گرفت', was subjected to
# denial).
PASSIVE_VERB_FA = re.compile(
    "\u0634(?:\u062f|\u0648\u0646?\u062f)|\u06af\u0631\u062f(?:\u064a\u062f|\u0646?\u062f)"
    "|\u0642\u0631\u0627\u0631\\s*(?:\u06af\u0631\u0641\u062a|\u0645\u064a\\s*\u06af\u064a\u0631)"
)
# the Persian passive's auxiliary after a participle, folded ('گفته شود', is said; 'شده', has been)
PASSIVE_FA = re.compile(
    r"\s*(?:\u0645\u064a\s*)?\u0646?(?:\u0634\u0648\u062f|\u0634\u0648\u0646\u062f|\u0634\u062f\u0647|\u0634\u062f)(?!\w)"
)
# 'خواست' (asked) before 'his name', 'the name', 'identity', folded: 'که خواست نامش فاش نشود' (who asked that his
# name not be given) is a wish about the name, no speech
WISHED_FA = fold_words("خواست")
NAME_WITHHELD_FA = re.compile(
    r"\s*(?:" + "|".join(fold_words(w) for w in ("نامش", "اسمش", "نام", "اسم", "هویتش", "هویت")) + r")(?!\w)"
)
# the reporter's formulas that open a sentence, folded: 'این در حالی است', 'گفتنی است', 'شایان ذکر است', 'لازم به ذکر'
REPORTER_FA = re.compile(
    "(?:" + "|".join(fold_words(w) for w in ("این در حالی", "گفتنی است", "شایان ذکر", "لازم به ذکر")) + r")(?!\w)"
)


# a region or a state's word before its name in marks ('منطقه جدایی‌طلب «X»', the breakaway region X), folded
REGION_WORDS_FA = frozenset(fold_words(w) for w in ("منطقه", "ایالت", "جمهوری", "رژیم"))
# a reporter, folded: 'خبرنگار', 'گزارشگر' (a speaker who tells the news, no party to it)
REPORTERS_FA = frozenset(fold_words(w) for w in ("خبرنگار", "گزارشگر"))
# a Persian description of one to four words, then a name in marks: 'گروه تروریستی «X»', 'سخنگوی وزارت «X»'
DESCRIBED_NAME = re.compile(r"(\S+(?:\s+\S+){0,3})\s+[\u00ab\"\u201c]([^\u00bb\"\u201d]{2,60})[\u00bb\"\u201d]")
# after a Persian verb of denying, folded: its light verb negated ('تکذیب نکرد', did not deny), or refraining from it
UNSAID_FA = re.compile(r"\s*ن(?:كرد|نمود|مي\s*كن)")
# 'one can', 'one cannot' in Persian, folded ('می‌توان', 'نمی‌توان', 'نتوان', 'بتوان'; and 'نمی‌شود', it cannot be, as
# often written before the verb it makes modal): a verb after it in the same clause is the short infinitive
# ('نمی‌توان نقش ایران را انکار کرد', Iran's role cannot be denied), no one's past verb; the non-joiner after 'نمی' is
# as often a space or nothing ('نمی توان', 'نمیشود'); a quotation's mark may open it ('«نمی‌توان ...»')
CAN_FA = re.compile(
    r"(?<!\w)(?:\u0646?\u0645\u064a\s?\u062a\u0648\u0627\u0646|[\u0646\u0628]\u062a\u0648\u0627\u0646"
    r"|\u0646\u0645\u064a\s?\u0634\u0648\u062f)(?!\S)"
)
# where the clause before a Persian verb opens: a comma, a colon or 'که' (that), folded
YET_FA = "\u0647\u0646\u0648\u0632"  # هنوز (yet, still), folded: 'ما هنوز ... نفرستاده‌ایم' (not sent yet)
CLAUSE_BREAK_FA = re.compile(r"[\u060c,.:\u061b]|(?<!\S)\u0643\u0647(?!\S)")
REFRAINED_FA = re.compile(r"[^.\u060c]{0,60}?(?<!\S)(?:خودداري|امتناع)")
# 'issued a statement' in Persian, folded: 'بیانیه‌ای صادر کرد', 'اطلاعیه منتشر نمود'
ISSUED_FA = re.compile(
    r"(?<!\S)(\u0628\u064a\u0627\u0646\u064a\u0647|\u0627\u0637\u0644\u0627\u0639\u064a\u0647)(?:\s?\u0627\u064a)?"
    r"\s+(?:\u0635\u0627\u062f\u0631|\u0645\u0646\u062a\u0634\u0631)\s*(?:\u0643\u0631\u062f|\u0646\u0645\u0648\u062f)"
)
# 'published', 'broadcast' or 'circulated' opening an Arabic sentence, folded ('نشرت الحركة بيانا', 'بث الجيش بيانا'):
# with a statement's word right after its subject, the subject issued the statement that 'وجاء في البيان' then quotes
# (also 'carried' and 'received', 'أوردت الصحيفة بيانا لـX', 'تلقت الوكالة بيانا لـX': X's statement, relayed; one
# received names no issuer of its own, ``RECEIVED_AR``)
ISSUED_AR = re.compile(
    r"\s*+[\u0648\u0641]?(?:(?:\u0646\u0634\u0631|\u0628\u062b|\u0648\u0632\u0639|\u0627\u0648\u0631\u062f)\u062a?"
    r"|\u062a\u0644\u0642[\u064a\u062a])(?!\S)"
)
# 'received' ('تلقى', 'تلقت'), folded: the receiver of a statement is not its issuer
RECEIVED_AR = re.compile(r"\s*+[\u0648\u0641]?\u062a\u0644\u0642[\u064a\u062a](?!\S)")
# issued by, attributed to ('بيانا صادرا عن X', 'بيانا منسوبا إلى X'), folded, after a statement an outlet published:
# the statement is X's, relayed
RELAYED_FROM_AR = frozenset(fold_words(w) for w in ("صادرا", "صادر", "الصادر", "منسوبا", "المنسوب"))
# 'که در آن' (in which), folded, the last words before a statement's 'آمده' (it came): the statement named before it
# says it
IN_WHICH_FA = re.compile(rf"(?<!\S){fold_words('که')}\s++{fold_words('در')}\s++{fold_words('آن')}$")
# a statement published by an agent ('بیانیه‌ای از سوی X منتشر شد', a statement was published by X), folded: the
# words up to the agent, then the verb the agent's name ends before
PUBLISHED_BY_FA = re.compile(
    rf"(?<!\S)(?:{fold_words('بیانیه')}|{fold_words('اطلاعیه')})(?:\s?{fold_words('ای')})?\s++"
    rf"(?:{fold_words('از')}\s++{fold_words('سوی')}|{fold_words('از')}\s++{fold_words('جانب')}|{fold_words('توسط')})\s++"
)
# (the passive with 'شد' or the formal 'گردید', in the past or the perfect: 'منتشر گردید', 'صادر شده است')
PUBLISHED_FA = re.compile(
    rf"\s(?:{fold_words('منتشر')}|{fold_words('صادر')})\s++(?:{fold_words('شد')}|{fold_words('گردید')}){fold_words('ه')}?(?!\S)"
)
# 'saying this', 'pointing to this' (با بیان این مطلب، ضمن اشاره به این مطالب), folded: the words just quoted are his
SAYING_THIS_FA = re.compile(
    r"(?<!\S)(?:\u0628\u0627|\u0636\u0645\u0646)\s+"  # با ضمن
    r"(?:\u0628\u064a\u0627\u0646|\u0627\u0634\u0627\u0631\u0647\s+\u0628\u0647|\u0627\u0639\u0644\u0627\u0645)\s+"  # بیان، اشاره به، اعلام
    r"\u0627\u064a\u0646\s+(?:\u0645\u0637\u0644\u0628|\u0645\u0637\u0627\u0644\u0628|\u0633\u062e\u0646\u0627\u0646)(?!\S)"  # این مطلب/مطالب/سخنان
)
# a Persian statement, folded: a statement, notice or announcement; a rejoinder and a denial notice, which a ministry or
# a body sends the press to answer a report ('جوابیه', 'تکذیبیه'), said in as a statement is
_STATEMENT_NOUNS_FA = "|".join(fold_words(w) for w in ("بیانیه", "اطلاعیه", "اعلامیه", "جوابیه", "تکذیبیه"))
# 'in (this) statement', folded: 'در', up to three words, then a statement, notice or announcement ('بیانیه‌ای')
_IN_A_STATEMENT_FA = r"\u062f\u0631\s+(?:[^\s.:\u060c]+\s+){0,3}?(?:" + _STATEMENT_NOUNS_FA + r")(?:\u0627\u064a)?"
# 'brought' ('آورده است', 'آورده'), folded, as a verb of saying: only right before a colon or 'که' ('X در بیانیه خود
# آورده است: «...»', X wrote in its statement), and only after 'in a statement, message or note' (below); elsewhere it
# brings or obtains ('سلاح‌ها را آورده است', 'کنترل شهر را به دست آورده است')
BROUGHT_FA = re.compile(
    r"(?<!\S)\u0627\u0648\u0631\u062f\u0647(?:\s+\u0627\u0633\u062a)?(?=\s*+(?::|\u0643\u0647(?!\S)))"
)
# 'in a statement, message or note (of its own)' right before it, folded ('در بیانیه خود', 'در پیامی', 'در یادداشتی')
IN_A_WRITING_FA = re.compile(
    r"(?<!\S)\u062f\u0631\s+(?:[^\s.:\u060c]+\s+){0,2}?"
    r"(?:"
    + _STATEMENT_NOUNS_FA
    + r"|\u067e\u064a\u0627\u0645|\u064a\u0627\u062f\u062f\u0627\u0634\u062a)(?:\u0627\u064a|\u064a)?"
    r"(?:\s+[^\s.:\u060c]+){0,3}?\s*$"
)
# 'in (this) statement (of X)' right before a Persian passive of saying, folded ('در اعلامیه این نهاد تاکید شده')
IN_STATEMENT_FA = re.compile(r"(?<!\S)" + _IN_A_STATEMENT_FA + r"(?:\s+[^\s.:\u060c]+){0,6}?\s*$")
# a sentence that opens with 'in (this) statement (of X)', folded: its passive of saying, however far after it, has the
# statement as its subject ('در بیانیه X که روز شنبه ... منتشر شد، با اشاره به ... نوشته شده: «...»')
OPENS_IN_STATEMENT_FA = re.compile(r"\s*+" + _IN_A_STATEMENT_FA + r"(?!\S)")
WHILE_DOING = frozenset(fold_words(w) for w in ("ضمن", "با"))  # while, with (a verbal noun after them)
AFTER_FA = "\u067e\u0633"  # پس ('پس از تکذیب', after denying)
MADE_FA = frozenset(fold_words(w) for w in ("شده", "منتشرشده", "شد"))  # ('مطرح شده', raised): a claim's participle
BUT_FA = frozenset(fold_words(w) for w in ("اما", "ولی"))  # but
# a finite verb that ends a Persian clause before 'و' (and): the light verbs' past, perfect and auxiliaries (not
# those of compounds with 'و': 'رفت و آمد' comings and goings, 'داد و ستد' trade; 'گرفت' ends one, 'نادیده گرفت و X
# ...', ignored, and X ..., but for the one compound it opens, 'گرفت و گیر' (arrests, a round-up): GEREFT_PAIR_FA)
# (and negated, 'ن' written on: 'منتشر نکرد و X آن را رد کرد', it published nothing and X denied it, as 'منتشر کرد و')
ENDS_CLAUSE_FA = frozenset(
    fold_words(negated + stem + ending)
    for negated in ("", "ن")
    for stem in ("کرد", "نمود", "شد", "گردید", "داشت", "بود", "گرفت")
    for ending in ("", "ند", "ه", "ه\u200cاند", "هاند")
) | frozenset(fold_words(w) for w in ("است", "اند", "هستند", "دارد", "دارند", "ندارد", "ندارند"))
# (and their present, 'می' joined on, with or without the non-joiner: 'منتشر می‌کند و X آن را رد کرد', it publishes
# and X denied it, ends a clause as 'منتشر کرد و' does; the verbs of saying too, 'می‌گوید', 'می‌افزاید'; negated,
# 'نمی‌کند', as well; 'می' or 'نمی' written apart, 'می کند', two words: PRESENT_ENDS_FA after PRESENT_MI_FA)
PRESENT_ENDS_FA = frozenset(
    fold_words(stem + ending)
    for stem in ("کن", "نمای", "شو", "گرد", "دار", "گیر", "گوی", "افزای")
    for ending in ("د", "ند")
)
PRESENT_MI_FA = frozenset(fold_words(w) for w in ("می", "نمی"))
ENDS_CLAUSE_FA |= frozenset(mi + w for mi in PRESENT_MI_FA for w in PRESENT_ENDS_FA)


def ends_clause_fa(words: list[str], k: int) -> bool:
    """Whether folded word ``k`` of ``words`` is a finite verb that ends a Persian clause (ENDS_CLAUSE_FA), or the
    present's stem after 'می' or 'نمی' written apart ('منتشر می کند')."""
    if words[k] in ENDS_CLAUSE_FA:
        return True
    return words[k] in PRESENT_ENDS_FA and k > 0 and words[k - 1] in PRESENT_MI_FA


AND_FA = "\u0648"  # و
# a Persian verb of adding or going on, folded ('افزود', 'اضافه کرد', 'ادامه داد'): the last speaker's words go on
ADDING_FA = tuple(fold_words(w) for w in ("افزود", "اضافه کرد", "ادامه داد"))
# 'گرفت و گیر' (arrests, a round-up; 'گرفت‌وگیر'), folded: the past 'گرفت' before 'و', then the word that makes the
# two one noun, no clause ended ('پلیس گرفت و گیر معترضان را تکذیب کرد', the police denied the arrests)
GEREFT_PAIR_FA = (fold_words("گرفت"), fold_words("گیر"))
ARE_FA = fold_words("اند")  # (they) are, the perfect's ending written apart
PLURAL_VERB_ENDS_FA = tuple(fold_words(e) for e in ("دند", "تند", "هاند", "نند", "یند"))
NOT_IS_FA = frozenset(fold_words(w) for w in ("نیست", "نیستند", "نبود", "نبودند", "هست"))
THAT_KE_FA = "\u0643\u0647"  # که (that), folded
AND_BUT_FA = frozenset(fold_words(w) for w in "و اما ولی".split())  # and, but, folded: a clause of its own after
THIS_COUNTRY_FA = ["\u0627\u064a\u0646", "\u0643\u0634\u0648\u0631"]  # این کشور (this country), folded
YET_FA = "\u0647\u0646\u0648\u0632"  # هنوز (yet)
# a negated past or perfect verb that ends a Persian sentence ('نکرده است', 'ننموده است', 'نداده‌اند', 'نداشته')
NEGATED_END_FA = re.compile(
    r"(?<!\S)ن(?:كرد|نمود|داد|داشت|فرستاد|گرفت|رفت|بود)(?:ه|ند|يم)?(?:\s*(?:است|اند|ايم|بود))?$"
)
# a negated passive that ends a Persian sentence ('کشته نشده است', 'بازداشت نشده‌اند', 'انجام نشد'), folded
NEGATED_PASSIVE_END_FA = re.compile(r"(?<!\S)نشد(?:ه|ند)?(?:\s*(?:است|اند|بود))?$")
# by, of an agent ('توسط', 'از سوی', 'از طرف', 'به دست'), folded, each a run of words
BY_AGENT_FA = tuple(fold_words(w).split() for w in ("توسط", "از سوی", "از طرف", "به دست"))
ALSO_FA = frozenset(fold_words(w) for w in ("نیز", "همچنین", "هم"))  # also, after 'و' ('و نیز')
# 'Islamic' (اسلامی), folded: a family name too, but after an office and its body the body's adjective ('سخنگوی امارت
# اسلامی X', 'جمهوری اسلامی'), never the first word of the name that follows
ISLAMIC_FA = fold_words("اسلامی")
# the forms of a state before its country's name ('جمهوری اسلامی ایران', 'پادشاهی عربستان', 'امارت اسلامی افغانستان');
# 'democratic' in both spellings, which also follows a country in a body's name ('نیروهای سوریه دمکراتیک', the SDF)
STATE_FORMS_FA = frozenset(
    fold_words(w) for w in ("جمهوری", "اسلامی", "پادشاهی", "امارت", "فدرال", "دموکراتیک", "دمکراتیک")
)
COUNTRY_FA = fold_words("کشور")  # country
# a Persian verb in the present ('محکوم می‌کند', 'رد می‌کند'), folded: a word of it opening with 'می'
PRESENT_FA = re.compile(r"(?<!\S)\u0645\u064a(?=\S)|(?<!\S)\u0645\u064a\s")
TOO_FA = frozenset(fold_words(w) for w in ("نیز", "هم"))  # too, also
BOTH_FA = fold_words("هم")  # also 'both', in 'هم X و هم Y' (both X and Y)
PREPOSITIONS_FA = frozenset(fold_words(w) for w in ("به", "در", "از", "با", "برای", "بر", "علیه"))
RA = "\u0631\u0627"  # را, after a Persian definite object
# 'بهانه' (pretext), folded: what a claim marked with 'را' is called ('را بهانه‌ای برای دروغ‌پردازی دانست')
GUNE_FA = fold_words("گونه")  # (kind, in 'هیچ گونه X', no X of any kind), folded
PRETEXT_FA = fold_words("بهانه")
# A claim's noun with the indefinite ending and 'که' right before a subject ('اتهامی که X آن را رد کرد', an accusation
# that X denied): the relative clause's head, what 'آن' (it) takes up (:meth:`ArabicScript._taken_up_claim`)
# (the indefinite ending may stand apart, 'شایعه ای که': the head is the word before it)
TAKEN_UP_HEAD_FA = re.compile("(?<!\\S)(\\S++)(?:\\s++\u0627[\u06cc\u064a])?\\s++[\u06a9\u0643]\u0647\\s*+$")
# 'was published, was raised, that' ('خبری ... منتشر شد که X آن را رد کرد'), right before the subject
PUBLISHED_THAT_FA = re.compile(
    "(?<!\\S)(?:منتشر|مطرح|پخش)\\s*+(?:شد|شده|شده\\s++بود|گردید)\\s++[\u06a9\u0643]\u0647\\s*+$"
)
CLAIM_HEADS_FA = frozenset(
    fold_words(w) for w in "اتهامی ادعایی خبری گزارشی شایعه‌ای شایعه ای ادعاهایی اتهاماتی اخباری گزارش‌هایی".split()
)
WITH_FA = "\u0628\u0627"  # با (with)
TO_FA = "\u0628\u0647"  # به (to)
# a Persian verb in the present, first person plural ('می‌داریم', 'نمی‌کنیم'), folded with its parts joined
WE_DO_FA = re.compile(r"ن?\u0645\u064a\S{2,}\u064a\u0645")
# the particles that ask whether ('هل', 'أ' aside; Persian 'آیا'), folded, with 'و' or 'ف' written onto them: a
# sentence they open and a question mark closes asks whether a denial was made, and makes none ('فهل نفى X ...؟')
QUESTION_WORDS = frozenset(fold_words(w) for w in ("هل", "وهل", "فهل", "آیا", "وآیا"))
# therefore, for this reason, so ('به همین دلیل', 'بنابراین', 'لذا', 'از این رو'), folded, opening a sentence
THEREFORE_FA = re.compile(
    "(?:\u0628\u0647 \u0647\u0645\u064a\u0646 \u062f\u0644\u064a\u0644|\u0628\u0646\u0627\u0628\u0631\u0627\u064a\u0646"
    "|\u0644\u0630\u0627|\u0627\u0632 \u0627\u064a\u0646 \u0631\u0648)(?!\\w)"
)
THEY_FA = "\u0627\u0646\u0647\u0627"  # آنها (they), folded
CLAIMED_FA = "\u0627\u062f\u0639\u0627"  # ادعا (claimed: ادعا کرد), folded
CLAIMANT_FA = fold_words("مدعی")  # (claimed: 'مدعی شد'), folded
# (a Persian plural's ending: 'مسئولان', 'مقامات', 'رسانه‌ها'; a one-word speaker so ended may be many)
# Persian plural offices (spokesmen, commanders, representatives, members, officials), folded: many people, never
# the one person who spoke last ('X گفت: مسئولان نمونه تاکید کردند ...')
PLURAL_OFFICES_FA = frozenset(
    fold_words(w) for w in "سخنگویان فرماندهان نمایندگان اعضای اعضا مسئولان مسئولین مسؤولان مسوولان".split()
)
# A Persian office of two words written apart that is one title joined ('صدر اعظم' for 'صدراعظم', Dari's prime
# minister): the space between, which becomes a non-joiner so the two read as the title and not as a man's given
# name ('اعظم'), offsets unchanged; 'اعظم' with its hamza written too ('صدر أعظم'). (Not 'نخست وزیر', 'رئیس جمهور':
# their first word is a title on its own.) And a deputy or acting head, 'قائم مقام استاندار' for 'قائم‌مقام': apart,
# its second word is 'مقام' (an official), so that '«X» قائم مقام استاندار ... گفت:' named no one and the name in marks
# before it was read as a quotation of the last speaker's. Group 1 is the first word, which keeps its letters.
OFFICE_APART_FA = re.compile(
    "(?<![\\w\u200c])(\u0635\u062f\u0631(?= [\u0627\u0623]\u0639\u0638\u0645(?![\\w\u200c]))"
    "|\u0642\u0627[\u0626\u064a\u06cc]\u0645(?= \u0645\u0642\u0627\u0645(?![\\w\u200c]))) "
)
PLURAL_END_FA = re.compile(r"(?:\u0627\u0646|\u0647\u0627|\u0647\u0627\u064a|\u0627\u062a)$")
# 'تابع' (went on; as an adjective before 'ل', affiliated to), folded, without a conjunction written on it
AFFILIATED = frozenset({"\u062a\u0627\u0628\u0639", "\u062a\u0627\u0628\u0639\u062a"})
# the verbs that end a short relative clause ('که نخواست نامش فاش شود', who did not want his name disclosed; 'که
# در محل حضور داشت', who was there), folded: to be, to become, to have, to want, in the past and the subjunctive
CLAUSE_END_FA = frozenset(
    fold_words(w)
    for w in "شود نشود شد نشد شده باشد نباشد بود نبود است نیست دارد ندارد داشت نداشت خواست نخواست خواهد".split()
)
# the past participles that end a Persian clause with its verb ('حمله کرده،', 'کشته شده،')
PARTICIPLES_FA = frozenset(fold_words(w) for w in "کرده شده داده بوده گرفته زده".split())
# a Persian clause's closing verb or auxiliary (شد بود است بودند شدند), where an opening 'while' clause ends
CLAUSE_VERBS = frozenset(fold_words(w) for w in "شد بود است بودند شدند".split())
ISSUED = frozenset({"\u0635\u0627\u062f\u0631", "\u0627\u0644\u0635\u0627\u062f\u0631"})  # صادر الصادر (issued)
# issued, in every gender and case, folded, before 'عن' (by) after a statement's noun: 'رسالة صادرة عن X', 'بيانا صادرا
# عن X', 'البيان الصادر عن X'
ISSUED_BY = frozenset(fold_words(a + "صادر" + e) for a in ("", "ال") for e in ("", "ة", "ا", "ين"))
ISSUED_VERB = "\u0635\u062f\u0631"  # صدر (was issued), before 'عن' and the issuer
DEFINITE = ("\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644")  # ال وال بال لل
# 'denied' in the third person past, folded ('نفى', 'نفت', 'نفوا'; 'كذبت', 'كذب'): a denial another made, told
DENIED_THIRD_PAST_AR = frozenset(fold_words(w) for w in ("نفى", "نفت", "نفوا", "نفتا", "كذبت", "كذبوا"))
# advancing, pushing into, marching ('التقدم', 'التوغل', 'الزحف' without the article), folded: what a side is said to
# have done, denied as its verbal noun with the article ('نفى الجيش التقدم نحو المدينة')
ADVANCES_AR = frozenset(fold_words(w) for w in ("تقدم", "توغل", "زحف"))
# 'his name', 'her identity', folded: the clause after an unnamed source ('فضل عدم الكشف عن اسمه'); the plural too
# ('مسؤولون رفضوا الكشف عن أسمائهم', 'مصادر رفضت الكشف عن هويتها')
ANONYMOUS = frozenset(fold_words(w) for w in "اسمه اسمها اسمهم أسمائهم هويته هويتها هويتهم هوياتهم".split())
# the words of a day that may stand between a verb and its subject, folded ('ونفت أمس الوزارة', 'ونفت يوم الأحد X')
TIMES_AR = frozenset(
    fold_words(w)
    for w in (
        "أمس يوم اليوم مساء صباح ليل ليلة فجر ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
    ).split()
)
# 'for its part', 'in turn', folded, written between a verb and its subject ('ونفت بدورها الوزارة')
TURNS_AR = frozenset(
    fold_words(w)
    for w in (
        "بدوره",
        "بدورها",
        "بدورهم",
        "من جهته",
        "من جهتها",
        "من جهتهم",
        "من جانبه",
        "من جانبها",
        "من ناحيته",
        "من ناحيتها",
    )
)
# remarks, and what may follow a statement before a subject, folded ('ونفت في بيان لها الوزارة', 'في تصريح صحفي')
REMARKS_AR = frozenset(fold_words(w) for w in ("تصريح", "تصريحات", "تغريدة", "منشور"))
# Movements named by one word that is also a given name, folded: after a source's or an office's 'في' the word names
# the body ('مصدر في فتح', a source in Fatah; 'قيادي في أمل'), which name data alone would take for a person's name
LONE_BODIES_NAMED_AR = frozenset(fold_words(w) for w in ("فتح", "أمل"))
# One's words, as a noun an outlet's 'that' opens with before their owner's name ('بأن كلام X جاء ردا على ...'), folded.
WORDS_OF_AR = frozenset(fold_words(w) for w in ("كلام", "تصريح", "تصريحات", "حديث", "قول", "أقوال"))
TO = "\u0627\u0644\u064a"  # إلى (to), folded
# 'نسب X إلى Y قوله' (X ascribed to Y his saying), folded: Y speaks
ASCRIBED = re.compile(
    r"(?<!\S)(و?نسب(?:ت|وا)?)(?!\S)(?=[^.:]{0,60}?(?<!\S)\u0627\u0644\u064a\s[^.:]{1,60}?(?<!\S)قول(?:ه|ها|هم)(?!\S))"
)
# a remark, an interview, a talk, before 'لـ"X"' (to the outlet X): 'في تصريح لـ"X"', 'في حديث لـ"X"'
TOLD_IN = frozenset(fold_words(w) for w in ("تصريح", "تصريحات", "حديث", "مقابلة", "لقاء"))
# learned, came to know (an outlet, before 'من مصدر'): 'علمت "X" من مصدر مطلع'
LEARNED = frozenset(fold_words(w) for w in ("علمت", "وعلمت", "علم", "وعلم"))
# 'of him, her, them' (folded): 'في بيان له' (in a statement of his), whose owner is the one named before
OF_HIM_AR = frozenset(fold_words(w) for w in ("له", "لها", "لهم", "لهما"))
STATEMENT_OF_AR = OF_HIM_AR | frozenset(
    fold_words(w) for w in ("رسمي", "صحفي", "صحفية", "صحافي", "صحافية", "مقتضب", "مقتضبة")
)
# The definite participles that describe a body after its name by whom it stands with: 'حركة النور المدعومة من
# كسليا' (backed by), 'المقربة من' (close to), 'الموالية لكسليا' (loyal to), 'التابعة لوزارة الدفاع' (belonging to),
# 'المحسوبة على' (counted with), 'المتحالفة مع' (allied with), 'المدعومة كسليًا'. They are no word of the body's name,
# and what it denies starts after them, not at 'من كسليا'.
DESCRIBING = frozenset(
    fold_words(w)
    for w in (
        "المدعوم المدعومة المدعومين المدعومون المقرب المقربة المقربين المقربون الموالي الموالية الموالين الموالون "
        "التابع التابعة التابعين التابعون المرتبط المرتبطة المرتبطين المرتبطون المتحالف المتحالفة المتحالفين "
        "المتحالفون المحسوب المحسوبة المحسوبين المحسوبون"
    ).split()
)
# The outlets a source tells, without 'ل' ('أفاد مصدر ... وكالة فرانس برس'), folded.
TOLD_OUTLETS = frozenset(fold_words(w) for w in "وكالة قناة صحيفة شبكة موقع جريدة مجلة".split())
# the people a remark or a speech is given to after 'ل' (folded), never its owner: 'في تصريح للصحفيين', 'في كلمة للأمة',
# 'في بيان لوسائل الإعلام' (to the journalists, to the nation, to the media)
TOLD_PEOPLE_AR = frozenset(
    fold_words(w)
    for w in "الصحفيين الصحافيين الإعلاميين الصحافة الإعلام وسائل الأمة الشعب المواطنين الأهالي الجميع".split()
)
# whom an interview, a remark or a speech is given to after 'ل' (folded), no owner of it: those people, and the
# outlets told ('في حديث لقناة X', to the channel; 'لإذاعة X', 'لتلفزيون X', to a radio, a television)
TOLD_AUDIENCES = TOLD_OUTLETS | TOLD_PEOPLE_AR | frozenset(fold_words(w) for w in "إذاعة تلفزيون التلفزيون".split())
# the occasions one holds or issues, given to no outlet, folded: a statement, a conference ('في بيان لقناة X، قالت فيه',
# the channel's own statement): an outlet after 'ل' owns them
HELD_OCCASIONS_AR = frozenset(fold_words(w) for w in ("بيان", "مؤتمر"))
MORNING = fold_words("صباح")
# What follows 'صباح' (morning) as a time, not as a given name's family name, besides the words of time and the
# weekdays: 'صباح الغد' (tomorrow morning), 'الباكر' (early), the last or next, a feast ('صباح العيد').
MORNING_AFTER = frozenset(fold_words(w) for w in "الغد الباكر الماضي التالي الأمس الثلاثاء العيد".split())
# asking, preferring, refusing, folded: the verb of an unnamed source's wish to stay unnamed ('مسؤول طلب عدم الكشف عن
# اسمه', an official who asked that his name not be given), which ends the source with or without commas around it
WISHING = frozenset(fold_words(v + e) for v in ("طلب", "فضل", "رفض", "آثر", "اشترط") for e in ("", "ت", "وا"))
# the relative pronouns (التي الذي الذين), and 'عدم' (not), after which the verb's letters are a noun ('عدم ذكر اسمه')
RELATIVE = re.compile(
    r"(?<!\S)(?:\u0627\u0644\u062a\u064a|\u0627\u0644\u0630\u064a|\u0627\u0644\u0630\u064a\u0646|\u0639\u062f\u0645)\s*$"
)
# 'ما' (what), folded, right before a verb; and 'ورد', 'جاء' (came, appeared) with their feminine and 'و' or 'ف'
# before them: 'ما ورد في X', 'ما جاء في X' (what X said), the words a sentence answers, no act of saying
# (not after 'حسب', 'بحسب', 'وفق', 'على' (according to what), 'استنادا إلى' (based on what): 'بحسب ما جاء في بيان
# الحركة' gives the movement's words)
WHAT = re.compile(
    r"(?<!\S)(?<!\u062d\u0633\u0628\s)(?<!\u0648\u0641\u0642\s)(?<!\u0639\u0644\u064a\s)(?<!\u0639\u0644\u0649\s)"
    r"(?<!\u0627\u0633\u062a\u0646\u0627\u062f\u0627\s\u0627\u0644\u064a\s)"
    r"\u0645\u0627\s*$"
)
WHAT_CAME_IN = re.compile(r"(?:\u0648\u0631\u062f|\u062c\u0627\u0621)\u062a?(?!\S)")
# 'في الوقت الذي' (at the time when, while), folded: a relative pronoun that opens a clause of time, not a description
WHILE_WHEN = re.compile(
    r"(?<!\S)\u0627\u0644\u0648\u0642\u062a\s+(?:\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a)\s*$"
)
# the relative pronouns (الذي التي, who; والذي والتي, and who), folded, and the verbs of talking to someone (تحدث
# تواصل اتصل): 'تحدثت X إلى Y، ...، والذي نفى' (X talked to Y, who denied)
WHO = frozenset(fold_words(w) for w in ("والذي", "والتي", "الذي", "التي"))
TALKED = frozenset(fold_words(p + v + e) for p in ("", "و") for v in ("تحدث", "تواصل", "اتصل") for e in ("", "ت"))
# operating, active, based, deployed, present (folded): where a body is, before 'في' ('العامل في كسليا')
BASED = frozenset(
    fold_words(w + e) for w in ("العامل", "الناشط", "المتمركز", "المنتشر", "الموجود", "المقيم") for e in ("", "ة")
)
# 'لدى' (at, to), folded, and the words of an envoy, folded without the article: 'السفارة الكسلية لدى باريس'
AT = "\u0644\u062f\u064a"
ENVOYS = frozenset(fold_words(w) for w in ("سفارة", "سفير", "سفيرة", "مندوب", "مندوبة", "بعثة", "ممثل", "ممثلة"))
# commenting, folded ('علقت الحركة على البيان'), and 'by saying' ('بالقول إن'), which gives what the comment was
COMMENTED = frozenset(fold_words(w) for w in ("علق", "علقت", "علقوا"))
SAID_BY = frozenset(fold_words(w) for w in ("بالقول", "قائلا", "قائلة", "قائلين"))
# addressing, heading to (خاطب خاطبت توجه توجهت, folded): a verb of saying only with 'by saying' (بالقول، قائلا)
# after whom it addresses, or a colon within a few words ('وخاطب البيان X بالقول: ...', 'وتوجه البيان إلى X: ...');
# else one addresses a crowd or heads for a city, saying nothing ('وتوجه الوفد إلى العاصمة')
ADDRESSING = frozenset(fold_words(w) for w in ("خاطب", "خاطبت", "توجه", "توجهت"))
# (the subject, whom it addresses and where or how may run longer before 'by saying', a comma after a name among them,
# 'بالقول:' with its colon: 'وخاطب الأمين العام لحركة X سامي الوردي، الحكومة الكسلية في كلمة متلفزة بالقول: ...';
# a colon alone stays within a few words and no comma, not one of a later clause's: 'وتوجه الوفد إلى العاصمة، وقال: ...')
ADDRESSING_SAYS = re.compile(
    r"(?:(?:\s+[^\s:.]+){1,14}?\s+(?:" + "|".join(sorted(SAID_BY)) + r")(?![^\s:])|(?:\s+[^\s:.\u060c,]+){1,8}?\s*:)"
)
# the present of declaring, announcing, writing and tweeting (يصرح يعلن يكتب يغرد, masculine and feminine, folded): a
# verb of saying only with a subject and then its speech ('ويصرح X بأن ...', 'وتعلن الوزارة أن ...', 'يكتب X: ...'),
# never in a headline, whose announcement names what is announced ('كسليا تعلن انشقاق ... ومسؤول ينفي': the clauses
# after it are other speakers'), nor with what is announced after it ('يعلن X عن ...', 'تعلن الحكومة الحداد')
PRESENT_SAYING = frozenset(fold_words(p + v) for p in ("\u064a", "\u062a") for v in ("صرح", "علن", "كتب", "غرد"))
# (a subject of one to ten words, then 'that' (أن بأن إن, folded), 'saying' or a colon; a quotation with no colon before
# it is not read. Not 'أن' after a word of time, 'بعد أن', 'قبل أن', 'منذ أن', 'حتى أن', 'إلى أن' (after, before, since,
# until): 'يعلن X عن انسحاب القوات بعد أن ...' tells when, no speech; nor after 'دون' (without: 'دون أن يحدد موعدا',
# without setting a date), how; each with 'و' or 'ف' written on it or not, 'فبعد أن', 'وإلى أن')
_WHEN_THAT = "".join(
    rf"(?<!\s{fold_words(p + w)}\s)"
    for w in ("بعد", "قبل", "منذ", "حتى", "إلى", "دون", "بدون")
    for p in ("", "\u0648", "\u0641")
)
PRESENT_SAYS = re.compile(
    r"(?:\s+[^\s:.\u060c,]+){1,10}?\s*(?::|\s"
    + _WHEN_THAT
    + r"(?:\u0628?\u0627\u0646|"
    + "|".join(sorted(SAID_BY))
    + r")(?!\S))"
)
# accusing (اتهم اتهمت, folded): it takes its object before the charge ('اتهم X Y بدعم ...'), so a name right before
# the charge ('واتهم الولايات المتحدة بدعم ...', and he accused the United States of ...) is the one accused, and the
# verb's subject the speaker before, as after 'وأضاف'
ACCUSING = frozenset(fold_words(w) for w in ("اتهم", "اتهمت"))
# the bodies of a state, folded without the article: a ministry, a government, an embassy, a presidency, whose state
# 'في X' after them names ('وزارة الخارجية في مصر'); never a group's, whose country is only where it is
STATE_BODIES_AR = frozenset(fold_words(w) for w in ("وزارة", "حكومة", "سفارة", "رئاسة"))
# verbs whose object is a person, right after the subject with no preposition ('التقى X Y', met; 'استقبل' received;
# 'هاتف' phoned; 'ودع' saw off; 'انتقد' 'هاجم' criticised, attacked), and accusing, folded: two names after one of
# them are the subject and the object, never one man's name of four words
PERSON_OBJECT_AR = ACCUSING | frozenset(
    fold_words(w)
    for w in ("التقى", "التقت", "استقبل", "استقبلت", "هاتف", "هاتفت", "ودع", "ودعت", "انتقد", "انتقدت", "هاجم", "هاجمت")
)
# 'official' after an office, folded ('سخنگوی رسمی', 'المتحدث الرسمي', 'الناطقة الرسمية'): the office's one holder,
# whom the article may name without the word ('رسمی' folds as Arabic 'رسمي')
OFFICIAL = frozenset(fold_words(w) for w in ("رسمی", "الرسمي", "الرسمية"))
# the adjectives an office or a body takes after it, folded ('الأمين العام', 'النيابة العامة', 'المرشد الأعلى',
# 'المحكمة العليا', 'الرئيس السابق', 'المندوب الدائم', 'الرئيس المؤقت'): definite words that are no one addressed
# after a definite subject
OFFICE_ADJECTIVES = frozenset(
    fold_words(w)
    for w in (
        "العام العامة الأعلى العليا السابق السابقة الأسبق المساعد المساعدة المكلف المكلفة الدائم الدائمة المؤقت المؤقتة"
    ).split()
)
# its, their (folded), written onto a body's word: 'مكتبها السياسي' (its political bureau), 'قيادتهم'
ITS = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
# the verbs of coming, folded: 'جاء' (it came) first, then 'جاءت' (she came), 'يأتي' and 'تأتي' (it comes)
IT_CAME = fold_words("جاء")
COMING = (IT_CAME, *(fold_words(w) for w in ("جاءت", "يأتي", "تأتي")))
# جاء وجاء فجاء (it came), folded, 'و' or 'ف' written on it
CAME = frozenset(p + IT_CAME for p in ("", "و", "ف"))
# 'ويأتي نفي X عقب ...' (X's denial comes after ...), folded: a verb of coming, then the verbal noun of denying (as
# written, 'نفي', which folds as the verb 'نفى' does) and its owner, then when or why it came: the denial told again
# as a noun, no new one
DENIAL_CAME_AFTER = re.compile(rf"(?<!\S)(?:و|ف)?(?:{'|'.join(COMING)})\s*$")
# the verbal nouns of denying that no verb is spelt as, folded ('تكذيب', 'تفنيد', 'إنكار'): after a verb of coming,
# as 'نفي' is; never a present verb, though 'ت' opens two of them
# Number words, folded ('ثلاثة', 'عشرات'): the first word of a deed's object, which ends a subject in ar.py's
# subject stops; at a subject's head only before people described ('ثلاثة مسؤولين', 'عشرة من السكان')
NUMBERS_AR = "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع اثنين اثنان عشرات مئات آلاف"
NUMBER_WORDS_AR = frozenset(fold_words(w) for w in NUMBERS_AR.split())
REJECTING_NOUN_AR = fold_words("رفض")  # rejecting, the verbal noun (a denial only of claims: 'رفض الاتهامات')
DENIAL_NOUNS_AR = frozenset(fold_words(w) for w in ("تكذيب", "تفنيد", "إنكار"))
# 'نفى' (banished) and its passive 'نُفي', its feminine and plural, folded as the verb of denying is written: with
# 'إلى' and a place after the one banished, exile (``EXILE_PLACES_AR``), no denial
EXILING_AR = frozenset(fold_words(w) for w in ("نفى", "نفيت", "نفت", "نفوا"))
# where one is banished to, folded, beside a country or a place on file: abroad, exile, an island, a remote place
EXILE_PLACES_AR = frozenset(fold_words(w) for w in ("الخارج", "خارج", "المنفى", "منفى", "جزيرة", "الجزيرة"))
CAME_WHEN = re.compile(r"(?<!\S)(?:عقب|بعد|اثر|باثر|في\s+اعقاب|علي\s+خلفيه|ردا\s+علي|تعقيبا\s+علي)(?!\w)")
# 'جاء ذلك، حسبما أفاد X' (this came, as X reported), folded: a sentence that only says whose the statement before
# was ('وفق ما', 'بحسب ما', 'وفقا لما', 'كما'), nothing of its own
THIS_CAME_AS = re.compile(
    r"\s*و?"
    + IT_CAME
    + r"\s+(?:"
    + fold_words("ذلك")
    + "|"
    + fold_words("هذا")
    + r")\s*(?:[،,]\s*)?(?:"
    + "|".join(fold_words(w).replace(" ", r"\s+") for w in (*AS_REPORTED_AR, "كما"))
    + r")\s"
)
ACCORDING_WITH = "\u0648\u0641\u0642"  # وفق (according to; in accordance with)
SAYING = frozenset(fold_words(w) for w in ("قول", "تصريح", "رواية"))  # (folded: 'حسب رواية الجيش', the army)
# a statement, a remark (تصريحا، تصريحات): 'نشرت تصريحا لـX' (published a statement of X)
STATEMENT_OF = frozenset(
    {
        "\u062a\u0635\u0631\u064a\u062d",
        "\u062a\u0635\u0631\u064a\u062d\u0627",
        "\u062a\u0635\u0631\u064a\u062d\u0627\u062a",
    }
)
THAT = frozenset(
    {"\u0627\u0646", "\u0628\u0627\u0646", "\u0627\u0646\u0647", "\u0627\u0646\u0647\u0627"}
)  # أن إن بأن أنه أنها
# a statement issued, folded, and 'in which came' after it ('أن X أصدرت بيانا جاء فيه أنها لم ...', that X issued a
# statement saying it did not): the statement's issuer is who said what follows, not the speaker who tells of it
ISSUED_STATEMENT_AR = frozenset(fold_words(w) for w in ("أصدرت", "أصدر", "نشرت", "نشر"))
STATEMENT_ACC_AR = frozenset(fold_words(w) for w in ("بيانا", "بيان", "تصريحا"))
CAME_IN_IT_AR = frozenset(fold_words(w) for w in ("جاء", "قالت", "قال", "أكدت", "أكد", "ذكرت", "ذكر"))
# 'لم', 'لن', 'لا', 'ليس', 'ليست', 'قد', folded: the first word of a verb after its subject ('أن "X" لم تتلق')
NOT_OR_HAD = frozenset(
    {"\u0644\u0645", "\u0644\u0646", "\u0644\u0627", "\u0644\u064a\u0633", "\u0644\u064a\u0633\u062a", "\u0642\u062f"}
)
# Verbal nouns of saying, folded ('إعلان', 'تأكيد', 'تصريح', 'قول', 'زعم', 'ادعاء'), and the words of time before one
# that make it an earlier statement the article tells ('بعد إعلان X أن ...', 'عقب تأكيد X أن ...'), with 'و' or not.
SAYING_NOUNS_AR = frozenset(fold_words(w) for w in "إعلان تأكيد تصريح قول زعم ادعاء إشارة".split())
TIME_BEFORE_AR = frozenset(fold_words(w) for w in "بعد وبعد عقب وعقب إثر اثر وإثر قبل وقبل".split())
BARE_THAT = frozenset({"\u0627\u0646", "\u0628\u0627\u0646"})  # أن إن بأن, folded (not 'أنه': a pronoun subject)
# 'أنه', 'أنها', 'أننا', 'إنني' (that he, she, we, I), folded: 'that' with the pronoun of its subject written on
SELF_THAT = frozenset(
    fold_words(f"{that}{it}") for that in ("أن", "بأن") for it in ("ه", "ها", "نا", "ني", "نني", "ننا")
)
KUNYA = frozenset({"\u0627\u0628\u0648", "\u0627\u0645", "\u0627\u0628\u0646", "\u0628\u0646"})  # أبو أم ابن بن
# the kunyas by a child's name ('أبو', father of; 'أم', mother of), folded: what a man or a woman is called, alone
KUNYA_HEADS = frozenset({"\u0627\u0628\u0648", "\u0627\u0645"})
FATHER_OF = "\u0627\u0628\u0648"  # أبو, folded
ABD = frozenset({"\u0639\u0628\u062f"})  # 'عبد' before 'الله', 'الرحمن': one given name
# 'ميليشيا', 'حركة', 'جماعة', 'تنظيم', 'تشكيل', 'فصيل', 'منظمة', folded: the word for a body's kind before its name
KIND_WORDS = frozenset(
    fold_words(w) for w in ("ميليشيا", "ميلشيا", "ميليشيات", "حركة", "جماعة", "تنظيم", "تشكيل", "فصيل", "منظمة")
)
# 'الدين', 'الله', folded: the second word of a given name ('عماد الدين', 'ذبيح الله')
OF_GOD = frozenset({"\u0627\u0644\u062f\u064a\u0646", "\u0627\u0644\u0644\u0647"})
# Military ranks, folded: a rank is followed by its holder's name, whose given name may take the article as
# Sudanese and Libyan ones do ('العقيد الطاهر X', 'اللواء الهادي Y'); and a rank's own qualifiers, never a name's
# ('العميد المتقاعد X', retired; 'العقيد الطيار X', pilot).
RANKS = frozenset(
    # (and 'ركن' without the article, as Sudanese ranks are written: 'العميد ركن X')
    fold_words(w)
    for w in "اللواء العميد العقيد الفريق المقدم الرائد النقيب العماد الركن ركن المشير".split()
)
RANK_QUALIFIERS = frozenset(fold_words(w) for w in "المتقاعد الطيار البحري الجوي المهندس الحقوقي الدكتور".split())
# The nouns of a document that a body issues, as a headline names it before its issuer ('بيان الإمارة الإسلامية بشأن
# ...', 'بیانیه وزارت دفاع درباره ...'), folded; not 'إعلان' (an announcing: 'إعلان الجيش انسحابه', the army's
# announcing its withdrawal, tells of an act), nor a form with the article, a pronoun or the accusative's ending
# ('البيان الختامي', the final statement; 'بيانها'; 'بيانا'), which no issuer follows
HEADED_STATEMENTS = frozenset(fold_words(w) for w in "بيان بیانیه اطلاعیه اعلامیه جوابیه تکذیبیه".split())
# Arabic demonstratives, folded ('هذه', 'لهذه' with a preposition joined on is read without it): no name's word
DEMONSTRATIVES_AR = frozenset(fold_words(w) for w in "هذا هذه هذين هذان هاتين هاتان هؤلاء ذلك تلك".split())
# unnamed sources and officials, folded, without the article: after a demonstrative and a verb ('نفت هذه المصادر',
# 'نفى هذا المسؤول') the ones described before, who speak; not 'هذه التقارير', the reports denied
SOURCE_NOUNS_AR = frozenset(fold_words(w) for w in "مصدر مصادر مسؤول مسؤولون مسؤولين مسئول مسئولون".split())
# A rank or an honorific, folded, then two or three words in marks at a subject's end ('العميد «سامي حمدان»'): the
# rank (1), the opening mark (2) and the words (3)
RANKED_NAME_IN_MARKS = re.compile(
    r"(?<!\S)(\S+)\s+([\u00ab\u201c\"])([^\s\u00ab\u00bb\u201c\u201d\"]+(?:\s[^\s\u00ab\u00bb\u201c\u201d\"]+){1,2})[\u00bb\u201d\"]$"
)
# 'آية الله' / 'آیت الله' (ayatollah) written as two words, with or without the madda, and 'العظمى' (grand) after it,
# folded: a clerical title before a name, as 'آیت‌الله' joined is; its 'الله' is no word of the name after it, so
# 'آية الله الفيني' later is the man 'آية الله سامي الفيني' named, as 'الشيخ الفيني' is
SIGN_OF_GOD = frozenset(fold_words(w) for w in ("آية", "آیت"))
OF_GOD_WORD = fold_words("الله")
GRAND = fold_words("العظمى")
# the title's first two words joined, by a non-joiner or by nothing ('آیت‌الله', 'آيةالله'), folded: 'العظمى' written
# apart after them is the title's still ('آیت‌الله العظمی X')
JOINED_SIGN_OF_GOD = frozenset(w + OF_GOD_WORD for w in SIGN_OF_GOD)


def in_title_of_god(words: list[str], k: int) -> bool:
    """Whether folded word ``k`` of ``words`` is a word of 'آية الله (العظمى)' written apart: the title's."""
    if words[k] in SIGN_OF_GOD:
        return k + 1 < len(words) and words[k + 1] == OF_GOD_WORD
    if words[k] == OF_GOD_WORD:
        return k > 0 and words[k - 1] in SIGN_OF_GOD
    if words[k] != GRAND or k < 1:
        return False
    return words[k - 1] in JOINED_SIGN_OF_GOD or (k > 1 and words[k - 1] == OF_GOD_WORD and words[k - 2] in SIGN_OF_GOD)


# 'أول' (first), folded: after a rank, a grade of it ('الفريق أول', general, above 'الفريق'), never a given name
RANK_GRADES = frozenset({fold_words("أول")})
# Persian military ranks, folded, and the ordinals that grade them ('سرتیپ دوم X', brigadier general second class;
# 'سرهنگ دوم', 'ستوان یکم'): the grade is the rank's, never a given name; and 'امیر' (an army officer's title) before a
# rank ('امیر سرتیپ دوم X'), where it is no given name either
GRADED_RANKS_FA = frozenset(fold_words(w) for w in "سرتیپ سرهنگ سرلشکر سپهبد ستوان سروان سرگرد ناخدا دریادار".split())
RANK_GRADES_FA = frozenset(fold_words(w) for w in "یکم دوم سوم".split())
# the ranks and clerical titles written before a Persian name, folded ('سردار X', 'حجت‌الاسلام X', 'حجت الاسلام
# والمسلمین X', 'آیت‌الله X', 'امیر سرتیپ X'): a title of the person, no office of anyone's (as 'سخنگوی X' is); the
# joined forms too, a zero-width non-joiner between every part and no space ('حجت‌الاسلام‌والمسلمین', 'آیت‌الله‌العظمی'),
# one word once folded
PERSON_TITLES_FA = GRADED_RANKS_FA | frozenset(
    fold_words(w)
    for w in (
        *"سردار امیر حجت‌الاسلام حجت الاسلام والمسلمین آیت‌الله آیت الله".split(),
        *("حجت\u200cالاسلام\u200cوالمسلمین", "آیت\u200cالله\u200cالعظمی"),
    )
)
# (on the text as written: 'یکم' with the Persian letters or the Arabic 'ي' and 'ك', as some sites write it)
RANK_GRADE_FA = re.compile(
    r"\s*(?:[\u06cc\u064a][\u06a9\u0643]\u0645|\u062f\u0648\u0645|\u0633\u0648\u0645)\s+"
)  # یکم دوم سوم
ARMY_TITLE_FA = fold_words("امیر")
# 'پاسدار' (guardian, of the Revolutionary Guards) after a rank ('سرلشکر پاسدار X', 'سردار پاسدار X', 'سرتیپ دوم
# پاسدار X'): the rank's, as a grade is, never a given name
GUARD_RANK_FA = fold_words("پاسدار")
NOT_NAMES = frozenset({"\u0628\u0627\u0633\u0645"})  # 'باسم' (on behalf of), between an office and its body
# Arabic offices that serve a person, without the article: before a given name they govern it, 'مستشار سامي
# الوردي' is Sami al-Wardi's adviser, never Sami himself (a title before a name takes the article: 'المستشار X'). Not
# 'مساعد' nor 'أمين', given names too ('مساعد سامي الوردي' may be one man's three names).
# (and X's lawyer, 'محامي X': the lawyer speaks, described as X's, never X)
AIDES = frozenset(fold_words(w) for w in "مستشار مستشارة نائب معاون مدير مديرة محامي محامية".split())
# 'باسمه', 'باسمها', 'باسمهم' (on its behalf), folded: 'الناطق باسمها X', the spokesman of the body just named
ON_ITS_BEHALF = frozenset(
    {"\u0628\u0627\u0633\u0645\u0647", "\u0628\u0627\u0633\u0645\u0647\u0627", "\u0628\u0627\u0633\u0645\u0647\u0645"}
)
# 'but rather' (بل، بلکه), folded: a correction's second half ('نه علیه مردم، بلکه علیه شورشیان', 'ليس ... بل')
BUT_RATHER = re.compile(r"(?<!\w)(?:\u0628\u0644|\u0628\u0644\u0643\u0647)(?!\w)")
# congratulating and blessing, folded (Arabic نبارك، نهنئ، تبارك، يهنئ، التهاني، مبروك; Persian تبریک، شادباش): a
# paragraph that congratulates says what is to be celebrated, no denial told again, whatever 'not' it holds ('نهنئ
# المقاتلين بالنصر الذي لم يكن ليتحقق لولا صمودهم'); not God's own blessedness praised ('الله تبارك وتعالى', 'تبارك
# اسمه', 'تبارك الله'), which prayers and statements set in any paragraph, a denial told again as well
CONGRATULATING = re.compile(
    r"(?<!\w)[\u0648\u0641]?(?:"
    + "|".join(
        sorted(
            {
                fold_words(w)
                for w in (
                    # (not 'بارك' nor 'هنأ' alone, which fold as 'park' and 'هنا', here)
                    *("نبارك", "يبارك", "تبارك", "أبارك", "باركت", "باركنا", "مباركة", "مباركا"),
                    *("نهنئ", "يهنئ", "تهنئ", "أهنئ", "هنأت", "هنأنا", "تهنئة", "التهنئة", "مهنئا"),
                    *("التهاني", "تهانينا", "التبريكات", "تبريكاتنا", "مبروك"),
                    *("تبریک", "تبریکات", "شادباش"),
                )
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?!\w)(?!\s+(?:"
    + "|".join(fold_words(w) for w in ("وتعالى", "اسمه", "الله"))
    + r")(?!\w))"
)
# a blessed operation, attack or raid ('عملية مباركة', 'العمليات المباركة', 'هجوم مبارك'), folded: praise of a deed,
# which statements give the attacks they claim or hail; no one is congratulated, so a 'not' beside it may restate a
# denial ('إنها عملية مباركة، ولم نشارك فيها'), and the praise itself denies nothing. The noun with 'ب', 'ك' or 'ل'
# written on ('نشيد بعملية مباركة', 'إنها لعملية مباركة', 'للعملية المباركة') and in the accusative ('هجوما مباركا')
PRAISED_DEED = re.compile(
    r"(?<!\w)[\u0648\u0641]?(?:[\u0628\u0643]?(?:\u0627\u0644)?|\u0644\u0644?)(?:"
    + "|".join(fold_words(w) for w in ("عملية", "عمليات", "هجوم", "هجوما", "هجمات", "ضربة", "ضربات", "غزوة"))
    + r")\s+(?:\u0627\u0644)?\u0645\u0628\u0627\u0631\u0643(?:\u0647|\u0627|\u0627\u062a)?(?!\w)"
)
# a statement another issued, then what came in it, folded ('الولايات المتحدة أصدرت بيانا حول ...، وجاء فيه أنه ...',
# the US issued a statement in which came ...): within a speaker's own words, what follows is the issuer's, whose
# 'not' restates no denial of the speaker's. Third person only ('أصدرنا بيانا جاء فيه', we issued, is the speaker's)
ANOTHERS_STATEMENT_IN_IT = re.compile(
    r"(?<!\w)[\u0648\u0641]?(?:\u0627\u0635\u062f\u0631|\u0646\u0634\u0631)(?:\u062a|\u0648\u0627)?\s+\u0628\u064a\u0627\u0646(?:\u0627|\u0647)?"
    r"(?:\s+\S+){0,12}?\s+[\u0648\u0641]?(?:\u062c\u0627\u0621|\u0648\u0631\u062f)\s+\u0641\u064a\u0647(?!\w)"
)
# the words after which Arabic 'عن' is no 'about', folded: 'from' ('صادر عن', issued from; 'نقلا عن', relaying from;
# 'ناجم عن', resulting from; 'بعيدا عن', away from), 'for' and 'of' after a verb or an adjective that governs it
# ('يدافع عن قواته', defends its forces; 'عاجزة عن', unable to; 'تخلى عن', gave up; 'نيابة عن', on behalf of; 'فضلا
# عن', besides; 'بغض النظر عن', regardless of); so 'X تدافع عن قواتها في وجه حملة تضليل' tells of no reports about its
# forces. ('issued', 'صادرة', as ISSUED_BY holds it; the tanween's alef is the folded word's own, 'نقلاً' 'نقلا')
NOT_ABOUT_AR = ISSUED_BY | frozenset(
    fold_words(w)
    for w in (
        *("يصدر", "تصدر", "صدر", "صدرت", "نقلا", "بعيدا"),
        *("ناجم", "ناجمة", "الناجم", "الناجمة", "ناتج", "ناتجة", "الناتج", "الناتجة"),
        *("يدافع", "تدافع", "ندافع", "يدافعون", "دافع", "دافعت", "الدفاع", "دفاعا", "للدفاع"),
        *("عاجز", "عاجزة", "عاجزون", "عجز", "عجزت", "تخلى", "تخلت", "التخلي", "يتخلى", "تتخلى"),
        *("نيابة", "فضلا", "عوضا", "عبارة", "بغض", "أسفر", "أسفرت", "يسفر", "تسفر"),
    )
)
# 'the look', folded: in 'بغض النظر عن' (regardless of) the word before 'عن', the one that governs it before it
THE_LOOK = fold_words("النظر")


def governs_an(before: str) -> bool:
    """Whether folded ``before`` ends in a word that governs the Arabic 'عن' after it (:data:`NOT_ABOUT_AR`), 'و' or
    'ف' written on it or not ('وتخلت عن', 'فتخلت عن'), or in 'بغض النظر' (regardless of)."""
    words = before.split()[-2:]
    if len(words) == 2 and words[1] == THE_LOOK:
        words = words[:1]
    last = words[-1] if words else ""
    return last in NOT_ABOUT_AR or (len(last) > 2 and last[0] in "\u0648\u0641" and last[1:] in NOT_ABOUT_AR)


# 'در این باره', 'در این زمینه', 'در این خصوص', 'در این رابطه', 'در این مورد' (about this), folded, with 'همین' (this very)
# and 'این' written onto its noun ('در این‌باره'): words that point back to what was spoken of, and name nothing
ABOUT_THIS_FA = re.compile(
    fold_words("در")
    + "\\s++(?:"
    + fold_words("این")
    + "|"
    + fold_words("همین")
    + ")\\s*+(?:"
    + "|".join(fold_words(w) for w in ("باره", "زمینه", "خصوص", "رابطه", "مورد"))
    + ")"
)
# 'about', before what a report tells of, folded: Arabic 'عن', 'حول', 'بشأن', 'بخصوص'; Persian 'درباره', 'در مورد',
# 'پیرامون'
ABOUT_WORDS = re.compile(
    "(?<!\\S)(?:"
    + "|".join(fold_words(w) for w in ("عن", "حول", "بشأن", "بخصوص", "درباره", "در مورد", "پیرامون"))
    + ")(?!\\S)"
)
# a possessive pronoun of the one who speaks written onto a word, folded: Arabic 'ها', 'هم', 'نا' and 'اته' (its, their,
# our, his after a plural in 'ات': 'قواتها', 'قواته')
OWN_PRONOUNS = ("\u0647\u0627", "\u0647\u0645", "\u0646\u0627", "\u0627\u062a\u0647")
# and Persian 'هایش', 'هایشان' ('نیروهایش', its forces): not Arabic's endings, since Persian 'ها' is the plural
# ('شورشی‌ها', the rebels; 'آن‌ها', they), 'هم' a word (also) and 'نا' no pronoun
OWN_PRONOUNS_FA = ("\u0647\u0627\u064a\u0634", "\u0647\u0627\u064a\u0634\u0627\u0646")
# The names of Latin letters as Arabic and Persian news spell an acronym, folded ('سي إن إن', CNN; 'إن بي سي', NBC; 'سی ان
# ان'): not those that are common words too ('في', in; 'أو', or; 'إي' and 'أي', which; 'كي', so that). 'ان' (N) is also
# Arabic 'that' ('إن', 'أن'), and 'ام' (M) 'or' ('أم'): a run of them alone spells nothing
SPELLED_LETTERS = frozenset(
    fold_words(w) for w in "إيه بي سي دي إف جي إتش جيه كيه إل إم إن آر إس تي يو دبليو إكس واي زد".split()
)
SPELLED_AMBIGUOUS = frozenset(fold_words(w) for w in ("إن", "أم"))
# 'لـ' (of, to) written apart, with its tatweel or without: 'المركز الإعلامي لـ هيئة X'
OF_APART = ("\u0644\u0640", "\u0644")
TO_OUTLET = re.compile(r"^\u0644(?:\u0640|[\"\u201c\u00ab])")
# A list item: a dash or bullet, or an Arabic ordinal ('أولاً:'), opening the paragraph; or a number of one or two
# digits, Latin, Arabic or Persian, then a dash, a point or a bracket ('۱- ...', '2. ...'; not a decimal, '2.5'); or a
# Persian ordinal and a colon ('اول:', 'دوم:', 'سوم:').
LIST_ITEM = re.compile(
    r"^\s*(?:[-\u2013\u2022*]\s*|(?=(?:\u0623\u0648\u0644|\u062b\u0627\u0646|\u062b\u0627\u0644\u062b|\u0631\u0627\u0628\u0639)\S*\s*:)"
    r"|[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\s?[-\u2013.)](?![0-9\u0660-\u0669\u06f0-\u06f9])\s*"
    r"|(?=(?:\u0627\u0648\u0644|\u062f\u0648\u0645|\u0633\u0648\u0645|\u0686\u0647\u0627\u0631\u0645)\s*:))"
)
MARKS = '["\u201c\u201d\u00ab\u00bb]'
OPENERS = '\u201c\u00ab"\u201e'
# calling on, urging, demanding, folded ('دعا X إلى نفي ...': the one called on has not denied)
CALLING_ON = frozenset(
    "\u062f\u0639\u0627 \u062f\u0639\u062a \u064a\u062f\u0639\u0648 \u062a\u062f\u0639\u0648 "  # دعا دعت يدعو تدعو
    "\u0637\u0627\u0644\u0628 \u0637\u0627\u0644\u0628\u062a \u064a\u0637\u0627\u0644\u0628 \u062a\u0637\u0627\u0644\u0628 "  # طالب
    "\u062d\u062b \u062d\u062b\u062a \u064a\u062d\u062b \u062a\u062d\u062b "  # حث حثت يحث تحث
    "\u0646\u0627\u0634\u062f \u0646\u0627\u0634\u062f\u062a".split()  # ناشد ناشدت
)
# those a statement calls on, folded: the media, the citizens, the people, everyone ('دعت وسائل الإعلام إلى ...')
HEARERS = frozenset(fold_words(w) for w in ("وسائل", "المواطنين", "الأهالي", "الجميع"))
BARE_AN = "\u0627\u0646"  # أن, folded
# the relative 'what' (ما، مما), folded: the subject of a present verb right after it ('ما يؤكد أن', what confirms that)
WHAT_AR = frozenset({"\u0645\u0627", "\u0645\u0645\u0627"})
ALL_AR = "\u0643\u0644"  # 'كل' (all), folded: 'إن كل ما صدر عن X' as 'إن ما صدر عن X'
# 'صدر عن' (issued from), folded, the words of a statement's issuer; after 'ما' what another issued
ISSUED_FROM = fold_words("\u0635\u062f\u0631 \u0639\u0646")
# the particles that negate a verb, folded, with 'and' or 'so' written on them ('ولم يكذب X الأنباء', X did not deny
# the reports; 'لا ينفي', does not deny), and being able ('لم يستطع X نفي ...', X could not deny): a negated verb of
# denying, or a denial one could not make, denies nothing
NEGATORS = frozenset(fold_words(p + w) for p in ("", "و", "ف") for w in ("لم", "لا", "لن"))
ABLE = frozenset(
    fold_words(w)
    # (and 'it is possible', 'لا يمكن إنكار أن ...', it cannot be denied that: it affirms, no one denies)
    for w in ("يستطع", "تستطع", "يستطيع", "تستطيع", "يتمكن", "تتمكن", "يقدر", "تقدر", "يمكن", "يمكننا")
)
# 'كذب' as the noun 'a lie', not the verb 'belied', folded: before 'محض' (sheer), an adjective of a lie or a second
# noun joined by 'و' ('إن الأنباء كذب وافتراء', 'بأنها كذب وتضليل'), or after 'مجرد'/'محض' ('مجرد كذب'): the verb would
# read the word after it as its subject, a denier named 'وافتراء'
LIE_AR = fold_words("كذب")
# 'lies' or 'lied' said of whoever a speaker's 'that' names, folded ('وقال X إن الاحتلال يكذب', 'إن نتنياهو يكذب
# على شعبه', 'أضاف أنهم يكذبون ويختلقون الذرائع', 'إن الوزارة كذبت حين أعلنت ...'): the one who says so denies what the
# liar said, as 'يختلق' (makes up) does; the one called a liar denies nothing. 'كذب' without its shadda is 'lied' where
# nothing it belies follows it: the clause ends, or a preposition, a time word or another verb joined by 'و' comes
# next (not 'إن الوزارة تكذب الأنباء', belies the reports, nor negated, 'إن الحركة لا تكذب'). The subject is one to
# four words after 'إن' or 'أن', or a pronoun written on it ('إنه يكذب'); not 'أن يكذب' (to lie), which has none.
LIED_AR_PATTERN = (
    r"(?<!\S)(?:(?:[وفل]?ب?ان)\s+(?:[^\s.\u060c,:\u061b!?]+\s+){1,4}?|[وفل]?ب?ان(?:ه|ها|هم)\s+(?:[^\s.\u060c,:\u061b!?]+\s+){0,3}?)"
    r"(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!ما\s)(?<!ان\s)"
    r"(?P<lied>[يت]كذب(?:ون|ان)?|كذب(?:ت|وا)?)"
    r"(?=\s*(?:[.\u060c,:\u061b!?\"\u201d\u00bb]|$)"
    r"|\s+(?:علي|في|بشان|حول|عندما|حين|حينما|اذ|لان|كعادته|كعادتها|دايما|مجددا|مره|ايضا|بوقاحه|علنا)(?!\w)"
    r"|\s+و[يت]\S{2,})"
)
LIED_AR = re.compile(LIED_AR_PATTERN)
LIE_NOUN_AFTER_AR = frozenset(
    fold_words(w)
    for w in (
        "محض",
        "صريح",
        "صراح",
        "مفضوح",
        "واضح",
        "وافتراء",
        "وتضليل",
        "وبهتان",
        "وزور",
        "وتلفيق",
        "ودجل",
        "وافتراءات",
    )
)
LIE_NOUN_BEFORE_AR = frozenset(fold_words(w) for w in ("مجرد", "محض"))
# answering, commenting in the jussive ('يرد', 'ترد', 'يعلق', 'تعلق'), folded: after 'لم' ('ولم يرد X على طلب للتعليق')
# no answer was given, and nothing is said
UNANSWERED_AR = frozenset(fold_words(w) for w in ("يرد", "ترد", "يعلق", "تعلق"))
# 'أن' and a present verb within a few words after a verb ('رفضت الحكومة أن تنفي', refused to deny), folded
TO_DO = re.compile(r"((?:\s+[^\s.\u060c]+){0,3}?)\s+\u0627\u0646\s+[\u064a\u062a\u0646]\S+")
DENIAL_NOUN_FA = "\u062a\u0643\u0630\u064a\u0628"  # تکذیب, folded: alone, the noun or a verb's first part
THAT_AFTER_FA = re.compile(r"\s*\u0643\u0647(?!\S)")  # ' که' right after a verb, folded
# 'پرداخت', 'می‌پردازد' (set about) closing the clause of 'به تکذیب ...' (folded; not past a comma or a stop)
ENGAGED_IN_FA = re.compile(
    r"[^.\u060c,:\u061b!?\u061f]{0,160}?(?<!\S)(?:\u067e\u0631\u062f\u0627\u062e\u062a|\u0645\u064a\s*\u067e\u0631\u062f\u0627\u0632)"
)
# 'تنصل' (disowned), folded, in every form of it ('تنصلت', 'يتنصل')
DISOWNING = "\u062a\u0646\u0635\u0644"
# 'نأى بنفسه عن' (distanced himself from), folded, an attack or a statement after it ('نأت الحركة، السبت، بنفسها عن
# قصف السفارة', 'ينأى بنفسه عن البيان'): disowned, as with 'تنصل'; not a side keeping out of a war or a quarrel ('نأى
# لبنان بنفسه عن الصراع'), a policy, which is refused only as claims are
DISTANCED_FROM = re.compile(
    # (possessive repeats: a word and the spaces after it are read whole, never split again)
    r"(?:\s++[^\s.]++){0,8}?\s++\u0628\u0627?\u0646\u0641\u0633\S*+\s++\u0639\u0646\s++(?:\u0627\u0644)?"  # بنفسه / بأنفسهم عن (ال)
    r"(?:\u0642\u0635\u0641|\u0647\u062c\u0648\u0645|\u0647\u062c\u0645\u0627\u062a|\u0647\u062c\u0645\u0629"  # قصف هجوم هجمات هجمة
    r"|\u0627\u0633\u062a\u0647\u062f\u0627\u0641|\u0627\u0639\u062a\u062f\u0627\u0621|\u062a\u0641\u062c\u064a\u0631"  # استهداف اعتداء تفجير
    r"|\u0639\u0645\u0644\u064a\u0629|\u0628\u064a\u0627\u0646|\u062a\u0635\u0631\u064a\u062d|\u0645\u0627(?!\S))"  # عملية بيان تصريح ما
)
# a denial named as a noun, folded ('نفي', 'النفي', 'تکذیب', 'تکذیب‌های', 'إنكار'; not the verbs 'نفت', 'تکذیب کرد')
DENIAL_NOUN = re.compile(
    "(?:\u0627\u0644|\u0644\u0644)?(?:\u0646\u0641\u064a|\u062a\u0643\u0630\u064a\u0628|\u0627\u0646\u0643\u0627\u0631)"
    r"\S{0,4}"
)
# 'هو' (he), 'هي' (she), folded, and the gender of the verb they agree with
HE_SHE = {"\u0647\u0648": "m", "\u0647\u064a": "f"}
# a preposition written onto the article ('بالوفد', 'للوفد', 'كالعادة'): no word of a name
ARTICLE_AFTER = ("\u0628\u0627\u0644", "\u0644\u0644", "\u0643\u0627\u0644")
# how a person named as the subject of a sentence that is no speech is recorded as the last one named
NAMED_HOW = "named as the subject of the sentence before"
# the marks that close a name in marks, and the punctuation that may follow them ('لـ"النهار"،')
CLOSERS = '"\u201d\u00bb'
PUNCT_NO_MARKS = "\u060c,:;\u061b.!?\u061f()"
PUNCT = '\u060c,:;\u061b.!?\u061f\u201c\u201d\u00ab\u00bb"()[]-\u2013\u2014\u2591\u066c'
CUT_BEFORE = "(:\u060c,"
CUT_AFTER = '\u060c,:;\u061b\u201d\u00bb")'
# a claim ('تصريحات خالد الكسلي بأن', the statements of Khalid that), folded, and 'that' after its owner's name
CLAIMS_OF = frozenset(
    "تصريحات التصريحات ادعاءات الادعاءات اتهامات الاتهامات مزاعم المزاعم اقوال زعم قول روايه الروايه".split()
)
THAT_OF = frozenset("ان بان انه بانه انها بانها انهم بانهم".split())
# 'من', 'عن', 'على', 'إلى' (of, about, on, to), folded: the preposition a verb of saying takes before 'أن'
BEFORE_THAT = frozenset("\u0645\u0646 \u0639\u0646 \u0639\u0644\u064a \u0627\u0644\u064a".split())


# The Persian topic clause 'as for (the claim) that' opening a sentence ('این که ...', 'اینکه ...'), folded: what
# follows is set out to be answered by the sentence's main clause.
AS_FOR_THE_CLAIM_FA = re.compile("\u0627\u064a\u0646\\s?\u0643\u0647\\s")
# A Persian verb in the first person plural, its last word ending '-یم' ('رد می‌کنیم', 'تکذیب کردیم'): 'we'.
WE_VERB_FA = re.compile("[\u064a\u06cc]\u0645$")
# A Persian verb of 'we' as a word or two of folded text (the non-joiner dropped: 'فرستاده‌ایم' is 'فرستادهايم'): the
# perfect, its participle's 'ه' then 'ایم' ('فرستاده‌ایم', 'فرستاده ایم'); the present, 'می' or 'نمی', the stem and 'یم'
# ('می‌فرستیم', 'نمی دهیم'); 'we are (not)', 'we were (not)', 'we have (no)', 'we will (not)'. Never a noun in 'یم'
# ('تحریم', sanctions; 'رژیم', regime; 'تصمیم') nor a plural in 'ایم' ('جرایم', crimes; 'علایم', signs), whose last
# letters the verb's ending shares.
WE_VERB_WORD_FA = (
    "(?:[^\\s.\u060c\u061b]+\u0647\\s?\u0627\u064a\u0645|\u0646?\u0645\u064a\\s?[^\\s.\u060c\u061b]+\u064a\u0645"
    "|(?:\u0647\u0633\u062a|\u0646\u064a\u0633\u062a|\u0646?\u0628\u0648\u062f|\u0646?\u062f\u0627\u0631|\u0646?\u062e\u0648\u0627\u0647)\u064a\u0645)"
)


# An Arabic verb of denying in the first person, present or past ('ننفي', 'أرفض', 'نفينا', and after 'و'): 'we' or
# 'I', no subject after it. A statement on a body's own site speaks so outside any quotation ('نحن ننفي بشدة هذه
# الأخبار'), where the word after the verb is its object, never its denier.
WE_DENY_AR = re.compile(
    "[\u0648\u0641]?(?:\u0646\u0646\u0641\u064a|\u0627\u0646\u0641\u064a|\u0646\u0631\u0641\u0636|"
    "\u0627\u0631\u0641\u0636|\u0646\u0646\u0643\u0631|\u0646\u0643\u0630\u0628|\u0646\u0641\u064a\u0646\u0627|"
    "\u0631\u0641\u0636\u0646\u0627|\u0646\u0641\u0646\u062f|\u0646\u062f\u062d\u0636)"
)
# A clause of a quotation, not its first, that says 'we did not' ('"ندين الهجوم. لم نقم به"', '"...، ولم نشارك فيه"',
# '"... ما قمنا بأي عملية"'), folded: after a sentence's end, a semicolon or a comma, 'و' or 'ف' may be written on; the
# first person as a quotation's opening reads it (``negated_quote``), and the past of 'we' after 'ما'. Not 'ما زلنا',
# 'ما دمنا' (we still are, as long as we), which say no 'not', nor 'ما قمنا به هو' (what we did is). Not what says
# no deed undone either: 'لم نعد' (no longer), 'لم نتمكن', 'لم نستطع' (could not), 'لم نتوقع', 'لم نتلق' (did not
# expect, receive), in the first person singular too; nor 'ما' as 'what' before a present verb with 'us' written
# on it ('وما يهمنا', what concerns us) or before a preposition with 'us' ('ما لدينا', 'ما علينا إلا'), nor a deed
# that led us to something ('ما دفعنا إلى الرد', which drove us to answer).
WE_DID_NOT_MID_AR = re.compile(
    r"[.!?\u061f\u061b;\u060c,]\s*[وف]?(?:(?:نحن|[اأ]نا)\s+)?"
    r"(?:لم\s+(?![اأن](?:عد|تمكن|ستطع|توقع|تلق)(?!\w))[اأن]\w+|لست|لسنا"
    r"|ما\s+(?!زلنا|دمنا|برحنا|فتئنا)(?!ي)(?!(?:لدي|علي|عند|بين|ل|م|ع|في|ب|الي|مع|امام|حول|دون)نا(?!\w))"
    r"\w+نا(?!\w)(?!\s+(?:(?:به|فيه)\s+)?(?:هو|هي)(?!\w))(?!\s+(?:الي(?!\w)|لل)))(?!\w)"
)
# 'نحن' (we) right before a verb: any verb of denying after it is the first person's, however spelt ('نحن نفي ونرد
# هذا الكلام', its 'ننفي' misspelt): the word after it is then the next verb or the object, never the denier.
WE_BEFORE_AR = re.compile("(?:^|\\s|\u0648)\u0646\u062d\u0646\\s*$")


# The infinitives of the light verbs that make Persian verbal nouns ('کشته شدن', being killed; 'دست داشتن', having a
# hand in), alone or written onto the word before them: such a noun opens an object, never a subject's name.
VERBAL_NOUN_FA = re.compile(
    "(?:\u0634\u062f\u0646|\u0643\u0631\u062f\u0646|\u062f\u0627\u0634\u062a\u0646|\u062f\u0627\u062f\u0646|"
    "\u06af\u0631\u0641\u062a\u0646|\u0628\u0648\u062f\u0646)$"
)


# What opens the words a verb of saying gives, folded: a colon, or 'that' ('أن', 'إن', 'بأن', Persian 'که').
CLAUSE_OPENS = re.compile("\\s*+(?::|(?:" + "|".join(sorted(BARE_THAT)) + "|\u0643\u0647)(?=\\s))\\s*+")
IS_FA = "\u0627\u0633\u062a"  # است (is), folded
# 'while', 'with', 'after' and a verbal noun of denying, folded ('ضمن تکذیب', 'با رد', 'پس از تکذیب'): its object is
# what was denied, the verb after it says something else (:meth:`ArabicScript._while_denying`)
WHILE_DENYING_FA = re.compile(
    "(?<!\\S)(?:"
    + "|".join(fold_words(w) for w in ("ضمن", "با", "پس از"))
    + ")\\s+(?:"
    + "|".join(fold_words(w) for w in ("تکذیب", "رد", "انکار", "نفی"))
    + ")"
)
PUBLIC_RELATIONS_FA = [fold_words("روابط"), fold_words("عمومی")]  # روابط عمومی (public relations), folded
SHEER_FA = frozenset(fold_words(w) for w in ("محض", "مطلق"))  # sheer, utter ('کذب محض', 'دروغ محض')
# The stems of judgements of falsity, folded ('كاذب', 'کذب', 'نادرست', 'دروغ', 'صحت', 'الصحة', 'أساس', 'باطل',
# 'مفبرك'): a judgement that calls what comes before it untrue, not one that says an event did not happen ('رخ نداده').
FALSE_STEMS = re.compile(
    "\u0643\u0630\u0628|\u0643\u0627\u0630\u0628|\u0646\u0627\u062f\u0631\u0633\u062a|\u062f\u0631\u0648\u063a|"
    "\u0635\u062d\u062a|\u0635\u062d\u0647|\u0627\u0633\u0627\u0633|\u0628\u0627\u0637\u0644|\u0645\u0641\u0628\u0631\u0643"
)


# Where the statement is named between the verb and what it denies, not part of it: 'نفى فيه' (in which it denied),
# 'نفت خلاله' (during which), 'نفت في بيان' (denied in a statement), 'في بيان رسمي له' (in an official statement of
# its own).
IN_THE_STATEMENT = re.compile(
    "^(?:" + alternation(_IN_IT_FORMS) + "|"
    "\u0641\u064a\\s++(?:\u0628\u064a\u0627\u0646|\u062a\u0635\u0631\u064a\u062d)[\u064b]?+"
    "(?:\\s++(?:\u0644\u0647\u0627|\u0644\u0647|\u0631\u0633\u0645\u064a))*+)\\s++"
)


# A short phrase of time set off by commas at the start of what a verb of denying is followed by, and its words
# (today, yesterday, tonight, morning, evening; the days of the week are dates.is_weekday's), folded.
# The verbal nouns of denying in the accusative and the adjectives that make them the manner of a denial ('نفيا قاطعا',
# flatly; 'تكذيبا تاما'), folded: no words of what was denied.
DENYING_NOUNS = frozenset(fold_words(w) for w in "نفيا نفياً تكذيبا تكذيباً تفنيدا رفضا رفضاً".split())
FLATLY = frozenset(
    fold_words(w) for w in "قاطعا قاطعاً مطلقا مطلقاً تاما تاماً باتا باتاً كاملا كاملاً قطعيا شديدا شديداً".split()
)
# Verbs of saying that are also common nouns or particles after 'و' inside what was denied, folded: 'ورد' (was
# stated: 'ما ورد في التقرير'), 'وبين' (and between), 'وطالب' (and a student), 'وكتب' (and books), 'وختم' (and a
# seal), 'ورده' (and his reply), 'وقاله'.
SAYING_ALSO_NOUNS = frozenset(
    fold_words(w) for w in "رد ردت يرد ترد رده ردها بين طالب كتب ختم قاله قالته زعم ذكر كشف".split()
)
TIME_BETWEEN_COMMAS = re.compile("([^\u060c,]{2,30})[\u060c,]\\s*+")
# 'في' and up to four words before 'ما' (what) or a demonstrative that opens what is denied.
IN_BEFORE_WHAT = re.compile(
    "^\u0641\u064a(?:\\s++[^\\s\u060c,.:]++){1,4}?\\s++(?=(?:\u0645\u0627|\u0647\u0630\u0647|\u0647\u0630\u0627|\u062a\u0644\u0643|\u0630\u0644\u0643)\\s)"
)
# A body's short name, one word in marks without the article, after its full name ('حركة النور "حنور"'; 'قوات X
# "قسد"'); a word with the article is what was denied ('نفت الوزارة "الشائعات"، مؤكدة ...').
SHORT_NAME_IN_MARKS = re.compile('["\u201c\u00ab](?!\u0627\u0644)[^\\s"\u201d\u00bb]{2,8}["\u201d\u00bb]')
# given names that open with 'ل' (folded), not 'لـ' (to) joined to a name: 'وقالت ليلى X التي ...' names the speaker
LAM_NAMES = frozenset(
    fold_words(w) for w in "ليلى ليلي لينا لبنى لمى لؤي لطفي لقمان لميس لجين ليث لانا لارا لبيب لواء لوران لويس".split()
)
# the outlet told in its marks, opening the words after a verb and its subject ('نفت الحركة لـ"النهار" صحة ...')
TOLD_IN_MARKS = re.compile('\u0644\u0640?\\s*["\u201c\u00ab][^"\u201d\u00bb]{1,40}["\u201d\u00bb][\\s\u060c,]*')
# Persian military ranks not among the titles (a name of one word after them, 'ژنرال دارنو', keeps the rank)
# (and the junior officers' ranks, 'ستوان یکم X', 'سروان X', 'سرگرد X')
RANKS_FA = frozenset(
    fold_words(w) for w in ("ژنرال", "جنرال", "سرهنگ", "سپهبد", "دریادار", "ارتشبد", "ستوان", "سروان", "سرگرد")
)
# a credit line's label, alone before a colon and a short name ('منبع: تسنیم', 'المصدر: وكالة كسليا'): the outlet a
# report was taken from, not a source that speaks (which is described: 'یک منبع آگاه: ...', 'مصدر في الحركة: ...')
CREDIT = frozenset(fold_words(w) for w in ("منبع", "منابع", "المصدر", "المصادر"))
WHEN_WORDS = frozenset(fold_words(w) for w in "اليوم أمس يوم مساء صباح ظهر فجر ليلة".split())
# today, yesterday, folded: a day named, as a weekday is
DAYS_NAMED = frozenset(fold_words(w) for w in ("اليوم", "أمس"))
# 'أدلى' (made, of a statement), 'قد' before it, and what was made ('بتصريح', 'ببيان'), folded: 'X قد أدلى بتصريح
# قال فيه' (X had made a statement in which he said)
MADE = frozenset(fold_words(w) for w in "أدلى وأدلى أدلت وأدلت".split())
ALREADY = frozenset(fold_words(w) for w in "قد وقد".split())
MADE_WHAT = frozenset(fold_words(w) for w in "بتصريح بتصريحات ببيان بحديث بتصريحه بتصريحاته".split())
# the denial, with the article, folded: after 'جاء' (CAME) and before 'على لسان X' (the denial came from the tongue of X),
# X denies, as the one a body denies through
THE_DENIAL = frozenset(fold_words(w) for w in ("النفي", "التكذيب"))
# the answer, folded ('وجاء الرد من الوزارة', the answer came from the ministry): after 'جاء', a denial by whoever it
# came from, as 'النفي'
THE_ANSWER = frozenset({fold_words("الرد")})
# 'قبل', 'جانب' after 'من' (by, on the part of), folded
BY_SIDE = (fold_words("قبل"), fold_words("جانب"))
# 'على لسان' (by the tongue of), folded: a body denies through its spokesman named after it
BY_THE_TONGUE = fold_words("على لسان").split(" ")
# What may stand between the one named after 'على لسان' and the words given him, folded: 'قوله' (his saying), 'أنه قال'
# (that he said), 'أن' (that)
TONGUE_SAYS = frozenset(fold_words(w) for w in "قوله قولها أنه أنها قال قالت أن إن بأن".split())
# ', وهو ما' / ', وهي ما' / ', الأمر الذي' right before a verb that carries its object ('وهو ما نفاه X', which X denied):
# the relative takes up the clause before it
# ('الأمر الذي' needs no comma before it: '... من الجيش الأمر الذي نفاه الجيش', the matter which the army denied)
WHICH_IT_TAKES_UP = re.compile(
    "(?:[\u060c,]\\s*+\u0648?(?:\u0647\u0648|\u0647\u064a|\u0647\u0630\u0627)\\s++\u0645\u0627|(?:[\u060c,]\\s*+|\\s)"
    "\u0627\u0644[\u0623\u0627]\u0645\u0631\\s++\u0627\u0644\u0630\u064a)\\s*+$"
)
# 'بر اساس آنچه', 'براساس آنچه', 'طبق آنچه', 'بنا بر آنچه' (based on what; 'آنچه' also written apart, 'آن چه'), folded,
# opening a clause: the source a report follows ('بر اساس آنچه فارس نوشته است'), a lead, not a speaker of the
# sentence's words
ACCORDING_TO_WHAT_FA = re.compile(
    "^\\s*+(?:\u0628\u0631\\s?\u0627\u0633\u0627\u0633|\u0637\u0628\u0642|\u0628\u0646\u0627\\s?\u0628\u0631)\\s++\u0627\u0646\\s?\u0686\u0647\\s"
)
# A body's short name in brackets after its name ('نفت حركة النور (حنو)، اليوم، ...'), and the manner of a denial
# ('بشكل قاطع', 'بصورة نهائية', categorically), at the start of what a verb of denying is followed by: neither is
# what was denied
SHORT_NAME_IN_BRACKETS = re.compile("^\\((?:[^()\\s]{1,12}+\\s?+){1,3}+\\)[\\s\u060c,]*+")
# 'بحكومة', 'بالحكومة' (in the government of), folded: a body's government after its name, set off by a comma ('نفت
# وزارة الداخلية بحكومة الوحدة، الأخبار ...'), is the body's, not a word of what was denied
IN_GOVERNMENT = frozenset(fold_words(w) for w in ("بحكومة", "بالحكومة"))
# a government and a ministry, as name keys write them (folded, no article): 'الحكومة العراقية', 'دولت عراق', 'وزارة
# الخارجية الإيرانية', 'وزارت خارجه ایران', whose state word after them says which state's they are
GOVERNMENT_KEYS = frozenset({"\u062d\u0643\u0648\u0645\u0647", "\u062f\u0648\u0644\u062a"})  # حكومه دولت
MINISTRY_KEYS = frozenset({"\u0648\u0632\u0627\u0631\u0647", "\u0648\u0632\u0627\u0631\u062a"})  # وزاره وزارت
MANNER_LEAD = re.compile("^\u0628(?:\u0634\u0643\u0644|\u0635\u0648\u0631\u0629)\\s++\\S+[\\s\u060c,]*+")
# A short aside set off by dashes at the start of what a verb of denying is followed by ('– جناحها العسكري –'), and
# the space after it
DASHED_ASIDE = re.compile("^[\u2013\u2014-]\\s*+[^\u2013\u2014\\-\u060c,.:]{2,40}[\u2013\u2014-]\\s*+")


# The words that open reported speech, right before a quotation's opening mark: 'إن', 'أن', 'بأن', a colon.
SPEECH_OPENS = re.compile("(?:(?<!\\w)(?:\u0625\u0646|\u0623\u0646|\u0628\u0623\u0646|\u0627\u0646)|:)\\s*$")


PAST_WITH_TEH = frozenset(
    {
        "\u062a\u0627\u0628\u0639",
        "\u062a\u0627\u0628\u0639\u062a",
        "\u062a\u0648\u0639\u062f",
        "\u062a\u0648\u0639\u062f\u062a",
        "\u062a\u062d\u062f\u062b",
        "\u062a\u062d\u062f\u062b\u062a",
    }
)


# An indefinite report, folded ('تقرير', 'خبرا'), and 'published it' with its pronoun ('نشرته', 'بثتها', 'أوردته'): 'تقرير
# نشرته X' (a report X published), whose relative verb after it speaks in X's words
REPORT_NOUNS = frozenset(fold_words(w) for w in "تقرير تقريرا خبر خبرا مقال مقالا مقالة تحقيق تحقيقا".split())
# 'spoke of' (تحدث تحدثت), folded: a verb of saying only as the relative verb of such a report ('تقرير نشرته X تحدث عن
# "..."'), not 'وتحدث الوزير عن الوضع' (talked about), 'تحدثت الصحيفة إلى X' (talked to)
TALKED_OF = frozenset({"\u062a\u062d\u062f\u062b", "\u062a\u062d\u062f\u062b\u062a"})
PUBLISHED_IT = frozenset(
    fold_words(p + v + o)
    for p in ("", "\u0648")
    for v in ("نشر", "نشرت", "بث", "بثت", "أورد", "أوردت", "أذاع", "أذاعت")
    for o in ("ه", "ها")
)

# Definite plurals of people and of sides (folded), which an Arabic verb of calling on or urging names after its subject
# ('ودعا العميد شريف النواب', 'وطالب X السلطات'): none is a family name after a given one, as 'الأحمد' is. The sound
# masculine plural ('المسؤولين') is told by its ending; these are broken plurals and plurals in -ات.
PEOPLE_PLURALS = frozenset(
    fold_words(w)
    for w in (
        "النواب الوزراء القادة الزعماء الرؤساء الأطراف الفصائل الدول الحكومات السلطات الجهات الأحزاب القوى الشعوب "
        "الأهالي السكان الناس الجميع الشباب العلماء الأعضاء الحلفاء الشركاء الأشقاء المسؤولون "
        # (and bodies in the plural, the sides a body's statement calls on: 'ودعت قوات X المنظمات الدولية إلى ...')
        "المنظمات الهيئات المؤسسات البعثات"
    ).split()
)
# An office word that is also the second word of a compound given name after another ('محمد الأمين'): as an office
# it is 'الأمين العام' (the secretary-general) and never stands alone before its holder's given name, so after a
# name it is a word of that name ('الشيخ محمد الأمين عمر'), not an office held by the verb's object
OFFICES_IN_GIVEN_NAMES = frozenset({fold_words("الأمين")})
# family or given names that end as the sound plural does ('زين العابدين')
NAMES_IN_IN = frozenset(fold_words(w) for w in ("العابدين", "الحسنين"))


# 'عدّ' / 'عدت' (deemed, folded 'عد'), a verb of saying only before a subject, a definite first object and what it is
# deemed, an indefinite accusative or a quotation ('وعدّ X الهجوم خرقا', 'وعدت الحركة القصف "انتهاكا"'): not 'وعد'
# (promised, 'وعد X بإجراء ...') nor 'وعد بلفور'
# 'تود' / 'يود' (wishes), a verb of saying only as a body's statement writes it, wishing to clarify or to stress,
# its subject between ('تود وزارة X توضيح الآتي:', 'يود المكتب أن يوضح أن ...', 'ويود X التأكيد على ...')
WISHING_TO = frozenset(fold_words(p + v) for p in ("", "\u0648", "\u0641") for v in ("تود", "يود"))
CLARIFIES_AFTER = re.compile(
    "(?:\\s+[^\\s\u060c,.:]+){1,8}?\\s+(?:"
    + "|".join(fold_words(w) for w in ("توضيح", "التوضيح", "التأكيد", "التنويه", "الإشارة"))
    + "|"
    + fold_words("أن")
    + "\\s+[\u064a\u062a](?:"
    + "|".join(fold_words(w) for w in ("وضح", "ؤكد", "نوه", "شير"))
    + "))(?![^\\s\u060c,.:])"
)
COUNTED = frozenset(fold_words(p + v) for p in ("", "\u0648", "\u0641") for v in ("\u0639\u062f", "\u0639\u062f\u062a"))
# (what it is deemed is a noun: not a word of no such kind that ends in 'ا' too, an adverb or a demonstrative, as in
# 'وعدت الحكومة السكان أيضا بإعادة الإعمار', promised the residents also, or 'وعد الوزير المواطنين هذا العام'; nor
# 'خيرا', good things, what one promises: 'وعد X المواطنين خيرا'; nor, before a colon, what the subject is deemed,
# 'واعتبرت حركة النور أيضا: «...»'), folded
NOT_DEEMED = frozenset(
    fold_words(w)
    for w in (
        "أيضا هذا كما إذا لذا جدا معا أبدا دائما غدا مجددا حاليا رسميا علنا خيرا قريبا لاحقا فورا سابقا مؤخرا مرارا "
        "أخيرا بدورها"
    ).split()
)
_NOT_DEEMED = "|".join(sorted(NOT_DEEMED))
# (between the verb and the first object stands its subject alone: not 'أن' (that) nor 'بـ' written on a definite noun
# or a verbal noun ('بالعودة', 'بأن', 'بإعادة', 'بتحسين', 'بمنح'), what is promised ('وعد الوزير المزارعين بالتعويض
# ...', 'وعد X المزارعين أن ...'), which deeming never has; but 'المتحدث باسم X' (on behalf of) may stand in a subject,
# and so may a name that opens with those letters, 'باسل', 'بارزاني' (:func:`_promised_in`))
_NOT_IN_SUBJECT = (
    "(?!(?:\u0627\u0646|\u0627\u0646\u0647|\u0627\u0646\u0647\u0627|\u0644\u0627\u0646|\u0628\u0627\u0646|"
    "\u0628\u0627\u0646\u0647|\u0628\u0627\u0646\u0647\u0627)(?![^\\s\u060c,.:]))(?!\u0628\u0627\u0644)"
)
DEEMS_AFTER = re.compile(
    "(?P<subject>(?:\\s+" + _NOT_IN_SUBJECT + "[^\\s\u060c,.:]+){1,6}?)\\s+\u0627\u0644[^\\s\u060c,.:]+\\s+"
    "(?:(?!(?:" + _NOT_DEEMED + ")(?![^\\s\u060c,.:]))"
    '[^\\s\u060c,.:]{2,}\u0627(?![^\\s\u060c,.:])|["\u201c\u00ab])'
)
# 'بـ' written on a verbal noun ('بإعادة', 'بتحسين', 'بمنح'), folded
BI_VERBAL_NOUN = re.compile("\u0628[\u0627\u062a\u0645]")


ADJECTIVES = frozenset({"\u0627\u0644\u062d\u0631"}) | frozenset(  # الحر (free)
    # the ordinals, masculine and feminine: an adjective after its noun and the noun's adjective ('قائد المنطقة
    # العسكرية الثالثة العميد X', the third military region), no object after a name
    fold_words(w)
    for w in (
        "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة "
        "الثامن الثامنة التاسع التاسعة العاشر العاشرة"
    ).split()
)
IN_NAME_OF = fold_words("\u0628\u0627\u0633\u0645")  # باسم (on behalf of, in 'المتحدث باسم')
# a spokesman's office and its 'official', folded, which 'باسم' (on behalf of) follows ('المتحدث باسم', 'الناطق الرسمي
# باسم', 'متحدثة باسم'): 'باسم' after any other office may open its holder's name, Basem ('القيادي باسم نعيم')
SPEAKS_FOR_AR = frozenset(
    fold_words(a + w + e)
    for a in ("", "ال")
    for w in ("متحدث", "ناطق", "رسمي", "مسؤول", "تحدث", "يتحدث", "نطق", "ينطق")
    for e in ("", "ة", "ون", "ين")
)
DEEMING = frozenset(  # considered, deemed, described: a first object, then what it is said to be
    fold_words(p + v) for p in ("", "و", "ف") for v in ("اعتبر", "اعتبرت", "عد", "عدت", "وصف", "وصفت", "رأى", "رأت")
)
LEADING = frozenset(  # returned, came out, hastened, went back: a verb whose subject the next verb, after 'و', shares
    fold_words(p + v + e)
    for p in ("", "و", "ف")
    for v in ("عاد", "رجع", "خرج", "سارع", "بادر", "عاود", "مضى")
    for e in ("", "ت")
)
SPEECH_AFTER = re.compile(  # right after a verb: a colon or 'إن', then a quotation ('قال: «...»', 'قال إن "..."')
    "\\s*+(?:(?::|\u0625\u0646(?!\\w))\\s*+)?[" + OPENERS + "]?\u2591"
)
# right after a verb: 'أن' or 'بأن' (that), then a quotation ('أكد أن "..."'), as SPEECH_AFTER's 'إن'
SPEECH_AFTER_THAT = re.compile("\\s++\u0628?\u0623\u0646\\s*+[" + OPENERS + "]?\u2591")
# right after a verb: the occasion it was said on, 'في' and up to three words ('قال في مقابلة معها:', 'قال في حديث
# للقناة:'), then a colon and a quotation: the verb opens that quotation as SPEECH_AFTER's does
SPEECH_AFTER_OCCASION = re.compile(
    "\\s++\u0641\u064a(?:\\s++[^\\s:\u060c,.\u2591]++){1,3}\\s*+:\\s*+[" + OPENERS + "]?\u2591"
)
AS = frozenset(fold_words(w) for w in ("بمثابة", "كأنه", "كأنها"))  # as, as if: what a first object is deemed
# senior, high-ranking, prominent, former, informed: what describes an unnamed official ('مسؤول عراقي رفيع')
INDEFINITE_ADJECTIVES = frozenset(fold_words(w) for w in "رفيع كبير بارز سابق مطلع".split())


GROUP_WORDS = (
    "كتائب",
    "لواء",
    "ميليشيا",
    "ميلشيا",
    "حركة",
    "فصائل",
    "فصيل",
    "تنظيم",
    "عصائب",
    "سرايا",
    "وحدات",  # (units, 'وحدات حماية الشعب (YPG)': an armed group's name, not a part of an army named before)
    "لشکر",
    "تیپ",
    "گروه",
    "سپاه",
    "جنبش",
)
# a party ('حزب', 'الحزب', and 'پارت' as Kurdish news writes it in Persian, 'پارت دموکرات کردستان'): a political party,
# no armed group, whatever forces it has ('الحزب الديمقراطي الكردستاني', the KDP); not 'حزب الله' (Hezbollah), an
# armed group by its name's own use
PARTY_WORDS = ("حزب", "الحزب", "پارت")
# 'حزب الله' (Hezbollah) written with a non-joiner or joined, as Persian pages write it ('حزب‌الله', 'حزبالله'), with
# 'و' or the article's case letters before it or not: the same party's name, whose first word is a body's
HEZBOLLAH_JOINED = re.compile(
    '(?<![^\\s\u00ab\u201c"(\u0648])\u062d\u0632\u0628\u200c?(?=\u0627\u0644\u0644\u0647(?!\\w))'
)
# killed, died, arrested, taken, wounded, and the nouns of it ('قُتل', 'اعتُقل', 'مقتل', 'اعتقال', 'استشهد'), folded
# (vowel marks dropped): the one named after them is what a paragraph tells of, no speaker it introduces
KILLED_OR_HELD_AR = frozenset(
    fold_words(w)
    for w in (
        *("قتل", "قتلت", "اغتيل", "اغتيلت", "استشهد", "استشهدت", "توفي", "توفيت", "اعتقل", "اعتقلت", "أسر", "أسرت"),
        *("اختطف", "اختطفت", "أصيب", "أصيبت", "جرح", "جرحت", "مقتل", "اغتيال", "استشهاد", "وفاة", "اعتقال"),
        *("اختطاف", "إصابة", "أسر"),
    )
)
# a body's acronym in Latin letters in brackets right after its name ('وحدات حماية الشعب (YPG)'), and the Arabic
# article written apart before one ('الـ PKK', 'ال PKK')
LATIN_ACRONYM_AFTER = re.compile(r"[ \t]*+\([ \t]*+([A-Z][A-Z0-9.&-]{1,9}+)[ \t]*+\)")
ARTICLE_BEFORE_LATIN = re.compile("[ \t]*+\u0627\u0644\u0640*+[ \t]*+")
LATIN_ACRONYM = re.compile(r"[ \t]*+([A-Z][A-Z0-9.&-]{1,9}+)(?![\w-])")
# the particle 'قد' before a past verb, with 'و', 'ف' or 'ل' on it ('وقد نفى', 'لقد'), folded: no subject
PARTICLE_QAD_AR = frozenset(fold_words(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد"))
# the passive 'was denied' with its vowel written ('نُفي', 'نُفيت', 'ونُفي'), unfolded, no agent of its own
PASSIVE_DENIED_VOWELLED_AR = re.compile("[\u0648\u0641]?+\u0646\u064f\u0641\u0650?+[\u064a\u0649]")
# its feminine written without the vowel, folded, 'و' or 'ف' on it or not ('ونفيت الأنباء'): the active is 'نفت'
PASSIVE_DENIED_FEMININE_AR = frozenset(fold_words(p + "نفيت") for p in ("", "و", "ف"))
# a photo's caption, folded: a word for a photo or the archive ('صورة', 'أرشيف', 'عکس', 'آرشیو'), in brackets or not
CAPTION_WORDS = frozenset(
    fold_words(w) for w in "صورة صوره الصورة أرشيف أرشيفية ارشيف ارشيفيه عکس تصویر آرشیو آرشیوی ارشیو".split()
)

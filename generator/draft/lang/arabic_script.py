"""One reader for Arabic-script news (Arabic, Persian), told apart by their word lists.

Rules, in the order they apply to each sentence (a sentence ends at . ! ? ؟ outside quotations):

- Verbs of saying are found on a folded copy of the text (letter forms, hamza and alef forms, diacritics,
  tatweel and zero-width non-joiners set aside; offsets map back to the text, so every span cited is
  verbatim). Arabic puts the subject after the verb (قال المتحدث ...، وأكدت الوزارة أن ...); Persian opens
  the sentence with it (وزارت خارجه ... تأکید کرد: ...). A verb with no subject of its own (وأضاف أن ...،
  وی افزود) speaks for the last speaker; a participle (مؤكدا، مضيفا) for its sentence's speaker.
  Persian compound verbs are matched in the past, perfect and plural (گفت، گفته است، گفتهاست، گفتند), their
  parts joined or apart. A verb in an Arabic relative clause (التي أوردت) attributes nothing; one right after an
  indefinite source or noun of origin (لصحفي لبناني قال فيها، عن مصدر أمني قال) is spoken by it. After 'لكن' or
  'إلا أن' the noun before a past verb is its subject. Verbs inside speech after a colon are the speech's own,
  and 'we' (ما، نحن) in reported words is the one reporting them. A relay right after the subject (نقلا عن Y،
  به نقل از Y) gives the words to Y. A Persian passive (تکذیب شد، گردید) is its agent's (از سوی X), also in a kicker
  above the headline (از سوی X؛). A verb with no subject after it takes the noun after 'أن' when it denies
  (ذكرت مصادر أن الحركة نفت), or the one whose statement the sentence relays (نشرت تصريحا لقائد X، قالت إنه ...);
  one with no subject after it has the noun before it in the past as in the present (وكان X قال؛ الوزارة نفت، at a
  paragraph's start or a body's or an office's; also past an aside no comma closes: الوزارة في بيان نفت، X يوم الأحد
  قال). Any verb of saying with the pronoun of what it says after 'ما'
  speaks as 'ما قاله X' does (بحسب ما ذكره X، ما نقلته الوكالة عن Y), and 'وفقا لـX' gives the words to X, as do 'وفق
  X' (not 'وفق الاتفاق', in accordance with) and 'على حد قول X'.
- The subject is cut at the words that end it (في بيان، اليوم، السبت، لاحقا، أيضا، بشكل، وفق، أن؛ در، با، را، امروز ...)
  and where what is said starts: a claim word (الادعاءات؛ ادعای، اتهام)، a demonstrative, or in Arabic an
  indefinite word after a definite one (نفى الحزب سقوط ...; an adjective agrees in definiteness). It is read
  as a record's name or alias, an earlier speaker by surname (العسكري after أبو علي العسكري), a description
  of one (الوزارة، البيان، این نهاد، این جنبش), an office and its name in either order (وزير الخارجية العراقي
  ابراهيم الجعفري؛ سردار X فرمانده ...؛ القيادي في الحشد الشعبي محمد البصري; its body's other name in brackets
  between them: زعيم جماعة X (Y)، Z،), an unnamed source (مصدر في
  الوزارة), or a new person or body. An office alone is the person the article names with that office; a
  subject too long for a name that ends with an office (... سخنگوی طالبان) is that office. A share of a group (شماری از
  اعضای مجلس، عدد من النواب، بعض المسؤولين) is described by the group, never a name. In Arabic a person's name (العميد
  شريف) ends before a definite plural of people or an office with its holder's name (ودعا العميد شريف النواب، الوزير
  كمال ...), the verb's object; a verb with no subject after 'تقرير نشرته X' (a report X published) is X's. In Persian
  two speakers joined by 'و' before one plural verb of denying each deny (X و منابع نزدیک به Y ... رد کردند).
  In Arabic a rank keeps a given name with the article in the name after it (العقيد الطاهر X), which alone later
  is the man as a surname is; a surname alone is the man the article named so, not a record of another man with
  that alias; 'مكتب الوزير' is the bureau named before; 'X قد أدلى بتصريح قال فيه' is X's.
- A quotation belongs to the nearest verb of saying before it in its sentence, else the nearest after it
  (Persian: «...» توصیف کرد), else, when its paragraph opens with it, the speaker of the quotation before.
  Speech after a colon without marks (قال: ...، گفت: ...) is a quotation to the end of its sentence, and
  a headline '<speaker>: <words>' is one too. A paragraph ending with a colon after a verb of saying
  introduces the quotation that opens the next; a quotation left open runs over the paragraphs after it when
  a later one closes it before any new one opens. Straight marks that do not pair up are paired by position, and
  a name in straight marks inside a quotation in straight marks ('"... مكاتب "الحركة" في ..."') by their shapes.
- Names set in quotation marks («فالح الفیاض»، "الجبال") are not quotations: a short quoted passage that
  is a record's name, follows a word such as وكالة or خبرگزاری or the outlet told (لـ"X"،), comes before an
  office («X» وزیر ...), or stands where the subject stands; in Arabic also a name or a title after 'so-called',
  'known as', 'entitled' (ما يسمى بـ"X"، بعنوان "X"), and a body's name opening its clause before a present verb of
  denying or answering ('"سرايا X" تنفي استشهاد ...'), the headline's subject, or a body's name after 'أن' before its
  verb ('وأضاف أن "X" لم تتلق ...').
- A denial is a sentence with a verb of denying (نفى، نفته، تکذیب کرد، رد کرد، انکار کرد; rejecting a proposal, رفض
  المقترح، پیشنهاد را رد کرد, is none), answering claims (رد على الادعاءات), a cue (لا صحة، عار عن الصحة، الأكاذيب، ليس
  كما تزعم، نادرست، بی‌اساس، وجود ندارد) but not a warning to whoever spreads false news nor a negated one (ليست مفبركة،
  بی‌اساس نیست), a quotation that denies in its own words (ننفي وجود ...، الهيئة تنفي ...; with a verb of rejecting,
  only claims: نرفض الادعاءات) or in the first person (لم أر، نداشتیم), a negated answer to a claim (در واکنش به خبر ...
  گفت: ... نمی کند، تعليقا على الأنباء ... لم; not a 'not' inside a Persian relative clause closed by a comma), 'that he
  did not' after a verb of saying (أكد أنه لم ...), or the subject's own denial as a verbal noun (واصلت X تفنيدها); its
  denier is the speaker. What was denied skips the spokesman a body denies through (على لسان X،), is the clause that
  'وهو ما نفاه X' takes up, and the words a quoted judgement alone calls untrue ('إن X "عارية من الصحة"'). Declining to comment (رفض التعليق) is none. A headline that denies with a verb, or names its
  speaker before a colon, is a denial too; in Arabic so is a subtitle under it that names its speaker before a colon
  ('X لـ«Y»: ...'), and a headline's denier or speaker named shortly ('"حزب X العراق":', 'جهاز X بإقليم Y ينفي'), by
  the body a spokesman's office names, or by a place or a government on record ('أربيل تنفي', the lead's denier) is
  the body's denier whose words it restates. A body named with and without the word for its kind (ميليشيا "X"، "X")
  is one. A cue within an Arabic subject (موقع الدرر المزورة أكد) names who speaks and denies nothing. In the body, a
  label and a colon speak as a headline's do: an office or a source's, an Arabic body's (a lead 'حركة النور: لا صحة
  لـ...'), or a record's on file.
- In Persian, also: speech after a colon runs to its paragraph's end (not into a sentence the reporter opens), and
  into the next paragraph when the colon ends its own ('X می‌نویسد:'); a statement signed below by an office
  ('X' then 'سخنگوی Y') denies in the signer's name where it calls something untrue in its own voice, and a subtitle
  that does so is the lead denier's; 'X بیانیه‌ای صادر کرد' makes X the speaker of 'در این بیانیه آمده است'; a
  subject ends before a verbal noun ('کشته شدن'), after an outlet's dateline, before 'however' (X اما) and never
  runs into an earlier verb of saying; 'وزارت امور خارجه X' and 'وزارت خارجه X' are one body. A headline's speaker
  follows the noun of what was said ('هشدار X به Y: ...'), and 'we' after one who claimed ('X ادعا کرد ...') is never X.
  A rejoinder or a denial notice ('جوابیه', 'تکذیبیه') quotes its issuer as a statement does; 'this ministry' ('این
  وزارتخانه') is the ministry named before when no ministry spoke; and a spokesman's speech after a colon goes on in
  a sentence that opens with his body and speaks in the present ('جنبش X ... محکوم می‌کند').

Word lists are data in :mod:`.ar` and :mod:`.fa`, folded and compiled by :mod:`.arabic_words`; the rules here are deliberately plain, so that a
trained attributor can replace the whole module behind :class:`generator.draft.lang.Attributor`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from generator.draft.denials import Denial
from generator.draft.discourse import Entity, Speaker
from generator.draft.lang import Analysis, is_headline, reads_as_headline
from generator.draft.lang.arabic_words import Words, fold_char, fold_words, folded
from generator.draft.names import (
    Known,
    NameIndex,
    given_or_family_name,
    key_tokens,
    looks_like_a_persons_name,
    name_key,
)
from generator.draft.speakers import Attribution
from generator.draft.territories import is_country_name, lookup_territory
from generator.draft.text import MASK, Paragraph, Quote, Sentence, find_quotes, mask
from generator.draft.units import Unit, restated_denials
from generator.weekdays import is_weekday

# The lookbehind lets a match start only where a run of . ! ? ؟ starts (else a long run is quadratic).
# (a stray comma after the full stop still ends the sentence: '..." .، فيما ...')
# (and a full stop typed with no space before the next word, 'طالباني.وذكرت', '...".من جانبه', of two letters or more)
_SENTENCE_END = re.compile(
    r"(?<![.!?\u061f])[.!?\u061f]+[\u201d\u00bb\")\]]*\u060c?(?:\s+|$)|\n+"
    r"|(?<=[\u0621-\u064a\u06a9\u06cc\u201d\u00bb\"])\.(?=[\u0621-\u064a\u06a9\u06cc]{2})"
)
_WORD = re.compile(r"[^\W_]+")
_ON = "\u0639\u0644\u064a"
_FROM = "\u0639\u0646"
_OF = "\u0645\u0646"  # من (from, of)
_KANA = frozenset(
    {"\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a", "\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a"}
)
_QAD = "\u0642\u062f"
_PREVIOUSLY = "\u0633\u0628\u0642"  # سبق ('سبق أن نفت', had previously denied)
# 'تم', 'جرى' (was done) right before a verbal noun, folded: an Arabic passive ('وتم نفي الخبر')
_DONE = re.compile(
    r"(?<!\S)[\u0648\u0641]?(?:\u062a\u0645|\u064a\u062a\u0645|\u062c\u0631\u064a|\u064a\u062c\u0631\u064a)\s+$"
)
# 'that the movement did not', folded: 'أن', one to four words (a body's name), and a negation (not 'لا يزال', still; 'لا سيما'),
# a little after the verb ('أوضح لوسائل الإعلام أن الحركة لا ...')
_THAT_NOUN_NOT = re.compile(
    r"(?<!\S)[\u0628\u0644]?[\u0627]\u0646\s+(\S+(?:\s+\S+){0,3}?)\s+"
    r"(?:\u0644\u0645|\u0644\u064a\u0633|\u0644\u064a\u0633\u062a|\u0644\u0627(?!\s+(?:\u064a\u0632\u0627\u0644|\u062a\u0632\u0627\u0644|\u0633\u064a\u0645\u0627)))(?!\w)"
)
# 'وصفه', 'أسماه' (called it; he, she), folded, right before a quotation: the words of whoever did the calling; and
# 'بأنه' (as being) after a verb of calling no list holds ('ونعت X الأمر بأنه "..."')
_CALLED = frozenset(
    fold_words(w)
    for w in ("وصفه", "وصفها", "وصفته", "وصفتها", "أسماه", "أسمته", "سماه", "سمته", "وصفوه", "وصفوها", "بأنه", "بأنها")
)
_CALLED_HOW = "what the sentence's subject called it"
# 'على', 'في', 'عبر' (on, in, via), folded: before a platform's name in marks ('على "إكس":')
_ON_PLATFORM = frozenset({"\u0639\u0644\u064a", "\u0641\u064a", "\u0639\u0628\u0631"})
# 'so-called', 'named', 'known as', 'entitled' ('ما يسمى بـ"X"', 'المسماة "X"', 'المعروفة باسم "X"', 'في كلمة بعنوان
# "X"'): a name or a title in marks follows, no one's speech
_SO_CALLED = frozenset(
    fold_words(w)
    for w in "يسمى تسمى يسمي تسمي المسمى المسماة المسماه سمي سميت يعرف تعرف المعروف المعروفة باسم بعنوان عنوان".split()
)
# after a name in marks: 'that' and the quotation it opens ('على "تلغرام" إن "...')
_OPENERS_AFTER = re.compile(r"\s*\S{1,4}\s*[\"\u201c\u00ab]")
# 'نفي', 'تكذيب' (denial), folded: verbal nouns among the verbs of denying
_VERBAL_NOUNS = frozenset({"\u0646\u0641\u064a", "\u062a\u0643\u0630\u064a\u0628"})
_BY = frozenset({"\u0642\u0628\u0644", "\u062c\u0627\u0646\u0628", "\u0637\u0631\u0641"})  # قبل جانب طرف, after من
_ONE_OF = frozenset({"\u0627\u062d\u062f", "\u0627\u062d\u062f\u064a"})  # أحد إحدى (one of)
_BUT = frozenset({"\u0644\u0643\u0646", "\u0648\u0644\u0643\u0646"})  # لكن ولكن
_EXCEPT = frozenset({"\u0627\u0644\u0627", "\u063a\u064a\u0631", "\u0628\u064a\u062f"})  # إلا غير بيد (before أن)
_AS_FOR = frozenset({"\u0627\u0645\u0627", "\u0648\u0627\u0645\u0627"})  # أما وأما (as for), folded
_THEN_QAD = frozenset({"\u0641\u0642\u062f", "\u0641"})  # فقد ف, after the topic of 'أما' and before its verb
_IN = "\u0641\u064a"
_NEWS = fold_words("أنباء")
# commas and semicolons typed as words of their own, after a space
_LONE_MARKS = frozenset({"\u060c", ",", "\u061b", ";"})
# on, in, from, through, folded: where a subject between 'كان' and 'قد' is ('حسابات على منصة إكس')
_WHERE_AFTER_KANA = frozenset({_ON, _IN, "\u0645\u0646", "\u0639\u0628\u0631"})
# Honorifics before a person's name (sheikh, sayyid, hajj, general, brigadier, colonel, doctor, professor), folded: the
# given name 'علي' typed 'على' after one of them is a name, not 'on' (_ali_is_a_name).
_HONORIFICS_AR = frozenset(fold_words(w) for w in "الشيخ السيد الحاج اللواء العميد العقيد الدكتور الأستاذ".split())
# commenting, answering (folded, with 'و' or 'ف' before): verbs of saying that take 'على' after their subject ('وعلق X
# على ...', 'ورد X على ...')
_ANSWERS_ON = frozenset(
    fold_words(p + v)
    for p in ("", "\u0648", "\u0641")
    for v in ("رد", "ردت", "يرد", "ترد", "علق", "علقت", "يعلق", "تعلق")
)
# 'فيما', 'بينما', 'حين' (while, whereas), folded: a clause with its own verb and subject follows
_WHILE_CLAUSE = frozenset(fold_words(w) for w in ("فيما", "بينما", "حين"))
# فيه فيها فيهما خلاله خلالها خلالهما (in it, during it), after a verb in a statement's relative clause ('في بيان نفت
# فيه الوزارة ...'): one list for the subject that follows (Attributor) and for what is denied (_IN_THE_STATEMENT).
_IN_IT_FORMS = tuple(
    f"{p}{s}"
    for p in ("\u0641\u064a", "\u062e\u0644\u0627\u0644")
    for s in ("\u0647", "\u0647\u0627", "\u0647\u0645\u0627")
)
_IN_IT = frozenset(_IN_IT_FORMS)
_IN_FA = "\u062f\u0631"  # در
_FROM_FA = "\u0627\u0632"  # از
# What a label before a colon may add after its speaker: in answer to whom ('ردا على', 'تعليقا على'; 'در واکنش به',
# 'در پاسخ به').
_ANSWERING = frozenset(fold_words(w) for w in ("ردا", "رداً", "وردا", "تعليقا", "تعقيبا"))
_ANSWERING_FA = frozenset(fold_words(w) for w in ("واکنش", "پاسخ"))


def _after_kicker(masked: str, start: int, colon: int) -> int:
    """Where a label before a colon starts: after a kicker ended by a semicolon that opens the line ('واکنش X به
    گزارش Y؛ Z: ...', 'بعد الهجوم؛ Z: ...'), else at ``start``. A semicolon closes a clause, so no speaker's name runs
    across it."""
    return max(masked.rfind("\u061b", start, colon), masked.rfind(";", start, colon)) + 1 or start


def _answering(tokens: list[tuple[int, int, str, str]], i: int) -> bool:
    word = tokens[i][3]
    return word in _ANSWERING or (word == _IN_FA and i + 1 < len(tokens) and tokens[i + 1][3] in _ANSWERING_FA)


# Days written in two words, a number and 'شنبه': 'یک شنبه' ... 'پنج شنبه' (Sunday to Thursday).
_DAY_NUMBERS_FA = frozenset(fold_words(w) for w in ("یک", "دو", "سه", "چهار", "پنج"))
_SATURDAY_FA = fold_words("شنبه")
# A span of time that opens a sentence before its comma ('یک روز پس از ...، X گفت', a day after ..., X said): a number
# or 'some', a unit of time, then after, before (:meth:`ArabicScript._after_time_span`)
_SPAN_NUMBERS_FA = frozenset(fold_words(w) for w in "یک دو سه چهار پنج شش هفت هشت نه ده چند چندین".split())
_SPAN_UNITS_FA = frozenset(fold_words(w) for w in "روز هفته ماه سال ساعت دقیقه شب".split())
_SPAN_ONE_WORD_FA = frozenset(fold_words(w) for w in "ساعاتی دقایقی روزی روزها هفته‌ها ماه‌ها".split())
_SPAN_AFTER_FA = frozenset(fold_words(w) for w in "پس بعد قبل پیش".split())
_SELF_FA = "\u062e\u0648\u062f"  # خود (one's own): 'جان خود را' (their own life), an object
_LIE_FA = "\u062f\u0631\u0648\u063a"  # دروغ (a lie): 'دروغ گفت' is 'lied', not 'said' ('دروغ خواند' calls it one)
_SAYING_FA = re.compile("\u06af\u0641\u062a|\u06af\u0648")  # گفت، گو: the verb 'to say'
_SAID_FA = "\u06af\u0641\u062a"  # گفت
# 'و گو' after 'گفت', folded: 'گفت و گو', 'گفت وگوی' (talks, dialogue) is a noun, no 'said'
_TALKS_FA = re.compile("\\s*+\u0648\\s*+\u06af\u0648")
# the plural ending written apart, folded ('گفته های', 'اظهارات ها'): after a participle, a noun ('the sayings')
_RA_AFTER = re.compile("\\s*\u0631\u0627(?!\\w)")  # 'را' after a word, the object's end
# 'بار دیگر', 'یک بار دیگر' (once again) opening what follows a Persian subject
_AGAIN_FA = re.compile("^(?:\u06cc\u06a9\\s+)?\u0628\u0627\u0631\\s+\u062f\u06cc\u06af\u0631\\s+")
# 'با صدور بیانیه‌ای', 'با انتشار بیانیه‌ای', 'در بیانیه‌ای' (by issuing a statement, in a statement) opening an object
_BY_STATEMENT_FA = re.compile(
    "^(?:\u0628\u0627\\s+(?:\u0635\u062f\u0648\u0631|\u0627\u0646\u062a\u0634\u0627\u0631)|\u062f\u0631)\\s+"
    "\u0628\u06cc\u0627\u0646\u06cc\u0647[\u200c\\s]?\u0627\u06cc[\\s\u060c,]+(?=\\S)"
)
_RA_CLOSING = re.compile("(?<=\\S)\\s+\u0631\u0627\\s*$")  # 'را' closing an object before its verb
# 'را رد و آن' (rejected, and ... it), closing the object of a verb of calling after a denial whose light verb is
# left out ('ادعای ... را رد و آن را بی‌اساس دانست'); 'آن' or 'آنها' takes up the object before 'را رد'
_REJECTED_AND_IT_FA = re.compile(
    "(?<=\\S)\\s++\u0631\u0627\\s++(?:\u0631\u062f|\u062a\u06a9\u0630\u06cc\u0628|\u0627\u0646\u06a9\u0627\u0631)\\s++\u0648\\s++"
    "\u0622\u0646(?:[\u200c\\s]?\u0647\u0627)?$"
)
# 'که' (that) after a Persian verb, 'است' or 'بود' between; 'که' with the Persian kaf or the Arabic one ('كه'), as
# some outlets write it ('است' and 'بود' have one spelling)
_THAT_AFTER_VERB_FA = re.compile("(?:\\s+(?:\u0627\u0633\u062a|\u0628\u0648\u062f))?\\s+[\u06a9\u0643]\u0647\\s+")
_ONE_FA = fold_words("یک")
_CAME_FA = fold_words("آمده")  # (it) came
# 'در زمانی', 'در حالی', 'در شرایطی', 'در وقتی' (at a time, while, in circumstances) just before a verb, folded
_AT_A_TIME_FA = re.compile(
    "(?<!\\S)"
    + fold_words("در")
    + "\\s++(?:"
    + "|".join(fold_words(w) for w in ("زمانی", "حالی", "شرایطی", "وقتی"))
    + ")\\s*+$"
)
# an occasion after 'در' that opens a denial's words (a press conference, talks, an interview, a reaction, an answer)
_OCCASIONS_FA = frozenset(
    fold_words(w) for w in "نشست نشستی کنفرانس گفتگو گفتگوی گفت‌وگو گفت‌وگوی مصاحبه مصاحبه‌ای واکنش پاسخ".split()
)
# words, sayings, remarks, folded ('گفته‌ها', 'سخنان', 'حرف‌های'), and the plural ending written apart after them
_SAYINGS_FA = frozenset(fold_words(w) for w in "گفته گفته‌ها گفته‌های سخن سخنان حرف حرف‌ها حرف‌های ها های".split())
# the plural ending written apart, folded: ها، های، هایی، هایش
_PLURAL_WORDS_FA = frozenset(fold_words(w) for w in ("ها", "های", "هایی", "هایش"))
# 'some', before a plural noun (folded): 'برخی', 'بعضی'
_SOME_FA = frozenset(fold_words(w) for w in ("برخی", "بعضی"))
_PLURAL_APART_FA = re.compile("\\s+\u0647\u0627(?:\u064a|\u064a\u064a|\u064a\u0634)?(?!\\w)")
_THAT_FA = frozenset({"\u0627\u0646"})  # آن (that), folded
# the common noun of a body, for the head word its name is written with: 'این وزارتخانه' (this ministry) refers back
# to the ministry named 'وزارت X', as 'الوزارة' does to 'وزارة X' (Persian names a ministry 'وزارت', never
# 'وزارتخانه X')
_COMMON_HEADS = {fold_words("وزارتخانه"): fold_words("وزارت")}
_THIS_FA = frozenset(fold_words(w) for w in ("این", "همین", "آن", "همان"))  # this, this very, that, that very
_OTHER_FA = fold_words("دیگر")  # other ('از سوی دیگر', on the other hand)
# 'از' glued onto 'this' or 'that' ('ازاین', 'ازآن'), folded, as web copies write 'پیش از این' (before this)
_FROM_THIS_FA = frozenset(fold_words("از" + w) for w in ("این", "آن"))
# the whole phrase written as one word ('پیش‌ازاین', 'قبل‌ازآن'), folded: before or after this or that
_GLUED_FROM_THIS_FA = frozenset(fold_words(a + "از" + w) for a in ("پیش", "قبل", "پس", "بعد") for w in ("این", "آن"))
# 'این در حالی است که' (this is while), folded: the clause after 'که' is a sentence of its own
_WHILE_FA = re.compile(r"(?<!\S)" + fold_words("\u062d\u0627\u0644\u06cc") + r"\s*\u0627\u0633\u062a\s+\S+$")
# a Persian dateline, an outlet word and its name, then a dash (or a tatweel set as one), often with no space after
# it, and the place reported from before a colon: 'خبرگزاری X-', 'خبرگزاری X (Y) ـ کابل:'
# 'این در حالی است که' (this while), also 'حالیست' joined, opening a sentence before its subject
_WHILE_OPENS_FA = re.compile(
    "\\s*+(?:\u0648\\s*+)?\u0627[\u06cc\u064a]\u0646\\s++\u062f\u0631\\s*+\u062d\u0627\u0644[\u06cc\u064a][\\s\u200c]*+\u0627?\u0633\u062a"
    "\\s++[\u06a9\u0643]\u0647(?!\\S)"
)
_DATELINE = re.compile(
    r"\s*(\S+)(?:\s+[^\s\-\u2013\u2014\u0640:]+){1,4}?\s*[-\u2013\u2014\u0640]+\s*(?:[^\s:\u060c,]+(?:\s+[^\s:\u060c,]+)?\s*:\s*)?"
)
# a Persian dateline with a colon and no dash: an outlet word and its name, then a colon ('آژانس X: ...', 'خبرگزاری
# X: ...'); what follows is the report, with its own subject
_DATELINE_COLON = re.compile(r"\s*(\S+)(?:\s+[^\s:\u060c,\-\u2013\u2014\u0640]+){1,3}?\s*:\s*")
# an outlet's one-word tag opening a paragraph, then a colon, or a dash with a space before it: 'ایسنا: ', 'ایسنا - '
_WORD_TAG = re.compile(r"\s*[^\s:\u060c,\-\u2013\u2014\u0640]{2,20}(?:\s*:|\s+[-\u2013\u2014])\s+")
# 'a while' and 'ago' (folded), which together are a time: 'چندی پیش', 'مدتی قبل'
_A_WHILE_FA = frozenset(fold_words(w) for w in ("چندی", "مدتی"))
_AGO_FA = frozenset(fold_words(w) for w in ("پیش", "قبل"))
# a wire dateline of a place and an agency, each one word before a dash, however the dashes are spaced ('کابل -ایرنا -
# ', 'تهران- ایرنا- ', 'کسلا - کسنا - '): it opens the report, and the subject follows the second dash
_PLACE_AGENCY_TAG = re.compile(
    r"\s*[^\s/:\-\u2013\u2014\u060c,\u061b]{2,20}\s*[-\u2013\u2014]\s*[^\s/:\-\u2013\u2014\u060c,\u061b]{2,20}\s*[-\u2013\u2014]\s+"
)
# a reporter's byline after the outlet's name and a semicolon, one to three words before a dash ('باشگاه خبرنگاران
# کسلیا؛ رامین دلاوری - جنبش نور ... را تکذیب کرد'): the subject follows the dash
_BYLINE_DASH = re.compile(
    r"\s*[^\s:\-\u2013\u2014\u060c,\u061b]{2,20}(?:\s+[^\s:\-\u2013\u2014\u060c,\u061b]{2,20}){0,2}\s*[-\u2013\u2014]\s+"
)
# a Persian agency's tag opening its report, its name and a slash: 'مهر/ ', 'ایسنا/ ' (and so in a copy of it)
_SLASH_TAG = re.compile(r"\s*[^\s/]{2,20}(?:\s+[^\s/]{2,20})?\s*/\s+")
# the same tag with a dash against it, then a space: 'ایرنا- ', 'کسلان24- ' (a word with a space before its dash is
# no tag: 'X - Y' may join two names); the tag may be of several words, the dash against the last: 'باشگاه خبرنگاران
# کسلیا- دوریان کسلان، ... گفت'
_DASH_TAG = re.compile(
    r"\s*(?:[^\s/:\-\u2013\u2014\u060c,]{2,20}\s+){0,3}[^\s/:\-\u2013\u2014\u060c,]{2,20}[-\u2013\u2014]\s+"
)
# an agency's short name between two dashes (or kashidas, as ABNA types them) closing a lead 'به گزارش ...': 'به گزارش
# خبرگزاری کسلان ـ کسنا ـ دوریان کسلان، سخنگوی جنبش نور، گفت' (the subject follows the second dash, not the comma)
_LEAD_DASH_TAG = re.compile(
    r"\s[\u0640\-\u2013\u2014]\s*[^\s\u0640\-\u2013\u2014\u060c,]{2,20}(?:\s+[^\s\u0640\-\u2013\u2014\u060c,]{2,20})?"
    r"\s*[\u0640\-\u2013\u2014]\s+"
)
# 'که' (that) as written, with the Persian or the Arabic kaf (stored copies use either)
_THAT_KE_RAW = re.compile("(?<!\\S)[\u06a9\u0643]\u0647(?!\\S)")
# Persian news writes the yeh and kaf in either form, the Persian (ی، ک) or the Arabic (ي، ك), as many stored copies of
# Afghan and older pages do; the reference data lists a country's Persian name in one form ('پاکستان', 'سوریه')
_PERSIAN_LETTERS = str.maketrans("\u064a\u0643\u0649", "\u06cc\u06a9\u06cc")


# what a Persian title in marks follows, folded: a book, a film, a documentary, a novel, an article, an operation, an
# exercise, a slogan, a campaign ('کتاب «X»'): a name, not a quotation, whatever verb follows ('نوشته', written by)
_TITLED_FA = frozenset(fold_words(w) for w in "کتاب فیلم مستند رمان مقاله عملیات رزمایش شعار کارزار".split())
# a Persian word for a place, before its name in marks ('شهرستان «X»', 'روستای «X»', 'ولسوالی «X»'): a name, no words
# quoted
_PLACE_WORDS_FA = frozenset(
    fold_words(w) for w in "شهر شهرستان استان روستا روستای ولایت ولسوالی بخش منطقه بندر جزیره شهرک اردوگاه".split()
)


def _territory_fa(word: str) -> bool:
    """Whether a Persian word names a country, its yeh and kaf read in either form ('پاكستان' as 'پاکستان')."""
    return bool(lookup_territory(word) or lookup_territory(word.translate(_PERSIAN_LETTERS)))


def _country_name(words: str) -> bool:
    """Whether words are a country's name, not an adjective of one ('پاکستان', 'پاكستان', 'العراق')."""
    return is_country_name(words) or is_country_name(words.translate(_PERSIAN_LETTERS))


# a clause after 'که' closed by a comma, folded: a relative clause ('هر خبری که منتشر نشده است،')
_CLOSED_KE = re.compile(r"(?<!\S)" + fold_words("\u06a9\u0647") + r"(?!\S)[^\u060c,.]*[\u060c,]")
# Arabic 'we say' or 'I say' (نقول، ونقول، فنقول، أقول; 'نحن' before it), folded, and a colon within a few words
# after it ('نقول لمن يروج ...:'): a statement's own voice. After a fronted topic closed by a comma ('ما ورد في التقرير
# من ذكر ...، وقيل إنهم ...، نقول : ...') the topic's verbs tell the account answered, and the words after the colon
# are the statement's, whoever signs it; not after another's colon ('وقال X: نقول ...', X's).
_WE_SAY_AR = re.compile(
    "(?<!\\S)[\u0648\u0641]?(?:\u0646\u062d\u0646\\s+)?(?:\u0646\u0642\u0648\u0644|\u0627\u0642\u0648\u0644)"
    "(?:\\s+[^\\s:\u060c,.]+){0,5}\\s*:"
)
# A hashtag in Arabic script ('#العبادي', '#حزب_الله', 'و#بغداد'): the name it tags, read as the plain words. '#'
# becomes a space and '_' one too, so the paragraph keeps its length and every offset stays the archive's.
_HASHTAG = re.compile("#(?=[\u0621-\u064a\u0671-\u06d3])([^\\s#]+)")


def _untagged(text: str) -> str:
    """``text`` with its Arabic-script hashtags written as plain words ('#حزب_الله' as ' حزب الله')."""
    return _HASHTAG.sub(lambda m: " " + m.group(1).replace("_", " "), text) if "#" in text else text


# Marks some outlets type for double quotation marks, in a paragraph with none of those: a double prime ('ان ″ ...
# ″', as some Iraqi sites have it) and a doubled slash ('للصحفيين //نعلن ...// وأضاف', as the Saudi agency's copy has
# it; not in an address, after ':' or another slash). Unread, the words between them were no quotation, and a slash
# ended the speaker's name ('وتابع X //...': 'X //...').
_DOUBLE_PRIME = "\u2033"
_DOUBLED_SLASH = re.compile(r"(?<![:/])//(?!/)")
_DOUBLE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'


def _typed_marks(text: str) -> str:
    """``text`` with double primes and pairs of doubled slashes read as straight quotation marks, same length (a
    pair of slashes read so only around three words or more, set off by spaces: '// انتهى //', ended, closes the
    agency's copy)."""
    if any(ch in text for ch in _DOUBLE_MARKS) or (_DOUBLE_PRIME not in text and "//" not in text):
        return text
    text = text.replace(_DOUBLE_PRIME, '"')
    slashes = [m.start() for m in _DOUBLED_SLASH.finditer(text)]
    chars = list(text)
    for opening, closing in zip(slashes[::2], slashes[1::2], strict=False):
        # (a space or the paragraph's start before the opening pair, a space, a stop or the end after the closing
        # one: not slashes inside a word, 'news//page')
        spaced = text[opening - 1 : opening].strip() == "" and text[closing + 2 : closing + 3].strip(" .\u060c,") == ""
        if spaced and len(text[opening + 2 : closing].split()) >= 3:
            chars[opening : opening + 2] = ' "'  # (the mark against the first word quoted, as it opens)
            chars[closing : closing + 2] = '" '  # (and against the last, as it closes)
    return "".join(chars)


# The reporter's 'it is noted that' opening an Arabic sentence (يذكر أن، يشار إلى أن، الجدير بالذكر أن، تجدر الإشارة
# إلى أن; 'و' or 'ومن' before it), folded: an aside about the one named after 'أن', who is the subject of the verbs
# of saying the sentence goes on with and have none of their own ('يذكر أن X الذي ...، وقال ...': X said).
# (words that end the name after it: 'كان' 'كانت' 'قد' (had), 'الذي' 'التي' 'الذين' (who), folded)
_NOTED_ENDS = frozenset(
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
_NOTED_AR = re.compile(
    "\\s*\u0648?(?:\u0645\u0646 )?(?:\u064a\u0630\u0643\u0631|\u064a\u0634\u0627\u0631 \u0627\u0644\u064a|"
    "\u0627\u0644\u062c\u062f\u064a\u0631 \u0628\u0627\u0644\u0630\u0643\u0631|"
    "\u062a\u062c\u062f\u0631 \u0627\u0644\u0627\u0634\u0627\u0631\u0647 \u0627\u0644\u064a) \u0627\u0646 "
)
# 'went on' (واصل واصلت), folded: a verb of saying only before quoted words ('وواصل الوزير: "..."')
_GOING_ON = frozenset({"\u0648\u0627\u0635\u0644", "\u0648\u0627\u0635\u0644\u062a"})
# 'explained' (بيّن), folded as 'between' (بين) is: a verb of saying only opening its clause, with 'that' or a colon
# after its subject, and perhaps an aside between commas ('وبيّن الوزير أن ...', 'وبيّن المصدر، الذي طلب عدم ذكر
# اسمه، أن ...'; not 'اتفاق بين الطرفين')
_EXPLAINED = fold_words("\u0628\u064a\u0646")
_EXPLAINED_SAYS = re.compile(
    r"(?:\s+[^\s\u060c,.:]+){1,8}?(?P<aside>\s*[\u060c,][^\u060c,.:]{1,80}[\u060c,])?"
    r"(?:\s*:|\s+(?:[بل]?\u0627\u0646(?:\u0647|\u0647\u0627|\u0647\u0645)?)(?!\w))"
)
# 'upon him, her, them' and 'peace' (عليه السلام), folded: the blessing written after a holy name
_UPON = frozenset(fold_words(w) for w in ("عليه", "عليها", "عليهما", "عليهم", "علیه", "علیها", "علیهم"))
_PEACE = fold_words("السلام")
# A Persian verb of saying in the passive, folded: شد، شود، شوند; the formal گردید، گردد، گردند ('تکذیب گردید'; the
# plural as the singular); and 'قرار گرفت', 'قرار می‌گیرد' after 'مورد' ('مورد تکذیب قرار گرفت', was subjected to
# denial).
_PASSIVE_VERB_FA = re.compile(
    "\u0634(?:\u062f|\u0648\u0646?\u062f)|\u06af\u0631\u062f(?:\u064a\u062f|\u0646?\u062f)"
    "|\u0642\u0631\u0627\u0631\\s*(?:\u06af\u0631\u0641\u062a|\u0645\u064a\\s*\u06af\u064a\u0631)"
)
# the Persian passive's auxiliary after a participle, folded ('گفته شود', is said; 'شده', has been)
_PASSIVE_FA = re.compile(
    r"\s*(?:\u0645\u064a\s*)?\u0646?(?:\u0634\u0648\u062f|\u0634\u0648\u0646\u062f|\u0634\u062f\u0647|\u0634\u062f)(?!\w)"
)
# 'خواست' (asked) before 'his name', 'the name', 'identity', folded: 'که خواست نامش فاش نشود' (who asked that his
# name not be given) is a wish about the name, no speech
_WISHED_FA = fold_words("خواست")
_NAME_WITHHELD_FA = re.compile(
    r"\s*(?:" + "|".join(fold_words(w) for w in ("نامش", "اسمش", "نام", "اسم", "هویتش", "هویت")) + r")(?!\w)"
)
# the reporter's formulas that open a sentence, folded: 'این در حالی است', 'گفتنی است', 'شایان ذکر است', 'لازم به ذکر'
_REPORTER_FA = re.compile(
    "(?:" + "|".join(fold_words(w) for w in ("این در حالی", "گفتنی است", "شایان ذکر", "لازم به ذکر")) + r")(?!\w)"
)


def _without_ezafe(word: str) -> str:
    """A folded Persian word without the ezafe written after its final 'ه' with a zero-width non-joiner, which folding
    joins on ('منطقه\u200cی', folded 'منطقهي', is 'منطقه'): the word a list of words holds."""
    return word[:-1] if word.endswith("\u0647\u064a") else word


# a region or a state's word before its name in marks ('منطقه جدایی‌طلب «X»', the breakaway region X), folded
_REGION_WORDS_FA = frozenset(fold_words(w) for w in ("منطقه", "ایالت", "جمهوری", "رژیم"))
# a reporter, folded: 'خبرنگار', 'گزارشگر' (a speaker who tells the news, no party to it)
_REPORTERS_FA = frozenset(fold_words(w) for w in ("خبرنگار", "گزارشگر"))
# a Persian description of one to four words, then a name in marks: 'گروه تروریستی «X»', 'سخنگوی وزارت «X»'
_DESCRIBED_NAME = re.compile(r"(\S+(?:\s+\S+){0,3})\s+[\u00ab\"\u201c]([^\u00bb\"\u201d]{2,60})[\u00bb\"\u201d]")
# after a Persian verb of denying, folded: its light verb negated ('تکذیب نکرد', did not deny), or refraining from it
_UNSAID_FA = re.compile(r"\s*ن(?:كرد|نمود|مي\s*كن)")
_REFRAINED_FA = re.compile(r"[^.\u060c]{0,60}?(?<!\S)(?:خودداري|امتناع)")
# 'issued a statement' in Persian, folded: 'بیانیه‌ای صادر کرد', 'اطلاعیه منتشر نمود'
_ISSUED_FA = re.compile(
    r"(?<!\S)(\u0628\u064a\u0627\u0646\u064a\u0647|\u0627\u0637\u0644\u0627\u0639\u064a\u0647)(?:\u0627\u064a)?"
    r"\s+(?:\u0635\u0627\u062f\u0631|\u0645\u0646\u062a\u0634\u0631)\s*(?:\u0643\u0631\u062f|\u0646\u0645\u0648\u062f)"
)
# 'saying this', 'pointing to this' (با بیان این مطلب، ضمن اشاره به این مطالب), folded: the words just quoted are his
_SAYING_THIS_FA = re.compile(
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
_BROUGHT_FA = re.compile(
    r"(?<!\S)\u0627\u0648\u0631\u062f\u0647(?:\s+\u0627\u0633\u062a)?(?=\s*+(?::|\u0643\u0647(?!\S)))"
)
# 'in a statement, message or note (of its own)' right before it, folded ('در بیانیه خود', 'در پیامی', 'در یادداشتی')
_IN_A_WRITING_FA = re.compile(
    r"(?<!\S)\u062f\u0631\s+(?:[^\s.:\u060c]+\s+){0,2}?"
    r"(?:"
    + _STATEMENT_NOUNS_FA
    + r"|\u067e\u064a\u0627\u0645|\u064a\u0627\u062f\u062f\u0627\u0634\u062a)(?:\u0627\u064a|\u064a)?"
    r"(?:\s+[^\s.:\u060c]+){0,3}?\s*$"
)
# 'in (this) statement (of X)' right before a Persian passive of saying, folded ('در اعلامیه این نهاد تاکید شده')
_IN_STATEMENT_FA = re.compile(r"(?<!\S)" + _IN_A_STATEMENT_FA + r"(?:\s+[^\s.:\u060c]+){0,6}?\s*$")
# a sentence that opens with 'in (this) statement (of X)', folded: its passive of saying, however far after it, has the
# statement as its subject ('در بیانیه X که روز شنبه ... منتشر شد، با اشاره به ... نوشته شده: «...»')
_OPENS_IN_STATEMENT_FA = re.compile(r"\s*+" + _IN_A_STATEMENT_FA + r"(?!\S)")
_WHILE_DOING = frozenset(fold_words(w) for w in ("ضمن", "با"))  # while, with (a verbal noun after them)
_AFTER_FA = "\u067e\u0633"  # پس ('پس از تکذیب', after denying)
_MADE_FA = frozenset(fold_words(w) for w in ("شده", "منتشرشده", "شد"))  # ('مطرح شده', raised): a claim's participle
_BUT_FA = frozenset(fold_words(w) for w in ("اما", "ولی"))  # but
# a finite verb that ends a Persian clause before 'و' (and): the light verbs' past, perfect and auxiliaries (not
# those of compounds with 'و': 'رفت و آمد' comings and goings, 'داد و ستد' trade)
_ENDS_CLAUSE_FA = frozenset(
    fold_words(stem + ending)
    for stem in ("کرد", "نمود", "شد", "گردید", "داشت", "بود")
    for ending in ("", "ند", "ه", "ه\u200cاند", "هاند")
) | frozenset(fold_words(w) for w in ("است", "اند", "هستند"))
_AND_FA = "\u0648"  # و
_ARE_FA = fold_words("اند")  # (they) are, the perfect's ending written apart
_PLURAL_VERB_ENDS_FA = tuple(fold_words(e) for e in ("دند", "تند", "هاند", "نند", "یند"))
_NOT_IS_FA = frozenset(fold_words(w) for w in ("نیست", "نیستند", "نبود", "نبودند", "هست"))
_THAT_KE_FA = "\u0643\u0647"  # که (that), folded
_AND_BUT_FA = frozenset(fold_words(w) for w in "و اما ولی".split())  # and, but, folded: a clause of its own after
_THIS_COUNTRY_FA = ["\u0627\u064a\u0646", "\u0643\u0634\u0648\u0631"]  # این کشور (this country), folded
_YET_FA = "\u0647\u0646\u0648\u0632"  # هنوز (yet)
# a negated past or perfect verb that ends a Persian sentence ('نکرده است', 'ننموده است', 'نداده‌اند', 'نداشته')
_NEGATED_END_FA = re.compile(
    r"(?<!\S)ن(?:كرد|نمود|داد|داشت|فرستاد|گرفت|رفت|بود)(?:ه|ند|يم)?(?:\s*(?:است|اند|ايم|بود))?$"
)
_ALSO_FA = frozenset(fold_words(w) for w in ("نیز", "همچنین", "هم"))  # also, after 'و' ('و نیز')
# 'Islamic' (اسلامی), folded: a family name too, but after an office and its body the body's adjective ('سخنگوی امارت
# اسلامی X', 'جمهوری اسلامی'), never the first word of the name that follows
_ISLAMIC_FA = fold_words("اسلامی")
# the forms of a state before its country's name ('جمهوری اسلامی ایران', 'پادشاهی عربستان', 'امارت اسلامی افغانستان')
_STATE_FORMS_FA = frozenset(fold_words(w) for w in ("جمهوری", "اسلامی", "پادشاهی", "امارت", "فدرال", "دموکراتیک"))
_COUNTRY_FA = fold_words("کشور")  # country
# a Persian verb in the present ('محکوم می‌کند', 'رد می‌کند'), folded: a word of it opening with 'می'
_PRESENT_FA = re.compile(r"(?<!\S)\u0645\u064a(?=\S)|(?<!\S)\u0645\u064a\s")
_TOO_FA = frozenset(fold_words(w) for w in ("نیز", "هم"))  # too, also
_PREPOSITIONS_FA = frozenset(fold_words(w) for w in ("به", "در", "از", "با", "برای", "بر", "علیه"))
_RA = "\u0631\u0627"  # را, after a Persian definite object
# A claim's noun with the indefinite ending and 'که' right before a subject ('اتهامی که X آن را رد کرد', an accusation
# that X denied): the relative clause's head, what 'آن' (it) takes up (:meth:`ArabicScript._taken_up_claim`)
# (the indefinite ending may stand apart, 'شایعه ای که': the head is the word before it)
_TAKEN_UP_HEAD_FA = re.compile("(?<!\\S)(\\S++)(?:\\s++\u0627[\u06cc\u064a])?\\s++[\u06a9\u0643]\u0647\\s*+$")
# 'was published, was raised, that' ('خبری ... منتشر شد که X آن را رد کرد'), right before the subject
_PUBLISHED_THAT_FA = re.compile(
    "(?<!\\S)(?:منتشر|مطرح|پخش)\\s*+(?:شد|شده|شده\\s++بود|گردید)\\s++[\u06a9\u0643]\u0647\\s*+$"
)
_CLAIM_HEADS_FA = frozenset(
    fold_words(w) for w in "اتهامی ادعایی خبری گزارشی شایعه‌ای شایعه ای ادعاهایی اتهاماتی اخباری گزارش‌هایی".split()
)
_WITH_FA = "\u0628\u0627"  # با (with)
_TO_FA = "\u0628\u0647"  # به (to)
# a Persian verb in the present, first person plural ('می‌داریم', 'نمی‌کنیم'), folded with its parts joined
_WE_DO_FA = re.compile(r"ن?\u0645\u064a\S{2,}\u064a\u0645")
# therefore, for this reason, so ('به همین دلیل', 'بنابراین', 'لذا', 'از این رو'), folded, opening a sentence
_THEREFORE_FA = re.compile(
    "(?:\u0628\u0647 \u0647\u0645\u064a\u0646 \u062f\u0644\u064a\u0644|\u0628\u0646\u0627\u0628\u0631\u0627\u064a\u0646"
    "|\u0644\u0630\u0627|\u0627\u0632 \u0627\u064a\u0646 \u0631\u0648)(?!\\w)"
)
_THEY_FA = "\u0627\u0646\u0647\u0627"  # آنها (they), folded
_CLAIMED_FA = "\u0627\u062f\u0639\u0627"  # ادعا (claimed: ادعا کرد), folded
# (a Persian plural's ending: 'مسئولان', 'مقامات', 'رسانه‌ها'; a one-word speaker so ended may be many)
# Persian plural offices (spokesmen, commanders, representatives, members, officials), folded: many people, never
# the one person who spoke last ('X گفت: مسئولان نمونه تاکید کردند ...')
_PLURAL_OFFICES_FA = frozenset(
    fold_words(w) for w in "سخنگویان فرماندهان نمایندگان اعضای اعضا مسئولان مسئولین مسؤولان مسوولان".split()
)
_PLURAL_END_FA = re.compile(r"(?:\u0627\u0646|\u0647\u0627|\u0647\u0627\u064a|\u0627\u062a)$")
# 'تابع' (went on; as an adjective before 'ل', affiliated to), folded, without a conjunction written on it
_AFFILIATED = frozenset({"\u062a\u0627\u0628\u0639", "\u062a\u0627\u0628\u0639\u062a"})
# the verbs that end a short relative clause ('که نخواست نامش فاش شود', who did not want his name disclosed; 'که
# در محل حضور داشت', who was there), folded: to be, to become, to have, to want, in the past and the subjunctive
_CLAUSE_END_FA = frozenset(
    fold_words(w)
    for w in "شود نشود شد نشد شده باشد نباشد بود نبود است نیست دارد ندارد داشت نداشت خواست نخواست خواهد".split()
)
# the past participles that end a Persian clause with its verb ('حمله کرده،', 'کشته شده،')
_PARTICIPLES_FA = frozenset(fold_words(w) for w in "کرده شده داده بوده گرفته زده".split())
# a Persian clause's closing verb or auxiliary (شد بود است بودند شدند), where an opening 'while' clause ends
_CLAUSE_VERBS = frozenset(fold_words(w) for w in "شد بود است بودند شدند".split())
_ISSUED = frozenset({"\u0635\u0627\u062f\u0631", "\u0627\u0644\u0635\u0627\u062f\u0631"})  # صادر الصادر (issued)
_ISSUED_VERB = "\u0635\u062f\u0631"  # صدر (was issued), before 'عن' and the issuer
_DEFINITE = ("\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644")  # ال وال بال لل
# 'his name', 'her identity', folded: the clause after an unnamed source ('فضل عدم الكشف عن اسمه'); the plural too
# ('مسؤولون رفضوا الكشف عن أسمائهم', 'مصادر رفضت الكشف عن هويتها')
_ANONYMOUS = frozenset(fold_words(w) for w in "اسمه اسمها اسمهم أسمائهم هويته هويتها هويتهم هوياتهم".split())
# the words of a day that may stand between a verb and its subject, folded ('ونفت أمس الوزارة', 'ونفت يوم الأحد X')
_TIMES_AR = frozenset(
    fold_words(w)
    for w in (
        "أمس يوم اليوم مساء صباح ليل ليلة فجر ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
    ).split()
)
# 'for its part', 'in turn', folded, written between a verb and its subject ('ونفت بدورها الوزارة')
_TURNS_AR = frozenset(
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
_REMARKS_AR = frozenset(fold_words(w) for w in ("تصريح", "تصريحات", "تغريدة", "منشور"))
_TO = "\u0627\u0644\u064a"  # إلى (to), folded
# 'نسب X إلى Y قوله' (X ascribed to Y his saying), folded: Y speaks
_ASCRIBED = re.compile(
    r"(?<!\S)(و?نسب(?:ت|وا)?)(?!\S)(?=[^.:]{0,60}?(?<!\S)\u0627\u0644\u064a\s[^.:]{1,60}?(?<!\S)قول(?:ه|ها|هم)(?!\S))"
)
# a remark, an interview, a talk, before 'لـ"X"' (to the outlet X): 'في تصريح لـ"X"', 'في حديث لـ"X"'
_TOLD_IN = frozenset(fold_words(w) for w in ("تصريح", "تصريحات", "حديث", "مقابلة", "لقاء"))
# learned, came to know (an outlet, before 'من مصدر'): 'علمت "X" من مصدر مطلع'
_LEARNED = frozenset(fold_words(w) for w in ("علمت", "وعلمت", "علم", "وعلم"))
_STATEMENT_OF_AR = frozenset(
    fold_words(w) for w in ("له", "لها", "لهم", "رسمي", "صحفي", "صحفية", "صحافي", "صحافية", "مقتضب", "مقتضبة")
)
# The definite participles that describe a body after its name by whom it stands with: 'حركة النور المدعومة من
# كسليا' (backed by), 'المقربة من' (close to), 'الموالية لكسليا' (loyal to), 'التابعة لوزارة الدفاع' (belonging to),
# 'المحسوبة على' (counted with), 'المتحالفة مع' (allied with), 'المدعومة كسليًا'. They are no word of the body's name,
# and what it denies starts after them, not at 'من كسليا'.
_DESCRIBING = frozenset(
    fold_words(w)
    for w in (
        "المدعوم المدعومة المدعومين المدعومون المقرب المقربة المقربين المقربون الموالي الموالية الموالين الموالون "
        "التابع التابعة التابعين التابعون المرتبط المرتبطة المرتبطين المرتبطون المتحالف المتحالفة المتحالفين "
        "المتحالفون المحسوب المحسوبة المحسوبين المحسوبون"
    ).split()
)
# The outlets a source tells, without 'ل' ('أفاد مصدر ... وكالة فرانس برس'), folded.
_TOLD_OUTLETS = frozenset(fold_words(w) for w in "وكالة قناة صحيفة شبكة موقع جريدة".split())
_MORNING = fold_words("صباح")
# What follows 'صباح' (morning) as a time, not as a given name's family name, besides the words of time and the
# weekdays: 'صباح الغد' (tomorrow morning), 'الباكر' (early), the last or next, a feast ('صباح العيد').
_MORNING_AFTER = frozenset(fold_words(w) for w in "الغد الباكر الماضي التالي الأمس الثلاثاء العيد".split())
# asking, preferring, refusing, folded: the verb of an unnamed source's wish to stay unnamed ('مسؤول طلب عدم الكشف عن
# اسمه', an official who asked that his name not be given), which ends the source with or without commas around it
_WISHING = frozenset(fold_words(v + e) for v in ("طلب", "فضل", "رفض", "آثر", "اشترط") for e in ("", "ت", "وا"))
# the relative pronouns (التي الذي الذين), and 'عدم' (not), after which the verb's letters are a noun ('عدم ذكر اسمه')
_RELATIVE = re.compile(
    r"(?<!\S)(?:\u0627\u0644\u062a\u064a|\u0627\u0644\u0630\u064a|\u0627\u0644\u0630\u064a\u0646|\u0639\u062f\u0645)\s*$"
)
# 'في الوقت الذي' (at the time when, while), folded: a relative pronoun that opens a clause of time, not a description
_WHILE_WHEN = re.compile(
    r"(?<!\S)\u0627\u0644\u0648\u0642\u062a\s+(?:\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a)\s*$"
)
# the relative pronouns (الذي التي, who; والذي والتي, and who), folded, and the verbs of talking to someone (تحدث
# تواصل اتصل): 'تحدثت X إلى Y، ...، والذي نفى' (X talked to Y, who denied)
_WHO = frozenset(fold_words(w) for w in ("والذي", "والتي", "الذي", "التي"))
_TALKED = frozenset(fold_words(p + v + e) for p in ("", "و") for v in ("تحدث", "تواصل", "اتصل") for e in ("", "ت"))
# operating, active, based, deployed, present (folded): where a body is, before 'في' ('العامل في كسليا')
_BASED = frozenset(
    fold_words(w + e) for w in ("العامل", "الناشط", "المتمركز", "المنتشر", "الموجود", "المقيم") for e in ("", "ة")
)
# 'لدى' (at, to), folded, and the words of an envoy, folded without the article: 'السفارة الكسلية لدى باريس'
_AT = "\u0644\u062f\u064a"
_ENVOYS = frozenset(fold_words(w) for w in ("سفارة", "سفير", "سفيرة", "مندوب", "مندوبة", "بعثة", "ممثل", "ممثلة"))
# commenting, folded ('علقت الحركة على البيان'), and 'by saying' ('بالقول إن'), which gives what the comment was
_COMMENTED = frozenset(fold_words(w) for w in ("علق", "علقت", "علقوا"))
_SAID_BY = frozenset(fold_words(w) for w in ("بالقول", "قائلا", "قائلة", "قائلين"))
# its, their (folded), written onto a body's word: 'مكتبها السياسي' (its political bureau), 'قيادتهم'
_ITS = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")
_CAME = frozenset({"\u062c\u0627\u0621", "\u0648\u062c\u0627\u0621"})  # جاء وجاء (it came), folded
_ACCORDING_WITH = "\u0648\u0641\u0642"  # وفق (according to; in accordance with)
_SAYING = frozenset(fold_words(w) for w in ("قول", "تصريح", "رواية"))  # (folded: 'حسب رواية الجيش', the army)
# a statement, a remark (تصريحا، تصريحات): 'نشرت تصريحا لـX' (published a statement of X)
_STATEMENT_OF = frozenset(
    {
        "\u062a\u0635\u0631\u064a\u062d",
        "\u062a\u0635\u0631\u064a\u062d\u0627",
        "\u062a\u0635\u0631\u064a\u062d\u0627\u062a",
    }
)
_THAT = frozenset(
    {"\u0627\u0646", "\u0628\u0627\u0646", "\u0627\u0646\u0647", "\u0627\u0646\u0647\u0627"}
)  # أن إن بأن أنه أنها
# 'لم', 'لن', 'لا', 'ليس', 'ليست', 'قد', folded: the first word of a verb after its subject ('أن "X" لم تتلق')
_NOT_OR_HAD = frozenset(
    {"\u0644\u0645", "\u0644\u0646", "\u0644\u0627", "\u0644\u064a\u0633", "\u0644\u064a\u0633\u062a", "\u0642\u062f"}
)
_BARE_THAT = frozenset({"\u0627\u0646", "\u0628\u0627\u0646"})  # أن إن بأن, folded (not 'أنه': a pronoun subject)
_KUNYA = frozenset({"\u0627\u0628\u0648", "\u0627\u0645", "\u0627\u0628\u0646", "\u0628\u0646"})  # أبو أم ابن بن
_ABD = frozenset({"\u0639\u0628\u062f"})  # 'عبد' before 'الله', 'الرحمن': one given name
# 'ميليشيا', 'حركة', 'جماعة', 'تنظيم', 'تشكيل', 'فصيل', 'منظمة', folded: the word for a body's kind before its name
_KIND_WORDS = frozenset(
    fold_words(w) for w in ("ميليشيا", "ميلشيا", "ميليشيات", "حركة", "جماعة", "تنظيم", "تشكيل", "فصيل", "منظمة")
)
# 'الدين', 'الله', folded: the second word of a given name ('عماد الدين', 'ذبيح الله')
_OF_GOD = frozenset({"\u0627\u0644\u062f\u064a\u0646", "\u0627\u0644\u0644\u0647"})
# Military ranks, folded: a rank is followed by its holder's name, whose given name may take the article as
# Sudanese and Libyan ones do ('العقيد الطاهر X', 'اللواء الهادي Y'); and a rank's own qualifiers, never a name's
# ('العميد المتقاعد X', retired; 'العقيد الطيار X', pilot).
_RANKS = frozenset(
    fold_words(w) for w in "اللواء العميد العقيد الفريق المقدم الرائد النقيب العماد الركن المشير".split()
)
_RANK_QUALIFIERS = frozenset(fold_words(w) for w in "المتقاعد الطيار البحري الجوي المهندس الحقوقي الدكتور".split())
_NOT_NAMES = frozenset({"\u0628\u0627\u0633\u0645"})  # 'باسم' (on behalf of), between an office and its body
# Arabic offices that serve a person, without the article: before a given name they govern it, 'مستشار سامي
# الوردي' is Sami al-Wardi's adviser, never Sami himself (a title before a name takes the article: 'المستشار X'). Not
# 'مساعد' nor 'أمين', given names too ('مساعد سامي الوردي' may be one man's three names).
_AIDES = frozenset(fold_words(w) for w in "مستشار مستشارة نائب معاون مدير مديرة".split())
# 'باسمه', 'باسمها', 'باسمهم' (on its behalf), folded: 'الناطق باسمها X', the spokesman of the body just named
_ON_ITS_BEHALF = frozenset(
    {"\u0628\u0627\u0633\u0645\u0647", "\u0628\u0627\u0633\u0645\u0647\u0627", "\u0628\u0627\u0633\u0645\u0647\u0645"}
)
_TO_OUTLET = re.compile(r"^\u0644(?:\u0640|[\"\u201c\u00ab])")
# A list item: a dash or bullet, or an Arabic ordinal ('أولاً:'), opening the paragraph.
_LIST_ITEM = re.compile(
    r"^\s*(?:[-\u2013\u2022*]\s*|(?=(?:\u0623\u0648\u0644|\u062b\u0627\u0646|\u062b\u0627\u0644\u062b|\u0631\u0627\u0628\u0639)\S*\s*:))"
)
_MARKS = '["\u201c\u201d\u00ab\u00bb]'
_OPENERS = '\u201c\u00ab"\u201e'
# calling on, urging, demanding, folded ('دعا X إلى نفي ...': the one called on has not denied)
_CALLING_ON = frozenset(
    "\u062f\u0639\u0627 \u062f\u0639\u062a \u064a\u062f\u0639\u0648 \u062a\u062f\u0639\u0648 "  # دعا دعت يدعو تدعو
    "\u0637\u0627\u0644\u0628 \u0637\u0627\u0644\u0628\u062a \u064a\u0637\u0627\u0644\u0628 \u062a\u0637\u0627\u0644\u0628 "  # طالب
    "\u062d\u062b \u062d\u062b\u062a \u064a\u062d\u062b \u062a\u062d\u062b "  # حث حثت يحث تحث
    "\u0646\u0627\u0634\u062f \u0646\u0627\u0634\u062f\u062a".split()  # ناشد ناشدت
)
# those a statement calls on, folded: the media, the citizens, the people, everyone ('دعت وسائل الإعلام إلى ...')
_HEARERS = frozenset(fold_words(w) for w in ("وسائل", "المواطنين", "الأهالي", "الجميع"))
_BARE_AN = "\u0627\u0646"  # أن, folded
# the relative 'what' (ما، مما), folded: the subject of a present verb right after it ('ما يؤكد أن', what confirms that)
_WHAT_AR = frozenset({"\u0645\u0627", "\u0645\u0645\u0627"})
# the particles that negate a verb, folded, with 'and' or 'so' written on them ('ولم يكذب X الأنباء', X did not deny
# the reports; 'لا ينفي', does not deny), and being able ('لم يستطع X نفي ...', X could not deny): a negated verb of
# denying, or a denial one could not make, denies nothing
_NEGATORS = frozenset(fold_words(p + w) for p in ("", "و", "ف") for w in ("لم", "لا", "لن"))
_ABLE = frozenset(fold_words(w) for w in ("يستطع", "تستطع", "يستطيع", "تستطيع", "يتمكن", "تتمكن", "يقدر", "تقدر"))
# 'أن' and a present verb within a few words after a verb ('رفضت الحكومة أن تنفي', refused to deny), folded
_TO_DO = re.compile(r"((?:\s+[^\s.\u060c]+){0,3}?)\s+\u0627\u0646\s+[\u064a\u062a\u0646]\S+")
_DENIAL_NOUN_FA = "\u062a\u0643\u0630\u064a\u0628"  # تکذیب, folded: alone, the noun or a verb's first part
_THAT_AFTER_FA = re.compile(r"\s*\u0643\u0647(?!\S)")  # ' که' right after a verb, folded
# 'پرداخت', 'می‌پردازد' (set about) closing the clause of 'به تکذیب ...' (folded; not past a comma or a stop)
_ENGAGED_IN_FA = re.compile(
    r"[^.\u060c,:\u061b!?\u061f]{0,160}?(?<!\S)(?:\u067e\u0631\u062f\u0627\u062e\u062a|\u0645\u064a\s*\u067e\u0631\u062f\u0627\u0632)"
)
# 'تنصل' (disowned), folded, in every form of it ('تنصلت', 'يتنصل')
_DISOWNING = "\u062a\u0646\u0635\u0644"
# 'نأى بنفسه عن' (distanced himself from), folded, an attack or a statement after it ('نأت الحركة، السبت، بنفسها عن
# قصف السفارة', 'ينأى بنفسه عن البيان'): disowned, as with 'تنصل'; not a side keeping out of a war or a quarrel ('نأى
# لبنان بنفسه عن الصراع'), a policy, which is refused only as claims are
_DISTANCED_FROM = re.compile(
    # (possessive repeats: a word and the spaces after it are read whole, never split again)
    r"(?:\s++[^\s.]++){0,8}?\s++\u0628\u0627?\u0646\u0641\u0633\S*+\s++\u0639\u0646\s++(?:\u0627\u0644)?"  # بنفسه / بأنفسهم عن (ال)
    r"(?:\u0642\u0635\u0641|\u0647\u062c\u0648\u0645|\u0647\u062c\u0645\u0627\u062a|\u0647\u062c\u0645\u0629"  # قصف هجوم هجمات هجمة
    r"|\u0627\u0633\u062a\u0647\u062f\u0627\u0641|\u0627\u0639\u062a\u062f\u0627\u0621|\u062a\u0641\u062c\u064a\u0631"  # استهداف اعتداء تفجير
    r"|\u0639\u0645\u0644\u064a\u0629|\u0628\u064a\u0627\u0646|\u062a\u0635\u0631\u064a\u062d|\u0645\u0627(?!\S))"  # عملية بيان تصريح ما
)
# a denial named as a noun, folded ('نفي', 'النفي', 'تکذیب', 'تکذیب‌های', 'إنكار'; not the verbs 'نفت', 'تکذیب کرد')
_DENIAL_NOUN = re.compile(
    "(?:\u0627\u0644|\u0644\u0644)?(?:\u0646\u0641\u064a|\u062a\u0643\u0630\u064a\u0628|\u0627\u0646\u0643\u0627\u0631)"
    r"\S{0,4}"
)
# 'هو' (he), 'هي' (she), folded, and the gender of the verb they agree with
_HE_SHE = {"\u0647\u0648": "m", "\u0647\u064a": "f"}
# a preposition written onto the article ('بالوفد', 'للوفد', 'كالعادة'): no word of a name
_ARTICLE_AFTER = ("\u0628\u0627\u0644", "\u0644\u0644", "\u0643\u0627\u0644")
# how a person named as the subject of a sentence that is no speech is recorded as the last one named
_NAMED_HOW = "named as the subject of the sentence before"
# the marks that close a name in marks, and the punctuation that may follow them ('لـ"النهار"،')
_CLOSERS = '"\u201d\u00bb'
_PUNCT_NO_MARKS = "\u060c,:;\u061b.!?\u061f()"
_PUNCT = '\u060c,:;\u061b.!?\u061f\u201c\u201d\u00ab\u00bb"()[]-\u2013\u2014\u2591\u066c'
_CUT_BEFORE = "(:\u060c,"
_CUT_AFTER = '\u060c,:;\u061b\u201d\u00bb")'
# a claim ('تصريحات خالد الكسلي بأن', the statements of Khalid that), folded, and 'that' after its owner's name
_CLAIMS_OF = frozenset(
    "تصريحات التصريحات ادعاءات الادعاءات اتهامات الاتهامات مزاعم المزاعم اقوال زعم قول روايه الروايه".split()
)
_THAT_OF = frozenset("ان بان انه بانه انها بانها انهم بانهم".split())
# 'من', 'عن', 'على', 'إلى' (of, about, on, to), folded: the preposition a verb of saying takes before 'أن'
_BEFORE_THAT = frozenset("\u0645\u0646 \u0639\u0646 \u0639\u0644\u064a \u0627\u0644\u064a".split())


def _quoted_words(text: str) -> str:
    """Quoted words folded, without marks or final stops, to compare two quotations of the same words."""
    return " ".join(fold_words(re.sub(_MARKS, " ", text)).strip(" .!\u061f").split())


# A Persian verb in the first person plural, its last word ending '-یم' ('رد می‌کنیم', 'تکذیب کردیم'): 'we'.
_WE_VERB_FA = re.compile("[\u064a\u06cc]\u0645$")


def _with_pronoun(word: str, fw: str) -> bool:
    """Whether a word, as written (``word``) and folded (``fw``), ends with a pronoun ('وصوله', 'بيانها', 'قيادتهم'):
    the 'ه' that a closing 'ة' folds to is none ('لدى السعودية', 'لدى الجامعة العربية')."""
    if not fw.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")):
        return False
    return not word.strip(_PUNCT).rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("\u0629")


# An Arabic verb of denying in the first person, present or past ('ننفي', 'أرفض', 'نفينا', and after 'و'): 'we' or
# 'I', no subject after it. A statement on a body's own site speaks so outside any quotation ('نحن ننفي بشدة هذه
# الأخبار'), where the word after the verb is its object, never its denier.
_WE_DENY_AR = re.compile(
    "[\u0648\u0641]?(?:\u0646\u0646\u0641\u064a|\u0627\u0646\u0641\u064a|\u0646\u0631\u0641\u0636|"
    "\u0627\u0631\u0641\u0636|\u0646\u0646\u0643\u0631|\u0646\u0643\u0630\u0628|\u0646\u0641\u064a\u0646\u0627|"
    "\u0631\u0641\u0636\u0646\u0627|\u0646\u0641\u0646\u062f|\u0646\u062f\u062d\u0636)"
)
# 'نحن' (we) right before a verb: any verb of denying after it is the first person's, however spelt ('نحن نفي ونرد
# هذا الكلام', its 'ننفي' misspelt): the word after it is then the next verb or the object, never the denier.
_WE_BEFORE_AR = re.compile("(?:^|\\s|\u0648)\u0646\u062d\u0646\\s*$")


def _we_deny(before: str, verb: str) -> bool:
    """Whether an Arabic verb of denying is in the first person: its form ('ننفي', 'رفضنا'), or 'نحن' before it."""
    return bool(_WE_DENY_AR.fullmatch(verb) or _WE_BEFORE_AR.search(before[-12:]))


@dataclass
class _Act:
    start: int
    end: int
    """Offsets of the verb in the paragraph."""
    speaker: Speaker | None
    deny: bool
    kind: str
    """verb, participle or according."""
    subject_end: int
    subject: tuple[int, int] | None = None
    """Where the words naming its subject are in the paragraph, when it has them."""
    claimed: bool = False
    """'ما أوردته الوكالة' (what the agency reported), not after 'according to': the words of another that the
    sentence answers, its author no speaker of the sentence (nor its denier, nor the last one to speak)."""
    also: Speaker | None = None
    """The second agent of a Persian passive ('از سوی X و نیز Y تکذیب شد'), who denies as X does."""


@dataclass
class _Sentence:
    sentence: Sentence
    acts: list[_Act] = field(default_factory=list)
    quotes: list[Attribution] = field(default_factory=list)
    colon: Quote | None = None
    colon_act: _Act | None = None
    """The verb whose speech the colon opens (not an earlier verb of the sentence: 'أفادت الوكالة أن الوزارة نفت ...
    وقالت: ...' is the ministry's)."""


class ArabicScriptReader:
    """Reads one article; keeps who spoke last and the people and bodies named so far."""

    def __init__(self, words: Words, index: NameIndex) -> None:
        self.c = words.compiled()
        self.words = words
        # the 'according to' words written before 'ل' in the list ('وفقا ل'), folded: 'ل' may be written onto the name
        self._governs_lam = tuple(
            f[:-2] for f in (fold_words(p) for p in words.according) if f.endswith(" \u0644") and len(f) > 3
        )
        # 'ما ذكره X', 'ما أعلنته الوزارة', 'ما نقلته الوكالة عن Y' (what X said), folded: a verb of saying or relaying
        # with the pronoun of what it says, after 'ما', says as 'ما قاله X' does (the list's 'قاله')
        forms = sorted(
            {fold_words(v) for v in words.verbs + words.deny_verbs + words.relay_verbs}, key=len, reverse=True
        )
        self._what_said = (
            re.compile(r"(?<!\S)\u0645\u0627\s+(" + "|".join(map(re.escape, forms)) + r")\u0647\u0627?(?!\w)")
            if words.verb_first and forms
            else re.compile(r"(?!)")
        )
        # 'المعلومات التي رفضها الجيش' (the information which the army rejected), folded: a verb of denying in a relative
        # clause, with the pronoun of what it denies written on it, denies as 'وهو ما نفته الحركة' does
        denying = sorted({fold_words(v) for v in words.deny_verbs}, key=len, reverse=True)
        self._which_denied = (
            re.compile(
                r"(?<!\S)(?:\u0627\u0644\u062a\u064a|\u0627\u0644\u0630\u064a|\u0627\u0644\u0630\u064a\u0646)\s+("  # التي الذي الذين
                + "|".join(map(re.escape, denying))
                + r")(?:\u0647|\u0647\u0627|\u0647\u0645)(?!\w)"  # ه ها هم
            )
            if words.verb_first and denying
            else re.compile(r"(?!)")
        )
        # In Arabic, claims named with or without the article, in a genitive or with a pronoun ('مزاعم الحكومة',
        # 'اتهامها بـ'): rejecting (رفض) denies only these; what else it takes is refused ('رفض الانسحاب، الهدنة')
        stems = sorted({fold_words(w).removeprefix("\u0627\u0644") for w in words.claim_words}, key=len, reverse=True)
        self._claim_any = (
            re.compile(
                r"(?<!\w)[\u0648\u0641\u0628\u0644]?(?:\u0627\u0644|\u0644\u0644)?(?:"
                + "|".join(map(re.escape, stems))
                + r")(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)?(?!\w)"
            )
            if words.verb_first and stems
            else re.compile(r"(?!)")
        )
        self.index = index
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.last: Speaker | None = None
        self.last_body: Speaker | None = None
        self.claimant: Speaker | None = None
        """The last speaker, where what it last said it only claimed (Persian 'ادعا کرد'): never 'we' after it."""
        self.statement_of: dict[str, Speaker] = {}
        """The speaker whose statement, letter or post the article last mentioned, by the word's stem."""
        self.bodies: list[tuple[str, int, int, Sentence]] = []
        """(name, paragraph, start, sentence) of each body named so far."""
        self.offices: dict[str, set[int]] = {}
        self.office_holder: dict[str, Entity] = {}
        """The office, folded, each person is named with ('وزیر خارجه عراق'), for the bare office elsewhere."""
        self.intro: Speaker | None = None
        self.announcing: Speaker | None = None
        """In Arabic, whose statement the paragraph before gave, announced by a colon, without marks."""
        """Who speaks next: a paragraph ending with a colon after a verb of saying introduces the next one."""
        self.continued: dict[int, tuple[int, bool]] = {}
        """Paragraphs inside a quotation opened in an earlier paragraph: number -> (end, closed)."""
        self.list_speaker: Speaker | None = None
        """Who speaks the items of a list that a quotation opened ('... إلى ما يأتي:' then '- أولاً: ...')."""
        self.analysis = Analysis(translated=True)
        self.texts: dict[int, str] = {}
        self.spoken: list[Speaker] = []
        self.said_in: dict[int, Speaker] = {}
        """By paragraph: the speaker of its last verb of saying."""
        self.unsaid: list[tuple[Paragraph, Sentence, Quote]] = []
        """The quotations of the sentence before that no rule attributed, for 'با بیان این مطلب' (saying this)."""
        self.unsigned: list[tuple[Paragraph, Sentence]] = []
        """Sentences that deny in the text's own voice, no one named as saying so (:meth:`_signed`)."""
        self.clarifier: tuple[int, Speaker] | None = None
        """In Arabic, the paragraph where a body first says it wishes to clarify ('تود X توضيح الآتي:'), and the body
        (:meth:`_clarified`)."""
        self.genders: dict[str, str | None] = {}
        """By speaker label: the gender of the Arabic verb they were last the subject of ('قالت الوزارة': 'f')."""
        self.kicker: Paragraph | None = None
        self.subtitle = -1
        """The number of an Arabic subtitle read as a headline ('X لـ«Y»: ...'), -1 for none."""
        """The paragraph before, when it is a kicker that runs on into the headline under it."""
        self.named_with: dict[int, list[str]] = {}
        """By ``id(entity)``: the folded subject phrases a person was named with ('المتحدث باسم الوزارة X')."""

    # --- entities ---------------------------------------------------------------------------------

    def entity(self, name: str, paragraph: int, start: int, sentence: Sentence, person: bool | None = None) -> Entity:
        key = name_key(name)
        ent = self.by_key.get(key)
        if ent is None:
            known = self.index.lookup(name) or self.index.lookup_suffix(name) or self.index.lookup_bag(name)
            ent = next((e for e in self.entities if known is not None and e.known == known), None)
            if ent is None and known is None and person is not True:
                ent = self._same_body(name) or self._same_with_kind(name)
            if ent is None:
                if person is None:
                    person = not self._is_body(name)
                kind = "person" if (known.person if known else person) else "org"
                org_type = (
                    (known.type, known.kind)
                    if known and known.org
                    else (None if kind == "person" else self._org_type(name))
                )
                clean = re.sub(r"\s+", " ", re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", " ", name)).strip()
                ent = Entity(clean or name, kind, org_type, known)  # ('موقع "نمو' with a stray mark: 'موقع نمو')
                self.entities.append(ent)
                cited = sentence.paragraph.source or sentence.paragraph.text  # (the archive's words, cited)
                self.analysis.first_sentence[id(ent)] = (paragraph, cited[sentence.start : sentence.end])
            self.by_key[key] = ent
        ent.mentions.append((paragraph, start, start + len(name), name))
        return ent

    def _same_body(self, name: str) -> Entity | None:
        """A body named before under another form of its name: 'وزارت امور خارجه جمهوری اسلامی ایران' after 'وزارت
        خارجه ایران' (the same words but a filler, and another name of the same country on record)."""
        bag = self._body_bag(name)
        if bag is None:
            return None
        return next((e for e in reversed(self.entities) if e.known is None and self._body_bag(e.name) == bag), None)

    def _same_with_kind(self, name: str) -> Entity | None:
        """In Arabic, a body named before with or without the word for its kind: 'لواء القدس' after 'ميليشيا لواء
        القدس', 'حركة النور' after 'النور' (a movement, a militia, a group, a faction: the same body, written
        shortly in a crosshead or in full in the lead)."""
        if not self.words.verb_first:
            return None
        words = [w.strip(_PUNCT) for w in fold_words(name).split(" ")]
        bare = words[1:] if len(words) > 1 and words[0] in _KIND_WORDS else words
        if len(bare) == 1 and bare[0].startswith(_DEFINITE[0]):
            return None  # ('الدولة' after 'تنظيم الدولة': one word with the article is no name of its own)
        for ent in reversed(self.entities):
            if ent.known is not None or ent.person:
                continue
            other = [w.strip(_PUNCT) for w in fold_words(ent.name).split(" ")]
            if (other[1:] if len(other) > 1 and other[0] in _KIND_WORDS else other) == bare:
                return ent
        return None

    def _body_bag(self, name: str) -> tuple[frozenset[str], frozenset[str]] | None:
        """(records named, other words but fillers) of a body's name; None for a name that is not a body's."""
        if not self.c.name_fillers or not self._is_body(name):
            return None
        rest, ids = name, set[str]()
        for h_start, h_end, known in reversed(self.index.scan(name)):
            rest, ids = rest[:h_start] + " " + rest[h_end:], ids | {known.id}
        words = frozenset(w.strip(_PUNCT) for w in fold_words(rest).split(" ")) - self.c.name_fillers - {""}
        return frozenset(ids), words

    def _is_body(self, name: str) -> bool:
        first = fold_words(name).split(" ")[:2]
        # (with the article too: 'المكتب الإعلامي لحركة X', the movement's media office, is a body, not a person)
        bare = [w.removeprefix(_DEFINITE[0]) if self.words.verb_first else w for w in first]
        return any(w in self.c.body_words for w in first + bare)

    def _org_type(self, name: str) -> tuple[str, str]:
        words = fold_words(name).split(" ")
        group_words = {fold_words(w) for w in GROUP_WORDS}
        if any(w in group_words for w in words[:2]):
            return ("group", "armed-group")
        return ("actor", "organization")

    def _named(self, ent: Entity, how: str) -> Speaker:
        return Speaker(ent.label, entity=ent, person=ent.person, how=how)

    def _earlier(self, phrase_key: str) -> Entity | None:
        """An entity named before that a bare word refers to: a surname, or a body by its head word."""
        words = phrase_key.split(" ")
        if not words or len(words[-1]) < 3:
            return None
        for ent in reversed(self.entities):
            ent_words = name_key(ent.name).split(" ")
            if ent.person and len(ent_words) > len(words) and ent_words[-len(words) :] == words:
                return ent
            # an Arabic given name with the article, alone ('الطاهر' after 'العقيد الطاهر محمود عوض'), is the man as a
            # surname is; a given name without it never stands alone for him
            given = len(words) == 1 and len(ent_words) > 1 and ent_words[0] == words[0] and self.words.verb_first
            if ent.person and given and fold_words(ent.name).split(" ")[0].startswith(_DEFINITE[0]):
                return ent
            if not ent.person and len(words) == 1 and words[0] in ent_words:
                return ent
        return None

    def _made_a_statement(self, raw: str, words: list[str]) -> str | None:
        """In Arabic, who made the statement a verb of saying 'in it' reports, where its subject came before it with
        'made a statement': 'X قد أدلى بتصريح' (قال فيه ...), 'وأدلى X بتصريحات' (أكد فيها ...) -> X; None otherwise."""
        raw_words = raw.split()
        if not self.words.verb_first or len(words) < 3 or len(raw_words) != len(words) or words[-1] not in _MADE_WHAT:
            return None
        kept = [k for k, w in enumerate(words[:-1]) if w not in _MADE and w not in _ALREADY]
        if not kept or len(kept) == len(words) - 1 or kept != list(range(kept[0], kept[-1] + 1)):
            return None  # (no 'made' among them, or a name it splits)
        return " ".join(raw_words[kept[0] : kept[-1] + 1])

    def _bureau_named_before(self, words: list[str]) -> Entity | None:
        """In Arabic, the bureau named before that its head and its office with the article stand for ('مكتب الوزير',
        the minister's office, after 'مكتب وزير الدفاع الكسلي X'; 'مكتب الرئيس' after 'مكتب رئيس الوزراء'), as
        'الوزارة' stands for the ministry named before; None where no body was named so."""
        if not self.words.verb_first or len(words) != 2 or words[0] not in self.c.body_words:
            return None
        office = words[1].removeprefix("\u0627\u0644")
        if office == words[1] or office not in self.c.titles:
            return None

        def heads(name: str) -> list[str]:  # (the office with or without the article: 'مكتب المتحدث باسم X')
            return [w.removeprefix("\u0627\u0644") for w in fold_words(name).split(" ")[:2]]

        return next((e for e in reversed(self.entities) if not e.person and heads(e.name) == [words[0], office]), None)

    def _other_bearer(self, words: list[str], known: Known, para: Paragraph, start: int) -> str | None:
        """The full name of the man the Arabic article last named with the surname ``words`` (one word) before
        ``start``, when it is not the record ``known`` whose alias the surname is: 'سامي الحمداني' (one to three
        plain words before it) for 'الحمداني', a record's alias for its Karim. None when the article named no one so,
        or named the record's own man last."""
        if not self.words.verb_first or len(words) != 1 or not known.person or not words[0].startswith(_DEFINITE[0]):
            return None
        found: str | None = None
        for number in sorted(n for n in self.texts if n <= para.number):
            text = self.texts[number] if number < para.number else para.text[:start]
            tokens = [(m.group(), fold_words(m.group().strip(_PUNCT))) for m in re.finditer(r"\S+", text)]
            for k, (_, word) in enumerate(tokens):
                if word != words[0] or k == 0 or tokens[k - 1][0][-1:] in _CUT_AFTER:
                    continue
                j = k
                # (not a verb before the surname: 'فند التميمي', al-Tamimi refuted, names no one new)
                while (
                    j > max(0, k - 3)
                    and tokens[j - 1][0][-1:] not in _CUT_AFTER
                    and self._name_word(tokens[j - 1][1], True)
                    and not self.c.verb.fullmatch(tokens[j - 1][1])
                    and not self.c.deny.fullmatch(tokens[j - 1][1])
                ):
                    j -= 1
                if j < k:
                    name = " ".join(t.strip(_PUNCT) for t, _ in tokens[j : k + 1])
                    found = None if self.index.lookup(name) == known else name
        return found

    def _known_prefix(self, para: Paragraph, tokens: list[tuple[int, int, str, str]], k: int) -> int:
        """How many of the ``k`` subject tokens after 'according to' to keep: Persian often writes no comma after
        the name ('به گفته کاظمی همه روستاها ...'), so when the whole run names no one met before but its first
        words do (a surname, a body), the name ends there."""

        def known(j: int) -> bool:
            key = name_key(para.text[tokens[0][0] : tokens[j - 1][1]])
            return key in self.by_key or self._earlier(key) is not None

        if known(k):
            return k
        return next((j for j in range(k - 1, 0, -1) if known(j)), k)

    # --- speakers ---------------------------------------------------------------------------------

    def speaker(self, phrase: str, para: Paragraph, start: int, sentence: Sentence) -> Speaker | None:
        """Who a subject phrase names; None when it names no one (and a pronoun or nothing means the last)."""
        last_word = fold_words(phrase).split(" ")[-1] if phrase.strip() else ""
        if not self.words.verb_first and _WE_DO_FA.fullmatch(last_word):
            return None  # ('بدینوسیله اعلام می‌داریم که ...', we hereby announce: a verb in the first person, no name)
        rank = re.match(r"\s*(\S+)\s+", phrase) if not self.words.verb_first else None
        if rank and fold_words(rank.group(1)) in _RANKS_FA:
            after = [fold_words(w.strip(_PUNCT)) for w in phrase[rank.end() :].split()[:2]]
            if len(after) == 2 and all(self._name_word(w, i == 0) for i, w in enumerate(after)):
                # a rank before a name of two words or more ('ژنرال دوریان کسلان گفت'): the person is the name (a
                # rank before one name word, 'ژنرال دارنو سخنگوی ارتش', stays with it: the word alone names no one)
                phrase, start = phrase[rank.end() :], start + rank.end()
        found = self._speaker(phrase, para, start, sentence)
        if found is not None and found.entity is not None and found.person:
            self._note_office(found.entity, phrase, para, start)
            named = fold_words(phrase)
            if self.last_body is not None and _ON_ITS_BEHALF & set(named.split(" ")):
                # 'الناطق باسمها X' (its spokesman) after the body spoke: the office of that body
                body = "\u0628\u0627\u0633\u0645 " + fold_words(self.last_body.label)
                named = " ".join(body if w in _ON_ITS_BEHALF else w for w in named.split(" "))
            self.named_with.setdefault(id(found.entity), []).append(named)
        return found

    def _one_side(self, a: Speaker, b: Speaker) -> bool:
        """Whether two speakers deny as one side: the same, or one speaks for the other (:meth:`_speaks_for`)."""
        return a.same(b) or self._speaks_for(a, b) or self._speaks_for(b, a)

    def _speaks_for(self, member: Speaker, body: Speaker) -> bool:
        """Whether the article writes ``member`` as speaking for the body ``body``: its office names the body.

        A spokesman, an official or a source is written with the body they speak for ('المتحدث الرسمي لوزارة الدفاع
        X', 'مصدر مسؤول في الحركة', 'سخنگوی وزارت خارجه'), by its name or, with the article, by its head word after
        the body was named ('الحركة' for 'حركة X'). A body denies and its spokesman restates the denial, or the other
        way round: one side.
        """
        whole = body.entity
        if whole is None or whole.person or body.same(member):
            return False
        if member.entity is not None and member.entity.person:
            phrases = self.named_with.get(id(member.entity), [])
            if self.words.verb_first:  # (and the office set after an Arabic name: 'سامي الوردي، المتحدث باسم X،')
                phrases = [*phrases, *(o for o, ids in self.offices.items() if id(member.entity) in ids)]
        elif member.entity is not None:
            phrases = []
        else:
            phrases = [fold_words(member.described)] if member.described else []
        names = {fold_words(whole.name), *(fold_words(text) for _, _, _, text in whole.mentions)}
        head = fold_words(whole.name).split(" ")[0].removeprefix("\u0627\u0644")
        for phrase in phrases:
            words = [self._bare(w.strip(_PUNCT)) for w in phrase.split() if w.strip(_PUNCT)]
            while words and words[0] in self.c.drop:
                words = words[1:]
            # (the name may come first, the office after it: 'رضا کاظمی سخنگوی جنبش نمونه')
            office_at = next((i for i, w in enumerate(words) if w in self.c.titles | self.c.heads), 0)
            words = words[office_at:]
            if not words or not ({words[0]} & (self.c.titles | self.c.heads)) or words[0] in self.c.observers:
                continue  # an office or a source speaks for a body; an analyst or a witness does not
            if any(self._names_in(n, words[1:]) for n in names if n):
                return True
            this = any(w in self.c.demonstratives and words[k + 1] == head for k, w in enumerate(words[1:-1], 1))
            if head in self.c.body_words | self.c.group_refs and ("\u0627\u0644" + head in words[1:] or this):
                return True  # 'مصدر في الحركة' after 'حركة X'; 'سخنگوی این جنبش' (this movement's) after 'جنبش X'
            if set(words[1:]) & _nisbas(whole, names):
                return True  # 'المتحدث باسم الخارجية الإيرانية', 'مسؤول إيراني' after 'إيران'
        return False

    def _names_in(self, name: str, words: list[str]) -> bool:
        """Whether an office's words name a body: its name, less adjectives of origin at its end ('وزارة الزراعة' for
        'وزارة الزراعة الكسلية'), and not followed by another adjective of origin ('... الخارجية العراقية' is not the
        Iranian one)."""
        whole = [self._bare(w.strip(_PUNCT)) for w in name.split() if w.strip(_PUNCT)]
        core = whole
        while len(core) > 2 and _nisba(core[-1]):
            core = core[:-1]
        for j in range(len(words) - len(core) + 1):
            if core and words[j : j + len(core)] == core:
                after = words[j + len(core)] if j + len(core) < len(words) else ""
                mine = whole[len(core)] if len(whole) > len(core) else ""
                return not (_nisba(after) and after != mine)
        return False

    def _bare(self, word: str) -> str:
        """A folded Arabic word without 'ل' written onto a body's name ('لوزارة' -> 'وزارة', 'للحركة' -> 'الحركة')."""
        if not self.words.verb_first or word[:1] != "\u0644" or len(word) < 4:
            return word
        return "\u0627" + word[1:] if word[:2] == "\u0644\u0644" else word[1:]

    def _note_office(self, ent: Entity, phrase: str, para: Paragraph, start: int) -> None:
        """Remember the office a person is named with ('وزیر خارجه عراق' for '«X» وزیر خارجه عراق، ...'), so
        that the article's earlier or later mentions of the bare office are read as that person."""
        name = fold_words(ent.name)
        around = fold_words(phrase.strip(_PUNCT))
        offices = [around.replace(name, " ").strip()] if name and name in around else []
        after = re.match(
            r"\s*(?:[\u060c,]\s*)?([^\s\u060c,.:\u061b][^\u060c,.:\u061b]{2,79})[\u060c,]",
            para.text[start + len(phrase) :],
        )
        if after:  # 'رضا کاظمی، وزیر خارجه نمونه، ...', '«X» وزیر خارجه عراق، ...'
            offices.append(fold_words(after.group(1)))
        for office in offices:
            office = " ".join(w.strip(_PUNCT) for w in office.split() if w.strip(_PUNCT))
            if office and office.split(" ")[0] in self.c.titles and len(office.split(" ")) >= 2:
                self.offices.setdefault(office, set()).add(id(ent))
                self.office_holder[office] = ent
        following = para.text[start + len(phrase) : start + len(phrase) + 160]
        of = re.match(_FROM_FA + r"\s+([^\u060c,.:\u061b]{3,120})", fold_words(following))
        if of and not self.words.verb_first and of.group(1).split(" ")[0] in self.c.titles:
            # 'X از فرماندهان ارشد Y در ...' (X, of Y's senior commanders): X is the 'یکی از فرماندهان ارشد Y' (one of
            # them) the article describes; the office ends at the first word that ends a subject
            words = [w.strip(_PUNCT) for w in of.group(1).split(" ")]
            cut = next((i for i, w in enumerate(words) if i and w in self.c.stops), len(words))
            office = " ".join((*fold_words(self.words.partitive[0]).split(" "), *words[:cut]))
            self.offices.setdefault(office, set()).add(id(ent))
            self.office_holder[office] = ent

    def _speaker(self, phrase: str, para: Paragraph, start: int, sentence: Sentence) -> Speaker | None:
        raw = phrase.strip(' \u060c,:;\u061b.\u201c\u201d\u00ab\u00bb"()-\u2013\u066c')
        start += phrase.find(raw) if raw else 0
        for opener, closer in (("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("(", ")")):
            if raw.count(opener) > raw.count(closer):
                raw += closer  # 'مصدر في “المجلس”', 'موقع (X)': the closing mark of a name at its end is kept
        words = fold_words(raw).split(" ") if raw.strip() else []
        while words and words[0] in self.c.drop:
            first = re.match(r"\s*\S+\s*", raw)
            if not first:
                break
            raw, start = raw[first.end() :], start + first.end()
            words = words[1:]
        made = self._made_a_statement(raw, words)
        if made is not None:
            return self.speaker(made, para, start + raw.index(made), sentence)
        if words and words[0].startswith("\u0644\u0644") and "\u0627" + words[0][1:] in self.c.refs | self.c.titles:
            words[0] = "\u0627" + words[0][1:]  # 'للبيان' (to the statement), 'للقائد' (of the commander) -> 'البيان'
        elif words and words[0][:1] == "\u0644" and words[0][1:] in self.c.statements | self.c.heads | self.c.titles:
            words[0] = words[0][1:]  # 'وفقا لبيان', 'وفقا لمصدر أمني' (according to a source) -> 'مصدر أمني'
            raw, start = raw[1:], start + 1
        described_name = _DESCRIBED_NAME.fullmatch(raw) if not self.words.verb_first else None
        if described_name:
            # a Persian description, then a name in marks: 'گروه تروریستی «X»' (the terrorist group X) is the group X;
            # 'یک مقام امریکایی «X»', 'سخنگوی وزارت «X»' (an office, then a name in guillemets) the person X, as
            # without the marks
            what, name = fold_words(described_name.group(1)).split(), described_name.group(2)
            if len(what) <= 2 and what[0] in self.c.outlet_words:
                return self.speaker(name, para, start + raw.index(name), sentence)
            after_office = raw.endswith("\u00bb") and bool(set(what) & (self.c.titles | self.c.heads))
            if after_office and len(name.split()) <= 3:
                found = self.speaker(name.strip(), para, start + raw.rindex(name), sentence)
                # (a body in marks is whose office it is: 'فرمانده «جنبش X»' is the movement's commander, not it)
                if found is not None and found.entity is not None and found.entity.kind != "org":
                    return found
        if self.words.verb_first and words and words[0][:1] in self.words.prefixes and words[0][1:] in self.c.pronouns:
            # 'وهو ينفي الأنباء' (and he denies the reports) as 'هو ينفي': 'and' written onto 'he' is no name
            words[0] = words[0][1:]
        if len(words) >= 2 and words[0] in _UPON and words[1] == _PEACE:
            return None  # 'عليهما السلام' (peace be upon them), the blessing after a holy name: no speaker
        if words and words[0] in self.c.personal and self.last is not None and not self.last.person:
            person = next((sp for sp in reversed(self.spoken) if sp.person), None)  # 'وی' after a body: a person
            # (and none when no person spoke: 'وزارت خارجه ... اعلام کرد. وی افزود' has 'he' unnamed, not the ministry)
            return self._again(person, f"'{words[0]}' read as the last person who spoke")
        if words and words[0] in _HE_SHE and self.words.verb_first:
            # 'وقال هو' (he said) after a body that spoke as 'she' ('قالت الحركة'): the last speaker of its gender
            return self._again(
                self._of_gender(_HE_SHE[words[0]]), f"'{words[0]}' read as the last speaker of its gender"
            )
        if words and words[0] == _THEY_FA and self.last is not None and self.last.person and not self.words.verb_first:
            # ('وزیر خارجه ... گفت ... و آنها تاکید کرده‌اند': 'they' are never one person who spoke before)
            head = fold_words(self.last.label).split(" ")[0]
            if not self.last.plural and not _PLURAL_END_FA.search(head):
                return None
        if words and words[0] in self.c.first_person and self.last is not None and self.last is self.claimant:
            # ('X ادعا کرد که ... .' then 'ما این ادعا را رد می‌کنیم': 'we' answer the one who claimed, and are the
            # body whose statement it is, which its own text seldom names; never the claimant)
            return None
        if not words or words[0] in self.c.pronouns:
            return self._again(self.last, f"'{words[0] if words else ''}' read as the last speaker")
        if words[0] in self.c.possessive_refs:
            return None  # 'حسب وصفها' (as she put it): the sentence's own subject, found by the caller
        parts = [p for p in re.split(r"(?:(?<!\s)\s+)?[\u060c,]\s*", raw) if p]  # spaces only from where they start
        if (
            len(parts) >= 2
            and words[0] in self.c.titles  # (an unnamed source's clause is no name: 'مصدر، فضل عدم الكشف عن اسمه،')
            and parts[1].split()
        ):
            if self.words.verb_first and fold_words(parts[1]).split(" ")[0] in self.c.titles:
                # 'العميد سامي الوردي، الناطق باسم X': a rank and the name, then the office (which alone would be
                # read as whoever last held it)
                found = self.speaker(parts[0], para, start, sentence)
                if found is not None and found.entity is not None and "read as" not in found.how:
                    return found
            name = parts[1]  # 'الرئيس الروسي، فلاديمير بوتين': the office, then the name
            found = self.speaker(name, para, start + raw.index(name), sentence) if len(name.split()) <= 5 else None
            if found is not None and found.entity is not None:
                return found
            # (the office after the name may be long: 'حجت الاسلام X، معاون فرهنگی و رسانه‌ای لشکر Y')
            if fold_words(parts[1]).split(" ")[0] in self.c.titles and 2 <= len(parts[0].split()) <= 6:
                # 'حجت الاسلام X، رئیس دفتر ...': honorifics and the name, then the office between commas
                found = self.speaker(parts[0], para, start, sentence)
                if found is not None and found.entity is not None:
                    return found
        if words[0] in self.c.statements:
            stem = _stem(words[0])
            said = self.statement_of.get(stem)
            if said is not None:
                return self._again(said, f"'{raw}' read as the statement of {said.label}")
            rest = raw.split(None, 1)[1] if len(words) > 1 else ""
            if len(words) > 3 and words[1] in _ISSUED and words[2] == _FROM:
                rest = rest.split(None, 2)[2]  # 'بيان صادر عن الوزارة': the body that issued it
            rest_words = fold_words(rest).split(" ")
            # ('بیانیه این وزارتخانه', this ministry's statement: 'این' opens an object elsewhere, here the issuer)
            this_body = (
                not self.words.verb_first
                and len(rest_words) == 2
                and rest_words[0] in self.c.demonstratives
                and rest_words[1] in self.c.body_words
            )
            if rest and (rest_words[0] not in self.c.stops or this_body):
                at = start + raw.rfind(rest)
                # 'بيان للحركة' (a statement of the movement): 'لل' is 'ل' and the article, 'ال', of the same length
                rest = re.sub(r"^\u0644\u0644(?=\S)", "\u0627\u0644", rest)
                lam = re.match(r"\u0644\u0640?(?!\u0627\u0644)(?=\S)", rest)  # ('بيان لـ«الحشد»', with a tatweel)
                if lam:
                    rest, at = rest[lam.end() :], at + lam.end()
                found = self.speaker(rest, para, at, sentence) if rest.strip() else None
                if found is not None:
                    return found
            return self._again(self.last_body or self.last, f"'{raw}' read as the last body that spoke")
        if len(words) == 1 and words[0][:2] == "\u0627\u0644" and words[0][2:] in self.c.heads:
            described = next(
                (
                    sp
                    for sp in reversed(self.spoken)
                    if sp.described and fold_words(sp.described).split(" ")[0] == words[0][2:]
                ),
                None,
            )
            if described is not None:  # 'وأضاف المصدر' (the source) after 'مصدر في الحركة'
                return self._again(described, f"'{raw}' read as {described.label}, described before")
        if (
            not self.words.verb_first
            and len(words) == 2
            and words[0] in self.c.demonstratives
            and words[1] in self.c.body_words - self.c.group_refs
        ):
            # 'این وزارتخانه', 'این جنبش' (this ministry, this movement): the body that spoke last when its name has
            # that word ('وزارت دفاع جنبش X' for 'این جنبش'), else the latest body named with it as its head ('وزارت X
            # ... واکنش نشان داد'), else the body that spoke last; never the last group ('این' is also the first word
            # of 'این گروه'), and never a name of its own
            head = _COMMON_HEADS.get(words[1], words[1])
            spoke = self.last_body
            body = self._body_named_before(words[1], para, sentence, before=start)
            if spoke is not None and (body is None or head in fold_words(spoke.label).split(" ")):
                return self._again(spoke, f"'{raw}' read as the last body that spoke")
            return self._named(body, f"'{raw}' read as {body.label}") if body is not None else None
        if len(words) <= 2 and words[0] in self.c.group_refs:
            group = next((e for e in reversed(self.entities) if e.org_type and e.org_type[0] == "group"), None)
            head = words[0].removeprefix("\u0627\u0644")  # (an Arabic reference back: 'الحركة', the movement)
            back = self.words.verb_first and len(words) == 1 and head != words[0] and head in self.c.body_words
            named = self._body_named_before(head, para, sentence) if back else None
            if named is not None and (group is None or not fold_words(group.name).startswith(head)):
                # ('الحركة' after 'اتهمت الوزارة حركة النور بـ...': the body named with that word, not a group whose
                # name the subject before ran into)
                group = named
            if group is not None:
                return self._named(group, f"'{raw}' read as {group.label}")
        if len(words) == 3 and not self.words.verb_first and self._office_of_this_words(words):
            said = self.last_body
            if said is not None:  # 'سخنگوی این وزارتخانه' (this ministry's spokesman): of the body that spoke last
                # (the body as the article names it, not its record's English name: 'سخنگوی طالبان', never
                # 'سخنگوی Taliban'; the record is still found in those words)
                body_name = said.entity.name if said.entity is not None else said.label
                office = f"{raw.split()[0]} {body_name}"
                return Speaker(office, None, office, person=True, how=f"'{raw}' read as the {office}")
        if len(words) <= 3 and words[0] in self.c.demonstratives and self.last_body is not None:
            return self._again(self.last_body, f"'{raw}' read as the last body that spoke")
        if len(words) == 2 and words[0] in self.c.demonstratives and words[1] in self.c.body_words:
            body = self._body_named_before(words[1], para, sentence)  # 'این جنبش': the last movement named
            if body is not None:
                return self._named(body, f"'{raw}' read as {body.label}")
        if self._share_of_group(words):
            # 'شماری از اعضای مجلس', 'برخی مقامات کسلیا', 'عدد من أعضاء البرلمان', 'بعض المسؤولين' (some members of
            # parliament): a share of a group names no one, and is no body named after it; described by the group,
            # as an unnamed source is, its body linked when on file (read as a name, the particle 'از' or 'من' in it
            # left no record to draft, and the speaker was dropped)
            description = re.sub(r"\s+", " ", re.sub(_MARKS, "", raw)).strip()
            return Speaker(
                description,
                None,
                description,
                person=True,
                how="a share of a group, as the text describes it",
                plural=True,
            )
        known = self.index.lookup(raw) or self.index.lookup_suffix(raw) or self.index.lookup_bag(raw)
        other = self._other_bearer(words, known, para, start) if known is not None else None
        if other is not None:
            # a surname alone that a record has as an alias, after the article named another man so ('وأكد
            # الحمداني' after 'سامي الحمداني', the record's man Karim): the man the article named, as a reader takes it
            ent = self.entity(other, para.number, start, sentence, person=True)
            ent.mentions[-1] = (para.number, start, start + len(raw), raw)
            return self._named(ent, f"'{raw}' read as {other}, named so before")
        if known is not None:
            return self._named(self.entity(raw, para.number, start, sentence), f"'{raw}' is {known.name}")
        # (a country's name is never a surname nor a body's head word: 'پاکستان' after 'تحریک طالبان پاکستان')
        earlier = None if _country_name(raw.strip()) else self._earlier(name_key(raw))
        if earlier is None and len(words) >= 2 and words[0] in self.c.honorifics:
            earlier = self._earlier(name_key(raw.split(None, 1)[1]))  # 'آقای X' (Mr X): the X named before
            # ('آقای X درصفحه اش می نویسد': a glued 'در' ran on the subject; the surname met before ends it)
            after_title = raw.split()[1:]
            for j in range(len(after_title) - 1, 0, -1):
                if earlier is not None:
                    break
                earlier = self._earlier(name_key(" ".join(after_title[:j])))
        if earlier is not None:
            earlier.mentions.append((para.number, start, start + len(raw), raw))
            return self._named(earlier, f"'{raw}' read as {earlier.label}")
        bureau = self._bureau_named_before(words)
        if bureau is not None:
            bureau.mentions.append((para.number, start, start + len(raw), raw))
            return self._named(bureau, f"'{raw}' read as {bureau.label}")
        if len(words) <= 2 and all(w.startswith("\u0627\u0644") for w in words) and words[0][2:] in self.c.body_words:
            # 'الوزارة', 'الموقع اليهودي' (the site, with an epithet): the latest body named with that head word
            body = self._body_named_before(words[0][2:], para, sentence)
            if body is not None:
                return self._named(body, f"'{raw}' read as {body.label}")
        if self.words.verb_first and self._aide_of_a_name(words):
            # 'وقال مستشار سامي الوردي: «...»': the adviser speaks, described by whose he is
            description = re.sub(r"\s+", " ", raw).strip()
            return Speaker(description, None, description, person=True, how="an aide, described by whose")
        n_name, lead = self._name_before_office(words)
        if n_name and self.words.verb_first and words[0] in self.c.titles and self._trailing_name(words):
            n_name = 0  # 'قائد عمليات بغداد الفريق سامي الوردي': the name at the end, after all the offices
        if n_name:  # 'سردار رضا کاظمی فرمانده نیروی قدس', 'سامي الوردي المتحدث باسم الحركة': the name, then the office
            name = " ".join(raw.split()[lead : lead + n_name])
            return self._named(
                self.entity(name, para.number, start + raw.index(name), sentence, person=True),
                "named before their office",
            )
        # a title or an office, then a name after a body on record: the name is the person
        hits = self.index.scan(raw)
        if hits:
            h_start, h_end, k = hits[0]
            rest = raw[hits[-1][1] :].strip(" \u060c,")
            # ('رئيس خلية X الفريق سامي الوردي': a rank between the body and the name is not part of the name)
            while len(rest.split()) > 2 and fold_words(rest.split()[0]) in self.c.titles:
                rest = rest.split(None, 1)[1]
            if words[0] in self.c.titles and 2 <= len(rest.split()) <= 5:
                offset = start + raw.index(rest, hits[-1][1])
                return self._named(
                    self.entity(rest, para.number, offset, sentence, person=True), "named after their office"
                )
            # (not a state's embassy or ministry, 'سفارت ایران در کابل': a body of the state, not the state)
            of_state = h_start > 0 and k.kind == "government" and words[0] in self.c.body_words
            # (in Persian, a word before the name that heads no body makes another name: 'تحریک طالبان' (the
            # Pakistani Taliban movement) is not the Taliban, where 'گروه طالبان' (the Taliban group) is)
            other_name = h_start > 0 and not self.words.verb_first and words[0] not in self.c.body_words | self.c.heads
            if (
                len(key_tokens(raw[:h_start])) <= 1
                and k.type in ("actor", "group")
                and words[0] not in self.c.titles
                and not of_state
                and not other_name
            ):
                name = raw[h_start:h_end]
                return self._named(self.entity(name, para.number, start + h_start, sentence), f"'{raw}' names {k.name}")
        # ('مسؤول عراقي رفيع', an official: an unnamed one, indefinite, with indefinite adjectives, is described by
        # them; 'مسؤول الإعلام في الحركة سامي الوردي' names one)
        unnamed = (
            self.words.verb_first
            and words[0] in self.c.heads
            and not any(w.startswith(_DEFINITE) for w in words)
            and all(w.endswith(("\u064a", "\u0647")) or w in _INDEFINITE_ADJECTIVES for w in words[1:])
        )
        if words[0] in self.c.titles and self.words.verb_first and not unnamed:
            n_name = self._trailing_name(words)
            if n_name:  # 'وزير الخارجية العراقي ابراهيم الجعفري': an office and its body, then the name
                name = " ".join(raw.split()[-n_name:])
                return self._named(
                    self.entity(name, para.number, start + raw.rindex(name), sentence, person=True),
                    "named after their office",
                )
        if words[0] in self.c.titles and not self.words.verb_first and not hits:
            n_name = self._trailing_name_fa(raw.split(), words)
            last = re.search(rf"\S+(?:\s+\S+){{{n_name - 1}}}$", raw) if n_name else None
            if last:  # 'سخنگوی وزارت خارجه X رضا کاظمی': an office and its body, then the name, as with the comma
                return self._named(
                    self.entity(last.group(), para.number, start + last.start(), sentence, person=True),
                    "named after their office",
                )
        if words[0] in self.c.titles and not unnamed:  # 'المتحدث سامر الحداد': an office, then a name of 2-4 words
            raw_words = raw.split()
            n_titles = self._leading_titles(words)
            rest_words = words[n_titles:]
            if not self.words.verb_first and len(rest_words) >= 3 and _territory_fa(raw_words[n_titles]):
                # ('رئیس‌جمهور قطر علی محمدی': the office's country, then the name; no person 'قطر علی محمدی')
                n_titles += 1
                rest_words = rest_words[1:]
            if (
                2 <= len(rest_words) <= 4
                and not any(w in self.c.body_words or w in self.c.stops for w in rest_words)
                and not hits  # 'نماینده کشور X': an office of a country on record, not a name
                and all(self._name_word(w.strip(_PUNCT), i == 0) for i, w in enumerate(rest_words))
            ):  # ('المتحدث باسم الحركة': 'on behalf of the movement' is no name)
                # (found where it stands, spaces as written: 'سردار X  Y' with two spaces is no substring 'X Y')
                name_at = re.search(rf"\S+(?:\s+\S+){{{len(raw_words) - n_titles - 1}}}$", raw)
                if name_at:
                    return self._named(
                        self.entity(name_at.group(), para.number, start + name_at.start(), sentence, person=True),
                        "named after their office",
                    )
        if self.words.verb_first and words[0] in self.c.titles:
            # 'عضو تحالف "النور" سامي الوردي': an office, its body's name in marks, then the holder's name (before
            # an office alone is read as the last person who spoke: the name after the marks is someone new)
            after_marks = re.search(r'[\u201d\u00bb"]\s*+([^\u201d\u00bb"\u201c\u00ab]+)$', raw)
            name = after_marks.group(1).strip() if after_marks else ""
            if 2 <= len(name.split()) <= 3 and all(
                self._name_word(w, k == 0) for k, w in enumerate(fold_words(name).split(" "))
            ):
                at = start + after_marks.start(1) + after_marks.group(1).index(name)  # type: ignore[union-attr]
                return self._named(
                    self.entity(name, para.number, at, sentence, person=True), "named after their office"
                )
        # (not an indefinite office in Arabic, 'مسؤول أمني إيراني' (an Iranian security official): someone new)
        indefinite = self.words.verb_first and not any(w.startswith(_DEFINITE) for w in words)
        holder = self._office_holder_fa(words) if words[0] in self.c.titles else None
        if holder is not None:
            # ('وزیر خارجه کسلیا، رضا کاظمی، گفت ...' then 'علی محمدی، رئیس جمهور قطر، ...' then 'وزیر خارجه افزود':
            # the office, or its first words, is the one person the article named with it, not whoever spoke last)
            return self._named(holder, f"'{raw}' read as {holder.label}, named before with that office")
        if (
            words[0] in self.c.titles
            and self._last_person() is not None
            and not indefinite
            and not self._office_of_someone_else(words)
            and not self._other_office_fa(words)
            and words[0] not in _PLURAL_OFFICES_FA
        ):
            holder = self._other_holder(words) if self.words.verb_first else None
            if holder is not None:
                return self._named(holder, f"'{raw}' read as {holder.label}, whom the article names with that office")
            return self._again(self.last, f"'{raw}' read as {self.last.label}, named before")  # type: ignore[union-attr]
        if words[0] in self.c.heads or words[0] in self.c.titles:
            # (a name in marks within the description reads as without them: 'فرمانده «جنبش X»', 'فرمانده جنبش X')
            description = re.sub(r"\s+", " ", re.sub(_MARKS, "", raw)).strip()
            return Speaker(description, None, description, person=True, how="unnamed; as the text describes them")
        # (a state's formal name, 'جمهوری اسلامی ایران', counts as one word: 'روابط عمومی وزارت امور خارجه جمهوری
        # اسلامی ایران' is a body's office, eight words long)
        # (in Persian, a body's office within a body within a body runs longer: 'روابط عمومی قرارگاه قدس جنوب شرق
        # نیروی زمینی سپاه پاسداران', the public relations of a base of the Guards' ground force, ten words; so when
        # it opens with a body's word or 'روابط عمومی' and names at least two bodies, one within the other, no 'و')
        chain = (
            not self.words.verb_first
            and (words[0] in self.c.body_words or words[:2] == _PUBLIC_RELATIONS_FA)
            and sum(w in self.c.body_words for w in words) >= 2
            and _AND_FA not in words  # (a chain, not a list: 'روابط عمومی وزارت امور خارجه و دفاع ملی کشور')
        )
        # (an Arabic rank is a title of the name after it, not a word of the office: 'مكتب وزير الدفاع الكسلي اللواء
        # الركن X' is no longer a subject than the same without 'الركن', whose name ends it)
        ranks = sum(w in _RANKS for w in words) if self.words.verb_first else 0
        if len(words) - self._state_form_words(words) - ranks > (10 if chain else 7):
            # too long for a name: when it ends with an office of a body ('... سخنگوی طالبان', after a byline run
            # into the name), the office describes the speaker
            last_title = max((i for i, w in enumerate(words) if w in self.c.titles), default=-1)
            if last_title >= 2 and 2 <= len(words) - last_title <= 4 and len(raw.split()) == len(words):
                office = " ".join(raw.split()[last_title:])
                return Speaker(office, None, office, person=True, how="the office at the end of a long subject")
            return None
        return self._named(self.entity(raw, para.number, start, sentence), "named")

    def _state_form_words(self, words: list[str]) -> int:
        """How many of folded Persian words are the form of a state before its country's name ('جمهوری اسلامی' in
        'وزارت خارجه جمهوری اسلامی ایران', 'پادشاهی' in 'سفارت پادشاهی عربستان'); 0 in Arabic."""
        if self.words.verb_first:
            return 0
        n = 0
        for i, w in enumerate(words):
            if w in _STATE_FORMS_FA:
                j = i + 1
                while j < len(words) and words[j] in _STATE_FORMS_FA:
                    j += 1
                n += j < len(words) and _territory_fa(words[j])
        return n

    def _share_of_group(self, words: list[str]) -> bool:
        """Whether folded subject words are a share of a group: a word for 'some' or 'a number of', then the group
        after 'از' or 'من' ('شماری از اعضای مجلس', 'عدد من النواب') or right after it ('برخی مقامات', 'بعض
        المسؤولين', 'معظم النواب'); no time nor stop word after it ('بعض الوقت')."""
        if len(words) < 2 or words[0] not in self.c.shares:
            return False
        after_from = words[1] in (_OF, _FROM_FA)
        group = words[2] if after_from and len(words) > 2 else "" if after_from else words[1]
        if not group.isalpha() or group in self.c.stops or group in self.c.time_words or group in _WHEN_WORDS:
            return False
        # (in Arabic the group is definite, 'بعض المسؤولين', or follows 'من': 'عدد من النواب')
        return not self.words.verb_first or after_from or group.startswith("\u0627\u0644")

    def _aide_of_a_name(self, words: list[str]) -> bool:
        """Whether an Arabic subject is an aide's office without the article, then a person's name of two to four
        words whose first is a given name: 'مستشار سامي الوردي' (Sami al-Wardi's adviser), 'نائب خالد الكسلي'."""
        if len(words) < 3 or words[0] not in _AIDES or not given_or_family_name(words[1]):
            return False
        return len(words) <= 5 and all(self._name_word(w.strip(_PUNCT), i == 1) for i, w in enumerate(words[1:], 1))

    def _other_holder(self, words: list[str]) -> Entity | None:
        """The one person before the last speaker whom the article names with the office ``words`` (folded), when
        the last speaker was named with another office: 'قال وزير الدفاع الكسلي سامي الوردي ... وقال رئيس الوزراء
        خالد الكسلي ... وقال وزير الدفاع (or الوزير): «...»' is Sami's, not Khalid's (an office alone stood for the
        last speaker whatever office he was named with). None when the last speaker may hold it, or several do."""
        words = [w.strip(_PUNCT) for w in words]

        def holds(office: str) -> bool:
            # the office's words in its order, the first the same: 'وزير الدفاع' of 'وزير الدفاع الكسلي', 'الوزير'
            # (its head with the article) of it too but not of 'رئيس الوزراء', 'المتحدث باسم الحركة' of 'المتحدث
            # باسم حركة النور'
            held = office.split(" ")
            bare = [w[2:] if w[:2] == "\u0627\u0644" and w not in held and w[2:] in held else w for w in words]
            if not bare or bare[0] != held[0]:
                return False
            rest = iter(held)
            return all(w in rest for w in bare)

        last = self.last.entity if self.last is not None else None
        if last is None:
            return None
        mine = self._offices_of(last)
        if not mine or any(holds(o) for o in mine):
            return None
        ids = {i for o, held_by in self.offices.items() if holds(o) for i in held_by}
        if len(ids) != 1:
            return None
        return next((e for e in self.entities if id(e) in ids and e.person), None)

    def _offices_of(self, ent: Entity) -> list[str]:
        """The offices, folded, the article named a person with (:meth:`_note_office`)."""
        return [o for o, ids in self.offices.items() if id(ent) in ids]

    def _office_fits(self, words: list[str], office: str) -> bool:
        """Whether an office alone is written as a noted office, or its first words: 'وزیر', 'وزیر خارجه' for
        'وزیر خارجه کسلیا', never 'وزیر خارجه قطر' nor 'سخنگوی جنبش نمونه' (and 'this' aside, its head without
        the ezafe: 'سخنگوی این جنبش', 'سخنگو' for 'سخنگوی جنبش نمونه')."""
        bare = [w.strip(_PUNCT) for w in words if w.strip(_PUNCT) and w.strip(_PUNCT) not in self.c.demonstratives]
        held = office.split(" ")
        if not bare or bare[0].removesuffix("\u064a") != held[0].removesuffix("\u064a"):
            return False
        return set(bare[1:]) <= set(held)

    def _office_holder_fa(self, words: list[str]) -> Entity | None:
        """In Persian, the one person the article named with the office ``words`` stand for, if only one is."""
        if self.words.verb_first:
            return None
        holders = {
            id(ent): ent
            for ent in self.entities
            if ent.person and any(self._office_fits(words, o) for o in self._offices_of(ent))
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _other_office_fa(self, words: list[str]) -> bool:
        """In Persian, whether the last speaker was named with offices and the office ``words`` is none of them:
        'رضا کاظمی، وزیر خارجه کسلیا، گفت ...' then 'سخنگوی جنبش نمونه گفت' is someone else."""
        last = self.last
        if self.words.verb_first or last is None or last.entity is None:
            return False
        offices = self._offices_of(last.entity)
        return bool(offices) and not any(self._office_fits(words, o) for o in offices)

    def _office_of_this(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether three tokens are an office, 'this' and a body word ('سخنگوی این وزارتخانه'), in Persian."""
        return len(tokens) == 3 and self._office_of_this_words([t[3] for t in tokens])

    def _office_of_this_words(self, words: list[str]) -> bool:
        return (
            not self.words.verb_first
            and words[0] in self.c.titles
            and words[1] in self.c.demonstratives
            and words[2] in self.c.body_words
        )

    def _office_of_someone_else(self, words: list[str]) -> bool:
        """Whether a Persian office that names its body ('سخنگوی جنبش نمونه', the movement's spokesman) is not the
        last person's: they were never named with it. 'فرهاد صدری گفت ...' then 'سخنگوی جنبش نمونه این خبر را تکذیب
        کرد' is a second speaker, as 'بهرام نیک‌زاد، سخنگوی جنبش نمونه، گفت ...' then 'سخنگوی جنبش نمونه افزود' is
        the first again (the office alone, 'سخنگو', still reads as the last person)."""
        if self.words.verb_first or self.last is None or self.last.entity is None:
            return False
        if not any(w in self.c.body_words for w in words[1:]):
            return False
        # (its words, 'this' aside, among those of an office they hold: 'سخنگوی این جنبش', 'سخنگوی جنبش' are the
        # 'سخنگوی جنبش نمونه' named before)
        office = {w.strip(_PUNCT) for w in words} - self.c.demonstratives
        held = [set(o.split(" ")) for o in self._offices_of(self.last.entity)]
        # (an office that spoke before unnamed, 'فرمانده سپاه ... استان X' in the lead then 'سردار Y', is the one the
        # article goes on to name: the last person, as before)
        spoke = [
            set(fold_words(s.label).split(" ")) for s in self.spoken if s.entity is None and s.described and s.person
        ]
        return not any(office <= o or o <= office for o in held + spoke)

    def _last_person(self) -> Speaker | None:
        """The last speaker, when an office alone ('الوزير', 'سخنگوی طالبان') can stand for them: a person
        on record, or named with at least two words (a one-word name is as likely a place: 'بغداد')."""
        last = self.last
        if last is None or last.entity is None or not last.person or last.how == _NAMED_HOW:
            return None  # (not one only named: 'قتل X في غارة. وقال المتحدث', the spokesman is someone else)
        if last.entity.known is None and len(last.entity.name.split()) < 2:
            return None
        return last

    def _name_word(self, word: str, first: bool) -> bool:
        """Whether a folded word can be part of a person's name: a plain word, not an office or a body."""
        if not word.isalpha() or word in _NOT_NAMES or word in _ON_ITS_BEHALF:
            return False
        # (the name علي folds as the word على, and 'صباح' (morning) is a given name too; the subject was cut before)
        stop = word in self.c.stops and word not in (_ON, _MORNING)
        if word in self.c.titles or word in self.c.body_words or stop or word in self.c.heads:
            return False
        if self.words.verb_first and word[:1] == "\u0644" and word[1:] in self.c.body_words:
            return False  # 'لوزارة' (of the ministry), in 'المتحدث الرسمي لوزارة الدفاع X': a body, no given name
        stem = word[: -2 if word[-2:] != "\u0645\u0627" else -3] if word.endswith(_ITS) else ""
        # (a word that ends with 'ة' writes it 'ت' before the pronoun: 'قيادتها', folded 'قياده')
        stems = {stem, stem[:-1] + "\u0647"} if stem.endswith("\u062a") else {stem}
        if self.words.verb_first and stem and not stems.isdisjoint(self.c.body_words | self.c.heads | self.c.titles):
            return False  # 'عضو مكتبها السياسي' (a member of its political bureau): the body named before, no name
        return not (first and self.words.verb_first and word.startswith("\u0627\u0644"))  # an Arabic name: no 'ال'

    def _name_before_office(self, words: list[str]) -> tuple[int, int]:
        """(length, start) of a person's name written before their office ('X Y، سخنگوی ...' without the comma).

        Honorifics before the name ('سردار', 'الشيخ') are set aside; the name is two to four plain words and an
        office word follows it. (0, 0) when the subject is not so written.
        """
        lead = self._leading_titles(words)
        office = next((i for i in range(lead + 2, min(len(words), lead + 5)) if words[i] in self.c.titles), None)
        if office is None or len(words) != len(fold_words(" ".join(words)).split(" ")):
            return 0, 0
        if not all(self._name_word(w, i == lead) for i, w in enumerate(words[lead:office], start=lead)):
            return 0, 0
        return office - lead, lead

    def _trailing_name(self, words: list[str]) -> int:
        """How many of a subject's last words are a person's name, after an office: 0 when none is.

        An Arabic office and the body it serves are definite ('الخارجية العراقي', 'باسم الخارجية الإيرانية'),
        while a given name takes no article: the name is the run of words without 'ال' at the end (its last
        word, a surname, may have it: 'الجعفري'; 'عبد الله' is one name). Two to four words.
        """
        if len(words) != len(fold_words(" ".join(words)).split(" ")):
            return 0

        def definite(w: str) -> bool:
            return w.startswith(_DEFINITE)

        def plain(w: str) -> bool:  # a word of a name without the article
            return not definite(w) and self._name_word(w, False)

        def given(k: int) -> bool:  # a word of a given name: plain, or 'الله', 'الدين' after 'عبد' or a plain word
            return plain(words[k]) or (
                definite(words[k]) and (words[k - 1] in _ABD or (words[k] in _OF_GOD and k > 0 and plain(words[k - 1])))
            )

        i, n = len(words) - 1, 0
        if i > 1 and definite(words[i]) and given(i - 1):
            i, n = i - 1, 1  # the surname
        while i > 0 and given(i):
            i, n = i - 1, n + 1
        # a rank is followed by a name, whose given name may take the article ('العقيد الطاهر محمود عوض'): it is the
        # first of the name, not a word of the office
        after_rank = i > 0 and words[i - 1] in _RANKS and words[i] not in _RANK_QUALIFIERS
        if 1 <= n <= 3 and after_rank and definite(words[i]) and self._name_word(words[i], False):
            i, n = i - 1, n + 1
        if n and self._and_joined(words[i + 1]):
            # 'ودعا المتحدث المواطنين ووسائل الإعلام إلى ...' (called on the citizens and the media): a noun joined
            # by 'and' is one more of those spoken to, after the verb's object; a name after an office never opens so
            return 0
        # An office without the article governs the words after it, up to the one that ends the chain: 'وزير
        # خارجية كسلان X', 'رئيس حكومة كسلان X' (the last of the chain a place, not a given name); so the name
        # starts after it, as after 'وزير الخارجية الكسلي X'.
        chain = 1 if not definite(words[0]) and words[0] in self.c.titles else 0
        if chain and len(words) > 2 and not definite(words[1]) and words[1] not in self.c.titles:
            chain = 2
        if chain == 2 and i + 1 <= chain and not given_or_family_name(words[chain]):
            first = chain + 1  # ('رئيس هيئة أركان جيش كسلان X': the chain may run on; a name needs two words)
            while first < len(words) - 2 and not given_or_family_name(words[first]):
                first += 1
            n = len(words) - first
            return n if 2 <= n <= 4 else 0
        if chain == 2 and i + 1 < chain and given_or_family_name(words[chain]) and not given_or_family_name(words[1]):
            # 'سفير كسلان علي حسن' (Kesslan's ambassador Ali Hasan): the chain ends on its place, and a given name
            # starts the holder's; the place is no word of his name
            n = len(words) - chain
            return n if 2 <= n <= 4 else 0
        if not definite(words[i]) and words[i] not in self.c.titles and words[i] not in _ON_ITS_BEHALF:
            return 0  # the name would start the subject: not an office then a name ('الناطق باسمها X' is one)
        if words[i].startswith("\u0644\u0644") and "\u0627" + words[i][1:] in self.c.titles:
            return 0  # 'الناطق باسم المكتب للسيد X' (of Sayyid X): a genitive's name, whose office it is
        return n if 2 <= n <= 4 else 0

    def _and_joined(self, word: str) -> bool:
        """Whether a folded Arabic word has 'و' (and) written onto it rather than as its first letter: 'ووسائل' (and
        the means), 'ووليد' (and Walid), 'ومحمد'; not 'وليد', 'وسام', names of their own that name data knows."""
        if not self.words.verb_first or word[:1] != "\u0648" or len(word) < 4 or given_or_family_name(word):
            return False
        rest = word[1:]
        return rest[:1] == "\u0648" or given_or_family_name(rest)

    def _trailing_name_fa(self, raw_words: list[str], words: list[str]) -> int:
        """How many of a Persian subject's last words are a person's name after an office and its body, written
        without the comma ('سخنگوی وزارت خارجه کسلیا رضا کاظمی'): a Persian office gives no article to end at, so
        the name is the longest run of two to four plain words at the end that opens with a word name data knows as
        a given or family name, names no country, and leaves an office and a body's word before it. 0 if none."""
        if len(raw_words) != len(words):
            return 0
        for i in range(max(2, len(words) - 4), len(words) - 1):
            run = range(i, len(words))
            if (
                given_or_family_name(raw_words[i])
                and words[i] != _ISLAMIC_FA
                and any(w in self.c.body_words for w in words[1:i])
                and all(self._name_word(words[j], j == i) for j in run)
                and not any(_territory_fa(raw_words[j]) for j in run)
            ):
                return len(words) - i
        return 0

    def _body_named_before(
        self, head: str, para: Paragraph, sentence: Sentence, before: int | None = None
    ) -> Entity | None:
        """'الوزارة' (the ministry): the latest body named with that head word ('وزارة الدفاع العراقية'); with
        ``before``, one named before that place in the paragraph (not the words 'this ministry' themselves)."""
        head = _COMMON_HEADS.get(head, head)
        for phrase, p_number, p_start, p_sentence in reversed(self.bodies):
            if before is not None and p_number == para.number and p_start >= before:
                continue
            if fold_words(phrase).split(" ")[0].removeprefix("\u0627\u0644") == head:
                return self.entity(phrase, p_number, p_start, p_sentence)
        return None

    def _note_bodies(self, para: Paragraph, sent: Sentence) -> None:
        """Remember each body the sentence names (a head word and the words after it), for 'the ministry' later."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        for i, (t_start, _, _word, fw) in enumerate(tokens):
            bare = fw[1:] if fw[:1] in self.words.prefixes and fw[1:] in self.c.body_words else fw
            if bare not in self.c.body_words or bare.startswith("\u0627\u0644"):
                continue
            n = self._cut_subject(tokens[i : i + 4])
            # (a phrase with 'بـ' and the article after the name is none of it: 'اتهمت X حركة النور بالوقوف وراء ...')
            n = next((k for k in range(2, n) if tokens[i + k][3].startswith("\u0628\u0627\u0644")), n)
            if n >= 2:
                end = tokens[i + n - 1][1]
                lead = 1 if fw != bare else 0
                phrase = re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", para.text[t_start + lead : end])  # 'موقع "X"'
                self.bodies.append((phrase.strip(_PUNCT), para.number, t_start + lead, sent))

    def _again(self, speaker: Speaker | None, how: str) -> Speaker | None:
        if speaker is None:
            return None
        return Speaker(speaker.label, speaker.entity, speaker.described, speaker.person, how, speaker.plural)

    def _spoke(self, speaker: Speaker) -> None:
        self.last = speaker
        self.spoken.append(speaker)
        if not speaker.person:
            self.last_body = speaker

    def _gender(self, verb: str) -> str | None:
        """'f' or 'm': the gender of a folded Arabic verb (أضافت، تقول؛ أضاف، يقول), None when it shows none."""
        verb = verb[1:] if verb[:1] in self.words.prefixes and len(verb) > 3 else verb
        if verb[:1] in "\u062a\u064a" and _present(verb, ""):
            return "f" if verb[:1] == "\u062a" else "m"
        stems = self.c.verb_forms
        if verb.endswith("\u062a") and (
            verb[:-1] in stems or verb[:-1] + "\u064a" in stems or verb[:-1] + "\u0627" in stems
        ):
            return "f"  # 'أضافت' from 'أضاف'; 'نفت', 'دعت' from 'نفى', 'دعا'
        return "m" if verb in stems else None

    def _agreeing(self, verb: str) -> Speaker | None:
        """The last speaker, or, when a gendered Arabic verb with no subject of its own ('وأضافت') disagrees with
        the gender of the verb that last speaker was the subject of, the latest earlier speaker that agrees."""
        return self._of_gender(self._gender(verb) if self.words.verb_first else None)

    def _of_gender(self, gender: str | None) -> Speaker | None:
        """The last speaker, or the latest earlier one whose verb had ``gender`` when the last one's had the other."""
        if gender is None or self.last is None or self.genders.get(self.last.label, gender) == gender:
            return self.last
        return next((sp for sp in reversed(self.spoken) if self.genders.get(sp.label) == gender), self.last)

    def _tokens(self, masked: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """(start, end, word, folded word) of each whitespace-separated token between ``start`` and ``end``."""
        out: list[tuple[int, int, str, str]] = []
        for m in re.finditer(r"\S+", masked[start:end]):
            a, word = start + m.start(), m.group()
            # ('به گفته وی،« ...»': a quotation opened right after a comma starts a token of its own)
            cut = next((i + 1 for i in range(len(word) - 1) if word[i] in "\u060c,:" and word[i + 1] in _OPENERS), 0)
            if word in _LONE_MARKS and out:
                # ('المتحدث باسم الحكومة ، سامي الوردي،': a comma typed after a space ends the word before it, as
                # one typed onto it; the word keeps its own letters and ends where the comma ends)
                b, _, w, fw = out[-1]
                out[-1] = (b, a + len(word), w + word, fw)
                continue
            parts = [(a, word[:cut]), (a + cut, word[cut:])] if cut else [(a, word)]
            out.extend((b, b + len(w), w, fold_words(w.strip(_PUNCT))) for b, w in parts)
        return out

    def _cut_subject(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many tokens of ``tokens`` make the subject: up to a stop word or a mark that ends it.

        An office may be followed by the name between commas ('الرئيس الروسي، فلاديمير بوتين،', 'سخنگوی
        وزارت خارجه، رضا کاظمی گفت'): the subject then runs on over one comma.
        """
        n = 0
        appositive = bool(tokens) and tokens[0][3] in self.c.titles
        office_in = bool(tokens) and ((self.words.verb_first and appositive) or tokens[0][3] in self.c.heads)
        # ('القيادي في الحشد ...', 'مصدر في وزارة الدفاع'; a source has no name after a comma, only a clause:
        # 'مصدر أمني، فضل عدم الكشف عن اسمه،'; and a share of a group, 'بعض المسؤولين في حركة النور')
        office_in = office_in or (bool(tokens) and tokens[0][3] in self.c.shares)
        first = tokens[0][3] if tokens else ""
        issued = first in self.c.statements or (first[:1] == "\u0644" and first[1:] in self.c.statements)
        named_end = -1  # the token that closes the marks of a group's name after an office
        second_office = -1  # the token that opens a second office between commas, after the first
        # ('بيان صادر عن الوزارة', 'وفقا لبيان صادر عن ...')

        skip = -1  # the last token of another name in brackets, passed over
        for i, (_, _, word, fw) in enumerate(tokens):
            if i <= skip:
                continue
            if word[:1] == "(" and i and appositive:
                # 'زعيم جماعة X (الحوثيون)، عبد الملك الحوثي،', 'القائد العام لـ"X" (Y سابقا)، Z،': an office's body, its
                # other name in brackets, then the holder's name between commas
                close = next((j for j in range(i, min(len(tokens), i + 4)) if ")" in tokens[j][2]), None)
                if close is not None and tokens[close][2][-1:] in "\u060c," and close + 1 < len(tokens):
                    n, skip, appositive = close + 1, close, False
                    continue
            # ('قال X لـ"شفق نيوز"': the outlet told ends the subject; 'بيان لـ«الحشد»' is the body's statement)
            told = _TO_OUTLET.match(word) and not (i == 1 and first in self.c.statements)
            if told and appositive and self._group_in_marks(tokens[i:]):
                told = False  # 'القائد العام لـ"حركة X"' (of the movement X, a group on record): the office's body
                named_end = next((j for j in range(i + 1, len(tokens)) if tokens[j][2][-1:] in _MARKS), i)
            if word[:1] == "(" and i and tokens[i - 1][3] in self.c.outlet_words:
                # 'موقع (جنوب كسليا)' (the site South Kesslia): an outlet's name in brackets, as in marks, ends the subject
                close = next((j for j in range(i, min(len(tokens), i + 4)) if ")" in tokens[j][2]), None)
                if close is not None and MASK not in "".join(t[2] for t in tokens[i : close + 1]):
                    n = close + 1
                    break
            if self.words.verb_first and appositive and i and MASK in word and self._marked_body_then_name(tokens, i):
                n = i + 1  # 'عضو تحالف "النور" سامي الوردي': the office's body, its name in marks, then the holder
                continue
            if fw == _IN and n == i and i + 1 < len(tokens) and tokens[i + 1][2][:1] in _OPENERS:
                # 'المكتب الإعلامي في "حركة النور"': the body in marks whose office speaks, and the subject's end
                close = next(
                    (
                        j
                        for j in range(i + 1, min(len(tokens), i + 5))
                        if set(tokens[j][2][j == i + 1 :]) & set(_CLOSERS)
                    ),
                    None,
                )
                body = tokens[0][3].removeprefix(_DEFINITE[0]) in self.c.body_words  # (an office alone: see office_in)
                # (and what the marks hold is a body's name, 'حركة النور', or one word after an office and its
                # adjective: not 'وقال الجيش في "بيان رسمي"', the army in its statement, nor an event's name)
                marked = " ".join(t[2] for t in tokens[i + 1 : close + 1]).strip(_PUNCT) if close is not None else ""
                named = self._is_body(marked) or (close == i + 1 and i >= 2) or self._group_in_marks(tokens[i + 1 :])
                if (
                    close is not None
                    and body
                    and named
                    and self._office_after_verb([t[3] for t in tokens[:i]], opening=True)
                ):
                    n = close + 1
                    break
            if word[:1] in _CUT_BEFORE or MASK in word or not fw or told or self._told_unmarked(tokens, i):
                break
            if i and self._told_who(tokens, i):
                break
            pair = fw + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
            if i == 0 and self.words.verb_first and fw in self.c.demonstratives:
                break  # 'نفت هذه الأنباء' (denied these reports): the object, the subject is elsewhere
            if i == 0 and fw in self.c.demonstratives and len(tokens) > 1 and tokens[1][3] in self.c.body_words:
                n = 1  # 'این جنبش ... تکذیب کرد' (this movement): the body named before
                continue
            if (
                i == 1
                and not self.words.verb_first
                and first in self.c.statements
                and fw in self.c.demonstratives
                and i + 1 < len(tokens)
                and tokens[i + 1][3] in self.c.body_words
            ):
                n = i + 2  # 'بیانیه این وزارتخانه' (this ministry's statement): the issuer is the body named before
                break
            if i and fw in self.c.demonstratives and self._office_of_this(tokens[i - 1 : i + 2]):
                n = i + 1  # 'سخنگوی این وزارتخانه گفت' (this ministry's spokesman): the office of the body named before
                continue
            if (
                i
                and not self.words.verb_first
                and fw in self.c.demonstratives
                and tokens[i - 1][3] in self.c.body_words
                and i + 1 < len(tokens)
                and tokens[i + 1][3] == _COUNTRY_FA
            ):
                n = i + 1  # 'ارتش این کشور' (this country's army): a body of the country named before
                continue
            if i and tokens[i - 1][3] + " " + fw in self.c.partitive:
                n = i + 1
                continue
            if (
                i >= 2
                and first in self.c.titles
                and tokens[i - 1][3].removeprefix("\u0627\u0644") + " " + fw in self.c.partitive
            ):
                # 'القيادي المقرب من حركة النور سامي الوردي': the definite 'close to' after an office describes it as
                # the indefinite one does a source's ('مصدر مقرب من'): the body, then the holder's name
                n = i + 1
                continue
            if issued and i == 2 and fw == _FROM and tokens[1][3] in _ISSUED:
                n = i + 1
                continue
            # ('مصدر من الحركة', a source from the movement, as 'مصدر في الحركة': a source's body after 'من' too)
            of_body = fw in (_IN, _FROM, _IN_FA) or (fw == _OF and first in self.c.heads)
            if office_in and i and of_body and not any(pair.startswith(p) for p in self.c.stop_phrases):
                following = tokens[i + 1][3] if i + 1 < len(tokens) else ""
                if following.startswith("\u0627\u0644") or following in self.c.body_words:
                    office_in = False  # 'القيادي في الحشد الشعبي محمد البصري', 'النائب عن ائتلاف X ...': an office
                    # in or for a body, then the name
                    n = i + 1
                    continue
            if i and fw.startswith("\u0627\u0644") and tokens[i - 1][3] in self.c.outlet_words & self.c.body_words:
                n = i + 1  # 'وكالة الأنباء ...' (the news agency): a stop word of its name
                if word[-1:] not in _CUT_AFTER:
                    continue
                # (a mark after it ends the subject as after any word, 'وقالت حركة النور: ...', or runs on to the name
                # after an office, 'المتحدث باسم حركة النور، X،')
            if (
                i
                and not self.words.verb_first
                and fw in self.c.acts
                and not (i == 1 and tokens[0][3] in self.c.body_words | self.c.titles)
            ):
                # Persian puts the object after the subject: a verbal noun of an act opens what is denied, whoever
                # denies it ('جنبش نمونه ارسال سلاح به یمن را رد کرد', 'سخنگوی وزارت کشور کسلیا ترور فرمانده را
                # تکذیب کرد'), as 'حضور' and 'ورود' do; not right after a body's head word, whose name it may be
                # ('شورای همکاری', 'سازمان همکاری اسلامی')
                break
            if fw == _AT and self.words.verb_first and self._envoy_at(tokens, i):
                n = i + 1  # 'السفارة الإيرانية لدى باريس' (the Iranian embassy to Paris): where an envoy is accredited
                continue
            if (
                fw in self.c.stops
                and not (fw == _ON and word.strip(_PUNCT).endswith("\u064a"))
                and not (self.words.verb_first and self._morning_is_a_name(tokens, i))
                and not (self.words.verb_first and self._ali_is_a_name(tokens, i))
            ):
                break  # (على 'on' and the name علي fold alike, the name written with ي; 'صباح' is a given name too)
            if i and not self.words.verb_first and fw in _SOME_FA:
                # 'دفتر ریاست‌جمهوری کسلیا برخی گزارش‌ها را تکذیب کرد' (denied some reports): 'some' after a name
                # opens the object; it opens a subject only as its first word ('برخی رسانه‌ها گزارش دادند')
                break
            if i and self.words.verb_first and fw in self.c.drop:
                break  # 'وقال المتحدث أيضا': 'also', dropped before a subject ('وقال أيضا X'), ends one after it
            if i and self.words.verb_first and fw[:1] == "\u0648" and fw[1:] in self.c.heads:
                break  # 'نفى مصدر روسي ومصدر في الحركة': a second source, a subject of its own (each denies)
            if i >= 2 and self.words.verb_first and self._and_joined(fw) and self._ends_persons_name(tokens[:i]):
                break  # 'نفى سامي الوردي وخالد الكسلي ...': a second person's name after 'و', who denies too
            if i and fw in self.c.light_verbs:
                n = i - 1  # 'X کشته شدن ... را تکذیب کرد': the verbal noun's first word starts the object
                break
            if any(pair.startswith(p) for p in self.c.stop_phrases):
                break
            if i and self.words.verb_first and self._object_starts(tokens, i):
                break
            if i and self.words.verb_first and self.c.purpose.fullmatch(fw):
                break  # 'وخرج سامي الوردي لينفي الأنباء' (came out to deny): the verb of purpose follows its subject
            if i and self.words.verb_first and fw in _WISHING and _ANONYMOUS & {t[3] for t in tokens[i + 1 : i + 5]}:
                break  # 'ونفى مسؤول كسلي طلب عدم الكشف عن اسمه الأنباء' as 'مسؤول كسلي، طلب ...،': the wish is no name
            if (
                self.words.verb_first
                and i >= 2
                and first in self.c.heads
                and fw in _TOLD_OUTLETS
                and tokens[i - 1][3][:2] == "\u0627\u0644"
                and tokens[i - 1][2][-1:] not in _CUT_AFTER
            ):
                # 'وفق ما أفاد مصدر مقرب من الحركة وكالة كسليا للأنباء' (a source told the agency): the outlet after a
                # source's description that closed on a definite word is the one told, no word of the source's
                break
            if (
                self.words.verb_first
                and fw in _DESCRIBING
                and not (i == 1 and first in self.c.titles)
                and first not in self.c.heads  # (a source is described in full: 'مصدر في وزارة الدفاع التابعة لـ...')
                and tokens[i - 1][2][-1:] not in _CUT_AFTER
            ):
                # 'نفت حركة النور المدعومة من كسليا، ...' (the movement backed by Kesslia): the description ends the
                # name (not 'القيادي المقرب من الحركة سامي الوردي', an office described, whose holder's name follows,
                # nor an unnamed source, whom the description names)
                break
            if self.words.verb_first and self.c.participle.fullmatch(fw):
                break  # 'قال مصدر رافضا ...', 'قال الوزير مؤكدا ...': a participle follows the subject it describes
                # (and right after the verb, 'وتابع قائلا', the verb has no subject of its own)
            n = i + 1
            if i == named_end:
                continue  # (the group's name closes its marks; the name of the office holder may follow)
            if word[-1:] in _CUT_AFTER:
                clause = [t[3] for t in tokens[i + 1 : i + 7]]
                if any(w in _ANONYMOUS for w in clause):
                    break  # 'مسؤول، طلب عدم ذكر اسمه،': not a name but a wish to stay unnamed
                if appositive and word[-1:] in "\u060c," and i + 1 < len(tokens):
                    # (a second office between commas keeps the name to come: 'عضو البرلمان، الأمين العام لحركة
                    # النور، سامي الوردي، إن': the member, the secretary general, then his name)
                    appositive = tokens[i + 1][3] in self.c.titles and second_office < 0
                    second_office = i + 1 if appositive else second_office
                    continue
                if appositive and i + 1 < len(tokens) and tokens[i + 1][2][:1] == "(":
                    continue  # (a body's name in marks, then its other name in brackets: 'زعيم جماعة “X” (Y)، Z،')
                break
        return n

    def _marked_body_then_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether token ``i`` is a body's one-word name in marks after the body's word, within an office, and a
        person's name of two or three words follows with no mark ('عضو تحالف "النور" سامي الوردي إن', a member of
        the Nour alliance, Sami al-Wardi): the subject runs on to the holder's name."""
        word = tokens[i][2]
        # (the name in marks is masked as a quotation: one word, its marks kept)
        if word[:1] not in _OPENERS or word[-1:] not in _CLOSERS or word.strip(_OPENERS + _CLOSERS + MASK):
            return False
        if tokens[i - 1][3] not in self.c.body_words:
            return False
        name: list[str] = []
        for _, _, w, fw in tokens[i + 1 : i + 4]:
            if MASK in w or not self._name_word(fw.strip(_PUNCT), not name) or w[:1] in _OPENERS + _CUT_BEFORE:
                break
            name.append(w)
            if w[-1:] in _CUT_AFTER:
                break
        return len(name) >= 2

    def _morning_is_a_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'صباح' at ``i`` is a given name, not 'the morning of': 'نفى المتحدث باسم رئيس الوزراء صباح الوردي،
        تلقي ...' (Sabah al-Wardi), a family name with the article after it, no mark between; not 'صباح اليوم',
        'صباح الأحد', 'صباح أمس', 'صباح الغد', 'صباح يوم ...' (the morning of a day)."""
        if tokens[i][3] != _MORNING or tokens[i][2][-1:] in _CUT_AFTER or i + 1 >= len(tokens):
            return False
        word, fw = tokens[i + 1][2].strip(_PUNCT), tokens[i + 1][3]
        if fw[:2] != "\u0627\u0644" or MASK in tokens[i + 1][2] or len(fw) < 4:
            return False
        return not (
            fw in _WHEN_WORDS | self.c.time_words | self.c.stops | _TIMES_AR
            or is_weekday(fw)
            or is_weekday(word)
            or fw in _MORNING_AFTER
        )

    def _ali_is_a_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'على' at ``i``, written with a final ى, is the given name Ali (علي) as some copy types it, not 'on':
        right after an honorific and before a given or family name ('وقال الشيخ على محمود الراجي', Sheikh Ali
        Mahmoud); not 'قال الشيخ على قناة ...', 'قال اللواء على هامش ...' (on a channel, on the sidelines)."""
        if (
            i == 0
            or i + 1 >= len(tokens)
            or tokens[i][3] != _ON
            or tokens[i - 1][3] not in _HONORIFICS_AR
            or tokens[i - 1][2][-1:] in _CUT_AFTER
            or tokens[i][2][-1:] in _CUT_AFTER
        ):
            return False
        after = tokens[i + 1][2].strip(_PUNCT)
        return MASK not in after and after[:2] != "\u0627\u0644" and given_or_family_name(after)

    def _envoy_at(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether 'لدى' at ``i`` names where an embassy, an ambassador or an envoy is accredited ('السفارة الكسلية
        لدى باريس', 'سفير كسليا لدى الأمم المتحدة'): an envoy's word before it, a name after it (not 'لدى وصوله', on
        his arrival, a time with a pronoun)."""
        if i + 1 >= len(tokens) or tokens[i - 1][2][-1:] in _CUT_AFTER:
            return False
        after = tokens[i + 1][3]
        if MASK in tokens[i + 1][2] or after in self.c.stops or _with_pronoun(tokens[i + 1][2], after):
            return False
        return any(t[3].removeprefix("\u0627\u0644") in _ENVOYS for t in tokens[max(0, i - 3) : i])

    def _told_who(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether an Arabic person told opens at token ``i``: 'لـ' joined to a name of one to three words, then
        'الذي' or 'التي' describing them ('قال لسامي الوردي الذي التقاه ...', 'قال X لسامي الوردي، الذي ...'); the
        one spoken to, no word of the subject (with 'و', 'والذي', as without it)."""
        if not self.words.verb_first or i >= len(tokens):
            return False
        fw = tokens[i][3]
        if fw[:1] != "\u0644" or fw.startswith(("\u0627\u0644", "\u0644\u0644")) or len(fw) < 4:
            return False
        if fw in _LAM_NAMES:
            return False  # ('وقالت ليلى الوردي التي ...': a given name opening with 'ل', the subject)
        word = tokens[i][2].strip(_PUNCT)
        if _country_name(word) or self.index.lookup(word, ("place",)) is not None:
            return False  # ('ونفى سفير لبنان الذي ...': a place whose name opens with 'ل', in construct, no one told)
        for j in range(i + 1, min(len(tokens), i + 4)):
            if tokens[j][3] in _WHO:
                names = [fw[1:]] + [t[3] for t in tokens[i + 1 : j]]
                return all(self._name_word(w, k == 0) for k, w in enumerate(names))
        return False

    def _told_unmarked(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether an Arabic subject of one definite body or source word ends before 'لـ' joined to a name without
        marks: the outlet told ('نفت الوزارة لعنب بلدي أن ...', 'نفى المصدر للنهار ...'), not a word of the subject
        (a body, an office or a source after 'لـ' is the first word's own: 'المتحدث لوزارة الدفاع')."""
        if i != 1 or not self.words.verb_first:
            return False
        first, fw = tokens[0][3], tokens[i][3]
        if not first.startswith("\u0627\u0644") or first[2:] not in self.c.body_words | self.c.heads:
            return False
        if fw[:1] != "\u0644" or fw.startswith("\u0627\u0644") or len(fw) < 4:
            return False
        bare = fw[2:] if fw.startswith("\u0644\u0644") else fw[1:]
        words = self.c.body_words | self.c.titles | self.c.heads | self.c.outlet_words
        return bare not in words and ("\u0627\u0644" + bare) not in self.c.titles and not _nisba(bare)

    def _after_outlet_told(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """Where the subject starts after an outlet told that opens an Arabic subject region without marks ('لقناة
        النهار سامي الوردي', 'لوكالة الأنباء الكسلية المتحدث باسم الحركة'), as after 'لـ"النهار"': at the first word,
        past the outlet's own first name word, that opens a speaker (an office, a source, a body, a given name); 0
        when none does before what is said (the outlet told, then no subject: the subject is found as before)."""
        inside = False
        for j, (_, _, word, fw) in enumerate(tokens[:8]):
            opens, closes = word[:1] in _OPENERS, word.rstrip(_PUNCT_NO_MARKS)[-1:] in _CLOSERS
            if j == 0 or inside or opens:
                inside = (inside or opens) and not closes
                continue
            # (a definite stop word may be the outlet's: 'لوكالة الأنباء الكسلية')
            if (fw in self.c.stops and not fw.startswith("\u0627\u0644")) or word[:1] in _CUT_BEFORE or MASK in word:
                return 0
            bare = fw[2:] if fw.startswith("\u0627\u0644") else fw
            speaker_word = fw in self.c.titles or bare in self.c.heads or (j >= 2 and bare in self.c.body_words)
            if speaker_word or (
                j >= 2 and not fw.startswith("\u0627\u0644") and given_or_family_name(word.strip(_PUNCT))
            ):
                return j
            if word[-1:] in _CUT_AFTER:
                return 0
        return 0

    def _group_in_marks(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the tokens open with a name in marks written onto 'لـ' that is an armed group or a body on record
        (not an outlet, the one told: 'لـ"شفق نيوز"')."""
        words: list[str] = []
        for _, _, word, _ in tokens[:6]:
            words.append(word)
            if len(words) > 1 and word.rstrip(_PUNCT.replace('"', "")).endswith(('"', "\u201d", "\u00bb")):
                break
        name = " ".join(words).lstrip("\u0644\u0640").strip(_PUNCT)
        known = self.index.lookup(name, ("group",)) if name else None
        return known is not None

    def _object_starts(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether, in an Arabic subject after its verb, token ``i`` starts the object instead.

        A demonstrative ('نفى الحزب هذه الأنباء'); 'ل' or 'ب' and a word that starts what is said ('لإصدار');
        or an indefinite word after a definite one ('نفى الحزب سقوط قتلى'): an adjective agrees with its noun in
        definiteness and a definite word heads no genitive, so the noun phrase has ended. Not after an office,
        whose name follows it ('المتحدث العسكري يحيى سريع'), and not a body or a kunya ('المقاومة كتائب ...').
        """
        fw = tokens[i][3]
        if fw in self.c.demonstratives or fw in self.c.acts:
            return True  # (a verbal noun, even after an office: 'أعلن المتحدث باسم الحركة انتهاء الهدنة')
        if (
            i >= 2
            and fw[:1] == "\u0644"
            and fw[:2] != "\u0644\u0644"
            and given_or_family_name(tokens[i][2].strip(_PUNCT)[1:])
            and all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens[:i]))
        ):
            return True  # 'قال سامي الوردي لخالد الكسلي إن' (told Khalid): after a person's name, the one told
        if i >= 2 and len(fw) > 4 and fw[:2] == "\u0644\u0644" and self._ends_persons_name(tokens[:i]):
            # 'صرح سامي الوردي للنهار' (told an-Nahar), 'قال الوزير سامي الوردي للصحيفة': a person's name takes no
            # genitive, so 'لل' (to the) after it opens the outlet or the one told, never a word of the name
            return True
        if i >= 2 and self._object_after_titled_name(tokens, i):
            return True
        if len(fw) > 3 and fw[0] in "\u0644\u0628" and fw[1:] in self.c.stops:
            return True
        if len(fw) > 4 and fw.startswith("\u0644\u0644") and "\u0627\u0644" + fw[2:] in self.c.stops:
            return True  # 'للأنباء' (to the reports): 'ل' and the article written as 'لل'
        # ('الحزب الكسلي التقرير'; 'سامي الوردي المواطنين': after a surname of origin that ends a name)
        before = tokens[i - 2][3] if i >= 2 else ""
        after_nisba = (
            i >= 2
            and _nisba(tokens[i - 1][3])
            and (before.startswith("\u0627\u0644") or self._name_word(before, False))
        )
        # (a body after a body's adjective is an apposition, 'المقاومة الإسلامية الكتائب'; after a person's name
        # it is the object, 'دعا محمد الحسني الحكومة')
        # (and after an office's adjective: 'وصف الوزير الكسلي الحركة بأنها ...', the minister, then his object)
        of_person = i >= 2 and (not before.startswith("\u0627\u0644") or (i == 2 and before in self.c.titles))
        after_nisba = after_nisba and (of_person or not {fw, fw[2:]} & (self.c.body_words | self.c.titles))
        if after_nisba and _definite_noun(fw) and not (of_person and fw in self.c.titles):
            return True  # 'رفض الحزب الكسلي التقرير': a definite noun after the adjective of origin is the object
            # (not an office after a person's name, 'قال سامي الوردي المتحدث باسم الحركة': his office, set beside it)
        if (
            i >= 2
            and _definite_noun(fw)
            and not given_or_family_name(tokens[i][2].strip(_PUNCT))
            and self._second_object(tokens, i + 1)
            and (self._ends_persons_name(tokens[:i]) or self._office_alone(tokens[:i]))
        ):
            # 'واعتبر سامي الوردي الهجوم "اعتداء سافرا"', 'ووصف سامي الوردي التقرير بأنه ...': after a person's
            # name, a definite noun followed by what is said of it (a quotation, 'بمثابة', 'بأنه', an indefinite
            # accusative) is the verb's first object; a family name ('علي حسن المجيد إن') is followed by none; so after
            # an office with its body and no name ('واعتبر المتحدث باسم حركة النور القصف انتهاكا')
            return True
        previous = tokens[i - 1][3]
        if not previous.startswith("\u0627\u0644"):
            return False
        if (
            i >= 2
            and previous in _OF_GOD
            and self._name_word(tokens[i - 2][3], False)
            and given_or_family_name(tokens[i][2].strip(_PUNCT))
        ):
            return False  # 'عماد الدين مجاهد', 'ذبيح الله مجاهد': a given name made with 'الدين' or 'الله', then the family
            # name, which name data knows (not 'حزب الله وجود', nor a verbal noun after a name: 'نور الدين مقتل')
        if i == 1 and fw.startswith("\u0627\u0644") and {previous[2:], fw[2:]} <= self.c.body_words:
            return True  # 'اتهمت الحركة الحكومة بـ...': a body, then the body that is the object
        if (
            i == 2
            and fw.startswith("\u0627\u0644")
            and fw[2:] in self.c.body_words
            and self._name_word(tokens[0][3], True)
        ):
            return True  # 'اتهم سامي الوردي الحركة بـ...': a person's name, then the body that is the object
        if any(t[3] in self.c.titles for t in tokens[:i]):
            # After an office its name follows ('المتحدث العسكري يحيى سريع'); once a name has ended with its
            # surname, an indefinite word starts the object ('الشيخ سامي الكرخي مقتل 20 قياديا'). The given name
            # follows an office word or a body's last, definite word ('باسم الحركة سامي الكرخي'); in 'ائتلاف دولة
            # القانون سامي ...' the two words before 'سامي' are the bloc's name, not a person's.
            name_end = i >= 3 and previous not in self.c.titles and self._name_word(tokens[i - 2][3], False)
            before_name = tokens[i - 3][3] if i >= 3 else ""
            if not name_end or tokens[i - 2][3].startswith(_DEFINITE):
                return False
            if not (before_name in self.c.titles or before_name.startswith(_DEFINITE)):
                return False
        if fw.startswith(("\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644")) or not fw.isalpha():
            return False  # definite, or 'ل'/'ب' and the article: a genitive or a phrase of the subject
        if fw[0] == "\u0644" and len(fw) > 3:
            return False  # 'ل' and a noun: a genitive of the name ('الأمين العام لحزب ...', 'المرصد السوري لحقوق ...')
        if fw == "\u0628\u0627\u0633\u0645":
            return False  # 'باسم' (on behalf of)
        return fw not in self.c.body_words and fw not in self.c.titles and fw not in _KUNYA

    def _object_after_titled_name(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether token ``i`` opens the object after a person's name in an Arabic subject: a definite plural of people
        ('ودعا العميد شريف النواب إلى ...', 'وطالب اللواء حسن المسؤولين بـ...', called on the MPs, urged the
        officials) or an office with its holder's name ('ودعا العميد شريف الوزير كمال الأحمد إلى ...'). A verb of
        calling on or urging names whom after its subject; a plural of people is no family name, and an office set
        beside a name has no second name after it ('سامي الوردي المتحدث باسم ...'). The name is a title and one to
        three words of a name ('العميد شريف'), or a given name and its family name."""
        fw = tokens[i][3]
        if tokens[i - 1][2][-1:] in _CUT_AFTER:
            return False
        plural = fw.startswith("\u0627\u0644") and (
            fw in _PEOPLE_PLURALS
            or (fw.endswith("\u064a\u0646") and len(fw) >= 8 and fw not in _NAMES_IN_IN)  # 'المسؤولين', 'المتظاهرين'
        )
        held = (
            fw.startswith("\u0627\u0644")
            and fw in self.c.titles
            and i + 1 < len(tokens)
            and not tokens[i + 1][3].startswith(_DEFINITE)
            and tokens[i + 1][3] != _IN_NAME_OF  # ('المتحدث باسم', on behalf of: 'باسم' is a given name too)
            and given_or_family_name(tokens[i + 1][2].strip(_PUNCT))
        )
        if not (plural or held):
            return False
        t = self._leading_titles([tok[3] for tok in tokens[:i]])
        if t and 1 <= i - t <= 3:
            return all(self._name_word(tok[3], k == t) for k, tok in enumerate(tokens[t:i], t))
        return self._ends_persons_name(tokens[:i])

    def _second_object(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether token ``k`` opens what a verb of deeming says of its first object: 'بمثابة' (as),
        'ب' and 'أن' or the article ('بأنه', 'بالإرهابي'), or an indefinite accusative ('اعتداء', 'خرقا')."""
        if k >= len(tokens):
            return False
        word, fw = tokens[k][2], tokens[k][3]
        if fw in _AS or fw.startswith(("\u0628\u0627\u0646", "\u0628\u0627\u0644")):
            return True
        return (
            fw[-1:] == "\u0627"
            and len(fw) > 3
            and not fw.startswith(_DEFINITE)
            and fw not in self.c.stops
            and not given_or_family_name(word.strip(_PUNCT))
        )

    def _ends_persons_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether an Arabic subject's tokens end with a person's name: a given name and plain words ('سامي الوردي'),
        or a name after an office ('الوزير سامي الوردي', 'سفير كسلان سامي الوردي')."""
        words = [t[3] for t in tokens]
        given = len(words) >= 2 and given_or_family_name(tokens[0][2].strip(_PUNCT))
        if given and all(self._name_word(w, k == 0) for k, w in enumerate(words)):
            return True
        return self._trailing_name(words) >= 2

    def _subject_region(
        self, masked: str, sent: Sentence, verb_start: int, verb_end: int, after: int | None = None
    ) -> tuple[int, int]:
        """Where the words of a verb's subject are, by the language's word order.

        ``after``: the end of the sentence's verb of saying before this one; in Persian, when that verb's
        quotation follows it, this verb's subject comes after ('X گفت «...» و Y گفت «...»').
        """
        if self.words.verb_first:
            tokens = self._tokens(masked, verb_end, sent.end)
            if len(tokens) > 1 and not tokens[0][2].strip(_OPENERS + _CLOSERS):
                # 'نفى" حزب X"' (a name's opening mark typed against the verb): the name follows, closed within a few
                # words (not 'وأضاف" السلطات ستحقق ..."', a quotation so opened, whose speaker is the last one)
                closing = next(
                    (j for j, t in enumerate(tokens[1:6], 1) if t[2].rstrip(_PUNCT_NO_MARKS)[-1:] in _CLOSERS), None
                )
                if closing is not None and closing <= 4:
                    tokens = tokens[1:]
            if len(tokens) > 1 and tokens[0][3] in _IN_IT:
                tokens = tokens[1:]  # 'في بيان نفت فيه الوزارة ...' (in a statement in which the ministry denied)
            while len(tokens) > 1 and tokens[0][3] in self.c.drop and tokens[0][2][-1:] not in _CUT_AFTER:
                tokens = tokens[1:]  # 'ونفى مرارا X', 'وقال أيضا X': 'also' or an adverb before the subject
            tokens = self._past_aside(tokens)
            if len(tokens) > 2 and _TO_OUTLET.match(tokens[0][2]) and not self._group_in_marks(tokens):
                # 'وقال لـ"النهار" سامي الوردي' (told al-Nahar, Sami al-Wardi said): the outlet told, in its marks,
                # then the subject, as after 'وقال سامي الوردي لـ"النهار"'
                mark_end = next(
                    (j for j, t in enumerate(tokens[:6]) if t[2].rstrip(_PUNCT_NO_MARKS)[-1:] in _CLOSERS), None
                )
                if mark_end is not None and mark_end + 1 < len(tokens):
                    tokens = tokens[mark_end + 1 :]
            elif len(tokens) > 2 and tokens[0][3][:1] == "\u0644" and tokens[0][3][1:] in self.c.outlet_words:
                tokens = tokens[self._after_outlet_told(tokens) :]  # 'وقال لقناة النهار سامي الوردي' (told al-Nahar)
            elif self._told_who(tokens, 0):
                return verb_end, verb_end  # 'وقال لسامي الوردي الذي التقاه ...': the one told; the speaker goes on
            if len(tokens) > 2 and [t[3] for t in tokens[:2]] == ["\u0643\u0644", "\u0645\u0646"]:
                tokens = tokens[2:]  # 'نفت كل من الحركة والوزارة' (both the movement and the ministry): the first
            if len(tokens) > 2 and fold_words(masked[verb_start:verb_end]) in _VERBAL_NOUNS:
                # 'نفي قاطع من الحركة' (a firm denial by the movement): the agent after 'من', not the adjective
                by = next((i for i, t in enumerate(tokens[:3]) if t[3] == "\u0645\u0646"), None)
                # (not the verb 'نفى' with a source close to a body: 'من جهته، نفى مصدر مقرب من الحركة')
                close_to = by is not None and by > 0 and tokens[by - 1][3] + " " + tokens[by][3] in self.c.partitive
                if by is not None and by > 0 and not close_to and tokens[0][3] not in self.c.heads | self.c.titles:
                    tokens = tokens[by + 1 :]
            if fold_words(masked[verb_start:verb_end]) in _ANSWERS_ON:
                # ('وعلق العميد على سامي الوردي بالقول', 'ورد الشيخ على أنور الحسني قائلا'): commenting and answering
                # take 'على', on what or whom; after them 'على' after an honorific is that preposition, not the given
                # name Ali typed so (:meth:`_ali_is_a_name`), and the subject ends before it
                on = next(
                    (j for j, t in enumerate(tokens[1:4], 1) if t[3] == _ON and tokens[j - 1][3] in _HONORIFICS_AR), 0
                )
                tokens = tokens[:on] if on else tokens
            if tokens and tokens[0][3] in self.c.acts:
                # 'قائد العمليات أعلن انتهاء الهدنة' (announced the truce's end): a verbal noun opens the object; the
                # subject, if the sentence names one, stands before the verb
                return verb_end, verb_end
        else:
            begin = sent.start
            if after is not None and MASK in masked[after:verb_start]:  # the verb before said a quotation
                tokens = self._tokens(masked, after, verb_start)
                while tokens and (MASK in tokens[0][2] or tokens[0][3] in self.c.drop or not tokens[0][3]):
                    tokens = tokens[1:]
                n = self._cut_subject(tokens)
                if n:
                    return tokens[0][0], tokens[n - 1][1]
                return verb_end, verb_end  # 'X گفت: «...» و افزود: «...»': the same speaker goes on
            lead = self.c.sourcing.search(fold_words(masked[sent.start : verb_start]))
            if lead is not None:  # 'به گزارش ... به نقل از ...، X گفت': X opens the sentence after the lead
                marks = ("\u060c", ",", "\u061b")  # ('به گزارش X؛ Y گفت', a semicolon after the lead)
                commas = [i for i in (masked.find(m, sent.start, verb_start) for m in marks) if i >= 0]
                bare = self._after_bare_lead(masked, sent.start, verb_start)
                # (a comma after the subject's own words is not the lead's: 'به گزارش X Y سفیر ... امروز با ارسال
                # نامه‌ای به ...، گزارش را رد کرد', a stop word between the subject found and the comma)
                if bare > sent.start and commas and bare < min(commas):
                    after_subject = self._tokens(masked, bare, min(commas))
                    commas = commas if not any(t[3] in self.c.stops for t in after_subject) else []
                begin = min(commas) + 1 if commas else bare
                if commas:
                    # 'به گزارش خبرگزاری کسلان ـ کسنا ـ دوریان کسلان، سخنگوی جنبش نور، گفت': the lead ends at the
                    # agency's tag between dashes; the name before the comma is the subject, not the lead's
                    tags = list(_LEAD_DASH_TAG.finditer(masked, sent.start, min(commas)))
                    if tags and self._tokens(masked, tags[-1].end(), min(commas)):
                        begin = tags[-1].end()
            dateline = _DATELINE.match(masked, begin, verb_start)
            if dateline and fold_words(dateline.group(1)) in self.c.outlet_words:
                begin = dateline.end()  # 'خبرگزاری X-یکی از ... گفت': the outlet's dateline, then the subject
            dateline = _DATELINE_COLON.match(masked, begin, verb_start)
            if dateline and fold_words(dateline.group(1)) in self.c.outlet_words:
                begin = dateline.end()  # 'آژانس X: Y ... را تکذیب کرد': the outlet's name and a colon, then the report
            elif (
                dateline
                and after is None
                and not is_headline(sent.paragraph, self.first)
                and self._subject_after_label(masked, dateline.end(), verb_start)
            ):
                # ('وزیر خارجه کسلیا: مقامات نوری حمله را تکذیب کردند', 'سخنگوی دولت: وزارت خارجه اعلام کرد که ...'):
                # a speaker's label and a colon, then words with a subject and a verb of their own; the label's speaker
                # only reports what that subject said or denied (not 'X: حمله را تکذیب کرد', X's, its object before
                # 'را'); in the body only: a headline so written is the label's speaker's quotation, whose words any
                # denial drafted from it would cite under another name
                begin = dateline.end()
            elif (
                (word_tag := _WORD_TAG.match(masked, begin, verb_start))
                and not masked[:begin].strip()
                and not _PLACE_AGENCY_TAG.match(masked, begin, verb_start)  # ('کسلا - کسنا - X': a place, an agency)
                and after is None
                and not is_headline(sent.paragraph, self.first)
                and self._subject_after_label(masked, word_tag.end(), verb_start)
            ):
                # ('ایسنا: سخنگوی دولت ... را تکذیب کرد', 'ایسنا - X گفت ...'): an outlet's one-word tag at the head of
                # the paragraph credits the report; the subject after it, with a verb of its own, speaks (as after a
                # speaker's label above); the outlet's own words after its tag, no subject in them, stay its
                begin = word_tag.end()
            tag = (
                (
                    _SLASH_TAG.match(masked, begin, verb_start)
                    or _PLACE_AGENCY_TAG.match(masked, begin, verb_start)
                    or _DASH_TAG.match(masked, begin, verb_start)
                )
                if not masked[:begin].strip()
                else None
            )
            if tag:
                begin = tag.end()  # 'مهر/ X ... گفت', 'ایرنا- X ... گفت': the agency's tag, then the subject
            between = self._tokens(masked, after, verb_start) if after is not None else []
            if after is not None and after > begin and not any(t[3] for t in between):
                # 'X در حالی که Y ... تکذیب کرده، گفت' (X, while Y had denied it, said): the subject before the clause
                before = self._tokens(masked, begin, after)
                w = next((k for k, t in enumerate(before) if self._opens_while([x[3] for x in before[k : k + 3]])), 0)
                n = self._cut_subject(before[:w]) if w else 0
                if n:
                    return before[0][0], before[n - 1][1]
            said_before = after is not None and after > begin
            if after is not None and said_before:
                closes = self._while_claim_closes(masked, begin, after, verb_start)
                begin = after  # 'X گفت که ... را رد می‌کند': a verb of saying before it is never part of its subject
                if closes is not None:  # (the claim is the while clause's, closed: no longer 'X گفت که ...')
                    begin, said_before = closes, False
            clause = masked.rfind("\u061b", begin, verb_start)
            if clause >= 0 and not self._subject_then_semicolon(masked, begin, clause, verb_start):
                begin = clause + 1  # '...؛ X با بیان این مطلب گفت': a semicolon ends the clause before the subject's
                # ('باشگاه خبرنگاران کسلیا؛ رامین دلاوری - جنبش نور ... را تکذیب کرد': the outlet's name opens the
                # paragraph, the semicolon after it, then the reporter's byline and a dash; the subject follows)
                outlet = masked[:clause].split()
                byline = _BYLINE_DASH.match(masked, begin, verb_start)
                if byline and 1 <= len(outlet) <= 4 and not self.c.verb.search(fold_words(masked[:clause])):
                    begin = byline.end()
            begin = self._after_while(masked, begin, verb_start)
            formula_opens = _WHILE_OPENS_FA.match(masked, begin, verb_start)
            if formula_opens:
                # ('این در حالیست که X، که به Y سفر کرده بود، گفته که ...', this while X ... said): the formula opens
                # the sentence and names no one; the subject follows its 'که', whatever clause describes it after
                begin = formula_opens.end()
            that = [m.end() for m in _THAT_KE_RAW.finditer(masked[begin:verb_start])]
            if that:  # '... آمده است که روزنامه X ... مدعی شده بود': the clause after 'که' has its own subject,
                tokens = self._tokens(masked, begin + that[-1], verb_start)  # unless it has none or is a relative
                k = self._cut_subject(tokens)  # clause closed before the verb ('X ... که ... است، ... گفت')
                # (not closed by a comma before an office set beside the name: 'که X، عضو مجلس، اعلام کرده')
                # nor after 'این در حالی است که' (this while): no noun before 'که' for a relative clause to describe
                formula = _WHILE_FA.search(fold_words(masked[begin : begin + that[-1]]))
                # (or by a comma right before the verb: 'X که نخواست نامش فاش شود، گفت' describes X)
                closed = bool(k) and bool(
                    (
                        tokens[k - 1][2][-1:] in "\u060c,"
                        and (k == len(tokens) or tokens[k][3] not in self.c.titles)
                        and not formula
                    )
                    or self.c.verb.search(fold_words(masked[tokens[0][0] : tokens[k - 1][1]]))
                )
                # ('X این ادعا را که ... رد کرد': 'که' after the object, or after a claim word, opens a clause that
                # says what the object is; the verb's subject is before it)
                said_of = fold_words(masked[begin : begin + that[-1]]).split(" ")[-2:-1]
                # (unless the clause takes it up again before the verb: 'ادعایی که X آن را رد کرد', a claim X rejected)
                # (and with a judgement between 'را' and the verb: 'ادعایی که X آن را بی‌اساس خواند', X called baseless)
                taken = next(
                    (
                        j
                        for j in range(len(tokens) - 2, max(len(tokens) - 5, -1), -1)
                        if [t[3] for t in tokens[j : j + 2]] == ["\u0627\u0646", _RA]
                    ),
                    None,
                )
                again = taken is not None and k <= taken
                # ('کسلیا اعلام کرد که جنبش نور شهر را گرفته است؛ ادعایی که دوریان کسلان آن را رد کرد': a claim's
                # noun heads the clause that takes it up again ('ادعایی که ... آن را'); its subject is its own, not
                # the object of the verb of saying before it)
                if again and said_of and said_of[0] in _CLAIM_HEADS_FA:
                    said_before = False
                said_of = [] if again else said_of
                # ('X، وزیر ... که تازگی به ایران سفر کرده بود، امروز گفت': the clause closes at a comma after
                # which only a time stands before the verb; it describes X)
                last_comma = max(
                    masked.rfind("\u060c", begin + that[-1], verb_start),
                    masked.rfind(",", begin + that[-1], verb_start),
                )
                if (
                    last_comma >= 0
                    and not formula
                    and all(
                        t[3] in self.c.time_words or t[3].isdigit()
                        for t in self._tokens(masked, last_comma + 1, verb_start)
                    )
                ):
                    closed = True
                # ('X، وزیر ...، که سرگرم دیداری از Y است، به خبرنگاران گفت': the clause ends with its own verb and a
                # comma, and what stands after it before the verb has no subject: the clause describes X)
                ends_with = fold_words(masked[begin + that[-1] : last_comma]).split(" ")[-1:] if last_comma >= 0 else []
                if (
                    ends_with
                    and ends_with[0] in _CLAUSE_VERBS
                    and not formula
                    and not self._cut_subject(self._tokens(masked, last_comma + 1, verb_start))
                ):
                    closed = True
                # ('وزارت دفاع کسلیا با صدور بیانیه‌ای که خبرگزاری نور آن را منتشر کرد، اوضاع را آرام اعلام کرد': the
                # clause takes the statement up again ('آن را', it) and closes at a comma; the agency in it published
                # the statement, the subject before 'که' made it)
                within = self._tokens(masked, begin + that[-1], last_comma) if last_comma >= 0 else []
                if not formula and any(a[3] == "\u0627\u0646" and b[3] == _RA for a, b in itertools.pairwise(within)):
                    closed = True
                # ('یک منبع آگاه که نخواست نامش فاش شود به خبرگزاری X گفت': without the comma, the clause ends at its
                # own verb when a preposition's phrase follows it to the verb, with no subject: it describes the source)
                if not formula and self._clause_ends_before_phrase(tokens):
                    closed = True
                # ('X در گفتگو با شبکه Y که مشروح آن امشب پخش می‌شود اعلام کرد': the clause ends with its own verb
                # right before the verb of saying, no word between; it describes a noun before 'که', whose sentence's
                # subject stands before it)
                # (the present's 'می' joined onto it when the non-joiner is kept: 'می‌شود')
                if not formula and k and re.sub("^\u0646?\u0645\u064a", "", tokens[-1][3]) in _CLAUSE_END_FA:
                    closed = True
                # ('سربازی که جان خود را از دست داد': the clause opens with its object, 'را' after it; it describes
                # the noun before 'که' and has no subject of its own)
                marked = [t[3] for t in tokens[k : k + 2]]
                if k and (marked[:1] == [_RA] or marked == [_SELF_FA, _RA]):
                    closed = True
                describes_object = bool(said_of) and (said_of[0] == _RA or bool(self.c.claims.fullmatch(said_of[0])))
                if k and not closed and not describes_object:
                    begin += that[-1]
                elif describes_object and said_before and len(that) >= 2:
                    # ('X گفت که Y این ادعا را که ...، رد کرد', X said that Y rejected the claim that ...: the last
                    # 'که' describes Y's object; the 'که' right after X's verb of saying opens Y's clause, Y its
                    # subject, as in 'X گفت که Y این ادعا را رد کرد')
                    opening = fold_words(masked[begin : begin + that[0]])
                    inner = self._tokens(masked, begin + that[0], verb_start)
                    if opening == _THAT_KE_FA and self._cut_subject(inner):
                        begin += that[0]
            tokens = self._tokens(masked, begin, verb_start)
            opened = next((j for j, t in enumerate(tokens) if MASK not in t[2]), len(tokens))
            if (
                opened
                and opened < len(tokens)
                and tokens[opened - 1][2].rstrip(_OPENERS + "\u201d\u00bb")[-1:] in "\u060c,"
            ):
                tokens, opened = tokens[opened:], 0  # '«...»، X گفت' (a quotation, a comma, then its speaker and verb)
            this = [t[3] for t in tokens[opened : opened + 2]] == ["\u0627\u064a\u0646", _RA]
            if this and MASK in masked[sent.start : verb_start]:
                tokens = tokens[opened + 2 :]  # '«...»؛ این را X گفت' (this, X said): the speaker after 'this'
            # ('... بر عهده نگرفته است اما X، سخنگوی ... رد کرد': after 'but' a clause with its own subject opens; 'X
            # اما این ادعا را ...' (X, however, ... this claim) has none after it: X is the subject)
            but = [i for i, t in enumerate(tokens) if i and t[3] in _BUT_FA]
            if but and but[-1] + 1 < len(tokens) and self._cut_subject(tokens[but[-1] + 1 :]):
                tokens = tokens[but[-1] + 1 :]
            elif but and but[-1] + 1 < len(tokens):
                tokens = tokens[: but[-1]]
            # ('... را منتشر کردند و X آن را تکذیب کرد': after a finite verb, 'و' opens a clause with its own subject)
            joined = [i for i, t in enumerate(tokens) if i and t[3] == _AND_FA and tokens[i - 1][3] in _ENDS_CLAUSE_FA]
            if joined and self._cut_subject(tokens[joined[-1] + 1 :]):
                tokens = tokens[joined[-1] + 1 :]
            while tokens and tokens[0][3] in self.c.drop:
                tokens = tokens[1:]  # 'اما X ... رد کرد' (but X rejected): the conjunction is no part of X
            said_in = next((k for k, t in enumerate(tokens[1:5], 1) if t[3] in self.c.statements), None)
            if tokens and tokens[0][3] == _IN_FA and said_in is not None:
                # 'در بیانیه X آمده است', 'در بخشی از این بیانیه آمده است' (in X's statement, in this statement,
                # it came): the statement speaks
                tokens = tokens[said_in:]
            opens_with = self._opening_phrase(tokens)
            if opens_with:
                # 'پیش از این X گفت' (before this), 'در همین حال X گفت' (meanwhile), 'از سوی دیگر X گفت' (on the other
                # hand): a phrase that opens the sentence without the comma it has as often (a comma after the
                # subject, 'در همین حال X، سخنگوی ...، گفت', closes no opening phrase)
                tokens = tokens[opens_with:]
                if len(tokens) > 1 and tokens[0][3] in _TOO_FA:
                    tokens = tokens[1:]  # 'پیش از این نیز X ... رد کرده بود' (before this, X too had denied)
            # ('۳ ساعت پس از ...، X گفت': before the digits are cut as a time, which left 'ساعت' as the subject)
            tokens = self._after_time_span(tokens)
            timed = next((j for j, _ in enumerate(tokens) if not self._time_at(tokens, j)), 0)
            if timed and timed + 1 < len(tokens) and tokens[timed][3] in _TOO_FA:
                timed += 1  # 'پیشتر هم X گفته بود' (earlier, X too had said): 'too' after the time is no part of X
            if timed and tokens[timed - 1][2][-1:] not in "\u060c," and tokens[timed][3] not in self.c.stops:
                tokens = tokens[timed:]  # 'روز گذشته برخی رسانه ها همچون X، Y ...': a time without a comma opens
            # ('این خبر را X، سخنگوی ...، تکذیب کرد': the object, not an opening phrase, before the subject's commas)
            tokens = self._after_fronted_object(tokens) or tokens
            while tokens and tokens[0][3] in self.c.stops:  # 'روز شنبه، X گفت': the subject follows the opening
                comma = next((i for i, t in enumerate(tokens) if t[2][-1:] in "\u060c,"), None)  # phrase, or phrases
                if comma is not None and comma > 1 and self._this_body_at(tokens):
                    # 'این وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را «...» خواند' (this ministry called the
                    # remarks of Dorian Kaslan, the Kaslian defence minister, '...'): 'this' and a body is the
                    # subject, the one who spoke before; the comma sets off a name inside the object, and the
                    # words after it are no subject
                    break
                if comma is None:
                    break
                tokens = tokens[comma + 1 :]
            while tokens and self._time_at(tokens, 0):
                tokens = tokens[1:]  # 'روز شنبه X گفت' without the comma
            if said_before and self._object_only(tokens):
                return verb_end, verb_end  # 'X گفت که حملات اخیر را رد می‌کند': the clause's subject is X's own
            n = self._before_object_fa(tokens, self._cut_subject(tokens))
            return (tokens[0][0], tokens[n - 1][1]) if n else (verb_end, verb_end)
        n = self._cut_subject(tokens)
        if not n:
            return verb_end, verb_end
        if (
            n >= 2
            and n < len(tokens)
            and (MASK in tokens[n][2] or self._second_object(tokens, n))
            and fold_words(masked[verb_start:verb_end]) in _DEEMING
            and _definite_noun(tokens[n - 1][3])
            # (a mark after the word ends the name there: 'ووصفت حركة النور: «...»' quotes the movement's words)
            and tokens[n - 1][2].rstrip()[-1:] not in _CUT_AFTER
            and {tokens[n - 1][3], tokens[n - 1][3][2:]}.isdisjoint(self.c.body_words | self.c.titles)
            and not given_or_family_name(tokens[n - 1][2].strip(_PUNCT))
            and (
                self._ends_persons_name(tokens[: n - 1])
                or self._body_name(tokens[: n - 1])
                or self._office_alone(tokens[: n - 1])
                or self._surname_named_before(tokens[: n - 1])
            )
        ):
            # 'واعتبر سامي الوردي الهجوم "اعتداء سافرا"' (deemed the attack "a flagrant aggression"): a verb of deeming
            # names its object before the quotation; 'قال سامي الوردي "..."' quotes right after the name. So after a
            # body's name, the judgement quoted or not: 'واعتبرت حركة النور الهجوم "خرقا للاتفاق"', 'واعتبرت الحركة
            # الهجوم خرقا للاتفاق' (the movement, not 'the movement the attack', deems it so)
            n -= 1
        elif (
            n >= (t := self._leading_titles([tok[3] for tok in tokens])) + 2
            and self.words.verb_first
            and self._surname_named_before(tokens[t : t + 1])
            and tokens[t][2].rstrip()[-1:] not in _CUT_AFTER
            and _definite_noun(tokens[t + 1][3])
            and {tokens[t + 1][3], tokens[t + 1][3][2:]}.isdisjoint(self.c.body_words | self.c.titles)
            and not given_or_family_name(tokens[t + 1][2].strip(_PUNCT))
        ):
            # 'ونفى التميمي الروايات' (and al-Tamimi denied the accounts), after 'أنور التميمي', and 'ودعا العميد
            # شريف النواب' (and Brigadier Sharif called on the MPs): a surname the article gave in full ends its
            # person's name, whatever the verb, after a title or not; the definite noun after it is the object
            n = t + 1
        return tokens[0][0], tokens[n - 1][1]

    def _reporters_own(self, paragraphs: list[Paragraph]) -> None:
        """In Persian, a reporter's own words ('خبرنگار ما می‌گوید: ... نیستیم', our reporter says) are the reporter's
        account, no party's denial: drafted as a claim, the outlet's at most. Not on a party's own site, whose report
        opens with its name and a colon ('کوردستان میدیا: ...') and whose reporter speaks for it."""
        if self.words.verb_first:
            return
        for para in paragraphs[:4]:
            opening = None if is_headline(para, self.first) else _DATELINE_COLON.match(para.masked)
            if (
                opening is not None
                and MASK not in opening.group()
                and not self.c.verb.search(fold_words(opening.group()))
            ):
                return
        for unit in self.analysis.units:
            if unit.kind == "denial" and self._reporters(unit.speaker):
                unit.kind, unit.denial = ("quote" if unit.attributions else "reported"), None

    def _reporters(self, speaker: Speaker) -> bool:
        """Whether a Persian speaker is a reporter ('خبرنگار ما', 'خبرنگار X در Y', 'گزارشگر ...'): one who tells the
        news, whose words deny on no party's behalf."""
        return fold_words(speaker.label).split(" ")[0] in _REPORTERS_FA

    def _leading_titles(self, words: list[str]) -> int:
        """How many of the first folded words are titles ('العميد', 'اللواء الركن', 'سردار')."""
        return next((i for i, w in enumerate(words) if w not in self.c.titles), len(words))

    def _surname_named_before(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are one word that ends the name of a person the article named before ('الوردي'
        after 'سامي الوردي'): in 'واعتبر الوردي القصف «...»', the person, then the object deemed."""
        return len(tokens) == 1 and any(
            e.kind == "person" and len(e.name.split()) > 1 and fold_words(e.name).split(" ")[-1] == tokens[0][3]
            for e in self.entities
        )

    def _office_alone(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are an office with its body and no person's name: 'المتحدث باسم حركة النور', 'وزير
        الدفاع' (so after it, in 'واعتبر المتحدث باسم حركة النور القصف انتهاكا', 'القصف' is the object deemed)."""
        if not 1 <= len(tokens) <= 6 or tokens[0][3] not in self.c.titles | self.c.heads:
            return False
        for t in tokens[1:]:
            w = t[3]
            plain = w.removeprefix("\u0644").removeprefix("\u0627\u0644")
            if t[2][-1:] in _CUT_AFTER or not (
                w.startswith(("\u0627\u0644", "\u0644\u0644")) or w == _IN_NAME_OF or plain in self.c.body_words
            ):
                return False
        return True

    def _body_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether Arabic tokens are a body's name alone: its word ('الحركة', 'وزارة'), then definite words only
        ('وزارة الدفاع', 'حركة المقاومة الشعبية'), four at most."""
        if not 1 <= len(tokens) <= 4:
            return False
        head = tokens[0][3]
        if not {head, head.removeprefix("\u0627\u0644")} & self.c.body_words:
            return False
        return all(t[3].startswith("\u0627\u0644") and t[2][-1:] not in _CUT_AFTER for t in tokens[1:])

    def _past_aside(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The Arabic tokens after a verb from where its subject starts, past an aside between commas ('ونفى، في بيان،
        سامي الوردي الأنباء', denied, in a statement, Sami al-Wardi the reports), a day without them ('ونفت أمس
        الوزارة', 'ونفت يوم الأحد الوزارة'), 'for its part' ('ونفت بدورها الوزارة') or a statement ('ونفت في بيان
        الوزارة'): the subject after it, as in 'ونفى سامي الوردي، في بيان، الأنباء'. Unchanged when no subject follows
        ('وأضاف، في بيان، أن ...'; 'وأضاف في بيان صحافي حصلت X على نصه', a statement X obtained: a clause, no subject)."""
        rest = tokens
        turn = 2 if [t[3] for t in tokens[:1]] == ["\u0645\u0646"] and len(tokens) > 2 else 1  # (من, from)
        said_in = len(tokens) > 2 and tokens[0][3] == _IN and tokens[1][3] in self.c.statements | _REMARKS_AR
        if len(tokens) > turn and " ".join(t[3] for t in tokens[:turn]) in _TURNS_AR:
            rest = tokens[turn:]
        elif said_in and tokens[1][2][-1:].isalpha():
            rest = tokens[3:] if tokens[2][3] in _STATEMENT_OF_AR and tokens[2][2][-1:].isalpha() else tokens[2:]
        elif tokens and tokens[0][2] in ("\u060c", ","):
            close = next((j for j in range(1, min(len(tokens), 7)) if tokens[j][2][-1:] in "\u060c,"), None)
            if close is None or any(MASK in t[2] or self.c.verb.fullmatch(t[3]) for t in tokens[1 : close + 1]):
                return tokens
            rest = tokens[close + 1 :]
        else:
            days = 0
            while days < min(3, len(tokens) - 1) and tokens[days][3] in _TIMES_AR and tokens[days][2][-1:].isalpha():
                days += 1
            if not days:
                return tokens
            rest = tokens[days:]
        return rest if rest and self._opens_subject(rest[0]) and self._cut_subject(rest) else tokens

    def _opens_subject(self, token: tuple[int, int, str, str]) -> bool:
        """Whether an Arabic word may open a subject after what stands between it and its verb: an office, a source,
        a body, a noun with the article, or a given or family name; not a verb ('حصلت') nor an adjective ('صحافي')."""
        fw = token[3]
        if not fw or self.c.verb.fullmatch(fw) or fw in self.c.stops or fw in _STATEMENT_OF_AR:
            return False
        if fw in self.c.titles | self.c.heads | self.c.body_words or fw.startswith("\u0627\u0644"):
            return True
        return given_or_family_name(token[2].strip(_PUNCT))

    def _refused_proposal(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether folded ``text`` (from ``start`` to ``end``) names a proposal, a request, a truce, as what is refused.

        In Persian, a proposal named after a verbal noun of an act is that act's object, and the act is what is
        denied: 'نقض آتش‌بس را رد کرد' (denied violating the ceasefire), 'نقض توافق آتش‌بس', 'هرگونه نقض آتش‌بس';
        not 'پیشنهاد آتش‌بس را رد کرد' (rejected the truce proposal). One word of its own may stand between the act
        and the proposal ('توافق'), not 'و', 'را' or a preposition, which end the act's object.
        """
        for p in self.c.proposal.finditer(text, start, len(text) if end is None else end):
            if self.words.verb_first:
                return True
            before = [w.strip(_PUNCT) for w in text[max(0, p.start() - 40) : p.start()].split()[-2:]]
            between = before[1:] if len(before) == 2 else []
            acted = bool(before) and before[-1] in self.c.acts
            acted = acted or (
                len(before) == 2
                and before[0] in self.c.acts
                and not ({_AND_FA, _RA} | _PREPOSITIONS_FA) & set(between)
                and not self.c.proposal.fullmatch(between[0])
            )
            if not acted:
                return True
        return False

    def _lead_under_denial(self, para: Paragraph) -> bool:
        """Whether ``para`` is the lead under a Persian headline that opens with the denial of a claim ('تکذیب ادعای
        X درباره ...'): the lead restates the headline, so what it rejects there ('X درخواست پول ... را رد کرد', the
        request for money it is said to have made) is the claim denied, not a request refused."""
        if self.words.verb_first or para.number != self.first + 1:
            return False
        words = fold_words(self.texts.get(self.first, "")).split()[:2]
        return len(words) == 2 and words[0] == _DENIAL_NOUN_FA and bool(self.c.claims.fullmatch(words[1]))

    def _after_bare_lead(self, masked: str, start: int, verb_start: int) -> int:
        """Where the subject starts after a reporter's lead written without its comma ('به گزارش ایرنا رضا کاظمی
        سخنگوی وزارت ... را رد کرد'), or ``start`` when it cannot tell.

        The outlet's name runs into the subject; the subject's office, or a pronoun, shows where: 'وی' opens it, and
        an office after plain words ends a name of two words before it (Persian names are mostly a given name and a
        family name), or opens the subject itself when only the outlet's name (one word or two) is before it ('به
        گزارش خبرگزاری مهر سخنگوی ... گفت'). A stop word between ('به گزارش ایرنا X با رئیس ... دیدار کرد') leaves it.
        """
        tokens = self._tokens(masked, start, verb_start)
        lead = " ".join(t[3] for t in tokens[:2])
        if len(tokens) < 4 or not self.c.sourcing.fullmatch(lead):
            return start
        # ('به گزارش خبرگزاری تسنیم طالبان ... را رد کرد': a body on file after the outlet's name, one word at least
        # after its outlet word, opens the subject, a day between or not: 'به گزارش روزنامه X امروز جنبش نور')
        first = 4 if tokens[2][3] in self.c.outlet_words else 3
        for j in range(first, len(tokens)):
            if self._body_on_file(tokens, j):
                return tokens[j][0]
            if tokens[j][3] not in self.c.time_words:
                break
        for j in range(3, len(tokens)):
            word = tokens[j][3]
            if word in self.c.personal:
                return tokens[j][0]
            if word in self.c.titles:
                # (an outlet of two words, or a name of two words after one: 'به گزارش همشهری آنلاین سخنگوی', 'به
                # گزارش ایرنا رضا کاظمی سخنگوی'; a name that name data knows tells them apart)
                name = " ".join(t[2] for t in tokens[j - 2 : j])
                named = j - 2 > 3 or (j - 2 == 3 and looks_like_a_persons_name(name))
                return tokens[j - 2][0] if named else tokens[j][0]
            if word in self.c.stops or MASK in tokens[j][2] or not word:
                return start
        return start

    def _body_on_file(self, tokens: list[tuple[int, int, str, str]], j: int) -> bool:
        """Whether the tokens at ``j`` (three words, two or one) name a body on file, not an outlet (nor a place,
        which a lead's outlet may be named after)."""
        for n in (3, 2, 1):
            if j + n <= len(tokens):
                known = self.index.lookup(" ".join(t[2] for t in tokens[j : j + n]))
                if known is not None and known.kind != "outlet" and not known.person:
                    return True
        return False

    def _clause_ends_before_phrase(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Persian words after 'که' end with the clause's own verb, then a preposition's phrase with no
        subject in it ('نخواست نامش فاش شود به خبرگزاری X')."""
        return any(
            tokens[j][3] in _CLAUSE_END_FA
            and tokens[j + 1][3] in _PREPOSITIONS_FA
            and not self._cut_subject(tokens[j + 1 :])
            for j in range(1, len(tokens) - 1)
        )

    @staticmethod
    def _talks(tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether the Persian tokens at ``k`` are 'گفت و گو' (talks), in any spacing ('گفت وگوی', 'گفت و گوی')."""
        if tokens[k][3] != _SAID_FA:
            return False
        rest = " ".join(t[3] for t in tokens[k + 1 : k + 3])
        return _TALKS_FA.match(" " + rest) is not None

    def _subject_then_semicolon(self, masked: str, begin: int, semicolon: int, verb_start: int) -> bool:
        """Whether a Persian sentence's subject is set off by a semicolon before the rest of its clause, as Dari news
        writes a lead ('مقام‌ها در حزب نمونه؛ زخمی شدن رهبر این حزب را شایعه خوانده می‌گویند ...', officials in the
        party; (they) called the wounding of its leader a rumour): a few words without a verb before the semicolon,
        and after it only the object up to its 'را', headed by a verbal noun ('زخمی شدن'), an act or a claim word
        ('ادعای ...', 'حمله ...'); a clause after the semicolon with a subject of its own ('...؛ X ... را رد کرد')
        keeps the semicolon as its start."""
        before = self._tokens(masked, begin, semicolon + 1)
        after = self._tokens(masked, semicolon + 1, verb_start)
        if not before or len(before) > 6 or any(MASK in t[2] for t in before):
            return False
        if self.c.verb.search(fold_words(masked[begin:semicolon])) or before[0][3] in self.c.stops:
            return False
        ra = next((i for i, t in enumerate(after[:12]) if t[3] == _RA), None)
        if not ra or any(t[2][-1:] in _PUNCT_NO_MARKS for t in after[:ra]):
            return False
        first = after[0][3]
        verbal = ra > 1 and bool(_VERBAL_NOUN_FA.fullmatch(after[1][3]))
        return verbal or first in self.c.acts or bool(self.c.claims.fullmatch(first)) or self._object_only(after)

    def _object_only(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the Persian words of a clause after a verb of saying, up to its 'را', are its object alone: the
        first heads an object ('حملات', 'حضور') and no name, record or place ends anywhere before 'را' ('X گفت که
        حملات اخیر به پایگاه را رد می‌کند', X said that he rejects the recent attacks; not 'که ایران این ادعاها را')."""
        ra = next((i for i, t in enumerate(tokens[:8]) if t[3] == _RA), None)
        far = None if ra else next((i for i, t in enumerate(tokens) if t[3] == _RA), None)
        if far and not any(t[2][-1:] in _PUNCT_NO_MARKS for t in tokens[:far]):
            # ('X اعلام کرد که نتایج تحقیقات صورت گرفته در خصوص درگیری‌های شمال کسلیا و اتهام‌ها علیه این وزارت را
            # رد می‌کند': a long object, its 'را' far off): the words a subject would be cut to, up to a word that
            # ends it ('در'), name no one and are followed by more before 'را': they head the object (not words that
            # describe a speaker, 'مقامات کسلیا ...'; nor when a claim or an act opens after a time, 'مردم کسلیا در
            # نشست دیروز ادعای ... را': the object is that, the words before it the subject)
            n = self._cut_subject(tokens[:far])
            if not 0 < n < far or self._may_end_subject(tokens[0]) or any(MASK in t[2] for t in tokens[:far]):
                return False
            if tokens[0][3] in self.c.heads or any(
                (t[3] in self.c.acts or self.c.claims.match(t[3])) and tokens[i - 1][3] in self.c.time_words
                for i, t in enumerate(tokens[n:far], n)
            ):
                return False
            return not any(self._name_ends(tokens, 0, j) for j in range(1, n + 1))
        if not ra or self._may_end_subject(tokens[0]) or any(MASK in t[2] for t in tokens[:ra]):
            return False
        return not any(self._name_ends(tokens, 0, j) for j in range(1, ra + 1))

    def _subject_after_label(self, masked: str, start: int, verb_start: int) -> bool:
        """Whether the Persian words between a speaker's label and its colon's end (``start``) and a verb open with a
        subject of their own ('مقامات نوری حمله را تکذیب کردند', 'وزارت خارجه اعلام کرد'): a run of words that is
        not the object ('حمله را تکذیب کرد', its 'را' right after), nor 'ما' or 'این ...' (the label's own words)."""
        tokens = self._tokens(masked, start, verb_start)
        if not tokens or MASK in masked[start:verb_start]:
            return False
        if tokens[0][3] in self.c.first_person | self.c.demonstratives | self.c.pronouns:
            return False
        n = self._cut_subject(tokens)
        n = self._before_object_fa(tokens, n) if n else n
        return bool(n) and (n == len(tokens) or tokens[n][3] != _RA)

    def _before_object_fa(self, tokens: list[tuple[int, int, str, str]], n: int) -> int:
        """Where a Persian subject ends when its object runs on without a mark ('X حمله به سفارت را محکوم کرد', X
        condemned the attack on the embassy): when the run stops right before 'را' or before a preposition whose
        phrase runs to 'را' (no comma, no word that ends a subject between), its last word heads the object, unless
        it may end a subject: a name (name data, the family name's '-ی'), an office, a body's word, a place or a
        record ('X سخنگوی طالبان در ... حضور ... را', 'وزارت خارجه ایران کشته شدن ... را')."""
        ra = next((i for i in range(n, min(len(tokens), n + 5)) if tokens[i][3] == _RA), None)
        verbal = next((k for k in range(1, n) if _VERBAL_NOUN_FA.search(tokens[k][3]) or self._talks(tokens, k)), None)
        if verbal is not None and ra is not None and not any(t[2][-1:] in "\u060c," for t in tokens[verbal:ra]):
            # 'یک عضو ارشد القاعده کشته شدن ظواهری را تکذیب کرد' (denied Zawahiri's being killed): a verbal noun
            # heads the object, with the word before it when written apart ('کشته شدن', 'دست داشتن')
            # (and 'گفت و گو با X', talks with X, a noun of 'گفت' that heads the object as such a one does)
            start = verbal - 1 if _VERBAL_NOUN_FA.fullmatch(tokens[verbal][3]) else verbal
            if start >= 1:
                return start
        lead = next((k for k, t in enumerate(tokens[:n]) if t[3] not in self.c.titles), n)  # ('سردار X ...')
        # ('وزیر خارجه کسلیا یافته های یک گزارش را رد کرد', the findings of a report): a noun with its plural ending
        # written apart ('یافته های') names no one; after an office and its country, a name or a record it heads the
        # object, however far its 'را'
        plural = next((j for j in range(lead + 1, n - 1) if tokens[j + 1][3] in _PLURAL_WORDS_FA), None)
        if plural is not None and not self._may_end_subject(tokens[plural]) and self._name_ends(tokens, lead, plural):
            return plural
        country = self._country_ends(tokens, lead, n, ra)
        if country:
            return country
        if n < 2 or ra is None or any(t[2][-1:] in "\u060c," for t in tokens[n - 1 : ra]):
            return n
        for j in range(lead + 2, n - 1 if ra == n else lead + 2):
            # 'X Y را دعوت کرد' (X invited Y): two people's names side by side, the second the object
            # (or after an office: 'وزیر خارجه کسلیا X را', the minister invited X)
            # (a first name of three words ends with a word that may end a subject: 'X سخنان Y را رد کرد', rejected
            # Y's remarks, is X's, never 'X سخنان'; nor with a rank, the second name's own: 'X سخنان سردار Y را')
            first_ends = tokens[j - 1][3] not in self.c.titles and (
                bool(lead) or j - lead < 3 or self._may_end_subject(tokens[j - 1])
            )
            if first_ends and (lead or self._persons_name(tokens[lead:j])) and self._persons_name(tokens[j:n]):
                return j
        for j in range(lead + 2, n - 1 if ra == n else lead + 2):
            # 'X جنبش نمونه را متهم کرد' (X accused the movement), 'وزارت خارجه قطر رئیس جمهور کسلیا را': a whole
            # subject, then a body's word or an office that opens the object's name (the run ends at 'را', so the
            # object is in it); no one is 'X جنبش'
            opens = tokens[j][3] in self.c.body_words | self.c.titles
            if opens and self._may_end_subject(tokens[j - 1]) and self._name_ends(tokens, lead, j):
                return j
        # (the run's words to 'را' are the object's: none, or a preposition's phrase, 'حمله به سفارت را')
        rest_of_object = ra == n or (
            tokens[n][3] in _PREPOSITIONS_FA and not any(t[3] in self.c.stops for t in tokens[n + 1 : ra])
        )
        # (an object of several words, 'X ترور فرمانده نمونه را' (the assassination of commander Y): where a
        # person's name, a record or a body and its country end, a word that may not end a subject heads it; so
        # too before a stop word the object runs on over, 'X انتشار این شایعات را', 'X امکان مذاکره را')
        for j in range(lead + 1, n - 1 if rest_of_object else n):
            if self._may_end_subject(tokens[j]):
                continue
            if self._name_ends(tokens, lead, j):
                return j
        if not rest_of_object:
            return n
        return n if self._may_end_subject(tokens[n - 1]) else n - 1

    def _country_ends(self, tokens: list[tuple[int, int, str, str]], lead: int, n: int, ra: int | None) -> int:
        """Where an office and its country end a Persian subject before words that head the object, when the subject
        ran on to a claim word and 'را' follows ('وزیر خارجه پاکستان یافته‌های یک گزارش را', 'سخنگوی وزارت خارجه ترکیه
        محتوای گزارش‌ها را': the findings, the content of a report); 0 if not so."""
        if ra is None or n >= len(tokens) or not self.c.claims.fullmatch(tokens[n][3]):
            return 0
        if any(t[2][-1:] in "\u060c," for t in tokens[lead:ra]):
            return 0
        # (not before an adjective in -ی, 'ایران اسلامی'; a noun before its genitive ends in 'ای' or 'وی': 'محتوای')
        return next(
            (
                j
                for j in range(lead + 2, n)
                if self._place(tokens[j - 1][2].strip(_PUNCT))
                and not (
                    tokens[j][3].endswith("\u064a") and not tokens[j][3].endswith(("\u0627\u064a", "\u0648\u064a"))
                )
                and self._name_ends(tokens, lead, j)
            ),
            0,
        )

    def _name_ends(self, tokens: list[tuple[int, int, str, str]], lead: int, j: int) -> bool:
        """Whether the Persian words from ``lead`` to ``j`` make a whole subject: a person's name, one named before,
        a pronoun, a record, or words ending with a country ('وزیر خارجه کسلیا')."""
        name = [t[2].strip(_PUNCT) for t in tokens[lead:j]]
        phrase = " ".join(name)
        person = 2 <= j - lead <= 4 and given_or_family_name(name[0]) and looks_like_a_persons_name(phrase)
        person = person and all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens[lead:j]))
        # (or one named before: 'کاظمی ترور ... را' after 'رضا کاظمی'; or a pronoun: 'وی انفجار بندر را')
        known = name_key(phrase) in self.by_key or self._earlier(name_key(phrase)) is not None
        known = known or (j - lead == 1 and tokens[lead][3] in self.c.pronouns)
        return bool(person or known or self._place(name[-1]) or self.index.lookup(phrase) is not None)

    def _persons_name(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether two to four tokens are a person's name: plain words, the first a given or family name."""
        raw = [t[2].strip(_PUNCT) for t in tokens]
        if not 2 <= len(raw) <= 4 or not all(self._name_word(t[3], k == 0) for k, t in enumerate(tokens)):
            return False
        return given_or_family_name(raw[0]) and looks_like_a_persons_name(" ".join(raw))

    def _may_end_subject(self, token: tuple[int, int, str, str]) -> bool:
        """Whether a Persian word before an object may end its subject: a name (name data, the family name's '-ی'), an
        office, a body's word, a stop, a place or a record; else it heads the object ('حمله', 'ترور')."""
        word, fw = token[2].strip(_PUNCT), token[3]
        if word.endswith(("\u200c\u0647\u0627\u06cc", "\u200c\u0647\u0627\u064a", "\u200c\u0647\u0627")):
            return False  # a plural ('تکذیب‌های', denials) is no name: it heads the object
        ends = self.c.titles | self.c.body_words | self.c.stops | self.c.pronouns
        if len(fw) < 3 or not fw.isalpha() or fw.endswith("\u064a") or fw in ends or looks_like_a_persons_name(word):
            return True
        return bool(_territory_fa(word) or self.index.lookup(word) is not None or name_key(word) in self.by_key)

    def _after_fronted_object(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """In Persian, the subject written after a fronted object ('این خبر را X تکذیب کرد', this report X denied), as
        it is written before it ('X این خبر را تکذیب کرد'): the words after the last 'را' when they run to the verb
        and read as a speaker (an office, a body, a source, a pronoun, a record's or a person's name), not as what
        the object is called ('این ادعا را مضحک خواند')."""
        ra = max((i for i, t in enumerate(tokens) if t[3] == _RA), default=-1)
        rest = tokens[ra + 1 :] if ra > 0 and not self._cut_subject(tokens) else []
        # (what the object is called ends the subject: 'این ادعا را X بی‌اساس خواند')
        called = next((j for j in range(len(rest)) if self.c.cue.match(" ".join(t[3] for t in rest[j:]))), len(rest))
        n = self._cut_subject(rest[:called])
        if n and rest[n - 1][2][-1:] in "\u060c,":  # 'X، سخنگوی ...،': the name and its office between commas
            n = max(j + 1 for j in range(n - 1, called) if rest[j][2][-1:] in "\u060c,")
        # (then only words that may stand between a subject and its verb: 'نیز', 'روز شنبه', 'قاطعانه')
        if not n or any(t[3] not in self.c.stops | self.c.time_words for t in rest[n:called]):
            return []
        rest = rest[:n]
        first = rest[0][3]
        phrase = " ".join(t[2] for t in rest).strip(_PUNCT)
        speaker_word = first in self.c.titles | self.c.body_words | self.c.heads | self.c.pronouns
        if speaker_word or self.index.lookup(phrase) is not None or looks_like_a_persons_name(phrase):
            return rest
        return []

    def _opening_phrase(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many words of a Persian subject region open it as a phrase of time or discourse before the subject,
        written without a comma (0 when none): a preposition, then 'this' or 'that' and a noun ('در همین حال', 'در
        این نشست', 'با این حال'), 'از' and 'this' ('پیش از این'), or a noun and 'other' ('از سوی دیگر'). With the
        comma the subject is found after it; the phrase is never part of the subject."""
        if len(tokens) < 2 or tokens[0][3] not in self.c.stops | _GLUED_FROM_THIS_FA:
            return 0
        if tokens[0][3] in _GLUED_FROM_THIS_FA:
            # ('پیش‌ازاین X گفته بود': the three words written as one, as web copies glue them)
            return 1 if tokens[0][2][-1:] not in "\u060c," else 0
        if tokens[1][3] in _FROM_THIS_FA:
            # ('پیش ازاین X گفته بود': 'از' glued onto 'this', as often; two words for the three)
            return 2 if not any(t[2][-1:] in "\u060c," for t in tokens[:2]) and len(tokens) > 2 else 0
        if len(tokens) < 4 or any(t[2][-1:] in "\u060c," for t in tokens[:3]):
            return 0
        second, third = tokens[1][3], tokens[2][3]
        if second == _FROM_FA:
            return 3 if third in self.c.demonstratives | _THAT_FA else 0
        return 3 if second in _THIS_FA or third == _OTHER_FA else 0

    def _after_while(self, masked: str, begin: int, verb_start: int) -> int:
        """In Persian, where the subject may start after an opening 'while' clause ('درحالی که ... میشد X ... رد
        کرد', while reports went round, X denied): after the clause's own verb, else after its last comma; the
        clause's words are never the subject."""
        tokens = self._tokens(masked, begin, verb_start)
        length = self._opens_while([t[3] for t in tokens[:3]])
        if not length:
            # '... افزایش یافته و در حالی که X مدعی است ...، Y این ادعا را رد کرد' (tensions rose, and while X
            # claims ..., Y denied it): the clause may open after 'و' ending a clause of its own; the subject
            # follows it as at the sentence's start
            k = next(
                (
                    k
                    for k in range(1, len(tokens) - 3)
                    if tokens[k - 1][3] == "\u0648" and self._opens_while([t[3] for t in tokens[k : k + 3]])
                ),
                None,
            )
            if k is None:
                return begin
            tokens, length = tokens[k:], self._opens_while([t[3] for t in tokens[k : k + 3]])
        rest = tokens[length:]
        at = next(
            (
                j
                for j, t in enumerate(rest)
                if t[3] in _CLAUSE_VERBS or (t[3].startswith("\u0645\u064a") and len(t[3]) > 3)
            ),
            None,
        )
        if at is not None:
            # 'در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، دوریان کسلان ... رد کرد': the clause's verb
            # takes a clause of its own after 'که'; the while clause closes at the comma after it
            if at + 1 < len(rest) and rest[at + 1][3] == "\u0643\u0647" and rest[at][2][-1:] not in "\u060c,":
                comma = self._clause_comma(rest[at + 1 :])
                if comma is not None:
                    return comma[1]
            return rest[at][1]
        commas = [t for t in rest if t[2][-1:] in "\u060c,"]
        return commas[-1][1] if commas else verb_start

    def _while_claim_closes(self, masked: str, begin: int, after: int, verb_start: int) -> int | None:
        """In Persian, where a claim said inside an opening 'while' clause ends, when its 'که' clause closes with a
        comma before the next verb's subject: 'در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، وزیر دفاع
        کسلیا این ادعا را رد کرد' (while Kaslia claims the movement attacked, the defence minister denied it): the
        claim's clause is not the denier; None where no such clause stands before the verb."""
        before = [t[3] for t in self._tokens(masked, begin, after)]
        opens = any(
            self._opens_while(before[k : k + 3]) and (k == 0 or before[k - 1] == "\u0648") for k in range(len(before))
        )
        rest = self._tokens(masked, after, verb_start)
        if not opens or len(rest) < 3 or rest[0][3] != "\u0643\u0647" or MASK in masked[after:verb_start]:
            return None
        comma = self._clause_comma(rest[1:-1])
        return comma[1] if comma is not None else None

    @staticmethod
    def _clause_comma(tokens: list[tuple[int, int, str, str]]) -> tuple[int, int, str, str] | None:
        """The comma that closes a Persian clause: the first after its verb ('... انجام داده است،'), not one in a list
        inside it ('در شهرهای الف، ب و ج حمله کرده است،'); else the first comma."""
        commas = [t for t in tokens if t[2][-1:] in "\u060c,"]
        ends = next((t for t in commas if t[3] in _CLAUSE_VERBS or t[3] in _PARTICIPLES_FA), None)
        return ends or (commas[0] if commas else None)

    def _opens_while(self, words: list[str]) -> int:
        """How many of the folded words open a Persian 'while' clause ('درحالی که', 'در حالی که'): 2, 3 or 0."""
        if words[:2] == ["\u062f\u0631\u062d\u0627\u0644\u064a", "\u0643\u0647"]:
            return 2
        return 3 if words[:3] == ["\u062f\u0631", "\u062d\u0627\u0644\u064a", "\u0643\u0647"] else 0

    # --- the article ------------------------------------------------------------------------------

    def analyse(self, paragraphs: list[Paragraph], skip: set[int]) -> Analysis:
        previous: Attribution | None = None
        first = True
        self.first = min((p.number for p in paragraphs if p.number not in skip), default=0)
        self.continued = _continued_quotations([p for p in paragraphs if p.number not in skip])
        self.texts = {p.number: p.text for p in paragraphs}
        for para in paragraphs:
            if para.number in skip:
                # A headline is not drafted (the lead restates it), but a body it names is what a later
                # 'الهيئة' or 'الوزارة' (the commission, the ministry) refers to.
                read_again = self._reread(para)
                for sent in read_again.sentences:
                    self._note_bodies(read_again, sent)
                continue
            para = self._reread(para)
            # (in Arabic, a subtitle under the headline that gives its speaker before a colon, 'X لـ«Y»: ...', is read
            # as the headline is)
            subtitle = (
                self.words.verb_first
                and not first
                and para.number == self.first + 1
                and reads_as_headline(self.texts.get(self.first, ""))
                and reads_as_headline(para.text)
                and ":" in " ".join(para.masked.split()[:8])
            )
            if subtitle:
                self.subtitle = para.number
            previous = self._paragraph(para, previous, headline=first or subtitle)
            first = False
            # a kicker above a headline, ending with a semicolon ('از سوی X؛'), runs on into it
            kicker = para.text.rstrip().endswith("\u061b") and len(para.text.split()) <= 8
            self.kicker = para if kicker else None
        self._clarified()
        self._signed([p for p in paragraphs if p.number not in skip])
        self._reporters_own([p for p in paragraphs if p.number not in skip])
        self._offices_named()
        self._headline_denier()
        deniers = [u.speaker for u in self.analysis.units if u.kind == "denial"]
        # (a quotation that a denial cites, said again word for word elsewhere, as a lead often repeats the words the
        # denial quotes below, its speaker named otherwise ('سخنگوی وزارت خارجه' there, 'X، سخنگوی ...' here): the
        # same words read the same, negated or not)
        denied_words = {
            _quoted_words(a.quote.text)
            for u in self.analysis.units
            if u.kind == "denial"
            for a in u.attributions
            if a.speaker.same(u.speaker) and len(a.quote.text.split()) >= 4
        }
        restated_denials(self.analysis.units, deniers, self._one_side, self._restates)
        restated_denials(self.analysis.units, deniers, lambda _a, _b: True, lambda w: _quoted_words(w) in denied_words)
        self.analysis.entities = self.entities
        return self.analysis

    def _headline_denier(self) -> None:
        """Give a headline's denial the denier of the body it restates: 'السودان ينفي ...' over 'أصدرت وزارة
        الخارجية السودانية نفيا ...', 'العصائب تنفي' over 'نفت حركة عصائب أهل الحق'; in Persian too ('X ... را رد کرد'
        over 'دفتر X در Y ... را تکذیب کرد'). A headline names the denier
        shortly (the state for its ministry, a body by one word of its name); the body names it fully, and it is one
        denial cited in two places. The body's denier is one side with the headline's, or the headline's words (the
        article and a nisba's ending aside: 'السودان', 'السودانية') are all words of its name."""
        units = self.analysis.units
        heading = (self.first, self.subtitle)  # (and a subtitle that names its speaker before a colon)
        body = [u for u in units if u.kind == "denial" and u.number not in heading]
        for unit in units:
            if unit.kind not in ("denial", "quote") or unit.number not in heading:
                continue
            # (a headline may end with an exclamation mark, '... ومصادر تنفي استعدادات لحرب!', or with the closing mark of
            # a name in marks, 'X تنفي صلتها بغارة استهدفت "الحشد"': no full stop before it, as a sentence has)
            ending = unit.paragraph.text.rstrip().rstrip("!").rstrip('"\u201d\u00bb')
            if unit.number == self.first and not reads_as_headline(ending):
                continue
            if any(unit.speaker.same(b.speaker) for b in body):
                continue
            words = _name_stems(unit.speaker, shortest=True)
            if unit.kind == "quote":
                # ('"حزب X العراق": ... لا علم لنا بها' over 'نفت كتائب "حزب X" العراقية ...'): the headline's speaker
                # before its colon, named shortly, is the body's denier, so that its words restating the denial are
                # read as its (not a record of its own other than the denier's)
                known = unit.speaker.entity.known if unit.speaker.entity is not None else None
                # (the country it is in set after the name, '"حزب X العراق"', as the body's name may leave it out)
                label = [w for w in unit.speaker.label.split() if not self._place(w.strip(_PUNCT))]
                words = _name_stems(Speaker(" ".join(label))) if label else words
                match = next(
                    (
                        b
                        for b in body
                        if words
                        and words <= _name_stems(b.speaker)
                        and (known is None or b.speaker.entity is None or b.speaker.entity.known in (None, known))
                    ),
                    None,
                )
                if match is None and unit.speaker.person and len(words) == 1:
                    # ('مجاهد: ...' over 'ذبیح‌الله مجاهد، سخنگوی ...، ... گفت'): a headline names a person by surname
                    # before the body names them in full, whatever they go on to say; one person only, or none
                    people = {
                        id(u.speaker.entity): u
                        for u in units
                        if u.number not in heading
                        and u.speaker.person
                        and u.speaker.entity is not None
                        and words < _name_stems(u.speaker)
                    }
                    match = next(iter(people.values())) if len(people) == 1 else None
                if match is not None:
                    unit.speaker = match.speaker
                    for att in unit.attributions:
                        att.speaker = match.speaker
                continue
            match = next((b for b in body if words and words <= _name_stems(b.speaker)), None)
            # ('جهاز X بإقليم Y ينفي' over 'أصدر جهاز X في إقليم Y بيانا': the body where it is, its place after 'ب',
            # which the body's subject leaves out)
            located = _name_stems(Speaker(_without_place(unit.speaker.label)))
            match = match or next((b for b in body if located and located <= _name_stems(b.speaker)), None)
            # ('التحالف ينفي' over 'قال المتحدث باسم قوات التحالف X': the body his office names)
            match = match or next((b for b in body if words and words <= self._office_stems(b.speaker)), None)
            match = match or next((b for b in body if self._one_side(unit.speaker, b.speaker)), None)
            # ('تکذیب ... از سوی نخست وزیر عراق' over 'نخست‌وزیر عراق: ...'): the same words, joined or apart
            unspaced = "".join(fold_words(unit.speaker.label).split())
            match = match or next((b for b in body if "".join(fold_words(b.speaker.label).split()) == unspaced), None)
            # ('نفى مجلس X، الجناح السياسي لقوات Y، ...' under 'الجناح السياسي لقوات Y يكذب ...': the body, then what
            # the headline calls it set beside it)
            match = match or next((b for b in body if self._beside(b, unit.speaker)), None)
            if match is None and not self.words.verb_first:
                match = self._opens_headline_subject(unit.speaker, body)
            # ('أربيل تنفي ...' over 'نفت حكومة إقليم كردستان ...', 'طهران ترفض' over 'رفضت وزارة الخارجية الإيرانية'):
            # a headline writes a capital or a country for its government; the denier of the lead is the one it means
            if match is None and unit.kind == "denial" and body and self._names_a_place(unit.speaker):
                match = body[0]
            if match is not None:
                unit.speaker = match.speaker

    def _opens_headline_subject(self, speaker: Speaker, body: list[Unit]) -> Unit | None:
        """The body's one denial whose denier opens a Persian headline's subject by a word of its name, where that
        subject ran on into the object ('X به نقل از کابلوف سفر ... را تکذیب کرد' over 'ضمیر کابلوف ... گفت'): a
        headline names the denier shortly, by surname, before it is named in the body, so its subject's end is
        not known there. Not by an office or a body's word ('سخنگوی ...'), which many deniers share."""
        words = speaker.label.split()
        first = fold_words(words[0].strip(_PUNCT)) if len(words) > 1 else ""
        if not first or first in self.c.titles | self.c.heads | self.c.body_words | self.c.pronouns:
            return None
        stems = _name_stems(Speaker(words[0]))
        found = [b for b in body if stems and stems <= _name_stems(b.speaker)]
        deniers = {id(b.speaker.entity) for b in found}
        return found[0] if len(deniers) == 1 and found[0].speaker.entity is not None else None

    def _names_a_place(self, speaker: Speaker) -> bool:
        """Whether a speaker is named by a place alone: a country or a city ('أربيل', 'طهران', 'إيران')."""
        known = speaker.entity.known if speaker.entity is not None else None
        if known is not None:  # (or the government of one, on record: 'طهران' for Iran)
            return known.type == "place" or known.kind == "government"
        return self._place(speaker.label.strip(_PUNCT))

    def _office_stems(self, speaker: Speaker) -> frozenset[str]:
        """The words of the offices a person was named with, as :func:`_name_stems` folds them."""
        if speaker.entity is None or not speaker.person:
            return frozenset()
        phrases = self.named_with.get(id(speaker.entity), [])
        if self.words.verb_first:  # (and the office set after an Arabic name: 'X، مدير العلاقات في "هيئة Y"،')
            phrases = [*phrases, *(o for o, ids in self.offices.items() if id(speaker.entity) in ids)]
        return frozenset().union(*(_name_stems(Speaker(p)) for p in phrases)) if phrases else frozenset()

    def _beside(self, unit: Unit, other: Speaker) -> bool:
        """Whether a denial's text names its denier and, right after a comma, ``other`` (an appositive)."""
        pattern = re.escape(fold_words(unit.speaker.label)) + r"\s*[\u060c,]\s*" + re.escape(fold_words(other.label))
        return bool(re.search(pattern, fold_words(unit.text)))

    def _clarified(self) -> None:
        """In Arabic, a body's statement that opens in its own voice, calling reports false ('تداولت بعض وسائل الإعلام
        تقارير كاذبة عن ...', some media carried false reports), then names the body as it wishes to clarify ('وإزاء
        ذلك تود X توضيح الآتي:'), within two paragraphs: the body's denials, as a signed statement's are its signer's."""
        if self.clarifier is None:
            return
        number, speaker = self.clarifier
        mine = [(p, s) for p, s in self.unsigned if number - 2 <= p.number <= number]
        if mine:
            self._voiced(speaker, mine)
            self.unsigned = [(p, s) for p, s in self.unsigned if (p, s) not in mine]

    def _signed(self, paragraphs: list[Paragraph]) -> None:
        """The sentences that call something untrue in the text's own voice, in a statement signed at its end ('X' then
        'سخنگوی Y', and its date): the signer's denials.

        A body's statement on its own site speaks in the first person with no verb of saying, and its spokesman signs
        it below; the signature must hold an office, so that a byline is no signer.
        """
        lines: list[Paragraph] = []
        for para in reversed(paragraphs[-5:]):
            text = para.text.strip()
            if _date_line(text):
                continue
            if (
                len(text.split()) > 9
                or text[-1:] in ".!?\u061f:"
                or MASK in para.masked
                or self.c.verb.search(fold_words(text))
            ):
                break
            lines.insert(0, para)
        office = next((p for p in lines if fold_words(p.text).split(" ")[0] in self.c.titles), None)
        # (or name and office on one line, 'رضا کاظمی سخنگوی جنبش نمونه', 'سامي الوردي/ المتحدث باسم الحركة': the
        # name is the words before the office)
        named_at = 0
        for p in lines if office is None else []:
            words = p.text.split()
            named_at = next((k for k, w in enumerate(words[1:5], 1) if fold_words(w) in self.c.titles), 0)
            if named_at:
                office = p
                break
        # (or signed by the body itself, 'دبیرخانه X' (X's secretariat) on one line: a body's word, not an outlet's,
        # which a credit line under a report names)
        first = fold_words(lines[0].text).split(" ")[0] if lines else ""
        body = office is None and not self.words.verb_first and first in self.c.body_words - self.c.outlet_words
        office = lines[0] if body else office
        if not self.unsigned or office is None or self.unsigned[-1][0].number >= lines[0].number:
            if not self._datelined(paragraphs) and not self._headlined(paragraphs):
                self._subtitled(paragraphs)
            return
        signer: Speaker | None = None
        if named_at:
            signed = self._reread(office)
            signature = " ".join(office.text.split()[:named_at]).rstrip("/-– ")
            signer = self.speaker(signature, signed, signed.text.index(signature), signed.sentences[0])
            if signer is None or signer.entity is None:
                how = "signed the statement with their name and office"
                signer = Speaker(signature, None, signature, person=True, how=how)
        elif lines[0] is not office or body:
            name = self._reread(lines[0])
            signer = self.speaker(name.text.strip(), name, name.text.index(name.text.strip()), name.sentences[0])
        if signer is None or signer.entity is None:
            described = office.text.strip()
            how = "signed the statement" if body else "signed the statement with their office"
            signer = Speaker(described, None, described, person=not body, how=how)
        self._voiced(signer, self.unsigned)

    def _voiced(self, speaker: Speaker, sentences: list[tuple[Paragraph, Sentence]]) -> None:
        """Draft sentences that call something untrue in the text's own voice as ``speaker``'s denials, in order."""
        for para, sent in sentences:
            unit = Unit("denial", speaker, para, sent.start, sent.end, [], [])
            words = (para.text[sent.start : sent.end].strip()[:300],)
            unit.denial = Denial(None, None, words, (), own_voice=True)  # type: ignore[arg-type]
            at = next(
                (i for i, u in enumerate(self.analysis.units) if (u.number, u.start) > (para.number, sent.start)), None
            )
            self._add(unit)
            if at is not None:
                self.analysis.units.insert(at, self.analysis.units.pop())

    def _datelined(self, paragraphs: list[Paragraph]) -> bool:
        """In Persian, the text's own voice from a paragraph near the top that opens with its source's name and a
        colon, no verb ('X: ...', as a party's site or an outlet heads its own report): X's denials, from there on;
        whether there were any."""
        if self.words.verb_first or not self.unsigned:
            return False
        for para in paragraphs[:4]:
            opening = None if is_headline(para, self.first) else _DATELINE_COLON.match(para.masked)
            if opening is None or MASK in opening.group() or self.c.verb.search(fold_words(opening.group())):
                continue
            name = para.text[opening.start(1) : para.text.index(":", opening.start(1))].strip()
            if len(name.split()) > 3 or fold_words(name).split(" ")[0] in self.c.kickers:
                continue  # ('نکته مهم: ...', an important point: the reporter's discourse, no source's name)
            after = [(p, s) for p, s in self.unsigned if p.number >= para.number]
            if not after:
                return False
            # (the name as written: a source, not a person the report names later with it, 'خبرنگار X')
            ent = self.entity(name, para.number, opening.start(1), para.sentences[0], person=False)
            self._voiced(self._named(ent, "named with a colon at the head of its own report"), after)
            return True
        return False

    def _headlined(self, paragraphs: list[Paragraph]) -> bool:
        """In Arabic, a headline that gives its speaker before a colon and has them deny in the first person
        ('سامي الوردي: ننفي بشدة ...'): the text under it is that speaker's statement, its own 'نحن ننفي ...' theirs;
        whether there was such a headline."""
        if (
            not self.words.verb_first
            or not self.unsigned
            or not paragraphs
            or not is_headline(paragraphs[0], self.first)
        ):
            return False
        head = paragraphs[0]
        colon = head.masked.find(":")
        words = fold_words(head.masked[colon + 1 :]).split() if colon > 0 else []
        if not words or not _WE_DENY_AR.fullmatch(words[0].strip(_PUNCT)):
            return False
        unit = next((u for u in self.analysis.units if u.number == head.number and u.start < colon), None)
        speaker = unit.speaker if unit is not None else None
        if speaker is None or speaker.entity is None:
            return False
        self._voiced(speaker, [(p, s) for p, s in self.unsigned if p.number != head.number])
        return True

    def _subtitled(self, paragraphs: list[Paragraph]) -> None:
        """A subtitle under the headline that denies with no one named as saying so ('هیچ نیرویی ... حضور ندارد', a
        short line with no closing stop): the lead's denial told again, its denier's."""
        if len(paragraphs) < 3 or not is_headline(paragraphs[0], self.first):
            return
        second = paragraphs[1]
        text = second.text.strip()
        if len(text.split()) > 20 or text[-1:] in '.!?\u061f\u201d\u00bb"':
            return
        lead = next((u for u in self.analysis.units if u.kind == "denial" and u.number > second.number), None)
        for para, sent in self.unsigned:
            if para.number == second.number and lead is not None:
                unit = Unit("denial", lead.speaker, para, sent.start, sent.end, [], [])
                unit.denial = Denial(None, None, (para.text[sent.start : sent.end].strip()[:300],), ())  # type: ignore[arg-type]
                self._add(unit)
                at = next(i for i, u in enumerate(self.analysis.units) if u is lead)
                self.analysis.units.insert(at, self.analysis.units.pop())

    def _offices_named(self) -> None:
        """A speaker described by an office alone ('وزیر خارجه عراق ... رد کرد') is the person the article names
        with that office, before or after ('«ابراهیم الجعفری» وزیر خارجه عراق، ...'), when only one is."""
        for unit in self.analysis.units:
            speaker = unit.speaker
            if speaker.entity is not None or not speaker.described:
                continue
            office = " ".join(w.strip(_PUNCT) for w in fold_words(speaker.described).split())
            if len(self.offices.get(office, ())) != 1:
                continue
            ent = self.office_holder[office]
            how = f"'{speaker.described}' read as {ent.label}, whom the article names with that office"
            unit.speaker = Speaker(ent.label, entity=ent, person=True, how=how)

    def _reread(self, para: Paragraph) -> Paragraph:
        """The paragraph with names in quotation marks taken out of its quotations, and its sentences."""
        # ('#حزب_الله' read as the name 'حزب الله', '//' or '″' as a quotation mark; offsets unchanged)
        text = _typed_marks(_untagged(para.text))
        quotes = [q for q in _find_quotes(text, para.number) if not self._is_name(text, q)]
        run = self.continued.get(para.number)
        if run is not None:  # a paragraph inside a quotation that runs on from the paragraph before
            end, closed = run
            inner = text[:end]
            quotes = [Quote(para.number, 0, end + 1 if closed else end, closed, inner)]
        # the Arabic thousands separator '٬' written as a comma ('X٬ مسئول ...'): read as one, offsets unchanged
        out = Paragraph(para.number, text, quotes, mask(text, quotes).replace("\u066c", "\u060c"))
        out.source = para.text if text != para.text else ""
        out.sentences = []
        start = 0
        for m in _SENTENCE_END.finditer(out.masked):
            if m.end() <= start:
                continue
            if self.words.verb_first and m.group().strip() == ".." and self._pause(out, m.end()):
                continue  # (in Arabic, two full stops are a pause inside a sentence: 'مختلق تماما.. ولم يرد')
            if self.words.verb_first and _in_brackets(out.masked, m.start(), m.end()):
                continue  # ('وصف حزب العمال (بي. كا. كا) اتهامات ...': the stops of an abbreviation in brackets)
            end = m.start() + len(m.group().rstrip())
            if out.masked[start:end].strip():
                out.sentences.append(Sentence(out, start, end))
            start = m.end()
        if start < len(out.masked) and out.masked[start:].strip():
            out.sentences.append(Sentence(out, start, len(out.masked.rstrip())))
        if not self.words.verb_first:
            out.sentences = self._colon_speech_runs(out.sentences)
        for s in out.sentences:
            s.quotes = [q for q in quotes if s.start <= q.start < s.end]
        return out

    def _pause(self, para: Paragraph, at: int) -> bool:
        """Whether two full stops before ``at`` pause a sentence that goes on, in an Arabic paragraph: the
        next word joins what follows with 'و' or 'ف' ('مختلق تماما.. ولم يرد', 'تهمة مشرفة.. ولكن لا علم لنا بها') or is
        a participle ('.. مضيفا'). Before a clause of its own ('.. بينما نفت X', '.. إيران تنفي'), a new one starts."""
        following = fold_words(para.masked[at : at + 30]).split()[:1]
        if not following:
            return False
        word = following[0]
        return word[:1] in ("\u0648", "\u0641") or bool(self.c.participle.fullmatch(word))

    def _colon_speech_runs(self, sentences: list[Sentence]) -> list[Sentence]:
        """In Persian, speech after a verb and a colon without marks ('X افزود: ... . ایشان ...') as one sentence
        with the sentences after it in its paragraph, while they have no verb of saying and no quotation of their
        own: the speaker goes on to the paragraph's end, as a quotation in marks runs over its full stops."""
        out: list[Sentence] = []
        speech = False
        for sent in sentences:
            folded_words = fold_words(sent.masked)
            # (nor the reporter's 'این در حالی است که', 'گفتنی است' (this while, it is worth saying) opening a sentence)
            own = any(
                (
                    self.c.verb.search(folded_words),
                    self.c.sourcing.search(folded_words),
                    MASK in sent.masked,
                    _REPORTER_FA.match(folded_words),
                )
            )
            if speech and out and own and MASK not in sent.masked and self._in_its_name(out[-1], folded_words):
                own = False
            if speech and out and not own and not re.search(_MARKS, sent.masked):
                out[-1] = Sentence(sent.paragraph, out[-1].start, sent.end)
                continue
            out.append(sent)
            speech = bool(re.search(self.c.verb.pattern + r"\s*:\s*[^\s" + _OPENERS + "]", folded_words))
        return out

    def _in_its_name(self, speech: Sentence, folded_words: str) -> bool:
        """Whether a Persian sentence after a spokesman's speech after a colon ('X سخنگوی جنبش نور اعلام کرد: ...')
        goes on with it in his body's name: it opens with the body his office names ('جنبش نور ...') and its only
        verbs of saying are in the present ('محکوم می‌کند', 'رد می‌کند'), as a statement speaks, where the reporter
        narrates in the past. No sourcing, no quotation of its own."""
        verbs = list(self.c.verb.finditer(folded_words))
        if not verbs or any(not _PRESENT_FA.search(m.group()) for m in verbs):
            return False
        if self.c.sourcing.search(folded_words):
            return False
        said = fold_words(speech.masked)
        colon = re.search(self.c.verb.pattern + r"\s*:", said)
        if colon is None:
            return False
        words = said[: colon.start()].split()
        for i, word in enumerate(words[:-1]):
            if word not in self.c.titles:
                continue
            # the body the office names: the words after it, to a time, a stop word or another office
            body = list(
                itertools.takewhile(
                    lambda w: w not in self.c.stops | self.c.time_words | self.c.titles, words[i + 1 : i + 5]
                )
            )
            if (
                body
                and folded_words.startswith(" ".join(body) + " ")
                and (body[0] in self.c.body_words or len(body) >= 2)
            ):
                return True
        return False

    def _verb_opens_clause(self, lead: str) -> bool:
        """Whether an Arabic verb of saying or denying opens the clause ``lead`` ends, within its first words: then
        'لـ"X"' after its subject is the outlet told, whatever follows ('نفى قيادي في الحركة لـ"النهار" صحة ...')."""
        clause = re.split(r"[.\u060c,:;\u061b!?\u061f\u00ab\u00bb\u201c\u201d\"]", lead[-120:])[-1]
        return any(self.c.verb.fullmatch(fold_words(w)) for w in clause.split()[:2])

    def _is_name(self, text: str, q: Quote) -> bool:
        """A name set in quotation marks: short, and a record's name, after 'agency' or the like, or a subject."""
        words = q.text.split()
        if not q.closed and words:
            # 'مصدر في وزارة الدفاع التابعة لجماعة "X في ...' (of the group X): a mark after a group or outlet word, its
            # closing mark lost, opens the name the word is in construct with, not a quotation to the paragraph's end
            last = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")[-1:]
            group_word = last and (last[0] in self.c.outlet_words or last[0][1:] in self.c.outlet_words)
            return bool(group_word) and not last[0].startswith(_DEFINITE[0])
        if not words or len(words) > 4:
            return False
        if self.index.lookup(q.text, ("actor", "group", "place")) is not None:
            return True
        # ('«X Y» وزیر خارجه ...', '«X Y»، سخنگوی ...': a name, then its office, a comma between or not)
        after = fold_words(text[q.end : q.end + 40].lstrip(" \u060c,")).split(" ")
        if len(words) >= 2 and after and after[0].strip(_PUNCT) in self.c.titles:
            return True
        before = fold_words(text[max(0, q.start - 40) : q.start]).split(" ")
        if before and before[-1] in self.c.outlet_words:
            return True
        # ('قال مسؤولون لوكالة "X" إن ...', told the agency X): the outlet word with its 'to' joined on, then the
        # outlet's name, not a quotation of one word; nor 'كشف في تصريح لـ"X" تفاصيل' (in a remark to X) whatever
        # follows, nor 'علمت "X" من مصدر مطلع' (X learned from a source): the outlet that was told
        if self.words.verb_first and len(words) <= 3 and before:
            joined = before[-1][:1] == "\u0644" and before[-1][1:] in self.c.outlet_words
            remark = len(before) >= 2 and before[-1] == "\u0644" and before[-2] in _TOLD_IN
            learned = before[-1] in _LEARNED and fold_words(text[q.end : q.end + 12]).split()[:1] == [_OF]
            if joined or remark or learned:
                return True
        # ('لوكالة أنباء "X"', to the X news agency): the agency's name after 'news' in construct with 'agency'
        if len(before) >= 2 and before[-1] == _NEWS and before[-2].removeprefix("\u0644") in self.c.outlet_words:
            return True
        if not self.words.verb_first and before and before[-1] in _TITLED_FA:
            return True  # 'کتاب «روزهای سخت» نوشته X' (the book, written by X), 'عملیات «X»': a title, no one's words
        if not self.words.verb_first and before and _without_ezafe(before[-1]) in _PLACE_WORDS_FA and len(words) <= 3:
            return True  # 'در شهرستان «X»' (in the district of X): the place's name, no one's words
        # ('ضمن ما يسمى بـ"غرفة X"', within the so-called X room): the preposition may stand apart or be dropped
        called = before[:-1] if before[-1:] == ["\u0628"] else before
        if self.words.verb_first and called and called[-1] in _SO_CALLED:
            return True
        if self.words.verb_first and before and before[-1] in self.c.statements and len(words) <= 3:
            return True  # 'في بيان "X"', 'إعلان "X"': whose statement it is
        if self.words.verb_first and len(words) <= 3 and self._claimant_before_colon(text, q, before):
            return True
        adjective = len(before) >= 2 and before[-1].isalpha() and before[-1] not in self.c.stops
        if not self.words.verb_first and adjective and before[-2] in self.c.outlet_words and len(words) <= 3:
            return True  # 'گروه تروریستی «X»' (the terrorist group X): an outlet or group word, its adjective, a name
        if len(before) >= 2 and before[-1] in (_IN, _IN_FA) and before[-2] in self.c.heads:
            return True  # 'مصدر في "X"' (a source in X): the body the source is in
        if len(words) <= 3 and len(before) >= 3 and before[-1] == _IN and self._source_in_before(before[:-1]):
            # 'مصادر في لواء "الفجر" في "حركة النور"' (sources in the Fajr brigade of the Nour movement): a second
            # 'في' goes on naming the source's body, as the first does
            return True
        if len(words) <= 4 and before[-1:] == [_IN] and self._office_after_verb(before[:-1]):
            # 'وقال المكتب الإعلامي في "حركة النور" في بيان' (the media office in the Nour movement): the body the
            # subject's office is in, still inside the subject, not the office's words
            return True
        if fold_words(words[0]) in self.c.outlet_words and text[: q.start].rstrip().endswith(
            ("\u0644\u0640", "\u0644")
        ):
            return True  # 'لـ"شفق نيوز"' (told the outlet)
        follows = fold_words(text[q.end : q.end + 14].lstrip(" \u060c,")).split(" ")[0].strip(_PUNCT)
        told = text[: q.start].rstrip().endswith(("\u0644\u0640", "\u0644")) and len(words) <= 3
        # ('في مقابلة مع "X" إن', in an interview with X: the one spoken with, as the one told, 'لـ"X"')
        told = told or (self.words.verb_first and before[-1:] == ["\u0645\u0639"] and len(words) <= 3)
        # ('في تصريح لـ"X" على أن', to X that: the preposition a verb of saying takes before 'that')
        then = fold_words(text[q.end : q.end + 24].lstrip(" \u060c,")).split(" ")[:2]
        if told and (
            text[q.end : q.end + 2].strip()[:1] in "\u060c,:"
            or follows in _THAT
            or (len(then) == 2 and then[0] in _BEFORE_THAT and then[1].strip(_PUNCT) in _THAT)
            or self.c.participle.fullmatch(follows)
            or (self.words.verb_first and follows in self.c.verb_forms)
            or (self.words.verb_first and self._verb_opens_clause(text[: q.start]))
        ):
            # 'قال مصدر لـ"X"، إن ...', 'صرح لـ"X" قائلا': the outlet told, then what was said; 'الوزارة في تصريح
            # لـ"X" نفت ...': then the verb of a subject before it
            return True
        # ('على منصة "إكس"', on the platform X: the word for a platform may stand between)
        platform = before[:-1] if len(before) > 1 and before[-1] == "\u0645\u0646\u0635\u0647" else before
        on = platform and platform[-1] in _ON_PLATFORM and len(words) <= 2 and self.words.verb_first
        if on and (
            text[q.end : q.end + 2].strip()[:1] == ":" or (follows in _THAT and _OPENERS_AFTER.match(text, q.end))
        ):
            return True  # 'في تغريدة على "إكس": "..."', 'في بيان على "تلغرام" إن "..."': where it was said
        if self.words.verb_first and (self._fronted_name(text, q) or self._name_after_that(text, q)):
            return True
        if self.words.verb_first:  # 'نفت "كتائب حزب الله" في العراق': right after a verb opening its clause
            lead = text[: q.start].rstrip()
            verb = re.search(r"(?<!\S)\S+$", lead)  # from a word's start only: linear on a long word
            if verb is None or not self.c.verb.fullmatch(fold_words(verb.group())):
                return False
            rest = lead[: verb.start()].rstrip()
            # (or after a dateline's dash: 'مرايا – نفت "X" ...', the verb still opens its clause)
            return not rest or rest[-1] in ".\u060c,:\u061b-\u2013\u2014"
        # ('به «X» گفت', 'در مصاحبه با «X» اعلام کرد:', told X, in an interview with X: the outlet or person spoken
        # to, before the verb of saying, as Arabic's 'لـ"X"'; not the words answered, 'در واکنش به «X» گفت')
        spoken_to = bool(before) and before[-1] in (_TO_FA, _WITH_FA) and len(words) <= 3
        answered = len(before) >= 2 and before[-2] in _ANSWERING_FA
        if spoken_to and not answered and self.c.verb.match(fold_words(text[q.end : q.end + 40]).lstrip()):
            return True
        # Persian: «name» then its verb, where the subject stands (the sentence's start, or after a relay's lead)
        # ('«X» در توئیتر خود نوشت': a few words, no mark, between the name and its verb)
        lead = text[: q.start].rstrip()
        clause = re.split(r"[\u060c,:;\u061b.!?\u061f\u00ab\u00bb\u201c\u201d\"(]", text[q.end : q.end + 80])[0]
        said = lead.endswith(":") and re.search(self.c.verb.pattern + r"\s*:$", fold_words(lead[-40:]))
        if said:  # 'X تصریح کرد: «...»': speech after its verb and a colon, not a name
            return False
        folded_clause = fold_words(clause)
        verb = self.c.verb.search(folded_clause)
        near = verb is not None and len(folded_clause[: verb.start()].split()) <= 5
        # ('«X» روز یکشنبه در واکنش به ... گفت': a time or a preposition after the name opens the words between
        # a subject and its verb, however many; a quotation in that place is followed by its verb or 'را')
        follows = folded_clause.split(" ")[0] if folded_clause else ""
        opens_adjunct = follows in self.c.stops or follows in self.c.time_words
        # ('«X» پاکستان دخالت ... را رد کرد': an object marked with 'را' after other words, then the verb; a
        # quotation that is itself the object has 'را' right after it)
        long_clause = fold_words(
            re.split(r"[\u060c,:;\u061b.!?\u061f\u00ab\u00bb\u201c\u201d\"(]", text[q.end : q.end + 240])[0]
        )
        long_verb = self.c.verb.search(long_clause)
        object_between = long_verb is not None and _RA in long_clause[: long_verb.start()].split()[1:]
        # ('یک مقام امریکایی «X» در صحبت با ... ادعا کرد', 'سخنگوی وزارت «X» گفت:'): a name in marks right after its
        # office, in apposition, also stands where the subject does; words said follow their verb, not an office
        office_words = [w.strip(_PUNCT) for w in before[-3:]]
        # ('جنبش «X» ادعای ... را رد کرد', 'منطقه جدایی‌طلب «X» ... را تکذیب کرد': a body's or a region's word right
        # before the name, the body or the region X; only where the subject stands, its clause opening with them
        # (after a byline's dash: 'خبرگزاری کسنا؛ رامین دلاوری - منطقه جدایی‌طلب «X» ...')
        head = fold_words(
            re.split(r"[.\u060c,:;\u061b!?\u061f\-\u2013\u2014]", text[max(0, q.start - 60) : q.start])[-1]
        ).split()
        headed = 1 <= len(head) <= 2 and _without_ezafe(head[0]) in self.c.body_words | _REGION_WORDS_FA
        in_apposition = (
            len(words) <= 3
            and (bool(set(office_words) & (self.c.titles | self.c.heads)) or headed)
            and not any(self.c.verb.fullmatch(w) for w in office_words)
            and not re.search(r"[.\u060c,:;\u061b!?\u061f\u00ab\u00bb]", " ".join(lead.split()[-3:]))
            and follows != _RA  # ('سخنگو «X» را رد کرد': words in marks, the object of his verb)
        )
        subject_place = not lead or lead[-1] in ".\u060c,:\u061b" or in_apposition
        # ('X گفت که «Y» رد کرد که ...', X said that Y denied ...): right after 'که' and a verb of saying, the
        # subject of the clause said; a name of two or three words, not 'we' or 'I', and its own verb follows
        # without 'و' (not 'X گفت که «ما آماده‌ایم» و افزود', words said, then X's next verb)
        lead_words = fold_words(lead[-40:]).split(" ")
        clause_subject = (
            2 <= len(words) <= 3
            and lead_words[-1:] == [_THAT_KE_FA]
            and bool(self.c.verb.search(" ".join(lead_words[-4:-1])))
            and not ({fold_words(w) for w in words} & (self.c.first_person | self.c.pronouns))
            and follows not in (_AND_FA, _RA, *_BUT_FA)  # (nor the object: 'X گفت که «...» را رد می‌کند')
            and q.text.strip()[-1:] not in ".!?\u061f"
        )
        subject_place = subject_place or clause_subject
        return subject_place and (near or opens_adjunct or object_between)

    def _source_in_before(self, before: list[str]) -> bool:
        """Whether the last few folded words open with a source or an office and its 'في' and run on as a body's name
        (no verb, no stop word): 'مصادر في لواء الفجر', 'قيادي في "حركة النور"'."""
        for j in range(len(before) - 2, max(-1, len(before) - 7), -1):
            word = before[j].strip(_PUNCT)
            if word in self.c.heads and before[j + 1] == _IN:
                return j + 2 < len(before)
            if word == _IN:
                continue
            if not word or word in self.c.stops or self.c.verb.fullmatch(word) or before[j][-1:] in "\u060c,.:":
                return False
        return False

    def _office_after_verb(self, before: list[str], opening: bool = False) -> bool:
        """Whether the last folded words are an office or a body's office, definite adjectives after it
        ('المكتب الإعلامي', 'عضو المكتب السياسي', 'الهيئة الإعلامية'), right after the verb that opens the clause or
        after 'صدر عن' (issued by), or all of ``before`` with ``opening``: a verb-first subject that a body's name
        after 'في' goes on to describe."""
        if not self.words.verb_first or not before or (opening and len(before) > 4):
            return False
        for j in range(len(before) - 1, max(-1, len(before) - 5), -1):
            word = before[j].strip(_PUNCT)
            if word != before[j] and j < len(before) - 1:
                return False  # (punctuation inside: the words run over a clause's end)
            bare = word.removeprefix(_DEFINITE[0])
            office = word in self.c.titles or bare in self.c.titles or bare in self.c.body_words
            if not office and not (word.startswith(_DEFINITE) and word.isalpha() and word not in self.c.stops):
                return False  # (an office's adjectives are definite: 'الإعلامي', 'السياسية')
            previous = before[j - 1] if j else ""
            issued_by = previous == _FROM and j >= 2 and before[j - 2].removeprefix("\u0648") == _ISSUED_VERB
            if office and ((opening and not j) or (not opening and (self.c.verb.fullmatch(previous) or issued_by))):
                return True
        return False

    def _claimant_before_colon(self, text: str, q: Quote, before: list[str]) -> bool:
        """'تنفي مزاعم "X": ...', 'يرد على "X": ...' (denies X's claims, answers X, then what the denier says): a short
        passage in marks after a claim word or 'على', right before a colon that words follow, names whom is answered."""
        if not text[q.end : q.end + 2].strip().startswith(":") or not text[q.end :].lstrip(" :")[:1].isalpha():
            return False
        head = before[:-1] if before[-1:] == [_DEFINITE[0]] else before  # ('مزاعم الـ"X"', the article apart)
        return bool(head) and (head[-1] == _ON or bool(self.c.claims.fullmatch(head[-1])))

    def _fronted_name(self, text: str, q: Quote) -> bool:
        """In Arabic, a body's name in marks opening its clause before a verb of denying or answering in the present
        tense: the headline's subject ('"حركة X" تنفي مقتل قائدها', '“جبهة X” ترد على ...'), not words said. Words said
        in marks before their verb are a clause of their own ('"لن نتراجع"، يقول X'): a comma stands between, the verb
        is one of saying, or they hold a word no name holds (a particle, a negation)."""
        lead = text[: q.start].rstrip()
        if not q.closed or (lead and lead[-1] not in ".\u060c,:\u061b!-\u2013\u2014"):
            return False
        words = fold_words(q.text).split(" ")
        if not all(w.isalpha() and w not in self.c.stops for w in words):
            return False
        verb = re.match(r"\s+(\S+)", text[q.end : q.end + 30])
        if verb is None:
            return False
        said = fold_words(verb.group(1))
        # (a verb of denying or answering, whose object follows it; 'يقول' may follow words said and take its subject:
        # '"السلام قريب" يقول X')
        denies = self.c.deny.fullmatch(said) or self.c.respond.fullmatch(said)
        return bool(denies) and _present(said, self.words.prefixes)

    def _name_after_that(self, text: str, q: Quote) -> bool:
        """In Arabic, a body's name in marks right after 'أن' (that) and before its verb: 'وأضاف أن "X" لم تتلق أي دعم',
        'أكد أن "حركة X" تخوض معركة'. The name is one word or a body's ('حركة', 'هيئة' ...); its verb, right after it,
        is negated, after 'قد', or in the present or the future. Words said after 'أن' run on to their clause's end
        ('أكد أن "الحرب انتهت"'), and a description in marks ('أن "جهات معادية" سعت') is the speaker's word for it."""
        before = fold_words(text[max(0, q.start - 12) : q.start]).split(" ")[-1:]
        if not before or not ({before[0], before[0][1:]} & _BARE_THAT):
            return False
        words = fold_words(q.text).split(" ")
        if not q.closed or not (len(words) == 1 or self._is_body(q.text)):
            return False
        after = re.match(r"\s+(\S+)", text[q.end : q.end + 30])
        if after is None:
            return False
        verb = fold_words(after.group(1))
        future = verb[:2] in ("\u0633\u064a", "\u0633\u062a")  # 'سي', 'ست'
        return verb in _NOT_OR_HAD or (len(verb) >= 3 and (_present(verb, "") or future))

    def _paragraph(self, para: Paragraph, previous: Attribution | None, headline: bool) -> Attribution | None:
        last_open = previous if previous is not None and not previous.quote.closed else None
        if last_open is not None and last_open.quote.text.rstrip().endswith(":"):
            self.list_speaker = last_open.speaker  # '... إلى ما يأتي:' opens a list of quoted items
        if self.list_speaker is not None:
            item = _LIST_ITEM.match(para.text)
            if item and not para.quotes:
                words = para.text[item.end() :].rstrip().rstrip(".")
                q = Quote(para.number, item.end(), item.end() + len(words), True, words)
                sent = para.sentences[0]
                item_att = Attribution(q, self.list_speaker, "an item of the list the quotation before opened", sent)
                self._add(Unit("quote", item_att.speaker, para, q.start, q.end, [], [item_att]))
                return None
            self.list_speaker = None
        intro, self.intro = self.intro, None
        announcing, self.announcing = self.announcing, None
        unmarked = not para.quotes and para.sentences and not self.c.verb.search(fold_words(para.text))
        if self.words.verb_first:
            # ('وجاء في البيان:' then the statement's words, 'إننا ... نرفض ...': in Arabic the reporter's own paragraph
            # opens with its verb, 'وأضاف البيان ...'; the words announced may have verbs of their own)
            unmarked = not para.quotes and para.sentences and not self.c.verb.match(fold_words(para.text.strip()))
            # the statement goes on over the paragraphs after it while they speak as 'we' ('عملنا ... جهودنا')
            ours = [w for w in fold_words(para.text).split() if len(w) > 3 and w.endswith("نا")]
            if intro is None and announcing is not None and len(ours) >= 2:
                intro = announcing
        if intro is not None and unmarked:
            if self.words.verb_first:
                self.announcing = intro
            # 'X در صفحه خود می‌نویسد:' then a paragraph without marks and without a verb of saying of its own: the
            # words announced, X's, to the paragraph's end
            announced = para.text.strip().rstrip(".")
            at = para.text.index(announced)
            span = Sentence(para, at, at + len(announced))
            words_of = _Sentence(span)
            words_of.quotes.append(
                Attribution(
                    Quote(para.number, at, at + len(announced), True, announced),
                    intro,
                    "announced by the paragraph before, which ends with a colon",
                    span,
                )
            )
            self._units(para, words_of)
            return words_of.quotes[0]
        for n, sent in enumerate(para.sentences):
            read = self._sentence(para, sent)
            if not read.acts and not sent.quotes:
                self._named_subject(para, sent)
            before_this, self.unsaid = self.unsaid, []
            if (
                before_this
                and not self.words.verb_first
                and _SAYING_THIS_FA.search(fold_words(para.masked[sent.start : sent.end]))
            ):
                self._said_before(read, before_this)
            if headline and n == 0 and not any(a.speaker is not None for a in read.acts):
                # ('الحزب: ننفي ...': a first-person verb after the colon has no subject in the reporter's words)
                self._headline(para, sent, read)
            elif not sent.quotes and not any(a.speaker is not None for a in read.acts):
                # ('... . سخنگوی جنبش نور: این ادعاها دروغ است.'): in the body too, an office's label and a colon open
                # the office's words, as in a headline; not the speaker before, nor the text's own voice (only an
                # office or a source, whose label names no one else: 'نکته: ...' is no speaker). So a lead in
                # Arabic too ('حركة النور: لا صحة لـ...'), and a body's label or one on file ('جنبش نور: ...'), never
                # a place's (a dateline, 'بغداد: ...') nor a kicker's
                colon = para.masked.find(":", sent.start, sent.end)
                label = self._tokens(para.masked, sent.start, colon) if colon > sent.start else []
                label = self._past_opening_comma(label) if not self.words.verb_first else label
                if label and self._speakers_label(para, label):
                    self._headline(para, sent, read)
                elif colon > sent.start and not self.words.verb_first:
                    self._judged_then_signed(para, sent, read, colon)
            speaker = next((a.speaker for a in reversed(read.acts) if a.speaker is not None), None)
            if speaker is not None and para.masked.rstrip().endswith(":") and sent is para.sentences[-1]:
                self.intro = speaker  # 'أصدرت X البيان الآتي:' introduces what the next paragraph quotes
            for q in sent.quotes:
                att: Attribution | None = self._attribute(para, read, q)
                colon = para.masked.find(":", sent.start, q.start)
                if (
                    att is None
                    and colon > sent.start
                    and not para.masked[colon + 1 : q.start].strip()
                    and not any(a.speaker is not None for a in read.acts)
                ):
                    # 'X: «...»' in the body, as in a headline and as 'وقال X: «...»': X speaks
                    lone = para.masked[sent.start : colon].split()
                    # (not 'وقالا: «...»', they both said: a verb in a form no list has, not a name)
                    verb = len(lone) == 1 and self._verb_form(lone[0])
                    named = self._before_colon(para, sent, colon) if not verb else None
                    att = Attribution(q, named, "named before a colon", sent) if named is not None else None
                if att is None and n == 0 and intro is not None and _opens(para.masked, sent, q):
                    att = Attribution(q, intro, "introduced by the paragraph before, which ends with a colon", sent)
                if att is None and n == 0 and last_open is not None and _opens(para.masked, sent, q):
                    att = Attribution(q, last_open.speaker, "continues the quotation of the paragraph before", sent)
                if (
                    att is None
                    and previous is not None
                    and read.quotes == []
                    and not read.acts
                    and _opens(para.masked, sent, q)
                ):
                    att = Attribution(q, previous.speaker, "continues the quotation before it", sent)
                whole = not re.search(r"\w", para.masked[q.end :]) and len(q.text.split()) >= 3
                if att is None and n == 0 and not read.acts and whole and _opens(para.masked, sent, q):
                    # a paragraph that is one quotation, right after a paragraph whose speaker reported what
                    # they said ('وقال X إن ...' then '"..."'): the same speaker goes on
                    said = self.said_in.get(para.number - 1)
                    if said is not None:
                        att = Attribution(q, said, "a quotation standing alone after its speaker's words", sent)
                before = fold_words(para.masked[max(sent.start, q.start - 12) : q.start]).split(" ")
                if att is None and self.words.verb_first and before and before[-1].strip(_PUNCT) in _CALLED:
                    # 'أمر X الجيش بضرب ما وصفه "..."' (what he called): the words are the sentence's subject's
                    subject = self._sentence_subject(para, sent)
                    if subject is not None:
                        att = Attribution(q, subject, _CALLED_HOW, sent)
                if att is None:
                    self.analysis.unattributed.append((para.number, q.text))
                    self.unsaid.append((para, sent, q))
                    continue
                read.quotes.append(att)
                previous = att
            if read.colon is not None:
                act = read.colon_act or next(
                    (a for a in read.acts if a.end <= read.colon.start and a.kind != "according"), None
                )
                if act is not None and act.speaker is not None:
                    att = Attribution(read.colon, act.speaker, "speech after a colon", sent)
                    if act.kind == "headline":  # (a term in marks within a headline's words is no quotation of its own)
                        c = read.colon
                        read.quotes = [a for a in read.quotes if not c.start <= a.quote.start < a.quote.end <= c.end]
                    read.quotes.append(att)
                    previous = att
            self._units(para, read)
            said = next((a.speaker for a in reversed(read.acts) if a.speaker is not None and a.kind == "verb"), None)
            if said is not None:
                self.said_in[para.number] = said
        if previous is not None and previous.quote.paragraph == para.number and not previous.quote.closed:
            return previous
        return previous if previous is not None and previous.quote.paragraph == para.number else None

    def _named_subject(self, para: Paragraph, sent: Sentence) -> None:
        """'X، وزیر ...، به بغداد سفر کرد. وی گفت', 'زار X بغداد. وقال': a person named by name as the subject of a
        sentence that is no speech is who 'وی' (he) and a verb without a subject next refer to, as if they had spoken
        (not the speaker before them)."""
        if self.words.verb_first:
            self._named_subject_ar(para, sent)
            return
        tokens = self._tokens(para.masked, sent.start, sent.end)
        everything = tokens
        n = self._cut_subject(tokens)
        n = self._before_object_fa(tokens, n) if n else n  # ('X Y را دعوت کرد', X invited Y: X)
        while n and tokens[0][3] in self.c.titles:
            tokens, n = tokens[1:], n - 1
        phrase = para.text[tokens[0][0] : tokens[n - 1][1]].strip(_PUNCT) if n else ""
        words = phrase.split()
        if self._two_named(words):
            self.last = None  # ('X و Y به بغداد سفر کردند. وی گفت': 'he' is neither, nor who spoke before them)
            return
        person = 2 <= len(words) <= 4 and all(self._name_word(fold_words(w), i == 0) for i, w in enumerate(words))
        if not (person and given_or_family_name(words[0]) and looks_like_a_persons_name(phrase)):
            office = tokens is not everything and n and everything[0][3] in self.c.titles
            found = (
                self.speaker(para.text[everything[0][0] : tokens[n - 1][1]], para, everything[0][0], sent)
                if office
                else None
            )
            if found is not None and found.person:
                # 'وزیر خارجه کسلیا با X دیدار کرد. وی گفت' (the minister met X. He said): the office, the subject
                self.last = self._again(found, _NAMED_HOW)
            elif self._person_object(everything):
                self.last = None  # ('پلیس X را بازداشت کرد. وی گفت': 'he' may be X, never who spoke before)
            return
        found = self._again(self.speaker(phrase, para, tokens[0][0], sent), _NAMED_HOW)
        if found is not None and found.entity is not None and found.person:
            self.last = found
            self.spoken.append(found)

    def _person_object(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether a Persian sentence names a person other than by its subject: a name of two to four words before
        'را' (its object) or after 'با' (with)."""
        for i, token in enumerate(tokens):
            if token[3] == _RA:
                runs = [tokens[max(0, i - k) : i] for k in (2, 3, 4)]
            elif token[3] == _WITH_FA:
                at = next((j for j in range(i + 1, len(tokens)) if tokens[j][3] not in self.c.titles), len(tokens))
                runs = [tokens[at : at + k] for k in (2, 3, 4)]  # (after an honorific: 'با سردار X')
            else:
                continue
            if any(self._persons_name(run) for run in runs):
                return True
        return False

    def _verb_form(self, word: str) -> bool:
        """Whether a word is a verb of the lists in a form they do not hold: 'و' or 'ف' written onto it, the dual or
        the plural's ending after it ('وقالا', they both said; 'فأكدوا')."""
        folded_word = fold_words(word.strip(_PUNCT))
        bare = folded_word[1:] if folded_word[:1] in self.words.prefixes and len(folded_word) > 3 else folded_word
        endings = ("\u0627", "\u0648\u0627", "\u062a\u0627")  # ا وا تا
        stems = [bare, *(bare.removesuffix(e) for e in endings if bare.endswith(e))]
        return any(stem in self.c.verb_forms for stem in stems)

    def _genitive_name(self, tokens: list[tuple[int, int, str, str]]) -> int:
        """How many of the words after a Persian noun name whose it is ('تکذیب جنبش X', X's denial): the longest run of
        up to four that is a record or one named before, else a person's name (a given name and the next word, and
        family names in '-ی' after them: not 'X قابل قبول'); 0 when none is (a body's name's length is unknown)."""
        verb = next((i for i, t in enumerate(tokens) if self.c.verb.match(" ".join(x[3] for x in tokens[i:]))), None)
        longest = min(len(tokens), 4, len(tokens) if verb is None else verb)
        for j in range(longest, 0, -1):
            phrase = " ".join(t[2].strip(_PUNCT) for t in tokens[:j])
            key = name_key(phrase)
            if key in self.by_key or self._earlier(key) is not None or self.index.lookup(phrase) is not None:
                return j
        if longest < 2 or not given_or_family_name(tokens[0][2].strip(_PUNCT)):
            return 0
        j = 2
        while j < longest and tokens[j][3].endswith("\u064a") and self._name_word(tokens[j][3], False):
            j += 1
        phrase = " ".join(t[2].strip(_PUNCT) for t in tokens[:j])
        names = all(self._name_word(t[3], i == 0) for i, t in enumerate(tokens[:j]))
        return j if names and looks_like_a_persons_name(phrase) else 0

    def _joined_deniers_fa(
        self, para: Paragraph, sent: Sentence, s_start: int, s_end: int, verb_start: int, verb_end: int
    ) -> tuple[Speaker, Speaker] | None:
        """The two deniers of a Persian subject of two speakers joined by 'و' before one plural verb ('وزارت خارجه
        X و سپاه Y این ادعا را تکذیب کردند', 'X و منابع نزدیک به Y این گزارش را رد کردند'), or None.

        Each side must read whole as a subject, and the second open as a speaker does (a body's word, an office, a
        source, a share of a group, a record on file or a person's name): not 'وزارت فرهنگ و ارشاد اسلامی', one
        ministry whose name holds 'و'. (A subject so joined was read as one name, or as none when too long.)"""
        if self.words.verb_first or s_end <= s_start:
            return None
        verb = fold_words(para.masked[verb_start:verb_end]).split(" ")
        # a plural verb: 'کردند', 'دانستند', 'کرده‌اند' (folded 'کردهاند', or 'اند' apart), 'می‌کنند', 'می‌نمایند'; not
        # the singular present 'می‌کند' nor the singular past 'خواند', which end as the plural does
        if not (verb[-1] == _ARE_FA or verb[-1].endswith(_PLURAL_VERB_ENDS_FA)):
            return None
        tokens = self._tokens(para.masked, s_start, s_end)
        ands = [j for j, t in enumerate(tokens) if t[3] == _AND_FA]
        if len(ands) != 1 or not 0 < ands[0] < len(tokens) - 1:
            return None
        left, right = tokens[: ands[0]], tokens[ands[0] + 1 :]
        if any(t[2][-1:] in _CUT_AFTER for t in left) or self._cut_subject(right) != len(right):
            return None
        if any(t[3] in _ENDS_CLAUSE_FA or t[3] in _NOT_IS_FA for t in left):
            return None  # ('... چیز تازه‌ای نیست و X آنها را رد می‌کنند': a clause of its own ends before 'و')
        if self._cut_subject(left) != len(left):
            return None

        def opens_a_speaker(side: list[tuple[int, int, str, str]]) -> bool:
            first = side[0][3]
            if first in self.c.body_words | self.c.titles | self.c.heads | self.c.shares:
                return True
            text = para.text[side[0][0] : side[-1][1]]
            if self.index.lookup(text) is not None:
                return True
            return 2 <= len(side) <= 4 and given_or_family_name(side[0][2]) and looks_like_a_persons_name(text)

        # (the first side may be any name that reads whole as a subject, of five words at most)
        if len(left) > 5 or not opens_a_speaker(right):
            return None
        first = self.speaker(para.text[left[0][0] : left[-1][1]], para, left[0][0], sent)
        second = self.speaker(para.text[right[0][0] : right[-1][1]], para, right[0][0], sent)
        if first is None or second is None or first.same(second):
            return None
        return first, second

    def _two_named(self, words: list[str]) -> bool:
        """Whether a subject's words are two people's names joined by 'و' (and): 'X و Y', 'X وY'."""
        for i, word in enumerate(words[1:], 1):
            joined = word == "\u0648" or (
                self.words.verb_first and word[:1] == "\u0648" and given_or_family_name(word[1:])
            )
            second = words[i + 1 :] if word == "\u0648" else [word[1:], *words[i + 1 :]]
            if not joined or not second:
                continue
            if given_or_family_name(words[0]) and given_or_family_name(second[0]) and len(second) <= 4:
                return True
        return False

    def _named_subject_ar(self, para: Paragraph, sent: Sentence) -> None:
        """In Arabic, the subject after a sentence's opening verb ('والتقى وزير الدفاع X بنظيره'), when it ends with a
        person's name of two to four words; the verb's gender is theirs ('وأضافت' after it is not theirs)."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        opener = next((i for i, t in enumerate(tokens[:4]) if t[2][-1:] in "\u060c,"), None)
        if opener is not None:
            tokens = tokens[opener + 1 :]  # 'وفي بغداد، التقى X ...' (in Baghdad): the verb follows the comma
        while tokens and (tokens[0][3] in self.c.drop or tokens[0][3] in _NEGATORS):
            tokens = tokens[1:]  # ('ولم يستطع X نفي ...': the verb after 'did not', not 'لم', has X as its subject)
        if len(tokens) < 3:
            return
        word, verb = tokens[0][2], tokens[0][3]
        bare = verb[1:] if verb[:1] in self.words.prefixes and len(verb) > 3 else verb
        ends_phrase = word.strip()[-1:] in _PUNCT or MASK in word
        if ends_phrase or not bare.isalpha() or len(bare) < 3:
            return
        if bare in self.c.stops | self.c.titles | self.c.heads | self.c.body_words or bare in _BUT:
            return
        if tokens[1][3] in self.c.pronouns or lookup_territory(word.strip(_PUNCT)[1:] if bare != verb else word):
            return  # ('وطهران هي ...': a place, then a pronoun, is no verb and its subject)
        if verb in _KANA:  # 'وكان X في بغداد' (X was in Baghdad): its subject, as after any verb
            k = self._cut_subject(tokens[1:])
            s_start, s_end = (tokens[1][0], tokens[k][1]) if k else (0, 0)
        else:
            s_start, s_end = self._subject_region(para.masked, sent, tokens[0][0], tokens[0][1])
        raw = para.text[s_start:s_end].strip(_PUNCT).split()
        # ('التقى X بالوفد': a preposition written onto the article starts what follows the subject)
        cut = next((i for i, w in enumerate(raw) if i and fold_words(w).startswith(_ARTICLE_AFTER)), len(raw))
        raw = raw[:cut]
        following = self._tokens(para.masked, s_end, sent.end)[:1] if cut == len(raw) else []
        if self._two_named(raw + [t[2] for t in following]):
            self.last = None  # ('زار X وY بغداد. وقال': 'he' is neither, nor who spoke before them)
            return
        words = [fold_words(w) for w in raw]
        n = len(words) if all(self._name_word(w, i == 0) for i, w in enumerate(words)) else self._trailing_name(words)
        # (the name opens with a given or family name name data knows: not 'طائرة تقل X', a plane carrying X)
        if not 2 <= n <= 4 or not given_or_family_name(raw[-n]) or not looks_like_a_persons_name(" ".join(raw[-n:])):
            return
        found = self._again(self.speaker(" ".join(raw), para, s_start, sent), _NAMED_HOW)
        if found is not None and found.entity is not None and found.person:
            self.last = found
            self.spoken.append(found)
            self.genders[found.label] = self._gender(verb) or ("f" if bare.endswith("\u062a") else "m")

    def _said_before(self, read: _Sentence, quotations: list[tuple[Paragraph, Sentence, Quote]]) -> None:
        """'«...». X با بیان این مطلب افزود' (X, saying this, added): the quotations of the sentence before that had no
        speaker are X's, the speaker of this sentence's verb."""
        act = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        if act is None or act.speaker is None:
            return
        for para, sent, q in quotations:
            words_of = _Sentence(sent)
            words_of.quotes.append(Attribution(q, act.speaker, "'saying this' in the sentence after it", sent))
            self.analysis.unattributed.remove((para.number, q.text))
            self._units(para, words_of)

    def _this_body_at(self, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words open with 'this' and a body's word, unset off by a comma ('این وزارتخانه', 'این جنبش'),
        a subject that refers back to a body named before."""
        return (
            len(tokens) > 2
            and tokens[0][3] in self.c.demonstratives
            and tokens[1][3] in self.c.body_words
            and tokens[1][2][-1:] not in "\u060c,"
        )

    def _after_time_span(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """In Persian, the words after an opening span of time and its comma: 'یک روز پس از اظهارات وزیر دفاع
        کسلیا، وزارت دفاع جنبش نور گفته است ...' (a day after the Kaslian minister's remarks, the movement's ministry
        said): a number and a unit of time ('یک روز', 'دو هفته', '۳ ساعت', or 'ساعاتی', 'چند روز') then 'after' or
        'before' opens no subject; the subject follows the comma. Without the comma, or with another opening, the
        tokens as they were."""
        k = 1 if tokens and tokens[0][3] in _SPAN_ONE_WORD_FA else 0
        if not k and len(tokens) > 2 and (tokens[0][3] in _SPAN_NUMBERS_FA or tokens[0][3].isdigit()):
            k = 2 if tokens[1][3] in _SPAN_UNITS_FA else 0
        if not k or k >= len(tokens) or tokens[k][3] not in _SPAN_AFTER_FA:
            return tokens
        comma = next((i for i, t in enumerate(tokens) if i >= k and t[2][-1:] in "\u060c,"), None)
        return tokens[comma + 1 :] if comma is not None and comma + 1 < len(tokens) else tokens

    def _time_at(self, tokens: list[tuple[int, int, str, str]], i: int) -> bool:
        """Whether a token is a word of time: 'امروز', a date's digits, or a day written in two words, 'سه شنبه'
        (Tuesday) as well as 'سه‌شنبه' (the number, then 'شنبه')."""
        word = tokens[i][3]
        if word in self.c.time_words or word.isdigit():
            return True
        # ('چندی پیش X گفت', 'مدتی قبل X ...': a while ago, two words of time before the subject; not 'پیش' or
        # 'قبل' alone, which open phrases of their own: 'پیش از این')
        if word in _A_WHILE_FA:
            return i + 1 < len(tokens) and tokens[i + 1][3] in _AGO_FA
        if word in _AGO_FA:
            return i > 0 and tokens[i - 1][3] in _A_WHILE_FA
        return word in _DAY_NUMBERS_FA and i + 1 < len(tokens) and tokens[i + 1][3] == _SATURDAY_FA

    def _before_colon(self, para: Paragraph, sent: Sentence, colon: int, text: str | None = None) -> Speaker | None:
        """The speaker named before a colon that opens a sentence ('X: ...'), or None (``text``: the paragraph's
        words to read the label in, where they are not its masked text)."""
        start = _after_kicker(para.masked, sent.start, colon)
        tokens = self._past_opening_comma(self._tokens(para.masked if text is None else text, start, colon))
        if len(tokens) == 1 and tokens[0][3] in _CREDIT and len(para.text[colon + 1 : sent.end].split()) <= 4:
            return (
                None  # ('منبع: خبرگزاری کسلیا', 'المصدر: وكالة كسليا': the outlet credited, at the end, says nothing)
            )
        if len(tokens) > 1 and tokens[0][3] in self.c.speech_nouns:
            tokens = tokens[1:]  # ('هشدار X به Y: ...', X's warning to Y: X speaks, not 'the warning of X')
        answering = next((i for i, t in enumerate(tokens) if i and _answering(tokens, i)), None)
        if answering is not None:
            tokens = tokens[:answering]  # ('X ردا على الإعلام: ...', 'X در واکنش به ...: ...': X, answering it)
        k = self._cut_subject(tokens)  # ('X لـ"outlet": ...': the outlet told is not the speaker)
        told = k < len(tokens) <= k + 2 and _TO_OUTLET.match(tokens[k][2])
        office = bool(tokens) and tokens[0][3] in self.c.titles and k == len(tokens) <= 7
        # (and a source described whole, as long as an office: 'یک منبع نزدیک به جنبش نمونه: ...', a source close to
        # the movement, as 'یک منبع آگاه: ...'; the subject runs to the colon)
        source = bool(tokens) and tokens[0][3] in self.c.heads and k == len(tokens) <= 7
        if len(tokens) > 4 and not (told and k <= 5) and not office and not source:
            # ('مصدر في الحركة لـ"X": ...', a source and the outlet told, is a speaker too; so is an office and its
            # holder's name, 'وزير الدفاع الكسلي سامي الوردي: ...')
            return None
        if not k or tokens[0][3] in self.c.kickers:
            return None  # ('عاجل: ...', 'فوری: ...': a label, not a speaker)
        speaker = self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)
        described = speaker is not None and speaker.entity is None and tokens[0][3] in (self.c.titles | self.c.heads)
        if speaker is None or (speaker.entity is None and not described):
            return None  # ('سخنگوی وزارت خارجه: ...', an office, is a speaker; a bare word before a colon may not be)
        return speaker

    def _past_opening_comma(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A Persian label before a colon without the phrase of time or discourse that opens it, up to its comma
        ('در همین حال، سخنگوی وزارت دفاع کسلیا: ...', 'از سوی دیگر، ...': a preposition opens it, and no office or
        source is in it): the label is what follows."""
        if self.words.verb_first or not tokens or tokens[0][3] not in self.c.stops:
            return tokens
        comma = next((i for i, t in enumerate(tokens[:4]) if t[2][-1:] in "\u060c,"), None)
        if comma is None or comma + 1 >= len(tokens):
            return tokens
        if any(t[3] in self.c.titles | self.c.heads for t in tokens[: comma + 1]):
            return tokens
        return tokens[comma + 1 :]

    def _speakers_label(self, para: Paragraph, label: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words before a colon in the body label a speaker: an office or a source (in Persian as
        before), or, of six words at most, an Arabic body by its word ('حركة النور', 'وزارة الدفاع الكسلية') or a
        body or person on file ('الحوثيون', 'طالبان' when on record; not a place, which is no actor nor group)."""
        if not self.words.verb_first and any(t[3] in self.c.titles | self.c.heads for t in label[:3]):
            return True
        if len(label) > 6 or any(MASK in t[2] or t[2][-1:] in _CUT_AFTER for t in label):
            return False
        first = label[0][3]
        if first in self.c.titles | self.c.heads and self.words.verb_first:
            return True
        if self.words.verb_first and (
            first in self.c.body_words or first.removeprefix("\u0627\u0644") in self.c.body_words
        ):
            return True  # (a Persian body's label and colon is read as before: 'پایگاه خبری X: ...' heads its voice)
        text = para.text[label[0][0] : label[-1][1]]
        return self.index.lookup(text, ("actor", "group")) is not None

    def _headline(self, para: Paragraph, sent: Sentence, read: _Sentence) -> None:
        """'<speaker>: <words>' as a headline: a quotation by the speaker."""
        colon = para.masked.find(":", sent.start, sent.end)
        if colon < 0 and self.words.verb_first:
            self._headline_signed(para, sent, read)
            return
        if colon > sent.start and self._judged_then_signed(para, sent, read, colon):
            return
        # (a kicker may open the headline, ended by a semicolon: 'واکنش X به گزارش Y؛ Z: ...', the label is Z)
        if colon < 0 or len(para.masked[_after_kicker(para.masked, sent.start, colon) : colon].split()) > 7:
            return
        # a name set in quotation marks may be the label itself ('«جبهه مقاومت ملی»: ...'), not a quotation
        # (in Arabic, other quoted words after the colon are the speaker's: '"X": قصف مقر "Y" تهمة مشرفة')
        before_colon = [q for q in sent.quotes if q.end <= colon]
        alone = len(sent.quotes) == 1 or (self.words.verb_first and len(before_colon) == 1)
        named = alone and bool(before_colon) and len(before_colon[0].text.split()) <= 5
        # (a term set in marks within the words, '... در برابر «مردم X» نبود', leaves them the speaker's words)
        after = para.text[colon + 1 : sent.end].split()
        terms = all(q.start > colon and len(q.text.split()) <= 3 < len(after) for q in sent.quotes)
        if sent.quotes and not named and not terms:
            return
        speaker = self._before_colon(para, sent, colon, para.text if named else para.masked)
        if speaker is None:
            return
        words = para.text[colon + 1 : sent.end].strip().rstrip(".")
        if not words:
            # ('X:' alone, announcing the paragraph after it: a stored copy that broke the headline's line after the
            # colon, '<speaker>:' then '<words>')
            self.intro = speaker
            return
        start = para.text.index(words, colon + 1)
        q = Quote(para.number, start, start + len(words), True, words)
        read.acts.append(_Act(sent.start, colon, speaker, False, "headline", colon))
        read.colon = q
        self.spoken.append(speaker)  # ('المصدر' in the body is the headline's source; the last speaker stays unset)

    def _judged_then_signed(self, para: Paragraph, sent: Sentence, read: _Sentence, colon: int) -> bool:
        """In Persian, a judgement of falsity first, then its speaker after a colon at the line's end ('ادعای حمله
        به پایگاه دروغ است: سخنگوی وزارت دفاع کسلیا'), as a headline signs it: the words before the colon are the
        speaker's (an office, a source or a name on file or of two to four words; no verb after the colon).
        Whether it was so read."""
        if self.words.verb_first or sent.quotes:
            return False
        words = para.text[sent.start : colon].strip()
        after = para.masked[colon + 1 : sent.end].strip().rstrip(".")
        label = fold_words(after).split(" ")
        if not after or not 1 <= len(label) <= 5 or self.c.verb.search(fold_words(after)) or MASK in after:
            return False
        if len(words.split()) < 3 or self.c.cue.search(fold_words(words)) is None:
            return False
        known = self.index.lookup(after, ("actor", "group")) is not None
        if not (known or label[0] in self.c.titles | self.c.heads or looks_like_a_persons_name(after)):
            return False
        speaker = self.speaker(after, para, para.text.index(after, colon + 1), sent)
        if speaker is None:
            return False
        start = para.text.index(words, sent.start)
        read.acts.append(_Act(sent.start, sent.start, speaker, False, "headline", sent.start))
        read.colon = Quote(para.number, start, start + len(words), True, words)
        return True

    def _headline_signed(self, para: Paragraph, sent: Sentence, read: _Sentence) -> None:
        """In Arabic, '<words> - <speaker>' as a headline ('اتهام الحزب بالهجوم محض أكاذيب - قيادي'): words, a dash at
        the end, then an office or a source of one or two words, or a name on file: a quotation by the speaker."""
        m = re.search(
            r"\s[-\u2013\u2014]\s*([^\s\-\u2013\u2014]+(?:\s+[^\s\-\u2013\u2014]+)?)\s*$",
            para.masked[sent.start : sent.end],
        )
        if m is None or len(para.masked[sent.start : sent.start + m.start()].split()) < 4:
            return
        label = para.text[sent.start + m.start(1) : sent.start + m.end(1)]
        head = fold_words(label).split()[0]
        known = self.index.lookup(label, ("actor", "group")) is not None
        if not (known or head in self.c.titles or head in self.c.heads):
            return
        speaker = self.speaker(label, para, sent.start + m.start(1), sent)
        words = para.text[sent.start : sent.start + m.start()].strip()
        if speaker is None or not words:
            return
        start = para.text.index(words, sent.start)
        read.acts.append(_Act(sent.start, sent.start, speaker, False, "headline", sent.start))
        read.colon = Quote(para.number, start, start + len(words), True, words)
        self.spoken.append(speaker)

    def _noted_subject(
        self, para: Paragraph, sent: Sentence, text: str, where: list[int]
    ) -> tuple[Speaker | None, int]:
        """In Arabic, the one named after the reporter's 'it is noted that' opening the sentence (``_NOTED_AR``: 'يذكر
        أن X الذي ...، وقال ...', 'يشار إلى أن X ...'): the subject the sentence is about, whose are the verbs of
        saying with no subject of their own after it; the aside itself is the reporter's, no one's speech. With
        where the name begins (-1 with none)."""
        noted = _NOTED_AR.match(text) if self.words.verb_first else None
        if noted is None or noted.end() >= len(where):
            return None, -1
        start = sent.start + where[noted.end()]
        tokens = self._tokens(para.masked, start, sent.end)
        # (the name ends before 'كان قد' (had), 'قد' or 'الذي': 'أن المتحدث X كان قد زار ...' names X, not the visit)
        tokens = tokens[: next((i for i, t in enumerate(tokens) if t[3] in _NOTED_ENDS), len(tokens))]
        k = self._cut_subject(tokens) if tokens else 0
        if not k:
            return None, -1  # ('يذكر أنه تم تأسيس ...': a pronoun, no one named)
        span = (tokens[0][0], tokens[k - 1][1])
        phrase = fold_words(para.text[span[0] : span[1]])
        # (one who speaks: an office, a body, a person's name, or a name the article gave before ('الوردي' after
        # 'سامي الوردي'); not a thing or a place, 'يذكر أن الهجوم ...', 'يشار إلى أن المدينة ...')
        speaks = (
            tokens[0][3] in self.c.titles | self.c.heads
            or self._body_subject(para.masked, span)
            or self._named_person(para.masked, span, given=True)
            or any(fold_words(e.name).split(" ")[-k:] == phrase.split(" ") for e in self.entities)
            # (a record on file that speaks: not a place, 'يذكر أن الموصل شهدت ...', 'يذكر أن مدينة الموصل ...')
            or any(known.type != "place" for _, _, known in self.index.scan(para.text[span[0] : span[1]]))
        )
        if not speaks:
            return None, -1
        return self.speaker(para.text[span[0] : span[1]], para, span[0], sent), span[0]

    def _topic_before_we_say(self, text: str) -> int:
        """In Arabic, where a statement's own 'نقول :' (we say:) opens after a fronted topic closed by a comma, in a
        folded sentence ('ما ورد في التقرير ...، نقول : ...'): the topic's verbs report the account answered, no one
        speaking the words after it; -1 if there is none, or it follows another's colon or quoted words."""
        we_say = _WE_SAY_AR.search(text) if self.words.verb_first else None
        if we_say is None:
            return -1
        before = text[: we_say.start()].rstrip()
        if not before.endswith(("\u060c", ",")) or ":" in before or MASK in before:
            return -1
        return we_say.start()

    def _sentence(self, para: Paragraph, sent: Sentence) -> _Sentence:
        read = _Sentence(sent)
        masked = para.masked
        text, where = folded(masked[sent.start : sent.end])
        main, noted_at = self._noted_subject(para, sent, text, where)
        found: list[tuple[int, int, str, bool]] = []
        for m in self.c.verb.finditer(text):
            if not self.words.verb_first and _CAME_FA in m.group() and _AT_A_TIME_FA.search(text, 0, m.start()):
                # 'این گزارش در زمانی آمده است که ...' (this report comes at a time when ...): the reporter sets the
                # news in its context; no statement says it ('در بیانیه آمده است که', it says in the statement, does)
                continue
            deny = bool(self.c.deny.fullmatch(m.group())) or bool(
                self.c.respond.fullmatch(m.group()) and self.c.answers_claims.match(text, m.end())
            )
            refusing = (
                self.words.verb_first and _DISOWNING not in m.group() and not _DISTANCED_FROM.match(text, m.end())
            )
            if deny and self.c.reject.fullmatch(m.group()) and (refusing or self._refused_proposal(text)):
                # 'رفضت الحركة المقترح', 'پیشنهاد مذاکره را رد کرد': a proposal refused, no claim denied; in Arabic,
                # refusing denies only claims ('رفض الاتهامات'; not 'رفض الانسحاب، التدخل، العقوبات'), where Persian
                # 'رد کرد' of an event denies it ('حضور نیروها را رد کرد') and disowning one ('تنصل من') disowns it
                # ('رفضت الحكومة أن تنفي الأنباء', refused to deny: 'that' and a present verb, what is refused)
                to_do = _TO_DO.match(text, m.end()) if refusing else None
                claimed = bool(self.c.claims.search(text) or self._claim_any.search(text)) and not (
                    to_do is not None and not self._claim_any.search(to_do.group(1))
                )
                claimed = claimed or self._lead_under_denial(para)
                # (in Persian, 'رد کرد که ...' (rejected that ...) denies what the clause after 'که' says, as
                # 'تکذیب کرد که ...'; a proposal is refused with its noun before the verb, never so)
                claimed = claimed or (
                    not self.words.verb_first
                    and bool(_THAT_AFTER_FA.match(text, m.end()))
                    and not self._refused_proposal(text, 0, m.start())
                )
                deny = bool(claimed or self.c.cue.search(text)) and not (
                    self.words.verb_first and not claimed and self.c.proposal.search(text)
                )
            if deny and self.words.verb_first:
                prior = [w.strip(_PUNCT) for w in text[: m.start()].split()[-6:]]
                negated = max((k for k, w in enumerate(prior) if w in _NEGATORS), default=-1)
                if prior[-1:] and prior[-1] in _NEGATORS:
                    continue  # 'ولم يكذب X الأنباء', 'ولم ترفض الوزارة الاتهامات': a negated verb denies nothing
                if negated >= 0 and _ABLE & set(prior[negated + 1 :]):
                    continue  # 'ولم يستطع X نفي الأنباء' (X could not deny the reports): no denial made
            if deny and self.c.not_denying.search(text, max(0, m.start() - 30), m.start()):
                deny = False  # ('نهی از منکر', forbidding wrong, is no 'منکر', denying)
            if deny and not self.words.verb_first and _UNSAID_FA.match(text, m.end()):
                deny = False  # 'تکذیب نکرد' (did not deny)
            if deny and not self.words.verb_first and text[max(0, m.start() - 3) : m.start()] == _FROM_FA + " ":
                deny = not _REFRAINED_FA.match(text, m.end())  # 'از تکذیب این خبر خودداری کرد' (refrained from denying)
            if deny and self.c.reject.fullmatch(m.group()) and self.c.declining.search(text, m.end(), m.end() + 80):
                deny = False  # 'رفض المتحدث التعليق على الأنباء' (declined to comment): nothing denied
            # (whether or not the sentence denies: before a quotation 'رفض' was taken for the verb that says it, and
            # its 'subject' for the speaker: 'وقال مصدر كسلي رفض الكشف عن هويته إن "..."' gave a speaker 'الكشف')
            if self.c.reject.fullmatch(m.group()) and _ANONYMOUS & {
                w.strip(_PUNCT) for w in text[m.end() :].split()[:4]
            }:
                deny = False  # 'رافضا الكشف عن هويته' (declining to give his name): nothing denied
                if self.words.verb_first and not self.c.participle.fullmatch(m.group()):
                    continue  # ('قال مسؤول رفض الكشف عن هويته إن ...': the source's wish, no verb with a subject 'الكشف')
            if (
                self.words.verb_first
                and text[: m.start()].split()[-1:] in ([w] for w in _WISHING)
                and _ANONYMOUS & {w.strip(_PUNCT) for w in text[m.end() :].split()[:3]}
            ):
                continue  # 'مصدر رفض ذكر اسمه أن ...' (who declined to give his name): 'ذكر' a noun, 'اسمه' no speaker
            if not self.words.verb_first and m.group() == _WISHED_FA and _NAME_WITHHELD_FA.match(text, m.end()):
                continue  # 'منبعی که خواست نامش فاش نشود' (who asked that his name not be given): no speech
            if not self.words.verb_first and _PASSIVE_FA.match(text, m.end()):
                continue  # 'اگر چیزی گفته شود' (if something is said): a passive, it has no speaker
            if (
                not self.words.verb_first
                and not deny
                and text[: m.start()].split()[-1:] == [_LIE_FA]
                and _SAYING_FA.search(m.group())
            ):
                continue  # 'X درباره ... دروغ گفته است' (X lied about ...): no speech of X's; who calls it so denies
            if not self.words.verb_first and m.group().endswith(_SAID_FA) and _TALKS_FA.match(text, m.end()):
                continue  # 'گفت و گو با X' (talks with X), a noun: no verb of saying
            if not self.words.verb_first and _PLURAL_APART_FA.match(text, m.end()):
                continue  # 'گفته های X' (X's sayings), the plural ending written apart: a noun, no verb of saying
            if (
                not self.words.verb_first
                and m.group() == _SAID_FA + "\u0647"
                and text[: m.start()].split()[-1:] in ([w] for w in _THIS_FA)
            ):
                continue  # 'این گفته X' (this saying of X's): after 'this' a noun, no verb of saying
            if m.group() in _AFFILIATED and text[m.end() : m.end() + 2] == " \u0644":
                continue  # 'فصيل تابع للحرس' (a faction affiliated to the guard): an adjective, no verb of saying
            if _EXPLAINED in (m.group(), m.group()[1:]):
                says = _EXPLAINED_SAYS.match(text, m.end())
                # (a verb in the aside is the aside's own: 'الذي طلب عدم ذكر اسمه')
                subject_end = (says.start("aside") if says.group("aside") else says.end()) if says else m.end()
                if not (says and text[: m.start()].rstrip()[-1:] in ("", "\u060c", ",")) or any(
                    self.c.verb.fullmatch(w) for w in text[m.end() : subject_end].split()
                ):
                    continue  # 'بين الطرفين' (between the two sides), 'وبين عامي ... قال': no verb
            if m.group() in _WISHING_TO and not _CLARIFIES_AFTER.match(text, m.end()):
                continue  # 'وتود الوزارة إنهاء الحرب' (wishes to end the war): only wishing to clarify says something
            if m.group() in _COUNTED and not _deems_after(text, m.end()):
                continue  # ('وعد الرئيس بإجراء إصلاحات', promised): 'عد' deems only before an object and what it is
            if {m.group(), m.group()[1:]} & _GOING_ON and not re.search(f"[:{MASK}]", text[m.end() :]):
                continue  # 'وواصلت القوات تقدمها' (went on advancing): going on says something only before a quotation
            if self.words.verb_first and self.c.participle.fullmatch(m.group()):
                # 'نافيا', 'رافضا' (denying, rejecting): a participle's subject is its sentence's speaker, never
                # the noun after it ('رافضا الكشف عن هويته' has no speaker 'الكشف')
                found.append((m.start(), m.end(), "participle", deny))
                continue
            to = self.words.verb_first and text[max(0, m.start() - 5) : m.start()] in (
                " \u0627\u0644\u064a ",
                "\u0627\u0644\u064a ",
            )
            before = text[: m.start()].split()
            if (
                self.words.verb_first
                and before[-1:] in ([w] for w in _WHAT_AR)
                and _present(m.group(), self.words.prefixes)
            ):
                continue  # 'ما يدعو إلى القلق', 'وهو ما يؤكد أن' (what gives cause for, what confirms): 'what' says
            if deny and to and any(w in _CALLING_ON or w[1:] in _CALLING_ON for w in before):
                continue  # 'دعا X الحركة إلى نفي الأنباء' (called on the movement to deny): no one denies yet
            if (
                deny
                and self.words.verb_first
                and before[-1:] == [_BARE_AN]
                and _present(m.group(), self.words.prefixes)
            ):
                continue  # 'على الحركة أن تنفي', 'رفضت أن تنفي' ('that' and the present: to deny): not a denial
            if (
                deny
                and not self.words.verb_first
                and m.group() == _DENIAL_NOUN_FA
                and _ENGAGED_IN_FA.match(text, m.end())
                and text[max(0, m.start() - 3) : m.start()] == _TO_FA + " "
            ):
                # 'X با انتشار بیانیه‌ای به تکذیب این خبر پرداخت' (set about denying it): X's verb, its subject before
                # 'به', as 'X این خبر را تکذیب کرد'
                found.append((m.start(), m.end(), "verb", deny))
                continue
            if deny and not self.words.verb_first and m.group() == _DENIAL_NOUN_FA:
                next_word = text[m.end() :].split()[:1]
                if next_word and next_word[0] != _AND_FA and next_word[0][:1].isalpha():
                    # 'با اشاره به تکذیب جنبش X' (referring to the movement's denial): a noun, its denier the name
                    # after it (as in Arabic, 'نفي الحركة'), never the sentence's speaker
                    found.append((m.start(), m.end(), "noun", deny))
                    continue
            if (
                deny
                and self.words.verb_first
                and m.group() in _VERBAL_NOUNS
                and before[-1:] in ([_IN], ["\u0648" + _IN])
            ):
                # 'وفي نفي للأنباء ...، قالت الوزارة إن ...' (in a denial of the reports, the ministry said): the
                # subject of the clause after the opening denies, never the words after 'نفي' ('للأنباء', 'رسمي')
                found.append((m.start(), m.end(), "opening", deny))
                continue
            # ('سارعت الوزارة إلى نفي الخبر', hastened to deny: the sentence's subject denies, as with 'لتنفي')
            found.append((m.start(), m.end(), "purpose" if to and deny else "verb", deny))
        claimed_at: set[int] = set()
        for m in self._what_said.finditer(text):
            if m.group(1) + "\u0647" in _CALLED:
                continue
            relay = bool(self.c.relay.fullmatch(m.group(1)))
            deny = not relay and bool(self.c.deny.fullmatch(m.group(1)))
            listed = next((f for f in found if f[0] == m.start(1)), None)  # ('قاله', listed as a verb of its own)
            if listed is None:
                found.append((m.start(1), m.end(), "relay" if relay else "verb", deny))
            # (not 'بحسب ما ذكره X', according to what X said: X speaks the sentence)
            according = self.c.according.fullmatch(" ".join(text[: m.start()].split()[-1:]))
            if not (relay or deny or according or (listed is not None and (listed[2] != "verb" or listed[3]))):
                claimed_at.add(m.start(1))
        for m in self._which_denied.finditer(text):
            # (rejecting, only claims: 'المعلومات التي رفضها الجيش', not 'المقترح الذي رفضه')
            claims = self.c.claims.search(text, 0, m.start()) or self._claim_any.search(text, 0, m.start())
            if not any(f[0] == m.start(1) for f in found) and (claims or not self.c.reject.fullmatch(m.group(1))):
                found.append((m.start(1), m.end(), "verb", True))
        for m in self.c.participle.finditer(text):
            if not any(f[0] == m.start() and f[2] == "participle" for f in found):
                found.append((m.start(), m.end(), "participle", False))
        for m in self.c.according.finditer(text):
            found.append((m.start(), m.end(), "according", False))
        for m in self.c.relay.finditer(text):
            found.append((m.start(), m.end(), "relay", False))
        if self.words.verb_first:
            # ('ونسب المصدر إلى قائد الحركة قوله إن ...', the source ascribed to the leader his saying): a relay whose
            # speaker follows 'إلى' (to), not 'عن'; only with 'قوله' after it ('نسب البطالة' are rates, no verb)
            for m in _ASCRIBED.finditer(text):
                found.append((m.start(1), m.end(1), "relay", False))
        for m in self.c.statement_says.finditer(text):
            if any(f[0] == m.start() and f[1] > m.end() for f in found):
                continue  # ('آمده' inside the verb 'آمده است', read as that verb)
            if self.words.verb_first:
                found.append((m.start(), m.end(), "statement", False))
            elif _IN_STATEMENT_FA.search(text, max(0, m.start() - 150), m.start()) or (
                _OPENS_IN_STATEMENT_FA.match(text, 0, m.start()) and not self.c.verb.search(text, 0, m.start())
            ):
                # 'در اعلامیه X تاکید شده که' (in X's statement it was stressed): a passive has the statement it is
                # in as its subject; without one ('گفته شده', it is said) it has no speaker (a sentence that opens with
                # the statement has it as the subject of its first verb, however long the clauses between)
                found.append((m.start(), m.end(), "verb", False))
        if not self.words.verb_first:
            for m in _BROUGHT_FA.finditer(text):
                # ('X در بیانیه خود آورده است: «...»', 'X در پیامی آورده است که ...': X wrote in it; its subject is X's)
                if _IN_A_WRITING_FA.search(text, max(0, m.start() - 80), m.start()):
                    found.append((m.start(), m.end(), "verb", False))
        for m in self.c.purpose.finditer(text):
            found.append(
                (m.start(), m.end(), "purpose", bool(self.c.deny.fullmatch(re.sub(r"^\u0648?\u0644", "", m.group()))))
            )
        spans = [(s, e) for s, e, kind, _ in found if kind == "according"]
        # ('به گفته X': 'گفته' inside 'according to' is no verb of its own)
        found = [f for f in found if f[2] == "according" or not any(s <= f[0] < e for s, e in spans)]
        found.sort()
        # ('ما ورد ... من ذكر أسماء ...، نقول : ...': the topic's verbs tell the account answered; no one they name
        # speaks the statement's own words after 'we say')
        topic_end = self._topic_before_we_say(text)
        found = [f for f in found if f[0] >= topic_end]
        found = self._outside_colon_speech(masked, sent, where, found)
        self._note_bodies(para, sent)
        for f_start, f_end, kind, deny in found:
            relaying = False  # whether the sentence's speaker only relays what an office after 'أن' says
            named: tuple[int, int] | None = None  # where the subject's words are
            joined_also: Speaker | None = None  # a second denier joined to the subject by 'و'
            start, end = sent.start + where[f_start], sent.start + where[f_end - 1] + 1
            while end < sent.end and not fold_char(masked[end]):
                end += 1  # the marks written on the verb's last letter ('وفقاً')
            wishing = kind == "verb" and text[f_start:f_end] in _WISHING_TO  # ('تود X توضيح الآتي')
            if MASK in masked[start:end]:
                continue
            if (
                self.words.verb_first
                and kind == "verb"
                and _RELATIVE.search(fold_words(masked[sent.start : start]))
                and not (deny and text[f_start:f_end].endswith(("\u0647", "\u0647\u0627", "\u0647\u0645")))
                # ('في الوقت الذي أعلن فيه الجيش ...', at the time when the army announced: a clause of time, its
                # verb as said as any)
                and not _WHILE_WHEN.search(fold_words(masked[sent.start : start]))
            ):  # ('الأمر الذي نفته الحركة', which the movement denied: the verb carries what it denies, and denies)
                continue  # 'قناة العربية التي أوردت النبأ': a relative clause describes, it attributes nothing
            speaker: Speaker | None
            subject_end = end
            agents: list[tuple[Paragraph, int, int]] = []
            if (
                kind == "relay"
                and self.words.verb_first
                and self._opens_clause(masked, sent, start)
                and not any(t[3] in (_FROM, _TO) for t in self._tokens(masked, end, sent.end)[:10])
            ):
                # 'نقلت منصة X أن "..."' (the platform X reported that): relaying from no one, X says it itself (where
                # the verb opens its clause: not 'حسبما نقلت X', as X reported, nor the noun 'ادعاء نقل قوات')
                kind = "verb"
            if kind == "participle":
                # (the subject of a clause joined after the first: 'نفت الرئاسة ...، وقال المتحدث X إنه ...، مضيفا')
                joined = self._joined_clause(masked, read.acts) if self.words.verb_first else None
                if self.words.verb_first and joined is None:
                    # ('ذكرت القناة أن سامي الوردي صرح قائلا: «...»': a participle right after a verb, nothing
                    # between, says how that verb's subject spoke, as after 'أن' it is another's than the sentence's)
                    joined = self._manner_of(masked, read.acts, start)
                speaker = self._again(joined or main or self.last, "the speaker of its sentence")
            elif kind == "relay":  # 'ونقلت وكالة X عن المتحدث Y قوله': the one quoted speaks, not the agency
                tokens = self._tokens(masked, end, sent.end)
                at = next((i for i, t in enumerate(tokens[:10]) if t[3] == _FROM), None)
                if at is None and _ASCRIBED.match(text, f_start) is not None:
                    at = next((i for i, t in enumerate(tokens[:10]) if t[3] == _TO), None)
                rest = tokens[at + 1 :] if at is not None else []
                k = self._cut_subject(rest)
                speaker = self.speaker(para.text[rest[0][0] : rest[k - 1][1]], para, rest[0][0], sent) if k else None
                subject_end = rest[k - 1][1] if k else end
                kind = "verb"
            elif kind == "statement":  # 'وجاء فيه أن ...': whoever issued the statement named before
                said = self.statement_of.get(_stem(self.words.statements[0])) or self.last_body or self.last
                speaker = self._again(said, "the statement named before, 'in it came'")
                tokens = self._tokens(para.text, end, sent.end)
                # 'وجاء في بيان للمنظمة أن' (in a statement of the organisation): 'ل' written onto the issuer is no
                # part of its name; written onto the article ('للمنظمة') it stands for the article's alef
                lam = (
                    self.words.verb_first
                    and bool(tokens)
                    and tokens[0][3][:1] == "\u0644"
                    and len(tokens[0][3]) > 2
                    and not fold_words(text[f_start:f_end]).endswith(_DEFINITE[0] + _stem(self.words.statements[0]))
                )
                if lam:
                    t_start, t_end, word, fw = tokens[0]
                    article = fw[:2] == "\u0644\u0644"
                    cut = 0 if article else 1 + (word[1:2] == "\u0640")  # (and a tatweel after it: 'لـX')
                    tokens[0] = (t_start + cut, t_end, word[cut:], "\u0627" + fw[1:] if article else fw[1:])
                k = self._cut_subject(tokens) if self.words.verb_first else 0
                # ('صدر عن حركة النور البيان التالي', issued by the movement the following statement: the
                # statement's word after the issuer's name ends it)
                k = next((i for i in range(1, k) if tokens[i][3].removeprefix(_DEFINITE[0]) in self.c.statements), k)
                name = para.text[tokens[0][0] : tokens[k - 1][1]].strip(_PUNCT) if k else ""
                at = para.text.index(name, tokens[0][0]) if name else end
                if lam and name.startswith("\u0644\u0644"):
                    name = "\u0627" + name[1:]  # (of the same length: the offsets stay the text's)
                issuer = self.speaker(name, para, at, sent) if name else None
                if issuer is not None:  # 'وجاء في بيان الحركة', 'وجاء في إعلان "X":': the one named after it
                    speaker = issuer
                kind = "verb"
            elif kind == "noun":  # 'تکذیب جنبش X' (the movement's denial): the name after the noun, if any
                tokens = self._tokens(masked, end, sent.end)
                k = self._genitive_name(tokens[: self._cut_subject(tokens)])
                speaker = (
                    self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent) if k else None
                )
                subject_end = tokens[k - 1][1] if k else end
                if not k and deny and not masked[sent.start : start].strip():
                    # ('تکذیب ادعای حمله از سوی X', the denial of the claim by X, as a headline opens with it): no
                    # name after the noun, the agent after 'از سوی' or 'توسط' denies, as after 'پس از تکذیب ...'
                    agent = self._agent_after(para, sent, end)
                    if agent is not None:
                        speaker = self.speaker(para.text[agent[1] : agent[2]], para, agent[1], sent)
                        subject_end = agent[2]
            elif kind == "opening":  # 'وفي نفي ...، قالت الوزارة': the subject after the opening's comma
                comma = min((i for i in (masked.find(c, end, sent.end) for c in "\u060c,") if i >= 0), default=-1)
                speaker = self._sentence_subject(para, Sentence(para, comma + 1, sent.end)) if comma >= 0 else None
                kind = "verb"
            elif kind == "purpose":  # 'خرجت الوزارة لتنفي': the sentence's subject
                speaker = main or self._sentence_subject(para, sent)
                kind = "verb"
            elif kind == "according":
                tokens = self._tokens(masked, end, sent.end)
                # 'وفقا لسامي الوردي' as 'وفقا ل سامي الوردي' (the list's 'وفقا ل'): 'ل' written onto the name is no
                # part of it; written onto the article ('للجيش') it stands for the article's alef ('الجيش')
                lam = bool(tokens) and tokens[0][3][:1] == "\u0644" and len(tokens[0][3]) > 2
                article = False
                if lam and text[f_start:f_end].endswith(self._governs_lam):
                    t_start, t_end, word, fw = tokens[0]
                    article = fw[:2] == "\u0644\u0644"
                    cut = 0 if article else 1 + (word[1:2] == "\u0640")  # (and a tatweel after it: 'لـسامي')
                    tokens[0] = (t_start + cut, t_end, word[cut:], "\u0627" + fw[1:] if article else fw[1:])
                if tokens and tokens[0][3] in _SAYING and len(tokens) > 1:
                    tokens = tokens[1:]  # 'حسب قول الموقع' (according to the saying of the site): the site
                k = self._cut_subject(tokens) if self._may_be_according_to(text[f_start:f_end], tokens) else 0
                if not self.words.verb_first and k > 1:
                    k = self._known_prefix(para, tokens, k)  # ('به گفته کاظمی همه ...': no comma after the name)
                subject = masked[tokens[0][0] : tokens[k - 1][1]] if k else ""
                phrase = para.text[tokens[0][0] : tokens[k - 1][1]] if k else ""
                if article:
                    phrase = "\u0627" + phrase[1:]  # (of the same length: the offsets stay the text's)
                speaker = self.speaker(phrase, para, tokens[0][0], sent) if k else None
                if speaker is None and k and fold_words(subject).split(" ")[0].strip(_PUNCT) in self.c.possessive_refs:
                    speaker = main or self._sentence_subject(para, sent)
                    kind = "verb"
                subject_end = tokens[k - 1][1] if k else end
            elif deny and main is None and self.words.verb_first and _we_deny(text[:f_start], text[f_start:f_end]):
                speaker = None  # 'نحن ننفي بشدة هذه الأخبار' in a statement's own voice: its signer's, if signed
            elif deny and self.words.verb_first and _DONE.search(text, 0, f_start):
                # 'وتم نفي الخبر من قبل الحركة' (the report was denied by the movement): the agent denies, else no one
                speaker, subject_end = self._done_by(para, sent, end)
            else:
                # (not 'ضمن تکذیب «...»' (while denying), whose quotation is its object: the subject is before it)
                previous_end = max(
                    (a.end for a in read.acts if a.kind == "verb" and not self._while_doing(masked[a.start : a.end])),
                    default=None,
                )
                s_start, s_end = self._subject_region(masked, sent, start, end, previous_end)
                if self.words.verb_first and s_end > s_start and self._calls_on_hearers(masked, start, end, s_start):
                    s_end = s_start  # 'ودعت وسائل الإعلام إلى ...' (it called on the media): no subject of its own
                if self.words.verb_first and s_end > s_start and self._after_that(masked, sent, start) is not None:
                    # 'يذكر أن حركة النور أعلنت الهدنة، وأكدت ...': after 'أن' a noun, then its verb; the noun is the
                    # subject (the noun 'أن' takes), and the words after the verb are its object ('الهدنة'), no one
                    s_end = s_start
                # (a past verb with no subject after it has the noun before it as its subject, as a present one has:
                # 'الوزارة نفت الأنباء' as 'الوزارة تنفي الأنباء')
                present = _present(fold_words(masked[start:end]), self.words.prefixes)
                fronted = (
                    self._fronted_subject(masked, sent, start, present, s_end == s_start)
                    if self.words.verb_first and main is None
                    else None
                )
                if self.words.verb_first and (main is not None or fronted is None) and s_end == s_start:
                    # '... السيطرة على المدينة، لكن الحركة نفت ذلك' (but the movement denied it): after 'but' a
                    # clause has its own subject before its verb, as at the sentence's start, not the first speaker
                    # (whether or not the first verb's subject was read: 'اتهمت X حركة النور بـ...، لكن الحركة نفت')
                    after = max((a.end for a in read.acts), default=sent.start)
                    but = [t for t in self._tokens(masked, after, start) if t[3] in _BUT | _EXCEPT | _AS_FOR]
                    if but:
                        clause = Sentence(para, but[-1][0], sent.end)
                        fronted = self._fronted_subject(masked, clause, start, present, True)
                if fronted is None and self.words.verb_first and s_end == s_start:
                    # 'أن الحركة نفت' (that the movement denied); a verb of saying with the sentence's speaker
                    # before it keeps that speaker ('رأى X أن العدوان يؤكد أن ...'), unless an office or a source
                    # stands there ('أفادت الوكالة أن المتحدث باسم X، Y، وصف ...': the agency relays Y's words)
                    fronted = self._after_that(masked, sent, start)
                    if fronted is not None and fronted[0] == noted_at and main is not None:
                        fronted = None  # ('يذكر أن X كان قد ...، وأكد ...': the one noted, X, said it)
                    office = fronted is not None and self._tokens(masked, fronted[0], fronted[1])[0][3] in (
                        self.c.titles | self.c.heads
                    )
                    # (and a body: 'قال X إن الحركة وصفت التقارير بأنها كاذبة' gives the movement's words, as 'قال X إن
                    # الحركة نفت' gives its denial)
                    # ('وأكد X أن سامي الوردي قال: «...»': a given name, then a verb that opens a quotation, reports
                    # Sami's words even where the article has not named him before)
                    opens = bool(_SPEECH_AFTER.match(masked, end))
                    manner = re.compile(r"\s*+([^\s:]+)").match(masked, end)
                    if not opens and manner is not None and self.c.participle.fullmatch(fold_words(manner.group(1))):
                        # ('أن سامي الوردي صرح قائلا: «...»': a participle of saying, then the quotation)
                        opens = bool(_SPEECH_AFTER.match(masked, manner.end()))
                    if not (
                        deny or main is None or office or self._named_person(masked, fronted, given=opens)
                    ) and not (self._body_subject(masked, fronted)):
                        fronted = None
                    relaying = fronted is not None and office and main is not None and not deny
                if wishing and s_end > s_start:
                    fronted = None  # ('وإزاء ذلك تود الوزارة توضيح ...': a statement's formula, its subject after it)
                if fronted is not None:  # 'وكانت الوزارة قد نفت ...', 'الوزارة تنفي ...': the subject comes first
                    s_start, s_end = fronted
                agents = self._passive_agent(para, sent, start, end) if not self.words.verb_first else []
                agent = agents[0] if agents else None
                after_noun = fold_words(masked[start:end]).split(" ")[0] in _WHILE_DOING | {_AFTER_FA}
                if agent is None and deny and not self.words.verb_first and after_noun and s_end == s_start:
                    # 'پس از تکذیب این خبر توسط X، ...' (after X denied it): X, where no subject stands before it
                    agent = self._agent_after(para, sent, end)
                elif (
                    agent is None
                    and deny
                    and not self.words.verb_first
                    and _PASSIVE_VERB_FA.search(fold_words(masked[start:end]))
                    and _RA not in fold_words(masked[s_start:start]).split(" ")
                ):
                    # a passive with no agent: what stands before it is what was denied, not who denied it
                    # ('مصاحبه وزیر با شبکه کسلان تکذیب شد', the minister's interview was denied); an object marked
                    # with 'را' makes the verb active however it is written, its subject the denier
                    s_end = s_start
                subject = para.text[s_start:s_end]
                if agent is not None:  # 'این خبر از سوی X تکذیب شد' (was denied by X): X is the subject
                    a_para, a_start, a_end = agent
                    speaker = self.speaker(a_para.text[a_start:a_end], a_para, a_start, sent)
                    s_start, s_end = (a_start, a_end) if a_para is para else (start, start)
                elif main is not None and fold_words(subject.strip(_PUNCT)) in self.c.first_person:
                    # 'در بیانیه X آمده است که ما ... رد می کنیم': 'we' is whoever the sentence reports
                    speaker = self._again(main, f"'{subject.strip()}' read as {main.label}, who says it")
                else:
                    # (a verb of calling, 'X و Y این خبر را بی‌اساس خواندند', denies by its cue)
                    denying = deny or bool(self.c.cue.search(text))
                    pair = self._joined_deniers_fa(para, sent, s_start, s_end, start, end) if denying else None
                    if pair is not None:  # 'X و Y این ادعا را تکذیب کردند' (X and Y denied it): each denies
                        speaker, joined_also = pair
                    else:
                        speaker = self.speaker(subject, para, s_start, sent) if s_end > s_start else None
                antecedent = self._indefinite_antecedent(para, sent, start) if s_end == s_start else None
                told = self._talked_to(para, sent, start) if antecedent is None and s_end == s_start else None
                if told is not None:  # 'تحدثت X إلى Y، ...، والذي نفى': Y, who was talked to, denies
                    antecedent = self.speaker(para.text[told[0] : told[1]], para, told[0], sent)
                if antecedent is None and (s_end == s_start or speaker is None):
                    antecedent = self._statement_by(para, sent, start) or self._report_by(para, sent, start)
                if antecedent is not None:  # 'تغريدة لصحفي لبناني قال فيها إن': the journalist who said
                    speaker = antecedent
                elif s_end == s_start and agent is None:
                    verb = fold_words(masked[start:end])
                    inner = self._inner_subject(masked, read, main, start, verb)
                    speaker = self._again(
                        inner or main or self._agreeing(verb), "no subject of its own: the last speaker"
                    )
                elif speaker is not None and self.words.verb_first:
                    self.genders[speaker.label] = self._gender(fold_words(masked[start:end]))
                relayed = self._relayed(para, sent, s_end, sent.end if self.words.verb_first else start)
                if relayed is not None and s_end > s_start:  # 'أفادت الوكالة نقلا عن مصدر ...': the source speaks
                    speaker, s_end = relayed
                subject_end = max(end, s_end) if self.words.verb_first else s_end
                if self.words.verb_first and s_end > end:
                    subject_end = self._past_description(masked, subject_end, sent.end)
                    subject_end = self._past_place(masked, subject_end, sent.end)
                named = (s_start, s_end) if s_end > s_start else None
            claimed = f_start in claimed_at
            read.acts.append(_Act(start, end, speaker, deny, kind, subject_end, named, claimed))
            if joined_also is not None and read.acts[-1].speaker is speaker:
                read.acts[-1].also = joined_also
            if wishing and speaker is not None and self.clarifier is None:
                self.clarifier = (para.number, speaker)
            for a_para, a_start, a_end in agents[1:]:  # 'از سوی X و نیز Y تکذیب شد': Y denies as well
                read.acts[-1].also = self.speaker(a_para.text[a_start:a_end], a_para, a_start, sent)
                if a_para is para:  # (the subject runs to Y's end: 'و نیز Y' is none of what was denied)
                    read.acts[-1].subject_end = a_end
            if speaker is not None and kind != "according" and (main is None or relaying) and not claimed:
                main = speaker  # (a participle after 'أفادت الوكالة أن المتحدث ... وصف' is the spokesman's)
                reported = self._quoted_subject(para, sent, subject_end) if kind == "verb" else None
                if reported is not None:  # ('ذكرت الوكالة أن "مصدر في الوزارة نفى ..."، موضحا': the source's)
                    main = reported
        for act in read.acts:
            if act.speaker is not None and act.kind != "according" and not act.claimed:
                self._spoke(act.speaker)
                claiming = not self.words.verb_first and fold_words(masked[act.start : act.end]).startswith(_CLAIMED_FA)
                self.claimant = act.speaker if claiming else None
        if main is not None:
            for word in text.split():
                if word.strip(_PUNCT) in self.c.statements:
                    self.statement_of[_stem(word.strip(_PUNCT))] = main
        elif not self.words.verb_first and (issued := _ISSUED_FA.search(text)) is not None:
            # 'X بیانیه‌ای صادر کرد' (X issued a statement): what 'در این بیانیه آمده است' then quotes is X's
            tokens = self._tokens(masked, sent.start, sent.start + where[issued.start()])
            k = self._cut_subject(tokens)
            issuer = self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent) if k else None
            if issuer is not None and fold_words(issued.group(1)) in self.c.statements:
                self.statement_of[_stem(fold_words(issued.group(1)))] = issuer
                self._spoke(issuer)
        # speech after a colon without quotation marks
        for act in read.acts:
            if act.kind not in ("verb",) or act.speaker is None:
                continue
            colon = self._speech_colon(masked, sent, act.end)
            if colon < 0:
                continue
            words = para.text[colon + 1 : sent.end].strip().rstrip(".")
            q_start = para.text.index(words, colon + 1)
            read.colon = Quote(para.number, q_start, q_start + len(words), True, words)
            read.colon_act = act
            break
        return read

    def _inner_subject(
        self, masked: str, read: _Sentence, main: Speaker | None, verb_start: int, verb: str
    ) -> Speaker | None:
        """In Arabic, the subject of a later clause of the sentence ('أن الوزارة نفت') that a verb with no subject of
        its own is joined to by 'و': 'ذكرت الوكالة أن الوزارة نفت الخبر وقالت: ...' (the ministry said it, not the
        agency). The verb's gender is that subject's; with a comma between ('نفت الخبر، وقالت'), a new clause, only
        when it is not the sentence speaker's too. None when the verb goes on for the sentence's speaker."""
        if not self.words.verb_first or main is None or masked[verb_start] != "\u0648":
            return None
        acts = [a for a in read.acts if a.kind == "verb" and a.speaker is not None and not a.claimed]
        inner = acts[-1] if acts else None
        if inner is None or inner.subject is None or inner.speaker is None or inner.speaker.same(main):
            return None
        gender = self._gender(verb)
        if gender is None or self.genders.get(inner.speaker.label) != gender:
            return None
        joined = not re.search("[\u060c,\u061b:]", masked[inner.subject_end : verb_start])
        return inner.speaker if joined or self.genders.get(main.label) not in (None, gender) else None

    def _calls_on_hearers(self, masked: str, verb_start: int, verb_end: int, s_start: int) -> bool:
        """Whether an Arabic verb of calling on ('دعا', 'طالب', 'ناشد') has those called on right after it, where its
        subject would stand: the media, the citizens, everyone ('ودعت وسائل الإعلام إلى استقاء الأخبار ...', 'يدعو
        وسائل الإعلام إلى توخي الدقة'). A body that calls on them is named before (its subject left out) or between
        the verb and them ('ودعا المتحدث المواطنين ووسائل الإعلام')."""
        verb = fold_words(masked[verb_start:verb_end])
        if verb not in _CALLING_ON and verb[1:] not in _CALLING_ON:
            return False
        first = self._tokens(masked, s_start, min(len(masked), s_start + 40))[:1]
        return bool(first) and first[0][3] in _HEARERS

    def _opens_clause(self, masked: str, sent: Sentence, start: int) -> bool:
        """Whether the Arabic word at ``start`` opens its sentence or a clause: after a comma or a conjunction of
        contrast or time ('فيما', 'بينما', 'في حين'), 'و' or 'ف' written onto it."""
        before = masked[sent.start : start].rstrip()
        if not before or before[-1] in "\u060c,:\u061b":
            return True
        return fold_words(before).split(" ")[-1] in _WHILE_CLAUSE

    def _joined_clause(self, masked: str, acts: list[_Act]) -> Speaker | None:
        """In Arabic, the speaker of the last verb of saying that opens a clause of its own joined by 'و' after a comma,
        its subject named after it ('...، وقال المتحدث باسم X، Y، إن ...'), when it differs from the first speaker:
        the one a participle after it goes on for. None when the sentence has no such clause."""
        first = next((a.speaker for a in acts if a.speaker is not None and a.kind == "verb" and not a.claimed), None)
        for act in reversed(acts):
            if act.kind != "verb" or act.speaker is None or act.claimed or act.subject is None:
                continue
            joined = masked[act.start] == "\u0648" and masked[: act.start].rstrip()[-1:] in ("\u060c", ",")
            if joined and first is not None and not act.speaker.same(first):
                return act.speaker
            return None
        return None

    def _manner_of(self, masked: str, acts: list[_Act], start: int) -> Speaker | None:
        """In Arabic, the speaker of the verb a participle follows right after, nothing but a space between ('أن سامي
        الوردي صرح قائلا', that Sami declared, saying): the participle tells how that verb was said. None when the
        last act is no verb of saying with a speaker, or ends elsewhere."""
        act = acts[-1] if acts else None
        if act is None or act.kind != "verb" or act.speaker is None or act.claimed:
            return None
        return act.speaker if not masked[max(act.end, act.subject_end) : start].strip() else None

    def _quoted_subject(self, para: Paragraph, sent: Sentence, at: int, denying: bool = False) -> Speaker | None:
        """In Arabic, the one a relayed quotation reports speaking: 'ذكرت الوكالة أن "مصدر في الوزارة نفى ..."' (that "a
        source in the ministry denied ..."). The quotation, right after 'أن' (or 'إلى أن'), opens with a source or an
        office and its verb; the quoted words are the relay's, what is said or denied in them the source's.
        ``denying``: any body or person before a verb of denying in the past ('لافتا إلى أن «استخبارات X نفت ...»')."""
        if not self.words.verb_first:
            return None
        q = next((q for q in sent.quotes if q.start >= at), None)
        lead = [w for w in fold_words(para.masked[at : q.start]).split() if w] if q is not None else []
        if q is None or not q.closed or lead[-1:] != ["ان"] or len(lead) > 2:
            return None
        tokens = self._tokens(para.text, q.start + 1, q.end - 1)
        office = bool(tokens) and tokens[0][3] in self.c.heads | self.c.titles
        if len(tokens) < 3 or not (office or denying) or tokens[0][3] in self.c.first_person | self.c.demonstratives:
            return None
        k = self._cut_subject(tokens)
        if not k or k >= len(tokens) or not self.c.verb.fullmatch(tokens[k][3]):
            return None
        if not office and not (self.c.deny.fullmatch(tokens[k][3]) and not _present(tokens[k][3], self.words.prefixes)):
            return None
        return self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)

    def _saying_in_quotation(self, para: Paragraph, sent: Sentence, q: Quote) -> Speaker | None:
        """In Persian, the one whose words a speaker reports in a quotation that opens with them and a verb of saying:
        'X گفت: مسئولان ایرانی تاکید کردند که ... ارتباطی ندارد' (X said: Iranian officials stressed that it has
        nothing to do with them): they deny, X only tells of it."""
        if self.words.verb_first:
            return None
        tokens = self._tokens(para.text, q.start + (para.text[q.start] in _OPENERS), q.end)
        if not tokens or tokens[0][3] in self.c.first_person | self.c.demonstratives:
            return None
        # the verb of saying within the first words, after a subject that holds none
        k = next(
            (
                j
                for j in range(1, min(6, len(tokens)))
                if self.c.verb.match(fold_words(para.text[tokens[j][0] : q.end]))
            ),
            0,
        )
        if not k or self._cut_subject(tokens[:k]) != k:
            return None
        return self.speaker(para.text[tokens[0][0] : tokens[k - 1][1]], para, tokens[0][0], sent)

    def _while_doing(self, verb: str) -> bool:
        """Whether a Persian verb of denying is a verbal noun after 'while' or 'with' ('ضمن تکذیب', 'با رد'): it takes an
        object and has no subject of its own."""
        return not self.words.verb_first and fold_words(verb).split(" ")[0] in _WHILE_DOING

    def _past_description(self, masked: str, subject_end: int, end: int) -> int:
        """Where what a verb-first subject does starts, past a description of the body by whom it stands with:
        'نفت حركة النور المدعومة من كسليا، مساء اليوم، صحة التقارير' (backed by Kesslia): to the comma after it, or
        without one past 'من', 'على', 'مع' and the name they govern ('الموالية لكسليا صحة ...': the one word)."""
        tokens = self._tokens(masked, subject_end, end)
        if len(tokens) < 3 or tokens[0][3] not in _DESCRIBING or MASK in tokens[0][2] or MASK in tokens[1][2]:
            return subject_end
        k = 2 if tokens[1][3] in (_OF, _ON, "\u0645\u0639") else 1
        k += 1  # (the name they govern)
        while (
            k < min(len(tokens) - 1, 5)
            and tokens[k][3][:2] == "\u0627\u0644"
            and tokens[k][3] not in self.c.stops | self.c.acts
            and not self.c.claims.fullmatch(tokens[k][3])
        ):
            k += 1  # 'التابعة لوزارة الدفاع الكسلية': the name's own definite words
        for i, t in enumerate(tokens[:6]):
            if MASK in t[2] or t[2][:1] in _CUT_BEFORE:
                return subject_end
            # (a comma within the description, or after a place that goes on with it ('من وزارة الدفاع في كسليا،');
            # not one after what was denied: 'الموالية لكسليا صحة التقارير، مؤكدة ...')
            if t[2][-1:] in "\u060c," and (i < k or (k < len(tokens) and tokens[k][3] == _IN)):
                return t[1]
        return tokens[k - 1][1] if k < len(tokens) else subject_end

    def _past_place(self, masked: str, subject_end: int, end: int) -> int:
        """Where what a verb-first subject does starts, past the place the subject is in when no comma sets it off:
        'نفت حركة النور في كسليا الأنباء' (the Nour movement in Kesslia denied the reports): 'في كسليا' is where the
        movement is, no part of what it denied (not 'في بيان', a statement, nor a place that ends the sentence)."""
        tokens = self._tokens(masked, subject_end, end)
        if len(tokens) < 3 or tokens[0][3] != _IN or tokens[1][2][-1:] in _CUT_AFTER:
            return subject_end
        word, fw = tokens[1][2].strip(_PUNCT), tokens[1][3]
        if MASK in tokens[1][2] or MASK in tokens[2][2]:
            return subject_end
        # (a bare name before a definite object, 'في كسليا الأنباء', is a place not on file; not a statement, a remark,
        # a time or a word with a pronoun, 'في بيانها', nor 'في' opening the object itself, 'في إطار'; nor a body's
        # word that the definite word after it names, 'في مجلس النواب'; the folded 'ه' of 'ة' keeps out the rest,
        # 'في منطقة القنيطرة', and a place so spelt with it, 'في جنوة', goes unseen)
        bare_name = (
            fw[:2] != "\u0627\u0644"
            and tokens[2][3][:2] == "\u0627\u0644"
            and fw not in self.c.statements | self.c.stops | _REMARKS_AR | _TOLD_IN | _TIMES_AR | _WHEN_WORDS
            and fw not in self.c.body_words | self.c.heads | self.c.titles
            and not fw.endswith(("\u0647", "\u0647\u0627", "\u0647\u0645"))
            and not any((_IN + " " + fw).startswith(p) for p in self.c.stop_phrases)
        )
        if not (self._place(word) or bare_name):
            return subject_end
        return tokens[1][1]

    def _talked_to(self, para: Paragraph, sent: Sentence, verb_start: int) -> tuple[int, int] | None:
        """Where the one talked to is, when a relative pronoun before a verb with no subject of its own refers to
        him: 'تحدثت النهار إلى سامي الوردي، القائد في الحركة، والذي نفى بدوره ...' (al-Nahar talked to Sami
        al-Wardi, ..., who in turn denied): the verb's subject is Y after 'إلى' or 'مع', set off by a comma, not the
        sentence's first speaker (the outlet that talked)."""
        tokens = self._tokens(para.masked, sent.start, verb_start)
        if len(tokens) < 5 or tokens[-1][3] not in _WHO:
            return None
        talk = next((i for i, t in enumerate(tokens[:4]) if t[3] in _TALKED), None)
        to = (
            next((i for i in range(talk + 2, len(tokens) - 1) if tokens[i][3] in (_TO, "\u0645\u0639")), None)
            if (talk is not None)
            else None
        )
        if to is None:
            return None
        end = next((j for j in range(to + 1, min(len(tokens) - 1, to + 6)) if tokens[j][2][-1:] in "\u060c,"), None)
        if end is None or any(MASK in t[2] for t in tokens[to + 1 : end + 1]):
            return None
        return tokens[to + 1][0], tokens[end][1] - 1

    def _indefinite_antecedent(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, the indefinite noun a verb with no subject after it describes: 'لصحفي لبناني قال فيها'.

        A relative clause after an indefinite noun takes no relative pronoun, so 'a journalist (who) said'
        is a noun then the verb. The noun is an unnamed source or official, or a noun and its adjective of
        origin ('صحفي لبناني', 'ناشط سوري'), indefinite, right before the verb; a preposition written onto
        its first word ('لصحفي') starts it.
        """
        if not self.words.verb_first:
            return None
        tokens = self._tokens(para.masked, sent.start, verb_start)
        run: list[tuple[int, int, str, str]] = []
        for token in reversed(tokens[-3:]):
            word, fw = token[2], token[3]
            if word[-1:] in _CUT_AFTER or MASK in word or not fw.isalpha() or fw.startswith("\u0627\u0644"):
                break
            if fw in self.c.stops or fw in self.c.drop or self.c.verb.fullmatch(fw):
                break
            run.insert(0, token)
        for k in range(len(run), 0, -1):
            words = [t[3] for t in run[-k:]]
            for lead in (1, 0) if words[0][:1] in "\u0644\u0628" and len(words[0]) > 3 else (0,):
                first = words[0][lead:]
                described = first in self.c.heads or first in self.c.titles
                nisba = all(w.endswith(("\u064a", "\u064a\u0647")) for w in [first, *words[1:]])
                if described or (k >= 2 and nisba):
                    phrase = para.text[run[-k][0] + lead : run[-1][1]]
                    return Speaker(phrase, None, phrase, person=True, how="the indefinite noun its verb describes")
        return None

    def _report_by(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, the publisher of an indefinite report that a verb with no subject of its own describes: 'على
        تقرير نشرته شبكة X، تحدث عن "..."' (a report X published, which spoke of '...'). A relative clause after an
        indefinite noun takes no relative pronoun; the report speaks in its publisher's words, not in those of the
        one answering it (who spoke last, and was given the report's words)."""
        if not self.words.verb_first:
            return None
        verb = fold_words(para.masked[verb_start : verb_start + 12]).split(" ")[0]
        if verb[:1] in self.words.prefixes and verb[1:] in self.c.verb_forms:
            return None  # ('نفت الحركة خبرا بثته X، وقالت إن ...': 'and she said', the sentence's subject goes on)
        tokens = self._tokens(para.masked, sent.start, verb_start)[-9:]
        at = next((j for j in range(len(tokens) - 2, -1, -1) if tokens[j][3] in _PUBLISHED_IT), None)
        if at is None or at == 0:
            return None
        noun = tokens[at - 1][3]
        noun = noun[1:] if noun[:1] in "\u0644\u0628" and noun[1:] in _REPORT_NOUNS else noun
        if noun not in _REPORT_NOUNS:
            return None
        if (noun[-1:] == "\u0647") != (verb[-1:] == "\u062a"):
            return (
                None  # the relative verb agrees with the report ('تقرير ... قال', 'مقالة ... قالت'), not the sentence's
            )
        rest = tokens[at + 1 :]
        if not rest or any(t[2][-1:] in _CUT_AFTER for t in rest[:-1]):
            return None
        n = self._cut_subject(rest)
        if n != len(rest):
            return None
        name = para.text[rest[0][0] : rest[-1][1]]
        found = self.speaker(name, para, rest[0][0], sent)
        return self._again(found, "the publisher of the report its verb describes") if found is not None else None

    def _statement_by(self, para: Paragraph, sent: Sentence, verb_start: int) -> Speaker | None:
        """In Arabic, whose statement a verb with no subject of its own reports: 'نشرت تصريحا لـX، قالت إنه ...'.

        The outlet that published a statement of X (تصريحا، تصريحات) relays X's words: X is the speaker, not
        the one who spoke last in the article.
        """
        if not self.words.verb_first:
            return None
        tokens = self._tokens(para.masked, sent.start, verb_start)
        for i, token in enumerate(tokens[:-1]):
            # a statement of X right before the verb ('نشرت الوكالة بيانا للسفارة في المدينة ينفي ...', a statement
            # of the embassy denying): the verb describes the statement, X's
            adjacent = token[3] in self.c.statements
            if token[3] not in _STATEMENT_OF and not adjacent:
                continue
            rest = tokens[i + 1 :]
            # ('لـX', 'لX'; 'للقائد X', 'ل' and the article: read whole, as 'القائد X')
            lam = re.match(r"\u0644(?:\u0640|(?=\u0644)|)(?=[^\W_])", rest[0][2])
            if rest[0][3].startswith("\u0644\u0644"):
                rest[0] = (*rest[0][:3], "\u0627" + rest[0][3][1:])
            k = self._cut_subject(rest) if lam else 0
            if not k or lam is None:
                continue
            if token[3] not in _STATEMENT_OF:
                gap = rest[k:]  # (a place after the body is its name's: 'للسفارة الكسلية في المدينة ينفي')
                if len(gap) == 2 and gap[0][3] == _IN and gap[1][2][-1:] not in _CUT_AFTER:
                    k = len(rest)
                elif gap:
                    continue
            at = rest[0][0] + (0 if rest[0][2].startswith("\u0644\u0644") else lam.end())
            phrase = para.text[at : rest[k - 1][1]]
            if token[3] not in _STATEMENT_OF and rest[0][2].startswith("\u0644\u0644"):
                phrase = "\u0627" + phrase[1:]  # 'للسفارة' (of the embassy): 'السفارة'
            # an office or a record ('لقائد فيلق ...'): not the media the statement was made to ('لوسائل الإعلام')
            head = rest[0][3] if rest[0][3].startswith("\u0627\u0644") else rest[0][3][1:]  # ('القائد' from 'للقائد')
            bodies = self.c.body_words if token[3] not in _STATEMENT_OF else frozenset()
            if (
                head not in self.c.titles | self.c.heads
                and head[2:] not in bodies
                and self.index.lookup(phrase) is None
            ):
                continue
            found = self.speaker(phrase, para, at, sent)
            if found is not None and (found.entity is not None or found.described):
                return self._again(found, f"whose statement the sentence reports, '{token[2]} {phrase}'")
        return None

    def _passive_agent(
        self, para: Paragraph, sent: Sentence, verb_start: int, verb_end: int
    ) -> list[tuple[Paragraph, int, int]]:
        """(paragraph, start, end) of each agent of a Persian passive verb ('تکذیب شد', was denied) after 'از سوی' or
        'توسط' (by) before it, or in the kicker above a headline ('از سوی X؛' then 'ادعای ... تکذیب شد'); none when
        it has none."""
        if not _PASSIVE_VERB_FA.search(fold_words(para.masked[verb_start:verb_end])):
            return []
        places = [(para, self._tokens(para.masked, sent.start, verb_start))]
        if self.kicker is not None and sent is para.sentences[0]:
            places.append((self.kicker, self._tokens(self.kicker.masked, 0, len(self.kicker.masked))))
        for where, tokens in places:
            for i, token in enumerate(tokens):
                pair = token[3] + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
                skip = 2 if pair in self.c.agents else 1 if token[3] in self.c.agents else 0
                n = self._cut_subject(tokens[i + skip :]) if skip else 0
                runs = n
                if n and tokens[i + skip + n - 1][2][-1:] in "\u060c," and tokens[-1][2][-1:] in "\u060c,":
                    runs = len(tokens) - i - skip  # 'از سوی X، سخنگوی ...، تکذیب شد': the name, then its office
                # the agent runs up to the verb (else it is another verb's: 'گزارش منتشر شده از سوی X ...')
                if n and i + skip + runs == len(tokens):
                    return [(where, tokens[i + skip][0], tokens[i + skip + n - 1][1])]
                # two agents joined ('از سوی X و نیز Y تکذیب شده است', by X and also by Y): each denies, when the
                # second runs up to the verb ('و' may end the first's run when a word it stops at follows)
                j = i + skip + n
                if n > 1 and tokens[j - 1][3] == _AND_FA:
                    n, j = n - 1, j - 1
                if n and j < len(tokens) and tokens[j][3] == _AND_FA:
                    j += 1 + (j + 1 < len(tokens) and tokens[j + 1][3] in _ALSO_FA)
                    m = self._cut_subject(tokens[j:])
                    if m and j + m == len(tokens):
                        return [
                            (where, tokens[i + skip][0], tokens[i + skip + n - 1][1]),
                            (where, tokens[j][0], tokens[j + m - 1][1]),
                        ]
        return []

    def _agent_after(self, para: Paragraph, sent: Sentence, at: int) -> tuple[Paragraph, int, int] | None:
        """(paragraph, start, end) of the agent after a Persian verbal noun of denying, in its clause ('پس از تکذیب
        این خبر توسط X،', after this report was denied by X), or None."""
        comma = next((i for i in range(at, sent.end) if para.masked[i] in "\u060c,\u061b"), sent.end)
        tokens = self._tokens(para.masked, at, comma)
        for i, token in enumerate(tokens):
            if token[3] in _MADE_FA:
                return None  # ('ادعای مطرح شده از سوی X': X made the claim; the denier is elsewhere)
            pair = token[3] + " " + (tokens[i + 1][3] if i + 1 < len(tokens) else "")
            skip = 2 if pair in self.c.agents else 1 if token[3] in self.c.agents else 0
            n = self._cut_subject(tokens[i + skip :]) if skip else 0
            if n:
                return para, tokens[i + skip][0], tokens[i + skip + n - 1][1]
        return None

    def _done_by(self, para: Paragraph, sent: Sentence, at: int) -> tuple[Speaker | None, int]:
        """(speaker, end) of the agent of an Arabic passive ('تم نفي X من قبل Y', 'جرى تكذيب X من جانب Y'): Y."""
        tokens = self._tokens(para.masked, at, sent.end)
        by = next(
            (i for i in range(len(tokens) - 1) if tokens[i][3] == "\u0645\u0646" and tokens[i + 1][3] in _BY), None
        )
        rest = tokens[by + 2 :] if by is not None else []
        n = self._cut_subject(rest)
        if not n:
            return None, at
        return self.speaker(para.text[rest[0][0] : rest[n - 1][1]], para, rest[0][0], sent), rest[n - 1][1]

    def _relayed(self, para: Paragraph, sent: Sentence, at: int, limit: int) -> tuple[Speaker | None, int] | None:
        """(speaker, end) of the source a relay names right after a subject ('X نقلا عن Y', 'X به نقل از Y'), or None.

        The outlet relays; the words are the source's.
        """
        tokens = self._tokens(para.masked, at, limit)
        if not tokens or not self.c.sourcing.match(fold_words(para.masked[tokens[0][0] : limit])):
            return None
        k = next((i for i, t in enumerate(tokens[:3]) if t[3] in (_FROM, _FROM_FA)), None)
        rest = tokens[k + 1 :] if k is not None else []
        n = self._cut_subject(rest)
        if not n:
            return None
        speaker = self.speaker(para.text[rest[0][0] : rest[n - 1][1]], para, rest[0][0], sent)
        return (speaker, rest[n - 1][1]) if speaker is not None else None

    def _speech_colon(self, masked: str, sent: Sentence, verb_end: int) -> int:
        """Where the colon is that opens speech without quotation marks after a verb of saying, or -1."""
        colon = masked.find(":", verb_end, sent.end)
        if colon < 0 or len(masked[verb_end:colon].split()) > (12 if self.words.verb_first else 1):
            return -1
        after_colon = masked[colon + 1 : sent.end]
        # (a quotation right after it, whatever its mark: 'مضيفاً: ”...“', marks typed the other way round)
        if not after_colon.strip() or after_colon.lstrip()[:1] in _OPENERS or after_colon.lstrip()[1:2] == MASK:
            return -1
        return colon

    def _outside_colon_speech(
        self, masked: str, sent: Sentence, where: list[int], found: list[tuple[int, int, str, bool]]
    ) -> list[tuple[int, int, str, bool]]:
        """The verbs found, without those inside speech after a colon ('گفت: ... ما آن را تکذیب کردیم ...'):
        the speech is the speaker's words, as a quotation in marks is, and its verbs have no subjects of their own."""
        for _, f_end, kind, _ in found:
            if kind != "verb":
                continue
            colon = self._speech_colon(masked, sent, sent.start + where[f_end - 1] + 1)
            if colon >= 0:
                return [f for f in found if sent.start + where[f[0]] < colon]
        return found

    def _fronted_subject(
        self, masked: str, sent: Sentence, verb_start: int, present: bool, subjectless: bool = False
    ) -> tuple[int, int] | None:
        """In Arabic, a subject written before its verb: after 'كان ... قد' or 'لكن', or before a present-tense verb.

        'وكانت وزارة الدفاع قد نفت' (had denied), or a headline-like 'وزارة الدفاع تنفي ...'. A past-tense verb
        after a noun is read as verb-first (the words before it are a dateline or a time), unless no subject follows
        it (``subjectless``) and the noun opens its paragraph or is a body or an office ('وزارة الدفاع نفت الأنباء',
        as 'وزارة الدفاع تنفي الأنباء'; not a sentence that a stop after an abbreviation opened: 'العربية. نت قد
        ادعى'). The words before the verb must be a plain noun phrase: at most six words, no stop word, no verb of
        saying, no quotation.
        """
        tokens = self._tokens(masked, sent.start, verb_start)
        tag = next((i for i, t in enumerate(tokens[:4]) if t[2].endswith(":")), None)
        if (
            tag is not None
            and tag + 1 < len(tokens)
            and not masked[: tokens[0][0]].strip()
            and not is_headline(sent.paragraph, self.first)
        ):
            # ('وكالة النور: وزارة الدفاع تنفي ...'): an outlet's tag and a colon at the head of the paragraph credit
            # the report; the noun after it is the subject (not in a headline, whose label's speaker says the words)
            tokens = tokens[tag + 1 :]
        while tokens and tokens[0][3] in self.c.drop:
            tokens = tokens[1:]
        kana = bool(tokens) and tokens[0][3] in _KANA
        if kana:
            tokens = tokens[1:]
            if tokens and tokens[-1][3] == _QAD:
                tokens = tokens[:-1]  # ('وكان X قال', without 'قد', is the same pluperfect)
            tokens = self._without_apposition(tokens)
        elif tokens and tokens[0][3] in _BUT:
            tokens = tokens[1:]  # 'لكن' takes a noun, its subject: 'لكن التحالف ... نفى'
        elif tokens and tokens[0][3] in _AS_FOR:
            # 'أما الحركة فقد نفت ذلك', 'أما الوزارة فنفت' (as for the movement, it denied): the topic of 'أما' is the
            # subject of the verb after 'ف', which news uses to turn from one side's claim to the other's answer
            # (not 'إما ... أو', either ... or, which folds alike but has no 'ف' before a verb)
            tokens = tokens[1:]
            if tokens and tokens[-1][3] in _THEN_QAD:
                tokens = tokens[:-1]
            elif fold_words(masked[verb_start : verb_start + 1]) != "\u0641":
                return None
        elif (
            len(tokens) > 1
            and tokens[0][3] in _LEADING
            and fold_words(masked[verb_start : verb_start + 1]) in "\u0648\u0641"
        ):
            # 'وعادت سلمى حداد ونفت ...' (returned and denied), 'ثم خرج سامي الوردي ونفى ...': a verb that leads
            # another joined by 'و' has the subject of both between them
            tokens = tokens[1:]
            kana = True
        elif len(tokens) > 1 and tokens[0][3] in _EXCEPT and tokens[1][3] == "\u0627\u0646":
            tokens = tokens[2:]  # 'إلا أن', 'غير أن' (but, however): 'أن' takes a noun too
        elif not present and not (
            subjectless
            and tokens
            and (not masked[: sent.start].strip() or tokens[0][3] in self.c.titles | self.c.heads | self.c.body_words)
        ):
            return None
        aside = tokens if kana else self._before_aside(tokens)
        if len(aside) < len(tokens) and aside[-1][2][-1:] in "\u060c,":
            aside = self._without_apposition(aside)  # ('X، وزير الدفاع، في بيان نفى': the aside, then what is beside X)
        tokens = aside
        if (
            not kana
            and len(tokens) > 2
            and tokens[-1][2][-1:] in "\u060c,"
            and any(t[2][-1:] in "\u060c," for t in tokens[:-1])
        ):
            # 'سامي الوردي، وزير الدفاع، نفى', 'لكن الوزارة، في بيان، نفت': what stands between commas after the
            # subject, as after 'كان' (not a time before a verb-first clause: 'ويوم الثلاثاء، نفت', one comma)
            tokens = self._without_apposition(tokens)
        # (an office and the name after it run longer: 'الناطق الرسمي لـX الأستاذ Y Z ينفي'; so does a source and the
        # body it is in: 'مصدر أمني رفيع في جماعة X الجديد ينفي')
        longest = 9 if tokens and tokens[0][3] in self.c.titles | self.c.heads else 6
        # (a name in marks counts as one word: 'مصادر في لواء "X Y" في "Z W" العامل في كسليا', sources in the brigade
        # X Y of Z W operating in Kesslia, is a source's body named at length)
        if not tokens or self._words_counted(tokens) > longest or any(re.search(r"[/\-\u2013]", t[2]) for t in tokens):
            return None
        # ('لكن مصدرا في الحركة نفى': 'in' after a source or an office is part of the subject)
        office = tokens[0][3] in self.c.heads | self.c.titles if tokens else False
        first = tokens[0][3].lstrip(self.words.prefixes) if tokens else ""
        body = first in self.c.body_words or (first[:2] == "\u0627\u0644" and first[2:] in self.c.body_words)
        where = len(tokens)  # (the body's name ends before the place it is in)
        for k, (_, _, word, fw) in enumerate(tokens):
            bare = fw[1:] if fw[:1] in self.words.prefixes else fw
            # (and after its indefinite adjectives: 'مصدر مسؤول في الوزارة نفى', 'مصدر أمني رفيع في الحركة')
            if office and 1 <= k <= 3 and fw in (_IN, _FROM) and all(t[3][:2] != "\u0627\u0644" for t in tokens[1:k]):
                continue
            if office and k >= 3 and fw == _IN and self._in_named_body(tokens, k):
                continue  # ('مصادر في لواء "الفجر" في "حركة النور" العامل في كسليا': each 'في' names where the body is)
            if k and tokens[k - 1][3] + " " + fw in self.c.partitive:
                continue  # ('غير أن مصادر قريبة من الحركة وصفت', sources close to the movement)
            # ('كتائب X في العراق تنفي': a body, then the country it is in, before its verb)
            place = k + 1 < len(tokens) and self._place(tokens[k + 1][2].strip(_PUNCT))
            if body and k >= 2 and fw == _IN and place:
                where = min(where, k)
                continue
            # ('وكانت حسابات على منصة "إكس" قد زعمت', accounts on the X platform had claimed): between 'كان' and 'قد'
            # stands the subject and nothing else, so a preposition after its first word says where it is; the
            # subject ends there, and a name in marks after it is no quotation
            # ('وكان مسؤول الإعلام في حركة النور، سامي الوردي، قد نفى': an office's 'في' names its body where the
            # holder's name follows between commas, which the apposition kept: the subject runs on to the name)
            if kana and office and k and fw == _IN and any(t[2][-1:] in "\u060c," for t in tokens[k:]):
                continue
            if kana and k and fw in _WHERE_AFTER_KANA and where == len(tokens):
                where = k
                break
            # ('لكن موقع (جنوب كسليا) قال': an outlet's name in brackets is part of the subject)
            bracket = word[:1] == "(" and k and tokens[k - 1][3] in self.c.outlet_words
            # (على 'on' and the name علي fold alike; the name is written with ي: 'وكان علي حسن قد نفى')
            stop = (fw in self.c.stops or bare in self.c.stops) and not (
                fw == _ON and word.strip(_PUNCT).endswith("\u064a")
            )
            if MASK in word or (word[:1] in _CUT_BEFORE and not bracket) or stop:
                return None
            if self.c.verb.fullmatch(fw) or fw in self.c.possessive_refs:
                return None
        if word[-1:] in "\u060c,:":
            return None
        # ('والوزارة نفت', 'ووزير الدفاع ينفي': 'and' written onto the subject is no part of its name)
        return tokens[0][0] + self._conjoined(tokens[0][2], tokens[0][3]), tokens[where - 1][1]

    @staticmethod
    def _words_counted(tokens: list[tuple[int, int, str, str]]) -> int:
        """How many words a subject before its verb has, a name in marks counted as one ('لواء "شهداء الفجر"': 2)."""
        n, inside = 0, False
        for _, _, word, _ in tokens:
            if not inside:
                n += 1
            opens, closes = word[:1] in _OPENERS, word.rstrip(_PUNCT_NO_MARKS)[-1:] in _CLOSERS
            inside = (inside or opens) and not closes
        return n

    def _in_named_body(self, tokens: list[tuple[int, int, str, str]], k: int) -> bool:
        """Whether 'في' at ``k``, past a source's or an office's own 'في', goes on naming its body: a name in marks
        before or after it ('في لواء "الفجر" في "حركة النور"'), a place after it, or a participle of where a body is
        ('العامل في كسليا', operating in Kesslia); not a time or a statement ('في وقت سابق', 'في بيان')."""
        if k + 1 >= len(tokens):
            return False
        before, after = tokens[k - 1], tokens[k + 1]
        if (
            after[3] in self.c.stops
            or after[3] in _WHEN_WORDS
            or any((_IN + " " + after[3]).startswith(p) for p in self.c.stop_phrases)
        ):
            return False
        if after[2][:1] in _OPENERS or before[2].rstrip(_PUNCT_NO_MARKS)[-1:] in _CLOSERS:
            return True
        if self._place(after[2].strip(_PUNCT)):
            return True
        return before[3] in _BASED

    def _before_aside(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A subject before its verb without an aside after it that no comma sets off: a statement or a remark
        ('الوزارة في بيان نفت', 'X في تصريح لـ"Y" قال'), the outlet told ('X لوكالة Y نفى') or a day ('X يوم الأحد
        قال'), as the same aside between commas or after a verb-first subject. What follows the aside's first word
        up to the verb is its own, so long as no verb of saying or quotation stands in it."""
        for k in range(1, len(tokens)):
            fw, pair = tokens[k][3], " ".join(t[3] for t in tokens[k : k + 2])
            told = bool(_TO_OUTLET.match(tokens[k][2])) or (fw[:1] == "\u0644" and fw[1:] in self.c.outlet_words)
            said = any(pair.startswith(p) for p in self.c.stop_phrases)
            if not (told or said or fw in _WHEN_WORDS or is_weekday(fw)):
                continue
            # (not a clause of its own before it: 'جاء ذلك في مؤتمر صحفي ... رد فيه', this came in a press conference)
            if any(t[3] in self.c.demonstratives or t[3] in _CAME for t in tokens[:k]):
                return tokens
            # (the outlet told may stand in its marks: 'في تصريح لـ«Y»')
            named = {
                j for j in range(k, len(tokens)) if _TO_OUTLET.match(tokens[j][2]) or tokens[j][2] == "\u0644\u0640"
            }
            rest = [t for j, t in enumerate(tokens[k:], k) if j not in named and j - 1 not in named]
            if any(MASK in t[2] or self.c.verb.fullmatch(t[3]) or t[3] in self.c.verb_forms for t in rest):
                return tokens
            return tokens[:k]
        return tokens

    def _without_apposition(self, tokens: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A subject before its verb without what is set beside it between commas or after 'one of': 'وكانت كتائب
        X، أحد فصائل Y، قد أعلنت' (X, one of Y's factions, had announced), 'سامي الوردي، وزير الدفاع، نفى'; an office
        keeps its holder's name between commas ('وكان المتحدث باسم الحكومة، سامي الوردي، أعلن')."""
        cut = next(
            (i for i, t in enumerate(tokens) if i and (t[3] in _ONE_OF or tokens[i - 1][2][-1:] in "\u060c,")),
            len(tokens),
        )
        if tokens and tokens[0][3] in self.c.titles and cut < len(tokens):
            named = next((i for i in range(cut, min(cut + 4, len(tokens))) if tokens[i][2][-1:] in "\u060c,"), None)
            words = [t[3].strip(_PUNCT) for t in tokens[cut : named + 1]] if named is not None else []
            if (
                named is not None
                and 2 <= len(words) <= 4
                and all(self._name_word(w, k == 0) for k, w in enumerate(words))
            ):
                cut = named + 1
        tokens = tokens[:cut]
        if tokens and tokens[-1][2][-1:] in "\u060c,":
            last = tokens[-1]
            tokens[-1] = (last[0], last[1] - 1, last[2][:-1], fold_words(last[2][:-1].strip(_PUNCT)))
        return tokens

    def _may_be_according_to(self, phrase: str, tokens: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words after 'وفق' can be whom a report is according to: 'وفق' is as often 'in accordance with'
        ('وفق الاتفاق', 'وفق القانون'), so a definite noun after it must name a body, an office or a source ('وفق
        الوزارة', 'وفق مصدر أمني', 'وفق سامي الوردي')."""
        if fold_words(phrase) not in (_ACCORDING_WITH, "\u0648" + _ACCORDING_WITH) or not tokens:
            return True
        first = tokens[0][3]
        kinds = self.c.titles | self.c.heads | self.c.refs
        return first[:2] != "\u0627\u0644" or first in kinds or first[2:] in kinds

    def _place(self, word: str) -> bool:
        """Whether a word names a country or a place: a territory, or a place on file."""
        territory = lookup_territory(word) if self.words.verb_first else _territory_fa(word)
        return bool(territory or self.index.lookup(word, ("place",)) is not None)

    def _conjoined(self, word: str, fw: str) -> int:
        """1 when a word opening a clause has 'و' or 'ف' written onto a definite noun, an office or a body ('والوردي',
        'ووزارة'), else 0 (not 'والد', father, or 'والي', governor, whose first letter is their own)."""
        if word[:1] not in self.words.prefixes or fw[:1] not in self.words.prefixes:
            return 0
        rest = fw[1:]
        definite = rest[:2] == "\u0627\u0644" and len(rest) >= 5 and rest[:3] != "\u0627\u0644\u062f"
        return int(definite or rest in self.c.titles | self.c.heads | self.c.body_words)

    def _named_person(self, masked: str, span: tuple[int, int] | None, given: bool = False) -> bool:
        """Whether a subject after 'that' is a person's name of two to four plain words: 'قال X إن علي الكسلي زعم أن
        "..."' reports Ali's words, where 'رأى X أن العدوان يؤكد أن ...' (the aggression confirms) keeps X's.
        ``given``: a first word that name data knows as a given name is enough, without the article naming him before."""
        if span is None:
            return False
        tokens = self._tokens(masked, span[0], span[1])
        words = [t[3] for t in tokens]
        if not (2 <= len(words) <= 4 and all(self._name_word(w, i == 0) for i, w in enumerate(words))):
            return False
        if given and given_or_family_name(tokens[0][2].strip(_PUNCT)):
            return True
        # (a person the article has named before: 'أن ضبط هذه الشحنة كشف' has a verbal noun, no name, before its verb)
        return any(e.person and fold_words(e.name).split(" ")[-1] == words[-1] for e in self.entities)

    def _body_subject(self, masked: str, span: tuple[int, int] | None) -> bool:
        """Whether a subject after 'that' is a body by its word ('الحركة', 'وزارة الدفاع الكسلية'), not a noun that
        says nothing ('العدوان يؤكد', the aggression confirms)."""
        if span is None:
            return False
        first = self._tokens(masked, span[0], span[1])[0][3]
        return first in self.c.body_words or first.removeprefix("\u0627\u0644") in self.c.body_words

    def _after_that(self, masked: str, sent: Sentence, verb_start: int) -> tuple[int, int] | None:
        """In Arabic, the noun 'أن' (that) takes before a verb with no subject after it: 'ذكرت X أن الحركة نفت'.

        The words between the last 'أن', 'بأن' or 'إن' and the verb: a plain noun phrase of one to six words.
        """
        tokens = self._tokens(masked, sent.start, verb_start)
        at = max((i for i, t in enumerate(tokens) if t[3] in _BARE_THAT), default=None)
        if at is None:
            return None
        phrase = tokens[at + 1 :]
        if not phrase and at >= 2 and tokens[at - 1][3] == _PREVIOUSLY:
            # 'أن الحركة سبق أن نفت' (that the movement had previously denied): the noun before 'سبق أن'
            at = max((i for i, t in enumerate(tokens[: at - 1]) if t[3] in _BARE_THAT), default=None)
            if at is None:
                return None
            phrase = tokens[at + 1 : -2]
        if phrase and phrase[-1][3] == _QAD:
            phrase = phrase[:-1]  # 'أن X قد نفى' (that X had denied): the particle before the past verb
        if len(phrase) > 1 and phrase[-1][3] in _KANA:
            phrase = phrase[:-1]  # 'أن X كانت قد نفت' (that X had denied): 'was' before the particle
        office = bool(phrase) and phrase[0][3] in self.c.titles | self.c.heads
        if office and phrase[-1][2][-1:] in "\u060c,":  # 'أن المتحدث باسم X، سامي الوردي، وصف': the name set off
            last = phrase[-1]
            phrase[-1] = (last[0], last[1] - 1, last[2][:-1], last[3])
        if not 1 <= len(phrase) <= (12 if office else 6) or phrase[-1][2][-1:] in _CUT_AFTER:
            return None
        if not office and any(t[2][-1:] in _CUT_AFTER for t in phrase):
            return None  # ('إن القوات انسحبت، لكنه نفى': a clause ends at the comma; no noun phrase runs over it)
        for _, _, word, fw in phrase:
            if MASK in word or fw in self.c.stops or self.c.verb.fullmatch(fw) or not fw.isalpha():
                return None
        return phrase[0][0], phrase[-1][1]

    def _sentence_subject(self, para: Paragraph, sent: Sentence) -> Speaker | None:
        """The subject of a sentence that opens with its verb: the words after its first word."""
        tokens = self._tokens(para.masked, sent.start, sent.end)
        opener = next((i for i, t in enumerate(tokens[:3]) if t[2][-1:] in "\u060c,"), None)
        # (not a verb and its subject before a comma: 'وجدد X، المتحدث باسم Y، نفيه', X renewed his denial)
        if opener is not None and not any(self.c.verb.fullmatch(t[3]) for t in tokens[:opener]):
            tokens = tokens[opener + 1 :]  # 'من جهتها، سارعت الحركة ...' (for its part): the verb follows the comma
        while tokens and tokens[0][3] in self.c.drop:
            tokens = tokens[1:]
        if not tokens:
            return None
        s_start, s_end = self._subject_region(para.masked, sent, tokens[0][0], tokens[0][1])
        if s_end <= s_start:
            return None
        return self.speaker(para.text[s_start:s_end], para, s_start, sent)

    def _attribute(self, para: Paragraph, read: _Sentence, q: Quote) -> Attribution | None:
        before = [a for a in read.acts if a.end <= q.start and a.speaker is not None and a.kind != "according"]
        between = fold_words(para.masked[before[-1].subject_end : q.start]).split() if before else []
        if before and before[-1].claimed and len(between) > 2 and between[0].strip(_PUNCT) not in _THAT_OF:
            # ('ما قاله X، إن إسرائيل لديها "..."' quotes X; 'ما أوردته الوكالة محض اختلاق ويأتي "..."' goes on in the
            # words of the one calling it so, the claimed words ended)
            before = [a for a in before if not a.claimed]
        according = [a for a in read.acts if a.speaker is not None and a.kind == "according"]
        guessed = bool(before) and before[-1].speaker is not None and before[-1].speaker.how.startswith("no subject")
        if guessed and according:
            # 'ادعى ... إن "..." حسب قول الموقع': a verb with no subject of its own, and the source named
            return Attribution(q, according[0].speaker, "according to", read.sentence)  # type: ignore[arg-type]
        if before:
            act = before[-1]
            other = self._claim_of_another(para, read, act, q) if self.words.verb_first else None
            if other is not None:
                return Attribution(q, other, "the claim of one named before it", read.sentence)
            return Attribution(q, act.speaker, "attributed before it", read.sentence)  # type: ignore[arg-type]
        after = [a for a in read.acts if a.start >= q.end and a.speaker is not None and a.kind != "according"]
        if after:
            return Attribution(q, after[0].speaker, "attributed after it", read.sentence)  # type: ignore[arg-type]
        if according:
            return Attribution(q, according[0].speaker, "according to", read.sentence)  # type: ignore[arg-type]
        return None

    def _claim_of_another(self, para: Paragraph, read: _Sentence, act: _Act, q: Quote) -> Speaker | None:
        """The one whose claim a quotation gives, when a speaker answers it: 'نفى X تصريحات خالد الكسلي بأن "..."'
        quotes Khalid, not X. None when no claim of another, named, stands between the verb and the quotation."""
        between, where = folded(para.masked[act.subject_end : q.start])
        words = [(m.start(), m.end(), m.group().strip(_PUNCT)) for m in re.finditer(r"\S+", between)]
        that = next((i for i in range(len(words) - 1, max(-1, len(words) - 5), -1) if words[i][2] in _THAT_OF), None)
        if that is None:
            return None
        # ('من أن', 'عن أن', 'على أن', that: the preposition a verb of saying takes before it)
        owner_end = that - 1 if that and words[that - 1][2] in _BEFORE_THAT else that
        # (the owner's name: two to four words between the claim and 'that')
        claim = next((i for i in range(owner_end - 3, max(-1, owner_end - 6), -1) if words[i][2] in _CLAIMS_OF), None)
        if claim is None or (claim and words[claim - 1][2] == _IN):
            return None  # ('كشف X في تصريحات صحفية عن أن', in press statements: the speaker's own)
        start, end = (
            act.subject_end + where[words[claim + 1][0]],
            act.subject_end + where[words[owner_end - 1][1] - 1] + 1,
        )
        other = self.speaker(para.text[start:end], para, start, read.sentence)
        return None if other is None or other.same(act.speaker) else other

    def _relayed_inside(self, masked: str, act: _Act, acts: list[_Act]) -> bool:
        """Whether ``act`` is a source named after 'according to' or 'quoting' ('به نقل از Y', 'نقلا عن Y') inside the
        clause that another act's verb of saying reports ('X اعلام کرد که رسانه‌ها به نقل از Y ...', 'قالت X إن مواقع
        نشرت نقلا عن Y ...'): Y is the source of what that clause tells, not the one who says the sentence."""
        if act.kind not in ("according", "relay"):
            return False
        for other in acts:
            if other is act or other.kind != "verb" or other.speaker is None or other.end > act.start:
                continue
            if max(other.end, other.subject_end) > act.start:
                continue
            between = masked[max(other.end, other.subject_end) : act.start]  # (past a verb-first subject)
            words = fold_words(between).split(" ")
            # (the Arabic 'that' after words that tell where or when it was said: 'قالت X في بيان إن مواقع نشرت نقلا
            # عن Y'; a Persian clause with its 'که' left out: 'X گفت رسانه‌ها به نقل از Y ...', not after 'و', 'اما')
            opens = next((k for k, w in enumerate(words[:5]) if w == _THAT_KE_FA or w in _BARE_THAT), None)
            that = (opens == 0 or (opens is not None and self.words.verb_first)) or (
                not self.words.verb_first and opens is None and len(words) >= 2 and words[0] not in _AND_BUT_FA
            )
            if that and not re.search(r"[.:;\u061b!?\u061f]", between):
                return True
        return False

    # --- units ------------------------------------------------------------------------------------

    def _units(self, para: Paragraph, read: _Sentence) -> None:
        sent = read.sentence
        text = para.text[sent.start : sent.end]
        masked = para.masked[sent.start : sent.end]
        fw = fold_words(text)
        deny_act = next((a for a in read.acts if a.deny and a.speaker is not None), None)
        # (not a noun whose denier is not named: 'گفت تکذیب جنبش X قابل قبول نیست' is not the speaker's denial)
        unsaid = next((a for a in read.acts if a.deny and a.speaker is None and a.kind != "noun"), None)
        spoken = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        if deny_act is None and unsaid is not None and spoken is not None:
            # 'وفي معرض رده على الأنباء، قال X ...': answering, with no subject of its own, is the sentence's speaker's
            deny_act = _Act(unsaid.start, unsaid.end, spoken.speaker, True, unsaid.kind, unsaid.subject_end)
        if deny_act is None and unsaid is not None and not self.words.verb_first:
            # 'خبرگزاری X به نقل از منبعی آگاه، خبر ... را تکذیب کرد': the source relayed, before a verb with no
            # subject of its own, denies (not a passive's: 'به گفته X، این خبر تکذیب شد' only reports the denial)
            source = next((a for a in read.acts if a.kind == "according" and a.speaker and a.end <= unsaid.start), None)
            passive = re.search(
                r"(?:\u0634\u062f|\u06af\u0631\u062f\u064a\u062f)$", fold_words(para.masked[unsaid.start : unsaid.end])
            )
            if source is not None and source.speaker is not None and passive is None:
                deny_act = _Act(unsaid.start, unsaid.end, source.speaker, True, unsaid.kind, unsaid.subject_end)
        cue = self._cue(fw)
        if cue and self._cue_in_subject_only(para, sent, read):
            # 'وكان موقع الدرر المزورة أكد أن ...', 'وقال الحساب المزيف إن ...' (the forged site, the fake account
            # said): a cue within the subject is the reporter's word for who speaks; it denies nothing they say
            cue = None
        if cue and self._judges_a_denial(fw[: cue.start()]):
            cue = None  # 'X تکذیب جنبش را دروغ خواند', 'قال X إن نفي الحركة كاذب': a denial called false, no claim
        if deny_act is not None and deny_act.kind == "verb" and deny_act.speaker is not None:
            if (
                self.words.verb_first
            ):  # (the object after the subject: 'رفض X نفي الحركة', not 'نفى X نفيا قاطعا الأنباء')
                after = re.split(r"[.\u060c,:\u061b]", fold_words(para.text[deny_act.subject_end : sent.end]))[0]
                judged = bool(after.split()) and self._judges_a_denial(" ".join(after.split()[:6]))
                judged = judged and bool(_DENIAL_NOUN.fullmatch(after.split()[0]))
                # (but the verbal noun with an adjective of manner is how the verb denies, no denial of another's:
                # 'نفى X نفيا قاطعا استهداف البلدة', flatly denied)
                first_two = after.split()[:2]
                judged = judged and not (
                    len(first_two) == 2 and first_two[0] in _DENYING_NOUNS and first_two[1] in _FLATLY
                )
            else:
                judged = self._judges_a_denial(fold_words(para.text[sent.start : deny_act.start]))
            if judged:
                deny_act = None  # 'X تکذیب جنبش را رد کرد' (rejected the movement's denial): no claim denied
        if deny_act is None and not cue:
            deny_act = self._denies_in_other_words(para, read)
        if deny_act is None and not cue and self.c.own_denial.search(fw) and not is_headline(para, self.first):
            subject = self._sentence_subject(para, sent)  # 'واصلت الهيئة تفنيدها للرواية': the subject denies
            relay = next(
                (
                    a
                    for a in read.acts
                    if a.speaker and self.c.relay.fullmatch(fold_words(para.masked[a.start : a.end]))
                ),
                None,
            )
            if relay is not None:  # 'نقلت الوكالة عن مصدر في الحركة نفيه ...': the one relayed denies, not the relay
                subject = relay.speaker
            if subject is not None:
                deny_act = _Act(sent.start, sent.start, subject, True, "own", sent.start)
        if (
            deny_act is None
            and unsaid is not None
            and spoken is None
            and not read.quotes
            and (
                _we_deny(fold_words(para.masked[: unsaid.start]), fold_words(para.masked[unsaid.start : unsaid.end]))
                if self.words.verb_first
                else _WE_VERB_FA.search(fold_words(para.masked[unsaid.start : unsaid.end]))
            )
            and not is_headline(para, self.first)
        ):
            # 'ما این راپورها را رد می‌کنیم', 'نحن ننفي هذه الأخبار' with no one named: a statement's own 'we', its
            # signer's if it is signed
            self.unsigned.append((para, sent))
        # A headline that denies with a verb ('طهران تنفي ...', 'بغداد ادعای ... را رد کرد') names the denier and
        # what is denied, and Arabic and Persian reports often say it nowhere else so plainly: it is drafted.
        # A cue alone in a headline ('... كاذبة') is not: its denier is unclear, unless the headline names its
        # speaker before a colon ('الحركة: لا صحة لما ...').
        named = deny_act is not None or any(a.kind == "headline" for a in read.acts)
        # ('X تندد باتهامات Y: لا صحة لـ...': the cue inside the speech a headline gives its speaker)
        named = named or bool(cue and any(_folded_in(cue.group(), a.quote.text) for a in read.quotes))
        # ('طهران تندد بالمزاعم': a cue that opens with the verb of a speaker named, as 'طهران تنفي ...')
        spoke = any(a.speaker is not None and a.kind == "verb" for a in read.acts)
        named = named or bool(cue and spoke and self.c.verb.fullmatch(cue.group().split()[0]))
        if (deny_act is not None or cue) and (named or not is_headline(para, self.first)):
            speaker = deny_act.speaker if deny_act is not None else None
            if speaker is None and cue:
                in_quote = next((a for a in read.quotes if _folded_in(cue.group(), a.quote.text)), None)
                speaker = (
                    self._saying_in_quotation(para, sent, in_quote.quote) or in_quote.speaker
                    if in_quote
                    else next((a.speaker for a in read.acts if a.speaker and not a.claimed), None)
                )
                if in_quote is None:
                    # ('X گفته بود ...؛ Y در واکنش گفت که چنین ... صورت نگرفته': the cue is said by the verb before it;
                    # 'قال X إن الحركة وصفت التقارير بأنها كاذبة': by the movement, whose words X reports)
                    text_f, where = folded(text)
                    at = self.c.cue.search(text_f)
                    earlier = [
                        a
                        for a in read.acts
                        if a.speaker and not a.claimed and at and a.start < sent.start + where[at.start()]
                    ]
                    # ('X اعلام کرد که رسانه‌ها به نقل از یک منبع ادعا کرده‌اند ... اما این اخبار دروغ است': the source
                    # relayed inside X's reported clause is the claims', and the cue X's; so too the verb it is
                    # relayed to, 'ادعا کرده‌اند', whose subject the relayed source became)
                    relayed_in = [a for a in earlier if self._relayed_inside(para.masked, a, earlier)]
                    earlier = [
                        a
                        for a in earlier
                        if not any(
                            b is a or (a.speaker and b.speaker and a.speaker.same(b.speaker)) for b in relayed_in
                        )
                    ]
                    speaker = earlier[-1].speaker if earlier else speaker
                    # ('X تاکید کرد که با Y گفتگو کرده و آنها تاکید کرده‌اند که ... ارتباطی ندارد': the verb right before
                    # the cue has a subject of its own, whom no one names; the cue is its subject's, never X's)
                    last = [
                        a for a in read.acts if a.kind == "verb" and at and a.start < sent.start + where[at.start()]
                    ]
                    if not self.words.verb_first and last and last[-1].speaker is None and earlier:
                        speaker = None if last[-1].start > earlier[-1].start else speaker
                if in_quote is None and not self.words.verb_first:
                    # (but a verb right after the cue calls it so: '... گزارش داده بود و X آن را بی‌اساس خواند', X's)
                    ends = [sent.start + where[m.end() - 1] + 1 for m in self.c.cue.finditer(text_f) if m.end() > 0]
                    calling = [a for a in read.acts if a.speaker and any(0 <= a.start - e <= 2 for e in ends)]
                    speaker = calling[0].speaker if calling else speaker
                # ('ونعت X ما وصفه بأخبار مفبركة بأنه "..."': who called it so, the sentence's subject, denies)
                called = next((a for a in read.quotes if a.how == _CALLED_HOW), None)
                if speaker is None and called is not None:
                    speaker = called.speaker
            if speaker is None and cue and not read.acts and not read.quotes and not self.words.verb_first:
                # ('X در بیانیه‌ای اعلام کرد، ... . به همین دلیل گزارش‌ها ... کذب است': a sentence that draws the
                # consequence of what the one who spoke before it in its paragraph said goes on in their words)
                opening = fold_words(para.text[sent.start : sent.start + 24])
                speaker = self.said_in.get(para.number) if _THEREFORE_FA.match(opening) else None
            if speaker is None and cue and not read.acts and not read.quotes and not is_headline(para, self.first):
                self.unsigned.append((para, sent))  # the text's own voice: its signer's, if it is signed
            if speaker is not None:
                denied = self._while_denying(para, sent, read, deny_act) or self._denied(para, sent, deny_act)
                if deny_act is not None and not self.words.verb_first and deny_act.subject_end >= deny_act.start:
                    # ('X با صدور بیانیه‌ای هرگونه درگیری را بی‌اساس خواند و تکذیب کرد': the verb of denying joined
                    # by 'و' to a verb of calling has no object of its own; what it denies is the one called untrue)
                    denied = self._called_untrue(para, sent, read, speaker) or denied
                if deny_act is None and cue:
                    denied = (
                        self._judged_words(para, sent, read, speaker)
                        or self._called_untrue(para, sent, read, speaker)
                        or self._called_false_in_quote(sent, read, speaker, cue)
                        or denied
                    )
                # ('نفت الرئاسة الادعاءات، وقال المتحدث X إن "..."': the denial's words end where X's clause opens)
                upto = self._clause_of_another(para, read, deny_act, speaker) or sent.end
                own = [a for a in read.quotes if a.speaker.same(speaker) and a.quote.start < upto]
                unit = Unit("denial", speaker, para, sent.start, upto, [], own)
                unit.denial = Denial(None, None, (denied,), ())  # type: ignore[arg-type]
                self._add(unit)
                other = self._and_denier(para, sent, deny_act) if deny_act is not None else None
                # (the second of two deniers joined by 'و' before a verb of calling: 'X و Y ... را بی‌اساس خواندند')
                by_cue = next((a.also for a in read.acts if a.speaker is speaker and a.also is not None), None)
                other = other or (deny_act.also if deny_act is not None else by_cue)
                if other is not None and not other.same(speaker):  # 'نفت الحركة والوزارة ...': each denies
                    also = Unit("denial", other, para, sent.start, upto, [], [])
                    also.denial = Denial(None, None, (denied,), ())  # type: ignore[arg-type]
                    self._add(also)
                taken: list[Attribution] = []  # (the second denier's quotations, cited by its denial)
                second = self._second_denier(para, read, deny_act, speaker) if self.words.verb_first else None
                if second is not None:  # 'نفت الرئاسة ...، وقال المتحدث X إنه لا ...': X denies in his own clause
                    second_act, second_denier, second_words = second
                    mine = [a for a in read.quotes if a.speaker.same(second_denier)]
                    # (from where its clause opens: 'وهي المعلومات التي رفضها الجيش ...', 'وقال المتحدث ...')
                    opens = max(para.masked.rfind(c, sent.start, second_act.start) for c in "\u060c,\u061b") + 1
                    clause = len(para.text) - len(para.text[max(opens, sent.start) :].lstrip())
                    also = Unit("denial", second_denier, para, clause, sent.end, [], mine)
                    also.denial = Denial(None, None, (second_words,), ())  # type: ignore[arg-type]
                    self._add(also)
                    taken = mine
                # ('قال X إن «...»، لافتا إلى أن «الهيئة نفت ...»': the body X cites denies too)
                for att in read.quotes:
                    before = para.text.rfind(" ", 0, para.text.rfind(" ", 0, att.quote.start - 1))
                    relayed = self._quoted_subject(para, sent, before, denying=True)
                    if relayed is not None and not self._one_side(relayed, speaker):
                        inner = (
                            (att.quote.start + 1, att.quote.end - 1)
                            if att.quote.closed
                            else (att.quote.start, att.quote.end)
                        )
                        cited = Unit("denial", relayed, para, *inner, [], [])  # (the words cited, not X's quotation)
                        cited.denial = Denial(None, None, (att.quote.text.strip()[:300],), ())  # type: ignore[arg-type]
                        self._add(cited)
                for att in read.quotes:  # 'نفت طهران ما قاله X إن "..."': the claim denied, in its author's words
                    if not att.speaker.same(speaker) and att not in taken:
                        self._add(Unit("quote", att.speaker, para, att.quote.start, att.quote.end, [], [att]))
                return
        if not read.acts and not read.quotes and self._restates_unsigned(para, sent):
            self.unsigned.append((para, sent))  # (its signer's too, if the text is signed)
            return
        groups: list[list[Attribution]] = []
        for att in read.quotes:
            if _introduces(att.quote.text) and _LIST_ITEM.match(self.texts.get(para.number + 1, "")):
                continue  # '... إلى "إلى ما يأتي:' opens the list quoted below; it says nothing itself
            group = next((g for g in groups if g[0].speaker.same(att.speaker)), None)
            if group is None:
                groups.append([att])
            else:
                group.append(att)
        for group in groups:
            self._add(Unit("quote", group[0].speaker, para, sent.start, sent.end, [], group))
        if groups:
            return
        act = next((a for a in read.acts if a.kind == "verb" and a.speaker is not None), None)
        # (in Persian, not a sentence that only announces the words of the paragraph after it: 'X در صفحه خود نوشت:')
        announces = not self.words.verb_first and text.rstrip().endswith(":")
        # (long enough to report, its subject counted as one word, written or not: 'وی حمله را محکوم کرد' as 'رضا
        # کاظمی حمله را محکوم کرد', 'وأضاف أن ...' as 'وأضاف الوزير أن ...')
        words = len(text.split()) + 1
        if act is not None and act.subject is not None:
            words -= len(para.text[act.subject[0] : act.subject[1]].split())
        if act is not None and self.words.verb_first and self._only_commented_on(para, sent, act):
            return
        if act is not None and MASK not in masked and words >= 5 and not announces:
            unit = Unit("reported", act.speaker, para, sent.start, sent.end, [])  # type: ignore[arg-type]
            self._add(unit)

    def _only_commented_on(self, para: Paragraph, sent: Sentence, act: _Act) -> bool:
        """Whether an Arabic sentence only says that its subject commented on something, not what it said: 'علقت حركة
        النور على البيان' (the Nour movement commented on the statement) claims nothing; 'علقت ... على البيان بالقول
        إن ...', 'قائلة ...' or 'علقت ...: ...' say what (the words after 'that' or the colon are its claim)."""
        if fold_words(para.masked[act.start : act.end]).lstrip("\u0648\u0641") not in _COMMENTED:
            return False
        tokens = self._tokens(para.masked, max(act.subject_end, act.end), sent.end)
        if not tokens or tokens[0][3] != _ON or ":" in para.masked[act.end : sent.end]:
            return False
        said = _THAT | _BARE_THAT | _SAID_BY
        return not any(t[3] in said or self.c.participle.fullmatch(t[3]) for t in tokens)

    def _restates_unsigned(self, para: Paragraph, sent: Sentence) -> bool:
        """Whether a Persian sentence in the text's own voice says that something is not so right after one that calls
        a claim untrue in that voice ('این گفته عاری از حقیقت است. جنبش هیچ نشستی ... انجام نداده است.'): a statement
        denies, then says what did not happen; both are its signer's words."""
        if self.words.verb_first or not self.unsigned or self.unsigned[-1][0].number != para.number:
            return False
        at = next((i for i, s in enumerate(para.sentences) if s.start == sent.start), 0)
        if at == 0 or para.sentences[at - 1].start != self.unsigned[-1][1].start:
            return False
        words = para.text[sent.start : sent.end]  # ('هیچ ... انجام نداده', none done, as after a verb of saying)
        return self._restates(words) or bool(self.c.none_done.search(fold_words(words)))

    def _cue(self, fw: str) -> re.Match[str] | None:
        """The first denial cue in folded words ('كاذبة', 'بی‌اساس'), not one in a warning against those who spread
        false news or against rumours ('حذرت الوزارة من الشائعات', 'نسبت به شایعات هشدار داد'), nor a negated one
        ('ليست مفبركة')."""
        return next(
            (
                m
                for m in self.c.cue.finditer(fw)
                if not (
                    (
                        self.c.spreading.search(fw, max(0, m.start() - 40), m.start())
                        or self.c.warned_before.search(fw, max(0, m.start() - 100), m.start())
                        or self.c.warned_after.match(fw, m.end())
                    )
                    and not self._these(fw, m.start())
                )
                and not self.c.negated_before.search(fw, max(0, m.start() - 20), m.start())
                and not self.c.negated_after.match(fw, m.end())
                and not self._qualifies_an_object(fw, m)
            ),
            None,
        )

    def _cue_in_subject_only(self, para: Paragraph, sent: Sentence, read: _Sentence) -> bool:
        """Whether every denial cue of an Arabic sentence stands within the subject of one of its verbs of saying
        (not a verb of deeming, whose object and what it is deemed may run into a subject read
        too long: 'وصفت الأنباء بالكاذبة'; nor in Persian, where what stands before a verb of calling holds the
        cue it calls: 'این خبر را مردود خواند')."""
        if not self.words.verb_first:
            return False
        spans = [
            a.subject
            for a in read.acts
            if a.kind == "verb" and a.subject is not None and fold_words(para.masked[a.start : a.end]) not in _DEEMING
        ]
        spans = [(s, e) for s, e in spans if sent.start <= s < e <= sent.end]
        if not spans:
            return False
        text = para.text
        for s, e in spans:
            text = text[:s] + " " * (e - s) + text[e:]
        return self._cue(fold_words(text[sent.start : sent.end])) is None

    def _qualifies_an_object(self, fw: str, m: re.Match[str]) -> bool:
        """Whether a Persian cue qualifies the words or claims that the object of a verb of saying names, 'را' right
        after it ('X گفته‌های عاری از حقیقت را بیان داشت', X voiced untrue words): the reporter's word for what the
        subject said, no one's denial (where a cue is a predicate, a verb of calling follows it: 'آن را بی‌اساس
        خواند'; in a statement's own voice, 'راپورهای بی‌اساس را نشر می‌کنند', it is the statement's)."""
        ra = _RA_AFTER.match(fw, m.end())
        if self.words.verb_first or ra is None:
            return False
        before = fw[max(0, m.start() - 40) : m.start()].split()[-2:]
        if not any(self.c.claims.fullmatch(w) or w in _SAYINGS_FA for w in before):
            return False
        clause = re.split(r"[.\u060c,:\u061b]", fw[ra.end() :])[0]
        return any(not self.c.deny.fullmatch(v.group()) for v in self.c.verb.finditer(clause))

    def _judges_a_denial(self, before: str) -> bool:
        """Whether folded words that end right before a cue or a verb of rejecting end with a denial named as a noun
        ('تکذیب جنبش نمونه را', 'إن نفي الحركة'), no claim word after it: what is called false or rejected is another's
        denial, which maintains the claim (as 'X said the brigade's denial was false' in English)."""
        words = re.split(r"[.\u060c,:\u061b]", before)[-1].split()[-6:]
        at = max((i for i, w in enumerate(words) if _DENIAL_NOUN.fullmatch(w)), default=None)
        return at is not None and not any(self.c.claims.search(w) or self.c.verb.fullmatch(w) for w in words[at + 1 :])

    def _these(self, fw: str, at: int) -> bool:
        """Whether a demonstrative stands right before a cue: 'مروجي هذه الشائعات' (those spreading these rumours)
        calls the reports at hand rumours, where 'من ينشر الشائعات' only warns."""
        before = fw[max(0, at - 12) : at].split()
        return bool(before) and before[-1] in self.c.demonstratives

    def _denies_in_other_words(self, para: Paragraph, read: _Sentence) -> _Act | None:
        """A denial with no verb of denying in the reporter's words, or None.

        A quotation that denies in its own words ('ننفي وجود ...', 'الهيئة تنفي وقوع ...'), or rejects claims
        ('... اظهارات ... را رد میکند'; rejecting something else, a proposal or a use, is no denial); one that
        opens with 'I did not' ('لم أر ...'); a negated answer to a claim ('در واکنش به خبر ... گفت: ... نمی کند'); or a verb of saying followed by 'that he did not' ('أكد أنه لم ير ...').
        """
        for att in read.quotes:
            words = fold_words(att.quote.text)
            # (not a verb of denying negated: '«لا ننفي ولا نؤكد»', we neither deny nor confirm)
            proper = [
                m for m in self.c.deny_proper.finditer(words) if not _NEGATORS & set(words[: m.start()].split()[-1:])
            ]
            denying = [m for m in self.c.deny.finditer(words) if not _NEGATORS & set(words[: m.start()].split()[-1:])]
            denies = proper or (denying and self.c.claims.search(words))
            if denies or self.c.negated_quote.match(words) or self.c.negated_we.search(words):
                # (a relayed quotation, 'أن "مصدر في الوزارة نفى ..."': the one it reports denies)
                before = para.text.rfind(" ", 0, para.text.rfind(" ", 0, att.quote.start - 1))  # ('إلى أن «')
                reported = self._quoted_subject(para, read.sentence, before, denying=True)
                denier = reported if denies and reported is not None else att.speaker
                denier = self._saying_in_quotation(para, read.sentence, att.quote) or denier
                return _Act(att.quote.start, att.quote.end, denier, True, "quoted", read.sentence.start)
            # 'در واکنش به خبر ... گفت: رهبر ... زندگی نمی کند': a negated answer to a claim
            lead = fold_words(para.masked[read.sentence.start : att.quote.start])
            if self.c.reacting.search(lead) and self._negated(words):
                return _Act(att.quote.start, att.quote.end, att.speaker, True, "quoted", read.sentence.start)
        for act in read.acts:
            if act.kind not in ("verb", "participle") or act.speaker is None or act.claimed:
                continue
            # ('قالت الوزارة إنها "لم تنفذ ..."': the quotation's marks set aside, its words read)
            after, _ = folded(re.sub(_MARKS, " ", para.text[act.subject_end : read.sentence.end]))
            if self.c.negated_that.match(after) or self.c.negated_that_near.search(after[:60]):
                # ('قالت الوزارة في بيان إنها "لم ..."': a phrase may stand between the subject and 'that')
                return _Act(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if self.words.verb_first and self._own_side_not(act.speaker, after[:80]):
                return _Act(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            if not self.words.verb_first and act.kind == "verb" and self._own_side_not_fa(para, read, act):
                return _Act(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            unmarked = fold_words(re.sub(_MARKS, " ", para.text[act.end : read.sentence.end]))  # ('«هیچگونه ...»')
            if act.kind == "verb" and self.c.none_done.search(unmarked):
                return _Act(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
            lead = fold_words(para.masked[read.sentence.start : act.start])
            said = fold_words(para.masked[act.end : read.sentence.end])
            if self.c.reacting.search(lead) and self._negated(said):
                return _Act(act.start, act.end, act.speaker, True, act.kind, act.subject_end)
        return None

    def _second_denier(
        self, para: Paragraph, read: _Sentence, deny_act: _Act | None, speaker: Speaker
    ) -> tuple[_Act, Speaker, str] | None:
        """In Arabic, a second party that denies in a clause of its own after the first denier's, its subject named
        after its verb: 'نفت الحركة الأنباء، وهي المعلومات التي رفضها الجيش ووصفها بأنها ملفقة' (which the army
        rejected too), 'نفت الرئاسة الادعاءات، وقال المتحدث باسم الكرملين X إنه لا علم له ... وليس له صلة بها'
        (a body, then its spokesman saying so). The clause denies with a verb of denying, a cue or 'that he did
        not'; the act, its speaker and the words it denies, or None. Never the author of the words denied ('ما قاله X')."""
        after = deny_act.end if deny_act is not None else read.sentence.start
        acts = [(a, a.speaker) for a in read.acts if a.start >= after and a.kind == "verb" and a.speaker is not None]
        for i, (act, who) in enumerate(acts):
            if act.claimed or act.subject is None or who.same(speaker):
                continue
            end = next((a.start for a, other in acts[i + 1 :] if not other.same(who)), read.sentence.end)
            words = para.text[act.subject_end : end]
            said, _ = folded(re.sub(_MARKS, " ", words))
            if act.deny or self._cue(fold_words(words)) or self.c.negated_that.match(said):
                return act, who, words.strip(" \u060c,:.")[:300]
        return None

    def _clause_of_another(
        self, para: Paragraph, read: _Sentence, deny_act: _Act | None, speaker: Speaker
    ) -> int | None:
        """Where an Arabic clause of another speaker opens after a denial, when that speaker is quoted in it: 'نفت
        الرئاسة الادعاءات، وقال المتحدث X إن "..."' (a comma, then 'و' and a verb with a subject of its own). The
        denial cites its own clause only: X's quotation is X's, not a second pair of the denier's. None if none."""
        if not self.words.verb_first or deny_act is None:
            return None
        for act in read.acts:
            if act.start <= deny_act.end or act.kind != "verb" or act.speaker is None or act.subject is None:
                continue
            if act.claimed or act.speaker.same(speaker) or para.masked[act.start] != "\u0648":
                continue
            comma = max(para.masked.rfind(c, deny_act.end, act.start) for c in "\u060c,\u061b")
            if comma < 0 or para.masked[comma + 1 : act.start].strip():
                continue
            if any(a.quote.start > act.start and a.speaker.same(act.speaker) for a in read.quotes):
                return comma
        return None

    def _and_denier(self, para: Paragraph, sent: Sentence, act: _Act) -> Speaker | None:
        """The second of two bodies that deny together after an Arabic verb ('نفت الحركة والوزارة الكسلية ...',
        'نفت كل من X و Y'): the body joined by 'و' right after the first subject, or None."""
        if not self.words.verb_first or act.kind != "verb" or act.subject_end <= act.end:
            return None  # (a subject before its verb: 'إيران تنفي والمقاومة تكشف ...' joins two clauses)
        tokens = self._tokens(para.masked, act.subject_end, sent.end)
        if len(tokens) > 1 and tokens[0][2] == "\u0648":  # ('نفى سامي الوردي و خالد الكسلي', 'و' written apart)
            tokens = [(tokens[0][0], tokens[1][1], tokens[0][2] + tokens[1][2], tokens[0][3] + tokens[1][3])]
            tokens += self._tokens(para.masked, tokens[0][1], sent.end)
        if not tokens or tokens[0][3][:1] != "\u0648" or tokens[0][2][:1] != "\u0648":
            return None
        bare = tokens[0][3][1:]
        first_named = act.subject is not None and self._ends_persons_name(self._tokens(para.masked, *act.subject))
        if not (
            bare in self.c.body_words | self.c.heads
            or (bare.startswith("\u0627\u0644") and bare[2:] in self.c.body_words)
            or (first_named and given_or_family_name(tokens[0][2][1:].strip(_PUNCT)))
        ):
            # ('نفى الوزير وأكد ...': a verb, no second denier; 'ومصدر في الحركة', a second source, is one; so is a
            # second person's name after a first, 'نفى سامي الوردي وخالد الكسلي')
            return None
        first = (tokens[0][0] + 1, tokens[0][1], tokens[0][2][1:], bare)
        n = self._cut_subject([first, *tokens[1:]])
        if not n:
            return None
        if bare not in self.c.body_words | self.c.heads and not bare.startswith("\u0627\u0644"):
            second = [first, *tokens[1:n]]
            if tokens[0][3] in self.c.acts or not self._ends_persons_name(second):
                return None  # ('نفى سامي الوردي وجود قوات ...', the presence of forces: a noun, no second name)
            if len(second) >= 2 and all(t[3][-1:] == "\u0627" for t in second):
                return None  # ('وجودا عسكريا', a military presence: a noun and its adjective, both accusative)
        end = tokens[n - 1][1]
        return self.speaker(para.text[first[0] : end], para, first[0], sent)

    def _own_side_not(self, speaker: Speaker, after: str) -> bool:
        """Whether a speaker says that its own side did not or does not ('أوضح المتحدث باسم الحركة أن الحركة لا
        تنتهج ...', 'قال الوزير إن الوزارة لم ترسل ...'): 'that', the body it is or speaks for, then a negation."""
        that = next((t for t in re.finditer(r"(?<!\S)[\u0628\u0644]?\u0627\u0646(?!\S)", after[:100])), None)
        m = _THAT_NOUN_NOT.match(after, that.start()) if that is not None else None  # (the first 'that' only)
        if m is None:
            return False
        words = m.group(1).split()
        body: Entity | None = None
        if words[0] in self.c.group_refs:
            body = next((e for e in reversed(self.entities) if e.org_type and e.org_type[0] == "group"), None)
        if body is None and words[0].startswith("\u0627\u0644") and words[0][2:] in self.c.body_words:
            body = next(
                (
                    e
                    for e in reversed(self.entities)
                    if not e.person and fold_words(e.name).split(" ")[0] == words[0][2:]
                ),
                None,
            )
        if body is None and len(words) > 1 and words[0] in self.c.body_words:
            # 'قال المتحدث باسم هيئة X إن "هيئة X لم ..."': the body by its name, the one the speaker's office names
            body = Entity(" ".join(words), "org")
        if body is None and words[0].startswith("\u0627\u0644") and words[0][2:] in self.c.body_words:
            body = Entity(words[0][2:], "org")  # 'الحركة' with no movement named but in the speaker's office
        if body is None:
            return False
        return speaker.entity is body or self._speaks_for(speaker, Speaker(body.label, entity=body))

    def _own_side_not_fa(self, para: Paragraph, read: _Sentence, act: _Act) -> bool:
        """Whether a Persian speaker says that its own side did not ('X، سخنگوی ارتش Y می‌گوید ارتش Y ... تقاضایی
        نکرده است', 'وزارت خارجه Y اعلام کرد که این کشور ... اجازه‌ای نداده است'), as :meth:`_own_side_not` reads
        Arabic: right after the verb (and 'که'), the body the speaker is or speaks for, by its name or, for the
        ministry of a country, 'this country'; then a negated verb that ends the sentence. Not 'not yet' (هنوز),
        which tells where a matter stands."""
        if act.speaker is None:
            return False
        clause = fold_words(re.sub(_MARKS, " ", para.text[act.end : read.sentence.end])).strip().rstrip(".!")
        words = clause.split()
        if words[:1] == [_THAT_KE_FA]:
            words = words[1:]
        if not words or not _NEGATED_END_FA.search(" ".join(words)) or _YET_FA in words:
            return False
        if any(w[-1:] in "،,:؛" for w in words[:-1]):
            return False  # (one clause only: 'گفت X، Y ... نکرده' may set another's words beside)
        own = False
        if words[:2] == _THIS_COUNTRY_FA:
            # ('وزارت خارجه Y ... که این کشور': the country its name ends with)
            label = fold_words(act.speaker.label).split()
            own = not act.speaker.person and len(label) > 1 and self._place(label[-1])
        # (or the body the speaker's office names word for word, 'X سخنگوی ارتش Y گفت ارتش Y ...', not yet named)
        phrases = self.named_with.get(id(act.speaker.entity), []) if act.speaker.entity is not None else []
        phrases = [*phrases, act.speaker.described or ""]
        bodies = []
        for phrase in phrases:
            office = fold_words(phrase).split()
            at = next((i for i, w in enumerate(office) if w.strip(_PUNCT) in self.c.titles | self.c.heads), None)
            if at is not None and len(office) - at > 2:
                bodies.append([w.strip(_PUNCT) for w in office[at + 1 :]])
        for k in range(1, 5):
            if own or k >= len(words):
                break
            if words[:k] in bodies:
                return True
            key = name_key(" ".join(words[:k]))
            ent = self.by_key.get(key) or (self._earlier(key) if k > 1 else None)
            if ent is None or ent.person:
                continue
            own = ent is act.speaker.entity or self._speaks_for(act.speaker, Speaker(ent.name, entity=ent))
        return own

    def _restates(self, words: str) -> bool:
        """Whether a denier's words say that something is not so, restating the denial: a negation, not one of
        will, wish or ability ('لن نسمح', 'نمی‌خواهیم'), or a denial cue ('مفبركة')."""
        folded_words = fold_words(re.sub(_MARKS, " ", words))
        asserted = self.c.not_restating.sub(" ", folded_words)  # ('باکی ندارد', 'شکی نیست': has no fear, no doubt)
        return self._cue(folded_words) is not None or bool(self.c.restating.search(asserted))

    def _negated(self, words: str) -> bool:
        """Whether folded words say 'not'; in Persian, not counting a clause after 'که' closed by a comma (a
        relative clause: 'از انتشار هر خبری که منتشر نشده است، خودداری کنند' says 'not' of the news, not the
        speaker's own 'not')."""
        if not self.words.verb_first:
            words = _CLOSED_KE.sub(" ", words)
        return bool(self.c.negation.search(words))

    def _judged_words(self, para: Paragraph, sent: Sentence, read: _Sentence, speaker: Speaker) -> str | None:
        """What a speaker called untrue in words of their own that a verb of saying opens with a colon or 'that' ('X
        گفت: خبر حمله کذب است', 'قال X إن الأنباء عارية عن الصحة'): that clause, without the reporter's lead, and
        without the judgement where one closes it ('خبر حمله'); None where the judgement is not in such a clause."""
        act = next(
            (
                a
                for a in reversed(read.acts)
                if a.kind == "verb" and not a.deny and a.speaker and a.speaker.same(speaker)
            ),
            None,
        )
        if act is None:
            return None
        opened = max(act.subject_end, act.end) if self.words.verb_first else act.end
        text_f, where = folded(para.text[opened : sent.end])
        lead = _CLAUSE_OPENS.match(text_f)
        if lead is None and para.text[:opened].rstrip().endswith(":"):
            # ('وقال X: الأنباء ... عارية عن الصحة': the subject's end already past the colon; the clause opens there)
            lead = re.match(r"\s*", text_f)
        if MASK in para.masked[opened : sent.end]:
            return self._judged_in_quotation(para, sent, read, speaker, opened)
        cue = self.c.cue.search(text_f, lead.end()) if lead else None
        if lead is None or cue is None:
            return None
        start, end = opened + where[lead.end()], sent.end
        rest = text_f[cue.end() :].strip(" .،,").split()
        # ('... کذب محض است', '... دروغ محض است', sheer lies: the word that makes it sheer closes the judgement too)
        rest = rest[1:] if rest[:1] and rest[0] in _SHEER_FA else rest
        if not rest or rest == [_IS_FA]:
            # ('... کذب است', '... عارية عن الصحة': the judgement closes the clause; what it judges is before it)
            judged = para.text[start : opened + where[cue.start()]].strip(" ،,")
            if len(judged.split()) >= 2 and _FALSE_STEMS.search(cue.group()):
                return judged[:300]
        return para.text[start:end].strip(" .،,")[:300]

    def _called_false_in_quote(self, sent: Sentence, read: _Sentence, speaker: Speaker, cue: re.Match[str]) -> str:
        """In Arabic, the speaker's own quotation that holds the cue ('وقال X في تصريح لـY إن "الاتهامات الباطلة
        بحق الحركة انطلقت ..."'), where no narrower words were found: what was called false is in it, not in the
        reporter's lead before it (the quotation in its marks); '' where no quotation of the speaker's holds it."""
        if not self.words.verb_first:
            return ""
        own = [
            a.quote
            for a in read.quotes
            if a.speaker.same(speaker) and sent.start <= a.quote.start and _folded_in(cue.group(), a.quote.text)
        ]
        # (in its marks, as the words that deny are the denier's own: the summary quotes them as said)
        return sent.paragraph.text[own[0].start : own[0].end][:300] if len(own) == 1 else ""

    def _judged_in_quotation(
        self, para: Paragraph, sent: Sentence, read: _Sentence, speaker: Speaker, opened: int
    ) -> str | None:
        """In Arabic, what a speaker called untrue in a quotation of their own right after the verb and its subject,
        to the sentence's end ('وقال X: «إن الأنباء عن ... لا أساس لها من الصحة»'): the words judged, before the
        judgement that closes the quotation ('الأنباء عن ...'); None otherwise."""
        own = [a for a in read.quotes if opened <= a.quote.start < a.quote.end <= sent.end]
        if not self.words.verb_first or len(own) != 1 or not own[0].speaker.same(speaker):
            return None
        q = own[0].quote
        between = para.text[opened : q.start].strip(" :" + _OPENERS)
        judged = self._judged_before_quotation(between, q.text)
        if judged is not None:
            return judged
        if (between and fold_words(between) not in _BARE_THAT) or para.text[q.end : sent.end].strip(_CLOSERS + " .،,"):
            return None
        text_f, where = folded(q.text)
        lead = _CLAUSE_OPENS.match(text_f) or re.match(r"\s*", text_f)
        cue = self.c.cue.search(text_f, lead.end()) if lead else None
        if lead is None or cue is None or text_f[cue.end() :].strip(" .،,"):
            return None
        judged = q.text[where[lead.end()] : where[cue.start()]].strip(" ،,")
        return judged[:300] if len(judged.split()) >= 2 and _FALSE_STEMS.search(cue.group()) else None

    def _judged_before_quotation(self, between: str, quoted: str) -> str | None:
        """What a quotation that is only a judgement calls untrue, written before it after 'that' ('إن المعلومات
        المتداولة "عارية من الصحة"', that the reports are 'untrue'): the words between 'that' and the quotation; None
        where the quotation says more than the judgement or no such words come before it."""
        text_q, _ = folded(quoted.strip(_OPENERS + _CLOSERS + " "))
        cue = self.c.cue.search(text_q)
        if cue is None or cue.start() > 0 or text_q[cue.end() :].strip(" .،,") or not _FALSE_STEMS.search(cue.group()):
            return None
        # (the last 'that': an aside may come before it, 'وقال X، في بيان اطلع عليه Y، إن ...')
        that = [m for m in re.finditer(r"\S+", between) if fold_words(m.group().strip(_PUNCT)) in _BARE_THAT]
        if not that:
            return None
        judged = between[that[-1].end() :].strip(" ،,")
        return judged[:300] if 2 <= len(judged.split()) <= 12 and MASK not in judged else None

    def _while_denying(self, para: Paragraph, sent: Sentence, read: _Sentence, act: _Act | None) -> str | None:
        """In Persian, what a speaker denied 'while' saying something else: 'جنبش نور ضمن تکذیب این ادعاها اعلام کرد
        که ...', 'دوریان کسلان با تکذیب خبر حمله گفت: ...' (while denying these claims, the movement announced that):
        the object after the verbal noun, up to the next verb (or a comma, a colon), not the whole sentence. None
        where the denying verb is not so written."""
        if (
            self.words.verb_first
            or act is None
            or not _WHILE_DENYING_FA.fullmatch(fold_words(para.text[act.start : act.end]))
        ):
            return None
        start = act.end
        end = min([*(a.start for a in read.acts if a.start >= start), sent.end])
        stop = re.search("[\u060c,:\u061b]", para.text[start:end])
        end = start + stop.start() if stop else end
        words = _RA_CLOSING.sub("", para.text[start:end].strip(" .\u060c,"))
        return words if 0 < len(words.split()) <= 14 and MASK not in para.masked[start:end] else None

    def _called_untrue(self, para: Paragraph, sent: Sentence, read: _Sentence, speaker: Speaker) -> str | None:
        """In Persian, what a speaker called untrue with a verb of calling after its object ('رضا کاظمی گزارش‌های
        منتشر شده درباره حمله را نادرست دانست', deemed the reports untrue): the object before 'را', without the
        subject before it nor the judgement after it; None where the sentence is not so written."""
        if self.words.verb_first:
            return None
        for act in read.acts:
            if act.kind != "verb" or act.deny or not act.speaker or not act.speaker.same(speaker):
                continue
            if not sent.start <= act.subject_end < act.start <= sent.end:
                continue
            tokens = self._tokens(para.text, act.subject_end, act.start)
            ra = max((i for i, t in enumerate(tokens) if t[3] == _RA), default=-1)
            # (the judgement alone between 'را' and the verb, a few words: 'را دروغ محض خواند')
            judgement = fold_words(para.text[tokens[ra][1] : act.start]) if ra > 0 else ""
            if (
                ra > 0
                # (four when the stored copy splits 'بی‌اساس' and it is 'from the root': 'را از پایه بی اساس خواند'; and
                # two judgements joined by 'و' are one, 'را بی اساس و خلاف واقعیت دانست', each 'و' not counted)
                and 0 < len([w for w in judgement.split() if w != _AND_FA]) <= 4
                and self.c.cue.search(judgement + " " + fold_words(para.text[act.start : act.end]))
            ):
                called = _Act(tokens[ra][1], act.end, speaker, False, "verb", act.subject_end, act.subject)
                return self._denied(para, sent, called)
        return None

    def _denied(self, para: Paragraph, sent: Sentence, act: _Act | None) -> str:
        """What was denied, in the text's words: after the verb and its subject, to the clause's end."""
        if act is not None and act.kind == "quoted":  # the quotation's own words
            return para.text[act.start : act.end].strip()[:300]
        start = act.subject_end if act is not None else sent.start
        stop = sent.end if act is None or self.words.verb_first else act.start  # Persian: the object, then the verb
        if act is not None and self.words.verb_first and act.start > sent.start:
            # 'ونشرت صفحات أنباء عن ...، وهو ما نفاه X' (which X denied), 'الأمر الذي نفته الحركة': the verb carries
            # what it denies, the clause before 'which'; the words after the denier say how, or what else was said
            which = _WHICH_IT_TAKES_UP.search(para.text, sent.start, act.start)
            claim_end = which.start() if which else sent.start
            claim = para.text[sent.start : claim_end].strip(" ،,:.")
            if len(claim.split()) >= 3 and MASK not in para.masked[sent.start : claim_end]:
                return claim[:300]
        words = para.text[start:stop].strip(" ،,:.")
        if self.words.verb_first:
            # 'أصدر X بيانا نفى فيه حصول ...' (issued a statement in which it denied ...): 'in it' is the statement
            words = _IN_THE_STATEMENT.sub("", words)
            # 'نفت X، اليوم الثلاثاء، صدور أمر': the day between commas says when it was denied, not what
            for _ in range(4):  # (each of these may follow another, in any order)
                before = words
                when = _TIME_BETWEEN_COMMAS.match(words)
                if when and all(w in _WHEN_WORDS or is_weekday(w) for w in fold_words(when.group(1)).split(" ")):
                    words = words[when.end() :]
                # 'نفى X اليوم الجمعة تورط ...', 'يوم الجمعة', 'مساء أمس': the day right after the subject, with no
                # commas, says when it was denied as it does between them
                lead = words.split(maxsplit=3)
                k = 0
                while k < min(len(lead) - 1, 3) and (
                    fold_words(lead[k]) in _WHEN_WORDS or is_weekday(fold_words(lead[k]))
                ):
                    k += 1
                # (ending on a day: not 'ليلة الهجوم', the night of the attack, which may open what was denied)
                day = k and (fold_words(lead[k - 1]) in _DAYS_NAMED or is_weekday(fold_words(lead[k - 1])))
                if day and lead[k - 1][-1:] not in "\u060c,":
                    words = words.split(maxsplit=k)[k]
                # 'نفت الحركة – جناحها العسكري – الأنباء': what dashes set beside the subject is no word of what was
                # denied, as what commas set beside it is not
                words = _DASHED_ASIDE.sub("", words, count=1)
                # 'نفت حركة النور "حنور"، يوم الأحد، الأنباء': the body's short name in marks after its name
                # 'نفى سامي الوردي، عضو المكتب السياسي للحركة، الأنباء': a second office set beside the name
                # 'نفى X، في تصريحات لقناة الفجر، الأنباء', 'نفى مصدر في الحركة في كسليا، مساء الجمعة، ما ...': a
                # remark or a place between the subject and a comma; what is denied never opens so
                head, comma, rest = words.partition("\u060c")
                head_words = fold_words(head).split()
                between = (
                    _SHORT_NAME_IN_MARKS.fullmatch(head.strip())
                    or (head_words[:1] and head_words[0] in self.c.titles)
                    # 'نفت الحركة، على لسان متحدثها X، الأنباء' (by the tongue of): through whom it denied
                    or head_words[:2] == _BY_THE_TONGUE
                    # (not where a new clause follows the comma: 'نفى المكتب في كسليا اتهامات الجيش، وقال ...', the
                    # words up to the comma hold what was denied)
                    or (head_words[:1] == [_IN] and len(head_words) <= 5 and not self._goes_on(rest))
                )
                # 'نفى مكتب رئيس الوزراء الكسلي، سامي الوردي، علم حكومته': the name of the office's holder, set beside
                # the body that speaks for him (his office), is no word of what was denied
                holder = (
                    act is not None
                    and 2 <= len(head_words) <= 4
                    and all(self._name_word(w, k == 0) for k, w in enumerate(head_words))
                    and bool(set(fold_words(para.text[act.end : act.subject_end]).split()) & self.c.titles)
                )
                if comma and rest.strip() and MASK not in head and 0 < len(head_words) <= 8 and (between or holder):
                    words = rest.strip()
                # 'نفى المصدر في حركة النور ما أعلنه X' (the source in the movement denied what X announced): the
                # source named before keeps its body after it, up to 'what' or 'this' that opens what is denied
                words = _IN_BEFORE_WHAT.sub("", words, count=1)
                words = self._past_outlet_told(words, para, act)
                if words == before:
                    break
            if act is not None:
                words = self._without_manner(words)
        else:
            # 'X ادعای حمله جنبش نور را رد کرد': the object before the verb closes with 'را', the object's marker,
            # no word of what was denied (so 'ادعای حمله جنبش نور', not '... نور را')
            words = _RA_CLOSING.sub("", words)
            # 'X ادعای ... را رد و آن را بی‌اساس دانست' (rejected, and called it baseless, the light verb of 'رد'
            # left out): the verb read is the calling, whose object 'آن' takes up the one before 'را رد'
            words = _REJECTED_AND_IT_FA.sub("", words)
            taken_up = self._taken_up_claim(para, sent, act, words)
            if taken_up:
                return taken_up[:300]
            # 'X بار دیگر ادعای ... را رد کرد' (once again): the adverb after the subject is no part of the object
            words = _AGAIN_FA.sub("", words)
            # 'وزارت دفاع کسلیا امروز یکشنبه با صدور بیانیه‌ای وقوع انفجار ... را تکذیب کرد': the day after the
            # subject says when, and the statement how, it was denied; neither is what was denied
            lead = words.split()
            k = 0
            while k < min(len(lead) - 1, 3) and fold_words(lead[k].strip("\u060c,")) in self.c.time_words:
                k += 1
            words = " ".join(lead[k:]) if k else words
            words = _BY_STATEMENT_FA.sub("", words)
            words = self._past_occasion_fa(words)
            # 'دوریان کسلان، سخنگوی جنبش نور، ادعای ... را رد کرد': the office set beside the name, between commas,
            # is the subject's, not what was denied
            head, comma, rest = words.partition("\u060c")
            if (
                comma
                and rest.strip()
                and 0 < len(head.split()) <= 8
                and fold_words(head.split()[0]) in self.c.titles
                and MASK not in head
            ):
                # (and the day and the occasion after the office: '...، سخنگوی وزارت X، امروز در یک نشست خبری ...')
                after_office = rest.strip().split()
                k = 0
                while k < min(len(after_office) - 1, 3) and fold_words(after_office[k]) in self.c.time_words:
                    k += 1
                words = self._past_occasion_fa(" ".join(after_office[k:]))
            # ('«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد': an office right after a name in marks,
            # without commas, is the subject's too; what was denied starts where the subject's words are cut)
            tokens = self._tokens(words, 0, len(words))
            # (a mark, not the paragraph's start: '""[-1:]' is '', which is in any string)
            mark = para.text[:start].rstrip()[-1:]
            if tokens and tokens[0][3] in self.c.titles and mark and mark in '\u00bb\u201d"':
                n = self._before_object_fa(tokens, self._cut_subject(tokens))
                while 0 < n < len(tokens) - 1 and tokens[n][3] in self.c.time_words:
                    n += 1  # ('«X» معاون وزیر ... روز یکشنبه این خبر را': the day says when)
                if 0 < n < len(tokens):
                    words = words[tokens[n][0] :].strip()
            # 'X این ادعاها را رد کرد که گروه ... آموزش دیده‌اند' (denied these claims, that ...): 'these' points
            # ahead to the clause after the verb, which says what was denied ('و گفت که ...' is what was said)
            pointer = fold_words(words).split()
            if act is not None and len(pointer) == 2 and pointer[0] in _THIS_FA and self.c.claims.fullmatch(pointer[1]):
                after = _THAT_AFTER_VERB_FA.match(para.text, act.end, sent.end)
                clause = para.text[after.end() : sent.end].strip(" \u060c,.:") if after else ""
                if clause:
                    return clause[:300]
        return words[:300] if words else para.text[sent.start : sent.end].strip()[:300]

    def _without_manner(self, words: str) -> str:
        """An Arabic denial's words without the manner of denying, the verbal noun of denying and its adjective ('نفى
        X الخبر نفيا مطلقا، مشيرا إلى ...', denied the report flatly; 'نفى X نفيا قاطعا الأنباء'): how it was denied,
        never what. What the denier went on to say after it stays, as it does after what was denied ('، مؤكدة أن')."""
        tokens = self._tokens(words, 0, len(words))
        for k in range(len(tokens) - 1):
            if tokens[k][3] in _DENYING_NOUNS and tokens[k + 1][3] in _FLATLY:
                # (a mark typed onto the adjective stays: 'الخبر نفيا مطلقا، مشيرا' -> 'الخبر، مشيرا')
                end = tokens[k + 1][0] + len(tokens[k + 1][2].rstrip(_PUNCT))
                words = (words[: tokens[k][0]].rstrip() + words[end:]).strip(" \u060c,")
                break
        return words

    def _goes_on(self, words: str) -> bool:
        """Whether ``words`` open with what a denier went on to say: a participle of saying ('مؤكدا أن') or a verb of
        saying joined by 'و' ('وأكد أن', 'وقالت في بيان'; not one that is also a common noun or a particle: 'ورد
        في', was stated in; 'وبين', and between; 'وطالب', and a student)."""
        first = fold_words(words.split(maxsplit=1)[0].strip(_PUNCT)) if words.strip() else ""
        if self.c.participle.fullmatch(first):
            return True
        return first[:1] == "\u0648" and first[1:] in self.c.verb_forms and first[1:] not in _SAYING_ALSO_NOUNS

    def _past_occasion_fa(self, words: str) -> str:
        """Persian words of a denial without the occasion that opens them ('در یک نشست خبری', at a press conference;
        'در گفتگو با خبرنگاران', talking to reporters; 'در واکنش به اظهارات X', reacting to X's remarks): they end
        at a comma, or where 'this' or a claim's noun opens the object (not one after a preposition, 'در پاسخ به
        ادعای X', which belongs to the occasion); the words as they are when no such end comes within 12 words."""
        tokens = words.split()
        head = 2 if len(tokens) > 2 and fold_words(tokens[1]) == _ONE_FA else 1
        if len(tokens) <= head + 1 or fold_words(tokens[0]) != _IN_FA or fold_words(tokens[head]) not in _OCCASIONS_FA:
            return words
        for j in range(head + 1, min(len(tokens), 12)):
            if tokens[j - 1][-1:] in "\u060c,":
                return " ".join(tokens[j:])
            word = fold_words(tokens[j])
            opens = word in _THIS_FA or self.c.claims.fullmatch(word)
            if opens and fold_words(tokens[j - 1]) not in _PREPOSITIONS_FA:
                return " ".join(tokens[j:])
        return words

    def _past_outlet_told(self, words: str, para: Paragraph, act: _Act | None) -> str:
        """An Arabic denial's words without the outlet told that opens them, right after the subject: 'لـ"النهار"',
        'لوكالة كسليا للأنباء', or a name without marks after a subject of one definite word ('نفت الوزارة لعنب بلدي
        أن ...', 'نفى المصدر للنهار صحة ...'): to whom it was said, not what was denied."""
        marked = _TOLD_IN_MARKS.match(words)
        if marked:
            return words[marked.end() :]
        tokens = self._tokens(words, 0, len(words))
        if len(tokens) < 3 or tokens[0][3][:1] != "\u0644":
            return words
        n = 0
        if tokens[0][3][1:] in self.c.outlet_words:
            n = 2  # the outlet's word and its name's first word ('لقناة النهار'), then what joins on ('للأنباء')
            while n < len(tokens) - 1 and tokens[n][3].startswith("\u0644\u0644"):
                n += 1
        elif act is not None and act.subject is not None:
            subject = self._tokens(para.text, act.subject[0], act.subject[1])
            if len(subject) == 1 and self._told_unmarked([subject[0], tokens[0]], 1):
                # the name runs to 'أن' when it comes within three words ('لعنب بلدي أن'); else it is one definite
                # word ('للنهار'), as what is denied never opens with 'لل' (a verbal noun may open with 'ل': 'لجوء')
                n = next((k for k in range(1, 4) if k < len(tokens) and tokens[k][3] in _BARE_THAT), 0)
                n = n or int(tokens[0][3].startswith("\u0644\u0644"))
        return words[tokens[n][0] :] if 0 < n < len(tokens) else words

    def _taken_up_claim(self, para: Paragraph, sent: Sentence, act: _Act | None, words: str) -> str:
        """In Persian, the claim a relative clause takes up again with 'آن' (it) as what its subject denies: 'کسلیا
        جنبش نور را به حمله متهم کرد؛ اتهامی که جنبش نور به شدت آن را رد کرده است' (an accusation the movement
        firmly denied): the object is 'it' and an adverb; what was denied is the clause before 'اتهامی که' (the claim,
        the accusation, the report that opens the clause), or '' where the words are no such clause's."""
        folded = fold_words(words).split()
        if act is None or act.subject is None or not folded or folded[-1] != "\u0627\u0646" or len(folded) > 4:
            return ""
        before = para.text[sent.start : act.subject[0]]
        head = _TAKEN_UP_HEAD_FA.search(before)
        if head is not None and fold_words(head.group(1)) in _CLAIM_HEADS_FA:
            return before[: head.start()].strip(" \u060c,\u061b;:") or head.group(1)
        # ('دیشب خبری مبنی بر حمله به پایگاه منتشر شد که X آن را تکذیب کرد', a report was published last night
        # that X denied): the claim's noun and its words, up to 'was published'
        told = _PUBLISHED_THAT_FA.search(before)
        if told is None:
            return ""
        heads = [m for m in re.finditer("\\S+", before[: told.start()]) if fold_words(m.group()) in _CLAIM_HEADS_FA]
        return before[heads[0].start() : told.start()].strip(" \u060c,") if heads else ""

    def _add(self, unit: Unit) -> None:
        self.analysis.units.append(unit)
        text = fold_words(unit.text)
        self.analysis.mentioned[id(unit)] = [
            e for e in self.entities if e.known is None and fold_words(e.name) and fold_words(e.name) in text
        ]


# The infinitives of the light verbs that make Persian verbal nouns ('کشته شدن', being killed; 'دست داشتن', having a
# hand in), alone or written onto the word before them: such a noun opens an object, never a subject's name.
_VERBAL_NOUN_FA = re.compile(
    "(?:\u0634\u062f\u0646|\u0643\u0631\u062f\u0646|\u062f\u0627\u0634\u062a\u0646|\u062f\u0627\u062f\u0646|"
    "\u06af\u0631\u0641\u062a\u0646|\u0628\u0648\u062f\u0646)$"
)


# What opens the words a verb of saying gives, folded: a colon, or 'that' ('أن', 'إن', 'بأن', Persian 'که').
_CLAUSE_OPENS = re.compile("\\s*+(?::|(?:" + "|".join(sorted(_BARE_THAT)) + "|\u0643\u0647)(?=\\s))\\s*+")
_IS_FA = "\u0627\u0633\u062a"  # است (is), folded
# 'while', 'with', 'after' and a verbal noun of denying, folded ('ضمن تکذیب', 'با رد', 'پس از تکذیب'): its object is
# what was denied, the verb after it says something else (:meth:`ArabicScript._while_denying`)
_WHILE_DENYING_FA = re.compile(
    "(?<!\\S)(?:"
    + "|".join(fold_words(w) for w in ("ضمن", "با", "پس از"))
    + ")\\s+(?:"
    + "|".join(fold_words(w) for w in ("تکذیب", "رد", "انکار", "نفی"))
    + ")"
)
_PUBLIC_RELATIONS_FA = [fold_words("روابط"), fold_words("عمومی")]  # روابط عمومی (public relations), folded
_SHEER_FA = frozenset(fold_words(w) for w in ("محض", "مطلق"))  # sheer, utter ('کذب محض', 'دروغ محض')
# The stems of judgements of falsity, folded ('كاذب', 'کذب', 'نادرست', 'دروغ', 'صحت', 'الصحة', 'أساس', 'باطل',
# 'مفبرك'): a judgement that calls what comes before it untrue, not one that says an event did not happen ('رخ نداده').
_FALSE_STEMS = re.compile(
    "\u0643\u0630\u0628|\u0643\u0627\u0630\u0628|\u0646\u0627\u062f\u0631\u0633\u062a|\u062f\u0631\u0648\u063a|"
    "\u0635\u062d\u062a|\u0635\u062d\u0647|\u0627\u0633\u0627\u0633|\u0628\u0627\u0637\u0644|\u0645\u0641\u0628\u0631\u0643"
)


# Where the statement is named between the verb and what it denies, not part of it: 'نفى فيه' (in which it denied),
# 'نفت خلاله' (during which), 'نفت في بيان' (denied in a statement), 'في بيان رسمي له' (in an official statement of
# its own).
_IN_THE_STATEMENT = re.compile(
    "^(?:(?:" + "|".join(sorted(_IN_IT_FORMS, key=len, reverse=True)) + ")|"
    "\u0641\u064a\\s++(?:\u0628\u064a\u0627\u0646|\u062a\u0635\u0631\u064a\u062d)[\u064b]?+"
    "(?:\\s++(?:\u0644\u0647\u0627|\u0644\u0647|\u0631\u0633\u0645\u064a))*+)\\s++"
)


# A short phrase of time set off by commas at the start of what a verb of denying is followed by, and its words
# (today, yesterday, tonight, morning, evening; the days of the week are dates.is_weekday's), folded.
# The verbal nouns of denying in the accusative and the adjectives that make them the manner of a denial ('نفيا قاطعا',
# flatly; 'تكذيبا تاما'), folded: no words of what was denied.
_DENYING_NOUNS = frozenset(fold_words(w) for w in "نفيا نفياً تكذيبا تكذيباً تفنيدا رفضا رفضاً".split())
_FLATLY = frozenset(
    fold_words(w) for w in "قاطعا قاطعاً مطلقا مطلقاً تاما تاماً باتا باتاً كاملا كاملاً قطعيا شديدا شديداً".split()
)
# Verbs of saying that are also common nouns or particles after 'و' inside what was denied, folded: 'ورد' (was
# stated: 'ما ورد في التقرير'), 'وبين' (and between), 'وطالب' (and a student), 'وكتب' (and books), 'وختم' (and a
# seal), 'ورده' (and his reply), 'وقاله'.
_SAYING_ALSO_NOUNS = frozenset(
    fold_words(w) for w in "رد ردت يرد ترد رده ردها بين طالب كتب ختم قاله قالته زعم ذكر كشف".split()
)
_TIME_BETWEEN_COMMAS = re.compile("([^\u060c,]{2,30})[\u060c,]\\s*+")
# 'في' and up to four words before 'ما' (what) or a demonstrative that opens what is denied.
_IN_BEFORE_WHAT = re.compile(
    "^\u0641\u064a(?:\\s++[^\\s\u060c,.:]++){1,4}?\\s++(?=(?:\u0645\u0627|\u0647\u0630\u0647|\u0647\u0630\u0627|\u062a\u0644\u0643|\u0630\u0644\u0643)\\s)"
)
# A body's short name, one word in marks without the article, after its full name ('حركة النور "حنور"'; 'قوات X
# "قسد"'); a word with the article is what was denied ('نفت الوزارة "الشائعات"، مؤكدة ...').
_SHORT_NAME_IN_MARKS = re.compile('["\u201c\u00ab](?!\u0627\u0644)[^\\s"\u201d\u00bb]{2,8}["\u201d\u00bb]')
# given names that open with 'ل' (folded), not 'لـ' (to) joined to a name: 'وقالت ليلى X التي ...' names the speaker
_LAM_NAMES = frozenset(
    fold_words(w) for w in "ليلى ليلي لينا لبنى لمى لؤي لطفي لقمان لميس لجين ليث لانا لارا لبيب لواء لوران لويس".split()
)
# the outlet told in its marks, opening the words after a verb and its subject ('نفت الحركة لـ"النهار" صحة ...')
_TOLD_IN_MARKS = re.compile('\u0644\u0640?\\s*["\u201c\u00ab][^"\u201d\u00bb]{1,40}["\u201d\u00bb][\\s\u060c,]*')
# Persian military ranks not among the titles (a name of one word after them, 'ژنرال دارنو', keeps the rank)
_RANKS_FA = frozenset(fold_words(w) for w in ("ژنرال", "جنرال", "سرهنگ", "سپهبد", "دریادار", "ارتشبد"))
# a credit line's label, alone before a colon and a short name ('منبع: تسنیم', 'المصدر: وكالة كسليا'): the outlet a
# report was taken from, not a source that speaks (which is described: 'یک منبع آگاه: ...', 'مصدر في الحركة: ...')
_CREDIT = frozenset(fold_words(w) for w in ("منبع", "منابع", "المصدر", "المصادر"))
_WHEN_WORDS = frozenset(fold_words(w) for w in "اليوم أمس يوم مساء صباح ظهر فجر ليلة".split())
# today, yesterday, folded: a day named, as a weekday is
_DAYS_NAMED = frozenset(fold_words(w) for w in ("اليوم", "أمس"))
# 'أدلى' (made, of a statement), 'قد' before it, and what was made ('بتصريح', 'ببيان'), folded: 'X قد أدلى بتصريح
# قال فيه' (X had made a statement in which he said)
_MADE = frozenset(fold_words(w) for w in "أدلى وأدلى أدلت وأدلت".split())
_ALREADY = frozenset(fold_words(w) for w in "قد وقد".split())
_MADE_WHAT = frozenset(fold_words(w) for w in "بتصريح بتصريحات ببيان بحديث بتصريحه بتصريحاته".split())
# 'على لسان' (by the tongue of), folded: a body denies through its spokesman named after it
_BY_THE_TONGUE = fold_words("على لسان").split(" ")
# ', وهو ما' / ', وهي ما' / ', الأمر الذي' right before a verb that carries its object ('وهو ما نفاه X', which X denied):
# the relative takes up the clause before it
_WHICH_IT_TAKES_UP = re.compile(
    "[\u060c,]\\s*+(?:\u0648?(?:\u0647\u0648|\u0647\u064a|\u0647\u0630\u0627)\\s++\u0645\u0627|\u0627\u0644[\u0623\u0627]\u0645\u0631\\s++\u0627\u0644\u0630\u064a)\\s*+$"
)
# A short aside set off by dashes at the start of what a verb of denying is followed by ('– جناحها العسكري –'), and
# the space after it
_DASHED_ASIDE = re.compile("^[\u2013\u2014-]\\s*+[^\u2013\u2014\\-\u060c,.:]{2,40}[\u2013\u2014-]\\s*+")


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the full stop at ``start`` stands inside short brackets, closed a few characters after it: an
    abbreviation's ('(بي. كا. كا)'), not a sentence's end."""
    opened = text.rfind("(", max(0, start - 20), start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end, end + 20)
    return closed >= 0 and "(" not in text[end:closed]


def _name_stems(speaker: Speaker, shortest: bool = False) -> frozenset[str]:
    """The words of a speaker's names as written (or of its shortest), folded, without the article and a nisba's
    ending ('السودانية', 'السودان' -> 'سودان'; 'الإيرانية' -> 'ايران')."""
    forms = [speaker.label]
    if speaker.entity is not None:
        forms += [m[3] for m in speaker.entity.mentions]
    arabic = [f for f in forms if re.search("[\u0621-\u064a]", f)]
    if not arabic:
        return frozenset()
    stems = set()
    for word in fold_words(min(arabic, key=len) if shortest else " ".join(arabic)).split():
        word = word.strip(_PUNCT + "'\u2018\u2019")  # (and single marks: 'قوات \'X\'' as 'قوات X')
        for article in ("\u0627\u0644", "\u0644\u0644"):  # ال لل
            if word.startswith(article) and len(word) > 4:
                word = word[2:]
                break
        for ending in (
            "\u064a\u0647",
            "\u064a\u0627",
            "\u064a",
            "\u0647",
            "\u0627",
        ):  # يه يا ي ه ا ('سوريا', 'السورية')
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        if word:
            stems.add(word)
    return frozenset(stems)


def _without_place(name: str) -> str:
    """A body's Arabic name without the place after it, from the third word on: 'ب' written onto the place or 'في'
    before it ('جهاز X بإقليم Y' -> 'جهاز X'); the name itself when none stands there."""
    words = name.split()
    for i, word in enumerate(words[2:], 2):
        fw = fold_words(word.strip(_PUNCT))
        if fw == _IN or (fw[:1] == "\u0628" and len(fw) > 3 and fw not in _NOT_NAMES):
            return " ".join(words[:i])
    return name


def _date_line(text: str) -> bool:
    """Whether a line is a date under a signature ('۳/۱/۱۴۴۰هـ ق'): figures, and letters only as the short marks of a
    calendar."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and any(ch.isdigit() for ch in text)
        and all(any(ch.isdigit() for ch in w) or len(w.strip("\u0640")) <= 2 for w in words)
    )


def _as_written(text: str, marked: str, number: int) -> list[Quote]:
    """The quotations found in ``marked`` (``text`` with its marks turned or made straight, same length), with the
    words of ``text`` as written."""
    return [
        Quote(number, q.start, q.end, q.closed, text[q.start + 1 : q.end - 1 if q.closed else None])
        for q in find_quotes(marked, number)
    ]


def _find_quotes(text: str, number: int) -> list[Quote]:
    """The paragraph's quotations; straight marks that do not pair up are paired by where they stand.

    Straight marks are paired in order; when one is left open by mistake ('موقع "العربية. نت قد ادعى ...، إن
    "..."'), that pairs every later mark wrongly. A mark with a space before it and a letter after it opens, one
    with a letter before it closes; an opening mark followed by another opening mark is the stray one.
    """
    quotes = find_quotes(text, number)
    curly = [ch for ch in text if ch in "\u201c\u201d"]
    # curly marks typed the other way round ('”...“') or one typed at both ends ('”...”', '” ...” ، “...”'), as
    # right-to-left copy has them: paired in order, whichever way each is typed
    uneven = curly and len(curly) % 2 == 0 and curly != ["\u201c", "\u201d"] * (len(curly) // 2)
    if uneven and not any(ch in text for ch in '"\u00ab\u00bb'):
        return _as_written(text, text.replace("\u201c", '"').replace("\u201d", '"'), number)
    first = next((ch for ch in text if ch in "\u201c\u201d"), "")
    if first == "\u201d" and "\u201c" in text[text.index(first) :]:
        # curly marks typed the other way round ('إن ”...“'), as right-to-left copy often has them: paired as written
        return _as_written(text, text.translate({0x201C: 0x201D, 0x201D: 0x201C}), number)
    guillemets = [ch for ch in text if ch in "\u00ab\u00bb"]
    if guillemets and guillemets == ["\u00bb", "\u00ab"] * (len(guillemets) // 2) and not curly:
        # guillemets typed the other way round ('گفت: »ما مذاکره نمی‌کنیم«'), as right-to-left copy sometimes has
        # them: read as written when every one of them is turned, each pair '»...«' (a stray one is left alone)
        return _as_written(text, text.translate({0xAB: 0xBB, 0xBB: 0xAB}), number)
    if any(ch in text for ch in "\u201c\u201d\u00ab\u00bb"):
        return quotes
    if text.count('"') % 2 == 0:
        return _nested_straight(text, number) or quotes
    out: list[Quote] = []
    pending: int | None = None
    outer: int | None = None
    marks = [i for i, ch in enumerate(text) if ch == '"']
    for n, i in enumerate(marks):
        before, after = text[i - 1 : i] or " ", text[i + 1 : i + 2] or " "
        # (a mark written onto a word's prefix opens too: 'لـ"', 'بـ"', 'و"')
        opens = (before.isspace() or before in "(:\u060c,\u0640\u0644\u0628\u0648\u0641") and not after.isspace()
        if opens:
            if pending is not None and _SPEECH_OPENS.search(text, 0, pending) and not _SPEECH_OPENS.search(text, 0, i):
                # ('قال إن "... لمواجهة الجماعات "الإرهابية"، وفق ...': a quotation opened after 'إن', then a term
                # in marks inside it whose closing mark, the last, ends both; not a stray mark before the speech)
                outer = pending
            pending = i  # (an earlier mark still open is the stray one)
        elif pending is not None:
            inner = text[pending + 1 : i]
            if outer is not None and n == len(marks) - 1:
                out.append(Quote(number, outer, i + 1, True, text[outer + 1 : i]))
            elif inner.strip():
                out.append(Quote(number, pending, i + 1, True, inner))
            pending = outer = None
    if pending is not None and text[pending + 1 :].strip():
        out.append(Quote(number, pending, len(text), False, text[pending + 1 :]))
    return out


# The words that open reported speech, right before a quotation's opening mark: 'إن', 'أن', 'بأن', a colon.
_SPEECH_OPENS = re.compile("(?:(?<!\\w)(?:\u0625\u0646|\u0623\u0646|\u0628\u0623\u0646|\u0627\u0646)|:)\\s*$")


def _nested_straight(text: str, number: int) -> list[Quote]:
    """The quotations of a paragraph whose straight marks nest a name inside a quotation ('"إن مكاتب "الحركة" لم
    تستهدف"'), as Arabic copy sets a body's name in marks inside the words quoted; empty when they do not nest.

    Paired in order, the name's opening mark would close the quotation. Each mark is read by its shape (a space or a
    prefix before and a letter after opens, a letter or a mark before and a space, a mark or the end after closes);
    only when every mark has one shape, none closes with nothing open, and one opens inside another are the
    outermost pairs the quotations.
    """
    stack: list[int] = []
    out: list[Quote] = []
    nested = False
    for i, ch in enumerate(text):
        if ch != '"':
            continue
        before, after = text[i - 1 : i] or " ", text[i + 1 : i + 2] or " "
        opens = (before.isspace() or before in "(:\u060c,\u0640\u0644\u0628\u0648\u0641") and after.isalpha()
        # (or a mark with a space on both sides right after a colon or a comma: 'قائلا: " الحادث ...')
        lead = text[max(0, i - 8) : i].rstrip()  # (a few characters back: linear in the paragraph)
        spaced = before.isspace() and after.isspace() and lead[-1:] in (":", "\u060c", ",")
        opens = opens or (spaced and text[i + 1 : i + 9].lstrip()[:1].isalpha())
        closes = not before.isspace() and (after.isspace() or after in _PUNCT)
        if opens == closes:
            return []
        if opens:
            nested = nested or bool(stack)
            stack.append(i)
            continue
        if not stack:
            return []
        start = stack.pop()
        if not stack:
            out.append(Quote(number, start, i + 1, True, text[start + 1 : i]))
    return out if nested and not stack else []


def _marks(text: str) -> tuple[int, int]:
    """Where the first opening and the first closing quotation mark of a paragraph are (-1: none).

    A straight mark closes when it is the paragraph's only one and follows a word ('... ادامه یابد."'),
    else it opens.
    """
    opener = min((i for i in (text.find("\u201c"), text.find("\u00ab")) if i >= 0), default=-1)
    closer = min((i for i in (text.find("\u201d"), text.find("\u00bb")) if i >= 0), default=-1)
    straight = text.find('"')
    if straight >= 0:
        closes = text.count('"') == 1 and straight > 0 and not text[straight - 1].isspace()
        if closes and (closer < 0 or straight < closer):
            closer = straight
        elif not closes and (opener < 0 or straight < opener):
            opener = straight
    return opener, closer


def _continued_quotations(paragraphs: list[Paragraph]) -> dict[int, tuple[int, bool]]:
    """Paragraphs inside a quotation that runs on from an earlier paragraph: number -> (end, closed).

    Arabic and Persian papers quote a statement over several paragraphs with one opening mark in the first
    and one closing mark in the last, none between. A quotation left open is read as running on only when
    a later paragraph closes it before any new one opens (an open mark that is never closed, a typo, takes
    nothing with it); the paragraphs between are quoted whole, the last up to its closing mark.
    """
    out: dict[int, tuple[int, bool]] = {}
    for i, para in enumerate(paragraphs):
        quotes = _find_quotes(para.text, para.number)
        if para.number in out or not quotes or quotes[-1].closed:
            continue
        run: dict[int, tuple[int, bool]] = {}
        for following in paragraphs[i + 1 : i + 13]:
            opener, closer = _marks(following.text)
            if opener >= 0 and (closer < 0 or opener < closer):
                break
            if closer >= 0:
                run[following.number] = (closer, True)
                out.update(run)
                break
            run[following.number] = (len(following.text.rstrip()), False)
    return out


def _present(verb: str, prefixes: str) -> bool:
    """Whether a folded Arabic verb is in the present tense (يقول، تنفي), not the past (قال، تابع)."""
    verb = verb[1:] if verb[:1] in prefixes and len(verb) > 3 else verb
    return verb[:1] == "\u064a" or (verb[:1] == "\u062a" and verb not in _PAST_WITH_TEH)


_PAST_WITH_TEH = frozenset(
    {
        "\u062a\u0627\u0628\u0639",
        "\u062a\u0627\u0628\u0639\u062a",
        "\u062a\u0648\u0639\u062f",
        "\u062a\u0648\u0639\u062f\u062a",
    }
)


def _stem(word: str) -> str:
    """A statement word without the article and a possessive ending: 'بيانها', 'البيان' -> 'بيان'."""
    word = word.removeprefix("\u0627\u0644")
    for ending in ("\u0647\u0627", "\u0647", "\u062a", "\u0627"):  # her, his, feminine t, the accusative a
        if len(word) > 4 and word.endswith(ending):
            word = word[: -len(ending)]
    return word[:5]


def _opens(masked: str, sent: Sentence, q: Quote) -> bool:
    """Whether the quotation opens its sentence (perhaps after a dash or a list mark)."""
    return not re.search(r"\w", masked[sent.start : q.start])


def _nisbas(ent: Entity, names: set[str]) -> set[str]:
    """The Arabic adjectives of a state on record, folded, from its one-word names: 'ايراني', 'الايرانيه' for 'إيران';
    'سوري' for 'سوريا'; 'العراقي' for 'العراق'; 'السعودي' for 'السعودية'. None for anything else."""
    known = ent.known
    if known is None or not (known.kind == "government" or (known.type == "place" and known.kind == "country")):
        return set()
    out = set()
    for name in names:
        if " " in name or len(name) < 3:
            continue
        stem = name.removeprefix("\u0627\u0644")
        if stem.endswith(("\u064a\u0647", "\u064a\u0627")):  # 'السعودية', 'سوريا'
            stem = stem[:-2]
        elif stem.endswith(("\u0627", "\u0647")):  # 'أمريكا'
            stem = stem[:-1]
        out |= {f"{a}{stem}\u064a{b}" for a in ("", "\u0627\u0644") for b in ("", "\u0647")}
    return out


def _nisba(word: str) -> bool:
    """A definite Arabic adjective of origin or kind, folded: 'الكسلي', 'الإيرانية' (ال ... ي / يه)."""
    return word.startswith("\u0627\u0644") and word.endswith(("\u064a", "\u064a\u0647")) and len(word) > 4


# An indefinite report, folded ('تقرير', 'خبرا'), and 'published it' with its pronoun ('نشرته', 'بثتها', 'أوردته'): 'تقرير
# نشرته X' (a report X published), whose relative verb after it speaks in X's words
_REPORT_NOUNS = frozenset(fold_words(w) for w in "تقرير تقريرا خبر خبرا مقال مقالا مقالة تحقيق تحقيقا".split())
_PUBLISHED_IT = frozenset(
    fold_words(p + v + o)
    for p in ("", "\u0648")
    for v in ("نشر", "نشرت", "بث", "بثت", "أورد", "أوردت", "أذاع", "أذاعت")
    for o in ("ه", "ها")
)

# Definite plurals of people and of sides (folded), which an Arabic verb of calling on or urging names after its subject
# ('ودعا العميد شريف النواب', 'وطالب X السلطات'): none is a family name after a given one, as 'الأحمد' is. The sound
# masculine plural ('المسؤولين') is told by its ending; these are broken plurals and plurals in -ات.
_PEOPLE_PLURALS = frozenset(
    fold_words(w)
    for w in (
        "النواب الوزراء القادة الزعماء الرؤساء الأطراف الفصائل الدول الحكومات السلطات الجهات الأحزاب القوى الشعوب "
        "الأهالي السكان الناس الجميع الشباب العلماء الأعضاء الحلفاء الشركاء الأشقاء المسؤولون"
    ).split()
)
# family or given names that end as the sound plural does ('زين العابدين')
_NAMES_IN_IN = frozenset(fold_words(w) for w in ("العابدين", "الحسنين"))


def _definite_noun(word: str) -> bool:
    """A definite word that is no adjective of origin ('التقرير', 'المشاركة'), nor one that follows a name as
    an adjective does ('الحر' in 'الجيش السوري الحر')."""
    return word.startswith("\u0627\u0644") and not _nisba(word) and word not in _ADJECTIVES and len(word) > 3


# 'عدّ' / 'عدت' (deemed, folded 'عد'), a verb of saying only before a subject, a definite first object and what it is
# deemed, an indefinite accusative or a quotation ('وعدّ X الهجوم خرقا', 'وعدت الحركة القصف "انتهاكا"'): not 'وعد'
# (promised, 'وعد X بإجراء ...') nor 'وعد بلفور'
# 'تود' / 'يود' (wishes), a verb of saying only as a body's statement writes it, wishing to clarify or to stress,
# its subject between ('تود وزارة X توضيح الآتي:', 'يود المكتب أن يوضح أن ...', 'ويود X التأكيد على ...')
_WISHING_TO = frozenset(fold_words(p + v) for p in ("", "\u0648", "\u0641") for v in ("تود", "يود"))
_CLARIFIES_AFTER = re.compile(
    "(?:\\s+[^\\s\u060c,.:]+){1,8}?\\s+(?:"
    + "|".join(fold_words(w) for w in ("توضيح", "التوضيح", "التأكيد", "التنويه", "الإشارة"))
    + "|"
    + fold_words("أن")
    + "\\s+[\u064a\u062a](?:"
    + "|".join(fold_words(w) for w in ("وضح", "ؤكد", "نوه", "شير"))
    + "))(?![^\\s\u060c,.:])"
)
_COUNTED = frozenset(
    fold_words(p + v) for p in ("", "\u0648", "\u0641") for v in ("\u0639\u062f", "\u0639\u062f\u062a")
)
# (what it is deemed is a noun: not a word of no such kind that ends in 'ا' too, an adverb or a demonstrative, as in
# 'وعدت الحكومة السكان أيضا بإعادة الإعمار', promised the residents also, or 'وعد الوزير المواطنين هذا العام'; nor
# 'خيرا', good things, what one promises: 'وعد X المواطنين خيرا')
_NOT_DEEMED = "|".join(
    fold_words(w)
    for w in "أيضا هذا كما إذا لذا جدا معا أبدا دائما غدا مجددا حاليا رسميا علنا خيرا قريبا لاحقا فورا".split()
)
# (between the verb and the first object stands its subject alone: not 'أن' (that) nor 'بـ' written on a definite noun
# or a verbal noun ('بالعودة', 'بأن', 'بإعادة', 'بتحسين', 'بمنح'), what is promised ('وعد الوزير المزارعين بالتعويض
# ...', 'وعد X المزارعين أن ...'), which deeming never has; but 'المتحدث باسم X' (on behalf of) may stand in a subject,
# and so may a name that opens with those letters, 'باسل', 'بارزاني' (:func:`_promised_in`))
_NOT_IN_SUBJECT = (
    "(?!(?:\u0627\u0646|\u0627\u0646\u0647|\u0627\u0646\u0647\u0627|\u0644\u0627\u0646|\u0628\u0627\u0646|"
    "\u0628\u0627\u0646\u0647|\u0628\u0627\u0646\u0647\u0627)(?![^\\s\u060c,.:]))(?!\u0628\u0627\u0644)"
)
_DEEMS_AFTER = re.compile(
    "(?P<subject>(?:\\s+" + _NOT_IN_SUBJECT + "[^\\s\u060c,.:]+){1,6}?)\\s+\u0627\u0644[^\\s\u060c,.:]+\\s+"
    "(?:(?!(?:" + _NOT_DEEMED + ")(?![^\\s\u060c,.:]))"
    '[^\\s\u060c,.:]{2,}\u0627(?![^\\s\u060c,.:])|["\u201c\u00ab])'
)
# 'بـ' written on a verbal noun ('بإعادة', 'بتحسين', 'بمنح'), folded
_BI_VERBAL_NOUN = re.compile("\u0628[\u0627\u062a\u0645]")


def _deems_after(text: str, at: int) -> bool:
    """Whether 'عد' ending at ``at`` of folded ``text`` deems: its subject, a definite first object and what it is
    deemed follow (:data:`_DEEMS_AFTER`), and no word of the subject is what was promised (:func:`_promised_in`)."""
    deems = _DEEMS_AFTER.match(text, at)
    return deems is not None and not _promised_in(deems.group("subject"))


def _promised_in(words: str) -> bool:
    """Whether folded ``words`` hold 'بـ' on a verbal noun, what is promised ('بإعادة', 'بتحسين'); not 'باسم' (on
    behalf of), nor a name that opens with those letters ('باسل', 'بارزاني', 'بتول')."""
    return any(_BI_VERBAL_NOUN.match(w) and w != _IN_NAME_OF and not given_or_family_name(w) for w in words.split())


_ADJECTIVES = frozenset({"\u0627\u0644\u062d\u0631"})  # الحر (free)
_IN_NAME_OF = fold_words("\u0628\u0627\u0633\u0645")  # باسم (on behalf of, in 'المتحدث باسم')
_DEEMING = frozenset(  # considered, deemed, described: a first object, then what it is said to be
    fold_words(p + v) for p in ("", "و", "ف") for v in ("اعتبر", "اعتبرت", "عد", "عدت", "وصف", "وصفت", "رأى", "رأت")
)
_LEADING = frozenset(  # returned, came out, hastened, went back: a verb whose subject the next verb, after 'و', shares
    fold_words(p + v + e)
    for p in ("", "و", "ف")
    for v in ("عاد", "رجع", "خرج", "سارع", "بادر", "عاود", "مضى")
    for e in ("", "ت")
)
_SPEECH_AFTER = re.compile(  # right after a verb: a colon or 'إن', then a quotation ('قال: «...»', 'قال إن "..."')
    "\\s*+(?:(?::|\u0625\u0646(?!\\w))\\s*+)?[" + _OPENERS + "]?\u2591"
)
_AS = frozenset(fold_words(w) for w in ("بمثابة", "كأنه", "كأنها"))  # as, as if: what a first object is deemed
# senior, high-ranking, prominent, former, informed: what describes an unnamed official ('مسؤول عراقي رفيع')
_INDEFINITE_ADJECTIVES = frozenset(fold_words(w) for w in "رفيع كبير بارز سابق مطلع".split())


def _introduces(words: str) -> bool:
    """Whether quoted words only introduce what follows: a few words ending with a colon ('إلى ما يأتي:')."""
    words = words.strip()
    return words.endswith(":") and len(words.split()) <= 4


def _folded_in(needle: str, text: str) -> bool:
    return needle in fold_words(text)


class ArabicScript:
    """An :class:`~generator.draft.lang.Attributor` for one Arabic-script language."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self.language = words.language

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis:
        return ArabicScriptReader(self.words, index).analyse(paragraphs, skip)

    def describes_a_speaker(self, word: str) -> bool:
        compiled = self.words.compiled()
        folded = fold_words(word)
        stem = folded[2:] if folded.startswith("\u0627\u0644") else folded
        return stem in compiled.heads or stem in compiled.titles


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
    "لشکر",
    "تیپ",
    "گروه",
    "سپاه",
    "جنبش",
    "حزب",
)

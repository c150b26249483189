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

from generator.draft.lang import Analysis
from generator.draft.lang.arabic_script.sentences import ArabicScriptReader
from generator.draft.lang.arabic_words import Words, fold_words
from generator.draft.names import NameIndex, reading_language
from generator.draft.text import Paragraph


class ArabicScript:
    """An :class:`~generator.draft.lang.Attributor` for one Arabic-script language."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self.language = words.language

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis:
        with reading_language(self.language):  # (a name typed in the other script's letters read as this one's)
            return ArabicScriptReader(self.words, index).analyse(paragraphs, skip)

    def describes_a_speaker(self, word: str) -> bool:
        compiled = self.words.compiled()
        folded = fold_words(word)
        stem = folded[2:] if folded.startswith("\u0627\u0644") else folded
        return stem in compiled.heads or stem in compiled.titles

"""Arabic: verbs of saying and denying, denial cues and the words that end a subject (subject after the verb).

How Arabic news reports a denial, family by family (written from the language, not from articles; made-up examples
for each are in tests/draft/test_arabic_script_lexicon.py; و and ف may be written onto any verb):

- verbs of denying: نفى نفت نفوا نفتا، ينفي تنفي ينفون ينفيان، ننفي؛ كذب كذبت كذبوا يكذب؛ دحض؛ فند يفند؛ أنكر؛ تبرأ تنصل
  من (``deny_verbs``)
- the object written on: نفته نفاه (وهو ما نفته الحركة) (``deny_verbs``)
- participles: نافيا مكذبا مفندا منكرا داحضا رافضا (``deny_verbs``)
- rejecting claims only: رفض رفضوا يرفضون الاتهامات/المزاعم/مزاعم X/اتهامها (not المقترح، دخول، التعليق، الانسحاب،
  الهدنة، أن تنفي: refusing what is no claim denies nothing) (``reject_verbs``, ``proposals``, ``declining``, the reader)
- claims condemned: استنكر الاتهامات، ندد بالمزاعم، أدان هذه الادعاءات (not أدان الهجوم) (``cue_patterns``)
- answering claims: رد على الادعاءات؛ ردا على الأنباء ... لم (``respond_verbs``, ``reacting``)
- verbal nouns: سارع إلى نفي/تفنيد/إنكار؛ جدد نفيه/دحضه/إنكاره، رفضه الاتهامات (not رفضه للمقترح)؛ أصدر نفيا/تكذيبا؛ وفي
  نفي/دحض/تفنيد/إنكار/رفض للأنباء، قال ...؛ في بيان نفت فيه (``own_denials``, ``deny_verbs`` and the reader)
- untrue: لا صحة؛ لا أصل له؛ معلومات مغلوطة/خاطئة؛ عار(ية) (تماما) عن/من الصحة؛ لا أساس له من الصحة؛ غير صحيح؛ ليس
  صحيحا؛ عدم صحة (``deny_cues``); of information or reports with the article: المعلومات غير الدقيقة/الصحيحة
  (``cue_patterns``)
- lies, fabrication: أكاذيب كذبة افتراء(ات) أباطيل أراجيف أضاليل هراء ترهات؛ مفبركة ملفقة مختلقة مزورة زائفة؛ نسج الخيال
  (``deny_cues``)
- claims dismissed: ادعاءات باطلة؛ واهية؛ مزاعم سخيفة؛ مجرد/محض مزاعم؛ كيدية مغرضة؛ ليس كما يزعم؛ لا تعدو كونها؛
  لا تستند إلى (``deny_cues``); claims that are nothing but: المزاعم ليست سوى / ما هي إلا (``cue_patterns``); the
  claims as what a speaker's words are about: قال إن ادعاءات ... تأتي في محاولة؛ أن اتهام X ... يكشف؛ words or
  confessions called unreal: كلام غير واقعي، اعترافات غير واقعية؛ the opposite of what is published: العكس عما تنشره
  وسائل الإعلام؛ the claims at hand: قال إن «هذه الاتهامات ...»؛ claims called wrong: اتهامات خاطئة، الاتهامات الخاطئة؛
  without evidence: اتهام ... دون سند، المزاعم تفتقر إلى أي دليل؛ a document forged: تزوير خطاب (``cue_patterns``)
- one report or claim void or erroneous: الخبر ... باطل، الأنباء ... مغلوطة (``cue_patterns``); of any truth, contrary
  to the truth, calumny: عارية من أي صحة؛ مخالفة للحقيقة؛ بهتان (``deny_cues``)
- rumours, misleading: شائعات إشاعة؛ مضللة؛ حملة تضليل؛ بروباغندا؛ بعيدة (كل البعد) عن / مجافية / منافية للحقيقة؛ بعيدة عن
  الواقع؛ لا تعكس الحقيقة
  (``deny_cues``)
- staged, not worth an answer: مسرحية مسرحيات (not المسرحية, the play; ``cue_patterns``)؛ لا تستحق الرد (``deny_cues``)
- no link, role, responsibility: لا علاقة؛ عدم تورطها/صلتها/مسؤوليتها؛ لا صلة؛ لا يد؛ ليس/لم يكن لها أي دور؛ لا تمت
  بصلة؛ بريئة من؛ غير مسؤولة عن (``deny_cues``, ``cue_patterns``)
- none exists: لا يوجد/توجد أي؛ لا وجود؛ عدم وجود، عدم تواجد؛ لا يوجد هكذا/مثل (``deny_cues``, ``cue_patterns``)
- a report called a conspiracy or the enemies' work: الأنباء مؤامرة؛ الخبر من عمل/صنع ...؛ making news up: تختلق يختلقون
  تلفق تفبرك؛ still alive, answering a report of a death: لا يزال حيا، ما زال على قيد الحياة، حي يرزق (``cue_patterns``,
  ``deny_cues``)
- a call not to be swayed by a side's media: ألا تتأثر بالتقارير التي نشرها الإعلام المقرب من ...؛ عدم الانجرار وراء ما
  تبثه المواقع المعادية (not the call alone: عدم الانسياق وراء أخبار غير مؤكدة) (``cue_patterns``)
- first person, quoted: "ننفي ..."، "نفينا"، "رفضنا الاتهامات"، "لم نطلق"، "نحن لسنا"، "لسنا مسؤولين"، "لا علاقة لنا"
  (``deny_verbs``, ``negated_that``, cues); a denier's words restating a denial: لا علاقة، لا صلة، لا دخل ...؛
  staying put: في مواقعها، في جميع المواقع، باقية في (``restating``)
- that it did not: أكد أنه لم ...؛ قالت إنها "لم ..." (``negated_that``)
- not this but that, correcting an account: لم يتم إعدامهما، بل قتلا؛ ليس انسحابا بل ... (not لم يقتصر ... بل) (``cue_patterns``)

- doubting or ruling out a report's truth, scoffing at claims: شكك في صحة؛ استبعد صحة؛ سخر من الاتهامات (``cue_patterns``)
- the passive with an agent: تم نفي ... من قبل X (the reader); 'that <its own body> did not', said by the body or its
  spokesman: قال المتحدث باسم الحركة إن الحركة لم ... (the reader)

Not yet: 'we have no' (ليس لدينا), 'that <another's noun> did not' (إن الحكومة لم تطلب), both as often plain statements.
Guards: a negated verb of denying (لم يكذب، لا ينفي، «لا ننفي ولا نؤكد») or one that could not be made (لم يستطع نفي),
a manner (بشكل غير صحيح), 'wrong' alone (سياسات خاطئة), a warning to whoever spreads false news, 'no role but' (لا دور
لها سوى), a negated cue (ليست مفبركة), flimsy pretexts (بذرائع واهية).
"""

from __future__ import annotations

from generator.draft.lang.arabic_script import ArabicScript
from generator.draft.lang.arabic_script.patterns import LIED_AR_PATTERN, NUMBERS_AR
from generator.draft.lang.arabic_words import Words, split_words

# A report or claim ('and' or 'so' written on, its article or none), then up to six words to what it is called,
# folded: 'والاتهامات التي وجهها ... ' before 'سخيفة'.
_A_REPORT_THEN_WORDS = (
    r"[وف]?(?:ال)?(?:خبر|نبا|انباء|اخبار|ادعاء|ادعاءات|اتهام|اتهامات|مزاعم|تقرير|تقارير|روايه|معلومات)"
    r"(?:\s+[^\s.\u060c,:\u061b]+){0,6}?\s+"
)

ARABIC_WORDS = Words(
    language="ar",
    verb_first=True,
    # masculine and feminine past, and present forms; و and ف written onto them are allowed by ``prefixes``
    verbs=split_words(
        "قال قالت يقول تقول أضاف أضافت يضيف تضيف أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح تابع تابعت ذكر ذكرت "
        "أشار أشارت يشير تشير شدد شددت يشدد أعلن أعلنت بين بينت يبين أصدر أصدرت لفت لفتت اعتبر اعتبرت رأى رأت صرح صرحت كشف كشفت "
        # 'عدّ' (deemed), only as 'عدّ X الهجوم خرقا' (a first object, then what it is deemed): not 'وعد' (promised)
        "عد عدت "
        "دعا دعت يدعو تدعو حذر حذرت يحذر تحذر أفاد أفادت أردف أردفت زعم زعمت أكمل اختتم اختتمت هدد هددت توعد توعدت طالب طالبت "
        "استنكر استنكرت أدان أدانت جدد جددت أعرب أعربت نوه نوهت أفصح أفصحت صرّح أبلغ أبلغت يرى ترى "
        "وصف وصفت يصف تصف انتقد انتقدت هاجم هاجمت رحب رحبت تعهد تعهدت ختم ختمت ادعى ادعت يدعي تدعي "
        "رد ردت يرد ترد رده ردها "
        # 'ما قاله X' (what X said), the claim a denial answers
        "قاله قالته "
        # commenting, answering, admitting, tweeting; and the plural of the usual verbs ('قالوا'), which news
        # uses for a group or several officials
        "غرد غردت علق علقت أجاب أجابت تساءل تساءلت أقر أقرت اعترف اعترفت أورد أوردت نبه نبهت "
        "قالوا أكدوا أضافوا أوضحوا ذكروا أشاروا اتهم اتهمت "
        # writing (a post, a tweet: 'وكتب X في تغريدة'), and the present plural
        "كتب كتبت يقولون "
        # the present of declaring, announcing, writing and tweeting ('ويصرح X بأن ...', 'وتعلن الوزارة أن ...'): a
        # verb of saying only with a subject and its speech after it, never in a headline (``PRESENT_SAYING``); not
        # the present of 'تابع' nor of 'ذكر', also following and remembering, nor 'تشدد', also a noun
        "يصرح تصرح يعلن تعلن يكتب تكتب يغرد تغرد "
        # asserting categorically ('جزم X بأن ...')
        "جزم جزمت يجزم "
        # going on ('وواصل X: "..."'): a verb of saying only before quoted words (``going_on``)
        "واصل واصلت "
        # addressing ('وخاطب البيان X بالقول: ...', 'وتوجه البيان إلى X قائلا'): a verb of saying only with 'by saying'
        # or a colon after whom it addresses (``addressing``; not 'وتوجه الوفد إلى العاصمة', headed for)
        "خاطب خاطبت توجه توجهت "
        # condemning, as statements do ('نددت الحركة بالاتهامات', 'X تندد بـ...: ...')
        "ندد نددت يندد تندد "
        # doubting, ruling out, scoffing: a denial when what they take is a report's truth or the claims
        # (``cue_patterns``), else what the speaker said
        "شكك شككت يشكك تشكك استبعد استبعدت يستبعد تستبعد سخر سخرت "
        # going on, adding a qualification ('واستطرد: "..."', 'واستدرك قائلا'), as 'أردف' and 'تابع'
        "استطرد استطردت استدرك استدركت "
        # concluding, as 'أكمل' and 'اختتم' ('وأتم: "..."'); deeming likely, as sources and analysts put what they
        # expect ('ورجحت المصادر "..."', 'رجح X أن ...'): past forms only ('يرجح أن' is also 'it is likely that')
        "أتم أتمت رجح رجحت رجحوا "
        # speaking of, only as the relative verb of a report ('تقرير نشرته X تحدث عن "..."', ``TALKED_OF``)
        "تحدث تحدثت "
        # regretting, as a body's statement does ('وأسفت الوزارة "لما نشرته الصحيفة"'); not 'أسف' (also the noun
        # 'regret': 'بكل أسف')
        "أسفت "
        # wishing to clarify or to stress, as a body's statement writes it ('تود وزارة X توضيح الآتي:'): only so
        # (``_CLARIFIES_AFTER``)
        "تود يود"
    ),
    # 'رد على الادعاءات' (answered the claims): answering claims is rebutting them; answering alone is not
    respond_verbs=split_words("رد ردت يرد ترد رده ردها"),  # ('وفي رده على الاتهامات', in his answer to)
    # a reaction ('بمثابة رد فعل على "..."'): a noun, whose 'فعل' is no one who answered
    noun_phrases=("رد فعل", "ردة فعل", "ردود فعل", "ردود الفعل", "رد الفعل", "ردة الفعل"),
    # 'ردا على سؤال حول الاتهامات، قال X إن "... لم ..."': a negated answer to a claim
    reacting=("ردا على", "رداً على", "تعليقا على", "تعليقاً على", "تعقيبا على", "تعقيباً على"),
    negations=split_words("لا لم ليس ليست لسنا لست ليسوا"),
    # a denier's own 'did not', 'is not', 'there is no', 'no link', 'no truth', 'we know nothing of' (not 'لا' alone:
    # 'لا يزال' still, 'لا سيما' especially, 'لا يسمح' does not allow)
    restating=(
        *split_words("لم ليس ليست لسنا لست ليسوا"),
        *("لا يوجد", "لا توجد", "لا وجود", "لا علاقة", "لا صلة", "لا دور", "لا أساس", "لا صحة", "لا نعلم", "لا علم"),
        # nothing to do with it ('لا دخل للحركة بالأمر'), as 'لا علاقة'
        "لا دخل",
        # the same with 'لا' typed onto the word ('لاوجود لأي قوات'), as news copy often has it
        *("لايوجد", "لاتوجد", "لاوجود", "لاعلاقة", "لاصلة", "لادور", "لاأساس", "لاصحة", "لادخل"),
        # the absolute 'no' before a noun of intent, plan, presence or truth ('أكد أنه لا نية للحركة ...')
        *("لا نية", "لا نوايا", "لا خطة", "لا خطط", "لا تواجد", "لا حقيقة", "لانية", "لاخطة", "لاحقيقة"),
        # does not belong to, is not present ('هذا الشخص لا ينتمي إلى الحركة', 'لا نتواجد في المدينة'), as 'لا وجود'
        # and 'لا صلة' (not 'لا نملك', we have no choice, nor 'لا نقف مكتوفي الأيدي', we will not stand idle)
        *("لا ينتمي", "لا تنتمي", "لا ننتمي", "لا ينتمون", "لا يتواجد", "لا تتواجد", "لا نتواجد", "لا يتواجدون"),
        # (and the participle negated: 'لأشخاص غير تابعين للحركة', of people not belonging to the movement)
        # (with the article too, after a definite noun: 'الأشخاص غير التابعين للحركة')
        *(
            f"غير {article}{word}"
            for article in ("", "ال")
            for word in ("تابع", "تابعة", "تابعين", "تابعون", "منتم", "منتمية", "منتمين", "منتمون")
        ),
        # does not back, arm, fund, send to or meddle in a side ('شدد على أن طهران لا تدعم الحوثيين عسكريا', 'لا نرسل
        # مقاتلين'): what one charged with backing says again after denying it (not 'لا' with any verb: 'لا يسمح'); the
        # plural too, as 'لا ينتمون' above ('إن مقاتليه لا يدعمون المتمردين')
        *(
            f"لا {verb}"
            for stem in ("دعم", "سلح", "مول", "رسل", "تدخل")
            for verb in (f"ي{stem}", f"ت{stem}", f"ن{stem}", f"ي{stem}ون")
        ),
        # forces in their positions, after a denial of their withdrawal ('أكدت الهيئة أن قواتها متواجدة في مواقعها'): the
        # denier saying how things are instead
        *("في مواقعها", "في مواقعهم", "في مواقعنا", "بمواقعها", "بمواقعهم", "بمواقعنا"),
        # (and in every position, 'القوات باقية في جميع المواقع التي تتواجد فيها', 'في كل مواقعها')
        *(f"في {every} {where}" for every in ("جميع", "كل", "كافة") for where in ("المواقع", "مواقعها", "مواقعهم")),
        # staying, the participle, after a denial of a withdrawal, a departure or a resignation ('القوات باقية في
        # المدينة', 'نحن باقون هنا', 'الوزير باق في منصبه'): the denier saying how things are instead
        *("باقية في", "باقون في", "باقين في", "باق في", "باقيا في", "باقون هنا", "باقية هنا"),
    ),
    # 'is not new, not strange, not surprising' ('الاتهام ليس بجديد', 'ليس غريبا أن ...'), folded: negated, they
    # assert (the claim is an old one), as Persian 'شکی نیست' (no doubt); they restate no denial
    not_restating=r"(?:ليس|ليست|لم\s+يكن|لم\s+تكن)\s+(?:ب|من\s+ال)?(?:جديد|غريب|مستغرب)[اه]?",
    # (and the singular: 'ووصفت الحركة التقرير بأنه ...', 'نفى المصدر الخبر', where the subject ends)
    claim_words=split_words(
        "الادعاءات الاتهامات المزاعم الأنباء التقارير الشائعات الأخبار المعلومات "
        "الادعاء الاتهام التقرير الخبر النبأ الرواية الروايات الإعلان التصريحات "
        # and without the article, as the first noun of a construct ('مزاعم مسؤولي الحكومة', the officials' claims;
        # not 'أنباء' nor 'تقارير', which name agencies and speak: 'وكالة أنباء', 'وأفادت تقارير')
        "ادعاءات اتهامات مزاعم ادعاء اتهام "
        # rumours, with or without the article ('تحرير الشام تنفي شائعات اقتحام ...': the subject ends before them)
        "شائعات إشاعات الإشاعات"
    ),
    # 'أكد أنه لم ير ...', 'مشيرا إلى أنه ليس ...', a quotation 'إنني لم أر ...': the speaker says that he or
    # it did not do or is not something, the shape of a denial (as 'said it did not' in English)
    negated_that=(
        r"(?:(?:الي|إلي)\s+)?[بل]?[اأإ]ن(?:ه|ها|هم|ني|نا|نني|ننا)?\s+",
        # (and the absolute 'no' before a noun of intent, plan or presence: 'أكد أنه لا نية لـ...'; no role, link or
        # truth are cues of their own, which know 'لا دور لها سوى')
        r"(?:لم|ليس|ليست|لست|لسنا|ليسوا|لا\s+(?:نيه|نوايا|خطه|خطط|تواجد)(?!\w))",
        r"(?:(?:نحن|[اأ]نا)\s+)?(?:لم\s+[اأن]\w+|لست|لسنا)",  # the first person: 'لم أر', 'نحن لسنا'
    ),
    # a headline's label before a colon ('عاجل:', breaking), not its speaker
    kickers=split_words("عاجل خاص بالفيديو بالصور فيديو تقرير حصري شاهد"),
    # 'كل من ينشر أخبارا كاذبة' (whoever spreads false news): a warning; 'لا يقوى إلا على نشر الأكاذيب' is a rebuttal
    spreading=(
        *("من ينشر", "من ينشرون", "من يروج", "من يروجون", "من يبث", "ناشري", "مروجي"),
        # 'حذرت من نشر الشائعات' (warned against spreading rumours)
        *("من نشر", "من ترويج", "من بث", "من تداول"),
        # a manner: 'نفذت بشكل غير صحيح' (carried out incorrectly) calls no report false; pretexts: 'بذرائع واهية'
        # (on flimsy pretexts) accuses someone else, it denies nothing
        *("بشكل", "بصورة", "بطريقة", "ذرائع", "بذرائع", "حجج", "بحجج", "حجة", "بحجة"),
    ),
    # 'حذرت الوزارة (المواطنين) من (الانجرار وراء) الشائعات' (warned against rumours): a warning, as 'من ينشر'; the
    # verb, its subject and object, then 'من'
    # and a call not to be drawn after them ('دعا المواطنين ووسائل الإعلام إلى عدم الانسياق خلف الأخبار المفبركة', 'يدعو
    # وسائل الإعلام إلى عدم الانجرار وراء حملات التضليل'): news in general warned against, as after 'حذر من'
    # the people, the citizens, the public (opinion), the nation, after 'against', 'targeting' or 'aimed at'; with the
    # article or with an owner's ending, ours, his, its, theirs ('ضد شعبنا', 'تستهدف أبناء شعبنا', 'مواطنيها', 'أمتنا',
    # the 'ة' of 'أمة' written 'ت' before it): the same public; not 'شعبه', his people, which folded is as much 'شعبة', a
    # branch ('ضد شعبة المعلومات', against the information branch, a body)
    aimed_at_public=(
        r"(?:ضد|بحق|[تي]ستهدف|تستهدفان|يستهدفان|مستهدفه|موجهه\s+(?:الي|ضد))\s+(?:ابناء\s+)?"
        r"(?:(?:ال)?(?:شعب|شعوب|مواطنين|راي\s+العام|امه|جماهير)|شعب(?:نا|ها|هم)|(?:شعوب|مواطني|امت|جماهير)(?:نا|ه|ها|هم))"
    ),
    warning=(
        r"(?:[وف]?(?:حذر|حذرت|حذروا|يحذر|تحذر|يحذرون|محذرا|محذره|محذرين|تحذير|التحذير|تحذيره|تحذيرها|تحذيرات)"
        r"(?:\s+[^\s.\u060c,:\u061b]+){0,4}?\s+من"
        r"|[وب]?عدم\s+(?:الانسياق|الانجرار|الانجراف|الانقياد)\s+(?:خلف|وراء))",
        "",
    ),
    # 'وجاء فيه أن ...' (and in it came): the statement named before speaks
    statement_says=(
        *("جاء فيه", "جاء فيها", "جاء في البيان", "جاء في بيان", "ورد فيه", "ورد في البيان"),
        # an announcement, a statement's text ('وجاء في إعلان الحركة:', 'وجاء في نص البيان')
        *("جاء في إعلان", "جاء في الإعلان", "جاء في نص", "ورد في بيان", "ورد في نص"),
        # a letter, as a statement ('وجاء في الرسالة أن', 'وجاء في رسالة صادرة عن X'): its writer's words
        *("جاء في الرسالة", "جاء في رسالة", "جاء في رسالته", "جاء في رسالتها"),
        *("ورد في الرسالة", "ورد في رسالة", "ورد في رسالته", "ورد في رسالتها"),
        # issued by X, the statement after its name ('صدر عن المكتب الإعلامي للحركة البيان التالي:'): X's
        "صدر عن",
    ),
    participles=split_words(
        "مؤكدا مؤكدة مبينا مبينة مضيفا مضيفة موضحا موضحة مشيرا مشيرة لافتا لافتة معتبرا معتبرة "
        "متابعا متابعة مشددا مشددة محذرا محذرة داعيا داعية نافيا نافية واصفا واصفة متهما متهمة معلنا معلنة "
        "مطالبا مطالبة منتقدا منتقدة مستنكرا مستنكرة متسائلا متسائلة قائلا قائلة مختتما مختتمة منوها منوهة "
        "مستدركا مستدركة مكذبا مكذبة مفندا مفندة رافضا رافضة "
        # addressing ('وجاء في البيان مخاطبا X: ...'): the statement's words, to X
        "مخاطبا مخاطبة"
    ),
    deny_verbs=split_words(
        "نفى نفت ينفي تنفي نفي رفض رفضت يرفض ترفض كذب كذبت فند فندت نافيا نافية أنكر أنكرت ينكر تنكر "
        # the first person, as a statement quoted whole writes it ('ننفي بشكل قاطع')
        "ننفي أنفي نرفض أرفض ننكر نكذب دحض دحضت يدحض تدحض نفوا يكذب تكذب "
        # with the object written onto the verb ('وهو ما نفته الحركة', which the movement denied)
        "نفته نفاه نفتها نفاها تكذيب "
        # disowning what is attributed to the speaker ('تبرأت الحركة من البيان المنسوب إليها')
        "تبرأ تبرأت يتبرأ تتبرأ "
        # participles: denying, belying, refuting, rejecting ('مكذبا الأنباء')
        "مكذبا مكذبة مفندا مفندة رافضا رافضة "
        # the paradigms news uses, of a body or of several officials: he, she, they (past); he, she, they, the two
        # (present); disowning ('تنصلت الحركة من الهجوم') as 'تبرأ'; the participles of denying and refuting
        "نفتا ينفون ينفيان تنفيان كذبوا يكذبون دحضوا يدحضون فندوا يفند تفند يفندون أنكروا ينكرون "
        "تنصل تنصلت تنصلوا يتنصل تتنصل تبرأوا تبرؤوا منكرا منكرة داحضا داحضة "
        "رفضوا يرفضون "
        # distancing oneself ('نأت الحركة بنفسها عن الهجوم', 'ينأى بنفسه عن البيان'), as 'تنصل' disowns; rejecting
        # only, as 'تنصل', since a side keeping out of a war ('نأى لبنان بنفسه عن الصراع') denies nothing
        "نأى نأت نأوا ينأى تنأى ننأى "
        # the first person past, in a quoted statement ('نفينا مرارا', we have denied repeatedly)
        "نفينا رفضنا "
        # the feminine passive (was denied), its vowel often left out ('ونُفيت الأنباء', 'ونفيت هذه التقارير'): the
        # reader gives it the one who denied last, as 'نُفي'
        "نفيت "
        # the verbal nouns of refuting and disowning, as 'نفي' and 'تكذيب' ('سارعت الوزارة إلى تفنيد الأنباء', 'وفي
        # إنكار للاتهامات، قال ...'); 'لا يمكن إنكار' (it cannot be denied) affirms (``ABLE``)
        "تفنيد إنكار"
    ),
    proposals=split_words(
        "مقترح اقتراح مقترحات مشاركة دعوة دعوات طلب مبادرة عرض مشروع وساطة تفاوض مفاوضات حوار انسحاب تسليم شروط "
        # entry refused, a decision or an extension rejected ('رفضت السلطات دخول الوفد'); promises and commitments
        # reneged on ('تنصلت من وعودها')
        "دخول قرار تمديد استقبال وعود وعوده وعودها التزامات التزاماته التزاماتها تعهدات تعهداته تعهداتها"
    ),
    # what is announced, confirmed or ordered: an act or an event, named by its verbal noun in construct with what it
    # is of ('أعلن انتهاء الهدنة', 'أكد اعتقال ثلاثة'). Written from the language: the common verbal nouns of news on
    # fighting and politics, in their indefinite form (no subject of a verb of saying opens with one), and 'التوصل'
    # (reaching an agreement), which takes the article. Not 'تحسين', 'نجاح' or 'انتصار' (also given names), 'فتح' (the
    # movement), 'تحرير' (in names: 'هيئة تحرير الشام'), 'تشكيل' (also a formation: 'نفى تشكيل "سرايا النور"') nor
    # 'حل' (also a solution)
    acts=split_words(
        "انتهاء إنهاء بدء انطلاق إطلاق استئناف وقف إيقاف تعليق تمديد تأجيل إلغاء تأسيس إنشاء دمج "
        "انسحاب اعتقال مقتل إلقاء إغلاق رفع فرض إعادة تنفيذ استهداف إسقاط تدمير سقوط فشل "
        "تسليم تسلم إرسال نشر اغتيال اختطاف إصابة استشهاد حظر تعيين إقالة استقالة توقيع إحباط ضبط مصادرة "
        # supplying, arming, funding, smuggling, training ('نفت إيران إمداد الجماعة بالصواريخ', 'نفى الجيش تزويد
        # الفصائل بالسلاح'): what a side is accused of doing for another
        "إمداد تزويد تسليح تمويل تهريب تدريب "
        # leaving, fleeing, arriving, entering ('زعمت خروج X من البلاد', claimed X's departure): a side's movement
        "خروج مغادرة هروب فرار وصول دخول "
        # presence and occurrence, the commonest objects of denying ('نفى X وجود قوات', 'نفت وقوع اشتباكات'): their
        # first letter is not 'and' ('وجود' after a name is no second man called 'جود')
        "وجود وقوع "
        "التوصل"
    ),
    # 'its denial', 'its refutation' with a verb of going on or renewing ('واصلت X تفنيدها', 'جدد X نفيه')
    # and a denial issued ('أصدرت الوزارة نفيا قاطعا', 'أصدرت الحركة تكذيبا للتقارير')
    own_denials=(
        *split_words("نفيا تكذيبا تفنيدا"),
        # (and refuting, disowning: 'جدد X دحضه الاتهامات', 'جددت إنكارها'; one's own rejection only before claims),
        # with every owner: his, hers, theirs, the two's ('جدد الحزبان نفيهما')
        *(noun + owner for noun in ("نفي", "تفنيد", "تكذيب", "دحض", "إنكار") for owner in ("ه", "ها", "هم", "هما")),
    ),
    declining=split_words("التعليق الإدلاء"),  # ('رفض التعليق', 'رفض الإدلاء بأي تصريح': declined to comment)
    # (and disowning, 'تنصل من', which also reneges on promises: 'تنصلت الحكومة من وعودها' denies nothing)
    reject_verbs=split_words(
        "رفض رفضت يرفض ترفض نرفض أرفض رافضا رافضة رفضوا يرفضون رفضنا تنصل تنصلت تنصلوا يتنصل تتنصل "
        "نأى نأت نأوا ينأى تنأى ننأى"
    ),
    deny_cues=(
        "عارية من الصحة",
        # (and of any truth, 'عارية من أي صحة', 'أية' as often as 'أي'); contrary to the truth; a calumny, a false
        # charge in every sense
        *(f"{bare} {of} {any_} صحة" for bare in ("عارية", "عار") for of in ("من", "عن") for any_ in ("أي", "أية")),
        *("مخالفة للحقيقة", "مخالف للحقيقة", "بهتان"),
        "باطلة",
        "أنباء كاذبة",
        "لا يوجد أي",
        "عار من الصحة",
        "لا أساس لها",
        "لا أساس له",
        "كاذبة",
        # (and the masculine: 'هذا ادعاء كاذب', this is a false claim)
        "كاذب",
        "افتراءات",
        "أكاذيب",
        # a sheer, plain lie ('إن ما نشرته القناة كذب محض'), 'كذب' read as the noun, not the verb
        *("كذب محض", "كذب صريح", "كذب مفضوح", "كذب وتضليل", "مجرد كذب", "محض كذب"),
        # misleading, said of the reports ('وصف X ما أوردته القناة بأنه تضليل إعلامي'); not 'التضليل' alone, which one
        # side accuses another of
        *("تضليل إعلامي", "بأنه تضليل", "بأنها تضليل"),
        "شائعات",
        "غير دقيقة",
        "لا صحة",
        "عار عن الصحة",
        "عارية عن الصحة",
        "عارٍ عن الصحة",
        # (the masculine as many pages write it, with its final yā': 'الأخبار ... عاري عن الصحة')
        "عاري عن الصحة",
        "عاري من الصحة",
        "لا أساس له من الصحة",
        "لا أساس لها من الصحة",
        "غير صحيحة",
        "غير صحيح",
        "مفبرك",
        "مفبركة",
        "مزورة",
        # (a forged or planted document, 'خطاب مزوّر ومدسوس')
        "مزور",
        "مدسوس",
        "مدسوسة",
        # 'has no relation to' (the attack, the group)
        "لا علاقة",
        # 'أكدت الوزارة عدم صحة الأنباء' (affirmed the reports' untruth), 'عدم وجود' (the absence of)
        "عدم صحة",
        "عدم وجود",
        # (and 'تواجد', the presence of forces or people: 'أعلن الحرس عدم تواجد أي قوات ...')
        "عدم تواجد",
        # rumours, slander, fabrication, lies, inaccurate
        "إشاعات",
        "إشاعة",
        "افتراء",
        "ملفقة",
        "مختلقة",
        "فبركة",
        "فبركات",
        "تلفيق",
        "أباطيل",
        "غير دقيق",
        # 'not as X claims': the speaker sets the facts against a claim
        "ليس كما",
        "كما تزعم",
        "كما يزعم",
        "كما زعمت",
        "كما زعم",
        "كما تدعي",
        "كما يدعي",
        "مزوّرة",
        "أخبار كاذبة",
        "ادعاءات باطلة",
        "لا وجود",
        # a lie; 'mere claims' ('هو مجرد مزاعم', 'محض ادعاءات')
        "كذبة",
        "مجرد مزاعم",
        "مجرد ادعاءات",
        "محض مزاعم",
        "محض ادعاءات",
        # a mere accusation, mere hearsay ('هو مجرد تهمة', 'مجرد أقاويل'): what was spread, dismissed as no fact
        "مجرد تهمة",
        "مجرد تهم",
        "محض تهمة",
        "مجرد أقاويل",
        "محض أقاويل",
        # fabricated, fake, misleading, far from the truth, bearing no relation to it
        "مختلق",
        "ملفق",
        "زائف",
        "زائفة",
        "مزيف",
        "مزيفة",
        "مضلل",
        "مضللة",
        "بعيدة عن الحقيقة",
        "بعيد عن الحقيقة",
        "بعيدة عن الصحة",
        # far, all the way, from the truth ('بعيدة كل البعد عن الحقيقة'), and far from reality ('بعيدة عن الواقع'), as
        # 'بعيدة عن الحقيقة'
        "كل البعد عن الحقيقة",
        "كل البعد عن الصحة",
        "كل البعد عن الواقع",
        "بعيدة عن الواقع",
        "بعيد عن الواقع",
        "لا تمت",
        "لا يمت",
        # 'not based on any evidence' (claims, accusations)
        "لا تستند إلى",
        "لا يستند إلى",
        # wholly untrue ('عار تماما عن الصحة'), entirely ('جملة وتفصيلا'), contrary to the truth, a figment of
        # the imagination, mere fantasy, nonsense, malicious, lies and rumours (أراجيف، أضاليل), misleading
        # the public, propaganda, 'are nothing but'
        "تماما عن الصحة",
        "تماما من الصحة",
        "جملة وتفصيلا",
        "جملة وتفصيلاً",
        "مجافية للحقيقة",
        "مجاف للحقيقة",
        "مجافية للواقع",
        "تجافي الحقيقة",
        "يجافي الحقيقة",
        "منافية للحقيقة",
        "مناف للحقيقة",
        "منافية للواقع",
        "خلاف الحقيقة",
        "نسج الخيال",
        "محض خيال",
        "هراء",
        "ترهات",
        "كيدية",
        "مغرضة",
        "أراجيف",
        "أضاليل",
        "تلفيقات",
        "اختلاق",
        "حملة تضليل",
        # (and with the article on its second noun, 'استمرار لحملة التضليل', a campaign of disinformation; the plural)
        "حملة التضليل",
        "حملات تضليل",
        "حملات التضليل",
        "تضليل الرأي العام",
        "تضليلية",
        # (and the masculine: 'هذا السلوك التضليلي', this misleading conduct)
        "تضليلي",
        # falsifying, distorting or turning the facts ('تأتي ضمن تزييف الحقائق', 'حملة لتشويه الحقائق', 'قلب
        # الحقائق'): what is answered is called a falsification, as 'تضليل الرأي العام'
        *(
            f"{verb} {facts}"
            for verb in ("تزييف", "تزوير", "تحريف", "تشويه", "قلب")
            for facts in ("الحقائق", "للحقائق")
        ),
        # words said to contradict the facts, reality or the official messages and positions ('هذا الكلام يتناقض مع
        # الرسائل الرسمية', 'تتعارض مع الحقائق'): the speaker denies the words he calls so, as 'منافية للحقيقة'
        *(
            f"{verb} مع {what}"
            for verb in ("يتناقض", "تتناقض", "يتعارض", "تتعارض", "يتنافى", "تتنافى")
            for what in (
                *("الحقائق", "الحقيقة", "الواقع"),
                *("الرسائل الرسمية", "الموقف الرسمي", "المواقف الرسمية", "البيانات الرسمية", "التصريحات الرسمية"),
            )
        ),
        "بروباغندا",
        # (and its Egyptian and Persian-typed spellings, 'بروباجندا', 'بروپاگاندا', the same word)
        "بروباجندا",
        "بروپاگاندا",
        "دعاية مغرضة",
        "لا تعدو كونها",
        "لا يعدو كونه",
        "لا تعدو أن تكون",
        "لا يعدو أن يكون",
        # innocent of, not responsible for ('غير مسؤولة عن الهجوم'; 'غير مسؤول' alone is 'irresponsible')
        "بريئة من",
        "بريء من",
        "براءتها من",
        "براءته من",
        "غير مسؤولة عن",
        "غير مسؤول عن",
        "ليست مسؤولة عن",
        "ليس مسؤولا عن",
        "لا تتحمل أي مسؤولية",
        "لا يتحمل أي مسؤولية",
        # not true, not reflecting the truth, 'there are no ...' (as 'لا يوجد أي')
        "ليس صحيحا",
        "ليس صحيحاً",
        "ليست صحيحة",
        "لا تعكس الحقيقة",
        "لا يعكس الحقيقة",
        "لا تعكس الواقع",
        "لا يعكس الواقع",
        "لا توجد أي",
        # without origin ('لا أصل له من الصحة'), erroneous, flimsy, absurd; wrong information or reports
        # ('خاطئة' alone also qualifies policies and choices)
        "لا أصل له",
        "لا أصل لها",
        # (erroneous information or reports; 'المفاهيم المغلوطة', misconceptions, deny nothing)
        "معلومات مغلوطة",
        "أنباء مغلوطة",
        "أخبار مغلوطة",
        "رواية مغلوطة",
        "تقارير مغلوطة",
        "واهية",
        "مزاعم سخيفة",
        "ادعاءات سخيفة",
        "اتهامات سخيفة",
        "معلومات خاطئة",
        "أنباء خاطئة",
        "أخبار خاطئة",
        "تقارير خاطئة",
        # not worth an answer ('ادعاءات لا تستحق الرد')
        "لا تستحق الرد",
        "لا يستحق الرد",
        # making news up, said of whoever published it ('الجهة التي نشرت ... تحاول أن تختلق الأخبار', 'يختلقون')
        *("تختلق", "يختلق", "يختلقون", "تلفق", "يلفق", "يلفقون", "تفبرك", "يفبرك", "يفبركون"),
        # (with the news made up written on as 'it': 'أخبار تختلقها', news it makes up)
        *("تختلقها", "يختلقها", "يختلقونها", "تلفقها", "يلفقها", "يلفقونها", "تفبركها", "يفبركها", "يفبركونها"),
        # a lie brought, persisting in lying, illusions ('من تغدى بكذبة', 'تمادى في الكذب', 'أهدافه أوهام'): a claim
        # called a lie is denied; not 'اتهمه بالكذب' (accused him of lying), an accusation
        *("بكذبة", "بأكاذيب", "في الكذب", "أوهام"),
        # lies and slanders with their owner written on ('ترفض حقد الوزير وأكاذيبه', his lies): his claims called lies
        *("أكاذيبه", "أكاذيبها", "أكاذيبهم", "افتراءاته", "افتراءاتها", "افتراءاتهم"),
    ),
    # 'ليست مفبركة', 'ليس مجرد مزاعم', 'ليست بعيدة عن الحقيقة' (not fabricated, not mere claims, not far from the
    # truth) unsay the cue; 'ليست سوى أكاذيب' (nothing but lies) keeps it, a word standing between
    cue_negated=(r"ليس|ليست|ليسوا|لسنا|لم\s+تكن|لم\s+يكن", ""),
    # no role, hand, link or tie ('ليس لها أي دور في', 'لم يكن له أي دور', 'لا يد لها', 'لا صلة لنا'), folded
    cue_patterns=(
        # whoever a speaker's 'that' names said to lie ('وقال X إن الاحتلال يكذب', 'إن الوزارة كذبت حين ...'): the
        # speaker denies what the liar said
        LIED_AR_PATTERN,
        # one report, claim or account called false in the masculine ('الخبر عن انسحاب القوات باطل', 'هذا الادعاء
        # باطل'), as 'باطلة' of reports and claims; 'باطل' alone is also void (a contract, a vote) and a falsehood in a saying
        # ('حق يراد به باطل'), a judgement of no report
        # (and reports or claims called erroneous, 'الأنباء عن ... مغلوطة', a word that alone also qualifies notions:
        # 'المفاهيم المغلوطة'; not 'غير حقيقية', which in a report's words is as often said of names or firms)
        # (with 'and' or 'so' written on: 'والخبر ... باطل', 'فالادعاء ... باطل'; 'زعم' with its article only, since
        # bare it is the verb 'claimed': 'وزعم X أن العقد باطل' says a contract is void, denies no report; and what the
        # media spread, published or carried, 'ما تداولته وسائل الإعلام عن ... مغلوطة', 'وما يتم تداوله': the reports by
        # what was done with them, 'and' or 'so' written on 'ما' as on the nouns)
        r"[وف]?(?:(?:ال)?(?:خبر|نبا|انباء|اخبار|ادعاء|ادعاءات|اتهام|اتهامات|(?<=ال)زعم|مزاعم|كلام|تقرير|تقارير|روايه|معلومات)"
        r"|ما\s+(?:[تي]?(?:تداول|تناقل|نشر|روج|بث|اورد|نقل)|ي?تم\s+(?:تداول|نشر))[^\s.\u060c,:\u061b]*)"
        r"(?:\s+[^\s.\u060c,:\u061b]+){0,6}?\s+[\"\u201c\u00ab]?(?:باطل|مغلوط[هة]?)(?!\w)",
        # a report or claim called silly, illusory, imaginary, laughable, unreal or mere speculation, what it is called
        # set in marks or after 'بأنها' ('وصف الاتهامات بأنها "سخيفة"', 'وصف التقارير بـ"الوهمية"', 'قال إن هذه المزاعم
        # "خيالية"', 'إن الأنباء "مجرد تكهنات"'), or said to lack credibility ('الرواية تفتقر إلى المصداقية'; not accuracy, as often said of what is known); not the
        # word alone after the noun ('تقرير عن الشركات الوهمية', a report on shell companies, denies nothing)
        _A_REPORT_THEN_WORDS + r"(?:(?:ب(?:ان(?:ها|ه)\s+)?)[\"\u201c\u00ab]?|[\"\u201c\u00ab])"
        r"(?:ال)?(?:مجرد\s+|محض\s+)?(?:سخيف|وهمي|خيالي|مضحك|تكهنات|غير\s+واقعي)[هة]?(?!\w)",
        _A_REPORT_THEN_WORDS + r"[\"\u201c\u00ab]?[يت]?فت(?:قر|قد)\s+(?:الي\s+)?(?:ال)?مصداقيه(?!\w)",
        # a verdict in the accusative after a verb of deeming in the present ('ما نشرته القناة يعد "كذبا محضا"', 'يعتبر
        # باطلا', 'تعد عارية عن الصحة'): what is deemed so is called untrue, the accusative's alif the verdict's mark
        # (not 'يعد إنجازا', an achievement; nor the verb negated, 'لا يعد كذبا', is not deemed a lie)
        r"(?<!لا\s)(?<!لم\s)(?<!لن\s)[وف]?[يت](?:عد|عتبر)\s+[\"\u201c\u00ab]?(?:كذبا|باطلا|زايفا|زائفا|مختلقا|ملفقا|مفبركا|مغلوطا|عاريا|عاريه|"
        r"اختلاقا|تلفيقا|افتراء|افتراءا)(?!\w)",
        r"و?(?:لا|ليس|ليست|لم\s+يكن|لم\s+تكن)\s+(?:ل[^\s]{1,3}\s+)?(?:اي\s+)?(?:دور|يد|صله|علاقه)(?!\w)"
        # ('لا دور لها سوى حماية المدنيين', no role but to protect: a role said, none denied)
        r"(?!(?:\s+[^\s]+){0,3}\s+(?:سوي|الا)(?!\w))",
        r"و?لا\s+تربط(?:ه|ها|هم|نا)(?!\w)",
        # no knowledge of it on one's side ('إلا أنه لا علم لنا بها', of the charge; 'لا علم لها بالهجوم'), as a body's
        # 'had no knowledge of the attack'; not a person's own ('لا علم له'), nor of someone's fate or whereabouts
        r"لا\s+علم\s+ل(?:نا|ها|هم)\s+ب(?:ها|ه|ذلك|هذا|هذه|الامر|الهجوم|العمليه|الضربه|القصف|الحادث)(?!\w)",
        # 'أكدت الحركة عدم تورطها' (affirmed its non-involvement), no link, no responsibility; not 'عدم التدخل' or
        # 'عدم المشاركة' (non-interference, not taking part), which are policies
        r"عدم\s+(?:تورط|ضلوع|علاق[هت]|صل[هت]|مسوولي[هت])[^\s]{0,3}(?!\w)",
        # its innocence, then others' joined to it, before 'من' ('أعلنت الحركة براءتها وبراءة حلفائها من الهجوم'), as
        # 'براءتها من'; a few words of one clause between
        r"براءت(?:ها|ه|هم|نا)\s+و(?:[^\s.\u060c,:\u061b]+\s+){1,4}?(?:من|مما)(?!\w)",
        # an attack named first, then 'did not carry it out', its pronoun written onto the verb ('الهجوم على المطار، لم
        # تنفذه الحركة', 'الضربة لم نرتكبها'): who did not is said; not in a relative clause ('العملية التي لم ينفذها
        # الجيش', the operation the army has not carried out), nor 'unless' ('ما لم'), nor 'not yet' ('بعد')
        r"(?<!(?:التي|الذي)\s)(?<!ما\s)(?<!\w)لم\s+[يتن](?:نفذ|رتكب|شن|طلق)(?:ها|ه|هما|هم)(?!\w)(?!\s+بعد(?!\w))",
        # staged, a play put on ('وصف الفيديوهات بأنها مسرحية'): without the article, as what something is called;
        # 'المسرحية' (the play) names a play
        r"[وف]?مسرحي(?:ه|ات)(?!\w)",
        # doubting or ruling out a report's truth ('شككت الحركة في صحة التقرير', 'استبعد صحة الأنباء'), scoffing at
        # claims ('سخر من الاتهامات'); not doubting intentions ('شكك في نوايا')
        # (the subject may stand between: 'استبعد سامي الوردي صحة ...')
        r"(?:[وف]?(?:شكك|شككت|يشكك|تشكك|مشككا|مشككه)(?:\s+\S+){0,4}?\s+(?:في|ب)\s*صحه|"
        r"[وف]?(?:استبعد|استبعدت|يستبعد|تستبعد|مستبعدا|مستبعده)(?:\s+\S+){0,4}?\s+صحه|"
        r"[وف]?(?:سخر|سخرت|يسخر|تسخر|ساخرا|ساخره)(?:\s+\S+){0,4}?\s+(?:من|مما)\s+(?:ال)?"
        r"(?:ادعاءات|مزاعم|اتهامات|تقارير|انباء))(?!\w)",
        # claims that are 'nothing but' something ('ادعاءات X ليست سوى دعاية', 'المزاعم ما هي إلا ...')
        r"(?:ال)?(?:ادعاءات|مزاعم|اتهامات|روايه|تقارير|انباء)(?:\s+\S+){0,6}?\s+(?:ليست|ليس|ما\s+هي)\s+(?:سوي|الا)(?!\w)",
        # a report called a conspiracy or the work of enemies ('ترويج تلك الأنباء مؤامرة', 'النبأ من عمل أعداء الحركة',
        # 'الخبر من صنع الإعلام المعادي'): the report itself, then what it is called
        r"(?:ال)?(?:انباء|اخبار|تقارير|ادعاءات|اتهامات|مزاعم|نبا|خبر|روايه)(?:\s+\S+)?\s+"
        r"[\"\u201c\u201d\u00ab\u00bb]?(?:موامره|من\s+(?:عمل|صنع|تاليف|اختلاق))(?!\w)",
        # a call not to be swayed by reports that a side's or a hostile media put out ('يجب ألا تتأثر المنظمات
        # بالتقارير التي نشرها الإعلام المقرب من التنظيم', 'عدم الانجرار وراء ما تبثه المواقع المعادية'): the reports
        # dismissed as the other side's. Not the call alone ('عدم الانسياق وراء أخبار غير مؤكدة', a plea for care that
        # denies no report), nor the reports of a side named without a call ('أكدت التقارير التي نشرتها وسائل إعلام
        # مقربة من الحكومة', cited as evidence)
        r"(?<!\w)(?:[وف]?لا|[وب]?الا|[وب]?عدم)\s+(?:[تين]?(?:تاثر|نساق|نجر|صدق|نخدع|لتفت)|التاثر|الانسياق|الانجرار|تصديق|الانخداع|"
        r"الالتفات)(?:وا|ن)?\s+(?:(?:وراء|خلف|الي)\s+)?(?:ب|ل)?(?:ال)?(?:تقارير|انباء|اخبار|شا[يئ]عات|ادعاءات|مزاعم|"
        # (the side's word after the media's, 'الإعلام المقرب', 'المواقع المعادية', 'وسائل الإعلام الموالية', or right
        # after the reports: not any side named later, 'عدم الانسياق وراء الشائعات والتعاون مع العشائر المقربة من
        # الحكومة', a call to work with the tribes)
        r"روايات|ما)(?!\w)(?:(?:\s+[^\s.\u060c:\u061b]+){0,6}?\s+(?:ال)?(?:اعلام(?:يه)?|مواقع|قنوات|صحف|منصات|حسابات|"
        r"صفحات|جهات|اوساط|وكالات|ابواق|مصادر))?\s+(?:ال)?(?:مقرب|مقربه|موالي|مواليه|معادي|معاديه|ماجور|ماجوره)(?!\w)",
        # still alive, answering a report of a death ('الزعيم لا يزال حيا', 'ما زال على قيد الحياة', 'حي يرزق'); not the
        # feminine 'حية', said of movements and ideas ('لا تزال حية في القلوب')
        r"(?:لا\s+(?:يزال|تزال)|ما\s+(?:زال|زالت|يزال|تزال))\s+(?:حيا|علي\s+قيد\s+الحياه)(?!\w)|حي\s+يرزق(?!\w)",
        # well, in good health, answering a report of a death or an illness ('الزعيم بخير ويتمتع بصحة جيدة', 'بصحة
        # وعافية'), as 'still alive'; not 'بصحة' alone (a toast, 'بصحة المواطنين', the citizens' health)
        r"[وف]?بخير(?!\w)|[وف]?بصحه\s+(?:جيده|وعافيه|تامه)(?!\w)",
        # in the fullest health ('القائد في أتم الصحة والعافية', 'بكامل صحته', 'في تمام العافية'), the emphatic form
        # of 'بصحة تامة'; not 'الصحة' after another noun ('وزير الصحة'), nor public health ('في كامل الصحة العامة')
        r"(?<!\S)(?:في|ب)\s*(?:اتم|كامل|تمام)\s+(?:(?:ال)?(?:صحه|عافيه)|صحت(?:ه|ها|هم))(?!\w)(?!\s+(?:العامه|العموميه))",
        # as far as can be from the truth ('هو أمر أبعد ما يكون عن الصواب والصحة'), as 'بعيدة عن الحقيقة'
        r"ابعد\s+ما\s+[يت]كون\s+عن\s+(?:ال\S+\s+)?و?(?:ال)?(?:صحه|حقيقه|صواب|واقع)(?!\w)",
        # 'there is no such' ('لا يوجد هكذا قرار', 'لا توجد مثل هذه الورقة'), the word after often typed onto it
        r"و?لا\s+(?:يوجد|توجد)\s+(?:هكذا|مثل)",
        # rejection as a noun, of claims ('أعربت الوزارة عن رفضها للاتهامات', 'جدد رفضه القاطع للمزاعم'), as the
        # verb 'رفض الاتهامات' and the noun 'جدد نفيه' deny; not of a proposal ('رفضها للمقترح')
        r"رفض(?:ه|ها|هم|نا)(?:\s+\S+)?\s+(?:[لب]?(?:هذه|تلك|هذا|ذلك)\s+(?:ال)?|لل|بال|ال|ل|ب)?"
        r"(?:ادعاءات|مزاعم|اتهامات|تقارير|انباء|اخبار|شائعات|روايه|ادعاء|اتهام|تقرير|خبر|نبا)(?!\w)",
        # claims condemned ('استنكرت الحركة الاتهامات', 'ندد X بالمزاعم'), as Persian 'این ادعاها را محکوم کرد' and as
        # 'رفض الاتهامات': dismissed; the claims right after the verb and its subject (an attack condemned denies nothing)
        r"[وف]?(?:استنكر|استنكرت|يستنكر|تستنكر|مستنكرا|مستنكره|ندد|نددت|يندد|تندد|منددا|مندده|ادان|ادانت|يدين|تدين)"
        r"(?:\s+[^\s.\u060c:]+){0,4}?\s+(?:[بل]?(?:هذه|تلك)\s+)?(?:[بل]?ال|لل|[بل])?"
        r"(?:ادعاءات|مزاعم|اتهامات|شائعات|اكاذيب|افتراءات)(?!\w)",
        # the claims as what the speaker's words are about ('قالت الحركة إن ادعاءات بثها الإعلام تأتي في محاولة ...',
        # 'أضاف أن اتهام الكتائب بقصف المطار يكشف عجزهم'): who says 'that the claims ...' judges them, reports none;
        # also when they point at the claims at hand, quoted or not ('قال X إن «هذه الاتهامات تأتي ...»', 'زعم أن "تلك
        # الاتهامات محاولة لصرف الانتباه"'); not a quotation that opens with the claims alone ('أن "اتهام الحركة ليس
        # بجديد"', not new: the statement's words, which only a demonstrative ties to the claims denied)
        r"(?<!\w)[وب]?ان\s+(?:[\"\u201c\u201d\u00ab\u00bb]?\s*(?:هذه|تلك|هذا|ذلك)\s+)?"
        r"(?:ال)?(?:ادعاءات|مزاعم|اتهامات|ادعاء|اتهام)(?!\w)",
        # claims called wrong ('هذه اتهامات خاطئة', 'الاتهامات الخاطئة تماما', 'ادعاء خاطئ'), as 'معلومات خاطئة'; the
        # article on both nouns or on neither. Not 'خاطئة' alone ('سياسات خاطئة', wrong policies), nor information
        # with the article ('مكافحة المعلومات الخاطئة' speaks of misinformation in general)
        # (one report too, 'الخبر الخاطئ الذي نشرته الوكالة', the wrong report the agency published, as 'الأنباء
        # الخاطئة')
        r"(?:ال(?:ادعاءات|مزاعم|اتهامات|ادعاء|اتهام|انباء|اخبار|تقارير|روايه|خبر|تقرير)\s+ال|"
        r"(?:ادعاءات|مزاعم|اتهامات|ادعاء|اتهام|خبر|تقرير)\s+)(?:خاطيه|خاطي|مغلوطه|مغلوط)(?!\w)",
        # claims made without evidence or lacking it ('اتهام قوى إقليمية دون سند حقيقي', 'هذه الادعاءات بلا دليل',
        # 'المزاعم تفتقر إلى أي دليل'): the claims, a few words of the same clause, then what they are without;
        # not evidence lacking for anything else ('اعتقل دون دليل', arrested without evidence, accuses no claim)
        r"(?:[وب]?ال|لل)?(?:ادعاءات|مزاعم|اتهامات|ادعاء|اتهام|روايه)(?:\s+[^\s.\u060c,:\u061b]+){0,4}?\s+"
        r"(?:(?:من\s+)?(?:دون|بدون|بلا)|[تي]فتقر\s+(?:الي|ل)|[تي]فتقد(?:\s+(?:الي|ل))?)\s+(?:اي\s+)?(?:ال)?"
        r"(?:سند|دليل|ادله|اثبات|براهين|برهان)(?!\w)",
        # claims called empty or hollow ('مزاعم واشنطن حول الهجوم (فارغة)', 'اتهامات جوفاء'), in a headline after its
        # speaker's colon as well as after 'إن'; not anything else empty ('الخزانات فارغة', the tanks are empty)
        r"(?:[وب]?ال|لل)?(?:ادعاءات|مزاعم|اتهامات|اكاذيب|ادعاء|اتهام|روايه)(?:\s+[^\s.\u060c,:\u061b]+){0,8}?\s+"
        r"[(\"\u201c\u00ab]?(?:فارغه|فارغ|جوفاء)(?!\w)",
        # a side's name said to be dragged or thrust into a matter without evidence ('تحاول زج اسم الحشد في هذه القضية
        # من دون دليل', 'إقحام اسم الحركة في الصراع بلا أي دليل'): the charge that ties it to the matter dismissed, as
        # claims made without evidence are. Not the name dragged in alone ('تدأب بعض الجهات على الزج باسم الحزب فيما
        # يجري'), which a statement sets out as the charge before its denial; nor forces thrown into a battle
        r"(?<!\w)[وف]?(?:ال)?(?:زج|[يت]زج|اقحام|[يت]قحم)\s+(?:ب)?اسم\S*(?:\s+[^\s.\u060c:\u061b]+){1,8}?\s+"
        r"(?:من\s+)?(?:دون|بدون|بلا)\s+(?:اي\s+)?(?:دليل|ادله|سند|اثبات|براهين|برهان)(?!\w)",
        # a document forged, said of whoever forged it ('سعت جهات معادية إلى تزوير خطاب يحمل اسم الوزارة', 'تزوير
        # وثيقة'): the document denied, as 'وثيقة مزورة'; not forging elections or currency, an accusation
        r"[وب]?(?:ال)?تزوير\s+(?:ال)?(?:خطاب|وثيقه|وثائق|بيان|رساله|كتاب|مستند|مستندات|توقيع|مراسله)(?!\w)",
        # words, reports or confessions called unreal ('هذا كلام غير واقعي', 'إرغامه على اعترافات غير واقعية'), as 'غير
        # صحيحة'; not a plan or demands ('مطالب غير واقعية', unrealistic demands), which are judged, not denied
        r"(?:كلام|اعترافات|انباء|اخبار|معلومات|ادعاءات|مزاعم|اتهامات|روايه|تقارير|تصريحات)\s+غير\s+واقعي[هة]?(?!\w)",
        # reports, sayings or claims called untruthful ('الأقاويل غير الصادقة', 'أنباء غير صادقة'), as 'غير صحيحة'; not
        # intentions or promises ('نوايا غير صادقة', insincere), which are charged, not denied
        r"(?:ال)?(?:انباء|اخبار|تقارير|اقاويل|ادعاءات|مزاعم|اتهامات|معلومات|روايه|روايات)\s+غير\s+(?:ال)?صادق[هة]?(?!\w)",
        # claims made out of malice ('إن هذه دعاوى للكيد الممنهج', claims to plot against), as 'ادعاءات كيدية'
        r"(?:ال)?(?:دعاوي|ادعاءات|اتهامات|مزاعم)\s+(?:لل|ل)كيد(?!\w)",
        # the same of information or reports with the article ('تداول المعلومات غير الدقيقة', the inaccurate information);
        # not of anything else ('القرارات غير الصحيحة', the wrong decisions, 'بالطريقة غير الصحيحة', the wrong way)
        r"ال(?:معلومات|انباء|اخبار|تقارير|روايه|ادعاءات|مزاعم|اتهامات)\s+غير\s+ال(?:دقيقه|صحيحه)(?!\w)",
        # reports called exaggerated, or exaggeration found in them ('الأنباء مبالغ فيها', 'مبالغة كبيرة حصلت في
        # الأخبار', 'تهويل إعلامي في الأنباء'), as Persian 'مبالغه‌آمیز'; not exaggeration of anything else ('مبالغ
        # فيها' of prices, 'المبالغة في الإنفاق'); nor what says there is none ('ليست مبالغ فيها', not exaggerated; 'لا
        # مبالغة في الأخبار', 'دون تهويل', no exaggeration), which vouches for the reports
        r"(?:[وب]?ال)?(?:انباء|اخبار|تقارير|ارقام|ادعاءات|مزاعم|روايه|معلومات)(?:\s+[^\s.\u060c,:\u061b]+){0,3}?"
        r"(?<!ليست)(?<!ليس)(?<!غير)\s+مبالغ\s+في(?:ها|ه)(?!\w)",
        r"(?<!لا\s)(?<!دون\s)(?<!بلا\s)(?<!غير\s)(?<!لا\sيوجد\s)(?<!لا\sتوجد\s)"
        r"[وب]?(?:مبالغه|تهويلا?)(?:\s+[^\s.\u060c,:\u061b]+){0,3}?\s+(?:في|ب)\s*ال(?:اخبار|انباء|تقارير|ارقام)(?!\w)",
        # the opposite of what others publish or claim ('ما يحدث هو العكس تماما عما تنشره وسائل الإعلام', 'على عكس ما
        # يروجه الإعلام'): the speaker sets the facts against a report, as 'ليس كما يزعم'
        r"(?:[وب]?ال|ب)?عكس\s+(?:تماما\s+)?(?:عما|مما|ما)\s+(?:[تي](?:نشر|روج|زعم|دعي|داول|ناقل|تداول|تناقل)|نشرت|نشره|روجت|زعمت|زعم)"
        r"[^\s]*",
        # contrary to what others reported ('إن القوات لم تنسحب، خلافا لما أوردته القناة', 'بخلاف ما زعمته الحركة'):
        # the speaker sets the facts against a report, as 'على عكس ما'
        # (not with a time after the verb: 'خلافا لما ذكره في السابق', contrary to what he said before, is a change of
        # the speaker's own stance)
        r"(?<!\S)(?:خلافا|بخلاف)\s+(?:لما|ما)\s+(?:[تي](?:نشر|روج|زعم|دعي|داول|ناقل|تداول|تناقل|ردد)|اورد|نشر|روج|زعم|ادع|ذكر|ردد)"
        r"[^\s]*+(?!\s+(?:في\s+(?:السابق|وقت)|سابقا|مسبقا|من\s+قبل|قبل|امس|انفا|اكثر|مرارا)(?!\w))",
        # part of a psychological war ('الإعلان جزء من الحرب النفسية', 'يأتي ضمن حرب نفسية'): a report dismissed as the
        # enemy's propaganda, as Persian 'جنگ روانی'
        # (and part of the propaganda, 'جزء من الدعاية' (against it), said of the reports in the same way; 'part' in the
        # accusative too, after a verb of deeming: 'اعتبرت الاتهامات جزءا من الدعاية')
        r"(?:جزءا?\s+من|ضمن|اطار|سياق)\s+(?:ال)?(?:حرب\s+(?:ال)?نفسيه|دعايه|بروباغندا|بروباجندا)(?!\w)",
        # not holding the weapons it is charged with ('لا تملك أسلحة كيميائية', 'لا نمتلك أي سلاح نووي'): a side's
        # denial of the charge, in the present, its own stance (not 'لم تعد تملك', no longer has: an account of losses;
        # nor 'enough' weapons, 'لا تملك أسلحة كافية', a want). 'و' or 'ف' written on 'لا' ('ولا تملك'), 'any' in the
        # feminine ('أية أسلحة') and the weapon in the accusative ('لا تملك سلاحا كيميائيا') as well; the verb in the
        # plural too ('لا يملكون', they hold no ...)
        r"(?<!\S)[وف]?لا\s+[تين](?:ملك|متلك|حوز)(?:ون)?\s+(?:ايه?\s+)?(?:اسلحه|سلاحا?)(?!\w)(?!\s+كافي)",
        # 'did not ..., but rather ...' ('لم يتم إعدامهما، بل قتلا في اشتباك', they were not executed but killed in a
        # clash; 'ليس انسحابا بل إعادة انتشار'): the speaker corrects an account, in one clause; not 'not only ... but'
        # ('لم يقتصر على ... بل', 'ليس فقط ... بل', 'لم يكتف ... بل'), which adds to it, nor 'لا' (a wish: 'لا نريد
        # الحرب بل السلام')
        r"(?:لم|ليس|ليست)\s+(?!(?:يقتصر|تقتصر|يقتصرا|فقط|يكتف|تكتف|يكتفي|تكتفي|مجرد)(?!\w))"
        r"[^\s.\u060c,:]+(?:\s+[^\s.\u060c,:]+){0,6}?\s*[\u060c,]?\s*بل(?!\w)",
    ),
    # ('وفق مصدر أمني', according to a security source, as 'وفقا لمصدر أمني'; 'على حد قول X', as X put it; not 'على
    # لسان X', from X's tongue, which as often puts to X words a report gave him and he denies: 'ما أوردته قناة على
    # لسان المتحدث')
    according=(
        "بحسب",
        "وبحسب",
        "حسب",
        "وفقا ل",
        "وفقاً ل",
        "وفقا",
        "وفقاً",
        "وفق",
        "نقلا عن",
        "ونقلا عن",
        "على حد قول",
        "على حد تعبير",
    ),
    sourcing=("نقلا عن", "نقلاً عن"),
    subject_stops=split_words(
        "في على عن إن إنه إنها أن أنه أنها بأن بأنه بأنها إلى الى اليوم أمس مساء صباح يوم خلال عبر ضمن عقب بعد قبل "
        # ('that' with 'we', 'I' or 'they' written on: 'وقال X إننا لم نشارك', as 'إنه')
        "إننا أننا بأننا إنني أنني بأنني إنهم أنهم بأنهم "
        # (what a body wishes to do, to clarify or stress, and what it clarifies: 'تود X توضيح الآتي', 'أن يوضح
        # الآتي:', the following; 'إزاء', in view of, a preposition: 'وإزاء هذه الأكاذيب تود X ...')
        "توضيح التوضيح التأكيد التنويه الإشارة الآتي التالي إزاء "
        "لـ لوكالة لقناة لصحيفة لمجلة لموقع لشبكة للصحفيين للصحفي لوسائل لـ\u200c خلال ما من التي الذي الذين حول بشأن بينما كما "
        "وقال وأضاف وأكد فيه فيها له لها عليه عليها قوله قولها بدوره بدورها "
        # (and their saying, of the many or of two, after the one relayed: 'نقلت رويترز عن مسؤولين قولهم إن ...',
        # 'عن مسؤولتين قولهما'; before, read into the speaker, 'مسؤولين قولهم')
        "قولهم قولهما قولهن "
        # the usual first words of what is said or denied: the subject ends before them
        "وجود إصدار الأنباء الأنباء التقارير الأخبار المعلومات الاتهامات تلك أي وقوع حدوث حصول مقتل سقوط "
        # the events a denial is about, as verbal nouns without the article, in construct with what follows ('تنفي
        # استشهاد أحد قادتها', 'زعمت ارتباط أحد الإعلاميين بالجهاز', 'نفى اقتحام السجن'): never a speaker's first word
        "استشهاد اغتيال اعتقال ارتباط تورط اقتحام استهداف انسحاب إصابة وفاة اختطاف تعرض "
        # its (his, their) link to what is denied ('نفت حكومة X صلتها بالغارة', 'نفى علاقته بالهجوم'): a possessive
        # ending is no part of a name
        "صلته صلتها صلتهم علاقته علاقتها علاقتهم ارتباطه ارتباطها تورطه تورطها "
        # (and its involvement, its part in it: 'نفى X ضلوعه في الهجوم', 'نفت الحركة مشاركتها في القصف')
        "ضلوعه ضلوعها ضلوعهم مشاركته مشاركتها مشاركتهم "
        # (and its standing behind it, its role, its responsibility: 'نفى X وقوفه وراء الاغتيال', 'نفت دورها')
        "وقوفه وقوفها وقوفهم دوره دورها دورهم مسؤوليته مسؤوليتها مسؤوليتهم مسئوليته مسئوليتها مسئوليتهم "
        # (and its intention, its knowledge, its belonging: 'كما نفى X نيته الترشح', 'نفى علمه بالصفقة', 'نفت
        # تبعيتها للجيش'), whose possessive ending no name has
        "نيته نيتها نيتهم نواياه نواياها علمه علمها علمهم تبعيته تبعيتها انتماءه انتماءها انتمائه انتمائها "
        # days, manner and 'according to' come between a subject and what it says ('نفى الحزب بشكل قاطع',
        # 'أكد الوزير، السبت،', 'شددت الهيئة وفق البيان')
        "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة بشكل بصورة وفق وفقا حسب بحسب كذبا "
        "صحة فإن فان وإن وأن "
        # 'with', after a subject met or joined by another ('واجتمع X مع Y في ...، وقال'): the one met is no word of
        # the subject's name, who alone speaks after
        "مع "
        # times and occasions ('قال الوزير لاحقا إن', 'لدى وصوله'): as days, they stand between a subject and what it
        # says, and a sentence opening with one ('ولاحقا نفى ...') has no subject before its verb
        "لاحقا لاحقاً سابقا سابقاً مؤخرا مؤخراً عند عندما لدى حين حينها عندها آنذاك وقتها "
        # claims without the article ('واتهمت طهران ادعاءات الوزير بأنها ...'), and another's account ('كذب مصدر أمني
        # رواية الوكالة'): what is denied, after the subject
        "ادعاءات اتهامات مزاعم رواية روايات الرواية "
        # a statement's relative clause, 'بيان للوزارة تلقت وكالة X نسخة منه' (of which agency X received a copy):
        # the body the statement is of ends before it
        "تلقت تلقى تلقته تلقاه حصلت حصل اطلعت اطلع "
        # the relative clause of an unnamed source, 'مسؤول أمني وصفته الصحيفة بالمطلع' (whom the paper described as
        # informed): an indefinite noun takes its clause with no relative pronoun, and the source ends before it
        "وصفته وصفتها وصفوه "
        # 'himself', 'itself' after a verb of distancing ('نأى لبنان بنفسه عن ...', 'الحركة تنأى بنفسها عن الهجوم'):
        # the subject ends before it, or is before the verb
        "بنفسه بنفسها بأنفسهم بأنفسهما "
        # statements, the usual object of a verb of denying ('ينفي تصريحات X'), never its subject
        "تصريحات التصريحات تصريح التصريح التعليق الإدلاء "
        # responsibility claimed or denied ('أعلن التنظيم مسؤوليته عن الهجوم'), the object after the subject
        "مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية مسؤولية "
        # a verbal noun or a statement in the accusative after the verb ('تنفي نفيا قاطعا', 'أصدرت توضيحا', 'قال ردا
        # على'): its object or its manner, never its subject, which comes before it or is the last speaker
        "نفيا تكذيبا تفنيدا رفضا توضيحا بيانا تصريحا ردا تعليقا تعقيبا "
        # (and a letter, whose accusative is written as its nominative: 'وأصدرت X رسالة إلى ...', X issued a letter)
        "رسالة " + NUMBERS_AR + " "
        # a number, the first word of a deed's object ('وقتل X ثلاثة جنود', X killed three soldiers): no name runs on
        # over it, nor starts with it ('وقتل ثلاثة جنود', three soldiers were killed)
        # the same with a possessive ('أكد الوزير نفيه للاتهامات', 'رفضه لها'): the subject ends before it
        "نفيه نفيها نفيهم رفضه رفضها رفضهم تفنيده تفنيدها تكذيبه تكذيبها دحضه دحضها إنكاره إنكارها "
        # (and its answer, 'نقلت X عن المتحدث باسم Y ردّه على الاتهامات': the relayed one's answer, no word of his office)
        "رده ردها ردهم "
        # the affirmation renewed or repeated ('جدد المصدر التأكيد على أن', 'أعاد الوزير تأكيده أن'): its object
        "التأكيد تأكيده تأكيدها تأكيدهم "
        # 'not', the first word of what is affirmed ('أكد الوزير X عدم صحة التقارير')
        "عدم "
        # the content of a letter or a report, the object denied ('كذب العميد X فحوى الخطاب', 'نفى مضمون التقرير'):
        # never a word of the name before it
        "فحوى مضمون"
    ),
    group_refs=split_words("الميليشيا الميلشيا الكتائب الحركة الجماعة الفصيل اللواء التنظيم المقاومة"),
    demonstratives=split_words("هذه هذا ذلك تلك"),
    possessive_refs=split_words("وصفها وصفه تعبيره تعبيرها قوله قولها قولهم قولهما قولهن زعمه زعمها"),
    relay_verbs=split_words("نقلت نقل"),
    # ('أعلنت أول أمس', the day before yesterday: a time, not a subject 'أول'); the statement with its article
    # too, the one the article has named ('وقال الناطق الرسمي في البيان:', the spokesman, in the statement; not
    # 'في المؤتمر', which may be a body's name, 'لجنة الأمن في المؤتمر الوطني')
    subject_stop_phrases=(
        *("في بيان", "في البيان", "في تصريح", "في التصريح", "في حديث", "في كلمة", "في رسالة", "في مؤتمر"),
        "أول أمس",
        # a relay after the subject ('وأفادت وكالة أنباء X نقلا عن Y'): where an outlet's name of plain words ends, and
        # Y's words begin (read into the name, 'وكالة أنباء X نقلا' was a second denier); 'نقلاً' folds to it
        "نقلا عن",
    ),
    # ("بحسب ما أفاد به مصدر", as a source reported: "به" and "بها", "with it", come before the subject)
    subject_drop=split_words(
        "و ف ثم كما أيضا أيضاً به بها "
        # adverbs of manner and frequency, as 'also': after the verb before its subject ('ونفى مرارا X'), or ending it
        # ('إن الحركة تنفي دائما ...', 'نفت الوزارة قطعيا الأنباء'); never a subject
        "دائما دوما مرارا تكرارا رسميا قطعيا قطعا بشدة تماما كليا مطلقا أبدا نهائيا علنا صراحة بتاتا مجددا "
        # 'altogether and in detail' ('نفى مصدر أمني جملة وتفصيلا الأنباء'), the set phrase of a flat denial
        "جملة وتفصيلا "
        # 'the same', before its noun ('وأشارت ذات المصادر', 'وأضاف نفس المصدر'), as 'المصادر ذاتها' after it: the
        # speaker named before, read from the noun alone
        "ذات نفس"
    ),
    pronouns=split_words("هو هي هم"),
    first_person=split_words("نحن أنا"),
    statements=split_words("بيان بيانا البيان بيانها بيانه الرسالة رسالتها رسالته المنشور إعلان الإعلان"),
    body_words=split_words(
        "وزارة الوزارة هيئة الهيئة كتائب حركة حزب مديرية جهاز قيادة لجنة مجلس الحكومة حكومة وكالة قوات فصائل "
        "المقاومة مقاومة تنظيم لواء ميليشيا ميلشيا جماعة الجيش جيش الحشد الداخلية الخارجية الدفاع السفارة سفارة "
        "عصائب سرايا منظمة مكتب رئاسة البرلمان برلمان القيادة خلية الاستخبارات الأمن موقع قناة صحيفة مجلة "
        # an emirate, as the Taliban name their government ('الإمارة الإسلامية'): a body, never a person
        "إمارة الإمارة "
        "ائتلاف كتلة تحالف تيار تشكيل فصيل "
        # a centre, as a force's media centre ('المركز الإعلامي لقوات X'): a body, never a person
        "مركز المركز"
    ),
    # 'مصدر مقرب من الحركة' (a source close to the movement): the preposition stays in the description
    # ('عدد من أعضاء البرلمان', a number of the members of parliament): a share of a group, whose 'من' stays in
    # the subject as 'مقرب من' does
    partitive=(
        "مقرب من",
        "مقربة من",
        "مقربون من",
        "مقربين من",
        "قريب من",
        "قريبة من",
        "عدد من",
        "العديد من",
        "كثير من",
        "الكثير من",
        "بعض من",
    ),
    # a share of a group opening a subject ('بعض المسؤولين', 'عدد من النواب'): described, no one named
    # (not 'أحد', one of: a person the article may have named with that office)
    shares=split_words("بعض عدد العديد كثير الكثير معظم أغلب غالبية عشرات"),
    description_heads=split_words(
        "مصدر مصادر مسؤول مسؤولون مسؤولين مراقبون شهود سكان ناشطون ناشط محللون محلل خبراء خبير مراقب مواطنون "
        "مصدرا مسؤولا "  # (after 'لكن' and 'إن', the accusative: 'لكن مصدرا في الحركة نفى')
        # an officer unnamed, and after 'إن' or 'عن' in the accusative ('قال ضابط كسلي', 'إن ضابطا كسليا'): described,
        # never a name of two words
        "ضابط ضابطا "
        # plurals of people unnamed, before their body ('نفى قياديون في حركة X الأنباء', leaders in the movement):
        # read as a name, 'قياديون' became a body of that name and 'في حركة X' the head of what was denied
        "قياديون قياديين قادة ضباط أعضاء نواب "
        # reports, unnamed ('وأفادت تقارير بوقوع ...', reports said): a description, no one to draft a record for
        "تقارير "
        # accounts and pages online, tweeters ('وكانت حسابات على منصة "إكس" قد زعمت'): as unnamed as reports
        "حسابات صفحات مغردون"
    ),
    # analysts, experts, researchers, witnesses: they describe a side, they never speak for it
    observers=split_words(
        "المحلل المحللة الخبير الخبيرة الباحث الباحثة الكاتب الكاتبة محلل محللون خبير خبراء مراقب مراقبون شهود سكان "
        "ناشط ناشطون مواطنون"
    ),
    titles=split_words(
        "وزير الوزير رئيس الرئيس المتحدث الناطق متحدث ناطق عضو النائب نائب الأمين أمين المسؤول مسؤول قائد القائد "
        "آمر معاون مستشار المستشار المستشارة مدير المدير القيادي قيادي الشيخ السيد سفير السفير اللواء العميد العقيد المتحدثة الناطقة متحدثة ناطقة وزيرة الوزيرة رئيسة "
        "النائبة عضوة مستشارة السفيرة مديرة الفريق المقدم الرائد النقيب العماد الركن مساعد المساعد مساعدة المساعدة "
        # a rank's qualifier without the article, as Sudanese ranks are written ('العميد ركن X', staff brigadier):
        # a title, never the first word of the name after it
        "ركن "
        # leader; the honorific of a pilgrim ('الحاج أبو X')
        "زعيم الزعيم الحاج "
        # a leading member, after 'لكن' and 'أن' in the accusative ('لكن قياديا في الحركة نفى'), and a woman one; a
        # commander and a leader so ('إن قائدا في الحركة نفى'): an office unnamed, never the sentence's speaker's words
        "قياديا قيادية قائدا زعيما "
        # the honorifics of a teacher and a doctor, written before a name ('الأستاذ X الناطق ...')
        "الأستاذ الاستاذ الدكتور الدكتورة "
        # an analyst, an expert, a researcher, a writer, before their name ('المحلل السياسي X')
        "المحلل المحللة الخبير الخبيرة الباحث الباحثة الكاتب الكاتبة "
        # a lawyer, an activist, a doctor, an engineer, a journalist, before their name ('وقال المحامي X إن'): a
        # person's occupation, as 'الباحث' is, never a person of its own with X the verb's object
        "المحامي المحامية الناشط الناشطة الطبيب الطبيبة المهندس المهندسة الصحفي الصحفية الصحافي الصحافية "
        # a correspondent, before the outlet and the name ('مراسل قناة النهار سامي الوردي')
        "مراسل المراسل مراسلة المراسلة "
        # an ambassador (a woman, without the article: 'سفيرة كسلان X') and a consul, before the country and name
        "سفيرة قنصل القنصل "
        # a governor, before the province or the bank ('محافظ البصرة X', 'قال المحافظ'); not 'محافظة', a province
        "محافظ المحافظ "
        # a representative, before the body he speaks for and his name between commas ('ممثل المكتب السياسي لحركة
        # X، سامي الوردي، إن'): the office, whose holder's name follows, not a body of its own
        "ممثل الممثل ممثلة الممثلة"
    ),
    outlet_words=split_words(
        "وكالة شبكة قناة صحيفة موقع تطبيق ميليشيا ميلشيا لواء حركة جماعة كتائب فيلق تنظيم تابعته جريدة تلقته تلقت تلقاه "
        # a formation, a faction, before its name ('نفى تشكيل "سرايا X"')
        "تشكيل فصيل "
        # an organisation, before its name ('رفضت منظمة "X" الاتهامات'): the organisation X, one subject
        "منظمة "
        # a platform, before its name ('نقلت منصة "X" أن ...'): the outlet X, one subject
        "منصة "
        # a magazine, before its name ('صرحت مجلة "X" الفرنسية'): the outlet X, one subject
        "مجلة "
        "عليه عليها حصلت حصل"  # ('في بيان اطلعت عليه "الجبال"', seen by the outlet; 'حصلت "X" على نسخة منه')
    ),
    # one reported killed, held or gone said to be in a safe place or at their post ('القائد في مكان آمن', 'على رأس
    # عمله', 'يمارس مهامه'): a denial in positive words, read only after such a report in the same sentence or the
    # one before (``harm_reported``); said of anyone else it denies nothing ('بخير', 'على قيد الحياة' are cues alone)
    well=r"في\s+مكان\s+امن|علي\s+راس\s+(?:عمله|عملها|مهامه|مهامها)|[يت]مارس\s+(?:مهامه|مهامها|عمله|عملها)",
    # a report or rumour of a killing, an assassination, an arrest, a death, a kidnapping or a flight ('أنباء عن مقتل
    # X', 'شائعات اعتقال X'); not a wound ('إصابة'), after which one said to be safe is only how one is
    harm_reported=r"[وفب]?(?:ال)?(?:انباء|اخبار|تقارير|شايعات|اشاعات|ادعاءات|مزاعم|شايعه|اشاعه|روايه|نبا|خبر)"
    r"(?:\s+[^\s.\u060c]+){0,5}?\s+(?:(?:عن|حول)\s+)?[بل]?(?:ال)?"
    r"(?:مقتل|اغتيال|اعتقال|وفاه|موت|استشهاد|اختطاف|هروب|فرار|مغادره)(?:ه|ها|هم)?(?!\w)",
    # the offices that speak for a body, before its name ('المكتب الإعلامي لحركة X', 'الدائرة الإعلامية في X'): the
    # body's office, described, not a body of its own (as English 'the media office of X')
    body_offices=(
        *("المكتب الإعلامي", "المكتب الإعلامي المركزي", "الدائرة الإعلامية", "المكتب الصحفي", "المكتب الصحافي"),
        *("مكتب العلاقات الإعلامية", "دائرة العلاقات الإعلامية", "العلاقات الإعلامية", "مكتب العلاقات العامة"),
        *("المركز الإعلامي", "الجناح الإعلامي", "مكتب الإعلام", "الهيئة الإعلامية"),
        # (and a force's war media, 'الإعلام الحربي لـX', as Hezbollah's is called: its media office, no person)
        "الإعلام الحربي",
        # (and the office of its spokesman, 'مكتب المتحدث باسم X': the office, no person, speaks for X)
        *("مكتب المتحدث باسم", "مكتب الناطق باسم", "مكتب المتحدث الرسمي باسم", "مكتب الناطق الرسمي باسم"),
    ),
    prefixes="وف",
)

ARABIC = ArabicScript(ARABIC_WORDS)

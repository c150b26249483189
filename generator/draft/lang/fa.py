"""Persian: verbs of saying and denying, denial cues and the words that end a subject (subject first)."""

from __future__ import annotations

from generator.draft.lang.arabic_script import ArabicScript, Words, split_words


def _joined(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """``verbs`` and, for each perfect form ('... ه است'), the same with the auxiliary joined ('... هاست').

    Stored copies often lose the zero-width non-joiner, and with it the space before the auxiliary: 'گفته است'
    is written 'گفتهاست', 'رد کرده است' 'رد کردهاست'.
    """
    return verbs + tuple(
        v.replace("\u0647 \u0627\u0633\u062a", "\u0647\u0627\u0633\u062a")
        for v in verbs
        if "\u0647 \u0627\u0633\u062a" in v
    )


PERSIAN_WORDS = Words(
    language="fa",
    verb_first=False,
    verbs=_joined(
        (
            "گفت",
            "گفته است",
            "انتقاد کرد",
            "محکوم کرد",
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
            "توصیف کرد",
            "توصیف کرده است",
            "خواند",
            "دانست",
            "نامید",
            "هشدار داد",
            "اذعان کرد",
            "مدعی شد",
            "مدعی شده بود",
            "آمده است",
            "نوشت",
            "گفته",
            "یادآور شد",
            "مدعی شده است",
        )
    ),
    participles=(),
    deny_verbs=_joined(
        (
            "تکذیب کرد",
            "تکذیب کرده است",
            "تکذیب کرده",
            "تکذیب شد",
            "رد کرد",
            "رد کرده است",
            "رد کرده",
            "تکذیب",
            "تکذیب نمود",
            "رد نمود",
        )
    ),
    deny_cues=(
        "بی‌پایه",
        "بیپایه",
        "واقعیت ندارد",
        "ساختگی",
        "دروغ",
        "نادرست",
        "بی اساس",
        "بیاساس",
        "بی‌اساس",
        "شایعه",
        "شایعات",
        "کذب",
        "صحت ندارد",
        "فاقد اعتبار",
        "صحت ندارند",
        "جعلی",
        # a verb of denying in the present inside a quotation, where verbs are not looked for ('«... را رد میکند»')
        "رد میکند",
        "رد می کند",
        "رد میکنیم",
        "رد می کنیم",
        "تکذیب میکند",
        "تکذیب میکنیم",
        # 'there is no ...': a denial of presence, as Arabic لا وجود
        "وجود ندارد",
        "وجود نداشته",
    ),
    according=("به گفته", "به اعتقاد"),
    sourcing=("به گزارش", "به نقل از"),
    subject_stops=split_words(
        "در با را به از برای که امروز روز دیروز بامداد شب صبح عصر ظهر نیز هم ضمن طی پس بعد قبل درباره "
        "همچنین اما ولی تا این آن "
        # the usual first words of what is denied ('بغداد ادعای نتانیاهو را رد کرد'): the subject ends before them
        "ادعا ادعای ادعاهای اظهارات گزارش گزارشهای اخبار خبر شایعه شایعات اتهام اتهامات"
    ),
    subject_drop=split_words("و همچنین"),
    pronouns=split_words("وی او ایشان آنها"),
    statements=("بیانیه",),
    body_words=split_words(
        "وزارت دستگاه سازمان سپاه لشکر تیپ گروه خبرگزاری شبکه ستاد کمیته مجلس دولت ارتش نیروهای نیروی جنبش حزب "
        "پایگاه روزنامه حشد الحشد کتائب نهاد سفارت دفتر"
    ),
    description_heads=split_words("منبع منابع مقام مقامات یک"),
    titles=split_words("رئیس وزیر سخنگوی سخنگو معاون فرمانده دبیرکل نماینده سفیر مشاور مدیر حجت"),
    group_refs=split_words("این گروه"),
    demonstratives=split_words("این"),
    outlet_words=split_words("خبرگزاری روزنامه شبکه پایگاه تیپ لشکر گروه سایت"),
)

PERSIAN = ArabicScript(PERSIAN_WORDS)

"""An archived text as the drafter reads it: paragraphs, the quotations in them, and sentences.

Quotations are found first, so that nothing inside them is mistaken for the
article's own words: :attr:`Paragraph.masked` is the paragraph with every
quotation's words blanked out (its marks and final punctuation kept), and
sentence boundaries, names and speech verbs are all looked for in that.
Offsets are into the paragraph as :class:`~generator.model.archive.ArchivedText`
splits it, so any span cut from it is a verbatim quote of the archive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.model.archive import ArchivedText
from generator.weekdays import MONTH_NAMES

MASK = "\u2591"
"""Stands in for each character inside a quotation; not a word character, so no pattern matches it."""

# Opening marks and the marks that may close them.
_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d\u201c"}
_STRAIGHT = '"'
# Ranks and offices written short with a stop before a name: 'Amb. Lev Arno', 'Cmdr. Petra Lind', 'Supt. Dario Venn'
# (the one list: no sentence ends after them, and names.py reads them as titles and words of a name's run).
SHORT_TITLES = ("amb", "cmdr", "supt", "insp", "pvt", "asst", "atty", "hon", "det", "msgr", "engr")
# A period after these does not end a sentence (and after a month's short form: 'Sept.', 'Dec.').
ABBREVIATIONS = (
    frozenset(
        "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl adm brig rev sen rep gov pres st mt jr sr no nos vol "
        "inc ltd co corp vs approx est fig al".split()
    )
    | frozenset(SHORT_TITLES)
    | frozenset(short.lower() for names in MONTH_NAMES for short in names[1:])
)
# A sentence ends at a run of . ! ? (then closing marks and space) before a capital or an opening mark.
# The lookbehind lets a match start only where such a run starts: without it a run of n dots that
# ends a paragraph or meets a letter is rescanned from each of its n positions (quadratic).
# (a straight single mark closes too, as the curly one does: "'We will stay.' Lev Arno made the remarks"; after a
# stop it is never an apostrophe)
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]+[\u201d\u2019\"'\u00bb)\]]*(\s+)(?=[\u201c\"\u00ab\u2018'(\[]|[A-Z0-9\u00c0-\u00de])"
)
_END_PUNCTUATION = ".!?"


@dataclass(frozen=True)
class Quote:
    """A quotation: the span from its opening mark to its closing one (or the paragraph's end if unclosed)."""

    paragraph: int
    start: int
    end: int
    closed: bool
    text: str
    """The words inside the marks, as written."""
    opened: bool = True
    """False for the rest of a quotation begun in the paragraph before: it starts with its first word, no mark."""

    @property
    def ends_open(self) -> bool:
        """Whether the quotation stops on a comma or dash, as one does before '..., X said'."""
        return self.text.rstrip()[-1:] in (",", "\u2014", "\u2013", "-", "?", "!")


@dataclass
class Sentence:
    """One sentence of a paragraph, by offsets; quotations never contain a sentence boundary."""

    paragraph: Paragraph
    start: int
    end: int
    quotes: list[Quote] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start : self.end]

    @property
    def cited(self) -> str:
        """The sentence in the archive's own words (as written, where :attr:`text` reads a mark otherwise)."""
        return (self.paragraph.source or self.paragraph.text)[self.start : self.end]

    @property
    def masked(self) -> str:
        return self.paragraph.masked[self.start : self.end]

    @property
    def number(self) -> int:
        return self.paragraph.number

    def only_quotes(self) -> bool:
        """Whether the sentence is nothing but quotations (and punctuation)."""
        outside = self.masked
        for q in self.quotes:
            outside = outside[: q.start - self.start] + " " * (q.end - q.start) + outside[q.end - self.start :]
        outside = _STAGE_DIRECTION.sub(" ", outside)
        return bool(self.quotes) and all(w.lower() in _LINKS for w in re.findall(r"\w+", outside))


# Words that only join one quotation to the next, as news strings a speaker's phrases together: '"..." and
# therefore "..."', '"...," but "..."'. A sentence of quotations and these alone is still nothing but quotation.
_LINKS = frozenset("and but or so yet therefore thus hence then also".split())
# What a transcript sets in brackets between a speaker's words, which is none of them: '"...." (Laughs) "...."',
# '[pause]'. A sentence of quotations and these is still nothing but quotation, and goes on with the words before.
_STAGE_DIRECTION = re.compile(
    r"[(\[](?i:laughs?|laughter|laughing|smiles?|chuckles?|sighs?|pauses?|applause|inaudible|crosstalk)[)\]]"
)


@dataclass
class Paragraph:
    number: int
    """1-based, as ArchivedText numbers paragraphs (the title is paragraph 1)."""
    text: str
    quotes: list[Quote]
    masked: str
    sentences: list[Sentence] = field(default_factory=list)
    source: str = ""
    """The archive's own text when ``text`` reads it otherwise, of the same length ('#حزب_الله' read as ' حزب الله'):
    what is cited."""


def find_quotes(text: str, number: int = 0) -> list[Quote]:
    """Every double-quoted passage: curly, straight, guillemets; an unclosed one runs to the paragraph's end."""
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _PAIRS:
            closers = _PAIRS[ch]
        elif ch == _STRAIGHT:
            closers = _STRAIGHT
        elif ch == "\u201d" and _opens_with_closer(text, i):
            closers = (
                "\u201d"  # a closing mark typed to open, as some outlets do: '\u201d We thwarted it\u201d, said X'
            )
        else:
            i += 1
            continue
        j = _closing(text, i + 1, closers)
        if ch == _STRAIGHT and j < n and not _closes_straight(text, j):
            # the next straight mark opens another quotation ('"None died,” he said, adding, "They lie."'):
            # this one was closed with a curly mark after a stop or comma before it, as careless editing leaves it
            curly = _closing(text, i + 1, "”")
            if curly < j and text[curly - 1] in ".,;!?":
                j = curly
        if j == n and ch in _MIXED:
            j = _closing(text, i + 1, _MIXED[ch])  # typed with the other kind of mark: '“He is alive," he said'
        again = _OPENER_AS_CLOSER.search(text, i + 1, j) if ch == "\u201c" else None
        if again is not None:
            j = again.start()  # (an opening mark before a space opens nothing: it closes this quotation)
        width = 1
        doubled = _DOUBLED_CLOSE.search(text, i + 1) if j == n and ch == "\u201c" else None
        if doubled is not None:
            # closed with a double mark typed as two single ones: '“baseless\u2019\u2019, he said'
            j, width = doubled.start(), 2
        closed = j < n
        end = j + width if closed else n
        inner = text[i + 1 : j] if closed else text[i + 1 :]
        left_open = _LEFT_OPEN.search(inner) if ch == "\u201c" else None
        if left_open is not None:
            # a second opening mark inside, after a sentence and a short tag: '“Yes, I reject it. Arno responded,
            # “They are not ours.”' left the first quotation unclosed, and the tag is the writer's, not the speaker's
            # (before: one quotation with the tag inside it, given to whoever spoke before); the first ends with its
            # sentence, the second opens at its own mark
            stop = i + 1 + left_open.end("stop")
            quotes.append(Quote(number, i, stop, False, text[i + 1 : stop]))
            i = i + 1 + left_open.start("mark")
            continue
        if inner.strip():
            quotes.append(Quote(number, i, end, closed, inner))
        i = end
    return quotes


# Inside a quotation: the end of a sentence, then a short tag of one to six words ending in a comma or colon, then a
# second opening mark (the first was never closed: an opening mark cannot stand inside its own quotation in English,
# which nests with single marks). The sentence may end on a bracket or a nested quotation's closing mark: 'reject
# their ‘truce.’ Arno responded, “...', 'reject it (all of it). Arno responded, “...' (the quotation ends at the stop,
# as the sentence does).
_LEFT_OPEN = re.compile(
    r"\w[)\u2019']?+(?P<stop>[.!?])[\u2019']?+\s++(?-i:[A-Z])[\w'\u2019.-]*+(?:\s++[\w'\u2019.-]++){0,5}+[,:]\s*+"
    r"(?P<mark>\u201c)"
)


def _opens_with_closer(text: str, i: int) -> bool:
    """Whether the closing mark at ``i`` was typed to open a quotation: at the paragraph's start or after a colon,
    before a word, with another closing mark after it; or anywhere before a word in a paragraph whose double marks
    are all closing ones, an even number of them, this one the first of a pair ('said the army was \u201dready to
    fight\u201d', 'was as\u201d ready as ever\u201d': before, no quotation)."""
    before = text[:i].rstrip()
    if re.match(r"\s?\w", text[i + 1 :]) is None or "\u201d" not in text[i + 1 :]:
        return False
    if not before or before.endswith(":"):
        return True
    return "\u201c" not in text and text.count("\u201d") % 2 == 0 and text.count("\u201d", 0, i) % 2 == 0


# A quotation opened with one kind of double mark and closed with the other, as careless editing leaves it; read
# so only when no mark of its own kind closes it.
# (and the low opening mark closed with a straight one: '\u201eWe will stay," he said')
_MIXED = {"\u201c": _STRAIGHT, _STRAIGHT: "\u201d", "\u201e": _STRAIGHT}
# An opening curly mark typed again where the quotation closes, after its stop or comma and before a space or the
# paragraph's end ('\u201cWe will stay,\u201c he said'): read as its closing mark.
_OPENER_AS_CLOSER = re.compile(r"(?<=[.,;!?])\u201c(?=\s|$)")


def _closing(text: str, start: int, closers: str) -> int:
    """The index of the first of ``closers`` from ``start``, or the text's length."""
    return min((k for k in (text.find(c, start) for c in closers) if k >= 0), default=len(text))


# Single quotation marks, used by some outlets for quotations ('We have not received ...,' he said): an
# opening mark at a word's start, a closing one at a word's end followed by a space or punctuation, two
# words or more between. Apostrophes inside words (Iran's) are neither.
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[:\u2014]))['\u2018](?=[^\s'\u2018\u2019])(?P<inner>[^\n]+?)(?<=\S)['\u2019](?=[\s.,;:!?)\]\u2014]|$)"
)


# A double mark typed as two single ones, as some outlets write it: "\u2018\u2019 I am here,\u2019\u2019 he said",
# "''No,'' he said".
# The quotation runs from the second mark of the opening pair to the first of the closing pair, which stand as its
# marks (so the others are left outside it, as punctuation).
_DOUBLED_SINGLE = re.compile(
    r"(?<!\w)[\u2018\u2019'][\u2018\u2019'](?=\s?+[^\s\u2018\u2019'])"
    r"(?:\w['\u2019]\w|[^\u2018\u2019'\n])++[\u2019'][\u2019'](?!\w)"
)


def find_doubled_single_quotes(text: str, number: int = 0) -> list[Quote]:
    """Passages between doubled single marks, for a paragraph that has no double ones (the last one left open to the
    paragraph's end where no doubled mark closes it, as a quotation over paragraphs is)."""
    quotes = []
    for m in _DOUBLED_SINGLE.finditer(text):
        inner = text[m.start() + 2 : m.end() - 2]
        if len(inner.split()) >= 2:
            quotes.append(Quote(number, m.start(), m.end(), True, inner))
    after = quotes[-1].end if quotes else 0
    opening = _DOUBLED_OPEN.search(text, after)
    if opening is not None and _DOUBLED_CLOSE.search(text, opening.end()) is None:
        inner = text[opening.end() :]
        if len(inner.split()) >= 2:
            quotes.append(Quote(number, opening.start() + 1, len(text), False, inner))
    return quotes


def find_single_quotes(text: str, number: int = 0, following: str = "") -> list[Quote]:
    """Passages in single quotation marks, for a paragraph that has no double ones; ``following``: the next
    paragraph, whose opening single mark may carry on a quotation this one leaves open."""
    quotes = []
    for m in _SINGLE.finditer(text):
        inner = m.group("inner")
        if len(inner.split()) >= 2:
            quotes.append(Quote(number, m.start(), m.end(), True, inner))
    if _SINGLE_GOES_ON.match(following):
        # A quotation over paragraphs opens each with a mark and closes only the last, in single marks as in double
        # ones: "Arno said: 'We will stay." then "'The road must open.'". The paragraph's last opening mark with no
        # closing one after it runs to the paragraph's end, when that ends a sentence and the next paragraph opens
        # with a mark (and the mark opens on a capital, as a sentence: not an apostrophe at a word's start, ''70s',
        # ''em').
        # (the last: 'Lev Arno, of the 'Kessel' party, said: 'We will stay.' opens at 'We', not at 'Kessel')
        after = quotes[-1].end if quotes else 0
        opening = next(reversed(list(_SINGLE_OPENS_SENTENCE.finditer(text, after))), None)
        if opening is not None and text.rstrip()[-1:] in ".!?":
            inner = text[opening.end() :]
            if len(inner.split()) >= 2 and _SINGLE_CLOSE.search(inner) is None:
                quotes.append(Quote(number, opening.start(), len(text), False, inner))
    return quotes


# The parts of _SINGLE: an opening single mark (before a capital, as a sentence opens), a closing one; and a paragraph
# that opens with a single mark before a capital (a new sentence of the speaker's)
_SINGLE_OPENS_SENTENCE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:\u2014]))['\u2018](?=[A-Z])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)['\u2019](?=[\s.,;:!?)\]\u2014]|$)")
_SINGLE_GOES_ON = re.compile(r"['\u2018][A-Z]")


# A photo's credit, in brackets or closing the paragraph: '(Photo: Lev Arno/AFP)', 'Credit: Dario Venn/Reuters',
# 'Photo credit: Lev Arno'. It names who took a picture, no one who speaks, so that it is blanked (with spaces) as
# no words of the article: the names in it are neither speakers nor what 'the group' after it refers to.
_PHOTO_CREDIT = re.compile(
    r"\((?:[Ff]ile\s+)?(?:[Pp]hoto|[Pp]icture|[Ii]mage)(?:\s+[Cc]redit)?\s*:[^()\n]{1,80}\)"
    r"|(?:(?<=^)|(?<=[.!?\u201d\"]\s))(?:(?:[Pp]hoto|[Pp]icture|[Ii]mage)(?:\s+[Cc]redit)?|[Cc]redit)\s*:[^.!?\n]{1,80}$"
)


_FOOTNOTE_MARK = re.compile(r"(?<=\w)\*(?=[\s,.;:)]|$)")


def mask(text: str, quotes: list[Quote]) -> str:
    """``text`` with the words inside each quotation blanked; the marks and a final . ! ? , stay; and a photo's
    credit blanked with spaces."""
    chars = list(text)
    for m in _PHOTO_CREDIT.finditer(text):
        if not any(q.start < m.end() and m.start() < q.end for q in quotes):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _FOOTNOTE_MARK.finditer(text):
        chars[m.start()] = " "
    for q in quotes:
        start = q.start + 1 if q.opened else q.start
        stop = q.end - 1 if q.closed else q.end
        inner_end = _inner_end(text, q)
        last = text[inner_end - 1 : inner_end]
        for k in range(start, stop):
            chars[k] = MASK
        if last in (".", "!", "?", ",") and stop - 1 >= start:
            # (kept right before the last closing mark, where patterns look for it: in the place of the first of two
            # single marks typed for a double one, '“baseless.’’' read as '“░░.’')
            chars[stop - 1] = last
    return "".join(chars)


def _inner_end(text: str, q: Quote) -> int:
    """Where a quotation's words end: before its closing mark, or before the two single marks typed for a double one
    ('\u201cbaseless.\u2019\u2019'), so that a stop or comma before them is kept as it is before '\u201d'."""
    if not q.closed:
        return q.end
    if text[q.end - 2 : q.end] in _SINGLE_PAIRS and text.endswith(q.text, 0, q.end - 2):
        return q.end - 2
    return q.end - 1


_SINGLE_PAIRS = frozenset(a + b for a in "\u2019'" for b in "\u2019'")


def split_sentences(paragraph: Paragraph) -> list[Sentence]:
    """Sentences by offsets; boundaries are never inside a quotation, nor after 'Dr.', 'Gen.' or initials."""
    masked = paragraph.masked
    sentences: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(masked):
        token = word_before(masked, m.start() + 1).rstrip(".").lower()
        if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            continue
        sentences.append(Sentence(paragraph, start, m.start(1)))
        start = m.end()
    if start < len(masked):
        sentences.append(Sentence(paragraph, start, len(masked.rstrip())))
    for s in sentences:
        s.quotes = [q for q in paragraph.quotes if s.start <= q.start < s.end]
    return sentences


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a str pattern: letters, digits and numerals of any script, and the underscore."""
    return ch.isalnum() or ch == "_"


def word_before(text: str, end: int) -> str:
    """The word that ends ``text[:end]``, with any dots in it and after it, but not a final ! or ?.

    Gives what ``re.search(r"([\\w.]+)[.!?]*$", text[:end]).group(1)`` gives ("" where that
    finds nothing), without its cost: the expression is retried from every position of a long
    run of word characters and dots, and each try can split the run in many ways, so a paragraph
    such as "He said" + "." * n + "x" takes time cubic in n. Here we look back from ``end``
    over the run of word characters and ``. ! ?`` once. (For the sentence splitter
    ``text[end - 1]`` is always one of ``. ! ?``; the expression's ``$`` would also match
    before a final newline, which never arises there.)
    """
    start = end
    while start > 0 and (_is_word_char(text[start - 1]) or text[start - 1] in _END_PUNCTUATION):
        start -= 1
    last_word = end - 1
    while last_word >= start and not _is_word_char(text[last_word]):
        last_word -= 1
    if last_word < start:
        # Only . ! ? before ``end``: the word is the first run of dots.
        first = text.find(".", start, end)
        if first < 0:
            return ""
        stop = first
        while stop < end and text[stop] == ".":
            stop += 1
        return text[first:stop]
    # The word starts after the last ! or ? that comes before its last letter (the expression
    # allows those only at the end), and runs through that letter and the dots after it.
    bang = max(text.rfind("!", start, last_word), text.rfind("?", start, last_word))
    first = bang + 1 if bang >= 0 else start
    stop = last_word + 1
    while stop < end and text[stop] == ".":
        stop += 1
    return text[first:stop]


def _rest_of_open_quote(text: str, number: int) -> Quote | None:
    """A quotation left open at the end of the paragraph before, where this one only closes it.

    Some outlets open a quotation that runs over two paragraphs once and close it once: '... said, "The
    Islamic Emirate rejects these allegations.' then 'Unfortunately, a program has been launched."'. The words
    up to the first closing mark, with no opening mark before it, are the rest of that quotation.
    """
    close = next((i for i, ch in enumerate(text) if ch in "\u201d\u00bb" or _closes_straight(text, i)), None)
    # (or a double mark typed as two single ones, as the quotation opened: '... are still continuing.\u2019\u2019')
    doubled = _DOUBLED_CLOSE.search(text)
    if doubled is not None and (close is None or doubled.start() < close):
        if _DOUBLED_OPEN.search(text, 0, doubled.start()) or not text[: doubled.start()].strip():
            return None
        return Quote(number, 0, doubled.end(), True, text[: doubled.start()], opened=False)
    if close is None or any(ch in _PAIRS or ch == _STRAIGHT for ch in text[:close]) or not text[:close].strip():
        return None
    return Quote(number, 0, close + 1, True, text[:close], opened=False)


_DOUBLED_CLOSE = re.compile(r"(?<=\S)[\u2019'][\u2019'](?!\w)")
_DOUBLED_OPEN = re.compile(r"(?<!\w)[\u2018\u2019'][\u2018\u2019'](?=\S)")


def _closes_straight(text: str, i: int) -> bool:
    """Whether a straight mark stands where a quotation closes: right after a stop or comma, before a space or the
    end ('... has reached," a representative said'; not 'قال"...', a mark that opens against the word before it)."""
    return (
        text[i] == _STRAIGHT
        and i > 0
        and text[i - 1] in ".,;!?\u060c\u061f"
        and (i + 1 == len(text) or text[i + 1].isspace())
    )


def _opening_mark_left_out(text: str, number: int) -> Quote | None:
    """A quotation whose opening mark was left out: the paragraph's one double mark closes a quotation, right after a
    stop or comma, and a tag follows it ('We had nothing to do with the attack," the spokesman told reporters.'). The
    words from the paragraph's start to the mark are the quotation (not the tag after the mark, which a lone
    straight mark would otherwise open)."""
    marks = [i for i, ch in enumerate(text) if ch in _PAIRS or ch in "\u201d\u00bb" or ch == _STRAIGHT]
    if len(marks) != 1:
        return None
    close = marks[0]
    closes = _closes_straight(text, close) or (text[close] in "\u201d\u00bb" and text[close - 1 : close] in ".,;!?")
    if not closes or len(text[:close].split()) < 3 or not re.search(r"\w", text[close + 1 :]):
        return None
    return Quote(number, 0, close + 1, True, text[:close], opened=False)


def _no_marks(text: str) -> bool:
    # (a double mark typed as two single ones, curly or straight, as _rest_of_open_quote reads it: "''" too)
    return not any(ch in _PAIRS or ch in "\u201d\u00bb" or ch == _STRAIGHT for ch in text) and not (
        _DOUBLED_CLOSE.search(text) or _DOUBLED_OPEN.search(text)
    )


def _runs_through(texts: list[str], number: int) -> Quote | None:
    """A paragraph with no mark at all inside a quotation over three paragraphs or more: opened in the paragraph
    before (left open there), closed in a later one by a closing mark before any opening one ('... said it "closely
    followed the events.' then 'Subsequently, the minister instructed ...' then '... are still continuing."'). The
    whole paragraph is the quotation's (a paragraph or two between, no more)."""
    text = texts[number - 1]
    if not _no_marks(text) or not text.strip():
        return None
    for later in texts[number : number + 2]:
        if _no_marks(later):
            continue
        if _rest_of_open_quote(later, number + 1) is None:
            return None
        return Quote(number, 0, len(text), False, text, opened=False)
    return None


# A grave accent or an acute accent typed for an apostrophe, between two letters: 'Pakistan`s army', 'Taliban\u00b4s
# spokesman', 'didn`t' (never a mark that opens or closes words, with a space on one side: '``word\'\'', '`code`');
# and after a plural's 's' before the word it owns: 'the rebels` spokesman' (not the mark that closes '`rules` are').
_TYPED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[`\u00b4](?=[A-Za-z])|(?<=[A-Za-z]s)[`\u00b4](?=\s+[a-z])")


def _typed_apostrophe(m: re.Match[str]) -> str:
    """The apostrophe a typed accent stands for, unless it closes a word that the same mark opened."""
    i = m.start()
    while i > 0 and m.string[i - 1].isascii() and m.string[i - 1].isalpha():
        i -= 1
    return m.group() if i > 0 and m.string[i - 1] in "`\u00b4" else "\u2019"


def read(archive: ArchivedText) -> list[Paragraph]:
    """The archive's paragraphs with their quotations and sentences."""
    paragraphs: list[Paragraph] = []
    # (read with the apostrophe a typed accent stands for, offsets unchanged; the archive's own text is what is cited)
    originals = list(archive.paragraphs)
    texts = [_TYPED_APOSTROPHE.sub(_typed_apostrophe, text) for text in originals]
    for number, text in enumerate(texts, start=1):
        following = texts[number] if number < len(texts) else ""
        quotes = (
            find_quotes(text, number)
            or find_doubled_single_quotes(text, number)
            or find_single_quotes(text, number, following)
        )
        if paragraphs and paragraphs[-1].quotes and not paragraphs[-1].quotes[-1].closed:
            rest = _rest_of_open_quote(text, number) or _runs_through(texts, number)
            if rest is not None:
                quotes = [rest, *(q for q in quotes if q.start >= rest.end)]
        else:
            left_out = _opening_mark_left_out(text, number)
            if left_out is not None:
                quotes = [left_out]
        para = Paragraph(number, text, quotes, mask(text, quotes))
        para.source = originals[number - 1] if text != originals[number - 1] else ""
        para.sentences = split_sentences(para)
        paragraphs.append(para)
    return paragraphs

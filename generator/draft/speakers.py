"""Who said what: the subject of each verb of saying, and the speaker of each quotation.

A sentence is read in the article's own words (quotations blanked out). Its
clause before a verb is cut into comma-separated segments, read backwards from
the verb: relative clauses ('who asked not to be named'), participles ('led by
...'), ages and appositives ('a member of ...') are stepped over, and the first
name, pronoun or description that remains is the subject. 'said X' and
'according to X' read the segments after the verb instead. A dateline
('BAGHDAD (Reuters) -'), a clause opened by a subordinator ('comes as X said')
or by 'that' after a verb of saying ('X said that Y denied it': Y denied), and
where the subject spoke ('X in a statement Tuesday said') are not part of it. A
verb in a relative clause is the name's it follows or holds ('Y, who called it',
'which Y called').

A quotation's speaker is found, in this order, from:

0. whose report or claim it is, when it stands as its content: 'Israel's reports
   about "..." are false' (Israel's words, whoever calls them false);
1. an attribution right after it: '"...," Lind said', '"...," said Marek Halden',
   '"...," Meridian Wire reported, citing X' (X);
2. the nearest verb of saying before it in the sentence: 'X said: "..."',
   'X described the situation as "dangerous"', '..., adding that "..."'; or a
   name before a colon: 'Brigade spokesman X: "..."', 'X disagreed: "..."';
3. a short next sentence that only attributes: '"..." Watout added.';
4. the sentence of reported speech before it in the paragraph: 'The group said
   it was investigating. "..."';
5. the quotation before it in the paragraph, when nothing else attributes it:
   '"...," Al-Zurfi said. "This poses ..."', or in the paragraph before, when
   it was left open there and this paragraph only closes it.

'it' is the last body that spoke (a name of unknown kind included), 'the statement'
whoever issued the last one, 'the report' whoever wrote the last one named.

Quotations none of these attribute are left out of the drafts and counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from generator.alternation import alternation
from generator.draft.discourse import (
    ARMED_PEOPLE,
    BODY_NOUNS,
    BRANCH_NOUNS,
    CREED_ADJECTIVES,
    GROUP_NOUNS,
    HUMAN_NOUNS,
    MEDIA_REPORTS,
    ONE_HOLDER_OFFICES,
    PLURAL_PEOPLE,
    REPORT_NOUNS,
    STATE_NOUNS,
    STATE_SPEAKER,
    THEIR_WRITING,
    UNOWNED_STATEMENT,
    WRITING_NOUNS,
    Discourse,
    Entity,
    Speaker,
    description_words,
    gender_of,
    holds_office,
    office_of,
    one_within,
    spells_out,
)
from generator.draft.names import (
    CALENDAR,
    CONNECTORS,
    DISTRICT_INITIALS,
    FUNCTION_WORDS,
    NAME_DESCRIPTORS,
    ORG_WORDS,
    OUTLETS_BY_ONE_WORD,
    PLACE_WORDS,
    PLATFORMS_WRITTEN,
    TITLE_MODIFIERS,
    TITLES,
    Lexicon,
    Mention,
    NameIndex,
    find_mentions,
    key_tokens,
)
from generator.draft.territories import capital_states, is_country_name, names_a_state
from generator.draft.text import Paragraph, Quote, Sentence
from generator.draft.verbs import (
    CHARGES,
    DAYS,
    DENY,
    DENY_PAST,
    DENYING,
    DISMISSING_PHRASES,
    FALSE_WORDS,
    HOW_PUT,
    ISSUED_WRITING,
    ISSUED_WRITING_THEN_RELATIVE,
    MONTHS,
    NAME_THEN_PARTICIPLE,
    OCCASION_PHRASE,
    OCCASIONS,
    OPENING,
    OWNED_DENIAL,
    PASSIVE_ADVERBS,
    QUOTED_AS,
    RELAYING,
    SAID,
    SAID_WORDS,
    SAYING_VERBS,
    SPOKEN_WHEN,
    STRESSING,
    TOLD_PASSIVE,
    TRAILING_WORDS,
    UNNAMED_HEARERS,
    WRITINGS,
    Verb,
    find_verbs,
)
from generator.weekdays import MONTH_NAMES

# Marks that end a clause for subject finding: quotation marks (single ones where they hold a masked
# quotation, not apostrophes), semicolons, colons, brackets, spaced dashes.
# A few words in marks inside a clause, right before its verb: after a word, then only a comma ('who heads the
# brigade's "popular committees", told'); never a quotation that opens the sentence.
_SCARE_QUOTE = re.compile(r"(?<=[\w'\u2019]\s)([\u201c\"]\u2591{1,40}+[.,]?+[\u201d\"])[.,]?+\s*+\Z")
# A description's words in marks right after its article, then more of it: 'an "authoritative source" within the
# brigade', 'a "senior official" in the ministry' (the marks only stress the wording).
_NOUN_IN_MARKS = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s([\u201c\"]\u2591{3,40}+[\u201d\"])(?=\s(?:[a-z]))")
_NOUNS_OF_SOURCES = frozenset("source sources official officials figure figures insider insiders".split())
_CUT = re.compile(r"[\u201c\u201d\"\u00ab\u00bb;:()\u2014\u2013]|\s-\s|\u2591[.,!?]?['\u2019]|['\u2018]\u2591")
_SEGMENT = re.compile(r",\s+")
# An aside set off by a pair of dashes, as by commas, with no clause mark inside: 'X – the brigade's spokesman –'.
_DASH_ASIDE = re.compile(
    r"\s([\u2013\u2014-])\s(?=[a-z0-9])[^\u2013\u2014;:()\u2591\u201c\u201d\"]{1,80}?\s([\u2013\u2014-])\s"
)
# A name set off by a pair of dashes after the description it names, as by commas: 'The army's media wing - the
# Kessel Press Office (KPO) - has termed the reports false' (after a lowercase word: no dateline, 'Kessel - X -').
_DASH_NAME_ASIDE = re.compile(
    r"(?<=[a-z])\s([\u2013\u2014-])\s(?:the\s)?(?-i:[A-Z])[\w'\u2019.-]*+"
    r"(?:\s++(?:(?:of|al|for|and|the)\s++){0,2}+(?-i:[A-Z])[\w'\u2019.-]*+){0,7}+(?:\s\([^()\u2591]{1,24}\))?"
    r"\s([\u2013\u2014-])\s"
)
# A verb of answering, then the answer's words in marks (the masked sentence's blanks): 'Dara Venn responded, "...',
# 'X replied: "...'.
_ANSWERS_IN_WORDS = re.compile(
    r"\b(?:responded|replied|retorted|answered|countered|(?:hit|shot|fired)\s+back)\s*+[,:]?\s*+[\u201c\"\u2591]"
)
# A verb of answering in the tag after a quotation: the quotation before it is not the answerer's.
_ANSWERING_TAG = re.compile(r"\b(?:respond|repl(?:y|ie)|retort|answer|counter|rebut|shot\s+back|hit\s+back)")
# Nor one that ends on a question mark: the tagged words after it answer it.
_ENDS_ON_A_QUESTION = re.compile(r"\?[\s\u2019'\u201d\"]*+$")
# A sentence that goes on with its speaker's words and names no subject: '"...." Adding that the front is united.'
_GOES_ON_SAYING = re.compile(
    r"\s*(?:(?:While|And)\s+)?(?i:Adding|Noting|Stressing|Saying|Explaining|Insisting|Emphasi[sz]ing|"
    r"Affirming|Pointing\s+out|Underlining|Indicating|Confirming)(?:\s+that\b|\s*+[:,]?\s*+[\u201c\u201d\"])"
    # (the words right after it, with a colon or none: 'Adding: "..."', as a paragraph of a statement goes on)
    # (or urging someone in its words: 'While inviting "all the media to ..."', 'Urging "the public to ..."')
    r"|\s*(?:(?:While|And)\s+)?(?i:Inviting|Urging|Calling\s+on|Warning)\s+[\u201c\"]"
)
# Between a name set in quotation marks and its verb: nothing, or a participle phrase that describes it
# ('the "Kessel guard force," made up of several brigades, announced').
_QUOTED_NAME_GAP = re.compile(
    r"\s*+(?:(?:comprised|composed|made|formed|consisting|led|backed|based)\b[^,;:\u201c\u201d\"\u2591]{0,80}+,\s*+)?"
    # (or where it is, a place's name: '"Kessel Brigade" in Veloria denies ...')
    r"(?:in\s++[A-Z][\w'\u2019-]*+(?:\s++[A-Z][\w'\u2019-]*+)?+\s*+)?"
)
# One unnamed person, in a few lower-case words: 'a shopkeeper', 'an elderly fisherman'.
_ONE_UNNAMED = re.compile(r"(?:an?|one)\s++(?:[a-z][a-z-]*+\s++){0,2}+[a-z][a-z-]*+")
# Nouns of an office held to someone, whose 'to' names whom they serve, not whom they told: 'an adviser to X'.
_OFFICE_TO = frozenset(
    "adviser advisor aide envoy ambassador consultant deputy secretary assistant counsel counsellor counselor "
    "representative successor heir ally attache liaison close loyal near next".split()
)
# The offices of speaking for someone or some body ('spokesman for'): one list for the patterns below.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# An office held to one person, named after it as its own appositive: 'aide to the governor' in 'Dara Velk, aide to
# the governor, Omar Tessin, said' (the governor is Tessin; Velk speaks).
_SERVES_THE_OFFICE = re.compile(
    r"\b(?:to|for|of)\s++the\s++(?:[a-z-]++\s++){0,2}+(?:governor|minister|president|premier|chairman|chairwoman|"
    r"commander|leader|mayor|king|emir|prince|sheikh|chief|head|director|speaker|secretary-general)\s*+\Z"
)
# An office held to someone, then whom it serves (whatever titles and bodies stand before that name), opening an
# appositive after a person: 'media adviser to Kessel Brigade leader Dara Venn', 'spokesman for Front commander X',
# 'chief of staff to President X' ('staff to').
_OFFICE_SERVING = re.compile(
    r"(?:(?:an?|the)\s++)?(?:[\w'\u2019-]++\s++){0,2}?(?:"
    + "|".join(sorted(_OFFICE_TO | _SPOKESPEOPLE | {"staff", "aides", "advisers", "advisors"}))
    + r")\s++(?:to|for|of)\s",
    re.IGNORECASE,
)
# Whom the one who spoke told, after them: 'said Lev Arno to reporters'.
_TOLD_AFTER_SPEAKER = re.compile(r"(?<=\S)\s+to\s+(?=\S)")
# A quotation that reads as words said, never as a name: it opens with a pronoun, or holds an auxiliary or 'not'.
_SAID_NOT_NAMED = re.compile(
    r"^(?:I|We|You|He|She|It|They|This|That|There)\b|\b(?:not|will|would|can|cannot|must|should|is|are|was|were|"
    r"have|has|had|do|does|did)\b|"
    # (or a possessive and a word in small letters: '"Our troops repelled them," said ...' are words; '"Our Homeland"
    # said', every word a capital's but a name's own 'of' or 'and', is a name)
    r"^(?:Our|My|Your|His|Her|Its|Their)\s(?=[^\n]*?(?<![\w'\u2019-])(?!(?:of|and|for|the)\b)[a-z])"
)
# Before that name: nothing, or a time phrase and 'the' ('On Friday, the "Kessel guard force," ...').
_QUOTED_NAME_LEAD = re.compile(r"\s*+(?:(?:On|on|Last|last)\s++\w++,?\s++)?(?:[Tt]he\s++)?")
# Where one spoke, ending a sentence that has no verb: '..., in private comments to Meridian Wire.'
_IN_COMMENTS = re.compile(
    r",?\s++in\s++(?:(?:private|exclusive|special|press|brief|separate)\s++)?"
    r"(?:comments|remarks|statements|(?:an\s++)?interview)\s++(?:to|for|with)\s++[^,;:]{1,80}+\Z"
)
# A next sentence with no verb of saying that tells who said the quotation before it, as news writes it after words
# set first: 'The remarks came from X', 'X made the remarks in Kessa', 'X was speaking at a rally' (the subject: before
# the verb, or after 'came from'; its apposition set off by commas counted out).
# (or names them after 'the words of' or 'So said': 'Those were the words of X', 'So said X, the commander'; or as
# their owner: 'The words were X's.')
_SAID_BY_NEXT = re.compile(
    r"\s*+(?:"
    r"(?:The|Those|These|That|This|Such)\s++(?:"
    r"(?:remarks?|comments?|words|statements?|warnings?|messages?)"
    r"\s++came\s++(?:(?:on|late\s++on|early\s++on)\s++[A-Z][a-z]++\s++)?from"
    r"|(?:were|are|was|is)\s++the\s++(?:remarks?|comments?|words|warnings?|message)\s++of)"
    r"|So\s++(?:said|says|wrote|writes)"
    r")\s++(?P<from>[^,;:\u2591]++)"
    r"|\s*+(?:The|Those|These)\s++(?:words|remarks|comments)\s++(?:were|are)\s++"
    r"(?P<owner>(?:[A-Z][a-z]{0,3}+\.\s++){0,2}+[A-Z][\w-]*+"
    r"(?:\s++(?:(?:bin|ibn|bint|van|von|de|der)\s++)?+(?:al-|el-)?+[A-Z][\w-]*+){0,3}+)['\u2019]s?\s*+[.!]?\s*+\Z"
    r"|(?P<subject>[^;:\u2591]{2,160}?)\s++(?:"
    r"made\s++(?:the|these|those|his|her|its|their)\s++(?:remarks?|comments?|statements?)"
    r"|(?:was|were)\s++(?:speaking|talking)\s++(?:at|to|in|on|during|after|before|from|with|alongside)"
    r")\b"
)
# 'So said X': the next sentence's verb with its subject after it, the quotation before its object.
_SO_SAID = re.compile(r"\s*+So\s++(?:said|says|wrote|writes)\s")
# A text's name, by its last word, whose words are quoted with no speaker ('Those were the words of the Kessel Accord').
_DOCUMENT_NAME = re.compile(
    r"\b(?:Accords?|Treaty|Charter|Declaration|Resolution|Constitution|Act|Agreement|Protocol|Convention|Pact|"
    r"Manifesto|Law|Covenant|Statute)['\u2019]?s?$"
)
# A clause of time or cause that opens after a quotation, with a subject and verb of its own: '"...", after the army
# said', '"...," hours after Israel said', '"...," a day before X claimed' (the verb is no attribution of the words).
_CLAUSE_AFTER_QUOTE = re.compile(
    r"(?:(?:just|shortly|soon|only|long|even|hours|days|minutes|moments|weeks|months|a|an|one|two|three|few|day|"
    r"week|month|year|\d+)\s){0,3}(?:after|before|since|because|once|following|until)\s",
    re.IGNORECASE,
)
# A subordinator that opens a clause after the subject of '..., said X' ('said Lev Arno when reached by phone').
# (and 'without', which opens a phrase of manner: 'said the statement without further details')
_SUBORDINATE_AFTER = re.compile(
    # (with how long before or after: 'denied by X hours after Y said', 'said X shortly before')
    r"(?:\s(?:hours|days|weeks|minutes|moments|shortly|soon|just|only|long|even))?"
    r"\s(?:when|while|whereas|after|before|because|although|though|once|without)\s"
)
# A verb of saying right after the comma that ends what was said, its subject after it: '..., said X'.
_AFTER_DASH = re.compile(r"[\u2014\u2013]\s*\Z|\s-\s*\Z")
# (an adverb may stand between the comma and the verb: '..., further said the statement', '..., also said X')
_INVERTED = re.compile(r"[^\s,\u2591],\s++(?:(?:further|also|then|later|again)\s++)?\Z")
_STOPPED = re.compile(r"[.!?][\u201d\"'\u2019)]*\s*\Z")
# Words in marks inside a clause, a word before them and the marks closed at the end: 'goes in line with "..." ' (not
# a sentence that opens with its marks, '"...," ', whose words after the marks may be its speaker).
_MARKS_WITHIN_CLAUSE = re.compile(r"\w[,;:]?\s++[\u201c\"]\u2591++[\u201d\"]\s*+\Z")
# Adverbs of manner quoted right before the verb: '"strongly and categorically" refuted', '"firmly" denies'.
_QUOTED_MANNER = re.compile(r"(?<=\s)[\u201c\"](?:[a-z]+ly|and|,|\s)+[\u201d\"]\s*\Z")
# A name or nickname in marks inside an aside, masked: 'X, who is known as "the minister", said' (the marks end no
# clause: X still speaks). So too words in marks after 'so-called' or 'self-styled', the writer's distance from a
# name, not anyone's quotation: 'Lev Arno said the so-called "peace talks" had ended' (before: Arno's words, though
# 'The so-called "peace talks" ended' gave them to no one).
# A sentence after words in marks that says they were written up, not said: 'The words were painted on a wall',
# 'The slogan was scrawled on the gate'.
_WORDS_WRITTEN_UP = re.compile(
    r"\s*+(?:The|Those|These|That|This|Such)\s++(?:words|slogans?|phrases?|messages?|lines?|graffiti|inscriptions?)"
    r"\s++(?:was|were|had\s++been|have\s++been|has\s++been)\s++(?:[a-z]++ly\s++)?"
    r"(?:painted|written|scrawled|sprayed|spray-painted|daubed|printed|inscribed|emblazoned|carved|etched|stencilled|"
    r"stenciled|displayed)\b"
)
_NICKNAME_IN_MARKS = re.compile(
    r"\b(?:(?:known|referred\s+to)\s+as|nicknamed|dubbed|so-called|self-styled|self-proclaimed)\s++"
    r"[\u201c\"]\u2591{1,80}+[,.]?+[\u201d\"]"
)
# Words in marks that name or title a thing, no one's speech here (the gold files list them under 'ignore'): after a
# word of titling, any words ('a video titled "We will stay"', 'under the slogan "..."', 'the hashtag "#SafeKessa"');
# after 'Operation' or a noun of a thing that bears a name, or before such a noun after an article, words that read
# as a name ('the newspaper "Kessel Daily"', 'Operation "Northern Shield"', 'the "Northern Shield" operation'); after
# a noun of a word as a word, any words, unless the subject used it ('rejected the term "liberation"', not 'used the
# word "betrayal"', the user's word).
_TITLE_BEFORE_MARKS = re.compile(
    r"\b(?:(?i:titled|entitled|headlined|code-?named)|(?:hashtag|slogan|motto|banner|headline|caption|title)s?"
    # (a work, whose title may be a sentence: 'the book "We Will Stay"', 'his film "Nobody Leaves"', 'the author of
    # "We Will Stay"')
    r"|(?i:the|a|an|his|her|its|their)\s++(?:[\w-]++\s++)?(?:book|novel|film|movie|documentary|song|anthem|poem)"
    r"|\b(?:author|writer|director|producer|editor|host|presenter)\s++of(?:\s++the)?"
    # (and what a sign or a placard bore, written by no one the sentence names: 'a sign on the door that read
    # "Closed"', 'placards saying "..."', and at a sentence's start, 'Banners reading "..." hung from the walls')
    # (not one who stood by a sign and then spoke: 'stood beside a banner and said "..."', the words the speaker's)
    r"|\b(?i:signs?|placards?|banners?|posters?|graffiti|t-shirts?)\s++(?:(?:(?!\b(?:and|then|but)\s)[^,;:\u2591]){1,30}?\s)??"
    r"(?:(?:that|which)\s++)?(?:read|reads|reading|said|says|saying|bearing))"
    r"\s*+,?\s*+\Z"
)
_NAMED_THINGS = (
    r"operations?|offensive|campaign|initiative|programme|program|project|newspaper|paper|daily|weekly|magazine|"
    r"channel|station|website|outlet|series|group|movement|militia|faction|party|coalition|alliance|"
    r"organi[sz]ation|network|forum|conference|summit|app|platform"
)
_NAMED_THING_BEFORE_MARKS = re.compile(
    rf"(?:\b(?:the|a|an|its|his|her|their)\s++(?:[\w-]++\s++)?(?:{_NAMED_THINGS})(?:\s++(?:called|named))?"
    # (right before the marks: after a comma they open what is said, 'according to the militia, "Nobody died"')
    r"|(?-i:\bOperation))\s*+\Z",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_MARKS = re.compile(r"\b(?:the|a|an|its|his|her|their)\s*+\Z", re.IGNORECASE)
_NAMED_THING_AFTER_MARKS = re.compile(rf"\s*+(?:{_NAMED_THINGS})\b")
_WORD_BEFORE_MARKS = re.compile(
    r"(?<!\buse\s)(?<!\bused\s)(?<!\buses\s)(?<!\busing\s)\b(?:the|a)\s++(?:[\w-]++\s++)?"
    r"(?:term|word|phrase|expression|label|epithet)\s*+,?\s*+\Z",
    re.IGNORECASE,
)


# What a plural subject calls a thing, with no verb of saying ('what officials call "pacification"', 'residents call
# the road "the road of death"'): their word for it, not the words of the one whose account cites it ('calls', a
# verb of saying, has its own subject read).
# (the verb, not the noun after a determiner or a possessive, opening the sentence too: 'repeated his call "Leave the
# town"' is his words, as are 'repeated Venn's call "..."', 'the brigades' call', 'The call "..." was repeated'; not
# 'that', a relative pronoun as often: 'residents that call the road "the road of death"')
_CALL_BEFORE_MARKS = re.compile(
    r"(?<![\w'\u2019-])"
    + "".join(
        rf"(?<!\b{w}\s)"
        for d in ("the", "a", "his", "her", "its", "their", "our", "my", "this", "your")
        for w in (d, d.capitalize())
    )
    + r"(?<!['\u2019]s\s)(?<!s['\u2019]\s)call\s++(?:(?:it|them|this|that|themselves|itself)\s++"
    r"|(?:the|a|an|its|their|this|that)\s++(?:[\w'\u2019-]++\s++){0,3}+)?+\Z"
)


def _reads_as_a_name(words: str) -> bool:
    """A few words that open with a capital (after any 'the') or a '#', and read as no clause said."""
    words = words.strip(" ,.")
    bare = re.sub(r"^(?:the|The)\s+", "", words)
    return (
        1 <= len(words.split()) <= 8
        and (bare[:1].isupper() or bare[:1] == "#")
        and not re.search(r"[.!?;:]", words)
        and not _SAID_NOT_NAMED.search(bare)
    )


def named_in_marks(masked: str, start: int, q: Quote) -> bool:
    """Whether the words in marks of ``q`` name or title a thing (see _TITLE_BEFORE_MARKS); ``start``: where its
    sentence starts."""
    before = masked[start : q.start]
    if _TITLE_BEFORE_MARKS.search(before) or _WORD_BEFORE_MARKS.search(before) or _CALL_BEFORE_MARKS.search(before):
        return True
    if not _reads_as_a_name(q.text):
        return False
    return _NAMED_THING_BEFORE_MARKS.search(before) is not None or (
        _ARTICLE_BEFORE_MARKS.search(before) is not None and _NAMED_THING_AFTER_MARKS.match(masked, q.end) is not None
    )


# Nouns of an office held for someone or some body, in an appositive: 'adviser to', 'spokesman for'.
# (_OFFICE_TO has 'secretary' and 'advisor' already)
_OFFICE_HELD = _OFFICE_TO | _SPOKESPEOPLE | {"director"}
# Words that rank an office, set before it with no article in an appositive: 'X, main spokesman for the brigade,'.
_OFFICE_ADJECTIVES = frozenset("main chief senior top principal official deputy acting former".split())
# Words of a role written before a name, lowercase or not: 'committee member', 'FO spokesperson'.
_ROLE_BEFORE_NAME = re.compile(
    r"(?:[\w.'\u2019-]+\s+){0,3}(?:"
    + "|".join(
        sorted(
            (
                "member",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "official",
                "commander",
                "leader",
                "head",
                "chief",
                "minister",
                "lawmaker",
                "mp",
                "envoy",
                "adviser",
                "advisor",
                "deputy",
                "director",
                "secretary",
            )
        )
    )
    # an office of something, as one title: 'Secretary of State', 'Minister of Defence', 'chief of staff'
    + r")(?:\s+of\s+(?:[\w'\u2019-]+\s+)?[\w'\u2019-]+)?"
)
# An office of a body written out before its holder's name with no comma, the body's words ending in a noun for a body
# (lower case, so no name run joins them): "the spokesman for the Orvale Council's government Dara Venn", 'the head of
# the Orvale government Dara Venn' (the name is the holder, as after 'the spokesman for the Orvale Council').
_OFFICE_OF_BODY_BEFORE = re.compile(
    rf"(?:the\s+)?(?:{'|'.join(sorted(TITLES))})\s+(?:of|for)\s+the\s+(?:[\w.'\u2019-]+\s+){{0,4}}?"
    rf"(?:{'|'.join(sorted(BODY_NOUNS))})"
)
# After a person's name and its possessive: a speech of theirs, a few words of when, then a clause of time whose
# subject follows ("Lev Arno's statement on Thursday, when he said": 'he' is Arno), the speech one or several ('remark'
# or 'remarks', 'speeches').
_SPEECH_THEN_WHEN = re.compile(
    r"['\u2019]s?\s+(?:statement|remark|speech|interview|comment|address|sermon|briefing|tweet|post)(?:s|es)?"
    r"(?:\s+[^\s,;:\u2591]+){0,5},\s+when\s+"
)
# A longer title, or two joined by 'and', before a person's name: it ends with a word of office and holds no
# clause (no comma, no verb of its own), so the name after it is still the subject.
_TITLES_BEFORE_NAME = re.compile(
    r"(?:[^\s,;:\u2591]+\s+){0,11}?(?:"
    + "|".join(("member", *sorted(_SPOKESPEOPLE), "official", "commander", "leader", "chief"))
    + r"|minister|lawmaker|mp|envoy|adviser|advisor|deputy|director|secretary|ambassador"
    # a rank after the office: 'The spokesman of the Kessel Brigade Brigadier General Lev Arno'
    + r"|general|colonel|brigadier|admiral|major|captain|lieutenant)"
)
# Right after a noun of what was said: 'the claims were ...', 'claims dismissed by ...' (a lookbehind a word).
_AFTER_SAID_WORD = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in SAID_WORDS) + ")"
# The agent of a passive denial, or the writing it was denied in, then its issuer: 'by X', 'through a statement
# released by X', 'in a statement issued by X' (X denies: 'the reports were rebutted through a statement released
# by the brigade').
# (and how strongly it was denied, between the verb and its agent: 'refuted in strong words by X', 'rejected in the
# strongest terms by X', 'in the strongest possible terms', 'denied outright by X')
_BY_AGENT = (
    r"\s+(?:in\s+(?:the\s+)?(?:strong|stronger|strongest|harsh|harshest|clear|clearest|no\s+uncertain|unequivocal|"
    r"categorical|firm|plain)\s+(?:possible\s+)?(?:terms|words|language)\s+|(?:[a-z]+ly|outright)\s+)?"
    rf"(?:(?:in|through|via)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{WRITINGS})\s+"
    r"(?:issued|released|published|posted)\s+)?by\s+(?=\S)"
)
# A denial in the passive, with its agent: 'the report was refuted by Taliban officials', 'the claims were deemed
# false by an official', 'it was dismissed as propaganda by the ministry'. The agent denies.
_DENIED_BY = re.compile(
    # what was said, dismissed in a phrase: 'the claims were brushed aside by X' (not 'the drone was shot down by X')
    _AFTER_SAID_WORD + r"(?:was|were|is|are|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(brushed\s+aside|brushed\s+off|shrugged\s+off|waved\s+away|waved\s+off|laughed\s+off|shot\s+down|"
    r"knocked\s+down|ruled\s+out|dispelled|contradicted)\s+by\s+(?=\S)|"
    # what was said, then its denier with no auxiliary between: 'claims dismissed by the lawmaker as defamation'
     + _AFTER_SAID_WORD + rf"(?:[a-z]+ly\s+)?({'|'.join(DENY_PAST)}){_BY_AGENT}|"
    # (adverbs of time and addition too: 'the claim was also later denied by X')
    rf"\b(?:was|were|is|are|been|being)\s+{PASSIVE_ADVERBS}"
    rf"(?:({'|'.join(DENY_PAST)})|"
    r"(deemed|called|branded|termed|labell?ed|described\s+as|dismissed\s+as)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?"
    rf"(?:{FALSE_WORDS}))" + _BY_AGENT
)
# A denial named as a noun, its denier after 'by' or 'from': 'The denial by the brigade came after ...', 'The reports
# drew a swift denial from X' (no verb of saying stands near: before, no one denied). Not one asked for, awaited or
# lacking ('demanded a denial from X', 'there was no denial from X'), nor a rejection, which may be of a plan.
# (or issued in the passive, its issuer after 'by': 'A denial was issued by X on Monday', 'a rebuttal was later
# released by X')
_DENIAL_FROM = re.compile(
    r"(?<!\bno\s)(?<!\bany\s)\b(?:denial|denials|rebuttal|refutation)\s+"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+"
    + PASSIVE_ADVERBS
    + r"(?:issued|released|put\s+out|posted|published)\s+)?"
    r"(?:by|from)\s+(?=\S)",
    re.IGNORECASE,
)
# The verb of a sentence whose subject is a denial named with its denier: 'The denial by X came after', 'was issued'.
_VERB_AFTER_DENIAL = re.compile(
    r"\s(?:came|comes|followed|follows|was|were|is|are|has|have|had|arrived|appeared|contradicted|contradicts|"
    r"echoed|echoes|prompted|drew|went)\b"
)
_DENIAL_ASKED_FOR = re.compile(
    r"\b(?:no|any|without|demand\w*|seek\w*|sought|request\w*|await\w*|expect\w*|want\w*|call\w*\s+for|urg\w*|"
    # (and waited or hoped for, or put as a condition: 'is still waiting for a denial from X', 'if a denial by X comes')
    r"press\w*\s+for|ask\w*\s+for|wait\w*\s+for|hop\w*\s+for|lack\w*|absence\s+of|if|unless|whether)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[a-z-]+,?\s+){0,2}?$",
    re.IGNORECASE,
)
# A denial named with its denier that is still to come or only likely, by the verb right after the denier's name: 'A
# denial from X has yet to come', 'A denial by X is unlikely', 'would change nothing' (no denial made).
_DENIAL_NOT_MADE = re.compile(
    # (the denier's words, none a verb or a clause's opening: not 'The denial by Kessia came after Arno said it would')
    r"(?:(?!(?:came|comes|followed|follows|was|were|is|are|has|have|had|arrived|appeared|said|says|after|before|when|"
    r"that|who|which)\b)[\w.'\u2019-]+\s+){1,6}?(?:(?:has|have|had)\s+(?:yet|still)\s+to|(?:is|was|seems|seemed|looks|looked|appears|"
    r"appeared)\s+(?:\w+ly\s+)?unlikely|would|will|could|might|may|should|must|(?:is|was|are|were)\s+(?:still\s+)?"
    r"(?:expected|awaited|due|needed|required|demanded))\b",
    re.IGNORECASE,
)
# The last word of a place's name that makes it a state, which speaks: 'Islamic Emirate', 'Republic of X'.
# The judgement after the agent of a passive denial: 'dismissed by X as baseless' (not 'as well as').
_AS_AFTER_AGENT = re.compile(r"(?<!\s)\s+as\s+(?!well\b)", re.IGNORECASE)
_STATE_WORD = re.compile(r"\b(?:[Rr]epublic|[Kk]ingdom|[Ee]mirates?|[Ss]tate)\b")
_OPENING_PRONOUN = re.compile(r"\s*(He|She|It|They)\b")
# A sentence opening with a pronoun's words: 'His remarks came ...', 'Her comments were a response to ...', 'His
# message was clear: "..."'.
_THEIR_WORDS_OPENING = re.compile(
    r"\s*(His|Her|Its|Their)\s+(?:latest\s+|recent\s+)?"
    r"(?:remarks?|comments?|words|statements?|messages?|responses?|repl(?:y|ies)|answers?|verdicts?|reactions?)\b"
)
# 'It' as the subject of a sentence's first verb (not 'It was', 'It is' that open a cleft or an impersonal clause).
_IT_OPENING = re.compile(
    r"\s*+It\s++(?:also\s+|then\s+|further\s+)?(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|"
    r"remains|remained|would|will|may|might|could|should|must)\b)[a-z]+\b"
)
# A pronoun of a gender opening a sentence, which tells the gender of the one person named just before.
_OPENING_GENDERED = re.compile(r"\s*(He|His|She|Her)\b")
_NAME_WRITING_READ = re.compile(r"\s+(?:statement|letter|post|message|tweet)\s+(?:read|reads)\b")
_STATEMENT_READ = re.compile(
    r"([^,;:\u2591\u201c\u201d\"]{2,60}?(?:['\u2019]s?)?)\s+(?:statement|letter|post|message|tweet)\s+(read|reads)\b"
)
# "X's only statement on the issue was, '...'", 'His response was: "..."': words that were someone's statement,
# comment, response or reply are theirs, with no verb of saying (the owner's apostrophe is at times left out: 'X
# only statement on the issue was'). The quotation follows at once; 'the statement was "a fabrication"' after a verb
# of saying is that speaker's judgement, and the verb's own act stands.
_STATEMENT_WAS = re.compile(
    r"(?:\b(?P<adj>only|sole|single|brief|first|initial|official)\s+)?"
    r"\b(?:statement|comment|response|reply|answer|reaction)"
    r"(?:\s+(?:on|about|to|regarding)\s+(?:the|this|that|these|those)\s+(?:[a-z]+\s+)?[a-z]+)?"
    r"\s+(?P<verb>was|were)\s*+[,:]?\s*+[\u201c\"]"
)
# "Lev Arno's response to the report: '...'", "The ministry's reply:": words given as their owner's response,
# reply or answer under a label that ends with a colon, with no verb of saying: the owner speaks (its name, a body
# described, or a state's possessive before it: "Veloria's defence ministry's response").
_RESPONSE_COLON = re.compile(
    r"\s*(?P<owner>[^,;:\u2591\u201c\"]{2,80}?)['\u2019]s?\s+(?:(?:swift|brief|curt|only|first|official)\s+)?"
    r"(?P<noun>response|reply|answer|reaction|retort|rebuttal)(?:\s+to\s+[^,;:\u2591]{1,60}?)?\s*:\s*[\u201c\"]"
)
# Between the owner's name and their statement: the possessive's 's, or its apostrophe alone after a plural ('the
# Kessel Forces' only statement'), or, left out, only a space before an adjective.
_OWNER_OF_STATEMENT = re.compile(r"['\u2019]s?\s+")
_OWNER_BARE = re.compile(r"\s+")
# The owner's pronoun right before the statement, opening the sentence or after a clause or a word before it:
# 'Asked about the raid, his only comment was', 'But her response was'.
_OWNER_PRONOUN = re.compile(r"(?<![\w'\u2019-])([Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+$")
# 'X was quoted by Y as saying': X speaks (the clause before 'was', after any comma, or after a quotation's '," ').
# (a stray comma before 'was' too: '"...," X, was quoted as saying'); 'as denying' as 'as saying'.
_AS_SAYING = rf"\s+as\s+(?P<verb>saying|telling|having\s+said|{'|'.join(DENYING)})\b"
_WAS_QUOTED_AS_SAYING = re.compile(r"(?:^|,[\u201d\"]?\s+)([^,;:\u2591]{2,80}?),?\s+" + QUOTED_AS)
# 'quoted X as saying', 'cited X, a senior politician, as saying', 'reported X as saying': X speaks, an appositive
# stepped over (its closing comma is often left out after an article: 'quoted X, a senior politician as saying'; not
# 'reported X, citing Y as saying'). No name holds 'which' or 'that': in 'rejected reports (published by Y) which
# quoted X as saying' 'reports' is the noun, and X is named after 'quoted' (while 'The agency reports X as saying' is
# the verb). Nor does it hold another such verb: in 'refuted reports in the media quoting X as saying' or 'media
# reports citing X as saying', the noun 'reports' is no verb, and X is named after the last one ('quoting').
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:quot|cit|report)(?:ed|es|s|ing)\s+(?!by\s)"
    r"((?:(?!\b(?:which|that|(?:quot|cit|report)(?:ed|es|s|ing))\s)[^,;:\u2591]){2,80}?)"
    r"(?:,\s+[^,;:\u2591]{2,100}?,|,\s+(?i:an?|the|its|his|her|their)\s[^,;:\u2591]{1,100}?)?" + _AS_SAYING
)
# How one answered, told in the reporter's words, which a paragraph of bare quotation then gives in theirs: asked
# ('Asked about the raid, X was blunt', 'X was asked whether'), the remarks made, a judgement of the words ('X was
# dismissive', 'remained defiant', 'was less sure', 'struck a defiant tone', 'had harsh words for'), disagreeing, or
# answering ('X hit back', 'X disagreed', 'X went further', 'X thinks otherwise').
_ANSWERED_SO = re.compile(
    r"\b(?:(?:was|were|is|are)\s++asked|when\s++asked|(?:made|making)\s++(?:the|these|those|his|her|their)\s++"
    r"(?:remarks|comments)|(?:dis)?agreed|(?:dis)?agrees|begged\s++to\s++differ|(?:went|goes)\s++further|"
    r"(?:responded|responds|reacted|reacts|hit\s++back|hits\s++back|shot\s++back|fired\s++back)|"
    r"(?:thinks|thought|believes|believed|feels|felt|(?:sees|saw)\s++(?:it|things|matters))\s++(?:otherwise|differently)|"
    # ('was quick to respond', 'were quick to hit back'; 'has a different account', 'tells a different story')
    r"(?:was|were|is|are)\s++quick\s++to\s++(?:respond|reply|react|hit\s++back|answer)"
    r"(?=\s*+[.,;:]|\s++(?:to|on)\s++(?:(?:the|these|those|this|such|his|her|their|its)\s++)?(?:[\w-]++\s++)?"
    r"(?:claims?|accusations?|allegations?|reports?|charges?|remarks|comments|statement|criticism)\b)|"
    r"(?:had|has|have|gave|gives|offered|offers|tells|told)\s++an?\s++(?:very\s++)?"
    r"(?:different|other|opposing|conflicting|contrasting)\s++(?:account|version|story|explanation|take)\b|"
    r"(?:did\s++not|didn't|does\s++not|doesn't)\s++mince\s++(?:his|her|their|its)\s++words|minced\s++no\s++words|"
    r"(?:struck|strikes|sounded|sounds)\s++an?\s++(?:[\w-]++\s++){0,2}?(?:tone|note)|"
    r"(?:had|has)\s++(?:[\w-]++\s++){0,2}?words\s++(?:for|of)|"
    r"(?:took|takes)\s++an?\s++(?:different|harder|softer|tougher|similar|dimmer|more\s++\w++)\s++(?:view|line)|"
    r"(?:offered|offers|issued|issues|sounded|sounds|gave|gives)\s++an?\s++(?:[\w-]++\s++){0,2}?"
    r"(?:warning|view|take|assessment|verdict)|put\s++it\s++[a-z]+ly|"
    r"(?:expressed|expresses|voiced|voices|defended|welcomed|blamed)\s|"
    r"shared\s++(?:his|her|their)\s++(?:fears|concerns?|views?|thoughts|frustration|anger)|"
    r"(?:was|were|is|are|remained|remains|sounded|sounds|seemed|seems|appeared|appears)\s++"
    r"(?:(?:more|less|even|equally|far|much|just|as|so|also|similarly|not|no\s++less)\s++)?"
    r"(?:blunt(?:er)?|adamant|defiant|dismissive|unequivocal|emphatic|categorical|forthright|candid|frank|scathing|"
    r"cautious|optimistic|pessimistic|hopeful|sceptical|skeptical|unconvinced|unimpressed|upbeat|confident|defensive|"
    r"angry|furious|bitter|resolute|unmoved|unrepentant|unapologetic|measured|guarded|circumspect|outspoken|terse|"
    r"doubtful|dubious|undeterred|convinced|sure|insistent|worried|concerned|upset|frustrated|disappointed))\b",
    re.IGNORECASE,
)
# Words that make a paragraph the scene of someone speaking, so that a paragraph of quotation after it is theirs:
# 'X spoke to reporters on Monday.', 'X addressed a rally.', then '"We will not withdraw."'
_SPEECH_EVENT = re.compile(
    r"\b(?:statement|speech|address|addressed|interview|video|message|post|tweet|spoke|speaking|reporters|"
    r"press conference|news conference|briefing)\b",
    re.IGNORECASE,
)
# (and a message, tweet, letter or post on a site, whose author 'the post said' later is: 'X posted a message on X';
# not a post of an army, nor 'the Post', a newspaper)
# (and an e-mail: 'In an e-mail to journalists, X said ...', then '"...," the e-mail said')
_STATEMENT = re.compile(r"\b(?:statement|message|tweet|letter|e-?mail|(?-i:post)(?=\s+on\b))\b", re.IGNORECASE)
# A short aside in brackets does not end the clause: 'The Syrian Democratic Forces (SDF) denied'.
_SHORT_BRACKETS = re.compile(
    r"\([^()\u2591]{1,24}\)|"
    # or a longer name in brackets, its words capitalised: '(Popular Mobilisation Forces)', '(Army of the Free)'
    r"\((?-i:[A-Z])[\w'\u2019.-]*+(?:\s++(?:(?:of|al|for|and|the)\s++){0,2}+(?-i:[A-Z])[\w'\u2019.-]*+){0,7}+\)|"
    # or a name's other forms: '(PMF, or Hashd al-Shaabi in Arabic)'
    r"\((?-i:[A-Z])[\w'\u2019.-]*+,?+\s++or\s++[^()\u2591,;:]{1,48}+\)|"
    # or given after words of naming: '(also known as KB or Liwa Kessel)', '(known locally as the Front)', '(formerly
    # known as the Front)', '(previously called X)'
    r"\((?:(?:also|once|[a-z]+ly)\s++)?(?:(?:known|referred\s++to)(?:\s++[a-z]+ly)?\s++as|called|dubbed|nicknamed)\s++[^()\u2591;:]{1,60}+\)|"
    # or a longer description in lowercase words, with no clause mark and no verb of saying: 'The Front (under
    # sanctions over its raids on the border) rejected the claims'
    rf"\((?-i:[a-z])(?![^()]*+\b{SAID}\b)[^()\u2591,;:]{{1,60}}+\)"
)
_LEADING = re.compile(
    r"^(?:(?:and|but|or|while|whereas|although|though|as|when|so|yet|then|also|now|meanwhile|however|later|"
    r"earlier|separately|further|still|because|since|once|if|even|not only)\s+)+",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    rf"^(?:(?:late|early)\s+)?(?:on|in|at|during|since|by|last|this|next|earlier|later)\s+(?:the\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})(?:\s+\d{{1,2}})?(?:\s+\d{{4}})?|\d{{4}}|{DAYS}|morning|afternoon|evening|night|"
    rf"week|weekend|month|year|time)\b\s*",
    re.IGNORECASE,
)
# Adverbs and auxiliaries that may trail a subject ('the minister also', 'Venn had'): each is one word,
# or two joined by one space. Matched a word at a time back from the end (see _trailing_start).
_TRAILING_WORD = re.compile(TRAILING_WORDS, re.IGNORECASE)


def _short_or_whole(names: tuple[str, ...]) -> str:
    """A month's name as a dateline writes it: its shortest form, then each longer one as the rest or none
    ('Jan(?:uary)?', 'Sep(?:t(?:ember)?)?', 'May')."""
    forms = sorted(names, key=len)
    rest = ""
    for shorter, longer in reversed(list(pairwise(forms))):
        rest = f"(?:{longer[len(shorter) :]}{rest})?"
    return forms[0] + rest


# A month's name or its short form, in a dateline: 'Mar', 'Sep.', 'March' (from the one list of months).
_MONTH = "(?:" + "|".join(_short_or_whole(names) for names in MONTH_NAMES) + r")\.?"
# A dateline opens a wire story: the place, perhaps a date, and the agency, then a dash ('BAGHDAD (Reuters) -',
# 'TEHRAN, Sep. 01 (MNA) -', 'Damascus, SANA-', 'ERBIL / ', 'OSTRA, Velor (AP) -'). It is not part of the first
# sentence's subject.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,2})"  # the place
    # (and its country or region, before an agency in brackets or a date: 'OSTRA, Velor (AP) -')
    r"(?:,\s*[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,2}(?=,?\s*\(|,\s*[A-Z][a-z]{2,8}\.?\s+\d))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"  # a date
    r"(?:,?\s*\([A-Za-z][\w .'-]{0,24}\)|,\s*[A-Z]{2,8}(?=\s*[-\u2013\u2014]))"  # the agency
    # (a dash typed as two hyphens, as wire copy in plain text writes it: 'ISLAMABAD --', 'OSTRA (AP) --')
    r"\s*(?:--|[-\u2013\u2014])\s*"
    r"|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}(?:\s+(?:--|[-\u2013\u2014])|\s*/)\s+"  # 'BEIRUT -', 'SULAIMANIYA / '
    # (a place in capitals and its country, then a bar: 'KESSEL TRIBAL AGENCY, Veloria | ')
    r"|[A-Z]{3,}(?:\s[A-Z]{3,}){0,3}(?:,\s*[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,2})?\s+\|\s+"
    r"|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2}\s*\([^()\u2591]{1,60}\)\s*(?:(?:--|[-\u2013\u2014])\s*)?"  # 'OSTRA (Wire / Agency - 2 May)'
    r"|[A-Z][\w'.]*(?:\s[A-Z][\w'.]*){0,3}\s+[\u2013\u2014]\s+"  # 'Bayan News \u2013' (an outlet's own dateline)
    # (a place, a date and the agency with no dash, before the first sentence's capital: 'OSTRA, Mar 20 (LNA) The',
    # or with the day first, as British news writes it: 'OSTRA, 20 March (LNA) The'; a month's name, not any word)
    rf"|[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){{0,2}},\s*(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|"
    rf"\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
    r"\s*\([A-Za-z][\w .'-]{0,24}\)\s+(?=[A-Z])"
    # (a place, perhaps its country, and a date, with no agency, then a dash or a colon: 'KESSEL CITY, March 3 -',
    # 'Ostra, 20 March:', 'KESSEL, Veloria, Mar 3 -'; a place in capitals alone before a colon, 'KESSEL CITY:', or
    # before its country: 'KESSEL CITY, Veloria -')
    rf"|[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){{0,2}}(?:,\s*[A-Z][a-z][a-z'.]*(?:\s[A-Z][a-z][a-z'.]*){{0,2}})?"
    rf",\s*(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
    r"\s*(?:--|[-\u2013\u2014]|:)\s+(?=[A-Za-z\u201c\"])"
    r"|[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}(?:,\s*[A-Z][a-z][a-z'.]*(?:\s[A-Z][a-z][a-z'.]*){0,2}\s*(?:--|[-\u2013\u2014]|:)"
    r"|:)\s+(?=[A-Z\u201c\"])"
    # (a date alone, with its year, then a dash, as a broadcaster's site writes it: '13 August 2004 -- The',
    # 'August 13, 2004 - The')
    rf"|(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\s*(?:--|[-\u2013\u2014])\s+(?=[A-Z\u201c\"])"
)
# A clause that opens with a subordinator has its own subject: 'The response comes as Iraq's PMF said ...' (the
# PMF said). A capital after it is taken as that subject; 'such as' and 'as well as' open no clause.
# Verbs after which 'as' (or 'after') brings a role or a namesake, not a clause: 'X, who is named as Veloria's caretaker
# president, said', 'X, who serves as the brigade's envoy, said'.
_ROLE_VERBS = "named designated appointed serves served serving acts acted acting described identified regarded"
# 'as' after a participle of naming that describes a noun opens a name, not a clause: 'X, which is part of an alliance
# known as the Blue Front, denied' (X denies); after 'is' it names the subject itself, as before ('X, who is known as
# Y denied': Y is X).
_NAMING_PARTICIPLES = frozenset(
    "known recognised recognized listed labelled labeled branded billed styled classified referred".split()
)
_COPULAS = frozenset("is are was were be been being".split())


def _names_a_noun(before: str) -> bool:
    """Whether the words before an 'as' end in a participle of naming that describes a noun ('an alliance known')."""
    words = before.lower().split()
    if words[-1:] == ["to"] and words[-2:-1] == ["referred"]:
        words = words[:-1]  # 'referred to as'
    if words[-1:] == ["only"] or (words and words[-1].endswith("ly") and len(words) > 1):
        words = words[:-1]  # 'known only as', 'known locally as'
    for k in range(len(words) - 2, max(len(words) - 5, 0) - 1, -1):
        if words[k] in ("to", "among") and k > 0 and words[k - 1] in _NAMING_PARTICIPLES:
            words = words[:k]  # 'known to his men as', 'known among residents as'
            break
    if not words or words[-1] not in _NAMING_PARTICIPLES:
        return False
    return not any(w in _COPULAS for w in words[-3:-1])  # ('who is (famously) known as Y': the subject's own name)


_SUBORDINATE = re.compile(
    # (and opening the sentence: 'After the Kessel Brigade denied the reports, X said ...')
    r"(?<!\bsuch\s)(?<!\bwell\s)"
    + "".join(rf"(?<!\b{v}\s)(?<!\b{v}\sonly\s)" for v in _ROLE_VERBS.split())  # ('identified only as')
    + r"\b(?:[Aa]s|[Aa]fter|[Ww]hile|[Ww]hen|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Ww]hereas|[Uu]ntil|[Aa]mid)\s+"
    # (or 'another' that speaks in turn: 'One lawmaker called it "a dream" while another said ...'; or a name after a
    # lowercase Arabic article, as a capital: 'His remarks came after al-Kessel said ...')
    r"(?=(?:[Tt]he\s+)?[A-Z]|another\b|(?:al|el|an|ar|as|ash|at|az|ad)-[A-Z])"
)
# A participle or relative aside set off by commas after a subject, up to a subordinator inside it: 'Lev Arno,
# speaking after', 'Lev Arno, who took over when' (see _subordinate_in_aside).
_ASIDE_TO_SUBORDINATE = re.compile(
    r"\S,\s++(?:(?:who|which)\s++(?:[\w'\u2019-]++\s++){0,4}+|(?-i:[a-z]{2,}+)(?<=..ing)\s++(?:[\w'\u2019-]++\s++){0,3}+)\Z"
)


# A likeness set off by commas inside an aside, with the aside going on after it: ', like Dario Venn,' in 'Lev Arno,
# who, like Dario Venn, fought in Ostravia, said' (not before the verb itself: 'Lev Arno, like Dario Venn, said').
_LIKE_ASIDE = re.compile(r",\s++(?:like|unlike)\s++[^,;:\u2591]{1,40}+,(?=\s++[a-z])")


# A passive of naming with its agent, the words named in marks after 'as' or before 'by': 'was described by X as
# "..."', 'was called "..." by X'.
_NAMED_BY = re.compile(
    r"\b(?:(described|called|termed|branded|labell?ed|characteri[sz]ed)\s+by\s+"
    r"(?=[^,;:\u2591\u201c\u201d\"]{2,80}?\s+as\s+(?:an?\s+|the\s+)?[\u201c\"])|"
    r"(called|termed|branded|labell?ed)\s+[\u201c\"]\u2591{1,200}+[,.]?+[\u201d\"]\s+by\s+(?=\S))"
)
# Words that tell whose words follow or came before, as 'according to' does: 'in the words of X', 'to quote X', 'in
# X's words', 'to use X's own words'.
_IN_ONES_WORDS = re.compile(
    r"\b(?:(?:[Ii]n|[Tt]o\s+use)\s+the\s+(?:own\s+)?words\s+of\s+|[Tt]o\s+quote\s+(?=[A-Z]|the\s)|"
    r"(?:[Ii]n|[Tt]o\s+use)\s+(?P<owner>(?:the\s+)?[A-Z][\w.'\u2019-]*+(?:\s+[A-Z][\w.'\u2019-]*+){0,4}+)"
    r"\s+(?:own\s+)?words\b)"
)
# Verbs that name what comes after them, and 'what' before their subject: 'what Dario Venn called "..."'.
_NAMING_VERBS = frozenset(
    "called calls call described describes termed terms dubbed dubs labelled labeled labels branded brands".split()
)
_WHAT = re.compile(r"\bwhat\s++(?=\S)", re.IGNORECASE)
_MARKS_NAMED = re.compile(r"(?:\s++as)?+\s++(?:(?:an?|the)\s++)?+[\u201c\"]")


def _subordinate_in_aside(region: str, start: int, end: int) -> bool:
    """Whether the subordinator at ``start`` opens a clause inside an aside set off by commas after the subject and
    closed right before the verb: 'Lev Arno, speaking after Dario Venn, said', 'Lev Arno, who took over when Dario
    Venn resigned, said' (Arno speaks; the clause's own subject, Venn, is no subject of the verb after the aside, as
    in 'Lev Arno, a rival of Dario Venn, said')."""
    return (
        _ASIDE_TO_SUBORDINATE.search(region, max(0, start - 80), start) is not None
        and re.fullmatch(r"[^,;:]*+,\s*+", region[end:]) is not None
    )


# 'after', 'before' or 'until' with a described subject right before the verb: the clause has its own subject ('X
# claimed the raid, after the paramilitary troops denied it'; 'The statement was issued after a Velorian military
# spokesman said ...', with 'a' as with 'the'), not a time ('After the raid, X said').
_AFTER_THE_SUBJECT = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Uu]ntil)\s+(?=(?:the|an?)\s+(?:(?!the\b)[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+\s*\Z)"
)
# A that-clause after a verb of saying has its own subject: 'X said that Y had denied it' (Y denied).
_REPORTING = (
    r"said|says|added|adds|stated|states|confirmed|confirms|noted|explained|insisted|stressed|announced|reported|"
    # verbs of asserting, as news sets them before a clause without 'that': 'X claimed the brigade had denied it'
    r"claimed|claims|argued|argues|asserted|asserts|maintained|maintains|alleged|alleges|insists|stresses|suggested|"
    r"suggests|revealed|reveals|disclosed|recalled|recalls|replied|replies|responded|responds|countered|counters|"
    r"declared|declares|clarified|clarifies|acknowledged|acknowledges|admitted|admits|conceded|concedes|wrote|writes|"
    r"tweeted|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|affirmed|affirms|pointed\s+out|points\s+out|"
    r"told\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*|told\s+(?:" + UNNAMED_HEARERS + ")"
)
# (a day after the verb or its hearer does not end the verb: 'told Meridian Wire on Tuesday (that) the brigade ...')
_REPORTED_WHEN = rf"(?:\s+(?:(?:late|early)\s+)?on\s+(?i:{DAYS}))?"
# With 'that', after every verb of saying the reader knows (one list: 'X pointed out that', 'X warned that', 'X
# tweeted that' as 'X said that'), but a verb of denying, whose that-clause is what it denies.
_SAYING_THAT = "|".join(
    sorted(
        (re.escape(v).replace(r"\ ", r"\s+") for v in SAYING_VERBS - DENY - DISMISSING_PHRASES), key=len, reverse=True
    )
)
_SAID_THAT = re.compile(rf"\b(?:{_REPORTING}|{_SAYING_THAT}){_REPORTED_WHEN}\s+that\s+(?!way\b)")
# The same without 'that', before the subject of the reported clause: 'X said the brigade denied it' (the brigade
# denies, not 'X said the brigade'), and a pronoun as that subject as with 'that': 'X said it rejected the reports'.
# (the same verbs as with 'that': 'Meridian Wire reported the brigade denied it' as 'reported that')
# (and a subject described, not named: 'X said a spokesman for the brigade denied it', 'X said brigade officials had
# rejected the claims' as 'X said the brigade's spokesman denied it'; the description's head is one of people or of a
# body, so that 'X said a day later' or 'X said talks had failed' opens no subject)
_SPEAKER_HEADS = alternation(HUMAN_NOUNS | BODY_NOUNS | PLURAL_PEOPLE)
_PLURAL_HEADS = alternation(
    n for n in HUMAN_NOUNS | BODY_NOUNS | PLURAL_PEOPLE if n.endswith("s") or n in PLURAL_PEOPLE
)
_SAID_BARE = re.compile(
    # (and a participle of saying after a comma: 'X hit back, saying Kessia had denied it' as 'X said Kessia had ...')
    rf"\b(?:{_REPORTING}|(?<=,\s)(?:saying|adding|stressing|insisting|noting)){_REPORTED_WHEN}"
    r"\s+(?=(?:the|its|his|her|their|he|she|it|they|we)\s|(?-i:[A-Z])|"
    rf"(?-i:an?\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_SPEAKER_HEADS})\b(?!['\u2019])|"
    rf"(?:[a-z][\w\u2019-]*\s+){{0,2}}?(?:{_PLURAL_HEADS})\b(?!['\u2019])))"
)
# A second clause after 'and' or 'but', once the first has its own verb: 'X said the road was closed and the brigade
# denied it' (the brigade denies, not 'the road was closed and the brigade').
# Another name right after a subject, with 'and': 'Lev Arno and Dario Venn arrived' (who 'he' is next is unknown).
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")
_AND_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|would|will)(?:\s[^,;:\u2591]{0,80}?)?\s[a-z][\w'\u2019-]*\s(?:and|but)\s+"
    r"(?=(?:the\s+)?[A-Z])"  # (after a common word: not 'over Jammu and Kashmir')
)
# 'and' or 'but' between two clauses, or two subjects, in one segment (see Reader._second_clause).
_CLAUSE_JOIN = re.compile(r"(?<=\S)\s+(?:and|but)\s+(?=\S)")
# A lowercase word that is no article or preposition: a clause has one ('the army advanced'), a name may not.
_COMMON_WORD = re.compile(r"\b(?!(?:the|a|an|of|for|and|al|el|bin|ibn|de)\b)[a-z][a-z'\u2019-]*\b")
# What a subject may be read as (Reader._classify's kinds).
_SUBJECT_KINDS = ("name", "country", "phrase", "pronoun")
# The words of an appositive after a name, up to its head: ', the brigade's spokeswoman', ', a mother of four'.
_APPOSITIVE = re.compile(
    r",\s+(?:an?|the)\s+((?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)(?=\s*[,.;:\u2591]|\s+(?:of|for)\b)"
)
# A definite appositive after a name, its initials in brackets perhaps between: 'X (XPR), the army's media wing,'.
_DEFINITE_APPOSITIVE = re.compile(
    r"(?:\s*\([A-Z][\w.-]{0,9}\)|\))?,\s+the\s+((?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)(?=\s*[,.;:\u2591])"
)
# An appositive whose head is a kind of body: 'X, an alliance of rebel groups,', 'X, a militant group, said' (not a
# person's office or membership in one: 'X, a member of the group,', 'X, a militia commander,', "the group's spokesman").
# (its words before the head may be proper adjectives: 'X, a Veloran Sunni party affiliated with ..., denied')
_BODY_APPOSITIVE = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!(?:of|for|in|to|with|at|from|on|by)\b)[A-Za-z][a-z-]*\s+){0,3}?"
    r"(alliance|coalition|group|militia|faction|movement|front|network|organi[sz]ation|party)"
    r"(?=\s+(?:of|that|which|based|backed|linked|dominated|led|loyal|allied|fighting|operating|formed|founded|"
    r"affiliated|aligned|close|supported|funded)\b|\s*[,;:.()\u2591])"
)


# Words that may follow a kind of body as the head of an appositive: 'a militia active in the north', 'a group
# fighting the army', 'a movement that ...' (and participles in -ed: 'a group based in Kessel').
_AFTER_BODY = frozenset("active loyal close allied fighting operating that which whose".split())


def _called_a_body(reading: Reading, m: Mention, noun: str) -> None:
    """Make the name ``m`` a body when the text calls it one by the kind of body ``noun`` ('the militant group
    al-Varda', 'al-Varda, a militia active in the north') and only its words made it a person: a name with an Arabic
    particle has the shape of a person's ('Harun al-Sadiq') as often as of a group's."""
    ent = reading.entities.get(id(m))
    if (noun in _KINDS_OF_BODY or noun in _OUTLETS) and ent is not None and _person_by_its_words_alone(ent, m):
        # (a business no head word of a name tells, 'a family business', is a body, not an armed group; and a
        # newspaper's name is an outlet's, 'French newspaper Le Figaro', not a person's)
        business = ("actor", "organization") if noun in _BUSINESSES else ("group", "armed-group")
        outlet = ("actor", "outlet") if noun in _OUTLETS else business
        ent.kind, ent.org_type = "org", ORG_WORDS.get(noun, outlet)


def _named_for_a_body(reading: Reading, m: Mention, description: str) -> None:
    """Make the name ``m`` a body when the description it names is a body or armed people in the plural: 'Kessan
    militants, known as X,' and 'a group of fighters known as X' name a group, as 'a commander known as X' names a
    person (before, a name of two words with no word of a body's was drafted as a person's)."""
    words = re.findall(r"[a-z]+", _NAMING_OPENS.split(description.lower(), maxsplit=1)[0])
    if words and (words[-1] in ARMED_PEOPLE or words[-1] in _KINDS_OF_BODY):  # (not "the group's leader")
        _called_a_body(reading, m, "group")


def _appositive_of_a_body(reading: Reading, m: Mention, text: str) -> None:
    """Make the name ``m`` a body when the appositive ``text`` after it says it is a kind of body: 'al-Varda, a militia
    active in the north,' (the head of its first words, before any preposition: not "the group's spokesman", 'a
    member of the militia', 'a militia commander', people of the body)."""
    if _ARTICLED.match(text) is None:
        return
    words = text.split()[1:5]
    for n, word in enumerate(words[:3]):
        if word in _PREPOSITIONS or not word.replace("-", "").isalpha():  # (a hyphenated modifier: 'Iran-backed')
            return
        after = words[n + 1] if n + 1 < len(words) else ""
        if word in _KINDS_OF_BODY and (
            not after or after in _PREPOSITIONS or after in _AFTER_BODY or after.endswith("ed")
        ):
            _called_a_body(reading, m, word)
            return


def _person_by_its_words_alone(ent: Entity, m: Mention) -> bool:
    """Whether a name is read as a person's only for its words (two or more, no title, no record): not 'Lev Arno,
    a spokesman' nor one on file."""
    return ent.kind in ("person", "unknown") and ent.known is None and not ent.titles and not m.title


# An appositive set before a name that opens the sentence: 'The mother of Dario Venn, Sara Vale,', 'Dario Venn's
# mother, Sara Vale,', 'His widow, Sara Vale,' (its words may tell the name's gender, as the appositive after does).
_APPOSITIVE_BEFORE = re.compile(
    r"\s*((?:(?i:the|an?|his|her|their)|(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*['\u2019]s)\s+"
    r"[^,;:\u2591]{1,60}),\s*$"
)
# A part of a body right before a name, which makes the name a body's: 'a factional group of X', 'a splinter faction of
# the X', 'the armed wing of X', 'an offshoot of X' (a person has no factions; 'X's faction' is another shape).
# Words that make 'group' a part of a body, not a number of people: 'a splinter group of X' (see _QUANTITIES); the same
# words here as there, so that 'a dissident group of X' makes X a body as it makes the group no count of people.
_PART_OF_A_BODY_WORDS = frozenset("splinter factional breakaway dissident rival".split())
_PART_OF_A_BODY_BEFORE = re.compile(
    r"\b(?:factions?|(?:" + "|".join(sorted(_PART_OF_A_BODY_WORDS)) + r")\s++(?:group|faction|cell|wing)s?|"
    r"(?:armed|military|political)\s++wings?|offshoots?)\s++of\s++(?:the\s++)?\Z",
    re.IGNORECASE,
)
# A person's death told right after their name: no 'he' that speaks next is them.
_DIED = re.compile(
    r"\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:killed|assassinated|executed|slain|"
    r"shot\s+dead|beheaded|found\s+dead)|died)\b"
)
# What may end a sentence after a verb of saying: its hearer, if any ('told him', 'said', 'told reporters').
_ENDS_WITH_HEARER = re.compile(rf"(?:\s+(?:him|her|them|us|me|{UNNAMED_HEARERS}))?\s*[.!]?\s*")
# A ministry named in small letters, as South Asian news writes it, before an office: 'Ministry of external affairs
# spokesperson Lev Arno', 'the ministry of home affairs spokesman X' (longer than the three words of a title's
# prefix, but a body's name all the same: the name after the office speaks).
_MINISTRY_OF = re.compile(r"(?:the\s++)?(?:ministry|department)\s++of\s++[a-z]++(?:\s++[a-z]++){0,2}+")
# The words that give a description's bearer's name: 'known as', 'identified only as', 'nicknamed', 'dubbed' (one
# list for the two patterns below; 'as', not 'by': 'a fighter identified by Reuters' names who identified him).
# (and 'calling themselves', 'who call themselves': 'tribal fighters, calling themselves the Tarsk Guard,'; in every
# tense and of one too: 'who called themselves', 'a group calling itself', 'a man styling himself')
# (and one who named himself to the writer: 'who identified himself as', 'who gave his name as', 'who gave only his
# first name,')
_NAMING = (
    r"(?:known|identified)\s+(?:[a-z]+ly\s+)?as|nicknamed|dubbed|"
    r"(?:call(?:s|ed|ing)?|styl(?:e|es|ed|ing))\s+(?:themselves|itself|himself|herself)|"
    r"identified\s+(?:himself|herself)\s+(?:only\s+)?as|gave\s+(?:his|her)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as|"
    r"gave\s+only\s+(?:his|her)\s+first\s+name,?"
)
# The same words opening a relative clause with no comma, a name after them: 'fighters who call themselves the X'.
_NAMING_RELATIVE = re.compile(rf"(?:{_NAMING})(?:(?<=lves|self)\s+the)?\s+(?-i:[A-Z])")
# Where those words open in a description, an adverb before them too: the description's head is the word before
# ('a group of fighters dubbed X', 'militants also known as X', 'fighters using the name X').
# (only where a run of spaces starts: searched, it is never tried again from inside one)
_NAMING_OPENS = re.compile(rf"(?<!\s)\s+(?:(?:also|once|[a-z]+ly)\s+)?(?:{_NAMING}|(?:using|under)\s+the\b)")
# A description, then the words that give its bearer's name: 'a commander known as Abu Karim', 'the man identified
# only as Abu Zaid', 'a fighter using the nom de guerre Abu Zaid' (as wire copy names a fighter): the name speaks, as
# after 'commander'.
# (and 'the' after 'itself', 'themselves': 'a group calling itself the Kessel Front', whose name then speaks)
# (and one described anew, then 'named' or 'called': 'a fighter named X', 'a 33-year-old called X'; not 'the army
# called X', a verb)
_NAMED_AS_BEFORE = re.compile(
    rf"(?:(?:a|an|the|one)\s+)?(?:[a-z0-9][\w'\u2019-]*\s+){{1,4}}?(?:(?:{_NAMING})(?:(?<=lves|self)\s+the)?|"
    r"(?:using|under)\s+the\s+(?:name|nom\s+de\s+guerre|alias))|"
    r"(?:a|an|one)\s+(?:[a-z0-9][\w'\u2019-]*\s+){1,4}?(?:named|called)"
)
# (and set off as an aside after the description, or as its relative clause: 'the commander, known as Abu Karim,
# said', 'the fighters, who call themselves the Tarsk Guard, said'; 'the' only after 'as' or
# 'themselves', 'itself': 'known as the Sheikh', 'calling themselves the Tarsk Guard', 'calling itself the Guard')
_NAMED_AS_ASIDE = re.compile(
    rf"(?:(?:who|which)\s+)?(?:{_NAMING})(?:(?<=as|es|lf)\s+the)?\s+(?-i:[A-Z])|"
    # ('one of the fighters, a 33-year-old named X, said')
    r"(?:a|an)\s+(?:[a-z0-9][\w'\u2019-]*\s+){1,3}?(?:named|called)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# A noun for a person before a name, with a word or two before it and no verb ('-ed') or clause mark: 'political
# analyst', 'human rights activist', 'local journalist' (as a title is: 'lawmaker', 'spokesman').
_ROLE_NOUN_BEFORE = re.compile(
    r"(?:the\s+)?(?:(?![a-z]+ed\b)[a-z][a-z-]*\s+){0,2}"
    + alternation(n for n in HUMAN_NOUNS if not n.endswith("s") and n not in PLURAL_PEOPLE)
)
# An age before a name, alone or before a role noun: '61-year-old Lev Arno', 'the 61-year-old mother Mira Solen'.
_AGE_BEFORE = re.compile(r"(?:the\s+)?\d{1,3}-year-old(?:\s+" + _ROLE_NOUN_BEFORE.pattern + ")?")
# People named by a plural noun opening a sentence: 'Residents were less sure.', 'Officials disagreed.'
_PEOPLE_OPENING = re.compile(
    r"((?-i:[A-Z])[a-z]+(?<=s))\s+(?=[a-z])",
)
# The words of a relay set off as an aside between a subject and its verb: 'citing Dario Venn, ' (then 'said').
_RELAY_ASIDE = re.compile(r"(?:citing|quoting)\s+[^,;:\u2591]{2,80},\s*", re.IGNORECASE)
# A charge set in apposition, then the clause of the one who answers it: 'a charge the group denied', 'an accusation
# it has rejected', 'claims that Lev Arno denies'.
_CHARGE_THEN_SUBJECT = re.compile(
    # ('something' stands for the charge as a noun of charging does: '..., something it denies')
    rf"(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?:{CHARGES}|something)\s+(?:that\s+|which\s+)?"
    r"(?=(?:the|it|he|she|they)\b|[A-Z])"
)
# A passive of charging right after a sentence's subject, up to the clause that answers it: ' has been accused of
# arming Y, ', ' is a partner of Y but has long been accused of ...' (a verb in between, and no other subject).
_CHARGED_PASSIVE = re.compile(
    r"(?:\s++(?:is|are|was|were)\s++[^,;:.\u2591]{1,80}?\s++(?:but|and)(?=\s++ha[sv]e?\s))?+"
    r"\s++(?:(?:is|are|was|were|has|have|had)\s++)(?:been\s++)?+(?:(?:long|also|often|repeatedly|widely|"
    r"frequently|previously|already)\s++)?+(?:been\s++)?+(?:accused|blamed|charged|suspected)\s++(?:of|for|with)\s"
    r"[^;:\u2591]{1,200}?,(?:\s++[a-z]++){0,3}+\s*+\Z"
)
# An active verb of charging and the one it charges, up to what they are charged with: 'accused the ministry of',
# 'blamed the Kessel Brigade for', 'has accused a senior official of' (the last such before the answering pronoun).
_ACTIVE_CHARGE = re.compile(
    r"\b(?:accus|blam|charg|suspect)(?:ed|es|ing|s)\s++(?P<charged>(?!(?:of|for|with)\b)[^,;:\u2591]{1,80}?)"
    r"\s++(?:of|for|with)\s"
)


def _pronoun_fits(word: str, noun: str) -> bool:
    """Whether the pronoun ``word`` may stand for a description headed by ``noun``: 'it' for a body ('the ministry'),
    'he' or 'she' for a person ('the minister'), and neither for any other noun."""
    return (word == "it") == (noun in BODY_NOUNS) and (word in ("he", "she")) == (noun in HUMAN_NOUNS)


def _last_charged(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The last active verb of charging between ``start`` and ``end``, with the one it charges."""
    charges = list(_ACTIVE_CHARGE.finditer(masked, start, end))
    return charges[-1] if charges else None


# A state's name opening a sentence: 'Veloria has been accused ...'.
_STATE_OPENING = re.compile(r"\s*+(?:[Tt]he\s++)?+([A-Z][\w'\u2019-]++(?:\s++[A-Z][\w'\u2019-]++){0,2}+)")
# A possessive, then one noun, before a person's name: "lev arno's rival", "the brigade's new recruit" (lowercase).
_OWNER_THEN_NOUN = re.compile(
    # (not after 'to': 'fighters loyal to Veloria's cleric X' are the fighters, not X)
    r"(?:the\s+)?(?:(?!to\s)[\w.-]+\s+){0,3}[\w.-]+['\u2019]s?\s+(?:(?![a-z]+(?:ed|ing)\b)[a-z-]+\s+)?"
    r"(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an)\b)(?![a-z]+(?:ed|ing)\b)[a-z-]+"
)
# A relative clause inside a segment, after the words it describes: '... source who asked not to be named'.
# An appositive description opens with an article: "a spokesman for the task force".
_ARTICLED = re.compile(r"(?:an?|the)\s", re.IGNORECASE)
# A pronoun for one person right after a quotation, then a word (the verb of saying that tags it): '"...," he said',
# with an adverb between as a subject has it before its verb: '"...," he later said', '"...," she also told'.
_PRONOUN_TAG_AFTER = re.compile(rf"[\s,]*+(?i:he|she)\s++(?:(?:{TRAILING_WORDS})\s++)?([a-z]++)")
# 'Al' written apart before a surname, which the name leaves out ('Al Vossel said' as 'Vossel').
# A place set before a bare description of someone of a people, with no comma, as a headline-like lead sets it: 'In
# northern Israel Lebanese official denies ...' (the official speaks, described without the place before).
_LEADING_PLACE = re.compile(
    r"\s*(?:In|At|From|Near)\s++(?:(?:northern|southern|eastern|western|central)\s++)?(?:[A-Z][\w'\u2019-]*+\s++){1,3}?"
    r"(?=[A-Z][a-z]+(?:i|ian|ean|ese|ish|an)\s++[a-z])"
)
# (not before an outlet's name, of which 'Al' is part: 'Al Jazeera reported')
_ARTICLE_APART = re.compile(r"\s*Al\s+(?=[A-Z][a-z])(?!(?i:" + "|".join(sorted(OUTLETS_BY_ONE_WORD)) + r")\b)")
# An appositive that says what a body is part of, with no article: ', part of the Kessel Forces,'.
_PART_OF = re.compile(r"(?:a\s+)?(?:part|wing|branch|faction)\s+of\s+(?:the\s+)?[A-Z]")
# 'one of ...' right after a capitalised word, an appositive written with no comma: 'Col Lev Arno one of the officers'.
_ONE_OF_AFTER_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*+(\s+one\s+of\s+)(?=\S)")
# A relative clause after a preposition, whose subject follows it: 'a tape in which Lev Arno denied', 'a letter through
# which the brigade said', 'a rally at which Lev Arno said' (the last one in the segment).
# The same right before a pronoun, its subject: '..., in which he said', 'a news conference at which he said'.
_WHICH_AFTER = r"\b(?:in|at|through|with|during)\s++which"
_WHICH_BEFORE = re.compile(_WHICH_AFTER + r"\s*+\Z", re.IGNORECASE)
_PREPOSITION_WHICH = re.compile(_WHICH_AFTER + r"\s+(?!.*\bwhich\s)(?=\S)", re.IGNORECASE)
# A thing shown or given, named by what others said of it: 'the army presented yesterday what officials said was
# evidence', 'the police released what they called a confession'. The clause after 'what' has a subject of its own,
# who speaks (a verb in the past before 'what', with its time between; not 'a report on what happened').
_SHOWN_WHAT = re.compile(
    r"\b(?:[a-z]+ed|showed|shown|gave|given|made|brought|sent|put\s+out|handed\s+over)\s+"
    r"(?:(?:on\s+)?(?:yesterday|today|earlier|later|\w+day)\s+)?(?:(?:to\s+)?(?:the\s+)?[a-z]+\s+)?what\s+(?=\S)"
)
# A phrase set off by commas inside a subject after a quotation ('"...," X, who asked not to be named, said'): the
# subject's aside, read past as it is before a quotation.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.'\u2019-]*+(?:\s++[A-Z][\w.'\u2019-]*+)++")
_SET_OFF = re.compile(r",(?:\s++[^\s,]++){1,30}+(?=\s*+,)")
# The clause a verb of saying opens that holds another's verb: its hearers, its time, its channel, then 'that' or no
# word and the other's subject, no comma, no mark between ('told reporters on Friday that the brigade', 'told
# reporters the brigade had').
_CLAUSE_HOLDING = re.compile(
    rf"(?:\s+(?:{UNNAMED_HEARERS}|him|her|them|us|me))?"
    r"(?:\s+(?:on|in|at|during)\s[^,;:\u2591\u201c\u201d\"]{0,40}?)?\s+(?:that\s+)?[^,;:\u2591\u201c\u201d\"]{0,80}?\s*"
)


# A participle of speaking inside a segment, after the words it describes: 'a source speaking on condition of ...'.
_SPEAKING_INSIDE = re.compile(r"(?<=\S)\s+(?:speaking|talking)\s+(?=on\b|to\b|from\b|under\b|by\b)")
# ('that' too, right before a verb of the clause: 'an umbrella group that includes the Varda Party', not 'that the
# army', which may open what is said)
# ('who's' too, as 'whose' is often misspelt or 'who is' shortened: "the leader who's camp was raided")
_RELATIVE_INSIDE = re.compile(
    r"(?<=\S)\s+(?:who|whom|whose|who['\u2019]s|which|that(?=\s+(?:has|have|had|is|are|was|were|includes|included|"
    r"represents|represented|comprises|controls|operates|leads|runs|holds|unites|brings|belongs|[a-z]+ed)\b))\s+"
)
# A clause of what the subject was doing, between it and its verb: 'X while responding to queries ... rejected'.
# What a body described is doing, right after its description: 'the coalition fighting in Yemen dismissed'.
_DOING_WHERE = re.compile(r"(?<=[a-z])\s+(?-i:[a-z]{3,}ing)\s+(?:in|against|inside|across)\s+(?-i:[A-Z])")
_WHILE_DOING = re.compile(r"(?<=\S)\s+(?:while|when|after|before|in)\s+(?-i:[a-z]{2,}ing)\s")
# Where an unnamed person is, after his description with no comma: 'a Kessian official in Kessel City', 'a diplomat
# based in the capital' (the words of a place: its head word, or 'the capital'; the place is where he is, no part of
# who he is: not 'an official in the ministry', 'a commander in the Kessel Brigade', whose body he belongs to).
# (people too, with no article: 'said Kessian officials in Kessel City')
_PERSON_IN_PLACE = re.compile(
    r"^(?:(?i:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:based\s+|stationed\s+)?in\s+"
    r"(?P<place>the\s+capital|(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})$"
)
# The first words of places' names ('Port Sable', 'Mount Kessel'), as PLACE_WORDS are their last.
_OPENS_A_PLACE = frozenset("port fort mount lake cape".split())
# A body's leader named after it with no comma, as news names one wing of a split movement: 'the KBF led by Dario
# Venn denied', 'the movement under the leadership of Lev Arno rejected' (the body speaks, not its leader).
_LED_BY_AFTER = re.compile(
    r"(?<=[\w)])\s+(?:(?:led|headed|commanded|chaired)\s+by|under\s+the\s+(?:leadership|command)\s+of)\s+(?-i:[A-Z])"
)
# The charge set after its subject with no comma: 'the commander blamed by the government for the killing denied'
# (the commander speaks, not the charge).
_CHARGED_AFTER = re.compile(
    r"(?<=[\w)])\s+(?:[a-z]+ly\s+)?(?:(?:blamed|accused|suspected|implicated|wanted)\s+(?:by|for|of|in)|"
    # (or tied to a deed or a patron: 'The armed group linked by officials to the killing denied', 'The militia linked
    # to Veloria denied')
    r"(?:linked|tied)\s+(?:by|to))\b"
)
# A relative pronoun right before the verb, with no comma: 'a commander who denied' (the commander denies).
_RESTRICTIVE_WHO = re.compile(r"(?<=\S)\s+who$", re.IGNORECASE)
# A relative clause with no comma whose subject is a name, right before its verb: 'the strike which the Pentagon
# said', 'the fighters that Veloria claimed', and with no relative word after a noun with its article or number
# ('150 fighters the United States claimed killed'): the name speaks, not the sentence's subject.
# (the subject a name, or 'the' and a noun: 'the fighters the Kessel army claimed'; not a second subject joined
# by 'and': 'the army and the militia said')
# (with no relative word, only after a plural: 'the army spokesman Lev Arno', 'the exiled leader X' are one subject)
_OBJECT_RELATIVE = re.compile(
    r"(?:(?<=\S)\s+(?i:which|that|whom)|\b(?i:the|those|these|\d[\d,]*)\s+(?:[a-z]+\s+)?"
    r"(?!(?:and|or|but|nor|of|to|in|on|at|by|for|with|from|as)\b)[a-z]+s)\s+"
    r"((?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*|[Tt]he\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}"
    # (the head in lower case a noun, not the clause's auxiliary: 'which the Kessel Brigade has called')
    r"(?!(?:has|have|had|is|are|was|were|would|will|did|does|do|also|then|later|once|reportedly)\b)[a-z]+)$"
)
# Where the antecedent of such a clause starts: an article after a verb ('quoted a source who', 'It was the
# ministry who') or after 'from', 'by' or 'with' ('a statement from an official who'); else the whole segment, so
# that 'a source close to the group who' stays one description.
_ARTICLE_START = re.compile(
    r"(?:(?<=\bfrom\s)|(?<=\bby\s)|(?<=\bwith\s)|(?<=[a-z]ed\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|"
    r"(?<=\bare\s))((?i:an?|the|its|his|her|their)\s)"
)
# A subject that says no one spoke.
_NO_ONE = re.compile(r"(?:neither|no[- ]one|nobody|none)\b", re.IGNORECASE)  # ('no-one' hyphenated too)
# 'no' before the words a subject ends with says no one spoke too: 'no government or security official in X was
# confirming the incident', 'So far no minister has denied it', and 'X said no official had confirmed the raid' (X
# speaks; not the words before 'no'); not after a preposition ('the man with no name') nor 'No. 10', a number (see
# _says_no_one for 'No' in a name and 'no' in a relative clause).
_NO_ONE_ENDING = re.compile(r"(?<![\w-])(?<!with\s)(?<!without\s)(?<!of\s)(?:[Nn]o|NO)\s++([A-Za-z])[^,;:\u2591]*+$")
# A relative clause running on up to a point, no comma closing it: 'an official who had ...'.
_RELATIVE_RUNS_ON = re.compile(r"\b(?:who|whom|whose|which)\s[^,;:\u2591]*+$", re.IGNORECASE)
# A body's voice named after it: 'The army, through its spokesman Major X, said', 'the ministry through its
# spokesperson denied': the body speaks, by its spokesman (who is its voice, not the speaker in its place).
_THROUGH_VOICE = re.compile(
    r"(?:^|(?<!\s)\s+)through\s+(?:its|their)\s+(?:(?:own|official|chief|main|military|media)\s+)?"
    r"(?:spokes(?:man|woman|person|people|men|women)|spokespersons?)\b(?:\s+[\w.'\u2019-]+){0,5}?\s*$",
    re.IGNORECASE,
)
# Sentence adverbs set off by commas between a subject and its verb: 'The brigade, however, denies ...'.
_ASIDE = re.compile(
    r"however|meanwhile|though|too|moreover|furthermore|nevertheless|instead|in turn|in response|in return|"
    # time and sequence set off the same way: 'The army, earlier, denied ...', 'The ministry, in addition, said'
    r"earlier|likewise|similarly|in addition|in contrast|at the time|"
    # and the day it was said: 'The brigade, on Monday, denied ...', 'The ministry, late on Sunday, said'
    rf"{SPOKEN_WHEN}|"
    r"for (?:its|his|her|their|our) part|in (?:a|its|his|her|their) (?:statement|reply|response)|"
    r"(?:according to|citing|quoting)\s+[^,;:\u2591]+|"  # 'X, according to Meridian Wire, said': X speaks
    # (and what it answers: 'The ministry, in response to the report, said ...', as 'in response' alone)
    r"in\s+(?:response|reply|reaction)\s+to\s+[^,;:\u2591]+|"
    r"(?:(?:just|much)\s+)?(?:like|unlike)\s+[^,;:\u2591]+|(?:along|together)\s+with\s+[^,;:\u2591]+",  # 'The brigade, like the army, denied': the brigade
    re.IGNORECASE,
)
# A writing speaks for whoever issued it: 'a statement by X', 'a statement issued by X', 'a statement attributed to
# X', "X's statement".
_WRITINGS = rf"(?:{WRITINGS}|announcement)"
_A_WRITING = rf"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?{_WRITINGS}"
# What one owns and speaks through, after a possessive: a writing, or a report ("Dara Venn's report said": its author
# speaks through it as through a statement; a report with no owner named is read apart, _report_author).
_OWNED_WRITINGS = rf"(?:{_WRITINGS}|report)"
_ISSUING = r"(?:issued|released|published|signed|posted)"
# (or the meeting of the body that issued it: 'the statement issued at the end of the Kessel Council meeting')
_ISSUED_BY = re.compile(
    rf"{_A_WRITING},?\s+(?:(?:{_ISSUING}\s+)?(?:by|from)|attributed\s+to|"
    rf"{_ISSUING}\s+(?:at\s+the\s+end\s+of|after|following)(?=\s+the\s+\S+(?:\s+\S+){{0,5}}?\s+meeting\b)\s+the)\s+",
    re.IGNORECASE,
)
# A writing posted on its issuer's own media: 'a statement posted in Kessel Brigade media', 'a statement released on
# the brigade's Telegram channel' (the owner of the channel issued it; not 'posted on social media', 'published in a
# newspaper', whose owner only printed it; nor some channel, 'posted on a news website', 'on a pro-army Telegram
# channel', which names no owner; nor 'posted on its website', 'a statement on the website', whose owner the words do
# not name: discourse's UNOWNED_STATEMENT reads them as the statement of the body that spoke).
_POSTED_ON_OWN_MEDIA = re.compile(
    # (or with no verb, on the owner's account: 'a post on Lev Arno's Telegram channel')
    rf"{_A_WRITING},?\s+(?:(?:{_ISSUING}|carried|put\s+out|shared)\s+(?:in|on|by|via|through)|on|in)\s+"
    r"(?P<owner>(?!(?:social|the\s+social|local|state|online|news|an?|some|one|any|its|their|his|her)\b)"
    r"(?!the\s+(?:own\s+|official\s+)?(?:(?:Telegram|X|Twitter|Facebook|WhatsApp|YouTube)\s+)?"
    r"(?:website|channel|account|page|media)\b)[^,;:\u2591]{2,60}?)"
    r"(?:['\u2019]s?)?\s+(?:own\s+|official\s+)?"
    r"(?:media(?:\s+(?:outlets?|channels?|office|wing))?|(?:Telegram|X|Twitter|Facebook|WhatsApp|YouTube)\s+"
    r"(?:channel|account|page)|(?:official\s+)?(?:website|channel|account|page))\s*$",
    re.IGNORECASE,
)
# The one whose claim another answers, with the claim's words after 'that': 'denied claims by the army (on Wednesday)
# that it "..."', "rejected the army's claim that ..." (a name or a body; the verb of answering before it).
_CLAIM_OF_WHOSE = (
    r"\b(?:denied|denies|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting)"
    r"\s+(?:the\s+)?(?:"
    r"(?P<noun>claims?|allegations?|accusations?|assertions?)\s+(?:made\s+)?by\s+"
    r"(?P<by>[^,;:\u2591]{2,60}?)(?:\s+\([^()\u2591]{1,20}\))?"
    r"|(?P<own>[^,;:\u2591\s][^,;:\u2591]{0,60}?)['\u2019]s?\s+(?P<noun2>claims?|allegations?|accusations?))"
)
_CLAIM_OF = re.compile(_CLAIM_OF_WHOSE + r"(?:\s+(?:on|last|this)\s+\w+)?\s+that\b", re.IGNORECASE)
# The same with no clause after it: 'rejected the Kessel Brigade's claims, saying ...' (whose claims a verb answers).
_CLAIM_ANSWERED = re.compile(
    _CLAIM_OF_WHOSE + r"(?=\s*+[,.;:\u2591]|\s++(?:that|on|last|this|as|and)\b|\s*+$)", re.IGNORECASE
)
# A piece of news and the outlet that ran it, as a subject: 'An article published in Meridian Wire on Monday wrote',
# 'A report by Meridian Wire said' (the outlet speaks, as the issuer of a statement does).
_PIECE_IN = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:article|report|story|editorial|piece|column)\s+"
    r"(?:(?:published|carried|run|printed|posted)\s+)?(?:by|in)\s+(?=(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# The same set off by a comma, with when or where it was made before 'by': 'According to the announcement, delivered
# on Sunday by spokesman Lev Arno, ...' (the one who made it speaks, as after 'the statement issued by').
_WRITING_THEN_BY = re.compile(
    rf"\s*{_A_WRITING},\s+(?:{_ISSUING}|delivered|made|read|posted|announced)\s+(?:[^\s,;:\u2591]+\s+){{0,4}}?by\s+",
    re.IGNORECASE,
)
# The meeting whose body issued a writing, after its name: 'the Kessel Council meeting'.
_MEETING = re.compile(r"\s++meeting\b", re.IGNORECASE)
# A charge just made, as the object of a verb of denying: 'It denied the accusations', 'He rejected the claim'.
_THE_CHARGE = re.compile(
    rf"\s+(?:(?:[a-z]+ly)\s+)?(?:the|these|this|those|such|that|all)\s+(?:[a-z]+\s+)?{CHARGES}\b", re.IGNORECASE
)
# Verbs of charging that are no speech: 'X blamed the brigade for the attack', 'held it responsible'.
_CHARGING = re.compile(r"\b(?:blamed|blames|charged|charges|held|holds|implicated|implicates)\b")
# A contrast, then 'it', opening a sentence: 'However, it said', 'But it said' (the pronoun is the last word).
_CONTRAST_THEN_IT = re.compile(r"\s*(?:However|But|Yet),?\s+it", re.IGNORECASE)
# A charge in a verb of no speech, after the one who made it: 'Human Rights Watch denounced a "massacre" by the army'.
_CHARGE_OF_NO_SPEECH = re.compile(
    r"\b(?:denounced|decried|condemned|accused|blamed|critici[sz]ed|documented|reported)\b", re.IGNORECASE
)
# Verbs of asking one for an answer: 'Meridian Wire contacted the brigade', 'Reporters asked Lev Arno about it'.
# (not 'asked X to leave', a request)
_ASKING = re.compile(
    r"\b(?:contacted|approached|reached|interviewed)\b|"
    # (not 'questioned' of a thing, doubted: 'X questioned the methods of Western organisations')
    r"\bquestioned\b(?!\s+(?:(?:the|their|its|his|her)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}\s+of\b)|"
    r"\basked\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,4}?(?:about|whether|if|for\s+(?:comment|a\s+response)|why|how|what)\b|"
    # (or the one asked ending the sentence after the question: '"...?" Lev Arno asked Dario Venn.')
    r"\basked\s++(?:the\s++)?(?:[A-Z][\w'\u2019-]*+\s++){0,3}?[A-Z][\w'\u2019-]*+[.]?\s*+$"
)
# A passive's 'was' (perhaps with an adverb) right before a verb of asking: 'was interviewed by', 'had been contacted by'.
_ASKED_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s++(?:[a-z]++ly\s++|also\s++|later\s++)?$")
# (or the participle with its agent after it: 'interviewed by', 'asked by Meridian Wire about')
_ASKED_BY = re.compile(r"[a-z]++\s++by\b")
# Verbs of answering, and the one told just before, who answers: '"...," X told Dario Venn. "...," he replied.'
_REPLYING = frozenset({"replied", "responded", "answered", "retorted", "replies", "responds", "answers", "retorts"})
_TOLD_ONE = re.compile(r"(?<=\btold)\s(?=[A-Z])")
# The one told, ending the words before it: 'The general told Meridian Wire' names no speaker.
_HEARER_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$", re.IGNORECASE)
# The one told, right after 'told': no one charged.
_HEARER = re.compile(r"told\s+(?:the\s+)?", re.IGNORECASE)
# A writing, then its issuer set off by commas: 'The statement, issued by the brigade, said' reads as 'The statement
# issued by the brigade said' (one segment: _segments).
_WRITING_ALONE = re.compile(_A_WRITING, re.IGNORECASE)
_BY_ISSUER = re.compile(rf"{_ISSUING}\s+by\s+", re.IGNORECASE)
# The issuer's name between 'a statement from' and a participle: 'the SDF's General Command', a name, not a clause.
_WRITING_TO_PARTICIPLE = re.compile(r"[^,;:.\u201c\u201d\"\u2591]{2,60},?\s*")
# The name after a writing's 'from' or 'by', then a relative clause on the writing: 'a letter from X that said'.
_WRITING_THEN_RELATIVE = re.compile(
    r"[^,;:.\u201c\u201d\"\u2591]{2,60}?(\s+(?:that|which)\s+)(?:(?:also|further|then|has|have|had)\s+)?(?:[a-z]+ly\s+)?"
)
# A named owner's writing or report, then a relative clause on it, right before its verb: "Venn's report, which
# said", "Venn's statement that states".
_OWNED_WRITING_BEFORE = re.compile(
    rf"['\u2019]s?\s+(?:[\w-]+\s+)?{_OWNED_WRITINGS},?\s+(?:that|which)\s+"
    r"(?:(?:also|further|then|has|have|had)\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Where words were posted, after the speaker's name: 'said X on Telegram', 'wrote X on his X account', and 'in' an
# account, with the day after it: 'said Lev Arno in his Twitter account on Friday' (a platform alone takes 'on').
_ON_PLATFORM = re.compile(
    r"(?<!\s)\s+(?:(?:on|via)\s+(?:(?:his|her|its|their)\s+)?(?:official\s+)?"
    rf"(?:{PLATFORMS_WRITTEN})(?:\s+(?:account|channel|page))?|"
    r"in\s+(?:(?:his|her|its|their)\s+)?(?:official\s+)?"
    rf"(?:{PLATFORMS_WRITTEN})\s+(?:account|channel|page))"
    rf"(?:\s+(?:on\s+)?(?i:{DAYS}))?$"
)


def _initials_hold(name: str, acronym: str) -> bool:
    """Whether an acronym is a body's name shortened: its initials in order, or its first and last word's
    ('NCTC' of 'National Counterterrorism Center', a compound word giving two letters)."""
    words = [w for w in re.split(r"[\s\-\u2010]+", name) if w[:1].isupper()]
    if spells_out(name, acronym):
        return True
    return len(words) >= 2 and len(acronym) >= 2 and acronym[0] == words[0][0] and acronym[-1] == words[-1][0]


# 'with <subject> <participle>': the participle's own subject, ending just before it.
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(the\s+(?:latter|former)|(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,4})\s+$",
    re.IGNORECASE,
)
# Words quoted from a writing with no author named, after the quotation: '"...," PTI quoted from a statement'.
_QUOTED_FROM_WRITING = re.compile(
    rf"[\u201d\"],?\s*(?:[^,;:\u2591]{{2,60}}?\s+)?(quoted\s+(?:from\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+)?"
    rf"(?:{WRITINGS}))\b(?!\s+(?:by|from|of)\b)"
)


_ANOTHER = frozenset({"another", "another one", "a second", "a second one"})
# A person called by the age the article gave him: 'the 54-year-old' (his age in the group).
_THE_AGED = re.compile(r"the (\d{1,3})-year-old")
# A definite description by one noun, or a noun and up to two words before it: 'the shopkeeper', 'the taxi driver'.
_THE_NOUN = re.compile(r"the (?:[a-z-]++ ){0,2}+([a-z]{3,})")
# An appositive with an indefinite article after a name, past an age: 'X, a shopkeeper in Kessa,', 'X, 54, a baker'.
_INDEFINITE_APPOSITIVE = re.compile(r",\s++(?:\d{1,3},\s++)?(?:a|an)\s++([^,;:.()\u2591]{1,60}+)")
# A relative clause ends an appositive's description: 'a baker who lost his shop' is a baker.
_CUT_AT_RELATIVE = re.compile(r"(?<!\s)\s++(?:who|whom|whose|which|that)\b.*+", re.DOTALL)
# An age given in the text: 'Lev Arno, 54,', 'a 54-year-old farmer', '54-year-old Lev Arno'.
_AGE_GIVEN = re.compile(r"[A-Z][\w'\u2019-]*,\s\d{1,3},|\b\d{1,3}-year-old\b")


def lower_seg(seg: Segment) -> str:
    return " ".join(seg.text.lower().split())


# Marks that open on a predicate's verb: 'has never held', 'strongly supported', 'never took', 'will not accept', and
# the negatives contracted ("hasn't held", "didn't take", "won't accept", straight or curly).
_PREDICATE_IN_MARKS = re.compile(
    r"\s*(?:(?:[a-z]+ly|not|also|still|already)\s+){0,2}"
    r"(?:(?:(?:has|have|had|is|are|was|were|would|could|should|must|did|does|do)(?:n['\u2019]t)?|will|can|cannot|"
    r"won['\u2019]t|can['\u2019]t|[a-z]{3,}ed)\s"
    r"|(?:never|always|once)\s+[a-z])"
)
# The first words of a quotation that is a predicate: an adverb or two, then the verb ('categorically rejected').
_QUOTED_VERB = re.compile(r"\s*(?:[a-z]+ly\s+){0,2}([a-z]+)\b")
# A writing named by its author's name in front of it: 'the Kessel Brigade statement', 'a Hezbollah communique'.
_NAME_WRITING = re.compile(
    rf"\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|In|On|(?i:{DAYS}|{MONTHS}))\b)[A-Z][\w'\u2019-]*"
    rf"(\s+{_WRITINGS})$"
)
_OWN_WRITING = re.compile(rf"['\u2019]s?\s+(?:[\w-]+\s+)?{_OWNED_WRITINGS}$", re.IGNORECASE)
# The same with the one it was sent to after it: "Lev Arno's letter to Dario Venn read" (Arno speaks, as after "Lev
# Arno's letter read"; before: no one, the addressee hiding the writing's owner).
_OWN_WRITING_TO = re.compile(
    rf"['\u2019]s?\s+(?:[\w-]+\s+)?(?:{_WRITINGS})\s+(?:addressed\s+)?to\s+(?:the\s+)?[A-Z][^,;:\u2591]{{0,60}}+$",
    re.IGNORECASE,
)
# A person's or a body's own account, channel or page, as a subject or after 'according to': "Lev Arno's X account
# said", "according to Lev Arno's Telegram channel" (its owner speaks, as the owner of a statement does; a platform's
# name before the noun or none: not "Meridian's TV channel", an outlet's).
_PLATFORMS = PLATFORMS_WRITTEN
_ACCOUNT_OF = (
    rf"['\u2019]s?\s+(?:own\s+|official\s+|verified\s+){{0,2}}(?:(?-i:{_PLATFORMS})\s+)?(?:account|channel|page|feed)"
)
_OWN_ACCOUNT_AFTER = re.compile(_ACCOUNT_OF + r"\b", re.IGNORECASE)
# A body's own site or station as the subject (or its account on a platform: _ACCOUNT_OF): "the brigade's news website said", 'the official website of
# the Kessel Brigade said' (its owner speaks, as the issuer of a statement does).
_MEDIA_OF_ITS_OWN = r"(?:(?:official|own|news|media)\s+){0,2}(?:website|site|channel|television|TV|radio)"
# (either, at a subject's end: its owner speaks)
_OWN_CHANNEL = re.compile(rf"(?:{_ACCOUNT_OF}|['\u2019]s?\s+{_MEDIA_OF_ITS_OWN})$", re.IGNORECASE)
# (or its account or page on a platform, named before the owner: 'the Facebook page of the Tarvo Resistance Committees
# accused', 'the official X account of the Kessel Brigade said'; the owner speaks, not the platform; a bare 'the page
# of' is no one's medium)
_MEDIA_OF = re.compile(
    rf"(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{0,3}}?(?:{_MEDIA_OF_ITS_OWN}|"
    rf"(?:(?:official|verified)\s+)?(?-i:{_PLATFORMS})\s+(?:account|channel|page|feed))\s+of\s+(?=\S)",
    re.IGNORECASE,
)
_OWN_WRITING_AFTER = re.compile(rf"['\u2019]s?\s+(?:[\w-]+\s+)?{_OWNED_WRITINGS}\b", re.IGNORECASE)
# The languages the regions' news hears its speakers in, named after 'in' ('said X in Pashto').
_LANGUAGES = (
    "arabic persian farsi dari pashto pushto urdu balochi baluchi brahui sindhi punjabi kashmiri kurdish sorani "
    "kurmanji turkish turkmen hebrew english french russian somali hausa swahili amharic tigrinya oromo hindi "
    "bengali bangla assamese tamil garo khasi manipuri nepali berber tamazight aramaic syriac"
).split()
# How a speaker's words were given, not who gave them: the language ('said X in the local language', 'in his native
# Pashto') or the line ('said X by telephone', 'over the phone'); set after the one who spoke, it is no part of them.
_SPOKEN_IN = (
    r"in\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:local|native|own|mother|fluent|broken|regional|tribal)\s+){0,2}"
    rf"(?:language|tongue|dialect|vernacular|{'|'.join(_LANGUAGES)})|"
    r"(?:by|over|via)\s+(?:the\s+)?(?:tele)?phone|by\s+e-?mail|(?:by|via)\s+video\s+link"
)
# The months' short forms, as a date writes them with a stop ('on Mar. 3', 'on Sept. 12').
_SHORT_MONTHS = "|".join(short.lower() for names in MONTH_NAMES for short in names[1:])
# Where a subject spoke, written between it and its verb: 'the PMF in a statement Tuesday said', 'X, in remarks to
# Meridian Wire, said'.
# (and an event one speaks at, or a date: 'X at a news conference in Barno denied', 'X on 3 May rejected', as 'X in a
# statement denied'; and how it spoke: _SPOKEN_IN)
_OCCASION = re.compile(
    rf"(?<!\s)\s+(?:(?:{OCCASION_PHRASE}|{_SPOKEN_IN})(?:\s+{SPOKEN_WHEN})?|"
    r"(?:at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|rally|meeting|"
    r"ceremony|gathering|session)(?:\s+(?:in|on|at|with)\s+[^,;:\u2591]{1,40}?)?|"
    rf"on\s+(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS}|(?:{_SHORT_MONTHS})\.)\s+\d{{1,2}})(?:,?\s+\d{{4}})?)$",
    re.IGNORECASE,
)
# The same set before the subject with no comma: 'In the statement he said ...', 'In a video message the commander
# said ...'.
_LEADING_OCCASION = re.compile(
    rf"^(?:in|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{OCCASIONS})\s+"
    r"(?=(?:he|she|it|they|we|the)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
MAX_SENTENCE_CHARS = 3_000
"""Longer sentences are left unread: no article sentence comes near it (the longest in our corpora is
under 1,000 characters), and the work for one sentence grows with its length times its names and verbs."""
MAX_VERBS_PER_SENTENCE = 8
"""Speech verbs read per sentence, in order; each costs a look at the clause before it."""
_RELATIVE = re.compile(r"^(?:who|which|whose|whom|that|where)\b", re.IGNORECASE)
_PARTICIPIAL = re.compile(
    r"^(?:led|headed|backed|based|known|named|identified|tasked|appointed|elected|aged|born|funded|supported|armed|trained|"
    r"sponsored|formed|founded|created|run|commanded|affiliated|allied|linked|close|speaking|writing|quoted|cited|"
    # a nickname, as 'known as': 'X, nicknamed "the Hawk", denied' (X denies)
    r"nicknamed|dubbed|"
    r"asked|interviewed|reached|contacted|residing|living|hailing|originally|"
    r"signed|issued|released|published|carried|posted|broadcast|aired|obtained|circulated|seen|"
    # removed from office: 'X, dismissed by the premier, said'
    r"dismissed|sacked|fired|ousted|removed|replaced|deposed|"
    # charged with what it then denies: 'X, (widely) blamed for the raid, denied', 'X, accused of fraud, said'
    r"(?:[a-z]+ly\s+)?(?:blamed|accused|suspected|implicated|charged|wanted|designated|sanctioned)|"
    # any past participle with its agent: 'X, targeted by the council, said'
    r"(?-i:[a-z]{2,}ed)\s+by|"
    # any present participle set off by commas: 'X, referring to the report, says', 'X, commenting on it, said'
    r"(?-i:[a-z]{2,}ing)\s)\b",
    re.IGNORECASE,
)
# A participle that is an adjective of people in the plural, the description's own words ('Armed men said', 'armed
# fighters loyal to X', 'Armed tribesmen said', 'armed residents'), not a participial phrase set off after a subject
# ('X, armed by Y, said'): any noun of people that may speak, in the plural (before, only armed people's nouns, and
# 'Armed tribesmen' spoke not). Not an office in the singular, which a phrase set off gives its subject: 'X, appointed
# head of the council last year, said', 'X, named chief of the brigade, said'.
_PEOPLE_IN_PLURAL = (
    PLURAL_PEOPLE
    | ARMED_PEOPLE
    | {
        noun
        for noun in HUMAN_NOUNS
        for plural, singular in (("s", ""), ("es", ""), ("ies", "y"), ("men", "man"), ("people", "person"))
        if noun.endswith(plural) and noun[: -len(plural)] + singular in HUMAN_NOUNS
    }
)
_ADJECTIVE_OF_PEOPLE = re.compile(r"[a-z]+ed\s++" + alternation(_PEOPLE_IN_PLURAL) + r"\b", re.IGNORECASE)
_PREPOSITIONS = frozenset(
    "in of at for from with near on to by since under over about inside within across into between during "
    "among against".split()
)
# The first words of a phrase of time or place set before a subject: 'after the attack', 'on diplomatic matters'.
_OPENING_WORDS = _PREPOSITIONS | {"after", "before", "following", "amid", "despite"}
# Subordinators that open a clause of their own right before its subject ('_LEADING' strips the others).
_SUBORDINATORS_ALONE = frozenset({"after", "before", "until", "once", "unless"})
_BEFORE_SUBJECT = frozenset(
    "by to of from with for about at on in against toward towards than like under according".split()
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
# A pronoun after 'according to' stands for its subject form.
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_IN_RELATIVE_CLAUSE = -1
# A person described by office in a body, the body's name to follow set off by commas: 'A spokesman of the
# movement's military wing, the Kessel Brigades, said'.
_SPOKESMAN_OF = re.compile(
    r"(?:an?|the)\s(?:[\w-]+\s)?(?:spokes(?:man|woman|person)|official|commander|representative)\s(?:of|for)\s"
    r"[^,]{0,80}?\b(?:wing|arm|movement|group|brigades?|forces|militia|organi[sz]ation|party)$",
    re.IGNORECASE,
)
# An office of a body named at its end: 'A spokesman for Kataib Sarran', 'The leader of the Sarran Brigades'.
_OFFICE_OF_NAMED = re.compile(
    r"(?:an?|the)\s(?:[\w-]+\s)?(?:spokes(?:man|woman|person)|official|commander|representative|leader|head|chief)"
    r"\s(?:of|for)\s(?:the\s)?(?-i:[A-Z])[^,]{0,60}",
    re.IGNORECASE,
)
# A body's organ or part of a body or state named at its end: 'the state media of Veloria', 'the army of X'.
_NOUN_OF_NAMED = re.compile(r"(?:an?|the)\s(?:[\w-]+\s){1,3}?of\s(?:the\s)?(?-i:[A-Z])[^,]{0,60}", re.IGNORECASE)
# Heads of an appositive that says what kind of body a name is: ', an armed group', ', a militia'.
_BODY_KINDS = frozenset(
    "alliance coalition group militia faction movement front network organisation organization".split()
)
# A sentence that opens with a person by office: 'The spokesman of the Kessel Brigade', 'The deputy minister'.
_OPENING_PERSON = re.compile(
    r"\s*([Tt]he\s+(?:[a-z-]+\s+){0,3}?([a-z]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)?)\b"
)
# An opening clause of 'as' whose subject is a pronoun, up to its verb: 'As it has always reiterated,', 'As he has
# repeatedly said,', 'Just as they did before' (the pronoun is the main clause's subject, named after the comma).
_AS_ONE_SAID = re.compile(
    r"\s*(?:[Aa]s|[Jj]ust\s+as)\s+(?:it|he|she|they|we)\s+"
    r"(?:(?:has|have|had|did|does|do|always|repeatedly|often|previously|consistently|long|already|also|frequently|"
    r"many\s+times|time\s+and\s+again)\s+){0,3}"
)
# The end of such a clause: its comma, after a few words of time or place ('As it said on Monday,').
_AS_CLAUSE_ENDS = re.compile(r"(?:\s+[^,;:.\u2591\u201c\u201d\"]{1,40}?)?\s*,")
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:While|Whilst|Although|Though|Whereas|Even as|After|When)\s[^,;:\u2591\u201c\u201d\"]{1,200}?,"
)
"""Stands for 'this verb is in a relative clause' where a subject's start offset would be."""
# The people a reporter asked, by what was done to them: 'those interviewed', 'those we spoke to', 'those we
# interviewed', 'those questioned by the paper' (no noun of people, yet people who speak).
_ASKED = r"(?:interviewed|questioned|asked|polled|surveyed|contacted|consulted)"
# (and a share of them: 'many of those interviewed', 'most of those we spoke to', 'one of those asked': still unnamed
# people, neither a body nor a person on file)
_THOSE_ASKED = re.compile(
    r"(?:(?:many|most|some|several|few|a few|all|none|half|both|each|one|two|three|four|five|the majority|a majority|"
    r"a number|dozens) of )?"
    rf"those (?:{_ASKED}(?: by(?: [\w'\u2019.-]+){{1,5}})?|(?:we|i) (?:(?:spoke|talked) (?:to|with)|{_ASKED})|"
    r"who (?:spoke|talked) (?:to|with)(?: [\w'\u2019.-]+){1,5})"
)
"""Written with single spaces: it is matched on a segment's words joined so (:func:`lower_seg`)."""
DETERMINERS = frozenset(
    "a an the this that these those some several many most few one two three four five six seven eight nine ten "
    "dozens hundreds thousands his her its their our local senior other another both all each every no any such "
    "former".split()
)


# Words that name an office of a body rather than a body or a person: 'Media Relations', 'Press Office'.
_OFFICE_WORDS = frozenset(
    "media relations public press information communications communication office bureau centre center "
    "department unit cell".split()
)


# An office or spokesman written after a body's possessive, with no name: "the brigade's media office".
_OFFICE_AFTER_OWNER = re.compile(
    r"['\u2019]s?\s+((?:media|press|information)\s+(?:office|bureau|centre|center|department|cell)|"
    r"spokes(?:man|woman|person))"
)


def _office_owner(reading: Reading, m: Mention) -> Mention | None:
    """The body whose office ``m`` is, written just before it as a possessive: "Kessel Brigade's Media Relations".

    Such an office is the body speaking (its spokesman, its media office), not a new actor of its own.
    """
    words = [w for w, _, _ in key_tokens(m.text)]
    if not words or not all(w in _OFFICE_WORDS for w in words):
        return None
    for owner in reading.mentions:
        if (
            owner.possessive
            and owner.kind in ("org", "unknown")  # a person has no Media Relations
            and 0 < m.span_start - owner.end <= 3
            and id(owner) in reading.entities
        ):
            return owner
    return None


# Between a denial's owner and the noun: the "'s" and a word or two ('the brigade's flat denial of').
_OWNER_GAP = r"(?:['\u2019]s?)?\s+(?:[a-z-]+,?\s+){0,2}?"
_BETWEEN_OWNER_AND_NOUN = re.compile(_OWNER_GAP)
_OWNING_PRONOUN = re.compile(r"\b(its|his|her|their)\s+(?:[a-z-]+,?\s+){0,2}?\Z", re.IGNORECASE)
_PRONOUN_OF_POSSESSIVE = {"its": "it", "his": "he", "her": "she", "their": "they"}
# An owner the text describes: 'the ministry's', 'the Kessel foreign ministry's'.
_DESCRIBED_OWNER = re.compile(
    r"\b((?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[\w-]+\s+){0,3}?[\w-]+)['\u2019]s?\s+(?:[a-z-]+,?\s+){0,2}?\Z",
    re.IGNORECASE,
)


# The same, described by a state's possessive: "Veloria's defence ministry's" (its head one of _SPEAKER_HEADS).
_STATE_OWNED_OWNER = re.compile(
    r"(?<![\w'\u2019-])([A-Z][\w-]*['\u2019]s\s+(?:[a-z][a-z-]*\s+){0,2}?(?:"
    + _SPEAKER_HEADS
    + r"))['\u2019]s?\s+(?:[a-z-]+,?\s+){0,2}?\Z"
)


# An unnamed person at or in a body, with an indefinite article: 'a highly placed source at the 14 Brigade'.
_SOURCE_AT = re.compile(
    r"(?:a|an)\s++(?:[\w-]++\s++){0,3}?(?:source|official|officer)\s++(?:at|in|within)\s++(?:the\s++)?[^,;:]{1,80}",
    re.IGNORECASE,
)


# A writing or report that came to light as a clause's subject: 'A report had emerged two weeks ago, claiming that
# ...', 'Reports surfaced on Friday, alleging ...': the participle after it is the writing's, which names no speaker,
# not the one who spoke last.
_WRITING_SURFACED = re.compile(
    r"\s*+(?:(?:an?|the|some|several|new|fresh|other)\s++)?(?:[a-z]++\s++)?(?:reports?|videos?|documents?|"
    r"recordings?|footage|images?|photos?|tapes?|letters?|leaks?|rumou?rs?|posts?|clips?|messages?|stor(?:y|ies))\s++"
    r"(?:(?:had|has|have)\s++)?(?:emerged|surfaced|appeared|circulated|spread)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


@dataclass
class Act:
    """A verb of saying and its speaker."""

    verb: Verb
    speaker: Speaker
    sentence: Sentence
    subject_start: int | None = None
    """Where the subject's words begin, when they come before the verb ('Al-Zurfi, who ..., accused')."""
    relative: bool = False
    """Whether the verb is in a relative clause ('Y, who called it ...'): not the sentence's own speaker."""


@dataclass
class Attribution:
    quote: Quote
    speaker: Speaker
    how: str
    sentence: Sentence


@dataclass
class Reading:
    """What the drafter read in one sentence."""

    sentence: Sentence
    mentions: list[Mention] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)
    quotes: list[Attribution] = field(default_factory=list)
    unattributed: list[Quote] = field(default_factory=list)
    entities: dict[int, Entity] = field(default_factory=dict)
    """The entity each mention refers to, by ``id(mention)``."""
    attributes_previous: bool = False
    """Whether this sentence only attributes the quotation before it: '"..." Watout added.'"""
    offices: dict[int, str] = field(default_factory=dict)
    """The office a body speaks through, by ``id(mention)`` of the body: "Hezbollah's Media Relations"."""
    named_quotes: list[Quote] = field(default_factory=list)
    """Quotations that are a name, the subject of a verb of saying ('" Dario Venn," added'): no one's words."""
    subjects: list[Speaker] = field(default_factory=list)
    """Whom the sentence made its subjects, for the pronouns and descriptions after it (Discourse.spoke)."""


def head_word(phrase: str) -> str:
    """The noun a description is about: 'a source in the ministry' -> 'source'; 'two security sources' -> 'sources'."""
    return _head(phrase)[0]


def unsure_head(phrase: str) -> bool:
    """Whether a body's noun, a word in -ing and a lowercase noun of no kind of body or person may be a compound or a
    participle and its object ('the police training academy', 'the coalition fighting terrorism'): the body's noun is
    the head, but the phrase may name another body, and speaks as written, never as a body named before."""
    return _head(phrase)[1]


def _head(phrase: str) -> tuple[str, bool]:
    tokens = key_tokens(phrase)
    words = [w for w, _, _ in tokens]
    head: list[str] = []
    for n, w in enumerate(words):
        if w == "of" and head[-2:-1] and head[-1] in ("group", "groups") and head[-2] in _PART_OF_A_BODY_WORDS:
            break  # 'a splinter group of X', 'a factional group of the front': a body's part, no group counted
        if w == "of" and head and head[-1] in _QUANTITIES:
            head = []  # 'a number of officials', 'one of the commanders': the noun counted
            continue
        if (w in _PREPOSITIONS or (w in ("close", "loyal") and words[n + 1 : n + 2] == ["to"])) and head:
            break  # ('a source close to the brigade', 'fighters loyal to the cleric', as 'a source in the brigade')
        if head and head[-1] in HUMAN_NOUNS and (w in _AFTER_THE_NOUN or (w.endswith("ing") and len(w) > 5)):
            break  # 'a source familiar with the talks', 'an official speaking on condition of anonymity': the source
        if head and head[-1] in BODY_NOUNS and w.endswith("ing") and len(w) > 5 and n + 1 < len(words):
            compound = _compound_head(phrase, tokens, n + 1)
            if compound != "compound":
                # 'the alliance fighting the brigade', 'the militia backing the government': the body, not the one
                # its participle phrase names (which made the phrase no description, and the subject was lost)
                return head[-1], compound == "unsure"
        head.append(w)
    return (head[-1] if head else ""), False


def _compound_head(phrase: str, tokens: list[tuple[str, int, int]], k: int) -> str:
    """Whether the word ``tokens[k]`` of ``phrase``, after a word in -ing, is the noun that word modifies, the head of a
    compound ('compound'): 'the government planning commission' (a singular noun in lowercase, a kind of body or
    person, that ends the phrase or comes before a preposition); or perhaps ('unsure'), a singular noun in lowercase
    of no such kind, which may head a compound ('the police training academy') or be a participle's object, a mass
    noun ('the coalition fighting terrorism'); or not (''), the object of a participle phrase ('the alliance fighting
    the brigade', 'the militia backing Kessel', 'the coalition fighting rebels'). (Round 33 took any such noun for
    the head, which left 'the coalition fighting terrorism' no description, and its denial no speaker.)"""
    word, start, _ = tokens[k]
    after = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    if not (phrase[start : start + 1].islower() and (not after or after in _PREPOSITIONS) and not word.endswith("s")):
        return ""
    return "compound" if word in BODY_NOUNS or word in HUMAN_NOUNS else "unsure"


# Offices held in a body, written in small letters right after its name and before the holder's: 'Kessar leader X',
# 'Kessar spokesman Y' (not 'President', 'Minister': a state's offices follow a place's name as well).
_OFFICE_IN_A_BODY = _SPOKESPEOPLE | frozenset("leader commander official member founder".split())


def _office_in_a_body(title: str) -> bool:
    """Whether a title written in small letters names an office in a body, after a rank or a field too ('leader',
    'deputy leader', 'military spokesman'), not a capitalised title ('Colonel') before it."""
    for word in title.split():
        if word in _OFFICE_IN_A_BODY:
            return True
        if not word.islower():
            return False
    return False


# Words of rank that open a description with no article, never a clause: 'deputy head of ...', 'former envoy to ...'.
_RANKS = frozenset("deputy former senior acting chief assistant vice top interim".split())
# Words that follow the noun a description is about and tell of it: 'a source familiar with the talks'.
_AFTER_THE_NOUN = frozenset({"familiar", "knowledgeable", "aware", "briefed", "involved", "present"})
_QUANTITIES = frozenset(
    "number group couple handful majority few dozens hundreds some several many most one two three four each all "
    "both none".split()
)


class Reader:
    """Reads an article's paragraphs in order, keeping the discourse, and records what each sentence says."""

    def __init__(
        self, paragraphs: list[Paragraph], index: NameIndex, skip: frozenset[int] | set[int] = frozenset()
    ) -> None:
        self.paragraphs = paragraphs
        self.index = index
        self.skip = skip
        self.first = min((p.number for p in paragraphs if p.number not in skip), default=0)
        """The first paragraph read: the headline, when it reads as one."""
        read_first = [p for p in paragraphs if p.number not in skip][:2]
        for para in read_first:  # a dateline opens the article
            dateline = _DATELINE.match(para.masked)
            if (
                dateline is not None
                and not _name_and_dashed_aside(para.masked, dateline.end())
                # (not a headline's speaker before its colon: 'KESSEL BRIGADE: We never entered Tarvo')
                and not (dateline.group().rstrip().endswith(":") and not _STOPPED.search(para.masked))
            ):
                para.masked = " " * dateline.end() + para.masked[dateline.end() :]
        _lead_out_of_capitals(read_first, paragraphs)
        self.discourse = Discourse(index)
        self.lexicon = Lexicon.of([s.masked for p in paragraphs for s in p.sentences])
        self.readings: list[Reading] = []
        self._previous: list[Reading] = []
        """The previous paragraph's readings."""
        self._previous_subjects: list[Speaker] = []
        """Who the previous paragraph was about, in order: a paragraph of bare quotation after it may be theirs."""
        self._last_read: Reading | None = None
        """The sentence read before the one being read."""

    def read(self) -> list[Reading]:
        self.discourse.article_states = self.discourse.states_named("\n".join(p.text for p in self.paragraphs))
        previous_last: Attribution | None = None
        pending: list[tuple[Reading, Quote]] = []
        for para in self.paragraphs:
            if para.number in self.skip:
                continue
            mark = len(self.discourse.recent)
            readings = []
            for s in para.sentences:
                remembered = len(self.discourse.recent)
                readings.append(self._read_sentence(s))
                readings[-1].subjects = self.discourse.recent[remembered:]
                self._last_read = readings[-1]
            if (
                previous_last is None
                and readings
                # (or opens going on with their words, a participle with no subject: 'Stressing that "..."')
                and (readings[0].sentence.only_quotes() or readings[0].sentence.quotes)
                and all(
                    r.sentence.only_quotes()
                    or _GOES_ON_SAYING.match(r.sentence.masked)
                    # (or, after the quotation, another who answers it in words of their own: '"...." Dara Venn
                    # responded, "..."' keeps the first words the last speaker's; before, no one's), a closed quotation:
                    # one left open before the tag, '"Yes, I reject it. Arno responded, "..."', is the answerer's
                    or (
                        r is not readings[0]
                        and readings[0].sentence.only_quotes()
                        and all(q.closed for q in readings[0].sentence.quotes)
                        and _ANSWERS_IN_WORDS.search(r.sentence.masked)
                    )
                    for r in readings
                )
            ):
                previous_last = self._last_speaker_as_attribution(readings[0])
            previous_last = self._attribute(readings, previous_last)
            self._closes_pending(pending, readings)
            self._tagged_by_the_next_quotation(readings)
            self._attributed_by_next_paragraph(readings)
            # a quotation that fills its paragraph and is left open with no speaker: the next paragraph, where it
            # closes, may name one (or the one after, the quotation open over both: the first's words wait too)
            pending = (
                [p for p in pending if p[1] in p[0].unattributed] + [(r, q) for r in readings for q in r.unattributed]
                if previous_last is None
                and readings
                and all(r.sentence.only_quotes() for r in readings)
                and any(not q.closed for q in readings[-1].unattributed[-1:])
                else []
            )
            self.readings.extend(readings)
            self._previous = readings
            self._previous_subjects = self.discourse.recent[mark:]
        self._name_the_described()
        self._name_the_lowercased()
        return self.readings

    def _name_the_lowercased(self) -> None:
        """A body described in the words of a body the article names, some of them written in lowercase ('The
        Kessel national army denied ...', then 'the Kessel National Army said'; a translation's capitals vary): the
        named body speaks, as it does where the capitals come first. Only its exact words (an opening article aside), and one
        body so named: 'the Kessel army' may be any of the country's forces, and stays as written."""
        bodies: dict[str, list[Entity]] = {}
        for e in self.discourse.entities:
            if e.kind == "org" and not e.person:
                bodies.setdefault(" ".join(e.name.lower().split()), []).append(e)
        if not bodies:
            return
        for reading in self.readings:
            saids: list[Attribution | Act] = [*reading.quotes, *reading.acts]
            for said in saids:
                sp = said.speaker
                # (whatever its noun made of it: 'the Kessel national guard' was read as a guard, 'the Ostravian armed
                # forces' as many; the body's exact name says which body)
                if sp.entity is not None or not sp.described:
                    continue
                words = sp.described.split()
                if words[:1] == ["the"] or words[:1] == ["The"]:
                    words = words[1:]
                # (a capital opens it, as a name's first word: 'the national army' is no name of its own)
                if not words or not words[0][:1].isupper():
                    continue
                found = bodies.get(" ".join(words).lower(), [])
                if len(found) != 1:
                    continue
                how = f"'{sp.described}' read as {found[0].label}, named so with capitals"
                said.speaker = self.discourse.named(found[0], how=how)
                if isinstance(said, Attribution):
                    said.how = said.speaker.how

    def _attributed_by_next_paragraph(self, readings: list[Reading]) -> None:
        """A paragraph that is only a quotation stopped on a comma, then a paragraph that only names its speaker: the
        words are theirs ('"I find that report absurd,"' then 'Army spokesman Lev Arno said.', a sentence broken in
        two, as '"...," Lev Arno said.' is; before: whoever spoke in the paragraph before, or no one)."""
        previous = self._previous
        if not previous or not readings or len(readings) != 1 or readings[0].sentence.quotes:
            return
        if not all(r.sentence.only_quotes() for r in previous):
            return
        last = previous[-1]
        stopped = [a for a in last.quotes if a.quote.closed] + [q for q in last.unattributed if q.closed]
        if not stopped:
            return
        final = stopped[-1].quote if isinstance(stopped[-1], Attribution) else stopped[-1]
        if not final.ends_open or final.text.rstrip()[-1:] != ",":
            return
        if (
            readings[0].acts
            and not _names_only(readings[0].sentence, readings[0].acts[0].verb)
            and not _opens_on_its_verb(readings[0])
        ):
            return  # ('Lev Arno said the brigade would stay.': words of its own, a claim of its own)
        found = self._next_sentence(readings[0])
        if found is None:
            return
        speaker, how = found
        how = f"{how}, in the paragraph after"
        readings[0].attributes_previous = True
        for reading in previous:
            for a in reading.quotes:
                a.speaker, a.how = speaker, how
            for q in list(reading.unattributed):
                reading.unattributed.remove(q)
                reading.quotes.append(Attribution(q, speaker, how, reading.sentence))

    def _name_the_described(self) -> None:
        """A person described by an office of one holder ('the Kessel Brigade's main spokesman said') whom the article
        names in that office elsewhere, before or after ('Zabel Marut, the spokesman, added'): the named person speaks.
        Only where it is certain: the description definite, one person named in the office, and the words of the one
        description held in the other's (not 'a spokesman for the army' for the brigade's), and no two descriptions of
        that office that may be two holders ('the army's spokesman' and 'the brigade's spokesman')."""
        described: dict[str, tuple[str, frozenset[str]]] = {}
        for reading in self.readings:
            saids: list[Attribution | Act] = [*reading.quotes, *reading.acts]
            for said in saids:
                sp = said.speaker
                if sp.entity is not None or not sp.person or sp.plural or not sp.described:
                    continue
                phrase = sp.described
                head = head_word(phrase)
                # (definite throughout: not 'the spokesman of an armed group', which may be any group's)
                definite = (
                    phrase.lower().startswith("the ") or re.search(r"\w['\u2019]s\s", phrase) is not None
                ) and re.search(r"\b(?:an?|some|one)\s", phrase, re.IGNORECASE) is None
                # (and more than the office: a bare 'the spokesman' refers back, perhaps to one the article only
                # described, 'a spokesman for the army met reporters', not to whoever is named in the office later)
                own = {w for w, _, _ in key_tokens(phrase)} - {"the", "s", head}
                if head in ONE_HOLDER_OFFICES and definite and own:
                    words = description_words(w for w, _, _ in key_tokens(phrase))
                    described[phrase.lower()] = (head, words)
        if not described:
            return
        people = [e for e in self.discourse.entities if e.person]
        named: dict[str, Speaker] = {}
        for phrase, (head, words) in described.items():
            office = office_of(head)
            # (every person named in the office, whatever their body: with two, either may be the one described)
            # (a spokeswoman is no holder for 'the spokesman': holds_office tells the office's genders apart)
            holders = [e for e in people if holds_office(head, e.nearby)]
            # (and named with the office as a definite appositive, which refers back: 'Zabel Marut, the spokesman,';
            # a title before the name, 'Hamas spokesperson X', introduces one who may be another of its spokesmen)
            if (
                len(holders) != 1
                or holders[0].titles
                or "the" not in holders[0].nearby
                or not _one_within(words, holders[0])
            ):
                continue
            others = [w for p, (h, w) in described.items() if office_of(h) == office and p != phrase]
            if any(not one_within(w, words) for w in others):
                continue  # two descriptions of the office that may be two holders
            how = f"'{phrase}' read as {holders[0].label}, named in that office elsewhere"
            named[phrase] = self.discourse.named(holders[0], how=how)
        if not named:
            return
        for reading in self.readings:
            saids = [*reading.quotes, *reading.acts]
            for said in saids:
                speaker = named.get((said.speaker.described or "").lower()) if said.speaker.entity is None else None
                if speaker is not None:
                    said.speaker = speaker
                    if isinstance(said, Attribution):
                        said.how = speaker.how

    def _open_before(self, attribution: Attribution) -> list[Attribution]:
        """The attributions of the same quotation open over the paragraphs before ``attribution``'s, each left open
        and given its speaker by no tag: '"A.' '"B.' '"C," X said' (A's and B's, where C's closes)."""
        out: list[Attribution] = []
        readings = [r for r in self.readings if r.quotes or r.unattributed]
        for reading in reversed(readings):
            if reading.sentence.paragraph.number >= attribution.sentence.paragraph.number:
                continue
            weak = [
                a
                for a in reading.quotes
                if not a.quote.closed and a.speaker is attribution.speaker and not a.how.startswith("attributed")
            ]
            if not weak or not reading.sentence.only_quotes():
                break
            out += weak
        return out

    @staticmethod
    def _closes_pending(pending: list[tuple[Reading, Quote]], readings: list[Reading]) -> None:
        """The speaker of a quotation left open, with no speaker, in the paragraph before, where this paragraph goes
        on with it at its start and names its speaker after it: '"The crossing will stay closed.' then '"The road is
        closed too," Lev Arno said.' (Arno's both, as when the first paragraph's words are not opened again; before:
        the first paragraph's no one's)."""
        if not pending or not readings or not readings[0].quotes:
            return
        first = readings[0]
        attribution = first.quotes[0]
        q = attribution.quote
        masked = first.sentence.paragraph.masked
        if (
            q is not first.sentence.quotes[0]
            or masked[first.sentence.start : q.start].strip()
            or not attribution.how.startswith("attributed after")
        ):
            return
        how = f"{attribution.how}, in the paragraph after, where the quotation closes"
        for reading, open_quote in pending:
            reading.unattributed.remove(open_quote)
            reading.quotes.append(Attribution(open_quote, attribution.speaker, how, reading.sentence))

    @staticmethod
    def _tagged_by_the_next_quotation(readings: list[Reading]) -> None:
        """A sentence of quotation alone, with no speaker, right before a sentence that opens with a quotation and
        tags it after: '"The road is closed." "The town is safe," Lev Arno said.' (Arno's both, as one speaker's
        words strung together with one tag; before: the first no one's). Read from the paragraph's end, so a run of
        such sentences takes the tag of the last."""
        for n in range(len(readings) - 2, -1, -1):
            reading, following = readings[n], readings[n + 1]
            if not reading.unattributed or not reading.sentence.only_quotes() or not following.quotes:
                continue
            tagged = following.quotes[0]
            first = following.sentence.quotes[0]
            masked = following.sentence.paragraph.masked
            if (
                tagged.quote is not first
                or masked[following.sentence.start : first.start].strip()
                or not tagged.how.startswith(("attributed after", "tagged by the next quotation"))
                # (not an answer: '"Will you stay?" "We will," Venn replied.' -- the first words are another's)
                or _ANSWERING_TAG.search(masked, first.end, following.sentence.end)
                # (nor words that end on a question, which the tagged words answer whatever the verb: '"Is the road
                # closed?" "It is," Mira Sol said.' -- the question is no one's the text names)
                or _ENDS_ON_A_QUESTION.search(reading.unattributed[-1].text)
            ):
                continue
            how = f"tagged by the next quotation: {tagged.how}"
            for q in list(reading.unattributed):
                reading.unattributed.remove(q)
                reading.quotes.append(Attribution(q, tagged.speaker, how, reading.sentence))
            reading.quotes.sort(key=lambda a: a.quote.start)

    def _name_just_before(self, reading: Reading, verb: Verb) -> Speaker | None:
        """The name right before 'saying', with no comma: the one whose words follow ('Meridian Wire quoted Dario Venn
        saying', 'a clip of Dario Venn saying', as 'quoted Dario Venn as saying' and 'with Dario Venn saying')."""
        if verb.form != "participle" or verb.word.lower() not in NAME_THEN_PARTICIPLE:
            return None
        masked = reading.sentence.paragraph.masked
        named = next(
            (
                m
                for m in reading.mentions
                if m.kind in ("person", "org", "unknown")
                and not m.possessive
                and id(m) in reading.entities
                and m.end < verb.start
                and not masked[m.end : verb.start].strip()
                # (not a place the words before were about: 'had threatened the NGOs in Kessel saying that ...', where
                # the sentence's subject says)
                and _AT_A_PLACE.search(masked, 0, m.span_start) is None
            ),
            None,
        )
        return self._named(reading, named) if named is not None else None

    def _denial_owner(self, reading: Reading, verb: Verb) -> Speaker | None:
        """The owner of a denial told as a noun, in the possessive right before it (a word or two between): 'the
        Kessel Brigade's denial of any role', 'Lev Arno's flat rejection of the report', 'its denial that it was
        involved' (the one 'its' stands for), 'the ministry's denial of ...' (as the text describes it)."""
        masked = reading.sentence.paragraph.masked
        start = reading.sentence.start
        owner = next(
            (
                m
                for m in reversed(reading.mentions)
                if m.possessive
                and id(m) in reading.entities
                and m.kind in ("person", "org", "unknown")
                and m.end <= verb.start
                and _BETWEEN_OWNER_AND_NOUN.fullmatch(masked, m.end, verb.start)
            ),
            None,
        )
        if owner is not None:
            return self._named(reading, owner)
        pronoun = _OWNING_PRONOUN.search(masked, max(start, verb.start - 40), verb.start)
        if pronoun is not None:
            word = _PRONOUN_OF_POSSESSIVE[pronoun.group(1).lower()]
            return self.discourse.pronoun(word, None, pronoun.start(1))
        described = _DESCRIBED_OWNER.search(masked, max(start, verb.start - 80), verb.start)
        if described is not None:
            return self.speaker_of(reading, described.start(1), described.end(1))
        # (a body a state's possessive describes: "Veloria's defence ministry's denial came ...", as "the Velorian
        # defence ministry's denial")
        state_owned = _STATE_OWNED_OWNER.search(masked, max(start, verb.start - 80), verb.start)
        if state_owned is not None:
            return self.discourse.describe(state_owned.group(1))
        return None

    def _with_subject(self, reading: Reading, verb: Verb) -> Speaker | None:
        """The subject of a participle in 'with <subject> <participle>': 'a battle between the army and the Kessel
        Brigade, with the latter denying ...' (the last named before it; 'the former' the one before that), 'with
        the ministry denying ...'."""
        masked = reading.sentence.paragraph.masked
        found = _WITH_SUBJECT.search(masked, reading.sentence.start, verb.start)
        if found is None or verb.form != "participle":
            return None
        word = found.group(1).lower()
        if word in ("the latter", "the former"):
            before = [
                m
                for m in reading.mentions
                if m.end <= found.start() and id(m) in reading.entities and m.kind in ("org", "person", "unknown")
            ]
            if len(before) < 2:
                return None
            chosen = before[-1] if word == "the latter" else before[-2]
            return self.discourse.named(reading.entities[id(chosen)], how=f"'{word}' read as {chosen.text}")
        return self.speaker_of(reading, found.start(1), found.end(1))

    def _quoted_predicate(self, reading: Reading, main: Speaker | None) -> None:
        """A quotation that is its subject's predicate, verb and all: 'X has "categorically rejected these
        allegations"', 'The ministry "firmly denies" the reports'. The verb of saying inside the marks is the
        subject's, as if written outside them (only where the words before the marks are the subject alone)."""
        sentence = reading.sentence
        for quote in sentence.quotes:
            if not quote.opened or not sentence.start < quote.start < sentence.end:
                continue
            opening = _QUOTED_VERB.match(quote.text)
            if opening is None:
                continue
            verbs = find_verbs(quote.text[: opening.end()], 0)
            if not verbs or verbs[0].form != "finite" or verbs[0].start != opening.start(1):
                continue
            word = verbs[0].word
            verb = Verb(quote.start, quote.start, word, "finite")
            _, clause = self._clause_before(sentence, quote.start, reading.mentions)
            if not clause.strip() or re.search(r"[,\u2591]", clause):
                continue  # 'X said the raid was "..."' has a clause before the marks, not a subject alone
            speaker, subject_start = self._subject_before(reading, verb, main)
            if speaker is not None and subject_start is not None and subject_start >= 0:
                reading.acts.append(Act(verb, speaker, sentence, subject_start))
            return

    def _last_speaker_as_attribution(self, first: Reading) -> Attribution | None:
        """A paragraph that is only a quotation, after one where someone spoke, is theirs.

        '"No one from the party had anything to do with it," X said in a televised address.' then the
        paragraph '"I categorically deny this accusation."': X. The speaker is the last one of the paragraph
        before: of its last quotation or verb of saying, or its subject where it names a statement or speech.
        """
        previous = self._previous
        closing = self._closing_subject(previous)
        if closing is not None:
            return Attribution(Quote(0, 0, 0, False, ""), closing, closing.how, first.sentence)
        for reading in reversed(previous):
            if reading.quotes:
                last = reading.quotes[-1]
                return Attribution(
                    last.quote,
                    _copy(last.speaker, how="a paragraph of quotation after their words"),
                    "a paragraph of quotation after their words",
                    first.sentence,
                )
            if reading.acts:
                act = _reporting_act(reading)
                speaker = _copy(act.speaker, how="a paragraph of quotation after their words")
                return Attribution(Quote(0, 0, 0, False, ""), speaker, speaker.how, first.sentence)
        if previous and previous[-1].sentence.paragraph.masked.rstrip().endswith(":"):
            # 'Dario Venn, a commander, was more cautious:' then the quotation: the one person or body it names, as
            # within a paragraph (_sole_name_before)
            named: list[Entity] = []
            for r in previous:
                for m in r.mentions:
                    ent = r.entities.get(id(m))
                    if ent is not None and ent.kind in ("person", "org") and all(e is not ent for e in named):
                        named.append(ent)
            if len(named) == 1:
                how = "a paragraph of quotation after one that names them and ends with a colon"
                speaker = self.discourse.named(named[0], how=how)
                return Attribution(Quote(0, 0, 0, False, ""), speaker, how, first.sentence)
        if previous and _SPEECH_EVENT.search(" ".join(r.sentence.masked for r in previous)):
            # the one the paragraph is about ('The brigade released a video.'), else the last person or body
            subjects = self._previous_subjects
            about = (subjects[0] if subjects else None) or self.discourse.last_person or self.discourse.last_body
            if about is not None:
                speaker = _copy(about, how="a paragraph of quotation after their statement")
                return Attribution(Quote(0, 0, 0, False, ""), speaker, speaker.how, first.sentence)
        return None

    @staticmethod
    def _closing_subject(previous: list[Reading]) -> Speaker | None:
        """Who a paragraph of bare quotation is by a paragraph before that ends on someone's answer, in words of how
        they answered and none of theirs: 'Asked about the claims, Dario Venn was dismissive.', 'Petra Lind
        disagreed.', 'Residents were not convinced.' (the sentence's subject; before, whoever spoke earlier in that
        paragraph, or no one)."""
        if not previous:
            return None
        last = previous[-1]
        if last.quotes or last.acts or last.unattributed or not last.subjects:
            return None
        if not _ANSWERED_SO.search(last.sentence.masked):
            return None
        subject = last.subjects[0]
        return _copy(subject, how="a paragraph of quotation after one that ends on how they answered")

    # --- pass 1: mentions, verbs and their subjects ---------------------------------------------

    @staticmethod
    def _alone_before_its_verb(sentence: Sentence, m: Mention) -> bool:
        """Whether ``m`` is one word, with no title, that opens its clause right before a verb of saying: 'Chad
        said', '"...," Jordan added' (not 'in Chad said', 'Chad's army said')."""
        if " " in m.key or m.title or m.possessive:
            return False
        masked = sentence.paragraph.masked
        if (
            not _CLAUSE_OPENS_BEFORE.search(masked, max(sentence.start, m.start - 12), m.start)
            and m.start != sentence.start
        ):
            return False
        after = _VERB_RIGHT_AFTER.match(masked, m.end)
        return after is not None and any(v.start == after.end() for v in find_verbs(sentence.masked, sentence.start))

    def _a_person_not_the_place(self, m: Mention) -> bool:
        """Whether a place's name ('Chad', 'Jordan') alone before its verb is rather the person of the article with
        that given name ('Chad Miller'): one such person, and no record of an actor or group by that word."""
        return self.discourse.by_given_name(m.key) is not None and self.index.lookup(m.text, ("actor", "group")) is None

    def _a_place_in_article(self, m: Mention) -> bool:
        """Whether the article uses ``m``'s word as a place's name somewhere: 'from Chad', 'in Jordan'."""
        as_place = re.compile(_AS_A_PLACE.pattern.replace("WORD", re.escape(m.text)))
        return any(as_place.search(p.masked) for p in self.paragraphs)

    def _read_sentence(self, sentence: Sentence) -> Reading:
        reading = Reading(sentence)
        if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
            return reading  # not prose; its quotations stay unattributed
        reading.mentions = find_mentions(sentence.masked, sentence.start, self.lexicon, self.index)
        self.discourse.next_sentence(sentence.number)
        opener = _OPENING_GENDERED.match(sentence.masked)
        if opener is not None:
            self.discourse.opening_pronoun(opener.group(1))
        named: tuple[Mention, Entity] | None = None
        for m in reading.mentions:
            if m.kind != "time" and _a_country(m.text, self.index):
                self.discourse.countries.append(m.text)  # (for 'the kingdom' later)
            if named is not None and _acronym_after(sentence.paragraph.masked, named[0], m):
                ent = self.discourse.also_called(m, named[1], sentence.number)  # 'Name (ACR)'
                if ent is not None and ent is not named[1]:
                    reading.entities[id(named[0])] = ent  # the acronym named it first: the name joins it
            else:
                written_owner = possessive_owner(sentence.paragraph.masked, m.start, as_written=True)
                # (not a word the article uses as a place's name elsewhere: 'from Chad' leaves the state as likely)
                speaking = self._alone_before_its_verb(sentence, m) and not self._a_place_in_article(m)
                if speaking and m.kind == "place" and self._a_person_not_the_place(m):
                    m.kind = "person"  # 'Chad said' after 'Chad Miller, a trader,': the person, not the state
                ent = self.discourse.entity(m, sentence.number, written_owner, speaking=speaking)
            named = (m, ent) if ent is not None else None
            if ent is not None:
                reading.entities[id(m)] = ent
                ent.nearby.update(_nearby_words(sentence, m))
                described = _DEFINITE_APPOSITIVE.match(sentence.paragraph.masked, m.end, sentence.end)
                if described is not None and head_word(described.group(1)) in BODY_NOUNS:
                    if _person_by_its_words_alone(ent, m):
                        # 'Kessel Public Relations, the army's media wing,': a body, whatever name data says of the
                        # words, as after 'X, an alliance of rebel groups,' (_BODY_APPOSITIVE)
                        ent.kind = "org"
                        ent.org_type = ent.org_type or ORG_WORDS.get(head_word(described.group(1)))
                    if ent.kind == "org":
                        # what 'the media wing' may call it later (Discourse.describe)
                        ent.described_as.add(frozenset(w for w, _, _ in key_tokens(described.group(1))) - {"the", "s"})
                appositive = _APPOSITIVE.match(sentence.paragraph.masked, m.end, sentence.end)
                if ent.gender is None and appositive is not None:
                    ent.gender = gender_of(appositive.group(1))  # 'Dina Venn, the brigade's spokeswoman,'
                body_kind = _BODY_APPOSITIVE.match(sentence.paragraph.masked, m.end, sentence.end)
                if body_kind is not None and _person_by_its_words_alone(ent, m):
                    # 'Velor Dun, an alliance of rebel groups, said': the appositive says the name is a body's (two
                    # words with no title read as a person's), so that 'it' after is that body
                    ent.kind, ent.org_type = "org", ORG_WORDS[body_kind.group(1).lower()]
                if (
                    not m.possessive
                    and _PART_OF_A_BODY_BEFORE.search(sentence.paragraph.masked, sentence.start, m.span_start)
                    and _person_by_its_words_alone(ent, m)
                ):
                    # 'a factional group of Kessa Doran', 'the armed wing of X': only a body has factions and wings
                    # (before: name data made X a person, and 'A group of X denied' had no denier at all)
                    ent.kind, ent.org_type = "org", ("group", "armed-group")
                holder = next((o for o in reading.mentions if o.span_start >= m.end), None)
                if (
                    holder is not None
                    and m.kind == "unknown"
                    and not m.possessive
                    and holder.kind == "person"
                    and holder.title_start == m.end + 1
                    and _office_in_a_body(holder.title)
                    and _person_by_its_words_alone(ent, m)
                ):
                    # 'Kessar leader Dara Venn', 'Kessar deputy leader Lev Arno': a name with a leader or a spokesman of
                    # its own is a body's, whatever name data says of the word (before: 'Kessar denied' drafted a
                    # person called Kessar)
                    ent.kind = "org"
                kind_then_office = (
                    _BODY_NOUN_THEN_OFFICE.fullmatch(sentence.paragraph.masked, m.end, holder.start)
                    if holder is not None and holder.kind == "person" and holder.title and holder.start > m.end
                    else None
                )
                if (
                    kind_then_office is not None
                    and not m.possessive
                    and _body_noun(kind_then_office.group(1))
                    and _person_by_its_words_alone(ent, m)
                ):
                    # 'Kessa Tiger force western commander Dara Venn': a name, a kind of body in small letters, then an
                    # office of it and its holder; the name is the body's (before: two capitalised words made a
                    # person, who then took the holder's 'He said' after)
                    noun = kind_then_office.group(1)
                    ent.kind, ent.org_type = "org", ORG_WORDS.get(noun, ("group", "armed-group"))
                before = _APPOSITIVE_BEFORE.match(sentence.paragraph.masked, sentence.start, m.span_start)
                if ent.gender is None and before is not None and ent.person:
                    ent.gender = gender_of(before.group(1))  # 'The mother of Dario Venn, Sara Vale,'

        main: Speaker | None = None
        masked = sentence.paragraph.masked
        opening: Verb | None = None
        asides: list[Verb] = []
        # A sentence that opens with a clause of its own ('While X said ..., Y denied ..., saying'): its verb's
        # speaker is not the subject the sentence's participles share.
        subordinate = _SUBORDINATE_OPENING.match(masked, sentence.start, sentence.end)
        main_from = subordinate.end() if subordinate else sentence.start
        for verb in find_verbs(sentence.masked, sentence.start)[:MAX_VERBS_PER_SENTENCE]:
            subject_start = None
            if verb.form == "participle" and main is None and OPENING.fullmatch(masked, sentence.start, verb.start):
                opening = verb  # 'Denying the reports, the ministry said ...': the subject that follows speaks
                continue
            # (an aside set off by commas after 'and' too: 'approached a reporter and, mistaking him for a local,
            # said')
            coordinated = re.search(
                r"\b(?:and|but)(?:\s+(?:also\s+|then\s+|later\s+)?|,\s++[^,;:.\u2591]{1,60}+,\s++)$",
                masked[sentence.start : verb.start],
            )
            if verb.form == "participle" or (verb.form == "finite" and coordinated and main is not None):
                # '..., adding that', '... denied X and accused Y': the clause's subject speaks
                # (the subject of the nearest verb before it, not the sentence's first: 'X called it "A", while Y
                # called it "B" and said "C"' gives C to Y)
                nearest_act = next(
                    (
                        a
                        for a in reversed(reading.acts)
                        if a.verb.form == "finite" and not a.relative and a.verb.end <= verb.start
                    ),
                    None,
                )
                if nearest_act is not None and verb.word.lower() in STRESSING:
                    # ('X said on Friday that Y claimed it had taken the town, stressing that "this is not true"':
                    # the claim is told inside X's clause, and X goes on, not Y)
                    nearest_act = next(
                        (
                            a
                            for a in reading.acts
                            if a.verb.form == "finite"
                            and not a.relative
                            and a.verb.end <= nearest_act.verb.start
                            and _CLAUSE_HOLDING.fullmatch(
                                masked,
                                a.verb.end,
                                nearest_act.subject_start
                                if nearest_act.subject_start is not None
                                else nearest_act.verb.start,
                            )
                        ),
                        nearest_act,
                    )
                nearest = nearest_act.speaker if nearest_act is not None else None
                if nearest is None and main is None and _WRITING_SURFACED.match(masked, main_from, verb.start):
                    continue  # 'A report emerged on Monday, claiming that ...': the report's words, not the last speaker's
                # ('Sky reported that X issued a statement denying ...': the writing was issued inside the clause
                # that verb reports, by its own subject, X, not by the reporter)
                issuer, issuer_at = self._issuer_at(reading, verb, nearest_act.verb.end if nearest_act else None)
                if issuer is None and nearest is None and main is None:
                    issuer, issuer_at = self._issuer_at(reading, verb)
                elif issuer is None and nearest_act is not None and self._issued_by_another(reading, verb, nearest_act):
                    continue  # (issued inside that clause by a named subject not found: someone, never the reporter)
                speaker = (
                    self._name_just_before(reading, verb)
                    or self._with_subject(reading, verb)
                    or self._writing_owner(reading, verb)
                    or issuer
                    or nearest
                    or main
                )
                if speaker is not None and speaker is issuer:
                    subject_start = issuer_at  # (where two who issued it together are found: one denial each)
                if speaker is None and main is None and masked[sentence.start : verb.start].rstrip().endswith(","):
                    # 'A brigade spokesman, denying the reports, said ...', 'An aide to Lev Arno, denying ...': the
                    # participle set off after its subject shares the subject the main verb finds after it, as after
                    # 'Lev Arno, denying ...' (not 'an aide', nor no one); with no main verb, as before (below)
                    asides.append(verb)
                    continue
                speaker = speaker or self._clause_subject(reading, verb, main_from) or self.discourse.last_person
                if speaker is None:
                    continue
                speaker = _copy(speaker, how=speaker.how)
            elif verb.form == "according":
                if _BY_RULE.match(masked, verb.end):
                    continue  # 'according to Sharia', 'according to the agreement': no one speaks
                speaker = self._subject_after(reading, verb)
            elif verb.form == "finite" and coordinated and self._clause_subject(reading, verb, main_from) is not None:
                # 'Lev Arno met the envoy(,) and denied the reports': the clause's subject, as 'He met ... and said'
                speaker = self._clause_subject(reading, verb, main_from)
            elif verb.form == "finite" and OWNED_DENIAL.fullmatch(verb.word):
                speaker = self._denial_owner(reading, verb)  # 'the brigade's denial of any role': the owner denies
                if speaker is None:
                    continue
            elif verb.form == "finite" and self._issuer(reading, verb) is not None:
                speaker = self._issuer(reading, verb)  # 'X issued a statement in which it denied ...'
            elif verb.form == "finite" and self._writing_owner(reading, verb) is not None:
                speaker = self._writing_owner(reading, verb)  # 'in a letter from X that said ...': X's words
            else:
                named_it = self._what_one_called(reading, verb)
                if named_it is not None:
                    # 'Lev Arno slammed what Dario Venn called "a plan for peace"': the words in marks are the
                    # one's who called it so (Venn), as after 'the plan, which Dario Venn called'; not the
                    # sentence's subject (before: Arno), who stays its speaker
                    reading.acts.append(Act(verb, named_it, sentence, relative=True))
                    continue
                speaker, subject_start = self._subject_before(reading, verb, main)
                if _AS_ONE_SAID.fullmatch(masked, sentence.start, verb.start) and _AS_CLAUSE_ENDS.match(
                    masked, verb.end, sentence.end
                ):
                    # 'As it has always reiterated, the ministry reaffirms ...': the pronoun of an opening 'as' clause
                    # points ahead to the main clause's subject, not back to the last body named
                    ahead = self._subject_after_opening(reading, verb)
                    if ahead is not None:
                        speaker, subject_start = _copy(ahead, how=ahead.how), None
                if speaker is not None and self._tag_after_marks_within(reading, verb, subject_start):
                    # 'The ban is part of "efforts to demonize" the group, says a group official.': the inverted
                    # tag's subject after the verb speaks, not the words between the marks and its comma, which
                    # end the clause that quotes (before: 'the group')
                    speaker = self._subject_after(reading, verb) or speaker
                if subject_start == _IN_RELATIVE_CLAUSE:
                    relative = self._relative_subject(reading, verb)
                    if relative is not None:  # not the sentence's subject: 'main' stays as it is
                        reading.acts.append(Act(verb, relative, sentence, relative=True))
                    continue
                if subject_start is not None and (
                    _NO_ONE.match(masked, subject_start) or _says_no_one(masked, subject_start, verb.start)
                ):
                    continue  # 'Neither the ministry nor the brigade has denied it': no one spoke
                if (
                    speaker is None
                    and verb.word.lower() not in ("told", "tells")  # ('told X': X is told, never the speaker)
                    and (
                        # (after words in marks, an adverb may stand before the verb: '"...," further said X')
                        self._clause_before(sentence, verb.start, reading.mentions)[1].strip(" ,").lower()
                        in ("", "further", "also", "then", "later", "again")
                        or (
                            _INVERTED.search(masked, sentence.start, verb.start)
                            and (_STOPPED.search(sentence.text) or sentence.number != self.first)
                        )
                    )
                ):
                    # '"...," said X'; and the words told before an inverted verb with no marks: 'The rebels faked
                    # the capture, said X.', as 'The rebels faked the capture, X said.' (not in a headline, which
                    # has no stop and whose 'says official' describes loosely the one the body names; but a
                    # standfirst under it, with no stop either, names its speaker as the body does: 'Such reports
                    # are false, says ministry spokesperson')
                    speaker = self._subject_after(reading, verb)
                if speaker is None and verb.form == "finite":
                    speaker = self._quoted_name_before(reading, verb)
                opener = _OPENING_PRONOUN.match(masked, sentence.start, verb.start)
                if speaker is None and coordinated and opener:  # 'He condemned the strikes and said, ...'
                    speaker = self.discourse.pronoun(opener.group(1), None, opener.start(1))
            if speaker is not None and verb.form == "finite":
                speaker = self._charged_instead(reading, verb, speaker)
            if speaker is None:
                continue
            reading.acts.append(Act(verb, speaker, sentence, subject_start))
            if OWNED_DENIAL.fullmatch(verb.word):
                continue  # (a noun: its owner is no subject the sentence's participles share)
            if main is None and verb.form != "according" and verb.start >= main_from:
                main = speaker
        if opening is None and main is None:
            reacting = _REACTING_TO_FALSE.match(sentence.text)
            if reacting is not None:
                # 'Reacting to the "baseless" accusations, Iran summoned the envoy': what is answered, called false
                # in an opening clause (in marks or not), is denied by the main clause's subject, as after 'Rejecting
                # the accusations,' (not 'Reacting to the accusations, Iran summoned': no judgement, no denial)
                at = sentence.start + reacting.start(1)
                opening = Verb(at, sentence.start + reacting.end(1), reacting.group(1), "participle", claim=True)
        if opening is not None and main is None and opening.denial == "denied":
            # 'Denying the reports, the ministry summoned the envoy': a main verb that is no verb of saying; the
            # subject that opens the main clause denies, as it would before 'said'
            main = self._subject_after_opening(reading, opening)
        if opening is not None and main is not None:
            reading.acts.insert(0, Act(opening, _copy(main, how=main.how), sentence))
        for aside in asides:
            after = next((a for a in reading.acts if a.verb.start > aside.start and not a.relative), None)
            if (
                main is not None
                and after is not None
                and after.speaker is main
                and after.subject_start is not None
                and after.subject_start < aside.start
            ):
                reading.acts.insert(reading.acts.index(after), Act(aside, _copy(main, how=main.how), sentence))
                continue
            found = self._clause_subject(reading, aside, main_from) or self.discourse.last_person
            if found is not None:  # (no main verb after the aside: its subject as the clause gives it)
                acts = [a for a in reading.acts if a.verb.start < aside.start]
                reading.acts.insert(len(acts), Act(aside, _copy(found, how=found.how), sentence))
        if any(a.verb.denial is None for a in reading.acts):
            # A denial as a noun stands for its owner's act only where the sentence tells no words of another
            # (only a verb of denying whose object it is: 'X dismissed the brigade's denial of any role'): in 'X said
            # the brigade's denial of the raid was a lie', X's words are told, and the brigade's denial is their topic.
            # (another's words told in a clause of time after it are no such words: "X's denial came hours after Y
            # accused it of the raid" tells when X denied)
            later = [
                a
                for a in reading.acts
                if a.verb.denial is None
                and not any(
                    OWNED_DENIAL.fullmatch(o.verb.word)
                    and o.verb.end <= a.verb.start
                    and _SUBORDINATE_AFTER.search(masked, o.verb.end, a.verb.start)
                    for o in reading.acts
                )
            ]
            if later:
                reading.acts = [a for a in reading.acts if not OWNED_DENIAL.fullmatch(a.verb.word)]
        if not reading.acts:
            self._quoted_predicate(reading, main)
        for passive in _DENIED_BY.finditer(sentence.masked):  # 'a report ... was refuted by Taliban officials'
            word = passive.lastindex or 1  # the verb: 'refuted', or 'deemed' of 'deemed false'
            start = sentence.start + passive.start(word)
            verb = Verb(start, sentence.start + passive.end(), passive.group(word), "passive")
            agent = self._subject_after(reading, verb)
            if agent is not None:
                reading.acts.append(Act(verb, _copy(agent, how=f"'{passive.group().strip()}'"), sentence))
        for noun in _DENIAL_FROM.finditer(sentence.masked):
            # 'The denial by X came after ...', 'drew a swift denial from X': X denies, as in 'was denied by X'
            at = sentence.start + noun.start()
            if (
                any(a.verb.start <= at < a.verb.end for a in reading.acts)
                or _DENIAL_ASKED_FOR.search(masked, max(sentence.start, at - 60), at)
                or _DENIAL_NOT_MADE.match(masked, sentence.start + noun.end(), sentence.end)
            ):
                continue
            verb = Verb(at, sentence.start + noun.end(), noun.group().strip(), "passive")
            # (the denial is the sentence's subject, its verb after the denier: 'The denial by X came after ...')
            own = _VERB_AFTER_DENIAL.search(masked, verb.end, sentence.end)
            agent = self._subject_after(reading, verb, own.start() if own is not None else None)
            if agent is not None:
                _insert_act(reading, Act(verb, _copy(agent, how=f"'{noun.group().strip()}'"), sentence))
        for passive in _TOLD_BY.finditer(sentence.masked):
            # 'Lev Arno was told by Dario Venn: "..."': the one who told speaks, never the one told (the subject
            # before the passive took the words, as before 'told Dario Venn' it never does)
            verb = Verb(sentence.start + passive.start(1), sentence.start + passive.end(), passive.group(1), "passive")
            agent = self._subject_after(reading, verb)
            if agent is not None:
                reading.acts.append(Act(verb, _copy(agent, how=f"'{passive.group().strip()}'"), sentence))
        for passive in _NAMED_BY.finditer(sentence.masked):
            # 'The plan was described by Lev Arno as "a fabrication"', 'was called "a fabrication" by Lev Arno': the
            # agent of the naming speaks the words named, as in 'Lev Arno described the plan as "..."' (before: no one)
            group = 1 if passive.group(1) else 2
            at = sentence.start + passive.start(group)
            if any(a.verb.start <= at < a.verb.end for a in reading.acts):
                continue
            agent = self._subject_after(reading, Verb(at, sentence.start + passive.end(), "by", "passive"))
            # (the verb itself, not the words in marks after it, stands before the quotation)
            verb = Verb(at, sentence.start + passive.end(group), passive.group(group), "passive")
            if agent is not None:  # (in the order of the sentence: a verb after it stays the nearer)
                _insert_act(reading, Act(verb, _copy(agent, how=f"'{passive.group().strip()}'"), sentence))
        for words in _IN_ONES_WORDS.finditer(sentence.masked):
            # 'In Lev Arno's words, the plan was "a fabrication"', 'the plan was, in the words of Lev Arno, "..."',
            # 'to quote Lev Arno': the one whose words they are speaks, as after 'according to Lev Arno' (before: no
            # one, no verb of saying standing near)
            at = sentence.start + words.start()
            if words.group("owner") is not None:
                owner = next(
                    (
                        m
                        for m in reading.mentions
                        if m.possessive
                        and id(m) in reading.entities
                        and sentence.start + words.start("owner") <= m.span_start < sentence.start + words.end("owner")
                    ),
                    None,
                )
                found = self._named(reading, owner) if owner is not None else None
            else:
                found = self._subject_after(reading, Verb(at, sentence.start + words.end(), words.group(), "according"))
            if found is not None:
                verb = Verb(at, sentence.start + words.end(), words.group().strip(), "according")
                _insert_act(reading, Act(verb, _copy(found, how=f"'{words.group().strip()}'"), sentence))
        read_out = _STATEMENT_READ.search(sentence.masked)
        if read_out is not None and not reading.acts:  # '"...," X's statement read': X speaks
            owner = next(
                (
                    m
                    for m in reading.mentions
                    if (m.possessive or _NAME_WRITING_READ.match(masked, m.end))  # "X's statement", 'the X statement'
                    and id(m) in reading.entities
                    and sentence.start + read_out.start() <= m.span_start < sentence.start + read_out.end()
                ),
                None,
            )
            if owner is not None:
                end = sentence.start + read_out.end()
                verb = Verb(end - len(read_out.group(2)), end, read_out.group(2), "finite")
                speaker = self.discourse.named(reading.entities[id(owner)], how="their statement read")
                reading.acts.append(Act(verb, speaker, sentence, sentence.start + read_out.start()))
                self.discourse.last_statement = speaker  # 'the statement continued' later is theirs
        gave = _STATEMENT_WAS.search(sentence.masked) if not reading.acts else None
        if gave is not None:  # "X's only statement on the issue was, '...'": X speaks (before: no one after a comma)
            at = sentence.start + gave.start()
            pronoun = _OWNER_PRONOUN.search(sentence.masked[: gave.start()])
            speaker = None
            if pronoun is not None:  # 'His only comment was, "..."': the one 'his' stands for
                standing = {"his": "he", "her": "she", "its": "it", "their": "they"}[pronoun.group(1).lower()]
                speaker = self.discourse.pronoun(standing, None, sentence.start + pronoun.start(1))
            else:
                owner = next(
                    (
                        m
                        for m in reading.mentions
                        if id(m) in reading.entities
                        and sentence.start <= m.span_start
                        and (
                            _OWNER_OF_STATEMENT.fullmatch(masked, m.end, at)
                            or (gave.group("adj") is not None and _OWNER_BARE.fullmatch(masked, m.end, at))
                        )
                    ),
                    None,
                )
                if owner is not None:
                    speaker = self.discourse.named(reading.entities[id(owner)], how="their statement was")
            if speaker is not None:
                end = sentence.start + gave.end("verb")
                verb = Verb(end - len(gave.group("verb")), end, gave.group("verb"), "finite")
                reading.acts.append(Act(verb, _copy(speaker, how="their statement was"), sentence, at))
        labelled = _RESPONSE_COLON.match(sentence.masked) if not reading.acts else None
        if labelled is not None:
            self._response_under_label(reading, labelled)
        quoted = _WAS_QUOTED_AS_SAYING.search(sentence.masked) or _QUOTED_AS_SAYING.search(sentence.masked)
        if quoted is not None:  # 'SANA quoted the ministry as saying: ...': the one quoted speaks
            start = sentence.start + quoted.start(1)
            seg = self._tidy(Segment(start, sentence.start + quoted.end(1), quoted.group(1)))
            speaker = self._quoted_subject(reading, quoted, seg)
            if speaker is not None:
                end = sentence.start + quoted.end()
                verb = Verb(end - len(quoted.group("verb")), end, quoted.group("verb"), "finite")
                # 'X was quoted (by Y) as saying': X's words come before the verb, as a subject's do
                subject = start if quoted.re is _WAS_QUOTED_AS_SAYING else None
                how = f"quoted as saying: '{quoted.group(1)}'"
                # ('as denying' is read here, not as a participle of the one who quoted)
                reading.acts = [a for a in reading.acts if not (a.verb.start < verb.end and verb.start < a.verb.end)]
                if quoted.re is _QUOTED_AS_SAYING:
                    # 'Meridian Wire news agency cited Lev Arno, the spokesman, as saying that ...': the one who cites
                    # only passes the words on (its verb is no speech of its own), as 'the agency cited' is not
                    at = sentence.start + quoted.start()
                    reading.acts = [a for a in reading.acts if a.verb.start != at]
                reading.acts.append(Act(verb, _copy(speaker, how=how), sentence, subject))
        claimed = _CLAIM_OF.search(sentence.masked)
        # (the words in marks inside the claim's clause, no comma before them: not 'denied the army's allegations that
        # ..., terming them "baseless"', the denier's own judgement)
        if claimed is not None and re.match(r"[^,;:\u2591]*\u2591", sentence.masked[claimed.end() :]) and reading.acts:
            # 'X denied claims by the army that it "destroyed a convoy"': the words in marks are the army's claim, not
            # X's (X's denial still cites them as what it denies)
            name = claimed.group("by") or claimed.group("own")
            at = sentence.start + claimed.start("by" if claimed.group("by") else "own")
            kind, mention = self._classify(reading, self._tidy(Segment(at, at + len(name), name)))
            if kind != "name" and claimed.group("own"):
                # ("Lev Arno's accusation": the owner's name, which a possessive keeps from reading as a subject)
                owners = [m for m in reading.mentions if m.possessive and at <= m.span_start < at + len(name)]
                if (
                    len(owners) == 1
                    and id(owners[0]) in reading.entities
                    and owners[0].kind in ("person", "org", "unknown")
                ):
                    kind, mention = "name", owners[0]
                elif len(owners) == 1 and owners[0].kind == "place":
                    kind, mention = "country", owners[0]  # ("Veloria's allegations": the state)
            claimant = self._speaker_of_kind(reading, kind, mention, name)
            if claimant is not None:
                which = "noun" if claimed.group("noun") else "noun2"
                noun = Verb(
                    sentence.start + claimed.start(which),
                    sentence.start + claimed.end(which),
                    claimed.group(which),
                    "finite",
                )
                reading.acts.append(Act(noun, _copy(claimant, how=f"its claim: '{claimed.group()}'"), sentence))
        relays = [a.verb.start for a in reading.acts if a.verb.form == "according" and a.verb.word.lower() in RELAYING]
        if quoted is not None and speaker is not None and re.match(r"(?:cit|quot)ing\b", quoted.group()):
            relays.append(sentence.start + quoted.start())  # 'citing X as saying', as 'citing X'
        cited = {a.verb.start: a.speaker for a in reading.acts if a.verb.form == "according"}
        for at in relays:
            # 'Meridian Wire said, citing X' as 'Meridian Wire reported, citing X' (or '"...," reported Meridian Wire,
            # citing X'): the outlet only relays, X speaks
            kept: list[Act] = []
            for a in reading.acts:
                if (
                    masked[a.verb.end : at].strip(" ") != ","
                    and not (
                        _AFTER_ITS_QUOTATION.search(masked, 0, a.verb.start)
                        and _OUTLET_THEN.fullmatch(masked, a.verb.end, at)
                    )
                    # 'Meridian Wire, citing X, said' as 'Meridian Wire said, citing X'
                    and not (
                        a.subject_start is not None
                        and a.subject_start < at < a.verb.start
                        and masked[a.subject_start : at].rstrip().endswith(",")
                        and _RELAY_ASIDE.fullmatch(masked, at, a.verb.start)
                    )
                ):
                    kept.append(a)
                elif a.verb.denial == "denied" and at in cited:
                    # 'The ministry, citing army sources, denied the reports': the one cited denies, as in 'X, citing
                    # Y, said the reports were false' (not no one)
                    how = f"the one cited: '{masked[at : a.verb.end].strip()}'"
                    kept.append(Act(a.verb, _copy(cited[at], how=how), sentence, a.subject_start))
            reading.acts = kept
        self._opening_relay(reading)
        from_writing = _QUOTED_FROM_WRITING.search(sentence.masked) if not reading.acts else None
        if from_writing is not None:
            # '"...," the agency quoted from a statement': the statement's, whoever issued the last one, else the
            # one the article was quoting (the agency only passes the words on)
            said = self.discourse.last_statement or (self.discourse.recent[-1] if self.discourse.recent else None)
            if said is not None:
                at = sentence.start + from_writing.start(1)
                verb = Verb(at, sentence.start + from_writing.end(1), from_writing.group(1), "finite")
                how = f"'{from_writing.group(1)}': the statement of {said.label}"
                reading.acts.append(Act(verb, _copy(said, how=how), sentence))
        author = _report_author(reading)
        has_main = any(not a.relative for a in reading.acts)
        for act in reading.acts:
            if act.speaker.entity is not None and act.speaker.entity not in self.discourse.sayers:
                self.discourse.sayers.append(act.speaker.entity)
            # (the one who relays is no subject 'he' or 'it' may stand for; nor, beside a main clause's, the subject
            # of a relative clause: 'X announced that Y died in the strike which the Pentagon said ...', then 'he')
            if relayed(reading, act) is None and not (act.relative and has_main):
                self.discourse.spoke(act.speaker)
                # (the last speaker, when it is one person named; a body or people speaking after him end his
                # turn: 'The ministry criticised Dario Venn.' then 'he' is Venn, the one it judged)
                one = act.speaker.person and not act.speaker.plural and act.speaker.entity is not None
                self.discourse.last_sayer = (act.speaker, self.discourse.paragraph) if one else None
                if one and act.speaker.entity is not None:
                    self.discourse.sentence_sayers.append(act.speaker.entity)
        person = _person_a_body_judged(reading)
        if person is not None:
            # 'The ministry criticised Dario Venn. "...," he said.' as 'The ministry met Dario Venn. "...," he said.':
            # the person judged is whom 'he' is next (a verb of stance made the ministry the sentence's speaker, and
            # 'he' went to the body, or to a person named sentences before)
            self.discourse.last_person = self.discourse.named(person)
            self.discourse.last_person_at = None  # (the one a body judged: no man spoken of in passing)
        reporter = _reporter_of_embedded(reading, main)
        if reporter is not None:
            # 'X said that Y had denied the reports. "...," he added': the sentence's subject is X, whom 'he' after it
            # stands for, not Y, who speaks only inside what X reports
            self.discourse.spoke(reporter)
            self.discourse.sentence_sayers = [reporter.entity] if reporter.entity is not None else []
        main_clause = _main_before_clause_of_time(reading)
        if main_clause is not None:
            # 'The brigade denied any role after Israel said it had stopped "gunmen".' then '"...," it said': the main
            # clause's subject is whom 'it' stands for next, not the subject of the clause of time after it
            self.discourse.spoke(main_clause)
            if not _sides_contrasted(reading):
                # (but 'X said ..., while Y said ...' sets two speakers side by side: 'he' after it may be either)
                self.discourse.sentence_sayers = [main_clause.entity] if main_clause.entity is not None else []
        if reading.acts and (reading.acts[0].speaker.plural or reading.acts[0].speaker.entity is None):
            member = self._included_person(reading)
            if member is not None:
                self.discourse.spoke(member)  # 'officials, including Col. X, denied ...', then 'he said'
        described_author = _REPORT_BY_DESCRIBED.search(sentence.masked) if author is None else None
        if author is not None:
            self.discourse.last_report = self.discourse.report_named = self.discourse.named(author)
        elif described_author is not None and self.discourse.describe(described_author.group(1)) is not None:
            # 'A report by the Velorian interior ministry ...': the body described, as 'a report by the Kessel Brigade'
            self.discourse.last_report = self.discourse.describe(described_author.group(1))
            self.discourse.report_named = self.discourse.last_report
        else:
            # 'Meridian Wire reported that ...' then 'The report further said ...': one named who reports wrote one (an
            # outlet's name may read as a person's: 'Alaraby Aljadid')
            reporter = next(
                (
                    a.speaker
                    for a in reading.acts
                    if a.verb.word.lower() in ("reported", "reports")
                    and a.speaker.entity is not None
                    and relayed(reading, a) is None
                ),
                None,
            )
            if reporter is not None:
                self.discourse.last_report = reporter
        if main is not None and (main.entity or main.described) and _STATEMENT.search(sentence.masked):
            # 'the statement' later is this speaker's, or that of the one who wrote it ('X posted a statement from Y')
            writer = _statement_owner(reading)
            self.discourse.issued_statement(self.discourse.named(writer) if writer is not None else main)
        if not reading.acts:
            self._remember_subjects(reading)
        return reading

    def _what_one_called(self, reading: Reading, verb: Verb) -> Speaker | None:
        """The one named or described between 'what' and a verb of naming right after: 'what Dario Venn called',
        'what the Kessel Brigade has described as' (None for a pronoun, 'what he called', which the sentence's
        subject reads as before, or for anything else)."""
        masked = reading.sentence.paragraph.masked
        if verb.word.lower() not in _NAMING_VERBS or not _MARKS_NAMED.match(masked, verb.end):
            return None  # (the words in marks right after the verb: not 'what X called the plan, then said: "..."')
        whats = list(_WHAT.finditer(masked, reading.sentence.start, verb.start))
        if not whats or re.search(r"[,;:\u2591\u201c\u201d\"]", masked[whats[-1].end() : verb.start]):
            return None
        seg = self._tidy(Segment(whats[-1].end(), verb.start, masked[whats[-1].end() : verb.start]))
        kind, mention = self._classify(reading, seg)
        return self._speaker_of_kind(reading, kind, mention, seg.text)

    def _response_under_label(self, reading: Reading, labelled: re.Match[str]) -> None:
        """The owner of a response given under a label ("Lev Arno's response to the report: '...'") speaks, with the
        noun as its verb; where the owner is neither a name, a state nor a description, no one is read."""
        sentence = reading.sentence
        at = sentence.start + labelled.start("owner")
        seg = self._tidy(Segment(at, sentence.start + labelled.end("owner"), labelled.group("owner")))
        kind, mention = self._classify(reading, seg)
        # (a name is read with its possessive, as an owner, not as a subject: "Lev Arno's")
        owners = [m for m in reading.mentions if m.possessive and seg.start <= m.span_start < seg.end]
        if kind != "name" and len(owners) == 1 and id(owners[0]) in reading.entities and owners[0].kind != "place":
            kind, mention = "name", owners[0]
        if kind == "name" and mention is None:
            return
        owner = self._speaker_of_kind(reading, kind, mention, seg.text)
        if owner is None:
            return
        noun = Verb(sentence.start + labelled.start("noun"), sentence.start + labelled.end("noun"), "said", "finite")
        reading.acts.append(Act(noun, _copy(owner, how=f"their {labelled.group('noun')} under a label"), sentence, at))

    @staticmethod
    def _opening_relay(reading: Reading) -> None:
        """'Citing X, the agency said ...' as 'The agency, citing X, said ...': the one cited, where it reads as a
        speaker, speaks through the verb of the subject right after the opening relay, which only passes the words
        on (before: a claim of each). Only 'citing' and 'quoting' opening the sentence: 'According to Meridian Wire,
        Lev Arno said ...' is Lev Arno's, the outlet telling what he said; and only where the subject is one whose
        trade is passing words on, an outlet or an agency ('Citing Petra Lind, the Kessel Brigade said it had not
        fired' is the brigade's own word, Lind its witness: the brigade's alone, and Lind's no claim)."""
        sentence = reading.sentence
        masked = sentence.paragraph.masked
        relay = next(
            (
                a
                for a in reading.acts
                if a.verb.word.lower() in RELAYING and not masked[sentence.start : a.verb.start].strip()
            ),
            None,
        )
        aside = _RELAY_ASIDE.match(masked, relay.verb.start) if relay is not None else None
        if relay is None or aside is None:
            return
        passed = [
            a
            for a in reading.acts
            if a is not relay and not a.relative and a.subject_start == aside.end() and a.verb.start > aside.end()
        ]
        if len(passed) != 1:
            return
        if not _passes_words_on(passed[0].speaker):
            # (the subject's own word, the one cited its witness, who has no claim of its own)
            reading.acts = [a for a in reading.acts if a is not relay]
            return
        how = f"the one cited: '{masked[relay.verb.start : aside.end()].strip()}'"
        cited = Act(passed[0].verb, _copy(relay.speaker, how=how), sentence, passed[0].subject_start)
        reading.acts = [cited if a is passed[0] else a for a in reading.acts if a is not relay]

    def _speaker_of_kind(self, reading: Reading, kind: str, mention: Mention | None, text: str) -> Speaker | None:
        """The speaker a phrase classified by :meth:`_classify` names: a name, a state (through its government), or
        a description (``text``); None for anything else."""
        if kind == "name" and mention is not None:
            return self._named(reading, mention)
        if kind == "country" and mention is not None:
            return _state_speaker(mention)
        if kind == "phrase":
            return self.discourse.describe(text)
        return None

    def _quoted_subject(self, reading: Reading, quoted: re.Match[str], seg: Segment) -> Speaker | None:
        """The one 'quoted as saying' (``seg``, as the pattern took it), or the name before it as its apposition."""
        kind, mention = self._classify(reading, seg)
        if kind == "name" and mention is not None:
            return self._named(reading, mention)
        named = self._named_before_apposition(reading, quoted)
        if named is not None:
            return named
        if kind == "phrase":
            return self.discourse.describe(seg.text)
        if kind == "pronoun":
            return self.discourse.pronoun(seg.text, None, seg.start)  # '"...," he was quoted as saying'
        return None

    def _named_before_apposition(self, reading: Reading, quoted: re.Match[str]) -> Speaker | None:
        """'Lev Arno, the brigade's former head, was quoted as saying': the name before the apposition that the
        pattern took for the subject (read as a subject before 'said' is, appositions and asides stepped over)."""
        sentence = reading.sentence
        if quoted.re is not _WAS_QUOTED_AS_SAYING or not sentence.masked[: quoted.start(1)].rstrip().endswith(","):
            return None
        if "\u2591" in sentence.masked[: quoted.start(1)]:
            return None  # ('"...," X, was quoted': the subject after the quotation is the pattern's own)
        gap = re.match(r",?+\s++", sentence.masked[quoted.end(1) :])
        at = sentence.start + quoted.end(1) + (gap.end() if gap else 0)  # 'was', after any stray comma
        speaker, _ = self._subject_before(reading, Verb(at, at, "was", "finite"), None)
        return speaker if speaker is not None and speaker.how == "named" else None

    def _quoted_name_before(self, reading: Reading, verb: Verb) -> Speaker | None:
        """A name the article sets in quotation marks as the subject, as outlets translating from Arabic do:
        '" Dario Venn," added: "..."', 'the "Kessel guard force," made up of several brigades, announced ...'. The
        quotation is a few words that open with a capital, with nothing but such a participle phrase before the verb;
        the words before it are none, or a time phrase and an article."""
        sentence = reading.sentence
        masked = sentence.paragraph.masked
        before = [q for q in sentence.quotes if q.closed and q.end <= verb.start]
        if not before or not _QUOTED_NAME_GAP.fullmatch(masked, before[-1].end, verb.start):
            return None
        q = before[-1]
        name = q.text.strip().rstrip(",").strip()
        words = name.split()
        if not 1 <= len(words) <= 5 or not name[:1].isupper() or re.search(r"[.!?;:\d]", name):
            return None
        if _SAID_NOT_NAMED.search(name) or (
            # (a verb of denying sets no speaker after it: '"Kessel Brigade" denies Kessel Times report' denies it)
            verb.word.lower() not in DENY and re.match(r"\s+(?:the\s+)?[A-Z]", masked[verb.end : verb.end + 40])
        ):
            # '"We will not leave," said Lev Arno to reporters': words said, and the subject follows the verb
            return None
        if not _QUOTED_NAME_LEAD.fullmatch(masked, sentence.start, q.start):
            return None
        how = "a name set in quotation marks before the verb"
        reading.named_quotes.append(q)
        return Speaker(name, None, name, False, how)

    def _issuer(self, reading: Reading, verb: Verb) -> Speaker | None:
        """Who issued the writing a participle follows: 'X issued a statement denying ...' gives X; or a finite verb
        in a relative clause after it: 'X issued a statement in which it denied', 'X released a statement that said'."""
        return self._issuer_at(reading, verb)[0]

    def _issued_by_another(self, reading: Reading, verb: Verb, act: Act) -> bool:
        """Whether the participle ``verb`` follows a writing issued, after the verb of ``act``, by a subject of its
        own that is no pronoun ('Sky reported that X as well as Y have both issued statements denying'; not 'the
        ministry said it issued a statement denying', the ministry's)."""
        masked = reading.sentence.paragraph.masked
        issued = ISSUED_WRITING.search(masked, act.verb.end, verb.start) if verb.form == "participle" else None
        return issued is not None and _PRONOUN_ISSUES.search(masked, act.verb.end, issued.start()) is None

    def _issuer_at(self, reading: Reading, verb: Verb, after: int | None = None) -> tuple[Speaker | None, int | None]:
        """:meth:`_issuer` and where its name starts; ``after``: only a writing issued after that offset (the end of
        a verb whose clause holds it)."""
        writing = ISSUED_WRITING if verb.form == "participle" else ISSUED_WRITING_THEN_RELATIVE
        if verb.form not in ("participle", "finite"):
            return None, None
        issued = writing.search(reading.sentence.paragraph.masked, after or reading.sentence.start, verb.start)
        if issued is None:
            return None, None
        return self._subject_before(reading, Verb(issued.start(), issued.end(), "issued", "finite"), None)

    def _subject_after_opening(self, reading: Reading, opening: Verb) -> Speaker | None:
        """The subject of the main clause after an opening participle's clause: 'Rejecting the claims, the Kessel
        Brigade summoned ...' gives the brigade; the name or pronoun right after the clause's comma, then a word
        in lower case (its verb)."""
        masked = reading.sentence.paragraph.masked
        comma = masked.find(",", opening.end, reading.sentence.end)
        if comma < 0:
            return None
        rest = masked[comma + 1 : reading.sentence.end]
        start = comma + 1 + len(rest) - len(rest.lstrip())
        pronoun = _OPENING_PRONOUN.match(masked, start, reading.sentence.end)
        if pronoun is not None and re.match(r"\s+[a-z]", masked[pronoun.end() : reading.sentence.end]):
            return self.discourse.pronoun(pronoun.group(1), None, pronoun.start(1))
        for m in reading.mentions:
            if m.span_start < start or m.kind not in ("person", "org", "unknown") or m.possessive:
                continue
            if id(m) not in reading.entities or not _opens_with(masked[start : m.span_start].strip().lower(), m):
                return None
            if not _VERB_AFTER_SUBJECT.match(masked, m.end, reading.sentence.end):
                return None  # (a verb after it: 'the brigade summoned', 'X on Monday held'; not 'X and Y', 'X of Y')
            return self._named(reading, m)
        return None

    def _clause_subject(self, reading: Reading, verb: Verb, start: int) -> Speaker | None:
        """The subject of the clause a participle follows, where its verb is no verb of saying: 'Lev Arno spoke on
        Monday, saying ...', 'The brigade appeared in a video, denying ...' share their subject as '..., X said,
        adding' does. The name or pronoun that opens the clause's first segment (after a time or an aside)."""
        if verb.form not in ("participle", "finite"):
            return None
        masked = reading.sentence.paragraph.masked
        for seg in self._segments(start, masked[start : verb.start]):
            seg = self._tidy(seg)
            if not seg.text or self._classify(reading, seg)[0] in ("participial", "empty"):
                continue
            first = seg.text.split()[0].lower()
            if first in _OPENING_WORDS and not any(
                seg.start <= m.span_start < seg.end and id(m) in reading.entities for m in reading.mentions
            ):
                continue  # 'On diplomatic matters, X addressed ..., describing it': a phrase set before the subject
            pronoun = _OPENING_PRONOUN.match(masked, seg.start, seg.end)
            if pronoun is not None and pronoun.start(1) == seg.start:
                return self.discourse.pronoun(pronoun.group(1), None, pronoun.start(1))
            described = self._qualified_subject(reading, seg)
            if described is not None:
                return described
            opener = next(
                (
                    m
                    for m in reading.mentions
                    if m.kind in ("person", "org", "unknown")
                    and not m.possessive
                    and id(m) in reading.entities
                    and seg.start <= m.span_start < seg.end
                    and _opens_with(masked[seg.start : m.span_start].strip().lower(), m)
                ),
                None,
            )
            if opener is not None:
                return self._named(reading, opener)
            # a description opens it: 'A ministry official spoke on Monday, saying', up to its head noun; or a body
            # described, 'The ministry reacted, saying ...', 'The army hit back, calling the report "fake news"'
            head = _DESCRIBED_SUBJECT.match(seg.text) or _DESCRIBED_BODY.match(seg.text)
            return self.discourse.describe(head.group(1)) if head is not None else None
        return None

    def _qualified_subject(self, reading: Reading, seg: Segment) -> Speaker | None:
        """A clause's subject that is a description whose head a name qualifies, as a word of nationality or an owner:
        'The Velorian army is battling a militia and denies ...' gives 'the Velorian army' (not 'Velorian'), 'Velor's
        military is battling ... and denies' gives Velor's military (not no one). Only a nationality's word or an
        owner's, with no article or verb before the head: not 'Lev Arno met the envoy and denied'."""
        masked = reading.sentence.paragraph.masked
        for m in reading.mentions:
            if not (seg.start <= m.span_start < seg.end) or masked[seg.start : m.span_start].strip().lower() not in (
                "",
                "the",
            ):
                continue
            if not (m.possessive or (m.kind == "unknown" and _NATIONALITY_WORD.fullmatch(m.text))):
                return None
            mark = _POSSESSIVE_MARK.match(masked, m.end) if m.possessive else None
            end = mark.end() if mark is not None else m.end
            qualified = _QUALIFIED_HEAD.match(masked, end, seg.end)
            if qualified is None or any(
                w in FUNCTION_WORDS or w.endswith("ed") for w in masked[end : qualified.end()].split()
            ):
                return None
            end = _owned_by_the_head(masked, qualified.end(), seg.end)
            head = self._tidy(Segment(seg.start, end, masked[seg.start : end]))
            kind, mention = self._classify(reading, head)
            if kind == "name" and mention is not None:
                return self._named(reading, mention)
            return self.discourse.describe(head.text) if kind in ("phrase", "country", "empty") else None
        # (an owner read as no name, opening the sentence: "Velor's military is battling ... and denies")
        owned = _OWNER_OPENS.match(masked, seg.start, seg.end)
        if owned is None:
            return None
        qualified = _QUALIFIED_HEAD.match(masked, owned.end(), seg.end)
        if qualified is None or any(w in FUNCTION_WORDS for w in masked[owned.end() : qualified.end()].split()):
            return None
        return self.discourse.describe(masked[seg.start : _owned_by_the_head(masked, qualified.end(), seg.end)])

    def _writing_owner(self, reading: Reading, verb: Verb) -> Speaker | None:
        """Who wrote the writing a participle follows: '... posted a statement from X denying ...' gives X, not the
        poster (the words are the statement's)."""
        if verb.form not in ("participle", "finite"):
            return None
        sentence = reading.sentence
        masked = sentence.paragraph.masked
        issued = next(reversed(list(_ISSUED_BY.finditer(masked, sentence.start, verb.start))), None)
        # (or a report, whose author speaks through it as through a statement, in a relative clause on it: 'a report
        # by X that said ...'; not a participle after it, the subject's: 'criticised a report by X, calling it ...')
        if issued is None and verb.form == "finite":
            issued = next(reversed(list(_PIECE_IN.finditer(masked, sentence.start, verb.start))), None)
        if issued is None:
            return self._owned_writing(reading, verb)
        end = verb.start
        if verb.form == "finite":
            # (or a finite verb in a relative clause on the writing, its subject: 'a letter from X that said ...')
            relative = _WRITING_THEN_RELATIVE.fullmatch(masked, issued.end(), verb.start)
            if relative is None:
                return None
            end = relative.start(1)
        elif not _WRITING_TO_PARTICIPLE.fullmatch(masked, issued.end(), verb.start):
            return None
        seg = self._tidy(Segment(issued.end(), end, masked[issued.end() : end].rstrip(" ,")))
        kind, mention = self._classify(reading, seg)
        speaker: Speaker | None = None
        if kind == "name" and mention is not None:
            speaker = self._named(reading, mention)
        elif kind == "phrase":
            speaker = self.discourse.describe(seg.text)
        if speaker is None:
            return None
        return _copy(speaker, how=f"its writing: '{masked[issued.start() : verb.start].strip()}'")

    def _owned_writing(self, reading: Reading, verb: Verb) -> Speaker | None:
        """Who owns the writing a relative clause follows: "replied to Dara Venn's report, which said ...", "in
        response to Venn's report that states that ..." give Venn, whose words the writing holds, not the sentence's
        subject."""
        masked = reading.sentence.paragraph.masked
        owned = _OWNED_WRITING_BEFORE.search(masked, max(reading.sentence.start, verb.start - 80), verb.start)
        if owned is None or verb.form != "finite":
            return None
        owner = next((m for m in reading.mentions if m.end == owned.start() and id(m) in reading.entities), None)
        if owner is None:
            return None
        return _copy(self._named(reading, owner), how=f"its writing: '{masked[owner.start : verb.start].strip()}'")

    def _included_person(self, reading: Reading) -> Speaker | None:
        """The person a sentence names as one of its unnamed or many speakers: 'sources, including Col. X'."""
        masked = reading.sentence.paragraph.masked
        for m in reading.mentions:
            ent = reading.entities.get(id(m))
            if ent is not None and ent.person and _INCLUDING.search(masked, max(0, m.span_start - 12), m.span_start):
                return self.discourse.named(ent)
        return None

    def _remember_subjects(self, reading: Reading) -> None:
        """With no verb of saying, the sentence's first person and body named as subjects become 'he' and 'it'."""
        masked = reading.sentence.paragraph.masked
        own = _THEIR_WORDS_OPENING.match(reading.sentence.masked)
        if own is not None:
            # 'His remarks were a reply to Lev Arno's interview.': the one whose words they are stays the subject, and
            # the one they answer, named after them, is none
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}[own.group(1).lower()]
            speaker = self.discourse.pronoun(word, None, reading.sentence.start + own.start(1))
            if speaker is not None:
                self.discourse.spoke(speaker)
                return
        if _IT_OPENING.match(reading.sentence.masked, _lead_length(reading.sentence.masked)):
            # 'It claimed that X held talks with the government and the US.': the sentence's subject is 'it', which
            # stays what it was; a body named further on is no subject for the next 'it' ('It said ...')
            return
        seen_person = seen_body = False
        opens_at = reading.sentence.start + _lead_length(reading.sentence.masked)
        issuer = _ISSUES_A_WRITING.match(masked, opens_at) or _MEETS_THE_PRESS.match(masked, opens_at)
        by = self.speaker_of(reading, issuer.start(1), issuer.end(1)) if issuer is not None else None
        if by is not None and by.entity is None and not by.plural:
            # 'Veloria's defence ministry issued a statement on Monday.', 'A spokesman for the brigade released a
            # statement.': the body or the person described, as one named would be, is whom 'it' or 'he' is next ('It
            # said it had no role in the raid'), and not a body the description names (before, no one, and the
            # next sentence's words were no one's)
            self.discourse.spoke(by)
            seen_person, seen_body = by.person, not by.person
            # ('The brigade's leader issued a statement.' then '"...," the statement said': the statement is the one
            # described's, as a named issuer's is; before, whoever had spoken last)
            self.discourse.issued_statement(by)
        body = _DESCRIBED_BODY_ACTS.match(masked, opens_at) if issuer is None else None
        acting = self.discourse.describe(body.group(1)) if body is not None else None
        if acting is not None and acting.entity is None and not acting.person and not acting.plural:
            # 'The Velorian interior ministry opened an office in Barno.': the body described, subject of a deed, is
            # whom 'the ministry' or 'it' next stands for, as one that issued a statement is (before, 'the ministry'
            # stood for no one the text described)
            self.discourse.spoke(acting)
            seen_body = True
        opening = _DESCRIBED_SUBJECT.match(masked, reading.sentence.start + _lead_length(reading.sentence.masked))
        described = self.discourse.describe(opening.group(1)) if opening is not None else None
        if (
            described is not None
            and opening is not None
            and opening.group(1).split()[0].lower() in ("a", "an")
            and described.person
            and not described.plural
            and described.entity is None
        ):
            # 'A ministry official met Lev Arno.': the official is the subject 'he' is next, as 'Dario Venn met Lev
            # Arno.' makes Venn, not the person met (a definite 'The spokesman' may be one named before)
            self.discourse.spoke(described)
            seen_person = True
        people = _PEOPLE_OPENING.match(masked, reading.sentence.start + _lead_length(reading.sentence.masked))
        if people is not None and people.group(1).lower() in PLURAL_PEOPLE | HUMAN_NOUNS:
            described = self.discourse.describe(people.group(1))
        if described is not None and described.plural and described.entity is None:
            # 'Residents fled on Monday.', 'Two officials met the envoy.': whom 'they' is next, as 'he' after a person
            self.discourse.spoke(described)
        # (the line a statement opens with, to whom it is addressed, names no subject: 'To the Media and Public
        # Opinion:' makes no one 'he' or 'it' next)
        addressed = _SALUTATION.fullmatch(reading.sentence.text) is not None
        for m in reading.mentions if not addressed else ():
            ent = reading.entities.get(id(m))
            if ent is None or m.possessive:
                continue
            # (the words before it in its own sentence: 'X said the talks would go on. Dara Venn ruled ...' has 'Venn'
            # the subject, not the object of 'on')
            start = max(reading.sentence.start, m.span_start - 30)
            before = [w.lower() for w in re.findall(r"[A-Za-z]+", masked[start : m.span_start])]
            while before and before[-1] in ("the", "a", "an"):
                before.pop()  # 'a misuse of the UN': after a preposition, with its article, no subject
            absolute = before[-1:] == ["with"] and _PARTICIPLE_AFTER.match(masked, m.end) is not None
            if before and before[-1] in _BEFORE_SUBJECT and not absolute:
                continue  # ('..., with X expressing concern': X is the subject of 'expressing', and 'he' next)
            if _named_in_passing_after_preposition(masked, reading.sentence.start, m):
                continue  # ('forces loyal to the country's ousted leader, Dara Marr.': named in passing, as 'to X')
            and_then = _JOINED.match(masked, m.end)
            joined = next(
                (reading.entities.get(id(o)) for o in reading.mentions if and_then and o.span_start == and_then.end()),
                None,
            )
            if ent.person and not seen_person:
                seen_person = True
                if joined is not None and joined.person:
                    self.discourse.last_person = None  # 'X and Y arrived ...': 'he' next is either
                    continue
                if _DIED.match(masked, m.end):
                    self.discourse.last_person = None  # 'X was killed on Monday.': 'he said' next is someone else
                    continue
                self.discourse.spoke(self.discourse.named(ent))
                subject_at = reading.sentence.start + _lead_length(reading.sentence.masked)
                words_before = masked[subject_at : m.span_start]
                if re.search(r"\b[a-z]", words_before) and not _opening_phrase_set_off(words_before):
                    # 'The ministry summoned Dario Venn.': one named after the sentence's own subject, the one it
                    # acted on, is whom 'he' next stands for, as one a body judged is; not a man only spoken of in
                    # passing, as the subject of his own sentence, after another spoke (Discourse.last_person_at)
                    self.discourse.last_person_at = None
            elif ent.kind == "org" and not seen_body:
                seen_body = True
                if joined is not None and not joined.person:
                    self.discourse.last_body = None  # 'the brigade and the border guard clashed': 'it' is either
                    continue
                self.discourse.spoke(self.discourse.named(ent))
            elif (
                ent.kind == "unknown"
                and not seen_body
                and not seen_person
                and (
                    not masked[reading.sentence.start : m.span_start].strip(" ,")
                    # 'The Lebanese channel Al Mayadeen issued ...': a kind of body before the name describes it
                    or _epithet(
                        re.sub(
                            r"(?<=\S)\s+(?:al|el)$",
                            "",
                            masked[reading.sentence.start : m.span_start].strip(" ,").lower(),
                        )
                    )
                )
            ):
                # 'Reuters is one of ... It reported ...': a name of unknown kind that opens the sentence may be
                # what 'it' means next, but is never taken for 'he'
                self.discourse.recent.append(self.discourse.named(ent))
                seen_body = True
        owner = _statement_owner(reading)
        if owner is not None:
            self.discourse.last_statement = self.discourse.named(owner)
            if owner.person:  # (the entity's own flag: named() also makes one of unknown kind a person)
                self.discourse.statement_named = self.discourse.last_statement

    def _tells_of_description_before(
        self, reading: Reading, segments: list[Segment], i: int, kind: str, described: Speaker | None
    ) -> bool:
        """Whether segment ``i``, an appositive with an article after a description, tells of that description, which
        then speaks, rather than being the speaker itself."""
        seg = segments[i]
        if i == 0 or kind not in ("phrase", "determined") or not _ARTICLED.match(seg.text):
            return False
        if self._classify(reading, segments[i - 1])[0] != "phrase":
            return False
        # 'A spokesman with the Kessel Press Office, a mouthpiece of the army, said': an appositive whose head is no
        # one who speaks ('mouthpiece', 'wing') tells of the description before it, who speaks (and is 'the
        # spokesman' after)
        if described is None:
            return True
        if kind != "phrase":
            return False
        head = head_word(seg.text)
        # 'A spokesman for Kataib Sarran, an armed group, denied': the appositive says what the body that ends the
        # description before is; the one in that office speaks, not 'an armed group'
        if head in _BODY_KINDS and _OFFICE_OF_NAMED.fullmatch(segments[i - 1].text):
            return True
        # 'the state media of Veloria, a key coalition member, disputed', 'The army of X, a member of the alliance,
        # rejected': after no person, an appositive tells of the name the description ends with; the organ speaks
        if _NOUN_OF_NAMED.fullmatch(segments[i - 1].text) and head_word(segments[i - 1].text) not in HUMAN_NOUNS:
            return True
        # 'A spokesman with Kessel Press Relations, the media wing of the army, said': a body's wing set after a
        # person described tells of the body that person speaks for; the person speaks
        return head in BRANCH_NOUNS and head_word(segments[i - 1].text) in HUMAN_NOUNS

    def _clause_before(
        self, sentence: Sentence, pos: int, mentions: list[Mention] | None = None, scare: bool = False
    ) -> tuple[int, str]:
        masked = sentence.paragraph.masked
        region = masked[sentence.start : pos]
        if scare:  # (a few words in marks inside the subject's aside, read as its words: see _subject_before)
            inner = _SCARE_QUOTE.search(region)
            if inner is not None:  # (a comma inside the marks still ends the aside: 'committees," told')
                marks = inner.group(1)
                words = "x" * (len(marks) - 2) + (", " if marks[-2] == "," else "xx")
                region = region[: inner.start()] + words + region[inner.end(1) :]
        for noun in _NOUN_IN_MARKS.finditer(region):
            # 'An "authoritative source" within the brigade denied': the words in marks are the description's own
            # (quoted for their wording); read unmasked, the marks as spaces
            a, b = noun.span(1)
            words = sentence.paragraph.text[sentence.start + a + 1 : sentence.start + b - 1]
            if re.fullmatch(r"[a-z]+(?:[ -][a-z]+){0,2}", words) and words.split()[-1] in _NOUNS_OF_SOURCES:
                region = region[:a] + " " + words + " " + region[b:]
        quoted = _QUOTED_MANNER.search(sentence.paragraph.text, sentence.start, pos)
        if quoted:  # 'The spokesman "strongly and categorically" refuted': the words of manner belong to the verb
            region = region[: quoted.start() - sentence.start] + " " * (quoted.end() - quoted.start())
        asides = list(_DASH_ASIDE.finditer(region)) + [
            m
            for m in _DASH_NAME_ASIDE.finditer(region)
            # (the description before is in lowercase words: 'The military media wing - X -', not a dateline's
            # place, 'Jerusalem - Meridian Wire - The brigade denied')
            if re.fullmatch(r"[a-z][a-z'\u2019-]*", region[: m.start()].split()[-1])
        ]
        for aside in asides:  # 'X – the brigade's spokesman – said' as 'X, the ..., said'
            for mark in (1, 2):
                a, b = aside.span(mark)
                region = region[:a] + ",".ljust(b - a) + region[b:]
        for like in _LIKE_ASIDE.finditer(region):
            # 'Lev Arno, who, like Dario Venn, fought in Ostravia, said': the likeness set off inside the aside names
            # no subject; read past, the aside reads as 'who fought in Ostravia' (Arno speaks, not no one)
            region = region[: like.start()] + " " * (like.end() - like.start()) + region[like.end() :]
        short = [(m.start(), m.end()) for m in _SHORT_BRACKETS.finditer(region)]
        short += [(m.start(), m.end()) for m in _NICKNAME_IN_MARKS.finditer(region)]
        cuts = [m.end() for m in _CUT.finditer(region) if not any(a <= m.start() < b for a, b in short)]
        cuts += [
            m.end()
            for m in _SUBORDINATE.finditer(region)
            if not _names_a_noun(region[: m.start()])
            and not _subordinate_in_aside(region, m.start(), m.end())
            # (nor inside a short aside in brackets: 'X (also known as Y) denied' has one clause)
            and not any(a <= m.start() < b for a, b in short)
        ]
        cuts += [m.end() for m in _AFTER_THE_SUBJECT.finditer(region)]
        cuts += [m.end() for m in _SAID_THAT.finditer(region)]
        cuts += [_at_a_name(bare, sentence.start, mentions or []) for bare in _SAID_BARE.finditer(region)]
        cuts += [m.end() for m in _AND_CLAUSE.finditer(region)]
        how = HOW_PUT.match(region)
        cuts += [how.end()] if how else []  # 'That was how Lev Arno put it': Arno, after 'how'
        start = max(cuts) if cuts else 0
        return sentence.start + start, region[start:]

    def _segments(self, start: int, text: str) -> list[Segment]:
        out: list[Segment] = []
        pos = 0
        # (a comma inside brackets ends no segment: 'the Kessel Forces (KF, or Quwat Kessel in Arabic)')
        bounds = [
            (m.start(), m.end())
            for m in _SEGMENT.finditer(text)
            if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
        ] + [(len(text), len(text))]
        for end, after in bounds:
            if out and _BY_ISSUER.match(text, pos) and _WRITING_ALONE.fullmatch(out[-1].text.strip()):
                # 'The statement, issued by X,': the writing and its issuer are one segment
                out[-1] = Segment(out[-1].start, start + end, text[out[-1].start - start : end])
            else:
                out.append(Segment(start + pos, start + end, text[pos:end]))
            pos = after
        return out

    def _tidy(self, seg: Segment) -> Segment:
        """The segment without leading conjunctions and time phrases, trailing adverbs and auxiliaries."""
        text = seg.text.lstrip()  # (after a quotation's closing mark: '"...," but Y said' leaves ' but Y')
        start = seg.start + len(seg.text) - len(text)
        while True:
            # (and 'Al' written apart before a surname, which the name leaves out: 'Al Vossel said' as 'Vossel'; not
            # 'El', which names.py keeps in the name: 'El Hadi Arno said')
            lead = (
                _LEADING.match(text)
                or _LEADING_TIME.match(text)
                or _LEADING_OCCASION.match(text)
                or _ARTICLE_APART.match(text)
                or _LEADING_PLACE.match(text)
            )
            if not lead or not lead.end():
                break
            text, start = text[lead.end() :], start + lead.end()
        text = text.rstrip(" .,;")
        clause = _PREPOSITION_WHICH.search(text)
        if clause:  # 'a tape emerged in which Lev Arno denied': the relative clause has a subject of its own
            text, start = text[clause.end() :], start + clause.end()
        shown = _SHOWN_WHAT.search(text)
        if shown:  # 'the army presented what officials said was': the clause's subject, who speaks
            text, start = text[shown.end() :], start + shown.end()
        acronym = re.search(r"(?<!\s)\s*(\([^()\u2591]{1,80}\))$", text[-100:])
        if acronym and acronym.start() > 0 and _SHORT_BRACKETS.fullmatch(acronym.group(1)):
            # 'The Kurdistan Workers' Party (PKK)', 'X (also known as Y)': the name, less its other names
            text = text[: len(text) - len(acronym.group())]
        occasion = _OCCASION.search(text, max(0, len(text) - 80))
        if occasion:
            text = text[: occasion.start()]
        platform = _ON_PLATFORM.search(text, max(0, len(text) - 60))
        if platform and platform.start() > 0 and not UNOWNED_STATEMENT.fullmatch(text):
            # 'said Lev Arno on Telegram': the name, less where he said it (but 'said a statement on its Telegram
            # channel' keeps the channel, whose owner issued the statement)
            text = text[: platform.start()]
        led = _LED_BY_AFTER.search(text)
        if led:  # 'The KBF led by Dario Venn denied': the body, before its leader
            text = text[: led.start()]
        charged = None if _PARTICIPIAL.match(text) else _CHARGED_AFTER.search(text)
        if charged:  # 'The commander blamed by X for the killing denied': the one charged (not ', widely blamed')
            text = text[: charged.start()]
        doing = _WHILE_DOING.search(text) or _DOING_WHERE.search(text)
        if doing:  # 'X while responding to queries about ...', 'said X on Monday while rubbishing': X, before 'while'
            text = text[: doing.start()].rstrip(" ,")
        trail = _trailing_start(text)
        if trail:
            text = text[:trail].rstrip(" .,;")  # 'The U.S. has denied': the name, less the stop of its initials
            acronym = re.search(r"(?<!\s)\s*\([^()\u2591]{1,24}\)$", text[-40:])
            if acronym and acronym.start() > 0:
                # 'The Ostravian army (OSA) on Sunday dismissed as unfounded reports ...': the acronym stood before
                # the time, which is off now; the body, less its acronym (as with none after it)
                text = text[: len(text) - len(acronym.group())]
        voice = _THROUGH_VOICE.search(text)
        if voice and voice.start() > 0:  # 'the ministry through its spokesperson denied': the ministry
            text = text[: voice.start()]
        relative = _RELATIVE_INSIDE.search(text) or _SPEAKING_INSIDE.search(text)
        if relative and _NAMING_RELATIVE.match(text, relative.end()):
            # 'Fighters who call themselves the Kessel Front said': the clause gives the name of those described,
            # which speaks, as after a comma ('the fighters, who call themselves X,'); not cut off
            relative = None
        if relative:  # 'a security source who asked not to be named': the description ends before 'who'
            text = text[: relative.start()]  # (and before 'speaking on condition of anonymity', as after a comma)
        one_of = _ONE_OF_AFTER_NAME.search(text)
        if one_of:  # 'Col Lev Arno one of the army officers in Dorna said': an appositive with its comma left out
            text = text[: one_of.start(1)]
        own_media = _POSTED_ON_OWN_MEDIA.match(text.lstrip())
        if own_media:  # 'a statement posted in Kessel Brigade media said': the brigade speaks
            start += len(text) - len(text.lstrip()) + own_media.start("owner")
            text = own_media.group("owner")
        issuer = None if own_media else _ISSUED_BY.match(text.lstrip())
        if issuer:
            start += len(text) - len(text.lstrip())
            text = text.lstrip()  # 'a statement by the Kessel Brigade said': the brigade speaks
            text, start = text[issuer.end() :], start + issuer.end()
            meeting = _MEETING.search(text)
            text = text[: meeting.start()] if meeting else text
        piece = None if issuer else _PIECE_IN.match(text.lstrip())
        if piece:  # 'An article published in Meridian Wire wrote', 'a report by Meridian Wire said': the outlet speaks
            start += len(text) - len(text.lstrip())
            text = text.lstrip()
            text, start = text[piece.end() :], start + piece.end()
        media_of = _MEDIA_OF.match(text.lstrip())
        if media_of:  # 'the news website of the Kessel Brigade said': the brigade speaks
            start += len(text) - len(text.lstrip()) + media_of.end()
            text = text.lstrip()[media_of.end() :]
        owned = (
            _OWN_WRITING.search(text, max(0, len(text) - 40))
            or _OWN_WRITING_TO.search(text)
            or _OWN_CHANNEL.search(text, max(0, len(text) - 50))  # "Arno's X account", "the brigade's news website"
        )
        if owned and owned.start() > 0:  # "the brigade's statement said", "Arno's X account said": the owner speaks
            text = text[: owned.start()]
        named = _NAME_WRITING.search(text, max(0, len(text) - 40))
        if named:  # 'the Kessel Brigade statement said', 'a Hezbollah statement said': the body speaks
            article = re.match(r"\s*(?:[Tt]he|[Aa]n?)\s+", text)
            cut = article.end() if article else 0
            text, start = text[cut : named.start(1)], start + cut
        placed = _PERSON_IN_PLACE.match(text.lstrip())
        if placed and placed.group("noun") in HUMAN_NOUNS and self._a_place(placed.group("place")):
            # 'said a Kessian official in Kessel City': the official speaks, where he is is no part of him
            text = text[: len(text) - len(text.lstrip()) + placed.end("noun")]
        stripped = text.lstrip()
        start += len(text) - len(stripped)
        return Segment(start, start + len(stripped), stripped)

    def _a_place(self, name: str) -> bool:
        """Whether words after 'in' name a place: 'the capital', a place on file, or a name whose last word is a word
        of place ('Kessel City', 'Dorna Province'), and no body's ('the Kessel Brigade', 'Interior Ministry')."""
        words = name.lower().split()
        if any(w in BODY_NOUNS or w in GROUP_NOUNS for w in words):
            return False
        # (or whose first is a word that opens a place's name: 'Port Sable', 'Fort Arno', 'Mount Kessel')
        return (
            name == "the capital"
            or words[-1] in PLACE_WORDS
            or (len(words) > 1 and words[0] in _OPENS_A_PLACE)
            or self.index.lookup(name, ("place",)) is not None
        )

    def _classify(self, reading: Reading, seg: Segment) -> tuple[str, Mention | None]:
        text = seg.text
        lower = text.lower()
        if not text or (_TRAILING_WORD.fullmatch(text) and not _ASIDE.fullmatch(text)):
            # (an aside set off by commas stays one: 'The brigade, however, denied')
            return "empty", None  # ('Hezbollah, for its part, has denied': 'has' alone is no subject)
        if lower in _PRONOUNS:
            return "pronoun", None
        if _RELATIVE.match(text):
            return "relative", None
        if (
            (_PARTICIPIAL.match(text) and not _ADJECTIVE_OF_PEOPLE.match(text))
            or _OCCASION.fullmatch(" " + text)
            or _ASIDE.fullmatch(text)
            or _THROUGH_VOICE.fullmatch(text)  # 'The army, through its spokesman X, said': the army
        ):
            return "participial", None  # 'led by ...', 'in a statement' between a subject and its verb
        if re.fullmatch(r"\d{1,3}", text):
            return "age", None
        masked = reading.sentence.paragraph.masked
        bare = re.sub(r"^[Tt]he\s+", "", text)  # the subject as a mention holds it ('the United States')
        if (" and " in text or " as well as " in text) and (
            self.two_titled(reading, seg.start, seg.end) is not None
            # ('Veloria's defence ministry and Mayor Dara Sol', 'An adviser to Lev Arno and Mayor Dara Sol')
            or self.described_and_titled(reading, seg.start, seg.end) is not None
        ):
            return "joint", None  # 'Brigade spokesman Lev Arno and Front leader Dario Venn': both speak
        for m in reading.mentions:
            if m.kind == "place" and not m.possessive and bare == m.text:
                place = self.index.lookup(m.text, ("place",))
                if (
                    (place is not None and place.kind in ("country", "city"))
                    or _STATE_WORD.search(m.text)
                    # (or a country by the reference data, with no record of it: 'The United States denied'; not one
                    # of a list, 'Western governments, including the United States, Britain and France, condemned')
                    or (place is None and is_country_name(m.text) and not _LISTED_BEFORE.search(masked, 0, seg.start))
                    # (and 'D.C.' after 'Washington,', which places the city as a country after a city does)
                    or DISTRICT_INITIALS.fullmatch(m.text) is not None
                ):
                    # 'Iraq has rejected ...', 'Islamic Emirate said', 'Washington has denied': the state speaks
                    # through its government (a city standing alone as a subject is a capital for its government)
                    return "country", m
            if (
                m.kind in ("unknown", "person")
                and not m.title
                and not m.possessive
                and bare == m.text
                and _country_by_name(m.text, self.index)
                and not _named_so_before(reading, m)
                and not _LISTED_BEFORE.search(masked, 0, seg.start)
            ):
                # 'Britain rejected ...', 'France denied ...', 'South Sudan said ...' with no record of it: a country's
                # name, which name data may take for a person's (two capitalised words read as a given and a family
                # name), speaks through its government as a country on file does
                return "country", m
            office = _OFFICE_AFTER_OWNER.fullmatch(masked[m.end : seg.end]) if m.possessive else None
            if (
                office is not None
                and m.kind in ("org", "unknown")
                and id(m) in reading.entities
                and masked[seg.start : m.span_start].strip().lower() in ("", "the")
            ):
                # "the Kessel Brigade's media office", "Kessel's spokesman" with no name: the body speaks
                reading.offices[id(m)] = office.group(1)
                return "name", m
            own_writing = (
                m.possessive
                and m.end == seg.end
                and (_OWN_WRITING_AFTER.match(masked, m.end) or _OWN_ACCOUNT_AFTER.match(masked, m.end)) is not None
            )
            if (
                (m.possessive and not own_writing)
                or m.kind in ("place", "time", "title")
                or id(m) not in reading.entities
            ):
                continue  # (but "Kessel's statement said": the owner of the writing speaks)
            if not (seg.start <= m.span_start and m.end <= seg.end):
                continue
            prefix = masked[seg.start : m.span_start].strip().lower()
            # (the name opens the segment, or its title does: what a place after it may be said of; not 'The army
            # met Lev Arno in Kessa', whose words before the name are a clause)
            opens = prefix in ("", "the") or bool(m.title)
            owner = _office_owner(reading, m)
            if (
                owner is not None
                and re.sub(r"^the\s+", "", prefix) == masked[owner.span_start : m.span_start].strip().lower()
            ):
                body = reading.entities[id(owner)]
                reading.offices[id(owner)] = m.text
                if body.kind == "unknown" and body.known is None:
                    body.kind = "org"  # one word with an office of its own ('Hezbollah's Media Relations') is a body
                return "name", owner  # "the Kessel Brigade's Media Relations": the body speaks through its office
            if re.fullmatch(r"[^\s\u2591]+['\u2019]s?", prefix):
                prefix = ""  # 'Hezbollah's Media Relations', 'Iran's Foreign Ministry spokesman Bahram Ghasemi'
            elif m.kind == "person" and _owner_names_the_prefix(reading, seg, m, self.index):
                prefix = ""  # "The Kessel Brigade's Lev Arno", "the Meridian Wire's Ilse Marrow", as "Hezbollah's X"
            elif (
                _ROLE_BEFORE_NAME.fullmatch(prefix)
                and m.kind == "person"
                and not _title_after_preposition(masked[seg.start : m.span_start], masked[m.span_start : m.end])
            ) or (
                m.title
                and (
                    len(prefix.split()) <= 3
                    or _MINISTRY_OF.fullmatch(prefix) is not None
                    or self._body_name_only(reading, seg.start, m)
                )
                and not re.search(r"[\u2591,;:]", prefix)
                and not (prefix and (prefix.split()[-1] in _PREPOSITIONS or "to" in prefix.split()))
            ):
                # 'Committee member Tarek Vossel', 'ministry spokesman Lev Arno', "the ministry's spokesman X" (not
                # 'fighters loyal to cleric X', 'an adviser to President X': a name after a preposition is not the subject)
                # (and a body's name of any length before the office: 'Kessel Centre for Strategic Studies head X')
                prefix = ""
            elif m.kind in ("person", "unknown") and (
                _ROLE_NOUN_BEFORE.fullmatch(prefix)
                or _AGE_BEFORE.fullmatch(prefix)
                or (m.kind == "person" and not m.title and _OFFICE_OF_BODY_BEFORE.fullmatch(prefix))
            ):
                prefix = ""  # 'political analyst Lev Arno', 'veteran politician X', '61-year-old X', as 'lawmaker X' is
            elif m.kind in ("person", "unknown", "org") and _NAMED_AS_BEFORE.fullmatch(prefix):
                _named_for_a_body(reading, m, prefix)  # ('a group of fighters known as X': a body's name)
                # 'a commander known as Abu Karim': the name the description is given (and a body's name by its head
                # word: 'a group calling itself the Kessel Front said' is the Front, before the description)
                prefix = ""
            elif m.kind == "person" and _OWNER_THEN_NOUN.fullmatch(prefix):
                prefix = ""  # "Lev Arno's rival Dario Venn", as "Lev Arno's deputy Dario Venn"
            elif prefix and all(w in NAME_DESCRIPTORS or w == "the" for w in prefix.split()):
                prefix = ""  # 'the banned Tehreek-e-Taliban Pakistan', 'Proscribed TTP': a descriptor, then the name
            elif re.fullmatch(r"(?:mr|mrs|ms|dr|sheikh|sayyed|sayyid|haji|mullah)\.?(?:\s+(?:al|el))?", prefix):
                prefix = ""  # 'Mr Al Khazali' where the name is read as 'Khazali'
            elif _epithet(prefix):
                _called_a_body(reading, m, prefix.split()[-1])  # 'the militant group al-Varda': a body
                prefix = ""  # 'The banned X (TTP) said', 'Iran-backed X said': words that describe the name
            elif prefix.removesuffix(" the") in _SUBORDINATORS_ALONE:
                prefix = ""  # 'After Lev Arno said "...," Venn replied': the clause's subject after its subordinator
            elif _opening_phrase(prefix) and not any(
                o is not m and o.kind in ("person", "org") and seg.start <= o.span_start < m.span_start
                for o in reading.mentions
            ):
                prefix = ""  # 'Within hours of the report Taliban denied': a time or place set before, no comma
            elif (
                m.kind == "person"
                and _TITLES_BEFORE_NAME.fullmatch(f"{prefix} {m.title.lower()}".strip())
                # (not a person the office serves, after a preposition: 'X, spokesman for Prime Minister Y, said' is X)
                and not (prefix and prefix.split()[-1] in _PREPOSITIONS)
                and not _title_after_preposition(masked[seg.start : m.span_start], masked[m.span_start : m.end])
            ):
                prefix = ""  # 'official spokesman of the brigade (KB) and newly-elected MP Karim Sayegh'
            rest = re.sub(r"^\([^()]{1,24}\)", "", masked[m.end : seg.end].strip()).strip()  # '... Forces (SDF)'
            rest = rest.lower()
            # the name ends the segment, or a place follows it: 'the Ministry of Interior of the Republic of Veloria'
            # 'Col. Saleh Al-Yacoubi of the Iraqi border guard said', or a body the named one sits within: 'The
            # Interior Ministry within the Velorian government denied' (before: all of it a description)
            of_body = (
                bool(rest)
                and rest.split()[0] in ("of", "in", "from", "within")
                and (
                    m.kind == "org"
                    or (m.kind == "person" and rest.split()[0] in ("of", "from") and len(rest.split()) <= 6)
                    # (or where the person spoke, a place named and nothing after: 'said Lev Arno in Tarvo')
                    or (m.kind == "person" and opens and rest.split()[0] == "in" and _place_ends(reading, seg.end))
                )
            )
            # (or the name and its kind after it: 'The Ahvar Al Dun group described ...', 'the Velor Front movement')
            kind_after = (
                rest in _KINDS_OF_BODY
                and (m.kind != "person" or _person_by_its_words_alone(reading.entities[id(m)], m))
                # (not a state's people's word: 'The Sudanese group also accused ...' describes a group, as 'the
                # Sudanese army' does, and is no body called 'Sudanese')
                and not (m.kind == "unknown" and _NATIONALITY_WORD.fullmatch(m.text) and names_a_state(m.text))
                # (nor a creed's word: 'The Islamist group denied', 'the Shiite militia', a description)
                and m.text.lower() not in CREED_ADJECTIVES
            )
            # (or a body's report, the body's name before it: 'The Kessel Herald report said ...' is the Herald's,
            # as 'A report by the Kessel Herald said' is; before: no one, and a name after 'said' read as its subject)
            body_report = rest in ("report", "reports") and m.kind == "org"
            # (or those who speak for it together, its delegation or leadership: 'the Kessel Front delegation denied'
            # is the Front's denial, as the gold names it)
            body_voice = rest in ("delegation", "leadership") and m.kind == "org"
            if prefix in ("", "the") and (not rest or of_body or kind_after or body_report or body_voice):
                if kind_after:
                    ent = reading.entities[id(m)]
                    if ent.kind != "org":
                        ent.kind, ent.org_type = "org", ORG_WORDS.get(rest, ("group", "armed-group"))
                if m.kind == "org" and " " not in m.key and m.key in BODY_NOUNS:
                    return "phrase", m  # 'the Ministry' alone: a description of a body named before
                return "name", m
        if (" and " in seg.text or " as well as " in seg.text) and two_named(reading, seg.start, seg.end):
            return "joint", None
        words = lower.split()
        if words[-1] in ("and", "or", "but"):
            return "other", None
        if words[-1] in ("not", "never", "neither", "nor") or words[-1].endswith(("n't", "n\u2019t")):
            # 'A spokesman for the brigade neither confirmed nor denied', '... didn't deny': the verb is negated, and
            # the description says nothing, as 'Lev Arno neither confirmed nor denied' says nothing
            return "other", None
        head = head_word(text)
        if head.endswith("s") and head[:-1] in HUMAN_NOUNS:
            head = head[:-1]  # 'the ministers said': plural people speak too
        if head in REPORT_NOUNS and words[0] == "the" and self.discourse.last_report is not None:
            return "phrase", None
        if UNOWNED_STATEMENT.fullmatch(text):
            return "phrase", None  # 'a statement posted on its website said': whoever spoke before issued it
        if head in WRITING_NOUNS and words[0] == "the" and self.discourse.last_statement is not None:
            return "phrase", None  # 'the message said' after 'X posted a message', as 'the statement said'
        if THEIR_WRITING.fullmatch(text):
            return "phrase", None  # 'His message said', as 'his statement': the words of the one 'his' stands for
        if MEDIA_REPORTS.fullmatch(lower) or (lower in ("the reports", "these reports") and self.discourse.reports):
            return "phrase", None  # 'The media reports claimed that ...', then 'The reports further claimed ...'
        if head in HUMAN_NOUNS or head in BODY_NOUNS or (head in STATE_NOUNS and words[0] == "the"):
            if (
                words[0] not in DETERMINERS
                and not text[0].isupper()
                and words[0] not in (head, head + "s")
                and words[0] not in _RANKS  # ('deputy head of the brigade's political bureau': a description)
                and len(words) > 4
                # (an office with no article: 'X, main spokesman for the brigade, said')
                and not (words[0] in _OFFICE_ADJECTIVES and head in words[1:3])
                # (nor one with a word of its field before it, then whom it serves: 'X, media adviser to the
                # council, said', 'X, military spokesman for the front, denied'; before: no one spoke)
                and not (words[1] == head and head in _OFFICE_HELD and words[2] in ("to", "for", "of"))
            ):
                return "other", None  # 'paid its fighters in cash': a clause, not a description
            if _article_inside(words, head):
                return "other", None  # 'Lev Arno met the envoy': a clause with its object, not a description
            at = next((k for k, w in enumerate(words) if w in (head, head + "s")), 0)
            if any(w in _FINITE_BE_HAVE for w in words[1:at]):
                return "other", None  # 'The brigade has fighters in Ostravia': a subject and its verb, a clause
            return "phrase", None
        if words[0] in DETERMINERS:
            return "determined", None
        return "other", None

    @staticmethod
    def _claimants_answered(reading: Reading, verb: Verb) -> tuple[Entity, ...]:
        """The ones whose claims ``verb`` answers: 'rejected the Kessel Brigade's claims that', 'denied claims by X
        that' (the bodies named there)."""
        masked = reading.sentence.paragraph.masked
        claimed = _CLAIM_ANSWERED.match(masked, verb.start)
        if claimed is None:
            return ()
        which = "by" if claimed.group("by") else "own"
        start, end = claimed.span(which)
        return tuple(
            reading.entities[id(m)]
            for m in reading.mentions
            if start <= m.span_start < end and id(m) in reading.entities
        )

    def two_titled(self, reading: Reading, start: int, end: int) -> tuple[Mention, Mention] | None:
        """The two people the words at ``start``-``end`` are, one at least named after an office (and the body it is
        of), joined by one 'and' or 'as well as': 'Brigade spokesman Lev Arno as well as Front leader Dario Venn', 'The
        Kessel Brigade and Mayor Dara Sol'. Each side must read as that one alone, so 'and' inside a name or a clause
        is no join."""
        masked = reading.sentence.paragraph.masked
        joins = list(_JOIN.finditer(masked, start, end))
        if len(joins) != 1:
            return None
        join = joins[0]
        if any(m.span_start < join.start() < m.end for m in reading.mentions):
            return None  # ('the Foreign and Expatriates Ministry': one name)
        found = []
        for a, b in ((start, join.start()), (join.end(), end)):
            text = masked[a:b].strip()
            if not text:
                return None
            a += masked[a:b].index(text)
            kind, m = self._classify(reading, Segment(a, a + len(text), text))
            if kind != "name" or m is None:
                return None
            found.append(m)
        # (one side may be a body or a person named without an office: 'The Kessel Brigade and Mayor Dara Sol
        # denied', where the office kept the names from reading as two names joined; before, only the titled one
        # denied)
        if not any(m.kind == "person" and m.title for m in found):
            return None
        return found[0], found[1]

    def described_and_titled(self, reading: Reading, start: int, end: int) -> tuple[Segment, Mention] | None:
        """A speaker described, not named, and a person named after an office, joined by one 'and' or 'as well as'
        ("Veloria's defence ministry and Mayor Dara Sol", 'An adviser to Lev Arno and Mayor Dara Sol'): the words of
        the first and the second's name. The office keeps the two from reading as one ('the Foreign and Expatriates
        Ministry'), and the first must read as a description alone."""
        masked = reading.sentence.paragraph.masked
        joins = list(_JOIN.finditer(masked, start, end))
        if len(joins) != 1 or any(m.span_start < joins[0].start() < m.end for m in reading.mentions):
            return None
        first, second = masked[start : joins[0].start()].strip(), masked[joins[0].end() : end].strip()
        if not first or not second:
            return None
        a = start + masked[start:end].index(first)
        b = joins[0].end() + masked[joins[0].end() : end].index(second)
        kind, m = self._classify(reading, Segment(b, b + len(second), second))
        if kind != "name" or m is None or m.kind != "person":
            return None
        if self._classify(reading, Segment(a, a + len(first), first))[0] != "phrase" or not _JOINED_DESCRIBED.match(
            first
        ):
            return None
        if not m.title and head_word(first) in HUMAN_NOUNS:
            return None  # (a person named without an office is joined to a body only: 'The Kessian defence ministry
            # and Arlo Venn denied', where the body's noun keeps the two from reading as one man's titles)
        if head_word(first) in HUMAN_NOUNS and not _ANOTHER_PERSON.match(first):
            return (
                None  # ('official spokesman of the Kessel Brigade and newly-elected MP Dario Venn': one man's titles)
            )
        return Segment(a, a + len(first), first), m

    @staticmethod
    def _body_name_only(reading: Reading, start: int, m: Mention) -> bool:
        """Whether the words from ``start`` to the title before ``m`` are one body's name (after 'the' or none):
        'Kessel Centre for Strategic Studies' in 'Kessel Centre for Strategic Studies head Lev Arno'."""
        masked = reading.sentence.paragraph.masked
        return any(
            o.kind == "org"
            and start <= o.span_start
            and masked[start : o.span_start].strip().lower() in ("", "the")
            and o.end < m.span_start
            and not masked[o.end : m.span_start].strip()
            for o in reading.mentions
        )

    def _tag_after_marks_within(self, reading: Reading, verb: Verb, subject_start: int | None) -> bool:
        """Whether ``verb`` is an inverted tag ('..., said X.', '..., says a group official.') after a clause that holds
        words in marks within it, the subject found before the verb being that clause's last words after the marks
        ('... in line with "efforts to demonize" the group, says ...'): not a quotation the subject follows, as in
        '"...," the group said', since the sentence does not open with the marks."""
        sentence = reading.sentence
        if subject_start is None or subject_start < sentence.start or verb.form != "finite":
            return False
        masked = sentence.paragraph.masked
        return (
            _INVERTED.search(masked, sentence.start, verb.start) is not None
            and _STOPPED.search(sentence.text) is not None
            and _MARKS_WITHIN_CLAUSE.search(masked, sentence.start, subject_start) is not None
        )

    def _subject_before(
        self, reading: Reading, verb: Verb, main: Speaker | None, scare: bool = False
    ) -> tuple[Speaker | None, int | None]:
        """The subject of ``verb`` and where its words start; (None, _IN_RELATIVE_CLAUSE) for a verb in a relative clause."""
        found = self._subject_before_marks(reading, verb, main, scare)
        if found[0] is None and not scare and _SCARE_QUOTE.search(reading.sentence.paragraph.masked, 0, verb.start):
            # 'Lev Arno, who heads the brigade's "popular committees", told': the marks set off words of the aside,
            # not a quotation the verb's subject follows
            named = self._subject_before(reading, verb, main, scare=True)
            if named[0] is not None and named[0].how == "named":
                return named
        return found

    def _named_in_aside(self, reading: Reading, before: Segment, aside: Segment) -> Speaker | None:
        """The person an aside names after a description: 'the group's leader, known as Abu Karim, said' (Abu Karim
        speaks, as in 'a commander known as Abu Karim said'); None after a name ('X, known as Y, said' is X)."""
        if not _NAMED_AS_ASIDE.match(aside.text) or self._classify(reading, before)[0] not in ("phrase", "determined"):
            return None
        named = [
            m
            for m in reading.mentions
            # (or a body's name: 'tribal fighters, calling themselves the Tarsk Guard, said' is the Guard)
            if m.kind in ("person", "unknown", "org")
            and id(m) in reading.entities
            and aside.start <= m.span_start
            and m.end <= aside.end
            and not m.possessive
        ]
        if len(named) != 1 or named[0].end != aside.end:
            return None
        _named_for_a_body(reading, named[0], before.text)
        return self._named(reading, named[0])

    def _subject_before_marks(
        self, reading: Reading, verb: Verb, main: Speaker | None, scare: bool
    ) -> tuple[Speaker | None, int | None]:
        start, clause = self._clause_before(reading.sentence, verb.start, reading.mentions, scare)
        raw = self._segments(start, clause)
        segments = [self._tidy(s) for s in raw]
        if segments:
            segments[-1] = self._second_clause(reading, segments[-1])
            charge = _CHARGE_THEN_SUBJECT.match(segments[-1].text)
            set_off = len(segments) > 1 or _AFTER_DASH.search(reading.sentence.paragraph.masked, 0, start) is not None
            if charge is not None and set_off:
                # 'X blamed the brigade for the raid, a charge the group denied': the clause after the charge has its
                # own subject, as 'which the group denied' has (and after a dash: '...—allegations the group denied')
                last = segments[-1]
                seg = Segment(last.start + charge.end(), last.end, last.text[charge.end() :])
                kind, mention = self._classify(reading, seg)
                if kind == "name" and mention is not None:
                    return self._named(reading, mention), seg.start
                if kind == "country" and mention is not None:
                    return _state_speaker(mention), seg.start  # 'a charge that Veloria denies', as 'Veloria denied'
                if kind == "phrase":  # (the body described before in the sentence: see _described_earlier_in_sentence)
                    fuller = self._described_earlier_in_sentence(reading, seg)
                    return self.discourse.describe(fuller or seg.text), seg.start
                if kind == "pronoun":
                    return self._pronoun_before(reading, seg), seg.start
                return None, None
        restrictive = _RESTRICTIVE_WHO.search(segments[-1].text) if segments else None
        if restrictive:
            return self._antecedent(
                reading, segments[-1], restrictive.start(), segments[-2] if len(segments) > 1 else None
            )
        if _OBJECT_RELATIVE.search(clause.rstrip()):
            return None, _IN_RELATIVE_CLAUSE  # 'a base which the Pentagon said': the name in it speaks
        i = len(segments) - 1
        while i >= 0:
            seg = segments[i]
            kind, mention = self._classify(reading, seg)
            if kind == "empty":
                if i == len(segments) - 1 or _ASIDE.fullmatch(raw[i].text.strip()):
                    # (and the day set off by commas, which tidying leaves empty: 'The brigade, on Monday, denied')
                    i -= 1
                    continue
                return None, None
            if kind in ("participial", "relative") and i > 0:
                # ('the group, calling itself X,' and its relative, 'the fighters, who call themselves X,')
                named = self._named_in_aside(reading, segments[i - 1], seg)
                if named is not None:
                    return named, segments[i - 1].start
            if kind in ("participial", "age") or (
                kind == "other" and self._relative_goes_on(reading, raw, segments, i)
            ):
                i -= 1
                continue
            if kind == "other" and i > 0 and _PART_OF.match(seg.text):
                # 'X, spokesperson for the brigade, part of the Kessel Forces (KF), said': what the body before is a
                # part of, set off as an appositive, back to the name
                i -= 1
                continue
            if kind == "other" and i > 0 and seg.text.split()[0].lower() in _OPENING_WORDS:
                # 'Lev Arno, in a rebuke of Dario Venn, called the plan "..."', 'X, after a meeting with Y, said': a
                # phrase set off after the subject, as 'in a statement' is, whatever other name it holds (before:
                # no one, though 'Lev Arno called the plan "..."' is Arno's)
                i -= 1
                continue
            if kind == "relative":
                if i == len(segments) - 1 and seg.text.split()[0].lower() in ("who", "which", "that", "whom"):
                    return (
                        None,
                        _IN_RELATIVE_CLAUSE,
                    )  # 'who asked not to be named': the verb belongs to a relative clause
                i -= 1
                continue
            if kind == "pronoun":
                found = (
                    self._speech_owner(reading, seg)
                    or self._relative_attached_to(reading, seg, verb)
                    or self._writing_read(seg, verb)
                    or self._document_of_the_clause_before(reading, seg)
                    or self._charged_after_a_contrast(reading, seg)
                    or self.discourse.pronoun(seg.text, main, seg.start)
                    or self._resumed(reading, seg)
                )
                return self._goes_on(verb, found), seg.start
            if kind == "name":
                if (
                    mention is not None
                    and i > 0
                    and mention.text.isupper()
                    and any(
                        _initials_hold(m.text, mention.text)
                        for m in reading.mentions
                        if segments[i - 1].start <= m.start < segments[i - 1].end
                    )
                ):
                    i -= 1  # 'X, the director of the National Counterterrorism Center, NCTC, said': the acronym
                    continue  # restates the body of the appositive before it
                if (
                    mention is not None
                    and i > 0
                    and id(mention) in reading.entities
                    and reading.entities[id(mention)].kind == "org"
                    and _SPOKESMAN_OF.match(segments[i - 1].text)
                    and self._classify(reading, segments[i - 1])[0] == "phrase"
                ):
                    # 'A spokesman of the movement's military wing, the Kessel Brigades, said': the body set after the
                    # description names the body it ends with; the spokesman speaks (and is 'he' after)
                    described = self.discourse.describe(segments[i - 1].text)
                    if described is not None:
                        return described, segments[i - 1].start
                if (
                    mention is not None
                    and i > 1
                    and seg.text == mention.text
                    and " " not in mention.text
                    # (a word of no kind: not a person or body on file, 'On Monday, speaking in Veloria, Arno denied'
                    # after 'Lev Arno' is Arno)
                    and (reading.entities.get(id(mention)) is None or reading.entities[id(mention)].kind == "unknown")
                    and _in_place(reading, raw[i - 1])
                    and self._classify(reading, segments[i - 1])[0] in ("participial", "relative")
                ):
                    # 'X, speaking to reporters in Veloria, Dorland, denied': a country not on file, one bare word
                    # after the place that ends an aside, only places that place, as a country on file does below
                    i -= 1
                    continue
                if (
                    i == len(segments) - 1
                    and i > 0
                    and len(seg.text.split()) == 1
                    and _SOURCE_AT.fullmatch(segments[i - 1].text.strip())
                    and (described := self.discourse.describe(segments[i - 1].text)) is not None
                ):
                    # 'A highly placed source at the 14 Brigade, Ohafia told': one word after an unnamed source at a
                    # body is the place the body is in, not a name of the source's (who would be set off after it)
                    return described, segments[i - 1].start
                if mention is not None and id(mention) in reading.offices and i > 0:
                    # 'Dario Venn, the brigade's spokesman, said': the office is an appositive of the person before
                    kind_before, person = self._classify(reading, segments[i - 1])
                    if kind_before == "name" and person is not None and reading.entities[id(person)].person:
                        return self._named(reading, person), segments[i - 1].start
                served = self._served_before(reading, segments, i, mention)
                if served is not None:
                    return served
                served_in = self._serving_appositive(reading, segments, i, mention)
                if served_in is not None:
                    return served_in
                return self._named(reading, mention), seg.start
            if kind == "country" and mention is not None:
                if (
                    i > 0
                    and _in_place(reading, raw[i - 1])
                    and self._classify(reading, segments[i - 1])[0] in ("name", "phrase", "relative", "participial")
                ):
                    # 'X while answering queries on strikes in Nangarhar, Afghanistan, rejected', 'Officials in
                    # Kabul, Afghanistan, denied': the country only places the place before it
                    i -= 1
                    continue
                return _state_speaker(mention), seg.start
            if kind == "joint":  # 'Lev Arno and Petra Lind denied': both speak (a denial is split, one each)
                return Speaker(seg.text, None, seg.text, False, "two named together", plural=True), seg.start
            if kind in ("phrase", "determined"):
                j = i - 1
                while j > 0 and (
                    self._classify(reading, segments[j])[0] == "age"
                    or (
                        self._classify(reading, segments[j])[0] in ("phrase", "determined")
                        and _ARTICLED.match(segments[j].text) is not None
                    )
                ):
                    # 'Petr Hal, 54, the town's mayor, says'; 'Col. Dan Brook, a spokesman for the task force, the
                    # coalition's command, tweeted': appositives one after another, back to the name (and 'Lev Arno, a
                    # fellow at the Velorian Institute, a think tank in Kessel, said')
                    j -= 1
                if (
                    j >= 0
                    # (a state as a name: 'Veloria, a neighbour of Dorna, dismissed': the state, not the neighbour)
                    and self._classify(reading, segments[j])[0] in ("name", "country")
                    and not self._source_after_place(reading, segments, i, j)
                    and not (j == 0 and i == len(segments) - 1 and _quoted_clause_goes_on(reading, verb))
                    # (not a name inside an opening phrase: 'In a call with Lev Arno, minister Karl Brenn said'; but
                    # a time set before the name is no such phrase: 'On 18 May Lev Arno, the speaker of parliament
                    # said', which the segment leaves out)
                    and not (
                        j == 0
                        and segments[0].text.split()[:1]
                        # (nor a clause of time before the subject: 'After rockets hit Israel, Lebanese official
                        # denies ...' is the official's)
                        and segments[0].text.split()[0].lower() in _OPENING_WORDS | _CLAUSE_OF_TIME_OPENERS
                    )
                    # (nor a state or place before a bare description of someone of another people, as a headline
                    # sets them: 'Israel, Lebanese official denies ...' is the official's, who is no appositive of it)
                    and not (
                        kind == "phrase"
                        and _NATIONALITY_WORD.match(seg.text) is not None
                        and self._a_state(reading, segments[j])
                    )
                ):
                    name_before = self._classify(reading, segments[j])[1]
                    if name_before is not None and j == i - 1:
                        _appositive_of_a_body(reading, name_before, seg.text)  # 'al-Varda, a militia in the north,'
                    i -= 1  # an appositive: 'Petr Hal, the town's mayor since 2019, says'
                    continue
                # (a body the sentence names only after the phrase is not what it describes, nor one whose claims
                # it answers: 'The militia rejected the Kessel Brigade's claims')
                at = (reading.sentence.number, seg.end)
                unlike = self._claimants_answered(reading, verb)
                described = self.discourse.describe(seg.text, before=at, unlike=unlike) if kind == "phrase" else None
                if self._tells_of_description_before(reading, segments, i, kind, described):
                    first_described = self.discourse.describe(segments[i - 1].text)
                    if first_described is not None:
                        return first_described, segments[i - 1].start
                if kind == "phrase":
                    return described, seg.start
                if kind == "determined" and lower_seg(seg) in _ANOTHER:
                    return self._another(reading), seg.start
                # '"...," the 54-year-old said': Lev Arno, 54, named before; '"...," the baker said': Lev Arno, a baker
                if kind == "determined" and (so_determined := self._determined_person(reading, seg)) is not None:
                    return so_determined, seg.start
                if kind == "determined" and _THOSE_ASKED.fullmatch(lower_seg(seg)):
                    # 'Those interviewed claimed ...': the people a reporter asked speak, as 'witnesses' do
                    return self.discourse.describe(seg.text[:1].lower() + seg.text[1:], someone=True), seg.start
                if kind == "determined" and self.index.lookup(seg.text) is not None:
                    # 'the Jewish state said': a record's own name or epithet on file (Israel's), whatever its head
                    return self.discourse.describe(seg.text), seg.start
                if (
                    kind == "determined"
                    and i == len(segments) - 1
                    and _one_unnamed_after_words(seg.text, reading.sentence.paragraph.masked, seg.start)
                ):
                    return self.discourse.describe(seg.text, someone=True), seg.start  # '"...," a shopkeeper said'
            return None, None
        return None, None

    def _a_state(self, reading: Reading, seg: Segment) -> bool:
        """Whether a segment is a state's name alone, on file or not ('Israel', 'Veloria')."""
        kind, mention = self._classify(reading, seg)
        return kind == "country" or (kind == "name" and mention is not None and is_country_name(mention.text))

    def _source_after_place(self, reading: Reading, segments: list[Segment], i: int, j: int) -> bool:
        """Whether segment ``i``, the last before the verb, is an unnamed source ('a military source') after a place
        or body at ``j`` that ends the words told: 'troops based in Lask, Dorna State, a military source said' (the
        source speaks, no appositive of the state's: no comma closes it, and a place is no source)."""
        if j != i - 1 or i != len(segments) - 1:
            return False
        words = segments[i].text.lower().split()
        if len(words) > 4 or words[0] not in ("a", "an") or words[-1] not in _NOUNS_OF_SOURCES:
            return False
        kind, mention = self._classify(reading, segments[j])
        if kind == "country":
            return True
        return (
            mention is not None and id(mention) in reading.entities and reading.entities[id(mention)].kind != "person"
        )

    def _served_before(
        self, reading: Reading, segments: list[Segment], i: int, mention: Mention | None
    ) -> tuple[Speaker | None, int | None] | None:
        """'Dara Velk, aide to the governor, Omar Tessin, said': the name after an office held to someone ('aide to
        the governor') names the one served, set off after it; the person before the office speaks (before: the
        governor did, and a denial his aide made was his)."""
        if mention is None or i < 2 or id(mention) not in reading.entities or not reading.entities[id(mention)].person:
            return None
        if not _SERVES_THE_OFFICE.search(segments[i - 1].text):
            return None
        j = i - 2
        while j > 0 and self._classify(reading, segments[j])[0] == "age":
            j -= 1  # 'Dara Velk, 41, aide to the governor, Omar Tessin,'
        kind_before, person = self._classify(reading, segments[j])
        if kind_before != "name" or person is None or not reading.entities[id(person)].person:
            return None
        return self._named(reading, person), segments[j].start

    def _serving_appositive(
        self, reading: Reading, segments: list[Segment], i: int, mention: Mention | None
    ) -> tuple[Speaker | None, int | None] | None:
        """'Lev Arno, media adviser to Kessel Brigade leader Dara Venn, denied': the name that ends an appositive
        opened by an office held to someone is the one served, whatever titles and bodies stand before it; the
        person before the appositive speaks (before: Venn did, his title read as the subject's own, as in 'The
        spokesman of the Kessel Brigade Brigadier General Lev Arno said', where no person stands before)."""
        if mention is None or i < 1 or id(mention) not in reading.entities:
            return None
        masked = reading.sentence.paragraph.masked
        seg = segments[i]
        if not _OFFICE_SERVING.match(masked, seg.start, mention.span_start):
            return None
        kind_before, person = self._classify(reading, segments[i - 1])
        if kind_before != "name" or person is None or person is mention or not reading.entities[id(person)].person:
            return None
        return self._named(reading, person), segments[i - 1].start

    def _relative_goes_on(self, reading: Reading, raw: list[Segment], segments: list[Segment], i: int) -> bool:
        """Whether segment ``i`` goes on with the relative clause before it: 'X, who is the group's deputy, and also
        heads its committees, said' (a second verb of the aside after 'and', with no subject of its own)."""
        if i < 1 or not re.match(r"\s*+(?:and|but)\s", raw[i].text):
            return False
        if not segments[i].text[:1].islower():
            return False  # ('..., and Dario Venn said': a subject of its own)
        return any(self._classify(reading, segments[j])[0] == "relative" for j in range(i))

    def _second_clause(self, reading: Reading, seg: Segment) -> Segment:
        """The subject of a second clause after 'and' or 'but', where the words before it are a clause of their own
        and no subject: 'The army advanced (on the town) and the brigade denied' (the brigade), as 'said the road
        was closed and the brigade denied' is (_AND_CLAUSE), whatever the first clause's verb. Where the words
        before are a subject too ('the army and the police denied'), the two deny together: the segment stays."""
        for join in reversed(list(_CLAUSE_JOIN.finditer(seg.text))):
            right = self._tidy(Segment(seg.start + join.end(), seg.end, seg.text[join.end() :]))
            if self._classify(reading, right)[0] not in _SUBJECT_KINDS:
                continue
            left = self._tidy(Segment(seg.start, seg.start + join.start(), seg.text[: join.start()]))
            if not self._a_clause(reading, left):
                return seg
            return right
        return seg

    def _a_clause(self, reading: Reading, seg: Segment) -> bool:
        """Whether the words of a segment are a clause, with a verb of their own, rather than a subject: 'the army
        advanced', 'Lev Arno met the envoy', not 'the army', 'Lev Arno', 'official spokesman of the brigade' nor a
        name the reader did not know ('Veloria')."""
        if not _COMMON_WORD.search(seg.text) or self._classify(reading, seg)[0] in (*_SUBJECT_KINDS, "joint"):
            return False
        words = seg.text.lower().split()
        head = head_word(seg.text)
        return (head not in HUMAN_NOUNS and head not in BODY_NOUNS) or _article_inside(words, head)

    def _antecedent(
        self, reading: Reading, seg: Segment, end: int, set_off: Segment | None = None
    ) -> tuple[Speaker | None, int | None]:
        """Who speaks in a relative clause with no comma, right before its verb: 'aired a statement from a brigade
        commander who denied ...', 'It was the ministry who denied ...'. The antecedent is the noun phrase before
        'who' (from an article after a verb or 'from', see _ARTICLE_START), never the clause around it; a description
        that is all of its segment and sets off a name before it (``set_off``) is that name's."""
        text = seg.text[:end]
        starts = [m.start(1) for m in _ARTICLE_START.finditer(text)]
        cut = starts[-1] if starts else 0
        phrase = Segment(seg.start + cut, seg.start + end, text[cut:])
        if cut:
            self._remember_subjects(reading)  # the clause around it has its own subject, 'it' next: 'X aired ...'
        kind, mention = self._classify(reading, phrase)
        if kind == "name" and mention is not None:
            return self._named(reading, mention), phrase.start
        if kind == "phrase":
            named = self._name_set_off(reading, set_off) if not cut and set_off is not None else None
            if named is not None and set_off is not None:
                # 'Mira Solen, the minister who last year said that talks were over, told reporters: "..."': the
                # description is set off after her name and is hers (before: an unnamed 'the minister' spoke, both
                # the words in the clause and those after the colon)
                return named, set_off.start
            return self.discourse.describe(phrase.text), phrase.start
        return None, None

    def _name_set_off(self, reading: Reading, seg: Segment) -> Speaker | None:
        """The person or body ``seg`` names, alone, as the name a description after its comma sets off."""
        kind, mention = self._classify(reading, seg)
        if kind != "name" or mention is None or mention.kind not in ("person", "org"):
            return None
        return self._named(reading, mention)

    def _of_age(self, reading: Reading, age: str) -> Speaker | None:
        """Who 'the 54-year-old' is: the person last named with that age ('Lev Arno, 54,', '54-year-old Lev Arno')
        up to this sentence, else the last person who spoke (news names a speaker's age once, then calls him by it)."""
        at = (reading.sentence.paragraph.number, reading.sentence.start)
        texts = {p.number: p.text for p in self.paragraphs}
        best: tuple[tuple[int, int], Entity] | None = None
        for ent in self.discourse.entities:
            if ent.kind != "person":
                continue
            for paragraph, start, end, _ in ent.mentions:
                text = texts.get(paragraph, "")
                if (
                    (paragraph, start) >= at
                    or not (
                        re.match(rf",\s*{age}\b", text[end : end + 8])
                        # (or in an appositive after the name: 'Lev Arno, a 54-year-old farmer,')
                        or re.match(rf",\s*an?\s+{age}-year-old\b", text[end : end + 24])
                        or re.search(rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,2}}$", text[max(0, start - 40) : start])
                    )
                ):
                    continue
                if best is None or (paragraph, start) > best[0]:
                    best = ((paragraph, start), ent)
        if best is not None:
            return self.discourse.named(best[1], how=f"'the {age}-year-old': the person last named with that age")
        if self._age_given_before(reading):
            return None  # (ages were given, none this one: 'Lev Arno, 54,' then 'the 61-year-old' is someone else)
        last = next((r for r in reversed(self.discourse.recent) if r.person and not r.plural), None)
        return _copy(last, how=f"'the {age}-year-old': the last person who spoke") if last is not None else None

    def _by_their_noun(self, reading: Reading, noun: str) -> Speaker | None:
        """Who 'the shopkeeper' is, a noun of no office the rules know: the one person named before this sentence with an
        appositive that noun heads ('Lev Arno, a shopkeeper in Kessa,', 'Lev Arno, 54, a baker,'); None where no one,
        or more than one, was so described (news gives a person's trade once, then calls them by it)."""
        at = (reading.sentence.paragraph.number, reading.sentence.start)
        texts = {p.number: p.masked for p in self.paragraphs}
        found: list[Entity] = []
        for ent in self.discourse.entities:
            if ent.kind != "person" or any(e is ent for e in found):
                continue
            for paragraph, start, end, _ in ent.mentions:
                apposed = _INDEFINITE_APPOSITIVE.match(texts.get(paragraph, ""), end)
                if (
                    (paragraph, start) < at
                    and apposed is not None
                    and head_word(_CUT_AT_RELATIVE.sub("", apposed.group(1))) == noun
                ):
                    found.append(ent)
                    break
        if len(found) != 1:
            return None
        return self.discourse.named(found[0], how=f"'the {noun}': the one person named before as one")

    def _determined_person(self, reading: Reading, seg: Segment) -> Speaker | None:
        """A definite description by a noun of no office the rules know, of someone named before: 'the 54-year-old'
        (by age), 'the shopkeeper' (by the appositive given with the name); None if not."""
        lowered = lower_seg(seg)
        aged = _THE_AGED.fullmatch(lowered)
        if aged is not None:
            return self._of_age(reading, aged.group(1))
        noun = _THE_NOUN.fullmatch(lowered)
        return self._by_their_noun(reading, noun.group(1)) if noun is not None else None

    def _age_given_before(self, reading: Reading) -> bool:
        """Whether the article gave someone an age before this sentence ('Lev Arno, 54,', 'a 54-year-old farmer'):
        'the 61-year-old' is then the one given that age, never the last person who spoke."""
        texts = [p.text for p in self.paragraphs if p.number < reading.sentence.paragraph.number]
        texts.append(reading.sentence.paragraph.text[: reading.sentence.start])
        return any(_AGE_GIVEN.search(t) for t in texts)

    def _another(self, reading: Reading) -> Speaker | None:
        """'another' as a subject ('One official told Reuters ..., while another told AP'): another one of the
        kind the article last described, unnamed ('a Hezbollah official' gives 'another Hezbollah official'); the
        one described earlier in the same sentence first, who is not yet in the discourse."""
        spoken = [*self.discourse.recent, *(a.speaker for a in reading.acts)]
        last = next((r for r in reversed(spoken) if r.entity is None and r.described), None)
        if last is None or last.described is None:
            return None
        one = re.match(r"(?:an?|one|the)\s+(\S.*)", last.described, re.IGNORECASE)
        if one is None:
            return None
        phrase = f"another {one.group(1)}"
        return Speaker(phrase, None, phrase, last.person, f"'another' read as {phrase}, after '{last.described}'")

    def _resumed(self, reading: Reading, seg: Segment) -> Speaker | None:
        """'he' after a semicolon that takes up the person the sentence opened with, where no one was named before:
        'The spokesman of X, on the statements of Y; he says that ...' (a long subject resumed, as translations do)."""
        masked = reading.sentence.paragraph.masked
        if seg.text.lower() not in ("he", "she") or not re.search(r";\s*$", masked[reading.sentence.start : seg.start]):
            return None
        opening = _OPENING_PERSON.match(masked, reading.sentence.start, seg.start)
        if opening is None or opening.group(2).lower() not in HUMAN_NOUNS:
            return None
        return self.discourse.describe(opening.group(1))

    @staticmethod
    def _described_earlier_in_sentence(reading: Reading, seg: Segment) -> str:
        """The fuller description of a body earlier in the sentence that 'the <noun>' at ``seg`` refers back to:
        "accused Veloria's defence ministry of attacking the convoy, which the ministry denied" (the ministry is
        Veloria's defence ministry, a description that no earlier sentence set in the discourse); empty where none,
        or more than one."""
        short = _THE_BODY_NOUN.fullmatch(seg.text)
        if short is None or short.group(1).lower() not in BODY_NOUNS:
            return ""
        masked = reading.sentence.paragraph.masked
        fuller = re.compile(
            r"(?:\b(?-i:the|The)\s+|\b(?-i:[A-Z])[\w\u2019'-]*['\u2019]s\s+)(?:[\w-]+\s+){1,3}?"
            + re.escape(short.group(1).lower())
            + r"\b"
        )
        found = [m.group() for m in fuller.finditer(masked, reading.sentence.start, seg.start)]
        return found[0] if len(found) == 1 else ""

    def _relative_subject(self, reading: Reading, verb: Verb) -> Speaker | None:
        """Who speaks in a relative clause, where a name says it: 'Dario Venn, who had called the raid "...",' (the
        name it follows) or 'the raid, which Dario Venn called "..."' (the name inside it). A quotation after such a
        verb is theirs, not the sentence's subject's; with no name, no one is found."""
        start, clause = self._clause_before(reading.sentence, verb.start, reading.mentions)
        segments = [self._tidy(s) for s in self._segments(start, clause)]
        seg = segments[-1]
        inside = _OBJECT_RELATIVE.search(clause.rstrip())
        if inside is not None:  # (with no comma before it: 'a base which the Pentagon said')
            seg = Segment(start + inside.start(1), start + inside.end(1), inside.group(1))
            kind, mention = self._classify(reading, seg)
            # ('the fighters the United States claimed killed', 'the fighters the army claimed killed'; 'accused
            # Veloria's defence ministry of ..., which the ministry denied': the ministry described before)
            fuller = self._described_earlier_in_sentence(reading, seg) if kind == "phrase" else ""
            return self._speaker_of_kind(reading, kind, mention, fuller or inside.group(1))
        pronoun, _, rest = seg.text.partition(" ")
        if rest.strip() and pronoun.lower() in ("which", "whom", "that"):
            offset = seg.start + len(seg.text) - len(rest)
            inner = self._tidy(Segment(offset, seg.end, rest))
            kind, mention = self._classify(reading, inner)
            if kind == "name" and mention is not None:
                return self._named(reading, mention)
            # 'the raid, which the brigade denied', 'blamed the Kessel Brigade for it, which it denied'
            if kind == "phrase":
                return self.discourse.describe(self._described_earlier_in_sentence(reading, inner) or inner.text)
            # (only a charge denied: in 'expressed regret over Saudi statements, which it described as ...', 'it'
            # is the sentence's subject)
            return self._pronoun_before(reading, inner) if kind == "pronoun" and verb.word.lower() in DENY else None
        if rest.strip() or pronoun.lower() not in ("who", "which") or len(segments) < 2:
            return None
        before = segments[-2]
        antecedent = next(
            (
                m
                for m in reading.mentions
                if m.end == before.end
                and not m.possessive
                and m.kind in ("person", "org", "unknown")
                and id(m) in reading.entities
            ),
            None,
        )
        # a description as the antecedent: 'A brigade spokesman, who denied the reports, said ...' as 'Lev Arno, who
        # denied the reports, said ...' (the one described speaks in the clause, as the one named does; not the name
        # that ends the description: 'A spokesman for the Kessel Brigade, who denied', 'An aide to Lev Arno, who')
        kind, state = self._classify(reading, before)
        if kind == "phrase":
            return self.discourse.describe(before.text)
        if antecedent is None and kind == "country" and state is not None:
            # a state on file: 'Veloria, which rejects claims it arms the rebels, ...' as 'Lev Arno, who rejects ...'
            return _state_speaker(state)
        return self._named(reading, antecedent) if antecedent is not None else None

    def _charged_instead(self, reading: Reading, verb: Verb, speaker: Speaker) -> Speaker | None:
        """The one charged, not the one who charged, for 'it', 'he' or 'she' denying the charge just made: 'The
        ministry accused the Kessel Brigade of the attack. It denied the accusations.' (the brigade, as after 'X
        blamed the brigade for it'; no one where the sentence before charged several of that kind). So too the one
        asked, whatever it says: 'Meridian Wire contacted the Kessel Brigade. It denied the reports.'"""
        word = speaker.how.split("'")[1] if speaker.how.startswith("'") else ""
        previous = self._last_read
        masked = reading.sentence.paragraph.masked
        if word not in ("it", "he", "she") or previous is None:
            return speaker
        told = previous.sentence.paragraph.masked
        asking = _ASKING.search(told, previous.sentence.start, previous.sentence.end)
        if asking is not None and (
            _ASKED_PASSIVE.search(told, previous.sentence.start, asking.start())
            or _ASKED_BY.match(told, asking.start(), previous.sentence.end)
        ):
            # 'Dara Venn was interviewed by Meridian Wire.' then '"...," he said': the one asked is the passive's
            # subject, who speaks, not its agent (before: the agency); so too 'Dara Venn, interviewed by Meridian
            # Wire, said ...'
            asking = None
        if asking is None and verb.word.lower() in _REPLYING:  # '"...," X told Dario Venn. "...," he replied.': Venn
            asking = _TOLD_ONE.search(told, previous.sentence.start, previous.sentence.end)
        if asking is None and not (verb.denial == "denied" and _THE_CHARGE.match(masked, verb.end)):
            return speaker
        acts = [a.verb.start for a in previous.acts if a.speaker.same(speaker)] if asking is None else []
        # (or a charge in a verb of no speech, after the one who made it: 'X blamed the brigade for the attack')
        charging = asking or _CHARGING.search(told, previous.sentence.start, previous.sentence.end)
        if (
            charging is not None
            and speaker.entity is not None
            and any(
                previous.entities.get(id(m)) is speaker.entity and m.end <= charging.start() for m in previous.mentions
            )
        ):
            acts.append(charging.start())
        if not acts:
            return speaker
        kinds = ("org", "unknown") if word == "it" else ("person", "unknown")
        charged: list[Mention] = []
        for m in previous.mentions:
            ent = previous.entities.get(id(m))
            if (
                ent is not None
                and m.kind in kinds
                and not m.possessive
                and m.start > acts[0]
                and not _HEARER.fullmatch(told, acts[0], m.span_start)  # ('told Meridian Wire that')
                and ent is not speaker.entity
                and all(previous.entities.get(id(c)) is not ent for c in charged)
            ):
                charged.append(m)
        if asking is None and _charged_other_kind(previous, acts[0], kinds, speaker):
            return None  # the one who charged denies no charge of his own: 'X accused the brigade. He denied it'
        if not charged:
            return speaker
        if len(charged) > 1:
            return None
        named = self._named(previous, charged[0])
        return _copy(named, how=f"'{word}' read as {named.label}, the one charged in the sentence before")

    def _goes_on(self, verb: Verb, speaker: Speaker | None) -> Speaker | None:
        """'he added', 'she went on': one who has spoken before goes on speaking, not a person only named since.

        '"...," said Lev Arno. Dario Venn, the governor, visited the crossing. "...," he added.': 'he' may be Venn,
        the last subject, or Arno, who spoke and so may add; which is not written, and no one is drafted rather than
        Venn, who never spoke ('he said' there is Venn, as before). With no one else who spoke, the subject adds."""
        if speaker is None or speaker.entity is None or verb.word.lower() not in _GOES_ON:
            return speaker
        others = [e for e in self.discourse.sayers if e is not speaker.entity and e.person]
        if speaker.entity.person and speaker.entity not in self.discourse.sayers and others:
            return None
        return speaker

    def _speech_owner(self, reading: Reading, seg: Segment) -> Speaker | None:
        """'he' or 'she' in a clause of time after a person's speech, who gave it: "based on Lev Arno's statement on
        Thursday, when he said" is Arno, not the sentence's subject who cites it; None where no speech is so owned."""
        if seg.text.lower() not in ("he", "she"):
            return None
        masked = reading.sentence.paragraph.masked
        for m in reversed(reading.mentions):
            if (
                m.possessive
                and m.kind in ("person", "unknown")
                and id(m) in reading.entities
                and m.end < seg.start
                and _SPEECH_THEN_WHEN.fullmatch(masked, m.end, seg.start)
            ):
                return self._named(reading, m)
        return None

    def _writing_read(self, seg: Segment, verb: Verb) -> Speaker | None:
        """'It' before 'read' or 'reads': only a writing reads, so 'it' is the statement last spoken of and its author
        speaks ('Lev Arno, in a statement, dismissed ... The statement denied ... It read in part: "..."' is Arno's,
        a person, whom 'it' as a body would never be); None for any other pronoun or verb, or with no statement yet."""
        if seg.text.lower() != "it" or verb.word.lower() not in ("read", "reads"):
            return None
        said = self.discourse.last_statement
        if said is None:
            return None
        return _copy(said, how=f"'{seg.text}' read as the statement of {said.label}")

    def _charged_after_a_contrast(self, reading: Reading, seg: Segment) -> Speaker | None:
        """'it' opening a sentence after a contrast ('However, it said', 'But it said') where the sentence before is
        no one's speech but a body's charge against the last body that spoke ('The army denied ... However, groups
        such as Human Rights Watch denounced a "massacre" by the army.'): the one charged answers, not the body that
        charged and said nothing (before: the body named last, Human Rights Watch). None otherwise."""
        if seg.text.lower() != "it" or not _CONTRAST_THEN_IT.fullmatch(
            reading.sentence.paragraph.masked, reading.sentence.start, seg.end
        ):
            return None
        previous = self._last_read
        if previous is None or previous.acts or not self.readings or previous is not self.readings[-1]:
            return None
        told = previous.sentence.paragraph.masked[previous.sentence.start : previous.sentence.end]
        charge = _CHARGE_OF_NO_SPEECH.search(told)
        if charge is None:
            return None
        spoke = next((r for r in reversed(self.readings[:-1]) if any(not a.relative for a in r.acts)), None)
        if spoke is None:
            return None
        sayer = next(a.speaker for a in spoke.acts if not a.relative)
        named = re.sub(r"^(?:the|a|an)\s+", "", sayer.label, flags=re.IGNORECASE)
        if sayer.person or sayer.plural or not re.search(rf"\b{re.escape(named)}\b", told[charge.end() :]):
            return None
        return _copy(
            sayer, how=f"'it' read as {sayer.label}, charged in the sentence before by a body that said nothing"
        )

    def _document_of_the_clause_before(self, reading: Reading, seg: Segment) -> Speaker | None:
        """'it' after a clause that opens its sentence with a document as its subject ('While the prosecution
        document is not an indictment, it does say ...', 'Although the UN report does not name the brigade, it says
        ...'): the document, as 'the report said' is, not the last body named before (a dateline's city, a body the
        document speaks of)."""
        if seg.text.lower() != "it":
            return None
        clause = _DOCUMENT_IN_CLAUSE_BEFORE.fullmatch(
            reading.sentence.paragraph.masked, reading.sentence.start, seg.start
        )
        if clause is None:
            return None
        phrase = clause.group(1)
        described = self.discourse.describe(phrase)
        if described is not None:
            return _copy(described, how=f"'it' read as {phrase}, the subject of the clause before it")
        return Speaker(phrase, None, phrase, False, "'it' read as the document that opens the clause before it")

    def _relative_attached_to(self, reading: Reading, seg: Segment, verb: Verb) -> Speaker | None:
        """'he', 'she' or 'it' right after 'in which' ('X held a news conference, in which he said'): the subject of the
        clause the relative attaches to, a person for 'he' and 'she', not the last person named before it ('X
        answered Y's remarks in a speech, in which he said' is X's, not Y's); None where that clause opens with no
        subject of that kind."""
        masked = reading.sentence.paragraph.masked
        if _WHICH_BEFORE.search(masked, reading.sentence.start, seg.start) is None:
            return None
        found = self._clause_subject(reading, verb, reading.sentence.start)
        if found is None or found.plural or found.person != (seg.text.lower() in ("he", "she")):
            return None
        return found

    def _pronoun_before(self, reading: Reading, seg: Segment) -> Speaker | None:
        """'it', 'he' or 'she' in a clause that answers what the sentence said of someone ('X blamed the Kessel Brigade
        for the raid, which it denied', 'an accusation he denies'): the last body or person of the sentence named
        before it, not its subject (who made the charge); None where there is none."""
        word = seg.text.lower()
        kinds = ("org", "unknown") if word == "it" else ("person", "unknown") if word in ("he", "she") else ()
        opening = reading.mentions[0] if reading.mentions else None
        if opening is not None:
            start = reading.sentence.start
            lead = self._tidy(
                Segment(start, opening.span_start, reading.sentence.paragraph.masked[start : opening.span_start])
            )
            if lead.text.strip(" ,").lower() not in ("", "the"):
                opening = None  # 'The interior ministry said the Kessel Brigade ...': the first name is not the subject
        masked = reading.sentence.paragraph.masked
        if opening is not None and _CHARGED_PASSIVE.match(masked, opening.end, seg.start):
            # 'X has been accused of arming Y, which it denies', 'X was blamed for it, a charge he denies': the
            # subject is the one charged, not who charged it, and denies
            if opening.kind == "place" and not opening.possessive:
                return _state_speaker(opening)
            if opening.kind in kinds and not opening.possessive and id(opening) in reading.entities:
                return self._named(reading, opening)
        state = _STATE_OPENING.match(masked, reading.sentence.start, seg.start)
        if (
            word == "it"
            and state is not None
            and (opening is None or opening.span_start >= state.end(1))
            and _CHARGED_PASSIVE.match(masked, state.end(1), seg.start)
            and is_country_name(state.group(1))
        ):
            # ('Veloria has been accused of ..., something it denies', the state read as no name): the state denies
            return Speaker(state.group(1), None, state.group(1), False, STATE_SPEAKER)
        charged = _last_charged(masked, reading.sentence.start, seg.start)
        # (the one charged, where an active verb of charging names them: 'Y accused the ministry of arming the Tovek
        # Front, which it denies' is the ministry's denial, not the Front's, named later in the charge)
        first, until = charged.span("charged") if charged is not None else (reading.sentence.start, seg.start)
        named = [
            m
            for m in reading.mentions
            if m.kind in kinds
            and not m.possessive
            and id(m) in reading.entities
            and m.span_start >= first
            and m.end <= until
            and m is not opening  # (the sentence's subject made the charge)
            and not _A_PLACE_BEFORE.search(masked, reading.sentence.start, m.span_start)  # ('the strike in Barno')
        ]
        described = self._qualified_description_before(reading, seg, word, opening, first, until)
        if described is not None:
            return described
        if named and _NATIONALITY_WORD.fullmatch(named[-1].text) and _QUALIFIED_HEAD.match(masked, named[-1].end):
            return None  # (an adjective of origin before a head of another kind denies nothing: 'accused the
            # Velorian defence ministry of the strike, which he denies')
        if named:
            return self._named(reading, named[-1])
        if charged is not None and not any(m.span_start >= first and m.end <= until for m in reading.mentions):
            return self._charged_described(charged.group("charged"), word)
        return None

    def _charged_described(self, phrase: str, word: str) -> Speaker | None:
        """The one an active verb of charging names by a description alone ('accused the ministry of ...', 'blamed the
        group for ...'), for the pronoun that answers the charge: the body or person so described before, when the
        description's head is of the pronoun's kind (a body for 'it', a person for 'he' or 'she'); None otherwise."""
        words = phrase.split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        if not _pronoun_fits(word, words[-1].lower()):
            return None
        return self.discourse.describe(phrase)

    def _qualified_description_before(
        self, reading: Reading, seg: Segment, word: str, opening: Mention | None, first: int, until: int
    ) -> Speaker | None:
        """The one charged where the last name before 'it' or 'he' only qualifies a description's head: 'accused the
        Velorian defence ministry of ..., which it denies' (the ministry, not 'Velorian'), "accused Veloria's defence
        ministry of ..., a charge it denies", 'accused a senior Velorian official of ..., which he denies'; None where
        the last name stands alone, or the head is not of the pronoun's kind (a body for 'it', a person for 'he');
        ``first`` and ``until``: where the one charged may be named."""
        masked = reading.sentence.paragraph.masked
        before = [
            m
            for m in reading.mentions
            if first <= m.span_start
            and m.end <= until
            and m is not opening
            and id(m) in reading.entities
            and not _A_PLACE_BEFORE.search(masked, reading.sentence.start, m.span_start)
        ]
        if not before:
            return None
        last = before[-1]
        mark = _POSSESSIVE_MARK.match(masked, last.end, until) if last.possessive else None
        head = _QUALIFIED_HEAD.match(masked, mark.end() if mark is not None else last.end, until)
        if head is None:
            return None
        if not _pronoun_fits(word, head.group().split()[-1].lower()):
            return None
        words = masked[reading.sentence.start : last.span_start].split()
        article = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1) if words[k] in _ARTICLES), None)
        if article is None and not last.possessive:
            return None
        opens = [*words[article:], ""] if article is not None else [""]
        described = " ".join(opens) + masked[last.span_start : head.end()]
        return self.discourse.describe(described.strip())

    def _sole_name_before(self, readings: list[Reading], q: Quote) -> tuple[Speaker, str] | None:
        """The one person or body a paragraph names before a quotation that has no verb of saying, when the
        quotation opens its sentence or follows a colon: 'Speaking to reporters, Lev Arno was blunt. "We were in
        the north."' News sets a speaker's words after a sentence about them; with two names before, it is
        unclear whose they are, and a few quoted words inside a sentence are a phrase quoted, not speech."""
        reading = readings[-1]
        lead = reading.sentence.paragraph.masked[reading.sentence.start : q.start].strip()
        if (lead and not lead.endswith(":")) or len(q.text.split()) < 4:
            return None
        # (the quotation's mark after the colon, as verbs that speak only with their words ask: 'answered: "')
        if lead and any(v.form == "finite" for v in find_verbs(lead + ' "', 0)):
            return None  # 'The general told Meridian Wire: "..."': a verb of saying whose subject was not read
        if lead and _TOLD_AFTER_NAME.search(lead):
            return None  # 'Lev Arno was told: "..."': the one told, not the one who told, whom no one names
        tag = _PRONOUN_TAG_AFTER.match(reading.sentence.paragraph.masked, q.end, reading.sentence.end)
        if tag is not None and any(v.start == 0 for v in find_verbs(tag.group(1), 0)):
            return None  # '"...," he said' where 'he' is no one the text names (not the state before: 'he' is none)
        named: list[Entity] = []
        for r in readings:
            for m in r.mentions:
                ent = r.entities.get(id(m))
                if (r is reading and m.start >= q.start) or ent is None or ent.kind not in ("person", "org"):
                    continue
                if all(e is not ent for e in named):
                    named.append(ent)
        if len(named) != 1 or self._other_subject_last(reading, q, named[0]):
            return None
        how = "no verb of saying: the one person or body the paragraph names before the quotation"
        return self.discourse.named(named[0], how=how), how

    @staticmethod
    def _other_subject_last(reading: Reading, q: Quote, named: Entity) -> bool:
        """Whether the clause before the quotation's colon has a subject of its own, a pronoun or a description, and
        the one named is not in it: 'Asked whether Dario Venn had crossed, he was blunt: "..."' (not Venn's words)."""
        masked = reading.sentence.paragraph.masked
        comma = masked.rfind(",", reading.sentence.start, q.start)
        if comma < 0 or not _OWN_SUBJECT.match(masked, comma + 1, q.start):
            return False
        return not any(reading.entities.get(id(m)) is named and m.span_start > comma for m in reading.mentions)

    def speaker_of(self, reading: Reading, start: int, end: int) -> Speaker | None:
        """Who the words at ``start``-``end`` of the paragraph name as a subject: a name, a state or a description
        ('the Kessel-led coalition'); None for anything else."""
        seg = self._tidy(Segment(start, end, reading.sentence.paragraph.masked[start:end]))
        kind, mention = self._classify(reading, seg)
        if kind == "name" and mention is not None:
            return self._named(reading, mention)
        place = self.index.lookup(seg.text, ("place",)) if kind == "other" else None
        if kind == "country" and mention is not None:
            return Speaker(
                mention.text, None, mention.text, False, "a state as one of the subjects: link its government"
            )
        if place is not None and place.kind == "country":  # a state not read as a name before 'and'
            return Speaker(seg.text, None, seg.text, False, "a state as one of the subjects: link its government")
        if kind == "phrase":
            described = self.discourse.describe(seg.text)
            if described is not None and (
                described.described and described.described != seg.text and seg.text in described.described
            ):
                # not the joint subject it is part of ('Veloria and the alliance' for 'the alliance')
                return Speaker(seg.text, None, seg.text, False, "unnamed; as the text describes them")
            return described
        return None

    def _named(self, reading: Reading, mention: Mention | None) -> Speaker:
        """The body or person ``mention`` names; a body that speaks through an office says which, for the editor."""
        office = reading.offices.get(id(mention))
        how = f"named, through its {office}" if office else "named"
        return self.discourse.named(reading.entities[id(mention)], how=how)

    def _subject_after(self, reading: Reading, verb: Verb, until: int | None = None) -> Speaker | None:
        """The one who speaks named after ``verb`` (up to ``until``, if given)."""
        sentence = reading.sentence
        region = sentence.paragraph.masked[verb.end : until or sentence.end]
        cut = _CUT.search(region)
        if cut:
            region = region[: cut.start()]
            if region.rstrip().lower().endswith(" as"):  # 'dismissed by X as "defamation"': X, less the 'as'
                region = region.rstrip()[:-3]
        judged = _AS_AFTER_AGENT.search(region) if verb.form == "passive" else None
        told = (
            _THAT_AFTER_AGENT.search(region)
            if verb.form == "passive"
            and judged is None
            # (not in a relative clause: 'Lev Arno, who was told by Dario Venn that ..., said': Arno speaks by his verb)
            and not _TOLD_IN_RELATIVE.search(sentence.paragraph.masked, sentence.start, verb.start)
            else None
        )
        if told is not None:  # 'were told by Lev Arno that the road was shut': Arno, less what he told
            region = region[: told.start()]
        if judged is not None:  # 'dismissed by X as baseless', as 'dismissed as baseless by X': X, less the judgement
            region = region[: judged.start()]
        # a clause after the one who speaks is not part of them: 'said Lev Arno when reached by Meridian Wire'
        subordinate = _SUBORDINATE_AFTER.search(region)
        if subordinate is not None:
            region = region[: subordinate.start()]
        by = _WRITING_THEN_BY.match(region)
        offset = verb.end
        if by is not None:  # 'according to the announcement, delivered on Sunday by X': X, who made it
            region, offset = region[by.end() :], offset + by.end()
        segments = [self._tidy(s) for s in self._segments(offset, region)]
        for n, seg in enumerate(segments):
            hearer = _TOLD_AFTER_SPEAKER.search(seg.text)
            if hearer is not None and seg.text[: hearer.start()].split()[-1].lower() not in _OFFICE_TO:
                # 'said Lev Arno to reporters', 'said the commander to Meridian Wire': the one who speaks, less whom
                # he told (not an office held to someone: 'an adviser to the minister' is one description)
                speaking = Segment(seg.start, seg.start + hearer.start(), seg.text[: hearer.start()])
                if self._classify(reading, speaking)[0] not in ("other", "empty"):
                    seg = speaking
            if seg.text.lower() in _OBJECT_PRONOUNS:  # 'according to him' as 'he said', 'according to it'
                return self.discourse.pronoun(_OBJECT_PRONOUNS[seg.text.lower()], None, seg.start)
            if re.search(r"[A-Z][\w'\u2019.-]*+\s++reports?\Z", seg.text):
                return None  # ('"Kessel Brigade" denies Kessel Times report': the report denied, no one speaking)
            kind, mention = self._classify(reading, seg)
            if kind == "name" and id(mention) in reading.offices and n + 1 < len(segments):
                # 'said the brigade's spokesman, Lev Arno': the person the office is, as before the verb
                kind_after, person = self._classify(reading, segments[n + 1])
                if kind_after == "name" and person is not None and reading.entities[id(person)].person:
                    return self._named(reading, person)
            if kind == "name":
                return self._named(reading, mention)
            if kind in ("phrase", "determined") and n + 1 < len(segments):
                # 'said one resident, who gave his name as Ahmed', 'said the group's leader, known as Abu Karim': the
                # name the aside gives, as before the verb (before, the description)
                named = self._named_in_aside(reading, seg, segments[n + 1])
                if named is not None:
                    return named
            if kind == "phrase":
                if n + 1 < len(segments) and self._classify(reading, segments[n + 1])[0] == "name":
                    continue  # 'said the Ministry's spokesperson, Tomas Rell'
                return self.discourse.describe(seg.text)
            if kind == "pronoun":
                return self.discourse.pronoun(seg.text, None, seg.start)
            if kind == "country" and mention is not None:
                return _state_speaker(mention)  # '"...," said Veloria', as 'Veloria said'
            if (
                kind == "determined"
                and n == 0
                and _one_unnamed_after_words(seg.text, sentence.paragraph.masked, verb.start)
            ):
                # '"...," said a shopkeeper', as 'a shopkeeper said'
                return self.discourse.describe(seg.text, someone=True)
            if kind == "determined" and n == 0:
                # '"...," said the baker', '"...," said the 54-year-old', as 'the baker said' (before, no one)
                return self._determined_person(reading, seg)
            return None
        return None

    # --- pass 2: quotations -----------------------------------------------------------------------

    def _attribute(self, readings: list[Reading], previous_last: Attribution | None) -> Attribution | None:
        """Attribute every quotation of one paragraph; returns its last attribution if that quotation runs on."""
        last = previous_last  # a quotation left open at the end of the last paragraph continues here
        for n, reading in enumerate(readings):
            masked = reading.sentence.paragraph.masked
            runs_on = last is previous_last and last is not None and n == 0
            if (
                last is not None
                and not runs_on
                and not reading.sentence.only_quotes()
                and self._other_subject(reading, last.speaker)
            ):
                last = None  # '"...," X said. Dario Venn disagreed. "..."': the next words are not surely X's
            nicknames = [
                m.span() for m in _NICKNAME_IN_MARKS.finditer(masked, reading.sentence.start, reading.sentence.end)
            ]
            for q in reading.sentence.quotes:
                if any(q is named for named in reading.named_quotes):
                    continue
                if any(a <= q.start < b for a, b in nicknames) or named_in_marks(masked, reading.sentence.start, q):
                    # a name in marks ('known as "the minister"', 'the newspaper "Kessel Daily"') is no one's words
                    reading.named_quotes.append(q)
                    continue
                if (
                    reading.sentence.only_quotes()
                    and n + 1 < len(readings)
                    and _WORDS_WRITTEN_UP.match(readings[n + 1].sentence.masked)
                ):
                    # words the next sentence says were painted or written up somewhere are no one's speech here
                    # ('"..." The words were painted on a wall in Kessa.'), not the person named before them
                    reading.named_quotes.append(q)
                    continue
                if _QUESTION_LABEL.fullmatch(masked, reading.sentence.start, q.start):
                    # 'Q: "...?"': a transcript's question, the interviewer's, whom the article does not name: no
                    # one's (before: the one named in the paragraph before, who answers it)
                    reading.unattributed.append(q)
                    continue
                found = self._content_of(reading, q, masked) or self._after(reading, q, masked)
                # ('When we pointed out his men's role, all he could say was, "..."': his words, not the teller's
                # whose verb comes first in the sentence)
                found = found or self._all_one_said_was(reading, q, masked)
                found = found or self._before(reading, q, masked) or self._label(reading, q, masked)
                found = found or self._predicate_in_marks(reading, q, masked)
                found = found or self._inside_clause_told_after(reading, q, masked)
                if found is None and reading.sentence.only_quotes() and n + 1 < len(readings):
                    found = self._next_sentence(readings[n + 1])
                    if found is not None:
                        readings[n + 1].attributes_previous = True
                if found is None and n > 0 and reading.sentence.only_quotes() and not readings[n - 1].quotes:
                    found = self._reported_before(readings[n - 1])
                # (a sentence that goes on with a participle and no subject too: '"...." Adding: "..."')
                if (
                    found is None
                    and last is not None
                    and (reading.sentence.only_quotes() or runs_on or _GOES_ON_SAYING.match(reading.sentence.masked))
                ):
                    found = (last.speaker, "continues the quotation before it")
                if found is None:
                    found = self._sole_name_before(readings[: n + 1], q)
                if found is None and masked[reading.sentence.start : q.start].strip():
                    found = self._account_goes_on(readings, reading, q)
                if found is None:
                    found = self._between_one_speakers_words(readings, n, q)
                if found is None:
                    reading.unattributed.append(q)
                    continue
                speaker, how = found
                if (
                    runs_on
                    # (or opened again at the paragraph's start, as a quotation over paragraphs is written: '"The
                    # reports are false.' then '"They show the enemy's despair," a representative said')
                    and (not q.opened or not masked[reading.sentence.start : q.start].strip())
                    and previous_last is not None
                    and how.startswith("attributed after")
                    and not previous_last.how.startswith("attributed")
                ):
                    # '"The reports are false.' then 'They show the enemy's despair," a representative said': the
                    # words that open in one paragraph are the speaker's whom the next names where they close
                    for earlier in self._open_before(previous_last):
                        # (and the paragraphs of the same quotation before it, given the same speaker by no tag)
                        earlier.speaker = speaker
                        earlier.how = f"{how}, in a paragraph after, where the quotation closes"
                    previous_last.speaker = speaker
                    previous_last.how = f"{how}, in the paragraph after, where the quotation closes"
                last = Attribution(q, speaker, how, reading.sentence)
                reading.quotes.append(last)
        if last is not None and last.quote.closed:
            return None
        return last

    def _all_one_said_was(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """'All he could say was: "..."', 'All she would tell reporters was "..."': the words are the pronoun's,
        though no verb of saying has them as its object."""
        m = _ALL_ONE_SAID_WAS.fullmatch(masked, reading.sentence.start, q.start)
        if m is None or any(self._opens_the_sentence(reading, a) and a.verb.start < m.start(1) for a in reading.acts):
            return None  # (the sentence's own subject and verb of saying before it tell whose account it is: 'Mira Sol
            # said that when pressed, all he could say was ...', his words in her account, which the other rules read;
            # not one in the scene-setting clause, 'But when reporters pointed out that ..., all he could say was')
        speaker = self.discourse.pronoun(m.group(1), None, reading.sentence.start + m.start(1))
        if speaker is None:
            return None
        how = f"'{m.group(0).strip()}': the words the pronoun said"
        return _copy(speaker, how=how), how

    @staticmethod
    def _opens_the_sentence(reading: Reading, act: Act) -> bool:
        """Whether ``act``'s subject opens its sentence (no clause of time or cause before it)."""
        start = reading.sentence.start
        return (
            act.subject_start is not None and not reading.sentence.paragraph.masked[start : act.subject_start].strip()
        )

    def _account_goes_on(self, readings: list[Reading], reading: Reading, q: Quote) -> tuple[Speaker, str] | None:
        """Words in marks in a paragraph that goes on with the account of the paragraph before, which reported what
        someone said: 'In a statement, Veloria said both sides agreed to stop the shelling.' then 'The two countries
        also decided to avoid "public blame game" and use "cooperation mechanisms".' The words are the ones the
        statement gave, so the speaker's. Only where the paragraph has no verb of saying of its own and names no
        other person or body (then the words may be theirs, or the writer's), and the paragraph before ends with
        the speaker's reported words, no quotation of theirs (after one, a quotation is read as it goes on). The
        words stand inside their sentence: a quotation that opens one is speech whose tag the other rules read. Not
        words in the phrase that opens the sentence ('The "liberated" town was shelled'), nor in a sentence that
        opens with other people ('Residents fled the "red zone"'): the writer's labels, no account of the speaker's."""
        how = "no verb of saying: goes on with the account of the paragraph before, which reported their words"
        if not self._previous or any(
            r.acts
            or any(a.how != how for a in r.quotes)
            or find_verbs(r.sentence.masked, r.sentence.start)
            or _QUOTED_AS_SAYING.search(r.sentence.masked)
            or _WAS_QUOTED_AS_SAYING.search(r.sentence.masked)
            for r in readings
        ):
            return None  # (a verb of saying whose subject was not read, as 'he' after two people, is no one's)
        before = self._previous[-1]
        acts = [a for a in before.acts if a.verb.form == "finite" and not a.relative]
        if not acts or before.sentence.quotes or relayed(before, acts[-1]) is not None:
            return None
        speaker = acts[-1].speaker
        if speaker.entity is None and not speaker.described:
            return None
        masked, start = reading.sentence.paragraph.masked, reading.sentence.start
        if _MARKS_IN_OPENING_PHRASE.fullmatch(masked, start, q.start) or (
            # (people described anew, not 'The fighters', who may be the speaker's: 'its fighters had left')
            _opens_with_other_people(masked, start, speaker) and not re.match(r"\s*+[Tt]he\b", masked[start:])
        ):
            return None
        for r in readings:
            for m in r.mentions:
                ent = r.entities.get(id(m))
                if ent is not None and ent.kind in ("person", "org", "unknown") and ent is not speaker.entity:
                    return None  # another is named: 'The move comes amid "growing pressure" on Lev Arno'
        return _copy(speaker, how=how), how

    def _between_one_speakers_words(self, readings: list[Reading], n: int, q: Quote) -> tuple[Speaker, str] | None:
        """Words in marks in a sentence with no verb of saying, between two sentences that quote one speaker: 'The
        report said that "..." .' then 'The brigade's chief has been "resistant to pressure," and his aides could not
        "sway policy." The report noted "..."'. The one whose words come before and after, in the same account, gave
        these too. The sentence before may close the paragraph before; the one after is in the same paragraph. Not
        words in the phrase that opens the sentence ('The "liberated" town was shelled'), the writer's label."""
        how = "no verb of saying, between two sentences of its speaker's words"
        reading = readings[n]
        if reading.acts or find_verbs(reading.sentence.masked, reading.sentence.start) or n + 1 >= len(readings):
            return None
        before = readings[n - 1] if n > 0 else (self._previous[-1] if self._previous else None)
        after = readings[n + 1]
        if before is None or not before.quotes or not after.sentence.quotes:
            return None
        said_before = [a for a in before.acts if a.verb.form == "finite" and not a.relative]
        said_after = [a for a in after.acts if a.verb.form == "finite" and not a.relative]
        if len(said_before) != 1 or len(said_after) != 1:
            return None
        speaker, then = said_before[0].speaker, said_after[0].speaker
        same = speaker.entity is then.entity if speaker.entity is not None else speaker.label == then.label
        if not same or any(a.speaker is not speaker and a.speaker.label != speaker.label for a in before.quotes):
            return None
        masked, start = reading.sentence.paragraph.masked, reading.sentence.start
        if _MARKS_IN_NOUN_OPENING.fullmatch(masked, start, q.start):
            return None
        return _copy(speaker, how=how), how

    def _other_subject(self, reading: Reading, speaker: Speaker) -> bool:
        """Whether a sentence without quotation names someone other than ``speaker`` as its subject: a name ('Dario
        Venn disagreed.') or people described ('Residents were less sure.'). A quotation after it is not surely the
        last speaker's, as it is not after a paragraph that names them (a paragraph of quotation alone)."""
        if reading.quotes or reading.sentence.quotes:
            return False
        masked = reading.sentence.paragraph.masked
        start = reading.sentence.start + _lead_length(reading.sentence.masked)
        opener = next(
            (m for m in reading.mentions if id(m) in reading.entities and m.kind in ("person", "org", "unknown")), None
        )
        if (
            opener is not None
            and not opener.possessive
            and _opens_with(masked[start : opener.span_start].strip().lower(), opener)
        ):
            return reading.entities[id(opener)] is not speaker.entity
        return _opens_with_other_people(masked, start, speaker)

    def _content_of(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """Quoted words that are what someone's report or claim says are theirs, whoever cites them.

        'According to the statement, Israel's reports about "thwarting an infiltration" are all "false"': the
        first quotation is Israel's words, quoted by the one who calls them false.
        """
        manner = _MANNER_ONLY.fullmatch(q.text.strip(" .,;")) is not None
        for mention in reading.mentions:
            ent = reading.entities.get(id(mention))
            if ent is None or not 0 < q.start - mention.end <= 40:
                continue
            if not mention.possessive:
                # the same noun with its owner after 'by': 'claims by Dara Venn that "..."', 'a statement by the
                # brigade: "..."' are Venn's and the brigade's words, whoever cites them
                if _CONTENT_BY_BEFORE.search(masked, reading.sentence.start, mention.span_start) and (
                    _CONTENT_BY_AFTER.fullmatch(masked, mention.end, q.start)
                ):
                    return self.discourse.named(ent), f"the words of a statement by {ent.label}, as cited"
                continue
            if content := _CONTENT_OF.fullmatch(masked, mention.end, q.start):
                if manner and not content.group("what"):
                    return None  # ('take the Watch's accusations "very seriously"': how they are taken, no report's)
                if content.group("spoken") and not content.group("what"):
                    # ('Venn's statement "lacked credibility," Arno said': a predicate of the statement, another's)
                    continue
                if not content.group("what") and _THAT_BEFORE_OWNER.search(
                    masked, max(reading.sentence.start, mention.span_start - 12), mention.span_start
                ):
                    # ('Explaining that Venn's claims "fall within a smear campaign," Arno said ...', 'said that
                    # Venn's reports "were lies"'): the claims open a clause told by another, the words in marks its
                    # predicate, the teller's
                    continue
                return self.discourse.named(ent), f"the words of {ent.label}'s report, as cited"
        return None

    def _after(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        if self._complement_of(reading, q, masked):
            return None  # 'While X said "...," Y said "..."': X's words, not the next clause's
        for act in reading.acts:
            if act.verb.start < q.end or act.verb.form == "participle":
                continue
            # (a nickname in marks in the speaker's aside is a name: '"...," X, known as "the minister", said')
            gap = _NICKNAME_IN_MARKS.sub(lambda m: " " * len(m.group()), masked[q.end : act.verb.start])
            words = gap.strip(" ,").split()
            # (or a quotation of some words that opens the sentence, its closing mark set with no comma: '"..." Lev
            # Arno said' as '"...," Lev Arno said')
            rest = gap.strip().lstrip("-\u2013\u2014").lstrip()
            bare = (
                not masked[reading.sentence.start : q.start].strip()
                and len(q.text.split()) >= 3
                and gap[:1].isspace()
                and (not rest or rest[0].isalnum())
            )
            if not (gap.lstrip().startswith(",") or q.ends_open or bare):
                return None
            subject_is_gap = (
                act.subject_start is not None
                and (
                    not masked[q.end : act.subject_start].strip(" ,")
                    or self._title_before(reading, q.end, act.subject_start)
                    # ('"...," a statement issued by the Kessel Brigade read': the writing and its author)
                    or _ISSUED_BY.fullmatch(masked[q.end : act.subject_start].lstrip(" ,")) is not None
                )
            )
            plain = re.sub(r"\b[A-Z][a-z]{0,3}\.", "", gap)  # 'Col.', 'Dr.' end no sentence
            scare = _SCARE_QUOTE.search(plain) if subject_is_gap else None
            if scare is not None:  # ('"...," X, who heads the brigade's "popular committees", said': the aside's)
                plain = plain[: scare.start(1)] + plain[scare.end(1) :]
            if subject_is_gap:
                # the subject's asides are read past before the verb as after it: '"...," a senior official, who
                # spoke on condition of anonymity because he was not authorised to brief the media, said' as
                # 'A senior official, who ..., said: "..."'; only the words outside them count
                words = _SET_OFF.sub(" ", gap).replace(",", " ").split()
                restrictive = _RELATIVE_INSIDE.search(" ".join(words))
                if restrictive:  # ('"...," a senior official who spoke on condition of anonymity because ... said')
                    words = " ".join(words)[: restrictive.start()].split()
            # ('"...," Reuters quoted X, a rebel leader as saying': the one quoting, the one quoted and an appositive
            # of theirs stand between, as long as a subject's asides)
            quoting = act.speaker.how.startswith("quoted as saying")
            if len(words) > (14 if subject_is_gap or quoting else 6) or re.search(r"[.;:!?\u201c\u201d\"]", plain):
                return None  # ('"...," Col. Saleh Al-Yacoubi of the Iraqi border guard said': the gap is the subject)
            # (but '"...," as Lev Arno put it')
            as_put = words[:1] == ["as"] and act.verb.word.lower() in ("put it", "puts it")
            # ('even as', 'even though' as 'as', 'though': '"...," even as officials deny them, the daily reported')
            opens = words[1:2] if words[:1] == ["even"] else words[:1]
            if (
                opens
                and opens[0].lower() in ("and", "but", "or", "yet", "while", "whereas", "as", "though", "although")
                and not as_put
            ) or _CLAUSE_AFTER_QUOTE.match(" ".join(words)):
                # ('"...", (hours) after Israel said ...': a clause of its own, whose subject did not say the words)
                return None
            relay = next(
                (a for a in reading.acts if a.verb.start > act.verb.end and a.verb.word.lower() in RELAYING), None
            )
            if relay is not None and not masked[act.verb.end : relay.verb.start].strip(" ,"):
                # '"...," Arab News reported, citing X': the outlet relays, X spoke
                return relay.speaker, f"attributed after it: '{_squash(gap)}{act.verb.word}, citing'"
            own = relayed(reading, act)
            if own is not None and own.verb.end <= q.start:
                # 'X urged them to "review their positions," according to Reuters': the one who reports what X
                # said relays X's words, as 'X said, according to Y, that ...' does
                return own.speaker, f"attributed before it: '{own.verb.word}', as reported '{act.verb.word}'"
            inner = self._relayed_after(reading, act)
            if inner is not None:
                # '"...," Lev Arno said Dario Venn told him.': the words are Venn's, passed on by Arno
                return inner.speaker, f"attributed after it: '{_squash(gap)}{act.verb.word} ... {inner.verb.word}'"
            verb_text = act.verb.word
            return act.speaker, f"attributed after it: '{_squash(gap)}{verb_text}'"
        return None

    @staticmethod
    def _complement_of(reading: Reading, q: Quote, masked: str) -> bool:
        """Whether the quotation is the words of a verb of saying right before it ('said "...', 'insisted that
        "...', 'replied: "...'): a verb after it with a subject of its own opens another clause, not its speaker."""
        return any(
            a.verb.end <= q.start
            and a.verb.form in ("finite", "participle")
            and _COMPLEMENT_GAP.fullmatch(masked, a.verb.end, q.start) is not None
            for a in reading.acts
        )

    def _relayed_after(self, reading: Reading, act: Act) -> Act | None:
        """The one whose words a speaker passes on after a quotation, in a clause that ends the sentence with its verb:
        '"...," X said (that) Y told him', as '"...," X quoted Y as saying' gives Y."""
        masked = reading.sentence.paragraph.masked
        for inner in reading.acts:
            if (
                inner.verb.start > act.verb.end
                and inner.subject_start is not None
                and inner.verb.form == "finite"
                and masked[act.verb.end : inner.subject_start].strip() in ("", "that")
                and _ENDS_WITH_HEARER.fullmatch(masked, inner.verb.end, reading.sentence.end)
            ):
                return inner
        return None

    def _title_before(self, reading: Reading, start: int, end: int) -> bool:
        """Whether the words at ``start``-``end`` are one description set off before a name, its title: '"...," the
        spokesman of the Kessel Brigade, Lev Arno, said', as a title after it is ('Lev Arno, the brigade's
        spokesman, said')."""
        words = reading.sentence.paragraph.masked[start:end].strip(" ,")
        if not words or "," in words:
            return False
        at = start + reading.sentence.paragraph.masked[start:end].index(words)
        kind, mention = self._classify(reading, self._tidy(Segment(at, at + len(words), words)))
        # a description, or a body's office ("the Velorian Foreign Ministry's spokesman")
        return kind == "phrase" or (kind == "name" and id(mention) in reading.offices)

    def _before(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        prior = [a for a in reading.acts if a.verb.end <= q.start]
        if not prior:
            return None
        act = prior[-1]
        if ";" in masked[act.verb.end : q.start]:
            return None
        act = relayed(reading, act) or act  # 'X said, according to Y, that "..."': X's words
        return act.speaker, f"attributed before it: '{act.verb.word}'"

    def _people_of_the_last_paragraph_naming_any(self, reading: Reading) -> list[Entity]:
        """The people named in the last paragraph before ``reading``'s that names anyone or any body."""
        here = reading.sentence.paragraph.number
        latest = max((m[0] for e in self.discourse.entities for m in e.mentions if m[0] < here), default=None)
        return [e for e in self.discourse.entities if e.kind == "person" and any(m[0] == latest for m in e.mentions)]

    def _interviewee(self, reading: Reading) -> tuple[Speaker, str] | None:
        """Who answers in a transcript ('Q: "...?"' then 'A: "...."'): the one person the article last named as a
        subject, whom it interviews; the questions ('Q:') are no one's the article names."""
        person = self.discourse.last_person
        if person is None:
            # ('Veloria Post spoke to Lev Arno', 'The following is an interview with Lev Arno': named as no subject,
            # the one person the article names is whom it interviews)
            named = self._people_of_the_last_paragraph_naming_any(reading)
            if len(named) != 1:
                return None
            person = self.discourse.named(named[0])
        if not person.person or person.plural:
            return None
        how = "an answer in a transcript ('A:'): the person last named"
        return _copy(person, how), how

    def _label(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """A name alone before a colon, as a label, is the speaker: 'Brigade spokesman Lev Arno: "..."'."""
        if _ANSWER_LABEL.fullmatch(masked, reading.sentence.start, q.start):
            return self._interviewee(reading)
        label = _LABEL.fullmatch(masked, reading.sentence.start, q.start)
        if label is None:
            return self._set_off_label(reading, q, masked)
        seg = self._tidy(Segment(label.start(1), label.end(1), label.group(1)))
        kind, mention = self._classify(reading, seg)
        if kind == "name" and mention is not None:
            if _HEARER_BEFORE.search(masked, seg.start, mention.span_start):
                return None  # 'The general told Meridian Wire: "..."': the one told is no label
            return self._named(reading, mention), f"a name before a colon: '{label.group(1)}:'"
        # a short clause that opens with a name: 'Dario Venn disagreed: "..."', 'Venn was blunt: "..."'
        # (a person with a title after its office's owner opens it too, not the owner: 'Kessel Brigade spokesman Lev
        # Arno was blunt: "..."' is Arno's, as 'Colonel Lev Arno was blunt' is)
        titled = (
            m
            for m in reading.mentions
            if m.kind == "person"
            and m.title
            and id(m) in reading.entities
            and _OWNER_BEFORE_TITLE.fullmatch(masked, seg.start, m.span_start)
        )
        opener = next(titled, None) or next(
            (
                m
                for m in reading.mentions
                if m.kind in ("person", "org")
                and not m.possessive
                and id(m) in reading.entities
                and masked[seg.start : m.span_start].strip().lower() in ("", "the")
            ),
            None,
        )
        if opener is None and len(q.text.split()) >= 3:
            # (read on the label as written: tidying it cuts 'reply' off 'His reply', as a trailing word)
            own = _THEIR_WORDS_OPENING.match(label.group(1))
            rest = label.group(1)[own.end() :].split() if own is not None else []
            if rest[:1] in (["to"], ["for"]):
                # (the one the words were for, before the clause: 'His message to Dara Venn was simple:' is his)
                rest = rest[next((k for k, w in enumerate(rest) if w in _CLAUSE_VERBS), len(rest)) :]
            if own is not None and (not rest or _short_clause(rest)):
                # 'His message was clear: "..."', 'Her reply: "..."': the words are those of the one the pronoun is
                # (as 'Lev Arno's message was clear:' are Arno's); with no one it can be, no one's
                word = {"his": "he", "her": "she", "its": "it", "their": "they"}[own.group(1).lower()]
                speaker = self.discourse.pronoun(word, None, label.start(1) + own.start(1))
                how = f"a pronoun's words before a colon: '{label.group(1)}:'"
                return (speaker, how) if speaker is not None else None
            pronoun = _PRONOUN_CLAUSE.fullmatch(seg.text)
            # (not with a verb of saying, whose own reading of 'he' stands: 'He added: "..."')
            if (
                pronoun is not None
                and _short_clause(pronoun.group(2).split())
                and not any(v.form == "finite" for v in find_verbs(seg.text + ' "', 0))
            ):
                # 'He was blunt: "..."', as 'Lev Arno was blunt: "..."': the one 'he' is
                speaker = self.discourse.pronoun(pronoun.group(1), None, seg.start)
                return (
                    (speaker, f"a pronoun that opens a short clause before a colon: '{seg.text}:'") if speaker else None
                )
            return self._described_label(reading, seg)  # 'The Velorian army disagreed: "..."'
        if opener is None or len(masked[opener.end : seg.end].split()) > 6:
            return None  # only a name: 'The warning was clear: "..."' is no one's label
        if _TOLD_AFTER_NAME.search(masked, opener.end, seg.end):
            return None  # 'Lev Arno was told: "..."': the one told, with no one named who told, is no one's label
        return self._named(reading, opener), f"a clause that opens with their name before a colon: '{label.group(1)}:'"

    def _predicate_in_marks(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """A quotation set as its subject's predicate, with no verb of saying: 'The military "strongly supported the
        ceasefire," and ...', 'Kessel Brigade "has never held the bridge."' The words in marks are the subject's, as
        the writer quotes them (only a subject alone at the sentence's start, and marks that open on a verb)."""
        sentence = reading.sentence
        if not q.opened or q is not sentence.quotes[0] or not _PREDICATE_IN_MARKS.match(q.text):
            return None
        if reading.acts:
            return None  # ('Residents "were terrified," the mayor said': the mayor's account, the residents' state)
        start = sentence.start + _lead_length(sentence.masked)
        subject = masked[start : q.start]
        if not subject.strip() or len(subject.split()) > 6 or re.search(r"[,;:\u2591]", subject):
            return None
        if find_verbs(subject, start):
            return None  # 'X said the army "has ..."': a clause before the marks, whose subject is another
        speaker = self.speaker_of(reading, start, start + len(subject.rstrip()))
        if speaker is None:
            return None
        return _copy(speaker, how=speaker.how), "the subject whose predicate the quotation is"

    def _inside_clause_told_after(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """Words in marks inside the clause a speaker is told to have said, its subject and verb set after it at the
        sentence's end, with no 'that': 'The talks were "very positive" and will resume next week, Lev Arno said.',
        'The strike was "a crime" that will not go unpunished, the ministry said on Monday.' The whole clause is the
        speaker's account, the words in marks among it (as '"...," Lev Arno said' is his when the marks close right
        before the comma). Only where the sentence has that one verb of saying, nothing but a few words of time or
        occasion after it, and no other account inside ('according to X', a second clause 'as officials deny')."""
        if not reading.acts:
            return None
        act = max(reading.acts, key=lambda a: a.verb.start)
        if act.relative or act.verb.start < q.end:
            return None
        sentence = reading.sentence
        # (or the speaker set after its verb, the verb right after the comma: '..., said Lev Arno, the brigade
        # commander.', '..., according to the ministry.')
        after_verb = act.subject_start is None and act.verb.form in ("finite", "according")
        if not after_verb and (act.verb.form != "finite" or act.subject_start is None):
            return None
        tag_start = act.verb.start if after_verb else act.subject_start
        assert tag_start is not None
        between = masked[q.end : tag_start]
        # (the comma before the subject may stand inside the marks of words quoted last: 'as "baseless," the daily')
        written = sentence.paragraph.text[q.end : tag_start].rstrip()
        if not written.endswith((",", ",\u201d", ',"')) or re.search(r"[.;:!?]", between):
            return None
        if after_verb and not _SPEAKER_AFTER_ITS_VERB.fullmatch(masked, act.verb.end, sentence.end):
            return None
        # (another verb of saying only inside a clause of its own between, led by 'as' or 'while': 'have "aggravated
        # fears of an attack," as officials deny the claims describing them as "baseless," the daily reported')
        opener = _CLAUSE_BETWEEN.search(between)
        if any(a is not act and (opener is None or a.verb.start < q.end + opener.end()) for a in reading.acts):
            return None
        if len(masked[sentence.start : tag_start].split()) > 40:
            return None
        if not after_verb and not _TOLD_TAIL.fullmatch(masked, act.verb.end, sentence.end):
            return None
        if _ANOTHER_ACCOUNT.search(masked, sentence.start, tag_start):
            return None
        how = f"inside the clause told after it: '{_squash(masked[tag_start : act.verb.end])}'"
        return _copy(act.speaker, how=how), how

    def _described_label(self, reading: Reading, seg: Segment) -> tuple[Speaker, str] | None:
        """People or a body described, then a short clause led by its verb, before a colon: 'The Velorian army
        disagreed: "..."', 'A senior official was blunt: "..."', as 'Sami Rostov disagreed: "..."' (not 'The message
        was clear:', 'Soldiers found a note:', whose verb is no past form nor a copula)."""
        words = list(re.finditer(r"\S+", seg.text))
        head = next((k for k, w in enumerate(words[:6]) if _speaker_noun(w.group())), None)
        if head is None:
            return None
        while head + 1 < len(words) and _speaker_noun(words[head + 1].group()):
            head += 1  # (a compound's last noun heads it: 'A ministry official', 'Army spokesmen')
        if not _short_clause([w.group() for w in words[head + 1 :]]):
            return None
        speaker = self.speaker_of(reading, seg.start, seg.start + words[head].end())
        if speaker is None:
            return None
        return speaker, f"a description that opens a short clause before a colon: '{seg.text}:'"

    def _set_off_label(self, reading: Reading, q: Quote, masked: str) -> tuple[Speaker, str] | None:
        """A name, its apposition set off by commas, then a short clause and a colon: 'Sami Rostov, a spokesman for
        the brigade, disagreed: "..."' as 'Sami Rostov disagreed: "..."' (the apposition's body is no speaker)."""
        start = reading.sentence.start
        lead = masked[start : q.start].rstrip(' "\u201c')
        if not lead.endswith(":") or "\u2591" in lead:
            return None
        parts = lead[:-1].split(",")
        if len(parts) != 3:
            return None
        aside, clause = parts[1].strip(), parts[2].strip()
        if not clause[:1].islower() or len(clause.split()) > 6:
            return None
        if _put_to(clause.split()):
            return None  # ('Lev Arno, the brigade's spokesman, was asked:': the words are put to him)
        if aside[:1].isupper() and any(_speaker_noun(w) for w in parts[0].split()):
            # an office first, its holder's name set off after it: "The brigade's spokesman, Lev Arno, was blunt"
            at = start + len(parts[0]) + 1 + len(parts[1]) - len(parts[1].lstrip())
            seg = self._tidy(Segment(at, at + len(aside), aside))
        elif aside[:1].islower() or aside[:1].isdigit():
            # the apposition describes ('a spokesman for ...', 'the brigade's commander', '54')
            seg = self._tidy(Segment(start, start + len(parts[0]), parts[0]))
        else:
            return None
        kind, mention = self._classify(reading, seg)
        if kind != "name" or mention is None or mention.kind not in ("person", "org"):
            return None
        return self._named(reading, mention), f"a name and its apposition before a colon: '{clause}:'"

    def _reported_before(self, previous: Reading) -> tuple[Speaker, str] | None:
        """A sentence of quotation alone after one of reported speech in its paragraph is the same speaker's:
        'The group said that it was looking into the raid. "Anyone found involved will be punished."'"""
        if not previous.acts:
            return None
        # the sentence's own speaker, not the outlet it is relayed through ('X said, according to Y, that ...')
        act = next(
            (a for a in previous.acts if a.verb.form not in ("according", "passive") and not a.relative),
            previous.acts[-1],
        )
        return act.speaker, f"a quotation after their reported words: '{act.verb.word}'"

    def _in_comments_next(self, following: Reading) -> tuple[Speaker, str] | None:
        """A next sentence with no verb that only names the speaker and where they spoke, as outlets translating
        from Arabic write it: '"...". The brigade's spokesman, Lev Arno, in private comments to Meridian Wire.'; or
        one that says who made the remarks ('The remarks came from X.', 'X was speaking at a rally in Kessa.')."""
        sentence = following.sentence
        if len(sentence.masked.split()) > 25:
            return None
        found = _IN_COMMENTS.search(sentence.masked)
        by = None if found is not None or sentence.quotes else _SAID_BY_NEXT.match(sentence.masked)
        if found is None and by is None:
            return None
        if by is not None and by.group("owner") is not None:
            return self._words_owner_next(
                following, sentence.start + by.start("owner"), sentence.start + by.end("owner")
            )
        if by is not None and by.group("from") is not None:
            at = by.start("from")
            head = by.group("from")
        else:
            at = 0
            head = sentence.masked[: found.start()] if found is not None else by.group("subject") if by else ""
        first = head.split(",")[0]
        start = sentence.start + at
        seg = self._tidy(Segment(start, start + len(first.rstrip()), first.rstrip()))
        if _DOCUMENT_NAME.search(seg.text):
            return None  # ('Those were the words of the Kessel Accord': a text's words, quoted by no one named)
        kind, mention = self._classify(following, seg)
        speaker = (
            self._named(following, mention)
            if kind == "name" and mention is not None
            else self.discourse.describe(seg.text)
            if kind == "phrase"
            else None
        )
        if speaker is None:
            return None
        following.attributes_previous = True
        return speaker, f"attributed by the next sentence: '{sentence.text.strip()}'"

    def _words_owner_next(self, following: Reading, start: int, end: int) -> tuple[Speaker, str] | None:
        """'"...". The words were Lev Arno's.': the person or body named as the words' owner, a possessive name that
        names no speaker elsewhere ("Arno's brother")."""
        for m in following.mentions:
            if m.kind in ("person", "org", "unknown") and start <= m.span_start < end and m.end == end:
                if id(m) not in following.entities or _DOCUMENT_NAME.search(m.text):
                    return None  # (nor a text's: "The words were the Kessel Accord's")
                following.attributes_previous = True
                how = f"named their owner in the next sentence: '{_squash(following.sentence.text)}'"
                return self._named(following, m), how
        return None

    def _next_sentence(self, following: Reading) -> tuple[Speaker, str] | None:
        if not following.acts:
            return self._in_comments_next(following)
        found = self._next_sentence_acts(following)
        if found is None and _SO_SAID.match(following.sentence.masked):
            # ('So said X, the commander.': a verb, but no subject before it; read as 'The words came from X')
            return self._in_comments_next(following)
        return found

    def _next_sentence_acts(self, following: Reading) -> tuple[Speaker, str] | None:
        # (the subject's aside set off by commas counted out, as after a quotation: 'Lev Arno, the brigade's
        # spokesman, said.' as 'Lev Arno said.')
        # (and a name of several words counted as one: 'Kessel Brigade deputy chief Abu Karim al-Sayegh asked.')
        # (and a clause of a participle after the verb counted out, with any verb inside it: 'Venn remarked,
        # praising the towns that called for a truce.' names the speaker as 'Venn remarked.' does)
        sentence = following.sentence
        acts = following.acts
        cut = _participle_clause_after(sentence, min(acts, key=lambda a: a.verb.start).verb)
        if cut is not None:
            acts = [a for a in acts if a.verb.start < cut]
        masked = sentence.paragraph.masked[sentence.start : cut or sentence.end]
        words = _CAPITALISED_RUN.sub("N", _SET_OFF.sub(" ", masked)).replace(",", " ").split()
        if sentence.quotes or len(words) > 8 or len(acts) != 1:
            return None
        act = acts[0]
        if act.verb.form != "finite":
            return None
        return act.speaker, f"attributed by the next sentence: '{following.sentence.text.strip()}'"


# After the verb of a sentence that only names who spoke: nothing, or a few words of where, when or how.
_ONLY_WHERE_OR_WHEN = frozenset(
    "on in at to during after before from by via through when while later earlier yesterday today this last".split()
)


def _participle_clause_after(sentence: Sentence, verb: Verb) -> int | None:
    """Where a clause of a participle that a comma sets off begins just after ``verb`` (at most a few words of where
    or when between), in paragraph offsets: 'Venn remarked, praising the towns', 'Venn said on Friday, thanking the
    mayors'; None when none follows. What such a clause holds is how the speaker went on, not who spoke."""
    after = sentence.paragraph.masked[verb.end : sentence.end]
    comma = after.find(",")
    if comma < 0:
        return None
    between = after[:comma].split()
    if len(between) > 3 or (between and between[0].lower() not in _ONLY_WHERE_OR_WHEN):
        return None
    following = after[comma + 1 :].split()
    if not following or not following[0].islower() or not following[0].endswith("ing") or len(following[0]) < 6:
        return None
    return verb.end + comma


def _names_only(sentence: Sentence, verb: Verb) -> bool:
    """Whether nothing said follows the verb of ``sentence``: 'Lev Arno said.', 'Lev Arno said on Monday.', 'Lev Arno
    told reporters.'; not 'Lev Arno said the talks had failed.', which reports words of its own."""
    words = sentence.paragraph.masked[verb.end : sentence.end].replace(",", " ").rstrip(" .!").split()
    if not words:
        return True
    if len(words) > 6 or "that" in (w.lower() for w in words):
        return False
    if verb.word.lower() in ("told", "tells"):
        return len(words) <= 3  # 'told reporters', 'told Meridian Wire' (whom, not what)
    # ('said on the sidelines of the summit', 'said, speaking to reporters')
    return words[0].lower() in _ONLY_WHERE_OR_WHEN or words[0].lower().endswith("ing")


def _opens_on_its_verb(reading: Reading) -> bool:
    """Whether a sentence opens on its verb of saying in small letters, its subject after it: 'said Lev Arno.', 'added
    the brigade's spokesman, Lev Arno.' (the rest of a sentence broken after its quotation; what follows the verb is
    its subject, not words said)."""
    act = reading.acts[0]
    return act.subject_start is None and act.verb.start == reading.sentence.start and act.verb.word.islower()


def _opening_phrase(words: str) -> bool:
    """Whether lowercase words before a name are a phrase of time or place that opens the sentence without a comma
    ('within hours of the report', 'after the attack on the base'), not a description of the name."""
    split = words.split()
    if split[-1:] == ["the"]:
        split.pop()  # 'after the attack on the base the Kessel Brigade'
    return (
        1 < len(split) <= 8
        and split[0] in _OPENING_WORDS
        and split[-1] not in _PREPOSITIONS
        and split[-1] not in DETERMINERS
        and not re.search(r"[\u2591,;:]", words)
    )


_RELAYING_VERBS = frozenset({"reported", "reports"})


# Between a verb of saying and the subject of a verb in what it reports: 'X said on Wednesday that Y denied ...'.
_REPORTED_CLAUSE = re.compile(r"[^;:,\u2591\u201c\u201d\"]{0,80}?\bthat\s")


def _reporter_of_embedded(reading: Reading, main: Speaker | None) -> Speaker | None:
    """The sentence's own speaker, where the last act read is another's inside the clause it reports ('X said that Y
    denied it'): the one a pronoun in the sentences after it is read as."""
    finite = [a for a in reading.acts if a.verb.form == "finite" and not a.relative]
    if main is None or len(finite) < 2 or not finite[0].speaker.same(main) or main.plural:
        return None
    last = finite[-1]
    masked = reading.sentence.paragraph.masked
    if (
        last.speaker.same(main)
        or last.subject_start is None
        or last.subject_start < finite[0].verb.end
        or reading.acts[-1] is not last
        or not _REPORTED_CLAUSE.match(masked, finite[0].verb.end, last.subject_start)
    ):
        return None
    return main


# Before the subject of the sentence's first verb of saying: nothing, or an opening phrase set off by a comma ('On
# Monday, ', 'In a statement, ').
_OWN_SUBJECT_OPENS = re.compile(r"(?:[^;:,\u2591]{1,80},\s*+)?")
# Between the first verb of saying and the subject of a later one in the clause it reports or in a clause of time after
# it ('said the army had claimed', 'rejected what the army said', 'denied any role after the army said'): no clause set
# beside it ('..., and Y said', '..., while Y said', '; Y said').
_INSIDE_ITS_WORDS = re.compile(r"[^;:\u2591\u201c\u201d\"]{0,160}+")
_BESIDE_ITS_WORDS = frozenset("and but while whereas or yet although though however meanwhile".split())


def _reporting_act(reading: Reading) -> Act:
    """The act whose speaker a paragraph of bare quotation after ``reading`` is by: its last, unless that is another's
    inside the sentence's own speaker's account; then the own speaker's act. Another's inside it: an outlet relaying it
    ('X denied any role, according to Reuters'), a speaker in a relative clause ('X said the attack, which the army
    blamed on Y, was staged'), or one whose subject stands in the clause the first verb reports or in a clause of time
    after it ('X said the army had claimed ...', 'X rejected what the army said', 'X denied any role after the army
    said ...'). The own speaker's act is the sentence's first, a finite verb whose subject opens the sentence."""
    last = reading.acts[-1]
    relay = relayed(reading, last)
    if relay is not None:
        return relay
    own = reading.acts[0]
    masked, start = reading.sentence.paragraph.masked, reading.sentence.start
    if (
        last is own
        or own.verb.form != "finite"
        or own.relative
        or own.subject_start is None
        or last.speaker.same(own.speaker)
        or not _OWN_SUBJECT_OPENS.fullmatch(masked, start, own.subject_start)
    ):
        return last
    if last.relative:
        return own
    if last.subject_start is None or last.subject_start < own.verb.end:
        return last
    gap = masked[own.verb.end : last.subject_start]
    inside = _INSIDE_ITS_WORDS.fullmatch(gap) and not _BESIDE_ITS_WORDS.intersection(re.findall(r"\w+", gap.lower()))
    return own if inside else last


def relayed(reading: Reading, act: Act) -> Act | None:
    """The act an 'according to' or a 'reported' relays: the sentence's own subject speaking before it, another than
    the one it names ('X urged them to "...," according to Reuters'; 'X said, according to Y, that ...'; 'X said
    that, "...," Meridian Wire reported')."""
    if act.verb.form != "according" and act.verb.word.lower() not in _RELAYING_VERBS:
        return None
    return next(
        (
            a
            for a in reversed(reading.acts)
            if a.verb.end <= act.verb.start
            and a.verb.form == "finite"
            and not a.relative
            and not a.speaker.same(act.speaker)
        ),
        None,
    )


# Between a verb of saying and the quotation that is its words: 'said "', 'insisted that "', 'replied: "', 'described as "'.
_COMPLEMENT_GAP = re.compile(r"\s*+(?:(?:that|as)\s++)?[:,]?\s*+[\u201c\"]?")
# A clause's own subject after a comma: a pronoun, or a description opened by its article or a number.
_OWN_SUBJECT = re.compile(
    r"\s*+(?:he|she|they|it|we|i|the|a|an|one|another|two|three|four|several|some)\s", re.IGNORECASE
)
# The verb that opens a short clause after a described subject, before a colon: a past form or a copula ('disagreed',
# 'was more cautious', 'had a different view', 'struck a different tone').
_CLAUSE_VERBS = frozenset("was were is are had has have put struck took went spoke".split())
# An office's owner written before a titled name, or nothing: 'Kessel Brigade | spokesman Lev Arno', 'the Army |'.
_OWNER_BEFORE_TITLE = re.compile(r"\s*+(?:[Tt]he\s++)?(?:[A-Z][\w'\u2019-]*+\s++){0,3}+")
# A pronoun, then the rest of a short clause before a colon: 'He was blunt'.
_PRONOUN_CLAUSE = re.compile(r"(He|She|They|he|she|they)\s++(\S.*+)")
# Where or when a short clause's words were said, a preposition and a capitalised word: 'in Kessa', 'on Thursday'; the
# capitalised words after it are the same place's ('in Port Sable', 'in New Kessa').
_WHERE_OR_WHEN = re.compile(r"(?:in|at|from|on)\s[A-Z][a-z]+")
_NAME_GOES_ON = re.compile(r"[A-Z][a-z]+")


def _short_clause(clause: list[str]) -> bool:
    """Whether words after a subject, before a colon, are a short clause led by a past form or a copula that names no
    one else: 'was blunt', 'disagreed', 'spoke in Kessa on Thursday' (not 'met Lev Arno', 'found a note')."""
    verb = clause[0] if clause else ""
    # (where and when it was said do not lengthen the clause, nor name anyone: 'spoke in Port Sable on Thursday')
    said_where: set[int] = set()
    for k in range(1, len(clause) - 1):
        if _WHERE_OR_WHEN.fullmatch(f"{clause[k]} {clause[k + 1]}"):
            j = k + 2
            while j < min(len(clause), k + 4) and _NAME_GOES_ON.fullmatch(clause[j]):
                j += 1
            said_where.update(range(k, j))
    if not 1 <= len(clause) - len(said_where) <= 4 or not (
        verb in _CLAUSE_VERBS or (verb.endswith("ed") and verb.isalpha() and verb.islower())
    ):
        return False
    if _put_to(clause):
        return False  # ('He was asked:', 'The official was told:': the words after the colon are put to them)
    # ('The army met Lev Arno:': someone else in the clause)
    return not any(w[:1].isupper() and n not in said_where for n, w in enumerate(clause) if n > 0)


def _speaker_noun(word: str) -> bool:
    """Whether a word is the head of a description that may speak: people ('official', 'residents') or a body."""
    word = word.lower()
    singular = word[:-1] if word.endswith("s") else word
    return word in HUMAN_NOUNS or word in BODY_NOUNS or word in PLURAL_PEOPLE or singular in HUMAN_NOUNS


# A label before a quotation: a few words with no clause mark, then a colon ('Brigade spokesman Lev Arno: "...').
# An answer's label in a transcript, before its words in marks: 'A: "...."', 'Answer: "...."'.
# A question's label in a transcript: 'Q: "...?"', 'Question: "...?"'.
_QUESTION_LABEL = re.compile(r"\s*(?:Q|Question)\s*:\s*[\u201c\"]?")
_ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*:\s*[\u201c\"]?")
_LABEL = re.compile(r"\s*([^\s:;,.\u2591\u201c\u201d\"][^:;,.\u2591\u201c\u201d\"]{1,79}?)\s*:\s*[\u201c\"]?")
# Words in marks that only say how: 'very seriously', 'firmly', 'most strongly' (in small letters: not 'July'), set
# right after the report's noun ('takes the Watch's accusations "very seriously"'); after 'of', 'about' or 'that' an
# '-ly' word is the report's own ('the Watch's claims of "costly" losses', 'its claim that "friendly" fire ...').
_MANNER_ONLY = re.compile(r"(?:(?i:very|most|so|too|quite|extremely|highly)\s+)?[a-z]+ly")
# The nouns of one's own spoken or written words, beside those of a report ('s remarks that "...", 's statement: "...",
# 's pledge on Monday that "..."): only with what they say after them, as a predicate in marks after them is another's.
_SPOKEN = (
    rf"(?:{WRITINGS})s?|remarks?|comments?|pledges?|promises?|warnings?|vows?|assurances?|insistence|announcements?"
)
# When the words were given, between the noun and what they say: 'last week', 'on Monday', 'in Kessa', 'earlier this
# week'.
_CONTENT_WHEN = r"(?:\s+(?:earlier\s+(?:this|last|on)|last|this|on|in|earlier)\s+[\w-]+)?"
# Between a possessive name and a quotation: what the quotation is ('s reports about "...", 's claim that "...", 's
# report which alleged that "...").
_CONTENT_OF = re.compile(
    rf"(?:['\u2019]s?)?\s+(?:{SAID}|account|version|words|(?P<spoken>{_SPOKEN})){_CONTENT_WHEN}"
    r"(?P<what>\s+(?:about|of|that|(?:which|that)\s+(?:alleged|claimed|said|stated|suggested)(?:\s+that)?)|\s*:)?\s*",
)
# 'that' right before a possessive owner of claims: the claims are the subject of a reported clause.
_THAT_BEFORE_OWNER = re.compile(r"\bthat\s+(?:the\s+)?\Z")
# The same nouns with their owner after 'by', before the name: 'claims by ', 'a statement issued by the ' (or
# released or published, as _BY_AGENT has them); after the name, when and what: ' on Monday that ', ': '.
_CONTENT_BY_BEFORE = re.compile(
    rf"\b(?:{SAID}|{_SPOKEN})\s+(?:(?:made|issued|given|posted|released|published)\s+)?by\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_CONTENT_BY_AFTER = re.compile(rf"{_CONTENT_WHEN}(?:\s+that|\s*:)\s*", re.IGNORECASE)
# Whose report: 'a Reuters report', "Reuters' story", 'a report released by Reuters', 'a report by the agency'.
_REPORT_AFTER = re.compile(r"(?:['\u2019]s?)?\s+(?:[a-z]+\s+)?(?:report|story)\b")
# The one told, then the one who told: 'X was told by Y', 'X had been assured by Y'.
# (and 'asked by' before the question after a colon: 'Venn was asked by Arno: "...?"', the asker's words)
# What the agent of a passive told, after him: 'Reporters were told by Lev Arno that ...'.
_THAT_AFTER_AGENT = re.compile(r"(?<=\S)\s+that\s")
_TOLD_IN_RELATIVE = re.compile(
    r"\b(?:who|whom|which)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?\Z"
)
_TOLD_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(told|assured|informed|warned|asked(?=\s+by\s+[^.;:\u201c\u201d\"\u2591]{1,60}:\s*[\u201c\"\u2591]))\s+by\s+(?=\S)"
)
# Participles of being spoken to: after 'was' or 'were' before a colon, the words are another's, put to the subject.
_ADDRESSED = frozenset((*TOLD_PASSIVE, *"questioned pressed challenged reminded urged".split()))
# (an adverb between, in -ly or of time: 'was repeatedly asked', 'was also asked', 'was later told')
_ADVERBS_BEFORE_ADDRESSED = ("also", "later", "then", "again", "further")
_TOLD_AFTER_NAME = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:(?:[a-z]+ly|" + "|".join(_ADVERBS_BEFORE_ADDRESSED) + r")\s+)?"
    r"(?:" + "|".join(sorted(_ADDRESSED)) + r")\b"
)


def _put_to(clause: list[str]) -> bool:
    """Whether a clause before a colon says its subject was spoken to, so that the words after it are put to them:
    'was asked', 'had been told', 'was repeatedly asked', 'was also pressed' (_TOLD_AFTER_NAME, in words)."""
    return _TOLD_AFTER_NAME.match(" ".join(clause)) is not None


# Verbs of stance whose object may be a person: 'criticised Dario Venn', 'praised', 'accused', 'thanked'.
_STANCE_VERBS = frozenset(
    "criticised criticized praised condemned accused thanked welcomed slammed blamed denounced rebuked hailed "
    "lambasted attacked".split()
)
# Verbs of going on speaking: whoever 'he added' is has spoken before.
_GOES_ON = frozenset({"added", "adds", "went on", "goes on", "continued", "continues"})
_REPORT_BEFORE = re.compile(r"\b(?:report|story)\s+(?:[a-z]+\s+){0,5}?by\s+(?:the\s+)?$")
# A report whose author a relative clause names, its verb of issuing after the name: 'the report that the Kessel
# Monitoring Team released', 'a report which the Velorian Interior Ministry published last week' (the name may hold
# small words and a possessive: "the U.N. Security Council's Kessel Monitoring Team", whose last part is the mention).
_REPORT_THAT_BEFORE = re.compile(
    r"\b(?:report|story|assessment)\s+(?:that|which)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w.'\u2019-]*\s+|(?:and|of|for|on)\s+){0,8}$"
)
_REPORT_THAT_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:released|issued|published|compiled|prepared|produced)\b")
# A body's verb of issuing a report right after its name, the report its object: 'Tovek Watch released a report', 'the
# team on Monday published its annual assessment' (not 'X denied a report', 'X read a report', which someone else wrote).
_REPORT_ISSUED_AFTER = re.compile(
    r"\s++(?:(?:on\s++)?(?-i:[A-Z])[a-z]++\s++)?(?:has\s++|had\s++|have\s++)?(?:also\s++)?"
    r"(?:released|issued|published|compiled|produced|put\s++out)\s++(?:a|an|its|their|the)\s++"
    r"(?:[\w-]++\s++){0,3}?(?:report|story|assessment)\b"
)
# A report by a body described, not named: 'a report by the Velorian interior ministry'.
_REPORT_BY_DESCRIBED = re.compile(
    r"\b(?:report|story)\s+(?:[a-z]+\s+){0,5}?by\s+(the\s+(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+\s+){0,2}?"
    + alternation(BODY_NOUNS)
    + r")\b"
)
# A name that only qualifies a body described after it ('the Velorian interior ministry'): not the body itself.
_QUALIFIES_BODY = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\b")


# What 'according to' may name that is no speaker: a rule, a plan or figures.
_BY_RULE = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:sharia|shariah|law|laws|constitution|agreement|deal|plan|"
    r"schedule|timetable|data|figures|statistics|estimates|tradition|rules|custom|terms|programme|program)\b",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ing\b")
# A short description after a preposition inside a sentence, right before a name: its article or owner, if any, and
# either up to two words and its head set off by a comma ('loyal to Veloria's ousted leader, ', 'under former ruler, ')
# or at most one word before the name's own title ('loyal to the ousted ' before 'leader Dario Mesk').
_DESCRIBED_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(sorted(_BEFORE_SUBJECT - {'according'}))})\s++"
    r"(?P<determiner>(?:the|an?|its|his|her|their)\s++|[A-Z][\w-]*+['\u2019]s\s++)?+"
    r"(?:(?P<set_off>(?:[\w'\u2019-]++\s++){0,2}+(?P<head>[a-z][\w-]*+),\s*+)|(?:[\w'\u2019-]++\s++)?+)$"
)
# What closes an appositive name: a comma, a stop, a bracket or the paragraph's end ('..., Dara Marr.', '..., Dara
# Marr, who ...'), not a verb whose subject the name is.
_APPOSITIVE_CLOSES = re.compile(r"\s*+(?:[,.;:)]|$)")


def _named_in_passing_after_preposition(masked: str, start: int, name: Mention) -> bool:
    """Whether ``name`` (a mention in the sentence that opens at ``start``) is named in passing, after a preposition
    and a short description: 'forces loyal to Veloria's ousted leader, Dario Mesk.', 'the villa of the late commander,
    Dara Marr, ...', 'a villa that belonged to the late commander Dario Mesk'. As 'loyal to Dario Mesk' names him, he
    is no subject of the sentence, nor one its subject acted on ('The ministry summoned its envoy, Dario Mesk',
    'sentenced the ousted leader Dario Mesk': no preposition before), whom 'he' or 'it' next may stand for.

    The preposition is in small letters, inside the sentence (not one that opens it: 'In a statement, Dara Marr, ...',
    'At the shop, Teodor shrugs' have the subject after the phrase). Either the description's head is set off from the
    name by a comma, after up to two words, the description opening with its article or owner ('the', 'a', 'its',
    "Veloria's") or its head a word for a person, and the apposition closes after the name (a comma, a stop, a
    bracket: not '..., Dara Marr left', whose subject he is). Or, with no comma, the description has its article or
    owner and at most one word, and its head is the name's own title ('the ousted leader Dario Mesk') or a word for a
    person right before the name (not 'in the capital sentenced President Dara Marr', whom the court acted on)."""
    phrase = _DESCRIBED_AFTER_PREPOSITION.search(masked, max(start, name.span_start - 60), name.span_start)
    if phrase is None:
        return False
    determined = phrase.group("determiner") is not None
    head = phrase.group("head")
    if head is not None:
        return (determined or head in HUMAN_NOUNS) and _APPOSITIVE_CLOSES.match(masked, name.end) is not None
    return determined and (bool(name.title) or phrase.group().split()[-1] in HUMAN_NOUNS)


# The words of a sentence before its subject when they are one phrase set off by a comma: 'In response, ', 'Back at
# the shop, ', 'On a cold morning in March, ' (no other comma, stop or mark in them).
_SET_OFF_BEFORE_SUBJECT = re.compile(r"[^,;:.\u2591\u201c\u201d\"]++,\s*+")


def _opening_phrase_set_off(words: str) -> bool:
    """Whether ``words``, all of a sentence's words before a name (after its lead), are a phrase of time, place or
    manner that opens it, set off by a comma, a preposition in it ('In response, Dara Marr closed the shop', 'Speaking
    to reporters, Dara Marr was calm'): the name after it is the sentence's subject, not one its subject acted on ('The
    ministry summoned the envoy, Dara Marr': an article first, and no preposition), and 'he' in a new paragraph is
    still one who spoke before him (Discourse.last_person_at). Round 47 read this inside its check of a man named in
    passing after a preposition, by any preposition among the few words before a name; round 48 made that check read
    its own shape only (_named_in_passing_after_preposition) and this one its own."""
    lowered = re.findall(r"[a-z]+", words.lower())
    return (
        _SET_OFF_BEFORE_SUBJECT.fullmatch(words) is not None
        and lowered[:1] != []
        and lowered[0] not in DETERMINERS  # ('The ministry met with the envoy, ': a subject of its own first)
        and any(w in _BEFORE_SUBJECT for w in lowered)
    )


def _person_a_body_judged(reading: Reading) -> Entity | None:
    """The one person a body's verb of stance takes as its object, right after it: 'The ministry criticised Dario
    Venn', 'The brigade accused Dario Venn of lying' (not 'criticised Dario Venn and Lev Arno', nor 'Venn's plan')."""
    masked = reading.sentence.paragraph.masked
    for act in reading.acts:
        if act.speaker.person or act.verb.word.lower() not in _STANCE_VERBS:
            continue
        for m in reading.mentions:
            ent = reading.entities.get(id(m))
            if ent is None or not ent.person or m.possessive or m.span_start < act.verb.end:
                continue
            if masked[act.verb.end : m.span_start].strip() or _JOINED.match(masked, m.end):
                return None
            return ent
    return None


def _report_author(reading: Reading) -> Entity | None:
    """The body the sentence names as the author of a report, for 'the report' in later sentences."""
    masked = reading.sentence.paragraph.masked
    for mention in reading.mentions:
        ent = reading.entities.get(id(mention))
        if ent is None or ent.person:
            continue
        qualifies = _QUALIFIES_BODY.match(masked, mention.end)
        if ent.kind == "unknown" and qualifies is not None and BODY_NOUNS & set(qualifies.group().split()):
            # 'a report by the Velorian interior ministry': the ministry wrote it, not a body 'Velorian'
            continue
        if _REPORT_AFTER.match(masked, mention.end) or _REPORT_BEFORE.search(
            masked, max(reading.sentence.start, mention.span_start - 60), mention.span_start
        ):
            return ent
        if _REPORT_THAT_AFTER.match(masked, mention.end) and _REPORT_THAT_BEFORE.search(
            masked, max(reading.sentence.start, mention.span_start - 100), mention.span_start
        ):
            return ent  # 'the report that the Kessel Monitoring Team released'
        if _REPORT_ISSUED_AFTER.match(masked, mention.end):
            return ent  # 'Tovek Watch released a report on Monday.', then 'The report said ...'
    return None


def _statement_owner(reading: Reading) -> Entity | None:
    """Who issued the statement a sentence without a verb of saying names.

    'the statement Hezbollah released', 'a statement by the ministry', 'Hezbollah issued a statement'.
    """
    masked = reading.sentence.paragraph.masked
    for m in _STATEMENT.finditer(reading.sentence.masked):
        at = reading.sentence.start + m.end()
        for mention in reading.mentions:
            ent = reading.entities.get(id(mention))
            if (
                ent is not None
                and 0 <= mention.span_start - at <= 12
                and re.fullmatch(r"\s*(?:by|from|of)?\s*(?:the\s+)?", masked[at : mention.span_start], re.IGNORECASE)
            ):
                return ent
        start = reading.sentence.start + m.start()
        for mention in reversed(reading.mentions):
            ent = reading.entities.get(id(mention))
            if ent is None or mention.end > start:
                continue
            between = _ISSUER_TO_WRITING.fullmatch(masked, mention.end, start)
            if between is None:
                continue
            opened = masked[reading.sentence.start : mention.span_start]
            if between.group("closing") and not re.search(r",\s*+$", opened):
                continue  # ('X, the head of the Kessel Brigade, issued': the comma closes X's appositive, not the brigade's)
            return ent
    return None


# What news sets between a writing's issuer and the writing ('X issued a statement'): an appositive ('X, the brigade's
# leader, issued'), the comma that closes the appositive the name is ('The brigade's leader, X, later issued'), up to
# two adverbs or a day ('also', 'later', 'on Monday'), an auxiliary ('has since issued'), and up to two words before the
# writing's noun ('a brief statement', 'a written statement'). Before, only 'X issued a statement' named its issuer, and
# 'the statement said' after the others was the statement of whoever spoke before.
_ISSUER_TO_WRITING = re.compile(
    r"(?:(?P<aside>,[^,;:\u2591]{1,80}+,)|(?P<closing>,))?\s++"
    r"(?:(?:has|had|have)\s++)?"
    r"(?:(?:also|later|then|earlier|again|since|now|just|subsequently|separately|[a-z]+ly(?=\s)|"
    r"(?:late\s++|early\s++)?on\s++(?-i:[A-Z])[a-z]++)\s++){0,2}+"
    r"(?:(?:has|had|have)\s++)?"
    r"(?:issued|released|published|put\s++out|posted|sent|wrote|shared)\s++(?:a|an|its|his|her|their|the)\s++"
    r"(?:[a-z][\w-]*+\s++){0,2}+"
)


# The words before a name end with another name and 'and' ('Spokesman Lev Arno and Petra Lind'): they are that one's.
AFTER_ANOTHER_NAME = re.compile(r"[A-Z][\w'\u2019-]*\s+and\s+$")


# An appositive with an owner for its article: 'X, Veloria's foreign minister,', 'X, its spokesman,'.
_OWNED_APPOSITIVE = re.compile(
    r",\s+(?:its|his|her|their|(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*['\u2019]s)\s+([^,;:\u2591]*)"
)


_TO_COMMA = re.compile(r",[^,;:\u2591]*")
# A verb of saying that ends the words after a name's comma: 'X, the commander was quoted as saying,' (no appositive).
_ASIDE_SAID = re.compile(r"\s(?:(?:was|is)\s+quoted\s+as\s+saying|said|says|added|adds)\s*$")


# A capitalised name written as the owner just before a name: "Iraq's Foreign Ministry" (a body's owner).
_POSSESSIVE_OWNER = re.compile(r"\b((?-i:[A-Z])[\w.-]*)['\u2019]s?\s+$")
# The same owner with the capitalised words before it, for a state of several words: "South Sudan's Foreign Ministry",
# and with 'of' or 'and' inside it: "Democratic Republic of the Congo's", "Bosnia and Herzegovina's".
_POSSESSIVE_OWNER_WIDE = re.compile(
    r"\b((?-i:[A-Z])[\w.-]*(?:\s(?:(?:of|and)\s(?:the\s)?)?(?-i:[A-Z])[\w.-]*){1,3})['\u2019]s?\s+$"
)


def possessive_owner(text: str, start: int, as_written: bool = False) -> str:
    """The name written as the owner of the name at ``start`` in ``text``, lowercase ('iraq' in "Iraq's Foreign
    Ministry"), or as written with ``as_written``; '' for none, and for a day's or a month's name, which owns no body
    ("Monday's Foreign Ministry statement" is the ministry's of that day)."""
    written = _POSSESSIVE_OWNER.search(text, max(0, start - 40), start)
    owner = written.group(1) if written else ""
    wide = _POSSESSIVE_OWNER_WIDE.search(text, max(0, start - 60), start) if written else None
    if wide is not None:
        # (a state of several words is the owner whole, never its last word: "South Sudan's" is not Sudan's)
        # (from a capitalised word only: not 'the Congo' of 'Republic of the Congo')
        words = wide.group(1).split()
        owner = next(
            (
                " ".join(words[n:])
                for n in range(len(words) - 1)
                if words[n][0].isupper() and names_a_state(" ".join(words[n:]))
            ),
            owner,
        )
    return "" if owner.lower() in CALENDAR else owner if as_written else owner.lower()


def _nearby_words(sentence: Sentence, mention: Mention) -> set[str]:
    """Words that describe a name where it stands: its title, the words before it, an appositive after it.

    'the Houthi military spokesman, Yahya Sarea,' gives {'houthi', 'military', 'spokesman'}, so that 'the
    spokesman' later can be read as Sarea.
    """
    masked = sentence.paragraph.masked
    before = masked[max(sentence.start, mention.span_start - 60) : mention.span_start]
    # only the words joined to the name: 'the spokesman, X' but not 'the member said, noting that X'
    before = re.split(r"[,;:()\u2591\u201c\u201d\"]", re.sub(r",\s*$", "", before))[-1]
    if re.search(r"\baccording\s+to\b", before, re.IGNORECASE) or AFTER_ANOTHER_NAME.search(before):
        # 'According to the source, Omar was killed': the source is not Omar; 'Spokesman Lev Arno and Petra Lind':
        # the words before another's name describe that one
        before = ""
    before = _title_words(before)
    age = re.match(r",\s*+\d{1,3}(?=,)", masked[mention.end : mention.end + 6])
    start = mention.end + (age.end() if age else 0)  # 'X, 54, a commander in ...': the appositive after the age
    after = masked[start : min(sentence.end, start + 60)]
    appositive = re.match(r",\s+(?:a|an|the)\s+([^,;:\u2591]*)", after) or _OWNED_APPOSITIVE.match(after)
    bare = re.match(r",\s+([a-z]+)\b([^,;:\u2591]*)", after)  # 'X, leader of the militia,' with no article
    if appositive is None and bare is not None and bare.group(1) in HUMAN_NOUNS:
        appositive = bare
    # (the words to the next comma, however long: 'X, the commander blamed by the council for the raid on Monday
    # denied')
    whole = _TO_COMMA.match(masked, start, sentence.end) if appositive is not None else None
    if whole is not None and (
        any(v.form == "finite" for v in find_verbs(whole.group(0)[:300], 0)) or _ASIDE_SAID.search(whole.group(0)[:300])
    ):
        appositive = None  # 'on Lev Arno, the spokesperson said:': the words after the comma are a clause's subject
        # (and 'Omar Deng, the commander was quoted as saying, "was arrested"': an aside, its words not his)
    words = re.findall(r"[A-Za-z]+", before)[-4:] + re.findall(r"[A-Za-z]+", mention.title)
    # a title that names its body after it, 'the spokesperson for the Tehrik-i-Kessel Front, X': the office is
    # its first word, however long the body's name
    office = _ROLE_FOR_BODY.search(before)
    if office is not None and office.group(1).lower() in HUMAN_NOUNS:
        words.append(office.group(1))
    if appositive:
        words += re.findall(r"[A-Za-z]+", appositive.group(0))[:6]
    return {w.lower() for w in words}


# Lowercase words that may stand in a title joined to a name ('the foreign ministry spokesman X'): any other word is
# a clause's ('The minister met X': 'met' ends the title, and 'minister' is not X's).
TITLE_WORDS = (
    frozenset(w.lower() for w in TITLES)
    | TITLE_MODIFIERS
    | HUMAN_NOUNS
    | BODY_NOUNS
    | GROUP_NOUNS
    | frozenset("the a an of for and to".split())
)


def _title_words(before: str) -> str:
    """The words just before a name that may be its title: back from the name to a lowercase word no title holds."""
    words = before.split(" ")
    k = len(words)
    while k > 0:
        word = words[k - 1].strip()
        if (
            word[:1].islower()
            and not re.search(r"['\u2019]s?$", word)
            and word.strip(".") not in TITLE_WORDS
            and not re.fullmatch(r"[a-z]+-[a-z-]+", word)
        ):
            break
        k -= 1
    return " ".join(words[k:])


_ROLE_FOR_BODY = re.compile(r"(?:^|\b[Tt]he\s+)([a-z]+)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,6}$")
# (a hyphened word may hold a hyphened name: 'Al-Qaeda-affiliated', 'al-Sadr-aligned')
_EPITHET_WORD = re.compile(r"[a-z]+(?:-[a-z]+){0,2}")
_POSSESSIVE_WORD = re.compile(r"[a-z.-]+['\u2019]s?")
_AT_A_PLACE = re.compile(r"\b(?:in|at|near|inside|outside|across|into|around|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
# (and who rules or holds it, said of a country: 'military-ruled Dorland', 'junta-run', 'rebel-held' describe the name
# as 'Iran-backed' does; the name still speaks)
_HYPHENED = re.compile(
    r"[a-z]+(?:-[a-z]+)?-(?:backed|aligned|allied|linked|affiliated|based|led|funded|sponsored|ruled|run|held|controlled)"
)


def _in_place(reading: Reading, seg: Segment) -> bool:
    """Whether a segment ends with a place after a preposition ('strikes in Nangarhar'), which a country after the
    comma only locates."""
    masked = reading.sentence.paragraph.masked
    return any(
        m.kind in ("place", "unknown")
        and m.end == seg.end
        and re.search(r"\b(?:in|at|near|from|of)\s+(?:the\s+)?$", masked[seg.start : m.span_start])
        for m in reading.mentions
    )


# Words that open a clause of time or cause after a main clause: 'X denied it after Y said ...'.
_CLAUSE_OF_TIME_OPENERS = frozenset("after as when while whereas before since following once because".split())


def _main_before_clause_of_time(reading: Reading) -> Speaker | None:
    """The subject of a sentence's first verb of saying when a later one's subject opens a clause of time or cause
    after it ('X denied any role, hours after Y said ...'); else None."""
    if len(reading.acts) < 2:
        return None
    first = reading.acts[0]
    masked = reading.sentence.paragraph.masked
    for later in reading.acts[1:]:
        if later.speaker.same(first.speaker) or later.subject_start is None or later.subject_start < first.verb.end:
            continue
        words = masked[first.verb.end : later.subject_start].replace(",", " ").split()
        if words and words[-1].lower() in _CLAUSE_OF_TIME_OPENERS:
            return first.speaker
    return None


def _sides_contrasted(reading: Reading) -> bool:
    """Whether a later verb of saying's subject opens a clause of contrast after the first one's ('X said the brigade
    would stay, while Y said it would leave'): two speakers side by side, neither inside the other's words."""
    first = reading.acts[0] if reading.acts else None
    masked = reading.sentence.paragraph.masked
    for later in reading.acts[1:]:
        if first is None or later.subject_start is None or later.subject_start < first.verb.end:
            continue
        words = masked[first.verb.end : later.subject_start].replace(",", " ").split()
        if words and words[-1].lower() in ("while", "whereas"):
            return True
    return False


def _owner_names_the_prefix(reading: Reading, seg: Segment, m: Mention, index: NameIndex) -> bool:
    """Whether the words before a person's name in a subject are a name of several words in the possessive, and
    nothing else: "The Kessel Brigade's Lev Arno said" (one word, "Hezbollah's Lev Arno", is read as such already);
    and a country's name of two words, or a body's on file, that the name data took for a person's: "South Sudan's
    Lev Arno said", "Sri Lanka's Dara Venn" (before: no speaker; a person's possessive before a name still is none)."""
    masked = reading.sentence.paragraph.masked
    return any(
        o.possessive
        and (o.kind in ("org", "unknown", "place") or (o.kind == "person" and _no_persons_name(o.text, index)))
        and seg.start <= o.span_start
        and masked[seg.start : o.span_start].strip().lower() in ("", "the")
        and re.fullmatch(r"['\u2019]s?\s+", masked[o.end : m.span_start]) is not None
        for o in reading.mentions
    )


def _no_persons_name(name: str, index: NameIndex) -> bool:
    """Whether a name read as a person's is a country's ('South Sudan', 'Sri Lanka') or a body's or place's on file."""
    known = index.lookup(name, ("actor", "group", "place"))
    return (known.type != "actor" or not known.person) if known is not None else is_country_name(name)


def _title_after_preposition(prefix: str, titled_name: str) -> bool:
    """Whether a name with its office in lower case is the object of the last preposition of the words before it,
    not a subject after a long title: 'a commander from the faction headed by exiled leader Y', 'an adviser to
    veteran commander Y', 'the deputy of exiled leader Y' (whoever the appositive describes speaks, not Y). Only
    lower-case words stand between that preposition and the office: a body's name there ('The spokesman of the
    Kessel Brigade Brigadier General Y') or 'and' ('spokesman of the brigade and newly-elected MP Y') starts the
    subject's own title."""
    if not titled_name[:1].islower():
        return False
    words = prefix.split()
    last = max((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), default=None)
    if last is None:
        return False
    between = words[last + 1 :]
    return all(w.islower() and w != "and" for w in between)


def _epithet(prefix: str) -> bool:
    """Whether the lowercased words before a name only describe it: 'the banned', 'the powerful Iran-backed'.

    One or two adjectives after 'the', or a hyphened '-backed', '-aligned' word alone; no preposition, article or
    determiner among them, so that the name is still the subject ('the attack on X' is not).
    """
    words = prefix.split()
    # a possessive owner stands where 'the' does: "Iraq's ruling Coordination Framework"
    article = bool(words) and (words[0] == "the" or _POSSESSIVE_WORD.fullmatch(words[0]) is not None)
    words = words[1:] if article else words
    # (three when the last is a kind of body, described twice: 'the Ostravia-based militant group X')
    kind = bool(words) and (words[-1] in _KINDS_OF_BODY or (not article and words[-1] in _OUTLETS))
    most = 3 if kind else 2
    if not 1 <= len(words) <= most or not all(_EPITHET_WORD.fullmatch(w) for w in words):
        return False
    if any(w in _PREPOSITIONS or w in DETERMINERS or w in ("and", "or", "but", "than") for w in words):
        return False
    # a kind of body before its name, with no article: 'terror outfit X', 'militant group X', 'rebel movement X'
    return article or all(_HYPHENED.fullmatch(w) for w in words) or kind


# (and a business, whose name may be a person's words: 'the fast food chain Burger King', 'Jack Daniel, the company')
_BUSINESSES = frozenset("company corporation conglomerate business firm chain retailer".split())
_KINDS_OF_BODY = GROUP_NOUNS | {"outfit", "party", "network"} | _BUSINESSES
# An outlet's kind before its name with no article: 'French newspaper Le Figaro alleged', 'Israeli daily Haaretz
# reported', 'Iraqi news agency INA said', as 'the Israeli daily Haaretz' is read. (Not three words after 'the': 'The
# Yemeni news agency Saba reported that "..."' relays a side's words, and stays as it was.)
_OUTLETS = frozenset("newspaper daily weekly paper magazine tabloid broadcaster agency outlet".split())


# The head words of what passes others' words on, described: 'the agency', 'the news agency', 'the newspaper', 'state
# media', 'the channel'.
_PASSING_ON = _OUTLETS | frozenset("media channel television tv radio website wire service".split())


def _passes_words_on(speaker: Speaker) -> bool:
    """Whether a speaker is an outlet or a news agency: named so ('Meridian Wire', 'Tasnim News Agency', a record of
    an outlet on file, a wire named alone as 'Reuters' is) or described so ('the agency', 'state media')."""
    ent = speaker.entity
    if ent is None:
        return speaker.described is not None and speaker.described.lower().split()[-1] in _PASSING_ON
    if (ent.known is not None and ent.known.kind in ("outlet", "agency")) or (
        ent.org_type is not None and ent.org_type[1] == "outlet"
    ):
        return True
    return ent.name.lower().split()[-1] in ("agency", "agencies") or ent.name.lower() in _WIRES


# Wires and agencies news names alone, whose names tell no kind of body.
_WIRES = frozenset(
    "reuters afp ap xinhua anadolu tass interfax bernama irna isna tasnim fars mehr sana wam spa".split()
)


# A pronoun that issues a writing in a clause another verb reports: 'X said it (had) issued a statement'.
_PRONOUN_ISSUES = re.compile(r"\b(?:that\s+)?(?:it|he|she|they|we)\s+(?:(?:has|have|had|also|then)\s+){0,2}\Z")
# Where a clause opens before a name standing alone as its subject: the sentence's start (see its caller), after a
# quotation's closing mark or a comma, semicolon or 'and'.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[\u201d\"\u2591][,.]?|[,;]|\band)\s*\Z")
# Between a name and its verb of saying: nothing, or an adverb of time or manner ('Chad later said').
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:(?:later|also|then|further|again|previously|earlier|[a-z]+ly)\s+)?")
# A place's name used as a place: after a preposition of place, not running on into a person's name ('from Chad
# Miller'), at a sentence's start too ('In Chad, ...'); WORD is replaced by the name.
_AS_A_PLACE = re.compile(
    r"\b(?i:in|from|to|into|across|near|inside|outside|towards?|through|of|at)\s+(?:(?i:the)\s+)?WORD\b"
    r"(?![ \u00a0]+[A-Z])"
)
# Between two names that speak together: 'X and Y', 'both X and Y', 'X, and the Y', 'X as well as Y'; and the second
# after a word for how the two are related, which is no third speaker: 'X and her husband Y', 'X and his brother Y'.
_RELATED_AS = r"(?:his|her|their)\s+(?:" + "|".join(sorted(n for n in HUMAN_NOUNS if not n.endswith("s"))) + r")\s+"
_JOINED_NAMES = re.compile(
    r"\s*(?:[Bb]oth\s+)?(?:[Tt]he\s+)?|,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|" + _RELATED_AS + r")?"
)


def _charged_other_kind(previous: Reading, act: int, kinds: tuple[str, ...], speaker: Speaker) -> bool:
    """Whether the sentence ``previous`` charges, first after ``act`` (the charging verb of ``speaker``), one named of
    a kind not in ``kinds``: a body where 'he' denies ('Arlo Venn accused the Tarvo Front of the strike. He denied the
    accusation'), whom the pronoun cannot be, nor the one who charged."""
    told = previous.sentence.paragraph.masked
    after = [
        m
        for m in sorted(previous.mentions, key=lambda m: m.start)
        if m.start > act
        and not m.possessive
        and (ent := previous.entities.get(id(m))) is not None
        and ent is not speaker.entity
        and not _HEARER.fullmatch(told, act, m.span_start)  # ('told Meridian Wire that')
    ]
    # (the first named after the verb is the one charged: 'accused the Tarvo Front of the strike in Barno')
    return bool(after) and after[0].kind not in kinds


_NOTHING = re.compile(r"\s*")
# One join of two subjects: 'X and Y', 'X, and Y', 'X as well as Y'.
_JOIN = re.compile(r"(?<!\s),?\s+(?:and|as\s+well\s+as)\s+")
# A description joined to one named after an office that is another speaker: it opens with an article or its owner's
# possessive ("Veloria's defence ministry and Mayor Dara Sol"), not with a bare title, which goes on to the name after
# 'and' ('official spokesman of the brigade and MP Dario Venn'); and a person so described is one of someone ('An
# adviser to Lev Arno', 'A source close to the brigade'), as 'the spokesman of X and MP Y' may be Y's two titles.
_JOINED_DESCRIBED = re.compile(r"(?:[Tt]he|[Aa]n?)\s|(?-i:[A-Z])[\w'\u2019-]*['\u2019]s\s")
# ('A spokeswoman for the ministry' too: the indefinite one speaks for a body, not 'for' the named one after 'and')
_ANOTHER_PERSON = re.compile(r"[Aa]n?\s+(?:[a-z-]+\s+){1,3}?(?:close\s+to|to|for)\s")
# 'the ministry', 'the group': a body's noun after 'the', alone.
_THE_BODY_NOUN = re.compile(r"[Tt]he\s+([a-z]+)")


# A statement's line of address: 'To the Media and Public Opinion:', 'Dear Sir,'.
_SALUTATION = re.compile(r"\s*(?:To|Dear)\s[^.;:!?\u201c\u201d\"]{1,80}[:,]\s*")


# After a verb of saying set into a sentence, the quotation that goes on with it: 'Omar Deng, the commander said, "was
# arrested a week before"' (the name before is the quoted clause's subject, and the description speaks).
# ('the commander was quoted as saying, "was arrested ..."' too)
_GOES_ON_QUOTED = re.compile(r"(?:\s*(?:was|is)\s+quoted)?(?:\s+as\s+saying)?\s*,\s*[\u201c\"]\u2591")


def _quoted_clause_goes_on(reading: Reading, verb: Verb) -> bool:
    """Whether the words in marks right after ``verb`` and its comma open in lower case, going on with the words
    before the verb's subject (no comma closed the description before the verb: an aside, not an appositive)."""
    paragraph = reading.sentence.paragraph
    on = _GOES_ON_QUOTED.match(paragraph.masked, verb.end)
    return on is not None and paragraph.text[on.end() - 1 : on.end()].islower()


def two_named(
    reading: Reading, start: int, end: int, after: re.Pattern[str] = _NOTHING
) -> tuple[Mention, Mention] | None:
    """The two names the words at ``start``-``end`` of the paragraph are, joined by 'and' ('Lev Arno and Petra
    Lind', 'both X and the Y'), with only what ``after`` matches after the second; None for anything else."""
    names = [
        m
        for m in reading.mentions
        if start <= m.span_start and m.end <= end and not m.possessive and id(m) in reading.entities
    ]
    if len(names) != 2:
        return None
    first, second = names
    masked = reading.sentence.paragraph.masked
    if (
        _JOINED_NAMES.fullmatch(masked, start, first.span_start)
        and _JOINED_NAMES.fullmatch(masked, first.end, second.span_start)
        and after.fullmatch(masked, second.end, end)
    ):
        return first, second
    return None


# The head noun a name qualifies, right after it: 'Velorian | army', 'Velorian | interior ministry', "Velor's |
# military"; the owner that opens a clause, read as no name ("Velor's"); a nationality's word ('Velorian').
_QUALIFIED_HEAD = re.compile(r"[ \u00a0]+(?:[a-z][a-z-]*[ \u00a0]+){0,2}?(?:" + _SPEAKER_HEADS + r")\b")
# The head itself an owner of another head, stacked: "Veloria's defence ministry's spokesman" (the spokesman is the
# subject, not the ministry).
_STACKED_HEAD = re.compile(r"['\u2019]s?" + _QUALIFIED_HEAD.pattern)


def _owned_by_the_head(masked: str, end: int, limit: int) -> int:
    """Where a qualified head ends that ends at ``end``, or the head it owns ("'s spokesman") after it."""
    stacked = _STACKED_HEAD.match(masked, end, limit)
    while stacked is not None and stacked.end() > end:
        end = stacked.end()
        stacked = _STACKED_HEAD.match(masked, end, limit)
    return end


_OWNER_OPENS = re.compile(r"(?:[Tt]he[ \u00a0]+)?[A-Z][\w-]*['\u2019]s(?=[ \u00a0])")
_NATIONALITY_WORD = re.compile(r"[A-Z][a-z]+(?:i|ian|ean|ese|ish|an)")
_POSSESSIVE_MARK = re.compile(r"['\u2019]s?")
# A preposition of place just before a name, which is then where a deed was done, not one charged with it: 'accused
# the Velorian army of the strike in Barno, which it denies'.
_A_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s++(?:the\s++)?$")
_ARTICLES = frozenset(("the", "a", "an"))
# A description that opens a clause, up to its head noun: 'A ministry official', 'Two security sources'.
_DESCRIBED_SUBJECT = re.compile(
    r"((?:an?|the|two|three|several|some|senior|local)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    + alternation(n for n in HUMAN_NOUNS if n not in ("man", "woman", "men", "women", "people"))
    + r")\s+(?!of\b|in\b|for\b|from\b|at\b|with\b|close\b|who\b|whose\b)[a-z]",
    re.IGNORECASE,
)
# A body described, with its article, opening a clause and its verb: 'The ministry reacted', "the country's army hit
# back" (up to its head noun; not 'the ministry of defence', a head before its phrase, which the names read).
_DESCRIBED_BODY = re.compile(
    r"((?:the)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:"
    + "|".join(sorted(BODY_NOUNS, key=len, reverse=True))
    + r"))\s+(?!of\b|in\b|for\b|from\b|at\b|with\b|close\b|who\b|whose\b|which\b|that\b)[a-z]",
    re.IGNORECASE,
)
# A subject of a few words that issues a writing of its own: 'Veloria's defence ministry issued a statement', 'A
# spokesman for the brigade on Monday released a statement' (see Reader._remember_subjects).
_ISSUES_A_WRITING = re.compile(
    r"((?:[^\s,;:\u2591]++\s++){0,7}?[^\s,;:\u2591]++)\s++(?:(?:on|late\s++on|early\s++on)\s++(?-i:[A-Z])[a-z]++\s++|"
    rf"(?:also|later|earlier)\s++)?(?:{_ISSUING}|put\s++out)\s++(?:a|an|its|the)\s++(?:[\w-]++\s++){{0,2}}?{_WRITINGS}\b",
    re.IGNORECASE,
)
# A body described with its state's or place's adjective, the subject of a verb in the past or present: 'The Velorian
# interior ministry opened an office', 'The Kessian defence ministry has sent troops' (not 'The ministry opened', no
# fuller description; not "The Velorian army's chief", whose head is another).
_DESCRIBED_BODY_ACTS = re.compile(
    rf"((?-i:The)\s++(?-i:[A-Z])[\w'\u2019-]*+\s++(?:[a-z-]++\s++){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS))}))"
    r"\s++(?:[a-z]++ly\s++)?(?:(?:has|have|had|was|is)\s++)?(?-i:[a-z])[a-z]*(?:ed|s)\b"
)
# The same for a subject who met the press, an occasion of speaking as a writing issued is: 'Veloria's defence
# ministry spoke to reporters on Monday', 'A senior official held a news conference', 'The spokesman briefed
# journalists' (the one 'the ministry' or 'he' next stands for).
_MEETS_THE_PRESS = re.compile(
    r"((?:[^\s,;:\u2591]++\s++){0,7}?[^\s,;:\u2591]++)\s++(?:(?:also|later|earlier)\s++)?"
    rf"(?:(?:spoke|talked)\s++to\s++(?:{UNNAMED_HEARERS})|briefed\s++(?:{UNNAMED_HEARERS})|"
    r"(?:held|gave|called)\s++a\s++(?:press|news)\s++(?:conference|briefing))\b",
    re.IGNORECASE,
)
# A verb right after its quotation ('"...," reported'), and the outlet after it before a comma (' Meridian Wire, ').
_AFTER_ITS_QUOTATION = re.compile(r"\u2591[,.?!]?[\u201d\"]\s*$")
_OUTLET_THEN = re.compile(r"\s+[^,;:.\u2591\u201c\u201d\"]{1,60},\s*")
_INCLUDING = re.compile(r"\bincluding[ \u00a0]+$", re.IGNORECASE)


def _opens_with_other_people(masked: str, start: int, speaker: Speaker) -> bool:
    """Whether the sentence from ``start`` opens with people described ('Residents were less sure.', 'A local
    official said') who are not ``speaker`` as described."""
    people = _PEOPLE_OPENING.match(masked, start)
    if people is not None and people.group(1).lower() not in PLURAL_PEOPLE | HUMAN_NOUNS:
        people = None
    opening = _DESCRIBED_SUBJECT.match(masked, start) or people
    return opening is not None and (speaker.described or "").lower() != opening.group(1).lower()


# A clause that opens a sentence, a document its subject, up to the 'it' after it: 'While the prosecution document is
# not an indictment, ', 'Although the UN report does not name the brigade, ' (group 1: the document).
_DOCUMENT_IN_CLAUSE_BEFORE = re.compile(
    r"\s*+(?:While|Although|Though|Even\s++though)\s++((?i:the|this|that)\s++(?:[\w'\u2019-]++\s++){0,3}?"
    r"(?i:report|document|indictment|study|assessment|investigation|inquiry|review|filing|memo|dossier))"
    r"\s++[^,;:\u2591]{1,100}+,\s*+"
)
# 'All he could say was:', 'All she would tell reporters was' before words in marks (a pronoun only: a name is read
# as a subject where it stands).
# (after a clause or two that set the scene, a comma each: 'But when pressed, all he could say was, "..."')
_ALL_ONE_SAID_WAS = re.compile(
    r"\s*+(?:(?![Aa]ll\s)[^,;\u2591\u201c\u201d\"]{1,160}+,\s*+){0,2}+[Aa]ll\s++(?:that\s++)?(he|she|they)\s++(?:(?:could|would|did|was\s++willing\s++to)\s++)?"
    r"(?:say|said|tell|told|write|wrote|offer|offered)\b(?:\s++[\w-]++){0,2}?\s++(?:was|were|is)\s*+[:,]?+\s*+"
)
# Words in marks within the noun phrase that opens a sentence ('The "liberated" town was shelled', 'A "ghost unit" was
# disbanded', 'The brigade's "popular committees" run the town'): the writer's label for its subject, no one's account.
_MARKS_IN_OPENING_PHRASE = re.compile(
    r"\s*+(?:The|A|An|Its|Their|His|Her|This|These|Those|Such|Some)(?:\s++[\w'\u2019-]++){0,2}+\s*+"
)


# Words in marks inside the noun that opens a sentence, its determiner and at most one word before them: 'The
# "liberated" town', "The brigade's \"popular committees\"" (not 'The brigade remains "..."', past the noun).
_MARKS_IN_NOUN_OPENING = re.compile(
    r"\s*+(?:The|A|An|Its|Their|His|Her|This|These|Those|Such|Some)(?:\s++[\w'\u2019-]++)?+\s*+"
)


def _one_unnamed_after_words(phrase: str, masked: str, at: int) -> bool:
    """Whether ``phrase`` is one unnamed person ('a shopkeeper', 'an elderly fisherman') and ``at`` (its start, or its
    verb's before it) comes right after a quotation: a speaker whatever the noun, where no list holds every trade or
    role news quotes; never a writing ('a report said')."""
    return (
        _ONE_UNNAMED.fullmatch(phrase) is not None
        and head_word(phrase) not in REPORT_NOUNS | WRITING_NOUNS
        and _AFTER_ITS_QUOTATION.search(masked, 0, at) is not None
    )


def _at_a_name(bare: re.Match[str], offset: int, mentions: list[Mention]) -> int:
    """Where the reported clause after 'said'/'told X' without 'that' starts (in the sentence), at a name's start, not
    inside it: 'told Meridian Wire | Colonel Dario Venn denied', where the words alone cannot say which capital opens
    the subject. A name that runs on from right after the verb holds the hearer and the subject both ('told Reuters
    Dario Venn denied'): no subject is read in it."""
    cut = bare.end()
    for m in mentions:
        if m.span_start - offset < cut < m.end - offset:
            told = bare.start() + len(bare.group().split()[0])
            between = bare.string[told : m.span_start - offset].lower().split()
            return m.span_start - offset if any(w not in CONNECTORS for w in between) else m.end - offset
    return cut


# 'has', 'is' and their forms: inside a description before its head they make it a clause ('the brigade has fighters')
_FINITE_BE_HAVE = frozenset({"has", "have", "had", "is", "are", "was", "were"})


def _article_inside(words: list[str], head: str) -> bool:
    """Whether an article stands inside a description before its head noun, after a word that is no preposition,
    determiner, possessive or 'and': 'lev arno met the envoy' (a clause and its object), not 'all the officials',
    'the army and the police', 'the head of the army'."""
    for k in range(1, len(words)):
        if words[k] == head:
            return False
        before = words[k - 1]
        # (or a possessive determiner: 'Fighters of the front attacked our positions', a clause and its object)
        if words[k] in ("the", "a", "an", "our", "their") and not (
            before in _PREPOSITIONS
            or before in DETERMINERS
            or before in ("and", "or")
            or before.endswith(("'s", "\u2019s"))
        ):
            return True
    return False


# A lead whose first words are set in capitals, as some papers print it: 'LEADERS OF the militia said', 'THE Kessel
# Brigade said', 'LEV ARNO, the minister, said' (the words in capitals, then one in small letters or a name's).
_CAPITALS_OPENING = re.compile(
    r"\s*+([A-Z][A-Z'\u2019-]*+(?![a-z])(?:[ ]+[A-Z][A-Z'\u2019-]*+(?![a-z]))*+)(?=[ ,]+[A-Z]?[a-z])"
)


def _lead_out_of_capitals(read_first: list[Paragraph], paragraphs: list[Paragraph]) -> None:
    """A lead that opens in capitals is body text, its words read as they would be written in small letters: each
    word the rest of the text writes in small letters (and never capitalised) in small letters, a word the text
    writes in capitals too (an acronym: 'PKK') kept, any other word a name's ('LEV ARNO' as 'Lev Arno'). Only the
    masked text changes (its length kept): the words quoted stay as written. A headline set in capitals whole has
    no word in small letters after and is left alone."""
    for para in read_first:
        opening = _CAPITALS_OPENING.match(para.masked)
        if opening is None or not re.search(r"[.!?][\u201d\"'\u2019)]*\s*$", para.masked):
            continue
        words = re.findall(r"[A-Za-z]+", opening.group(1))
        if len(words) < 2 and not (words and words[0].lower() in FUNCTION_WORDS):
            return  # one word in capitals is an acronym as often ('PKK fighters said'): left as it is
        rest = [s.masked for p in paragraphs if p is not para for s in p.sentences]
        lex = Lexicon.of(rest)
        # (an acronym only where the text writes in small letters too: a headline set in capitals whole, 'LEADERS OF
        # KESSEL BRIGADE DENY RAID', says nothing of which words are acronyms)
        upper = set(re.findall(r"\b[A-Z]{2,}\b", " ".join(s for s in rest if re.search(r"\b[a-z]{3,}\b", s))))
        out = []
        for n, m in enumerate(re.finditer(r"[A-Za-z]+|[^A-Za-z]+", opening.group(1))):
            w = m.group()
            low = w.lower()
            if not w.isalpha() or w in upper:
                out.append(w)
            elif low in FUNCTION_WORDS or (low in lex.lowercase and low not in lex.capitalised):
                out.append(low if n else w[0] + low[1:])
            else:
                out.append(w[0] + low[1:])
        para.masked = para.masked[: opening.start(1)] + "".join(out) + para.masked[opening.end(1) :]
        return


def _name_and_dashed_aside(text: str, end: int) -> bool:
    """Whether what reads as an outlet's dateline ending at ``end`` is a name whose aside the dash opens: 'Lev Arno
    – the brigade's spokesman – said' (no capitals of a place, no agency in brackets)."""
    aside = _DASH_ASIDE.search(text, 0, end + 90)
    return aside is not None and aside.start(1) < end and not re.search(r"[(/]|[A-Z]{3}", text[: aside.start(1)])


def _lead_length(text: str) -> int:
    """How many characters of a sentence's opening are spaces, a conjunction or a time ('On Monday, ', 'Later ')."""
    at = len(text) - len(text.lstrip())
    while True:
        lead = _LEADING.match(text[at:]) or _LEADING_TIME.match(text[at:])
        if lead is None or not lead.end():
            return at
        at += lead.end()
        at += len(text[at:]) - len(text[at:].lstrip(" ,"))


# An opening clause of answering what was said, which it calls false: 'Reacting to the "baseless" accusations,',
# 'Responding to these false reports,' (read in the words, marks and all: the judgement is often quoted).
_REACTING_TO_FALSE = re.compile(
    r"\s*((?:[Rr]eacting|[Rr]esponding)\s+to)\s+(?:the|these|those|such|recent|what\s+(?:it|he|she|they)\s+called)\s+"
    rf"[^,;:.]{{0,60}}?\b(?:{FALSE_WORDS})\b[^,;:.]{{0,60}}?\b{SAID}\b[^,;:.]{{0,60}}?,"
)
# A word in lower case after a subject, its verb (after a time or an adverb), not a word that goes on the name.
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:[a-z]+ly\s+|on\s+[A-Z][a-z]+\s+)?"
    r"(?!(?:and|or|but|of|who|which|that|whose|in|on|at|to|for|with|from|by|as|is|was|were|are)\b)[a-z]+\b"
)


def _opens_with(prefix: str, m: Mention) -> bool:
    """Whether the words before a name leave it the opening subject: none, 'the', or its title as a subject's
    ('Brigade spokesman Lev Arno met the envoy and denied', as _classify reads 'ministry spokesman Lev Arno said')."""
    if prefix in ("", "the"):
        return True
    return bool(m.title) and len(prefix.split()) <= 3 and not re.search(r"[\u2591,;:]", prefix)


def _says_no_one(masked: str, start: int, end: int) -> bool:
    """Whether the subject at ``start``-``end`` ends with 'no' and the words it determines: 'no official in X was
    confirming', 'X said no official had confirmed' (no one spoke). Not 'No' inside a name, mid-subject before a
    capital ('a spokesman for the No Borders Network said'), nor 'no' inside a relative clause of the subject ('an
    official who had no authority to speak said': the official speaks)."""
    at = start
    while (found := _NO_ONE_ENDING.search(masked, at, end)) is not None:
        if masked[found.start()] == "N" and found.start() > start and found.group(1).isupper():
            at = found.start() + 2  # (a name's word: look on for a 'no' after it)
            continue
        return _RELATIVE_RUNS_ON.search(masked, start, found.start()) is None
    return False


def _a_country(name: str, index: NameIndex) -> bool:
    """Whether a place named is a country: on file as one, or in the reference data."""
    known = index.lookup(name, ("place",))
    return (known is not None and known.kind == "country") or is_country_name(name)


# 'And', or a comma after a name that is itself listed, right before a subject's words: one of a list ('including
# the United States, Britain and France', 'Russia, China, Iran'); not the comma of an opening phrase ('On Monday,
# France denied') nor of an appositive ('Its ally, France, denied'), where the country speaks.
_LISTED_BEFORE = re.compile(
    r"(?:\band|(?:,|\b(?:including|such\s++as|like|among\s++them|notably))\s++(?:the\s++)?+"
    r"[A-Z][\w'\u2019.-]*+(?:\s++[A-Z][\w'\u2019.-]*+){0,3}+,)\s*+\Z"
)
# Short English names of countries the reference data lists only in full ('Great Britain').
_SHORT_COUNTRY_NAMES = frozenset({"Britain"})


def _country_by_name(name: str, index: NameIndex) -> bool:
    """Whether a name with no record of an actor, group or place is a country's whole name: 'France', 'Britain',
    'South Sudan', 'Burkina Faso'; or its listed capital, which stands for its government as a capital on file does
    ('Cairo has denied', 'a claim London rejects'), where that government is not on file (then the capital is read
    as its government's name, :meth:`NameIndex.government_of`)."""
    return index.lookup(name, ("actor", "group", "place")) is None and (
        name in _SHORT_COUNTRY_NAMES
        or is_country_name(name)
        or (name in capital_states() and index.government_of(name) is None)
    )


def _named_so_before(reading: Reading, mention: Mention) -> bool:
    """Whether a name is the surname of a person of the article ('Jordan' after 'Tom Jordan'): the person's name has
    more words than the mention (not 'South Sudan', which the name data takes for a person named so)."""
    ent = reading.entities.get(id(mention))
    return ent is not None and ent.person and len(ent.key.split()) > len(mention.text.split())


def _one_within(words: frozenset[str], person: Entity) -> bool:
    """Whether a description's words and the words a person is described with where named hold one another: 'the
    Kessel Brigade's main spokesman' and 'Zabel Marut, the spokesman' (not 'a spokesman for the Velorian army')."""
    return one_within(words, description_words(person.nearby))


def _state_speaker(mention: Mention) -> Speaker:
    """A state or its capital as the speaker, before its verb or after it."""
    return Speaker(mention.text, None, mention.text, False, STATE_SPEAKER)


def _insert_act(reading: Reading, act: Act) -> None:
    """``act`` among the reading's acts before the first that starts after it, so that the act nearest before a
    quotation is the last before it ('Lev Arno, described by X as "...", said: "..."': 'said', Arno's)."""
    at = next((k for k, a in enumerate(reading.acts) if a.verb.start > act.verb.start), len(reading.acts))
    reading.acts.insert(at, act)


def _copy(speaker: Speaker, how: str) -> Speaker:
    return Speaker(speaker.label, speaker.entity, speaker.described, speaker.person, how, speaker.plural)


# What may follow the verb that ends a sentence told with no 'that' (speakers._inside_clause_told_after): a day, an
# occasion or the hearer, a few words and no clause ('Lev Arno said on Monday.', 'the ministry said in a statement.',
# 'Lev Arno told reporters.'); not 'said, citing ...', 'said, adding that ...'.
_TOLD_TAIL = re.compile(r"(?:\s+[\w'\u2019-]+){0,6}\s*[.!]?\s*")
# What may follow a verb whose speaker comes after it, at a sentence's end (speakers._inside_clause_told_after): the
# speaker, with one aside set off by commas ('said Lev Arno, the brigade commander.', 'according to a ministry
# statement.'); no clause, quotation or second aside ('said Lev Arno, adding that ...').
_SPEAKER_AFTER_ITS_VERB = re.compile(r"(?:\s+[\w'\u2019.-]+){1,8}(?:,(?:\s+[\w'\u2019.-]+){1,10})?\s*[.!]?\s*")
# Another account inside the clause before the speaker: 'according to X', 'citing X', 'quoted X as saying'.
_ANOTHER_ACCOUNT = re.compile(r"\baccording\s+to\b|\bciting\b|\bquot(?:ed|ing)\b", re.IGNORECASE)
# A clause of its own after words in marks, led by 'as', 'while' or 'whereas' (its verb of saying is its subject's).
_CLAUSE_BETWEEN = re.compile(r"^[\s,\u201d\"]*(?:even\s+)?(?:as|while|whereas)\s", re.IGNORECASE)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ") + " " if text.strip(" ,") else ""


def _trailing_start(text: str) -> int | None:
    """Where the trailing adverbs and auxiliaries of ``text`` start, with the spaces before them; None if none.

    The same as ``re.search(r"(?:\\s+(?:WORD))+\\s*$", text, re.I).start()`` with WORD the
    alternatives of ``_TRAILING_WORD``, but linear: that search retries from the space before
    every word, and each try runs over all the words after it, so a long run of 'also also
    also ...' took quadratic time. Here a chain of words is followed back from the end;
    an entry of two or three words ('had also') and its parts ('had', 'also') may all apply, so every
    place a chain can reach is kept and the leftmost wins.
    """
    ends = {len(text.rstrip())}
    best = None
    while ends:
        end = max(ends)
        ends.discard(end)
        word = end
        while word > 0 and not text[word - 1].isspace():
            word -= 1
        starts = [word]
        while len(starts) < 3:  # (entries of up to three words: 'for its part')
            first = starts[-1]
            if first < 2 or text[first - 1] != " " or text[first - 2].isspace():
                break
            first -= 1
            while first > 0 and not text[first - 1].isspace():
                first -= 1
            starts.append(first)
        for start in starts:
            if start == 0 or start == end or not _TRAILING_WORD.fullmatch(text, start, end):
                continue
            space = start
            while space > 0 and text[space - 1].isspace():
                space -= 1
            best = space if best is None else min(best, space)
            if space > 0:
                ends.add(space)
    return best


def _acronym_after(masked: str, name: Mention, mention: Mention) -> bool:
    """Whether ``mention`` is the acronym written in brackets right after ``name``: 'Popular Mobilization Forces
    (PMF)'."""
    between = masked[name.end : mention.start]
    if between.strip() != "(" or masked[mention.end : mention.end + 1] != ")":
        return False
    # or, after a body's name, the initials of its name in its own language, reordered: 'Kurdistan Workers' Party (PKK)'
    initials = {w[0].upper() for w in re.split(r"[\s\-\u2010]+", name.text) if w}
    loose = name.kind == "org" and len(mention.text) >= 2 and mention.text.isalpha() and mention.text.isupper()
    return spells_out(name.text, mention.text) or (loose and set(mention.text) <= initials)


def _place_ends(reading: Reading, end: int) -> bool:
    """Whether a place's name, right after 'in', ends the text at ``end`` (its segment's end): where one spoke, after
    their name ('Lev Arno in Tarvo'). A name not on file after 'in' is read as a place's, as it would be after a
    person's name there (no body is a person's 'in')."""
    masked = reading.sentence.paragraph.masked
    return any(
        m.kind in ("place", "unknown")
        and not m.possessive
        and masked[m.end : end].strip(" .,") == ""
        and re.search(r"\bin\s+(?:the\s+)?\Z", masked[max(0, m.start - 8) : m.start]) is not None
        for m in reading.mentions
    )


# A kind of body in small letters after a name, then the words of an office (one to three) before its holder's name:
# ' force western commander ' in 'Kessa Tiger force western commander Dara Venn', ' militia commander '.
_BODY_NOUN_THEN_OFFICE = re.compile(r"\s++([a-z]++)\s++(?:[a-z-]++\s++){1,3}+")


def _body_noun(word: str) -> bool:
    """Whether a word in small letters names a kind of body: a group's ('militia', 'outfit') or a force's ('force',
    'army'), not an office ('commander') nor a body of state that a person may head ('ministry')."""
    return word in _KINDS_OF_BODY or ORG_WORDS.get(word, ("", ""))[1] == "armed-force"

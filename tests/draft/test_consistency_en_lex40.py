"""English, round 40 of issue 17: a denial made without a word of denying is read as a denial, by the right denier
(a generated grid of made-up sentences, the other half of round 35's).

Round 35's grid crossed the words of denying (deny, reject, dismiss, baseless ...). This one crosses what a side says
of its own part in a deed with no such word ('X said it had no role in / nothing to do with / no link to the attack',
'was not behind', 'was not involved', 'played no part', 'did not carry out', 'none of its fighters took part', 'has
never sent fighters to', 'had no knowledge of', 'is not responsible for', 'has no presence in', with 'categorically'
or 'in any way'), in reported speech and in quotations ('we', 'our fighters', 'I'), in the past and the present, with
the verbs that answer a charge ('insisted', 'maintained', 'stressed'), after a charge named nearby ('Asked about the
reports, X said "we never ..."', 'Responding to the accusation, X said ...', 'X said the reports were "lies"', 'X
said there was no truth to claims that ...'); with the frames that decide who the denier is (a body and its
spokesman, a body in a statement signed by its spokesman, a ministry, an embassy and an official of a state, a
pronoun after the denier was named in the sentence before, a second speaker in the same paragraph who does not
deny); and with the negated frames that deny nothing ('X said it could not confirm', 'did not comment', 'X said the
dead were fighters, not civilians', a counter-account that answers no charge named, 'X did not deny', 'the reports
were not rumours'). Each combination must draft one denier, the right one, or none.

'X accused Y of lying' is left out: the project reads it as X calling Y's account false, a denial by X
(tests/draft/test_consistency_en_known27.py), as the gold conventions read a dismissal of what was said.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 40, 886 of the 7478 combinations failed, for every kind of denier alike: 211 a body's 'had no
knowledge of the attack' (only 'of any attack' had been read); 192 a pronoun after a body or a spokesman described,
not named, who issued a statement ('Veloria's defence ministry issued a statement. It said ...': no one's words);
118 the clause after an opening 'According to X,' ('According to the brigade, it had no role'); 117 a verb before a
word of who people are ('it did not send fighters', 'has never sent fighters to X': the guard for 'the dead were not
fighters' read any word before 'fighters'); 89 'has never', 'have never' before an act ('We have never sent
fighters', 'Velorian troops have never sent'); 68 a word that strengthens it between the subject and its verb ('it
categorically had no role', 'had categorically no role'); 63 'not in any way involved' and 'wasn't involved' of a
side named; 28 those charged disowned as none of its own ('the attackers were not its fighters', '"The attack was
not our doing"'). After round 40 none fails. Of the sample the tests run, 145 of the 1200 straight ones failed on
main.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import curly, deniers, unique_paragraphs

LEAD = "Talks resumed in Port Sable on Sunday."


# (kind, subject at the head of a sentence, label its denial gets, the pronoun that starts a sentence after it was
# named (None: not written so), the sides it speaks for in reported speech: (words, plural), its possessive, and its
# side in a quotation: (words, plural))
DENIERS = [
    (
        "group",
        "The Kessel Brigade",
        "Kessel Brigade",
        "It",
        [("it", False), ("the group", False), ("its men", True)],
        "its",
        [("We", True), ("Our fighters", True), ("The brigade", False)],
    ),
    (
        "spokesman",
        "A spokesman for the Kessel Brigade",
        "a spokesman for the Kessel Brigade",
        "He",
        [("it", False), ("the brigade", False), ("its fighters", True)],
        "its",
        [("We", True), ("Our men", True)],
    ),
    (
        "signed",
        "The Kessel Brigade, in a statement signed by its spokesman Lev Arno,",
        "Kessel Brigade",
        None,
        [("it", False), ("its fighters", True)],
        "its",
        [("We", True)],
    ),
    (
        "ministry",
        "Veloria's defence ministry",
        "Veloria's defence ministry",
        "It",
        [("it", False), ("the ministry", False), ("its forces", True)],
        "its",
        [("We", True), ("Our forces", True)],
    ),
    ("person", "Lev Arno", "Lev Arno", "He", [("he", False), ("his men", True)], "his", [("I", False), ("We", True)]),
    (
        "official",
        "A Velorian official",
        "a Velorian official",
        None,
        [("Veloria", False), ("Velorian troops", True)],
        "Veloria's",
        [("We", True), ("Veloria", False)],
    ),
    (
        "embassy",
        "The Velorian embassy in Port Sable",
        "the Velorian embassy in Port Sable",
        "It",
        [("Veloria", False), ("Velorian forces", True)],
        "Veloria's",
        [("Veloria", False), ("Our forces", True)],
    ),
]

ATTACK = "the attack on the convoy"

# What a side says of its own part in the deed, with {was}, {is}, {has} for the number of its subject.
DEEDS = [
    ("no role", "had no role in " + ATTACK),
    ("no role now", "{has} no role in the fighting in Ostravia"),
    ("nothing to do", "had nothing to do with " + ATTACK),
    ("nothing to do now", "{has} nothing to do with " + ATTACK),
    ("absolutely nothing", "had absolutely nothing to do with " + ATTACK),
    ("no link", "had no link to " + ATTACK),
    ("no links now", "{has} no links to the gunmen who attacked the convoy"),
    ("no hand", "had no hand in " + ATTACK),
    ("not behind", "{was} not behind " + ATTACK),
    ("not involved", "{was} not involved in " + ATTACK),
    ("in no way", "{was} in no way involved in " + ATTACK),
    ("not in any way", "{was} not in any way involved in " + ATTACK),
    ("categorically not", "{was} categorically not involved in " + ATTACK),
    ("not linked", "{was} not linked to " + ATTACK),
    ("played no part", "played no part in " + ATTACK),
    ("took no part", "took no part in " + ATTACK),
    ("did not carry out", "did not carry out " + ATTACK),
    ("never carried out", "never carried out " + ATTACK),
    ("never sent", "{has} never sent fighters to Ostravia"),
    ("not responsible", "{is} not responsible for " + ATTACK),
    ("bears no responsibility", "bore no responsibility for " + ATTACK),
    ("no presence", "{has} no presence in Ostravia"),
    ("no forces", "{has} no forces in Ostravia"),
    ("no knowledge", "had no knowledge of " + ATTACK),
]
# Knowing is a body's: a person's own 'he had no knowledge of the attack' may be only not having been told
# (denials._KNOWS_OF_NONE).
BODY_ONLY = {"no knowledge"}

_NUMBER = {False: {"was": "was", "is": "is", "has": "has"}, True: {"was": "were", "is": "are", "has": "have"}}


def deed(template: str, plural: bool) -> str:
    return template.format(**_NUMBER[plural])


# The verb of saying with what opens its clause ('insisted that', 'told reporters').
SAYING = [
    "said",
    "said on Monday that",
    "says",
    "insisted that",
    "insisted",
    "maintained that",
    "stressed that",
    "told reporters",
    "said in a statement that",
]

# The charge answered, set before the speaker.
ANSWERING = [
    "Asked about the reports,",
    "Responding to the accusation,",
    "In response to the reports,",
]

# A judgement in marks of the reports ('said the reports were "lies"').
JUDGED = ["lies", "baseless", "pure fabrication", "completely false", "a lie", "nonsense"]

# First-person deeds in a quotation, with {was}, {is}, {has} for the number of the side.
QUOTED = [
    ("no role", "had no role in " + ATTACK),
    ("nothing to do", "{has} nothing to do with this attack"),
    ("not behind", "{was} not behind " + ATTACK),
    ("not involved", "{was} not involved in " + ATTACK),
    ("played no part", "played no part in " + ATTACK),
    ("did not carry out", "did not carry out " + ATTACK),
    ("never attacked", "never attacked the convoy"),
    ("never sent", "{has} never sent fighters to Ostravia"),
    ("not responsible", "{is} not responsible for " + ATTACK),
    ("no presence", "{has} no presence in Ostravia"),
    ("in no way", "{was} in no way involved in " + ATTACK),
]

# A quotation that disowns the deed or those charged, its subject not the speaker's side.
QUOTED_WHOLE = [
    ("not our doing", "The attack on the convoy was not our doing"),
    ("nothing to do with us", "This attack has nothing to do with us"),
    ("not our men", "The men who attacked the convoy are not our men"),
]

# The deed with a word that strengthens it between its subject and its verb (with {was}, {has} for the number).
FIRM = [
    ("categorically had no role", "categorically had no role in " + ATTACK),
    ("had categorically no role", "had categorically no role in " + ATTACK),
    ("absolutely did not carry out", "absolutely did not carry out " + ATTACK),
    ("categorically was not involved", "categorically {was} not involved in " + ATTACK),
    ("firmly has no forces", "firmly {has} no forces in Ostravia"),
    ("wasn't involved", "{was}n't involved in " + ATTACK),
    ("didn't carry out", "didn't carry out " + ATTACK),
    ("hasn't sent", "{has}n't sent fighters to Ostravia"),
]

# Those charged, disowned as none of the denier's own (with {poss}: 'its', 'his').
DISOWNED = [
    ("not its fighters", "{S} said the attackers were not {poss} fighters"),
    ("not its men", "{S} said the gunmen who attacked the convoy were not {poss} men"),
    ("not members of its", "{S} said the men arrested were not members of {poss} forces"),
    ("not its doing", "{S} said the attack on the convoy was not {poss} doing"),
]

# Frames that deny nothing, with {s} for the subject and {p} for the side it speaks for.
NOT_DENYING = [
    ("could not confirm", "{S} said {p} could not confirm " + ATTACK + "."),
    ("did not comment", "{S} did not comment on " + ATTACK + "."),
    ("declined to comment", "{S} declined to comment on the reports of " + ATTACK + "."),
    ("no comment", "{S} said {p} had no comment on the reports."),
    ("counter-account", "{S} said the dead were fighters, not civilians."),
    ("did not deny", "{S} did not deny that {poss} fighters took part in " + ATTACK + "."),
    ("did not deny the reports", "{S} did not deny the reports of " + ATTACK + "."),
    ("not rumours", "{S} said the reports were not rumours."),
    ("not clear who", "{S} said it was not clear who carried out " + ATTACK + "."),
    ("neither confirm nor deny", "{S} would neither confirm nor deny the reports."),
    ("charge", "{S} said Mira Sol's fighters carried out " + ATTACK + "."),
    ("no injuries", "{S} said no one was hurt in " + ATTACK + "."),
    ("no plans", "{S} said {p} had no plans to attack the convoy."),
    ("did not expect", "{S} said {p} did not expect " + ATTACK + "."),
    ("would not take part", "{S} said {p} would not take part in the talks."),
    ("hedged", "{S} said {p} likely had no role in " + ATTACK + "."),
    ("were not fighters", "{S} said the dead were not fighters."),
    ("had not been fighters", "{S} said the men had not been fighters."),
    ("according to, a charge", "According to {low}, Mira Sol's fighters carried out " + ATTACK + "."),
]

OTHER_FIRST = "Mayor Dara Venn said the brigade attacked the convoy."
OTHER_AFTER = "Mayor Dara Venn said twelve people were wounded."


def _low(subject: str) -> str:
    """The subject inside a sentence ('the Kessel Brigade', not 'The Kessel Brigade')."""
    return subject[0].lower() + subject[1:] if subject.split()[0] in ("The", "A") else subject


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _grid() -> list[tuple[str, tuple[str, ...], str | None]]:
    """(frame, paragraphs, the label of the one denier, or None for none)."""
    out: list[tuple[str, tuple[str, ...], str | None]] = []
    for kind, s, label, anaphor, sides, poss, quoted_sides in DENIERS:
        low = _low(s)
        # 1. reported speech, one's own part, crossed with the verbs of saying
        for side, plural in sides:
            for name, template in DEEDS:
                if name in BODY_ONLY and kind == "person":
                    continue
                what = deed(template, plural)
                for verb in SAYING:
                    if s.endswith(",") and verb.startswith("said in"):
                        continue
                    out.append((f"{kind}|reported|{verb}|{side}|{name}", (f"{s} {verb} {side} {what}.",), label))
                # the charge answered before it
                for answering in ANSWERING:
                    out.append(
                        (
                            f"{kind}|answered|{answering}|{side}|{name}",
                            (f"{answering} {low} said {side} {what}.",),
                            label,
                        )
                    )
                # the denier named in the sentence before, then a pronoun
                if anaphor is not None and not s.endswith(","):
                    out.append(
                        (
                            f"{kind}|anaphor|{side}|{name}",
                            (f"{s} issued a statement on Monday. {anaphor} said {side} {what}.",),
                            label,
                        )
                    )
                # a second speaker in the same paragraph who does not deny, before and after
                out.append((f"{kind}|other first|{side}|{name}", (f"{OTHER_FIRST} {s} said {side} {what}.",), label))
                out.append((f"{kind}|other after|{side}|{name}", (f"{s} said {side} {what}. {OTHER_AFTER}",), label))
            # none of its own took part
            out.append((f"{kind}|none of|{side}", (f"{s} said none of {poss} fighters took part in {ATTACK}.",), label))
            out.append(
                (f"{kind}|none of were|{side}", (f"{s} said none of {poss} members were involved in {ATTACK}.",), label)
            )
            # a charge answered with the claim named
            out.append(
                (
                    f"{kind}|no truth to claims|{side}",
                    (f"{s} said there was no truth to claims that {side} attacked the convoy.",),
                    label,
                )
            )
        # the deed with a word that strengthens it between the subject and the verb, and after 'According to X,'
        for side, plural in sides:
            for name, template in FIRM:
                what = deed(template, plural)
                out.append((f"{kind}|firm|{side}|{name}", (f"{s} said {side} {what}.",), label))
            if not s.endswith(","):
                for name, template in DEEDS:
                    if name in BODY_ONLY and kind == "person":
                        continue
                    what = deed(template, plural)
                    out.append((f"{kind}|according to|{side}|{name}", (f"According to {low}, {side} {what}.",), label))
        # those charged disowned as none of its own
        if poss in ("its", "his"):
            for name, template in DISOWNED:
                out.append((f"{kind}|disowned|{name}", (template.format(S=s, poss=poss) + ".",), label))
        # 2. in a quotation, first person
        for side, plural in quoted_sides:
            for name, template in QUOTED:
                words = f"{side} {deed(template, plural)}"
                out.append((f"{kind}|quoted after|{side}|{name}", (f'"{words}," {low} said.',), label))
                if not s.endswith(","):
                    out.append((f"{kind}|quoted colon|{side}|{name}", (f'{s} said: "{words}."',), label))
                    out.append(
                        (
                            f"{kind}|quoted asked|{side}|{name}",
                            (f'Asked about the reports, {low} said: "{words}."',),
                            label,
                        )
                    )
                    out.append(
                        (
                            f"{kind}|quoted responding|{side}|{name}",
                            (f'Responding to the accusation, {low} said: "{words}."',),
                            label,
                        )
                    )
                out.append(
                    (f"{kind}|quoted other first|{side}|{name}", (f'{OTHER_FIRST} "{words}," {low} said.',), label)
                )
        for name, words in QUOTED_WHOLE:
            out.append((f"{kind}|quoted whole after|{name}", (f'"{words}," {low} said.',), label))
            if not s.endswith(","):
                out.append((f"{kind}|quoted whole colon|{name}", (f'{s} said: "{words}."',), label))
        # 3. the reports judged in marks
        for judged in JUDGED:
            out.append((f"{kind}|judged in marks|{judged}", (f'{s} said the reports were "{judged}".',), label))
            out.append(
                (
                    f"{kind}|judged accusation|{judged}",
                    (f'{s} said the accusation that {sides[0][0]} attacked the convoy was "{judged}".',),
                    label,
                )
            )
        # 4. negated frames that deny nothing
        for name, template in NOT_DENYING:
            text = template.format(S=s, p=sides[0][0], poss=poss, low=low)
            if s.endswith(",") and not template.startswith("{S} said"):
                continue
            out.append((f"{kind}|none|{name}", (text,), None))
    return unique_paragraphs(out)


GRID = _grid()
SAMPLE = sorted(random.Random(40).sample(range(len(GRID)), min(len(GRID), 1200)))


def _case(i: int, marks: str):
    frame, paragraphs, label = GRID[i]
    if marks == "curly":
        paragraphs = tuple(curly(p) for p in paragraphs)
        label = curly(label) if label else label
    return pytest.param(paragraphs, label, id=f"{marks}|{frame}")


@pytest.mark.parametrize(
    ("paragraphs", "label"), [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::4]]
)
def test_a_denial_of_ones_own_part_is_drafted_by_the_right_denier(paragraphs, label) -> None:
    assert deniers("en", LEAD, *paragraphs, once=True) == ([label] if label else [])

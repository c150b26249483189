"""Denials and acknowledgements: what was denied or acknowledged, in the article's words.

    Iraq's defence ministry acknowledged at the time that it had received Syrian
    military personnel, but it has denied hosting foreign non-Iraqi militias.

gives acknowledged 'that it had received Syrian military personnel' and
denied 'hosting foreign non-Iraqi militias': each verb's object runs to the
end of its clause (', but', '; ', the next verb of saying, the sentence's end),
less time phrases before it ('at the time', 'on Friday').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.draft.speakers import Act, Reading
from generator.draft.verbs import find_verbs

_CLAUSE_END = re.compile(r",?\s+but\s+|;\s|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|\s-\s|\u2014")
_LEAD = re.compile(
    r"^(?:(?:at the time|on \w+|in \d{4}|also|later|previously|earlier|repeatedly|strongly|flatly|categorically|"
    r"publicly|again)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Denial:
    """A sentence in which someone denies or acknowledges something."""

    reading: Reading
    act: Act
    denied: tuple[str, ...]
    acknowledged: tuple[str, ...]


def find_denial(reading: Reading) -> Denial | None:
    """The denial or acknowledgement a sentence reports, if it reports one."""
    acts = [a for a in reading.acts if a.verb.denial]
    if not acts:
        return None
    if re.search(r"\b(?:not|never|no longer)\s+$", reading.sentence.paragraph.masked[: acts[0].verb.start]):
        return None  # 'did not deny' is neither
    denied: list[str] = []
    acknowledged: list[str] = []
    for act in acts:
        what = _object(reading, act)
        if not what:
            continue
        (denied if act.verb.denial == "denied" else acknowledged).append(what)
    if not denied and not acknowledged:
        return None
    return Denial(reading, acts[0], tuple(denied), tuple(acknowledged))


def _object(reading: Reading, act: Act) -> str:
    sentence = reading.sentence
    text, masked = sentence.paragraph.text, sentence.paragraph.masked
    end = sentence.end
    later = [v.start for v in find_verbs(sentence.masked, sentence.start) if v.start > act.verb.end]
    if later:
        end = min(end, later[0])
    stop = _CLAUSE_END.search(masked, act.verb.end, end)
    if stop:
        end = stop.start()
    what = text[act.verb.end : end].strip()
    what = re.sub(r"(?:,|\s+and|\s+or|\s+but)*[\s.,;:]*$", "", what)
    what = _LEAD.sub("", what).strip()
    return what

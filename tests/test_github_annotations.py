"""`--format github`: content in a problem's message or path can neither start a workflow command nor change one.

The Actions runner reads its log line by line; a line starting with '::' is a
command. Record text reaches annotations through messages (an unknown key, a
bad value), so every annotation must stay one line whose fields decode, with the
runner's own unescaping, to exactly what was reported.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.errors import Issue

_COMMAND = re.compile(r"^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$")
_PIECES = [*list(":,%\r\n\x85\u2028"), "::error::", "%0A", "%25", "::stop-commands::x"]
_CHARACTER = st.one_of(st.sampled_from(_PIECES), st.characters(exclude_categories=("Cs",)))
_TEXT = st.lists(_CHARACTER, max_size=30).map("".join)


def _runner_data(value: str) -> str:
    """How the runner unescapes a command's message (ActionCommand.UnescapeData)."""
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _runner_property(value: str) -> str:
    return _runner_data(value.replace("%3A", ":").replace("%2C", ","))


@given(path=_TEXT, message=_TEXT, hint=_TEXT)
def test_an_annotation_is_one_command_line_that_decodes_to_the_issue(path, message, hint):
    line = Issue(path, 3, 1, "unknown-field", message, hint).github()
    assert "\n" not in line and "\r" not in line
    match = _COMMAND.match(line)
    assert match is not None
    assert _runner_property(match[2]) == path
    assert _runner_data(match[6]) == message + (f" (hint: {hint})" if hint else "")

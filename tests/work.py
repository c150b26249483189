"""Counting the work code does, for tests of how it grows with its input (never of how long it takes)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any


def lines_run(fn: Callable[..., Any], *args: Any, modules: tuple[ModuleType, ...], **kwargs: Any) -> tuple[Any, int]:
    """Call ``fn`` and count the lines of Python run in ``modules`` meanwhile; each pass of a loop counts again.

    Deterministic, unlike a clock: doubling the input doubles the count of a linear
    function and quadruples that of a quadratic one, whatever else the machine is doing.
    """
    files = {str(Path(m.__file__ or "").resolve()) for m in modules}
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if str(Path(frame.f_code.co_filename).resolve()) in files else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, count


class CountingSet(set):
    """A set that counts membership tests: how many lookups an algorithm makes."""

    lookups = 0

    def __contains__(self, item: object) -> bool:
        self.lookups += 1
        return super().__contains__(item)

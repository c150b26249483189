"""What each page read from the corpus, so that a page whose inputs did not change need not be rendered again.

Templates and the helpers they call (links, footnotes, JSON-LD, diagrams, the
timeline) reach the corpus only through the views below. Each view forwards to
the real object and notes a *key* naming what was asked: ``("corpus", "get", id)``,
``("corpus", "claims_about", id)``, ``("archive", source_id)``, ``("updated", id)``.
:class:`Answers` evaluates a key against one corpus and reduces the answer to a
short fingerprint, so the next build can tell whether it would now answer
differently (see :mod:`generator.render.cache`).

Anything a view cannot name as a key (an attribute it does not know, an argument
that is not a plain id) marks the page *opaque*, and an opaque page is always
rendered again: a dependency we failed to see must cost time, never leave a stale page.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from generator.model.archive import ArchivedText
from generator.model.corpus import Corpus
from generator.model.reverse import REVERSES
from generator.render.lookup import Lookup

Key = tuple[str, ...]

CORPUS_KEYED = ("get", "type_of", "of_type", *REVERSES)
"""Corpus queries a page may make, each answered from its (string) arguments alone: every reverse lookup
the model declares is among them, so a new one is tracked without being listed here."""
LOOKUP_KEYED = ("path_of", "citing_records")
"""Lookup queries keyed the same way."""
LOOKUP_PURE = ("sources_of", "by_date")
"""Lookup helpers that compute from their arguments only: nothing to note."""


class Recorder:
    """The keys noted while rendering the current page."""

    def __init__(self) -> None:
        self.keys: set[Key] = set()
        self.opaque = False

    def start(self) -> None:
        self.keys = set()
        self.opaque = False

    def note(self, *key: Any) -> None:
        if all(part is None or isinstance(part, str) for part in key):
            self.keys.add(key)
        else:
            self.opaque = True  # an argument we cannot write down: never reuse this page


def _keyed(target: str, name: str) -> Callable[..., Any]:
    def query(self: Any, *args: Any) -> Any:
        self._recorder.note(target, name, *args)
        return getattr(self._real, name)(*args)

    query.__name__ = name
    return query


class _Opaque:
    """Forwards unknown attributes to the real object, marking the page opaque."""

    _real: Any
    _recorder: Recorder

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        self._recorder.opaque = True
        return getattr(self._real, name)


class MappingView(_Opaque):
    """A read-only mapping whose lookups are noted as ``(target, key)``; reading it whole notes ``(target, "*")``."""

    def __init__(self, target: str, real: Mapping[str, Any], recorder: Recorder) -> None:
        self._target, self._real, self._recorder = target, real, recorder

    def get(self, key: str, default: Any = None) -> Any:
        self._recorder.note(self._target, key)
        return self._real.get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._recorder.note(self._target, key)
        return self._real[key]

    def __contains__(self, key: object) -> bool:
        self._recorder.note(self._target, key)
        return key in self._real

    def _whole(self) -> Mapping[str, Any]:
        self._recorder.note(self._target, "*")
        return self._real

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())

    def keys(self):
        return self._whole().keys()

    def values(self):
        return self._whole().values()

    def items(self):
        return self._whole().items()


class CorpusView(_Opaque):
    """The corpus as templates see it."""

    def __init__(self, real: Corpus, recorder: Recorder) -> None:
        self._real, self._recorder = real, recorder
        self.archives = MappingView("archive", real.archives, recorder)
        self.records = MappingView("record", real.records, recorder)

    def __iter__(self) -> Iterator[Any]:
        self._recorder.note("corpus", "all")
        return iter(self._real)

    def all_of(self, cls: type) -> Any:
        # The same question as of_type, asked with the record class; keyed the same way.
        return self.of_type(cls.TYPE)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        self._recorder.note("corpus", "all")
        return len(self._real)


for _name in CORPUS_KEYED:
    setattr(CorpusView, _name, _keyed("corpus", _name))


class LookupView(_Opaque):
    """The lookup as templates and :class:`~generator.render.page.PageContext` see it."""

    def __init__(self, real: Lookup, corpus: CorpusView, recorder: Recorder) -> None:
        self._real, self.corpus, self._recorder = real, corpus, recorder

    def locate(self, citation: Any) -> Any:
        # Where a quote sits depends on the citation (part of a record the page already
        # depends on) and on its source's archived text.
        self._recorder.note("archive", citation.source)
        return self._real.locate(citation)

    def paragraph(self, citation: Any) -> Any:
        self._recorder.note("archive", citation.source)
        return self._real.paragraph(citation)


for _name in LOOKUP_KEYED:
    setattr(LookupView, _name, _keyed("lookup", _name))
for _name in LOOKUP_PURE:
    setattr(LookupView, _name, lambda self, *args, _n=_name: getattr(self._real, _n)(*args))


class ExtrasView(_Opaque):
    """The build's extras: dates and history from git per record, corrections, downloads; the rest (diagrams,
    site_url, directory_urls, the editorial settings from mkdocs.yml) is part of the render stamp."""

    def __init__(self, real: Any, recorder: Recorder) -> None:
        self._real, self._recorder = real, recorder
        self.updated = MappingView("updated", real.updated, recorder)
        self.history = MappingView("history", real.history, recorder)
        self.diagrams = real.diagrams
        self.site_url = real.site_url
        self.directory_urls = real.directory_urls
        self.editorial = real.editorial

    @property
    def downloads(self) -> Any:
        self._recorder.note("downloads")
        return self._real.downloads

    @property
    def corrections(self) -> Any:
        self._recorder.note("corrections")
        return self._real.corrections


class Answers:
    """What each key answers in one corpus, as a fingerprint; each key is evaluated once per build."""

    def __init__(
        self,
        corpus: Corpus,
        lookup: Lookup,
        *,
        updated: Mapping[str, Any],
        downloads: Any,
        history: Mapping[str, Any] | None = None,
        corrections: Any = (),
        counts: Mapping[str, int],
        computed: Mapping[str, Callable[[], Any]],
    ) -> None:
        self.corpus, self.lookup = corpus, lookup
        self.mappings: dict[str, Mapping[str, Any]] = {
            "archive": corpus.archives,
            "record": corpus.records,
            "updated": updated,
            "counts": counts,
            "history": history or {},
        }
        self.downloads = downloads
        self.corrections = corrections
        self.computed = computed
        self._memo: dict[Key, str | None] = {}
        self._records: dict[str, str] = {}
        self._archives: dict[int, str] = {}

    def fingerprint(self, key: Key) -> str | None:
        """The answer's fingerprint, or None when the key cannot be answered (which never matches)."""
        if key not in self._memo:
            try:
                parts: list[str] = []
                self._canonical(self._evaluate(key), parts)
                self._memo[key] = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
            except Exception:  # an unknown key from an older cache, or an answer we cannot fingerprint
                self._memo[key] = None
        return self._memo[key]

    def _evaluate(self, key: Key) -> Any:
        target, *args = key
        if target == "corpus" and args[0] in CORPUS_KEYED:
            return getattr(self.corpus, args[0])(*args[1:])
        if target == "corpus" and args == ["all"]:
            return list(self.corpus)
        if target == "lookup" and args[0] in LOOKUP_KEYED:
            return getattr(self.lookup, args[0])(*args[1:])
        if target in self.mappings and len(args) == 1:
            mapping = self.mappings[target]
            return sorted(mapping.items()) if args[0] == "*" else mapping.get(args[0])
        if target == "downloads" and not args:
            return self.downloads
        if target == "corrections" and not args:
            return self.corrections
        if target == "computed" and len(args) == 1:
            return self.computed[args[0]]()
        raise KeyError(key)

    def record_fingerprint(self, record: BaseModel) -> str:
        record_id = record.id  # type: ignore[attr-defined]
        if record_id not in self._records:
            self._records[record_id] = hashlib.sha1(record.model_dump_json().encode("utf-8")).hexdigest()[:20]
        return self._records[record_id]

    def _canonical(self, value: Any, out: list[str]) -> None:
        if value is None or isinstance(value, (str, int, float, bool)):
            out.append(repr(value))
        elif isinstance(value, BaseModel) and hasattr(value, "TYPE"):
            out.append(f"R{value.id}:{self.record_fingerprint(value)}")  # type: ignore[attr-defined]
        elif isinstance(value, BaseModel):
            out.append(type(value).__name__ + value.model_dump_json())
        elif isinstance(value, ArchivedText):
            if id(value) not in self._archives:
                self._archives[id(value)] = hashlib.sha1(value.text.encode("utf-8")).hexdigest()
            out.append("A" + self._archives[id(value)])
        elif isinstance(value, (list, tuple)):
            out.append("[")
            for item in value:
                self._canonical(item, out)
            out.append("]")
        elif isinstance(value, dict):
            out.append("{")
            for item in sorted(value.items()):
                self._canonical(item, out)
            out.append("}")
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            out.append(type(value).__name__)
            self._canonical([getattr(value, f.name) for f in dataclasses.fields(value)], out)
        else:
            raise TypeError(f"cannot fingerprint {type(value).__name__}")

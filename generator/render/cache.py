"""Reusing pages from the previous render when nothing they read has changed.

After each render the cache (a JSON file in build/) records, for every page, the
keys it read (see :mod:`generator.render.tracking`), the fingerprint each key
answered, and a hash of the Markdown written. The next render re-evaluates each
distinct key once against the new corpus; a page is reused (read back from the
docs folder) only when all its keys still answer the same, the stamp (templates,
factsheet's code, the settings) is unchanged, and the docs file still holds
exactly what was written. Anything else (no cache, a corrupt one, an opaque page,
a file edited by hand) renders the page again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from generator.render.tracking import Answers, Key
from generator.writefile import write_atomic

CACHE_VERSION = 1


def _key_text(key: Key) -> str:
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1 << 18)  # a key is read back several times per build, and again on every preview edit
def _key(text: str) -> Key:
    return tuple(json.loads(text))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class RenderCache:
    """The previous render's record of keys and pages, and what this render records for the next."""

    path: Path
    """The cache file (build/render-cache.json)."""
    docs_dir: Path
    """Where the previous render's Markdown was written."""
    stamp: str
    """Everything besides the corpus that shapes a page; a different stamp reuses nothing."""
    use_previous: bool = True
    """False renders every page (``build --full``) but still records for the next build."""
    provisional: Callable[[str], bool] | None = None
    """Which pages to take as the previous render left them, whatever changed (the preview's quick
    pass leaves the corpus-wide pages to its second pass). They are not recorded, so the next
    render renders them again."""
    reused_paths: set[str] = field(default_factory=set)
    """Pages taken from the previous render in this run (read back from the docs folder just now)."""
    rendered_paths: set[str] = field(default_factory=set)
    """Pages rendered in this run."""
    _previous_values: dict[str, str | None] = field(default_factory=dict)
    _previous_pages: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    _pages: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    _same: dict[str, bool] = field(default_factory=dict)
    """By key: whether it answers now as it did in the previous render."""

    def __post_init__(self) -> None:
        if self.use_previous:
            self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != CACHE_VERSION or data.get("stamp") != self.stamp:
                return
            keys: list[str] = data["keys"]
            values: list[str | None] = data["values"]
            if not all(isinstance(k, str) and all(p is None or isinstance(p, str) for p in _key(k)) for k in keys):
                return
            pages = {path: (entry["sha256"], [keys[i] for i in entry["keys"]]) for path, entry in data["pages"].items()}
            previous_values = dict(zip(keys, values, strict=True))
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return  # no cache, or one we cannot trust: render everything
        self._previous_values = previous_values
        self._previous_pages = pages

    def reuse(self, page_path: str, answers: Answers) -> str | None:
        """The page's Markdown from the previous render, if nothing it read has changed; else None."""
        if self.provisional is not None and self.provisional(page_path):
            try:
                markdown = (self.docs_dir / page_path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None
            self.reused_paths.add(page_path)
            return markdown
        entry = self._previous_pages.get(page_path)
        if entry is None:
            return None
        sha, keys = entry
        for text in keys:
            if text not in self._same:
                previous = self._previous_values.get(text)
                self._same[text] = previous is not None and answers.fingerprint(_key(text)) == previous
            if not self._same[text]:
                return None
        try:
            markdown = (self.docs_dir / page_path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if text_hash(markdown) != sha:
            return None
        self._pages[page_path] = (sha, keys)
        self.reused_paths.add(page_path)
        return markdown

    @property
    def reused(self) -> int:
        return len(self.reused_paths)

    def rendered(self, page_path: str, markdown: str, keys: Iterable[Key] | None) -> None:
        """Record a freshly rendered page; ``keys`` None (an opaque page) leaves it out of the cache."""
        self.rendered_paths.add(page_path)
        if keys is not None:
            self._pages[page_path] = (text_hash(markdown), sorted(_key_text(k) for k in keys))
        else:
            self._pages.pop(page_path, None)

    def save(self, answers: Answers) -> None:
        """Write what this render read, with this corpus's answers, for the next render."""
        index: dict[str, int] = {}
        pages = {}
        for page_path, (sha, keys) in sorted(self._pages.items()):
            pages[page_path] = {"sha256": sha, "keys": [index.setdefault(k, len(index)) for k in keys]}
        keys_in_order = list(index)
        body = {
            "version": CACHE_VERSION,
            "about": "What each generated page read from the corpus; a page is rendered again only when that changed.",
            "stamp": self.stamp,
            "keys": keys_in_order,
            "values": [answers.fingerprint(_key(k)) for k in keys_in_order],
            "pages": pages,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(body, ensure_ascii=False, separators=(",", ":")) + "\n")

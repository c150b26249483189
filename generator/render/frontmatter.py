"""Page front matter, written by a YAML emitter and read back with MkDocs' own reader.

MkDocs reads the block between the first two ``---`` lines of a page with PyYAML's
safe loader (:func:`mkdocs.utils.meta.get_data`). When that fails, it says nothing:
the page loses its title and description, and the block is rendered as Markdown,
where whatever a value holds can become a link or an attribute list. So:

- :func:`front_matter` escapes every text value for Markdown and HTML alike (the
  theme prints ``page.meta.title`` into the page unescaped, and a block that were
  ever rendered as Markdown would then still do nothing), writes it with PyYAML's
  emitter, and parses the result back with MkDocs' reader, raising
  :class:`~generator.errors.BuildError` unless it reads exactly what was meant;
- :func:`front_matter_problem` checks a finished page the same way, so that
  ``factsheet build`` refuses a page (from any template, ours or an editor's) whose
  front matter MkDocs would drop, before MkDocs runs.
"""

from __future__ import annotations

from typing import Any

import yaml

from generator.errors import BuildError
from generator.render.escape import Safe, escape_md

MetaValue = str | bool
FENCE = "---"


# libyaml's emitter when PyYAML has it: eight times faster than the pure-Python one, and every page has front matter.
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Keys plain, every text value double-quoted: no value that a YAML 1.1 reader could take for a number or a date."""


def _mapping(dumper: yaml.SafeDumper, data: dict[str, MetaValue]) -> yaml.MappingNode:
    pairs = [
        (yaml.ScalarNode("tag:yaml.org,2002:str", key), dumper.represent_data(value)) for key, value in data.items()
    ]
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


_Dumper.add_representer(dict, _mapping)
_Dumper.add_representer(str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"'))


def meta_text(value: Any) -> str:
    """A value as it goes into front matter: one line, escaped for Markdown and HTML, ends trimmed."""
    return escape_md(" ".join(str(value).split())).strip(" ")  # a dropped character may leave a space at an end


def front_matter(**fields: Any) -> Safe:
    """The ``---`` block for a page's metadata; fields given as None are left out.

    Text is escaped with :func:`meta_text`; ``True`` and ``False`` stay booleans
    (``pagefind: false``). Raises :class:`BuildError` if MkDocs would not read the
    block back as exactly these values.
    """
    values: dict[str, MetaValue] = {}
    for key, value in fields.items():
        if value is None:
            continue
        values[key] = value if isinstance(value, bool) else meta_text(value)
    body = yaml.dump(values, Dumper=_Dumper, allow_unicode=True, width=2**31 - 1)
    block = f"{FENCE}\n{body}{FENCE}"
    read, rest = read_front_matter(block + "\n\n# Page\n")
    if read != values or rest != "# Page\n":
        raise BuildError(
            f"front matter {values!r} would not be read back as written",
            hint="a value holds something YAML cannot carry; report this as a bug in factsheet",
        )
    return Safe(block)


def read_front_matter(markdown: str) -> tuple[dict[str, Any] | None, str]:
    """What MkDocs reads from a page: its metadata (None when there is no block, or it is dropped) and the rest.

    Uses MkDocs' own reader, so that what this accepts is what the site shows.
    """
    from mkdocs.utils.meta import YAML_RE, get_data  # here: importing mkdocs costs time that rendering alone need not

    markdown = str(markdown)  # a plain string: joining text to a Safe would escape it
    rest, meta = get_data(markdown)
    if not YAML_RE.match(markdown) or rest == markdown:
        return None, rest
    return meta, rest


def front_matter_problem(markdown: str) -> str | None:
    """Why MkDocs would not give this page its title from front matter, or None when it would."""
    if not markdown.startswith(FENCE + "\n"):
        return "the page does not begin with a front matter block (---)"
    meta, _ = read_front_matter(markdown)
    if meta is None:
        return "MkDocs cannot read its front matter as YAML and would show it as text"
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        return "its front matter has no title"
    return None

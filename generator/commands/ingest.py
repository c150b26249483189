"""`factsheet ingest FILE_OR_URL`: archive an article under seeds/ and write its source record.

The logic lives in :mod:`generator.ingest`; this module only maps options to
it and reports what was written. Exit status: 0 when the article was archived
or was already, 1 when it cannot be (unreadable input, a taken id, a network
failure, a redirect to an address ingest refuses, a fetch past its time or
size limit), 2 for wrong usage (a missing file, an unsupported or non-public
address, a language or publisher that must be given).
"""

from __future__ import annotations

import click

from generator.commands.common import Settings, pass_settings
from generator.ingest import Overrides, ingest
from generator.ingest.extract import Article
from generator.ingest.fetch import FetchLimits
from generator.model.archive import HEADLINE_WORDS, ArchivedText, looks_like_headline


@click.command("ingest")
@click.argument("target", metavar="FILE_OR_URL")
@click.option("--id", "source_id", help="The source's id (file name). Default: publisher, year-month and title words.")
@click.option("--title", help="The headline, where the page's own is missing or wrong.")
@click.option("--publisher", help="The outlet that published it (needed when the page does not say).")
@click.option("--language", help="BCP 47 tag of the text, e.g. en or ar (needed when the page does not declare it).")
@click.option("--published", help="Publication date with the precision known: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--url", help="The article's original http(s) address (for a saved copy).")
@click.option(
    "--allow-private-addresses",
    is_flag=True,
    help="Also fetch from loopback, private and link-local addresses (a server on your own network).",
)
@pass_settings
def command(
    settings: Settings,
    target: str,
    source_id: str | None,
    title: str | None,
    publisher: str | None,
    language: str | None,
    published: str | None,
    url: str | None,
    allow_private_addresses: bool,
) -> None:
    """Archive the article at FILE_OR_URL (HTML or plain text) as seeds/ID.txt and write content/source/ID.yaml."""
    project = settings.project()
    overrides = Overrides(
        id=source_id, title=title, publisher=publisher, language=language, published=published, url=url
    )
    result = ingest(project, target, overrides, limits=FetchLimits(allow_private=allow_private_addresses))
    if not result.created:
        click.echo(f"already ingested as {result.source_id}")
        return
    click.echo(project.relative(result.archive))
    click.echo(project.relative(result.record))
    article = result.article
    if article is not None and article.dropped:
        settings.say(f"dropped {len(article.dropped)} line(s) of page furniture:")
        for line in article.dropped:
            settings.say(f"  [{line.reason}] {line.line.strip()[:100]}")
    settings.say(
        f"archived {paragraph_summary(result.archive.read_text(encoding='utf-8'), article)}; "
        f"check {project.relative(result.record)}, then `factsheet draft {result.source_id}`"
    )
    if article is not None and article.title and not looks_like_headline(article.title):
        words = len(article.title.split())
        why = f"{words} words" if words > HEADLINE_WORDS else f"{words} words, ending in a full stop"
        if title:
            # The editor gave the headline: the copy simply has none, and nothing is left to do.
            settings.say(f"¶1 reads as the article's first paragraph ({why}), the lead `factsheet draft` reads")
        else:
            # Said even with --quiet: the record's title is this paragraph until the editor writes a real one.
            click.echo(
                f"note: ¶1, taken as the headline, reads like a paragraph ({why}); "
                "`factsheet draft` reads it as the lead, and if the text has no headline, write one in `title:`",
                err=True,
            )


def paragraph_summary(text: str, article: Article | None) -> str:
    """The archive's paragraphs numbered as citations and the source page number them: ¶1 is the headline, where
    the copy has one."""
    count = len(ArchivedText(text).paragraphs)
    if article is None or not article.title or count < 1:
        return f"{count} paragraph{'s' * (count != 1)}"
    if not looks_like_headline(article.title):  # a copy saved without its headline
        return f"{count} paragraph{'s' * (count != 1)}, the article's text from ¶1"
    if count == 1:
        return "1 paragraph (¶1, the headline; no text below it)"
    return f"{count} paragraphs: ¶1 the headline, ¶2–¶{count} the article's text"

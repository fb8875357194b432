"""The marsad command line: a thin shell over marsad.extraction and marsad.export."""
from __future__ import annotations

import json
import logging
import sys
from datetime import date

import click
from tqdm import tqdm

from marsad import __version__
from marsad.errors import InputError
from marsad.export.acled_csv import write_acled_csv
from marsad.export.geojson import feature_collection
from marsad.export.records import article_record
from marsad.export.table import write_table
from marsad.extraction import extract_paths
from marsad.settings import Settings


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None


@click.group()
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """marsad: Arabic conflict news to a sourced, geocoded, dated event dataset."""
    logging.basicConfig(level=logging.WARNING, format="marsad: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none (resolves أمس، يوم الثلاثاء الماضي ...).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "acled-csv", "geojson", "table"]), default="jsonl",
              show_default=True, help="Output format (table: a readable summary, background events left out).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
def extract(paths: tuple[str, ...], published: date | None, fmt: str, output) -> None:
    """Extract coded events from articles, statelessly.

    PATHS are .txt, .html or .jsonl files, directories, or - for standard input. JSONL
    goes to standard output, one line per article, in input order. A record that cannot
    be read is reported on standard error with its file and line, the rest go on, and
    the exit status is 1.

    Example:

        marsad extract article.txt --published 2020-05-10
    """
    settings = Settings.from_env(published=published)
    skipped = 0
    records = []
    items = extract_paths(paths, settings)
    if sys.stderr.isatty():
        items = tqdm(items, unit=" articles", file=sys.stderr, leave=False)
    for item in items:
        if isinstance(item, InputError):
            skipped += 1
            click.echo(f"marsad: skipped {item.location}: {item.reason}", err=True)
            continue
        record = article_record(item)
        if fmt == "jsonl":
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            output.flush()
        else:
            records.append(record)
    if fmt == "acled-csv":
        write_acled_csv(records, output)
    elif fmt == "table":
        write_table(records, output)
    elif fmt == "geojson":
        json.dump(feature_collection(records), output, ensure_ascii=False, indent=1)
        output.write("\n")
    if skipped:
        click.echo(f"marsad: {skipped} record(s) skipped", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

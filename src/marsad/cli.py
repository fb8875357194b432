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
from marsad.export.svg_map import render_svg
from marsad.export.table import write_table
from marsad.extraction import extract_paths
from marsad.evaluation.gold import attach_texts, predict, read_jsonl
from marsad.evaluation.scoring import score_events, score_sentences
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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "acled-csv", "geojson", "table", "svg"]), default="jsonl",
              show_default=True, help="Output format (table: a readable summary; svg: an offline map; both leave background out).")
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
    elif fmt == "svg":
        output.write(render_svg(records))
    elif fmt == "geojson":
        json.dump(feature_collection(records), output, ensure_ascii=False, indent=1)
        output.write("\n")
    if skipped:
        click.echo(f"marsad: {skipped} record(s) skipped", err=True)
        sys.exit(1)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Predictions (marsad extract output); without it marsad extracts from the gold texts.")
@click.option("--texts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Corpus JSONL holding the texts of gold records that carry only an id. Repeatable.")
@click.option("--split", type=click.Choice(["all", "dev", "test"]), default="all", show_default=True,
              help="Score only gold records of this split.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def evaluate(gold: str, pred: str | None, texts: tuple[str, ...], split: str, as_json: bool) -> None:
    """Score events against gold: precision, recall, F1, per type and per field.

    Article-level gold (records with "events") is matched by DESIGN.md's rule; sentence-level
    gold (records with "labels") is scored as ASSAULT / PROTEST.

    Example:

        marsad eval eval/events/gold.jsonl --texts ../shared/data/news/ant_multisource_conflict/ant_multisource_syria_iraq_conflict.jsonl --split test
    """
    try:
        records = [r for r in read_jsonl(gold) if split == "all" or r.get("split", "dev") == split]
        sentences = any("labels" in r for r in records)
        if pred:
            predictions = read_jsonl(pred)
        else:
            # sentence labels score detection: a lone sentence often names no place, so keep unlocated events
            settings = Settings.from_env(unlocated_events=True) if sentences else Settings.from_env()
            predictions = predict(attach_texts(records, texts), settings)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    if sentences:
        result = score_sentences(records, predictions)
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
            return
        for label, figures in result.items():
            click.echo(f"{label:14} P={figures['precision']:.3f} R={figures['recall']:.3f} F1={figures['f1']:.3f} "
                       f"(tp {figures['tp']}, pred {figures['pred']}, gold {figures['gold']})")
        return
    score = score_events(records, predictions)
    if as_json:
        click.echo(json.dumps(score.as_dict(), ensure_ascii=False))
        return
    overall = score.overall
    click.echo(f"events         P={overall['precision']:.3f} R={overall['recall']:.3f} F1={overall['f1']:.3f} "
               f"(tp {overall['tp']}, pred {overall['pred']}, gold {overall['gold']}; "
               f"background coded as news: {score.background_false_positives})")
    for event_type, figures in score.by_type.items():
        click.echo(f"  {str(event_type):28} P={figures['precision']:.3f} R={figures['recall']:.3f} F1={figures['f1']:.3f} "
                   f"(gold {figures['gold']}, pred {figures['pred']})")
    click.echo("matched pairs: " + ", ".join(
        f"{name} {value:.3f}" if value is not None else f"{name} -" for name, value in score.fields.items()))


if __name__ == "__main__":
    main()

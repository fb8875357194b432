"""The `marsad extract` surface of DESIGN.md: output contract and bad-input rules."""
from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

EVENT_KEYS = {
    "event_type", "sub_event_type", "event_date", "time_precision", "date_text",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "country", "iso", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "source", "modality", "notes", "confidence", "trigger", "evidence",
}
ACLED_COLUMNS = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")

GOOD_FIRST = {"id": "snn-2015-07-21-02880", "text": "واس- الرياض: نفّذت قوات التحالف الدولي ضد تنظيم \"داعش\" "
              "الإرهابي تسع ضربات جوية على مواقع التنظيم في محافظة الرقة.", "published": "2015-07-21"}
GOOD_LAST = {"id": "snn-last", "text": "وقتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على مدينة درعا جنوب سوريا أمس الأحد."}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def assert_events_index_text(record: dict, text: str) -> None:
    for event in record["events"]:
        assert EVENT_KEYS <= set(event), EVENT_KEYS - set(event)
        trigger = event["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
        for spans in event["evidence"].values():
            for start, end in spans:
                assert 0 <= start < end <= len(text)


def test_cli_extract_seed_prints_one_line_with_full_events(seed_path: Path, seed_text: str) -> None:
    result = run("extract", str(seed_path), "--published", "2020-05-10")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["published"] == "2020-05-10"
    assert record["dateline"] == "تركيا - غازي عنتاب"
    assert record["outlet"] in {"وكالة زيتون", "Zaitun Agency"}  # the byline, maybe resolved to its registry name
    assert record["events"]
    assert_events_index_text(record, seed_text)


def test_cli_extract_seed_in_a_subprocess(seed_path: Path, seed_text: str) -> None:
    script = Path(sys.executable).with_name("marsad")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "marsad"]
    done = subprocess.run(
        command + ["extract", str(seed_path), "--published", "2020-05-10"],
        capture_output=True, timeout=300, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    (line,) = done.stdout.decode("utf-8").splitlines()
    assert_events_index_text(json.loads(line), seed_text)


def test_cli_extract_bad_jsonl_records_named_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps(GOOD_FIRST, ensure_ascii=False) + "\n"
        + '{"id": "broken", "text": "قصف\n'
        + json.dumps({"id": "no-text", "title": "غارات على إدلب"}, ensure_ascii=False) + "\n"
        + json.dumps(GOOD_LAST, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = run("extract", str(path))
    assert_no_traceback(result)
    assert result.exit_code != 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["snn-2015-07-21-02880", "snn-last"]
    err = result.stderr.splitlines()
    assert len([line for line in err if "bad.jsonl:2" in line]) == 1
    assert len([line for line in err if "bad.jsonl:3" in line]) == 1
    assert not [line for line in err if "bad.jsonl:1" in line or "bad.jsonl:4" in line]


def test_cli_extract_good_records_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (GOOD_FIRST, GOOD_LAST)), encoding="utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0, result.stderr
    for line, given in zip(result.stdout.splitlines(), (GOOD_FIRST, GOOD_LAST)):
        assert_events_index_text(json.loads(line), given["text"])


def test_cli_extract_missing_file_named_once(tmp_path: Path, seed_path: Path) -> None:
    missing = tmp_path / "missing-article.txt"
    result = run("extract", str(missing), str(seed_path))
    assert_no_traceback(result)
    assert result.exit_code != 0
    assert len([line for line in result.stderr.splitlines() if "missing-article.txt" in line]) == 1
    assert len(result.stdout.splitlines()) == 1  # the seed is still processed


def test_cli_extract_undecodable_file_named_and_skipped(tmp_path: Path, seed_path: Path) -> None:
    noise = tmp_path / "noise.txt"
    rng = random.Random(7)
    noise.write_bytes(bytes(rng.getrandbits(8) for _ in range(2048)))
    result = run("extract", str(noise), str(seed_path))
    assert_no_traceback(result)
    assert result.exit_code != 0
    assert len([line for line in result.stderr.splitlines() if "noise.txt" in line]) == 1
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_cli_extract_decodes_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    text = GOOD_LAST["text"]
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    result = run("extract", str(path), "--published", "2015-07-27")
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert_events_index_text(json.loads(line), text)


def test_cli_extract_stdin(seed_text: str) -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--published", "2020-05-10"], input=seed_text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert_events_index_text(json.loads(line), seed_text)


def test_cli_extract_acled_csv_header(seed_path: Path) -> None:
    result = run("extract", str(seed_path), "--published", "2020-05-10", "--format", "acled-csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ACLED_COLUMNS
    assert len(rows) > 1 and all(len(row) == len(ACLED_COLUMNS) for row in rows)


def test_cli_extract_geojson_feature_collection(seed_path: Path) -> None:
    result = run("extract", str(seed_path), "--published", "2020-05-10", "--format", "geojson")
    assert result.exit_code == 0, result.stderr
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"]
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lon < 42 and 32 < lat < 37  # Syria


@pytest.mark.parametrize("value", ["notadate", "10-05-2020", "2020-13-01"])
def test_cli_extract_bad_published_is_a_usage_error(seed_path: Path, value: str) -> None:
    result = run("extract", str(seed_path), "--published", value)
    assert result.exit_code == 2
    assert "--published" in result.stderr
    assert_no_traceback(result)


def test_cli_extract_needs_a_path() -> None:
    assert run("extract").exit_code == 2

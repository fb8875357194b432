"""marsad eval agrees with the independent reference scorers in ../shared/tools."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from helpers import SHARED, need
from marsad.cli import main
from marsad.evaluation.scoring import match_events, score_events, score_sentences

STRIKE = {"event_type": "Explosions/Remote violence", "latitude": 34.45, "longitude": 40.92, "admin1": "Deir-ez-Zor",
          "event_date": "2020-05-05", "time_precision": 1, "actor1": "Global Coalition Against Daesh",
          "sub_event_type": "Air/drone strike", "fatalities": 0}
PATROL = {"event_type": "Strategic developments", "latitude": 35.02, "longitude": 40.45, "admin1": "Deir-ez-Zor",
          "event_date": "2020-05-09", "time_precision": 1, "actor1": "Military Forces of Russia (2000-)"}
HISTORY = {"event_type": "Explosions/Remote violence", "latitude": 33.3, "longitude": 44.4, "modality": "background",
           "event_date": "2020-01-03", "time_precision": 1}


def gold_and_predictions():
    gold = [{"id": "a", "events": [STRIKE, PATROL, HISTORY]}, {"id": "b", "events": [dict(PATROL, time_precision=3)]}]
    pred = [
        {"id": "a", "events": [
            dict(STRIKE, latitude=34.5),                      # 6 km off: still a match, not within 5 km
            dict(PATROL, event_date="2020-05-08"),            # wrong day at precision 1: no match
            dict(HISTORY, modality="reported"),               # history coded as news
        ]},
        {"id": "b", "events": [dict(PATROL, event_date="2020-05-28")]},  # same month: a match at precision 3
    ]
    return gold, pred


def test_scoring_matches_by_type_place_and_date_window():
    gold, pred = gold_and_predictions()
    score = score_events(gold, pred)
    assert (score.overall["tp"], score.overall["pred"], score.overall["gold"]) == (2, 4, 3)
    assert score.background_false_positives == 1
    assert score.fields["within_5km"] == 0.5


def test_scoring_background_never_matches_news():
    assert match_events([HISTORY], [dict(HISTORY, modality="reported")]) == []


def test_scoring_agrees_with_the_reference_event_scorer(tmp_path):
    tool = need(SHARED / "tools" / "score_events.py")
    gold, pred = gold_and_predictions()
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in gold), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("\n".join(json.dumps(r) for r in pred), encoding="utf-8")
    line = subprocess.run([sys.executable, str(tool), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")],
                          capture_output=True, text=True, check=True).stdout.split()
    reference = dict(item.split("=") for item in line)
    ours = score_events(gold, pred)
    for name in ("precision", "recall", "f1"):
        assert ours.overall[name] == pytest.approx(float(reference[name]), abs=1e-3)
    assert ours.background_false_positives == int(reference["background_fp"])


def test_scoring_sentence_labels_agree_with_the_reference_gsr_scorer(tmp_path):
    gold_file = need(SHARED / "data" / "arabic_event_gsr" / "dev.jsonl")
    tool = need(SHARED / "tools" / "score_gsr.py")
    gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()[:150]]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in gold), encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) for r in gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 0, result.output
    subprocess.run([sys.executable, str(tool), str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
                    "--json", str(tmp_path / "ref.json")], capture_output=True, check=True)
    reference = json.loads((tmp_path / "ref.json").read_text())["labels"]
    pred = [json.loads(line) for line in (tmp_path / "pred.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = score_sentences(gold, pred)
    for label in ("ASSAULT", "PROTEST"):
        assert ours[label]["f1"] == pytest.approx(reference[label]["all"]["f1"], abs=1e-3)
        assert ours[f"{label}:hard"]["f1"] == pytest.approx(reference[label]["hard"]["f1"], abs=1e-3)


def test_eval_command_prints_event_scores(tmp_path):
    gold, pred = gold_and_predictions()
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in gold), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("\n".join(json.dumps(r) for r in pred), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 0
    assert "events         P=0.500 R=0.667 F1=0.571" in result.output

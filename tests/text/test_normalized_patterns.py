"""Patterns matched against normalized text must be written in normalized spelling.

Normalization maps أ إ آ → ا, ى → ي, ة → ه, ئ → ي, ؤ → و; a pattern containing the unnormalized
letters can never match (طائرات never meets the normalized طايرات), and fails silently.
"""
from __future__ import annotations

import importlib
import re

import pytest

MODULES = ["marsad.stages.events", "marsad.stages.event_arguments", "marsad.stages.entities",
           "marsad.stages.places", "marsad.stages.dates", "marsad.stages.attribution", "marsad.ingest.clean",
           "marsad.text.numbers"]
UNNORMALIZED = set("أإآةىئؤ")


@pytest.mark.parametrize("module_name", MODULES)
def test_patterns_over_normalized_text_use_normalized_letters(module_name):
    module = importlib.import_module(module_name)
    offending = {name: sorted(set(value.pattern) & UNNORMALIZED)
                 for name, value in vars(module).items()
                 if isinstance(value, re.Pattern) and set(value.pattern) & UNNORMALIZED}
    assert offending == {}

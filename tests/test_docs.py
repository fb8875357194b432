"""The README documents every command and every option of the command line, and each command's
help ends with an example."""
from __future__ import annotations

from pathlib import Path

import click
import pytest

from marsad.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands.items())


@pytest.mark.parametrize("name, command", COMMANDS)
def test_readme_mentions_the_command_and_its_options(name, command):
    assert f"marsad {name}" in README
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert any(opt in README for opt in parameter.opts), f"{name}: {parameter.opts} not in README"


@pytest.mark.parametrize("name, command", COMMANDS)
def test_command_help_ends_with_an_example(name, command):
    assert "Example:" in (command.help or "")
    assert f"marsad {name}" in command.help.split("Example:")[1]

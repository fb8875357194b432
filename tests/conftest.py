"""Shared fixtures: the seed article from the shared folder next to the repository."""
from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_PATH = SHARED / "samples" / "deir-ez-zor-patrol.txt"


@pytest.fixture
def seed_path() -> Path:
    if not SEED_PATH.is_file():
        pytest.skip(f"seed article not found at {SEED_PATH}")
    return SEED_PATH


@pytest.fixture
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")

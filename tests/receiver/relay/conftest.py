"""The relay's database on each engine, apart from the upstream receiver's own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.receiver.conftest import ENGINES


@pytest.fixture(params=ENGINES)
def relay_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "relay.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url

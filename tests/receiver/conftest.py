"""Fixtures for the receiver: both storage engines, the PostgreSQL one on a real server.

The PostgreSQL server is started once per test run (a throwaway cluster, see
``postgres_cluster``) and each test gets a database of its own. Without PostgreSQL
installed the PostgreSQL tests are skipped, and say why, only outside CI: with
``CI`` set they fail, so a CI run can never pass without testing that engine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from cep_gui.receiver.server import ReceiverServer
from tests.helpers.requirements import unmet
from tests.receiver.postgres_cluster import ThrowawayCluster, find_bindir

ENGINES = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[ThrowawayCluster]:
    given = os.environ.get("CEP_TEST_POSTGRES_BINDIR")
    bindir = Path(given) if given else find_bindir()
    if bindir is None:
        message = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
        unmet(f"{message}: the PostgreSQL engine is not tested")
    cluster = ThrowawayCluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: ThrowawayCluster) -> str:
    return postgres_cluster.create_database()


@pytest.fixture(params=ENGINES)
def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a receiver keeps its reports: an SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "receiver.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def any_receiver(database_target: str) -> Iterator[ReceiverServer]:
    """The receiver on each engine in turn: the same tests for both."""
    server = ReceiverServer("127.0.0.1", 0, database_target)
    server.start_in_thread()
    yield server
    server.stop()

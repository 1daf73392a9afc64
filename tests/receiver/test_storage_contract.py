"""The storage contract: both engines decide every case alike (run once per engine)."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from cep_gui.receiver import migrations
from cep_gui.receiver.storage import (
    Database,
    DeletionOutcome,
    Storage,
    StoreOutcome,
    open_database,
)
from cep_gui.receiver.validation import ValidDeletion, ValidReport, deletion_key_hash
from tests.receiver.wire import Installation, encode

T = TypeVar("T")


def report_of(report_id: str, installation_id: str, key_hash: str, body: bytes) -> ValidReport:
    return ValidReport.of(report_id, installation_id, key_hash, body, gzip.compress(body))


def valid(installation: Installation, **overrides: object) -> ValidReport:
    doc = installation.report(**overrides)
    return report_of(
        str(doc["report_id"]), installation.id, str(doc["deletion_key_hash"]), encode(doc)
    )


def proof(installation: Installation, key: str | None = None) -> ValidDeletion:
    return ValidDeletion(installation.id, deletion_key_hash(key or installation.key))


def with_storage(database: Database, work: Callable[[Storage], Awaitable[T]]) -> T:
    async def run() -> T:
        storage = database.open_storage(4)
        await storage.start()
        try:
            return await work(storage)
        finally:
            await storage.close()

    return asyncio.run(run())


@pytest.fixture
def database(database_target: str) -> Database:
    db = open_database(database_target)
    db.migrate()
    return db


def test_migrations_record_their_version_and_run_once(database: Database) -> None:
    known = migrations.latest(
        migrations.SQLITE if database.engine == "sqlite" else migrations.POSTGRES
    )
    assert database.migrate() == known  # a second time changes nothing
    archive = database.open_archive(must_exist=True)
    try:
        assert archive.schema_version() == known
    finally:
        archive.close()


def test_store_then_retry_then_conflict(database: Database) -> None:
    mine = Installation()
    first = valid(mine)
    forged = report_of(first.report_id, mine.id, first.deletion_key_hash, bytes(first.body) + b" ")

    async def work(storage: Storage) -> list[StoreOutcome]:
        return [
            (await storage.store_report(first)).outcome,
            (await storage.store_report(first)).outcome,
            (await storage.store_report(forged)).outcome,
        ]

    assert with_storage(database, work) == [
        StoreOutcome.STORED,
        StoreOutcome.ALREADY_RECEIVED,
        StoreOutcome.REPORT_ID_CONFLICT,
    ]
    archive = database.open_archive()
    try:
        ((report_id, received, body),) = list(archive.reports())
        assert (report_id, body) == (first.report_id, first.body) and received.endswith("+00:00")
    finally:
        archive.close()


def test_receipts_count_up_and_carry_the_time(database: Database) -> None:
    mine = Installation()

    async def work(storage: Storage) -> list[int | None]:
        return [(await storage.store_report(valid(mine))).seq for _ in range(3)]

    first, second, third = with_storage(database, work)
    assert first is not None and second is not None and third is not None
    assert first < second < third


def test_the_first_reports_key_hash_is_the_installations(database: Database) -> None:
    mine = Installation()
    impostor = Installation(id=mine.id)  # knows the id, not the secret

    async def work(storage: Storage) -> list[StoreOutcome]:
        return [
            (await storage.store_report(valid(mine))).outcome,
            (await storage.store_report(valid(impostor))).outcome,
            (await storage.store_report(valid(mine))).outcome,
        ]

    assert with_storage(database, work) == [
        StoreOutcome.STORED,
        StoreOutcome.INSTALLATION_KEY_MISMATCH,
        StoreOutcome.STORED,
    ]


def test_a_refused_report_leaves_no_trace(database: Database) -> None:
    """A conflict under a new installation id must not record that installation."""
    mine, newcomer = Installation(), Installation()
    taken = valid(mine)
    clash = report_of(taken.report_id, newcomer.id, deletion_key_hash(newcomer.key), b"{}")

    async def work(storage: Storage) -> tuple[StoreOutcome, DeletionOutcome]:
        await storage.store_report(taken)
        conflict = (await storage.store_report(clash)).outcome
        deletion = (await storage.delete_installation(proof(newcomer))).outcome
        return conflict, deletion

    assert with_storage(database, work) == (
        StoreOutcome.REPORT_ID_CONFLICT,
        DeletionOutcome.UNKNOWN_INSTALLATION,
    )


def test_deletion_needs_the_secret_and_closes_the_installation(database: Database) -> None:
    mine, other = Installation(), Installation()

    async def work(storage: Storage) -> list[object]:
        for _ in range(3):
            await storage.store_report(valid(mine))
        await storage.store_report(valid(other))
        wrong = await storage.delete_installation(proof(mine, key="guess"))
        right = await storage.delete_installation(proof(mine))
        again = await storage.delete_installation(proof(mine))
        late = await storage.store_report(valid(mine))
        unknown = await storage.delete_installation(proof(Installation()))
        return [
            (wrong.outcome, wrong.deleted),
            (right.outcome, right.deleted),
            (again.outcome, again.deleted),
            late.outcome,
            (unknown.outcome, unknown.deleted),
        ]

    assert with_storage(database, work) == [
        (DeletionOutcome.DELETION_KEY_MISMATCH, 0),
        (DeletionOutcome.DELETED, 3),
        (DeletionOutcome.DELETED, 0),
        StoreOutcome.INSTALLATION_DELETED,
        (DeletionOutcome.UNKNOWN_INSTALLATION, 0),
    ]
    archive = database.open_archive()
    try:
        assert [r[0] for r in archive.reports()] and len(list(archive.reports())) == 1
        assert archive.deletions() == [(mine.id, 3), (mine.id, 0)]
    finally:
        archive.close()


def test_racing_first_reports_of_one_installation_record_exactly_one_key(
    database: Database,
) -> None:
    """Twenty claimants of one new installation id at once: one key wins, the rest are refused."""
    claimants = [Installation() for _ in range(20)]
    shared_id = claimants[0].id
    for claimant in claimants:
        claimant.id = shared_id

    async def work(storage: Storage) -> list[StoreOutcome]:
        results = await asyncio.gather(*(storage.store_report(valid(c)) for c in claimants))
        return [r.outcome for r in results]

    outcomes = with_storage(database, work)
    assert outcomes.count(StoreOutcome.STORED) == 1
    assert outcomes.count(StoreOutcome.INSTALLATION_KEY_MISMATCH) == 19


def test_many_reports_at_once_are_all_stored_exactly_once(database: Database) -> None:
    installations = [Installation() for _ in range(10)]
    reports = [valid(i) for i in installations for _ in range(10)]

    async def work(storage: Storage) -> list[StoreOutcome]:
        first = await asyncio.gather(*(storage.store_report(r) for r in reports))
        retry = await asyncio.gather(*(storage.store_report(r) for r in reports[:20]))
        return [r.outcome for r in [*first, *retry]]

    outcomes = with_storage(database, work)
    assert outcomes[:100] == [StoreOutcome.STORED] * 100
    assert outcomes[100:] == [StoreOutcome.ALREADY_RECEIVED] * 20
    archive = database.open_archive()
    try:
        assert sorted(r[0] for r in archive.reports()) == sorted(r.report_id for r in reports)
    finally:
        archive.close()


def test_health_check_answers(database: Database) -> None:
    async def work(storage: Storage) -> None:
        await storage.check()

    with_storage(database, work)

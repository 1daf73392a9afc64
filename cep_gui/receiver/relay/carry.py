"""Exporting released reports into a bundle, and importing a bundle on a connected relay.

Import goes through the receiver's own checks and storage: each report must be a
valid report (:func:`~cep_gui.receiver.validation.check_report`) and is stored by
the engine's ``store_report`` (so the installation's deletion key rules hold here
too), each deletion request is carried out by ``delete_installation``. Only then,
in one transaction, are the reports released and the bundle recorded as imported.
An import cut short before that transaction can simply be run again: its reports
are already received (the same bytes), nothing is decided yet.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from cep_gui.receiver.errors import RequestError
from cep_gui.receiver.relay.bundle import (
    Bundle,
    BundleError,
    key_id,
    load_private_key,
    load_public_key,
    read_bundle,
    write_bundle,
)
from cep_gui.receiver.relay.state import RelayState
from cep_gui.receiver.storage import Database, DeletionOutcome, StoreOutcome
from cep_gui.receiver.validation import check_deletion, check_report


@dataclass(frozen=True)
class ImportResult:
    bundle: Bundle
    reports: int
    deletions: int


def export_bundle(
    state: RelayState, path: Path, private_key: Path, *, again: str | None = None
) -> Bundle | None:
    """None when there is nothing to export (no file is written)."""
    private = load_private_key(private_key)
    if again is not None:
        known = state.bundle(again)
        if known is None or known[0] != "exported":
            raise BundleError(f"this relay exported no bundle {again}")
    content = state.exportable(again)
    if not content.reports and not content.deletions:
        if again is not None:
            raise BundleError(f"everything of bundle {again} was delivered since")
        return None
    bundle = write_bundle(path, content, private)
    state.mark_exported(bundle.bundle_id, bundle.key_id, content)
    return bundle


def import_bundle(
    database: Database, state: RelayState, path: Path, public_key: Path
) -> ImportResult:
    public = load_public_key(public_key)
    bundle = read_bundle(path, public)
    if bundle.key_id != key_id(public):
        raise BundleError(f"{path}: the bundle names another key ({bundle.key_id})")
    seen = state.bundle(bundle.bundle_id)
    if seen is not None:
        raise BundleError(
            f"bundle {bundle.bundle_id} was {seen[0]} here on {seen[1]}; it is not imported again"
        )
    report_ids = [item.id for item in bundle.reports]
    already = state.decided_ids(report_ids)
    if already:
        raise BundleError(
            f"{len(already)} report(s) of bundle {bundle.bundle_id} were imported before "
            f"(first: {already[0]}); nothing was imported"
        )
    reports = []
    for item in bundle.reports:
        try:
            valid = check_report(item.document, item.member, item.id)
        except (RequestError, OSError, EOFError) as exc:
            raise BundleError(f"{path}: report {item.id} is not a valid report: {exc}") from exc
        reports.append(valid)
    deletions = []
    for item in bundle.deletions:
        try:
            deletions.append((check_deletion(item.document), item.document))
        except (RequestError, OSError, EOFError) as exc:
            raise BundleError(f"{path}: a deletion request is not valid: {exc}") from exc

    async def store() -> None:
        storage = database.open_storage(1)
        await storage.start()
        try:
            for report in reports:
                result = await storage.store_report(report)
                if result.outcome not in (StoreOutcome.STORED, StoreOutcome.ALREADY_RECEIVED):
                    raise BundleError(
                        f"report {report.report_id} cannot be taken: {result.outcome.value}"
                    )
            for deletion, _ in deletions:
                outcome = (await storage.delete_installation(deletion)).outcome
                if outcome is DeletionOutcome.DELETION_KEY_MISMATCH:
                    raise BundleError(
                        "a deletion request of the bundle carries another installation's key"
                    )
        finally:
            await storage.close()

    asyncio.run(store())
    state.record_import(
        bundle.bundle_id,
        bundle.key_id,
        [r.report_id for r in reports],
        [(d.installation_id, body) for d, body in deletions],
    )
    return ImportResult(bundle, len(reports), len(deletions))

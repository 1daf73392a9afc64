"""Timestamps as the store keeps them: ISO 8601 text, always timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime


def to_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def from_text(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

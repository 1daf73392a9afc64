"""Reading Apple property lists (XML or binary) with one error behaviour.

``plistlib`` raises several unrelated exception types on corrupt input (expat
errors are not ``ValueError``); callers get a single parse-error failure instead.
"""

from __future__ import annotations

from cep_gui.core.errors import CollectorFailure, ErrorCode


def plist_dict(data: bytes, what: str) -> dict[str, object]:
    """The top-level dictionary of a property list, or a parse-error failure."""
    import plistlib  # imported on first use: only macOS pays for the XML parser

    try:
        value = plistlib.loads(data)
    except Exception as exc:  # plistlib raises many kinds on corrupt input
        raise CollectorFailure(ErrorCode.PARSE_ERROR, f"{what}: {exc}") from exc
    if not isinstance(value, dict):
        raise CollectorFailure(ErrorCode.PARSE_ERROR, f"{what}: not a dictionary")
    return value


def plist_text(value: object) -> str:
    """A string-ish property list value as text ("" for anything else)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""

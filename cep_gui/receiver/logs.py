"""Structured logs: one JSON object per line on stderr, never a client address.

uvicorn's access log (which prints the client's IP address and port) is switched
off; the receiver logs requests itself with what an operator needs (route, status,
error code, duration) and nothing that identifies a sender: every refusal and error
at ``info``, every request at ``debug``. Secrets and
their hashes are never passed to a logger.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

LOGGER = "cep_gui.receiver"
#: Attributes every LogRecord has; anything else was passed with ``extra=``.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def logging_config(level: str = "info") -> dict[str, Any]:
    """For ``logging.config.dictConfig`` (uvicorn applies it in every worker)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            LOGGER: {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            # Its lines start with the client's address: never written.
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        },
    }

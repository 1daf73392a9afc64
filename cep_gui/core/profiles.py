"""Product profiles: which categories a product collects and its report interval."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from cep_gui.core.catalog import CATEGORY_IDS
from cep_gui.core.exceptions import UsageError

DEFAULT_PROFILE = "desktop"


class ProfileError(UsageError):
    pass


@dataclass(frozen=True)
class Profile:
    id: str
    title: str
    categories: tuple[str, ...]
    interval_days: int
    endpoint: str
    privacy_url: str
    upload_token: bool = False


@functools.cache
def load_profiles() -> dict[str, Profile]:
    raw = tomllib.loads(
        resources.files("cep_gui.resources").joinpath("profiles.toml").read_text("utf-8")
    )
    profiles: dict[str, Profile] = {}
    for pid, entry in raw.get("profiles", {}).items():
        unknown = [c for c in entry.get("categories", []) if c not in CATEGORY_IDS]
        if unknown or entry.get("interval_days") not in (14, 91):
            raise ProfileError(f"profiles.toml: profile '{pid}' is malformed")
        profiles[pid] = Profile(
            pid,
            entry["title"],
            tuple(entry["categories"]),
            int(entry["interval_days"]),
            entry["endpoint"],
            entry["privacy_url"],
            bool(entry.get("upload_token", False)),
        )
    return profiles


def get_profile(profile_id: str) -> Profile:
    profiles = load_profiles()
    if profile_id not in profiles:
        raise ProfileError(f"unknown profile '{profile_id}' (known: {', '.join(sorted(profiles))})")
    return profiles[profile_id]

"""Schedule invariants, checked over many generated situations."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cep_gui.core.schedule import (
    FIRST_REPORT_AFTER,
    MAX_OFFSET,
    STARTUP_DELAY_MAX,
    STARTUP_DELAY_MIN,
    installation_offset,
    is_due,
    next_due,
    wake_time,
)

moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)
ids = st.uuids(version=4).map(str)
intervals = st.sampled_from([14, 91])


@given(joined=moments, gap=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)),
       interval=intervals, iid=ids, has_success=st.booleans())  # fmt: skip
def test_never_before_join_plus_seven_days_and_interval_respected(
    joined: datetime, gap: timedelta, interval: int, iid: str, has_success: bool
) -> None:
    last = joined + gap if has_success else None
    due = next_due(participating=True, allowed=True, joined=joined, last_success=last,
                   interval_days=interval, installation_id=iid)  # fmt: skip
    assert due is not None
    assert due >= joined + FIRST_REPORT_AFTER
    if last is not None:
        assert due >= last + timedelta(days=interval) - MAX_OFFSET
        assert due <= max(last + timedelta(days=interval) + MAX_OFFSET, joined + FIRST_REPORT_AFTER)
    else:
        assert due <= joined + FIRST_REPORT_AFTER + MAX_OFFSET


@given(joined=moments, iid=ids, participating=st.booleans(), allowed=st.booleans())
def test_nothing_is_due_while_not_participating_or_forbidden(
    joined: datetime, iid: str, participating: bool, allowed: bool
) -> None:
    due = next_due(participating=participating, allowed=allowed, joined=joined,
                   last_success=None, interval_days=14, installation_id=iid)  # fmt: skip
    assert (due is not None) == (participating and allowed)


@given(iid=ids)
def test_offset_is_stable_and_within_twelve_hours(iid: str) -> None:
    offset = installation_offset(iid)
    assert -MAX_OFFSET <= offset <= MAX_OFFSET
    assert installation_offset(iid) == offset


def test_offsets_spread_over_the_whole_day() -> None:
    rng = random.Random(2026)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2000)]
    hours = {int(installation_offset(i).total_seconds() // 3600) for i in ids}
    assert hours >= set(range(-12, 12))


@given(due_before=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=90)),
       started=moments, seed=st.integers(0, 2**32))  # fmt: skip
def test_overdue_machine_sends_a_short_random_delay_after_start(
    due_before: timedelta, started: datetime, seed: int
) -> None:
    when = wake_time(started - due_before, started, started, random.Random(seed))
    assert when is not None
    assert started + STARTUP_DELAY_MIN <= when <= started + STARTUP_DELAY_MAX


def test_overdue_machines_do_not_all_send_at_the_same_minute() -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    rng = random.Random(7)
    minutes = {wake_time(start - timedelta(days=3), start, start, rng) for _ in range(200)}
    assert len({m.replace(second=0, microsecond=0) for m in minutes if m}) >= 10


@given(
    joined=moments,
    iid=ids,
    interval=intervals,
    sent_after=st.timedeltas(min_value=timedelta(days=7), max_value=timedelta(days=200)),
)
def test_send_now_restarts_the_interval(
    joined: datetime, iid: str, interval: int, sent_after: timedelta
) -> None:
    sent = joined + sent_after
    due = next_due(participating=True, allowed=True, joined=joined, last_success=sent,
                   interval_days=interval, installation_id=iid)  # fmt: skip
    assert due is not None
    expected = sent + timedelta(days=interval) + installation_offset(iid)
    assert due == max(expected, joined + FIRST_REPORT_AFTER)


T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def test_a_report_is_due_from_its_moment_on() -> None:
    assert is_due(T0, T0)  # at the moment itself, not a tick later
    assert is_due(T0, T0 + timedelta(seconds=1))
    assert not is_due(T0, T0 - timedelta(seconds=1))
    assert not is_due(None, T0)


def test_no_installation_id_or_no_join_means_nothing_is_due() -> None:
    common = {"participating": True, "allowed": True, "last_success": None, "interval_days": 14}
    assert next_due(joined=None, installation_id="id-1", **common) is None  # type: ignore[arg-type]
    assert next_due(joined=T0, installation_id=None, **common) is None  # type: ignore[arg-type]


class _Lowest(random.Random):
    """Always the lowest value of a range: the shortest delay the rule allows."""

    def uniform(self, a: float, b: float) -> float:
        return a


def test_the_startup_delay_starts_at_its_minimum() -> None:
    started = T0
    assert wake_time(T0 - timedelta(hours=3), started, started, _Lowest()) == (
        started + STARTUP_DELAY_MIN
    )


def test_a_report_due_later_wakes_the_tray_at_its_moment() -> None:
    started = T0
    due = T0 + timedelta(hours=5)
    rng = random.Random(1)
    assert wake_time(due, started + timedelta(minutes=1), started, rng) == due
    late = due + timedelta(minutes=3)  # the tray was busy past the moment: act now
    assert wake_time(due, late, started, rng) == late
    assert wake_time(None, late, started, rng) is None


def test_a_join_recorded_under_a_wrong_clock_cannot_push_the_first_report_away() -> None:
    now = T0
    due = next_due(
        participating=True, allowed=True, joined=now + timedelta(days=30), last_success=None,
        interval_days=14, installation_id="id-1", now=now,
    )  # fmt: skip
    assert due == now + FIRST_REPORT_AFTER + MAX_OFFSET


def test_a_delivery_recorded_in_the_future_cannot_push_the_next_one_past_one_interval() -> None:
    now = T0
    due = next_due(
        participating=True, allowed=True, joined=now - timedelta(days=90),
        last_success=now + timedelta(days=40), interval_days=14, installation_id="id-1",
        now=now,
    )  # fmt: skip
    assert due == now + timedelta(days=14) + MAX_OFFSET


@given(iid=ids, interval=intervals, days_since=st.integers(0, 13))
def test_sane_dates_are_not_moved_by_knowing_the_time(
    iid: str, interval: int, days_since: int
) -> None:
    now = T0
    dates = {
        "participating": True, "allowed": True, "joined": now - timedelta(days=400),
        "last_success": now - timedelta(days=days_since), "interval_days": interval,
        "installation_id": iid,
    }  # fmt: skip
    assert next_due(**dates, now=now) == next_due(**dates)  # type: ignore[arg-type]

"""Streaming gunzip: one member, a hard output limit, refusals as soon as they show."""

from __future__ import annotations

import gzip
import os
import zlib

import pytest

from cep_gui.receiver.errors import RequestError
from cep_gui.receiver.inflate import SingleMemberInflater


def inflate_in_chunks(body: bytes, limit: int, size: int = 1000) -> bytes:
    inflater = SingleMemberInflater(limit)
    out = b"".join(inflater.feed(body[i : i + size]) for i in range(0, len(body), size))
    inflater.finish()
    return out


def test_any_chunking_gives_back_the_exact_bytes() -> None:
    data = os.urandom(3000) + b"x" * 50_000
    body = gzip.compress(data)
    for size in (1, 7, 1000, len(body)):
        assert inflate_in_chunks(body, 1 << 20, size) == data


def test_exactly_the_limit_is_taken_one_byte_more_is_not() -> None:
    assert len(inflate_in_chunks(gzip.compress(b"a" * 1000), 1000)) == 1000
    with pytest.raises(RequestError) as refused:
        inflate_in_chunks(gzip.compress(b"a" * 1001), 1000)
    assert refused.value.code == "report_too_large" and refused.value.close


def test_a_bomb_is_refused_at_the_first_chunk_that_shows_it() -> None:
    bomb = gzip.compress(b"\0" * (50 << 20))
    inflater = SingleMemberInflater(1 << 20)
    with pytest.raises(RequestError) as refused:
        for i in range(0, len(bomb), 4096):
            inflater.feed(bomb[i : i + 4096])
    assert refused.value.code == "report_too_large"
    assert inflater.output_size <= (1 << 20) + 1


@pytest.mark.parametrize(
    "body",
    [
        gzip.compress(b"{}") + gzip.compress(b"{}"),
        gzip.compress(b"{}") + b"\n",
        gzip.compress(b"{}") + b"\x1f\x8b",
    ],
)
def test_bytes_after_the_member_are_refused(body: bytes) -> None:
    with pytest.raises(RequestError) as refused:
        inflate_in_chunks(body, 1 << 20)
    assert refused.value.code == "trailing_data"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (zlib.compress(b"{}"), "bad_gzip"),  # zlib framing, not gzip
        (b"{}", "bad_gzip"),
        (gzip.compress(b"{}")[:-4], "bad_gzip"),  # trailer cut off
        (b"", "bad_gzip"),
    ],
)
def test_what_is_not_one_whole_gzip_member_is_refused(body: bytes, code: str) -> None:
    with pytest.raises(RequestError) as refused:
        inflate_in_chunks(body, 1 << 20)
    assert refused.value.code == code

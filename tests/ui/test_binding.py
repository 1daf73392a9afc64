"""The Qt binding itself: calls must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt
method that returns nothing (``setText``, ``update``, a base ``paintEvent``). None
is not immortal before Python 3.12, so a long-running tray (or the test suite)
aborts with "none_dealloc: deallocating None" after some thousands of calls.
pyproject.toml excludes that version; this test fails on any binding with the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) - before > -100, "the Qt binding leaks references to None"

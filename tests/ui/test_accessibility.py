"""Assistive technology and the keyboard: names that start with the visible label, no
invisible Tab stops, a focus indicator that can be seen."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cep_gui.core.services import Overrides, Services
from cep_gui.ui.controller import AppController
from cep_gui.ui.preferences import PreferencesWindow
from cep_gui.ui.style import install_focus_style
from cep_gui.ui.tray import Tray
from cep_gui.ui.viewer import ViewerWindow
from tests.helpers.builders import CountingBuilder

MNEMONIC = re.compile(r"&(?!&)")


def visible_label(text: str) -> str:
    """A label as a person sees and says it: no mnemonic marker, no ellipsis or colon."""
    return MNEMONIC.sub("", text).replace("&&", "&").rstrip("…:. ").strip()


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name)


def label_for(widget: QWidget) -> str | None:
    """The visible label a sighted user reads next to an input."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text()
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            found = layout.labelForField(widget)
            if isinstance(found, QLabel):
                return found.text()
        parent = parent.parentWidget()
    return None


def controls(window: QWidget) -> Iterator[QWidget]:
    """Every control a user can see now (of the page or tab shown)."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractScrollArea):
            if isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() == (
                Qt.FocusPolicy.NoFocus
            ):
                continue  # a plain scrolling container, not a control
            yield widget


def check_names(window: QWidget) -> list[str]:
    problems: list[str] = []
    for widget in controls(window):
        name = accessible_name(widget)
        where = f"{type(widget).__name__} {widget.objectName()!r} named {name!r}"
        if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
            if not name:
                problems.append(f"{where}: a line edit's button has no name")
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            label = visible_label(widget.text())
            if not name.startswith(label):
                problems.append(f"{where}: does not start with its label {label!r}")
            continue
        label_text = label_for(widget)
        if label_text:
            label = visible_label(label_text)
            if not name.startswith(label):
                problems.append(f"{where}: does not start with its label {label!r}")
        elif not name:
            problems.append(f"{where}: has no accessible name")
    return problems


@pytest.fixture(params=["desktop", "sccm"])
def profiled(request: pytest.FixtureRequest, settings: Services) -> Iterator[AppController]:
    services = dataclasses.replace(settings, overrides=Overrides(profile=request.param))
    made = AppController(services, CountingBuilder())
    made.join()
    yield made
    made.close()


def test_every_control_of_every_window_is_named_by_its_visible_label(
    qtbot: QtBot, profiled: AppController
) -> None:
    preferences = PreferencesWindow(profiled)
    viewer = ViewerWindow(profiled)
    for window in (preferences, viewer):
        qtbot.addWidget(window)
        window.show()
    viewer.collected.search.setText("memory")  # its clear button shows now
    problems: list[str] = []
    for page in ("general", "feedback", "advanced"):
        preferences.show_page(page)
        problems += check_names(preferences)
    for tab in range(viewer.tabs.count()):
        viewer.tabs.setCurrentIndex(tab)
        problems += check_names(viewer)
    assert sorted(set(problems)) == []
    for bar in viewer.findChildren(QTabBar):
        assert all(bar.tabText(i) for i in range(bar.count()))
    tray = Tray(profiled)
    assert all(a.text() for a in tray.menu.actions() if not a.isSeparator())


def test_the_search_clear_button_has_a_name(qtbot: QtBot, controller: AppController) -> None:
    viewer = ViewerWindow(controller)
    qtbot.addWidget(viewer)
    viewer.collected.search.setText("x")
    buttons = viewer.collected.search.findChildren(QToolButton)
    assert buttons and all(accessible_name(b) == "Clear the search" for b in buttons)


def test_tab_reaches_only_visible_controls_and_the_privacy_link_first(
    qtbot: QtBot, controller: AppController
) -> None:
    window = PreferencesWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.pages.setFocus()
    qtbot.waitUntil(window.pages.hasFocus)
    chain: list[QWidget] = []
    for _ in range(30):
        current = QApplication.focusWidget()
        assert current is not None, "focus was lost"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is window.pages:
            break
        chain.append(widget)
    assert chain, "Tab went nowhere"
    assert chain[0] is window.feedback.privacy, [type(w).__name__ for w in chain]
    for widget in chain:
        assert widget.isVisible() and widget.isEnabled(), widget
        assert isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView), (
            f"an invisible or meaningless Tab stop: {type(widget).__name__}"
        )
    assert window.feedback.toggle in chain and window.feedback.show_collected in chain


def highlight_pixels(image: QImage, colour: QColor) -> int:
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 40
                and abs(pixel.green() - colour.green()) < 40
                and abs(pixel.blue() - colour.blue()) < 40
            ):
                found += 1
    return found


def test_keyboard_focus_is_clearly_visible(qtbot: QtBot, qapp: QApplication) -> None:
    install_focus_style(qapp)
    holder = QWidget()
    qtbot.addWidget(holder)
    first = QCheckBox("Take part", holder)
    second = QCheckBox("Leave", holder)
    second.move(0, 40)
    holder.resize(200, 80)
    holder.show()
    holder.activateWindow()
    qtbot.waitExposed(holder)
    colour = first.palette().color(QPalette.ColorRole.Highlight)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    focused = highlight_pixels(first.grab().toImage(), colour)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(second.hasFocus)
    unfocused = highlight_pixels(first.grab().toImage(), colour)
    # a frame of 2 pixels around the label: far more than a faint dotted line
    assert focused - unfocused >= 2 * (first.fontMetrics().height() + 20)

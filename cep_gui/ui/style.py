"""A focus indicator that can be seen: a 2-pixel frame in the palette's highlight colour.

The platform styles mark keyboard focus faintly (Fusion's dotted or one-pixel
outlines vanish on many screens), so a keyboard user loses track of where they are.
This proxy keeps the platform's look and only draws focus clearly: around a checked
control's label, an item in a list, a tab, a button and a text field.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

FOCUS_WIDTH = 2


class FocusStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _outline(painter, option, option.rect)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and _focused(option):
            _outline(painter, option, option.rect)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _focused(option):
            _outline(painter, option, option.rect)


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _outline(painter: QPainter, option: QStyleOption, rect: QRect) -> None:
    painter.save()
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH // 2
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


def install_focus_style(app: QApplication) -> None:
    """Wrap the current style once (calling it again changes nothing)."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))

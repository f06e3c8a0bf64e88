"""Both bundled themes load; the dark one also darkens what stylesheets do not reach."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from rerunqt.qt.app import dark_palette, resource_path, stylesheet

pytestmark = pytest.mark.qt


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_stylesheets_are_bundled_and_style_every_element_family(theme: str) -> None:
    qss = stylesheet(theme)
    for selector in ("#rqTitle", "#rqAlert", "#rqCode", "QPushButton#rqButton", "#rqNumberInput"):
        assert selector in qss, (theme, selector)


def test_dark_palette_has_readable_links_and_a_dark_window(qapp) -> None:
    palette = dark_palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 40
    assert palette.color(QPalette.ColorRole.Link).lightness() > 150


def test_icon_is_bundled() -> None:
    assert resource_path("icons/rerunqt.svg") is not None

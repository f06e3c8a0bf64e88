"""What a user sees: contrast of text and control borders, and headings lined up.

Contrast is computed from the bundled stylesheets with WCAG's formula: at least 4.5:1
for text and 3:1 for the border of a control (a checkbox or radio box) against the page,
in both themes (issue 8, point 6).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from rerunqt.qt.app import stylesheet

pytestmark = pytest.mark.qt


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour_of(sheet: str, selector: str, prop: str) -> str:
    """The first ``prop`` colour in a rule whose selector list holds ``selector``."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    for match in re.finditer(r"([^{}]+)\{([^}]*)\}", sheet):
        selectors = [s.strip() for s in match.group(1).split(",")]
        if selector in selectors:
            found = re.search(rf"(?:^|[;\s]){prop}\s*:\s*(#[0-9a-fA-F]{{6}})", match.group(2))
            if found:
                return found.group(1)
            found = re.search(r"border\s*:\s*\d+px\s+solid\s+(#[0-9a-fA-F]{6})", match.group(2))
            if prop == "border-color" and found:
                return found.group(1)
    raise LookupError(f"{selector} has no {prop}")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_has_at_least_4_5_to_1_against_the_page(theme: str) -> None:
    sheet = stylesheet(theme)
    page = colour_of(sheet, "#rqPage", "background")
    for selector in ("QLabel", "#rqCaption", "QCheckBox#rqCheckbox", "QRadioButton#rqRadioOption"):
        assert contrast(colour_of(sheet, selector, "color"), page) >= 4.5, (theme, selector)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_checkbox_and_radio_borders_have_at_least_3_to_1_against_the_page(theme: str) -> None:
    sheet = stylesheet(theme)
    page = colour_of(sheet, "#rqPage", "background")
    for selector in ("QCheckBox#rqCheckbox::indicator", "QRadioButton#rqRadioOption::indicator"):
        assert contrast(colour_of(sheet, selector, "border-color"), page) >= 3.0, (theme, selector)


def test_the_check_mark_icon_resolves(qapp) -> None:
    sheet = stylesheet("light")
    urls = re.findall(r"url\(([^)]+)\)", sheet)
    assert urls and all("ICONS" not in url for url in urls)
    from pathlib import Path

    assert all(Path(url).is_file() for url in urls)


def ink_left(image, widget, origin) -> int | None:  # type: ignore[no-untyped-def]
    """The x of the first dark pixel of ``widget`` (its text) in the window image."""
    for x in range(origin.x(), origin.x() + widget.width()):
        for y in range(origin.y(), origin.y() + min(widget.height(), 60)):
            if QColor(image.pixel(x, y)).lightness() < 128:
                return x
    return None


def test_headings_line_up_with_the_text_under_them(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\nst.title('Title')\nst.header('Header')\nst.subheader('Sub')\n"
        "st.text('Text')\n"))
    window = pilot.window
    image = window.grab().toImage()
    lefts = {}
    for record in window.renderer.find():
        widget = record.widget
        lefts[record.element.kind] = ink_left(image, widget, widget.mapTo(window, widget.rect().topLeft()))
    assert all(abs(lefts[kind] - lefts["text"]) <= 3 for kind in ("title", "header", "subheader")), lefts


FIELDS = ("QLineEdit#rqTextInput", "QDoubleSpinBox#rqNumberInput", "QPlainTextEdit#rqTextArea",
          "QDateTimeEdit#rqDateInput", "QComboBox#rqSelectbox", "QFrame#rqMultiselect",
          "QPushButton#rqButton")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_field_and_button_borders_have_at_least_3_to_1_against_the_page(theme: str) -> None:
    sheet = stylesheet(theme)
    page = colour_of(sheet, "#rqPage", "background")
    low = {s: round(contrast(colour_of(sheet, s, "border-color"), page), 2) for s in FIELDS}
    assert all(ratio >= 3.0 for ratio in low.values()), (theme, low)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_primary_button_text_has_at_least_4_5_to_1_on_its_fill(theme: str) -> None:
    sheet = stylesheet(theme)
    primary = 'QPushButton#rqButton[kind="primary"]'
    text, fill = colour_of(sheet, primary, "color"), colour_of(sheet, primary, "background")
    assert contrast(text, fill) >= 4.5, (theme, text, fill)
    assert text.lower() == "#ffffff"  # white text in both themes (it was near-black in dark)


@pytest.mark.parametrize("width", [420, 1400])
def test_the_gallery_never_scrolls_sideways(rerunqt_pilot, qtbot, width: int) -> None:
    from conftest import DEMOS

    pilot = rerunqt_pilot(DEMOS / "widgets.py")
    window = pilot.window
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    pilot.settle()
    page, viewport = window.page, window.page_scroll.viewport()
    qtbot.waitUntil(lambda: page.width() <= viewport.width())
    assert not window.page_scroll.horizontalScrollBar().isVisible()
    assert page.minimumSizeHint().width() <= viewport.width()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_pop_ups_follow_the_theme(theme: str) -> None:
    sheet = stylesheet(theme)
    page = colour_of(sheet, "#rqPage", "background")
    tip = colour_of(sheet, "QToolTip", "background")
    assert contrast(colour_of(sheet, "QToolTip", "color"), tip) >= 4.5
    times = colour_of(sheet, "QListWidget#rqTimeList", "background")
    assert contrast(colour_of(sheet, "QListWidget#rqTimeList", "color"), times) >= 4.5
    assert (QColor(times).lightness() > 128) == (QColor(page).lightness() > 128)  # light on light
    chosen = colour_of(sheet, "QListWidget#rqTimeList::item:selected", "background")
    assert contrast(colour_of(sheet, "QListWidget#rqTimeList::item:selected", "color"), chosen) >= 4.5


def test_calendar_weekends_use_the_text_colour(rerunqt_pilot, write_script) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDateEdit

    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.date_input('Day', key='d')\n"))
    calendar = pilot.record(key="d").widget.findChild(QDateEdit).calendarWidget()
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):  # Qt's default is pure red
        assert calendar.weekdayTextFormat(day).foreground().color() != QColor("red")


def test_inline_code_does_not_shift_the_page_on_reruns(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(
        "import rerunqt as st\n"
        "st.write('Call `st.write` with **bold** and `inline code`')\n"
        "st.write('Runs: `', st.session_state.setdefault('n', 0), '`')\n"
        "st.caption('a caption with `code`')\n"
        "st.text('below')\n"))
    window = pilot.window

    def places() -> list[tuple[int, int]]:
        return [(r.widget.mapTo(window, r.widget.rect().topLeft()).y(), r.widget.height())
                for r in window.renderer.find()]

    first = places()
    for _ in range(3):
        window.rerun_action.trigger()
        pilot.settle()
        assert places() == first


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_accent_coloured_text_is_readable(theme: str) -> None:
    sheet = stylesheet(theme)
    page = colour_of(sheet, "#rqPage", "background")
    for selector in ("#rqSliderValue", "QTabWidget#rqTabs QTabBar::tab:selected"):
        assert contrast(colour_of(sheet, selector, "color"), page) >= 4.5, (theme, selector)
    chip = colour_of(sheet, "QFrame#rqChip", "background")
    assert contrast("#ffffff", chip) >= 4.5, (theme, chip)

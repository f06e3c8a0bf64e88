"""Shades a custom [theme] derives, on real widgets: Streamlit 1.67 computes them from the
configured colours, so none of its default red or grey is left in a themed window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.qt.test_theme_colours_qt import colours_in

pytestmark = pytest.mark.qt


@pytest.fixture
def plain_theme_after(qapp: Any) -> Any:
    from rerunqt.qt.app import apply_theme

    yield
    apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain


def _open(rerunqt_pilot: Any, write_script: Any, source: str, config: str) -> Any:
    script = write_script(source)
    folder = Path(script).parent / ".streamlit"
    folder.mkdir(exist_ok=True)
    (folder / "config.toml").write_text(config)
    return rerunqt_pilot(Path(script))


@pytest.mark.parametrize(("base", "default_shade"), [("light", "#f3a5a5"), ("dark", "#7a3a3a")])
def test_disabled_checked_boxes_and_primary_buttons_are_a_pale_primary(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any,
        base: str, default_shade: str) -> None:
    """A disabled checked check box and a disabled primary button are the configured primary
    faded into the page, as Streamlit's; in the dark theme they stayed Streamlit's red."""
    pilot = _open(rerunqt_pilot, write_script,
                  'import rerunqt as st\nst.checkbox("Off", value=True, disabled=True)\n'
                  'st.button("Go", type="primary", disabled=True)\n',
                  f'[theme]\nbase = "{base}"\nprimaryColor = "#00c853"\n')
    box = pilot.window.renderer.find(kind="checkbox")[0].widget
    button = pilot.window.renderer.find(kind="button")[0].widget
    box_colours, button_colours = colours_in(box), colours_in(button)
    for found in (box_colours, button_colours):
        assert default_shade not in found and "#5c2a2e" not in found
    greenish = [c for c in box_colours | button_colours
                if int(c[3:5], 16) > int(c[1:3], 16) + 30]  # more green than red
    assert greenish, (box_colours, button_colours)


@pytest.mark.parametrize("base", ["light", "dark"])
def test_table_selection_is_a_pale_primary(qapp: Any, base: str) -> None:
    """Selected st.dataframe / st.table cells are tinted with the configured primary."""
    from rerunqt.qt.app import stylesheet
    from rerunqt.theme_custom import CustomTheme

    themed = CustomTheme(primary="#00c853").apply(stylesheet(base), base)
    assert "#ffe1e1" not in themed and "#4a2328" not in themed and "#4a2428" not in themed


@pytest.mark.parametrize(("base", "default_grey"), [("light", "#f6f7f9"), ("dark", "#1a1c24")])
def test_code_and_dataframe_headers_sit_between_the_custom_backgrounds(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any,
        base: str, default_grey: str) -> None:
    """Streamlit 1.67's codeBackgroundColor and dataframe header default to the mix of the
    page's and the secondary background: a cream theme's code was a cool grey box."""
    pilot = _open(rerunqt_pilot, write_script,
                  'import pandas as pd\nimport rerunqt as st\nst.code("x = 1")\n'
                  'st.markdown("Use `chip` here")\nst.dataframe(pd.DataFrame({"a": [1, 2]}))\n',
                  f'[theme]\nbase = "{base}"\nbackgroundColor = "#fff8e7"\n'
                  'secondaryBackgroundColor = "#f0e6d2"\n')
    find = pilot.window.renderer.find
    mixed = "#f8efdc"  # halfway from #fff8e7 to #f0e6d2
    code, inline, frame = (find(kind=kind)[0].widget for kind in ("code", "markdown", "dataframe"))
    for widget in (code, frame):
        assert mixed in colours_in(widget) and default_grey not in colours_in(widget)
    assert mixed in colours_in(inline) and "#f0f2f6" not in colours_in(inline)


@pytest.mark.parametrize(("base", "page", "ink", "derived", "default_line"), [
    ("light", "#2e86c1", "#ffffff", "#4795c8", "#e6e9ef"),
    ("dark", "#1a1a2e", "#e0e0e0", "#383849", "#31333f")])
def test_borders_follow_a_custom_text_and_page_colour(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any,
        base: str, page: str, ink: str, derived: str, default_line: str) -> None:
    """Without borderColor, Streamlit 1.67 draws borders in the text faded into the page:
    on a blue page with white text the containers and dividers were light grey lines."""
    pilot = _open(rerunqt_pilot, write_script,
                  'import rerunqt as st\nwith st.container(border=True):\n    st.write("In")\n'
                  'st.divider()\nwith st.expander("More"):\n    st.write("x")\n',
                  f'[theme]\nbase = "{base}"\nbackgroundColor = "{page}"\ntextColor = "{ink}"\n')
    find = pilot.window.renderer.find
    for kind in ("container", "divider", "expander"):
        found = colours_in(find(kind=kind)[0].widget)
        assert derived in found and default_line not in found, (kind, found)


def test_the_toolbar_is_on_a_custom_page_colour(rerunqt_pilot: Any, write_script: Any,
                                                plain_theme_after: Any) -> None:
    """The Rerun / Stop toolbar takes the page colour: with white text on a blue page
    (the "30 days of Streamlit" theme) its buttons were white on off-white."""
    from PySide6.QtWidgets import QToolBar

    pilot = _open(rerunqt_pilot, write_script, 'import rerunqt as st\nst.write("x")\n',
                  '[theme]\nbackgroundColor = "#2e86c1"\ntextColor = "#ffffff"\n')
    bar = pilot.window.findChild(QToolBar, "rqToolbar")
    found = colours_in(bar)
    assert "#fafafa" not in found and "#3389c3" in found, found


def test_dataframe_header_text_and_grid_follow_custom_text_and_page(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    """Streamlit fades the header text and grid lines from the text colour into the page;
    on a blue page with white text the grid was near-white lines, the header dark grey."""
    pilot = _open(rerunqt_pilot, write_script,
                  'import pandas as pd\nimport rerunqt as st\n'
                  'st.dataframe(pd.DataFrame({"a": [1, 2], "b": [3, 4]}))\n',
                  '[theme]\nbackgroundColor = "#2e86c1"\ntextColor = "#ffffff"\n')
    found = colours_in(pilot.window.renderer.find(kind="dataframe")[0].widget)
    assert "#eef0f4" not in found and "#5c5f6e" not in found, found
    assert "#3f90c6" in found  # the grid: white 8% of the way over the blue


def test_tooltips_stay_readable_with_a_light_text_colour(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    """The light theme's tooltip is a text-coloured box; its words are now the page's colour.
    With white text on a blue page they were white on white."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QToolTip

    pilot = _open(rerunqt_pilot, write_script, 'import rerunqt as st\nst.write("x")\n',
                  '[theme]\nbackgroundColor = "#2e86c1"\ntextColor = "#ffffff"\n'
                  'primaryColor = "#1e3a8a"\n')
    QToolTip.showText(QPoint(100, 100), "Help ████ text", pilot.window)
    tips = [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.objectName() == "qtooltip_label"]
    assert tips
    found = colours_in(tips[0])
    QToolTip.hideText()
    assert "#ffffff" in found and "#2e86c1" in found, found


@pytest.mark.parametrize(("base", "page", "secondary", "ink", "config"), [
    ("dark", "#0e1117", "#262730", "#fafafa", '[theme]\nbase = "dark"\n'),
    ("light", "#2e86c1", "#aed6f1", "#ffffff",
     '[theme]\nbackgroundColor = "#2e86c1"\nsecondaryBackgroundColor = "#aed6f1"\n'
     'textColor = "#ffffff"\n')])
def test_the_calendar_is_on_the_page_with_the_month_on_the_secondary_background(
        qapp: Any, rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any,
        base: str, page: str, secondary: str, ink: str, config: str) -> None:
    """Streamlit's date picker: the month and its arrows on the secondary background in
    the text colour, the days on the page's. The month bar was the primary red, and with
    white text on a blue page the weekday row was white on white."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QToolButton, QWidget

    from rerunqt.qt.app import apply_theme

    apply_theme(qapp, base, force=True, options={})  # the theme is set once per process
    pilot = _open(rerunqt_pilot, write_script,
                  'import datetime\nimport rerunqt as st\n'
                  'st.date_input("When", datetime.date(2024, 1, 5))\n', config)
    field = pilot.window.findChild(QDateEdit, "rqDateInput")
    field.open_calendar()
    calendar = field.calendarWidget()
    try:
        bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
        assert secondary in colours_in(bar) and "#dc3535" not in colours_in(bar)
        arrow = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
        assert ink in colours_in(arrow)
        days = calendar.findChild(QAbstractItemView)
        assert days.palette().color(QPalette.ColorRole.AlternateBase).name() == page
        assert days.palette().color(QPalette.ColorRole.Base).name() == page
    finally:
        calendar.window().hide()


@pytest.mark.parametrize(("base", "default_line"), [("light", "#8a8f9c"), ("dark", "#6b7080")])
def test_buttons_and_fields_are_drawn_in_a_configured_border_color(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any,
        base: str, default_line: str) -> None:
    """Streamlit 1.67 outlines buttons and (with showWidgetBorder's default) fields in
    borderColor; they kept rerunqt's grey while containers took the configured colour."""
    pilot = _open(rerunqt_pilot, write_script,
                  'import rerunqt as st\nst.button("Go")\nst.text_input("Name")\n',
                  f'[theme]\nbase = "{base}"\nborderColor = "#c0a080"\n')
    find = pilot.window.renderer.find
    for kind in ("button", "text_input"):
        found = colours_in(find(kind=kind)[0].widget)
        assert "#c0a080" in found and default_line not in found, (kind, found)

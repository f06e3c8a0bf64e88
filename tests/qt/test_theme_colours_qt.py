"""A configured [theme] shows on real widgets: primary, page, text, in light and dark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
st.markdown("██████")
st.button("Go", type="primary")
st.checkbox("On", value=True)
st.toggle("Lit", value=True)
st.slider("Level", 0, 10, 5)
"""
PRIMARY = {"light": "#1c83e1", "dark": "#00c878"}
BACKGROUND = {"light": "#fdf6e3", "dark": "#1e1e2e"}
TEXT = {"light": "#073642", "dark": "#cdd6f4"}
CONFIG = """
[theme]
base = "{base}"
primaryColor = "rgb(28, 131, 225)"
backgroundColor = "#fdf6e3"
textColor = "#073642"

[theme.dark]
primaryColor = "#00c878"
backgroundColor = "#1e1e2e"
textColor = "#cdd6f4"
"""


def colours_in(widget: Any) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(0, image.width())
            for y in range(0, image.height(), 2)}


def _themed(write_script: Any, base: str) -> Path:
    script = write_script(SCRIPT)
    config = script.parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text(CONFIG.format(base=base))
    return Path(script)


@pytest.fixture
def plain_theme_after(qapp: Any) -> Any:
    from rerunqt.qt.app import apply_theme

    yield
    apply_theme(qapp, "light", force=True, options={})  # the next test's window is plain


@pytest.mark.parametrize("base", ["light", "dark"])
def test_configured_colours_show_on_real_widgets(rerunqt_pilot: Any, write_script: Any,
                                                 plain_theme_after: Any, base: str) -> None:
    pilot = rerunqt_pilot(_themed(write_script, base))
    find = pilot.window.renderer.find
    primary = PRIMARY[base]
    for kind in ("button", "checkbox", "toggle", "slider"):
        widget = find(kind=kind)[0].widget
        assert primary in colours_in(widget), kind
    assert "#ff4b4b" not in colours_in(find(kind="slider")[0].widget)
    label = find(kind="markdown")[0].widget
    assert TEXT[base] in colours_in(label)
    page = pilot.window.findChild(QWidget, "rqPage")
    assert page is not None and BACKGROUND[base] in colours_in(page)


def test_view_theme_switch_uses_the_other_base_s_colours(rerunqt_pilot: Any, write_script: Any,
                                                         plain_theme_after: Any, qapp: Any) -> None:
    from rerunqt.qt.app import apply_theme

    pilot = rerunqt_pilot(_themed(write_script, "light"))
    button = pilot.window.renderer.find(kind="button")[0].widget
    assert PRIMARY["light"] in colours_in(button)
    apply_theme(qapp, "dark", force=True)  # View > Theme > Dark keeps the configured theme
    pilot.qtbot.waitUntil(lambda: PRIMARY["dark"] in colours_in(button))
    toggle = pilot.window.renderer.find(kind="toggle")[0].widget
    assert PRIMARY["dark"] in colours_in(toggle)  # painted in Python, read from theme_state


def test_a_plain_window_after_a_themed_one_is_plain(rerunqt_pilot: Any, write_script: Any,
                                                    plain_theme_after: Any, tmp_path: Path) -> None:
    rerunqt_pilot(_themed(write_script, "light"))
    plain = tmp_path / "plain" / "app.py"
    plain.parent.mkdir()
    plain.write_text(SCRIPT)
    pilot = rerunqt_pilot(plain, options={"theme.base": "light"})
    slider = pilot.window.renderer.find(kind="slider")[0].widget
    assert "#ff4b4b" in colours_in(slider) and PRIMARY["light"] not in colours_in(slider)


def test_chart_categorical_colours_colour_the_series(rerunqt_pilot: Any, write_script: Any,
                                                     plain_theme_after: Any) -> None:
    script = write_script("""
        import rerunqt as st
        st.line_chart({"a": [1, 2, 3], "b": [3, 2, 1]})
    """)
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nchartCategoricalColors = ["#112233", "orange"]\n')
    pilot = rerunqt_pilot(Path(script))
    chart = pilot.window.renderer.find(kind="line_chart")[0].widget
    pens = [item.opts["pen"].color().name() for item in chart.drawn.items]
    assert pens == ["#112233", "#ffa500"]  # in order, CSS names resolved
    assert {"#112233", "#ffa500"} <= colours_in(chart.plot)


def test_chart_sequential_colours_shade_a_colour_by_a_number(rerunqt_pilot: Any, write_script: Any,
                                                            plain_theme_after: Any) -> None:
    script = write_script("""
        import rerunqt as st
        rows = [{'x': 1, 'c': 0.0}, {'x': 2, 'c': 5.0}, {'x': 3, 'c': 10.0}]
        st.vega_lite_chart({'data': {'values': rows}, 'mark': 'circle', 'encoding': {
            'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'x', 'type': 'quantitative'},
            'color': {'field': 'c', 'type': 'quantitative'}}})
        st.vega_lite_chart({'data': {'values': rows}, 'mark': 'circle', 'encoding': {
            'x': {'field': 'x', 'type': 'quantitative'}, 'y': {'field': 'x', 'type': 'quantitative'},
            'color': {'field': 'c', 'type': 'quantitative'}}}, theme=None)
    """)
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nchartSequentialColors = ["#000000", "red"]\n')
    pilot = rerunqt_pilot(Path(script))
    themed, plain = (r.widget for r in pilot.window.renderer.find(kind="vega_lite_chart"))
    (points,) = themed.drawn.items[0]
    shades = [point.brush().color() for point in points.points()]
    assert shades[0].name() == "#000000" and shades[2].name() == "#ff0000"  # "red" resolved
    middle = shades[1]  # halfway along the scale
    assert 126 <= middle.red() <= 129 and middle.green() == middle.blue() == 0
    (points,) = plain.drawn.items[0]
    assert points.points()[0].brush().color().name() == "#cfe1f2"  # theme=None: Vega-Lite's own


SIDEBAR_SCRIPT = """
import rerunqt as st
st.sidebar.text_input("Name", "██████", key="name")
st.text_input("Page field", key="page")
"""


def test_the_sidebar_has_streamlit_s_sidebar_theme(rerunqt_pilot: Any, write_script: Any,
                                                   plain_theme_after: Any) -> None:
    """As Streamlit's: the panel on the secondary background and its inputs on the page's;
    View > Theme takes the sidebar along."""
    pilot = rerunqt_pilot(write_script(SIDEBAR_SCRIPT))
    sidebar, field = pilot.window.sidebar, pilot.widget(key="name")
    assert sidebar.styleSheet()  # its own sheet, made with its first content
    assert "#f0f2f6" in colours_in(sidebar) and "#ffffff" in colours_in(field)
    assert "#f0f2f6" in colours_in(pilot.widget(key="page"))  # the page's fields unchanged
    pilot.window.menus.set_theme("dark")
    pilot.settle()
    assert "#262730" in colours_in(sidebar) and "#0e1117" in colours_in(field)


def test_theme_sidebar_options_colour_the_sidebar_only(rerunqt_pilot: Any, write_script: Any,
                                                       plain_theme_after: Any) -> None:
    script = write_script(SIDEBAR_SCRIPT)
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\n[theme.sidebar]\nbackgroundColor = "#1e3a5f"\n'
                      'secondaryBackgroundColor = "#2b4c75"\ntextColor = "#ffffff"\n')
    pilot = rerunqt_pilot(Path(script))
    sidebar, field = pilot.window.sidebar, pilot.widget(key="name")
    assert "#1e3a5f" in colours_in(sidebar) and "#2b4c75" in colours_in(field)
    assert "#ffffff" in colours_in(field)  # its text
    page = colours_in(pilot.window.page)
    assert "#1e3a5f" not in page and "#2b4c75" not in page


def test_a_window_without_a_sidebar_makes_no_sidebar_sheet(rerunqt_pilot: Any,
                                                           write_script: Any) -> None:
    pilot = rerunqt_pilot(write_script("import rerunqt as st\nst.text('no sidebar')\n"))
    assert pilot.window.sidebar.styleSheet() == ""


def test_a_sidebar_primary_colour_reaches_its_painted_widgets(rerunqt_pilot: Any,
                                                              write_script: Any,
                                                              plain_theme_after: Any) -> None:
    script = write_script("""
        import rerunqt as st
        st.sidebar.toggle("Side", value=True, key="side")
        st.toggle("Page", value=True, key="page")
    """)
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\n[theme.sidebar]\nprimaryColor = "#00aa00"\n')
    pilot = rerunqt_pilot(Path(script))
    side, page = colours_in(pilot.widget(key="side")), colours_in(pilot.widget(key="page"))
    assert "#00aa00" in side and "#ff4b4b" not in side
    assert "#ff4b4b" in page and "#00aa00" not in page


def test_markdown_colours_follow_the_theme_s_colour_options(rerunqt_pilot: Any, write_script: Any,
                                                            plain_theme_after: Any) -> None:
    """Streamlit's custom_text_colors e2e app: [theme] redTextColor, blueColor... recolour
    Markdown's :red[...] and :blue-background[...] (they were accepted and not applied)."""
    script = write_script('import rerunqt as st\n'
                          'st.markdown(":red[██████] :blue[██████] :green-background[gg] :gray[██]")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nredTextColor = "#e74c3c"\n'
                      'blueColor = "#3498db"\ngreenBackgroundColor = "#aaffaa"\n')
    pilot = rerunqt_pilot(Path(script))
    seen = colours_in(pilot.window.renderer.find(kind="markdown")[0].widget)
    assert "#e74c3c" in seen  # redTextColor as given
    assert "#aaffaa" in seen  # greenBackgroundColor as given
    assert "#1d6fa5" in seen  # blueColor's text: lightness 15% lower (color2k darken(0.15))
    assert "#5c5f6e" in seen  # gray: not configured, rerunqt's own


def test_metric_value_font_options_style_the_metric_value(rerunqt_pilot: Any, write_script: Any,
                                                          plain_theme_after: Any) -> None:
    """[theme] metricValueFontSize / metricValueFontWeight, as Streamlit 1.67 applies them."""
    script = write_script('import rerunqt as st\nst.metric("Revenue", "$1,000", "+5%")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nmetricValueFontSize = "48px"\nmetricValueFontWeight = 300\n')
    pilot = rerunqt_pilot(Path(script))
    metric = pilot.window.renderer.find(kind="metric")[0].widget
    assert metric.value.font().pixelSize() == 48
    assert metric.value.font().weight() == 300


def test_heading_dividers_take_the_theme_s_main_colours(rerunqt_pilot: Any, write_script: Any,
                                                        plain_theme_after: Any) -> None:
    """Streamlit's custom_text_colors app ("Dividers - Main Colors"): [theme] redColor
    colours subheader(divider="red"); an unset colour keeps Streamlit's own line."""
    script = write_script('import rerunqt as st\nst.subheader("Red", divider="red")\n'
                          'st.subheader("Blue", divider="blue")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nredColor = "#7d353b"\n')
    pilot = rerunqt_pilot(Path(script))
    red, blue = (r.widget for r in pilot.window.renderer.find(kind="subheader"))
    assert "#7d353b" in colours_in(red) and "#ff4b4b" not in colours_in(red)
    assert "#1c83e1" in colours_in(blue)


def test_inline_code_and_markdown_code_blocks_take_code_background_color(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    """Streamlit 1.67 paints inline code and a Markdown code block on codeBackgroundColor."""
    script = write_script('import rerunqt as st\nst.write("Count", 3)\n'
                          'st.markdown("Use **the** `chip` here")\n'
                          'st.markdown("```\\nblock\\n```")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\ncodeBackgroundColor = "#29361e"\n')
    pilot = rerunqt_pilot(Path(script))
    fast, inline, block = (r.widget for r in pilot.window.renderer.find(kind="markdown"))
    for label in (fast, inline, block):
        assert "#29361e" in colours_in(label)
        assert "#f0f2f6" not in colours_in(label)


def test_metric_deltas_are_pills_in_the_theme_s_named_colours(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    """Streamlit 1.67 draws st.metric's delta as a pill: greenTextColor on
    greenBackgroundColor (and red, gray for delta_color="off"), configured ones included."""
    script = write_script('import rerunqt as st\nst.metric("Up", 1, 2)\nst.metric("Down", 1, -2)\n'
                          'st.metric("Off", 1, 2, delta_color="off")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\ngreenBackgroundColor = "#aaffaa"\n'
                      'greenTextColor = "#005500"\n')
    pilot = rerunqt_pilot(Path(script))
    up, down, off = (r.widget for r in pilot.window.renderer.find(kind="metric"))
    assert {"#aaffaa", "#005500"} <= colours_in(up.delta)
    assert "#ffdede" in colours_in(down.delta)  # Markdown's :red-background[] colour
    assert "#eceef2" in colours_in(off.delta)


def test_alerts_take_the_theme_s_named_colours(rerunqt_pilot: Any, write_script: Any,
                                               plain_theme_after: Any) -> None:
    """Streamlit 1.67 paints st.info / st.error... in blueBackgroundColor / blueTextColor
    (or colours derived from blueColor), red for errors; unset ones keep rerunqt's."""
    script = write_script('import rerunqt as st\nst.info("Info ████")\nst.error("Error ████")\n'
                          'st.success("Fine")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nblueBackgroundColor = "#aaccff"\n'
                      'blueTextColor = "#001155"\nredColor = "#ff0000"\n')
    pilot = rerunqt_pilot(Path(script))
    find = pilot.window.renderer.find
    info, error, fine = (find(kind=kind)[0].widget for kind in ("info", "error", "success"))
    assert {"#aaccff", "#001155"} <= colours_in(info)
    assert "#ffe5e5" in colours_in(error)  # redColor at 10% over the white page
    assert "#e6f4ea" in colours_in(fine)  # not configured: rerunqt's own green


def test_chat_avatars_are_white_on_the_theme_s_red_and_orange(
        rerunqt_pilot: Any, write_script: Any, plain_theme_after: Any) -> None:
    """Streamlit 1.67: the user's avatar on redColor, the assistant's on orangeColor, the
    icon white (in the light theme)."""
    script = write_script('import rerunqt as st\nst.chat_message("user").write("hi")\n'
                          'st.chat_message("assistant").write("hello")\n')
    config = Path(script).parent / ".streamlit" / "config.toml"
    config.parent.mkdir(exist_ok=True)
    config.write_text('[theme]\nbase = "light"\nredColor = "#123456"\n')
    pilot = rerunqt_pilot(Path(script))
    user, assistant = (r.widget.avatar for r in pilot.window.renderer.find(kind="chat_message"))
    assert {"#123456", "#ffffff"} <= colours_in(user)
    assert {"#ffa421", "#ffffff"} <= colours_in(assistant)  # orangeColor's default

"""Streamlit's [theme] options: read, checked with file-and-line errors, resolved per base."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rerunqt.config import OPTIONS, load_config, parse_cli_config_flags
from rerunqt.css_colours import parse_colour
from rerunqt.errors import ConfigError
from rerunqt.testing import AppTest
from rerunqt.theme_custom import CustomTheme


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def _load(tmp_path: Path, text: str, **kwargs: object) -> dict[str, object]:
    _write(tmp_path / ".streamlit/config.toml", text)
    return dict(load_config(tmp_path / "app.py", home=tmp_path / "h", cwd=tmp_path,
                            **{"env": {}, **kwargs}))  # type: ignore[arg-type]


THEME = """
    [theme]
    base = "light"
    primaryColor = "#F63366"
    backgroundColor = "rgb(253, 246, 227)"
    textColor = "navy"
    font = "serif"
    baseFontSize = 14
    baseRadius = "0.25rem"
    showWidgetBorder = true
    chartCategoricalColors = ["#0068c9", "tomato"]

    [theme.sidebar]
    backgroundColor = "#eeeeee"

    [theme.dark]
    primaryColor = "#00c878"

    [theme.dark.sidebar]
    textColor = "#fff"
"""


def test_streamlit_theme_section_and_sub_sections_are_read(tmp_path: Path) -> None:
    config = _load(tmp_path, THEME)
    assert config["theme.primaryColor"] == "#F63366"
    assert config["theme.textColor"] == "navy"
    assert config["theme.baseFontSize"] == 14
    assert config["theme.showWidgetBorder"] is True
    assert config["theme.chartCategoricalColors"] == ("#0068c9", "tomato")
    assert config["theme.sidebar.backgroundColor"] == "#eeeeee"
    assert config["theme.dark.primaryColor"] == "#00c878"
    assert config["theme.dark.sidebar.textColor"] == "#fff"
    assert config["theme.linkColor"] is None  # unset, as Streamlit's get_option says


@pytest.mark.parametrize("line, expected", [
    ("primaryColor = 12", "option 'theme.primaryColor' expects a string, got 12"),
    ('baseFontSize = "16px"', "option 'theme.baseFontSize' expects an integer"),
    ("baseFontSize = 0", "option 'theme.baseFontSize' must be between 6 and 64"),
    ('chartCategoricalColors = "#fff"', "'theme.chartCategoricalColors' expects a list of strings"),
])
def test_bad_theme_values_name_file_line_and_option(tmp_path: Path, line: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        _load(tmp_path, f"[theme]\nbase = 'light'\n{line}\n")
    message = str(info.value)
    assert f"{tmp_path / '.streamlit/config.toml'}, line 3: " in message
    assert expected in message


@pytest.mark.parametrize("line, key, expected", [
    ('primaryColor = "#ff4b4"', "theme.primaryColor", "option 'theme.primaryColor' expects a CSS colour"),
    ('backgroundColor = "rgb(300, 0, 0)"', "theme.backgroundColor",
     "option 'theme.backgroundColor' colour channel '300'"),
    ('secondaryBackgroundColor = "cdbde"', "theme.secondaryBackgroundColor", "got 'cdbde'"),
    ('baseRadius = "round"', "theme.baseRadius", "option 'theme.baseRadius' expects 'none', 'small'"),
    ('chartCategoricalColors = ["#fff", "nope"]', "theme.chartCategoricalColors",
     "'theme.chartCategoricalColors' expects a CSS"),
])
def test_an_unreadable_theme_value_is_a_warning_and_keeps_the_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, key: str, expected: str) -> None:
    """Streamlit draws such an app with its default (published config files have them), so
    rerunqt opens it too, and says which file, line and option it ignored."""
    config = _load(tmp_path, f"[theme]\nbase = 'light'\n{line}\n")
    assert config[key] is None
    warning = capsys.readouterr().err
    assert f"{tmp_path / '.streamlit/config.toml'}, line 3: " in warning
    assert expected in warning and "ignored" in warning


def test_unknown_theme_names_in_rerunqt_s_own_file_are_errors(tmp_path: Path) -> None:
    _write(tmp_path / ".rerunqt/config.toml", '[theme.dark]\nprimaryColour = "#fff"\n')
    with pytest.raises(ConfigError, match=r"line 2: unknown option 'theme.dark.primaryColour'; "
                                          r"did you mean 'theme.dark.primaryColor'\?"):
        load_config(tmp_path / "app.py", env={}, home=tmp_path / "h", cwd=tmp_path)


def test_sub_section_values_are_checked_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _load(tmp_path, '[theme.light.sidebar]\n\nprimaryColor = "#12"\n')
    assert "line 3: option 'theme.light.sidebar.primaryColor' expects" in capsys.readouterr().err


def test_flags_and_environment_set_theme_options(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    flags, rest = parse_cli_config_flags(["--theme.dark.primaryColor", "#123456", "app.py"])
    assert flags == {"theme.dark.primaryColor": "#123456"} and rest == ["app.py"]
    env = {"RERUNQT_THEME_PRIMARY_COLOR": "teal",
           "RERUNQT_THEME_CHART_CATEGORICAL_COLORS": '["#fff", "red"]'}
    config = _load(tmp_path, "", env=env, cli_flags=flags)
    assert config["theme.primaryColor"] == "teal"
    assert config["theme.chartCategoricalColors"] == ("#fff", "red")
    assert config["theme.dark.primaryColor"] == "#123456"
    assert OPTIONS["theme.light.sidebar.textColor"].env_var == "RERUNQT_THEME_LIGHT_SIDEBAR_TEXT_COLOR"
    assert _load(tmp_path, "", cli_flags={"theme.textColor": "#zzzzzz"})["theme.textColor"] is None
    assert "flag --theme.textColor: option 'theme.textColor' expects" in capsys.readouterr().err


def test_streamlit_environment_variables_set_options_under_rerunqt_s(tmp_path: Path) -> None:
    """Streamlit's STREAMLIT_<SECTION>_<OPTION> variables (how its docs and Docker images
    configure an app) set the options rerunqt knows; RERUNQT_* ones win; others are ignored."""
    env = {"STREAMLIT_THEME_BASE": "dark", "STREAMLIT_THEME_PRIMARY_COLOR": "#1BD760",
           "STREAMLIT_THEME_SIDEBAR_TEXT_COLOR": "#ffffff", "STREAMLIT_SERVER_PORT": "8502",
           "STREAMLIT_THEME_TEXT_COLOR": "#DFFDE0", "RERUNQT_THEME_TEXT_COLOR": "#000000"}
    config = _load(tmp_path, '[theme]\nprimaryColor = "red"\n', env=env)
    assert config["theme.base"] == "dark" and config["theme.primaryColor"] == "#1BD760"
    assert config["theme.sidebar.textColor"] == "#ffffff"
    assert config["theme.textColor"] == "#000000"


def test_get_option_returns_theme_values_and_none_when_unset(tmp_path: Path) -> None:
    _write(tmp_path / ".streamlit/config.toml", THEME)
    at = AppTest.from_file(_write(tmp_path / "app.py", """
        import streamlit as st
        st.text(repr(st.get_option("theme.primaryColor")))
        st.text(repr(st.get_option("theme.secondaryBackgroundColor")))
        st.text(repr(st.get_option("theme.chartCategoricalColors")))
        st.text(repr(st.get_option("theme.dark.primaryColor")))
        st.text(st.context.theme.type)
    """)).run()
    assert not at.exception
    assert [t.value for t in at.text][:4] == [
        "'#F63366'", "None", "['#0068c9', 'tomato']", "'#00c878'"]
    assert at.text[4].value in ("light", "dark")


@pytest.mark.parametrize("text, rgb", [
    ("#f00", (255, 0, 0)), ("#FF4B4B", (255, 75, 75)), ("#ff4b4b80", (255, 75, 75)),
    ("rgb(1, 2, 3)", (1, 2, 3)), ("rgba(10,20,30,0.5)", (10, 20, 30)),
    ("rgb(100%, 0%, 50%)", (255, 0, 128)), ("Tomato", (255, 99, 71)),
    ("rebeccapurple", (102, 51, 153))])
def test_css_colours(text: str, rgb: tuple[int, int, int]) -> None:
    assert parse_colour(text) == rgb


def test_base_specific_values_win_over_theme_s() -> None:
    options = {"theme.primaryColor": "red", "theme.dark.primaryColor": "#00c878",
               "theme.textColor": "navy"}
    assert CustomTheme.from_options(options, "light").primary == "#ff0000"
    dark = CustomTheme.from_options(options, "dark")
    assert dark.primary == "#00c878" and dark.text == "#000080"
    assert CustomTheme.from_options({}, "dark").is_default()


def test_custom_theme_rewrites_the_default_palette_rule_by_rule() -> None:
    qss = ("QLabel { color: #31333f; }\n#rqPage { background: #ffffff; }\n"
           "QPushButton#rqButton[kind=\"primary\"] { background: #dc3535; color: #ffffff; "
           "border-radius: 6px; }\nQSlider::handle { border-radius: 8px; background: #ff4b4b; }\n"
           "QFrame { border: 1px solid rgba(255, 75, 75, 0.28); }")
    theme = CustomTheme(primary="#1c83e1", background="#fdf6e3", text="#073642", radius="none")
    out = theme.apply(qss, "light")
    assert "QLabel { color: #073642; }" in out
    assert "#rqPage { background: #fdf6e3; }" in out
    # the primary button: the configured colour, white text (the page colour is not text)
    assert 'background: #1c83e1; color: #ffffff; border-radius: 0px;' in out
    assert "border-radius: 8px; background: #1c83e1" in out  # round handles stay round
    assert "rgba(28, 131, 225, 0.28)" in out
    assert CustomTheme().apply(qss, "light") == qss
    pale = CustomTheme(primary="#ffe312").apply(qss, "light")
    assert "background: #ffe312; color: #0e1117;" in pale  # dark text on a pale primary


def test_base_font_size_scales_like_zoom() -> None:
    assert CustomTheme(font_size=20).font_scale() == 1.25
    assert CustomTheme().font_scale() == 1.0


def test_the_sidebar_theme_swaps_backgrounds_and_takes_its_own_sections() -> None:
    """Streamlit's createSidebarTheme: panel on the secondary colour, inputs on the page's;
    [theme.<base>.sidebar] wins over [theme.sidebar], which wins over [theme]."""
    from rerunqt.theme_custom import CustomTheme

    plain = CustomTheme.for_sidebar({}, "light")
    assert (plain.background, plain.secondary) == ("#f0f2f6", "#ffffff")
    assert CustomTheme.for_sidebar({}, "dark")[1:3] == ("#262730", "#0e1117")
    options = {"theme.primaryColor": "green", "theme.backgroundColor": "#fdf6e3",
               "theme.sidebar.textColor": "#ffffff", "theme.sidebar.primaryColor": "orange",
               "theme.dark.sidebar.primaryColor": "#123456"}
    light = CustomTheme.for_sidebar(options, "light")
    assert light.secondary == "#fdf6e3" and light.text == "#ffffff" and light.primary == "#ffa500"
    assert CustomTheme.for_sidebar(options, "dark").primary == "#123456"


def test_faded_text_follows_a_configured_text_and_background() -> None:
    """Captions, placeholders and disabled text are the text colour faded towards the
    background (Streamlit's fadedText), so a dark sidebar's caption stays readable."""
    from rerunqt.theme_custom import CustomTheme

    qss = "#rqCaption { color: #6b7080; }\nQLineEdit { color: #a3a8b8; }\n"
    themed = CustomTheme(text="#ffffff", background="#000000").apply(qss, "light")
    assert "#b2b2b2" in themed and "#6b6b6b" in themed  # 30% and 58% of the way to black
    assert CustomTheme(primary="#00ff00").apply(qss, "light") == qss  # greys kept otherwise


def test_the_older_font_spelling_sans_serif_is_the_generic_family() -> None:
    """Streamlit's older docs (and many published config files) write font = "sans serif"."""
    from rerunqt.theme_custom import CustomTheme
    from rerunqt.theme_fonts import GENERIC_FONTS as _GENERIC_FONTS

    rules = CustomTheme(font="sans serif").apply("QLabel { color: #31333f; }", "light")
    assert f"font-family: {_GENERIC_FONTS['sans-serif']};" in rules
    assert '"sans serif"' not in rules
    serif = CustomTheme(font="Serif").apply("", "light")
    assert f"QWidget {{ font-family: {_GENERIC_FONTS['serif']}; }}" in serif


def test_a_round_radius_stops_at_a_pill() -> None:
    """baseRadius "full" (or "large") rounds buttons and inputs into pills, as Streamlit:
    a radius past half an element's height made Qt draw its corners square, so "full"
    gave square buttons, inputs, pills and chips."""
    from rerunqt.theme_custom import CustomTheme

    qss = ("QPushButton#rqButton { border-radius: 6px; }\nQFrame#rqChip { border-radius: 4px; }\n"
           "QProgressBar#rqRunningBar { border-radius: 3px; }\nQPushButton#rqPill { border-radius: 15px; }\n")
    full = CustomTheme(radius="full").apply(qss, "light")
    assert "QPushButton#rqButton { border-radius: 15px; }" in full
    assert "QFrame#rqChip { border-radius: 9px; }" in full
    assert "QProgressBar#rqRunningBar { border-radius: 3px; }" in full
    assert "QPushButton#rqPill { border-radius: 15px; }" in CustomTheme(radius="large").apply(qss, "light")
    assert "QPushButton#rqButton { border-radius: 3px; }" in CustomTheme(radius="small").apply(qss, "light")


def test_a_round_radius_leaves_tables_their_corners() -> None:
    """A table's square header would poke out of a rounder border (Qt does not clip it)."""
    from rerunqt.theme_custom import CustomTheme

    qss = "QTableView#rqDataFrame, QTableView#rqTable { border-radius: 6px; }\n"
    assert "border-radius: 6px;" in CustomTheme(radius="full").apply(qss, "dark")
    assert "border-radius: 3px;" in CustomTheme(radius="small").apply(qss, "dark")


def test_button_radius_rounds_the_buttons_alone() -> None:
    """[theme] buttonRadius (Streamlit 1.67) shapes buttons, baseRadius the rest; the
    sidebar takes [theme.sidebar]'s. It was accepted and ignored."""
    from rerunqt.theme_custom import CustomTheme

    qss = ("QPushButton#rqButton { border-radius: 6px; }\n"
           "QLineEdit#rqTextInput { border-radius: 6px; }\n")
    options = {"theme.baseRadius": "full", "theme.buttonRadius": "none",
               "theme.sidebar.buttonRadius": "0.25rem"}
    out = CustomTheme.from_options(options, "light").apply(qss, "light")
    assert "QPushButton#rqButton { border-radius: 0px; }" in out
    assert "QLineEdit#rqTextInput { border-radius: 15px; }" in out
    side = CustomTheme.for_sidebar(options, "light").apply(qss, "light")
    assert "QPushButton#rqButton { border-radius: 3px; }" in side
    alone = CustomTheme.from_options({"theme.buttonRadius": "small"}, "light").apply(qss, "light")
    assert "rqButton { border-radius: 3px; }" in alone and "rqTextInput { border-radius: 6px; }" in alone


def test_show_widget_border_false_bares_the_inputs() -> None:
    """[theme] showWidgetBorder = false (Streamlit 1.67) hides input widgets' borders; the
    focus ring and buttons keep theirs. It was accepted and ignored."""
    from rerunqt.theme_custom import CustomTheme

    qss = ("QLineEdit#rqTextInput { background: #f0f2f6; border: 1px solid #8a8f9c; }\n"
           "QLineEdit#rqTextInput:focus { border-color: #ff4b4b; }\n"
           "QPushButton#rqButton { border: 1px solid #8a8f9c; }\n")
    out = CustomTheme.from_options({"theme.showWidgetBorder": False}, "light").apply(qss, "light")
    assert "QLineEdit#rqTextInput { background: #f0f2f6; border: 1px solid transparent; }" in out
    assert "rqTextInput:focus { border-color: #ff4b4b; }" in out
    assert "QPushButton#rqButton { border: 1px solid #8a8f9c; }" in out
    dark = qss.replace("#8a8f9c", "#6b7080")
    assert "solid transparent" in CustomTheme(widget_border=False).apply(dark, "dark")
    assert CustomTheme.from_options({"theme.showWidgetBorder": True}, "light").apply(qss, "light") == qss


def test_a_font_list_falls_back_family_by_family() -> None:
    """Streamlit takes a CSS font list ("Georgia, serif"; a "Name:url" first entry whose
    URL has commas): each family is tried in turn, the generic ones expanded. The whole
    list was one unknown family name, so the text fell back to Qt's default sans."""
    from rerunqt.theme_custom import CustomTheme
    from rerunqt.theme_fonts import GENERIC_FONTS as _GENERIC_FONTS

    rules = CustomTheme(heading_font="Georgia, serif").apply("", "light")
    assert f'#rqSubheader {{ font-family: "Georgia", {_GENERIC_FONTS["serif"]}; }}' in rules
    url = ("Nunito:https://fonts.googleapis.com/css2?family=Nunito:ital,wght@0,200..1000;"
           "1,200..1000, sans-serif")
    assert f'font-family: "Nunito", {_GENERIC_FONTS["sans-serif"]};' in \
        CustomTheme(font=url).apply("", "light")


def test_metric_value_size_reads_pixels_and_rem() -> None:
    """metricValueFontSize: "48px", "48" (pixels) or "3rem" (16 px each); a bad one is left
    out. Pixels stay pixels under baseFontSize (which scales the whole sheet), rem scale."""
    from rerunqt.theme_custom import CustomTheme

    qss = "QLabel { color: #31333f; }"
    options = {"theme.metricValueFontSize": "3rem", "theme.metricValueFontWeight": 300}
    assert "QLabel#rqMetricValue { font-size: 48px; font-weight: 300; }" in \
        CustomTheme.from_options(options, "light").apply(qss, "light")
    assert "font-size: 40px;" in CustomTheme(metric_size="50", font_size=20).apply(qss, "light")
    assert "font-size: 48px;" in CustomTheme(metric_size="3rem", font_size=20).apply(qss, "light")
    assert "rqMetricValue" not in CustomTheme(metric_size="big", primary="#000000").apply(qss, "light")


def test_a_theme_file_as_base_gives_the_options_the_app_leaves_unset(tmp_path: Path) -> None:
    """Streamlit 1.67's ``base = "themes/brand.toml"``: the file's [theme] (and its
    sidebar / light / dark tables) under the app's own options, its base the app's base.
    It stopped the app with "must be one of 'light', 'dark', 'system'"."""
    _write(tmp_path / "themes/brand.toml", """
        [theme]
        base = "dark"
        primaryColor = "#00e676"
        textColor = "#e0e0e0"
        [theme.sidebar]
        backgroundColor = "#1b1b2f"
    """)
    config = _load(tmp_path, '[theme]\nbase = "themes/brand.toml"\ntextColor = "#ffffff"\n')
    assert (config["theme.base"], config["theme.primaryColor"], config["theme.textColor"],
            config["theme.sidebar.backgroundColor"]) == ("dark", "#00e676", "#ffffff", "#1b1b2f")
    with pytest.raises(ConfigError, match=r"theme file not found: themes/missing\.toml"):
        _load(tmp_path, '[theme]\nbase = "themes/missing.toml"\n')
    _write(tmp_path / "plain.toml", "[theme]\nprimaryColor = 'red'\n")
    assert _load(tmp_path, '[theme]\nbase = "plain.toml"\n')["theme.base"] == "light"
    with pytest.raises(ConfigError, match="must be one of 'light', 'dark', 'system'"):
        _load(tmp_path, '[theme]\nbase = "blue"\n')


def test_dataframe_colours_paint_the_grid_header_and_lines() -> None:
    """[theme] dataframeHeaderBackgroundColor / dataframeHeaderTextColor /
    dataframeBorderColor (Streamlit 1.67; [theme.dark] wins for the dark base) colour
    st.dataframe's and st.data_editor's header and grid lines; they were ignored."""
    options = {"theme.dataframeHeaderBackgroundColor": "#333333",
               "theme.dark.dataframeHeaderBackgroundColor": "navy",
               "theme.dataframeBorderColor": "#555555"}
    rules = CustomTheme.from_options(options, "light").apply("", "light")
    assert "QTableView#rqDataEditor QHeaderView::section" in rules
    assert "QTableCornerButton::section { background: #333333; }" in rules
    assert "QTableView#rqDataFrame, QTableView#rqDataEditor { border-color: #555555; " \
           "gridline-color: #555555; }" in rules
    assert "background: #000080;" in CustomTheme.from_options(options, "dark").apply("", "dark")
    assert "rqDataFrame" not in CustomTheme(primary="#000000").apply("", "light")


def test_show_sidebar_border_false_hides_the_sidebar_s_edge() -> None:
    """[theme] showSidebarBorder = false (Streamlit 1.67): no line between the sidebar and
    the page; it was accepted and ignored."""
    rule = "QSplitter#rqSplitter::handle { background: transparent; }"
    assert rule in CustomTheme.from_options({"theme.showSidebarBorder": False}, "light").apply("", "light")
    assert rule not in CustomTheme.from_options({"theme.showSidebarBorder": True}, "dark").apply("", "dark")


def test_heading_font_sizes_and_weights_shape_the_heading_elements(tmp_path: Path) -> None:
    """Streamlit 1.67's headingFontSizes / headingFontWeights from a Streamlit config file:
    one value sets all six levels, a list the first ones; st.title / st.header /
    st.subheader grow or shrink by the ratio to Streamlit's default (h1 2.75rem is
    rerunqt's 30 px); a weight not a multiple of 50 keeps the default. They were ignored."""
    from rerunqt.compat import streamlit_only
    from rerunqt.theme_rules import heading_levels

    assert heading_levels("2rem", None) == ((32.0, None),) * 6
    assert heading_levels(["3.5rem", "45.5px"], [300, 810, "bold"])[:3] == (
        (56.0, 300), (45.5, None), (None, None))
    assert heading_levels(None, None) is None and heading_levels(["big"], []) is None
    _load(tmp_path, '[theme]\nheadingFontSizes = ["3.5rem", "45.5px"]\nheadingFontWeights = 300\n')
    options = streamlit_only.theme_extras()
    assert options == {"theme.headingFontSizes": ["3.5rem", "45.5px"], "theme.headingFontWeights": 300}
    rules = CustomTheme.from_options(options, "light").apply("", "light")
    assert "#rqTitle { font-size: 38px; font-weight: 300; }" in rules
    assert "#rqHeader { font-size: 29px; font-weight: 300; }" in rules
    assert "#rqSubheader { font-weight: 300; }" in rules
    assert CustomTheme.for_sidebar(options, "light").headings is None  # not inherited


def test_code_font_size_and_weight_shape_code_blocks() -> None:
    """[theme] codeFontSize / codeFontWeight (Streamlit 1.67) for st.code and st.json, in
    proportion to Streamlit's 0.875rem (rerunqt's 13 px); they were accepted and ignored."""
    options = {"theme.codeFontSize": "1.2rem", "theme.codeFontWeight": 600}
    rules = CustomTheme.from_options(options, "light").apply("", "light")
    assert "#rqCode, #rqJson { font-size: 18px; font-weight: 600; }" in rules
    assert "#rqCode, #rqJson { font-size: 13px; }" in CustomTheme.from_options(
        {"theme.codeFontSize": "14px"}, "light").apply("", "light")
    assert "#rqCode" not in CustomTheme.from_options({"theme.codeFontSize": "big"}, "dark").apply("", "dark")


def test_base_font_weight_lightens_the_text_and_moves_bolder_weights_with_it() -> None:
    """[theme] baseFontWeight (Streamlit 1.67, 100..600): the text's weight, and heavier
    weights derived from it (+100 to +300), so a title stays bolder than the text."""
    qss = "#rqTitle { font-size: 30px; font-weight: 700; }\n#rqHeader { font-weight: 600; }\n"
    out = CustomTheme.from_options({"theme.baseFontWeight": 300}, "light").apply(qss, "light")
    assert "QWidget { font-weight: 300; }" in out
    assert "#rqTitle { font-size: 30px; font-weight: 600; }" in out
    assert "#rqHeader { font-weight: 500; }" in out
    assert "font-weight: 900;" in CustomTheme(font_weight=600).apply(qss, "light")  # 700 + 200


def test_sidebar_heading_sizes_are_the_sidebar_s_own() -> None:
    """[theme.sidebar] headingFontSizes (Streamlit's e2e theme_header_sizes app) size the
    sidebar's headings against Streamlit's sidebar defaults (h1 1.5rem, h2 1.25rem)."""
    options = {"theme.headingFontSizes": "4rem",
               "theme.sidebar.headingFontSizes": ["1.5rem", "2.5rem"]}
    side = CustomTheme.for_sidebar(options, "light")
    assert side.headings is not None and side.headings[:3] == ((44.0, None), (72.0, None), (None, None))
    rules = side.apply("", "light")
    assert "#rqTitle { font-size: 30px; }" in rules and "#rqHeader { font-size: 46px; }" in rules
    assert "#rqSubheader" not in rules  # the page's 4rem is not inherited


def test_padding_top_and_bottom_set_the_page_s_margins(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """[theme] paddingTop / paddingBottom (Streamlit 1.67): "0rem" puts the first element at
    the top, in proportion to Streamlit's 2.25rem and 10rem; an unquoted number is ignored
    with a warning, as Streamlit ignores it (it stopped the app with "expects a string")."""
    from rerunqt.theme_rules import page_padding

    assert page_padding({}) == (24, 32)
    assert page_padding({"theme.paddingTop": "0rem", "theme.paddingBottom": "16"}) == (0, 3)
    assert page_padding({"theme.paddingTop": "72px", "theme.paddingBottom": "-1rem"}) == (48, 32)
    config = _load(tmp_path, "[theme]\npaddingTop = 0\n")
    assert config["theme.paddingTop"] is None
    assert "must be a quoted string" in capsys.readouterr().err


def test_code_and_dataframe_headers_take_the_backgrounds_mix_once_they_change() -> None:
    """Streamlit 1.67's bgMix: unset codeBackgroundColor and dataframeHeaderBackgroundColor
    are half-way between the two backgrounds when a background or the primary changes."""
    options = {"theme.backgroundColor": "#ffffff", "theme.secondaryBackgroundColor": "#000000"}
    assert CustomTheme.from_options(options, "light").code_ground("light") == "#808080"
    set_code = {**options, "theme.codeBackgroundColor": "red"}
    assert CustomTheme.from_options(set_code, "light").code_ground("light") == "#ff0000"
    assert CustomTheme.from_options({"theme.textColor": "#222222"}, "light").code_ground(
        "light") is None
    dark = CustomTheme.from_options({"theme.primaryColor": "forestGreen"}, "dark")
    assert dark.code_ground("dark") == "#1a1c24"  # halfway between the dark base's backgrounds
    sidebar = CustomTheme.for_sidebar({**options, "theme.sidebar.backgroundColor": "#0000ff",
                                       "theme.sidebar.secondaryBackgroundColor": "#ff0000"},
                                      "light")
    assert sidebar.code_ground("light") == "#800080"  # the sidebar's own backgrounds' mix
    assert CustomTheme.for_sidebar(set_code, "light").code_ground("light") == "#ff0000"


def test_border_color_reaches_buttons_and_shown_input_borders() -> None:
    """Streamlit 1.67's borderColor is the edge of buttons and (with showWidgetBorder) of
    inputs; their stylesheet grey is replaced in border properties only."""
    qss = ("QPushButton#rqButton { color: #6b7080; border: 1px solid #6b7080; }\n"
           "QLineEdit#rqTextInput { border: 1px solid #6b7080; }")
    given = {"theme.borderColor": "#7b68ee"}
    themed = CustomTheme.from_options(given, "dark").apply(qss, "dark")
    assert "border: 1px solid #7b68ee; }" in themed and "QLineEdit#rqTextInput { border: 1px " \
        "solid #7b68ee; }" in themed
    bare = CustomTheme.from_options({**given, "theme.showWidgetBorder": False}, "dark")
    assert "QLineEdit#rqTextInput { border: 1px solid transparent; }" in bare.apply(qss, "dark")

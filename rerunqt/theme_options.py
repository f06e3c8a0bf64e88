"""Streamlit 1.67's ``[theme]`` options: names, types, checks and which ones rerunqt applies.

Every option exists in ``[theme]``; most also in ``[theme.sidebar]``, ``[theme.light]``,
``[theme.dark]``, ``[theme.light.sidebar]`` and ``[theme.dark.sidebar]``, as in Streamlit.
All default to None (unset), as ``st.get_option`` returns them in Streamlit. The window
applies the colours, fonts, font size and radius listed in ``APPLIED``; the others are
accepted and checked so an app's config.toml keeps working.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rerunqt.css_colours import parse_colour

SUBSECTIONS = ("sidebar", "light", "dark", "light.sidebar", "dark.sidebar")
RADII = ("none", "small", "medium", "large", "full")
_LENGTH = re.compile(r"\d+(?:\.\d+)?(?:px|rem)")


def check_colour(value: object) -> None:
    parse_colour(str(value))


def check_colours(value: object) -> None:
    for item in value:  # type: ignore[attr-defined]  # the loader checked it is a list of str
        parse_colour(item)


def check_radius(value: object) -> None:
    if str(value) not in RADII and not _LENGTH.fullmatch(str(value)):
        raise ValueError("expects 'none', 'small', 'medium', 'large', 'full' or a size "
                         f"in px or rem such as '6px' or '0.5rem', got {value!r}")


def check_font(value: object) -> None:
    if not str(value).strip():
        raise ValueError("expects a font: 'sans-serif', 'serif', 'monospace' or a family name")


_C, _F, _R = check_colour, check_font, check_radius
_NAMED = ("red", "orange", "yellow", "blue", "green", "violet", "gray")
# (name, type, check, only in [theme], what it does)
SPECS: tuple[tuple[str, type, Callable[[object], None] | None, bool, str], ...] = (
    ("primaryColor", str, _C, False, "Accent colour: primary buttons, sliders, checkboxes, "
     "toggles, focus, selected tabs."),
    ("backgroundColor", str, _C, False, "Background of the page."),
    ("secondaryBackgroundColor", str, _C, False, "Background of inputs, code and the sidebar."),
    ("textColor", str, _C, False, "Colour of the text."),
    ("linkColor", str, _C, False, "Colour of links."),
    ("codeBackgroundColor", str, _C, False, "Background of code blocks."),
    ("borderColor", str, _C, False, "Colour of borders and dividers."),
    ("font", str, _F, False, "Font of the app: 'sans-serif', 'serif', 'monospace' or a family name."),
    ("codeFont", str, _F, False, "Font of code: 'monospace' or a family name."),
    ("headingFont", str, _F, False, "Font of titles and headers."),
    ("baseFontSize", int, None, True, "Base font size in pixels (Streamlit's default is 16); "
     "scales every font size as View > Zoom does."),
    ("baseRadius", str, _R, False, "Roundness of corners: 'none', 'small', 'medium', "
     "'large', 'full' or a size in px or rem."),
    ("showWidgetBorder", bool, None, False, "Border round input widgets (default true); "
     "false hides it until the widget has focus."),
    ("chartCategoricalColors", tuple, check_colours, False,
     "Series colours of the built-in charts (and Streamlit-themed Altair/plotly), in order."),
    *((f"{name}{part}", str, _C, False, what.format(name)) for name in _NAMED
      for part, what in (("Color", "Base of Markdown's :{0}[...] text and background colours."),
                         ("BackgroundColor", "Background of Markdown's :{0}-background[...]."),
                         ("TextColor", "Colour of Markdown's :{0}[...] text."))),
    ("codeTextColor", str, _C, False, "Colour of inline code's words."),
    ("dataframeBorderColor", str, _C, False, "Border and grid lines of st.dataframe and "
     "st.data_editor."),
    ("dataframeHeaderBackgroundColor", str, _C, False, "Header fill of st.dataframe and "
     "st.data_editor."),
    ("dataframeHeaderTextColor", str, _C, False, "Header text of st.dataframe and "
     "st.data_editor."),
    ("linkUnderline", bool, None, False, "Underline links in Markdown (default true)."),
    ("buttonRadius", str, _R, False, "Roundness of buttons' corners, as baseRadius; "
     "baseRadius's when unset."),
    ("codeFontSize", str, None, False, "Size of code blocks, st.json and st.help: '15px' or "
     "'0.9rem' (default 0.875rem)."),
    ("codeFontWeight", int, None, False, "Weight of code blocks, st.json and st.help."),
    ("paddingTop", str, None, False, "Space above the page's first element: '0', '1rem' or "
     "'16px' (the page's; the sidebar's is not applied)."),
    ("paddingBottom", str, None, False, "Space below the page's last element, as paddingTop."),
    ("chartSequentialColors", tuple, check_colours, False,
     "Colours of a colour-by-number scale in charts drawn with Streamlit's theme, low to high."),
    ("chartDivergingColors", tuple, check_colours, False,
     "Streamlit option (list of colours); accepted, not applied."),
    ("baseFontWeight", int, None, True, "Weight of the text (default 400); bolder text "
     "(labels, headings) moves by as much."),
    ("metricValueFontSize", str, None, True,
     "Font size of st.metric values: '48px', '3rem' or '48' (pixels); default 2.25rem."),
    ("metricValueFontWeight", int, None, True, "Font weight of st.metric values (100 to 900)."),
    ("showSidebarBorder", bool, None, True, "Line between the sidebar and the page "
     "(default true)."),
)

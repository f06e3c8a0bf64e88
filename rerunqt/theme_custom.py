"""A configured ``[theme]`` (primaryColor, backgroundColor...) applied to the bundled stylesheet.

Qt-free: the stylesheet is text written in Streamlit's default palette, and a custom theme
is a substitution of those colours (and of shades derived from them) rule by rule. The Qt
side (rerunqt/qt/app.py) prepares it once per (base, zoom, theme) and keeps the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from rerunqt.css_colours import RGB, contrast, mix, parse_colour, to_hex
from rerunqt.theme_fonts import css_family as _family
from rerunqt.theme_named import alert_colours
from rerunqt.theme_rules import (
    FRAME_OPTIONS,
    STREAMLIT_SIDEBAR_HEADING_PX,
    code_rules,
    css_px,
    frame_rules,
    heading_levels,
    heading_rules,
)

WHITE: RGB = (255, 255, 255)
BLACK: RGB = (0, 0, 0)
# Streamlit's default palette, which the .qss files are written in, per base theme.
DEFAULTS = {
    "light": {"primary": "#ff4b4b", "background": "#ffffff", "secondary": "#f0f2f6",
              "text": "#31333f", "code": "#f6f7f9", "border": "#e6e9ef", "link": "#1c83e1"},
    "dark": {"primary": "#ff4b4b", "background": "#0e1117", "secondary": "#262730",
             "text": "#fafafa", "code": "#1a1c24", "border": "#31333f", "link": "#7db7ff"},
}
# The stylesheets' faded-text greys, as the share of the way from the text colour to the
# background (captions, placeholders, disabled text): derived again from a configured theme.
# (Light dataframes' header text and grid lines too, Streamlit's fadedText60 and 05.)
FADED = {"light": {"#5c5f6e": 0.21, "#6b7080": 0.3, "#808495": 0.41, "#a3a8b8": 0.58,
                   "#eef0f4": 0.92},
         "dark": {"#a3a8b8": 0.34, "#808495": 0.49, "#6b6f7e": 0.59}}
_MONO = '"DejaVu Sans Mono", "Menlo", "Consolas", monospace'  # as the .qss files spell it
_RADIUS_SCALE = {"none": 0.0, "small": 0.5, "medium": 1.0, "large": 2.0, "full": 3.0}
# Half the height of the shortest element a rule styles: the roundest corners Qt draws
# (controls are 30-34 px tall; chips 20; bars and slider grooves are already pills).
_PILL_CAP = 15
# tables keep their corners: Qt does not clip a table's square header to a rounder border
_PILL_CAPS = (("rqChip", 9), ("Bar", 0), ("rqSlider", 0), ("rqDataFrame", 6), ("rqTable", 6),
              ("rqDataEditor", 6))
# Input widgets' border in the stylesheets, and the inputs showWidgetBorder = false bares.
_WIDGET_BORDER = {"light": "#8a8f9c", "dark": "#6b7080"}
_INPUTS = ("rqTextInput", "rqNumberInput", "rqSelectbox", "rqMultiselect", "rqTextArea",
           "rqDateInput", "rqTimeInput", "rqChatInput")
_ROUND_SHAPES = ("handle", "indicator", "Toggle", "Radio", "Spinner")  # circles stay circles
_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_DECL = re.compile(r"([A-Za-z-]+)(\s*:\s*)([^;]*)")
_HEX6 = re.compile(r"#[0-9a-fA-F]{6}\b")
_PX = re.compile(r"(\d+(?:\.\d+)?)px")
_PRIMARY_RGBA = re.compile(r"rgba\(\s*255\s*,\s*75\s*,\s*75\s*,")
_TEXT_PROPS = ("color", "selection-color")


class CustomTheme(NamedTuple):
    """The theme options the window applies, resolved for one base (light or dark).

    Colours are ``#rrggbb`` or None (Streamlit's default for the base). Hashable, so a
    prepared stylesheet is cached per (base, zoom, custom theme).
    """

    primary: str | None = None
    background: str | None = None
    secondary: str | None = None
    text: str | None = None
    link: str | None = None
    code: str | None = None
    border: str | None = None
    font: str | None = None
    code_font: str | None = None
    heading_font: str | None = None
    font_size: int | None = None
    radius: str | None = None
    button_radius: str | None = None  # buttonRadius: buttons' corners (baseRadius's if None)
    widget_border: bool | None = None  # showWidgetBorder: False hides the inputs' borders
    sidebar_border: bool | None = None  # showSidebarBorder: False hides the sidebar's edge
    metric_size: str | None = None  # metricValueFontSize: "48px", "3rem" or "48"
    metric_weight: int | None = None  # metricValueFontWeight: 100..900
    # dataframeHeaderBackgroundColor, dataframeHeaderTextColor, dataframeBorderColor
    frame: tuple[str | None, str | None, str | None] | None = None
    # headingFontSizes / headingFontWeights: (CSS px, weight) for h1..h6, None where unset
    headings: tuple[tuple[float | None, int | None], ...] | None = None
    code_size: float | None = None  # codeFontSize in CSS px (Streamlit's default 14)
    code_weight: int | None = None  # codeFontWeight
    font_weight: int | None = None  # baseFontWeight: the text's; heavier ones move with it
    # (alert level, background, text) from blueBackgroundColor / blueTextColor / blueColor...
    alerts: tuple[tuple[str, str | None, str | None], ...] | None = None
    control_border: str | None = None  # borderColor as configured: buttons' and inputs' too

    @classmethod
    def from_options(cls, options: Mapping[str, object], base: str) -> CustomTheme:
        """``[theme.<base>]`` values win over ``[theme]``'s, as in Streamlit 1.67."""
        def pick(name: str) -> object:
            value = options.get(f"theme.{base}.{name}")
            return options.get(f"theme.{name}") if value is None else value

        def colour(name: str) -> str | None:
            value = pick(name)
            return None if value is None else to_hex(parse_colour(str(value)))

        def text(name: str) -> str | None:
            value = pick(name)
            return None if value is None else str(value)

        size = options.get("theme.baseFontSize")
        metric_weight = options.get("theme.metricValueFontWeight")
        return cls(
            primary=colour("primaryColor"), background=colour("backgroundColor"),
            secondary=colour("secondaryBackgroundColor"), text=colour("textColor"),
            link=colour("linkColor"), code=colour("codeBackgroundColor"),
            border=colour("borderColor") or _border(colour("textColor"), colour("backgroundColor"),
                                                    base),
            font=text("font"), code_font=text("codeFont"),
            heading_font=text("headingFont"),
            font_size=size if isinstance(size, int) and not isinstance(size, bool) else None,
            radius=text("baseRadius"), button_radius=text("buttonRadius"),
            widget_border=_flag(pick("showWidgetBorder")),
            sidebar_border=_flag(options.get("theme.showSidebarBorder")),
            metric_size=_text_or_none(options.get("theme.metricValueFontSize")),
            code_size=css_px(pick("codeFontSize")), code_weight=_weight(pick("codeFontWeight")),
            font_weight=_weight(options.get("theme.baseFontWeight")),
            metric_weight=metric_weight if isinstance(metric_weight, int)
            and not isinstance(metric_weight, bool) else None,
            control_border=colour("borderColor"),
            alerts=alert_colours(options, base, colour("backgroundColor")),
            frame=tuple(map(colour, FRAME_OPTIONS)) if any(  # type: ignore[arg-type]
                pick(name) is not None for name in FRAME_OPTIONS) else None,
            headings=heading_levels(options.get("theme.headingFontSizes"),
                                    options.get("theme.headingFontWeights")))

    @classmethod
    def for_sidebar(cls, options: Mapping[str, object], base: str) -> CustomTheme:
        """The sidebar's theme: ``[theme.<base>.sidebar]`` then ``[theme.sidebar]`` values
        over the page's. As Streamlit's ``createSidebarTheme``, the page's background and
        secondary background swap: the panel is on the secondary colour, its inputs on
        the page's background."""
        main = cls.from_options(options, base)

        def side(name: str) -> object:
            value = options.get(f"theme.{base}.sidebar.{name}")
            return options.get(f"theme.sidebar.{name}") if value is None else value

        def colour(name: str, fallback: str | None) -> str | None:
            value = side(name)
            return fallback if value is None else to_hex(parse_colour(str(value)))

        def text(name: str, fallback: str | None) -> str | None:
            value = side(name)
            return fallback if value is None else str(value)

        return main._replace(
            background=colour("backgroundColor", main.colour("secondary", base)),
            secondary=colour("secondaryBackgroundColor", main.colour("background", base)),
            primary=colour("primaryColor", main.primary), text=colour("textColor", main.text),
            link=colour("linkColor", main.link), code=colour("codeBackgroundColor", main.code),
            border=colour("borderColor", main.border), font=text("font", main.font),
            control_border=colour("borderColor", main.control_border),
            code_font=text("codeFont", main.code_font),
            heading_font=text("headingFont", main.heading_font),
            radius=text("baseRadius", main.radius),
            button_radius=text("buttonRadius", main.button_radius),
            headings=heading_levels(side("headingFontSizes"), side("headingFontWeights"),
                                    STREAMLIT_SIDEBAR_HEADING_PX),  # not the page's
            widget_border=main.widget_border if _flag(side("showWidgetBorder")) is None
            else _flag(side("showWidgetBorder")))

    def is_default(self) -> bool:
        return all(value is None for value in self)

    def colour(self, role: str, base: str) -> str:
        """The colour of ``role`` (primary, background, text...) in this theme."""
        return getattr(self, role) or DEFAULTS[base][role]

    def code_ground(self, base: str) -> str | None:
        """codeBackgroundColor, else (a page, secondary or primary colour configured)
        Streamlit's default for it and the dataframe header: halfway between the backgrounds."""
        return self.code or self._background_mix(base)

    def _background_mix(self, base: str) -> str | None:
        """Streamlit 1.67's bgMix, once a theme changes a background or the primary colour."""
        if not (self.background or self.secondary or self.primary):
            return None
        return to_hex(mix(parse_colour(self.colour("background", base)),
                          parse_colour(self.colour("secondary", base)), 0.5))

    def font_scale(self) -> float:
        """baseFontSize relative to Streamlit's default of 16px (View > Zoom multiplies)."""
        return (self.font_size or 16) / 16

    def apply(self, qss: str, base: str) -> str:
        """``qss`` (written in Streamlit's default palette) in this theme's colours, fonts, radius."""
        if self.is_default():
            return qss
        base = "dark" if base == "dark" else "light"
        any_prop, non_text, text_only = self._colour_maps(base)
        code_bg = self.code

        def declaration(selector: str, match: re.Match[str]) -> str:
            prop, sep, value = match[1].lower(), match[2], match[3]
            button = "#rqButton" in selector or "#rqPopoverButton" in selector
            word = self.button_radius if self.button_radius and button else self.radius
            if prop.endswith("radius") and word and not any(s in selector for s in _ROUND_SHAPES):
                value = _PX.sub(lambda m: f"{self._radius(float(m[1]), selector, word)}px", value)
            if self.widget_border is False and prop.startswith("border") and \
                    any(name in selector for name in _INPUTS):  # focus keeps its primary ring
                value = value.replace(_WIDGET_BORDER[base], "transparent")
            if prop == "font-weight" and self.font_weight and value.strip().isdigit():
                value = str(min(900, int(value) + self.font_weight - 400))  # Streamlit's +100..
            if self.primary:
                p = parse_colour(self.primary)
                value = _PRIMARY_RGBA.sub(f"rgba({p[0]}, {p[1]}, {p[2]},", value)
            table = {**any_prop, **(text_only if prop in _TEXT_PROPS else non_text)}
            if code_bg and prop.startswith("background") and "#rqCode" in selector:
                table[DEFAULTS[base]["code"]] = code_bg
            value = _HEX6.sub(lambda m: table.get(m[0].lower(), m[0]), value)
            if base == "light" and prop == "color" and selector.split("*/")[-1].strip() == "QToolTip":
                value = self.colour("background", base)  # the page's on the text-coloured box
            return f"{match[1]}{sep}{value}"

        def rule(match: re.Match[str]) -> str:
            selector = match[1]
            body = _DECL.sub(lambda d: declaration(selector, d), match[2])
            return f"{selector}{{{body}}}"

        text = _RULE.sub(rule, qss)
        if self.code_font:
            text = text.replace(_MONO, _family(self.code_font))
        return text + self._font_rules()

    def _colour_maps(self, base: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
        """Default colour -> configured one: for any property, non-text ones, text ones."""
        d = DEFAULTS[base]
        any_prop: dict[str, str] = {}
        non_text: dict[str, str] = {}
        text_only: dict[str, str] = {}
        bg = parse_colour(self.colour("background", base))
        if self.primary:
            p = parse_colour(self.primary)
            shades: dict[str, Callable[[], RGB]] = {
                "#ff4b4b": lambda: p, "#dc3535": lambda: p,
                "#ff3333": lambda: mix(p, BLACK, 0.06), "#c92a2a": lambda: mix(p, BLACK, 0.12),
                "#b32424": lambda: mix(p, BLACK, 0.25), "#ff6c6c": lambda: mix(p, WHITE, 0.15),
                "#ff8c8c": lambda: mix(p, WHITE, 0.3), "#f3a5a5": lambda: mix(p, bg, 0.55),
                "#ffc2c2": lambda: mix(p, bg, 0.55), "#fde8e8": lambda: mix(p, bg, 0.88),
                "#3d1f22": lambda: mix(p, bg, 0.8),
                # pale primaries: selected cells, a disabled checked box, chip or primary
                # button, an attached file, a drop zone under a drag
                "#ffe1e1": lambda: mix(p, bg, 0.83), "#ffd6d6": lambda: mix(p, bg, 0.77),
                "#fff0f0": lambda: mix(p, bg, 0.92), "#7a3a3a": lambda: mix(p, bg, 0.55),
                "#5c2a2e": lambda: mix(p, bg, 0.68), "#4a2328": lambda: mix(p, bg, 0.75),
                "#4a2428": lambda: mix(p, bg, 0.75)}
            any_prop.update({k: to_hex(f()) for k, f in shades.items()})
            # white on primary, as Streamlit; dark text only on a pale primary (yellow...)
            on_primary = WHITE if contrast(p, WHITE) >= 3.0 else (14, 17, 23)
            text_only["#ffffff"] = to_hex(on_primary)
        ground = self._background_mix(base)
        if ground:  # st.code's box, dataframe headers (codeBackgroundColor: st.code's below)
            any_prop[d["code"]] = ground
        if base == "light" and (self.background or self.text):  # the toolbar's off-white
            non_text["#fafafa"] = to_hex(mix(bg, parse_colour(self.colour("text", base)), 0.025))
        if self.control_border:  # Streamlit 1.67 draws buttons and fields in borderColor
            any_prop[_WIDGET_BORDER[base]] = self.control_border
        for role in ("background", "secondary", "border"):
            if getattr(self, role):
                (non_text if base == "light" and role == "background" else any_prop)[d[role]] = \
                    getattr(self, role)
        if self.text:
            (any_prop if base == "light" else text_only)[d["text"]] = self.text
        if self.text or self.background:  # captions, placeholders, disabled text: text faded
            ink = parse_colour(self.colour("text", base))  # towards the background, as Streamlit's
            for grey, fade in FADED[base].items():
                any_prop[grey] = to_hex(mix(ink, bg, fade))
        return any_prop, non_text, text_only

    def _radius(self, px: float, selector: str = "", word: str | None = None) -> int:
        """A border radius scaled from rerunqt's (Streamlit's 'medium') to baseRadius.

        A rounder one stops at half the element's height (a pill, as Streamlit's "full"):
        Qt draws square corners when two radii overlap, so "full" made every button and
        input square."""
        word = word or self.radius or "medium"
        if word in _RADIUS_SCALE:
            scale = _RADIUS_SCALE[word]
        else:  # '6px', '0.5rem': relative to medium = 0.5rem = 8px
            number = float(word[:-3]) * 16 if word.endswith("rem") else float(word[:-2])
            scale = number / 8
        scaled = round(px * scale)
        if scale <= 1:
            return scaled
        limit = next((cap for part, cap in _PILL_CAPS if part in selector), _PILL_CAP)
        return min(scaled, max(round(px), limit))

    def _font_rules(self) -> str:
        rules = [f"QWidget {{ font-weight: {self.font_weight}; }}"] if self.font_weight else []
        if self.font:
            rules.append(f"QWidget {{ font-family: {_family(self.font)}; }}")
            if self.code_font is None:  # code keeps a monospace font
                mono = "#rqText, #rqCode, #rqJson, #rqExceptionTrace"
                rules.append(f"{mono} {{ font-family: {_MONO}; }}")
        if self.heading_font:
            family = _family(self.heading_font)
            rules.append(f"#rqTitle, #rqHeader, #rqSubheader {{ font-family: {family}; }}")
        metric = []
        size = _pixels(self.metric_size)
        if size is not None:  # pixels as set; zoom and baseFontSize scale rem (16 px) only
            unscaled = not str(self.metric_size).strip().endswith("rem")
            metric.append(f"font-size: {max(1, round(size / (self.font_scale() if unscaled else 1)))}px;")
        if self.metric_weight is not None:
            metric.append(f"font-weight: {self.metric_weight};")
        rules.extend(frame_rules(*self.frame) if self.frame else ())
        rules.extend(heading_rules(self.headings) if self.headings else ())
        rules.extend(code_rules(self.code_size, self.code_weight))
        if self.sidebar_border is False:  # the line between the sidebar and the page
            rules.append("QSplitter#rqSplitter::handle { background: transparent; }")
        if metric:
            rules.append(f"QLabel#rqMetricValue {{ {' '.join(metric)} }}")
        for level, ground, ink in self.alerts or ():
            which = f'#rqAlert[level="{level}"]'
            if level == "error":
                which += ', #rqAlert[level="exception"]'
            if ground:
                rules.append(f"{which} {{ background: {ground}; }}")
            if ink:
                rules.append(", ".join(f"{part} QLabel" for part in which.split(", "))
                             + f" {{ color: {ink}; }}")
        return "\n" + "\n".join(rules) if rules else ""


NO_THEME = CustomTheme()  # nothing configured: Streamlit's default palette
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(px|rem)?\s*")


def _border(text: str | None, background: str | None, base: str) -> str | None:
    """Streamlit derives borderColor from the text faded into the page; with either set
    and no borderColor, the default's share of text over the background, in the theme's."""
    if not (text or background):
        return None
    d = DEFAULTS["dark" if base == "dark" else "light"]
    share = 0.15 if base == "dark" else 0.12  # #31333f over #0e1117, #e6e9ef over white
    return to_hex(mix(parse_colour(background or d["background"]),
                      parse_colour(text or d["text"]), share))


def _weight(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _text_or_none(value: object) -> str | None:
    """A string option's value; anything else (Streamlit ignores a bare number) is None."""
    return value if isinstance(value, str) else None


def _pixels(size: str | None) -> float | None:
    """``"48px"``, ``"48"`` (pixels) or ``"3rem"`` (16 px each) in pixels; None if unreadable."""
    found = _SIZE.fullmatch(size) if size else None
    if found is None:
        return None
    return float(found[1]) * (16 if found[2] == "rem" else 1)

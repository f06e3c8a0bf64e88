"""Page CSS rules (core/page_css_map.py) written as Qt stylesheet rules.

Each target has the widgets' selectors (``.stButton > button`` is a QPushButton#rqButton
of an st.button); each known property is written in Qt's terms: colours as ``rgba()``,
``linear-gradient`` as ``qlineargradient``, rem as 16 px, font sizes in proportion to
Streamlit's 16 px body text (rerunqt's 14 px, times the zoom), ``text-align`` as a label's
alignment. A value Qt cannot take (``url()``, ``calc()``, a percentage) is left out.
The sheet is set on the window (and the sidebar, whose own sheet would hide it), so it
overrides the theme's rules for the same widgets, as an app's CSS overrides Streamlit's.
"""

from __future__ import annotations

import math
import re

from rerunqt.core.page_css import split_top
from rerunqt.core.page_css_map import PageRule
from rerunqt.css_colours import parse_rgba

FONT_SCALE = 14 / 16  # rerunqt's body text against Streamlit's
_TEXT = ("QLabel#rqMarkdown", "QLabel#rqTitle", "QLabel#rqHeader", "QLabel#rqSubheader",
         "QLabel#rqLabel", "QCheckBox#rqCheckbox", "QRadioButton#rqRadioOption",
         "QLabel#rqMetricLabel", "QLabel#rqMetricValue", "QToolButton#rqExpanderHeader")
_ALL_TEXT = ("QLabel", "QCheckBox", "QRadioButton")  # a sidebar's ``*``: every word in it
_FONTED = (*_TEXT, "QLabel#rqCaption", "QPushButton#rqButton", "QLineEdit", "QTextEdit",
           "QPlainTextEdit", "QComboBox", "QAbstractSpinBox")


def _kind(kind: str) -> tuple[str, ...]:
    return (f'QPushButton#rqButton[rqKind="{kind}"]', f'*[rqKind="{kind}"] QPushButton#rqButton')


SELECTORS: dict[str, tuple[str, ...]] = {
    "button": _kind("button"), "download_button": _kind("download_button"),
    "form_submit_button": _kind("form_submit_button"), "button.any": ("QPushButton#rqButton",),
    "button.primary": ('QPushButton#rqButton[kind="primary"]',),
    "button.secondary": ('QPushButton#rqButton[kind="secondary"]',),
    "h1": ("QLabel#rqTitle",), "h2": ("QLabel#rqHeader",), "h3": ("QLabel#rqSubheader",),
    "text": ("QLabel#rqMarkdown",), "metric": ("QFrame#rqMetric",),
    "file_uploader": ("QFrame#rqDropZone",), "file_dropzone": ("QFrame#rqDropZone",),  # (the box)
    "file_button": ("QWidget#rqFileUploader QPushButton#rqButton",), "alert": ("#rqAlert",),
    "form": ("QFrame#rqForm",), "column": ("QFrame#rqColumn",),
    "progress_bar": ("QProgressBar#rqProgressBar::chunk",), "progress_track": ("QProgressBar#rqProgressBar",),
    "label": ("QLabel#rqLabel", "QCheckBox#rqCheckbox", "QRadioButton#rqRadioOption"),
    "widget_label": ("QLabel#rqLabel",),
    "text.all": ("QLabel#rqMarkdown", "QLabel#rqLabel", "QLabel#rqCaption", "QCheckBox#rqCheckbox",
                 "QRadioButton#rqRadioOption", "QLabel#rqMetricLabel"),
    "metric_label": ("QLabel#rqMetricLabel",), "metric_value": ("QLabel#rqMetricValue",),
    "metric_delta": ("QLabel#rqMetricDelta",),
    "text_input": ("QLineEdit#rqTextInput",), "number_input": ("QDoubleSpinBox#rqNumberInput",),
    "text_area": ("QPlainTextEdit#rqTextArea",),
    "expander": ("QFrame#rqExpander",), "expander_header": ("QToolButton#rqExpanderHeader",),
    "tab": ("QTabWidget#rqTabs QTabBar::tab",), "tab.selected": ("QTabWidget#rqTabs QTabBar::tab:selected",),
    "app": ("#rqPage", "QScrollArea#rqScroll"), "sidebar": ("#rqSidebarPage",),  # (SIDEBAR)
}
_BOX_TARGETS = frozenset({"text.all", "label", "widget_label", "button", "download_button", "alert",
                          "form", "column", "progress_bar", "progress_track",
                          "file_uploader", "file_dropzone", "file_button",
                          "form_submit_button", "button.any",
                          "button.primary", "button.secondary", "metric", "h1", "h2", "h3", "text",
                          "metric_label", "metric_value", "text_input", "number_input", "text_area",
                          "expander", "expander_header", "tab", "tab.selected"})
_LENGTH = re.compile(r"(-?\d*\.?\d+)(px|rem|em|pt)?")
_ANGLE = re.compile(r"(-?\d*\.?\d+)(deg|turn|rad)")
_DIRECTIONS = {"to right": 90.0, "to left": 270.0, "to bottom": 180.0, "to top": 0.0,
               "to bottom right": 135.0, "to right bottom": 135.0, "to top right": 45.0,
               "to right top": 45.0, "to bottom left": 225.0, "to left bottom": 225.0,
               "to top left": 315.0, "to left top": 315.0}
_ALIGN = {"left": "AlignLeft", "center": "AlignHCenter", "right": "AlignRight",
          "justify": "AlignJustify", "start": "AlignLeft", "end": "AlignRight"}


def length(value: str) -> float | None:
    """CSS pixels of a length (``12px``, ``1.5rem``, ``0``), or None (``%``, ``auto``)."""
    match = _LENGTH.fullmatch(value.strip().lower())
    if match is None or (match.group(2) is None and float(match.group(1)) != 0):
        return None
    number = float(match.group(1))
    return number * {"rem": 16.0, "em": 16.0, "pt": 4 / 3}.get(match.group(2) or "px", 1.0)


def colour(value: str) -> str | None:
    """A CSS colour as Qt's ``rgba()``, or None when it is not one."""
    try:
        r, g, b, a = parse_rgba(value.strip())
    except ValueError:
        return None
    return f"rgba({r}, {g}, {b}, {a})"


def background(value: str) -> str | None:
    """A background: a colour, a ``linear-gradient`` (as ``qlineargradient``), or the first
    colour among its words (``#fff url(...) no-repeat``); None for a picture alone."""
    text = value.strip()
    if text.lower() in ("none", "transparent"):
        return "transparent"
    found = colour(text)
    if found is not None:
        return found
    if text.lower().startswith(("linear-gradient(", "repeating-linear-gradient(")):
        return gradient(text[text.index("(") + 1:text.rindex(")")] if ")" in text else "")
    for word in split_top(text, " "):
        found = colour(word)
        if found is not None:
            return found
    return None


def gradient(inside: str) -> str | None:
    """``linear-gradient(...)``'s arguments as a ``qlineargradient`` over the widget's box."""
    parts = split_top(inside, ",")
    angle = 180.0
    if parts and (parts[0].lower() in _DIRECTIONS or _ANGLE.fullmatch(parts[0].lower())):
        first = parts.pop(0).lower()
        if first in _DIRECTIONS:
            angle = _DIRECTIONS[first]
        else:
            match = _ANGLE.fullmatch(first)
            assert match is not None
            number = float(match.group(1))
            angle = {"deg": number, "turn": number * 360, "rad": math.degrees(number)}[match.group(2)]
    stops: list[tuple[float | None, str]] = []
    for part in parts:
        words = split_top(part, " ")
        found = colour(words[0]) if words else None
        if found is None:
            return None
        at = words[1] if len(words) > 1 and words[1].endswith("%") else None
        stops.append((float(at[:-1]) / 100 if at else None, found))
    if len(stops) < 2:
        return stops[0][1] if stops else None
    radians = math.radians(angle)
    dx, dy = math.sin(radians) / 2, -math.cos(radians) / 2
    points = f"x1: {0.5 - dx:.3f}, y1: {0.5 - dy:.3f}, x2: {0.5 + dx:.3f}, y2: {0.5 + dy:.3f}"
    last = len(stops) - 1
    spots = ", ".join(f"stop: {min(1.0, max(0.0, at if at is not None else i / last)):.3f} {c}"
                      for i, (at, c) in enumerate(stops))
    return f"qlineargradient({points}, {spots})"


def font_size(value: str, zoom: float) -> str | None:
    px = length(value)
    return None if px is None or px <= 0 else f"{max(1, round(px * FONT_SCALE * zoom))}px"


def _px(value: str) -> str | None:
    px = length(value)
    return None if px is None or px < 0 else f"{round(px)}px"


def _border(value: str) -> str | None:
    """``1px solid #ccc`` (any order) in Qt's terms; ``none``/``0`` as no border."""
    words = split_top(value, " ")
    if words and words[0].lower() in ("none", "0", "hidden"):
        return "none"
    out: list[str] = []
    for word in words:
        found = colour(word) or _px(word)
        if found is None and word.lower() in ("solid", "dashed", "dotted", "double", "none"):
            found = word.lower()
        if found is None:
            return None
        out.append(found)
    return " ".join(out) or None


def _box(value: str) -> str | None:
    sizes = [_px(word) for word in split_top(value, " ")]
    return None if not sizes or None in sizes or len(sizes) > 4 else " ".join(map(str, sizes))


def declaration(name: str, value: str, target: str, zoom: float) -> str | None:
    """One property in Qt's stylesheet terms for a widget of ``target``, or None."""
    found: str | None = None
    if name == "color":
        found = colour(value)
    elif name in ("background", "background-color"):
        name, found = "background", background(value)
    elif name == "font-size":
        found = font_size(value, zoom)
    elif name == "font-weight":
        word = value.strip().lower()
        found = word if word in ("normal", "bold") or (word.isdigit() and len(word) == 3) else None
    elif name in ("font-family", "font-style"):
        found = value.strip() if "(" not in value else None
    elif target not in _BOX_TARGETS and not target.startswith(("key", "label:", "widget_label:", "option:")):
        return None
    elif name.startswith("border") and name not in ("border-radius", "border-color", "border-width",
                                                      "border-style"):
        found = _border(value)
    elif name == "border-color":
        found = colour(value)
    elif name == "border-style":
        word = value.strip().lower()
        found = word if word in ("solid", "dashed", "dotted", "none") else None
    elif name in ("border-radius", "border-width", "padding") or name.startswith("padding-"):
        found = _box(value)
    elif name in ("min-height", "height") and not target.startswith("progress"):  # (a fixed bar)
        name, found = "min-height", _px(value)
    elif name == "text-align":
        align = _ALIGN.get(value.strip().lower())
        if align is None:
            return None
        if target.startswith(("button", "download", "form_submit", "key_button")):
            return f"text-align: {value.strip().lower()}"
        name, found = "qproperty-alignment", align
    return None if found is None else f"{name}: {found}"


SIDEBAR = "#rqSidebarPage"  # the sidebar's content holder, which carries its page CSS


def rules_qss(rules: tuple[PageRule, ...], scope: str, zoom: float) -> str:
    """The stylesheet text of the ``rules`` of one scope (``main`` or ``sidebar``). A
    sidebar rule's selectors start with the sidebar's id, so they outrank the page's rules
    in the same sheet, as ``[data-testid="stSidebar"] p`` outranks ``p``."""
    out: list[str] = []
    for rule in rules:
        if rule.scope != scope:
            continue
        for selectors, lines in _rule_parts(rule, zoom):
            if scope == "sidebar":
                selectors = tuple(s if s == SIDEBAR else f"{SIDEBAR} {s}" for s in selectors)
            if lines:
                out.append(f"{', '.join(selectors)} {{ {'; '.join(lines)}; }}")
    return "\n".join(out)


def _keyed(target: str) -> tuple[str, ...]:
    """``key:<key>``: the element made with that key (rerunqt/qt/page_css.py marks it with
    an ``rqKey`` property); ``key_button:<key>``: the button in it or of that key."""
    kind, _, key = target.partition(":")
    if kind == "key":
        return (f'*[rqKey="{key}"]',)
    if kind == "key_button":
        return (f'QPushButton#rqButton[rqKey="{key}"]', f'*[rqKey="{key}"] QPushButton#rqButton')
    return _labelled(target)


# a ``label:<kinds>`` rule's widgets (``.stRadio label``: the label and the options)
_LABELLED = ("QLabel#rqLabel", "QRadioButton#rqRadioOption", "QCheckBox#rqCheckbox")


def _labelled(target: str) -> tuple[str, ...]:
    """``widget_label:<kinds>`` / ``label:<kinds>`` / ``option:radio``: the labels (and
    options) of the widgets of those kinds only, which carry an ``rqKind`` property."""
    part, _, kinds = target.partition(":")
    names = {"widget_label": ("QLabel#rqLabel",), "label": _LABELLED,
             "option": ("QRadioButton#rqRadioOption",)}.get(part, ())
    return tuple(selector for kind in kinds.split(",") if kind for name in names
                 for selector in (f'*[rqKind="{kind}"] {name}', f'{name}[rqKind="{kind}"]'))


def _rule_parts(rule: PageRule, zoom: float) -> list[tuple[tuple[str, ...], list[str]]]:
    """Selectors and their lines. A page or sidebar rule (``.stApp``, ``[data-testid=
    "stSidebar"] *``) colours its panel and its text widgets and sets their font; the
    sizes of a sidebar's ``p`` / ``*`` reach its Markdown and widget labels."""
    target, state = rule.target, f":{rule.state}" if rule.state else ""

    def lines(names: tuple[str, ...]) -> list[str]:
        return [line for name, value in rule.declarations
                if name in names and (line := declaration(name, value, target, zoom))]

    if target in ("app", "sidebar") or (target == "text" and rule.scope == "sidebar"):
        panel = lines(("background", "background-color")) if target != "text" else []
        texts = _ALL_TEXT if rule.scope == "sidebar" else _TEXT
        return [(SELECTORS.get(target, ()), panel), (texts, lines(("color",))),
                (_FONTED, lines(("font-family",))),
                (("QLabel#rqMarkdown", "QLabel#rqLabel"), lines(("font-size", "font-weight")))]
    if target == "alert":  # its words are labels inside it, each with the theme's colour
        return [(tuple(f"{s}{state}" for s in SELECTORS[target]),
                 [line for name, value in rule.declarations if name != "color"
                  and (line := declaration(name, value, target, zoom))]),
                (("#rqAlert QLabel",), lines(("color", "font-size", "font-weight", "font-family")))]
    selectors = SELECTORS.get(target) or _keyed(target)
    if not selectors:
        return []
    return [(tuple(selector + state for selector in selectors),
             lines(tuple(name for name, _ in rule.declarations)))]

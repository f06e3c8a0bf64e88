"""Which page-CSS rules rerunqt understands: Streamlit's selectors as rerunqt targets (Qt-free).

Community apps style Streamlit through its class names and ``data-testid`` attributes
(``.stButton > button``, ``[data-testid="stSidebar"]``, ``.stApp``, ``.block-container``,
``[data-testid="stMetricValue"]``) and a few tags (``h1``-``h3``, ``p``, ``button``). Each
selector is normalised (case, quotes, ``div.``/``section`` prefixes, child vs descendant,
a leading ``.stApp`` / ``.stMain`` / ``html body``) and looked up here; a selector not listed
is ignored quietly, as a browser ignores one that matches nothing. Only selectors that
match in Streamlit 1.67's page are listed: older ones that apps still carry (``.main``,
``.css-1d391kg``, ``metric-container``, ``.streamlit-expanderHeader``, ``[data-baseweb=
"select"]``) match nothing there, so they change nothing here either. ``qt/page_css.py``
turns the result into Qt stylesheet rules and window settings.

Targets: ``app`` (page background, text colour and font), ``block`` (the page column's
padding and max-width), ``sidebar`` (its panel), ``text`` (Markdown text), ``text.all``
(``p``: Markdown and the words of widget labels, captions, options), ``label`` (widget
labels, check boxes, radio options), ``widget_label`` (``[data-testid="stWidgetLabel"]``: any
widget's label), ``widget_label:<kinds>`` / ``label:<kinds>`` / ``option:radio`` (``.stRadio >
label``, ``.stTextInput label``, ``.stRadio > div > label``: one kind's), ``h1``-``h3``
(title, header, subheader), ``button`` / ``download_button`` / ``form_submit_button`` /
``button.any`` / ``button.primary`` / ``button.secondary``, ``metric``, ``metric_label``,
``metric_value``, ``metric_delta``, the fields ``text_input``, ``number_input``,
``text_area``, ``expander`` / ``expander_header``, ``tab`` / ``tab.selected``,
``sidebar_nav`` (the page list), ``sidebar_nav_rule`` (the rule under it) and
``sidebar_toggle`` (hidden by ``display: none``),
``file_uploader`` / ``file_dropzone`` / ``file_button``, ``alert``, ``form`` / ``column``
(their boxes), ``progress_bar`` / ``progress_track`` (st.progress's fill and track),
``key:<key>`` / ``key_button:<key>`` (``.st-key-card``: the element made with
``key="card"``, a container's box or a widget; ``.st-key-go button``), and
``chrome`` (Streamlit's header, menu, footer, toolbar and deploy button: a window has
none of these, so their rules do nothing).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rerunqt.core.page_css import Declarations, parse_rules, split_top

PROPERTIES = frozenset({
    "color", "background", "background-color", "font-size", "font-weight", "font-family",
    "font-style", "border", "border-top", "border-right", "border-bottom", "border-left",
    "border-color", "border-width", "border-style", "border-radius", "padding", "padding-top",
    "padding-right", "padding-bottom", "padding-left", "text-align", "min-height", "height",
    "max-width", "display", "visibility", "width", "background-image", "min-width",
})
STATES = {"hover": "hover", "active": "pressed", "focus": "focus", "focus-visible": "focus",
          "disabled": "disabled", "first-child": "", "first-of-type": ""}

# (not ``html`` / ``body``: Streamlit's .stApp paints its own background, colour and font
# over them, so their rules show nothing in Streamlit 1.67)
_APP = {".stapp", "[data-testid=stappviewcontainer]", ".stappviewcontainer", ".stmain",
        "[data-testid=stmain]", "[data-testid=stapp]"}
_BLOCK = {".block-container", "[data-testid=stmainblockcontainer]", ".stmainblockcontainer"}
_TEXT = {".stmarkdown", ".stmarkdown p", ".stmarkdown span", "[data-testid=stmarkdown] p",
         "[data-testid=stmarkdown]", ".stmarkdown div"}
# ``p`` is every paragraph of Streamlit's page: Markdown, and the Markdown of widget labels,
# captions, check boxes and radio options (each a <p> in a stMarkdownContainer)
_ALL_TEXT = {"p", "[data-testid=stmarkdowncontainer]", "[data-testid=stmarkdowncontainer] p",
             ".element-container p", ".stelementcontainer p"}
_SIDEBAR_TEXT = _TEXT | _ALL_TEXT | {"*", "label", "span", "div", "li"}
_BUTTONS = {
    ".stbutton button": "button", "[data-testid=stbutton] button": "button",
    ".stdownloadbutton button": "download_button", "[data-testid=stdownloadbutton] button":
    "download_button", ".stformsubmitbutton button": "form_submit_button",
    "[data-testid=stformsubmitbutton] button": "form_submit_button", "button": "button.any",
    "button[kind=primary]": "button.primary", "[data-testid=stbasebutton-primary]": "button.primary",
    ".stbutton button[kind=primary]": "button.primary",
    "button[kind=secondary]": "button.secondary", ".stbutton button[kind=secondary]": "button.secondary",
    "[data-testid=stbasebutton-secondary]": "button.secondary",
}
_METRIC = {
    "[data-testid=stmetric]": "metric", ".stmetric": "metric",
    "[data-testid=stmetriclabel]": "metric_label", "[data-testid=stmetriclabel] p": "metric_label",
    "[data-testid=stmetriclabel] div": "metric_label", "[data-testid=stmetricvalue]": "metric_value",
    "[data-testid=stmetricvalue] div": "metric_value", "[data-testid=stmetricdelta]": "metric_delta",
    "[data-testid=stmetricdelta] div": "metric_delta",
}
_INPUTS = {
    ".sttextinput input": "text_input", "[data-testid=sttextinput] input": "text_input",
    ".sttextinput": "text_input", "[data-testid=sttextinput]": "text_input",
    "input": "text_input", "[data-testid=sttextinputrootelement] input": "text_input",
    ".stnumberinput input": "number_input", "[data-testid=stnumberinput] input": "number_input",
    ".sttextarea textarea": "text_area", "[data-testid=sttextarea] textarea": "text_area",
    "textarea": "text_area", ".sttextarea div textarea": "text_area",
    "[data-testid=stexpander]": "expander", "[data-testid=stexpander] details": "expander",
    ".stexpander": "expander", ".stexpander details": "expander",
    "[data-testid=stexpander] summary": "expander_header", ".stexpander summary": "expander_header",
    "[data-testid=stexpander] details summary": "expander_header",
    ".sttabs button": "tab", "[data-testid=sttab]": "tab", ".sttabs [data-testid=sttab]": "tab",
    ".sttabs button[aria-selected=true]": "tab.selected", ".sttabs [aria-selected=true]": "tab.selected",
    "[data-testid=sttab][aria-selected=true]": "tab.selected",
}
_BOXES = {
    "[data-testid=stfileuploader]": "file_uploader", ".stfileuploader": "file_uploader",
    "[data-testid=stfileuploader] section": "file_dropzone", ".stfileuploader section": "file_dropzone",
    "[data-testid=stfileuploaderdropzone]": "file_dropzone",
    "[data-testid=stfileuploader] button": "file_button", "[data-testid=stfileuploaderdropzone] button":
    "file_button", ".stfileuploader button": "file_button",
    "[data-testid=stalert]": "alert", ".stalert": "alert", "[data-testid=stalertcontainer]": "alert",
    ".stalert div": "alert", "[data-testid=stalert] div": "alert",
    "[data-testid=stform]": "form", ".stform": "form",
    "[data-testid=stcolumn]": "column", ".stcolumn": "column",
}
_HEADINGS = {"h1": "h1", "h2": "h2", "h3": "h3", ".stmarkdown h1": "h1", ".stmarkdown h2": "h2",
             ".stmarkdown h3": "h3", "[data-testid=stheading] h1": "h1",
             "[data-testid=stheading] h2": "h2", "[data-testid=stheading] h3": "h3"}
_CHROME = {"#mainmenu", "footer", "header", "[data-testid=stheader]", "[data-testid=sttoolbar]",
           "[data-testid=stdecoration]", "#stdecoration", ".stdeploybutton", ".stappdeploybutton",
           "[data-testid=ststatuswidget]", "[data-testid=stappdeploybutton]", ".stapp header",
           "[data-testid=stmainmenu]", "header[data-testid=stheader]"}
_NAV = {"[data-testid=stsidebarnav]", "[data-testid=stsidebarnavitems]"}
_NAV_RULE = {"[data-testid=stsidebarnavseparator]"}  # only the rule under the list
_TOGGLE = {"[data-testid=collapsedcontrol]", "[data-testid=stsidebarcollapsedcontrol]",
           "[data-testid=stsidebarcollapsebutton]", "[data-testid=stexpandsidebarbutton]"}
_SIDEBAR = {"[data-testid=stsidebar]", "[data-testid=stsidebarcontent]", ".stsidebar",
            "[data-testid=stsidebar] div:first-child", "[data-testid=stsidebaruser content]",
            "[data-testid=stsidebaruser-content]", "[data-testid=stsidebarusercontent]",
            "[data-testid=stsidebar] div"}
_SIDEBAR_PREFIXES = ("[data-testid=stsidebar] ", ".stsidebar ", "[data-testid=stsidebarcontent] ",
                     "[data-testid=stsidebarusercontent] ")
_LEADING = re.compile(r"^(?:html |body |\.stapp |\.stmain |"
                      r"\[data-testid=stappviewcontainer\] |\[data-testid=stmain\] )+")
_TAG_PREFIX = re.compile(r"(?<![\w-])(?:div|section|span|nav|ul)(?=[.\[])")
_PSEUDO = re.compile(r":([\w-]+)$")
# a widget's label: ``[data-testid="stWidgetLabel"]``, ``.stTextInput label``, ``.stSlider label p``
_WIDGET_LABEL = re.compile(r"(?:\[data-testid=stwidgetlabel\]|(?:\.st[a-z]+|\[data-testid=st[a-z]+\]) label)"
                           r"(?: p| div)?")
_KEYED = re.compile(r"\.st-key-([\w-]+)(?: (.+))?")
# a widget's ``label`` and the path to it: ``.stRadio > label`` (the widget's label),
# ``.stRadio label`` (label and options), ``.stRadio > div > label`` (the options)
_LABEL_PATH = re.compile(r"(?:\.st([a-z]+)|\[data-testid=st([a-z]+)\])"
                         r"((?: > | )(?:div(?:\[role=radiogroup\])?(?: > | ))*)label(?:(?: > | )(?:p|div))?$")
# st.progress's parts by depth: ``.stProgress > div > div > div > div`` is the bar's fill,
# ``... > div > div > div`` its track (Base Web's progress bar inside Streamlit's element)
_PROGRESS_PATH = re.compile(r"(?:\.stprogress|\[data-testid=stprogress\])((?:(?: > | )div)+)$")
_PROGRESS_PARTS = {3: "progress_track", 4: "progress_bar"}
# Streamlit 1.67's class of each widget root and rerunqt's kinds drawn with it
_LABEL_KINDS = {
    "textinput": "text_input", "numberinput": "number_input", "textarea": "text_area",
    "selectbox": "selectbox", "multiselect": "multiselect", "radio": "radio",
    "slider": "slider,select_slider", "dateinput": "date_input", "timeinput": "time_input",
    "datetimeinput": "datetime_input", "checkbox": "checkbox,toggle",
    "colorpicker": "color_picker", "fileuploader": "file_uploader", "camerainput": "camera_input",
    "buttongroup": "pills,segmented_control",
}


class PageRule(NamedTuple):
    """One understood rule: where it applies (``main`` or ``sidebar``), its target, its state
    (``""``, ``hover``, ``pressed``, ``focus``, ``disabled``) and its known properties."""

    scope: str
    target: str
    state: str
    declarations: Declarations


def normalise(selector: str) -> str:
    """One selector in the form the tables use: lower case, no quotes, one space between
    parts, ``>`` read as a descendant, ``div``/``section`` before a class dropped."""
    text = selector.lower().replace('"', "").replace("'", "")
    text = re.sub(r"\s*([>+~])\s*", r" \1 ", text)
    text = text.replace(" > ", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\[\s*([\w-]+)\s*([*^$~|]?=)\s*([^\]]*?)\s*\]", r"[\1\2\3]", text)
    parts = text.split(" ")  # a bare ``div`` between parts (``.stTextInput > div > div > input``)
    text = " ".join(p for i, p in enumerate(parts) if p != "div" or i in (0, len(parts) - 1))
    return _TAG_PREFIX.sub("", text)


def target_of(selector: str) -> tuple[str, str, str] | None:
    """``(scope, target, state)`` for a selector rerunqt knows, else None."""
    text = normalise(selector)
    path = _label_path(selector)
    progress = _progress_part(selector)
    state = ""
    if match := _PSEUDO.search(text):
        if match.group(1) not in STATES or "::" in text:
            return None
        state, text = STATES[match.group(1)], text[:match.start()].rstrip()
    if "::" in text or ":" in text.replace(":first-child", ""):
        return None
    text = _LEADING.sub("", text)
    if match := _KEYED.fullmatch(text):  # Streamlit's .st-key-<key> class of a keyed element
        name, rest = match.group(1), match.group(2)
        if rest in (None, "button"):
            return "main", f"{'key_button' if rest else 'key'}:{name}", state
        return None
    if text in _SIDEBAR:
        return ("sidebar", "sidebar", state) if not state else None
    for prefix in _SIDEBAR_PREFIXES:
        if text.startswith(prefix):
            rest = text[len(prefix):].removeprefix("div:first-child ").removeprefix(".block-container ")
            found = _target("sidebar", rest, state, path, progress)
            if found is None and rest in _SIDEBAR_TEXT and not state:
                return "sidebar", "text", ""
            return found
    return _target("main", text, state, path, progress)


def _label_path(selector: str) -> tuple[str, str] | None:
    """``(widget class, shape)`` of a selector that ends at a widget's ``label``: shape
    ``child`` (``> label``), ``descendant`` (`` label``) or ``options`` (``> div > label``)."""
    text = selector.lower().replace('"', "").replace("'", "")
    text = re.sub(r"\s+", " ", re.sub(r"\s*>\s*", " > ", text)).strip()
    text = _PSEUDO.sub("", text)
    match = _LABEL_PATH.search(text)
    if match is None:
        return None
    between = match.group(3)
    shape = "options" if "div" in between else "child" if between == " > " else "descendant"
    return match.group(1) or match.group(2), shape


def _progress_part(selector: str) -> str | None:
    """``progress_bar`` / ``progress_track`` for a selector of st.progress's fill / track."""
    text = selector.lower().replace('"', "").replace("'", "")
    match = _PROGRESS_PATH.search(re.sub(r"\s+", " ", re.sub(r"\s*>\s*", " > ", text)).strip())
    return _PROGRESS_PARTS.get(match.group(1).count("div")) if match else None


def _label_target(path: tuple[str, str] | None) -> str | None:
    """A widget label rule's target: ``widget_label:<kinds>`` (its label), ``label:<kinds>``
    (label and options or check box), ``option:radio``; ``widget_label`` for any widget's
    (``[data-testid="stWidgetLabel"]``, an unknown class); None for another widget's inner
    labels, which are not its label (a radio rule must not box a text input's label)."""
    kinds = _LABEL_KINDS.get(path[0]) if path is not None else None
    if path is None or kinds is None:
        return "widget_label" if path is None or path[1] != "options" else None
    if path[1] == "options":
        return "option:radio" if kinds == "radio" else None
    if path[1] == "child" and kinds == "radio":
        return f"widget_label:{kinds}"
    return f"label:{kinds}"


def _target(scope: str, text: str, state: str, path: tuple[str, str] | None = None,
            progress: str | None = None) -> tuple[str, str, str] | None:
    if progress is not None and text.startswith((".stprogress", "[data-testid=stprogress]")):
        return (scope, progress, "") if not state else None
    if text in _BUTTONS:
        return scope, _BUTTONS[text], state
    if text in _INPUTS and state in ("", "hover", "focus", "disabled"):
        return scope, _INPUTS[text], state
    if state:
        return None  # only buttons and fields have states here
    for table, name in ((_APP, "app"), (_BLOCK, "block"), (_TEXT, "text"), (_ALL_TEXT, "text.all"),
                        (_CHROME, "chrome"),
                        (_TOGGLE, "sidebar_toggle"), (_NAV, "sidebar_nav"),
                        (_NAV_RULE, "sidebar_nav_rule")):
        if text in table:
            return scope, name, ""
    if text == "label":
        return scope, "label", ""
    if text in ("[role=radiogroup] label", "[role=radiogroup] label p"):  # every radio's options
        return scope, "option:radio", ""
    if _WIDGET_LABEL.fullmatch(text) or (path is not None and path[1] == "options"):
        label = _label_target(path) if "stwidgetlabel" not in text else "widget_label"
        return (scope, label, "") if label else None
    found = _METRIC.get(text) or _HEADINGS.get(text) or _BOXES.get(text)
    return (scope, found, "") if found else None


@functools.lru_cache(maxsize=16)
def page_rules(sheets: tuple[str, ...]) -> tuple[PageRule, ...]:
    """The understood rules of the page's style sheets, in source order (later ones win,
    as in a browser at equal specificity). Cached: a rerun draws the same CSS again."""
    out: list[PageRule] = []
    for sheet in sheets:
        for selectors, declarations in parse_rules(sheet):
            kept = tuple((name, value) for name, value in declarations if name in PROPERTIES)
            if not kept:
                continue
            for selector in split_top(selectors, ","):
                found = target_of(selector)
                if found is not None and found[1] != "chrome":
                    out.append(PageRule(*found, kept))
    return tuple(out)

"""Attributes Streamlit's AppTest elements have that rerunqt keeps under other names.

An element view reads its props first; these fill in the Streamlit names a test may use
(``Markdown.allow_html``, ``Title.tag``, ``Code.show_line_numbers``, ``Status.icon``...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rerunqt.core.element import Element, walk

if TYPE_CHECKING:
    from rerunqt.testing.apptest import AppTest

_TAGS = {"title": "h1", "header": "h2", "subheader": "h3"}
_ALERT_FORMATS = {"error": 1, "warning": 2, "info": 3, "success": 4}  # the Alert proto's Format enum
_STATUS_ICONS = {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}


def _column_gap(element: Element, app: AppTest) -> Any:
    for row in walk(app.tree):
        if row.kind == "columns" and any(cell is element for cell in row.children):
            return row.prop("gap")
    return None


# Streamlit's text_input autocomplete for each type when none is given
_AUTOCOMPLETE = {"password": "new-password", "email": "email", "url": "url", "phone": "tel",
                 "search": "off"}


def _autocomplete(element: Element) -> str:
    given = element.prop("autocomplete")
    return str(given) if given is not None else _AUTOCOMPLETE.get(element.prop("type"), "")


_CHOOSE = {"selectbox": "an option", "multiselect": "options"}


def _placeholder(element: Element) -> str:
    """A select box's placeholder as Streamlit's AppTest reads its proto: "" when none was
    given (its front end then shows "Choose an option" and the like), " " for ``""``."""
    shown = element.prop("placeholder") or ""
    if not shown:
        return " "
    what = _CHOOSE[element.kind]
    if not element.prop("accept_new_options"):
        made_up = f"Choose {what}"
    else:
        made_up = f"Choose or add {what}" if element.prop("options") else f"Add {what}"
    return "" if shown == made_up else shown


DERIVED: dict[str, Callable[[Element, AppTest], Any]] = {
    "allow_html": lambda e, app: bool(e.prop("unsafe_allow_html")),
    "is_caption": lambda e, app: e.kind == "caption",
    "code_text": lambda e, app: e.prop("body") if e.kind == "code" else None,
    "show_line_numbers": lambda e, app: bool(e.prop("line_numbers")),
    "tag": lambda e, app: _TAGS.get(e.kind, ""),
    "hide_anchor": lambda e, app: e.prop("anchor") is False,
    "is_markdown": lambda e, app: False,
    "is_warning": lambda e, app: False,
    "max_expand_depth": lambda e, app: (_depth(e) or 0) if e.kind == "json" else None,
    "gap": _column_gap,
    "divider": lambda e, app: "" if e.kind == "title" else None,  # a title has none
    "icon": lambda e, app: _STATUS_ICONS.get(e.prop("state"), "") if e.kind == "status" else None,
    # an alert's; a select_slider's "%s" (its proto's, as Streamlit's AppTest reads it);
    # other kinds keep their own
    "format": lambda e, app: "%s" if e.kind == "select_slider" else _ALERT_FORMATS.get(e.kind),
    "disabled": lambda e, app: False if e.kind == "dataframe" else None,  # the Arrow proto's flag
}

# Props rerunqt keeps under Streamlit's name but in another form: read these first.
TRANSLATED: dict[str, Callable[[Element, AppTest], Any]] = {
    "anchor": lambda e, app: e.prop("anchor") or "",  # anchor=False: "" and hide_anchor
    # divider=True: Streamlit 1.67 sends "auto" (its page picks the colour), so AppTest reads that
    "divider": lambda e, app: "auto" if e.prop("auto_divider") else e.prop("divider"),
    "autocomplete": lambda e, app: _autocomplete(e),
    "expanded": lambda e, app: _depth(e) is not None or bool(e.prop("expanded")),
    "language": lambda e, app: e.prop("language") or "plaintext",
    "placeholder": lambda e, app: _placeholder(e),
    # Streamlit 1.67 folds use_container_width into the width and leaves the buttons' old
    # proto flag unset, so its AppTest reads False whatever the app passed; a Vega-Lite
    # chart's proto still carries the flag as the app passed it
    "use_container_width": lambda e, app: bool(e.prop("container_width")),
}


def _depth(element: Element) -> int | None:
    """st.json's ``expanded=2``: the depth, which Streamlit keeps apart from the flag."""
    given = element.prop("expanded")
    return given if isinstance(given, int) and not isinstance(given, bool) else None

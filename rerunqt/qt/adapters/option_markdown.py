"""Streamlit's Markdown in an option's or a label's text: ``:rainbow[Comedy]``, ``:red[x]``,
``**a** b``, ``run `x```.

The options of st.radio, st.pills, st.segmented_control and st.select_slider, and the
labels of buttons and their kin (st.button, st.checkbox, st.toggle, st.popover, st.page_link,
expander headers, tabs, top-bar sections) may hold GitHub-flavoured Markdown with
Streamlit's directives (st.selectbox and st.multiselect show theirs as written, as
Streamlit does). A radio button, a push button or a label shows one font and one colour,
so ``label_words`` reduces a label to its words and a face; that keeps a wholly **bold**
option, but drops colours, inline code's grey chip and partial emphasis.

A text that needs more keeps its words as the widget's text (its size, accessible name
and lookups stay as they were) and gets a proxy style whose ``drawItemText`` draws the
Markdown as a small document instead. The style sheet still decides the colour of the
plain words for each state (checked, hover, disabled): it is the colour Qt hands to
``drawItemText``.
"""

from __future__ import annotations

import re
from typing import Any

from rerunqt.qt.adapters.label_face import label_words, mnemonic_safe, set_face

# characters without which a label holds no Markdown to draw (most labels: plain words)
_MARKUP_CHARS = frozenset("*_`~\\[:$")
_COLOUR = re.compile(r":[a-z]+(-background|-badge)?\[")
_FORMULA = re.compile(r"\$[^$\s][^$]*\$")
_EMPHASIS = re.compile(r"[*_~`]|\[[^\]]*\]\(")
_CODE = re.compile(r"`[^`]+`")


def needs_document(text: str) -> bool:
    """More than words and one face: a colour, a formula, inline code (Streamlit's grey
    chip, which no font gives), or emphasis on part of it."""
    if not text or _MARKUP_CHARS.isdisjoint(text):
        return False
    from rerunqt.qt.adapters.inline_markdown import has_markup

    if not has_markup(text):
        return False
    if ":" in text and _COLOUR.search(text) is not None:
        return True
    if "$" in text and _FORMULA.search(text) is not None:
        return True
    if "`" in text and _CODE.search(text) is not None:
        return True
    return _EMPHASIS.search(text) is not None and label_words(text)[1] == 0


def show_option_text(widget: Any, text: str, one_line: bool = False) -> None:
    """Show the option ``text`` on ``widget`` (a button or a label): its words as the
    widget's text, in the label's face, or with its Markdown drawn when it needs more.
    ``one_line``: an elide.OneLineLabel ends a too long option with an ellipsis."""
    from PySide6.QtWidgets import QAbstractButton

    words, face = label_words(text)
    if hasattr(widget, "set_label"):  # an option that may wrap or elide (elide.OneLineLabel)
        widget.set_label(words, one_line)
    else:
        widget.setText(mnemonic_safe(words) if isinstance(widget, QAbstractButton) else words)
    show_label_markdown(widget, text, words, text, face)


def show_label_markdown(widget: Any, label: str, shown: str, source: str, face: int,
                        fit: bool = True) -> None:
    """After ``widget`` got the text ``shown`` (the words of ``label``, maybe with an icon):
    draw ``source`` (``label`` with that icon) in its place when ``label`` needs more than
    a face, else show the words in the label's ``face``. ``fit``: widen the widget when
    the drawn Markdown is wider than the words (a bold part)."""
    if needs_document(label):
        from rerunqt.qt.adapters.markdown_style import fit_width

        set_face(widget, 0)
        set_markdown(widget, {shown: source})
        if fit:
            fit_width(widget, source, shown)
        return
    set_face(widget, face)
    set_markdown(widget, {})


def set_markdown(widget: Any, sources: dict[str, str]) -> None:
    """Draw each text of ``sources`` on ``widget`` as its Markdown ({}: all as plain text)."""
    if not sources and widget.property("rqMarkdown") is None:
        return  # plain, and never drawn otherwise: nothing to undo
    from rerunqt.qt.adapters import markdown_style

    markdown_style.set_markdown(widget, sources)


def markdown_source(widget: Any, text: str) -> str | None:
    """The Markdown ``widget`` draws in place of ``text`` (a widget painting its own text)."""
    if not widget.property("rqMarkdown"):
        return None
    from rerunqt.qt.adapters import markdown_style

    return markdown_style.markdown_source(widget, text)


def is_dark(widget: Any) -> bool:
    from rerunqt.qt.adapters import markdown_style

    return markdown_style.is_dark(widget)


def document_width(source: str, dark: bool, font: Any) -> float:
    from rerunqt.qt.adapters import markdown_style

    return markdown_style.document_width(source, dark, font)


def draw_markdown(painter: Any, at: Any, height: float, source: str, colour: Any,
                  dark: bool) -> None:
    from rerunqt.qt.adapters import markdown_style

    markdown_style.draw_markdown(painter, at, height, source, colour, dark)

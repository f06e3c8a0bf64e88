"""Code and JSON blocks: monospace, selectable, coloured; JSON can be folded.

Colouring is done once per change of the text (Python's own tokenizer for Python,
a small scanner for JSON, in st.json and in st.code(language="json")) and shown as rich
text in a WrapLabel, so a page of code blocks costs nothing extra per rerun.
"""

from __future__ import annotations

import html
import io
import json
import keyword
import re
import tokenize
from collections.abc import Callable
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter, Host, WrapLabel
from rerunqt.qt.adapters.hscroll import HScroll

COLOURS = {
    "keyword": "#a626a4",
    "string": "#50a14f",
    "comment": "#a0a1a7",
    "number": "#986801",
    "name": "#4078f2",
    "key": "#e45649",
}
_PYTHON = ("python", "py", "python3")
_JSON = ("json", "json5", "jsonc")
_JSON_TOKEN = re.compile(
    r'("(?:[^"\\]|\\.)*")(\s*:)?'  # a string, and the colon if it is a key
    r"|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)"  # a number
    r"|\b(true|false|null)\b"
)


def _span(text: str, colour: str | None) -> str:
    escaped = html.escape(text)
    return f'<span style="color:{colour}">{escaped}</span>' if colour else escaped


def python_colours(source: str) -> list[tuple[int, int, str]] | None:
    """(start, end, colour) of the keywords, strings, comments, numbers and defined names
    in ``source`` (character offsets), or None when it does not tokenize (unfinished)."""
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    out, previous_name = [], ""
    for token in tokens:
        colour = None
        if token.type == tokenize.STRING:
            colour = COLOURS["string"]
        elif token.type == tokenize.COMMENT:
            colour = COLOURS["comment"]
        elif token.type == tokenize.NUMBER:
            colour = COLOURS["number"]
        elif token.type == tokenize.NAME:
            if keyword.iskeyword(token.string) or keyword.issoftkeyword(token.string):
                colour = COLOURS["keyword"]
            elif previous_name in ("def", "class"):
                colour = COLOURS["name"]
            previous_name = token.string
        if colour is not None and token.start[0] <= len(starts) - 1:
            (r1, c1), (r2, c2) = token.start, token.end
            out.append((starts[r1 - 1] + c1, starts[min(r2, len(starts) - 1) - 1] + c2, colour))
    return out


def json_colours(text: str) -> list[tuple[int, int, str]]:
    """(start, end, colour) of the keys, strings, numbers and literals in JSON ``text``."""
    out = []
    for match in _JSON_TOKEN.finditer(text):
        string, colon, number, _literal = match.groups()
        group = 1 if string is not None else 3 if number is not None else 4
        colour = ("key" if colon else "string") if string is not None else \
            "number" if number is not None else "keyword"
        out.append((match.start(group), match.end(group), COLOURS[colour]))
    return out


def code_colours(source: str, language: str) -> list[tuple[int, int, str]] | None:
    """The coloured spans of ``source`` in ``language`` (Python, JSON, and SQL, shell,
    C-like, YAML, TOML and R in code_languages.py; Streamlit colours them all), or None: a
    language not coloured here, or Python that does not tokenize."""
    language = language.lower()
    if language in _PYTHON:
        return python_colours(source)
    if language in _JSON:
        return json_colours(source)
    from rerunqt.qt.code_languages import other_colours

    return other_colours(source, language, COLOURS)


def highlight_python(source: str) -> str:
    """HTML for ``source`` with keywords, strings, comments and numbers coloured."""
    return highlight_code(source, "python")


def highlight_code(source: str, language: str) -> str:
    """HTML for ``source`` coloured as ``language`` (plain and escaped when it is not one
    coloured here)."""
    spans = code_colours(source, language)
    if spans is None:
        return html.escape(source)  # unfinished code: show it plain rather than half-coloured
    out, last = [], 0
    for start, end, colour in spans:
        out.append(html.escape(source[last:start]))
        out.append(_span(source[start:end], colour))
        last = end
    out.append(html.escape(source[last:]))
    return "".join(out)


def highlight_json(text: str) -> str:
    """HTML for pretty JSON with keys, strings, numbers and literals coloured."""
    out: list[str] = []
    last = 0
    for match in _JSON_TOKEN.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        string, colon, number, literal = match.groups()
        if string is not None:
            out.append(_span(string, COLOURS["key"] if colon else COLOURS["string"]))
            out.append(html.escape(colon or ""))
        elif number is not None:
            out.append(_span(number, COLOURS["number"]))
        else:
            out.append(_span(literal, COLOURS["keyword"]))
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _rich_block(body_html: str, wrap: bool = False) -> str:
    space = "pre-wrap" if wrap else "pre"
    return f'<pre style="margin:0; white-space:{space}">{body_html}</pre>'


def _code_block(object_name: str) -> HScroll:
    """A monospace rich-text label in a sideways-scrolling block."""
    label = WrapLabel()
    label.padded = True  # the stylesheet's padding all round (10 px above, as below)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(False)
    label.set_text("")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setCursor(Qt.CursorShape.IBeamCursor)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return HScroll(label)


class CodeAdapter(Adapter):
    """st.code: coloured in the common languages, optional line numbers."""

    kind = "code"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        block = _code_block("rqCode")
        self.update(block, element, element, frozenset(name for name, _ in element.props))
        return block

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        assert isinstance(widget, HScroll)
        props = new.props_dict()
        body = str(props.get("body", ""))
        language = (props.get("language") or "").lower()
        coloured = highlight_code(body, language)
        if props.get("line_numbers"):
            rows = coloured.split("\n")
            width = len(str(len(rows)))
            coloured = "\n".join(
                _span(f"{n:>{width}}  ", COLOURS["comment"]) + row for n, row in enumerate(rows, 1)
            )
        wrap = bool(props.get("wrap_lines"))
        if "wrap_lines" in changed:  # wrapped lines need no sideways scrolling
            widget.inner.setWordWrap(wrap)
        widget.set_text(_rich_block(coloured, wrap))
        widget.setAccessibleName(body[:200])
        if "height" in changed:
            height = props.get("height")
            widget.set_height_cap(height if height.__class__ is int else None)


Path = tuple[str | int, ...]  # keys and indexes from the JSON's root to one of its nodes


def folded_json(data: object, is_open: Callable[[Path, int], bool]) -> str:
    """HTML for ``data`` as pretty JSON (two-space indents), coloured as ``highlight_json``.

    A non-empty object or list, the root too, is open when ``is_open(path, depth)`` says so
    (the root is at depth 0) and then its opening bracket folds it; else it shows as one
    link, ``{… 2 keys}``, that opens it. Link targets are ``fold:`` + the node's path."""
    out: list[str] = []

    def node(value: object, path: Path, depth: int, indent: str) -> None:
        if not isinstance(value, (dict, list)) or not value:
            out.append(highlight_json(json.dumps(value, ensure_ascii=False)))
            return
        target = "fold:" + quote(json.dumps(list(path)))
        if not is_open(path, depth):
            out.append(_fold_link(target, _summary(value), COLOURS["comment"]))
            return
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        out.append(_fold_link(target, opening, None))
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        for i, (key, item) in enumerate(items):
            out.append("\n" + indent + "  ")
            if isinstance(value, dict):
                out.append(_span(json.dumps(key, ensure_ascii=False), COLOURS["key"]) + ": ")
            node(item, (*path, key), depth + 1, indent + "  ")
            out.append("," if i < len(items) - 1 else "")
        out.append("\n" + indent + closing)

    node(data, (), 0, "")
    return "".join(out)


def _fold_link(target: str, text: str, colour: str | None) -> str:
    tint = f"color:{colour}; " if colour else ""
    return f'<a href="{target}" style="{tint}text-decoration:none">{html.escape(text)}</a>'


class _JsonView(QWidget):
    """The JSON in a code block; a click on a bracket or a folded summary folds or opens
    that node, the root's too, as Streamlit's viewer (no header above it)."""

    def __init__(self) -> None:
        super().__init__()
        self.block = _code_block("rqJson")
        self.label = self.block.inner
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._fold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.block)
        self.data: object = None
        self.open_levels: int | None = None  # levels open at first (None: all)
        self.folds: dict[Path, bool] = {}  # nodes the user opened (True) or folded (False)

    def is_open(self, path: Path, depth: int) -> bool:
        default = self.open_levels is None or depth < self.open_levels
        return self.folds.get(path, default)

    def redraw(self) -> None:
        self.block.set_text(_rich_block(folded_json(self.data, self.is_open)))

    def _fold(self, target: str) -> None:
        """A click on a node's bracket or summary: fold or open it (no rerun, as Streamlit)."""
        if not target.startswith("fold:"):
            return
        path = tuple(json.loads(unquote(target[5:])))
        self.folds[path] = not self.is_open(path, len(path))
        self.redraw()


class JsonAdapter(Adapter):
    """st.json: pretty, coloured JSON that folds to a one-line summary."""

    kind = "json"
    exact_pixels = True  # width=200 is 200 px (at most the column), as in Streamlit

    def create(self, element: Element, host: Host) -> QWidget:
        view = _JsonView()
        self.update(view, element, element, frozenset({"body", "expanded"}))
        return view

    def update(self, widget: QWidget, old: Element, new: Element, changed: frozenset[str]) -> None:
        """``expanded``: True opens every level, False none (the root is one folded line;
        opening it shows its children folded, as Streamlit's viewer), an int that many levels."""
        assert isinstance(widget, _JsonView)
        body = str(new.prop("body", "null"))
        try:
            data = json.loads(body)
            pretty = json.dumps(data, indent=2, ensure_ascii=False)
        except ValueError:
            data, pretty = body, body
        expanded = new.prop("expanded", True)
        if changed & {"body", "expanded"}:
            widget.folds.clear()
        widget.data = data
        widget.open_levels = None if expanded is True else max(0, int(expanded))
        widget.redraw()
        widget.label.setAccessibleName(pretty[:200])


def _summary(data: object) -> str:
    if isinstance(data, dict):
        return f"{{…}} {len(data)} key{'s' * (len(data) != 1)}"
    if isinstance(data, list):
        return f"[…] {len(data)} item{'s' * (len(data) != 1)}"
    return "JSON"


CODE_ADAPTERS: list[Adapter] = [CodeAdapter(), JsonAdapter()]

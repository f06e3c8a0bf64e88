"""The Markdown of button-like labels read into words and a face (see ``label_words``).

Loaded with the first label that has a Markdown character, so a page of plain labels
(the counter's "Increment") never imports the directive and symbol tables.
"""

from __future__ import annotations

import re

from rerunqt.core.label_words import BOLD, CODE, ICON_GAP, ITALIC, STRIKE
from rerunqt.core.md_directives import COLOURS, short_codes
from rerunqt.core.md_symbols import MATERIAL_SYMBOLS

_KEPT = 0xE300  # a kept piece (an escaped character, a code span) is one private-use character
# a backslash escape, or a code span (a backtick run closed by the same run)
_PROTECT = re.compile(r"\\([!-/:-@\[-`{-~])|(?<!`)(`+)(?!`)(.+?)(?<!`)\2(?!`)", re.DOTALL)
# an image (drawn like an icon in Streamlit's labels; its file is not loaded here)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)\s*")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_DIRECTIVE = re.compile(r":([a-z]+)(-background|-badge)?\[")
_LEADING_ICON = re.compile(r"\s*:material/([a-z0-9_]+):\s*")
# emphasis inside the label: asterisks (also inside a word), underscores (not inside a
# word), tildes; the text between two markers neither starts nor ends with a space
_STARS = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1")
_UNDERSCORES = re.compile(r"(?<![\w\\])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_TILDES = re.compile(r"(~~?)(?=\S)(.+?)(?<=\S)\1")
_WRAPPERS = (("**", BOLD), ("__", BOLD), ("~~", STRIKE), ("*", ITALIC), ("_", ITALIC), ("~", STRIKE))

def words(label: str) -> tuple[str, int]:
    """``label_words`` for a label that may hold Markdown."""
    kept: list[str] = []
    code_spans: set[int] = set()

    def keep(found: re.Match[str]) -> str:
        if found.group(1) is not None:  # an escaped character: shown as written
            kept.append(found.group(1))
        else:  # a code span: its text as written, one space stripped from each end
            body = found.group(3)
            if len(body) > 2 and body[0] == " " and body[-1] == " " and body.strip():
                body = body[1:-1]
            code_spans.add(len(kept))
            kept.append(body)
        return chr(_KEPT + len(kept) - 1)

    text = _PROTECT.sub(keep, label) if ("\\" in label or "`" in label) else label
    if "[" in text:
        text = _unwrap_directives(text)
        if "![" in text:  # an image goes, as an unknown icon does; alone, its alt text stays
            text = _IMAGE.sub("", text) or _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
    icon = ""
    if ":" in text:
        leading = _LEADING_ICON.match(text)
        if leading is not None:
            name = leading.group(1)
            icon = MATERIAL_SYMBOLS.get(name, "")
            text = text[leading.end():]
            if not icon and not text.strip():  # an unknown icon alone: its name, not nothing
                text = name.replace("_", " ")
        text = short_codes(text)
    core, face = text.strip(), 0
    while True:  # the emphasis that wraps the whole label is the face
        inner = _whole_wrapper(core)
        if inner is None:
            break
        core, flag = inner
        face |= flag
    if len(core) == 1 and ord(core) - _KEPT in code_spans:
        face |= CODE
    if face:
        text = core
    text = _emphasis_removed(text)
    if kept:
        text = re.sub(f"[{chr(_KEPT)}-{chr(_KEPT + len(kept) - 1)}]",
                      lambda found: kept[ord(found.group(0)) - _KEPT], text)
    if icon:
        text = f"{icon}{ICON_GAP}{text}" if text else icon
    return text, face


def _whole_wrapper(text: str) -> tuple[str, int] | None:
    """``text`` without the emphasis markers around all of it, and their face (None: none)."""
    for marker, flag in _WRAPPERS:
        size = len(marker)
        if len(text) <= 2 * size or not (text.startswith(marker) and text.endswith(marker)):
            continue
        inner = text[size:-size]
        if inner[0].isspace() or inner[-1].isspace():
            continue
        # "**a** and **b**": the markers close inside, they do not wrap the whole label
        rest = inner.replace(marker * 2, "") if size == 1 else inner
        if marker in rest or (size == 1 and inner[0] == marker):
            continue
        return inner, flag
    return None


def _emphasis_removed(text: str) -> str:
    """Every emphasis marker pair of ``text`` removed, nested ones too."""
    for _ in range(4):
        before = text
        if "*" in text:
            text = _STARS.sub(r"\2", text)
        if "_" in text:
            text = _UNDERSCORES.sub(r"\2", text)
        if "~" in text:
            text = _TILDES.sub(r"\2", text)
        if text == before:
            break
    return text


def _unwrap_directives(text: str) -> str:
    """``:red[words]`` (and -background, -badge, ``:small[...]``) as their words."""
    pos = 0
    while True:
        found = _DIRECTIVE.search(text, pos)
        if found is None:
            return text
        name, variant = found.group(1), found.group(2)
        end = _closing(text, found.end())
        if end < 0 or not (name in COLOURS or (name == "small" and not variant)):
            pos = found.end()
            continue
        text = text[:found.start()] + text[found.end():end] + text[end + 1:]
        pos = found.start()  # a directive inside this one is next


def _closing(text: str, start: int) -> int:
    """The index of the ``]`` closing the bracket opened just before ``start``, or -1."""
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
    return -1

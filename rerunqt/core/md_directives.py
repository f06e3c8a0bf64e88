"""Streamlit's additions to Markdown, found in a text before Qt reads the Markdown.

Streamlit's markdown (st.markdown, st.write, st.caption, headings, alerts) has coloured
text ``:red[...]``, backgrounds ``:blue-background[...]``, badges ``:green-badge[...]``,
``:small[...]``, ``:color[...]{foreground="#hex" background="#hex"}``, ``:shimmer[...]``,
``:material/<name>:`` icons, ``:emoji_name:`` short codes and LaTeX between dollars. Qt
knows none of them. ``parse`` replaces each directive by its text between two private-use
marker characters and returns the style of each range, so the Qt side can colour the
ranges after Qt's own Markdown reader has done the rest. ``typographic`` gives a run of
text Streamlit's symbols for ``->``, ``<=``, ``--``... (the Qt side applies it to text
only, not code or links).
Pure Python (no Qt).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rerunqt.core.md_symbols import EMOJI, MATERIAL_SYMBOLS, emoji_by_name

COLOURS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow",
           "primary")
OPEN, CLOSE = "\ue000", "\ue001"  # around a styled range; the style's number follows OPEN
FORMULA = "\ue002"  # the body of a formula's range: its source is in the Style, away from Markdown
STYLE_BASE = 0xE100  # style number n is written as chr(STYLE_BASE + n)
_DIRECTIVE = re.compile(r":([a-z]+)(-background|-badge)?\[")
_SHORT_CODE = re.compile(r":(material/[a-z0-9_]+|[a-z0-9_+\-]+):")
# the same, after any code span (kept as written: Markdown shows code as written)
_SHORT_CODE_OR_CODE = re.compile(r"(`+)(?:.|\n)*?\1|:(material/[a-z0-9_]+|[a-z0-9_+\-]+):")
# $$display$$, or $inline$ by Pandoc's rule (no space inside either dollar, no digit right
# after the closing one), so "costs $5 and $10" stays text; code spans are skipped
_MATH = re.compile(r"(`+)(?:.|\n)*?\1|\$\$(.+?)\$\$|(?<![\\$])\$(?=\S)((?:\\\$|[^$\n`])+?)(?<=\S)\$(?!\d)",
                   re.DOTALL)
_LOGO_OR_CODE = re.compile(r"(`+)(?:.|\n)*?\1|:streamlit:")
_DOLLAR = re.compile(r"(`+)(?:.|\n)*?\1|\\\$|\$")  # a dollar left as text (Qt reads $..$ as math)
# `_x_` / `__x__` not inside a word (a code span is matched first, and kept as written)
_UNDERSCORE_EMPHASIS = re.compile(r"(`+)(?:.|\n)*?\1|(?<![\w\\])(_{1,3})(?=\S)(.+?)(?<=\S)\2(?!\w)",
                                  re.DOTALL)


_ATTRIBUTES = re.compile(r"\{([^{}\n]*)\}")  # a directive's {name="value" ...}
_PAIR = re.compile(r"""(\w+)=["']([^"']*)["']""")


class Style(NamedTuple):
    """How a range reads: ``colour`` is one of COLOURS (None for ``small``); ``kind`` is
    "text", "background", "badge" or "small". (A NamedTuple: a dataclass costs its
    module's import, 0.7 ms, on the way to a page's first directive.)"""

    colour: str | None
    kind: str
    source: str = ""  # a formula's LaTeX ("math" and "display_math" kinds), or "streamlit"
    foreground: str = ""  # ":color[x]{foreground=... background=...}" ("custom" kind),
    background: str = ""  # CSS colours as written (the Qt side drops one it cannot read)


def has_directives(text: str) -> bool:
    """A cheap test first: most Markdown on a page has no directive at all."""
    if "$" in text:  # a formula, or a dollar Qt's reader would take for one
        return True
    return ":" in text and (_DIRECTIVE.search(text) is not None or _SHORT_CODE.search(text) is not None)


def parse(text: str) -> tuple[str, list[Style]]:
    """The text with directives replaced by marked ranges, and each range's style."""
    styles: list[Style] = []
    if "$" in text:
        text = _MATH.sub(lambda found: _formula(found, styles), text)
        text = _DOLLAR.sub(lambda found: found.group(0) if len(found.group(0)) > 1 else "\\$", text)
    out = _ranges(text, styles)
    if ":streamlit:" in out:  # Streamlit's logo, a picture in the line (not in code)
        out = _LOGO_OR_CODE.sub(lambda found: _logo(found, styles), out)
    return _SHORT_CODE_OR_CODE.sub(_symbol, out), styles


def _logo(found: re.Match[str], styles: list[Style]) -> str:
    if found.group(1):  # a code span: as written
        return found.group(0)
    styles.append(Style(None, "logo", "streamlit"))
    return OPEN + chr(STYLE_BASE + len(styles) - 1) + FORMULA + CLOSE


def short_codes(text: str) -> str:
    """Only the ``:material/<name>:`` icons and ``:emoji:`` codes of ``text`` replaced
    (a button label in a table cell)."""
    return _SHORT_CODE_OR_CODE.sub(_symbol, text) if ":" in text else text


# Streamlit's typographic symbols, in its order, for a word between spaces (or at either
# end of a run of text) only: "a->b" and "--flag" stay. Streamlit's own patterns, whose
# second space is taken by the match, so in "a -> -> b" only the first arrow changes.
_TYPOGRAPHY = tuple((re.compile(rf"(^|\s){word}(\s|$)"), rf"\g<1>{symbol}\g<2>") for word, symbol in (
    ("<->", "\u2194"), ("->", "\u2192"), ("<-", "\u2190"), ("--", "\u2014"), (">=", "\u2265"),
    ("<=", "\u2264"), ("~=", "\u2248")))
# Where one text ends and the next begins inside a run: a directive's marker (:red[...]
# starts a text of its own), a formula or a hidden HTML tag (see core/md_html.py).
_TEXT_BREAK = re.compile("(<[\ue800-\uf8ff]>|[\ue000-\ue7ff])")
# Might ``typographic`` change something in this Markdown? A word not next to a letter or
# digit: next to a space, or to Markdown's punctuation that ends a text (`**->**` is an arrow)
TYPOGRAPHY_HINT = re.compile(r"(?<!\w)(?:<->|->|<-|--|[<>~]=)(?!\w)")


def typographic(text: str) -> str:
    """A run of text with Streamlit's symbols: ``<-> -> <- -- >= <= ~=`` become
    ``\u2194 \u2192 \u2190 \u2014 \u2265 \u2264 \u2248``."""
    if _TEXT_BREAK.search(text) is None:
        return _symbols(text)
    parts = _TEXT_BREAK.split(text)
    parts[::2] = [_symbols(part) for part in parts[::2]]
    return "".join(parts)


def _symbols(text: str) -> str:
    for pattern, symbol in _TYPOGRAPHY:
        text = pattern.sub(symbol, text)
    return text


def _formula(found: re.Match[str], styles: list[Style]) -> str:
    if found.group(1):  # a code span: as written
        return found.group(0)
    display = found.group(2) is not None
    source = (found.group(2) if display else found.group(3)).strip()
    styles.append(Style(None, "display_math" if display else "math", source))
    return OPEN + chr(STYLE_BASE + len(styles) - 1) + FORMULA + CLOSE


def _ranges(text: str, styles: list[Style]) -> str:
    """``:colour[body]`` (and -background, -badge, small) to marked ranges, nested too."""
    out: list[str] = []
    pos = 0
    while True:
        found = _DIRECTIVE.search(text, pos)
        if found is None:
            out.append(text[pos:])
            return "".join(out)
        name, variant = found.group(1), found.group(2) or ""
        end = _closing(text, found.end())
        known = name in COLOURS or (name in ("small", "color", "shimmer") and not variant)
        if end < 0 or not known:
            out.append(text[pos:found.end()])
            pos = found.end()
            continue
        if name == "color":  # Streamlit's own colours: :color[x]{foreground="#f00"}
            attributes = _ATTRIBUTES.match(text, end + 1)
            pairs = dict(_PAIR.findall(attributes.group(1))) if attributes else {}
            styles.append(Style(None, "custom", foreground=pairs.get("foreground", ""),
                                background=pairs.get("background", "")))
        elif name == "shimmer":  # Streamlit's loading shimmer: a still window shows the text
            styles.append(Style(None, "shimmer"))
            attributes = None
        else:
            colour = None if name == "small" else ("gray" if name == "grey" else name)
            kind = "small" if name == "small" else (variant[1:] if variant else "text")
            styles.append(Style(colour, kind))
            attributes = None
        number = chr(STYLE_BASE + len(styles) - 1)
        body = _star_emphasis(_ranges(text[found.end():end], styles))
        out.append(text[pos:found.start()] + OPEN + number + body + CLOSE)
        pos = attributes.end() if attributes else end + 1


def _star_emphasis(body: str) -> str:
    """``_x_`` in a range as ``*x*``: Markdown takes the marker characters around a range
    for letters, and an underscore does not emphasise next to a letter (``:red[_x_]``
    stayed "_x_"); an asterisk does, and means the same."""
    if "_" not in body:
        return body

    def star(found: re.Match[str]) -> str:
        if found.group(1):  # a code span
            return found.group(0)
        run = "*" * len(found.group(2))
        return run + found.group(3) + run

    return _UNDERSCORE_EMPHASIS.sub(star, body)


def _closing(text: str, start: int) -> int:
    """Index of the ``]`` that closes the bracket opened just before ``start``, or -1."""
    depth = 1
    for i in range(start, len(text)):
        char = text[i]
        if char == "\\":
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i
        elif char == "\n" and text[i - 1:i] == "\n":  # a paragraph break ends the search
            return -1
    return -1


def _symbol(found: re.Match[str]) -> str:
    code = found.group(2)
    if code is None:  # a code span
        return found.group(0)
    if code.startswith("material/"):
        return MATERIAL_SYMBOLS.get(code[len("material/"):], "")
    return EMOJI.get(code) or emoji_by_name(code) or found.group(0)  # else as written

"""Inline code as Streamlit shows it (monospace on a grey chip), and a fast path for it.

``st.write("Count = ", 3)`` draws ``Count =  `3```: words and code spans only. Qt's own
Markdown reader would give the code the platform's fixed font (proportional on some
platforms) and no background, and the full rich-text path (rerunqt/qt/markdown_html.py)
costs ~18 ms to load with the first such label. A text of plain words and code spans is
written as HTML here directly.
"""

from __future__ import annotations

import re

CODE_BACKGROUND = {False: "#f0f2f6", True: "#262730"}  # st.code's box (light, dark)
CODE_FAMILIES = ["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"]  # as the .qss files
# Words with no other Markdown (emphasis, links, HTML, escapes, directives, math) around
# one or more `code` spans, on one line.
_WORDS = r"[^`*_\[\]<>#|~\\!&\n$:]*"
_WORDS_AND_CODE = re.compile(rf"{_WORDS}(?:`[^`\n]+`{_WORDS})+")
_BLOCK_START = re.compile(r"\s*([-+=>]|\d+[.)])")  # a list item, heading rule or quote


def code_background(dark: bool) -> str:
    """The grey behind inline code and a Markdown code block, or the configured
    ``theme.codeBackgroundColor`` (derived from custom backgrounds when unset):
    Streamlit 1.67 paints both in it."""
    from rerunqt.qt import theme_state  # loaded with the window already

    return theme_state.custom().code_ground("dark" if dark else "light") or CODE_BACKGROUND[dark]


def code_text_colour(dark: bool) -> str | None:
    """``theme.codeTextColor`` (its ``[theme.light]`` / ``[theme.dark]`` value first):
    the words of inline code, as Streamlit 1.67 colours them. Unset, a theme with its own
    primary or background colours writes them in its green text colour, as Streamlit's
    does; None (Streamlit's own theme) keeps the text's."""
    from rerunqt.css_colours import parse_colour, to_hex
    from rerunqt.qt import theme_state  # loaded with the window already
    from rerunqt.theme_custom import DEFAULTS

    base = "dark" if dark else "light"
    options = theme_state.options()
    value = options.get(f"theme.{base}.codeTextColor")
    value = options.get("theme.codeTextColor") if value is None else value
    try:
        if value is not None:
            return to_hex(parse_colour(str(value)))
    except ValueError:  # the config check warned already
        return None
    custom = theme_state.custom()
    if any(getattr(custom, role) not in (None, DEFAULTS[base][role])
           for role in ("primary", "background", "secondary")):
        from rerunqt.qt.directive_colours import named

        return named("green", "text", dark)
    return None


def code_families() -> list[str]:
    """The font of inline code: ``theme.codeFont``'s families (Streamlit 1.67 sets inline
    code in it, as code blocks), else the monospace stack."""
    from rerunqt.qt import theme_state  # loaded with the window already
    from rerunqt.theme_fonts import family_names

    configured = theme_state.custom().code_font
    return [*family_names(configured), "monospace"] if configured else CODE_FAMILIES


def _css_families() -> str:
    return ",".join("monospace" if family == "monospace" else f"'{family}'"
                    for family in code_families())


def code_spans_html(text: str, dark: bool) -> str | None:
    """``text`` as rich text when it is only words and code spans; None otherwise."""
    if _WORDS_AND_CODE.fullmatch(text) is None or _BLOCK_START.match(text) or "--" in text:
        return None  # ("--" may be a dash: see markdown_html)
    parts = text.split("`")
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(part)
            continue
        if part.startswith(" ") and part.endswith(" ") and part.strip():
            part = part[1:-1]  # CommonMark: one space each side is padding
        code = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        ink = code_text_colour(dark)
        out.append(f'<span style="font-family:{_css_families()}; '
                   f'background-color:{code_background(dark)};{f" color:{ink};" if ink else ""}">'
                   f'{code}</span>')
    return "".join(out)

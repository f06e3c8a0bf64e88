"""Pictures on the web in Markdown, shown as a browser shows a picture it cannot load.

rerunqt fetches nothing from the network, and Qt's rich text draws a picture it cannot
load as its own "broken" icon, stretched to the tag's ``width`` (a logo with
``width="150"`` became a large grey page icon). A browser shows the picture's ``alt``
text in its place, and so does this: ``![Open in Codespaces](https://...badge.svg)`` reads
"Open in Codespaces" (inside a link, the link's words); st.html's ``<img>`` tags too. Code
spans and fences are left as written.
"""

from __future__ import annotations

import html
import re

_WEB = r"(?:https?:)?//"
_MARKDOWN = re.compile(r"!\[([^\]]*)\]\(\s*<?" + _WEB + r"""[^)\s>]*>?(?:\s+["'(][^)]*)?\)""")
_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?\s*""" + _WEB, re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_CODE = re.compile(r"(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`)")


def _alt_of_tag(found: re.Match[str]) -> str:
    tag = found.group(0)
    if not _SRC.search(tag):
        return tag
    alt = _ALT.search(tag)
    words = next((g for g in alt.groups() if g is not None), "") if alt else ""
    return html.escape(html.unescape(words), quote=False)


def web_img_tags(text: str) -> str:
    """HTML ``text`` (st.html's) with each ``<img>`` on the web as its alt text."""
    return _TAG.sub(_alt_of_tag, text) if "<img" in text.lower() else text


def web_pictures(markdown: str, allow_html: bool) -> str:
    """``markdown`` with each picture on the web as its alt text (HTML ``<img>`` tags only
    with ``allow_html``: otherwise they show as written, as in Streamlit)."""
    if "//" not in markdown or ("![" not in markdown and "<img" not in markdown.lower()):
        return markdown
    parts = _CODE.split(markdown)
    for index in range(0, len(parts), 2):  # the parts between code spans and fences
        part = _MARKDOWN.sub(lambda found: found.group(1), parts[index])
        parts[index] = web_img_tags(part) if allow_html else part
    return "".join(parts)

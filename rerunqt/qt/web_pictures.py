"""Pictures that cannot load in Markdown, shown as a browser shows them.

rerunqt fetches nothing from the network, and Qt's rich text draws a picture it cannot
load as its own "broken" icon, stretched to the tag's ``width`` (a logo with
``width="150"`` became a large grey page icon). A browser shows the picture's ``alt``
text in its place, and so does this: ``![Open in Codespaces](https://...badge.svg)`` reads
"Open in Codespaces" (inside a link, the link's words); st.html's ``<img>`` tags too. So
does a local file that is not there (``<img src="logo.jpg" height="333">`` of a logo left
behind). Code spans and fences are left as written.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

_WEB = r"(?:https?:)?//"
_MARKDOWN = re.compile(r"""!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)""")
_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_CODE = re.compile(r"(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`)")


def _unloadable(src: str) -> bool:
    """A picture Qt cannot draw: on the web, or a local file (beside the working directory,
    as Qt reads a relative one) that is not there; data and resource URLs load."""
    src = html.unescape(src).strip()
    if re.match(_WEB, src):
        return True
    if not src or src.startswith(("data:", ":", "qrc:")):
        return False
    path = unquote(urlparse(src).path) if src.startswith("file:") else src
    try:
        return not Path(path).is_file()
    except (OSError, ValueError):  # a name too long for the system
        return True


def _alt_of_tag(found: re.Match[str]) -> str:
    tag = found.group(0)
    src = _SRC.search(tag)
    if src is None or not _unloadable(next(g for g in src.groups() if g is not None)):
        return tag
    alt = _ALT.search(tag)
    words = next((g for g in alt.groups() if g is not None), "") if alt else ""
    return html.escape(html.unescape(words), quote=False)


def web_img_tags(text: str) -> str:
    """HTML ``text`` (st.html's) with each ``<img>`` that cannot load as its alt text."""
    return _TAG.sub(_alt_of_tag, text) if "<img" in text.lower() else text


def web_pictures(markdown: str, allow_html: bool) -> str:
    """``markdown`` with each picture that cannot load as its alt text (HTML ``<img>`` tags
    only with ``allow_html``: otherwise they show as written, as in Streamlit)."""
    if "![" not in markdown and "<img" not in markdown.lower():
        return markdown
    parts = _CODE.split(markdown)
    for index in range(0, len(parts), 2):  # the parts between code spans and fences
        part = _MARKDOWN.sub(lambda found: found.group(1) if _unloadable(found.group(2))
                             else found.group(0), parts[index])
        parts[index] = web_img_tags(part) if allow_html else part
    return "".join(parts)

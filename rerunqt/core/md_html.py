"""Raw HTML in Streamlit Markdown (``unsafe_allow_html=True``), kept away from Qt's reader.

Qt's Markdown reader, given raw HTML, holds back all the text after an opening tag until
a matching closing tag: after ``<br>`` or ``List<String>`` nothing more showed. So the
reader always runs with HTML off, which shows tags as written (Streamlit's default,
``unsafe_allow_html=False``). When HTML is allowed, ``hide_tags`` first replaces each tag by
a placeholder: ``<``, one private-use character, ``>``; still punctuation on both sides,
so emphasis next to a tag reads as next to the tag. The Qt side puts the tags back into
the rich text its label shows (rerunqt/qt/markdown_html.py), or as written where Markdown
shows text as written (code). Pure Python (no Qt).
"""

from __future__ import annotations

import re

TAG_BASE = 0xE800  # tag n is hidden as "<" + chr(TAG_BASE + n) + ">"
_MOST_TAGS = 0xF8FF - TAG_BASE + 1  # private-use characters to number them; more stay text
PLACEHOLDER = re.compile("<([\ue800-\uf8ff])>")

# Where CommonMark's raw HTML starts: an open tag (whole), a closing tag (whole), or the
# start of a comment, processing instruction, CDATA section or declaration (their end is
# looked for after). Not after a backslash (an escaped "<") or "](" (a link destination in
# pointy brackets).
_START = re.compile(
    r"(?<!\\)(?<!\]\()<(?:(?P<comment>!--)|(?P<pi>\?)|(?P<cdata>!\[CDATA\[)|(?P<decl>![A-Za-z])"
    r"|/[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|(?P<name>[A-Za-z][A-Za-z0-9-]*)"
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>)")
_ENDS = {"comment": "-->", "pi": "?>", "cdata": "]]>", "decl": ">"}
# <script>, <style>, <pre> and <textarea> count with their content up to their closing tag
# (as CommonMark's first kind of HTML block), so CSS is never read as Markdown.
_CONTENT_ENDS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
                 for name in ("script", "style", "pre", "textarea")}


def hide_tags(markdown: str) -> tuple[str, list[str]]:
    """``markdown`` with each raw HTML tag replaced by a placeholder, and the tags in order.

    Linear in the text: an end looked for and not found is not looked for again (it is
    not further on either), so a thousand unclosed ``<!--`` cost one search."""
    tags: list[str] = []
    out: list[str] = []
    copied = scanned = 0
    missing: set[str] = set()
    loose: tuple[int, int] | None = (-1, -1)  # the next loose block tag, looked for once
    while len(tags) < _MOST_TAGS:
        found = _START.search(markdown, scanned)
        if loose is not None and loose[0] < scanned:
            loose = _loose_block_tag(markdown, scanned)
        if loose is not None and (found is None or loose[0] < found.start()):
            # a block's tag that a browser reads, though CommonMark's inline grammar would not
            start, end = loose
            out.append(markdown[copied:start])
            out.append(f"<{chr(TAG_BASE + len(tags))}>")
            tags.append(markdown[start:end])
            copied = scanned = end
            continue
        if found is None:
            break
        start, end = found.start(), found.end()
        kind = found.lastgroup
        if kind in _ENDS:
            ending = _ENDS[kind]
            at = -1 if ending in missing else markdown.find(ending, end)
            if at < 0:  # not HTML: "<" stays text
                missing.add(ending)
                scanned = start + 1
                continue
            end = at + len(ending)
        elif kind == "name" and (content := _CONTENT_ENDS.get(found.group("name").lower())):
            closing = None if found.group("name").lower() in missing else content.search(markdown, end)
            if closing is None:  # alone: the opening tag only
                missing.add(found.group("name").lower())
            else:
                end = closing.end()
        out.append(markdown[copied:start])
        out.append(f"<{chr(TAG_BASE + len(tags))}>")
        tags.append(markdown[start:end])
        copied = scanned = end
    if not tags:
        return markdown, tags
    out.append(markdown[copied:])
    return "".join(out), tags


# CommonMark's HTML blocks of the sixth kind: a line that starts with one of these tags is
# raw HTML to the next blank line, handed to the browser whether or not the tag follows
# the grammar of an inline tag (``<h1 style='font-family: 'EB Garamond', serif'>``, quotes
# inside quotes, is a heading in Streamlit).
_BLOCK_TAG = re.compile(
    r"^ {0,3}(?P<tag></?(?:address|article|aside|blockquote|center|details|dialog|div|dl|dd|dt"
    r"|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section"
    r"|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>]|$))",
    re.IGNORECASE | re.MULTILINE)


_BLOCK_NAME = re.compile(_BLOCK_TAG.pattern.replace("^ {0,3}", "^"), re.IGNORECASE)
_BETWEEN = re.compile("(<[\ue800-\uf8ff]>)[ \t\r\n]+(?=<([\ue800-\uf8ff])>)")


def tight_blocks(markdown: str, tags: list[str]) -> str:
    """``markdown`` (from ``hide_tags``) without the spaces and line breaks between two
    block tags: a browser draws nothing there, Qt drew a blank line (an indented
    ``<div class="card">`` / ``<div>Question</div>`` / ``</div>`` card began one line low)."""
    def drop(found: re.Match[str]) -> str:
        first = tags[ord(found.group(1)[1]) - TAG_BASE]
        second = tags[ord(found.group(2)) - TAG_BASE]
        both = _BLOCK_NAME.match(first) is not None and _BLOCK_NAME.match(second) is not None
        return found.group(1) if both else found.group(0)

    return _BETWEEN.sub(drop, markdown) if len(tags) > 1 else markdown


def _loose_block_tag(markdown: str, scanned: int) -> tuple[int, int] | None:
    """Where the next block-starting tag from ``scanned`` starts and ends (its end found
    as a browser finds it); a well-formed one is the strict pattern's, found first."""
    for match in _BLOCK_TAG.finditer(markdown, scanned):
        end = _browser_tag_end(markdown, match.end())
        if end > 0:
            return match.start("tag"), end
    return None


def _browser_tag_end(text: str, at: int) -> int:
    """The index after the ``>`` that ends a tag whose attributes start at ``at``, read as
    an HTML tokenizer reads them (a quote opens a value only after ``=``); -1 when a blank
    line or the text's end comes first. It reads the tag only, never the text after it."""
    size = len(text)
    while at < size:
        char = text[at]
        at += 1
        if char == ">":
            return at
        if char == "\n" and text.startswith("\n", at):
            return -1
        if char == "=":
            while at < size and text[at] in " \t\n":
                at += 1
            if at < size and text[at] in "\"'":
                close = text.find(text[at], at + 1)
                if close < 0 or "\n\n" in text[at:close]:
                    return -1
                at = close + 1
    return -1


def tag_of(placeholder: str, tags: list[str]) -> str:
    """The tag a placeholder's private-use character stands for."""
    return tags[ord(placeholder) - TAG_BASE]


def strip_tags(text: str) -> str:
    """``text`` without its HTML tags (a screen reader's words for HTML that renders)."""
    return PLACEHOLDER.sub("", hide_tags(text)[0]) if "<" in text else text

"""A styled ``<div>`` in Markdown HTML drawn as the box it is in a browser (tables:
rerunqt/qt/html_tables.py).

Qt's rich text gives a ``<div>`` its background only behind its own lines and ignores its
padding and border: a card (``<div style="background-color:#77c900; padding:15px">``) came
out as thin strips. A one-cell table is the box Qt can draw: a div whose style has a
background, border or padding opens a table whose cell carries them, and its ``</div>``
closes it; a border on one side (a card's accent) is the cell's border on that side. A
``display:flex`` div holding divs is a one-row table, a cell per div (a child's px ``width``
its cell's, a small ``height`` its padding; ``justify-content``, or a centring column around
it, places the row). A ``display:inline`` div (a pill) is a span in its line, an empty
``inline-block`` one a swatch. Corners and shadows stay square and flat; no ``<style>`` classes.
"""

from __future__ import annotations

import re

from rerunqt.core.md_html import TAG_BASE
from rerunqt.css_colours import parse_rgba

_DIV_OPEN = re.compile(r"<div\b([^>]*)>", re.IGNORECASE | re.DOTALL)
_DIV_CLOSE = re.compile(r"</div\s*>", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE | re.DOTALL)
_BOX_WORDS = re.compile(r"(?<![\w-])(background(?:-color)?|border(?:-[a-z]+)?|padding(?:-[a-z]+)?)\s*:",
                        re.IGNORECASE)


def _declarations(style: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in style.split(";"):
        name, colon, value = part.partition(":")
        if colon and name.strip():
            found[name.strip().lower()] = value.strip()
    return found


def _pixels(value: str) -> int | None:
    """The first length of a CSS value in pixels (``15px 10px`` -> 15; ``1rem`` -> 16)."""
    match = re.match(r"\s*(-?\d+(?:\.\d+)?)\s*(px|rem|em)?", value or "")
    if match is None:
        return None
    number = float(match.group(1))
    return round(number * 16) if match.group(2) in ("rem", "em") else round(number)


def _sides(value: str) -> tuple[int, int, int, int]:
    """A CSS box shorthand (``margin: 4px 0``, ``padding: 15px 10px 5px``) as pixels for
    (top, right, bottom, left); ``auto`` and what is not a length count as 0."""
    lengths = [_pixels(part) or 0 for part in (value or "").split()[:4]] or [0]
    top = lengths[0]
    right = lengths[1] if len(lengths) > 1 else top
    bottom = lengths[2] if len(lengths) > 2 else top
    left = lengths[3] if len(lengths) > 3 else right
    return top, right, bottom, left


_SIDES = ("top", "right", "bottom", "left")
_BOX_CLOSE = "</td></tr></table>"  # the end of _box_open's table
_SIDE_BORDERS = tuple(f"border-{side}" for side in _SIDES)
_LINES = ("solid", "dashed", "dotted", "double", "groove", "ridge", "inset", "outset")


def _border(css: dict[str, str]) -> tuple[int, str] | None:
    """(width, colour) of the div's border, or None: as in a browser, a border shows only
    with a line style (``border-style:'solid'``, quoted, is not one)."""
    words = css.get("border", "").split()
    style = css.get("border-style", next((w for w in words if w.lower() in _LINES), ""))
    if style.lower() not in _LINES:
        return None
    width = _pixels(css.get("border-width", "")) or next(
        (p for w in words if (p := _pixels(w)) is not None), 3)  # a browser's medium: 3px
    colour = css.get("border-color") or next(
        (w for w in words if w.lower() not in _LINES and _pixels(w) is None), "currentColor")
    return width, colour


def _box_open(style: str) -> str:
    """The table and cell that draw a div with ``style`` as its box."""
    css = _declarations(style)
    background = css.get("background-color") or css.get("background", "")
    cell = []
    for side, shorthand in zip(_SIDES, _sides(css.get("padding", ""))):
        own = _pixels(css.get(f"padding-{side}", ""))
        if own is not None or shorthand:
            cell.append(f"padding-{side}:{shorthand if own is None else own}px")
    for name, value in css.items():
        if name.startswith(_SIDE_BORDERS):
            cell.append(f"{name}:{value}")  # border-left: 5px solid red (Qt draws a cell's sides)
        elif name not in ("background", "background-color") and not name.startswith(
                ("padding", "margin", "border", "width", "height", "display")):
            cell.append(f"{name}:{value}")  # colour, font, text-align reach the text
    vertical = _tile_padding(css)
    if vertical and not any(part.startswith(("padding-top", "padding-bottom")) for part in cell):
        cell += [f"padding-top:{vertical}px", f"padding-bottom:{vertical}px"]
    if _FLEX_ROW.search(style) and css.get("justify-content", "").lower() == "center":
        cell.append("text-align:center")  # a tile's letter centred in it
    table = ['width="100%"', 'cellspacing="0"', 'cellpadding="0"']
    frame = ["border-collapse:collapse"]
    for side, shorthand in zip(_SIDES, _sides(css.get("margin", ""))):
        own = _pixels(css.get(f"margin-{side}", ""))
        frame.append(f"margin-{side}:{shorthand if own is None else own}px")
    border = _border(css)
    if border is not None:
        table.append(f'border="{border[0]}"')
        frame.append(f"border-style:solid; border-color:{border[1]}")
    colour = _fill(background)
    colour_attr = f' bgcolor="{colour}"' if colour else ""
    if len(colour) == 9 and border is None:  # translucent: Qt repaints a cell's colour
        # behind each line and word in it (a 0.12 tint showed three shades); a table's is
        # painted once, but only when its borders do not collapse, which a full border
        # needs (else drawn twice as thick); a side border (an accent) draws either way
        table.append(colour_attr.strip())
        frame.remove("border-collapse:collapse")
        colour_attr = ""
    return (f'<table {" ".join(table)} style="{"; ".join(frame)}"><tr>'
            f'<td{colour_attr} style="{"; ".join(cell)}">')


_TILE_MOST = 120  # px: a taller fixed height is a scrolling panel's, not a tile's


def _tile_padding(css: dict[str, str]) -> int:
    """The padding above and below one line of text that makes a small box its fixed
    ``height`` (a letter tile, a swatch): Qt's table cells take no height of their own."""
    height = _pixels(css.get("height", "")) if "px" in css.get("height", "") else None
    if not height or height > _TILE_MOST or "overflow" in " ".join(css):
        return 0
    size = _pixels(css.get("font-size", "")) or BODY_PX
    return max(0, (height - round(size * 1.3)) // 2)


_COLOUR_WORD = re.compile(r"#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|[a-z]+", re.IGNORECASE)


def _fill(background: str) -> str:
    """The colour a ``background`` paints as Qt's ``bgcolor`` reads it (``#aarrggbb``), or "".
    Qt read ``rgba(221, 0, 129, 0.2)``, ``rgb()`` or a gradient as black; a gradient or
    ``#eee url(...)`` paints its first colour here."""
    for word in [background.strip()] + _COLOUR_WORD.findall(background):
        try:
            r, g, b, a = parse_rgba(word)
        except ValueError:
            continue
        return f"#{a:02x}{r:02x}{g:02x}{b:02x}" if a != 255 else f"#{r:02x}{g:02x}{b:02x}"
    return ""


def _hidden(index: int) -> str:
    """How tag ``index`` stands in a document's HTML (``core.md_html``'s placeholder)."""
    return f"&lt;{chr(TAG_BASE + index)}&gt;"


def box_divs(html: str, tags: list[str]) -> tuple[str, list[str]]:
    """``html`` (a document's, its tags still hidden) and ``tags`` with each box-styled
    ``<div>`` and its own ``</div>`` as a one-cell table, and each ``display:flex`` div whose
    content is divs as a one-row table, a cell per div (cards side by side). A div around
    whole paragraphs (its tags on lines of their own) boxes them; other divs, and a div
    closed in another call (``st.markdown("<div class='card'>")`` ...
    ``st.markdown("</div>")``), stay as they were. ``html`` "" (st.html's tags alone): the
    text between the tags is taken to be white space."""
    out = list(tags)
    stack: list[tuple[int, str, list[tuple[int, int]]]] = []  # open divs: index, style, children
    for index, tag in enumerate(tags):
        opening = _DIV_OPEN.fullmatch(tag.strip())
        if opening is not None and not tag.rstrip().endswith("/>"):
            stack.append((index, _style_of(opening.group(1)), []))
        elif _DIV_CLOSE.fullmatch(tag.strip()) and stack:
            start, style, children = stack.pop()
            if stack:
                stack[-1][2].append((start, index))
            if _INLINE.search(style):  # a browser keeps it in its line (a status pill)
                out[start], out[index] = f'<span style="{style}">', "</span>"
            elif _INLINE_BLOCK.search(style) and _empty(html, start, index):
                out[start], out[index] = _swatch(style)
            elif _BOX_WORDS.search(style):
                boxed = _boxed(html, start, index)
                if boxed is not None:
                    html = boxed
                    out[start], out[index] = _box_open(style), _BOX_CLOSE
            if children and _FLEX_ROW.search(style) and not _COLUMN.search(style) \
                    and _only_divs(html, start, index, children):
                row = _declarations(style)
                if stack and _COLUMN.search(stack[-1][1]) and "center" in _declarations(
                        stack[-1][1]).get("align-items", ""):  # a column that centres its rows
                    row.setdefault("justify-content", "center")
                _row(out, tags, (start, index), children, row)
    return html, out


def _boxed(html: str, start: int, end: int) -> str | None:
    """``html`` ready to box the div of tags ``start``..``end``, or None: it spans
    paragraphs and its tags are not on lines of their own."""
    first, last = _hidden(start), _hidden(end)
    inside = html[html.find(first):html.find(last)]
    if "</p>" in inside:  # across paragraphs: only a div on lines of its own
        alone = [re.compile(rf"<p\b[^>]*>\s*{re.escape(mark)}\s*</p>\n?") for mark in (first, last)]
        if not all(pattern.search(html) for pattern in alone):
            return None
        for pattern, mark in zip(alone, (first, last)):
            html = pattern.sub(mark.replace("\\", "\\\\"), html, count=1)
    # white space just inside the box is no line of its own (a browser drops it; Qt made an
    # empty first line: a card's title sat a line low)
    for mark, space in ((first, re.escape(first) + r"\s+"), (last, r"\s+" + re.escape(last))):
        html = re.sub(space, mark.replace("\\", "\\\\"), html, count=1)
    return html


_INLINE = re.compile(r"(?<![\w-])display\s*:\s*inline\s*(?:;|$|!)", re.IGNORECASE)
_INLINE_BLOCK = re.compile(r"(?<![\w-])display\s*:\s*inline-block\b", re.IGNORECASE)
_SPACE_PX = 4  # about the width of a no-break space in the body font


def _empty(html: str, start: int, end: int) -> bool:  # the div of tags start..end holds nothing
    left, right = html.find(_hidden(start)), html.find(_hidden(end))
    return bool(html) and 0 <= left < right and not html[left + len(_hidden(start)):right].strip()


def _swatch(style: str) -> tuple[str, str]:
    """An empty ``display:inline-block`` div (a colour swatch) as a tinted run of spaces its
    ``width`` wide in the line, its right margin after it; as a block it was a page-wide bar."""
    css = _declarations(style)
    colour = _fill(css.get("background-color") or css.get("background", ""))
    width = _pixels(css.get("width", "")) or 0
    right = _pixels(css.get("margin-right", "")) or _sides(css.get("margin", ""))[1]
    fill = f' style="background-color:{colour}"' if colour else ""
    spaces = max(1, round(width / _SPACE_PX))
    return f"<span{fill}>" + "&nbsp;" * spaces, "</span>" + "&nbsp;" * round(right / _SPACE_PX)
_FLEX_ROW = re.compile(r"(?<![\w-])display\s*:\s*(?:inline-)?flex\b", re.IGNORECASE)
_COLUMN = re.compile(r"flex-direction\s*:\s*column", re.IGNORECASE)


def _only_divs(html: str, start: int, end: int, children: list[tuple[int, int]]) -> bool:
    """Whether the flex div of tags ``start``..``end`` holds only its child divs (white
    space between them)."""
    if not html:
        return True
    bounds = [start] + [mark for child in children for mark in child] + [end]
    for after, before in zip(bounds[0::2], bounds[1::2]):
        left, right = html.find(_hidden(after)), html.find(_hidden(before))
        if left < 0 or right < 0 or html[left + len(_hidden(after)):right].strip():
            return False
    return True


def _row(out: list[str], tags: list[str], ends: tuple[int, int], children: list[tuple[int, int]],
         css: dict[str, str]) -> None:
    """The flex div's tags as a one-row table, each child div's as its cell (its own box
    inside), ``gap`` apart. Children that grow (``flex: 1``) share the width equally; with
    ``justify-content: space-between`` (around, evenly) the row spans the width."""
    start, end = ends
    styles = [_style_of(tags[first]) for first, _ in children]
    grow = any(_GROWS.search(style) for style in styles)
    justify = css.get("justify-content", "").lower()
    spans = grow or _SPREAD.search(justify) is not None
    gap = _pixels(css.get("gap", css.get("column-gap", ""))) or 0
    own = _DIV_OPEN.fullmatch(out[start].strip()) is None  # the flex div's own box, if any
    wide = ' width="100%"' if spans else _ALIGN.get(justify, "")
    out[start] = (out[start] if own else "") + (
        f'<table{wide} cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>')
    out[end] = "</tr></table>" + (out[end] if own else "")
    for number, (first, last) in enumerate(children):
        room = f"padding-right:{gap}px" if gap and number < len(children) - 1 else ""
        width = f' width="{100 // len(children)}%"' if grow else _fixed_width(styles[number])
        if justify == "space-between" and number == len(children) - 1 and number:
            width += ' align="right"'  # the last at the right edge
        boxed = _DIV_OPEN.fullmatch(out[first].strip()) is None
        out[first] = f'<td{width} valign="top" style="{room}">' + (out[first] if boxed else "")
        out[last] = (out[last] if boxed else "") + "</td>"


def _fixed_width(style: str) -> str:
    """A child's ``width: Npx`` as its cell's width attribute, its side margins added (the
    cell holds the box and the margins around it); "" without one."""
    css = _declarations(style)
    width = css.get("width", "")
    pixels = _pixels(width) if width.endswith("px") else None
    if not pixels:
        return ""
    _, right, _, left = _sides(css.get("margin", ""))
    return f' width="{pixels + right + left}"'


_ALIGN = {"center": ' align="center"', "flex-end": ' align="right"', "end": ' align="right"',
          "right": ' align="right"'}  # justify-content: where a row narrower than the page sits
_GROWS = re.compile(r"(?<![\w-])flex(?:-grow)?\s*:\s*[1-9]", re.IGNORECASE)
_SPREAD = re.compile(r"space-(?:between|around|evenly)", re.IGNORECASE)


def _style_of(tag: str) -> str:
    found = STYLE_ATTRIBUTE.search(tag)
    return (found.group(1) or found.group(2) or "") if found else ""


_RELATIVE_SIZE = re.compile(r"(font-size\s*:\s*)(\d*\.?\d+)\s*(rem|em|%)", re.IGNORECASE)
BODY_PX = 14  # the body text's size: Streamlit's 1rem (16 px) as rerunqt draws it


def font_sizes(tags: list[str]) -> list[str]:
    """``tags`` with each ``font-size`` in rem, em or % in pixels (1rem the body text's
    size): Qt's rich text reads only px and pt, so ``<div style="font-size: 4rem">🎨</div>``
    (a page icon) came out in the body size."""
    def pixels(found: re.Match[str]) -> str:
        scale = float(found.group(2)) / (100 if found.group(3) == "%" else 1)
        return f"{found.group(1)}{round(scale * BODY_PX)}px"

    return [_RELATIVE_SIZE.sub(pixels, tag) if "font-size" in tag.lower() else tag
            for tag in tags]


_DIV_TAG = re.compile(r"<div\b[^>]*>|</div\s*>", re.IGNORECASE | re.DOTALL)


def boxed_html(html: str) -> str:
    """HTML (st.html's) with each box-styled ``<div>`` and its own ``</div>`` as a
    one-cell table, as ``box_divs`` draws them in Markdown."""
    if "font-size" in html.lower():
        html = _RELATIVE_SIZE.sub(lambda found: font_sizes([found.group(0)])[0], html)
    if "<div" not in html.lower():
        return html
    found = list(_DIV_TAG.finditer(html))
    _, tags = box_divs("", [match.group(0) for match in found])
    parts: list[str] = []
    copied = 0
    for match, tag in zip(found, tags):
        parts += [html[copied:match.start()], tag]
        copied = match.end()
    return "".join(parts) + html[copied:]

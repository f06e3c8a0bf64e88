"""A widget label's Markdown without block syntax, as Streamlit's labels show it.

Streamlit renders every widget and container label (st.metric, st.text_input, st.checkbox,
st.button, st.tabs...) as Markdown in which headings, lists, quotes, rules and tables are
not allowed: they are unwrapped and only their text stays. So ``"# Tickets"`` shows
"Tickets" in the label's own font, ``"- item"`` "item", ``"> note"`` "note" and
``"1. Step"`` "Step" (``"\\# of items"`` keeps its "#"). Inline Markdown is untouched.

Pure Python (no Qt); a label whose lines start with none of ``# > - + *`` or a digit
costs one regular-expression scan.
"""

from __future__ import annotations

import re

# a line that may open a block: a heading, quote, bullet, ordered item or rule
_MAYBE = re.compile(r"(?:^|\n)[ ]{0,3}[#>+*\-_\d]")
# one block marker at the start of a line (a quote may hold a list: "> - a" -> "a")
_MARKER = re.compile(r"^[ ]{0,3}(?:#{1,6}(?=[ \t]|$)[ \t]*|>[ ]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)")
_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")  # "# Title ##": the heading's closing hashes
_RULE = re.compile(r"^[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # ---, ***, ___


def unwrap_blocks(label: str) -> str:
    """``label`` with each line's block markers gone (a rule line is dropped)."""
    if _MAYBE.search(label) is None:
        return label
    lines = []
    for line in label.split("\n"):
        if _RULE.match(line) is not None:
            continue
        heading = False
        while True:
            found = _MARKER.match(line)
            if found is None or not found.group(0):
                break
            heading = heading or found.group(0).lstrip(" ").startswith("#")
            line = line[found.end():]
        if heading:  # its text without the closing hashes and trailing spaces
            line = _CLOSING.sub("", line).rstrip(" \t")
        lines.append(line)
    return "\n".join(lines)

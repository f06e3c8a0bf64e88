"""st.mermaid_chart: Mermaid flowcharts and state diagrams drawn by Graphviz, pies as SVG.

Mermaid is a JavaScript library; a desktop window has none. A flowchart or a state
diagram is translated into DOT (core/mermaid_dot.py, core/mermaid_state.py) and drawn
as st.graphviz_chart draws DOT (``dot -Tsvg``, cached); a pie chart is drawn as SVG
here (core/mermaid_pie.py). Any other diagram (sequence, gantt, class...), a line not
read, or no Graphviz installed: the element shows the Mermaid source in a code block
with a one-line note saying why. It never raises for want of a browser, so the rest of
the script runs on.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Literal

from rerunqt.core import context
from rerunqt.core.containers import _width
from rerunqt.core.graphviz import find_dot, render_svg
from rerunqt.core.mermaid_dot import to_dot
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

_ALT = re.compile(r"\s*stAlt\s*:")  # a line Streamlit wrote for an earlier alt
SOURCE = "Shown as Mermaid source: "
NO_DOT = (SOURCE + "install Graphviz to draw Mermaid diagrams here (apt install graphviz, "
          "brew install graphviz, or graphviz.org).")


def diagram(body: str) -> tuple[str | None, str | None, str | None]:
    """(DOT, SVG, note): the drawn diagram, or a note on why the source is shown. A pie
    chart is drawn here as SVG (no DOT, no Graphviz needed)."""
    first = body.strip().split("\n", 1)[0].strip()
    if first == "pie" or first.startswith("pie "):
        from rerunqt.core.mermaid_dot import _statements
        from rerunqt.core.mermaid_pie import pie_svg

        svg, why = pie_svg(_statements(body))
        return None, svg, None if svg is not None else f"{SOURCE}{why}."
    dot, why = to_dot(body)
    if dot is None:
        return None, None, f"{SOURCE}{why}."
    if find_dot() is None:
        return dot, None, NO_DOT
    svg, failed = render_svg(dot)
    return dot, svg, None if svg is not None else f"{SOURCE}{failed}"


def _diagram_start(lines: list[str]) -> int:
    """The first line of the diagram itself: after blank lines, ``%%`` comments,
    ``%%{init}%%`` directives (which may span lines) and ``---`` front matter."""
    at = 0
    while at < len(lines):
        line = lines[at].strip()
        if line.startswith("%%{"):
            while at < len(lines) and "}%%" not in lines[at]:
                at += 1
        elif line == "---":
            at += 1
            while at < len(lines) and lines[at].strip() != "---":
                at += 1
        elif line and not line.startswith("%%"):
            return at
        at += 1
    return at


def as_markdown(body: str, alt: str | None) -> str:
    """The Markdown element Streamlit 1.67 makes of a diagram (what its AppTest reads as
    ``at.markdown[i].value``): the body as given in a ````mermaid fence longer than any
    run of backticks in it, with ``alt`` as a ``%% stAlt:`` line before the diagram."""
    if alt:
        lines = [line for line in body.splitlines(keepends=True)
                 if not line.lstrip().startswith("%%") or not _ALT.match(line.lstrip()[2:])]
        at = _diagram_start(lines)
        if at and not lines[at - 1].endswith("\n"):
            lines[at - 1] += "\n"
        lines.insert(at, f"%% stAlt: {' '.join(alt.split())}\n")
        body = "".join(lines)
    longest = max((len(run) for run in re.findall("`+", body)), default=0)
    fence = "`" * max(4, longest + 1)
    return f"{fence}mermaid\n{body}\n{fence}"


def mermaid_chart(body: str, *, width: int | Literal["stretch", "content"] = "stretch",
                  alt: str | None = None) -> ElementHandle:
    """A Mermaid diagram: flowcharts and state diagrams drawn (with Graphviz), others as source."""
    if not isinstance(body, str):
        raise RerunQtAPIError(
            f"st.mermaid_chart body={body!r:.80} must be a string of Mermaid text "
            f"(for example 'graph LR; A --> B').")
    if alt is not None and not isinstance(alt, str):
        raise RerunQtAPIError(f"st.mermaid_chart alt={alt!r} must be a string or None.")
    source = textwrap.dedent(body).strip("\n")
    dot, svg, note = diagram(source)
    shown_alt = (alt or "").strip() or None
    ctx = context.current()
    ctx.add_static("mermaid_chart", (("body", source), ("dot", dot), ("svg", svg), ("note", note),
                                     ("width", _width("mermaid_chart", width)),
                                     ("alt", shown_alt), ("markdown", as_markdown(body, shown_alt))))
    return _handle(ctx)




__all__ = ["mermaid_chart"]

"""st.graphviz_chart: a graph in the DOT language, drawn by Graphviz's ``dot`` as SVG.

The DOT text comes from a string or from any object with a ``source`` (graphviz.Graph,
Digraph, Source: the ``graphviz`` package is never imported here). ``dot -Tsvg`` runs
on the script thread, with a timeout, once per distinct source (cached), so AppTest and
the window see the same SVG. Without ``dot`` the element carries a note instead, and the
window shows the DOT source with how to install Graphviz; a bad graph shows dot's error.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rerunqt.core import context
from rerunqt.core.charts import check_size
from rerunqt.core.text import _handle
from rerunqt.errors import RerunQtAPIError

if TYPE_CHECKING:
    from rerunqt.core.handles import ElementHandle

TIMEOUT_S = 10.0
INSTALL = ("Graphviz's dot program was not found, so this is the graph's DOT source: "
           "install Graphviz to draw it (apt install graphviz, brew install graphviz, "
           "or graphviz.org).")


def dot_source(figure_or_dot: Any) -> str:
    """The DOT text of a string or of a graphviz object (anything with ``.source``)."""
    if isinstance(figure_or_dot, str):
        return figure_or_dot
    source = getattr(figure_or_dot, "source", None)
    if isinstance(source, str):
        return source
    raise RerunQtAPIError(
        f"st.graphviz_chart figure_or_dot={figure_or_dot!r} is not a graph; give a DOT string "
        f"such as 'digraph {{ a -> b }}' or a graphviz.Graph / graphviz.Digraph "
        f"(pip install 'rerunqt[graphviz]')."
    )


def find_dot() -> str | None:
    """The path of Graphviz's ``dot``, or None (``shutil`` loads with the first graph)."""
    import shutil

    return shutil.which("dot")


@lru_cache(maxsize=64)
def render_svg(dot: str, program: str | None = None) -> tuple[str | None, str | None]:
    """(SVG text, None), or (None, why not): dot missing, timed out, or the graph is bad."""
    import subprocess  # with the first graph, not at ``import rerunqt``

    executable = program or find_dot()
    if executable is None:
        return None, INSTALL
    try:
        done = subprocess.run([executable, "-Tsvg"], input=dot.encode("utf-8"),
                              capture_output=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return None, f"Graphviz's dot took longer than {TIMEOUT_S:g} s to lay out this graph."
    except OSError as exc:
        return None, f"Graphviz's dot could not run ({exc.strerror or exc}); {INSTALL}"
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
        return None, f"Graphviz could not draw this graph: {message}"
    return done.stdout.decode("utf-8", "replace"), None


def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: int | str = "content",
    height: int | str = "content",
    alt: str | None = None,
) -> ElementHandle:
    """A Graphviz graph (DOT string or graphviz object), scaled down to fit its column.

    ``width``: "content" (its own size, at most the column's), "stretch" (the column's)
    or pixels; ``height``: "content", "stretch" or pixels. The graph keeps its proportions.
    """
    shown_width = check_size("graphviz_chart", "width", width, ("content", "stretch"))
    if use_container_width is not None:  # deprecated: width="stretch"
        shown_width = "stretch" if use_container_width else shown_width
    shown_height = check_size("graphviz_chart", "height", height, ("content", "stretch"))
    dot = dot_source(figure_or_dot)
    svg, note = render_svg(dot)
    ctx = context.current()
    ctx.add_static("graphviz_chart", (("dot", dot), ("svg", svg), ("note", note),
                                      ("width", shown_width), ("height", shown_height),
                                      ("alt", None if alt is None else str(alt))))
    return _handle(ctx)

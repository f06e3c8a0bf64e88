"""A Mermaid flowchart translated into Graphviz DOT (Qt-free, no Mermaid needed).

Mermaid draws in a browser; its flowcharts are graphs Graphviz lays out well. Read here:
``graph`` / ``flowchart`` with TD, TB, BT, LR or RL; nodes ``A``, ``A[box]``, ``A(round)``,
``A{diamond}``, ``A((circle))``, ``A([stadium])``, ``A[[subroutine]]``, ``A[(database)]``,
``A{{hexagon}}``, ``A>flag]``; links ``-->``, ``---``, ``-.->``, ``==>``, ``<-->``, ``--o``,
``--x`` with ``-->|label|`` or ``-- label -->`` labels; chains (``A --> B --> C``), ``&``
and ``subgraph`` ... ``end``. Styling lines (classDef, style, click...) are skipped. Any
other diagram type, or a line not read, gives a reason instead of DOT.
"""

from __future__ import annotations

import re
import textwrap

_HEADER = re.compile(r"^(graph|flowchart)(?:\s+(TD|TB|BT|LR|RL))?\s*;?\s*$", re.I)
_SKIPPED = ("classDef", "class", "style", "linkStyle", "click", "accTitle", "accDescr",
            "direction")
_ID = re.compile(r"[\w\u00c0-\uffff][\w\u00c0-\uffff.-]*?(?=$|[\s\[\](){}>&|;:]|-[-.>]|==|<-)")
# (opening, closing, DOT node attributes), longest opening first
_SHAPES = (("(((", ")))", 'shape=doublecircle'), ("((", "))", "shape=circle"),
           ("([", "])", 'shape=box, style="rounded"'), ("[[", "]]", "shape=box, peripheries=2"),
           ("[(", ")]", "shape=cylinder"), ("{{", "}}", "shape=hexagon"),
           ("[/", "/]", "shape=parallelogram"), ("[\\", "\\]", "shape=parallelogram"),
           ("[", "]", "shape=box"), ("(", ")", 'shape=box, style="rounded"'),
           ("{", "}", "shape=diamond"), (">", "]", "shape=cds"))
_LINK_TEXT = re.compile(r"\s*(<)?(--|-\.|==)\s+([^|]+?)\s*(-{2,}>|-{3,}|\.-+>|\.-+|={2,}>|={3,}"
                        r"|-{2,}[ox]|={2,}[ox])")
_LINK = re.compile(r"\s*(<)?(-{2,}>|-{3,}|-\.+->|-\.+-|={2,}>|={3,}|-{2,}[ox]|={2,}[ox]|-\.+-[ox])"
                   r"(?:\|([^|]*)\|)?")
_CLASS = re.compile(r":::[\w-]+")
TYPES_DRAWN = "flowcharts (graph / flowchart) and state diagrams"
_STATE_HEADER = re.compile(r"^stateDiagram(?:-v2)?\s*$")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    text = text.strip("`")  # a Markdown string: shown as its text
    return re.sub(r"<br\s*/?>", "\n", text, flags=re.I)


class _Reader:
    """Reads flowchart statements into nodes, clusters and edges, then writes DOT."""

    def __init__(self, direction: str) -> None:
        self.direction = {"TD": "TB"}.get(direction, direction)
        self.nodes: dict[str, tuple[str, str]] = {}  # id -> (label, attributes)
        self.where: dict[str, int] = {}  # id -> the cluster it first appeared in (-1: none)
        self.clusters: list[tuple[str, int]] = []  # (title, parent cluster)
        self.stack: list[int] = []
        self.edges: list[str] = []

    def node(self, text: str, at: int) -> tuple[list[str], int] | None:
        """The ids of ``A`` or ``A & B`` (with shapes) at ``at``, and where they end."""
        ids = []
        while True:
            match = _ID.match(text, at)
            if match is None:
                return None
            node_id, at = match.group(0), match.end()
            label, attrs = self.nodes.get(node_id, (node_id, "shape=box"))
            for opening, closing, shape in _SHAPES:
                if text.startswith(opening, at):
                    start = at + len(opening)
                    if text.startswith('"', start):
                        end_quote = text.find('"', start + 1)
                        end = text.find(closing, end_quote + 1) if end_quote > 0 else -1
                    else:
                        end = text.find(closing, start)
                    if end < 0:
                        return None
                    label, attrs, at = _label(text[start:end]), shape, end + len(closing)
                    break
            styled = _CLASS.match(text, at)  # A:::name styles the node: not drawn
            at = styled.end() if styled else at
            self.nodes[node_id] = (label, attrs)
            self.where.setdefault(node_id, self.stack[-1] if self.stack else -1)
            ids.append(node_id)
            amp = re.compile(r"\s*&\s*").match(text, at)
            if amp is None:
                return ids, at
            at = amp.end()

    def statement(self, text: str) -> bool:
        """One statement: nodes, linked in a chain. False when it cannot be read."""
        found = self.node(text, len(text) - len(text.lstrip()))
        if found is None:
            return False
        sources, at = found
        while text[at:].strip():
            link = _LINK_TEXT.match(text, at) or _LINK.match(text, at)
            if link is None:
                return False
            if link.re is _LINK_TEXT:
                back, body, label = link.group(1), link.group(2) + link.group(4), link.group(3)
            else:
                back, body, label = link.group(1), link.group(2), link.group(3)
            found = self.node(text, len(text) - len(text[link.end():].lstrip()))
            if found is None:
                return False
            targets, at = found
            attrs = self._edge(bool(back), body, label)
            self.edges += [f"  {_quote(a)} -> {_quote(b)}{attrs};" for a in sources for b in targets]
            sources = targets
        return True

    @staticmethod
    def _edge(back: bool, body: str, label: str | None) -> str:
        attrs = []
        head = {">": "normal", "o": "odot", "x": "tee"}.get(body[-1], "none")
        if head != "normal":
            attrs.append(f"arrowhead={head}")
        if back:
            attrs += ["dir=both", "arrowtail=normal"]
        if "." in body:
            attrs.append("style=dashed")
        if "=" in body:
            attrs.append("penwidth=2")
        if label and label.strip():
            attrs.append(f"label={_quote(' ' + _label(label) + ' ')}")
        return f" [{', '.join(attrs)}]" if attrs else ""

    def dot(self) -> str:
        lines = ["digraph {", f"  rankdir={self.direction};",
                 '  node [fontname="Helvetica,Arial,sans-serif", fontsize=12, margin="0.2,0.1"];',
                 '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=11];']
        lines += self._cluster(-1, "  ")
        return "\n".join([*lines, *self.edges, "}"]) + "\n"

    def _cluster(self, index: int, indent: str) -> list[str]:
        out = [f"{indent}{_quote(n)} [label={_quote(label)}, {attrs}];"
               for n, (label, attrs) in self.nodes.items() if self.where[n] == index]
        for child, (title, parent) in enumerate(self.clusters):
            if parent == index:
                out += [f"{indent}subgraph cluster_{child} {{", f"{indent}  label={_quote(title)};",
                        *self._cluster(child, indent + "  "), f"{indent}}}"]
        return out


def _statements(body: str) -> list[str]:
    """The lines, split at ``;`` outside quotes and brackets; comments dropped."""
    out = []
    for line in body.splitlines():
        depth, quoted, start = 0, False, 0
        for i, char in enumerate(line):
            quoted ^= char == '"'
            depth += (char in "[({") - (char in "])}") if not quoted else 0
            if char == ";" and depth <= 0 and not quoted:
                out.append(line[start:i])
                start = i + 1
        out.append(line[start:])
    return [s.strip() for s in out if s.strip() and not s.strip().startswith("%%")]


def to_dot(body: str) -> tuple[str | None, str | None]:
    """(DOT, None) for a flowchart or a state diagram, or (None, why it is not drawn)."""
    lines = _statements(textwrap.dedent(body))
    if not lines:
        return None, "the diagram is empty"
    if lines[0].startswith("---"):  # front matter (a title, a config): not drawn
        end = next((i for i, line in enumerate(lines[1:], 1) if line.startswith("---")), 0)
        lines = lines[end + 1:]
    header = _HEADER.match(lines[0]) if lines else None
    if header is None and lines and _STATE_HEADER.match(lines[0]):
        from rerunqt.core.mermaid_state import state_dot

        return state_dot(lines[1:])
    if header is None:
        kind = lines[0].split()[0] if lines else "empty diagram"
        return None, f"rerunqt draws only Mermaid {TYPES_DRAWN}, and this is a {kind}"
    reader = _Reader((header.group(2) or "TB").upper())
    for line in lines[1:]:
        word = line.split()[0]
        if word == "subgraph":
            title = line[len(word):].strip()
            match = re.match(r"^[\w-]+\s*\[(.*)\]$", title)
            reader.clusters.append((_label(match.group(1) if match else title),
                                    reader.stack[-1] if reader.stack else -1))
            reader.stack.append(len(reader.clusters) - 1)
        elif word == "end" and reader.stack:
            reader.stack.pop()
        elif word in _SKIPPED or word.startswith(("classDef", "style", "click", "acc")):
            continue
        elif not reader.statement(line):
            return None, f"rerunqt could not read this line of the flowchart: {line!r}"
    return reader.dot(), None


__all__ = ["TYPES_DRAWN", "to_dot"]

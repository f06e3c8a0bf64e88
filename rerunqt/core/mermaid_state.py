"""A Mermaid state diagram (``stateDiagram`` / ``stateDiagram-v2``) translated into DOT.

Streamlit draws these with Mermaid in the browser; they are graphs Graphviz lays out as
well as flowcharts (core/mermaid_dot.py). Read here: states (rounded boxes; ``state
"Long name" as s1`` and ``s1 : text`` set the words), ``[*]`` as the start (a black dot)
or the end (a ringed dot) of its scope, transitions ``A --> B`` with ``: label``,
composite states ``state X { ... }`` (a frame with its own start and end),
``<<choice>>`` (a diamond), ``<<fork>>`` / ``<<join>>`` (a bar) and ``direction LR``.
Notes, styling lines and the ``--`` separator of concurrent regions are skipped; any
other line gives a reason instead of DOT (Qt-free).
"""

from __future__ import annotations

import re

_END = r"(\[\*\]|[\w.-]+)"
_TRANSITION = re.compile(rf"^{_END}\s*-->\s*{_END}\s*(?::\s*(.*))?$")
_NAMED = re.compile(r'^state\s+"([^"]*)"\s+as\s+([\w.-]+)\s*(\{)?$')
_KIND = re.compile(r"^state\s+([\w.-]+)\s+<<(choice|fork|join)>>$")
_OPEN = re.compile(r"^state\s+([\w.-]+)\s*(\{)?$")
_DESCRIBED = re.compile(r"^([\w.-]+)\s*:\s*(.*)$")
_DIRECTION = re.compile(r"^direction\s+(TB|TD|BT|LR|RL)$", re.I)
_SKIPPED = ("classDef", "class", "style", "accTitle", "accDescr", "click", "--")
_SHAPES = {"state": 'shape=box, style="rounded"', "choice": "shape=diamond, label=\"\", "
           "width=0.3, height=0.3", "fork": 'shape=box, style=filled, fillcolor=black, '
           'label="", width=0.8, height=0.06', "start": 'shape=circle, style=filled, '
           'fillcolor=black, label="", width=0.18', "end": 'shape=doublecircle, '
           'style=filled, fillcolor=black, label="", width=0.12'}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Diagram:
    """States (by id), the composite they sit in, transitions; then the DOT text."""

    def __init__(self) -> None:
        self.direction = "TB"
        self.states: dict[str, list[str]] = {}  # id -> [label, shape]
        self.where: dict[str, str] = {}  # id -> its composite ("" at the top)
        self.composites: dict[str, str] = {}  # composite id -> its parent composite
        self.stack: list[str] = []
        self.edges: list[tuple[str, str, str]] = []  # (source, target, label)

    def point(self, kind: str) -> str:
        """``[*]``: one start and one end dot per composite (and one at the top)."""
        scope = self.stack[-1] if self.stack else ""
        node = f"[*]{kind}:{scope}"  # no state id has "[" in it
        self.states.setdefault(node, ["", kind])
        self.where.setdefault(node, scope)
        return node

    def state(self, name: str, shape: str = "state") -> str:
        scope = self.stack[-1] if self.stack else ""
        found = self.states.setdefault(name, [name, "state"])
        if shape != "state":
            found[1] = shape
        self.where.setdefault(name, scope)
        return name

    def transition(self, source: str, target: str, label: str | None) -> None:
        ends = [self.point(role) if name == "[*]" else self.state(name)
                for name, role in ((source, "start"), (target, "end"))]
        self.edges.append((ends[0], ends[1], (label or "").strip()))

    def _edge(self, source: str, target: str, label: str) -> str:
        """A transition in DOT; one to or from a composite state is drawn to its start dot
        (from its end dot, else its first state) and cut at its frame."""
        attrs, ends = [], []
        for node, dot, cut in ((source, "end", "ltail"), (target, "start", "lhead")):
            if node in self.composites:
                inside = [s for s, where in self.where.items() if where == node]
                inside.sort(key=lambda s: s != f"[*]{dot}:{node}")
                if inside:
                    attrs.append(f"{cut}={_quote('cluster_' + node)}")
                    node = inside[0]
            ends.append(node)
        if label:
            attrs.append(f"label={_quote(' ' + label + ' ')}")
        more = f" [{', '.join(attrs)}]" if attrs else ""
        return f"  {_quote(ends[0])} -> {_quote(ends[1])}{more};"

    def line(self, text: str) -> bool:
        """Read one line; False when it is not read."""
        if text == "}" and self.stack:
            self.stack.pop()
            return True
        for pattern, read in ((_TRANSITION, lambda m: self.transition(m[1], m[2], m[3])),
                              (_KIND, lambda m: self.state(m[1], "fork" if m[2] == "join"
                                                           else m[2])),
                              (_NAMED, lambda m: self._named(m[2], m[1], bool(m[3]))),
                              (_OPEN, lambda m: self._named(m[1], None, bool(m[2]))),
                              (_DESCRIBED, lambda m: self._described(m[1], m[2]))):
            found = pattern.match(text)
            if found is not None:
                read(found)
                return True
        direction = _DIRECTION.match(text)
        if direction is not None:
            self.direction = {"TD": "TB"}.get(direction[1].upper(), direction[1].upper())
            return True
        return False

    def _named(self, node: str, label: str | None, opens: bool) -> None:
        self.state(node)
        if label is not None:
            self.states[node][0] = label
        if opens:
            self.composites[node] = self.stack[-1] if self.stack else ""
            self.stack.append(node)

    def _described(self, node: str, text: str) -> None:
        """``s1 : text``: the words shown for s1 (a second line after earlier words)."""
        self.state(node)
        shown = self.states[node]
        shown[0] = text.strip() if shown[0] == node else f"{shown[0]}\n{text.strip()}"

    def dot(self) -> str:
        lines = ["digraph {", f"  rankdir={self.direction};", "  compound=true;",
                 '  node [fontname="Helvetica,Arial,sans-serif", fontsize=12, margin="0.2,0.1"];',
                 '  edge [fontname="Helvetica,Arial,sans-serif", fontsize=11];']
        edges = [self._edge(*edge) for edge in self.edges]
        return "\n".join([*lines, *self._scope("", "  "), *edges, "}"]) + "\n"

    def _scope(self, scope: str, indent: str) -> list[str]:
        out = []
        for node, (label, shape) in self.states.items():
            if self.where[node] != scope or node in self.composites:
                continue
            words = f"label={_quote(label)}, " if shape in ("state",) else ""
            out.append(f"{indent}{_quote(node)} [{words}{_SHAPES[shape]}];")
        for child, parent in self.composites.items():
            if parent == scope:
                out += [f"{indent}subgraph {_quote('cluster_' + child)} {{",
                        f'{indent}  label={_quote(self.states[child][0])}; style="rounded";',
                        *self._scope(child, indent + "  "), f"{indent}}}"]
        return out


def state_dot(lines: list[str]) -> tuple[str | None, str | None]:
    """(DOT, None) for the lines after the ``stateDiagram`` header, or (None, why not)."""
    diagram = _Diagram()
    skipping_note = False
    for text in lines:
        word = text.split()[0]
        if skipping_note:  # a multi-line note ends with "end note"
            skipping_note = text != "end note"
            continue
        if word == "note":
            skipping_note = ":" not in text
            continue
        if word in _SKIPPED or text.startswith("--"):
            continue
        if not diagram.line(text):
            return None, f"rerunqt could not read this line of the state diagram: {text!r}"
    if not diagram.states:
        return None, "the state diagram has no states"
    return diagram.dot(), None


__all__ = ["state_dot"]

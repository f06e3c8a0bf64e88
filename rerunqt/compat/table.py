"""The compatibility table of the README: each Streamlit 1.67 name, and whether it works.

``markdown_table(names)`` takes the public names of Streamlit 1.67 (name -> kind, as in
``streamlit-1.67-api.json``) and sorts each into works / needs a browser / not yet,
from what rerunqt provides and from ``compat/unsupported.py``. Modules are left out:
they are submodules, not calls a script makes.
"""

from __future__ import annotations

from collections.abc import Mapping

from rerunqt.compat.unsupported import BROWSER, INTERNAL, SERVER, UNSUPPORTED

WORKS, BROWSER_ONLY, NOT_YET = "works", "needs a browser", "not yet"


def status(name: str) -> tuple[str, str]:
    """(works / needs a browser / not yet, a note: what to use instead, what it needs)."""
    import rerunqt

    entry = UNSUPPORTED.get(name)
    if entry is None:
        getattr(rerunqt, name)  # a name neither provided nor listed fails loudly here
        return WORKS, ""
    why, instead = entry
    if why in (BROWSER, SERVER):
        return BROWSER_ONLY, instead
    return NOT_YET, instead


def markdown_table(names: Mapping[str, str]) -> str:
    """The Markdown: a count per status, the names of each, then notes for the rest."""
    public = sorted(n for n, kind in names.items()
                    if kind != "module" and not n.startswith("_")
                    and UNSUPPORTED.get(n, ("", ""))[0] is not INTERNAL)
    rows: dict[str, list[str]] = {WORKS: [], BROWSER_ONLY: [], NOT_YET: []}
    notes: list[tuple[str, str, str]] = []
    for name in public:
        state, note = status(name)
        rows[state].append(name)
        if state != WORKS:
            notes.append((name, state, note))
    rows = {state: listed for state, listed in rows.items() if listed}  # no empty rows
    lines = [f"{len(public)} public names of Streamlit 1.67: "
             + ", ".join(f"{len(rows[s])} {s}" for s in rows) + ".", "",
             "| Status | Names |", "|---|---|"]
    for state, listed in rows.items():
        lines.append(f"| {state} ({len(listed)}) | "
                     + ", ".join(f"`st.{n}`" for n in listed) + " |")
    lines += ["", "| Name | Status | Instead |", "|---|---|---|"]
    lines += [f"| `st.{n}` | {s} | {note.replace('|', '/') or '-'} |" for n, s, note in notes]
    return "\n".join(lines) + "\n"

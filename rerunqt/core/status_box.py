"""What ``st.status`` returns: a container with ``update()`` and a state set by ``with``.

Apart from ``core/status.py`` because it builds on ``Block``, whose element methods
bind that module's functions.
"""

from __future__ import annotations

from types import TracebackType
from typing import Literal

from rerunqt.core.blocks import Block
from rerunqt.core.status import check_state
from rerunqt.errors import ScriptControl

__all__ = ["StatusBlock"]


class StatusBlock(Block):
    """What ``st.status`` returns: a container with ``update()``; ``with`` sets its state.

    Leaving the ``with`` block while the state is still "running" makes it "complete",
    or "error" when the block raised (the exception goes on), as in Streamlit. st.stop()
    and st.rerun() inside it are not errors: the box keeps its state.
    """

    __slots__ = ()

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: Literal["running", "complete", "error"] | None = None) -> None:
        """Change the label, the open state or the state of the box in place."""
        self._target()  # a box kept from an earlier run: the same clear error as a write to it
        props = dict(self._builder.props)
        if label is not None:
            props["label"] = str(label)
        if expanded is not None:
            props["expanded"] = bool(expanded)
        if state is not None:
            props["state"] = check_state("status.update", state)
        self._builder.props = tuple(props.items())
        self._ctx.touch()  # changed in place: the live page redraws the box

    def __enter__(self) -> StatusBlock:
        super().__enter__()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if dict(self._builder.props).get("state") == "running" and not (
                exc_type is not None and issubclass(exc_type, ScriptControl)):
            self.update(state="error" if exc_type is not None else "complete")
        super().__exit__(exc_type, exc, tb)

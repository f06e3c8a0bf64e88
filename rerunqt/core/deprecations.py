"""Deprecation notes shown in the app, as Streamlit's ``show_deprecation_warning`` does.

Streamlit puts an ``st.warning`` on the page for a removed parameter that an old app still
passes (when ``client.showErrorDetails`` is "full", its default), so the author sees why the
parameter does nothing; it is also logged. Being a bare ``st.warning``, it lands where the
script's ``with`` blocks point, not in the column whose method was called.
"""

from __future__ import annotations

import logging

from rerunqt.core import context

_LOG = logging.getLogger("rerunqt")


def show_deprecation_warning(message: str) -> None:
    """Log ``message`` and add it as a warning element when error details are "full"."""
    _LOG.warning(message)
    level = context.current().option("client.showErrorDetails", "full")
    if level is True or str(level).lower() in ("full", "true"):
        from rerunqt.core.text import warning

        ctx = context.current()
        target = ctx.with_target()  # Streamlit's bare st.warning: `col.image(...)` warns
        ctx.enter(target)  # on the page (or the `with` block), not in `col`
        try:
            warning(message)
        finally:
            ctx.leave(target)

"""``streamlit.web.cli``: Streamlit's command line, which a rerunqt run never needs."""

from __future__ import annotations

from typing import Any, NoReturn

from rerunqt.errors import RerunQtAPIError


def main(*args: Any, **kwargs: Any) -> NoReturn:
    """Streamlit would start its web server here; the script is already running."""
    raise RerunQtAPIError(
        "streamlit.web.cli.main() starts Streamlit's web server, which a rerunqt app does not "
        "have: the script is already running in rerunqt. Start it with `rerunqt app.py`; "
        "`streamlit.runtime.exists()` is True in a rerunqt run.")


__all__ = ["main"]

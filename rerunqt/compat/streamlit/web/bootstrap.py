"""``streamlit.web.bootstrap``: Streamlit's server start-up, which a rerunqt run never needs."""

from __future__ import annotations

from typing import Any, NoReturn

from rerunqt.compat.streamlit.web.cli import main


def run(*args: Any, **kwargs: Any) -> NoReturn:
    """Streamlit would start its web server here; the script is already running."""
    main()


__all__ = ["run"]

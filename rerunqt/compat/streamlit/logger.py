"""``streamlit.logger``: ``get_logger`` as Streamlit's app template uses it.

``get_logger(__name__)`` gives a standard ``logging`` logger whose records go to stderr
(the terminal that started the app), as Streamlit's do.
"""

from __future__ import annotations

import logging

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def get_logger(name: str) -> logging.Logger:
    """A logger named ``name`` that writes to stderr at INFO and above."""
    logger = logging.getLogger(name)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


__all__ = ["get_logger"]

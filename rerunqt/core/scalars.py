"""Numbers given as numpy scalars (or any ``numbers.Integral``/``Real``) as Python ones.

Streamlit accepts ``df.col.max()`` (an ``np.int64``) wherever it takes an int. The checks
call ``plain_number`` only after their fast test for a plain int or float fails, so the
common case costs nothing; numpy itself is never imported here.
"""

from __future__ import annotations

from numbers import Integral, Real
from typing import Any


def plain_number(v: Any) -> Any:
    """``v`` as a Python int or float when it is a non-bool Integral or Real (numpy's
    ``np.int64``, ``np.float32``...); anything else (bools, None, strs...) unchanged."""
    cls = v.__class__
    if cls is int or cls is float or cls is bool or v is None:
        return v
    if isinstance(v, Integral):
        return int(v)
    if isinstance(v, Real):
        return float(v)
    return v


def plain_int(v: Any) -> Any:
    """``v`` as a Python int when it is a non-bool Integral; anything else unchanged."""
    if v.__class__ is int or v.__class__ is bool or not isinstance(v, Integral):
        return v
    return int(v)

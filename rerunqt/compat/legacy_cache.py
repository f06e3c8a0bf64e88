"""``st.cache``, Streamlit's first cache decorator, on top of cache_data / cache_resource.

Old scripts call it with its own parameters (``allow_output_mutation``,
``suppress_st_warning``, ``persist=True``...). ``allow_output_mutation=True`` meant "give
me the object itself", which is cache_resource; otherwise the value was copied, which is
cache_data. ``suppress_st_warning`` and ``hash_funcs`` keep their meaning.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def cache(func: Callable[..., Any] | None = None, persist: bool = False,
          allow_output_mutation: bool = False, show_spinner: bool = True,
          suppress_st_warning: bool = False, hash_funcs: dict[Any, Any] | None = None,
          max_entries: int | None = None, ttl: float | None = None) -> Any:
    """The legacy decorator, with or without parentheses."""
    import rerunqt

    if allow_output_mutation:
        decorator = rerunqt.cache_resource(ttl=ttl, max_entries=max_entries,
                                           show_spinner=show_spinner, hash_funcs=hash_funcs)
    else:
        decorator = rerunqt.cache_data(ttl=ttl, max_entries=max_entries, show_spinner=show_spinner,
                                       persist="disk" if persist else None, hash_funcs=hash_funcs)
    return decorator if func is None else decorator(func)

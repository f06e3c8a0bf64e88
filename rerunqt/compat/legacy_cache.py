"""Old Streamlit calls with their own signatures: ``st.cache`` on top of cache_data /
cache_resource, and ``experimental_get/set_query_params`` on top of ``st.query_params``.

``st.cache`` was Streamlit's first cache decorator.

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


def experimental_get_query_params() -> dict[str, list[str]]:
    """The old reader of the URL's parameters: every key with all its values."""
    from rerunqt.core.query_params import query_params

    return {key: query_params.get_all(key) for key in query_params}


def experimental_set_query_params(**params: Any) -> None:
    """The old writer: replaces every parameter (a list gives a key several values)."""
    from rerunqt.core.query_params import query_params

    query_params.from_dict(params)

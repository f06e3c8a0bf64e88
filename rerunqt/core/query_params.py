"""``st.query_params``: the app's query string as an in-memory mapping, one per session.

A desktop window has no URL, but scripts read and write query parameters to remember
a view or to hand values to another page; Streamlit 1.67's API is kept: values are
strings, a key may hold several (``get_all``), reading a key gives its last value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any
from urllib.parse import urlencode

from rerunqt.core import context
from rerunqt.errors import RerunQtAPIError

_BARE: dict[str, list[str]] = {}  # outside a running app (nothing is shown there anyway)


def _values(value: Any) -> list[str]:
    """What a key holds: a string, or each item of a list/tuple/set as a string."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        return [str(value)]
    return [str(item) for item in value]


def _store() -> dict[str, list[str]]:
    router = context.current().pages
    return _BARE if router is None else router.query_params


_RESERVED = frozenset({"embed", "embed_options"})  # Streamlit's own; setting them raises


def link_params(params: Any, caller: str, *, add_up: bool) -> dict[str, list[str]]:
    """The ``query_params=`` of st.page_link / st.switch_page (a mapping, or (key, value)
    pairs as Streamlit 1.67 takes them) as key -> values, checked as ``st.query_params``
    checks a value. A key given twice adds up for a link, whose URL Streamlit builds with
    both, and replaces for a switch, which Streamlit applies as a dict update."""
    if isinstance(params, Mapping):
        pairs = list(params.items())
    elif isinstance(params, Iterable) and not isinstance(params, (str, bytes)):
        pairs = list(params)
    else:
        raise RerunQtAPIError(
            f"{caller}: Invalid `query_params` type. Expected one of: mapping, iterable of "
            f"(key, value) pairs. Provided type: {type(params).__name__}.")
    found: dict[str, list[str]] = {}
    for key, value in pairs:
        if isinstance(value, Mapping):
            raise RerunQtAPIError(
                f"Query param value for `{key}` cannot be set to a dictionary. Provide a "
                f"string or iterable of strings instead.")
        if str(key).lower() in _RESERVED:
            raise RerunQtAPIError(
                "Query param embed and embed_options (case-insensitive) cannot be set "
                "programmatically.")
        values = _values(value)
        found[str(key)] = found.get(str(key), []) + values if add_up else values
    return found


def query_string(params: Mapping[str, list[str]]) -> str:
    """``a=1&tag=x&tag=y``: what Streamlit's AppTest reads as a page link's query_string."""
    return urlencode([(key, value) for key, values in params.items() for value in values])


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: ``qp["a"]``, ``qp.a``, ``get_all``, ``to_dict``, ``from_dict``."""

    def __getitem__(self, key: str) -> str:
        values = _store().get(key)
        if values is None:
            raise KeyError(f"st.query_params has no key {key!r}; use st.query_params.get({key!r}) "
                           f"for a default.")
        return values[-1] if values else ""

    def __setitem__(self, key: str, value: Any) -> None:
        if not isinstance(key, str):
            raise RerunQtAPIError(f"st.query_params keys are strings, got {key!r}.")
        if isinstance(value, Mapping):
            raise RerunQtAPIError(
                f"st.query_params[{key!r}] cannot hold a dict ({value!r}): give a string or a "
                f"list of strings.")
        if key.lower() in _RESERVED:
            raise RerunQtAPIError(
                f"Query param {key!r} cannot be set using st.query_params: Streamlit reserves it "
                f"for embedding the app.")
        _store()[key] = _values(value)

    def __delitem__(self, key: str) -> None:
        try:
            del _store()[key]
        except KeyError:
            raise KeyError(f"st.query_params has no key {key!r} to delete.") from None

    def __iter__(self) -> Iterator[str]:
        return iter(list(_store()))

    def __len__(self) -> int:
        return len(_store())

    def __contains__(self, key: object) -> bool:
        return key in _store()

    def get_all(self, key: str) -> list[str]:
        """Every value of ``key`` (``?tag=a&tag=b`` -> ["a", "b"]); [] if it is missing."""
        return list(_store().get(key, []))

    def to_dict(self) -> dict[str, str]:
        """Each key with its last value."""
        return {key: values[-1] if values else "" for key, values in _store().items()}

    def from_dict(self, params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> None:
        """Replace every parameter by those of ``params``."""
        items = list(params.items() if isinstance(params, Mapping) else params)
        store = _store()
        store.clear()
        for key, value in items:
            self[key] = value

    def clear(self) -> None:
        _store().clear()

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"st.query_params has no key {key!r}") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"st.query_params has no key {key!r}") from None

    def __repr__(self) -> str:
        return f"st.query_params({self.to_dict()!r})"

    def __str__(self) -> str:
        """As Streamlit's ``str(st.query_params)``: the dict of values, a key with several
        as their list (``{'a': '1', 'tag': ['x', 'y']}``)."""
        return str({key: values[0] if len(values) == 1 else list(values)
                    for key, values in _store().items()})


query_params = QueryParamsProxy()

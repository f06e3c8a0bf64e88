"""What ``rerunqt.<name>`` does for a name the package does not define.

Legacy Streamlit names whose target exists are aliases that warn once per name; any
other Streamlit name raises the clear "not supported" error of ``compat.unsupported``;
anything else is a plain ``AttributeError`` with a did-you-mean.
"""

from __future__ import annotations

import types
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from rerunqt.compat.unsupported import UNSUPPORTED, unknown_name, unsupported

LEGACY: dict[str, str] = {  # old name -> the name it became (an alias once that exists)
    "experimental_rerun": "rerun",
    "experimental_dialog": "dialog",
    "experimental_fragment": "fragment",
    "experimental_memo": "cache_data",
    "experimental_singleton": "cache_resource",
    "cache": "cache_data",
    "experimental_get_query_params": "query_params",
    "experimental_set_query_params": "query_params",
}
_SHIMS = frozenset({"cache", "experimental_get_query_params", "experimental_set_query_params"})
_warned: set[str] = set()


class LegacyNameWarning(FutureWarning):
    """An old Streamlit name was used; the message names the one to use. A FutureWarning,
    so users see it by default (a DeprecationWarning is hidden outside ``__main__``)."""


def resolve_missing(name: str, namespace: Mapping[str, Any], module: str = "rerunqt") -> Any:
    """The value of ``<module>.<name>`` when ``name`` is not defined, or the right error."""
    if name.startswith("__"):
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    new = LEGACY.get(name)
    if new is not None:
        if new not in namespace:
            error = unsupported(new)
            error.args = (f"st.{name} (now st.{new}): {error.args[0]}",)
            raise error
        if name not in _warned:
            _warned.add(name)
            warnings.warn(f"st.{name} is deprecated (as in Streamlit); use st.{new} instead.",
                          LegacyNameWarning, stacklevel=3)
        if name in _SHIMS:  # their own signatures: shims over the new names
            from rerunqt.compat import legacy_cache

            return getattr(legacy_cache, name)
        return namespace[new]
    if name in UNSUPPORTED:
        raise unsupported(name)
    raise unknown_name(name, [n for n in namespace if not n.startswith("_")], module)


class PublicNames(Mapping[str, Any]):
    """A module's public names (``__all__``), each loaded only when looked up.

    rerunqt loads its API lazily; an error about a missing name needs only the names,
    and a legacy alias only its new name, so nothing else is imported for them.
    """

    def __init__(self, module: types.ModuleType) -> None:
        self.module = module
        self.names: list[str] = list(module.__all__)

    def __getitem__(self, name: str) -> Any:
        if name not in self.names:
            raise KeyError(name)
        return getattr(self.module, name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

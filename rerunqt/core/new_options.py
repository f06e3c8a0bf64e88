"""``accept_new_options=True`` on selectbox and multiselect: the user may type a new option.

The front end still sends an option's index for a listed option, and sends the typed
text itself (a str) for a new one; the script gets that str back. These wrappers put
the str case around a ChoiceSpec's conversions, so the spec (memoised, shared) is
untouched and widgets without the parameter pay nothing.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.choice_spec import ChoiceSpec


class NewOption:
    """selectbox: an option, a typed str, or None (one item of a multiselect too)."""

    __slots__ = ("spec",)

    def __init__(self, spec: ChoiceSpec) -> None:
        self.spec = spec

    def _listed(self, text: str) -> int | None:
        labels = self.spec.choices.labels
        return labels.index(text) if text in labels else None

    def coerce(self, value: Any) -> Any:
        try:
            return self.spec.choices.coerce_one(value)
        except (TypeError, ValueError, KeyError, IndexError):
            if isinstance(value, str):
                return value
            raise

    def from_ui(self, value: Any) -> Any:
        if isinstance(value, str):
            index = self._listed(value)  # typed text that is an option's label: that option
            return value if index is None else self.spec.choices.opts[index]
        return self.spec.choices.from_index(value)

    def to_ui(self, value: Any) -> Any:
        try:
            return self.spec.choices.to_index(value)
        except (TypeError, ValueError, KeyError, IndexError):
            if isinstance(value, str):
                return value
            raise


class NewOptions:
    """multiselect: a list of options and typed strs (front end: a tuple of ints and strs)."""

    __slots__ = ("one",)

    def __init__(self, spec: ChoiceSpec) -> None:
        self.one = NewOption(spec)

    def coerce(self, value: Any) -> list[Any]:
        items = self.one.spec.choices.as_list(value) if not isinstance(value, list) else value
        out: list[Any] = []
        for item in items:
            kept = self.one.coerce(item)
            if kept is not None and not any(kept is seen or kept == seen for seen in out):
                out.append(kept)
        return out

    def from_ui(self, value: Any) -> list[Any]:
        if not isinstance(value, (tuple, list)):
            raise TypeError(f"expected a tuple of option indices and new options, got {value!r}")
        out: list[Any] = []
        for item in value:
            chosen = self.one.from_ui(item)
            if not any(chosen is seen or chosen == seen for seen in out):
                out.append(chosen)
        return out

    def to_ui(self, value: Any) -> tuple[Any, ...]:
        return tuple(self.one.to_ui(item) for item in (value or ()))

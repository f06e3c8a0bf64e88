"""AppTest views of slider and select_slider (Streamlit's ``Slider`` and ``SelectSlider``).

``value``, ``min``, ``max`` and ``step`` are Python values (dates, times, timedeltas...),
although the element's props hold front-end numbers; ``set_value``/``set_range`` take
Python values too.
"""

from __future__ import annotations

from typing import Any

from rerunqt.core.slider_values import TEMPORAL, from_ui_scalar, step_from_ui
from rerunqt.testing.elements import ElementView, LabelledOptions, Widget


class Slider(Widget):
    """``at.slider[i]``: ``set_value(v)``, ``set_range(lo, hi)``; ``min``/``max``/``step``."""

    @property
    def data_type(self) -> str:
        return self._element.prop("data_type")

    @property
    def min(self) -> Any:
        return self._bound("min")

    @property
    def max(self) -> Any:
        return self._bound("max")

    @property
    def step(self) -> Any:
        """A number slider's step as a float (``1.0``), as Streamlit's AppTest reads its proto;
        a date or time slider's as a timedelta."""
        step = step_from_ui(self.data_type, self._element.prop("step"))
        return step if self.data_type in TEMPORAL else float(step)

    @property
    def options(self) -> list[str]:
        """``[]``: a number, date or time slider has no options (Streamlit's AppTest reads
        the empty list of its proto)."""
        return []

    def set_range(self, lower: Any, upper: Any) -> Slider:
        """Set both handles of a range slider."""
        return self.set_value((lower, upper))  # type: ignore[return-value]

    def _bound(self, name: str) -> Any:
        data_type = self.data_type
        if data_type not in TEMPORAL:  # a float, an int slider's too (0.0), as Streamlit's AppTest
            return float(self._element.prop(name))
        current = self._app._state_value(self.id, None)  # its tzinfo is the slider's
        sample = current[0] if isinstance(current, tuple) and current else current
        tz = getattr(sample, "tzinfo", None)
        return from_ui_scalar(data_type, self._element.prop(name), tz)


class SelectSlider(LabelledOptions):
    """``at.select_slider[i]``: ``set_value(option)``, ``set_range(lo, hi)``; ``options``."""

    @property
    def step(self) -> float:
        """``1.0``: one option, what Streamlit's AppTest reads for a select_slider."""
        return 1.0

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        """Select the range from option ``lower`` to option ``upper``."""
        return self.set_value((lower, upper))  # type: ignore[return-value]


VIEWS: dict[str, type[ElementView]] = {"slider": Slider, "select_slider": SelectSlider}

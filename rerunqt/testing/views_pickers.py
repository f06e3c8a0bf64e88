"""AppTest views of toggle, text_area, date_input, time_input, color_picker (Streamlit's names)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rerunqt.testing.elements import ElementView, Widget


class Toggle(Widget):
    """``set_value(bool)``; ``value`` is the switch's state."""


class TextArea(Widget):
    def input(self, text: str) -> TextArea:
        """Type ``text``; ignored when longer than ``max_chars``, as in Streamlit."""
        max_chars = self._element.prop("max_chars")
        if max_chars is not None and len(text) > max_chars:
            return self
        self.set_value(text)
        return self


class DateInput(Widget):
    """``set_value(date)``, or a tuple of 0 to 2 dates for a range; ``min``/``max``/``format``."""

    @property
    def is_range(self) -> bool:
        return bool(self._element.prop("is_range"))


class TimeInput(Widget):
    """``set_value(time)``; ``increment()``/``decrement()`` move by ``step`` (wrapping at midnight)."""

    @property
    def step(self) -> int:
        return int(self._element.prop("step"))

    def increment(self) -> TimeInput:
        return self._move(+1)

    def decrement(self) -> TimeInput:
        return self._move(-1)

    def _move(self, direction: int) -> TimeInput:
        current = self.value
        if current is None:  # as in Streamlit: nothing to step from
            return self
        moved = datetime.combine(date.today(), current) + direction * timedelta(seconds=self.step)
        self.set_value(moved.time())  # the widget keeps seconds only for sub-minute steps
        return self


class DatetimeInput(Widget):
    """``set_value(datetime)`` (a date, time or ISO string is converted as the script's value is)."""

    @property
    def step(self) -> int:
        return int(self._element.prop("step"))

    @property
    def min(self) -> str:
        """The earliest moment, as Streamlit's AppTest gives it: "YYYY-MM-DDTHH:MM"."""
        return _minutes(self._element.prop("min"))

    @property
    def max(self) -> str:
        return _minutes(self._element.prop("max"))

    @property
    def is_range(self) -> bool:
        """False: Streamlit 1.67's AppTest lists it (a datetime input holds one moment)."""
        return False


def _minutes(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment:%H:%M}"


class ColorPicker(Widget):
    def pick(self, color: str) -> ColorPicker:
        """Choose ``color`` ("#rrggbb" or "#rgb")."""
        self.set_value(color)
        return self


VIEWS: dict[str, type[ElementView]] = {
    "toggle": Toggle,
    "text_area": TextArea,
    "date_input": DateInput,
    "time_input": TimeInput,
    "datetime_input": DatetimeInput,
    "color_picker": ColorPicker,
}

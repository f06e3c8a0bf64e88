"""AppTest's view of elements: read-only wrappers with Streamlit's AppTest names."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, NoReturn, TypeVar, overload

from rerunqt.core.element import Element
from rerunqt.core.fragment_parts import PART
from rerunqt.core.kinds import STREAMLIT_TYPES
from rerunqt.core.state import AUTO_ID_PREFIX
from rerunqt.testing.checks import check_value
from rerunqt.testing.derived import DERIVED, TRANSLATED
from rerunqt.testing.errors import AppTestError
from rerunqt.testing.proto import ProtoView

if TYPE_CHECKING:
    from rerunqt.testing.apptest import AppTest

_UNSET = object()
# What Streamlit's AppTest reads for an argument left out: the proto's empty value.
PROTO_EMPTY: dict[str, Any] = {"help": "", "icon": "", "anchor": "", "placeholder": "",
                               "text": "", "max_chars": 0, "max_selections": 0, "title": "",
                               "shortcut": "", "alt": "", "delta_description": "",
                               "end_time": 0}
NONE_RESETS = frozenset(("text_input", "text_area", "number_input", "time_input",
                         "datetime_input", "radio", "selectbox"))
NONE_KEEPS = frozenset(("checkbox", "toggle", "slider", "select_slider", "color_picker",
                        "multiselect"))
TRANSLATED_KINDS = {"anchor": ("title", "header", "subheader"), "autocomplete": ("text_input",),
                    "expanded": ("json",), "language": ("code",), "divider": ("header", "subheader"),
                    "placeholder": ("selectbox", "multiselect"),
                    "use_container_width": ("download_button", "link_button", "page_link",
                                                "line_chart", "area_chart", "bar_chart",
                                                "scatter_chart", "vega_lite_chart")}


class ElementView:
    """One element of the last run; unknown attributes read its properties."""

    def __init__(self, element: Element, app: AppTest) -> None:
        self._element = element
        self._app = app

    @property
    def type(self) -> str:
        """Streamlit's AppTest type: st.line_chart is a "vega_lite_chart", st.columns a
        "flex_container" (``at.get`` takes these and rerunqt's own names). A fragment's part
        of a container made outside it is Streamlit 1.67's "transparent" wrapper block."""
        key = self._element.key
        if isinstance(key, tuple) and key[:1] == (PART,):
            return "transparent"
        return STREAMLIT_TYPES.get(self._element.kind, self._element.kind)

    @property
    def value(self) -> Any:
        return self._element.prop("body")

    @property
    def key(self) -> str | None:
        """The ``key=`` the script gave (a widget's, a keyed table's or container's), else
        None, as in Streamlit's AppTest."""
        return user_key(self._element)

    @property
    def proto(self) -> ProtoView:
        """Stand-in for the protobuf message of Streamlit's AppTest (``proto.help``...)."""
        return ProtoView(self)

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (Streamlit's ``Element.run``)."""
        return self._app.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        translated = TRANSLATED.get(name)
        if translated is not None and self._element.kind in TRANSLATED_KINDS[name]:
            return translated(self._element, self._app)
        for prop_name, value in self._element.props:
            if prop_name == name:
                return PROTO_EMPTY.get(name) if value is None else value
        derived = DERIVED.get(name)
        if derived is not None:
            value = derived(self._element, self._app)
            return PROTO_EMPTY.get(name) if value is None else value
        if name in ("set_value", "click"):  # Streamlit's AppTest: there, but refused
            return lambda *args, **kwargs: self._unsupported(name)
        raise AttributeError(
            f"{self._element.kind} element has no attribute {name!r}; it has "
            f"{', '.join(n for n, _ in self._element.props) or 'no properties'}"
        )

    def _unsupported(self, method: str) -> NoReturn:
        """``set_value()`` / ``click()`` where no user could act: AppTestError, as in
        Streamlit's AppTest (it was an AttributeError)."""
        key = user_key(self._element)
        key_part = f" (key={key!r})" if key else ""
        how = ("Use set_value() or one of this widget's own methods."
               if isinstance(self, Widget) else
               "AppTest reads this element but a user cannot act on it; set its value "
               "through at.session_state if it has a key.")
        raise AppTestError(f"{method}() is not supported for {self.type}{key_part}. {how}")

    def __eq__(self, other: object) -> bool:
        """The same kind of view of an equal node, as Streamlit's elements compare by their
        protos: ``at.button == at.button`` holds and ``at.button != at.checkbox``."""
        if not isinstance(other, ElementView):
            return NotImplemented
        if type(self) is not type(other):
            return False
        mine, theirs = self._element, other._element
        if mine is theirs:
            return True
        if (isinstance(mine.key, str) or isinstance(theirs.key, str)) and mine.key != theirs.key:
            return False  # widget ids; a static element's place is in no proto
        try:
            return bool((mine.kind, mine.props, mine.children)
                        == (theirs.kind, theirs.props, theirs.children))
        except Exception:  # a property that compares elementwise (a DataFrame, an array)
            return False

    def __hash__(self) -> int:
        return hash(self._element.kind)

    def __iter__(self) -> Iterator[ElementView]:
        """Itself: an element iterates as a one-node tree in Streamlit's AppTest
        (``for msg in at.success[0]``)."""
        yield self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._element.kind}, value={self.value!r})"


def user_key(element: Element) -> str | None:
    """The user's ``key=`` behind an element's id, if any."""
    key = element.key
    if isinstance(key, str):
        return None if key.startswith(AUTO_ID_PREFIX) else key
    if isinstance(key, tuple) and len(key) == 2 and key[0] == "fragment":
        return None  # a fragment's container: its id is no element key in Streamlit either
    if isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], str):  # (kind, key)
        if STREAMLIT_TYPES.get(element.kind, element.kind) in _ID_ONLY_WHEN_SELECTABLE:
            return None
        return key[1][4:] if key[1].startswith("key:") else key[1]
    return None


# Streamlit 1.67 gives a table's or Vega-Lite chart's proto an id (the key AppTest reads)
# only with on_select; a keyed one that selects nothing has key None, get_by_key misses it.
_ID_ONLY_WHEN_SELECTABLE = frozenset(("dataframe", "vega_lite_chart", "arrow_vega_lite_chart"))


class Widget(ElementView):
    """A widget: readable value/key/label; actions take effect at the next ``run()``."""

    @property
    def id(self) -> str:
        return self._element.key

    @property
    def key(self) -> str | None:
        return user_key(self._element)

    @property
    def label(self) -> str:
        label = self._element.prop("label")
        return str(label) if isinstance(label, str) else label  # numpy's str_: a str, as in a proto

    @property
    def disabled(self) -> bool:
        return bool(self._element.prop("disabled"))

    @property
    def value(self) -> Any:
        pending = self._app._pending_value(self.id, _UNSET)
        if pending is not _UNSET:
            return pending
        value = self._app._state_value(self.id, _UNSET)
        return self._shown_value() if value is _UNSET else value

    def _shown_value(self) -> Any:
        """The value the widget was drawn with, when its key left session state after it was
        drawn (``del st.session_state[key]`` later in the run): the Python value, not the
        form the window shows (a select box's option, not its index)."""
        shown = self._element.prop("value")
        meta = self._app._session.state.widget_meta(self.id)
        if meta is None or meta.from_ui is None:
            return shown
        try:
            return meta.from_ui(shown)
        except (TypeError, ValueError, IndexError, KeyError):
            return None

    def set_value(self, value: Any) -> Widget:
        """Queue ``value``; ValueError if a user could not give it (``testing/checks.py``)."""
        value = self._none_means(value)
        check_value(self._element, value)
        self._app._set_value(self.id, value)
        return self

    @property
    def _value(self) -> Any:
        """The value set and not yet run, or None: where Streamlit's AppTest keeps it."""
        return self._app._pending_value(self.id, None)

    @_value.setter
    def _value(self, value: Any) -> None:
        # Older Streamlit tests assign ``widget._value = x`` then run: a set_value.
        self.set_value(value)

    def _none_means(self, value: Any) -> Any:
        """``set_value(None)`` as Streamlit's AppTest takes it: a text, number, time or
        single-choice field goes back to its default, a checkbox, slider, colour or
        multiselect keeps its value; other widgets are emptied."""
        if value is not None:
            return value
        kind = self._element.kind
        if kind in NONE_KEEPS:
            return self.value
        if kind in NONE_RESETS:
            meta = self._app._session.state.widget_meta(self.id)
            return None if meta is None else meta.default
        return None

    @property
    def form_id(self) -> str:
        """The key of the form the widget is in, or "" (Streamlit's ``form_id``)."""
        meta = self._app._session.state.widget_meta(self.id)
        return "" if meta is None or meta.form is None else str(meta.form)

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self._app.run(timeout=timeout)


class LabelledOptions(Widget):
    """A widget whose options are shown as labels (st.menu_button, st.select_slider):
    ``options`` the labels, ``format_func`` the label of an option, as Streamlit's AppTest."""

    @property
    def options(self) -> list[str]:
        """The options as shown (after ``format_func``), a list as in Streamlit's AppTest."""
        return list(self._element.prop("options"))

    @property
    def format_func(self) -> Callable[[Any], str]:
        """The label the widget shows for an option."""
        return self._label_of

    def _label_of(self, option: Any) -> str:
        meta = self._app._session.state.widget_meta(self.id)
        try:
            index = meta.to_ui(option) if meta is not None and meta.to_ui is not None else None
        except (TypeError, ValueError, KeyError, IndexError):
            index = None
        if isinstance(index, (tuple, list)):  # a range select_slider: its first handle
            index = index[0] if index else None
        return self.options[index] if isinstance(index, int) else str(option)


V = TypeVar("V", bound=ElementView)


class ElementList(Generic[V], Sequence[V]):
    """The elements of one kind, in page order."""

    def __init__(self, items: list[V]) -> None:
        self._items = items

    @overload
    def __getitem__(self, index: int) -> V: ...
    @overload
    def __getitem__(self, index: slice) -> ElementList[V]: ...
    def __getitem__(self, index: int | slice) -> V | ElementList[V]:
        if isinstance(index, slice):
            return ElementList(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError(
                f"element index {index} out of range: the last run drew {len(self._items)}"
            ) from None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[V]:
        return iter(self._items)

    @property
    def len(self) -> int:
        return len(self._items)

    @property
    def values(self) -> list[Any]:
        return [item.value for item in self._items]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._items == other._items
        if isinstance(other, list):
            return self.values == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Sequence[Any]) -> list[Any]:
        """A plain list, as ``at.get("markdown") + at.get("header")`` gives in Streamlit."""
        if not isinstance(other, (ElementList, list, tuple)):
            return NotImplemented
        return [*self._items, *other]

    def __radd__(self, other: Sequence[Any]) -> list[Any]:
        if not isinstance(other, (list, tuple)):
            return NotImplemented
        return [*other, *self._items]

    def __repr__(self) -> str:
        return f"ElementList({self._items!r})"

    def __call__(self, key: str) -> V:
        """The widget with this user key (widget lists only)."""
        for item in self._items:
            if getattr(item, "key", None) == key:
                return item
        keys = [getattr(item, "key", None) for item in self._items]
        raise KeyError(f"no widget with key={key!r} in this list; keys drawn: {keys}")


# kind -> view class; each family module's VIEWS (views_inputs, views_choice...) adds its own
VIEW_CLASSES: dict[str, type[ElementView]] = {}


def view_for(element: Element, app: AppTest) -> ElementView:
    return VIEW_CLASSES.get(element.kind, ElementView)(element, app)

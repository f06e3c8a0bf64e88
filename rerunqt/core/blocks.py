"""Blocks: where output goes. ``col.button(...)`` is ``st.button(...)`` run inside ``col``.

A ``Block`` is a cursor on one container being filled in the current run (a form, a
column, a tab, the sidebar...). ``with block:`` sends every ``st.*`` call in the
``with`` body into it. Its element methods are the module-level functions themselves,
bound by a ParamSpec descriptor, so ``col.button`` shows ``button``'s parameters in an
IDE and under mypy, and there is no second list of signatures to keep in step.

``st.sidebar`` is a ``RootBlock``: it finds the current run's sidebar each time it is
used, as ``st.session_state`` finds the current session.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar, overload

from rerunqt.core import context as _context
from rerunqt.core import fragment_parts as _parts
from rerunqt.core import stale_blocks as _stale
from rerunqt.errors import RerunQtAPIError
from rerunqt.lazy_names import Deferred as _Deferred
from rerunqt.lazy_names import Ref as _Ref

if TYPE_CHECKING:
    from rerunqt.core.context import ContainerBuilder, RunContext


if TYPE_CHECKING:  # the real modules, so each method has its function's signature
    from rerunqt.core import capture as _capture
    from rerunqt.core import charts as _charts
    from rerunqt.core import chat as _chat
    from rerunqt.core import choice as _choice
    from rerunqt.core import containers as _containers
    from rerunqt.core import data_editor as _data_editor
    from rerunqt.core import dataframe as _dataframe
    from rerunqt.core import datetime_input as _datetime_input
    from rerunqt.core import deck as _deck
    from rerunqt.core import downloads as _downloads
    from rerunqt.core import echarts as _echarts
    from rerunqt.core import extras as _extras
    from rerunqt.core import feedback as _feedback
    from rerunqt.core import files as _files
    from rerunqt.core import forms as _forms
    from rerunqt.core import graphviz as _graphviz
    from rerunqt.core import grid as _grid
    from rerunqt.core import iframe as _iframe
    from rerunqt.core import maps as _maps
    from rerunqt.core import media as _media
    from rerunqt.core import media_elements as _media_elements
    from rerunqt.core import menu_button as _menu_button
    from rerunqt.core import mermaid as _mermaid
    from rerunqt.core import metric as _metric
    from rerunqt.core import navigation as _navigation
    from rerunqt.core import overlay as _overlay
    from rerunqt.core import pagination as _pagination
    from rerunqt.core import pickers as _pickers
    from rerunqt.core import pills as _pills
    from rerunqt.core import plotly_chart as _plotly_chart
    from rerunqt.core import skeleton as _skeleton
    from rerunqt.core import sliders as _sliders
    from rerunqt.core import status as _status
    from rerunqt.core import stream as _stream
    from rerunqt.core import text as _text
    from rerunqt.core import vega as _vega
    from rerunqt.core import widgets as _widgets
    from rerunqt.core import write as _write
else:
    _capture = _Deferred("capture")
    _charts = _Deferred("charts")
    _chat = _Deferred("chat")
    _choice = _Deferred("choice")
    _containers = _Deferred("containers")
    _data_editor = _Deferred("data_editor")
    _dataframe = _Deferred("dataframe")
    _deck = _Deferred("deck")
    _datetime_input = _Deferred("datetime_input")
    _downloads = _Deferred("downloads")
    _echarts = _Deferred("echarts")
    _extras = _Deferred("extras")
    _feedback = _Deferred("feedback")
    _files = _Deferred("files")
    _forms = _Deferred("forms")
    _graphviz = _Deferred("graphviz")
    _grid = _Deferred("grid")
    _iframe = _Deferred("iframe")
    _maps = _Deferred("maps")
    _media = _Deferred("media")
    _media_elements = _Deferred("media_elements")
    _menu_button = _Deferred("menu_button")
    _mermaid = _Deferred("mermaid")
    _metric = _Deferred("metric")
    _navigation = _Deferred("navigation")
    _overlay = _Deferred("overlay")
    _pagination = _Deferred("pagination")
    _pickers = _Deferred("pickers")
    _pills = _Deferred("pills")
    _plotly_chart = _Deferred("plotly_chart")
    _skeleton = _Deferred("skeleton")
    _sliders = _Deferred("sliders")
    _status = _Deferred("status")
    _stream = _Deferred("stream")
    _text = _Deferred("text")
    _vega = _Deferred("vega")
    _widgets = _Deferred("widgets")
    _write = _Deferred("write")

P = ParamSpec("P")
R = TypeVar("R")


class _InBlock(Generic[P, R]):
    """A module-level element function, as a method that runs it inside the block."""

    __slots__ = ("function", "name")

    def __init__(self, function: Callable[P, R]) -> None:
        self.function: Callable[P, R] | _Ref = function
        self.name = function.__name__

    @overload
    def __get__(self, block: None, owner: type) -> _InBlock[P, R]: ...
    @overload
    def __get__(self, block: Block, owner: type) -> Callable[P, R]: ...

    def __get__(self, block: Block | None, owner: type) -> Any:
        if block is None:
            return self
        function = self.function
        if isinstance(function, _Ref):
            function = self.function = function.resolve()

        def in_block(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx, builder = block._target()
            ctx.enter(builder)
            ctx.by_method.append(builder)
            try:
                result = function(*args, **kwargs)
            finally:
                ctx.by_method.pop()
                ctx.leave(builder)
                block._done(ctx, builder)
            return block._moved(result, builder)

        in_block.__name__ = self.name
        in_block.__doc__ = function.__doc__
        return in_block


class Block:
    """A container of the current run that output can be sent to."""

    __slots__ = ("_builder", "_ctx")

    def __init__(self, ctx: RunContext, builder: ContainerBuilder) -> None:
        self._ctx = ctx
        self._builder = builder

    def _target(self) -> tuple[RunContext, ContainerBuilder]:
        """The run context and container that output goes to (checked: the same run).

        A fragment writing into a container made outside it writes into its part there
        (fragment_parts.py), in a full run and in a rerun of the fragment alone.
        """
        current = _context.current_or_none()
        if current is not None and current.fragment_stack:
            part = _parts.for_block(current, self._ctx, self._builder)
            if part is not None:
                return current, part
        return self._own_target(current)

    def _own_target(self, current: RunContext | None) -> tuple[RunContext, ContainerBuilder]:
        """This block's own container, if it belongs to the ``current`` run."""
        if current is self._ctx:
            return current, self._builder
        if current is None:  # another thread, or a finished run's code: draws nothing
            bare = _context.current()
            return bare, bare.root
        if current.base is self._ctx.base:  # a thread the script started (worker_context.py)
            return current, self._builder
        tail = _stale.target(current, self._builder)  # a widget callback's write
        if tail is not None:
            return current, tail
        raise RerunQtAPIError(
            f"This {self._builder.kind} belongs to an earlier run of the script. Create "
            f"containers again in every run instead of keeping them (in session state or "
            f"a global)."
        )

    def _done(self, ctx: RunContext, builder: ContainerBuilder) -> None:
        """After an element method ran in the block (an element handle moves its output)."""
        return None

    def _moved(self, result: R, builder: ContainerBuilder) -> R:
        """What an element method returns (an element handle points at the moved element)."""
        return result

    def add_rows(self, data: Any = None, **named: Any) -> Block:
        """Only an element's handle grows: a container has no rows (Streamlit's rule)."""
        from rerunqt.core.add_rows import not_addable

        raise not_addable(f"a {self._builder.kind} container (st.empty(), st.container()...)")

    def __enter__(self) -> Block:
        ctx, builder = self._target()
        ctx.enter(builder, with_block=True)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        current = _context.current_or_none()
        if current is not None:
            part = _parts.entered(current, self._builder) or _stale.entered(
                current, self._builder)
            current.leave(self._builder if part is None else part)

    def __getattr__(self, name: str) -> Any:
        if name == "sidebar":
            raise RerunQtAPIError(
                "Method `sidebar()` does not exist for a container. Did you mean `st.sidebar`?"
            )
        from rerunqt.compat.unsupported import UNSUPPORTED, unsupported

        if name in UNSUPPORTED:  # col.plotly_chart(...): the same clear error as st.plotly_chart
            raise unsupported(name)
        raise AttributeError(f"{type(self).__name__} has no element function {name!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._builder.kind}, key={self._builder.key!r})"

    # ----- text and alerts -----
    title = _InBlock(_text.title)
    header = _InBlock(_text.header)
    subheader = _InBlock(_text.subheader)
    markdown = _InBlock(_text.markdown)
    text = _InBlock(_text.text)
    caption = _InBlock(_text.caption)
    code = _InBlock(_text.code)
    json = _InBlock(_text.json)
    divider = _InBlock(_text.divider)
    info = _InBlock(_text.info)
    success = _InBlock(_text.success)
    warning = _InBlock(_text.warning)
    error = _InBlock(_text.error)
    exception = _InBlock(_text.exception)
    # ----- status -----
    progress = _InBlock(_status.progress)
    spinner = _InBlock(_status.spinner)
    status = _InBlock(_status.status)
    toast = _InBlock(_overlay.toast)
    balloons = _InBlock(_overlay.balloons)
    snow = _InBlock(_overlay.snow)
    write = _InBlock(_write.write)
    badge = _InBlock(_extras.badge)
    space = _InBlock(_extras.space)
    html = _InBlock(_extras.html)
    latex = _InBlock(_extras.latex)
    link_button = _InBlock(_extras.link_button)
    write_stream = _InBlock(_stream.write_stream)
    help = _InBlock(_stream.help)
    # ----- charts and media -----
    line_chart = _InBlock(_charts.line_chart)
    area_chart = _InBlock(_charts.area_chart)
    bar_chart = _InBlock(_charts.bar_chart)
    scatter_chart = _InBlock(_charts.scatter_chart)
    map = _InBlock(_maps.map)
    plotly_chart = _InBlock(_plotly_chart.plotly_chart)
    pydeck_chart = _InBlock(_deck.pydeck_chart)
    image = _InBlock(_media.image)
    graphviz_chart = _InBlock(_graphviz.graphviz_chart)
    mermaid_chart = _InBlock(_mermaid.mermaid_chart)
    echarts_chart = _InBlock(_echarts.echarts_chart)
    iframe = _InBlock(_iframe.iframe)
    pyplot = _InBlock(_media.pyplot)
    altair_chart = _InBlock(_vega.altair_chart)
    vega_lite_chart = _InBlock(_vega.vega_lite_chart)
    audio = _InBlock(_media_elements.audio)
    video = _InBlock(_media_elements.video)
    pdf = _InBlock(_media_elements.pdf)
    # ----- data -----
    dataframe = _InBlock(_dataframe.dataframe)
    table = _InBlock(_dataframe.table)
    metric = _InBlock(_metric.metric)
    # ----- widgets -----
    button = _InBlock(_widgets.button)
    checkbox = _InBlock(_widgets.checkbox)
    text_input = _InBlock(_widgets.text_input)
    number_input = _InBlock(_widgets.number_input)
    radio = _InBlock(_choice.radio)
    selectbox = _InBlock(_choice.selectbox)
    multiselect = _InBlock(_choice.multiselect)
    slider = _InBlock(_sliders.slider)
    select_slider = _InBlock(_sliders.select_slider)
    toggle = _InBlock(_pickers.toggle)
    text_area = _InBlock(_pickers.text_area)
    date_input = _InBlock(_pickers.date_input)
    time_input = _InBlock(_pickers.time_input)
    datetime_input = _InBlock(_datetime_input.datetime_input)
    color_picker = _InBlock(_pickers.color_picker)
    file_uploader = _InBlock(_files.file_uploader)
    camera_input = _InBlock(_capture.camera_input)
    audio_input = _InBlock(_capture.audio_input)
    download_button = _InBlock(_downloads.download_button)
    data_editor = _InBlock(_data_editor.data_editor)
    page_link = _InBlock(_navigation.page_link)
    form_submit_button = _InBlock(_forms.form_submit_button)
    chat_input = _InBlock(_chat.chat_input)
    pills = _InBlock(_pills.pills)
    segmented_control = _InBlock(_pills.segmented_control)
    feedback = _InBlock(_feedback.feedback)
    menu_button = _InBlock(_menu_button.menu_button)
    pagination = _InBlock(_pagination.pagination)
    # ----- containers -----
    form = _InBlock(_forms.form)
    container = _InBlock(_containers.container)
    columns = _InBlock(_containers.columns)
    tabs = _InBlock(_containers.tabs)
    expander = _InBlock(_containers.expander)
    popover = _InBlock(_containers.popover)
    empty = _InBlock(_containers.empty)
    skeleton = _InBlock(_skeleton.skeleton)
    grid = _InBlock(_grid.grid)
    chat_message = _InBlock(_chat.chat_message)


class PanelBlock(Block):
    """A tab, expander or popover: ``.open`` is True/False when its open state is tracked
    (``on_change="rerun"``, a callback or ``bind``), else None (as in Streamlit)."""

    __slots__ = ("open",)

    def __init__(self, ctx: RunContext, builder: ContainerBuilder) -> None:
        super().__init__(ctx, builder)
        self.open: bool | None = None


class GridBlock(Block):
    """What ``st.grid`` returns: a Block whose ``cell()`` groups elements into one cell."""

    __slots__ = ()

    def cell(self, *, column_span: int | Literal["all"] = 1, row_span: int = 1) -> Block:
        """The next cell, ``column_span`` columns wide ("all": a whole row), ``row_span`` tall."""
        ctx, _ = self._target()
        return Block(ctx, _grid.open_cell(self, column_span, row_span))


class SkeletonPlaceholder(Block):
    """The slot of an ``st.skeleton``; ``with`` shows it only while the block runs."""

    __slots__ = ()

    def __enter__(self) -> SkeletonPlaceholder:  # the block's output goes to the parent
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        current = _context.current_or_none()
        if current is not None and current.base is self._ctx.base:
            self.empty()


class RootBlock(Block):
    """``st.sidebar``: the current run's sidebar, looked up at each use."""

    __slots__ = ("_root",)

    def __init__(self, root: str) -> None:
        self._root = root

    def _target(self) -> tuple[RunContext, ContainerBuilder]:
        ctx = _context.current()
        if ctx.fragment_stack:  # a fragment writes into its part of the root
            return ctx, _parts.for_root(ctx, self._root)
        return ctx, ctx.open_root(self._root)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        ctx = _context.current_or_none()
        if ctx is not None:
            part = _parts.entered(ctx, (self._root, 0))
            ctx.leave(ctx.open_root(self._root) if part is None else part)

    def __repr__(self) -> str:
        return f"st.{self._root}"


sidebar = RootBlock("sidebar")
bottom = RootBlock("bottom")  # pinned under the page: top-level st.chat_input goes here

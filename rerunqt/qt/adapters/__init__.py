"""ADAPTERS: element kind -> adapter; checked against the element kinds by a test.

The table is lazy: an adapter module is imported the first time a page shows one of its
kinds, so a small page never imports the data, chart or media adapters (numpy, pandas,
pyqtgraph) at start-up. ``KIND_MODULES`` says which module holds each kind (a new adapter
is listed there and in ``_SOURCES``; a test checks both).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from rerunqt.qt.adapters.base import Adapter, Host
from rerunqt.qt.adapters.kind_modules import KIND_MODULES

# (module, attribute): a list of adapters, or an adapter class to instantiate once.
_SOURCES: tuple[tuple[str, str], ...] = (
    ("rerunqt.qt.adapters.text", "TEXT_ADAPTERS"),
    ("rerunqt.qt.adapters.code", "CODE_ADAPTERS"),
    ("rerunqt.qt.adapters.alerts", "ALERT_ADAPTERS"),
    ("rerunqt.qt.adapters.button", "ButtonAdapter"),
    ("rerunqt.qt.adapters.checkbox", "CheckboxAdapter"),
    ("rerunqt.qt.adapters.text_input", "TextInputAdapter"),
    ("rerunqt.qt.adapters.number_input", "NumberInputAdapter"),
    ("rerunqt.qt.adapters.form", "FORM_ADAPTERS"),
    ("rerunqt.qt.adapters.layout", "LAYOUT_ADAPTERS"),
    ("rerunqt.qt.adapters.panels", "PANEL_ADAPTERS"),
    ("rerunqt.qt.adapters.popover", "POPOVER_ADAPTERS"),
    ("rerunqt.qt.page_config", "PAGE_CONFIG_ADAPTERS"),
    ("rerunqt.qt.dialog", "DIALOG_ADAPTERS"),
    ("rerunqt.qt.adapters.choice", "CHOICE_ADAPTERS"),
    ("rerunqt.qt.adapters.sliders", "SLIDERS_ADAPTERS"),
    ("rerunqt.qt.adapters.pickers", "PICKERS_ADAPTERS"),
    ("rerunqt.qt.adapters.files", "FILES_ADAPTERS"),
    ("rerunqt.qt.adapters.data_editor", "DATA_EDITOR_ADAPTERS"),
    ("rerunqt.qt.adapters.chat", "CHAT_ADAPTERS"),
    ("rerunqt.qt.adapters.pills", "PILLS_ADAPTERS"),
    ("rerunqt.qt.adapters.extras", "EXTRAS_ADAPTERS"),
    ("rerunqt.qt.adapters.datetime_input", "DATETIME_ADAPTERS"),
    ("rerunqt.qt.adapters.charts", "CHART_ADAPTERS"),
    ("rerunqt.qt.adapters.map", "MAP_ADAPTERS"),
    ("rerunqt.qt.adapters.plotly_chart", "PLOTLY_ADAPTERS"),
    ("rerunqt.qt.adapters.deck", "DECK_ADAPTERS"),
    ("rerunqt.qt.adapters.image", "ImageAdapter"),
    ("rerunqt.qt.adapters.vega", "VEGA_ADAPTERS"),
    ("rerunqt.qt.adapters.dataframe", "FRAME_ADAPTERS"),
    ("rerunqt.qt.adapters.metric", "METRIC_ADAPTERS"),
    ("rerunqt.qt.adapters.navigation", "NAVIGATION_ADAPTERS"),
    ("rerunqt.qt.adapters.page_link", "PAGE_LINK_ADAPTERS"),
    ("rerunqt.qt.adapters.status", "STATUS_ADAPTERS"),
    ("rerunqt.qt.overlay", "OVERLAY_ADAPTERS"),
    ("rerunqt.qt.adapters.feedback", "FEEDBACK_ADAPTERS"),
    ("rerunqt.qt.adapters.skeleton", "SKELETON_ADAPTERS"),
    ("rerunqt.qt.adapters.menu_button", "MENU_BUTTON_ADAPTERS"),
    ("rerunqt.qt.adapters.pagination", "PAGINATION_ADAPTERS"),
    ("rerunqt.qt.adapters.logo", "LOGO_ADAPTERS"),
    ("rerunqt.qt.adapters.graphviz", "GRAPHVIZ_ADAPTERS"),
    ("rerunqt.qt.adapters.iframe", "IFRAME_ADAPTERS"),
    ("rerunqt.qt.adapters.grid", "GRID_ADAPTERS"),
    ("rerunqt.qt.adapters.media", "MEDIA_ADAPTERS"),
    ("rerunqt.qt.adapters.capture", "CAPTURE_ADAPTERS"),
)



class AdapterTable(Mapping[str, Adapter]):
    """Element kind -> adapter, importing each adapter module on first use."""

    def __init__(self, sources: tuple[tuple[str, str], ...], hints: Mapping[str, str]) -> None:
        self._sources = sources
        self._hints = hints
        self._loaded: dict[str, Adapter] = {}
        self._modules_done: set[str] = set()

    def _load(self, module: str) -> None:
        if module in self._modules_done:
            return
        for name, attribute in self._sources:
            if name == module:
                found = getattr(import_module(name), attribute)
                for adapter in found if isinstance(found, list) else [found()]:
                    self._loaded[adapter.kind] = adapter
        # only once it imported: a failed import (an error panel) is tried again next time
        # instead of leaving its kinds without an adapter for the rest of the process
        self._modules_done.add(module)

    def preload(self, module: str) -> None:
        """Import ``module`` and take its adapters now (qt/warmup.py, while idle)."""
        self._load(module)

    def load_all(self) -> dict[str, Adapter]:
        for module, _ in self._sources:
            self._load(module)
        return self._loaded

    def __getitem__(self, kind: str) -> Adapter:
        adapter = self._loaded.get(kind)
        if adapter is not None:
            return adapter
        hinted = self._hints.get(kind)
        if hinted is not None:
            self._load(hinted)
        if kind not in self._loaded:
            self.load_all()
        return self._loaded[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self.load_all())

    def __len__(self) -> int:
        return len(self.load_all())


ADAPTERS = AdapterTable(_SOURCES, KIND_MODULES)

__all__ = ["ADAPTERS", "Adapter", "AdapterTable", "Host"]

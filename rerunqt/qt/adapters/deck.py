"""st.pydeck_chart's adapter: the deck's layers flat on st.map's plot, tooltip, selection.

The first view follows the deck's ``initialViewState`` until the user pans or zooms. The
note above the plot says there is no base map offline and names what was not drawn.
Hovering a pickable layer's object shows the deck's tooltip beside the mouse; with
``on_select`` a click selects it (in "multi-object" mode each click adds or removes one)
and a click on empty ground clears the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from rerunqt.core.element import Element
from rerunqt.qt.adapters.base import Adapter
from rerunqt.qt.adapters.chart_note import NotedChartBox, SelectableChartAdapter
from rerunqt.qt.adapters.map import NO_BASE_MAP, NO_BASE_MAP_WHY

SEEN_FROM_ABOVE = "drawn flat, seen from above"
TOOLTIP_STYLE = ("QLabel#rqDeckTooltip { background: rgba(38, 39, 48, 230); color: #fafafa; "
                 "padding: 6px 8px; border-radius: 4px; font-size: 12px; }")


class DeckBox(NotedChartBox):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.moved_by_user = False
        self.send: Callable[[Any], None] | None = None  # set when the chart reports selections
        self.tooltip = QLabel(self.plot)
        self.tooltip.setObjectName("rqDeckTooltip")
        self.tooltip.setStyleSheet(TOOLTIP_STYLE)
        self.tooltip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.tooltip.hide()
        box = self.plot.getPlotItem().getViewBox()
        box.sigRangeChangedManually.connect(self._user_moved)
        box.sigRangeChanged.connect(self._resize)
        self.plot.scene().sigMouseClicked.connect(self.clicked)

    def _user_moved(self, *args: Any) -> None:
        self.moved_by_user = True

    def _resize(self, *args: Any) -> None:
        from rerunqt.qt.adapters.deck_draw import resize

        if self.drawn is not None:
            resize(self.plot.getPlotItem(), self.drawn)
            self.show_selection()

    def show_element(self, element: Element, rebuild: bool = False) -> None:
        from rerunqt.qt.adapters.deck_draw import draw_deck

        old = self.element.prop("deck") if self.element is not None else None
        self.element = element
        deck = element.prop("deck")
        self.drawn = draw_deck(self.plot.getPlotItem(), deck, self.dark)
        head = NO_BASE_MAP + (f", {SEEN_FROM_ABOVE}" if deck.flattened else "")
        self.set_note(" · ".join((head, *deck.notes)), self.dark)
        self.note.setToolTip(NO_BASE_MAP_WHY + ("\n" + "\n".join(deck.notes) if deck.notes else ""))
        if old is None or (old.view, old.fit) != (deck.view, deck.fit):
            self.moved_by_user = False  # a new first view from the script
        self.tooltip.hide()
        self.fit()

    def fit(self, *args: Any) -> None:
        """Show the deck's first view unless the user has moved the map."""
        from rerunqt.qt.adapters.deck_draw import show_view

        if self.element is None or self.drawn is None:
            return
        if not self.moved_by_user:
            box = self.plot.getPlotItem().getViewBox()
            width = box.width() if box.width() > 10 else max(self.width() - 60, 300)
            height = box.height() if box.height() > 10 else self.element.prop("height") - 40
            show_view(self.plot.getPlotItem(), self.element.prop("deck"), width, height)
        self._resize()

    def show_selection(self) -> None:
        """Ring the selected objects (dots get a ring, shapes an outline, lines grow)."""
        import numpy as np

        from rerunqt.core.deck_layers import Circles
        from rerunqt.core.deck_pick import circle_radii, shapes_of
        from rerunqt.qt.adapters.deck_draw import px_per_unit

        if self.drawn is None or self.element is None:
            return
        picks = tuple(self.element.prop("value") or ())
        chosen = shapes_of(self.drawn.deck, picks)
        scale = px_per_unit(self.plot.getPlotItem())
        xs, ys, sizes = [], [], []
        for item in self.drawn.items:
            item.selected = {(p, i) for found in chosen.values() for part, i in found
                             for p, own in enumerate(item.parts) if own is part}
            item.update()
        for found in chosen.values():
            for part, i in found:
                if isinstance(part, Circles):
                    xs.append(part.x[i])
                    ys.append(part.y[i])
                    sizes.append(2 * float(circle_radii(part, scale)[i]) + 6)
        self.drawn.rings.setData(x=np.array(xs), y=np.array(ys), size=np.array(sizes))

    def _pick(self, scene_pos: Any) -> tuple[int, int] | None:
        from rerunqt.core.deck_pick import pick
        from rerunqt.qt.adapters.deck_draw import px_per_unit

        box = self.plot.getPlotItem().getViewBox()
        if self.drawn is None or not box.sceneBoundingRect().contains(scene_pos):
            return None
        point = box.mapSceneToView(scene_pos)
        return pick(self.drawn.deck, point.x(), point.y(), px_per_unit(self.plot.getPlotItem()))

    def hover(self, scene_pos: Any) -> None:
        """The deck's tooltip for the pickable object under the mouse, beside it."""
        from rerunqt.core.deck import tooltip_text

        found = self._pick(scene_pos) if self.drawn is not None and self.drawn.deck.tooltip else None
        shown = None
        if found is not None:
            layer = self.drawn.deck.layers[found[0]]
            shown = tooltip_text(self.drawn.deck.tooltip, layer.objects[found[1]])
        if shown is None:
            self.tooltip.hide()
            return
        text, html = shown
        self.tooltip.setTextFormat(Qt.TextFormat.RichText if html else Qt.TextFormat.PlainText)
        self.tooltip.setText(text)
        self.tooltip.adjustSize()
        at = self.plot.mapFromScene(scene_pos)
        x = at.x() + 12 if at.x() + 12 + self.tooltip.width() <= self.plot.width() \
            else at.x() - 12 - self.tooltip.width()
        y = min(at.y() + 12, self.plot.height() - self.tooltip.height())
        self.tooltip.move(QPoint(max(0, x), max(0, y)))
        self.tooltip.show()
        self.tooltip.raise_()

    def clicked(self, event: Any) -> None:
        """A click selects the object under it; on empty ground it clears the selection."""
        if self.send is None or self.element is None or event.button() != Qt.MouseButton.LeftButton:
            return
        picked = self._pick(event.scenePos())
        chosen = set(self.element.prop("value") or ())
        if picked is None:
            chosen = set()
        elif self.element.prop("selection_mode") == "multi-object":
            chosen ^= {picked}
        else:
            chosen = set() if chosen == {picked} else {picked}
        ui = tuple(sorted(chosen))
        if ui != self.element.prop("value"):
            self.send(ui)


class DeckAdapter(SelectableChartAdapter):
    box_class = DeckBox


DECK_ADAPTERS: list[Adapter] = [DeckAdapter("pydeck_chart")]

"""Expander and status headers as Streamlit 1.67 draws them: the icon (a status: its
state) leads and gives way to the chevron under the pointer; ``type="compact"`` and
``type="step"`` (expander_look.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from rerunqt.testing import AppTest

pytestmark = pytest.mark.qt

SCRIPT = """
import rerunqt as st
with st.expander("Plain"):
    st.write("inside plain")
with st.expander("Info", icon=":material/info:"):
    st.write("inside info")
with st.expander("Loading", icon="spinner"):
    st.write("inside loading")
with st.status("Fetched", state="complete"):
    st.write("rows")
with st.expander("Reasoning", type="compact"):
    st.write("thoughts")
with st.status("Fetch", type="step", state="complete"):
    st.write("fetched")
with st.expander("Train", type="step"):
    st.write("trained")
st.expander("Deploy", type="step")
"""


def boxes(pilot):  # type: ignore[no-untyped-def]
    found = pilot.window.renderer.find(kind="expander") + pilot.window.renderer.find(kind="status")
    return {r.widget.header.accessibleName().split(" (")[0]: r.widget for r in found}


def hover(widget, inside: bool) -> None:  # type: ignore[no-untyped-def]
    if inside:
        QApplication.sendEvent(widget, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    else:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def test_the_icon_leads_and_the_chevron_takes_its_place_under_the_pointer(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    shown = boxes(pilot)
    plain, info = shown["Plain"].header, shown["Info"].header
    assert plain.lead.chevron is False and not plain.lead.glyph  # no icon: the chevron
    plain.click()
    assert plain.lead.chevron is True and shown["Plain"].is_open()
    assert info.lead.glyph and info.lead.chevron is None  # the icon, not the chevron
    assert not info.text().startswith(info.lead.glyph)  # once: in the slot, not the text
    hover(info, True)
    assert info.lead.chevron is False
    hover(info, False)
    assert info.lead.chevron is None and info.lead.glyph
    loading = shown["Loading"].header.lead
    assert loading.indicator is not None and loading.indicator.isVisible()
    assert loading.indicator.state == "running" and loading.indicator.timer.isActive()


def test_a_status_shows_its_state_before_its_label(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    box = boxes(pilot)["Fetched"]
    header = box.header
    assert box.indicator.state == "complete" and box.indicator.isVisible()
    left = box.indicator.mapTo(header, box.indicator.rect().topLeft()).x()
    assert left < 20 < header.width() // 2  # in the leading slot, not at the far end


def test_a_compact_expander_is_a_light_toggle_with_its_chevron_after_the_label(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    compact, plain = boxes(pilot)["Reasoning"], boxes(pilot)["Plain"]
    header = compact.header
    assert compact.property("look") == "compact" and not header.lead.isVisible()
    assert header.trail.isVisible() and header.trail.chevron is False
    words = header.fontMetrics().horizontalAdvance(header.text())
    assert words < header.trail.x() < words + 40  # right after the words, not at the edge
    assert compact.frameWidth() == 0 < plain.frameWidth()  # no box around it
    image = header.grab().toImage()  # the words start at the left, as a line of text does
    ink = [x for x in range(image.width()) for y in range(image.height())
           if image.pixelColor(x, y).lightness() < 140]
    assert ink and min(ink) < 12
    header.click()
    assert compact.is_open() and header.trail.chevron is True


def test_steps_form_a_timeline_and_a_step_without_content_ends_it(
        rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script(SCRIPT))
    shown = boxes(pilot)
    fetch, train, deploy = shown["Fetch"], shown["Train"], shown["Deploy"]
    assert fetch.header.text().endswith("complete")  # a step says its state in words
    assert fetch.step is not None and fetch.indicator.state == "complete"
    assert fetch.indicator.mapTo(fetch, fetch.indicator.rect().topLeft()).x() < 28  # the rail
    assert train.step is not None and train.step.icon.circle  # no icon: a faded circle
    link = fetch.step.connector  # the line crosses the page's gap to the next step
    assert link is not None and link.isVisible()
    assert link.geometry().top() == fetch.geometry().bottom() + 1
    assert link.geometry().bottom() + 1 == train.geometry().top()
    assert train.step.connector is not None and train.step.connector.isVisible()
    assert deploy.step is not None and (deploy.step.connector is None
                                        or not deploy.step.connector.isVisible())
    assert not deploy.header.lead.isVisible()  # no chevron: nothing to open
    deploy.header.click()
    assert not deploy.is_open()
    train.header.click()
    assert train.is_open()


def test_type_is_checked_and_kept_by_status_update() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        with st.status("Work", type="compact") as box:
            st.write("x")
        box.update(label="Done", state="complete")
        with st.expander("E", icon="spinner", type="step"):
            st.write("y")
    """).run()
    assert not at.exception
    assert dict(at.status[0]._element.props)["type"] == "compact"
    assert dict(at.expander[0]._element.props)["type"] == "step"
    bad = AppTest.from_string("import rerunqt as st\nst.expander('E', type='fancy')\n").run()
    assert bad.exception and "'default', 'compact', 'step'" in bad.exception[0].message
    bad = AppTest.from_string("import rerunqt as st\nst.status('S', type='boxed')\n").run()
    assert bad.exception and "type" in bad.exception[0].message


LONG = ("Long label: Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vestibulum arcu "
        "nisl, tincidunt id orci id, condimentum cursus nunc. Nullam sed sodales ipsum.")


def test_a_long_header_label_wraps_inside_the_page(rerunqt_pilot, write_script) -> None:
    """Streamlit's expander summary wraps a long label (st_expander's "long label" case);
    the header kept it on one line, as wide as the label, and the page scrolled sideways."""
    from PySide6.QtWidgets import QScrollArea

    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.expander({LONG!r}, expanded=True):
    st.write("body")
st.status("Status " + {LONG!r}, state="complete")
st.expander("Short")
"""))
    pilot.window.resize(600, 600)
    pilot.settle()
    assert pilot.window.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    found = boxes(pilot)
    short = found["Short"].header.height()
    for name in (LONG, "Status " + LONG):
        header = found[name].header
        assert header.width() < 600
        assert header.height() >= short + 2 * header.fontMetrics().lineSpacing() - 2  # 3+ lines


def test_a_long_markdown_header_label_wraps_with_its_markdown(rerunqt_pilot, write_script) -> None:
    """A long label with bold or struck words (core-previews' sidebar expander) wraps as a
    plain one does; Qt cut it short in the middle ("An expander.....gets inside") and the
    shortened words lost their Markdown."""
    label = "An **expander**.. with surprises ~~widgets~~ inside, and a few more words here"
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
with st.sidebar:
    with st.expander({label!r}):
        st.write("Expanded!")
    st.expander("Short")
"""))
    pilot.window.resize(900, 600)
    pilot.settle()
    found = {r.widget.header.accessibleName(): r.widget.header
             for r in pilot.window.renderer.find(kind="expander")}
    header, short = found[label], found["Short"]
    assert header.wrapped and header.property("rqMarkdown")
    assert header.height() >= short.height() + header.fontMetrics().lineSpacing() - 2  # 2+ lines

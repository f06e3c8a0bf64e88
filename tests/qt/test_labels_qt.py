"""Labels on Qt buttons, tool buttons and tab bars, in a real window.

An "&" shows as written and makes no Alt shortcut; Streamlit's label Markdown is never
shown raw (words, a face for a wholly emphasised label, icons and short codes as their
symbols); the pilot still finds each widget by its label as the script wrote it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from rerunqt.qt.adapters.base import LabelledField
from rerunqt.qt.adapters.label_face import qt_shown

pytestmark = pytest.mark.qt


def open_app(rerunqt_pilot, write_script, source: str):
    pilot = rerunqt_pilot(write_script("import rerunqt as st\n" + source))
    pilot.window.resize(900, 1400)
    pilot.settle()
    return pilot


def assert_shows(text: str, expected: str) -> None:
    """Qt's ``text`` (of a button or a tab) draws ``expected`` and makes no Alt shortcut."""
    assert qt_shown(text) == expected, text
    assert QKeySequence.mnemonic(text).isEmpty(), f"{text!r} makes an Alt shortcut"


def button_of(pilot, kind: str, index: int = 0) -> QAbstractButton:
    """The button a user reads and clicks for the element of ``kind``."""
    record = pilot.window.renderer.find(kind=kind)[index]
    widget = record.adapter.probe(record.widget)
    assert isinstance(widget, QAbstractButton), widget
    return widget


def tabs_of(pilot) -> QTabWidget:
    tabs = pilot.record(kind="tabs").widget
    assert isinstance(tabs, QTabWidget)
    return tabs


def face_of(widget: QWidget) -> str:
    return str(widget.property("rqFace") or "")


AMPERSANDS = """
with st.expander("A & B", key="exp", on_change="rerun"):
    st.write("inside")
one, two = st.tabs(["Home", "R&D"])
with two:
    st.write("research")
with st.popover("Pop & more"):
    st.write("in the popover")
clicked = st.button("Btn & co", key="btn")
st.checkbox("Terms & conditions", key="box")
st.toggle("Tog & gle", key="tog")
st.radio("Pick", ["x & y", "z"], key="radio")
st.pills("Tags", ["salt & pepper", "herbs"], key="pills")
st.segmented_control("Mode", ["in & out", "up"], key="seg")
with st.status("Load & check", expanded=False):
    st.write("step")
st.page_link("https://example.com", label="Docs & help")
st.link_button("Open & go", "https://example.com", key="link")
st.download_button("Get & keep", data=b"x", file_name="x.txt", key="down")
st.menu_button("Export & share", ["CSV & TSV", "PDF"], key="menu")
with st.form("f"):
    st.form_submit_button("Send & close")
st.write(f"clicked={clicked}")
"""


def test_an_ampersand_shows_as_written_and_makes_no_shortcut(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, AMPERSANDS)
    expected = {
        "expander": "A & B", "popover": "Pop & more  ▾", "button": "Btn & co",
        "checkbox": "Terms & conditions", "toggle": "Tog & gle", "status": "Load & check",
        "page_link": "Docs & help \u2197", "link_button": "Open & go",
        "download_button": "Get & keep", "menu_button": "Export & share",
        "form_submit_button": "Send & close",
    }
    for kind, shown in expected.items():
        assert_shows(button_of(pilot, kind).text(), shown)
    tabs = tabs_of(pilot)
    assert_shows(tabs.tabBar().tabText(1), "R&D")
    radio = pilot.widget(key="radio")
    assert_shows(radio.buttons[0].text(), "x & y")
    for key, shown in (("pills", "salt & pepper"), ("seg", "in & out")):
        assert_shows(pilot.widget(key=key).buttons[0].text(), shown)
    menu = button_of(pilot, "menu_button").menu()
    assert_shows(menu.actions()[0].text(), "CSV & TSV")


def test_the_pilot_finds_ampersand_labels_as_written(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, AMPERSANDS)
    assert pilot.texts("status") == ["Load & check"]
    assert pilot.texts("button") == ["Btn & co"]
    assert button_of(pilot, "button").accessibleName() == "Btn & co"
    assert button_of(pilot, "expander").accessibleName() == "A & B"
    pilot.click(label="Btn & co")
    assert pilot.texts("markdown")[-1] == "clicked=True"
    pilot.click(label="A & B")
    assert pilot.record(kind="expander").widget.is_open()
    pilot.click(label="R&D")
    assert tabs_of(pilot).currentIndex() == 1
    pilot.set_value(True, label="Terms & conditions")
    assert pilot.window.session.state["box"] is True


def test_a_one_line_label_with_an_ampersand_elides_without_a_shortcut(rerunqt_pilot,
                                                                       write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script,
                     'st.button("Save & close the long report now", key="b", wrap=False)')
    button = pilot.widget(key="b")
    assert_shows(button.text(), "Save & close the long report now")
    whole = button.sizeHint().width()
    button.resize(whole // 2, button.height())
    assert button.text().endswith("\u2026") and QKeySequence.mnemonic(button.text()).isEmpty()
    button.resize(whole, button.height())
    assert_shows(button.text(), "Save & close the long report now")


MARKDOWN = """
st.button("**Bold**", key="bold")
st.button(":tada: Party", key="party")
st.button(":material/add: Add", key="added")
st.button("Add", icon=":material/add:", key="icon")
st.checkbox("*terms*", key="terms")
st.toggle("~~old~~ new", key="tog")
st.radio("r", ["**b**", "`c`"], key="radio")
st.pills("Tool", [":material/add: Add", "**bold**"], key="pills")
st.segmented_control("m", [":material/home:", "b"], key="seg")
st.link_button(":material/open_in_new: Open *docs*", "https://example.com", key="link")
with st.expander("**Bold** `code` :red[x]"):
    st.write("inside")
home, other = st.tabs(["Home :material/home:", "**Other**"])
with st.popover("**Pop**"):
    st.write("in the popover")
with st.status("**S**"):
    st.write("step")
st.page_link("https://example.com", label="**L**")
"""


def test_markdown_labels_show_their_words_and_face(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, MARKDOWN)
    bold = pilot.widget(key="bold")
    assert bold.text() == "Bold" and face_of(bold) == "bold" and bold.font().bold()
    assert pilot.widget(key="party").text() == "\U0001F389 Party"  # a short code: its emoji
    # a leading :material/...: is the button's icon, shown as icon= shows it
    assert pilot.widget(key="added").text() == pilot.widget(key="icon").text() == "+  Add"
    terms = pilot.widget(key="terms")
    assert terms.text() == "terms" and terms.font().italic() and not terms.font().bold()
    assert pilot.widget(key="tog").shown == "old new"
    radio = pilot.widget(key="radio")
    assert [b.text() for b in radio.buttons] == ["b", "c"]
    assert radio.buttons[0].font().bold()
    assert radio.buttons[1].property("rqMarkdown") == "`c`"  # code on its grey chip, drawn
    pills = pilot.widget(key="pills")
    assert [b.text() for b in pills.buttons] == ["+  Add", "bold"]
    assert pills.buttons[1].font().bold() and not pills.buttons[0].font().bold()
    assert [b.text() for b in pilot.widget(key="seg").buttons] == ["\u2302", "b"]
    assert pilot.widget(key="link").text() == "\u2197  Open docs"
    assert button_of(pilot, "expander").text() == "Bold code x"
    tabs = tabs_of(pilot)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Home \u2302", "Other"]
    popover = button_of(pilot, "popover")
    assert popover.text() == "Pop  ▾" and popover.font().bold()
    status = button_of(pilot, "status")
    assert status.text() == "S" and status.font().bold()
    assert pilot.texts("status") == ["S"]
    link = button_of(pilot, "page_link")
    assert link.text() == "L \u2197" and link.font().bold()


def test_a_face_keeps_the_stylesheet_font_size(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, MARKDOWN)
    plain, bold = pilot.widget(key="party"), pilot.widget(key="bold")
    assert face_of(plain) == "" and plain.property("rqFace") is None  # never touched
    assert bold.font().bold() and not plain.font().bold()
    assert bold.font().pixelSize() == plain.font().pixelSize() > 0


def test_the_pilot_finds_markdown_labels_as_written(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, MARKDOWN + """
st.write(f"bold={st.session_state.get('bold')}")
""")
    bold = pilot.widget(label="**Bold**")  # found by the label as written, showing its words
    assert bold is pilot.widget(key="bold") and bold.text() == "Bold"
    assert bold.accessibleName() == "**Bold**"
    pilot.click(label="**Bold**")
    assert pilot.texts("markdown")[-1] == "bold=True"
    terms = pilot.widget(label="*terms*")
    assert terms.text() == "terms"
    pilot.set_value(True, label="*terms*")
    assert pilot.window.session.state["terms"] is True
    pilot.click(label="**Other**")
    assert tabs_of(pilot).currentIndex() == 1 and tabs_of(pilot).tabText(1) == "Other"
    pilot.click(label="**Bold** `code` :red[x]")
    assert pilot.record(kind="expander").widget.is_open()


def test_a_label_that_changes_changes_its_face(rerunqt_pilot, write_script) -> None:
    pilot = open_app(rerunqt_pilot, write_script, """
loud = st.checkbox("Loud", key="loud")
st.button("**Go**" if loud else "Go & stop", key="go")
""")
    go = pilot.widget(key="go")
    assert_shows(go.text(), "Go & stop")
    assert not go.font().bold()
    pilot.set_value(True, key="loud")
    assert pilot.widget(key="go") is go
    assert go.text() == "Go" and go.font().bold()
    assert go.height() >= go.sizeHint().height() > 10  # re-polished, still laid out
    pilot.set_value(False, key="loud")
    assert_shows(go.text(), "Go & stop")
    assert face_of(go) == "" and not go.font().bold()


def test_a_top_navigation_entry_shows_an_ampersand_and_is_found_by_its_title(rerunqt_pilot,
                                                                              write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        def one():
            st.title("One")
        def two():
            st.title("Two")
        st.navigation([st.Page(one), st.Page(two, title="R&D")], position="top").run()
    """))
    from rerunqt.qt.adapters.navigation import NavigationWidget

    entries = pilot.window.findChild(NavigationWidget).top.buttons
    assert_shows(entries[1].text(), "R&D")
    pilot.click(label="R&D")
    assert entries[1].isChecked() and pilot.window.windowTitle() == "R&D"


def _field(widget: QWidget) -> LabelledField:
    while not isinstance(widget, LabelledField):
        widget = widget.parentWidget()
    return widget


def _lines(label: QWidget) -> float:
    return label.height() / label.fontMetrics().lineSpacing()


def test_a_content_wide_widget_s_label_and_captions_stay_on_one_line_when_there_is_room(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's st.radio example 1: "What's your favorite movie genre" is one line, and
    each caption is shown whole (Qt hinted ~20 characters for a wrapped label, so the label
    wrapped and the last caption was cut to a line and a half). In a narrow column both
    wrap, and show every line."""
    pilot = open_app(rerunqt_pilot, write_script, """
st.radio("What's your favorite movie genre",
         [":rainbow[Comedy]", "***Drama***", "Documentary :movie_camera:"],
         captions=["Laugh out loud.", "Get the popcorn.", "Never stop learning."], key="g")
st.pills("What's your favorite movie genre", ["A", "B"], key="p")
a, b, c, d = st.columns(4)
a.radio("What's your favorite movie genre and why", ["One"],
        captions=["A caption long enough to wrap in a quarter of the page"], key="narrow")
""")
    for key in ("g", "p"):
        assert _lines(_field(pilot.widget(key=key)).label) < 1.5
    captions = pilot.widget(key="g").findChildren(QLabel, "rqRadioCaption")
    assert len(captions) == 3 and all(_lines(note) < 1.5 for note in captions)
    assert all(note.height() >= QLabel.heightForWidth(note, note.width()) for note in captions)
    narrow = pilot.widget(key="narrow")
    (note,) = narrow.findChildren(QLabel, "rqRadioCaption")
    assert _lines(note) >= 1.9 and note.height() >= QLabel.heightForWidth(note, note.width())
    assert _lines(_field(narrow).label) >= 1.9


def test_an_image_in_a_field_label_is_an_icon_one_line_high(rerunqt_pilot, write_script,
                                                           tmp_path) -> None:
    # Streamlit's widget labels show Markdown images "like icons, with a max height equal
    # to the font height" (the release demos' label-markdown app); a 200x150 picture
    # used to push the field down by its full height.
    from PySide6.QtGui import QImage

    picture = tmp_path / "corgi.png"
    QImage(200, 150, QImage.Format.Format_RGB32).save(str(picture))
    pilot = open_app(rerunqt_pilot, write_script, f"""
st.text_area("This is an image: ![Corgi]({picture.as_posix()})", key="a")
st.text_area("Plain label", key="b")
""")
    with_image, plain = (pilot.record(key=key).widget for key in ("a", "b"))
    assert isinstance(with_image, LabelledField) and isinstance(plain, LabelledField)
    assert "<img " in with_image.label.text()  # the picture is there...
    line = plain.label.height()
    assert with_image.label.height() <= line + 4  # ...as an icon: the label stays one line


def test_a_heading_list_or_quote_in_a_field_or_metric_label_shows_only_its_text(
        rerunqt_pilot, write_script) -> None:
    """Streamlit unwraps block Markdown in labels: ``st.metric("# Tickets", ...)`` (a KPI row)
    reads "Tickets" in the label's size, not a big heading; "- item" loses its bullet."""
    pilot = open_app(rerunqt_pilot, write_script, """
st.metric("# Tickets ", "522")
st.text_input("- item", key="t")
st.slider("> quote", 0, 3, key="s")
st.number_input("Plain", key="p")
""")
    metric = pilot.window.renderer.find(kind="metric")[0].widget
    fields = [pilot.record(key=key).widget for key in ("t", "s", "p")]
    assert all(isinstance(field, LabelledField) for field in fields)
    shown = [metric.label.text(), *(field.label.text() for field in fields[:2])]
    assert shown == ["Tickets", "item", "quote"]
    line = fields[2].label.height()
    assert all(label.height() <= line + 2 for label in (metric.label, fields[0].label))

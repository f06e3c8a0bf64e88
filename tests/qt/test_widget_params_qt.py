"""Streamlit 1.67's cross-cutting widget parameters in a real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from rerunqt.qt.adapters.base import LabelledField


def _text(pilot) -> str:
    return pilot.texts("text")[0]


def _note(pilot, key: str) -> QLabel:
    field = pilot.record(key=key).widget
    assert isinstance(field, LabelledField)
    return field.note


def _activate(pilot) -> None:
    window = pilot.window
    window.show()
    window.activateWindow()
    pilot.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_button_shortcut_clicks_it_but_a_bare_key_stays_typeable(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        if st.button("Save", key="save", shortcut="ctrl+s", help="Saves"):
            st.session_state.n += 1
        if st.button("Next", key="next", shortcut="k"):
            st.session_state.n += 10
        st.text_input("Notes", key="notes")
        st.text(str(st.session_state.n))
    """))
    _activate(pilot)
    save = pilot.widget(key="save")
    assert "Saves" in save.toolTip() and "Ctrl+S" in save.toolTip()
    pilot.window.setFocus()
    pilot.qtbot.keyClick(pilot.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "1")
    pilot.qtbot.keyClick(pilot.window, Qt.Key.Key_K)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "11")
    pilot.type("ok", key="notes", enter=False)
    notes = pilot.widget(key="notes")
    pilot.qtbot.keyClick(notes, Qt.Key.Key_K)  # typed into the field, not a click
    pilot.qtbot.keyClick(notes, Qt.Key.Key_Return)
    pilot.settle()
    assert notes.text() == "okk" and _text(pilot) == "11"


def test_a_required_field_in_a_form_blocks_submit_with_a_message(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        with st.form("f"):
            name = st.text_input("Name", key="name", required=True)
            sent = st.form_submit_button("Send", key="send")
        st.text(f"{sent} {name!r}")
    """))
    field = pilot.record(key="name").widget
    assert field.label.text().endswith("*")
    pilot.click(key="send")
    assert _text(pilot) == "False ''"
    assert _note(pilot, "name").isVisible() and _note(pilot, "name").text() == "This field is required"
    pilot.type("Ada", key="name", enter=False)
    pilot.click(key="send")
    assert _text(pilot) == "True 'Ada'"
    assert not _note(pilot, "name").isVisible()


def test_validate_refuses_the_commit_and_says_why(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        v = st.text_input("Code", key="code", validate=(r"[A-Z]{3}", "Three capitals"))
        st.text(repr(v))
    """))
    pilot.type("abc", key="code")
    assert _text(pilot) == "''"
    assert _note(pilot, "code").isVisible() and _note(pilot, "code").text() == "Three capitals"
    pilot.type("ABC", key="code")
    assert _text(pilot) == "'ABC'" and not _note(pilot, "code").isVisible()


def test_an_invalid_validate_regex_is_said_at_once_and_blocks_commits(rerunqt_pilot,
                                                                       write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        v = st.text_input("Code", key="code", validate="[")
        st.text(repr(v))
    """))
    note = _note(pilot, "code")
    assert note.isVisible() and note.text().startswith("Invalid validate regex: [. Error: ")
    pilot.type("anything", key="code")
    assert _text(pilot) == "''" and note.isVisible()


def test_live_text_input_commits_after_a_pause_without_enter(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        v = st.text_input("Search", key="q", live="20ms", icon="🔍")
        st.text(repr(v))
    """))
    line = pilot.widget(key="q")
    assert isinstance(line, QLineEdit)
    assert any(a.objectName() == "rqFieldIcon" for a in line.actions())
    pilot.type("hi", key="q", enter=False)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "'hi'")
    assert line.hasFocus() and line.text() == "hi"


def test_pixel_width_caps_a_widget_and_stretch_spans(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.checkbox("Narrow", key="c", width=120)
        st.button("Wide", key="b", width="stretch")
        st.button("Small", key="s")
    """))
    assert pilot.record(key="c").widget.maximumWidth() == 120
    assert pilot.widget(key="b").width() > 2 * pilot.widget(key="s").width()


def test_selectbox_takes_a_typed_new_option(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        v = st.selectbox("Fruit", ["apple", "pear"], key="f", accept_new_options=True,
                         filter_mode="prefix")
        st.text(repr(v))
    """))
    combo = pilot.widget(key="f")
    assert isinstance(combo, QComboBox) and combo.isEditable()
    line = combo.lineEdit()
    line.setFocus()
    line.selectAll()
    pilot.qtbot.keyClicks(line, "kiwi")
    pilot.qtbot.keyClick(line, Qt.Key.Key_Return)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "'kiwi'")
    assert combo.currentText() == "kiwi"


def test_multiselect_select_all_and_time_format(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import datetime as dt
        import rerunqt as st
        v = st.multiselect("Tags", ["a", "b", "c"], key="m", select_all=True)
        st.time_input("When", dt.time(14, 30), key="t", format="12h")
        st.text(repr(v))
    """))
    multi = pilot.widget(key="m")
    model = multi.combo.model()
    assert model.index(0, 0).data() == "Select all"
    multi.combo.activated.emit(0)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "['a', 'b', 'c']")
    assert pilot.widget(key="t").text() == "2:30 PM"


def test_a_bound_field_writes_its_value_to_the_query_params(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        if "start" not in st.session_state:
            st.session_state.start = True
            st.query_params["q"] = "from the link"
        st.text_input("Query", key="q", bind="query-params")
        st.text(repr(st.query_params.to_dict()))
    """))
    assert pilot.widget(key="q").text() == "from the link"
    pilot.type("typed", key="q")
    assert _text(pilot) == "{'q': 'typed'}"
    pilot.type("", key="q")
    assert _text(pilot) == "{}"


def test_typing_in_a_selectbox_filters_its_options_by_filter_mode(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.selectbox("Fuzzy", ["apple", "pear", "prune"], key="f", accept_new_options=True)
        st.selectbox("Prefix", ["apple", "pear", "prune"], key="p", accept_new_options=True,
                     filter_mode="prefix")
    """))

    def listed(key: str, typed: str) -> list[str]:
        combo = pilot.widget(key=key)
        line = combo.lineEdit()
        line.setFocus()
        line.selectAll()
        pilot.qtbot.keyClicks(line, typed)
        model = combo.completer().model()
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    assert listed("f", "pr") == ["pear", "prune"]  # p ... r, in order
    assert listed("p", "pr") == ["prune"]


def test_multiselect_takes_a_typed_new_option(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        v = st.multiselect("Tags", ["red", "green"], key="m", accept_new_options=True)
        st.text(repr(v))
    """))
    combo = pilot.widget(key="m").combo
    line = combo.lineEdit()
    line.setFocus()
    pilot.qtbot.keyClicks(line, "green")
    pilot.qtbot.keyClick(line, Qt.Key.Key_Return)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "['green']")
    pilot.qtbot.keyClicks(line, "teal")
    pilot.qtbot.keyClick(line, Qt.Key.Key_Return)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "['green', 'teal']")


def test_chat_input_submit_mode_disable_waits_for_the_run(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        msg = st.chat_input("Say", key="chat", submit_mode="stop")
        st.text(repr(msg))
    """))
    box = pilot.record(key="chat").widget
    box.edit.setPlainText("hello")
    box.submit()  # the run it starts ends later, in the event loop
    assert not box.edit.isEnabled() and box.send_button.accessibleName() == "Stop"
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "'hello'")
    pilot.qtbot.waitUntil(lambda: box.edit.isEnabled())
    assert box.send_button.accessibleName() == "Send"


def test_a_required_field_outside_a_form_says_so_once_emptied(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.text_input("Name", key="name", required=True)
    """))
    assert not _note(pilot, "name").isVisible()  # not on the first draw
    pilot.type("Ada", key="name")
    pilot.type("", key="name")
    assert _note(pilot, "name").isVisible() and _note(pilot, "name").text() == "This field is required"
    pilot.type("Bo", key="name")
    assert not _note(pilot, "name").isVisible()


def test_a_password_field_hides_its_text_and_its_eye_shows_it(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        kind = st.radio('kind', ['password', 'default'])
        st.text_input('Secret', 'hunter2', type=kind, key='pw')
        """))
    line = pilot.record(key="pw").widget.field
    assert isinstance(line, QLineEdit)
    assert line.echoMode() == QLineEdit.EchoMode.Password
    eye = next(a for a in line.actions() if a.objectName() == "rqReveal")
    assert eye.toolTip() == "Show password"
    eye.trigger()  # what a click on the eye does
    assert line.echoMode() == QLineEdit.EchoMode.Normal and eye.toolTip() == "Hide password"
    eye.trigger()
    assert line.echoMode() == QLineEdit.EchoMode.Password
    pilot.set_value("default", label="kind")  # the script makes it a plain field
    assert line.echoMode() == QLineEdit.EchoMode.Normal
    assert not [a for a in line.actions() if a.objectName() == "rqReveal"]


def test_email_and_search_text_inputs_take_streamlit_s_smart_defaults(rerunqt_pilot, write_script,
                                                                       qtbot) -> None:
    """text_input type="email" / "search" (Streamlit 1.67's text_input examples 2 and 3)."""
    from PySide6.QtWidgets import QToolButton

    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        mail = st.text_input("Email", type="email", key="mail")
        found = st.text_input("Find", type="search", key="find", value="old")
        st.text(repr((mail, found)))
    """))
    mail = pilot.widget(key="mail")
    assert isinstance(mail, QLineEdit) and mail.placeholderText() == "you@example.com"
    pilot.type("nope", key="mail")
    assert _note(pilot, "mail").text() == "Enter a valid email address."
    pilot.type("ada@example.org", key="mail")
    assert _text(pilot) == "('ada@example.org', 'old')"
    find = pilot.widget(key="find")
    assert find.isClearButtonEnabled() and find.placeholderText() == "Search"
    clear = next(b for b in find.findChildren(QToolButton)
                 if b.defaultAction() and b.defaultAction().objectName() == "_q_qlineeditclearaction")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    pilot.qtbot.waitUntil(lambda: pilot.settle() and _text(pilot) == "('ada@example.org', '')")


def test_a_bare_key_shortcut_stays_typeable_in_an_editable_table(qtbot) -> None:
    """Typing into a data_editor cell (a view that edits on any key) is typing too."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QPushButton, QTableView

    from rerunqt.qt.adapters.shortcuts import accepts_text

    view = QTableView()
    qtbot.addWidget(view)
    view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed)
    assert accepts_text(view)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # st.dataframe
    assert not accepts_text(view)
    combo = QComboBox()
    qtbot.addWidget(combo)
    assert accepts_text(combo)  # a selectbox: typed letters pick an option
    combo.setEditable(True)
    assert accepts_text(combo)
    field = QLineEdit()
    qtbot.addWidget(field)
    assert accepts_text(field) and not accepts_text(QPushButton("x")) and not accepts_text(None)


def test_an_editable_selectbox_and_multiselect_show_their_placeholder(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's selectbox example 3 and multiselect example 2 (accept_new_options=True):
    the empty field shows the placeholder (an editable combo draws its line's, not its own)."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.selectbox("Default email", ["foo@example.com", "bar@example.com"], index=None,
                     placeholder="Select a saved email or enter a new one",
                     accept_new_options=True, key="s")
        st.multiselect("What are your favorite cat names?", ["Jellybeans", "Fish Biscuit"],
                       max_selections=5, accept_new_options=True, key="m")
    """))
    assert pilot.widget(key="s").lineEdit().placeholderText() == (
        "Select a saved email or enter a new one")
    assert pilot.widget(key="m").combo.lineEdit().placeholderText() == "Choose or add options"

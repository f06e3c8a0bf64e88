"""Button extras in a real window: icons, types, container width."""

from __future__ import annotations


def test_button_extras_icon_type_and_container_width(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        wide = st.checkbox("Wide", key="wide")
        st.button("Save", key="save", icon=":material/save:", type="primary",
                  use_container_width=wide)
        st.button("Party", key="party", icon="🎉")
        st.button("Odd", key="odd", icon=":material/no_such_icon:")
    """))
    save = pilot.widget(key="save")
    assert save.text() == "\U0001F4BE  Save" and save.property("kind") == "primary"
    assert pilot.widget(key="party").text() == "🎉  Party"
    assert pilot.widget(key="odd").text() == "Odd"
    narrow = save.width()
    pilot.set_value(True, key="wide")
    assert pilot.widget(key="save") is save
    assert save.width() > 2 * narrow  # spans the page
    pilot.set_value(False, key="wide")
    assert save.width() == narrow


def test_a_button_pads_its_label_as_streamlit_does(rerunqt_pilot, write_script) -> None:
    """Streamlit pads a button's label 0.75rem each side (10.5 px at rerunqt's 14 px
    body); 14 px cut labels that fit in Streamlit: a real point-of-sale app's "+ $15.00" in
    a quarter of a column showed "+ $15.…". The popover's button is padded alike."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("+ $15.00", key="add")
        st.popover("Menu").write("inside")
    """))
    button = pilot.widget(key="add")
    text = button.fontMetrics().horizontalAdvance("+ $15.00")
    assert button.sizeHint().width() - text <= 2 * 11 + 3  # padding, 1 px borders, Qt's 1 px
    menu = pilot.record(kind="popover").widget
    from PySide6.QtWidgets import QPushButton

    face = next(b for b in [menu, *menu.findChildren(QPushButton)] if isinstance(b, QPushButton))
    assert face.sizeHint().width() - face.fontMetrics().horizontalAdvance(face.text()) <= 2 * 11 + 3


def test_the_material_icons_of_streamlit_s_button_and_pills_examples_show(
        rerunqt_pilot, write_script) -> None:
    """st.button example 2 (``:material/mood:``) and st.pills example 2 (zoom in, zoom out,
    zoom out map): each icon shows a symbol, and no two of the tools look the same."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Material button", key="mood", icon=":material/mood:")
        for name in ("add", "zoom_in", "zoom_out", "zoom_out_map"):
            st.button("", key=name, icon=f":material/{name}:")
    """))
    assert pilot.widget(key="mood").text() == "\u263A  Material button"
    tools = [pilot.widget(key=name).text() for name in ("add", "zoom_in", "zoom_out", "zoom_out_map")]
    assert all(tools) and len(set(tools)) == 4


def test_the_icons_of_a_to_do_app_s_add_and_delete_buttons_show(rerunqt_pilot, write_script) -> None:
    """raphaelkach/TodoApp-test: "Hinzufügen" with ``:material/add_circle:`` and an icon-only
    delete button with ``:material/delete_forever:``; an unknown name showed nothing."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Hinzufügen", key="add", icon=":material/add_circle:", type="primary")
        st.button("", key="del", icon=":material/delete_forever:", type="tertiary")
        st.button("", key="ok", icon=":material/task_alt:")
    """))
    assert pilot.widget(key="add").text() == "\u2295  Hinzufügen"
    assert pilot.widget(key="del").text().strip() == "\U0001F5D1"
    assert pilot.widget(key="ok").text().strip() == "\u2714"


def test_icon_spinner_is_streamlit_s_built_in_icon_not_an_error(rerunqt_pilot, write_script) -> None:
    """Streamlit's st_button e2e app: ``icon="spinner"`` (a built-in name in 1.67) raised
    "not a valid emoji" and stopped the script; it shows a circle before the label."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Button with spinner icon", key="b", icon="spinner")
        st.download_button("Get", b"x", key="d", icon="spinner")
        st.text("after")
    """))
    assert pilot.texts("text") == ["after"]
    assert pilot.widget(key="b").text() == "\u25cc  Button with spinner icon"
    assert pilot.widget(key="d").text() == "\u25cc  Get"


def test_a_blank_icon_draws_nothing_before_the_label(rerunqt_pilot, write_script) -> None:
    """``icon="  "`` is no icon in Streamlit 1.67: the label alone, no gap before it."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Blank", key="blank", icon="  ")
        st.download_button("Get", "x", key="get", icon="")
    """))
    assert pilot.widget(key="blank").text() == "Blank"
    assert pilot.widget(key="get").text() == "Get"


def test_a_pixel_width_button_is_that_wide_at_the_left_and_fits_a_narrow_column(
        rerunqt_pilot, write_script) -> None:
    """Streamlit's ``width=300`` button (download and link buttons too) is 300 px wide, not its
    label's width, at the column's left; a narrower column narrows it."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.button("Fixed", key="fixed", width=300)
        st.download_button("Save", "x", key="save", width=300)
        st.button("Plain", key="plain")
        col, _, _, _, _, _ = st.columns(6)
        col.button("Narrow", key="narrow", width=300)
    """))
    pilot.window.resize(1000, 700)
    pilot.settle()
    fixed, save, plain, narrow = (pilot.widget(key=k) for k in ("fixed", "save", "plain", "narrow"))
    pilot.qtbot.waitUntil(lambda: fixed.width() == 300)
    assert save.width() == 300 and plain.width() < 300
    assert fixed.mapTo(pilot.window, fixed.rect().topLeft()).x() == \
        plain.mapTo(pilot.window, plain.rect().topLeft()).x()
    assert narrow.width() < 300 and narrow.width() <= narrow.parentWidget().width()

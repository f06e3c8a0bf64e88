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

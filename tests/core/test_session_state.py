"""st.session_state: the mapping API, its rules, and how widget values live in it.

Two ways in: a real script run through AppTest, and SessionState + SessionStateProxy
used directly (no run at all).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import script_with_config
from hypothesis import given, settings
from hypothesis import strategies as st_

from rerunqt.core.proxy import SessionStateProxy
from rerunqt.core.state import AUTO_ID_PREFIX, SessionState, WidgetMeta
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest


def make_state() -> tuple[SessionState, SessionStateProxy]:
    state = SessionState()
    return state, SessionStateProxy(lambda: state)


def all_messages(at: AppTest) -> list[str]:
    return [str(v) for v in (*at.exception.values, *at.error.values)]


# --------------------------------------------------------------------------------------
# The mapping API, directly on SessionState through the proxy
# --------------------------------------------------------------------------------------


def test_set_get_contains_and_delete_item_form() -> None:
    _, ss = make_state()
    ss["a"] = 1
    assert ss["a"] == 1
    assert "a" in ss
    assert "b" not in ss
    del ss["a"]
    assert "a" not in ss
    with pytest.raises(KeyError):
        ss["a"]


def test_set_get_contains_and_delete_attribute_form() -> None:
    _, ss = make_state()
    ss.name = "Ada"
    assert ss.name == "Ada"
    assert ss["name"] == "Ada"
    assert "name" in ss
    del ss.name
    assert "name" not in ss
    with pytest.raises(AttributeError):
        ss.name


def test_item_and_attribute_forms_share_one_store() -> None:
    _, ss = make_state()
    ss["x"] = 10
    assert ss.x == 10
    ss.x = 11
    assert ss["x"] == 11


def test_missing_key_raises_key_error_naming_key_and_initialize() -> None:
    _, ss = make_state()
    with pytest.raises(KeyError) as info:
        ss["never_set_key"]
    message = str(info.value)
    assert "never_set_key" in message
    assert "initialize" in message


def test_missing_attribute_raises_attribute_error_naming_key() -> None:
    _, ss = make_state()
    with pytest.raises(AttributeError) as info:
        ss.never_set_attr
    assert not isinstance(info.value, KeyError)
    assert "never_set_attr" in str(info.value)
    assert "initialize" in str(info.value)


def test_deleting_missing_key_raises_key_error_and_attribute_error() -> None:
    _, ss = make_state()
    with pytest.raises(KeyError) as info:
        del ss["ghost"]
    assert "ghost" in str(info.value)
    with pytest.raises(AttributeError) as info2:
        del ss.ghost
    assert "ghost" in str(info2.value)


def test_int_keys_are_converted_to_str() -> None:
    _, ss = make_state()
    ss[1] = "one"
    assert ss["1"] == "one"
    assert 1 in ss
    assert "1" in ss
    assert list(ss.keys()) == ["1"]
    ss["2"] = "two"
    assert ss[2] == "two"
    del ss[1]
    assert "1" not in ss


def test_any_key_is_its_str_as_in_streamlit() -> None:
    """Streamlit keys state and widgets by ``str(key)``; a tuple key (a game's
    ``key=(game_number, i)``) raised "keys must be str or int" and stopped the app."""
    _, ss = make_state()
    ss[("a", 1)] = 3
    assert ss["('a', 1)"] == 3 and ("a", 1) in ss
    at = AppTest.from_string("""
import rerunqt as st
st.text_input("Noun", key=(0, 1))
st.checkbox("Flag", key=2.5)
with st.container(key=("box", 1)):
    st.text(str(st.session_state[(0, 1)]))
st.tabs(["A", "B"], key=("tabs", 1), on_change="rerun")
""").run()
    assert not at.exception
    at.text_input(key="(0, 1)").input("cat").run()
    assert at.text[0].value == "cat" and at.checkbox(key="2.5").value is False


@pytest.mark.parametrize("key", ["$$ID-abc", "$$secret", "$$"])
def test_reserved_dollar_dollar_keys_are_rejected(key: str) -> None:
    _, ss = make_state()
    with pytest.raises(RerunQtAPIError) as info:
        ss[key] = 1
    assert key in str(info.value)
    with pytest.raises(RerunQtAPIError):
        ss[key]
    with pytest.raises(RerunQtAPIError):
        del ss[key]
    assert len(ss) == 0


def test_keys_values_items_len_and_iteration() -> None:
    _, ss = make_state()
    ss.a = 1
    ss.b = [2]
    ss["c"] = {"d": 3}
    assert len(ss) == 3
    assert set(ss.keys()) == {"a", "b", "c"}
    assert sorted(map(repr, ss.values())) == sorted(map(repr, [1, [2], {"d": 3}]))
    assert dict(ss.items()) == {"a": 1, "b": [2], "c": {"d": 3}}
    assert set(iter(ss)) == {"a", "b", "c"}
    assert set(ss) == {"a", "b", "c"}


def test_get_setdefault_update_pop_clear_to_dict() -> None:
    _, ss = make_state()
    assert ss.get("missing") is None
    assert ss.get("missing", 7) == 7
    assert ss.setdefault("k", 5) == 5
    assert ss.setdefault("k", 6) == 5
    assert ss.k == 5
    ss.update({"x": 1, "y": 2})
    ss.update(z=3)
    assert ss.to_dict() == {"k": 5, "x": 1, "y": 2, "z": 3}
    assert ss.pop("x") == 1
    assert "x" not in ss
    assert ss.pop("x", "default") == "default"
    with pytest.raises(KeyError):
        ss.pop("x")
    ss.clear()
    assert len(ss) == 0
    assert ss.to_dict() == {}


def test_values_are_stored_by_reference() -> None:
    _, ss = make_state()
    items: list[int] = []
    ss.items_list = items
    ss.items_list.append(1)
    assert items == [1]
    assert ss["items_list"] is items


def test_deleting_every_key_while_iterating_keys_directly() -> None:
    _, ss = make_state()
    for i in range(10):
        ss[f"k{i}"] = i
    for key in ss.keys():
        del ss[key]
    assert len(ss) == 0
    for i in range(3):
        ss[f"k{i}"] = i
    for key in ss:
        del ss[key]
    assert len(ss) == 0


def test_auto_id_widget_values_are_hidden_from_the_mapping() -> None:
    state, ss = make_state()
    meta = WidgetMeta(
        widget_id=f"{AUTO_ID_PREFIX}checkbox-1", kind="checkbox", user_key=None,
        label="c", default=False, coerce=bool,
    )
    state.begin_run()
    state.register_widget(meta)
    keyed = WidgetMeta(
        widget_id="agree", kind="checkbox", user_key="agree", label="Agree",
        default=True, coerce=bool,
    )
    state.register_widget(keyed)
    state.end_run(clean=True)
    ss.user = "u"
    assert ss.to_dict() == {"agree": True, "user": "u"}
    assert len(ss) == 2
    assert all(not k.startswith("$$") for k in ss)
    assert str(ss) == str({"agree": True, "user": "u"})


# --------------------------------------------------------------------------------------
# Hypothesis: SessionState laws
# --------------------------------------------------------------------------------------

user_keys = st_.one_of(
    st_.text(min_size=0, max_size=6).filter(lambda s: not s.startswith("$$")),
    st_.integers(min_value=-5, max_value=50),
)
values = st_.one_of(st_.integers(), st_.text(max_size=5), st_.none(), st_.lists(st_.integers()))


@settings(max_examples=60, deadline=None)
@given(key=user_keys, first=values, second=values)
def test_law_set_then_get_and_set_set_keeps_len(key: object, first: object,
                                                 second: object) -> None:
    _, ss = make_state()
    ss["other"] = 0
    ss[key] = first  # type: ignore[index]
    assert ss[key] == first  # type: ignore[index]
    n = len(ss)
    ss[key] = second  # type: ignore[index]
    assert ss[key] == second  # type: ignore[index]
    assert len(ss) == n


@settings(max_examples=60, deadline=None)
@given(key=user_keys, value=values, others=st_.dictionaries(user_keys, values, max_size=5))
def test_law_set_then_del_reduces_len(key: object, value: object,
                                      others: dict[object, object]) -> None:
    _, ss = make_state()
    for k, v in others.items():
        ss[k] = v  # type: ignore[index]
    ss[key] = value  # type: ignore[index]
    n = len(ss)
    del ss[key]  # type: ignore[arg-type]
    assert len(ss) == n - 1
    assert key not in ss


ops = st_.lists(
    st_.one_of(
        st_.tuples(st_.just("set"), user_keys, values),
        st_.tuples(st_.just("del"), user_keys, st_.none()),
        st_.tuples(st_.just("widget"), st_.integers(0, 1000), st_.booleans()),
    ),
    max_size=25,
)


@settings(max_examples=80, deadline=None)
@given(ops=ops)
def test_law_to_dict_equals_visible_items_and_auto_ids_never_visible(ops: list) -> None:
    state, ss = make_state()
    model: dict[str, object] = {}
    state.begin_run()
    for op, key, value in ops:
        if op == "set":
            ss[key] = value
            model[str(key)] = value
        elif op == "del":
            if str(key) in model:
                del ss[key]
                del model[str(key)]
            else:
                with pytest.raises(KeyError):
                    del ss[key]
        else:
            wid = f"{AUTO_ID_PREFIX}checkbox-{key:012x}"
            if state.widget_meta(wid) is None or wid not in state._seen:
                state.register_widget(WidgetMeta(
                    widget_id=wid, kind="checkbox", user_key=None, label=str(key),
                    default=value, coerce=bool,
                ))
    assert ss.to_dict() == model
    assert dict(ss.items()) == model
    assert set(ss.keys()) == set(model)
    assert len(ss) == len(model)
    assert all(not k.startswith("$$") for k in ss)
    assert all(not k.startswith("$$") for k in ss.to_dict())


# --------------------------------------------------------------------------------------
# Through a running script
# --------------------------------------------------------------------------------------


def test_script_reads_and_writes_state_across_runs() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        st.session_state["count"] += 1
        st.text(f"count={st.session_state.count}")
        """
    ).run()
    assert at.text[0].value == "count=1"
    at.run()
    assert at.text[0].value == "count=2"
    assert at.session_state["count"] == 2


def test_script_mapping_methods() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.update({"a": 1, "b": 2})
        ss.setdefault("c", 3)
        ss.setdefault("a", 100)
        popped = ss.pop("b")
        st.text(f"popped={popped}")
        st.text(f"len={len(ss)}")
        st.text(f"keys={sorted(ss.keys())}")
        st.text(f"items={sorted(ss.items())}")
        st.text(f"get={ss.get('b', 'none')}")
        st.text(f"in={'a' in ss} {'b' in ss}")
        st.text(f"dict={sorted(ss.to_dict().items())}")
        """
    ).run()
    assert not at.exception
    assert at.text.values == [
        "popped=2",
        "len=2",
        "keys=['a', 'c']",
        "items=[('a', 1), ('c', 3)]",
        "get=none",
        "in=True False",
        "dict=[('a', 1), ('c', 3)]",
    ]


def test_script_deleting_every_key_while_iterating_keys() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        for i in range(5):
            st.session_state[f"k{i}"] = i
        st.checkbox("box", key="box")
        for key in st.session_state.keys():
            del st.session_state[key]
        st.text(f"left={len(st.session_state)}")
        """
    ).run()
    assert not at.exception
    assert at.text[0].value == "left=0"


def test_script_clear_empties_state() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.a = 1
        st.session_state.b = 2
        st.session_state.clear()
        st.text(f"left={len(st.session_state)}")
        """
    ).run()
    assert at.text[0].value == "left=0"


def test_script_missing_key_shows_key_error_naming_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text(st.session_state["not_there_yet"])
        """
    ).run()
    assert len(at.exception) == 1
    assert at.exception[0].exc_type == "KeyError"
    assert "not_there_yet" in at.exception[0].value
    assert "initialize" in at.exception[0].value


def test_script_missing_attribute_shows_attribute_error() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text(st.session_state.not_there_attr)
        """
    ).run()
    assert len(at.exception) == 1
    assert at.exception[0].exc_type == "AttributeError"
    assert "not_there_attr" in at.exception[0].value


def test_script_int_keys_and_reserved_keys() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state[7] = "seven"
        st.text(st.session_state["7"])
        st.session_state["$$ID-hack"] = 1
        """
    ).run()
    assert at.text[0].value == "seven"
    assert len(at.exception) == 1
    assert "$$ID-hack" in at.exception[0].value


def test_st_write_session_state_shows_json_and_hides_keyless_widgets() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.user_value = [1, 2]
        st.checkbox("keyless box", value=True)
        st.text_input("Keyed", value="hi", key="keyed")
        st.write(st.session_state)
        """
    ).run()
    assert len(at.json) == 1
    assert json.loads(at.json[0].value) == {"user_value": [1, 2], "keyed": "hi"}


def test_magic_bare_session_state_line_shows_json() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.shown = {"nested": True}
        st.number_input("keyless number")
        st.session_state
        """
    ).run()
    assert len(at.json) == 1
    assert json.loads(at.json[0].value) == {"shown": {"nested": True}}


def test_widget_value_is_unified_under_its_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        v = st.checkbox("Agree", key="agree")
        st.text(f"ret={v} state={st.session_state.agree}")
        """
    ).run()
    assert at.session_state["agree"] is False
    assert at.text[0].value == "ret=False state=False"
    at.checkbox(key="agree").check().run()
    assert at.session_state["agree"] is True
    assert at.session_state.agree is True
    assert at.text[0].value == "ret=True state=True"


def test_keyed_widget_state_visible_in_the_run_it_is_first_drawn() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.checkbox("c", value=True, key="c")
        st.text(f"c={st.session_state.c}")
        """
    ).run()
    assert at.text[0].value == "c=True"


def test_value_set_before_widget_creation_becomes_its_value() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if "name" not in st.session_state:
            st.session_state.name = "preset"
        got = st.text_input("Name", key="name")
        st.text(f"got={got}")
        """
    ).run()
    assert not at.exception
    assert at.text_input(key="name").value == "preset"
    assert at.text[0].value == "got=preset"
    at.text_input(key="name").input("typed").run()
    assert at.text[0].value == "got=typed"


def test_assigning_widget_key_after_creation_gives_exception_naming_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.text_input("Field", key="my_field_key")
        st.session_state.my_field_key = "too late"
        st.text("after")
        """
    ).run()
    assert len(at.exception) == 1
    assert "my_field_key" in at.exception[0].value
    assert at.text.values == []


def test_keyed_values_survive_runs_that_do_not_draw_the_widget() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if st.checkbox("Show", key="show"):
            got = st.text_input("Name", key="name")
            st.text(f"field={got}")
        """
    ).run()
    at.checkbox(key="show").check().run()
    at.text_input(key="name").input("Bob").run()
    assert at.text[0].value == "field=Bob"
    at.checkbox(key="show").uncheck().run()
    assert len(at.text_input) == 0
    at.run()  # a second clean run without the widget
    assert at.session_state["name"] == "Bob"
    at.checkbox(key="show").check().run()
    assert at.text_input(key="name").value == "Bob"
    assert at.text[0].value == "field=Bob"


def test_unkeyed_widget_state_dropped_after_clean_run_without_it() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if st.checkbox("Show", key="show"):
            got = st.text_input("Name")
            st.text(f"field={got!r}")
        """
    ).run()
    at.checkbox(key="show").check().run()
    at.text_input[0].input("Bob").run()
    assert at.text[0].value == "field='Bob'"
    at.checkbox(key="show").uncheck().run()
    at.checkbox(key="show").check().run()
    assert at.text[0].value == "field=''"
    assert at.text_input[0].value == ""


def test_unkeyed_widget_state_kept_after_a_run_that_failed() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if st.session_state.get("explode"):
            raise RuntimeError("boom")
        got = st.text_input("Name")
        st.text(f"field={got!r}")
        """
    ).run()
    at.text_input[0].input("Bob").run()
    at.session_state.explode = True
    at.run()
    assert at.exception[0].value == "boom"
    at.session_state.explode = False
    at.run()
    assert at.text[0].value == "field='Bob'"


def test_del_key_resets_widget_to_default() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        def reset():
            del st.session_state["amount"]
        got = st.number_input("Amount", 0, 100, value=10, key="amount")
        st.button("Reset", on_click=reset)
        st.text(f"amount={got}")
        """
    ).run()
    assert at.text[0].value == "amount=10"
    at.number_input(key="amount").set_value(42).run()
    assert at.text[0].value == "amount=42"
    at.button[0].click().run()
    assert not at.exception
    assert at.text[0].value == "amount=10"
    assert at.number_input(key="amount").value == 10
    assert at.session_state["amount"] == 10


def test_del_key_from_apptest_resets_widget_to_default() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        got = st.text_input("Name", value="default", key="name")
        st.text(f"name={got}")
        """
    ).run()
    at.text_input(key="name").input("changed").run()
    assert at.text[0].value == "name=changed"
    del at.session_state["name"]
    at.run()
    assert at.text[0].value == "name=default"


def test_number_input_resets_an_assigned_value_beyond_its_bounds_to_the_default() -> None:
    # Streamlit 1.67: the default, and session state reset to it (no clamp, no error)
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.n = 1000
        got = st.number_input("N", min_value=0, max_value=10, value=4, key="n")
        st.text(f"got={got!r} state={st.session_state.n!r}")
        """
    ).run()
    assert not at.exception
    assert at.text[0].value == "got=4 state=4"


def test_number_input_coerces_assigned_float_to_int_field() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.n = 3.7
        got = st.number_input("N", min_value=0, max_value=10, key="n")
        st.text(f"got={got!r} {type(got).__name__}")
        """
    ).run()
    assert not at.exception
    assert at.text[0].value == "got=4 int"


def test_checkbox_rejects_string_with_error_naming_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.agree_box = "yes"
        st.checkbox("Agree", key="agree_box")
        """
    ).run()
    messages = all_messages(at)
    assert len(messages) == 1
    assert "agree_box" in messages[0]
    assert "True" in messages[0] and "False" in messages[0]


def test_value_and_state_warning_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.qty = 7
        got = st.number_input("Qty", 0, 10, value=5, key="qty")
        st.text(f"got={got}")
        """
    ).run()
    assert len(at.warning) == 0  # a log line (logger "rerunqt"), as in Streamlit 1.67
    [record] = [r for r in caplog.records if r.name == "rerunqt"]
    assert record.levelname == "WARNING" and 'key "qty"' in record.getMessage()
    assert at.text[0].value == "got=7"  # the session-state value wins
    at.run()
    assert len([r for r in caplog.records if r.name == "rerunqt"]) == 1
    assert at.text[0].value == "got=7"


def test_no_value_and_state_warning_without_value_argument(
        caplog: pytest.LogCaptureFixture) -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.qty = 7
        st.number_input("Qty", 0, 10, key="qty")
        st.session_state.word = "w"
        st.text_input("Word", key="word")
        import datetime as dt
        st.session_state.when = dt.datetime(2025, 1, 1, 9, 0)
        st.datetime_input("When", value=None, key="when")  # None is no default (Streamlit's)
        st.session_state.day = dt.date(2025, 1, 1)
        st.date_input("Day", value=None, key="day")
        st.session_state.at = dt.time(9, 0)
        st.time_input("At", value=None, key="at")
        """
    ).run()
    assert len(at.warning) == 0
    assert "created with a default value" not in caplog.text


def test_value_and_state_warning_suppressed_by_config(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    script = script_with_config(
        tmp_path,
        "[global]\ndisableWidgetStateDuplicationWarning = true\n",
        "import rerunqt as st\n"
        "st.session_state.qty = 7\n"
        "st.number_input('Qty', 0, 10, value=5, key='qty')\n",
    )
    at = AppTest.from_file(script).run()
    assert not at.exception
    assert len(at.warning) == 0
    assert "created with a default value" not in caplog.text
    assert at.number_input(key="qty").value == 7


def test_programmatic_assignment_does_not_fire_on_change() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.setdefault("fired", 0)
        def changed():
            st.session_state.fired += 1
        def set_it():
            st.session_state.word = "from code"
        st.text_input("Word", key="word", on_change=changed)
        st.button("Set", on_click=set_it)
        """
    ).run()
    at.button[0].click().run()
    assert at.text_input(key="word").value == "from code"
    at.run()
    at.run()
    assert at.session_state["fired"] == 0


def test_text_input_refuses_an_assigned_number_naming_the_key() -> None:
    # Streamlit 1.67 fails on it too ("bad argument type for built-in operation")
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.code = 12345
        got = st.text_input("Code", key="code")
        st.text(f"got={got!r}")
        """
    ).run()
    [error] = at.exception
    assert error.exc_type == "StateValueError"
    assert "st.session_state['code'] = 12345" in error.value
    assert "expected a str (or None), got int 12345" in error.value


def test_number_input_rejects_non_numeric_text_naming_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.amount_field = "abc"
        st.number_input("Amount", 0, 10, key="amount_field")
        """
    ).run()
    messages = all_messages(at)
    assert len(messages) == 1
    assert "amount_field" in messages[0]


def test_button_key_cannot_be_assigned_before_the_button() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.go_button = True
        st.button("Go", key="go_button")
        """
    ).run()
    messages = all_messages(at)
    assert len(messages) == 1
    assert "go_button" in messages[0]


def test_int_widget_key_is_a_str_session_state_key() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        got = st.checkbox("c", key=5)
        st.text(f"{got} {st.session_state['5']} {st.session_state[5]}")
        """
    ).run()
    assert at.text[0].value == "False False False"
    at.checkbox(key="5").check().run()
    assert at.text[0].value == "True True True"


def test_mutating_a_stored_value_in_place_persists() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        st.session_state.setdefault("shared", {"n": 1})
        st.session_state.shared["n"] += 1
        st.text(str(st.session_state.shared["n"]))
        """
    ).run()
    at.run()
    assert at.text[0].value == "3"  # mutation in place persists (stored by reference)


def test_widget_spec_says_value_set_by_code_only_in_that_run() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        if st.session_state.get("do_set"):
            st.session_state.name = "from code"
            st.session_state.do_set = False
        st.text_input("Name", key="name")
        """
    ).run()
    assert at.text_input[0].set_by_code == 0
    at.session_state.do_set = True
    at.run()
    assert at.text_input[0].value == "from code"
    assert at.text_input[0].set_by_code > 0
    first_stamp = at.text_input[0].set_by_code
    at.run()
    assert at.text_input[0].set_by_code == 0
    at.text_input[0].input("typed").run()
    assert at.text_input[0].set_by_code == 0
    at.session_state.name = "from test"
    at.run()
    assert at.text_input[0].value == "from test"
    assert at.text_input[0].set_by_code > 0
    assert at.text_input[0].set_by_code != first_stamp  # a new stamp for each run code set it


def test_value_assigned_while_widget_hidden_survives_until_shown() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        if ss.get("assign_now"):
            ss.name = "set while hidden"
            ss.assign_now = False
        if st.checkbox("Show", key="show"):
            st.text_input("Name", key="name")
        """
    ).run()
    at.checkbox(key="show").check().run()
    at.text_input(key="name").input("typed").run()
    at.checkbox(key="show").uncheck().run()
    at.session_state.assign_now = True
    at.run()
    at.run()
    at.run()
    assert at.session_state["name"] == "set while hidden"
    at.checkbox(key="show").check().run()
    assert at.text_input(key="name").value == "set while hidden"


def test_keyed_widget_keeps_value_when_label_and_bounds_change() -> None:
    at = AppTest.from_string(
        """
        import rerunqt as st
        ss = st.session_state
        ss.runs = ss.get("runs", 0) + 1
        hi = 100 if ss.runs < 3 else 20
        got = st.number_input(f"Amount (run {ss.runs})", 0, hi, key="amount")
        st.text(f"got={got}")
        """
    ).run()
    at.number_input(key="amount").set_value(50).run()
    assert at.text[0].value == "got=50"
    at.run()  # label changes, bounds shrink below the value: clamped, not reset
    assert not at.exception
    assert at.text[0].value == "got=20"

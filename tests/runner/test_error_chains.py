"""Chained exceptions in an error box's traceback, as Streamlit 1.67 lists them: the cause's
(or context's) frames and its ``Type: message`` line, then Python's linking sentence."""

from __future__ import annotations

from typing import Any

import pytest

from rerunqt.testing import AppTest

CAUSE = "The above exception was the direct cause of the following exception:"
CONTEXT = "During handling of the above exception, another exception occurred:"


def _trace(script: str) -> list[str]:
    at = AppTest.from_string(script).run()
    assert len(at.exception) == 1
    return at.exception[0].stack_trace


def test_raise_from_lists_the_cause_first() -> None:
    trace = _trace("""
import rerunqt as st
try:
    {}["k"]
except KeyError as k:
    raise RuntimeError("wrapped") from k
""")
    assert trace[1:3] == ["KeyError: 'k'", CAUSE]
    assert trace[0].endswith('{}["k"]\n    ~~^^^^^') and "line 4" in trace[0]
    assert "line 6" in trace[3] and len(trace) == 4


def test_st_exception_of_a_context_lists_it_and_from_none_hides_it() -> None:
    at = AppTest.from_string("""
import rerunqt as st
for hide in (False, True):
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            if hide:
                raise RuntimeError("during") from None
            raise RuntimeError("during")
    except RuntimeError as ex:
        st.exception(ex)
""").run()
    shown, hidden = (e.stack_trace for e in at.exception)
    assert shown[1:3] == ["ValueError: inner", CONTEXT] and len(shown) == 4
    assert len(hidden) == 1 and "from None" in hidden[0]


@pytest.mark.parametrize("level, cause_line", [("full", "KeyError: 'secret'"), ("stacktrace", "KeyError"),
                                               (False, "KeyError")])
def test_redacted_message_keeps_the_causes_message_out(level: Any, cause_line: str) -> None:
    """showErrorDetails "stacktrace" hides the message: a cause's message too, not only its title."""
    trace = _trace(f"""
import rerunqt as st
st.set_option("client.showErrorDetails", {level!r})
try:
    {{}}["secret"]
except KeyError as k:
    raise RuntimeError("wrapped") from k
""")
    assert trace[1:3] == [cause_line, CAUSE]


def test_an_exception_group_lists_its_members_numbered() -> None:
    trace = _trace("""
import rerunqt as st
raise ExceptionGroup("several", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
""")
    assert trace[1:] == ["+---------------- 1 ----------------", "ValueError: a",
                         "+---------------- 2 ----------------",
                         "ExceptionGroup: inner (1 sub-exception)",
                         "+---------------- 1 ----------------", "TypeError: b"]


def test_a_caught_api_error_as_a_cause_has_streamlits_name() -> None:
    trace = _trace("""
import rerunqt as st
try:
    st.button("b", icon="bad")
except Exception as e:
    raise RuntimeError("wrapped") from e
""")
    assert trace[1].startswith('streamlit.errors.StreamlitAPIException: The value "bad" is not a valid icon.')

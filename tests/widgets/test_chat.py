"""st.chat_message and st.chat_input through AppTest: the shape every chat app has."""

from __future__ import annotations

from rerunqt.core.chat import ChatInputValue
from rerunqt.core.files import UploadedFile
from rerunqt.testing import AppTest

ECHO = """
import rerunqt as st
st.title("Echo bot")
if "messages" not in st.session_state:
    st.session_state.messages = []
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])
if prompt := st.chat_input("What is up?"):
    st.chat_message("user").markdown(prompt)
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("assistant"):
        st.markdown(f"Echo: {prompt}")
    st.session_state.messages.append({"role": "assistant", "content": f"Echo: {prompt}"})
"""


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_a_message_is_returned_for_one_run_and_the_history_is_drawn() -> None:
    at = AppTest.from_string(ECHO).run()
    no_exception(at)
    assert at.chat_input[0].placeholder == "What is up?"
    assert at.chat_input[0].value is None and len(at.chat_message) == 0
    at.chat_input[0].set_value("hello").run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert [m.markdown[0].value for m in at.chat_message] == ["hello", "Echo: hello"]
    assert at.chat_input[0].value == "hello"
    at.run()  # a plain rerun: the message was for one run
    assert at.chat_input[0].value is None
    assert [m.markdown[0].value for m in at.chat_message] == ["hello", "Echo: hello"]
    at.chat_input[0].set_value("again").run()
    assert len(at.chat_message) == 4


def test_a_top_level_chat_input_is_pinned_under_the_page_and_a_nested_one_stays() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.chat_input("Bottom")
        with st.container():
            st.chat_input("Inline", key="inline")
        st.sidebar.chat_input("Side", key="side")
    """).run()
    no_exception(at)
    assert [c.placeholder for c in at.bottom.chat_input] == ["Bottom"]
    assert [c.placeholder for c in at.main.chat_input] == ["Inline"]
    assert [c.placeholder for c in at.sidebar.chat_input] == ["Side"]


def test_on_submit_runs_before_the_script_with_the_message_in_state() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        def sent(tag):
            st.session_state.log = f"{tag}:{st.session_state.box}"
        st.chat_input("Say", key="box", on_submit=sent, args=("cb",))
        st.write(st.session_state.get("log", "none"))
    """).run()
    at.chat_input(key="box").set_value("hi").run()
    no_exception(at)
    assert at.markdown[0].value == "cb:hi"
    assert at.chat_input(key="box").value == "hi"  # what the run saw, as Streamlit's AppTest
    assert at.session_state["box"] is None  # a message lasts one run: None once it ended
    at.run()
    assert at.session_state["box"] is None and at.chat_input(key="box").value is None


SET_VALUE = """
import streamlit as st
if st.button("Set Value"):
    st.session_state.chat_input = "Hello, world!"
st.chat_input(key="chat_input")
st.write("Chat input value:", st.session_state.chat_input)
"""


def test_text_set_in_session_state_goes_into_the_box_unsent() -> None:
    """st.chat_input's docstring example 4, as Streamlit 1.67 runs it: no error, the text
    is the box's draft, and the key and the return value stay None until it is sent."""
    at = AppTest.from_string(SET_VALUE).run()
    at.button[0].click().run()
    no_exception(at)
    assert at.markdown[0].value == "Chat input value: `None`"
    assert at.session_state["chat_input"] is None
    assert at.chat_input[0]._element.prop("draft") == "Hello, world!"
    at.chat_input(key="chat_input").set_value("Hello, world!").run()
    assert at.markdown[0].value == "Chat input value: Hello, world!"
    at.run()
    assert at.chat_input[0]._element.prop("set_by_code") == 0


def test_a_chat_input_still_refuses_a_value_that_is_not_text() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.session_state.box = 5
        st.chat_input(key="box")
    """).run()
    assert "is read-only and cannot be assigned through session state" in at.exception[0].value


def test_max_chars_disabled_and_errors() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        v = st.chat_input("Short", max_chars=3, key="s")
        st.chat_input("Off", disabled=True, key="off")
        st.write(repr(v))
    """).run()
    at.chat_input(key="s").set_value("abcdef").run()
    assert at.markdown[0].value == "'abc'"
    try:
        at.chat_input(key="off").set_value("x")
    except ValueError as exc:
        assert "disabled" in str(exc)
    else:
        raise AssertionError("a disabled chat input accepted a message")
    for call, words in [
        ("st.chat_message(None)", "The `name` parameter is required."),
        ("st.chat_input('x', accept_audio=True, audio_sample_rate=5)", "audio_sample_rate=5"),
        ("st.chat_input('x', accept_audio='yes')", "accept_audio='yes' must be True or False"),
        ("st.chat_input('x', accept_file='many')", "accept_file"),
        ("st.chat_input('x', max_chars=-1)", "max_chars"),
        ("st.chat_input('x', width='content')", "Invalid width value: 'content'"),  # as 1.67
        ("with st.form('f'):\n    st.chat_input('x')", "`st.chat_input()` can't be used in an `st.form()`"),
    ]:
        at = AppTest.from_string("import rerunqt as st\n" + call).run()
        assert at.exception and words in at.exception[0].message, (call, at.exception)


def test_a_chat_message_with_an_empty_name_is_drawn_as_in_streamlit() -> None:
    """Streamlit draws st.chat_message("") (a role read from data may be empty), with no
    letter in its avatar; rerunqt raised "needs a name"."""
    at = AppTest.from_string("import rerunqt as st\nst.chat_message('').write('hi')\n").run()
    no_exception(at)
    assert (at.chat_message[0].name, at.chat_message[0].avatar) == ("", "")
    assert at.chat_message[0].markdown[0].value == "hi"


def test_chat_input_max_chars_0_is_no_limit_as_in_streamlit() -> None:
    """Streamlit 1.67 takes max_chars=0 as no limit; rerunqt raised."""
    at = AppTest.from_string("import rerunqt as st\nst.write(repr(st.chat_input('x', max_chars=0)))\n").run()
    assert not at.exception, at.exception
    at.chat_input[0].set_value("y" * 300).run()
    assert at.markdown[0].value == repr("y" * 300)


def test_accept_file_returns_text_and_files() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        v = st.chat_input("Attach", accept_file="multiple", file_type=["txt"], key="c")
        if v:
            st.write(f"{v.text} {[f.name for f in v.files]} {v['files'][0].read().decode()}")
    """).run()
    at.chat_input(key="c").set_value(("see", [("a.txt", b"alpha"), ("b.txt", b"beta")])).run()
    no_exception(at)
    value = at.chat_input(key="c").value  # the run's message (session state: None again)
    assert isinstance(value, ChatInputValue) and value.text == "see"
    assert all(isinstance(f, UploadedFile) for f in value.files)
    assert "alpha" in at.markdown[0].value and "['a.txt', 'b.txt']" in at.markdown[0].value


def test_a_chat_input_value_holds_only_the_parts_its_input_accepts() -> None:
    """Streamlit's ChatInputValue: "files" only with accept_file, "audio" only with
    accept_audio, so st.write(value) and repr(value) show what Streamlit shows."""
    at = AppTest.from_string("""
        import rerunqt as st
        v = st.chat_input("Attach", accept_file=True)
        if v is not None:
            st.text(repr(v))
            st.text(f"{sorted(v)} {hasattr(v, 'files')} {hasattr(v, 'audio')}")
            st.write(v)
    """).run()
    at.chat_input[0].set_value("hi").run()
    no_exception(at)
    assert at.text.values == ["ChatInputValue(text='hi', files=[])", "['files', 'text'] True False"]
    assert at.json[0].value == '{"text": "hi", "files": []}'


def test_streamlit_typing_exports_the_chat_input_value_and_uploaded_file() -> None:
    """ChatInputValue's docstring: "To use this type in an annotation, import it from
    streamlit.typing"; the import failed."""
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.typing import ChatInputValue, UploadedFile
        v = st.chat_input("Attach", accept_file=True)
        if v is not None:
            st.text(f"{isinstance(v, ChatInputValue)} {all(isinstance(f, UploadedFile) for f in v.files)}")
    """).run()
    at.chat_input[0].set_value(("see", [("a.txt", b"alpha")])).run()
    no_exception(at)
    assert at.text.values == ["True True"]


def test_avatars_follow_the_name() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.chat_message("human").write("h")
        st.chat_message("ai").write("a")
        st.chat_message("Zoe").write("z")
        st.chat_message("bot", avatar="🦜").write("p")
    """).run()
    # Streamlit's AppTest: "" for a name's default avatar (the window draws its letter)
    assert [m.avatar for m in at.chat_message] == ["user", "assistant", "", "🦜"]


def test_avatar_is_one_emoji_or_a_preset_as_in_streamlit() -> None:
    # A real app passed avatar="🧑💻" (two emoji, the joiner lost): Streamlit fails with
    # "Failed to load the provided avatar value as an image."; "ai"/"human" are its presets.
    at = AppTest.from_string("""
        import rerunqt as st
        st.chat_message("user", avatar="🧑\\u200d💻").write("coder")
        st.chat_message("bot", avatar="ai").write("a")
        st.chat_message("me", avatar="human").write("h")
        st.chat_message("flag", avatar="🇺🇸").write("f")
    """).run()
    no_exception(at)
    assert [m.avatar for m in at.chat_message] == ["🧑\u200d💻", "assistant", "user", "🇺🇸"]
    for bad in ["🧑💻", "🥑🥑", "AB", "Z", "★"]:
        at = AppTest.from_string(f"import rerunqt as st\nst.chat_message('user', avatar={bad!r})").run()
        assert at.exception and "neither one emoji" in at.exception[0].message, bad


def test_a_picture_avatar_is_taken_as_streamlit_takes_it() -> None:
    """Streamlit's e2e st_chat_message app passes PIL images and numpy pixels as avatars;
    rerunqt stopped the script there. AppTest lists a picture as a media URL, as Streamlit."""
    at = AppTest.from_string("""
        import numpy as np
        from PIL import Image
        import rerunqt as st
        st.chat_message("user", avatar=Image.new("RGB", (10, 255), "red")).write("Red")
        st.chat_message("bot", avatar=np.zeros((8, 8, 3), dtype=np.uint8)).write("Black")
        st.write("after")
    """).run()
    no_exception(at)
    assert [m.markdown[0].value for m in at.chat_message] == ["Red", "Black"]
    assert all(m.avatar.startswith("/mock/media/") and m.avatar.endswith(".jpg")
               for m in at.chat_message)
    assert at.markdown[-1].value == "after"
    at = AppTest.from_string("import rerunqt as st\nst.chat_message('user', avatar=3.5)").run()
    assert at.exception and "Failed to load the provided avatar" in at.exception[0].message


def test_a_message_sent_to_a_run_that_raised_is_gone_after_the_next_run() -> None:
    """Snowflake's Arctic chat app raises while answering (a NameError in its generator).
    The next run's script got None from st.chat_input, but AppTest still read the message
    as the box's value (and a button's click as True): Streamlit reads None (False) there."""
    at = AppTest.from_string("""
import rerunqt as st
said = st.chat_input("Say")
clicked = st.button("Go")
st.text(repr((said, clicked)))
if said or clicked:
    raise NameError("get_num_token")
""").run()
    at.chat_input[0].set_value("hi").run()
    assert at.exception and at.chat_input[0].value == "hi"  # kept after the error, as in Streamlit
    at.run()
    assert at.text[0].value == "(None, False)"
    assert at.chat_input[0].value is None
    at.button[0].click().run()
    assert at.button[0].value is True
    at.run()
    assert at.text[0].value == "(None, False)" and at.button[0].value is False


def test_apptest_reads_a_drafted_chat_message_as_its_value_as_streamlit_does() -> None:
    """Session state puts text in the box (a draft, not sent): the script gets None, and
    Streamlit's AppTest reads the draft as ``.value`` until a message is sent."""
    at = AppTest.from_string("""
import rerunqt as st
if "chat_key" not in st.session_state:
    st.session_state.chat_key = "I would like to "
st.text(repr(st.chat_input("Say something", key="chat_key")))
""").run()
    assert at.chat_input[0].value == "I would like to " and at.text[0].value == "None"
    at.chat_input[0].set_value("hello").run()
    assert at.chat_input[0].value == "hello" and at.text[0].value == "'hello'"
    at.run()
    assert at.chat_input[0].value is None


def test_a_web_avatar_is_kept_and_runs_on() -> None:
    """Streamlit takes an image URL as an avatar; it stopped the script here."""
    at = AppTest.from_string("""
        import rerunqt as st
        st.chat_message("dog", avatar="https://example.org/dog.jpg").write("Woof")
        st.write("after")
    """).run()
    no_exception(at)
    assert at.chat_message[0].avatar == "https://example.org/dog.jpg"
    assert [m.value for m in at.markdown] == ["Woof", "after"]

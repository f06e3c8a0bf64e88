"""A fragment writing into containers created outside it (Streamlit 1.67's rule).

What the fragment writes into an outside container (an st.empty(), an st.container(),
a column, st.sidebar, an element's handle) is its part of that container: a fragment
rerun redraws the part in place, replacing what the fragment drew there before (nothing
accumulates), and leaves whatever the script wrote around it alone. Widgets drawn there
rerun the fragment, not the script.
"""

from __future__ import annotations

from typing import Any

import pytest

from rerunqt.testing import AppTest
from rerunqt.testing.blocks import BlockView


def words(block: Any) -> list[str]:
    """The text of every text, markdown and title inside ``block``, depth first."""
    out = []
    for child in block.children.values():
        if isinstance(child, BlockView):
            out.extend(words(child))
        elif child.type in ("text", "markdown", "title"):
            out.append(child.value)
    return out


EMPTY = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.text(f"full {st.session_state.full}")
ph = st.empty()

@st.fragment
def f():
    st.session_state.n = st.session_state.get("n", 0) + 1
    ph.write(f"x {st.session_state.n}")
    st.button("go")

f()
st.text("after")
"""


def test_a_fragment_rerun_redraws_what_it_wrote_into_an_outside_empty() -> None:
    at = AppTest.from_string(EMPTY).run()
    placeholder = at.empty[0]
    assert placeholder.type == "empty" and words(placeholder) == ["x 1"]
    for n in (2, 3, 4):
        at.button[0].click().run()
        assert not at.exception
        placeholder = at.empty[0]
        assert words(placeholder) == [f"x {n}"]  # replaced, not accumulated
        assert [t.value for t in at.text] == ["full 1", "after"]  # the script did not run
    assert len(at.main.children) == 4  # full text, the empty, the fragment, "after"


CONTAINER = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
c = st.container()
c.text(f"header {st.session_state.full}")

@st.fragment
def f():
    st.session_state.n = st.session_state.get("n", 0) + 1
    c.text(f"frag {st.session_state.n}")
    if st.session_state.n % 2:
        c.text("odd")
    st.button("go")

f()
c.text("footer")
st.text("page end")
"""


def test_an_outside_container_keeps_the_script_s_elements_around_the_fragment_s() -> None:
    at = AppTest.from_string(CONTAINER).run()
    assert words(at.main.children[0]) == ["header 1", "frag 1", "odd", "footer"]
    at.button[0].click().run()
    assert not at.exception
    assert words(at.main.children[0]) == ["header 1", "frag 2", "footer"]
    at.button[0].click().run()
    assert words(at.main.children[0]) == ["header 1", "frag 3", "odd", "footer"]
    assert words(at.main) == ["header 1", "frag 3", "odd", "footer", "page end"]
    header = at.main.children[0].children[0]
    assert header.value == "header 1"  # the script's own elements are untouched
    at.button[0].click().run()
    assert words(at.main.children[0]) == ["header 1", "frag 4", "footer"]
    assert at.session_state.full == 1


def test_a_full_rerun_draws_the_outside_container_afresh() -> None:
    at = AppTest.from_string(CONTAINER).run()
    at.button[0].click().run()
    at.run()  # the whole script
    assert words(at.main.children[0]) == ["header 2", "frag 3", "odd", "footer"]
    at.button[0].click().run()
    assert words(at.main.children[0]) == ["header 2", "frag 4", "footer"]


SIDEBAR = """
import rerunqt as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.sidebar.text("sidebar top")

@st.fragment
def f():
    st.session_state.n = st.session_state.get("n", 0) + 1
    st.sidebar.write(f"side {st.session_state.n}")
    st.sidebar.button("sb")
    st.button("go")

f()
st.sidebar.text("sidebar bottom")
"""


def test_sidebar_writes_from_a_fragment_are_redrawn_on_a_fragment_rerun() -> None:
    at = AppTest.from_string(SIDEBAR).run()
    assert words(at.sidebar) == ["sidebar top", "side 1", "sidebar bottom"]
    at.main.button[0].click().run()
    assert not at.exception
    assert words(at.sidebar) == ["sidebar top", "side 2", "sidebar bottom"]
    assert [b.label for b in at.sidebar.button] == ["sb"]


def test_a_fragment_s_widget_in_the_sidebar_reruns_only_the_fragment() -> None:
    at = AppTest.from_string(SIDEBAR).run()
    at.sidebar.button[0].click().run()
    assert not at.exception
    assert words(at.sidebar) == ["sidebar top", "side 2", "sidebar bottom"]
    at.sidebar.button[0].click().run()
    assert words(at.sidebar) == ["sidebar top", "side 3", "sidebar bottom"]
    assert at.session_state.full == 1  # the script did not run


def test_the_brief_s_sidebar_script() -> None:
    at = AppTest.from_string("""
        import rerunqt as st

        @st.fragment
        def f():
            st.session_state.n = st.session_state.get("n", 0) + 1
            st.sidebar.write(f"side {st.session_state.n}")
            st.sidebar.button("sb"); st.button("go")

        f()
    """).run()
    at.main.button[0].click().run()
    assert [m.value for m in at.sidebar.markdown] == ["side 2"]
    at.sidebar.button[0].click().run()
    assert [m.value for m in at.sidebar.markdown] == ["side 3"]


def test_with_blocks_of_outside_containers_inside_a_fragment() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        left, right = st.columns(2)
        left.text("left")

        @st.fragment
        def f():
            n = st.session_state.n = st.session_state.get("n", 0) + 1
            with right:
                st.text(f"right {n}")
                inner = st.container()
            inner.text(f"inner {n}")
            with st.sidebar:
                st.text(f"side {n}")
            st.text(f"body {n}")
            st.button("go")

        f()
        right.text("right end")
    """).run()
    left, right = at.columns
    assert words(right) == ["right 1", "inner 1", "right end"]
    for n in (2, 3):
        at.button[0].click().run()
        assert not at.exception
        left, right = at.columns
        assert words(left) == ["left"]
        assert words(right) == [f"right {n}", f"inner {n}", "right end"]
        assert words(at.sidebar) == [f"side {n}"]
        assert [t.value for t in at.main.text] == ["left", f"right {n}", f"inner {n}",
                                                   "right end", f"body {n}"]


def test_an_element_handle_from_outside_is_replaced_in_place() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        st.text("top")
        note = st.text("waiting")
        st.text("bottom")

        @st.fragment
        def f():
            n = st.session_state.n = st.session_state.get("n", 0) + 1
            note.text(f"note {n}")
            st.button("go")

        f()
    """).run()
    assert [t.value for t in at.text] == ["top", "note 1", "bottom"]
    at.button[0].click().run()
    assert not at.exception
    assert [t.value for t in at.text] == ["top", "note 2", "bottom"]


def test_a_first_write_outside_in_a_fragment_rerun_is_an_error_that_says_why() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        c = st.container()
        c.text("kept")

        @st.fragment
        def f():
            st.text("body")
            if st.button("go"):
                c.text("late")

        f()
    """).run()
    at.button[0].click().run()
    message = at.exception[0].message
    assert message.startswith(  # Streamlit 1.67's error and words
        "A fragment tried to write to a container created outside it, but the fragment did "
        "not write to that container during the last full app run, so Streamlit could not "
        "reserve a stable position for it.\n\n")
    assert "`with outside_container: st.empty()`" in message
    assert at.exception[0].exc_type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert words(at.main.children[0]) == ["kept"]
    assert [t.value for t in at.text] == ["kept", "body"]  # the error is in the fragment


def test_an_outside_container_kept_from_an_earlier_full_run_is_still_an_error() -> None:
    at = AppTest.from_string("""
        import rerunqt as st
        if "box" not in st.session_state:
            st.session_state.box = st.container()
        st.session_state.box.text("again")
    """).run()
    at.run()
    assert "earlier run of the script" in at.exception[0].message


def cats_app(shape: str) -> str:
    """The docs tutorial "Create a fragment across multiple containers" (no sleeps).

    ``empty``: the tutorial for Streamlit 1.37 (each fragment gets st.empty() cards and
    writes into a container inside each). ``direct``: the 1.59+ tutorial's shape, where
    the fragments write straight into the grid's containers.
    """
    if shape == "empty":
        cards = ("    container_a = card_a.container()\n"
                 "    container_b = card_b.container()\n"
                 "    container_c = card_c.container()")
        black = "herd_black_cats(grid[0].empty(), grid[2].empty(), grid[4].empty())"
        orange = "herd_orange_cats(grid[1].empty(), grid[3].empty(), grid[5].empty())"
    else:
        cards = "    container_a, container_b, container_c = card_a, card_b, card_c"
        black = "herd_black_cats(grid[0], grid[2], grid[4])"
        orange = "herd_orange_cats(grid[1], grid[3], grid[5])"
    return f"""
import rerunqt as st

st.title("Cats!")
st.session_state.full = st.session_state.get("full", 0) + 1

row1 = st.columns(3)
row2 = st.columns(3)

grid = [col.container(height=200) for col in row1 + row2]


def cats(colour):
    n = st.session_state[colour] = st.session_state.get(colour, 0) + 1
    st.title(f"{{colour}} cats {{n}}")
    st.markdown("paws")


def herd(card_a, card_b, card_c, colour):
{cards}
    with container_a:
        cats(colour)
    with container_b:
        cats(colour)
    with container_c:
        cats(colour)


@st.fragment
def herd_black_cats(card_a, card_b, card_c):
    st.button("Herd the black cats")
    herd(card_a, card_b, card_c, "black")


@st.fragment
def herd_orange_cats(card_a, card_b, card_c):
    st.button("Herd the orange cats")
    herd(card_a, card_b, card_c, "orange")


with st.sidebar:
    {black}
    {orange}
    st.button("Herd all the cats")
st.text(f"full {{st.session_state.full}}")
"""


def cards(at: AppTest) -> list[list[str]]:
    """What each of the six grid cards shows, in the tutorial's order (row by row)."""
    columns = at.columns
    return [words(column.children[0]) for column in columns]


def test_the_tutorial_fragment_across_multiple_containers() -> None:
    for shape in ("empty", "direct"):
        at = AppTest.from_string(cats_app(shape)).run()
        assert cards(at) == [["black cats 1", "paws"], ["orange cats 1", "paws"],
                             ["black cats 2", "paws"], ["orange cats 2", "paws"],
                             ["black cats 3", "paws"], ["orange cats 3", "paws"]], shape
        for rerun in (1, 2, 3):
            black = next(b for b in at.sidebar.button if b.label == "Herd the black cats")
            black.click().run()
            assert not at.exception, shape
            b = 3 + 3 * rerun  # the black counter after this fragment rerun
            assert cards(at) == [[f"black cats {b - 2}", "paws"], ["orange cats 1", "paws"],
                                 [f"black cats {b - 1}", "paws"], ["orange cats 2", "paws"],
                                 [f"black cats {b}", "paws"], ["orange cats 3", "paws"]], shape
            assert at.title[0].value == "Cats!"
            assert [t.value for t in at.text] == ["full 1"]  # the script did not run
        orange = next(b for b in at.sidebar.button if b.label == "Herd the orange cats")
        orange.click().run()
        assert cards(at) == [["black cats 10", "paws"], ["orange cats 4", "paws"],
                             ["black cats 11", "paws"], ["orange cats 5", "paws"],
                             ["black cats 12", "paws"], ["orange cats 6", "paws"]], shape
        everything = next(b for b in at.sidebar.button if b.label == "Herd all the cats")
        everything.click().run()
        assert [t.value for t in at.text] == ["full 2"]
        assert cards(at) == [["black cats 13", "paws"], ["orange cats 7", "paws"],
                             ["black cats 14", "paws"], ["orange cats 8", "paws"],
                             ["black cats 15", "paws"], ["orange cats 9", "paws"]], shape
        assert [b.label for b in at.sidebar.button] == [
            "Herd the black cats", "Herd the orange cats", "Herd all the cats"]


@pytest.mark.parametrize(("every", "seconds"), [
    ("1.5 days", 129600.0), ("1h23s", 3623.0), ("2 seconds", 2.0), ("10 min", 600.0),
    ("500ms", 0.5), ("5s", 5.0), (3, 3.0)])
def test_run_every_takes_the_durations_pandas_timedelta_reads(every: object, seconds: float) -> None:
    from rerunqt.core.fragments import _seconds

    assert _seconds(every) == seconds


def test_a_part_reads_as_streamlits_transparent_block() -> None:
    """Streamlit 1.67's AppTest types the wrapper it opens for such writes "transparent"."""
    at = AppTest.from_string("""
import rerunqt as st
@st.fragment
def f():
    st.write("inside")
    with st.sidebar:
        st.write("side")
f()
""").run()
    [part] = at.sidebar.children.values()
    assert part.type == "transparent" and words(part) == ["side"]
    assert at.main.children[0].type == "flex_container"  # the fragment's own container

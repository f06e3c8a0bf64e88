"""RunContext.live_tree: the page a run has drawn so far, as another thread sees it."""

from __future__ import annotations

from rerunqt.core.context import RunContext, activated
from rerunqt.core.state import SessionState


def test_live_tree_shows_appends_and_open_containers_without_writing() -> None:
    ctx = RunContext(SessionState())
    ctx.add_static("text", (("body", "a"),))
    box = ctx.open_container("container", None, ())
    ctx.enter(box)
    ctx.add_static("text", (("body", "inside"),))
    assert ctx.generation == 3
    live = ctx.live_tree()
    assert [e.kind for e in live] == ["text", "container"]
    assert live[1].children[0].props == (("body", "inside"),)
    assert ctx.root.by_key.get(box.key) is None  # a peek stores nothing for the next run
    ctx.leave(box)
    assert ctx.tree()[1] == live[1]


def test_a_single_slot_is_replaced_in_one_step() -> None:
    ctx = RunContext(SessionState())
    slot = ctx.open_container("empty", None, (), single=True)
    ctx.enter(slot)
    for i in range(3):
        ctx.add_static("text", (("body", str(i)),))
        (box,) = ctx.live_tree()
        assert [e.props for e in box.children] == [(("body", str(i)),)]
    ctx.add_widget("button", "w1", ())
    assert [e.key for e in ctx.live_tree()[0].children] == ["w1"]


def test_the_live_tree_follows_the_sidebar_root() -> None:
    import rerunqt as st

    ctx = RunContext(SessionState())
    with activated(ctx):
        st.text("page")
        st.sidebar.text("side")
    assert [e.kind for e in ctx.live_tree()] == ["text", "sidebar"]
    assert ctx.live_tree() == ctx.tree()

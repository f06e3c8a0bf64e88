"""The reconciler, asserted on ops with no widgets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rerunqt.core.element import Element
from rerunqt.reconcile import Create, Move, Remove, Update, diff, merge_partial


def text(n: int, body: str = "t") -> Element:
    return Element("text", ("text", n), (("body", body),))


def box(key: str, value: bool = False) -> Element:
    return Element("checkbox", key, (("label", key), ("value", value)))


def test_identical_trees_give_no_ops() -> None:
    tree = (text(0), box("a"), text(1))
    assert diff(tree, tuple(tree)) == []


def test_changed_value_is_one_update_of_that_prop() -> None:
    old = (text(0), box("a"), text(1))
    new = (text(0), box("a", True), text(1))
    assert [repr(op) for op in diff(old, new)] == ["Update(('a',) ['value'])"]


def test_line_inserted_above_a_widget_does_not_recreate_it() -> None:
    old = (box("field"),)
    new = (Element("markdown", ("markdown", 0), (("body", "new"),)), box("field"))
    ops = diff(old, new)
    assert ops == [Create((), 0, new[0])]


def test_removed_element_is_removed_and_others_untouched() -> None:
    old = (box("a"), box("b"), box("c"))
    new = (box("a"), box("c"))
    assert diff(old, new) == [Remove(("b",), old[1])]


def test_reordered_widgets_move_instead_of_being_recreated() -> None:
    old = (box("a"), box("b"), box("c"))
    new = (box("c"), box("a"), box("b"))
    ops = diff(old, new)
    assert ops == [Move((), 0, ("c",))]


def test_same_key_with_another_kind_is_recreated() -> None:
    old = (box("x"),)
    new = (Element("text_input", "x", (("label", "x"), ("value", ""))),)
    ops = diff(old, new)
    assert [type(op) for op in ops] == [Remove, Create]


def test_stale_flag_change_is_an_update() -> None:
    old = (text(0),)
    new = (text(0)._replace(stale=True),)
    [op] = diff(old, new)
    assert isinstance(op, Update) and op.changed == {"stale"}


def test_children_are_diffed_inside_their_container() -> None:
    old = (Element("form", "f", (), (box("a"), box("b"))),)
    new = (Element("form", "f", (), (box("a", True), box("b"))),)
    assert [repr(op) for op in diff(old, new)] == ["Update(('f', 'a') ['value'])"]


def test_merge_partial_keeps_unreached_elements_as_stale() -> None:
    shown = (box("a"), text(0, "old"), box("b"))
    partial = (box("a", True),)
    merged = merge_partial(shown, partial)
    assert merged == (box("a", True), text(0, "old")._replace(stale=True), box("b")._replace(stale=True))


def test_merge_partial_shows_a_reached_empty_slot_as_it_is_now() -> None:
    """An ended spinner's slot (or a cleared st.empty()) drops its old content at once;
    another container reached keeps its unreached children, stale."""
    spinner = Element("spinner", ("spinner", 0), (("text", "Loading..."),))
    shown = (Element("empty", ("empty", 0), (("transient", True),), (spinner,)),
             Element("container", ("container", 0), (), (text(0, "old"),)))
    partial = (Element("empty", ("empty", 0), (("transient", True),)),
               Element("container", ("container", 0), ()))
    merged = merge_partial(shown, partial)
    assert merged[0].children == ()
    assert merged[1].children == (text(0, "old")._replace(stale=True),)


def _apply(old: tuple[Element, ...], ops: list) -> tuple[Element, ...]:
    """A model renderer: applies ops to a list, to check diff's ops reach the new tree."""
    page = list(old)
    moved = {op.path[-1] for op in ops if isinstance(op, Move)}
    detached = {e.key: e for e in page if e.key in moved}
    page = [e for e in page if e.key not in moved]
    for op in ops:
        if isinstance(op, Remove):
            page = [e for e in page if e.key != op.path[-1]]
        elif isinstance(op, Create):
            page.insert(op.position, op.element)
        elif isinstance(op, Move):
            page.insert(op.position, detached[op.path[-1]])
        elif isinstance(op, Update):
            page = [op.new if e.key == op.path[-1] else e for e in page]
    return tuple(page)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from("abcdefg"), unique=True),
    st.lists(st.sampled_from("abcdefg"), unique=True),
    st.lists(st.booleans(), min_size=7, max_size=7),
)
def test_applying_the_ops_always_yields_the_new_tree(old_keys, new_keys, values) -> None:
    old = tuple(box(k) for k in old_keys)
    new = tuple(box(k, values["abcdefg".index(k)]) for k in new_keys)
    ops = diff(old, new)
    assert _apply(old, ops) == new
    created = {op.element.key for op in ops if isinstance(op, Create)}
    assert created == set(new_keys) - set(old_keys)  # nothing kept is ever re-created

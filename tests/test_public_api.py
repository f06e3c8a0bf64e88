"""The public API, the adapters and AppTest's accessors cover the same element kinds."""

from __future__ import annotations

import rerunqt
from rerunqt.testing.apptest import CONTAINER_KINDS, STATIC_KINDS, WIDGET_KINDS

ELEMENT_FUNCTIONS = set(STATIC_KINDS) | set(WIDGET_KINDS) | set(CONTAINER_KINDS)


def test_all_lists_exactly_the_public_names() -> None:
    assert sorted(rerunqt.__all__) == sorted(
        ELEMENT_FUNCTIONS | {"__version__", "write", "session_state", "rerun", "stop", "id_scope"}
    )
    for name in rerunqt.__all__:
        assert hasattr(rerunqt, name), name


def test_every_element_kind_has_an_adapter_and_an_accessor(qapp) -> None:
    from rerunqt.qt.adapters import ADAPTERS
    from rerunqt.testing import AppTest

    assert set(ADAPTERS) == ELEMENT_FUNCTIONS
    at = AppTest.from_string("import rerunqt as st")
    for kind in ELEMENT_FUNCTIONS:
        assert len(getattr(at, kind)) == 0

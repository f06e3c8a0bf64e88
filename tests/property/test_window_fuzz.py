"""The seeded window fuzz (window_fuzz.py), short for CI.

``RERUNQT_WINDOW_FUZZ_EVENTS`` sets the number of events (default 200) and
``RERUNQT_FUZZ_SEED`` the seed (default: seeds 1 and 2); benchmarks/soak.py runs the
same fuzz for ~20,000 reruns.
"""

from __future__ import annotations

import os

import pytest
from fuzz_app import write_app
from window_fuzz import WindowFuzz

pytestmark = pytest.mark.qt

EVENTS = int(os.environ.get("RERUNQT_WINDOW_FUZZ_EVENTS", "200"))
SEEDS = [int(os.environ["RERUNQT_FUZZ_SEED"])] if "RERUNQT_FUZZ_SEED" in os.environ else [1, 2]


@pytest.mark.parametrize("seed", SEEDS)
def test_random_events_keep_window_state_and_callbacks_in_step(rerunqt_pilot, tmp_path, seed) -> None:
    pilot = rerunqt_pilot(write_app(tmp_path), timeout_ms=10000)
    fuzz = WindowFuzz(pilot, seed)
    fuzz.check([])
    fuzz.run(EVENTS)
    assert fuzz.events == EVENTS

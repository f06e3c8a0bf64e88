"""``python -m rerunqt`` does what the ``rerunqt`` command does."""

from __future__ import annotations

from rerunqt.cli import main

raise SystemExit(main())

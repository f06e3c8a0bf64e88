"""Print the README's compatibility table (Markdown) of Streamlit 1.67's public names.

    python scripts/compat_table.py [streamlit-1.67-api.json]

Without an argument it reads the names the compatibility tests use
(tests/compat/streamlit_1_67_names.json).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rerunqt.compat.table import markdown_table

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "compat" / "streamlit_1_67_names.json"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    raw = json.loads(path.read_text(encoding="utf-8"))
    names = {name: entry["kind"] if isinstance(entry, dict) else str(entry)
             for name, entry in raw.items() if not isinstance(entry, list)}
    sys.stdout.write(markdown_table(names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

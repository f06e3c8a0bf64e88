"""``rerunqt state show SCRIPT`` and ``rerunqt state clear SCRIPT``: the saved session state.

With ``[state] persist = true`` a script's session state is kept in one JSON file in
the app-data folder (rerunqt/core/persist); these commands show or delete it without
opening the app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from rerunqt.core.persist import codec, files

USAGE = "usage: rerunqt state {show,clear} SCRIPT"


def state_command(argv: Sequence[str], out: TextIO | None = None,
                  err: TextIO | None = None) -> int:
    """Run ``rerunqt state ...`` (``argv`` is what follows ``state``); the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    if len(argv) != 2 or argv[0] not in ("show", "clear"):
        print(f"{USAGE}\n  show: print the values saved for SCRIPT\n"
              "  clear: delete them (the app starts fresh)", file=err)
        return 0 if list(argv)[:1] in (["-h"], ["--help"]) else 2
    action, script = argv
    path = files.state_path(Path(script))
    if action == "clear":
        if files.remove(path):
            print(f"removed the saved session state of {script} ({path})", file=out)
        else:
            print(f"no saved session state for {script} (it would be {path})", file=out)
        return 0
    if not path.exists():
        print(f"no saved session state for {script} (it would be {path})", file=out)
        return 0
    document = files.read_document(path)
    if document is None:
        print(f"rerunqt: error: the saved session state {path} was unreadable and has been "
              "moved aside", file=err)
        return 1
    values = document["values"]
    print(f"# {path}: {len(values)} value(s) saved for {document.get('script', script)}",
          file=out)
    for key, data in values.items():
        try:
            shown = repr(codec.decode(data))
        except (ValueError, TypeError, KeyError, ArithmeticError) as exc:
            shown = f"<unreadable: {exc}>"
        print(f"{key} = {shown}", file=out)
    return 0

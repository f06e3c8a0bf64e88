"""A 1000-element page spread over 5 tabs and 10 expanders, against the same page flat.

    python benchmarks/layout.py [--runs 40] [--size 1000]

Both windows are open side by side and rerun in alternation (one checkbox click each),
so both see the same machine state; prints median / p90 ms and the ratio spread/flat.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rerun import ROW, SCRIPT, stats, time_pair
from scratch import scratch_folder

SPREAD = '''\
import rerunqt as st
flag = st.checkbox("Toggle", key="toggle")
tabs = st.tabs([f"Tab {{t}}" for t in range(5)])
per_box = {rows} // 10
for box in range(10):
    with tabs[box // 2], st.expander(f"Box {{box}}", expanded=True):
        for i in range(box * per_box, (box + 1) * per_box):
''' + textwrap.indent(ROW, "            ") + '''\
st.write("Toggle is", flag)
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args()
    folder = scratch_folder()
    flat = folder / "flat.py"
    flat.write_text(SCRIPT.format(rows=args.size - 2))
    spread = folder / "spread.py"
    spread.write_text(SPREAD.format(rows=args.size - 17))  # 15 containers + 2 elements
    flat_times, spread_times = time_pair(flat, spread, args.runs)
    (f_med, f_90), (s_med, s_90) = stats(flat_times), stats(spread_times)
    print(f"median / p90 ms per rerun, {args.size} elements, alternating ({args.runs} each)")
    print(f"flat   {f_med:7.2f} / {f_90:7.2f}")
    print(f"spread {s_med:7.2f} / {s_90:7.2f}   (5 tabs, 10 expanders)")
    print(f"spread/flat {s_med / f_med:5.2f}x")


if __name__ == "__main__":
    main()

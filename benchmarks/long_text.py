"""Time opening a text_area that holds one very long line, beside a baseline.

    python benchmarks/long_text.py [--chars 1000000] [--repeat 3]

Each case renders one text_area element through the real adapter into a shown page and
grabs it (so layout and the first paint are done), then does the same for a value one
character longer (an update in place, as after a keystroke commit):

* one line       N characters with no whitespace (a minified file, a base64 blob)
* words          N characters of short words on one line
* baseline       N characters in lines of 80 (what a text area usually holds)

Prints the median time in ms per case and its ratio to the baseline, all in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from rerunqt.core.element import Element
from rerunqt.qt.adapters import Host
from rerunqt.qt.renderer import Renderer


def element(text: str) -> Element:
    props = (("label", "A"), ("value", text), ("disabled", False), ("help", None),
             ("label_visibility", "visible"), ("set_by_code", 0), ("placeholder", None),
             ("max_chars", None), ("height", None))
    return Element("text_area", "area", props)


def open_time(text: str) -> tuple[float, float]:
    """(ms to open a page showing ``text``, ms to update it to ``text + 'x'``)."""
    page = QWidget()
    page.resize(700, 400)
    renderer = Renderer(QVBoxLayout(page), Host(lambda event: None))
    start = time.perf_counter()
    renderer.render((element(text),))
    page.show()
    QApplication.processEvents()
    page.grab()
    opened = time.perf_counter()
    renderer.render((element(text + "x"),))
    QApplication.processEvents()
    page.grab()
    updated = time.perf_counter()
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    if renderer.failures:
        raise SystemExit(f"the adapter failed: {renderer.failures}")
    return (opened - start) * 1000, (updated - opened) * 1000


def cases(n: int) -> dict[str, Callable[[], str]]:
    return {
        "baseline": lambda: "\n".join("y" * 79 for _ in range(n // 80 + 1))[:n],
        "one line": lambda: "x" * n,
        "words": lambda: ("word " * (n // 5 + 1))[:n],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    QApplication.instance() or QApplication(sys.argv[:1])
    results: dict[str, list[tuple[float, float]]] = {}
    for _ in range(args.repeat):  # interleaved, so drift affects every case alike
        for name, make in cases(args.chars).items():
            results.setdefault(name, []).append(open_time(make()))
    base_open = statistics.median(r[0] for r in results["baseline"])
    base_update = statistics.median(r[1] for r in results["baseline"])
    print(f"text_area, {args.chars:,} characters, median of {args.repeat}")
    print(f"{'case':<10} {'open ms':>10} {'x base':>8} {'update ms':>10} {'x base':>8}")
    for name, runs in results.items():
        opened = statistics.median(r[0] for r in runs)
        updated = statistics.median(r[1] for r in runs)
        print(f"{name:<10} {opened:>10.1f} {opened / base_open:>8.2f} "
              f"{updated:>10.1f} {updated / base_update:>8.2f}")


if __name__ == "__main__":
    main()

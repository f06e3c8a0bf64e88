"""The Qt front end: the only package that imports PySide6."""

import PySide6.QtCore  # noqa: F401  (loads PySide6's import check, replaced below)

from rerunqt.qt import feature_scan

feature_scan.install()

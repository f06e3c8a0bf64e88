"""``rerunqt package app.py``: a desktop bundle of an app that runs without Python.

command.py checks the command line, analysis.py finds what the script imports,
build.py stages the files and runs PyInstaller (the ``package`` extra) with the spec
from spec.py, leaving out the Qt parts in qt_parts.py. Inside the bundle, runtime.py is
the entry and pilot.py lets tests drive the frozen app with real clicks.
"""

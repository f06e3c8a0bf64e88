"""``streamlit.web``: only what a self-launching script imports (``cli``, ``bootstrap``).

Scripts that start themselves with ``python app.py`` import ``streamlit.web.cli`` at the
top and call ``stcli.main()`` only when ``runtime.exists()`` is False; in a rerunqt run it
is True, so the import must work and the launcher is never used.
"""

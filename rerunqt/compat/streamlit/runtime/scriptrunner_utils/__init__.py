"""``streamlit.runtime.scriptrunner_utils``: see ``script_run_context``."""

"""Qt-free runner: rerun requests, the script runner and the session that owns them."""

"""What a script that called sys.exit() meant: argparse's complaint, if it was argparse."""

from __future__ import annotations


def argparse_message(exc: SystemExit) -> str | None:
    """The error argparse printed on the terminal before it exited, if it was argparse.

    ``ArgumentParser.exit(status, message)`` holds it in a local of its last frame.
    """
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return None
    frame = tb.tb_frame
    if frame.f_code.co_name != "exit" or not frame.f_code.co_filename.endswith("argparse.py"):
        return None
    message = frame.f_locals.get("message")
    if not isinstance(message, str):
        return None
    return message.strip().partition(": error: ")[2] or message.strip()

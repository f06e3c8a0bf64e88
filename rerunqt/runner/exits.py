"""What a script that called sys.exit() meant, said on the page (the app keeps running)."""

from __future__ import annotations

from typing import Any


def exit_props(exc: SystemExit, props_in: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    """An exit with a failure status: say that the script exited, and that the app did not."""
    status = exc.code
    props = dict(props_in)
    said = f"with status {status}" if isinstance(status, int) else f"saying {str(status)!r}"
    parser_message = argparse_message(exc)
    if parser_message:
        props["message"] = (
            f"The script exited {said}: argparse refused its command line "
            f"({parser_message}). The app keeps running: fix the script or its "
            f"arguments and rerun."
        )
    else:
        props["message"] = (
            f"The script exited {said} (sys.exit() or exit()). The app keeps running: "
            f"fix the script and rerun."
        )
    return tuple(props.items())


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

"""AppTest views of st.chat_input, st.menu_button and v2 components, with their actions.

``at.chat_input[0].set_value("hi").run()`` sends a message (``upload`` attaches files to
it first); ``at.menu_button[0].click(option)`` (or ``click_index``) picks an entry;
``at.get("bidi_component")[0].set_value({"value": 3})`` sets a component's state values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rerunqt.testing.elements import ElementView, LabelledOptions, Widget
from rerunqt.testing.errors import InvalidAction, disabled_error


class ChatInput(Widget):
    """Streamlit's AppTest ChatInput: ``set_value("hi").run()`` sends a message."""

    @property
    def value(self) -> Any:
        """The last message sent, else the text session state put in the box (a draft the
        user has not sent: Streamlit's AppTest reads it as the value too), else None."""
        sent = self._app._state_value(self.id, None)
        return sent if sent is not None else (self._element.prop("draft") or None)

    @property
    def label(self) -> str:
        return self._element.prop("placeholder")

    @property
    def file_type(self) -> list[str]:
        """The allowed extensions as a list ([".png"]), [] for any, as Streamlit's AppTest."""
        return list(self._element.prop("file_type") or ())

    @property
    def max_upload_size_mb(self) -> int:
        """The size limit of one file in megabytes (Streamlit's AppTest name)."""
        from rerunqt.core.files import MEGABYTE

        return int(self._element.prop("max_upload_size")) // MEGABYTE

    def _no_files(self) -> InvalidAction:
        key_part = f" (key={self.key!r})" if self.key else ""
        return InvalidAction(f"st.chat_input{key_part} does not accept files. Pass "
                             f"accept_file=True, 'multiple', or 'directory'.")

    def set_value(self, value: Any) -> ChatInput:
        if value is None:
            return self
        if self.disabled:
            raise disabled_error("chat_input", self.key)
        if isinstance(value, str):
            limit = self._element.prop("max_chars")
            text = value[:limit] if limit else value
            _, files, audio = self._queued()
            if files or audio:  # files uploaded for this message go with it
                self._queue((text, files, audio))
            else:
                self._app._submit(self.id, text)
        else:  # (text, files) when it accepts files; (text, files, audio) with a recording
            text, files, *audio = value
            from rerunqt.core.files import UploadedFile, as_files

            voice = audio[0] if audio else None
            if isinstance(voice, (bytes, bytearray)):
                voice = UploadedFile("audio.wav", bytes(voice), "audio/wav")
            recorded = () if voice is None else (voice.entry(),)
            self._app._submit(self.id, (text, tuple(f.entry() for f in as_files(files)), recorded))
        return self

    def upload(self, filename: str, content: bytes,
               mime_type: str = "application/octet-stream") -> ChatInput:
        """Attach a file to the message sent at the next ``run()`` (with the text given by
        ``set_value``, else ""): Streamlit's ``ChatInput.upload``. ``accept_file=True``
        keeps the last file, "multiple"/"directory" all of them."""
        from rerunqt.core.files import UploadedFile

        accept = self._element.prop("accept_file")
        if self.disabled:
            raise disabled_error("chat_input", self.key)
        if not accept:
            raise self._no_files()
        allowed = list(self._element.prop("file_type") or ())
        if allowed and not str(filename).lower().endswith(tuple(t.lower() for t in allowed)):
            # the front end would not offer the file (the run dropped the whole message)
            raise InvalidAction(f"Invalid file extension: `{Path(str(filename)).suffix}`. "
                                f"Allowed: {allowed}")
        text, files, audio = self._queued()
        entry = UploadedFile(filename, bytes(content), mime_type).entry()
        self._queue((text, (*files, entry) if accept in ("multiple", "directory") else (entry,),
                     audio))
        return self

    def clear(self) -> ChatInput:
        """Remove the files attached for the next ``run()``; the text stays."""
        if not self._element.prop("accept_file"):
            raise self._no_files()
        text, _, audio = self._queued()
        self._queue((text, (), audio))
        return self

    def _queued(self) -> tuple[str, tuple[Any, ...], tuple[Any, ...]]:
        """The message queued for the next run as (text, file entries, audio entries)."""
        for event in self._app._events:
            if event.widget_id == self.id and not event.click:
                value = event.value
                if isinstance(value, str):
                    return value, (), ()
                text, files, *audio = value
                return text, tuple(files), tuple(audio[0]) if audio else ()
        return "", (), ()

    def _queue(self, message: tuple[str, tuple[Any, ...], tuple[Any, ...]]) -> None:
        """Queue ``message``, in place of the one already queued (same run, same batch)."""
        events = self._app._events
        for index, event in enumerate(events):
            if event.widget_id == self.id and not event.click:
                events[index] = event._replace(value=message)
                return
        self._app._submit(self.id, message)


class MenuButton(LabelledOptions):
    """st.menu_button: ``click(option)`` (or ``set_value``) picks it from the menu for one run."""

    def click_index(self, index: int) -> MenuButton:
        """Pick the ``index``-th entry of the menu."""
        meta = self._app._session.state.widget_meta(self.id)
        if meta is None or meta.from_ui is None or not 0 <= index < len(self.options):
            raise IndexError(f"the menu button {self.label!r} has {len(self.options)} options; "
                             f"index {index!r} is out of range")
        return self.click(meta.from_ui(index))

    @property
    def value(self) -> Any:
        return self._app._state_value(self.id, None)

    def click(self, option: Any) -> MenuButton:
        if self.disabled:
            raise disabled_error("menu_button", self.key)
        meta = self._app._session.state.widget_meta(self.id)
        try:
            index = meta.to_ui(option) if meta is not None and meta.to_ui is not None else None
        except (TypeError, ValueError, KeyError, IndexError):
            index = None
        if index is None:
            raise InvalidAction(f"{option!r} is not an option of the menu button {self.label!r}: "
                                f"its options are {self.options}")
        self._app._submit(self.id, index)
        return self

    def set_value(self, value: Any) -> MenuButton:
        return self if value is None else self.click(value)


class BidiComponent(Widget):
    """A ``st.components.v2`` component: ``value`` is its state dict (Streamlit's AppTest
    reads it from session state); ``set_value(dict)`` stands in for its front end."""

    @property
    def value(self) -> Any:
        return dict(self._app._state_value(self.id, self._element.prop("value")) or {})

    @property
    def component_name(self) -> str:
        return str(self._element.prop("name"))

    @property
    def html_content(self) -> str:
        return self._element.prop("html") or ""

    @property
    def json(self) -> str:
        """``data`` as JSON, as Streamlit sends plain data ("" without data or for bytes)."""
        import json

        data = self._element.prop("data")
        if data is None or isinstance(data, (bytes, bytearray)):
            return ""
        try:
            return json.dumps(data)
        except (TypeError, ValueError):
            return ""

    def set_value(self, value: Any) -> BidiComponent:
        if not isinstance(value, dict):
            raise TypeError(f"a component's state is a dict of state values, got {value!r}")
        self._app._set_value(self.id, dict(value))
        return self


VIEWS: dict[str, type[ElementView]] = {"chat_input": ChatInput, "menu_button": MenuButton,
                                       "bidi_component": BidiComponent}

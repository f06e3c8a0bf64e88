"""st.chat_message and st.chat_input: the two calls every chat app is built from.

A chat message is a container with an avatar. A chat input returns the message the
user sent for exactly one run (None otherwise), like a button's click; drawn at the top
level of the page it is pinned under the page, in the ``bottom`` root (as Streamlit
pins it to the bottom of the app), and inside a container it stays where it is drawn.
With ``accept_file`` or ``accept_audio`` it returns a ``ChatInputValue`` holding the
text, the files and the voice recording.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from rerunqt.core import context
from rerunqt.core.containers import _block, _width
from rerunqt.core.files import MEGABYTE, UploadedFile, file_problem, normalize_types
from rerunqt.core.kinds import KINDS
from rerunqt.core.lead_icon import is_emoji
from rerunqt.core.registration import register
from rerunqt.core.state import SessionState, normalize_key
from rerunqt.core.widgets import Args, Callback, Kwargs
from rerunqt.errors import RerunQtAPIError, StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from rerunqt.core.blocks import Block

CHAT_INPUT = KINDS["chat_input"]
ROLE_AVATARS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
ACCEPT_FILE = (False, True, "multiple", "directory")
SUBMIT_MODES = ("submit", "disable", "stop")


class ChatInputValue(dict):
    """What a chat input with ``accept_file``/``accept_audio`` returns: ``text``, then
    ``files`` only with accept_file and ``audio`` (a WAV UploadedFile or None) only with
    accept_audio, as keys and attributes, as Streamlit's (so ``st.write`` shows the same)."""

    def __init__(self, text: str, files: list[UploadedFile] | None = None,
                 audio: UploadedFile | None = None, *, with_files: bool = True,
                 with_audio: bool = True) -> None:
        super().__init__(text=text)
        if with_files:
            self["files"] = [] if files is None else files
        if with_audio:
            self["audio"] = audio

    def _part(self, name: str, option: str) -> Any:
        if name not in self:  # Streamlit's message for a part the input does not accept
            raise AttributeError(f"'ChatInputValue' object has no attribute {name!r} ({option}=False)")
        return self[name]

    @property
    def audio(self) -> UploadedFile | None:
        return self._part("audio", "accept_audio")

    @property
    def text(self) -> str:
        return self["text"]

    @property
    def files(self) -> list[UploadedFile]:
        return self._part("files", "accept_file")

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    def __repr__(self) -> str:
        return f"ChatInputValue({', '.join(f'{k}={v!r}' for k, v in self.items())})"


def chat_message(name: str, *, avatar: Any = None,
                 width: int | Literal["stretch", "content"] = "stretch") -> Block:
    """A message row: an avatar, then whatever is drawn inside ``with`` the block."""
    if name is None:
        raise StreamlitMissingRequiredParameterError("The `name` parameter is required.")
    if not isinstance(name, str):  # "" is drawn, as in Streamlit: a message without a letter
        raise RerunQtAPIError(
            f"st.chat_message needs a name: 'user', 'assistant', or any string (its first "
            f"letter becomes the avatar); got {name!r}.")
    ctx = context.current()
    props = (("name", name), ("avatar", _avatar(name, avatar)), ("width", _width("chat_message", width)))
    return _block(ctx, ctx.open_container("chat_message", None, props))


def web_avatar(name: str, avatar: Any) -> tuple[Any, str]:
    """``(avatar, "")``; for a web picture, which a desktop app does not download, the
    avatar the name gives (as without one) and the picture's address."""
    if isinstance(avatar, str) and avatar.startswith(("http://", "https://")):
        return ROLE_AVATARS.get(name.lower(), name.strip()[:1].upper()), avatar
    return avatar, ""


def _avatar(name: str, avatar: Any) -> Any:
    """The avatar as shown: 'user', 'assistant', the name's letter, an emoji, an icon, an
    image file's path or a picture (ImageData)."""
    if avatar is None:
        return ROLE_AVATARS.get(name.lower(), name.strip()[:1].upper())
    if isinstance(avatar, Path):
        avatar = str(avatar)
    if isinstance(avatar, str) and avatar:
        if avatar in ROLE_AVATARS:  # Streamlit's presets, lower case only: "ai" is the assistant
            return ROLE_AVATARS[avatar]
        if avatar.startswith(("http://", "https://")):  # kept, as Streamlit's; not downloaded
            return avatar.strip()  # (the window shows the name's avatar in its place)
        # one emoji only, as Streamlit: "🧑💻" (two, no joiner) or "AB" fails there too
        if is_emoji(avatar) or avatar.startswith(":material/") or Path(avatar).is_file():
            return avatar
        raise RerunQtAPIError(
            f"st.chat_message avatar={avatar!r} is neither one emoji (such as '🦜' or "
            f"'🧑\u200d💻'), a ':material/icon:' name nor an existing image file "
            f"(Streamlit: \"Failed to load the provided avatar value as an image.\").")
    from rerunqt.core.image_data import read_image  # numpy: only for a picture avatar

    try:  # a PIL image, pixels, bytes, a file object: any picture st.image takes
        return read_image(avatar)
    except RerunQtAPIError as error:
        raise RerunQtAPIError(
            f"st.chat_message avatar= must be an emoji, 'user', 'assistant', or an image "
            f"(a file path, bytes, a numpy array, a PIL image); got {type(avatar).__name__} "
            f"{avatar!r}. (Streamlit: \"Failed to load the provided avatar value as an "
            f"image.\")") from error


class _ChatSpec:
    """The checked file options of one chat input: converts what the window sends."""

    def __init__(self, accept_file: Any, file_type: Any, max_upload_size: Any,
                 accept_audio: bool = False) -> None:
        if accept_file not in ACCEPT_FILE:
            raise RerunQtAPIError(
                f"st.chat_input accept_file={accept_file!r} is not valid; use False, True, "
                f"'multiple' or 'directory'.")
        if max_upload_size is not None and (isinstance(max_upload_size, bool) or not isinstance(
                max_upload_size, int) or max_upload_size < 1):
            raise RerunQtAPIError(
                f"st.chat_input max_upload_size= must be a positive number of megabytes or None; "
                f"got {max_upload_size!r}.")
        self.accept_file = accept_file
        self.rich = bool(accept_file) or accept_audio  # returns a ChatInputValue
        self.accept_audio = accept_audio
        self.types = normalize_types(file_type)
        self.limit = (max_upload_size or 200) * MEGABYTE

    def from_ui(self, front: Any) -> Any:
        """``text``, ``(text, files)`` or ``(text, files, audio)`` from the window -> str or
        ChatInputValue (``audio``: no entry or one WAV entry)."""
        if isinstance(front, str):
            return self._value(front, [], None) if self.rich else front
        text, entries, *rest = front
        files = []
        for file_id, name, mime, data in entries:
            problem = file_problem(name, len(data), self.types, self.limit)
            if problem is not None:
                raise ValueError(problem)
            files.append(UploadedFile(name, data, mime, file_id))
        if self.accept_file is True and len(files) > 1:
            raise ValueError("this chat input accepts one file (accept_file=True)")
        audio = [UploadedFile(name, data, mime, file_id) for file_id, name, mime, data in
                 (rest[0] if rest else ())]
        return self._value(str(text), files, audio[0] if audio else None) if self.rich else str(text)

    def _value(self, text: str, files: list[UploadedFile], audio: UploadedFile | None) -> ChatInputValue:
        return ChatInputValue(text, files, audio, with_files=bool(self.accept_file),
                              with_audio=self.accept_audio)


def chat_input(
    placeholder: str = "Your message",
    *,
    key: str | int | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | Literal["multiple", "directory"] = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: Literal["submit", "disable", "stop"] = "submit",
    on_submit: Callback = None,
    args: Args = None,
    kwargs: Kwargs = None,
    width: int | Literal["stretch"] = "stretch",
    height: int | Literal["content"] = "content",
) -> str | ChatInputValue | None:
    """A message box: returns what the user sent, for the one run after Enter (else None)."""
    if max_chars == 0 and max_chars.__class__ is int:  # Streamlit 1.67: 0 is no limit
        max_chars = None
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int)
                                  or max_chars < 1):
        raise RerunQtAPIError(f"st.chat_input max_chars= must be a positive int or None; got {max_chars!r}.")
    if accept_audio.__class__ is not bool:
        raise RerunQtAPIError(f"st.chat_input accept_audio={accept_audio!r} must be True or False.")
    if accept_audio:
        from rerunqt.core.media_elements import SAMPLE_RATES, require_media

        require_media("chat_input")
        if audio_sample_rate is not None and audio_sample_rate not in SAMPLE_RATES:
            raise RerunQtAPIError(
                f"st.chat_input audio_sample_rate={audio_sample_rate!r} is not supported; use one "
                f"of {', '.join(map(str, SAMPLE_RATES))}, or None for the microphone's own rate.")
    if submit_mode not in SUBMIT_MODES:
        raise RerunQtAPIError(
            f"st.chat_input submit_mode={submit_mode!r} is not valid; use 'submit' (stays "
            f"usable), 'disable' (disabled while the run it started goes on) or 'stop'.")
    spec = _ChatSpec(accept_file, file_type, max_upload_size, accept_audio)
    text = "" if placeholder is None else str(placeholder)
    ctx = context.current()
    # top level: under the page, also in a run that opened a dialog (inside the dialog the
    # container is the dialog's, so a chat input there stays in it)
    pinned = ctx.container is ctx.root
    if pinned:
        ctx.enter(ctx.open_root("bottom"))
    draft, stamp = _draft(ctx.state, key)
    try:
        _, wid, value, _ = register(
            CHAT_INPUT, text, key, (text, max_chars, accept_file, spec.types), None, _keep,
            on_submit, "on_submit", args, kwargs, disabled, from_ui=spec.from_ui,
        )
        ctx.add_widget("chat_input", wid, (
            ("placeholder", text), ("value", value), ("disabled", True if disabled else False),
            ("draft", draft), ("set_by_code", stamp),
            ("max_chars", max_chars), ("accept_file", accept_file), ("file_type", spec.types),
            ("max_upload_size", spec.limit),
            ("width", _width("chat_input", width, content=False) if width != "stretch" else "stretch"),
            ("submit_mode", submit_mode), ("accept_audio", accept_audio),
            ("audio_sample_rate", audio_sample_rate if accept_audio else None),
            ("auto_placed", pinned),  # under the page by rerunqt: the page follows the chat
        ))
    finally:
        if pinned:
            ctx.leave(ctx.open_root("bottom"))
    return value


def _keep(value: Any) -> Any:
    return value


def _draft(state: SessionState, key: str | int | None) -> tuple[str | None, int]:
    """Text the script put in ``st.session_state[key]`` this run, and the run's stamp: as
    in Streamlit it goes into the box unsent, and the key holds None until the user sends
    it (a chat input's value is what the user sent). Anything but text stays an error."""
    if key is None:
        return None, 0
    key = normalize_key(key)
    if not state.assigned_by_code(key):
        return None, 0
    value = state.raw_get(key)
    if value is not None and not isinstance(value, str):
        return None, 0  # register's read-only error names the key
    state.take_back(key)
    return value, state.run_serial if value is not None else 0

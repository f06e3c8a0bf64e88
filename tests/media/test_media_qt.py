"""st.audio, st.video, st.pdf, st.camera_input, st.audio_input on the real window.

Offscreen there may be no audio device: these check what the widget shows (duration,
play/pause state, page count), not sound. The player tests need Qt Multimedia, which
needs PySide6-Addons and the system's libpulse0; they are skipped where it cannot load.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from media_samples import pdf, tone
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt


def _multimedia() -> None:
    pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)


def _app(write_script, tmp_path: Path, body: str) -> Path:
    (tmp_path / "tone.wav").write_bytes(tone(1.0))
    (tmp_path / "doc.pdf").write_bytes(pdf(2))
    return write_script("import rerunqt as st\nfrom pathlib import Path\n"
                        f"HERE = Path({str(tmp_path)!r})\n" + body)


def test_a_generated_wav_loads_shows_its_duration_and_play_pause_toggles(
        rerunqt_pilot, write_script, tmp_path) -> None:
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.audio((HERE / 'tone.wav').read_bytes())
"""))
    player = pilot.record(kind="audio").widget
    pilot.qtbot.waitUntil(lambda: player.player.duration() > 900)
    assert player.time.text() == "0:00 / 0:01"
    assert player.play_button.accessibleName() == "Play"
    player.play_button.click()
    pilot.qtbot.waitUntil(lambda: player.play_button.accessibleName() == "Pause")
    assert player.playing
    pilot.qtbot.keyClick(player, Qt.Key.Key_Space)  # Space pauses
    pilot.qtbot.waitUntil(lambda: not player.playing)
    assert player.play_button.accessibleName() == "Play"


def test_a_player_of_nothing_shows_idle_then_plays_what_comes(
        rerunqt_pilot, write_script, tmp_path) -> None:
    """st.audio(None) (Streamlit's ``st.audio(st.audio_input(...))`` before a recording):
    an idle player with its controls off and no error; the sound that comes next loads."""
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
sound = (HERE / 'tone.wav').read_bytes() if st.checkbox('Have sound') else None
st.audio(sound)
st.video(None)
st.write('after')
"""))
    player = pilot.record(kind="audio").widget
    assert not player.controls.isEnabled() and not player.message.isVisible()
    assert pilot.record(kind="video").widget.controls.isEnabled() is False
    assert pilot.texts("markdown") == ["after"]
    pilot.click(label="Have sound")
    pilot.qtbot.waitUntil(lambda: player.player.duration() > 900)
    assert player.controls.isEnabled() and player.time.text() == "0:00 / 0:01"


def test_arrows_seek_and_a_rerun_with_the_same_sound_keeps_the_position(
        rerunqt_pilot, write_script, tmp_path) -> None:
    _multimedia()
    (tmp_path / "long.wav").write_bytes(tone(12.0, rate=4000))
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.button('again')
st.audio(str(HERE / 'long.wav'), start_time=1)
"""))
    player = pilot.record(kind="audio").widget
    pilot.qtbot.waitUntil(lambda: player.player.duration() > 11000)
    pilot.qtbot.waitUntil(lambda: player.player.position() == 1000)
    pilot.qtbot.keyClick(player, Qt.Key.Key_Right)
    pilot.qtbot.waitUntil(lambda: player.player.position() == 6000)
    assert player.time.text() == "0:06 / 0:12"
    pilot.click(label="again")
    pilot.settle()
    assert pilot.record(kind="audio").widget is player
    assert player.player.position() == 6000  # same source: not reloaded
    pilot.qtbot.keyClick(player, Qt.Key.Key_Left)
    pilot.qtbot.waitUntil(lambda: player.player.position() == 1000)


def test_a_video_player_shows_its_subtitle_line(rerunqt_pilot, write_script, tmp_path) -> None:
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.video(str(HERE / 'tone.wav'), subtitles={'English': 'WEBVTT\\n\\n00:00.000 --> 00:00.800\\nHello',
                                           'Deutsch': '1\\n00:00:00,000 --> 00:00:00,800\\nHallo'},
         muted=True)
"""))
    player = pilot.record(kind="video").widget
    assert player.picture is not None
    pilot.qtbot.waitUntil(lambda: player.subtitle.text() == "Hello")
    assert player.track_box.isVisible()
    player.track_box.setCurrentText("Deutsch")
    assert player.subtitle.text() == "Hallo"
    player.track_box.setCurrentText("Off")
    assert player.subtitle.text() == ""
    assert player.output.isMuted() and player.mute_button.isChecked()


def test_a_generated_pdf_shows_two_pages_and_navigates(rerunqt_pilot, write_script, tmp_path) -> None:
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.pdf((HERE / 'doc.pdf').read_bytes(), height=300)
"""))
    viewer = pilot.record(kind="pdf").widget
    pilot.qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 1 of 2")
    assert viewer.height() == 300 and not viewer.previous.isEnabled()
    viewer.next.click()
    pilot.qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 2 of 2")
    assert not viewer.next.isEnabled()
    viewer.previous.click()
    pilot.qtbot.waitUntil(lambda: viewer.page_label.text() == "Page 1 of 2")
    viewer.zoom_in.click()
    assert viewer.zoom_label.text().endswith("%")
    viewer.fit.click()
    assert viewer.zoom_label.text() == "Fit width"


def test_without_a_camera_or_microphone_the_fields_say_so_and_stay_empty(
        rerunqt_pilot, write_script, tmp_path, monkeypatch) -> None:
    _multimedia()
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "videoInputs", staticmethod(lambda: []))
    monkeypatch.setattr(QMediaDevices, "audioInputs", staticmethod(lambda: []))
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
photo = st.camera_input('Snap')
voice = st.audio_input('Speak')
st.text(f'{photo} {voice}')
"""))
    camera = pilot.widget(label="Snap")
    microphone = pilot.widget(label="Speak")
    assert camera.status.text() == "No camera found" and camera.status.isVisible()
    assert not camera.action.isEnabled()
    assert microphone.status.text() == "No microphone found" and not microphone.action.isEnabled()
    assert pilot.texts("text") == ["None None"]
    # their buttons have the app's button look (the stylesheet's rqButton), not the platform's
    assert {b.objectName() for b in (camera.action, camera.clear, microphone.action)} == {"rqButton"}


def test_qt_multimedia_that_cannot_load_is_an_error_in_place(
        rerunqt_pilot, write_script, tmp_path, monkeypatch) -> None:
    import importlib

    from rerunqt.qt import media_files

    real = importlib.import_module

    def broken(name: str, *args):
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real(name, *args)

    monkeypatch.setattr(media_files.importlib, "import_module", broken)
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.audio((HERE / 'tone.wav').read_bytes())
st.text('after')
"""))
    assert pilot.window.renderer.failures == 1
    assert pilot.texts("text") == ["after"]
    from PySide6.QtWidgets import QLabel

    record = pilot.record(kind="audio")
    assert record.failed
    shown = " ".join(label.text() for label in record.widget.findChildren(QLabel))
    assert "could not load" in shown and "apt install libpulse0" in shown


def test_a_generated_clip_shows_its_first_frame_at_the_video_s_aspect(
        rerunqt_pilot, write_script, tmp_path, qapp) -> None:
    _multimedia()
    from media_samples import clip

    (tmp_path / "clip.avi").write_bytes(clip(5, 160, 90))
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.video((HERE / 'clip.avi').read_bytes(), width=480)
"""))
    player = pilot.record(kind="video").widget
    picture = player.picture
    pilot.qtbot.waitUntil(lambda: not picture.frame.isNull())  # the poster frame, paused
    assert not player.playing and player.player.duration() == 500  # 5 frames at 10 fps
    pilot.qtbot.waitUntil(lambda: abs(picture.height() - picture.width() * 9 / 16) <= 1)
    assert player.width() <= 480
    centre = picture.grab().toImage().pixelColor(picture.width() // 8, picture.height() // 2)
    assert centre.blue() > 150 and centre.red() < 150  # the clip's blue, not the black background


def test_chat_input_accept_audio_has_a_microphone_button(rerunqt_pilot, write_script, tmp_path,
                                                         monkeypatch) -> None:
    _multimedia()
    from PySide6.QtMultimedia import QMediaDevices

    from rerunqt.core.media_source import wav_bytes

    monkeypatch.setattr(QMediaDevices, "audioInputs", staticmethod(lambda: []))
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
msg = st.chat_input('Say', accept_audio=True)
st.text('none' if msg is None else f'{msg.text} {msg.audio.name} {msg.audio.type}')
"""))
    box = pilot.record(kind="chat_input").widget
    assert box.voice is not None and box.voice.isVisible()
    assert not box.voice.isEnabled() and box.voice.toolTip() == "No microphone found"
    box.edit.setPlainText("listen")
    box.send_voice(("id", "audio.wav", "audio/wav", wav_bytes([0.0, 1.0], 8000)))  # a recording ends
    pilot.qtbot.waitUntil(lambda: pilot.texts("text") == ["listen audio.wav audio/wav"])
    assert box.edit.toPlainText() == ""


def test_a_web_video_shows_its_address_and_opens_in_the_browser(
        rerunqt_pilot, write_script, tmp_path, monkeypatch) -> None:
    """A video given by web address is not downloaded: in place of the picture and the
    controls the player says where it plays, and its button opens the system browser; a
    rerun with a local file brings the controls back."""
    _multimedia()
    from rerunqt.qt.adapters import extras

    opened: list[str] = []
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
local = st.toggle('local')
st.video(str(HERE / 'tone.wav') if local else 'https://example.org/clip.mp4')
st.text('after')
"""))
    pilot.window.resize(800, 700)
    pilot.settle()
    player = pilot.record(kind="video").widget
    assert pilot.texts("text") == ["after"]
    assert player.web.isVisible() and not player.controls.isVisible()
    assert not player.picture.isVisible()
    assert player.web.title.text() == "This video plays in your browser"
    assert player.web.address.text() == "https://example.org/clip.mp4"
    player.web.button.click()
    assert opened == ["https://example.org/clip.mp4"]
    pilot.click(label="local")
    pilot.settle()
    assert pilot.record(kind="video").widget is player
    assert not player.web.isVisible() and player.controls.isVisible()


def test_a_narrow_web_stand_in_wraps_its_title_and_grows_for_it(rerunqt_pilot, write_script,
                                                               tmp_path) -> None:
    """st.audio(url, width=180): the title takes two lines and the panel is tall enough for
    them (the wrapped title was cut off at the panel's top)."""
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.audio('https://example.org/a.mp3', width=180)
st.audio('https://example.org/a.mp3')
"""))
    pilot.window.resize(900, 700)
    pilot.settle()
    narrow, wide = (r.widget.web for r in pilot.window.renderer.find(kind="audio"))
    line = narrow.title.fontMetrics().lineSpacing()
    assert wide.title.height() < 2 * line <= narrow.title.height()
    assert narrow.title.geometry().top() >= 0
    assert narrow.title.geometry().bottom() < narrow.address.geometry().top()
    assert narrow.height() > wide.height()


def test_a_pixel_width_player_is_that_wide_and_its_message_wraps_below_the_picture(
        rerunqt_pilot, write_script, tmp_path) -> None:
    """``st.video(..., width=400)`` is 400 px wide (not its controls' natural width); at 200 px
    the "Cannot play" message wraps to two lines, and the player grows for them instead of
    drawing its controls over the picture."""
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.video(b'not a video', width=400)
st.video(b'not a video either', width=200)
"""))
    pilot.window.resize(1000, 900)
    wide, narrow = [record.widget for record in pilot.window.renderer.find(kind="video")]
    pilot.qtbot.waitUntil(lambda: narrow.message.isVisible() and wide.message.isVisible())
    pilot.settle()
    assert wide.width() == 400 and narrow.width() == 200
    assert narrow.message.height() > narrow.message.fontMetrics().height() * 1.5  # wrapped
    for player in (wide, narrow):
        assert player.controls.geometry().top() >= player.picture.geometry().bottom()
        assert player.message.geometry().bottom() <= player.height()


def test_an_audio_end_time_before_its_start_is_no_end(rerunqt_pilot, write_script, tmp_path) -> None:
    """``st.audio(..., start_time=5, end_time=2)`` (Streamlit takes it): the player has no end
    to stop at (one before the start would stop, or with ``loop`` re-seek, at once)."""
    _multimedia()
    pilot = rerunqt_pilot(_app(write_script, tmp_path, """
st.audio((HERE / 'tone.wav').read_bytes(), start_time=5, end_time=2, loop=True)
"""))
    player = pilot.record(kind="audio").widget
    assert player.end_ms is None and player.start_ms == 5000

"""st.audio, st.video, st.pdf, st.camera_input and st.audio_input in AppTest (no window).

What a script author notices: the sources each call takes, the times and subtitles it
reads, the clear error for anything else, and the captures returned as UploadedFiles.
"""

from __future__ import annotations

import io
import wave
from datetime import timedelta

import pytest
from media_samples import pdf, tone

from rerunqt.core.media_source import seconds
from rerunqt.core.subtitles import cue_at, parse_cues
from rerunqt.errors import RerunQtAPIError
from rerunqt.testing import AppTest

pytest.importorskip("PySide6.QtPdf")  # st.* checks the add-on modules are installed


def run(source: str, **values: object) -> AppTest:
    at = AppTest.from_string("import rerunqt as st\nimport io, numpy as np\n" + source)
    return at.run()


def test_a_numpy_array_with_a_sample_rate_becomes_a_wav_file() -> None:
    at = run("st.audio(np.sin(np.arange(8000) / 5), sample_rate=8000)\n"
             "st.audio(np.zeros((2, 100)), sample_rate=4000)")
    assert not at.exception
    with wave.open(io.BytesIO(at.audio[0].data)) as mono:
        assert (mono.getnchannels(), mono.getframerate(), mono.getnframes()) == (1, 8000, 8000)
    with wave.open(io.BytesIO(at.audio[1].data)) as stereo:
        assert (stereo.getnchannels(), stereo.getnframes()) == (2, 100)
    assert at.audio[0].mime == "audio/wav"


def test_paths_bytes_and_file_objects_are_sources(tmp_path) -> None:
    path = tmp_path / "t.wav"
    path.write_bytes(tone(0.1))
    at = run(f"st.audio({str(path)!r})\nst.audio(open({str(path)!r}, 'rb').read())\n"
             f"st.audio(io.BytesIO(open({str(path)!r}, 'rb').read()))\n"
             f"st.video('file://' + {str(path)!r}, format='audio/wav')")
    assert not at.exception, at.exception
    assert at.audio[0].source.path == str(path)
    assert at.audio[1].data == at.audio[2].data == path.read_bytes()
    assert at.video[0].source.path == str(path)


def test_a_web_address_is_not_downloaded_and_the_script_runs_on() -> None:
    """wubowen416/streamlit-test shows ``st.video("https://...mp4")`` in two columns above a
    radio: Streamlit embeds the address; here it is kept (not fetched) for the player to
    show with an "Open in browser" button, and the radio below still appears."""
    at = run("st.video('https://example.org/clip.mp4')\n"
             "st.audio('http://example.org/a.mp3', format='audio/mpeg')\n"
             "st.radio('Select a video', ['Left', 'Right'])")
    assert not at.exception, at.exception
    assert at.video[0].url == "https://example.org/clip.mp4"
    assert at.video[0].data == b""
    assert at.audio[0].url == "http://example.org/a.mp3" and at.audio[0].mime == "audio/mpeg"
    assert at.radio[0].value == "Left"


def test_url_is_the_media_server_s_address_as_streamlit_s_apptest_shows() -> None:
    """Streamlit's AppTest lists a player's ``url``: ``/mock/media/<id><ext>`` for bytes, a
    file or samples, the extension from the MIME type (``format``); "" without media."""
    at = run("st.audio(b'abc')\nst.audio(b'abc', format='audio/ogg')\nst.video(b'xyz')\n"
             "st.audio(np.zeros(8), sample_rate=8000)\nst.audio(None)")
    assert not at.exception, at.exception
    urls = [player.url for player in at.get("audio")] + [at.video[0].url]
    assert [url.rsplit(".", 1)[-1] for url in urls[:3]] == ["wav", "oga", "wav"]
    assert all(url.startswith("/mock/media/") for url in urls[:3]) and urls[0] != urls[1]
    assert urls[3] == "" and urls[4].startswith("/mock/media/") and urls[4].endswith(".mp4")


def test_video_of_a_numpy_array_plays_its_bytes_as_streamlit() -> None:
    """Streamlit 1.67 gives st.video an array's raw bytes (core-previews' media page shows
    an "empty video" of noise samples); it raised "only st.audio turns an array into sound"."""
    at = run("st.video(np.zeros(4, dtype=np.uint8) + 7)")
    assert not at.exception, at.exception
    assert at.video[0].data == bytes([7, 7, 7, 7])


def test_bytes_served_as_they_are_have_streamlit_s_own_media_ids() -> None:
    """The ids real Streamlit 1.67's AppTest gave these (a hash of the length, the bytes,
    the MIME type and a given file name): a test that compares a URL reads the same here."""
    app = AppTest.from_string("""
        import base64
        import rerunqt as st
        GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
        st.image(GIF)
        st.download_button("Get", data=bytes(1234))
        st.download_button("CSV", data="a,b\\n1,2\\n", file_name="t.csv", mime="text/csv")
        st.audio(b"RIFF....WAVEfmt ", format="audio/wav")
        """).run()
    assert not app.exception, app.exception
    assert app.image[0].value == ["/mock/media/87d9359293aef784d279eb4e82ddea13.gif"]
    assert [d.url for d in app.get("download_button")] == [
        "/mock/media/3dd753c5493b0e7c7d122f8af70b85f0.bin",
        "/mock/media/db318fad955938bb20acdf9cb03f5417.csv"]
    assert app.get("audio")[0].url == "/mock/media/2ac478650112ad11eefc8b259b9f3bc3.wav"


@pytest.mark.parametrize(("call", "words"), [
    ("st.audio('ftp://example.org/a.mp3')", "does not download"),
    ("st.pdf('https://example.org/a.pdf')", "does not download"),
    ("st.audio('no-such-file.wav')", "Error opening 'no-such-file.wav'"),
    ("st.audio(np.zeros(10))", "sample_rate"),
    ("st.audio(b'x', start_time='soon')", "start_time='soon' is not a time"),
    ("st.video(b'x', start_time=5, end_time=2)", "must be after start_time"),
    ("st.audio(b'x', format=5)", "MIME type"),
    ("st.audio(b'x', loop='yes')", "loop='yes' must be True or False"),
    ("st.video(b'x', width='content')", "width='content' is not valid"),
    ("st.video(b'x', subtitles='00:00.000 nothing')", "subtitles"),
    ("st.pdf(b'hello')", "do not start like a PDF"),
    ("st.pdf(b'%PDF', height=0)", "height=0"),
    ("st.audio(3)", "file path"),
    ("st.camera_input('c', resolution=(0, 1))", "resolution=(0, 1)"),
    ("st.camera_input('c', resolution='4k')", "'480p', '720p', '1080p'"),
    ("st.audio_input('a', sample_rate=12345)", "sample_rate=12345"),
])
def test_bad_arguments_name_the_argument_and_the_fix(call: str, words: str) -> None:
    at = run(call)
    assert at.exception and words in at.exception[0].message, (call, at.exception)


def test_start_and_end_times_take_seconds_timedeltas_and_strings() -> None:
    assert seconds("audio", "start_time", 2) == 2.0
    assert seconds("audio", "start_time", timedelta(minutes=1, seconds=3)) == 63.0
    assert seconds("audio", "start_time", "1m30s") == 90.0
    assert seconds("audio", "end_time", "2 minutes") == 120.0
    assert seconds("audio", "end_time", "1.5s") == 1.5
    with pytest.raises(RerunQtAPIError, match="end_time=-1"):
        seconds("audio", "end_time", -1)
    at = run("st.audio(b'x', start_time='1s', end_time=timedelta(seconds=3), loop=True, autoplay=True)"
             .replace("timedelta", "__import__('datetime').timedelta"))
    assert (at.audio[0].start_time, at.audio[0].end_time, at.audio[0].loop, at.audio[0].autoplay) == (
        1.0, 3.0, True, True)


def test_start_and_end_times_are_whole_seconds_as_in_streamlit() -> None:
    """Streamlit cuts times down to whole seconds (its protos hold ints): 2.7 plays from 2;
    end 1.5 after start 1.2 is then not after it, the same error."""
    at = run("st.audio(b'x', start_time=2.7, end_time='4.9s')")
    assert (at.audio[0].start_time, at.audio[0].end_time) == (2, 4)
    assert isinstance(at.audio[0].start_time, int)
    assert "must be after" in run("st.video(b'x', start_time=1.2, end_time=1.5)").exception[0].message


def test_subtitles_from_webvtt_srt_and_a_dict_of_tracks() -> None:
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\nthere\n\n00:03.000 --> 00:04.000\nBye\n"
    srt = "1\n00:00:01,000 --> 00:00:02,000\nHallo\n"
    cues = parse_cues(vtt)
    assert [(c.start, c.end) for c in cues] == [(1.0, 2.5), (3.0, 4.0)]
    assert cue_at(cues, 1.2) == "Hello\nthere" and cue_at(cues, 2.7) == ""
    at = run(f"st.video(b'v', subtitles={{'English': {vtt!r}, 'Deutsch': {srt.encode()!r}}}, muted=True)")
    tracks = at.video[0].subtitles
    assert [label for label, _ in tracks] == ["English", "Deutsch"]
    assert tracks[1][1][0].text == "Hallo" and at.video[0].muted is True
    # Streamlit's AppTest reads each track as a proto with label and url (a .vtt file)
    assert [track.label for track in at.video[0].proto.subtitles] == ["English", "Deutsch"]
    assert all(t.url.startswith("/mock/media/") and t.url.endswith(".vtt") for t in tracks)


def test_an_empty_subtitle_track_is_off_by_default_as_in_the_streamlit_docs() -> None:
    # The docs' subtitles demo: {"None": "", ...} puts an empty first track, so no
    # subtitles show until the viewer picks one; "" alone means no subtitles at all.
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHallo\n"
    at = run(f"st.video(b'v', subtitles={{'None': '', 'Deutsch': {vtt!r}, 'Head': 'WEBVTT'}})\n"
             "st.video(b'w', subtitles='')")
    assert not at.exception, at.exception
    tracks = at.video[0].subtitles
    assert [(label, len(cues)) for label, cues in tracks] == [("None", 0), ("Deutsch", 1), ("Head", 0)]
    assert at.video[1].subtitles == ()


def test_pdf_from_bytes_a_path_or_a_file_object(tmp_path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf(2))
    at = run(f"st.pdf({str(path)!r})\nst.pdf(open({str(path)!r}, 'rb'), height='stretch', key='p')\n"
             f"st.pdf(open({str(path)!r}, 'rb').read(), height=300)")
    assert not at.exception, at.exception
    assert [p.height for p in at.pdf] == [500, "stretch", 300]
    assert at.pdf[0].source.path == str(path) and at.pdf[2].data == path.read_bytes()


def test_media_work_inside_containers() -> None:
    at = run("c1, c2 = st.columns(2)\nc1.audio(b'a')\nc2.video(b'v')\nst.sidebar.pdf(b'%PDF')\n"
             "with st.form('f'):\n    st.camera_input('c')\n    st.form_submit_button()")
    assert not at.exception, at.exception
    assert len(at.columns[0].audio) == 1 and len(at.columns[1].video) == 1
    assert len(at.sidebar.pdf) == 1 and len(at.camera_input) == 1


def test_camera_input_returns_the_photo_until_cleared_and_calls_on_change() -> None:
    at = run("""
st.session_state.setdefault('changes', 0)
def changed():
    st.session_state.changes += 1
photo = st.camera_input('Snap', key='cam', on_change=changed)
st.write('none' if photo is None else f'{photo.name} {photo.type} {photo.getvalue()!r}')
st.write(f'{st.session_state.changes}')
""")
    assert at.camera_input[0].value is None and at.markdown.values[0] == "none"
    at.camera_input[0].capture(b"\xff\xd8jpeg").run()
    assert at.markdown.values == ["image.jpg image/jpeg b'\\xff\\xd8jpeg'", "1"]
    assert at.session_state["cam"].name == "image.jpg"
    at.camera_input[0].clear().run()
    assert at.markdown.values == ["none", "2"]


def test_audio_input_returns_the_recording_and_is_read_only() -> None:
    at = run("a = st.audio_input('Speak', key='mic', sample_rate=None)\n"
             "st.text(str(None if a is None else (a.name, a.type, a.size)))")
    assert at.audio_input[0].sample_rate is None
    at.audio_input[0].capture(tone(0.1)).run()
    assert at.text.values == [f"('audio.wav', 'audio/wav', {len(tone(0.1))})"]
    at = run("st.session_state.mic = b'x'\nst.audio_input('Speak', key='mic')")
    assert at.exception and "mic" in at.exception[0].message


def test_a_rerun_with_the_same_source_changes_no_prop() -> None:
    at = run("st.button('again')\nst.audio(np.ones(100), sample_rate=1000)\nst.pdf(b'%PDF-1.4')")
    first = (at.audio[0].source, at.pdf[0].source)
    at.button[0].click().run()
    assert (at.audio[0].source, at.pdf[0].source) == first  # equal: the window keeps the player


def test_chat_input_with_accept_audio_returns_the_recording_with_the_text() -> None:
    at = run("""
msg = st.chat_input('Say', accept_audio=True, audio_sample_rate=None)
if msg is not None:
    st.text(f'{msg.text!r} {sorted(msg)} {None if msg.audio is None else (msg.audio.name, msg.audio.size)}')
""")
    assert at.chat_input[0].accept_audio is True and at.chat_input[0].audio_sample_rate is None
    at.chat_input[0].set_value(("hello", [], tone(0.1))).run()
    assert at.text.values == [f"'hello' ['audio', 'text'] ('audio.wav', {len(tone(0.1))})"]
    at.chat_input[0].set_value("typed only").run()
    assert at.text.values == ["'typed only' ['audio', 'text'] None"]  # no "files": accept_file=False


def test_camera_resolution_presets_ask_for_a_photo_height() -> None:
    """resolution="720p" (Streamlit 1.67's camera_input example 2): the photo's height."""
    at = run("st.camera_input('Scan QR code', resolution='720p')\n"
             "st.camera_input('Small', resolution=(320, 240))")
    assert not at.exception
    assert [c._element.prop("resolution") for c in at.camera_input] == [(0, 720), (320, 240)]


def test_no_media_is_an_empty_player_as_in_streamlit() -> None:
    """st.audio(None) / st.video(None) draw an empty player (AppTest value None), as in
    Streamlit, so ``st.audio(st.audio_input("Record"))`` runs before any recording."""
    at = AppTest.from_string("import rerunqt as st\nst.audio(None)\nst.video(None)\n"
                             "st.write('after')").run()
    assert not at.exception
    assert [at.get(kind)[0].value for kind in ("audio", "video")] == [None, None]
    assert at.markdown[0].value == "after"


def test_a_players_value_is_none_and_end_time_0_when_unset_as_in_streamlits_apptest() -> None:
    """Streamlit's AppTest reads audio and video as protos without a value (None); an
    ``end_time`` left out is the proto's 0. The media itself is ``data`` / ``url``."""
    at = run("st.audio(b'abc')\nst.video('https://example.org/clip.mp4')\n"
             "st.audio(b'abc', start_time=1, end_time=3)")
    assert [view.value for view in (*at.audio, *at.video)] == [None, None, None]
    assert [view.end_time for view in (*at.audio, *at.video)] == [0, 3, 0]
    assert at.audio[0].data == b"abc" and at.video[0].url == "https://example.org/clip.mp4"


def test_format_takes_any_string_as_in_streamlit() -> None:
    """``st.audio(data, format="mp3")`` / ``st.video(data, format="mp4")``: Streamlit 1.67
    passes the string on as the MIME type, with no error."""
    at = run("st.audio(b'x', format='mp3')\nst.video(b'y', format='mp4')")
    assert not at.exception, at.exception
    assert (at.audio[0].mime, at.video[0].mime) == ("mp3", "mp4")
    assert at.audio[0].source.suffix == ".mp3"  # the player's temporary file is named so


def test_a_recording_shown_in_st_audio_can_still_be_read_by_the_script() -> None:
    """Streamlit's audio_input example plays the recording, then ``rec.read()`` it into
    ``wave``: st.audio leaves a BytesIO (an upload) at its start, as Streamlit's getvalue()."""
    at = AppTest.from_string(
        "import io, wave\nimport rerunqt as st\n"
        "rec = st.audio_input('Record')\nst.audio(rec)\n"
        "if rec is not None:\n"
        "    with wave.open(io.BytesIO(rec.read()), 'rb') as w:\n"
        "        st.text(w.getframerate())\n").run()
    at.audio_input[0].capture(tone(0.1, rate=8000))
    at.run()
    assert not at.exception, at.exception
    assert at.text[0].value == "8000"


def test_flags_take_ints_as_streamlit_s_proto_does() -> None:
    """``loop=1`` / ``autoplay=0`` work in Streamlit 1.67 (its proto takes ints as bools)."""
    at = run("st.audio(b'x', loop=1, autoplay=0)\nst.video(b'y', muted=1)")
    assert not at.exception, at.exception
    assert (at.audio[0].loop, at.audio[0].autoplay, at.video[0].muted) == (True, False, True)
    assert at.audio[0].loop is True


def test_a_youtube_link_plays_at_its_embed_address_and_takes_no_subtitles() -> None:
    """Streamlit turns a YouTube watch / short / mobile link into ``.../embed/<id>`` (what
    its AppTest's ``url`` reads), and refuses subtitles for one; other addresses stay."""
    at = run("st.video('https://www.youtube.com/watch?v=R2nr1uZ8ffc')\n"
             "st.video('https://youtu.be/R2nr1uZ8ffc', start_time=5)\n"
             "st.video('https://m.youtube.com/watch?feature=share&v=R2nr1uZ8ffc')\n"
             "st.video('https://vimeo.com/123456789')\n")
    assert not at.exception, at.exception
    assert [v.url for v in at.video] == ["https://www.youtube.com/embed/R2nr1uZ8ffc"] * 3 + [
        "https://vimeo.com/123456789"]
    at = run("st.video('https://youtu.be/R2nr1uZ8ffc', subtitles='WEBVTT')")
    assert "Subtitles are not supported for YouTube videos" in at.exception[0].message


def test_st_audio_takes_an_end_time_not_after_its_start_as_streamlit_does() -> None:
    """Streamlit 1.67 checks the pair for st.video only: ``st.audio(..., start_time=5,
    end_time=2)`` runs (the player then plays on to the end)."""
    at = run("st.audio(b'x', start_time=5, end_time=2)")
    assert not at.exception, at.exception
    assert (at.audio[0].start_time, at.audio[0].end_time) == (5, 2)

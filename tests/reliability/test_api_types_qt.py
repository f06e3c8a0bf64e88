"""AppTest and the window agree on every argument: wrong types fail in the API call.

For every public element function and every parameter, a wrong-typed value either makes
the call raise (an error element, on the script thread, so AppTest sees it too) or gives
an element the real Qt adapters can build and paint. Before issue 16, ``help=123``,
``placeholder=5``, ``icon=5``, ``format=5`` and ``language=5`` passed the API and broke
the window only.
"""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

import rerunqt as st
from rerunqt.qt.adapters import Host
from rerunqt.qt.renderer import Renderer
from rerunqt.testing import AppTest

pytestmark = pytest.mark.qt

CALLS = {  # a valid call of each element function; {extra} is where one argument goes
    "button": "st.button('B'{extra})", "checkbox": "st.checkbox('C'{extra})",
    "toggle": "st.toggle('T'{extra})", "text_input": "st.text_input('T'{extra})",
    "number_input": "st.number_input('N'{extra})", "text_area": "st.text_area('A'{extra})",
    "radio": "st.radio('R', ['a', 'b']{extra})", "selectbox": "st.selectbox('S', ['a', 'b']{extra})",
    "multiselect": "st.multiselect('M', ['a', 'b']{extra})", "slider": "st.slider('S'{extra})",
    "select_slider": "st.select_slider('SS', ['a', 'b']{extra})",
    "date_input": "st.date_input('D'{extra})", "time_input": "st.time_input('T'{extra})",
    "color_picker": "st.color_picker('C'{extra})", "file_uploader": "st.file_uploader('F'{extra})",
    "download_button": "st.download_button('D', b'x'{extra})",
    "data_editor": "st.data_editor([{{'a': 1}}]{extra})",
    "title": "st.title('t'{extra})", "header": "st.header('t'{extra})",
    "subheader": "st.subheader('t'{extra})", "markdown": "st.markdown('t'{extra})",
    "text": "st.text('t'{extra})", "caption": "st.caption('t'{extra})",
    "code": "st.code('x'{extra})", "info": "st.info('t'{extra})",
    "success": "st.success('t'{extra})", "warning": "st.warning('t'{extra})",
    "error": "st.error('t'{extra})", "json": "st.json({{}}{extra})",
    "form_submit_button": "f = st.form('f')\nf.form_submit_button('S'{extra})",
    "line_chart": "st.line_chart({{'a': [1, 2]}}{extra})",
    "area_chart": "st.area_chart({{'a': [1, 2]}}{extra})",
    "bar_chart": "st.bar_chart({{'a': [1, 2]}}{extra})",
    "scatter_chart": "st.scatter_chart({{'a': [1, 2]}}{extra})",
    "image": "st.image(__import__('numpy').zeros((2, 2)){extra})",
    "progress": "st.progress(50{extra})", "toast": "st.toast('t'{extra})",
    "status": "st.status('s'{extra}).text('x')",
    "spinner": "st.spinner('s'{extra}).__enter__()",
    "audio": "st.audio(b'RIFF'{extra})", "video": "st.video(b'v'{extra})",
    "pdf": "st.pdf(b'%PDF-1.4'{extra})", "camera_input": "st.camera_input('C'{extra})",
    "audio_input": "st.audio_input('A'{extra})",
}
NEEDS_MULTIMEDIA = {"audio", "video", "camera_input", "audio_input"}  # Qt Multimedia (+ libpulse0)
CALLBACK_PARAMS = {"on_change", "on_click"}  # checked (must be callable) at the next event
BAD_VALUES = ("5", "2.5", "-1", "object()", "['x']")


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_wrong_typed_argument_fails_in_the_api_or_renders(name: str, qapp) -> None:
    if name in NEEDS_MULTIMEDIA:
        pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    params = [p for p in inspect.signature(getattr(st, name)).parameters if p not in CALLBACK_PARAMS]
    broken = []
    for param in params:
        for bad in BAD_VALUES:
            source = "import rerunqt as st\n" + CALLS[name].format(extra=f", {param}={bad}") + "\n"
            at = AppTest.from_string(source).run()
            if at.exception:
                continue  # refused in the API call: the window shows the same error element
            page = QWidget()
            renderer = Renderer(QVBoxLayout(page), Host(lambda event: None))
            renderer.render(at.tree)
            page.resize(400, 300)
            page.grab()
            if renderer.failures:
                broken.append(f"{name}({param}={bad})")
            page.deleteLater()
    assert not broken, f"accepted by the API but not buildable by the window: {broken}"

"""st.image and st.pyplot on the real window: scaled down to fit, never up, captions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.qt


def pictures(pilot) -> list:
    row = pilot.record(kind="image").widget
    return [cell.picture for cell in row.cells]


def test_a_small_image_keeps_its_size_and_a_wide_one_fits_the_page(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image(np.zeros((50, 80), dtype=np.uint8), caption='small')
        st.image(np.zeros((1000, 4000, 3), dtype=np.uint8), caption='wide')
    """))
    pilot.window.resize(900, 700)
    pilot.settle()
    records = pilot.window.renderer.find(kind="image")
    small = records[0].widget.cells[0]
    wide = records[1].widget.cells[0]
    pilot.qtbot.waitUntil(lambda: small.picture.width() == 80)
    assert small.picture.height() == 50  # not scaled up to the page
    assert small.caption.text() == "small" and small.caption.isVisible()
    page = records[1].widget.width()
    assert 0 < wide.picture.width() <= page < 4000  # scaled down to the column
    assert abs(wide.picture.height() - wide.picture.width() / 4) <= 1  # aspect kept


def test_stretch_and_a_fixed_width(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image(np.zeros((10, 20), dtype=np.uint8), width='stretch')
        st.image(np.zeros((10, 20), dtype=np.uint8), width=200)
    """))
    records = pilot.window.renderer.find(kind="image")
    stretched, fixed = records[0].widget.cells[0].picture, records[1].widget.cells[0].picture
    pilot.qtbot.waitUntil(lambda: fixed.width() == 200)
    assert fixed.height() == 100
    assert stretched.width() > 200 and stretched.height() == stretched.width() // 2


def test_images_side_by_side_with_captions_and_an_update_in_place(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        v = st.number_input('v', 0, 255, 0, key='v')
        st.image([np.full((4, 4), v, dtype=np.uint8)] * 2, caption=['a', 'b'])
    """))
    row = pilot.record(kind="image").widget
    assert [cell.caption.text() for cell in row.cells] == ["a", "b"]
    assert row.cells[0].x() < row.cells[1].x()
    before = row.cells[0]
    assert before.picture.pixmap.toImage().pixelColor(0, 0).red() == 0
    pilot.set_value(200, key="v")
    assert pilot.record(kind="image").widget is row and row.cells[0] is before
    assert before.picture.pixmap.toImage().pixelColor(0, 0).red() == 200


def test_encoded_bytes_bgr_and_rgba(rerunqt_pilot, write_script, tmp_path) -> None:
    from PIL import Image

    path = tmp_path / "blue.png"
    Image.new("RGB", (6, 3), (0, 0, 255)).save(path)
    pilot = rerunqt_pilot(write_script(f"""
        import numpy as np
        import rerunqt as st
        st.image({str(path)!r})
        bgr = np.zeros((2, 2, 3), dtype=np.uint8); bgr[..., 0] = 255
        st.image(bgr, channels='BGR')
        st.image(np.full((2, 2, 4), 0.5))
    """))
    images = [r.widget.cells[0].picture.pixmap.toImage() for r in pilot.window.renderer.find(kind="image")]
    assert (images[0].width(), images[0].height()) == (6, 3)
    assert images[0].pixelColor(0, 0).blue() == 255
    assert images[1].pixelColor(0, 0).blue() == 255 and images[1].pixelColor(0, 0).red() == 0
    assert images[2].pixelColor(0, 0).alpha() == 127


def test_pyplot_shows_the_figure(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import matplotlib.pyplot as plt
        import rerunqt as st
        fig, ax = plt.subplots()
        ax.plot([1, 3, 2])
        st.pyplot(fig)
    """))
    picture = pictures(pilot)[0]
    assert not picture.pixmap.isNull() and picture.pixmap.width() > 500
    assert 0 < picture.width() < picture.pixmap.width()  # fits the page


def test_a_click_on_a_linked_image_opens_the_link(rerunqt_pilot, write_script, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from rerunqt.qt.adapters import image as image_qt

    opened = []
    monkeypatch.setattr(image_qt.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image(np.zeros((20, 20), dtype=np.uint8), link='https://example.com/')
    """))
    picture = pictures(pilot)[0]
    assert picture.toolTip() == "https://example.com/"
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    assert opened == ["https://example.com/"]


def test_a_javascript_link_on_an_image_opens_nothing(rerunqt_pilot, write_script, qtbot,
                                                     monkeypatch) -> None:
    """Streamlit neutralises ``link="javascript:..."`` (its anchor goes to "#"): a click
    on the picture opens nothing and it shows no link."""
    from PySide6.QtCore import Qt

    from rerunqt.qt.adapters import image as image_qt

    opened = []
    monkeypatch.setattr(image_qt.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image(np.zeros((20, 20), dtype=np.uint8), link="javascript:alert('xss')")
    """))
    picture = pictures(pilot)[0]
    assert picture.toolTip() == ""
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    assert opened == []


def test_svg_markup_and_svg_files_are_drawn(rerunqt_pilot, write_script, tmp_path) -> None:
    """Streamlit's st.image takes SVG text; Qt draws it at its own size."""
    (tmp_path / "logo.svg").write_text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
        '<rect width="40" height="30" fill="blue"/></svg>')
    pilot = rerunqt_pilot(write_script(f"""
import rerunqt as st
st.image('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="60">'
         '<rect width="100" height="60" fill="orange"/></svg>', caption="inline")
st.image({str(tmp_path / "logo.svg")!r})
"""))
    images = [record.widget for record in pilot.window.renderer.find(kind="image")]
    assert not pilot.window.renderer.find(kind="exception")
    shots = [widget.grab().toImage() for widget in images]
    from PySide6.QtGui import QColor

    def has(image, colour: str) -> bool:
        want = QColor(colour)
        return any(image.pixelColor(x, y) == want
                   for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))

    assert has(shots[0], "#ffa500")  # orange
    assert has(shots[1], "#0000ff")


def test_a_web_image_shows_its_address_and_opens_in_the_browser(rerunqt_pilot, write_script,
                                                                 monkeypatch) -> None:
    """A web image is not fetched: in its place a panel says so, shows the address and
    opens it in the browser; a narrow ``width`` (a sidebar logo) still leaves it readable,
    and the caption and the rest of the page show."""
    from rerunqt.qt.adapters import extras

    opened: list[str] = []
    monkeypatch.setattr(extras, "open_url", lambda url: opened.append(url) or True)
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        st.image('https://static.streamlit.io/examples/cat.jpg', caption='A cat', width=100)
        st.text('after')
    """))
    pilot.window.resize(900, 700)
    pilot.settle()
    row = pilot.record(kind="image").widget
    cell = row.cells[0]
    assert cell.web.isVisible() and not cell.picture.isVisible()
    assert cell.web.title.text() == "This image is on the web"
    assert cell.web.width() >= 200 and row.width() >= 200
    assert cell.caption.text() == "A cat" and cell.caption.isVisible()
    cell.web.button.click()
    assert opened == ["https://static.streamlit.io/examples/cat.jpg"]
    assert pilot.texts("text") == ["after"]


def test_a_caption_is_read_as_markdown(rerunqt_pilot, write_script) -> None:
    """Streamlit renders image captions as Markdown: **bold** is bold, not asterisks."""
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image(np.zeros((10, 10), dtype=np.uint8), caption='**Revenue** by :red[quarter]')
        st.image(np.zeros((10, 10), dtype=np.uint8), caption='plain words')
    """))
    records = pilot.window.renderer.find(kind="image")
    marked, plain = records[0].widget.cells[0].caption, records[1].widget.cells[0].caption
    assert marked.textFormat() != Qt.TextFormat.PlainText
    assert "**" not in marked.text() and "[quarter]" not in marked.text()
    assert plain.text() == "plain words"


def test_several_images_at_a_pixel_width_keep_it_and_wrap_to_more_lines(rerunqt_pilot, write_script) -> None:
    """Streamlit's image list overflows to further rows: each image keeps width=200
    (the list was squeezed into one 200 px row, captions clipped)."""
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image([np.zeros((100, 100), dtype=np.uint8)] * 5,
                 caption=[f"Overflow {i}" for i in range(5)], width=200)
    """))
    pilot.window.resize(900, 900)
    pilot.settle()
    cells = pilot.record(kind="image").widget.cells
    pilot.qtbot.waitUntil(lambda: all(cell.picture.width() == 200 for cell in cells))
    assert all(cell.picture.height() == 200 for cell in cells)
    tops = {cell.mapTo(pilot.window, cell.rect().topLeft()).y() for cell in cells}
    assert len(tops) >= 2  # 5 x 200 px do not fit one line of the page: they wrap
    assert all(cell.caption.text().startswith("Overflow") for cell in cells)


def test_one_alt_text_per_picture_names_the_row(rerunqt_pilot, write_script) -> None:
    pilot = rerunqt_pilot(write_script("""
        import numpy as np
        import rerunqt as st
        st.image([np.zeros((4, 4), dtype=np.uint8)] * 3, alt=['red', None, 'blue'])
    """))
    assert pilot.record(kind="image").widget.accessibleName() == "red, blue"


def test_an_svg_shown_wider_than_its_size_is_drawn_at_that_width(rerunqt_pilot, write_script) -> None:
    """Streamlit's browser draws an SVG sharp at any width; its 100 px picture scaled up to
    300 px was blurred."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        svg = '<svg width="100" height="50" xmlns="http://www.w3.org/2000/svg">' \\
              '<circle cx="25" cy="25" r="20" fill="red" /></svg>'
        st.image(svg, width=300)
        st.image(svg)
        st.image(svg, width='stretch')
    """))
    pixmaps = [r.widget.cells[0].picture.pixmap for r in pilot.window.renderer.find(kind="image")]
    assert [(p.width(), p.height()) for p in pixmaps[:2]] == [(300, 150), (100, 50)]
    assert pixmaps[2].width() > 300


def test_an_animated_gif_plays_and_a_still_or_converted_one_does_not(rerunqt_pilot, write_script) -> None:
    """A browser plays an animated GIF; Streamlit sends it as is unless ``output_format``
    converts it (PNG / JPEG: a still of its first frame). A one-frame GIF is a still."""
    pilot = rerunqt_pilot(write_script("""
        import io
        from PIL import Image
        import rerunqt as st
        def gif(colours):
            frames = [Image.new("RGB", (8, 8), c) for c in colours]
            out = io.BytesIO()
            frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=50,
                           loop=0)
            return out.getvalue()
        st.image(gif(["red", "blue", "green"]))
        st.image(gif(["red", "blue", "green"]), output_format="PNG")
        st.image(gif(["red"]))
    """))
    playing, converted, still = [record.widget.cells[0].picture
                                 for record in pilot.window.renderer.find(kind="image")]
    assert playing.movie is not None and playing.movie.frameCount() == 3
    assert playing.movie.state() == playing.movie.MovieState.Running
    assert converted.movie is None and still.movie is None
    playing.movie.jumpToFrame(1)
    assert playing.pixmap.toImage().pixelColor(4, 4).blue() > 200  # the second (blue) frame shows


def test_a_web_image_in_a_narrow_column_stays_inside_it(rerunqt_pilot, write_script) -> None:
    """A logo beside a title (``st.columns([1, 8])``, ``st.image(url, width=80)``): the
    address panel shrinks to its column; it took 200 px and ran under the title's column."""
    pilot = rerunqt_pilot(write_script("""
        import rerunqt as st
        c1, c2 = st.columns([1, 8])
        c1.image('https://example.com/logo.png', width=80)
        c2.title('MicroNutri AI Pro')
    """))
    pilot.window.resize(1000, 600)
    pilot.settle()
    panel = pilot.record(kind="image").widget.cells[0].web
    column, title_column = (record.widget for record in pilot.window.renderer.find(kind="column"))
    assert panel.isVisible() and column.width() < 200
    right = panel.mapTo(pilot.window, panel.rect().topRight()).x()
    assert right < title_column.mapTo(pilot.window, title_column.rect().topLeft()).x()


def test_an_svg_with_no_size_of_its_own_is_a_browser_s_300_by_150(qapp) -> None:
    """``<svg>`` with no pixel width and height and no viewBox (Streamlit 0.68's columns demo:
    ``<rect width="100%" .../>``): a browser shows it 300 x 150; Qt made it 100 x 100. An
    SVG with a size or a viewBox keeps Qt's reading."""
    from rerunqt.core.image_data import read_image
    from rerunqt.qt.adapters.image import to_qimage

    def size(root: str) -> tuple[int, int]:
        image = to_qimage(read_image(f'{root}<rect width="100%" height="100%" fill="red"/></svg>'))
        return image.width(), image.height()

    assert size('<svg xmlns="http://www.w3.org/2000/svg">') == (300, 150)
    assert size('<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">') == (300, 150)
    assert size('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">') == (40, 20)
    assert size('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 20">') == (10, 20)

"""The kind catalogue (rerunqt/core/kinds.py) against everything that must agree with it.

Each check names the kinds that lack a piece, so adding a kind without its adapter,
AppTest accessor, public function or props fails here with the kind's name.
"""

from __future__ import annotations

import rerunqt
from rerunqt.core.element import walk
from rerunqt.core.kinds import ACCESSORS, CATALOGUE, KINDS
from rerunqt.testing import AppTest

NOT_ELEMENTS = {"__version__", "write", "session_state", "rerun", "stop", "id_scope", "sidebar", "bottom",
                "echo", "write_stream", "fragment",  # a fragment draws a container
                "cache_data", "cache_resource",
                # draw an image element (pyplot, Vega-Lite)
                "pyplot", "altair_chart", "column_config",  # altair_chart draws a vega_lite_chart
                "secrets", "context", "connection", "get_option", "set_option", "Page", "switch_page",
                "query_params", "user", "login", "logout"}

EVERY_KIND = """
import rerunqt as st
st.title('t'); st.header('t'); st.subheader('t'); st.markdown('t'); st.text('t')
st.caption('t'); st.code('x'); st.json({}); st.divider()
st.info('i'); st.success('s'); st.warning('w'); st.error('e'); st.exception(ValueError('x'))
st.button('B'); st.checkbox('C'); st.toggle('T'); st.text_input('T'); st.number_input('N')
st.text_area('A'); st.radio('R', ['a']); st.selectbox('S', ['a']); st.multiselect('M', ['a'])
st.slider('S'); st.select_slider('SS', ['a', 'b']); st.date_input('D'); st.time_input('T')
st.color_picker('C'); st.file_uploader('F'); st.download_button('D', b'x')
st.data_editor([{'a': 1}])
st.line_chart([1, 2]); st.area_chart([1, 2]); st.bar_chart([1, 2]); st.scatter_chart([1, 2])
st.vega_lite_chart({'a': [1, 2]}, {'mark': 'line', 'encoding': {'y': {'field': 'a'}}})
st.map({'lat': [1.0], 'lon': [2.0]}); st.plotly_chart({'data': [{'type': 'bar', 'y': [1, 2]}]})
st.pydeck_chart({'layers': [{'@@type': 'ScatterplotLayer', 'data': [{'position': [2.0, 1.0]}]}]})
import numpy as np; st.image(np.zeros((2, 2)))
st.dataframe([{'a': 1}]); st.dataframe([{'a': 1}], on_select='rerun'); st.table([{'a': 1}])
st.metric('M', 1, 2)
with st.form('f'):
    st.form_submit_button('S')
st.columns(1)[0].text('x')
st.container().text('x'); st.tabs(['a'])[0].text('x'); st.expander('e').text('x')
st.popover('p').text('x'); st.empty().text('x'); st.sidebar.text('x')
st.chat_message('user').text('x'); st.chat_input('Say')
st.pills('P', ['a']); st.feedback(); st.skeleton(); st.menu_button('MB', ['a']); st.pagination(3)
st.logo(np.zeros((4, 8), dtype=np.uint8)); st.graphviz_chart('digraph { a -> b }')
st.grid(2).text('cell'); st.grid(2).cell(column_span=2).text('c')
st.segmented_control('G', ['a']); st.datetime_input('DT')
st.audio(b'RIFF'); st.video(b'v'); st.pdf(b'%PDF-1.4'); st.camera_input('Cam'); st.audio_input('Mic')
st.iframe('https://example.org'); st.mermaid_chart('graph LR; a --> b')
st.echarts_chart({'series': [{'type': 'line', 'data': [1, 2]}]})
import streamlit.components.v1 as components; components.declare_component('c', url='http://x')()
import streamlit.components.v2 as components_v2; components_v2.component('c2', html='<b>x</b>')()
st.help(len); st.badge('b'); st.space(); st.html('<b>x</b>'); st.latex('x^2'); st.link_button('L', 'https://x.org')
st.set_page_config(page_title='t')
def home():
    st.page_link(st.Page(home), label='Home')
st.navigation([st.Page(home)], position='hidden').run()
@st.dialog('D')
def show():
    st.text('in dialog')
show()
@st.fragment
def part():
    st.text('in fragment')
part()
st.progress(50, text='p'); st.status('s').text('x'); st.toast('t'); st.balloons(); st.snow()
st.spinner('s').__enter__()  # never left: the spinner stays on the page
"""


def test_all_lists_exactly_the_public_names() -> None:
    functions = {kind.function for kind in CATALOGUE if kind.function is not None}
    assert sorted(rerunqt.__all__) == sorted(functions | NOT_ELEMENTS)
    for name in rerunqt.__all__:
        assert hasattr(rerunqt, name), name


def test_every_kind_has_an_adapter(qapp) -> None:
    from rerunqt.qt.adapters import ADAPTERS

    assert sorted(set(KINDS) - set(ADAPTERS)) == [], "kinds without a Qt adapter"
    assert sorted(set(ADAPTERS) - set(KINDS)) == [], "adapters of kinds not in the catalogue"


def test_every_kind_has_an_apptest_accessor() -> None:
    at = AppTest.from_string(EVERY_KIND).run()
    # a row of columns or a tab bar is listed through its parts: at.columns, at.tabs
    listed_by_parts = {kind.name for kind in CATALOGUE if kind.accessor is None
                       and any(part.accessor == kind.function for part in CATALOGUE)}
    missing = [kind.name for kind in CATALOGUE if kind.name not in listed_by_parts and (
        kind.accessor is None or kind.name not in ACCESSORS.get(kind.accessor, ()))]
    assert missing == [], "kinds AppTest cannot list"
    for accessor, kinds in ACCESSORS.items():
        if accessor not in ("sidebar", "bottom"):  # roots list what is drawn in them
            found = {view._element.kind for view in getattr(at, accessor)}
            assert found and found <= set(kinds), accessor


def test_every_drawn_kind_has_the_catalogue_s_props_in_order() -> None:
    at = AppTest.from_string(EVERY_KIND).run()
    drawn = {}
    for element in walk(at.tree):
        drawn.setdefault(element.kind, tuple(name for name, _ in element.props))
    assert sorted(set(KINDS) - set(drawn)) == [], "kinds the sweep does not draw"
    wrong = {name: props for name, props in drawn.items() if KINDS[name].props != props}
    assert wrong == {}, "props differ from rerunqt/core/kinds.py"


EXTRA_ARGS = {"download_button": (b'd',), "menu_button": (['a'],)}


def test_widget_flags_match_what_registration_enforces() -> None:
    for kind in CATALOGUE:
        if kind.in_form or kind.role != "widget":
            continue
        at = AppTest.from_string(f"""
            import rerunqt as st
            with st.form('f'):
                st.{kind.function}('x', *{EXTRA_ARGS.get(kind.name, ())})
                st.form_submit_button()
        """).run()
        assert f"`st.{kind.function}()` can't be used in an `st.form()`" in at.exception[0].message, \
            kind.name

"""What goes into a bundle, and how a build lands in dist/ (PyInstaller faked here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rerunqt.package import build as build_module
from rerunqt.package.analysis import analyse
from rerunqt.package.build import BuildError, BuildPlan, build, bundle_datas
from rerunqt.package.command import parse_add_data


def make_app(root: Path) -> Path:
    files = {"app.py": "import helper\n", "helper.py": "", "pages/1_Two.py": "",
             ".streamlit/config.toml": "[theme]\nbase = 'dark'\n",
             ".streamlit/secrets.toml": "token = 'x'\n", ".rerunqt/config.toml": "",
             "data/table.csv": "a\n1\n", "data/sub/more.csv": "b\n", "notes.txt": "n"}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root / "app.py"


def plan_for(script: Path, tmp_path: Path, **extra: object) -> BuildPlan:
    return BuildPlan(script=script, name="Demo", analysis=analyse(script), dist=tmp_path / "dist",
                     work=tmp_path / "build", **extra)  # type: ignore[arg-type]


def bundle_paths(datas: list[tuple[str, str]], root: Path) -> set[str]:
    return {f"{dest}/{Path(src).name}" for src, dest in datas if Path(src).is_relative_to(root)}


def test_the_script_pages_local_modules_and_config_go_beside_each_other(tmp_path: Path) -> None:
    script = make_app(tmp_path / "src")
    said: list[str] = []
    paths = bundle_paths(bundle_datas(plan_for(script, tmp_path), said), tmp_path / "src")
    assert paths == {"app/app.py", "app/helper.py", "app/pages/1_Two.py",
                     "app/.streamlit/config.toml", "app/.rerunqt/config.toml"}
    assert said == ["left out .streamlit/secrets.toml (pass --include-secrets to ship it)"]


def test_secrets_go_in_when_asked(tmp_path: Path) -> None:
    script = make_app(tmp_path / "src")
    said: list[str] = []
    datas = bundle_datas(plan_for(script, tmp_path, include_secrets=True), said)
    assert "app/.streamlit/secrets.toml" in bundle_paths(datas, tmp_path / "src") and said == []


def test_add_data_keeps_a_relative_data_file_where_the_script_looks(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    script = make_app(tmp_path / "src")
    monkeypatch.chdir(tmp_path / "src")
    extra = [parse_add_data("notes.txt:."), parse_add_data("data:data")]
    paths = bundle_paths(bundle_datas(plan_for(script, tmp_path, add_data=extra), []), tmp_path / "src")
    # Path(__file__).parent / "notes.txt" and / "data" / "sub" / "more.csv" work in the bundle
    assert {"app/notes.txt", "app/data/table.csv", "app/data/sub/more.csv"} <= paths


def test_rerunqt_resources_are_shipped(tmp_path: Path) -> None:
    datas = bundle_datas(plan_for(make_app(tmp_path / "src"), tmp_path), [])
    assert any(dest == "resources" and src.endswith("light.qss") for src, dest in datas)


def fake_pyinstaller(fail: bool):
    def run(spec: Path, dist: Path, plan: BuildPlan) -> None:
        assert "collect_submodules" in spec.read_text()
        folder = dist / plan.name
        folder.mkdir(parents=True)
        (folder / plan.name).write_text("new")
        if fail:
            raise BuildError("PyInstaller failed (exit 1)")
    return run


def test_a_failed_build_leaves_the_old_bundle_and_no_partial_one(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    plan = plan_for(make_app(tmp_path / "src"), tmp_path, clean=True)
    (plan.dist / "Demo").mkdir(parents=True)
    (plan.dist / "Demo" / "Demo").write_text("old")
    monkeypatch.setattr(build_module, "_run_pyinstaller", fake_pyinstaller(fail=True))
    with pytest.raises(BuildError):
        build(plan)
    assert (plan.dist / "Demo" / "Demo").read_text() == "old"
    assert sorted(p.name for p in plan.dist.iterdir()) == ["Demo"]


def test_a_finished_build_replaces_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = plan_for(make_app(tmp_path / "src"), tmp_path, clean=True)
    (plan.dist / "Demo").mkdir(parents=True)
    (plan.dist / "Demo" / "stale").write_text("old")
    monkeypatch.setattr(build_module, "_run_pyinstaller", fake_pyinstaller(fail=False))
    final, said, _ = build(plan)
    assert final == plan.dist / "Demo" and (final / "Demo").read_text() == "new"
    assert not (final / "stale").exists()
    assert sorted(p.name for p in plan.dist.iterdir()) == ["Demo"]
    assert any(line.startswith("excluded Qt modules the app does not import: ") for line in said)


def test_the_spec_leaves_out_what_the_app_does_not_use(tmp_path: Path) -> None:
    plan = plan_for(make_app(tmp_path / "src"), tmp_path)
    plan.work.mkdir(parents=True)
    spec, _ = build_module._spec(plan, [])
    text = spec.read_text()
    for name in ("'PySide6.QtQuick'", "'PySide6.QtWebEngineCore'", "'PySide6.QtPdf'", "'pandas'",
                 "'pyqtgraph'", "'rerunqt.testing'"):
        assert name in text
    compile(text, str(spec), "exec")


def test_the_executable_icon_is_the_kind_each_os_takes() -> None:
    ico, icns, svg = Path("a.ico"), Path("a.icns"), Path("a.svg")
    assert build_module.executable_icon(ico, "win32") == ico
    assert build_module.executable_icon(icns, "darwin") == icns
    assert build_module.executable_icon(svg, "win32") is None
    assert build_module.executable_icon(ico, "linux") is None


def test_translations_keep_the_build_machines_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from rerunqt.package.qt_parts import language, rules

    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert language() == "de"
    [translations, *_] = rules("de", qt_network=False)
    assert translations.matches("PySide6/Qt/translations/qtbase_fr.qm")
    assert not translations.matches("PySide6/Qt/translations/qtbase_de.qm")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert language() == ""


def test_qt_network_plugins_stay_when_the_app_imports_qtnetwork() -> None:
    from rerunqt.package.qt_parts import rules

    tls = "PySide6/Qt/plugins/tls/libqopensslbackend.so"
    assert any(rule.matches(tls) for rule in rules("", qt_network=False))
    assert not any(rule.matches(tls) for rule in rules("", qt_network=True))
    assert not any(rule.matches("PySide6/Qt/plugins/platforms/libqxcb.so") for rule in rules("", False))
    assert not any(rule.matches("PySide6/Qt/plugins/platforms/libqoffscreen.so") for rule in rules("", False))


def test_media_elements_keep_the_qt_parts_they_load(tmp_path: Path) -> None:
    # st.audio / st.pdf import Qt Multimedia / Qt PDF inside rerunqt, never in the app:
    # the bundle keeps them only for an app that calls them, and otherwise leaves out the
    # add-on plugins (PDF image format, multimedia, the QML on-screen keyboard)
    from rerunqt.package.qt_parts import excluded_modules, rules

    (tmp_path / "plain.py").write_text("import streamlit as st\nst.button('go')\n")
    (tmp_path / "media.py").write_text("import rerunqt as st\nst.audio(b'')\nst.pdf(b'')\n")
    plain, media = analyse(tmp_path / "plain.py"), analyse(tmp_path / "media.py")
    assert plain.media_qt_modules == set()
    assert media.media_qt_modules == {"QtMultimedia", "QtMultimediaWidgets", "QtPdf", "QtPdfWidgets"}
    kept = excluded_modules(media.media_qt_modules, uses_charts=False)
    assert "PySide6.QtMultimedia" not in kept and "PySide6.QtPdf" not in kept
    assert "PySide6.QtMultimedia" in excluded_modules(set(), uses_charts=False)
    pdf_plugin = "PySide6/Qt/plugins/imageformats/libqpdf.so"
    keyboard = "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    assert any(r.matches(pdf_plugin) for r in rules("", False))
    assert any(r.matches(keyboard) for r in rules("", False))
    assert not any(r.matches(pdf_plugin) for r in rules("", False, ("QtPdf", "QtPdfWidgets")))
    assert not any(r.matches("PySide6/Qt/lib/libQt6Multimedia.so.6")
                   for r in rules("", False, ("QtMultimedia",)))

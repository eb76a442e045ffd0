"""Packaging: desktop integration files, the application icon, and the built sdist and wheel
installed into a fresh virtualenv (everything the app loads at run time must be inside)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.reader.Reader"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / f"{APP_ID}.mime.xml"
ICON_DIR = ROOT / "resources" / "icons" / "app"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_TYPE = "application/x-reader-comparison"
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _version() -> str:
    return metadata.version("reader")


# --- .desktop entry --------------------------------------------------------------------------

def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_desktop_entry_fields():
    e = _desktop_entry()
    assert e["Type"] == "Application"
    assert e["Name"] == "reader"
    assert e["Comment"]
    assert e["Icon"] == APP_ID
    assert e["Exec"].split()[-1] == "%F"
    assert MIME_TYPE in e["MimeType"].split(";")
    assert e["Categories"].endswith(";") and "Office" in e["Categories"].split(";")
    assert e["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian: desktop-file-utils)")
def test_desktop_file_validate():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


# --- AppStream metainfo and shared-mime-info -------------------------------------------------

def test_metainfo_fields():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    # the licence software centres show is the package's own expression (code and shipped data)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root.findtext("project_license") == pyproject["project"]["license"]
    assert root.findtext("name") == "reader"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "reader"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    # the newest release listed is the package's version
    assert root.find("releases/release").get("version") == _version()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (Debian: appstream)")
def test_metainfo_validates():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mime_xml_fields():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{SMI}mime-info"
    types = root.findall(f"{SMI}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    t = types[0]
    assert [g.get("pattern") for g in t.findall(f"{SMI}glob")] == ["*.readercmp"]
    assert t.find(f"{SMI}sub-class-of").get("type") == "application/json"
    assert t.findtext(f"{SMI}comment")
    assert t.find(f"{SMI}icon").get("name") == APP_ID


def test_mime_type_matches_the_file_format():
    from reader.document import fileformat

    assert fileformat.MIME_TYPE == MIME_TYPE
    t = ET.parse(MIME_XML).getroot().find(f"{SMI}mime-type")
    assert t.find(f"{SMI}glob").get("pattern") == "*" + fileformat.EXTENSION


# --- the application icon --------------------------------------------------------------------

def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_sizes(size):
    assert _png_size(ICON_DIR / f"{APP_ID}-{size}.png") == (size, size)


def test_icon_svg():
    root = ET.parse(ICON_DIR / f"{APP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("width") == root.get("height")


def test_icon_reachable_as_resource():
    from reader.paths import resource

    assert resource("icons", "app", f"{APP_ID}.svg").is_file()
    assert resource("icons", "app", f"{APP_ID}-256.png").is_file()


# --- scripts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("script", ["build.sh", "install.sh", "uninstall.sh"])
def test_scripts_parse(script):
    path = PACKAGING / script
    assert os.access(path, os.X_OK), f"{script} is not executable"
    r = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def _stand_in_bundle(tmp_path: Path) -> Path:
    """A folder shaped like the one build.sh makes, with a program that only says who it is."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "library.so").write_bytes(b"\x7fELF stand-in")
    (bundle / "reader").write_text("#!/bin/sh\necho reader-stand-in\n")
    (bundle / "reader").chmod(0o755)
    return bundle


def _snapshot(root: Path) -> dict[str, str]:
    """Every path under root and what it is: a folder, a link and its target, a file and a hash
    of its content."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                out[rel] = "link to " + os.readlink(path)
            elif path.is_dir():
                out[rel] = "folder"
            else:
                out[rel] = "file " + hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return out


def _plant_recovery(home: Path) -> Path:
    """Unsaved work of an earlier session, where the app keeps it (Qt's data folder for the
    organisation and application both called reader)."""
    from reader.document import Document, Note
    from reader.document.autosave import write_recovery
    from reader.reading import read_article
    from reader.paths import seed_paths

    articles = tuple(read_article(p, f"a{k}") for k, p in enumerate(seed_paths()[:2]))
    doc = Document(articles=articles, notes=(Note("note:1", "summary", "check the casualty figures"),))
    return write_recovery(doc, home / ".local" / "share" / "reader" / "reader" / "recovery", "earlier")


def _home(tmp_path: Path) -> Path:
    """A home folder with the user's unsaved work and another application's menu entry."""
    home = tmp_path / "home"
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    _plant_recovery(home)
    return home


def _script(name: str, home: Path, *args) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    r = subprocess.run(["bash", str(PACKAGING / name), *map(str, args)], env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _installed_paths(home: Path) -> list[Path]:
    data = home / ".local" / "share"
    return [
        home / ".local" / "lib" / "reader" / "reader",
        data / "applications" / f"{APP_ID}.desktop",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ] + [data / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES]


def test_install_and_uninstall(tmp_path):
    """install.sh puts a (stand-in) bundle in ~/.local/lib/reader, apart from the app's data, and
    the desktop files in place; uninstall.sh leaves the home as it was, unsaved work included."""
    home = _home(tmp_path)
    before = _snapshot(home)

    _script("install.sh", home, _stand_in_bundle(tmp_path))
    for path in _installed_paths(home):
        assert path.is_file(), path
    link = home / ".local" / "bin" / "reader"
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "reader-stand-in\n"
    program = home / ".local" / "lib" / "reader" / "reader"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{program}" %F' in desktop.read_text().splitlines()
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert r.returncode == 0 and not r.stdout.strip(), r.stdout
    # the app's data folder holds the user's work only
    data_folder = {k: v for k, v in _snapshot(home).items() if k.startswith(".local/share/reader")}
    assert data_folder == {k: v for k, v in before.items() if k.startswith(".local/share/reader")}

    _script("uninstall.sh", home)
    assert _snapshot(home) == before


def test_reinstall_then_uninstall(tmp_path):
    """Installing over an installation keeps the record of what the first one created."""
    home = _home(tmp_path)
    before = _snapshot(home)
    bundle = _stand_in_bundle(tmp_path)
    _script("install.sh", home, bundle)
    (bundle / "reader").write_text("#!/bin/sh\necho reader-stand-in-2\n")
    _script("install.sh", home, bundle)
    assert subprocess.run([str(home / ".local" / "bin" / "reader")], capture_output=True,
                          text=True).stdout == "reader-stand-in-2\n"
    _script("uninstall.sh", home)
    assert _snapshot(home) == before


_OTHER_MIME_PACKAGE = (
    '<?xml version="1.0"?>\n<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
    '<mime-type type="application/x-other-thing"><comment>other</comment>'
    '<glob pattern="*.otherthing"/></mime-type></mime-info>\n')


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database not installed (Debian: shared-mime-info)")
def test_uninstall_keeps_a_mime_database_that_was_there(tmp_path):
    """A MIME database the user had before stays, without reader's type; one that install.sh
    caused to be written (the other tests) goes with it."""
    home = _home(tmp_path)
    mime = home / ".local" / "share" / "mime"
    (mime / "packages").mkdir(parents=True)
    (mime / "packages" / "other.xml").write_text(_OTHER_MIME_PACKAGE)
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    before = _snapshot(home)

    _script("install.sh", home, _stand_in_bundle(tmp_path))
    assert "*.readercmp" in (mime / "globs2").read_text()
    _script("uninstall.sh", home)
    globs = (mime / "globs2").read_text()
    assert "*.otherthing" in globs and "*.readercmp" not in globs
    assert _snapshot(home) == before


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database not installed (Debian: shared-mime-info)")
def test_uninstall_keeps_a_mime_database_something_later_uses(tmp_path):
    """The MIME database install.sh caused to be written stays when another application's type
    was added after it: it is regenerated without reader's type."""
    home = _home(tmp_path)
    _script("install.sh", home, _stand_in_bundle(tmp_path))
    mime = home / ".local" / "share" / "mime"
    (mime / "packages" / "later.xml").write_text(_OTHER_MIME_PACKAGE)
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    _script("uninstall.sh", home)
    globs = (mime / "globs2").read_text()
    assert "*.otherthing" in globs and "*.readercmp" not in globs
    assert (mime / "mime.cache").is_file()


@pytest.mark.parametrize("user_file", [True, False])
def test_install_moves_an_old_installation_out_of_the_data_folder(tmp_path, user_file):
    """Installations before this one put the program at ~/.local/share/reader/reader, the path
    of the app's data folder, so crash recovery could not work: install.sh takes it out (and only
    it; the folder goes too when nothing else is in it), and the data folder becomes usable."""
    from reader.document.autosave import folder_problem

    home = tmp_path / "home"
    old = home / ".local" / "share" / "reader"
    shutil.copytree(_stand_in_bundle(tmp_path), old)
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "reader").symlink_to(old / "reader")
    keep = old / "notes-kept-here.txt"
    if user_file:
        keep.write_text("the user's")
    recovery = old / "reader" / "recovery"
    assert folder_problem(recovery) == f"{old / 'reader'} is not a folder"

    _script("install.sh", home, _stand_in_bundle(tmp_path / "new"))
    assert folder_problem(recovery) is None
    if user_file:
        assert sorted(p.name for p in old.iterdir()) == [keep.name]
    else:
        assert not old.exists()
    assert os.readlink(home / ".local" / "bin" / "reader") == str(home / ".local/lib/reader/reader")
    _script("uninstall.sh", home)
    assert not user_file or keep.read_text() == "the user's"
    assert not (home / ".local" / "bin" / "reader").is_symlink()


def test_install_leaves_another_reader_command_alone(tmp_path):
    home = _home(tmp_path)
    other = home / ".local" / "bin" / "reader"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\necho another program\n")
    before = _snapshot(home)
    r = _script("install.sh", home, _stand_in_bundle(tmp_path))
    assert "left" in r.stdout and other.read_text() == "#!/bin/sh\necho another program\n"
    _script("uninstall.sh", home)
    assert _snapshot(home) == before


def test_uninstall_without_an_installation_touches_nothing(tmp_path):
    home = _home(tmp_path)
    before = _snapshot(home)
    assert "not installed" in _script("uninstall.sh", home).stdout
    assert _snapshot(home) == before


# --- start-up: locale and an unusable data folder --------------------------------------------

def test_recovery_survives_an_unusable_folder(tmp_path):
    """A file where the recovery folder should be: discarding and looking for recoveries go on,
    writing fails with an OSError the window reports, and the reason is named."""
    from reader.document import Document
    from reader.document.autosave import discard, find_recoveries, folder_problem, write_recovery

    blocker = tmp_path / "reader"
    blocker.write_text("a program, say")
    folder = blocker / "recovery"
    discard(folder, "session")
    assert find_recoveries(folder) == []
    with pytest.raises(OSError):
        write_recovery(Document(), folder, "session")
    assert folder_problem(folder) == f"{blocker} is not a folder"
    assert folder_problem(tmp_path / "not" / "made" / "yet") is None
    assert not (tmp_path / "not").exists()


def test_window_says_when_recovery_is_off(qtbot, tmp_path, monkeypatch):
    (tmp_path / "blocked").write_text("")
    monkeypatch.setenv("READER_RECOVERY_DIR", str(tmp_path / "blocked" / "recovery"))
    from reader.ui.app import create_window, warn_if_no_recovery

    win = create_window(analyse=False)
    qtbot.addWidget(win)
    message = warn_if_no_recovery(win)
    assert message and "is not a folder" in message
    assert win.statusBar().currentMessage() == message
    win.session.runner.shutdown()


def _bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i` leaves, plus HOME and PATH: no locale, no XDG folders. Qt offscreen, unless
    the tests run with QT_QPA_PLATFORM=xcb (and DISPLAY) to start the app on a real X screen."""
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if env["QT_QPA_PLATFORM"] != "offscreen":
        env.update({k: v for k, v in os.environ.items() if k in ("DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY")})
    env.update(extra)
    return env


def test_app_starts_with_an_unusable_data_folder_and_no_locale(tmp_path):
    """The pip-installed app, started without any locale in its environment and with a file
    where its data folder should be (what an earlier install.sh left): the window opens and
    analyses the seeds, stderr says in one line that crash recovery is off, and Qt has nothing
    to say about the locale. (Python's own locale coercion is off, as in the bundle.)"""
    home = tmp_path / "home"
    (home / ".local" / "share" / "reader").mkdir(parents=True)
    (home / ".local" / "share" / "reader" / "reader").write_text("not a folder")
    r = subprocess.run([sys.executable, "-m", "reader", "--self-test"], capture_output=True, text=True,
                       env=_bare_env(home, PYTHONCOERCECLOCALE="0"), timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed: the window shows 3 articles analysed" in r.stdout
    assert "Detected locale" not in r.stderr
    problems = [line for line in r.stderr.splitlines() if "crash recovery" in line]
    assert problems == [f"reader: Unsaved work cannot be kept for crash recovery: "
                        f"{home / '.local' / 'share' / 'reader' / 'reader'} is not a folder."]


# --- the built sdist and wheel, installed into a fresh virtualenv ----------------------------

def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSTARTUP")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def _run(cmd, cwd, env, timeout=600) -> subprocess.CompletedProcess:
    r = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                       timeout=timeout)
    assert r.returncode == 0, f"{cmd} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


def _runtime_files() -> set[str]:
    """What the app loads at run time, as paths inside the installed package: every module of
    the reader package (a subpackage missing from pyproject's list would be left out) and every
    file under resources/ and seeds/."""
    out = {p.relative_to(ROOT).as_posix() for p in (ROOT / "reader").rglob("*.py")
           if "__pycache__" not in p.parts}
    for top, pkg in (("resources", "reader/resources"), ("seeds", "reader/seeds")):
        for p in (ROOT / top).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
                out.add(f"{pkg}/{p.relative_to(ROOT / top).as_posix()}")
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtualenv with reader installed from a wheel that was built from the sdist (as
    `python -m build` does), with its dependencies from the package index (pip's cache makes
    this quick after the first time)."""
    tmp = tmp_path_factory.mktemp("wheel")
    env = _clean_env(HOME=str(tmp / "home"), XDG_CONFIG_HOME=str(tmp / "home" / ".config"),
                     PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR",
                                                  str(Path.home() / ".cache" / "pip")))
    # a copy of the source tree, as a clean clone would have it (build byproducts left out)
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", venv], tmp, env)
    py = venv / "bin" / "python"
    # the build backend pyproject.toml asks for, to make the sdist with
    build_system = (src / "pyproject.toml").read_text(encoding="utf-8").split("[build-system]")[1]
    requires = re.findall(r'"([^"]+)"', re.search(r"requires\s*=\s*\[(.*?)\]", build_system, re.S)[1])
    _run([py, "-m", "pip", "install", "-q", *requires], tmp, env)
    dist = tmp / "dist"
    dist.mkdir()
    sdist_name = _run([py, "-c", "import sys; from setuptools import build_meta as b; "
                       "print(b.build_sdist(sys.argv[1]))", dist], src, env).stdout.split()[-1]
    sdist = dist / sdist_name
    with tarfile.open(sdist) as t:
        t.extractall(tmp / "sdist", filter="data")
    unpacked = next((tmp / "sdist").iterdir())
    _run([py, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", dist, unpacked],
         tmp, env)
    wheel = next(dist.glob("reader-*.whl"))
    _run([py, "-m", "pip", "install", "-q", wheel], tmp, env)
    return {"tmp": tmp, "env": env, "venv": venv, "py": py, "sdist": sdist, "wheel": wheel}


def test_sdist_and_wheel_carry_runtime_files(installed):
    needed = _runtime_files()
    assert {"reader/resources/wordlists/stopwords.txt", f"reader/resources/icons/app/{APP_ID}.svg"} <= needed
    assert len([f for f in needed if f.startswith("reader/seeds/") and f.endswith(".txt")]) >= 3
    with zipfile.ZipFile(installed["wheel"]) as z:
        in_wheel = set(z.namelist())
    assert needed <= in_wheel, sorted(needed - in_wheel)
    with tarfile.open(installed["sdist"]) as t:
        in_sdist = {"/".join(n.split("/")[1:]) for n in t.getnames()}
    as_in_tree = {f.replace("reader/resources/", "resources/", 1).replace("reader/seeds/", "seeds/", 1)
                  for f in needed}
    as_in_tree |= {"pyproject.toml", "README.md", "LICENSE"}
    assert as_in_tree <= in_sdist, sorted(as_in_tree - in_sdist)


def test_installed_version(installed):
    r = _run([installed["venv"] / "bin" / "reader", "--version"], installed["tmp"], installed["env"])
    assert r.stdout.strip() == f"reader {_version()}"


def test_installed_compare_on_seeds(installed):
    py, tmp, env = installed["py"], installed["tmp"], installed["env"]
    r = _run([py, "-c", "import json, reader.paths as p; "
              "print(json.dumps([str(s) for s in p.seed_paths()]))"], tmp, env)
    seeds = json.loads(r.stdout)
    assert len(seeds) == 3
    assert all(Path(s).is_relative_to(installed["venv"]) for s in seeds), seeds
    r = _run([installed["venv"] / "bin" / "reader", "compare", "--format", "json", *seeds], tmp, env)
    comparison = json.loads(r.stdout)
    assert len(comparison["articles"]) == 3
    assert comparison["links"]


WINDOW_SCRIPT = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from reader.ui.app import create_window

win = create_window([])
win.show()
app = QApplication.instance()
deadline = time.monotonic() + 90
while win.session.comparison is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
app.processEvents()
comparison = win.session.comparison
print("articles", len(comparison.articles) if comparison else None)
print("icon", not win.windowIcon().isNull())
win.close()
app.processEvents()
sys.exit(0 if comparison is not None else 1)
"""


def test_installed_window_offscreen(installed):
    env = dict(installed["env"], QT_QPA_PLATFORM="offscreen")
    r = _run([installed["py"], "-c", WINDOW_SCRIPT], installed["tmp"], env, timeout=180)
    assert "articles 3" in r.stdout.splitlines(), r.stdout + r.stderr


# --- the bundle: built, installed, started, uninstalled ----------------------------------------

@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """dist/reader as packaging/build.sh makes it from a clean copy of the source tree (its build
    virtualenv gets PyInstaller and the project's dependencies from the package index; pip's
    cache makes that quick after the first time)."""
    tmp = tmp_path_factory.mktemp("bundle")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"))
    env = _clean_env(HOME=str(tmp / "home"), PYTHON=sys.executable,
                     PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip")))
    _run(["bash", src / "packaging" / "build.sh"], src, env, timeout=1800)
    return {"dist": src / "dist" / "reader", "build_python": src / "build" / "bundle-venv" / "bin" / "python"}


def _dangling_links(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists())


@pytest.mark.slow
def test_bundle_leaves_out_what_the_app_never_uses(bundle):
    dist = bundle["dist"]
    internal = dist / "_internal"
    assert _dangling_links(dist) == []
    assert (internal / "nltk" / "VERSION").is_file()
    assert not (internal / "nltk" / "test").exists() and not (internal / "tld" / "tests").exists()
    names = [p.name for p in internal.rglob("*")]
    assert not [n for n in names if "sqlite" in n or "readline" in n], names
    # the scripts the program runs before main(): PyInstaller's hooks for nltk and multiprocessing
    # would import those there
    r = _run([bundle["build_python"], "-c", "import sys; from PyInstaller.archive.readers import "
              "CArchiveReader; print('\\n'.join(CArchiveReader(sys.argv[1]).toc))", dist / "reader"],
             dist, _clean_env())
    scripts = r.stdout.split()
    assert "reader_launcher" in scripts
    assert "pyi_rth_nltk" not in scripts and "pyi_rth_multiprocessing" not in scripts


@pytest.mark.slow
def test_bundle_installs_starts_and_uninstalls_cleanly(bundle, tmp_path):
    """The user's story: install the bundle, start the installed program from a bare
    environment (no locale), see its window analyse the sample articles with the unsaved work of
    an earlier session waiting, uninstall; the home is as before but for the app's settings,
    and the unsaved work is untouched."""
    home = _home(tmp_path)
    recovery = next((home / ".local" / "share" / "reader" / "reader" / "recovery").iterdir())
    work = recovery.read_bytes()
    before = _snapshot(home)

    _script("install.sh", home, bundle["dist"])
    program = home / ".local" / "lib" / "reader"
    assert _dangling_links(program) == []
    r = subprocess.run([str(home / ".local" / "bin" / "reader"), "--self-test"], env=_bare_env(home),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed: the window shows 3 articles analysed" in r.stdout, r.stdout + r.stderr
    assert "Detected locale" not in r.stderr and "crash recovery" not in r.stderr, r.stderr
    assert "Traceback" not in r.stderr, r.stderr

    _script("uninstall.sh", home)
    after = _snapshot(home)
    settings = {k: v for k, v in after.items() if k == ".config" or k.startswith(".config/reader")}
    assert ".config/reader/reader.ini" in settings     # the app ran, and keeps its settings
    assert {k: v for k, v in after.items() if k not in settings} == before
    assert recovery.read_bytes() == work


# --- README ----------------------------------------------------------------------------------

def test_readme_install_section():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index("## Set up") < text.index("## Install") < text.index("## Command line")
    install = text.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert "packaging/build.sh" in install and "packaging/install.sh" in install
    assert "packaging/uninstall.sh" in install
    # where install.sh puts the program, as the README says
    prefix = re.search(r"^prefix=\$HOME/(\S+)$", (PACKAGING / "install.sh").read_text(), re.M)[1]
    assert f"`~/{prefix}`" in install
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", install):
        assert (ROOT / image).is_file(), image

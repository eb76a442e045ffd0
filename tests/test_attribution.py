"""Every table and image shipped in resources/ says where it comes from, and the notes that say so
(with the licence texts they point to) ship in the wheel: third-party data carries its licence.

A file is covered by the ATTRIBUTION.md nearest to it (its own folder's, else a parent's), which
names it by its path from the note's folder, as a ``## name`` heading or in backquotes; a name
ending in "/" covers a whole folder."""
from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
NOTE = "ATTRIBUTION.md"
SHIPPED_SUFFIXES = {".txt", ".tsv", ".json", ".svg", ".png", ".csv", ".md"}
_NAMED_RE = re.compile(r"^##\s+(\S+)\s*$|`([^`\s]+)`", re.M)


def _notes() -> list[Path]:
    return sorted(RESOURCES.rglob(NOTE))


def _named(note: Path) -> set[str]:
    """The file and folder paths a note names (words in backquotes that look like paths)."""
    found = set()
    for heading, quoted in _NAMED_RE.findall(note.read_text(encoding="utf-8")):
        name = heading or quoted
        if heading or name.endswith("/") or Path(name).suffix in SHIPPED_SUFFIXES:
            found.add(name)
    return found


def _data_files() -> list[Path]:
    """What resources/ ships besides code, the notes themselves and the licence texts."""
    return sorted(p for p in RESOURCES.rglob("*")
                  if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
                  and p.name != NOTE and "licenses" not in p.relative_to(RESOURCES).parts)


def _nearest_note(path: Path) -> Path:
    folder = path.parent
    while not (folder / NOTE).exists():
        assert folder != RESOURCES, f"no {NOTE} above {path}"
        folder = folder.parent
    return folder / NOTE


def _covers(note: Path, path: Path) -> bool:
    relative = path.relative_to(note.parent).as_posix()
    return any(relative == name or name.endswith("/") and relative.startswith(name)
               for name in _named(note))


def test_every_shipped_data_file_is_named_by_its_nearest_attribution_note():
    unlisted = [p.relative_to(ROOT).as_posix() for p in _data_files() if not _covers(_nearest_note(p), p)]
    assert not unlisted, (f"say where these come from (source, licence) in the {NOTE} of their "
                          f"folder or of resources/: {unlisted}")


def test_every_path_a_note_names_exists():
    for note in _notes():
        missing = [n for n in _named(note) if not (note.parent / n).exists() and not (ROOT / n).exists()]
        assert not missing, f"{note.relative_to(ROOT)} names files that do not exist: {missing}"


def test_third_party_tables_name_their_source_and_licence():
    """The generated gazetteer and the wordfreq table are covered by notes that name their
    upstream data and its licence, with the licence texts shipped beside them."""
    gazetteer = (RESOURCES / "gazetteer" / NOTE).read_text(encoding="utf-8")
    for source, licence in (("GeoNames", "Creative Commons Attribution 4.0"), ("pycountry", "2.1"),
                            ("nicknames", "Apache License 2.0"), ("SCOWL", "SCOWL-copyright.txt"),
                            ("Census", "public domain"), ("us", "us-BSD-3-Clause.txt")):
        assert source in gazetteer and licence in gazetteer, source
    assert "tools/build_gazetteer.py" in gazetteer          # how to rebuild
    assert "wordfreq" in (RESOURCES / "linking" / NOTE).read_text(encoding="utf-8")
    assert {"Apache-2.0.txt", "LGPL-2.1.txt", "SCOWL-copyright.txt", "us-BSD-3-Clause.txt"} <= {
        p.name for p in (RESOURCES / "licenses").iterdir()}


def test_the_notes_and_licence_texts_are_license_files_of_the_distribution():
    """pyproject's license-files put them in the wheel's metadata; package-data ships them too."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["project"]["license-files"]
    wanted = [p.relative_to(ROOT).as_posix() for p in [*_notes(), *(RESOURCES / "licenses").iterdir()]]
    unlisted = [w for w in wanted if not any(fnmatch.fnmatch(w, pat) and w.count("/") == pat.count("/")
                                             for pat in patterns)]
    assert not unlisted, unlisted
    package_data = project["tool"]["setuptools"]["package-data"]["reader.resources"]
    assert "**/*" in package_data

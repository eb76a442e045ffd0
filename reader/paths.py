"""Where shipped data lives. The packages ``reader.resources`` and ``reader.seeds`` are the
top-level ``resources/`` and ``seeds/`` folders, mapped in by pyproject.toml, so importlib.resources
finds them in an editable install, an installed wheel and a frozen bundle alike.

One more mode: the code of a source checkout imported directly while the project is installed
without -e (``pip install .`` then ``python -m pytest`` in the checkout, as packagers test a
wheel): that ``reader`` package has no such sub-packages, so the folders beside it are used."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


_CHECKOUT = Path(__file__).resolve().parent.parent


def _folder(package: str, top_level: str) -> Path:
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        if (_CHECKOUT / top_level).is_dir():
            return _CHECKOUT / top_level
        raise


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("wordlists", "stopwords.txt")."""
    return _folder("reader.resources", "resources").joinpath(*parts)


def seed_paths() -> list[Path]:
    """The bundled sample articles, in a stable order."""
    folder = _folder("reader.seeds", "seeds")
    return sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A shipped word list: one entry a line, '#' starts a comment, blank lines ignored."""
    lines = resource("wordlists", name).read_text(encoding="utf-8").splitlines()
    entries = (line.split("#", 1)[0].strip() for line in lines)
    return frozenset(entry for entry in entries if entry)


@lru_cache(maxsize=None)
def word_sections(name: str) -> dict[str, frozenset[str]]:
    """A sectioned word list of resources/wordlists/: "[section]" lines head groups; an entry is
    a whole line (a word or a phrase), in small letters; '#' starts a comment."""
    out: dict[str, set[str]] = {}
    current = ""
    for raw in resource("wordlists", name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, set())
            continue
        out.setdefault(current, set()).add(line)
    return {k: frozenset(v) for k, v in out.items()}

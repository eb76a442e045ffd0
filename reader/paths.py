"""Where shipped data lives. One way in every mode: the packages ``reader.resources`` and
``reader.seeds`` are the top-level ``resources/`` and ``seeds/`` folders, mapped in by
pyproject.toml, so importlib.resources finds them in a source checkout, an editable install,
an installed wheel and a frozen bundle alike."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("wordlists", "stopwords.txt")."""
    return Path(str(resources.files("reader.resources").joinpath(*parts)))


def seed_paths() -> list[Path]:
    """The bundled sample articles, in a stable order."""
    folder = Path(str(resources.files("reader.seeds")))
    return sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A shipped word list: one entry a line, '#' starts a comment, blank lines ignored."""
    lines = resource("wordlists", name).read_text(encoding="utf-8").splitlines()
    return frozenset(l.split("#", 1)[0].strip() for l in lines if l.split("#", 1)[0].strip())

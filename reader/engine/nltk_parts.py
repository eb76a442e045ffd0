"""The two pieces of nltk the engine uses, Punkt and the Porter stemmer, imported without
running ``nltk/__init__``.

That package file imports nearly all of nltk (and numpy through it): about 200 ms at every
start for two small modules. A subpackage cannot be imported without its parent package, so
the parents are registered as bare namespace modules just long enough to load the two modules
the engine needs; then every nltk module loaded on the way is withdrawn from ``sys.modules``
(the engine keeps the classes), so a later ``import nltk`` anywhere loads the whole package
as usual, consistent from top to bottom.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:        # never run; tells freezing tools (PyInstaller) which modules are needed
    import nltk.stem.porter  # noqa: F401
    import nltk.tokenize.punkt  # noqa: F401


def _load(*modules: str) -> list:
    if "nltk" in sys.modules:                       # nltk is loaded already: nothing to save
        return [importlib.import_module(m) for m in modules]
    before = set(sys.modules)
    try:
        for name in ("nltk", "nltk.stem", "nltk.tokenize"):
            spec = importlib.util.find_spec(name)
            if spec is None or spec.submodule_search_locations is None:
                raise ImportError(name)
            stand_in = types.ModuleType(name)
            stand_in.__path__ = list(spec.submodule_search_locations)
            stand_in.__spec__ = spec
            stand_in.__package__ = name
            sys.modules[name] = stand_in
        loaded = [importlib.import_module(m) for m in modules]
    except Exception:           # an unusual install or importer: the plain way below
        loaded = None
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]
    return loaded if loaded is not None else [importlib.import_module(m) for m in modules]


_porter, _punkt = _load("nltk.stem.porter", "nltk.tokenize.punkt")

PorterStemmer = _porter.PorterStemmer
PunktLanguageVars = _punkt.PunktLanguageVars
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer

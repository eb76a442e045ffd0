"""Start-up: what the first imports load, nltk's two modules without the rest of nltk, and the
start-up analysis forked while the window is built. Each runs in a fresh interpreter."""
import json
import subprocess
import sys

from reader.paths import seed_paths


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_entry_point_loads_neither_qt_nor_the_engine():
    got = _run("import json, sys; import reader.cli, reader.ui.app; "
               "print(json.dumps(sorted(m for m in ('PySide6.QtCore', 'numpy', 'nltk', 'reader.engine.align', "
               "'importlib.metadata') if m in sys.modules)))")
    assert got == []


def test_the_engine_uses_nltk_without_loading_all_of_it():
    got = _run("import json, sys\n"
               "from reader.engine import segment, text\n"
               "loaded = 'nltk' in sys.modules\n"
               "stem = text.stem('running')\n"
               "import nltk\n"                          # a later full import still works
               "from nltk.stem import PorterStemmer\n"
               "print(json.dumps([loaded, stem, PorterStemmer().stem('running'), hasattr(nltk, 'word_tokenize')]))")
    assert got == [False, "run", "run", True]


def test_the_forked_start_up_analysis_is_the_windows_first_result():
    paths = [str(p) for p in seed_paths()]
    got = _run("import json, os\n"
               "from reader.ui import prefetch\n"
               "from reader.ui.analysis import Request, file_specs, read_all, compare_articles\n"
               f"paths = {paths!r}\n"
               "prefetch.start(paths)\n"
               "forked = prefetch.claim(Request(file_specs(paths)))\n"
               "comparison, articles, errors = forked.take()\n"
               "here = compare_articles(list(read_all(Request(file_specs(paths)))[0].values()))\n"
               "other = prefetch.claim(Request(file_specs(paths)))\n"      # only the first request
               "print(json.dumps([forked is not None, sorted(articles), errors, len(comparison.links),"
               " len(here.links), comparison.sentences == here.sentences, other is None]))")
    forked, keys, errors, links, links_here, same_sentences, claimed_once = got
    assert forked and keys == sorted(p.stem for p in seed_paths()) and errors == []
    assert links == links_here > 0 and same_sentences and claimed_once


def test_no_fork_for_a_saved_comparison_or_other_files():
    got = _run("import json\n"
               "from reader.ui import prefetch\n"
               "from reader.ui.analysis import Request, file_specs\n"
               "prefetch.start(['/x/a.readercmp', '/x/b.txt'])\n"
               "none_for_saved = prefetch._pending is None\n"
               "prefetch.start(['/x/a.txt', '/x/b.txt'])\n"
               "other = prefetch.claim(Request(file_specs(['/x/c.txt', '/x/d.txt'])))\n"
               "print(json.dumps([none_for_saved, other is None, prefetch._pending is None]))")
    assert got == [True, True, True]


def test_a_failed_start_up_analysis_leaves_the_work_to_the_window():
    """The child fails (its traceback on stderr): take() says so with None, in no time, and
    the window's worker analyses the usual way, with progress and cancel; the parent never
    runs the analysis behind the worker's back."""
    paths = [str(p) for p in seed_paths()]
    got = _run("import json, time\n"
               "from reader.ui import prefetch\n"
               "from reader.ui.analysis import Request, file_specs\n"
               "ran = []\n"
               "def broken(request):\n"
               "    ran.append(1)\n"
               "    raise RuntimeError('no analysis here')\n"
               "prefetch._analyse = broken\n"
               f"prefetch.start({paths!r})\n"
               f"forked = prefetch.claim(Request(file_specs({paths!r})))\n"
               "print(json.dumps([forked is not None, forked.take(), ran]))")
    assert got == [True, None, []]

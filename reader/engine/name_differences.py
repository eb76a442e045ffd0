"""Names that differ between two linked sentences: one name spelled or formed otherwise
(name_forms), an organisation or place the actor stage found to be one but named differently, a
person one source names and the other leaves unnamed, a list of names given in part."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from itertools import combinations

from reader.engine import gazetteer, name_forms, name_lists, organisation_names
from reader.engine.model import Difference
from reader.engine.sentence_facts import Found
from reader.engine.text import WORD_RE, fold, name_key, stopwords
from reader.paths import word_list


def names(fa, fb, facts) -> list[Found]:
    """One name written differently: the sentences' own name words compared (name_forms), and
    organisations and places the actor stage found to be one, named by forms neither of which
    merely shortens the other ("Iranian Revolutionary Guard" / "Islamic Revolutionary Guard
    Corps", "Calif." / "CA")."""
    key = ("names", fa.names_key, fb.names_key)
    if key in facts.compared:
        return []                        # sentences named alike were found to differ in no name
    sa, sb = fa.s, fb.s
    out: list[Found] = []
    found = []
    if not fa.run_keys.isdisjoint(fb.run_index) or not fa.near_keys.isdisjoint(fb.near_keys):
        found = name_forms.variants(fa.runs, fb.runs, fb.run_index, (fa.run_shapes, fb.run_shapes))
        for v in found:
            if v.loose and (v.loose[0] in facts.word_keys_of(sb.article)
                            or v.loose[1] in facts.word_keys_of(sa.article)):
                continue                 # each article writes the other's form too: two names
            out.append(("name", *v.a, *v.b, v.note))
    both = fa.organisation_ids & fb.organisation_ids
    seen = set()
    for (aid, form), (m, a) in (fa.organisations.items() if both else ()):
        if aid not in both or aid in seen:
            continue
        ma = (m.start - sa.start, m.end - sa.start)
        for other, n in fb.organisation_forms[aid]:
            nb = (n.start - sb.start, n.end - sb.start)
            if other == form or _overlaps_any(out, ma, nb) or not _forms_differ(m.text, n.text, a.kind):
                continue
            seen.add(aid)
            out.append(("name", *ma, *nb, f"{a.name}: “{m.text}” vs “{n.text}”"))
            break
    if not found and not seen:
        facts.compared[key] = None
    return out


def unnamed(fa, fb, facts) -> list[Found]:
    """A person one source names in its role ("Iran's ambassador, Reza Amira Moghaddam") and the
    other leaves unnamed ("the Iranian ambassador"), nowhere naming them in its article."""
    for x, y, flip in ((fa, fb, False), (fb, fa, True)):
        if not x.named_in_role:
            continue
        words_y = y.folded_words
        for m, surname, near in x.named_in_role_keys:
            role = near[0]
            hit = words_y.get(role)
            if hit is None or surname in facts.name_keys_of(y.s.article) \
                    or not y.near_keys.isdisjoint(near[1]) or near[1] & y.run_keys:
                continue                 # the other article names them (in any spelling)
            people = [(n.start - y.s.start, n.end - y.s.start)
                      for n, a in y.facts.mentions[y.s.id] if a.kind == "person"]
            if name_forms.titles_a_name(y.text, hit.start(), hit.end(), people):
                continue                 # "President Joe Biden": the role of someone named (diffs5)
            pa = (m.start - x.s.start, m.end - x.s.start)
            pb = (hit.start(), hit.end())
            if flip:
                pa, pb = pb, pa
            return [("name", *pa, *pb, f"{m.text} is named in one source only")]
    return []


def lists(fa, fb) -> list[Found]:
    """A list of names one sentence gives in part, or with one name changed (name_forms)."""
    facts = fa.facts
    for x, y, flip in ((fa, fb, False), (fb, fa, True)):
        if not x.name_lists:
            continue

        def about(span_x, span_y, x=x.s, y=y.s):
            return not facts.context(x, *span_x).isdisjoint(facts.context(y, *span_y))

        found = name_lists.list_difference(x.runs, x.name_lists, y.runs, y.name_lists, about,
                                           (x.list_shapes, y.run_shapes, y.list_shapes))
        if found is not None:
            kind, pa, pb, note = found
            if flip:
                pa, pb = pb, pa
            return [(kind, *pa, *pb, note)]
    return []


def _overlaps_any(found: list[Found], ma: tuple[int, int], nb: tuple[int, int]) -> bool:
    return any(f[1] < ma[1] and ma[0] < f[2] or f[3] < nb[1] and nb[0] < f[4] for f in found)


ABBREVIATION_LETTERS = 6      # "CA" and "Calif." are two abbreviations of one name


@lru_cache(maxsize=16384)
def _forms_differ(x: str, y: str, kind: str) -> bool:
    """Two forms of one organisation or place that name it differently, rather than one being
    the other shortened: not an acronym of the other ("FDA"), nor the other with one word left
    out where it stood ("Foreign Ministry" / "Pakistani Foreign Ministry"); either they share
    words but differ in more ("Revolutionary Guard" / "Islamic Revolutionary Guard Corps") or
    in order ("Supreme Court Commission" / "Presidential Commission on the Supreme Court"), or
    they are two abbreviations ("Calif." / "CA")."""
    def words(s: str) -> list[str]:
        return [re.sub(r"(?<=\w{3})s$", "", fold(w)) for w in re.findall(r"(?:[A-Z]\.){2,}|[\w'’-]+", s)
                if fold(w) not in stopwords() and not gazetteer.country_of_demonym(w)
                and not gazetteer.is_place(w)]

    if _acronym(x, y) or _acronym(y, x) or not (_proper(x) and _proper(y)):
        return False
    if (told := organisation_names.forms_differ(x, y)) is not None:   # short names, plurals (diffs5)
        return told
    wx, wy = words(x), words(y)
    if wx == wy and ("&" in x) != ("&" in y):
        return True                      # "Brackley & Stone" / "Brackley and Stone": two spellings
    if (set(wx) ^ set(wy)) & word_list("titles.txt") or set(wx) == set(wy):
        return False
    if not set(wx) & set(wy):
        return kind == "place" and max(len(name_key(x)), len(name_key(y))) <= ABBREVIATION_LETTERS
    small, big = sorted((wx, wy), key=len)
    if not set(small) <= set(big):
        return True
    inside = any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))
    return len(big) - len(small) >= 2 or not inside


def _proper(form: str) -> bool:
    """A name as written, every word capitalised but its particles ("Army of Justice"), not a
    description the actor stage folded in ("Democratic lawmakers")."""
    return all(w[:1].isupper() or fold(w) in stopwords() or "-" in w for w in WORD_RE.findall(form))


def _acronym(short: str, full: str) -> bool:
    """Whether short is an acronym of full ("FDA" / "Food and Drug Administration", "CDC" /
    "Centers for Disease Control and Prevention", "U.S." / "United States")."""
    letters = name_key(short)
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", full)).lower()
    return short.replace(".", "").isupper() and len(letters) >= 2 and initials.startswith(letters)


# --- across articles ------------------------------------------------------------------------

OCCURRENCES = 3               # sentences per article where a name form is looked at
CROWDED_KEY = 40              # a look-up key shared by this many forms is a common word, not a name
PLACE_SHARED = 3              # concepts two sentences share for a spelling to be shown on them too


def across_articles(facts, of: dict, reported: list[Difference]) -> list[Difference]:
    """Names two articles write differently, shown where no linked pair of sentences shows it:
    an outlet's spelling is a fact about the outlet and its actor ("Amirabdollahian" /
    "Amir-Abdollahian", "Mrs Pelosi" / "Ms. Pelosi"), not about one sentence, so the sentences
    looked at are all but bylines, linked or not. Each sentence carrying one form (at most
    OCCURRENCES per article) is paired with the sentence carrying the other that shares most
    content with it; the pair sharing most is always shown, the others when they share
    PLACE_SHARED concepts (they are about one thing). An article that writes both forms counts
    when the other article writes only one ("Sistan-Baluchestan" beside "Sistan-Baluchistan" in
    one, "Sistan-Baluchistan" only in the other). Pairs of sentences a linked pair's difference
    already shows are not repeated. A surname alone is compared as the full names told it
    (_surname_spelt).
    of: the facts of the linked sentences (organisations_across looks at those)."""
    seen = {(d.a.sentence, d.b.sentence, fold(d.a.text), fold(d.b.text))
            for d in reported if d.kind == "name"}
    seen |= {(b, a, y, x) for a, b, x, y in seen}
    shown = {(d.a.article, d.b.article, fold(d.a.text), fold(d.b.text)) for d in reported if d.kind == "name"}
    shared: dict = {}                # (sentence id, sentence id) -> _shared, for _placements
    occurrences: dict = defaultdict(lambda: defaultdict(list))     # shape -> article -> [(facts, run)]
    shapes_of_key: dict = defaultdict(set)
    example: dict = {}
    for f in sorted(facts.by_id().values(), key=lambda f: _position(f.s)):
        s = f.s
        if s.role == "byline":
            continue
        for run in f.runs:
            found = occurrences[run.shape][s.article]
            if len(found) < OCCURRENCES:
                found.append((f, run))
            if run.shape not in example:
                example[run.shape] = run
                for key in run.lookup | run.near:
                    shapes_of_key[key].add(run.shape)
    pairs = set()
    for shapes in shapes_of_key.values():
        if 1 < len(shapes) <= CROWDED_KEY:
            pairs.update(combinations(sorted(shapes, key=repr), 2))
    out = []
    compared = {(x, y): name_forms.compare(example[x], example[y]) for x, y in sorted(pairs, key=repr)}
    spellings = _spellings_told(compared.values())
    for (x, y), rel in compared.items():
        if rel is None:
            rel = _surname_spelt(example[x], example[y], spellings)
        if rel is None:
            continue
        (i, j), (k, m), note, loose = rel
        for art_a, at_a in occurrences[x].items():
            for art_b, at_b in occurrences[y].items():
                if art_a == art_b or art_b in occurrences[x] and art_a in occurrences[y]:
                    continue             # each article writes both forms
                if loose and (loose[0] in facts.word_keys_of(art_b) or loose[1] in facts.word_keys_of(art_a)):
                    continue
                for (fa, ra), (fb, rb) in _placements(at_a, at_b, shared):
                    a0, a1 = ra.tokens[i].start, ra.tokens[j - 1].end
                    b0, b1 = rb.tokens[k].start, rb.tokens[m - 1].end
                    key = (fa.s.id, fb.s.id, fold(fa.text[a0:a1]), fold(fb.text[b0:b1]))
                    if key in seen:
                        continue
                    seen.add(key)
                    seen.add((fb.s.id, fa.s.id, key[3], key[2]))
                    shown.add((art_a, art_b, key[2], key[3]))
                    out.append(Difference("name", facts.span(fa.s, fa.s.start + a0, fa.s.start + a1),
                                          facts.span(fb.s, fb.s.start + b0, fb.s.start + b1), note))
    shown |= {(b, a, y, x) for a, b, x, y in shown}
    return out + organisations_across(facts, of, shown)


def _spellings_told(compared) -> frozenset:
    """The pairs of words (name keys, both orders) name_forms.compare() told one name spelt
    two ways (its loose evidence), of the results compared."""
    return frozenset(p for rel in compared if rel is not None for p in (rel[3], rel[3][::-1]))


def _surname_spelt(ra: name_forms.Run, rb: name_forms.Run, spellings: frozenset) -> tuple | None:
    """What name_forms.compare() would give for two one-word runs ("Grigoriev" / "Grigorjew")
    whose words this comparison has told one name spelt two ways beside a first name both
    write ("Sergei Grigoriev" / "Sergei Grigorjew"; spellings: _spellings_told). Alone, a surname two
    letters from another is as often someone else's, but not once the full names tell it."""
    if len(ra.tokens) != 1 or len(rb.tokens) != 1:
        return None
    ka, kb = name_key(ra.tokens[0].bare), name_key(rb.tokens[0].bare)
    if (ka, kb) not in spellings:
        return None
    return (0, 1), (0, 1), f"spelled “{ra.surface}” vs “{rb.surface}”", (ka, kb)


def _placements(at_a: list, at_b: list, known: dict) -> list:
    """The pairs of occurrences ((facts, run) of at_a, of at_b) a spelling is shown on: each
    occurrence with the other side's that shares most content with it; the pair sharing most
    always, the others when they share PLACE_SHARED concepts. known: _shared of pairs of
    sentences already compared, by their ids."""
    if len(at_a) == 1 and len(at_b) == 1:
        return [(at_a[0], at_b[0])]
    shared = [[_shared(p[0], q[0], known) for q in at_b] for p in at_a]
    closest = {(p, max(range(len(at_b)), key=lambda q: shared[p][q][0])) for p in range(len(at_a))}
    closest |= {(max(range(len(at_a)), key=lambda p: shared[p][q][0]), q) for q in range(len(at_b))}
    best = max(sorted(closest), key=lambda pq: shared[pq[0]][pq[1]][0])
    return [(at_a[p], at_b[q]) for p, q in sorted(closest)
            if (p, q) == best or shared[p][q][1] >= PLACE_SHARED]


def _shared(fa, fb, known: dict) -> tuple[float, int]:
    """The share of content two sentences have in common (of the shorter one's), and how many
    concepts that is (kept in known, by the sentences' ids)."""
    key = (fa.s.id, fb.s.id)
    found = known.get(key)
    if found is None:
        ca, cb = fa.concepts, fb.concepts
        n = len(ca & cb)
        found = known[key] = n / max(1, min(len(ca), len(cb))), n
    return found


def _position(s) -> tuple[str, int]:
    return s.article, s.start


def organisations_across(facts, of: dict, seen: set) -> list[Difference]:
    """Organisations and places two articles name differently (the actor stage found the forms
    to be one), where no linked pair of sentences shows it: one difference per actor and pair of
    articles, each form absent from the other article."""
    out = []
    for actor in facts.actor.values():
        if actor.kind == "person":
            continue
        forms: dict = defaultdict(dict)                 # article -> folded form -> first mention
        for m in actor.mentions:
            if m.sentence in of:
                forms[m.article].setdefault(fold(m.text), m)
        articles = sorted(forms)
        for n, art_a in enumerate(articles):
            for art_b in articles[n + 1:]:
                fa_, fb_ = forms[art_a], forms[art_b]
                pair = next(((ma, mb) for x, ma in fa_.items() if x not in fb_
                             for y, mb in fb_.items() if y not in fa_
                             and _forms_differ(ma.text, mb.text, actor.kind)), None)
                if pair is None:
                    continue
                ma, mb = pair
                key = (art_a, art_b, fold(ma.text), fold(mb.text))
                if key in seen:
                    continue
                seen.add(key)
                seen.add((art_b, art_a, key[3], key[2]))
                sa, sb = of[ma.sentence].s, of[mb.sentence].s
                out.append(Difference("name", facts.span(sa, ma.start, ma.end),
                                      facts.span(sb, mb.start, mb.end),
                                      f"{actor.name}: “{ma.text}” vs “{mb.text}”"))
    return out


# --- a group named in one source, described in the other ----------------------------------

GROUP_NOUNS = frozenset({"group", "organisation", "organization", "militia", "movement", "faction",
                         "outfit", "network", "gang", "cell"})
GROUP_BEFORE_WORDS = 3        # "the militant group Jaish al-Adl": the noun this near before the name
_DESCRIBED_RE = re.compile(r"\b[Aa]n?\s+(?:[\w'’-]+\s+){0,3}?(" + "|".join(sorted(GROUP_NOUNS)) + r")\b")


def described_group(text: str):
    """Where a sentence describes a group without naming it ("a terrorist group opposed to
    Tehran"): (start, end, the folded group noun), or None. Worked out once per sentence
    (SentenceFacts.described)."""
    m = _DESCRIBED_RE.search(text)
    return None if m is None else (*m.span(), fold(m.group(1)))


def grouped_organisations(s, text: str, mentions) -> tuple:
    """(mention, actor, group nouns among the GROUP_BEFORE_WORDS words before it) of each
    organisation the sentence names just after a group noun ("the militant group Jaish
    al-Adl"), in the order of mentions. Worked out once per sentence (SentenceFacts.grouped)."""
    out = []
    for m, actor in mentions:
        if actor.kind != "organization":
            continue
        before = WORD_RE.findall(text[max(0, m.start - s.start - 40):m.start - s.start])
        nouns = frozenset(fold(w) for w in before[-GROUP_BEFORE_WORDS:]) & GROUP_NOUNS
        if nouns:
            out.append((m, actor, nouns))
    return tuple(out)


def unnamed_group(fa, fb, facts) -> list[Found]:
    """An organisation one sentence names as a group ("an anti-Iran militant group, Jaish
    al-Adl") where the other only describes one ("a terrorist group opposed to Tehran") and its
    article has not named it before: a reader of that source is not told which."""
    for x, y, flip in ((fa, fb, False), (fb, fa, True)):
        described = y.described
        if described is None or described[2] not in x.group_nouns:
            continue
        start, end, noun = described
        for m, actor, nouns in x.grouped:
            if noun not in nouns:
                continue
            if any(n.article == y.s.article and n.start < y.s.end for n in actor.mentions):
                continue             # the other source has named it by then
            pa = (m.start - x.s.start, m.end - x.s.start)
            pb = (start, end)
            if flip:
                pa, pb = pb, pa
            return [("name", *pa, *pb, f"{m.text} is named in one source only")]
    return []

"""Names that differ between two linked sentences: one name spelled or formed otherwise
(name_forms), an organisation or place the actor stage found to be one but named differently, a
person one source names and the other leaves unnamed, a list of names given in part."""
from __future__ import annotations

import re
from functools import lru_cache

from reader.engine import gazetteer, name_forms
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

        found = name_forms.list_difference(x.runs, x.name_lists, y.runs, y.name_lists, about,
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
    wx, wy = words(x), words(y)
    if (set(wx) | set(wy)) & word_list("titles.txt") or set(wx) == set(wy):
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

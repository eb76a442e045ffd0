"""Scoring of a comparison against hand-made gold, in process: a copy of the team's scorer
(`score.py` in the shared evaluation folder, which a user's clone does not have) so the tests can
hold the engine to the accuracy it has reached. Keep the two in step: the figures must agree.

`score(gold, Comparison(json_dict))` returns one set's figures; `merge(total, r)` sums sets the way
score.py does, plus link recall split by gold kind (same / partial).
"""
import re
import unicodedata


def norm_ws(s):
    return re.sub(r"\s+", " ", s)


def locate(text, snippet):
    """Start offset of snippet in text; tolerant of whitespace and quote-style differences."""
    i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    # tolerant search: map normalised text back to original offsets
    def canon(ch):
        return {"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "}.get(ch, ch)
    src, back = [], []
    prev_space = False
    for k, ch in enumerate(text):
        c = canon(ch)
        if c.isspace():
            if prev_space:
                continue
            c, prev_space = " ", True
        else:
            prev_space = False
        src.append(c)
        back.append(k)
    flat = "".join(src)
    want = norm_ws("".join(canon(c) for c in snippet)).strip()
    j = flat.find(want)
    if j < 0:
        return None
    return back[j], back[j + len(want) - 1] + 1


# Titles in front of a name: "President Joe Biden", "Sen. Manchin" and "Joe Biden" name one actor,
# so a title is not part of a form (gold sets differ in whether they list titled forms).
TITLES = re.compile(r"^(?:(?:the|president|vice president|former|sen|senator|rep|representative|gov|"
                    r"governor|mayor|judge|justice|chief justice|dr|mr|mrs|ms|miss|sir|dame|lord|"
                    r"prime minister|minister|foreign minister|secretary|gen|general|adm|admiral|col|"
                    r"colonel|lt|sgt|capt|captain|king|queen|prince|princess|pope|speaker|leader|"
                    r"chairman|chairwoman|chair|ceo|prof|professor|attorney general|ambassador) )+")


def norm_name(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w]+", " ", s.casefold()).strip()
    t = TITLES.sub("", s)
    return t if t else s


QUOTE_MARKS = "\"'“”‘’«»„‚‹›"


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Comparison:
    def __init__(self, data):
        self.data = data
        self.articles = {a["id"]: a for a in data["articles"]}
        self.sentence_of = {}
        for a in data["articles"]:
            for s in a["sentences"]:
                self.sentence_of[s["id"]] = (a["id"], s["start"], s["end"])

    def sentence_at(self, art, pos):
        for s in self.articles[art]["sentences"]:
            if s["start"] <= pos < s["end"]:
                return s["id"]
        return None

    def span(self, art, snippet):
        return locate(self.articles[art]["text"], snippet)


def score(gold, cmp):
    out = {}
    missing = []

    def sent(ref):
        art, snip = ref
        if art not in cmp.articles:
            missing.append(f"article {art} not in comparison")
            return None
        sp = cmp.span(art, snip)
        if sp is None:
            missing.append(f"snippet not found in {art}: {snip[:50]!r}")
            return None
        mid = (sp[0] + sp[1] - 1) // 2
        return cmp.sentence_at(art, sp[0]) or cmp.sentence_at(art, mid)

    # --- sentence links -------------------------------------------------------------
    gold_links, allowed = set(), set()   # to find (same, partial) / not penalised (also topic)
    for l in gold.get("links", []):
        a, b = sent(l["a"]), sent(l["b"])
        if a and b and a != b:
            allowed.add(frozenset((a, b)))
            if l.get("kind", "same") != "topic":
                gold_links.add(frozenset((a, b)))
    sys_links = set()
    for l in cmp.data.get("links", []):
        if cmp.sentence_of.get(l["a"], (None,))[0] != cmp.sentence_of.get(l["b"], (None,))[0]:
            sys_links.add(frozenset((l["a"], l["b"])))
    topic = allowed - gold_links        # neither credited nor penalised
    judged = sys_links - topic
    raw = out["raw"] = {}
    raw["links"] = (len(judged & gold_links), len(judged), len(sys_links & gold_links), len(gold_links))
    out["links"] = prf(*raw["links"]) + (len(sys_links), len(gold_links))
    out["topic_links"] = len(sys_links & topic)
    text_of = lambda sid: (lambda a, s, e: cmp.articles[a]["text"][s:e])(*cmp.sentence_of[sid])
    why = out["why"] = []
    for pair in sorted(gold_links - sys_links, key=sorted):
        x, y = sorted(pair)
        why.append(f"missed link: {x} {text_of(x)[:60]!r} ~ {y} {text_of(y)[:60]!r}")
    for pair in sorted(sys_links - allowed, key=sorted):
        x, y = sorted(pair)
        why.append(f"wrong link: {x} {text_of(x)[:60]!r} ~ {y} {text_of(y)[:60]!r}")

    # --- actors ---------------------------------------------------------------------
    sys_actors = []
    for act in cmp.data.get("actors", []):
        forms = {norm_name(act.get("name", ""))}
        forms |= {norm_name(x) for x in act.get("aliases", [])}
        forms |= {norm_name(m.get("text", "")) for m in act.get("mentions", [])}
        forms.discard("")
        sys_actors.append((act, forms))
    gold_actors = []   # (actor, the forms written in the articles; the name where none are given)
    for g in gold.get("actors", []):
        forms = {norm_name(x) for lst in g.get("forms", {}).values() for x in lst}
        forms.discard("")
        gold_actors.append((g, forms or {norm_name(g["name"])}))
    covered = [[i for i, (_, sf) in enumerate(sys_actors) if sf & gf] for _, gf in gold_actors]
    recall_n = sum(1 for c in covered if c)
    sys_hit = [any(sf & gf for _, gf in gold_actors) for _, sf in sys_actors]
    raw["actors"] = (sum(sys_hit), len(sys_actors), recall_n, len(gold_actors))
    out["actors"] = prf(*raw["actors"]) + (len(sys_actors), len(gold_actors))
    multi = [(g, gf) for g, gf in gold_actors if len(gf) > 1]
    merged = 0
    for g, gf in multi:
        if any(gf <= sf for _, sf in sys_actors):
            merged += 1
        else:
            why.append(f"not merged whole: {g['name']} {sorted(gf)}")
    for (g, gf), c in zip(gold_actors, covered):
        if not c:
            why.append(f"missed actor: {g['name']} ({g['kind']})")
    for (act, sf), hit in zip(sys_actors, sys_hit):
        if not hit:
            why.append(f"extra actor: {act.get('name')!r} ({act.get('kind')})")
    out["alias_merge"] = (merged, len(multi))
    over = sum(1 for _, sf in sys_actors if sum(1 for _, gf in gold_actors if sf & gf) > 1)
    out["over_merged"] = over
    kind_ok = kind_n = 0
    for (g, gf), c in zip(gold_actors, covered):
        if c:
            kind_n += 1
            kind_ok += any(sys_actors[i][0].get("kind") == g["kind"] for i in c)
    out["actor_kind"] = (kind_ok, kind_n)

    def actor_matches(sys_id, gold_name):
        if sys_id is None or gold_name is None:
            return sys_id is None and gold_name is None
        gf = next((gf for g, gf in gold_actors if g["name"] == gold_name), {norm_name(gold_name)})
        for act, sf in sys_actors:
            if act.get("id") == sys_id:
                return bool(sf & gf)
        return False

    # --- quotes ---------------------------------------------------------------------
    direct = [q for q in cmp.data.get("quotes", []) if q.get("kind", "direct") == "direct"]
    matched_sys = set()
    found = attributed = with_speaker = 0
    for gq in gold.get("quotes", []):
        art = gq["article"]
        sp = cmp.span(art, gq["snippet"]) if art in cmp.articles else None
        if sp is None:
            missing.append(f"quote snippet not found in {art}: {gq['snippet'][:50]!r}")
            continue
        text = cmp.articles[art]["text"]
        s0, s1 = sp            # the words inside the marks: a snippet's own marks do not count
        while s0 < s1 and text[s0] in QUOTE_MARKS + " ":
            s0 += 1
        while s1 > s0 and text[s1 - 1] in QUOTE_MARKS + " ":
            s1 -= 1
        sp = (s0, s1) if s0 < s1 else sp
        hit = None
        for k, q in enumerate(direct):
            if q["article"] == art and q["start"] <= sp[0] and sp[1] <= q["end"] + 1:
                hit = k
                break
        if hit is None:
            why.append(f"missed quote: {art} {gq['snippet'][:60]!r}")
            continue
        found += 1
        matched_sys.add(hit)
        if gq.get("speaker"):
            with_speaker += 1
            ok = actor_matches(direct[hit].get("speaker"), gq["speaker"])
            attributed += ok
            if not ok:
                name = next((a.get("name") for a, _ in sys_actors if a.get("id") == direct[hit].get("speaker")), None)
                why.append(f"wrong speaker: {art} {gq['snippet'][:40]!r}: {name!r}, gold {gq['speaker']!r}")
    n_gold_q = len(gold.get("quotes", []))
    raw["quotes"] = (len(matched_sys), len(direct), found, n_gold_q)
    out["quotes"] = prf(*raw["quotes"]) + (len(direct), n_gold_q)
    out["attribution"] = (attributed, with_speaker)

    # --- differences ----------------------------------------------------------------
    diffs = cmp.data.get("differences", [])

    def dspan(side):
        art = cmp.sentence_of.get(side.get("sentence"), (side.get("article"),))[0]
        return art, side.get("start"), side.get("end")

    def overlaps(ref, side):
        art, s, e = dspan(side)
        if art != ref[0] or s is None:
            return False
        sp = cmp.span(ref[0], ref[1]) if ref[0] in cmp.articles else None
        return sp is not None and s < sp[1] and sp[0] < e

    by_kind = {}
    for gd in gold.get("differences", []):
        k = gd["kind"]
        hit = any((overlaps(gd["a"], d["a"]) and overlaps(gd["b"], d["b"])) or
                  (overlaps(gd["a"], d["b"]) and overlaps(gd["b"], d["a"])) for d in diffs)
        n, h = by_kind.get(k, (0, 0))
        by_kind[k] = (n + 1, h + hit)
        if not hit:
            why.append(f"missed difference ({k}): {gd['a'][1][:40]!r} vs {gd['b'][1][:40]!r}")
    out["differences"] = by_kind
    out["differences_reported"] = len(diffs)
    out["missing"] = missing
    return out


def merge(total, r):
    """Add one set's result r into the running total (counts, not ratios)."""
    if not total:
        total.update({k: (list(v) if isinstance(v, tuple) else v) for k, v in r["raw"].items()})
        total.update(alias=list(r["alias_merge"]), kind=list(r["actor_kind"]), att=list(r["attribution"]),
                     diffs={}, reported=0, topic=0, over=0, ns=0, ng=0, ans=0, ang=0, qns=0, qng=0,
                     why=[], missing=[])
    else:
        for k in ("links", "actors", "quotes"):
            total[k] = [a + b for a, b in zip(total[k], r["raw"][k])]
        for k, src in (("alias", "alias_merge"), ("kind", "actor_kind"), ("att", "attribution")):
            total[k] = [a + b for a, b in zip(total[k], r[src])]
    for k, (n, h) in r["differences"].items():
        n0, h0 = total["diffs"].get(k, (0, 0))
        total["diffs"][k] = (n0 + n, h0 + h)
    total["reported"] += r["differences_reported"]
    total["topic"] += r["topic_links"]
    total["over"] += r["over_merged"]
    total["ns"] += r["links"][3]; total["ng"] += r["links"][4]
    total["ans"] += r["actors"][3]; total["ang"] += r["actors"][4]
    total["qns"] += r["quotes"][3]; total["qng"] += r["quotes"][4]
    total["why"] += r["why"]
    total["missing"] += r["missing"]


def link_recall_by_kind(gold, cmp):
    """{kind: (found, gold)} for the gold same and partial links, as score() locates them, and
    {"kind_agrees": (found links reported with the gold's kind, found links)}."""
    counts = {}
    sys_kind = {frozenset((l["a"], l["b"])): l.get("kind") for l in cmp.data.get("links", [])}
    for l in gold.get("links", []):
        kind = l.get("kind", "same")
        if kind == "topic":
            continue
        a, b = (_sentence_of_snippet(cmp, ref) for ref in (l["a"], l["b"]))
        if not a or not b or a == b:
            continue
        reported = sys_kind.get(frozenset((a, b)))
        for key, hit, seen in ((kind, reported is not None, True),
                               ("kind_agrees", reported == kind, reported is not None)):
            if seen:
                h, n = counts.get(key, (0, 0))
                counts[key] = (h + hit, n + 1)
    return counts


def _sentence_of_snippet(cmp, ref):
    art, snip = ref
    if art not in cmp.articles:
        return None
    sp = cmp.span(art, snip)
    if sp is None:
        return None
    mid = (sp[0] + sp[1] - 1) // 2
    return cmp.sentence_at(art, sp[0]) or cmp.sentence_at(art, mid)


def summary(total):
    """The figures score.py prints, as a dict of floats (plus per-kind recalls)."""
    p, r, f = prf(*total["links"])
    out = {"links_p": p, "links_r": r, "links_f1": f}
    p, r, f = prf(*total["actors"])
    out.update(actors_p=p, actors_r=r, actors_f1=f)
    m, n = total["alias"]
    out["alias_merge"] = m / n if n else 1.0
    k, n = total["kind"]
    out["actor_kind"] = k / n if n else 1.0
    p, r, f = prf(*total["quotes"])
    out.update(quotes_p=p, quotes_r=r, quotes_f1=f)
    a, n = total["att"]
    out["attribution"] = a / n if n else 1.0
    gold_n = sum(n for n, _ in total["diffs"].values())
    found = sum(h for _, h in total["diffs"].values())
    out["differences_recall"] = found / gold_n if gold_n else 1.0
    out["differences_per_gold"] = total["reported"] / gold_n if gold_n else 0.0
    for kind, (n, h) in total["diffs"].items():
        out[f"differences_{kind}"] = h / n if n else 1.0
    for kind, (h, n) in total.get("link_kinds", {}).items():
        name = "links_kind_agreement" if kind == "kind_agrees" else f"links_r_{kind}"
        out[name] = h / n if n else 1.0
    return out

"""name_forms._variant_runs tests each pair of runs for a shared key itself (for speed): it must
pair the same runs as gathering each run's candidates through run_index and near keys does."""
from itertools import product

from reader.engine import name_forms

SENTENCES = [
    "Mayor Jane Fox met Ali Reza Khan and Mrs Pelosi in Leeds.",
    "Leeds mayor Jane Foxx spoke after Ms. Pelosi and Alireza Kahn arrived.",
    "Zelensky thanked Nasralla and Prigozin; Tomás Ortega and Tomas Ortega agreed.",
    "Zelenskyy and Zelenskiy met Nasrallah, Prigozhin and Mr Khan in Leeds.",
    "Dmitri Peskov, Navalni and Shoigu were not at the Leeds meeting.",
    "Dmitry Peskov said Navalny and Shoygu had left.",
]


def _gathered(runs_a, runs_b):
    """The pairs found by gathering each run's candidates first (as before)."""
    by_key = name_forms.run_index(runs_b)
    out, used_a, used_b = [], set(), set()
    for ia, ra in enumerate(runs_a):
        near = {ib for key in ra.lookup if key in by_key for ib in by_key[key]}
        if ra.near:
            near |= {ib for ib, rb in enumerate(runs_b) if rb.near and not ra.near.isdisjoint(rb.near)}
        for ib in sorted(near):
            if ia in used_a or ib in used_b:
                continue
            found = name_forms.compare(ra, runs_b[ib])
            if found is not None:
                used_a.add(ia)
                used_b.add(ib)
                out.append((ia, ib, found))
    return out


def test_runs_paired_as_gathering_candidates_pairs_them():
    runs = [name_forms.name_runs(text, frozenset()) for text in SENTENCES]
    paired = 0
    for runs_a, runs_b in product(runs, repeat=2):
        mine = name_forms._variant_runs(runs_a, runs_b, name_forms.run_index(runs_b))
        assert mine == _gathered(runs_a, runs_b)
        paired += len(mine)
    assert paired >= 12

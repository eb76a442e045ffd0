"""How a source is named on screen and in exports, one rule for both."""
from __future__ import annotations

import re


def short_label(key: str) -> str:
    """A label from a file stem when the article names no outlet:
    "ani-pakistan-expels-iran" -> "ANI", "tagesschau-pakistan" -> "Tagesschau"."""
    first = re.split(r"[-_ .]+", key)[0] or key
    if first.isdigit() or len(first) < 2:
        return key
    return first.upper() if len(first) <= 4 else first[:1].upper() + first[1:]


def outlet_label(article) -> str:
    """The article's outlet, or a short label made from its id when the outlet is unknown."""
    return article.outlet.strip() or short_label(article.id)

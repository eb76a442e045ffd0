"""Dates as pages write them for readers, in the languages news pages come in: "26 de abril de
2022", "4. März 2021", "April 26, 2022", "2012年6月4日", "04.06.2012" -> "2012-06-04"."""
from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    1: "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari styczeń "
       "stycznia ocak января",
    2: "february feb februar février févr fevrier febrero febbraio fevereiro februari luty lutego "
       "şubat февраля",
    3: "march mar märz mrz mars marzo março maart marzec marca mart марта",
    4: "april apr avril abril abr aprile kwiecień kwietnia nisan апреля",
    5: "may mai mayo maggio maio mei maj maja mayıs мая",
    6: "june jun juni juin junio giugno junho czerwiec czerwca haziran июня",
    7: "july jul juli juillet juil julio luglio julho lipiec lipca temmuz июля",
    8: "august aug août aout agosto ago augustus sierpień sierpnia ağustos августа",
    9: "september sep sept septembre septiembre setiembre settembre setembro wrzesień września "
       "eylül сентября",
    10: "october oct oktober okt octobre octubre ottobre outubro październik października ekim "
        "октября",
    11: "november nov novembre noviembre novembro listopad listopada kasım ноября",
    12: "december dec dezember dez décembre déc diciembre dic dicembre dezembro grudzień grudnia "
        "aralık декабря",
}
_MONTH_OF = {name: number for number, names in _MONTHS.items() for name in names.split()}
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|\.)?"
_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    rf"(?<!\w){_DAY},?\s*(?:de\s+|of\s+)?{_MONTH},?\s*(?:de\s+|del\s+)?{_YEAR}(?!\d)",   # 26 de abril de 2022
    rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)",                                    # April 26, 2022
    rf"{_YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]?",   # 2012年6月4日
    rf"(?<![\d.]){_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)",                # 2012-06-04
    rf"(?<![\d.])(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?{_YEAR}(?!\d)",       # 04.06.2012
)]
_TIME_RE = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b[ap]\.\s?m\.",
                      re.IGNORECASE)
_MAX_OTHER_WORDS = 4           # "Published on ... by staff": words besides the date and time


def written_day(text: str) -> str:
    """The ISO day a short text states when it is essentially a date ("Publicado: 26, Abril,
    2022 7:43 p.m."), else "" (a sentence that merely mentions a date is no date line)."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        rest = _TIME_RE.sub(" ", text[:match.start()] + " " + text[match.end():])
        if len(re.findall(r"[^\W\d_]{2,}", rest)) > _MAX_OTHER_WORDS:
            return ""
        month = match.group("month")
        number = int(month) if month.isdigit() else _MONTH_OF.get(month.casefold().rstrip("."))
        try:
            return dt.date(int(match.group("year")), number or 0, int(match.group("day"))).isoformat()
        except ValueError:
            return ""
    return ""

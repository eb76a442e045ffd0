"""Lines of a page that are not the story: calls to action, "Read more: ..." pointers, credits.

Judged on a whole line (a paragraph of the extracted text) and only on short ones, so a sentence
of the story that merely mentions a newsletter or a subscription is kept.
"""
from __future__ import annotations

import re

_MAX_WORDS = 40                # longer paragraphs are prose, whatever they start with

# "Read more: ...", "Lesen Sie auch: ...": a pointer to another page, then its headline
_POINTER_RE = re.compile(
    r"^\W*(?:read (?:more|also|next)|also read|see also|related(?: stories| articles| coverage)?"
    r"|more (?:on|from|about) this|recommended|watch|listen|more|continue reading|tags?|topics"
    r"|lesen sie (?:auch|mehr|hier)|mehr (?:zum thema|dazu|lesen)|weiterlesen|auch interessant"
    r"|das könnte sie auch interessieren|zum thema|siehe auch|zur startseite|themen|schlagwörter"
    r"|(?:à )?lire aussi|voir aussi|à voir aussi|lire la suite|sur le même sujet"
    r"|lee (?:también|más)|leer más|lea(?: también| más)?|te puede interesar|ver también"
    r"|más información|noticias relacionadas|más noticias|temas|etiquetas"
    r"|leia (?:também|mais)|veja também|saiba mais|leggi anche|leggi (?:di più|tutto)|vedi anche"
    r"|czytaj (?:także|też|również|więcej)|zobacz (?:także|też|również)|polecamy|tagi"
    r"|lees (?:ook|meer)|läs (?:också|mer)|les også|se også|читайте также|подробнее)"
    r"\s*(?:[:»>|–—-]|\.\.\.|…|$)", re.IGNORECASE)

# imperatives that ask the reader to do something on the site
_CALL_RE = re.compile(
    r"^\W*(?:subscribe\b|sign up\b|click here|tap here|follow us\b|download (?:our|the) app"
    r"|join (?:us|our)\b|get (?:the|our) (?:latest|newsletter|app|best)|support (?:our|us|independent"
    r"|quality)\b|become a (?:member|subscriber|supporter)|share (?:this|on)\b|like us on"
    r"|don'?t miss|never miss|sign in to|log in to|register (?:now|for|to)"
    r"|jetzt (?:abonnieren|registrieren|anmelden|testen|lesen|weiterlesen|kostenlos)"
    r"|(?:abonnieren|folgen|registrieren|unterstützen) sie\b|melden sie sich|klicken sie"
    r"|hier (?:klicken|anmelden|abonnieren)\b|abonnez-vous|inscrivez-vous|suivez-nous|cliquez ici|téléchargez"
    r"|suscr[ií]b(?:ete|ase)|s[ií]guenos|reg[ií]strate|haz clic|descarga (?:la|nuestra)"
    r"|assine\b|inscreva-se|siga-nos|clique aqui|iscriviti|seguici|abbonati|clicca qui"
    r"|zapisz się|obserwuj nas|kliknij|subskrybuj|abonneer|schrijf je in|volg ons)",
    re.IGNORECASE)

# who made it, not what happened: "Reporting by ...; Editing by ...", "Photo: ...", "© 2020 ..."
_CREDIT_RE = re.compile(
    r"^\W*(?:our standards:|(?:additional )?(?:reporting|writing|editing|edited|compiled|produced"
    r"|translated|research|graphics?) by\b|(?:photo|photos|picture|image|video|foto|fotos|bild"
    r"|bilder|imagen|crédito|credit)s?(?: credit)?\s*[:©]|©|\(c\)\s|copyright\b"
    r"|(?:photo|photograph|picture|image)s? (?:by|copyright|caption|source)\b"
    r"|all rights reserved|alle rechte vorbehalten|todos los derechos reservados"
    r"|tous droits réservés|mit material (?:von|der)\b)", re.IGNORECASE)

# a line that is only a label for an advertisement or a share bar
_LABEL_RE = re.compile(
    r"^\W*(?:advertisement|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|reklama"
    r"|advertentie|sponsored|newsletter|story continues below(?: advertisement)?"
    r"|share|teilen|compartir|partager|condividi|udostępnij|print|drucken|e-?mail|facebook"
    r"|twitter|whatsapp|linkedin|pinterest|telegram|\s)+\W*$", re.IGNORECASE)


def boilerplate_kind(paragraph: str) -> str:
    """"pointer", "call", "credit" or "label" for a line that is not the story, else ""."""
    if len(paragraph.split()) > _MAX_WORDS:
        return ""
    for kind, pattern in (("label", _LABEL_RE), ("pointer", _POINTER_RE), ("call", _CALL_RE),
                          ("credit", _CREDIT_RE)):
        if pattern.search(paragraph):
            return kind
    return ""

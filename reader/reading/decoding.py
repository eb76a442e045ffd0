"""Bytes to text: the encoding a user expects, binary data refused, line ends unified."""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from reader.safe_text import repaired

# longest BOM first: the UTF-32 LE mark starts with the UTF-16 LE one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# control characters a real text does not contain (tab, line feed, CR and form feed are fine);
# U+FFFD counts too, as it is what undecodable bytes became
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_SHARE = 0.02
_MAX_STRAY_NUL_SHARE = 0.01    # a few NULs in valid UTF-8 (a page saved with them) are noise...
_STRAY_NULS = 3                # ...and so are up to three in a short note, whatever their share


class Decoded(NamedTuple):
    text: str
    guessed: str = ""        # the legacy encoding the bytes were taken to be in, in words; "" for UTF-8


# What a guessed codec is called in a message to the reader
_CODEC_NAMES = {"cp1252": "Windows-1252", "utf-16-le": "UTF-16 (little-endian, no BOM)",
                "utf-16-be": "UTF-16 (big-endian, no BOM)"}

# How much a valid UTF-8 character outweighs a byte that is not UTF-8. Windows-1252 text forms a
# valid UTF-8 sequence only by accident (an accented capital or "ß" right before a curly quote or
# a dash: far fewer than one accent in ten), while a damaged UTF-8 file holds a few stray bytes
# among its good characters; so UTF-8 wins unless the stray bytes outnumber its characters ten
# to one (a long Windows-1252 passage pasted into a UTF-8 file).
_UTF8_EVIDENCE = 10


def decode(data: bytes) -> str:
    """Turn file bytes into text the way a user expects, or raise ValueError for binary data.

    A BOM decides the encoding; otherwise UTF-8 is tried, then Windows-1252 (what old Windows
    editors and many "ANSI" saves produce, and a superset of Latin-1's letters). Text with valid UTF-8
    characters stays UTF-8: its few bad bytes become U+FFFD (which the caller reports, see
    ``replaced_characters``) rather than every accent turning into two wrong letters. Text whose
    only non-ASCII bytes are lone bytes ("caf\xe9") is Windows-1252; ``decoded`` says so. The
    BOM is dropped and line ends become ``\n`` so offsets are the same whatever editor saved it.
    """
    return decoded(data).text


def decoded(data: bytes) -> Decoded:
    """decode(), also naming the legacy encoding it guessed (for a note to the reader)."""
    text, replaced, codec = _decode_bytes(data)
    _reject_binary(text, replaced)
    return Decoded(normalise_line_ends(repaired(text)), _CODEC_NAMES.get(codec, ""))


def _decode_bytes(data: bytes) -> tuple[str, int, str]:
    """The text, how many bad bytes were knowingly replaced in mostly-UTF-8 text, and the codec
    guessed when the bytes are not UTF-8 ("" otherwise).

    NUL bytes without a UTF-16/32 BOM mean the file is not text, unless they fall every other
    byte (UTF-16 without its BOM) or are a few in valid UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), 0, ""
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            return data.decode(codec, errors="replace"), 0, codec
        return _utf8_with_stray_nuls(data), 0, ""
    try:
        return data.decode("utf-8"), 0, ""
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    valid_multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if valid_multibyte * _UTF8_EVIDENCE >= bad:   # "José Müller" with stray bytes: UTF-8, not mojibake
        return text, bad, ""
    # Windows-1252 accents are lone bytes, never UTF-8 pairs; it reads Latin-1 text the same, and
    # its five unassigned bytes become U+FFFD (reported; counted as controls, as binary data has them)
    return data.decode("cp1252", errors="replace"), 0, "cp1252"


# In UTF-16 text of a Latin script every other byte is NUL: the high byte of each character, the
# second of a pair in little-endian order, the first in big-endian. Binary data has NULs in
# either place (and what is left of it fails the control-character test after decoding).
_UTF16_NUL_SHARE = 0.1         # at least this share of one byte position is NUL (spaces in Greek)...
_UTF16_OTHER_NUL_SHARE = 0.02  # ...and at most this share of the other


def _utf16_without_bom(data: bytes) -> str:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without a BOM (Windows "Unicode" saves
    mostly have one; some tools leave it out); "" when the bytes do not look so."""
    pairs = len(data) // 2
    if len(data) % 2 or pairs < 2:
        return ""
    even, odd = data[0::2].count(0) / pairs, data[1::2].count(0) / pairs
    if odd >= _UTF16_NUL_SHARE and even <= _UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= _UTF16_NUL_SHARE and odd <= _UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    return ""


def _utf8_with_stray_nuls(data: bytes) -> str:
    """Valid UTF-8 with a few NUL bytes is text (they are dropped); otherwise it is binary."""
    if data.count(b"\x00") > max(_STRAY_NULS, _MAX_STRAY_NUL_SHARE * len(data)):
        raise ValueError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8").replace("\x00", "")
    except UnicodeDecodeError:
        raise ValueError("binary content (NUL bytes)") from None


def replaced_characters(text: str) -> int:
    """How many characters of a read text stand for bytes that could not be decoded (U+FFFD)."""
    return text.count("\ufffd")


def _reject_binary(text: str, replaced: int = 0) -> None:
    """Raise ValueError when too many characters are controls: an image or a zip, not prose.
    U+FFFD counts as one too, except the ``replaced`` bytes of mostly-UTF-8 text."""
    if not text:
        return
    controls = len(_CONTROL_RE.findall(text)) - replaced
    if controls / len(text) > _MAX_CONTROL_SHARE:
        raise ValueError("binary content (control characters)")


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")



_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                              re.IGNORECASE)


def decoded_html(data: bytes) -> Decoded:
    """Decode a page by its BOM, else as UTF-8 when its bytes are valid UTF-8 (a page saved
    from a server that sent UTF-8 keeps its old <meta charset>), else by its <meta charset>,
    else as any text file (naming the encoding it guessed). A declared legacy charset is read
    as browsers read it (Latin-1 as Windows-1252, GB2312 as GBK, ...)."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return decoded(data)
    if not data.isascii() and _is_utf8(data):             # saved as UTF-8 whatever it declares
        return decoded(data)
    codec = _declared_charset(data)
    if codec:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            return decoded(data)
        _reject_binary(text)
        return Decoded(normalise_line_ends(repaired(text)))        # as the page says: no guess
    return decoded(data)


# legacy charsets as browsers read them: the declared name stands for a larger superset
_AS_BROWSERS_READ = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
                     "gb2312": "gbk", "euc_kr": "cp949", "shift_jis": "cp932", "big5": "big5hkscs",
                     "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874"}


def _declared_charset(data: bytes) -> str:
    match = _META_CHARSET_RE.search(data[:4096])
    if not match:
        return ""
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ""
    return _AS_BROWSERS_READ.get(name, name)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

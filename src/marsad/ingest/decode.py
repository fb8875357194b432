"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and the Windows-1256 Arabic sites still serve."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from marsad.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings an Arabic news text may plausibly be in; anything else is not guessed at.
_CANDIDATES = ["utf_8", "cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "mac_arabic"]


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` or raise InputError; line endings and every character are kept as they are."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError("", f"undecodable bytes at offset {exc.start} ({encoding} with BOM)") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_utf16(data):
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding != "utf_8":
        text = str(best)
        if _plausible(text):
            return text
    raise InputError("", f"undecodable bytes at offset {utf8_error.start}: not UTF-8, UTF-16 or Windows-1256 text")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    return len(sample) >= 4 and sample.count(0) >= len(sample) // 4


def _plausible(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation: not binary noise decoded by a lenient codec."""
    if not text:
        return True
    sample = text[:5000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or 0x80 <= ord(ch) < 0xA0 or ch == "\ufffd")
    letters = sum(1 for ch in sample if ch.isalpha())
    return bad / len(sample) < 0.01 and letters / len(sample) > 0.4

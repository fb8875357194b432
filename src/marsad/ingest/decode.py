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
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = f"undecodable bytes at offset {exc.start}"
    else:
        # Arabic UTF-16 without a BOM is often valid UTF-8 (bytes 0x06 and 0x20 0x00 ...): NULs give it away.
        if "\x00" not in text:
            return text
        problem = "NUL bytes in the text"
    if _looks_utf16(data):
        guesses = []
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plausible(text) and _familiar_share(text) >= 0.9:
                guesses.append(text)
        if guesses:
            return max(guesses, key=_familiar_share)
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding != "utf_8":
        text = str(best)
        if _plausible(text) and _familiar_share(text) >= 0.9:
            return text
    raise InputError("", f"{problem}: not UTF-8, UTF-16 or Windows-1256 text")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    return len(sample) >= 4 and len(data) % 2 == 0 and 0 in sample


def _familiar_share(text: str) -> float:
    """Share of ASCII, Latin-1 letters, Arabic and punctuation: binary noise or a wrong byte order gives few."""
    sample = text[:5000]
    if not sample:
        return 1.0
    familiar = sum(
        1 for ch in sample
        if ord(ch) < 0x80 or 0xC0 <= ord(ch) <= 0xFF or 0x0600 <= ord(ch) <= 0x06FF or 0x0750 <= ord(ch) <= 0x077F
        or 0x2000 <= ord(ch) <= 0x206F or 0xFB50 <= ord(ch) <= 0xFEFF or ch in "\u00a0«»"
    )
    return familiar / len(sample)


def _plausible(text: str) -> bool:
    """Mostly letters, digits, spaces and punctuation: not binary noise decoded by a lenient codec."""
    if not text:
        return True
    sample = text[:5000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or 0x80 <= ord(ch) < 0xA0 or ch == "\ufffd")
    letters = sum(1 for ch in sample if ch.isalpha())
    return bad / len(sample) < 0.01 and letters / len(sample) > 0.4

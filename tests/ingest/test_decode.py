"""decode_bytes: the encodings Arabic news arrives in decode to the same text; noise is refused."""
from __future__ import annotations

import codecs
import random

import pytest

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes

# SaudiNewsNet snn-2015-07-21-02880 (Saudi Press Agency), and the seed's third paragraph.
PARAGRAPHS = [
    "واس- الرياض: نفّذت قوات التحالف الدولي ضد تنظيم \"داعش\" الإرهابي تسع ضربات جوية في سوريا والعراق.\r\n"
    "وقال بيان للتحالف إن الضربات استهدفت وحدات تكتيكية ومواقع قتالية للتنظيم قرب الحسكة وكوباني.",
    "وقالت المصادر أن الدورية سارت بالقرب من قلعة الرحبة في المدينة، وشملت تحركات مماثلة بالقرب من دوار الطيبة في الميادين.\n",
]

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16 (platform BOM)": lambda t: t.encode("utf-16"),
    "utf-16-le with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le without BOM": lambda t: t.encode("utf-16-le"),
    "utf-16-be without BOM": lambda t: t.encode("utf-16-be"),
    "cp1256": lambda t: t.encode("cp1256"),
}


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=["snn-was", "seed"])
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_decode_encodings_give_the_same_text(paragraph: str, encoding: str) -> None:
    assert decode_bytes(ENCODINGS[encoding](paragraph)) == paragraph


def test_decode_seed_article_from_cp1256(seed_text: str) -> None:
    # the seed's curly quotes are not in cp1256 in every form; keep what encodes
    text = seed_text.encode("cp1256", errors="ignore").decode("cp1256")
    assert decode_bytes(text.encode("cp1256")) == text


def test_decode_keeps_line_endings() -> None:
    assert decode_bytes("قصف\r\nغارة\n".encode("utf-8")) == "قصف\r\nغارة\n"


def test_decode_empty_bytes_is_empty_text() -> None:
    assert decode_bytes(b"") == ""


@pytest.mark.parametrize("seed", range(40))
def test_decode_random_bytes_raise_input_error(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.getrandbits(8) for _ in range(rng.choice([64, 300, 1024, 4096])))
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert "not UTF-8" in info.value.reason


def test_decode_truncated_utf16_with_bom_raises_input_error() -> None:
    data = codecs.BOM_UTF16_LE + "قصف".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError):
        decode_bytes(data)

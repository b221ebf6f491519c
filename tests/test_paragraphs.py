from __future__ import annotations

import hashlib

from hypothesis import given
from hypothesis import strategies as st

from baltic_security.paragraphs import fingerprint, split_paragraphs

BOM = "\ufeff"


@given(st.text())
def test_a_leading_byte_order_mark_is_not_content(text: str) -> None:
    # Editors on Windows start UTF-8 files with a BOM: it must change no paragraph and no count.
    text = text.lstrip(BOM)
    assert split_paragraphs(BOM + text) == split_paragraphs(text)


def test_a_line_holding_only_the_mark_is_blank() -> None:
    assert split_paragraphs(BOM + "\nTitle\n\n1. First.") == ("Title", "1. First.")


def test_the_fingerprint_keeps_the_mark() -> None:
    data = (BOM + "Title\n").encode("utf-8")
    assert fingerprint(data) == hashlib.sha256(data).hexdigest() != fingerprint(b"Title\n")

r"""The paragraph rule, in one place: paragraph n is the n-th non-blank line.

>>> split_paragraphs("Title\n\n  \n1. First point.\nSecond line")
('Title', '1. First point.', 'Second line')
"""

from __future__ import annotations

import hashlib

__all__ = ["fingerprint", "split_paragraphs"]


def split_paragraphs(text: str) -> tuple[str, ...]:
    r"""The text's paragraphs in order: its lines that hold more than white space.

    Lines are split on ``\n`` (a trailing ``\r`` is white space too); each
    paragraph is returned without its surrounding white space. Paragraph ``n``
    of a source is ``split_paragraphs(text)[n - 1]``. A byte-order mark at the
    very start of the text (``U+FEFF``, which editors on Windows write) marks
    the encoding, not content: it is dropped, so it is never part of paragraph 1
    and a line holding only it is blank. The fingerprint is still that of the
    raw bytes, mark included (:func:`fingerprint`).

    >>> text = "NATO news\r\n\r\n  14. Undersea infrastructure.  \n"
    >>> split_paragraphs(text)
    ('NATO news', '14. Undersea infrastructure.')
    >>> split_paragraphs("\ufeffNATO news\n")
    ('NATO news',)
    """
    return tuple(line.strip() for line in text.removeprefix("\ufeff").split("\n") if line.strip())


def fingerprint(data: bytes) -> str:
    """The sha256 hex digest of the exact bytes, as ``SourceDocument.sha256`` records it.

    >>> fingerprint(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()

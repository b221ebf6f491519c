r"""A plain-text document read under the paragraph rule, with page furniture flagged and metadata candidates.

Nothing is dropped: furniture ("Get a summary", "Next Article", a teaser for
another article, a signature block) is flagged on its paragraph, so paragraph
numbers stay those of :func:`baltic_security.paragraphs.split_paragraphs`.

>>> doc = parse("Talks in Riga\nNo time to read?\nRIGA, 3 June 2025 - Ministers met today.\n")
>>> [(p.number, p.furniture, p.meta) for p in doc.paragraphs]
[(1, None, 'title'), (2, 'summary prompt', None), (3, None, None)]
>>> doc.metadata.title.value, doc.metadata.places[0].value, str(doc.metadata.dates[0].date)
('Talks in Riga', 'Riga', '2025-06-03')
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import attrs

from baltic_security._text import fold, with_latin_capitals
from baltic_security.dates import PartialDate
from baltic_security.errors import BalticSecurityError, DateError
from baltic_security.paragraphs import fingerprint, split_paragraphs

from .extract import find_dates

__all__ = ["NO_DATE", "Candidate", "DateCandidate", "Document", "IngestError", "Metadata", "Paragraph", "parse", "published", "read"]


class IngestError(BalticSecurityError, ValueError):
    r"""A document that cannot be ingested: unreadable, not UTF-8, or empty.

    >>> parse(b"\xff")
    Traceback (most recent call last):
    ...
    baltic_security.ingest.document.IngestError: <text>: expected UTF-8 text, found byte 0xff at offset 0
    """


@attrs.frozen(kw_only=True)
class Paragraph:
    r"""One paragraph: its number under the paragraph rule, its text, label and flags.

    ``label`` is the document's own number for a numbered point ("14" for
    "14. ..."); ``furniture`` says why the paragraph is page furniture, or is
    None; ``meta`` names the metadata it carries (``title``, ``date``,
    ``byline``, ``place``), or is None.

    >>> parse("Title\n14. Agreed to act.").paragraphs[1].label
    '14'
    """

    number: int
    text: str
    label: str | None = None
    furniture: str | None = None
    meta: str | None = None

    @property
    def body(self) -> bool:
        r"""Whether the paragraph is running text: neither furniture nor metadata.

        >>> [p.body for p in parse("Title\nShare\nText.").paragraphs]
        [False, False, True]
        """
        return self.furniture is None and self.meta is None


@attrs.frozen(kw_only=True)
class Candidate:
    r"""A metadata value as the text gives it, with the paragraph it comes from.

    >>> parse("Talks\nBy Jane Doe\nText.").metadata.bylines
    (Candidate(value='By Jane Doe', paragraph=2),)
    """

    value: str
    paragraph: int


@attrs.frozen(kw_only=True)
class DateCandidate:
    r"""A date that may be the document's, with the paragraph and the words it comes from.

    >>> parse("Talks\nPublished: 3 June 2025\nText.").metadata.dates
    (DateCandidate(date=PartialDate(year=2025, month=6, day=3), paragraph=2, text='3 June 2025'),)
    """

    date: PartialDate
    paragraph: int
    text: str


@attrs.frozen(kw_only=True)
class Metadata:
    r"""What the text says about itself: title, dates, bylines and places, best candidate first.

    >>> parse("Talks\nVilnius, Lithuania\nText.").metadata.places
    (Candidate(value='Vilnius', paragraph=2),)
    """

    title: Candidate | None = None
    dates: tuple[DateCandidate, ...] = ()
    bylines: tuple[Candidate, ...] = ()
    places: tuple[Candidate, ...] = ()
    #: All-numeric date lines whose day and month order the text does not settle ("07.06.2024").
    undecided: tuple[Candidate, ...] = ()
    #: All-numeric date lines that are no date in the order the caller declared ("13/06/2025" month first).
    misordered: tuple[Candidate, ...] = ()


@attrs.frozen(kw_only=True)
class Document:
    r"""A text read into paragraphs, with its fingerprint and metadata candidates.

    >>> doc = parse("A\n\nB\n")
    >>> doc.sha256 == fingerprint(b"A\n\nB\n"), len(doc.paragraphs)
    (True, 2)
    """

    paragraphs: tuple[Paragraph, ...]
    sha256: str
    metadata: Metadata
    name: str | None = None

    def paragraph(self, number: int) -> Paragraph:
        r"""Paragraph ``number`` (1-based, as evidence cites it).

        >>> parse("A\nB").paragraph(2).text
        'B'
        """
        if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= len(self.paragraphs):
            raise IngestError(f"expected a paragraph from 1 to {len(self.paragraphs)}, found {number!r}")
        return self.paragraphs[number - 1]

    @property
    def body(self) -> tuple[Paragraph, ...]:
        r"""The paragraphs that are running text (what drafting reads).

        >>> [p.number for p in parse("Title\nNext Article\nText.").body]
        [3]
        """
        return tuple(p for p in self.paragraphs if p.body)


def read(path: str | os.PathLike[str], *, dayfirst: bool | None = None) -> Document:
    r"""Read a UTF-8 text file into a :class:`Document`; the fingerprint is of its exact bytes.

    ``dayfirst`` declares how the text writes an all-numeric date ("07.06.2024"), as
    :meth:`~baltic_security.dates.PartialDate.parse` takes it; see :func:`parse`.

    >>> import tempfile, pathlib
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
    >>> _ = file.write_bytes(b"Title\r\n\r\nBody text.\r\n")
    >>> doc = read(file)
    >>> [p.text for p in doc.paragraphs], doc.name
    (['Title', 'Body text.'], 'note.txt')
    """
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise IngestError(f"{target}: cannot read: {exc.strerror or exc}") from None
    return parse(data, name=target.name, dayfirst=dayfirst)


def parse(text: str | bytes, *, name: str | None = None, dayfirst: bool | None = None) -> Document:
    r"""Read a text (a string, or bytes in UTF-8) into a :class:`Document`.

    A string is fingerprinted as its UTF-8 encoding. An all-numeric date line
    ("Published: 07.06.2024") is read only when its order is certain: declared
    with ``dayfirst``, or settled by the text itself (a day above 12 in one of
    its numeric dates, as in "20.09.2018"). Otherwise it is left undecided in
    ``metadata.undecided`` and :func:`published` says so; it is never guessed.

    >>> parse("Talks\nPublished: 07.06.2024\nText.").metadata.undecided
    (Candidate(value='07.06.2024', paragraph=2),)
    >>> str(parse("Talks\nPublished: 07.06.2024\nText.", dayfirst=True).metadata.dates[0].date)
    '2024-06-07'
    >>> str(parse("Talks\n20.09.2018\nText.").metadata.dates[0].date)
    '2018-09-20'

    >>> [p.text for p in parse("  One \n\n Two").paragraphs]
    ['One', 'Two']
    """
    if isinstance(text, bytes):
        data = text
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"{name or '<text>'}: expected UTF-8 text, found byte 0x{data[exc.start]:02x} at offset {exc.start}"
            ) from None
    elif isinstance(text, str):
        decoded, data = text, text.encode("utf-8", errors="surrogatepass")
    else:
        raise IngestError(f"expected text or bytes, found {type(text).__name__}")
    lines = split_paragraphs(decoded.removeprefix("\ufeff"))
    if not lines:
        raise IngestError(f"{name or '<text>'}: expected at least one non-blank line, found none")
    # "3. March 2022 - 10:15" is a date line, not point 3.
    labels = [None if _is_date_line(line) else _label(line) for line in lines]
    furniture = _furniture(lines, labels)
    metadata, meta = _metadata(lines, furniture, _numeric_order(lines, dayfirst))
    paragraphs = tuple(
        Paragraph(number=i + 1, text=line, label=labels[i], furniture=furniture[i], meta=meta.get(i + 1)) for i, line in enumerate(lines)
    )
    return Document(paragraphs=paragraphs, sha256=fingerprint(data), metadata=metadata, name=name)


# ---------------------------------------------------------------- labels

_LABEL = re.compile(r"(\d{1,3}(?:\.\d{1,2})*)[.)]\s+\S")  # "14. ...", "2.1. ..." (a sub-point keeps its full number)


def _label(line: str) -> str | None:
    match = _LABEL.match(line)
    return match.group(1) if match else None


# ---------------------------------------------------------------- furniture

# Page furniture is recognised by general patterns of web pages and print
# layouts, never by the wording of one document.
_FURNITURE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Where the page sits in the site: "You are here", "Home > News > Defence".
    ("breadcrumb", re.compile(r"you are here\b.*|home\s*[>»›/].*|[^>»›]{1,30}(?:\s[>»›]\s[^>»›]{1,40}){2,}")),
    (
        "summary prompt",
        # (or the summary itself, generated or written by the site, which restates the article: "AI summary: Poland ...")
        re.compile(
            r"(no time to read\??|get (?:a|the) summary|summari[sz]e( this)?( article)?|tl;? ?dr|key (?:points|takeaways))[.:!]?|"
            r"(?:ai[- ](?:generated )?)?summary\s*:\s+\S.*|tl;? ?dr\s*:\s+\S.*"
        ),
    ),
    (
        "article navigation",
        re.compile(
            r"(previous|next|prev\.?|older|newer)( article| story| post| page)?|back to top|go to top|home|menu|search|"
            r"skip to (?:the )?(?:main )?(?:content|navigation|search)"  # an accessibility link: "Skip to main content"
        ),
    ),
    (
        "read-more link",
        re.compile(
            r"(read|see|view) (more|also|next|full story|the full (?:article|story))\b.*|related( articles| stories| posts|"
            r" news| links| coverage| reading)?(:.*)?|more (on|from|news|stories)\b.*|continue reading.*|show more|load more"
        ),
    ),
    (
        "sharing",
        re.compile(
            r"(share|tweet|email|e-mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|telegram|reddit)([ |"
            r"/•·,]+(share|tweet|email|e-mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|telegram|"
            r"reddit))*( this( article| story| page)?)?"
        ),
    ),
    (
        "advertising",
        re.compile(
            r"advertisement|sponsored( content)?|ad|subscribe( now| today)?.*|sign up\b.*|newsletter.*|(accept|"
            r"manage) cookies.*|.*cookie policy.*|all rights reserved.*|©.*|\(c\) \d{4}.*"
        ),
    ),
    # A site's menu bar: three or more short items between separators ("Home | News | Contact").
    ("navigation menu", re.compile(r"[^|•·]{1,30}(?:[|•·][^|•·]{1,30}){2,}")),
    ("bullet", re.compile(r"[\s•·\-–—*▪●◦|>]+")),
    ("comments", re.compile(r"\d* ?comments?|leave a (comment|reply)|log in to comment")),
    ("photo credit", re.compile(r"(photo|image|picture|video)( credit)?s?: .{0,80}")),
    # a wire report's credits: "Reporting by Anna Berzina; Editing by Mark Holt"
    ("credits", re.compile(r"(?:(?:additional )?(?:reporting|writing|compiled|graphics) by [^;]{2,80};?\s*)+(?:editing by .{2,80})?")),
)
_NAVIGATION = ("article navigation", "read-more link")
_CAPTION = re.compile(
    r"(?:[.(|]\s*|^)(?:photo|image|picture|foto|photograph)(?:\s+credit)?s?\s*(?::|by|©)\s*[^.]{1,80}\)?\.?$|\((?:photo|image)[^)]{0,80}\)$",
    re.IGNORECASE,
)
# ... or with a credit in brackets after its sentence: "A Portuguese F-16 lands at Šiauliai. (Lithuanian Air Force)" (an
# institution of two words or more, after a short line: not a digest item's source, "... next year. (LSM)")
_CREDIT = re.compile(r"[.!?]\s*\((?:[A-Z][\w.'’&-]*|of|the|and)(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and)){1,6}\)$")
_CREDITED_WORDS = 20
# (what a photo shows, not news with its source: "Germany will station 4,800 troops in Lithuania. (Deutsche Welle)",
# "Denmark pledged 100 million euros ... (Defense News)")
_NEWS_VERB = re.compile(
    r"\b(?:will|would|shall|has|have|had|is to|are to|plans?|said|says|pledged|announced|signed|agreed|decided|approved|ordered|"
    r"bought|deployed|sent|updated)\b",
    re.IGNORECASE,
)
# A digest's opening line of what the issue holds: "This week: Danish jets in Estonia, Latvia's first conscripts, ..."
# (not a label before one item: "In brief: Latvia will buy ...", "Today: Germany will deploy ...")
_CONTENTS = re.compile(r"(?:this week|the week in brief|in this issue|also in this issue)\s*:\s+\S.*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SIGNATURE_WORDS = re.compile(
    r"\b(minister|secretary|president|chair(man|woman|person)?|director|commander|ambassador|general|admiral|"
    r"republic|kingdom|on behalf of|for the)\b",
    re.IGNORECASE,
)


def _words(line: str) -> int:
    return len(line.split())


_TABLE_CELLS = 3


def _cells(line: str) -> int:
    return len(line.split(" | "))


_SUMMARY_LABEL = re.compile(r"(?:ai[- ](?:generated )?)?summary\s*:|tl;? ?dr\s*:")
_LINK_LABEL = re.compile(r"(?:related(?: articles| stories| posts| news| links| coverage| reading)?|read more|see also|more on this)\s*:")


def _furniture(lines: tuple[str, ...], labels: list[str | None]) -> list[str | None]:
    flags: list[str | None] = [None] * len(lines)
    keys = [fold(line).strip(" .:!") for line in lines]
    for i, key in enumerate(keys):
        if _words(lines[i]) > 12 and not _LINK_LABEL.match(key) and not _SUMMARY_LABEL.match(key):
            continue  # (a line of link titles after "Related:", or a summary after "AI summary:", is furniture however long)
        for reason, pattern in _FURNITURE:
            if pattern.fullmatch(key) or (reason == "bullet" and pattern.fullmatch(lines[i])):
                flags[i] = reason
                break
        # A table written as lines ("Country | Commitment | Period", then "Estonia | 0.25% of GDP | 2024-2027") is text,
        # not a menu: its header has as many cells as the row under it.
        if flags[i] == "navigation menu" and i + 1 < len(lines) and _cells(lines[i + 1]) == _cells(lines[i]) >= _TABLE_CELLS:
            flags[i] = None
    # A short line right after article navigation is a teaser for another article.
    for i in range(1, len(lines)):
        if (
            flags[i] is None
            and flags[i - 1] in _NAVIGATION
            and labels[i] is None
            and _words(lines[i]) <= 20
            and not _SENTENCE_END.search(lines[i])
        ):
            flags[i] = "teaser"
    # A photo caption ends with its credit ("... Photo: Army press office", "... (Swedish Armed Forces)").
    for i, line in enumerate(lines):
        if flags[i] is None and (
            (_words(line) <= 40 and _CAPTION.search(line))
            or (_words(line) <= _CREDITED_WORDS and _CREDIT.search(line) and not _NEWS_VERB.search(line))
        ):
            flags[i] = "photo caption"
        elif flags[i] is None and _words(line) <= 40 and _CONTENTS.fullmatch(keys[i]):
            flags[i] = "teaser"  # (what the items below say, each in its own words)
    # The title printed again further down the page.
    title = next((i for i, flag in enumerate(flags) if flag is None), None)
    if title is not None:
        for i in range(title + 1, len(lines)):
            if flags[i] is None and keys[i] == keys[title]:
                flags[i] = "repeated title"
    _flag_signature(lines, labels, flags)
    # Any other short line printed twice (a caption, a pull quote, a widget) is furniture both times.
    counts = Counter(keys[i] for i in range(len(lines)) if flags[i] is None and _words(lines[i]) <= 25 and not _is_date_line(lines[i]))
    for i, key in enumerate(keys):
        if flags[i] is None and counts[key] > 1 and i != title:
            flags[i] = "repeated line"
    return flags


def _flag_signature(lines: tuple[str, ...], labels: list[str | None], flags: list[str | None]) -> None:
    """Flag a trailing block of short, unpunctuated lines (names, titles, dates) as a signature block."""
    last_body = max((i for i, line in enumerate(lines) if flags[i] is None and (_SENTENCE_END.search(line) or labels[i])), default=None)
    if last_body is None:
        return
    block = [i for i in range(last_body + 1, len(lines)) if flags[i] is None]
    if len(block) < 2 or any(_words(lines[i]) > 8 or _SENTENCE_END.search(lines[i]) for i in block):
        return
    if not any(_SIGNATURE_WORDS.search(lines[i]) or _is_date_line(lines[i]) for i in block):
        return
    for i in block:
        flags[i] = "signature"


# ---------------------------------------------------------------- metadata

_BULLET_PREFIX = re.compile(r"^[\s•·\-–—*▪●◦|]+")
# ("Updated ..." is not among them: an update note says when the page changed, never when it was published.)
_DATE_PREFIX = re.compile(r"^(published|posted|date|dated)( on)?:?\s*", re.IGNORECASE)
_BYLINE = re.compile(
    r"^((?i:by)\s+[A-Z][^\d]{1,60}|[A-Z][\w.&-]*(\s*/\s*[A-Z][\w.&-]*)+(?i:\s+staff)?|[A-Z][\w.&' -]{1,40}\s+(?i:staff|"
    r"reporters?|correspondents?|desk|newsroom))$"
)
#: A dateline opening a wire or news paragraph: "VILNIUS, Oct 17 (Agency) - ", "TALLINN — ", "RIGA, Latvia, 3 June 2025 -".
DATELINE = re.compile(
    r"^([A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2})(?:,\s*[A-Z][\w.]+)?(?:,?\s+[\w .,]{1,25}?\d{1,4})?"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:--|[-–—])\s+(?=\S)"  # ("--" where a site types its dash as two hyphens)
)
_PLACE_LINE = re.compile(
    with_latin_capitals(r"^([A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+){0,2}),\s*([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2})$")
)
_UPDATED = re.compile(r"(?:^|\s*[·|•–—-]?\s*)(?:last\s+)?(?:updated|modified|edited)\b.*$", re.IGNORECASE)
_FURNITURE_WORDS = 6
_SEGMENTS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
_LEAD = re.compile(
    r"^(?:(?:published|posted|released|release date|issued|date|dated|by\s+[^|·•\d]{2,40}?)(?:\s+on)?:?\s+|on\s+)", re.IGNORECASE
)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+", re.IGNORECASE)
_TIME = re.compile(
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)+\s*$|"
    r"\s+\d+\s+min(?:ute)?s?(?:\s+read)?\s*$",
    re.IGNORECASE,
)
_PLACE_BEFORE_DATE = re.compile(
    with_latin_capitals(r"^(?:[A-Z][^\d,|]{1,40},\s+){1,2}(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
)
# A date written year first, as ISO 8601 orders it, with any of its separators and an optional time: "2025/06/03",
# "2025.06.03", "2025-06-03T10:00". Year first leaves no order to decide.
_YEAR_FIRST_DATE = re.compile(
    r"(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?:T\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC_DATE = re.compile(r"(?<![\d.])(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?![\d])\.?")
_SITE_WORDS = 6  # a site's name is a few words
_LABEL_WORDS = 2
_HEADLINE_WORDS = 20
_BYLINE_WORDS = 8
# What a headline never is: a preamble's opening that runs on ("... the Ministers:", "... referred to as the Participants,",
# "Recalling that ...;"), the rest of a title that began above ("of the Ministers of Defence of ..."), a bullet, or a line of
# page details or desks between separators ("AI summary available · 4 min read", "U.S. Naval Forces Europe and Africa /
# U.S. Sixth Fleet").
_NOT_A_HEADLINE = re.compile(r"[:;,]\s*$|^[^\w\"'“‘«]|^[a-z]|\s[·|•/]\s")
# A line that is only an institution's name, however long ("Ministry of Defence of the Republic of Latvia", "Republic of
# Estonia Ministry of Defence"): capitalised words, the words that link them, and a word for a ministry, a service or a
# desk.
_INSTITUTION_LINE = re.compile(
    with_latin_capitals(
        r"(?=.*\b(?:Ministry|Ministerie|Department|Government|Navy|Army|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces|Command|"
        r"Headquarters|Public\s+Affairs|Press\s+Office)\b)"
        r"(?:(?:[A-Z][\w'’.&-]*|of|the|and|for|[|/·•-])\s*)+"
    )
)
# Words that show a short line is sentence-cased, as a headline is and a masthead is not ("Tanks reach Tapa", not
# "Royal Navy"): a lower-case word of three letters or more that is not a linking word.
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:and|the|for|from|with|into|of|on|in|at|to|by|as|or)\b)[a-z][a-z'’-]{2,}")
# (a desk, a section's path or an edition has its own marks: "Press release 4.12.2025", "Navy > News and releases",
# "Defence Review - English edition", "The Suwalki Line podcast, episode 112")
_DESK_MARKS = re.compile(r"[\d,|/·•›»>–—&:]|^Press\b")
_RUNS_ON = re.compile(r"(?:of|by|on|for|and|to|in|between)\s", re.IGNORECASE)
_FIELD = re.compile(r"[A-Z][^\W\d_'’-]*(?:\s[^\W\d_]+){0,2}:\s")  # a label of words ("Lead nation:"), not "NIGHT TERN 25:"
_HEAD = 6  # metadata lines sit among the first few paragraphs
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*[,(]?\s*(?:the\s+)?$", re.IGNORECASE)
_DATELINE_DATE = re.compile(r"\)?\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s")  # "NORTHWOOD, United Kingdom (14 March 2025) -"


def _strip_meta_prefix(line: str) -> str:
    return _DATE_PREFIX.sub("", _BULLET_PREFIX.sub("", line)).strip()


def _is_date_line(line: str) -> bool:
    return _header_date(line, None) is not None


@attrs.frozen
class _Misordered:
    """A numeric date line that is no date in the declared order, though the other order reads it."""

    text: str


def _header_date(line: str, dayfirst: bool | None) -> tuple[PartialDate, str] | str | _Misordered | None:
    """The date a header line gives, as sites print it; else the numeric text, undecided or :class:`_Misordered`.

    The numeric text is returned when its day and month order is undecided, and :class:`_Misordered` when the
    declared order cannot read it; None when the line gives no date.

    A line is split at "|", "·", "•" and " - " ("By Tom Ellery | 2 September 2020", "4 November 2024 | Public
    Affairs Office", "Kiel, 08.01.2026 - 11:30"), and each part read without its prefix ("Published", "Release
    Date:", "on", a weekday), its place ("Rostock, "), its time ("5:42 PM GMT+3", "at 4:05 PM") and its update
    note ("Updated 3 hours ago").
    """
    undecided: str | None = None
    misordered: str | None = None
    segments = _SEGMENTS.split(_strip_meta_prefix(line))
    # A dateline opening running text ("RIGA, 3 June 2025 - Ministers met today.") is not a date line: every other
    # part of a date line is a few words of page furniture.
    if len(segments) > 1 and any(_words(part) > _FURNITURE_WORDS or re.search(r"[.!?]\s*$", part) for part in segments[1:]):
        return None
    for segment in segments:
        core = _TIME.sub("", _UPDATED.sub("", _LEAD.sub("", segment.strip()))).strip()
        core = _WEEKDAY.sub("", _PLACE_BEFORE_DATE.sub("", core)).strip().rstrip(".,")
        if not core or _words(core) > 6 or re.search(r"[a-z]{3,}\s+[a-z]{3,}", core):
            continue
        year_first = _YEAR_FIRST_DATE.fullmatch(core)
        if year_first is not None:
            # (a date the calendar has not, "2025/13/40", is no date: read as nothing, never guessed)
            iso = f"{year_first['year']}-{int(year_first['month']):02d}-{int(year_first['day']):02d}"
            read = _read_numeric(iso, dayfirst=False)
            if read is not None:
                return read, core
            continue
        numeric = _NUMERIC_DATE.fullmatch(core)
        if numeric is not None:
            readings = {_read_numeric(core, order) for order in ((dayfirst,) if dayfirst is not None else (True, False))} - {None}
            if len(readings) == 1:
                return readings.pop(), core  # type: ignore[return-value]
            undecided = undecided or (core if readings else None)
            if not readings and dayfirst is not None and _read_numeric(core, not dayfirst) is not None:
                misordered = misordered or core  # never read the other way: a declared order is kept for every value
            continue
        found = find_dates(core)
        if len(found) == 1 and len(found[0].text) >= len(core) - 3:
            return found[0].date, found[0].text
    return undecided or (_Misordered(misordered) if misordered else None)


def _read_numeric(text: str, dayfirst: bool) -> PartialDate | None:
    try:
        return PartialDate.parse(text, dayfirst=dayfirst)
    except DateError:
        return None


def _numeric_order(lines: tuple[str, ...], dayfirst: bool | None) -> bool | None:
    """The order the text's own all-numeric dates settle: a first part above 12 is a day, a second above 12 too."""
    if dayfirst is not None:
        return dayfirst
    orders = set()
    for line in lines[: _HEAD * 2]:
        for match in _NUMERIC_DATE.finditer(line):
            first, second = int(match.group("first")), int(match.group("second"))
            day_first, month_first = first > 12 >= second, second > 12 >= first
            if day_first or month_first:
                orders.add(day_first)
    return orders.pop() if len(orders) == 1 else None


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    words = text.lower().split()
    return " ".join(
        w if (i and w in small) else "-".join(part[:1].upper() + part[1:] for part in w.split("-")) for i, w in enumerate(words)
    )


def _section_label(line: str, following: str) -> bool:
    """Whether a line of a word or two ("Land", "News") labels the section above a longer, unpunctuated headline."""
    return (
        _words(line) <= _LABEL_WORDS
        and _LABEL_WORDS * 2 < _words(following) <= _HEADLINE_WORDS
        and not re.search(r"[.!?…:;,][\"'”’)\]]*$", following)
        and not (line.isupper() and following.isupper())  # one capitalised title broken over lines
        and not _is_date_line(following)
    )


def _headline_under_masthead(lines: tuple[str, ...], free: list[int], first: int) -> int:
    """The headline when a short first line may be the publisher's masthead ("Royal Navy", "NATO", "America's Navy").

    A release prints its publisher, desk and place above the headline ("NATO", "Headquarters Multinational Corps
    Northeast", "Szczecin, Poland", "Press Release 22/2018"): of the lines before the first sentence, the headline is
    the one with the most words, not counting date lines and bylines. A short first line with no longer line under
    it is the headline itself.
    """
    head = []
    for i in free[: _HEAD + 2]:
        if i < first:
            continue
        if _SENTENCE_END.search(lines[i]) and i != first:
            break  # the body has begun
        head.append(i)
    fields = {i for i in range(len(lines)) if _FIELD.match(lines[i])}

    def plausible(i: int) -> bool:
        core = _strip_meta_prefix(lines[i])
        return not (
            _is_date_line(lines[i])
            or (_BYLINE.match(core) and _words(core) <= _BYLINE_WORDS)
            or _NOT_A_HEADLINE.search(lines[i])
            # (a fact sheet's fields: "Location: ...", then "Runway: ..."; not its title, "Fact sheet: Exercise BALTIC SPADE")
            or (i != first and i in fields and (i - 1 in fields or i + 1 in fields))
            or _INSTITUTION_LINE.fullmatch(lines[i].strip())
        )

    # (a section's heading, "History", "Based units", is no headline either)
    candidates = [i for i in head if plausible(i) and (i == first or _words(lines[i]) > _LABEL_WORDS)]
    if not candidates:
        return first
    best = max(candidates, key=lambda i: _words(lines[i]))  # (the earliest of the longest)
    if best == first or not (_words(lines[best]) > _SITE_WORDS or not plausible(first)):
        return first
    return best


def _metadata(lines: tuple[str, ...], furniture: list[str | None], dayfirst: bool | None) -> tuple[Metadata, dict[int, str]]:
    meta: dict[int, str] = {}
    free = [i for i, flag in enumerate(furniture) if flag is None]
    title: Candidate | None = None
    if free:
        first = free[0]
        # A site's name above its breadcrumb ("Ministry of Defence", "Home > News") is not the headline under it.
        below = [i for i in free if i > first]
        site = bool(below) and first + 1 < len(lines) and furniture[first + 1] == "breadcrumb" and _words(lines[first]) <= _SITE_WORDS
        if site or (below and _section_label(lines[first], lines[below[0]])):
            first = below[0]
        under = [i for i in free if i > first]
        # (a short line in sentence case is the headline itself, above its standfirst: "Tanks reach Tapa")
        sentence_case = _words(lines[first]) >= 3 and _LOWER_WORD.search(lines[first]) and not _DESK_MARKS.search(lines[first])
        masthead = (_words(lines[first]) <= _SITE_WORDS and not sentence_case) or bool(_INSTITUTION_LINE.fullmatch(lines[first].strip()))
        if (masthead or _NOT_A_HEADLINE.search(lines[first])) and not (under and _RUNS_ON.match(lines[under[0]])):
            first = _headline_under_masthead(lines, free, first)  # (not a title broken over lines: "JOINT STATEMENT / OF THE ...")
        parts = [lines[first]]
        meta[first + 1] = "title"
        # An all-capitals heading broken over several short lines is one title.
        nxt = first + 1
        while lines[first].isupper() and nxt < len(lines) and furniture[nxt] is None and lines[nxt].isupper() and _words(lines[nxt]) <= 12:
            parts.append(lines[nxt])
            meta[nxt + 1] = "title"
            nxt += 1
        joined = " ".join(parts)
        title = Candidate(value=_title_case(joined) if joined.isupper() else joined, paragraph=first + 1)
    dates: list[DateCandidate] = []
    bylines: list[Candidate] = []
    places: list[Candidate] = []
    head = [i for i in free[:_HEAD] if (i + 1) not in meta]
    undecided: list[Candidate] = []
    misordered: list[Candidate] = []
    for i in head:
        line = lines[i]
        core = _strip_meta_prefix(line)
        date = _header_date(line, dayfirst)
        if isinstance(date, tuple):
            dates.append(DateCandidate(date=date[0], paragraph=i + 1, text=date[1]))
            meta[i + 1] = "date"
        elif isinstance(date, str):
            undecided.append(Candidate(value=date, paragraph=i + 1))
            meta[i + 1] = "date"
        elif isinstance(date, _Misordered):
            misordered.append(Candidate(value=date.text, paragraph=i + 1))
            meta[i + 1] = "date"
        elif _BYLINE.match(core) and _words(core) <= 8:
            bylines.append(Candidate(value=core, paragraph=i + 1))
            meta[i + 1] = "byline"
        elif (place := _PLACE_LINE.match(core)) is not None and _words(core) <= 6:
            places.append(Candidate(value=place.group(1), paragraph=i + 1))
            meta[i + 1] = "place"
    body = [i for i in free if (i + 1) not in meta]
    for i in body[:2]:
        dateline = DATELINE.match(lines[i])
        if dateline is not None and not places:
            places.append(Candidate(value=_title_case(dateline.group(1)), paragraph=i + 1))
        # A body date is the document's own only where the text dates itself: a weekday with its date
        # ("on Sunday (28 November 2021)") or a dateline ("VILNIUS, 3 June 2025 -"); an incident date
        # ("cables were damaged on 25 December 2024") says when something happened, not when it was written.
        for found in find_dates(lines[i]):
            if found.date.precision.value == "day" and (
                _WEEKDAY_BEFORE.search(lines[i][: found.start]) or (found.start < 40 and _DATELINE_DATE.match(lines[i][found.stop :]))
            ):
                dates.append(DateCandidate(date=found.date, paragraph=i + 1, text=found.text))
                break
    # Dates under a signature close the document's own dating.
    for i, flag in enumerate(furniture):
        signed = _header_date(lines[i], dayfirst) if flag == "signature" else None
        if isinstance(signed, tuple):
            dates.append(DateCandidate(date=signed[0], paragraph=i + 1, text=signed[1]))
    metadata = Metadata(
        title=title,
        dates=tuple(dates),
        bylines=tuple(bylines),
        places=tuple(places),
        undecided=tuple(undecided),
        misordered=tuple(misordered),
    )
    return metadata, meta


def published(document: Document) -> tuple[PartialDate | None, str]:
    r"""The publication date the text gives itself, and a note on where it comes from; never a guess.

    None when the text gives no date of its own: no date line, no dated
    dateline, no weekday with its date in the opening paragraphs, no date
    under the signature. A year the text mentions ("held since 1971") or an
    incident's date ("damaged on 25 December 2024") is not a publication date.

    >>> date, note = published(parse("Title\n• 2023-04-27\nText."))
    >>> str(date), note
    ('2023-04-27', "from paragraph 2 ('2023-04-27')")
    >>> published(parse("Title\nCables were damaged on 25 December 2024."))
    (None, 'no publication date in the text; give one (published=..., or --published DATE)')

    A date line the declared order cannot read is named, never read the other way:

    >>> published(parse("Title\nPublished: 13/06/2025\nText.", dayfirst=False))[1].split(";")[0]
    "paragraph 2 dates the text '13/06/2025', which is no date month first as declared"
    """
    if document.metadata.dates:
        first = document.metadata.dates[0]
        return first.date, f"from paragraph {first.paragraph} ({first.text!r})"
    if document.metadata.undecided:
        line = document.metadata.undecided[0]
        return None, (
            f"paragraph {line.paragraph} dates the text {line.value!r}, which reads day first or month first; "
            "declare the order (dayfirst=True or dayfirst=False, or --day-first / --month-first) or give the date (--published)"
        )
    if document.metadata.misordered:
        line = document.metadata.misordered[0]
        day_first = _read_numeric(line.value, dayfirst=True) is not None  # the other order reads it
        order, other = ("month first", "dayfirst=True, --day-first") if day_first else ("day first", "dayfirst=False, --month-first")
        return None, (
            f"paragraph {line.paragraph} dates the text {line.value!r}, which is no date {order} as declared; "
            f"give the date (--published), or declare the other order ({other})"
        )
    return None, NO_DATE


#: What an undated text's drafts say about their publication date.
NO_DATE = "no publication date in the text; give one (published=..., or --published DATE)"

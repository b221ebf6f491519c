"""Finding quantities, dates, exercise names and sentences in running text.

These finders need no dataset: they read English as sources write it.

>>> [str(q.quantity) for q in find_quantities("at least 0.25% of GDP annually, about 1,300 troops")]
['at least 0.25% of GDP', 'about 1,300 troops']
>>> [(str(d.date), d.date.precision.value) for d in find_dates("on 3 June 2025 and in 2026")]
[('2025-06-03', 'day'), ('2026', 'year')]
>>> [(n.name, n.series, n.edition) for n in find_exercise_names("the exercise BALTOPS 2025 began")]
[('BALTOPS 2025', 'BALTOPS', 2025)]
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from baltic_security.dates import PartialDate
from baltic_security.errors import DateError, FieldError
from baltic_security.model import Quantity
from baltic_security.vocab import ALIASES, Qualifier, Unit

__all__ = [
    "DateMention",
    "ExerciseName",
    "QuantityMention",
    "Sentence",
    "find_dates",
    "find_exercise_names",
    "find_quantities",
    "split_sentences",
]


# ---------------------------------------------------------------- sentences


@attrs.frozen
class Sentence:
    """A sentence of a paragraph and where it starts in it.

    >>> split_sentences("One. Two.")[1]
    Sentence(text='Two.', start=5)
    """

    text: str
    start: int


# Month abbreviations: the full stop of "Jan." ends no sentence, and each is a date word.
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
_ABBREVIATIONS = _MONTH_ABBREVIATIONS | frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "adm",
        "capt",
        "maj",
        "prof",
        "rev",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "u.s",
        "u.k",
        "u.n",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a paragraph, split after ``.``, ``!`` or ``?`` before a capital.

    Common abbreviations ("Mr.", "U.S.") and initials do not end a sentence.

    >>> [s.text for s in split_sentences('Mr. Smith spoke. "We will act," he said. Then U.S. forces left.')]
    ['Mr. Smith spoke.', '"We will act," he said.', 'Then U.S. forces left.']
    """
    found: list[Sentence] = []
    start = 0
    quoted = _quotations(text)
    for match in _BOUNDARY.finditer(text):
        if any(a < match.start() and match.end() < b for a, b in quoted):
            continue  # a quotation closed later in the paragraph stays whole, with its "..., he said."
        head = text[start : match.start()]
        last = head.rsplit(None, 1)[-1].lower().rstrip(".") if head.split() else ""
        if (
            last in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", last)
            or (text[match.start()] == "." and re.fullmatch(r"(?:[a-z]\.)+[a-z]", last))
            # a dotted prefix, each part capitalised: "Zr.Ms. Dokkum", "Hr.Ms. Karel Doorman" (not "lrt.lt.")
            or (text[match.start()] == "." and bool(head.split()) and re.fullmatch(r"[A-Z][a-z]{0,2}\.[A-Z][a-z]{0,2}", head.split()[-1]))
        ):
            continue
        piece = text[start : match.end()].strip()
        if piece:
            found.append(Sentence(piece, start + (len(text[start:]) - len(text[start:].lstrip()))))
        start = match.end()
    tail = text[start:].strip()
    if tail:
        found.append(Sentence(tail, start + (len(text[start:]) - len(text[start:].lstrip()))))
    return tuple(found)


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of quotations that open and close within the text (straight or curly double quotes)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in re.finditer(r'["“”]', text):
        mark = match.group(0)
        if opened is None and mark != "”":
            opened = match.start()
        elif opened is not None and mark != "“":
            spans.append((opened, match.end()))
            opened = None
    return spans


# ---------------------------------------------------------------- quantities


@attrs.frozen
class QuantityMention:
    """A quantity found in text, with the words that state it and where they are.

    >>> found = find_quantities("some 20 jets")[0]
    >>> found.text, found.quantity.unit.value, found.quantity.qualifier.value
    ('some 20 jets', 'aircraft', 'about')
    """

    quantity: Quantity
    text: str
    start: int
    stop: int


_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000, "mln": 1_000_000}

# Qualifier phrases: the vocabulary's own aliases plus common written forms.
_QUALIFIER_EXTRA = {
    "a minimum of": Qualifier.AT_LEAST,
    "minimum of": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "not fewer than": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "close to": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "about": Qualifier.ABOUT,
    "a maximum of": Qualifier.AT_MOST,
    "maximum of": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "less than": Qualifier.LESS_THAN,
}
_QUALIFIERS: dict[str, Qualifier] = {
    **{alias: member for alias, member in ALIASES[Qualifier].items() if isinstance(member, Qualifier) and member is not Qualifier.EXACT},
    **_QUALIFIER_EXTRA,
}
# Unit words: the vocabulary's values and aliases plus common written forms.
_UNIT_EXTRA = {
    "service members": Unit.TROOPS,
    "servicemembers": Unit.TROOPS,
    "servicemen": Unit.TROOPS,
    "military personnel": Unit.TROOPS,
    "marines": Unit.TROOPS,
    "sailors": Unit.TROOPS,
    "boats": Unit.VESSELS,
    "frigates": Unit.VESSELS,
    "submarines": Unit.VESSELS,
    "corvettes": Unit.VESSELS,
    "destroyers": Unit.VESSELS,
    "minehunters": Unit.VESSELS,
    "mine hunters": Unit.VESSELS,
    "minesweepers": Unit.VESSELS,
    "minelayers": Unit.VESSELS,
    "mercenaries": Unit.TROOPS,
    "paratroopers": Unit.TROOPS,
    "airmen": Unit.TROOPS,
    "fighter aircraft": Unit.AIRCRAFT,
    "eurofighters": Unit.AIRCRAFT,
    "gripens": Unit.AIRCRAFT,
    "typhoons": Unit.AIRCRAFT,
    "rafales": Unit.AIRCRAFT,
    "naval vessels": Unit.VESSELS,
    "fighter jets": Unit.AIRCRAFT,
    "helicopters": Unit.AIRCRAFT,
    "battle groups": Unit.BATTLEGROUPS,
    "member states": Unit.ALLIES,
    "people": Unit.PEOPLE,
}
_UNIT_WORDS: dict[str, Unit] = {
    **{m.value: m for m in Unit if m not in (Unit.PERCENT_GDP, Unit.EUR, Unit.USD)},
    **{
        alias: member
        for alias, member in ALIASES[Unit].items()
        if isinstance(member, Unit) and member not in (Unit.PERCENT_GDP, Unit.EUR, Unit.USD) and alias.isalpha()
    },
    **_UNIT_EXTRA,
}
_CURRENCY_WORDS = {"euro": Unit.EUR, "euros": Unit.EUR, "eur": Unit.EUR, "dollars": Unit.USD, "usd": Unit.USD, "us dollars": Unit.USD}
_CURRENCY_SIGNS = {"€": Unit.EUR, "eur": Unit.EUR, "$": Unit.USD, "us$": Unit.USD, "usd": Unit.USD}


def _alternation(words: object) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_WORD_NUMBER = (
    rf"(?:(?:{_alternation(_TENS)})(?:[-\s](?:{_alternation([w for w in _ONES if _ONES[w] < 10])}))?|"
    rf"{_alternation(_ONES)}|a\s+dozen|dozens)"
)
# A decimal comma ("0,5") has one or two digits after it; three are a thousands group ("4,500").
_DIGITS = r"(?<!\d )(?:\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+|,\d{1,2}(?!\d))?"
_NUMBER = rf"(?P<number>{_DIGITS}|{_WORD_NUMBER})(?:\s+(?P<scale>{_alternation(_SCALES)}))?"
# Money may glue a short scale to the figure ("$2bn", "€500m").
_SHORT_SCALES = {"bn": 1_000_000_000, "b": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000}
_MONEY_NUMBER = (
    rf"(?P<number>{_DIGITS}|{_WORD_NUMBER})"
    rf"(?:\s*(?P<scale>{_alternation(_SHORT_SCALES)})(?![\w])|\s+(?P<word_scale>{_alternation(_SCALES)}))?"
)
_QUALIFIER = rf"(?:(?P<qualifier>{_alternation(_QUALIFIERS)})\s+)?"
_MODIFIERS = r"(?P<modifiers>(?:[A-Za-z][\w’'-]*\s+){0,3}?)"
_PERCENT = re.compile(
    rf"(?<![\w.]){_QUALIFIER}{_NUMBER}\s*(?:%|per\s?cent\b|percent\b|pct\b)(?:\s+of)?\s+(?:(?:their|its|the|national|annual)\s+)?(?:gdp|gross\s+domestic\s+product)\b",
    re.IGNORECASE,
)
_MONEY_SIGN = re.compile(rf"(?<![\w.]){_QUALIFIER}(?P<sign>€|US\$|\$|EUR|USD)\s?{_MONEY_NUMBER}", re.IGNORECASE)
_MONEY_WORD = re.compile(rf"(?<![\w.]){_QUALIFIER}{_NUMBER}\s+(?P<unit>{_alternation(_CURRENCY_WORDS)})\b", re.IGNORECASE)
# A hyphen before the figure makes it a model number ("F-16 jets"), not a count, and so does a designation in capitals
# ("RBS 70 NG systems", "PAC 3 missiles").
_COUNT = re.compile(
    rf"(?<![\w.,-])(?:(?<=(?-i:US|UK) )|(?<!(?-i:[A-Z]{{2}}) )){_QUALIFIER}{_NUMBER}(?P<strong>-strong)?"
    rf"\s+{_MODIFIERS}(?P<unit>{_alternation(_UNIT_WORDS)})\b",
    re.IGNORECASE,
)
# A range of counts ("40-50 troops", "between 40 and 50 troops") states its lower bound, not its upper.
_COUNT_RANGE = re.compile(
    rf"(?<![\w.,-])(?:(?P<between>between|from)\s+)?(?P<number>{_DIGITS}|{_WORD_NUMBER})(?:\s*[-–]\s*|\s+(?P<joint>to|and|or)\s+)"
    rf"(?P<upper>{_DIGITS}|{_WORD_NUMBER})(?:\s+(?P<scale>{_alternation(_SCALES)}))?\s+{_MODIFIERS}(?P<unit>{_alternation(_UNIT_WORDS)})\b",
    re.IGNORECASE,
)
# The other end of a range written beside a figure ("between 2 and 3% of GDP", "2-3%", "€1-2 billion", "€1 billion to
# €2 billion", "2,000 or 3,000 troops"): either end alone would state as exact what the source gives as a range.
_JOINT = r"(?P<joint>\s*[-–—]\s*|\s+(?:to|and|or)\s+)"
_OTHER_END = (
    rf"(?:(?P<sign>€|US\$|\$|EUR|USD)\s?)?(?P<number>{_DIGITS}|{_WORD_NUMBER})"
    rf"(?:\s*(?P<scale>{_alternation(_SHORT_SCALES)})(?![\w])|\s+(?P<word_scale>{_alternation(_SCALES)}))?"
)
_RANGE_BEFORE = re.compile(
    rf"(?:\b(?P<lead>between|from|by)\s+)?(?<![\w.,-]){_OTHER_END}(?:\s*(?:%|per\s?cent\b|percent\b))?{_JOINT}$", re.IGNORECASE
)
_RANGE_AFTER = re.compile(rf"{_JOINT}{_OTHER_END}", re.IGNORECASE)
# What says the other end is an amount of the same kind: a count's unit word, or a currency word.
_UNIT_AFTER = re.compile(rf"\s+{_MODIFIERS}(?P<unit>{_alternation(_UNIT_WORDS)})\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*(?P<unit>{_alternation(_CURRENCY_WORDS)})\b", re.IGNORECASE)
# An open end written after the figure: "1,000 troops or more", "5% of GDP or above".
_OPEN_END = re.compile(r"\s+or\s+(?:(?P<more>more|above|higher|greater|over)|(?P<less>less|fewer|below|lower|under))\b", re.IGNORECASE)
#: A range whose ends differ more than this (in ratio) may share an unwritten scale ("40 or 50,000 troops", "between
#: 30 and 40,000"): no reading of it is safe, so it is no amount.
_WIDEST_RANGE = 10
_LEAD = re.compile(r"\b(?P<lead>between|from|by)\s+$", re.IGNORECASE)
# "from" after these opens a range, not a change ("estimates range from 8,000 to 15,000 troops")
_RANGE_VERB = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+$", re.IGNORECASE)


def _is_change(text: str, lead: str, lead_start: int, joint: str) -> bool:
    """Whether two figures are where a change starts and ends: after "from" or "by", joined by "to" or a dash."""
    if lead not in ("from", "by") or joint in ("or", "and"):
        return False
    return not (lead == "from" and _RANGE_VERB.search(text, max(0, lead_start - 20), lead_start))


_STRONG = re.compile(rf"(?<![\w.]){_QUALIFIER}{_NUMBER}-strong\b", re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:19|20)\d{2}")
_TIME_WORD = re.compile(r"\b(?:in|by|since|until|till|from|to|of|before|after|during|through)\s+$", re.IGNORECASE)
# Words that end a count before its unit: "a number of", and a time ("six years after British soldiers arrived", "three
# months since the troops came") counts time, not the forces named after it.
_STOP_MODIFIERS = frozenset(
    (
        *("of", "and", "or", "in", "to", "the", "a", "an", "for", "on", "at", "by", "with", "from", "than", "as", "per"),
        *("after", "before", "since", "until", "till", "when", "while", "ago", "later", "earlier"),
        *("seconds", "minutes", "hours", "days", "nights", "weeks", "weekends", "months", "years", "decades", "centuries"),
        *("winters", "summers", "springs", "autumns", "seasons"),
    )
)


def _number(text: str, scale: str | None, *, count: bool = False) -> float | int | None:
    """The value of a written number; ``count`` reads "4.500" as 4500 (a count has no decimals)."""
    value: float | int
    if text[0].isdigit():
        if count and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
            return _scaled(int(text.replace(".", "")), scale)
        if re.fullmatch(r"\d+,\d{1,2}", text):
            return _scaled(float(text.replace(",", ".")), scale)
        digits = re.sub(r"[,\u00a0\u202f\u2009]", "", text)
        value = float(digits) if "." in digits else int(digits)
    elif (word := " ".join(text.lower().replace("-", " ").split())) == "a dozen":
        value = 12
    elif word == "dozens":
        return None
    else:
        parts = word.split()
        value = _TENS.get(parts[0], _ONES.get(parts[0], 0)) + (_ONES.get(parts[1], 0) if len(parts) > 1 else 0)
    return _scaled(value, scale)


def _scaled(value: float, scale: str | None) -> float | int:
    if scale:
        value *= _SCALES.get(scale.lower()) or _SHORT_SCALES[scale.lower()]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _qualifier(text: str | None) -> Qualifier:
    if not text:
        return Qualifier.EXACT
    return _QUALIFIERS[" ".join(text.lower().split())]


def _range(text: str, start: int, stop: int, value: float, scale: str | None, *, unit: Unit) -> tuple[int, int, float] | None:
    """The span and lower end of the range a figure at ``start:stop`` ends or begins, if it is one; ``None`` to skip it.

    A range states its lower end ("between 2 and 3% of GDP" is at least 2%). After "from" or "by" two figures joined by
    "to" or a dash are where a change starts and ends ("from 2% to 3%", "by 0.5 to 2.5%"): the end is the figure, the
    start is no amount. The other end after a figure must be an amount of the same kind ("200 soldiers to 1,500 already
    there" is no range, nor "2 jets to 3 airfields"), and a year is never an end ("in 2026 to 2.5%", "3% of GDP to 2030").
    Ends more than :data:`_WIDEST_RANGE` apart give no amount.
    """
    count = unit not in (Unit.PERCENT_GDP, Unit.EUR, Unit.USD)

    def number(match: re.Match[str], own: str | None) -> float | None:
        digits = match.group("number")
        if _YEARLIKE.fullmatch(digits) and not (match.group("scale") or match.group("word_scale")):
            return None
        return _number(digits, match.group("scale") or match.group("word_scale") or own, count=count)

    if before := _RANGE_BEFORE.search(text, max(0, start - 80), start):
        lead, joint = (before.group("lead") or "").lower(), before.group("joint").strip().lower()
        bottom = number(before, scale)
        change = _is_change(text, lead, before.start(), joint)
        if not change and (joint != "and" or lead == "between") and bottom is not None and bottom < value:
            return None if value > _WIDEST_RANGE * bottom else (before.start(), stop, bottom)
    if after := _RANGE_AFTER.match(text, stop):
        lead_match = _LEAD.search(text, max(0, start - 10), start)
        lead, joint = (lead_match.group("lead").lower() if lead_match else ""), after.group("joint").strip().lower()
        change = _is_change(text, lead, lead_match.start() if lead_match else start, joint)
        top = number(after, None)
        shared = None if scale else after.group("scale") or after.group("word_scale")  # "€1-2 billion"
        if unit is Unit.PERCENT_GDP:  # "from 2% of GDP to 3% of GDP"
            same_kind = _PERCENT_AFTER.match(text, after.end()) is not None
        elif count:
            unit_word = _UNIT_AFTER.match(text, after.end())
            same_kind = unit_word is not None and _UNIT_WORDS[" ".join(unit_word.group("unit").lower().split())] is unit
        else:  # money: a sign or a currency word at the other end, or the scale both ends share
            same_kind = bool(after.group("sign") or shared or _CURRENCY_AFTER.match(text, after.end()))
        if top is not None and same_kind and (joint != "and" or lead == "between"):
            bottom = _scaled(value, shared) if shared else value
            if bottom < top:
                if change or top > _WIDEST_RANGE * bottom:
                    return None
                return start, after.end(), bottom
    return start, stop, value


def find_quantities(text: str) -> tuple[QuantityMention, ...]:
    """Quantities with their unit and qualifier, in order of appearance.

    Counts take digits with thousands separators ("4,000") or number words
    ("two"), up to three describing words before the unit ("50 NATO
    vessels"), and a qualifier before the number ("over", "at least",
    "about"); a share of GDP needs the words "of GDP".

    >>> [str(q.quantity) for q in find_quantities("over 50 vessels; two percent of GDP; 4,000 German soldiers")]
    ['more than 50 vessels', '2% of GDP', '4,000 troops']
    >>> [str(q.quantity) for q in find_quantities("a 5,000-strong brigade and EUR 1.5 billion")]
    ['5,000 troops', '1,500,000,000 EUR']
    """
    found: list[QuantityMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], unit: Unit, qualifier: Qualifier | None = None) -> None:
        start, stop = match.span()
        if any(start < b and a < stop for a, b in taken):
            return
        groups = match.groupdict()
        count = unit not in (Unit.PERCENT_GDP, Unit.EUR, Unit.USD)
        scale = groups.get("scale") or groups.get("word_scale")
        value = _number(match.group("number"), scale, count=count)
        if value is None:
            return
        if qualifier is None and not groups.get("qualifier"):
            ranged = _range(text, start, stop, value, scale, unit=unit)
            if ranged is None:
                return
            if ranged != (start, stop, value):
                (start, stop, value), qualifier = ranged, Qualifier.AT_LEAST
                if any(start < b and a < stop for a, b in taken):
                    return
            elif open_end := _OPEN_END.match(text, stop):  # "1,000 troops or more"
                stop, qualifier = open_end.end(), Qualifier.AT_LEAST if open_end.group("more") else Qualifier.AT_MOST
        try:
            quantity = Quantity(value=value, unit=unit, qualifier=qualifier or _qualifier(groups.get("qualifier")))
        except FieldError:
            return
        taken.append((start, stop))
        found.append(QuantityMention(quantity=quantity, text=text[start:stop], start=start, stop=stop))

    for match in _PERCENT.finditer(text):
        add(match, Unit.PERCENT_GDP)
    for match in _MONEY_SIGN.finditer(text):
        add(match, _CURRENCY_SIGNS[match.group("sign").lower()])
    for match in _MONEY_WORD.finditer(text):
        add(match, _CURRENCY_WORDS[" ".join(match.group("unit").lower().split())])
    for match in _COUNT_RANGE.finditer(text):
        if match.group("joint") and match.group("joint").lower() == "and" and not match.group("between"):
            continue  # "3 and 14 ships" is two counts, not a range
        lead_match = None if match.group("between") else _LEAD.search(text, max(0, match.start() - 10), match.start())
        lead = (match.group("between") or (lead_match.group("lead") if lead_match else "")).lower()
        if _is_change(text, lead, lead_match.start() if lead_match else match.start(), (match.group("joint") or "").lower()):
            continue  # "from 1,000 to 1,500 troops", "by 3,000 to 20,000 soldiers": a change, which ends at its count
        # (a scale after the upper end is both ends': "two or three thousand troops")
        shared = match.group("scale")
        lower, upper = _number(match.group("number"), shared, count=True), _number(match.group("upper"), shared, count=True)
        if lower is None or upper is None or not lower < upper or match.group("modifiers").lower().split()[:1] in (["of"], ["and"]):
            continue
        if upper > _WIDEST_RANGE * lower:  # "between 30 and 40,000 troops": thirty or thirty thousand?
            taken.append(match.span())
            continue
        add(match, _UNIT_WORDS[" ".join(match.group("unit").lower().split())], Qualifier.AT_LEAST)
    for match in _COUNT.finditer(text):
        modifiers = match.group("modifiers").lower().split()
        if any(word in _STOP_MODIFIERS or word in _UNIT_WORDS for word in modifiers):
            continue
        if _YEARLIKE.fullmatch(match.group("number")) and not match.group("qualifier") and _TIME_WORD.search(text[: match.start()]):
            continue
        unit = Unit.TROOPS if match.group("strong") else _UNIT_WORDS[" ".join(match.group("unit").lower().split())]
        add(match, unit)
    for match in _STRONG.finditer(text):
        add(match, Unit.TROOPS)
    found.sort(key=lambda q: q.start)
    return tuple(found)


# ---------------------------------------------------------------- dates


@attrs.frozen
class DateMention:
    """A date found in text: the date (with its precision), the end of a range, the words and where.

    >>> found = find_dates("from 22-23 January 2025")[0]
    >>> str(found.date), str(found.end), found.text
    ('2025-01-22', '2025-01-23', '22-23 January 2025')
    """

    date: PartialDate
    text: str
    start: int
    stop: int
    end: PartialDate | None = None


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d{2}|2[01]\d{2})"
# What joins the two ends of a range: the separators PartialDate.parse_range reads, and "and"
# after "between" ("between 3 and 14 May"), which the finder turns into "to" before reading.
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)"
# "from 3 to 14 May": the date starts after the word.
_FROM = r"(?:(?P<from>from|between)\s+)?"
# These patterns only find where a date is written; PartialDate.parse and
# PartialDate.parse_range read what is found, so text and queries share one reading policy.
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ranges across months: 3 June - 4 July 2025, June 30 - July 4, 2025 (each end may carry its year)
    (
        "range",
        re.compile(
            rf"(?<![\w-]){_FROM}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?P<to>{_TO}){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])"
        ),
    ),
    (
        "range",
        re.compile(rf"(?<![\w-]){_FROM}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?P<to>{_TO}){_MONTH}\s+{_DAY}(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])"),
    ),
    ("iso-day", re.compile(rf"(?<![\w-])(?P<y>{_YEAR})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w-])")),
    # "3. March 2022": a day written with a full stop, as German and Nordic pages write it
    ("d-m-y", re.compile(rf"(?<![\w-]){_FROM}{_DAY}\.?(?P<to>{_TO}{_DAY})?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>{_YEAR})(?![\w-])")),
    ("m-d-y", re.compile(rf"(?<![\w-]){_FROM}{_MONTH}\s+{_DAY}(?P<to>{_TO}{_DAY})?,?\s+(?P<y>{_YEAR})(?![\w-])")),
    ("m-y", re.compile(rf"(?<![\w-]){_MONTH}\s+(?:of\s+)?(?P<y>{_YEAR})(?![\w-])")),
    ("d-m", re.compile(rf"(?<![\w-]){_FROM}{_DAY}(?P<to>{_TO}{_DAY})?\s+(?:of\s+)?{_MONTH}(?![\w-])")),
    ("m-d", re.compile(rf"(?<![\w-]){_FROM}{_MONTH}\s+{_DAY}(?P<to>{_TO}{_DAY})?(?![\w-])")),
    ("iso-month", re.compile(rf"(?<![\w-])(?P<y>{_YEAR})-(?:0[1-9]|1[0-2])(?![\w-])")),
    ("year", re.compile(rf"(?<![\w.,$€£-])(?P<y>{_YEAR})(?![\w%-]|\.\d|,\d)")),
)


def _read(text: str, year: int | None, *, span: bool) -> tuple[PartialDate, PartialDate | None] | None:
    """The date (and the end of a range) that ``text`` writes, by the package's one reading policy; None if refused."""
    try:
        if span:
            return PartialDate.parse_range(text, default_year=year)
        return PartialDate.parse(text, default_year=year), None
    except DateError:
        return None


def find_dates(text: str, *, year: int | None = None, today: dt.date | None = None) -> tuple[DateMention, ...]:
    """Dates in text with the precision the words give, read by :meth:`PartialDate.parse` and :meth:`PartialDate.parse_range`.

    A range ("22-23 January 2025", "July 11-12", "9 to 21 June 2019",
    "3 June - 4 July 2025") gives its first day as ``date`` and its last as
    ``end``. A day and month without a year ("on June 3") is read in
    ``year`` when one is given, and skipped otherwise. A lone year ("in
    2026") has year precision.

    >>> [(str(d.date), str(d.end)) for d in find_dates("July 11-12", year=2023)]
    [('2023-07-11', '2023-07-12')]
    >>> [str(d.date) for d in find_dates("Sunday (28 November 2021) and June 2025")]
    ['2021-11-28', '2025-06']
    >>> [(str(d.date), str(d.end)) for d in find_dates("held from 30 June to 4 July 2025")]
    [('2025-06-30', '2025-07-04')]
    >>> [(str(d.date), str(d.end)) for d in find_dates("between 3 and 14 May 2024")]
    [('2024-05-03', '2024-05-14')]

    With ``today`` (the document's own day), relative days are read too:
    "today", "tomorrow", "yesterday", and a weekday ("on Friday"), forward
    in a future or present sentence and back in a past one ("said on
    Monday"), within the week. Without it they are never read.

    >>> import datetime as dt
    >>> wednesday = dt.date(2025, 6, 4)
    >>> [str(d.date) for d in find_dates("It began on Monday and ends on Friday", today=wednesday)]
    ['2025-06-02', '2025-06-06']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for _, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, stop = match.span()
            if any(start < b and a < stop for a, b in taken):
                continue
            groups = match.groupdict()
            to = groups.get("to")
            if to is not None and to.strip() == "and" and groups.get("from") != "between":
                continue  # "on 3 and 14 May" names two days, not a range
            if groups.get("from"):  # the date starts after "from" / "between"
                start = match.end("from") + len(text[match.end("from") : stop]) - len(text[match.end("from") : stop].lstrip())
            written = text[start:stop]
            # The reader takes "to" where a page writes "between 3 and 14", and no full stop after a day.
            plain = re.sub(r"(?<=\d)\.(?=\s)", "", re.sub(r"\s+and\s+", " to ", written))
            read = _read(plain, year, span=to is not None)
            if read is None:
                continue
            taken.append(match.span())
            found.append(DateMention(date=read[0], text=written, start=start, stop=stop, end=read[1]))
    if today is not None:
        found.extend(_relative(text, today, taken))
    found.sort(key=lambda d: d.start)
    return tuple(found)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    rf"\b(?:(?P<shift>today|tonight|tomorrow|yesterday)|(?:(?P<which>next|last|this|on)\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)}))\b",
    re.IGNORECASE,
)
_SHIFTS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}
_FUTURE = re.compile(r"\b(?:will|shall|is|are|to|begins?|starts?|opens?|runs?|ends?|due|planned|scheduled)\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:was|were|had|did|began|begun|held|took|met|said|told|sent|flew|went|came|gave|made|spoke|led|saw|\w{3,}ed)\b", re.IGNORECASE
)


def _tense_before(text: str, at: int) -> str | None:
    """The tense of the verb nearest before ``at`` in its sentence: "past", "future" or None.

    The nearest verb governs the day it is attached to: in "began on Tuesday,
    and will run until Friday" Tuesday is past and Friday future.

    >>> _tense_before("The drill, due to run for a week, began on Tuesday", 44)
    'past'
    >>> _tense_before("The ships left port and will arrive on Friday", 38)
    'future'
    """
    sentence = text[:at].rsplit(". ", 1)[-1]
    last = {
        tense: max((m.end() for m in pattern.finditer(sentence)), default=-1) for tense, pattern in (("past", _PAST), ("future", _FUTURE))
    }
    if last["past"] == last["future"]:
        return None
    return "past" if last["past"] > last["future"] else "future"


def _relative(text: str, today: dt.date, taken: list[tuple[int, int]]) -> list[DateMention]:
    """Relative days against the document's day; a weekday next to a written date is that date's, not a new one."""
    found: list[DateMention] = []
    for match in _RELATIVE.finditer(text):
        start, stop = match.span()
        if any(a - 4 <= stop <= a or (start < b and a < stop) for a, b in taken):
            continue  # "Sunday (28 November 2021)": the written date says it
        if match.group("shift"):
            day = today + dt.timedelta(days=_SHIFTS[match.group("shift").lower()])
        else:
            weekday = _WEEKDAYS.index(match.group("weekday").lower())
            which = (match.group("which") or "").lower()
            past = which == "last" or (which != "next" and _tense_before(text, start) == "past")
            delta = (today.weekday() - weekday) % 7 if past else (weekday - today.weekday()) % 7
            day = today - dt.timedelta(days=delta) if past else today + dt.timedelta(days=delta)
        found.append(
            DateMention(date=PartialDate(year=day.year, month=day.month, day=day.day), text=match.group(0), start=start, stop=stop)
        )
    return found


# ---------------------------------------------------------------- exercise names


@attrs.frozen
class ExerciseName:
    """An exercise's name as the text writes it, its series and its edition year.

    >>> find_exercise_names("the Saber Strike 2018 exercise")[0].series
    'Saber Strike'
    """

    name: str
    series: str
    edition: int | None
    start: int
    stop: int


_EXERCISE_WORD = re.compile(r"\b(exercises?|drills?|manoeuvres?|maneuvers?|war ?games?|wargames?)\b", re.IGNORECASE)
_NAME_WORD = r"[^\W\d_][\w’'&]*(?:-[^\W\d_][\w’'&]*)?"  # ("Etelä-Karjala 26": a hyphen within a word)
# "Iron Wolf 2019-II": a second run in one year keeps its part in the name.
_EDITION = re.compile(
    rf"(?<![\w-])(?P<series>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})[ -](?P<year>(?:19|20)\d{{2}})"
    r"(?P<part>-(?:III|II|I|IV|[1-9]))?(?![\w-])"
)
# A two-digit edition set off by an apposition that says what it is: "Amber Bastion 24 (AMBA24), a command post
# exercise", "Baltic Operations (BALTOPS) 26, the premier maritime exercise".
_APPOSED_EDITION = re.compile(
    rf"(?<![\w-])(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})(?:\s\((?P<acronym>[A-Z][A-Z0-9-]{{1,12}})\))?\s(?P<year>\d{{2}})"
    r"(?:\s\([A-Z][A-Z0-9-]{1,12}\))?,\s+(?:a|an|the|our|their|its|NATO's|this year's)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:exercises?|drills?|manoeuvres?|maneuvers?)\b"
)
_SHORT_EDITION = re.compile(
    rf"(?<![\w-])(?P<series>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})[ -](?P<year>\d{{2}})\s+"
    r"(?:begins?|began|starts?|started|opens?|opened|kicks? off|kicked off|gets? under ?way|ends?|ended|conclud\w+|wraps? up)\b",
    re.IGNORECASE,
)
# A headline that is about an edition: it opens with the name and a colon ("Northern Bastion 18: corps headquarters to
# command ..."), or closes with it after a word of taking part ("Allied ships converge on the Baltic for Baltic Keystone 21",
# "Marines Lead Amphibious Phase of Baltic Trident 22"); not an event something happens at or during ("Police on alert
# during Euro 24", "New drone shown at DSEI 25").
_OPENING_EDITION = re.compile(rf"^\W*(?P<series>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})[ -](?P<year>\d{{2}}):\s")
_CLOSING_EDITION = re.compile(
    rf"(?:\b(?:for|in)|\b(?i:phase|part|stage|leg|start|end|edition)\s+of)\s+(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?P<year>\d{{2}})\W*$"
)
_CAPS_EDITION = re.compile(r"(?<![\w-])(?P<series>[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})\s(?P<year>\d{2})(?![\w%-]|[.,]\d|\s*(?:percent|per cent))")
_HOLDING = (
    r"hold|holds|held|holding|host|hosts|hosted|hosting|stage|stages|staged|conduct|conducts|conducted|"
    r"(?:take|takes|took|taking)\s+part\s+in|join|joins|joined"
)
# (then a stop or a word that opens a phrase, never a noun: not "Seimas 24 elections", "HIMARS 20 months ago")
_PHRASE_OPENS = (
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:in|from|at|on|with|near|around|off|across|and|between|during|this|next|last|when|which|where|"
    r"to|until|starting|begins?|starts?|will|is|was)\b)"
)
_HELD_EDITION = re.compile(
    # ("during the amphibious phase of Baltic Trident 22": what happened in it)
    # (not any event a sentence says something happened during: "during Euro 24", "during DSEI 25")
    rf"(?:\b(?:{_HOLDING})\s+|\bfor\s+(?=[A-Z]{{3,}}\s)|^\W*In\s+|\bduring\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:phase|part|stage|leg)\s+of\s+)"
    rf"(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?P<year>\d{{2}})" + _PHRASE_OPENS
)
# The same where the sentence also speaks of forces or of practising (their words are others' too: "joined Horizon 2020",
# "the latest edition, Issue 24"): an edition run or led ("we run Tidewarden 25", "the brigade leads Etelä-Karjala 26"),
# named as one ("the most recent edition, Gap Sentinel 24, brought"), held in four digits ("joined Iron Wolf 2025"), or
# after a label ("Exercise: In Havsörn 25, ...").
_LED_EDITION = re.compile(
    rf"(?:\b(?:run|runs|ran|lead|leads|led|organi[sz]e[sd]?|edition,?|{_HOLDING})\s+|^\W*[A-Z][a-z]+:\s*In\s+)"
    rf"(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})[ -](?P<year>(?:19|20)?\d{{2}})" + _PHRASE_OPENS
)
# A name with its two-digit edition and its dates, where the sentence speaks of forces: "Daugava Wolf 23, from 11 to 24
# September", "Baltic Harp 25 (BH25) from 3 to 14 November".
_EVENT_AT = re.compile(r"\b(?:at|during|secure|securing|police|policing)\s+(?:the\s+)?$", re.IGNORECASE)
_SCHEDULED_EDITION = re.compile(
    rf"(?<![\w-])(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})[ -](?P<year>\d{{2}})(?:\s\([A-Z][A-Z0-9-]{{1,12}}\))?,?\s+"
    r"(?:from|between)\s+\d{1,2}(?:\s+[A-Z][a-z]+)?\s*(?:-|–|to|and)\s*\d{1,2}\s+[A-Z][a-z]+"
)
# A name with its two-digit edition as the subject of what an exercise does, where the sentence speaks of training:
# "Kotkapesa 25, in April 2025, brought fighters from Finland to practise", "Okas 24 will bring 12,000 reservists into
# the field".
_SUBJECT_EDITION = re.compile(
    # (after a time that opens the sentence: "In May, Okas 24 will bring")
    r"^\W*(?:[A-Z][a-z]+:\s*)?(?:(?:In|On|From|Since|This|Next|Last|Every)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?"
    rf"(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})\s(?P<year>\d{{2}})"
    # (a verb of what an exercise gathers or does, not any verb: "Windows 11 will reach 40 per cent")
    r"(?=\s*,|\s+(?:will\s+|would\s+)?(?:brought|brings?|drew|draws?|involved|involves?|gathered|gathers?|tested|tests?|"
    r"practised|practiced|saw|sees?|mobili[sz]ed|mobili[sz]es?|featured|features?)\b)"
)
# (forces' practice, not training in general: "will train welders")
# Forces a sentence speaks of, outside any name (a small list: "Balt Military Expo 2025" names no force).
# A formation's own name speaks of forces too ("the 76th Guards Air Assault Division took part in Zapad 2025", "units of
# the 6th Army", "the Baltic Fleet").
_FORCES = re.compile(
    r"\b(?-i:troops|soldiers|reservists|conscripts|marines|sailors|ships|vessels|warships|frigates|fighters|jets|aircraft|"
    r"battalions?|brigades?|compan(?:y|ies)|units|crews|divisions?|regiments?|paratroopers|airmen|squadrons?|detachments?|"
    r"contingents?|personnel|servicemen|helicopters|Division|Regiment|Brigade|Battalion|Squadron|Army|Fleet)\b",
)
_PRACTICE = re.compile(r"\b(?:practi[sc]\w*|rehears\w*|manoeuv\w*|live-fire|scenario|into\s+the\s+field)\b", re.IGNORECASE)
# "exercise Iron Junction 26": a two-digit edition right after a name that follows the word. A word that names ("an
# exercise named Kashubian Dawn 27", "the drill, dubbed Frozen Lynx") may stand between, and then any word for an
# exercise may come before it.
_NAMING = r"(?:named|called|dubbed|code-?named|known\s+as|titled|entitled)\s+"
_AFTER_WORD = re.compile(
    rf"(?:\b[Ee]xercises?,?\s+(?:{_NAMING})?|\b(?:[Dd]rills?|[Mm]anoeuvres?|[Mm]aneuvers?|[Ww]ar ?games?),?\s+{_NAMING})"
    rf"(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})(?:\s(?P<short>\d{{2}})(?![\w-]|[.,]\d))?"
)
# An acronym may stand between the name and the word: "the Northern Shield (NSH) exercise".
_BEFORE_WORD = re.compile(
    rf"(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})(?:\s+\([A-Z][A-Z0-9-]{{1,12}}\))?\s+(?:exercises?|drills?|manoeuvres|maneuvers)\b"
)
# A name with its two-digit edition before the word, with what kind of exercise it is between: "the Kall Vind 27 air
# exercise", "the Iron Wolf 26 live-fire drill".
_EDITION_BEFORE_WORD = re.compile(
    rf"(?<![\w-])(?P<series>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})\s(?P<year>\d{{2}})\s+(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?:exercises?|drills?|manoeuvres?|maneuvers?)\b"
)
_LEADING = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "of",
        "for",
        "from",
        "since",
        "until",
        "during",
        "before",
        "after",
        "and",
        "or",
        "this",
        "that",
        "its",
        "their",
        "our",
        "his",
        "her",
    ]
)
#: Words of the calendar (months, their abbreviations, seasons, weekdays), lower-case.
DATE_WORDS = _MONTH_ABBREVIATIONS | frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# A name with a year that is a plan or a meeting, not an exercise: "Strategy 2030", "the Vilnius Summit 2023".
# The first word of what a number names besides an exercise: "Mission BORÉE 26", "Operation Baltic Sentry 25", "Episode 47".
_NOT_EXERCISE_HEADS = frozenset(["mission", "operation", "episode", "part", "chapter", "season", "issue", "week", "no"])
_NOT_EXERCISES = frozenset(
    [
        "strategy",
        "concept",
        "plan",
        "agenda",
        "vision",
        "programme",
        "program",
        "budget",
        "act",
        "summit",
        "declaration",
        "treaty",
        "report",
        "review",
        "initiative",
        "package",
        "compass",
        "goals",
        "targets",
        "law",
        "conference",
        "forum",
        "elections",
        "election",
        "contest",
        # (fairs, days and publications, and units named with a number: "Balt Military Expo 2025", "Defence Days 25",
        # "Issue 24", "Fighter Squadron 31")
        "expo",
        "exhibition",
        "fair",
        "days",
        "week",
        "festival",
        # (and other public events a formation may join or host: "joined Tallinn Marathon 2025", "hosted Hamina Tattoo 2024")
        "marathon",
        "tattoo",
        "show",
        "games",
        "cup",
        "race",
        "championship",
        "championships",
        "parade",
        "concert",
        "issue",
        "volume",
        "edition",
        "squadron",
        "wing",
        "brigade",
        "regiment",
        "battalion",
        "division",
        "corps",
        "flotilla",
        "fleet",
        "windows",
    ]
)
_EXERCISE_NOUNS = frozenset(["exercise", "exercises", "drill", "drills"])  # "Exercise Boreal Lynx 2019" is "Boreal Lynx 2019"
_GENERIC = frozenset(
    [
        "summit",
        "nato",
        "eu",
        "un",
        "annual",
        "joint",
        "military",
        "naval",
        "air",
        "land",
        "allied",
        "large-scale",
        "major",
        "live-fire",
        "combined",
        "multinational",
        "international",
        "national",
        "exercise",
        "exercises",
        "drill",
        "drills",
    ]
)


def _name_words(series: str) -> list[str]:
    """The words of a candidate name, or none when it is a date, a generic phrase or not capitalised."""
    # (a hyphen between capitalised parts is part of the name as written: "Etelä-Karjala 26"; "Allied-led" is no name)
    words = re.sub(r"-(?!(?-i:[A-ZÀ-ÖØ-Þ]))", " ", series).split()
    # (the run of capitalised words at the end, after the words before it: "Finland for Sandy Shoal 19")
    lower = [i for i, w in enumerate(words) if not w[0].isupper()]
    if lower:
        words = words[lower[-1] + 1 :]
    while words and (words[0].lower() in _LEADING or words[0].lower() in _EXERCISE_NOUNS or not words[0][0].isupper()):
        words.pop(0)
    if not words or any(not w[0].isupper() or w.endswith(("'s", "’s")) or w.lower() in _LEADING for w in words):
        return []
    if all(w.lower() in DATE_WORDS | _GENERIC for w in words):
        return []
    return words


def edition_year(digits: str) -> int:
    """The year an edition's digits name: four as written, two in this century ("BALTOPS 2025", "BALTOPS 25")."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)  # four digits, else two


def short_edition(digits: str) -> bool:
    """Whether two digits after a name can be its edition: a year no more than five years ahead ("BALTOPS 26", not "RBS 70")."""
    return edition_year(digits) <= dt.datetime.now(tz=dt.UTC).year + 5


def find_exercise_names(text: str, *, headline: bool = False) -> tuple[ExerciseName, ...]:
    """Exercise names in a sentence that speaks of an exercise, drill or manoeuvre.

    A name with an edition ("Baltops-2025", "BALTOPS 2025", "Steadfast
    Defender 2024") or a capitalised name beside the word "exercise"
    ("exercise Spring Storm", "the Iron Wolf exercise"). Months, seasons
    and leading articles are never part of a name.

    >>> [(n.name, n.edition) for n in find_exercise_names("NATO's annual exercise, Baltops-2025, began on June 3")]
    [('Baltops 2025', 2025)]
    >>> [n.name for n in find_exercise_names("Troops joined the Iron Wolf exercise in Lithuania.")]
    ['Iron Wolf']

    A ``headline`` needs no such word: only a name with its edition counts
    there ("Steel Tide 2023 begins in the Baltic").

    >>> [n.name for n in find_exercise_names("Steel Tide 2023 begins in the Baltic", headline=True)]
    ['Steel Tide 2023']

    Nor does a name with its two-digit edition after a verb of holding or
    joining it.

    >>> [n.name for n in find_exercise_names("In October we hold Vilkas Gate 26 in the east.")]
    ['Vilkas Gate 26']
    """
    worded = bool(_EXERCISE_WORD.search(text)) or headline
    practice = bool(_PRACTICE.search(text))
    held = [
        *_HELD_EDITION.finditer(text),
        *(_LED_EDITION.finditer(text) if practice or _FORCES.search(text) else ()),
        *(_SUBJECT_EDITION.finditer(text) if practice else ()),
        # (a start or its dates, in a sentence that speaks of exercises or forces: "TORMILIND 26 starts on 4 May ... 12,000
        # soldiers")
        *((*_SHORT_EDITION.finditer(text), *_SCHEDULED_EDITION.finditer(text)) if worded or practice or _FORCES.search(text) else ()),
    ]
    if not worded and not held:
        return ()
    found: list[ExerciseName] = []
    taken: list[tuple[int, int]] = []
    for match in _EDITION.finditer(text) if worded else ():
        words = _name_words(match.group("series"))
        if not words or (words[-1].lower() in _NOT_EXERCISES and not _EXERCISE_WORD.search(text)):
            continue
        series = " ".join(words)
        year = int(match.group("year"))
        start = match.start("series") + match.group("series").find(words[0])
        taken.append((start, match.end()))
        name = f"{series} {year}{match.group('part') or ''}"
        found.append(ExerciseName(name=name, series=series, edition=year, start=start, stop=match.end()))
    for match in (*_APPOSED_EDITION.finditer(text), *_EDITION_BEFORE_WORD.finditer(text)):
        words = _name_words(match.group("series"))
        start = match.start("series") + match.group("series").find(words[0]) if words else 0
        if words and short_edition(match.group("year")) and not any(start < b and a < match.end("year") for a, b in taken):
            series = match.groupdict().get("acronym") or " ".join(words)
            taken.append((start, match.end("year")))
            found.append(
                ExerciseName(
                    name=f"{series} {match.group('year')}",
                    series=series,
                    edition=edition_year(match.group("year")),
                    start=start,
                    stop=match.end("year"),
                )
            )
    # A headline may write the edition in two digits before a verb of starting or ending ("Northern Current 21 begins"),
    # or give a name in capitals with its two-digit edition ("VIKING BEACON 26 in May").
    # In any sentence, a name with its two-digit edition after a verb of holding or joining ("we hold Vilkas Gate 26",
    # "will mobilise 4,000 guardsmen for KESTREL RUN 25", "In Lapland Bulwark 25, ... soldiers practised").
    about = [*_OPENING_EDITION.finditer(text), *_CLOSING_EDITION.finditer(text)] if headline else []
    for match in (*_SHORT_EDITION.finditer(text), *_CAPS_EDITION.finditer(text), *about) if headline else held:
        words = _name_words(match.group("series"))
        if words and (not headline or any(match is m for m in about)) and words[-1].lower() in _NOT_EXERCISES:
            continue  # "will host the Tallinn Digital Summit 25": a meeting, not an exercise
        if words and words[0].lower() in _NOT_EXERCISE_HEADS:
            continue  # "Mission BORÉE 26: French frigate ... head for the Baltic": a mission, not an exercise
        start = match.start("series") + match.group("series").find(words[0]) if words else 0
        if not headline and _EVENT_AT.search(text, 0, start):
            continue  # "will help police at Euro 24, from 14 June to 14 July": an event something happens at, no exercise
        if words and short_edition(match.group("year")) and not any(start < b and a < match.end("year") for a, b in taken):
            series = " ".join(words)
            taken.append((start, match.end("year")))
            year = edition_year(match.group("year"))
            found.append(
                ExerciseName(name=f"{series} {match.group('year')}", series=series, edition=year, start=start, stop=match.end("year"))
            )
    for pattern in () if headline and not _EXERCISE_WORD.search(text) else (_AFTER_WORD, _BEFORE_WORD):
        for match in pattern.finditer(text):
            raw = match.group("series").split()
            # The name is the run of capitalised words next to the word "exercise".
            run: list[str] = []
            for word in raw if pattern is _AFTER_WORD else reversed(raw):
                if not word[0].isupper():
                    break
                run.append(word)
            if pattern is _BEFORE_WORD:
                run.reverse()
            words = _name_words(" ".join(run))
            if not words:
                continue
            series = " ".join(words)
            start = match.start("series") + match.group("series").find(series)
            stop = start + len(series)
            if any(start < b and a < stop for a, b in taken):
                continue
            short = None
            if pattern is _AFTER_WORD:
                after = raw[len(run)] if len(run) < len(raw) else match.group("short")
                short = after if after is not None and re.fullmatch(r"\d{2}", after) and short_edition(after) else None
            if short is not None:
                stop = text.index(short, stop) + len(short)
                taken.append((start, stop))
                found.append(ExerciseName(name=f"{series} {short}", series=series, edition=edition_year(short), start=start, stop=stop))
                continue
            taken.append((start, stop))
            found.append(ExerciseName(name=series, series=series, edition=None, start=start, stop=stop))
    found.sort(key=lambda n: n.start)
    return tuple(found)

"""Finding parties in text through the dataset's own names, aliases and demonyms.

Matching is case- and accent-insensitive (through the one normaliser,
:func:`baltic_security._text.fold`), except for short all-capital aliases
("US", "EU") that would otherwise match ordinary words ("us"). Collective
names come from the package's one table of them, which the query helpers
read too (``data/lookup/collective-names.json``): "Allies"/"Allied" stand
for NATO, "the Baltic states" (countries, nations, region, "the Baltics")
for Estonia, Latvia and Lithuania, each when the dataset has those parties.
People named with a title and a party ("German Defence Minister Boris
Pistorius") stand for that party in the rest of the document.

>>> import baltic_security as bs
>>> finder = PartyFinder(bs.dataset())
>>> finder.parties("Estonian and Latvian troops joined the Alliance in Ādaži, not us.")
('estonia', 'latvia', 'nato')
>>> finder.parties("US forces in the Baltic States")
('united-states', 'estonia', 'latvia', 'lithuania')
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from baltic_security._parties import collective_names, names
from baltic_security._text import fold, with_latin_capitals

from .gazetteer import gazetteer

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset
    from baltic_security.model import Actor, Ally

__all__ = ["PartyFinder", "PartyMention", "find_people", "people_with_titles"]


# A capital opening a clause before its verb stands for its government ("Copenhagen signed a contract", "Paris and
# Tallinn intend to sign"); anywhere else it is a place ("stationed near Riga", "the Vilnius summit", "Riga is a port").
# (or opening reported speech: "Some commentators suggest that Washington may turn", "Officials said Berlin will send")
_GOVERNMENT_BEFORE = re.compile(
    with_latin_capitals(
        r"(?:^|[.;:!?\"“]|—|–|\band|\b(?:said|says|suggest\w*|warn\w*|believ\w*|think\w*|report\w*|announc\w*|confirm\w*|"
        r"claim\w*|fear\w*|expect\w*)(?:\s+that)?)\s*(?:[A-Z][\w-]+\s+and\s+)?$"
    )
)
_GOVERNMENT_AFTER = re.compile(
    with_latin_capitals(
        r"(?:\s+and\s+[A-Z][\w-]+\s+(?:also\s+|now\s+|already\s+)?(?!(?:summit|talks|formats?|process|declarations?|are|were|have)\b)[a-z]+|"
        r"\s+(?:also\s+|now\s+|already\s+)?"
        r"(?:(?:has|have|had|will|would|is|are|was|were|must|should|can|could|may)\s+(?:also\s+|now\s+|already\s+)?"
        r"(?!(?:a|an|the|not|no|one|home|part)\b)[a-z]+"
        r"|(?!(?:summit|talks|format|process|declaration|initiative|office|airport|port|harbour|region|district|residents|mayor|"
        r"city|council|is|was|has|as|plus|minus)\b)[a-z]+(?:ed|s)))\b"
    )
)

# A formation named after a place: the place's name then the formation's capitalised noun.
_UNIT_NAMED_AFTER = re.compile(r"\s+(?:Brigade|Battalion|Regiment|Division|Corps|Squadron|Wing|Garrison|Jaeger|Coastal Brigade)\b")
# the second of two ("Berlin and Warsaw want to"): a plural verb has no ending
_PLURAL_VERB = re.compile(r"\s+(?:also\s+|now\s+|already\s+)?(?!(?:summit|talks|formats?|process|declarations?|are|were)\b)[a-z]+\b")


@attrs.frozen
class PartyMention:
    """Words in a text that name a party (or, for a collective name, several).

    ``possessive`` is set for "NATO's"; ``person`` holds the full name when
    the words name a person who stands for the party.

    >>> import baltic_security as bs
    >>> PartyFinder(bs.dataset()).find("NATO's plan")[0]
    PartyMention(ids=('nato',), text='NATO', start=0, stop=4, possessive=True, person=None, kind='party')
    """

    ids: tuple[str, ...]
    text: str
    start: int
    stop: int
    possessive: bool = False
    person: str | None = None
    kind: str = "party"

    @property
    def place(self) -> bool:
        """Whether the words name a place, base or waters (never a speaker, owner or subject; waters never a host either)."""
        return self.kind in ("place", "waters")


@attrs.frozen
class _Entry:
    ids: tuple[str, ...]
    exact: str | None  # the written form when matching is case-sensitive
    person: str | None
    kind: str = "party"


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def _folded(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset of the original character."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text.translate(_APOSTROPHES)):
        piece = " " if ch.isspace() else fold(ch)
        out.append(piece)
        index.extend([i] * len(piece))
    index.append(len(text))
    return "".join(out), index


def _key(name: str) -> str:
    return " ".join(_folded(name)[0].split())


def _case_sensitive(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


class PartyFinder:
    """Finds the dataset's parties in text: names, aliases, demonyms, official names, people.

    Build one per dataset (the patterns are compiled once); add the people
    a document names with :meth:`with_people`.

    >>> import baltic_security as bs
    >>> [m.ids for m in PartyFinder(bs.dataset()).find("Russia's build-up, the Kremlin said")]
    [('russia',), ('russia',)]
    """

    def __init__(self, dataset: Dataset, *, people: Mapping[str, str] | None = None, home: str | None = None) -> None:
        self.dataset = dataset
        self._home = home  # "" once read for a document with no state of its own
        entries: dict[str, _Entry] = {}

        def add(name: str, ids: tuple[str, ...], person: str | None = None, kind: str = "party") -> None:
            key = _key(name)
            if key and key not in entries:
                entries[key] = _Entry(ids=ids, exact=name if (_case_sensitive(name) or person) else None, person=person, kind=kind)

        parties: list[Ally | Actor] = [*dataset.allies(), *dataset.actors()]
        for party in parties:
            for name in names(party):
                add(name, (party.id,))
            for name in names(party):
                if re.fullmatch(r"[A-Z][a-z]+an", name):
                    # a demonym's plural with its article names the state's people in arms: "the Americans keep a stock of
                    # equipment at Powidz", "the Russians have moved a brigade" (not "Estonians back higher spending")
                    add(f"the {name}s", (party.id,))
        for group in collective_names():
            if all(party in dataset for party in group.stands_for):
                for name in group.names:
                    add(name, group.stands_for, kind="collective")
        self._add_reference(add)
        self._people = dict(people or {})
        for full, party_id in self._people.items():
            if party_id in dataset:
                add(full, (party_id,), person=full)
                for surname in _surnames(full):
                    add(surname, (party_id,), person=full)
        self._entries = entries
        alternation = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(entries, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![\w'])(?:{alternation})(?![\w])")

    def _add_reference(self, add: Callable[..., None]) -> None:
        """Names from the gazetteer: collective adjectives, services and units, places and bases (only for parties the dataset has)."""
        reference = gazetteer()
        known = self.dataset.__contains__
        for adjective, members in reference.adjectives.items():
            present = tuple(m for m in members if known(m))
            for noun in reference.group_nouns:
                add(f"{adjective} {noun}", present, kind="collective")
            # two coordinated: "the eight Nordic and Baltic countries" are the members of both
            for other, more in reference.adjectives.items():
                both = tuple(dict.fromkeys((*present, *(m for m in more if known(m)))))
                for noun in (*reference.group_nouns, "states") if other != adjective else ():  # ("the Baltic states" is a name)
                    add(f"{adjective} and {other} {noun}", both, kind="collective")
        for service in reference.services:
            if known(service.country):
                for name in service.names:
                    add(name, (service.country,), kind="service")
        for shared in reference.shared_names:
            sharing = tuple(c for c in shared.countries if known(c))
            if sharing:
                add(shared.name, sharing, kind="shared")  # (read by the document's home in find)
        for place in reference.places:
            countries = tuple(c for c in place.countries if known(c))
            if countries:
                for name in place.names:
                    # waters are an area, never a host (the curation rule: "a region is an area, not its states")
                    # a capital is a place, and the state's government when it is a clause's subject (see find)
                    add(name, countries, kind={"waters": "waters", "capital": "capital"}.get(place.kind, "place"))

    def with_people(self, people: Mapping[str, str | None]) -> PartyFinder:
        """A finder that also knows these people (full name to party id; None is ignored).

        >>> import baltic_security as bs
        >>> finder = PartyFinder(bs.dataset()).with_people({"Boris Pistorius": "germany"})
        >>> [(m.ids, m.person) for m in finder.find("Pistorius said")]
        [(('germany',), 'Boris Pistorius')]
        """
        known = {name: party for name, party in people.items() if party is not None}
        return PartyFinder(self.dataset, people={**self._people, **known}, home=self._home)

    def with_home(self, home: str | None) -> PartyFinder:
        """A finder that reads a name several states' forces share as ``home``'s when it is one of theirs, else as no party.

        ``home`` is the state a document is published by or about (None when it has none). The gazetteer's
        ``shared_names`` list those names; a finder built without a home reports them with all their states, as
        ``kind="shared"``.

        >>> import baltic_security as bs
        >>> finder = PartyFinder(bs.dataset())
        >>> [(m.ids, m.kind) for m in finder.find("HMS Halland")]
        [(('sweden', 'united-kingdom'), 'shared')]
        >>> [m.ids for m in finder.with_home("sweden").find("HMS Halland")], finder.with_home(None).find("HMS Halland")
        ([('sweden',)], ())
        """
        reading = copy.copy(self)  # (the same compiled names: only how shared ones are read differs)
        reading._home = home or ""  # noqa: SLF001  # a copy of this class
        return reading

    def find(self, text: str) -> tuple[PartyMention, ...]:
        """Every party mention in ``text``, in order; "non-NATO" is not a mention of NATO.

        >>> import baltic_security as bs
        >>> [m.text for m in PartyFinder(bs.dataset()).find("non-NATO states and the Baltic states")]
        ['Baltic states']
        """
        folded, index = _folded(text)
        found: list[PartyMention] = []
        for match in self._pattern.finditer(folded):
            entry = self._entries[" ".join(match.group(0).split())]
            start, stop = index[match.start()], index[match.end()]
            written = text[start:stop]
            if entry.exact is not None and " ".join(written.split()) != entry.exact:
                continue
            if text[max(0, start - 4) : start].lower() in ("non-", "anti"):
                continue
            if _ORIGIN.match(text, stop):
                continue  # "a Swedish-designed submarine", "American-made weapons": where a thing comes from, not a party
            kind, ids = entry.kind, entry.ids
            if kind not in ("place", "capital") and BASED.match(text, stop):
                kind = "place"  # "the Germany-based 2nd Cavalry Regiment", "Poland-based troops": where it is based, not whose
            tail = text[stop : stop + 2].translate(_APOSTROPHES)
            possessive = tail == "'s" or (tail[:1] == "'" and written.endswith("s"))
            if kind == "shared" and self._home is not None:
                # ("HMS" is the Royal Navy's or the Swedish Navy's: the document's own state's when it is one of them, else
                # no party; a finder with no home reports it with them all, as "shared")
                if self._home not in ids:
                    continue
                # (a nationality just before it names the owner: "Britain's HMS Somerset", "the Swedish corvettes HMS Visby and
                # HMS Nyköping")
                if any(f.kind != "place" and _SHIP_BETWEEN.fullmatch(text, f.stop, start) for f in found):
                    continue
                kind, ids = "service", (self._home,)
            if kind in ("place", "capital") and _UNIT_NAMED_AFTER.match(text, stop):
                continue  # "the Karelia Brigade", "the Kaliningrad Regiment": a unit's name, not the place
            if kind == "capital":
                before = _GOVERNMENT_BEFORE.search(text, 0, start)
                after = _GOVERNMENT_AFTER.match(text, stop) or (
                    before and before.group(0).rstrip().endswith("and") and _PLURAL_VERB.match(text, stop)
                )
                kind = "party" if before and after else "place"
            found.append(PartyMention(ids=ids, text=written, start=start, stop=stop, possessive=possessive, person=entry.person, kind=kind))
        return tuple(found)

    def parties(self, text: str) -> tuple[str, ...]:
        """The ids of the parties ``text`` names, in order of first mention, each once.

        >>> import baltic_security as bs
        >>> PartyFinder(bs.dataset()).parties("non-NATO partners met Türkiye and TURKEY")
        ('turkiye',)
        """
        return tuple(dict.fromkeys(i for m in self.find(text) if not m.place for i in m.ids))


_ORIGIN = re.compile(r"-(?:designed|made|built|produced|developed|manufactured|owned|flagged|registered)\b", re.IGNORECASE)
#: Where a unit is based, after a name: "the Germany-based 2nd Cavalry Regiment", "Poland-based troops".
BASED = re.compile(r"[-‐](?:based|headquartered)\b", re.IGNORECASE)


def _surnames(full: str) -> list[str]:
    words = full.split()
    if len(words) < 2:
        return []
    rest = " ".join(words[1:])
    return [rest] if len(words) == 2 else [rest, words[-1]]


# ---------------------------------------------------------------- people

_TITLE = (
    r"(?:(?:deputy |vice |acting |former |then-)?"
    r"(?:prime minister|president|chancellor|secretary[- ]general|high representative|"
    r"(?:(?:defen[cs]e|foreign|interior|finance|national defen[cs]e|armed forces) )?"
    r"minister(?: of (?:national )?defen[cs]e| of foreign affairs| (?:of|for) the armed forces| for defen[cs]e)?|"
    r"(?:defen[cs]e |foreign )?secretary|chief of (?:the )?defen[cs]e(?: staff)?|commander(?:-in-chief)?|chief|head|leader|"
    r"spokes(?:man|woman|person)|ambassador|general|admiral|chair(?:man|woman|person)?|director(?: general)?|king|queen|counterparts?|"
    # ranks, which name no party themselves ("Colonel (ret.) Gediminas Rudys, Commander of ...")
    r"(?:lieutenant |brigadier |major )?(?:colonel|general)|major|captain|commodore|rear admiral|vice admiral))"
)
_RETIRED = r"(?:\s+\((?:ret\.|retired)\))?"  # "Colonel (ret.) Gediminas Rudys"
_TITLE_AT = re.compile(rf"(?:['’]s)?\s+(?:the\s+)?{_TITLE}\b{_RETIRED},?\s+", re.IGNORECASE)
_TITLE_ANY = re.compile(rf"\b{_TITLE}\b{_RETIRED},?\s+", re.IGNORECASE)
_APPOSED = re.compile(rf",\s+(?:the\s+)?{_TITLE}\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OF_PARTY = re.compile(r"of\s+(?:the\s+)?", re.IGNORECASE)
_RANK = re.compile(rf"{_TITLE}|brigadier|lieutenant|sergeant|corporal|dr|prof", re.IGNORECASE)
# Between a nationality and the name it owns: nothing, a possessive's "'s", or the ship's type ("Britain's HMS Somerset",
# "the British frigate HMS Somerset"); not a verb or a comma ("The Estonian minister visited HMS ...", "Next to the German
# frigate, HMS Visby ...").
_SHIP_BETWEEN = re.compile(
    r"(?:['’]s)?\s+(?:(?:aircraft\s+)?(?:frigates?|destroyers?|carriers?|ships?|vessels?|warships?|minehunters?|corvettes?|"
    r"submarines?|patrol\s+(?:ships?|vessels?|boats?))\s+)?",
    re.IGNORECASE,
)
# ("On Tuesday Hanno Pevkur, ...", "Welcoming Pål Jonson, ...": a day, a month or a verb before the name)
_NOT_A_NAME = re.compile(
    r"\w+ing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|today|yesterday",
    re.IGNORECASE,
)
_OPENERS = frozenset({"with", "and", "by", "from", "the", "for", "to", "of", "at", "in", "on", "guest", "host", "interviewer"})
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s(?:[A-Z][\w'’-]+|von|van|de|der)){1,3}),\s+(?:the\s+)?$")
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "la", "le", "di", "da", "al", "bin", "ter"})
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _name_at(text: str, pos: int) -> str | None:
    """The person's name starting at ``pos``: two to five capitalised words (particles allowed)."""
    words: list[str] = []
    end = pos
    for match in _TOKEN.finditer(text, pos):
        if match.start() != end + (1 if words else 0) or (words and text[end] != " "):
            break
        word = match.group(0)
        if not (word[0].isupper() or (words and word in _PARTICLES)):
            break
        words.append(word)
        end = match.end()
        if len(words) == 5:
            break
    while words and words[-1] in _PARTICLES:
        words.pop()
    if len(words) < 2 or (words[0].isupper() and len(words[0]) > 3):
        return None
    return " ".join(words)


def find_people(texts: Iterable[str], finder: PartyFinder) -> dict[str, str | None]:
    """People named with a title, and the party each stands for (None when the text gives none).

    Reads "NATO Secretary General Jens Stoltenberg", "German Defence Minister
    Boris Pistorius", "Lithuania's president, Gitanas Nausėda", "the
    President of the European Commission Ursula von der Leyen" and, without
    a party, "Prime Minister Krišjānis Kariņš".

    >>> import baltic_security as bs
    >>> find_people(["German Defense Minister Boris Pistorius met Prime Minister Ingrida Šimonytė."], PartyFinder(bs.dataset()))
    {'Boris Pistorius': 'germany', 'Ingrida Šimonytė': None}
    """
    return {name: party for name, (party, _) in people_with_titles(texts, finder).items()}


def people_with_titles(texts: Iterable[str], finder: PartyFinder) -> dict[str, tuple[str | None, str]]:
    """Like :func:`find_people`, with the title each person was given (lower case).

    >>> import baltic_security as bs
    >>> people_with_titles(["NATO Secretary General Jens Stoltenberg spoke."], PartyFinder(bs.dataset()))
    {'Jens Stoltenberg': ('nato', 'secretary general')}
    """
    people: dict[str, tuple[str | None, str]] = {}
    for text in texts:
        mentions = finder.find(text)
        for mention in mentions:
            if len(mention.ids) != 1:
                continue
            title = _TITLE_AT.match(text, mention.stop)
            if title is not None:
                # "his Finnish and Polish counterparts, Anna Virta and Jan Nowak": names paired with parties in order
                chain = _joined_before(mentions, mention, text)
                names = _names_at(text, title.end(), len(chain))
                for member, named in zip(chain, names, strict=False):
                    people[named] = (member.ids[0], _title_of(title.group(0)))
        for title in _TITLE_ANY.finditer(text):
            after = title.end()
            of = _OF_PARTY.match(text, after)
            party: str | None = None
            if of is not None:
                following = next((m for m in mentions if m.start == of.end() and len(m.ids) == 1), None)
                if following is not None:
                    party = following.ids[0]
                    after = following.stop
                    while after < len(text) and text[after] in " ,":
                        after += 1
            name = _name_at(text, after)
            if name is None and party is not None:
                # "Guest: Mads Holmgaard, Minister of Defence of Denmark.": the name before its title and party
                before = _NAME_BEFORE.search(text, 0, title.start())
                name = _name_at(text, before.start("name")) if before is not None else None
                # (not a rank or a word that opens the sentence: "With Brigadier Fiona Castell, commander of ...")
                while name is not None and (
                    _RANK.fullmatch(name.split()[0]) or name.split()[0].lower() in _OPENERS or _NOT_A_NAME.fullmatch(name.split()[0])
                ):
                    name = _name_at(text, text.index(" ", text.index(name)) + 1)
            if name is not None and party is None:
                party = _apposed_party(text, after + len(name), mentions)  # "Anna Virta, Commander of the Finnish Navy"
            if name is not None and (party is not None or name not in people):
                people[name] = (party, _title_of(title.group(0)))
    return people


def _joined_before(mentions: tuple[PartyMention, ...], last: PartyMention, text: str) -> list[PartyMention]:
    """The single-party mentions joined by commas and "and" that end with ``last`` ("Finnish and Polish")."""
    chain = [last]
    for mention in reversed([m for m in mentions if m.stop <= last.start]):
        if len(mention.ids) != 1 or not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[mention.stop : chain[0].start]):
            break
        chain.insert(0, mention)
    return chain


def _names_at(text: str, pos: int, count: int) -> list[str]:
    """One name at ``pos``, or ``count`` names joined by commas and "and" when a list of parties asks for as many."""
    first = _name_at(text, pos)
    if first is None:
        return []
    names = [first]
    end = pos + len(first)
    while count > 1 and len(names) < count:
        joint = re.match(r"\s*(?:,\s*and|,|and)\s+", text[end:])
        following = _name_at(text, end + joint.end()) if joint else None
        if joint is None or following is None:
            break
        names.append(following)
        end += joint.end() + len(following)
    return names if len(names) == count else names[:1]


def _apposed_party(text: str, pos: int, mentions: tuple[PartyMention, ...]) -> str | None:
    """The party of a title set after a name ("..., Commander of the Finnish Navy"), or None."""
    apposition = _APPOSED.match(text, pos)
    if apposition is None:
        return None
    party = next((m for m in mentions if m.start == apposition.end() and len(m.ids) == 1), None)
    return party.ids[0] if party is not None else None


def _title_of(words: str) -> str:
    match = re.search(_TITLE, words, re.IGNORECASE)
    return " ".join(match.group(0).lower().replace("-", " ").split()) if match else ""

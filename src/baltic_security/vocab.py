"""Controlled vocabularies: string enums that accept case variants and aliases.

Every vocabulary accepts its values in any case, with spaces or underscores
for hyphens, and the documented aliases:

>>> Domain("Subsea")
<Domain.UNDERSEA: 'undersea'>
>>> Domain("IAMD")
<Domain.AIR_DEFENCE: 'air-defence'>
>>> Credibility("probably true")
<Credibility.PROBABLY_TRUE: 2>

Anything else raises :class:`~baltic_security.UnknownValueError` naming the
closest valid values, found through the aliases before spelling: a word
near an alias of ``undersea`` suggests ``undersea``.

>>> Domain("submarine")
Traceback (most recent call last):
...
baltic_security.errors.UnknownValueError: unknown Domain 'submarine'; did you mean 'undersea'?
"""

from __future__ import annotations

import enum
from types import MappingProxyType
from typing import Any, Literal, TypeAlias, TypeVar

from ._text import closest, fold
from .errors import UnknownValueError

__all__ = [
    "ALIASES",
    "ActorKind",
    "ActorKindName",
    "AdmiraltyCode",
    "CommitmentKind",
    "CommitmentKindName",
    "CommitmentStatus",
    "CommitmentStatusName",
    "Credibility",
    "CredibilityGrade",
    "DeploymentStatus",
    "DeploymentStatusName",
    "Domain",
    "DomainName",
    "Precision",
    "Qualifier",
    "Reliability",
    "ReliabilityGrade",
    "SourceKind",
    "SourceKindName",
    "Unit",
    "parse_vocab",
]

E = TypeVar("E", bound=enum.Enum)


def _key(text: str) -> str:
    return fold(text).replace("_", "-").replace(" ", "-")


class _Vocabulary(enum.Enum):
    """Shared lookup: exact value, then folded value or alias, then an error."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            key = _key(value)
            table = _lookup_table(cls)
            if key in table:
                return table[key]
            values = closest_values(cls, value)
            if not values and len(cls) <= 8:  # nothing close: a short vocabulary is named in full
                values = tuple(str(member.value) for member in cls)
            raise UnknownValueError(cls.__name__, value, values)
        return None


class _StrVocabulary(str, _Vocabulary):
    """A vocabulary whose values are strings; ``str()`` gives the value."""

    def __str__(self) -> str:
        return str(self.value)


class Domain(_StrVocabulary):
    """What a commitment, exercise or deployment is about.

    >>> Domain("subsea"), str(Domain.AIR_DEFENCE)
    (<Domain.UNDERSEA: 'undersea'>, 'air-defence')
    """

    SPENDING = "spending"
    UKRAINE = "ukraine"
    UNDERSEA = "undersea"
    MARITIME = "maritime"
    AIR = "air"
    AIR_DEFENCE = "air-defence"
    LAND = "land"
    CYBER = "cyber"
    HYBRID = "hybrid"
    MOBILITY = "mobility"
    SPECIAL_OPERATIONS = "special-operations"
    LONG_RANGE_FIRES = "long-range-fires"
    ISR = "isr"
    NUCLEAR = "nuclear"
    CAPABILITY_DEVELOPMENT = "capability-development"
    DEFENCE_PLANNING = "defence-planning"
    NATO_EU = "nato-eu"
    INDUSTRY = "industry"
    ARMS_CONTROL = "arms-control"
    ENLARGEMENT = "enlargement"
    PARTNERSHIPS = "partnerships"
    REGIONAL_COOPERATION = "regional-cooperation"
    DIPLOMACY = "diplomacy"
    READINESS = "readiness"


class CommitmentKind(_StrVocabulary):
    """How firm and how measurable a commitment is.

    >>> CommitmentKind("Goal")
    <CommitmentKind.TARGET: 'target'>
    """

    PLEDGE = "pledge"
    TARGET = "target"
    PLAN = "plan"
    INTENT = "intent"
    DECLARATION = "declaration"


class CommitmentStatus(_StrVocabulary):
    """Where a commitment stands as of its latest source.

    >>> CommitmentStatus("reaffirmed")
    <CommitmentStatus.ACTIVE: 'active'>
    """

    PROPOSED = "proposed"
    EXPECTED = "expected"
    ACTIVE = "active"
    FULFILLED = "fulfilled"
    ABANDONED = "abandoned"
    UNKNOWN = "unknown"


class DeploymentStatus(_StrVocabulary):
    """Whether a deployment is planned, in place or over, as of its latest source.

    >>> DeploymentStatus("announced"), DeploymentStatus("WITHDRAWN")
    (<DeploymentStatus.PLANNED: 'planned'>, <DeploymentStatus.ENDED: 'ended'>)
    """

    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"
    UNKNOWN = "unknown"


class ActorKind(_StrVocabulary):
    """What sort of party a non-member actor is.

    >>> ActorKind("organization"), ActorKind("armed_group")
    (<ActorKind.ORGANISATION: 'organisation'>, <ActorKind.ARMED_GROUP: 'armed-group'>)
    """

    STATE = "state"
    ORGANISATION = "organisation"
    INSTITUTION = "institution"
    COALITION = "coalition"
    ARMED_GROUP = "armed-group"


class SourceKind(_StrVocabulary):
    """What sort of document a source is.

    >>> SourceKind("Communiqué"), SourceKind("news release")
    (<SourceKind.COMMUNIQUE: 'communique'>, <SourceKind.PRESS_RELEASE: 'press-release'>)
    """

    COMMUNIQUE = "communique"
    PRESS_RELEASE = "press-release"
    WIRE_REPORT = "wire-report"
    NEWS_ARTICLE = "news-article"
    AGGREGATOR = "aggregator"
    STATEMENT = "statement"
    OTHER = "other"


class Unit(_StrVocabulary):
    """The unit of a :class:`~baltic_security.Quantity`.

    >>> Unit("% of GDP"), Unit("warships")
    (<Unit.PERCENT_GDP: 'percent-gdp'>, <Unit.VESSELS: 'vessels'>)
    """

    PERCENT_GDP = "percent-gdp"
    TROOPS = "troops"
    VESSELS = "vessels"
    AIRCRAFT = "aircraft"
    BATTLEGROUPS = "battlegroups"
    BRIGADES = "brigades"
    ALLIES = "allies"
    PARTICIPANTS = "participants"
    PEOPLE = "people"
    SYSTEMS = "systems"
    UNITS = "units"
    EUR = "eur"
    USD = "usd"


class Qualifier(_StrVocabulary):
    """How exact a quantity is, as the source states it ("over 50" is ``more-than``).

    >>> Qualifier("over"), Qualifier("at least")
    (<Qualifier.MORE_THAN: 'more-than'>, <Qualifier.AT_LEAST: 'at-least'>)
    """

    EXACT = "exact"
    AT_LEAST = "at-least"
    MORE_THAN = "more-than"
    ABOUT = "about"
    AT_MOST = "at-most"
    LESS_THAN = "less-than"


class Precision(_StrVocabulary):
    """How much of a :class:`~baltic_security.PartialDate` is known.

    >>> from baltic_security import PartialDate
    >>> PartialDate.parse("June 2025").precision
    <Precision.MONTH: 'month'>
    """

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Reliability(_StrVocabulary):
    """NATO Admiralty grade of a source, ``A`` (completely reliable) to ``F``.

    ``F`` means the reliability cannot be judged; it meets no minimum.

    >>> Reliability("b").meets(Reliability.C)
    True
    >>> Reliability.F.meets(Reliability.E)
    False
    """

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def description(self) -> str:
        """The Admiralty wording of the grade.

        >>> Reliability.B.description
        'usually reliable'
        """
        return _RELIABILITY_TEXT[self]

    def meets(self, minimum: Reliability) -> bool:
        """Whether this grade is at least as good as ``minimum`` (``F`` never is).

        >>> Reliability.A.meets(Reliability.B), Reliability.D.meets(Reliability.B)
        (True, False)
        """
        return self is not Reliability.F and self.value <= minimum.value


_RELIABILITY_TEXT = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


class Credibility(int, _Vocabulary):
    """NATO Admiralty grade of one piece of information, 1 (confirmed) to 6.

    ``6`` means the truth cannot be judged; it meets no minimum.

    >>> Credibility(2).meets(Credibility.POSSIBLY_TRUE)
    True
    """

    CONFIRMED = 1
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    def __str__(self) -> str:
        return str(self.value)

    @property
    def description(self) -> str:
        """The Admiralty wording of the grade.

        >>> Credibility(2).description
        'probably true'
        """
        return self.name.lower().replace("_", " ")

    def meets(self, minimum: Credibility) -> bool:
        """Whether this grade is at least as good as ``minimum`` (``6`` never is).

        >>> Credibility.CONFIRMED.meets(Credibility(3)), Credibility(6).meets(Credibility(6))
        (True, False)
        """
        return self is not Credibility.CANNOT_BE_JUDGED and self.value <= minimum.value


_ALIAS_TEXT: dict[type[enum.Enum], dict[str, str]] = {
    Domain: {
        "underwater": "undersea",
        "subsea": "undersea",
        "seabed": "undersea",
        "critical undersea infrastructure": "undersea",
        "air defense": "air-defence",
        "iamd": "air-defence",
        "integrated air and missile defence": "air-defence",
        "integrated air and missile defense": "air-defence",
        "missile defence": "air-defence",
        "missile defense": "air-defence",
        "defence spending": "spending",
        "defense spending": "spending",
        "budget": "spending",
        "naval": "maritime",
        "navy": "maritime",
        "sea": "maritime",
        "air force": "air",
        "air policing": "air",
        "army": "land",
        "ground": "land",
        "cyber defence": "cyber",
        "cyber defense": "cyber",
        "hybrid threats": "hybrid",
        "military mobility": "mobility",
        "sof": "special-operations",
        "special forces": "special-operations",
        "long-range strike": "long-range-fires",
        "deep strike": "long-range-fires",
        "precision strike": "long-range-fires",
        "istar": "isr",
        "intelligence": "isr",
        "surveillance": "isr",
        "reconnaissance": "isr",
        "capabilities": "capability-development",
        "defense planning": "defence-planning",
        "defence plans": "defence-planning",
        "defense plans": "defence-planning",
        "nato-eu cooperation": "nato-eu",
        "defence industry": "industry",
        "defense industry": "industry",
        "landmines": "arms-control",
        "membership": "enlargement",
        "accession": "enlargement",
        "partners": "partnerships",
        "baltic cooperation": "regional-cooperation",
        "de-escalation": "diplomacy",
        "rapid response": "readiness",
    },
    CommitmentKind: {"undertaking": "pledge", "goal": "target", "intention": "intent", "expectation": "intent"},
    CommitmentStatus: {
        "called for": "proposed",
        "anticipated": "expected",
        "ongoing": "active",
        "in force": "active",
        "agreed": "active",
        "reaffirmed": "active",
        "met": "fulfilled",
        "done": "fulfilled",
        "completed": "fulfilled",
        "dropped": "abandoned",
        "cancelled": "abandoned",
        "canceled": "abandoned",
    },
    DeploymentStatus: {
        "announced": "planned",
        "intended": "planned",
        "proposed": "planned",
        "deployed": "active",
        "in place": "active",
        "ongoing": "active",
        "current": "active",
        "withdrawn": "ended",
        "concluded": "ended",
        "completed": "ended",
    },
    ActorKind: {
        "organization": "organisation",
        "international organisation": "organisation",
        "international organization": "organisation",
        "country": "state",
        "body": "institution",
        "armed group": "armed-group",
        "militia": "armed-group",
        "private military company": "armed-group",
        "pmc": "armed-group",
    },
    SourceKind: {
        "communiqué": "communique",
        "joint communique": "communique",
        "news release": "press-release",
        "release": "press-release",
        "wire": "wire-report",
        "agency report": "wire-report",
        "news": "news-article",
        "article": "news-article",
        "aggregator page": "aggregator",
        "rewrite": "aggregator",
        "speech": "statement",
        "declaration": "statement",
    },
    Unit: {
        "%": "percent-gdp",
        "% of gdp": "percent-gdp",
        "percent of gdp": "percent-gdp",
        "per cent of gdp": "percent-gdp",
        "soldiers": "troops",
        "personnel": "troops",
        "troop": "troops",
        "ships": "vessels",
        "warships": "vessels",
        "vessel": "vessels",
        "ship": "vessels",
        "planes": "aircraft",
        "jets": "aircraft",
        "battlegroup": "battlegroups",
        "brigade": "brigades",
        "ally": "allies",
        "countries": "allies",
        "nations": "allies",
        "participant": "participants",
        "persons": "people",
        "system": "systems",
        "unit": "units",
        "euro": "eur",
        "euros": "eur",
        "€": "eur",
        "dollars": "usd",
        "$": "usd",
    },
    Qualifier: {
        "exactly": "exact",
        "minimum": "at-least",
        "no less than": "at-least",
        "over": "more-than",
        "above": "more-than",
        "exceeding": "more-than",
        "approximately": "about",
        "around": "about",
        "roughly": "about",
        "some": "about",
        "nearly": "about",
        "almost": "about",
        "up to": "at-most",
        "maximum": "at-most",
        "no more than": "at-most",
        "under": "less-than",
        "below": "less-than",
        "fewer than": "less-than",
    },
    Reliability: {
        "completely reliable": "A",
        "usually reliable": "B",
        "fairly reliable": "C",
        "not usually reliable": "D",
        "unreliable": "E",
        "cannot be judged": "F",
    },
    Credibility: {
        "1": "1",
        "2": "2",
        "3": "3",
        "4": "4",
        "5": "5",
        "6": "6",
        "confirmed by other sources": "1",
        "truth cannot be judged": "6",
    },
}

# Words near a value in meaning that are not accepted as it, because each could
# mean more than one value: an unknown value close to one of them is offered its
# values first ("promise": did you mean 'pledge' or 'intent'?).
_HINT_TEXT: dict[type[enum.Enum], dict[str, tuple[str, ...]]] = {
    CommitmentKind: {
        "promise": ("pledge", "intent"),
        "commitment": ("pledge", "declaration"),
        "aim": ("target", "intent"),
        "ambition": ("target", "intent"),
        "objective": ("target", "plan"),
        "schedule": ("plan",),
        "roadmap": ("plan",),
        "aspiration": ("intent",),
        "statement": ("declaration",),
    },
    CommitmentStatus: {"pending": ("proposed", "expected"), "achieved": ("fulfilled",), "in progress": ("active",)},
    DeploymentStatus: {"rotational": ("active",), "temporary": ("active", "planned")},
}

#: Every vocabulary's documented aliases: ``ALIASES[Domain]["subsea"] is Domain.UNDERSEA``.
ALIASES: MappingProxyType[type[enum.Enum], MappingProxyType[str, enum.Enum]] = MappingProxyType(
    {
        vocab: MappingProxyType({alias: vocab(int(target) if issubclass(vocab, int) else target) for alias, target in table.items()})
        for vocab, table in _ALIAS_TEXT.items()
    }
)

# Each vocabulary's values as a ``Literal``, so editors can offer them where a
# filter takes a string: ``domain: Domain | DomainName | str``. tests/test_docs.py
# checks that each spells its vocabulary exactly.

#: The values of :class:`Domain`, for type hints.
DomainName: TypeAlias = Literal[
    "spending", "ukraine", "undersea", "maritime", "air", "air-defence", "land", "cyber", "hybrid", "mobility",
    "special-operations", "long-range-fires", "isr", "nuclear", "capability-development", "defence-planning", "nato-eu",
    "industry", "arms-control", "enlargement", "partnerships", "regional-cooperation", "diplomacy", "readiness",
]  # fmt: skip
#: The values of :class:`CommitmentKind`, for type hints.
CommitmentKindName: TypeAlias = Literal["pledge", "target", "plan", "intent", "declaration"]
#: The values of :class:`CommitmentStatus`, for type hints.
CommitmentStatusName: TypeAlias = Literal["proposed", "expected", "active", "fulfilled", "abandoned", "unknown"]
#: The values of :class:`DeploymentStatus`, for type hints.
DeploymentStatusName: TypeAlias = Literal["planned", "active", "ended", "unknown"]
#: The values of :class:`ActorKind`, for type hints.
ActorKindName: TypeAlias = Literal["state", "organisation", "institution", "coalition", "armed-group"]
#: The values of :class:`SourceKind`, for type hints.
SourceKindName: TypeAlias = Literal["communique", "press-release", "wire-report", "news-article", "aggregator", "statement", "other"]
#: The grades of :class:`Reliability`, for type hints.
ReliabilityGrade: TypeAlias = Literal["A", "B", "C", "D", "E", "F"]
#: The grades of :class:`Credibility`, for type hints.
CredibilityGrade: TypeAlias = Literal[1, 2, 3, 4, 5, 6]
#: A source's reliability and a statement's credibility together, as ``min_confidence`` takes them: ``"B2"``.
AdmiraltyCode: TypeAlias = Literal[
    "A1", "A2", "A3", "A4", "A5", "A6", "B1", "B2", "B3", "B4", "B5", "B6",
    "C1", "C2", "C3", "C4", "C5", "C6", "D1", "D2", "D3", "D4", "D5", "D6",
    "E1", "E2", "E3", "E4", "E5", "E6", "F1", "F2", "F3", "F4", "F5", "F6",
]  # fmt: skip

_TABLES: dict[type[enum.Enum], dict[str, enum.Enum]] = {}


def _lookup_table(vocab: type[enum.Enum]) -> dict[str, enum.Enum]:
    table = _TABLES.get(vocab)
    if table is None:
        table = {}
        for member in vocab:
            table[_key(str(member.value))] = member
            table[_key(member.name)] = member
        for alias, member in ALIASES.get(vocab, {}).items():
            table[_key(alias)] = member
        _TABLES[vocab] = table
    return table


def closest_values(vocab: type[enum.Enum], value: str) -> tuple[str, ...]:
    """The values of ``vocab`` nearest ``value``: by meaning first (hints, aliases), then by spelling.

    At most three, best first; none when nothing is near.

    >>> closest_values(CommitmentKind, "promise")
    ('pledge', 'intent')
    >>> closest_values(Domain, "undersee"), closest_values(Domain, "underwatr")
    (('undersea',), ('undersea',))
    >>> closest_values(CommitmentStatus, "actve")[0]
    'active'
    >>> closest_values(CommitmentKind, "banana")
    ()
    """
    table = _lookup_table(vocab)
    # Hint words, names and aliases ranked together: meaning ("submarine" is near the alias
    # "subsea", "promise" is a hint for pledge) before spelling, so a near-miss of a value
    # itself ("actve") is not put behind a hint that is only spelt like it ("achieved").
    candidates: dict[str, tuple[str, ...]] = {name: (str(member.value),) for name, member in table.items()}
    candidates.update((_key(word), targets) for word, targets in _HINT_TEXT.get(vocab, {}).items())
    found = [target for near in closest(value, {key: key for key in candidates}, limit=6) for target in candidates[near]]
    return tuple(dict.fromkeys(found))[:3]


def parse_vocab(vocab: type[E], value: E | str | int) -> E:
    """Read ``value`` as a member of ``vocab``: a member, a value, a name or an alias.

    >>> parse_vocab(Domain, "air defense")
    <Domain.AIR_DEFENCE: 'air-defence'>
    >>> parse_vocab(Credibility, 3)
    <Credibility.POSSIBLY_TRUE: 3>
    """
    if isinstance(value, vocab):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UnknownValueError(vocab.__name__, value, tuple(str(m.value) for m in vocab))
    try:
        return vocab(value)
    except UnknownValueError:
        raise
    except ValueError:
        raise UnknownValueError(vocab.__name__, value, tuple(str(m.value) for m in vocab)) from None

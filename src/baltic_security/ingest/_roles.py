"""Who does what in a sentence: attributions, clauses, subjects, forces and hosts (internal).

Shallow rules of English word order, not a parser: a party before the cue
and not governed by a preposition is the subject; a party after "in", "into"
or "to" (after a deployment verb) is a host; a party that qualifies a force
noun ("German troops", "NATO's battlegroup") owns the force.

>>> import baltic_security as bs
>>> from baltic_security.ingest.parties import PartyFinder
>>> s = "Germany plans to deploy 4,000 troops in Lithuania, the minister said."
>>> view = SentenceView(s, PartyFinder(bs.dataset()).find(s))
>>> view.forces_and_hosts(view.clause_of(s.index("deploy")))
(('germany',), (), ('lithuania',))
>>> [a.who for a in view.attributions]
['the minister']
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from baltic_security._text import with_latin_capitals

from .cues import (
    CLAUSE_PUNCT,
    DEPLOY_VERBS,
    FORCE_NOUNS,
    IN_CLAUSE,
    PHRASE_PUNCT,
    PLACE_NOUNS,
    WITHDRAW_VERB,
    WORD,
    WORD_WITH_APOSTROPHE,
)
from .extract import DATE_WORDS
from .gazetteer import gazetteer

if TYPE_CHECKING:
    from .parties import PartyMention

__all__ = ["Attribution", "SentenceView"]

_SPEECH = r"said|says|told|stated|noted|added|explained|recalled|announced|confirmed"
_WEAK = (
    r"insisted|warned|argued|claimed|declared|signal{1,2}ed|indicated|hinted|stressed|emphasi[sz]ed|underlined|"
    r"reiterated|believes|suggested|revealed|reported"
)
_VERB = re.compile(
    rf"\b(?:(?:has|have|had)\s+)?(?:(?:also|again|earlier|previously|repeatedly|reportedly|allegedly|publicly)\s+)?(?P<verb>{_SPEECH}|{_WEAK})\b(?P<that>\s+that\b)?",
    re.IGNORECASE,
)
_SPOKEN_WHEN = re.compile(
    with_latin_capitals(
        r"(?:\s+(?:reporters|journalists|a\s+news\s+conference|parliament|the\s+[\w-]+(?:\s+[\w-]+)?))?"
        r"(?:\s+(?:in|at)\s+(?:a\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
        r"\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|(?:last|this)\s+(?:week|month|year)|in\s+a\s+statement)\b"
    ),
    re.IGNORECASE,
)
_SPEECH_ONLY = re.compile(rf"(?:{_SPEECH})", re.IGNORECASE)
_NAME_WORD = with_latin_capitals(r"(?:[A-Z][\w'’-]*\.?|(?:de|van|von|der|den|la|le|di|da)(?=\s+[A-Z]))")
_INITIAL_AT_END = re.compile(with_latin_capitals(r"\b[A-Z]\.$"))
_INVERTED = re.compile(rf"(?:[,\"”]\s*)(?:{_SPEECH})\s+(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,7}})(?=\s*(?:[,.;:]|$))")
_WHO_PATTERNS = (
    re.compile(r"\baccording to (?P<who>[^,;:.()\"“”]+)", re.IGNORECASE),
    re.compile(r"\b[Ii]n (?P<who>[^,;:.]+?)['’]s? words\b"),
    re.compile(r"\bas (?:announced|reported|stated|said|confirmed) by (?P<who>[^,;:.]+)", re.IGNORECASE),
)
_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_NOT_SPEAKERS = frozenset({"as", "and", "but", "which", "who", "that", "it", "what", "this", "was", "is", "be", "been", "also"})
_UNNAMED_WHO = re.compile(
    r"\b(?:insiders?|sources?|officials?|analysts?|observers?|diplomats?|experts?|people|someone|spokes\w+)\b", re.IGNORECASE
)
_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do|plans?|planned|pledged|agreed|"
    r"committed|vowed|promised|intends?|aims?|\w+ed)"
)
# A new clause: after a semicolon, a colon, a contrast, a dash, or ", and" / "and" before a new subject with its own verb
# ("..., and Belgian jets are heading back to Estonia", "... in 2026 and pledged to buy ...").
_CLAUSE_BREAK = re.compile(
    r";|:(?=\s*[\"“‘A-Z])|,\s+(?:but|while|whereas|although|though|yet)\b|,\s+and\s+(?=(?:we|they|he|she|it|i)\b)|\s[-–—]\s|"
    rf",\s+and\s+(?=(?:[\w’'-]+\s+){{1,4}}{_AUXILIARY}\s)|"
    rf"\s+and\s+(?=(?:also\s+)?{_AUXILIARY}\s)",
)
# A clause that opens with "and" and its verb shares the subject of the clause before ("... and pledged to buy").
SHARED_SUBJECT = re.compile(rf"\W*and\s+(?:also\s+)?{_AUXILIARY}\s")
# (its comma is followed by a space: the comma in "30,000" is a thousands separator, and a clause cut there would leave
# "000 soldiers", a size of 0)
_LEADING_CLAUSE = re.compile(
    r"^\W*(?:while|although|though|as|once|if|when|because|since|after|before|unless|whereas)\b(?:[^,]|,(?=\d)){0,200},(?=\s|$)",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    [
        "with",
        "to",
        "in",
        "into",
        "for",
        "on",
        "at",
        "from",
        "against",
        "near",
        "toward",
        "towards",
        "about",
        "between",
        "among",
        "across",
        "within",
        "over",
        "by",
        "of",
        "through",
        "under",
        "amid",
        "alongside",
        "beside",
        "behind",
        "beyond",
        "inside",
        "outside",
        "upon",
        "via",
        "despite",
        "than",
        "off",
        "around",
    ]
)
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+$", re.IGNORECASE)
_NEAR_BORDER_OF = re.compile(r"\b(?:near|close\s+to|next\s+to|along)\s+the\s+(?:[\w-]+\s+)?(?:borders?|frontiers?)\s+$", re.IGNORECASE)
# A part of a place, inside it: "to the outskirts of Vilnius", "in the north of Estonia", "near the centre of Riga" (the
# preposition before the part governs the place; "north of Ustka", with no article, is outside it).
_PART_OF = re.compile(
    r"\b(?P<preposition>in|into|to|on|at|across|throughout|near|around)\s+the\s+(?:outskirts|cent(?:re|er)|suburbs|heart)\s+$|"
    # (a site named after "of": "arrived at the Lithuanian training area of Rukla", "to the naval base of Karlskrona")
    r"\b(?P<site>in|into|to|on|at|near)\s+the\s+(?:"
    + WORD
    + r"\s+){0,2}?(?:training\s+(?:area|ground)|range|(?:air\s+|naval\s+|army\s+)?base|"
    r"garrison|port|harbou?r|airfield|camp)\s+$|"
    # (a compass part only with "in": "sailed to the north of Gotland", "to the west of Lithuania" is outside it; nor "the area
    # of" or "the vicinity of", which are beside it)
    r"\b(?P<inside>in|across|throughout)\s+the\s+(?:far\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?"
    r"(?:ern\s+(?:part|parts|region))?\s+$",
    re.IGNORECASE,
)
_SKIPPABLE = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "his",
        "her",
        "this",
        "these",
        "that",
        "those",
        "all",
        "both",
        "each",
        "every",
        "some",
        "other",
        "further",
        "new",
        "upcoming",
        "current",
        "fellow",
        "neighbouring",
        "neighboring",
        "western",
        "eastern",
        "northern",
        "southern",
        # (and the compass's compounds: "in south-eastern Poland", "in north-east Estonia", "in central Lithuania")
        *(f"{ns}{dash}{ew}{end}" for ns in ("north", "south") for dash in ("-", "") for ew in ("east", "west") for end in ("", "ern")),
        "central",
        # (and a count: "through the three Baltic states", "in both countries")
        "two",
        "three",
        "four",
        "five",
        "six",
        "its",
    ]
)
_INSTITUTION_OF = re.compile(
    r"\W*(?:the\s+)?(?:government|ministry\s+of\s+(?:national\s+)?defen[cs]e|parliament|president|prime\s+minister|people|armed\s+forces)"
    r"\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_HOST_PREPOSITIONS = frozenset({"in", "into", "inside", "within", "across", "through"})
# "a company in each of the Baltic states", "through all three Baltic states"
_EACH_OF = re.compile(r"\b(?:in|into|through|across|to)\s+(?:each|all|both|every one)(?:\s+\w+)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ROTATING_BETWEEN = re.compile(r"\brotat(?:e|es|ed|ing|ions?)\s+between\b", re.IGNORECASE)
# forces offered for a state go there: "has offered a Patriot battery for Lithuania"
_OFFERED_FOR = re.compile(r"\b(?:offer|pledg|contribut|earmark)\w*\s+(?:" + WORD + r"\s+){1,5}?for\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_PREPOSITIONS = _HOST_PREPOSITIONS | {"at", "from", "to", "near", "around", "over", "off", "on", "toward", "towards"}
# (a number is one word: "1,000 troops", "2.5 per cent")
_WORD = re.compile(r"[\w’'-]+(?:[.,]\d+)*")
# ... where a ship joins them is no host; where it operates from is ("operated mainly from Liepāja under Baltic Sentry").
_OPERATING_FROM = re.compile(
    r"\b(?:operat\w*|based|stationed)\s+(?:\w+\s+){0,2}?(?:from|out of|at|in)\s+(?:" + WORD_WITH_APOSTROPHE + r"\s+){0,6}$",
    re.IGNORECASE,
)
#: NATO's standing naval groups and maritime operations, named.
NATO_AT_SEA = re.compile(r"\b(?:Standing NATO \w+(?: \w+)? Group|SNMC?MG ?\d|Baltic Sentry)\b")
_WHERE_THEY_WERE = re.compile(rf"\b(?:at|on|from|in)\s+the\s+(?:same\s+)?{PLACE_NOUNS}\b", re.IGNORECASE)
_BROUGHT_BACK = re.compile(r"\b(?:br(?:ing|ings|inging|ought)|return(?:s|ed|ing)?|withdr\w+|pull\w*)\b" + IN_CLAUSE + "*$", re.IGNORECASE)
# Where ships sail from is their port of departure, not their host ("sailed from Korsør Naval Base on Tuesday").
_DEPARTED = re.compile(
    r"\b(?:sail(?:s|ed|ing)?|depart(?:s|ed|ing)?|left|set (?:off|sail))\s+from\s+(?:" + WORD_WITH_APOSTROPHE + r"\s+){0,3}$",
    re.IGNORECASE,
)
# Going back to a place: "flew back to", "returned to", "came home to", "will return home to".
_GOING_BACK = re.compile(r"\b(?:back|home|return(?:s|ed|ing)?)\s+(?:home\s+)?(?:to|towards?)\s+(?:the\s+)?$", re.IGNORECASE)
# A formation named for the state that hosts it: the state's name right after the capitalised formation word.
_NAMED_AFTER_HOST = re.compile(r"\b(?:Brigade|Battle ?[Gg]roup|Battalion|Division|Forward Land Forces|Task Force)\s+$")
# A person's title names a service without placing its forces: "Commander of the Estonian Navy", "chief of the army".
_TITLE_OF = re.compile(
    r"\b(?:commander|chief|head|director|spokes(?:man|woman|person)|commanding officer|inspector|chief of staff|command)"
    # (with the unit's nationality between: "Commander of the Polish 16th Mechanised Division")
    r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A lead in a relative clause, of a force only: "the battlegroup at Rukla, which Germany has led since 2017", "Canada, which
# has led NATO's forces in Latvia" (not "which has led efforts to build a drone wall", "which heads the Defence College").
_FORMATIONS = r"(?:battle\s?groups?|brigades?|forces|divisions?|contingents?|battalions?|task\s+forces?)\b"
_HAS_LED = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:led|leads|lead|headed|heads|commanded|commands)\b", re.IGNORECASE)
_WHICH_HAS_LED = re.compile(
    r",\s+which" + _HAS_LED.pattern + r"\s+(?:the\s+|its\s+|NATO['’]s\s+)?(?:" + WORD + r"\s+){0,2}?" + _FORMATIONS,
    re.IGNORECASE,
)
_FORCE_BEFORE_WHICH = re.compile(r"\b" + _FORMATIONS + IN_CLAUSE + r"{0,40},\s+(?:which|that)\s+(?:the\s+)?$", re.IGNORECASE)
# Who is told, informed or assured that something will be done: not its doer.
_TOLD_THAT = re.compile(
    r"\b(?:told|tells?|informed|informs?|assured|assures?|reminded|reminds?)\s+(?P<told>[^,;.]*?)\s+that\b", re.IGNORECASE
)
# What a party expects or wants to be done is done by someone the sentence does not name, not by what is named in it:
# "Lithuania expects the German brigade's barracks to be completed by 2027" (the state that expects stays the subject).
_EXPECTED_DONE = re.compile(
    r"\b(?:expects?|expected|wants?|wanted|needs?|needed|asks?|asked|hopes?\s+for|hoped\s+for)\s+(?P<told>[^,;.]*?)\s+"
    r"to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b",
    re.IGNORECASE,
)
# Where a meeting is held is its venue, never a host ("the NATO summit in The Hague", "talks in Vilnius", "met in Oslo"); nor
# is a place forces are compared with ("more than in Germany", "twice as many as at Rukla").
_VENUE = re.compile(
    r"\b(?:(?:summit|meeting|talks|conference|visit|ceremony|forum|session|gathering|negotiations|briefing|speech|interview)s?|"
    r"met|meets?|"
    # a war or an invasion is an event there, not a place forces are in ("once its war in Ukraine allows it")
    r"wars?|invasion)"
    r"(?:\s+for\s+(?:" + WORD + r"\s+){1,2}?)?\s+(?:in|at)\s+(?:the\s+)?$|"
    r"\b(?:than|as\s+(?:many|much|large|big)\s+as)\s+(?:" + WORD + r"\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "from X to the group", "from X to Ämari": a destination follows (not "from Ämari to patrol", an infinitive)
# and no other "from" (a date range: "flew from Šiauliai from December to March") comes first
_ORIGIN_PHRASE = re.compile(r"\bfrom\s+(?:" + WORD_WITH_APOSTROPHE + r"\s+){1,4}(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_DESTINATION = re.compile(
    with_latin_capitals(
        # ("to eastern Latvia": a compass adjective before the place)
        r"(?:(?!\bfrom\b)"
        + IN_CLAUSE
        + r")*?\b(?:to|into|towards?)\s+(?:(?:north|south)?-?(?:east|west)?ern\s+)?(?:the|a|an|its|their|his|her|our|"
        r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])"
    )
)
# A destination inside the state already named: "to the border with Belarus", "to the northeast of the country".
_WITHIN_STATE = re.compile(
    r"\W*(?:the\s+)?(?:" + WORD + r"\s+){0,3}?(?:border|frontier|(?:north|south)?-?(?:east|west)?\s+of\s+the\s+country)\b",
    re.IGNORECASE,
)
# A host is named near what is deployed: a deployment word or a force noun.
_ANCHORS = re.compile(FORCE_NOUNS.pattern + "|" + DEPLOY_VERBS.pattern, re.IGNORECASE)
_HOST_WINDOW = 10
_ASIDE_BEFORE_PLACE = re.compile(r",\s[^,;:()\"“”]{1,60}?,\s+(?:to|into|in|at|on|near)\s+(?:the\s+)?(?=\S)")
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"  # "north", "south-east", "northwest"
#: The gazetteer's adversaries: parties whose stated intentions are claims and threats, never undertakings.
ADVERSARIES = frozenset(gazetteer().adversaries)
# Movement past a place at sea or in the air: "flew around", "sailed north of", "patrolled east of".
# (ships and aircraft are passing wherever they are: "Russian ships deployed around Bornholm", "US destroyers operated
# north of Ustka"; "flying in" a team brings it)
_PASSING = re.compile(
    r"\b(?:fl(?:y|ies|ew|own|ying)(?!\s+in\b)|sail\w*|patroll?\w*|circl\w*|transit\w*|cruis\w*|"
    r"(?:war)?ships?|vessels?|boats?|frigates?|corvettes?|destroyers?|submarines?|minehunters?|jets|aircraft|planes|bombers?|"
    r"fighters?|F-\d+\w*)\b",
    re.IGNORECASE,
)
# Watching or meeting others near a place puts no forces there: "Danish F-16s intercepted Russian bombers east of Bornholm".
_MET_NEAR = re.compile(r"\b(?:intercept|scrambl|track|shadow|escort|monitor)\w*", re.IGNORECASE)
# A word about a place, not forces in it: "tensions around Kaliningrad", "concern north of the border".
_ABOUT_A_PLACE = re.compile(
    r"\b(?:tensions?|concerns?|fears?|debate|questions?|uncertainty|speculation|rhetoric|situation|security|attention)\s+"
    rf"(?:(?:to\s+the\s+)?{_COMPASS}\s+of|around)\s+(?:the\s+)?(?:{WORD_WITH_APOSTROPHE}\s+){{0,2}}$",
    re.IGNORECASE,
)
# Verbs whose object is watched, met or countered, never the force's owner or host.
_WATCHED = re.compile(
    r"\b(?:track|monitor|shadow|intercept|escort|observ|spott|detect|watch|warn|deter|chas|identif|scrambl\w* against|"
    # (ships or aircraft followed, not an event that came after: "followed negotiations between")
    # (not forces that follow with their own: "Belgium followed with two vessels to Latvian waters")
    r"follow(?:ed|ing)?\s+(?!with\b)(?:" + WORD + r"\s+){0,4}?(?:ships|vessels|warships|submarines|aircraft|jets|tankers|bombers)|"
    # who is trained is not deployed ("train Ukrainian soldiers", "train with the Latvian brigade"); "train in X" hosts
    r"train\w*+(?!\s+(?:in|at|on|near|from|across|over|inside|within)\b)|"
    r"respond\w* to)\w*\b",
    re.IGNORECASE,
)
# A distance's reference point is no host: "less than 250 km from Šiauliai", "some 40 kilometres of Narva".
_DISTANCE_FROM = re.compile(
    r"\b(?:\d[\d,.]*|a\s+few|several|some|tens\s+of|hundreds\s+of)(?:\s+(?:hundred|thousand))?\s*"
    r"(?:km|kilomet(?:re|er)s?|miles|nautical\s+miles|nm)\s+(?:away\s+)?"
    rf"(?:(?:to\s+the\s+)?{_COMPASS}\s+)?(?:from|of|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s[–—-]\s[^–—;]{1,120}?\s[–—-]\s")
_CONTRIBUTED = re.compile(FORCE_NOUNS.pattern + r"\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# ... or "of" them: "Troops of Denmark, Norway and Sweden arrived" (forces only: not "the reinforcement of Lithuania", where
# Lithuania is reinforced, nor "a battalion of 800 soldiers")
_FORCE_OF = re.compile(
    r"\b(?:troops|soldiers|forces|units|battalions?|brigades?|compan(?:y|ies)|contingents?|ships|vessels|warships|jets|"
    r"aircraft|personnel|marines|sailors|paratroopers|servicemen)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Taken out of a place: what follows "from" or "out of" is where the forces were ("withdraw a company from Lithuania").
_WITHDRAWN_FROM = re.compile(
    rf"\b(?:{WITHDRAW_VERB}|pull(?:s|ed|ing)?)\b{IN_CLAUSE}*?\b(?:from|out\s+of|back\s+from)\s+(?:the\s+)?$", re.IGNORECASE
)
# A place as the subject of "is home to", "houses": it hosts what follows ("Šiauliai is also home to a Polish detachment").
_HOME_TO = re.compile(
    r"\s+(?:is|has been|remains)\s+(?:also\s+|now\s+|still\s+)?(?:home\s+to|hosting)\b|\s+(?:also\s+)?houses\b", re.IGNORECASE
)
# Forces guarding a place ("has protected Lielvārde since 2023") are there.
_GUARDING = re.compile(r"\b(?:protect|guard|defend)(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|and|or|,\s*(?:and|or))\s*")
# a list that goes on after a party: "Denmark, Norway and Sweden" seen from Norway
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)*\s*,?\s+(?:and|or)\b")
# ... or one that says it is a list: "Germany, France, Italy each sent", "Sweden, Finland, Norway, Denmark: all four"
_LIST_ENDS = re.compile(r"\s*(?:,\s*)?(?:each|jointly|together|all|both|:)\b|\s*:", re.IGNORECASE)
_BARE_LIST = 2  # parties before the last: "Estonia, Latvia, Lithuania"
# a phrase that opens the sentence, whose comma closes it: "At the request of Lithuania, Germany sent"
_OPENING_PHRASE = re.compile(r"^\W*(?:At|On|Upon|Following|After|With|Under|In|For|Like|Unlike)\b" + IN_CLAUSE + "*$")
# a party that acts with the subject: "Together with Latvia, Estonia will", "Jointly with Poland, Lithuania is building"
_TOGETHER_WITH = re.compile(r"(?:^|[.;:]\s+)\W*(?:together|jointly|along)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_DEPLOYMENT_WORD = re.compile(r"\b(?:re)?deployments?\b|\bsending\b|\btransfer\b|\brelocation\b", re.IGNORECASE)


@attrs.frozen
class Attribution:
    """Who a sentence says said it: the words that name the speaker, and the span to set aside."""

    who: str
    start: int
    stop: int
    who_start: int
    who_stop: int

    @property
    def pronoun(self) -> bool:
        """Whether the speaker is only a pronoun ("he said")."""
        return self.who.lower() in _PRONOUNS

    @property
    def unnamed(self) -> bool:
        """Whether the speaker is unnamed people ("insiders", "officials")."""
        return bool(_UNNAMED_WHO.search(self.who)) and not any(w[:1].isupper() for w in self.who.split()[1:])


def _attributions(text: str) -> list[Attribution]:
    found: list[Attribution] = []
    for pattern in _WHO_PATTERNS:
        for match in pattern.finditer(text):
            who = match.group("who").strip()
            start = match.start("who")
            found.append(Attribution(who=who, start=match.start(), stop=match.end(), who_start=start, who_stop=start + len(who)))
    # The inverted order of reports: '..., said General John Q. Smith.', '"...," said Lt. Col. Jan K. Nowak.'
    for match in _INVERTED.finditer(text):
        who = match.group("who").strip()
        if who.endswith(".") and not _INITIAL_AT_END.search(who):
            who = who[:-1]  # the sentence's full stop, not an initial's
        start = match.start("who")
        found.append(Attribution(who=who, start=start, stop=start + len(who), who_start=start, who_stop=start + len(who)))
    inverted = [(a.who_start, a.who_stop) for a in found]
    for match in _VERB.finditer(text):
        tail = text[match.end() :]
        speech = bool(_SPEECH_ONLY.fullmatch(match.group("verb")))
        # A verb of speech is followed by what was said, a pause or the end: "added this year" reports nothing.
        if not (
            match.group("that") or re.match(r"\s*(?:[,.:;\"“”]|$)", tail) or (speech and re.match(r"\s+(?:on|in|at|to|\w+ly)\b", tail))
        ):
            continue
        if any(a <= match.start() < b for a, b in inverted):
            continue
        head = text[: match.start()]
        boundary = max(head.rfind(c) for c in ',;:"“”()–—') + 1
        who = re.sub(r"\s+(?:has|have|had|also)$", "", head[boundary:].strip())
        for joint in (" and ", " but "):
            if joint in f" {who} ":
                who = who.rsplit(joint.strip(), 1)[-1].strip()
        words = who.split()
        if not words or len(words) > 8 or words[-1].lower() in _NOT_SPEAKERS or words[0].lower() in _PREPOSITIONS:
            continue
        who_start = head.rfind(who)
        # the time of speaking belongs to the attribution: "said on Friday", "told reporters in Tallinn last week"
        when = _SPOKEN_WHEN.match(text, match.end())
        stop = when.end() if when else match.end()
        found.append(Attribution(who=who, start=who_start, stop=stop, who_start=who_start, who_stop=who_start + len(who)))
    return found


def _asides(text: str) -> list[tuple[int, int]]:
    """Spans between a pair of dashes ("eleven Allies - Portugal and Croatia among them - serve"): an aside, not a clause."""
    return [m.span() for m in _ASIDE.finditer(text)]


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0]
    lead = _LEADING_CLAUSE.match(text)
    if lead is not None:
        cuts.append(lead.end())
    asides = _asides(text)
    cuts.extend(m.start() for m in _CLAUSE_BREAK.finditer(text) if not any(a <= m.start() < b for a, b in asides))
    cuts = sorted(set(cuts))
    bounds = [*cuts, len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


class SentenceView:
    """A sentence with its party mentions, attributions and clauses, and the role rules over them."""

    def __init__(self, text: str, mentions: tuple[PartyMention, ...]) -> None:
        self.text = text
        self.mentions = mentions
        self.attributions = tuple(_attributions(text))
        self.clauses = tuple(_clauses(text))
        self._word_starts: list[int] | None = None
        self._deployment_word = _DEPLOYMENT_WORD.search(text)

    def clause_of(self, position: int) -> tuple[int, int]:
        """The clause holding ``position``."""
        for start, stop in self.clauses:
            if start <= position < stop:
                return (start, stop)
        return (0, len(self.text))

    def attributed(self, mention: PartyMention) -> bool:
        """Whether a mention sits in the words naming a speaker ("according to NATO's chief")."""
        return any(a.start <= mention.start and mention.stop <= a.stop for a in self.attributions)

    def speakers(self) -> tuple[PartyMention, ...]:
        """Party mentions inside attributions: the parties that speak."""
        return tuple(m for m in self.mentions if self.attributed(m))

    def prepositional(self, mention: PartyMention) -> bool:
        """Whether a preposition governs the mention ("with Lithuania", "to the upcoming NATO summit")."""
        return self.governing(mention) in _PREPOSITIONS

    def governing(self, mention: PartyMention) -> str | None:
        """The preposition that governs a mention, if any; a party joined by "and" shares it."""
        text = self.text
        # A member of a list shares its preposition: "the ministers of Estonia, Latvia and Lithuania".
        # ("In Estonia, the Italian Air Force keeps ..." is no list: ", the" joins a list only where the list goes on.)
        goes_on = re.match(r"\s*(?:,|and\b|or\b)", text[mention.stop :]) is not None
        joiner = r",\s*(?:the\s+)?" if goes_on else r",\s*"
        # (A place and a party are no list either: "the summit in The Hague, Dutch frigates ...")
        listed = next(
            (
                m
                for m in self.mentions
                if m.stop < mention.start and m.place == mention.place and re.fullmatch(joiner, text[m.stop : mention.start])
            ),
            None,
        )
        # (A list ends with "and": a party after a comma that goes on with no list is no member, "In Belarus, Russia has
        # stationed", unless the list has commas alone, "Estonia, Latvia, Lithuania to deploy")
        if listed is not None and not goes_on and not any(re.fullmatch(r",\s*", text[m.stop : listed.start]) for m in self.mentions):
            listed = None
        if listed is not None:
            return self.governing(listed)
        head = CLAUSE_PUNCT.split(text[: mention.start])[-1]
        words = list(_WORD.finditer(head))[-5:]
        offset = mention.start - len(head)
        for match in reversed(words):
            word = match.group(0)
            lower = word.lower()
            if lower in _PREPOSITIONS:
                return _of(head, match.start()) if lower == "of" else lower
            if lower in ("and", "or"):
                joined = next(
                    (m for m in self.mentions if m.stop <= offset + match.start() and not text[m.stop : offset + match.start()].strip()),
                    None,
                )
                return self.governing(joined) if joined is not None else None
            if lower in DATE_WORDS:
                return None  # "In February a Polish engineer company arrived": the preposition governs the month
            if lower in _SKIPPABLE or word[:1].isupper() or lower.endswith(("'s", "’s")):
                continue
            return None
        return None

    def blanked(self, start: int = 0, stop: int | None = None) -> str:
        """The text between two offsets with every attribution blanked out, offsets kept ("said on Friday" is when it was said)."""
        chars = list(self.text)
        for a in self.attributions:
            chars[a.start : a.stop] = " " * (a.stop - a.start)
        return "".join(chars)[start:stop]

    def unattributed(self, start: int, stop: int) -> str:
        """The text between two offsets with attributions blanked out, leading punctuation dropped."""
        chars = list(self.text[start:stop])
        for a in self.attributions:
            for i in range(max(a.start, start), min(a.stop, stop)):
                chars[i - start] = " "
        return "".join(chars).lstrip(" ,;:")

    def _inside(self, clause: tuple[int, int]) -> list[PartyMention]:
        """The actors named in a clause outside attributions: places are where, never who."""
        return [m for m in self.mentions if clause[0] <= m.start < clause[1] and not self.attributed(m) and not m.place]

    def places(self, clause: tuple[int, int]) -> list[PartyMention]:
        """Places and bases named in a clause ("from Ämari", "in Ādaži"), not those in an attribution ("a diplomat in Riga said").

        Waters ("the Gulf of Finland") are an area, not a host, and are left out.
        """
        return [m for m in self.mentions if clause[0] <= m.start < clause[1] and m.kind == "place" and not self.attributed(m)]

    def subjects(self, clause: tuple[int, int], cue: int) -> tuple[str, ...]:
        """Parties in subject position before a cue: before it, outside attributions and prepositions.

        A clause that opens with "and" and a verb takes the subject of the clause before it.
        """
        # (not who is told: "Norway and Denmark have told Finland and Sweden that they will contribute units")
        told = [
            (t.start("told"), t.end("told"))
            for pattern in (_TOLD_THAT, _EXPECTED_DONE)
            for t in pattern.finditer(self.text, clause[0], clause[1])
            if t.start("told") < cue
        ]
        found = _ids(
            m
            for m in self._inside(clause)
            if m.stop <= cue
            and (not self.prepositional(m) or self._institution_of(m, clause) or self._together_with(m, cue))
            and not any(a <= m.start < b for a, b in told)
        )
        if not found and SHARED_SUBJECT.match(self.text, clause[0]):
            before = [c for c in self.clauses if c[1] <= clause[0]]
            if before:
                return self.subjects(before[-1], before[-1][1])
        return found

    def _together_with(self, mention: PartyMention, cue: int) -> bool:
        """Whether a party acts with the subject ("Together with Latvia, Estonia will also buy"), the subject named too."""
        if mention.possessive or re.match(r"\s*,\s*(?:which|who)\b", self.text[mention.stop :]):
            return False  # "Along with Russia's growing threat", "Together with Germany, which leads the brigade"
        return bool(_TOGETHER_WITH.search(self.text, 0, mention.start)) and any(
            not self.prepositional(m) for m in self.mentions if mention.stop < m.start and m.stop <= cue
        )

    def _institution_of(self, mention: PartyMention, clause: tuple[int, int]) -> bool:
        """Whether the clause opens with a state's institution named by "of" ("The Government of Canada has extended")."""
        return bool(_INSTITUTION_OF.fullmatch(self.text, clause[0], mention.start))

    def before(self, clause: tuple[int, int], cue: int) -> tuple[str, ...]:
        """Any party named before the cue in its clause (outside attributions)."""
        return _ids(m for m in self._inside(clause) if m.stop <= cue)

    def after(self, clause: tuple[int, int], cue: int) -> tuple[str, ...]:
        """Parties named after the cue in its clause, not those a preposition governs ("to buy ammunition for Ukraine")."""
        return _ids(m for m in self._inside(clause) if m.start >= cue and not self.prepositional(m))

    def pronoun_subject(self, clause: tuple[int, int], cue: int) -> str | None:
        """A pronoun subject before the cue ("we will", "he expected"), lower-cased, or None."""
        words: list[str] = _WORD.findall(self.text[clause[0] : cue])
        for word in words:
            lower = word.lower().strip("'’")
            if lower in _PRONOUNS or lower in ("our", "my"):
                return lower
        return None

    def forces_and_hosts(self, clause: tuple[int, int]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The parties that own the forces, lead them, and host them, within a clause."""
        text = self.text
        inside = self._inside(clause)
        forces: list[PartyMention] = []
        leads: list[PartyMention] = []
        hosts: list[PartyMention] = []
        deploy_verb = DEPLOY_VERBS.search(text, clause[0], clause[1])
        # both ends of each anchor: a verb of motion spans its object ("move a battalion of 800 soldiers from X to")
        anchors = [at for m in _ANCHORS.finditer(text, clause[0], clause[1]) for at in (m.start(), m.end())]
        for m in inside:
            following = text[m.stop : clause[1]]
            preceding = text[clause[0] : m.start]
            if not m.possessive and re.match(r"\s+side\b", following) and re.search(r"\b(?:from|on|at)\s+the\s+$", preceding):
                hosts.append(m)  # "to help watch the border from the Lithuanian side": that state's side hosts them
                continue
            if _WATCHED.search(preceding):
                continue  # "jets ... intercepted Russian aircraft": what is watched is not what is deployed
            if _DISTANCE_FROM.search(preceding):
                continue  # "Iskanders less than 250 km from Šiauliai": a distance's reference point, not where they are
            if not m.possessive and _TITLE_OF.search(preceding):
                continue  # "Rein Tamm, Commander of the Estonian Navy, spoke to us in Tallinn": a person's title, no force

            # The framework nation of a force leads it and provides most of it: "Canada is the framework nation of the
            # battlegroup", "the role of the United Kingdom as framework nation for the battlegroup in Estonia" (not a host
            # named before "as": "leads the brigade in Latvia as framework nation").
            if re.match(r"\s+(?:is|will\s+be|remains)\s+(?:the\s+)?framework\s+nation\b", following) or (
                re.match(r"\s+as\s+(?:the\s+)?framework\s+nation\b", following) and re.search(r"\brole\s+of\s+(?:the\s+)?$", preceding)
            ):
                leads.append(m)
                forces.append(m)
                continue
            if (
                re.match(r"[-‐]led\b", following)
                or re.search(r"\b(?:led|commanded|headed) by\s+(?:the\s+)?$", preceding)
                # (in a relative clause on a force: "the battlegroup at Rukla, which Germany has led since 2017")
                or (_FORCE_BEFORE_WHICH.search(preceding) and _HAS_LED.match(following))
            ):
                leads.append(m)
                continue
            if _WHICH_HAS_LED.match(following) and self.governing(m) is None:
                # "Canada, which has led NATO's forces in Latvia since 2017, has about 2,000 soldiers in the country": a
                # past lead says whose the forces are, not who leads the ones the sentence drafts
                forces.append(m)
                continue
            if _WITHDRAWN_FROM.search(preceding) and not re.match(r"\s+(?:border|frontier)s?\b", following):
                # "will withdraw a Stryker company from Lithuania": where the forces were (not "from the Finnish border",
                # the withdrawing state's own side of it)
                hosts.append(m)
                continue
            if re.search(r"\b(?:operated|manned|crewed|run|staffed) by\s+(?:the\s+)?$", preceding):
                forces.append(m)  # "the site, which is operated by U.S. Navy sailors"
                continue
            if _NAMED_AFTER_HOST.search(text, clause[0], m.start) and not m.possessive:
                hosts.append(m)  # "NATO Multinational Brigade Latvia", "Battlegroup Poland": a formation named for its host
                continue
            if not m.possessive and re.match(r"\s+(?:border|frontier)s?\b(?!\s+with\b)", following):
                # "near the Finnish border": a border, not the state's territory (its own soil, see OWN_SOIL); but
                # "the Lithuanian border with Belarus" is Lithuania's side
                continue
            near = any(self._reaches(a, m) for a in anchors)
            if (
                not m.possessive
                and near
                and m.kind != "service"  # an armed service or unit owns forces, it never hosts them ("assigned to Task Force 66")
                and not _VENUE.search(text, clause[0], m.start)
                # (not where they come from: "from its brigade in Lithuania to eastern Latvia")
                and not (_ORIGIN_PHRASE.search(preceding) and self._goes_elsewhere(m, clause))
                and (
                    re.match(r"\s+(?:soil|territory|airspace|waters)\b", following)
                    or re.search(r"\b(?:airspace|skies|waters|territory|soil) of\s+(?:the\s+)?$", preceding)  # "the airspace of Estonia"
                    or re.search(r"\breached\s+$", preceding)  # "its lead elements reached Latvia"
                    or self._host_preposition(m, deploy_verb)
                )
            ):
                hosts.append(m)
                continue
            # (a list of hosts, not a comma that closes an opening phrase: "In Belarus, Russia has stationed")
            gap = text[hosts[-1].stop : m.start] if hosts else ""
            if (
                not m.possessive
                and hosts
                and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", gap)
                and ("and" in gap or _LIST_GOES_ON.match(text, m.stop) is not None or not _OPENING_PHRASE.match(text[: hosts[-1].start]))
            ):
                hosts.append(m)
                continue
            if (
                # an armed service or unit is itself a force ("the Canadian Armed Forces will increase ...")
                (m.kind == "service" and self.governing(m) in (None, "of", "from", "with", "to"))
                # contributors named after the force ("troops from eleven Allies", "soldiers from Norway and Sweden")
                # not "from X to Y", nor where forces are brought back from ("brought back one brigade from Ukraine")
                or (
                    # (the force "of" a party opens the clause: not "alongside the air defence battalion of Latvia" after
                    # the verb)
                    (
                        _CONTRIBUTED.search(preceding)
                        or (_FORCE_OF.search(preceding) and (deploy_verb is None or m.stop <= deploy_verb.start()))
                    )
                    and not re.match(r"\s+(?:in)?to\b", following)
                    and not _BROUGHT_BACK.search(preceding)
                )
                or _qualifies_force(following, 4 if m.possessive else 3)
                or (_CONTRIBUTION.match(following) and bool(NATO_AT_SEA.search(text) or _FORCE_FRAME.search(text, clause[0], clause[1])))
                or (m.possessive and _deploys(following))
                or re.search(r"\b(?:presence|deployment|stationing|build-?up) of\s+(?:the\s+)?$", preceding, re.IGNORECASE)
            ):
                forces.append(m)
        # "Troops from eleven Allies - Portugal and Croatia among them - ...": an aside after an owner names owners too.
        for start, stop in _asides(text):
            if any(not text[f.stop : start].strip() for f in forces):
                forces.extend(m for m in inside if start <= m.start < stop and m not in forces)
        # "the Albanian, Montenegrin and North Macedonian contingents": every party of a list qualifies the force,
        # "soldiers from Norway and Sweden": and every party joined to a contributor after it.
        for force in list(forces):
            free = [o for o in inside if o not in forces and o not in hosts and o not in leads]
            forces.extend(self._listed_before(force, [o for o in free if o.stop <= force.start]))
            tail = force
            joined = [o for o in free if o.start >= tail.stop][::-1]
            while joined and _JOINED.fullmatch(text[tail.stop : joined[-1].start]) and not joined[-1].possessive:
                tail = joined.pop()
                forces.append(tail)
        if deploy_verb is not None:
            # The subject of a deployment verb owns the force: the nearest free party before the verb.
            before = [
                m for m in inside if m.stop <= deploy_verb.start() and m not in hosts and m not in leads and not self.prepositional(m)
            ]
            hosting = deploy_verb.group(0).lower().startswith(("host", "home to", "houses"))
            # "Šiauliai has hosted the NATO mission since 2004": a base or town as the subject of "host" names its country
            subject_place = [p for p in self.places(clause) if p.stop <= deploy_verb.start() and (not before or p.start > before[-1].stop)]
            if hosting and subject_place and len(_WORD.findall(text[subject_place[-1].stop : deploy_verb.start()])) <= 3:
                hosts.append(subject_place[-1])
            elif hosting and before and before[-1] not in hosts:
                hosts.append(before[-1])  # "Lithuania hosts the German brigade": the subject of "host" is the host
                if before[-1] in forces:  # (not also an owner: "Estonia hosted US Army HIMARS launchers")
                    forces.remove(before[-1])
            elif before and len(_WORD.findall(text[before[-1].stop : deploy_verb.start()])) <= 6 and before[-1] not in forces:
                forces.append(before[-1])
                # "Denmark, Finland and Sweden each commit ...": the whole list before the verb is its subject
                forces.extend(self._listed_before(before[-1], [o for o in before[:-1] if o not in forces]))
        # A base or town where forces are ("operated from Ämari", "at Tapa") names its country as host;
        # a place they leave for somewhere else is not ("moved from Orzysz to Lithuania", "vessels from Kiel to a group").
        owned = {i for f in forces for i in f.ids}
        # Around a place or by a compass point from it, forces set up there are in it ("a team set up around Copenhagen",
        # "a brigade stood up around Kingisepp"); ships and aircraft passing by are in it only if it is their own ("a
        # Danish patrol vessel in the waters around Bornholm", not "NATO jets flew around Kaliningrad" nor "Russian warships
        # sailed north of Gotland"); and what is said about a place is not forces in it ("tensions around Kaliningrad").
        passing = bool(_PASSING.search(text, clause[0], clause[1]))
        beside = [
            m
            for m in self.places(clause)
            if self.governing(m) in ("around", "compass of")
            and (set(m.ids) <= owned or not passing)
            and not _ABOUT_A_PLACE.search(text, clause[0], m.start)
            and not _MET_NEAR.search(text, clause[0], clause[1])
        ]
        hosts.extend(
            m
            for m in self.places(clause)
            if (
                (self.governing(m) in _PLACE_PREPOSITIONS - {"around"} or m in beside)
                or re.search(r"\bpatroll?(?:s|ed|ing)?\s+(?:the\s+)?$", text[clause[0] : m.start])
                or self._rotates_between(m, clause[0])  # "will keep rotating between Tapa, Ādaži and Pabradė"
                or _GUARDING.search(text, clause[0], m.start)  # "a Spanish NASAMS unit has protected Lielvārde"
                or (_HOME_TO.match(text, m.stop) and not text[clause[0] : m.start].strip(' "“'))  # "Šiauliai is also home to"
            )
            # (nor where they come from: "moved from Orzysz to Lithuania", "from its brigade in Lithuania to eastern Latvia")
            and not (
                (self.governing(m) == "from" and _DESTINATION.match(text, m.stop, clause[1]))
                or (_ORIGIN_PHRASE.search(text, clause[0], m.start) and self._goes_elsewhere(m, clause))
            )
            and not _DEPARTED.search(text, clause[0], m.start)
            and not _VENUE.search(text, clause[0], m.start)
            and not _DISTANCE_FROM.search(text, clause[0], m.start)  # "250 km from Šiauliai": a reference point
            and m.ids not in [h.ids for h in hosts]
        )
        if not hosts and not owned & ADVERSARIES:
            # a distance's reference point is where the forces are when nothing else is ("a brigade 30 km from Vilnius"),
            # unless the forces are an adversary's ("Iskanders 150 km from Vilnius" are not in Lithuania)
            hosts.extend(m for m in self.places(clause) if _DISTANCE_FROM.search(text, clause[0], m.start))
        # Ships with NATO's standing groups and maritime operations sail with them: NATO takes part, and the port where
        # they join or call is no host ("joined Standing NATO Maritime Group 1 in Kiel"), as curators record them.
        if NATO_AT_SEA.search(text, clause[0], clause[1]):
            forces.extend(m for m in inside if m.ids == ("nato",) and m not in forces)
            hosts = [h for h in hosts if not (h.place and not _OPERATING_FROM.search(text, clause[0], h.start))]
        # A place in the owners' own country that they go back to is their home, not a host
        # ("the Belgian jets flew back to Florennes"; not "Belgian jets are heading back to Estonia").
        # Only where the clause says where they were ("stationed at the base ... flew back to Florennes"): forces brought
        # back to a base at home and staying there are hosted there ("brought two landing ships back to Baltiysk").
        owned = {i for f in forces for i in f.ids}
        home = [h for h in hosts if set(h.ids) <= owned and _GOING_BACK.search(text, clause[0], h.start)]
        if home and (len(home) < len(hosts) or _WHERE_THEY_WERE.search(text, clause[0], clause[1])):
            hosts = [h for h in hosts if h not in home]
        forces.sort(key=lambda m: m.start)
        hosts.sort(key=lambda m: m.start)
        return _ids(forces), _ids(leads), _ids(hosts)

    def _goes_elsewhere(self, origin: PartyMention, clause: tuple[int, int]) -> bool:
        """Whether the clause names where forces go from an origin, in another state ("... in Lithuania to eastern Latvia").

        A destination in the origin's own state ("to the border with Belarus", "to the Lithuanian-Belarusian border",
        "to the northeast of the country") leaves the origin's state their host.
        """
        destination = _DESTINATION.match(self.text, origin.stop, clause[1])
        if destination is None:
            return False
        after = [
            m for m in self.mentions if origin.stop <= m.start < clause[1] and self.governing(m) in ("to", "into", "toward", "towards")
        ]
        if after:
            return not any(set(m.ids) & set(origin.ids) for m in after)
        # (a destination the gazetteer does not know, "back to its old base at Kamenka", is elsewhere unless the phrase
        # keeps it in the same state)
        return not _WITHIN_STATE.match(self.text, destination.end() - 1, clause[1])

    def _listed_before(self, last: PartyMention, earlier: list[PartyMention]) -> list[PartyMention]:
        """The parties listed before ``last`` ("Denmark, Finland and Sweden each commit"), nearest first.

        A list is closed by "and": two parties with only a comma between are not one ("At the request of Lithuania,
        Germany sent").
        """
        listed: list[PartyMention] = []
        gaps: list[str] = []
        head = last
        while earlier and _JOINED.fullmatch(gap := self.text[earlier[-1].stop : head.start]):
            head = earlier.pop()
            listed.append(head)
            gaps.append(gap)
        # (three or more with commas alone are a list too, as a headline writes it: "Estonia, Latvia, Lithuania to deploy")
        closed = (
            any("and" in g for g in gaps)
            or len(listed) >= _BARE_LIST
            or _LIST_GOES_ON.match(self.text, last.stop) is not None
            or _LIST_ENDS.match(self.text, last.stop) is not None
        )
        # (a party in a phrase that opens the sentence is not listed with its subject: "At the request of Lithuania, Germany
        # and the Netherlands sent")
        while listed and _OPENING_PHRASE.match(self.text[: listed[-1].start]):
            listed.pop()
        return listed if closed else []

    def _words_between(self, a: int, b: int) -> int:
        """How many words stand between two offsets (counted once per sentence, then by bisection: long paragraphs stay fast)."""
        if self._word_starts is None:
            self._word_starts = [w.start() for w in _WORD.finditer(self.text)]
        low, high = min(a, b), max(a, b)
        return bisect.bisect_left(self._word_starts, high) - bisect.bisect_left(self._word_starts, low)

    def _reaches(self, anchor: int, mention: PartyMention) -> bool:
        """Whether a place is near enough a force or a deployment verb to be where the forces are.

        An aside set off by commas just before the place's preposition is not counted: "sending a small team of Royal
        Engineers, around ten people as I understand it, to Poland".
        """
        if self._words_between(anchor, mention.start) <= _HOST_WINDOW:
            return True
        aside = _ASIDE_BEFORE_PLACE.search(self.text, anchor, mention.stop)
        return aside is not None and aside.end() == mention.start and self._words_between(anchor, aside.start()) < _HOST_WINDOW

    def _rotates_between(self, mention: PartyMention, start: int = 0) -> bool:
        """Whether forces rotate between the places a mention is one of ("rotating between Tapa, Ādaži and Pabradė")."""
        return self.governing(mention) == "between" and _ROTATING_BETWEEN.search(self.text, start, mention.start) is not None

    def _host_preposition(self, mention: PartyMention, deploy_verb: re.Match[str] | None) -> bool:
        governing = self.governing(mention)
        if governing in _HOST_PREPOSITIONS or _EACH_OF.search(self.text, 0, mention.start):
            return True
        if self._rotates_between(mention):
            return True  # "rotating between Estonia, Latvia and Lithuania"
        if governing == "for" and _OFFERED_FOR.search(self.text, 0, mention.start):
            return True
        if governing in ("to", "toward", "towards") and (
            # ("home to a Polish detachment": the place before it hosts, not what follows)
            (deploy_verb is not None and deploy_verb.start() < mention.start and not deploy_verb.group(0).lower().startswith("home"))
            or (self._deployment_word is not None and self._deployment_word.start() < mention.start)
        ):
            return True
        return bool(re.match(r",\s+where\b", self.text[mention.stop :]))


def _of(head: str, at: int) -> str:
    """What "of" at ``at`` stands for: the preposition before a part of a place, "beside", "compass of", or "of"."""
    if _NEAR_BORDER_OF.search(head, 0, at):
        return "beside"  # "exercises near the borders of Lithuania, Latvia and Poland": beside them, not in them
    part = _PART_OF.search(head, 0, at)
    if part is not None:
        return (part.group("preposition") or part.group("site") or part.group("inside")).lower()  # "to the outskirts of Vilnius": "to"
    # ("north of Ustka", "south-east of Riga": a place named by a compass point from it)
    return "compass of" if _COMPASS_OF.search(head, 0, at) else "of"


def _deploys(following: str) -> bool:
    """Whether a deployment verb follows within four words ("Russia's plans to deploy")."""
    head = " ".join(_WORD.findall(PHRASE_PUNCT.split(following, maxsplit=1)[0])[:4])
    return bool(DEPLOY_VERBS.search(head))


_FORCE_FRAME = re.compile(r"\b(?:forward land forces|battle ?groups?|brigades?|air policing|mission|forward presence|eFP)\b", re.IGNORECASE)
# "the Swedish contribution", "Denmark's contribution to the brigade": forces a state contributes
_CONTRIBUTION = re.compile(
    r"^(?:['’]s)?\s+(?!(?:financial|budgetary|monetary)\b)(?:[\w-]+\s+)?contributions?\b(?!\s+(?:of|to)\s+(?:€|\$|£|EUR|USD|\d))",
    re.IGNORECASE,
)


# A list of lower-case modifiers before a noun, all but the last dropped: "chemical, biological, radiological and nuclear"
_ADJECTIVE_LIST = re.compile(
    r"^\s+(?:[a-z][\w-]*,\s+)+(?:[a-z][\w-]*,?\s+and\s+)?(?=[a-z])|^\s+[a-z][\w-]*\s+and\s+(?=[a-z][\w-]*\s+[a-z])"
)


def _qualifies_force(following: str, window: int) -> bool:
    """Whether a force noun follows within a few words, before any punctuation ("German troops", "NATO's EFP battlegroup")."""
    following = _ADJECTIVE_LIST.sub(" ", following, count=1)  # "Czech chemical, biological, radiological and nuclear defence unit"
    head = PHRASE_PUNCT.split(re.sub(r"^['’]s\b", "", following), maxsplit=1)[0]  # "Estonia's first coastal missile battery"
    words = _WORD.findall(head)[:window]
    if not words:
        return False
    if words[0].lower() in ("and", "or"):
        return False
    # (in context, so that what a noun's neighbours exclude stays excluded: "military intelligence", "think tanks")
    return bool(FORCE_NOUNS.search(" ".join(words)))


def _ids(mentions: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for m in mentions for i in m.ids))  # type: ignore[attr-defined]

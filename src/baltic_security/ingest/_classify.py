"""The classify stage: each clause of each sentence read as an undertaking, a deployment or an exercise.

One walk over a document's body paragraphs, sentence by sentence and clause by
clause. For each clause the cues (:mod:`.cues`) and roles (:mod:`._roles`: who
is subject, owner, host) decide what it states; what a subject stands for
comes from the resolve stage (:mod:`._discourse`), and what is found goes to
the assemble stage (:mod:`._assemble`), which merges it across the document.
Internal to :mod:`baltic_security.ingest.draft`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from baltic_security._text import fold, with_latin_capitals
from baltic_security.vocab import CommitmentKind, CommitmentStatus, DeploymentStatus, Unit

from ._assemble import Cited, CommitmentDraft, DeploymentDraft, ExerciseDraft, add_commitment, add_deployment, ids_of, sorted_ids
from ._discourse import SUB_POINT, Discourse, is_state, joined
from ._roles import ADVERSARIES, NATO_AT_SEA, SHARED_SUBJECT, SentenceView
from .cues import (
    BACK_HOME,
    CREDIBILITY,
    DEPLOY_VERBS,
    EXERCISE_ANAPHOR,
    EXERCISE_DURATION,
    EXERCISE_END,
    EXERCISE_PARTICIPATION,
    EXERCISE_WORDS,
    FORCE_NOUNS,
    HOPED_OF_ANOTHER,
    IN_CLAUSE,
    OWN_SOIL,
    PLACE_NOUNS,
    WORD,
    Cue,
    commitment_cues,
    deployment_cues,
    deployment_status,
    exercise_cues,
    negated,
)
from .document import DATELINE
from .extract import (
    DateMention,
    ExerciseName,
    edition_year,
    find_dates,
    find_exercise_names,
    find_quantities,
    short_edition,
    split_sentences,
)
from .gazetteer import gazetteer
from .parties import BASED

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset
    from baltic_security.dates import PartialDate
    from baltic_security.model import Quantity

    from .document import Document, Paragraph
    from .parties import PartyMention

FORCE_UNITS = frozenset({Unit.TROOPS, Unit.VESSELS, Unit.AIRCRAFT, Unit.BATTLEGROUPS, Unit.BRIGADES, Unit.SYSTEMS, Unit.UNITS})
SCALE_UNITS = FORCE_UNITS | {Unit.PARTICIPANTS, Unit.ALLIES, Unit.PEOPLE}
AMOUNT_UNITS = frozenset({Unit.PERCENT_GDP, Unit.EUR, Unit.USD})
_EDITION_HELD = re.compile(
    r"\W*(?:will\s+(?:be\s+)?|is\s+(?:to\s+be\s+)?|was\s+)?(?:held|hosted|hosts?|run|runs|ran|start\w*|begin\w*|began|take\s+place|"
    r"takes\s+place|took\s+place|planned|scheduled|brought|bring\w*|have|has|had|involv\w*|focus\w*)\b"
)
_NEW_EDITION = r"[ -]((?:19|20)\d{2}|\d{2})(?![\w-])"  # the edition after a series' name
_SERIES_HISTORY = re.compile(r"\b(?:since|first\s+(?:held|run|staged|conducted)\s+in)\s+(?:the\s+)?$", re.IGNORECASE)
_SHARED = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)\s+(?:the\s+)?(?:cost|costs|rest|burden|bill)|half\s+of\s+(?:the\s+cost|it)|will\s+pay\s+half|"
    r"co-?(?:fund|financ)\w*)\b",
    re.IGNORECASE,
)
_NATO_FUNDS = re.compile(r"\bNATO\s+Security\s+Investment\s+Programme\b|\bNSIP\b|\bNATO\s+will\s+(?:finance|fund|pay)\b")
# Words that give a name to what was described before: "The drills, named Union Bastion 2019, run until ..." (not "an
# exercise named Kashubian Dawn 27", a new one).
# (nothing between the article and the noun: "The Polish drills, named Dragon 25", "The previous drills, named Zapad 2021"
# and "The allied exercise, called Iron Wolf" are other exercises)
_NAMING = re.compile(
    r"\b(?:the|these)\s+(?:drills?|exercises?|manoeuvres?|maneuvers?|war\s*games)\s*,?\s+"
    r"(?:named|called|dubbed|code-?named|codenamed|known\s+as)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNNAMED_PREFIX = "Unnamed exercise by "  # a draft's name for an exercise held without one, for a curator to reword
_ASSETS = re.compile(
    r"\s+"
    r"(?:"
    + WORD
    + r"\s+){0,2}(?:frigates?|vessels?|ships?|warships?|boats?|submarines?|aircraft|jets?|troops|soldiers|marines|navy|units?|"
    r"corvettes?|destroyers?|minehunters?|compan(?:y|ies)|battalions?|platoons?|brigades?|forces|army|air force|tanks?|helicopters?)\b",
    re.IGNORECASE,
)
_OUR_FORCES = re.compile(r"\b(?:our|my)\s+(?:" + WORD + r"\s+){0,2}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"), re.IGNORECASE)
# A force named as already known ("the brigade", "its battlegroup"), whose owner an earlier deployment gives.
_DEFINITE_FORCE = re.compile(
    r"\b(?:the|its|their|this)\s+(?:" + WORD + r"\s+){0,2}?(?P<noun>" + FORCE_NOUNS.pattern.removeprefix(r"\b") + ")",
    re.IGNORECASE,
)
_ANTECEDENT_PARAGRAPHS = 2
_HEADLINE_WORDS = 16
_HEADING_WORDS = 12
_ADVERBIAL_TO = re.compile(r"\s+(?:at|in|on|during|after|before|by|last|this|next)\b[^,;:\"“”]{0,60}?\s+to\s+")
# "there" as a place ("stationed there", "from there"), not the existential "there is", "there will be".
_THERE = re.compile(
    r"(?<![.!?]\s)(?<!^)\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|seems?|appears?|remains?)\b)",
    re.IGNORECASE,
)
# "served in it", "attached to it": the force just drafted, where it is.
_IN_IT = re.compile(r"\b(?:in|into|to|within|with)\s+(?:it|them)\b(?!\s+(?:to|is|was|will)\b)", re.IGNORECASE)
_UNARMED = frozenset(gazetteer().unarmed)
# A nationality before forces, by its ending ("North Korean soldiers", "Chinese troops", "Kazakh troops"), or an
# organisation's initials ("UN peacekeepers"); one the dataset does not know names someone other than the state they are in.
_UNKNOWN_NATIONALITY = re.compile(
    r"\b(?:(?!(?:Baltic|Nordic|Arctic|Atlantic|European|Western|Eastern)\b)(?-i:[A-Z])[a-z]+(?:an|ese|ish|kh|z|i)|(?-i:[A-Z]{2,}))\s+"
    r"(?:" + WORD + r"\s+){0,2}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"),
)
# A party that qualifies the force after it: "Danish battalion", "US Army's HIMARS", "Swedish Gripens".
_QUALIFIES = re.compile(r"(?:['’]s)?\s+(?:" + WORD + r"\s+){0,2}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"), re.IGNORECASE)
# What a state does, not its forces: "It will also spend", "It will pay", "It will cost Germany".
_STATE_DEED = re.compile(
    r"\b(?:spend\w*|spent|invest\w*|pay\w*|paid|fund\w*|financ\w*|cost\w*|deliver\w*|commission\w*|sell\w*|sold|provid\w*|"
    r"donat\w*)\b",
    re.IGNORECASE,
)
# Forces brought into a place from outside it ("were sent to Russia", "arrived in Belarus", "flown in").
# (not forces brought back home: "has brought two Kilo-class submarines back to Baltiysk")
_SENT_IN = re.compile(
    r"\b(?:arriv\w*|sent|send(?:s|ing)?|dispatched|came|come|flown|shipped|transferred|brought)\b(?![^.;]{0,40}\bback\b)", re.IGNORECASE
)
# A state's government named by its capital after "from" ("as Warsaw had requested from London").
_FROM_CAPITAL = {
    country: re.compile(rf"\bfrom\s+{re.escape(place.name)}\b")
    for place in gazetteer().places
    if place.kind == "capital"
    for country in place.countries
}
_ARRIVING = re.compile(r"\b(?:arriv\w*|rotat\w*|sail(?:s|ed|ing)?\s+into|flown\s+in|flew\s+in)\b", re.IGNORECASE)
# "we" that keep, send or lead forces (not "we see", "we follow", "we want"), and "our": the speaker's state owns them
_WE_HAVE = re.compile(
    r"\bwe(?:\s+(?:also|now|still))?(?:\s+(?:have|had|keep|kept|station|deploy|send|sent|lead|maintain)|\s+(?:will|shall)\s+"
    r"(?:also\s+)?(?:have|keep|station|deploy|send|lead|maintain|move|base|bring|contribute)|['’]ve)"
    # (with the forces as object: "we have six Gripens at Lielvārde", not "we have seen", "we still have concerns")
    r"\s+(?:had\s+)?(?:about\s+|around\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|several|our|the|its|their|a\s+further|another)\b[^.;]{0,60}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"),
    re.IGNORECASE,
)
_ARMED_ONLY = re.compile(
    r"\b(?:those|each|all|every)\b[^.;]{0,40}?\b(?:with|that\s+(?:maintains?|ha(?:s|ve)))\s+(?:its\s+|their\s+|our\s+)?(?:own\s+)?"
    r"armed\s+forces\b",
    re.IGNORECASE,
)
_CELLS = re.compile(r"\s+\|\s+")
_TABLE_CELLS = 3
_UNDERTAKING_COLUMN = re.compile(r"\b(?:commitments?|pledges?|aid|support|targets?|contributions?|promises?)\b", re.IGNORECASE)
_TABLE_STATUS = (
    (re.compile(r"\b(?:delivered|fulfilled|completed|spent)\b", re.IGNORECASE), CommitmentStatus.FULFILLED),
    (re.compile(r"\b(?:in force|adopted|agreed|active)\b", re.IGNORECASE), CommitmentStatus.ACTIVE),
    (re.compile(r"\b(?:planned|proposed|announced)\b", re.IGNORECASE), CommitmentStatus.PROPOSED),
)
# what the line announces is set out after it: "agreed on the following points", "agreed on the steps set out below"
_POINTS_BELOW = re.compile(
    r"\b(?:the\s+following(?:\s+(?:points|steps|measures|actions|decisions|principles))?|as\s+follows|"
    r"(?:as\s+)?(?:set\s+out|listed|described|detailed|outlined)\s+below)[.:]?\s*$",
    re.IGNORECASE,
)
_JOINS_LED = re.compile(r"\b(?:to|into|join(?:s|ed|ing)?)\s+(?:the\s+)?[\w-]+[-‐]led\b", re.IGNORECASE)
_INTRODUCES_POINTS = re.compile(r":\s*$|" + _POINTS_BELOW.pattern, re.IGNORECASE)
_POINT_LABEL = re.compile(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?")  # "4.2. ", "3) "
_ARTICLE = re.compile(r"(?:the\s+)?", re.IGNORECASE)
_CLAUSE_LEAD = re.compile(r"[\s,;:]*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:the\s+)?", re.IGNORECASE)
_POINT_ADVERBIAL = re.compile(
    r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:in|by|from|since|until|during|within|after|before|over|next|this|at)\b[^,.;]{0,40},?\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# Holding an exercise that has no name: "held a joint drill", "began exercises", "will hold their first coastal exercise".
_HELD_EXERCISE = re.compile(
    r"\b(?:hold|holds|held|holding|conduct(?:s|ed|ing)?|beg[ai]n|begins|start(?:s|ed)?|ran|stag(?:e|es|ed)|launch(?:es|ed)?|"
    r"carr(?:y|ies|ied) out|announc(?:e|es|ed|ing))\s+"
    # (its words between are the exercise's own, never what is said of it: not "announced a review of drills", "held talks
    # on joint exercises", "held no exercises", "announced it would scale back exercises")
    r"(?:(?!(?:of|on|about|from|for|to|it|would|will|no|not|any|the\s+cancellation)\b)[\w'’-]+\s+){0,5}?"
    r"(?:exercises?|drills?|manoeuvres?|maneuvers?|readiness checks?|(?:snap\s+)?checks?\s+of\s+(?:combat\s+)?readiness|"
    r"(?:(?:snap|readiness|combat)\s+)+inspections?)\b",
    re.IGNORECASE,
)
# An unnamed exercise's own size: "involving some 3,000 troops", "with more than 30 ships".
_SIZE_OF = re.compile(
    r"\b(?:involving|involved|with|including|of|featuring|comprising|gathering)\s+"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|over|up\s+to|more\s+than|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)
# Who watches an exercise takes no part in it: "NATO aircraft followed a Russian drill".
_WATCHING = re.compile(r"\b(?:follow|track|monitor|observ|watch|shadow|intercept|notic|spott|detect)\w*", re.IGNORECASE)
# An exercise named by whose it is, with an article: "followed a Russian Baltic Fleet drill west of the Kaliningrad region
# on 12-14 May" (not "the Belarusian drill", one already told of; nor what an exercise is, "NORTHERN FJELL is a
# Norwegian-led exercise")
_OWNED_EXERCISE = re.compile(
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)\b(?:a|an)\s+"
    r"(?P<owner>(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*){0,3})\s+"
    r"(?:(?:naval|military|joint|snap|large-scale|live-fire|air|land)\s+)?(?:exercises?|drills?|manoeuvres?|maneuvers?)\b"
)
# A time for an unnamed exercise, also where the document gives no date to read it against.
_WHEN = re.compile(
    r"\b(?:(?:in|this|next|last)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)|today|tonight|tomorrow|yesterday|"
    r"(?:on|last|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:this|last|next)\s+(?:week|month)|"
    # (a month with no year is a time too, though not a date to record: "In April the Baltic Fleet staged")
    r"(?:in|since|from|until|during)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))\b",
    re.IGNORECASE,
)
_TRAINING = re.compile(r"\b(?:train(?:s|ed|ing)?|test(?:s|ed|ing)?|rehears\w*|practi[cs]\w*)\b", re.IGNORECASE)
_HOSTS_OWN = re.compile(
    r"\b(?:host[- ]nation|territorial\s+defen[cs]e|home\s+guard|national\s+guard|defence\s+league|border\s+guard)\b",
    re.IGNORECASE,
)
# A nationality adjective ("Estonian", "Polish", "Dutch", "Danish"), not a state's name ("Iceland" in "Keflavík, Iceland").
_DEMONYM = re.compile(r"[A-Z][\w'’-]*(?:an|ish|ese|ch|ic|i)")
# What a statement's authors say of another party's deed: they note, welcome or condemn it; the deed is that party's.
_NOTED = re.compile(
    r"\b(?:(?:take|takes|took|taking)\s+note|note|notes|noted|noting|observe[sd]?|welcome[sd]?|condemn(?:s|ed)?|deplore[sd]?|"
    r"(?:express|expresses|expressed)\s+(?:\w+\s+){0,2}?(?:concern|alarm))\b",
    re.IGNORECASE,
)
_DOER_BEFORE = re.compile(
    r"(?:\b(?:intention|intent|decision|plans?|announcement|readiness|offer|commitment|pledge|move|efforts?)\s+of|\bthat)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
# Forces put into a formation the text has placed: "will keep its company in the battlegroup", "will join the brigade".
_JOINS_FORMATION = re.compile(
    r"\b(?:in|into|to|with|join(?:s|ed|ing)?|reinforc(?:e|es|ed|ing))\s+(?:the|this)\s+(?:" + WORD + r"\s+){0,2}?"
    # (not one the sentence says whose or where it is: "the brigade of the Latvian army", "its contingent in Kosovo")
    r"(?P<noun>battlegroup|battle group|brigade|division|contingent)\b(?!\s+of\b|\s+(?:in|at)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?", re.IGNORECASE)
# A second party with its own figure, the verb left out: "... and Latvia €15 million", ", and Estonia 3.7 per cent".
_GAP_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s+(?:the\s+)?$")
_GAP_FIGURE = re.compile(
    r"\s+(?P<figure>(?:about |around |some |at least |up to )?(?:[€$£]\s?)?\d[^,;.]*?(?:\.\d[^,;.]*?)?)(?=[,;]|\.(?:\s|$)|$)"
)
# States a guest is asked about only as the one opposed or aided (the aid recipient ``_aid`` reads), never as whose "we" the
# answer is.
_HELPED_STATES = ADVERSARIES | {"ukraine"}
# The state forces are sent to help: "to help Poland reinforce its border fence".
_HELPED = re.compile(r"\b(?:help|assist|support)(?:s|ed|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
# An undertaking reported as done, not promised: "has already spent", "So far Lithuania has paid".
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+|fully\s+)?(?:paid|spent|invested|delivered|handed\s+over|supplied|"
    r"transferred|fulfilled|completed)\b",
    re.IGNORECASE,
)
# ... but not a part of it ("has paid only €5 million of the €30 million it pledged", "has so far paid nothing", "fewer than
# half of the 18 howitzers"), nor a deed apart from the undertaking ("which has already delivered two systems, pledged a
# third", "after it had delivered", "before it pledged"); "since" a time is when the deed began, no deed apart ("Since 2010
# Estonia has invested about 75 million euros in Ämari")
_PART_DONE = re.compile(
    r"\b(?:only|nothing|none|fewer|less|half|part|some|most)\b|\bof\s+the\s+(?:[€$£]|\d|EUR|USD)|,\s*(?:which|who)\b|"
    r"\b(?:after|before|once|when|while)\b|"
    r"\bsince\b(?!\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"the\s+(?:start|beginning|end|spring|summer|autumn|winter)\b))",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"(?:will|shall|would|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set\s+|going\s+|due\s+)?to|to\s+be)\b", re.IGNORECASE)
# A figure for each of the parties it follows: "and Finland and Norway €50 million each".
_EACH = re.compile(r"^\s+(?:each|apiece)(?:\s+(?:to|for|in|into|on|over|towards?|by)\b.*)?$", re.IGNORECASE)
# A state that leads a force as its framework nation: "Sweden will act as the framework nation".
_FRAMEWORK_NATION = re.compile(r"\b(?:act|acts|serve|serves|be|is|as)\s+(?:the\s+)?framework\s+nation\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|than|whereas|up\s+from|down\s+from)\b", re.IGNORECASE)
# The authors take the sentence back after a deed they note: "Noting that Russia ..., the Ministers agreed to", "... and that
# we will contribute"; after a noun phrase noted, a verb of their own too: "We note the progress of NATO's plans and will
# station more forces".
_TAKEN_BACK = re.compile(r"\b(?:we|they|our\s+countries)\b|,\s+(?:the\s+)?(?-i:[A-Z])(?!\w*,)", re.IGNORECASE)
_AUTHORS_GO_ON = re.compile(r"\band\s+(?:will|shall|to|have|has|agree|commit|decide)\w*\b", re.IGNORECASE)
_MONEY_CUE = re.compile(r"invest|paid|pay|sign", re.IGNORECASE)
# A subject that is a company, a fund or private people, not a state: "Norway's Kongsberg", "Estonian drone maker Marduk",
# "Lithuanian pension funds", "Latvian farmers" (a state's own agency is still the state: "Poland's Armament Agency").
_PRIVATE_SUBJECT = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|makers?|manufacturers?|producers?|industr(?:y|ies)|funds?|farmers|taxpayers|citizens|"
    r"households|investors?|shareholders?|shipyards?|contractors?|groups?|concerns?)\b|"
    r"['’]s\s+(?!"
    r"(?:" + WORD + r"\s+){0,3}?(?:Agency|Ministry|Administration|Government|Forces|Army|Navy|Air\s+Force|Council)\b)"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*\s+(?:(?:is|has|was|were|will|had)\s+(?:\w+\s+)?)?$",
    re.IGNORECASE,
)
_WHOSE = re.compile(r",\s*whose\s+(?:" + WORD + r"\s+){0,3}?(?=" + FORCE_NOUNS.pattern + ")", re.IGNORECASE)
_WHOSE_WORDS = 4  # "the U.S. Army's 2nd Cavalry Regiment, whose": a unit's name between the party and "whose"
_THE_COUNTRY = re.compile(r"\b(?:in|into|to|across|throughout)\s+the\s+country\b", re.IGNORECASE)
_PLACE_ANAPHOR = re.compile(rf"\b(?:at|on|to|from|in|near)\s+the\s+(?:same\s+)?{PLACE_NOUNS}\b", re.IGNORECASE)
# Forces that say they are not the host's own: "a multinational battlegroup", "allied jets", "foreign troops".
_FOREIGN_FORCE = re.compile(
    r"\b(?:multinational|multi-national|allied|allies|foreign|international|rotational|NATO|coalition|partner|visiting)\b", re.IGNORECASE
)
# Arriving with no host found: where the paragraph was just speaking of ("Ādaži is busy. A company arrives on Monday").
_BARE_ARRIVAL = re.compile(r"\barriv(?:e|es|ed|ing)\b", re.IGNORECASE)
# Forces at sea or abroad, whose host is not their own soil: "patrols in the Baltic Sea", "abroad", "overseas".
_AT_SEA = re.compile(
    r"\b(?:sea|seas|abroad|overseas|waters|ocean|gulf|strait|mission|operation|Ukraine|group|SNMC?MG\w*|Sentry)\b", re.IGNORECASE
)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b" + IN_CLAUSE + "*,")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


_STATE_LABEL = re.compile(r"^\W{0,3}([A-Z][A-Z .'’-]{2,30}?)(?::|\s+[—–-])\s+(?=\S)")
# (or in title case, one state or a few, before an item that opens as a sentence does: "• Lithuania - Berlin is considering
# ...", "Russia/Belarus: Moscow says ..."; not an aside, "Estonia - with Latvia close behind - will deploy")
_TOPIC_LABEL = re.compile(
    with_latin_capitals(r"^\W{0,3}([A-Z][\w'’]+(?:(?:\s*/\s*|,\s+|\s+and\s+|\s+)[A-Z][\w'’]+){0,3})(?::|\s+[—–-])\s+(?=[A-Z\d\"“‘'])")
)
# (or has been with it: "A French company has been with the battlegroup since January")
_CONTRIBUTES = re.compile(
    r"\b(?:contribut(?:e|es|ed|ing)|join(?:s|ed|ing)?|(?:has|have|had) been with the (?:[\w-]+ )?(?:battle ?group|brigade|battalion|"
    r"group|detachment|contingent|mission))\b",
    re.IGNORECASE,
)
# (what stands between those words and the exercise's anaphor: "during the", "for the duration of the Russian")
_TO_ANAPHOR = r"\s+(?:(?:the|this|that|its)\s+)?(?:" + WORD + r"\s+){0,2}?$"
_TEMPORAL = re.compile(r"\b(?:once|after|during|before|until|following|since|ahead of)" + _TO_ANAPHOR, re.IGNORECASE)
# What another side does over an adversary's exercise, or in answer to it: "Lithuania has moved a battalion to the Pabradė area
# for the duration of the drills" (not the exercise's own participants: "For the duration of the exercise, a German frigate
# will lead the task group").
_ANSWERING = re.compile(r"\b(?:for\s+the\s+duration\s+of|in\s+(?:response|reaction|answer)\s+to|because\s+of)" + _TO_ANAPHOR, re.IGNORECASE)
# An unnamed national institution as subject: "The government", "The Navy", "Parliament".
# A state's own institutions, standing for the state the document is about ("The Navy will move a company").
_INSTITUTION_WORDS = (
    r"government|cabinet|parliament|(?:national\s+)?defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|"
    r"navy|army|air force|armed forces|defen[cs]e forces"
)
_INSTITUTION = re.compile(rf"\W*(?:the\s+)?(?:{_INSTITUTION_WORDS})\b", re.IGNORECASE)
_NAMED_INSTITUTION = re.compile(
    with_latin_capitals(r"\W*(?:the\s+)?(?-i:[A-Z])[\w’'-]+\s+") + rf"(?:{_INSTITUTION_WORDS})\b", re.IGNORECASE
)
# ... and, for an undertaking, its ministry and accounts too: "The ministry plans to", "Defence spending will rise to
# 5.4% of GDP", "The draft budget allots €4.8 billion".
_STATE_OWN = re.compile(
    # (after an opening adverbial: "Meanwhile, the Armament Agency signed", "Last month the ministry signed")
    r"\W*(?:(?:meanwhile|separately|also|in addition|additionally|last (?:week|month|year)|this (?:week|month|year)|"
    r"during the visit|on \w+),?\s+)?"
    r"(?:the\s+)?(?:" + _INSTITUTION_WORDS + r"|ministry|(?:(?:draft|state|national)\s+)?(?:defen[cs]e\s+)?budget|draft|"
    r"(?:(?:national|military)\s+)?defen[cs]e\s+(?:spending|expenditure)|"
    # the ministry's buying agencies and its head: "the Armament Agency", "the Defence Materiel Administration", "the head
    # of the MoND"
    r"(?:armament|procurement|defen[cs]e\s+materiel|defen[cs]e\s+investment)\s+(?:agency|administration)|"
    r"(?:head|minister)\s+of\s+the\s+(?:MoND|MoD|ministry))\b",
    re.IGNORECASE,
)
# Materiel sent to Ukraine is aid, an undertaking, not forces deployed: "send Ukraine more interceptor drones".
_MATERIEL = re.compile(
    r"\b(?:drones?|ammunition|shells?|missiles?|weapons?|equipment|vehicles?|rounds|aid|howitzers?|launchers?|systems?|tanks?|"
    r"support|assistance|packages?|funding)\b",
    re.IGNORECASE,
)
_CAPABILITY = re.compile(r"\b(?:establishment|creation|setting up|deployment) of\b|\bcapable of deploying\b", re.IGNORECASE)
_GOING_HOME = re.compile(
    r"\b(?:return(?:s|ed|ing)?|head(?:s|ed|ing)? back|flew back|sail(?:s|ed)? back|came back|went back)\b", re.IGNORECASE
)
# Forces of an exercise flying from the bases it uses ("flew from airfields in Estonia ... during exercise Quiet Thistle 26",
# "are taking part in exercise NIGHT TERN 25 ..., flying from Šiauliai"): the exercise's sorties, not forces placed there.
_SORTIES = re.compile(r"\b(?:operat(?:e|es|ed|ing)|fl(?:y|ies|ew|ying))\b", re.IGNORECASE)
_TAKING_PART = re.compile(
    r"\bduring\s+(?:the\s+)?"
    r"(?:" + WORD + r"\s+){0,3}?(?:exercises?|drills?)\b|\b(?:take|takes|taking|took)\s+part\s+in\b|"
    r"\b(?:tested|practised|practiced|rehearsed)\s+(?:\w+\s+){0,3}?during\b",
    re.IGNORECASE,
)
_BASES = re.compile(r"bases?\b", re.IGNORECASE)
_HOSTING = re.compile(r"host", re.IGNORECASE)
_LASTING = re.compile(r"\b(?:since|currently|on duty|stationed|rotations?|permanent(?:ly)?|based)\b", re.IGNORECASE)
# What forces come to an exercise for, or a state hosting it: "four F-35As from Evenes for the exercise", "hosts the
# exercise from its main base in Karlskrona".
_FOR_EXERCISE = re.compile(r"\bfor\s+the\s+(?:" + WORD + r"\s+){0,2}?(?:exercises?|drills?)\b", re.IGNORECASE)
_HOSTS_EXERCISE = re.compile(r"\bhost(?:s|ed|ing)?\s+(?:the|this|an?)\s+(?:" + WORD + r"\s+){0,3}?(?:exercises?|drills?)\b", re.IGNORECASE)
# (offered or pledged, or to be given: not what is or was given, "contributes a company until 2017", "has contributed a
# company since 2018", "followed with jets")
_OFFERED = re.compile(r"(?:contribute\b|pledg|offer|follow\b)", re.IGNORECASE)
# Forces held ready somewhere to go elsewhere: "a brigade held at high readiness in the UK", "kept on high alert at home",
# "a high-readiness brigade based at home", "on standby in Germany". Where they wait is not where they are deployed.
_STANDBY = re.compile(
    r"\b(?:(?:at|on|in)\s+(?:a\s+)?(?:(?:very\s+)?high(?:er)?\s+|short\s+|full\s+|permanent\s+)?(?:state\s+of\s+)?"
    r"(?:readiness|alert|standby|notice)|high[- ]readiness)\b",
    re.IGNORECASE,
)
# ... and where they would go: "to reinforce Estonia", "ready to move to Estonia", "could reach Estonia within days".
_BOUND_FOR = re.compile(
    r"\b(?:(?:ready|able|prepared|earmarked|poised|set)\s+to\s+(?:be\s+)?|(?:could|would|can|will)\s+(?:\w+ly\s+)?|"
    r"(?<!\bnot\s)to\s+)(?:move|moved|deploy|deployed|reinforce|reach|come|go|sent|flown|rushed)\b",
    re.IGNORECASE,
)
_SHARED_BORDER = re.compile(with_latin_capitals(r"\b[A-Z][\w]+[-–][A-Z][\w]+\s+(?:border|frontier)\b"))
# "It intends to", "It will buy": "it" opening the clause before an undertaking an agent makes, not "It will take
# years", "it is expected to stay" or "it went better than expected", where "it" is a thing
_IT_UNDERTAKES = re.compile(
    r"\W*it\s+(?:(?:also|now|still|further)\s+)?(?:plans?|intends?|aims?|wants?|seeks?|pledged?|commit\w*|agreed|decided|vowed|"
    r"promised|will(?!\s+(?:be|take|have|need|cost|last|remain|stay|number|require)\b))\b",
    re.IGNORECASE,
)
# "They will fly unarmed", "They will stay until June": what forces do, after a sentence that deployed them
_THEY_DO = re.compile(
    r"\W*(?:they|it)\s+(?:will|would|are to|are set to|are expected to|should)\s+(?:also\s+|then\s+|only\s+)?"
    r"(?:fly|sail|patrol|train|exercise|operate|carry|stay|remain|return|arrive|conduct|practi[sc]e|rotate|be\s+(?:armed|unarmed|based|"
    r"stationed|deployed|ready|replaced|relieved|joined|operational|equipped|commanded|led))\b",
    re.IGNORECASE,
)
# "It" or "they" undertaking, right after a sentence whose subject was the forces it deployed: the forces ("A Danish
# battalion will deploy to Latvia. It will serve six months at Ādaži.")
# A clause that goes on with its forces: "... and will remain with the group until June", "and will stay there".
_GOES_ON = re.compile(
    r"\W*and\s+(?:also\s+)?(?:will|would|(?:is|are)\s+(?:set\s+|intended\s+|expected\s+|due\s+)?to)\s+(?:also\s+|then\s+)?"
    r"(?:remain|stay|continue|serve|operate|patrol|sail|return|lead|command|go\s+home|come\s+home|"
    r"be\s+(?:based|stationed|deployed|placed|integrated|assigned|replaced|relieved))\b",
    re.IGNORECASE,
)
_OBLIGATION = re.compile(r"must|(?:has|have) to|needs? to|should", re.IGNORECASE)
_FORCES_PRONOUN = re.compile(
    r"\W*(?:it|they)\s+(?:will|would|shall|should|(?:is|are)\s+(?:set\s+|expected\s+|due\s+|going\s+)?to)\b", re.IGNORECASE
)
# What the words before a date make of it in a deployment: its end ("until 2027", "through the summer of 2026"), a
# deadline that says nothing of its start ("by 2027", "before the end of 2026"), or, with a reporting verb between the
# date and what is deployed, the day it was said ("In 2019, Germany announced it would deploy troops in 2027").
_SEASON_OF = r"(?:(?:the\s+)?(?:end|middle|spring|summer|autumn|fall|winter)\s+of\s+)?(?:late\s+|early\s+|mid-?)?"
_UNTIL = re.compile(
    r"(?:\b(?:until|till|through|ending|ends?(?: in| on)?)|\bfrom\b" + IN_CLAUSE + r"{1,30}\bto)\s+(?:at\s+least\s+)?" + _SEASON_OF + "$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|before|no later than)\s+" + _SEASON_OF + "$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:announced|said|says|agreed|decided|pledged|promised|confirmed|declared|stated)\b", re.IGNORECASE)


def _period(text: str, dates: tuple[DateMention, ...], anchor: int) -> tuple[PartialDate | None, PartialDate | None]:
    """A deployment's start and end from the dates of its clause, each read by the words before it."""
    start: PartialDate | None = None
    end: PartialDate | None = None
    for found in dates:
        before = text[max(0, found.start - 40) : found.start]
        if _UNTIL.search(before):
            end = end or found.date  # ("from April to July 2025": a start the text gives without its year is left out)
        elif _DEADLINE.search(before) or (found.stop <= anchor and _REPORTED.search(text, found.stop, anchor)):
            continue
        elif start is None:
            start, end = found.date, end or found.end
    return start, end


# "patrol" naming a kind of craft ("patrol drones", "patrol boats"), not forces patrolling.
_CRAFT = re.compile(r"\s+(?:drones?|boats?|vessels?|ships?|aircraft|planes?|craft|helicopters?|cars?)\b", re.IGNORECASE)
# Sources that observe forces rather than own them: intelligence, assessments, imagery, analysts, monitors.
_OBSERVERS = re.compile(
    r"\b(?:intelligence|assessments?|reports?|images?|imagery|analysts?|sources|estimates?|data|monitors?|observers?|trackers?|"
    # (the press reports, it owns no forces: "Estonian media reported", "public broadcaster LSM said")
    r"media|press|newspapers?|dail(?:y|ies)|broadcasters?|television|radio|agency|agencies|journalists?|reporters?|outlets?)\b",
    re.IGNORECASE,
)
# A force its owner's pronoun names ("its Iskander brigade", "their S-400 regiments").
_ITS_FORCE = re.compile(r"\b(?:its|their)\s+(?:" + WORD + r"\s+){0,3}?" + FORCE_NOUNS.pattern.removeprefix(r"\b"), re.IGNORECASE)
_SUBJECT_WORDS = 8  # a sentence's subject stands within its first eight words
_QUOTE = re.compile(r"[\"“”]")
_QUESTION = re.compile(r"\?[\"”’']?\s*$")
# "No decision has been taken", "nothing has been decided", "no such offer has been made", "neither government has said
# so": what the sentence, or the one before it, would undertake is not undertaken (not a partial one: "where it will be
# located has not been decided", "no decision on the number").
_SHORT_DISCLAIMER = 10  # words: a disclaimer this short speaks of the sentence before it too
_UNDECIDED = re.compile(
    # (in a clause of its own, not "a decade in which no decision was taken")
    r"(?:^|[;,:]\s*|\b(?:but|though|although|and)\s+|\.\s+)(?:[\w'’.-]+\s+){0,4}?"
    r"(?:has\s+|have\s+|had\s+)?(?:made\s+|taken\s+)?"
    r"(?:no (?:formal |final )?decision\b"
    r"(?! (?:yet )?(?:on|about|as to) (?:the |its |their |[\w'’-]+['’]s )?(?:number|size|timing|date|location|site|share|cost|costs|"
    r"funding|financing|details?|type|model|supplier|where|when|how)\b)|"
    r"\bnothing (?:has|had|is|was) (?:yet |so far )?(?:been )?(?:decided|agreed|settled)\b|"
    r"\bno such (?:offer|request|decision|plan|commitment|proposal|pledge)s? (?:has|had|have) (?:yet )?been\b|"
    r"\b(?:neither|no|not|nobody)\b[^.;]{0,40}\bsaid so\b)",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\W*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\s+(?:whether|if)\b[^,]*,", re.IGNORECASE)


def _unasked(sentence: str) -> str:
    """The sentence with a reported question that opens it blanked out (offsets kept)."""
    asked = _ASKED.match(sentence)
    return " " * asked.end() + sentence[asked.end() :] if asked else sentence


# Buying or building for forces is not placing them: "buy 44 tanks to equip our battalion", "build shelters for Allied aircraft".
_PROCUREMENT = re.compile(
    r"\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*|procur\w*|equip|equips|equipped|equipping|(?:build|builds|built|building)(?! up)|"
    r"construct\w*|lengthen\w*|upgrad\w*|renovat\w*|modernis\w*|moderniz\w*|order(?:s|ed)|contracts?|"
    # (a delivery of kit: "the Estonian Navy will receive two additional minehunters by 2027")
    r"receiv(?:e|es|ed|ing)(?= (?:its |their |the )?(?:first |two |three |four |five |six |\d+ )?"
    r"(?:" + WORD + r" ){0,2}?"
    r"(?:additional |new |more )))"
    r"(?![\w-])",  # not "build-up"
    re.IGNORECASE,
)
# A passive's agent after the cue: "funded by Estonia", "paid for by Estonia and the NATO Security Investment Programme"
# (or after a cue that ends in "by": "paid by Lithuania").
_BY_AGENT = re.compile(r"(?P<by>(?:\s+for)?\s+by\b)?\s+(?:the\s+)?")
# Forces a sentence wishes for or enables are not there: "hoped for American troops", "projects that let Allied forces move".
# What was asked for and is granted is there: "as Warsaw had requested", "at Riga's request", "at the request of Lithuania".
_AS_ASKED = re.compile(
    r"\bas\s+(?:[\w.'’-]+\s+){1,4}?(?:had\s+|has\s+)?(?:requested|asked(?:\s+for)?)\b|"
    # (not a request still to be decided on: "will vote on the government's request to send", "decided on Lithuania's
    # request for a battery")
    r"\b(?:at|upon)\s+(?:the\s+)?(?:(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:[\w-]+\s+)?request\b(?!\s+(?:to|for|that)\b)|"
    r"request\s+of\b)",
    re.IGNORECASE,
)
_NOT_THERE = re.compile(
    with_latin_capitals(
        r"\b(?:hop(?:e|es|ed|ing)\s+(?:for|that|(?:the\s+)?(?-i:[A-Z]))|(?:remains?|is|are|was|were|still|as\s+yet)\s+unconfirmed|(?:deni|dismiss|reject|refut)\w*\s+(?:\w+\s+){0,3}?reports?|turned\s+out\s+to\s+be\s+false|(?:weigh|consider|mull|debat|discuss)\w*\s+(?:whether|if)|"
        r"wish(?:es|ed)? for|ask(?:s|ed|ing)? for|call(?:s|ed|ing)? for|request(?:s|ed|ing)?|"
        # forces another is asked to keep or send ("would ask Washington to keep U.S. troops in Lithuania")
        # (or invited to: "to invite Finland and Poland to post liaison officers to the Cell")
        # (not the invited party that acts: "Germany, invited by Lithuania to station a brigade there, has sent ...")
        r"(?:ask(?:s|ed|ing)?|invit(?:es|e|ing))\s+(?:[\w.’'-]+\s+){1,3}?to\s+(?:keep|send|deploy|station|add|move|maintain|leave|base|post)\b|"
        # what one expects another to do ("he expected the United States to keep a battalion") is not stated as done
        # (or wants it to: "Estonia wants NATO to strengthen its forces in the Baltic region")
        r"(?:expect(?:s|ed|ing)?|wants?|wanted|would\s+like)\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s+to|"
        r"(?:let|lets|allow|allows|enable|enables|help|helps)\s+"
        r"(?:" + WORD + r"\s+){0,2}?(?:forces|troops|units|soldiers)|"
        # a ship calling at a port is visiting it, not deployed there ("arrived in Gdynia for a scheduled port visit")
        r"port (?:visits?|calls?)|"
        # an aircraft that strays into airspace is an incident, not forces placed ("entered Estonian airspace near Vaindloo")
        r"(?:enter|violat|intrud|breach|stray)\w*\s+(?:into\s+)?(?:" + WORD + r"\s+){0,2}?airspace|"
        # who is sent to watch, talk or advise is not a force ("Estonia will send observers", "sent a delegation")
        r"(?:send|sends|sent|sending)\s+(?:\w+\s+){0,2}?(?:observers?|delegations?|representatives|experts|advisers|advisors|"
        r"liaison officers?)|"
        # a presence welcomed as a wish, ruled out or only weighed is not there ("would welcome a Canadian naval presence",
        # not "welcome the continued presence"; "no plan for a permanent Swedish fighter presence"; "a permanent presence
        # would be considered only if")
        r"welcom\w*\s+(?:a|an)\s+"
        r"(?:" + WORD + r"\s+){0,3}?presence|\bno\s+(?:plans?\s+for\s+(?:a|an)\s+)?(?:" + WORD + r"\s+){0,3}?presence|"
        r"presence\b[^.;]{0,60}?\b(?:would|could|might|will)\s+(?:only\s+)?be\s+(?:considered|discussed|examined|studied|weighed))\b"
    ),
    re.IGNORECASE,
)
_NOT_TAKING_PART = frozenset({"against", "near", "beside", "toward", "towards"})


def _party_named(name: str, mentions: tuple[PartyMention, ...]) -> bool:
    """Whether a candidate exercise name is a party's name, or only places ("Lithuania 2025", "Riga 2024").

    A place may begin a real name ("Skrunda Anvil", "Narva Shield"): only the words left over make it one.
    """
    if any(not m.place for m in mentions):
        return True
    rest = name
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[: m.start] + rest[m.stop :]
    return not any(word.replace("-", "").isalpha() for word in rest.split())  # ("Etelä-Karjala" is a word)


class Drafter:
    """Walks the body paragraphs once, sentence by sentence, and collects draft facts."""

    def __init__(self, document: Document, dataset: Dataset, date: PartialDate | None) -> None:
        self.document = document
        self.dataset = dataset
        self.discourse = Discourse(document, dataset)
        self.date = date
        # Relative dates ("today", "on Friday") are read against the document's day, and only then.
        self.today = date.first_day if date is not None and date.precision.value == "day" else None
        self.subject: tuple[int, tuple[str, ...]] = (0, ())  # the paragraph and the party subject of the sentence before
        self.labelled = 0  # the paragraph whose label names the state it is about ("LITHUANIA — The Seimas passed ...")
        self.deployed_in = -99  # the paragraph whose latest sentence drafted a deployment
        self.forces_subject = -99  # the paragraph whose latest sentence drafted a deployment with forces as its subject
        self.place: tuple[int, tuple[str, ...]] = (-99, ())  # the paragraph and the countries of the last base or town named
        self.asked_about: tuple[int, tuple[str, ...]] = (-99, ())  # a question's paragraph and the place it asks about
        self.commitments: list[CommitmentDraft] = []
        self.deployments: list[DeploymentDraft] = []
        self.exercises: list[ExerciseDraft] = []

    # ------------------------------------------------------------ the walk

    def run(self) -> None:
        self._headline_exercises()
        headline_only: list[ExerciseDraft] = []
        if self.document.metadata.title is not None:
            heading = self.document.paragraph(self.document.metadata.title.paragraph)
            view = self.discourse.view(self.document.metadata.title.value)
            self.discourse.introduce_group(view)  # "Baltic defence ministers in Tallinn: ...": who "the ministers" are
            # "Poland to hold its biggest coastal exercise": the exercise the body names, cited at the headline too
            if self._unnamed_exercise(heading, view, Cited(heading, CREDIBILITY["none"], None)):
                headline_only.append(self.exercises[-1])
        table: tuple[int, str] | None = None  # a table written as lines: its header's width and what its rows state
        for paragraph in self.document.body:
            cells = _CELLS.split(paragraph.text.strip())
            if len(cells) >= _TABLE_CELLS:
                table = self._table_row(paragraph, cells, table)
                continue
            table = None
            if _heading(paragraph.text):
                continue  # a subheading or a link's title ("Germany's brigade: what we know") announces, it states nothing
            # A dateline ("TALLINN — ", "VILNIUS, Oct 17 (Agency) - ") says where the report was filed: it is blanked out,
            # offsets kept, so that the city is neither a subject nor a host.
            # A digest's label that names states only ("• Lithuania - Berlin is considering stationing ...") is blanked the
            # same way: it says what the item is about, not who does what in it.
            dateline = DATELINE.match(paragraph.text)
            blanked = dateline or self._topic_label(paragraph.text)
            text = " " * blanked.end() + paragraph.text[blanked.end() :] if blanked else paragraph.text
            # A digest's label that names a state ("SWEDEN — The government plans ...", "→ ESTONIA: The government
            # approved ...") is the paragraph's subject.
            labelled = dateline or _STATE_LABEL.match(paragraph.text)
            if labelled:
                label = [m for m in self.discourse.finder.find(labelled.group(1)) if not m.place and len(m.ids) == 1]
                if len(label) == 1 and is_state(self.dataset, label[0].ids[0]):
                    self.subject = (paragraph.number, label[0].ids)
                    self.labelled = paragraph.number
            # A reported question ("Asked whether Latvia would welcome a US squadron, the minister said ...") is blanked out the
            # same way: what it asks about is not stated; the answer after it is read.
            sentences = [_unasked(s.text) for s in split_sentences(text)]
            views = [SentenceView(s, self.discourse.finder.find(s)) for s in sentences]
            self.discourse.turn(paragraph)
            # A paragraph that ends in a question is an interviewer's turn: what it presupposes ("Minister, the brigade is
            # arriving. What is left to do?") is the question's ground, not a fact the source states.
            asking = bool(views) and bool(_QUESTION.search(views[-1].text))
            # (a short disclaimer, or one that opens its sentence, speaks of the sentence before it too: "The Hague has made no
            # decision.", "No decision on such a presence has been taken.")
            undecided = [_UNDECIDED.search(v.text) for v in views]
            before = [
                u is not None and (u.start() == len(v.text) - len(v.text.lstrip(' "“')) or len(v.text.split()) <= _SHORT_DISCLAIMER)
                for u, v in zip(undecided, views, strict=True)
            ]
            for index, view in enumerate(views):
                context = [v for j, v in enumerate(views) if j != index]
                if asking:
                    self._remember_subject(paragraph, view)
                    self.asked_about = (paragraph.number, self.place[1] if self.place[0] == paragraph.number else ())
                if asking and not _QUESTION.search(view.text):
                    self.discourse.remember(view)
                    continue
                # A group introduced in this very sentence ("The ministers of A, B and C met and agreed") is its subject.
                self.discourse.introduce_group(view)
                cite = Cited(paragraph, *self.discourse.grade(view, paragraph, context))
                # Exercises first: a sentence that carries an exercise on is not also an undertaking or a deployment.
                exercise = self._exercises(paragraph, view, cite) or self._exercise_carried_on(paragraph, view, cite)
                question = bool(_QUESTION.search(view.text))  # a question asks whether forces go, it does not say they do
                owners = [] if question else self._deployments(paragraph, view, cite, context, exercise=exercise)
                withdrawn = bool(undecided[index]) or (index + 1 < len(views) and before[index + 1])
                self._commitments(paragraph, view, cite, context, owners, exercise=exercise, undecided=withdrawn)
                self.deployed_in = paragraph.number if owners else -99
                # "A Danish battalion ... will deploy to Latvia.": what "it" or "they" does next is the battalion's
                self.forces_subject = paragraph.number if owners and _forces_are_subject(view) else -99
                self.discourse.remember(view)
                self._remember_subject(paragraph, view)
        title = self.document.metadata.title
        for draft in self.exercises:
            headline = draft.headline_paragraph or (title.paragraph if title is not None else None)
            if draft.headline and headline is not None and all(c.paragraph.number != headline for c in draft.cites):
                draft.cites.append(Cited(self.document.paragraph(headline), CREDIBILITY["none"], None))
        self.exercises = [e for e in self.exercises if e.cites]
        # (an exercise of other parties is not the one the headline announces: "Lithuania to hold its largest exercise" above
        # "Latvia will host Namejs 25")
        named = [e for e in self.exercises if not e.name.startswith(_UNNAMED_PREFIX)]
        for draft in headline_only:
            parties = {draft.lead, *draft.participants} - {None}
            if not any(parties & {e.lead, *e.participants} for e in named):
                self.exercises = [e for e in self.exercises if e is not draft]
        self._name_headline_exercises(self._headlines())
        # (one the body does not name is no exercise of its own: the headline only announces)
        self.exercises = [e for e in self.exercises if not any(e is h for h in headline_only)]
        self._merge_shared_undertakings()

    def _merge_shared_undertakings(self) -> None:
        """One undertaking whose cost a sentence splits between parties is one commitment of them all.

        "Poland will pay half of the cost; the three Baltic states will share the rest", "with €60 million, half of it
        from the NATO Security Investment Programme": curators record one commitment by every party that shares it.
        """
        merged: list[CommitmentDraft] = []
        for draft in self.commitments:
            funds = _NATO_FUNDS.search(draft.text) and _SHARED.search(draft.text) and "nato" in self.dataset
            if funds and draft.parties != ("nato",):
                draft.parties = sorted_ids((*draft.parties, "nato"))
            # (both in one sentence that splits the cost)
            sharing = [s.text for s in split_sentences(draft.cite.paragraph.text) if _SHARED.search(s.text)]
            same = next(
                (
                    m
                    for m in merged
                    if m.cite.paragraph.number == draft.cite.paragraph.number
                    and any(m.text.strip() in sentence and draft.text.strip() in sentence for sentence in sharing)
                ),
                None,
            )
            if same is not None and same.parties != draft.parties:
                same.parties = sorted_ids((*same.parties, *draft.parties))
                same.kinds.extend(draft.kinds)
                same.amount = same.amount or draft.amount
                same.due = same.due or draft.due
                same.text += " " + draft.text
                continue
            merged.append(draft)
        self.commitments = merged

    def _headlines(self) -> set[int]:
        """The paragraphs of the headline: the title found and the short unpunctuated lines before the body's first sentence."""
        title = self.document.metadata.title
        lines = {title.paragraph} if title is not None else set()
        for paragraph in self.document.body:
            if re.search(r"[.!?\"”]$", paragraph.text.strip()) or len(paragraph.text.split()) > _HEADLINE_WORDS:
                break
            lines.add(paragraph.number)
        return lines

    def _name_headline_exercises(self, titles: set[int]) -> None:
        """A headline's unnamed exercise ("Poland to hold its biggest coastal exercise") is the one the body names."""
        named = [e for e in self.exercises if not e.name.startswith(_UNNAMED_PREFIX)]
        for draft in [e for e in self.exercises if e.name.startswith(_UNNAMED_PREFIX)]:
            if not all(c.paragraph.number in titles or c.paragraph.number == draft.headline_paragraph for c in draft.cites):
                continue
            parties = {draft.lead, *draft.participants} - {None}
            sharing = [e for e in named if parties & {e.lead, *e.participants}]
            target = sharing[0] if sharing else named[0] if len(named) == 1 else None
            if target is None:
                continue
            target.cites[:0] = [c for c in draft.cites if all(t.paragraph.number != c.paragraph.number for t in target.cites)]
            target.participants.extend(p for p in draft.participants if p != target.lead and p not in target.participants)
            self.exercises.remove(draft)

    # ------------------------------------------------------------ commitments

    def _commitments(  # the sentence, where it stands, and what the other stages found in it
        self,
        paragraph: Paragraph,
        view: SentenceView,
        cite: Cited,
        context: list[SentenceView],
        owners: list[tuple[frozenset[str], int]],
        *,
        exercise: bool = False,
        undecided: bool = False,
    ) -> None:
        deploy = deployment_cues(view.text)
        numbered = self.discourse.in_points(paragraph) and bool(self.discourse.numbered_parties)
        by_clause: dict[tuple[int, int], list[Cue]] = {}
        if _QUESTION.search(view.text):
            # A question ("What will Latvia buy next?") asks for an undertaking, it does not make one; the party it asks
            # about is who the answer's "we" speaks for.
            asking = commitment_cues(view.text)[:1]
            # (or, with no undertaking in it, the whole question: "How many Dutch soldiers are there at the moment?")
            self.discourse.ask(paragraph, view, view.clause_of(asking[0].start) if asking else (0, len(view.text)))
            return
        if undecided:
            return  # "Latvia would welcome a Canadian naval presence. No decision has been taken."
        for cue in commitment_cues(view.text) or self._lead_in(paragraph, view):
            # The future of an exercise ("twelve nations will take part") describes the exercise, not an undertaking.
            if exercise and cue.kind in (CommitmentKind.INTENT, CommitmentKind.PLAN) and not _PROCUREMENT.search(view.text, cue.start):
                continue  # (a purchase planned in the same sentence, "which plans to buy two vessels", is still one)
            # Forces that "will" do something ("Polish jets will simulate attacks", "the crews will clear mines") describe
            # what they do, not what a party undertakes.
            opening = view.clause_of(cue.start)[0]
            # (or one its nationality names: "The Estonian Defence Forces will complete a storage complex")
            institution = (bool(self.discourse.home) and bool(_INSTITUTION.match(view.text, opening))) or bool(
                _NAMED_INSTITUTION.match(view.text, opening)
            )
            if (
                re.fullmatch(r"will|shall|would|(?:is|are) (?:set |going )?to", cue.text.lower())
                # (not forces named in an aside: "Iceland, which has no armed forces of its own, will fund ...", nor in who
                # undertakes: "those of us with armed forces will")
                and FORCE_NOUNS.search(
                    _ARMED_ONLY.sub(_blank, _RELATIVE_ASIDE.sub(_blank, view.text[: cue.start])), view.clause_of(cue.start)[0]
                )
                and not institution  # "The Navy will increase the number of reservists it trains": the state undertakes
            ):
                continue
            # A force as the subject of an expectation or a plan ("The force is expected to be based around Rovaniemi")
            # says where forces go, not what a party undertakes.
            clause = view.clause_of(cue.start)
            # (materiel handed to Ukraine is aid: "its remaining aircraft are being handed over to Ukraine")
            if (
                FORCE_NOUNS.search(view.text, clause[0], cue.start)
                and not (view.subjects(clause, cue.start) or numbered or institution)
                and not _aid(view, clause)
            ):
                continue
            # "plans to deploy" is the deployment itself, except in a signed point, which is also an undertaking, and
            # except aid ("will send Ukraine drones"), which is no deployment.
            if numbered or not absorbed(view.text, cue, deploy) or _aid(view, clause):
                by_clause.setdefault(view.clause_of(cue.start), []).append(cue)
        following = self.document.paragraphs[paragraph.number] if paragraph.number < len(self.document.paragraphs) else None
        leads_in = following is not None and (following.label is not None or bool(SUB_POINT.match(following.text)))
        if (
            _INTRODUCES_POINTS.search(view.text)
            and (paragraph.label is None or leads_in)
            # (and what it announces follows it, not "as detailed below" at a page's end)
            and (self.discourse.numbered_parties or (_POINTS_BELOW.search(view.text) and _points_follow(following)))
        ):
            return  # "The Ministers agreed on the following:": the points that follow undertake, not the line that opens them
        drafted = 0
        for clause, cues in by_clause.items():
            cue = cues[0]
            clause_text = view.text[clause[0] : clause[1]]
            amounts = [q.quantity for q in find_quantities(clause_text) if q.quantity.unit in AMOUNT_UNITS]
            if numbered:
                # A point's subject is the parties that issue it, unless the point opens with its own ("2. Finland committed to").
                # (or what it notes is another party's: "6. The two sides note with alarm the intention of the Russian Federation
                # to place missiles in Belarus")
                parties = (
                    self._point_subject(view, clause, cue)
                    or self._noted_party(view, clause, [cue], whole_clause=True)
                    or self._cue_of(view, cue)
                    or self.discourse.numbered_parties
                )
            else:
                parties = self._parties(paragraph, view, clause, cue, context)
                own = bool(view.subjects(clause, cue.start))
                if not parties or self._describes_deployment(view.text, cue, frozenset(parties), owners, own=own):
                    continue
                # (a figure a party's spokesman says must be reached is still theirs: "Defence spending must reach 3.5% of
                # GDP by 2026, Latvia's defence minister said")
                if _OBLIGATION.fullmatch(cue.text) and not own and not amounts:
                    # what "must" or "has to" happen, with no party its subject, is a view, not an undertaking: "Our defence
                    # industries must keep pace", "Any such escort must respect the law of the sea", "that has to mean
                    # soldiers on the ground" (a party that must do something still undertakes: "Germany must ...")
                    continue
            if all(p in ADVERSARIES for p in parties):
                continue  # "Moscow would respond with measures": an adversary's stated intention is a claim, not an undertaking
            if _MONEY_CUE.match(cue.text) and _PRIVATE_SUBJECT.search(view.text, clause[0], cue.start):
                continue  # "Norway's Kongsberg is investing €200 million": a company's money, not a state's undertaking
            framework = _FRAMEWORK_NATION.search(clause_text)
            # (what was agreed is still an undertaking: "Finland and Sweden agreed that Sweden will be the framework nation")
            intent = cue.kind in (CommitmentKind.INTENT, CommitmentKind.PLAN)
            led = self._latest_deployment(paragraph) if framework and intent else None
            if led is not None:
                # "NATO's Forward Land Forces in Finland ... Sweden will act as the framework nation": the state leads the
                # force the paragraph drafted, which is no undertaking of its own (the curation rule for a deployment's future)
                led.leads = sorted_ids((*led.leads, *(p for p in parties if is_state(self.dataset, p))))
                continue
            if _ARMED_ONLY.search(view.text, 0, cue.start):
                # "Those of us with armed forces will raise core defence spending": not the signatories without any
                parties = tuple(p for p in parties if p not in _UNARMED) or parties
            # "Sweden will lead the new force in Finland and send 1,200 soldiers": the future of a deployment the clause
            # drafts is that planned deployment, not also an undertaking (the curation rule).
            # (a clause that goes on with its forces goes on with the deployment: "HMS Nyköping has sailed with the group since
            # January and will remain with it until June"; not what the state does besides: "... and will buy two more")
            goes_on = bool(_GOES_ON.match(view.text, clause[0])) and not _states_deed(clause_text)
            here = (0, clause[1]) if goes_on else clause
            if not amounts and cue.kind in (CommitmentKind.INTENT, CommitmentKind.PLAN) and self._deploys_here(here, parties, owners):
                continue
            due = next(
                (
                    d.date
                    for d in find_dates(view.blanked(cue.stop, clause[1]))
                    if self.date is None or d.date.first_day > self.date.last_day
                ),
                None,
            )
            amount = amounts[0] if amounts else None
            # "... will raise spending to 5.4% and pledged to buy two vessels", "We have pledged to form a division by 2030,
            # and we will spend 5% of GDP": two clauses of one sentence, two undertakings, two drafts.
            # (an undertaking the clause reports as done is fulfilled: "has already spent €40 million of the €60 million it
            # pledged", "So far Lithuania has paid €30 million", "has delivered all 18 howitzers it promised")
            status = cue.status
            done = _DONE.search(clause_text)
            if done and not _FUTURE.match(cue.text) and not _PART_DONE.search(clause_text):
                status = CommitmentStatus.FULFILLED
            found = CommitmentDraft(
                parties=parties, cite=cite, cue=cue, kinds=[cue.kind], status=status, text=clause_text, amount=amount, due=due
            )
            add_commitment(self.commitments, found, separate=drafted > 0)
            drafted += 1
            # "Lithuania will contribute €30 million and Latvia €15 million", "Finland will spend 2.5 per cent, and Estonia
            # 3.7 per cent": a party and its own figure after the first, the verb left out, is an undertaking of its own
            for party, figure in self._gapped(view, cue, amount, parties):
                gapped = CommitmentDraft(
                    parties=party, cite=cite, cue=cue, kinds=[cue.kind], status=status, text=clause_text, amount=figure, due=due
                )
                add_commitment(self.commitments, gapped, separate=True)
                drafted += 1

    @staticmethod
    def _gapped(view: SentenceView, cue: Cue, amount: Quantity | None, parties: tuple[str, ...]) -> list[tuple[tuple[str, ...], Quantity]]:
        """The parties and figures a sentence adds after an undertaking with a figure, its verb left out."""
        if amount is None:
            return []
        # (not when the first figure has a recipient before it, "will provide Estonia $100 million and Latvia $80 million":
        # the second party receives too; nor beside a comparison, "compared with 2% in 2021, and Russia 7%")
        recipient = any(
            m.start > cue.stop and not m.place and _GAP_FIGURE.match(view.text, m.stop) and not _GAP_BEFORE.search(view.text, 0, m.start)
            for m in view.mentions
        )
        if recipient or _COMPARED_WITH.search(view.text):
            return []
        found: list[tuple[tuple[str, ...], Quantity]] = []
        taken = 0
        for m in view.mentions:
            if (
                m.start < taken
                or m.start <= cue.stop
                or m.place
                or set(m.ids) & set(parties)
                or set(m.ids) & ADVERSARIES
                or not _GAP_BEFORE.search(view.text, 0, m.start)
            ):
                continue
            # the party may be a list with one figure for each of them: "and Finland and Norway €50 million each"
            chain = joined(view, m.start, forward=True)
            taken = chain[-1].stop  # (its later members are not parties of their own: "and Finland and Norway €50 million")
            if any(set(c.ids) & (set(parties) | ADVERSARIES) for c in chain):
                continue
            figure = _GAP_FIGURE.match(view.text, chain[-1].stop)
            if figure is None:
                continue
            text = figure.group("figure").strip()
            if amount.unit is Unit.PERCENT_GDP and re.search(r"(?:%|per\s?cent|percent)$", text):
                text += " of GDP"  # ("and Estonia 3.7 per cent": of the same GDP as the first)
            # (the figure alone: not "€15 million less", "10 days later pledged €5 million")
            quantities = [q for q in find_quantities(text) if q.quantity.unit is amount.unit]
            after = text[quantities[0].stop :] if quantities else ""
            rest = _EACH.sub("", after)
            if quantities and quantities[0].start <= 1 and not rest.strip(" .") and len(quantities) == 1:
                ids = sorted_ids(i for c in chain for i in c.ids)
                # a figure for each ("€50 million each"), or a share of each one's own GDP, is each party's own undertaking; a
                # sum with no "each" is theirs together
                if rest != after or amount.unit is Unit.PERCENT_GDP:
                    found.extend(((i,), quantities[0].quantity) for i in ids)
                else:
                    found.append((ids, quantities[0].quantity))
        return found

    def _topic_label(self, text: str) -> re.Match[str] | None:
        """A label in title case that names states and nothing else, before an item that names its own parties.

        "• Russia/Belarus - Moscow says ...", "• Lithuania - Berlin is considering ...".
        """
        label = _TOPIC_LABEL.match(text)
        if label is None:
            return None
        # (a transcript's speaker, "Dzenis: ...", is no label: people are read as the party they speak for)
        mentions = [m for m in self.discourse.finder.find(label.group(1)) if not m.place and m.person is None]
        rest = label.group(1)
        for m in reversed(mentions):
            rest = rest[: m.start] + rest[m.stop :]
        if not mentions or re.sub(r"\s|/|,|\band\b", "", rest) or not all(is_state(self.dataset, i) for m in mentions for i in m.ids):
            return None
        item = text[label.end() :]
        # (not the subject with an aside after it, "Germany - Europe's largest economy - will station", its dash closed
        # later; nor a label an item speaks for, "• Latvia: We will send 200 troops")
        dash = label.group(0).rstrip()[-1]
        aside = dash != ":" and re.search(rf"\s{re.escape(dash)}\s", item) is not None
        if aside or re.match(r"(?:we|our|it|its|they|their)\b", item, re.IGNORECASE):
            return None
        # (an item that names no party of its own is the label's: "- Sweden: a mechanised battalion at Camp Ādaži")
        return label if any(not m.place for m in self.discourse.finder.find(item)) else None

    def _lead_in(self, paragraph: Paragraph, view: SentenceView) -> tuple[Cue, ...]:
        """The cue a sub-point takes from the point that leads into it ("3. ... we have decided:" then "a) to establish ...")."""
        if paragraph.label is not None or not self.discourse.in_points(paragraph):
            return ()
        parent = next((p for p in reversed(self.document.paragraphs[: paragraph.number - 1]) if p.label is not None), None)
        if parent is None or not _INTRODUCES_POINTS.search(parent.text):
            return ()
        cues = commitment_cues(parent.text)
        return (attrs.evolve(cues[-1], start=0, stop=0),) if cues and view.text else ()

    @staticmethod
    def _noted_party(view: SentenceView, clause: tuple[int, int], cues: list[Cue], *, whole_clause: bool = False) -> tuple[str, ...]:
        """The parties whose deed a sentence notes, welcomes or condemns, named between that verb and the deed as its doer.

        "Germany's decision to station", "the intention of the Russian Federation to place", "note that Russia is
        moving"; not what the deed is done for ("welcomed the progress made in supporting Ukraine"). With
        ``whole_clause``, only the subject of a clause noted as a whole counts ("Note that Iceland will fund ..."): an
        undertaking welcomed as a noun ("welcomed NATO's decision to ...") is often one the authors share, and measured on
        the corpus, reading it as another's made more drafts wrong than right.
        """
        stop = cues[0].start if cues else clause[1]
        noted = list(_NOTED.finditer(view.text, 0, stop))
        if not noted:
            return ()
        doer = _THAT_BEFORE if whole_clause else _DOER_BEFORE
        named = [
            m
            for m in view.mentions
            if noted[-1].end() <= m.start < stop
            and not m.place
            and ((m.possessive and not whole_clause) or doer.search(view.text, noted[-1].end(), m.start))
        ]
        if not named:
            return ()
        # the doer nearest the deed, with the parties listed with it ("that Finland and Sweden will"); and only if the deed
        # is still its own: not after the authors take the sentence back ("Noting that Russia ..., the Ministers agreed to",
        # "... and that we will contribute", "... and will station more forces") nor a deed of hosting ("Lithuania's
        # decision to host the German brigade": the brigade is Germany's)
        run = joined(view, named[-1].start, forward=True)  # (with the parties listed after it: "that Finland and Sweden will")
        # (an undertaking is the doer's only if the authors take none in the same clause: "... and that we will contribute")
        end = clause[1] if whole_clause else stop
        if _TAKEN_BACK.search(view.text, run[-1].stop, end) or (not whole_clause and _AUTHORS_GO_ON.search(view.text, run[-1].stop, end)):
            return ()
        if re.match(r"\W*host", view.text[stop : stop + 8], re.IGNORECASE):
            return ()
        return sorted_ids(i for m in run for i in m.ids)

    @staticmethod
    def _cue_of(view: SentenceView, cue: Cue) -> tuple[str, ...]:
        """The party an undertaking's noun names as its own, or ``()``.

        "the stated intention of the Russian Federation to place", "Russia's announced plan to form".
        """
        of = _OF_THE.match(view.text, cue.stop)
        for m in view.mentions:
            if m.place:
                continue
            if (of is not None and m.start == of.end()) or (
                m.possessive and m.stop <= cue.start and re.fullmatch(r"['’]s?(?:\s+[\w-]+)?\s+", view.text[m.stop : cue.start])
            ):
                return m.ids
        return ()

    @staticmethod
    def _point_subject(view: SentenceView, clause: tuple[int, int], cue: Cue) -> tuple[str, ...]:
        """The parties a numbered point opens with, when they are the subject of its cue ("2. Finland committed to").

        A later clause with no subject of its own shares the opening one ("5. Norway does not intend ..., but will host").
        """
        # A later clause that opens with its own subject ("2. Confirm that the training will continue: Poland will train
        # 10,000 soldiers, and Lithuania will train 1,500") is that subject's.
        lead = _CLAUSE_LEAD.match(view.text, clause[0])
        at = lead.end() if lead else clause[0]
        if clause[0] > 0 and any(m.start == at and not m.place and m.stop <= cue.start for m in view.mentions):
            return sorted_ids(view.subjects(clause, cue.start))
        # ("4.2. The United Kingdom will": a label, then a capitalised article)
        label = _POINT_LABEL.match(view.text)
        opening = _ARTICLE.match(view.text, label.end() if label else 0)
        start = opening.end() if opening else 0
        # (a name may hold its article: "3. The Netherlands will")
        opens = {start, label.end() if label else 0}
        if not any(m.start in opens and m.stop <= cue.start for m in view.mentions):
            # "3. In 2025 Lithuania and Poland will jointly train ...": the subject after an opening adverbial
            after = [m.start for m in view.mentions if m.stop <= cue.start and _POINT_ADVERBIAL.fullmatch(view.text, 0, m.start)]
            if not after:
                return ()
            start = after[0]
        if clause[0] <= start:
            return sorted_ids(view.subjects(clause, cue.start))
        own = view.subjects(clause, cue.start)
        first = view.clause_of(start)
        return sorted_ids(own or view.subjects(first, first[1]))

    @staticmethod
    def _deploys_here(clause: tuple[int, int], parties: tuple[str, ...], owners: list[tuple[frozenset[str], int]]) -> bool:
        """Whether the clause drafted a deployment these parties own."""
        return any(set(parties) <= forces and clause[0] <= anchor <= clause[1] for forces, anchor in owners)

    @staticmethod
    def _describes_deployment(text: str, cue: Cue, parties: frozenset[str], owners: list[tuple[frozenset[str], int]], *, own: bool) -> bool:
        """Whether a commitment cue only restates a deployment the same sentence drafts ("NATO holds 300,000 troops ready to").

        It does when the deployment's owners are the commitment's parties and either the parties were
        not the cue's own subject, or the cue stands within three words after what is deployed.
        """
        for forces, anchor in owners:
            if forces != parties:
                continue
            if not own or (anchor <= cue.start and len(text[anchor : cue.start].split()) <= 4):
                return True
        return False

    def _parties(  # noqa: PLR0911  # one return per step of the documented fallback chain
        self, paragraph: Paragraph, view: SentenceView, clause: tuple[int, int], cue: Cue, context: list[SentenceView]
    ) -> tuple[str, ...]:
        """Who undertakes: the subject; a pronoun's speaker; any party before; an anaphor's antecedent; any after; the speaker.

        A passive's agent comes first: "were paid for by Estonia", "paid by Lithuania".
        """
        agent = _BY_AGENT.match(view.text, cue.stop)
        if agent is not None and (agent.group("by") or cue.text.lower().endswith(" by")):
            agents = [i for m in joined(view, agent.end(), forward=True) for i in m.ids]
            if agents:
                return sorted_ids(agents)
        found = view.subjects(clause, cue.start)
        if found:
            return sorted_ids(found)
        # "The ministers", "the leaders", "they": the group the document introduced with its parties.
        opening = clause[0]
        if SHARED_SUBJECT.match(view.text, clause[0]):
            opening = max((c[0] for c in view.clauses if c[1] <= clause[0]), default=clause[0])
        subject_words = view.unattributed(opening, cue.start)
        if self.deployed_in == paragraph.number and _THEY_DO.match(view.text, opening, cue.stop + 40):
            return ()  # "The US will station drones at Šiauliai. They will fly unarmed.": what the forces just deployed will do
        if (
            self.forces_subject == paragraph.number
            and _FORCES_PRONOUN.match(view.text, opening, cue.stop)
            # (a state's own deeds stay its undertakings: "It will also spend 3% of GDP", "It will also buy 100 tanks",
            # and so does an "it" an attribution names: "It will also pay for a barracks, London said")
            and not _states_deed(view.text[clause[0] : clause[1]])
            and not any(q.quantity.unit in AMOUNT_UNITS for q in find_quantities(view.text[clause[0] : clause[1]]))
            and not any(m.ids for m in view.mentions if view.attributed(m))
        ):
            return ()  # "A Danish battalion will deploy to Latvia. It will serve for six months at Ādaži.": the battalion's
        group = self.discourse.group_subject(subject_words)
        if group:
            return group
        pronoun = view.pronoun_subject(clause, cue.start)
        answered = self.discourse.answered(paragraph)
        if pronoun in ("we", "i", "our", "my") and answered:
            # the answer to a question about a party speaks for it, unless the question asks about an adversary or a state
            # at war that the guest, whose own state is known, helps ("And Ukraine?" - "we will hand over our howitzers")
            guest = self.discourse.speaker_party(view, context)
            if guest is not None and is_state(self.dataset, guest) and set(answered) <= _HELPED_STATES:
                return (guest,)
            return answered
        if (
            pronoun == "it"
            and self.subject[0] == paragraph.number
            and self.subject[1]
            and _IT_UNDERTAKES.match(view.text, clause[0], clause[1])
        ):
            # "Lithuania reinstated conscription in 2015. It intends to call up 3,500 a year.": the state just the subject
            return self.subject[1]
        if pronoun is not None and pronoun not in ("it", "they"):
            party = self.discourse.speaker_party(view, context)
            if party is not None:
                return (party,)
            if pronoun in ("we", "our") and (self.discourse.we_group or self.discourse.group) and not _QUOTE.search(view.text):
                return self.discourse.we_group or self.discourse.group  # a joint statement's "we": the group that issues it
        found = view.before(clause, cue.start)
        if found:
            return sorted_ids(found)
        subject_words = view.unattributed(clause[0], cue.start)
        if _STATE_OWN.match(subject_words):
            # "Latvia ended conscription in 2007. The government plans to ...": the state the sentence before was about;
            # "The government has proposed", "The Navy will": else the state the document is about
            if self.subject[0] == paragraph.number and self.subject[1]:
                return self.subject[1]
            if self.discourse.home:
                return (self.discourse.home,)
        if re.match(r"\W*(?i:the|this|these|such|its|their)\s+[a-z]", subject_words):  # ("The programme will": at a sentence's start)
            inherited = self._inherited(paragraph)
            if inherited:
                return inherited
        if self.subject[0] == paragraph.number and self.subject[1] and self.labelled == paragraph.number:
            return self.subject[1]  # "LITHUANIA — The Seimas passed the budget, with defence set at 5.38% of GDP"
        found = view.after(clause, cue.start) or ids_of(view.speakers())
        if found:
            return sorted_ids(found)
        party = self.discourse.speaker_party(view, []) if view.attributions else None
        return (party,) if party is not None else self._inherited(paragraph)

    def _inherited(self, paragraph: Paragraph) -> tuple[str, ...]:
        """The parties of the latest commitment drafted from this paragraph or one of the two before."""
        for earlier in reversed(self.commitments):
            if paragraph.number - 2 <= earlier.cite.paragraph.number <= paragraph.number:
                return earlier.parties
        return ()

    # ------------------------------------------------------------ deployments

    def _deployments(
        self, paragraph: Paragraph, view: SentenceView, cite: Cited, context: list[SentenceView], *, exercise: bool = False
    ) -> list[tuple[frozenset[str], int]]:
        """Draft the deployments a sentence states; return each one's owners and where what is deployed is named.

        In a sentence about an exercise only a deployment verb ("have been deployed") states a deployment:
        its counts and units are the exercise's.
        """
        cues = deployment_cues(view.text)
        if exercise:
            # (a verb with its object between states one when it keeps forces somewhere, "keeps Iskander systems ... on the
            # territory of Belarus", not when it moves them, which is what an exercise rehearses: "move reinforcements to
            # the Baltic states", "bring an NMESIS battery to Ustka for exercise Pomeranian Reach 26")
            cues = tuple(c for c in cues if _placing(view.text, c) and (DEPLOY_VERBS.fullmatch(c.text) or not _MOVING.match(c.text)))
        # a sentence naming an exercise only as a time ("once the exercise is over") is not about it
        exercise = exercise or any(not _TEMPORAL.search(view.text, 0, c.start) for c in exercise_cues(view.text))
        owners: list[tuple[frozenset[str], int]] = []
        for clause in view.clauses:
            clause_text = view.text[clause[0] : clause[1]]
            # ("maritime patrol aircraft", "a coastal patrol vessel": a kind of craft, not forces patrolling)
            clause_cues = [
                c
                for c in cues
                if clause[0] <= c.start < clause[1] and not (c.text.lower().startswith("patrol") and _CRAFT.match(view.text, c.stop))
            ]
            if (
                exercise
                and any(_SORTIES.match(c.text) for c in clause_cues)
                # (beside no other verb of placing forces; "road bases in Ostrobothnia" is where they flew from)
                and not _placed_otherwise(view.text, clause_cues, _SORTIES)
                and _TAKING_PART.search(view.text)
                and not _LASTING.search(clause_text)
            ):
                continue
            if _HOSTS_EXERCISE.search(clause_text) and not _placed_otherwise(view.text, clause_cues, _HOSTING):
                continue  # "The Swedish Navy hosts the exercise from its main base in Karlskrona" (not "..., has deployed 2,000")
            quantities = [] if exercise else [q for q in find_quantities(clause_text) if q.quantity.unit in FORCE_UNITS]
            sizes = [q.quantity for q in quantities]
            if any(negated(view.text, verb.start()) for verb in DEPLOY_VERBS.finditer(view.text, clause[0], clause[1])):
                continue  # "would not send ground troops to X": what is refused is not deployed
            verbs = [c for c in clause_cues if _placing(view.text, c) and not _CRAFT.match(view.text, c.stop)]
            if _PROCUREMENT.search(clause_text) and not [v for v in verbs if not _RAISING.match(v.text)]:
                continue  # "buy 44 tanks to equip our battalion", "buy two patrol drones": a purchase, not forces placed
            if not verbs and any(q.quantity.unit in (Unit.EUR, Unit.USD) for q in find_quantities(clause_text)):
                continue  # "are spending €600 million on hangars at Rovaniemi": money spent on a place, not forces placed
            # (what was asked for and is granted is there: "will remain until 2027, as Warsaw had requested")
            # (what observers expect an adversary to do is recorded with their doubt: "Some analysts expect Moscow to answer by
            # moving a brigade into the Kaliningrad region")
            expected = _NOT_THERE.search(_AS_ASKED.sub(_blank, clause_text))
            if (
                expected
                and expected.group(0).lower().startswith("expect")
                and self._adversary_in(view, (clause[0] + expected.start(), clause[0] + expected.end()))
            ):
                expected = None  # (the adversary is the one expected to act: "expect Moscow to answer by moving ...")
            if expected or HOPED_OF_ANOTHER.search(view.text[: clause[1]].rstrip(".!?;: ")):
                continue
            if re.search(r"\bto\s+the\s+(?:exercises?|drills?)\b", clause_text, re.IGNORECASE):
                continue  # "Poland will also send a tank company to the exercise": the exercise's participant, not a deployment
            forces, leads, hosts = view.forces_and_hosts(clause)
            # only a state hosts forces: not an alliance or a union ("participates in the NATO mission in Kosovo")
            hosts = tuple(h for h in hosts if is_state(self.dataset, h))
            if not hosts:
                # where forces are based, with no other place named: "The US has about 10,000 Poland-based troops"
                hosts = sorted_ids(
                    i for m in view.mentions if clause[0] <= m.start < clause[1] and BASED.match(view.text, m.stop) for i in m.ids
                )
            if (forces or leads or hosts) and _WE_HAVE.search(view.text, clause[0], clause[1]) and not _QUOTE.search(view.text):
                # "We have had six Gripens at Lielvārde, flying NATO air policing", "we will send a second NASAMS fire unit":
                # in a speaker's own words, "we" own the forces; what else is named is the mission or the host
                speaker = self.discourse.speaker_party(view, context)
                if speaker is not None and speaker not in forces and speaker not in hosts:
                    forces, leads = (speaker,), ()
            if set(forces) == {"nato"} and not leads and NATO_AT_SEA.search(clause_text) and clause != view.clauses[0]:
                # "The minehunter Zr.Ms. Dokkum left Den Helder to join Standing NATO Mine Countermeasures Group 1": the
                # ship the sentence opens with joins, and its state with it
                first = view.clauses[0]
                forces = sorted_ids((*forces, *(p for p in view.subjects(first, first[1]) if is_state(self.dataset, p))))
            # (not counted forces kept in another state for Ukraine's sake: "kept two Patriot fire units at Rzeszów in Poland to
            # protect the hub through which aid reaches Ukraine")
            if _aid(view, clause) and (set(hosts) <= {"ukraine"} or not sizes):
                continue  # materiel for Ukraine is aid (drafted as an undertaking), not a deployment
            if not (clause_cues or sizes or (forces and hosts and not exercise)):
                continue
            if not (forces or leads) and clause_cues and SHARED_SUBJECT.match(view.text, clause[0]):
                forces = view.subjects(clause, clause[0])  # "... and moved missiles into X": the subject before "and"
            verb = any(_placing(view.text, c) for c in clause_cues)
            if not (forces or leads) and self.discourse.in_points(paragraph) and self.discourse.numbered_parties:
                if not (hosts or verb) and re.search(r"\btrain(?:s|ed|ing)?\b", clause_text, re.IGNORECASE):
                    continue  # "3. ... will train four Ukrainian battalions": the force named is trained, not placed
                # a numbered point's subject is the parties that issue it, unless what they note is another party's deed ("6.
                # The ministers note with concern Russia's plan to form a new army corps in Karelia")
                forces = self._noted_party(view, clause, clause_cues) or self.discourse.numbered_parties
            elif _OUR_FORCES.search(clause_text) or not (forces or leads):
                # "our forces", or "we" as the subject of a deployment verb ("we will station a battalion there")
                ours = _OUR_FORCES.search(clause_text) or (view.pronoun_subject(clause, clause[1]) == "we" and verb)
                # (a source that only observes, "according to Lithuanian intelligence assessments", owns nothing)
                observed = any(_OBSERVERS.search(a.who) for a in view.attributions) and not ours
                speaker = self.discourse.speaker_party(view, context) if (view.attributions or ours) and not observed else None
                forces = sorted_ids((*forces, speaker)) if speaker else forces
            if not (forces or leads) and _ITS_FORCE.search(clause_text):
                # "Russia has withdrawn its troops, but its Iskander brigade remains": the sentence's own subject
                first = view.clauses[0]
                subject = view.subjects(first, first[1]) if first != clause else ()
                if not subject and self.subject[0] == paragraph.number:
                    subject = self.subject[1]
                forces = sorted_ids(subject) if len(subject) == 1 else forces
            if not (forces or leads) and self.discourse.home and _INSTITUTION.match(view.text, clause[0]):
                forces = (self.discourse.home,)  # "The Armed Forces will also move a company to the island"
            whose = _WHOSE.search(view.text, max(0, clause[0] - 2), clause[1])
            if whose and not (forces or leads):
                # "the U.S. Army's 2nd Cavalry Regiment, whose squadron has been at Bemowo Piskie since February": the party
                # named just before "whose" (its own words, not a list's: "Denmark, Finland and Sweden, whose ...")
                antecedent = [m for m in view.mentions if m.stop <= whose.start() and not m.place]
                if antecedent and len(view.text[antecedent[-1].stop : whose.start()].split()) <= _WHOSE_WORDS:
                    # (the whole list: "Denmark, Norway and Sweden, whose troops ...")
                    listed = [antecedent.pop()]
                    while antecedent and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", view.text[antecedent[-1].stop : listed[-1].start]):
                        listed.append(antecedent.pop())
                    forces = sorted_ids(i for m in listed for i in m.ids)
            if hosts and not (forces or leads):
                forces = self._owner_in_context(view, clause, clause_cues[0].start if clause_cues else clause[1], hosts, paragraph)
            elif hosts and leads and not forces and sizes and _JOINS_LED.search(clause_text):
                # "The Netherlands will add 150 soldiers to the German-led battlegroup": the lead of the formation joined,
                # and the subject's forces joining it
                cue = clause_cues[0].start if clause_cues else clause[1]
                forces = tuple(p for p in view.subjects(clause, cue) if p not in hosts and p not in leads)
            publisher = self.discourse.publisher
            if (
                hosts
                and not (forces or leads)
                and publisher is not None
                and publisher not in ADVERSARIES
                and not set(hosts) & ADVERSARIES
                and not self.discourse.names_unread(clause_text)
                and FORCE_NOUNS.search(clause_text)
                and not _of_unknown_nationality(view, clause)
                and not self._someone_elses(clause_text)
                and {i for v in (view, *context) for m in v.mentions for i in m.ids} <= {*hosts, publisher}
                # (not forces the text calls many nations', the host's own or a unit it names: "a multinational
                # battlegroup", "Estonian conscripts", "the host nation's frigates")
                and not _FOREIGN_FORCE.search(clause_text)
                and not _HOSTS_OWN.search(clause_text)
                and not any(set(m.ids) <= set(hosts) and _DEMONYM.fullmatch(m.text) and view.governing(m) is None for m in view.mentions)
            ):
                forces = (publisher,)
            if (
                hosts
                and not (forces or leads)
                and FORCE_NOUNS.search(clause_text)
                and not _FOREIGN_FORCE.search(clause_text)
                and not _of_unknown_nationality(view, clause)
                and not self._someone_elses(clause_text)
                and not self.discourse.names_unread(clause_text)  # ("Forsvaret will station a company at Rukla": whose?)
                and self._alone_in(hosts, view, context)
            ):
                # "the two army companies sent to reinforce the border guard in Latgale", with no other state in the paragraph:
                # the forces of the state they are in
                forces = hosts
            home = OWN_SOIL.search(clause_text)
            if not hosts and home and not negated(clause_text, home.start()):
                hosts = tuple(p for p in forces if is_state(self.dataset, p))  # a state's forces at its own border stay at home
                # (unless "its" is another state's, named between: "sent engineers to help Poland reinforce its border fence")
                helped = [
                    m
                    for m in view.mentions
                    if clause[0] <= m.start < clause[0] + home.start()
                    and not m.place
                    and len(m.ids) == 1
                    and m.ids[0] not in forces
                    and m.ids[0] not in ADVERSARIES
                    and is_state(self.dataset, m.ids[0])
                    # (the state helped, not one named beside the owner: "Lithuania, together with Poland, will send ...")
                    and _HELPED.search(view.text, 0, m.start)
                ]
                if forces and helped and re.match(r"(?:its|their)\b", home.group(0), re.IGNORECASE):
                    hosts = helped[-1].ids
            border = _BORDER_WITH.search(view.text, clause[0], clause[1])
            if not hosts and border and not negated(clause_text, border.start() - clause[0]):
                # "moved two air defence units closer to the border with the Kaliningrad region": a state's forces at its
                # border with a neighbour (the gazetteer's land_borders) are on its own soil
                # ("the borders with Estonia and Finland", "the border with the Kaliningrad region")
                beyond = {i for m in joined(view, border.end(), forward=True, places=True) for i in m.ids}
                # (not when another state is named whose border it may be: "sent soldiers to help Lithuania guard the border
                # with Belarus", "to Latvia's border with Belarus")
                others = {i for m in view.mentions if clause[0] <= m.start < clause[1] and not m.place for i in m.ids}
                if not others - set(forces) - beyond:
                    hosts = tuple(p for p in forces if is_state(self.dataset, p) and gazetteer().neighbours(p) & beyond)
            if not hosts and (_THERE.search(clause_text) or _IN_IT.search(clause_text)):
                hosts = self._last_hosts(paragraph)  # "stationed there", "served in it": the place named before
            answering = self.asked_about[0] == paragraph.number - 1 and self.subject[0] == paragraph.number - 1
            if hosts and not (forces or leads) and (self.subject[0] == paragraph.number or answering):
                # "The Luftwaffe took over air policing. Six Eurofighters were relocated to Ämari.": the forces of the
                # paragraph's previous subject.
                forces = self.subject[1]
            if not hosts and (forces or leads) and _DEFINITE_FORCE.search(clause_text):
                # "The Polish contingent will stay until December": the force drafted just before, where it was.
                hosts = self._hosts_of(sorted_ids((*forces, *leads)), paragraph, clause_text)
            joined_formation = _JOINS_FORMATION.search(clause_text)
            if not hosts and (forces or leads) and joined_formation:
                # "France will keep its company in the battlegroup": where the battlegroup the text placed is
                hosts = self._formation_hosts(joined_formation.group("noun"))
            if not hosts and (forces or leads) and _THE_COUNTRY.search(clause_text):
                # "Poland's defence ministry says 10,000 American soldiers are stationed in the country": the one state the
                # sentence names besides the owners
                country = _THE_COUNTRY.search(view.text, clause[0], clause[1])
                before = country.start() if country else clause[1]
                named = {i for m in view.mentions if len(m.ids) == 1 and m.stop <= before for i in m.ids if is_state(self.dataset, i)}
                others = named - set(forces) - set(leads)
                hosts = tuple(others) if len(others) == 1 else hosts
            if not hosts and _PLACE_ANAPHOR.search(clause_text) and paragraph.number - self.place[0] <= _ANTECEDENT_PARAGRAPHS:
                hosts = self.place[1]  # "stationed at the base", "moved to the island": the base or island just named
            if not hosts and (forces or leads) and _BARE_ARRIVAL.search(clause_text) and self.place[0] == paragraph.number:
                hosts = self.place[1]  # "Lielvārde Air Base is crowded again. A U.S. task force arrived this month": there
            if not hosts and (forces or leads) and self.asked_about[1] and paragraph.number - self.asked_about[0] == 1:
                hosts = self.asked_about[1]  # "American tanks came to Pabradė. What arrived?" - "An armoured battalion ..."
            if not hosts and (forces or leads) and _CONTRIBUTES.search(clause_text):
                hosts = self._last_hosts(paragraph, back=_ANTECEDENT_PARAGRAPHS)  # "Norway will contribute a company": to that force
            if (
                not (forces or leads)
                and hosts == (self.discourse.home,)
                and not _FOREIGN_FORCE.search(clause_text)
                and not self._someone_elses(clause_text)
                and not self.discourse.names_unread(clause_text)
            ):
                # "A coastal battery has been stationed on the island since 2024" in a text about Estonia, on Estonian
                # soil: forces no one else is named for are the home state's own (not "the brigade" when a brigade of
                # another state was drafted before: that is the one meant, too far back to be sure of)
                forces = hosts
            if (
                not (forces or leads)
                and len(hosts) == 1
                and hosts[0] in ADVERSARIES
                and not _FOREIGN_FORCE.search(clause_text)
                and not (ADVERSARIES - set(hosts)) & {i for v in (view, *context) for m in v.mentions for i in m.ids}
                and not self._from_elsewhere(view, clause, hosts[0])
            ):
                # "a new motor rifle division in the Pskov region", "Kaliningrad hosts Iskander brigades": an adversary's
                # territory hosts no allied forces, so forces no one is named for there are its own (unless another
                # adversary is named beside it: Russian troops in Belarus)
                forces = hosts
            if len(hosts) > 1 and set(hosts) - set(forces):
                # "The British Army contingent in Orzysz will remain, as Warsaw had requested from London": the owner's capital
                # after "from" is its government, not a second host
                hosts = tuple(
                    h for h in hosts if not (h in forces and (capital := _FROM_CAPITAL.get(h)) is not None and capital.search(clause_text))
                )
            standby = False
            waiting = _STANDBY.search(clause_text)
            # "A further brigade is held at high readiness in Britain": where forces of no named owner wait is their home
            home_ids: tuple[str, ...] = (
                next(
                    (
                        m.ids
                        for m in view.mentions
                        if re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", view.text[clause[0] + waiting.end() : m.start])
                        and not m.place
                        and len(m.ids) == 1
                        and is_state(self.dataset, m.ids[0])
                    ),
                    (),
                )
                if waiting and not (forces or leads)
                else ()
            )
            bound = _BOUND_FOR.search(clause_text) if waiting and (forces or leads or home_ids) else None
            if waiting and bound:
                # "a brigade held at high readiness in the UK, ready to move to Estonia": planned where it would go, and not
                # at home, where it waits
                owning = {*forces, *leads, *home_ids}
                # (forces already in another state are in place there: "The Netherlands keeps 200 soldiers in Lithuania on
                # high readiness to move to Latvia"; and an adversary's forces ready to strike are a threat, not a plan)
                abroad = set(hosts) - owning - {i for m in view.mentions if clause[0] + bound.end() <= m.start for i in m.ids}
                targets = (
                    ()
                    if abroad or owning & ADVERSARIES
                    else sorted_ids(
                        i
                        for m in view.mentions
                        if clause[0] + bound.end() <= m.start < clause[1]
                        for i in m.ids
                        if i not in owning and is_state(self.dataset, i)
                    )
                )
                if targets:
                    hosts, standby = targets, True
                    forces = forces or home_ids
            if _SHARED_BORDER.search(clause_text) and set(forces) & set(hosts):
                hosts = tuple(h for h in hosts if h in forces)  # "to the Polish-Belarusian border": Poland's side of it
            # A capability planned with no owner or place named ("the establishment of rapid-response units capable of
            # deploying within hours") is still a deployment, with no contributors (the curation rule); anything less
            # than a deployment verb and a force noun together is not.
            capability = bool(_CAPABILITY.search(clause_text)) and bool(FORCE_NOUNS.search(clause_text))
            if not (forces or leads or hosts or capability):
                continue
            if hosts and set(hosts) <= set(forces) and _FOR_EXERCISE.search(clause_text):
                continue  # "Norway will send four F-35As from Evenes for the exercise": the exercise's, from home
            # (an adversary's forces back at home near the Baltic states are a deployment: "returning units to Pskov")
            if hosts and set(hosts) <= set(forces) and _GOING_HOME.search(clause_text) and not set(forces) & ADVERSARIES:
                continue  # "the detachment returned to Skrydstrup": a force going home ends a deployment, it starts none
            if not (forces or leads or sizes or FORCE_NOUNS.search(clause_text)):
                continue  # "the correspondent, based in Warsaw": a place and a verb, but no forces
            if not (hosts or sizes or any(_placing(view.text, c) for c in clause_cues)) and view.attributions and _QUOTE.search(view.text):
                continue  # a quotation naming forces with no verb, place or number ("a force that will train with our brigades")
            area = next((m.text for m in view.mentions if clause[0] <= m.start < clause[1] and m.kind == "waters"), None)
            if not hosts and tuple(forces) == (self.discourse.home,) and not leads and not area and not _AT_SEA.search(clause_text):
                # "The Navy keeps a patrol boat at Roomassaare during the season" in a text about Estonia: the home state's
                # own forces with no other place named stay at home
                hosts = tuple(forces)
            anchor = clause_cues[0].start if clause_cues else clause[0]
            # (forces back home before the anchor are others: "a unit, which replaced a company that came home, serves in X")
            window = BACK_HOME.sub(_blank, view.text[max(clause[0], anchor - 40) : anchor]) + view.text[anchor : anchor + 30]
            if BACK_HOME.search(view.text, anchor, clause[1]):
                window = view.text[anchor : clause[1]]  # "a unit that served in Lithuania from 2023 came home in September": over
            # the time of the clause, not of its attribution ("... to Latvia this summer, the minister said on Friday")
            dates = find_dates(view.blanked(*clause), year=self.date.year if self.date else None, today=self.today)
            start, end = _period(view.text, dates, anchor)
            found = DeploymentDraft(
                forces=sorted_ids(forces),
                leads=sorted_ids(leads),
                hosts=sorted_ids(hosts),
                cites=[cite],
                cue=clause_cues[0].text if clause_cues else (str(sizes[0]) if sizes else "force and host named"),
                text=clause_text,
                status_text=window,
                size=sizes[0] if sizes else None,
                start=start,
                end=end,
                area=area,
                # (forces offered or pledged are still to come, unless the text says they are there: "has offered a Patriot
                # battery for Lithuania", not "the battery it offered now serves at Šiauliai")
                to_come=standby
                or (any(_OFFERED.match(c.text) for c in clause_cues) and deployment_status(window) is not DeploymentStatus.ACTIVE),
            )
            ends = [clause[0] + q.stop for q in quantities] + [c.stop for c in clause_cues]
            owners.append((found.owners, max(ends) if ends else clause[0]))
            add_deployment(self.deployments, found)
        return owners

    def _from_elsewhere(self, view: SentenceView, clause: tuple[int, int], state: str) -> bool:
        """Whether forces in a state came from outside it, or bear a nationality the dataset does not know.

        "North Korean soldiers were sent to Russia", "Chinese troops arrived in Belarus": not the state's own forces.
        "An airborne brigade from Vitebsk was moved to the Grodno region" stays within it.
        """
        if _of_unknown_nationality(view, clause):
            return True
        if not _SENT_IN.search(view.text, clause[0], clause[1]):
            return False
        origins = [m for m in view.mentions if clause[0] <= m.start < clause[1] and view.governing(m) == "from"]
        return not any(state in m.ids for m in origins)

    def _someone_elses(self, clause_text: str) -> bool:
        """Whether a definite force ("the brigade") may be one drafted earlier for a state other than the home state."""
        for noun in _DEFINITE_FORCE.finditer(clause_text):
            stem = noun.group("noun").lower().rstrip("s")
            if any(
                earlier.owners
                and self.discourse.home not in earlier.owners
                and re.search(rf"\b{re.escape(stem)}", earlier.text, re.IGNORECASE)
                for earlier in self.deployments
            ):
                return True
        return False

    @staticmethod
    def _adversary_in(view: SentenceView, clause: tuple[int, int]) -> bool:
        """Whether the clause names an adversary (the gazetteer's ``adversaries``)."""
        return any(i in ADVERSARIES for m in view.mentions if clause[0] <= m.start < clause[1] for i in m.ids)

    def _alone_in(self, hosts: tuple[str, ...], view: SentenceView, context: list[SentenceView]) -> bool:
        """Whether one state hosts and no other state or alliance is named in its paragraph (nor a speaker's state)."""
        if len(hosts) != 1 or not is_state(self.dataset, hosts[0]):
            return False
        if _ARRIVING.search(view.text):
            return False  # "1,000 soldiers arrived at Rukla to start a rotation": forces come from elsewhere, owner unknown
        named = {i for v in (view, *context) for m in v.mentions for i in m.ids}
        speaker = self.discourse.speaker_party(view, context)  # an interview's guest speaks for their own state's forces
        return named <= {hosts[0]} and speaker in (None, hosts[0])

    def _owner_in_context(
        self, view: SentenceView, clause: tuple[int, int], cue: int, hosts: tuple[str, ...], paragraph: Paragraph
    ) -> tuple[str, ...]:
        """Who owns forces no party qualifies: the clause's subject, else the owner of the force "the brigade" refers back to.

        "Allies agreed ... to place four battlegroups in ..." (the subject); "the brigade's headquarters will be set up
        in Rukla" after "the German brigade" was drafted in the paragraph before (the antecedent).
        """
        subjects = tuple(p for p in view.subjects(clause, cue) if p not in hosts)
        if subjects:
            return subjects
        for noun in _DEFINITE_FORCE.finditer(view.text):
            stem = noun.group("noun").lower().rstrip("s")
            for earlier in reversed(self.deployments):
                recent = paragraph.number - earlier.cites[-1].paragraph.number <= _ANTECEDENT_PARAGRAPHS
                if recent and earlier.owners and re.search(rf"\b{re.escape(stem)}", earlier.text, re.IGNORECASE):
                    return sorted_ids(earlier.owners)
            # The headline is always in scope: "Advance party of German brigade arrives" names whose "the brigade" is.
            title = self.document.metadata.title
            if title is not None:
                headline = self.discourse.view(title.value)
                owners = [
                    i
                    for m in headline.mentions
                    if not m.place
                    and re.match(
                        rf"['’]?s?\s+(?:{WORD}\s+){{0,2}}?{re.escape(stem)}",
                        title.value[m.stop :],
                        re.IGNORECASE,
                    )
                    for i in m.ids
                ]
                if owners:
                    return sorted_ids(owners)
        return ()

    def _table_row(self, paragraph: Paragraph, cells: list[str], table: tuple[int, str] | None) -> tuple[int, str] | None:
        """Read a table written as lines ("Country | Commitment | Period | Status", then "Estonia | 0.25% of GDP | ...").

        A header whose columns name commitments (commitment, pledge, aid, support, target, contribution) makes each row
        an undertaking by the party its first cell names, with the amount and status its cells give. Any other table is
        left to the curator: its rows state nothing the drafter can tell apart.
        """
        if table is None or len(cells) != table[0]:
            kind = "commitment" if any(_UNDERTAKING_COLUMN.search(c) for c in cells[1:]) and not find_quantities(paragraph.text) else ""
            return (len(cells), kind)
        if table[1] == "commitment":
            parties = sorted_ids(i for m in self.discourse.finder.find(cells[0]) if not m.place for i in m.ids)
            row = " ".join(cells[1:])
            amounts = [q.quantity for q in find_quantities(row) if q.quantity.unit in AMOUNT_UNITS]
            status = next((st for pattern, st in _TABLE_STATUS if pattern.search(row)), None)
            if parties:
                cue = Cue(cells[1], 0, len(cells[1]), CommitmentKind.TARGET if amounts else CommitmentKind.PLEDGE, status)
                cite = Cited(paragraph, CREDIBILITY["none"], None)
                found = CommitmentDraft(
                    parties=parties, cite=cite, cue=cue, kinds=[cue.kind], status=status, text=row, amount=amounts[0] if amounts else None
                )
                add_commitment(self.commitments, found)
        return table

    def _remember_subject(self, paragraph: Paragraph, view: SentenceView) -> None:
        """Keep the party a sentence opens with as its subject (a state or a service, not a place or a prepositional object).

        And the last base, town or island it names, which "the base" or "the island" refers back to.
        """
        # (not a place only seen or left from: "lies across the sea from Gotland", "sailed from Rostock")
        places = [p for p in view.places((0, len(view.text))) if view.governing(p) != "from"]
        if places:
            self.place = (paragraph.number, places[-1].ids)
        head = len(" ".join(view.text.split()[:_SUBJECT_WORDS]))
        free = [m for m in view.mentions if m.start < head and not m.place and not view.prepositional(m) and not view.attributed(m)]
        if free and len(free[0].ids) == 1 and is_state(self.dataset, free[0].ids[0]):
            self.subject = (paragraph.number, free[0].ids)
        elif free:
            self.subject = (paragraph.number, ())

    def _hosts_of(self, owners: tuple[str, ...], paragraph: Paragraph, text: str) -> tuple[str, ...]:
        """The hosts of the latest deployment of these owners, of the kind of force named ("the contingent", "the frigate").

        Drafted up to two paragraphs before: "The Polish contingent will stay" after "A Polish detachment is arriving at
        Šiauliai"; but "The frigate ... is deployed" is not the Danish jets of the paragraph before.
        """
        kinds = {_force_kind(m.group("noun")) for m in _DEFINITE_FORCE.finditer(text)}
        for earlier in reversed(self.deployments):
            recent = paragraph.number - earlier.cites[-1].paragraph.number <= _ANTECEDENT_PARAGRAPHS
            same_kind = "any" in kinds or kinds & {_force_kind(m.group(0)) for m in FORCE_NOUNS.finditer(earlier.text)}
            if recent and earlier.hosts and frozenset(owners) <= earlier.owners and same_kind:
                return earlier.hosts
        return ()

    def _latest_deployment(self, paragraph: Paragraph) -> DeploymentDraft | None:
        """The deployment drafted last, if it cites this paragraph or the one before."""
        if self.deployments and paragraph.number - self.deployments[-1].cites[-1].paragraph.number <= 1:
            return self.deployments[-1]
        return None

    def _formation_hosts(self, noun: str) -> tuple[str, ...]:
        """The hosts of the deployments drafted of a formation of this kind ("the battlegroup", "the brigade"), if one place.

        Two such formations in places that share no state, or an adversary's, give none: which one is meant is not said.
        """
        named = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        drafted = [e for e in self.deployments if e.hosts and named.search(e.text)]
        if not drafted or any(e.owners & ADVERSARIES for e in drafted):
            return ()
        shared = set.intersection(*(set(e.hosts) for e in drafted))
        return tuple(h for h in drafted[-1].hosts if h in shared)

    def _last_hosts(self, paragraph: Paragraph, *, back: int = 1) -> tuple[str, ...]:
        """The hosts of the latest deployment drafted in this paragraph or the ``back`` before ("there" refers to them)."""
        for earlier in reversed(self.deployments):
            if earlier.hosts and paragraph.number - earlier.cites[-1].paragraph.number <= back:
                return earlier.hosts
        return ()

    # ------------------------------------------------------------ exercises

    def _exercises(self, paragraph: Paragraph, view: SentenceView, cite: Cited) -> bool:
        found = find_exercise_names(view.text)
        before = self.document.paragraph(paragraph.number - 1).text if paragraph.number > 1 else ""
        # ... in a paragraph about an exercise, or answering a question about one ("Are exercises planned?")
        about = EXERCISE_WORDS.search(paragraph.text) or (EXERCISE_WORDS.search(before) and _QUESTION.search(before))
        # a name in capitals with its edition where forces train or test ("tested the route in RAIL BRIDGE 26")
        if not found and (about or _TRAINING.search(view.text)):
            # "In June we host Amber Lance 2020. It will be the biggest exercise ...": a name with its edition, in a
            # paragraph that speaks of an exercise
            found = find_exercise_names(view.text, headline=True)
        names = [n for n in found if not _party_named(n.name, self.discourse.finder.find(n.name))]
        names += self._known_names(view, names)
        if not names:
            return self._unnamed_exercise(paragraph, view, cite)
        for name in names:
            # "Amber Tide" in the body is the "Amber Tide 2019" of the headline, and the other way round
            called = {fold(name.name), fold(name.series)} if name.edition else {fold(name.name)}
            draft = next((e for e in self.exercises if fold(e.name) == fold(name.name)), None) or next(
                (
                    e
                    for e in self.exercises
                    if {fold(e.name), fold(e.series or e.name)} & called and not (name.edition and e.edition and e.edition != name.edition)
                ),
                None,
            )
            unnamed = self.exercises[-1] if self.exercises and self.exercises[-1].name.startswith(_UNNAMED_PREFIX) else None
            if draft is None and unnamed is not None and paragraph.number - unnamed.last <= 2 and _NAMING.search(view.text, 0, name.start):
                # "Russia and Belarus began joint exercises ... The drills, named Union Bastion 2019, run until ...": the name
                # of the exercise just drafted without one
                draft, unnamed.name, unnamed.series = unnamed, name.name, name.series if name.edition else None
            if draft is None:
                draft = ExerciseDraft(name=name.name, series=name.series if name.edition else None, cites=[cite])
                self.exercises.append(draft)
            elif all(c.paragraph.number != paragraph.number for c in draft.cites):
                draft.cites.append(cite)
            draft.last = paragraph.number
            draft.text += " " + view.text
            self._exercise_details(draft, view, view.text[name.stop :], year=name.edition)
            self._exercise_parties(draft, view)
            # "The two countries will also hold exercise Northern Shield": the group the subject stands for takes part
            group = self.discourse.group_subject(view.unattributed(0, name.start))
            draft.participants.extend(i for i in group if i not in draft.participants and i != draft.lead)
        return True

    def _unnamed_exercise(self, paragraph: Paragraph, view: SentenceView, cite: Cited) -> bool:
        """An exercise held without a name, on a given day or season ("Russia's Baltic Fleet began exercises on Tuesday").

        The draft is named for a curator to reword: "Unnamed exercise by Russia".
        """
        held = _HELD_EXERCISE.search(view.text) or _OWNED_EXERCISE.search(view.text)
        if held is None:
            return False
        owned = held if held.re is _OWNED_EXERCISE else None
        # on a given day or season, or of a size stated after it in its clause ("involving some 3,000 troops and about 50
        # aircraft"; not forces the sentence places elsewhere: "and keeps some 10,000 troops in the Leningrad region")
        sized = view.text[held.start() : view.clause_of(held.start())[1]]
        when = (
            find_dates(view.blanked(), year=self.date.year if self.date else None, today=self.today)
            or _WHEN.search(view.blanked())
            or any(q.quantity.unit in FORCE_UNITS and _SIZE_OF.search(sized, 0, q.start) for q in find_quantities(sized))
        )
        if not when or negated(view.text, held.start()):
            return False
        owners = [
            m
            for m in view.mentions
            if not m.place
            and not view.attributed(m)
            and (owned.start("owner") <= m.start < owned.end("owner") if owned else m.start < held.start())
        ]
        if not owners:
            return False
        names = [getattr(self.dataset.get(i), "name", i) for m in owners for i in m.ids]
        draft = ExerciseDraft(name=_UNNAMED_PREFIX + " and ".join(dict.fromkeys(names)), series=None, cites=[cite])
        self.exercises.append(draft)
        draft.last = paragraph.number
        draft.text += " " + view.text
        self._exercise_details(draft, view, view.text[held.start() :], year=None)  # from the verb, whose tense reads "on Tuesday"
        self._exercise_parties(draft, view)
        if owned:
            # whose the exercise is takes part, and not who watches it ("NATO aircraft followed a Russian drill"), but who
            # takes part in another's does ("Estonian soldiers will take part in a British exercise")
            watch = _WATCHING.search(view.text, 0, owned.start())
            watchers = {i for m in view.mentions if watch and m.stop <= watch.start() for i in m.ids}
            draft.participants = list(dict.fromkeys(i for m in owners for i in m.ids)) + [
                p for p in draft.participants if p not in watchers and not any(p in m.ids for m in owners)
            ]
        return True

    def _known_names(self, view: SentenceView, names: list[ExerciseName]) -> list[ExerciseName]:
        """An exercise already drafted, named again without the word "exercise" ("BALTOPS 26 will take place June 7-20")."""
        known: list[ExerciseName] = []
        folded = fold(view.text)
        for draft in self.exercises:
            at = folded.find(fold(draft.name))
            if at >= 0 and draft.edition is not None:
                found = ExerciseName(
                    name=draft.name, series=draft.series or draft.name, edition=draft.edition, start=at, stop=at + len(draft.name)
                )
            # ... or a new edition of a series already named ("Amber Lattice 27 will be hosted by ..." after "exercise Amber
            # Lattice 26"), which is another exercise
            elif (
                draft.series
                and (edition := re.search(re.escape(fold(draft.series)) + _NEW_EDITION, folded))
                # (held, hosted, run or planned: not "the successor of Arrow 2024", "Arrow 2024 was cancelled")
                and _EDITION_HELD.match(folded, edition.end())
            ):
                digits = edition.group(1)
                if len(digits) == 2 and not short_edition(digits):  # two digits, as "Amber Lattice 27" writes it
                    continue
                series = view.text[edition.start() : edition.start() + len(draft.series)]
                found = ExerciseName(
                    name=view.text[edition.start() : edition.end()],
                    series=series,
                    edition=edition_year(digits),
                    start=edition.start(),
                    stop=edition.end(),
                )
            else:
                continue
            if not any(n.start <= found.start < n.stop for n in (*names, *known)):
                known.append(found)
        return known

    def _exercise_parties(self, draft: ExerciseDraft, view: SentenceView, *, assets_only: bool = False) -> None:
        counted = [(q.start, q.stop) for q in find_quantities(view.text)]
        for mention in view.mentions:
            if view.attributed(mention) or mention.place:
                continue
            # "Nineteen Allies" is a count, and "against Russia" the scenario's adversary: neither takes part.
            if any(a <= mention.start and mention.stop == b for a, b in counted) or view.governing(mention) in _NOT_TAKING_PART:
                continue
            following = view.text[mention.stop : mention.stop + 60]
            if not mention.possessive and re.match(r"\s+(?:border|frontier)s?\b(?!\s+(?:guards?|police|service|troops))", following):
                continue  # "in the Pskov region, close to the Estonian border": a place of the exercise, not a party to it
            if len(mention.ids) > 1:
                # a collective name takes part with all its members ("units in all three Baltic states")
                if bool(_ASSETS.match(following)) or not assets_only:
                    draft.participants.extend(i for i in mention.ids if i != draft.lead and i not in draft.participants)
                continue
            party = mention.ids[0]
            preceding = view.text[max(0, mention.start - 20) : mention.start]
            if draft.lead is None and (
                (mention.possessive and re.match(r"['’]s\s+(?:\w+\s+){0,2}(?:exercise|drill|manoeuvre|maneuver)", following, re.IGNORECASE))
                or re.search(r"\b(?:led|hosted|organi[sz]ed) by\s+(?:the\s+)?$", preceding)
            ):
                draft.lead = party
                continue
            linked = bool(_ASSETS.match(following))
            if party != draft.lead and party not in draft.participants and (linked or not assets_only):
                draft.participants.append(party)

    def _headline_exercises(self) -> None:
        """An exercise named only in the headline ("Steel Tide 2023 begins"), when the body speaks of an exercise."""
        title = self.document.metadata.title
        if title is None or not any(EXERCISE_ANAPHOR.search(p.text) for p in self.document.body):
            return
        for name in find_exercise_names(title.value, headline=True):
            if not self.discourse.finder.find(name.name):
                self.exercises.append(ExerciseDraft(name=name.name, series=name.series if name.edition else None, cites=[], headline=True))
        if self.exercises:
            return
        # The title found may be the site's name ("Royal Navy"); the headline is then a short unpunctuated line before the
        # first sentence of the body.
        headlines = self._headlines()
        for paragraph in self.document.body:
            if paragraph.number not in headlines:
                break
            for name in find_exercise_names(paragraph.text, headline=True):
                if not self.discourse.finder.find(name.name):
                    series = name.series if name.edition else None
                    self.exercises.append(
                        ExerciseDraft(name=name.name, series=series, cites=[], headline=True, headline_paragraph=paragraph.number)
                    )

    def _exercise_carried_on(self, paragraph: Paragraph, view: SentenceView, cite: Cited) -> bool:
        """Attach a sentence that carries the current exercise on: its scale, participants, start and end.

        "The drill", "the exercise" refer to the latest exercise named anywhere before (or in the
        headline); words of taking part ("participating nations", "will take part", "will practise")
        and of duration ("runs until", "ends on") attach within two paragraphs of it.
        """
        if not self.exercises:
            return False
        draft = self.exercises[-1]
        # "once the exercise is over", "during the exercise": a time, not what the sentence is about
        anaphor = next((a for a in EXERCISE_ANAPHOR.finditer(view.text) if not _TEMPORAL.search(view.text, 0, a.start())), None)
        if (
            anaphor is not None
            and _ANSWERING.search(view.text, 0, anaphor.start())
            # (an exercise an adversary holds, or one the words name as an adversary's: "for the duration of the Russian exercise")
            and (
                set(draft.participants) & ADVERSARIES
                or any(set(m.ids) & ADVERSARIES for m in view.mentions if anaphor.start() <= m.start < anaphor.end())
            )
            and any(not m.place and not set(m.ids) & ADVERSARIES for m in view.mentions)
        ):
            anaphor = None  # another side's forces over an adversary's exercise are deployed, they do not take part
        near = paragraph.number - draft.last <= 2 or not draft.cites
        # The rest of the paragraph that named the exercise goes on describing it ("Exercise X starts next month. A US
        # battalion will travel from Germany to Lithuania ..."): its forces are the exercise's, unless it deploys some.
        same = any(c.paragraph.number == paragraph.number for c in draft.cites) and draft.last == paragraph.number
        forces = bool(FORCE_NOUNS.search(view.text)) and not DEPLOY_VERBS.search(view.text)
        carried = near and bool(EXERCISE_PARTICIPATION.search(view.text) or EXERCISE_DURATION.search(view.text))
        if not (anaphor or (same and forces) or carried):
            return False
        if all(c.paragraph.number != paragraph.number for c in draft.cites):
            draft.cites.append(cite)
        draft.last = paragraph.number
        draft.text += " " + view.text
        self._exercise_details(draft, view, view.text, year=draft.edition)
        participation = bool(EXERCISE_PARTICIPATION.search(view.text)) or not draft.participants or (same and forces)
        self._exercise_parties(draft, view, assets_only=not participation)
        return True

    def _exercise_details(self, draft: ExerciseDraft, view: SentenceView, text: str, *, year: int | None) -> None:
        """Scale, start and end from one sentence: "about 9,000 personnel", "starts on 7 June", "runs until 23 June"."""
        # "The two countries will hold ..." names a group, it counts nothing
        quantities = [
            q.quantity
            for q in find_quantities(view.text)
            if q.quantity.unit in SCALE_UNITS and not re.search(r"\b(?:the|both|these|our|their)\s+$", view.text[: q.start], re.IGNORECASE)
        ]
        draft.scale.extend(q for q in quantities if q not in draft.scale)
        said = [(a.start, a.stop) for a in view.attributions]
        offset = len(view.text) - len(text)  # the text is the sentence's tail
        dates = [
            d
            for d in find_dates(text, year=year or (self.date.year if self.date else None), today=self.today)
            if not any(a <= offset + d.start < b for a, b in said)
        ]
        for found in dates:
            before = text[: found.start]
            if _SERIES_HISTORY.search(before[-40:]):
                continue  # "held every year since 2012", "first held in 1993": when the series began, not this edition
            if draft.edition is not None and not draft.edition - 1 <= found.date.year <= draft.edition + 1:
                continue  # "IRON OAK 26" runs in 2026 (or across its new year): a date years away is something else's
            if (EXERCISE_END.search(before[-40:]) or _UNTIL.search(before[-40:])) and draft.end is None:
                draft.end = found.end or found.date  # ("runs until 23 May", "from December 2025 to January 2026")
            elif draft.start is None:
                draft.start, draft.end = found.date, draft.end or found.end


def _points_follow(following: Paragraph | None) -> bool:
    """Whether running text follows a line that announces points: not "as detailed below" at a page's end or above furniture."""
    return following is not None and following.body


def _states_deed(text: str) -> bool:
    """Whether a clause says what a state buys, builds or pays for ("will also buy tanks", "will spend 3% of GDP")."""
    return bool(_PROCUREMENT.search(text) or _STATE_DEED.search(text))


def _of_unknown_nationality(view: SentenceView, clause: tuple[int, int]) -> bool:
    """Whether the clause's forces bear a nationality or initials the dataset does not know ("UN peacekeepers")."""
    known = [(m.start, m.stop) for m in view.mentions]
    return any(
        not any(start <= word.start() < stop for start, stop in known)
        for word in _UNKNOWN_NATIONALITY.finditer(view.text, clause[0], clause[1])
    )


def _forces_are_subject(view: SentenceView) -> bool:
    """Whether the forces a sentence deploys are its subject: a force noun before the verb, every party before it qualifying it.

    "A Danish battalion of 700 soldiers will deploy", "The Navy will form a squadron" (yes); "Germany, which has troops
    there, will deploy", "To protect its soldiers, Germany will send" (no: a state is the subject). A state's own deeds
    after it ("It will also buy tanks") stay its undertakings (see ``_parties``).
    """
    verb = DEPLOY_VERBS.search(view.text)
    if verb is None:
        return False
    head = view.text[: verb.start()]
    force = FORCE_NOUNS.search(head)
    if force is None:
        return False
    return all(_QUALIFIES.match(head, m.stop) for m in view.mentions if m.stop <= verb.start())


def _force_kind(noun: str) -> str:
    """Air, sea or land: what kind of force a noun names ("detachment" and "contingent" name any, so "any")."""
    word = noun.lower()
    if re.search(r"jet|aircraft|fighter|plane|f-\d|gripen|eurofighter|typhoon|rafale|helicopter|squadron|air", word):
        return "air"
    if re.search(
        r"ship|vessel|frigate|corvette|destroyer|minehunter|minesweeper|minelayer|submarine|boat|navy|navies|flotilla|task group", word
    ):
        return "sea"
    if re.search(r"detachment|contingent|force|unit|mission|presence|deployment|team|personnel", word):
        return "any"
    return "land"


# What an exercise does with forces: moves them, spends time with others, sets them up ("will spend two weeks with the
# Estonian Division", "will establish a new task group at Gdynia"); forces left somewhere after it stay there.
_RAISING_WORDS = r"set|establish|form|rais|stand|stood|creat|expand|build|doubl|reinforc"
_MOVING = re.compile(
    r"(?:mov|bring|brought|put|return|relocat|head|arriv|go|went|continu|rotat|land|host|fl(?:y|ies|ew|own)|sail|spen|"
    rf"{_RAISING_WORDS})\w*",
    re.IGNORECASE,
)
# Verbs that raise or grow forces: with a purchase, what is bought is equipping them ("buy 12 HIMARS launchers to form a new
# artillery battalion in Võru" is the purchase, not forces placed).
_RAISING = re.compile(rf"(?:{_RAISING_WORDS})\w*", re.IGNORECASE)


def _placing(text: str, cue: Cue) -> bool:
    """Whether a cue is a verb that places forces, read where it stands ("keeps Iskander systems ... on" the territory).

    Its pattern may look past its end ("kept ... in" before "the", a name or "its"), so it is matched in the text, not
    in the cue's words alone (which no such verb ever matched).
    """
    verb = DEPLOY_VERBS.match(text, cue.start)
    return verb is not None and verb.end() == cue.stop


def _placed_otherwise(text: str, cues: list[Cue], besides: re.Pattern[str]) -> bool:
    """Whether a verb that places forces stands among the cues, other than ``besides`` and a base named ("bases in")."""
    return any(_placing(text, c) and not _BASES.match(c.text) and not besides.match(c.text) for c in cues)


def _aid(view: SentenceView, clause: tuple[int, int]) -> bool:
    """Whether a clause sends materiel, not troops, to Ukraine ("will send Ukraine several thousand drones")."""
    text = view.text[clause[0] : clause[1]]
    ukraine = any("ukraine" in m.ids for m in view.mentions if clause[0] <= m.start < clause[1])
    troops = any(q.quantity.unit is Unit.TROOPS for q in find_quantities(text)) or re.search(r"\b(?:troops|soldiers)\b", text)
    return ukraine and bool(_MATERIEL.search(text)) and not troops


def _heading(text: str) -> bool:
    """Whether a paragraph is a heading: a few words with no closing punctuation."""
    stripped = text.strip()
    return len(stripped.split()) <= _HEADING_WORDS and not re.search(r"[.!?\"”’);:,]$", stripped) and not SUB_POINT.match(stripped)


_SECOND_OBJECT = re.compile(r"\b(?:and|as well as|plus)\b", re.IGNORECASE)


def absorbed(text: str, cue: Cue, deploy: tuple[Cue, ...]) -> bool:
    """Whether a commitment cue only introduces a deployment ("plans to deploy", "the plan involves stationing").

    Or is the deployment's own verb: "has pledged an artillery unit to the force in Finland".
    """
    # "agreed at the summit in 2016 to place battlegroups": an adverbial may stand between the cue and its "to"
    # (not when the verb has a second object besides the forces: "pledged a battalion to the brigade and 50 million euros for
    # new barracks")
    own_verb = any(
        c.start <= cue.start < c.stop and not _SECOND_OBJECT.search(re.split(r"[.;]", text[c.stop :], maxsplit=1)[0]) for c in deploy
    )
    return own_verb or any(
        c.start >= cue.stop
        and (len(text[cue.stop : c.start].split()) <= 2 or bool(_ADVERBIAL_TO.fullmatch(text[cue.stop : c.start])))
        and not _CRAFT.match(text, c.stop)  # "ordered six fast patrol boats": a kind of craft, not forces patrolling
        for c in deploy
    )

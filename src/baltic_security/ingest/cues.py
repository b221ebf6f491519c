"""General English cue lists: what marks an undertaking, a deployment, an exercise, an attribution.

Every list here is ordinary English as any communiqué, release or report
uses it; none names a phrase of one particular document.

>>> [(c.text, c.kind.value) for c in commitment_cues("The ministers agreed to set a new benchmark.")]
[('agreed to', 'pledge'), ('set a new benchmark', 'target')]
>>> [c.text for c in deployment_cues("Germany plans to deploy a brigade.")]
['deploy', 'brigade']
"""

from __future__ import annotations

import re

import attrs

from baltic_security._text import with_latin_capitals
from baltic_security.vocab import ALIASES, CommitmentKind, CommitmentStatus, Credibility, DeploymentStatus, Domain

__all__ = [
    "Cue",
    "commitment_cues",
    "deployment_cues",
    "deployment_status",
    "domains_in",
    "exercise_cues",
    "hedged",
    "negated",
    "unnamed_report",
]

#: A word of a word gap, as a pattern fragment: "(?:" + WORD + r" ){0,3}" is up to three words. A count grouped with
#: commas or points ("1,000", "7.500") is one word, so a rule reads the same sentence alike whatever the size of its
#: number ("pulled 300 troops out of", "pulled 1,000 troops out of").
WORD = r"(?:\d{1,3}(?:[,.]\d{3})+|[\w-]+)"
#: ... or a word with an apostrophe in it ("NATO's").
WORD_WITH_APOSTROPHE = r"(?:\d{1,3}(?:[,.]\d{3})+|[\w'’-]+)"

_K = CommitmentKind
_S = CommitmentStatus


@attrs.frozen
class Cue:
    """A cue phrase found in text, what it proposes, and where it is.

    >>> commitment_cues("Latvia plans to buy radars.")[0]
    Cue(text='plans to', start=7, stop=15, kind=<CommitmentKind.PLAN: 'plan'>, status=None)
    """

    text: str
    start: int
    stop: int
    kind: CommitmentKind = CommitmentKind.DECLARATION
    status: CommitmentStatus | None = None


_FRAMING = r"(?:stress|underlin|emphasi[sz]|highlight|recogni[sz]|note|affirm|reaffirm|reiterat|point|see|saw|acknowledg)\w*"
#: Deciding, weighing, reviewing or seeing: a future of these undertakes nothing ("will review", "would decide").
_WEIGHING = "review|decide|consider|assess|evaluate|study|examine|see|tell|show"
#: The forms of "withdraw" that take forces out of a place ("will withdraw", "withdrew", "has withdrawn").
WITHDRAW_VERB = "withdr(?:aw|aws|awn|awing|ew)"
#: Nouns that refer back to a place just named: "at the base", "to the island", "in the same port".
PLACE_NOUNS = "(?:base|air ?base|airfield|island|port|harbour|harbor|garrison|camp)"

# A sum of money as texts open it: a sign or an ISO 4217 code ("€", "$", "PLN 760 million").
_CURRENCY = r"€|\$|£|EUR|USD|PLN|DKK|SEK|NOK|GBP"
# A view agreed on, not a step: "agreed (that) there is a need", "agreed (that) it was too early".
_VIEW = r"(?:there (?:is|are|was|were)|it (?:is|was)(?! (?:now )?time to))\b"
_COMMITMENT: tuple[tuple[str, CommitmentKind, CommitmentStatus | None], ...] = (
    (r"\bset (?:a |an |the )?(?:new |common |higher )?(?:benchmark|target|goal|floor)s?\b", _K.TARGET, _S.PROPOSED),
    # (targets in the plural are also what weapons strike: "fire at sea targets", "targets deep inside the Kaliningrad
    # region"; only capability or spending targets are undertakings)
    (
        (
            r"\b(?:target|benchmarks?|goals?)\b(?! (?:date|audience|area))|(?<=capability )targets\b|"
            r"\btargets\b(?=[^.;]{0,80}?(?:%|per ?cent|GDP|spending|budget))"
        ),
        _K.TARGET,
        None,
    ),
    # (not a view agreed on, with "that" or without: "agreed that there is at present no need to station the whole
    # brigade", "agreed there is a need for more air defence", "agreed it was too early")
    (
        rf"\bagree(?:s|d)? (?:to|on|upon|that(?! {_VIEW}))\b|\bagreed\b(?! that\b| {_VIEW})",
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    (
        (
            r"\b(?:is|are|was|were|remains?|stay|stays) (?:\w+ly )?committed to\b|"
            r"\bcommit(?:s|ted)? (?:themselves |itself |ourselves )?to\b|"
            # money or a share of GDP ("commits 0.25 per cent of its GDP"); forces committed are deployed (below)
            r"\bcommit(?:s|ted)?(?= (?:about |at least |up to |some )?"
            # (a per cent sign ends the figure: "has committed 0.25% of its GDP")
            r"(?:€|\$|EUR|USD|\d[\d.,]*\s*(?:%|(?:per\s?cent|percent|million|billion|bn|m)\b)))"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    (r"\bcommitments? (?:to|of)\b", _K.PLEDGE, _S.ACTIVE),
    (
        r"\bpledg(?:e|es|ed|ing)\b|\bundert(?:ake|akes|ook|aken)\b|\bvow(?:s|ed)? to\b|\bpromis(?:e|es|ed|ing) to\b|\boffer(?:s|ed)? to\b",
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # "decided to", "decided that", and "have decided:" leading into lettered sub-points
    (r"\bdecid(?:e|es|ed)(?: (?:to|that)\b|(?=:))|\bresolved to\b|\bagree(?:s)?(?=:)", _K.PLEDGE, _S.ACTIVE),
    # an operation or a deployment prolonged: "has extended Operation REASSURANCE until March 2029"
    (
        (
            r"\bextend(?:s|ed)\b(?= (?:" + WORD + r" ){0,3}?"
            r"(?:operation|mission|deployment|presence|rotation|contribution|mandate)s?\b)"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    (
        (
            r"\bsign(?:s|ed|ing)? (?:a |an |the )?(?:" + WORD + r" ){0,3}"
            r"(?:declaration|agreement|memorandum|treaty|statement|communiqu[eé]|accord)\b"
        ),
        _K.DECLARATION,
        _S.ACTIVE,
    ),
    (
        (
            r"\breaffirm(?:s|ed|ing)?\b|\breiterat(?:e|es|ed|ing) (?:the |their |its |our |a )?(?:importance|need|"
            r"commitment|support|determination|readiness|resolve|intention|call)\b"
        ),
        _K.DECLARATION,
        _S.ACTIVE,
    ),
    (
        (
            r"\bprovid(?:e|es|ed|ing)\b(?= (?:" + WORD + r" ){0,6}?"
            r"(?:help|support|assistance|aid|funding|equipment|training)\b)"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # money granted, awarded or approved: "has granted 30 million euros", "approved 210 million euros from the NSIP"
    (
        (
            r"\b(?:grant(?:s|ed)?|award(?:s|ed)?|approv(?:e|es|ed)|reserv(?:e|es|ed)|paid|pays?)\b"
            r"(?= (?:about |some |a further |another |an extra |an additional |additional |extra )?"
            r"(?:" + _CURRENCY + r"|\d[\d.,]*\s*(?:million|billion|bn|m)?\s*(?:euros?|dollars?)?\b))"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # a purchase contracted: "signed a €1.6bn contract for", "has ordered 200 more vehicles", "placed an order for"
    (
        (
            # (a price in brackets between: "signed a PLN 760 million (about €180 million) contract")
            r"\bsign(?:s|ed|ing)? (?:a |an |the )?(?:[\w€$.,()-]+ ){0,6}?(?:contracts?|deals?|orders?)\b(?! (?:talks|negotiations)\b)|"
            # "Vilnius signed for two more NASAMS batteries"
            r"\bsign(?:s|ed)? for\b(?= (?:a further |another |an additional |some |about |up to )?"
            r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|more|additional|new|extra)\b)|"
            r"\border(?:s|ed)\b(?= (?:a further |another |an additional |some |about |up to )?"
            r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|more|additional|new|extra)\b)|"
            r"\bplac(?:e|es|ed|ing) (?:an |a |the )?(?:[\w-]+ )?orders?\b"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # a spending level set: "a budget that raises defence spending to 4.9% of GDP", "brings defence spending to 2% of GDP",
    # "spending would reach 3.5% of GDP"
    (
        (
            r"\b(?:(?:rais|increas|lift|boost)(?:e|es|ed|ing)?|brings?|bringing|brought|push(?:es|ed|ing)?|takes?|took|taken|taking) "
            r"(?:" + WORD_WITH_APOSTROPHE + r" ){0,3}?(?:spending|budgets?|expenditures?) to\b"
            r"(?= (?:about |at least |some |around )?\d)|"
            # (the cue starts at the verb: "defence spending" before it is the subject)
            r"(?:(?<=spending )|(?<=budget )|(?<=budgets )|(?<=expenditure ))(?:would|will|is (?:set|expected|due) to|to) "
            r"(?:reach|rise to|climb to|hit)\b"
            r"(?= (?:about |at least |some |around )?\d)|"
            # a level stated or put: "Poland's defence budget amounts to 4.8% of GDP", "puts defence spending at 5.4% of GDP"
            r"(?:(?<=spending )|(?<=budget )|(?<=expenditure ))(?:amounts? to|stands? at|stood at)(?= (?:about |around )?\d)|"
            # (with the year between: "puts defence spending in 2026 at 4.8% of GDP")
            r"\b(?:puts?|sets?) (?:" + WORD_WITH_APOSTROPHE + r" ){0,2}?"
            r"(?:spending|budgets?|expenditures?) (?:(?:in|for) (?:\d{4}|next year|this year) )?"
            r"at(?= (?:about |around )?\d)|"
            # a budget passed at a level: "approved a 2022 defence budget of 2.25% of GDP"
            r"\b(?:approv(?:e|es|ed)|pass(?:es|ed)?|adopt(?:s|ed)?)(?= (?:a|an|the|its|their) (?:\d{4} )?(?:defen[cs]e )?budget "
            r"(?:of|at) (?:about |around )?\d)|"
            # "with defence set at 5.38% of GDP", "Latvia's defence budget is 5.1 percent of GDP"
            r"(?:(?<=defence )|(?<=defense )|(?<=spending )|(?<=budget )|(?<=expenditure ))(?:is )?set at(?= (?:about |around )?\d)|"
            r"(?:(?<=spending )|(?<=budget ))is(?= (?:about |around )?\d[\d.,]*\s*(?:%|per ?cent|percent) of (?:GDP|gross))"
        ),
        _K.TARGET,
        None,
    ),
    # money invested: "Lithuania is investing around €300 million in barracks", "will invest PLN 10 billion"
    (
        (
            r"\binvest(?:s|ed|ing)?\b(?= (?:about |around |some |roughly |a further |another |more than |over )?"
            r"(?:" + _CURRENCY + r"|\d))"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # works and deliveries with a date to finish by: "barracks for 2,000 soldiers, to be completed by 2027", "the runway is
    # to be lengthened by 2027", "radars to be delivered in 2027 and 2028"
    (
        (
            r"\bto be (?:[\w-]+ )?(?:completed|finished|delivered|built|ready|lengthened|extended|modernised|modernized|"
            r"upgraded|commissioned)\b(?=[^.;]{0,40}?\b(?:by|in|from|before) (?:the end of |early |late |mid-)?(?:\d{4}|next year)\b)"
        ),
        _K.PLAN,
        _S.ACTIVE,
    ),
    # money being spent or spent and materiel handed over: "are spending about €600 million on hangars", "has spent more than
    # 300 million euros on barracks", "its remaining aircraft are being handed over to Ukraine"
    (
        (
            r"\b(?:(?:is|are) spending|(?:has|have|had) (?:already )?spent)\b"
            r"(?= (?:about |some |around |more than |over |nearly |almost )?(?:€|\$|EUR|USD|\d))|"
            r"\b(?:handed|hands|handing) over (?:" + WORD_WITH_APOSTROPHE + r" ){0,4}?to Ukraine\b"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # tasking: "The Ministers task their navies and maritime surveillance centres to set up a cell"
    (r"\btask(?:s|ed)?\b(?= (?:their|its|our|the) )", _K.PLAN, _S.ACTIVE),
    # money put to a purpose: "has set aside €310m", "earmarked 35 million euros", "the agreement funds eight jets"
    (
        (
            r"\bset(?:s|ting)? aside\b|\bearmark(?:s|ed|ing)?\b|\ballocat(?:e|es|ed|ing)\b|\ballot(?:s|ted|ting)?\b|"
            r"\bfunds?(?= (?:the|a|an|its|their)\b)|\bfunded\b|"
            # (paid for by a party: "were paid for by Estonia and the NATO Security Investment Programme", "paid by Lithuania")
            r"\b(?:paid|financed)(?: for)? by\b"
        ),
        _K.PLEDGE,
        _S.ACTIVE,
    ),
    # (not the bare plural, a noun for what exists: "NATO's regional plans", "all the plans in the region")
    # (and plans that say what they hold: "Finland's defence plans include the purchase of 64 F-35s")
    (
        (
            r"\bplan(?:s|ned)? (?:to|for)\b|\bplanned\b|\bplan\b|"
            r"\bplans(?= (?:include|includes|included|call for|foresee|envisage|provide for)\b)"
        ),
        _K.PLAN,
        None,
    ),
    (
        (
            r"\b(?:being|been) (?:developed|prepared|drawn up|worked out|updated)\b|\b(?:is|are) (?:preparing|developing|"
            r"drawing up|updating)\b|\bunder (?:development|preparation)\b"
        ),
        _K.PLAN,
        None,
    ),
    (r"\bpropos(?:e|es|ed|ing)\b(?= (?:to|that|a|an|the|raising|increasing|lifting|spending|new)\b)", _K.PLAN, _S.PROPOSED),
    # "Estonia is to lift spending", "Latvia is set to buy": the future as arranged.
    (r"(?<!\bit )(?<!\bthere )\b(?:is|are) (?:set |going )?to(?= (?!be\b)[a-z]+\b)", _K.INTENT, None),
    (r"\bwants? to\b|\bwanted to\b", _K.INTENT, None),
    (r"\baim(?:s|ed|ing)? (?:to|at)\b|\bintend(?:s|ed)? to\b|\bintention\b|\bseek(?:s|ing)? to\b|\bto seek\b", _K.INTENT, None),
    # (what one expects another to do is nobody's undertaking: "he expected the United States to keep a battalion")
    (
        (
            # (nor a comparison, "faster than expected", nor a duty, "what is expected of them")
            r"(?<!than )(?<!as )\bexpect(?:s|ed|ing)?\b(?!\s+of\b)"
            r"(?!\s+(?:the\s+)?(?-i:[A-Z])[\w.’'-]*(?:\s+(?:(?:of|for)\s+)?(?-i:[A-Z])[\w.’'-]*){0,3}\s+to\b)|"
            r"\banticipated\b|"
            r"\bforesee(?:s|n)?\b"
        ),
        _K.INTENT,
        _S.EXPECTED,
    ),
    # (looking forward to a meeting or a visit undertakes nothing: "look forward to the meeting of the Heads of State")
    (
        (
            r"\bhop(?:e|es|ed) to\b|\blook(?:s|ed|ing)? forward to\b(?! (?:the |a |an |our |their )?(?:next )?"
            r"(?:meeting|visit|summit|conference|talks|session|ministerial|gathering)s?\b)|\bwish(?:es|ed)? to\b"
        ),
        _K.INTENT,
        None,
    ),
    (r"\b(?:common|shared|strong) interest\b|\binterest in\b", _K.INTENT, _S.ACTIVE),
    (
        rf"\b{_FRAMING} (?:the |an? |their )?(?:urgent |pressing |clear |continued )?(?:need|necessity)\b|\bthere is a need\b",
        _K.DECLARATION,
        _S.PROPOSED,
    ),
    # ("Should the arrangements prove insufficient, we would ...": a condition, the subject after "should")
    (
        (
            r"(?<!the )\bneeds? to\b|\bmust\b|\b(?:has|have) to\b|\bshould\b(?!\s+(?-i:[A-Z]))"
            r"(?!\s+(?:the|a|an|this|that|these|those|it|they|we|you|he|she|our|their|its|any|such|there)\b)"
        ),
        _K.DECLARATION,
        _S.PROPOSED,
    ),
    (r"\bimportance of\b|\b(?:is|are|remains?) (?:essential|vital|crucial|indispensable)\b", _K.DECLARATION, None),
    (r"\bcall(?:s|ed|ing)? (?:on|upon|for)\b|\burg(?:e|es|ed|ing)\b|\bencourag(?:e|es|ed|ing)\b", _K.DECLARATION, _S.PROPOSED),
    (r"\b(?:is|are|was|were) pressing\b|\bpress(?:es|ed|ing)? (?:for|ahead)\b", _K.INTENT, _S.PROPOSED),
    (r"\b(?:stands?|are|is|remains?) ready to\b|\bready to\b", _K.DECLARATION, _S.ACTIVE),
    (
        (
            # (nor deciding, weighing, reviewing or seeing: "will review the declaration", "would decide how to process")
            # (nor taking a chair: "Denmark will take over the chairmanship of NORDEFCO", "will next meet in Reykjavík")
            r"\bwill\b(?! (?:(?:next|again|also|then|first|jointly) )?(?:not|never|no longer|visit|meet|travel|attend|speak|address|"
            r"hold talks|be held|take place|arrive|discuss|take over (?:the )?(?:rotating )?(?:chairmanship|presidency|chair|coordination)|"
            r"(?:also )?(?:" + _WEIGHING + r"|reconvene)\b|"
            r"host (?:a|an|the) (?:[\w-]+ )?(?:meeting|summit|conference|visit|delegation|ceremony|seminar|talks|forum|session)s?)\b)|"
            r"\bshall\b(?! (?:not|never)\b)"
        ),
        _K.INTENT,
        None,
    ),
)
_REPORTED_FUTURE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w'’.-]+\s+){1,5}?(?P<cue>would)\b",
    re.IGNORECASE,
)
_CONDITIONAL_BEFORE = re.compile(
    r"(?:^|[.;:]\s*|\"|“)\W*(?:if|unless|should\s+\w+\s+(?:ask|request)|"
    # the inverted condition: "Should the situation deteriorate, we are ready to ..."
    r"should\s+(?:the|a|an|this|that|these|those|it|they|we|our|their|its|any|such|there)\s)\b[^.;]*,\s*[^,]*$",
    re.IGNORECASE,
)
#: A hope, wish, fear or doubt about another party: what follows it in the sentence is nobody's undertaking or deed.
HOPED_OF_ANOTHER = re.compile(
    with_latin_capitals(
        r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|fear(?:s|ed)?|doubt(?:s|ed)?)\s+(?:that\s+)?(?:the\s+)?(?-i:[A-Z])[^.;:]*$"
    ),
    re.IGNORECASE,
)
#: Punctuation that ends a clause, but not a comma inside a number ("2,000 soldiers").
CLAUSE_PUNCT = re.compile(r"[;:()\"“”]|(?<!\d),|,(?!\d)")
#: ... or a phrase, where a point ends it too, but not one inside a number ("1,500 soldiers", "2.5 per cent").
PHRASE_PUNCT = re.compile(r"[;:()\"“”]|(?<!\d)[,.]|[,.](?!\d)")
#: A character a span within a clause may hold, as a pattern fragment: anything but a semicolon or a comma outside a
#: number ("pulled 1,000 troops out of" is one span; ``[^,;]`` would end it at "1,").
IN_CLAUSE = r"(?:[^,;]|(?<=\d),(?=\d))"
#: ... within a phrase, which a point outside a number ends too ("2.5 per cent" is one span).
IN_PHRASE = r"(?:[^,;.]|(?<=\d)[,.](?=\d))"
# A lesson drawn from another's experience: "Ukraine has taught us that", "the war has shown that"
# (taught or shown by experience, not a document that shows what a party will do, "The budget shows that Estonia will
# spend"; and only in its own clause, not "..., and Estonia will buy six more launchers", "..., which is why Latvia will")
_LESSON = re.compile(
    r"\b(?:taught|teaches|(?:has|have|had)\s+shown|showed)\s+(?:(?:us|everyone|the\s+world|all\s+of\s+us|the\s+Allies)\s+)?"
    r"that\b(?:(?!,\s*(?:and|but|which|so)\b|\band\s+\w+\s+will\b)[^.;])*$",
    re.IGNORECASE,
)
# The business of those who meet, not an undertaking: "We agree to meet again in Tallinn", "Decide that the next meeting
# will take place in Kyiv", "We task our National Armaments Directors to report to us", "is expected to announce its
# decision", "at our next meeting, which Estonia will host"
_PROCEDURE = re.compile(
    # (not what is to be presented or announced: "task our directors to present a common requirement", "is expected to
    # announce a further package")
    # (meeting again or somewhere, not meeting a target or a need: "agreed to meet NATO's new spending target")
    r"\s+(?:(?:" + WORD_WITH_APOSTROPHE + r"\s+){0,5}?"
    r"to\s+)?(?:meet(?=\s+(?:again|in|at|on|next|regularly|annually|twice|once|later|every)\b)|"
    r"report\s+(?:back|to\s+(?:us|the\s+ministers|ministers|leaders)|on\s+(?:the\s+)?progress)|convene|reconvene)\b|"
    r"\s+(?:to\s+)?(?:announce|present|take|make)\s+(?:its|their|a|the)\s+(?:final\s+)?decision\b|"
    r"\s+(?:that\s+)?(?:the|our)\s+next\s+(?:[\w-]+\s+)?(?:meeting|summit|session)\b",
    re.IGNORECASE,
)
_MEETING_BEFORE = re.compile(
    r"\b(?:meeting|summit|session|conference)s?,?\s+(?:which|that)\s+(?:" + WORD_WITH_APOSTROPHE + r"\s+){0,3}$", re.IGNORECASE
)
# A cue inside the condition it opens, with no comma between: "If Germany or the Netherlands were ready to send ..."
_INSIDE_CONDITION = re.compile(r"(?:^|[.;:,]\s*|\"|“)\W*(?:if|unless)\s" + IN_PHRASE + "*$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|provided|should\s+\w+\s+(?:ask|request))\b", re.IGNORECASE)
# (nor what something would amount to: "it would number about 900 troops", "the works would cost €48m")
_NOT_UNDERTAKEN = re.compile(
    r"\s+(?:(?:not|never)\b|be\s+(?:a|an|the)\b|(?:respond|react|retaliate|number|total|comprise|consist|count|cost|last|take|"
    + _WEIGHING
    + r")\b)",
    re.IGNORECASE,
)
_COMMITMENT_PATTERNS = tuple((re.compile(with_latin_capitals(p), re.IGNORECASE), k, s) for p, k, s in _COMMITMENT)

#: Nouns of forces and their kit as the object of a verb that places them ("kept frigates ... in", "put missiles in").
FORCE_OBJECT = (
    r"(?:troops|forces|soldiers|units?|brigades?|battalions?|compan(?:y|ies)|platoons?|batter(?:y|ies)|detachments?|missiles?|"
    r"launchers?|systems?|weapons?|warheads?|bombers?|jets?|fighters?|aircraft|drones?|helicopters?|ships?|warships?|frigates?|"
    r"corvettes?|submarines?|vessels?|boats?|minehunters?|tanks?)"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Forces given, offered or assigned, counted: "contribute an artillery unit", "offered a Patriot battery", "assign a third vessel".
_GIVING = r"contribut(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|assign(?:s|ed|ing)?"
_COUNTED = r"(?:a|an|one|two|three|four|five|six|\d[\d,]*|(?:about|some|up to|around) \d[\d,]*) (?:" + WORD + r" ){0,3}?"
_DEPLOY_VERB = with_latin_capitals(
    r"(?:re)?deploy(?:s|ed|ing)?|station(?:s|ed|ing)|(?<=to )station|(?<=will )station|(?<=will each )station|"
    r"(?<=would each )station|send(?:s|ing)?|sent|"
    r"dispatch(?:es|ed|ing)?|(?<!-)base(?:s|d)? (?:in|at)|"
    # with its object between: "has based two further corvettes ... in Baltiysk", "will permanently base a battery at"
    r"(?<!-)(?:bases|based|base(?= (?:a|an|the|its|their|some|more|additional|about|up to|\d+|one|two|three|four|five|six)\b)) "
    r"(?:" + WORD + r" ){1,10}?(?:in|at)|garrison(?:ed)?|pre-?position(?:s|ed|ing)?|"
    # verbs of motion and operation that place forces somewhere ("arriving in", "heading back to", "operated from")
    r"arriv(?:e|es|ed|ing) (?:in|at)|head(?:s|ed|ing)? (?:back )?(?:to|for)|on (?:their|her) way to|"
    # more forces where some are: "will raise the number of soldiers on its border to 12,000", "has reinforced its garrison"
    # (somewhere: not "the number of soldiers in its army", a force's size)
    # (at a border, a coast or a named place: not "on active duty", "at its disposal", "in the Defence League", "in uniform")
    r"(?:rais|increas|doubl|boost)(?:e|es|ed|ing) the number of (?:soldiers|troops|personnel|servicemen)"
    r"(?= (?:on|at|along|near) (?:its |their |the )?(?:[\w-]+ )?(?:borders?|frontiers?|coast|flank|islands?)\b|"
    r" (?:in|on|at) (?-i:[A-Z])[\w-]+(?! (?-i:Army|Defence|Armed|Forces|League|National|Navy|Air))\b)|"
    # (what is strengthened is the force itself, not one of its qualities: "strengthening the interoperability of forces")
    # (somewhere: not a force built up, "will strengthen its armed forces by reintroducing conscription", "reinforce its troops
    # with modern equipment")
    # (or a formation named for its place: "will strengthen the Gotland Regiment with an air defence unit")
    r"(?:reinforc|strengthen)(?:e|es|ed|ing|s)?(?= (?:(?:its|their|the) (?:(?!of\b)[\w-]+ ){0,2}?(?:garrisons?|presence|troops|forces|"
    r"units?|battalions?|brigades?|regiments?|battle ?groups?)\b[^.;]*?\b(?:in|on|at|along|near|to)\s+(?:the\s+|its\s+)?"
    r"(?:(?-i:[A-Z])|(?:[\w-]+\s+)?(?:border|frontier|island|flank|coast))|"
    r"the (?-i:[A-Z])[\w-]+ (?-i:Regiment|Brigade|Battalion|battlegroup|garrison)\b))|"
    # a part taken in a standing force or mission, not an exercise: "Norway has taken part in NATO's enhanced Forward Presence
    # in Lithuania since 2017", "participates in Baltic Air Policing"
    r"(?:(?:tak(?:e|es|en|ing)|took) part|participat(?:e|es|ed|ing)) in(?= (?:NATO['’]s |the |its |their )?"
    r"(?:" + WORD + r" ){0,3}?"
    r""
    r"(?:Forward Presence|Forward Land Forces|eFP|battle ?group|air policing|Baltic Sentry|Eastern Sentry|Standing NATO|"
    r"SNMC?MG|rotations?|missions?|operations?|deployments?)\b)|"
    # a system put on duty, forces placed by a noun, a stay of a length: "was now on combat duty in Belarus", "the placement
    # of additional S-400 systems in the Kaliningrad region", "will spend six weeks in Estonia"
    # (a state stated, not one to come: "would go on combat duty" is a claim of what is to come)
    r"(?:(?<=is )|(?<=are )|(?<=was )|(?<=were )|(?<=now )|(?<=been ))on combat duty|"
    r"(?:placement|stationing|positioning|basing) of\b|"
    r"(?:spend|spends|spending|spent) (?:" + WORD + r" ){0,3}?"
    r"(?:weeks?|months?|days?|years?|(?:the )?(?:summer|winter|spring|autumn|season))"
    r" (?=in|at|on)|"
    # staff posted: "will post 20 staff officers to the division headquarters in Elbląg"
    # (the verb, not the noun, "300 new posts for soldiers", nor what is posted online, "posted footage of American soldiers")
    r"(?<!new )post(?:s|ed|ing)?(?= (?!(?:footage|photos?|videos?|images?|pictures?|clips?|messages?|updates?|an? (?:video|photo|"
    r"recruitment|advert|job))\b)(?:" + WORD + r" ){0,3}?"
    r"(?:officers?|soldiers|troops|staff|personnel|specialists|instructors)\b)|"
    # "move a battalion of 800 soldiers from X to Y": an object may come first; "to" before a verb is not a destination
    # (not the noun: "the move to Ørland would not go unanswered")
    r"(?<!the )(?<!this )(?<!that )(?<!a )mov(?:e|es|ed|ing) (?:[\w\"“”'’-]+(?:[.,]\d+)* ){0,10}?(?:in|on)?to"
    r"(?= (?:(?:north|south)?-?(?:east|west)?ern )?(?:the|its|their|areas|positions|bases|(?-i:[A-Z])|"  # ("to eastern Latvia")
    r"(?:[a-z-]+ )?(?:storage |air |naval |army )?(?:sites|depots|airfields|ports|garrisons)\b))|"  # ("to storage sites in Belarus")
    # ships put under NATO's standing groups and operations: "will join Standing NATO Maritime Group 1",
    # "has been taking part in NATO's Baltic Sentry operation"
    r"join(?:s|ed|ing)?(?= (?:the )?(?:Standing NATO|SNMC?MG|NATO['’]s (?:Baltic Sentry|standing)|Baltic Sentry))|"
    r"(?:serv|sail|lead|command)(?:e|es|ed|ing|s)?(?= "
    r"(?:" + WORD_WITH_APOSTROPHE + r" ){0,8}?(?:Standing NATO|SNMC?MG|Baltic Sentry))|"
    r"(?:tak(?:e|es|ing|en)|took) part in (?:" + WORD_WITH_APOSTROPHE + r" ){0,3}?(?:operation|mission)s?|"
    # a named activity launched: "NATO launched Baltic Sentry", "Baltic Sentry was launched in January" (not any mission or
    # operation: "launched a rescue operation", "launched a trade mission")
    r"launch(?:es|ed|ing)?(?= (?:the |its |a |an |NATO['’]s )?(?:new )?(?:(?-i:[A-Z])[\w'’-]* ){0,2}?Sentry\b|"
    # (a named operation: "launched Operation Sea Lantern", "launched an activity called SILENT BEACON")
    r" (?:the |its |a |an |NATO['’]s )?(?:new )?(?-i:Operation|Mission) (?-i:[A-Z])|"
    r" (?:the |its |a |an )?(?:new )?(?:" + WORD + r" ){0,2}?"
    r"(?:activity|mission|operation) (?:called|named|dubbed) (?-i:[A-Z]))|"
    r"(?<=Sentry )(?:was|has been) launched|"
    # missiles shipped into a place (not kit shipped to its buyer: "shipped eight HIMARS launchers to Lithuania")
    r"shipp(?:ed|ing) (?:" + WORD + r" ){1,6}?into(?= (?:the|its|their|(?-i:[A-Z])))|"
    # forces taken out of a place: "will withdraw a company of 150 soldiers from Lithuania", "pulled its jets out of"
    # (not an infinitive, which is asked of another or only planned: "urged Russia to pull its forces out")
    r"(?<!to )(?:" + WITHDRAW_VERB + r"|pull(?:s|ed|ing)? (?:" + WORD + r" ){0,4}?(?:out|back))|"
    r"(?:go|goes|going|went|continu(?:e|es|ed|ing)(?: on)?) to(?= (?:the|(?-i:[A-Z])))|"
    r"assign(?:s|ed|ing)? (?:" + WORD + r" ){0,8}?to|"  # "will assign two minehunters (from Kiel) to the group"
    # "policing the airspace of Estonia, Latvia and Lithuania"
    r"polic(?:e|es|ed|ing)(?= (?:the )?(?:airspace|skies|waters))|"
    # ("NATO has protected the airspace of Estonia, Latvia and Lithuania since 2004")
    r"(?:protect|guard|defend)(?:s|ed|ing)?(?= (?:the )?(?:airspace|skies) of)|"
    # serving with a force, reaching a place: "the French company serving with the brigade in Estonia", "its lead
    # elements reached Latvia in under a week"
    # (not a biography: "the minister, who served with the US Army in Iraq")
    r"(?<!who )serv(?:e|es|ed|ing) with(?= (?:the|its|their|(?-i:[A-Z])))|"
    # forces a state has in a named place or there: "Russia has S-400 air defence and Bastion missiles there", "Russia
    # has Iskander brigades in Kaliningrad" (not what it has "in its inventory")
    # (a possession, not a perfect tense: "have so far trained 3,000 soldiers in Latvia", "has lost its forces to the war")
    r"(?:has|have|had) (?!(?:so far |now |also |already )?(?:[\w-]+ed|been|had|to|no|not|lost|sent|seen|taken|given|kept|"
    r"done|made|begun|built|brought)\b)(?:[\w,-]+ ){0,7}?" + FORCE_OBJECT + r",? (?:[\w,-]+ ){0,3}?"
    r"(?:(?:in|at|on)(?= (?-i:[A-Z]))|there\b)|"
    # a relative clause on the place: "Belarus, where Russia has also placed air defence units since the autumn"
    r"(?<=, where )(?:" + WORD_WITH_APOSTROPHE + r" ){1,4}?(?:plac(?:e|es|ed)|put|puts|keeps?|kept|stationed|deployed)\b|"
    # (arrived, not a delivery still to come: "the first battery would reach Latvia in 2028")
    # (forces only: not refugees, a minister, a delegation, drones or a level that "reached" somewhere)
    r"(?:(?<=troops )|(?<=soldiers )|(?<=elements )|(?<=units )|(?<=forces )|(?<=battalion )|(?<=brigade )|(?<=company )|"
    r"(?<=contingent )|(?<=battlegroup ))reached(?= (?-i:[A-Z]))|"
    r"(?<!took )(?<!take )(?<!taking )plac(?:e|es|ed|ing) (?:" + WORD + r" ){1,4}?"
    r"(?:in|on)(?= (?:the|its|their|(?-i:[A-Z])))|"
    # forces put or brought somewhere, named as forces: "might put Iskander missiles in Belarus", "could bring Tu-22M3 bombers
    # to the exclave" (not "put pressure on")
    # (not a figure or a thing put or brought: "put the number of Russian troops near its border at 30,000", "put new
    # restrictions on Russian vessels at its ports", "brought the vessels to the attention of")
    r"(?:put(?:s|ting)?|bring(?:s|ing)?|brought) (?!the (?:number|figure|total|strength|cost)\b)"
    r"(?:(?!(?:on|of|for|about)\b)[\w-]+(?:[.,]\d+)* ){0,4}?" + FORCE_OBJECT + r" (?:in|into|on|onto|to|along|near|at)"
    r"(?! (?:the )?(?:attention|top|heart|centre|center|fore|forefront|table|disposal|core)\b)"
    r"(?! (?:the )?(?:highest |high |full |heightened |increased )?(?:alert|readiness|standby)\b)(?= (?:the|its|their|(?-i:[A-Z])))|"
    r"rotat(?:e|es|ed|ing) (?:(?:in)?to|through|between)|"
    r"return(?:s|ed|ing)? (?:[\w\"“”'’-]+(?:[.,]\d+)* ){0,10}?to(?= (?:the|its|their|(?-i:[A-Z])))|"
    r"relocat(?:e|es|ed|ing) (?:[\w,-]+ ){0,6}?to|"
    r"operat(?:e|es|ed|ing) (?:from|out of)|fl(?:y|ies|ew|own|ying) (?:\w+ ){0,3}?(?:from|out of)|patrol(?:s|led|ling)?|"
    # time spent with a force or in a place: "will spend three weeks with us in Latgale", "spent five months with
    # Operation Baltic Sentry"; put into a standing group: "has been integrated in Standing NATO Mine Countermeasures Group 1"
    r"spen(?:d|ds|ding|t) (?:about |some |up to |another |a further )?(?:" + WORD + r" ){0,2}?(?:weeks?|months?) "
    r"with(?= (?:the|its|their|us|(?-i:[A-Z])))|"
    r"integrated (?:in|into|with)(?= (?:the )?(?:Standing NATO|SNMC?MG|NATO's standing|(?:[\w-]+ )?(?:task )?group\b))|"
    # forces committed to a mission: "each commit at least one surface vessel to Baltic Sentry", "will each add one vessel"
    r"(?:commit(?:s|ted)?|add(?:s|ed)?)(?= (?:about |at least |up to |some |another |a further )?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|a|an) (?:" + WORD + r" ){0,3}?"
    r"(?:vessels?|ships?|troops|soldiers|jets|aircraft|battalions?|compan(?:y|ies)|platoons?|frigates?|minehunters?|units?|"
    # (not ships added to a fleet or an order, which are bought: "will add four new corvettes to the fleet")
    r"corvettes?)\b(?! (?:" + WORD + r" ){0,2}?to (?:the |its |their )?(?:fleet|order|inventory|arsenal|stock)\b))|"
    # forces given to a force or a place: "will contribute an artillery unit to the force in Finland", "has offered a Patriot
    # battery for Lithuania", "Spain will follow with a NASAMS unit in Latvia" (a counted force, not forces in general, which
    # is an undertaking: "will keep contributing ships to NATO's vigilance activity", "continue to contribute forces to")
    rf"(?:{_GIVING}|follow(?:s|ed)? with) {_COUNTED}"
    + FORCE_OBJECT
    # (materiel for Ukraine is aid: "has offered one Patriot battery to Ukraine")
    + r" (?:"
    + WORD
    + r" ){0,4}?(?:to|for|in|at)(?= (?:the|its|their|(?-i:[A-Z])))(?! (?:Ukraine|Kyiv)\b)|"
    # ... or to the force the text has named, with a time: "Denmark will contribute a company-sized unit from 2026" (forces,
    # not materiel sold: "offered six missiles in 2023 as part of the deal", "two Patriot systems from 2027")
    rf"(?:{_GIVING}) {_COUNTED}"
    r"(?:units?|compan(?:y|ies)|battalions?|platoons?|batter(?:y|ies)|detachments?|teams?|vessels?|ships?|minehunters?|"
    r"frigates?|corvettes?|jets|fighters|troops|soldiers)"
    rf"(?= (?:from|by|in|until) (?:\d{{4}}|next|the (?:start|end|beginning|autumn|spring|summer|winter)|{_MONTHS})\b)|"
    # staying where they are: "will stay in the Baltic Sea", "remain at Ämari"
    r"stay(?:s|ed|ing)? (?:in|at|on)|remain(?:s|ed|ing)? (?:" + WORD + r" ){0,2}?(?:in|at|on)|"
    # (and kept in a list: "has kept frigates, maritime patrol aircraft and naval drones in the Baltic Sea")
    # (not forces watched: "keeps a close eye on Russian warships", "keeps watch on Russian submarines")
    r"(?:kept|kee(?:p|ps|ping)) (?!(?:a |an )?(?:close |constant |careful )?(?:eye|eyes|watch|track|tabs)\b)(?:[\w,-]+ ){0,7}?"
    + FORCE_OBJECT
    + r",? (?:[\w,-]+ ){0,4}?(?:in|at|on)(?= (?:the|its|their|(?-i:[A-Z])))|"
    # (not a day or month after the place left: "left Tapa on Friday")
    r"(?:leav(?:e|es|ing)|left) (?:" + WORD + r" ){1,4}?(?:in|at|on)(?= (?:the|its|their|(?-i:[A-Z])))"
    rf"(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{_MONTHS})\b)|"
    # materiel stored: "will store tanks, artillery and other equipment for an armoured brigade at two sites in Finland"
    # (not the adjective: "rehearse drawing the stored equipment in an exercise")
    r"(?<!the )(?<!its )(?<!their )stor(?:e|es|ed|ing) (?:[\w,-]+ ){1,10}?(?:in|at|on)(?= (?:the|its|their|two|three|several|(?-i:[A-Z])))|"
    # ready where it stands: "will be operational on Zealand", "positioned on the north coast"
    # (its object may stand between: "has positioned it near Riga", "positions the battery at Ämari")
    r"operational (?:on|in|at)|position(?:s|ed|ing)? (?:it |them |(?:the |its |their )?(?:" + WORD + r" ){0,2}?"
    r")?(?:on|in|at|along|near)"
    r"(?= (?:the|its|their|(?-i:[A-Z])))|"
    # forces raised or stood up: "set up new units", "raise a new mechanised division", "stand up a naval task group"
    r"(?:set(?:s|ting)? up|establish(?:es|ed|ing)?|rais(?:e|es|ed|ing)|stand(?:s|ing)? up|stood up|creat(?:e|es|ed|ing)|"
    r"form(?:s|ed|ing)?|expand(?:s|ed|ing)?|build(?:s|ing)? up|double(?:s|d)?|reinforc(?:e|es|ed|ing))"
    r"(?= (?:" + WORD + r" ){0,5}?"
    r"(?:units?|brigades?|battalions?|divisions?|regiments?|compan(?:y|ies)|task groups?|squadrons?|"
    # ... somewhere: raising a unit with no place ("pledged to form a national division") is a capability undertaking
    r"batter(?:y|ies)|corps|forces|army)\b(?: [\w,-]+){0,7}? (?:in|at|on|near|along|across)\b)|"
    # a place that hosts forces: "Kaliningrad has hosted Iskander missiles since 2018", "Lithuania hosts the brigade",
    # "Ämari is now home to a Finnish detachment"
    # (any force a verb can place: "the Kaliningrad region hosts S-400 air defence batteries")
    # (not what a gathering is about: "hosted a conference on drones", "will host a summit on anti-drone systems")
    # (nor what a place could hold: "so that the base can host more Allied drones")
    r"(?:(?<!can )(?<!could )(?<!able to )host(?:s|ed|ing)?(?! nation)|home to|hous(?:es|ed))"
    # (a count among the words before the force: "will host 1,000 British troops")
    r"(?= (?:(?!(?:on|about|for|against|of|at|to|from)\b)" + WORD_WITH_APOSTROPHE + r" ){0,4}?"
    r"(?:" + FORCE_OBJECT + r"|battle ?groups?|contingents?|divisions?|regiments?|fleet|missions?|rotations?|air policing)\b)"
)
_DEPLOYMENT = re.compile(
    rf"\b(?:{_DEPLOY_VERB})(?![\w-])|\b(?:re)?deployments?\b|\bpresence\b|\bbattle ?groups?\b|\bbrigades?\b|"
    rf"\bbattalions?\b|\bcontingents?\b|"
    # a named or typed formation: "the 16th Mechanised Division", "a new S-400 air defence regiment", "an army corps"
    r"\b(?:(?:army|naval infantry|air defen[cs]e|artillery|rifle|tank|mechani[sz]ed|armou?red|infantry|airborne|motor rifle|"
    r"\d+(?:st|nd|rd|th))\s+)+(?:divisions?|regiments?|corps)\b"
    # (not reinforcements in general, what plans and exercises move: "to receive Allied reinforcements", "the movement of
    # reinforcements", "reinforcements for our Allies must pass through them"; but "US reinforcements have reached Lithuania")
    r"|(?<!receive )(?<!receiving )(?<!move )(?<!moving )(?<!of )(?<!Allied )(?<!allied )\breinforcements?\b(?! for\b)"
    r"|\bbuild-?up\b|\bair policing\b|\brotational force\b|\brotations?\b|\bdetachments?\b|"
    r"\b(?:naval |air |patrol )?missions?\b"
    r"|\b(?:naval |maritime )?task (?:groups?|forces?)\b"
    # a capability established: "the establishment of rapid-response units", "the creation of naval drone units"
    r"|\b(?:establishment|creation|setting up) of "
    r"(?:" + WORD + r" ){0,4}?(?:units?|forces|battalions?|brigades?|teams?)\b",
    re.IGNORECASE,
)
#: Where a state keeps forces at home: "its border", "their own territory", "the border" with no other host named.
OWN_SOIL = re.compile(
    r"\b(?:(?:its|their|our|my)\s+(?:own\s+)?(?:" + WORD + r"\s+){0,2}?"
    r"(?:borders?|frontiers?|soil|territory|military districts?|coast(?:line)?)|"
    # (a garrison in a place not named: not "reinforced its garrison in Transnistria")
    r"(?:its|their|our)\s+garrisons?(?!\s+(?:in|at)\s+(?-i:[A-Z]))|"
    # ("the border", "the Finnish border" seen from the other side: "its units near the Finnish border")
    r"the\s+(?:[\w-]+\s+)?borders?\b(?!\s+(?:of|with)\b)|at\s+home|"
    # "in the north-east of the country", "on the north coast", "along the east coast" (not "along the east coast of the Baltic
    # Sea", another's)
    r"(?:in|across)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of\s+the\s+country|"
    r"(?:on|along)\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+coast(?!\s+of\b))\b",
    re.IGNORECASE,
)
#: Verbs whose subject is the force's owner ("NATO holds 300,000 troops", "Moscow plans to deploy").
DEPLOY_VERBS = re.compile(
    rf"\b(?:{_DEPLOY_VERB}|holds?|keeps?|kept|maintain(?:s|ed)?|serve|serves|serving|leads?|contribut(?:e|es|ed|ing)|operat(?:e|es|ed|ing))"
    r"(?![\w-])",
    re.IGNORECASE,
)
#: Nouns that name forces or military assets.
FORCE_NOUNS = re.compile(
    r"\b(?:troops?|soldiers|forces?|battle ?groups?|brigades?|battalions?|division|team|units?|personnel|presence|deployments?|build-?up|"
    r"contingents?|navy|navies|vessels?|ships?|warships?|frigates?|submarines?|patrol boats|boats|aircraft|jets|fighters|weapons|missiles|"
    # (the armed forces, not an office or a budget of theirs: "a group working for Russian military intelligence")
    r"systems|military(?!\s+(?:intelligence|spending|budgets?|aid|assistance|expenditures?|industry|doctrine|counterintelligence)\b)|"
    r"army|marines|sailors|reinforcements?|experts|planes|detachments?|squadrons?|batter(?:y|ies)|gunners|crews|"
    r"minehunters?|corvettes?|destroyers?|helicopters?|missions?|mercenaries|compan(?:y|ies)|paratroopers|airmen|minesweepers?|"
    r"minelayers?|task groups?|task forces?|(?:jamming|radar|listening|missile) (?:stations?|sites?)|command posts?|warheads|"
    # what FORCE_OBJECT places is a force here too ("Russian Iskander launchers", "US Army HIMARS launchers")
    r"launchers?|bombers?|(?<!think )tanks|peacekeepers|"
    r"flotillas?|Gripens?|Eurofighters?|Typhoons?|Rafales?|Tornados?|F-\d+[A-Z]?s?|"
    # aircraft, helicopters and systems called by their type's name ("eight Finnish Hornets", "Polish Apaches")
    r"(?:Super )?Hornets|Vipers|Mirages|Apaches|Black Hawks|Chinooks|Reapers|Poseidons|Orions|Patriots|Leopards|Abrams|Strykers|"
    r"Bradleys|CV90s|HIMARS|NASAMS)\b",
    re.IGNORECASE,
)
_EXERCISE = re.compile(r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war ?games?|(?:snap )?readiness checks?)\b", re.IGNORECASE)
#: The words that name an exercise as such.
EXERCISE_WORDS = _EXERCISE
#: Words that refer back to an exercise already named ("the drill", "this year's exercise", "the scenario").
EXERCISE_ANAPHOR = re.compile(
    r"\b(?:the|this|that|these|those|its|this year['’]s)\s+(?:" + WORD + r"\s+){0,2}?"
    r"(?:exercises?|drills?|manoeuvres?|maneuvers?|war ?games?|scenario)\b",
    re.IGNORECASE,
)
#: Words of taking part in an exercise ("participating nations", "will take part", "will practise a landing").
EXERCISE_PARTICIPATION = re.compile(
    r"\b(?:participants?|participating|participat(?:e|es|ed)|t(?:ake|akes|aking|ook|aken) part|join(?:s|ed|ing)? (?:the|in)|"
    r"contributing nations|contributors|"
    r"(?:send|sends|sending|sent|deploy\w*|contribut\w*)\s+"
    r"(?:" + WORD + r"\s+){0,5}?to\s+the\s+(?:exercises?|drills?)\b|"
    r"practi[cs](?:e|es|ed|ing)|rehears(?:e|es|ed|al|ing)|train(?:s|ed|ing)? (?:alongside|together)|alongside|"
    # attendance foreseen: "Around 7,000 personnel are expected" (not "are expected to", an expectation of a deed)
    r"(?:are|were|is|was) expected(?!\s+to\b))\b",
    re.IGNORECASE,
)
#: Words of an exercise's duration ("runs until 23 May", "ends on", "concludes").
EXERCISE_DURATION = re.compile(
    r"\b(?:runs?|lasts?|last|continues?|ran|lasted)\s+(?:until|till|through|to)\b|"
    # "ends on", "will end": the verb, not the noun ("before the end of this year")
    r"(?<!\bthe )\b(?:ends?|ended|conclud(?:es|ed)|finish(?:es|ed)|wraps? up)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: Words right before a date that make it the end ("until 23 May", "ends on 23 May").
EXERCISE_END = re.compile(
    r"(?:\buntil|\btill|\bthrough|\bends?(?: on)?|\bended(?: on)?|\bconclud\w*(?: on)?|\bfinish\w*(?: on)?)\s*$", re.IGNORECASE
)


def _cues(pattern: re.Pattern[str], text: str) -> list[Cue]:
    return [Cue(m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def commitment_cues(text: str) -> tuple[Cue, ...]:
    """Phrases that mark an undertaking, a target, a plan, an intention or a declaration, in order.

    Negated cues ("did not agree", "no plan to") are left out, and so are
    future tenses of travel and meetings ("will visit", "will meet").

    >>> [c.text for c in commitment_cues("They will meet on Monday and did not agree to anything.")]
    []
    """
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind, status in _COMMITMENT_PATTERNS:
        for match in pattern.finditer(text):
            start, stop = match.span()
            if any(start < b and a < stop for a, b in taken) or negated(text, start) or _open(text, start):
                continue
            if kind is _K.INTENT and _CONDITIONAL_BEFORE.search(text, 0, start):
                continue  # "If Denmark asks, we will look at it favourably": an offer on a condition, no undertaking
            if _INSIDE_CONDITION.search(text, 0, start):
                continue  # "If Germany were ready to send helicopters, ...": the condition itself undertakes nothing
            if kind is _K.INTENT and HOPED_OF_ANOTHER.search(text, 0, start):
                continue  # "Some in Warsaw hope the United States will ...": a hope about another, nobody's undertaking
            if _LESSON.search(text, 0, start):
                continue  # "Ukraine has taught us that air defence must be layered": a lesson drawn, nobody's undertaking
            if _PROCEDURE.match(text, stop) or _MEETING_BEFORE.search(text, 0, start):
                continue  # "We agree to meet again in Tallinn", "task our directors to report to us": the body's own business
            taken.append((start, stop))
            found.append(Cue(match.group(0), start, stop, kind, status))
    # The reported future ("Lepp said Estonia would double its stock") is the "will" of what was said; a condition
    # ("would send if NATO asks") is not an undertaking.
    if not _CONDITION.search(text):
        for match in _REPORTED_FUTURE.finditer(text):
            start, stop = match.span("cue")
            if not (any(start < b and a < stop for a, b in taken) or negated(text, start) or _NOT_UNDERTAKEN.match(text, stop)):
                taken.append((start, stop))
                found.append(Cue(match.group("cue"), start, stop, _K.INTENT, None))
    found.sort(key=lambda c: c.start)
    return tuple(found)


def deployment_cues(text: str) -> tuple[Cue, ...]:
    """Words that mark forces placed or planned: deploy, station, presence, battlegroup, brigade...

    >>> [c.text for c in deployment_cues("He did not speak about the deployment of troops.")]
    []
    """
    return tuple(c for c in _cues(_DEPLOYMENT, text) if not negated(text, c.start))


def exercise_cues(text: str) -> tuple[Cue, ...]:
    """Words that mark an exercise: exercise, drill, manoeuvre, war game.

    >>> [c.text for c in exercise_cues("The drills began.")]
    ['drills']
    """
    return tuple(_cues(_EXERCISE, text))


# "refused to send", "denied it will send", "ruled out", "will no longer deploy": a refusal is a negation too
_NEGATION = frozenset(
    {
        "not",
        "no",
        "never",
        "without",
        "nor",
        "neither",
        "n't",
        "cannot",
        "refused",
        "refuses",
        "refuse",
        "declined",
        "declines",
        "denied",
        "denies",
    }
)
_SCOPE_END = frozenset({"but", "and", "or", "while", "although", "though", "yet", "whereas"})


def _open(text: str, position: int) -> bool:
    """Whether a cue is only a possibility or an open question: "may decide to", "whether it will take part".

    >>> _open("the Ministers may decide to", 18), _open("has not decided whether it will take part", 29), _open("Latvia will", 7)
    (True, True, False)
    """
    head = CLAUSE_PUNCT.split(text[:position])[-1]  # (not the comma in "2,000 soldiers")
    words = re.findall(r"[\w']+", head.lower())
    return bool(words) and (words[-1] in _POSSIBLE or "whether" in words[-4:])


_POSSIBLE = frozenset({"may", "might", "could"})


# Forces forbidden: "legislation continues to prohibit the import and stationing of nuclear weapons", "bans the stationing of
# foreign troops" (what is banned must be the placing itself, not "banned drone flights ... and deployed air defence units";
# nor a ban lifted, "will lift its ban on the stationing of").
_FORBIDS = re.compile(
    r"(?<!lift its )(?<!lift the )(?<!lifted its )(?<!lifted the )(?<!lifts its )(?<!lifts the )"
    r"\b(?:prohibit(?:s|ed|ing)?|bans?|banned|banning|forb[ai]ds?|forbidden|outlaws?)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+(?:and\s+)?){0,2}?(?:stationing|deployment|deploying|presence|basing|placement|import|storage)\b",
    re.IGNORECASE,
)


def negated(text: str, position: int, *, window: int = 6) -> bool:
    """Whether a negation stands among the few words before ``position`` in its clause.

    >>> negated("there is no indication of an imminent plan", 38), negated("not immediate but is anticipated", 21)
    (True, False)
    """
    head = CLAUSE_PUNCT.split(text[:position])[-1]  # (not the comma in "2,000 soldiers")
    # (what is forbidden is read on past the position: "bans the stationing of" with the position at "stationing")
    forbids = _FORBIDS.search(text, position - len(head), position + 40)
    # (what is put off is not done either: "agreed it was too early to station more troops", "premature to deploy")
    # (not too early to know or say something: "too early to say how many soldiers Germany has deployed")
    if re.search(
        r"\b(?:no longer|ruled? out|rules out|(?:too (?:early|soon)|premature) to(?! (?:say|tell|know|judge|assess|comment|predict)\b))\b",
        head,
        re.IGNORECASE,
    ) or (forbids is not None and forbids.start() < position):
        return True
    words = re.findall(r"[\w']+", head.lower().replace("n't", " n't"))[-window:]
    for word in reversed(words):
        if word in _SCOPE_END:
            return False
        if word in _NEGATION:
            return True
    return False


# ---------------------------------------------------------------- credibility

_HEDGES = re.compile(
    r"\b(?:hint(?:s|ed|ing)?|speculat\w*|wonder(?:s|ed)?|guess(?:es|ed)?|potentially|possibly|perhaps|might|"
    r"rumou?r\w*|theoretical(?:ly)?|unconfirmed|unverified|"
    # what onlookers expect or think: "Some analysts expect Moscow to answer ..."
    r"(?:analysts|observers|commentators|experts|researchers)\s+(?:[\w-]+\s+)?(?:expect|think|believe|suggest)\w*)\b",
    re.IGNORECASE,
)
_UNNAMED = re.compile(
    r"\b(?:reportedly|allegedly|(?:is|are|was|were) (?:said|reported|believed|understood|thought) to|unnamed|anonymous|insiders?|"
    r"sources? (?:familiar|close|within|say|said|told|suggest)|according to (?:sources|officials|insiders|people|"
    r"analysts|observers|diplomats|experts))\b",
    re.IGNORECASE,
)


def hedged(text: str) -> str | None:
    """The hedge word that makes a claim doubtful (Admiralty 4), or None.

    >>> hedged("Sources have hinted at a change."), hedged("It was agreed.")
    ('hinted', None)
    """
    match = _HEDGES.search(text)
    return match.group(0) if match else None


def unnamed_report(text: str) -> str | None:
    """The words that attribute a claim to unnamed people (Admiralty 3), or None.

    >>> unnamed_report("According to insiders, the exercise included a scenario.")
    'According to insiders'
    """
    match = _UNNAMED.search(text)
    return match.group(0) if match else None


#: Credibility a draft proposes for each kind of attribution.
CREDIBILITY = {
    "signed": Credibility.CONFIRMED,
    "named": Credibility.PROBABLY_TRUE,
    "unnamed": Credibility.POSSIBLY_TRUE,
    "hedged": Credibility.DOUBTFUL,
    "none": Credibility.CANNOT_BE_JUDGED,
}


# ---------------------------------------------------------------- status and domains

_PLANNED = re.compile(
    r"\b(?:plans?|planned|will|would|to be|is set to|are set to|anticipated|expected|intends?|intended|future|upcoming|arrival)\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(
    r"\b(?:currently|already|now|continues|continuing|on-going|ongoing|has deployed|have deployed|is deployed|"
    r"are deployed|stationed|positioned(?! to)|serve|serves|"
    r"holds?|keeps?|maintains?|recently deployed|presence)\b",
    re.IGNORECASE,
)


#: Words that tell forces back home or their rotation over: "came home in September", "finished its rotation",
#: "returned to Gdynia last week after five months with the NATO group".
BACK_HOME = re.compile(
    r"\b(?:(?:came|went|flew|sailed|returned)\s+(?:back\s+)?home|(?:finished|ended)\s+(?:its|their|her|his)\s+(?:rotation|tour)|"
    r"returned\s+to\s+(?:" + WORD + r"\s+){1,4}?"
    r"(?:last\s+\w+\s+)?after\s+(?:" + WORD + r"\s+){0,2}(?:weeks?|months?)\s+(?:with|under|in|on))\b",
    re.IGNORECASE,
)
#: Words that tell a deployment as over: withdrawn ("withdrew its jets", "has pulled the company out"), or back home.
ENDED = re.compile(
    r"\b(?:withdrew|(?:has|have|had|was|were|been)\s+(?:\w+\s+)?withdrawn|pulled\s+(?:" + WORD + r"\s+){0,4}?"
    r"(?:out|back))\b|" + BACK_HOME.pattern,
    re.IGNORECASE,
)


def deployment_status(text: str) -> DeploymentStatus:
    """Whether the words describe a deployment as planned, in place, or neither.

    >>> deployment_status("Germany plans to station a brigade"), deployment_status("troops currently deployed")
    (<DeploymentStatus.PLANNED: 'planned'>, <DeploymentStatus.ACTIVE: 'active'>)
    """
    if ENDED.search(text):
        return DeploymentStatus.ENDED
    if _PLANNED.search(text):
        return DeploymentStatus.PLANNED
    if _ACTIVE.search(text):
        return DeploymentStatus.ACTIVE
    return DeploymentStatus.UNKNOWN


_DOMAIN_EXTRA: dict[str, Domain] = {
    "gdp": Domain.SPENDING,
    "spending": Domain.SPENDING,
    "defence investment": Domain.SPENDING,
    "defense investment": Domain.SPENDING,
    "financial support": Domain.SPENDING,
    "ukrainian": Domain.UKRAINE,
    "undersea infrastructure": Domain.UNDERSEA,
    "underwater infrastructure": Domain.UNDERSEA,
    "cables": Domain.UNDERSEA,
    "pipelines": Domain.UNDERSEA,
    "maritime": Domain.MARITIME,
    "vessels": Domain.MARITIME,
    "frigate": Domain.MARITIME,
    "patrols": Domain.MARITIME,
    "aircraft": Domain.AIR,
    "air forces": Domain.AIR,
    "air surveillance": Domain.AIR,
    "air domain": Domain.AIR,
    "air defence": Domain.AIR_DEFENCE,
    "brigade": Domain.LAND,
    "battlegroup": Domain.LAND,
    "troops": Domain.LAND,
    "soldiers": Domain.LAND,
    "border": Domain.LAND,
    "cyber": Domain.CYBER,
    "hybrid": Domain.HYBRID,
    "mobility": Domain.MOBILITY,
    "special operations": Domain.SPECIAL_OPERATIONS,
    "himars": Domain.LONG_RANGE_FIRES,
    "long-range": Domain.LONG_RANGE_FIRES,
    "intelligence-sharing": Domain.ISR,
    "nuclear": Domain.NUCLEAR,
    "capability": Domain.CAPABILITY_DEVELOPMENT,
    "capability development": Domain.CAPABILITY_DEVELOPMENT,
    "defence plans": Domain.DEFENCE_PLANNING,
    "defense plans": Domain.DEFENCE_PLANNING,
    "nato and the eu": Domain.NATO_EU,
    "nato and the european union": Domain.NATO_EU,
    "eu and nato": Domain.NATO_EU,
    "industrial": Domain.INDUSTRY,
    "ottawa convention": Domain.ARMS_CONTROL,
    "mine ban": Domain.ARMS_CONTROL,
    "arms control": Domain.ARMS_CONTROL,
    "partner": Domain.PARTNERSHIPS,
    "regional cooperation": Domain.REGIONAL_COOPERATION,
    "regional security": Domain.REGIONAL_COOPERATION,
    "diplomatic": Domain.DIPLOMACY,
    "de-escalate": Domain.DIPLOMACY,
    "deter": Domain.READINESS,
    "ready to": Domain.READINESS,
}


def _domain_words() -> dict[str, Domain]:
    words: dict[str, Domain] = {d.value.replace("-", " "): d for d in Domain}
    words.update({alias: member for alias, member in ALIASES[Domain].items() if isinstance(member, Domain)})
    words.update(_DOMAIN_EXTRA)
    # Bare "air", "land" and "sea" say too little on their own ("Baltic Sea", "land border").
    for vague in ("air", "land", "sea", "ground"):
        words.pop(vague, None)
    return words


_DOMAIN_WORDS = _domain_words()
_DOMAIN_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(_DOMAIN_WORDS, key=len, reverse=True))
    + r")(?:s|es)?(?![\w])",
    re.IGNORECASE,
)


def domains_in(text: str) -> tuple[Domain, ...]:
    """The domains the words of a text point to, in order of first mention.

    Uses the vocabulary's own values and aliases ("subsea", "IAMD") and a
    few common words ("GDP" is spending, "cables" undersea).

    >>> [d.value for d in domains_in("at least 3% of GDP to protect undersea cables")]
    ['spending', 'undersea']
    """
    found: dict[Domain, None] = {}
    for match in _DOMAIN_PATTERN.finditer(text):
        key = " ".join(match.group(0).lower().replace("-", " ").split())
        domain = _DOMAIN_WORDS.get(key) or _DOMAIN_WORDS.get(key.removesuffix("es")) or _DOMAIN_WORDS.get(key.removesuffix("s"))
        if domain is None:
            domain = next((d for w, d in _DOMAIN_WORDS.items() if " ".join(w.replace("-", " ").split()) in (key, key[:-1], key[:-2])), None)
        if domain is not None:
            found.setdefault(domain, None)
    return tuple(found)

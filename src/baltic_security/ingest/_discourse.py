r"""The resolve stage: who is speaking, and what "the ministers", "we" and a surname stand for.

The third stage of drafting (after :mod:`.document` segments the text and
:mod:`.parties` and :mod:`.extract` find the mentions): a :class:`Discourse`
reads the document's people and their titles once, then remembers, sentence
by sentence, what a reader remembers: the last person named, the last
speaker, the group of parties just introduced ("the defence ministers of
Estonia, Latvia and Lithuania"), the party a question asked about, and who
signs the numbered points. The classify stage (:mod:`._classify`) asks it who
a subject stands for and how credible a sentence is.

>>> import baltic_security as bs
>>> from baltic_security.ingest import parse
>>> from baltic_security.ingest.extract import split_sentences
>>> doc = parse("Talks in Riga\nThe defence ministers of Estonia, Latvia and Lithuania met in Riga.\n")
>>> discourse = Discourse(doc, bs.dataset())
>>> for sentence in split_sentences(doc.paragraph(2).text):
...     discourse.remember(discourse.view(sentence.text))
>>> discourse.group_subject("The ministers")
('estonia', 'latvia', 'lithuania')
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from baltic_security._text import fold, with_latin_capitals
from baltic_security.model import Ally
from baltic_security.vocab import ActorKind

from ._assemble import sorted_ids
from ._roles import Attribution, SentenceView
from .cues import CREDIBILITY, WORD, hedged, unnamed_report
from .gazetteer import gazetteer
from .parties import PartyFinder, PartyMention, people_with_titles

if TYPE_CHECKING:
    from baltic_security._dataset import Dataset
    from baltic_security.vocab import Credibility

    from .document import Document, Paragraph

_ANSWER_PARAGRAPHS = 2
SUB_POINT = re.compile(r"\s*\(?(?:[a-h]|i{1,3}|iv|v)\)\s+\S")  # "a) ...", "(b) ...", "iii) ..."
_HOME_MENTIONS = 3
_OWN_MINISTER = re.compile(
    r"(?:deputy |vice )?(?:(?:defen[cs]e|national defen[cs]e|armed forces) )?minister(?: of (?:national )?defen[cs]e)?"
)
_MINISTRY = re.compile(r"\b(?:ministry|ministeri\w*|ministerie|departement\w*|government|regjeringen|kaitseministeerium)\b", re.IGNORECASE)
_MASTHEAD_PARAGRAPHS = 6  # a masthead or "From ..." line stands within a release's first lines
# What a masthead says besides the state or service it names ("America's Navy", "From U.S. Naval Forces Europe-Africa /
# U.S. 6th Fleet Public Affairs", "Ministry of Defence of the Republic of Latvia").
_INSTITUTION_WORD = re.compile(
    r"from|the|of|and|s|navy|naval|army|air|forces?|armed|defen[cs]e|ministry|fleet|public|affairs|press|cent(?:re|er)|"
    r"information|office|command|headquarters|news|government|europe|africa|europe-africa|royal|republic|kingdom"
)
_LINKING_WORDS = frozenset({"from", "the", "of", "and", "s", "republic", "kingdom"})
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# A transcript's speaker label: a name or surname and a colon opening the paragraph.
_SPEAKER_LABEL = re.compile(r"^\s*(?:\[[\d:]+\]\s*)?([^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}):\s")


def is_state(dataset: Dataset, party: str) -> bool:
    """Whether a party is a state (an ally, or an actor of kind state)."""
    record = dataset.get(party)
    return isinstance(record, Ally) or getattr(record, "kind", None) is ActorKind.STATE


_QUOTE = re.compile(r"[\"“”]")
# What names a group noun's members: "the Ministers of Estonia", "the Ministers of Defence of the Republic of Estonia",
# "Ministers for Foreign Affairs of", "the Ministers responsible for defence of Denmark, ..."
_GROUP_OF = re.compile(
    with_latin_capitals(
        r"\s+(?:(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,3}of\s+|(?:responsible|in charge)\s+(?:for|of)\s+\w+\s+of\s+|of\s+)"
        r"(?:the\s+)?"
    )
)
_TITLED_OF = re.compile(
    with_latin_capitals(
        r"\b(?:ministers?|secretar(?:y|ies)(?:\s+of\s+state)?|presidents?|prime ministers?|chancellors?|heads? of (?:state|government))\s+"
        r"(?:(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,3})?of\s+(?:the\s+)?$"
    ),
    re.IGNORECASE,
)
# (not "together with" or "along with": they join the title to the group that meets)
# "together with the Minister of Defence of Ukraine as a guest": the title's own words make it a guest
_AS_GUEST = re.compile(r"[^,;.]*?\bas\s+(?:an?\s+)?(?:guests?|observers?)\b", re.IGNORECASE)
# (a statement's authors are no guests: "Joint Statement by the Secretary of State for Defence of the United Kingdom and ...")
_GUEST = re.compile(
    r"\b(?:(?<!together )(?<!along )with|(?<!statement )(?<!declaration )(?<!communiqué )(?<!communique )(?<!signed )by|to|from|"
    r"against|for|alongside|hosted|invited)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")  # "Estonia, the Republic of Latvia and the ..."
_OFFICIALS_OPEN = re.compile(r"\W*(?:(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s+by\s+)?(?:the\s+)?", re.IGNORECASE)
_GROUP_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(gazetteer().group_nouns, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_GROUP_SUBJECT = re.compile(r"\W*(?:the|both|all|these)\s+(?:" + WORD + r"\s+){0,2}?" + _GROUP_NOUN.pattern, re.IGNORECASE)


class Discourse:
    """What a document has said so far about its people and groups, read in order.

    ``people`` maps each person the document names with a party to that party's id;
    ``titles`` their titles. ``numbered_parties`` are the parties that issue the numbered
    points (from the signature block when ``signed``, else from the preamble).
    """

    def __init__(self, document: Document, dataset: Dataset) -> None:
        self.document = document
        self.dataset = dataset
        finder = PartyFinder(dataset)
        readable = [p.text for p in document.paragraphs if p.furniture is None or p.furniture == "signature"]
        people = people_with_titles(readable, finder)
        self.people = {name: party for name, (party, _) in people.items()}
        self.titles = {name: title for name, (_, title) in people.items() if title}
        self.finder = finder.with_people(self.people)
        self.last_person: str | None = None
        self.group: tuple[str, ...] = ()
        # The group that speaks as "we" ("We, the Ministers of ..."): later subject lists do not replace it.
        self.we_group: tuple[str, ...] = ()
        self.last_speaker: str | None = None
        self.asked: tuple[int, tuple[str, ...]] | None = None  # the paragraph of the last question and the parties it asks about
        self.numbered_parties, self.signed = self._numbered_parties()
        self.home = self._home_party()
        self.publisher = self._publisher()
        if self.publisher is not None and self._ministry_masthead():
            # "Minister of Defence Hanno Kivisild" in the ministry's own release is its minister (not a head of government
            # it hosts, nor "Ambassador Katrin Vogt" or "his counterpart"; and in a navy's or an army's release a minister
            # or an officer may be anyone's)
            unplaced = [n for n, p in self.people.items() if p is None and _OWN_MINISTER.fullmatch(self.titles.get(n, ""))]
            if unplaced:
                self.people.update(dict.fromkeys(unplaced, self.publisher))
                self.finder = finder.with_people(self.people)
        # names several states' forces share ("HMS") are the publisher's, or no one's
        state = self.publisher  # (the publisher's, never the state a text is mostly about: "HMS Prince of Wales" in a Swedish wire)
        self.finder = self.finder.with_home(state)
        unread = [re.escape(s.name) for s in gazetteer().shared_names if state not in s.countries]
        self._unread = re.compile(rf"(?<![\w'])(?:{'|'.join(unread)})(?!\w)") if unread else None
        self.labelled: tuple[int, str] = (0, "")  # the paragraph a transcript's label gives a speaker, and the speaker

    def names_unread(self, text: str) -> bool:
        """Whether ``text`` names forces by a name several states share that this document gives no state for ("HMS")."""
        return self._unread is not None and self._unread.search(text) is not None

    def in_points(self, paragraph: Paragraph) -> bool:
        """Whether a paragraph is a numbered point, or a lettered sub-point under one ("a) to establish a cell ...")."""
        if paragraph.label is not None:
            return True
        if not SUB_POINT.match(paragraph.text):
            return False
        for earlier in reversed(self.document.paragraphs[: paragraph.number - 1]):
            if earlier.label is not None:
                return True
            if not SUB_POINT.match(earlier.text):
                return False
        return False

    def view(self, sentence: str) -> SentenceView:
        """The sentence with its party and people mentions found."""
        return SentenceView(sentence, self.finder.find(sentence))

    # ------------------------------------------------------------ who signs numbered points

    def _numbered_parties(self) -> tuple[tuple[str, ...], bool]:
        paragraphs = self.document.paragraphs
        signature = [p for p in paragraphs if p.furniture == "signature"]
        signed = sorted_ids(i for p in signature for m in self.finder.find(p.text) if m.person is None for i in m.ids)
        first = next((p.number for p in paragraphs if p.label is not None), None)
        if first is None:
            return (), False
        if signed:
            return self._members_only(signed), True
        # The preamble names the signatories as a group ("We, the Prime Ministers of Finland, Estonia and Poland, meeting
        # in light of Russia's war against Ukraine"); failing that, its parties in subject position. Parties it names as
        # objects ("against Ukraine", "with the Minister of Ukraine as a guest") or possessors ("Russia's war") sign nothing.
        grouped: list[str] = []
        subjects: list[str] = []
        for p in paragraphs[: first - 1]:
            if p.body:
                view = SentenceView(p.text, self.finder.find(p.text))
                grouped.extend(self._group_of(view))
                # "... and the Minister for Foreign Affairs of Iceland": one more signatory by its title
                grouped.extend(i for m in view.mentions if self._titled_signatory(view.text, m.start) for i in m.ids)
                subjects.extend(
                    i
                    for m in view.mentions
                    if not (m.place or m.possessive or m.person or view.prepositional(m) or view.attributed(m))
                    for i in m.ids
                )
        return self._members_only(sorted_ids(grouped or subjects)), False

    def _members_only(self, parties: tuple[str, ...]) -> tuple[str, ...]:
        """Drop an organisation when its named members are there too: the members speak."""
        kept = []
        for party in parties:
            members = set(getattr(self.dataset.get(party), "members", ()))
            if not (members and members & set(parties)):
                kept.append(party)
        return tuple(kept)

    # ------------------------------------------------------------ speakers and grades

    def person_in(self, words: str) -> str | None:
        """The document's person these words name: by name, surname or the title they were given."""
        for name in self.people:
            if name in words or name.split()[-1] in words.split():
                return name
        folded = fold(words)
        titled = [name for name, title in self.titles.items() if title and re.search(rf"\b{re.escape(title)}\b", folded)]
        return titled[0] if len(titled) == 1 else None

    def who(self, attribution: Attribution, view: SentenceView) -> tuple[str | None, str | None]:
        """The speaker's display name and party."""
        if attribution.pronoun:
            person = self.last_speaker or self.last_person
            return (person, self.people.get(person)) if person else (None, None)
        inside = [m for m in view.mentions if attribution.who_start <= m.start and m.stop <= attribution.who_stop and not m.place]
        person = next((m.person for m in inside if m.person), None) or self.person_in(attribution.who)
        party = (self.people.get(person) or self.home) if person else None
        if party is None and inside and len(inside[0].ids) == 1:
            party = inside[0].ids[0]
        # The attribution as written keeps the title and initials ("Rear Admiral Anne-Marie de Vries").
        shown = attribution.who if person and person in attribution.who else (person or attribution.who)
        return shown, party

    def speakers(self, view: SentenceView, context: list[SentenceView]) -> list[tuple[str | None, str | None]]:
        # Another sentence's attribution carries over to a quotation or a sentence that opens with a pronoun.
        views = [view]
        if _QUOTE.search(view.text) or re.match(r"\W*(?:he|she|they|we|i|it)\b", view.text, re.IGNORECASE):
            views.extend(context)
        return [self.who(a, v) for v in views for a in v.attributions if not a.unnamed]

    def grade(  # noqa: PLR0911  # one return per Admiralty rule, strongest first
        self, view: SentenceView, paragraph: Paragraph, context: list[SentenceView]
    ) -> tuple[Credibility, str | None]:
        if self.in_points(paragraph) and self.signed and self.numbered_parties:
            return CREDIBILITY["signed"], None
        speakers = [name for name, _ in self.speakers(view, context) if name]
        if not speakers and self.labelled[0] == paragraph.number:
            speakers = [self.labelled[1]]  # "VAIKSNORAS: ...": the person the transcript's label names speaks on the record
        if hedged(view.text):
            return CREDIBILITY["hedged"], speakers[0] if speakers else None
        unnamed = unnamed_report(view.text)
        if unnamed or any(a.unnamed for a in view.attributions):
            who = next((a.who for a in view.attributions if a.unnamed), None)
            return CREDIBILITY["unnamed"], who or _unnamed_word(unnamed)
        if speakers:
            return CREDIBILITY["named"], speakers[0]
        # A sentence that names a known person reports what that person said or did on the record.
        named = [name for name in self.people if name in view.text or re.search(rf"\b{re.escape(name.split()[-1])}\b", view.text)]
        if named:
            return CREDIBILITY["named"], named[0]
        if self.in_points(paragraph) and self.numbered_parties:
            return CREDIBILITY["named"], None
        return CREDIBILITY["none"], None

    def speaker_party(self, view: SentenceView, context: list[SentenceView]) -> str | None:
        party = next((p for _, p in self.speakers(view, context) if p), None)
        if party is not None:
            return party
        # A quotation's "we" belongs to the person the sentence names outside the quotation.
        outside = [m for m in view.mentions if m.person and not _quoted(view.text, m.start)]
        if outside:
            return self.people.get(outside[0].person or "")
        person = self.last_speaker or self.last_person
        if person is None:
            return None
        if len(self.people) == 1:
            # the one person a document names (an interview's guest) speaks its "we" and "our"
            return self.people.get(person) or self.home
        # A speaker whose country the document never states (an interview's "Minister of Defence") speaks for the
        # state the document is about (unless a question taught it, see turn).
        return self.people.get(person) or (self.home if person == self.last_speaker else None)

    def turn(self, paragraph: Paragraph) -> None:
        """Read a transcript's speaker label ("LÕHMUS: ...", "Krūmiņš: ..."): the person named speaks this paragraph."""
        label = _SPEAKER_LABEL.match(paragraph.text)
        if label is None:
            return
        said = fold(label.group(1))
        for name in self.people:
            words = name.split()
            # the whole name or its surname, particles included ("VAN HOUTEN: ..." for Margriet van Houten)
            if said in {fold(" ".join(words[i:])) for i in range(len(words))}:
                self.last_speaker = name
                self.labelled = (paragraph.number, name)
                # A guest whose country the document never states answers for the state a question just asked about
                # ("How many Dutch soldiers are there?" - "About 250. Most are in our NASAMS unit"), and keeps it.
                asked = self.asked[1] if self.asked and 0 < paragraph.number - self.asked[0] <= _ANSWER_PARAGRAPHS else ()
                if self.people.get(name) is None and len(asked) == 1 and is_state(self.dataset, asked[0]):
                    self.people[name] = asked[0]
                return

    def _home_party(self) -> str | None:
        """The state the document is about: named or placed in its text at least three times and twice as often as any other."""
        counts: Counter[str] = Counter()
        for paragraph in self.document.paragraphs:
            if paragraph.furniture is None:
                counts.update(m.ids[0] for m in self.finder.find(paragraph.text) if len(m.ids) == 1 and is_state(self.dataset, m.ids[0]))
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= _HOME_MENTIONS and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
        return None

    def _publisher(self) -> str | None:
        """The state whose armed forces or government publish the document, from its masthead; ``None`` if not one state.

        A masthead line stands before the first sentence of the text and is made only of an institution's name: "America's
        Navy", "Bundeswehr | Navy", "Försvarsmakten | Swedish Armed Forces", "From U.S. Naval Forces Europe-Africa / U.S.
        6th Fleet Public Affairs". A headline ("Swedish marines train in Finland") is not one, nor is furniture.
        """
        found: set[str] = set()
        for paragraph in self.document.paragraphs[:_MASTHEAD_PARAGRAPHS]:
            if paragraph.furniture is not None:
                continue
            if _SENTENCE_END.search(paragraph.text):
                break  # the body has begun
            mentions = [m for m in self.finder.find(paragraph.text) if m.person is None and not m.place]
            rest = paragraph.text
            for m in sorted(mentions, key=lambda m: -m.start):
                rest = rest[: m.start] + " " + rest[m.stop :]
            words = _WORD.findall(rest.lower())
            # (and names an institution, not only a state: a topic tag "Estonia" or "Latvia | Lithuania" is none)
            institution = any(m.kind == "service" for m in mentions) or any(w not in _LINKING_WORDS for w in words)
            if mentions and institution and all(_INSTITUTION_WORD.fullmatch(w) for w in words):
                found.update(i for m in mentions if m.kind != "shared" for i in m.ids)  # ("Forsvaret · Danish Defence")
        states = [p for p in found if is_state(self.dataset, p)]
        return states[0] if len(states) == 1 and len(found) == 1 else None

    def _ministry_masthead(self) -> bool:
        """Whether the masthead is a ministry's or a government's ("Republic of Estonia Ministry of Defence")."""
        title = self.document.metadata.title
        top = title.paragraph if title is not None else _MASTHEAD_PARAGRAPHS
        return any(_MINISTRY.search(p.text) for p in self.document.paragraphs[: min(top, _MASTHEAD_PARAGRAPHS)] if p.furniture is None)

    def introduce_group(self, view: SentenceView) -> None:
        """Remember a group introduced with its parties, for "the ministers" or "they" later.

        "the defence ministers of Estonia, Latvia and Lithuania", "the Estonian and Latvian prime ministers".
        """
        group = self._group_of(view)
        if group:
            # "... of Denmark, Estonia and Sweden, and the Minister for Foreign Affairs of Iceland": one more member
            titled = [i for m in view.mentions if self._titled_signatory(view.text, m.start) for i in m.ids]
            self.group = sorted_ids((*group, *titled))
            if re.search(r"\b(?:we|our)\b", view.text, re.IGNORECASE):
                self.we_group = self.group
            return
        # Two or more officials titled for their states ("The Secretary of State for Defence of the United Kingdom and the
        # Minister of Defence of the Republic of Estonia met today") are what "the two Ministers" or "both sides" stand for.
        # (as the sentence's subject, or a statement's authors: not those who attended or wrote to them, "The signing was
        # attended by the President of Lithuania and the Chancellor of Germany")
        signing = [m for m in view.mentions if not m.place and self._titled_signatory(view.text, m.start)]
        officials = sorted_ids(i for m in signing for i in m.ids)
        title = _TITLED_OF.search(view.text, 0, signing[0].start) if signing else None
        if len(officials) >= 2 and title is not None and _OFFICIALS_OPEN.fullmatch(view.text, 0, title.start()):
            self.group = officials
            return
        # Parties joined as the sentence's subject ("Estonia and Latvia signed ...") are what "both countries",
        # "the two governments" or "they" stand for next.
        opening = re.match(r"\W*(?:the\s+)?", view.text)
        subject = joined(view, opening.end() if opening else 0, forward=True)
        ids = sorted_ids(i for m in subject for i in m.ids)
        if len(ids) >= 2 and not any(m.possessive for m in subject):
            self.group = ids

    @staticmethod
    def _titled_signatory(text: str, at: int) -> bool:
        """Whether a party stands after a title that signs ("and the Minister for Foreign Affairs of Iceland"), not a guest's."""
        title = _TITLED_OF.search(text, 0, at)
        return title is not None and not _GUEST.search(text, 0, title.start()) and not _AS_GUEST.match(text, at)

    @staticmethod
    def _group_of(view: SentenceView) -> tuple[str, ...]:
        """The parties of a group a sentence introduces with a group noun, or ``()``."""
        for noun in _GROUP_NOUN.finditer(view.text):
            # "the Ministers of Estonia", "the Ministers of Defence of the Republic of Estonia", "Ministers for Foreign Affairs of"
            after = _GROUP_OF.match(view.text[noun.end() :])
            members = joined(view, noun.end() + after.end(), forward=True) if after else []
            if not members:
                last = [
                    m
                    for m in view.mentions
                    if m.stop <= noun.start() and re.fullmatch(r"(?:\s+[\w-]+){0,2}\s*", view.text[m.stop : noun.start()])
                ]
                members = joined(view, last[-1].stop, forward=False) if last else []
            ids = sorted_ids(i for m in members for i in m.ids)
            if len(ids) >= 2:  # a group is two or more parties
                return ids
        return ()

    def remember(self, view: SentenceView) -> None:
        self.introduce_group(view)
        found = [(m.start, m.person) for m in view.mentions if m.person]
        found += [(view.text.find(name), name) for name in self.people if name in view.text]
        found = [(at, name) for at, name in found if at >= 0 and name]
        if found:
            self.last_person = max(found)[1]
        for attribution in view.attributions:
            if not attribution.pronoun:
                person = self.person_in(attribution.who)
                if person is not None:
                    self.last_speaker = person

    # ------------------------------------------------------------ what a subject stands for

    def group_subject(self, subject_words: str) -> tuple[str, ...]:
        """The group "the ministers", "both leaders" or "they" stands for, or ``()``."""
        if self.group and (_GROUP_SUBJECT.match(subject_words) or re.match(r"\W*they\b", subject_words, re.IGNORECASE)):
            return self.group
        return ()

    def ask(self, paragraph: Paragraph, view: SentenceView, clause: tuple[int, int]) -> None:
        """Remember the party a question asks about ("What will Latvia buy next?"): the answer's "we" speaks for it."""
        # A question puts its subject after the auxiliary ("What will Latvia give?", "Will NATO add forces?").
        free = [m for m in view.mentions if clause[0] <= m.start < clause[1] and not m.place and not view.prepositional(m)]
        if free:
            self.asked = (paragraph.number, sorted_ids(i for m in joined(view, free[0].start, forward=True) for i in m.ids))

    def answered(self, paragraph: Paragraph) -> tuple[str, ...]:
        """The parties the last question asked about, when this paragraph may be its answer."""
        if self.asked and paragraph.number - self.asked[0] <= _ANSWER_PARAGRAPHS:
            return self.asked[1]
        return ()


def joined(view: SentenceView, at: int, *, forward: bool, places: bool = False) -> list[PartyMention]:
    """Party mentions joined by commas and "and" that start (forward) or end (backward) at ``at``; places too if ``places``."""
    mentions = [m for m in view.mentions if places or not m.place]
    text = view.text
    if forward:
        chain = [m for m in mentions if m.start == at][:1]
        while chain:
            nxt = next((m for m in mentions if m.start > chain[-1].stop and _JOINED.fullmatch(text[chain[-1].stop : m.start])), None)
            if nxt is None:
                break
            chain.append(nxt)
        return chain
    chain = [m for m in mentions if m.stop == at][:1]
    while chain:
        prev = next((m for m in reversed(mentions) if m.stop < chain[0].start and _JOINED.fullmatch(text[m.stop : chain[0].start])), None)
        if prev is None:
            break
        chain.insert(0, prev)
    return chain


def _quoted(text: str, position: int) -> bool:
    return len(_QUOTE.findall(text[:position])) % 2 == 1


def _unnamed_word(phrase: str | None) -> str | None:
    if not phrase:
        return None
    words = re.findall(r"insiders?|sources?|officials?|analysts?|observers?|diplomats?|experts?|people", phrase, re.IGNORECASE)
    return words[0].lower() if words else None

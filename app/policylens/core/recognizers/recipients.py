"""Named recipients: the organisations a policy names as receiving, hosting or processing data.

Where a name is found (every word list is the pack's ``[words]``, extending ``_base.toml``'s):

* a well-known processor (``known_recipients``, and the products of ``recipient_companies``) in any
  sentence of the body ("Mozilla Monitor uses Google Analytics to ...");
* the names listed after a cue (``recipient_cues``: "powered by", "we use", "afgehandeld door") —
  "we use Braze, Salesforce and Campaign Monitor to ...";
* the name right before a cue (``recipient_cues_after``: "X receives", "X erhält");
* the value of a "Label: value" line or table cell whose label is a processor's
  (``recipient_labels``: "Hosting-Anbieter: Nordwolke AG, Kiel");
* the name a list item starts with, under a sharing lead-in or heading ("- Twilio. Twilio receives ...");
* a company name with its legal form (``legal_forms``) in a sharing sentence.

A name that is neither well known nor carries a legal form must look like a name: it never occurs
in lower case in the policy ("Greenhouse" is a name there, "Settings" is not), and in languages
that capitalise nouns it has the shape of a name (inner capitals, digits, an acronym). Names are
normalised to the company (``recipient_companies``: "Google Analytics" → Google, "Amazon SES" →
Amazon Web Services; "Fluxx.io" → Fluxx). Never the service or its controller (the service
recognizer's ``service`` fact), never the supervisory authority (sentences of ``rights.complaint``),
never a product people use (``not_recipients``: "Google Chrome").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

import regex

from policylens.core import catalogue as C
from policylens.core import prefilter
from policylens.core.engine.contexts import Segmented
from policylens.core.engine.negation import is_negated
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack, Words, first_match, known_pattern

# what a proper name looks like beyond a capital: inner capitals (PayPal), digits, dots (Tawk.to),
# acronyms (AWS), several capitalised words (Google Analytics)
_LOOKS_LIKE_NAME = re.compile(r"[a-z][A-Z]|\d|\.\w|^[A-Z]{2,}(?![\w-])|^[A-Z]\w+\s[A-Z]")
# the shape of a name opening a list item, before what it does: no acronym alone (two partners' names joined
# by a spaced ampersand are such a name too: "- Hadley & Vaughan Chartered Accountants, our accountants")
_ITEM_NAME = re.compile(r"[a-z][A-Z]|\d|\.\w|^[A-Z][a-zß-ÿ][\w&'’-]*\s(?:&\s)?[A-Z]|^[A-Z]{2,}\s[A-Z][a-z]")
# in languages that capitalise nouns, several capitalised words are no name yet ("Ihre Daten")
_LOOKS_LIKE_NAME_NOUNS = re.compile(r"[a-z][A-Z]|\d|\.[a-z]|^[A-Z]{2,}(?![\w-])")
# a name: capitalised words (a dotted domain-like ending allowed: "Sentry.io"), up to four
# — after a name of four letters or more, a hyphen and a lower-case tail are a compound of the
# language around the name ("MailerLite-palvelulla", "Stripe-betalning"); after a short acronym they
# are a part of it ("ID-porten")
# (a name may open with a capital beyond ASCII: "Økokrim", "Åbo Akademi", "Östra Sjukhuset")
_WORD = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w&'’+]{0,2}-[a-zà-ÿ][\w&'’+-]*(?<!['’])|[A-ZÀ-ÖØ-Þ][\w&'’+]*(?:-[A-Z0-9][\w&'’+]*)*(?<!['’]))"
    r"(?:\.[a-z]{2,4}(?![\w.]))?"
)
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")  # "LønPartner", "DataPartner": a name's word, not a noun
_WORD_RUN = regex.compile(r"\w+")  # words as the pack's patterns (regex) see them
_WORD_CHAR = regex.compile(r"\w")
# (words joined by "&" too: "Dow Jones Risk & Compliance")
_NAME = re.compile(rf"{_WORD}(?:(?:[ \u00a0]&)?[ \u00a0]{_WORD}){{0,3}}")
# in a list of examples ("such as Criteo and iSpot.tv"), a name may also open with one or two
# lower-case letters before a capital ("iSpot.tv", "hCaptcha"); elsewhere such a word is more often
# the service's own product ("through eConnect's 'My Privacy' feature")
_NAME_OPEN = re.compile(rf"(?:[a-z]{{1,2}}(?=[A-Z]))?{_NAME.pattern}")
_LEAD = re.compile(r"^[\s\-–—•*·→\"“«„']*(?:\(?(?:[a-z]|\d{1,2})[.)][ \t]+)?")  # and a list item's "b.", "2)" or "(c)"
_LABEL = re.compile(r"^[\s\-–•*·]*([^:|\n]{2,160}?)\s*:\s*")  # "Hosting-Anbieter: ..."
# a task of one to five words: "Ticketing en toegangscontrole"
_ROLE = re.compile(r"[^\W\d][^\W\d_]*(?:[ -/]+[^\W\d][^\W\d_]*){0,4}")
_LOWER_WORD = re.compile(r"(?<![\w.])[a-zà-ÿ][\w'’-]*")
_TLD = re.compile(r"\.(?:com|io|net|org|co|ai|app)$")
_POSSESSIVE = re.compile(r"['’]s$")
# where the names after a cue end: the clause ends
_CLAUSE_END = re.compile(r"[.;:!?()\[\]](?:\s|$)|\n| - | – ")
# a short aside after a listed name ("Google Cloud (hosting), Twilio (SMS) and Sendbird (chat)")
_ASIDE = re.compile(r"(?<=[\w.])[ \u00a0]?\([^()\n]{1,60}\)")  # also after a legal form's dot
_RELATIVE_AFTER = re.compile(r"^\s*,\s*(\w+)")  # ", who ...": its first word, a relative pronoun or not
_LOWER_WORDS_TO_PAREN = re.compile(r"[\w-]*(?:[ \u00a0]+[a-zà-ÿ][\w-]*){0,3}[ \u00a0]*")
# the role words before a listed name ("vår betaltjänstleverantör Nets", "telematikplattformen Geotab",
# "the booking system ChurchDesk"): up to two lower-case words right before a capital
# — the word right before the name a noun of four letters or more, no article ("the Invisible
# reCAPTCHA", "la DINUM", "een Content Distribution Network")
_ROLE_WORDS = re.compile(r"^[\s\-–•*·\"“«„']*(?:[a-zà-ÿ][\w'’-]*[ \u00a0]+)?[a-zà-ÿ][\w'’-]{3,}[ \u00a0]+(?=[A-Z])")
# after a legal form's dot, the list goes on: a comma, or a blank left by an aside, then more
_LOWER_AFTER = re.compile(r"^[ \u00a0]+[a-zà-ÿ]")  # a lower-case word right after a name
_LIST_GOES_ON = re.compile(r"[ \u00a0]*,|[ \u00a0]{2,}\S")
_SHARING = ("share",)
# recipient kinds that are no company a policy names: authorities, and anyone "with your consent"
_NOT_COMPANIES = ("legal", "with_consent")
_ANY_TOPIC = ("share", "use", "collect", "cookies", "purpose", "security", "retain")


class NamedRecipientsRecognizer(Recognizer):
    """Facts: ``recipient_names`` = [(recipient id, sentence, [names])], in text order."""

    name = "named recipients"
    fields = ("shared_with.names",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"recipient_names": named_recipients(seg)})


# the stem of "pseudonymised" in the languages of the packs (pseudonymisiert, pseudonimizzati, seudonimizados …)
_PSEUDONYMISED = re.compile(r"p?seudony?[mi]", re.IGNORECASE)


# how near (in characters) the words for anonymised data stand to the public body they are about
_ANONYMOUS_REACH = 100


def _not_anonymous(bodies: list[str], chunk: str, words: Words) -> list[str]:
    """The ``bodies`` of a sentence with the pack's ``anonymous_cues`` that stand far from all of them:
    «… til Skattestyrelsen (…), til vores revisor, … og til Slots- og Kulturstyrelsen, hvis …; i
    sidstnævnte tilfælde dog kun som antal og uden navne» gives only the last one figures."""
    cues = [(m.start(), m.end()) for m in words.anonymous_cue.finditer(chunk, timeout=1.0)]
    if not cues:
        return bodies
    folded = chunk.casefold()
    kept = []
    for b in bodies:
        # (as written, or inflected: a stem of the name, "Tilastokeskukselle" for "Tilastokeskus")
        name = b.casefold()
        at = next((k for n in range(len(name), max(5, len(name) - 4) - 1, -1) if (k := folded.find(name[:n])) >= 0), -1)
        end = at + len(b)
        if at < 0 or all(cs - end > _ANONYMOUS_REACH or at - ce > _ANONYMOUS_REACH for cs, ce in cues):
            kept.append(b)
    return kept


def norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.casefold())


class _Names:
    """What decides whether a candidate is a recipient's name, for one document."""

    def __init__(self, seg: Segmented) -> None:
        self._text = seg.doc.text
        self._lower_words: set[str] | None = None
        self._lower_folded: list[str] | None = None
        self._after_article: dict[str, bool] = {}
        self.exclude: list[str] = []  # the service's and controller's names, normalised
        self.first: list[str] = []  # their first words ("Mozilla" of "Mozilla Subscription Services")
        svc = seg.facts.get("service")
        self.controller: str | None = getattr(svc, "controller", None)
        for n in (getattr(svc, "name", None), getattr(svc, "controller", None)):
            if n and n.split():
                self.exclude.append(norm(n))
                if len(norm(n.split()[0])) >= 4:
                    self.first.append(norm(n.split()[0]))

    @property
    def lower_words(self) -> set[str]:
        """The words the policy writes in lower case (worked out when a name first needs them)."""
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self._text))
        return self._lower_words

    def common_word(self, word: str, words: Words) -> bool:
        """Whether a capitalised ``word`` is a common word, not (part of) a place's name: the policy
        writes it in lower case, it starts no name, or, where nouns are capitalised, the policy writes
        it after an article ("die Daten", "Ihre Angaben")."""
        if word in words.name_stops or word.casefold() in words.we_words or word.casefold() in self.lower_words:
            return True
        if not (words.capitalises_nouns and words.noun_articles):
            return False
        seen = self._after_article.get(word)
        if seen is None:
            seen = self._after_article[word] = any(
                m.group(1).casefold() in words.noun_articles
                for m in regex.finditer(r"(?<![\w-])(\w+)[ \u00a0]" + regex.escape(word) + r"(?![\w-])", self._text)
            )
        return seen

    def local_body(self, m: regex.Match[str], words: Words) -> str | None:
        """The public body a ``words.local_body`` match names, without the common words its place
        takes in from around it ("Contact Westmoor County Council", "dem Finanzamt Fulda Unterlagen"),
        or None where no place's name is left ("an das Finanzamt Daten übermitteln")."""
        place = m.group("place").split()
        start, end = m.start(1), m.end(1)
        if m.start("place") == start:  # the place opens the name ("Westmoor County Council"): from the start
            while place and self.common_word(place[0], words):
                place.pop(0)
            if not place:
                return None
            name = m.string[m.end("place") - len(" ".join(place)) : end]
        else:  # the place follows the noun ("Finanzamt Fulda"): from the end, and what follows it goes too
            kept = len(place)
            while place and self.common_word(place[-1], words):
                place.pop()
            if not place:
                return None
            if len(place) < kept:
                end = m.start("place") + len(" ".join(place))
            name = m.string[start:end]
        # (the noun as shown, where the text inflects it: «Kouvolan kaupungille» → "Kouvolan kaupunki",
        # Polish «Urzędowi Skarbowemu w Lesznie» → "Urząd Skarbowy w Lesznie")
        return " ".join(words.local_body_forms.get(w.casefold(), w) for w in name.split())

    def lower_begins(self, stem: str) -> bool:
        """Whether a word the policy writes in lower case, case-folded, begins with ``stem``: the
        folded words sorted once, those that begin with it are the range from its place on."""
        if self._lower_folded is None:
            self._lower_folded = sorted({w.casefold() for w in self.lower_words})
        got = self._lower_folded
        i = bisect.bisect_left(got, stem)
        return i < len(got) and got[i].startswith(stem)

    def is_self(self, name: str) -> bool:
        """The service itself: its name, a part of it ("Mozilla"), or a name it starts ("Mozilla Glean")."""
        k = norm(name)
        if not k:
            return False
        return self._names(k) or any(k.startswith(f) for f in self.first)

    def _names(self, k: str) -> bool:
        """Whether ``k`` (normalised) is the service's or controller's name, or a part of one."""
        return any(k == e or (len(k) >= 4 and k in e) for e in self.exclude)

    def is_self_named(self, name: str, words: Words) -> bool:
        """:meth:`is_self`, but for a company with a legal form of its own that only begins like the
        service when no controller is known: "Andale Technologies LLC" beside the service "Andale
        Viajes" is another company of the group (with a controller, :meth:`is_sister` tells).
        A product the packs give to a company is that company's: "pixel de Meta" is no part of a
        service called "Pixel Nord"."""
        name = words.company_of.get(name.casefold(), name)
        if not self._names(norm(name)) and self.another_company(name, words):
            return False
        if not self.is_self(name):
            # with no controller known, the service's name (or its tail) with a legal form added is
            # the service: «Kaarthandel De Wilde B.V.», cut from «Boek- en Kaarthandel De Wilde B.V.»,
            # in the notice of «Boek- en Kaarthandel De Wilde»
            return (
                self.controller is None
                and words.legal_form_at_end.search(name) is not None
                and self._names(norm(words.legal_form_at_end.sub("", name)))
            )
        if self.controller is None and words.legal_form_at_end.search(name):
            return self._names(norm(words.legal_form_at_end.sub("", name)))
        return True

    @staticmethod
    def known(name: str, words: Words) -> bool:
        """A well-known processor (or a company of one)."""
        k = name.casefold()
        return k in words.known_names or k in words.company_of

    def is_sister(self, name: str, words: Words) -> bool:
        """Another company of the controller's group: its name starts like the controller's and it
        has a legal form of its own, other than the controller's ("Corvane Inc." for "Corvane
        Systems GmbH", "Mozilla Foundation" for "Mozilla Corporation"), or the same legal form after
        another name ("Auralis A/S" for "Auralis Norge AS")."""
        if not self.controller or not self.is_self(name) or self.another_company(name, words):
            return False
        theirs = words.legal_form_at_end.search(name)
        ours = words.legal_form_at_end.search(self.controller)
        if theirs is None or ours is None:
            return False
        # "Auralis A/S" for "Auralis Norge AS": the same legal form, another company of the group
        # when the names before it differ
        return norm(theirs.group(0)) != norm(ours.group(0)) or norm(name[: theirs.start()]) != norm(
            self.controller[: ours.start()]
        )

    def another_company(self, name: str, words: Words) -> bool:
        """A company with a legal form of its own that only begins like the controller: its first word is
        not the controller's word but a longer one ("CampSite Software Ltd" beside "Camp Clochán Limited"), or
        two words or more of its own follow the words it shares ("Granite State Recovery Services, LLC"
        beside "Granite Bow Strings, LLC"). A sister company adds one word to the shared ones ("Corvane
        Inc.", "Auralis Norge AS", "MediaNews Group Interactive, Inc.")."""
        theirs = words.legal_form_at_end.search(name)
        if theirs is None or not self.controller:
            return False
        ours = words.legal_form_at_end.search(self.controller)
        mine = [k for w in name[: theirs.start()].split() if (k := norm(w))]
        owner = [k for w in self.controller[: ours.start() if ours else None].split() if (k := norm(w))]
        if not mine or not owner:
            return False
        shared = 0
        while shared < min(len(mine), len(owner)) and mine[shared] == owner[shared]:
            shared += 1
        return len(mine) - shared >= (1 if shared == 0 else 2)

    def common_stem(self, name: str) -> bool:
        """Whether a word of ``name`` (not shaped like a name's) is, but for its ending, a word the
        policy writes in lower case: a defined term or a capitalised noun of an inflected language
        ("Każdy Współadministrator" beside "współadministratorami"), no company."""
        for w in name.split():
            if _LOOKS_LIKE_NAME.search(w) or len(w) < 8:
                continue  # a short word: its own lower-case form is checked by looks_like_name
            if self.lower_begins(w.casefold()[: len(w) - 3]):
                return True
        return False

    def compound_of_lower(self, word: str) -> bool:
        """Whether ``word`` ends with a word of six letters or more that the policy writes in lower case:
        a compound noun («Återförsäkringsbolag» beside «försäkringsbolag»), no company's name."""
        k = word.casefold()
        return any(len(w) >= 6 and k.endswith(w.casefold()) for w in self.lower_words)

    def apposed_name(self, name: str, words: Words) -> bool:
        """Whether ``name``, written in apposition to a noun of the service's own, is a firm's name though a
        later word of it is a common noun ("Society Insurance", "Brearley & Co Chartered Accountants"): two
        words or more, the first capitalised, no name stop, and never written in lower case in the policy
        (where nouns are capitalised, no such name is told from a noun)."""
        parts = name.split()
        if len(parts) < 2 or words.capitalises_nouns or not parts[0][:1].isupper():
            return False
        if parts[0] in words.name_stops or parts[0].casefold() in words.we_words:
            return False
        return parts[0].casefold() not in self.lower_words and self.looks_like_name(parts[0], words, False)

    def looks_like_name(self, name: str, words: Words, strong: bool) -> bool:
        """``strong``: known or with a legal form."""
        first = name.split(maxsplit=1)[0]
        # a well-known name may begin with a word that starts no other name ("The Trade Desk"), and so may one
        # written with its legal form begin with one of the pack's name_openers ("The Rocket Science Group LLC")
        stop = first in words.name_stops and not (strong and (self.known(name, words) or _opened(name, words)))
        if stop or name.casefold() in words.we_words:
            return False
        # (so may a well-known name begin with a word the service calls itself: «Société des Avis Garantis»)
        if first.casefold() in words.we_words and not (strong and self.known(name, words)):
            return False
        # one word that is itself a possessive of the service's own (Finnish «Hälytyskeskuksemme», "our alarm
        # centre", opening a sentence) is the service's noun, not a firm's name
        if " " not in name and words.our_words.fullmatch(name):
            return False
        if name.casefold() in words.not_recipients or self.is_self_named(name, words):
            return False
        if all(w.casefold() in words.generic_title_words for w in name.split()):
            return False
        if strong:
            return True
        # no name opens with a particle: "del Tratamiento" is what a role noun leaves of "Encargados del Tratamiento"
        if words.name_particle.match(" " + name):
            return False
        if len(norm(name)) < 3:
            return False
        if words.capitalises_nouns and not _LOOKS_LIKE_NAME_NOUNS.search(name):
            return False
        # a common noun written with a capital ("Settings", "Analytics") occurs in lower case too
        # (its particles are lower-case words: "du" in "Régie Numérique du Finistère"; so is the word that
        # opens a family name before it: "Van" in "Van Dongen & Partners Accountants")
        parts = name.split()
        if len(parts) > 1 and parts[0].casefold() in words.surname_openers and parts[1][:1].isupper():
            parts = parts[1:]
        # a firm's name joined by an ampersand ("Morel Audit & Conseil") is a name though a word after
        # its first is a common noun the policy also writes in lower case ("devoir de conseil"): only
        # the words before the "&" are checked ("Conditions & Tarifs" stays a noun)
        if "&" in parts[1:]:
            parts = parts[: parts.index("&")]
        return not any(
            w.casefold() in self.lower_words for w in parts if w[:1].isupper() and not _LOOKS_LIKE_NAME.search(w)
        )


def _base_form(name: str, words: Words) -> str:
    """``name`` with its last word in its base form, where the language inflects names and the word
    ends in one of the pack's ``name_case_forms`` (Finnish «esimerkiksi Swatch Groupin tai Rolexin
    huoltoon» names "Swatch Group" and "Rolex"); a name with no such ending, or one whose last word
    would be left shorter than three letters, is returned as it is."""
    head, _, last = name.rpartition(" ")
    for ending, shown in words.name_case_forms:
        m = ending.search(last)
        if m is not None and m.start() >= 3 - len(shown):
            return f"{head} {last[: m.start()]}{shown}".lstrip()
    return name


def _opened(name: str, words: Words) -> bool:
    """Whether ``name`` is a company's name with its legal form that opens with one of the pack's
    ``name_openers``, a name stop it is written with ("The Rocket Science Group LLC")."""
    return name.split(maxsplit=1)[0] in words.name_openers and words.legal_name.fullmatch(name) is not None


def without_role(name: str, words: Words) -> str:
    """The name without the role noun before it: "Inkassounternehmen Creditreform Kopf KG",
    "IT-leverandøren Netcompany A/S" (a word that is, or ends in, one of the pack's
    ``recipient_labels``) name "Creditreform Kopf KG" and "Netcompany A/S"."""
    if name.casefold() in words.known_names:  # "Inspektionen för vård och omsorg" is all a name
        return name
    parts = name.split()
    while len(parts) > 3 and parts[0] in words.name_stops and not _opened(" ".join(parts), words):
        parts = parts[1:]  # "Vores IT-leverandør Keylane A/S" (not "The Rocket Science Group LLC": as written)
        # a particle left in front opens no name: "NNW w PZU S.A." (accident insurance with PZU) names "PZU S.A."
        while len(parts) > 1 and words.name_particle.match(" " + " ".join(parts)):
            parts = parts[1:]
    name = " ".join(parts)
    if len(parts) < 3 or name.casefold() in words.known_names:
        return name
    first = parts[0]
    # (any label that ends the word: "Hosting-Anbieter" is read past its first half, "Hosting")
    if not any(
        m.end() == len(first) and (m.start() == 0 or first[m.start() - 1] == "-")
        for m in words.recipient_label.finditer(first)
    ):
        return name
    return " ".join(parts[1:])


def canonical(name: str, words: Words) -> str:
    raw = " ".join(name.split()).rstrip(" ,;:")
    name = raw.strip(" ,.;:")
    name = _POSSESSIVE.sub("", name)
    company = words.company_of.get(name.casefold())
    if company:
        return company
    if name.casefold() in words.known_names:
        return words.known_names[name.casefold()]
    # "Cloudflare, Inc.", "Google Ireland Limited", "Adyen N.V.", "Amazon Web Services EMEA SARL": the
    # company we know, by the longest known start of the name without its legal form
    bare = words.legal_form_at_end.sub("", name).strip(" ,")
    if bare == name:
        bare = words.legal_form_at_end.sub("", name + ".").strip(" ,")  # its last dot was stripped
    parts = bare.split()
    if bare != name.rstrip(".") and parts:
        for n in range(len(parts), 0, -1):
            k = " ".join(parts[:n]).casefold()
            if n < len(parts) and k in words.not_recipients:
                break  # "SMS Timing NV": a company whose name starts with a technical term is not that term
            if k in words.company_of or k in words.known_names:
                return words.company_of.get(k) or words.known_names[k]
    name = _TLD.sub("", name)
    if raw == name + "." and words.legal_name.fullmatch(raw):
        name = raw  # "Helpwise Sp. z o.o.", "Example Inc.": the legal form keeps its dot
    return words.company_of.get(name.casefold(), name)


def lead_name(text: str, words: Words, open_lower: bool = False) -> tuple[str, bool] | None:
    """The name ``text`` starts with, and whether it is strong (known or with a legal form);
    ``open_lower``: a name may open in lower case before a capital ("iSpot.tv")."""
    pos = _LEAD.match(text).end()  # type: ignore[union-attr]
    article = words.name_article.match(text, pos)
    if article is not None:
        pos = article.end()  # "• a CTT Expresso, que faz as entregas": the article is no part of the name
    m = words.legal_name.match(text, pos)
    k = words.known_recipients.match(text, pos)
    # (a well-known name that runs on past the legal form is the whole name: «Compensa TU S.A. Vienna
    # Insurance Group», not «Compensa TU S.A.»)
    if m is not None and (k is None or k.end(1) <= m.end(1)):
        return " ".join(m.group(1).split()), True
    if k is not None:
        return k.group(1), True
    n = (_NAME_OPEN if open_lower else _NAME).match(text, pos)
    if n is not None:
        end = n.end()
        # "Régie Numérique du Finistère — hébergement": the language's particles join capitalised words
        while (p := words.name_particle.match(text, end)) is not None and (more := _NAME.match(text, p.end())):
            end = more.end()
        return text[n.start() : end], False
    return None


_ASIDE_FIRST = re.compile(r"[ \u00a0]*\([^()\n]{1,60}\)")  # a short aside in brackets, first in a text
_ROLE_AFTER = re.compile(r"^(?:\s?[,(:]|\s[-–—]\s)")  # what a listed name does follows it: ", for …", " (SMS)"


def _joined_name(after: str, words: Words, sharing: bool) -> list[tuple[str, bool]]:
    """The names joined to the name a list item opens with, before what they do ("• PayFast and Ozow,
    for card payments", "• Australia Post and CouriersPlease, which deliver", "- InPost, DPD Polska oraz
    Raben Logistics Polska – dostawa"): the item names them all. A run of names joined by commas counts
    only when a conjunction joins its last ("- Twilio, SMS" names no second company). ``after``: the
    item's text after its first (accepted) name."""
    chain: list[tuple[str, bool, bool, str]] = []  # name, strong, joined by a comma, the text after it
    rest = after
    for _ in range(6):
        # (an aside after a name is passed over: "- Colissimo (La Poste) et DPD France (livraison)")
        aside = _ASIDE_FIRST.match(rest)
        if aside is not None:
            rest = rest[aside.end() :]
        sep = words.list_split.match(rest)
        if sep is None or sep.group(0).strip() == "":
            break
        got = lead_name(rest[sep.end() :], words)
        if got is None:
            break
        nm, strong = got
        part = rest[sep.end() :]
        rest = part[part.find(nm) + len(nm) :]
        comma = sep.group(0).strip() == ","
        chain.append((nm, strong, comma, rest))
        if not comma:
            break
    if not chain or chain[-1][2]:
        return []
    nm, strong, _, tail = chain[-1]
    if not (strong or (sharing and _ROLE_AFTER.match(tail) is not None and not nm.isupper())):
        return []
    # the names before it, joined by commas, look like names too ("DPD Polska", not "SMS")
    for nm, strong, _, _ in chain[:-1]:
        if not (strong or (sharing and not nm.isupper() and _ITEM_NAME.search(nm))):
            return []
    return [(nm, strong) for nm, strong, _, _ in chain]


def _legal_form_first(part: str, words: Words) -> str | None:
    """The legal form ``part`` starts with ("Inc." of "Inc. for transcription"), or None."""
    tokens = part.split()
    for k in range(min(3, len(tokens)), 0, -1):
        head = " ".join(tokens[:k])
        if words.legal_form_at_end.fullmatch(" " + head):
            return head
    return None


def _company_next(chunk: str, at: int, seps: list[tuple[int, int]], words: Words) -> bool:
    """Whether the list part after the separator at ``at`` opens with another company written with its
    legal form: "for eksempel DNB Eiendom AS, Krogsveen AS eller PrivatMegleren" is a list of companies,
    which goes on past the comma, where an address follows "X GmbH, Street 1, Town"."""
    for b, e in seps:
        if b == at:
            nxt = chunk[e:].lstrip(" \u00a0")
            m = words.legal_name.match(nxt)
            return m is not None and not any(c.isdigit() for c in nxt[: m.end()])
    return False


def _names_after(
    chunk: str, pos: int, words: Words, roles: bool = False, examples: bool = False
) -> list[tuple[str, bool]]:
    """The names listed from ``pos`` to the end of the clause ("Stripe, Apple, PayPal, or Google Pay");
    a short aside after a name does not end the list ("Google Cloud (hosting), Twilio (SMS) and Sendbird").
    Role words before a name ("vår betaltjänstleverantör Nets", "telematikplattformen Geotab") are
    passed over where the list is one of processors (``roles``: after a processor's label), after a
    first name, or when they are a processor's noun themselves. ``examples``: the list follows "such
    as" (a name may open in lower case: "iSpot.tv")."""
    aside_texts = [(a.start() + pos, a.group()) for a in _ASIDE.finditer(chunk[pos:])]
    asides = [a for a, _ in aside_texts]
    chunk = chunk[:pos] + _ASIDE.sub(lambda a: " " * len(a.group()), chunk[pos:])
    end = _CLAUSE_END.search(chunk, pos)
    if end is not None and "." in chunk[end.start() : end.end()]:
        # a legal form's dots end no clause ("provided by Helpwise Sp. z o.o. in Poland")
        lm = words.legal_name.match(chunk, pos + len(chunk[pos : pos + 8]) - len(chunk[pos : pos + 8].lstrip()))
        if lm is not None and lm.end() > end.start():
            end = _CLAUSE_END.search(chunk, lm.end())
    # nor do those of a later name's ("Geotab Inc. (telematics), Adyen N.V. (payments) and Telia"):
    # a dot that ends a legal form, with the list going on after it, is passed
    while end is not None and "." in end.group() and _LIST_GOES_ON.match(chunk, end.start() + 1):
        at = end.start() + 1
        if not any(lf.end() == at for lf in words.legal_name.finditer(chunk, max(pos, at - 80), at)):
            break
        end = _CLAUSE_END.search(chunk, end.start() + 1)
    part_text = chunk[pos : end.start() if end else min(len(chunk), pos + 200)]
    out: list[tuple[str, bool]] = []
    # "Persona for identity checks, Chainalysis for blockchain analytics and Plaid for bank links": each
    # name is followed by its task, opened by the same word; the list goes on while the next part is
    # a name and a task opened by that word (else words after a name end the list: "AWS so as to ...")
    task_word: str | None = None
    loose = False  # the list goes on after a company with its legal form, at a conjunction
    seps = [(pos + m.start(), pos + m.end()) for m in words.list_split.finditer(part_text)]
    starts = [pos, *(e for _, e in seps)]
    ends = [*(b for b, _ in seps), pos + len(part_text)]
    for p0, p1 in zip(starts, ends, strict=True):
        part = chunk[p0:p1]
        if not part.strip():
            continue
        article = words.name_article.match(part)
        if article is not None:
            part = part[article.end() :]  # "…, a Optisoft (ficha clínica) e a Hive": the article is no part of the name
        form = _legal_form_first(part, words) if out else None
        if form is not None:
            # "Lumio Labs, Inc., which ...": the legal form after the comma belongs to the name before it
            out[-1] = (f"{out[-1][0]}, {form}", True)
            if part.strip()[len(form) :].strip(" .\u00a0"):
                return out  # "Deepgram, Inc. for transcription": words after it end the list
            continue
        got = lead_name(part, words, examples)
        if got is None:
            role = _ROLE_WORDS.match(part)
            if role is None or not (roles or out or words.recipient_label.search(role.group(0))):
                return out
            part = part[role.end() :]
            got = lead_name(part, words)
            if got is None:
                return out
        rest = part.strip(" \u00a0\"“”«»'")
        if rest.startswith(got[0]) and rest[len(got[0]) :].lstrip(":") in words.name_endings:
            rest = got[0]  # "Postille": the name with a case ending, nothing after it
        after = rest[len(got[0]) :].split(maxsplit=1) if rest.startswith(got[0]) else []
        word = after[0].casefold() if after and after[0][:1].islower() else None
        if task_word is not None and word != task_word:
            return out  # "... for hosting, Germany and Ireland": no name of the list of tasks
        if loose and (
            (not got[1] and rest != got[0])
            or any(p0 < a <= p1 and words.legal_name.search(t) for a, t in aside_texts)
        ):
            # after a company with its legal form, words after a weak name end the list ("Posti Oy ja Matkahuolto
            # Oy sekä Kiertokassi-noudot …"), and so does a name with its company in brackets after it: "PayU S.A.
            # oraz Blik (Polski Standard Płatności sp. z o.o.)" names the company, not the brand as well
            return out
        loose = False
        out.append(got)
        # "Geotab Inc. (telematics), Adyen N.V. (payments) and …": a company whose role follows it in
        # an aside is one of a list of companies, not one an address follows
        listed = rest == got[0] and any(p0 < a <= p1 for a in asides)
        # (a conjunction after it goes on with the list: "for eksempel Gjensidige Forsikring ASA eller If
        # Skadeforsikring", where no address follows), to a name standing alone or one with its legal form
        if got[1] and words.legal_name.match(rest) and not listed:
            conj = any(b == p1 and "," not in chunk[b:e] for b, e in seps)
            if not conj and not _company_next(chunk, p1, seps, words):
                return out  # "X GmbH, Street 1, Town": an address follows
            loose = True
        if len(rest) > len(got[0]) + 1:
            tail = rest[len(got[0]) :].split()
            if word is None and len(tail) <= 3 and all(t[:1].isupper() for t in tail) and rest.startswith(got[0]):
                continue  # a well-known name written out longer ("Amadeus IT Group (reservations), Worldpay")
            if word is None or len(after) < 2:
                return out  # "AWS so as to ...": the list ended
            task_word = word
    return out


def _compound_known(chunk: str, m: re.Match[str], words: Words) -> bool:
    """Whether the compound the name ``m`` opens («Kanta-palveluja») begins with a well-known name or a public
    body's name or stem longer than the name («Kanta-palvelu»): that name, not its first part, is the one."""
    compound = chunk[m.start() :].split(maxsplit=1)[0].casefold()
    size = len(m.group(0))
    return any(
        len(n) > size and compound.startswith(n)
        for n in (*words.public_bodies, *(k.casefold() for k in words.known_list if "-" in k))
    )


def _strong_sibling(seg: Segmented, block: int, words: Words) -> bool:
    """Whether another item of the list that ``block`` is an item of opens with a well-known name or a
    company with its legal form."""
    blocks = seg.doc.blocks
    level = blocks[block].level
    for step in (-1, 1):
        b = block + step
        while 0 <= b < len(blocks) and blocks[b].kind == "list_item" and blocks[b].level == level:
            got = lead_name(seg.doc.text[blocks[b].start : blocks[b].end], words)
            if got is not None and got[1]:
                return True
            b += step
    return False


def _known_in(chunk: str, words: Words, starts: list[int] | None = None, offset: int = 0) -> Iterator[regex.Match[str]]:
    """The matches of ``words.known_recipients.finditer(chunk)``: a match starts a run of word
    characters that is the first word of a name, as written (``known_first_words``), so only the
    runs that are such words are tried. ``starts``: the places (offsets in the document, of which
    ``chunk`` begins at ``offset``) where such a word may begin, from :func:`_known_starts`; only
    the runs that begin there are looked at (else every run of the chunk)."""
    first = words.known_first_words
    if first is None or not prefilter.ENABLED:
        yield from words.known_recipients.finditer(chunk, timeout=1.0)
        return
    after = -1
    endings = words.name_endings
    if starts is None:
        runs: Iterator[regex.Match[str]] = _WORD_RUN.finditer(chunk)
    else:
        lo = bisect.bisect_left(starts, offset)
        hi = bisect.bisect_left(starts, offset + len(chunk), lo)
        runs = (
            w
            for q in starts[lo:hi]
            if (q == offset or not _WORD_CHAR.match(chunk, q - offset - 1))
            and (w := _WORD_RUN.match(chunk, q - offset)) is not None
        )
    for w in runs:
        q = w.start()
        if q < after:
            continue
        word = w.group()
        # "Shopifyn", "Googles": a first word with one of the pack's case endings is tried too
        if word not in first and not any(word.endswith(e) and word[: -len(e)] in first for e in endings):
            continue
        m = _known_at(words, word).match(chunk, q, timeout=1.0)
        if m is not None:
            yield m
            after = m.end()


# per pack's pattern of well-known names: a run of word characters → the pattern of the names it may open
_KNOWN_AT: dict[regex.Pattern[str], tuple[list[tuple[str, str]], dict[str, regex.Pattern[str]]]] = {}


def _known_at(words: Words, word: str) -> regex.Pattern[str]:
    """``words.known_recipients`` with only the names whose first word (``known_first_words``) ``word``
    starts with, in the same order: a name the whole pattern matches at a run of word characters starts
    with that run's first letters up to its own first word's end, so it is one of them, and it is the first
    of them in the order to match, as there. Built once per distinct run (a few alternatives, where the
    whole pattern has hundreds to try at each place)."""
    got = _KNOWN_AT.get(words.known_recipients)
    if got is None:
        firsts = [(n, m.group()) for n in words.known_list if (m := _WORD_RUN.match(n)) is not None]
        got = _KNOWN_AT[words.known_recipients] = (firsts, {})
    firsts, by_word = got
    pattern = by_word.get(word)
    if pattern is None:
        names = [n for n, first in firsts if word.startswith(first)]
        pattern = by_word[word] = known_pattern(names, words.name_endings) if names else words.known_recipients
    return pattern


@functools.cache
def _first_keys(first: frozenset[str]) -> tuple[str, ...] | None:
    """The first words folded letter for letter (distinct); None if a letter does not fold to one."""
    keys = set()
    for word in first:
        key = "".join(f for f in map(prefilter._fold1, word) if f is not None)
        if len(key) != len(word):
            return None
        keys.add(key)
    return tuple(sorted(keys))


def _authorities(pack: Pack, label: str) -> bool:
    """Whether ``label`` (a list item's task: "Autoridades", "Myndigheder") names authorities: a
    phrase of the pack's ``shared.legal`` rule."""
    return any(first_match(rule.scanners, label) is not None for rule in pack.rules_for("shared.legal"))


def _known_starts(seg: Segmented, words: Words) -> list[int] | None:
    """Where in the document a run of word characters may be the first word of a well-known name
    (with a case ending or not): every word start whose letters, folded, begin as a first word's
    do (the text's sorted words: :meth:`prefilter.TextIndex.at_words`), and the start of every
    sentence that begins inside a word. A superset of the runs :func:`_known_in` looks at, in
    order; None when the index cannot tell (then each sentence's runs are looked at)."""
    first = words.known_first_words
    if first is None or not prefilter.ENABLED:
        return None
    index = seg.index
    if index is None:
        index = seg.index = prefilter.TextIndex(seg.doc.text)
    keys = _first_keys(first)
    if keys is None:
        return None
    text = seg.doc.text
    got = index.at_any_words(keys)
    if got is None:
        return None
    found = set(got)
    for s in seg.sentences:
        if s.start and _WORD_CHAR.match(text, s.start - 1):
            found.add(s.start)
    return sorted(found)


def _matches_in(seg: Segmented, i: int, pattern: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
    """``prefilter.finditer_at_words(pattern, chunk)`` on sentence ``i`` cut out (``chunk``), tried at
    the word starts the document's index has for ``pattern`` (:meth:`prefilter.TextIndex.starts_of`,
    worked out once for all the sentences): those that fall in the sentence, its first character if it
    begins inside a word (cut out, it begins a word) and where the alternatives without a leading
    literal match in it."""
    s = seg.sentences[i]
    text = seg.doc.text
    chunk = text[s.start : s.end]
    index = seg.index
    if index is None:
        index = seg.index = prefilter.TextIndex(text)
    got = index.starts_of(pattern)
    if got is None:
        return prefilter.finditer_at_words(pattern, chunk)
    places, others = got
    lo = bisect.bisect_left(places, s.start)
    hi = bisect.bisect_left(places, s.end, lo)
    at = [q - s.start for q in places[lo:hi]]
    if s.start and (not at or at[0]) and _WORD_CHAR.match(text, s.start - 1):
        at.insert(0, 0)
    if others is not None:
        at = sorted({*at, *(m.start() for m in others.finditer(chunk, overlapped=True, timeout=1.0))})
    return prefilter.finditer_at_words(pattern, chunk, starts=at)


def _listed_beside(
    chunk: str, m: regex.Match[str], known: list[regex.Match[str]], unlike: frozenset[str], words: Words
) -> bool:
    """Whether the well-known name ``m`` stands in a list right beside one of the ``known`` names that is not
    in ``unlike`` (only a comma or a conjunction between them: "cookies fra Google og Meta", "Stripe, Apple
    Pay, PayPal")."""
    split = words.list_split
    return any(
        split.fullmatch(chunk[k.end() : m.start(1)]) or split.fullmatch(chunk[m.end() : k.start(1)])
        for k in known
        if k.group(1).casefold() not in unlike
    )


_BRACKET_OPEN = re.compile(r"[ \t]?\([ \t]?")
_BRACKET_CLOSE = re.compile(r"[ \t]?\)")


def _bracketed_beside(chunk: str, m: regex.Match[str], known: list[regex.Match[str]], unlike: frozenset[str]) -> bool:
    """Whether the well-known name ``m`` has one of the ``known`` names that is not in ``unlike`` in brackets
    right after it, or stands in brackets right after one: two names of one company, its brand and its
    group («betaling hos Nets (Nexi)», "Nexi (Nets)")."""
    for k in known:
        if k.group(1).casefold() in unlike:
            continue
        if _BRACKET_OPEN.fullmatch(chunk, m.end(1), k.start(1)) and _BRACKET_CLOSE.match(chunk, k.end(1)):
            return True
        if _BRACKET_OPEN.fullmatch(chunk, k.end(1), m.start(1)) and _BRACKET_CLOSE.match(chunk, m.end(1)):
            return True
    return False


def _outside(chunk: str, name: str, longer: str) -> bool:
    """Whether ``chunk`` writes ``name`` somewhere other than inside ``longer``."""
    inside = [(m.start(), m.end()) for m in re.finditer(re.escape(longer), chunk)]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in inside)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", chunk)
    )


def named_recipients(seg: Segmented) -> list[tuple[str, int, list[str]]]:
    text = seg.doc.text
    matched = {r for r, hits in seg.hits_under("shared").items() if hits}
    recs_of: dict[int, list[str]] = {}
    for r, hits in seg.hits_under("shared").items():
        for h in hits:
            recs_of.setdefault(h.sent, []).append(r)
    # the supervisory authority is where to complain, not a recipient
    authority = {h.sent for h in seg.hits.get("rights.complaint", [])}
    # "LinkedIn Insight Tag, Google Ads oder andere Werbe-Tracker setzen wir nicht ein": in a sentence
    # that states no sharing, a denied sharing or tracking statement ends where its last denied match
    # ends, and a well-known name before that end is denied with it (the negation may stand after it)
    denied_to: dict[int, int] = {}
    for r, hits in seg.negated.items():
        if r.startswith("shared.") or r == "flags.third_party_tracking":
            for h in hits:
                if h.sent not in recs_of:
                    denied_to[h.sent] = max(denied_to.get(h.sent, 0), h.end)
    judge = _Names(seg)
    out: list[tuple[str, int, list[str]]] = []
    later: list[tuple[int, list[str]]] = []  # names whose recipient depends on the rest of the policy
    seen_block_items: set[int] = set()

    def sourced_at(i: int, words: Words) -> bool:
        # "on platforms such as X and Facebook, we may receive information about you": where the
        # sentence only says the service receives data, the parties it names are sources
        return i not in recs_of and "share" not in seg.own[i] and seg.cue_in(words.source_cue, i)

    known_starts: dict[int, list[int] | None] = {}  # per pack's words: see _known_starts
    # well-known tools named where the policy says they run on its own servers, or that no data
    # goes to third parties ("Matomo, which runs on our own servers"): no recipient, anywhere
    in_house: set[str] = set()
    local_bodies: set[str] = set()  # casefolded: public bodies named by a noun and a place
    ad_sents = {h.sent for h in seg.hits.get("flags.targeted_advertising", [])}  # sentences about showing ads
    for i, s in enumerate(seg.sentences):
        chunk = text[s.start : s.end]
        # a table row read as a short line ("Supabase Inc. | Hosting | USA") is no heading
        if (s.kind == "heading" and " | " not in chunk) or s.toc or i in authority:
            continue
        words = seg.packs[i].words
        ctx = seg.own[i] | seg.inherited[i]
        # (the tool before the words: "the data stay on our own servers at Hetzner" names a host;
        # or right after them, as the words qualify it: "a self-hosted Matomo", Finnish "omalla
        # palvelimella toimivaa Matomoa")
        if seg.may_match_in(words.in_house, i) and (home := words.in_house.search(chunk)) is not None:
            in_house.update(
                canonical(m.group(1), words).casefold()
                for m in _known_in(chunk, words)
                if m.end(1) <= home.start() or (m.start(1) >= home.end() and not chunk[home.end() : m.start(1)].strip())
            )
        sharing = any(c in ctx for c in _SHARING)
        topical = any(c in ctx for c in _ANY_TOPIC)
        cands: list[tuple[str, bool]] = []
        uninflected: set[str] = set()  # names the case ending of a compound follows («Jäsenlista-palvelussa»)
        # the well-known public bodies found: where in the chunk, and their place in cands
        body_spans: list[tuple[int, int, int]] = []
        sourced: bool | None = None  # see sourced_at: worked out where a name is found (most sentences name none)
        # well-known processors, anywhere in the body (a match starts with a word that is the
        # first word of a name, as written: no such word, no match)
        if id(words) not in known_starts:
            known_starts[id(words)] = _known_starts(seg, words)
        known_here: list[regex.Match[str]] | None = None  # the sentence's well-known names, listed where needed
        denied_end = -1  # where the last well-known name the sentence denies ends
        for m in _known_in(chunk, words, known_starts[id(words)], s.start):
            if sourced is None:
                sourced = sourced_at(i, words)
            if sourced:
                break
            # "we do not use Google Analytics or the Facebook pixel": a name the sentence denies
            # using before it names it is no recipient (the words before it only: "Stripe does not
            # store your card number" still names Stripe)
            if s.start + m.start(1) < denied_to.get(i, -1):
                continue
            # a public body is a recipient where the sentence speaks of sharing ("we report to
            # Skatteetaten"), not where it names the law's reason ("kept six years as HMRC requires")
            if m.group(1).casefold() in words.public_bodies and i not in recs_of and "share" not in ctx:
                continue
            name = m.group(1)
            if name.casefold() in words.wallets:
                if known_here is None:
                    known_here = list(_known_in(chunk, words, known_starts[id(words)], s.start))
                if not _listed_beside(chunk, m, known_here, words.wallets, words):
                    continue
            if name.casefold() in words.recipient_words:
                # an ordinary word or a channel ("offers by SMS or WhatsApp") names no one anywhere;
                # the company it opens does ("WhatsApp ist ein Dienst der WhatsApp Ireland Ltd.")
                legal = words.legal_name.match(chunk, m.start(1))
                if legal is None:
                    # a word written as a name and listed beside a well-known name that is no word is the
                    # company ("cookies fra Google og Meta", "Metan ja Googlen mainosevästeitä")
                    if known_here is None:
                        known_here = list(_known_in(chunk, words, known_starts[id(words)], s.start))
                    if not (
                        m.start(1) > 0
                        and name.casefold() not in words.channel_names
                        and name[:1].isupper()
                        and (
                            _listed_beside(chunk, m, known_here, words.recipient_words, words)
                            or _bracketed_beside(chunk, m, known_here, words.recipient_words)
                        )
                    ):
                        continue
                else:
                    name = " ".join(legal.group(1).split())
            at, end = s.start + m.start(1), s.start + m.end(1)
            # ("vi bruker ikke annonsepiksler fra Facebook eller Google": a name listed right after a denied one
            # is denied with it, however far the negation stands before the list)
            listed = denied_end >= 0 and words.list_split.fullmatch(chunk, denied_end, m.start(1)) is not None
            if listed or is_negated(text, s.start, end, at, end, seg.packs[i]):
                denied_end = m.end(1)
            else:
                cands.append((name, True))
                # "Mailchimp (Intuit Inc.) sends our newsletter": a company with its legal form in brackets right
                # after a well-known name is the company behind it, named with it
                if (
                    (paren := _COMPANY_IN_BRACKETS.match(chunk, m.end(1))) is not None
                    and (form := words.legal_name.fullmatch(paren.group(1))) is not None
                ):
                    cands.append((" ".join(form.group(1).split()), True))
                if name.casefold() in words.public_bodies:
                    body_spans.append((m.start(1), m.end(1), len(cands) - 1))
        # a public body named by a noun and a place ("we report to Finanzamt Fulda"), where the
        # sentence speaks of sharing, as the well-known ones above
        if i in recs_of or "share" in ctx:
            drop: set[int] = set()
            for m in words.local_body.finditer(chunk, timeout=1.0):
                if sourced is None:
                    sourced = sourced_at(i, words)
                if sourced:
                    break
                if (name := judge.local_body(m, words)) is not None:
                    local_bodies.add(name.casefold())
                    cands.append((name, True))
                    # (a well-known body whose name is part of the local body's is that body: «the Indianapolis
                    # Metropolitan Police Department» is no «Metropolitan Police» of London)
                    drop.update(
                        k for a, b, k in body_spans if m.start() <= a and b <= m.end() and b - a < m.end() - m.start()
                    )
            cands = [c for k, c in enumerate(cands) if k not in drop]
        # "we report the claim to our insurer, the MAIF.", "onze accountant, Van Rooij Accountants, krijgt
        # inzage": a name in apposition to the noun before it, in a sentence that shares
        if (i in recs_of or "share" in ctx) and ", " in chunk:
            for m in _APPOSITION.finditer(chunk):
                # ("(carte de crédit, TWINT, PostFinance Card)": a list, no noun of the service's own; "nosso
                # Encarregado, Rafael Nogueira": a capitalised role where nouns are written in lower case)
                noun = words.capitalises_nouns or m.group(1).islower()
                if not noun or not _ours(chunk, m.start(1), m.end(1), words):
                    continue
                rest = chunk[m.end() :]
                got = lead_name(rest, words)
                if got is None or not _APPOSED_END.match(rest, rest.find(got[0]) + len(got[0])):
                    continue
                if sourced is None:
                    sourced = sourced_at(i, words)
                if sourced:
                    break
                # (a firm's name may end on the kind of firm it is, a word the policy writes in lower case too:
                # "our insurer, Society Insurance,", "our accountants, Brearley & Co Chartered Accountants;" —
                # in apposition to a noun of the service's own, a name whose first word is never written in
                # lower case is a name)
                # (not where an aside follows that may go on with the name: "QBE Insurance (Australia) Limited")
                end = rest.find(got[0]) + len(got[0])
                if not got[1] and _APPOSED_CLOSE.match(rest, end) and judge.apposed_name(got[0], words):
                    got = (got[0], True)
                cands.append(got)
        # "such as X and Y" in sharing sentences
        if sharing:
            for m in words.such_as.finditer(chunk, timeout=1.0):
                if is_negated(text, s.start, s.end, s.start + m.start(), s.start + m.end(), seg.packs[i]):
                    continue
                cands.extend(_names_after(chunk, m.start("names"), words, examples=True))
        # "powered by X", "we use X, Y and Z to ..."
        cued = False
        cues = (
            # (a cue word written in camel case is a company's name, no cue: "*partner" in "LønPartner
            # Danmark A/S" would name "Danmark A/S"; outside a topic a cue names strong names only, below)
            [c for c in _matches_in(seg, i, words.recipient_cue) if not _CAMEL.search(c.group(0))]
            if seg.may_match_in(words.recipient_cue, i)
            else []
        )
        # (where the sentence only says the service receives data, "a sign-in through Facebook" names
        # a source too, not a recipient)
        if cues and sourced is None:
            sourced = sourced_at(i, words)
        if cues and not sourced:
            for m in cues:
                if is_negated(text, s.start, s.end, s.start + m.start(), s.start + m.end(), seg.packs[i]):
                    continue
                got = _names_after(chunk, m.end(), words)
                # (a word-name the cue lists only inside a longer well-known name of one more word is that name's,
                # no company of its own: «nous utilisons Google Analytics … et le pixel Meta» names Facebook, not
                # Meta too; with a preposition between, «o pixel da Meta», the company is named as well)
                if any(g[0].casefold() in words.recipient_words for g in got):
                    if known_here is None:
                        known_here = list(_known_in(chunk, words, known_starts[id(words)], s.start))
                    longer = {k.group(1) for k in known_here}
                    got = [
                        g
                        for g in got
                        if g[0].casefold() not in words.recipient_words
                        or not any(
                            len(n.split()) == len(g[0].split()) + 1 and g[0] in n and not _outside(chunk, g[0], n)
                            for n in longer
                        )
                    ]
                # (a way to pay after the cue is named only where listed right beside a company that is no such
                # way, as anywhere else: «pasarela de pago Redsys o mediante Bizum» names Redsys alone)
                if any(g[0].casefold() in words.wallets for g in got):
                    if known_here is None:
                        known_here = list(_known_in(chunk, words, known_starts[id(words)], s.start))
                    beside = {
                        k.group(1).casefold()
                        for k in known_here
                        if k.group(1).casefold() in words.wallets
                        and _listed_beside(chunk, k, known_here, words.wallets, words)
                    }
                    # (the cue still names the sentence's other well-known names: "cued" counts what it found)
                    cued = cued or bool(got)
                    got = [g for g in got if g[0].casefold() not in words.wallets or g[0].casefold() in beside]
                # (in a sentence of no topic, only a company with its legal form or a well-known name that is
                # no word or channel: "Billetsystemet leveres af Billetto ApS", not "through Zendesk or WhatsApp")
                if not topical:
                    got = [g for g in got if g[1] and g[0].casefold() not in words.recipient_words]
                # (a channel after one of the ``channel_cues`` is the way a message comes, in any sentence: «wat je
                # ons schrijft via het contactformulier, per e-mail of via WhatsApp»; the product it opens is a
                # service: "sent via Gupshup and WhatsApp Business")
                cue_words = m.group(0).casefold().split()
                if cue_words and cue_words[-1] in words.channel_cues:
                    got = [g for g in got if g[0].casefold() not in words.channel_names or _opens_product(chunk, g[0])]
                cands.extend(got)
                cued = cued or bool(got)
        # "X receives ..."
        if seg.may_match_in(words.recipient_cue_after, i):
            for m in _NAME.finditer(chunk):
                if (cue := words.recipient_cue_after.match(chunk, m.end())) is not None:
                    if cue.group(0)[:1] == "-":
                        # a name compounded with a service noun («Kide.app-palvelussa», "the Kide.app
                        # service"): not a web address, mostly a public e-service's («Finna.fi-palvelu»);
                        # the case ending is the compound's, so the name is written as it stands
                        # (nor the first part of a well-known name or body the compound is: «Kanta-palveluihin»)
                        if "." in m.group(0) or _compound_known(chunk, m, words):
                            continue
                        uninflected.add(m.group(0))
                    cands.append((m.group(0), False))
                    # "Sundhedsdatastyrelsen og Lægemiddelstyrelsen modtager …": the names listed before it too
                    cands.extend(_listed_before(chunk, m.start(), words))
        # "our processors (Nexudus, Fiken, Stripe and HubSpot)": the names in a parenthesis right
        # after a processor's noun, in a sharing sentence
        if sharing and "(" in chunk:
            for p in re.finditer(r"\(", chunk):
                before = chunk[max(0, p.start() - 60) : p.start()]
                lab_m = next(reversed(list(words.recipient_label.finditer(before))), None)
                # the noun, then at most three lower-case words ("processors as named above (")
                if (
                    lab_m is not None
                    # a noun, not a name's word ("Google Cloud ("); German writes nouns with a capital
                    # ("an Versanddienstleister (Österreichische Post, DPD Austria)")
                    and (lab_m.group(0)[:1].islower() or words.capitalises_nouns)
                    and _LOWER_WORDS_TO_PAREN.fullmatch(before[lab_m.end() :])
                ):
                    cands.extend(_names_after(chunk, p.end(), words, roles=True))
        # "Hosting-Anbieter: Nordwolke AG, Kiel", "Processor | Example Ltd | ..."
        lab = _LABEL.match(chunk) if ":" in chunk else None
        if lab and words.recipient_label.search(lab.group(1)):
            # every name the value lists ("Other providers: Google Cloud (hosting), Paddle (payments)
            # and PostHog (analytics)"); an address after a company ends the list
            cands.extend(_names_after(chunk, lab.end(), words, roles=True))
        elif (
            lab
            and s.kind == "list_item"
            and "share" in seg.inherited[i]
            and _ROLE.fullmatch(lab.group(1))
            and chunk[lab.end() : lab.end() + 1].isupper()
            and not _authorities(seg.packs[i], lab.group(1))
            # (a company before the colon makes the item a name and its task: «– Stripe Payments Europe Ltd.,
            # Dublin: Kartenzahlung, Apple Pay und Google Pay» names the ways to pay it handles, not companies)
            and words.legal_name.search(lab.group(1)) is None
            and all(
                k.group(1).casefold() in words.recipient_words or k.group(1).casefold() in words.not_recipients
                for k in _known_in(lab.group(1), words)
            )
        ):
            # a list of processors under a sharing lead-in or heading, each item its task, a colon and
            # the names ("We work with these processors: • Payments: Nets and MobilePay • Booking
            # system: Bókun"): the names after the task (a task of a few words, no digit), the value
            # opening with a name ("• Authorities: the city of Ghent and …" is read no further); not
            # under a task that names authorities ("- Autoridades: Secretaria da Fazenda do Estado,
            # Agência Nacional do Petróleo, Gás Natural e Biocombustíveis (ANP), …"): public bodies
            # are named from the pack's list, whose names hold commas and "and"
            cands.extend(_names_after(chunk, lab.end(), words, roles=True))
        # a table row whose first cell is a company ("Supabase Inc. | Database hosting | USA"), or
        # any name in the first column of a table headed by a processor's label ("| Partenaire |
        # Traitement | Pays |" above "| Dolist | Envoi de mails | UE |")
        in_table = False
        item_known = False
        if "|" in chunk:
            first_cell = _first_cell(chunk)
            lm = words.legal_name.fullmatch(first_cell)
            if lm is not None:
                cands.append((first_cell, True))
            head = seg.table_head[i] if i < len(seg.table_head) else -1
            # ("| Gabinete de contabilidade | contabilidade | Funchal |": a kind of company, its words after
            # the first in lower case, names none — "CTT Expresso", "Google Analytics" do)
            described = len(first_cell.split()) > 1 and all(w[:1].islower() for w in first_cell.split()[1:])
            labelled = head >= 0 and words.recipient_label.search(_first_cell(seg.sent_text(head)))
            parts = _listed_cell(first_cell, words) if labelled else []
            if parts:
                # "| DPD and Royal Mail | delivery |", "| Our accountants and HMRC | tax |": a cell
                # listing several recipients, one of them well known — each capitalised part
                # that is not a kind of company ("Our accountants") is a name
                cands.extend((p, False) for p in parts)
                in_table = True
            elif first_cell and not described and labelled:
                # "| e-conomic (Visma) | bookkeeping |": the name, without its parent company or note in brackets;
                # "| Our accountants, Armstrong Birkett LLP | … |": the name after a kind of company of our own
                # — but where a well-known name stands after other words ("| Aseguradora Mapfre |", "| Moodle
                # alojado en Raiola Networks |"), those words are a role or a product, and the name is found alone
                cell = _TRAILING_PAREN.sub("", first_cell) or first_cell
                if not any(k.start(1) > 0 for k in _known_in(cell, words)):
                    cands.append((_apposed_to_ours(cell, words), False))
                in_table = True
            elif head >= 0 and head != i and first_cell:
                # a later column headed by a processor's label ("| Name | Provider | Purpose |" above
                # "| _ga | Google Analytics | Statistics |"): the name in that column
                col = _label_column(seg.sent_text(head), words)
                cells = _cells(chunk)
                if col > 0 and col < len(cells) and cells[col]:
                    # ("| Entering tournaments | … | USA Fencing; tournament organizers |": a cell may list
                    # its recipients with semicolons, each one a name of its own)
                    for piece in (p.strip() for p in cells[col].split(";")):
                        if piece[:1].isupper():
                            cands.append((_TRAILING_PAREN.sub("", piece) or piece, False))
                    in_table = True
        # a list item that starts with a name, under a sharing or "we use" lead-in or heading
        if s.kind == "list_item" and topical and s.block not in seen_block_items:
            seen_block_items.add(s.block)
            b = seg.doc.blocks[s.block]
            got = lead_name(text[b.start : b.end], words)
            if got:
                nm, strong = got
                rest = text[b.start : b.end]
                after = rest[rest.find(nm) + len(nm) :]
                # "- Hadley & Vaughan Chartered Accountants, our external accountants": a noun of the service's own
                # in apposition after the name makes it a firm's name though it ends on a word the policy writes in
                # lower case, as the same noun before it does ("our accountants, Brearley & Co Chartered Accountants")
                if (
                    not strong
                    and sharing
                    and (own := _OURS_NOUN_AFTER.match(after)) is not None
                    and _ours(after, own.start(1), own.end(1), words)
                    and judge.apposed_name(nm, words)
                ):
                    strong = True
                # "• Visa annonser för våra produkter …": a well-known name that is also a word the policy
                # writes in lower case elsewhere, opening an item before a lower-case word (no conjunction),
                # is the word ("show"), not the card brand ("- Crisp pour la messagerie" stays a name)
                if (
                    nm.casefold() in words.recipient_words
                    and nm.casefold() in judge.lower_words
                    and _LOWER_AFTER.match(after) is not None
                    and not words.list_split.match(after)
                ):
                    got = None
            if got:
                # a weak name: said again after it ("- Greenhouse. Greenhouse receives ..."), or told of
                # in a relative clause ("- Golden Charter, who administer our funeral plans") where the list
                # is about sharing ("- Tuotearviot, jotka kirjoitat …" under «what we collect» is data)
                rel = _RELATIVE_AFTER.match(after)
                told = sharing and rel is not None and rel.group(1).casefold() in seg.packs[i].relative_words
                named_again = bool(re.match(r"^\s*(?:[.,:(]|\s-\s)", after)) and (nm in after or told)
                # "- Exact Online (financial administration)": under a sharing lead-in, a name of
                # the shape of a name followed by what it does ("- Authorities, when ..." is none);
                # an acronym is no such name ("- UID – a random identifier", "- ID Użytkownika,")
                # — and where nouns are written in lower case, such a name followed by what it does
                # with no punctuation ("- Milestone Systems leverer videoovervågningen", "- Exact
                # Online voor de boekhouding", "- Simply.com til vores hjemmeside")
                # ("- Smoove Tech : boîtiers connectés", "- Fleetly Systems: fleet software": a colon,
                # spaced before it as French writes it, introduces the task too)
                role_after = re.match(r"^(?:\s?[,(:]|\s[-–—]\s)", after) is not None or (
                    not words.capitalises_nouns
                    and _LOWER_AFTER.match(after) is not None
                    and not judge.common_stem(nm)
                )
                # — or one word the policy never writes in lower case, its task in parentheses after it
                # ("- Nursebuddy (mobile records)"; "- Hosting (…)" is written "hosting" elsewhere, and a
                # defined term is followed by its definition: "- Klucz - zawiera …")
                one_word = (
                    " " not in nm.strip()
                    and len(nm.strip()) >= 4
                    and not nm.isupper()
                    and nm.strip().casefold() not in judge.lower_words
                )
                lone = one_word and (
                    bool(re.match(r"^\s?(?:\(|[–—]\s)", after))
                    # — or before a comma, in a list whose other items name a well-known company or one
                    # with its legal form ("- Prosegur, empresa de seguridad …" beside "- Raiola Networks,
                    # S.L., …"; "- Authorities, when …" beside "- Our print partner, …" is no name)
                    or (
                        after.startswith((", ", ",\u00a0"))
                        and not judge.common_stem(nm)
                        and not judge.compound_of_lower(nm)
                        and _strong_sibling(seg, s.block, words)
                    )
                )
                # — or such a word joined by a conjunction to names the item then tells the task of
                # ("- Quickpay og Nets (betaling)"; not to a technical term: "- Nyhetsbrev og SMS: …")
                joined = _joined_name(after, words, sharing)
                lone_joined = (
                    one_word
                    and bool(joined)
                    and words.list_split.match(after) is not None
                    and not any(j.casefold() in words.not_recipients for j, _ in joined)
                )
                with_role = sharing and ((role_after and (bool(_ITEM_NAME.search(nm)) or lone)) or lone_joined)
                if strong or named_again or with_role:
                    cands.append((nm, strong))
                    cands.extend(joined)
                    # "Who receives the data? • Microsoft Azure, which stores your account": a well-known
                    # processor that an item under a sharing heading or lead-in starts with
                    item_known = strong and "share" in seg.inherited[i] and judge.known(canonical(nm, words), words)
        # a company with its legal form in a sharing sentence or after a cue (where the sentence only
        # says the service receives data from it, under a sharing heading too, it is a source)
        if (sharing or cued or (cues and topical)) and not (sourced if sourced is not None else sourced_at(i, words)):
            for m in words.legal_name.finditer(chunk):
                cands.append((" ".join(m.group(1).split()), True))
        if not cands:
            continue  # (most sentences: no name, so nothing below to tell)
        found: list[str] = []
        ads: list[str] = []  # ad networks: their data goes to advertisers
        group: list[str] = []  # the controller's sister companies: "Corvane Inc." beside "Corvane Systems GmbH"
        for nm, strong in cands:
            raw = without_role(" ".join(nm.split()).rstrip(" ,;:"), words)
            nm = raw.strip(" ,.;:")
            if raw.endswith(".") and words.legal_name.fullmatch(raw):
                nm = raw  # "Helpwise Sp. z o.o.", "Example Inc.": the legal form keeps its dot
            if nm and sharing and judge.is_sister(nm, words) and nm not in group:
                group.append(nm)
                continue
            if not nm or not judge.looks_like_name(nm, words, strong):
                continue
            if not strong and words.name_case_forms and nm not in uninflected:
                nm = _base_form(nm, words)
            # (a public body named by a noun and a place is shown so: "Urząd Skarbowy w Lesznie" is no
            # "Urząd Skarbowy", the well-known name it starts with)
            # (and the same body read whole by another path, in the case the text writes it: «Komendzie
            # Wojewódzkiej Policji w Lublinie», an item under a sharing lead-in, is the body shown in its base form)
            based = " ".join(words.local_body_forms.get(w.casefold(), w) for w in nm.split())
            if based.casefold() in local_bodies:
                nm = based
            c = nm if nm.casefold() in local_bodies else canonical(nm, words)
            if c.casefold() in words.not_recipients or judge.is_self_named(c, words):
                continue
            into = ads if nm.casefold() in words.ad_networks or c.casefold() in words.ad_networks else found
            if c.casefold() not in {f.casefold() for f in into}:
                into.append(c)
            # ("Meta Platforms Ireland Ltd": Facebook's company, and Meta by its own name)
            also = next((a for k, a in words.also_named.items() if nm.casefold().startswith(k)), None)
            if also is not None and also.casefold() not in {f.casefold() for f in into}:
                into.append(also)
        # "Fietsflits Logistiek B" read up to the dot of "B.V.": the same company as "Fietsflits Logistiek B.V"
        # (not a brand the text writes before its company in brackets: "Checkatrade (Checkatrade.com Limited)");
        # and "Digi" read up to the hyphen of «Digi- ja väestötietovirasto», the first half of a compound
        # whose second half is written apart (not "Meta" beside "Meta-Pixel": the brand and its product)
        found = [
            f
            for f in found
            if not any(
                g != f and g.startswith(f) and (g[len(f)] in "./" or g.startswith("- ", len(f))) for g in found
            )
            or _brand_before(chunk, f)
        ]
        # "Partnerzy sp.k." read from inside "Kancelaria Sowa i Partnerzy sp.k.": the end of a longer name
        # of the same sentence is no company of its own
        # (a well-known name the sentence also writes on its own is one: «MobilePay (Vipps MobilePay AS)»
        # names the brand and its company, where «via Vipps MobilePay» names the company only)
        found = [
            f
            for f in found
            if not any(
                g != f and g.endswith(" " + f) and not (judge.known(f, words) and _outside(chunk, f, g)) for g in found
            )
        ]
        # "Urzędowi Skarbowemu w Lesznie": the local body, not also the well-known body its name starts with
        found = [
            f for f in found if not any(g.casefold() in local_bodies and g.startswith(f + " ") for g in found if g != f)
        ]
        if group:
            matched.add("affiliates")
            out.append(("affiliates", i, group))
        if ads and sourced is None:
            sourced = sourced_at(i, words)
        if ads and not sourced:
            if i not in recs_of:
                # "DART cookies by Google serve adverts": a company with an ad network, named there, serves ads
                ad_owners = {words.company_of.get(n, n).casefold() for n in words.ad_networks}
                ads += [f for f in found if f.casefold() in ad_owners and f not in ads]
                found = [f for f in found if f.casefold() not in ad_owners]
            matched.add("advertisers")
            out.append(("advertisers", i, ads))
        if not found:
            continue
        recs = recs_of.get(i, [])
        companies = [r for r in recs if r not in _NOT_COMPANIES]
        # a public body is one of the authorities, never a company working for the service: named among
        # them where the sentence shares with the authorities or with no company ("Palkkatiedot
        # luovutetaan Verohallinnolle"), not beside the companies it shares with ("licensed as a
        # crowdfunding service provider by the AFM": the supervisor, no recipient)
        bodies = [f for f in found if f.casefold() in words.public_bodies or f.casefold() in local_bodies]
        if bodies:
            found = [f for f in found if f not in bodies]
            # ("the municipality gets anonymised figures, no names": a body named near such words receives
            # no personal data; data "anonymised or pseudonymised" are personal still, in every language)
            if not _PSEUDONYMISED.search(chunk):
                bodies = _not_anonymous(bodies, chunk, words)
            # (or where the sentence, or the heading over it, speaks of sharing: «Vi gir da navn … til
            # Tolletaten og til speditøren DHL Express» under «Andre mottakere» names both)
            if bodies and ("legal" in recs or not companies or "share" in ctx):
                matched.add("legal")
                out.append(("legal", i, bodies))
            if not found:
                continue
        # a company named beside the authorities the law makes them tell ("… with Visa and Mastercard,
        # and with the tax office where the law requires") is none of them
        # — nor is a company with its legal form ("Nedgia Aragón, S.A." beside "la CNMC cuando lo exija")
        if recs and not companies and any(judge.known(f, words) or words.legal_form_at_end.search(f) for f in found):
            companies = ["service_providers"]
        recs = companies or recs
        if recs:
            rec = recs[0]
        elif i in ad_sents and "share" not in seg.own[i]:
            # the platforms a sentence about showing ads names, where it shares nothing else, are where
            # the ads run ("To show you our adverts on Facebook and Instagram"): advertisers
            rec = "advertisers"
        elif (
            "service_providers" in matched
            or "share" in seg.own[i]
            or in_table
            or cued
            or item_known
            # "Wie krijgen uw gegevens? … Drukkerij De Vries Print B.V. voor het versturen van brieven.":
            # a company with its legal form under a heading or lead-in about who receives data
            or ("share" in seg.inherited[i] and any(words.legal_name.fullmatch(nm) for nm, _ in cands))
        ):
            rec = "service_providers"  # a processor named where data is shared is a service provider
        else:
            # "X uses Google Analytics" alone does not say the policy shares with service providers;
            # where it does so elsewhere, even further on, the processors named here are theirs
            later.append((i, found))
            continue
        if rec == "advertisers":
            # "We use Nexi and PayPal for payments; Sabre for bookings; Criteo for ads": a well-known
            # processor whose trade is not advertising stays a service provider in a sentence about ads
            ad_owners = {words.company_of.get(n, n).casefold() for n in words.ad_networks}
            procs = [f for f in found if judge.known(f, words) and f.casefold() not in ad_owners]
            if procs:
                found = [f for f in found if f not in procs]
                matched.add("service_providers")
                out.append(("service_providers", i, procs))
                if not found:
                    continue
        matched.add(rec)
        out.append((rec, i, found))
    if later and "service_providers" in matched:
        out.extend(("service_providers", i, found) for i, found in later)
        out.sort(key=lambda r: r[1])
    if in_house:
        out = [(rec, i, kept) for rec, i, found in out if (kept := [f for f in found if f.casefold() not in in_house])]
    return out


# a noun, a comma, then a name in apposition to it ("our insurer, Hiscox,", «notre assureur, la MAIF», its
# article left out; English "our subscription, the Brew Club" names the service's own product); the name then closes
# its clause: a comma, a period, a parenthesis or the sentence's end
_APPOSITION = re.compile(r"(?<![^\W\d_])([^\W\d_]{4,}),[ \u00a0]+(?:(?!the\b)[a-zà-ÿ]{1,3}[ \u00a0]+)?(?=[A-ZÀ-Þ0-9])")
# (a place may follow the name: "onze boekhouder, Van Schaik Administratie in Heemstede, krijgt inzage")
_PLACE_AFTER = r"(?:[ \u00a0]+\p{Ll}{1,3}[ \u00a0]+\p{Lu}[\p{L}-]*)?[ \u00a0]*"
_APPOSED_END = regex.compile(_PLACE_AFTER + r"(?:[,;(]|\.(?:\s|$)|$)")
# (and where the name is no well-known one, the same place may follow it before it closes: "our accountants,
# Lister & Holt Chartered Accountants in Ripon, see our books")
_APPOSED_CLOSE = regex.compile(_PLACE_AFTER + r"(?:[,;]|\.(?:\s|$)|$)")
# ", our external accountants;": a comma, a possessive and at most one word, and the noun that closes the clause
_OURS_NOUN_AFTER = re.compile(r",[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){1,2}?([^\W\d_]{4,})[ \u00a0]*(?:[;,.]|$)")
_BETWEEN_OURS = re.compile(r"[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?")


def _opens_product(chunk: str, name: str) -> bool:
    """Whether ``name`` is written in ``chunk`` before a capitalised word, as a product's name it opens
    ("WhatsApp Business")."""
    return any(_CAPITAL_NEXT.match(chunk, m.end()) for m in re.finditer(re.escape(name), chunk))


_CAPITAL_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}")


def _ours(chunk: str, start: int, end: int, words: Words) -> bool:
    """Whether the noun at ``chunk[start:end]`` is one of the service's own: a possessive right before
    it, or one word between («notre assureur», «our external accountants»), or the noun itself a
    possessive form (Finnish «vakuutusyhtiöllemme»)."""
    head = chunk[max(0, start - 40) : end]
    noun_at = len(head) - (end - start)
    for o in words.our_words.finditer(head):
        if o.end() == len(head) and o.start() == noun_at:
            return True
        if o.end() <= noun_at and _BETWEEN_OURS.fullmatch(head, o.end(), noun_at):
            return True
    return False


_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)$")
# "Mailchimp (Intuit Inc.)": the text in the brackets after a name
_COMPANY_IN_BRACKETS = re.compile(r"[ \u00a0]?\(([^()\n,;]{3,60})\)")
# a name and what joins it to the next one, at the end of a text: "Skattestyrelsen og "
_NAME_THEN_SEP = re.compile(rf"({_NAME.pattern})(\s*,\s*|\s+\w+\s+)$")


def _listed_before(chunk: str, start: int, words: Words) -> list[tuple[str, bool]]:
    """The names listed right before the one at ``start``, joined to it by commas and the pack's
    list conjunctions ("A, B og C modtager": A and B), nearest last."""
    out: list[tuple[str, bool]] = []
    before = chunk[:start]
    for _ in range(8):
        pm = _NAME_THEN_SEP.search(before)
        if pm is None or not words.list_split.fullmatch(pm.group(2)):
            break
        out.append((pm.group(1), False))
        before = before[: pm.start(1)]
    return out


def _cells(row: str) -> list[str]:
    """The cells of a table row as the loaders write it ("| _ga | Google | Statistics |")."""
    return [c.strip(" -–•*") for c in row.strip().strip("|").split("|")]


def _label_column(header: str, words: Words) -> int:
    """The index of the first cell of a table's header row that is a processor's label ("Provider",
    "Leverantör"), or -1."""
    for k, cell in enumerate(_cells(header)):
        if cell and words.recipient_label.fullmatch(cell):
            return k
    return -1


def _listed_cell(cell: str, words: Words) -> list[str]:
    """The names a table cell lists with commas and the pack's list conjunctions ("DPD and Royal
    Mail", "Opayo and Klarna"), when one of them at least is a well-known processor or public
    body (a single company's name holding "and" — "Marks and Spencer" — stays whole); a part
    in lower case or a kind of company ("Our accountants") is dropped. Empty when no such list."""
    if words.legal_name.fullmatch(cell):
        return []  # "Zendesk, Inc.": one company and its legal form
    parts = [p.strip() for p in words.list_split.split(_TRAILING_PAREN.sub("", cell) or cell) if p and p.strip()]
    if len(parts) < 2:
        return []
    if not any(_Names.known(p, words) or p.casefold() in words.public_bodies for p in parts):
        return []
    return [
        p
        for p in parts
        if p[:1].isupper() and not (len(p.split()) > 1 and all(w[:1].islower() for w in p.split()[1:]))
    ]


# "Our accountants, Armstrong Birkett LLP": a possessive, one to three lower-case words, a comma and a name
_OURS_APPOSED_CELL = re.compile(r"(\S+)((?:[ \u00a0]+[^\W\d_A-ZÀ-Þ][\w-]*){1,3}),[ \u00a0]+(?=[A-ZÀ-Þ0-9])(.+)")


def _apposed_to_ours(cell: str, words: Words) -> str:
    """The name a table cell gives after a kind of company of the service's own ("Our accountants,
    Armstrong Birkett LLP" → "Armstrong Birkett LLP"); the cell itself otherwise."""
    m = _OURS_APPOSED_CELL.fullmatch(cell)
    if m is None:
        return cell
    o = words.our_words.match(m.group(1))
    return m.group(3) if o is not None and o.end() == len(m.group(1)) else cell


def _first_cell(row: str) -> str:
    """The first cell of a table row as the loaders write it ("| Brevo | Envoi de mails |", "Brevo | ...")."""
    return _cells(row)[0]


def _brand_before(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` right before a bracket that opens with it again: a brand and, in the
    brackets, the company behind it ("Squeegee (Squeegee App Ltd)", "MyCashflow (Mycashflow Oy)")."""
    return (
        re.search(rf"(?<![\w-]){re.escape(name)}[ \u00a0]?\((?i:{re.escape(name)})[\w.]*[ \u00a0]", text) is not None
    )


def attach(shared: list, names: list[tuple[str, int, list[str]]], seg: Segmented) -> None:  # type: ignore[type-arg]
    """Add the names to the recipients of ``shared`` (a recipient found only by its names gets
    the sentence that names it as evidence)."""
    from policylens.core.models import Shared

    by_rec = {s.recipient: s for s in shared}
    for rec, i, found in names:
        if rec not in by_rec:
            by_rec[rec] = Shared(recipient=rec, names=[], evidence=[seg.evidence(i)])  # type: ignore[arg-type]
            shared.append(by_rec[rec])
        for name in found:
            if name.casefold() not in {n.casefold() for n in by_rec[rec].names}:
                by_rec[rec].names.append(name)
    # a company named once in full and again by its first words ("Verisign, Inc., in the United
    # States" … "some recipients (Verisign, Google) …") is one company: its full name is kept
    # (a well-known name stays: "Amazon" beside "Amazon Web Services" may be the shop)
    full = [n.casefold() for s in shared for n in s.names]
    words = seg.packs[0].words if seg.packs else None
    for s in shared:
        s.names = [
            n
            for n in s.names
            if (words is not None and _Names.known(n, words))
            or not any(f.startswith(n.casefold() + sep) for f in full for sep in (" ", ", "))
            # (a brand written before its company in brackets is named with it: "Squeegee (Squeegee App Ltd)")
            or _brand_before(seg.doc.text, n)
        ]
    order = C.ids("shared_with")
    shared.sort(key=lambda s: order.index(s.recipient))

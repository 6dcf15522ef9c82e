"""The one summary model (``shared/spec/summary-contract.md``): facts only.

Everything the GUI, the exports, the CLI and the evaluation show is read from :class:`Summary`.
It holds what the policy says (findings with their evidence, periods, contact, service,
language), the cards' colours and the findings each card shows, the grade with its reasons as
data, and notes about the analysis as ids: no sentence for people. The words are made in one
presenter at the edge, :mod:`policylens.render`, in the reader's language; the contract's English
texts (``cards[].headline``/``points``, ``grade.reasons``, ``red_flags[].title``/``explanation``,
``warnings``) are filled in there when the summary is written as JSON
(:func:`policylens.render.summary_json`). :meth:`Summary.to_json` writes the facts alone, and reads
back.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from policylens.core import catalogue as C
from policylens.core import taxonomy as tx
from policylens.core.schema import Field, Model, computed_field, model_validator

SCHEMA = "policylens.summary/1"

CollectedId = Literal[tx.COLLECTED]  # type: ignore[valid-type]
RecipientId = Literal[tx.SHARED_WITH]  # type: ignore[valid-type]
RetentionKind = Literal[tx.RETENTION_KINDS]  # type: ignore[valid-type]
RightId = Literal[tx.RIGHTS]  # type: ignore[valid-type]
RedFlagId = Literal[tx.RED_FLAGS]  # type: ignore[valid-type]
Sells = Literal["yes", "no", "unstated"]
Severity = Literal["high", "medium", "low"]
Color = Literal["red", "amber", "green", "grey"]
CardId = Literal[C.card_ids()]  # type: ignore[valid-type]


class _Model(Model):
    """Unknown keys are errors, an alias or the field's name fills a field (:mod:`policylens.core.schema`)."""


class Evidence(_Model):
    quote: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    section: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end before start")
        return self


class Source(_Model):
    name: str
    format: str
    sha256: str
    characters: int
    words: int
    path: str | None = None
    extractor: str | None = None  # what read the text out of the file (Document.meta["extractor"])
    title: str | None = None  # the document's own title (a web page's <title>), when it has one


class LanguagePart(_Model):
    code: str
    share: float


class Language(_Model):
    code: str
    confidence: float
    analysed_as: str | None
    name: str | None = None
    supported: bool = True
    mixed: list[LanguagePart] = Field(default_factory=list)


class Service(_Model):
    name: str | None = None
    controller: str | None = None
    updated: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Collected(_Model):
    category: CollectedId
    items: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(min_length=1)


class Shared(_Model):
    recipient: RecipientId
    names: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(min_length=1)


class Period(_Model):
    days: float
    text: str
    data: str | None = None
    # the policy's own words for the data the period is about ("Chat transcripts"), when it names it
    subject: str | None = None
    # the period runs from the last use, not from collection: an account deleted after two years
    # without a login ("If you don't sign in for 24 months, we delete your account")
    inactive: bool = False
    # the period runs from the end of the account or membership: "If you delete your account, we erase
    # your data within 30 days", "När en medlem har utträtt utplånas uppgifterna inom ett år"
    after_closure: bool = False
    evidence: list[Evidence] = Field(min_length=1)


class RetentionKindFinding(_Model):
    kind: RetentionKind
    evidence: list[Evidence] = Field(min_length=1)


class Retention(_Model):
    kinds: list[RetentionKind] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    kind_evidence: list[RetentionKindFinding] = Field(default_factory=list)


class Right(_Model):
    right: RightId
    evidence: list[Evidence] = Field(min_length=1)


class Contact(_Model):
    emails: list[str] = Field(default_factory=list)
    postal_address: bool = False
    phones: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)  # web addresses given for contact
    obfuscated_email: bool = False
    contact_channel: bool = False  # a way to reach them without its address: a form, a help centre, its DPO
    evidence: list[Evidence] = Field(default_factory=list)


class Sale(_Model):
    value: Sells = "unstated"
    evidence: list[Evidence] = Field(default_factory=list)


class RedFlag(_Model):
    """A red flag; its title and explanation are the catalogue's (``core/catalogue.py``)."""

    id: RedFlagId
    severity: Severity
    evidence: list[Evidence] = Field(default_factory=list)
    from_absence: bool = False
    card: CardId | None = None


class Card(_Model):
    """A card: its colour, and the findings it shows as points (``point_refs``: "collected:device",
    "shared:legal", "sale", "period:0", "retention:indefinite", "rights:erasure", "contact",
    "flag:missing_contact"); its headline and the points' words are the presenter's."""

    id: CardId
    color: Color
    point_refs: list[str] = Field(default_factory=list)
    flags: list[RedFlagId] = Field(default_factory=list)


ReasonKind = Literal["item", "flag", "not_sold", "periods", "rights"]
GradeStatus = Literal["graded", "not_a_policy", "not_enough", "unsupported_language"]
ItemId = Literal["controller", "data", "purposes", "recipients", "retention", "rights", "complaint"]
ItemState = Literal["stated", "vague", "missing"]


class Reason(_Model):
    """One line of the grade's rubric, as data (README, "The grade"): an ``item`` of what a
    privacy notice owes its reader, ``stated`` / ``vague`` / ``missing``; a red ``flag`` the text
    states (with its ``severity``); or a good practice (``not_sold``, ``periods``, ``rights`` with
    ``n`` rights). ``points`` is what it adds or costs; ``evidence`` the sentences behind it."""

    kind: ReasonKind
    points: int
    item: ItemId | None = None
    state: ItemState | None = None
    essential: bool = False
    flag: RedFlagId | None = None
    severity: Severity | None = None
    n: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Grade(_Model):
    """``status`` "graded" with a letter and a score; otherwise (no rules for the language and no
    translation to English, too little said, not a policy) letter and score are null: never a
    letter the reader is not shown."""

    status: GradeStatus = "graded"
    letter: Literal["A", "B", "C", "D", "E"] | None = None
    score: Annotated[int, Field(ge=0, le=100)] | None = None
    reasons: list[Reason] = Field(default_factory=list)
    # how sure PolicyLens is that the text is a privacy policy (0–1; a policy from 0.45)
    policy_confidence: float | None = None
    # the cap applied when two or more essentials are missing or vague
    ceiling: int | None = None

    @property
    def graded(self) -> bool:
        return self.status == "graded"

    @model_validator(mode="after")
    def _letter_iff_graded(self) -> Grade:
        if (self.letter is not None and self.score is not None) != self.graded:
            raise ValueError("a grade has a letter and a score exactly when its status is 'graded'")
        return self


NoteId = Literal["mixed", "low_confidence", "unsupported", "translated", "short"]


class Note(_Model):
    """A remark about the analysis, as an id and its facts: ``unsupported`` names ``language``
    (a code), ``mixed`` the languages' shares in ``parts`` (codes and percents, the main first)."""

    id: NoteId
    language: str | None = None
    parts: list[LanguagePart] = Field(default_factory=list)


def _without(item: Any, *keys: str) -> Any:
    return {k: v for k, v in item.items() if k not in keys} if isinstance(item, dict) else item


def _worded(data: dict[str, Any]) -> bool:
    grade = data.get("grade")
    return isinstance(grade, dict) and "reason_data" in grade


class Summary(_Model):
    schema_: Literal["policylens.summary/1"] = Field(default=SCHEMA, alias="schema")
    source: Source
    language: Language
    service: Service = Field(default_factory=Service)
    collected: list[Collected] = Field(default_factory=list)
    shared_with: list[Shared] = Field(default_factory=list)
    sale: Sale = Field(default_factory=Sale)
    # "We will never share your personal data with anyone": said in so many words, and no recipient
    # found anywhere in the policy (the shared card then says so, and the grade counts it as stated)
    not_shared: list[Evidence] = Field(default_factory=list)
    retention: Retention = Field(default_factory=Retention)
    rights: list[Right] = Field(default_factory=list)
    contact: Contact = Field(default_factory=Contact)
    red_flags: list[RedFlag] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    grade: Grade
    notes: list[Note] = Field(default_factory=list)
    analysed_at: str | None = None
    engine: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sells_data(self) -> Sells:
        """The contract's ``sells_data``: ``sale.value``, written out beside it."""
        return self.sale.value

    @model_validator(mode="before")
    @classmethod
    def _facts_only(cls, data: Any) -> Any:
        """Read back what ``to_json`` or the contract's JSON (``render.summary_json``) wrote: the
        computed ``sells_data`` and the presenter's words are not inputs, the reasons' data is."""
        if not isinstance(data, dict) or not ({"sells_data", "warnings"} & set(data) or _worded(data)):
            return data
        data = dict(data)
        sells = data.pop("sells_data", None)
        if sells is not None and data.get("sale") is None:
            data["sale"] = {"value": sells}
        data.pop("warnings", None)
        if isinstance(data.get("cards"), list):
            data["cards"] = [_without(c, "headline", "points") for c in data["cards"]]
        if isinstance(data.get("red_flags"), list):
            data["red_flags"] = [_without(f, "title", "explanation") for f in data["red_flags"]]
        grade = data.get("grade")
        if isinstance(grade, dict) and "reason_data" in grade:
            grade = dict(grade)
            grade["reasons"] = grade.pop("reason_data")
            data["grade"] = grade
        return data

    def to_json(self, **kwargs: Any) -> str:
        """The facts as JSON (reads back with ``model_validate_json``). The contract's JSON, with
        the English words too, is :func:`policylens.render.summary_json`."""
        return self.model_dump_json(by_alias=True, **kwargs)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def evidence_for(self, ref: str) -> list[Evidence]:
        """The evidence behind the finding ``ref`` (a card point's ``point_refs`` entry or a red
        flag): ``"collected:device"``, ``"shared:legal"``, ``"rights:erasure"``,
        ``"retention:legal_requirement"``, ``"period:0"``, ``"sale"``, ``"contact"``,
        ``"flag:missing_contact"``. Empty for findings from absence and unknown references."""
        kind, _, key = ref.partition(":")
        found: list[Evidence] | None = None
        if kind == "collected":
            found = next((c.evidence for c in self.collected if c.category == key), None)
        elif kind == "shared":
            found = next((s.evidence for s in self.shared_with if s.recipient == key), None)
        elif kind == "rights":
            found = next((r.evidence for r in self.rights if r.right == key), None)
        elif kind == "retention":
            found = next((k.evidence for k in self.retention.kind_evidence if k.kind == key), None)
        elif kind == "period":
            try:
                found = self.retention.periods[int(key)].evidence
            except (ValueError, IndexError):
                found = None
        elif kind == "sale":
            found = self.sale.evidence
        elif kind == "not_shared":
            found = self.not_shared
        elif kind == "contact":
            found = self.contact.evidence
        elif kind == "flag":
            found = next((f.evidence for f in self.red_flags if f.id == key), None)
        elif kind == "grade":  # a line of the grade's rubric: "grade:item:retention", "grade:not_sold"
            what, _, item = key.partition(":")
            found = next((r.evidence for r in self.grade.reasons if r.kind == what and (r.item or "") == item), None)
        return list(found or [])

    def all_evidence(self) -> list[Evidence]:
        """Every piece of evidence in the summary (for checks and highlighting)."""
        out: list[Evidence] = []
        out += self.service.evidence
        for c in self.collected:
            out += c.evidence
        for s in self.shared_with:
            out += s.evidence
        out += self.sale.evidence
        out += self.not_shared
        for p in self.retention.periods:
            out += p.evidence
        for k in self.retention.kind_evidence:
            out += k.evidence
        for r in self.rights:
            out += r.evidence
        out += self.contact.evidence
        for f in self.red_flags:
            out += f.evidence
        return out

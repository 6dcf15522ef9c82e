"""The one summary model (``shared/spec/summary-contract.md``).

Everything the GUI, the exports, the CLI and the evaluation show is read from :class:`Summary`.
Human-readable strings (red-flag titles, card headlines and points, grade reasons) are given in
English *and* as :class:`Message` (source text + arguments), so that any layer can show them in the
user's language through Qt's translation catalogues without the core knowing about Qt.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from policylens.core import taxonomy as tx

SCHEMA = "policylens.summary/1"

CollectedId = Literal[tx.COLLECTED]  # type: ignore[valid-type]
RecipientId = Literal[tx.SHARED_WITH]  # type: ignore[valid-type]
RetentionKind = Literal[tx.RETENTION_KINDS]  # type: ignore[valid-type]
RightId = Literal[tx.RIGHTS]  # type: ignore[valid-type]
RedFlagId = Literal[tx.RED_FLAGS]  # type: ignore[valid-type]
Sells = Literal["yes", "no", "unstated"]
Severity = Literal["high", "medium", "low"]
Color = Literal["red", "amber", "green", "grey"]
CardId = Literal["collected", "shared", "retention", "rights"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, populate_by_name=True)


class Message(_Model):
    """A sentence shown to people: ``text`` is the English rendering of ``source`` (a Qt
    translation source string in ``context``) with ``args`` filled in; ``n`` selects a plural."""

    context: str
    source: str
    args: dict[str, str | int | float] = Field(default_factory=dict)
    n: int | None = None
    text: str = ""


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
    urls: list[str] = Field(default_factory=list)
    obfuscated_email: bool = False
    evidence: list[Evidence] = Field(default_factory=list)


class Sale(_Model):
    value: Sells = "unstated"
    evidence: list[Evidence] = Field(default_factory=list)


class RedFlag(_Model):
    id: RedFlagId
    severity: Severity
    title: str
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)
    from_absence: bool = False
    card: CardId | None = None


class Card(_Model):
    id: CardId
    color: Color
    headline: str
    points: list[str] = Field(default_factory=list)
    headline_message: Message | None = None
    point_messages: list[Message] = Field(default_factory=list)
    # for each point, the finding it comes from ("collected:device", "rights:erasure", ...)
    point_refs: list[str] = Field(default_factory=list)
    flags: list[RedFlagId] = Field(default_factory=list)


class Grade(_Model):
    letter: Literal["A", "B", "C", "D", "E"]
    score: Annotated[int, Field(ge=0, le=100)]
    reasons: list[str] = Field(default_factory=list)
    reason_messages: list[Message] = Field(default_factory=list)


class Summary(_Model):
    schema_: Literal["policylens.summary/1"] = Field(default=SCHEMA, alias="schema")
    source: Source
    language: Language
    service: Service = Field(default_factory=Service)
    collected: list[Collected] = Field(default_factory=list)
    shared_with: list[Shared] = Field(default_factory=list)
    sells_data: Sells = "unstated"
    sale: Sale = Field(default_factory=Sale)
    retention: Retention = Field(default_factory=Retention)
    rights: list[Right] = Field(default_factory=list)
    contact: Contact = Field(default_factory=Contact)
    red_flags: list[RedFlag] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    grade: Grade
    warnings: list[str] = Field(default_factory=list)
    warning_messages: list[Message] = Field(default_factory=list)
    analysed_at: str | None = None
    engine: str | None = None

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(by_alias=True, **kwargs)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def all_evidence(self) -> list[Evidence]:
        """Every piece of evidence in the summary (for checks and highlighting)."""
        out: list[Evidence] = []
        out += self.service.evidence
        for c in self.collected:
            out += c.evidence
        for s in self.shared_with:
            out += s.evidence
        out += self.sale.evidence
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

"""The grade: is this a privacy policy, what does it tell you, what does it do.

A documented rubric in two visible parts (README, "The grade"), its lines kept as data
(:class:`~policylens.core.models.Reason`); the presenter (:mod:`policylens.render`) words them.

* **What it tells you** — the information a privacy notice owes its reader (GDPR Art. 13/14): who
  is responsible and how to reach them, what data, why (purposes), who gets it, how long it is kept,
  which rights, the right to complain. Each item is *stated*, *vague* or *missing*; a missing or
  vague item costs points.
* **What it does** — the red flags the text states, by severity (−15 / −7 / −3), and the good
  practices it commits to (data not sold, concrete retention periods, six or more rights: +5
  each, together winning back at most half of what the red flags cost).

Before any letter, two questions: does the text look like a privacy policy at all (its own privacy
vocabulary and facts in several fields), and does it say enough to judge (three essentials at
least)? Otherwise the status is ``not_a_policy`` or ``not_enough``, and there is no letter. With two
or more essentials missing or vague the score is at most 74 (a C). A ≥ 90, B ≥ 75, C ≥ 60,
D ≥ 40, else E.

Everything here is a pure function of the summary and of two counts the engine makes while
reading (:class:`Signals`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from policylens.core.models import Evidence, Grade, GradeStatus, Reason, Summary

PENALTY = {"high": 15, "medium": 7, "low": 3}
BONUS_NOT_SOLD = 5
BONUS_PERIODS = 5
BONUS_RIGHTS = 5  # when MIN_RIGHTS or more rights are stated
MIN_RIGHTS = 6
LETTERS = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))

# what a notice owes its reader: (item, cost when missing, cost when vague, essential)
ITEMS: tuple[tuple[str, int, int, bool], ...] = (
    ("controller", 12, 6, True),  # who is responsible, and a concrete way to reach them
    ("data", 12, 0, True),  # what is collected
    ("purposes", 5, 0, False),  # why
    ("recipients", 8, 0, True),  # who gets it (or a clear statement that it is not sold)
    ("retention", 12, 6, True),  # how long it is kept
    ("rights", 10, 5, True),  # which rights, how to use them
    ("complaint", 3, 0, False),  # the right to complain to an authority
)
# the absence flags are the same facts as two items: counted there, not twice
ABSENCE_FLAGS = {"missing_contact": "controller", "vague_retention": "retention"}
ENOUGH = 3  # essentials stated, even vaguely, before a text can be graded
CEILING = 74  # the most a policy with two or more essentials missing or vague can score (a C)
POLICY_AT = 0.45  # policy_confidence from which a text is taken for a privacy policy


@dataclass(frozen=True, slots=True)
class Signals:
    """What the engine counted while reading: sentences in the language's privacy vocabulary
    ("personal data", "données personnelles", "GDPR", "cookies" ... — the packs' ``privacy``
    context) and sentences about purposes. ``None`` for a summary edited after analysis."""

    privacy_sentences: int = 0
    purpose_sentences: int = 0


# a summary graded without the reading's counts: taken for a policy that states its purposes
TRUSTED = Signals(privacy_sentences=6, purpose_sentences=1)


def not_graded(status: GradeStatus) -> Grade:
    """A grade that gives no letter: ``unsupported_language``, ``not_a_policy``, ``not_enough``."""
    return Grade(status=status)


def has_contact(s: Summary) -> bool:
    c = s.contact
    return bool(c.emails or c.postal_address or c.phones or c.urls or c.contact_channel)


def fields_stated(s: Summary) -> int:
    """How many of the five fact fields the text fills."""
    return sum(
        (
            bool(s.collected),
            bool(s.shared_with) or s.sale.value != "unstated" or bool(s.not_shared),
            bool(s.retention.kinds),
            bool(s.rights),
            has_contact(s),
        )
    )


def fact_sentences(s: Summary) -> int:
    """How many sentences the facts of the five fields come from."""
    lists = [
        *(c.evidence for c in s.collected),
        *(x.evidence for x in s.shared_with),
        s.sale.evidence,
        s.not_shared,
        *(k.evidence for k in s.retention.kind_evidence),
        *(p.evidence for p in s.retention.periods),
        *(r.evidence for r in s.rights),
        s.contact.evidence,
    ]
    return len({e.start for lst in lists for e in lst})


def policy_confidence(s: Summary, sig: Signals) -> float:
    """How sure we are that the text is a privacy policy (0–1; a policy from ``POLICY_AT``).
    Half of it is the policy's own privacy vocabulary in several sentences, half the facts it
    states in several fields (what is collected, who gets it, how long, which rights, a contact);
    each half saturates (six such sentences, four fields). A text that never uses that vocabulary
    is no policy at all: a software licence talks about rights and distribution but never about
    personal data; a recipe that keeps "3 days in the fridge" has one field and no vocabulary; a
    cookie banner has the vocabulary but one sentence of facts, however many fields that sentence
    fills ("We and our partners use cookies to … show you personalised ads": what is collected and
    who gets it): the fields count up to the number of sentences they come from."""
    if sig.privacy_sentences == 0:
        return 0.0
    vocab = min(1.0, math.log1p(sig.privacy_sentences) / math.log1p(6))
    facts = min(1.0, min(fields_stated(s), fact_sentences(s)) / 4)
    return round((vocab + facts) / 2, 2)


def _evidence(*lists: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for lst in lists:
        for e in lst:
            if all(e.start != o.start for o in out):
                out.append(e)
    return out[:3]


def transparency(s: Summary, sig: Signals) -> list[Reason]:
    """Each item of what a notice owes its reader, stated / vague / missing, with its cost."""
    c = s.contact
    states: dict[str, tuple[str, list[Evidence]]] = {}
    if has_contact(s):
        states["controller"] = ("stated", _evidence(c.evidence, s.service.evidence))
    elif c.obfuscated_email or s.service.controller:
        states["controller"] = ("vague", _evidence(c.evidence, s.service.evidence))
    else:
        states["controller"] = ("missing", [])
    states["data"] = ("stated", _evidence(*[x.evidence for x in s.collected])) if s.collected else ("missing", [])
    states["purposes"] = ("stated", []) if sig.purpose_sentences else ("missing", [])
    if s.shared_with or s.sale.value != "unstated" or s.not_shared:
        states["recipients"] = (
            "stated",
            _evidence(*[x.evidence for x in s.shared_with], s.not_shared, s.sale.evidence),
        )
    else:
        states["recipients"] = ("missing", [])
    if s.retention.periods:
        states["retention"] = ("stated", _evidence(*[p.evidence for p in s.retention.periods]))
    elif s.retention.kinds:
        states["retention"] = ("vague", _evidence(*[k.evidence for k in s.retention.kind_evidence]))
    else:
        states["retention"] = ("missing", [])
    rights = [r for r in s.rights if r.right != "complaint"]
    if len(rights) >= 3:
        states["rights"] = ("stated", _evidence(*[r.evidence for r in rights]))
    elif rights:
        states["rights"] = ("vague", _evidence(*[r.evidence for r in rights]))
    else:
        states["rights"] = ("missing", [])
    complaint = [r for r in s.rights if r.right == "complaint"]
    states["complaint"] = ("stated", _evidence(complaint[0].evidence)) if complaint else ("missing", [])
    out = []
    for item, missing, vague, essential in ITEMS:
        state, ev = states[item]
        cost = {"stated": 0, "vague": vague, "missing": missing}[state]
        out.append(
            Reason(kind="item", item=item, state=state, points=-cost, essential=essential, evidence=ev)  # type: ignore[arg-type]
        )
    return out


def practices(s: Summary) -> list[Reason]:
    """What the policy does: the red flags it states (the absence flags are items above) and the
    good practices it commits to."""
    out = [
        Reason(kind="flag", points=-PENALTY[f.severity], flag=f.id, severity=f.severity, evidence=f.evidence[:3])
        for f in s.red_flags
        if f.id not in ABSENCE_FLAGS
    ]
    if s.sale.value == "no":
        out.append(Reason(kind="not_sold", points=BONUS_NOT_SOLD, evidence=s.sale.evidence[:3]))
    if s.retention.periods:
        out.append(
            Reason(kind="periods", points=BONUS_PERIODS, evidence=[p.evidence[0] for p in s.retention.periods][:3])
        )
    if len(s.rights) >= MIN_RIGHTS:
        out.append(Reason(kind="rights", points=BONUS_RIGHTS, n=len(s.rights)))
    return out


def make_grade(s: Summary, sig: Signals | None = None) -> Grade:
    """The grade of an analysed policy (see the module's docstring)."""
    sig = sig or TRUSTED
    conf = policy_confidence(s, sig)
    tells = transparency(s, sig)
    why = tells + practices(s)
    if conf < POLICY_AT:
        return Grade(status="not_a_policy", reasons=why, policy_confidence=conf)
    if sum(1 for r in tells if r.essential and r.state != "missing") < ENOUGH:
        return Grade(status="not_enough", reasons=why, policy_confidence=conf)
    costs = -sum(r.points for r in why if r.points < 0)
    gains = sum(r.points for r in why if r.points > 0)
    penalties = -sum(r.points for r in why if r.kind == "flag")
    # good practice wins back at most half of what the red flags cost
    score = 100 - costs + min(gains, penalties // 2)
    ceiling = None
    if sum(1 for r in tells if r.essential and r.state != "stated") >= 2 and score > CEILING:
        score, ceiling = CEILING, CEILING
    score = max(0, min(100, score))
    letter = next(letter for threshold, letter in LETTERS if score >= threshold)
    return Grade(status="graded", letter=letter, score=score, reasons=why, policy_confidence=conf, ceiling=ceiling)  # type: ignore[arg-type]

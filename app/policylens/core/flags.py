"""Red flags: those the recognizers matched, and those derived from other findings or raised from
what the policy does not say. Each derived or absence flag is one function here, named by its
catalogue entry's producer (``derived("sold")`` → :func:`sold`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from policylens.core import catalogue as C
from policylens.core.engine.contexts import Segmented
from policylens.core.models import Contact, Period, RedFlag, Sale

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(slots=True)
class Facts:
    """What the derived flags read besides the hits."""

    sale: Sale
    kinds: list[str]
    periods: list[Period]
    contact: Contact


# a derived flag: (the sentences that support it, whether it stands from absence) or None
Verdict = tuple[list[int], bool] | None
DERIVED: dict[str, Callable[[Segmented, Facts], Verdict]] = {}


def _derives(fn: Callable[[Segmented, Facts], Verdict]) -> Callable[[Segmented, Facts], Verdict]:
    DERIVED[fn.__name__] = fn
    return fn


@_derives
def sold(seg: Segmented, facts: Facts) -> Verdict:
    """sells_data: the policy says it sells data (an unnegated ``sale.yes``)."""
    if facts.sale.value != "yes":
        return None
    return [h.sent for h in seg.hits.get("sale.yes", [])], False


@_derives
def hardware_identifiers(seg: Segmented, facts: Facts) -> Verdict:
    """A device identifier that is a hardware one (the pack's ``words.hardware``), unless the
    sentence says it is replaced or randomised (``words.hardware_replaced``: "the MAC address is
    replaced by a random one")."""
    device = seg.hits.get("collected.device", [])
    hw = [
        h.sent
        for h in sorted(device, key=lambda h: h.start)
        if seg.packs[h.sent].words.hardware.search(h.text) and not _replaced(seg, h.sent)
    ]
    return (hw, False) if hw else None


def _replaced(seg: Segmented, i: int) -> bool:
    """Whether sentence ``i`` or the next says the identifier is replaced or randomised."""
    words = seg.packs[i].words
    return any(
        words.hardware_replaced.search(seg.sent_text(k)) and words.hardware.search(seg.sent_text(k))
        for k in (i, i + 1)
        if k < len(seg.sentences)
    ) or bool(words.hardware_replaced.search(seg.sent_text(i)))


@_derives
def kept_indefinitely(seg: Segmented, facts: Facts) -> Verdict:
    if "indefinite" not in facts.kinds:
        return None
    return [h.sent for h in sorted(seg.hits.get("retention.indefinite", []), key=lambda h: h.start)], False


@_derives
def no_period(seg: Segmented, facts: Facts) -> Verdict:
    """No concrete period: the "as long as necessary" sentences, or the silence itself."""
    if facts.periods:
        return None
    vague = sorted(seg.hits.get("retention.as_long_as_necessary", []), key=lambda h: h.start)
    return [h.sent for h in vague], True


@_derives
def no_contact(seg: Segmented, facts: Facts) -> Verdict:
    c = facts.contact
    if c.emails or c.obfuscated_email or c.postal_address or c.phones or c.urls or c.contact_channel:
        return None
    return [], True


def _change_notices(seg: Segmented) -> set[int]:
    """The sentences that promise direct notice, less those about a sale of the business: a notice in
    a business-transfer sentence or right after one ("If the business is sold, the register may pass to
    the buyer. We will tell customers beforehand by e-mail.") tells of the sale, not of a change to the
    policy."""
    sold = {h.sent for h in seg.hits.get("shared.business_transfer", [])}
    return {h.sent for h in seg.hits.get("changes.notify", []) if h.sent not in sold and h.sent - 1 not in sold}


@_derives
def unilateral_changes(seg: Segmented, facts: Facts) -> Verdict:
    """The policy may change, the burden is on the reader, and no direct notice is promised."""
    clause = seg.hits.get("changes.clause", [])
    burden = seg.hits.get("changes.burden", [])
    if not (clause and burden) or _change_notices(seg):
        return None
    return [h.sent for h in clause][:3] + [h.sent for h in burden][:3], False


def _home_stored(seg: Segmented) -> set[int]:
    """The transfer sentences of a policy written for one country's residents that name only that country
    as where the data go ("Our providers store data in the United States." in a Texas shop's policy,
    which names the Texas privacy act and no law of another country): the pack's ``home_places`` in the
    matched words, no ``abroad_words`` in the sentence, beside it or in its heading, and no ``foreign_laws``
    anywhere in the document."""
    text = seg.doc.text
    hits = seg.hits.get("flags.international_transfer", [])
    if not hits:
        return set()
    words = seg.packs[hits[0].sent].words
    if not seg.found(words.home_mark, 0, len(text)) or seg.found(words.foreign_law, 0, len(text)):
        return set()
    home: set[int] = set()
    abroad: set[int] = set()
    for h in hits:
        w = seg.packs[h.sent].words
        place = w.home_place.search(h.text)
        # the matched words end on that place, and the sentence says nothing of abroad ("If you use the app
        # from outside the United States, …", "in the United States and other countries")
        if (
            place is not None
            and place.end() >= len(h.text.rstrip(" .,;")) - 1
            and not any(w.abroad.search(t) for t in _around_said(seg, h.sent))
        ):
            home.add(h.sent)
        else:
            abroad.add(h.sent)  # a sentence matched another way too (a transfer mechanism named) stays
    return home - abroad


def _around_said(seg: Segmented, i: int) -> list[str]:
    """The texts of :func:`_around` but the questions beside sentence ``i`` or over it: «Q: Is my
    information stored outside the United States?» asks where the data go; its answer tells."""
    texts = [(k, seg.sent_text(k)) for k in _around(seg, i)]
    return [t for k, t in texts if k == i or not t.rstrip().endswith("?")]


def _around(seg: Segmented, i: int) -> list[int]:
    """Sentence ``i``, the sentences beside it and its heading ("7. INTERNATIONAL USERS / We store data in the
    United States. If you use Pacemate from outside the US, your data will be transferred there.")."""
    near = [k for k in (i - 1, i, i + 1) if 0 <= k < len(seg.sentences)]
    head = seg.sentences[i].heading
    return [*near, head] if head >= 0 else near


def red_flags(seg: Segmented, facts: Facts) -> list[RedFlag]:
    """Every red flag, most severe first, then in catalogue order."""
    flags: dict[str, RedFlag] = {}

    def raise_flag(fid: str, sents: Iterable[int] = (), absence: bool = False) -> None:
        ev = seg.evidence_list(sents)
        if (not ev and not absence) or fid in flags:
            return
        entry = C.flag(fid)
        flags[fid] = RedFlag(
            id=fid,  # type: ignore[arg-type]
            severity=entry.severity,  # type: ignore[arg-type]
            evidence=ev,
            from_absence=absence and not ev,
            card=entry.card,  # type: ignore[arg-type]
        )

    notice = _change_notices(seg)
    home = _home_stored(seg)
    for fid, hits in seg.hits_under("flags").items():
        if fid == "international_transfer" and home:
            hits = [h for h in hits if h.sent not in home]
        if fid == "unilateral_changes" and notice - {h.sent for h in hits}:
            # a promise of direct notice in another sentence ("we inform you by e-mail beforehand") is what
            # the flag says is missing, whether a rule matched it or it is derived below — not the words of
            # the matched sentence itself ("Sujet à modification sans préavis")
            continue
        raise_flag(fid, (h.sent for h in hits))
    for entry in C.entries("red_flags"):
        if entry.producer.kind == "matched" or entry.producer.function is None:
            continue
        verdict = DERIVED[entry.producer.function](seg, facts)
        if verdict is not None:
            raise_flag(entry.id, verdict[0], absence=verdict[1])
    order = {f: i for i, f in enumerate(C.ids("red_flags"))}
    return sorted(flags.values(), key=lambda f: (SEVERITY_RANK[f.severity], order[f.id]))

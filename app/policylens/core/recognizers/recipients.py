"""Named recipients: well-known processors (``_base.toml``'s ``known_recipients``) and the names
listed after "such as" (the pack's ``such_as``, split at ``list_conjunctions``) in sharing
sentences, attached to the recipient the rule pack found in that sentence."""

from __future__ import annotations

import re

from policylens.core import catalogue as C
from policylens.core.engine.contexts import Segmented
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack

# what a proper name looks like beyond a capital: inner capitals (PayPal), digits, dots (Tawk.to),
# acronyms (AWS), several capitalised words (Google Analytics)
_LOOKS_LIKE_NAME = re.compile(r"\w[A-Z]|\d|\.\w|^[A-Z]{2,}\b|^[A-Z]\w+\s[A-Z]")


class NamedRecipientsRecognizer(Recognizer):
    """Facts: ``recipient_names`` = [(recipient id, sentence, [names])], in text order."""

    name = "named recipients"
    fields = ("shared_with.names",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"recipient_names": named_recipients(seg)})


def named_recipients(seg: Segmented) -> list[tuple[str, int, list[str]]]:
    text = seg.doc.text
    matched = {r for r, hits in seg.hits_under("shared").items() if hits}
    recs_of: dict[int, list[str]] = {}
    for r, hits in seg.hits_under("shared").items():
        for h in hits:
            recs_of.setdefault(h.sent, []).append(r)
    out: list[tuple[str, int, list[str]]] = []
    for i, s in enumerate(seg.sentences):
        if not seg.has_context(i, "share") or s.kind == "heading":
            continue
        chunk = text[s.start : s.end]
        words = seg.packs[i].words
        known: list[str] = [m.group(1) for m in words.known_recipients.finditer(chunk, timeout=1.0)]
        found = list(known)
        for m in words.such_as.finditer(chunk, timeout=1.0):
            for part in words.list_split.split(m.group(1)):
                part = part.strip(" .")
                if words.capitalises_nouns and not _LOOKS_LIKE_NAME.search(part):
                    continue  # "wie Benutzer": in German every noun is capitalised
                if part and part.split()[0] not in words.name_stops and len(part) >= 3:
                    found.append(part)
        if not found:
            continue
        # which recipient does this sentence speak of?
        recs = recs_of.get(i, [])
        if recs:
            rec = recs[0]
        elif known or "service_providers" in matched or not matched:
            rec = "service_providers"  # a well-known processor named in a sharing sentence is one
        else:
            continue
        matched.add(rec)
        out.append((rec, i, found))
    return out


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
    order = C.ids("shared_with")
    shared.sort(key=lambda s: order.index(s.recipient))

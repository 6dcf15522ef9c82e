"""Contact details: e-mail addresses, an obfuscated e-mail, a postal address or a contact form
(the pack's ``contact.address``/``contact.form`` rules), URLs and phone numbers in contact
sentences (a number counts when a phone cue of the pack stands before it)."""

from __future__ import annotations

import re

import regex

from policylens.core.engine.contexts import Segmented
from policylens.core.models import Contact
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack

# ``regex``, not ``re``: these two scan the whole document, and ``re`` holds the GIL for the whole
# scan (1 s on a 5 MB policy, a frozen window when analysing in a thread); ``regex`` releases it
# while matching on a str and is ~100x faster here (the matches are the same).
EMAIL = regex.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,12}(?![\w-])"
)
OBFUSCATED = regex.compile(r"\[(?:email|e-mail)[\s\u00a0]*(?:&#160;)?protected\]", regex.IGNORECASE)
URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'»”)]{3,200}", re.IGNORECASE)
PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{7,18}\d(?!\w)")


class ContactRecognizer(Recognizer):
    name = "contact"
    fields = ("contact",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"contact": contact(seg)})


# words of a service's or controller's name that say nothing of whose it is (an authority may bear them too)
_GENERIC_NAME_WORDS = frozenset(
    {"data", "privacy", "protection", "information", "commission", "commissioner", "office", "authority",
     "national", "group", "health", "digital", "service", "services", "solutions", "international",
     "global", "limited", "company", "holding", "holdings", "online", "media", "systems", "technologies"}
)


def _own_name_words(svc: object) -> set[str]:
    """The distinctive words (five letters or more) of the service's and the controller's names."""
    words: set[str] = set()
    for n in (getattr(svc, "name", None), getattr(svc, "controller", None)):
        for w in re.findall(r"\w+", n or ""):
            w = w.casefold()
            if len(w) >= 5 and not w.isdigit() and w not in _GENERIC_NAME_WORDS:
                words.add(w)
    return words


def _names_own_domain(email: str, own: set[str]) -> bool:
    """An address whose domain bears the service's own name ("privacy@splitwattle.com.au" of
    Splitwattle Pty Ltd) is the controller's, even in a section about complaints: the authority's
    address never carries the company's name."""
    domain = re.sub(r"[^\w]", "", email.rpartition("@")[2].casefold())
    return any(w in domain for w in own)


def contact(seg: Segmented) -> Contact:
    text = seg.doc.text
    emails: list[str] = []
    sents: list[int] = []
    # the supervisory authority's address (where to complain) is not the controller's contact: an
    # address after the authority in its sentence ("complain to the CNIL (plaintes@cnil.fr)") or
    # naming it ("E-Mail: poststelle@bfdi.bund.de"), or in a section under a heading about
    # complaints; one before it is the controller's ("write to privacy@example.com, and complain
    # to the CNIL if …")
    first_complaint: dict[int, int] = {}
    for h in seg.hits.get("rights.complaint", []):
        first_complaint[h.sent] = min(h.start, first_complaint.get(h.sent, h.start))
    under = {i for i, s in enumerate(seg.sentences) if s.heading in first_complaint}
    own = _own_name_words(seg.facts.get("service"))
    for m in EMAIL.finditer(text):
        e = m.group(0).rstrip(".")
        i = seg.sent_of(m.start())
        if (i in under or (i in first_complaint and first_complaint[i] < m.end())) and not _names_own_domain(e, own):
            continue
        if e.lower().endswith((".png", ".jpg", ".gif")):
            continue
        if e.casefold() not in {x.casefold() for x in emails}:
            emails.append(e)
            sents.append(i)
    obfuscated = False
    for m in OBFUSCATED.finditer(text):
        obfuscated = True
        sents.append(seg.sent_of(m.start()))
    postal = False
    for h in seg.hits.get("contact.address", []):
        postal = True
        sents.append(h.sent)
    urls: list[str] = []
    phones: list[str] = []
    form = False
    for h in seg.hits.get("contact.form", []):
        sents.append(h.sent)
        chunk = seg.sent_text(h.sent)
        found = [u.rstrip(".,;") for u in URL.findall(chunk)]
        for u in found:
            if u not in urls:
                urls.append(u)
        # "contact us through our form" (the saved page kept no link): a way to reach them, no address
        form = form or not found
    for i, s in enumerate(seg.sentences):
        if "contact" in seg.own[i] and s.kind != "heading":
            chunk = text[s.start : s.end]
            for u in URL.findall(chunk):
                u = u.rstrip(".,;")
                if u not in urls:
                    urls.append(u)
                    sents.append(i)
            cue = seg.packs[i].words.phone_cue
            for pm in PHONE.finditer(chunk):
                p = pm.group(0)
                if not cue.search(chunk[max(0, pm.start() - 40) : pm.start()]):
                    continue  # registry numbers (SIRET, KRS, CVR) are not phone numbers
                digits = re.sub(r"\D", "", p)
                if 8 <= len(digits) <= 15 and not re.fullmatch(r"(?:19|20)\d\d\d*", digits) and p not in phones:
                    phones.append(p.strip())
                    sents.append(i)
    return Contact(
        emails=emails,
        postal_address=postal,
        phones=phones,
        urls=urls,
        obfuscated_email=obfuscated,
        contact_channel=form,
        evidence=seg.evidence_list(sents),
    )

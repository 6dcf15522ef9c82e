"""Drafting letters to exercise one's rights: requests to the company, complaints to an authority.

Pure Python (no Qt): the CLI (``policylens letter``) and the GUI's "Use your rights…" dialog
both call :func:`draft`. A letter is PolicyLens's own text (``templates/<lang>.toml``) addressed
to what the summary found: the controller (``service.controller``, else the service's name), the
e-mail address the policy gives for privacy requests (the contact evidence is read to prefer the
one given for rights requests or the DPO), and a postal address when the evidence holds one. Each
of these comes with the sentence it was taken from (:attr:`Letter.parts`) so that the user can
check it; whatever was not found is left as a marked field with a warning.

Complaints go to a supervisory authority from ``authorities.json`` (built from the CC0
Datenanfragen.de database by ``scripts/build_authorities.py``).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from importlib import resources
from urllib.parse import quote

from policylens.core.errors import QT_TRANSLATE_NOOP, PolicyLensError
from policylens.core.letters.templates import (
    ARTICLE,
    CCPA_REQUESTS,
    GDPR_LANGUAGES,
    REQUESTS,
    USER_FIELDS,
    TemplateError,
    load,
)
from policylens.core.models import Evidence, Summary

__all__ = [
    "ARTICLE",
    "CCPA_REQUESTS",
    "GDPR_LANGUAGES",
    "REQUESTS",
    "USER_FIELDS",
    "Authority",
    "Letter",
    "Part",
    "TemplateError",
    "UnknownCountry",
    "authorities",
    "authority_for",
    "country_from_locale",
    "detect_law",
    "draft",
    "known_countries",
    "load",
    "mailto",
    "to_eml",
]

# what each request is called in lists (the CLI's --list, the dialog's choices)
REQUEST_NAMES = {
    "access": QT_TRANSLATE_NOOP("letters", "Access: a copy of your data (Art. 15)"),
    "erasure": QT_TRANSLATE_NOOP("letters", "Erasure of your data (Art. 17)"),
    "rectification": QT_TRANSLATE_NOOP("letters", "Rectification of wrong data (Art. 16)"),
    "objection": QT_TRANSLATE_NOOP("letters", "Objection, incl. to direct marketing (Art. 21)"),
    "portability": QT_TRANSLATE_NOOP("letters", "Your data in a machine-readable file (Art. 20)"),
    "withdraw": QT_TRANSLATE_NOOP("letters", "Withdrawal of consent (Art. 7(3))"),
    "complaint": QT_TRANSLATE_NOOP("letters", "Complaint to a supervisory authority (Art. 77)"),
}
CCPA_NAMES = {
    "access": QT_TRANSLATE_NOOP("letters", "Right to know (CCPA § 1798.110)"),
    "erasure": QT_TRANSLATE_NOOP("letters", "Right to delete (CCPA § 1798.105)"),
    "rectification": QT_TRANSLATE_NOOP("letters", "Right to correct (CCPA § 1798.106)"),
    "objection": QT_TRANSLATE_NOOP("letters", "Opt out of sale or sharing (CCPA § 1798.120)"),
}

WARNINGS = {
    "no_controller": QT_TRANSLATE_NOOP(
        "letters", "The policy does not name the company responsible: fill in whom the letter is for."
    ),
    "no_email": QT_TRANSLATE_NOOP(
        "letters",
        "The policy gives no e-mail address for privacy requests: send this letter by post (save it as PDF and "
        "print it), or fill in an address.",
    ),
    "obfuscated_email": QT_TRANSLATE_NOOP(
        "letters",
        "The saved page hides the e-mail address (“[email protected]”): look it up on the company's web page.",
    ),
    "no_address": QT_TRANSLATE_NOOP(
        "letters", "No postal address of the company was found in the policy: fill it in to send the letter by post."
    ),
    "authority_no_email": QT_TRANSLATE_NOOP(
        "letters", "This authority takes complaints by post or through its web form, not by e-mail."
    ),
    "germany_state": QT_TRANSLATE_NOOP(
        "letters",
        "In Germany, a complaint about a company normally goes to the authority of the state where the company "
        "is based: choose the state.",
    ),
    "ccpa_english": QT_TRANSLATE_NOOP("letters", "Letters under California law are written in English."),
}


class LetterError(PolicyLensError):
    code = "letter"
    exit_code = 2
    context = "letters"


class UnknownCountry(LetterError):
    code = "unknown_country"
    message = QT_TRANSLATE_NOOP(
        "letters", "No supervisory authority is known for the country code “{code}”. Known: {known}."
    )


class UnknownState(LetterError):
    code = "unknown_state"
    message = QT_TRANSLATE_NOOP("letters", "No German state has the code “{code}”. Known: {known}.")


class NotForLaw(LetterError):
    code = "not_for_law"
    message = QT_TRANSLATE_NOOP(
        "letters", "This policy is read under California law (CCPA), which has no “{request}” request. Known: {known}."
    )


# --------------------------------------------------------------------------- authorities


@dataclass(frozen=True)
class Authority:
    slug: str
    name: str
    address: str
    countries: tuple[str, ...]
    kind: str  # national, federal, state, state-public, church, broadcasting
    state: str | None = None
    email: str | None = None
    phone: str | None = None
    web: str | None = None
    webform: str | None = None
    complaint_language: str | None = None
    sources: tuple[str, ...] = ()


GERMAN_STATES = {
    "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
    "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
    "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen",
}


@functools.cache
def _authority_data() -> dict:
    res = resources.files("policylens.core.letters").joinpath("authorities.json")
    return json.loads(res.read_text(encoding="utf-8"))


def authority_source() -> str:
    return str(_authority_data()["source"])


@functools.cache
def authorities() -> tuple[Authority, ...]:
    out = []
    for r in _authority_data()["authorities"]:
        out.append(
            Authority(
                slug=r["slug"],
                name=r["name"],
                address=r["address"],
                countries=tuple(r["relevant-countries"]),
                kind=r["kind"],
                state=r.get("state"),
                email=r.get("email"),
                phone=r.get("phone"),
                web=r.get("web"),
                webform=r.get("webform"),
                complaint_language=r.get("complaint-language"),
                sources=tuple(r.get("sources", ())),
            )
        )
    return tuple(out)


def known_countries() -> list[str]:
    return sorted({c for a in authorities() for c in a.countries if c != "all"})


def german_authorities() -> list[Authority]:
    """BfDI first, then one authority per state (Bavaria's for the private sector)."""
    de = [a for a in authorities() if "de" in a.countries]
    federal = [a for a in de if a.kind == "federal"]
    states = sorted((a for a in de if a.kind == "state"), key=lambda a: GERMAN_STATES[a.state or ""])
    return federal + states


def authority_for(country: str, state: str | None = None) -> Authority:
    """The authority to complain to in ``country`` (ISO 3166-1 alpha-2, any case; ``de-by`` picks a
    German state). Germany without a state gives the federal authority (BfDI)."""
    code = (country or "").strip().lower().replace("_", "-")
    if code == "uk":
        code = "gb"
    if code.startswith("de-") and not state:
        code, state = "de", code[3:]
    known = known_countries()
    if code not in known:
        raise UnknownCountry(code=country, known=", ".join(known))
    if code == "de":
        if state:
            st = state.strip().upper()
            for a in authorities():
                if "de" in a.countries and a.kind == "state" and a.state == st:
                    return a
            raise UnknownState(code=state, known=", ".join(sorted(GERMAN_STATES)))
        return next(a for a in authorities() if a.kind == "federal")
    return next(a for a in authorities() if code in a.countries)


def country_from_locale(env: Mapping[str, str] | None = None, fallback: str | None = None) -> str | None:
    """The country of the user's locale (``sv_SE.UTF-8`` → ``se``), when an authority is known for it."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        m = re.match(r"[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})\b", value)
        if m:
            cc = m.group(1).lower()
            cc = "gb" if cc == "uk" else cc
            if cc in known_countries():
                return cc
    return fallback


# --------------------------------------------------------------------------- what the policy says

_US = re.compile(
    r"\b(?:CCPA|CPRA|California Consumer Privacy Act|California Privacy Rights Act|Do Not Sell(?: or Share)?"
    r"(?: My Personal Information)?|Shine the Light|California residents?)\b",
    re.IGNORECASE,
)
_EU = re.compile(
    r"\b(?:GDPR|RGPD|DSGVO|AVG|RODO|2016/679|General Data Protection Regulation|"
    r"règlement général sur la protection des données|Datenschutz-Grundverordnung|dataskyddsförordning\w*|"
    r"Reglamento General de Protección de Datos|regolamento generale sulla protezione dei dati|"
    r"Algemene Verordening Gegevensbescherming|Regulamento Geral (?:sobre|de) Proteção de Dados|"
    r"databeskyttelsesforordning\w*|personvernforordning\w*|tietosuoja-asetu\w*|European Economic Area|"
    r"supervisory authority|autorité de contrôle|Aufsichtsbehörde|tillsynsmyndighet\w*)\b",
    re.IGNORECASE,
)


def detect_law(text: str | None) -> str:
    """``"ccpa"`` for a US-style policy (California wording and no word of the GDPR), else ``"gdpr"``."""
    if not text:
        return "gdpr"
    return "ccpa" if _US.search(text) and not _EU.search(text) else "gdpr"


def laws_for(text: str | None) -> list[str]:
    """The laws whose requests make sense for this policy, the default first."""
    if not text:
        return ["gdpr"]
    us, eu = bool(_US.search(text)), bool(_EU.search(text))
    if us and not eu:
        return ["ccpa"]
    return ["gdpr", "ccpa"] if us else ["gdpr"]


# words near an address that says where to send rights requests (any of the 12 languages)
_RIGHTS_STRONG = re.compile(
    r"droits|rights|rechte|rättigheter|derechos|diritti|rechten|direitos|praw|rettighed|rettighet|oikeu|"
    r"\bdpo\b|\bdpd\b|\brpd\b|\biod\b|délégué|data protection officer|datenschutzbeauftragt|dataskyddsombud|"
    r"delegado de protección|responsabile (?:della )?protezione|functionaris voor gegevensbescherming|"
    r"encarregad|inspektor\w* ochrony danych|databeskyttelsesrådgiver|personvernombud|tietosuojavastaava",
    re.IGNORECASE,
)
_RIGHTS_CUE = re.compile(
    r"droits|rights|rechte|rättigheter|derechos|diritti|rechten|direitos|praw|rettighed|rettighet|oikeu|"
    r"\bdpo\b|\bdpd\b|\brpd\b|\biod\b|délégué|data protection officer|datenschutzbeauftragt|dataskyddsombud|"
    r"delegado de protección|responsabile (?:della )?protezione|functionaris voor gegevensbescherming|"
    r"encarregad|inspektor\w* ochrony danych|databeskyttelsesrådgiver|personvernombud|tietosuojavastaava|"
    r"protection des données|data protection|datenschutz|dataskydd|protección de datos|protezione dei dati|"
    r"gegevensbescherming|proteção de dados|ochrony danych|databeskyttelse|personvern|tietosuoja|privacy|"
    r"confidentialité|integritet|privacidad|privacidade|prywatno",
    re.IGNORECASE,
)
_LOCAL_CUE = re.compile(
    r"dpo|privacy|datenschutz|gdpr|rgpd|dsgvo|privacidad|privacidade|tietosuoja|personvern|integritet|"
    r"dataskydd|iod|rpd|dpd|compliance|protezione|avg|rodo|legal|dataprotection|databeskyttelse",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"\b\d{4,5}\s+[A-ZÀ-ÝÅÄÖØÆ][\w'’ -]{2,30}|"  # 75002 Paris, 10117 Berlin, 2300 København
    r"\b\d{3}\s\d{2}\s+[A-ZÅÄÖ]|"  # 104 20 Stockholm
    r"\b\d{2}-\d{3}\b|\b\d{4}-\d{3}\b|"  # 00-583 Warszawa, 1049-005 Lisboa
    r"\b\d{4}\s?[A-Z]{2}\s+[A-Z]|"  # 8041 BL Zwolle
    r"\b(?:rue|avenue|boulevard|place|chemin|straße|strasse|str\.|gatan|vägen|calle|avenida|via|piazza|viale|"
    r"straat|laan|rua|praça|alameda|ul\.|vej|gade|veien|gata|katu|tie|road|street|avenue|postfach|box|postboks|"
    r"pl|bp|cs|tsa)\s+\d|"
    r"\b\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:rue|avenue|boulevard|place|chemin|allée|quai|impasse|route|"
    r"calle|avenida|via|viale|piazza|rua|road|street|lane|drive)\b",  # 56 rue de Varenne, 221B Baker Street
    re.IGNORECASE,
)
_ADDRESS_LABEL = re.compile(
    r"^\s*(?:adresse(?: postale)?|address|postal address|anschrift|postanschrift|postadress|adress|dirección|"
    r"indirizzo|adres|endereço|morada|osoite|postiosoite|käyntiosoite|post|adresse)\s*:\s*",
    re.IGNORECASE,
)
_AUTHORITY_WORDS = re.compile(
    r"CNIL|autorité de contrôle|supervisory|Aufsichtsbehörde|tillsynsmyndighet|Datatilsynet|Garante|"
    r"autoridad de control|Autoriteit Persoonsgegevens|toezichthoud|CNPD|UODO|tietosuojavaltuutet|"
    r"réclamation|complaint|Beschwerde|klagomål|reclamación|reclamo|klacht|reclamação|skarg|klage|valitus",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class Part:
    """One fact a letter is addressed with, and the sentence of the policy it comes from."""

    what: str  # controller, email, address, authority
    value: str | None
    evidence: Evidence | None = None
    source: str = "policy"  # or "authorities" (the shipped data)


def _authority_domains() -> set[str]:
    return {a.email.rsplit("@", 1)[1].casefold() for a in authorities() if a.email}


def pick_email(summary: Summary) -> Part:
    """The e-mail address to send a rights request to, and its sentence."""
    banned = _authority_domains()
    best: tuple[int, int] | None = None
    chosen = Part("email", None)
    for order, email in enumerate(summary.contact.emails):
        if email.rsplit("@", 1)[-1].casefold() in banned:
            continue  # the supervisory authority's address, listed with the contacts
        quotes = [e for e in summary.contact.evidence if email.casefold() in e.quote.casefold()]
        score = 0
        if _LOCAL_CUE.search(email.split("@")[0]):
            score += 2
        if any(_RIGHTS_STRONG.search(e.quote) or _RIGHTS_STRONG.search(e.section or "") for e in quotes):
            score += 3
        elif any(_RIGHTS_CUE.search(e.quote) or _RIGHTS_CUE.search(e.section or "") for e in quotes):
            score += 1
        key = (score, -order)
        if best is None or key > best:
            best = key
            # the sentence that says it is for rights requests, if one does
            quotes.sort(key=lambda e: (not _RIGHTS_STRONG.search(e.quote + " " + (e.section or "")),
                                       not _RIGHTS_CUE.search(e.quote + " " + (e.section or ""))))
            chosen = Part("email", email, quotes[0] if quotes else None)
    if chosen.value is None and summary.contact.obfuscated_email:
        hidden = [e for e in summary.contact.evidence if "protected]" in e.quote]
        hidden.sort(key=lambda e: not _RIGHTS_STRONG.search(e.quote + " " + (e.section or "")))
        chosen = Part("email", None, hidden[0] if hidden else None)
    return chosen


def pick_controller(summary: Summary) -> Part:
    name = summary.service.controller or summary.service.name
    if not name:
        return Part("controller", None)
    ev = next((e for e in summary.service.evidence if name.casefold() in e.quote.casefold()), None)
    return Part("controller", name, ev)


def pick_address(summary: Summary, near: Evidence | None = None, text: str | None = None) -> Part:
    """The company's postal address when a contact sentence (or a run of adjacent lines) holds one."""
    if not summary.contact.postal_address:
        return Part("address", None)
    cands = sorted(
        (e for e in summary.contact.evidence
         if "@" not in e.quote and len(e.quote) <= 200 and not _AUTHORITY_WORDS.search(e.quote)
         and (_ADDRESS.search(e.quote) or _ADDRESS_LABEL.match(e.quote))),
        key=lambda e: e.start,
    )
    uniq: list[Evidence] = []
    for e in cands:
        if not uniq or (e.start, e.end) != (uniq[-1].start, uniq[-1].end):
            uniq.append(e)
    clusters: list[list[Evidence]] = []
    for e in uniq:
        if clusters:
            prev = clusters[-1][-1]
            gap = text[prev.end : e.start] if text is not None else " " * max(0, e.start - prev.end)
            if e.start >= prev.end and len(gap) <= 3 and not gap.strip():
                clusters[-1].append(e)
                continue
        clusters.append([e])
    names = [n.casefold() for n in (summary.service.controller, summary.service.name) if n]

    def joined(c: list[Evidence]) -> str:
        return "\n".join(_ADDRESS_LABEL.sub("", e.quote).strip() for e in c)

    chosen: list[Evidence] | None = None
    for c in clusters:
        if any(n in joined(c).casefold() for n in names):
            chosen = c
            break
    if chosen is None and near is not None:
        close = [c for c in clusters if min(abs(c[0].start - near.end), abs(near.start - c[-1].end)) <= 300]
        if close:
            chosen = min(close, key=lambda c: abs(c[0].start - near.end))
    if chosen is None:
        return Part("address", None)
    start, end = chosen[0].start, chosen[-1].end
    # verbatim: the policy's own text from the first line to the last (a cluster is only made with the text)
    quote = text[start:end] if text is not None and len(chosen) > 1 else chosen[0].quote
    ev = Evidence(quote=quote, start=start, end=end, section=chosen[0].section)
    return Part("address", joined(chosen), ev)


# --------------------------------------------------------------------------- the letter


@dataclass
class Letter:
    request: str
    law: str
    language: str
    subject: str
    text: str
    to_name: str | None
    to_email: str | None
    to_address: str | None
    parts: list[Part] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # ids of WARNINGS
    authority: Authority | None = None
    fields: dict[str, str] = field(default_factory=dict)  # the user's fields' markers in this letter

    @property
    def markers(self) -> list[str]:
        """The marked fields still in the text, in order."""
        return re.findall(r"\[[^\[\]\n]+\]", self.text)


def requests_for(law: str) -> tuple[str, ...]:
    return CCPA_REQUESTS if law == "ccpa" else REQUESTS


def draft(
    summary: Summary,
    request: str,
    *,
    lang: str | None = None,
    text: str | None = None,
    country: str | None = None,
    state: str | None = None,
    law: str | None = None,
) -> Letter:
    """Draft ``request`` (one of :data:`REQUESTS`) for the policy of ``summary``.

    ``text`` is the policy's text (for the law and adjacent address lines); ``lang`` the letter's
    language (default: the policy's, or for a complaint the authority's complaint language);
    ``country``/``state`` choose the authority of a complaint. Raises :class:`LetterError`."""
    law = law or detect_law(text)
    if request not in requests_for(law):
        names = requests_for(law)
        if law == "ccpa":
            raise NotForLaw(request=request, known=", ".join(names))
        raise LetterError(QT_TRANSLATE_NOOP("letters", "Unknown request “{request}”. Known: {known}."),
                          request=request, known=", ".join(names))
    warnings: list[str] = []
    authority = None
    if request == "complaint":
        if not country:
            raise LetterError(QT_TRANSLATE_NOOP("letters", "A complaint needs a country (known: {known})."),
                              known=", ".join(known_countries()))
        authority = authority_for(country, state)
        if authority.kind == "federal":
            warnings.append("germany_state")
        if not authority.email:
            warnings.append("authority_no_email")
    policy_lang = summary.language.analysed_as or summary.language.code
    if law == "ccpa":
        if lang and lang != "en":
            warnings.append("ccpa_english")
        lang = "en"
    elif not lang:
        if authority and authority.complaint_language in GDPR_LANGUAGES:
            lang = authority.complaint_language
        else:
            lang = summary.language.code if summary.language.code in GDPR_LANGUAGES else policy_lang
            if lang not in GDPR_LANGUAGES:
                lang = "en"
    assert lang is not None
    tpl = load(lang, law)

    controller = pick_controller(summary)
    email = pick_email(summary)
    address = pick_address(summary, email.evidence, text)
    parts = [controller, email, address]
    if not controller.value:
        warnings.insert(0, "no_controller")
    if not email.value and request != "complaint":
        warnings.append("obfuscated_email" if summary.contact.obfuscated_email else "no_email")
    if not address.value and request != "complaint" and not email.value:
        warnings.append("no_address")
    f = tpl.fields
    values = {
        "controller": controller.value or f["controller"],
        "service": summary.service.name or controller.value or f["controller"],
        "controller_email": email.value or f["controller_email"],
        "title": tpl.articles.get(ARTICLE[request], ""),
        **{k: f[k] for k in f if k in USER_FIELDS},
    }
    req = tpl.requests[request]
    subject = req.subject.format(**values)
    body = req.body.format(**values)
    lab, tx = tpl.labels, tpl.text
    lines = [f["name"], f["postal"]]
    if request != "complaint":
        lines.append(lab["account"].format(account=f["account"]))
    lines.append("")
    if authority is not None:
        lines += [authority.name, authority.address]
        if authority.email:
            lines.append(lab["email"].format(email=authority.email))
        to_name, to_email, to_address = authority.name, authority.email, authority.address
        parts.append(Part("authority", authority.name, None, source="authorities"))
    else:
        lines.append(values["controller"])
        # by e-mail when the policy gives an address for it, else by post (the address marked if missing)
        if address.value or not email.value:
            lines.append(address.value or f["controller_address"])
        if email.value or summary.contact.obfuscated_email:
            lines.append(lab["email"].format(email=values["controller_email"]))
        to_name, to_email, to_address = controller.value, email.value, address.value
    lines += ["", lab["date"].format(date=f["date"]), "", lab["subject"].format(subject=subject), "",
              tx["greeting"], "", body, ""]
    if request == "complaint":
        lines += [tx["complainant"].format(name=f["name"], postal=f["postal"], account=f["account"]), "",
                  lab["attachments"], ""]
    else:
        if not (law == "ccpa" and request == "objection"):
            lines += [tx["deadline"], ""]
        lines += [tx["identify"].format(name=f["name"], account=f["account"]), ""]
    lines += [tx["closing"], "", f["name"]]
    return Letter(
        request=request,
        law=law,
        language=lang,
        subject=subject,
        text="\n".join(lines) + "\n",
        to_name=to_name,
        to_email=to_email,
        to_address=to_address,
        parts=parts,
        warnings=warnings,
        authority=authority,
        fields={k: f[k] for k in f if k in USER_FIELDS},
    )


def to_eml(letter: Letter, text: str | None = None, subject: str | None = None) -> bytes:
    """An unsent e-mail (``.eml``, RFC 5322) with To and Subject filled, for a mail app to open."""
    msg = EmailMessage(policy=SMTP)
    if letter.to_email:
        msg["To"] = letter.to_email
    msg["Subject"] = subject if subject is not None else letter.subject
    msg["X-Unsent"] = "1"  # opens as a draft in mail apps that know it
    msg.set_content(text if text is not None else letter.text, charset="utf-8")
    return msg.as_bytes()


def mailto(letter: Letter, text: str | None = None, subject: str | None = None) -> str:
    """A ``mailto:`` link with the letter as subject and body (RFC 6068)."""
    body = (text if text is not None else letter.text).replace("\r\n", "\n").replace("\n", "\r\n")
    to = quote(letter.to_email or "", safe="@")
    subj = quote(subject if subject is not None else letter.subject, safe="")
    return f"mailto:{to}?subject={subj}&body={quote(body, safe='')}"

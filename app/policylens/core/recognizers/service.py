"""The service: its name, the company responsible (controller) and the policy's date.

The controller is the company name with a legal form (``_base.toml``'s ``legal_forms``) that
a sentence near the top names as the controller or as "we" (the pack's ``[service]`` cues), else
the first such name near the top; a definition ("Example Ltd (“Example”, “we”)") names the service, unless what it
defines is one of the pack's ``we_words``; else the name the file name or title spells and the
text repeats. The date follows the pack's ``updated_cues`` ("Last updated"), else a date alone
near the top, else one at the end."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

import regex

from policylens.core import prefilter
from policylens.core.document import is_table_row
from policylens.core.engine.contexts import Segmented
from policylens.core.models import Service
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack
from policylens.core.service_hints import (
    ascii_key,
    emails_in,
    follows_law_cue,
    is_generic_name,
    service_candidates,
    title_name,
)

# a candidate from the page's title, site name and e-mail domains is used when it scores at least
# this (the site's own name; or a title piece the text repeats; or a domain the page agrees with)
MIN_CANDIDATE_SCORE = 3.0


class ServiceRecognizer(Recognizer):
    name = "service"
    fields = ("service",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"service": service(seg, pack)})


def service(seg: Segmented, pack: Pack) -> Service:
    text = seg.doc.text
    words = pack.words
    head = text[:20_000]
    name: str | None = None
    controller: str | None = None
    ev: list[int] = []
    m = _controller_named(seg, pack)
    if m is None:
        m = _first_company(seg, pack, head)
        if m is not None and _named_otherwise(seg, pack, m):
            m = None
    if m:
        found = m.group(1)
        # "Rekisterinpitäjä\nExample Oy": a label on the line above is no part of the name
        tail = found.rsplit("\n", 1)[-1]
        if tail != found and len(tail.split()) >= 2 and words.legal_name.fullmatch(tail.strip()):
            found = tail
        parts = found.split()
        # "Die PulsPilot GmbH, …": the article opens the sentence, not the name
        while len(parts) > 2 and parts[0] in words.name_stops:
            parts = parts[1:]
        controller = _as_written(" ".join(parts), text)
        ev.append(seg.sent_of(m.start()))
    titled = _titled(seg, pack)
    m2 = quoted_we(words.quoted_we, head)
    if m2:
        company = " ".join(m2.group(1).split())
        alias = " ".join(m2.group(2).split()).rstrip(",;:")  # ("Pinewood," "we," "us"): the comma is the list's
        plausible = len(alias.split()) <= 4 and not re.search(r"\d{4}", alias)
        # a definition of the company, not of a term: 'Example Ltd ("Example", "we")' — its parentheses
        # name it "we", or the name has a legal form ('Internet Protocol ("IP")' defines a term)
        close = head.find(")", m2.end())
        inside = head[m2.start() : close if close >= 0 else m2.end()]
        says_we = any(w in words.we_words for w in re.findall(r"\w+", inside[inside.find("(") :].casefold()))
        plausible = plausible and (says_we or words.legal_name.fullmatch(company) is not None)
        # 'Example Labs GmbH, Torstraße 140, 10119 Berlin ("Example", "us")': an address between the
        # company and its definition; the alias still names the service
        # (a postcode, or a registration number written in groups: "8000 Aarhus C, CVR 43 55 66 77")
        addressed = bool(re.search(r"\d{4}", company)) or sum(ch.isdigit() for ch in company) >= 6
        real_alias = alias.casefold() not in words.we_words and alias[:1].isupper()
        if addressed and not (says_we and real_alias and words.legal_name.search(company)):
            plausible = False
        if company.split()[0] not in words.name_stops and plausible:
            # "Shenzhen Creality 3D Technology Co., Ltd (« Creality 3D », « nous »)": the alias
            # names the service; "QAZAR CLOUD ("nous")": the company does
            # (the company named for itself is the service without its legal form: "Nacer Mediterráneo
            # Reproducción Asistida, S.L. (en adelante, «la Clínica»)" is "Nacer Mediterráneo Reproducción Asistida")
            name = alias if real_alias else (words.legal_form_at_end.sub("", company).strip(" ,") or company)
            if controller is None and words.legal_name.fullmatch(company):
                controller = company
            ev.append(seg.sent_of(m2.start()))
    if name is not None and is_generic_name(name, pack.code):
        name = None  # "Services", "BDSG", "Privacy Policy": no service's name
    if titled is not None and (name is None or not _same(name, titled)):
        name = titled
    if name is None and controller is not None:
        name = words.legal_form_at_end.sub("", controller)
    if name is None:
        name = name_from_source(text[:50_000], f"{seg.doc.name} {seg.doc.title or ''}", words.generic_title_words)
        if name is not None and is_generic_name(name, pack.code):
            name = None
    if name is None:
        # what the page calls itself (<title>, og:site_name) and the policy's e-mail domains
        doc = seg.doc
        site = getattr(doc, "site_name", None) or doc.meta.get("og:site_name") or doc.meta.get("site_name")
        cands = service_candidates(
            title=doc.title, site_name=site, emails=emails_in(text[:200_000]), text=text, lang=pack.code
        )
        if cands and cands[0].score >= MIN_CANDIDATE_SCORE:
            name = cands[0].name
    updated = None
    for i, s in enumerate(seg.sentences[:400]):
        p = seg.packs[i]
        if not seg.cue_in(p.updated_cues, i):
            continue
        chunk = text[s.start : s.end]
        # "Laadittu 3.3.2025, viimeksi päivitetty 20.10.2025": the date after the cue, when there is one
        cue = p.updated_cues.search(chunk, timeout=1.0)
        d = (parse_date(chunk[cue.end() :], p) if cue is not None else None) or parse_date(chunk, p)
        if d:
            updated = d
            ev.append(i)
            break
    if updated is None:
        # a date standing alone on a line near the top ("25 maj, 2018") dates the policy
        for i, s in enumerate(seg.sentences[:12]):
            chunk = text[s.start : s.end].strip()
            if len(chunk.split()) <= 5:
                d = parse_date(chunk, seg.packs[i])
                if d:
                    updated = d
                    ev.append(i)
                    break
    if updated is None:
        # the end of the document often says "updated on ..."
        for i in range(max(0, len(seg.sentences) - 40), len(seg.sentences)):
            p = seg.packs[i]
            if seg.cue_in(p.updated_cues, i):
                chunk = seg.sent_text(i)
                d = parse_date(chunk, p)
                if d:
                    updated = d
                    ev.append(i)
                    break
    return Service(name=name, controller=controller, updated=updated, evidence=seg.evidence_list(ev))


def _titled(seg: Segmented, pack: Pack) -> str | None:
    """The name the policy's title gives the service (:func:`service_hints.title_name`): the
    page's title and the heading the document opens with ("Vaultline Privacy Policy",
    "Privacyverklaring Rijschool Van Dijk"), confirmed by the text after it; without its legal form."""
    doc = seg.doc
    titles = [doc.title] if doc.title else []
    body_from = 0
    # the heading the document opens with, or a first line that is a title all the same
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and (first.kind == "heading" or _title_line(doc.text[first.start : first.end])):
        titles.append(doc.text[first.start : first.end])
        body_from = first.end
    if not titles:
        return None
    words = pack.words
    name = title_name(titles, doc.text[body_from:], pack.code, words.name_endings)
    if (
        name is None
        and len(doc.blocks) > 2
        and doc.blocks[0].kind == "heading"
        and doc.blocks[1].kind == "heading"
        and (doc.blocks[2].kind != "heading" or _NUMBERED.match(doc.text, doc.blocks[2].start))
    ):
        # "Personvernerklæring for blodgivere" over "Blodbanken i Vestfold": a title that names no
        # service, and a subtitle right under it, over the text or its first numbered section ("1.
        # Inledning"), that does (not one of a row of headings: "Privacy Policy / Australia / Europe / …")
        second = doc.blocks[1]
        name = title_name([doc.text[second.start : second.end]], doc.text[second.end :], pack.code, words.name_endings)
    if name is None or name.split()[0].casefold() in words.we_words:
        return None
    # ("Hypothèques Boréal inc.", "Viajar Protegido S.A.S.": an abbreviation the title ends the name with keeps
    # its dot, which the title's words were cut without)
    last = name.rsplit(None, 1)[-1]
    if _ABBREVIATION.fullmatch(last) and (name + ".").casefold() in doc.text[:2000].casefold():
        name += "."
    name = words.legal_form_at_end.sub("", name).strip(" ,")
    return name or None


# a section heading's number: "1. Inledning", "1 Einleitung", "I. Kto odpowiada", "§ 1 Allgemeines"
_NUMBERED = re.compile(r"\s*(?:§\s*)?(?:\d{1,2}|[IVX]{1,4})(?:[.)]|\s)\s*\w")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[a-z]{2,4}")


def _title_line(block: str) -> bool:
    """Whether the block a document opens with, not read as a heading, is still its title: one
    short line with no number and no end of sentence ("Ótica Miradouro — Política de Privacidade e
    Proteção de Dados Pessoais", "Strażnik24 — Polityka prywatności usług ochrony i monitoringu alarmów")."""
    line = block.strip()
    return (
        "\n" not in line
        and 0 < len(line.split()) <= TITLE_WORDS
        and line[-1:] not in ".:;,!?"
        and not any(ch.isdigit() for ch in line.split(None, 1)[-1])
    )


# the most words of a title line (a first block not read as a heading)
TITLE_WORDS = 14


def _as_written(name: str, text: str) -> str:
    """A company name found in capitals ("PERSONVERNERKLÆRING FOR ANSATTE I VESTVIK ENTREPRENØR AS",
    a title) as the text writes it elsewhere: the longest tail of its words that occurs not in
    capitals ("Vestvik Entreprenør AS"); else as it is."""
    if not name.isupper():
        return name
    parts = name.split()
    for k in range(len(parts) - 1):
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, parts[k:])) + r"(?!\w)"
        for m in re.finditer(pattern, text[:200_000], re.IGNORECASE):
            if not m.group().isupper():
                return " ".join(m.group().split())
    return name


def _same(a: str, b: str) -> bool:
    """Whether two names are one ("Vaultline" and "Vaultline AB" aside): one begins with the other."""
    fa, fb = a.casefold(), b.casefold()
    return fa.startswith(fb) or fb.startswith(fa)


_OPENING = "[\\s\\u00a0]*\\("  # where the name before a definition ends and the parenthesis opens
_tails: dict[str, regex.Pattern[str] | None] = {}


def quoted_we(pattern: regex.Pattern[str], head: str) -> regex.Match[str] | None:
    """``pattern.search(head)`` for the pack's ``quoted_we`` ("Example Ltd (“Example”, “we”)"),
    tried only before the parentheses where the definition that follows "(" matches: the name
    before it holds no "(", so a match's "(" is the first one after its start, and where that
    parenthesis is followed by no definition, no match can start before it."""
    src = pattern.pattern
    if src not in _tails:
        at = src.find(_OPENING)
        ok = at > 0 and prefilter.ENABLED
        _tails[src] = regex.compile(src[at + len(_OPENING) - 2 :], pattern.flags) if ok else None
    tail = _tails[src]
    if tail is None:
        return pattern.search(head)
    lo = 0
    c = head.find("(")
    while c >= 0:
        if tail.match(head, c) is not None:
            for p in range(lo, c):
                if "A" <= head[p] <= "Z":  # a match starts with a capital letter
                    m = pattern.match(head, p)
                    if m is not None:
                        return m
        lo = c + 1
        c = head.find("(", lo)
    return None


def _lone_row(seg: Segmented, i: int) -> bool:
    """Whether sentence ``i``'s block is a row with no row right before or after it."""
    doc = seg.doc
    b = seg.sentences[i].block
    near = [doc.blocks[j] for j in (b - 1, b + 1) if 0 <= j < len(doc.blocks)]
    return not any(is_table_row(doc.block_text(k)) for k in near)


def _first_company(seg: Segmented, pack: Pack, head: str):  # type: ignore[no-untyped-def]
    """The first company name near the top that is not named as a recipient: not in a sharing
    sentence (unless it opens it), not in a table row ("Supabase Inc. | Hosting" lists a processor;
    a lone row opening with it under the title is its address), not right after a processor cue
    (unless the sentence opens with its own name)."""
    for m in _not_joint(pack, head, 0, len(head)):
        i = seg.sent_of(m.start())
        chunk = seg.sent_text(i)
        # (a sentence that opens with the company tells what it does, even with a word of sharing in it:
        # "Amstelsloep B.V. (KvK …) organiseert rondvaarten en verhuurt sloepen")
        pre = seg.doc.text[seg.sentences[i].start : m.start()].strip().casefold()
        opens = not pre or pre in pack.words.function_words  # («A Alecrim & Sal, Lda. … produz … e vende-a …»)
        if " | " in chunk and not (opens and _lone_row(seg, i)):
            continue  # (a one-line address under the title is no table: "Klushuis B.V. | Ceintuurbaan 44 | KvK …")
        if ("share" in seg.own[i] and not opens) or "share" in seg.inherited[i]:
            continue
        # "Payments are handled by PayU S.A.": a company right after a recipient cue is a processor ("the
        # use of all websites … operated by JibJab Media Inc." still names the controller)
        lo = max(seg.sentences[i].start, m.start() - 60)
        text = seg.doc.text
        cues = pack.words.recipient_cue.finditer(text, lo, m.start())
        cue = next((c for c in cues if not text[c.end() : m.start()].strip()), None)
        # ("Lånetjek.dk drives af Lånetjek ApS": a sentence opening with the name of the company after the cue
        # is about the service that company runs, not about a processor of it)
        first = m.group(1).split()[0].casefold()
        subject = text[seg.sentences[i].start : cue.start()].strip().casefold() if cue is not None else ""
        own = len(first) >= 4 and subject.startswith(first)
        if cue is not None and not own and not _run_by(pack, text, seg.sentences[i].start, m):
            continue
        return m
    return None


def _run_by(pack: Pack, text: str, start: int, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether the words from ``start`` (where the sentence starts) up to the company ``m`` are one of the
    pack's ``operator_cues``: the service itself run by it ("Tjänsten drivs av Racketlabbet Sverige AB",
    "De app wordt aangeboden door …")."""
    if pack.operator_cues is None:
        return False
    op = pack.operator_cues.search(text, start, m.start())
    return op is not None and not text[start : op.start()].strip(" \t\n-–•*") and not text[op.end() : m.start()].strip()


_WORD = re.compile(r"[^\W\d_]+")


def _name_words(sentence: str, opening: bool = False) -> set[str]:
    """The words of the names a sentence writes as two or more capitalised words in a row, not the
    one opening it ("Teatr Miejski", "Stadt Kiel"; a German noun alone — "Datenverarbeitung" — is none).
    ``opening``: a name may open the sentence too ("Hardanger Turlag (org.nr. …) er behandlingsansvarlig":
    the second word is capitalised mid-sentence, so both are a name's)."""
    words = list(_WORD.finditer(sentence))
    out: set[str] = set()
    for a, b in itertools.pairwise(words if opening else words[1:]):
        if sentence[a.end() : b.start()].isspace() and all(
            w.group()[0].isupper() and w.group()[1:].islower() for w in (a, b)
        ):
            out.update((a.group().casefold(), b.group().casefold()))
    return out


def _named_otherwise(seg: Segmented, pack: Pack, m) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sentence before the company ``m`` names the controller by a name with no legal form
    ("Administratorem danych osobowych jest Teatr Miejski im. Witolda Gombrowicza w Gdyni"): then
    ``m``, found further on without a cue ("Płatności realizuje Przelewy24 (PayPro S.A.)"), is one of
    its processors, not the controller — unless that sentence names it too. A controller sentence
    naming no one ("We are the controller") leaves ``m`` as it is."""
    cues = [c for c in (pack.controller_cues, pack.we_cues) if c is not None]
    core = {w.casefold() for w in _WORD.findall(pack.words.legal_form_at_end.sub("", m.group(1)))}
    we = pack.words.we_words
    # the sentence right before the company's introduces it ("Verantwortlich … ist:\n\nM&M Tankservice Nord GmbH")
    for i in range(seg.sent_of(m.start()) - 1):
        if not any(seg.cue_in(c, i, cut=False) for c in cues):
            continue
        sent = seg.sent_text(i).strip()
        if sent.endswith(":"):
            continue
        # a name opening the sentence counts where nouns are not capitalised and its first word is no stop ("Vi", "Die")
        first = _WORD.search(sent)
        opening = not pack.words.capitalises_nouns and first is not None and first.group() not in pack.words.name_stops
        names = _name_words(sent, opening) - we
        if len(names) >= 2 and not core & names:
            return True
    return False


_ARTICLE_ONLY = regex.compile(r"(?:\w{1,3}\s+)?")


def _not_joint(pack: Pack, text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """The companies named in ``text[lo:hi]`` but those named as joint controllers beside the service or
    as bodies it belongs to (:func:`_joint`), and those listed right after one of them ("filiada na
    Associação Columbófila do Distrito do Porto e na Federação Portuguesa de Columbofilia")."""
    after: int | None = None  # where the last company left out ends
    for n in pack.words.legal_name.finditer(text, lo, hi):
        sep = pack.words.list_split.match(text, after, n.start()) if after is not None else None
        # (a conjunction or a comma, and at most a short article: "… e na Federação", ", and the …")
        listed = sep is not None and _ARTICLE_ONLY.fullmatch(text, sep.end(), n.start()) is not None
        if listed or _joint(pack, text, n, lo):
            after = n.end()
            continue
        yield n


def _joint(pack: Pack, text: str, m, lo: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the company ``m`` (a match in ``text``) is named as a joint controller beside the service
    ("jointly with Meta Platforms Ireland Ltd.", "wspólnie z …"): then it is not the controller. ``lo``:
    where its sentence starts."""
    return pack.words.joint_cue.search(text, max(lo, m.start() - 60), m.start()) is not None


def _controller_named(seg: Segmented, pack: Pack):  # type: ignore[no-untyped-def]
    """The first company name with a legal form in a sentence near the top that names the
    controller or defines "we" (the pack's ``[service]`` ``controller_cues`` and ``we_cues``):
    "The controller is Example Ltd", "Example AB (“vi”)"."""
    cues = [c for c in (pack.controller_cues, pack.we_cues) if c is not None]
    if not cues:
        return None
    text = seg.doc.text
    named: list[regex.Match[str]] | None = None  # the companies named before, worked out where needed
    for i, s in enumerate(seg.sentences):
        if s.start >= 20_000:
            break
        if any(seg.cue_in(c, i, cut=False) for c in cues):
            # the first company of the sentence that is not named as a joint controller beside the service
            # ("we are joint controllers together with Meta Platforms Ireland Ltd.": not the controller), nor as
            # a body the service belongs to (the pack's ``affiliation_cues``)
            m = next(_not_joint(pack, text, s.start, s.end), None)
            if m is None and i > 0 and seg.sentences[i - 1].block == s.block:
                # "Example UAB operates the app. We are the controller of your personal data."
                # (not a body it belongs to: "… é uma associação desportiva …, filiada na Federação Portuguesa de
                # Ciclismo. O clube … é responsável pelo tratamento")
                prev = seg.sentences[i - 1]
                m = next(_not_joint(pack, text, prev.start, prev.end), None)
            if m is None:
                # "Néonova SAS, au capital de … . … Néonova est responsable des traitements": the sentence names
                # a company named before with its legal form, by its name alone
                if named is None:
                    named = list(_not_joint(pack, text, 0, min(len(text), 20_000)))
                m = next((n for n in named if n.end() <= s.start and _names_alone(pack, text, n, s)), None)
            if m is not None:
                return m
    return None


def _names_alone(pack: Pack, text: str, m, s) -> bool:  # type: ignore[no-untyped-def]
    """Whether sentence ``s`` writes the company ``m`` by its name without its legal form ("Néonova" for
    "Néonova SAS"), as a whole word and not inside a company it names with a legal form ("wspólnie z Meta
    Platforms Ireland Limited" names a joint controller, not the service)."""
    stem = pack.words.legal_form_at_end.sub("", m.group(1)).strip(" ,")
    if len(stem) < 3 or stem.casefold() in pack.words.we_words:
        return False
    spans = [(n.start(), n.end()) for n in pack.words.legal_name.finditer(text, s.start, s.end)]
    return any(
        not any(a <= k.start() and k.end() <= b for a, b in spans)
        for k in re.compile(rf"(?<!\w){re.escape(stem)}(?!\w)").finditer(text, s.start, s.end)
    )


# capitalised words, a short lower-case word may join two of them ("Westmoor Fire and Rescue Service")
_CAPITALISED = re.compile(r"(?<![\w@/])([A-Z][\w]*(?:[- \u00a0.](?:[a-z]{1,3}[ \u00a0])?[A-Z][\w]*){0,3})(?![\w@])")


def name_from_source(text: str, source: str, generic: frozenset[str] = frozenset()) -> str | None:
    """The service's name as the file name or page title spells it and the text repeats it
    ("fr-genletter.txt" and "Genletter collecte ..."). None rather than a guess. ``generic``:
    words that name no service ("privacy", "politique")."""

    normed: dict[str, str] = {}  # the same capitalised words recur: each normalised once

    def norm(s: str) -> str:
        got = normed.get(s)
        if got is None:
            got = normed[s] = ascii_key(s)  # "szkola-rodzenia.txt" spells "Szkoła Rodzenia"
        return got

    src = norm(source)

    def named(found: str) -> str | None:
        """The name the capitalised words ``found`` give: the first of its tails the source spells."""
        words = found.strip(" .-").split()
        # "På Orange Music": the name may start at any of the capitalised words; a name with its joining
        # word ("Fire and Rescue Service") first, else one of the runs the joining words part
        runs = [words]
        if any(not w[:1].isupper() for w in words):
            runs += [list(run) for upper, run in itertools.groupby(words, key=lambda w: w[:1].isupper()) if upper]
        for cand in (" ".join(run[k:]) for run in runs for k in range(len(run)) if run[k][:1].isupper()):
            key = norm(cand)
            if len(key) >= 4 and key in src and key not in generic:
                return cand
        return None

    counts: dict[str, int] = {}
    decided: dict[str, str | None] = {}  # the same capitalised words recur: each looked at once
    for m in _CAPITALISED.finditer(text):
        found = m.group(1)
        if found not in decided:
            decided[found] = named(found)
        cand = decided[found]
        if cand is not None:
            counts[cand] = counts.get(cand, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: (len(norm(k)), counts[k]))
    return best if counts[best] >= 2 else None


# every form of ``Pack.date_re`` holds a year
_YEAR = re.compile(r"(?:19|20)\d\d")


def parse_date(text: str, pack: Pack) -> str | None:
    """The first date in ``text`` as an ISO string, using the pack's month names."""
    if _YEAR.search(text) is None:
        return None  # no year: no date (a cheap test before the pack's long alternation of months)
    for m in pack.date_re.finditer(text, timeout=1.0):
        if follows_law_cue(text, m.start(), pack.code):
            continue  # "Regulation (EU) 2016/679 of 27 April 2016": the law's date, not the policy's
        g = m.groupdict()
        try:
            if g["iso"]:
                y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
            elif g["dmy"]:
                y, mo, d = int(g["y2"]), int(g["m2"]), int(g["d2"])
            elif g["dmony"]:
                y, mo, d = int(g["y3"]), pack.month_words[" ".join(g["mon3"].casefold().split())], int(g["d3"])
            elif g["mondy"]:
                y, mo, d = int(g["y4"]), pack.month_words[" ".join(g["mon4"].casefold().split())], int(g["d4"])
            else:
                y, mo, d = int(g["y5"]), pack.month_words[" ".join(g["mon5"].casefold().split())], 1
            return dt.date(y, mo, d).isoformat()
        except (KeyError, ValueError, TypeError):
            continue
    return None

"""Retention periods: durations (the pack's ``[durations]``) in retention sentences, with the
kind of data they are about and the policy's own words for it (``subject``: the first
``collected.*`` rule phrase of the clause that ends with the duration — "Chat transcripts are kept
for 2 weeks, call recordings for 30 days" — else of the sentence).

Tables: a row ("Données du support | 1 mois", "Navn | Udbyder | Udløb: 18 måneder") is about
retention when its header row or the heading above the table is ("Durée de conservation",
"Combien de temps vos données sont-elles conservées ?"); the period is about the data its first
cell names, in its own words."""

from __future__ import annotations

import re

import regex

from policylens.core import catalogue as C
from policylens.core import prefilter
from policylens.core.document import cells, is_row
from policylens.core.durations import find_durations
from policylens.core.engine.contexts import Segmented
from policylens.core.models import Period
from policylens.core.recognizers.base import Recognizer, Result, Step
from policylens.core.rules import Pack, first_match
from policylens.core.tidy import LABEL_WORDS, SUBJECT_WORDS, shown_words


class PeriodsRecognizer(Recognizer):
    name = "retention periods"
    fields = ("retention.periods",)

    def analyze(self, seg: Segmented, pack: Pack, step: Step | None = None) -> Result:
        return Result(facts={"periods": periods(seg)})


def periods(seg: Segmented) -> list[Period]:
    out: list[Period] = []
    seen: set[tuple[float, str | None]] = set()
    text = seg.doc.text
    for i, s in enumerate(seg.sentences):
        chunk = text[s.start : s.end]
        row = is_row(chunk)
        if (s.kind == "heading" and not row) or s.toc:
            continue
        own = seg.own[i]
        if row:
            own = own | table_context(seg, i)
        # a line of a retention list, however long its reason: "Factures : 7 ans, conformément au
        # Code des sociétés et des associations et à la législation fiscale"
        short = len(chunk.split()) <= 18 or s.kind == "list_item" or label_value(chunk, seg.packs[i])
        if "retain" not in own and not ("retain" in seg.inherited[i] and short):
            continue
        # a sentence about children that only stands under a retention heading states no period — but
        # an item of the retention list does ("- Contact details: two years after your child's last
        # camp"): the children's words right before a number of years still make it an age (below)
        if "children" in own and "retain" not in own and s.kind != "list_item":
            continue
        pack = seg.packs[i]
        durations = find_durations(chunk, pack)
        for k, d in enumerate(durations):
            # "enfants de moins de 16 ans": an age, when the children's words stand right before the
            # duration or in it ("Il fascicolo del bambino … si conserva per un anno dopo l'uscita"
            # keeps its year); in a table row, when they are in the duration's own cell ("| Volunteers
            # | … protect the children … | 2 years |" keeps 2 years)
            # — and never a spelled-out duration in a sentence about retention: "uiterlijk twee jaar nadat
            # het kind de opvang heeft verlaten" is a period (an age is written in digits); nor is a bare
            # unit, which has no number an age could be ("huoltajan tiedot vuoden ajan": a year)
            if (
                "children" in own
                and not d.bare
                and d.unit == "year"
                and d.amount < 22
                and ("retain" not in seg.own[i] or d.text[:1].isdigit())
                and (
                    cell_has(seg, pack, s.start, chunk, d.start, "children")
                    if row
                    else _age(seg, pack, s.start, chunk, d)
                )
            ):
                continue
            # no negation check: "we do not keep it longer than 2 years" still states 2 years
            # the clause of a duration: from the previous duration to the next one
            before = durations[k - 1].end if k else 0
            # "… we delete your account data within 30 days; invoices are kept for 10 years": a
            # semicolon before the duration starts its clause
            semi = chunk.rfind(";", before, d.start)
            if semi >= 0:
                before = semi + 1
            after = durations[k + 1].start if k + 1 < len(durations) else len(chunk)
            if k + 1 < len(durations):
                # "call records for 12 months and billing information for six years": what follows
                # the comma or the "and" after this duration is the next one's
                cut = pack.words.list_split.search(chunk, d.end, after)
                if cut is not None:
                    after = cut.start()
            # a time without use is about what the clause names before it ("Ubrukte kontoer slettes
            # etter 36 måneder uten innlogging"), not what follows ("…, we will email you and delete
            # your account"), nor the words of the inactivity itself ("hvis du ikke har logget ind")
            unused = near(pack.words.inactivity, chunk, (before, d.start, d.end, after), INACTIVE_BEFORE)
            closed = unused is None and near(pack.words.closure, chunk, (before, d.start, d.end, after), CLOSURE_BEFORE)
            data, subject = data_of(seg, i, chunk, (before, d.start, after if unused is None else d.end), row)
            if unused is not None and subject and subject.casefold() in unused.group(0).casefold():
                data = subject = None
            # a row of a cookie table ("_ga, _gid | Google Analytics | statistics | 2 years"): the
            # cookie's lifetime in the browser, not how long personal data are kept — but a row of a
            # retention table ("| Cookies | 13 mois au maximum |": two cells, the data and its
            # period) is the policy's own retention period
            if row and data == "cookies" and sum(1 for cell in cells(chunk) if cell) > 2 and _cookie_row(seg, i, chunk):
                continue
            key = (d.days, data)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Period(
                    days=d.days,
                    text=d.text,
                    data=data,
                    subject=subject,
                    inactive=unused is not None,
                    after_closure=bool(closed),
                    evidence=[seg.evidence(i)],
                )
            )
    return out


# how far before a number of years the children's words make it an age ("children under the age of 13")
AGE_REACH = 40
# a label and its value: "- files of children not admitted – 1 year", "Kinder: 2 Jahre"
_LABEL_SEP = re.compile(r"\s[–—-]\s|:\s")


# a label and its value: "Données de commande : 7 ans, …", "Fichas – 5 anos" (group 1: the label)
_LABEL_VALUE = re.compile(r"[ \t]*([^\W\d_][^:;.!?\n–—|]{0,60}?)[ \t]*(?::|[ \t][–—-])[ \t]+")


# how far from a duration a pack's ``inactivity`` words make it a time without use: before it ("If you
# have not signed in for 24 months", "Har du inte loggat in på fyra år") or after it ("24 Monate nicht
# eingeloggt", "após 12 meses sem atividade"); its ``closure`` words, a time after the account's end,
# open the sentence more often: "If you delete your account, we delete or de-identify your personal
# information within 30 days"
INACTIVE_BEFORE = 60
CLOSURE_BEFORE = 100
NEAR_AFTER = 40


def near(
    pattern: regex.Pattern[str], chunk: str, clause: tuple[int, int, int, int], reach: int
) -> regex.Match[str] | None:
    """The first match of ``pattern`` up to ``reach`` characters before a duration or
    :data:`NEAR_AFTER` after it, within its clause (``clause``: where the clause starts, where the
    duration starts and ends, where the clause ends)."""
    before, start, end, after = clause
    # (searched up to the duration's end: a phrase may look at what follows it, "not used for 2 years")
    m = pattern.search(chunk, max(before, start - reach), end)
    if m is not None and m.start() < start:
        return m
    return pattern.search(chunk, end, min(after, end + NEAR_AFTER))


def label_value(chunk: str, pack: Pack) -> bool:
    """Whether ``chunk`` is a label followed by a value that opens with a duration ("Factures : 7 ans,
    conformément au …"): a line of a retention list written without bullets, whatever its length."""
    m = _LABEL_VALUE.match(chunk)
    if m is None or len(chunk[: m.end()].split()) > 8:
        return False
    return any(d.start == m.end() for d in find_durations(chunk[: m.end() + 40], pack))


def age_from(chunk: str, pos: int) -> int:
    """Where the children's words before the duration at ``pos`` may make it an age: up to
    ``AGE_REACH`` before it, but not across a dash or colon between a label and its value ("- files
    of children not admitted – 1 year" names the data, then keeps it a year)."""
    start = max(0, pos - AGE_REACH)
    for m in _LABEL_SEP.finditer(chunk, start, pos):
        start = m.end()
    return start


def _age(seg: Segmented, pack: Pack, at: int, chunk: str, d) -> bool:  # type: ignore[no-untyped-def]
    """Whether the children's words before the duration ``d`` of the sentence ``chunk`` (which starts at
    ``at`` in the document) make it an age ("children under 13 years"): not where a word of keeping stands
    between them and it («forældres kontaktoplysninger sletter vi 1 år efter konfirmationen»)."""
    text = seg.doc.text
    child = context_at(pack, text, at + age_from(chunk, d.start), at + d.end, "children")
    return child is not None and context_at(pack, text, child, at + d.start, "retain") is None


def has_context(seg: Segmented, pack: Pack, start: int, end: int, context: str) -> bool:
    """Whether the document's text [start, end) has one of the pack's words for ``context``."""
    return context_at(pack, seg.doc.text, start, end, context) is not None


def context_at(pack: Pack, text: str, start: int, end: int, context: str) -> int | None:
    """Where the first of the pack's words for ``context`` in ``text[start:end]`` starts."""
    found = [m.start() for sc in pack.context_scanners.get(context, ()) if (m := sc.search(text, start, end))]
    return min(found, default=None)


def cell_has(seg: Segmented, pack: Pack, at: int, chunk: str, pos: int, context: str) -> bool:
    """Whether the table cell of ``chunk`` (a row starting at ``at``) around ``pos`` has one of the
    pack's words for ``context``."""
    a = chunk.rfind("|", 0, pos) + 1
    b = chunk.find("|", pos)
    b = len(chunk) if b < 0 else b
    return has_context(seg, pack, at + a, at + b, context)


def data_of(
    seg: Segmented, i: int, chunk: str, clause: tuple[int, int, int], row: bool
) -> tuple[str | None, str | None]:
    """The kind of data a duration is about and the policy's words for it: a table row's first
    cell; else the first data phrase of its clause (``clause``: where it starts, where the duration
    is, where it ends) before the duration ("Chat transcripts are kept for 2 weeks"), else after it
    ("we keep for 2 weeks the transcripts of your chats"). None when the clause names no data."""
    if row:
        cell = next((c for c in cells(chunk) if c), "")
        cell = " ".join(cell.split()).strip(" :–-")
        if cell and len(cell.split()) <= SUBJECT_WORDS and not any(ch.isdigit() for ch in cell):
            found = data_category(seg, i, cell, verbatim=cell in chunk) or data_category(seg, i, chunk)
            return (found[0] if found else None), cell
    start, at, end = clause
    named = antecedent(seg, i, chunk, start, at)
    if named is not None:
        return named
    found = data_category(seg, i, chunk, start, at)
    if found is None:
        # the policy's words before the duration name the data better than a data phrase after it
        # ("Journalen oppbevares i minst ti år …, slik pasientjournalforskriften krever": the
        # records, not the regulation); the phrase after it still gives the kind
        before = named_before(seg, i, chunk, start, at)
        found = data_category(seg, i, chunk, at, end)
        if found is None or before:
            return (found[0] if found else None), (before or None)
    cat, words = found
    if words and start == 0 and _LABEL_VALUE.match(chunk, _bullet_end(chunk), at) is not None:
        # a list's label names the data in the line's own words, where the data phrase is one of
        # them ("- Crossbow age-check records: 3 years" is about the records, not an age)
        label = named_before(seg, i, chunk, start, at)
        if label and words.casefold() in label.casefold():
            return cat, label
    return cat, (words or None)


# a word and what precedes it: the words of a relative clause's antecedent
_WORD = re.compile(r"\w[\w'’-]*")
# the word after a comma: ", which", ", som", ", die"
_AFTER_COMMA = re.compile(r",\s*(\w+)")


def antecedent(seg: Segmented, i: int, chunk: str, start: int, at: int) -> tuple[str | None, str | None] | None:
    """The kind of data and the policy's words for it when the duration stands in a relative
    clause: the words right before the comma that opens it ("… except purchase records, which we
    keep for 7 years", "Fakturor, som vi sparar i sju år", "CCTV footage, which is overwritten after
    30 days") — not the first data phrase of the sentence ("We delete your account data …"). Its
    words run back to the clause's start, a comma, a semicolon or one of the pack's exceptions
    ("except", "utom"). None when no relative clause opens between ``start`` and the duration
    (``at``), or its antecedent is a clause of its own ("information we must keep, which"), or
    names no data and neither opens the sentence nor follows an exception."""
    pack = seg.packs[i]
    if not pack.relative_words:
        return None
    c = chunk.rfind(",", start, at)
    while c >= 0:
        m = _AFTER_COMMA.match(chunk, c)
        if m is not None and m.group(1).casefold() in pack.relative_words:
            break
        c = chunk.rfind(",", start, c)
    else:
        return None
    if chunk[:c].rstrip().endswith(")"):  # "cookies (session, cart), which last a year": a bracket's last item
        return None
    a = max(start, *(chunk.rfind(ch, start, c) + 1 for ch in ",;:(\n"))
    w = pack.words
    # "… except purchase records, which", "utom kvitton, som": what the exception names
    named = [] if pack.exceptions is None else list(pack.exceptions.finditer(chunk, a, c))
    last = named[-1] if named else None
    words = list(_WORD.finditer(chunk, a if last is None else last.end(), c))
    opens = last is None and a == _bullet_end(chunk)  # the words open the sentence
    # a clause of its own is no antecedent ("except information we must keep under tax law, which")
    for word in words:
        folded = word.group().casefold()
        if folded in pack.clause_openers or folded in w.we_words or folded in w.subject_ends:
            return None
    if not words or len(words) > SUBJECT_WORDS or any(ch.isdigit() for ch in chunk[words[0].start() : c]):
        return None
    # a relative clause closed before the duration ("Daten, die wir … erheben, bewahren wir fünf Jahre
    # auf") leaves its antecedent the subject only where it opens the sentence — not "Twilio erhält
    # den Inhalt von SMS-Nachrichten, die Sie senden, und Mozilla hat … 7 Tagen"
    if not opens and chunk.find(",", m.end(), at) >= 0:
        return None
    while len(words) > 1 and words[0].group().capitalize() in w.name_stops:  # "sauf les factures"
        words.pop(0)
    s = words[0].start()
    found = data_category(seg, i, chunk, s, c)
    shown = shown_words(chunk[s:c].strip(), w)
    if found is not None:
        return found[0], (shown or found[1] or None)
    # no data phrase: the words still name the data where they open the sentence ("CCTV footage, which …")
    # or follow an exception ("utom kvitton, som vi sparar i sju år")
    if not (opens or last is not None) or not shown or w.carry_over.match(shown) is not None or _lone_short(shown):
        return None
    return None, shown


def _lone_short(shown: str) -> bool:
    """A lone short word, no name of data ("A", "De"); an acronym is one ("CCTV")."""
    return " " not in shown and len(shown) < 5 and not (shown.isupper() and len(shown) > 1)


# what opens a line of a list before its label: "- ", "• ", "4. ", "6.2. ", "b) "
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-z]\))[ \t]+")


def _bullet_end(chunk: str) -> int:
    """Where a line's text starts after its bullet or number ("- ", "4. "), else 0."""
    b = _BULLET.match(chunk)
    return b.end() if b is not None else 0


def named_before(seg: Segmented, i: int, chunk: str, start: int, at: int) -> str:
    """The policy's words for the data of a duration no data phrase names, when its clause opens the
    sentence or line: a label before its value ("Faturas: 10 anos, por obrigação fiscal", "-
    Regnskapsbilag – fem år"), else the words before the first retention word or the first of the
    pack's ``subject_ends`` ("Financial records are kept for 7 years", "Beitragsunterlagen bewahren
    wir 10 Jahre auf", "Journalen skal efter reglerne gemmes i 10 år"). "" when those words are no
    data's name: a retention word or a number in a label ("Speicherdauer: 2 Jahre"), the company
    itself ("We keep …"), a condition ("If you close …"), a lone short word ("A: …", "De lagres …")."""
    if start != 0:  # "…, dog gemmer vi …", "y, después, bloqueados …": no name of their own
        return ""
    pack = seg.packs[i]
    w = pack.words
    head = _bullet_end(chunk)  # (start is 0 here)
    label = _LABEL_VALUE.match(chunk, head, at)  # "Faturas: 10 anos", "Dane wolontariuszy – przez … 3 lata"
    if label is not None and len(label.group(1)) == 1:  # an FAQ's answer: "A: Clinical records are kept …"
        head = label.end()
        label = _LABEL_VALUE.match(chunk, head, at)
    if label is not None:
        words = label.group(1)
        if context_at(pack, chunk, label.start(1), label.end(1), "retain") is not None:
            return ""
    else:
        # up to the first retention word or the first of the pack's subject_ends, whichever comes
        # first ("Garantiefälle werden 3 Jahre nach der Reparatur gelöscht": up to "werden")
        cue = context_at(pack, chunk, head, at, "retain")
        parts = chunk[head : at if cue is None else cue].split()
        if parts and parts[0].casefold() in w.we_words:
            # "We keep your customer file for 7 years", «Wir bewahren Ihre Patientenakte … auf» (a
            # retention verb whose particle follows the duration): the company keeps its object
            verb = context_at(pack, chunk, head, len(chunk), "retain")
            pre = chunk[head:at if verb is None else verb].split()
            opening = w.we_words | w.subject_ends
            if verb is not None and verb < at and all(p.casefold() in opening for p in pre):
                return kept_object(seg, i, chunk, verb, at)
        end = next((k for k, p in enumerate(parts) if k and p.casefold() in w.subject_ends), None)
        # with no retention word before the duration, the verb that ends the name stands close to it
        # ("werden 3 Jahre", "worden na 24 maanden"); further on, the words before it are a clause
        # of their own ("Na beëindiging van de klantrelatie zullen de gegevens binnen 12 maanden")
        if cue is None and (end is None or len(parts) - end > 3):
            return ""
        words = " ".join(parts[:end])
        if "," in words:  # "Here, using the confirmation", "Kommt kein Vertrag zustande,"
            return ""
    parts = words.split()
    if (
        not parts
        or any(ch.isdigit() for ch in words)
        or parts[0].casefold() in w.we_words
        or parts[0].casefold() in w.subject_ends
        or w.carry_over.match(words) is not None  # "This is kept …", "They are deleted …"
    ):
        return ""
    while len(parts) > 1 and parts[0] in w.name_stops:  # "Les pièces comptables" → "pièces comptables"
        parts.pop(0)
    shown = shown_words(" ".join(parts), w, LABEL_WORDS if label is not None else SUBJECT_WORDS)
    if shown.count("(") > shown.count(")"):  # "Dane serwisowe (numer ramy, historia napraw)": the name
        shown = shown[: shown.rfind("(")].rstrip()
    if _lone_short(shown):
        return ""
    return shown


# a word of an object: letters, an inner apostrophe or hyphen ("couple's", "e-mail"), a closing comma
_OBJECT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[,;]?")


def kept_object(seg: Segmented, i: int, chunk: str, cue: int, at: int) -> str:
    """The object of the retention verb at ``cue`` when the company opens the sentence with it ("We
    keep your customer file for 7 years": "customer file"; «Nous conservons votre dossier pendant …»):
    its words after the articles and possessives (the pack's ``function_words``) up to the next
    function word ("for", "pendant"), number or comma. "" when no such words stand between the verb
    and the duration (``at``)."""
    w = seg.packs[i].words
    verb = _WORD.match(chunk, cue)
    if verb is None:
        return ""
    words = chunk[verb.end() : at].split()
    k = 0
    while k < len(words) and words[k].casefold() in w.function_words:
        k += 1
    if k == len(words):
        return ""
    shown: list[str] = []
    for word in words[k:]:
        if _OBJECT_WORD.fullmatch(word) is None or word.casefold() in w.function_words:
            break
        shown.append(word.rstrip(",;"))
        if word[-1] in ",;":
            break
    if not shown or len(shown) > SUBJECT_WORDS:
        return ""
    name = shown_words(" ".join(shown), w)
    return "" if _lone_short(name) else name


def data_category(
    seg: Segmented, i: int, chunk: str, start: int = 0, end: int | None = None, *, verbatim: bool = True
) -> tuple[str, str] | None:
    """The first ``collected.*`` rule phrase of ``chunk[start:end]``: its kind and its words.
    ``verbatim``: ``chunk`` is written so in the document (not rejoined), so the phrases that match
    nowhere in the document are not tried (:meth:`Segmented.gated`)."""
    pack = seg.packs[i]
    best: tuple[int, str, str] | None = None
    window = prefilter.Window(chunk, start, len(chunk) if end is None else end)  # folded once for all the rules
    for cat in C.ids("collected"):
        for rule in pack.rules_for(f"collected.{cat}"):
            scanners = seg.gated(pack, rule.scanners) if verbatim else rule.scanners
            m = first_match(scanners, chunk, start, end, window) if scanners else None
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), cat, shown_words(m.group(0), pack.words))
    return (best[1], best[2]) if best else None


def _cookie_row(seg: Segmented, i: int, row: str) -> bool:
    """Whether the table row ``row`` (sentence ``i``) is a cookie's: its first cell names cookies, or its
    table is about cookies (the header row, the heading above). A row of purposes that names the cookie
    banner in another cell («Statistiche e pubblicità personalizzata | Consenso tramite il banner dei cookie |
    Fino a 13 mesi») keeps its period."""
    first = next((c for c in cells(row) if c), "")
    found = data_category(seg, i, first) if first and not _purpose_column(seg, i) else None
    return (found is not None and found[0] == "cookies") or "cookies" in table_context(seg, i)


def _purpose_column(seg: Segmented, i: int) -> bool:
    """Whether the first column of the table of row ``i`` holds purposes, as its header says («Finalità | Dati |
    Base giuridica | Conservazione»): a purpose that names a pixel («Pubblicità personalizzata tramite pixel di
    Meta | … | 180 giorni») is no cookie's row."""
    j = seg.table_head[i] if i < len(seg.table_head) else -1
    if j < 0 or j == i:
        return False
    head = next((c for c in cells(seg.sent_text(j)) if c), "")
    return bool(head) and any(sc.search(head) for sc in seg.packs[j].context_scanners.get("purpose", ()))


def table_context(seg: Segmented, i: int) -> frozenset[str]:
    """The contexts a table row inherits: those of the table's header row (its first row), of the
    heading above the table and of what that row inherits."""
    j = seg.table_head[i] if i < len(seg.table_head) and seg.table_head[i] >= 0 else i
    ctx = set(seg.own[j])
    # the heading above the table (rows read as short lines may be taken for headings themselves)
    k = j - 1
    while k >= 0 and k >= j - 3:
        if seg.sentences[k].kind == "heading":
            ctx |= seg.own[k]
            break
        k -= 1
    ctx |= seg.inherited[j]
    return frozenset(ctx)

"""What an export shows, already in the UI language: one :class:`Page` built from a summary.

Every format (PDF, PNG, HTML, Markdown) reads this one structure, so they all say the same thing.
Texts come from :func:`policylens.render.texts` (cards, flags) and from the ``export`` context of
the Qt catalogues (this module's labels), through the ``tr`` function of :func:`policylens.tr.make_tr`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from policylens import __version__
from policylens.core import wording as W
from policylens.core.errors import QT_TRANSLATE_NOOP
from policylens.core.models import Summary
from policylens.render import display_name as shown_name
from policylens.render import points_text, texts
from policylens.tr import Tr, make_tr, quoted
from policylens.tr import language_name as tr_language_name

SEVERITY_ORDER = ("high", "medium", "low")
STATUS_ICON = {"red": "✖", "amber": "▲", "green": "✔", "grey": "○"}
SEVERITY_ICON = {"high": "◆", "medium": "▲", "low": "○"}

# labels of the exports (context "export"), collected by pyside6-lupdate through these markers
L = {
    "kicker": QT_TRANSLATE_NOOP("export", "Privacy policy at a glance"),
    "dated": QT_TRANSLATE_NOOP("export", "Policy dated {date}"),
    "undated": QT_TRANSLATE_NOOP("export", "Policy date not stated"),
    "language": QT_TRANSLATE_NOOP("export", "Written in {language}"),
    "flags_count": QT_TRANSLATE_NOOP("export", "Red flags (%n)", None, 1),
    "contact": QT_TRANSLATE_NOOP("export", "To exercise your rights"),
    "no_contact": QT_TRANSLATE_NOOP("export", "No contact given: the policy names no e-mail, address or form."),
    "postal": QT_TRANSLATE_NOOP("export", "A postal address is given in the policy."),
    "phone": QT_TRANSLATE_NOOP("export", "Phone: {phones}"),
    "web": QT_TRANSLATE_NOOP("export", "Web: {urls}"),
    "form": QT_TRANSLATE_NOOP("export", "Contact is by a form or obfuscated e-mail (see the policy)."),
    "more": QT_TRANSLATE_NOOP("export", "+%n more", None, 1),
    "more_flags": QT_TRANSLATE_NOOP("export", "+%n more red flag(s)", None, 1),
    "truncated": QT_TRANSLATE_NOOP("export", "Shortened to fit one page. {pointer}"),
    "pointer_cli": QT_TRANSLATE_NOOP("export", "Full report: policylens analyze {file}"),
    "pointer_app": QT_TRANSLATE_NOOP("export", "See the full report in PolicyLens."),
    "made_with": QT_TRANSLATE_NOOP("export", "PolicyLens {version}"),
    "source": QT_TRANSLATE_NOOP("export", "Source: {file}"),
    "sha": QT_TRANSLATE_NOOP("export", "SHA-256 {hash}…"),
    "analysed": QT_TRANSLATE_NOOP("export", "Analysed on {date}"),
    "disclaimer": QT_TRANSLATE_NOOP(
        "export", "Automated reading of the policy, not legal advice: every finding points to a sentence of it."
    ),
    "evidence": QT_TRANSLATE_NOOP("export", "Evidence"),
    "full_title": QT_TRANSLATE_NOOP("export", "Full report"),
    "in_section": QT_TRANSLATE_NOOP("export", "In section “{section}”"),
    "no_evidence": QT_TRANSLATE_NOOP("export", "Found from what the policy does not say."),
    "pair": QT_TRANSLATE_NOOP("export", "{label}: {value}"),  # "Note : A" in French
}

def label(translate: Tr, key: str, n: int | None = None) -> str:
    """The label ``key`` of :data:`L` in the language of ``translate`` (a ``make_tr`` function)."""
    return translate(CONTEXT, L[key], n)


CONTEXT = "export"

_URLISH = re.compile(r"^(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)


@dataclass
class CardView:
    id: str
    title: str
    color: str  # red / amber / green / grey
    status: str  # the status word in the UI language
    headline: str
    points: list[str]


@dataclass
class FlagView:
    id: str
    severity: str
    severity_word: str
    title: str
    explanation: str
    quote: str = ""


@dataclass
class Page:
    ui_lang: str
    name: str
    kicker: str
    meta: list[str]
    grade_letter: str
    grade_score: int | None  # None: not graded
    grade_word: str
    score_text: str
    cards: list[CardView]
    flags: list[FlagView]
    flags_title: str
    no_flags: str
    contact_title: str
    contact_lines: list[str]
    contact_missing: bool
    warnings: list[str]
    footer: list[str]
    disclaimer: str
    truncated_note: str
    red_flags_word: str
    # the grade's rubric: (points, line, sentence) — README, "The grade"
    why_title: str = ""
    reasons: list[tuple[str, str, str]] = field(default_factory=list)
    # the lines of the rubric the one-page PDF shows (points, line): what is missing or vague,
    # the red flags' total, good practice and the limits — the full list is in ``reasons``
    key_reasons: list[tuple[str, str]] = field(default_factory=list)
    tr: Tr = field(repr=False, default=lambda c, s, n=None: s)

    def more(self, n: int) -> str:
        return label(self.tr, "more", n)

    def more_flags(self, n: int) -> str:
        return label(self.tr, "more_flags", n)

    def pair(self, name: str, value: str) -> str:
        """``name: value`` with the UI language's punctuation ("Note : A" in French)."""
        return _fill(label(self.tr, "pair"), label=name, value=value)

    def quote(self, text: str) -> str:
        """A sentence of the policy, on one line, between the UI language's quotation marks."""
        return quoted(" ".join(text.split()), self.ui_lang)


def ui_locale(ui_lang: str | None):  # -> QLocale
    """The locale dates are written in: the system's when it speaks the UI language, else the
    UI language's own (``en`` → en_US)."""
    from PySide6.QtCore import QLocale

    lang = ui_lang or "en"
    wanted = QLocale(lang)
    system = QLocale.system()
    if system.language() == wanted.language():
        return system
    return wanted


def format_date(value: str | None, ui_lang: str | None) -> str | None:
    """An ISO date or date-time as a long date of the UI locale (others are returned as they are)."""
    if not value:
        return None
    from PySide6.QtCore import QDate, QLocale

    try:
        d = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            d = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    loc = ui_locale(ui_lang)
    # the locale's long date without the weekday ("dddd, MMMM d, yyyy" → "MMMM d, yyyy")
    fmt = re.sub(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}", "", loc.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return loc.toString(QDate(d.year, d.month, d.day), fmt or "yyyy-MM-dd")


def language_name(summary: Summary, ui_lang: str | None, tr: Tr | None = None) -> str:
    """The policy's language named in the UI language ("franska" in Swedish)."""
    lang = summary.language
    return tr_language_name(lang.code, tr or make_tr(ui_lang)) or lang.name or lang.code


def _fill(text: str, **args: object) -> str:
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


_LEAD = re.compile(r"^[\s•·▪◦●○■□\-–—*]+")


def clean_quote(text: str) -> str:
    """A quote on one line, without the list bullet it may start with."""
    return _LEAD.sub("", " ".join(text.split()))


def middle_elide(text: str, limit: int) -> str:
    """``text`` cut in the middle to at most ``limit`` characters ("politique-de-…-longue.txt")."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (limit - 1 - head):]


def display_name(summary: Summary) -> str:
    return shown_name(summary)


def contact_lines(summary: Summary, tr: Tr) -> list[str]:
    c = summary.contact
    lines: list[str] = []
    if c.emails:
        lines.append(", ".join(c.emails[:4]))
    if c.phones:
        lines.append(_fill(label(tr, "phone"), phones=", ".join(c.phones[:3])))
    urls = [u for u in c.urls if _URLISH.match(u.strip())]
    if urls:
        shown = [re.sub(r"^https?://", "", u.strip()).rstrip("/") for u in urls[:2]]
        lines.append(_fill(label(tr, "web"), urls=", ".join(shown)))
    if c.postal_address:
        lines.append(label(tr, "postal"))
    if not lines and (c.obfuscated_email or c.contact_channel):
        lines.append(label(tr, "form"))
    return lines


def build_page(
    summary: Summary,
    ui_lang: str | None = None,
    pointer: str | None = None,
    tr: Tr | None = None,
) -> Page:
    """The page of ``summary`` in ``ui_lang``. ``pointer`` tells where the full report is
    (default: "See the full report in PolicyLens.")."""
    tr = tr or make_tr(ui_lang)
    tx = texts(summary, tr)
    ui: dict[str, str] = tx["ui"]  # type: ignore[assignment]
    cards = []
    for c, model in zip(tx["cards"], summary.cards, strict=True):  # type: ignore[call-overload]
        refs = list(model.point_refs)
        points = [
            p
            for i, p in enumerate(c["points"])
            if not (i < len(refs) and (refs[i] == "contact" or refs[i] == "flag:missing_contact"))
        ]
        cards.append(CardView(c["id"], c["title"], c["color"], c["status"], c["headline"], points))
    order = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    flags = sorted(
        (FlagView(f["id"], f["severity"], f["severity_word"], f["title"], f["explanation"], clean_quote(f["quote"]))
         for f in tx["flags"]),  # type: ignore[attr-defined]
        key=lambda f: order.get(f.severity, 9),
    )
    meta = []
    updated = format_date(summary.service.updated, ui_lang)
    meta.append(_fill(label(tr, "dated"), date=updated) if updated else label(tr, "undated"))
    meta.append(_fill(label(tr, "language"), language=language_name(summary, ui_lang, tr)))
    controller = (summary.service.controller or "").strip()
    if controller and controller.casefold() != display_name(summary).casefold():
        meta.append(ui["pair"].format(label=ui["controller"], value=controller))
    analysed = format_date(summary.analysed_at, ui_lang) or format_date(dt.date.today().isoformat(), ui_lang)
    footer = [
        _fill(label(tr, "made_with"), version=__version__),
        _fill(label(tr, "source"), file=middle_elide(summary.source.name, 56)),
        _fill(label(tr, "sha"), hash=summary.source.sha256[:12]),
        _fill(label(tr, "analysed"), date=analysed),
    ]
    lines = contact_lines(summary, tr)
    if pointer is None:
        pointer = label(tr, "pointer_app")
    grade: dict[str, str] = tx["grade"]  # type: ignore[assignment]
    return Page(
        ui_lang=ui_lang or "en",
        name=display_name(summary),
        kicker=label(tr, "kicker"),
        meta=meta,
        grade_letter=grade["letter"],
        grade_score=summary.grade.score,
        grade_word=ui["grade"],
        score_text=grade["score"],
        cards=cards,
        flags=flags,
        flags_title=label(tr, "flags_count", len(flags)),
        no_flags=ui["none"],
        contact_title=ui["heading"].format(label=label(tr, "contact")),  # "… droits :" in French
        contact_lines=lines or [label(tr, "no_contact")],
        contact_missing=not lines,
        warnings=list(tx["warnings"]),  # type: ignore[call-overload]
        footer=footer,
        disclaimer=label(tr, "disclaimer"),
        truncated_note=_fill(label(tr, "truncated"), pointer=pointer),
        red_flags_word=ui["red_flags"],
        why_title=ui["why"],
        reasons=[(str(r["points_text"]), str(r["text"]), str(r["quote"])) for r in tx["rows"]],  # type: ignore[attr-defined]
        key_reasons=key_reasons(tx["rows"], tr, summary.grade.ceiling),  # type: ignore[arg-type]
        tr=tr,
    )


def key_reasons(rows: list[dict], tr: Tr, ceiling: int | None = None) -> list[tuple[str, str]]:
    """The rubric's lines that move the score, for the one-page PDF: the items not stated or
    vague, the red flags as one line ("What it does: red flags", their total: they are listed on
    the page already; the absence flags are items), the good practices and the limits (the cap
    as "≤74") — in the rubric's order."""
    say = tr  # not tr("ctx", ...): pyside6-lupdate would take "ctx" for a source text
    out: list[tuple[str, str]] = []
    flags = [r for r in rows if r["part"] == "does"]
    for r in rows:
        if r["part"] == "tells" and r["state"] in ("missing", "vague"):
            out.append((str(r["points_text"]), str(r["text"])))
    if flags:
        out.append((points_text(sum(int(r["points"]) for r in flags)), say("grade", W.GRADE_PARTS["does"], None)))
    for r in rows:
        if r["part"] in ("good", "limit"):
            points = str(r["points_text"]) or (f"≤{ceiling}" if ceiling is not None else "")
            out.append((points, str(r["text"])))
    return out


def cli_pointer(file: str, ui_lang: str | None = None, tr: Tr | None = None) -> str:
    tr = tr or make_tr(ui_lang)
    return _fill(label(tr, "pointer_cli"), file=file)

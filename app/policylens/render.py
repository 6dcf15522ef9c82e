"""The presenter: the words of a summary in the reader's language (:class:`Presenter`,
:func:`texts`), for the terminal, Markdown (here), the exports and the window; and the contract's
JSON with its English words (:func:`summary_json`). The core gives facts only."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from policylens.core import catalogue as C
from policylens.core import wording as W
from policylens.core.errors import QT_TRANSLATE_NOOP
from policylens.core.tidy import tidy_words
from policylens.tr import Tr, language_name, local_date, make_tr, quoted

if TYPE_CHECKING:  # the summary model is imported when a summary first arrives
    from policylens.core.models import Note, Reason, Summary

_ICON = {"red": "✖", "amber": "▲", "green": "✔", "grey": "○"}
_ANSI = {"red": "\033[31m", "amber": "\033[33m", "green": "\033[32m", "grey": "\033[90m"}
_RESET = "\033[0m"

UI = {
    "grade": QT_TRANSLATE_NOOP("render", "Grade"),
    "language": QT_TRANSLATE_NOOP("render", "Language"),
    "red_flags": QT_TRANSLATE_NOOP("render", "Red flags"),
    "none": QT_TRANSLATE_NOOP("render", "No red flags found."),
    "updated": QT_TRANSLATE_NOOP("render", "Updated"),
    "controller": QT_TRANSLATE_NOOP("render", "Controller"),
    "contact": QT_TRANSLATE_NOOP("render", "Contact"),
    "evidence": QT_TRANSLATE_NOOP("render", "Evidence"),
    "warnings": QT_TRANSLATE_NOOP("render", "Notes"),
    "why": QT_TRANSLATE_NOOP("render", "Why this grade"),
    # instead of a grade, for a policy in a language PolicyLens cannot analyse
    "not_graded": QT_TRANSLATE_NOOP("render", "not graded"),
    # a label and its value, and a heading over a list ("Langue : français" in French)
    "pair": QT_TRANSLATE_NOOP("render", "{label}: {value}"),
    "heading": QT_TRANSLATE_NOOP("render", "{label}:"),
}


MAX_ITEMS = 3  # the policy's words shown after a kind of data


def _unshout(item: str) -> str:
    """An item a policy wrote in capitals (a heading's "COOKIES", "ADRESSE E-MAIL") in lower case;
    its short words stay as they are: acronyms ("GPS", "IMEI", "ICCID")."""
    if not item.isupper():
        return item
    return " ".join(w.lower() if len(w) > 5 or (len(w) > 3 and "-" in w) else w for w in item.split())


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `re`'s \w takes in a str pattern


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` with no word character right before or after them:
    ``re.search(rf"(?<!\\w){re.escape(words)}(?!\\w)", text)`` without compiling a pattern per item."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(words, at + 1)
    return False


def named_items(items: list[str], most: int = MAX_ITEMS, label: str = "") -> list[str]:
    """The words a policy used for a kind of data, as a short list: an item that another one
    contains is left out ("e-mail" beside "adresse e-mail", "Helse" beside "Helseopplysninger"),
    so are long phrases and the kind's own name (``label``); "…" when more."""
    kept: list[str] = []
    items = [_unshout(w) for w in (tidy_words(part) for i in items for part in i.split(",")) if w]
    items = [w for w in items if w.casefold() != label.casefold()]
    for item in items:
        if len(item.split()) > 5:
            continue
        low = item.casefold()
        if any(
            _has_words(other.casefold(), low)  # as whole words: "nom" is not in "prénom"
            for other in items
            if other is not item and len(other.split()) <= 5 and other.casefold() != low
        ):
            continue
        # the first part of a compound beside it: "Helse" beside "Helseopplysninger"
        if len(low) >= 4 and " " not in low and any(
            o.casefold().startswith(low) and o.casefold() != low and " " not in o for o in items
        ):
            continue
        if low not in {k.casefold() for k in kept}:
            kept.append(item)
    return kept[:most] + (["…"] if len(kept) > most else [])


# how many of a recipient's names a card line shows before "and N more"
NAMES_SHOWN = 5


def _fill(text: str, **args: object) -> str:
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def points_text(points: int) -> str:
    """A rubric line's points as shown: "+5", "−6" (a true minus sign), "0"."""
    return f"{points:+d}".replace("-", "−") if points else "0"


class Presenter:
    """Words for the facts of one summary, in the language of ``tr``: the one place where card
    headlines and points, red flags' titles, grade reasons and notes are made."""

    def __init__(self, summary: Summary, tr: Tr) -> None:
        self.s = summary
        self.say = tr  # not tr("ctx", ...): pyside6-lupdate would take "ctx" for a source text

    def duration(self, days: float, stated: str = "") -> str:
        unit, n = W.duration_words(days, stated)
        return self.say("duration", W.DURATION_UNITS[unit], n)

    def label(self, field: str, ident: str) -> str:
        entry = C.get(field, ident)
        return self.say(entry.context, entry.label, None)

    # -- cards
    def headline(self, card: str) -> str:
        s, say = self.s, self.say
        if card == "collected":
            n = len(s.collected)
            if n:
                return say("cards", W.HEADLINES["collected.some"], n)
            return say("cards", W.HEADLINES["collected.none"], None)
        if card == "shared":
            if s.sale.value == "yes":
                return say("cards", W.HEADLINES["shared.sold"], None)
            n = len(s.shared_with)
            if not n and s.not_shared:
                return say("cards", W.HEADLINES["shared.nobody"], None)
            return say("cards", W.HEADLINES["shared.some"], n) if n else say("cards", W.HEADLINES["shared.none"], None)
        if card == "retention":
            if "indefinite" in s.retention.kinds:
                return say("cards", W.HEADLINES["retention.indefinite"], None)
            if s.retention.periods:
                longest = max(s.retention.periods, key=lambda p: p.days)
                return _fill(say("cards", W.HEADLINES["retention.period"], None),
                             longest=self.duration(longest.days, longest.text))
            if s.retention.kinds:
                return say("cards", W.HEADLINES["retention.vague"], None)
            return say("cards", W.HEADLINES["retention.none"], None)
        if card == "rights":
            n = len(s.rights)
            return say("cards", W.HEADLINES["rights.some"], n) if n else say("cards", W.HEADLINES["rights.none"], None)
        return ""

    def point(self, ref: str) -> str:
        s, say = self.s, self.say
        kind, _, key = ref.partition(":")
        if kind == "collected":
            # the policy's own words for the kind ("Identity: name, date of birth"), not fixed examples
            c = next((x for x in s.collected if x.category == key), None)
            short = say("collected", C.get("collected", key).short, None)
            words = named_items(c.items, label=short) if c is not None else []
            if not words:
                return short
            return _fill(say("cards", W.POINTS["names"], None), label=short, names=", ".join(words))
        if kind == "shared":
            sh = next((x for x in s.shared_with if x.recipient == key), None)
            label = self.label("shared_with", key)
            if sh is not None and sh.names:
                shown, more = sh.names[:NAMES_SHOWN], len(sh.names) - NAMES_SHOWN
                if more > 0:
                    return _fill(say("cards", W.POINTS["names.more"], more), label=label, names=", ".join(shown))
                return _fill(say("cards", W.POINTS["names"], None), label=label, names=", ".join(shown))
            return label
        if kind == "sale":
            return say("sells", W.SELLS_WORDS[s.sale.value], None)
        if kind == "not_shared":
            return say("cards", W.POINTS["not_shared"], None)
        if kind == "period":
            p = s.retention.periods[int(key)]
            # the data as the sentence names it ("Chat transcripts: 2 weeks"), else its kind; a time
            # without use as such ("Deleted after 2 years without use")
            duration = self.duration(p.days, p.text)
            if p.subject or p.data:
                data = (
                    p.subject[:1].upper() + p.subject[1:]
                    if p.subject
                    else say("collected", C.get("collected", str(p.data)).short, None)
                )
                point = W.POINTS["period.inactive" if p.inactive else "period"]
                return _fill(say("cards", point, None), data=data, duration=duration)
            point = W.POINTS[
                "period.inactive.any" if p.inactive else "period.closure.any" if p.after_closure else "period.any"
            ]
            return _fill(say("cards", point, None), duration=duration)
        if kind == "retention":
            return self.label("retention_kinds", key)
        if kind == "rights":
            return self.label("rights", key)
        if kind == "contact":
            return _fill(say("cards", W.POINTS["contact.email"], None), emails=", ".join(s.contact.emails[:3]))
        if ref == "flag:missing_contact":
            return say("cards", W.POINTS["contact.none"], None)
        return ref

    # -- red flags, grade, notes
    def flag_title(self, flag: str) -> str:
        return self.label("red_flags", flag)

    def flag_explanation(self, flag: str) -> str:
        return self.say("flags", C.flag(flag).explanation, None)

    def severity(self, severity: str) -> str:
        return self.say("severity", W.SEVERITY_WORDS[severity], None)

    def rows(self) -> list[dict[str, object]]:
        """The grade's rubric as rows: every item of what the policy tells you (stated, vague or
        not stated), every red flag it states, every good practice, then the limits applied;
        each with its part, its points and the first sentence behind it (README, "The grade")."""
        g, say = self.s.grade, self.say
        rows: list[dict[str, object]] = []

        def row(part: str, text: str, points: int | None, reason: Reason | None = None, ref: str = "") -> None:
            quote = " ".join(reason.evidence[0].quote.split()) if reason and reason.evidence else ""
            rows.append(
                {
                    "part": part,
                    "text": text,
                    "points": points or 0,
                    "points_text": "" if points is None else points_text(points),
                    "quote": quote,
                    "state": reason.state if reason else None,
                    "ref": ref if quote else "",
                }
            )

        for r in g.reasons:
            if r.kind == "item" and r.item and r.state:
                label = say("grade", W.GRADE_ITEMS[r.item], None)
                state = say("grade", W.ITEM_STATES[r.state], None)
                row(
                    "tells",
                    _fill(say("render", UI["pair"], None), label=label, value=state),
                    r.points,
                    r,
                    f"grade:item:{r.item}",
                )
            elif r.kind == "flag" and r.flag and r.severity:
                row("does", f"{self.flag_title(r.flag)} ({self.severity(r.severity)})", r.points, r, f"flag:{r.flag}")
            elif r.kind == "rights":
                row("good", say("grade", W.GOOD_PRACTICES["rights"], r.n), r.points, r)
            else:
                row("good", say("grade", W.GOOD_PRACTICES[r.kind], None), r.points, r, f"grade:{r.kind}")
        if g.graded:
            gains = sum(r.points for r in g.reasons if r.points > 0)
            penalties = -sum(r.points for r in g.reasons if r.kind == "flag")
            if gains > penalties // 2:
                row("limit", say("grade", W.GRADE_NOTES["bonus_cap"], None), penalties // 2 - gains)
            if g.ceiling is not None:
                row("limit", _fill(say("grade", W.GRADE_REASONS["ceiling"], None), points=g.ceiling), None)
        return rows

    def reasons(self) -> list[str]:
        """The rows as lines of text ("How long it is kept: vague (−6)"), after the verdict or
        "Start from 100, then:"."""
        g, say = self.s.grade, self.say
        head = say("grade", W.GRADE_REASONS["start"], None) if g.graded else self.grade()["verdict"]
        out = [str(head)] if head else []
        for r in self.rows():
            out.append(f"{r['text']} ({r['points_text']})" if r["points_text"] else str(r["text"]))
        return out

    def note(self, note: Note) -> str:
        say = self.say
        if note.id == "mixed":
            part = say("warnings", W.MIXED_PART, None)
            parts = ", ".join(
                _fill(part, language=language_name(p.code, say), percent=round(p.share * 100)) for p in note.parts
            )
            return _fill(say("warnings", W.WARNINGS["mixed"], None), parts=parts)
        if note.id == "unsupported":
            return _fill(say("warnings", W.WARNINGS["unsupported"], None), language=language_name(note.language, say))
        return say("warnings", W.WARNINGS[note.id], None)

    def grade(self) -> dict[str, object]:
        """The grade as shown: the letter and "72/100", or "–", why in a few words ("Not a
        privacy policy") and in a sentence (``verdict``)."""
        g, say = self.s.grade, self.say
        if not g.graded:
            return {
                "status": g.status,
                "graded": False,
                "letter": "–",
                "score": say("render", UI["not_graded"], None)
                if g.status == "unsupported_language"
                else say("grade", W.GRADE_STATUS_SHORT[g.status], None),
                "verdict": say("grade", W.GRADE_STATUS[g.status], None),
            }
        return {"status": g.status, "graded": True, "letter": str(g.letter), "score": f"{g.score}/100", "verdict": ""}


def texts(summary: Summary, tr: Tr) -> dict[str, object]:
    """Everything a rendering shows, in the language of ``tr`` (shared by the terminal, Markdown,
    the exports and the window)."""
    say = tr
    p = Presenter(summary, tr)
    grade = p.grade()
    cards = [
        {
            "id": c.id,
            "title": say("cards", C.card_titles()[c.id], None),
            "color": c.color,
            "status": say("status", W.STATUS_WORDS[c.color], None),
            "headline": p.headline(c.id),
            "points": [p.point(ref) for ref in c.point_refs],
        }
        for c in summary.cards
    ]
    flags = [
        {
            "id": f.id,
            "severity": f.severity,
            "severity_word": p.severity(f.severity),
            "title": p.flag_title(f.id),
            "explanation": p.flag_explanation(f.id),
            "quote": f.evidence[0].quote if f.evidence else "",
        }
        for f in summary.red_flags
    ]
    return {
        "cards": cards,
        "flags": flags,
        # why there is no grade comes first (a language without rules has its own note)
        "warnings": ([grade["verdict"]] if grade["verdict"] and summary.grade.status != "unsupported_language" else [])
        + [p.note(n) for n in summary.notes],
        "reasons": p.reasons(),
        "rows": p.rows(),
        "grade": grade,
        "ui": {k: say("render", v, None) for k, v in UI.items()},
        "language": language_name(summary.language.code, tr) or summary.language.name or "",
    }


def summary_json(summary: Summary, ui_lang: str | None = None) -> str:
    """The summary as the contract's JSON (``shared/spec/summary-contract.md``): the facts, and the
    words the contract asks for filled in — ``cards[].headline``/``points``, ``grade.reasons``,
    ``red_flags[].title``/``explanation`` and ``warnings`` — in English (or ``ui_lang``)."""
    tr = make_tr(ui_lang)
    p = Presenter(summary, tr)
    data = summary.model_dump(mode="json", by_alias=True)
    for card, model in zip(data["cards"], summary.cards, strict=True):
        card["headline"] = p.headline(model.id)
        card["points"] = [p.point(ref) for ref in model.point_refs]
    for flag in data["red_flags"]:
        flag["title"] = p.flag_title(flag["id"])
        flag["explanation"] = p.flag_explanation(flag["id"])
    data["grade"]["reason_data"] = data["grade"]["reasons"]
    data["grade"]["reasons"] = p.reasons()
    data["warnings"] = [p.note(n) for n in summary.notes]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def display_name(summary: Summary) -> str:
    """The name a summary is shown under: the service the policy names, else the document's own
    title (a saved page's ``<title>``), else the file's name."""
    for name in (summary.service.name, summary.source.title, summary.source.name):
        if name and name.strip():
            return " ".join(name.split())
    return summary.source.name


def render_terminal(summary: Summary, ui_lang: str | None = None, color: bool = False) -> str:
    tr = make_tr(ui_lang)
    tx = texts(summary, tr)
    ui: dict[str, str] = tx["ui"]  # type: ignore[assignment]
    lines = []
    name = display_name(summary)
    grade: dict[str, str] = tx["grade"]  # type: ignore[assignment]
    lines.append(f"{name} — {ui['grade']} {grade['letter']} ({grade['score']})")
    pair = ui["pair"]
    meta = [pair.format(label=ui["language"], value=tx["language"])]
    if summary.service.updated:
        meta.append(pair.format(label=ui["updated"], value=local_date(summary.service.updated, ui_lang)))
    if summary.service.controller:
        meta.append(pair.format(label=ui["controller"], value=summary.service.controller))
    lines.append(" · ".join(meta))
    for w in tx["warnings"]:  # type: ignore[attr-defined]
        lines.append(f"! {w}")
    lines.append("")
    for c in tx["cards"]:  # type: ignore[attr-defined]
        mark = f"{_ICON[c['color']]} {c['status']}"
        if color:
            mark = f"{_ANSI[c['color']]}{mark}{_RESET}"
        lines.append(f"{c['title']} [{mark}] {c['headline']}")
        for p in c["points"]:
            lines.append(f"  • {p}")
    lines.append("")
    lines.append(ui["heading"].format(label=ui["red_flags"]))
    if not tx["flags"]:
        lines.append(f"  {ui['none']}")
    for f in tx["flags"]:  # type: ignore[attr-defined]
        lines.append(f"  [{f['severity_word']}] " + pair.format(label=f["title"], value=f["explanation"]))
        if f["quote"]:
            q = " ".join(f["quote"].split())
            lines.append("      " + quoted(q[:200] + ("…" if len(q) > 200 else ""), ui_lang))
    rows: list[dict] = tx["rows"]  # type: ignore[assignment]
    if rows:
        lines.append("")
        lines.append(ui["heading"].format(label=ui["why"]))
        for r in rows:
            lines.append(f"  {r['points_text']:>4}  {r['text']}" if r["points_text"] else f"        {r['text']}")
    return "\n".join(lines)


def render_markdown(summary: Summary, ui_lang: str | None = None) -> str:
    tr = make_tr(ui_lang)
    tx = texts(summary, tr)
    ui: dict[str, str] = tx["ui"]  # type: ignore[assignment]
    name = display_name(summary)
    out = [f"# {name}", ""]
    grade: dict[str, str] = tx["grade"]  # type: ignore[assignment]
    out.append(
        f"**{ui['pair'].format(label=ui['grade'], value=grade['letter'])}** ({grade['score']}) · "
        + ui["pair"].format(label=ui["language"], value=tx["language"])
    )
    if summary.service.updated:
        out.append("· " + ui["pair"].format(label=ui["updated"], value=local_date(summary.service.updated, ui_lang)))
    out.append("")
    for w in tx["warnings"]:  # type: ignore[attr-defined]
        out.append(f"> {w}")
    for c in tx["cards"]:  # type: ignore[attr-defined]
        out += ["", f"## {_ICON[c['color']]} {c['title']} — {c['status']}", "", f"*{c['headline']}*", ""]
        out += [f"- {p}" for p in c["points"]]
    out += ["", f"## {ui['red_flags']}", ""]
    if not tx["flags"]:
        out.append(ui["none"])
    for f in tx["flags"]:  # type: ignore[attr-defined]
        out.append("- " + ui["pair"].format(label=f"**{f['title']}** ({f['severity_word']})", value=f["explanation"]))
        if f["quote"]:
            out.append("  > " + quoted(" ".join(f["quote"].split()), ui_lang))
    rows: list[dict] = tx["rows"]  # type: ignore[assignment]
    if rows:
        out += ["", f"## {ui['why']}", ""]
        for r in rows:
            points = f" ({r['points_text']})" if r["points_text"] else ""
            out.append(f"- {r['text']}{points}")
            if r["quote"]:
                out.append("  > " + quoted(str(r["quote"])[:300], ui_lang))
    return "\n".join(out) + "\n"

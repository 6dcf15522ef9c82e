"""Text renderings of a summary: the CLI's terminal view and Markdown."""

from __future__ import annotations

from policylens.core import wording as W
from policylens.core.errors import QT_TRANSLATE_NOOP
from policylens.core.models import Message, Summary
from policylens.tr import Tr, language_name, local_date, make_tr, quoted, render

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


def texts(summary: Summary, tr: Tr) -> dict[str, object]:
    """Everything a rendering shows, in the language of ``tr`` (shared by text and exports)."""
    say = tr  # not tr("ctx", ...): pyside6-lupdate would take "ctx" for a source text

    def t(msg: Message | None, fallback: str = "") -> str:
        return render(msg, tr) if msg is not None else fallback

    cards = []
    for c in summary.cards:
        cards.append(
            {
                "id": c.id,
                "title": say("cards", W.CARD_TITLES[c.id], None),
                "color": c.color,
                "status": say("status", W.STATUS_WORDS[c.color], None),
                "headline": t(c.headline_message, c.headline),
                "points": [render(m, tr) for m in c.point_messages] or list(c.points),
            }
        )
    flags = [
        {
            "id": f.id,
            "severity": f.severity,
            "severity_word": say("severity", W.SEVERITY_WORDS[f.severity], None),
            "title": say("flags", W.FLAG_TITLES[f.id], None),
            "explanation": say("flags", W.FLAG_EXPLANATIONS[f.id], None),
            "quote": f.evidence[0].quote if f.evidence else "",
        }
        for f in summary.red_flags
    ]
    # a policy in a language PolicyLens cannot analyse gets "–" and "not graded", not a grade
    graded = summary.language.supported
    grade = {
        "letter": summary.grade.letter if graded else "–",
        "score": f"{summary.grade.score}/100" if graded else say("render", UI["not_graded"], None),
    }
    return {
        "cards": cards,
        "flags": flags,
        "warnings": [render(m, tr) for m in summary.warning_messages] or list(summary.warnings),
        "reasons": [render(m, tr) for m in summary.grade.reason_messages],
        "grade": grade,
        "ui": {k: say("render", v, None) for k, v in UI.items()},
        "language": language_name(summary.language.code, tr) or summary.language.name or "",
    }


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
    if summary.grade.reason_messages:
        out += ["", f"## {ui['why']}", ""]
        out += [f"- {r}" for r in tx["reasons"]]  # type: ignore[attr-defined]
    return "\n".join(out) + "\n"

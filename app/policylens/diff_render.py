"""The words of a comparison (:mod:`policylens.core.compare`): each change as a sentence in the
reader's language, and the comparison as terminal text or Markdown (``policylens diff``)."""

from __future__ import annotations

from typing import Any

from policylens.core import wording as W
from policylens.core.compare import (
    DIFFERENT_LANGUAGES,
    DIFFERENT_SERVICES,
    SAME_FILE,
    SAME_TEXT,
    Change,
    Comparison,
)
from policylens.core.errors import QT_TRANSLATE_NOOP
from policylens.core.models import Summary
from policylens.tr import Tr, language_name, local_date, make_tr

C = "diff"  # the translation context

CHANGES = {
    ("collected", "added"): QT_TRANSLATE_NOOP("diff", "Now collected: {label}"),
    ("collected", "removed"): QT_TRANSLATE_NOOP("diff", "No longer collected: {label}"),
    ("shared_with", "added"): QT_TRANSLATE_NOOP("diff", "Now shared with: {label}"),
    ("shared_with", "removed"): QT_TRANSLATE_NOOP("diff", "No longer shared with: {label}"),
    ("shared_with", "changed"): QT_TRANSLATE_NOOP("diff", "{label}: named {before} → {after}"),
    ("sells_data", "changed"): QT_TRANSLATE_NOOP("diff", "Selling your data: “{before}” → “{after}”"),
    ("retention", "added"): QT_TRANSLATE_NOOP("diff", "Retention, now says: {label}"),
    ("retention", "removed"): QT_TRANSLATE_NOOP("diff", "Retention, no longer says: {label}"),
    ("retention_period", "changed"): QT_TRANSLATE_NOOP("diff", "{data}: kept {after} instead of {before}"),
    ("retention_period", "added"): QT_TRANSLATE_NOOP("diff", "{data}: now kept {after}"),
    ("retention_period", "removed"): QT_TRANSLATE_NOOP("diff", "{data}: the period of {before} is gone"),
    ("rights", "added"): QT_TRANSLATE_NOOP("diff", "New right: {label}"),
    ("rights", "removed"): QT_TRANSLATE_NOOP("diff", "Right no longer stated: {label}"),
    ("contact", "added"): QT_TRANSLATE_NOOP("diff", "{label} added: {after}"),
    ("contact", "removed"): QT_TRANSLATE_NOOP("diff", "{label} gone: {before}"),
    ("contact", "changed"): QT_TRANSLATE_NOOP("diff", "{label}: {before} → {after}"),
    ("red_flags", "added"): QT_TRANSLATE_NOOP("diff", "New red flag: {label} ({severity})"),
    ("red_flags", "removed"): QT_TRANSLATE_NOOP("diff", "Red flag gone: {label}"),
    ("red_flags", "changed"): QT_TRANSLATE_NOOP("diff", "{label}: severity {before} → {after}"),
    ("service", "added"): QT_TRANSLATE_NOOP("diff", "{label} now named: {after}"),
    ("service", "removed"): QT_TRANSLATE_NOOP("diff", "{label} no longer named (was {before})"),
    ("service", "changed"): QT_TRANSLATE_NOOP("diff", "{label}: {before} → {after}"),
    ("grade", "changed"): QT_TRANSLATE_NOOP("diff", "Grade {before} → {after}"),
}

CONTACT_LABELS = {
    "emails": QT_TRANSLATE_NOOP("diff", "Contact e-mail"),
    "phones": QT_TRANSLATE_NOOP("diff", "Contact phone"),
    "urls": QT_TRANSLATE_NOOP("diff", "Contact address on the web"),
    "postal_address": QT_TRANSLATE_NOOP("diff", "Postal address"),
}
SERVICE_LABELS = {
    "name": QT_TRANSLATE_NOOP("diff", "Service"),
    "controller": QT_TRANSLATE_NOOP("diff", "Controller"),
}
POSTAL = {
    "added": QT_TRANSLATE_NOOP("diff", "Now gives a postal address"),
    "removed": QT_TRANSLATE_NOOP("diff", "No longer gives a postal address"),
}
WARNINGS = {
    DIFFERENT_SERVICES: QT_TRANSLATE_NOOP("diff", "These look like policies of different services."),
    DIFFERENT_LANGUAGES: QT_TRANSLATE_NOOP(
        "diff", "The two versions are in different languages: what they say is compared, not their text."
    ),
    SAME_TEXT: QT_TRANSLATE_NOOP("diff", "The two versions have the same text (only the layout differs)."),
    SAME_FILE: QT_TRANSLATE_NOOP("diff", "The two files are identical: the same text."),
}
UI = {
    "title": QT_TRANSLATE_NOOP("diff", "What changed"),
    "no_change": QT_TRANSLATE_NOOP("diff", "No change in what the policy says."),
    "old": QT_TRANSLATE_NOOP("diff", "Old version"),
    "new": QT_TRANSLATE_NOOP("diff", "New version"),
    "before": QT_TRANSLATE_NOOP("diff", "Before"),
    "after": QT_TRANSLATE_NOOP("diff", "After"),
    "not_there": QT_TRANSLATE_NOOP("diff", "(not in this version)"),
    "overall": QT_TRANSLATE_NOOP("diff", "Overall"),
    "text": QT_TRANSLATE_NOOP("diff", "Text"),
    "updated": QT_TRANSLATE_NOOP("diff", "updated {date}"),
    "no_date": QT_TRANSLATE_NOOP("diff", "no date given"),
    "nothing": QT_TRANSLATE_NOOP("diff", "none"),
    "not_graded": QT_TRANSLATE_NOOP("diff", "not graded"),
    "no_text": QT_TRANSLATE_NOOP("diff", "Text not compared (different languages)."),
    "some_data": QT_TRANSLATE_NOOP("diff", "Some data"),
    "grade_same": QT_TRANSLATE_NOOP("diff", "Grade unchanged: {grade}"),
}
TEXT_COUNTS = {
    "added": QT_TRANSLATE_NOOP("diff", "%n sentence(s) added", None, 1),
    "removed": QT_TRANSLATE_NOOP("diff", "%n sentence(s) removed", None, 1),
    "changed": QT_TRANSLATE_NOOP("diff", "%n sentence(s) changed", None, 1),
    "moved": QT_TRANSLATE_NOOP("diff", "%n sentence(s) moved", None, 1),
}
TEXT_KINDS = {
    "added": QT_TRANSLATE_NOOP("diff", "Added"),
    "removed": QT_TRANSLATE_NOOP("diff", "Removed"),
    "changed": QT_TRANSLATE_NOOP("diff", "Changed"),
    "moved": QT_TRANSLATE_NOOP("diff", "Moved"),
}
UNCHANGED = QT_TRANSLATE_NOOP("diff", "%n unchanged sentence(s)", None, 1)
# the groups of the list of changes, in this order
GROUPS = ("overall", "collected", "shared", "retention", "rights")


def say(tr: Tr, source: str, n: int | None = None) -> str:
    return tr(C, source, n)


def lookup(tr: Tr, context: str, source: str, n: int | None) -> str:
    """``tr(context, source, n)`` (written so that pyside6-lupdate does not take the context for
    a text to translate)."""
    return tr(context, source, n)


def _fill(text: str, **args: object) -> str:
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def _duration(tr: Tr, value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    unit, n = W.duration_words(float(value["days"]), str(value.get("text") or ""))
    return lookup(tr, "duration", W.DURATION_UNITS[unit], n)


def _data_label(tr: Tr, data: str | None) -> str:
    if data and data in W.COLLECTED_LABELS:
        return lookup(tr, "collected", W.COLLECTED_LABELS[data], None)
    if data and data != "any":
        return data
    return say(tr, UI["some_data"])


def _names(tr: Tr, names: list[str]) -> str:
    return ", ".join(names) if names else say(tr, UI["nothing"])


def change_text(change: Change, tr: Tr) -> str:
    """One change as a sentence in the language of ``tr``."""
    f, k = change.field, change.change
    before, after = change.before, change.after
    if f == "contact" and change.id == "postal_address":
        return say(tr, POSTAL["added" if k == "added" else "removed"])
    template = say(tr, CHANGES[(f, k)])
    args: dict[str, object] = {"before": before, "after": after}
    if f == "collected":
        args["label"] = lookup(tr, "collected", W.COLLECTED_LABELS.get(change.id, change.id), None)
    elif f == "shared_with":
        args["label"] = lookup(tr, "shared", W.RECIPIENT_LABELS.get(change.id, change.id), None)
        if k == "changed":
            args["before"] = _names(tr, (before or {}).get("names", []))
            args["after"] = _names(tr, (after or {}).get("names", []))
    elif f == "sells_data":
        args["before"] = lookup(tr, "sells", W.SELLS_WORDS[before], None)
        args["after"] = lookup(tr, "sells", W.SELLS_WORDS[after], None)
    elif f == "retention":
        args["label"] = lookup(tr, "retention", W.RETENTION_LABELS.get(change.id, change.id), None)
    elif f == "retention_period":
        args["data"] = _data_label(tr, change.id)
        args["before"] = _duration(tr, before)
        args["after"] = _duration(tr, after)
    elif f == "rights":
        args["label"] = lookup(tr, "rights", W.RIGHT_LABELS.get(change.id, change.id), None)
    elif f == "contact":
        args["label"] = say(tr, CONTACT_LABELS[change.id])
        args["before"] = _names(tr, list(before or []))
        args["after"] = _names(tr, list(after or []))
    elif f == "red_flags":
        args["label"] = lookup(tr, "flags", W.FLAG_TITLES.get(change.id, change.id), None)
        if change.severity:
            args["severity"] = lookup(tr, "severity", W.SEVERITY_WORDS[change.severity], None)
        if k == "changed":
            args["before"] = lookup(tr, "severity", W.SEVERITY_WORDS[before["severity"]], None)
            args["after"] = lookup(tr, "severity", W.SEVERITY_WORDS[after["severity"]], None)
    elif f == "service":
        args["label"] = say(tr, SERVICE_LABELS[change.id])
    elif f == "grade":
        args["before"] = f"{before['letter']} ({before['score']}/100)"
        args["after"] = f"{after['letter']} ({after['score']}/100)"
    return _fill(template, **args)


def group_of(change: Change) -> str:
    return change.card or "overall"


def group_title(group: str, tr: Tr) -> str:
    if group == "overall":
        return say(tr, UI["overall"])
    return lookup(tr, "cards", W.CARD_TITLES[group], None)


def grouped(cmp: Comparison) -> list[tuple[str, list[Change]]]:
    """The changes by card, each group worst first; groups in the order of their worst change."""
    groups: dict[str, list[Change]] = {}
    for c in cmp.changes:  # already worst first; the grade is said in the header
        if c.field != "grade":
            groups.setdefault(group_of(c), []).append(c)
    return sorted(groups.items(), key=lambda kv: (-kv[1][0].weight, GROUPS.index(kv[0])))


def grade_text(s: Summary, tr: Tr) -> str:
    if not s.grade.graded:
        return say(tr, UI["not_graded"])
    return f"{s.grade.letter} ({s.grade.score}/100)"


def side_line(s: Summary, tr: Tr, ui_lang: str | None) -> str:
    """"name — updated 1 June 2024 — B (80/100)" for one version."""
    date = (
        _fill(say(tr, UI["updated"]), date=local_date(s.service.updated, ui_lang))
        if s.service.updated
        else say(tr, UI["no_date"])
    )
    lang = language_name(s.language.code, tr)
    return f"{s.source.name} — {date} — {lang} — {grade_text(s, tr)}"


def grade_change(cmp: Comparison, tr: Tr) -> str:
    """"Grade B (88/100) → C (70/100)", or "Grade unchanged: B (88/100)"."""
    before, after = grade_text(cmp.old, tr), grade_text(cmp.new, tr)
    if before == after:
        return _fill(say(tr, UI["grade_same"]), grade=after)
    return _fill(say(tr, CHANGES[("grade", "changed")]), before=before, after=after)


def warnings_text(cmp: Comparison, tr: Tr) -> list[str]:
    return [say(tr, WARNINGS[w]) for w in cmp.warnings]


def text_summary(cmp: Comparison, tr: Tr) -> str:
    if not cmp.text_compared:
        return say(tr, UI["no_text"])
    counts = cmp.counts
    parts = [say(tr, TEXT_COUNTS[k], counts[k]) for k in ("changed", "added", "removed", "moved") if counts[k]]
    return " · ".join(parts) if parts else say(tr, WARNINGS[SAME_TEXT])


def _quote(text: str, limit: int = 240) -> str:
    q = " ".join(text.split())
    return q if len(q) <= limit else q[: limit - 1] + "…"


def render_diff_terminal(cmp: Comparison, ui_lang: str | None = None) -> str:
    tr = make_tr(ui_lang)
    lines = [
        say(tr, UI["title"]),
        f"  {say(tr, UI['old'])}: {side_line(cmp.old, tr, ui_lang)}",
        f"  {say(tr, UI['new'])}: {side_line(cmp.new, tr, ui_lang)}",
    ]
    lines.append(f"  {grade_change(cmp, tr)}")
    lines += [f"! {w}" for w in warnings_text(cmp, tr)]
    lines.append("")
    if not cmp.changes:
        lines.append(say(tr, UI["no_change"]))
    for group, changes in grouped(cmp):
        lines.append(group_title(group, tr))
        for c in changes:
            lines.append(f"  • {change_text(c, tr)}")
            if c.evidence_before:
                lines.append(f"      − “{_quote(c.evidence_before[0].quote)}”")
            if c.evidence_after:
                lines.append(f"      + “{_quote(c.evidence_after[0].quote)}”")
    lines += ["", f"{say(tr, UI['text'])}: {text_summary(cmp, tr)}"]
    return "\n".join(lines)


def render_diff_markdown(cmp: Comparison, ui_lang: str | None = None) -> str:
    tr = make_tr(ui_lang)
    out = [f"# {say(tr, UI['title'])}", ""]
    out.append(f"- **{say(tr, UI['old'])}**: {side_line(cmp.old, tr, ui_lang)} · SHA-256 `{cmp.old.source.sha256}`")
    out.append(f"- **{say(tr, UI['new'])}**: {side_line(cmp.new, tr, ui_lang)} · SHA-256 `{cmp.new.source.sha256}`")
    out.append(f"- {grade_change(cmp, tr)}")
    out.append("")
    out += [f"> {w}" for w in warnings_text(cmp, tr)]
    if not cmp.changes:
        out += ["", say(tr, UI["no_change"])]
    for group, changes in grouped(cmp):
        out += ["", f"## {group_title(group, tr)}", ""]
        for c in changes:
            out.append(f"- {change_text(c, tr)}")
            if c.evidence_before:
                out.append(f"  - {say(tr, UI['before'])}: > {_quote(c.evidence_before[0].quote)}")
            if c.evidence_after:
                out.append(f"  - {say(tr, UI['after'])}: > {_quote(c.evidence_after[0].quote)}")
    out += ["", f"## {say(tr, UI['text'])}", "", text_summary(cmp, tr)]
    return "\n".join(out) + "\n"

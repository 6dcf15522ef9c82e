"""The summary as Markdown (the same content as the one-page PDF, and the full report)."""

from __future__ import annotations

import re

from policylens.export.content import SEVERITY_ICON, STATUS_ICON, Page

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """Text safe to put in Markdown (no accidental emphasis, links, tables or HTML)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _head(page: Page) -> list[str]:
    out = [f"# {md(page.name)}", "", f"*{md(page.kicker)}* · {md(' · '.join(page.meta))}", ""]
    out.append(f"**{md(page.pair(page.grade_word, page.grade_letter))}** ({md(page.score_text)})")
    out.append("")
    out += [f"> ▲ {md(w)}" for w in page.warnings]
    if page.warnings:
        out.append("")
    return out


def _tail(page: Page, quotes: bool) -> list[str]:
    out = [f"## {md(page.flags_title)}", ""]
    if not page.flags:
        out.append(f"✔ {md(page.no_flags)}")
    for f in page.flags:
        out.append(f"- {SEVERITY_ICON.get(f.severity, '')} **{md(f.severity_word)}** — "
                   + page.pair(f"**{md(f.title)}**", md(f.explanation)))
        if quotes and f.quote:
            out.append(f"  > {page.quote(md(f.quote))}")
    icon = "✖" if page.contact_missing else "✉"
    out += ["", f"{icon} **{md(page.contact_title)}** {md('  ·  '.join(page.contact_lines))}", ""]
    if page.reasons:
        out += [f"## {md(page.why_title)}", ""]
        for points, text, quote in page.reasons:
            out.append(f"- {md(text)}" + (f" ({md(points)})" if points else ""))
            if quotes and quote:
                out.append(f"  > {page.quote(md(quote))}")
        out.append("")
    out += ["---", "", md("  ·  ".join(page.footer)) + "  ", f"*{md(page.disclaimer)}*", ""]
    return out


def summary_markdown(page: Page) -> str:
    out = _head(page)
    for c in page.cards:
        out += [f"## {STATUS_ICON.get(c.color, '')} {md(c.title)} — {md(c.status)}", "", f"**{md(c.headline)}**", ""]
        out += [f"- {md(p)}" for p in c.points]
        out.append("")
    return "\n".join(out + _tail(page, quotes=False))


def full_markdown(page: Page, findings: list[tuple[str, list[tuple[str, list[tuple[str, str | None]]]]]]) -> str:
    out = _head(page)
    for (title, items), c in zip(findings, page.cards, strict=False):
        out += [f"## {STATUS_ICON.get(c.color, '')} {md(title)} — {md(c.status)}", "", f"**{md(c.headline)}**", ""]
        for point, quotes in items:
            out.append(f"- **{md(point)}**")
            out += [f"  > {page.quote(md(q))}" + (f" ({md(section)})" if section else "") for q, section in quotes]
        out.append("")
    return "\n".join(out + _tail(page, quotes=True))

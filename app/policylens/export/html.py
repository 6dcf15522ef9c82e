"""The summary as one self-contained HTML file: inline CSS, system fonts, no scripts, no links to
anything outside the file (so opening it never touches the network)."""

from __future__ import annotations

import html as _html

from policylens.export.content import SEVERITY_ICON, STATUS_ICON, Page

CSS = """
:root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;
--red:#b42318;--amber:#9a5b00;--green:#1e7a34;--grey:#5f6368;
--red-t:#fdf1f0;--amber-t:#fff7e8;--green-t:#eef8f0;--grey-t:#f4f5f6}
*{box-sizing:border-box}
body{margin:0;background:#eef0f2;color:var(--ink);
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans","Helvetica Neue",Arial,sans-serif;
font-size:15px;line-height:1.45}
main{max-width:52rem;margin:1.5rem auto;background:#fff;padding:2rem 2.2rem 1.2rem;border-radius:10px;
box-shadow:0 1px 4px rgba(0,0,0,.12)}
header{display:flex;gap:1.2rem;align-items:flex-start;border-bottom:1px solid var(--rule);padding-bottom:.9rem}
header .who{flex:1;min-width:0}
.kicker{font-size:.72rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
h1{font-size:1.9rem;line-height:1.15;margin:.1rem 0 .3rem;overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:.88rem;margin:0}
.badge{flex:none;width:5.6rem;height:5.6rem;border-radius:12px;color:#fff;text-align:center;
display:flex;flex-direction:column;justify-content:space-between;padding:.35rem 0 .4rem}
.badge .label{font-size:.62rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase}
.badge .letter{font-size:2.6rem;font-weight:700;line-height:1}
.badge .score{font-size:.78rem;font-weight:700}
.g-A{background:#1e7a34}.g-B{background:#4d7c0f}.g-C{background:#8a6d00}.g-D{background:#b54708}.g-E{background:#b42318}
.warn{color:var(--amber);font-style:italic;margin:.6rem 0 0}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;margin:1rem 0}
@media (max-width:40rem){.cards{grid-template-columns:1fr}header{flex-direction:column-reverse}}
.card{border:1px solid var(--rule);border-radius:8px;overflow:hidden;background:var(--t)}
.card h2{margin:0;font-size:1rem;color:#fff;background:var(--c);padding:.45rem .7rem;display:flex;gap:.5rem;
align-items:baseline}
.card h2 .title{flex:1}
.card h2 .status{font-size:.7rem;letter-spacing:.05em;text-transform:uppercase}
.card .headline{font-weight:700;margin:.55rem .75rem .2rem}
.card ul{margin:0 .75rem .7rem;padding-left:1.1rem}
.card li::marker{color:var(--c)}
.card .more{color:var(--muted);font-style:italic;list-style:none}
.red{--c:var(--red);--t:var(--red-t)}.amber{--c:var(--amber);--t:var(--amber-t)}
.green{--c:var(--green);--t:var(--green-t)}.grey{--c:var(--grey);--t:var(--grey-t)}
h2.section{font-size:1.15rem;border-bottom:1px solid var(--rule);padding-bottom:.2rem;margin:1.2rem 0 .5rem}
ul.flags{list-style:none;padding:0;margin:0}
ul.flags li{display:flex;gap:.6rem;margin:.3rem 0}
ul.reasons{padding-left:1.2rem}ul.reasons li{margin:.2rem 0}ul.reasons .quote{display:block;color:#555}
.sev{flex:none;width:5.6rem;font-size:.76rem;font-weight:700;padding-top:.1rem}
.sev-high{color:var(--red)}.sev-medium{color:var(--amber)}.sev-low{color:#4b5563}
.flag-text{color:var(--muted)}.flag-text b{color:var(--ink)}
.quote{display:block;border-left:3px solid var(--rule);padding-left:.6rem;margin:.25rem 0 .35rem;
font-style:italic;color:var(--ink)}
.contact{background:#f6f8fa;border:1px solid var(--rule);border-radius:6px;padding:.55rem .8rem;margin:1rem 0 0}
.contact.missing .value{color:var(--red)}
footer{margin-top:1.4rem;border-top:1px solid var(--rule);padding-top:.5rem;color:var(--muted);font-size:.74rem}
footer p{margin:.15rem 0}
.note{color:var(--muted);font-style:italic;font-size:.85rem}
.evidence{margin:.1rem .75rem .7rem 1.9rem;font-size:.9rem}
@media print{body{background:#fff}main{box-shadow:none;margin:0;max-width:none;padding:0}
.card,ul.flags li{break-inside:avoid}}
"""


def esc(text: str) -> str:
    """HTML-escaped text; "//" and "=" are written as character references so that no text of the
    policy even looks like an address or an attribute (``src=``) to a scanner."""
    return _html.escape(text, quote=True).replace("//", "&#47;&#47;").replace("=", "&#61;")


def _head(title: str, lang: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        f'<html lang="{esc(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]


def _header(page: Page) -> list[str]:
    out = [
        "<header>",
        '<div class="who">',
        f'<div class="kicker">{esc(page.kicker)}</div>',
        f"<h1>{esc(page.name)}</h1>",
        f'<p class="meta">{esc(" · ".join(page.meta))}</p>',
        "</div>",
        f'<div class="badge g-{esc(page.grade_letter)}" role="img" '
        f'aria-label="{esc(page.grade_word)} {esc(page.grade_letter)}, {esc(page.score_text)}">',
        f'<span class="label">{esc(page.grade_word)}</span>',
        f'<span class="letter">{esc(page.grade_letter)}</span>',
        f'<span class="score">{esc(page.score_text)}</span>',
        "</div>",
        "</header>",
    ]
    out += [f'<p class="warn">▲ {esc(w)}</p>' for w in page.warnings]
    return out


def _footer(page: Page, extra: str | None = None) -> list[str]:
    out = ["<footer>"]
    if extra:
        out.append(f'<p class="note">{esc(extra)}</p>')
    out += [f"<p>{esc('  ·  '.join(page.footer))}</p>", f"<p>{esc(page.disclaimer)}</p>", "</footer>"]
    return out


def _flags(page: Page, quotes: bool) -> list[str]:
    out = [f'<h2 class="section">{esc(page.flags_title)}</h2>']
    if not page.flags:
        return [*out, f"<p>✔ {esc(page.no_flags)}</p>"]
    out.append('<ul class="flags">')
    for f in page.flags:
        quote = f'<span class="quote">{esc(page.quote(f.quote))}</span>' if quotes and f.quote else ""
        out.append(
            f'<li><span class="sev sev-{esc(f.severity)}">{SEVERITY_ICON.get(f.severity, "")} '
            f"{esc(f.severity_word)}</span>"
            f'<span class="flag-text"><b>{esc(f.title)}</b> — {esc(f.explanation)}{quote}</span></li>'
        )
    out.append("</ul>")
    return out


def _contact(page: Page) -> list[str]:
    cls = "contact missing" if page.contact_missing else "contact"
    icon = "✖" if page.contact_missing else "✉"
    value = esc("  ·  ".join(page.contact_lines))
    return [f'<p class="{cls}">{icon} <b>{esc(page.contact_title)}</b> <span class="value">{value}</span></p>']


def _reasons(page: Page, quotes: bool) -> list[str]:
    if not page.reasons:
        return []
    out = [f'<h2 class="section">{esc(page.why_title)}</h2>', '<ul class="reasons">']
    for points, text, quote in page.reasons:
        q = f' <span class="quote">{esc(page.quote(quote))}</span>' if quotes and quote else ""
        pts = f"<b>{esc(points)}</b> " if points else ""
        out.append(f"<li>{pts}{esc(text)}{q}</li>")
    out.append("</ul>")
    return out


def summary_html(page: Page) -> str:
    """The one-page summary as HTML (same content as the PDF, no truncation needed)."""
    out = _head(page.name, page.ui_lang)
    out += _header(page)
    out.append('<section class="cards">')
    for c in page.cards:
        out += [
            f'<article class="card {esc(c.color)}">',
            f'<h2><span aria-hidden="true">{STATUS_ICON.get(c.color, "")}</span>'
            f'<span class="title">{esc(c.title)}</span><span class="status">{esc(c.status)}</span></h2>',
            f'<p class="headline">{esc(c.headline)}</p>',
            "<ul>",
            *[f"<li>{esc(p)}</li>" for p in c.points],
            "</ul>",
            "</article>",
        ]
    out.append("</section>")
    out += _flags(page, quotes=False)
    out += _contact(page)
    out += _reasons(page, quotes=False)
    out += _footer(page)
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def full_html(page: Page, findings: list[tuple[str, list[tuple[str, list[tuple[str, str | None]]]]]],
              labels: dict[str, str]) -> str:
    """The full report: the summary, then every finding of each card with its evidence quotes,
    then every red flag with its quote. ``findings`` is [(card title, [(point, [(quote,
    section)])])]."""
    out = _head(f"{page.name} — {labels['full_title']}", page.ui_lang)
    out += _header(page)
    for (title, items), c in zip(findings, page.cards, strict=False):
        out += [
            f'<article class="card {esc(c.color)}" style="margin:1rem 0">',
            f'<h2><span aria-hidden="true">{STATUS_ICON.get(c.color, "")}</span>'
            f'<span class="title">{esc(title)}</span><span class="status">{esc(c.status)}</span></h2>',
            f'<p class="headline">{esc(c.headline)}</p>',
        ]
        for point, quotes in items:
            out.append(f"<ul><li><b>{esc(point)}</b></li></ul>")
            if quotes:
                out.append('<div class="evidence">')
                for q, section in quotes:
                    where = f" <small>({esc(labels['in_section'].format(section=section))})</small>" if section else ""
                    out.append(f'<span class="quote">{esc(page.quote(q))}{where}</span>')
                out.append("</div>")
        out.append("</article>")
    out += _flags(page, quotes=True)
    out += _contact(page)
    out += _reasons(page, quotes=True)
    out += _footer(page)
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)

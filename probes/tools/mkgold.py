#!/usr/bin/env python3
"""Build probes-gold/<slug>.json and probes/<lang>/<slug>.expected.md from probes/labels/<slug>.lab.

A .lab file: 'slug:', 'lang:', 'about:' lines, then one label a line:
    <field> <value> || <verbatim sentence> [|| note]
fields: collected shared_with sells_data retention_kinds retention_days rights red_flags
named_recipients contact_emails; '#' lines are kept as notes ("not labelled: ...").
Every quote must occur in the policy text (checked, whitespace-normalised)."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
FIELDS = ["collected", "shared_with", "sells_data", "retention_kinds", "retention_days", "rights",
          "red_flags", "named_recipients", "contact_emails"]

def ws(s): return re.sub(r"\s+", " ", s).strip()

def build(lab: Path) -> None:
    meta, labels, notes = {}, {f: [] for f in FIELDS}, []
    for line in lab.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            notes.append(line.lstrip("# ").rstrip()); continue
        m = re.match(r"(slug|lang|about):\s*(.*)", line)
        if m:
            meta[m.group(1)] = m.group(2); continue
        head, quote, *note = [p.strip() for p in line.split(" || ")]
        field, value = head.split(" ", 1)
        assert field in FIELDS, (lab, field)
        labels[field].append((value, quote, note[0] if note else ""))
    slug, lang = meta["slug"], meta["lang"]
    text = ws((ROOT / "probes" / lang / f"{slug}.txt").read_text(encoding="utf-8"))
    for f, items in labels.items():
        for value, quote, _ in items:
            if quote != "(nothing about selling)" and ws(quote) not in text:
                sys.exit(f"{slug}: quote for {f} {value} not in text: {quote}")
    gold = {"file": f"{lang}/{slug}.txt", "language": lang}
    for f in FIELDS:
        vals = [v for v, _, _ in labels[f]]
        if f == "sells_data":
            gold[f] = vals[0] if vals else "unstated"
        elif f == "retention_days":
            gold[f] = [float(v) if "." in v else int(v) for v in dict.fromkeys(vals)]
        else:
            gold[f] = list(dict.fromkeys(vals))
    (ROOT / "probes-gold" / f"{slug}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    out = [f"# {lang}/{slug}.txt — expected labels (written before the first run; corrections after it are marked \"corrected\")", "", meta.get("about", ""), ""]
    for f in FIELDS:
        out.append(f"## {f}")
        if f == "sells_data" and not labels[f]:
            out.append("- `unstated`: (nothing about selling)")
        for value, quote, note in labels[f]:
            out.append(f"- `{value}`: «{quote}»" + (f"\n  {note}" if note else ""))
        out.append("")
    corr = [n for n in notes if n.startswith("corrected after the first run")]
    seen = [n for n in notes if n.startswith("Seen, not fixed")]
    rest = [n for n in notes if n not in corr and n not in seen]
    if rest:
        out.append("## Not labelled / borderline")
        out += [f"- {n}" for n in rest]
        out.append("")
    out.append("## Labels corrected after the first run")
    out += [f"- {n.split(':', 1)[1].strip()}" for n in corr] or ["- none"]
    out.append("")
    out.append("## Seen, not fixed")
    out += [f"- {n.split(':', 1)[1].strip()}" for n in seen] or ["- nothing noted"]
    out.append("")
    (ROOT / "probes" / lang / f"{slug}.expected.md").write_text("\n".join(out), encoding="utf-8")

if __name__ == "__main__":
    for p in sys.argv[1:] or sorted((ROOT / "probes" / "labels").glob("*.lab")):
        build(Path(p))

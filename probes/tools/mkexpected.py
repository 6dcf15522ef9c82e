"""Write probes/<lang>/<slug>.expected.md from probes-gold/<slug>.json and a map label -> a
fragment of the sentence behind it (the whole line holding the fragment is quoted)."""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def line_of(text: str, frag: str) -> str:
    for line in text.splitlines():
        if frag in line:
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØ–•-])", line.strip()):
                if frag in sentence:
                    return sentence
            return line.strip()
    raise SystemExit(f"fragment not found: {frag!r}")


def write(slug: str, about: str, cites: dict, notes: list[str]) -> None:
    gold = json.loads((ROOT / "probes-gold" / f"{slug}.json").read_text(encoding="utf-8"))
    text = (ROOT / "probes" / gold["file"]).read_text(encoding="utf-8")
    out = [f"# {gold['file']} — expected labels (written before the first run)", "", about, ""]
    for field in ["collected", "shared_with", "sells_data", "retention_kinds", "retention_days", "rights",
                  "red_flags", "named_recipients", "contact_emails"]:
        out.append(f"## {field}")
        vals = gold[field] if isinstance(gold[field], list) else [gold[field]]
        if not vals:
            out.append("(none)")
        for v in vals:
            key = f"{field}:{v}"
            frag = cites.get(key)
            if frag is None and field in ("named_recipients", "contact_emails"):
                frag = str(v)
            if frag is None:
                raise SystemExit(f"{slug}: no citation for {key}")
            q = frag[1:] if frag.startswith("=") else line_of(text, frag)
            out.append(f"- `{v}`: «{q}»")
        out.append("")
    if notes:
        out.append("## Considered and not labelled / borderline")
        out += [f"- {n}" for n in notes]
        out.append("")
    (ROOT / "probes" / gold["file"]).with_suffix(".expected.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    sys.exit("import and call write()")

"""Build ``app/policylens/core/letters/authorities.json`` from ``../shared/data/supervisory-authorities/``.

The records are the Datenanfragen.de supervisory-authority database (CC0 1.0, see that folder's
SOURCE.md). Facts are copied as they are; PolicyLens adds, for Germany, which state each authority
covers (``state``, ISO 3166-2 subdivision) and its ``kind`` (federal, state, state-public, church,
broadcasting) so that the user can pick the state.

    python scripts/build_authorities.py [SOURCE_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "supervisory-authorities"
OUT = ROOT / "app" / "policylens" / "core" / "letters" / "authorities.json"
COMMIT = "0a29c3d6feee53b02e73204a3dbd312eafe56629"

# German records: slug -> (kind, state)
GERMANY = {
    "debfdi": ("federal", None),
    "debawueldb": ("state", "BW"),
    "debaylda": ("state", "BY"),  # private sector in Bavaria
    "debayldb": ("state-public", "BY"),  # Bavarian public bodies
    "deberlbdi": ("state", "BE"),
    "debralda": ("state", "BB"),
    "debrelfdi": ("state", "HB"),
    "dehmbbfdi": ("state", "HH"),
    "dehessbdi": ("state", "HE"),
    "demvldi": ("state", "MV"),
    "dendslfd": ("state", "NI"),
    "denrwldi": ("state", "NW"),
    "derlpbdi": ("state", "RP"),
    "desaarudz": ("state", "SL"),
    "desaechsdsb": ("state", "SN"),
    "desalbd": ("state", "ST"),
    "deshuld": ("state", "SH"),
    "detlfdi": ("state", "TH"),
    "deekdbfd": ("church", None),
    "dekathbayddsb": ("church", None),
    "dekathdsz": ("church", None),
    "dekathffdsz": ("church", None),
    "dekathnordddsb": ("church", None),
    "dekathostddsb": ("church", None),
    "derf": ("broadcasting", None),
    "derfdw": ("broadcasting", None),
}
FIELDS = ("slug", "relevant-countries", "name", "address", "phone", "fax", "email", "web", "webform",
          "complaint-language", "sources")


def build(source: Path) -> dict:
    records = []
    for path in sorted(source.glob("*.json")):
        if path.name.startswith("_"):
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        rec = {k: raw[k] for k in FIELDS if k in raw}
        countries = raw["relevant-countries"]
        if "de" in countries:
            kind, state = GERMANY[raw["slug"]]
            rec["kind"] = kind
            if state:
                rec["state"] = state
        else:
            rec["kind"] = "national"
        records.append(rec)
    return {
        "source": "Datenanfragen.de supervisory-authority database (github.com/datenanfragen/data, "
        f"folder supervisory-authorities/, commit {COMMIT}), CC0 1.0; German kinds and states added by PolicyLens",
        "authorities": records,
    }


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    data = build(source)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(data['authorities'])} authorities")
    return 0


if __name__ == "__main__":
    sys.exit(main())

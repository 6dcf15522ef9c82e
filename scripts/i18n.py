#!/usr/bin/env python3
"""Qt Linguist workflow for PolicyLens.

    python scripts/i18n.py update   # pyside6-lupdate: refresh i18n/policylens_<lang>.ts from the code
    python scripts/i18n.py check    # every entry translated, placeholders and mnemonics kept
    python scripts/i18n.py build    # pyside6-lrelease: compile them to i18n/policylens_<lang>.qm

``update`` collects ``self.tr(...)``, ``QCoreApplication.translate(ctx, ...)`` and the core's
``QT_TRANSLATE_NOOP(ctx, ...)`` markers. A plural text (``%n``) must be written with a number as
fourth argument — ``QT_TRANSLATE_NOOP(ctx, "%n day(s)", None, 1)``, ``translate(ctx, text, None, n)``,
``self.tr(text, "", n)`` — or lupdate does not make it a numerus entry. Entries whose text left the
code are dropped (``-no-obsolete``). The English catalogue is filled in here: every text as is,
plurals as singular and plural ("%n day(s)" → "%n day" / "%n days").

Translate the new entries of the other catalogues with Qt Linguist (``pyside6-linguist``) or a
text editor, then ``check``. The .qm files are build output (git-ignored); the wheel build
(setup.py) runs ``build`` too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("en", "fr", "sv", "de", "es")
SOURCES = ROOT / "app" / "policylens"
# plural forms per language (Qt's rules: fr counts 0 and 1 as singular; the others 1 only)
NUMERUS_FORMS = {"en": 2, "fr": 2, "sv": 2, "de": 2, "es": 2}

_ENGLISH_PLURAL = re.compile(r"(\w+)\(s\)")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%L?\d|%n")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_FKEY = re.compile(r"\bF\d{1,2}\b")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    scripts = Path(sysconfig.get_path("scripts")) / name
    if scripts.exists():
        return str(scripts)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources(root: Path = ROOT) -> list[str]:
    base = root / "app" / "policylens"
    return sorted(str(p.relative_to(root)) for p in base.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(lang: str) -> Path:
    return I18N / f"policylens_{lang}.ts"


def lupdate(ts: Path, lang: str, root: Path = ROOT) -> None:
    """Merge the texts of the code under ``root`` into ``ts`` (created when missing)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"), *sources(root), "-no-obsolete", "-locations", "absolute",
            "-source-language", "en", "-target-language", lang, "-ts", str(ts),
        ],
        check=True,
        cwd=root,
        stdout=subprocess.DEVNULL,
    )


# --------------------------------------------------------------------------------------------- .ts files


@dataclass
class Entry:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    numerus: bool
    translations: list[str]  # one, or one per plural form
    kind: str | None  # the translation's type attribute: None (finished), unfinished, vanished, obsolete
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def _parse(path: Path) -> ET.ElementTree:
    return ET.parse(path)  # noqa: S314  (the project's own catalogues)


def read_ts(path: Path) -> list[Entry]:
    out = []
    for ctx in _parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                texts, kind = [], "unfinished"
            elif numerus:
                texts, kind = [f.text or "" for f in tr.iter("numerusform")], tr.get("type")
            else:
                texts, kind = [tr.text or ""], tr.get("type")
            locs = [(loc.get("filename", ""), int(loc.get("line", "0"))) for loc in msg.iter("location")]
            source, comment = msg.findtext("source") or "", msg.findtext("comment") or ""
            out.append(Entry(name, source, numerus, texts, kind, comment, locs))
    return out


def ts_language(path: Path) -> str:
    return _parse(path).getroot().get("language", "")


def write_translations(path: Path, lang: str, found: Mapping[tuple[str, str], str | Sequence[str]]) -> int:
    """Set the translations ``found`` ((context, source) → text, or the plural forms) in ``path``,
    marking them finished, then let lupdate write the file in its own layout. Returns how many
    entries changed."""
    tree = _parse(path)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            if key not in found:
                continue
            value = found[key]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            for child in list(tr):
                tr.remove(child)
            if msg.get("numerus") == "yes":
                forms = [value] * NUMERUS_FORMS[lang] if isinstance(value, str) else list(value)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value if isinstance(value, str) else value[0]
            tr.attrib.pop("type", None)
            changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate(path, lang)  # back to lupdate's layout (and a check that it still reads the file)
    return changed


def english_forms(source: str) -> list[str]:
    """The English plural forms of a ``%n`` source: "%n day(s)" → ["%n day", "%n days"]."""
    return [_ENGLISH_PLURAL.sub(r"\1", source), _ENGLISH_PLURAL.sub(r"\1s", source)]


def fill_english(path: Path | None = None) -> int:
    """The English catalogue: every text as it is, plurals in their two forms."""
    path = path or ts_path("en")
    todo: dict[tuple[str, str], str | list[str]] = {}
    for e in read_ts(path):
        want: list[str] = english_forms(e.source) if e.numerus else [e.source]
        if e.kind is not None or e.translations != want:
            todo[e.key] = want
    return write_translations(path, "en", todo) if todo else 0


# --------------------------------------------------------------------------------------------- checks


def _tokens(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


def entry_problems(e: Entry, lang: str) -> list[str]:
    """What is wrong with one translated entry (empty list: nothing)."""
    where = f"{e.context!r} {e.source!r}"
    if e.kind in ("vanished", "obsolete"):
        return [f"{where}: {e.kind} (run update)"]
    problems = []
    if e.kind == "unfinished":
        problems.append(f"{where}: unfinished")
    if e.numerus and len(e.translations) != NUMERUS_FORMS[lang]:
        problems.append(f"{where}: {len(e.translations)} plural forms, {lang} has {NUMERUS_FORMS[lang]}")
    for text in e.translations or [""]:
        if not text.strip():
            problems.append(f"{where}: empty translation")
            continue
        want = _tokens(e.source)
        if e.numerus and "%n" not in want:
            want = sorted([*want, "%n"])
        if _tokens(text) != want:
            problems.append(f"{where}: placeholders {_tokens(text)} in {text!r}, the source has {want}")
        if _mnemonics(text) != _mnemonics(e.source):
            problems.append(f"{where}: {_mnemonics(text)} '&' mnemonics in {text!r}, the source {_mnemonics(e.source)}")
        if sorted(_TAG.findall(text)) != sorted(_TAG.findall(e.source)):
            problems.append(f"{where}: HTML tags differ in {text!r}")
        if sorted(_FKEY.findall(text)) != sorted(_FKEY.findall(e.source)):
            problems.append(f"{where}: function keys differ in {text!r}")
        if text.count("\n") != e.source.count("\n"):
            problems.append(f"{where}: line breaks differ in {text!r}")
        if e.source.endswith("…") != text.endswith("…"):
            problems.append(f"{where}: the ellipsis (…) of the source is not kept in {text!r}")
        if e.source.endswith(":") != text.endswith(":"):
            problems.append(f"{where}: the final colon of the source is not kept in {text!r}")
        if e.source[:1].isspace() != text[:1].isspace() or e.source[-1:].isspace() != text[-1:].isspace():
            problems.append(f"{where}: leading or trailing space differs in {text!r}")
    return problems


def ts_problems(path: Path) -> list[str]:
    lang = ts_language(path)
    out = [] if lang in NUMERUS_FORMS else [f"{path.name}: language {lang!r} in the header"]
    seen: set[tuple[str, str]] = set()
    for e in read_ts(path):
        if e.key in seen:
            out.append(f"{path.name}: {e.key} twice")
        seen.add(e.key)
        out += [f"{path.name}: {p}" for p in entry_problems(e, lang)]
    return out


def fresh_entries(root: Path = ROOT) -> list[Entry]:
    """What lupdate collects from the code right now (a new .ts in a temporary folder)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "policylens_xx.ts"
        lupdate(ts, "fr", root)
        return read_ts(ts)


def missing_from(path: Path, fresh: Iterable[Entry]) -> list[str]:
    """Texts of the code that the catalogue at ``path`` lacks (or has without the plural flag)."""
    have = {e.key: e for e in read_ts(path)}
    out = []
    for e in fresh:
        if e.key not in have:
            out.append(f"{path.name}: not in the catalogue: {e.key} (run update)")
        elif have[e.key].numerus != e.numerus:
            out.append(f"{path.name}: {e.key} is {'not ' if e.numerus else ''}plural in the catalogue (run update)")
    return out


# --------------------------------------------------------------------------------------------- commands


def update() -> None:
    for lang in LANGS:
        lupdate(ts_path(lang), lang)
    fill_english()
    for lang in LANGS:
        todo = [e for e in read_ts(ts_path(lang)) if e.kind == "unfinished"]
        print(f"{ts_path(lang).relative_to(ROOT)}: {len(read_ts(ts_path(lang)))} texts, {len(todo)} to translate")


def check() -> list[str]:
    fresh = fresh_entries()
    problems = []
    for lang in LANGS:
        path = ts_path(lang)
        if not path.exists():
            problems.append(f"{path.name} is missing (run update)")
            continue
        problems += ts_problems(path) + missing_from(path, fresh)
    return problems


def build(out_dir: Path = I18N) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(I18N.glob("policylens_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            made.append(qm)
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "update":
        update()
    elif cmd == "check":
        found = check()
        print("\n".join(found) or "all catalogues complete")
        sys.exit(1 if found else 0)
    elif cmd == "build":
        for qm in build():
            print(qm.relative_to(ROOT))
    else:
        raise SystemExit(__doc__)

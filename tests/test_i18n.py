"""UI languages (en, fr, sv, de, es): the Qt catalogues in i18n/ are complete and match the code,
every user-visible string of the window and the exports goes through translation, and the CLI and
the exports say everything in the UI language — whatever the policy's language.

The catalogues are checked with the functions of ``scripts/i18n.py`` (also ``i18n.py check``)."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
TARGETS = ("fr", "sv", "de", "es")

_spec = importlib.util.spec_from_file_location("policylens_i18n_script", ROOT / "scripts" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = i18n  # dataclasses look their module up
_spec.loader.exec_module(i18n)


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list]:
    return {lang: i18n.read_ts(i18n.ts_path(lang)) for lang in i18n.LANGS}


@pytest.fixture(scope="module")
def fresh() -> list:
    """What pyside6-lupdate collects from the code now (into a temporary .ts)."""
    return i18n.fresh_entries()


@pytest.fixture(scope="module")
def qm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues compiled with pyside6-lrelease, into a temporary folder."""
    out = tmp_path_factory.mktemp("qm")
    return {p.stem.removeprefix("policylens_"): p for p in i18n.build(out)}


def translator(path: Path):  # -> QTranslator (QtCore only, no application needed)
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(str(path)), path
    return t


# ------------------------------------------------------------------------------- the catalogues


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    """No unfinished, empty or obsolete entry; placeholders, %n, &-mnemonics, F-keys, line breaks,
    ellipses, final colons and plural forms as in the source."""
    path = i18n.ts_path(lang)
    assert path.exists(), f"{path.name} missing: python scripts/i18n.py update"
    assert i18n.ts_language(path) == lang
    assert i18n.ts_problems(path) == []


def test_the_check_catches_bad_translations() -> None:
    E = i18n.Entry

    def problems(source: str, texts: list[str], numerus: bool = False, kind: str | None = None) -> list[str]:
        return i18n.entry_problems(E("ctx", source, numerus, texts, kind), "fr")

    assert problems("Open {name}", ["Ouvrir {name}"]) == []
    assert problems("Open {name}", ["Ouvrir {nom}"])
    assert problems("Open {name}", ["Ouvrir"])
    assert problems("&File", ["Fichier"])
    assert problems("&File", ["&Fi&chier"])
    assert problems("&Open…", ["&Ouvrir"])
    assert problems("Format:", ["Format"])
    assert problems(" (installed)", ["(installé)"])
    assert problems("Next (F8)", ["Suivant (F9)"])
    assert problems("{a}\n{b}", ["{a} {b}"])
    assert problems("Open", [""])
    assert problems("Open", ["Ouvrir"], kind="unfinished")
    assert problems("Open", ["Ouvrir"], kind="vanished")
    assert problems("%n day(s)", ["%n jour", "%n jours"], numerus=True) == []
    assert problems("%n day(s)", ["un jour", "%n jours"], numerus=True)
    assert problems("%n day(s)", ["%n jours"], numerus=True)
    assert problems("%n day(s)", ["%n jour", ""], numerus=True)


def test_every_text_of_the_code_is_in_the_catalogues(fresh: list) -> None:
    """lupdate finds nothing new (run ``python scripts/i18n.py update`` and translate)."""
    assert fresh, "lupdate found no texts at all"
    for lang in i18n.LANGS:
        assert i18n.missing_from(i18n.ts_path(lang), fresh) == []


def test_lupdate_reads_no_context_as_a_text(fresh: list) -> None:
    """``tr("ctx", text)`` through a variable named ``tr`` makes lupdate take "ctx" for a source
    text (with no context): call such functions by another name (``say``)."""
    assert [(e.source, e.locations) for e in fresh if not e.context] == []


def _markers() -> dict[tuple[str, str], tuple[str, bool]]:
    """Every marked text in the code, found by reading it: QT_TRANSLATE_NOOP(ctx, text[, None, n]),
    translate(ctx, text[, None, n]) and self.tr(text[, disambiguation, n]) in a class."""
    found: dict[tuple[str, str], tuple[str, bool]] = {}

    def literal(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    for path in sorted((ROOT / "app" / "policylens").rglob("*.py")):
        where = str(path.relative_to(ROOT))

        def visit(node: ast.AST, cls: str | None, where: str = where) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call):
                    fn = child.func
                    name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
                    args = child.args
                    if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2:
                        ctx, text = literal(args[0]), literal(args[1])
                        if ctx is not None and text is not None:
                            found[(ctx, text)] = (f"{where}:{child.lineno}", len(args) >= 4)
                    elif name == "tr" and isinstance(fn, ast.Attribute) and args and cls:
                        text = literal(args[0])
                        if text is not None:
                            found[(cls, text)] = (f"{where}:{child.lineno}", len(args) >= 3)
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_lupdate_sees_every_marker(fresh: list) -> None:
    """Nothing marked in the code escapes lupdate, and every ``%n`` text is a plural entry."""
    seen = {e.key: e for e in fresh}
    markers = _markers()
    assert len(markers) > 300
    assert {k: v for k, v in markers.items() if k not in seen} == {}
    not_plural = [(k, markers[k][0]) for k in markers if "%n" in k[1] and not seen[k].numerus]
    assert not_plural == [], "write QT_TRANSLATE_NOOP(ctx, text, None, 1) / translate(ctx, text, None, n)"
    assert [e.key for e in fresh if e.numerus and "%n" not in e.source] == []


def test_english_catalogue_resolves_plurals(catalogues: dict[str, list]) -> None:
    from policylens.core.wording import english

    plurals = [e for e in catalogues["en"] if e.numerus]
    assert len(plurals) >= 10
    for e in plurals:
        assert e.translations == i18n.english_forms(e.source)
        for n, form in ((1, e.translations[0]), (2, e.translations[1])):
            assert "(s)" not in form
            assert form.replace("%n", str(n)) == english(e.source, n)
    assert [e.key for e in catalogues["en"] if not e.numerus and e.translations != [e.source]] == []


def test_plural_forms_follow_each_language(catalogues: dict[str, list], qm: dict[str, Path]) -> None:
    """The compiled catalogues pick the right plural form: French counts 0 and 1 as singular."""
    for lang in TARGETS:
        t = translator(qm[lang])
        for e in catalogues[lang]:
            if not e.numerus:
                continue
            one, many = e.translations
            assert t.translate(e.context, e.source, None, 1) == one
            assert t.translate(e.context, e.source, None, 7) == many
            assert t.translate(e.context, e.source, None, 0) == (one if lang == "fr" else many)


def test_every_taxonomy_id_has_a_label_in_every_language(qm: dict[str, Path]) -> None:
    from policylens.core import taxonomy
    from policylens.core import wording as W

    tables = {
        "collected": [("collected", W.COLLECTED_LABELS)],
        "shared_with": [("shared", W.RECIPIENT_LABELS)],
        "retention_kinds": [("retention", W.RETENTION_LABELS)],
        "rights": [("rights", W.RIGHT_LABELS)],
        "red_flags": [("flags", W.FLAG_TITLES), ("flags", W.FLAG_EXPLANATIONS)],
        "sells_data": [("sells", W.SELLS_WORDS)],
        "cards": [("cards", W.CARD_TITLES)],
    }
    wanted: list[tuple[str, str]] = []
    for field, pairs in tables.items():
        ids = [i for i in taxonomy.ids(field) if i != "colors"]
        assert ids, field
        for context, table in pairs:
            assert [i for i in ids if i not in table] == [], f"{field}: no English label"
            wanted += [(context, table[i]) for i in ids]
    colors = list(taxonomy.taxonomy()["cards"]["colors"])
    assert [c for c in colors if c not in W.STATUS_WORDS] == []
    wanted += [("status", W.STATUS_WORDS[c]) for c in colors]
    wanted += [("severity", W.SEVERITY_WORDS[taxonomy.severity(f)]) for f in taxonomy.RED_FLAGS]
    wanted += [("languages", name) for name in W.LANGUAGE_NAMES.values()]
    for lang in TARGETS:
        t = translator(qm[lang])
        untranslated = [(c, s) for c, s in wanted if t.translate(c, s, None, -1) in ("", s)]
        # a few language names are the same word everywhere
        assert [x for x in untranslated if x[1] not in ("Hindi",)] == [], lang


def test_qt_translates_its_own_dialogs_too() -> None:
    """qtbase_<lang>.qm (standard buttons, file dialogs) ships with PySide6-Essentials."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    cancel = {"fr": "Annuler", "sv": "Avbryt", "de": "Abbrechen", "es": "Cancelar"}
    for lang in TARGETS:
        t = QTranslator()
        assert t.load(f"qtbase_{lang}", where), f"no qtbase_{lang}.qm in {where}"
        assert t.translate("QPlatformTheme", "Cancel", None, -1) == cancel[lang]


def test_compiled_catalogues_ship_with_the_package() -> None:
    """setup.py compiles them into the wheel (tests/test_wheel.py installs one); the editable
    install finds them after ``scripts/i18n.py build`` (scripts/setup.sh runs it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tool = project["tool"]["setuptools"]
    assert tool["package-dir"]["policylens.i18n"] == "i18n"
    assert "policylens.i18n" in tool["packages"]
    assert "*.qm" in tool["package-data"]["policylens.i18n"]
    assert "i18n.py" in (ROOT / "setup.py").read_text(encoding="utf-8")
    assert "i18n/*.qm" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    i18n.build()
    from policylens import tr

    for lang in i18n.LANGS:
        path = tr.qm_path(lang)
        assert path is not None and Path(path).is_file(), lang


# ------------------------------------------------------------------------------- no bypass

# methods and widgets that show their text arguments to people
SHOWN_BY = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "addAction", "addMenu", "setTitle",
    "setLabelText", "setInformativeText", "setDetailedText", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addItem", "addItems", "insertItem", "setTabText", "setItemText", "setButtonText",
    "setCancelButtonText", "setFormat", "addButton", "addTab", "addRow", "setSpecialValueText", "setSuffix",
    "setPrefix", "information", "warning", "critical", "question", "about", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "setNameFilter", "setNameFilters",
    "setPlainText", "setHtml", "setMarkdown", "setWindowIconText",
    "QLabel", "QPushButton", "QAction", "QMenu", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMessageBox", "QCommandLinkButton", "QProgressDialog", "QDockWidget", "QTreeWidgetItem",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QWidgetAction",
}
# where the shown text is, for calls that also take data: QComboBox.addItem([icon,] text, data)
DATA_AFTER_TEXT = {"addItem": 0, "insertItem": 1}
# calls whose result is already in the UI language
TRANSLATING = {"tr", "translate", "ui_tr", "label", "say", "_t", "plural", "render", "error_text", "error_in_ui"}
WORDS = re.compile(r"[^\W\d_]{2,}")
# literal pieces that are not words for people (format-only strings pass the WORDS test anyway)
ALLOWED = {"PolicyLens", "PDF", "HTML", "PNG", "Markdown", "Qt", "PySide6"}


def _literals(node: ast.AST) -> list[str]:
    """The string literals that reach the screen through ``node`` (not those inside translating calls)."""
    out: list[str] = []

    def walk(n: ast.AST) -> None:
        if isinstance(n, ast.Call):
            fn = n.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            if name in TRANSLATING:
                return
            if isinstance(fn, ast.Attribute) and name == "format":  # "literal {x}".format(...)
                walk(fn.value)
                for a in [*n.args, *(k.value for k in n.keywords)]:
                    walk(a)
            elif isinstance(fn, ast.Attribute) and name == "join":
                for a in n.args:
                    walk(a)
            return  # any other call computes its text (names, paths, numbers)
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            out.append(n.value)
        elif isinstance(n, ast.JoinedStr):
            for v in n.values:
                if isinstance(v, ast.Constant):
                    out.append(str(v.value))
                else:
                    walk(v)
        elif isinstance(n, ast.FormattedValue):
            walk(n.value)
        elif isinstance(n, ast.BinOp | ast.IfExp | ast.BoolOp | ast.List | ast.Tuple):
            for child in ast.iter_child_nodes(n):
                walk(child)

    walk(node)
    return [s for s in out if any(w not in ALLOWED for w in WORDS.findall(s))]


def bypasses(source: str, name: str = "<code>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        called = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
        if called not in SHOWN_BY:
            continue
        args = list(node.args)
        if called in DATA_AFTER_TEXT and args:  # addItem(text, data), addItem(icon, text, data)
            args = args[: DATA_AFTER_TEXT[called] + (1 if len(args) > DATA_AFTER_TEXT[called] + 2 else 0) + 1]
        for arg in [*args, *(k.value for k in node.keywords if k.arg not in ("objectName", "userData"))]:
            found += [f"{name}:{node.lineno}: {called}({text!r})" for text in _literals(arg)]
    return found


def test_the_bypass_scan_catches_untranslated_strings() -> None:
    bad = """
label.setText("Open a file")
QPushButton("Cancel", self)
box.setWindowTitle(f"About {APP}")
bar.showMessage("Saved " + name)
act = QAction("&Quit" if x else self.tr("&Quit"), self)
QMessageBox.warning(self, "Error", text)
combo.addItem("Letter", "letter")
combo.addItem(icon, "Letter", "letter")
"""
    assert len(bypasses(bad)) == 8
    good = """
label.setText(self.tr("Open a file"))
QPushButton(self.tr("Cancel"), self)
box.setWindowTitle(self.tr("About {app}").format(app=APP))
bar.showMessage("")
self.count.setText("…")
act = QAction(f"{language_name(code)} ({code})", group)
lab = QLabel("›", b)
w.setWindowTitle(APP_NAME)
m.addAction(sample_title(path))
x.setToolTip(ui["why"] + "\\n" + "\\n".join(reasons))
combo.addItem(_t("letter"), "letter")
combo.addItem(icon, _t("letter"), "letter")
"""
    assert bypasses(good) == []


def test_ui_strings_go_through_translation() -> None:
    files = [
        *sorted((ROOT / "app" / "policylens" / "ui").glob("*.py")),
        ROOT / "app" / "policylens" / "gui.py",
        *sorted((ROOT / "app" / "policylens" / "export").glob("*.py")),
    ]
    found = []
    for path in files:
        found += bypasses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "wrap these in self.tr() / QCoreApplication.translate()"


# ------------------------------------------------------------------------------- what people read

# A summary with every message of the core (all labels, flags, warnings, grade reasons, periods),
# rendered in each UI language by the CLI's terminal view and Markdown and by the exports.
RENDER_ALL = r"""
import io, json, re, sys
from contextlib import redirect_stdout
from policylens import cli
from policylens.core import analyze as A, taxonomy as T, wording as W
from policylens.core.loaders import load_path
from policylens.core.models import Collected, LanguagePart, Note, Right, RedFlag, RetentionKindFinding, Sale, Shared
from policylens.export import render as export
from policylens.render import render_markdown, render_terminal
from pypdf import PdfReader

path = sys.argv[1]
doc = load_path(path)
s = A.analyze(doc)
ev = s.all_evidence()[:1]
s.collected = [Collected(category=c, items=[], evidence=ev) for c in T.COLLECTED]
s.shared_with = [Shared(recipient=r, names=["Acme"] if r == "advertisers" else [], evidence=ev) for r in T.SHARED_WITH]
s.retention.kinds = list(T.RETENTION_KINDS)
s.retention.kind_evidence = [RetentionKindFinding(kind=k, evidence=ev) for k in T.RETENTION_KINDS]
s.rights = [Right(right=r, evidence=ev) for r in T.RIGHTS]
s.sale = Sale(value="no", evidence=ev)
s.red_flags = [RedFlag(id=f, severity=T.severity(f), evidence=ev) for f in T.RED_FLAGS]
s.contact.phones, s.contact.urls, s.contact.postal_address = ["+46 8 123 456"], ["https://example.se/integritet"], True
s.retention.kinds.remove("indefinite")  # else the headline does not show the longest period
s.cards = A.make_cards(s)
s.grade = A.make_grade(s)
s.notes = [Note(id=k) for k in ("low_confidence", "translated", "short")]
s.notes.append(Note(id="unsupported", language="ru"))
s.notes.append(Note(id="mixed", parts=[LanguagePart(code="sv", share=0.6), LanguagePart(code="en", share=0.4)]))

out = {"policy": doc.text}
for lang in ("en", "fr", "sv", "de", "es"):
    texts = [render_terminal(s, lang), render_markdown(s, lang)]
    for fmt, full in (("md", False), ("md", True), ("html", False), ("pdf", False)):
        data = export(s, fmt, paper="a4", ui_lang=lang, full=full)
        if fmt == "pdf":
            texts.append("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))
        elif fmt == "html":
            html = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", data.decode())
            texts.append(re.sub(r"<[^>]+>", " ", html))
        else:
            texts.append(data.decode())
    out[lang] = texts
for lang in ("sv", "fr", "de", "es"):  # the real command line: policylens analyze FILE --ui-lang xx
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = cli.main(["analyze", path, "--ui-lang", lang])
    out[lang].append(buf.getvalue())
    out[f"cli_{lang}"] = [buf.getvalue(), code]
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def rendered() -> dict:
    r = subprocess.run(
        [sys.executable, "-c", RENDER_ALL, str(SAMPLES / "sv-orange-music.txt")],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    return json.loads(r.stdout)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)}


@pytest.mark.parametrize("lang", TARGETS)
def test_summaries_and_exports_have_no_english_left(lang: str, rendered: dict, catalogues: dict) -> None:
    """No word of the English catalogue that is not also a word of the language (or of the
    policy) appears in the terminal summary, the Markdown, the one-page and full exports."""
    english = set().union(*(_words(" ".join(e.translations)) for e in catalogues["en"]))
    native = set().union(*(_words(" ".join(e.translations)) for e in catalogues[lang]))
    suspicious = english - native - _words(rendered["policy"])
    assert len(suspicious) > 300
    for i, text in enumerate(rendered[lang]):
        assert text.strip()
        assert sorted(_words(text) & suspicious) == [], (lang, i)
        assert i >= len(rendered["en"]) or text != rendered["en"][i]


def test_summaries_name_languages_dates_and_periods_in_the_ui_language(rendered: dict) -> None:
    terminal = {lang: texts[0] for lang, texts in rendered.items() if lang in ("en", *TARGETS)}
    assert "Language: Swedish · Updated: 2024-01-15" in terminal["en"]
    assert "Langue\u00a0: suédois · Mise à jour\u00a0: 15 janvier 2024" in terminal["fr"]
    assert "Språk: svenska · Uppdaterad: 15 januari 2024" in terminal["sv"]
    assert "Sprache: Schwedisch · Aktualisiert: 15. Januar 2024" in terminal["de"]
    assert "Idioma: sueco · Actualizada: 15 de enero de 2024" in terminal["es"]
    assert "Kept up to 2 years" in terminal["en"]
    assert "Conservées jusqu'à 2 ans" in terminal["fr"]
    assert "Sparas i upp till 2 år" in terminal["sv"]
    assert "Bis zu 2 Jahre gespeichert" in terminal["de"]
    assert "Se conservan hasta 2 años" in terminal["es"]
    assert "1 day" in terminal["en"] and "1 jour" in terminal["fr"] and "1 Tag" in terminal["de"]
    assert "The policy mixes languages: Swedish 60%, English 40%." in terminal["en"]
    assert "Policyn blandar språk: svenska 60\u00a0%, engelska 40\u00a0%." in terminal["sv"]
    assert "(russe)" in terminal["fr"] and "från ryska till engelska" in terminal["sv"]
    why = {lang: texts[1] for lang, texts in rendered.items() if lang in ("en", *TARGETS)}
    assert "Sells your data (High): −15" in why["en"]
    assert "Vend vos données (Élevée)\u00a0: −15" in why["fr"]
    assert "Nämner 12 rättigheter du kan utöva: +5" in why["sv"]


@pytest.mark.parametrize(("lang", "words"), [("sv", ("Insamlade uppgifter", "Dina rättigheter", "Betyg")),
                                            ("fr", ("Données collectées", "Vos droits", "Note")),
                                            ("de", ("Erfasste Daten", "Ihre Rechte", "Note")),
                                            ("es", ("Datos recopilados", "Tus derechos", "Nota"))])
def test_cli_analyze_with_ui_lang(rendered: dict, lang: str, words: tuple[str, ...]) -> None:
    out, code = rendered[f"cli_{lang}"]
    assert code == 0
    assert all(w in out for w in words)
    assert "What's collected" not in out and "Your rights" not in out


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
        ({"LANGUAGE": "pt:es", "LANG": "pt_BR.UTF-8"}, "es"),  # the first language PolicyLens speaks
        ({"LANGUAGE": "fr_CA", "LANG": "es_MX.UTF-8"}, "fr"),
        ({"LANG": "de_AT@euro"}, "de"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
    ],
)
def test_first_start_follows_the_system_language(monkeypatch: pytest.MonkeyPatch, env: dict, lang: str) -> None:
    import locale

    from policylens import tr

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    assert tr.system_ui_language() == lang


# ------------------------------------------------------------------------------- the window


def _mnemonic_clashes(bar) -> list[str]:
    """Alt+letter keys used twice in the menu bar or in one menu (submenus included)."""
    from PySide6.QtWidgets import QMenu

    def key(text: str) -> str | None:
        m = re.search(r"&([^&\s])", text.replace("&&", ""))
        return m.group(1).casefold() if m else None

    clashes = []

    def check(actions: list, where: str) -> None:
        seen: dict[str, str] = {}
        for act in actions:
            if act.isSeparator() or not act.isVisible():
                continue
            k = key(act.text())
            if k is not None and k in seen:
                clashes.append(f"{where}: {seen[k]!r} and {act.text()!r}")
            if k is not None:
                seen[k] = act.text()
            sub = act.menu()
            if isinstance(sub, QMenu):
                check(sub.actions(), act.text())

    check(bar.actions(), "menu bar")
    return clashes


@pytest.mark.gui
def test_view_language_retranslates_the_window(qtbot) -> None:
    """View > Language with the real catalogues: menus, cards, the translation actions and Qt's
    own buttons change language at once; the open policy stays; the choice is kept."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    import policylens.ui  # noqa: F401  (first)
    from policylens import tr
    from policylens.ui import translation
    from policylens.ui.mainwindow import MainWindow

    i18n.build()
    QSettings("PolicyLens", "PolicyLens").clear()
    tr.install("en")
    w = MainWindow()
    qtbot.addWidget(w)
    w.quiet = True
    controller = translation.install(w)
    try:
        w.open_path(str(SAMPLES / "fr-genletter.txt"), wait=True)
        summary, doc = w.summary, w.document
        assert summary is not None
        assert w.menu("file").title() == "&File"
        w.lang_actions["sv"].trigger()
        # the window retranslates at once; other widgets on Qt's (posted) LanguageChange event
        qtbot.waitUntil(lambda: controller.act_show.text() == "Visa &översättning", timeout=10_000)
        assert w.menu("file").title() == "&Arkiv"
        assert w.menu("view").title() == "&Visa"
        assert w.summary_view.cards[0].title.text() == "Insamlade uppgifter"
        assert controller.act_show.text() == "Visa &översättning"
        assert controller.act_packages.text() == "&Språkpaket…"
        assert controller.dock.windowTitle() == "Översättning"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert QSettings("PolicyLens", "PolicyLens").value("ui/language") == "sv"
        assert w.summary is summary and w.document is doc
        titles = {"fr": "Traduction", "de": "Übersetzung", "es": "Traducción", "sv": "Översättning"}
        titles["en"] = "Translation"
        for lang in ("fr", "de", "es", "sv", "en"):
            w.lang_actions[lang].trigger()
            qtbot.waitUntil(lambda lang=lang: controller.dock.windowTitle() == titles[lang], timeout=10_000)
            assert _mnemonic_clashes(w.menuBar()) == [], lang
        assert w.menu("file").title() == "&File"
        assert w.summary_view.cards[0].title.text() == "What's collected"
        assert controller.act_show.text() == "Show &Translation"
    finally:
        tr.install("en")
        QSettings("PolicyLens", "PolicyLens").clear()
        w.shutdown(10_000)
        w.close()

"""``policylens translate``, ``policylens packs`` and ``policylens analyze`` through English, with
the tiny packages; document translation keeps the block structure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.cli import main
from policylens.core.loaders import load_text
from policylens.translate import analysis, packages
from policylens.translate.document import sentences_of, split_marker, translate_document
from policylens.translate.engine import Engine, normalise, shared_engine


@pytest.fixture
def ru_file(tmp_path: Path, ru_policy: str) -> Path:
    p = tmp_path / "ru.txt"
    p.write_text(ru_policy, encoding="utf-8")
    return p


def _seed_english(info: packages.PackageInfo, ru_en: dict[str, str], engine: Engine) -> None:
    """Put real English translations of the Russian sentences in the cache, under the installed
    package's key — the cache then answers exactly as if the package had translated them."""
    assert engine.cache is not None
    engine.cache.put_many(engine.cache_key(info), [(normalise(k), v) for k, v in ru_en.items()])


# ---------------------------------------------------------------------------------------------
# documents


def test_document_translation_keeps_blocks(built, ru_policy: str, engine) -> None:
    packages.install_archive(built.get("ru_en"))
    doc = load_text(ru_policy, name="ru.txt")
    result = translate_document(doc, "en", "ru", engine=engine)
    blocks = result.blocks()
    assert len(blocks) == len(doc.blocks)
    assert [b.original for b in blocks] == [doc.block_text(b).strip() for b in doc.blocks]
    assert all(b.translation for b in blocks)
    assert result.text().count("\n\n") == len(doc.blocks) - 1
    # list markers and clause numbers are kept, not translated
    assert blocks[1].translation.startswith("1. ")
    assert split_marker("1. Какие данные") == ("1. ", "Какие данные")
    assert split_marker("• item") == ("• ", "item")
    assert split_marker("Мы") == ("", "Мы")


def test_document_language_is_detected(built, ru_policy: str, engine) -> None:
    packages.install_archive(built.get("ru_en"))
    result = translate_document(load_text(ru_policy), "en", engine=engine)
    assert result.from_code == "ru" and result.packages == ["translate-ru_en-1_0"]


# ---------------------------------------------------------------------------------------------
# the translate command


def test_translate_prints_paragraphs_with_progress(built, ru_file: Path, capsys) -> None:
    packages.install_archive(built.get("ru_en"))
    assert main(["translate", str(ru_file), "--to", "en", "--from", "ru"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n\n") == 10 and out.endswith("\n")
    assert "translating:" in err and "/14 sentences" in err


def test_translate_to_file_atomically_and_no_overwrite(built, ru_file: Path, tmp_path: Path, capsys) -> None:
    packages.install_archive(built.get("ru_en"))
    out = tmp_path / "en.txt"
    assert main(["translate", str(ru_file), "--to", "en", "-o", str(out), "-q"]) == 0
    first = out.read_text(encoding="utf-8")
    assert first.strip()
    out.write_text("keep me", encoding="utf-8")
    assert main(["translate", str(ru_file), "--to", "en", "-o", str(out), "-q"]) == 2
    assert "exists; add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["translate", str(ru_file), "--to", "en", "-o", str(out), "-q", "--force"]) == 0
    assert out.read_text(encoding="utf-8") == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["en.txt", "ru.txt"]  # no temporary file left


def test_translate_without_package_says_which(ru_file: Path, capsys) -> None:
    assert main(["translate", str(ru_file), "--to", "de"]) == 3
    err = capsys.readouterr().err
    assert "No translation package from Russian to German is installed" in err
    assert "policylens packs install FILE.argosmodel" in err and "policylens packs download ru de" in err


def test_translate_pivot(built, ru_file: Path, capsys) -> None:
    packages.install_archive(built.get("ru_en"))
    packages.install_archive(built.get("en_fr"))
    assert main(["translate", str(ru_file), "--to", "fr", "-q"]) == 0
    assert capsys.readouterr().out.strip()


def test_translate_missing_file(capsys, tmp_path: Path) -> None:
    assert main(["translate", str(tmp_path / "nope.txt"), "--to", "en"]) == 3
    assert "does not exist" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# packs


def test_packs_install_list_remove(built, capsys) -> None:
    assert main(["packs", "list"]) == 0
    assert "No translation packages installed" in capsys.readouterr().out
    assert main(["packs", "install", str(built.get("ru_en"))]) == 0
    assert "Installed ru → en (version 1.0)" in capsys.readouterr().out
    assert main(["packs", "list"]) == 0
    assert "ru → en" in capsys.readouterr().out
    assert main(["packs", "remove", "ru", "en"]) == 0
    assert main(["packs", "remove", "ru", "en"]) == 3
    assert "No package from ru to en is installed" in capsys.readouterr().err


def test_packs_install_bad_file(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "x.argosmodel"
    bad.write_text("nope")
    assert main(["packs", "install", str(bad)]) == 3
    assert "x.argosmodel is not a usable translation package: it is not a zip archive" in capsys.readouterr().err


MESSAGE = (
    "The package index cannot be reached (offline?). Install a package from a file: "
    "policylens packs install FILE.argosmodel"
)


@pytest.mark.parametrize("argv", [["packs", "available"], ["packs", "download", "ru", "en", "-q"]])
def test_offline_index_commands_exit_3(argv, argos_settings, closed_url: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr(argos_settings, "remote_package_index", closed_url + "index.json")
    assert main(argv) == 3
    assert capsys.readouterr().err.strip() == f"policylens: {MESSAGE}"
    assert packages.installed_packages() == []


def test_packs_available_and_download(argos_settings, index_server, built, monkeypatch, capsys) -> None:
    index_server.routes["/ru_en.argosmodel"] = built.get("ru_en").read_bytes()
    index_server.routes["/index.json"] = json.dumps([{
        "package_version": "1.0", "from_code": "ru", "to_code": "en", "from_name": "Russian",
        "to_name": "English", "links": [f"{index_server.url}/ru_en.argosmodel"],
    }]).encode()
    monkeypatch.setattr(argos_settings, "remote_package_index", index_server.url + "/index.json")
    assert main(["packs", "available"]) == 0
    assert "ru → en  Russian → English  version 1.0" in capsys.readouterr().out
    assert main(["packs", "download", "ru", "en"]) == 0
    out, err = capsys.readouterr()
    assert "Installed ru → en" in out and "bytes" in err
    assert [p.pair for p in packages.installed_packages()] == [("ru", "en")]


# ---------------------------------------------------------------------------------------------
# analysis through English


def test_analysis_through_english_quotes_the_original(built, ru_policy: str, ru_en, engine) -> None:
    info = packages.install_archive(built.get("ru_en"))
    _seed_english(info, ru_en, engine)
    doc = load_text(ru_policy, name="ru.txt")
    summary = analysis.analyze_via_english(doc, "ru", engine=engine)
    assert summary.language.code == "ru" and summary.language.analysed_as == "en"
    assert summary.language.name == "Russian"
    assert summary.source.characters == len(doc.text)
    assert summary.notes[0].id == "translated"
    assert summary.grade.status == "graded" and summary.grade.letter is not None
    assert {c.category for c in summary.collected} >= {"contact", "device"}
    assert {r.right for r in summary.rights} >= {"access", "erasure"}
    assert summary.sells_data == "no"
    assert [p.days for p in summary.retention.periods] == [730]
    evidence = summary.all_evidence()
    assert evidence
    original_sentences = {doc.text[s.start : s.end] for s in sentences_of(doc, "ru")}
    for ev in evidence:
        assert doc.text[ev.start : ev.end] == ev.quote
        assert ev.quote in original_sentences
        assert any("\u0400" <= ch <= "\u04ff" for ch in ev.quote)  # Cyrillic: the original, not English
        if ev.section is not None:
            assert ev.section in doc.text
    rights = next(r for r in summary.rights if r.right == "erasure")
    assert rights.evidence[0].quote.startswith("Вы имеете право")
    assert rights.evidence[0].section == "4. Ваши права"


def test_cli_analyze_uses_the_english_path(built, ru_file: Path, ru_en, capsys) -> None:
    info = packages.install_archive(built.get("ru_en"))
    _seed_english(info, ru_en, shared_engine())
    assert main(["analyze", "--json", str(ru_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"]["code"] == "ru" and data["language"]["analysed_as"] == "en"
    text = ru_file.read_text(encoding="utf-8")
    quotes = [ev for c in data["collected"] for ev in c["evidence"]]
    assert quotes and all(text[q["start"] : q["end"]] == q["quote"] for q in quotes)
    assert data["grade"]["status"] == "graded" and data["grade"]["letter"] in "ABCDE"


def test_cli_export_uses_the_english_path_too(built, ru_file: Path, ru_en, tmp_path: Path, capsys) -> None:
    """One pipeline: what analyze grades through English, export grades the same way."""
    info = packages.install_archive(built.get("ru_en"))
    _seed_english(info, ru_en, shared_engine())
    assert main(["analyze", "--json", str(ru_file)]) == 0
    letter = json.loads(capsys.readouterr().out)["grade"]["letter"]
    out = tmp_path / "ru.md"
    assert main(["export", str(ru_file), "-o", str(out)]) == 0
    md = out.read_text(encoding="utf-8")
    assert f"**Grade: {letter}**" in md
    assert "not graded" not in md


def test_cli_analyze_without_package_stays_unsupported(ru_file: Path, capsys) -> None:
    assert main(["analyze", "--json", str(ru_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"]["code"] == "ru" and data["language"]["analysed_as"] is None
    assert "cannot analyse directly" in data["warnings"][0]
    # no letter the reader is not shown
    assert data["grade"] | {"status": "unsupported_language", "letter": None, "score": None} == data["grade"]


def test_can_analyse_is_cheap_and_right(built) -> None:
    assert not analysis.can_analyse("ru")
    packages.install_archive(built.get("ru_en"))
    assert analysis.can_analyse("ru")
    assert not analysis.can_analyse("fr")  # has its own rule pack
    assert not analysis.can_analyse("en")


class _Dictionary:
    """A stand-in engine translating by a dictionary (for the evidence mapping alone)."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def route(self, f: str, t: str) -> list[object]:
        return []

    def translate(self, sentences, f, t, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        return [self.table[normalise(s)] for s in sentences]


def test_one_original_sentence_translated_as_two(ru_en) -> None:
    """When a translation splits a sentence in two, both English sentences point at the one
    original, and its evidence is not repeated."""
    table = {normalise(k): v for k, v in ru_en.items()}
    key = normalise("Вы имеете право на доступ, исправление и удаление ваших персональных данных.")
    table[key] = (
        "You have the right to access your personal data. You have the right to delete your personal data."
    )
    text = "Ваши права\n\n" + "Вы имеете право на доступ, исправление и удаление ваших персональных данных.\n"
    table[normalise("Ваши права")] = "Your rights"
    doc = load_text(text)
    summary = analysis.analyze_via_english(doc, "ru", engine=_Dictionary(table), require_policy=False)  # type: ignore[arg-type]
    access = next(r for r in summary.rights if r.right == "access")
    erasure = next(r for r in summary.rights if r.right == "erasure")
    assert access.evidence[0].quote == erasure.evidence[0].quote == text.split("\n\n")[1].strip()
    for r in summary.rights:
        assert len({(e.start, e.end) for e in r.evidence}) == len(r.evidence)

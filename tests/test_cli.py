"""The ``policylens`` command line: exit codes, JSON shape, batch mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policylens import __version__
from policylens.cli import main
from policylens.core.models import Summary

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
REQUIRED = [
    "schema",
    "source",
    "language",
    "service",
    "collected",
    "shared_with",
    "sells_data",
    "retention",
    "rights",
    "contact",
    "red_flags",
    "cards",
    "grade",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "policylens.cli", *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_json_has_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--json", str(SAMPLES / "fr-creality.txt")]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    for key in REQUIRED:
        assert key in data, key
    assert data["schema"] == "policylens.summary/1"
    assert data["source"]["name"] == "fr-creality.txt"
    assert len(data["source"]["sha256"]) == 64
    assert data["language"] == data["language"] | {"code": "fr", "analysed_as": "fr"}
    Summary.model_validate(data)  # round-trips through the one model
    ev = data["red_flags"][0]["evidence"][0]
    assert set(ev) == {"quote", "start", "end", "section"}


def test_batch_json_lines_in_order_with_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files = [
        str(SAMPLES / "sv-orange-music.txt"),
        str(empty),
        str(tmp_path / "missing.txt"),
        str(SAMPLES / "fr-genletter.txt"),
    ]
    code = main(["analyze", "--json", *files])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    assert len(lines) == 4
    assert lines[0]["source"]["name"] == "sv-orange-music.txt"
    assert lines[1] == {"source": str(empty), "error": lines[1]["error"]} and "no text" in lines[1]["error"]
    assert "does not exist" in lines[2]["error"]
    assert lines[3]["source"]["name"] == "fr-genletter.txt"
    assert code == 1
    assert captured.err.count("\n") == 2  # one line per failed file


def test_parallel_jobs_give_the_same_output() -> None:
    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    one = run("analyze", "--json", *files)
    two = run("analyze", "--json", "--jobs", "2", *files)
    assert one.returncode == two.returncode == 0
    strip = lambda out: [{k: v for k, v in json.loads(x).items() if k != "analysed_at"} for x in out.splitlines()]  # noqa: E731
    assert strip(one.stdout) == strip(two.stdout)


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["analyze", "nope/missing.txt"], 3, "does not exist"),
        (["analyze"], 2, "error"),
        (["bogus"], 2, "invalid choice"),
        (["analyze", "--lang", "xx", "resources/samples/fr-creality.txt"], 2, "no rule pack"),
        ([], 2, "usage"),
    ],
)
def test_exit_codes_and_one_line_errors(args: list[str], code: int, needle: str) -> None:
    result = run(*args)
    assert result.returncode == code
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("ui_lang", "needle"),
    [("fr", "Le fichier n\u2019existe pas"), ("sv", "Filen finns inte"), ("en", "The file does not exist")],
)
def test_errors_in_the_ui_language(ui_lang: str, needle: str) -> None:
    result = run("analyze", "--ui-lang", ui_lang, "nope/missing.txt")
    assert result.returncode == 3
    assert needle.replace("\u2019", "'") in result.stderr.replace("\u2019", "'")
    assert "nope/missing.txt" in result.stderr and result.stderr.strip().count("\n") == 0


def test_export_errors_in_the_ui_language(tmp_path: Path) -> None:
    out = tmp_path / "s.md"
    out.write_text("mine", encoding="utf-8")
    result = run("export", str(SAMPLES / "fr-creality.txt"), "-o", str(out), "--ui-lang", "fr")
    assert result.returncode == 2
    assert "existe déjà" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine"


def test_not_a_policy_exit_3(tmp_path: Path) -> None:
    f = tmp_path / "recipe.txt"
    f.write_text("Preheat the oven. Mix flour and sugar. Bake for forty minutes, then let it cool.", encoding="utf-8")
    result = run("analyze", str(f))
    assert result.returncode == 3
    assert result.stderr.strip().count("\n") == 0
    assert "privacy policy" in result.stderr


def test_terminal_and_markdown_output() -> None:
    result = run("analyze", str(SAMPLES / "sv-orange-music.txt"))
    assert result.returncode == 0
    assert "What's collected" in result.stdout and "Red flags" in result.stdout
    md = run("analyze", "--markdown", str(SAMPLES / "sv-orange-music.txt"))
    assert md.stdout.startswith("# ")
    assert "## " in md.stdout


def test_text_prints_what_policylens_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Privacy | Acme</title></head><body><nav><a href='/'>Home menu link</a></nav><main>"
        "<h1>Privacy policy</h1><p>We collect your e-mail address to run your account.</p><ul><li>Name</li></ul>"
        "<table><tr><td>E-mail</td><td>3 years</td></tr></table></main></body></html>",
        encoding="utf-8",
    )
    assert main(["text", str(page)]) == 0
    out = capsys.readouterr().out
    assert "We collect your e-mail address to run your account." in out and "Home menu link" not in out
    assert main(["text", "--json", str(page)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["extractor"] and data["source"]["title"] == "Privacy | Acme"
    kinds = [(b["kind"], b["text"]) for b in data["blocks"]]
    assert ("heading", "Privacy policy") in kinds and ("list_item", "Name") in kinds
    assert ("table_row", "E-mail | 3 years") in kinds
    assert all(data["text"][b["start"] : b["end"]] == b["text"] for b in data["blocks"])


def test_text_bad_input_one_line_and_exit_code(tmp_path: Path) -> None:
    result = run("text", str(tmp_path / "missing.pdf"))
    assert result.returncode == 3 and result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("text")
    assert result.returncode == 2
# ---------------------------------------------------------------------------- policylens letter


def test_letter_access_names_the_controller_and_its_email() -> None:
    r = run("letter", "access", str(SAMPLES / "fr-creality.txt"))
    assert r.returncode == 0, r.stderr
    assert "Shenzhen Creality 3D Technology Co., Ltd" in r.stdout and "Par e-mail : cs@creality.com" in r.stdout
    assert "article 15 du RGPD" in r.stdout and "dans un délai d'un mois" in r.stdout
    assert "introuvable" not in r.stdout  # nothing but the user's own fields to fill in
    assert "policylens: email: cs@creality.com — from: “" in r.stderr


def test_letter_complaint_to_the_swedish_authority(tmp_path: Path) -> None:
    r = run("letter", "complaint", str(SAMPLES / "fr-creality.txt"), "--country", "se")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("[ditt fullständiga namn]")
    assert "Integritetsskyddsmyndigheten" in r.stdout and "imy@imy.se" in r.stdout and "artikel 77" in r.stdout
    out = tmp_path / "complaint.eml"
    r = run("letter", "complaint", str(SAMPLES / "fr-creality.txt"), "--country", "SE", "--lang", "en", "-o", str(out))
    assert r.returncode == 0, r.stderr
    import email
    import email.policy

    msg = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    assert msg["To"] == "imy@imy.se" and "Article 77 GDPR" in msg["Subject"]
    before = out.read_bytes()
    r = run("letter", "access", str(SAMPLES / "fr-creality.txt"), "-o", str(out))
    assert r.returncode == 2 and "--force" in r.stderr and out.read_bytes() == before
    r = run("letter", "access", str(SAMPLES / "fr-creality.txt"), "-o", str(out), "--force")
    assert r.returncode == 0 and out.read_bytes() != before


def test_letter_bad_input() -> None:
    r = run("letter", "complaint", str(SAMPLES / "fr-creality.txt"), "--country", "xx")
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "“xx”" in r.stderr and "se, si, sk" in r.stderr
    r = run("letter", "thanks", str(SAMPLES / "fr-creality.txt"))
    assert r.returncode == 2 and "access, erasure" in r.stderr
    r = run("letter", "access", str(SAMPLES / "missing.txt"))
    assert r.returncode == 3 and "Traceback" not in r.stderr
    r = run("letter", "access", str(SAMPLES / "sv-orange-music.txt"))
    assert r.returncode == 0 and "warning: The policy gives no e-mail address" in r.stderr
    assert "[företagets postadress – hittades inte i policyn]" in r.stdout


def test_letter_list() -> None:
    r = run("letter", "--list")
    assert r.returncode == 0
    for word in ("access", "withdraw", "complaint", "Right to know", "Integritetsskyddsmyndigheten", "BY", "CC0"):
        assert word in r.stdout

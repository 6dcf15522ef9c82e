"""Comparing two versions of a policy (policylens.core.compare, ``policylens diff``): real policies
edited the way policies change, and every change found with nothing else reported."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_paths import SAMPLES, dev_corpus
from policylens.cli import main
from policylens.core.analyze import analyze
from policylens.core.compare import DIFFERENT_LANGUAGES, DIFFERENT_SERVICES, SAME_FILE, SAME_TEXT, compare
from policylens.core.loaders import load_path

GENLETTER = SAMPLES / "fr-genletter.txt"
ORANGE = SAMPLES / "sv-orange-music.txt"


def _edit(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _compare(tmp_path: Path, old: Path, new_text: str, suffix: str = ".txt"):
    new = tmp_path / f"new{suffix}"
    new.write_text(new_text, encoding="utf-8")
    a, b = load_path(old), load_path(new)
    return compare(analyze(a), analyze(b), a, b)


def _facts(cmp) -> set[tuple[str, str, str]]:
    return {(c.field, c.change, c.id) for c in cmp.changes}


def _sections(text: str, headings: list[str]) -> dict[str, str]:
    """The text from each heading to the next one in ``headings`` (which must be in order)."""
    starts = [text.index(h + "\n") for h in headings]
    return {h: text[s:e] for h, s, e in zip(headings, starts, [*starts[1:], len(text)], strict=True)}


def test_recipient_added_and_named(tmp_path: Path) -> None:
    text = GENLETTER.read_text(encoding="utf-8")
    new = _edit(
        text,
        ("tels que Stripe et Tawk To.", "tels que Stripe, Tawk To et Mailchimp."),
        ("Nous pouvons communiquer les données personnelles des utilisateurs à des autorités",
         "Nous partageons vos données personnelles avec nos partenaires publicitaires. "
         "Nous pouvons communiquer les données personnelles des utilisateurs à des autorités"),
    )
    cmp = _compare(tmp_path, GENLETTER, new)
    facts = _facts(cmp)
    assert ("shared_with", "added", "advertisers") in facts
    assert ("shared_with", "changed", "service_providers") in facts
    named = next(c for c in cmp.changes if c.id == "service_providers")
    assert named.before == {"names": ["Stripe", "Tawk To"]} and "Mailchimp" in named.after["names"]
    added = next(c for c in cmp.changes if c.id == "advertisers")
    assert "partenaires publicitaires" in added.evidence_after[0].quote
    # nothing else but what follows from it (a red flag and the grade it costs)
    assert facts - {("shared_with", "added", "advertisers"), ("shared_with", "changed", "service_providers")} <= {
        ("red_flags", "added", "targeted_advertising"), ("grade", "changed", "grade")}
    assert cmp.counts == {"added": 1, "removed": 0, "changed": 1, "moved": 0}
    changed = [op for op in cmp.ops if op.kind == "changed"]
    marked = {cmp_text for op in changed for cmp_text in (load_path(tmp_path / "new.txt").text[s:e]
                                                         for s, e in op.new_words)}
    assert any("Mailchimp" in m for m in marked)


def test_period_lengthened(tmp_path: Path) -> None:
    text = ORANGE.read_text(encoding="utf-8")
    cmp = _compare(tmp_path, ORANGE, _edit(text, ("behålls vanligtvis i 2 år", "behålls vanligtvis i 5 år")))
    assert _facts(cmp) == {("retention_period", "changed", "usage")}
    (c,) = cmp.changes
    assert c.before["days"] == 730 and c.after["days"] == 5 * 365
    assert "2 år" in c.evidence_before[0].quote and "5 år" in c.evidence_after[0].quote
    assert cmp.counts == {"added": 0, "removed": 0, "changed": 1, "moved": 0}
    (op,) = [op for op in cmp.ops if op.kind == "changed"]
    new_text = (tmp_path / "new.txt").read_text(encoding="utf-8")
    assert [new_text[s:e] for s, e in op.new_words] == ["5"]


def test_right_dropped(tmp_path: Path) -> None:
    text = GENLETTER.read_text(encoding="utf-8")
    new = _edit(text, ("l'accès, la rectification, la suppression ou la portabilité de vos",
                       "l'accès, la rectification ou la suppression de vos"))
    cmp = _compare(tmp_path, GENLETTER, new)
    assert _facts(cmp) == {("rights", "removed", "portability")}
    (c,) = cmp.changes
    # the sentence that said it, and where it went
    assert "portabilité" in c.evidence_before[0].quote
    assert "portabilité" not in c.evidence_after[0].quote and "suppression" in c.evidence_after[0].quote
    assert cmp.counts["changed"] == 1 and cmp.counts["added"] == cmp.counts["removed"] == 0


SECTIONS = ["Les données personnelles collectées", "La finalité de la collecte de données", "Le traitement des données",
            "Les droits des utilisateurs", "La durée de conservation :", "Les tiers :", "Les cookies :",
            "Les lois applicables :"]


def test_sections_reordered_are_moved_not_removed(tmp_path: Path) -> None:
    text = GENLETTER.read_text(encoding="utf-8")
    head = text[: text.index(SECTIONS[0] + "\n")]
    parts = _sections(text, SECTIONS)
    order = [SECTIONS[0], SECTIONS[6], SECTIONS[2], SECTIONS[3], SECTIONS[1], SECTIONS[4], SECTIONS[5], SECTIONS[7]]
    new = head + "".join(parts[h] if parts[h].endswith("\n\n") else parts[h] + "\n\n" for h in order)
    cmp = _compare(tmp_path, GENLETTER, new)
    assert _facts(cmp) == set()
    counts = cmp.counts
    assert counts["added"] == counts["removed"] == counts["changed"] == 0
    assert counts["moved"] >= 5
    moved = [op for op in cmp.ops if op.kind == "moved" and op.at == "new"]
    assert len(moved) <= 2  # whole sections, not scattered sentences


def test_section_moved_and_edited(tmp_path: Path) -> None:
    text = GENLETTER.read_text(encoding="utf-8")
    i, j = text.index("Les cookies :\n"), text.index("Les lois applicables :\n")
    section, rest = text[i:j], text[:i] + text[j:]
    section = _edit(section, ("pour améliorer l'expérience utilisateur", "pour mesurer l'audience"))
    k = rest.index("Les tiers :\n")
    cmp = _compare(tmp_path, GENLETTER, rest[:k] + section + rest[k:])
    assert _facts(cmp) == set()
    assert cmp.counts == {"added": 0, "removed": 0, "changed": 1, "moved": 2}
    (op,) = [op for op in cmp.ops if op.kind == "changed"]
    new_text = (tmp_path / "new.txt").read_text(encoding="utf-8")
    assert [new_text[s:e] for s, e in op.new_words] == ["mesurer", "audience"]


def test_whitespace_numbering_and_layout_change_nothing(tmp_path: Path) -> None:
    text = GENLETTER.read_text(encoding="utf-8")
    new = text
    for i, h in enumerate(SECTIONS, 1):
        new = new.replace(h + "\n", f"{i}. {h.upper()}\n", 1)
    new = re.sub(r"(?<=[a-z]) (?=[a-z])", "  ", new, count=40)  # doubled spaces
    new = new.replace("\n\n", "\r\n\r\n\r\n")
    new = new.replace("« ", "« ").replace("'", "’")  # typography
    cmp = _compare(tmp_path, GENLETTER, new)
    assert _facts(cmp) == set()
    assert cmp.counts == {"added": 0, "removed": 0, "changed": 0, "moved": 0}
    assert SAME_TEXT in cmp.warnings


def test_txt_and_pdf_of_the_same_policy_have_no_fact_changes(tmp_path: Path) -> None:
    from fixtures import make_pdf

    for seed in sorted(SAMPLES.glob("*.txt")):
        pdf = make_pdf(seed.read_text(encoding="utf-8"), tmp_path / f"{seed.stem}.pdf")
        a, b = load_path(seed), load_path(pdf)
        cmp = compare(analyze(a), analyze(b), a, b)
        assert _facts(cmp) == set(), (seed.name, [c.to_dict() for c in cmp.changes])
        # the PDF's running header and page numbers are not text of the policy
        assert SAME_TEXT in cmp.warnings, (seed.name, cmp.counts)


def test_different_languages_compare_facts_only() -> None:
    dev = dev_corpus()
    if dev is None:
        pytest.skip("no dev corpus")
    en, fr = dev / "en" / "mozilla_websites_privacy_notice.txt", dev / "fr" / "mozilla_websites_privacy_notice.txt"
    if not fr.exists():
        pytest.skip("no French Mozilla notice")
    a, b = load_path(en), load_path(fr)
    cmp = compare(analyze(a), analyze(b), a, b)
    assert not cmp.text_compared and DIFFERENT_LANGUAGES in cmp.warnings
    assert cmp.to_dict()["text"]["compared"] is False
    assert DIFFERENT_SERVICES not in cmp.warnings


def test_different_services_warned_and_still_compared() -> None:
    a, b = load_path(GENLETTER), load_path(SAMPLES / "fr-creality.txt")
    cmp = compare(analyze(a), analyze(b), a, b)
    assert DIFFERENT_SERVICES in cmp.warnings
    assert cmp.changes and cmp.text_compared


def test_cli_json_schema_and_nothing_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ORANGE.read_text(encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(_edit(text, ("behålls vanligtvis i 2 år", "behålls vanligtvis i 5 år")), encoding="utf-8")
    assert main(["diff", str(ORANGE), str(new), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["schema"] == "policylens.diff/1"
    assert out["old"]["source"]["sha256"] and out["old"]["grade"]["letter"] in "ABCDE"
    (change,) = out["changes"]
    assert change["field"] == "retention_period" and change["change"] == "changed"
    assert {"before", "after", "evidence_before", "evidence_after", "id"} <= change.keys()
    assert change["evidence_after"][0]["quote"].count("5 år") == 1
    assert out["text"] == {"added": 0, "removed": 0, "changed": 1, "moved": 0, "compared": True}

    assert main(["diff", str(ORANGE), str(ORANGE)]) == 0
    out = capsys.readouterr().out
    assert "No change in what the policy says" in out and "identical: the same text" in out
    assert main(["diff", str(ORANGE), str(ORANGE), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["changes"] == [] and SAME_FILE in out["warnings"]
    result = _run("diff", str(ORANGE), str(new), "--markdown", "--ui-lang", "sv")
    assert result.returncode == 0, result.stderr
    assert "5 år" in result.stdout and "Vad som ändrats" in result.stdout


def test_cli_bad_input_same_messages_as_analyze(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["analyze", str(empty)]) == 3
    said = capsys.readouterr().err
    assert main(["diff", str(ORANGE), str(empty)]) == 3
    assert capsys.readouterr().err == said
    assert main(["diff", str(tmp_path / "missing.pdf"), str(ORANGE)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.pdf" in err and "Traceback" not in err


def test_html_and_pdf_of_the_same_policy_have_no_fact_changes(tmp_path: Path) -> None:
    from fixtures import make_html, make_pdf

    for seed in (GENLETTER, SAMPLES / "fr-melogen-ai.txt"):
        text = seed.read_text(encoding="utf-8")
        page = tmp_path / f"{seed.stem}.html"
        page.write_text(make_html(text), encoding="utf-8")
        pdf = make_pdf(text, tmp_path / f"{seed.stem}.pdf")
        a, b = load_path(page), load_path(pdf)
        cmp = compare(analyze(a), analyze(b), a, b)
        assert _facts(cmp) == set(), (seed.name, [c.to_dict() for c in cmp.changes])
        # the page's layout (a running header, page numbers, the HTML's structure) is not a change
        # in the text either, or barely: no sentence is reported removed or added wholesale
        assert cmp.counts["removed"] + cmp.counts["added"] <= 2, cmp.counts


def test_dev_policy_edited_every_way_at_once(tmp_path: Path) -> None:
    """Mozilla's websites notice (dev corpus): a recipient added, a period lengthened, a right
    dropped, two sections swapped, the bullets numbered and the spacing changed."""
    dev = dev_corpus()
    if dev is None:
        pytest.skip("no dev corpus")
    old = dev / "en" / "mozilla_websites_privacy_notice.txt"
    lines = old.read_text(encoding="utf-8").split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith("- Contributors:"))
    j = next(k for k, line in enumerate(lines) if line.startswith("- User Feedback:"))
    lines[i], lines[j] = lines[j], lines[i]
    text = _edit(
        "\n".join(lines),
        ("retained for 10 years", "retained for 15 years"),
        ("We use Braze, Salesforce",
         "We share your contact details with our affiliates and subsidiaries. We use Braze, Salesforce"),
        ("To make requests regarding your personal data, please contact us through our Data Subject Access "
         "Request Portal. ", ""),
    )
    number = iter(range(1, 1000))
    text = re.sub(r"(?m)^- ", lambda _m: f"{next(number)}. ", text)
    text = text.replace("\n\n", "\n\n\n").replace(". ", ".  ")
    cmp = _compare(tmp_path, old, text)
    # the lost right leaves three (opting out of marketing, cookie control, and correcting your profile
    # data): "your rights" stays stated in the grade's rubric, and sharing with affiliates is no red
    # flag by itself, so the letter stays (the notice already shares with advertisers: DoubleClick)
    assert _facts(cmp) == {
        ("shared_with", "added", "affiliates"),
        ("retention_period", "changed", "contact"),
        ("rights", "removed", "access"),
    }
    period = next(c for c in cmp.changes if c.field == "retention_period")
    assert (period.before["days"], period.after["days"]) == (3650, 5475)
    assert cmp.counts == {"added": 1, "removed": 1, "changed": 1, "moved": 2}
    moved = [op for op in cmp.ops if op.kind == "moved" and op.at == "new"]
    assert len(moved) == 1  # the swapped section, as one move
    # worst first: more data shared, then the lost right (beside the lower grade)
    assert [c.field for c in cmp.changes if c.field != "grade"][:2] == ["shared_with", "rights"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line in its own process: ``--ui-lang`` and PDF install a Qt application, which
    must not be this test process' (the window tests make theirs)."""
    return subprocess.run([sys.executable, "-m", "policylens.cli", *args], capture_output=True, text=True,
                          check=False, cwd=SAMPLES.parent.parent)


def test_cli_export_one_page_never_overwrites(tmp_path: Path) -> None:
    from pypdf import PdfReader

    text = ORANGE.read_text(encoding="utf-8")
    new = tmp_path / "sv-orange-music.txt"
    new.write_text(_edit(text, ("behålls vanligtvis i 2 år", "behålls vanligtvis i 5 år")), encoding="utf-8")
    sha_old = load_path(ORANGE).sha256
    sha_new = load_path(new).sha256
    for fmt in ("md", "html", "pdf"):
        out = tmp_path / f"changes.{fmt}"
        result = _run("diff", str(ORANGE), str(new), "-o", str(out), "--ui-lang", "sv")
        assert result.returncode == 0, result.stderr
        if fmt == "pdf":
            reader = PdfReader(out)
            assert len(reader.pages) == 1
            page = " ".join(reader.pages[0].extract_text().split())
            assert "5 år" in page and "Vad som ändrats" in page
        else:
            page = out.read_text(encoding="utf-8")
            assert sha_old in page and sha_new in page and "5 år" in page
        # an existing file is kept: exit 2 and one line on stderr; --force replaces it
        out.write_text("keep", encoding="utf-8")
        result = _run("diff", str(ORANGE), str(new), "-o", str(out))
        assert result.returncode == 2
        err = result.stderr
        assert err.count("\n") == 1 and "--force" in err and out.read_text(encoding="utf-8") == "keep"
        assert _run("diff", str(ORANGE), str(new), "-o", str(out), "--force").returncode == 0
        assert out.read_bytes() != b"keep"
    result = _run("diff", str(ORANGE), str(new), "-o", str(tmp_path / "changes.png"))
    assert result.returncode == 2 and "Cannot tell the format" in result.stderr

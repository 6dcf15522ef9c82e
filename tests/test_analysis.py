"""The analysis engine on the labelled seeds and on hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.core import errors
from policylens.core.analyze import analyze, make_grade
from policylens.core.durations import find_durations
from policylens.core.loaders import load_path, load_text
from policylens.core.models import Summary
from policylens.core.rules import load_pack
from policylens.render import summary_json, texts
from policylens.tr import make_tr


def _words(s: Summary) -> dict:
    """The presenter's English words for ``s``."""
    return texts(s, make_tr(None))  # type: ignore[return-value]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
GOLD = ROOT / "tests" / "data" / "gold"

FIELDS = [
    "collected",
    "shared_with",
    "retention_kinds",
    "rights",
    "red_flags",
    "retention_days",
    "named_recipients",
    "contact_emails",
]


def _norm(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def facts(summary: dict) -> dict[str, set]:
    shared = summary["shared_with"]
    return {
        "collected": {c["category"] for c in summary["collected"]},
        "shared_with": {s["recipient"] for s in shared},
        "retention_kinds": set(summary["retention"]["kinds"]),
        "retention_days": {round(p["days"]) for p in summary["retention"]["periods"]},
        "rights": {r["right"] for r in summary["rights"]},
        "red_flags": {f["id"] for f in summary["red_flags"]},
        "named_recipients": {_norm(n) for s in shared for n in s["names"]},
        "contact_emails": {e.casefold() for e in summary["contact"]["emails"]},
    }


def gold_facts(gold: dict) -> dict[str, set]:
    out = {f: set(gold.get(f) or []) for f in FIELDS}
    out["named_recipients"] = {_norm(n) for n in out["named_recipients"]}
    out["retention_days"] = {round(d) for d in out["retention_days"]}
    return out


def _summaries() -> dict[str, tuple[dict, dict, str]]:
    out = {}
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text("utf-8"))
        path = SAMPLES / Path(gold["file"]).name
        doc = load_path(path)
        summary = json.loads(summary_json(analyze(doc)))
        out[g.stem] = (gold, summary, doc.text)
    return out


@pytest.fixture(scope="module")
def seed_summaries() -> dict[str, tuple[dict, dict, str]]:
    return _summaries()


def test_seeds_micro_f1(seed_summaries: dict[str, tuple[dict, dict, str]]) -> None:
    """The issue's quality bar on the labelled seeds: micro-F1 ≥ 0.95, red flags F1 ≥ 0.90."""
    tp = fp = fn = 0
    ftp = ffp = ffn = 0
    for gold, summary, _ in seed_summaries.values():
        got, want = facts(summary), gold_facts(gold)
        for f in FIELDS:
            tp += len(got[f] & want[f])
            fp += len(got[f] - want[f])
            fn += len(want[f] - got[f])
        ftp += len(got["red_flags"] & want["red_flags"])
        ffp += len(got["red_flags"] - want["red_flags"])
        ffn += len(want["red_flags"] - got["red_flags"])
        assert summary["language"]["code"] == gold["language"]
        assert summary["sells_data"] == gold.get("sells_data", "unstated"), gold["file"]
    f1 = 2 * tp / (2 * tp + fp + fn)
    flags_f1 = 2 * ftp / (2 * ftp + ffp + ffn)
    assert f1 >= 0.95, f"micro-F1 {f1:.3f}"
    assert flags_f1 >= 0.90, f"red flags F1 {flags_f1:.3f}"


def test_every_evidence_is_verbatim_with_offsets(seed_summaries: dict[str, tuple[dict, dict, str]]) -> None:
    for _gold, summary, text in seed_summaries.values():
        count = 0

        def walk(node: object, text: str = text) -> None:
            nonlocal count
            if isinstance(node, dict):
                for k, v in node.items():
                    if k == "evidence":
                        for ev in v:
                            assert text[ev["start"] : ev["end"]] == ev["quote"]
                            count += 1
                    else:
                        walk(v, text)
            elif isinstance(node, list):
                for item in node:
                    walk(item, text)

        walk(summary)
        assert count > 10


def test_every_finding_has_evidence(seed_summaries: dict[str, tuple[dict, dict, str]]) -> None:
    for _gold, s, _ in seed_summaries.values():
        for key, items in (("collected", s["collected"]), ("shared_with", s["shared_with"]), ("rights", s["rights"])):
            for item in items:
                assert item["evidence"], key
        for f in s["red_flags"]:
            assert f["evidence"] or f["from_absence"], f["id"]
        for c in s["cards"]:
            assert c["color"] in ("red", "amber", "green", "grey")
        assert {c["id"] for c in s["cards"]} == {"collected", "shared", "retention", "rights"}


def test_seed_facts_match_gold_per_document(seed_summaries: dict[str, tuple[dict, dict, str]]) -> None:
    """Per-document: what the labels say is found (recall 1 on the seeds, as tuned)."""
    for name, (gold, summary, _) in seed_summaries.items():
        got, want = facts(summary), gold_facts(gold)
        for f in ("collected", "shared_with", "rights", "retention_days", "contact_emails"):
            assert want[f] <= got[f], f"{name} {f}: missing {want[f] - got[f]}"


def test_service_and_date(seed_summaries: dict[str, tuple[dict, dict, str]]) -> None:
    s = seed_summaries["fr-melogen-ai"][1]
    assert s["service"]["updated"] == "2024-06-01"
    assert s["service"]["name"] == "Melogen AI"
    s = seed_summaries["sv-orange-music"][1]
    assert s["service"]["updated"] == "2024-01-15"
    s = seed_summaries["fr-creality"][1]
    assert s["service"]["controller"].startswith("Shenzhen Creality 3D Technology Co., Ltd")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Nous ne vendons pas vos informations personnelles à des tiers. Nous collectons votre adresse e-mail.",
            "fr",
            "no",
        ),
        (
            "Nous vendons vos informations personnelles à des partenaires. Nous collectons votre adresse IP.",
            "fr",
            "yes",
        ),
        ("Vi säljer inte dina personuppgifter till tredje part. Vi samlar in din e-postadress.", "sv", "no"),
        ("We do not sell your personal information. We collect your email address.", "en", "no"),
        ("We sell your personal information to data brokers. We collect your email address.", "en", "yes"),
        (
            "Si nous sommes impliqués dans une fusion, une acquisition ou une vente d'actifs, vos données peuvent être "
            "transférées. Nous collectons votre adresse e-mail.",
            "fr",
            "unstated",
        ),
    ],
)
def test_sale_and_negation(text: str, lang: str, expected: str) -> None:
    s = analyze(load_text(text), lang=lang)
    assert s.sells_data == expected
    assert ("sells_data" in {f.id for f in s.red_flags}) == (expected == "yes")


def test_business_transfer_is_not_a_sale() -> None:
    s = analyze(
        load_text(
            "Dans le cadre d'une fusion ou d'une vente d'actifs, vos informations peuvent être "
            "transférées à l'acquéreur. Nous collectons votre nom."
        ),
        lang="fr",
    )
    assert "business_transfer" in {x.recipient for x in s.shared_with}
    assert s.sells_data == "unstated"


def test_durations_in_days() -> None:
    sv, fr, en = load_pack("sv"), load_pack("fr"), load_pack("en")
    assert [d.days for d in find_durations("behålls i 2 år och raderas inom 24 timmar", sv)] == [730, 1]
    assert [d.days for d in find_durations("conservées six mois puis deux ans", fr)] == [182, 730]
    assert [d.days for d in find_durations("kept for 18 months", en)] == [547]
    pt = load_pack("pt")
    # the figure spelled out again in brackets, as Brazilian contracts write it
    assert [d.days for d in find_durations("guardados por 6 (seis) meses e por 5 (cinco) anos", pt)] == [182, 1825]
    assert [d.days for d in find_durations("retained for 30 (thirty) days", en)] == [30]
    es = load_pack("es")
    # or the word first and the figure in brackets, as Latin American policies write it
    # (two units joined by the pack's "and" are one period: ten years and six months)
    assert [d.days for d in find_durations("por diez (10) años y seis (6) meses", es)] == [3650 + 182]
    assert [d.days for d in find_durations("por diez (10) años o seis (6) meses", es)] == [3650, 182]
    # a waiting period before arbitration is no retention period, however it is written
    assert [d.days for d in find_durations("if the matter remains unresolved for forty-five (45) days", en)] == []
    assert [d.days for d in find_durations("kept 2 (see below) years", en)] == []


def test_a_larger_number_and_a_conjunction_before_a_duration_share_its_unit() -> None:
    no, en, it, de = (load_pack(c) for c in ("no", "en", "it", "de"))
    # "13 og 3 måneder": two durations (the cookies' 13 months is no range's start)
    assert [d.days for d in find_durations("lagres i inntil 13 og 3 måneder", no)] == [395, 91]
    assert [d.days for d in find_durations("conservati rispettivamente per 24 e 12 mesi", it)] == [730, 365]
    assert [d.days for d in find_durations("kept for 13 and 3 months respectively", en)] == [395, 91]
    # a range runs from the smaller number: its end alone, as before
    assert [d.days for d in find_durations("kept for between 30 and 90 days", en)] == [90]
    # no conjunction: an article's number ("Artikkel 9 nr. 2 h)"), an age ("ab 18 bzw. 16 Jahren")
    assert [d.days for d in find_durations("Artikkel 9 nr. 2 h) Behandlingen", no)] == []
    assert [d.days for d in find_durations("ab 18 bzw. 16 Jahren", de)] == [5840]


def test_an_interval_is_no_period() -> None:
    # "every 15 minutes", "in hourly periods": how often a meter is read, not how long data is kept
    fi = load_pack("fi")
    assert [d.days for d in find_durations("sähkönkulutus 15 minuutin jaksoissa", fi)] == []
    assert [d.days for d in find_durations("mittarilukemat tallennetaan tunnin välein", fi)] == []
    assert [d.days for d in find_durations("mittaustiedot säilytetään 6 vuotta", fi)] == [2190]


def test_a_duration_in_two_units_joined_by_and_is_their_sum() -> None:
    sv, no, en, fi = (load_pack(c) for c in ("sv", "no", "en", "fi"))
    assert [d.days for d in find_durations("i tre år og seks måneder", no)] == [1095 + 182]
    assert [d.days for d in find_durations("kept for two years and six months", en)] == [730 + 182]
    assert [d.days for d in find_durations("sparas i ett år och tre månader", sv)] == [365 + 91]
    assert [d.days for d in find_durations("säilytetään vuoden ja kuusi kuukautta", fi)] in ([365 + 182], [182])
    # alternatives, another order, or a clause between them: two durations
    assert [d.days for d in find_durations("i to år eller seks måneder", no)] == [730, 182]
    assert [d.days for d in find_durations("six months and two years", en)] == [182, 730]
    assert [d.days for d in find_durations("behålls i 2 år och raderas inom 24 timmar", sv)] == [730, 1]


def test_numbers_listed_before_a_duration_share_its_unit() -> None:
    sv, de, en = load_pack("sv"), load_pack("de"), load_pack("en")
    assert [d.days for d in find_durations("Videoklipp sparas i 7, 30 eller 60 dagar.", sv)] == [7, 30, 60]
    assert [d.days for d in find_durations("kept for 6, 12, or 24 months", en)] == [182, 365, 730]
    # no comma: maybe a range; a decimal comma; a year before the list; an age
    assert [d.days for d in find_durations("between 30 and 90 days", en)] == [90]
    assert [d.days for d in find_durations("1,5 oder 2 Jahre", de)] == [730]
    assert [d.days for d in find_durations("ab 1. Januar 2024, 30 oder 60 Tage", de)] == [60]
    assert [d.amount for d in find_durations("Kinder unter 13, 14 oder 16 Jahren", de)] in ([], [16])


def test_retention_period_with_data_and_no_age_confusion() -> None:
    s = analyze(
        load_text(
            "Nous conservons vos données d'utilisation pendant 13 mois. "
            "Nos services ne s'adressent pas aux enfants de moins de 16 ans. Nous collectons votre adresse IP."
        ),
        lang="fr",
    )
    assert [(p.days, p.data) for p in s.retention.periods] == [(395, "usage")]


def test_missing_information_flags() -> None:
    text = (
        "Privacy policy. We collect your personal data: your email address and your IP address, to provide "
        "the service. We share personal data with our hosting provider. You have the right to access and "
        "delete your personal data."
    )
    s = analyze(load_text(text), lang="en")
    ids = {f.id for f in s.red_flags}
    assert {"vague_retention", "missing_contact"} <= ids
    assert all(f.from_absence for f in s.red_flags if f.id in ("vague_retention", "missing_contact"))
    assert s.card("retention").color in ("amber", "red")


def test_not_a_policy() -> None:
    with pytest.raises(errors.NotAPolicy):
        analyze(load_text("Preheat the oven to 180 degrees. Mix the flour and the sugar, then bake for forty minutes."))


def test_unsupported_language_is_said_plainly() -> None:
    text = (
        "Мы собираем ваш адрес электронной почты и IP-адрес. Мы не продаем ваши данные третьим лицам. "
        "Вы можете запросить удаление ваших данных, написав нам. Данные хранятся два года."
    ) * 3
    s = analyze(load_text(text))
    assert s.language.code == "ru"
    assert s.language.supported is False
    assert s.language.analysed_as is None
    assert any("Russian" in w for w in _words(s)["warnings"])
    assert all(c.color == "grey" for c in s.cards)
    # no letter the reader is not shown: the JSON says why there is no grade
    assert s.grade.status == "unsupported_language" and s.grade.letter is None and s.grade.score is None
    data = json.loads(summary_json(s))
    assert data["grade"] | {"status": "unsupported_language", "letter": None, "score": None} == data["grade"]


def test_mixed_language_document() -> None:
    fr = (SAMPLES / "fr-genletter.txt").read_text("utf-8")
    sv = (SAMPLES / "sv-orange-music.txt").read_text("utf-8")
    s = analyze(load_text(fr + "\n\n" + sv))
    assert s.language.code in ("fr", "sv")
    assert {p.code for p in s.language.mixed} & {"fr", "sv"}
    assert any("mixes languages" in w for w in _words(s)["warnings"])
    # the Swedish half is analysed with Swedish rules: its 2-year period is found
    assert 730 in {round(p.days) for p in s.retention.periods}


def test_grade_rule_is_simple_and_documented() -> None:
    s = analyze(load_path(SAMPLES / "fr-creality.txt"))
    g = make_grade(s)
    high = sum(1 for f in s.red_flags if f.severity == "high")
    med = sum(1 for f in s.red_flags if f.severity == "medium")
    low = sum(1 for f in s.red_flags if f.severity == "low")
    # the README's rubric: what it tells you, then red flags and good practice (the absence flags
    # are items of what it tells, not counted twice); good practice wins back at most half
    absence = {"missing_contact", "vague_retention"}
    stated = [f for f in s.red_flags if f.id not in absence]
    flags = 15 * sum(f.severity == "high" for f in stated) + 7 * sum(f.severity == "medium" for f in stated)
    flags += 3 * sum(f.severity == "low" for f in stated)
    assert high + med + low == len(s.red_flags)
    items = -sum(r.points for r in g.reasons if r.kind == "item")
    gains = sum(r.points for r in g.reasons if r.points > 0)
    expected = max(0, 100 - items - flags + min(gains, flags // 2))
    assert g.score == (min(expected, g.ceiling) if g.ceiling is not None else expected)
    assert g.letter == "E" and g.status == "graded"
    # the reasons are data (an item, a red flag or a bonus each); the presenter words them
    assert [r.flag for r in g.reasons if r.kind == "flag"] == [f.id for f in stated]
    assert sum(r.points for r in g.reasons if r.kind == "flag") == -flags
    assert _words(s)["reasons"][0].startswith("Start from 100")


def test_progress_and_cancel() -> None:
    doc = load_path(SAMPLES / "fr-qazar-cloud.txt")
    seen: list[int] = []
    analyze(doc, progress=lambda d, t: seen.append(d))
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    with pytest.raises(errors.Cancelled):
        analyze(doc, cancel=lambda: True)


def test_headings_do_not_make_findings() -> None:
    text = "# Vos droits\n\nNous collectons votre adresse e-mail pour vous répondre.\n"
    s = analyze(load_text(text), lang="fr")
    for r in s.rights:
        for ev in r.evidence:
            assert ev.quote != "# Vos droits"


def test_unbulleted_lines_under_a_lead_in_are_its_items() -> None:
    # plain-text lists without bullets: each short line under "…:" is an item of that lead-in,
    # the last one too (a blank line after it does not make it a heading)
    text = (
        "What we record\n"
        "The following is recorded automatically when you browse the site:\n"
        "Date of your visit\n"
        "Kind of web browser used\n"
        "\n"
        "These records help us fix problems.\n"
    )
    s = analyze(load_text(text), lang="en")
    assert "device" in {c.category for c in s.collected}


def test_an_item_finishes_its_lead_in_sentence() -> None:
    # a rule that wants its context in the sentence itself (shared.legal in pt) finds it in the
    # lead-in that the item completes — not in a lead-in to purposes
    text = (
        "Política de privacidade. Tratamos os seus dados pessoais com cuidado.\n\n"
        "Quem recebe os seus dados\n\n"
        "Os seus dados podem ser comunicados às seguintes categorias de destinatários:\n"
        "1. resseguradoras, para partilha do risco;\n"
        "2. a Autoridade Tributária, tribunais e órgãos de polícia criminal, quando a lei o impõe.\n"
    )
    s = analyze(load_text(text), lang="pt", require_policy=False)
    assert "legal" in {r.recipient for r in s.shared_with}
    # … or stands for its heading's topic
    text = (
        "Política de privacidade. Tratamos os seus dados pessoais com cuidado.\n\n"
        "Com quem compartilhamos\n\n"
        "- Transportadoras: Correios e Jadlog, que recebem nome e endereço;\n"
        "- Autoridades: quando houver determinação legal ou ordem judicial.\n"
    )
    s = analyze(load_text(text), lang="pt", require_policy=False)
    assert "legal" in {r.recipient for r in s.shared_with}
    text = (
        "Politique de confidentialité. Nous traitons vos données personnelles avec soin.\n\n"
        "Nous pouvons utiliser les informations collectées aux fins suivantes :\n"
        "• Envoyer des notifications de service et des messages d'assistance.\n"
    )
    s = analyze(load_text(text), lang="fr", require_policy=False)
    assert "communications" not in {c.category for c in s.collected}


def test_a_table_row_is_read_under_its_header_row() -> None:
    # "obrigação legal" in a row under "Quanto tempo guardamos" is a retention reason, though the
    # row itself says nothing about keeping (legal_requirement wants its context in the sentence)
    text = (
        "Política de privacidade. Tratamos os seus dados pessoais com cuidado.\n\n"
        "| Finalidade | Fundamento | Quanto tempo guardamos |\n"
        "|---|---|---|\n"
        "| Obrigações fiscais | obrigação legal | 7 anos |\n"
    )
    s = analyze(load_text(text), lang="pt", require_policy=False)
    assert "legal_requirement" in s.retention.kinds


def test_a_subsection_of_what_is_collected_lists_data() -> None:
    # "2.2 When you contact us" has a topic of its own (contact), but it stands under "2. Personal
    # data we collect": its sentences list data; under "3. How we use your data" they do not
    text = (
        "Privacy policy. We process your personal data with care.\n\n"
        "## 2. Personal data we collect\n\n"
        "### 2.1 When you create an account\n\n"
        "Your name and password.\n\n"
        "### 2.2 When you contact us\n\n"
        "Messages you send to our support team, and the replies.\n\n"
        "## 3. How we use your data\n\n"
        "### 3.1 When you contact us\n\n"
        "We answer the messages you send to our support team.\n"
    )
    s = analyze(load_text(text), lang="en", require_policy=False)
    quotes = [e.quote for c in s.collected if c.category == "communications" for e in c.evidence]
    assert quotes == ["Messages you send to our support team, and the replies."]

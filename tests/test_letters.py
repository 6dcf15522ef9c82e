"""Request letters and complaints (``policylens.core.letters``): templates, addresses, authorities, .eml."""

from __future__ import annotations

import email
import email.policy
import json
import re
import sys
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import pytest

from corpus_paths import ROOT, SAMPLES, SHARED
from policylens.core import letters as L
from policylens.core.analyze import analyze
from policylens.core.letters import templates as T
from policylens.core.loaders import load_path, load_text

MARKER = re.compile(r"\[[^\[\]\n]+\]")


@cache
def seed(name: str):
    doc = load_path(SAMPLES / name)
    return doc, analyze(doc)


def user_markers(letter: L.Letter, tpl: T.Template) -> set[str]:
    """The markers a user fills in whatever the policy says: their own fields and the attachments."""
    allowed = set(letter.fields.values())
    allowed |= set(MARKER.findall(tpl.labels["attachments"]))
    return allowed


# ---------------------------------------------------------------------------- templates


@pytest.mark.parametrize("lang", T.GDPR_LANGUAGES)
@pytest.mark.parametrize("request_", T.REQUESTS)
def test_every_template_renders_with_no_placeholder_left(lang: str, request_: str) -> None:
    doc, summary = seed("fr-creality.txt")
    letter = L.draft(summary, request_, lang=lang, text=doc.text, country="fr")
    tpl = T.load(lang)
    assert letter.language == lang
    assert "{" not in letter.text and "}" not in letter.text, letter.text
    # every marker left is a field of the template (the user's own, or the company's when not found)
    assert set(letter.markers) <= set(tpl.fields.values()) | user_markers(letter, tpl)
    # the letter cites its article and the article's official title
    art = T.ARTICLE[request_]
    assert re.search(rf"(?<!\d){art}(?!\d)", letter.subject)
    assert tpl.articles[art] in letter.text
    if request_ != "complaint":
        assert tpl.text["deadline"] in letter.text  # Art. 12(3): one month
        assert re.search(r"(?<!\d)12(?!\d)", tpl.text["deadline"])
        assert "Shenzhen Creality 3D Technology Co., Ltd" in letter.text
        assert "cs@creality.com" in letter.text


def test_every_language_has_the_same_shape() -> None:
    shapes = set()
    for lang in T.GDPR_LANGUAGES:
        data = tomllib.loads((ROOT / "app/policylens/core/letters/templates" / f"{lang}.toml").read_text("utf-8"))
        shapes.add(json.dumps({k: sorted(v) if isinstance(v, dict) else None for k, v in data.items()}, sort_keys=True))
    assert len(shapes) == 1


def test_a_template_of_the_wrong_shape_fails_on_load() -> None:
    good = tomllib.loads(resources.files("policylens.core.letters").joinpath("templates", "en.toml").read_text("utf-8"))
    T.parse(good, "en.toml")
    bad = json.loads(json.dumps(good))
    bad["requests"]["access"]["body"] += " {controler}"
    with pytest.raises(T.TemplateError, match="controler"):
        T.parse(bad, "bad.toml")
    bad = json.loads(json.dumps(good))
    del bad["requests"]["erasure"]
    with pytest.raises(T.TemplateError, match="erasure"):
        T.parse(bad, "bad.toml")
    bad = json.loads(json.dumps(good))
    bad["fields"]["name"] = "your name"
    with pytest.raises(T.TemplateError, match="bracketed"):
        T.parse(bad, "bad.toml")
    with pytest.raises(T.TemplateError):
        T.load("xx")


def test_legal_references_per_language() -> None:
    """The regulation's name and how each language cites Art. 12(3)."""
    cites = {
        "en": "Article 12(3) GDPR", "fr": "article 12, paragraphe 3, du RGPD", "de": "Art. 12 Abs. 3 DSGVO",
        "sv": "artikel 12.3 i dataskyddsförordningen", "es": "artículo 12, apartado 3, del RGPD",
        "it": "articolo 12, paragrafo 3, del GDPR", "nl": "artikel 12, lid 3, AVG",
        "pt": "artigo 12.º, n.º 3, do RGPD", "pl": "art. 12 ust. 3 RODO",
        "da": "artikel 12, stk. 3, i databeskyttelsesforordningen", "no": "personvernforordningen artikkel 12 nr. 3",
        "fi": "Tietosuoja-asetuksen 12 artiklan 3 kohdan",
    }
    for lang, cite in cites.items():
        tpl = T.load(lang)
        assert cite in tpl.text["deadline"], lang
        assert "2016/679" in tpl.regulation


# ---------------------------------------------------------------------------- the seeds

EXPECTED = {
    "fr-creality.txt": ("Shenzhen Creality 3D Technology Co., Ltd", "cs@creality.com"),
    "fr-melogen-ai.txt": ("Melogen AI", "support@melogenai.com"),
    "fr-genletter.txt": ("Genletter", None),  # the saved page hides the address ("[email protected]")
    "fr-qazar-cloud.txt": ("QAZAR CLOUD TECHNOLOGIES", None),  # likewise
    "sv-orange-music.txt": ("Orange Music", None),  # gives no e-mail address at all
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_access_letter_on_each_seed(name: str) -> None:
    doc, summary = seed(name)
    letter = L.draft(summary, "access", text=doc.text)
    tpl = T.load(letter.language)
    controller, mail = EXPECTED[name]
    assert letter.language == summary.language.code
    assert letter.to_name == controller and controller in letter.text
    assert tpl.articles["15"] in letter.text and tpl.text["deadline"] in letter.text
    assert letter.to_email == mail
    if mail:
        assert mail in letter.text
        assert not letter.warnings
        # only the user's own fields are left to fill in
        assert set(letter.markers) <= user_markers(letter, tpl), letter.markers
        ev = next(p for p in letter.parts if p.what == "email").evidence
        assert ev is not None and mail in ev.quote and doc.text[ev.start : ev.end] == ev.quote
    else:
        assert letter.warnings and letter.warnings[0] in ("no_email", "obfuscated_email")
        assert tpl.fields["controller_address"] in letter.text  # the postal letter, address to fill in


def test_the_sentence_for_rights_requests_is_preferred() -> None:
    _doc, summary = seed("fr-creality.txt")
    ev = L.pick_email(summary).evidence
    assert ev is not None and ev.section and "DROITS" in ev.section


def test_postal_address_recovered_from_the_evidence() -> None:
    doc, summary = seed("fr-melogen-ai.txt")
    part = L.pick_address(summary, L.pick_email(summary).evidence, doc.text)
    assert part.value and part.value.startswith("Équipe Confidentialité Melogen AI") and "Pékin" in part.value
    assert part.evidence is not None and part.value in doc.text
    assert "Adresse :" not in part.value


def test_address_lines_and_the_authority_email_on_a_dev_policy() -> None:
    path = SHARED / "corpus/dev/fi/tietokilta-ry_jasenrekisteri_tietosuojaseloste.txt"
    if not path.is_file():
        pytest.skip("shared corpus not available")
    doc = load_path(path)
    summary = analyze(doc)
    assert "tietosuoja@om.fi" in summary.contact.emails  # the Finnish authority, listed among contacts
    assert L.pick_email(summary).value == "hallitus@tietokilta.fi"


def test_obfuscated_email_is_shown_with_its_sentence() -> None:
    doc, summary = seed("fr-genletter.txt")
    letter = L.draft(summary, "access", text=doc.text, lang="en")
    part = next(p for p in letter.parts if p.what == "email")
    assert part.value is None and part.evidence is not None and "protected]" in part.evidence.quote
    assert "obfuscated_email" in letter.warnings
    assert T.load("en").fields["controller_email"] in letter.text


def test_no_controller_no_contact_still_drafts_with_warnings() -> None:
    doc = load_text("We collect your e-mail address and your IP address. We keep your data for two years. "
                    "You have the right to access your data.", name="bare.txt")
    summary = analyze(doc)
    letter = L.draft(summary, "erasure", text=doc.text, lang="de")
    tpl = T.load("de")
    assert letter.warnings[0] == "no_controller"
    assert {"no_email", "no_address"} <= set(letter.warnings)
    assert tpl.fields["controller"] in letter.text and tpl.fields["controller_address"] in letter.text
    assert "{" not in letter.text


# ---------------------------------------------------------------------------- authorities


def test_complaint_in_sweden_goes_to_imy() -> None:
    doc, summary = seed("fr-creality.txt")
    letter = L.draft(summary, "complaint", text=doc.text, country="se")
    assert letter.authority is not None and letter.authority.slug == "sedi"
    assert letter.to_email == "imy@imy.se" and "Integritetsskyddsmyndigheten" in letter.text
    assert letter.language == "sv"  # the authority's complaint language
    assert "Shenzhen Creality 3D Technology Co., Ltd" in letter.text and "cs@creality.com" in letter.text
    assert T.load("sv").articles["77"] in letter.text


def test_unknown_country_lists_the_known_ones() -> None:
    with pytest.raises(L.UnknownCountry) as err:
        L.authority_for("xx")
    assert "“xx”" in str(err.value) and "se" in str(err.value) and "de" in str(err.value)
    assert err.value.exit_code == 2


def test_germany_federal_and_every_state() -> None:
    assert L.authority_for("de").kind == "federal"
    assert L.authority_for("DE").name.startswith("Die Bundesbeauftragte")
    for code in L.GERMAN_STATES:
        a = L.authority_for("de", code)
        assert a.kind == "state" and a.state == code
    assert L.authority_for("de-by").slug == "debaylda"  # the private sector in Bavaria
    with pytest.raises(L.UnknownState):
        L.authority_for("de", "XX")
    doc, summary = seed("fr-creality.txt")
    assert "germany_state" in L.draft(summary, "complaint", text=doc.text, country="de").warnings
    assert len(L.german_authorities()) == 17


AUTHORITIES = json.loads(resources.files("policylens.core.letters").joinpath("authorities.json").read_text("utf-8"))


@pytest.mark.parametrize("rec", AUTHORITIES["authorities"], ids=lambda r: r["slug"])
def test_every_authority_entry(rec: dict) -> None:
    a = next(x for x in L.authorities() if x.slug == rec["slug"])
    assert a.name.strip() and a.countries and all(re.fullmatch(r"[a-z]{2}", c) for c in a.countries)
    lines = a.address.splitlines()
    assert len(lines) >= 2 and all(line.strip() for line in lines)
    assert a.email or a.webform or a.web, "no way to reach the authority"
    if a.email:
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", a.email)
    for url in (a.web, a.webform, *a.sources):
        if url:
            assert url.startswith(("https://", "http://"))
    assert a.sources, "every fact has its source"
    if a.complaint_language:
        assert re.fullmatch(r"[a-z]{2}", a.complaint_language)
    assert a.kind in ("national", "federal", "state", "state-public", "church", "broadcasting")
    if "de" not in a.countries:  # one authority per country outside Germany
        assert L.authority_for(a.countries[0]).slug == a.slug


def test_authorities_are_the_shared_data() -> None:
    src = SHARED / "data" / "supervisory-authorities"
    if not src.is_dir():
        pytest.skip("shared data not available")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_authorities
    finally:
        sys.path.pop(0)
    assert build_authorities.build(src) == AUTHORITIES
    assert "CC0" in AUTHORITIES["source"]


def test_country_from_locale() -> None:
    assert L.country_from_locale({"LANG": "sv_SE.UTF-8"}) == "se"
    assert L.country_from_locale({"LC_ALL": "de_AT.UTF-8", "LANG": "sv_SE.UTF-8"}) == "at"
    assert L.country_from_locale({"LANG": "en_GB.UTF-8"}) == "gb"
    assert L.country_from_locale({"LANG": "C.UTF-8"}) is None
    assert L.country_from_locale({"LANG": "en_US.UTF-8"}, fallback="ie") == "ie"


# ---------------------------------------------------------------------------- CCPA

US_POLICY = (
    "Acme Inc. Privacy Policy. We collect your name, e-mail address and purchase history. "
    "We may sell personal information to advertising partners. "
    "California residents: under the California Consumer Privacy Act (CCPA) you have the right to know, "
    "to delete and to opt out of the sale of your personal information. "
    "To exercise your rights, click Do Not Sell My Personal Information or e-mail privacy@acme.example."
)


def test_us_policy_gets_ccpa_requests() -> None:
    assert L.detect_law(US_POLICY) == "ccpa"
    assert L.detect_law(US_POLICY + " Under the GDPR, EU users may also complain.") == "gdpr"
    assert L.laws_for(US_POLICY + " GDPR") == ["gdpr", "ccpa"]
    doc = load_text(US_POLICY, name="acme.txt")
    summary = analyze(doc)
    tpl = T.load("en", "ccpa")
    for req in L.CCPA_REQUESTS:
        letter = L.draft(summary, req, text=doc.text, lang="fr")
        assert letter.law == "ccpa" and letter.language == "en" and "ccpa_english" in letter.warnings
        assert "1798." in letter.subject and "{" not in letter.text
        assert letter.to_email == "privacy@acme.example"
        assert set(letter.markers) <= set(tpl.fields.values()) | set(MARKER.findall(tpl.labels["attachments"]))
    assert "15 business days" in L.draft(summary, "objection", text=doc.text).text
    with pytest.raises(L.NotForLaw):
        L.draft(summary, "portability", text=doc.text)


# ---------------------------------------------------------------------------- .eml, mailto


def test_eml_round_trips_through_the_email_module() -> None:
    doc, summary = seed("sv-orange-music.txt")
    letter = L.draft(summary, "complaint", text=doc.text, country="se")
    edited = letter.text.replace("[ditt fullständiga namn]", "Åsa Öberg")
    raw = L.to_eml(letter, edited)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["To"] == "imy@imy.se"
    assert msg["Subject"] == letter.subject and "Klagomål" in msg["Subject"]
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content().replace("\r\n", "\n") == edited
    assert msg["X-Unsent"] == "1"


def test_eml_without_an_address_has_no_to() -> None:
    doc, summary = seed("sv-orange-music.txt")
    letter = L.draft(summary, "access", text=doc.text)
    msg = email.message_from_bytes(L.to_eml(letter), policy=email.policy.default)
    assert msg["To"] is None and msg["Subject"] == letter.subject


def test_mailto_link() -> None:
    doc, summary = seed("fr-creality.txt")
    letter = L.draft(summary, "erasure", text=doc.text)
    link = L.mailto(letter)
    assert link.startswith("mailto:cs@creality.com?subject=")
    query = link.split("?", 1)[1]
    subject, body = (unquote(p.split("=", 1)[1]) for p in query.split("&"))
    assert subject == letter.subject and body.replace("\r\n", "\n") == letter.text


def test_save_never_overwrites(tmp_path: Path) -> None:
    from policylens.export.letter import LetterExists, save_letter

    doc, summary = seed("fr-creality.txt")
    letter = L.draft(summary, "access", text=doc.text)
    out = tmp_path / "letter.txt"
    save_letter(letter, out)
    assert out.read_text("utf-8") == letter.text
    with pytest.raises(LetterExists):
        save_letter(letter, out, text="other")
    assert out.read_text("utf-8") == letter.text
    save_letter(letter, out, text="other", force=True)
    assert out.read_text("utf-8") == "other"
    pdf = tmp_path / "letter.pdf"
    assert save_letter(letter, pdf) == "pdf" and pdf.read_bytes().startswith(b"%PDF")


def test_an_address_on_several_lines_is_one_address() -> None:
    path = SHARED / "corpus/dev/fr/demarches-simplifiees_politique_confidentialite.txt"
    if not path.is_file():
        pytest.skip("shared corpus not available")
    doc = load_path(path)
    summary = analyze(doc)
    email_part = L.pick_email(summary)
    assert email_part.value == "dpd@pm.gouv.fr"  # the DPO's, given "pour exercer vos droits"
    part = L.pick_address(summary, email_part.evidence, doc.text)
    assert part.value == "56 rue de Varenne\n75007 Paris"
    assert part.evidence is not None and doc.text[part.evidence.start : part.evidence.end] == part.evidence.quote

"""A short, unnumbered sub-heading whose only topic comes from a word of its data category
("Contact with support", Dutch "Apparaat en gebruik") stays part of the numbered section above it
("2. What information we collect"): its sentences still name collected data. A numbered heading
opens a section of its own and inherits nothing from the one before."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

POLICY = """Privacy policy of Example Ltd

1. Who we are

Example Ltd runs the Example app. Write to privacy@example.com.

2. What information we collect

Account
Your name, e-mail address and password.

Contact with support
Your questions and our answers, by e-mail or chat.

3. Contact

Our support team answers your questions by e-mail or chat.
"""


def _evidence(text: str, lang: str, category: str) -> list[str]:
    summary = analyze(load_text(text), lang)
    return [e.quote for c in summary.collected if c.category == category for e in c.evidence]


def test_sub_heading_with_a_weak_topic_stays_in_its_collect_section() -> None:
    quotes = _evidence(POLICY, "en", "communications")
    assert any(q.startswith("Your questions and our answers") for q in quotes)
    # the numbered "3. Contact" section does not inherit "collect" from section 2
    assert not any(q.startswith("Our support team") for q in quotes)


def test_unnumbered_document_is_unchanged() -> None:
    # without a numbered section above, a weak-topic heading still ends the walk up
    text = POLICY.replace("2. What information we collect", "What information we collect")
    text = text.replace("1. Who we are", "Who we are").replace("3. Contact", "Contact")
    quotes = _evidence(text, "en", "communications")
    assert not any(q.startswith("Your questions and our answers") for q in quotes)


def test_dutch_data_category_sub_headings() -> None:
    text = """Privacyverklaring van Voorbeeld B.V.

2. Welke gegevens verwerken we?

Apparaat en gebruik
Het type toestel en hoe je de app gebruikt: welke schermen je opent.

Contact met de klantenservice
Je vragen en onze antwoorden, via e-mail of de chat in de app.

3. Met wie delen we gegevens?

We werken met verwerkers voor hosting. Mail naar privacy@voorbeeld.nl.
"""
    assert _evidence(text, "nl", "usage")
    assert _evidence(text, "nl", "communications")


def test_a_lead_in_heading_ending_with_a_colon_stays_in_its_collect_section() -> None:
    # "When you use the app:" introduces a part of "What does the app collect?", at the same level
    text = """Privacy in the Hearwell app

What does the app collect?

When you connect your hearing aids:
- the model and firmware version of each hearing aid

When you use the app:
- the programs you choose and for how long

If you create an account: your name, e-mail address and password.

Write to privacy@hearwell.example.
"""
    assert _evidence(text, "en", "account")
    assert _evidence(text, "en", "contact")


def test_a_lead_in_of_no_topic_passes_on_its_headings_topic_to_its_items() -> None:
    # "Who receives your data" / "Only those who must take part:" / "- the courts and the police":
    # the lead-in names no topic of its own, so its items stand for the heading's (sharing), and a
    # rule that wants its context in the sentence finds it there
    text = """Privacy policy of Example Ltd

We collect your name, e-mail address and order history to run your account, and we keep this
personal data for two years. You have the right to access and delete your data: write to
privacy@example.com.

Who receives your data

Only those who must take part in the service:

- the courts and the police;
- our hosting company.
"""
    summary = analyze(load_text(text), "en")
    assert "legal" in {s.recipient for s in summary.shared_with}
    # a lead-in with a topic of its own keeps it: "We keep these records:" is no sharing
    kept = text.replace("Only those who must take part in the service:", "We keep these records for our files:")
    assert "legal" not in {s.recipient for s in analyze(load_text(kept), "en").shared_with}
    # a sub-heading after the paragraphs of the one before is its sibling, not its lead-in
    sibling = text.replace(
        "Only those who must take part in the service:",
        "We use processors for hosting.\n\nEnforcement:\n\nWe use the data as required by law.\n\nDetails:",
    )
    assert "legal" not in {s.recipient for s in analyze(load_text(sibling), "en").shared_with}


def test_a_label_about_the_children_under_a_collect_heading_lists_collected_data() -> None:
    """"About your child:" below "What data we collect" (an unnumbered document, one level) labels a
    part of that section: the items under it are collected data, and so are those under the next
    label at its level. Under a heading about something else it passes on nothing."""
    text = """Privacy notice of Little Steps Nursery

What data we collect

About your child:
- the name and the date of birth;
- allergies and the medicines given at the nursery.

About the parents:
- the phone number and the e-mail address.

Your rights

You may ask for a copy of your data. Write to office@littlesteps.example.
"""
    assert "- the name and the date of birth;" in _evidence(text, "en", "identity")
    assert "- the phone number and the e-mail address." in _evidence(text, "en", "contact")
    # under a heading that is not about collection, the labels pass nothing on
    other = text.replace("What data we collect", "Our nursery")
    assert "- the name and the date of birth;" not in _evidence(other, "en", "identity")


NUMBERED = """Privacy policy of Example Air

1. What we collect

1.1 Booking
Your name and e-mail address when you book a flight.

1.2 Passport
The passport number where the law requires it.

1.3 Payment
The last four digits of your card.

1.4 Assistance
The help you ask for at the airport.

1.5 Points
The points you earn.

1.6 At the airport
The time you board.

1.7 Customer service
Your questions to our support team.

1.8 Website and app
With your consent, the app uses your location to show the nearest airport.

2. Sharing

We share booking data with airports and our hosting provider.

3. Children

Our flights are not booked by children under 16.

4. Changes

Write to privacy@example-air.example about this policy.
"""


def _inherited(text: str, lang: str, start: str) -> frozenset[str]:
    from policylens.core.engine.contexts import build, segment_document
    from policylens.core.rules import load_pack

    doc = load_text(text)
    pack = load_pack(lang)
    sents = segment_document(doc, [pack] * len(doc.blocks), pack)
    seg = build(doc, sents, [pack] * len(sents))
    (i,) = [i for i, s in enumerate(sents) if doc.text[s.start : s.end].startswith(start)]
    return seg.inherited[i]


def test_a_numbered_sub_heading_stands_under_its_parent_not_its_siblings() -> None:
    """"1.8 Website and app" (no topic) stands in "1. What we collect", however many sibling
    sub-sections come between: its sentences name collected data. "4. Changes" is no part of
    "3. Children" before it, nor of "2. Sharing"."""
    assert "collect" in _inherited(NUMBERED, "en", "With your consent, the app uses your location")
    assert "location" in {c.category for c in analyze(load_text(NUMBERED), "en").collected}
    assert not _inherited(NUMBERED, "en", "Write to privacy@") & {"children", "share"}


def test_a_label_of_no_topic_but_use_under_a_sharing_heading_passes_on_sharing() -> None:
    """"4. Met wie wij gegevens delen" / "Verder maken wij gebruik van:" / "- Exact Online voor de
    boekhouding": the label names what the section's sharing goes to, its items are recipients;
    under a heading about something else it passes on no sharing."""
    text = """Privacyverklaring van Voorbeeld B.V.

4. Met wie wij gegevens delen

Wij delen gegevens met onze verwerkers.

Verder maken wij gebruik van:

- Exact Online voor de boekhouding;
- Ledgerly Mail voor onze nieuwsbrief.

5. Bewaartermijnen

Wij bewaren facturen zeven jaar. Mail naar privacy@voorbeeld.nl.
"""
    assert "share" in _inherited(text, "nl", "- Exact Online")
    other = text.replace("4. Met wie wij gegevens delen", "4. Hoe wij werken").replace(
        "Wij delen gegevens met onze verwerkers.", "Wij werken vanuit Utrecht."
    )
    assert "share" not in _inherited(other, "nl", "- Exact Online")


def test_the_first_numbered_label_stands_under_the_heading_above_it() -> None:
    """"We process the following data" / "Member data:" / "1. General data:" / "- Name, address":
    with no numbered section before it, a numbered label stands under the headings above it."""
    text = """Privacy policy for members

We process the following personal data

Member data:

1. General data:

- Name, address, date of joining, phone number, date of birth

1. Data about volunteers:

- Name, the tasks you take on

Write to board@club.example.
"""
    assert "collect" in _inherited(text, "en", "- Name, address")
    assert "collect" in _inherited(text, "en", "- Name, the tasks")


# "we ask you for:" as the lead-in of a list of data (round 8): the items under it are collected
ASK_LEAD_INS = {
    "es": (
        "Política de privacidad de Huerta Viva\n\nResponsable: Huerta Viva, S.L. Contacto: hola@huertaviva.example\n\n"
        "Cuando te suscribes, te pedimos:\n\n• tu nombre y apellidos;\n• tu teléfono y tu correo electrónico.\n"
    ),
    "it": (
        "Informativa privacy di Orto Vivo\n\nTitolare: Orto Vivo S.r.l. Contatto: ciao@ortovivo.example\n\n"
        "Quando ti abboni, ti chiediamo:\n\n• nome e cognome;\n• numero di telefono e indirizzo e-mail.\n"
    ),
    "fr": (
        "Politique de confidentialité de Potager Vif\n\nResponsable : Potager Vif SAS. "
        "Contact : bonjour@potagervif.example\n\n"
        "Lors de votre abonnement, nous vous demandons :\n\n• vos nom et prénom ;\n"
        "• votre téléphone et votre adresse e-mail.\n"
    ),
    "pt": (
        "Política de privacidade da Horta Viva\n\nResponsável: Horta Viva, Lda. Contacto: ola@hortaviva.example\n\n"
        "Quando faz a assinatura, pedimos-lhe:\n\n• o nome e o apelido;\n• o telefone e o email.\n"
    ),
}


def test_a_we_ask_you_for_lead_in_gives_its_list_the_collect_context() -> None:
    for lang, text in ASK_LEAD_INS.items():
        s = analyze(load_text(text, f"ask-{lang}.txt"))
        assert s.language.code == lang
        assert {"identity", "contact"} <= {c.category for c in s.collected}, lang


# A list lead-in that opens with its purpose and ends on what it collects ("To the ends set out in this
# notice, we obtain the following data:") lists data: its items keep "collect". One that ends on the
# purposes ("The data we obtain are used for the following ends:") still lists uses.
AVISO = """Aviso de privacidad

I. Datos que obtenemos

Para cumplir las finalidades descritas más abajo, recabamos los siguientes datos personales:
• Datos de localización del cliente: teléfono fijo y correo electrónico.
• Datos de cobro: forma de pago elegida.

II. Uso

Los datos que recabamos se utilizan para las siguientes finalidades:
• Mandarle el presupuesto a su correo electrónico.

III. Derechos

Puede ejercer su derecho de acceso escribiendo a privacidad@ejemplo.mx.
"""


def test_lead_in_that_ends_on_collected_data_keeps_collect() -> None:
    quotes = _evidence(AVISO, "es", "contact")
    assert any(q.startswith("• Datos de localización del cliente") for q in quotes)
    assert _evidence(AVISO, "es", "financial")
    # the lead-in that ends on its purposes passes on no "collect"
    assert not any(q.startswith("• Mandarle el presupuesto") for q in quotes)


def test_a_label_with_a_word_of_another_topic_under_a_collect_heading_lists_collected_data() -> None:
    """«Do inquilino que solicita a garantia:» below «1. Quais dados coletamos» says whose data follow;
    its «solicita» is a rights word, but the label still stands in the section about collection, so
    its items are collected data. Under a heading about something else it passes on nothing more."""
    text = """Política de Privacidade da Exemplo Ltda.

Esta política explica como tratamos os seus dados pessoais. Coletamos o seu nome quando nos escreve.

1. Quais dados coletamos

Do inquilino que solicita a garantia:
• nome, CPF e data de nascimento;
• e-mail, celular e endereço atual;
• renda mensal e extratos bancários.

2. Contato

Escreva para privacidade@exemplo.com.br.
"""
    assert "• e-mail, celular e endereço atual;" in _evidence(text, "pt", "contact")
    assert "• renda mensal e extratos bancários." in _evidence(text, "pt", "financial")
    other = text.replace("1. Quais dados coletamos", "1. O nosso serviço")
    assert _evidence(other, "pt", "identity")
    assert "• e-mail, celular e endereço atual;" not in _evidence(other, "pt", "contact")



COOKIE_SECTION = """Polityka prywatności sklepu Przykład

§ 1. Administrator
Administratorem danych jest Przykład sp. z o.o., kontakt: dane@przyklad.pl. Zbieramy imię, nazwisko i adres e-mail.

§ 7. Pliki cookie
Ustawienia możesz zmienić w panelu „Preferencje” w stopce strony.
"""

TITLE_ON_COOKIES = """Privacy and cookie notice of Example Ltd

Who we are
Example Ltd runs the Example shop. We collect your name, e-mail address and delivery address when you
order. Write to privacy@example.com.

Things you should know
You can switch them off in your browser settings at any time.
"""


def _rights(text: str, lang: str, right: str) -> list[str]:
    summary = analyze(load_text(text), lang)
    return [e.quote for r in summary.rights if r.right == right for e in r.evidence]


def test_a_section_on_cookies_passes_its_topic_to_its_sentences() -> None:
    """«Ustawienia możesz zmienić w panelu …» under «§ 7. Pliki cookie» is the choice of cookies
    (it names none itself); under a section on something else it is no such choice."""
    assert [q[:26] for q in _rights(COOKIE_SECTION, "pl", "cookie_control")] == ["Ustawienia możesz zmienić "]
    other = COOKIE_SECTION.replace("§ 7. Pliki cookie", "§ 7. Konto klienta")
    assert not _rights(other, "pl", "cookie_control")


def test_a_documents_title_on_cookies_passes_no_such_topic() -> None:
    """A title ("Privacy and cookie notice") names what the whole document is about: a sentence
    under a heading with no topic of its own does not take cookies from it; under "Cookies" it does."""
    assert not _rights(TITLE_ON_COOKIES, "en", "cookie_control")
    section = TITLE_ON_COOKIES.replace("Things you should know", "Cookies")
    assert [q[:24] for q in _rights(section, "en", "cookie_control")] == ["You can switch them off "]

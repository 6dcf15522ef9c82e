"""Retention periods in tables: a row inherits the topic of its header row and of the heading above."""

from __future__ import annotations

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def days(text: str) -> set[float]:
    s = analyze(load_text(text, "policy.txt"))
    return {round(p.days) for p in s.retention.periods}


INTRO = "Politique de confidentialité\n\nNous collectons votre adresse e-mail et vos journaux de connexion.\n\n"


def test_rows_under_a_retention_header() -> None:
    text = INTRO + (
        "3. Combien de temps vos données sont-elles conservées ?\n\n"
        "| Type de données | Durée de conservation |\n| --- | --- |\n"
        "| Données du support | 1 mois |\n| Données de journalisation | 6 mois |\n"
    )
    assert {30, 182} <= days(text)


def test_rows_of_a_table_about_something_else() -> None:
    text = INTRO + (
        "Nos offres\n\n| Offre | Engagement |\n| --- | --- |\n| Essentiel | 1 mois |\n| Premium | 6 mois |\n"
    )
    assert not {30, 182} & days(text)


def test_a_semicolon_starts_the_clause_of_a_period() -> None:
    """"… we delete your account data within 30 days; invoices are kept for 10 years": the ten years
    are the invoices', not the account data's."""
    text = (
        "Privacy notice\n\nWe collect your name, your e-mail address and your invoices.\n\nRetention\n\n"
        "If you close your account, we delete your account data within 30 days; invoices are kept for 10 years "
        "as required by tax law.\n"
    )
    s = analyze(load_text(text, "policy.txt"))
    by_days = {round(p.days): p for p in s.retention.periods}
    assert by_days[3650].data == "financial"


def test_a_row_that_mentions_children_keeps_its_period() -> None:
    """Words about children elsewhere in a row ("to protect the children we work with") do not make the
    row's "2 anos" an age: only children's words in the duration's own cell do."""
    text = (
        "Aviso de privacidade\n\nColetamos nome, e-mail e telefone dos voluntários.\n\n"
        "| Situação | Dados | Finalidade | Prazo de guarda |\n| --- | --- | --- | --- |\n"
        "| Voluntariado | Nome, e-mail | Garantir a proteção das crianças | 2 anos após o fim da atividade |\n"
        "| Oficinas | Nome do responsável | Inscrição | 12 anos, idade das crianças |\n"
    )
    got = days(text)
    assert 730 in got
    assert 4380 not in got


def test_a_period_in_words_about_a_child_s_file_is_no_age() -> None:
    """In a sentence about keeping a child's file, "two years" spelled out is a period; an age in
    digits beside a retention word ("children under 16 years") still is none."""
    text = (
        "Privacy notice of Sunnyside Nursery\n\nWe collect the name and date of birth of each child.\n\n"
        "Retention\n\nThe child's file is destroyed at the latest two years after the child has left the nursery.\n\n"
        "We do not keep any data on children older than 12 years.\n"
    )
    got = days(text)
    assert 730 in got
    assert 4380 not in got


def test_a_sentence_about_a_childs_file_keeps_its_year() -> None:
    """A retention sentence that names the child far from its duration ("The child's file … is kept
    for the whole stay and for one year after leaving") states a period; the children's words
    right before a number of years still make it an age ("children under 13 years")."""
    text = (
        "Privacy notice of Little Steps Nursery Ltd\n\nLittle Steps Nursery Ltd is the controller of your "
        "personal data. We collect the name and date of birth of each child, and the parents' e-mail "
        "address and phone number. We share them with our software provider, who hosts the app.\n\n"
        "Your rights\n\nYou have the right to access, correct and erase your data. Write to "
        "privacy@littlesteps.example. You may complain to the supervisory authority.\n\n"
        "How long we keep data\n\n"
        "The child's file (enrolment form, certificates, diets) is kept for the whole stay at the "
        "nursery and for one year after leaving.\n\n"
        "We keep no data of children under 13 years longer than needed.\n"
    )
    got = days(text)
    assert 365 in got
    assert 4745 not in got


def test_an_item_of_a_retention_list_about_a_childs_data_keeps_its_period() -> None:
    """Under a retention heading, an item that names the child after its duration ("- Contact details:
    two years after your child's last camp") states a period, in any language; an item with the
    child's age right before a number of years ("- children under 16 years: …") still states none."""
    cases = [
        (
            "Privacyverklaring Kamp De Egel\n\n"
            "Wij verzamelen de naam en geboortedatum van uw kind en uw e-mailadres.\n\n"
            "Hoe lang bewaren we gegevens?\n\n"
            "- Contactgegevens: twee jaar na het laatste kamp van uw kind.\n"
            "- Kinderen onder de 12 jaar: geen gegevens na het kamp.\n",
            "nl",
        ),
        (
            "Datenschutz im Ferienlager Igel\n\n"
            "Wir erheben Namen und Geburtsdatum Ihres Kindes und Ihre E-Mail-Adresse.\n\n"
            "Wie lange speichern wir Daten?\n\n"
            "- Kontaktdaten: zwei Jahre nach dem letzten Lager Ihres Kindes.\n"
            "- Kinder unter 12 Jahren: keine Daten nach dem Lager.\n",
            "de",
        ),
        (
            "Privatlivspolitik for Pindsvinelejren\n\nVi indsamler dit barns navn og fødselsdato og din e-mail.\n\n"
            "Hvor længe gemmer vi oplysningerne?\n\n"
            "- Kontaktoplysninger: to år efter dit barns sidste lejr.\n"
            "- Børn under 12 år: ingen oplysninger efter lejren.\n",
            "da",
        ),
    ]
    for text, lang in cases:
        s = analyze(load_text(text, "policy.txt"), lang)
        got = {round(p.days) for p in s.retention.periods}
        assert 730 in got, lang
        assert 4380 not in got, lang


def test_a_bare_unit_after_a_guardian_s_data_is_a_period_not_an_age() -> None:
    """An item of a retention list that keeps a guardian's data «vuoden ajan» (for a year, a unit word
    with no number) states a year: an age is a number, and a bare unit has none."""
    text = (
        "Tietosuojaseloste\n\nKeräämme osallistujan nimen ja huoltajan puhelinnumeron.\n\n"
        "Säilytämme tietoja seuraavasti:\n"
        "– leiri-ilmoittautumiset ja huoltajan yhteystiedot vuoden ajan leirin jälkeen,\n"
        "– laskut kuusi vuotta.\n"
    )
    s = analyze(load_text(text, "policy.txt"), "fi")
    assert 365 in {round(p.days) for p in s.retention.periods}


def test_a_retention_item_whose_label_names_children_keeps_its_period() -> None:
    """"- files of children not admitted – 1 year": the dash ends the item's label (the data) and its
    value is the period, in any language; "children under 13 – …" is still an age."""
    cases = [
        (
            "Privacy notice of Little Oaks Nursery\n\nWe collect your child's name and date of birth and "
            "your e-mail address.\n\nHow long we keep data\n\nWe keep the following records:\n"
            "- enrolment files of children not admitted – 1 year after the admission round;\n"
            "- invoices – 5 years;\n- photos of children under 13 – until the end of the school year.\n",
            {365, 1825},
        ),
        (
            "Klauzula informacyjna przedszkola\n\nPrzetwarzamy imię i nazwisko dziecka oraz adres e-mail "
            "rodzica.\n\nOkresy przechowywania:\n"
            "– dokumentacja rekrutacyjna dzieci nieprzyjętych – przez 1 rok od zakończenia rekrutacji;\n"
            "– dokumenty finansowe – przez 5 lat.\n",
            {365, 1825},
        ),
    ]
    for text, want in cases:
        assert days(text) == want, text


def test_a_long_label_and_value_line_under_a_retention_heading() -> None:
    """"Factures : 7 ans, conformément au Code … et à la législation fiscale": a line of a retention
    list written without bullets keeps its period however long its reason; a long sentence that only
    stands under the heading and mentions a number later does not."""
    text = INTRO + (
        "6. Combien de temps gardons-nous vos données ?\n\n"
        "Données de commande et factures : 7 ans, conformément au Code des sociétés et des associations et à "
        "la législation fiscale\n"
        "Journaux du serveur : 6 mois\n"
    )
    assert {2555, 182} <= days(text)
    other = INTRO + (
        "6. Combien de temps gardons-nous vos données ?\n\n"
        "Nous avons revu cette page avec notre conseil et les représentants de nos clients, qui sont au "
        "nombre de 40 ans après la fondation de la maison.\n"
    )
    assert 14610 not in days(other)


def test_a_cookie_table_row_states_a_cookie_lifetime_not_a_retention_period() -> None:
    """A cookie table headed "Retention period": the row of a cookie names how long the cookie lasts
    in the browser, not how long personal data are kept; a data row of a retention table still counts."""
    text = (
        "Privacy notice\n\nWe collect your name, your e-mail address and the pages you visit.\n\n"
        "Cookies\n\n| Cookie | Provider | Purpose | Retention period |\n| --- | --- | --- | --- |\n"
        "| Google Analytics cookies (_ga) | Google | visit statistics | 2 years |\n\n"
        "How long we keep your data\n\n| Type of data | Retention period |\n| --- | --- |\n"
        "| Support tickets | 6 months |\n| Cookies | 13 months at most |\n"
    )
    got = days(text)
    assert 730 not in got
    assert 182 in got
    assert 395 in got  # the retention table's own row for cookies (two cells) is a period


def test_a_word_of_keeping_between_the_childrens_words_and_a_year_makes_it_a_period() -> None:
    """«Konfirmandlister og forældres kontaktoplysninger sletter vi 1 år efter konfirmationen»: the parents'
    word stands before the year, but «sletter» (delete) between them makes it a period, not an age; «børn
    under 13 år» right before the years is still an age."""
    text = (
        "Privatlivspolitik for Skovby Sogns Menighedsråd\n\nVi behandler navn, adresse og telefonnummer på "
        "konfirmander og deres forældre.\n\nHvor længe gemmer vi oplysningerne?\n\n"
        "Konfirmandlister og forældres kontaktoplysninger sletter vi 1 år efter konfirmationen. "
        "Vi gemmer ikke oplysninger om børn under 13 år længere end nødvendigt.\n"
    )
    got = days(text)
    assert 365 in got
    assert 4745 not in got


def test_a_purpose_row_naming_the_cookie_banner_keeps_its_period() -> None:
    """A table of purposes, legal bases and periods: «Statistiche e pubblicità | Consenso tramite il banner dei
    cookie | Fino a 13 mesi» names the cookie banner as the legal basis, not a cookie; its period counts. A row of
    a cookie table (its header names cookies) still states a cookie's lifetime."""
    text = (
        "Informativa privacy\n\nRaccogliamo il tuo nome, il tuo indirizzo e-mail e le pagine che visiti.\n\n"
        "Per quanto tempo conserviamo i dati\n\nFinalità | Base giuridica | Conservazione\n"
        "Fatturazione | Obbligo di legge | 10 anni\n"
        "Statistiche e pubblicità personalizzata | Consenso tramite il banner dei cookie | Fino a 13 mesi\n\n"
        "Cookie\n\nCookie | Fornitore | Finalità | Durata\n"
        "Cookie di Google Analytics (_ga) | Google | statistiche | 2 anni\n"
    )
    got = days(text)
    assert 395 in got
    assert 730 not in got


def test_a_purpose_naming_a_pixel_in_a_table_of_purposes_keeps_its_period() -> None:
    """«Pubblicità personalizzata tramite pixel di Meta | … | 180 giorni»: the header says the first column holds
    purposes, so a purpose that names a pixel is no cookie's row, and its period is the policy's."""
    text = (
        "Informativa privacy\n\nRaccogliamo il tuo nome, il tuo indirizzo e-mail e le pagine che visiti.\n\n"
        "Per quanto tempo conserviamo i dati\n\nFinalità | Dati | Base giuridica | Conservazione\n"
        "Gestione degli ordini | nome, indirizzo | contratto | 10 anni\n"
        "Pubblicità personalizzata tramite pixel di Meta | dati di navigazione | consenso | 180 giorni\n"
    )
    assert 180 in days(text)

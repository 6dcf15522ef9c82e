"""Plain-text tables (cells joined by " | ") and the text around them:

- a header row whose first cell names data («Information | When | Purpose», «Données | Finalité», «Uppgift |
  Tid») gives its rows the collect context in every pack, as de, nl, da, es, no and fi had: under «What we
  collect», a «Purpose» column no longer makes the rows purposes only, and nothing was found in them;
- a header row is no heading of a section: its rows take its columns' topics and the topic of the section
  above («5. How long do we keep your data?» above «Data | Period»: the rows are about keeping data);
- a later row of a table is no heading, however short («Zendesk | chat»): the paragraph after the table
  belongs to the section, not to the table's last short row."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text


def summary(text: str):
    return analyze(load_text(text, "x.txt"))


def collected(text: str) -> set[str]:
    return {c.category for c in summary(text).collected}


HEADER_ROWS = [
    (
        "Privacy notice of Glacier Walks Ltd\n\n1. WHAT WE COLLECT\n\n"
        "Information                   | When                   | Purpose\n"
        "Name, email and phone number  | When you book a walk   | To run your booking\n"
        "Card payment details          | When you pay online    | To take payment\n\n"
        "2. WHO WE SHARE WITH\n\nWe share nothing with others.\n"
    ),
    (
        "Politique de confidentialité de Randos Glacier SARL\n\n1. CE QUE NOUS COLLECTONS\n\n"
        "Données                          | Quand                     | Finalité\n"
        "Nom, adresse e-mail et téléphone | Lors de la réservation    | Gérer votre réservation\n"
        "Coordonnées bancaires            | Lors du paiement en ligne | Encaisser le paiement\n\n"
        "2. PARTAGE\n\nNous ne partageons rien.\n"
    ),
    (
        "Informativa privacy di Escursioni Ghiacciaio S.r.l.\n\n1. COSA RACCOGLIAMO\n\n"
        "Dati                             | Quando                    | Finalità\n"
        "Nome, indirizzo e-mail e telefono | Alla prenotazione         | Gestire la prenotazione\n"
        "Dati della carta di pagamento     | Al pagamento online       | Incassare il pagamento\n\n"
        "2. CONDIVISIONE\n\nNon condividiamo nulla.\n"
    ),
    (
        "Política de privacidade da Passeios Glaciar, Lda.\n\n1. QUE DADOS RECOLHEMOS\n\n"
        "Dados                             | Quando                   | Finalidade\n"
        "Nome, endereço de e-mail e telefone | Na reserva              | Gerir a sua reserva\n"
        "Dados do cartão de pagamento        | No pagamento online     | Cobrar o pagamento\n\n"
        "2. PARTILHA\n\nNão partilhamos nada.\n"
    ),
    (
        "Integritetspolicy för Glaciärturer AB\n\n1. VILKA UPPGIFTER VI SAMLAR IN\n\n"
        "Uppgifter                     | När                      | Syfte\n"
        "Namn, e-postadress och telefon | När du bokar en tur      | Hantera din bokning\n"
        "Kortuppgifter                  | När du betalar på nätet  | Ta betalt\n\n"
        "2. VILKA VI DELAR MED\n\nVi delar inget med andra.\n"
    ),
    (
        "Polityka prywatności Wycieczki Lodowiec sp. z o.o.\n\n1. JAKIE DANE ZBIERAMY\n\n"
        "Dane                             | Kiedy                    | Cel\n"
        "Imię, adres e-mail i telefon     | Przy rezerwacji          | Obsługa rezerwacji\n"
        "Dane karty płatniczej            | Przy płatności online    | Pobranie płatności\n\n"
        "2. KOMU PRZEKAZUJEMY DANE\n\nNie przekazujemy danych nikomu.\n"
    ),
    (
        # a purpose column before the data column (as nl «Doel | Gegevens |»): the rows still name data
        "Polityka prywatności Spływy Lodowiec sp. z o.o.\n\n1. CELE I PODSTAWY\n\n"
        "Cel                     | Dane                         | Podstawa prawna\n"
        "Obsługa rezerwacji      | imię, adres e-mail i telefon | art. 6 ust. 1 lit. b RODO\n"
        "Pobranie płatności      | dane karty płatniczej        | art. 6 ust. 1 lit. b RODO\n\n"
        "2. KOMU PRZEKAZUJEMY DANE\n\nNie przekazujemy danych nikomu.\n"
    ),
    (
        # the columns named at the end of a lead-in, a purpose column first (round 59a)
        "Privacy notice of Harbour Keys LLC\n\n1. Summary table\n\n"
        "Each row reads: Purpose | Personal data | How long we keep it.\n\n"
        "Booking a visit | name, phone number, service address | 3 years after the job\n"
        "Your account | email address, password, saved addresses | until you delete the account\n\n"
        "2. Sharing\n\nWe share nothing with others.\n"
    ),
    (
        # the columns named at the end of a lead-in after "as", the header row repeated under it (round 66a)
        "Privacy policy of Kestrel Falconry Ltd\n\n2. The data we use and why\n\n"
        "We have set out below what we use and why. Read each line as Purpose | Data | Legal basis.\n\n"
        "Purpose | Data | Legal basis\n"
        "Taking your booking | name, e-mail address, telephone number | performance of a contract\n"
        "Improving our website | IP address, device and browser type | consent\n\n"
        "3. Sharing\n\nWe share nothing with others.\n"
    ),
    (
        # a purpose column before the data column in fr, as es and pt had (round 73c)
        "Politique de confidentialité de Signes Clairs SAS\n\nIII. POURQUOI NOUS LES UTILISONS\n\n"
        "Traitement | Données | Fondement\n"
        "Inscription aux cours | nom, adresse électronique, téléphone | exécution du contrat\n"
        "Facturation | montants, moyens de paiement | obligation légale\n\n"
        "IV. PARTAGE\n\nNous ne partageons rien.\n"
    ),
    (
        "Polityka prywatności Szkoły Pływania Fala sp. z o.o.\n\nII. Cele i okresy\n\n"
        "Poniższe zestawienie czytaj w układzie: Cel | Dane | Podstawa prawna | Jak długo.\n\n"
        "Zapis na kurs | imię, nazwisko, adres e-mail, numer telefonu | art. 6 ust. 1 lit. b RODO | rok\n"
        "Płatności | dane do faktury, kwota | art. 6 ust. 1 lit. c RODO | 5 lat\n\n"
        "III. Komu przekazujemy dane\n\nNie przekazujemy danych nikomu.\n"
    ),
]


@pytest.mark.parametrize("text", HEADER_ROWS)
def test_a_header_row_naming_data_makes_its_rows_collected(text: str) -> None:
    assert "contact" in collected(text)


def test_the_rows_of_a_header_row_keep_the_topic_of_the_section_above() -> None:
    text = (
        "Integritetspolicy för Glaciärturer AB\n\nVi samlar in namn, e-postadress och telefonnummer när du bokar.\n\n"
        "5. Hur länge sparar vi uppgifterna?\n"
        "Uppgift | Tid\n"
        "Bokningar och kvitton | 7 år (bokföringslagen)\n"
        "E-post från kunder | rensas efter 2 år\n"
        "Uppgifter för nyhetsbrevet | tills du avregistrerar dig\n\n"
        "6. Dina rättigheter\n\nDu har rätt att begära tillgång till dina uppgifter.\n"
    )
    assert "account_lifetime" in summary(text).retention.kinds


def test_a_short_later_row_is_no_heading_of_the_paragraph_after_the_table() -> None:
    text = (
        "Integritetspolicy för Båtdelar AB\n\nVi samlar in namn, adress och orderuppgifter när du handlar.\n\n"
        "5. Vem delar vi uppgifterna med?\n\n"
        "Vi säljer inte dina personuppgifter. Vi lämnar bara ut dem i de fall som står nedan.\n\n"
        "Mottagare | Varför\n"
        "PostNord och Bring | leverans av paket och pallar\n"
        "Budbee | hemleverans i Stockholm och Malmö\n"
        "Shopify | plattform för webbutiken\n"
        "Fortnox | bokföring och fakturering\n"
        "Zendesk | kundtjänstens chatt och ärenden\n\n"
        "Alla leverantörer ovan är personuppgiftsbiträden. När en motordel omfattas av garantin skickar vi "
        "motornumret och ditt namn till tillverkarens importör, till exempel Yamaha Motor Europe eller Volvo Penta.\n"
    )
    got = {n for s in summary(text).shared_with for n in s.names}
    assert {"Yamaha Motor Europe", "Volvo Penta"} <= got

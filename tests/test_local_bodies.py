"""Public bodies named by a common noun and a place (``local_bodies`` in the packs): "Finanzamt
Fulda", "Westmoor County Council", «Ayuntamiento de Zaragoza» are recipients among the authorities
where a sentence speaks of sharing, and the words around the place are no part of it."""

from __future__ import annotations

import pytest

from policylens.core.analyze import analyze
from policylens.core.loaders import load_text

HEADS = {
    "en": 'Privacy policy of Examplo\n\nWe are Examplo Ltd ("we"). We do not sell your data.\n\n',
    "de": "Datenschutzerklärung der Examplo GmbH\n\nWir sind die Examplo GmbH. Die Daten werden verschlüsselt.\n\n",
    "da": "Privatlivspolitik for Examplo ApS\n\nVi er Examplo ApS.\n\n",
    "sv": "Integritetspolicy för Examplo AB\n\nVi är Examplo AB.\n\n",
    "no": "Personvernerklæring for Examplo AS\n\nVi er Examplo AS.\n\n",
    "nl": "Privacyverklaring van Examplo B.V.\n\nWij zijn Examplo B.V.\n\n",
    "pl": "Polityka prywatności Examplo sp. z o.o.\n\nAdministratorem danych jest Examplo sp. z o.o.\n\n",
    "fr": "Politique de confidentialité d'Examplo SAS\n\nNous sommes Examplo SAS.\n\n",
    "it": "Informativa privacy di Examplo S.r.l.\n\nIl titolare è Examplo S.r.l.\n\n",
    "es": "Política de privacidad de Examplo S.L.\n\nEl responsable es Examplo S.L.\n\n",
    "pt": "Política de privacidade da Examplo, Lda.\n\nO responsável é a Examplo, Lda.\n\n",
    "fi": "Examplo Oy:n tietosuojaseloste\n\nRekisterinpitäjä on Examplo Oy. Käsittelemme nimesi.\n\n",
}


def legal_names(lang: str, body: str) -> dict[str, set[str]]:
    s = analyze(load_text(HEADS[lang] + body, "examplo.txt"))
    return {sh.recipient: set(sh.names) for sh in s.shared_with if sh.names}


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "en",
            "We share incident reports with Westmoor County Council and with Police Scotland where the law requires.\n",
            {"Westmoor County Council", "Police Scotland"},
        ),
        ("en", "We may disclose footage to the Winnipeg Police Service on request.\n", {"Winnipeg Police Service"}),
        (
            "en",
            "We may hand a camera clip to the Dane County Sheriff's Office when a theft is reported.\n",
            {"Dane County Sheriff's Office"},
        ),
        (
            "en",
            "We share consent forms with Brighton & Hove City Council when its officers inspect the studio.\n",
            {"Brighton & Hove City Council"},
        ),
        (
            "en",
            "We disclose job records to the Texas Department of Public Safety, which licenses locksmiths.\n",
            {"Texas Department of Public Safety"},
        ),
        (
            "en",
            "We share claims for the doula benefit with the Minnesota Department of Human Services.\n",
            {"Minnesota Department of Human Services"},
        ),
        (
            "de",
            "Wir übermitteln Lohndaten an das Finanzamt Bonn-Innenstadt"
            " und Meldungen an die Kantonspolizei Graubünden.\n",
            {"Finanzamt Bonn-Innenstadt", "Kantonspolizei Graubünden"},
        ),
        (
            "de",
            "Im Seuchenfall geben wir Ihre Angaben an das Gesundheitsamt der Stadt Bonn weiter.\n",
            {"Gesundheitsamt der Stadt Bonn"},
        ),
        # an office of a city named by its task («Amt für Friedhöfe der Stadt …»), and the cemetery office
        (
            "de",
            "Vor dem Versetzen legen wir den Antrag dem Amt für Friedhöfe der Stadt Regensburg vor"
            " und übermitteln die Zeichnung an das Friedhofsamt der Stadt Passau.\n",
            {"Amt für Friedhöfe der Stadt Regensburg", "Friedhofsamt der Stadt Passau"},
        ),
        # a city's fire brigade, whose control room dispatches the ambulance («Leitstelle der Feuerwehr …»)
        (
            "de",
            "Im Einsatzfall geben wir Name und Adresse an die Integrierte Leitstelle der Feuerwehr Münster"
            " und den Rettungsdienst weiter.\n",
            {"Feuerwehr Münster"},
        ),
        # a state capital named with its title («Landeshauptstadt», «Hansestadt»), which grants road-use permits
        (
            "de",
            "Für die Sondernutzungserlaubnis übermitteln wir Ihren Namen an die Landeshauptstadt Dresden"
            " und an die Hansestadt Lübeck.\n",
            {"Landeshauptstadt Dresden", "Hansestadt Lübeck"},
        ),
        ("da", "Vi videregiver oplysninger om tilskud til Aarhus Kommune.\n", {"Aarhus Kommune"}),
        (
            "sv",
            "Vi lämnar ut uppgifter om bidrag till Region Stockholm och Ljusnarsbergs kommun.\n",
            {"Region Stockholm", "Ljusnarsbergs kommun"},
        ),
        ("no", "Vi deler opplysninger om tilskudd med Sunnfjord kommune.\n", {"Sunnfjord kommune"}),
        (
            "de",
            "Auf Anforderung des Finanzamts Hannover-Nord legen wir die erforderlichen Unterlagen vor.\n",
            {"Finanzamt Hannover-Nord"},
        ),
        ("nl", "Wij delen uw gegevens met de gemeente Utrecht als de wet dat vereist.\n", {"gemeente Utrecht"}),
        (
            "pl",
            "Dane przekazujemy Gminie Miasta Gdyni oraz Mazowiecki Urząd Wojewódzki w Warszawie.\n",
            {"Mazowiecki Urząd Wojewódzki w Warszawie"},
        ),
        ("fr", "Nous transmettons vos données à la Ville de Namur pour les subsides.\n", {"Ville de Namur"}),
        (
            "fr",
            "Nous communiquons au greffe du tribunal de commerce de Lyon la fin du contrat de domiciliation.\n",
            {"greffe du tribunal de commerce de Lyon"},
        ),
        (
            "it",
            "I dati sono comunicati al Comune di Bologna e alla Regione del Veneto.\n",
            {"Comune di Bologna", "Regione del Veneto"},
        ),
        (
            "en",
            "We share catch records with the Washington Department of Fish and Wildlife.\n",
            {"Washington Department of Fish and Wildlife"},
        ),
        (
            "en",
            "Game wardens of Montana Fish, Wildlife & Parks may inspect the record we share with them.\n",
            {"Montana Fish, Wildlife & Parks"},
        ),
        (
            "en",
            "We share harvest records with the Wyoming Game and Fish Department.\n",
            {"Wyoming Game and Fish Department"},
        ),
        ("es", "Comunicamos sus datos al Ayuntamiento de Zaragoza para la subvención.\n", {"Ayuntamiento de Zaragoza"}),
        ("pt", "Partilhamos os seus dados com a Câmara Municipal de Coimbra.\n", {"Câmara Municipal de Coimbra"}),
        # Finnish inflects the body's noun: shown as the body is called («Kouvolan kaupungille» → Kouvolan kaupunki)
        (
            "fi",
            "Luovutamme hakijan nimen ja osoitteen Kouvolan kaupungille ja Kymenlaakson hyvinvointialueelle.\n",
            {"Kouvolan kaupunki", "Kymenlaakson hyvinvointialue"},
        ),
        # a regional environmental-health unit, inflected as the municipalities are
        (
            "fi",
            "Takaisinvedossa luovutamme tilaustiedot Sisä-Savon ympäristöterveydenhuollolle.\n",
            {"Sisä-Savon ympäristöterveydenhuolto"},
        ),
        # Polish declines it: the dative shown in the nominative, the place as written, not the well-known
        # «Urząd Skarbowy» its name starts with
        (
            "pl",
            "Dane mogą zostać udostępnione organom publicznym, w tym Urzędowi Skarbowemu w Lesznie w ramach "
            "kontroli podatkowej.\n",
            {"Urząd Skarbowy w Lesznie"},
        ),
        (
            "pl",
            "Jeżeli szczenię wyjeżdża za granicę, dane nabywcy otrzymuje również powiatowy lekarz weterynarii w "
            "Puławach wystawiający świadectwo zdrowia.\n",
            {"powiatowy lekarz weterynarii w Puławach"},
        ),
        # a waste firm's statutory reports go to the mayor and the head of the commune, inspections to the
        # regional environmental inspectorate (round 66a)
        (
            "pl",
            "Sprawozdania przekazujemy w szczególności Burmistrzowi Kartuz, Wójtowi Gminy Żukowo i Wójtowi Gminy "
            "Przodkowo. Na żądanie przekazujemy dane Wojewódzkiemu Inspektoratowi Ochrony Środowiska w Gdańsku.\n",
            {"Burmistrz Kartuz", "Wójt Gminy Żukowo", "Wójt Gminy Przodkowo",
             "Wojewódzki Inspektorat Ochrony Środowiska w Gdańsku"},
        ),
        # a US state's one-call centre and its department of agriculture (round 66a)
        (
            "en",
            "Who do you share my information with?\n\n"
            "Before any digging we submit your address to Colorado 811. Application records are available for "
            "inspection by the Colorado Department of Agriculture.\n",
            {"Colorado 811", "Colorado Department of Agriculture"},
        ),
    ],
)
def test_named_among_the_authorities(lang: str, body: str, want: set[str]) -> None:
    assert want <= legal_names(lang, body).get("legal", set())


def test_a_local_body_is_not_named_twice() -> None:
    """«Urzędowi Skarbowemu w Lesznie» names the tax office of Leszno, not also the well-known «Urząd Skarbowy»."""
    body = "Dane mogą zostać udostępnione organom publicznym, w tym Urzędowi Skarbowemu w Lesznie w ramach kontroli.\n"
    assert legal_names("pl", body).get("legal") == {"Urząd Skarbowy w Lesznie"}


def test_a_well_known_body_inside_a_local_body_is_that_body() -> None:
    """«the Westfield Metropolitan Police Department» is a city's police, named with its place; the
    «Metropolitan Police» its name holds is no London force named beside it."""
    body = (
        "We share reports with law enforcement, such as the Westfield Metropolitan Police Department,"
        " when a car is stolen.\n"
    )
    assert legal_names("en", body).get("legal") == {"Westfield Metropolitan Police Department"}


def test_a_declined_body_read_whole_from_a_list_item_is_named_once() -> None:
    """«– Komendzie Wojewódzkiej Policji w Lublinie – …», an item under a sharing lead-in, is read whole as a
    name too: it is the local body, shown once, in the nominative."""
    body = (
        "Dane przekazujemy wyłącznie:\n– Komendzie Wojewódzkiej Policji w Lublinie – gdy zgłaszamy kradzież;\n"
        "– Komendzie Miejskiej Policji w Gdańsku – na jej żądanie.\n"
    )
    names = legal_names("pl", body).get("legal", set())
    assert {"Komenda Wojewódzka Policji w Lublinie", "Komenda Miejska Policji w Gdańsku"} <= names
    assert not {n for n in names if n.startswith("Komendzie")}


def test_only_the_body_near_the_words_for_anonymised_data_goes() -> None:
    body = (
        "Vi videregiver oplysninger om gaver til Aarhus Kommune, som giver tilskud til vores aktiviteter for "
        "børn og unge i hele området, til vores revisor og til Region Midtjylland, hvis vi skal dokumentere "
        "aktiviteterne; i sidstnævnte tilfælde dog kun som antal og uden navne.\n"
    )
    got = legal_names("da", body).get("legal", set())
    assert "Aarhus Kommune" in got
    assert "Region Midtjylland" not in got


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # a noun after the body's noun is no place where the policy writes it after an article
        ("de", "Wir übermitteln dem Finanzamt Daten über Ihre Spenden.\n"),
        # no sentence about sharing: the body is where one complains or a place, no recipient
        ("en", "Our office is next to Westmoor County Council in the old town hall.\n"),
        ("da", "Skolen ligger i Aarhus Kommune. Vi behandler dit navn og din adresse.\n"),
        # a body that gets anonymised figures only, or no names, receives no personal data
        (
            "da",
            "Vi registrerer dit navn. Søger vi tilskud fra Aarhus Kommune, sender vi et medlemstal, men ingen navne.\n",
        ),
        ("en", "We share anonymised visitor figures with Westmoor County Council.\n"),
        # statistics of counts only ("en statistik over antal rejser") carry no personal data
        (
            "da",
            "Vi deler oplysninger med databehandlere. "
            "Svendborg Kommune modtager hvert kvartal en statistik over antal rejser.\n",
        ),
        # a body that sends the service a list is its source, not a recipient
        (
            "da",
            "Vi registrerer dit navn.\n\nHvem deler vi oplysninger med?\n\n"
            "Beboerkortet udstedes af Svendborg Kommune, som hvert kvartal sender os en "
            "opdateret liste over gyldige kortnumre.\n",
        ),
        ("fi", "Avustushakemuksissa ilmoitamme Kotkan kaupungille jäsenmäärän ikäryhmittäin.\n"),
        # a common word the policy writes in lower case is no place's name
        ("en", "We share your views with the student council. Student Council members are elected.\n"),
        # a place the service delivers in or beyond names no body (round 75c)
        ("it", "I dati sono comunicati al corriere BRT S.p.A. per le consegne fuori dal Comune di Verona.\n"),
        (
            "it",
            "I dati sono comunicati al corriere BRT S.p.A., mentre nel Comune di Verona "
            "consegniamo con i nostri furgoni.\n",
        ),
    ],
)
def test_no_body_named(lang: str, body: str) -> None:
    got = legal_names(lang, body)
    nouns = ("Finanzamt", "Council", "Kommune", "kaupunki", "Comune")
    assert not any(n for names in got.values() for n in names if any(w in n for w in nouns)), got



def test_a_swedish_notice_about_a_building_only_names_no_recipient() -> None:
    """A public body told about a building, not about the customer, gets no personal data (round 78d)."""
    body = (
        "Vi lämnar uppgifter till Skatteverket vid ROT-avdrag. Vid rivning av asbest anmäler vi arbetet till "
        "Arbetsmiljöverket, men anmälan innehåller endast uppgifter om byggnaden.\n"
    )
    got = {n for names in legal_names("sv", body).values() for n in names}
    assert "Skatteverket" in got and "Arbetsmiljöverket" not in got

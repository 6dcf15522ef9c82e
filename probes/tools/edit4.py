"""Round 17d edit 4 (fi): pages and products viewed (usage), photos and descriptions the user adds (user content), a name or ID shown
with a product or review (public), «N vuotta kirjanpitolain mukaisesti» rows (legal_requirement), «laitteen elinkaaren ajan» (as long
as necessary), «X saa tiedot / nimesi» as sharing."""
import sys; sys.path.insert(0, "probes/tools")
from pathlib import Path
from packedit import add, ctx
L = "fi"
add(L, "collected.usage", "match", ["mitä (sivuja|tuotteita|sivuja ja tuotteita|tuotteita ja sivuja|ilmoituksia|artikkeleita) (on )?(katsottu|selattu|katsot|selaat|katsoit|olet katsonut)", "(katsotut|katsellut|selatut|katsomasi|selaamasi) (sivut|tuotteet|ilmoitukset)"])
add(L, "collected.usage", "examples", ["Sivustolla kerätään tieto siitä, mitä sivuja ja tuotteita on katsottu.", "Tallennamme katsomasi tuotteet."])
add(L, "collected.user_content", "match", ["(kuvat|valokuvat|tuotekuvat|kuvaukset|tiedostot|dokumentit|tekstit|ilmoitukset|-kuvaukset) ~~ (jotka|joita) (itse )?(lisäät|lataat|lähetät|tallennat|julkaiset|kirjoitat)"])
add(L, "collected.user_content", "examples", ["tuotekuvat ja -kuvaukset, jotka lisäät verkkokauppaan"])
add(L, "shared.public", "match", ["(näkyy|näkyvät|on näkyvissä|ovat näkyvissä) (myös |muille |kaikille |julkisesti )?(myyjän|käyttäjän|ostajan|jäsenen|kirjoittajan|arvioijan) (nimi|nimimerkki|myyjätunnus|käyttäjätunnus|käyttäjänimi|etunimi|profiilikuva)", "(myyjän|käyttäjän|ostajan|jäsenen|kirjoittajan|arvioijan) (nimi|nimimerkki|myyjätunnus|käyttäjätunnus|käyttäjänimi|etunimi|profiilikuva) (näkyy|on näkyvissä)"])
add(L, "shared.public", "examples", ["Verkkokaupassa tuotteen yhteydessä näkyy myyjän nimimerkki.", "Arvostelun yhteydessä kirjoittajan etunimi näkyy muille."])
add(L, "retention.as_long_as_necessary", "match", ["(laitteen|tuotteen|rakennuksen|kiinteistön|ajoneuvon|koneen) (koko )?(elinkaaren|käyttöiän|käyttöajan) ajan"])
add(L, "retention.as_long_as_necessary", "examples", ["Huoltotiedot säilytetään laitteen elinkaaren ajan."])
ctx(L, "share", ["saa(vat)? ~ (tiedot|tietosi|tietoja|nimesi|nimen|osoitteesi|osoitteen|yhteystietosi|yhteystiedot|puhelinnumerosi|puhelinnumeron|sarjanumeron)"])
p = Path(f"app/policylens/core/lang/{L}.toml"); t = p.read_text(encoding="utf-8")
anchor = '\n[[rule]]\nid = "retention.legal_requirement"'
assert t.count(anchor) == 1
block = '''
[[rule]]
id = "retention.legal_requirement"
note = "a retention row or line that states a period and the law it follows, without a retention verb ('Myyntitiedot: kuusi vuotta kirjanpitolain mukaisesti'), under a retention heading"
match = ["(vuotta|vuoden|kuukautta|kuukauden) (kirjanpitolain|arkistolain|lain|potilasasiakirja-asetuksen|rahanpesulain|verolain|kuluttajansuojalain|lainsäädännön) (mukaisesti|mukaan|edellyttämällä tavalla|perusteella)"]
requires = ["retain"]
examples = ["Tilitystiedot: kuusi vuotta kirjanpitolain mukaisesti"]
counter_examples = ["Palvelua voi käyttää 15 vuotta täyttänyt lain mukaan."]
'''
t = t.replace(anchor, block + anchor)
p.write_text(t, encoding="utf-8")
# (a sentence-scoped shared.public needs its own sharing context: what is shown with a product or review is shared)
ctx(L, "share", ["(näkyy|näkyvät) (myös |muille |kaikille |julkisesti )?(myyjän|käyttäjän|ostajan|jäsenen|kirjoittajan|arvioijan) (nimi|nimimerkki|myyjätunnus|käyttäjätunnus|käyttäjänimi|etunimi|profiilikuva)"])

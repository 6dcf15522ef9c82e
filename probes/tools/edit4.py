"""Round 13d, Finnish pack: edits as run (python probes/tools/edit4.py from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

L = "fi"
add(L, "collected.feedback", "match", ["tuotearvio*", "asiakasarvio*", "tähtiluokitu*", "kommentit", "kommentin", "(antamasi|kirjoittamasi|julkaisemasi|jättämäsi) arvio*"])
add(L, "collected.feedback", "examples", ["Tallennamme kirjoittamasi tuotearviot ja niiden tähtiluokituksen.", "Julkaisemasi kommentit ja arviot tallennetaan palveluun."])
add(L, "collected.profile", "match", ["kiinnostus", "kiinnostuksesi", "kiinnostuksensa"])
add(L, "collected.profile", "examples", ["Kirjaamme jäsenen kertoman kiinnostuksen, esimerkiksi kiinnostus luonnonhoitoon."])
add(L, "collected.usage", "unless_part_of", ["ostoskori* ~ (toimi*|voimassa|muistissa|säilyy)", "(pitää|pidetään|pitävät|pitämään) ~ ostoskori*"])
add(L, "collected.usage", "counter_examples", ["Välttämättömillä evästeillä pidetään ostoskori voimassa."])
add(L, "collected.user_content", "unless_part_of", ["(otettu*|otettuja) ~ (kuv*|valokuv*)", "(kortissa|kortin|korttiin|*kortissa|*kortin|*korttiin) ~ (kuva|kuvan|valokuva|valokuvan)", "kuvallise* (kortin|kortti|kausikorti*)"])
add(L, "collected.user_content", "counter_examples", ["Tapahtumissa otettuja valokuvia julkaistaan yhdistyksen sivuilla.", "Kortissa on kuva, jos asiakas haluaa kuvallisen kortin."])

add(L, "shared.advertisers", "match", ["(markkinointi|kohdennus)eväste*", "(Google|Meta|Facebook|mainosverkost*|mainoskumppan*) ~~ (voi|voivat|saa|saavat) näyttää ~~ mainok*"])
add(L, "shared.advertisers", "examples", ["Markkinointievästeiden avulla mainostajat voivat näyttää sinulle mainoksia."])
add(L, "flags.data_combination", "match", ["(yhdistä*|liittä*) ~~ tie* ~~ (omiin|omien) (palvelui*|tietoi*|tilei*)", "(yhdistä*|liittä*) ~~ (muista sovelluksista|muilta sivustoilta|muista sovelluksista keräämiinsä)"])
add(L, "flags.data_combination", "examples", ["Mainosverkosto voi yhdistää tietoja omiin palveluihinsa.", "Kumppanit voivat yhdistää tiedot muista sovelluksista keräämiinsä tietoihin."])
add(L, "flags.third_party_tracking", "match", ["(mainoskumppan*|mainosverkost*|AdMob*|mittauskumppan*) ~~ (kerä*|saa*|vastaanotta*) ~~ (mainostunnist*|laitetunnist*|tie*)"], nth=2)
add(L, "flags.third_party_tracking", "examples", ["Mainoskumppanit voivat kerätä laitteesi mainostunnisteen."], nth=2)

add(L, "retention.as_long_as_necessary", "match", ["niin kauan kuin ~~ (ovat|on) ~~ (tarpeellisia|tarpeellinen|tarpeen|tarpeellista|välttämättömiä)"])
add(L, "retention.as_long_as_necessary", "examples", ["Asiakirjat säilytetään niin kauan kuin ne ovat tarpeellisia palvelun hoitamiseksi."])
add(L, "rights.erasure", "match", ["(tarpeettomien|virheellisten|omien|henkilö)?tietojen poisto(a|ta)"])
add(L, "rights.erasure", "examples", ["Jäsen voi vaatia vanhentuneiden tietojen poistoa."])
add(L, "rights.portability", "match", ["(oikeus )?(tietojen |henkilötietojen )?siirtämiseen"])
add(L, "rights.portability", "examples", ["Sinulla on oikeus tietojen siirtämiseen järjestelmästä toiseen."])

add_key(L, "words", "recipient_cues_after", ["re:-kysel\\w*", "re:-järjestelmä\\w*"])

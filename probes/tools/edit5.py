"""Round 12d pack edits, group 5: contexts and worker data (sv, no, fi)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, ctx

# sv: "Uppgifterna skickas till Skatteverket" is a disclosure (Norwegian has "sendes til")
ctx("sv", "share", ["(uppgifterna|uppgifter|personuppgifterna|handlingarna|ärendet) skickas (vidare )?till"])
add("sv", "shared.legal", "examples", ["Uppgifterna skickas till Skatteverket när vi begär utbetalning."])
# no: "må vi ha kontonummer", heading "Hva vi trenger å vite om deg": what the service needs is collected
ctx("no", "collect", ["(må|trenger) vi (å )?(ha|få|vite)", "trenger (vi )?å vite"])
add("no", "collected.financial", "examples", ["For å gjøre et oppgjør må vi ha kontonummer og informasjon om finansiering."])
# fi: "Kun säilytysaika päättyy, tiedot poistetaan tai anonymisoidaan."
add("fi", "retention.deletion_stated", "match", ["(kun|jälkeen|kuluttua) ~ (säilytysaika|säilytysajan) ~~ (poistetaan|poistamme|anonymisoidaan|anonymisoimme|hävitetään|hävitämme)"])
add("fi", "retention.deletion_stated", "examples", ["Kun säilytysaika päättyy, tiedot poistetaan tai anonymisoidaan."])
# fi: a worker's location and the photos a worker takes are no data about the customer
add("fi", "collected.location", "unless_part_of", ["(siivoojan|siivoojien|siivoojiemme|kuljettajan|kuljettajien|lähetin|lähettien|kuriirin|asentajan|asentajien|työntekijän|työntekijöiden|työntekijöidemme) (sijainti|sijainnin|sijaintia|sijaintitie*)"])
add("fi", "collected.location", "counter_examples", ["Sovellus tallentaa siivoojan sijainnin työn alussa ja lopussa."])
add("fi", "collected.user_content", "unless_part_of", ["(siivooja|siivoojamme|siivoojat|huoltomies|asentaja|teknikko|korjaaja|kuljettaja|lähetti) ~~ (ottaa|ottavat) ~ (valokuv*|kuva*)"])
add("fi", "collected.user_content", "counter_examples", ["Kun siivooja huomaa kodissa vahingon, hän ottaa siitä valokuvan, joka liitetään vahinkoilmoitukseen."])
# fi: photos published on the organisation's Facebook or Instagram are no data from social networks
add("fi", "collected.social", "unless", ["julkai* ~~ (Facebook*|Instagram*)", "(Facebook*|Instagram*) ~~ julkai*"])
add("fi", "collected.social", "counter_examples", ["Leireillä otettuja kuvia julkaistaan seurakunnan Facebook- ja Instagram-tileillä vain luvalla."])
# sv: photos on social media (the service's own pages) are no content the user uploads
add("sv", "collected.user_content", "unless_part_of", ["(bilder|bilderna|foton|fotona|filmer|filmerna) (på|i) sociala medier"])
add("sv", "collected.user_content", "counter_examples", ["Bilder på sociala medier sparas tills samtycket återkallas."])

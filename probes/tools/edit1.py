#!/usr/bin/env python3
"""Round 21d pack edits, as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add, add_rule, words, append

# no: «få feil rettet eller opplysninger slettet» (correction and erasure in one «få X rettet eller Y slettet»)
add("no", "rights.erasure", 0, "match", ["få ~ (rettet|retta|korrigert) (eller|og) ~ (slettet|sletta|fjernet)"])
add("no", "rights.erasure", 0, "examples", ["Du kan få uriktige opplysninger rettet eller gamle opplysninger slettet."])
add("no", "rights.erasure", 0, "counter_examples", ["Vi har rettet feil og slettet gamle opplysninger."])
# no: «samtykker i banneret»: the cookie banner is a cookies word
words_ctx = None
# sv: «gallras/raderas därefter» (the adverb after the verb)
add("sv", "retention.deletion_stated", 0, "match", ["(raderas|gallras|förstörs|anonymiseras|tas bort) (därefter|sedan|därpå)"])
add("sv", "retention.deletion_stated", 0, "examples", ["Ansökningar sparas i ett år och gallras därefter."])
# sv: «bankkontonummer», «kvitton» (receipts submitted for reimbursement)
add("sv", "collected.financial", 0, "match", ["bankkontonummer*", "bankkonto(t|n)?", "kvitto(t)?", "kvitton(a)?"])
add("sv", "collected.financial", 0, "examples", ["Vi behandlar kvitton och bankkontonummer när du söker ersättning."])
# sv: public access «vem som helst kan begära att få ta del av» (offentlighetsprincipen, stated without its name)
add("sv", "shared.public", 1, "match", ["(vem som helst|var och en|envar) (kan|får|har rätt att) begära (att )?(få )?(ta del av|ut)"])
add("sv", "shared.public", 1, "examples", ["Det innebär att vem som helst kan begära att få ta del av handlingarna."])
add("sv", "shared.public", 1, "counter_examples", ["Vem som helst kan begära ett nyhetsbrev."])
# sv: «Vi använder inte X för att rikta reklam» — the denial before the purpose clause
add("sv", "flags.targeted_advertising", 0, "unless", ["(använder|använda|används|behandlar|behandlas|utnyttjar) (vi )?(inte|aldrig) ~ (för att|till att) (rikta*|anpassa*|personanpassa*|skräddarsy*)"])
add("sv", "flags.targeted_advertising", 0, "counter_examples", ["Vi använder inte dina köpuppgifter för att rikta reklam till dig."])
# fi: «poistetaan, kun niitä ei ole käytetty» (deleted when not used: the negation is the phrase's meaning)
add("fi", "retention.deletion_stated", 0, "match", ["(poistetaan|poistamme|poistuvat|hävitetään|anonymisoidaan) ~ (kun|jos) ~ (ei ole|eivät ole) ~ (käytetty|käyttänyt|kirjauduttu|kirjautunut|ollut käytössä|asioitu)"])
add("fi", "retention.deletion_stated", 0, "examples", ["Käyttäjätilit poistetaan, kun niitä ei ole käytetty kahteen vuoteen."])
# fi: usage «selaustiedot», «tilastotietoa kävijöistä», «kävijätilastot»
add("fi", "collected.usage", 0, "match", ["selaustie*", "tilastotie* ~ kävijöi*", "kävijätilast*"])
add("fi", "collected.usage", 0, "examples", ["Keräämme selaustiedot ja laitetiedot evästeillä.", "Verkkosivuilla kerätään tilastotietoa kävijöistä."])

"""Round 17d edit 1 (no): Nynorsk rights, retention and sharing wordings; cookies singular; reviews; photos shown on social media."""
import sys; sys.path.insert(0, "probes/tools")
from packedit import add, add_key, ctx
L = "no"
ctx(L, "retain", ["kor lenge", "(ta|tar|tek|teke|tatt|tas|takast) (me |vi )?vare på"])
ctx(L, "share", ["(gi|gir|gje|gjev|gjeve|gitt|gis|givast) (opplysning*|data|personopplysning*|informasjon) videre", "(gis|givast|blir gitt|blir gjeve|vert gjeve) videre"])
ctx(L, "cookies", ["informasjonskapsel*"])
add(L, "collected.cookies", "match", ["informasjonskapsel*"])
add(L, "collected.cookies", "examples", ["Nettsiden bruker bare én nødvendig informasjonskapsel for innloggingen."])
add(L, "collected.feedback", "match", ["(skrive|skriver|skriv|skrevet|gi|gir|legge igjen|legger igjen) (en )?omtale", "omtal(en|ene|er) (du|som du) (skriver|gir|legger igjen|har skrevet)"])
add(L, "collected.feedback", "examples", ["Etter kjøpet kan du skrive en omtale av varen.", "Omtaler du skriver, lagres sammen med fornavnet ditt."])
add(L, "collected.feedback", "counter_examples", ["Behandlingen som omtales her, gjelder kundene våre."])
add(L, "collected.social", "unless_part_of", ["Facebook-sid*"])
add(L, "collected.social", "unless", ["(vise|viser|viste|vist|visast|blir viste?) ~~ (på|i) (Facebook|Instagram|sosiale medium|sosiale medier)"])
add(L, "collected.social", "counter_examples", ["Med samtykke viser vi bilder fra kurset på Instagram og Facebook-sida vår."])
add(L, "rights.access", "match", ["(få vita|få vite|sjå|få sjå|se|få se) (kva|hva) (person)?opplysning(ar|er) (me|vi) har"])
add(L, "rights.access", "examples", ["Du har rett til å få vita kva opplysningar me har om deg."])
add(L, "rights.rectification", "match", ["(få )?retta (opp )?(feil|feila|uriktige|opplysning*)"])
add(L, "rights.rectification", "examples", ["Du kan krevja å få retta feil i opplysningane."])
add(L, "rights.erasure", "match", ["sletta (opplysning*|personopplysning*|dataa|data|dei)", "be (oss )?(om å )?(få )?sletta", "få (opplysningane|personopplysningane|dataa|dei) sletta"])
add(L, "rights.erasure", "examples", ["Du har rett til å be oss sletta opplysningane dine.", "Du har rett til å få opplysningane sletta."])
add(L, "rights.erasure", "counter_examples", ["Opplysningane blir sletta etter to år."])
add(L, "rights.withdraw_consent", "match", ["trekk(je|ja|e) (attende|tilbake) (samtykket|samtykke*)", "trekkja (samtykket |samtykke |det )?(tilbake|attende)"])
add(L, "rights.withdraw_consent", "examples", ["Du kan når som helst trekkja attende samtykket ditt.", "Samtykket kan du trekkja tilbake når du vil."])
add(L, "rights.portability", "match", ["få (opplysningane|personopplysningane|dataa|opplysningene|personopplysningene|dataene)( dine)? utlevert(e)?"])
add(L, "rights.portability", "examples", ["Du kan be om å få opplysningane dine utleverte."])
add(L, "rights.restriction", "match", ["avgrens(e|a) (behandling*|bruken|handsaming*)", "avgrensing av (behandling*|bruken|handsaming*)", "avgrensa handsaming"])
add(L, "rights.restriction", "examples", ["Du kan be oss avgrensa bruken av opplysningane.", "Du har rett til avgrensing av handsaminga."])
add(L, "rights.restriction", "counter_examples", ["Me avgrensar tilgangen til systema våre."])
add(L, "collected.usage", "unless_part_of", ["(logger|logga|loggar) (deg )?(inn|på)", "logg (deg )?(inn|på)"])
add(L, "collected.usage", "counter_examples", ["Foresatte logger inn med BankID."])
add_key(L, "words", "recipient_cues", ["(blir )?(driven|drive|drevet|driftet) av", "(blir |vert )?(sende|sendt|sendast) (ut )?(med|gjennom)", "går gjennom"])
# a second shared.public rule: photos shown on social media or the website are published, whatever the sentence's contexts
from pathlib import Path
p = Path("app/policylens/core/lang/no.toml"); t = p.read_text(encoding="utf-8")
anchor = '\n# ------------------------------------------------------------------ sale'
block = '''
[[rule]]
id = "shared.public"
note = "photos of people shown on the service's social-media pages or website are published: the verb and the place say it, with or without a sharing word"
match = ["(vise|viser|viste|vist|visast|vises|legg|legger|leggjer|legge|leggje|lagt|legges) (ut )?~~ (bilete|bileta|bilde|bilda|bildene|bilder|foto|fotoene|fotografi*) ~~ (på|i) (Instagram|Facebook*|sosiale medium|sosiale medier|nettsida|nettsiden|nettstaden|nettstedet)"]
unless = ["(legg|legger|leggjer|legge|leggje|viser|vise|vises) (aldri|ikke|ikkje)"]
context_scope = "sentence"
examples = ["Med samtykke viser vi bilder av ferdige oppdrag på Instagram.", "Me legg ut bilete frå konsertane på Facebook-sida vår."]
counter_examples = ["Vi legger aldri ut bilder av deg på Facebook."]
'''
assert anchor in t
t = t.replace(anchor, block + anchor, 1); p.write_text(t, encoding="utf-8")
# Nynorsk relative clause without «som» («opplysningar me ikkje lenger treng»), as the bokmål pattern already exempts
t = p.read_text(encoding="utf-8")
old = '"ikkje", "aldri",'
new = '"re:(?<!\\\\w)(?!(?<=\\\\b(?:opplysningar|opplysningane|personopplysningar|personopplysningane|data|dataa|informasjon|informasjonen|noko|det)\\\\s(?:me|vi)\\\\s)ikkje\\\\s+(?:lenger\\\\s+)?(?:treng|har\\\\s+(?:bruk|behov|plikt)))ikkje(?![\\\\w-])", "aldri",'
assert old in t; t = t.replace(old, new, 1)
t = t.replace('"Du har rett til å be oss sletta opplysningane dine."', '"Du har rett til å be oss sletta opplysningane dine.", "Du kan be oss sletta opplysningar me ikkje lenger treng."', 1)
p.write_text(t, encoding="utf-8")
# edit 1c: a duty to pass data on («er pålagt å gi opplysninger videre», «meldeplikt til barnevernet»)
add(L, "shared.legal", "match", ["(er|være|vere|blir|vert) pålagt å (gi|gje|utlevere|dele|sende|rapportere|melde|varsle)", "(meldeplikt*|opplysningsplikt*|avvergeplikt*|pålagt|plikt) ~~ (barnevern*|PP-tjeneste*)", "(melde|meldes|melder|varsle|varsler|varsles|sende melding) ~~ (til )?(barnevernet|barnevernstjeneste*|barnevernstenest*)"])
add(L, "shared.legal", "examples", ["Skolen kan være pålagt å gi opplysninger videre til barnevernstjenesten.", "Ved bekymring har vi meldeplikt til barnevernet."])
add(L, "shared.legal", "counter_examples", ["Vi leverer kurs til ansatte i barnevernstjenesten."])

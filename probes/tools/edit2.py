"""Round 12d pack edits, group 2: recall of general wordings (retention, collected, sharing)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add

# account lifetime: "så länge du rider hos oss", "så lenge den er aktiv"
add("sv", "retention.account_lifetime", "match", ["så länge (du|ni) ~ hos oss"])
add("sv", "retention.account_lifetime", "examples", ["Kontaktuppgifter sparas så länge du rider hos oss och därefter i två år."])
add("no", "retention.account_lifetime", "match", ["så lenge (den|kontoen|profilen|medlemskapet|abonnementet) er aktiv(t)?", "så lenge (du|dere) ~ hos oss"])
add("no", "retention.account_lifetime", "examples", ["Vi lagrer kontoen din så lenge den er aktiv.", "Vi lagrer opplysningene så lenge du er kunde hos oss."])
# no deletion: "fjernes profilen og meldingene dine innen 30 dager"
add("no", "retention.deletion_stated", "match", ["(slettes|sletter|slettet|anonymiseres|fjernes|makuleres) ~ innen"])
add("no", "retention.deletion_stated", "examples", ["Sletter du kontoen, fjernes profilen og meldingene dine innen 30 dager."])
# communications
add("fi", "collected.communications", "match", ["(kautta|asiakaspalveluun|asiakastukeen|tukeen|meille) lähetety(t|tyjä|tyjen|n) (sähköpost*|yhteydenot*|kysymyk*)", "(portaalin|palvelun|sovelluksen|lomakkeen) kautta lähetety(t|tyjä|tyjen|n) viest*"])
add("fi", "collected.communications", "examples", ["Asiakaspalveluun lähetetyt sähköpostit tallennetaan asiakashistoriaan.", "Tallennamme portaalin kautta lähetetyt viestit ja vikailmoitukset."])
add("sv", "collected.communications", "match", ["(skickar|skicka) (du )?(oss )?(ett )?meddelande (till oss|via)", "mejla* (oss|till oss|med oss)"])
add("sv", "collected.communications", "examples", ["Skickar du ett meddelande via kontaktformuläret eller mejlar oss sparar vi meddelandet och vårt svar."])
add("no", "collected.communications", "match", ["(skriver|skrive|sende|sender) (meldinger )?til hverandre"])
add("no", "collected.communications", "examples", ["Leietaker og utleier kan skrive til hverandre i innboksen, og meldingene lagres."])
# usage (no): "sidene du har besøkt", "hvilke hytter du har sett på"
add("no", "collected.usage", "match", ["sidene (du|som du) (besøker|har besøkt|ser på|har sett på)", "hvilke ~ du har (sett på|besøkt|klikket på|søkt etter|lagret|åpnet|lest)"])
add("no", "collected.usage", "examples", ["På nettsiden registreres IP-adresse, nettlesertype og sidene du har besøkt.", "Vi registrerer søk og hvilke hytter du har sett på."])
# profile (no): "hvilken prisklasse du er interessert i"
add("no", "collected.profile", "match", ["hvilken ~ du er interessert i"])
add("no", "collected.profile", "examples", ["Du kan oppgi hvilket område og hvilken prisklasse du er interessert i."])
# affiliates (no): "andre selskaper i Fjellgruppen"
add("no", "shared.affiliates", "match", ["selskaper i *gruppen"])
add("no", "shared.affiliates", "examples", ["Vi deler opplysninger med andre selskaper i Fjellgruppen."])
# with consent: fi "jos olet antanut siihen valtuutuksen", sv "behöver vi ditt samtycke"
add("fi", "shared.with_consent", "match", ["jos olet antanut (siihen )?(valtuutuksen|valtuutuksesi)"])
add("fi", "shared.with_consent", "examples", ["Kelalle annamme vuokratiedot asumistukea varten, jos olet antanut siihen valtuutuksen."])
add("sv", "shared.with_consent", "match", ["(behöver|kräver) (vi )?(ditt|ert) samtycke", "krävs (ditt|ert) samtycke"])
add("sv", "shared.with_consent", "examples", ["Om du vill att vi lämnar ut uppgifter till förbundet behöver vi ditt samtycke."])
# fi financial and sensitive
add("fi", "collected.financial", "match", ["(maksetu(n|t)|maksettu|maksamasi) (summa*|määrä*)", "taloudellise* tilante*"])
add("fi", "collected.financial", "examples", ["Saamme maksajan nimen, puhelinnumeron ja maksetun summan.", "Kirjaamme asiakkaan antamat tiedot taloudellisesta tilanteesta."])
add("fi", "collected.sensitive", "match", ["lääkärinlausun*"])
add("fi", "collected.sensitive", "examples", ["Liität hakemukseen lääkärinlausunnon."])
# no location: "tilgang til posisjon"
add("no", "collected.location", "match", ["tilgang til (din )?(posisjon|posisjonen|plassering|plasseringen|lokasjon|lokasjonen)"])
add("no", "collected.location", "examples", ["Har du gitt appen tilgang til posisjon, bruker vi den til å vise nærmeste kino."])
# sv feedback and financial: "en kort enkät", "kreditkontroll", "kortbetalningar"
add("sv", "collected.feedback", "match", ["enkät(en)?"])
add("sv", "collected.feedback", "examples", ["Efter uppdraget skickar vi en kort enkät om hur du upplevde flytten."])
add("sv", "collected.financial", "match", ["kreditkontroll*", "kortbetalning*"])
add("sv", "collected.financial", "examples", ["Fakturaköp kräver en kreditkontroll; kortbetalningar hanteras av vår betaltjänst."])

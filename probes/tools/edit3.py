"""Round 13d, Norwegian pack: edits as run (python probes/tools/edit3.py from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

L = "no"
# a comma and an inverted main clause ("Mener du at vi ikke …, kan du klage"): the negation of the clause before stops
add_key(L, "negation", "scope_breakers", [", (kan|må|bør|skal|får) (du|dere)"])
add_key(L, "contexts", "collect", ["(ber|spør) vi (deg )?om (navn|navnet|opplysninger|informasjon|kontaktinformasjon|følgende|ditt|din|dine)", "vi (ber|spør) (deg )?om (navn|navnet|opplysninger|informasjon|kontaktinformasjon|følgende|ditt|din|dine)"])
add_key(L, "contexts", "share", ["få (se|innsyn i|tilgang til) (dem|dette|opplysningene|dataene|protokoll*|listene|journalen)", "samarbeid* med (andre )?(barnehage*|skole*|fastlege*|etater|instanser|tjenester|barnevern*|NAV|spesialisthelsetjenesten)"])
add_key(L, "contexts", "cookies", ["samtykkeverktøy*"])

add(L, "collected.location", "match", ["(hvilket|hvilken) (land|by|sted|kommune|region|fylke) (som )?du (er|befinner deg|bor) i"])
add(L, "collected.location", "examples", ["Ut fra IP-adressen ser vi hvilket land du befinner deg i."])
add(L, "collected.financial", "match", ["kjøpsopplysning*", "hvilke (varer|produkter) du (kjøper|har kjøpt|handler|har handlet)", "betalingsstatus*"])
add(L, "collected.financial", "examples", ["Vi registrerer hvilke varer du kjøper og hvilke rabatter du bruker.", "Medlemsregisteret viser navn, adresse og betalingsstatus."])
add(L, "collected.communications", "match", ["(du|dere) sender ~ (meldinger|melding|e-post|e-poster|spørsmål) (til oss|til kundeservice)"])
add(L, "collected.communications", "examples", ["Når du sender spørsmål til oss i appen, lagres de i saksbehandlingssystemet."])

add(L, "shared.advertisers", "match", ["(markedsførings|reklame|annonse)piksl*", "(Meta|Facebook|TikTok|Snap|Snapchat|LinkedIn|Pinterest)(s)?-piksel*"])
add(L, "shared.advertisers", "examples", ["Med samtykke bruker vi markedsføringspiksler fra sosiale medier."])
add(L, "flags.third_party_tracking", "match", ["*piksler"])
add(L, "flags.third_party_tracking", "examples", ["Vi bruker reklamepiksler fra Meta og TikTok på nettsiden."])
add(L, "shared.with_consent", "match", ["med samtykke fra (deg|dere|foreldrene|foresatte|den registrerte|pasienten|eleven)"])
add(L, "shared.with_consent", "examples", ["Med samtykke fra foresatte deler vi opplysninger med barnehagen."])

add(L, "rights.erasure", "match", ["få (opplysninger|data|personopplysninger|informasjon) (slettet|fjernet)"])
add(L, "rights.erasure", "examples", ["Du har rett til å få opplysninger slettet når vi ikke lenger trenger dem."])
add(L, "rights.restriction", "match", ["begrense (eller|og) (protestere mot|motsette deg) (behandlingen|bruken)"])
add(L, "rights.restriction", "examples", ["Du kan også begrense eller protestere mot behandlingen."])
add(L, "rights.cookie_control", "match", ["(endre*|endres|trekke* tilbake|trekkes tilbake|administrer*) ~~ samtykkeverktøy*"])
add(L, "rights.cookie_control", "examples", ["Du kan endre valgene dine i samtykkeverktøyet på nettsiden."])

add(L, "flags.targeted_advertising", "match", ["(reklame|reklamen|annonser|annonsene) (som er |som blir |er |blir )?tilpasset (din |dine )?(alder|kjønn|seervaner|interesser|handlevaner|kjøpshistorikk*|bruk)"])
add(L, "flags.targeted_advertising", "examples", ["I gratisversjonen viser vi annonser som er tilpasset dine interesser."])
add(L, "flags.deidentified_commercial_use", "match", ["(anonymiser*|aggreger*|pseudonymiser*|avidentifiser*) ~~ (kommersiel*|fritt)"])
add(L, "flags.deidentified_commercial_use", "examples", ["Anonymiserte data kan vi bruke og dele fritt, også kommersielt."])

add(L, "retention.indefinite", "match", ["for ettertiden", "for ettertida"])
add(L, "retention.indefinite", "examples", ["Journalene avleveres til arkivdepot og bevares for ettertiden."])
add(L, "retention.as_long_as_necessary", "match", ["så lenge (de|den|det|disse|opplysningene|bildene) er (nødvendig*|relevant*)"])
add(L, "retention.as_long_as_necessary", "examples", ["Bilder beholder vi så lenge de er relevante for arkivet."])

add_key(L, "words", "recipient_cues", ["forvaltes av", "sendes (ut )?(med|gjennom)"])

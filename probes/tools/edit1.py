"""Round 16d: general wordings the first run missed (run once from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

# --- sv
# a denied transfer for payment: the negation sits inside the sale phrase's gap ("överlåter aldrig … mot betalning")
add("sv", "sale.yes", "unless", ["(lämna* ut|lämnar|delar|överlåter|överför*) (aldrig|inte|ej) ~~ mot (ersättning|betalning|avgift|vederlag)"])
add("sv", "sale.no", "match", ["(lämna* ut|lämnar|delar|överlåter|överför*) (aldrig|inte|ej) ~~ mot (ersättning|betalning|avgift|vederlag)"])
add("sv", "sale.no", "examples", ["Vi lämnar aldrig ut kunduppgifter mot ersättning.", "Vi delar och överlåter inte dina uppgifter till andra mot betalning."])
# account lifetime: "så länge du är anställd", "så länge du har en aktiv prenumeration", "när du har avslutat dina studier"
add("sv", "retention.account_lifetime", "match", ["så länge (du|ni) är (anställd|anställda|inskriven|inskrivna|elev|elever|student|studenter|medlemmar|kunder)", "så länge (du|ni) har (en|din|er) (aktiv )?(prenumeration|anställning|hyresrätt)", "när (du|ni) (har )?(avslutat|slutat) (dina|era) (studier|utbildning)", "(efter|när) (att )?(prenumerationen|anställningen) (har )?(upphört|avslutats|upphör|avslutas)"])
add("sv", "retention.account_lifetime", "examples", ["Uppgifterna sparas så länge du är anställd hos oss.", "Profilen sparas så länge du har en aktiv prenumeration.", "Studieplanen gallras när du har avslutat dina studier.", "Barnets uppgifter raderas när prenumerationen avslutas."])
add("sv", "retention.account_lifetime", "counter_examples", ["Så länge du är inloggad sparas en kaka i webbläsaren."])
# a leading verb-first conditional without comma ("Vill du inte ha dem klickar du på …"): the inverted main clause ends the negation
add_key("sv", "negation", "scope_breakers", ["re:(?<!\\w)(?:klickar|kan|ska|bör|får|måste|behöver|använder|väljer) (?:du|ni)(?!\\w)"])
# user content: verb-first conditional "Laddar du upp ett kvitto …"
add("sv", "collected.user_content", "match", ["(laddar|skickar|lägger) (du|ni) upp (ett|en|egna|dina|era)?"])
add("sv", "collected.user_content", "examples", ["Laddar du upp ett foto av kvittot sparas bilden i ditt konto."])
add("sv", "collected.user_content", "counter_examples", ["Laddar du ner appen sparas inga uppgifter om dig."])
# public: «lämnas ut till den som begär det» (official records)
add("sv", "shared.public", "match", ["(kan|får|måste) (därför |också )?lämnas ut till (den|var och en|alla|vem som helst) som begär (det|dem|detta|att få ta del)"])
add("sv", "shared.public", "examples", ["Handlingar som kommer in till nämnden kan därför lämnas ut till den som begär det."])
add("sv", "shared.public", "counter_examples", ["Journalen lämnas ut till dig när du begär det."])

# --- no (bokmål and the commonest nynorsk forms)
add("no", "sale.yes", "match", ["sel", "selje", "seljast", "selde"])
add("no", "sale.yes", "examples", ["Vi sel opplysningar om kundane til samarbeidspartnarar."])
add("no", "collected.identity", "match", ["namn", "namnet ditt", "fullt namn", "førenamn(et)?", "etternamn(et)?", "fødselsår(et)?"])
add("no", "collected.identity", "examples", ["Vi registrerer namn, adresse og telefonnummer."])
add("no", "collected.identity", "counter_examples", ["Vi handlar i eige namn på vegner av foreininga."])
add("no", "collected.identity", "unless", ["i (vårt|ditt|deira|eige) namn", "på vegner av"])
add("no", "rights.access", "match", ["(få vite|få vita|sjå|få sjå) (kva|hva) (vi har (registrert|lagra|lagret)|som er (registrert|lagra|lagret))"])
add("no", "rights.access", "examples", ["Du kan be om å få vite kva vi har registrert om deg."])
add("no", "rights.withdraw_consent", "match", ["trekkje (samtykket |samtykke |det )?(tilbake|attende)", "samtykke* ~~ trekkje (tilbake|attende)"])
add("no", "rights.withdraw_consent", "examples", ["Samtykke kan du trekkje tilbake når du vil."])
add("no", "retention.deletion_stated", "match", ["(sletta|makulert|makulerte|anonymisert|anonymiserte) ~ (etter|når|så snart|seinast|senest|ved)"])
add("no", "retention.deletion_stated", "examples", ["Opplysningane blir sletta seinast eitt år etter at du har slutta.", "Notata blir makulerte etter tre månader."])
add_key("no", "contexts", "retain", ["makuler*", "sletta", "oppbevart*"])
# account lifetime: "så lenge du har en aktiv brukerkonto", "til du sletter kontoen" (row)
add("no", "retention.account_lifetime", "match", ["så lenge (du|dere) har (en aktiv|et aktivt|en|et|din|ditt) (brukerkonto|kundekonto|brukerprofil|kundeprofil)"])
add("no", "retention.account_lifetime", "examples", ["Så lenge du har en aktiv brukerkonto, lagrer vi profilen din."])
# opt-out: "du kan si nei takk til slike e-poster"
add("no", "rights.opt_out_marketing", "match", ["si nei( takk)? til (slike |disse |våre )?(e-poster|e-postene|utsendelser|utsendelsene|meldinger|SMS-er|tips|tilbud|nyhetsbrev*|markedsføring|reklame)"])
add("no", "rights.opt_out_marketing", "examples", ["Du kan si nei takk til slike e-poster i appen."])
add("no", "rights.opt_out_marketing", "counter_examples", ["Du kan si nei til informasjonskapsler som ikke er nødvendige."])
# portability: "få opplysningene utlevert i et strukturert format"
add("no", "rights.portability", "match", ["få (opplysningene|dataene|personopplysningene|data|opplysningane) (dine )?utlevert i et (strukturert|maskinlesbart|vanlig|alminnelig brukt|åpent) ~ format"])
add("no", "rights.portability", "examples", ["Du har rett til å få opplysningene utlevert i et strukturert format."])
# public: "vises offentlig"
add("no", "shared.public", "match", ["(vises|visast|blir vist|er synlig) offentlig*"])
add("no", "shared.public", "examples", ["Vurderingen vises offentlig på profilen din."])
# communications: messages between the parties of a marketplace
add("no", "collected.communications", "match", ["meldinger (mellom|som sendes mellom) (deg og|leietaker og|kjøper og|selger og|brukere|brukerne|partene)"])
add("no", "collected.communications", "examples", ["Meldinger mellom leietaker og utleier i appen lagres."])

# --- fi
add("fi", "flags.targeted_advertising", "match", ["(mainon*|mainont*|mainok*|markkinoin*|markkinoint*) ~ kohdenta*", "kohdenta* ~ (mainok*|mainon*|mainont*|markkinoin*)"])
add("fi", "flags.targeted_advertising", "examples", ["Käytämme mainosevästeitä mainonnan kohdentamiseen.", "Kohdennamme mainoksia kiinnostuksesi mukaan."])
add("fi", "flags.targeted_advertising", "counter_examples", ["Emme käytä tietoja mainonnan kohdentamiseen."])
add("fi", "rights.portability", "match", ["(tietojen|henkilötietojen|tietojesi|tietojaan|omien tietojen) siirtämistä ~~ (toiseen|toiselle)"])
add("fi", "rights.portability", "examples", ["Voit pyytää tietojen siirtämistä toiseen järjestelmään."])

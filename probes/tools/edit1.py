#!/usr/bin/env python3
"""Round 23d pack edits (1): sv, as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add, words
# sv: «Samtycke till utskick kan du återkalla» (opt_out_marketing: the consent to marketing named first, the verb after)
add("sv", "rights.opt_out_marketing", 0, "match", ["samtycke* till (marknadsföring|nyhetsbrev*|utskick|reklam|erbjudanden|direktmarknadsföring|reklamutskick) ~~ (återkalla*|ta tillbaka|dra tillbaka|tar tillbaka|drar tillbaka)"])
add("sv", "rights.opt_out_marketing", 0, "examples", ["Samtycket till nyhetsbrev kan du när som helst ta tillbaka under Mina sidor.", "Samtycke till marknadsföring återkallar du i appen."])
add("sv", "rights.opt_out_marketing", 0, "counter_examples", ["Samtycke till behandling av hälsouppgifter kan du återkalla genom att kontakta oss."])
# sv: «om du själv samtycker» (with_consent)
add("sv", "shared.with_consent", 0, "match", ["om (du|ni) (själv|själva|uttryckligen) (samtycker|har samtyckt|godkänner|har godkänt)"])
add("sv", "shared.with_consent", 0, "examples", ["Uppgifterna lämnas till en annan vårdgivare om du själv samtycker."])
# sv: «När tiden har gått ut gallras uppgifterna» (deletion_stated)
add("sv", "retention.deletion_stated", 0, "match", ["när (tiden|lagringstiden|bevarandetiden|gallringsfristen|fristen|perioden|lagringsperioden) (har )?(gått ut|löpt ut|passerats|passerat) ~ (gallras|raderas|tas bort|förstörs|anonymiseras|rensas)"])
add("sv", "retention.deletion_stated", 0, "examples", ["När lagringstiden har löpt ut raderas uppgifterna.", "När fristen har gått ut gallras handlingarna."])
add("sv", "retention.deletion_stated", 0, "counter_examples", ["När tiden har gått ut skickar vi en påminnelse."])
# sv: «spärra din journal» (restriction: the Patient Data Act's block on other care providers' access)
add("sv", "rights.restriction", 0, "match", ["spärra (din|dina|er|era) (journal|journaler|journaluppgifter|uppgifter)"])
add("sv", "rights.restriction", 0, "examples", ["Du har rätt att spärra din journal för andra vårdgivare."])
add("sv", "rights.restriction", 0, "counter_examples", ["Vi kan spärra ditt kort om det blir stulet."])
# sv: «Box 712» is a postal address, no recipient's name
words("sv", "name_stops", ["Box"])
# sv negation: a trailing «, om de/det … inte …» condition and a «så att … inte» purpose clause do not negate what comes before (scope_breakers, edited by hand), examples:
add("sv", "retention.deletion_stated", 0, "examples", ["När lagringstiden har gått ut raderas uppgifterna, om det inte finns skäl att spara dem längre."])
add("sv", "rights.restriction", 0, "examples", ["Du kan spärra dina uppgifter så att de inte syns för andra vårdgivare."])

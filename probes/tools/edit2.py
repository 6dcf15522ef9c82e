"""Round 20d pack edits, pass 2 (sv)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add
# the ratings a customer gives: «dina betyg på recepten», «ditt betyg av filmen»
add("sv", "collected.feedback", "match", ["(dina|ditt|era|ert) betyg (på|av)"])
add("sv", "collected.feedback", "examples", ["Vi sparar dina betyg på filmerna du har sett."])
add("sv", "collected.feedback", "counter_examples", ["Vi registrerar elevernas betyg på kurserna."])
# kept «för framtiden» (archives)
add("sv", "retention.indefinite", "match", ["(bevaras|bevara|sparas|arkiveras) ~ för framtiden"])
add("sv", "retention.indefinite", "examples", ["Protokollen lämnas till arkivet och bevaras där för framtiden."])
add("sv", "retention.indefinite", "counter_examples", ["Vi sparar inga uppgifter för framtiden utan raderar dem efter kursen."])
# a processor's parent company in a country is about where data goes, not sharing within our group
add("sv", "shared.affiliates", "unless_part_of", ["har (sitt |sina |ett )?moderbolag* i"])
add("sv", "shared.affiliates", "counter_examples", ["Några av våra leverantörer har moderbolag i USA och kan nå uppgifterna därifrån."])
add("sv", "shared.affiliates", "examples", ["Uppgifter kan lämnas till vårt moderbolag i Norge."])
# pass 3 (fi): «sekä» joins a list like «ja» (a name after it is in the list: «Google Analyticsia sekä Metan mainosevästeitä»);
# «tilitoimisto» bare is part of a Finnish accounting firm's registered name («Tilitoimisto Laskutähti Oy»): only its
# inflected forms («tilitoimistomme», «tilitoimistolle») are a role noun before a name (done by hand in fi.toml's recipient_labels)

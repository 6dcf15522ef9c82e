"""Round 12d pack edits, group 3: red flags and rights (no, fi)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add

# no: "bevares for all tid"
add("no", "retention.indefinite", "match", ["for all tid"])
add("no", "retention.indefinite", "examples", ["Mange av dokumentene skal bevares for all tid og avleveres til arkivet."])
# no: "gir vi deg … tilbud og filmtips som passer for deg"
add("no", "flags.targeted_advertising", "match", ["(sender|viser|gir) (vi )?deg ~~ (tilbud|produkter|tjenester|varer|annonser|anbefalinger|tips|*tips) ~~ som (kan )?(passe|passer) (for|til) deg"])
add("no", "flags.targeted_advertising", "examples", ["Ut fra dette gir vi deg poeng, tilbud og filmtips som passer for deg."])
# no: "Meta kan koble opplysningene med profilen din der"
add("no", "flags.data_combination", "match", ["(koble*|kobler|kombiner*|sammenstill*) ~~ (opplysning*|data|informasjon*) (med|til) (profilen|kontoen) (din|dine)"])
add("no", "flags.data_combination", "examples", ["Meta kan koble opplysningene med profilen din der."])
# no: "Fortsetter du å bruke X etter en endring, regnes det som at du har godtatt den nye versjonen."
add("no", "changes.burden", "match", ["fortsetter du å (bruke|benytte) ~~ (godtatt|godtar|akseptert|aksepterer|godkjent|godkjenner|samtykket|samtykker)", "(regnes|anses) det som (at )?du (har )?(godtatt|akseptert|godkjent)"])
add("no", "changes.burden", "examples", ["Fortsetter du å bruke tjenesten etter en endring, regnes det som at du har godtatt den nye versjonen."])
# fi: an article number first or inside a list of them ("17, 18 ja 21 artiklan mukaiset oikeudet")
for rid, n in [("rights.access", "15"), ("rights.rectification", "16"), ("rights.erasure", "17"), ("rights.portability", "20"), ("rights.restriction", "18"), ("rights.objection", "21")]:
    add("fi", rid, "match", [f"re:(?<![\\d.,])(?:\\d{{1,2}}\\s?(?:,|ja)\\s?){{0,6}}{n}(?:\\s?(?:,|ja)\\s?\\d{{1,2}}){{1,6}}\\s?(?:artikla\\w{{0,4}}|art\\.)(?!\\w)"])
    add("fi", rid, "examples", [f"Rekisteröidyllä on tietosuoja-asetuksen {n}, 22 ja 23 artiklan mukaiset oikeudet."])
add("fi", "rights.erasure", "counter_examples", ["Rekisteröidyllä on tietosuoja-asetuksen 15, 16 ja 18 artiklan mukaiset oikeudet."])
# fi: analytics vendors' cookies are third-party tracking, like Google Analytics'
from pathlib import Path
_p = Path("app/policylens/core/lang/fi.toml"); _t = _p.read_text(encoding="utf-8")
_old = '"TikTok", "Facebook", "Meta", "Google", "Xing"]]'
assert _t.count(_old) == 1
_p.write_text(_t.replace(_old, '"TikTok", "Facebook", "Meta", "Google", "Xing", "Hotjar*", "HubSpot*", "Siteimprove*", "Microsoft*", "Mixpanel*", "Amplitude*"]]'), encoding="utf-8")
add("fi", "flags.third_party_tracking", "examples", ["Suostumuksellasi käytämme Hotjaria ja HubSpotin seurantaevästettä.", "Sivustomme käyttää evästeitä sekä Siteimprove-analytiikkaa."])
# fi: website visits joined to a subscriber profile, content "joka kiinnostaa juuri sinua"
add("fi", "flags.data_combination", "match", ["(yhdistä*|liittä*) ~~ (käynti*|käynnit|käyntisi|selaus*|selailu*|verkkosivu*) ~~ (*profiiliisi|*profiiliin|*profiiliisi|*profiiliinne)"])
add("fi", "flags.data_combination", "examples", ["Seurantaeväste yhdistää verkkosivuilla tekemäsi käynnit uutiskirjeen tilaajaprofiiliisi."])
add("fi", "flags.targeted_advertising", "match", ["(sisältö*|tarjouk*|mainok*|viestejä|viestit) ~~ (joka|jotka) kiinnosta* (juuri )?sinua"])
add("fi", "flags.targeted_advertising", "examples", ["Voimme lähettää sinulle sisältöä, joka kiinnostaa juuri sinua."])

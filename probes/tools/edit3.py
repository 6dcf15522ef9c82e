"""Round 14d (3): V1 conditionals (no), a business transfer without a share word (no), county boards (sv),
page-use measuring and stated favourites (fi)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, ctx, add_key

# no: "Ønsker du ikke slike påminnelser, svar STOPP": a leading verb-first conditional keeps its negation
add_key("no", "negation", "conditionals", ["ønsker du", "vil du"])
ctx("no", "share", ["overtas av (en annen|et annet|en ny|et nytt|ny|nye) (virksomhet|selskap|eier|eiere|aktør)"])
# sv: the county administrative board is an authority
add("sv", "shared.legal", "match", ["länsstyrelse*"])
add("sv", "shared.legal", "examples", ["Vi lämnar uppgifter till Länsstyrelsen om de gör en kontroll."])
# fi: "kävijäseurantaa, jolla mitataan sivujen käyttöä"; "Valinnaisesti voit kertoa ... lempivärit"
ctx("fi", "collect", ["(mitataan|seurataan|analysoidaan|tilastoidaan) ~ (sivujen|sivuston|verkkosivujen|palvelun|sovelluksen) käyttö*", "(voit|halutessasi voit) (myös )?kertoa"])
add("fi", "collected.usage", "match", ["kävijäseurant*", "sivujen käyttö*"])
add("fi", "collected.usage", "examples", ["Verkkosivut käyttävät suostumuksella kävijäseurantaa, jolla mitataan sivujen käyttöä."])
add("fi", "collected.profile", "match", ["lempi(väri|värit|värisi|tyyli|tyylit|tyylisi|merkit|merkkisi|lajit|lajisi)", "(vaate|kenkä)ko(ko|kosi|ot|on)"])
add("fi", "collected.profile", "examples", ["Valinnaisesti voit kertoa vaatekokosi sekä lempivärit ja -tyylit."])

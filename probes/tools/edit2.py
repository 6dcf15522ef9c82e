"""Round 16d, second batch: wish lists, ratings, ads shown in social media, consent-based disclosure,
opt-out lines outside the rights section, nynorsk rights heading, two public bodies."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key
from pathlib import Path

# sv profile: wish lists and favourites (the project's convention: `profile`)
add("sv", "collected.profile", "match", ["önskelist(a|an|or|orna)", "favoriter(na)?", "favoritlist(a|an|or|orna)"])
add("sv", "collected.profile", "examples", ["Vi sparar dina önskelistor och de butiker du markerat som favoriter."])
add("sv", "collected.profile", "counter_examples", ["Vår favorit bland kunderna är presentkortet."])
# sv feedback: "betygsätter en produkt", "betygsätta"
add("sv", "collected.feedback", "match", ["betygsätt(er|a|s|er du|ning|ningar|ningen)"])
add("sv", "collected.feedback", "examples", ["När du betygsätter en produkt sparas betyget i ditt konto."])
# sv targeted advertising: ads for us shown in social media / on other sites
add("sv", "flags.targeted_advertising", "match", ["visa (dig )?(annonser|reklam) ~ (i|på) (sociala medier|andra webbplatser|andra sajter|andra plattformar|Facebook|Instagram|TikTok)"])
add("sv", "flags.targeted_advertising", "examples", ["Pixeln används för att visa annonser för Lekbanken i sociala medier.", "Vi använder kakor för att visa dig annonser på andra webbplatser."])
add("sv", "flags.targeted_advertising", "counter_examples", ["Vi visar inga annonser i sociala medier."])
# sv with consent: "har gett ditt samtycke kan uppgifter … lämnas"
add("sv", "shared.with_consent", "match", ["har (du )?(gett|lämnat|givit) (ditt|ert) samtycke"])
add("sv", "shared.with_consent", "examples", ["Har du gett ditt samtycke kan uppgifter om frånvaro lämnas till socialtjänsten."])
# sv rights context: an opt-out line in the purposes section ("klickar du på avsluta prenumeration")
add_key("sv", "contexts", "rights", ["avsluta prenumeration*", "avregistrera*", "avprenumerera*"])
# no rights context: nynorsk heading "Rettane dine"
add_key("no", "contexts", "rights", ["rettane", "rettar", "trekkje (samtykket |samtykke )?tilbake"])

# public bodies
def body(lang, line):
    p = Path(f"app/policylens/core/lang/{lang}.toml")
    lines = p.read_text(encoding="utf-8").split("\n")
    j = lines.index("[words.public_bodies]")
    lines.insert(j + 1, line)
    p.write_text("\n".join(lines), encoding="utf-8")
body("sv", '"Centrala studiestödsnämnden" = []')
body("fi", '"Turvallisuus- ja kemikaalivirasto" = ["Tukes"]')

"""Round 18d pack edits (run once from the worktree root): sv, no, fi and _base.toml."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from packedit import add

L = Path("app/policylens/core/lang")

def sub(lang, old, new, count=1):
    p = L / f"{lang}.toml"
    t = p.read_text(encoding="utf-8")
    assert t.count(old) == count, (lang, old, t.count(old))
    p.write_text(t.replace(old, new), encoding="utf-8")

# --- sv
# letting a flat or a room ("söker en lägenhet eller hyr ut genom oss") is no renting out of data
add("sv", "sale.yes", "unless", ["(lägenhet*|bostad*|bostäder|hyresrätt*|lokal*|rum|stuga|stugor|fritidshus*|hus) ~~ hyr ut", "hyr ut (genom|via) (oss|plattformen|tjänsten|appen|förmedlingen)", "hyr ut ~ (lägenhet*|bostad*|bostäder|hyresrätt*|lokal*|rum|rummet|stuga|stugan|fritidshus*|hus|huset)"])
add("sv", "sale.yes", "counter_examples", ["Vi förmedlar bostäder till dig som söker en lägenhet eller vill hyra ut genom oss.", "Du som hyr ut din stuga via plattformen lägger själv in beskrivningen."])
# a company that sells something, in a sentence denying sharing, is no denial of a sale
add("sv", "sale.no", "unless", ["(företag|företagen|bolag|bolagen|firmor|firmorna|butiker|aktörer) som säljer"])
add("sv", "sale.no", "counter_examples", ["Vi delar inte uppgifterna med privata företag som säljer larm eller försäkringar."])
add("sv", "rights.erasure", "match", ["utplåning", "få (dina |mina )?(person)?uppgifter(na)? utplånade", "(begära|kräva|be om) (att )?~ utplånas"])
add("sv", "rights.erasure", "examples", ["Du har rätt att få dina uppgifter utplånade.", "Du kan begära att felaktiga uppgifter utplånas."])
add("sv", "flags.targeted_advertising", "match", ["(visa|visar|visas) (våra |vår )?(annonser|reklam) ~~ (för|till) (dig|er) (på|i) (Facebook|Instagram|TikTok|YouTube|sociala medier|andra webbplatser|andra sajter|andra sidor)"])
add("sv", "flags.targeted_advertising", "examples", ["Med pixeln kan vi visa annonser om våra erbjudanden för dig på andra webbplatser."])
add("sv", "flags.targeted_advertising", "counter_examples", ["Vi visar aldrig annonser för dig på andra webbplatser."])
add("sv", "retention.account_lifetime", "match", ["så länge (du|ni) (står|finns|är) (kvar )?i (kön|kö|bostadskön|bostadskö|vår kö)"])
add("sv", "retention.account_lifetime", "examples", ["Så länge du står kvar i bostadskön sparar vi dina uppgifter."])
add("sv", "rights.portability", "match", ["(som|i) (en )?(CSV|JSON|XML)-fil", "(CSV|JSON|XML)-format*"])
add("sv", "rights.portability", "examples", ["Du kan få ut din träningshistorik som en CSV-fil."])

# --- no
add("no", "sale.no", "unless", ["(firma|firmaer|selskap|selskaper|bedrift|bedrifter|butikker|aktører|forhandlere) som selger"])
add("no", "sale.no", "counter_examples", ["Vi deler dem ikke med private selskaper som selger alarmer eller forsikringer."])
add("no", "rights.restriction", "match", ["(ønsker|vil|krever|kreve|ber om|be om) (du )?at vi begrenser (behandlingen|bruken)"])
add("no", "rights.restriction", "examples", ["Ønsker du at vi begrenser bruken av opplysningene, kan du be om det."])
add("no", "rights.portability", "match", ["(som|i) (en )?(CSV|JSON|XML)-fil", "(CSV|JSON|XML)-format*"])
add("no", "rights.portability", "examples", ["Du kan få treningshistorikken din utlevert som en CSV-fil."])
add("no", "retention.account_lifetime", "match", ["mens (du|dere) har (en |et )?(aktiv |aktivt )?(konto|brukerkonto|profil|abonnement|medlemskap)"])
add("no", "retention.account_lifetime", "examples", ["Profilen beholdes mens du har en aktiv konto."])
sub("no", 'hardware = ["*serie*"]', 'hardware = ["*serie*", "maskinvare-ID*", "maskinvareidentifikator*"]')
sub("no", '"Husbanken" = []', '"Husbanken" = []\n"Lotteri- og stiftelsestilsynet" = ["Lotteritilsynet"]')

# --- fi
add("fi", "collected.sensitive", "match", ["sairaud*", "sairauk*", "lääkity*", "raskau*"])
add("fi", "collected.sensitive", "examples", ["Esitiedoissa kysytään sairaudet ja lääkitys."])
add("fi", "collected.financial", "match", ["(maksetut|maksetuista|maksettujen|maksamattomat|avoimet|avoimista) lasku*"])
add("fi", "collected.financial", "examples", ["Asiakasrekisteriin tallennetaan varaukset ja maksetut laskut."])
add("fi", "collected.communications", "match", ["*puhelu* ~ äänitalle*", "äänitallenne* *puhelu*"])
add("fi", "collected.communications", "examples", ["Tallennamme hälytyspuhelun äänitallenteen."])
sub("fi", '"Valvira" = []', '"Valvira" = []\n"Aluehallintovirasto" = []\n"Hätäkeskuslaitos" = ["Hätäkeskuslaitokse"]')

# --- _base.toml: a streaming platform
sub("_base", '    "Plaid", "Leaseweb",\n]', '    "Plaid", "Leaseweb",\n    # a live-streaming platform where events are broadcast\n    "Twitch",\n]')
# (dropped: «Meta-pixeln» → Facebook aliases; rounds 9d/12d/13d label «Meta-pixeln» as Meta, round 12d dropped)
# (second pass) the hardware ID as device data, so that the flag can see it
add("no", "collected.device", "match", ["maskinvare-ID*", "maskinvareidentifikator*"])
add("no", "collected.device", "examples", ["Klienten leser maskinvare-ID-en til datamaskinen din."])
# (third pass) a tool run on the service's own server (sv in_house), as no/fi have it
sub("sv", 'in_house = ["på våra egna servrar", "utan att (data|uppgifter) (delas med|lämnas till) tredje part"]', 'in_house = ["på våra egna servrar", "utan att (data|uppgifter) (delas med|lämnas till) tredje part", "på (vår|vårt) egen server", "på (vår|vårt) egna server", "(körs|drivs|ligger|installerad|installerat) på (vår|vårt|våra) (egen|egna) (server|servrar|webbserver)"]')

"""Round 15d, sv: general wordings the first run missed (run once from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

# rights: inverted order "Samtycket drar du tillbaka i appen", "Samtycken återkallar du under Inställningar"
add("sv", "rights.withdraw_consent", "match", ["samtycke* ~~ (drar|tar) (du|ni) (tillbaka|in)", "samtycke* ~~ återkallar (du|ni)"])
add("sv", "rights.withdraw_consent", "examples", ["Samtycken drar du tillbaka under Inställningar i appen.", "Ditt samtycke återkallar du genom att mejla oss."])
add("sv", "rights.withdraw_consent", "counter_examples", ["Samtycket gäller tills vidare och du kan läsa mer om det i appen."])
# as long as necessary, negated around the object: "Vi sparar inte uppgifter längre än vad som behövs"
add("sv", "retention.as_long_as_necessary", "match", ["längre än (vad som|vad det|det som) (behövs|krävs|är nödvändigt)", "inte ~ längre än (vad som |vad det |det som |som )?(behövs|krävs|är nödvändigt|nödvändigt)"])
add("sv", "retention.as_long_as_necessary", "examples", ["Vi sparar inte dina personuppgifter längre än vad som behövs för ändamålet.", "Uppgifterna lagras aldrig längre än det som krävs för att hantera ärendet."])
add("sv", "retention.as_long_as_necessary", "counter_examples", ["Loggar sparas i 90 dagar och raderas sedan automatiskt."])
# account lifetime: "finns kvar så länge du använder det/appen"
add("sv", "retention.account_lifetime", "match", ["så länge (du|ni) (använder|fortsätter att använda) (det|den|kontot|appen|tjänsten|tjänsterna|plattformen)"])
add("sv", "retention.account_lifetime", "examples", ["Ditt konto finns kvar så länge du använder det.", "Profilen sparas så länge du fortsätter att använda appen."])
add("sv", "retention.account_lifetime", "counter_examples", ["Så länge du använder appen visas reklam i gratisversionen."])
# business transfer: "kan kunduppgifter föras över till köparen", "om en del av verksamheten säljs"
add("sv", "shared.business_transfer", "match", ["(föras|förs|flyttas|flyttas över) över till (en )?(ny )?(köpare|köparen|ny ägare|nya ägaren)", "(en )?del av (den|verksamheten|bolaget|företaget|rörelsen) (säljs|överlåts|avyttras)"])
add("sv", "shared.business_transfer", "examples", ["Om verksamheten eller en del av den säljs kan kunduppgifter föras över till köparen.", "Uppgifterna kan föras över till en ny ägare om en del av bolaget säljs."])
add("sv", "shared.business_transfer", "counter_examples", ["Ditt köp förs över till kassan när du klickar på Betala."])
# usage: "hur du navigerar i appen"
add("sv", "collected.usage", "match", ["hur du (navigerar|rör dig|surfar|klickar)"])
add("sv", "collected.usage", "examples", ["Vi samlar in uppgifter om hur du navigerar i appen."])
add("sv", "collected.usage", "counter_examples", ["Vi samlar in ditt namn och hur du vill bli kontaktad."])
# advertisers: hashed e-mail addresses with a word in brackets between ("krypterade (hashade) e-postadresser")
add("sv", "shared.advertisers", "match", ["(hashade|krypterade|hashad|krypterad|pseudonymiserade) ~ (e-postadresser|e-postadress|telefonnummer|kontaktuppgifter|mejladresser) ~~ (Meta|Facebook|Google|TikTok|Snapchat|LinkedIn|Pinterest|annons*|reklam*)"])
add("sv", "shared.advertisers", "examples", ["Vi delar krypterade (hashade) e-postadresser med Meta för att visa annonser."])
add("sv", "shared.advertisers", "counter_examples", ["Vi delar krypterade e-postadresser med vår e-postleverantör för utskick av kvitton."])
# share context: reports to authorities ("rapportera resultatet till Transportstyrelsen")
add_key("sv", "contexts", "share", ["rapportera* ~ till", "inrapporter*"])

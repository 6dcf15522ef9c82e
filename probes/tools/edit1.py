"""Round 14d (1), sv: passive and compound wordings other Swedish policies use too."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, ctx, add_key

# collect context: "frågar vi efter", "Uppgifter vi får från dig", "Appen känner av din position"
ctx("sv", "collect", ["frågar (vi |dig )?(efter|om) (ditt|din|dina|er|era)", "vi får (från|av) dig", "känner av"])
# data: what you paid; compounds of chat; uploads in the passive; visit statistics
add("sv", "collected.financial", "match", ["(hur mycket|vad) du (har )?(betalat|betalt|betalar)", "belopp(et)? (som )?du (har )?(betalat|betalt)"])
add("sv", "collected.financial", "examples", ["Vi sparar vilka tider du har bokat och hur mycket du har betalat."])
add("sv", "collected.communications", "match", ["*chatten", "*chattar", "*chattarna"])
add("sv", "collected.communications", "examples", ["Det du skriver i gruppchatten sparas så att deltagarna kan läsa det."])
add("sv", "collected.user_content", "match", ["laddas upp", "(bilagor|filer|dokument|underlag) (som )?du (bifogar|skickar in)"])
add("sv", "collected.user_content", "examples", ["Bilagor och intyg laddas upp i e-tjänsten och sparas i ärendet."])
add("sv", "collected.usage", "match", ["besöksstatistik*", "statistik över (besök|besökare|besöken)"])
add("sv", "collected.usage", "examples", ["Webbplatsen sparar enkel besöksstatistik med hjälp av cookies."])
# retention: "som reglerna kräver"; deleted after inactivity
add("sv", "retention.legal_requirement", "match", ["(som|enligt vad) (reglerna|lagen|lagstiftningen|regelverket|föreskrifterna|bestämmelserna) (kräver|föreskriver)"])
add("sv", "retention.legal_requirement", "examples", ["Journalen sparar vi i två år, som reglerna kräver."])
add("sv", "retention.legal_requirement", "counter_examples", ["Vi sparar uppgifterna så länge du är kund."])
add("sv", "retention.deletion_stated", "match", ["utan (inloggning|aktivitet|något köp|några köp|bokning*) ~~ (raderar|raderas|tar vi bort|tas (det|den|de) bort)", "inte (har )?(bokat|varit inloggad|använt (kontot|appen|tjänsten)) ~~ (raderar|raderas|tar vi bort|tas (det|den|de) bort)"])
add("sv", "retention.deletion_stated", "examples", ["Efter två år utan inloggning raderar vi kontot.", "Om du inte har bokat på tre år raderar vi ditt kundkort."])
# rights: "Samtycke kan återkallas", "Medgivandet kan du ta tillbaka", "vill du att vi tar bort ..."
add("sv", "rights.withdraw_consent", "match", ["(samtycke*|medgivande*) ~~ (återkallas|tas tillbaka|dras tillbaka|dras in)", "(medgivande*) ~~ (ta tillbaka|återkalla|dra tillbaka|dra in)"])
add("sv", "rights.withdraw_consent", "examples", ["Samtycke kan återkallas när som helst.", "Medgivandet kan du ta tillbaka när du vill."])
ctx("sv", "rights", ["kan (du|ni) ~ (ta tillbaka|återkalla|dra tillbaka)", "vill (du|ni) att vi (tar bort|raderar|rättar|slutar)"])
# third-party tracking: advertising identifiers read by an ad SDK
add("sv", "flags.third_party_tracking", "match", ["AdMob", "reklam-ID*", "annons-ID*"])
add("sv", "flags.third_party_tracking", "examples", ["Annonserna visas via Google AdMob, som kan använda ditt reklam-ID."])
# advertising in a cookie table row: "annonsering i sociala medier"
add("sv", "shared.advertisers", "match", ["(annonsering|reklam|annonser|marknadsföring) (i|på) sociala medier"])
add("sv", "shared.advertisers", "examples", ["_fbp | Meta | annonsering i sociala medier | 3 månader"])
# durations: an age ("som fyllt 13 år") is no period
add_key("sv", "durations", "not_after", ["fyllt", "fyller", "fylla", "fyllda"])

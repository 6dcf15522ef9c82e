"""Round 13d, Swedish pack: edits as run (python probes/tools/edit1.py from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key

L = "sv"
# contexts: a register description's "Registrets innehåll" heading and "the record contains ..." are about what is collected;
# Finland-Swedish "förvaras" (kept) is about retention; coherent record-keeping in health care is sharing
add_key(L, "contexts", "collect", ["(registrets|registrens) (data|uppgifts)?innehåll", "innehåll i registret", "(journalen|patientjournalen|registret|registren|databasen|kundregistret|medlemsregistret|elevregistret) ~~ innehåller"])
add_key(L, "contexts", "retain", ["förvara*", "förvaring*"])
add_key(L, "contexts", "share", ["sammanhållen journalföring"])

add(L, "collected.identity", "match", ["personbeteckning(en|ar|arna)?"])
add(L, "collected.identity", "examples", ["Registret innehåller elevens namn, personbeteckning och modersmål."])
add(L, "collected.financial", "match", ["(kurs|kost|boende|termins|deltagar|läger|lägers)avgift*"])
add(L, "collected.financial", "examples", ["Vi registrerar terminsavgifter och lägeravgifter som du har betalat."])
add(L, "collected.communications", "match", ["(mejl|mejlen|e-post|e-postmeddelanden|samtal|samtalen|meddelanden|ärenden) (till|med) (vår |vårt )?kundtjänst*", "kundtjänstärende*", "kundärende*"])
add(L, "collected.communications", "examples", ["Samtal och mejl till vår kundtjänst sparas i ett år.", "Kundtjänstärenden sparas i högst två år."])
add(L, "collected.usage", "match", ["hur (besökare|användare|kunder|du|ni) rör (sig|dig|er) (på|i|genom) (sidan|sajten|webbplatsen|appen|webbutiken|butiken|tjänsten)"])
add(L, "collected.usage", "examples", ["Analysverktyget visar hur besökare rör sig på webbplatsen."])
add(L, "collected.feedback", "match", ["betyg (som )?du (ger|har gett|sätter|lämnar)"])
add(L, "collected.feedback", "examples", ["Vi sparar vilka titlar du lyssnar på och vilka betyg du ger."])
add(L, "collected.feedback", "counter_examples", ["Vi registrerar elevernas betyg och närvaro."])
add(L, "collected.location", "match", ["(vilket|vilken) (land|ort|stad|region|kommun) (som )?du (befinner dig|är|bor) i"])
add(L, "collected.location", "examples", ["Med hjälp av IP-adressen ser vi vilket land du befinner dig i."])

add(L, "rights.access", "match", ["granska (sina|dina|de) (egna )?(person)?uppgifter", "granskningsrätt*", "(begära|få|beställa) (ett )?utdrag"])
add(L, "rights.access", "examples", ["Den registrerade har rätt att granska sina egna uppgifter.", "Du kan begära ett utdrag över det vi har sparat."])
add(L, "rights.erasure", "match", ["(rätta|ändra|korrigera) (eller|och) (ta bort|radera) (uppgifter|uppgifterna|personuppgifter|personuppgifterna|dem)"])
add(L, "rights.erasure", "examples", ["Du kan be oss att rätta eller ta bort uppgifter om dig."])
add(L, "rights.restriction", "match", ["begär* att ~ (begränsar|begränsa) (behandlingen|användningen)"])
add(L, "rights.restriction", "examples", ["Du kan begära att kommunen begränsar behandlingen under tiden."])
add(L, "rights.objection", "match", ["motsätta sig", "motsätter (dig|sig)"])
add(L, "rights.objection", "examples", ["Den registrerade har rätt att motsätta sig behandlingen."])
add(L, "rights.complaint", "match", ["dataombudsman*", "(klagomål|klaga|anmälan) ~~ dataombudsman*"])
add(L, "rights.complaint", "examples", ["Klagomål kan lämnas till dataombudsmannens byrå i Helsingfors."])
add(L, "rights.complaint", "match", ["(lämna|lämnar|lämna in|göra|inge) (ett )?klagomål (till|hos) (Integritetsskyddsmyndigheten|IMY|Datainspektionen|dataombudsman*)", "(vända dig|vänd dig|vända er|klaga) (till|hos) dataombudsman*"], nth=2)
add(L, "rights.complaint", "examples", ["Tycker du att vi har gjort fel kan du lämna ett klagomål till IMY."], nth=2)
add(L, "rights.portability", "match", ["(flytta|överföra|föra över) ~ (uppgifter|uppgifterna|personuppgifter|personuppgifterna|data) ~~ till (en )?(annan|ny) (tjänst|leverantör|aktör|personuppgiftsansvarig|mottagare)"])
add(L, "rights.portability", "examples", ["Du har rätt att flytta de uppgifter som du själv har lämnat till en annan leverantör."])

add(L, "retention.indefinite", "unless", ["tills vidare (bara|endast|enbart) (lagrar|lagras|sparar|sparas|förvarar|förvaras)"])
add(L, "retention.indefinite", "counter_examples", ["Du kan begära att vi tills vidare bara lagrar uppgifterna."])

add(L, "flags.targeted_advertising", "match", ["(erbjudand*|annons*|reklam*|rekommendation*|tips*) ~~ (bygger|baseras|grundar sig) på ~~ (köp*|handlat|lyssnat|tittat|läst|besök*|sökningar|intressen|aktivitet*)"])
add(L, "flags.targeted_advertising", "examples", ["Tipsen i nyhetsbrevet bygger på vad du har handlat tidigare."])
add(L, "shared.advertisers", "match", ["(Meta|Facebook|TikTok|Snap|Snapchat|LinkedIn|Pinterest)(s)?-pixel*"])
add(L, "shared.advertisers", "examples", ["Med ditt samtycke använder vi Metas pixel för att visa annonser på Instagram."])
add(L, "flags.data_combination", "match", ["(koppla*|länka*|kombinera*|matcha*) ~~ till (de |dina |sina )?(konton|kontot|profiler|profilen|användarkonton) ~~ hos (dem|sig|dessa)"])
add(L, "flags.data_combination", "examples", ["Plattformarna kan koppla uppgifterna till de konton du har hos dem."])

add_key(L, "durations", "not_after", ["(svarar|svara|besvarar|besvara|besvaras|återkommer) (vi |dig |er )?inom"])
add_key(L, "words", "such_as", ["till exempel till", "t.ex. till", "exempelvis till", "bland annat till"])
add_key(L, "words", "recipient_cues", ["(vårt|vår|våra|skolans|klubbens|föreningens|bolagets|företagets) (försäkringsbolag|redovisningsbyrå|revisionsbyrå|inkassobolag|inkassoföretag)"])

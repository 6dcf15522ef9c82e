"""Round 12d pack edits, group 4: named recipients (cue words and role nouns of sv/no/fi)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import ctx

# sv: "lämna uppgifter till A, B och C", "lämnas över till X", "skickas till X", "skickas av X",
# and role nouns before a name after a cue ("sköts av vår redovisningsbyrå Knivsta Redovisning HB")
ctx("sv", "recipient_cues", ["lämna* (ut )?(uppgifter|uppgifterna|personuppgifter|personuppgifterna|information|informationen|handlingar|handlingarna) till", "lämnas över till", "skickas (ärendet |uppgifterna |handlingarna )?till", "skickas av"])
ctx("sv", "recipient_labels", ["redovisningsbyrå*", "revisionsbyrå*", "försäkringsbolag*", "inkassobolag*", "inkassoföretag*"])
# no: "gi opplysninger til X", "sendes saksdokumentene til X", "i samarbeid med X"
ctx("no", "recipient_cues", ["(gi|gir|gis|gitt) (ut )?(opplysninger|opplysningene|personopplysninger|informasjon) til", "sendes (saksdokumentene|dokumentene|saken|opplysningene) til", "i samarbeid med"])
ctx("no", "recipient_labels", ["regnskapsbyrå*", "revisor*", "forsikringsselskap*", "inkassoselskap*", "inkassobyrå*", "kollektivselskap*"])
# fi: "X:n kautta" with a name's genitive colon, and a company noun before the name ("Huoltoyhtiö X Oy")
ctx("fi", "recipient_cues_after", ["re::n\\s+kautta"])
ctx("fi", "recipient_labels", ["*yhtiö", "*yhtiömme", "tilitoimisto*"])
ctx("sv", "recipient_cues", ["anmäla (det |detta |brottet |misstanken )?till"])  # "anmäla det till Polisen"

import sys; sys.path.insert(0, "probes")
from edit import add
add("nl", "", "rights", ["(trek|trekt|trekken) (je|u|jij) ~ toestemming ~ in"], section="contexts")
add("da", "shared.with_consent", "match", ["(hvis|når|såfremt|forudsat at) (forældrene|forældre|eleven|barnet|medlemmet|deltageren|den pågældende|vedkommende) ~~ (har givet|giver|har afgivet) (sit |deres |jeres )?(samtykke|tilladelse)"])
add("da", "shared.with_consent", "examples", ["Billeder af børn deler vi kun, hvis forældrene (eller barnet selv) har givet samtykke."])

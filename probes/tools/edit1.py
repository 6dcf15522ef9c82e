"""Round 20d pack edits, pass 1 (run once from the worktree root)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add, add_key
# no: inverted «Samtykke til X trekker du tilbake»
add("no", "rights.withdraw_consent", "match", ["samtykke* ~~ trekker (du|dere) (det |samtykket )?tilbake"])
add("no", "rights.withdraw_consent", "examples", ["Samtykke til nyhetsbrev trekker du tilbake under Innstillinger."])
add("no", "rights.withdraw_consent", "counter_examples", ["Samtykket du ga, kan ikke trekkes tilbake for bestillinger som allerede er sendt."])
add("no", "rights.opt_out_marketing", "match", ["samtykke* til (markedsføring|nyhetsbrev*|reklame|tilbud|direkte markedsføring) ~ trekker (du|dere) (det )?tilbake"])
add("no", "rights.opt_out_marketing", "examples", ["Samtykke til reklame trekker du tilbake på Min side."])
# no: «kapsler», the short form of «informasjonskapsler»
add("no", "rights.cookie_control", "match", ["(blokkere|slette|deaktivere|administrere|avvise|endre|endra|styre) ~~ kapsl(er|ene|ar|ane)", "(endre|endra) (valget|valgene|valga) ~~ kapsl(er|ene|ar|ane)"])
add("no", "rights.cookie_control", "examples", ["Du kan når som helst endre valget ditt under «Personvern og kapsler» nederst på siden."])
add("no", "rights.cookie_control", "counter_examples", ["Vi sender kapsler og tabletter med Posten."])
# sv: passive «samtycket kan dras tillbaka» puts a sentence in the rights context
add_key("sv", "contexts", "rights", ["(samtycke*|medgivande*) ~~ (kan )?(återkallas|tas tillbaka|dras tillbaka)"])
# pass 1b: «Statistikkapsler», «markedsføringskapslene»: the short «kapsler» compounds put a sentence in the cookies context
add_key("no", "contexts", "cookies", ["*kapsler", "*kapslene"])

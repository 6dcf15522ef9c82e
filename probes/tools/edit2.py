#!/usr/bin/env python3
# (the fi usage phrases and the «noin» removal at the end were run inline with the same calls, after the first part)
"""Round 22d pack edits (2): no, fi, as run."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from packedit import add
# no: «kreve at feil rettes, at opplysninger slettes» (erasure: the second «at»-clause of a list)
add("no", "rights.erasure", 0, "match", ["(,|eller|og) at (opplysning*|personopplysning*|dataene|data|de|dem|kontoen|profilen) (slettes|blir slettet|skal slettes)"])
add("no", "rights.erasure", 0, "examples", ["Du kan kreve at vi retter feil, eller at opplysningene blir slettet når de ikke lenger trengs."])
# no: «samtykke til markedsføring kan du trekke tilbake» (opt_out_marketing)
add("no", "rights.opt_out_marketing", 0, "match", ["samtykke* til (markedsføring|direkte markedsføring|nyhetsbrev*|reklame|utsendelser|tilbud) ~~ (trekke tilbake|trekkes tilbake|tilbakekalle*|trekke det tilbake)", "(trekke tilbake|tilbakekalle) ~ samtykke* til (markedsføring|direkte markedsføring|nyhetsbrev*|reklame|utsendelser|tilbud)"])
add("no", "rights.opt_out_marketing", 0, "examples", ["Samtykket til nyhetsbrev kan du når som helst trekke tilbake i innstillingene.", "Du kan tilbakekalle samtykket til markedsføring ved å kontakte oss."])
add("no", "rights.opt_out_marketing", 0, "counter_examples", ["Du kan trekke tilbake samtykket til behandling av helseopplysninger."])
# fi: «(oppilaan|asiakkaan) lähettämät viestit» (communications)
add("fi", "collected.communications", 0, "match", ["(lähettämät|lähettämänsä|lähettämiä|lähettämien) (viestit|viestejä|viestien|viestit ja palautteet|sähköpostit|sähköpostiviestit)"])
add("fi", "collected.communications", 0, "examples", ["Tallennamme asiakkaan lähettämät viestit ja liitteet."])
add("fi", "collected.communications", 0, "counter_examples", ["Lähettämämme viestit sisältävät vain tilauksen tiedot."])
# fi: «tiedot siitä, milloin oppilas on kirjautunut» (usage: log-in times)
add("fi", "collected.usage", 0, "match", ["milloin ~ (olet|on|ovat) kirjautun*", "kirjautumisajankoh*", "kirjautumisaja(t|n|t ja)"])
add("fi", "collected.usage", 0, "examples", ["Järjestelmä tallentaa, milloin käyttäjä on kirjautunut palveluun.", "Lokiin tallentuvat kirjautumisajankohdat."])
# fi: «noin» (about) no longer refuses the number after it: «noin seitsemän vuorokauden kuluessa» is a period
import re
from packedit import LANG
p = LANG / "fi.toml"; t = p.read_text(encoding="utf-8")
t = t.replace('"sitten", "noin", "täyttää"', '"sitten", "täyttää"', 1)
p.write_text(t, encoding="utf-8")
